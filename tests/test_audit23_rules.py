"""Items from the audits of stories on a data breach, a bridge collapse, an airline strike, a
heatwave, a mine accident, a housing report, a hurricane and a city budget: one force named
by different nouns, breakdowns that leave the rest untold, a toll's date that is no event's,
a past storm's toll in a relative clause, monthly and annual changes, tallies with "to", what
may yet fall, and tons that may be tonnes."""

from __future__ import annotations

import pytest

from checker.claims import extract_text
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
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-09-10", "Wire", "The Kestrel mine produced 2.5 million tons of coal last year."),
        "b.md": article("2024-09-12", "Paper", "The Kestrel mine produced 2.5 million tonnes of coal last year."),
        "c.md": article("2024-09-12", "Daily", "The Kestrel mine produced 3.1 million tonnes of coal last year.")})
    # 2.5 million tons and 2.5 million tonnes agree; 3.1 million tonnes is outside both
    assert rows(found, "conflict") == [
        ("error", "Kestrel", "coal", "3.1 million tonnes vs 2.5 million tonnes vs 2.5 million tons")]
    # two outlets' tons are compared as written
    found = corpus_findings(tmp_path / "tons", {
        "a.md": article("2024-09-10", "Wire", "The Odessa port handled 2.5 million tons of grain last year."),
        "b.md": article("2024-09-12", "Paper", "The Odessa port handled 2.7 million tons of grain last year.")})
    assert rows(found, "conflict") == [("error", "Odessa", "grain", "2.7 million tons vs 2.5 million tons")]


def test_a_demand_an_offer_and_what_was_agreed_are_three_figures(tmp_path):
    claims = figure_claims("Cabin crew at Nordavia are demanding a 15% pay rise. The airline offered a 9% pay rise. "
                           "Crew have accepted an 11% pay rise. Protesters demanded the release of 12 detainees.",
                           "2024-06-13")
    assert [(c.measure, c.value) for c in claims.itertuples()] == [
        ("pay change demand", 15), ("pay change proposal", 9), ("pay change", 11), ("arrested", 12)]


def test_a_fine_of_a_firm_with_an_ampersand_in_its_name(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-06-12", "Wire", "The regulator fined Marlowe & Pike £14.2m on Tuesday."),
        "b.md": article("2024-06-12", "Paper", "Marlowe & Pike was fined £12.4m by the regulator on Tuesday.")})
    assert rows(found, "conflict") == [("error", "Marlowe & Pike", "fine", "£14.2m vs £12.4m")]


def test_how_far_down_is_a_depth():
    claims = figure_claims("Fourteen miners were trapped nearly 500 meters below ground. The shaft is 900 feet deep. "
                           "The convoy drove 40 km deep into the region. The snow was 50 centimetres deep.", "2024-09-12")
    assert [(c.measure, c.value) for c in claims.itertuples() if c.unit] == [
        ("depth", 500), ("depth", 900), ("length", 40), ("snowfall", 50)]


def test_what_one_wants_to_do_is_a_proposal_what_one_wants_of_another_a_demand():
    claims = figure_claims("The mayor wants to raise property taxes by 4%. The union wants a 15% pay rise.", "2024-06-12")
    assert [c.measure for c in claims.itertuples()] == ["property taxes change proposal", "pay change demand"]


def test_what_the_review_of_these_readings_kept_apart():
    # a ratio of a mass electorate is no tally; a body's small tally is
    assert tallies("Shareholders voted 3 to 1 against the pay package.") == []
    assert tallies("The council voted 9 to 4 to approve the budget.")[0] == ("budget", "votes in favour", 9)
    claims = figure_claims("Strong demand lifted Nvidia's revenue to $26 billion. The death toll of 9 is expected to "
                           "rise. The contract calls for a 38% raise. The union is calling for a 40% raise.", "2024-06-03")
    assert [c.measure for c in claims.itertuples()] == ["revenue", "killed", "pay change", "pay change demand"]


def test_serious_and_slight_injuries_are_every_injury(tmp_path):
    found = corpus_findings(tmp_path, {"a.md": article("2024-05-10", "Wire", (
        "Of the 23 injured, 15 were seriously injured and 6 were slightly injured."))})
    assert rows(found, "arithmetic") == [
        ("error", "injured", "injured", "15 were seriously injured + 6 were slightly injured = 21")]


def test_what_a_name_said_in_a_relative_clause_is_no_toll_of_its_own():
    claims = figure_claims("Hurricane Delia killed 25 people. The Red Cross, which said 40 people had died, appealed "
                           "for funds.", "2024-09-12")
    assert [(c.subject, c.value) for c in claims.itertuples()] == [("Hurricane Delia", 25), ("Hurricane Delia", 40)]


def test_inflation_told_two_ways_and_open_tolls_that_fall_still_count(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-05-22", "Wire", "UK inflation rose 2.3% in the year to April, official figures showed."),
        "b.md": article("2024-05-22", "Paper", "UK inflation rose 3.2% in April, official figures showed.")})
    assert list(found.loc[found["kind"] == "conflict", "severity"]) == ["error"]
    found = corpus_findings(tmp_path / "toll", {
        "a.md": article("2024-05-22", "Wire", "The landslide killed at least 12 people on Tuesday."),
        "b.md": article("2024-05-23", "Paper", "The landslide on Tuesday killed at least 10 people.")})
    assert list(found["kind"]) == ["revision"]


def test_a_bill_passing_by_a_tally_is_still_a_happening(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-05-22", "Wire", "The Clean Water bill passed 52-48 in the Senate on Tuesday."),
        "b.md": article("2024-05-23", "Paper", "The Clean Water bill passed in the Senate on Wednesday.")})
    assert list(found.loc[found["kind"] == "date_conflict", "severity"]) == ["error"]


def test_a_change_between_levels_its_words_name_otherwise_is_checked(tmp_path):
    found = corpus_findings(tmp_path, {"a.md": article("2024-06-03", "Wire", (
        "Production fell 12% to 11.4 million tonnes from 12.1 million tonnes. "
        "Sales fell 5.8% to 11,400 homes from 12,100 homes. "
        "Shares rose 5% to $30 after the company said revenue grew from $1 billion."))})
    assert rows(found, "arithmetic") == [
        ("error", "production change", "production change",
         "(11.4 million tonnes - 12.1 million tonnes) / 12.1 million tonnes = -5.8%"),
        ("info", "sales change", "sales change", "(11,400 - 12,100) / 12,100 = -5.8%")]


def test_the_speaker_after_the_verb_ending_the_sentence_is_a_name(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-06-03", "Wire", '"Growth is strong," said Cormac Halpen of the statistics office.'),
        "b.md": article("2024-06-04", "Paper", '"We expected it," said Cormac Halpin.'),
        "c.md": article("2024-06-04", "Daily", '"The review is over," said Amnesty International.')})
    assert rows(found, "name_variant") == [("warning", "Cormac Halpen", "name", "Cormac Halpen / Cormac Halpin")]


def test_a_level_moved_from_after_a_comma_and_a_compared_figures_date():
    claims = figure_claims("The US unemployment rate ticked up to 4%, from 3.9%. About 2,000 soldiers and volunteers "
                           "are cleaning the beaches, twice as many as last week. The company expanded its recall to "
                           "about 3.4 million vials, almost triple the 1.2 million it announced last week.", "2024-03-12")
    assert [(c.value, c.as_of_start, c.as_of_basis) for c in claims.itertuples()] == [
        (4, "2024-03-12", "source_date"), (3.9, "", "earlier"), (2000, "2024-03-12", "source_date"),
        (3.4e6, "2024-03-12", "source_date")]


def test_a_figure_told_as_revised_is_a_revision_and_the_first_reports_still_meet(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-06-07", "Wire", "US employers added 272,000 jobs in May, the Labor Department said."),
        "b.md": article("2024-06-07", "Paper", "US employers added 275,000 jobs in May, officials said."),
        "c.md": article("2024-07-05", "Daily", "US employers added 218,000 jobs in May, revised data showed.")})
    assert rows(found, "conflict") == [("error", "United States", "jobs_change", "275,000 more vs 272,000 more")]
    assert rows(found, "revision") == [("warning", "United States", "jobs_change", "272,000 more -> 218,000 more")]


def test_another_of_a_kind_is_not_the_first_dated_again(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-09-30", "Wire", "An avalanche struck the Manaslu base camp on Monday, officials said."),
        "b.md": article("2024-10-03", "Paper", "Another avalanche struck the Manaslu base camp on Wednesday."),
        "c.md": article("2024-10-03", "Daily", "The avalanche struck the Manaslu base camp on Tuesday.")})
    conflicts = found[found["kind"] == "date_conflict"]
    assert list(conflicts["values"]) == ["2024-09-30 vs 2024-10-01"]  # Monday's against Tuesday's, not Wednesday's


def test_a_rounded_conversion_agrees_and_a_wrong_one_does_not(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-09-30", "Wire", "The camp on Manaslu lies at an altitude of 6,800 metres."),
        "b.md": article("2024-09-30", "Paper", "The camp on Manaslu lies at an altitude of 22,300 feet."),
        "c.md": article("2024-09-30", "Daily", "The Manaslu storm brought winds of 120 mph on Monday."),
        "d.md": article("2024-09-30", "Post", "The Manaslu storm brought winds of 190 km/h on Monday."),
        "e.md": article("2024-09-30", "Times", "The Manaslu storm brought winds of 160 km/h on Monday.")})
    assert rows(found, "corroborated")[0][2:] == ("altitude", "6,800 metres; 22,300 feet")
    assert [r[3] for r in rows(found, "conflict")] == ["190 km/h vs 160 km/h vs 120 mph"]  # 160 is off


def test_a_weekday_and_its_date_are_one_date_told_after_what_happened():
    claims = extract_text("The census was held on Sunday, April 3, officials said. The census was held on Monday, April 4th.",
                          "2022-06-23")
    assert [(c.surface, c.subject, c.as_of_start) for c in claims.itertuples()] == [
        ("Sunday, April 3", "census was held", "2022-04-03"), ("Monday, April 4th", "census was held", "2022-04-04")]


def test_a_moves_size_told_after_its_levels_is_checked_against_them(tmp_path):
    found = corpus_findings(tmp_path, {"a.md": article("2024-06-03", "Wire", (
        "Average hourly pay rose to $34.91, up from $33.34 a year earlier, a 4.1% gain. "
        "The budget would fall to $410 million from $422 million, a 5% cut. "
        "The company has 4,000 staff, a 10% share of the market."))})
    assert sorted(r[3] for r in rows(found, "arithmetic")) == [
        "($34.91 - $33.34) / $33.34 = 4.7%", "($410 million - $422 million) / $422 million = -2.8%"]
    assert set(found.loc[found["kind"] == "arithmetic", "severity"]) == {"error"}


def test_a_ships_crew_and_a_name_across_an_aside(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-03-05", "Wire", "All 24 crew members of the Marisol Star were rescued, officials said. "
                                              "The Marisol Star, carrying about 600,000 barrels of crude, ran aground "
                                              "off Brittany on Monday, officials said."),
        "b.md": article("2024-03-08", "Paper", "All 23 crew of the Marisol Star were safe, the operator said. The "
                                               "Marisol Star ran aground early on Sunday, the prefecture said.")})
    assert rows(found, "conflict") == [("warning", "Marisol Star", "crew", "24 vs 23")]
    assert list(found.loc[found["kind"] == "date_conflict", "values"]) == ["2024-03-03 vs 2024-03-04"]


def test_what_the_third_review_kept_apart(tmp_path):
    # a size of another time or thing is no size of the move between the sentence's levels
    found = corpus_findings(tmp_path, {"a.md": article("2024-06-03", "Wire", (
        "Gasoline prices fell to $3.61 a gallon from $3.67 a week earlier, a 5% rise from a year ago. "
        "Exxon's profit fell to $8.2 billion from $11.4 billion, a 4% drop in revenue. "
        "Average hourly pay rose to $34.91, up from $33.34 a year earlier, a 4.1% gain that is still high."))})
    assert [r[3] for r in rows(found, "arithmetic")] == ["($34.91 - $33.34) / $33.34 = 4.7%"]
    # the day a report was told, and days told in a list, are no day a happening must be
    found = corpus_findings(tmp_path / "told", {
        "a.md": article("2024-04-08", "Wire", "The Gaza health ministry said on Sunday, April 7, that 33,175 people "
                                              "had been killed."),
        "b.md": article("2024-04-09", "Paper", "The Gaza health ministry said on Monday, April 8, that 33,207 people "
                                               "had been killed."),
        "c.md": article("2024-05-10", "Daily", "Strikes by Lufthansa pilots are planned for Monday, May 13, and "
                                               "Tuesday, May 14."),
        "d.md": article("2024-05-10", "Post", "Strikes by Lufthansa pilots are planned for May 14.")})
    assert found[found["kind"] == "date_conflict"].empty
    # a hedged precise figure still meets another outlet's round one
    found = corpus_findings(tmp_path / "round", {
        "a.md": article("2024-10-08", "Wire", "The quake killed approximately 1,015 people in Herat on Saturday."),
        "b.md": article("2024-10-08", "Paper", "The quake killed 1,000 people in Herat on Saturday.")})
    assert list(found["kind"]) == ["corroborated"]
