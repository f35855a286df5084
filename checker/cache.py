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
import tempfile
import uuid
from functools import lru_cache
from pathlib import Path

import pandas as pd

from checker import schema
from checker.config import Config
from checker.documents import Document

# Modules whose code decides what a document's claims are.
EXTRACTION_MODULES = ("checker.claims", "checker.documents", "checker.numbers", "checker.dates",
                      "checker.figures", "checker.subjects", "checker.rulekit", "checker.schema")
KEY_COLUMN = "cache_key"
KEYS_METADATA = b"checker.cache_keys"
SEGMENT_GLOB = "claims-*.parquet"
MAX_SEGMENTS = 16  # beyond this, or when most cached rows are stale, the next run compacts


@lru_cache(maxsize=1)
def extraction_version() -> str:
    """A hash of the rules and the shared machinery they run on."""
    import importlib

    from checker_rules import rules_version

    digest = hashlib.sha256(rules_version().encode())
    for name in EXTRACTION_MODULES:
        digest.update(inspect.getsource(importlib.import_module(name)).encode())
    return digest.hexdigest()[:16]


class ClaimsCache:
    """Looks up and stores sources' claims by key; counts hits and misses (in sources)."""

    def __init__(self, folder: str | Path, enabled: bool = True):
        self.folder = Path(folder)
        self.enabled = enabled
        self.hits = 0
        self.misses = 0
        self._segments: list[tuple[Path, frozenset[str]]] | None = None

    def key(self, document: Document, config: Config) -> str:
        meta = f"{document.source}\0{document.outlet}\0{document.source_date}\0{document.body_start}"
        return hashlib.sha256(
            f"{document.sha256}\0{meta}\0{config.digest}\0{extraction_version()}".encode()
        ).hexdigest()[:32]

    def lookup(self, keys: list[str]) -> tuple[pd.DataFrame, set[str]]:
        """The cached rows of these keys, once per key (claims columns plus `cache_key`, each
        source's rows in extraction order), and the keys found.  Hits and misses count the
        sources, so two files with one key count twice."""
        wanted = set(keys)
        found: set[str] = set()
        tables = []
        for path, held in self.segments():
            needed = (held & wanted) - found
            if not needed:
                continue
            table = _read_segment(path, needed if needed != held else None)
            if table is None:
                continue
            tables.append(table)
            found |= needed
        hits = sum(key in found for key in keys)
        self.hits += hits
        self.misses += len(keys) - hits
        if not tables:
            return _empty(), found
        import pyarrow as pa

        return pa.concat_tables(tables).to_pandas(), found

    def store(self, frame: pd.DataFrame, keys: list[str]) -> None:
        """Write the rows of sources just extracted (`frame` has a `cache_key` column) as one
        segment; `keys` lists every source it covers, including those without claims."""
        if not self.enabled or not keys:
            return
        path = self.folder / f"claims-{uuid.uuid4().hex}.parquet"
        if _write_segment(frame, keys, path, self.folder) and self._segments is not None:
            self._segments.append((path, frozenset(keys)))

    def crowded(self, live_keys: set[str]) -> bool:
        """Too many segments, or more stale sources than live ones: time to compact."""
        if not self.enabled:
            return False
        segments = self.segments()
        held = set().union(*(keys for _, keys in segments)) if segments else set()
        return len(segments) > MAX_SEGMENTS or len(held - live_keys) > len(live_keys)

    def compact(self, frame: pd.DataFrame, keys: list[str]) -> None:
        """Replace every segment with one holding exactly these rows (this run's corpus)."""
        old = set(self.folder.glob(SEGMENT_GLOB))  # damaged segments too: they go as well
        self._segments = None
        path = self.folder / f"claims-{uuid.uuid4().hex}.parquet"
        if not _write_segment(frame, keys, path, self.folder):
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
                paths = sorted(self.folder.glob(SEGMENT_GLOB), key=_mtime)
                self._segments = [(path, keys) for path in paths if (keys := _segment_keys(path)) is not None]
        return self._segments

    def stats(self) -> dict[str, int]:
        return {"hits": self.hits, "misses": self.misses}


def with_keys(frame: pd.DataFrame, keys: list[str], counts: list[int]) -> pd.DataFrame:
    """`frame` (rows of several sources, in order) with each row's source key."""
    out = frame.copy()
    out[KEY_COLUMN] = pd.Series([k for k, n in zip(keys, counts) for _ in range(n)], dtype="str",
                                index=out.index)
    return out


def _empty() -> pd.DataFrame:
    return schema.empty({**schema.CLAIM_COLUMNS, KEY_COLUMN: "str"})


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _segment_keys(path: Path) -> frozenset[str] | None:
    """The keys a segment covers, or None when it is not one of ours (damaged, old schema)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        arrow_schema = pq.read_schema(path)
    except (OSError, ValueError, pa.ArrowException):  # a damaged or truncated file
        return None
    if arrow_schema.names != [*schema.CLAIM_COLUMNS, KEY_COLUMN]:
        return None
    try:
        return frozenset(json.loads((arrow_schema.metadata or {}).get(KEYS_METADATA, b"")))
    except ValueError:
        return None


def _read_segment(path: Path, keys: set[str] | None):
    """The rows of `keys` (all rows for None) in one segment, as an Arrow table; None when
    it cannot be read."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
        if keys is None:
            return table
        return table.filter(pc.is_in(table[KEY_COLUMN], value_set=pa.array(sorted(keys), pa.string())))
    except (OSError, ValueError, pa.ArrowException):  # damaged since its schema was read
        return None


def _write_segment(frame: pd.DataFrame, keys: list[str], path: Path, folder: Path) -> bool:
    """Write atomically (temporary file, then rename); False when the folder is not writable."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = [*schema.CLAIM_COLUMNS, KEY_COLUMN]
    table = pa.Table.from_pandas(schema.conform(frame, {**schema.CLAIM_COLUMNS, KEY_COLUMN: "str"})
                                 if len(frame) else _empty(), preserve_index=False)
    table = table.select(columns).replace_schema_metadata({KEYS_METADATA: json.dumps(sorted(set(keys)))})
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".tmp") as handle:
            pq.write_table(table, handle, compression="snappy")
        os.replace(handle.name, path)
    except OSError:
        try:
            os.unlink(handle.name)
        except (OSError, UnboundLocalError):
            pass
        return False  # a read-only corpus still works, just without a cache
    return True
