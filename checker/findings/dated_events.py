"""The same event dated differently by two sources, at a precision where both cannot hold.

Two date claims speak of the same event when their descriptions share most of their
keywords, a name among them, and the dates are close: days within a week, months
adjacent.  "24 September" vs "23 September" conflict, "September" vs "24 September"
agree.  Claims are blocked by the names in their descriptions and sorted by date, so
each is compared only with the next few claims naming the same place or person within
the following weeks: never every pair.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pandas as pd

from checker.findings.evidence import Finding, records, when, who
from checker.subjects import event_keywords

NEAR_DAYS = {"day": 7, "week": 7, "month": 31}
NEIGHBOURS = 50


def find(claims: pd.DataFrame, overlap: float = 0.5) -> list[Finding]:
    dated = claims[(claims["kind"] == "date") & (claims["as_of_start"] != "")]
    rows = sorted(records(dated), key=lambda c: (c["as_of_start"], c["source"], c["start"]))
    rows = [c for c in rows if c["as_of_precision"] in NEAR_DAYS]
    keywords = [event_keywords(c["subject"]) for c in rows]
    names = [frozenset(re.findall(r"\b[A-Z][\w'-]+", c["subject"])) for c in rows]
    ends = [date.fromisoformat(c["as_of_end"]) for c in rows]
    out: list[Finding] = []
    for i, j in _candidate_pairs(rows, names, ends):
        first, second = rows[i], rows[j]
        if second["source"] == first["source"] or second["as_of_start"] <= first["as_of_end"]:
            continue  # overlapping dates agree; one source is not in conflict with itself
        if second["as_of_precision"] != first["as_of_precision"]:
            continue
        if not _same_event(keywords[i], keywords[j], overlap):
            continue
        out.append(Finding(
            "date_conflict", "error", first["subject"], "event_date",
            f"{first['as_of_start']}/{second['as_of_end']}", f"{when(first)} vs {when(second)}",
            f"{who(first)} dates \u201c{first['subject']}\u201d {when(first)} (\u201c{first['surface']}\u201d); "
            f"{who(second)} dates it {when(second)} (\u201c{second['surface']}\u201d): both cannot hold.",
            (first, second), (" ".join(sorted(keywords[i] & keywords[j])), first["as_of_start"])))
    return out


def _candidate_pairs(rows: list[dict], names: list[frozenset[str]], ends: list[date]) -> list[tuple[int, int]]:
    """Pairs (i < j) that share a name and whose dates are near, in order: blocked by
    name, so a busy archive compares each date with at most NEIGHBOURS others per name."""
    by_name: dict[str, list[int]] = {}
    for index, tokens in enumerate(names):
        for token in tokens:
            by_name.setdefault(token, []).append(index)
    pairs: set[tuple[int, int]] = set()
    for indices in by_name.values():
        for position, i in enumerate(indices):
            horizon = (ends[i] + timedelta(days=NEAR_DAYS[rows[i]["as_of_precision"]])).isoformat()
            for j in indices[position + 1:position + 1 + NEIGHBOURS]:
                if rows[j]["as_of_start"] > horizon:
                    break
                pairs.add((i, j))
    return sorted(pairs)


def _same_event(a: frozenset[str], b: frozenset[str], overlap: float) -> bool:
    if len(a) < 2 or len(b) < 2:
        return False
    return len(a & b) / min(len(a), len(b)) >= overlap and len(a & b) >= 2
