"""A month, with or without a year: "In May", "last June", "May 2023", "early March 2020".

A month without a year takes the source date's year (or the year before, when the month
has not come yet), or the next occurrence when the clause speaks of the future ("to run
through June").  "Last June" is the latest June before the source's month, "next June"
the first after it, "this June" the source year's.  "May" and "March" are also a verb
and a modal, so a bare month needs a preposition (or last/this/next) before it.
"""

import re

from checker import dates
from checker.rulekit import Example, Match

LEAD = r"(?:in|since|until|till|by|from|during|through|throughout|before|after|of|last|this|next|early|mid|late|between|and|to|or|around|on)"
PATTERN = re.compile(
    rf"\b(?:(?P<part>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?"
    rf"(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?"
    rf"(?P<month>{dates.MONTH_NAMES}|(?:{dates.MONTH_ABBR})\.)(?:,?\s+(?:of\s+)?(?P<year>{dates.YEAR})"
    # "in May last year", "March of this year": the month of the year the words name
    rf"|\s+(?:of\s+)?(?P<year_rel>last|this|next)\s+year)?\b"
)
# a month naming the period of a statistic: "it cited November inflation of 3.8%", "March retail sales rose 4%"
DATA_AFTER = re.compile(r"\s+(?:(?:consumer|producer|core|headline|retail|factory|industrial|trade|house|home|car|"
                        r"non-farm|nonfarm)\s+)?(?:inflation|CPI|sales|exports|imports|output|production|"
                        r"unemployment|jobless|payrolls|employment|prices|orders|PMI|GDP|trade\s+(?:deficit|surplus))\b")
NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")  # "Theresa May": a name, no month
YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}
LEAD_BEFORE = re.compile(rf"\b{LEAD}[\s-]+$", re.IGNORECASE)


# A present verb of a fixture names the coming month ("they face a play-off in February", "the
# trial begins in September"); other present verbs tell of data ("prices are 5% higher than in June")
SCHEDULED = re.compile(r"\b(?:begins|starts|opens|takes\s+place|kicks\s+off|resumes|face|faces|meet|meets|host|"
                       r"hosts|play|plays|visit|visits|(?:is|are)\s+due)\b[^.;]{0,60}$", re.IGNORECASE)


def find(ctx):
    if not ctx.names_a_month:
        return
    for match in PATTERN.finditer(ctx.text):
        g = match.groupdict()
        part = (g["part"] or "").lower().removeprefix("the ").split(" ")[0]  # "the end of": end
        rel = (g["rel"] or "").lower().split()
        named_year = g["year"] or g["year_rel"]
        if not named_year and not part and not rel \
                and not LEAD_BEFORE.search(ctx.text[max(0, match.start() - 12):match.start()]) \
                and not (DATA_AFTER.match(ctx.text, match.end())
                         and not NAME_BEFORE.search(ctx.text, max(0, match.start() - 30), match.start())):
            continue
        month = dates.month_number(g["month"])
        if g["year"]:
            when = dates.month(int(g["year"]), month)
        elif g["year_rel"] and ctx.base:
            when = dates.month(ctx.base.year + YEAR_OFFSET[g["year_rel"].lower()], month)
        elif ctx.base and rel:
            when = _relative_month(month, ctx.base, rel[-1])
        elif (told := _told_year(ctx, match, month)) is not None:
            when = told  # "in February and March 2022", "began on 3 February 2022 and ended in May"
        elif ctx.base:
            cue = dates.tense(ctx.text[:match.start()])
            scheduled = cue in ("present", None) and SCHEDULED.search(ctx.text, max(0, match.start() - 80),
                                                                      match.start())
            when = dates.month_only(month, ctx.base, bool(cue in ("future", "until") or scheduled))
        else:
            when = None
        if when and part:
            when = dates.part_of_month(when, part)
        yield Match(match.start(), match.end(), "date", "event_date", when=when)


def _told_year(ctx, match, month: int):
    """The month in the year the sentence told with it (dates.year_told), when its tense allows."""
    year = dates.year_told(ctx.text, match.start(), match.end(), month)
    if year is None:
        return None
    when = dates.month(year, month)
    return when if dates.in_tense(when, ctx.base, dates.tense(ctx.text[:match.start()])) else None


def _relative_month(month: int, base, rel: str):
    if rel in ("last", "past"):
        return dates.month(base.year if month < base.month else base.year - 1, month)
    if rel in ("next", "coming"):
        return dates.month(base.year if month > base.month else base.year + 1, month)
    return dates.month(base.year, month)


EXAMPLES = (
    Example("In May, our troops were attacked.",
            ({"surface": "May", "as_of_start": "2023-05-01", "as_of_end": "2023-05-31",
              "as_of_precision": "month"},), source_date="2023-11-20"),
    Example("The violence in September shocked the region.",
            ({"surface": "September", "as_of_start": "2023-09-01"},), source_date="2023-11-20"),
    Example("Turnout fell sharply in May 2019.", ({"surface": "May 2019", "as_of_start": "2019-05-01"},)),
    Example("The deal was agreed in May last year.",
            ({"surface": "May last year", "as_of_start": "2024-05-01", "as_of_end": "2024-05-31"},),
            source_date="2025-12-09", note="the month of the year the words name, one claim"),
    Example("The dam was finished in early March 2020.",
            ({"surface": "early March 2020", "as_of_start": "2020-03-01", "as_of_end": "2020-03-10"},)),
    Example("Protests that began in October have spread.",
            ({"as_of_start": "2023-10-01"},), source_date="2024-01-15",
            note="a month after the source month is last year's"),
    Example("The company was founded last June.",
            ({"surface": "last June", "as_of_start": "2012-06-01", "as_of_end": "2012-06-30"},),
            source_date="2013-03-22"),
    Example("The trial opens this June.", ({"surface": "this June", "as_of_start": "2013-06-01"},),
            source_date="2013-03-22", note="this June is the source year's, even without a future cue"),
    Example("The plant will close at the beginning of March 2026.",
            ({"surface": "the beginning of March 2026", "as_of_start": "2026-03-01", "as_of_end": "2026-03-10"},)),
    Example("He resigned late last July.",
            ({"surface": "late last July", "as_of_start": "2012-07-21", "as_of_end": "2012-07-31"},),
            source_date="2013-03-22"),
    Example("It chose three companies for the programme to run through June.",
            ({"surface": "June", "as_of_start": "2013-06-01"},), source_date="2013-03-18",
            note="an infinitive running up to the month looks ahead"),
    Example("The consultation runs until March.", ({"surface": "March", "as_of_start": "2026-03-01"},),
            source_date="2026-02-10", note="a period running up to the month, under a present verb, looks ahead"),
    Example("Inflation is at its highest since March.", ({"surface": "March", "as_of_start": "2025-03-01"},),
            source_date="2026-02-10"),
    Example("Sales fell through June, the company said.", ({"surface": "June", "as_of_start": "2012-06-01"},),
            source_date="2013-03-18"),
    Example("The bank cited November inflation of 3.8%.", ({"surface": "November", "as_of_start": "2023-11-01"},),
            source_date="2024-01-10", note="a month naming the period of a statistic needs no preposition"),
    Example("Officials may decide later whether to march on.", (), note="the modal may is no month"),
    Example("May I add that March is a verb too?", ()),
)
