"""Findings on the Dask cluster: the units of `checker.findings.units` on the workers.

- figures shuffled by subject and level measure: SUBJECT units;
- an extraction partition holds whole sources (shuffled by source only when two corpus
  folders hold the same file name): SOURCE units;
- date claims in time windows of about equal counts (each with the claims of the
  following `REACH_DAYS` that its own claims can meet), shuffled by window;
- name variants compare every distinct spelling with the others: the name claims are
  gathered in one partition, the NAMES unit.

Every finding carries its rank, and `findings.table` keeps the copy ranked first of a
finding found twice: the same table as in process, row for row, whichever worker found
what.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import pandas as pd

from checker import findings as findings_stage
from checker import schema
from checker.engines.dask_extract import CLAIM_PART_COLUMNS, in_table_order
from checker.findings import subject_forms, units
from checker.findings.units import RANKED_FINDING_COLUMNS, REACH_DAYS

if TYPE_CHECKING:
    from checker.engines.dask_engine import DaskCorpus

# Date claims a time window holds, about (a window also spans REACH_DAYS at least): a task's worth.
WINDOW_CLAIMS = 50_000


def find_discrepancies(corpus: DaskCorpus) -> pd.DataFrame:
    """`pipeline.find_discrepancies` on the cluster: the same findings table, row for row."""
    client = corpus.dask.client
    window_days, overlap, similarity = findings_stage.thresholds(corpus.config)
    claims = corpus.frame()
    named = client.compute(claims[claims["kind"] == "figure"]["subject"].unique(), sync=True)
    forms = subject_forms.forms(named, corpus.config.lexicon.event_prefixes)
    claims = claims.map_partitions(subject_forms.apply, forms, meta=claims._meta)
    claims = claims.map_partitions(subject_forms.nouns_as_measure, corpus.config.measures, meta=claims._meta)
    figures = units.source_claims(claims)
    meta = schema.empty(RANKED_FINDING_COLUMNS)
    subjects = units.subject_claims(claims)
    keyed = subjects.map_partitions(with_subject_unit,
                                    meta=schema.empty(CLAIM_PART_COLUMNS).assign(_unit=pd.Series(dtype="str")))
    by_subject = keyed.shuffle("_unit").map_partitions(subject_findings, window_days, meta=meta)
    # A partition holds whole sources (files, or records of a split file) unless two roots share a name.
    whole = figures if corpus.documents["source"].is_unique else figures.shuffle("source")
    by_source = whole.map_partitions(source_findings, meta=meta)
    dates = units.window_claims(claims)
    days = client.compute(dates["as_of_start"].value_counts(), sync=True)
    bounds = date_bounds(days, max(4 * corpus.dask.workers(), int(days.sum()) // WINDOW_CLAIMS))
    windowed = schema.empty(CLAIM_PART_COLUMNS).assign(_window=pd.Series(dtype="int64"))
    windows = dates.map_partitions(date_windows, bounds, meta=windowed)
    by_window = windows.shuffle("_window").map_partitions(date_findings, bounds, overlap, meta=meta)
    by_name = units.name_claims(claims).repartition(npartitions=1).map_partitions(name_findings, similarity,
                                                                                   meta=meta)
    found = schema.concat(collect(client, [by_subject, by_source, by_window, by_name]))
    return findings_stage.table(found)


def collect(client, collections: list) -> list[pd.DataFrame]:
    """Every partition of the collections, fetched as each is done and then released on
    its worker (an archive's findings are gigabytes of evidence: no worker holds them all)."""
    from distributed import as_completed

    frames = []
    parts = [part for collection in collections for part in collection.to_delayed()]
    for future in as_completed(client.compute(parts), loop=client.loop):
        frames.append(future.result())
        future.release()
    return frames


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


def with_subject_unit(frame: pd.DataFrame) -> pd.DataFrame:
    """Figures tagged with their SUBJECT unit, to shuffle by."""
    return frame.assign(_unit=units.subject_units(frame))


def subject_findings(frame: pd.DataFrame, window_days: int) -> pd.DataFrame:
    """Series and level + change arithmetic of the whole SUBJECT units a shuffle put here."""
    return units.ranked_table(units.subject_findings(in_table_order(frame), window_days))


def source_findings(frame: pd.DataFrame) -> pd.DataFrame:
    """Sums of parts, date offsets and changes in points of the whole sources a partition holds."""
    return units.ranked_table(units.source_findings(in_table_order(frame)))


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
        rows += units.window_findings(in_table_order(group), bounds[window], window_end(bounds, window),
                                      f"{window:09d}", overlap)
    return units.ranked_table(rows)


def window_end(bounds: list[str], window: int, reach: int = 0) -> str:
    """Where a window's first claims end (`reach` = 0), or the claims they can meet end."""
    if window + 1 == len(bounds):
        return "\uffff"  # after any ISO date
    return (date.fromisoformat(bounds[window + 1]) + timedelta(days=reach)).isoformat()


def name_findings(frame: pd.DataFrame, similarity: float) -> pd.DataFrame:
    """Name variants, from all the name claims in one partition."""
    return units.ranked_table(units.name_findings(in_table_order(frame), similarity))
