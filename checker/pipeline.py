"""The pipeline end to end, as the commands use it.

sources -> documents -> claims (cached per source) -> findings.  Every command
(claims, findings, report, check, review) calls `load_corpus` then, where it needs
them, `find_discrepancies`; nothing here prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
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


def load_corpus(
    paths: Sequence[str | Path],
    *,
    strict: bool = False,
    use_cache: bool = True,
    cache_dir: str | Path | None = None,
    progress: bool = False,
) -> Corpus:
    """Read every source under `paths` and extract its claims.

    Raises InputError for a path that does not exist or holds no sources; a single
    unreadable source is skipped and listed in `problems` (fatal with `strict`).
    """
    found = sources.discover(paths)
    config = load_config(found.roots)
    cache = ClaimsCache(cache_dir or found.default_cache_dir, enabled=use_cache)
    documents: list[Document] = []
    frames: list[pd.DataFrame] = []
    problems: list[InputError] = []
    for entry in sources.progress(found.entries, enabled=progress):
        try:
            document = sources.read(entry)
        except InputError as error:
            if strict:
                raise
            problems.append(error)
            continue
        documents.append(document)
        frames.append(cache.get_or_extract(document, config, claims_stage.extract_document))
    if not documents:
        raise problems[0] if problems else InputError(found.describe(), "no sources found")
    claims = claims_stage.finalise(frames, config)
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


def find_discrepancies(corpus: Corpus) -> pd.DataFrame:
    """The findings table (schema.FINDING_COLUMNS) for a loaded corpus."""
    return findings_stage.find(corpus.claims, corpus.documents, corpus.config)
