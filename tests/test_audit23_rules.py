"""Items from the audits of stories on a data breach, a bridge collapse, an airline strike, a
heatwave, a mine accident, a housing report, a hurricane and a city budget: one force named
by different nouns, breakdowns that leave the rest untold, a toll's date that is no event's,
a past storm's toll in a relative clause, monthly and annual changes, tallies with "to", what
may yet fall, and tons that may be tonnes."""

from __future__ import annotations

from tests.corpora import article, corpus_findings, figure_claims


def rows(found, kind: str) -> list[tuple]:
    chosen = found[found["kind"] == kind]
    return list(zip(chosen["severity"], chosen["subject"], chosen["measure"], chosen["values"]))


def test_one_force_named_by_different_nouns_is_one_subject(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-05-10", "Wire", "Police said 41 officers were injured in the riots on Friday."),
        "b.md": article("2024-05-10", "Paper", "Some 52 policemen were hurt in Friday's riots, the union said.")})
    assert rows(found, "conflict") == [("error", "police", "injured police", "some 52 vs 41")]


def test_a_breakdown_by_condition_or_age_leaves_the_rest_untold(tmp_path):
    found = corpus_findings(tmp_path, {"a.md": article("2024-05-10", "Wire", (
        "Of the 23 injured, six were in serious condition and four in critical condition. "
        "Of the 40 passengers, six were children and four were elderly. "
        "Of the 30 hurt, 20 were in serious condition and 14 in critical condition. "
        "Of the 12 dead, seven were men, three were women and one was a child."))})
    sums = rows(found, "arithmetic")
    assert ("info", "injured", "injured", "six were in serious condition + four in critical condition = 10") in sums
    assert ("info", "passengers", "passengers", "six were children + four were elderly = 10") in sums
    # parts that exceed the whole are an error however partial; men, women and children make a whole
    assert ("error", "injured", "injured", "20 were in serious condition + 14 in critical condition = 34") in sums
    assert ("error", "killed", "killed", "seven were men + three were women + one was a child = 11") in sums


def test_a_toll_reaching_a_figure_on_a_day_does_not_date_the_disaster(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-05-10", "Wire", "The Calder River Bridge collapsed on Monday, officials said."),
        "b.md": article("2024-05-13", "Paper", "The death toll from the Calder River Bridge collapse reached 14 on "
                                               "Sunday, officials said.")})
    assert found[found["kind"] == "date_conflict"].empty


def test_a_past_storms_toll_in_a_relative_clause_is_that_storms(tmp_path):
    claims = figure_claims("Hurricane Delia killed at least two people on Wednesday. It is the strongest storm "
                           "since Ida, which left 107 people dead.", "2024-09-12")
    assert [(c.subject, c.value) for c in claims.itertuples() if c.measure == "killed"] == [
        ("Hurricane Delia", 2), ("Ida", 107)]
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-09-12", "Wire", "Hurricane Delia killed at least two people on Wednesday. It is the "
                                              "strongest storm since Ida, which left 107 people dead."),
        "b.md": article("2024-09-13", "Paper", "It was the strongest storm since Ida, which was blamed for more "
                                               "than 100 deaths.")})
    # a later, vaguer figure the earlier one is within restates it: no revision, no conflict
    assert rows(found, "corroborated") == [("info", "Ida", "killed", "107; more than 100")]
    assert found[found["kind"].isin(["conflict", "revision"])].empty


def test_a_months_change_against_a_year_earlier_or_the_month_before_says_so():
    claims = figure_claims("UK house prices rose 0.4% in May. Prices rose 1.3% in the year to May. "
                           "Prices rose 0.3% in May from April. Prices were up 1.2% in May from a year earlier. "
                           "Prices rose 0.2% in May compared with April. Prices rose 2.7% from March to 287,500. "
                           "GDP contracted 0.4% in the third quarter from a year earlier.", "2024-06-12")
    assert [(c.measure, c.value, '"basis": "year"' in c.detail) for c in claims.itertuples() if c.unit == "percent"] == [
        ("prices change", 0.4, False), ("prices change", 1.3, True), ("prices change (month on month)", 0.3, False),
        ("prices change", 1.2, True), ("prices change (month on month)", 0.2, False),
        ("prices change (since March)", 2.7, False), ("GDP change", -0.4, False)]


def test_a_bare_months_change_against_an_annual_one_is_only_a_warning(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-06-12", "Wire", "UK house prices rose 0.4% in May, the lender said."),
        "b.md": article("2024-06-12", "Paper", "UK house prices rose 1.3% in the year to May, the lender said."),
        "c.md": article("2024-06-12", "Daily", "UK house prices rose 1.1% in May from a year earlier.")})
    conflicts = found[found["kind"] == "conflict"]
    assert list(conflicts["severity"]) == ["warning"]
    assert "told against a year earlier" in conflicts.iloc[0]["message"]
    # two annual changes that differ still conflict as an error
    found = corpus_findings(tmp_path / "two", {
        "b.md": article("2024-06-12", "Paper", "UK house prices rose 1.3% in the year to May, the lender said."),
        "c.md": article("2024-06-12", "Daily", "UK house prices rose 1.1% in May from a year earlier.")})
    assert list(found.loc[found["kind"] == "conflict", "severity"]) == ["error"]


def tallies(text: str) -> list[tuple]:
    return [(c.subject, c.measure, c.value) for c in figure_claims(text, "2024-06-12").itertuples()
            if c.measure.startswith("votes ")]


def test_tallies_told_with_to_and_motions_with_a_sum():
    assert tallies("The council voted 9-4 on Tuesday to approve a $4.18 billion budget.") == [
        ("budget", "votes in favour", 9), ("budget", "votes against", 4)]
    assert tallies("The council approved a $4.2 billion budget by a vote of 9-3, with one member abstaining.") == [
        ("budget", "votes in favour", 9), ("budget", "votes against", 3)]
    assert tallies("Union members approved the new contract by 11,482 to 3,971.") == [
        ("new contract", "votes in favour", 11482), ("new contract", "votes against", 3971)]
    assert tallies("The new contract was approved by a vote of 11,482 to 3,917.") == [
        ("new contract", "votes in favour", 11482), ("new contract", "votes against", 3917)]
    assert tallies("The council voted 9 to 4 to approve the budget.") == [
        ("budget", "votes in favour", 9), ("budget", "votes against", 4)]
    assert tallies("The board approved the move to cut pay from 15 to 12 days.") == []


def test_what_may_yet_fall_is_a_forecast(tmp_path):
    claims = figure_claims("Forecasters said up to 12 inches of rain could fall in parts of Louisiana through "
                           "Thursday. As many as 500 jobs may go. The 500 workers who could lose their jobs met "
                           "on Monday.", "2024-09-10")
    assert [c.measure for c in claims.itertuples()] == ["rainfall forecast", "jobs_change forecast", "workers"]
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-09-10", "Wire", "Up to 12 inches of rain could fall in Houma through Thursday."),
        "b.md": article("2024-09-12", "Paper", "Houma recorded 14.2 inches of rain through Thursday.")})
    assert found[found["kind"] == "conflict"].empty


def test_tons_may_be_tonnes(tmp_path):
    claims = figure_claims("The mine produced 2.5 million tons of coal last year.", "2024-09-10")
    assert [(c.unit, c.low, round(c.high)) for c in claims.itertuples()] == [("ton", 2.5e6, 2_800_000)]
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-09-10", "Wire", "The Kestrel mine produced 2.5 million tons of coal last year."),
        "b.md": article("2024-09-12", "Paper", "The Kestrel mine produced 2.5 million tonnes of coal last year."),
        "c.md": article("2024-09-12", "Daily", "The Kestrel mine produced 3.1 million tonnes of coal last year.")})
    conflicts = found[found["kind"] == "conflict"]
    # 2.5 million tons and 2.5 million tonnes agree; 3.1 million tonnes is outside both
    assert len(conflicts) == 1 and "3.1 million" in conflicts.iloc[0]["values"]


def test_a_demand_an_offer_and_what_was_agreed_are_three_figures(tmp_path):
    claims = figure_claims("Cabin crew at Nordavia are demanding a 15% pay rise. The airline offered a 9% pay rise. "
                           "Crew have accepted an 11% pay rise. Protesters demanded the release of 12 detainees.",
                           "2024-06-13")
    assert [(c.measure, c.value) for c in claims.itertuples()] == [
        ("pay change demand", 15), ("pay change proposal", 9), ("pay change", 11), ("arrested", 12)]


def test_a_fine_told_as_fined_or_as_a_penalty_is_one_measure(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-06-12", "Wire", "The regulator fined Marlowe & Pike £14.2m on Tuesday."),
        "b.md": article("2024-06-12", "Paper", "The regulator imposed a penalty of £12.4m on Marlowe & Pike on "
                                               "Tuesday.")})
    assert rows(found, "conflict") == [("error", "Marlowe & Pike", "fine", "£14.2m vs £12.4m")]


def test_how_far_down_is_a_depth():
    claims = figure_claims("Fourteen miners were trapped nearly 500 meters below ground. The shaft is 900 feet deep. "
                           "The convoy drove 40 km deep into the region.", "2024-09-12")
    assert [(c.measure, c.value) for c in claims.itertuples() if c.unit] == [
        ("depth", 500), ("depth", 900), ("length", 40)]


def test_a_one_time_happenings_year_does_not_date_what_the_next_verb_tells():
    claims = figure_claims("The bridge opened in 1961 and carried about 38,000 vehicles a day. The plant was built "
                           "in 2001 and employed 2,400 people by 2010.", "2024-09-12")
    assert [(c.value, c.as_of_start) for c in claims.itertuples()] == [(38000, "2024-09-12"), (2400, "2010-01-01")]


def test_what_one_wants_to_do_is_a_proposal_what_one_wants_of_another_a_demand():
    claims = figure_claims("The mayor wants to raise property taxes by 4%. The union wants a 15% pay rise.", "2024-06-12")
    assert [c.measure for c in claims.itertuples()] == ["property taxes change proposal", "pay change demand"]
