"""`checker check --format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers.

One rule per finding kind; one result per finding, located at its first claim with
the other claims as relatedLocations.  `partialFingerprints` come from the finding id
(never the line), so a finding keeps its alert when text moves; `baselineState`
comes from the review (new, unchanged, updated when stale), and reviewed findings
carry a suppression with the reviewer's note.  Columns count characters
(`columnKind: unicodeCodePoints`), the way Python slices text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path
from urllib.parse import quote as percent_encode

import pandas as pd

from checker import __version__
from checker.output import text

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "checkerFindingId/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}

# kind -> (short description, full description / help).  Unknown kinds get a generic rule.
RULES: dict[str, tuple[str, str]] = {
    "conflict": (
        "Sources disagree on a figure for the same subject at the same time",
        "Two or more sources state figures for the same subject, measure and date whose "
        "ranges (after qualifiers such as 'about' or 'at least') do not overlap. One of "
        "them is wrong, out of date, or about something else: check the originals.",
    ),
    "revision": (
        "A figure was revised",
        "A later statement revises a figure given earlier for the same subject and time. "
        "Make sure reports that repeat the old figure are corrected or dated.",
    ),
    "change": (
        "A figure changed over time",
        "Sources give different figures for the same subject at different dates. This is "
        "usually a real change; check that each article dates its figure.",
    ),
    "corroborated": (
        "Sources agree on a figure",
        "Independent sources state compatible figures for the same subject and time.",
    ),
    "arithmetic": (
        "Parts do not add up to the stated total",
        "A source states a total and its parts, and the parts do not sum to the total "
        "within the stated qualifiers.",
    ),
    "date_conflict": (
        "Sources give different dates for the same event",
        "Two or more sources date the same event differently. Check which date is right "
        "and whether relative dates ('on Monday') were resolved against the right day.",
    ),
    "name_variant": (
        "A name is spelled in different ways",
        "The same person, place or organisation appears under spellings that differ "
        "slightly across sources. Pick one spelling.",
    ),
}


def render(findings: pd.DataFrame, corpus, **_: object) -> str:
    """The SARIF log as indented JSON, ending with a newline."""
    return json.dumps(build(findings, corpus), indent=2, ensure_ascii=False) + "\n"


def build(findings: pd.DataFrame, corpus) -> dict:
    """The SARIF log as a dict (one run)."""
    kinds = sorted(set(findings["kind"])) if len(findings) else []
    located = text.locate(findings, corpus)
    index = {kind: i for i, kind in enumerate(kinds)}
    run = {
        "tool": {
            "driver": {
                "name": "checker",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule(kind) for kind in kinds],
            } | ({"informationUri": uri} if (uri := information_uri()) else {})
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
        "columnKind": "unicodeCodePoints",
        "invocations": [_invocation(corpus)],
        "results": [_result(finding, corpus, index[finding["kind"]], located) for _, finding in findings.iterrows()],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def information_uri() -> str:
    """The project's URL from its package metadata, when it declares one ("" otherwise:
    the property is optional, and a made-up address would mislead)."""
    try:
        meta = metadata.metadata("checker")
    except metadata.PackageNotFoundError:
        return ""
    for entry in meta.get_all("Project-URL") or []:
        url = entry.split(",", 1)[-1].strip()
        if url.startswith(("https://", "http://")):
            return url
    home = meta.get("Home-page") or ""
    return home if home.startswith(("https://", "http://")) else ""


def _rule(kind: str) -> dict:
    short, full = RULES.get(kind, (f"{kind.replace('_', ' ').capitalize()} finding", f"checker reports a {kind} finding."))
    return {
        "id": kind,
        "name": "".join(part.capitalize() for part in kind.split("_")),
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": full, "markdown": f"**{short}.** {full}"},
        "defaultConfiguration": {"level": "warning"},
    }


def _result(finding: Mapping, corpus, rule_index: int, located: Mapping[str, text.Quote]) -> dict:
    located = text.quotes(finding, corpus, located)
    result: dict = {
        "ruleId": str(finding["kind"]),
        "ruleIndex": rule_index,
        "level": LEVELS.get(str(finding["severity"]), "warning"),
        "message": {"text": _message(finding)},
        "partialFingerprints": {FINGERPRINT_KEY: str(finding["finding_id"])},
        "properties": {
            "findingId": str(finding["finding_id"]),
            "subject": str(finding["subject"]),
            "measure": str(finding["measure"]),
            "asOf": str(finding["as_of"]),
            "values": str(finding["values"]),
            "reviewStatus": str(finding.get("review_status", "open")),
            "reviewNote": str(finding.get("review_note", "")),
        },
    }
    if located:
        result["locations"] = [_location(located[0])]
    if len(located) > 1:
        result["relatedLocations"] = [_location(q, id_=i) for i, q in enumerate(located[1:], start=1)]
    state = finding.get("review_state")
    if state in ("new", "unchanged", "updated"):
        result["baselineState"] = state
    if finding.get("review_status") in ("accepted", "dismissed"):
        note = finding.get("review_note") or "no note"
        result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": f"{finding['review_status']}: {note}"}]
    return result


def _message(finding: Mapping) -> str:
    message = str(finding["message"])
    if finding.get("review_status") == "stale":
        message += f" The review is stale, {finding['review_change']}."
    return message


def _location(quote: text.Quote, id_: int | None = None) -> dict:
    region = {"startLine": quote.line, "startColumn": quote.column, "endLine": quote.end_line,
              "endColumn": quote.end_column, "snippet": {"text": quote.quote}}
    location: dict = {"physicalLocation": {"artifactLocation": _artifact(quote.path), "region": region}}
    if id_ is not None:
        location["id"] = id_
        location["message"] = {"text": f"\u201c{quote.quote}\u201d ({quote.date or 'undated'})"}
    return location


def _artifact(path: str) -> dict:
    if Path(path).is_absolute():  # outside the working directory: no base to be relative to
        return {"uri": Path(path).as_uri()}
    return {"uri": percent_encode(path), "uriBaseId": "%SRCROOT%"}


def _invocation(corpus) -> dict:
    notes = [
        {"level": "warning", "message": {"text": f"{problem.path}: skipped: {problem.problem}"}}
        for problem in getattr(corpus, "problems", [])
    ]
    invocation: dict = {"executionSuccessful": True}
    if notes:
        invocation["toolExecutionNotifications"] = notes
    return invocation
