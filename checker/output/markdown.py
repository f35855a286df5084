"""report.md: the report in GitHub-flavoured Markdown, fit for a pull-request comment.

The same sections as report.html, with the charts as SVG files beside it
(`charts/<slug>.svg`).  Text from sources goes through `_md`, which turns HTML
characters into entities and backslash-escapes Markdown's, so a quote can neither
inject HTML nor break a table, nor mention (@) anyone in a comment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from checker.output.charts import Chart
from checker.output.tables import (
    KIND_DESCRIPTIONS,
    SEVERITIES,
    Quote,
    ReportTables,
    claim_when,
    describe_entry,
    finding_heading,
    format_claim_value,
    is_http_url,
    plural,
    quote_origin,
    summary_line,
)
from checker.schema import records

TITLE = "Claim and figure consistency report"
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "@": "&#64;"}
_ESCAPED = set("\\`*_[]|~")  # special anywhere in a line
_LINE_START = re.compile(r"^([#+=-]|\d+(?=[.)]))")  # special only where a block can begin


def render_markdown(tables: ReportTables, charts: list[Chart]) -> str:
    """The whole report as Markdown text ending in one newline."""
    parts = [
        f"# {TITLE}",
        _md_paragraph(summary_line(tables)) + ".",
        _summary(tables),
        _charts(tables, charts),
        _findings(tables),
        _timeline(tables),
        _claims(tables),
    ]
    return "\n\n".join(part for part in parts if part).rstrip("\n") + "\n"


def _summary(tables: ReportTables) -> str:
    lines = ["## Summary", ""]
    conflicts = tables.open_conflicts()
    lines.append(f"### Open conflicts ({len(conflicts)})")
    lines.append("")
    if conflicts.empty:
        lines.append("None: no open finding says that sources disagree.")
    for finding in records(conflicts):
        lines.append(f"- **{_md(finding['severity'])}** {_md(finding_heading(finding))}: {_md(finding['message'])}")
    lines += ["", "### Findings by kind", ""]
    counts = tables.counts_by_kind()
    if counts:
        lines.append(
            _table(
                ["Kind", "Meaning", "Findings"],
                [[_md(kind), _md(KIND_DESCRIPTIONS.get(kind, "")), str(count)] for kind, count in counts],
                right={2},
            )
        )
        lines += ["", "By severity: " + _md(", ".join(f"{n} {s}" for s, n in tables.counts_by_severity())) + "."]
    else:
        lines.append("No findings.")
    lines += ["", f"### Sources ({len(tables.documents)})", ""]
    rows = []
    for doc in records(tables.documents):
        how = doc["source_date_basis"] + (f": {doc['date_note']}" if doc["date_note"] else "")
        title = f"<br>{_md(doc['title'])}" if doc["title"] else ""
        rows.append(
            [
                _link(tables.hrefs.get(doc["source"], ""), doc["source"]) + title,
                _md(doc["outlet"]),
                _md(doc["source_date"] or "unknown"),
                _md(how),
                _url(doc["url"]),
            ]
        )
    lines.append(_table(["Source", "Outlet", "Published", "How the date is known", "URL"], rows))
    return "\n".join(lines)


def _charts(tables: ReportTables, charts: list[Chart]) -> str:
    lines = ["## Charts", ""]
    if not charts:
        return "\n".join(lines + ["No measure has figures from two or more dates or sources."])
    lines.append(
        "One chart per measure with figures from two or more dates or sources; bars span the as-of "
        "date and the range the wording allows, colours are sources, a red ring marks a figure in a conflict."
    )
    for chart in charts:
        alt = _md(f"Chart: {chart.title} against as-of date")
        lines += ["", f"### {_md(chart.title)}", "", f"![{alt}]({chart.file_name})", ""]
        rows = [
            [_md(q.when), _md(q.value), _md(q.outlet or q.source), _location(tables, q),
             "yes" if q.claim_id in chart.conflict_claim_ids else ""]
            for q in tables.quotes(" ".join(chart.claim_ids))
        ]  # fmt: skip
        lines.append(_table(["As of", "Figure", "Source", "Where", "In a conflict"], rows, right={1}))
    return "\n".join(lines)


def _findings(tables: ReportTables) -> str:
    lines = ["## Findings"]
    if tables.findings.empty:
        return "\n".join(lines + ["", "No findings."])
    for severity in SEVERITIES:
        group = tables.findings[tables.findings["severity"] == severity]
        if group.empty:
            continue
        lines += ["", f"### {severity.capitalize()} ({len(group)})"]
        for finding in records(group):
            lines += ["", _finding(tables, finding)]
    return "\n".join(lines)


def _finding(tables: ReportTables, finding: Mapping) -> str:
    lines = [
        f"#### {_md(finding['kind'])}: {_md(finding_heading(finding))}",
        "",
        f"**{_md(finding['severity'])}** · review: **{_md(finding['review_status'])}**"
        + (f" · note: {_md(finding['review_note'])}" if finding["review_note"] else "")
        + (f" · stale, {_md(finding['review_change'])}" if finding["review_change"] else ""),
        "",
        _md_paragraph(finding["message"]),
    ]
    if finding["values"]:
        lines += ["", f"Figures: {_md(finding['values'])}"]
    for quote in tables.finding_quotes(finding):
        lines += ["", f"> {_quote(quote)}", f"> — {_md(quote_origin(quote))} · {_location(tables, quote)}"]
    return "\n".join(lines)


def _timeline(tables: ReportTables) -> str:
    lines = ["## Timeline", ""]
    if tables.timeline.empty:
        return "\n".join(lines + ["No dated events or figures."])
    lines += ["Every dated event and figure, earliest first; one entry per event, listing every source.", ""]
    for entry in records(tables.timeline):
        sources = plural(len(entry["sources"].split()), "source")
        lines.append(f"- **{_md(entry['when'])}**: {_md(describe_entry(entry))} _({_md(entry['kind'])}, {sources})_")
        for quote in tables.quotes(entry["claim_ids"]):
            lines.append(f"  - {_md(quote.outlet or quote.source)}: {_quote(quote)} — {_location(tables, quote)}")
    return "\n".join(lines)


def _claims(tables: ReportTables) -> str:
    rows = [
        [
            _link(tables.location_href(c["source"], c["line"]), f"{c['source']}#L{c['line']}"),
            _md(c["kind"]), _md(c["subject"]), _md(c["measure"]), _md(c["surface"]),
            _md(format_claim_value(c)), _md(c["qualifier"]), _md(claim_when(c)), _md(c["as_of_basis"]),
            _md(c["rule"]), _md(c["claim_id"]),
        ]  # fmt: skip
        for c in tables.claims.to_dict("records")
    ]
    headers = ["Source", "Kind", "Subject", "Measure", "Words", "Value", "Qualifier", "As of", "Date basis",
               "Rule", "Claim id"]  # fmt: skip
    return "\n".join(
        [
            f"## Claims ({len(rows)})",
            "",
            "<details><summary>All claims</summary>",
            "",
            _table(headers, rows, right={5}),
            "",
            "</details>",
        ]
    )


# --- fragments ------------------------------------------------------------------------


def _md(value: object) -> str:
    """Text from a source, safe inline: entities for HTML characters, escapes for Markdown's."""
    text = re.sub(r"\s+", " ", str(value))  # one line; edge spaces kept around **figures**
    return "".join(_ENTITIES.get(ch) or (f"\\{ch}" if ch in _ESCAPED else ch) for ch in text)


def _md_paragraph(value: object) -> str:
    """Like `_md`, for text that starts a line, where "- ", "# " or "1. " would start a block."""
    return _LINE_START.sub(_escape_block_marker, _md(value).strip())


def _escape_block_marker(match: re.Match) -> str:
    """"- x" -> "\\- x" (not a list), "1. x" -> "1\\. x" (not a numbered list)."""
    marker = match.group(0)
    return f"{marker}\\" if marker.isdigit() else f"\\{marker}"


def _table(headers: list[str], rows: Iterable[list[str]], right: set[int] = frozenset()) -> str:
    """A GFM table from already-escaped cells."""
    align = ["---:" if i in right else "---" for i in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _link(href: str, text: str) -> str:
    return f"[{_md(text)}]({href})" if href else _md(text)


def _url(url: str) -> str:
    if not url:
        return ""
    return f"<{url}>" if is_http_url(url) else _md(url)


def _location(tables: ReportTables, quote: Quote) -> str:
    if not quote.line:
        return _md(quote.source)
    return _link(tables.location_href(quote.source, quote.line), f"{quote.source}#L{quote.line}")


def _quote(quote: Quote) -> str:
    figure = f"**{_md(quote.figure)}**" if quote.figure else ""
    return f"“{_md(quote.before)}{figure}{_md(quote.after)}”"
