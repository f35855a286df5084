"""A total stated as its parts: "30 member states and four partner nations" -> 34 nations.

When two or more counts joined by "and" (or commas) count nouns of the same measure,
the sentence states their total.  The total is a claim of its own and keeps its parts,
so the arithmetic check can show 30 + 4 = 34 and compare it with a stated total.
"""

import re

from checker.figures import counted_noun
from checker.rulekit import Example, Match

JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+)$", re.IGNORECASE)


def find(ctx):
    counted = []
    for number in ctx.numbers:
        if number.unit or number.qualifier == "vague":
            continue
        noun = counted_noun(ctx.text, number.number_end, ctx.config)
        if noun and noun.known:
            counted.append((number, noun))
    group: list = []
    for number, noun in counted:
        if group and group[-1][1].measure == noun.measure and JOIN.search(ctx.text[group[-1][1].end:number.start]) \
                and JOIN.search(ctx.text[group[-1][1].end:number.start]).start() == 0:
            group.append((number, noun))
            continue
        yield from _total(group)
        group = [(number, noun)]
    yield from _total(group)


def _total(group):
    if len(group) < 2:
        return
    parts = [Match(n.start, noun.end, "figure", noun.measure, value=n.value, low=n.low, high=n.high,
                   qualifier=n.qualifier, anchor=n.start, detail={"noun": noun.noun, "stated": n.text})
             for n, noun in group]
    exact = all(p.qualifier == "exact" for p in parts)
    yield Match(parts[0].start, parts[-1].end, "figure", parts[0].measure,
                value=sum(p.value for p in parts), low=sum(p.low for p in parts),
                high=sum(p.high for p in parts), qualifier="exact" if exact else "sum",
                anchor=parts[0].start, parts=parts,
                detail={"parts": [{"value": p.value, "noun": p.detail["noun"]} for p in parts]})


EXAMPLES = (
    Example("The mission comprises about 9,500 soldiers from 30 member states and four partner nations.",
            ({"measure": "nations", "value": 34, "low": 34, "high": 34,
              "surface": "30 member states and four partner nations"},
             {"measure": "nations", "value": 30, "part_of": "*"},
             {"measure": "nations", "value": 4, "part_of": "*"})),
    Example("The coalition has 12 member states, four partner nations and two observers.",
            ({"measure": "nations", "value": 16},
             {"measure": "nations", "value": 12, "part_of": "*"},
             {"measure": "nations", "value": 4, "part_of": "*"})),
    Example("The storm destroyed 40 homes and 3 schools.", (), note="near miss: different measures"),
)
