"""Findings: the claims table -> the findings table (schema.FINDING_COLUMNS).

One module per family of kinds: `series` (conflict, revision, change, corroborated),
`arithmetic`, `dated_events` (date_conflict) and `names` (name_variant).  Each is a
plain function over the claims DataFrame, once `subject_forms` has given a place one name
across outlets.  `units` cuts the table into the claims each part of a family needs
together, `incremental` runs the units (re-finding only those a change touched, when
given a cache), and this module orders the result.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from checker import schema
from checker.config import Config
from checker.findings import incremental, subject_forms
from checker.findings.incremental import FindingsCache
from checker.findings.units import RANK_COLUMNS

KIND_ORDER = ("conflict", "date_conflict", "arithmetic", "revision", "name_variant", "change", "corroborated")


def find(claims: pd.DataFrame, documents: pd.DataFrame | None, config: Config,
         cache: FindingsCache | None = None) -> pd.DataFrame:
    """Every finding for a claims table, errors first, in a stable order.  With a cache,
    only the units whose claims changed since it was filled are found again."""
    schema.validate(claims, schema.CLAIM_COLUMNS, "claims")
    window_days, overlap, similarity = thresholds(config)
    # "Portugal's Alentejo" is "Alentejo"; "soldiers" are "troops"
    claims = subject_forms.unify(claims, config.lexicon.event_prefixes, config.measures)
    return table(incremental.find_ranked(claims, window_days, overlap, similarity, cache))


def thresholds(config: Config) -> tuple[int, float, float]:
    """The [findings] settings the families read: time window, event overlap, name similarity."""
    settings = config.findings
    return (int(settings["same_time_window_days"]), float(settings["event_overlap"]),
            float(settings["name_similarity"]))


def table(rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """Ranked finding rows (`units.RANK_COLUMNS`), in any order -> the findings table.

    A finding found twice keeps the row ranked first, so every engine hands its rows over
    ranked.  The order is worked out on the key columns and the rows (evidence and all)
    are taken once: an archive's findings are gigabytes of evidence.
    """
    if len(rows) == 0:
        return schema.empty(schema.FINDING_COLUMNS)
    frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows)
    return schema.conform(frame.take(order(frame)), schema.FINDING_COLUMNS)


def order(frame: pd.DataFrame) -> np.ndarray:
    """Positions of the findings table's rows in `frame`: in rank order, each finding
    once, then errors first, by kind, subject, measure, date and id (stable)."""
    keys = frame[[*RANK_COLUMNS, "finding_id", "severity", "kind", "subject", "measure", "as_of"]]
    keys = keys.reset_index(drop=True).sort_values(list(RANK_COLUMNS), kind="stable").drop_duplicates("finding_id")
    keys = keys.assign(_severity=keys["severity"].map(schema.SEVERITY_RANK),
                       _kind=keys["kind"].map({k: i for i, k in enumerate(KIND_ORDER)}))
    keys = keys.sort_values(["_severity", "_kind", "subject", "measure", "as_of", "finding_id"],
                            ascending=[False, True, True, True, True, True], kind="stable")
    return keys.index.to_numpy()
