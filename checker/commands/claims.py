"""`checker claims`: the claims table of a corpus."""

from __future__ import annotations

from checker.commands.common import add_corpus_arguments, add_format_argument, load, write_table

TABLE_COLUMNS = ["claim_id", "source", "line", "kind", "surface", "subject", "measure", "value",
                 "low", "high", "unit", "as_of_start", "as_of_end", "as_of_precision", "as_of_basis"]


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("claims", help="extract every figure and date claim into one table")
    add_corpus_arguments(parser)
    add_format_argument(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    corpus = load(args)
    write_table(corpus.claims, args.format, TABLE_COLUMNS)
    return 0
