"""One person's age told by several sources: does it fit the time between them?

An age is a whole number of years that goes up by one on a birthday nobody states, so two
ages stated d days apart may differ by the whole years in d or one more: 47 on 24 June and
47 or 48 on 2 September fit, 52 does not.  Each stated age is compared with the first one
(the earliest as-of date); a range of as-of dates ("since 2019") counts at its end; an age
told with a death stays that age.  A surname alone may be anyone of that name.  An age
that fits is `info` (the same age twice corroborates), one that does not an `error`, and
the message shows the dates and the years between them.
"""

from __future__ import annotations

import math
from datetime import date

from checker.findings.evidence import Finding, who

DAYS_A_YEAR = 365.2425


def find_group(subject: str, rows: list[dict]) -> list[Finding]:
    """The age findings of one person's stated ages (rows of measure `age`).  Only a full
    name is one person ("the 67-year-old Smith" and "the 24-year-old Smith" are two)."""
    if len(subject.split()) < 2:
        return []
    dated = sorted((r for r in rows if r["as_of_end"]), key=lambda r: (r["as_of_end"], r["source"], r["start"]))
    if len({r["source"] for r in dated}) < 2:
        return []  # a source is not checked against itself
    first = dated[0]
    out = []
    for later in dated[1:]:
        if later["source"] == first["source"]:
            continue
        years = (date.fromisoformat(later["as_of_end"]) - date.fromisoformat(first["as_of_end"])).days / DAYS_A_YEAR
        if '"at_death"' in first["detail"] or '"at_death"' in later["detail"]:
            years = 0.0  # an age at a death does not grow
        low, high = first["value"] + math.floor(years), first["value"] + math.ceil(years)
        fits = low <= later["value"] <= high
        expected = f"{low:g}" if low == high else f"{low:g} or {high:g}"
        arithmetic = (f"{first['value']:g} on {first['as_of_end']} + {years:.1f} years = {expected} "
                      f"on {later['as_of_end']}")
        message = (f"{who(first)} gives {subject}'s age as {first['value']:g} ({first['as_of_end']}); "
                   f"{who(later)} gives {later['value']:g} ({later['as_of_end']}): {arithmetic}, "
                   + ("which fits." if fits else "which does not fit: one age is wrong."))
        out.append(Finding("arithmetic", "info" if fits else "error", subject, "age",
                           f"{first['as_of_end']}/{later['as_of_end']}", arithmetic, message, (first, later),
                           ("age", first["as_of_end"], later["as_of_end"], later["source"])))
    return out
