"""A month, with or without a year: "In May", "in September", "May 2023", "early March 2020".

A month without a year takes the source date's year (or the year before, when the month
has not come yet), or the next occurrence when the clause speaks of the future.  "May"
and "March" are also a verb and a modal, so a bare month needs a preposition before it.
"""

import re

from checker import dates
from checker.rulekit import Example, Match

LEAD = r"(?:in|since|until|till|by|from|during|through|throughout|before|after|of|last|this|next|early|mid|late|between|and|to|or|around|on)"
PATTERN = re.compile(
    rf"\b(?:(?P<part>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?"
    rf"(?P<month>{dates.MONTH_NAMES}|(?:{dates.MONTH_ABBR})\.)(?:,?\s+(?:of\s+)?(?P<year>{dates.YEAR}))?\b"
)
LEAD_BEFORE = re.compile(rf"\b{LEAD}[\s-]+$", re.IGNORECASE)


def find(ctx):
    for match in PATTERN.finditer(ctx.text):
        g = match.groupdict()
        part = (g["part"] or "").split()[-1] if g["part"] else ""
        if not g["year"] and not part and not LEAD_BEFORE.search(ctx.text[max(0, match.start() - 12):match.start()]):
            continue
        month = dates.month_number(g["month"])
        if g["year"]:
            when = dates.month(int(g["year"]), month)
        elif ctx.base:
            when = dates.month_only(month, ctx.base, dates.is_future(ctx.text[:match.start()]))
        else:
            when = None
        if when and part:
            when = dates.part_of_month(when, part)
        yield Match(match.start(), match.end(), "date", "event_date", when=when)


EXAMPLES = (
    Example("In May, our troops were attacked.",
            ({"surface": "May", "as_of_start": "2023-05-01", "as_of_end": "2023-05-31",
              "as_of_precision": "month"},), source_date="2023-11-20"),
    Example("The violence in September shocked the region.",
            ({"surface": "September", "as_of_start": "2023-09-01"},), source_date="2023-11-20"),
    Example("Turnout fell sharply in May 2019.", ({"surface": "May 2019", "as_of_start": "2019-05-01"},)),
    Example("The dam was finished in early March 2020.",
            ({"surface": "early March 2020", "as_of_start": "2020-03-01", "as_of_end": "2020-03-10"},)),
    Example("Protests that began in October have spread.",
            ({"as_of_start": "2023-10-01"},), source_date="2024-01-15",
            note="a month after the source month is last year's"),
    Example("Officials may decide later whether to march on.", (), note="the modal may is no month"),
    Example("May I add that March is a verb too?", ()),
)
