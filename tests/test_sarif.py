"""SARIF output: valid against the 2.1.0 schema, located at the claims, fingerprinted by id."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from jsonschema import Draft4Validator

from checker import reviews, schema
from checker.cli import main
from checker.output import sarif

SCHEMA = Path(__file__).resolve().parents[1].parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"

OLD = "Intro line.\nThe mission now comprises about 3,700 soldiers.\n"
NEW = "---\npublished: 2022-08-18\n---\nToday KFOR counts 5,200 soldiers, officials said.\n"


def validate(log: dict) -> None:
    """Fail with every schema error (the schema ships beside the checkout in ../shared)."""
    assert SCHEMA.is_file(), f"SARIF schema not found at {SCHEMA}"
    validator = Draft4Validator(json.loads(SCHEMA.read_text()))
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def claim(claim_id: str, source: str, text: str, surface: str, date: str) -> dict:
    start = text.index(surface)
    row = {column: "" for column in schema.CLAIM_COLUMNS}
    row.update(claim_id=claim_id, source=source, line=text.count("\n", 0, start) + 1, start=start,
               end=start + len(surface), kind="figure", surface=surface, value=0.0, low=0.0, high=0.0,
               as_of_start=date, source_date=date)
    return row


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """Two sources on disk under news/, cwd at tmp_path, and their claims."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "old.txt").write_text(OLD)
    (tmp_path / "news" / "new.md").write_text(NEW)
    claims = schema.conform(pd.DataFrame([
        claim("c-old", "old.txt", OLD, "about 3,700 soldiers", "2022-08-18"),
        claim("c-new", "new.md", NEW, "5,200 soldiers", "2022-08-18"),
    ]), schema.CLAIM_COLUMNS)
    return SimpleNamespace(
        claims=claims,
        texts={"old.txt": OLD, "new.md": NEW},
        paths={"old.txt": Path("news/old.txt"), "new.md": Path("news/new.md")},
        problems=[],
    )


def findings(fingerprint: str = "fp1") -> pd.DataFrame:
    rows = [
        {"finding_id": "conflict-1a2b3c", "kind": "conflict", "severity": "error", "subject": "KFOR",
         "measure": "troops", "as_of": "2022-08-18", "values": "about 3,700 | 5,200", "claim_ids": "c-new c-old",
         "sources": "new.md old.txt", "message": "Sources disagree on KFOR troops on 2022-08-18.",
         "fingerprint": fingerprint, "evidence": "[]"},
        {"finding_id": "name_variant-9f", "kind": "name_variant", "severity": "info", "subject": "KFOR",
         "measure": "name", "as_of": "", "values": "", "claim_ids": "c-old", "sources": "old.txt",
         "message": "A name is spelled two ways.", "fingerprint": "fpn", "evidence": "[]"},
    ]
    return schema.conform(pd.DataFrame(rows), schema.FINDING_COLUMNS)


def decided(status: str, fingerprint: str = "fp1") -> reviews.Decision:
    return reviews.Decision("conflict-1a2b3c", status, "two different counts", "alice", "2024-05-01", fingerprint)


def test_open_findings_validate_and_point_at_the_claims(corpus):
    log = sarif.build(reviews.apply_reviews(findings(), []), corpus)
    validate(log)
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    result = run["results"][0]
    assert (result["ruleId"], result["level"], result["baselineState"]) == ("conflict", "error", "new")
    assert result["partialFingerprints"] == {"checkerFindingId/v1": "conflict-1a2b3c"}
    assert result["locations"] == [{"physicalLocation": {
        "artifactLocation": {"uri": "news/new.md", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 4, "startColumn": 19, "endLine": 4, "endColumn": 33,
                   "snippet": {"text": "5,200 soldiers"}},
    }}]
    related = result["relatedLocations"][0]
    assert related["id"] == 1
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "news/old.txt"
    assert related["physicalLocation"]["region"] == {"startLine": 2, "startColumn": 27, "endLine": 2, "endColumn": 47,
                                                     "snippet": {"text": "about 3,700 soldiers"}}
    assert "suppressions" not in result
    assert run["results"][1]["level"] == "note"  # info


def test_columns_select_the_quoted_words(corpus):
    region = sarif.build(findings(), corpus)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    line = NEW.splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "5,200 soldiers"


def test_rules_describe_each_kind_once(corpus):
    driver = sarif.build(findings(), corpus)["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("checker", "0.1.0")
    assert "informationUri" not in driver  # the project declares no URL: none is made up
    assert [rule["id"] for rule in driver["rules"]] == ["conflict", "name_variant"]
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
    results = sarif.build(findings(), corpus)["runs"][0]["results"]
    assert [driver["rules"][r["ruleIndex"]]["id"] for r in results] == [r["ruleId"] for r in results]


def test_review_states_become_baseline_states_and_suppressions(corpus):
    accepted = sarif.build(reviews.apply_reviews(findings(), [decided("accepted")]), corpus)
    validate(accepted)
    result = accepted["runs"][0]["results"][0]
    assert result["baselineState"] == "unchanged"
    assert result["suppressions"] == [{"kind": "external", "status": "accepted",
                                       "justification": "accepted: two different counts"}]
    stale = sarif.build(reviews.apply_reviews(findings("fp2"), [decided("dismissed")]), corpus)
    validate(stale)
    result = stale["runs"][0]["results"][0]
    assert result["baselineState"] == "updated"
    assert "suppressions" not in result
    assert result["properties"]["reviewStatus"] == "stale"
    assert "The review is stale, since dismissed on 2024-05-01" in result["message"]["text"]


def test_fingerprints_follow_the_id_not_the_line(corpus, tmp_path):
    before = sarif.build(findings(), corpus)["runs"][0]["results"][0]
    moved = "Added a paragraph.\n\n" + NEW
    corpus.texts["new.md"] = moved
    corpus.claims.loc[corpus.claims["claim_id"] == "c-new", ["line", "start", "end"]] = [
        6, moved.index("5,200"), moved.index("5,200") + len("5,200 soldiers")]
    after = sarif.build(findings(), corpus)["runs"][0]["results"][0]
    assert after["locations"][0]["physicalLocation"]["region"]["startLine"] == 6
    assert after["partialFingerprints"] == before["partialFingerprints"]


def test_no_findings_is_still_a_valid_log(corpus):
    log = sarif.build(reviews.apply_reviews(schema.empty(schema.FINDING_COLUMNS), []), corpus)
    validate(log)
    assert log["runs"][0]["results"] == [] and log["runs"][0]["tool"]["driver"]["rules"] == []


def test_skipped_sources_are_tool_notifications(corpus):
    corpus.problems = [SimpleNamespace(path="news/bad.txt", problem="not UTF-8 text")]
    log = sarif.build(findings(), corpus)
    validate(log)
    notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notes == [{"level": "warning", "message": {"text": "news/bad.txt: skipped: not UTF-8 text"}}]


# -- from the real pipeline -----------------------------------------------------------

REPO = Path(__file__).resolve().parents[1]
CONTRADICTION = "---\npublished: 2022-08-18\n---\nNATO Peacekeeping mission in Kosovo now comprises about 5,200 soldiers.\n"


def test_check_writes_valid_sarif_for_every_review_state(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(REPO / "seeds", tmp_path / "news", ignore=shutil.ignore_patterns(".checker-cache"))
    (tmp_path / "news" / "kfor_update.md").write_text(CONTRADICTION)

    def run() -> tuple[int, dict]:
        code = main(["check", "news", "--format", "sarif"])
        log = json.loads(capsys.readouterr().out)
        validate(log)
        return code, {r["partialFingerprints"][sarif.FINGERPRINT_KEY]: r for r in log["runs"][0]["results"]}

    code, results = run()
    [conflict] = [r for r in results.values() if r["ruleId"] == "conflict"]
    finding_id = conflict["properties"]["findingId"]
    assert code == 1 and conflict["baselineState"] == "new"
    assert conflict["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/kfor_update.md"
    assert conflict["locations"][0]["physicalLocation"]["region"]["startLine"] == 4
    assert [loc["physicalLocation"]["artifactLocation"]["uri"] for loc in conflict["relatedLocations"]] == [
        "news/002_ba9283dfbf54e77d.txt"]

    assert main(["review", "accept", finding_id, "--corpus", "news", "--note", "known"]) == 0
    assert capsys.readouterr().out == f"accepted {finding_id}\n"
    code, results = run()
    assert code == 0 and results[finding_id]["baselineState"] == "unchanged"
    assert results[finding_id]["suppressions"][0]["justification"] == "accepted: known"

    (tmp_path / "news" / "later.md").write_text(CONTRADICTION.replace("5,200", "6,100"))
    code, results = run()
    assert code == 1 and results[finding_id]["baselineState"] == "updated"
    assert "suppressions" not in results[finding_id]
