"""A reporting quarter named without its year: "third-quarter revenue", "in the second
quarter", "Q3 sales", "the quarter ended Sept. 30", "the three months to June", "the
March quarter" (named by the month it ends with, as Australian reports do); and the
months a year's report covers so far: "the first six months of the year" (of the source
date's year, of "last year" or of a stated year) is January to June.

Results are reported after the quarter they cover, so a quarter with no year is the
latest one of that number that has begun by the source date ("third-quarter revenue",
said on 24 October, is July-September of that year; said in February, the year
before); a clause that speaks of the future ("expects fourth-quarter revenue") takes
the next one that has not yet ended.  "The quarter ended Sept. 30" is the three months
up to that day's month.  Quarters are calendar quarters: a company whose fiscal year
starts in another month states its own (its "fiscal 2025" is read as a year).

A quarter is also a period of play ("scored in the third quarter"), so without a year
it is a date only in a sentence about money or business results: one that states an
amount of money or names an amount noun (revenue, profit, sales ... from the
vocabulary) or results, earnings, growth or output.
"""

import calendar
import re
from datetime import date

from checker import dates
from checker.dates import DateValue
from checker.rulekit import Example, Match

ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
PATTERN = re.compile(
    r"\b(?:(?:the|its|a|their)\s+)?(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b"
    r"(?!\s+(?:of\s+)?(?:the\s+)?(?:\d|last|next|this|century|mile)|\s+(?:in\s+a\s+row|running)\b)"
    r"|\b(?P<q>Q[1-4])\b(?!\s*['’]?\d)"
    rf"|\b(?:the\s+)?(?:quarter|three\s+months)\s+(?:that\s+)?(?:ended|ending|to|through)\s+(?:on\s+)?"
    rf"(?P<month>{dates.MONTH_NAMES}|(?:{dates.MONTH_ABBR})\.?)(?:\s+(?P<day>[0-3]?\d))?\b(?:,?\s+(?P<year>{dates.YEAR})\b)?"
    # "the March quarter", "March-quarter revenue", "the March quarter of 2024": named by the
    # month it ends with (not "the March quarter-final")
    rf"|\b(?:the\s+)?(?-i:(?P<ending>March|June|September|December))[\s-]quarter\b(?![\s-]finals?\b)"
    rf"(?:,?\s+(?:of\s+)?(?P<ending_year>{dates.YEAR})\b|\s+(?P<last>last\s+year|a\s+year\s+(?:earlier|ago|before)))?"
    # "the first six months of the year", "the first nine months of 2024"
    rf"|\b(?:the\s+)?first\s+(?P<months>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+"
    rf"(?:of|in)\s+(?:(?P<months_year>{dates.YEAR})\b|the\s+(?:current\s+|calendar\s+)?year\b|(?P<which_year>this|last)\s+year\b)"
    # "the final three months of 2024", "the last six months of the year": counted from its end
    rf"|\b(?:the\s+)?(?:final|last)\s+(?P<end_months>three|six|nine|[369])\s+months\s+of\s+"
    rf"(?:(?P<end_year>{dates.YEAR})\b|the\s+(?:calendar\s+)?year\b|(?P<end_which>this|last)\s+year\b)",
    re.IGNORECASE,
)
MONTH_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11}
BUSINESS_WORDS = frozenset("results earnings growth output gdp economy shipments deliveries orders margin margins "
                           "guidance outlook dividend dividends income eps sales revenue profit product inflation "
                           "prices exports imports production unemployment".split())
MONEY = re.compile(r"[$€£¥₹]|\b(?:dollars?|euros?|pounds?|yen|yuan|rupees?|francs?|pesos?)\b", re.IGNORECASE)
WORD = re.compile(r"[a-z]+")
RECENT_DAYS = 100  # a report still to come on a quarter that ended this long ago at most
HINT = re.compile(r"quarter|months|\bQ[1-4]\b", re.IGNORECASE)


def find(ctx):
    if not ctx.base or not HINT.search(ctx.text):
        return
    about_business = None
    for match in PATTERN.finditer(ctx.text):
        g = match.groupdict()
        if g["months"]:
            when = _months_so_far(g, ctx.base, _future(ctx, match))
        elif g["end_months"]:
            when = _months_to_end(g, ctx.base)
        elif g["month"]:
            when = _quarter_ending(g, ctx.base)
        elif g["ending"]:
            when = _named_by_its_end(g, ctx.base, _future(ctx, match))
        else:
            if about_business is None:
                about_business = _about_business(ctx)
            if not about_business or g["q"] and not g["q"][0].isupper():
                continue
            number = int(g["q"][1]) if g["q"] else ORDINALS[g["ordinal"].lower()]
            when = quarter_only(number, ctx.base, _future(ctx, match))
        if when:
            yield Match(match.start(), match.end(), "date", "event_date", when=when)


def _future(ctx, match) -> bool:
    """A clause about the future names a coming period, unless the period's own verb is past:
    "would cut 2,300 jobs after second-quarter revenue fell" is the quarter just ended."""
    return dates.is_future(ctx.text[:match.start()]) and not dates.past_after(ctx.text[match.end():])


def _about_business(ctx) -> bool:
    """Does the sentence speak of money or results, not of a game's periods of play?"""
    if MONEY.search(ctx.text):
        return True
    words = set(WORD.findall(ctx.text.lower()))
    return not words.isdisjoint(BUSINESS_WORDS) or not words.isdisjoint(ctx.config.amount_nouns)


def quarter_only(number: int, base: date, future: bool) -> DateValue:
    """The latest quarter `number` begun by `base`; when `future`, the next not yet ended, or
    one just ended (its results are still to come: "will report third-quarter results", and
    "would cut 1,800 jobs after reporting a drop in third-quarter profit", in October)."""
    this_year = dates.quarter(base.year, number)
    if future:
        return this_year if (base - this_year.end).days <= RECENT_DAYS else dates.quarter(base.year + 1, number)
    return this_year if this_year.start <= base else dates.quarter(base.year - 1, number)


def _named_by_its_end(g, base: date, future: bool) -> DateValue | None:
    """"the March quarter": the stated year's; last year's for "last year"; else the latest
    such quarter begun by `base`, or for a clause about the future ("will release its
    March-quarter report") the one just ended or still to come."""
    number = dates.month_number(g["ending"]) // 3
    if g["ending_year"]:
        return dates.quarter(int(g["ending_year"]), number)
    if g["last"]:
        return dates.quarter(base.year - 1, number)
    if future:
        this_year = dates.quarter(base.year, number)
        return this_year if (base - this_year.end).days <= RECENT_DAYS else dates.quarter(base.year + 1, number)
    return quarter_only(number, base, False)


def _months_so_far(g, base: date, future: bool) -> DateValue:
    """"the first six months of the year": January to the sixth month of that year; "the
    year" unnamed is the latest whose months have passed ("the first nine months of the
    year", said in January, are last year's), or the coming ones in a forecast."""
    count = MONTH_COUNTS.get(g["months"].lower()) or int(g["months"])
    which = (g["which_year"] or "").lower()
    year = int(g["months_year"]) if g["months_year"] else base.year - (which == "last")
    if not g["months_year"] and not which and not future and base.month < count:
        year -= 1
    return DateValue(date(year, 1, 1), date(year, count, calendar.monthrange(year, count)[1]), "part_of_year")


def _months_to_end(g, base: date) -> DateValue:
    """"the final three months of 2024": the last months of that year; "of the year" unnamed is
    the latest year whose last months have begun (last year's, said in February)."""
    count = MONTH_COUNTS.get(g["end_months"].lower()) or int(g["end_months"])
    which = (g["end_which"] or "").lower()
    year = int(g["end_year"]) if g["end_year"] else base.year - (which == "last")
    if not g["end_year"] and not which and base.month <= 12 - count:
        year -= 1
    return DateValue(date(year, 13 - count, 1), date(year, 12, 31), "part_of_year")


def _quarter_ending(g, base: date) -> DateValue | None:
    """"the quarter ended Sept. 30": the three months up to the end of that day's month."""
    month = dates.month_number(g["month"].rstrip("."))
    if month is None:
        return None
    year = int(g["year"]) if g["year"] else (base.year if month <= base.month else base.year - 1)
    first_month = (month - 3) % 12 + 1
    first_year = year if first_month <= month else year - 1
    last = calendar.monthrange(year, month)[1]
    return DateValue(date(first_year, first_month, 1), date(year, month, last), "part_of_year")


EXAMPLES = (
    Example("The deficit narrowed to 4.3% of GDP in the first six months of the year.",
            ({"surface": "the first six months of the year", "as_of_start": "2025-01-01", "as_of_end": "2025-06-30",
              "as_of_precision": "part_of_year"},), source_date="2025-07-24"),
    Example("Tallowmere reported March-quarter revenue of A$421.6 million.",
            ({"surface": "March-quarter", "as_of_start": "2025-01-01", "as_of_end": "2025-03-31"},),
            source_date="2025-04-24", note="a quarter named by the month it ends with"),
    Example("Revenue was A$370 million in the March quarter of 2024 and expects June-quarter revenue of A$450m.",
            ({"surface": "the March quarter of 2024", "as_of_start": "2024-01-01"},
             {"surface": "June-quarter", "as_of_start": "2025-04-01", "as_of_end": "2025-06-30"}),
            source_date="2025-04-24", note="a stated year; a forecast's quarter is the coming one"),
    Example("The economy grew 0.2% in the final three months of 2024.",
            ({"surface": "the final three months of 2024", "as_of_start": "2024-10-01", "as_of_end": "2024-12-31",
              "as_of_precision": "part_of_year"},), source_date="2025-02-14",
            note="months counted from the end of a year"),
    Example("City have not lost since the March quarter-final.", (), source_date="2025-04-24",
            note="near miss: a quarter-final is no quarter"),
    Example("Sales in the December quarter last year rose 2%; it will release its March-quarter report on Thursday.",
            ({"surface": "the December quarter last year", "as_of_start": "2024-10-01"},
             {"surface": "March-quarter", "as_of_start": "2025-01-01"}),
            source_date="2025-04-20", note="last year's quarter; a report to come on the quarter just ended"),
    Example("Norvane reported third-quarter revenue of $8.4 billion.",
            ({"surface": "third-quarter", "as_of_start": "2024-07-01", "as_of_end": "2024-09-30",
              "as_of_precision": "part_of_year"},),
            source_date="2024-10-24"),
    Example("Revenue in the fourth quarter was $2.1 billion.",
            ({"surface": "the fourth quarter", "as_of_start": "2024-10-01", "as_of_end": "2024-12-31"},),
            source_date="2025-02-06", note="reported in February: last year's fourth quarter"),
    Example("The company expects fourth-quarter sales of about $9 billion.",
            ({"surface": "fourth-quarter", "as_of_start": "2024-10-01"},),
            source_date="2024-07-25", note="a forecast: the quarter ahead"),
    Example("Revenue for the quarter ended Sept. 30 rose 6% to $8.4 billion.",
            ({"surface": "the quarter ended Sept. 30", "as_of_start": "2024-07-01", "as_of_end": "2024-09-30"},),
            source_date="2024-10-24"),
    Example("Profit in the three months to June rose to £310m.",
            ({"surface": "the three months to June", "as_of_start": "2025-04-01", "as_of_end": "2025-06-30"},),
            source_date="2025-07-30"),
    Example("Q3 sales beat estimates, the company said.",
            ({"surface": "Q3", "as_of_start": "2023-07-01", "as_of_end": "2023-09-30"},), source_date="2023-11-02"),
    Example("Curry scored 14 points in the third quarter.", (),
            note="near miss: a period of play, no business in the sentence"),
    Example("The third quarter of the century was calm.", (), note="near miss: no reporting quarter"),
)
