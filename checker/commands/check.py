"""`checker check`: the CI gate.

Runs the pipeline, applies the review decisions, prints the findings in the chosen
format and exits 0 when no open finding reaches `--fail-on`, 1 when some do, 2 on
bad input (a missing path, an unreadable reviews file).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from checker import gate, reviews
from checker.commands.common import add_corpus_arguments, load
from checker.output import github, sarif, text
from checker.pipeline import Corpus, find_discrepancies

FORMATS = ("text", "json", "sarif", "github")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "check",
        help="flag open findings; exit 1 when any reaches --fail-on (for CI)",
        description=__doc__.split("\n\n")[1].replace("\n", " "),
    )
    add_corpus_arguments(parser)  # PATHS, --no-cache, --cache-dir, --strict
    parser.add_argument("--fail-on", choices=gate.LEVELS, default="error", help="lowest severity that fails (default: error)")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--reviews", metavar="FILE", help="review decisions (default: reviews.toml in the first corpus folder)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    corpus = load(args)  # warns about skipped sources on stderr
    reviews_path = Path(args.reviews) if args.reviews else reviews.default_path(corpus.roots)
    decisions = reviews.load(reviews_path)
    findings = reviews.apply_reviews(find_discrepancies(corpus), decisions)
    orphans = reviews.orphans(findings, decisions)
    options = {"fail_on": args.fail_on, "orphans": orphans, "reviews_path": text.relative_path(reviews_path)}
    if args.format == "text":
        sys.stdout.write(text.render(findings, corpus, **options))
    elif args.format == "github":
        sys.stdout.write(github.render(findings, corpus, **options))
    else:  # machine-readable on stdout; what a person must still see goes to stderr
        render = sarif.render if args.format == "sarif" else render_json
        sys.stdout.write(render(findings, corpus, **options))
        for decision in orphans:
            print(f"checker: {options['reviews_path']}:{decision.line}: the decision on {decision.finding_id}"
                  " matches no finding any more", file=sys.stderr)
    return gate.exit_code(findings, args.fail_on)


def render_json(findings: pd.DataFrame, corpus: Corpus, *, fail_on: str, orphans, reviews_path: str) -> str:
    """Findings with their review and located quotes, plus orphaned decisions and the verdict."""
    records = []
    located = text.locate(findings, corpus)
    for _, finding in findings.iterrows():
        record = {key: finding[key] for key in findings.columns if key != "evidence"}
        record["evidence"] = [vars(q) for q in text.quotes(finding, corpus, located)]
        records.append(record)
    document = {
        "fail_on": fail_on,
        "exit_code": gate.exit_code(findings, fail_on),
        "findings": records,
        "orphaned_reviews": [
            {"finding_id": d.finding_id, "status": d.status, "file": reviews_path, "line": d.line} for d in orphans
        ],
        "skipped_sources": [{"path": p.path, "problem": p.problem} for p in corpus.problems],
        "cache": corpus.cache_stats,  # sources read from the cache vs extracted in this run
        "summary": text.summary(findings, fail_on),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
