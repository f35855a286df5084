"""Items from the audits of stories on a derailment, a mine explosion, a measles outbreak, a
plane crash, a takeover bid, a festival crush, a wildfire and a census: what happened to
those counted, moves told by their size, and what a figure is of."""

from __future__ import annotations

from tests.corpora import article, corpus_findings, figure_claims


def rows(found, kind: str) -> list[tuple]:
    chosen = found[found["kind"] == kind]
    return sorted(zip(chosen["severity"], chosen["subject"], chosen["measure"], chosen["values"]))


def readings(text: str, source_date: str = "2025-03-10") -> list[tuple]:
    claims = figure_claims(text, source_date)
    return [(c.measure, c.value) for c in claims.itertuples()]


def test_all_the_crew_are_both_those_rescued_and_how_many_crew_there_were(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-03-01", "Wire", "Rescuers said 21 of the 22 crew were rescued from the tanker Horizon."),
        "b.md": article("2025-03-01", "Paper", "All 22 crew were rescued from the Horizon, the coastguard said."),
        "c.md": article("2025-03-01", "Radio", "The coastguard rescued 25 people from the Horizon.")})
    assert rows(found, "conflict") == [("error", "Horizon", "rescued crew", "22 vs 21")]  # some of those rescued
    assert rows(found, "corroborated") == [("info", "Horizon", "crew", "22; 22")]
    # "31 of the roughly 90 passengers survived": the whole is read once, as the counts read it
    assert readings("Only 31 of the roughly 90 passengers survived.") == [("passengers total", 90)]


def test_what_homes_were_left_without_is_part_of_their_measure(tmp_path):
    assert readings("About 250,000 homes lost power in Ohio. Some 40 homes lost their roofs. The storm cut power to "
                    "about 30,000 homes. Some 12,000 people were left without running water. Crews restored power "
                    "to 80,000 homes. The utility has 1.2 million customers.") == [
        ("homes without power", 250_000), ("homes without roofs", 40), ("homes without power", 30_000),
        ("people without water", 12_000), ("homes reconnected", 80_000), ("customers", 1_200_000)]
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-03-01", "Wire", "Some 40 homes lost their roofs in Dalton."),
        "b.md": article("2025-03-01", "Paper", "About 5,000 homes lost water supply in Dalton.")})
    assert found[found["kind"] == "conflict"].empty


def test_a_level_a_move_reached_is_of_the_thing_moved():
    assert readings("The death toll rose by three to 14.") == [("killed_change", 3), ("killed", 14)]
    assert readings("Measles cases in Ohio rose to 89.") == [("cases", 89)]
    claims = figure_claims("The death toll in Millbrook rose by 3 to 14 from 11.", "2025-03-12")
    assert list(zip(claims["subject"], claims["measure"], claims["value"])) == [
        ("Millbrook", "killed_change", 3), ("Millbrook", "killed", 14), ("Millbrook", "killed", 11)]
    # a move's size is no bound of a range: "rose by $50 million to $870 million"
    assert readings("Revenue rose by $50 million to $870 million from $820 million.") == [
        ("revenue change", 50e6), ("revenue", 870e6), ("revenue", 820e6)]


def test_the_size_of_a_move_is_checked_against_the_levels_it_is_told_between(tmp_path):
    # (round levels are rounded, and a level of another time is another move's)
    held = corpus_findings(tmp_path / "held", {"a.md": article("2024-05-10", "Wire", (
        "The number of nurses rose by 2,700 to 356,000 from 353,000. Measles cases in Ohio rose by 3 to 14 on "
        "Tuesday, up from 9 a week earlier."))})
    assert [r[0] for r in rows(held, "arithmetic")] == ["info"]
    found = corpus_findings(tmp_path, {"a.md": article("2025-03-12", "Wire", (
        "The death toll in Millbrook rose by 4 to 14 from 11. The death toll in Leeds rose by three to 14 from 11. "
        "Revenue at Acme rose by $40 million to $870 million from $820 million. The measles outbreak in Ohio has "
        "grown to 89 cases, up from 67 a week ago, an increase of 24 cases."))})
    assert rows(found, "arithmetic") == [
        ("error", "Acme", "revenue change", "$870 million - $820 million = 50 million USD"),
        ("error", "Millbrook", "killed_change", "14 - 11 = 3"),
        ("error", "Ohio", "cases_change", "89 - 67 = 22"),
        ("info", "Leeds", "killed_change", "14 - 11 = 3")]
    message = found[found["subject"] == "Millbrook"]["message"].iloc[0]
    assert message == "Wire: 14 - 11 = 3, not the 4 stated."


def test_the_size_of_a_move_is_no_count():
    assert readings("The outbreak saw an increase of 24 cases. The union reported a net gain of 9,000 "
                    "members.") == [("cases_change", 24), ("members_change", 9000)]
    claims = figure_claims("The Sagebrush Creek fire grew by 750 hectares overnight. The lake has dropped by 2 metres. "
                           "The fire spread over 750 hectares.", "2025-07-19")
    assert list(zip(claims["measure"], claims["value"], claims["unit"])) == [
        ("area_change", 750, "hectare"), ("length_change", -2, "meter"), ("area", 750, "hectare")]


def test_a_quantity_told_against_another_an_average_and_a_wind_are_apart(tmp_path):
    claims = figure_claims("The A320 was travelling at 162 knots, about 25 knots above its reference landing speed. "
                           "Wind gusts of up to 40 knots hit the airport. The average wildfire in the region burns "
                           "about 50 hectares. The quake struck 10 km below the surface.", "2025-11-04")
    assert list(zip(claims["measure"], claims["value"])) == [
        ("speed", 162), ("speed difference", 25), ("wind gusts", 40), ("average area", 50), ("depth", 10)]
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-11-04", "Wire", "The A320 was travelling at 162 knots when it crossed the threshold, "
                                              "about 25 knots above its reference landing speed."),
        "b.md": article("2025-11-04", "Paper", "The A320 crossed the threshold at 162 knots.")})
    assert found[found["kind"] == "conflict"].empty


def test_cars_derailed_are_all_the_cars_derailed(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-03-10", "Wire", "Forty cars derailed in the Millbrook crash, county officials said."),
        "b.md": article("2025-03-10", "Paper", "Officials said 38 of the train's cars derailed in the Millbrook crash."),
        "c.md": article("2025-03-10", "Radio", "The train in the Millbrook crash had 150 cars, the railroad said.")})
    assert rows(found, "conflict") == [("error", "Millbrook", "cars derailed", "forty vs 38")]
    # some of them in no state stay a subset
    assert readings("Some 410 of the posts were vacant.") == [("jobs subset", 410)]


def test_what_befell_people_told_in_other_words(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-03-10", "Wire", "Twelve people have been treated in hospital since the Millbrook "
                                              "derailment. Five miners are trapped at the Black Hollow mine."),
        "b.md": article("2025-03-10", "Paper", "Nine people have been treated in hospital since the Millbrook "
                                               "derailment. Rescuers are searching for four miners who are trapped "
                                               "at the Black Hollow mine.")})
    assert rows(found, "conflict") == [("error", "Black Hollow", "trapped", "five vs four"),
                                       ("error", "Millbrook", "hospitalised", "twelve vs nine")]
    assert readings("Of the 34 injured, nine are in a critical condition. Goicoechea said 12 survivors of the "
                    "Santander crash were taken to hospital.") == [("injured", 34), ("critical", 9), ("hospitalised", 12)]


def test_none_and_all_but_state_no_count_of_what_was_done():
    assert readings("Of the 21 miners who escaped, all but two have now been released from hospital.") == [
        ("workers subset", 21)]
    assert readings("Unite said none of Marlow's 3,500 UK jobs would be cut. The firm will cut 300 jobs.") == [
        ("jobs", 3500), ("jobs_change", -300)]


def test_what_a_figure_is_of():
    assert readings("The festival site has a licensed capacity of 45,000.") == [("capacity", 45_000)]
    claims = figure_claims("South Africa's population of 62 million includes 15.1 million people in Gauteng, "
                           "12.4 million people in KwaZulu-Natal and 7.4 million people in the Western Cape.",
                           "2023-10-10")
    assert list(zip(claims["subject"], claims["value"])) == [
        ("South Africa", 62e6), ("Gauteng", 15.1e6), ("KwaZulu-Natal", 12.4e6), ("Western Cape", 7.4e6)]
    assert readings("The households had an average size of 3.5 people.") == [("average people", 3.5)]
    assert readings("The dead in the Santander crash include 13 passengers and two members of the cabin crew. "
                    "The captain had more than 11,000 flight hours.") == [
        ("killed subset", 13), ("killed subset", 2), ("flight hours", 11_000)]
    assert readings("Shares in Marlow had fallen from their 52-week high of 462p.")[-1] == ("shares high", 4.62)


def test_those_aboard_are_counted_once_whatever_day_told(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-10-06", "Wire", "At least 12 people were killed when a passenger jet crashed on landing at "
                                              "Santander on Sunday. The plane was carrying 94 people - 89 passengers "
                                              "and five crew members - the airline said."),
        "b.md": article("2025-10-06", "Paper", "The plane had 88 passengers and six crew on board when it crashed on "
                                               "landing at Santander on Sunday, the airline said.")})
    assert rows(found, "conflict") == [("warning", "Santander", "crew", "six vs five"),
                                       ("warning", "Santander", "passengers", "88 vs 89")]


def test_a_part_told_with_its_place_is_that_places_count(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-03-04", "Wire", "The measles outbreak in Ohio has grown to 48 cases, including 29 in "
                                              "Holmes County, 11 in Wayne County and eight in Knox County."),
        "b.md": article("2025-03-04", "Paper", "Holmes County now has 33 measles cases.")})
    assert rows(found, "conflict") == [("error", "Holmes County", "cases", "33 vs 29")]
    assert rows(found, "arithmetic")[0][:3] == ("info", "Ohio", "cases")


def test_a_takeovers_figures_are_the_targets_however_worded(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-03-03", "Wire", "US healthcare group Stellan on Monday offered 420 pence per share for "
                                              "Marlow Pharma, valuing the company at about £6.2 billion."),
        "b.md": article("2025-03-03", "Paper", "Shares in Marlow Pharma soared on Monday after the US group Stellan "
                                               "made a £5.1bn takeover approach."),
        "c.md": article("2025-03-11", "Radio", "The US healthcare firm Stellan has raised its offer for Marlow Pharma "
                                               "to 455p a share.")})
    assert rows(found, "conflict") == [("error", "Marlow Pharma", "deal value", "about £6.2 billion vs £5.1bn")]
    assert rows(found, "change") == [("info", "Marlow Pharma", "offer per share proposal", "420 pence -> 455p")]
    # a result per share is no offer, whatever the sentence says of a deal
    assert readings("Acme reported earnings of 94 cents a share after the merger.")[0][0] == "earnings"


def test_a_whole_made_up_of_its_parts_is_checked_against_them(tmp_path):
    found = corpus_findings(tmp_path, {"a.md": article("2025-03-11", "Wire", (
        "Stellan's revised offer of 455p is made up of 325p in cash and 120p in new Stellan shares. "
        "The council budget of £3.5bn comprises £2bn for schools and £1.5bn for roads."))})
    assert [(r[0], r[2]) for r in rows(found, "arithmetic")] == [("error", "offer proposal"), ("info", "budget")]
    # everyone aboard is no count of the passengers
    assert readings("The train, with 199 passengers and crew aboard, was travelling at 74 mph.")[0] == ("people", 199)


def test_an_inflation_release_told_in_other_words(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-11-12", "Wire", "On a monthly basis, Castria's consumer prices rose 0.4% in October. "
                                              "Castria's annual inflation rose to 4.1% in October."),
        "b.md": article("2025-11-12", "Paper", "Castria's consumer prices rose 4.1% in October from a year earlier. "
                                               "In Castria, energy prices fell 1.8% in October from a year earlier."),
        "c.md": article("2025-11-13", "Radio", "In Castria, energy was 2.8% cheaper in October than a year earlier."),
        "d.md": article("2025-12-03", "Daily", "Castria's annual inflation stood at 4.2% in October, according to "
                                               "final data published on November 28, slightly above the 4.1% flash "
                                               "estimate.")})
    assert found[found["kind"] == "conflict"].empty  # a month's move is no year's
    assert rows(found, "revision") == [("warning", "Castria", "inflation", "4.1% -> 4.2%")]
    assert readings("In Castria, energy was 2.8% cheaper in October than a year earlier.", "2025-11-13") == [
        ("energy change", -2.8)]


def test_a_move_said_to_come_is_a_forecast_and_feet_are_feet(tmp_path):
    assert readings("The bridge carries about 48,000 vehicles a day. A 2019 report warned that traffic on the bridge "
                    "would reach 60,000 vehicles a day by 2030.", "2025-09-18") == [
        ("vehicles per day", 48_000), ("vehicles per day forecast", 60_000)]
    found = corpus_findings(tmp_path, {"a.md": article("2025-09-16", "Wire", "The span is 85 metres (180ft) long.")})
    assert rows(found, "arithmetic") == [("error", "length", "length", "85 metres = 278.9 ft")]


def test_a_title_written_without_its_full_stop_is_no_part_of_the_name(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-09-16", "Wire", "Fire chief Radu Ilies told reporters the search would go on."),
        "b.md": article("2025-09-17", "Paper", "Fire chief Capt Radu Iliesh said divers were still searching.")})
    assert list(found.loc[found["kind"] == "name_variant", "values"]) == ["Radu Ilies / Radu Iliesh"]


def test_a_fire_is_one_however_its_head_is_written(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-07-19", "Wire", "The Sagebrush Creek fire was 60% contained on Saturday."),
        "b.md": article("2025-07-19", "Paper", "The Sagebrush Creek wildfire was 45% contained on Saturday.")})
    assert rows(found, "conflict") == [("error", "Sagebrush Creek Fire", "contained", "60% vs 45%")]


def test_a_manifests_count_is_no_count_of_those_aboard():
    assert readings("Santoso said the ship's manifest listed only 98 passengers. The ferry was carrying 112 "
                    "passengers.", "2025-07-22") == [("passengers listed", 98), ("passengers", 112)]


def test_a_long_aside_leaves_the_thing_it_tells_of():
    assert readings("Castria's core inflation, which excludes food and energy prices and is closely watched by the "
                    "central bank, eased to 3.5% in October. The Bank of Castria's key rate is currently 5.25%.",
                    "2025-11-12") == [("core inflation", 3.5), ("policy rate", 5.25)]


def test_what_did_it_is_no_speaker_and_a_years_toll_no_wrecks(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-07-15", "Wire", "The Sagebrush Creek fire has destroyed 12 structures, officials said."),
        "b.md": article("2025-07-15", "Paper", "Twenty-one structures have been destroyed by the Sagebrush Creek fire, "
                                               "officials said.")})
    assert rows(found, "conflict") == [("error", "Sagebrush Creek Fire", "structures destroyed", "twenty-one vs 12")]
    found = corpus_findings(tmp_path / "wreck", {
        "a.md": article("2025-06-10", "Wire", "A migrant boat capsized off Lampedusa. At least eight people drowned "
                                              "in the shipwreck."),
        "b.md": article("2025-06-13", "Paper", "A migrant boat capsized off Lampedusa. The IOM said the toll on the "
                                               "central Mediterranean this year had now reached at least 1,050 dead "
                                               "and missing.")})
    assert found[found["kind"].isin(["revision", "conflict"])].empty


def test_a_race_time_meets_however_written(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2026-04-26", "Wire", "Sawe won the London Marathon in 2:02:27, outside Kiptum's world "
                                              "record of 2:00:35."),
        "b.md": article("2026-04-26", "Paper", "Sawe won the London Marathon in 2 hours 3 minutes 27 seconds.")})
    assert rows(found, "conflict") == [("error", "London Marathon", "time", "2 hours 3 minutes 27 seconds vs 2:02:27")]
    assert readings("The meeting starts at 10:30. The talks lasted 3 hours and 20 minutes.") == [("duration", 200)]


def test_a_hurricane_and_a_trial_told_in_other_words(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2026-01-22", "Wire", "The judge ordered Whitcombe to pay a $5 million fine and $310 million "
                                              "in restitution."),
        "b.md": article("2026-01-22", "Paper", "The judge ordered Whitcombe to pay a $3mn fine and $310mn in "
                                               "restitution.")})
    assert rows(found, "conflict") == [("error", "Whitcombe", "fine", "$5 million vs $3mn")]
    assert rows(found, "corroborated") == [("info", "Whitcombe", "restitution", "$310 million; $310mn")]
    claims = figure_claims("About 1.2 million homes and businesses were without electricity after Hurricane Delia. "
                           "The storm made landfall near Port St. Joe with sustained winds of 140 mph.", "2025-09-10")
    assert list(zip(claims["subject"], claims["measure"])) == [("Hurricane Delia", "homes without power"),
                                                              ("Port St. Joe", "wind speed")]


def test_outages_count_those_without_power():
    assert readings("Outages in Florida fell to about 410,000 customers on Friday.", "2025-09-12") == [
        ("customers without power", 410_000)]
