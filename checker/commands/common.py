"""Arguments and loading shared by every command that reads a corpus."""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from checker.engines import ENGINES
from checker.errors import InputError
from checker.pipeline import Corpus, load_corpus

DEFAULT_CORPUS = "seeds"


def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", default=[DEFAULT_CORPUS],
                        help="source files and folders (default: seeds/)")
    parser.add_argument("--no-cache", action="store_true", help="re-extract every source, ignore the cache")
    parser.add_argument("--cache-dir", default=None, help="cache folder (default: .checker-cache in the first corpus folder)")
    parser.add_argument("--strict", action="store_true", help="any unreadable source is fatal (exit 2)")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="extract across N processes (default: 1)")
    parser.add_argument("--engine", choices=ENGINES, default="pandas",
                        help="pandas: this process (default); dask: a Dask cluster, same results")
    parser.add_argument("--scheduler", metavar="ADDRESS", default=None,
                        help="with --engine dask: the dask.distributed scheduler to use, e.g. tcp://host:8786 "
                             "(default: start a local cluster sized to this machine)")
    parser.add_argument("--parquet", metavar="DIR", default=None,
                        help="with --engine dask: where the workers write the claims table as Parquet "
                             "(default: claims.parquet in the cache folder)")


def load(args: argparse.Namespace, progress: bool = False) -> Corpus:
    """Load the corpus the arguments name; skipped sources are warned about on stderr."""
    engine = getattr(args, "engine", "pandas")
    for option in ("scheduler", "parquet"):
        if getattr(args, option, None) and engine != "dask":
            raise InputError(f"--{option}", "applies only with --engine dask")
    corpus = load_corpus(args.paths, strict=args.strict, use_cache=not args.no_cache,
                         cache_dir=args.cache_dir, progress=progress, jobs=max(1, getattr(args, "jobs", 1)),
                         engine=engine, scheduler=getattr(args, "scheduler", None),
                         parquet=getattr(args, "parquet", None))
    for problem in corpus.problems:
        print(f"checker: warning: skipped {problem}", file=sys.stderr)
    return corpus


def add_format_argument(parser: argparse.ArgumentParser, choices=("table", "csv", "json"), default="table") -> None:
    parser.add_argument("--format", choices=choices, default=default, help=f"output format (default: {default})")


def write_table(frame: pd.DataFrame, fmt: str, columns: list[str] | None = None) -> None:
    """A table to stdout as CSV, JSON records or an aligned text table."""
    if fmt == "csv":
        frame.to_csv(sys.stdout, index=False, lineterminator="\n")
    elif fmt == "json":
        sys.stdout.write(frame.to_json(orient="records", force_ascii=False, indent=1, double_precision=15))
        sys.stdout.write("\n")
    else:
        shown = frame[columns] if columns else frame
        with pd.option_context("display.max_rows", None, "display.max_columns", None,
                               "display.width", 250, "display.max_colwidth", 60):
            print(shown.to_string(index=False) if len(shown) else "(none)")
