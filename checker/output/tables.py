"""The report's tables, ordered and formatted once, and their CSV and JSON forms.

Every output (report.html, report.md, the CSV files, report.json) renders the same
`ReportTables`, so they cannot disagree.  Determinism lives here: every table is
sorted explicitly, numbers are formatted one way, and nothing machine-specific (a
timestamp, an absolute path) gets in: source links are relative to the report folder.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from urllib.parse import quote

import pandas as pd

from checker import gate, reviews, schema
from checker.numbers import format_number
from checker.output.timeline import TIMELINE_COLUMNS, build_timeline, format_when

# Findings at these severities say sources disagree (a conflict, sums that do not add
# up, a name spelled two ways); "info" findings say they agree or record a change.
CONFLICT_SEVERITIES = ("error", "warning")

# What each finding kind means, in the words the report uses beside the counts.
KIND_DESCRIPTIONS = {
    "conflict": "sources give figures for the same thing and time that cannot all be true",
    "date_conflict": "sources give different dates for the same event",
    "arithmetic": "parts, sums and elapsed times checked against the totals given",
    "revision": "a later report revises an earlier figure",
    "change": "a figure changes over time",
    "corroborated": "several sources agree",
    "name_variant": "the same name spelled differently",
}

SEVERITIES = ("error", "warning", "info")  # most severe first, as the report lists them

# A URL is shown as a link only when it is plain http(s): no javascript:, data:, or
# whitespace and quote characters that could end an attribute or a Markdown link.
HTTP_URL = re.compile(r"https?://[^\s<>\"'`()\x00-\x1f\x7f]+", re.IGNORECASE)

QUALIFIER_SIGNS = {"about": "~", "close_to": "~", "at_least": "≥", "at_most": "≤", "up_to": "≤", "vague": "~"}


@dataclass(frozen=True)
class Quote:
    """The words a finding or a timeline entry rests on, and where they stand."""

    claim_id: str
    source: str
    outlet: str
    source_date: str
    line: int
    before: str  # the sentence up to the figure
    figure: str  # the words of the figure itself, to highlight
    after: str  # the rest of the sentence
    value: str  # the figure as the report writes it ("~4,000"), "" for dates
    when: str  # the claim's as-of date at its precision


@dataclass(frozen=True)
class ReportTables:
    """Everything a report shows, sorted; `hrefs` maps a source to its link ("" = no link)."""

    documents: pd.DataFrame  # schema.DOCUMENT_COLUMNS, by source
    claims: pd.DataFrame  # schema.CLAIM_COLUMNS, by source and position
    findings: pd.DataFrame  # schema.FINDING_COLUMNS + reviews.REVIEW_COLUMNS, most severe first
    timeline: pd.DataFrame  # timeline.TIMELINE_COLUMNS, in date order
    hrefs: Mapping[str, str] = field(default_factory=dict)

    @cached_property
    def _claims_by_id(self) -> dict[str, dict]:
        return {row["claim_id"]: row for row in self.claims.to_dict("records")}

    def quotes(self, claim_ids: str) -> list[Quote]:
        """The quotes behind space-separated claim ids, in that order (unknown ids skipped)."""
        return [quote_claim(self._claims_by_id[cid]) for cid in claim_ids.split() if cid in self._claims_by_id]

    def finding_quotes(self, finding: Mapping) -> list[Quote]:
        """The quotes a finding rests on: its claims, else what its evidence JSON records."""
        return self.quotes(finding["claim_ids"]) or _evidence_quotes(finding["evidence"])

    def location_href(self, source: str, line: int) -> str:
        """Link to a line of a source ("" when the source has no link)."""
        href = self.hrefs.get(source, "")
        return f"{href}#L{line}" if href else ""

    def conflicts(self) -> pd.DataFrame:
        """Findings that say sources disagree, whatever their review."""
        return self.findings[self.findings["severity"].isin(CONFLICT_SEVERITIES)]

    def open_conflicts(self) -> pd.DataFrame:
        """Conflicts still waiting for a decision (open, or stale since one)."""
        conflicts = self.conflicts()
        return conflicts[gate.is_open(conflicts)]

    def counts_by_kind(self) -> list[tuple[str, int]]:
        """(kind, number of findings), by kind name."""
        counts = self.findings["kind"].value_counts()
        return sorted((str(kind), int(count)) for kind, count in counts.items())

    def counts_by_severity(self) -> list[tuple[str, int]]:
        """(severity, number of findings), most severe first, zeros included."""
        counts = self.findings["severity"].value_counts()
        return [(severity, int(counts.get(severity, 0))) for severity in SEVERITIES]


def prepare(
    documents: pd.DataFrame,
    claims: pd.DataFrame,
    findings: pd.DataFrame,
    hrefs: Mapping[str, str] | None = None,
) -> ReportTables:
    """Validate and sort the pipeline's tables and derive the timeline."""
    documents = schema.conform(documents, schema.DOCUMENT_COLUMNS)
    claims = schema.conform(claims, schema.CLAIM_COLUMNS)
    findings = with_review_columns(findings)
    return ReportTables(
        documents=documents.sort_values(["source"], kind="mergesort").reset_index(drop=True),
        claims=claims.sort_values(["source", "start", "end", "rule", "claim_id"], kind="mergesort").reset_index(
            drop=True
        ),
        findings=_sorted_findings(findings),
        timeline=build_timeline(claims),
        hrefs=dict(sorted((hrefs or {}).items())),
    )


def with_review_columns(findings: pd.DataFrame) -> pd.DataFrame:
    """The findings table with the review columns (reviews.REVIEW_COLUMNS).

    Columns the frame already has are kept; missing ones get what an unreviewed finding
    has ("open", no note), so a report renders the same with or without decisions.
    """
    frame = schema.conform(findings, schema.FINDING_COLUMNS)
    unreviewed = reviews.apply_reviews(frame, {})
    for name in reviews.REVIEW_COLUMNS:
        if name in findings.columns:
            given = findings[name].reset_index(drop=True)
            unreviewed[name] = given.where(given.notna() & (given != ""), unreviewed[name]).astype(str).astype(object)
    return unreviewed


def source_hrefs(paths: Mapping[str, Path], roots: Iterable[Path], report_dir: Path) -> dict[str, str]:
    """Relative links from `report_dir` to each source file that lies inside a corpus root.

    A source outside every root (a symlink pointing elsewhere, say) gets no link: the
    report must never point a reader at a file the corpus does not hold.
    """
    resolved_roots = [Path(root).resolve() for root in roots]
    base = Path(report_dir).resolve()
    links = {}
    for source, path in sorted(paths.items()):
        target = Path(path).resolve()
        if not target.is_file() or not any(target.is_relative_to(root) for root in resolved_roots):
            continue
        relative = Path(os.path.relpath(target, base)).as_posix()
        links[source] = quote(relative, safe="/._-~")
    return links


def quote_claim(claim: Mapping) -> Quote:
    """A claim as a quote: its sentence split around the words of the figure."""
    before, figure, after = split_sentence(claim["sentence"], claim["surface"])
    return Quote(
        claim_id=claim["claim_id"],
        source=claim["source"],
        outlet=claim["outlet"],
        source_date=claim["source_date"],
        line=int(claim["line"]),
        before=before,
        figure=figure,
        after=after,
        value=format_claim_value(claim),
        when=claim_when(claim),
    )


def split_sentence(sentence: str, surface: str) -> tuple[str, str, str]:
    """(before, surface, after) so the figure can be highlighted inside its sentence."""
    sentence, surface = " ".join(sentence.split()), " ".join(surface.split())
    if not surface:
        return sentence, "", ""
    at = sentence.find(surface)
    if at < 0 and len(sentence.casefold()) == len(sentence):  # offsets survive case folding
        at = sentence.casefold().find(surface.casefold())
    if at < 0:
        return (f"{sentence} … " if sentence else ""), surface, ""
    return sentence[:at], sentence[at : at + len(surface)], sentence[at + len(surface) :]


def quote_origin(quote: Quote) -> str:
    """Who said it and about when: "Argumentum.al, published 2023-11-20, figure 93, as of May 2023"."""
    parts = [quote.outlet or quote.source]
    if quote.source_date:
        parts.append(f"published {quote.source_date}")
    if quote.value:
        parts.append(f"figure {quote.value}")
    if quote.when:
        parts.append(f"as of {quote.when}")
    return ", ".join(parts)


def finding_heading(finding: Mapping) -> str:
    """What a finding is about: "UNIFIL · troops · 2023" (its kind when it names nothing)."""
    about = " · ".join(part for part in (finding["subject"], finding["measure"], finding["as_of"]) if part)
    return about or finding["kind"]


def describe_entry(entry: Mapping) -> str:
    """What a timeline entry is about: the event, or the measure and its figure."""
    if entry["kind"] == "date":
        return entry["subject"] or "(event)"
    unit = f" {entry['unit']}" if entry["unit"] else ""
    about = " ".join(part for part in (entry["subject"], entry["measure"]) if part)
    return f"{about}: {format_number(entry['value'])}{unit}"


def is_http_url(url: str) -> bool:
    """True for a URL safe to render as a link (see HTTP_URL)."""
    return bool(HTTP_URL.fullmatch(url))


def summary_line(tables: ReportTables) -> str:
    """"5 sources, 40 claims, 9 findings, 2 open conflicts": the report in one line."""
    return ", ".join(
        [
            plural(len(tables.documents), "source"),
            plural(len(tables.claims), "claim"),
            plural(len(tables.findings), "finding"),
            plural(len(tables.open_conflicts()), "open conflict"),
        ]
    )


def plural(count: int, noun: str) -> str:
    return f"{format_number(count)} {noun}{'' if count == 1 else 's'}"


def format_claim_value(claim: Mapping) -> str:
    """A claim's value with its qualifier: "~4,700", "≥ 20", "3,000–4,000", "" for dates."""
    value, low, high = claim["value"], claim["low"], claim["high"]
    if pd.isna(value):
        return ""
    unit = f" {claim['unit']}" if claim["unit"] else ""
    qualifier = claim["qualifier"]
    if qualifier == "range" and not pd.isna(low) and not pd.isna(high) and low != high:
        return f"{format_number(low)}–{format_number(high)}{unit}"
    sign = QUALIFIER_SIGNS.get(qualifier, "")
    spacer = " " if sign in ("≥", "≤") else ""
    return f"{sign}{spacer}{format_number(value)}{unit}"


def format_interval(claim: Mapping) -> str:
    """The interval a claim allows, "3,800–4,000" or "4,700" when exact."""
    low, high = claim["low"], claim["high"]
    if pd.isna(low) and pd.isna(high):
        return ""
    if low == high:
        return format_number(low)
    return f"{format_number(low)}–{format_number(high)}"


def claim_when(claim: Mapping) -> str:
    """The claim's as-of interval at its precision ("" when unresolved)."""
    if not claim["as_of_start"]:
        return ""
    return format_when(claim["as_of_start"], claim["as_of_end"], claim["as_of_precision"])


def to_csv(frame: pd.DataFrame, columns: Iterable[str]) -> str:
    """CSV with a header, "\\n" line ends, and numbers written the same way every run."""
    columns = list(columns)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in frame[columns].itertuples(index=False, name=None):
        writer.writerow([_csv_cell(cell) for cell in row])
    return buffer.getvalue()


def claims_csv(tables: ReportTables) -> str:
    return to_csv(tables.claims, schema.CLAIM_COLUMNS)


def findings_csv(tables: ReportTables) -> str:
    return to_csv(tables.findings, [*schema.FINDING_COLUMNS, *reviews.REVIEW_COLUMNS])


def timeline_csv(tables: ReportTables) -> str:
    return to_csv(tables.timeline, TIMELINE_COLUMNS)


def records(frame: pd.DataFrame, columns: Iterable[str]) -> list[dict]:
    """Rows as JSON-ready dicts: integral floats as ints, NaN and infinities as null."""
    columns = list(columns)
    return [
        {name: _json_cell(cell) for name, cell in zip(columns, row)}
        for row in frame[columns].itertuples(index=False, name=None)
    ]


def report_json(tables: ReportTables, charts: Iterable[Mapping]) -> str:
    """The whole report as one JSON document (keys sorted, two-space indent, final newline)."""
    document = {
        "schema_version": schema.SCHEMA_VERSION,
        "summary": {
            "sources": len(tables.documents),
            "claims": len(tables.claims),
            "findings": len(tables.findings),
            "findings_by_kind": dict(tables.counts_by_kind()),
            "findings_by_severity": dict(tables.counts_by_severity()),
            "open_conflicts": tables.open_conflicts()["finding_id"].tolist(),
        },
        "sources": [
            {**record, "href": tables.hrefs.get(record["source"], "")}
            for record in records(tables.documents, [c for c in schema.DOCUMENT_COLUMNS if c != "path"])
        ],
        "charts": list(charts),
        "findings": records(tables.findings, [*schema.FINDING_COLUMNS, *reviews.REVIEW_COLUMNS]),
        "timeline": records(tables.timeline, TIMELINE_COLUMNS),
        "claims": records(tables.claims, schema.CLAIM_COLUMNS),
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"


def _evidence_quotes(evidence: str) -> list[Quote]:
    """Quotes from a finding's evidence JSON, for claims the claims table no longer holds."""
    try:
        items = json.loads(evidence) if evidence else []
    except ValueError:
        return []
    quotes = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        # "quote" is the claim's own words (its surface); a sentence, when recorded, frames it
        words = str(item.get("surface") or item.get("quote") or "")
        before, figure, after = split_sentence(str(item.get("sentence") or ""), words)
        line = item.get("line")
        quotes.append(
            Quote(
                claim_id=str(item.get("claim_id") or ""),
                source=str(item.get("source") or ""),
                outlet=str(item.get("outlet") or ""),
                source_date=str(item.get("source_date") or item.get("date") or ""),
                line=line if isinstance(line, int) else 0,
                before=before,
                figure=figure,
                after=after,
                value=str(item.get("value") if item.get("value") is not None else ""),
                when=str(item.get("as_of") or ""),
            )
        )
    return quotes


def _sorted_findings(findings: pd.DataFrame) -> pd.DataFrame:
    """Most severe first; within a severity, those still waiting for a decision first."""
    rank = findings["severity"].map(schema.SEVERITY_RANK).astype(float).fillna(-1)
    decided = ~gate.is_open(findings)
    ordered = findings.assign(_rank=-rank, _decided=decided).sort_values(
        ["_rank", "_decided", "kind", "subject", "measure", "as_of", "finding_id"], kind="mergesort"
    )
    return ordered.drop(columns=["_rank", "_decided"]).reset_index(drop=True)


def _csv_cell(cell: object) -> str:
    if isinstance(cell, float):
        if math.isnan(cell):
            return ""
        if math.isinf(cell):
            return "inf" if cell > 0 else "-inf"
        return str(int(cell)) if cell.is_integer() else repr(float(cell))  # shortest round-trip form
    return "" if cell is None else str(cell)


def _json_cell(cell: object) -> object:
    if isinstance(cell, float):
        if not math.isfinite(cell):
            return None
        return int(cell) if cell.is_integer() else float(cell)
    if hasattr(cell, "item"):  # numpy scalars
        return _json_cell(cell.item())
    return cell
