"""A day and month without a year: "February 27", "on 17 August", "the 21st of November",
"on Sunday, April 3" (the weekday is one date with it, so what happened before it describes it).

Resolved against the source date: the most recent such day on or before it, unless the
clause speaks of the future ("will take place on November 21"), then the next one.
Without a source date it stays unresolved.
"""

import re

from checker import dates
from checker.rulekit import Example, Match

PATTERN = re.compile(
    rf"\b(?:(?:the\s+)?(?P<d1>{dates.DAY})(?:\s+of)?\s+(?P<m1>{dates.MONTH})"
    # not a full date's ("July 28, 2025"), but a count may follow ("since July 28, 301, or 83%,")
    rf"|(?P<m2>{dates.MONTH})\s+(?P<d2>{dates.DAY}))\b"
    r"(?![,\s]*(?:\d{4}(?![\d,])|\d{1,2}\s*(?:,|\s+(?:and|to|or|-|–)\s+)|[,.]\d))"
)


def find(ctx):
    if not ctx.names_a_month:
        return
    for match in PATTERN.finditer(ctx.text):
        g = match.groupdict()
        month_name, day_text = (g["m1"], g["d1"]) if g["m1"] else (g["m2"], g["d2"])
        month, day = dates.month_number(month_name), dates.day_number(day_text)
        if dates.day(2000, month, day) is None:  # 2000 is a leap year: 29 February exists
            continue
        when = None
        year = dates.year_told(ctx.text, match.start(), match.end(), month)  # "from 3 February 2022 to 5 May"
        told = dates.day(year, month, day) if year is not None else None
        if told is not None and dates.in_tense(told, ctx.base, dates.tense(ctx.text[:match.start()])):
            when = told
        elif ctx.base:
            when = dates.resolve_month_day(month, day, ctx.base, ctx.text[:match.start()],
                                           ctx.text[match.end():match.end() + 20])
            named = WEEKDAY_BEFORE.search(ctx.text, max(0, match.start() - 14), match.start())
            weekday = dates.WEEKDAYS[named.group(1).lower()] if named else None
            # the weekday decides only where the tense does not ("began on Tuesday, Jan. 12" stays past)
            if weekday is not None and when and when.start.weekday() != weekday \
                    and dates.tense(ctx.text[:match.start()]) in (None, "present"):
                when = _on_weekday(month, day, ctx.base, weekday) or when
        start, end = match.start(), match.end()
        weekday_named = WEEKDAY_BEFORE.search(ctx.text, max(0, start - 14), start)
        if weekday_named:  # "on Sunday, April 3": one date, told after what happened on it
            start = weekday_named.start()
        other = (RANGE_END.match(ctx.text, end) if g["m2"] else RANGE_START.search(ctx.text, max(0, start - 12), start))
        span = _days(when, other, day, bool(g["m2"])) if other and when else None
        if span is not None:  # "on July 21 and 22", "21-22 July": both days, as one period
            when = span
            start, end = (start, other.end()) if g["m2"] else (other.start(), end)
        yield Match(start, end, "date", "event_date", when=when)


# "July 21 and 22", "July 21-23", "21 and 22 July": days of one month told as one period
RANGE_END = re.compile(r"\s*(?:-|–|\s(?:and|to|through|until)\s)\s*(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
                       r"(?![,\s]*\d{4}|\s*(?:%|per\s*cent|percent|[a-z]))")
RANGE_START = re.compile(r"\b(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|\s(?:and|to)\s)\s*$")


def _days(when, other: re.Match, stated: int, stated_first: bool):
    """The period from the first day told to the last, in the month and year `when` resolved."""
    told = int(other.group("day"))
    first, last = (stated, told) if stated_first else (told, stated)
    if not first < last:
        return None
    start, end = dates.day(when.start.year, when.start.month, first), dates.day(when.start.year, when.start.month, last)
    return dates.DateValue(start.start, end.end, "day") if start and end else None


# "on Saturday, August 17": the weekday says which year's August 17
WEEKDAY_BEFORE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?$",
                            re.IGNORECASE)


def _on_weekday(month: int, day: int, base, weekday: int):
    """The nearer of the last and the next such day that falls on that weekday, if either does."""
    both = [dates.month_day(month, day, base, future) for future in (False, True)]
    fitting = [d for d in both if d is not None and d.start.weekday() == weekday]
    return min(fitting, key=lambda d: abs((d.start - base).days), default=None)


EXAMPLES = (
    Example("Of the 412 deaths recorded since July 28, 301, or 73%, were of people over 75.",
            ({"surface": "July 28", "as_of_start": "2025-07-28", "as_of_precision": "day"},),
            source_date="2025-08-10", note="a count after the day is no year"),
    Example("The two unions accepted the proposal on February 27.",
            ({"surface": "February 27", "as_of_start": "2023-02-27", "as_of_precision": "day"},),
            source_date="2023-03-07"),
    Example("The meetings took place on 17 August in Brussels.",
            ({"surface": "17 August", "as_of_start": "2022-08-17"},), source_date="2022-08-18"),
    Example("He will meet the families at the meetings that will take place on November 21.",
            ({"surface": "November 21", "as_of_start": "2023-11-21"},), source_date="2023-11-20"),
    Example("The river burst its banks on December 30, officials said.",
            ({"surface": "December 30", "as_of_start": "2023-12-30"},), source_date="2024-01-04",
            note="a past day later in the year than the source date is last year's"),
    Example("The river peaked on 5 May.", ({"surface": "5 May", "as_of_precision": "unresolved"},),
            source_date="", note="no source date: unresolved, never today's"),
    Example("Up to May 15,000 people had signed.", (), note="near miss: a count, not a day"),
    Example("Northbridge open their campaign at home on Saturday, August 17.",
            ({"surface": "Saturday, August 17", "as_of_start": "2024-08-17",
              "subject": "Northbridge open their campaign at home"},), source_date="2024-08-09",
            note="the weekday says which year (August 17, 2024 is a Saturday) and is one date with it"),
)
