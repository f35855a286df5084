"""Command line: a thin layer over the pipeline.

Each command lives in `checker/commands/<name>.py` with `add_parser(subparsers)` and
`run(args) -> int`; they are listed here explicitly, in the order `--help` shows them.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback

from checker import __version__
from checker.errors import EXIT_BAD_INPUT, EXIT_INTERNAL, InputError, InternalError

COMMAND_MODULES = (
    "checker.commands.claims",
    "checker.commands.findings",
    "checker.commands.rules",
    "checker.commands.check",
    "checker.commands.review",
    "checker.commands.report",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="checker",
        description="Extract figures and dates from news sources and flag discrepancies.",
    )
    parser.add_argument("--version", action="version", version=f"checker {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse exits 2 on usage errors, 0 on --help
        return int(exit_.code or 0)
    try:
        return int(args.run(args) or 0)
    except InputError as error:
        print(f"checker: error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `checker claims | head`
        return 0
    except InternalError as error:
        traceback.print_exception(error.__cause__ or error, file=sys.stderr)
        print(f"checker: internal error: {error} (a bug in checker: please report it with this source)",
              file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
