"""The pipeline end to end, as the commands use it.

sources -> documents -> claims (cached per source) -> findings (cached per unit).  Every command
(claims, findings, report, check, review) calls `load_corpus` then, where it needs
them, `find_discrepancies`; nothing here prints.  `engine="dask"` runs both on a Dask
cluster (checker.engines) with the same results.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

import pandas as pd

from checker import claims as claims_stage
from checker import findings as findings_stage
from checker import schema, sources
from checker.cache import KEY_COLUMN, ClaimsCache, with_keys
from checker.config import Config, load_config
from checker.documents import Document
from checker.errors import InputError
from checker.findings.incremental import FindingsCache

CHUNK = 500  # documents whose row dicts are held at once before becoming a table
QUOTE_COLUMNS = schema.QUOTE_COLUMNS


@dataclass
class Corpus:
    """What the extraction stage produced for a set of paths."""

    roots: list[Path]  # the corpus folders (a file's parent when a file was given)
    documents: pd.DataFrame  # schema.DOCUMENT_COLUMNS
    claims: pd.DataFrame  # schema.CLAIM_COLUMNS
    config: Config
    texts: dict[str, str] = field(default_factory=dict)  # source -> decoded text
    paths: dict[str, Path] = field(default_factory=dict)  # source -> file on disk
    problems: list[InputError] = field(default_factory=list)  # sources skipped
    cache_stats: dict[str, int] = field(default_factory=dict)  # hits, misses
    engine: str = "pandas"  # which engine loaded it, and so finds its discrepancies
    cache_dir: Path | None = None  # where claims and findings are cached (None: not cached)

    def claim(self, claim_id: str) -> dict | None:
        """Where one claim stands (`QUOTE_COLUMNS`) by id; the index is built on first use,
        so every output that quotes evidence looks claims up in constant time."""
        row = self.located(claim_id)
        return None if row is None else dict(zip(QUOTE_COLUMNS, row))

    def located(self, claim_id: str) -> tuple | None:
        """`claim` as a tuple in QUOTE_COLUMNS order, for outputs quoting a million claims."""
        index = self.__dict__.get("_claim_index")
        if index is None:  # rows as tuples: a dict per row of a million claims costs seconds
            rows = zip(*(self.claims[column].tolist() for column in QUOTE_COLUMNS))
            index = dict(zip(self.claims["claim_id"].tolist(), rows))
            self.__dict__["_claim_index"] = index
        return index.get(claim_id)


def load_corpus(
    paths: Sequence[str | Path],
    *,
    strict: bool = False,
    use_cache: bool = True,
    cache_dir: str | Path | None = None,
    progress: bool = False,
    jobs: int = 1,
    engine: str = "pandas",
    scheduler: str | None = None,
    parquet: str | Path | None = None,
) -> Corpus:
    """Read every source under `paths` and extract its claims.

    Raises InputError for a path that does not exist or holds no sources; a single
    unreadable source is skipped and listed in `problems` (fatal with `strict`).
    Sources the cache does not hold are extracted, across `jobs` processes when > 1.
    With `engine="dask"` the work runs on the cluster at `scheduler` (a local one when
    None) and the claims table is written to Parquet in `parquet` (`jobs` is unused).
    """
    if engine == "dask":
        from checker.engines import dask_engine

        return dask_engine.load_corpus(paths, strict=strict, use_cache=use_cache, cache_dir=cache_dir,
                                       scheduler=scheduler, parquet=parquet)
    if engine != "pandas":
        raise InputError("--engine", f"unknown engine {engine!r} (pandas or dask)")
    found = sources.discover(paths)
    config = load_config(found.roots)
    cache = ClaimsCache(cache_dir or found.default_cache_dir, enabled=use_cache)
    documents: list[Document] = []
    problems: list[InputError] = []
    for entry in sources.progress(found.entries, enabled=progress):
        try:
            read, skipped = sources.read_all(entry)
        except InputError as error:
            read, skipped = [], [error]
        if skipped and strict:
            raise skipped[0]
        documents.extend(read)
        problems.extend(skipped)
    if not documents:
        raise problems[0] if problems else InputError(found.describe(), "no sources found")
    claims = _claims(documents, config, cache, jobs)
    return Corpus(
        roots=found.roots,
        documents=schema.conform(pd.DataFrame([d.row() for d in documents]), schema.DOCUMENT_COLUMNS),
        claims=claims,
        config=config,
        texts={d.source: d.text for d in documents},
        paths={d.source: d.path for d in documents},
        problems=problems,
        cache_stats=cache.stats(),
        cache_dir=cache.folder if use_cache else None,
    )


def _claims(documents: list[Document], config: Config, cache: ClaimsCache, jobs: int) -> pd.DataFrame:
    """The claims table: cached sources read as columns, the rest extracted and cached.

    Extracted rows become a compact table every CHUNK documents, written to the cache as
    they come, so a large corpus never holds more than one chunk of row dicts in memory.
    """
    keys = [cache.key(document, config) for document in documents]
    cached, found = cache.lookup(keys)
    first = {key: index for index, key in reversed(list(enumerate(keys)))}  # one extraction per key
    missing = [first[key] for key in dict.fromkeys(keys) if key not in found]
    frames = [cached]
    extracted = _extract([documents[i] for i in missing], config, jobs)
    new_keys, live = [keys[i] for i in missing], set(keys)
    with cache.segment(new_keys if not cache.crowded(live) else []) as segment:  # else compacted below
        for start in range(0, len(missing), CHUNK):
            chunk = [keys[i] for i in missing[start:start + CHUNK]]
            per_document = [next(extracted) for _ in chunk]
            rows = [row for document_rows in per_document for row in document_rows]
            frame = schema.conform(pd.DataFrame(rows, columns=list(schema.CLAIM_COLUMNS)), schema.CLAIM_COLUMNS)
            frames.append(_in_table_order(with_keys(frame, chunk, [len(r) for r in per_document])))
            segment.write(frames[-1])
    claims = _concat_in_table_order(frames)
    del frames  # the chunks are in `claims` now
    if cache.crowded(live):  # checked again: the segment just written may tip it
        cache.compact(claims, keys)  # in table order, so the next run need not sort
    repeated = _repeated(claims, keys)
    if repeated:
        claims = _in_table_order(pd.concat([claims, *repeated], ignore_index=True))
    return schema.conform(claims.drop(columns=[KEY_COLUMN]), schema.CLAIM_COLUMNS)


def _repeated(claims: pd.DataFrame, keys: list[str]) -> list[pd.DataFrame]:
    """Extra copies of the rows of sources read twice (one file reached by two paths with
    the same name and bytes has one key): the table has a copy for each, as before."""
    counts = pd.Series(keys).value_counts()
    twice = counts[counts > 1]
    if twice.empty:
        return []
    rows = claims[claims[KEY_COLUMN].isin(twice.index)]
    return [rows[rows[KEY_COLUMN] == key] for key, count in twice.items() for _ in range(count - 1)]


def _concat_in_table_order(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """One table of several, in table order.  Each is put in order on its own (a chunk
    at a time costs little memory); when each then starts after the last ends, as the
    chunks of a corpus read in source order do, they are only joined, never sorted
    (sorting a million rows at once doubles the memory of the table)."""
    runs = [_in_table_order(frame) for frame in frames if len(frame)] or frames[:1]
    order = list(schema.CLAIM_ORDER)
    joins = [(tuple(a[order].iloc[-1]), tuple(b[order].iloc[0])) for a, b in zip(runs, runs[1:])]
    joined = pd.concat(runs, ignore_index=True) if len(runs) > 1 else runs[0].reset_index(drop=True)
    return joined if all(last <= first for last, first in joins) else _in_table_order(joined)


def _in_table_order(claims: pd.DataFrame) -> pd.DataFrame:
    """Sorted by schema.CLAIM_ORDER (ties in extraction order); rows already in order, as
    a compacted cache returns them, are not copied."""
    claims = claims.reset_index(drop=True)
    order = claims[list(schema.CLAIM_ORDER)].sort_values(list(schema.CLAIM_ORDER), kind="stable").index
    return claims if order.is_monotonic_increasing else claims.take(order)


def _extract(documents: list[Document], config: Config, jobs: int) -> Iterator[list[dict]]:
    """Each document's claim rows, in order; across `jobs` processes when > 1."""
    if jobs <= 1 or len(documents) < 2:
        yield from (claims_stage.extract_source(d, config) for d in documents)
        return
    chunk = max(1, min(64, len(documents) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(claims_stage.extract_source, documents, repeat(config), chunksize=chunk)



def find_discrepancies(corpus: Corpus) -> pd.DataFrame:
    """The findings table (schema.FINDING_COLUMNS) for a loaded corpus, by the engine that loaded it."""
    if corpus.engine == "dask":
        from checker.engines import dask_findings

        return dask_findings.find_discrepancies(corpus)
    cache = FindingsCache(corpus.cache_dir) if corpus.cache_dir else None
    return findings_stage.find(corpus.claims, corpus.documents, corpus.config, cache)
