"""Dates relative to the source date: "today", "on Monday", "last week", "two years ago".

Resolved against the source's own date, never today's.  "On Monday" in an article of a
Monday is that day; otherwise the latest Monday before it (or the next one when the
clause speaks of the future).  "Two years ago" keeps the precision of its unit (a year).
Without a source date these are kept as claims, marked unresolved.
"""

import re

from checker import dates
from checker.numbers import parse_number
from checker.rulekit import Example, Match

NUMBER_WORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|a\s+couple\s+of)"
PATTERN = re.compile(
    r"\b(?P<day>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))\b"
    rf"|\b(?:(?P<which>last|next|this|past|coming|earlier\s+on|on)\s+)?(?P<weekday>{dates.WEEKDAY})\b"
    r"|\b(?P<rel>last|this|next|the\s+previous|the\s+past|the\s+coming|the\s+following)\s+(?P<unit>week|month|year)\b"
    rf"|\b(?P<n>{NUMBER_WORD})\s+(?P<nunit>days?|weeks?|months?|years?|decades?)\s+(?P<dir>ago|earlier|before|later)\b(?!\s+(?:that|the|a|an|this)\b)"
    r"|\b(?:(?:at|by|in|toward|towards|until)\s+)?(?P<part>the\s+(?:end|beginning|start|middle)\s+of|early|late|earlier|later)\s+"
    r"(?P<prel>last|this|next)\s+(?P<punit>year|month)\b",
    re.IGNORECASE,
)
STEP = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1, "coming": 1, "following": 1}


def find(ctx):
    for match in PATTERN.finditer(ctx.text):
        g = match.groupdict()
        if g["weekday"] and not g["weekday"][0].isupper():
            continue
        if g["dir"] in ("earlier", "before", "later") and not re.match(r"\s*[,.;]|\s*$", ctx.text[match.end():]):
            continue  # "two years before the war" is an offset from another date, not from today
        when = _resolve(g, ctx.base, dates.is_future(ctx.text[:match.start()])) if ctx.base else None
        yield Match(match.start(), match.end(), "date", "event_date", when=when,
                    detail={"relative": True})


def _resolve(g, base, future):
    if g["day"]:
        offset = {"yesterday": -1, "tomorrow": 1}.get(g["day"].lower(), 0)
        return dates.shift(base, offset, "day")
    if g["weekday"]:
        which = (g["which"] or "").lower()
        target = dates.WEEKDAYS[g["weekday"].lower()]
        if which in ("next", "coming"):
            return dates.weekday(target, base, True, strict=True)
        if which == "last":
            return dates.weekday(target, base, False, strict=True)
        return dates.weekday(target, base, future)
    if g["unit"]:
        return dates.shift(base, STEP[g["rel"].lower().split()[-1]], g["unit"].lower())
    if g["nunit"]:
        amount = parse_number(re.sub(r"^an?$", "one", g["n"].lower()).replace("a couple of", "two")
                              .replace("a few", "three").replace("several", "three")) or 1
        unit = dates.UNIT_WORDS[g["nunit"].lower()]
        sign = 1 if g["dir"].lower() == "later" else -1
        return dates.shift(base, sign * int(amount), unit)
    step = STEP[g["prel"].lower()]
    part = g["part"].lower().split()[-2] if g["part"].lower().startswith("the") else g["part"].lower()
    if g["punit"].lower() == "year":
        if part == "earlier":
            return dates.DateValue(base.replace(month=1, day=1), base, "part_of_year")
        if part == "later":
            return dates.DateValue(base, base.replace(month=12, day=31), "part_of_year")
        return dates.part_of_year(base.year + step, {"earlier": "early", "later": "late"}.get(part, part))
    shifted = dates.shift(base, step, "month")
    return dates.part_of_month(shifted, part)


EXAMPLES = (
    Example("At the end of last year, the council raised rents.",
            ({"surface": "At the end of last year", "as_of_start": "2022-10-01", "as_of_end": "2022-12-31",
              "as_of_precision": "part_of_year"},), source_date="2023-03-07"),
    Example("Both sides were urged to honour agreements made two years ago.",
            ({"surface": "two years ago", "as_of_start": "2023-01-01", "as_of_end": "2023-12-31",
              "as_of_precision": "year"},), source_date="2025-03-11"),
    Example("The president met the envoy on Monday.",
            ({"surface": "on Monday", "as_of_start": "2023-11-20"},), source_date="2023-11-20",
            note="a Monday article's Monday is that day"),
    Example("Rescuers reached the village on Monday.",
            ({"as_of_start": "2024-03-25"},), source_date="2024-03-28"),
    Example("The strike will resume on Monday.", ({"as_of_start": "2024-04-01"},), source_date="2024-03-28"),
    Example("Today we talked about the agreement.", ({"surface": "Today", "as_of_start": "2023-11-20"},),
            source_date="2023-11-20"),
    Example("The budget was cut last year.", ({"as_of_start": "2023-01-01", "as_of_end": "2023-12-31"},),
            source_date="2024-06-01"),
    Example("Prices rose last week.", ({"as_of_start": "2024-05-20", "as_of_end": "2024-05-26",
                                         "as_of_precision": "week"},), source_date="2024-05-29"),
    Example("The flood hit on Monday.", ({"as_of_precision": "unresolved", "as_of_basis": "unresolved"},),
            source_date="", note="no source date: kept, unresolved"),
    Example("He was born two years before the war began.", (), note="near miss: offset from another event"),
)
