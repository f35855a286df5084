"""What two adversarial reviews found: a part of a count's holder ("a rural population")
or a change in it ("a reduction in its workforce of 2,300") read as the holder's count,
and a day's and a month's date conflict that start on one day told as one."""

from __future__ import annotations

from tests.corpora import article, corpus_findings, figure_claims


def test_a_part_of_a_holder_or_a_change_in_it_is_no_count_of_the_holder():
    assert list(figure_claims("Moldova has a population of 2.4 million.", "2025-03-01")["measure"]) == ["population"]
    # a qualified holder is a part of the whole: "a rural population" is no country's population
    assert figure_claims("Moldova has a rural population of 1.3 million.", "2025-03-01").empty
    # the members named after the number keep their noun, as they do anywhere else
    assert list(figure_claims("The hospital has a waiting list of 7.4 million patients.", "2025-03-01")
                ["measure"]) == ["patients"]
    for text in ("The region saw a fall in population of 30,000 people.",
                 "The firm announced a reduction in its workforce of 2,300 employees.",
                 "A reduction in the company's workforce of 2,300 employees was announced."):
        assert figure_claims(text, "2025-03-01").empty, text


def test_a_days_conflict_and_a_months_that_start_on_one_day_are_both_told(tmp_path):
    findings = corpus_findings(tmp_path, {
        f"{name}.md": article("2025-10-02", name.title(), f"The strike at the Harland shipyard began {when}.")
        for name, when in (("wire", "on August 1"), ("daily", "on August 4"), ("weekly", "in August"),
                           ("monthly", "in September"))})
    conflicts = findings[findings["kind"] == "date_conflict"]
    assert sorted(conflicts["values"]) == ["2025-08-01 vs 2025-08-04", "August 2025 vs September 2025"]
    assert conflicts["finding_id"].is_unique
