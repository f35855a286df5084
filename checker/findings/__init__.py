"""Findings: the claims table -> the findings table (schema.FINDING_COLUMNS).

One module per family of kinds: `series` (conflict, revision, change, corroborated),
`arithmetic`, `dated_events` (date_conflict) and `names` (name_variant).  Each is a
plain function over the claims DataFrame; this module runs them and orders the result.
"""

from __future__ import annotations

import pandas as pd

from checker import schema
from checker.config import Config
from checker.findings import arithmetic, dated_events, names, series

KIND_ORDER = ("conflict", "date_conflict", "arithmetic", "revision", "name_variant", "change", "corroborated")


def find(claims: pd.DataFrame, documents: pd.DataFrame | None, config: Config) -> pd.DataFrame:
    """Every finding for a claims table, errors first, in a stable order."""
    schema.validate(claims, schema.CLAIM_COLUMNS, "claims")
    window_days, overlap, similarity = thresholds(config)
    rows = [f.row() for f in series.find(claims, window_days)]  # rows at once: each family's
    rows += [f.row() for f in arithmetic.find(claims)]            # claim dicts are freed before
    rows += [f.row() for f in dated_events.find(claims, overlap)]  # the next family reads its own
    rows += [f.row() for f in names.find(claims, similarity)]
    return table(rows)


def thresholds(config: Config) -> tuple[int, float, float]:
    """The [findings] settings the families read: time window, event overlap, name similarity."""
    settings = config.findings
    return (int(settings["same_time_window_days"]), float(settings["event_overlap"]),
            float(settings["name_similarity"]))


def table(rows: list[dict]) -> pd.DataFrame:
    """Finding rows in the order the families found them -> the findings table.

    A finding found twice keeps its first row, so an engine that finds them elsewhere
    must hand them over in the same order (the Dask engine ranks them to do so).
    """
    if not rows:
        return schema.empty(schema.FINDING_COLUMNS)
    frame = pd.DataFrame(rows).drop_duplicates("finding_id")
    frame["_severity"] = frame["severity"].map(schema.SEVERITY_RANK)
    frame["_kind"] = frame["kind"].map({k: i for i, k in enumerate(KIND_ORDER)})
    frame = frame.sort_values(["_severity", "_kind", "subject", "measure", "as_of", "finding_id"],
                              ascending=[False, True, True, True, True, True], kind="stable")
    return schema.conform(frame, schema.FINDING_COLUMNS)
