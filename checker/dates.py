"""Date spans -> an interval [start, end] with its precision, against the source date.

Shared machinery for the date rules.  The rules find spans with their own patterns
(running dateparser's search over raw text reads the modal "may" as May and "93
soldiers" as 1993); this module turns a recognised span into an interval.  Common
forms are computed directly; anything else goes to dateparser's `DateDataParser`
(language pinned, source date as base), memoised per (span, base), because it costs
about a millisecond a call.  Never today's date: without a base, relative dates stay
unresolved.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_LIST = tuple(MONTH_NAMES.split("|"))
MONTH_STEMS = tuple(name[:3] for name in MONTH_LIST)  # every month name and abbreviation starts with one
MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
MONTH = rf"(?:{MONTH_NAMES}|(?:{MONTH_ABBR})\.?)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# Parts of a year or month: "early 2020", "the end of last year", "mid-May".
PARTS = {"early": (1, 4), "beginning": (1, 3), "start": (1, 3), "mid": (5, 8), "middle": (5, 8),
         "late": (9, 12), "end": (10, 12), "first half": (1, 6), "second half": (7, 12),
         "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}
FUTURE_CUE = re.compile(
    r"\b(?:will|shall|'ll|scheduled|planned|plans?\s+to|to\s+be\s+held|due\s+to|upcoming|"
    r"expected\s+to|is\s+set\s+to|are\s+set\s+to|going\s+to|set\s+for|next)\b",
    re.IGNORECASE,
)
UNTIL_CUE = re.compile(r"\bto\s+[a-z]+(?:\s+[a-z]+)?\s+(?:until|till|through|by)\s+(?:the\s+end\s+of\s+)?$",
                       re.IGNORECASE)
UNIT_WORDS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
              "months": "month", "year": "year", "years": "year", "decade": "decade",
              "decades": "decade", "century": "century", "centuries": "century",
              "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute"}


@dataclass(frozen=True)
class DateValue:
    """An interval of days with the precision it was stated at."""

    start: date
    end: date
    precision: str  # day | week | month | part_of_year | year | decade | century

    @property
    def label(self) -> str:
        """How a reader writes it: "2023-09-24", "May 2023", "late 2022", "1998-1999"."""
        return date_label(self.start, self.end, self.precision)

    def contains(self, other: DateValue) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: DateValue) -> bool:
        return self.start <= other.end and other.start <= self.end


def date_label(start: date, end: date, precision: str) -> str:
    """An interval as a reader writes it at its precision: "2023-09-24", "May 2023",
    "late 2022", "1998–1999", "1990s"; the one place every output formats dates."""
    month = ("",) + MONTH_LIST  # spelled out: calendar.month_name follows the locale
    if precision == "week":
        return f"week of {start.isoformat()}"
    if precision == "month":
        if (start.year, start.month) == (end.year, end.month):
            return f"{month[start.month]} {start.year}"
        if start.year == end.year:
            return f"{month[start.month]} – {month[end.month]} {start.year}"
        return f"{month[start.month]} {start.year} – {month[end.month]} {end.year}"
    if precision == "part_of_year" and start.year == end.year:
        part = {1: "early", 3: "spring", 5: "mid", 6: "summer", 9: "late", 10: "late", 12: "winter"}
        return f"{part[start.month]} {start.year}" if start.month in part else \
            f"{month[start.month][:3]}–{month[end.month][:3]} {start.year}"
    if precision == "decade":
        return f"{start.year}s"
    if precision == "century":
        return f"{ordinal(start.year // 100 + 1)} century"
    if precision in ("year", "part_of_year"):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    return start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"


def day(year: int, month: int, day_: int) -> DateValue | None:
    try:
        value = date(year, month, day_)
    except ValueError:
        return None
    return DateValue(value, value, "day")


def month(year: int, month_: int) -> DateValue:
    last = calendar.monthrange(year, month_)[1]
    return DateValue(date(year, month_, 1), date(year, month_, last), "month")


def year(first: int, last: int | None = None) -> DateValue:
    return DateValue(date(first, 1, 1), date(last or first, 12, 31), "year")


def fiscal_year(first_year: int, first_month: int = 4) -> DateValue:
    """"2026-27": the twelve months from 1 April of the first year (see rules/dates/year.py),
    or from another month (a school year or a sports season starts in August)."""
    end = date(first_year + 1, first_month, 1) - timedelta(days=1)
    return DateValue(date(first_year, first_month, 1), end, "year")


def quarter(year_: int, number: int) -> DateValue:
    """"the third quarter of 2024": July-September, a part of the year."""
    first = 3 * (number - 1) + 1
    last = first + 2
    return DateValue(date(year_, first, 1), date(year_, last, calendar.monthrange(year_, last)[1]), "part_of_year")


def decade(first_year: int) -> DateValue:
    return DateValue(date(first_year, 1, 1), date(first_year + 9, 12, 31), "decade")


def century(number: int) -> DateValue:
    """"the 20th century" as a reader means it: 1900-1999."""
    first = (number - 1) * 100
    return DateValue(date(max(first, 1), 1, 1), date(first + 99, 12, 31), "century")


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def part_of_year(year_: int, part: str) -> DateValue:
    first, last = PARTS[part]
    end_year = year_ + (last - 1) // 12
    last_month = (last - 1) % 12 + 1
    return DateValue(date(year_, first, 1),
                     date(end_year, last_month, calendar.monthrange(end_year, last_month)[1]),
                     "part_of_year")


def part_of_month(value: DateValue, part: str) -> DateValue:
    """"early May" -> 1-10 May, "mid-May" 11-20, "late May" 21-end; keeps month precision."""
    first, last = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20),
                   "middle": (11, 20), "late": (21, 31), "end": (21, 31)}.get(part, (1, 31))
    last = min(last, value.end.day)
    return DateValue(value.start.replace(day=first), value.start.replace(day=last), "month")


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


DIGITS = re.compile(r"\d+")


def day_number(text: str) -> int:
    return int(DIGITS.match(text).group(0))


# How a clause's verb places a date it leads up to.  The cue nearest the date decides:
# "620 posts will be cut under the budget passed on Tuesday" is a past Tuesday,
# "officials said the strike will begin on Thursday" a coming one.
PAST_IRREGULAR = ("said|told|began|struck|left|met|took|came|went|fell|rose|gave|made|held|won|lost|sent|saw|"
                   "found|broke|spoke|chose|drove|flew|fled|ran|shook|stood|wrote|sought|brought|bought|caught|"
                   "fought|led|kept|felt|heard|sold|paid|became|swept|burnt|spent|tore|threw|hid|froze|"
                   "woke|wore|withdrew|overtook|underwent|grew|drew|dealt|meant|sat|slid|sank|dug|bore|died")
TENSE_CUE = re.compile(
    # ("planned operations", "planned care": the health service's word for elective, no plan)
    r"(?P<future>\b(?:will|shall|would|won't|scheduled|planned(?!\s+(?:operations?|procedures?|care|surgery|"
    r"treatments?|admissions?|appointments?))|plans?\s+to|to\s+be\s+held|due|upcoming|"
    r"expected|expects?|forecasts?|projects?|predicts?|(?:outlook|guidance)\s+(?:for|sees|implies|calls\s+for|points\s+to)|"
    r"set\s+(?:to|for)|going\s+to|next(?!\s+\w+['’]s\b)|tomorrow|coming|forthcoming|"
    # "must reach a decision by 9 June": a duty still to be met looks ahead (not "must have been")
    r"must(?!\s+(?:not\s+)?have\b|-)|"
    # "could be cut by half from July", "could rise" (not "could hear", "could not confirm")
    r"could\s+(?:be|rise|fall|reach|hit|top|exceed|double|climb|drop|take|cost|face|lose|begin|start|end|"
    r"resume|open|close|come|go|bring|dump|deliver|produce|spread|arrive|strike|move)\b|"
    r"might\s+(?:be|rise|fall|reach|take|cost|face|begin|start|bring|arrive)\b|"
    # "agreed to resume talks on Friday": the infinitive's act is still to come
    r"(?:agreed|agrees|decided|decides|promised|pledged|vowed|arranged|scheduled)\s+to\s+(?:resume|meet|"
    r"begin|start|announce|return|reopen|publish|release|visit|sign|reconvene|restart)\b|"
    # "should be reconnected by Saturday" (not "should have been")
    r"should\s+(?:be|take|reach|cost|begin|start|end|finish|resume|open|close|return|arrive|come|go)\b|"
    # a rule or a law "takes effect", "comes into force" on a day still to come
    r"takes?\s+effect|comes?\s+into\s+(?:force|effect)|goes\s+into\s+effect|go\s+into\s+effect)\b|'ll\b)"
    rf"|\b(?P<past>was|were|had|having|did|ago|yesterday|last|earlier|previously|since|{PAST_IRREGULAR}|"
    r"(?-i:[a-z]{2,}[^e\W]ed))\b"  # a past form as written in lower case ("United" is a name)
    r"|\b(?P<present>is|are|remains?|runs?|lasts?|continues?|stays?|begins|starts|ends|opens|closes|resumes|"
    r"expires|finishes|takes\s+place|kicks\s+off|falls)\b",
    re.IGNORECASE,
)
# A past form right after these is a passive, a perfect or a state that does not make the
# clause past ("will be cut", "has been delayed until", "to be decided on", "will remain closed").
_NOT_PAST_AFTER = re.compile(r"\b(?:be|been|being|is|are|am|has|have|will|would|shall|should|could|can|may|"
                             r"might|must|to|'s|'re|remain|remains|stay|stays)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_PERFECT_BEFORE = re.compile(r"\bhad\s+$", re.IGNORECASE)  # "have forecast growth in April" still looks ahead
# A present perfect ("have been released on bail until Oct. 2", "has delayed the vote until
# March") tells of a state that holds now: it is the clause's verb, so the search for the
# nearest cue stops there instead of running on to an earlier clause's past verb ("the two
# men arrested on Monday have been released ...").
_PRESENT_PERFECT_BEFORE = re.compile(r"\b(?:has|have|'ve)\s+(?:not\s+)?(?:been\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
_WILL_BEFORE = re.compile(r"\b(?:will|shall|won't|'ll)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_NOT_PAST_WORDS = frozenset("hundred sacred naked wicked beloved rugged kindred wretched".split())
# A date that bounds a period or an appointment: "runs until 3 March", "through 8 p.m.
# Tuesday", "starting early on Thursday", "from 6 p.m. on Wednesday", "by Friday".
_TIME_OF_DAY = r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|midnight|noon|midday|(?:[01]?\d|2[0-4])(?::\d\d)?)\s*(?:\([^)]{0,20}\)\s*)?)"
UNTIL_BEFORE = re.compile(
    rf"\b(?P<prep>until|till|through|thru|starting|beginning|(?<!\bup\s)(?<!\bdown\s)from|by|before|up\s+to)\s+"
    rf"(?:(?:early|late)\s+)?"
    rf"(?:the\s+end\s+of\s+)?(?:{_TIME_OF_DAY}(?:on\s+)?)?(?:on\s+)?$",
    re.IGNORECASE,
)
# a date a comparison is made with: "five more than on Monday", "higher than in May"
COMPARED_WITH_BEFORE = re.compile(r"\bthan\s+(?:(?:on|in|at|during|for)\s+)?(?:the\s+)?$", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r";|:(?!\d)|\s[-–—]\s|,\s(?:but|while|and|although|though|whereas|as)\b", re.IGNORECASE)
# A participle that sets up what comes next has no tense of its own: after a past verb nothing
# dates what it sets up ("won 34%, setting up a runoff on April 5"); under a future verb it is
# future.  Other participles keep the clause's tense ("lasted 98 days, ending on 9 January").
PARTICIPLE_BREAK = re.compile(r",\s(?:setting|paving|forcing|triggering|prompting|scheduling|clearing|opening)\s")
# "a premium of 38% to the closing price on Friday": a price a market closed at is past
PREMIUM = re.compile(r"\b(?:premium|discount)\b", re.IGNORECASE)
CLOSING_PRICE = re.compile(r"\bclosing\s+(?:share\s+|stock\s+)?price\b[^,;]{0,30}$", re.IGNORECASE)


POSSESSIVE_AFTER = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?['’]s\b", re.IGNORECASE)


def tense(before: str, after: str = "") -> str | None:
    """How the clause before a date places it in time.

    `future` (a future cue nearest the date, or an infinitive running up to it: "to run
    through June"), `past` (a past verb nearest it, or "since"), `until` (the date bounds
    a period or an appointment and nothing past stands before: "runs until 3 March"),
    `near` (a bounded period under a past verb, "extended the warning through Tuesday":
    the nearer instance), `present` (a present verb: "the vote is on Thursday"), or None.
    Abbreviations ("2 a.m.", "U.S.") do not end the clause: the text is one sentence.
    """
    clause = CLAUSE_BREAK.split(before[-160:])[-1]
    closing = CLOSING_PRICE.search(clause)
    if closing and (PREMIUM.search(clause, 0, closing.start()) or _clause_cue(clause[:closing.start()]) != "future"):
        return "past"  # a premium to a close (but "shares will be valued at the closing price on March 31")
    participle = list(PARTICIPLE_BREAK.finditer(clause))
    if participle and _clause_cue(clause[:participle[-1].start()]) != "future":
        clause = clause[participle[-1].end():]
    # "the toll from Sunday night's quake": a possessive date names an event, it bounds no period
    until = None if after and POSSESSIVE_AFTER.match(after) else UNTIL_BEFORE.search(clause)
    head = clause[:until.start()] if until else clause
    if until and UNTIL_CUE.search(clause[:until.end("prep")][-60:] + " "):
        return "future"
    near = head[-100:]
    cue = next((c for m in reversed(list(TENSE_CUE.finditer(near))) if (c := _cue(m, near))), None)
    if cue != "future" and COMPARED_WITH_BEFORE.search(clause):
        return "past"  # "That is five more than on Monday": a figure is compared with a day that has been
    if cue == "present":  # "the bank's next policy meeting is on June 20": a present told of what is to come
        phrase = near.rsplit(",", 1)[-1]  # (not "expect the report, which is dated ...")
        earlier = (c for m in reversed(list(TENSE_CUE.finditer(phrase))) if (c := _cue(m, phrase)) != "present")
        cue = "future" if next(earlier, None) == "future" else cue
    if cue == "future":
        return "future"
    ahead = _scheduled(before, after)
    if ahead == "future" and cue != "present" or ahead == "near" and cue is None and not until:
        return "near"
    if until and cue is None and past_after(after):  # "By Tuesday, the fire had burned ...": done
        return "past" if until.group("prep").lower() in DEADLINES else "near"  # "Through Aug. 10, ... had burned"
    if until and until.group("prep").lower() in DEADLINES and cue == "past":
        return "past"  # "40 homes had been destroyed by Tuesday"
    if until:
        return "near" if cue == "past" else "until"
    return cue


# "the April 7 strike would go ahead", "Wednesday's strike is expected to close ...": a date
# that names a scheduled thing is the nearer such day when the thing's own verb looks ahead
# (it may be yesterday's: "Sunday's race will cost ..." the day after) or says nothing of time
# ("said the March 5 strike by nurses ..."); a date naming what happened ("Tuesday's flood
# will cost ...") keeps the clause's tense
MODIFIER_BEFORE = re.compile(r"\b(?:the|a|an|this|its|their)\s+$", re.IGNORECASE)
SCHEDULED_AFTER = re.compile(
    r"(?:(?:\s+(?:night|morning|afternoon|evening))?['’]s)?\s+(?:[a-z][\w-]*\s+)?"
    r"(?:strikes?|walkouts?|stoppages?|talks|negotiations|match|matches|game|derby|final|semi-final|fixture|race|"
    r"hearing|trial|verdict|sentencing|vote|ballot|election|referendum|runoff|run-off|primary|debate|meeting|"
    r"summit|conference|session|deadline|rally|march|protest|demonstration|ceremony|signing|launch|auction|"
    r"exchange|visit|parade|concert|festival|inauguration|funeral|memorial|opening|kick-off|kickoff)\b")


def _scheduled(before: str, after: str) -> str | None:
    """"future" or "near" when the date names a scheduled thing ("the April 7 strike",
    "Wednesday's vote") whose own verb looks ahead or says nothing of time; else None."""
    if not after:
        return None
    named = SCHEDULED_AFTER.match(after)
    if not named or not (POSSESSIVE_AFTER.match(after) or MODIFIER_BEFORE.search(before[-10:])):
        return None
    clause = CLAUSE_BREAK.split(after[named.end():100])[0]  # ("is expected to": the present's own future)
    own = next((c for m in TENSE_CUE.finditer(clause) if (c := _cue(m, clause)) not in (None, "present")), None)
    if own == "future" and PASSIVE_TO_COME.search(clause):
        return "near"  # "Friday's match is expected to be reviewed": what is to come is done to it
    return "future" if own == "future" else "near" if own is None else None


PASSIVE_TO_COME = re.compile(r"\bto\s+be\s+[a-z]+(?:ed|en)\b")


def _clause_cue(clause: str) -> str | None:
    """The tense cue nearest the end of a clause."""
    near = clause[-100:]
    return next((c for m in reversed(list(TENSE_CUE.finditer(near))) if (c := _cue(m, near))), None)


# A deadline met under a past verb is itself past; a period bounded under one ("extended the
# warning through Tuesday") may end either side of the telling.
DEADLINES = frozenset(("by", "before"))


def past_after(after: str) -> bool:
    """Is the verb of the clause after a date past ("By Tuesday, the fire had burned")?"""
    clause = CLAUSE_BREAK.split(after[:100])[0]
    return next((c for m in TENSE_CUE.finditer(clause) if (c := _cue(m, clause))), None) == "past"


def _cue(match: re.Match, text: str) -> str | None:
    """What one TENSE_CUE match in `text` says: past, future or present; None for a word that
    only looks past ("hundred", the "cut" of "will be cut")."""
    if match.group("past"):
        if match.group("past").lower() in _NOT_PAST_WORDS:
            return None
        if _NOT_PAST_AFTER.search(text[:match.start()]):
            return "present" if _PRESENT_PERFECT_BEFORE.search(text[:match.start()]) else None
        return "past"
    if match.group("future") and _PERFECT_BEFORE.search(text[:match.start()]):
        return "past"  # "the 4.1% it had forecast in March": a forecast made before
    if match.group("future") or _WILL_BEFORE.search(text[:match.start()]):
        return "future"  # "will remain closed": a present verb after "will" is the future
    return "present"


def is_future(before: str) -> bool:
    """Does the clause before a date speak of the future ("will take place on ...")?

    The cue nearest the date decides (`tense`): a future cue ("will", "is expected to",
    "next"), an infinitive that runs up to the date ("the programme to run through
    June", "agreed to stay until May"), or a period that runs up to it under a verb
    that is not past ("the consultation runs until March").
    """
    return tense(before) in ("future", "until")


# A day and month without a year and without a tense cue is the nearer instance: a date
# up to this many days ahead of the source beats the same day 10+ months back.
NEAR_AHEAD_DAYS = 62


def month_day(month_: int, day_: int, base: date, future: bool | None) -> DateValue | None:
    """A day and month without a year: the nearest such date before (or after) the base.

    `future` None (no tense cue): the coming one when it is at most NEAR_AHEAD_DAYS
    away ("tickets for journeys on November 6" written on 5 November), else the past one.
    """
    if future is None:
        ahead = month_day(month_, day_, base, True)
        if ahead and (ahead.start - base).days <= NEAR_AHEAD_DAYS:
            return ahead
        return month_day(month_, day_, base, False)
    step = 1 if future else -1
    for year_ in range(base.year, base.year + 9 * step, step):  # 29 February may be years away
        value = day(year_, month_, day_)
        if value and ((value.start >= base) if future else (value.start <= base)):
            return value
    return None


def resolve_month_day(month_: int, day_: int, base: date, before: str, after: str = "") -> DateValue | None:
    """A day and month without a year, read with the tense of the clause before it."""
    cue = tense(before, after)
    future = True if cue in ("future", "until") else False if cue == "past" else None
    if cue == "past" and _scheduled(before, after) == "near":
        future = None  # "called off the March 10 vote": the coming one when near, not last year's
    if cue == "near":  # a period bounded under a past verb: the nearer instance, as a weekday's is
        both = [month_day(month_, day_, base, ahead) for ahead in (False, True)]  # ("was adjourned until
        return min((d for d in both if d), key=lambda d: abs((d.start - base).days), default=None)  # 3 March")
    return month_day(month_, day_, base, future)


def season(name: str, base: date, step: int | None, future: bool) -> DateValue:
    """"last summer", "this spring", "next winter": a season (northern) against the base.

    `step` -1 is the latest such season that has ended by the base, +1 the next one to
    begin after it, 0 the one of the base's year (a winter is named by the year it
    begins in, so "this winter" in January is the one that began in December); without a
    step ("in the summer") the latest begun by the base, or the next when `future`.
    """
    name = "autumn" if name == "fall" else name
    seasons = [part_of_year(y, name) for y in range(base.year - 2, base.year + 2)]
    if step == 0:
        return next(s for s in seasons if s.start.year == base.year - (name == "winter" and base.month <= 2))
    if step == 1 or (step is None and future):
        return next(s for s in seasons if s.start > base)
    if step == -1:
        return [s for s in seasons if s.end < base][-1]
    return [s for s in seasons if s.start <= base][-1]


def weekend(base: date, step: int | None, future: bool) -> DateValue:
    """"this weekend", "last weekend", "over the weekend": a Saturday and Sunday (day precision).

    `step` 0, -1, +1: the weekend of the base's (Monday-to-Sunday) week, the week before,
    the week after; without a step, the latest weekend begun by the base, or the next
    one to begin after it when `future`.
    """
    if step is None:
        saturday = base - timedelta(days=(base.weekday() - 5) % 7)
        if future and saturday < base - timedelta(days=1):
            saturday += timedelta(days=7)
    else:
        saturday = base - timedelta(days=base.weekday()) + timedelta(days=5 + 7 * step)
    return DateValue(saturday, saturday + timedelta(days=1), "day")


def part_of_this_year(base: date, part: str, future: bool) -> DateValue:
    """"by the end of the year": this year's part, or last year's when the clause is not
    about the future and this year's part has not begun by the base."""
    value = part_of_year(base.year, part)
    if value.start > base and not future:
        return part_of_year(base.year - 1, part)
    return value


# A year told once covers the months told with it: "in February and March 2022" (and "from
# December to February 2023": December 2022), and a later month of the same sentence, with no
# other number between, is of the year a date before it told ("began on 3 February 2022 and
# ended in May", "In 2022, the count ran from February to May"): a writer names a new year
_YEAR_AFTER_LIST = re.compile(rf"(?:(?:,\s*|\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)"
                              rf"(?:(?:early|mid|late)[\s-]+|(?:the\s+)?{DAY}\s+(?:of\s+)?)?(?P<month>{MONTH})"
                              rf"(?:\s+{DAY}\b)?)+,?\s+(?:of\s+)?(?P<year>{YEAR})\b")
_YEAR_TOLD = re.compile(rf"\b(?:(?:in|In|during|During)\s+(?P<year>{YEAR})|"
                        rf"(?P<month>{MONTH})\s+(?:{DAY},?\s+)?(?:of\s+)?(?P<myear>{YEAR}))\b")
_NO_NUMBER_BETWEEN = re.compile(r"[^\d;:]{0,100}")


def year_told(text: str, start: int, end: int, month_: int) -> int | None:
    """The year a month told without one (at `start`..`end`) takes from the sentence around it:
    the year closing a list it opens, else that of a date before it in the same telling (a month
    no later than this one's, no other number between); None when the sentence tells none."""
    listed = _YEAR_AFTER_LIST.match(text, end)
    if listed:
        return int(listed["year"]) - (month_ > month_number(listed["month"]))
    told = None
    for told in _YEAR_TOLD.finditer(text, 0, start):
        pass
    if told is None or not _NO_NUMBER_BETWEEN.fullmatch(text, told.end(), start):
        return None
    if told["month"] and month_number(told["month"]) > month_:
        return None  # "from 3 November 2021 to May": the next year's, told no better than by the source date
    return int(told["year"] or told["myear"])


def in_tense(value: DateValue, base: date | None, cue: str | None) -> bool:
    """Does a date fit the tense its clause tells it in (a past verb's is no later than the
    source date, a future one's no earlier)?"""
    if base is None:
        return True
    if cue in ("future", "until"):
        return value.end >= base
    if cue == "past":
        return value.start <= base
    return True


def month_only(month_: int, base: date, future: bool) -> DateValue:
    """"In May" said in November 2023 is May 2023; said in March 2023, May 2022."""
    if future:
        return month(base.year if month_ >= base.month else base.year + 1, month_)
    return month(base.year if month_ <= base.month else base.year - 1, month_)


def weekday(target: int, base: date, future: bool | None, strict: bool = False) -> DateValue:
    """"on Monday": the last such day up to the base (the base itself when it is one);
    the next one when `future`; the nearer of the two when `future` is None."""
    if future is None:
        ahead, back = (target - base.weekday()) % 7, (base.weekday() - target) % 7
        future = ahead < back
    if future:
        delta = (target - base.weekday()) % 7 or (7 if strict else 0)
        value = base + timedelta(days=delta)
    else:
        delta = (base.weekday() - target) % 7 or (7 if strict else 0)
        value = base - timedelta(days=delta)
    return DateValue(value, value, "day")


def shift(base: date, amount: int, unit: str) -> DateValue:
    """`amount` units from the base, at that unit's precision ("two years ago" -> 2021)."""
    if unit == "day":
        value = base + timedelta(days=amount)
        return DateValue(value, value, "day")
    if unit == "week":
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=amount)
        return DateValue(monday, monday + timedelta(days=6), "week")
    if unit == "month":
        value = base + relativedelta(months=amount)
        return month(value.year, value.month)
    if unit == "decade":
        return year(base.year + 10 * amount)
    if unit == "century":
        return year(base.year + 100 * amount)
    return year(base.year + amount)


# How fine each precision (and unit) is: an offset moves a date by whole units no finer than it was stated in.
PRECISION_DAYS = {"day": 1, "week": 7, "month": 28, "part_of_year": 90, "year": 365, "decade": 3650, "century": 36500}
UNIT_STEPS = {"day": ("days", 1), "week": ("weeks", 1), "month": ("months", 1), "year": ("years", 1),
              "decade": ("years", 10), "century": ("years", 100)}


def offset_from(value: DateValue, amount: int, unit: str, keep: str = "same") -> DateValue | None:
    """A date stated earlier in the sentence moved by whole units, at its own precision:
    "in March 2025, up from 3,900 a year earlier" -> March 2024; "in the third quarter,
    ... a year earlier" -> the same quarter a year before; with `keep="period"`, the whole
    unit it lands in ("the week ended March 8 ... the previous week" -> the week before).
    None when the unit is finer than the date ("in 2023 ... two days later" says no day)."""
    if unit not in UNIT_STEPS or PRECISION_DAYS[unit] < PRECISION_DAYS.get(value.precision, 10 ** 6):
        return None
    if keep == "period":
        return shift(value.start, amount, unit)
    name, size = UNIT_STEPS[unit]
    step = relativedelta(**{name: amount * size})
    if value.precision == "month":
        moved = value.start + step
        return month(moved.year, moved.month)
    return DateValue(value.start + step, value.end + step, value.precision)


def add_duration(value: DateValue, low_years: float, high_years: float) -> DateValue:
    """The interval a date plus a duration (in years, as an interval) can fall in."""
    start = value.start + timedelta(days=round(low_years * 365.25))
    end = value.end + timedelta(days=round(high_years * 365.25))
    return DateValue(start, end, value.precision)


@lru_cache(maxsize=65536)
def via_dateparser(span: str, base: date | None) -> DateValue | None:
    """dateparser for the forms the fast path does not know, memoised per (span, base)."""
    if base is None:
        return None

    parser = _parser(base)
    data = parser.get_date_data(span)
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return year(found.year)
    if period == "month":
        return month(found.year, found.month)
    if period == "week":
        monday = found - timedelta(days=found.weekday())
        return DateValue(monday, monday + timedelta(days=6), "week")
    return DateValue(found, found, "day")


@lru_cache(maxsize=512)
def _parser(base: date):
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": datetime.combine(base, datetime.min.time()),
                  "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True,
                  "STRICT_PARSING": False},
    )
