"""Review decisions: the `reviews.toml` file a team commits beside its sources.

A reviewer accepts a finding (the discrepancy is real and known) or dismisses it (not
a real discrepancy, with a reason).  Each decision pins the finding's `fingerprint`,
the hash of the evidence the reviewer saw, plus that evidence's sources and values in
words: when the evidence changes the decision turns `stale`, the finding is open
again, and the recorded sources and values say what changed.

The file is TOML, one `[[review]]` table per decision, so it diffs well and people
can edit it by hand; checker edits it with tomlkit, so hand edits and comments
survive.  A file that cannot be parsed is reported with its line and never
overwritten.  Writes lock the file, re-read it under the lock, and replace it
atomically, so two reviewers writing at once both keep their decision.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import tomlkit
from filelock import FileLock
from tomlkit.exceptions import ParseError, TOMLKitError

from checker.errors import InputError
from checker.output import atomic
from checker.schema import records

FILENAME = "reviews.toml"
DECISIONS = ("accepted", "dismissed")  # what a reviewer can decide
STATUSES = ("open", "accepted", "dismissed", "stale")  # a finding's review status
REVIEW_COLUMNS = ("review_status", "review_note", "review_state", "review_change")
LOCK_TIMEOUT = 30.0  # seconds to wait for another writer before giving up

_KEYS = ("finding_id", "status", "note", "reviewer", "date", "fingerprint", "values", "sources")
_HEADER = """\
# checker review decisions: one [[review]] table per finding, committed with the sources.
# status: "accepted" (the discrepancy is real and known) or "dismissed" (not a real
# discrepancy; the note says why).  fingerprint, values and sources record the evidence
# the reviewer saw: when that evidence changes, the decision turns stale and the finding
# is open again.  Hand edits and comments are kept when checker writes this file.
"""


@dataclass(frozen=True)
class Decision:
    """One reviewer's verdict on one finding, as of the evidence they saw."""

    finding_id: str
    status: str  # accepted | dismissed
    note: str = ""
    reviewer: str = ""
    date: str = ""  # ISO date of the decision
    fingerprint: str = ""  # the finding's fingerprint when it was reviewed
    values: str = ""  # the finding's values then, to show what changed
    sources: str = ""  # the finding's sources then (space-separated)
    line: int = field(default=0, compare=False)  # where the decision sits in the file


def default_path(roots: Iterable[Path]) -> Path:
    """`reviews.toml` in the first corpus folder."""
    return Path(next(iter(roots))) / FILENAME


def decide(finding: Mapping, status: str, note: str, reviewer: str, today: dt.date | None = None) -> Decision:
    """A decision on `finding` (a findings-table row) pinning its current evidence."""
    if status not in DECISIONS:
        raise ValueError(f"status must be one of {DECISIONS}, not {status!r}")
    return Decision(
        finding_id=str(finding["finding_id"]),
        status=status,
        note=note,
        reviewer=reviewer,
        date=(today or dt.date.today()).isoformat(),
        fingerprint=str(finding["fingerprint"]),
        values=str(finding["values"]),
        sources=str(finding["sources"]),
    )


# -- reading -------------------------------------------------------------------------


def load(path: str | Path) -> dict[str, Decision]:
    """The decisions in `path` by finding id; {} when the file does not exist yet.

    Raises InputError naming the file and line when it cannot be read or parsed, or
    when a decision is malformed.
    """
    path = Path(path)
    if not path.exists():
        return {}
    _, decisions = _parse(_read_text(path), path)
    return decisions


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read reviews file: {error.strerror}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(path, f"line {line}: reviews file is not UTF-8 text") from None


def _parse(text: str, path: Path) -> tuple[tomlkit.TOMLDocument, dict[str, Decision]]:
    try:
        document = tomlkit.parse(text)
    except ParseError as error:
        where = f"line {error.line}, column {error.col + 1}: "  # tomlkit counts columns from 0
        raise InputError(path, f"{where}cannot parse reviews file: {_reason(error)}") from None
    except TOMLKitError as error:  # e.g. a key defined twice
        raise InputError(path, f"cannot parse reviews file: {error}") from None
    for key in document:
        if key != "review":
            where = _at(_key_line(text, 0, len(text), key))
            raise InputError(path, f"{where}unknown key {key!r} (decisions go in [[review]] tables)")
    tables = document.get("review", [])
    if not isinstance(tables, list):
        header = re.search(r"^[ \t]*\[[ \t]*review[ \t]*\]", text, re.MULTILINE)
        where = _at(text.count("\n", 0, header.start()) + 1 if header else _key_line(text, 0, len(text), "review"))
        raise InputError(path, f"{where}'review' must be an array of [[review]] tables")
    spans = _table_spans(text, len(tables))
    decisions: dict[str, Decision] = {}
    for table, span in zip(tables, spans):
        decision = _decision(table, text, span, path)
        if decision.finding_id in decisions:
            first = decisions[decision.finding_id].line
            earlier = f" (the first is on line {first})" if first else ""
            raise InputError(path, f"{_at(decision.line)}a second decision for {decision.finding_id}{earlier}")
        decisions[decision.finding_id] = decision
    return document, decisions


def _at(line: int) -> str:
    """"line N: " for a message, or "" when the line is not known."""
    return f"line {line}: " if line else ""


def _reason(error: ParseError) -> str:
    return re.sub(r" at line \d+ col \d+$", "", str(error))


def _decision(table: object, text: str, span: tuple[int, int, int], path: Path) -> Decision:
    line, start, end = span
    if not isinstance(table, dict):
        raise InputError(path, f"{_at(line)}a decision must be a [[review]] table")

    def fail(key: str, problem: str) -> InputError:
        return InputError(path, f"{_at(_key_line(text, start, end, key) or line)}{problem}")

    unknown = [key for key in table if key not in _KEYS]
    if unknown:
        raise fail(unknown[0], f"unknown key {unknown[0]!r} in a decision (known: {', '.join(_KEYS)})")
    values: dict[str, str] = {}
    for key in _KEYS:
        value = table.get(key, "")
        if key == "date" and isinstance(value, dt.date):
            value = value.isoformat()
        if not isinstance(value, str):
            raise fail(key, f"{key} must be a string, not {value!r}")
        values[key] = value
    if not values["finding_id"]:
        raise InputError(path, f"{_at(line)}a decision needs a finding_id")
    if values["status"] not in DECISIONS:
        raise fail("status", f"status must be accepted or dismissed, not {values['status']!r}")
    return Decision(**values, line=line)


def _table_spans(text: str, count: int) -> list[tuple[int, int, int]]:
    """(header line, start offset, end offset) of each [[review]] table, in order."""
    headers = [m.start() for m in re.finditer(r"^[ \t]*\[\[[ \t]*\"?review\"?[ \t]*\]\]", text, re.MULTILINE)]
    if len(headers) != count:  # unusual spelling: give up on lines rather than guess
        return [(0, 0, 0)] * count
    ends = headers[1:] + [len(text)]
    return [(text.count("\n", 0, s) + 1, s, e) for s, e in zip(headers, ends)]


def _key_line(text: str, start: int, end: int, key: str) -> int:
    match = re.compile(rf"^[ \t]*\"?{re.escape(key)}\"?[ \t]*=", re.MULTILINE).search(text, start, end)
    return text.count("\n", 0, match.start()) + 1 if match else 0


# -- writing -------------------------------------------------------------------------


def record(path: str | Path, decision: Decision) -> None:
    """Add or replace the decision for its finding, keeping everything else in the file."""

    def change(document: tomlkit.TOMLDocument) -> None:
        tables = document.get("review")
        fields = {key: getattr(decision, key) for key in _KEYS}
        fields["date"] = dt.date.fromisoformat(decision.date) if decision.date else ""
        existing = next((t for t in tables or [] if t.get("finding_id") == decision.finding_id), None)
        if existing is not None:
            _update(existing, fields)
            return
        table = tomlkit.table()
        for key, value in fields.items():
            table[key] = value
        if tables is None:
            tables = tomlkit.aot()
            tables.append(table)
            document.append("review", tables)
        else:
            if tables:
                _end_with_blank_line(tables[-1])
            tables.append(table)

    _rewrite(Path(path), change)


def remove(path: str | Path, finding_id: str) -> bool:
    """Drop the decision for `finding_id`; False when there was none."""
    removed = False

    def change(document: tomlkit.TOMLDocument) -> None:
        nonlocal removed
        tables = document.get("review") or []
        for index, table in enumerate(tables):
            if table.get("finding_id") == finding_id:
                del tables[index]
                removed = True
                return

    path = Path(path)
    if path.exists():
        _rewrite(path, change)
    return removed


def _rewrite(path: Path, change) -> None:
    """Lock, re-read, apply `change` to the parsed document, write atomically."""
    with FileLock(_lock_path(path), timeout=LOCK_TIMEOUT):
        text = _read_text(path) if path.exists() else _HEADER + "\n"
        document, _ = _parse(text, path)  # raises before anything is written
        change(document)
        new_text = tomlkit.dumps(document).rstrip("\n") + "\n"
        _parse(new_text, path)  # never write a file we could not read back
        atomic.write_bytes(path, new_text.encode("utf-8"))  # temp file + rename


def _update(table, fields: dict) -> None:
    """Set each field in place (keeping comments); new keys go after the last key."""
    for key, value in fields.items():
        if key in table:
            table[key] = value
            continue
        last = [k for k in _KEYS if k in table]
        try:
            table.value._insert_after(last[-1], key, value)  # beside its siblings
        except (AttributeError, IndexError, TOMLKitError):
            table[key] = value


def _end_with_blank_line(table) -> None:
    body = getattr(table.value, "body", [])
    if not body or not isinstance(body[-1][1], tomlkit.items.Whitespace):
        table.add(tomlkit.nl())


def _lock_path(path: Path) -> str:
    """A lock file outside the corpus folder, so it never shows up in a commit.  It stays
    after use, one per reviews file: unlinking a flock lock lets a waiting writer lock a
    file no one else will see."""
    key = hashlib.sha256(os.path.realpath(path).encode()).hexdigest()[:16]
    return os.path.join(tempfile.gettempdir(), f"checker-reviews-{key}.lock")


# -- applying ------------------------------------------------------------------------


def apply_reviews(findings: pd.DataFrame, decisions: Mapping[str, Decision] | Iterable[Decision]) -> pd.DataFrame:
    """`findings` with each finding's review: status, note, baseline state, change.

    review_status: open (never reviewed), accepted, dismissed, or stale (reviewed, but
    the evidence has changed since, so it is open again).  review_state is the SARIF
    baselineState: new (never reviewed), unchanged, updated (stale).  review_change
    says in words what changed for a stale decision ("" otherwise).
    """
    by_id = _by_id(decisions)
    out = findings.copy()
    compared = findings[["finding_id", "fingerprint", "sources", "values"]]  # not the evidence: megabytes
    rows = [_review(row, by_id.get(row["finding_id"])) for row in records(compared)]
    for index, column in enumerate(REVIEW_COLUMNS):
        out[column] = pd.Series([r[index] for r in rows], index=findings.index, dtype=object)
    return out


def _review(finding: Mapping, decision: Decision | None) -> tuple[str, str, str, str]:
    if decision is None:
        return "open", "", "new", ""
    if decision.fingerprint and decision.fingerprint == finding["fingerprint"]:
        return decision.status, decision.note, "unchanged", ""
    return "stale", decision.note, "updated", describe_change(decision, finding)


def describe_change(decision: Decision, finding: Mapping) -> str:
    """What differs between the evidence a reviewer saw and the finding's evidence now."""
    if not decision.fingerprint:
        return "the decision records no fingerprint of the evidence it saw"
    was, now = decision.sources.split(), str(finding["sources"]).split()
    parts = []
    added = [s for s in now if s not in was]
    gone = [s for s in was if s not in now]
    if added:
        parts.append(f"new {_plural('source', added)}: {', '.join(added)}")
    if gone:
        parts.append(f"no longer in the evidence: {', '.join(gone)}")
    if decision.values and decision.values != finding["values"]:
        parts.append(f"values were {decision.values}; now {finding['values']}")
    if not parts:
        parts.append("the quoted evidence changed")
    return f"since {decision.status} on {decision.date or 'an unknown date'}: " + "; ".join(parts)


def orphans(findings: pd.DataFrame, decisions: Mapping[str, Decision] | Iterable[Decision]) -> list[Decision]:
    """Decisions whose finding no longer exists: reported, never silently kept."""
    current = set(findings["finding_id"]) if len(findings) else set()
    return [d for d in _by_id(decisions).values() if d.finding_id not in current]


def match_id(prefix: str, ids: Iterable[str], what: str = "finding") -> str:
    """The one id starting with `prefix` (like git); ValueError when none or several."""
    ids = sorted(set(ids))
    if prefix in ids:
        return prefix
    matches = [i for i in ids if i.startswith(prefix)] if prefix else []
    if not matches:
        raise ValueError(f"no {what} has an id starting with {prefix!r}")
    if len(matches) > 1:
        shown = ", ".join(matches[:5]) + (", ..." if len(matches) > 5 else "")
        raise ValueError(f"id prefix {prefix!r} is ambiguous: {shown}")
    return matches[0]


def _by_id(decisions: Mapping[str, Decision] | Iterable[Decision]) -> dict[str, Decision]:
    if isinstance(decisions, Mapping):
        return dict(decisions)
    return {d.finding_id: d for d in decisions}


def _plural(word: str, items: list) -> str:
    return word if len(items) == 1 else word + "s"
