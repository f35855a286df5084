"""Money and shares: "a budget of $3.5bn", "turnout of 62%", "1.5 million euros in aid".

The unit is the currency (USD, EUR, GBP...) or `percent`; the measure is the noun the
amount belongs to ("budget of", "turnout of", "... in aid"), else `amount`/`share`.
"""

import re

from checker.rulekit import Example, Match

NOUN_AFTER = re.compile(r"\s+(?:in\s+)?(?P<noun>[a-z]+)\b", re.IGNORECASE)


def find(ctx):
    for number in ctx.numbers:
        if not number.unit:
            continue
        yield Match(number.start, number.end, "figure", _measure(ctx, number), value=number.value,
                    low=number.low, high=number.high, unit=number.unit, qualifier=number.qualifier,
                    anchor=number.start, detail={"stated": number.text})


def _measure(ctx, number) -> str:
    """The money noun nearest before the amount in its clause, else right after it."""
    before = re.split(r"[;:]|,\s", ctx.text[max(0, number.start - 70):number.start])[-1]
    nouns = [w for w in re.findall(r"[a-z]+", before.lower()) if w in ctx.config.amount_nouns
             or w in ctx.config.event_nouns]
    if nouns:
        return ctx.config.event_nouns.get(nouns[-1], nouns[-1])
    after = NOUN_AFTER.match(ctx.text, number.end)
    if after and after.group("noun").lower() in ctx.config.amount_nouns | ctx.config.event_nouns.keys():
        word = after.group("noun").lower()
        return ctx.config.event_nouns.get(word, word)
    return "share" if number.unit == "percent" else "amount"


EXAMPLES = (
    Example("The council approved a budget of $3.5bn for 2025.",
            ({"measure": "budget", "value": 3.5e9, "unit": "USD"},)),
    Example("Turnout was 62% in the capital.", ({"measure": "turnout", "value": 62, "unit": "percent"},)),
    Example("The EU pledged 1.5 million euros in aid.", ({"measure": "aid", "value": 1.5e6, "unit": "EUR"},)),
    Example("The council's budget for 2024-25 is £1.2bn.", ({"measure": "budget", "value": 1.2e9, "unit": "GBP"},)),
    Example("The city needs to save £300m over two years.", ({"measure": "amount", "value": 3e8},),
            note="the verb 'save' is no noun: the amount stays an amount"),
    Example("About 9,600 troops serve there.", (), note="near miss: a count has no currency"),
)
