"""Shared fixtures: the repository's paths, a loaded seeds corpus, a Dask cluster."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session", autouse=True)
def private_temp_folder(tmp_path_factory):
    """The suite's own temp folder, for this process and the commands it starts: each
    reviews file has a lock file in the temp folder, kept after use as flock locks must
    be, and the suite writes hundreds of reviews files."""
    folder = tmp_path_factory.mktemp("tmp")
    patch = pytest.MonkeyPatch()
    patch.setenv("TMPDIR", str(folder))
    patch.setattr(tempfile, "tempdir", str(folder))
    yield folder
    patch.undo()


@pytest.fixture(scope="session")
def seeds_corpus():
    from checker.pipeline import load_corpus

    return load_corpus([SEEDS], use_cache=False)


@pytest.fixture(scope="session")
def seeds_claims(seeds_corpus):
    return seeds_corpus.claims


@pytest.fixture(scope="session")
def scheduler():
    """One two-worker local cluster (worker processes, one thread each: what a 2-core CI
    machine runs well) for every Dask test, started by the first one that needs it."""
    from distributed import LocalCluster

    from checker.engines import dask_engine

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.ERROR)
    yield cluster.scheduler_address
    dask_engine.close_sessions()
    cluster.close()
