"""Readings left over from the three-outlet stories: a count held by a noun whose people the
number also names, "the same month last year", and an event's fixed figure (an
earthquake's magnitude) told by reports on different days."""

from __future__ import annotations

from checker.claims import extract_text
from tests.corpora import article, corpus_findings, figure_claims


def test_a_holder_of_people_counts_for_the_holder():
    cases = {"The city has a population of 2.3 million people.": ("population", 2.3e6),
             "Its workforce of 33,000 employees will shrink by 2,300.": ("workforce", 33000.0),
             "The union has a membership of 410,000 members.": ("members", 410000.0)}
    for text, expected in cases.items():
        figure = figure_claims(text, "2025-03-01").iloc[0]
        assert (figure["measure"], figure["value"]) == expected, text
    # the holder's count of things that are no people is still a count of those things
    herd = figure_claims("The park has a population of 400 rhinos.", "2025-03-01")
    assert "population" not in set(herd["measure"])


def test_the_same_month_last_year_is_that_month_a_year_back():
    claims = extract_text("Car sales rose to 41,200 in May from 38,900 in the same month last year.", "2025-06-04")
    dates = claims[claims["kind"] == "date"]
    assert list(zip(dates["surface"], dates["as_of_start"], dates["as_of_end"])) == [
        ("May", "2025-05-01", "2025-05-31"), ("last year", "2024-05-01", "2024-05-31")]


def test_one_quakes_magnitude_told_two_ways_on_different_days_conflicts(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-03-03", "Wire", "A magnitude 6.4 earthquake struck off Sumatra, killing 12 people."),
        "b.md": article("2025-03-05", "Daily", "The magnitude 6.2 earthquake off Sumatra damaged 300 homes."),
    })
    magnitude = findings[findings["measure"] == "magnitude"]
    assert list(zip(magnitude["kind"], magnitude["values"])) == [("conflict", "magnitude 6.4 vs magnitude 6.2")]


def test_two_quakes_dated_a_day_apart_stay_two_and_an_undated_report_is_of_the_latest(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2019-07-05", "Wire", "A magnitude 6.4 earthquake struck Ridgecrest on Thursday."),
        "b.md": article("2019-07-06", "Daily", "A magnitude 7.1 earthquake struck Ridgecrest on Friday."),
        "c.md": article("2019-07-08", "Weekly", "The magnitude 7.1 earthquake in Ridgecrest damaged 50 homes."),
    })
    magnitude = findings[findings["measure"] == "magnitude"]
    assert sorted(zip(magnitude["kind"], magnitude["values"])) == [
        ("change", "magnitude 6.4 -> magnitude 7.1"), ("corroborated", "magnitude 7.1; magnitude 7.1")]
