"""Shared fixtures: the repository's paths and a loaded seeds corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seeds_corpus():
    from checker.pipeline import load_corpus

    return load_corpus([SEEDS], use_cache=False)


@pytest.fixture(scope="session")
def seeds_claims(seeds_corpus):
    return seeds_corpus.claims
