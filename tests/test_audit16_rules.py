"""Readings left over from the three-outlet stories and what an adversarial review of them
found: a count held by a noun whose members the number also names (and the groups in
it, or a change in it, that are no such count), and a day's and a month's date conflict
that start on one day."""

from __future__ import annotations

from tests.corpora import article, corpus_findings, figure_claims


def test_a_holder_of_its_own_members_counts_for_the_holder():
    cases = {"The city has a population of 2.3 million people.": ("population", 2.3e6),
             "Its workforce of 33,000 employees will shrink by 2,300.": ("workforce", 33000.0),
             "The union has a membership of 410,000 members.": ("members", 410000.0)}
    for text, expected in cases.items():
        figure = figure_claims(text, "2025-03-01").iloc[0]
        assert (figure["measure"], figure["value"]) == expected, text


def test_a_group_in_a_holder_or_a_change_in_it_is_no_count_of_the_holder():
    cases = {"The park has a population of 400 rhinos.": "rhinos",
             "El Salvador has a prison population of 110,000 prisoners.": "prisoners",
             "The camp, which has a population of 2,500 refugees, is full.": "refugees"}
    for text, measure in cases.items():
        assert list(figure_claims(text, "2025-03-01")["measure"]) == [measure], text
    for text in ("The region saw a fall in population of 30,000 people.",
                 "The firm announced a reduction in its workforce of 2,300 employees."):
        assert "population" not in set(figure_claims(text, "2025-03-01")["measure"]), text
        assert "workforce" not in set(figure_claims(text, "2025-03-01")["measure"]), text


def test_a_days_conflict_and_a_months_that_start_on_one_day_are_both_told(tmp_path):
    findings = corpus_findings(tmp_path, {
        f"{name}.md": article("2025-10-02", name.title(), f"The strike at the Harland shipyard began {when}.")
        for name, when in (("wire", "on August 1"), ("daily", "on August 4"), ("weekly", "in August"),
                           ("monthly", "in September"))})
    conflicts = findings[findings["kind"] == "date_conflict"]
    assert sorted(conflicts["values"]) == ["2025-08-01 vs 2025-08-04", "August 2025 vs September 2025"]
    assert conflicts["finding_id"].is_unique
