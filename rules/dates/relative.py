"""Dates relative to the source date: "today", "on Monday", "last week", "two years ago".

Resolved against the source's own date, never today's.  "On Monday" in an article of a
Monday is that day; otherwise the latest Monday before it (or the next one when the
clause speaks of the future).  "Two years ago" keeps the precision of its unit (a year).
"This week" is the Monday-to-Sunday week holding the source date; on a Sunday, a
clause about the future ("talks will resume this week") means the week starting the
next day.  "Earlier this month" runs from the month's first day to the source date.
Seasons ("last summer", "this winter") are parts of a year; "the end of the year" is
this year's end, or last year's when the clause looks back and this year's has not come.
Without a source date these are kept as claims, marked unresolved.  "A year earlier",
"two days later" count from the date the sentence gave before them when it gave one
("in March, up from 3,900 a year earlier" is March of the year before), from the
source date otherwise.
"""

import re

from checker import dates
from checker.numbers import parse_number
from checker.rulekit import Example, Match

NUMBER_WORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|a\s+couple\s+of)"
PATTERN = re.compile(
    r"\b(?P<day>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))\b"
    rf"|\b(?:(?P<which>last|next|this|past|coming|earlier\s+on|on)\s+)?(?P<weekday>{dates.WEEKDAY})\b"
    r"|\b(?P<rel>last|this|next|the\s+previous|the\s+past|the\s+last|the\s+coming|the\s+following)\s+"
    r"(?:(?:fiscal|financial|calendar)\s+)?(?P<unit>week|month|year)\b(?!\s+of\b|-)"
    r"|\b(?P<wrel>last|this|next|the|this\s+past|this\s+coming|the\s+past|the\s+coming)\s+weekend\b(?!\s+of\b)"
    r"|\b(?P<srel>last|this|next|this\s+past|this\s+coming|the\s+past|the\s+coming)\s+(?P<season>spring|summer|autumn|fall|winter)\b"
    r"|\b(?P<tpart>the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)\s+(?:the\s+)?(?P<tunit>year|month)\b"
    r"(?!\s+(?:of|before|after|when|in|that)\b|[-\w]|\s+\d)"
    rf"|\b(?P<n>{NUMBER_WORD})\s+(?P<nunit>days?|weeks?|months?|years?|decades?)\s+(?P<dir>ago|earlier|before|later)\b"
    r"(?!\s+(?:that|this)\b)"
    r"|\b(?:(?:at|by|in|toward|towards|until)\s+)?(?P<part>the\s+(?:end|beginning|start|middle|(?:first|second)\s+half)\s+of|"
    r"the\s+(?:first|second|third|fourth)\s+quarter\s+of|early|late|earlier|later)\s+"
    r"(?P<prel>last|this|next)\s+(?P<punit>year|month)\b",
    re.IGNORECASE,
)
# Every reading above needs one of these (weekdays, today and yesterday end in "day"):
# a sentence with none is not scanned.
NEEDS_ONE_OF = ("day", "tonight", "tomorrow", "morning", "afternoon", "evening", "week", "month", "year", "decade",
                "spring", "summer", "autumn", "fall", "winter")
CLAUSE_ENDS = re.compile(r"\s*[,.;]|\s*$")  # "two years before." ends its clause
ARTICLE_AFTER = re.compile(r"\s+(?:the|a|an)\s", re.IGNORECASE)
# "on Saturday, August 16", "Friday 3 May": the weekday of a date the date rules read
DATE_AFTER_WEEKDAY = re.compile(rf",?\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{dates.MONTH}|{dates.MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b)")
# "called a cabinet meeting for Friday", "scheduled for Monday": an appointment still to come
APPOINTMENT_BEFORE = re.compile(r"\b(?:meeting|vote|hearing|summit|talks|session|match|game|election|trial|"
                                r"appointment|ceremony|rally|strike|debate|called|scheduled|set|planned|due|"
                                r"booked|arranged)\b[^,.;]{0,30}\bfor\s+$", re.IGNORECASE)
# "from Monday to Thursday this week", "on Tuesday last week": a weekday of a named week
WEEK_AFTER = re.compile(rf"(?:\s+(?:to|and|or|through|until|till|-|–)\s+{dates.WEEKDAY})?\s+(?:of\s+)?"
                        r"(?P<rel>this|last|next)\s+week\b(?!['’]s)", re.IGNORECASE)
ARTICLE = re.compile(r"^an?$")
STEP = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1, "coming": 1, "following": 1}
QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
PART = {"end": "end", "beginning": "beginning", "start": "start", "middle": "middle", "first": "first half",
        "second": "second half"}


def find(ctx):
    if not ctx.mentions(NEEDS_ONE_OF):
        return
    for match in PATTERN.finditer(ctx.text):
        g = match.groupdict()
        if g["weekday"] and (not g["weekday"][0].isupper()
                             or (g["which"] or "on").lower() == "on" and DATE_AFTER_WEEKDAY.match(ctx.text, match.end())):
            continue
        if g["dir"] in ("earlier", "before", "later") and not CLAUSE_ENDS.match(ctx.text[match.end():]) \
                and (ctx.text[:match.start()].strip() or g["dir"] == "before"
                     or not ARTICLE_AFTER.match(ctx.text, match.end())):
            # "two years before the war" is an offset from another date ("A year earlier the figure
            # was" opens its sentence: the offset is from the date before it)
            continue
        cue = dates.tense(ctx.text[:match.start()], ctx.text[match.end():match.end() + 100]) if ctx.base else None
        if g["weekday"] and not g["which"] and APPOINTMENT_BEFORE.search(ctx.text, max(0, match.start() - 60),
                                                                         match.start()) \
                and not dates.POSSESSIVE_AFTER.match(ctx.text, match.end()):
            cue = "future"
        when = _resolve(g, ctx.base, cue) if ctx.base else None
        week = WEEK_AFTER.match(ctx.text, match.end()) if g["weekday"] and (g["which"] or "on").lower() == "on" else None
        if week and ctx.base:
            monday = dates.shift(ctx.base, STEP[week["rel"].lower()], "week").start
            when = dates.weekday(dates.WEEKDAYS[g["weekday"].lower()], monday, True)
        detail = {"relative": True} | ({"planned": True} if cue in ("future", "until") else {})
        if g["dir"] and g["dir"].lower() != "ago":  # "a year earlier": from the date the sentence gave before it
            detail["offset"] = [_amount(g["n"]) * (1 if g["dir"].lower() == "later" else -1),
                                dates.UNIT_WORDS[g["nunit"].lower()], "same"]
        elif g["rel"] and g["rel"].lower().split()[-1] in ("previous", "following"):  # "the previous week"
            detail["offset"] = [STEP[g["rel"].lower().split()[-1]], g["unit"].lower(), "period"]
        yield Match(match.start(), match.end(), "date", "event_date", when=when, detail=detail)


def _amount(words: str) -> int:
    """ "a", "two", "a few", "several" -> a whole number of units."""
    return int(parse_number(ARTICLE.sub("one", words.lower()).replace("a couple of", "two")
                            .replace("a few", "three").replace("several", "three")) or 1)


def _resolve(g, base, cue):
    future = cue in ("future", "until")
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
        # the tense nearest the weekday decides: past by default (news reports what happened),
        # the coming one for "will" or a bounded period ("until Friday"), the nearer one
        # for a period under a past verb ("extended the warning through Tuesday")
        return dates.weekday(target, base, True if cue in ("future", "until") else None if cue in ("near", "present")
                             else False)
    if g["unit"]:
        step = STEP[g["rel"].lower().split()[-1]]
        if step == 0 and g["unit"].lower() == "week" and base.weekday() == 6 and future:
            step = 1  # a Sunday paper's "will ... this week" is the week that starts tomorrow
        return dates.shift(base, step, g["unit"].lower())
    if g["wrel"]:
        rel = g["wrel"].lower()
        step = None if rel == "the" else -1 if rel.endswith(("last", "past")) else 1 if rel.endswith(("next", "coming")) else 0
        if rel.startswith("this ") and step is not None:  # "this past weekend": the latest, "this coming": the next
            step = None
            future = rel.endswith("coming")
        return dates.weekend(base, step, future)
    if g["season"]:
        step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[g["srel"].lower().split()[-1]]
        if g["srel"].lower().startswith("this "):  # "this past summer", "this coming spring"
            step = -1 if step < 0 else 1
        return dates.season(g["season"].lower(), base, step, future)
    if g["tpart"]:
        part = PART[g["tpart"].lower().split()[1]]
        if g["tunit"].lower() == "year":
            return dates.part_of_this_year(base, part, future)
        value = dates.part_of_month(dates.month(base.year, base.month), part)
        if value.start > base and not future:
            value = dates.part_of_month(dates.shift(base, -1, "month"), part)
        return value
    if g["nunit"]:
        unit = dates.UNIT_WORDS[g["nunit"].lower()]
        sign = 1 if g["dir"].lower() == "later" else -1
        return dates.shift(base, sign * _amount(g["n"]), unit)
    step = STEP[g["prel"].lower()]
    words = g["part"].lower().split()
    if "quarter" in words:  # "the third quarter of last year"
        if g["punit"].lower() == "year":
            return dates.quarter(base.year + step, QUARTER[words[1]])
        return dates.shift(base, step, "month")
    if "half" in words:  # "the first half of this year"
        half = f"{words[1]} half"
        if g["punit"].lower() == "year":
            return dates.part_of_year(base.year + step, half)
        return dates.part_of_month(dates.shift(base, step, "month"), "early" if words[1] == "first" else "late")
    part = words[-2] if words[0] == "the" else words[0]
    if g["punit"].lower() == "year":
        if part == "earlier":
            return dates.DateValue(base.replace(month=1, day=1), base, "part_of_year")
        if part == "later":
            return dates.DateValue(base, base.replace(month=12, day=31), "part_of_year")
        return dates.part_of_year(base.year + step, {"earlier": "early", "later": "late"}.get(part, part))
    shifted = dates.shift(base, step, "month")
    if step == 0 and part == "earlier":  # "earlier this month": from the month's start to the source date
        return dates.DateValue(base.replace(day=1), base, "month")
    if step == 0 and part == "later":  # "later this month": from the source date to the month's end
        return dates.DateValue(base, shifted.end, "month")
    return dates.part_of_month(shifted, part)


EXAMPLES = (
    Example("Earlier this month, the agency warned of shortages.",
            ({"surface": "Earlier this month", "as_of_start": "2024-02-01", "as_of_end": "2024-02-04"},),
            source_date="2024-02-04", note="earlier this month runs from the month's start to the source date"),
    Example("Officials said 40 homes had been destroyed by Tuesday.",
            ({"surface": "Tuesday", "as_of_start": "2024-08-06"},), source_date="2024-08-10",
            note="a deadline under a past verb is past: the Tuesday before a Saturday article"),
    Example("By Tuesday, the blaze had burned 12,000 acres.",
            ({"surface": "Tuesday", "as_of_start": "2024-08-06"},), source_date="2024-08-10",
            note="the verb after a sentence-initial 'By Tuesday' is past"),
    Example("Crews hope to reach full containment by Tuesday.",
            ({"surface": "Tuesday", "as_of_start": "2024-08-13"},), source_date="2024-08-10",
            note="a deadline ahead: the coming Tuesday"),
    Example("Talks will resume this week, officials said.",
            ({"as_of_start": "2024-02-05", "as_of_end": "2024-02-11"},), source_date="2024-02-04",
            note="a Sunday article's future 'this week' is the coming week"),
    Example("The vote is due later this month.",
            ({"as_of_start": "2024-02-04", "as_of_end": "2024-02-29"},), source_date="2024-02-04"),
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
    Example("The prime minister called an emergency cabinet meeting for Friday.",
            ({"surface": "Friday", "as_of_start": "2024-03-29"},), source_date="2024-03-28",
            note="an appointment 'for' a weekday is the coming one"),
    Example("The club open their season at home on Saturday, August 16.", (),
            source_date="2025-07-08", note="near miss: the weekday of a date the date rules read"),
    Example("Sales slowed in the first half of this year.",
            ({"surface": "in the first half of this year", "as_of_start": "2024-01-01", "as_of_end": "2024-06-30",
              "as_of_precision": "part_of_year"},), source_date="2024-09-10"),
    Example("Profits fell in the fourth quarter of last year.",
            ({"surface": "in the fourth quarter of last year", "as_of_start": "2023-10-01", "as_of_end": "2023-12-31"},),
            source_date="2024-02-10"),
    Example("Today we talked about the agreement.", ({"surface": "Today", "as_of_start": "2023-11-20"},),
            source_date="2023-11-20"),
    Example("The budget was cut last year.", ({"as_of_start": "2023-01-01", "as_of_end": "2023-12-31"},),
            source_date="2024-06-01"),
    Example("The clinic gave 640 doses from Monday to Thursday this week.",
            ({"surface": "Monday", "as_of_start": "2013-03-11"}, {"surface": "Thursday", "as_of_start": "2013-03-14"},
             {"surface": "this week", "as_of_start": "2013-03-11"}),
            source_date="2013-03-15", note="weekdays of a named week are that week's, even on the Friday after"),
    Example("The strike began on Tuesday last week.", ({"surface": "on Tuesday", "as_of_start": "2013-03-05"},
                                                        {"surface": "last week", "as_of_start": "2013-03-04"}),
            source_date="2013-03-15"),
    Example("Prices rose last week.", ({"as_of_start": "2024-05-20", "as_of_end": "2024-05-26",
                                         "as_of_precision": "week"},), source_date="2024-05-29"),
    Example("Six deaths were reported in the last week.",
            ({"surface": "the last week", "as_of_start": "2013-03-11", "as_of_precision": "week"},),
            source_date="2013-03-22"),
    Example("The agency must cut $600 million this fiscal year.",
            ({"surface": "this fiscal year", "as_of_start": "2013-01-01", "as_of_end": "2013-12-31"},),
            source_date="2013-03-22"),
    Example("Fighting eased over the weekend.",
            ({"surface": "the weekend", "as_of_start": "2013-03-16", "as_of_end": "2013-03-17"},),
            source_date="2013-03-19"),
    Example("The talks resume this weekend.", ({"surface": "this weekend", "as_of_start": "2013-03-23"},),
            source_date="2013-03-19"),
    Example("He was accused of faking his death last summer.",
            ({"surface": "last summer", "as_of_start": "2012-06-01", "as_of_end": "2012-08-31",
              "as_of_precision": "part_of_year"},), source_date="2013-03-22"),
    Example("Snow fell heavily this winter.", ({"surface": "this winter", "as_of_start": "2012-12-01"},),
            source_date="2013-01-15", note="a winter is named by the year it begins in"),
    Example("The season peaked by the end of the year.",
            ({"surface": "the end of the year", "as_of_start": "2012-10-01", "as_of_end": "2012-12-31"},),
            source_date="2013-03-22", note="looking back from March: last year's end"),
    Example("The plant is expected to reopen by the end of the year.",
            ({"surface": "the end of the year", "as_of_start": "2013-10-01"},), source_date="2013-03-22"),
    Example("The flood hit on Monday.", ({"as_of_precision": "unresolved", "as_of_basis": "unresolved"},),
            source_date="", note="no source date: kept, unresolved"),
    Example("He was born two years before the war began.", (), note="near miss: offset from another event"),
    Example("Voting closes in the last week of March.", (), note="near miss: a week of a named month"),
    Example("The fair is held on the weekend of 16 March.", (), note="near miss: a named weekend is no relative one"),
)
