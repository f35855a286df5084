"""Findings on the Dask cluster: each family on the rows it needs together.

The workers run the findings modules' own per-group functions:
- figures shuffled by subject: `series.find_group` per (subject, measure, unit) and
  `arithmetic.level_changes` per subject (a level and its change are two measures);
- `arithmetic.sums`, `date_offsets` and `point_changes` read one source at a time, and an
  extraction partition holds whole sources (shuffled by source only when two corpus
  folders hold the same file name);
- `dated_events.find` per time window of date claims, each window with the claims of
  the following `REACH_DAYS` that its own claims can meet.
Name variants compare distinct spellings, few even in a large corpus: the name claims
are collected and `names.find` runs on the client.

Every finding carries a rank (`RANK_COLUMNS`: family, group keys, position in the
group), so the client hands them to `findings.table` in the in-process order, which
decides which copy of a finding found twice is kept: the same table, row for row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pandas as pd

from checker import findings as findings_stage
from checker import schema
from checker.engines.dask_extract import CLAIM_PART_COLUMNS, in_table_order
from checker.findings import arithmetic, dated_events, names, series
from checker.findings.evidence import Finding

if TYPE_CHECKING:
    from checker.engines.dask_engine import DaskCorpus

RANK_COLUMNS = {"_family": "int64", "_key1": "str", "_key2": "str", "_key3": "str", "_index": "int64"}
RANKED_FINDING_COLUMNS = schema.FINDING_COLUMNS | RANK_COLUMNS
# Families in the order findings.find concatenates them.
SERIES, SUMS, LEVEL_CHANGES, DATE_OFFSETS, POINT_CHANGES, DATED_EVENTS, NAMES = range(7)
# How far after its start a date claim can meet another: its own period (a month at
# most, among the precisions dated_events compares) plus the gap it allows after it.
REACH_DAYS = 31 + max(dated_events.NEAR_DAYS.values())
Keys = tuple[str, str, str]


def find_discrepancies(corpus: DaskCorpus) -> pd.DataFrame:
    """`pipeline.find_discrepancies` on the cluster: the same findings table, row for row."""
    client = corpus.dask.client
    window_days, overlap, similarity = findings_stage.thresholds(corpus.config)
    claims = corpus.frame()
    figures = claims[claims["kind"] == "figure"]
    meta = schema.empty(RANKED_FINDING_COLUMNS)
    plain = figures[(figures["part_of"] == "") & (figures["as_of_start"] != "")]
    by_subject = plain.shuffle("subject").map_partitions(subject_findings, window_days, meta=meta)
    # A partition holds whole sources (files, or records of a split file) unless two roots share a name.
    whole = figures if corpus.documents["source"].is_unique else figures.shuffle("source")
    by_source = whole.map_partitions(source_findings, meta=meta)
    dates = claims[(claims["kind"] == "date") & (claims["as_of_start"] != "")]
    days = client.compute(dates["as_of_start"].value_counts(), sync=True)
    bounds = date_bounds(days, 4 * corpus.dask.workers())
    windowed = schema.empty(CLAIM_PART_COLUMNS).assign(_window=pd.Series(dtype="int64"))
    windows = dates.map_partitions(date_windows, bounds, meta=windowed)
    by_window = windows.shuffle("_window").map_partitions(date_findings, bounds, overlap, meta=meta)
    on_workers = client.compute([by_subject, by_source, by_window])
    name_rows = name_findings(client.compute(claims[claims["kind"] == "name"], sync=True), similarity)
    found = pd.concat([*client.gather(on_workers), findings_part(name_rows)], ignore_index=True)
    found = found.sort_values(list(RANK_COLUMNS), kind="stable")
    return findings_stage.table(found[list(schema.FINDING_COLUMNS)].to_dict("records"))


def date_bounds(days: pd.Series, windows: int) -> list[str]:
    """Where time windows of date claims start ("" for the first): about equal counts,
    each at least `REACH_DAYS` wide, so a window re-reads little of the next."""
    bounds, start, filled = [""], None, 0
    target = days.sum() / max(1, windows)
    for day, count in days.sort_index().items():
        start = start or day
        if filled >= target and (date.fromisoformat(day) - date.fromisoformat(start)).days >= REACH_DAYS:
            bounds.append(day)
            start, filled = day, 0
        filled += count
    return bounds


def subject_findings(frame: pd.DataFrame, window_days: int) -> pd.DataFrame:
    """Series and level + change arithmetic of the whole subjects a shuffle put here."""
    claims = in_table_order(frame)
    rows: list[dict] = []
    for (subject, measure, unit), group in series.groups(claims):
        rows += ranked(series.find_group(subject, measure, group, window_days), SERIES,
                       (subject, measure, unit))
    for subject, group in claims.groupby("subject", sort=False):
        rows += ranked(arithmetic.level_changes(group), LEVEL_CHANGES, (subject, "", ""))
    return findings_part(rows)


def source_findings(frame: pd.DataFrame) -> pd.DataFrame:
    """Sums of parts, date offsets and changes in points of the whole sources a partition holds.

    Both read only claims of one source together, so one call covers the partition; a
    finding's first evidence claim names its source, which ranks it.
    """
    claims = in_table_order(frame)
    rows = (ranked(arithmetic.sums(claims), SUMS, lambda f: (f.claims[0]["source"], "", ""))
            + ranked(arithmetic.date_offsets(claims), DATE_OFFSETS, lambda f: (f.claims[0]["source"], "", ""))
            + ranked(arithmetic.point_changes(claims), POINT_CHANGES, lambda f: (f.claims[0]["source"], "", "")))
    return findings_part(rows)


def date_windows(frame: pd.DataFrame, bounds: list[str]) -> pd.DataFrame:
    """Date claims tagged with each time window that needs them: their own, and any
    earlier one whose claims can reach them (`REACH_DAYS`)."""
    starts = frame["as_of_start"]
    pieces = [frame[(starts >= low) & (starts < window_end(bounds, w, REACH_DAYS))].assign(_window=w)
              for w, low in enumerate(bounds)]
    return pd.concat(pieces, ignore_index=True)


def date_findings(frame: pd.DataFrame, bounds: list[str], overlap: float) -> pd.DataFrame:
    """Date conflicts whose first claim falls in each window a shuffle put here."""
    rows: list[dict] = []
    for window, group in frame.groupby("_window", sort=True):
        low, high = bounds[window], window_end(bounds, window)
        own = [f for f in dated_events.find(in_table_order(group), overlap) if low <= f.claims[0]["as_of_start"] < high]
        rows += ranked(own, DATED_EVENTS, (f"{window:09d}", "", ""))
    return findings_part(rows)


def window_end(bounds: list[str], window: int, reach: int = 0) -> str:
    """Where a window's first claims end (`reach` = 0), or the claims they can meet end."""
    if window + 1 == len(bounds):
        return "\uffff"  # after any ISO date
    return (date.fromisoformat(bounds[window + 1]) + timedelta(days=reach)).isoformat()


def name_findings(frame: pd.DataFrame, similarity: float) -> list[dict]:
    """Name variants, from the name claims alone (few distinct spellings: on the client)."""
    return ranked(names.find(in_table_order(frame), similarity), NAMES, ("", "", ""))



def ranked(found: Iterable[Finding], family: int, keys: Keys | Callable[[Finding], Keys]) -> list[dict]:
    """Finding rows tagged with where the in-process engine would have listed them:
    family, group keys (the same for all, or per finding), position."""
    out = []
    for i, finding in enumerate(found):
        key1, key2, key3 = keys(finding) if callable(keys) else keys
        out.append(finding.row() | {"_family": family, "_key1": key1, "_key2": key2, "_key3": key3, "_index": i})
    return out


def findings_part(rows: list[dict]) -> pd.DataFrame:
    """Ranked finding rows, each finding once: the copy ranked first, as `findings.table`
    keeps (it is first here too, so the client receives less and decides the same)."""
    if not rows:
        return schema.empty(RANKED_FINDING_COLUMNS)
    frame = pd.DataFrame(rows).sort_values(list(RANK_COLUMNS), kind="stable").drop_duplicates("finding_id")
    return schema.conform(frame, RANKED_FINDING_COLUMNS)
