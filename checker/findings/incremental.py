"""The in-process findings stage, unit by unit, re-finding only what changed.

A newsroom re-checks a folder of thousands of articles each time one is added; the new
article touches a few subjects' measures, one source and a few months of dates.  Each
unit of `checker.findings.units` gets a digest: the sum of its claims' row hashes (any
change to any column of any of its claims changes it), its key, the thresholds it runs
with, and the source of the findings code.  A unit whose digest the cache holds is not
run again: its ranked findings are read back.  The cache is the extraction cache's kind
of Parquet segments (`findings-*.parquet`), in the same folder.
"""

from __future__ import annotations

import hashlib
import inspect
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from checker import schema
from checker.cache import KEY_COLUMN, SegmentCache
from checker.findings import dated_events, units

# Modules whose code decides what a unit's findings are (messages included).
FINDINGS_MODULES = ("checker.findings.units", "checker.findings.series", "checker.findings.ages",
                    "checker.findings.arithmetic",
                    "checker.findings.dated_events", "checker.findings.names", "checker.findings.evidence",
                    "checker.findings.subject_forms",
                    "checker.numbers", "checker.dates", "checker.units", "checker.subjects", "checker.schema",
                    "checker.figures")
Runner = Callable[[pd.DataFrame], list[dict]]


@dataclass
class Units:
    """One family's units: their digests, and how to find the ranked findings (with
    `cache_key`) of those whose digests are given."""

    digests: list[str]
    find: Callable[[set[str]], pd.DataFrame]


@lru_cache(maxsize=1)
def findings_version() -> str:
    """A hash of the code the findings come from: changing it re-finds every unit."""
    import importlib

    digest = hashlib.sha256()
    for name in FINDINGS_MODULES:
        digest.update(inspect.getsource(importlib.import_module(name)).encode())
    digest.update(resources.files("checker.data").joinpath("given_names.toml").read_bytes())  # names' data
    return digest.hexdigest()[:16]


class FindingsCache(SegmentCache):
    """Units' ranked findings by unit digest; hits and misses count units."""

    def __init__(self, folder: str | Path, enabled: bool = True):
        super().__init__(folder, "findings", units.RANKED_FINDING_COLUMNS, enabled)


def find_ranked(claims: pd.DataFrame, window_days: int, overlap: float, similarity: float,
                cache: FindingsCache | None = None) -> pd.DataFrame:
    """Every unit's ranked findings (units.RANKED_FINDING_COLUMNS, plus `cache_key`: the
    unit's digest), in no particular order; units the cache holds are read, the rest found."""
    claims = claims.reset_index(drop=True)  # positions index the row hashes
    hashes = pd.util.hash_pandas_object(claims, index=False).to_numpy()
    version = findings_version()
    subjects = units.subject_claims(claims)
    figures = units.source_claims(claims)
    families = [
        _by_key(subjects, units.subject_units(subjects), units.subject_unit_of, hashes,
                f"{version}|subject|{window_days}", lambda frame: units.subject_findings(frame, window_days)),
        _by_key(figures, figures["source"], lambda row: row["_key1"], hashes, f"{version}|source",
                units.source_findings),
        _by_window(units.window_claims(claims), hashes, f"{version}|window|{overlap}", overlap),
        _whole(units.name_claims(claims), hashes, f"{version}|names|{similarity}",
               lambda frame: units.name_findings(frame, similarity)),
    ]
    live = [digest for family in families for digest in family.digests]
    cached, held = cache.lookup(live) if cache is not None else (_frame([]), set())
    new = _concat([family.find(set(family.digests) - held) for family in families])
    found = _concat([cached, new])
    if cache is not None:
        missing = set(live) - held
        if missing and not cache.crowded(set(live)):
            cache.store(new, sorted(missing))
        if cache.crowded(set(live)):  # checked again: the segment just written may tip it
            cache.compact(found, live)
    return found


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    return schema.concat([f for f in frames if len(f)] or frames[:1])


def _by_key(frame: pd.DataFrame, keys: pd.Series, unit_of: Callable[[dict], str], hashes: np.ndarray,
            label: str, run: Runner) -> Units:
    """Units of the rows sharing a key (a SUBJECT unit, a source); the missing ones are
    found in one call, and `unit_of` tells from a finding's rank keys which unit it is of."""
    values, codes = _keys(keys)
    digests = _digests(label, values, _sums(hashes[frame.index.to_numpy()], codes, len(values)),
                       np.bincount(codes, minlength=len(values)))

    def find(missing: set[str]) -> pd.DataFrame:
        if not missing:
            return _frame([])
        wanted = [value for value, digest in zip(values, digests) if digest in missing]
        chosen = frame if len(wanted) == len(values) else frame[keys.isin(wanted)]
        digest_of = dict(zip(values, digests))
        return _frame([row | {KEY_COLUMN: digest_of[unit_of(row)]} for row in run(chosen)])

    return Units(digests, find)


def _by_window(frame: pd.DataFrame, hashes: np.ndarray, label: str, overlap: float) -> Units:
    """Date WINDOW units: the date claims of one precision in a window (`units.window_of`),
    plus those of that precision's reach after it: a new article's "on Tuesday" touches
    one month of days, not a quarter of every precision.  The missing ones are read as
    rows once and each is a slice of them."""
    starts = frame["as_of_start"].to_numpy(dtype=object)
    precisions = frame["as_of_precision"].to_numpy(dtype=object)
    row_hashes = hashes[frame.index.to_numpy()]
    keys, spans, digests = [], [], []
    for precision in sorted(set(precisions)):
        positions = np.flatnonzero(precisions == precision)
        order = positions[np.argsort(starts[positions], kind="stable")]
        ordered = starts[order]
        cumulative = np.concatenate([[np.uint64(0)], np.cumsum(row_hashes[order], dtype=np.uint64)])
        for window in sorted({units.window_of(start, precision) for start in set(ordered)}):
            low, high = units.window_bounds(window)
            first, last = np.searchsorted(ordered, [low, units.reach(high, precision)], side="left")
            keys.append(f"{window} {precision}")
            spans.append((precision, low, high, order[first:last]))
            digests.append(_digest(label, keys[-1], (int(cumulative[last]) - int(cumulative[first])) % 2**64,
                                   int(last - first)))

    def find(missing: set[str]) -> pd.DataFrame:
        wanted = [(key, span, digest) for key, span, digest in zip(keys, spans, digests) if digest in missing]
        if not wanted:
            return _frame([])
        needed = np.unique(np.concatenate([positions for _, (_, _, _, positions), _ in wanted]))
        by_precision: dict[str, list[dict]] = {}
        for row in dated_events.dated_rows(frame if len(needed) == len(frame) else frame.iloc[needed]):
            by_precision.setdefault(row["as_of_precision"], []).append(row)  # each still by date
        days = {precision: [row["as_of_start"] for row in rows] for precision, rows in by_precision.items()}
        read: dict = {}  # each description's reading, once for every window
        found: list[dict] = []
        for key, (precision, low, high, _), digest in wanted:
            rows, starts_at = by_precision.get(precision, []), days.get(precision, [])  # (all "by" dates: none)
            window = rows[bisect_left(starts_at, low):bisect_left(starts_at, units.reach(high, precision))]
            found += [row | {KEY_COLUMN: digest}
                      for row in units.window_findings_sorted(window, low, high, key, overlap, read)]
        return _frame(found)

    return Units(digests, find)


def _whole(frame: pd.DataFrame, hashes: np.ndarray, label: str, run: Runner) -> Units:
    """One unit of all these rows."""
    digest = _digest(label, "", int(np.add.reduce(hashes[frame.index.to_numpy()], dtype=np.uint64)), len(frame))
    return Units([digest], lambda missing: _frame([row | {KEY_COLUMN: digest} for row in run(frame)] if missing else []))


def _keys(column: pd.Series) -> tuple[list[str], np.ndarray]:
    codes, values = pd.factorize(column, sort=False)
    return list(values), codes


def _sums(hashes: np.ndarray, codes: np.ndarray, count: int) -> np.ndarray:
    """Per unit, the sum of its rows' 64-bit hashes (wrapping): the same set of rows, the same sum."""
    sums = np.zeros(count, dtype=np.uint64)
    np.add.at(sums, codes, hashes)
    return sums


def _digests(label: str, values: list[str], sums: np.ndarray, counts: np.ndarray) -> list[str]:
    return [_digest(label, value, int(total), int(count)) for value, total, count in zip(values, sums, counts)]


def _digest(label: str, key: str, total: int, count: int) -> str:
    return hashlib.sha256(f"{label}\0{key}\0{total}\0{count}".encode()).hexdigest()[:32]


def _frame(rows: list[dict]) -> pd.DataFrame:
    columns = {**units.RANKED_FINDING_COLUMNS, KEY_COLUMN: "str"}
    if not rows:
        return schema.empty(columns)
    return schema.conform(pd.DataFrame(rows), columns)
