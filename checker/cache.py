"""Per-source extraction cache: content hash + rules version -> that source's claim rows.

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
from functools import lru_cache
from pathlib import Path

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

    def lookup(self, document: Document, config: Config) -> list[dict] | None:
        """The cached rows of a document, or None (counted as a miss)."""
        rows = self._load(self._path(document, config)) if self.enabled else None
        if rows is None:
            self.misses += 1
        else:
            self.hits += 1
        return rows

    def store(self, document: Document, config: Config, rows: list[dict]) -> None:
        if self.enabled:
            self._store(self._path(document, config), rows)

    def _path(self, document: Document, config: Config) -> Path:
        return self.folder / f"{self.key(document, config)}.json"

    def stats(self) -> dict[str, int]:
        return {"hits": self.hits, "misses": self.misses}

    @staticmethod
    def _load(path: Path) -> list[dict] | None:
        try:
            payload = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None  # missing, or damaged: re-extracted, never trusted
        if not isinstance(payload, dict) or payload.get("columns") != list(schema.CLAIM_COLUMNS):
            return None
        try:
            return [dict(zip(payload["columns"], row, strict=True)) for row in payload["rows"]]
        except (TypeError, ValueError):
            return None

    def _store(self, path: Path, rows: list[dict]) -> None:
        columns = list(schema.CLAIM_COLUMNS)
        payload = json.dumps({"columns": columns, "rows": [[row[c] for c in columns] for row in rows]},
                             ensure_ascii=False)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", dir=self.folder, delete=False, suffix=".tmp",
                                             encoding="utf-8") as handle:
                handle.write(payload)
            os.replace(handle.name, path)
        except OSError:
            pass  # a read-only corpus still works, just without a cache
