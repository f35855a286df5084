"""Findings on fixture corpora about other stories, and on the seeds (issue: findings)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from checker import schema
from checker.pipeline import find_discrepancies, load_corpus
from tests.corpora import (BUDGET, COALITION, FLOOD_LOWER, FLOOD_REVISED, FLOOD_SAME_DAY, GARRISON, PROTEST,
                           QUAKE, write_corpus)


def findings_for(tmp_path: Path, articles: dict[str, str]):
    corpus = load_corpus([write_corpus(tmp_path / "corpus", articles)], use_cache=False)
    return find_discrepancies(corpus)


def kinds(findings, subject=None, measure=None):
    rows = findings
    if subject is not None:
        rows = rows[rows["subject"] == subject]
    if measure is not None:
        rows = rows[rows["measure"] == measure]
    return sorted(rows["kind"])


# --- seeds -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds_findings(seeds_corpus):
    return find_discrepancies(seeds_corpus)


def test_seeds_have_no_conflicts(seeds_findings):
    assert list(seeds_findings.columns) == list(schema.FINDING_COLUMNS)
    assert not seeds_findings["kind"].isin(["conflict", "date_conflict"]).any(), seeds_findings[["kind", "message"]]


def test_seeds_troop_series_in_date_order(seeds_findings):
    change = seeds_findings[(seeds_findings["kind"] == "change") & (seeds_findings["subject"] == "KFOR")
                            & (seeds_findings["measure"] == "troops")]
    assert len(change) == 1
    assert change.iloc[0]["values"] == "about 50,000 -> about 3,700 -> close to 4,000 -> around 4,700"
    assert change.iloc[0]["severity"] == "info"


def test_seeds_nations_change(seeds_findings):
    change = seeds_findings[(seeds_findings["kind"] == "change") & (seeds_findings["measure"] == "nations")]
    assert change.iloc[0]["values"] == "27 -> 29"


def test_seeds_corroborations(seeds_findings):
    corroborated = seeds_findings[seeds_findings["kind"] == "corroborated"]
    injured = corroborated[corroborated["measure"] == "injured"].iloc[0]
    assert injured["subject"] == "KFOR" and injured["sources"] == "003_1368b5bfcf4f8e9e.txt 004_e01aea93db99f968.txt"
    change = corroborated[corroborated["measure"] == "troops_change"].iloc[0]
    assert change["sources"] == "003_1368b5bfcf4f8e9e.txt 004_e01aea93db99f968.txt"


def test_seeds_sum_of_parts_holds(seeds_findings):
    sums = seeds_findings[(seeds_findings["kind"] == "arithmetic") & (seeds_findings["measure"] == "nations")]
    assert len(sums) == 1 and sums.iloc[0]["severity"] == "info"
    assert "20 allies + seven partners = 27" in sums.iloc[0]["values"]


def test_seeds_level_plus_change_holds(seeds_findings):
    rows = seeds_findings[(seeds_findings["kind"] == "arithmetic") & (seeds_findings["measure"] == "troops")]
    assert len(rows) == 1 and rows.iloc[0]["severity"] == "info"
    assert "close to 4,000 (2023-03-07) + 1,000 (2023-11-20) = 4,800-5,000" in rows.iloc[0]["message"]


def test_seeds_date_arithmetic_holds(seeds_findings):
    rows = seeds_findings[(seeds_findings["kind"] == "arithmetic") & (seeds_findings["measure"] == "elapsed")]
    assert len(rows) == 1 and rows.iloc[0]["severity"] == "info"
    assert "1998-1999 + about a decade" in rows.iloc[0]["message"] and "includes 2008" in rows.iloc[0]["message"]


def test_seeds_name_variant(seeds_findings):
    variants = seeds_findings[seeds_findings["kind"] == "name_variant"]
    kurti = variants[variants["values"].str.contains("Aljbin Kurti")]
    assert len(kurti) == 1 and "Albin Kurti" in kurti.iloc[0]["values"]
    assert kurti.iloc[0]["severity"] == "warning"


# --- other stories ----------------------------------------------------------------------

def test_same_day_conflict(tmp_path):
    findings = findings_for(tmp_path, FLOOD_SAME_DAY)
    conflict = findings[findings["kind"] == "conflict"]
    assert len(conflict) == 1
    row = conflict.iloc[0]
    assert (row["subject"], row["measure"], row["severity"]) == ("Derna", "killed", "error")
    assert row["message"] == ("Libya Observer (2024-04-02) says 85 killed for Derna as of 2024-04-02; "
                              "Desert Times, the same day, says about 60: the figures cannot both be true.")


def test_toll_revised_upward_over_three_days(tmp_path):
    findings = findings_for(tmp_path, FLOOD_REVISED)
    assert kinds(findings, "Derna", "killed") == ["revision"]
    row = findings[findings["kind"] == "revision"].iloc[0]
    assert row["values"] == "at least 20 -> 85 -> 112"
    assert row["severity"] == "warning"


def test_later_lower_figure_is_a_conflict(tmp_path):
    findings = findings_for(tmp_path, FLOOD_LOWER)
    assert kinds(findings, "Derna", "killed") == ["conflict", "revision"]
    conflict = findings[findings["kind"] == "conflict"].iloc[0]
    assert conflict["values"] == "112 then 90"
    assert "lower than the 112" in conflict["message"]


def test_qualified_figures_that_overlap_agree(tmp_path):
    findings = findings_for(tmp_path, PROTEST)
    assert kinds(findings, "Tbilisi", "crowd (official estimate)") == ["corroborated"]


def test_historical_figure_is_a_change_not_a_conflict(tmp_path):
    findings = findings_for(tmp_path, GARRISON)
    assert kinds(findings, "Aceh", "troops") == ["change"]
    assert findings[findings["kind"] == "change"].iloc[0]["values"] == "some 50,000 -> around 4,000"


def test_date_conflict_and_month_agreement(tmp_path):
    findings = findings_for(tmp_path, QUAKE)
    conflicts = findings[findings["kind"] == "date_conflict"]
    assert len(conflicts) == 1
    assert conflicts.iloc[0]["values"] == "2024-09-23 vs 2024-09-24"
    assert "weekly.md" not in conflicts.iloc[0]["sources"]


def test_total_that_is_not_the_sum_of_its_parts(tmp_path):
    findings = findings_for(tmp_path, COALITION)
    arithmetic = findings[findings["kind"] == "arithmetic"]
    assert len(arithmetic) == 1
    row = arithmetic.iloc[0]
    assert row["severity"] == "error" and "do not add up" in row["message"]
    assert "20 allies + seven partners = 27" in row["message"] and "30 nations" in row["message"]


def test_budget_conflict_with_currency(tmp_path):
    findings = findings_for(tmp_path, BUDGET)
    conflict = findings[findings["kind"] == "conflict"]
    assert len(conflict) == 1 and conflict.iloc[0]["measure"] == "budget"
    assert conflict.iloc[0]["subject"] == "Leeds City Council"


def test_finding_ids_are_stable_across_runs_and_unrelated_edits(tmp_path):
    first = findings_for(tmp_path / "a", FLOOD_LOWER)
    second = findings_for(tmp_path / "b", FLOOD_LOWER)
    assert list(first["finding_id"]) == list(second["finding_id"])
    edited = dict(FLOOD_LOWER)
    edited["day1.md"] = edited["day1.md"].replace(
        "Floods in Derna", "Residents spent the night on rooftops.\n\nFloods in Derna")
    third = findings_for(tmp_path / "c", edited)
    assert sorted(third["finding_id"]) == sorted(first["finding_id"])
    assert sorted(third["fingerprint"]) == sorted(first["fingerprint"])


def test_new_evidence_keeps_the_id_and_changes_the_fingerprint(tmp_path):
    before = findings_for(tmp_path / "a", FLOOD_SAME_DAY)
    more = dict(FLOOD_SAME_DAY)
    more["third.md"] = FLOOD_SAME_DAY["times.md"].replace("Desert Times", "Sahara Radio").replace("about 60", "55")
    after = findings_for(tmp_path / "b", more)
    b = before[before["kind"] == "conflict"].iloc[0]
    a = after[after["kind"] == "conflict"].iloc[0]
    assert a["finding_id"] == b["finding_id"] and a["fingerprint"] != b["fingerprint"]


def test_name_variants_are_found_across_blocks_of_spellings(monkeypatch):
    """Spellings are scored a block at a time; a variant pair split across blocks, or
    among thousands of other names, is still one finding."""
    from checker.findings import names

    spellings = [f"{given} {family}" for given in ("Ana", "Boris", "Chen", "Emil", "Goran", "Ingrid", "Olu")
                 for family in ("Ivers", "Jonsson", "Kowalczyk", "Lindqvist", "Moreau", "Nakamura")]
    spellings += ["Volodymyr Zelenskyy", "Volodimir Zelensky"]
    claims = pd.DataFrame([{**dict.fromkeys(schema.CLAIM_COLUMNS, ""), "claim_id": f"c{i}", "source": f"s{i % 3}.md",
                            "kind": "name", "subject": s, "surface": s, "line": 1, "start": 0, "end": len(s),
                            "value": float("nan"), "low": float("nan"), "high": float("nan")}
                           for i, s in enumerate(spellings)])
    claims = schema.conform(claims, schema.CLAIM_COLUMNS)
    whole = [f.row() for f in names.find(claims)]
    monkeypatch.setattr(names, "BLOCK", 3)
    blocked = [f.row() for f in names.find(claims)]
    assert blocked == whole
    assert [row["values"] for row in whole] == ["Volodimir Zelensky / Volodymyr Zelenskyy"]
