"""`checker findings`: conflicts, revisions, changes, corroborations, arithmetic, names."""

from __future__ import annotations

from checker.commands.common import add_corpus_arguments, add_format_argument, load, write_table
from checker.pipeline import find_discrepancies

TABLE_COLUMNS = ["finding_id", "kind", "severity", "subject", "measure", "as_of", "values", "message"]


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("findings", help="flag discrepancies across sources")
    add_corpus_arguments(parser)
    add_format_argument(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    corpus = load(args)
    write_table(find_discrepancies(corpus), args.format, TABLE_COLUMNS)
    return 0
