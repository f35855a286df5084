"""`checker check --format text`: findings for people reading a terminal or a CI log.

Open findings come first, each with its quotes at `file:line:column` (so editors and
terminals can jump there) and, for a stale decision, what changed since the review;
reviewed findings follow one line each; then decisions that match no finding, and a
summary with the gate's verdict.  (Skipped sources are warned about on stderr.)

`quotes` (where each claim behind a finding sits) is shared by every output format.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from checker import gate
from checker.schema import QUOTE_COLUMNS, records, rows_among


@dataclass(frozen=True)
class Quote:
    """One claim behind a finding, located in its source file."""

    source: str  # the source's id (path relative to its corpus folder)
    path: str  # the file, relative to the working directory when it is below it
    line: int  # 1-based
    column: int  # 1-based, in characters (code points)
    end_line: int
    end_column: int  # 1-based, exclusive: the column just after the quote
    quote: str  # the exact words the claim rests on
    date: str  # the date the claim is about, or its source's date


def locate(findings: pd.DataFrame, corpus) -> dict[str, Quote]:
    """Every claim `findings` quote, located in one pass over the claims table, by id: a
    check of a large corpus quotes hundreds of thousands of claims, several times each,
    and `quotes` given these only looks them up."""
    claims = getattr(corpus, "claims", None)
    if not len(findings) or claims is None or not len(claims):
        return {}
    wanted = set(" ".join(findings["claim_ids"].astype(str)).split())
    rows = rows_among(claims[list(QUOTE_COLUMNS)], "claim_id", wanted)
    paths = {source: display_path(source, corpus) for source in set(rows["source"].tolist())}
    # a source read twice has its rows twice: the last copy, as `Corpus.located` keeps
    return {claim[0]: _from_claim(claim, corpus, paths[claim[1]])
            for claim in zip(*(rows[column].tolist() for column in QUOTE_COLUMNS))}


def quotes(finding: Mapping, corpus, located: Mapping[str, Quote] | None = None) -> list[Quote]:
    """The claims behind `finding`, in evidence order, located via the claims table (or
    in `located`, from `locate`, when given)."""
    evidence = None  # parsed only for a claim this run's table does not hold
    found = []
    for index, claim_id in enumerate(str(finding["claim_ids"]).split()):
        if located is not None:
            quote = located.get(claim_id)
        else:
            claim = _claim(corpus, claim_id)
            quote = _from_claim(claim, corpus) if claim is not None else None
        if quote is not None:
            found.append(quote)
            continue
        evidence = _evidence(finding) if evidence is None else evidence
        if index < len(evidence):  # fall back to the JSON
            found.append(_from_evidence(evidence[index], corpus))
    return found


def _claim(corpus, claim_id: str) -> tuple | None:
    """Where a claim of the corpus stands (QUOTE_COLUMNS, as a tuple) by id: the Corpus
    index, or a scan for a bare table."""
    if hasattr(corpus, "located"):
        return corpus.located(claim_id)
    rows = corpus.claims[corpus.claims["claim_id"] == claim_id] if len(corpus.claims) else []
    return tuple(rows.iloc[0][list(QUOTE_COLUMNS)]) if len(rows) else None


def display_path(source: str, corpus) -> str:
    """The source's file as a reader can open it."""
    known = _display_paths(corpus)
    if source not in known:
        known[source] = relative_path(corpus.paths.get(source, source))
    return known[source]


def _display_paths(corpus) -> dict[str, str]:
    """The corpus's sources' display paths worked out so far: a check quotes each source
    hundreds of times, and the working directory does not change while it prints."""
    held = getattr(corpus, "__dict__", None)
    return held.setdefault("_display_paths", {}) if held is not None else {}


def relative_path(path: str | Path) -> str:
    """`path` relative to the working directory when it is below it, else absolute."""
    return _relative_path(str(path), os.getcwd())


@lru_cache(maxsize=65536)
def _relative_path(path: str, cwd: str) -> str:
    path = Path(path)
    absolute = path if path.is_absolute() else Path.cwd() / path
    relative = os.path.relpath(absolute, Path.cwd())
    return Path(relative).as_posix() if not relative.startswith("..") else absolute.as_posix()


def render(
    findings: pd.DataFrame,
    corpus,
    *,
    fail_on: str = "error",
    orphans: Sequence = (),
    reviews_path: str | Path | None = None,
) -> str:
    """The whole report, ending with a newline."""
    lines: list[str] = []
    is_open = gate.is_open(findings)
    located = locate(findings[is_open], corpus)
    for finding in records(findings[is_open]):
        lines.extend(_open_finding(finding, corpus, located))
    reviewed = findings[~is_open]
    if len(reviewed):
        lines.append("Reviewed:")
        for finding in records(reviewed):
            note = f" ({finding['review_note']})" if finding.get("review_note") else ""
            lines.append(f"  {finding['review_status']} {finding['finding_id']}: {finding['message']}{note}")
    for decision in orphans:
        where = f"{reviews_path}:{decision.line}" if reviews_path and decision.line else str(reviews_path or "reviews")
        lines.append(
            f"{where}: note: the decision on {decision.finding_id} ({decision.status}) matches no finding any more;"
            f" drop it with `checker review reset {decision.finding_id}`"
        )
    lines.append(summary(findings, fail_on))
    return "\n".join(lines) + "\n"


def summary(findings: pd.DataFrame, fail_on: str) -> str:
    """One line: counts by review status and how many open findings fail the gate."""
    if not len(findings):
        return "No findings."
    statuses = findings["review_status"] if "review_status" in findings else pd.Series("open", index=findings.index)
    counts = statuses.value_counts()
    opened = int(counts.get("open", 0) + counts.get("stale", 0))
    parts = [f"{opened} open" + (f" ({int(counts['stale'])} stale)" if counts.get("stale", 0) else "")]
    parts += [f"{int(counts[s])} {s}" for s in ("accepted", "dismissed") if counts.get(s, 0)]
    failing = int(gate.fails(findings, fail_on).sum())
    verdict = f"{failing} open {_plural('finding', failing)} at {fail_on} level or above." if failing else f"nothing open at {fail_on} level or above."
    return f"{len(findings)} {_plural('finding', len(findings))}: {', '.join(parts)}; {verdict}"


def _open_finding(finding: Mapping, corpus, located: Mapping[str, Quote]) -> list[str]:
    located = quotes(finding, corpus, located)
    where = f"{located[0].path}:{located[0].line}:{located[0].column}" if located else "(no location)"
    lines = [f"{where}: {finding['severity']}: {finding['message']} [{finding['kind']} {finding['finding_id']}]"]
    for quote in located:
        lines.append(f"    {quote.path}:{quote.line}:{quote.column}: \u201c{quote.quote}\u201d ({quote.date or 'undated'})")
    if finding.get("review_status") == "stale":
        note = f" \u2014 note was: {finding['review_note']}" if finding.get("review_note") else ""
        lines.append(f"    review is stale, {finding['review_change']}{note}")
    return lines


def _evidence(finding: Mapping) -> list[dict]:
    try:
        items = json.loads(finding.get("evidence") or "[]")
    except (TypeError, ValueError):
        return []
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _from_claim(claim: tuple, corpus, path: str | None = None) -> Quote:
    _, source, start, end, line, surface, as_of_start, source_date = claim  # QUOTE_COLUMNS
    source = str(source)
    text = corpus.texts.get(source, "")
    start, end = int(start), int(end)
    line = int(line)  # the extraction stage's line, so every output agrees
    if text:
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        end_line = line + text.count("\n", start, end)
        end_column = end - (text.rfind("\n", 0, end) + 1) + 1
    else:
        column, end_line, end_column = 1, line, 1 + len(str(surface))
    return Quote(
        source=source,
        path=path if path is not None else display_path(source, corpus),
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        quote=str(surface),
        date=str(as_of_start or source_date),
    )


def _from_evidence(item: Mapping, corpus) -> Quote:
    source = str(item.get("source", ""))
    line = int(item.get("line") or 1)
    quote = str(item.get("quote", ""))
    return Quote(source, display_path(source, corpus), line, 1, line, 1 + len(quote), quote, str(item.get("date", "")))


def _plural(word: str, count: int) -> str:
    return word if count == 1 else word + "s"
