"""The pipeline end to end, as the commands use it.

sources -> documents -> claims (cached per source) -> findings.  Every command
(claims, findings, report, check, review) calls `load_corpus` then, where it needs
them, `find_discrepancies`; nothing here prints.  `engine="dask"` runs both on a Dask
cluster (checker.engines) with the same results.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

import pandas as pd

from checker import claims as claims_stage
from checker import findings as findings_stage
from checker import schema, sources
from checker.cache import ClaimsCache
from checker.config import Config, load_config
from checker.documents import Document
from checker.errors import InputError


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

    def claim(self, claim_id: str) -> dict | None:
        """One claim by id; the index is built on first use, so every output that quotes
        evidence looks claims up in constant time."""
        index = self.__dict__.get("_claim_index")
        if index is None:
            index = {row["claim_id"]: row for row in schema.records(self.claims)}
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
    per_document = [cache.lookup(document, config) for document in documents]
    missing = [i for i, rows in enumerate(per_document) if rows is None]
    extracted = _extract([documents[i] for i in missing], config, jobs)
    for index, rows in zip(missing, extracted):
        per_document[index] = rows
        cache.store(documents[index], config, rows)
    claims = claims_stage.table(per_document)
    return Corpus(
        roots=found.roots,
        documents=schema.conform(pd.DataFrame([d.row() for d in documents]), schema.DOCUMENT_COLUMNS),
        claims=claims,
        config=config,
        texts={d.source: d.text for d in documents},
        paths={d.source: d.path for d in documents},
        problems=problems,
        cache_stats=cache.stats(),
    )


def _extract(documents: list[Document], config: Config, jobs: int) -> list[list[dict]]:
    """Extraction of the documents the cache did not hold, in order; in processes if asked."""
    if jobs <= 1 or len(documents) < 2:
        return [claims_stage.extract_records(d, config) for d in documents]
    chunk = max(1, len(documents) // (jobs * 8))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(claims_stage.extract_records, documents, repeat(config), chunksize=chunk))


def find_discrepancies(corpus: Corpus) -> pd.DataFrame:
    """The findings table (schema.FINDING_COLUMNS) for a loaded corpus, by the engine that loaded it."""
    if corpus.engine == "dask":
        from checker.engines import dask_findings

        return dask_findings.find_discrepancies(corpus)
    return findings_stage.find(corpus.claims, corpus.documents, corpus.config)
