"""The timeline: every dated event and figure in date order, one entry per event.

Several sources often report the same event ("the attack on 24 September", "93
injured in May").  A reader wants that once, with the sources that report it, so
claims are merged into one entry when they state the same thing for the same time:
the same kind, measure (and value, for figures), the same as-of interval at the same
precision, and either fuzzy-similar subjects or, for a date given to the day, a
different source naming that same day.  Figures whose values differ are never merged:
that is a discrepancy for the findings to show, not something to hide here.
"""

from __future__ import annotations

import hashlib
from datetime import date

import pandas as pd
from rapidfuzz import fuzz

from checker.dates import date_label
from checker.schema import records

# token_set_ratio (0-100) at or above which two subjects name the same event: high
# enough that "meeting in Brussels" and "talks in Belgrade" stay apart, low enough
# that word order and extra words ("the city's", "the") do not matter.
SUBJECT_SIMILARITY = 75

# Figures enter the timeline when their as-of date is known: stated in the clause,
# or taken from the publication date ("currently", "now").
FIGURE_AS_OF_BASES = ("stated", "source_date")

# Finer precisions sort first among entries that start on the same day.
PRECISION_ORDER = ("day", "week", "month", "part_of_year", "year", "decade", "century", "unresolved")

TIMELINE_COLUMNS: dict[str, str] = {
    "entry_id": "str",  # stable: hash of the merged claim ids
    "when": "str",  # the as-of interval at its precision: "2023-09-24", "May 2023", "1998–1999"
    "as_of_start": "str",
    "as_of_end": "str",
    "as_of_precision": "str",
    "as_of_basis": "str",  # stated, source_date, or both ("source_date stated")
    "kind": "str",  # date | figure
    "subject": "str",  # of the first claim, in source order
    "measure": "str",
    "value": "float64",  # NaN for dates
    "unit": "str",
    "surfaces": "str",  # the words of each claim, " | " between them, in source order
    "sources": "str",  # space-separated, sorted, unique
    "locations": "str",  # space-separated "source#L<line>", in source order
    "claim_ids": "str",  # space-separated, in source order
}

def build_timeline(claims: pd.DataFrame) -> pd.DataFrame:
    """Dated claims (schema.CLAIM_COLUMNS) -> timeline entries (TIMELINE_COLUMNS), in date order."""
    dated = _dated_claims(claims)
    groups: dict[tuple, list[list[dict]]] = {}
    for claim in records(dated):
        clusters = groups.setdefault(_event_key(claim), [])
        cluster = _matching_cluster(clusters, claim)
        if cluster is None:
            clusters.append([claim])
        else:
            cluster.append(claim)
    rows = [_entry(cluster) for clusters in groups.values() for cluster in clusters]
    frame = pd.DataFrame(rows, columns=list(TIMELINE_COLUMNS))
    if frame.empty:
        return frame.astype({name: ("object" if kind == "str" else kind) for name, kind in TIMELINE_COLUMNS.items()})
    frame["_precision"] = frame["as_of_precision"].map(_precision_rank)
    frame["_kind"] = frame["kind"].map({"date": 0}).fillna(1)
    frame = frame.sort_values(
        ["as_of_start", "as_of_end", "_precision", "_kind", "subject", "measure", "value", "entry_id"],
        na_position="first",
        kind="mergesort",
    )
    return frame.drop(columns=["_precision", "_kind"]).reset_index(drop=True)


def format_when(start: str, end: str, precision: str) -> str:
    """An as-of interval as a person writes it at its precision (see dates.date_label)."""
    if not start:
        return "undated"
    try:
        first, last = date.fromisoformat(start), date.fromisoformat(end or start)
    except ValueError:
        return start if start == end or not end else f"{start} – {end}"
    return date_label(first, last, precision)


def _dated_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Date claims and figures whose as-of date is known, in source order.

    Parts of a total ("20 allies" of "20 allies and seven partners") stay out: the
    total's entry stands for them, and the arithmetic finding shows the sum.
    """
    resolved = (claims["as_of_start"] != "") & (claims["as_of_precision"] != "unresolved")
    is_date = claims["kind"] == "date"
    is_dated_figure = (
        (claims["kind"] == "figure") & claims["as_of_basis"].isin(FIGURE_AS_OF_BASES) & (claims["part_of"] == "")
    )
    chosen = claims[resolved & (is_date | is_dated_figure)]
    return chosen.sort_values(["source", "start", "end", "claim_id"], kind="mergesort")


def _event_key(claim: dict) -> tuple:
    """What must be equal for two claims to be one event; the subject is compared fuzzily."""
    value = None if pd.isna(claim["value"]) else float(claim["value"])
    return (
        claim["kind"],
        claim["measure"],
        value,
        claim["unit"],
        claim["as_of_start"],
        claim["as_of_end"],
        claim["as_of_precision"],
    )


def _matching_cluster(clusters: list[list[dict]], claim: dict) -> list[dict] | None:
    """The cluster this claim joins: the most similar subject, else the same day from another source."""
    best, best_score = None, -1.0
    for cluster in clusters:
        score = max(_subject_similarity(claim["subject"], member["subject"]) for member in cluster)
        if score >= SUBJECT_SIMILARITY and score > best_score:
            best, best_score = cluster, score
    if best is not None:
        return best
    if claim["kind"] == "date" and claim["as_of_precision"] == "day":
        for cluster in clusters:
            if claim["source"] not in {member["source"] for member in cluster}:
                return cluster
    return None


def _subject_similarity(first: str, second: str) -> float:
    if not first or not second:
        return 100.0 if first == second else 0.0
    return fuzz.token_set_ratio(first.casefold(), second.casefold())


def _entry(cluster: list[dict]) -> dict:
    first = cluster[0]
    claim_ids = [member["claim_id"] for member in cluster]
    return {
        "entry_id": hashlib.sha256(" ".join(sorted(claim_ids)).encode()).hexdigest()[:12],
        "when": format_when(first["as_of_start"], first["as_of_end"], first["as_of_precision"]),
        "as_of_start": first["as_of_start"],
        "as_of_end": first["as_of_end"],
        "as_of_precision": first["as_of_precision"],
        "as_of_basis": " ".join(sorted({member["as_of_basis"] for member in cluster})),
        "kind": first["kind"],
        "subject": first["subject"],
        "measure": first["measure"],
        "value": first["value"],
        "unit": first["unit"],
        "surfaces": " | ".join(member["surface"] for member in cluster),
        "sources": " ".join(sorted({member["source"] for member in cluster})),
        "locations": " ".join(f"{member['source']}#L{member['line']}" for member in cluster),
        "claim_ids": " ".join(claim_ids),
    }


def _precision_rank(precision: str) -> int:
    return PRECISION_ORDER.index(precision) if precision in PRECISION_ORDER else len(PRECISION_ORDER)


