"""What two audits on new stories (a hospital strike, wildfires, earnings, a central bank,
housing, a ferry disaster) found read wrongly: a holder's count told with "is" or with
what it is of, a level before a change in percent, a description's figure dated by the
clause around it, a rate read as a level, the wrong quarter or year for a figure, and
rescues and recovered bodies told in other words."""

from __future__ import annotations

from tests.corpora import article, corpus_findings, date_starts, figure_claims, only


def test_a_holders_count_is_read_when_told_with_is_or_with_what_it_is_of():
    text = ("Officials in Moldova met on Monday. Moldova's population is 2.4 million. "
            "The population of Moldova was about 2.5 million in 2020.")
    claims = figure_claims(text, "2025-03-01")
    assert [(c.measure, c.subject, c.value, c.as_of_start) for c in claims.itertuples()] == [
        ("population", "Moldova", 2_400_000, "2025-03-01"), ("population", "Moldova", 2_500_000, "2020-01-01")]
    assert figure_claims("The rural population is 1.3 million.", "2025-03-01").empty  # a part of it

    january = only(figure_claims("The waiting list for planned care in the region stood at 84,312 in January.",
                                 "2025-03-06"), "84,312")
    assert (january.measure, january.as_of_start, january.as_of_end) == ("waiting list", "2025-01-01", "2025-01-31")
    claims = figure_claims("The waiting list had risen again, to 86,905 at the end of February, "
                           "up from 84,312 a month earlier.", "2025-04-02")
    assert [(c.measure, c.value, c.as_of_start) for c in claims.itertuples()] == [
        ("waiting list", 86_905, "2025-02-21"), ("waiting list", 84_312, "2025-01-01")]


def test_a_level_a_change_in_percent_is_from_is_read_as_the_level_before():
    claims = figure_claims("Outreach teams counted 4,588 homeless people on the night of January 23, "
                           "up 8.9% from 4,212 a year earlier.", "2025-04-15")
    before = only(claims, "4,212")
    assert (before.measure, before.value, before.as_of_start) == (only(claims, "4,588 homeless people").measure,
                                                                  4212, "2024-01-23")
    # no count stands before: the level is not taken for one of the change in percent
    claims = figure_claims("The total is down 2.3 per cent from 612,400 at the end of March.", "2025-07-01")
    assert list(claims["surface"]) == ["2.3 per cent"]
    # a change in percent, then where it stood before: one measure
    claims = figure_claims("Consumer prices rose 8.4% year-on-year in February, down from 9.1% in January.",
                           "2024-03-21")
    assert [(c.measure, c.value, c.as_of_start) for c in claims.itertuples()] == [
        ("prices change", 8.4, "2024-02-01"), ("prices change", 9.1, "2024-01-01")]


def test_a_figure_in_a_description_set_off_by_commas_is_as_of_the_telling():
    def dated(text: str, surface: str, source_date: str = "2025-03-05") -> str:
        return only(figure_claims(text, source_date), surface).as_of_start

    assert dated("Estonia, with a population of 1.3 million, joined the EU in 2004.", "1.3 million") == "2025-03-05"
    assert dated("The company, which employs 3,000 people, was founded in 1998.", "3,000 people") == "2025-03-05"
    assert dated("Romania, a country of 19 million people, has run deficits every year since 2020.",
                 "19 million people") == "2025-03-05"
    # a date of its own, or of the telling, still dates it
    assert dated("The firm, which had 3,000 employees in 2019, collapsed last year.", "3,000 employees") == "2019-01-01"
    assert dated("Officials said on Monday that the fire, which has burned 5,000 hectares, was 40% contained.",
                 "5,000 hectares") == "2025-03-03"
    # "which critics have nicknamed": the clause's verb is not "critics"
    assert dated('The text, which critics have nicknamed the "48-hour law", was forced through on February 19.',
                 "48-hour", "2025-03-16") == "2025-02-19"


def test_the_date_a_figures_own_preposition_takes_dates_it():
    claims = figure_claims("The bank expected inflation to average 6.1% this year and 3.0% in 2025.", "2024-03-21")
    assert list(claims["as_of_start"]) == ["2024-01-01", "2025-01-01"]
    # a date further on, past other words, belongs to them
    text = ("UK house prices rose by 0.4% in February, pushing the average property value to a record £298,083 "
            "as buyers rushed to complete deals before the stamp duty changes on 1 April.")
    assert only(figure_claims(text, "2025-03-07"), "£298,083").as_of_start == "2025-02-01"
    text = ("On Tuesday evening, the operators improved their pay offer by 1.5 percentage points to 5%, "
            "with a further 2% promised for next year.")
    assert only(figure_claims(text, "2025-10-23"), "1.5 percentage points").as_of_start == "2025-10-21"


def test_a_when_clause_after_a_dated_season_dates_its_figures():
    claims = figure_claims("It was the first state of emergency since the 2017 fire season, when 1.2 million "
                           "hectares burned and four people died.", "2025-07-20")
    assert list(claims["as_of_start"]) == ["2017-01-01", "2017-01-01"]


def test_a_central_banks_rate_however_named():
    claims = figure_claims("The central bank raised its main interest rate by 50 basis points to 6.25% on Thursday.",
                           "2024-03-21")
    assert [(c.measure, c.value) for c in claims.itertuples()] == [("policy rate_change", 0.5), ("policy rate", 6.25)]
    for text in ("The Reserve Bank cut the repo rate to 6.5%.", "The Fed raised the federal funds rate to 5.5%.",
                 "The Reserve Bank of New Zealand cut the official cash rate to 4.75%."):
        assert list(figure_claims(text, "2024-03-21")["measure"]) == ["policy rate"], text


def test_a_quarter_just_ended_is_the_one_a_report_still_to_come_tells_of():
    claims = figure_claims("Veridian Systems said on Thursday it would cut about 1,800 jobs after reporting a "
                           "38% drop in third-quarter profit.", "2025-10-23")
    drop = only(claims, "38%")
    assert (drop.measure, drop.value, drop.as_of_start, drop.as_of_end) == ("profit change", -38, "2025-07-01",
                                                                             "2025-09-30")
    assert date_starts("The company will report fourth-quarter results in January.", "2025-10-23")[
        "fourth-quarter"] == "2025-10-01"


def test_a_present_told_of_what_is_to_come_and_a_month_naming_a_statistic():
    assert date_starts("The bank's next policy meeting is on June 20.", "2024-03-21")["June 20"] == "2024-06-20"
    assert date_starts("The report, which is dated March 3, was leaked.", "2024-03-21")["March 3"] == "2024-03-03"
    claims = figure_claims("In December, when the bank made a half-point cut, it cited November inflation of 3.8%.",
                           "2024-03-21")
    assert (only(claims, "3.8%").measure, only(claims, "3.8%").as_of_start) == ("inflation", "2023-11-01")
    assert "May" not in date_starts("Theresa May exports were debated.", "2024-03-21")


def test_a_quantity_per_period_is_a_rate_not_a_level():
    def measure(text: str) -> str:
        return figure_claims(text, "2025-09-05")["measure"].tolist()

    assert measure("The waiting list is growing at about 2,500 patients a month.") == ["patients per month"]
    assert measure("The fire was spreading at 15,000 hectares a day.") == ["area per day"]
    assert measure("Malaria kills about 600,000 people a year.") == ["killed per year"]
    assert measure("Road accidents killed 1,200 people a year on average.") == ["killed per year"]
    assert measure("The storm killed 40 people a day after it made landfall.") == ["killed"]
    assert measure("The trust, which carried out 152 planned operations a day in May, said it would add beds.") \
        == ["operations per day"]


def test_rescues_recovered_bodies_and_parts_told_in_other_words():
    def measure(text: str) -> list[str]:
        return figure_claims(text, "2025-07-20")["measure"].tolist()

    assert measure("A total of 214 people were pulled from the water, officials said.") == ["rescued"]
    assert measure("More than 12,000 people have been ordered to leave their homes.") == ["evacuated"]
    # one crew's count or a thing saved is no total of the rescued
    assert only(figure_claims("Navy divers, who pulled 39 people from the water in the first two days, were "
                              "withdrawn.", "2025-07-20"), "39 people").measure == "people"
    assert measure("We have saved 3,200 bed days since October by treating more patients at home.") == []
    assert measure("Malawi airlifted 120 soldiers to help with the search.") == ["troops"]
    assert measure("Divers recovered 14 bodies from inside the ferry.") == ["bodies"]
    assert measure("Children and teenagers aged 5 to 17 make up 31 of the cases.") == ["cases subset"]


def test_recovered_bodies_are_a_fate_of_those_aboard_and_a_toll_revised(tmp_path):
    findings = corpus_findings(tmp_path, {
        "wire.md": article("2025-06-11", "Sea Wire", "A migrant boat sank south of Lampedusa on Tuesday. "
                           "Twenty-one bodies had been recovered by Wednesday afternoon.", "Migrant boat sinks"),
        "daily.md": article("2025-06-16", "Island Daily", "A migrant boat sank south of Lampedusa last week. "
                            "Of the 112 people on board, 47 were rescued, 27 bodies have been recovered and 32 "
                            "remain missing, the coastguard said.", "Migrant boat sinking"),
    })
    fates = findings[findings["kind"] == "arithmetic"]
    assert list(fates["values"]) == ["47 rescued + 27 bodies + 32 missing = 106"]
    assert list(fates["severity"]) == ["info"]
    assert list(findings.loc[findings["measure"] == "bodies", "kind"]) == ["revision"]


def test_a_change_told_long_before_the_next_level_is_no_error_when_they_differ(tmp_path):
    findings = corpus_findings(tmp_path, {
        "march.md": article("2024-03-21", "Wire", "The National Bank of Corvania raised its main interest rate to 6.75%."),
        "december.md": article("2024-12-12", "Daily", "The National Bank of Corvania cut its main interest rate "
                               "by 50 basis points."),
        "next.md": article("2025-03-20", "Business", "The National Bank of Corvania left its main interest rate at "
                           "5.50%."),
    })
    sums = findings[findings["kind"] == "arithmetic"]
    assert list(sums["severity"]) == ["warning"]
    assert "more than a month later: other changes may have come between" in sums.iloc[0]["message"]


def test_a_change_in_points_is_checked_only_against_the_levels_of_its_own_clause():
    claims = figure_claims("The bank, which cut the repo rate by 25 basis points to 5.75% in February and by another "
                           "25 basis points to 5.50% in early March, said it saw inflation at 3.0% in 2025 and 2.5% in "
                           "2026.", "2025-03-20")
    assert [c.detail for c in claims.itertuples() if c.unit == "percentage_point"] == [
        '{"stated": "25 basis points"}', '{"stated": "25 basis points"}']


def test_more_holders_and_a_planned_operation_is_no_plan():
    def read(text: str, surface: str) -> tuple:
        claim = only(figure_claims(text, "2025-08-06"), surface)
        return claim.measure, claim.value

    assert read("The waiting list for planned care at Northfield and Ashby Hospitals NHS Trust stood at 84,312 in "
                "January.", "84,312") == ("waiting list", 84312)
    assert read("Halvorsen's global workforce was about 118,000 at the end of June.", "about 118,000") == \
        ("workforce", 118000)
    assert read("The labour force stood at 1.12 million.", "1.12 million") == ("labour force", 1_120_000)
    assert read("Officials raised the number of miners trapped in a collapsed copper mine in northern Marenia to 33.",
                "33") == ("trapped", 33)
    assert read("Two more peacekeepers died, which brings to 179 the number of peacekeepers killed since 2013.",
                "179 the number of peacekeepers killed") == ("killed", 179)
    assert read("That brought the total number of students passing the Baccalaureate in 2025 to 105,720.",
                "105,720") == ("students passing", 105720)  # those who passed, not all who sat
    assert date_starts("The trust carried out 152 planned operations in May.", "2025-08-06")["May"] == "2025-05-01"


def test_what_fires_burned_since_the_start_of_the_season_is_no_one_fires():
    claims = figure_claims("The Corran Ridge fire has burned 38,000 hectares. Since the start of the fire season, "
                           "fires have burned 112,000 hectares.", "2025-07-20")
    assert [(c.subject, c.value) for c in claims.itertuples()] == [("Corran Ridge Fire", 38000), ("area", 112000)]


def test_a_level_before_needs_its_time_and_a_holder_in_a_forecast_is_no_count():
    # "up 6.3% from 260,100" says not when: no level of this March
    claims = figure_claims("Alderport had 276,500 dwellings in March, up 6.3% from 260,100, the office said.",
                           "2025-09-23")
    assert "260,100" not in list(claims["surface"])
    claims = figure_claims("Maas said the group expects revenue of about 60 billion euros next year and its global "
                           "workforce is 118,000.", "2025-11-04")
    assert list(claims["measure"]) == ["revenue forecast"]


def test_the_figure_a_year_earlier_in_a_paragraph_of_its_own_is_the_one_of_its_size():
    text = ("The number of people registered as jobless stood at 62,300 at the end of November, while the labour "
            "force was 2.9 million.\n\nA year earlier the figure was 58,100.")
    assert only(figure_claims(text, "2025-12-10"), "58,100").measure == only(figure_claims(text, "2025-12-10"),
                                                                             "62,300").measure


def test_bodies_recovered_since_the_start_of_the_rains_are_no_one_floods(tmp_path):
    findings = corpus_findings(tmp_path, {
        "wire.md": article("2025-10-20", "Wire", "Floods swept through Kostel on Monday. Officials said 22 bodies had "
                           "been recovered after the flood.", "Kostel flood"),
        "daily.md": article("2025-10-17", "Daily", "Floods swept through Kostel this week. The ministry said 27 bodies "
                            "had been recovered since the start of the autumn rains.", "Kostel flood"),
    })
    assert findings[findings["measure"] == "bodies"].empty


def test_turnout_at_an_hour_of_polling_day_is_no_final_turnout():
    claims = figure_claims("Turnout at 1 p.m. was 34.6 percent, the electoral commission said, compared with 31.2 "
                           "percent at the same time in 2021. Final turnout in 2021 was 61.8 percent.", "2025-09-21")
    assert [(c.measure, c.value) for c in claims.itertuples()] == [
        ("turnout so far", 34.6), ("turnout so far", 31.2), ("turnout", 61.8)]


def test_a_change_in_points_in_a_clause_of_its_own_and_a_vague_change_are_not_summed(tmp_path):
    claims = figure_claims("In the capital region, 91.2% of students passed, compared with 79.6% in the northern "
                           "region of Harlow, where the pass rate fell by 3.1 percentage points.", "2025-07-10")
    assert only(claims, "3.1 percentage points").detail == '{"stated": "3.1 percentage points"}'
    findings = corpus_findings(tmp_path, {
        "tue.md": article("2025-09-23", "Wire", "Nordair cancelled 455 flights on Tuesday, the airline said."),
        "wed.md": article("2025-09-24", "Daily", "The strike moved into its third day with hundreds more flights "
                          "cancelled by Nordair."),
        "sun.md": article("2025-09-28", "Post", "Nordair said the strike forced the cancellation of more than 2,600 "
                          "flights."),
    })
    assert findings[findings["kind"] == "arithmetic"].empty
