"""The pipeline on a dask.distributed cluster: the session, loading, the corpus it gives.

For corpora too large for one process.  The client only plans and collects: files
are listed, read and extracted on the workers (`dask_extract`), which must see the
sources (and the output folder) at the same paths and run the same checker version.
Whole files are grouped into partitions of a few MB; each task writes its claims, in
table order, as one Parquet file in the output folder (`--parquet`, default
`claims.parquet` in the cache folder; replaced on each run).  The claims table is the
Dask DataFrame over those files; the client collects it only when asked (`claims`).
Findings on the cluster: `dask_findings`.
"""

from __future__ import annotations

import atexit
import logging
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pandas as pd

from checker import schema
from checker.engines import dask_extract as extract
from checker.errors import InputError
from checker.pipeline import Corpus

MIN_PARTITION_BYTES = 64 * 1024
MAX_PARTITION_BYTES = 4 * 1024 * 1024  # ~1,300 articles: their claims fit a worker easily
PARQUET_FOLDER = "claims.parquet"
_SESSIONS: dict[str, DaskSession] = {}


class DaskSession:
    """A client on a cluster (started here when no address is given), kept for the process."""

    def __init__(self, scheduler: str | None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise InputError("--engine dask", "needs the dask extra: pip install 'checker[dask]'") from None
        self.cluster = None
        if scheduler is None:
            self.cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.ERROR)
            scheduler = self.cluster.scheduler_address
        _check_address(scheduler)
        try:
            self.client = Client(scheduler, timeout="20s", set_as_default=False)
        except (OSError, TimeoutError, ValueError) as error:
            raise InputError(scheduler, f"cannot reach the Dask scheduler ({error})") from None
        atexit.register(self.close)  # after distributed's own exit hooks, so it runs before them

    def workers(self) -> int:
        """Threads across the cluster: how many partitions can run at once."""
        return max(1, sum(w.get("nthreads", 1) for w in self.client.scheduler_info()["workers"].values()))

    def close(self) -> None:
        """Idempotent: at exit, and from `close_sessions`."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None


def _check_address(address: str) -> None:
    """A malformed address fails here, in one line, not deep inside a connection attempt."""
    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, location = parse_address(address)
        if scheme in ("tcp", "tls", "ws", "wss"):
            parse_host_port(location)
    except ValueError as error:
        raise InputError(address, f"not a Dask scheduler address, e.g. tcp://host:8786 ({error})") from None


def session(scheduler: str | None) -> DaskSession:
    """One session per scheduler address (or one local cluster) per process."""
    key = scheduler or "local"
    if key not in _SESSIONS:
        _SESSIONS[key] = DaskSession(scheduler)
    return _SESSIONS[key]


def close_sessions() -> None:
    """Close every client, and the local cluster if one was started (tests, benchmarks)."""
    while _SESSIONS:
        _SESSIONS.popitem()[1].close()


class DaskCorpus(Corpus):
    """A Corpus whose claims table stays in Parquet on the cluster until `claims` is read."""

    def __init__(self, *, parts: list[str], dask: DaskSession, **fields):
        self.parts = parts
        self.dask = dask
        self._claims: pd.DataFrame | None = None
        super().__init__(claims=None, engine="dask", **fields)

    @property
    def claims(self) -> pd.DataFrame:
        if self._claims is None:
            frame = self.dask.client.compute(self.frame(), sync=True)
            self._claims = extract.in_table_order(frame)
        return self._claims

    @claims.setter
    def claims(self, value: pd.DataFrame | None) -> None:
        self._claims = value

    def frame(self):
        """The claims table as a Dask DataFrame, read by the workers (plus the order columns)."""
        import dask.dataframe as dd

        return dd.from_map(extract.read_part, self.parts, meta=schema.empty(extract.CLAIM_PART_COLUMNS),
                           enforce_metadata=False)


class WorkerTexts(Mapping):
    """Sources' texts, read on a worker the first time a quote needs one (never all at once)."""

    def __init__(self, dask: DaskSession, entries: dict[str, object]):
        self.dask = dask
        self.entries = entries  # source -> the Entry (file) that holds it
        self.read: dict[str, str] = {}

    def __getitem__(self, source: str) -> str:
        if source not in self.read:
            if source not in self.entries:
                raise KeyError(source)
            texts = self.dask.client.submit(extract.read_texts, self.entries[source], pure=False).result()
            self.read.update(texts)
        if source not in self.read:
            raise KeyError(source)
        return self.read[source]

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def load_corpus(paths: Sequence[str | Path], *, strict: bool = False, use_cache: bool = True,
                cache_dir: str | Path | None = None, scheduler: str | None = None,
                parquet: str | Path | None = None, partition_bytes: int | None = None) -> DaskCorpus:
    """`pipeline.load_corpus` on the cluster: same claims, documents and problems.

    Cache stats count one lookup per document as in process, but a copy of a source
    (same bytes and metadata) may hit the entry another task has just stored.
    `partition_bytes` overrides the partition size (tests spread small corpora out).
    """
    dask = session(scheduler)
    client = dask.client
    surveyed = client.submit(extract.survey, [str(p) for p in paths], pure=False).result()
    if isinstance(surveyed, tuple):
        raise InputError(*surveyed)
    cache_folder = Path(cache_dir or surveyed.default_cache_dir)
    folder = str(Path(parquet) if parquet else cache_folder / PARQUET_FOLDER)
    unwritable = client.submit(extract.prepare_output, folder, pure=False).result()
    if unwritable:
        raise InputError(*unwritable)
    config = client.scatter(surveyed.config, broadcast=True)
    groups = partitions(surveyed.sizes, partition_bytes or _partition_bytes(sum(surveyed.sizes), dask.workers()))
    futures = [client.submit(extract.extract_partition, number, [(i, surveyed.entries[i]) for i in group], config,
                             folder, str(cache_folder), use_cache, pure=False)
               for number, group in enumerate(groups)]
    parts: list[extract.Part] = client.gather(futures)
    problems = [InputError(path, problem) for part in parts for path, problem in part.problems]
    if problems and strict:
        raise problems[0]
    documents = [row for part in parts for row in part.documents]
    if not documents:
        raise problems[0] if problems else InputError(surveyed.describe, "no sources found")
    owner = {row["source"]: surveyed.entries[row["_entry"]] for row in documents}
    return DaskCorpus(
        parts=[part.path for part in parts],
        dask=dask,
        roots=surveyed.roots,
        documents=schema.conform(pd.DataFrame(documents), schema.DOCUMENT_COLUMNS),
        config=surveyed.config,
        texts=WorkerTexts(dask, owner),
        paths={row["source"]: Path(row["path"]) for row in documents},
        problems=problems,
        cache_stats={"hits": sum(p.hits for p in parts), "misses": sum(p.misses for p in parts)},
    )


def partitions(sizes: list[int], target: int) -> list[list[int]]:
    """Consecutive entries grouped into partitions of about `target` bytes (at least one entry)."""
    groups: list[list[int]] = []
    filled = 0
    for index, size in enumerate(sizes):
        if not groups or filled + size > target:
            groups.append([])
            filled = 0
        groups[-1].append(index)
        filled += size
    return groups


def _partition_bytes(total: int, workers: int) -> int:
    """About four partitions per worker thread, within sensible bounds."""
    return min(MAX_PARTITION_BYTES, max(MIN_PARTITION_BYTES, total // (4 * workers) + 1))
