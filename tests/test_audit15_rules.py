"""Readings found wrong on stories told by three outlets each (a factory fire, an oil
spill, a temple stampede, a damages verdict, a hospital, an earthquake, a company's
results) and on budget stories: a gap named one way whatever the outlet calls it, the
economy a share is measured against, a place named with "'s" opening a sentence, plurals
in "-men", names after titles in a row, clock times in an event's description, a toll's
rise dated apart from the event, a sum paid to each family, figures rounded to a decimal,
counts held by a singular noun, and the near misses an adversarial review found."""

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


def test_a_name_after_titles_in_a_row_is_read_and_a_firm_owning_something_is_no_person():
    assert _names("It overturned off Caluya, coast guard spokesperson Rear Admiral Armando Balilo said.") == [
        "Armando Balilo"]
    assert _names("The ferry's operator, Red Funnel, has cancelled 30 sailings.") == []
    assert _names("The mine's owner, Anglo American, has written down $1.6 billion.") == []
    # the title's first word is no subject of the sentence's figures
    figures = figure_claims("Coast guard chief Rear Admiral Ronnie Gil Gavan said 87 people were rescued off Mindoro.",
                            "2025-03-05")
    assert list(zip(figures["subject"], figures["measure"])) == [("Mindoro", "rescued")]


def test_a_clock_time_is_no_clause_break_and_two_words_with_began_are_not_one_happening(tmp_path):
    dated = extract_text("The fire broke out around 11:30pm on Monday in the knitting section.", "2025-03-05")
    assert list(dated[dated["kind"] == "date"]["subject"]) == ["fire broke out around 11:30pm"]
    findings = corpus_findings(tmp_path, {  # one story's nurses, another's doctors
        "a.md": article("2025-03-04", "Ledger", "Nurses walked out over pay. The strike began on Monday."),
        "b.md": article("2025-03-06", "Wire", "Junior doctors joined the action. The strike began on Wednesday."),
    })
    assert "date_conflict" not in set(findings["kind"])


def test_the_day_a_toll_rose_is_not_the_day_of_the_event(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-01-15", "Deccan", "Seven devotees were killed in a stampede at the Sri Kanakadurga "
                        "temple on Tuesday evening, police said."),
        "b.md": article("2025-01-16", "Coastal", "The death toll in the stampede at the Sri Kanakadurga temple rose "
                        "to nine on Wednesday, officials said."),
    })
    assert "date_conflict" not in set(findings["kind"])


def test_a_sum_paid_to_each_family_is_compared_whatever_it_is_called_by_its_payer(tmp_path):
    figures = figure_claims("The government has promised 200,000 taka (about £1,300) to the family of each of "
                            "the dead.", "2025-03-04")
    assert list(zip(figures["measure"], figures["value"], figures["unit"])) == [
        ("payment per family (government)", 200000.0, "BDT")]
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-03-04", "Meridian", "A fire at a garment factory killed 17 people on Monday. The "
                        "government announced compensation of 200,000 taka for the family of each worker killed.",
                        title="Factory fire kills 17"),
        "b.md": article("2025-03-04", "Ledger", "A fire at a garment factory killed 17 people on Monday. The "
                        "adviser's office said the government would give Tk 1 lakh to each bereaved family.",
                        title="Factory fire kills 17"),
    })
    paid = findings[findings["measure"].str.startswith("payment per family")]
    assert list(zip(paid["kind"], paid["values"])) == [("conflict", "200,000 taka vs Tk 1 lakh")]
    # two payers' sums are two payments
    payers = corpus_findings(tmp_path / "payers", {
        "a.md": article("2025-03-14", "A", "The labour ministry will give Tk 2 lakh to each bereaved family in "
                        "Mirpur.", title="Mirpur fire"),
        "b.md": article("2025-03-14", "B", "The factory owners will pay Tk 5 lakh to each bereaved family in "
                        "Mirpur.", title="Mirpur fire"),
    })
    assert "conflict" not in set(payers["kind"])


def test_those_who_survived_are_no_count_of_the_rescued(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-06-10", "Air A", "A plane crashed on landing at Kathmandu. All 67 people survived the "
                        "crash.", title="Plane crash at Kathmandu"),
        "b.md": article("2025-06-10", "Air B", "A plane crashed on landing at Kathmandu. Firefighters rescued 18 "
                        "people from the wreckage.", title="Plane crash at Kathmandu"),
    })
    assert "conflict" not in set(findings["kind"])


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


def test_a_date_told_after_said_that_as_of_dates_the_figure():
    figures = figure_claims("The department said that as of 3 March, oil had coated about 40km of coastline.",
                            "2025-03-10")
    assert list(zip(figures["low"], figures["high"], figures["as_of_start"])) == [(38.0, 42.0, "2025-03-03")]


def test_an_ex_gratia_for_the_families_is_paid_to_each_of_them():
    figures = figure_claims("The chief minister announced ex gratia of Rs 10 lakh for the families of the deceased.",
                            "2025-01-15")
    assert list(zip(figures["measure"], figures["value"])) == [("payment per family (chief minister)", 1e6)]
    # "he" pays nothing the sentence names: no payment compared; "it" after a teller is the teller's
    assert list(figure_claims("He announced Rs 2 lakh to each bereaved family.", "2025-01-15")["measure"]) == [
        "amount"]
    told = figure_claims("The state government said it would give Rs 4 lakh to each bereaved family.", "2025-01-15")
    assert list(told["measure"]) == ["payment per family (state government)"]
    # relief to each affected family is no payment for a death
    relief = figure_claims("The state government will give Rs 10,000 to each affected family.", "2025-01-15")
    assert list(relief["measure"]) == ["amount"]
    fund = figure_claims("The state set up a $2m fund for the families of the victims.", "2025-01-15")
    assert list(fund["measure"]) == ["fund"]  # a fund for all of them is no sum for each


def test_a_figure_rounded_to_its_decimal_agrees_with_the_fuller_one(tmp_path):
    said = "Brightwater Semiconductor Inc. reported revenue of {} for the second quarter of 2025."
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-07-23", "Market Wire", said.format("$4.82 billion")),
        "b.md": article("2025-07-23", "Tech Ledger", said.format("$4.8bn")),
        "c.md": article("2025-07-24", "Daily", said.format("$4.28bn")),
    })
    assert list(zip(findings["kind"], findings["values"])) == [("conflict", "$4.82 billion vs $4.28bn vs $4.8bn")]
    agreeing = corpus_findings(tmp_path / "two", {
        "a.md": article("2025-07-23", "Market Wire", said.format("$4.82 billion")),
        "b.md": article("2025-07-23", "Tech Ledger", said.format("$4.8bn")),
    })
    assert list(zip(agreeing["kind"], agreeing["values"])) == [("corroborated", "$4.82 billion; $4.8bn")]


def test_near_misses_of_gaps_payments_owners_and_periods():
    names = {text: only(figure_claims(text, "2025-06-10"), surface)["measure"] for text, surface in (
        ("The capital account deficit widened to $3bn.", "$3bn"),
        ("The pension deficit widened to £300m.", "£300m"),
        ("The gender pay gap widened to 14.3%.", "14.3%"),
        ("The average energy bill will be £1,738 a family.", "£1,738"),
    )}
    assert list(names.values()) == ["capital account deficit", "pension deficit", "pay gap", "bill"]
    # a common noun with 's opening a sentence is no subject
    savings = figure_claims("People's savings rose to 8.2% in May.", "2025-06-10")
    assert list(zip(savings["subject"], savings["measure"])) == [("savings", "savings")]
    # "the same period last year" is the period named before, not the day the data came out
    growth = figure_claims("China's economy grew 5.2% in the second quarter, data showed on Tuesday, down from "
                           "5.4% in the same period last year.", "2025-07-15")
    assert list(zip(growth["value"], growth["as_of_start"], growth["as_of_end"])) == [
        (5.2, "2025-04-01", "2025-06-30"), (5.4, "2024-04-01", "2024-06-30")]
    # months of "the year" not yet past are last year's
    profit = figure_claims("Profit in the first nine months of the year rose to $3bn.", "2025-01-10")
    assert list(zip(profit["as_of_start"], profit["as_of_end"])) == [("2024-01-01", "2024-09-30")]


def test_a_river_rising_is_a_happening_a_toll_rising_is_a_level(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-07-16", "Delhi A", "The Yamuna rose above the danger mark in Delhi on Monday."),
        "b.md": article("2025-07-16", "Delhi B", "The Yamuna crossed the danger mark in Delhi on Tuesday."),
    })
    assert list(findings["kind"]) == ["date_conflict"]


def test_a_count_held_by_a_singular_noun_is_read(tmp_path):
    cases = {"The hospital's waiting list stood at 84,312 at the end of January.": ("waiting list", 84312.0),
             "Its workforce of 33,000 will shrink by 2,300.": ("workforce", 33000.0),
             "The city has a population of 2.3 million.": ("population", 2.3e6)}
    for text, expected in cases.items():
        figure = figure_claims(text, "2025-03-01").iloc[0]
        assert (figure["measure"], figure["value"]) == expected, text
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-02-10", "Gazette", "Kingsmere's waiting list stood at 84,312 at the end of January, "
                        "officials at Kingsmere said."),
        "b.md": article("2025-02-11", "Echo", "Kingsmere's waiting list stood at 78,900 at the end of January, "
                        "officials at Kingsmere said."),
    })
    assert list(zip(findings["kind"], findings["measure"])) == [("conflict", "waiting list")]


def test_a_verbs_particle_is_no_qualifier():
    edged = figure_claims("The share seen on time edged up to 59.0% in March.", "2025-04-10")
    assert list(zip(edged["surface"], edged["low"], edged["qualifier"])) == [("59.0%", 59.0, "exact")]
    handed = figure_claims("Ambulances had to hand over 412 patients in corridors.", "2025-04-10")
    assert list(zip(handed["value"], handed["qualifier"])) == [(412.0, "exact")]
    fell = figure_claims("Shares fell over 30% on Monday.", "2025-04-10")
    assert list(fell["qualifier"]) == ["at_least"]


def test_a_firm_named_in_full_only_with_s_is_the_firm_its_first_word_names():
    claims = extract_text("Brightwater Semiconductor's decision to lay off 2,300 workers will hit Penang. "
                          "Brightwater expects revenue of $4.6bn in the quarter.", "2025-07-25")
    figures = claims[claims["kind"] == "figure"]
    assert only(figures, "$4.6bn")["subject"] == "Brightwater Semiconductor"


def test_a_past_verb_keeps_a_quarter_past_and_a_quarter_in_a_row_is_no_date():
    dated = extract_text("Brightwater said it would cut 2,300 jobs after second-quarter revenue fell for the third "
                         "quarter in a row.", "2025-07-24")
    dates = dated[dated["kind"] == "date"]
    assert list(zip(dates["surface"], dates["as_of_start"])) == [("second-quarter", "2025-04-01")]


def test_review_near_misses_of_periods_levels_people_and_contractions():
    revenue = figure_claims("Tallowmere said fourth-quarter revenue rose to $4.2bn, from $3.9bn in the same period "
                            "last year.", "2025-02-06")
    assert list(zip(revenue["value"], revenue["as_of_start"])) == [(4.2e9, "2024-10-01"), (3.9e9, "2023-10-01")]
    toll = figure_claims("The death toll rose to 41 on Wednesday, up from three on Monday.", "2025-03-06")
    assert list(zip(toll["measure"], toll["value"], toll["as_of_start"])) == [
        ("killed", 41.0, "2025-03-05"), ("killed", 3.0, "2025-03-03")]
    assert list(figure_claims("Three fishers drowned off Kerala on Thursday.", "2025-03-06")["measure"]) == ["killed"]
    deficit = figure_claims("The deficit reached 5.8% of GDP in 2024, INSEE said.", "2025-03-06")
    assert list(deficit["subject"]) == ["GDP"]  # nothing else named: the economy stays what it is of
    homes = figure_claims("Officials in Almonte counted. What's clear is that 300 homes were destroyed by the fire "
                          "in Almonte.", "2025-03-06")
    assert list(homes["subject"]) == ["Almonte"]
