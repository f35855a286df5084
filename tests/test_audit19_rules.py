"""What the audit on five more stories (a blackout, a cholera outbreak, a landslide, a tariff
dispute, a bank run) and the items left from earlier audits found read wrongly: others
missing after a toll told the sentence before, and alternatives in lengths of time and
temperatures."""

from __future__ import annotations

from tests.corpora import article, corpus_findings, date_starts, figure_claims


def read(text: str, when: str = "2025-06-06") -> list[tuple]:
    return [(c.measure, c.low, c.high) for c in figure_claims(text, when).itertuples()]


def test_others_missing_after_a_toll_of_another_event_are_all_that_are_missing():
    assert read("Five people were killed in the landslide. Another 14 people were missing, officials said.") == [
        ("killed", 5, 5), ("missing", 14, 14)]
    # after a figure of the same event, or of none, they are some of those missing
    assert read("Twelve people are missing in Arlen. Another 14 people were missing in Borsk.")[1] == (
        "missing subset", 14, 14)
    assert read("The storm caused $2 million in damage. Another 14 people were missing.")[1][0] == "missing subset"


def test_alternatives_in_a_length_of_time_or_a_temperature_are_one_interval():
    assert read("Repairs could take four or five weeks, the utility said.") == [("duration", 4, 5)]
    assert read("The outage lasted two or three hours.") == [("duration", 2, 3)]
    # a reading is rounded to its last digit, each end too
    assert read("Temperatures reached 41 or 42 degrees Celsius on Tuesday.") == [("temperature", 40.5, 42.5)]
    # "or more" after a temperature is no second figure
    assert read("Temperatures were 30C or more.") == [("temperature", 30, float("inf"))]


def claims_of(text: str, when: str = "2025-06-06") -> list[tuple]:
    return [(c.subject, c.measure, c.value) for c in figure_claims(text, when).itertuples()]


def test_a_list_that_leaves_out_the_verb_and_noun_states_a_figure_per_name():
    assert claims_of("The Liberals won 156 seats, the Conservatives 132 and the Greens 14.") == [
        ("Liberals", "seats", 156), ("Conservatives", "seats", 132), ("Greens", "seats", 14)]
    assert claims_of("In Arlen 45 people died, in Borsk 30 and in Calder 12.") == [
        ("Arlen", "killed", 45), ("Borsk", "killed", 30), ("Calder", "killed", 12)]
    assert claims_of("Ford recalled 12,000 cars, Toyota 8,000.") == [("Ford", "cars recalled", 12000),
                                                                      ("Toyota", "cars recalled", 8000)]
    # each item keeps its own qualifier
    about = figure_claims("Germany sent 1,000 troops, France about 500.", "2025-06-06").iloc[1]
    assert (about.subject, about.low, about.high, about.qualifier) == ("France", 475, 525, "about")
    # an item another rule read is named by the list
    assert [subject for subject, _, _ in claims_of("Candidate Smith received 45% of the vote, Jones 38% and Brown "
                                                   "12%.")] == ["Candidate Smith", "Jones", "Brown"]
    # a list told of one place is that place's too: no item of it is a name's own
    assert len(figure_claims("In Wales, Labour won 27 seats, Plaid Cymru 4 and the Liberal Democrats 1.",
                             "2025-06-06")) == 1


def test_what_follows_a_figure_is_no_list_item_unless_a_name_and_a_bare_number():
    # a verb, a count of its own, a source's words, a year: no item
    assert claims_of("Police arrested 45 people, injuring 30.")[1][1] == "injured"
    assert claims_of("The storm destroyed 1,200 homes, officials said 900 on Monday.") == [("homes destroyed", "homes destroyed", 1200)]
    assert [c.measure for c in figure_claims("Germany sent 1,000 troops, France 500 tanks.", "2025-06-06")
            .itertuples()] == ["troops_change", "tanks"]
    assert len(figure_claims("In 2024 there were 300 cases, in 2023 250.", "2025-06-06")) == 1
    # the first's subject is the name opening its clause, a few words before its number
    assert claims_of("Kolwe district has recorded 24 of the deaths, Nsanga 11 and Butembe 4.") == [
        ("Kolwe", "killed", 24), ("Nsanga", "killed", 11), ("Butembe", "killed", 4)]


def test_parts_of_a_whole_told_with_a_long_phrase():
    claims = figure_claims("Of the 230,000 customers still without power on Wednesday night, 120,000 were in "
                           "Ashford County, about 40,000 in Tarrow County and 50,000 in Lisle County.", "2025-07-10")
    total = claims[claims["part_of"].eq("") & claims["qualifier"].eq("sum")].iloc[0]
    assert (total.low, total.high) == (208_000, 212_000)
    assert sorted(claims[claims["part_of"] == total.claim_id]["value"]) == [40_000, 50_000, 120_000]
    # where some went is no kind of them: "19 went to hospital and 6 to intensive care" may overlap
    claims = figure_claims("Of the 58 cases, 19 went to hospital and 6 to intensive care.", "2025-06-06")
    assert not claims["part_of"].ne("").any()


def test_a_misspelt_given_name_ending_in_a_is_still_one_person(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-03-03", "Wire", "Health Minister Adaeze Mumbere said 27 people had died."),
        "b.md": article("2025-03-04", "Echo", "Health Minister Adaiza Mumbere said the outbreak was slowing."),
        "c.md": article("2025-03-04", "Post", "Mayor Daniel Okafor opened the clinic. Daniela Okafor, his sister, "
                        "runs it."),
    })
    variants = findings[findings["kind"] == "name_variant"]
    assert variants["values"].tolist() == ["Adaeze Mumbere / Adaiza Mumbere"]


def test_two_dates_of_one_thing_told_of_different_happenings_are_no_date_conflict(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-07-08", "Meridian", "The outage began at 2:14 p.m. on Monday, when a transformer at the "
                        "Corliss Ridge substation caught fire."),
        "b.md": article("2025-07-12", "Valley", "The mobile transformer installed at Corliss Ridge on Friday is "
                        "carrying about 600 megawatts."),
        "c.md": article("2025-07-08", "Wire", "The fire at the Halden substation started on Monday."),
        "d.md": article("2025-07-09", "Post", "The fire at the Halden substation started on Tuesday night."),
    })
    conflicts = findings[findings["kind"] == "date_conflict"]
    assert conflicts["values"].tolist() == ["2025-07-07 vs 2025-07-08"]


def test_a_figure_of_a_whole_month_neither_confirms_nor_contradicts_a_days(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-03-08", "Echo", "The cholera outbreak's case fatality rate stood at 2.1% on March 7.",
                        "Cholera outbreak"),
        "b.md": article("2025-03-19", "Wire", "The cholera outbreak's case fatality rate has fallen to 1.7%, from "
                        "2.4% at the beginning of March.", "Cholera outbreak"),
    })
    rates = findings[findings["measure"] == "fatality rate"]
    assert rates["kind"].tolist() == ["change"]
    assert rates["values"].tolist() == ["2.4% -> 2.1% -> 1.7%"]


def as_of(text: str, when: str) -> list[tuple]:
    return [(c.surface, c.as_of_start) for c in figure_claims(text, when).itertuples()]


def test_when_a_figure_is_told_by_its_own_clause():
    # a body's founding date, in an appositive, dates none of its figures now
    assert as_of("Calder Valley, founded in 1921 as a savings cooperative, has about 310,000 customers.",
                 "2025-05-06") == [("about 310,000 customers", "2025-05-06")]
    # a date told after the next clause's subject is that clause's
    assert as_of("In 2013, a landslide near Dovra killed 46 people, and a 2019 slide on the highway killed nine "
                 "bus passengers.", "2025-09-14") == [("killed 46 people", "2013-01-01"),
                                                       ("killed nine bus passengers", "2019-01-01")]
    # "still" as of the day told
    assert as_of("About 84,000 customers were still without power on Wednesday night.", "2025-07-10") == [
        ("About 84,000 customers", "2025-07-09")]
    assert as_of("On Monday 5,000 homes were flooded and 300 people are still missing.", "2025-07-10")[1] == (
        "300 people are still missing", "2025-07-10")


def test_a_fraction_is_no_count_and_should_looks_ahead():
    assert figure_claims("The bank's shares have lost more than three-quarters of their value.", "2025-05-08").empty
    assert date_starts("The last customers should be reconnected by Saturday, the utility said.", "2025-07-10") == {
        "Saturday": "2025-07-12"}
    assert read("About 1,140 people were sickened, officials said.") == [("cases", 1083, 1197)]


def test_a_live_blogs_label_names_no_subject():
    assert claims_of("6:30 p.m. - What the deal means: the car tariff falls to 10% from 25%.")[0][0] == "tariff"
    assert claims_of("11:30 a.m. - Markets react: Calder Valley Bank's shares fell 58%.")[0][0] != "Markets"
    # a name before a colon, with a time before it or not, names what the figure is about
    assert claims_of("Calder Valley Bank: outflows totalled $7.4 billion, it said.")[0][0] == "Calder Valley Bank"
    assert claims_of("10:25 a.m. - BYD falls in Hong Kong: Shares were down 2.1%.")[0][0] != "shares change"


def test_kinds_of_people_after_included_are_checked_against_the_whole_and_never_a_toll(tmp_path):
    # (kinds that may overlap, "12 police officers and 3 firefighters", "31 children and 40 residents", are not)
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-03-05", "Wire", "The landslide killed 31 people on Tuesday. The 31 victims included 14 "
                        "children, 11 women and 8 men.", "Landslide"),
        "b.md": article("2025-03-05", "Post", "The stampede at the temple killed 40 people on Tuesday. The 40 dead "
                        "included 12 police officers and 3 firefighters, officials said. The 58 people sickened "
                        "included 31 children and 40 residents of Arlen.", "Stampede at temple"),
        "c.md": article("2025-03-05", "Echo", "The stampede at the temple killed 40 people on Tuesday.",
                        "Stampede at temple"),
    })
    assert sorted(zip(findings["kind"], findings["severity"], findings["values"])) == [
        ("arithmetic", "error", "14 children + 11 women + 8 men = 33"), ("corroborated", "info", "40; 40")]


def test_money_taken_out_of_a_bank_is_withdrawals():
    assert claims_of("Customers drained $6.1 billion of deposits by Wednesday evening.")[0][1:] == (
        "withdrawals", 6.1e9)
    assert claims_of("Customers had pulled $9.1 billion from Calder Valley Bank by Wednesday.")[0] == (
        "Calder Valley Bank", "withdrawals", 9.1e9)


def test_a_share_told_with_its_part_and_a_whole_described_at_length():
    share = figure_claims("Brenmark says 612,000 of the 640,000 customers who lost power on Monday, or 98%, now have "
                          "electricity again.", "2025-07-12")
    share = share[share["unit"] == "percent"].iloc[0]
    assert '"share_of": [[612000.0, 612000.0, "612,000"], [640000.0, 640000.0, "640,000"]]' in share.detail


def test_a_titles_kicker_is_no_story_subject(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-07-12", "Valley Live", "Harland Valley Power says 612,000 of the 640,000 customers who "
                        "lost power on Monday, or 98%, now have electricity again.",
                        "Live: Harland Valley blackout - latest updates"),
    })
    share = findings[findings["kind"] == "arithmetic"].iloc[0]
    assert (share["severity"], share["values"]) == ("error", "612,000 / 640,000 = 95.6%")
    assert share["subject"] != "Live"


def test_what_a_review_found_the_new_readings_must_not_do():
    # a list after a cut cuts too
    assert read("Nordsee Stahl cut 1,200 jobs, Borsk Steel 800 and Calder Metals 450.") == [
        ("jobs_change", -1200, -1200), ("jobs_change", -800, -800), ("jobs_change", -450, -450)]
    # the first's subject is a name before its verb, never a sentence's first word
    assert claims_of("Operating profit rose $40 million, Europe $25 million and Asia $15 million.")[0][0] != "Operating"
    # "still" after another clause's date is as of the telling
    assert as_of("About 20,000 homes are still without power after Storm Ciaran struck on Monday.", "2025-11-06") == [
        ("About 20,000 homes", "2025-11-06")]
    # a founding date dates a figure told of then
    assert as_of("Halvorsen, founded in 1998 by two brothers, had 12 employees at the time.", "2025-06-06")[0][1] \
        == "1998-01-01"
    # one reading in two scales is no pair of alternatives
    assert read("Temperatures in Seville hit 44C or 111F on Sunday.") == [("temperature", 43.5, 44.5)]
    # others missing after the article told of missing are some of them
    claims = figure_claims("Four people were missing in Arlen. Five people were killed in Borsk. Another three people "
                           "were missing, officials said.", "2025-06-06")
    assert claims["measure"].tolist() == ["missing", "killed", "missing subset"]


def test_a_given_name_and_its_other_genders_form_are_two_people(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-03-03", "Wire", "Coach Andre Moretti said the team would win. Coach Simone Ferri "
                        "agreed."),
        "b.md": article("2025-03-04", "Echo", "Coach Andrea Moretti said her side was ready. Coach Simona Ferri, too."),
    })
    assert "name_variant" not in set(findings["kind"])


def test_a_corrections_figure_was_replaced_and_some_of_them_is_no_count():
    claim = figure_claims("CORRECTION: An earlier version of the 8:00 a.m. entry said 84,000 customers were without "
                          "power at 6 a.m.", "2025-07-12").iloc[0]
    assert (claim.value, claim.as_of_start, claim.as_of_basis) == (84_000, "", "earlier")
    assert claims_of("The outbreak has killed 27 people and sickened 1,140 since January. Laboratory tests had "
                     "confirmed cholera in 312 of them.", "2025-03-03") == [("people", "killed", 27),
                                                                           ("cases", "cases", 1140)]


def test_a_level_up_from_a_figure_named_by_its_participle_is_the_same_change():
    assert read("Wages rose 4% in September, up from the 3.1% recorded in June.", "2025-10-01") == [
        ("wages change", 4, 4), ("wages change", 3.1, 3.1)]


def test_a_capacity_is_no_head_count_and_two_days_of_a_month_are_one_period():
    assert read("The ferry was licensed to carry 280 passengers but was carrying 312.", "2025-07-23")[0] == (
        "passengers capacity", 280, 280)
    assert read("The stadium can seat up to 60,000 fans.", "2025-07-23")[0][0] == "fans capacity"
    flights = figure_claims("In all, 2,020 flights were cancelled on July 21 and 22.", "2025-07-23").iloc[0]
    assert (flights.as_of_start, flights.as_of_end) == ("2025-07-21", "2025-07-22")
    assert date_starts("Flights were cancelled on 21 and 22 July.", "2025-07-23") == {"21 and 22 July": "2025-07-21"}
    # a percentage or a count after the day is no second day
    assert date_starts("On July 21 and 22 percent of flights were late.", "2025-07-23") == {"July 21": "2025-07-21"}


def test_what_a_second_review_found_the_new_readings_must_not_do(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-10-11", "Wire", "Hurricane Milton's landfall near Siesta Key on October 9 brought "
                        "winds of 120 mph. Of the 412 migrants who crossed the Channel in small boats on Tuesday, "
                        "210 were Afghans, 150 were Iranians and 120 were children.", "Hurricane Milton"),
        "b.md": article("2024-10-11", "Post", "Hurricane Milton's landfall near Siesta Key on October 10 brought "
                        "floods. Some 412 migrants crossed the Channel in small boats on Tuesday.", "Hurricane Milton"),
    })
    assert "2024-10-09 vs 2024-10-10" in set(findings.loc[findings["kind"] == "date_conflict", "values"])
    assert not ((findings["kind"] == "conflict") & findings["values"].str.contains("480")).any()
    # kinds that overlap are no parts; kinds of one measure from one partition are
    claims = figure_claims("The 52 pupils excluded included 38 boys, 14 girls and 20 children with special "
                           "educational needs.", "2025-06-06")
    assert not claims["part_of"].ne("").any()
    claims = figure_claims("The 18 victims included 11 women and 8 men.", "2025-06-06")
    assert claims.loc[claims["detail"].str.contains('"breakdown_of": "18"', regex=False), "value"].tolist() == [19]
    # "still" before a clause of another time is as of the telling
    assert as_of("Twelve people are still missing from the landslide on Monday in Kell.", "2025-06-06") == [
        ("Twelve people are still missing", "2025-06-06")]
    # a sign told once makes no pair of alternatives across zero
    _, low, high = read("Temperatures fell to minus 37 or 38C overnight.", "2025-01-10")[0]
    assert not low < 0 < high


def test_the_other_genders_form_of_many_given_names_is_two_people():
    from checker.findings.names import _same_person

    for one, other in [("Nicolae Ionescu", "Nicoleta Ionescu"), ("Mihai Stoica", "Mihaela Stoica"),
                       ("Stefano Rossi", "Stefania Rossi"), ("Andre Moretti", "Andrea Moretti")]:
        assert not _same_person(one, other)
    assert _same_person("Adaeze Mumbere", "Adaiza Mumbere")


def test_a_change_in_percent_is_checked_against_the_levels_it_is_stated_between(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-07-25", "Wire", "Norvane said revenue rose 3.9% to $870 million from $820 million a "
                        "year earlier.\n\nProfit rose 10% to $110 million from $100 million.\n\nSales rose 5% on a "
                        "like-for-like basis to $2.1 billion from $2.05 billion.\n\nCosts fell 5% to $95 million from $100 "
                        "million.", "Norvane results"),
    })
    arithmetic = findings[findings["kind"] == "arithmetic"]
    assert sorted(zip(arithmetic["severity"], arithmetic["values"])) == [
        ("error", "($870 million - $820 million) / $820 million = 6.1%"),
        ("info", "($110 million - $100 million) / $100 million = 10%"),
        ("info", "($95 million - $100 million) / $100 million = -5%")]
