"""`checker check --format github`: GitHub Actions workflow commands, one annotation per quote.

An annotation only shows on the file it names, so every claim behind an open finding
gets one: a pull request that adds the contradicting article sees the finding on its
own line, and the older article's line carries it too.  Accepted and dismissed
findings are not annotated; decisions that match no finding are warnings on the
reviews file.  Escaping follows GitHub's toolkit: `%`, CR and LF in the message; also
`:` and `,` in properties.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from checker import gate
from checker.output import text
from checker.schema import records

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: object) -> str:
    """`::level key=value,...::message`, escaped; properties that are None are left out."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{level}{' ' + props if props else ''}::{escape_data(message)}"


def render(
    findings: pd.DataFrame,
    corpus,
    *,
    fail_on: str = "error",
    orphans: Sequence = (),
    reviews_path: str | Path | None = None,
) -> str:
    """Workflow commands for open findings and orphaned decisions, then a summary line."""
    lines: list[str] = []
    is_open = gate.is_open(findings)
    located = text.locate(findings[is_open], corpus)
    for finding in records(findings[is_open]):
        lines.extend(_annotations(finding, corpus, located))
    for decision in orphans:
        lines.append(
            command(
                "warning",
                f"The decision on {decision.finding_id} ({decision.status}) matches no finding any more;"
                f" drop it with `checker review reset {decision.finding_id}`.",
                file=text.relative_path(reviews_path) if reviews_path else None,
                line=decision.line or None,
                title="checker: review matches no finding",
            )
        )
    for problem in getattr(corpus, "problems", []):
        lines.append(command("warning", f"Skipped: {problem.problem}", file=problem.path, title="checker: source skipped"))
    lines.append(text.summary(findings, fail_on))
    return "\n".join(lines) + "\n"


def _annotations(finding: Mapping, corpus, located: Mapping[str, text.Quote]) -> list[str]:
    located = text.quotes(finding, corpus, located)
    level = LEVELS.get(str(finding["severity"]), "warning")
    title = f"checker {finding['kind']}: {finding['finding_id']}"
    evidence = "\n".join(f"- {q.path}:{q.line}: \u201c{q.quote}\u201d ({q.date or 'undated'})" for q in located)
    message = f"{finding['message']}\nEvidence:\n{evidence}" if evidence else str(finding["message"])
    if finding.get("review_status") == "stale":
        message += f"\nThe review is stale, {finding['review_change']}."
    if not located:
        return [command(level, message, title=title)]
    return [
        command(
            level,
            message,
            file=q.path,
            line=q.line,
            endLine=q.end_line,
            col=q.column if q.end_line == q.line else None,  # columns only within one line
            endColumn=q.end_column if q.end_line == q.line else None,
            title=title,
        )
        for q in {(q.path, q.line, q.column): q for q in located}.values()  # one per spot
    ]
