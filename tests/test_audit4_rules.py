"""Readings the fourth round of audits (quarterly results, an election, an outbreak, a
wildfire) found wrong: a toll scoped to a place, hospital admissions counted as injuries,
a firm under its short name, a title-case headline, a quarter with no year, a breakdown
by kind, an election's turnout.

Sentences and stories are our own, written in the styles the audit met.
"""

from __future__ import annotations

from checker.claims import extract_text
from checker.pipeline import find_discrepancies, load_corpus
from tests.corpora import article, write_corpus


def _claims(tmp_path, body: str, title: str, published: str = "2024-10-24"):
    corpus = write_corpus(tmp_path / "c", {"a.md": article(published, "Wire", body, title=title)})
    return load_corpus([corpus], use_cache=False).claims


def _figure(claims, surface: str) -> dict:
    rows = claims[(claims["kind"] == "figure") & (claims["surface"] == surface)]
    assert len(rows) == 1, f"{surface!r} not read once: {claims['surface'].tolist()}"
    return rows.iloc[0].to_dict()


def test_a_toll_in_a_named_place_is_that_places(tmp_path):
    claims = _claims(tmp_path, "The death toll in Gaines County remains at two. The outbreak has killed four people.",
                     "Measles outbreak spreads")
    assert _figure(claims, "death toll in Gaines County remains at two")["subject"] == "Gaines County"
    assert _figure(claims, "killed four people")["subject"] == "outbreak"


def test_people_in_hospital_are_no_injured_count():
    claims = extract_text("Nineteen people have been hospitalized since January.", "2025-03-04")
    assert claims.loc[claims["kind"] == "figure", "measure"].tolist() == ["hospitalised"]


def test_a_firms_short_name_and_legal_form_are_the_firm(tmp_path):
    body = ("Halvorsen Logistics Inc. said on Tuesday it would cut 300 jobs.\n\n"
            "Halvorsen also reported revenue of $1.2 billion for the quarter ended June 30.")
    claims = _claims(tmp_path, body, "Halvorsen to cut jobs", "2025-07-29")
    assert _figure(claims, "300 jobs")["subject"] == "Halvorsen Logistics"
    revenue = _figure(claims, "$1.2 billion")
    assert (revenue["subject"], revenue["as_of_start"], revenue["as_of_end"]) == (
        "Halvorsen Logistics", "2025-04-01", "2025-06-30")


def test_a_title_case_headline_names_the_firm_not_the_whole_run(tmp_path):
    claims = _claims(tmp_path, "Halvorsen shares rose.\n\nThe Oslo company posted third-quarter revenue of $2.2 billion.",
                     "Halvorsen Posts Sales Gain, Plans Layoffs")
    revenue = _figure(claims, "$2.2 billion")
    assert (revenue["subject"], revenue["as_of_start"], revenue["as_of_end"]) == (
        "Halvorsen", "2024-07-01", "2024-09-30")  # not "Oslo": where the company is based


def test_a_change_after_its_level_is_that_levels_change():
    claims = extract_text("It posted revenue of $2.2 billion, down 3% from a year earlier.", "2024-10-24")
    assert _figure(claims, "3%")["measure"] == "revenue change"
    assert _figure(claims, "3%")["value"] == -3


def test_a_quarter_in_a_game_is_no_date():
    claims = extract_text("Okafor scored 11 points in the fourth quarter.", "2024-10-24")
    assert claims[claims["kind"] == "date"].empty


def test_an_earlier_level_is_dated_by_its_own_phrase():
    claims = extract_text("Turnout was 71.2%, the highest since 1990 and up from 64.1% in the 2019 election.",
                          "2024-06-10")
    earlier = _figure(claims, "64.1%")
    assert (earlier["as_of_start"], earlier["as_of_end"]) == ("2019-01-01", "2019-12-31")


def test_an_elections_turnout_belongs_to_the_election_when_the_body_names_it_twice(tmp_path):
    body = ("Official results confirmed the Harbour Alliance's victory in the weekend's election.\n\n"
            "The Harbour Alliance won 41 seats. Turnout reached 58.4 percent, the statistics office said.\n\n"
            "The new parliament meets within 20 days of the election.")
    claims = _claims(tmp_path, body, "Final count confirms Harbour Alliance win")
    assert _figure(claims, "58.4 percent")["subject"] == "election"


def test_a_breakdown_by_kind_that_does_not_add_up_is_an_arithmetic_error(tmp_path):
    body = "Of the 212 homes inspected, 150 were houses and 50 were flats, the council said."
    corpus = write_corpus(tmp_path / "c", {"a.md": article("2025-02-01", "Wire", body, title="Flood damage survey")})
    findings = find_discrepancies(load_corpus([corpus], use_cache=False))
    arithmetic = findings[findings["kind"] == "arithmetic"]
    assert arithmetic[["severity", "values"]].values.tolist() == [["error", "150 were houses + 50 were flats = 200"]]
