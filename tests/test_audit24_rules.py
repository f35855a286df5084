"""Items from the audits of stories on a rate decision, a shipwreck, a transfer, an eruption,
a ransomware attack, an election, layoffs, a drought, a landslide, a recall, a ceasefire and
a museum heist: conversions told in passing, checked against the figure they restate."""

from __future__ import annotations

import json

from tests.corpora import article, corpus_findings, figure_claims


def checked_conversions(text: str, source_date: str) -> int:
    """How many figures of `text` carry a conversion the arithmetic checks (so a test that none
    is wrong cannot pass because none was read)."""
    return sum('"restated_as"' in detail for detail in figure_claims(text, source_date)["detail"])


def rows(found, kind: str) -> list[tuple]:
    chosen = found[found["kind"] == kind]
    return list(zip(chosen["severity"], chosen["subject"], chosen["measure"], chosen["values"]))


def test_a_conversion_is_kept_with_the_bounds_it_is_rounded_to():
    claims = figure_claims("The fire burned 12,000 hectares (29,650 acres) near Oroville. Winds reached about "
                           "40C (104F) and the lake covers 1,000 square miles (about 2,600 square km).", "2024-08-01")
    restated = [json.loads(d).get("restated_as") for d in claims["detail"]]
    assert restated == [[29645.0, 29655.0, "acre"], [103.5, 104.5, "degree_Fahrenheit"],
                        [2550.0, 2650.0, "kilometer ** 2"]]


def test_a_conversion_that_does_not_restate_its_figure_is_an_error(tmp_path):
    found = corpus_findings(tmp_path, {"a.md": article("2024-07-10", "Wire", (
        "Temperatures reached 44.6C (114F) in Seville on Tuesday. "
        "The storm dumped 20 inches (61 cm) of rain on Tampa. "
        "Authorities widened the exclusion zone around Etna to 9 km (7 miles)."))})
    assert sorted(rows(found, "arithmetic")) == [
        ("error", "Etna", "length", "9 km = 5.6 miles"),
        ("error", "Seville", "temperature", "44.6C = 112.3°F"),
        ("error", "Tampa", "rainfall", "20 inches = 50.8 cm")]
    message = found[found["measure"] == "temperature"]["message"].iloc[0]
    assert message == "Wire: 44.6C = 112.3°F, not the 114F given beside it."


def test_conversions_rounded_as_writers_round_them_hold(tmp_path):
    found = corpus_findings(tmp_path, {"a.md": article("2024-07-10", "Wire", (
        "Temperatures reached 46C (115F) in Cordoba. The fire burned 12,000 hectares (about 30,000 acres) near "
        "Oroville. The tower is 300 metres (990 feet) tall. Winds of 100 km/h (62 mph) hit Porto. The road runs "
        "50 miles (80 km) to Lagos. Overnight it fell to minus 12C (10F) in Oslo. The storm dropped more than "
        "10 inches (25 cm) of rain on Miami."))})
    assert found[found["kind"] == "arithmetic"].empty
    assert checked_conversions("Temperatures reached 46C (115F) in Cordoba. The tower is 300 metres (990 feet) tall. "
                               "The storm dropped more than 10 inches (25 cm) of rain on Miami.", "2024-07-10") == 3


def test_acre_feet_are_a_volume_and_what_a_reservoir_holds_when_full_its_capacity():
    claims = figure_claims("Lake Castellan now holds about 1.95 million acre-feet. When full, Lake Castellan holds "
                           "9.2 million acre-feet. Evaporation takes about 1.5m acre-feet a year. The plant has a "
                           "capacity of 1,200 megawatts and produced 900 megawatts on Monday. The reservoir holds "
                           "roughly 2.1m acre-feet (2.6bn cubic metres).", "2025-08-08")
    assert [(c.measure, c.value, c.unit) for c in claims.itertuples()] == [
        ("volume", 1_950_000, "acre_foot"), ("capacity", 9_200_000, "acre_foot"),
        ("volume per year", 1_500_000, "acre_foot"), ("capacity", 1200, "megawatt"), ("power", 900, "megawatt"),
        ("volume", 2_100_000, "acre_foot")]
    # "a year" after the rate is no duration; the conversion in cubic metres is the figure restated
    assert json.loads(claims["detail"].iloc[-1])["restated_as"] == [2.55e9, 2.65e9, "meter ** 3"]


def test_parts_elsewhere_are_parts():
    claims = figure_claims("The recall covers 439,000 vehicles: 288,000 in the U.S., 98,000 in Canada and 63,000 "
                           "elsewhere.", "2025-03-06")
    parts = claims[claims["part_of"] != ""]
    assert list(parts["value"]) == [288_000, 98_000, 63_000]


def test_a_small_count_told_about_is_hedged_by_a_tenth(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-08-14", "Post", "Twenty-two people remain missing in Bhirkot, police said."),
        "b.md": article("2024-08-14", "Wire", "Rescuers searched for about 20 people still missing in Bhirkot."),
        "c.md": article("2024-08-14", "Radio", "Rescuers said about 30 people were still missing in Bhirkot.")})
    # about 20 may be 22; about 30 (27-33) is not 22
    assert rows(found, "conflict") == [("error", "Bhirkot", "missing", "about 30 vs twenty-two vs about 20")]


def test_a_rate_cut_from_its_old_level_and_by_a_fraction_of_a_point(tmp_path):
    claims = figure_claims("The bank cut its main interest rate by a quarter of a percentage point to 4.5%. "
                           "Unemployment rose three-quarters of a point to 5.1%. A quarter of a million people "
                           "marched in Rome.", "2025-03-19")
    assert [(c.measure, c.value, c.unit) for c in claims.itertuples()] == [
        ("policy rate_change", -0.25, "percentage_point"), ("policy rate", 4.5, "percent"),
        ("unemployment_change", 0.75, "percentage_point"), ("unemployment", 5.1, "percent"),
        ("crowd", 250_000, "")]
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-03-19", "Wire", "The National Bank of Valdoria cut its benchmark interest rate by "
                                              "25 basis points to 4.50% on Wednesday."),
        "b.md": article("2025-03-19", "Daily", "The National Bank of Valdoria lowered its key policy rate to 4.5 "
                                               "per cent from 4.75 per cent on Wednesday.")})
    # the rate it was cut from is an earlier level, no conflict with the new one
    assert rows(found, "conflict") == []
    assert rows(found, "corroborated") == [("info", "National Bank of Valdoria", "policy rate", "4.50%; 4.5 per cent")]


def test_a_name_before_an_appositive_is_what_the_sentence_tells_of(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-08-04", "Wire", "Lake Castellan, the largest reservoir on the upper Santa Rita River, "
                                              "has fallen to 23% of capacity, federal officials said Monday."),
        "b.md": article("2025-08-04", "Paper", "The lake is shrinking. Lake Castellan, the reservoir that supplies "
                                               "much of the south-west, has dropped to just 19% of its capacity.")})
    # not the river the appositive names; "Lake" opening a sentence is part of the lake's name
    assert rows(found, "conflict") == [("error", "Lake Castellan", "capacity", "23% vs 19%")]


def test_a_ticker_is_no_subject_and_a_cut_in_employees_is_one_in_jobs(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-01-22", "Newsroom", "Corvane Systems Inc. (NASDAQ: CRVN) said it would reduce its "
                                                  "global workforce by approximately 1,850 employees."),
        "b.md": article("2025-01-22", "Wire", "Corvane Systems will eliminate about 1,850 jobs, people familiar "
                                              "with the plan said.")})
    assert rows(found, "corroborated") == [
        ("info", "Corvane Systems", "jobs_change", "approximately 1,850 fewer; about 1,850 fewer")]


def test_an_eruption_told_again_is_not_the_first(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-10-02", "Wire", "Mount Lewo erupted late Wednesday, officials said."),
        "b.md": article("2025-10-03", "Daily", "Mount Lewo erupted again on Friday morning.")})
    assert found[found["kind"] == "date_conflict"].empty
    found = corpus_findings(tmp_path / "first", {  # told without "again", the two days are one eruption's
        "a.md": article("2025-10-02", "Wire", "Mount Lewo erupted late Wednesday, officials said."),
        "b.md": article("2025-10-03", "Daily", "Mount Lewo erupted on Friday morning.")})
    assert len(found[found["kind"] == "date_conflict"]) == 1


def test_hostages_freed_are_counted_apart_from_those_still_held(tmp_path):
    claims = figure_claims("Rebels released 17 more hostages on Saturday. About 210 hostages remain in rebel hands. "
                           "In all, 58 hostages have been freed in four stages - 13 on Friday, 17 on Saturday, 14 on "
                           "Sunday and 11 on Monday. Israel released 39 prisoners on Friday.", "2025-11-25")
    assert [(c.measure, c.value, c.as_of_start) for c in claims.itertuples()] == [
        ("freed hostages_change", 17, "2025-11-22"), ("hostages", 210, "2025-11-25"),
        # the running total is the story's day's: the days after the dash date its parts
        ("freed hostages", 58, "2025-11-25"), ("freed prisoners", 39, "2025-11-21")]
    more = figure_claims("The truce can be extended by one day for every additional 10 hostages released.", "2025-11-21")
    assert list(more.loc[more["measure"] != "duration", "measure"]) == ["freed hostages_change"]


def test_a_day_told_of_a_noun_in_passing_dates_no_figure_beside_it(tmp_path):
    claims = figure_claims("Rescuers have recovered 31 bodies from the village buried by a landslide on Tuesday, and "
                           "nine people remain unaccounted for. A landslide buried 40 houses on Tuesday.", "2024-08-16")
    assert [(c.value, c.as_of_start) for c in claims.itertuples()] == [
        (31, "2024-08-16"), (9, "2024-08-16"), (40, "2024-08-13")]
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-08-13", "Wire", "A landslide buried a village on Tuesday, leaving more than 30 people "
                                              "missing, officials said."),
        "b.md": article("2024-08-16", "Radio", "Rescuers have recovered 31 bodies from the village buried by a "
                                               "landslide on Tuesday, and nine people remain unaccounted for.")})
    assert rows(found, "conflict") == []


def test_a_sum_added_is_no_hedge_and_who_the_counted_were_is_an_aside():
    claims = figure_claims("Redcastle will pay a fee of £85m plus £10m in add-ons. Temperatures hit 40C-plus. One "
                           "person, a 68-year-old farmer, was killed. Two people, both tourists, were injured.",
                           "2025-10-02")
    assert [(c.measure, c.low, c.high) for c in claims.itertuples()] == [
        ("fee", 85e6, 85e6), ("amount", 10e6, 10e6), ("temperature", 40, float("inf")), ("killed", 1, 1),
        ("injured", 2, 2)]


def test_survivors_are_a_known_count_and_kinds_after_included_may_leave_some_out(tmp_path):
    found = corpus_findings(tmp_path, {"a.md": article("2025-06-11", "Wire", (
        "The 44 survivors included 31 men, 8 women and 4 children. The 52 dead included 20 men, 15 women and 12 "
        "children; five bodies have yet to be identified."))})
    assert sorted(rows(found, "arithmetic")) == [
        ("info", "killed", "killed", "20 men + 15 women + 12 children = 47"),
        ("info", "survivors", "survivors", "31 men + 8 women + 4 children = 43")]


def test_what_happened_to_the_things_counted_is_part_of_the_measure(tmp_path):
    claims = figure_claims("Nordavia cancelled 1,350 flights Monday. Delta operated 3,500 flights. About 300 homes "
                           "were destroyed. Around 16,000 schools in England were fully or partially closed on "
                           "Wednesday. Rescuers reached 12 villages cut off by floods.", "2025-03-12")
    assert [(c.measure, c.value) for c in claims.itertuples()] == [
        ("flights cancelled", 1350), ("flights", 3500), ("homes destroyed", 300), ("schools closed", 16_000),
        ("villages", 12)]
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-03-12", "Wire", "England has about 24,400 state-funded schools."),
        "b.md": article("2025-03-12", "Paper", "Around 16,000 schools in England were fully or partially closed on "
                                               "Wednesday as teachers went on strike.")})
    assert rows(found, "conflict") == []


def test_a_country_or_state_opening_a_sentence_is_a_subject(tmp_path):
    claims = figure_claims("Great Britain finished top of the medal table with 12 medals. Italy were second with 10 "
                           "medals. New Zealand reported 12 new cases. March 14 (Reuters) - Ohio hospital operator "
                           "Meridian Valley Health said it had postponed 389 surgeries.", "2025-08-17")
    assert [(c.subject, c.value) for c in claims.itertuples()][:3] == [
        ("United Kingdom", 12), ("Italy", 10), ("New Zealand", 12)]
    # a place that only modifies a noun before a name is no subject
    assert claims["subject"].iloc[-1] == "Meridian Valley Health"
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-08-17", "Wire", "Great Britain finished top with 12 medals. Italy were second with 10 "
                                              "medals."),
        "b.md": article("2025-08-18", "Paper", "Britain's haul of 12 medals put them top of the table.")})
    assert rows(found, "conflict") == []


def test_sizes_revisions_and_the_remaining_part():
    claims = figure_claims("The death toll from the collapse of a 12-storey residential building rose to 15. The "
                           "agency revised first-quarter growth up to 0.3% from an initial estimate of 0.2%. Of the "
                           "73 cases, 20 are in Ohio, 13 in Michigan and 11 in Pennsylvania, with the remaining 29 "
                           "spread across 12 other states.", "2025-09-08")
    assert [(c.measure, c.value) for c in claims.itertuples() if c.measure == "killed"] == [("killed", 15)]
    assert claims[claims["surface"] == "0.3%"]["qualifier"].tolist() == ["exact"]  # revised up to: no ceiling
    parts = claims[(claims["part_of"] != "") & (claims["measure"] == "cases")]
    assert list(parts["value"]) == [20, 13, 11, 29]


def test_a_gap_shorter_than_its_anchors_period_checks_nothing(tmp_path):
    found = corpus_findings(tmp_path, {"a.md": article("2025-08-01", "Tribune", (
        "Governor Anne Solberg said on Friday, a day after data showed second-quarter GDP rising 0.6 percent, that "
        "rates would stay on hold. In 2008, about a decade after the 1998-1999 conflict, the country voted."))})
    assert rows(found, "arithmetic") == [
        ("info", "1998-1999 conflict", "elapsed", "1998-1999 + about a decade = 2007-07-03 – 2010-07-01")]


def test_what_could_come_or_was_agreed_to_resume_on_a_weekday_is_the_next_one():
    claims = figure_claims("Forecasters said another storm could bring 3 to 6 inches of snow to the region on Friday.",
                           "2025-02-18")
    assert list(claims["as_of_start"]) == ["2025-02-21"]
    from checker.claims import extract_text

    dates = extract_text("The union agreed to resume talks on Friday. The union agreed a deal on Friday.", "2025-02-18")
    assert list(dates[dates["kind"] == "date"]["as_of_start"]) == ["2025-02-21", "2025-02-14"]


def test_a_figure_across_several_places_is_not_the_place_before():
    claims = figure_claims("Duke Energy said fewer than 20,000 customers in Indiana remained without power Saturday. "
                           "Across the three states, about 26,000 customers were still in the dark.", "2025-04-05")
    customers = claims[claims["measure"] == "customers without power"]
    assert list(zip(customers["subject"], customers["value"])) == [("Indiana", 20_000),
                                                                   ("customers without power", 26_000)]


def test_an_airline_named_short_daily_counts_and_a_raise(tmp_path):
    claims = figure_claims("The airline normally runs about 1,100 daily flights. The union wants a 9 percent raise.",
                           "2025-06-03")
    assert [(c.measure, c.value) for c in claims.itertuples()] == [("flights per day", 1100),
                                                                   ("pay change demand", 9)]
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-06-03", "Wire", "Vantor Air said it had grounded 38 aircraft on Tuesday."),
        "b.md": article("2025-06-03", "Paper", "On Tuesday, the strike at Vantor grounded 36 aircraft.")})
    assert rows(found, "conflict") == [("error", "Vantor Air", "aircraft grounded", "38 vs 36")]


def test_cases_of_a_product_are_no_illness():
    claims = figure_claims("The company expanded its recall to seven production lots covering about 61,000 cases. "
                           "The recall follows 73 cases of salmonella.", "2025-06-13")
    assert [(c.measure, c.value) for c in claims.itertuples()] == [("product cases", 61_000), ("cases", 73)]


def test_what_the_review_of_these_readings_kept_apart(tmp_path):
    # conversions of a difference, and of units a name may stand for, hold
    found = corpus_findings(tmp_path / "conversions", {"a.md": article("2025-07-12", "AP", (
        "Temperatures are now 2.4C (4.3F) above pre-industrial levels. The tanker spilled 10,000 barrels (1.6 million "
        "litres) of crude. Thieves took 400 ounces (12.4kg) of gold. The ship carried 65,000 tonnes (64,000 tons) of "
        "grain."))})
    assert found[found["kind"] == "arithmetic"].empty
    assert checked_conversions("Temperatures are now 2.4C (4.3F) above pre-industrial levels. Thieves took 400 ounces "
                               "(12.4kg) of gold.", "2025-07-12") == 2
    # what will be done is a plan, never what was done; nouns after a count are no verbs; burned is destroyed
    claims = figure_claims("Toyota will recall 1.2 million vehicles. Toyota is recalling 1.0 million vehicles. Some "
                           "2,000 flights will be cancelled on Friday. Heathrow handled 1,300 flights at near-normal "
                           "levels. It carried 310,000 passengers on 2,400 flights and delays were minimal. Some 2,100 "
                           "structures had burned.", "2025-05-08")
    assert [c.measure for c in claims.itertuples()] == [
        "vehicles recalled", "vehicles recalled", "flights cancelled plan", "flights", "passengers",
        "flights", "structures destroyed"]
    # hiring is no cut; "dozens" and "about 10" still contradict five and six
    found = corpus_findings(tmp_path / "counts", {
        "a.md": article("2025-04-02", "Wire", "Kestrel Motors will cut 1,200 jobs in Germany. About 10 people were "
                                              "killed in Arlen."),
        "b.md": article("2025-04-02", "Paper", "Kestrel Motors will hire 500 more staff in Pune. Six people were "
                                               "killed in Arlen.")})
    assert rows(found, "conflict") == [("error", "Arlen", "killed", "about 10 vs six")]
    claims = figure_claims("Heathrow, the airport hit by a power cut on Friday, cancelled 1,300 flights. Kestrel's "
                           "revenue rose to $4.2 billion - 5% above analysts' estimates - in the three months to March. "
                           "Kestrel Homes scaled back plans to build up to 300 homes. The death toll has now climbed "
                           "to 100-plus. Hospitals released 35 patients. Carlsen led by half a point.", "2025-03-23")
    assert [(c.measure, c.as_of_start, c.qualifier) for c in claims.itertuples()] == [
        ("flights cancelled", "2025-03-21", "exact"), ("revenue", "2025-01-01", "exact"),
        ("above analysts", "2025-01-01", "exact"), ("homes built", "2025-03-23", "up_to"),
        ("killed", "2025-03-23", "at_least"), ("patients", "2025-03-23", "exact")]
    found = corpus_findings(tmp_path / "gap", {"a.md": article("2025-06-01", "Wire", (
        "The plant closed in March 2025, 10 months after the 2022 fire."))})
    assert rows(found, "arithmetic")[0][0] == "error"


def test_what_the_second_review_kept_apart(tmp_path):
    found = corpus_findings(tmp_path / "a", {
        "a.md": article("2025-08-15", "Wire", "Japan Airlines cancelled 40 flights on Friday as the typhoon approached. "
                                              "Winds of 130 mph (215 kph) and 50 mph (85 kph) were forecast. Bake at "
                                              "180C (350F)."),
        "b.md": article("2025-08-15", "Paper", "More than 300 flights were cancelled across Japan on Friday."),
        "c.md": article("2024-11-20", "Food", "The recall is linked to an outbreak of 39 cases of E. coli."),
        "d.md": article("2024-11-20", "Safety", "The product recall follows a listeria outbreak involving 61 cases."),
        "e.md": article("2025-07-03", "Auto", "The number of workers on strike at the Sanwa Motor plant fell by 2,000 "
                                              "on Tuesday."),
        "f.md": article("2025-07-03", "Cars", "Sanwa Motor will cut 1,500 jobs, the company said.")})
    assert found[found["severity"] == "error"].empty
    claims = figure_claims("Germany were second with 27 medals. The hosts finished third with 15 medals. Texas health "
                           "officials said the outbreak had grown to 259 cases. Heathrow was forced to cancel 1,350 "
                           "flights. As many as 2,000 structures may have been destroyed. Fire officials counted 2,100 "
                           "destroyed structures. Nordavia cancelled 300 flights - 250 domestic, 50 international - on "
                           "Friday.", "2025-03-23")
    assert [(c.subject, c.measure, c.as_of_start) for c in claims.itertuples()] == [
        ("Germany", "medals", "2025-03-23"), ("medals", "medals", "2025-03-23"), ("cases", "cases", "2025-03-23"),
        ("flights cancelled", "flights cancelled", "2025-03-23"),
        ("structures destroyed", "structures destroyed", "2025-03-23"),
        ("structures destroyed", "structures destroyed", "2025-03-23"),
        ("flights cancelled", "flights cancelled", "2025-03-21")]
    from checker.claims import extract_text

    dates = extract_text("The Bank of England voted to hold its key rate at 4.25% on Thursday.", "2025-06-20")
    assert list(dates[dates["kind"] == "date"]["as_of_start"]) == ["2025-06-19"]


def test_parts_meet_a_total_whose_things_are_in_a_state(tmp_path):
    found = corpus_findings(tmp_path, {"a.md": article("2025-03-23", "Wire", (
        "Officials closed 120 schools, including 80 primary schools and 50 secondary schools."))})
    assert rows(found, "arithmetic") == [("error", "schools", "schools", "80 schools + 50 schools = 130")]


def test_what_the_third_review_kept_apart(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-07-14", "Wire", "The centre is 6 feet 9 inches (2.06 metres) tall. Bake the cake at 170C "
                                              "(325F). The ship was seized 12 miles (22 km) off the coast. Kestrel "
                                              "Motors is recalling 80,000 cars, regulators said on Monday."),
        "b.md": article("2025-07-14", "Paper", "Kestrel Motors will recall 60,000 cars, regulators said on Monday.")})
    assert found[found["kind"] == "arithmetic"].empty
    # the oven's and the sea mile's conversions are read and hold; the compound measure's is not checked
    assert checked_conversions("The centre is 6 feet 9 inches (2.06 metres) tall. Bake the cake at 170C (325F). The "
                               "ship was seized 12 miles (22 km) off the coast.", "2025-07-14") == 2
    # a firm's own act is one announcement however told
    assert rows(found, "conflict") == [("error", "Kestrel Motors", "cars recalled", "80,000 vs 60,000")]
    claims = figure_claims("About 2,100 structures have been lost in the fire. Floods swept away 120 homes.", "2025-01-10")
    assert list(claims["measure"]) == ["structures destroyed", "homes destroyed"]


def test_damaged_or_destroyed_is_neither_alone():
    claims = figure_claims("The fire has damaged or destroyed 12,000 structures. More than 400 homes were destroyed or "
                           "severely damaged. It destroyed 6,800 structures.", "2025-01-10")
    assert list(claims["measure"]) == ["structures damaged or destroyed", "homes damaged or destroyed",
                                       "structures destroyed"]


def test_what_the_fourth_review_kept_apart(tmp_path):
    claims = figure_claims("About 250,000 homes lost power on Tuesday. About 60 homes have been lost in the fire. 800 "
                           "jobs will be lost.", "2025-10-15")
    assert list(claims["measure"]) == ["homes without power", "homes destroyed", "jobs"]
    found = corpus_findings(tmp_path, {"a.md": article("2025-10-15", "Wire", (
        "The road is 50 miles (93 km) long. The ship was seized 12 miles (22 km) off the coast. The blaze reached "
        "900C (1,750F). Bake at 170C (325F)."))})
    # a mile may be nautical only at sea; an oven's slack is a recipe's, not a blaze's
    assert sorted(v for _, _, _, v in rows(found, "arithmetic")) == ["50 miles = 80.5 km", "900C = 1,652°F"]


def test_a_kitchens_round_pairs_and_miles_off_an_island_hold(tmp_path):
    found = corpus_findings(tmp_path, {"a.md": article("2025-11-20", "Wire", (
        "Heat the oil to 180C (350F) in a deep pan. The meat should reach 75C (165F). The ferry capsized 12 miles "
        "(22 km) off the island of Lesbos."))})
    assert found[found["kind"] == "arithmetic"].empty
    assert checked_conversions("Heat the oil to 180C (350F) in a deep pan. The meat should reach 75C (165F). The ferry "
                               "capsized 12 miles (22 km) off the island of Lesbos.", "2025-11-20") == 3


def test_an_acronyms_plural_is_counted_and_no_subject():
    claims = figure_claims("Ford recalled 250,000 SUVs on Thursday. The bill passed with 320 MPs in favour.", "2025-05-08")
    assert [(c.subject, c.measure, c.value) for c in claims.itertuples()] == [
        ("suvs recalled", "suvs recalled", 250_000), ("mps", "mps", 320)]
