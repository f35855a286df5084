"""What the audits on ten more stories (a strike ballot, a wildfire, a drug trial, a football
transfer, a housing report, refugees at a border, a mine collapse, a regional election, a
retailer's results, a heatwave) and the items left from earlier audits found read wrongly:
votes' tallies first."""

from __future__ import annotations

from tests.corpora import article, corpus_findings, figure_claims


def tallies(text: str, when: str = "2025-03-05") -> list[tuple]:
    return [(c.subject, c.measure, c.value) for c in figure_claims(text, when).itertuples()
            if c.measure.startswith("votes ")]


def test_a_tally_is_a_claim_per_side_on_what_was_voted_on():
    assert tallies("The Arlen council approved the stadium plan by a vote of 9-4 on Tuesday.") == [
        ("stadium plan", "votes in favour", 9), ("stadium plan", "votes against", 4)]
    assert tallies("Members of the union voted 412-88 in favour of the offer.") == [
        ("offer", "votes in favour", 412), ("offer", "votes against", 88)]
    assert tallies("The bill passed by 312 votes to 286.") == [
        ("bill", "votes in favour", 312), ("bill", "votes against", 286)]
    assert tallies("The motion was carried with 214 votes in favour, 97 against and 12 abstentions.") == [
        ("motion", "votes in favour", 214), ("motion", "votes against", 97)]
    # a rejection's first number is the votes against
    assert tallies("The assembly rejected the tram plan by 240 votes to 180.") == [
        ("tram plan", "votes against", 240), ("tram plan", "votes in favour", 180)]
    assert tallies("The board voted 7-2 against the merger.")[0] == ("merger", "votes against", 7)


def test_scores_ranges_and_shares_are_no_tally():
    assert tallies("Arsenal beat Chelsea 3-1 on Saturday.") == []
    assert tallies("He won a split decision 115-113 on the judges' cards.") == []
    assert tallies("A majority of 20-30 MPs is expected to back the plan.") == []
    assert tallies("The council voted on the 2025-26 budget on Monday.") == []
    assert tallies("Voters backed the treaty 52%-48%.") == []


def test_two_outlets_giving_one_vote_different_tallies_conflict_and_two_votes_do_not(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-03-05", "Arlen Herald",
                        "The Arlen city council approved the stadium plan by a vote of 9-4 on Tuesday."),
        "b.md": article("2025-03-05", "Valley News",
                        "The Arlen city council voted 8-5 on Tuesday to approve the stadium plan."),
        "c.md": article("2025-03-05", "Arlen Post",
                        "The Arlen city council rejected the tram plan by a vote of 7-6 on Tuesday."),
    })
    conflicts = findings[findings["kind"] == "conflict"]
    assert sorted(zip(conflicts["subject"], conflicts["measure"])) == [
        ("stadium plan", "votes against"), ("stadium plan", "votes in favour")]
    assert sorted(conflicts["values"]) == ["5 vs 4", "9 vs 8"]


def read(text: str, when: str = "2025-06-07") -> list[tuple]:
    return [(c.surface, c.measure, c.value, c.unit, c.as_of_start) for c in figure_claims(text, when).itertuples()]


def test_pence_are_hundredths_of_a_pound_and_a_screen_is_no_price():
    assert read("A litre of petrol costs 145.9p.") == [("145.9p", "cost", 1.459, "GBP", "2025-06-07")]
    assert read("The stamp now costs 85 pence.")[0][2:4] == (0.85, "GBP")
    assert read("The stream is in 1080p.") == []
    assert read("The vote was held at 4p.m. on Tuesday.") == []  # a time, not 4p


def test_a_price_a_stock_closed_at_names_the_change_after_it_and_a_baseline_keeps_its_own_date():
    assert read("Acme's stock closed at $1.52, down 94% from its close of $26.40 on May 2.") == [
        ("$1.52", "stock", 1.52, "USD", "2025-06-07"), ("94%", "stock change", -94, "percent", "2025-06-07"),
        ("$26.40", "close", 26.4, "USD", "2025-05-02")]
    # a level from a peak is that peak's, the level reached the sentence's
    assert [c[4] for c in read("Inflation fell to 2.1% in June from a peak of 4.5% in March.")] == [
        "2025-06-01", "2025-03-01"]


def test_the_beginning_and_the_end_of_a_month_are_its_first_and_last_ten_days():
    from tests.corpora import date_starts

    assert date_starts("The plant will close at the beginning of March.", "2025-02-07") == {
        "the beginning of March": "2025-03-01"}
    assert date_starts("Sales slowed at the end of May.", "2025-06-07") == {"the end of May": "2025-05-21"}


def test_pc_written_onto_a_number_is_percent():
    assert [(c[0], c[2], c[3]) for c in read("Rates fell to 5.35pc from 5.48pc. Growth of 3-4pc is likely.")] == [
        ("5.35pc", 5.35, "percent"), ("5.48pc", 5.48, "percent"), ("3-4pc", 3.5, "percent")]


def test_a_figure_of_the_first_days_of_a_month_meets_no_days_figure(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-03-08", "Echo", "The outbreak's case fatality rate stood at 2.1% on March 7.",
                        "Cholera outbreak"),
        "b.md": article("2025-03-19", "Wire", "The outbreak's case fatality rate was 2.4% in early March.",
                        "Cholera outbreak"),
        "c.md": article("2025-03-20", "Post", "The outbreak's case fatality rate was 2.9% at the beginning of "
                        "March.", "Cholera outbreak"),
    })
    rates = findings[findings["measure"] == "fatality rate"]
    assert sorted(rates["kind"]) == ["change", "conflict"]
    assert rates[rates["kind"] == "conflict"].iloc[0]["values"] == "2.9% vs 2.4%"
