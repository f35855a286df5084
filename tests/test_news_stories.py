"""End to end on four small stories in news styles (tests/fixtures/news_stories): what an
editor would flag, found; what is no discrepancy, not flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.pipeline import find_discrepancies, load_corpus

STORIES = Path(__file__).parent / "fixtures" / "news_stories"


@pytest.fixture(scope="module")
def findings():
    return {story: find_discrepancies(load_corpus([STORIES / story], use_cache=False))
            for story in ("outbreak", "earnings", "wildfire")}


def _rows(table, kind: str, measure: str) -> list[tuple[str, str, str]]:
    rows = table[(table["kind"] == kind) & (table["measure"] == measure)]
    return list(zip(rows["subject"], rows["as_of"], rows["values"]))


def test_two_outlets_same_day_case_counts_conflict(findings):
    assert _rows(findings["outbreak"], "conflict", "cases") == [("West Texas", "2025-03-04", "171 vs 159")]


def test_a_segments_revenue_and_a_years_earlier_figure_are_no_conflict(findings):
    assert "conflict" not in set(findings["earnings"]["kind"])
    assert _rows(findings["earnings"], "change", "revenue") == [
        ("Norvane Systems", "2023-01-01/2024-09-30", "$7.9 billion -> $8.4 billion")]


def test_figures_by_a_past_tuesday_corroborate_that_tuesdays(findings):
    wildfire = findings["wildfire"]
    assert _rows(wildfire, "corroborated", "structures") == [("Sable Creek Fire", "2024-08-06", "at least 40; 40")]
    assert _rows(wildfire, "conflict", "area") == [("Sable Creek Fire", "2024-08-06",
                                                    "14,000 acres vs about 12,500 acres")]
