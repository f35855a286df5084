"""A physical quantity: "more than 12,000 acres", "a 5.8 km stretch", "3,000 tonnes of aid".

An earthquake's magnitude ("a magnitude 6.9 quake", "a 7.1-magnitude earthquake", "put
the magnitude at 6.7", "6.4 on the Richter scale") is measure `magnitude`, no unit: the
key figure agencies revise and disagree on.

The unit is read by pint (acres, hectares, square miles, km, miles, tonnes, litres,
barrels, megawatts...), so figures stated in different units can be compared.  The
measure is the noun the quantity belongs to when one follows ("tonnes of aid" -> aid),
else the dimension (area, length, mass, volume, power).
"""

import re

from checker.rulekit import Example, Match
from checker.units import measurement_unit

UNIT = re.compile(r"\s*(?:-\s*)?(?P<unit>(?:square|sq|cubic)\s+[a-z]+|[A-Za-z]{1,12}\d?"
                  r"(?:\s+(?:per|an|a)\s+(?:hour|second|minute)\b|/h(?:r|our)?\b|/s\b)?)\b")
# "tonnes of aid", "litres of water": a mass or volume belongs to what it weighs; an area
# or a length "of brush", "of farmland" is still an area.
OF_DIMENSIONS = frozenset({"mass", "volume"})
OF_NOUN = re.compile(r"\s+of\s+(?:the\s+)?(?P<noun>[a-z]+)\b")


MAGNITUDE = re.compile(
    r"\b(?:magnitude|magnitude\s+(?:at|of|was|is)\s+(?:a\s+)?(?:preliminary\s+)?|M)[\s-]?(?P<a>\d(?:\.\d{1,2})?)(?![\d.,]\d)"
    r"|(?<![\d.,])(?P<b>\d(?:\.\d{1,2})?)[\s-]*(?:-|\s)?(?:magnitude\b|on\s+the\s+Richter\s+scale\b)"
    r"|\b(?:measured|put|registered|recorded|rated|estimated)\s+(?:it|the\s+(?:quake|earthquake|tremor|temblor))\s+"
    r"at\s+(?:magnitude\s+)?(?P<c>\d\.\d{1,2})(?![\d.,]\d)",
    re.IGNORECASE)
# "a depth of 10 km", "a distance of 300 miles": the noun before says what the quantity is
QUANTITY_OF = re.compile(r"\b(?P<noun>depth|distance|height|altitude|elevation|radius|width|length|diameter|range|"
                         r"perimeter|wingspan)\s+of\s+$", re.IGNORECASE)


MAGNITUDE_M = re.compile(r"\bM\s?\d\.\d")  # "M6.1"


def find(ctx):
    taken = []
    if "agnitude" in ctx.text or "Richter" in ctx.text or "quake" in ctx.text or "eismolog" in ctx.text or \
            MAGNITUDE_M.search(ctx.text):
        for match in MAGNITUDE.finditer(ctx.text):
            if match.group("a") and match.group(0)[0] == "m" and not match.group(0).lower().startswith("magnitude"):
                continue  # a lower-case "m" is metres, not a magnitude
            group = "a" if match.group("a") else "b" if match.group("b") else "c"
            value = float(match.group(group))
            if not 0 < value < 10.5:
                continue
            number = next((n for n in ctx.numbers if n.number_start == match.start(group)), None)
            start = number.start if number and number.start < match.start() else match.start()
            low, high, qualifier = (number.low, number.high, number.qualifier) if number else (value, value, "exact")
            taken.append((start, match.end()))
            # "aftershocks ..., the strongest a magnitude 5.2": an aftershock's, not the quake's
            measure = "aftershock magnitude" if "aftershock" in ctx.lower[max(0, match.start() - 70):match.start()] \
                else "magnitude"
            yield Match(start, match.end(), "figure", measure, value=value, low=low, high=high,
                        qualifier=qualifier, anchor=match.start(group), detail={"stated": match.group(0)})
    for number in ctx.numbers:
        if number.unit or number.qualifier == "vague":
            continue
        if taken and any(s <= number.number_start < e for s, e in taken):
            continue
        unit = UNIT.match(ctx.text, number.end)
        if not unit:
            continue
        found = measurement_unit(unit.group("unit"))
        if not found:
            continue
        name, dimension = found
        of = OF_NOUN.match(ctx.text, unit.end())
        measure = of.group("noun") if of and dimension in OF_DIMENSIONS and \
            of.group("noun") not in ("the", "a", "an") else dimension
        named = QUANTITY_OF.search(ctx.text, max(0, number.start - 20), number.start) if dimension == "length" else None
        if named:
            measure = named.group("noun").lower()
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
    Example("Flames spread across about 2,300 hectares of scrub.",
            ({"measure": "area", "unit": "hectare", "value": 2300},), note="an area of scrub is an area"),
    Example("Winds of 60 to 80 kilometres per hour fanned the blaze; gusts reached 55 mph.",
            ({"measure": "speed", "low": 60, "high": 80, "unit": "kilometer / hour"},
             {"measure": "speed", "value": 55, "unit": "mile_per_hour"})),
    Example("A magnitude 6.2 earthquake struck off Sumatra; the USGS put the magnitude at 6.0.",
            ({"measure": "magnitude", "value": 6.2, "unit": ""}, {"measure": "magnitude", "value": 6.0})),
    Example("The 7.8-magnitude quake flattened towns in 2015.", ({"measure": "magnitude", "value": 7.8},)),
    Example("The quake struck at a depth of 35 km, and Japan's agency measured it at 6.1.",
            ({"measure": "depth", "value": 35, "unit": "kilometer"}, {"measure": "magnitude", "value": 6.1})),
    Example("Dozens of aftershocks followed, the strongest a magnitude 4.9.",
            ({"measure": "aftershock magnitude", "value": 4.9},)),
    Example("The ferry leaves at 6 pm from Piraeus.", (), note="near miss: a time, not picometres"),
    Example("About 9,600 troops serve there.", (), note="near miss: troops are no unit"),
    Example("The vote was 83 to 23 in Tbilisi.", (), note="a tally, not a measurement"),
)
