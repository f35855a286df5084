"""The same event dated differently by two sources, at a precision where both cannot hold.

Two date claims speak of the same event when their descriptions share most of their
keywords, a name among them, and the dates are close: days within a week, months
adjacent.  "24 September" vs "23 September" conflict, "September" vs "24 September"
agree.  Sorted by date, each claim is compared only with the claims of the following
weeks: no comparison of every pair.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pandas as pd

from checker.findings.evidence import Finding, records, when, who
from checker.subjects import event_keywords

NEAR_DAYS = {"day": 7, "week": 7, "month": 31}


def find(claims: pd.DataFrame, overlap: float = 0.5) -> list[Finding]:
    dated = claims[(claims["kind"] == "date") & (claims["as_of_start"] != "")]
    rows = sorted(records(dated), key=lambda c: (c["as_of_start"], c["source"], c["start"]))
    rows = [c for c in rows if c["as_of_precision"] in NEAR_DAYS]
    keywords = [event_keywords(c["subject"]) for c in rows]
    names = [frozenset(re.findall(r"\b[A-Z][\w'-]+", c["subject"])) for c in rows]
    ends = [date.fromisoformat(c["as_of_end"]) for c in rows]
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for i, first in enumerate(rows):
        horizon = ends[i] + timedelta(days=NEAR_DAYS[first["as_of_precision"]])
        for j in range(i + 1, len(rows)):
            second = rows[j]
            if date.fromisoformat(second["as_of_start"]) > horizon:
                break
            if second["source"] == first["source"] or second["as_of_start"] <= first["as_of_end"]:
                continue  # overlapping dates agree; one source is not in conflict with itself
            if second["as_of_precision"] != first["as_of_precision"] or not names[i] & names[j]:
                continue
            if not _same_event(keywords[i], keywords[j], overlap):
                continue
            key = (first["claim_id"], second["claim_id"])
            if key in seen:
                continue
            seen.add(key)
            out.append(Finding(
                "date_conflict", "error", first["subject"], "event_date",
                f"{first['as_of_start']}/{second['as_of_end']}", f"{when(first)} vs {when(second)}",
                f"{who(first)} dates \u201c{first['subject']}\u201d {when(first)} (\u201c{first['surface']}\u201d); "
                f"{who(second)} dates it {when(second)} (\u201c{second['surface']}\u201d): both cannot hold.",
                (first, second), (" ".join(sorted(keywords[i] & keywords[j])), first["as_of_start"])))
    return out


def _same_event(a: frozenset[str], b: frozenset[str], overlap: float) -> bool:
    if len(a) < 2 or len(b) < 2:
        return False
    return len(a & b) / min(len(a), len(b)) >= overlap and len(a & b) >= 2
