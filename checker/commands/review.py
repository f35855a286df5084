"""`checker review`: record decisions on findings in the corpus's reviews file.

Without an action it walks the open (and stale) findings one by one and asks accept /
dismiss / skip / quit; `list`, `show`, `accept`, `dismiss` and `reset` do the same
without prompts.  An id may be shortened to any unique prefix, as in git.
"""

from __future__ import annotations

import argparse
import getpass
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from checker import gate, reviews, schema, sources
from checker.commands import common
from checker.errors import EXIT_OK, InputError
from checker.output import text
from checker.pipeline import Corpus, find_discrepancies

DEFAULT_CORPUS = common.DEFAULT_CORPUS
ANSWERS = {"a": "accept", "accept": "accept", "d": "dismiss", "dismiss": "dismiss",
           "s": "skip", "skip": "skip", "": "skip", "q": "quit", "quit": "quit"}


def add_parser(subparsers) -> None:
    common = _common_options()
    parser = subparsers.add_parser(
        "review",
        parents=[common],
        help="accept or dismiss findings (interactive without an action)",
        description=__doc__.split("\n\n")[1].replace("\n", " "),
    )
    parser.add_argument("--severity", choices=("error", "warning", "info"), default="warning",
                        help="without an action, walk the open findings at this severity and above "
                             "(default warning: changes and corroborations need no decision)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", parents=[common], help="list findings with their review status")
    listing.add_argument("--status", choices=reviews.STATUSES,
                         help="only these (open includes stale: both wait for a decision)")
    show = actions.add_parser("show", parents=[common], help="one finding: message, quotes, review")
    show.add_argument("id", metavar="ID")
    accept = actions.add_parser("accept", parents=[common], help="the discrepancy is real and known")
    accept.add_argument("id", metavar="ID")
    accept.add_argument("--note", default="", help="why, for the next reader")
    dismiss = actions.add_parser("dismiss", parents=[common], help="not a real discrepancy (say why)")
    dismiss.add_argument("id", metavar="ID")
    dismiss.add_argument("--note", required=True, help="the reason it is not a real discrepancy")
    reset = actions.add_parser("reset", parents=[common], help="forget the decision on a finding")
    reset.add_argument("id", metavar="ID")
    parser.set_defaults(run=run)


def _common_options() -> argparse.ArgumentParser:
    """Accepted before or after the action; SUPPRESS keeps one level from resetting the other."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--corpus", action="append", metavar="DIR", default=argparse.SUPPRESS,
                        help=f"corpus folder, repeatable (default: {DEFAULT_CORPUS})")
    common.add_argument("--reviews", metavar="FILE", default=argparse.SUPPRESS,
                        help="decisions file (default: reviews.toml in the first corpus folder)")
    common.add_argument("--reviewer", metavar="NAME", default=argparse.SUPPRESS,
                        help="who decides (default: $CHECKER_REVIEWER, git user.name, login)")
    common.add_argument("--no-cache", action="store_true", default=argparse.SUPPRESS,
                        help="re-extract every source, ignore the cache")
    common.add_argument("--cache-dir", default=argparse.SUPPRESS,
                        help="cache folder (default: .checker-cache in the first corpus folder)")
    return common


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "action", None)
    if action == "reset":
        return _reset(args)
    session = Session.open(args)
    if action is None:
        return walk(session, reviewer(args), getattr(args, "severity", "warning"))
    if action == "list":
        return _list(session, args.status)
    if action == "show":
        return _show(session, args.id)
    return _decide(session, args.id, "accepted" if action == "accept" else "dismissed", args.note, reviewer(args))


@dataclass
class Session:
    """The corpus, its findings with their reviews, and the decisions file."""

    corpus: Corpus
    findings: pd.DataFrame  # findings table + reviews.REVIEW_COLUMNS
    decisions: dict[str, reviews.Decision]
    path: Path

    @classmethod
    def open(cls, args: argparse.Namespace) -> Session:
        corpus = common.load(argparse.Namespace(paths=_corpus_paths(args), strict=False,
                                                no_cache=getattr(args, "no_cache", False),
                                                cache_dir=getattr(args, "cache_dir", None)))
        path = _reviews_path(args, corpus.roots)
        decisions = reviews.load(path)
        findings = reviews.apply_reviews(find_discrepancies(corpus), decisions)
        return cls(corpus, findings, decisions, path)

    def finding(self, prefix: str) -> Mapping:
        """The finding whose id starts with `prefix`."""
        return self.findings.set_index("finding_id", drop=False).loc[self.match(prefix, self.findings["finding_id"])]

    def match(self, prefix: str, ids) -> str:
        """The one id in `ids` starting with `prefix`; InputError (exit 2) otherwise."""
        try:
            return reviews.match_id(prefix, ids)
        except ValueError as error:
            raise InputError(self.path.parent, str(error)) from None

    def record(self, finding: Mapping, status: str, note: str, who: str) -> None:
        decision = reviews.decide(finding, status, note, who)
        reviews.record(self.path, decision)
        self.decisions[decision.finding_id] = decision


def walk(session: Session, who: str, severity: str = "warning") -> int:
    """Ask about each open finding at `severity` or above in turn; every answer is saved at once."""
    findings = session.findings
    serious = findings["severity"].map(schema.SEVERITY_RANK).astype(float) >= schema.SEVERITY_RANK[severity]
    waiting = findings[gate.is_open(findings) & serious]
    if waiting.empty:
        print(f"No open findings at {severity} or above.")
        return EXIT_OK
    decided = 0
    for number, (_, finding) in enumerate(waiting.iterrows(), start=1):
        print(f"\n[{number}/{len(waiting)}] {finding['severity']} {finding['kind']} {finding['finding_id']}")
        _print_finding(session, finding)
        answer = _ask_choice()
        if answer in (None, "quit"):
            break
        if answer == "skip":
            continue
        status = "accepted" if answer == "accept" else "dismissed"
        note = _ask_note(required=status == "dismissed")
        if note is None:
            break
        session.record(finding, status, note, who)
        decided += 1
        print(f"{status} {finding['finding_id']}")
    print(f"\n{decided} {'decision' if decided == 1 else 'decisions'} recorded in {text.relative_path(session.path)}.")
    return EXIT_OK


def _ask(prompt: str) -> str | None:
    """One line from standard input (None at its end), so a script can drive the walk."""
    sys.stdout.write(prompt)
    sys.stdout.flush()
    line = sys.stdin.readline()
    if line and not sys.stdin.isatty():  # piped answers: echo them so the transcript reads well
        sys.stdout.write(line if line.endswith("\n") else line + "\n")
    return None if line == "" else line.strip()


def _ask_choice() -> str | None:
    while True:
        answer = _ask("[a]ccept, [d]ismiss, [s]kip, [q]uit? ")
        if answer is None:
            return None
        if answer.lower() in ANSWERS:
            return ANSWERS[answer.lower()]
        print("Please answer a, d, s or q.")


def _ask_note(required: bool) -> str | None:
    while True:
        note = _ask("Reason (required): " if required else "Note (optional): ")
        if note is None or note or not required:
            return note
        print("A dismissal needs a reason.")


def _list(session: Session, status: str | None) -> int:
    rows = session.findings
    if status == "open":
        rows = rows[gate.is_open(rows)]
    elif status:
        rows = rows[rows["review_status"] == status]
    for _, finding in rows.iterrows():
        print(f"{finding['review_status']:<9} {finding['severity']:<7} {finding['finding_id']}  {finding['message']}")
    for decision in reviews.orphans(session.findings, session.decisions):
        print(f"{text.relative_path(session.path)}:{decision.line}: the decision on {decision.finding_id} ({decision.status}) matches no finding any more")
    return EXIT_OK


def _show(session: Session, prefix: str) -> int:
    ids = set(session.findings["finding_id"]) | set(session.decisions)
    finding_id = session.match(prefix, ids)
    decision = session.decisions.get(finding_id)
    if finding_id not in set(session.findings["finding_id"]):
        print(f"{finding_id}: no such finding any more; its decision ({decision.status}) is on line {decision.line} of {session.path}")
        return EXIT_OK
    finding = session.finding(finding_id)
    print(f"{finding['finding_id']}\n{finding['severity']} {finding['kind']}: {finding['subject']}, {finding['measure']}, {finding['as_of']}")
    print(f"values: {finding['values']}")
    _print_finding(session, finding)
    if decision is not None:
        print(f"review: {finding['review_status']} by {decision.reviewer or 'unknown'} on {decision.date or 'unknown date'}"
              + (f": {decision.note}" if decision.note else ""))
    else:
        print("review: open")
    return EXIT_OK


def _print_finding(session: Session, finding: Mapping) -> None:
    print(finding["message"])
    for quote in text.quotes(finding, session.corpus):
        print(f"    {quote.path}:{quote.line}: \u201c{quote.quote}\u201d ({quote.date or 'undated'})")
    if finding["review_status"] == "stale":
        print(f"    review is stale, {finding['review_change']}" + (f" \u2014 note was: {finding['review_note']}" if finding["review_note"] else ""))


def _decide(session: Session, prefix: str, status: str, note: str, who: str) -> int:
    finding = session.finding(prefix)
    session.record(finding, status, note, who)
    print(f"{status} {finding['finding_id']}")
    return EXIT_OK


def _reset(args: argparse.Namespace) -> int:
    """Needs only the decisions file: the finding may be long gone."""
    path = _reviews_path(args, None)
    try:
        finding_id = reviews.match_id(args.id, reviews.load(path), what="decision")
    except ValueError as error:
        raise InputError(path, str(error)) from None
    reviews.remove(path, finding_id)
    print(f"reset {finding_id}: open again")
    return EXIT_OK


def _corpus_paths(args: argparse.Namespace) -> list[str]:
    return list(getattr(args, "corpus", None) or [DEFAULT_CORPUS])


def _reviews_path(args: argparse.Namespace, roots) -> Path:
    if getattr(args, "reviews", None):
        return Path(args.reviews)
    return reviews.default_path(roots or sources.discover(_corpus_paths(args)).roots)


def reviewer(args: argparse.Namespace) -> str:
    """--reviewer, else $CHECKER_REVIEWER, else git's user.name, else the login name."""
    name = getattr(args, "reviewer", None) or os.environ.get("CHECKER_REVIEWER", "")
    if not name:
        try:
            name = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=5).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            name = ""
    return name or getpass.getuser()
