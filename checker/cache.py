"""Extraction cache: each source's claim rows, keyed by everything extraction depends on.

Adding one article to a corpus of thousands extracts only that article.  The key covers
the source's bytes, its metadata (source date, outlet), the merged vocabulary, and the
source of every rule and of the shared machinery, so changing a rule invalidates the
cache.  The folder is safe to delete.

Entries are Parquet *segments* (data, never pickle): each run that extracts something
writes one segment holding the new rows, tagged with their source's key, and lists its
keys in the file's metadata, so a source without claims is cached too.  Loading reads
the claims of a 10,000-article corpus as columns in well under a second, where one JSON
file per source took tens of seconds.  When segments pile up, or most of their rows
belong to sources no longer in the corpus, the next run writes one compacted segment
and removes the rest.  A damaged or foreign segment is ignored, never trusted.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import numpy as np
import pandas as pd

from checker import schema
from checker.config import Config
from checker.documents import Document

# Modules whose code decides what a document's claims are.
EXTRACTION_MODULES = ("checker.claims", "checker.documents", "checker.numbers", "checker.dates",
                      "checker.figures", "checker.subjects", "checker.rulekit", "checker.schema",
                      "checker.outlook", "checker.alternation", "checker.units", "checker.config",
                      "checker.gapping", "checker.gazetteer")
# Packages whose data decides them too (a new release may name places otherwise).
EXTRACTION_DATA = ("pycountry",)
KEY_COLUMN = "cache_key"
KEYS_METADATA = b"checker.cache_keys"
MAX_SEGMENTS = 16  # beyond this, or when most cached rows are stale, the next run compacts


@lru_cache(maxsize=1)
def extraction_version() -> str:
    """A hash of the rules and the shared machinery they run on."""
    import importlib

    from checker_rules import rules_version

    digest = hashlib.sha256(rules_version().encode())
    for name in EXTRACTION_MODULES:
        digest.update(inspect.getsource(importlib.import_module(name)).encode())
    for package in EXTRACTION_DATA:
        digest.update(f"{package}=={metadata.version(package)}".encode())
    return digest.hexdigest()[:16]


class SegmentCache:
    """Rows of a table stored by key in Parquet segments named `<name>-*.parquet`: looks
    them up, stores new ones, compacts; counts hits and misses (in keys)."""

    def __init__(self, folder: str | Path, name: str, columns: dict[str, str], enabled: bool = True):
        self.folder = Path(folder)
        self.enabled = enabled
        self.name = name
        self.columns = {**columns, KEY_COLUMN: "str"}
        self.hits = 0
        self.misses = 0
        self._segments: list[tuple[Path, frozenset[str]]] | None = None

    def lookup(self, keys: list[str]) -> tuple[pd.DataFrame, set[str]]:
        """The cached rows of these keys, once per key (the table's columns plus `cache_key`,
        each key's rows in the order stored), and the keys found.  Hits and misses count
        the keys asked for, so a key asked for twice counts twice."""
        wanted = set(keys)
        found: set[str] = set()
        tables = []
        for path, held in self.segments():
            needed = (held & wanted) - found
            if not needed:
                continue
            table = _read_segment(path, needed if needed != held else None, self.columns)
            if table is None:
                continue
            tables.append(table)
            found |= needed
        hits = sum(key in found for key in keys)
        self.hits += hits
        self.misses += len(keys) - hits
        if not tables:
            return schema.empty(self.columns), found
        import pyarrow as pa

        return pa.concat_tables(tables).to_pandas(), found

    def store(self, frame: pd.DataFrame, keys: list[str]) -> None:
        """Write rows just computed (`frame` has a `cache_key` column) as one segment; `keys`
        lists every key it covers, including those without rows."""
        with self.segment(keys) as segment:
            segment.write(frame)

    @contextmanager
    def segment(self, keys: list[str]) -> Iterator[SegmentWriter | _NoSegment]:
        """A new segment covering `keys`, written a frame at a time (`.write(frame)`), put in
        place when the block ends; dropped if it raises.  Nothing is written without keys."""
        if not self.enabled or not keys:
            yield _NoSegment()
            return
        path = self.folder / f"{self.name}-{uuid.uuid4().hex}.parquet"
        writer = SegmentWriter(path, keys, self.columns)
        try:
            yield writer
        except BaseException:
            writer.abort()
            raise
        if writer.commit() and self._segments is not None:
            self._segments.append((path, frozenset(keys)))

    def crowded(self, live_keys: set[str]) -> bool:
        """Too many segments, or more stale sources than live ones: time to compact."""
        if not self.enabled:
            return False
        segments = self.segments()
        held = set().union(*(keys for _, keys in segments)) if segments else set()
        return len(segments) > MAX_SEGMENTS or len(held - live_keys) > len(live_keys)

    def compact(self, frame: pd.DataFrame, keys: list[str]) -> None:
        """Replace every segment with one holding exactly these rows (this run's)."""
        old = set(self.folder.glob(f"{self.name}-*.parquet"))  # damaged segments too: they go as well
        self._segments = None
        path = self.folder / f"{self.name}-{uuid.uuid4().hex}.parquet"
        if not _write_segment(frame, keys, path, self.columns):
            return
        for stale in old - {path}:
            try:
                stale.unlink()
            except OSError:
                pass  # another run removed it, or the folder is read-only: harmless

    def segments(self) -> list[tuple[Path, frozenset[str]]]:
        """Readable segments and the keys each covers, newest last (read once per run)."""
        if self._segments is None:
            self._segments = []
            if self.enabled:
                paths = sorted(self.folder.glob(f"{self.name}-*.parquet"), key=_mtime)
                self._segments = [(path, keys) for path in paths
                                  if (keys := _segment_keys(path, self.columns)) is not None]
        return self._segments

    def stats(self) -> dict[str, int]:
        return {"hits": self.hits, "misses": self.misses}


class ClaimsCache(SegmentCache):
    """Sources' claims by source key (`key`); hits and misses count sources."""

    def __init__(self, folder: str | Path, enabled: bool = True):
        super().__init__(folder, "claims", schema.CLAIM_COLUMNS, enabled)

    def key(self, document: Document, config: Config) -> str:
        meta = f"{document.source}\0{document.outlet}\0{document.source_date}\0{document.body_start}"
        return hashlib.sha256(
            f"{document.sha256}\0{meta}\0{config.digest}\0{extraction_version()}".encode()
        ).hexdigest()[:32]


class _NoSegment:
    """What `segment` gives when nothing is to be stored."""

    def write(self, frame: pd.DataFrame) -> None:
        pass


def with_keys(frame: pd.DataFrame, keys: list[str], counts: list[int]) -> pd.DataFrame:
    """`frame` (rows of several sources, in order) with each row's source key (the other
    columns are shared with `frame`, not copied)."""
    out = frame.copy(deep=False)
    out[KEY_COLUMN] = pd.Series(np.repeat(np.array(keys, dtype=object), counts), dtype="str", index=out.index)
    return out


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _segment_keys(path: Path, columns: dict[str, str]) -> frozenset[str] | None:
    """The keys a segment covers, or None when it is not one of ours (damaged, old schema)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        arrow_schema = pq.read_schema(path)
    except (OSError, ValueError, pa.ArrowException):  # a damaged or truncated file
        return None
    if arrow_schema.names != list(columns):
        return None
    try:
        return frozenset(json.loads((arrow_schema.metadata or {}).get(KEYS_METADATA, b"")))
    except ValueError:
        return None


def _read_segment(path: Path, keys: set[str] | None, columns: dict[str, str]):
    """The rows of `keys` (all rows for None) in one segment, as an Arrow table; None when
    it cannot be read."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
        if table.schema.names != list(columns):  # replaced by another kind of file since listed
            return None
        if keys is None:
            return table
        return table.filter(pc.is_in(table[KEY_COLUMN], value_set=pa.array(sorted(keys), pa.string())))
    except (OSError, ValueError, pa.ArrowException):  # damaged since its schema was read
        return None


def _write_segment(frame: pd.DataFrame, keys: list[str], path: Path, columns: dict[str, str]) -> bool:
    """Write one frame as a segment; False when the folder is not writable."""
    writer = SegmentWriter(path, keys, columns)
    writer.write(frame)
    return writer.commit()


class SegmentWriter:
    """A segment written a frame at a time (so a large run never holds all its new rows
    twice), then atomically: a temporary file renamed into place by `commit`.  Writing to
    a folder that is not writable is not an error: the corpus just runs without a cache."""

    def __init__(self, path: Path, keys: list[str], columns: dict[str, str]):
        import pyarrow as pa

        self.path, self.columns = path, columns
        self.temporary = path.with_name(path.name + ".tmp")
        empty = pa.Table.from_pandas(schema.empty(columns), preserve_index=False).select(list(columns))
        self.schema = empty.schema.with_metadata({KEYS_METADATA: json.dumps(sorted(set(keys)))})
        self._writer = None
        self._failed = False

    def write(self, frame: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._failed:
            return
        try:
            if self._writer is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._writer = pq.ParquetWriter(str(self.temporary), self.schema, compression="snappy")
            if len(frame):
                table = pa.Table.from_pandas(schema.conform(frame, self.columns), preserve_index=False)
                self._writer.write_table(table.select(list(self.columns)).cast(self.schema))
        except OSError:
            self.abort()
            self._failed = True

    def commit(self) -> bool:
        """Put the segment in place; False when it could not be written."""
        if self._writer is None and not self._failed:
            self.write(schema.empty(self.columns))  # a segment of keys without rows
        if self._failed:
            return False
        try:
            self._writer.close()
            os.replace(self.temporary, self.path)
        except OSError:
            self.abort()
            return False
        return True

    def abort(self) -> None:
        """Drop what was written (a run that failed half-way leaves no segment)."""
        try:
            if self._writer is not None:
                self._writer.close()
        except (OSError, ValueError):
            pass
        self._writer = None
        try:
            self.temporary.unlink()
        except OSError:
            pass
