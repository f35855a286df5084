"""Benchmark: checker end to end on synthetic corpora, against the naive stack.

For each N (1,000 and 10,000): `checker claims` and `checker
findings` as a user runs them (fresh processes, no cache), in articles/s, MB/s and
peak RSS; `--jobs 2` extraction; the findings stage alone on the claims table; a
re-extraction and a re-check (`checker check`) after adding one article to a corpus
whose caches are warm; and, on a 100-article sample,
the naive stack (quantulum3 for quantities plus dateparser.search_dates anchored on
the article date) as a throughput ratio.  The Dask engine runs on the largest N, or on
100,000 articles with --large (a local cluster sized to the machine, in a fresh
process), with its peak memory per worker beside the pandas engine's figures on the
same corpus (at 100,000, its extraction on as many processes as the cluster has workers).  Writes bench/RESULTS.md (overwritten).

    python bench/run.py [--sizes 1000 10000] [--large] [--quick] [--dask-size N] [--out bench/RESULTS.md]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

CHECKER = [sys.executable, "-m", "checker"]
FINDINGS_LIMIT_S = 1500  # the Dask findings stage is stopped (and reported as such) after this


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one fresh process."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE, cwd=cwd)
        _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"benchmark command failed: {' '.join(command)}\n{process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("*.md"))


def measure_size(n: int, work: Path, quick: bool) -> dict:
    folder = generate(work / f"corpus_{n}", n, seed=n)
    megabytes = corpus_bytes(folder) / 1e6
    row: dict = {"n": n, "mb": megabytes}
    seconds, rss = timed(CHECKER + ["claims", str(folder), "--no-cache", "--format", "csv"])
    row["claims"] = (seconds, rss)
    seconds, rss = timed(CHECKER + ["claims", str(folder), "--no-cache", "--format", "csv", "--jobs", "2"])
    row["claims_jobs2"] = (seconds, rss)
    seconds, rss = timed(CHECKER + ["findings", str(folder), "--no-cache", "--format", "csv"])
    row["findings"] = (seconds, rss)
    row["findings_stage"], row["claim_count"] = findings_stage(folder)
    if not quick:
        row["recheck"] = recheck(folder)
    return row


def findings_stage(folder: Path) -> tuple[float, int]:
    """The findings stage alone, on the corpus's claims table, in this process (every unit
    found: no findings cache)."""
    from checker import findings
    from checker.pipeline import load_corpus

    corpus = load_corpus([folder], use_cache=True, cache_dir=folder.parent / f".cache_{folder.name}")
    start = time.perf_counter()
    findings.find(corpus.claims, corpus.documents, corpus.config)
    return time.perf_counter() - start, len(corpus.claims)


def recheck(folder: Path) -> dict:
    """After adding one article to a corpus whose caches are warm: `checker claims` (the
    incremental extraction) and `checker check` (extraction, findings of the units the
    article touches, the rest read from the findings cache, and the report a CI job
    prints), each with an article of its own."""
    cache = folder.parent / f".recheck_{folder.name}"
    timed(CHECKER + ["check", str(folder), "--cache-dir", str(cache)])
    generate(folder.parent / "one_more", 2, seed=999_999)
    added = []
    seconds = {}
    for name, command in (("claims", ["claims", "--format", "csv"]), ("check", ["check"])):
        added.append(folder / f"zz_new_article_{len(added)}.md")
        shutil.copy(folder.parent / "one_more" / f"article_{len(added) - 1:06d}.md", added[-1])
        seconds[name], _ = timed(CHECKER + [command[0], str(folder), "--cache-dir", str(cache), *command[1:]])
    for path in added:
        path.unlink()
    return seconds


def naive_stack(work: Path, count: int = 100) -> dict:
    """quantulum3 + dateparser.search_dates on a sample, against checker on the same sample."""
    folder = generate(work / "naive_sample", count, seed=7)
    try:
        from dateparser.search import search_dates
        from quantulum3 import parser as quantities
    except ImportError as error:
        return {"error": f"naive stack not installed ({error.name}); pip install -e '.[bench]'"}
    texts = [p.read_text("utf-8") for p in sorted(folder.glob("*.md"))]
    start = time.perf_counter()
    found = 0
    for text in texts:
        published = re.search(r"published: (\S+)", text).group(1)
        body = text.split("---", 2)[2]
        found += len(quantities.parse(body))
        base = date.fromisoformat(published)
        from datetime import datetime

        found += len(search_dates(body, languages=["en"],
                                  settings={"RELATIVE_BASE": datetime(base.year, base.month, base.day)}) or [])
    naive = time.perf_counter() - start
    from checker.pipeline import load_corpus

    start = time.perf_counter()
    load_corpus([folder], use_cache=False)
    ours = time.perf_counter() - start
    return {"count": count, "naive_s": naive, "checker_s": ours, "ratio": naive / ours, "naive_found": found}


def profile(folder: Path) -> str:
    """A pyinstrument profile of extraction, the top of the call tree as text."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return "(pyinstrument not installed: pip install -e '.[bench]')"
    from checker.pipeline import load_corpus

    profiler = Profiler()
    profiler.start()
    load_corpus([folder], use_cache=False)
    profiler.stop()
    text = profiler.output_text(unicode=False, color=False, show_all=False)
    text = text.replace(str(HERE.parent) + os.sep, "")  # paths relative to the repository, not this machine
    text = re.sub(r"(?<=\s)\.\./(?=checker|rules)", "", text)  # as pyinstrument shows them from bench/
    lines = [line for line in text.splitlines() if line.strip()][:45]
    return "\n".join(lines)


def dask_row(n: int, work: Path, rows: list[dict], reuse: bool = False) -> dict:
    """`--engine dask` claims + findings on N generated articles, in a fresh process; kept
    in the work folder, so a later run with --reuse-dask folds a long measurement in."""
    saved = work / f"dask_row_{n}.json"
    if reuse and saved.is_file():
        return json.loads(saved.read_text())
    folder = work / f"corpus_{n}"
    if not folder.is_dir():
        generate(folder, n, seed=n)
    done = subprocess.run([sys.executable, __file__, "--measure-dask", str(folder)], capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        return {"n": n, "error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    row = {"n": n, "commit": _commit(), **json.loads(done.stdout.strip().splitlines()[-1])}
    saved.write_text(json.dumps(row))
    return row


def in_process(row: dict, rows: list[dict]) -> dict | None:
    """The pandas engine's figures to set beside a Dask row: the same N, else the largest
    N measured in process (a 100,000-article run in one process is not repeated)."""
    if not rows:
        return None
    same = ([r for r in rows if r["n"] == row["n"]] or sorted(rows, key=lambda r: r["n"]))[-1]
    return {"n": same["n"], "claims_s": same["claims"][0], "jobs2_s": same["claims_jobs2"][0],
            "findings_s": same["findings"][0], "rss": same["findings"][1]}


def _commit() -> str:
    """The checked-out commit the figures belong to ("" outside a git checkout)."""
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE,
                          check=False)
    return done.stdout.strip()


def peak_rss_kb() -> int:
    """This process's peak resident memory (run on each worker too)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def claim_rows(parts: list[str]) -> int:
    """Rows of the claims table the cluster wrote, from the Parquet footers alone."""
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(path).metadata.num_rows for path in parts)


def _out_of_time(signum, frame):
    raise TimeoutError


def measure_dask(folder: Path) -> dict:
    """Run in its own process: start the local cluster, then time the two stages."""
    from checker.engines import dask_engine
    from checker.pipeline import find_discrepancies, load_corpus

    start = time.perf_counter()
    client = dask_engine.session(None).client
    started = time.perf_counter() - start
    parquet = folder.parent / f".dask_{folder.name}"
    start = time.perf_counter()
    corpus = load_corpus([folder], use_cache=False, engine="dask", parquet=parquet)
    claims_s = time.perf_counter() - start
    start = time.perf_counter()
    signal.signal(signal.SIGALRM, _out_of_time)
    signal.alarm(FINDINGS_LIMIT_S)
    try:
        findings_count = len(find_discrepancies(corpus))
        findings_s = time.perf_counter() - start
    except TimeoutError:
        findings_count, findings_s = None, None
    signal.alarm(0)
    peaks = client.run(peak_rss_kb)
    result = {"workers": len(peaks), "start_s": started, "claims_s": claims_s, "findings_s": findings_s,
              "documents": len(corpus.documents), "claims": claim_rows(corpus.parts), "partitions": len(corpus.parts),
              "findings": findings_count,
              "worker_rss": sorted(v / 1024 for v in peaks.values()), "client_rss": peak_rss_kb() / 1024}
    dask_engine.close_sessions()
    shutil.rmtree(parquet, ignore_errors=True)
    return result


def dask_lines(row: dict | None, local: dict | None = None) -> list[str]:
    """The Dask row of RESULTS.md, with the in-process figures of the same corpus beside it."""
    if row is None:
        return []
    lines = ["", "## On Dask (`--engine dask`, local cluster)", ""]
    if "error" in row:
        return lines + [f"N = {row['n']:,}: not measured ({row['error']})."]
    n = row["n"]
    total = row["claims_s"] + (row["findings_s"] or 0)
    workers = ", ".join(f"{m:,.0f}" for m in row["worker_rss"])

    def seconds(value: float | None) -> str:
        return "-" if value is None else f"{value:.1f}"

    local_lines = []
    if local:
        local_lines = [
            f"| {local['n']:,} | pandas, one process | {local['claims_s']:.1f} | {local['findings_s']:.1f} "
            f"| {local['n'] / local['findings_s']:,.0f} | {local['rss']:,.0f} |",
            f"| {local['n']:,} | pandas, `--jobs 2` | {local['jobs2_s']:.1f} | - "
            f"| {local['n'] / local['jobs2_s']:,.0f} (claims) | - |"]
    return lines + [
        f"{row['workers']} worker processes x 1 thread: the cluster checker starts without `--scheduler` "
        f"(start-up {row['start_s']:.1f} s, not counted), {row['partitions']} partitions, "
        f"{row.get('claims', 0):,} claims, "
        + (f"{row['findings']:,} findings" if row["findings"] is not None
           else f"findings stopped after {FINDINGS_LIMIT_S // 60} minutes")
        + (f"; measured at commit {row['commit']}" if row.get("commit") else "")
        + ". Both engines give the same claims and findings (tests/test_dask_engine.py).", "",
        "| N | engine | claims s | claims + findings s | articles/s | peak RSS MB |",
        "|---|---|---|---|---|---|",
        f"| {n:,} | dask | {row['claims_s']:.1f} | {seconds(total if row['findings_s'] else None)} "
        f"| {n / total:,.0f} "
        f"| {workers} per worker; client {row['client_rss']:,.0f} |",
        *local_lines,
    ]


def report(rows: list[dict], naive: dict, profile_text: str, out: Path, dask: dict | None = None,
           note: str = "") -> None:
    lines = [
        "# Benchmark results", "",
        f"Generated by `bench/run.py` on {date.today().isoformat()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.machine()}. Synthetic corpora from `bench/generate.py` "
        "(about 3 KB an article, dense with figures and dates). Every figure is one fresh process, as a user "
        "runs it, with no cache except in the +1 article columns (the corpus's claims and findings caches "
        "warm, one new article); overwritten on each run." + (f" {note}" if note else ""), "",
        "| N | MB | claims | `checker claims` s | articles/s | MB/s | peak RSS MB | `--jobs 2` s | speed-up "
        "| `checker findings` s | findings stage s | +1 article: `claims` s | +1 article: `check` s |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        claims_s, rss = row["claims"]
        jobs_s, _ = row["claims_jobs2"]
        lines.append(
            f"| {row['n']:,} | {row['mb']:.1f} | {row['claim_count']:,} | {claims_s:.1f} | {row['n'] / claims_s:,.0f} "
            f"| {row['mb'] / claims_s:.2f} | {rss:,.0f} | {jobs_s:.1f} | {claims_s / jobs_s:.2f}x "
            f"| {row['findings'][0]:.1f} | {row['findings_stage']:.2f} | "
            + (f"{row['recheck']['claims']:.2f} | {row['recheck']['check']:.2f}" if "recheck" in row else "- | -")
            + " |")
    lines += ["", "## Against the naive stack", ""]
    if "error" in naive:
        lines.append(naive["error"])
    else:
        lines.append(f"On a {naive['count']}-article sample: quantulum3 + `dateparser.search_dates` took "
                     f"{naive['naive_s']:.2f} s, checker's extraction {naive['checker_s']:.2f} s: checker is "
                     f"**{naive['ratio']:.1f}x** the naive stack's throughput (which also reads \"may\" as May "
                     "and years as counts).")
    lines += ["", "## Targets (2-core machine)", "",
              "- >= 1,000 articles/s for `checker claims` in one process",
              "- `--jobs 2` scaling >= 1.7x; findings stage for 100,000 claims < 5 s",
              "- peak memory < 1 GB at 10,000 articles; re-check with one new article < 2 s",
              "- >= 100x the naive stack", "",
              "The table reports what was measured; where a target is missed, the profile below shows where "
              "the time goes."]
    lines += dask_lines(dask, in_process(dask, rows) if dask else None)
    lines += ["", "## Profile of extraction (pyinstrument)", "", "```", profile_text, "```", ""]
    out.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--large", action="store_true", help="the Dask row on 100,000 articles")
    parser.add_argument("--quick", action="store_true", help="skip the re-check and the profile")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--work", type=Path, default=None, help="where corpora are generated (default: a temp folder)")
    parser.add_argument("--dask-size", type=int, default=None, metavar="N",
                        help="articles for the Dask row (default: the largest N; 0 skips it)")
    parser.add_argument("--no-profile", action="store_true", help="skip the profile")
    parser.add_argument("--note", default="", help="a sentence on the conditions of the run, for RESULTS.md")
    parser.add_argument("--reuse-rows", action="store_true",
                        help="use the in-process figures a previous run left in --work (add only the Dask row)")
    parser.add_argument("--reuse-dask", action="store_true",
                        help="use the Dask row a previous run left in --work (a long measurement, done once)")
    parser.add_argument("--measure-dask", type=Path, default=None, help=argparse.SUPPRESS)  # the row's own process
    args = parser.parse_args()
    if args.measure_dask:
        print(json.dumps(measure_dask(args.measure_dask)))
        return
    sizes = args.sizes
    dask_size = (100_000 if args.large else max(sizes)) if args.dask_size is None else args.dask_size
    work = args.work or Path(tempfile.mkdtemp(prefix="checker-bench-"))
    try:
        saved = work / "rows.json"
        if args.reuse_rows and saved.is_file():  # the in-process figures of an earlier run
            rows, naive, profile_text = json.loads(saved.read_text())
        else:
            naive = naive_stack(work, count=10 if args.quick else min(100, max(sizes)))
            rows, profile_text = [], "(not yet run)"
            for n in sizes:  # RESULTS.md is rewritten as each figure comes in: a long run keeps what it measured
                rows.append(measure_size(n, work, args.quick))
                report(rows, naive, profile_text, args.out)
            profile_text = ("(skipped)" if args.quick or args.no_profile
                            else profile(work / f"corpus_{sizes[-1]}"))
            saved.write_text(json.dumps([rows, naive, profile_text]))
            report(rows, naive, profile_text, args.out)
        dask = dask_row(dask_size, work, rows, args.reuse_dask) if dask_size else None
        report(rows, naive, profile_text, args.out, dask, args.note)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
