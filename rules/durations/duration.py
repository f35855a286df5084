"""A length of time: "a 78-day bombardment", "for two years", "about a decade after ...".

Measure `duration`, value in the stated unit (a pint unit: day, week, month, year,
decade), qualified like any number.  When the duration separates two dated events in
the same sentence ("in 2008, about a decade after the 1998-1999 conflict") the claim
keeps both dates, so the arithmetic check can test that the dates and the gap agree.
"""

import re

from checker import dates
from checker.numbers import interval, parse_number
from checker.numbers import _qualifier_before as qualifier_before
from checker.rulekit import Example, Match

UNIT = r"(?P<unit>days?|weeks?|months?|years?|decades?|century|centuries|hours?)"
PATTERN = re.compile(
    rf"\b(?P<num>\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    rf"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+half|half\s+a)"
    rf"(?:[\s-]+(?:and\s+a\s+half[\s-]+)?)" + UNIT + r"(?:[\s-]long)?\b",
    re.IGNORECASE,
)
RELATION = re.compile(r"\s+(?P<rel>after|before|since|following|prior\s+to)\s+(?:the\s+)?", re.IGNORECASE)
NOT_DURATION_AFTER = re.compile(r"(?:\s+|-)(?:old|ago|earlier|later|of\s+age)\b", re.IGNORECASE)


def find(ctx):
    for match in PATTERN.finditer(ctx.text):
        if NOT_DURATION_AFTER.match(ctx.text, match.end()) or _inside_date(ctx, match):
            continue
        word = match.group("num").lower()
        value = 1.0 if word in ("a", "an") else 0.5 if word in ("a half", "half a") else parse_number(word)
        if value is None or value <= 0:
            continue
        start, qualifier = qualifier_before(ctx.text, match.start(), ctx.config)
        low, high = interval(value, qualifier)
        unit = dates.UNIT_WORDS.get(match.group("unit").lower(), "year")
        found = Match(start, match.end(), "figure", "duration", value=value, low=low, high=high,
                      unit=unit, qualifier=qualifier.kind if qualifier else "exact")
        found.subject = _what_lasted(ctx.text, match)
        found.detail = _offset(ctx, match) or {}
        if found.detail:
            found.subject = found.detail.pop("event")
        yield found


def _inside_date(ctx, match) -> bool:
    return any(d.start <= match.start() and match.end() <= d.end for d in ctx.dates)


def _what_lasted(text: str, match) -> str:
    """The noun a hyphenated duration describes: "78-day NATO bombardment" -> "NATO bombardment"."""
    if "-" not in match.group(0):
        return ""
    words = re.match(r"\s+((?:[A-Z][\w-]*\s+){0,2}[a-z][\w-]*)", text[match.end():])
    return words.group(1) if words else ""


def _offset(ctx, match) -> dict | None:
    """"a decade after the 1998-1999 conflict": the anchor date and the date it leads to."""
    relation = RELATION.match(ctx.text, match.end())
    if not relation:
        return None
    anchor = next((d for d in ctx.dates if 0 <= d.start - relation.end() <= 12 and d.when), None)
    target = min((d for d in ctx.dates if d is not anchor and d.when and d.end <= match.start()),
                 key=lambda d: match.start() - d.end, default=None)
    if not anchor or not target:
        return None
    event = re.match(r"(?:\s+(?!(?:where|which|that|when|who|in|of|and|with|between)\b)[a-z][\w-]*){0,2}",
                     ctx.text[anchor.end:])
    return {"relation": relation.group("rel").lower(), "event": (ctx.text[anchor.start:anchor.end] + event.group(0)).strip(),
            "anchor": [anchor.when.start.isoformat(), anchor.when.end.isoformat(), ctx.text[anchor.start:anchor.end]],
            "target": [target.when.start.isoformat(), target.when.end.isoformat(), ctx.text[target.start:target.end]]}


EXAMPLES = (
    Example("The conflict ended with a 78-day NATO bombardment.",
            ({"surface": "78-day", "measure": "duration", "value": 78, "unit": "day",
              "subject": "NATO bombardment"},)),
    Example("The drought lasted for two years.", ({"value": 2, "unit": "year", "qualifier": "exact"},)),
    Example("Independence came in 2008, about a decade after the 1998-1999 conflict.",
            ({"surface": "about a decade", "value": 1, "unit": "decade", "low": 0.95, "high": 1.05,
              "detail": '{"anchor": ["1998-01-01", "1999-12-31", "1998-1999"], "relation": "after", '
                        '"target": ["2008-01-01", "2008-12-31", "2008"]}'},)),
    Example("The rescue took 36 hours.", ({"value": 36, "unit": "hour"},)),
    Example("The 45-year-old mayor resigned.", (), note="near miss: an age is no duration"),
    Example("Talks began two years ago.", (), note="a relative date, not a duration"),
)
