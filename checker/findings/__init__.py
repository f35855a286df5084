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
    settings = config.findings
    found = (
        series.find(claims, int(settings["same_time_window_days"]))
        + arithmetic.find(claims)
        + dated_events.find(claims, float(settings["event_overlap"]))
        + names.find(claims, float(settings["name_similarity"]))
    )
    if not found:
        return schema.empty(schema.FINDING_COLUMNS)
    frame = pd.DataFrame([f.row() for f in found]).drop_duplicates("finding_id")
    frame["_severity"] = frame["severity"].map(schema.SEVERITY_RANK)
    frame["_kind"] = frame["kind"].map({k: i for i, k in enumerate(KIND_ORDER)})
    frame = frame.sort_values(["_severity", "_kind", "subject", "measure", "as_of", "finding_id"],
                              ascending=[False, True, True, True, True, True], kind="stable")
    return schema.conform(frame, schema.FINDING_COLUMNS)
