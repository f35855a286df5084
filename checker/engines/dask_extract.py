"""Extraction on the Dask workers: list, read and extract sources; the claims partitions.

Each task calls what the in-process engine calls (`sources.discover`,
`sources.read_all`, the cache, `claims.extract_records`) on whole files or on pieces
of large JSON Lines and Parquet files, and tags every claim with `_entry`, `_piece`,
`_item`, `_row` (file, piece of the plan, document in the piece, row in the document),
so sorting by `TABLE_ORDER` gives exactly the in-process claims table.  Workers return
plain data: an InputError becomes (path, problem), as it does not survive pickling.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from checker import claims as claims_stage
from checker import schema, sources
from checker.cache import KEY_COLUMN, ClaimsCache, with_keys
from checker.config import Config, load_config
from checker.documents import Document
from checker.errors import InputError
from checker.sources import Entry, Piece

# What a task reads: (number of the piece in the plan, number of the file, the file, the
# piece of it or None for all of it, a Parquet file's duplicate rows when already known).
Item = tuple[int, int, Entry, Piece | None, dict[int, int] | None]

ORDER_COLUMNS = {"_entry": "int64", "_piece": "int64", "_item": "int64", "_row": "int64"}
TABLE_ORDER = [*schema.CLAIM_ORDER, *ORDER_COLUMNS]  # claims.table's sort, ties in input order
CLAIM_PART_COLUMNS = schema.CLAIM_COLUMNS | ORDER_COLUMNS
PART_NAME = "part.{:06d}.parquet"


@dataclass
class Survey:
    """What listing the paths on a worker found."""

    roots: list[Path]
    entries: list[Entry]
    sizes: list[int]  # bytes of each entry's file (a split Parquet file's: uncompressed), to size partitions
    row_groups: dict[int, list[int]]  # bytes of each row group of the Parquet files with several
    config: Config
    describe: str  # the paths as given, for "no sources found"
    default_cache_dir: Path


@dataclass
class Part:
    """What one extraction task hands back; its claims are in its Parquet file."""

    path: str  # the Parquet file holding this partition of the claims table
    documents: list[dict]  # Document.row(), `_entry` and `_read_as` (its Piece) of each document, in input order
    problems: list[tuple[int, str, str]]  # skipped sources: (entry, path, problem)
    hits: int
    misses: int


def survey(paths: list[str]) -> Survey | tuple[str, str]:
    """List the sources and load the vocabulary, where the sources are."""
    try:
        found = sources.discover(paths)
        config = load_config(found.roots)
    except InputError as error:
        return error.path, error.problem
    sizes = [_size(entry.path) for entry in found.entries]
    row_groups: dict[int, list[int]] = {}
    for index, entry in enumerate(found.entries):
        if entry.path.suffix.lower() == ".parquet" and len(groups := sources.parquet_row_groups(entry.path)) > 1:
            row_groups[index] = groups
            sizes[index] = sum(groups)
    return Survey(found.roots, found.entries, sizes, row_groups, config, found.describe(), found.default_cache_dir)


def prepare_output(folder: str) -> tuple[str, str] | None:
    """An empty Parquet folder (partitions of an earlier run must not join this one),
    or why the workers cannot write there."""
    path = Path(folder)
    try:
        path.mkdir(parents=True, exist_ok=True)
        for old in path.glob("part.*.parquet"):
            old.unlink()
    except OSError as error:
        return folder, f"cannot write the claims table there ({error.strerror or error}); use --parquet DIR"
    return None


def extract_partition(number: int, items: list[Item], config: Config, folder: str, cache_folder: str,
                      use_cache: bool) -> Part:
    """Read and extract whole files and pieces of files; write their claims, in table
    order, to one Parquet file."""
    cache = ClaimsCache(cache_folder, enabled=use_cache)
    rows: list[dict] = []
    documents: list[dict] = []
    problems: list[tuple[int, str, str]] = []
    read_items: list[tuple[dict, Document]] = []
    for position, index, entry, piece, duplicates in items:
        try:
            read, skipped = sources.read_all(entry, piece, duplicates)
        except InputError as error:
            read, skipped = [], [error]
        problems.extend((index, error.path, error.problem) for error in skipped)
        for item, document in enumerate(read):
            read_items.append(({"_entry": index, "_piece": position, "_item": item}, document))
            documents.append(document.row() | {"_entry": index, "_read_as": piece})
    keys = [cache.key(document, config) for _, document in read_items]
    hits, hit_keys = cache.lookup(keys)
    cached = {key: [] for key in hit_keys} | _rows_by_key(hits)  # a source may have no claims
    new_rows: list[list[dict]] = []
    new_keys: list[str] = []
    for (order, document), key in zip(read_items, keys):
        found = cached.get(key)
        if found is None:
            found = cached[key] = claims_stage.extract_source(document, config)
            new_rows.append(found)
            new_keys.append(key)
        rows.extend(row | order | {"_row": number_in_doc} for number_in_doc, row in enumerate(found))
    if new_keys:  # one cache segment per partition
        frame = schema.conform(pd.DataFrame([r for found in new_rows for r in found], columns=list(schema.CLAIM_COLUMNS)),
                               schema.CLAIM_COLUMNS)
        cache.store(with_keys(frame, new_keys, [len(found) for found in new_rows]), new_keys)
    path = os.path.join(folder, PART_NAME.format(number))
    write_part(claims_part(rows), path)
    stats = cache.stats()
    return Part(path, documents, problems, stats["hits"], stats["misses"])


def _rows_by_key(cached: pd.DataFrame) -> dict[str, list[dict]]:
    """Cached claim rows grouped by their source's key, in extraction order."""
    out: dict[str, list[dict]] = {}
    for row in schema.records(cached):
        out.setdefault(row.pop(KEY_COLUMN), []).append(row)
    return out


def claims_part(rows: list[dict]) -> pd.DataFrame:
    """Claim rows with their order keys, sorted as the claims table sorts them."""
    if not rows:
        return schema.empty(CLAIM_PART_COLUMNS)
    frame = pd.DataFrame(rows, columns=list(CLAIM_PART_COLUMNS)).sort_values(TABLE_ORDER, kind="stable")
    return schema.conform(frame, CLAIM_PART_COLUMNS)


def arrow_schema():
    """The claims partition schema, explicit so an empty partition has the same types."""
    import pyarrow as pa

    types = {"str": pa.string(), "int64": pa.int64(), "float64": pa.float64()}
    return pa.schema([(name, types[kind]) for name, kind in CLAIM_PART_COLUMNS.items()])


def write_part(frame: pd.DataFrame, path: str) -> None:
    """Write one partition atomically (a retried task never leaves half a file)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(frame, schema=arrow_schema(), preserve_index=False)
    handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
    os.close(handle)
    try:
        pq.write_table(table, temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_part(path: str) -> pd.DataFrame:
    """One partition of the claims table, typed as written."""
    import pyarrow.parquet as pq

    return schema.conform(pq.read_table(path).to_pandas(), CLAIM_PART_COLUMNS)


def in_table_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Claims from any partitions, as the in-process claims table has them (order and types)."""
    if frame.empty:
        return schema.empty(schema.CLAIM_COLUMNS)
    return schema.conform(frame.sort_values(TABLE_ORDER, kind="stable"), schema.CLAIM_COLUMNS)


def read_texts(entry: Entry, piece: Piece | None) -> dict[str, str]:
    """The decoded text of each document one file (or piece of a file) holds, for quotes;
    {} if unreadable now."""
    try:
        read, _ = sources.read_all(entry, piece)
    except InputError:
        return {}
    return {document.source: document.text for document in read}


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reading it will report the problem
