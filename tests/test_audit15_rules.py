"""Readings found wrong on stories told by three outlets each (a factory fire, an oil
spill, a temple stampede, a damages verdict) and on budget stories: a gap named one way
whatever the outlet calls it, the economy a share is measured against, a place named
with "'s" opening a sentence, plurals in "-men", names after a firm-like role and after
titles in a row, clock times in an event's description, a toll's rise dated apart from
the event, and a sum paid to each family."""

from __future__ import annotations

from checker.claims import extract_text
from tests.corpora import article, corpus_findings, figure_claims, only


def test_a_budget_gap_is_one_measure_whatever_it_is_called_and_a_trade_gap_is_another():
    cases = {
        "The budget shortfall widened to £4.1bn this year.": ("budget gap", 4.1e9),
        "The deficit is £3.9bn, the council said.": ("budget gap", 3.9e9),
        "The council must close a £40m funding gap.": ("budget gap", 4e7),
        "Japan posted a trade deficit of $4bn in May.": ("trade deficit", 4e9),
        "The current account deficit narrowed to $2bn.": ("current account deficit", 2e9),
    }
    for text, (measure, value) in cases.items():
        figure = figure_claims(text, "2025-06-10").iloc[0]
        assert (figure["measure"], round(figure["value"])) == (measure, round(value)), text
    narrowed = figure_claims("The gap narrowed by £200m to £3.9bn.", "2025-06-10")
    assert list(zip(narrowed["measure"], narrowed["value"])) == [("budget gap change", -2e8), ("budget gap", 3.9e9)]


def test_the_economy_a_share_is_measured_against_is_not_whose_it_is():
    figures = figure_claims("Officials in Italy were pleased. Italy's deficit narrowed to 3.4% of GDP last year, "
                            "while debt reached 135% of GDP.", "2025-06-10")
    assert list(zip(figures["subject"], figures["measure"], figures["value"])) == [
        ("Italy", "budget gap", 3.4), ("Italy", "debt", 135.0)]
    # GDP itself still has its own figures
    assert only(figure_claims("GDP grew 0.3% in the quarter.", "2025-06-10"), "0.3%")["measure"] == "GDP change"


def test_a_place_named_with_s_opening_a_sentence_is_the_subject(tmp_path):
    """Two outlets write "Andalusia's reservoirs" only at a sentence's start: one series."""
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-07-16", "Wire", "The drought deepened. Andalusia's reservoirs were at 31% of capacity "
                        "on Tuesday, down from 34% a week earlier."),
        "b.md": article("2025-07-19", "Daily", "Andalusia's reservoirs stood at 28% of capacity on Friday, "
                        "the regional water agency said."),
    })
    capacity = findings[findings["measure"] == "capacity"]
    assert list(zip(capacity["kind"], capacity["subject"], capacity["values"])) == [
        ("change", "Andalusia", "34% -> 31% -> 28%")]


def test_plurals_in_men_and_folk_are_counted_and_fishers_are_one_measure():
    for text, measure in (("About 18,000 fishermen depend on the bay.", "fishers"),
                          ("Some 18,000 fisherfolk depend on the bay.", "fishers"),
                          ("About 25,000 fishers depend on the bay.", "fishers"),
                          ("Police said 12 gunmen stormed the hotel.", "gunmen")):
        figures = figure_claims(text, "2025-03-03")
        assert list(figures["measure"]) == [measure], text
    assert list(figure_claims("He ran 3 specimen tests.", "2025-03-03")["measure"]) == ["tests"]


def _names(text: str) -> list[str]:
    claims = extract_text(text, "2025-03-05")
    return list(claims[claims["kind"] == "name"]["subject"])


def test_a_name_after_an_owner_or_titles_in_a_row_is_read():
    assert _names("The factory's owner, Rafikul Islam, could not be reached.") == ["Rafikul Islam"]
    assert _names("Police arrested the factory's owner, Rafiqul Islam, on Thursday.") == ["Rafiqul Islam"]
    assert _names("Karim Knit Composite, the factory's owner, said it would pay.") == []  # a firm owns too
    assert _names("It overturned off Caluya, coast guard spokesperson Rear Admiral Armando Balilo said.") == [
        "Armando Balilo"]


def test_an_outbreak_dated_two_ways_is_a_conflict_whatever_the_clock_time(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-03-05", "Ledger", "The fire broke out around 11:30pm on Monday in the third-floor "
                        "knitting section, officials said."),
        "b.md": article("2025-03-06", "Wire", "The fire broke out early on Tuesday, officials said."),
    })
    assert list(zip(findings["kind"], findings["subject"], findings["values"])) == [
        ("date_conflict", "fire broke out around 11:30pm", "2025-03-03 vs 2025-03-04")]


def test_the_day_a_toll_rose_is_not_the_day_of_the_event(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-01-15", "Deccan", "Seven devotees were killed in a stampede at the Sri Kanakadurga "
                        "temple on Tuesday evening, police said."),
        "b.md": article("2025-01-16", "Coastal", "The death toll in the stampede at the Sri Kanakadurga temple rose "
                        "to nine on Wednesday, officials said."),
    })
    assert "date_conflict" not in set(findings["kind"])


def test_a_sum_paid_to_each_family_is_compared_whatever_it_is_called(tmp_path):
    figures = figure_claims("The government has promised 200,000 taka (about £1,300) to the family of each of "
                            "the dead.", "2025-03-04")
    assert list(zip(figures["measure"], figures["value"], figures["unit"])) == [
        ("payment per family", 200000.0, "BDT")]
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-03-04", "Meridian", "A fire at a garment factory killed 17 people on Monday. The "
                        "ministry announced compensation of 200,000 taka for the family of each worker killed.",
                        title="Factory fire kills 17"),
        "b.md": article("2025-03-04", "Ledger", "A fire at a garment factory killed 17 people on Monday. The "
                        "adviser's office said the government would give Tk 1 lakh to each bereaved family.",
                        title="Factory fire kills 17"),
    })
    paid = findings[findings["measure"] == "payment per family"]
    assert list(zip(paid["kind"], paid["values"])) == [("conflict", "200,000 taka vs Tk 1 lakh")]


def test_those_who_survived_are_those_rescued_but_survivors_treated_are_not_all_of_them():
    assert list(figure_claims("Of the 121 people on board, 87 survived.", "2025-06-10")["measure"]) == [
        "people", "rescued"]
    assert list(figure_claims("The clinic treated 19 survivors for hypothermia.", "2025-06-10")["measure"]) == [
        "survivors"]


def test_the_same_period_of_a_year_is_the_period_named_before_in_that_year(tmp_path):
    figures = figure_claims("Romania's budget deficit narrowed to 4.3% of GDP in the first six months of the year "
                            "from 4.6% in the same period of 2024, the finance ministry said on Thursday.", "2025-07-24")
    assert list(zip(figures["value"], figures["as_of_start"], figures["as_of_end"])) == [
        (4.3, "2025-01-01", "2025-06-30"), (4.6, "2024-01-01", "2024-06-30")]
    # so a full year's deficit is no conflict with the half year's
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-03-05", "Bloomberg", "Romania's deficit was 9.3% of GDP in 2024, officials in "
                        "Romania said."),
        "b.md": article("2025-07-24", "Insider", "Romania's budget deficit narrowed to 4.3% of GDP in the first six "
                        "months of the year from 4.6% in the same period of 2024, officials in Romania said."),
    })
    assert "conflict" not in set(findings["kind"])
    assert list(figure_claims("Sales rose 5% in March from the same period last year.", "2025-04-10")
                ["as_of_start"]) == ["2025-03-01"]
