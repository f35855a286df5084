"""The seed corpus yields the claims an editor reads in it (issue: claims table)."""

from __future__ import annotations

import pytest

from checker import schema

S000, S001, S002, S003, S004 = (
    "000_43dd57b6ed510578.txt", "001_e6e0045aead664b8.txt", "002_ba9283dfbf54e77d.txt",
    "003_1368b5bfcf4f8e9e.txt", "004_e01aea93db99f968.txt",
)


def figure(claims, source, measure, value, subject="KFOR"):
    rows = claims[(claims["source"] == source) & (claims["measure"] == measure) & (claims["value"] == value)
                  & (claims["subject"] == subject) & (claims["kind"] == "figure")]
    assert len(rows) >= 1, f"no {subject} {measure} {value} in {source}"
    return rows.iloc[0]


def test_columns_follow_the_schema(seeds_claims):
    assert list(seeds_claims.columns) == list(schema.CLAIM_COLUMNS)
    assert seeds_claims["claim_id"].is_unique


def test_surface_is_exactly_the_text_at_its_offsets(seeds_corpus):
    for row in seeds_corpus.claims.itertuples():
        text = seeds_corpus.texts[row.source]
        assert text[row.start:row.end] == row.surface
        assert row.surface == row.surface.strip(), row.surface
        assert text.count("\n", 0, row.start) + 1 == row.line


@pytest.mark.parametrize(("source", "value", "low", "high", "as_of", "qualifier"), [
    (S002, 3700, 3515, 3885, "2022-08-18", "about"),
    (S000, 4000, 3800, 4000, "2023-03-07", "close_to"),
    (S000, 50000, 47500, 52500, "1999-01-01", "about"),
    (S001, 4700, 4465, 4935, "2025-03-11", "about"),
])
def test_kfor_troop_levels(seeds_claims, source, value, low, high, as_of, qualifier):
    row = figure(seeds_claims, source, "troops", value)
    assert (row["low"], row["high"], row["as_of_start"], row["qualifier"]) == (low, high, as_of, qualifier)


def test_historical_figure_is_dated_by_its_clause(seeds_claims):
    row = figure(seeds_claims, S000, "troops", 50000)
    assert (row["as_of_end"], row["as_of_precision"], row["as_of_basis"]) == ("1999-12-31", "year", "stated")
    current = figure(seeds_claims, S000, "troops", 4000)
    assert current["as_of_basis"] == "source_date"


def test_troop_increase_in_both_reports(seeds_claims):
    exact = figure(seeds_claims, S003, "troops_change", 1000)
    about = figure(seeds_claims, S004, "troops_change", 1000)
    assert (exact["low"], exact["high"], exact["qualifier"]) == (1000, 1000, "exact")
    assert (about["low"], about["high"], about["qualifier"]) == (950, 1050, "about")
    assert exact["as_of_start"].startswith("2023") and about["as_of_start"].startswith("2023")


@pytest.mark.parametrize("source", [S003, S004])
def test_injured_in_may(seeds_claims, source):
    row = figure(seeds_claims, source, "injured", 93)
    assert (row["as_of_start"], row["as_of_end"], row["as_of_precision"]) == ("2023-05-01", "2023-05-31", "month")


def test_nations_with_parts(seeds_claims):
    total = figure(seeds_claims, S002, "nations", 27)
    assert total["as_of_start"] == "2022-08-18" and total["part_of"] == ""
    parts = seeds_claims[seeds_claims["part_of"] == total["claim_id"]]
    assert sorted(parts["value"]) == [7, 20]
    later = figure(seeds_claims, S001, "nations", 29)
    assert later["as_of_start"] == "2025-03-11"


def test_bombardment_duration(seeds_claims):
    row = seeds_claims[(seeds_claims["source"] == S001) & (seeds_claims["measure"] == "duration") & (seeds_claims["value"] == 78)]
    assert len(row) == 1 and row.iloc[0]["unit"] == "day"


@pytest.mark.parametrize(("source", "start", "end", "precision"), [
    (S000, "2023-02-27", "2023-02-27", "day"),
    (S000, "2022-10-01", "2022-12-31", "part_of_year"),
    (S001, "2008-01-01", "2008-12-31", "year"),
    (S001, "2011-01-01", "2011-12-31", "year"),
    (S001, "1998-01-01", "1999-12-31", "year"),
    (S001, "2023-01-01", "2023-12-31", "year"),  # "two years ago", said in March 2025
    (S002, "2022-08-17", "2022-08-17", "day"),
    (S002, "2022-08-18", "2022-08-18", "day"),
    (S003, "2023-11-20", "2023-11-20", "day"),
    (S003, "2023-09-24", "2023-09-24", "day"),
    (S003, "2023-11-21", "2023-11-21", "day"),
    (S003, "2023-10-26", "2023-10-26", "day"),
    (S003, "2023-05-01", "2023-05-31", "month"),
    (S004, "2023-11-20", "2023-11-20", "day"),
    (S004, "2023-09-01", "2023-09-30", "month"),
])
def test_event_dates(seeds_claims, source, start, end, precision):
    dates = seeds_claims[(seeds_claims["source"] == source) & (seeds_claims["measure"] == "event_date")]
    hits = dates[(dates["as_of_start"] == start) & (dates["as_of_end"] == end) & (dates["as_of_precision"] == precision)]
    assert len(hits) >= 1, dates[["surface", "as_of_start", "as_of_end", "as_of_precision"]].to_string()


def test_no_counter_and_no_year_read_as_a_count(seeds_corpus):
    claims = seeds_corpus.claims
    figures = claims[claims["kind"] == "figure"]
    assert not (figures["value"] == 242).any()
    years = figures[(figures["value"] >= 1900) & (figures["value"] <= 2100) & (figures["qualifier"] == "exact")]
    assert years.empty, years[["surface"]].to_string()


def test_furniture_yields_no_claims(seeds_claims):
    s2 = seeds_claims[seeds_claims["source"] == S002]
    assert not s2["sentence"].str.contains("Read Also").any()
    s4 = seeds_claims[seeds_claims["source"] == S004]
    assert not s4["sentence"].str.contains("Montenegro|Train incident|EWB Archives").any()


def test_claim_ids_are_stable(seeds_corpus):
    from checker.pipeline import load_corpus

    from tests.conftest import SEEDS

    second = load_corpus([SEEDS], use_cache=False).claims
    assert list(second["claim_id"]) == list(seeds_corpus.claims["claim_id"])


def test_source_dates_come_from_the_manifest(seeds_corpus):
    documents = seeds_corpus.documents.set_index("source")
    assert documents.loc[S002, "source_date"] == "2022-08-18"
    assert documents.loc[S002, "source_date_basis"] == "manifest"
    assert documents.loc[S002, "outlet"] == "The Diplomatic Insight (TDI)"
