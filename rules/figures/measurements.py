"""A physical quantity: "more than 12,000 acres", "a 5.8 km stretch", "3,000 tonnes of aid".

The unit is read by pint (acres, hectares, square miles, km, miles, tonnes, litres,
barrels, megawatts...), so figures stated in different units can be compared.  The
measure is the noun the quantity belongs to when one follows ("tonnes of aid" -> aid),
else the dimension (area, length, mass, volume, power).
"""

import re

from checker.rulekit import Example, Match
from checker.units import measurement_unit

UNIT = re.compile(r"\s*(?:-\s*)?(?P<unit>(?:square|sq|cubic)\s+[a-z]+|[A-Za-z]{1,12}\d?)\b")
OF_NOUN = re.compile(r"\s+of\s+(?:the\s+)?(?P<noun>[a-z]+)\b")


def find(ctx):
    for number in ctx.numbers:
        if number.unit or number.qualifier == "vague":
            continue
        unit = UNIT.match(ctx.text, number.end)
        if not unit:
            continue
        found = measurement_unit(unit.group("unit"))
        if not found:
            continue
        name, dimension = found
        of = OF_NOUN.match(ctx.text, unit.end())
        measure = of.group("noun") if of and of.group("noun") not in ("the", "a", "an") else dimension
        yield Match(number.start, unit.end(), "figure", measure, value=number.value, low=number.low,
                    high=number.high, unit=name, qualifier=number.qualifier, anchor=number.start,
                    detail={"stated": ctx.text[number.start:unit.end()], "dimension": dimension})


EXAMPLES = (
    Example("The Palisades fire has burned more than 12,000 acres in Los Angeles.",
            ({"measure": "area", "value": 12000, "low": 12000, "high": float("inf"), "unit": "acre"},)),
    Example("About 4,900 hectares burned in Attica.", ({"measure": "area", "unit": "hectare", "value": 4900},)),
    Example("The convoy carried 3,000 tonnes of aid to Gaza.",
            ({"measure": "aid", "unit": "metric_ton", "value": 3000},)),
    Example("The new line adds a 5.8 km stretch of track.", ({"measure": "length", "unit": "kilometer"},)),
    Example("About 9,600 troops serve there.", (), note="near miss: troops are no unit"),
    Example("The vote was 83 to 23 in Tbilisi.", (), note="a tally, not a measurement"),
)
