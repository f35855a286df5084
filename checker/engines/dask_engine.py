"""The pipeline on a dask.distributed cluster: the session, loading, the corpus it gives.

For corpora too large for one process.  The client only plans and collects: files
are listed, read and extracted on the workers (`dask_extract`), which must see the
sources (and the output folder) at the same paths and run the same checker version.
Files are grouped into partitions of a few MB, and a larger JSON Lines or Parquet file
is split into pieces of that size (byte ranges on line boundaries; runs of row groups);
each task writes its claims, in table order, as one Parquet file in the output folder (`--parquet`, default
`claims.parquet` in the cache folder; replaced on each run).  The claims table is the
Dask DataFrame over those files; the client collects it only when asked (`claims`).
Findings on the cluster: `dask_findings`.
"""

from __future__ import annotations

import atexit
import logging
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from checker import schema, sources
from checker.engines import dask_extract as extract
from checker.errors import InputError
from checker.pipeline import Corpus
from checker.sources import Entry, Piece

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

    def __init__(self, dask: DaskSession, entries: dict[str, tuple[Entry, Piece | None]]):
        self.dask = dask
        self.entries = entries  # source -> the file (and piece of it) that holds it
        self.read: dict[str, str] = {}

    def __getitem__(self, source: str) -> str:
        if source not in self.read:
            if source not in self.entries:
                raise KeyError(source)
            texts = self.dask.client.submit(extract.read_texts, *self.entries[source], pure=False).result()
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
                parquet: str | Path | None = None, partition_bytes: int | None = None,
                split_bytes: int | None = None) -> DaskCorpus:
    """`pipeline.load_corpus` on the cluster: same claims, documents and problems.

    Cache stats count one lookup per document as in process, but a copy of a source
    (same bytes and metadata) may hit the entry another task has just stored.
    `partition_bytes` overrides the partition size and `split_bytes` the size of the
    pieces a large JSON Lines or Parquet file is read in (tests spread small corpora out).
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
    # A fresh key for every run: scattered data is keyed by its hash, so a run with the same
    # settings right after another could be handed the key the earlier run is releasing.
    config = client.scatter(surveyed.config, broadcast=True, hash=False)
    target = partition_bytes or _partition_bytes(sum(surveyed.sizes), dask.workers())
    planned = number_lines(client, surveyed.entries,
                           plan(surveyed, split_bytes or max(target, MIN_PARTITION_BYTES)))
    duplicates = duplicate_rows(client, surveyed.entries, planned)
    futures = [client.submit(extract.extract_partition, number,
                             [(i, planned[i].entry, surveyed.entries[planned[i].entry], planned[i].piece,
                               duplicates.get(planned[i].entry)) for i in group],
                             config, folder, str(cache_folder), use_cache, pure=False)
               for number, group in enumerate(partitions([p.size for p in planned], target))]
    parts: list[extract.Part] = client.gather(futures)
    problems = collect_problems(parts, surveyed.entries, planned)
    if problems and strict:
        raise problems[0]
    documents = [row for part in parts for row in part.documents]
    if not documents:
        raise problems[0] if problems else InputError(surveyed.describe, "no sources found")
    owner = {row["source"]: (surveyed.entries[row["_entry"]], row["_read_as"]) for row in documents}
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


@dataclass(frozen=True)
class Planned:
    """One file, or one piece of a file, that a task reads."""

    entry: int  # index of the file in the survey
    piece: Piece | None  # None: the whole file
    size: int  # bytes, to fill partitions


def plan(surveyed: extract.Survey, split: int) -> list[Planned]:
    """Every file whole, except a JSON Lines or Parquet file over `split` bytes: that one
    in pieces of about `split` bytes, so one large export spreads over the cluster."""
    planned: list[Planned] = []
    for index, (entry, size) in enumerate(zip(surveyed.entries, surveyed.sizes, strict=True)):
        if size > split and entry.path.suffix.lower() == ".jsonl":
            planned += [Planned(index, piece, (piece.end or size) - piece.start) for piece in byte_pieces(size, split)]
        elif size > split and index in surveyed.row_groups:
            groups = surveyed.row_groups[index]
            for run in partitions(groups, split):
                end = None if run[-1] + 1 == len(groups) else run[-1] + 1
                planned.append(Planned(index, Piece(run[0], end), sum(groups[g] for g in run)))
        else:
            planned.append(Planned(index, None, size))
    return planned


def byte_pieces(size: int, split: int) -> list[Piece]:
    """Byte ranges of `split` bytes that cover a file of `size` bytes; the last runs to
    the end, so lines appended since the survey are still read."""
    return [Piece(start, None if start + split >= size else start + split) for start in range(0, size, split)]


def number_lines(client, entries: list[Entry], planned: list[Planned]) -> list[Planned]:
    """JSON Lines pieces with the newlines before each (`Piece.before`), counted on the
    workers, a byte range each, so records keep the line numbers (and names) they have
    when the file is read whole."""
    ranges = [i for i, p in enumerate(planned) if p.piece is not None and p.piece.end is not None
              and entries[p.entry].path.suffix.lower() == ".jsonl"]
    counts = dict(zip(ranges, client.gather([
        client.submit(sources.count_newlines, entries[planned[i].entry].path, planned[i].piece.start,
                      planned[i].piece.end, pure=False) for i in ranges]), strict=True))
    out: list[Planned] = []
    for i, item in enumerate(planned):
        if item.piece is not None and item.piece.start and entries[item.entry].path.suffix.lower() == ".jsonl":
            item = replace(item, piece=replace(item.piece, before=out[-1].piece.before + counts[i - 1]))
        out.append(item)
    return out


def duplicate_rows(client, entries: list[Entry], planned: list[Planned]) -> dict[int, object]:
    """For each Parquet file read in pieces, its rows whose id an earlier row has: a future,
    computed once on a worker from the id column and handed to each piece."""
    split = {p.entry for p in planned if p.piece is not None and entries[p.entry].path.suffix.lower() == ".parquet"}
    return {index: client.submit(sources.parquet_duplicates, entries[index].path, pure=False)
            for index in sorted(split)}


def collect_problems(parts: list[extract.Part], entries: list[Entry], planned: list[Planned]) -> list[InputError]:
    """The skipped sources in file order, as in process; a file read in pieces none of
    which found a line or row in it is empty, as its whole read would have said."""
    found = [(index, path, problem) for part in parts for index, path, problem in part.problems]
    seen = {index for index, _, _ in found} | {row["_entry"] for part in parts for row in part.documents}
    split = {p.entry for p in planned if p.piece is not None}
    found += [(index, str(entries[index].path), "file is empty") for index in sorted(split - seen)]
    found.sort(key=lambda problem: problem[0])  # stable: a file's own problems stay in order
    return [InputError(path, problem) for _, path, problem in found]


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
