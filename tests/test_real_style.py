"""Extraction on articles in the styles of other outlets and other stories."""

from __future__ import annotations

import pytest

from checker.pipeline import find_discrepancies, load_corpus
from tests.conftest import FIXTURES

FOLDER = FIXTURES / "real_style"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus([FOLDER], use_cache=False)


def claim(corpus, source, surface):
    rows = corpus.claims[(corpus.claims["source"] == source) & (corpus.claims["surface"] == surface)]
    assert len(rows) == 1, corpus.claims[corpus.claims["source"] == source][["surface", "measure"]].to_string()
    return rows.iloc[0]


@pytest.mark.parametrize(("source", "surface", "subject", "measure", "value", "low", "high"), [
    # a toll belongs to the story's event (the same subject in every outlet), not the nearest place
    ("ap_quake.txt", "killing at least 12 people", "earthquake", "killed", 12, 12, float("inf")),
    ("ap_quake.txt", "419 people were hurt", "earthquake", "injured", 419, 419, 419),
    ("ap_quake.txt", "killed some 18,000 people", "Turkey", "killed", 18000, 17100, 18900),  # 1999: history
    ("ap_quake.txt", "two teenagers were killed", "Greece", "killed", 2, 2, 2),
    ("ap_quake.txt", "20 buildings", "Izmir", "buildings", 20, 20, 20),
    ("bbc_budget.md", "600 jobs", "Birmingham City Council", "jobs_change", -600, -600, -600),
    ("bbc_budget.md", "£1.2bn", "Birmingham City Council", "budget", 1.2e9, 1.2e9, 1.2e9),
    ("bbc_budget.md", "nearly 2,000", "Birmingham City Council", "crowd (organisers' estimate)", 2000, 1900, 2000),
    ("bbc_budget.md", "About 1,000 protesters", "Birmingham City Council", "crowd (official estimate)", 1000, 950, 1050),
    ("reuters_protest.txt", "Tens of thousands of Georgians", "Tbilisi", "people", 60000, 20000, 99999),
    ("reuters_protest.txt", "20 people were detained", "Tbilisi", "arrested", 20, 20, 20),
    ("reuters_protest.txt", "27-nation", "European Union", "nations", 27, 27, 27),
    ("wildfire_wire.md", "More than 130,000 people in Los Angeles County were ordered to evacuate",
     "Los Angeles County", "evacuated", 130000, 130000, float("inf")),
    ("wildfire_times.md", "more than 17,200 acres", "Palisades Fire", "area", 17200, 17200, float("inf")),
])
def test_figures(corpus, source, surface, subject, measure, value, low, high):
    row = claim(corpus, source, surface)
    assert (row["subject"], row["measure"], row["value"], row["low"], row["high"]) == (subject, measure, value, low, high)


def test_no_earthquake_is_counted_among_the_dead(corpus):
    quake = corpus.claims[(corpus.claims["source"] == "ap_quake.txt") & (corpus.claims["measure"] == "killed")]
    assert 2 not in set(quake[quake["surface"].str.contains("earthquakes")]["value"])


def test_an_undated_wire_story_keeps_its_weekday_unresolved(corpus):
    toll = claim(corpus, "ap_quake.txt", "killing at least 12 people")
    assert (toll["as_of_start"], toll["as_of_basis"]) == ("", "unresolved")


def test_attribution_is_not_the_subject(corpus):
    crowd = claim(corpus, "bbc_budget.md", "About 1,000 protesters")
    assert crowd["subject"] != "West Midlands Police"


def test_findings_across_the_wildfire_reports(corpus):
    findings = find_discrepancies(corpus)
    variant = findings[findings["kind"] == "name_variant"]
    assert variant["values"].tolist() == ["Gavin Newsom / Gavin Newsome"]
    # "about 180,000" and "more than 130,000" under evacuation orders fit, but are not one figure told twice
    evacuated = findings[(findings["subject"] == "Los Angeles County") & (findings["measure"] == "evacuated")]
    assert evacuated.empty, evacuated[["kind", "message"]]
    assert not findings["kind"].isin(["conflict", "date_conflict"]).any(), findings[["kind", "message"]]
    area = findings[(findings["kind"] == "corroborated") & (findings["measure"] == "area")].iloc[0]
    assert area["values"] == "more than 17,200 acres; about 7,000 hectares"  # 17,200 acres = 6,961 ha


def test_one_source_with_two_estimates_is_no_conflict(corpus):
    findings = find_discrepancies(corpus)
    crowd = findings[(findings["measure"] == "protesters") & (findings["subject"] == "Birmingham City Council")]
    assert crowd.empty
