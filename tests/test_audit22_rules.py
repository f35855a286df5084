"""Items left from the last audits: vote tallies in the forms outlets write them, one vote told
days apart, and the first side of a tally or score read as no count."""

from __future__ import annotations

from checker.claims import extract_text
from tests.corpora import article, corpus_findings, figure_claims


def tallies(text: str, when: str = "2025-06-07") -> list[tuple]:
    claims = figure_claims(text, when)
    return [(c.subject, c.measure, c.value) for c in claims.itertuples() if c.measure.startswith("votes ")]


def test_tallies_in_the_forms_outlets_write_them():
    assert tallies("The Monetary Policy Committee voted 5-2 to lower the official cash rate.") == [
        ("official cash rate", "votes in favour", 5), ("official cash rate", "votes against", 2)]
    assert tallies("Members voted by 2,941 to 364 in favour of strike action, the union said.") == [
        ("strike action", "votes in favour", 2941), ("strike action", "votes against", 364)]
    assert tallies("The union said 2,941 of its members backed strike action in a ballot that closed on "
                   "Thursday, with 364 voting against.") == [
        ("strike action", "votes in favour", 2941), ("strike action", "votes against", 364)]
    assert tallies("The committee was split 4-3 on the decision to cut the rate.") == [
        ("rate", "votes in favour", 4), ("rate", "votes against", 3)]
    assert tallies("The 5-2 vote to cut the rate surprised markets.") == [
        ("rate", "votes in favour", 5), ("rate", "votes against", 2)]


def test_a_tally_of_nothing_named_or_a_decision_of_nothing_named_is_not_read():
    assert tallies("The committee was split 4-3 on the decision, the minutes showed.") == []
    assert tallies("The council voted 9-4 on Tuesday.") == []
    assert tallies("The Senate voted 52-48 to confirm her.") == []
    # the motion's phrase ends at its verb: "the rate", not "the rate surprised markets"
    assert tallies("The 6-1 vote on the rate surprised markets.")[0][0] == "rate"


def test_the_first_side_of_a_tally_or_a_score_counts_nothing():
    claims = figure_claims("The 5-2 vote surprised markets. Arsenal's 3-1 win left fans happy.", "2025-06-07")
    assert claims.empty  # not "5 votes", a change of -5 votes, nor "3 wins"
    # a range runs upwards and is still read as one
    ranged = figure_claims("Between 20-30 people were hurt.", "2025-06-07")
    assert ranged[["low", "high"]].values.tolist() == [[20, 30]]


def test_one_vote_told_days_apart_conflicts_or_corroborates(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-09-26", "Courier", "The union said 2,941 of its members backed strike action in a "
                                                  "ballot, with 364 voting against."),
        "b.md": article("2025-09-29", "Post", "Members voted by 2,941 to 364 in favour of strike action."),
        "c.md": article("2025-10-07", "Echo", "Of the 3,305 votes cast, 2,941 backed strike action and 412 "
                                              "voted against, the union said."),
    })
    against = findings[findings["measure"] == "votes against"]  # (a warning: the body is not compared)
    assert against[["kind", "severity"]].values.tolist() == [["conflict", "warning"]]
    assert against["values"].tolist() == ["412 vs 364 vs 364"]
    favour = findings[findings["measure"] == "votes in favour"]
    assert favour["kind"].tolist() == ["corroborated"]


def test_votes_on_the_same_motion_dated_apart_are_two_votes(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-03-05", "Courier", "On March 3 the council approved the budget 7-2."),
        "b.md": article("2025-03-20", "Post", "On March 17 the council approved the budget 8-1 at its final reading."),
    })
    assert "conflict" not in set(findings["kind"])


def test_what_the_hurt_went_on_to_is_a_partition_of_them(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-11-16", "Courier", "Of the 61 injured, 31 were taken to hospital and 34 were treated "
                                                 "at the scene, officials said."),
    })
    sums = findings[findings["kind"] == "arithmetic"]
    assert sums[["severity", "values"]].values.tolist() == [
        ["error", "31 were taken to hospital + 34 were treated at the scene = 65"]]
    parts = figure_claims("Of the 40 people hurt, 12 were hospitalised and 28 were treated at the scene.", "2025-11-16")
    # the hospitalised still count on their own, to meet another outlet's
    assert parts[["surface", "measure", "value"]].values.tolist()[1] == ["12 were hospitalised", "hospitalised", 12]
    # a fate beside a kind is no partition
    mixed = figure_claims("Of the 61 injured, 31 were taken to hospital and 12 were children.", "2025-11-16")
    assert mixed[["measure", "value", "part_of"]].values.tolist() == [["injured", 61, ""], ["hospitalised", 31, ""]]


def test_a_count_with_a_verb_of_its_own_is_no_part_of_a_total():
    claims = figure_claims("Rescuers have saved 143 people, and 28 people remain missing.", "2024-07-16")
    assert claims[["measure", "value"]].values.tolist() == [["people", 143], ["missing", 28]]


def test_a_capacity_told_after_its_noun_is_a_capacity():
    claims = figure_claims("Officials said 212 people were on board, well above the 150 passengers it was "
                           "licensed to carry.", "2024-07-16")
    assert claims[["measure", "value"]].values.tolist() == [["people", 212], ["passengers capacity", 150]]


def test_a_thing_in_an_aside_or_placed_in_a_days_vote_is_the_measure():
    claims = figure_claims("Turnout in Thursday's vote was 62.4 percent. Turnout, at 64.2 percent, was the highest "
                           "since 2001. Inflation, at 3.1%, remains high. Labour, at 31%, leads.", "2024-05-04")
    assert claims[["measure", "value"]].values.tolist() == [
        ["turnout", 62.4], ["turnout", 64.2], ["inflation", 3.1], ["share", 31]]


def test_a_percent_change_to_a_record_level_is_checked(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-09-04", "Courier", "Revenue rose 19% to a record £341m in the year to June 2024, "
                                                 "from £312m a year earlier."),
    })
    assert findings[["kind", "severity", "values"]].values.tolist() == [
        ["arithmetic", "error", "(£341m - £312m) / £312m = 9.3%"]]


def test_a_fire_named_with_its_year_is_history_and_a_clause_naming_a_fire_is_its(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-08-13", "Wire", "The Juniper Flat Fire had burned 26,900 acres by Tuesday morning. "
                        "It has destroyed 162 homes. The Bootleg Fire in 2021 burned 413,000 acres.",
                        title="Oregon wildfire destroys 162 homes"),
        "b.md": article("2024-08-14", "Statesman", "By Tuesday evening, the Juniper Flat Fire had destroyed 143 homes."),
        "c.md": article("2025-01-09", "Daily", "The Palisades fire has scorched about 7,000 hectares, and the death "
                        "toll from the Eaton fire in Altadena rose to 10.", title="Los Angeles wildfires"),
    })
    conflicts = findings[findings["kind"] == "conflict"]
    assert conflicts[["subject", "measure", "values"]].values.tolist() == [["Juniper Flat Fire", "homes destroyed", "162 vs 143"]]
    tolls = figure_claims("Los Angeles wildfires\n\nThe Palisades fire has scorched about 7,000 hectares, and the "
                          "death toll from the Eaton fire in Altadena rose to 10.", "2025-01-09")
    assert tolls[tolls["measure"] == "killed"]["subject"].tolist() == ["Eaton Fire"]


def test_levels_on_two_days_and_states_that_last_are_no_event_dated_twice(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-09-19", "Courier", "The hospital waiting list in Wales rose to a record 612,400 at the "
                                                 "end of July. Evacuation orders still covered about 15,000 residents "
                                                 "Wednesday."),
        "b.md": article("2024-10-17", "Post", "The hospital waiting list in Wales rose again in August, to 615,200."),
        "c.md": article("2024-09-21", "Herald", "Evacuation orders were lifted Friday for about 9,000 of the roughly "
                                                "15,000 people under them. The Juniper Flat Fire had burned 26,900 "
                                                "acres by Tuesday morning."),
        "d.md": article("2024-09-20", "Echo", "Crews found a burned home near Juniper Flat on Sunday."),
    })
    assert "date_conflict" not in set(findings["kind"])


def test_a_level_and_a_change_from_other_outlets_that_miss_the_next_level_warn(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-01-10", "Courier", "The Baltic Guard mission has 3,700 troops."),
        "b.md": article("2024-02-10", "Post", "Allies will send 1,000 more troops to the Baltic Guard mission."),
        "c.md": article("2024-03-10", "Echo", "The Baltic Guard mission has 4,000 troops."),
    })
    chained = findings[findings["kind"] == "arithmetic"]
    assert chained[["severity", "values"]].values.tolist() == [
        ["warning", "3,700 (2024-01-10) + 1,000 (2024-02-10) = 4,700-4,700"]]
    assert "another outlet's" in chained["message"].iloc[0]


def test_one_figure_told_two_ways_days_apart_without_a_date_is_a_possible_conflict(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-01-08", "Courier", "Ashford Rovers agreed an initial fee of £42m for the striker."),
        "b.md": article("2024-01-10", "Post", "Ashford Rovers agreed an initial fee of £38m for the striker."),
        "c.md": article("2024-01-20", "Echo", "Ashford Rovers agreed an initial fee of £45m for the striker."),
    })
    conflicts = findings[findings["kind"] == "conflict"]
    assert conflicts[["severity", "values"]].values.tolist() == [["warning", "£42m vs £38m"]]  # not 10 days apart
    # told as a move, or of what moves by the day, it is a change
    moved = corpus_findings(tmp_path / "moved", {
        "a.md": article("2024-01-08", "Courier", "Ashford Rovers agreed an initial fee of £42m for the striker."),
        "b.md": article("2024-01-10", "Post", "Ashford Rovers has now agreed an initial fee of £48m for the striker."),
        "c.md": article("2024-01-08", "Courier", "The Ridge Fire has burned 12,000 acres."),
        "d.md": article("2024-01-10", "Post", "The Ridge Fire has burned 15,000 acres."),
    })
    assert "conflict" not in set(moved["kind"])


def test_a_margin_over_a_mark_is_no_change_and_a_neighbouring_place_is_its_own():
    claims = figure_claims("A coalition would command 35 seats, four more than the 31 needed.", "2024-05-06")
    assert not claims["measure"].str.endswith("_change").any()
    turnout = figure_claims("Election results\n\nTurnout in Westmark's election was 64.2 percent. Regional elections "
                            "in neighbouring Eastmark, held on the same day, saw turnout of 55.8 percent.", "2024-05-08")
    assert turnout[["subject", "value"]].values.tolist()[-1] == ["Eastmark", 55.8]


def test_a_change_after_a_counted_level_is_that_levels_change_and_is_checked(tmp_path):
    claims = figure_claims("The club has 4,100 members, down 5% from 2023.", "2024-09-19")
    assert claims[["measure", "value"]].values.tolist() == [["members", 4100], ["members change", -5]]
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-09-19", "Courier", "The waiting list in Wales reached 612,400 at the end of July, up 12% "
                                                 "from 566,000 a year earlier."),
    })
    checked = findings[findings["kind"] == "arithmetic"]
    assert checked[["severity", "values"]].values.tolist() == [["error", "(612,400 - 566,000) / 566,000 = 8.2%"]]


def test_tallies_of_bodies_of_different_sizes_or_polls_are_no_one_vote(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-03-01", "Courier", "The House voted 220-210 to pass the bill."),
        "b.md": article("2024-03-11", "Post", "The Senate voted 51-49 to pass the bill."),
    })
    assert "conflict" not in set(findings["kind"])
    assert tallies("A YouGov poll of 1,000 adults found 540 supported the smoking ban, with 380 opposed.") == []


def test_an_event_named_after_the_figure_is_a_comparison_not_its_subject():
    claims = figure_claims("Los Angeles wildfires\n\nThe Palisades Fire has burned 20,000 acres. The blaze has "
                           "killed 5 people, a toll that could surpass the Eaton Fire.", "2025-01-09")
    assert claims[claims["measure"] == "killed"]["subject"].tolist() == ["Palisades Fire"]


def test_one_move_told_with_its_figure_on_two_days_is_still_an_event_dated_twice(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-05-07", "Courier", "Shares in Acme jumped 12% on Monday after the merger was announced."),
        "b.md": article("2024-05-08", "Post", "Shares in Acme jumped 12% on Tuesday after the merger was announced."),
    })
    assert findings["kind"].tolist() == ["date_conflict"]


def test_a_corpus_whose_only_dates_of_a_precision_come_after_by_is_read(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-07-30", "Courier", "The Park Fire had burned 26,900 acres by Tuesday morning."),
    })
    assert findings.empty


def test_what_events_did_over_past_years_is_no_part_of_the_storys_toll(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-07-16", "Courier", "The death toll from the ferry sinking rose to 19 on Tuesday.",
                        title="Ferry sinking kills 19 off Sulawesi"),
        "b.md": article("2024-07-17", "Post", "The death toll from the ferry sinking stood at 19. More than 1,000 "
                                              "people have died in ferry accidents in the past five years.",
                        title="Ferry sinking: what we know"),
    })
    assert "revision" not in set(findings["kind"])
    assert findings[findings["measure"] == "killed"]["values"].tolist() == ["19; 19"]


def test_names_with_a_role_at_a_named_place_or_after_a_possessive_title():
    claims = extract_text("Rafaela Quintanilha, Lumatic's chief executive, will join Corvane. \"We will be back,\" said "
                          "the coalition's spokesman, Tomasz Wierzbiki. \"It is fair,\" said Siobhan McCreadie, the "
                          "union's regional organiser. Halvard Microsystems said it would appeal.", "2026-09-14")
    assert claims[claims["kind"] == "name"]["subject"].tolist() == [
        "Rafaela Quintanilha", "Tomasz Wierzbiki", "Siobhan McCreadie"]


def test_injuries_suffered_are_the_injured_but_a_severitys_are_some_of_them():
    claims = figure_claims("Four firefighters have suffered injuries. Two people sustained injuries in the crash. "
                           "Twelve people were treated for minor injuries.", "2024-08-14")
    assert claims[["measure", "value"]].values.tolist()[:2] == [["injured", 4], ["injured", 2]]
    assert claims["measure"].tolist()[2] == "injured subset"  # minor injuries are some of the injured


def test_a_window_cut_mid_word_names_no_thing_and_a_moves_particle_is_no_ceiling():
    claims = figure_claims("Polish core inflation, which excludes food and energy prices, eased to 5.2% year-on-year in "
                           "March from 5.6% in February. Inflation went back up to 5% in April.", "2024-04-16")
    assert claims[["measure", "low", "high"]].values.tolist()[:2] == [
        ["core inflation", 5.2, 5.2], ["core inflation", 5.6, 5.6]]
    assert claims[["low", "high"]].values.tolist()[2] == [5, 5]  # not "up to 5%": [2.5, 5]


def test_a_past_years_toll_recalled_on_two_days_is_no_revision(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-03-04", "Courier", "In 2007, a magnitude 8.0 earthquake near the coastal city of Pisco "
                                                 "killed more than 500 people."),
        "b.md": article("2024-03-06", "Post", "The quake is the deadliest since 2007, when a magnitude 8.0 quake "
                                              "devastated the coastal city of Pisco and killed 519 people."),
    })
    assert "revision" not in set(findings["kind"])
    assert findings[findings["measure"] == "killed"]["kind"].tolist() == ["corroborated"]


def test_an_event_compared_with_by_its_year_does_not_date_the_storys_figures():
    claims = figure_claims("The magnitude 6.8 quake, which struck at a depth of 35 kilometres, has proved deadlier "
                           "than the 2001 quake that killed 74 people.", "2024-03-09")
    assert claims[["measure", "as_of_start"]].values.tolist() == [
        ["magnitude", "2024-03-09"], ["depth", "2024-03-09"], ["killed", "2001-01-01"]]


def test_a_move_told_while_another_moved_in_the_session_is_intraday_and_closes_are_no_event():
    claims = figure_claims("Lumatic shares jumped as much as 24% to $44.02 in morning trading, while Corvane shares "
                           "fell 2%.", "2026-09-14")
    assert claims["measure"].str.endswith("(intraday)").all()


def test_daily_closes_are_no_event_dated_twice_but_a_listing_is(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2026-09-15", "Courier", "Lumatic stock closed Monday at $43.49."),
        "b.md": article("2026-09-18", "Post", "Lumatic shares closed at $44.80 on Thursday in New York."),
        "c.md": article("2024-06-12", "Echo", "Lumatic shares first traded on the Nasdaq on June 12."),
        "d.md": article("2024-06-14", "Wire", "Lumatic shares first traded on the Nasdaq on June 13."),
    })
    assert findings["kind"].tolist() == ["date_conflict"]  # the listing's day, not the closes


def test_a_reference_rate_held_at_a_level_is_the_policy_rate():
    claims = figure_claims("The reference rate has been at 5.75% since October. Unemployment has remained at 5.1%.",
                           "2024-04-04")
    assert claims[["measure", "value"]].values.tolist() == [["policy rate", 5.75], ["unemployment", 5.1]]


def test_a_courts_sentence_is_of_the_person_sentenced_and_outlets_terms_meet(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-05-24", "Courier", "Gareth Hollins, 54, was jailed for nine years at Leeds Crown Court "
                                                 "on Friday."),
        "b.md": article("2024-05-24", "Post", "Gareth Hollins defrauded investors. The judge gave Hollins a sentence "
                                              "of eight years on Friday."),
    })
    conflicts = findings[findings["kind"] == "conflict"]
    assert conflicts[["subject", "measure", "severity"]].values.tolist() == [["Gareth Hollins", "sentence", "error"]]
    lengths = figure_claims("The talks lasted nine years.", "2024-05-24")
    assert lengths["measure"].tolist() == ["duration"]


def test_a_running_toll_of_this_year_is_revised_and_a_close_after_while_is_no_intraday(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-05-10", "Courier", "Floods in Kenya have killed 120 people this year."),
        "b.md": article("2024-05-20", "Post", "Floods in Kenya have killed 150 people this year."),
    })
    assert findings["kind"].tolist() == ["revision"]
    claims = figure_claims("The FTSE 100 was up 0.4% at midday, while the pound closed 0.2% lower on Friday.", "2024-06-14")
    assert claims["measure"].tolist()[-1] == "pound change"


def test_a_change_is_checked_only_against_the_level_it_moved_from_right_after_it(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-09-01", "Courier", "The university has 24,500 students, up 5% from 23,300, but "
                                                 "international students fell 12% from 4,000."),
    })
    assert "arithmetic" not in set(findings["kind"])  # never (24,500 - 4,000) / 4,000
    claims = figure_claims("Lumatic, founded in 2011 and based in Denver, has about 4,300 employees.", "2026-09-14")
    assert claims["subject"].tolist() == ["employees"]  # not Denver: no firm named, no place for it


def test_a_toll_over_past_years_at_the_storys_place_is_no_revision_of_its_toll(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-07-16", "Courier", "The death toll from the ferry sinking off Sulawesi rose to 14 on "
                                                 "Tuesday."),
        "b.md": article("2024-07-17", "Post", "More than 1,000 people have died in ferry accidents off Sulawesi in "
                                              "the past five years."),
    })
    assert findings.empty
    claims = figure_claims("More than 1,000 people have died in ferry accidents in the past five years.", "2024-07-17")
    assert claims["measure"].tolist()[0] == "killed (over years)"


def test_time_served_careers_requests_and_maximums_are_no_sentence():
    claims = figure_claims("Karen Bell, who served 15 years as a police officer, was jailed for three years. John Smith "
                           "must serve six years before parole. Prosecutors asked for a sentence of 15 years. Lee Grant "
                           "faced up to 14 years in prison. Tom Evans was handed a two-year contract.", "2024-05-24")
    assert claims[claims["measure"] == "sentence"]["value"].tolist() == [3]
    kin = figure_claims("Ana Silva was jailed for eight years. Her husband was jailed for six years.", "2024-05-24")
    assert kin[["subject", "value"]].values.tolist() == [["Ana Silva", 8], ["her husband", 6]]


def test_this_years_tolls_of_two_outlets_the_same_day_differ_as_a_warning(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2024-05-10", "Courier", "Road accidents have killed 135 people this year."),
        "b.md": article("2024-05-10", "Post", "Floods have killed 120 people this year."),
        "c.md": article("2024-05-13", "Echo", "Exports reached $40 billion in March, up 12 percent year-on-year from "
                                              "$35.7 billion."),
    })
    assert findings[findings["kind"] == "conflict"]["severity"].tolist() == ["warning"]
    assert findings[findings["kind"] == "arithmetic"]["severity"].tolist() == ["info"]  # 12.0%, as stated


def test_a_firms_first_word_is_the_firm_when_the_rest_only_says_it_is_one(tmp_path):
    from checker.findings.subject_forms import forms

    assert forms(["Corvane", "Corvane Systems", "Halvard", "Halvard Microsystems", "Acme", "Acme Holdings",
                  "Acme Foods", "Siemens", "Siemens Energy"]) == {
        "Corvane": "Corvane Systems", "Halvard": "Halvard Microsystems"}
    assert forms(["Labour", "Labour Party", "Alliance", "Progressive Alliance", "Front", "National Front",
                  "Popular Front"]) == {"Labour": "Labour Party", "Alliance": "Progressive Alliance"}
    findings = corpus_findings(tmp_path, {
        "a.md": article("2026-09-14", "Courier", "Corvane Systems Inc. will buy Lumatic. Corvane Systems has 12,000 "
                                                 "employees."),
        "b.md": article("2026-09-14", "Post", "The deal was announced by Corvane on Monday. Corvane has 14,000 "
                                              "employees."),
    })
    assert findings[findings["kind"] == "conflict"]["subject"].tolist() == ["Corvane Systems"]


def test_a_figure_after_a_dated_past_and_a_present_verb_is_of_now():
    claims = figure_claims("The plant, which opened in 1998 and employs about 2,400 people, will close. The mine "
                           "opened in 2005 and produced 2 million tonnes in 2010.", "2026-09-14")
    assert claims["as_of_start"].tolist() == ["2026-09-14", "2010-01-01"]


def test_a_firm_before_a_role_firms_hold_too_is_no_person():
    claims = extract_text("Live Nation, the tour's organiser, said 2 million tickets had been sold. Oxford Economics, "
                          "the government's consultant, estimated the cost.", "2024-05-10")
    assert claims[claims["kind"] == "name"].empty
