"""`checker report`: the timeline report, for people and for machines.

Reads the sources, finds the discrepancies, applies the review decisions, and writes
into the output folder report.html (one self-contained page), report.md with its
charts/*.svg, and claims.csv, findings.csv, timeline.csv and report.json.  The same
input gives byte-identical files, so the folder can be committed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from checker import reviews
from checker.commands.common import add_corpus_arguments, load
from checker.errors import EXIT_OK
from checker.output import atomic, tables
from checker.pipeline import Corpus, find_discrepancies

DEFAULT_OUTPUT = "reports"
PAGE = "report.html"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "report",
        help="write the timeline report (HTML, Markdown, CSV, JSON) into a folder",
        description=__doc__.split("\n\n")[1].replace("\n", " "),
    )
    add_corpus_arguments(parser)
    parser.add_argument(
        "-o", "--output", metavar="DIR", default=DEFAULT_OUTPUT, help=f"output folder (default: {DEFAULT_OUTPUT})"
    )
    parser.add_argument(
        "--reviews", metavar="FILE", help="review decisions (default: reviews.toml in the first corpus folder)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    output = Path(args.output)
    corpus = load(args, progress=sys.stderr.isatty())  # a progress bar only for a person watching
    reviews_path = Path(args.reviews) if args.reviews else reviews.default_path(corpus.roots)
    findings = reviews.apply_reviews(find_discrepancies(corpus), reviews.load(reviews_path))
    report = prepare(corpus, findings, output)
    write_report(output, render_files(report))
    print(f"{tables.summary_line(report)}.")
    print(f"Report: {(output / PAGE).as_posix()}")
    return EXIT_OK


def prepare(corpus: Corpus, findings: pd.DataFrame, output: Path) -> tables.ReportTables:
    """The report's tables, with links relative to `output` for sources inside the corpus."""
    hrefs = tables.source_hrefs(corpus.paths, corpus.roots, output)
    return tables.prepare(corpus.documents, corpus.claims, findings, hrefs)


def render_files(report: tables.ReportTables) -> dict[str, bytes]:
    """Every file of the report by its path inside the output folder."""
    # the renderers import matplotlib (about 0.3 s): only when a report is drawn, so that
    # every other command, which builds this parser too, starts without it
    from checker.output import charts as charts_output
    from checker.output.html import render_html
    from checker.output.markdown import render_markdown

    charts = charts_output.build_charts(report)
    files = {chart.file_name: chart.svg for chart in charts}
    files.update(
        {
            "claims.csv": tables.claims_csv(report),
            "findings.csv": tables.findings_csv(report),
            "timeline.csv": tables.timeline_csv(report),
            "report.json": tables.report_json(report, [chart.to_dict() for chart in charts]),
            "report.md": render_markdown(report, charts),
            PAGE: render_html(report, charts),
        }
    )
    return {name: text.encode("utf-8") for name, text in files.items()}


def write_report(output: Path, files: Mapping[str, bytes]) -> None:
    """Write each file atomically, the pages last (so they never point at a missing chart),
    then remove charts of an earlier run that this one no longer draws."""
    # imports matplotlib: see render_files
    from checker.output import charts as charts_output

    pages = {PAGE, "report.md"}
    for name in sorted(files, key=lambda name: (name in pages, name)):
        atomic.write_bytes(output / name, files[name])
    folder = output / charts_output.FOLDER
    if folder.is_dir():
        for old in sorted(folder.glob("*.svg")):
            if f"{charts_output.FOLDER}/{old.name}" not in files:
                old.unlink()
