"""A full calendar date: "4 March 2021", "March 4, 2021", "Monday (20 November 2023)".

The most precise date a story states; needs no source date to resolve.  ISO dates
("2021-03-04") count too.  A day, month and year that cannot exist ("31 February 2023")
are not a date.
"""

import re

from checker import dates
from checker.rulekit import Example, Match

PATTERN = re.compile(
    rf"\b(?:(?:{dates.WEEKDAY}),?\s+\(?)?"
    rf"(?:(?:the\s+)?(?P<d1>{dates.DAY})(?:\s+of)?\s+(?P<m1>{dates.MONTH}),?\s+(?P<y1>{dates.YEAR})"
    rf"|(?P<m2>{dates.MONTH})\s+(?P<d2>{dates.DAY}),?\s+(?P<y2>{dates.YEAR})"
    rf"|(?P<y3>{dates.YEAR})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12]\d|3[01]))\b\)?"
)

ISO_HINT = re.compile(r"\d-[01]\d-")  # what an ISO date needs when no month is named


def find(ctx):
    if not ctx.names_a_month and not ISO_HINT.search(ctx.text):
        return
    for match in PATTERN.finditer(ctx.text):
        g = match.groupdict()
        if g["y3"]:
            value = dates.day(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        else:
            d, m, y = (g["d1"], g["m1"], g["y1"]) if g["y1"] else (g["d2"], g["m2"], g["y2"])
            value = dates.day(int(y), dates.month_number(m), dates.day_number(d))
        if value:
            end = match.end() - (1 if match.group(0).endswith(")") and "(" not in match.group(0) else 0)
            yield Match(match.start(), end, "date", "event_date", when=value)


EXAMPLES = (
    Example("Geneva, 4 March 2021 (Wire): the two leaders met.",
            ({"surface": "4 March 2021", "as_of_start": "2021-03-04", "as_of_precision": "day"},)),
    Example("The ceasefire was signed on March 3, 2024, in Doha.",
            ({"surface": "March 3, 2024", "as_of_start": "2024-03-03", "as_of_end": "2024-03-03"},)),
    Example("The minister resigned on Friday (12 January 2024) after the vote.",
            ({"surface": "Friday (12 January 2024)", "as_of_start": "2024-01-12"},)),
    Example("Figures published 2023-05-01 show a rise.", ({"as_of_start": "2023-05-01"},)),
    Example("The report was dated 31 February 2023.", (), note="near miss: no such day"),
    Example("Some 2,022 people signed the petition.", ()),
)
