"""Money and shares: "a budget of $3.5bn", "turnout of 62%", "1.5 million euros in aid".

The unit is the currency (USD, EUR, GBP...) or `percent`; the measure is the noun the
amount belongs to ("budget of", "turnout of", "... in aid"), else `amount`/`share`.
"""

import re

from checker.rulekit import Example, Match

NOUN_BEFORE = re.compile(r"\b(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s+(?:of|at|to|was|is|reached|stood\s+at|rose\s+to|fell\s+to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$", re.IGNORECASE)
NOUN_AFTER = re.compile(r"\s+(?:in\s+)?(?P<noun>[a-z]+)\b", re.IGNORECASE)
GENERIC = frozenset("the a an its their his her total sum figure number value amount rate level".split())


def find(ctx):
    for number in ctx.numbers:
        if not number.unit:
            continue
        yield Match(number.start, number.end, "figure", _measure(ctx, number), value=number.value,
                    low=number.low, high=number.high, unit=number.unit, qualifier=number.qualifier,
                    anchor=number.start, detail={"stated": number.text})


def _measure(ctx, number) -> str:
    before = NOUN_BEFORE.search(ctx.text[max(0, number.start - 60):number.start])
    if before:
        words = [w for w in before.group("noun").lower().split() if w not in GENERIC]
        if words:
            return ctx.config.event_nouns.get(words[-1], "_".join(words))
    after = NOUN_AFTER.match(ctx.text, number.end)
    if after and after.group("noun").lower() in ctx.config.event_nouns:
        return ctx.config.event_nouns[after.group("noun").lower()]
    if after and after.group("noun").lower() in ("aid", "funding", "budget", "loan", "loans", "debt", "damage", "damages"):
        return after.group("noun").lower()
    return "share" if number.unit == "percent" else "amount"


EXAMPLES = (
    Example("The council approved a budget of $3.5bn for 2025.",
            ({"measure": "budget", "value": 3.5e9, "unit": "USD"},)),
    Example("Turnout was 62% in the capital.", ({"measure": "turnout", "value": 62, "unit": "percent"},)),
    Example("The EU pledged 1.5 million euros in aid.", ({"measure": "aid", "value": 1.5e6, "unit": "EUR"},)),
    Example("About 4,700 troops serve there.", (), note="near miss: a count has no currency"),
)
