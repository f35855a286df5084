"""A count of people or things: "around 10,000 troops", "48 nations", "dozens of protesters".

The measure is the counted noun, mapped through the vocabulary (troops, soldiers,
forces, peacekeepers -> `troops`; nations, countries -> `nations`); a plural noun the
vocabulary does not know counts itself ("300 hospitals" -> `hospitals`).  "Close to
4,000 of them" counts what "them" counted in the sentence before.  Numbers that are
years, dates, times, ordinals or parts of names are not counts.
"""

import re

from checker.dates import PAST_IRREGULAR
from checker.figures import counted_noun
from checker.rulekit import Example, Match

OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.IGNORECASE)
# "Organisers put the figure at 2,000", "... while 100,000 took part": the same measure again
SAME_AGAIN_BEFORE = re.compile(r"\b(?:put|estimated|placed|gave)\s+(?:the\s+)?(?:figure|number|total|crowd|turnout|"
                               r"toll|count)\s+at\s+$", re.IGNORECASE)
# "410 of the posts were vacant", "24,000 of the railway's drivers walked out": a subset that
# did or was something, its own measure (`<measure> subset`), never the level of the whole.
PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s", re.IGNORECASE)
PREDICATE = re.compile(r"\s+(?:(?:were|was|are|is|had|have|has|will|would|could|also|still|currently|now)\s+)*"
                       r"(?:[a-z]+ed|were|was|are|is|had|have|has|will|would|could|" + PAST_IRREGULAR + r")\b",
                       re.IGNORECASE)
SAME_AGAIN_AFTER = re.compile(r"\s+(?:took\s+part|attended|joined\s+in|turned\s+out|marched|rallied|gathered)\b",
                              re.IGNORECASE)


def find(ctx):
    for number in ctx.numbers:
        if number.unit:
            continue
        again = OF_THEM.match(ctx.text, number.number_end) or SAME_AGAIN_AFTER.match(ctx.text, number.end)
        if again and again.re is OF_THEM and PREDICATE.match(ctx.text, again.end()):
            continue  # "14 of them were felt": some of what was counted, neither its count nor a new one
        if again or SAME_AGAIN_BEFORE.search(ctx.text[max(0, number.start - 40):number.start]):
            end = again.end() if again else number.end
            yield Match(number.start, end, "figure", "", value=number.value, low=number.low, high=number.high,
                        qualifier=number.qualifier, anchor=number.start,
                        detail={"refers_back": True, "stated": number.text})
            continue
        noun = counted_noun(ctx.text, number.number_end, ctx.config, number.qualifier == "vague")
        if noun is None or (not noun.known and not _stated_in_digits(ctx.text, number)):
            continue
        measure, end = noun.measure, noun.end
        if PARTITIVE.match(ctx.text, number.number_end) and PREDICATE.match(ctx.text, noun.end):
            measure = f"{measure} subset"  # "410 of the posts were vacant": some of them, not how many there are
            if re.search(r"\d", ctx.text[number.end:noun.end]):  # "130 of the district's 400 schools"
                end = number.end
        yield Match(number.start, end, "figure", measure, value=number.value, low=number.low,
                    high=number.high, qualifier=number.qualifier, anchor=number.start,
                    detail={"noun": noun.noun, "stated": number.text})


def _stated_in_digits(text, number) -> bool:
    """A noun the vocabulary does not know counts only after digits: "300 hospitals", not "two sides"."""
    return text[number.number_start:number.number_start + 1].isdigit()


EXAMPLES = (
    Example("The United Nations Interim Force in Lebanon, or UNIFIL, comprises around 10,000 troops from 48 nations.",
            ({"measure": "troops", "value": 10000, "low": 9500, "high": 10500, "qualifier": "about",
              "subject": "UNIFIL", "as_of_basis": "source_date", "as_of_start": "2024-04-02"},
             {"measure": "nations", "value": 48, "subject": "UNIFIL"})),
    Example("Dozens of protesters gathered outside the Parliament of Georgia.",
            ({"measure": "protesters", "low": 24, "high": 99, "qualifier": "vague"},)),
    Example("About 50,000 troops were sent in 1999. There are close to 4,000 of them today.",
            ({"measure": "troops", "value": 50000, "as_of_start": "1999-01-01"},
             {"measure": "troops", "value": 4000, "low": 3800, "high": 4000, "qualifier": "close_to"})),
    Example("The storm damaged 300 hospitals across Luzon.", ({"measure": "hospitals", "value": 300},)),
    Example("Police said 5,000 protesters marched in Lima. Organisers put the figure at nearly 9,000.",
            ({"measure": "protesters", "value": 9000, "low": 8550, "high": 9000, "subject": "Lima"},)),
    Example("Officials said 130 of the district's 400 schools remained closed.",
            ({"measure": "schools subset", "value": 130}, {"measure": "schools", "value": 400}),
            note="some of the schools that were something is no count of the schools"),
    Example("More than 200 aftershocks followed, and 12 of them were felt in Quito.",
            ({"measure": "aftershocks", "value": 200},), note="'12 of them were felt' is no count of aftershocks"),
    Example("Thirty-two nations signed the Paris accord.", ({"measure": "nations", "value": 32},)),
    Example("The march began at 10:30 on Route 66.", (), note="near miss: a time and a road are no counts"),
    Example("The two leaders met in Geneva.", (), note="near miss: a small word number before an unknown noun"),
    Example("Montenegro declared independence in 2006.", (), note="a year is not a count"),
)
