"""Per-source extraction cache: content hash + rules version -> that source's claims.

Adding one article to a corpus of thousands re-reads only that article.  The key
covers everything extraction depends on: the file's bytes, its metadata (source date,
outlet), the merged vocabulary, and the source of every rule and of the shared
machinery, so changing a rule invalidates the cache.  The folder is safe to delete.
Entries are JSON with exact floats (never pickle): a cache file is data, not code.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pandas as pd

from checker import schema
from checker.config import Config
from checker.documents import Document

# Modules whose code decides what a document's claims are.
EXTRACTION_MODULES = ("checker.claims", "checker.documents", "checker.numbers", "checker.dates",
                      "checker.figures", "checker.subjects", "checker.rulekit", "checker.schema")


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
    """Looks up and stores one document's claims; counts hits and misses."""

    def __init__(self, folder: str | Path, enabled: bool = True):
        self.folder = Path(folder)
        self.enabled = enabled
        self.hits = 0
        self.misses = 0

    def key(self, document: Document, config: Config) -> str:
        meta = f"{document.source}\0{document.outlet}\0{document.source_date}\0{document.body_start}"
        return hashlib.sha256(
            f"{document.sha256}\0{meta}\0{config.digest}\0{extraction_version()}".encode()
        ).hexdigest()[:32]

    def get_or_extract(self, document: Document, config: Config,
                       extract: Callable[[Document, Config], pd.DataFrame]) -> pd.DataFrame:
        if not self.enabled:
            self.misses += 1
            return extract(document, config)
        path = self.folder / f"{self.key(document, config)}.json"
        cached = self._load(path)
        if cached is not None:
            self.hits += 1
            return cached
        self.misses += 1
        claims = extract(document, config)
        self._store(path, claims)
        return claims

    def stats(self) -> dict[str, int]:
        return {"hits": self.hits, "misses": self.misses}

    @staticmethod
    def _load(path: Path) -> pd.DataFrame | None:
        try:
            text = path.read_text("utf-8")
        except OSError:
            return None
        try:
            payload = json.loads(text)
            frame = pd.DataFrame(payload["data"], columns=payload["columns"])
            return schema.conform(frame, schema.CLAIM_COLUMNS) if len(frame) else schema.empty(schema.CLAIM_COLUMNS)
        except (ValueError, KeyError, TypeError):
            return None  # a damaged entry is re-extracted, never trusted

    def _store(self, path: Path, claims: pd.DataFrame) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            split = claims.to_dict("split")
            payload = json.dumps({"columns": split["columns"], "data": split["data"]}, ensure_ascii=False)
            with tempfile.NamedTemporaryFile("w", dir=self.folder, delete=False, suffix=".tmp", encoding="utf-8") as handle:
                handle.write(payload)
            os.replace(handle.name, path)
        except OSError:
            pass  # a read-only corpus still works, just without a cache
