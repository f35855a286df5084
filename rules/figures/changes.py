"""A change in a count: "increase ... by 1,000 troops", "1,000 additional troops", "cut 200 jobs".

Measure `<measure>_change` with a sign: positive for increases, additions and
deployments of more, negative for cuts, reductions and withdrawals.  The change words
live in the vocabulary (`[changes]`), so "reinforcements" or "layoffs" can be added.
"""

import re

from checker.figures import counted_noun
from checker.rulekit import Example, Match

BY = re.compile(r"\b(?P<verb>[a-z]+)\b(?:[^.;:]{0,80}?)\s+by\s+(?:an?\s+)?$", re.IGNORECASE)
VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+(?:\s+(?:out|off))?)\s+(?:(?:a\s+further|another|an\s+extra)\s+)?$", re.IGNORECASE)
ADJECTIVE_AFTER = re.compile(r"\s+(?P<adj>additional|extra|more|new|fewer|further)\b", re.IGNORECASE)


def find(ctx):
    up, down = ctx.config.changes_up, ctx.config.changes_down
    for number in ctx.numbers:
        if number.unit or number.qualifier == "vague":
            continue
        sign, where = _sign(ctx, number, up, down)
        if not sign:
            continue
        noun = counted_noun(ctx.text, number.number_end, ctx.config)
        measure = noun.measure if noun else _measure_nearby(ctx, number)
        if not measure:
            continue
        end = noun.end if noun else number.end
        low, high = sorted((sign * number.low, sign * number.high))
        yield Match(number.start, end, "figure", f"{measure}_change", value=sign * number.value,
                    low=low, high=high, qualifier=number.qualifier, anchor=number.start,
                    detail={"noun": noun.noun if noun else "", "stated": number.text,
                            "cue": ctx.text[where:number.start].strip()[:60]})


def _sign(ctx, number, up, down) -> tuple[int, int]:
    adjective = ADJECTIVE_AFTER.match(ctx.text, number.number_end)
    if adjective:
        word = adjective.group("adj").lower()
        return (-1 if word == "fewer" else 1), number.start
    before = ctx.text[max(0, number.start - 100):number.start]
    by = BY.search(before)
    if by:
        for verb in re.findall(r"[a-z]+", by.group(0).lower()):
            if verb in up or verb in down:
                return (1 if verb in up else -1), number.start - (len(before) - by.start())
    verb = VERB_BEFORE.search(before)
    if verb:
        word = verb.group("verb").lower()
        if word in down or word in {"sent", "send", "sending", "add", "added", "adding"}:
            return (-1 if word in down else 1), number.start - (len(before) - verb.start())
    return 0, number.start


def _measure_nearby(ctx, number) -> str:
    """"reduced its force by 200": the counted noun stands before the number."""
    found = ctx.config.measures_re.findall(ctx.text[max(0, number.start - 80):number.start])
    return ctx.config.measures[found[-1].lower()] if found else ""


EXAMPLES = (
    Example("The increase in the military presence in the region by 1,000 troops was the largest in years.",
            ({"measure": "troops_change", "value": 1000, "low": 1000, "high": 1000},)),
    Example("The alliance has deployed around 1,000 additional troops to the border.",
            ({"measure": "troops_change", "value": 1000, "low": 950, "high": 1050, "qualifier": "about"},)),
    Example("The carmaker will cut 2,500 jobs at its Ohio plant.",
            ({"measure": "jobs_change", "value": -2500, "low": -2500, "high": -2500},)),
    Example("The garrison was reduced by 200 soldiers last year.",
            ({"measure": "troops_change", "value": -200},), source_date="2024-02-01"),
    Example("The city hired 300 new teachers.", ({"measure": "teachers_change", "value": 300},)),
    Example("About 9,600 troops serve there.", (), note="near miss: a level, not a change"),
)
