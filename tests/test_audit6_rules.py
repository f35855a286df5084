"""Readings found wrong on stories told by three outlets each (a train derailment, a city
budget, a heatwave, monsoon floods, a plane crash, a strike, a mall shooting, a bank
breach): forecasts, targets and offers are no levels; levels on two days are no event
dated twice; the telling's date dates what was told after it; ages count nothing; a
year's toll is no revision; a figure between two that agree is an outlier; and the
subjects, measures and dates an editor would give."""

from __future__ import annotations

from checker.claims import extract_text
from checker.pipeline import load_corpus
from tests.corpora import article, corpus_findings, figure_claims, only, write_corpus


def _figures(text: str, source_date: str = "2025-07-16"):
    return figure_claims(text, source_date)


_one = only


def test_a_level_measured_on_two_days_is_no_event_dated_twice(tmp_path):
    found = corpus_findings(tmp_path, {
        "wire.md": article("2025-07-16", "Iberia Wire",
                           "Valencia's reservoirs were at 41% of capacity on Tuesday, the water agency said."),
        "daily.md": article("2025-07-19", "Levante Daily",
                            "Valencia's reservoirs stood at 38% of capacity on Friday, the water agency said."),
    })
    assert "date_conflict" not in set(found["kind"]), found[["kind", "message"]]


def test_one_event_with_one_figure_dated_two_ways_is_still_a_date_conflict(tmp_path):
    found = corpus_findings(tmp_path, {
        "wire.md": article("2025-03-12", "Andes Wire",
                           "A magnitude 6.4 earthquake struck Arequipa on Monday, officials said."),
        "daily.md": article("2025-03-12", "Lima Daily",
                            "A magnitude 6.4 earthquake struck Arequipa on Sunday, officials said."),
    })
    assert list(found["kind"]).count("date_conflict") == 1, found[["kind", "message"]]


def test_an_age_counts_nothing():
    assert _figures("The victims included a 19-year-old college student and a 68-year-old retiree.").empty
    figures = _figures("A man aged 45 years old and three children were injured.")
    assert list(zip(figures["measure"], figures["value"])) == [("injured", 3.0)]


def test_a_number_of_dozens_multiplies():
    passengers = _one(_figures("More than two dozen stranded passengers were taken to hotels."),
                      "More than two dozen stranded passengers")
    assert (passengers["measure"], passengers["value"], passengers["low"], passengers["high"]) == \
        ("passengers", 24.0, 24.0, float("inf"))
    assert _one(_figures("Police seized 3 dozen rifles."), "3 dozen rifles")["value"] == 36.0


def test_what_was_told_is_dated_by_the_telling_not_an_earlier_clause():
    figures = _figures("Temperatures hit records in Seville on Tuesday, and officials said Wednesday that "
                       "heat-related deaths had climbed to 23.", "2025-07-17")
    assert _one(figures, "23")["as_of_start"] == "2025-07-16"
    # the told words' own date still wins over the telling's
    told = _figures("Police said on Sunday that five people died on Saturday.", "2025-07-17")
    assert _one(told, "five people died")["as_of_start"] == "2025-07-12"


def test_a_toll_in_a_when_clause_after_since_is_of_that_year():
    figures = _figures("The derailment is the deadliest on the line since 2015, when eight people were killed "
                       "after a train left the tracks in Philadelphia.", "2025-03-11")
    eight = _one(figures, "eight people were killed")
    assert (eight["as_of_start"], eight["as_of_end"]) == ("2015-01-01", "2015-12-31")
    since = _one(_figures("Since January, 40 people have died.", "2025-03-11"), "40 people have died")
    assert (since["as_of_start"], since["as_of_end"]) == ("2025-01-01", "2025-03-11")


def test_a_crash_verb_in_the_title_names_the_story_event(tmp_path):
    found = corpus_findings(tmp_path, {
        "wire.md": article("2025-03-11", "Plains Wire",
                           "Eleven people were killed when the train derailed near Lindale, officials said.",
                           title="Passenger train derails in Lindale, killing 11"),
        "paper.md": article("2025-03-11", "Lindale Courier",
                            "Seven people were killed in the derailment, the sheriff said.",
                            title="Lindale derailment survivors recount crash"),
    })
    conflicts = found[found["kind"] == "conflict"]
    assert list(conflicts["subject"]) == ["crash"] and list(conflicts["measure"]) == ["killed"]


def test_the_remaining_part_of_a_breakdown_is_a_part():
    figures = _figures("Of the $4.2 billion, $1.1 billion goes to the police, $640 million to fire services and "
                       "$310 million to parks, with the remaining $1.9 billion split among other departments.",
                       "2025-06-10")
    total = figures[figures["part_of"] == ""]
    parts = figures[figures["part_of"] != ""]
    assert sorted(parts["value"]) == [310e6, 640e6, 1.1e9, 1.9e9]
    assert set(parts["part_of"]) <= set(total["claim_id"])


def test_forecasts_and_targets_are_no_levels():
    figures = _figures("Analysts had forecast a budget gap of as much as $80 million earlier this year.", "2025-06-10")
    assert list(figures["measure"]) == ["budget gap forecast"]
    figures = _figures("The central bank aims to bring inflation down to 2% by 2027.", "2025-06-10")
    assert list(figures["measure"].str.endswith(" target")) == [True]
    assert list(_figures("The death toll is expected to rise to 50.", "2025-06-10")["measure"]) == ["killed forecast"]
    # an outcome beside an expectation is a level
    assert list(_figures("Inflation rose to 3.2% in May, higher than expected.", "2025-06-10")["measure"]) == [
        "inflation"]
    assert list(_figures("Officials expected 5,000 people, but 12,000 people came.", "2025-06-10")["measure"]) == [
        "people forecast", "people"]


def test_a_verb_brings_its_object_to_the_level():
    figures = _figures("The city aims to cut its structural deficit to $40 million by 2028.", "2025-06-10")
    assert list(figures["measure"]) == ["budget gap target"]
    figures = _figures("Revenue for the quarter rose 6% to $8.4 billion from $7.9 billion a year earlier.", "2025-06-10")
    assert list(figures["measure"]) == ["revenue change", "revenue", "revenue"]


def test_an_amount_or_count_a_year_is_a_rate_not_a_duration():
    claims = extract_text("Pension costs will rise by about $28 million a year, and the line carries 12 trains a day.",
                          "2025-06-10")
    assert "duration" not in set(claims["measure"])
    durations = _figures("The repairs took about a year, and five people were killed in a day.", "2025-06-10")
    durations = durations[durations["measure"] == "duration"]
    assert list(zip(durations["surface"], durations["unit"])) == [("about a year", "year"), ("a day", "day")]


def test_tolls_of_two_years_are_neither_one_event_nor_a_conflict(tmp_path):
    found = corpus_findings(tmp_path, {
        "agency.md": article("2025-07-02", "Press Trust", "Last year, floods and landslides killed 117 people in the "
                             "state, up from 53 in 2023.", title="Floods kill 38 in Assam"),
        "wire.md": article("2025-07-02", "Asia Wire", "Floods killed 117 people in the state last year.",
                           title="Floods kill 38 in Assam"),
    })
    assert "conflict" not in set(found["kind"]) and "revision" not in set(found["kind"]), found[["kind", "values"]]
    assert list(found[found["kind"] == "corroborated"]["values"]) == ["117; 117"]


def test_all_the_people_on_board_killed_is_a_toll():
    assert list(_figures("The jet crashed after takeoff, killing all 157 people on board.")["measure"]) == ["killed"]
    # (and all of those aboard are how many there were)
    assert list(_figures("All 62 passengers aboard the plane died.")["measure"]) == ["passengers", "killed"]


def test_an_offer_is_no_level():
    figures = _figures("The company offered a 20% raise over four years, and the union said wages rose 4% last year.",
                       "2025-09-16")
    assert list(zip(figures["surface"], figures["measure"])) == [
        ("20%", "pay change proposal"), ("over four years", "duration"), ("4%", "wages change")]


def test_an_earlier_level_is_of_the_figure_nearest_its_size():
    figures = _figures("About 1.9 million people in 23 of the state's 35 districts have been affected by the "
                       "floods, up from 1.6 million on Tuesday.", "2025-07-02")
    earlier = _one(figures, "1.6 million")
    assert (earlier["measure"], earlier["as_of_start"]) == (_one(figures, "About 1.9 million people")["measure"],
                                                          "2025-07-01")


def test_a_place_naming_the_event_and_a_neighbouring_place(tmp_path):
    corpus = load_corpus([write_corpus(tmp_path / "floods", {
        "agency.md": article("2025-07-02", "Press Trust",
                             "The death toll in the Assam floods rose to 38 on Wednesday, officials said.\n\n"
                             "In neighbouring Bhutan, monsoon rains have killed 12 people since June 26.\n\n"
                             "The death toll in Goalpara remains at four.",
                             title="Assam floods toll rises to 38"),
    })], use_cache=False)
    figures = corpus.claims[corpus.claims["kind"] == "figure"]
    assert list(zip(figures["subject"], figures["value"])) == [("flood", 38.0), ("Bhutan", 12.0), ("Goalpara", 4.0)]


def test_a_word_a_place_noun_follows_is_a_name_at_a_sentences_start():
    figures = _figures("Guwahati city received 132 mm of rain in the 24 hours to Wednesday morning.", "2025-07-09")
    assert _one(figures, "132 mm")["subject"] == "Guwahati City"


def test_a_clause_on_the_figures_own_noun_dates_it():
    figures = _figures("The 14% offer that members rejected on Sept. 7 would have given most workers a 9% raise.",
                       "2025-09-23")
    assert _one(figures, "14%")["as_of_start"] == "2025-09-07"
    assert _one(_figures("Police said 40 homes that burned on Monday were insured.", "2025-09-23"),
                "40 homes")["as_of_start"] == "2025-09-22"
    # the quake's date is the quake's, not the toll's
    toll = _figures("The death toll from the quake that struck on Sunday has risen to 31.", "2025-09-23")
    assert list(toll["as_of_start"]) == ["2025-09-23"]


def test_the_whole_a_part_is_of_is_a_total():
    figures = _figures("About 1.9 million people in 23 of the state's 35 districts have been affected by the floods.",
                       "2025-07-09")
    assert _one(figures, "35 districts")["measure"] == "districts total"


def test_an_offer_of_shelter_is_no_proposal():
    assert list(_figures("The school offered shelter to 300 evacuees.", "2025-09-16")["measure"]) == ["evacuees"]
    # a price a share is not the deal's worth
    assert list(_figures("Its offer of $50 a share was rejected.", "2025-09-16")["measure"]) == ["offer per share proposal"]


def test_shot_dead_is_killed_and_the_whole_of_the_survivors_is_a_total():
    assert list(_figures("Six people were shot dead at the mall, police said.", "2025-04-12")["measure"]) == ["killed"]
    figures = _figures("Only 31 of the roughly 90 passengers survived.", "2025-06-30")
    assert list(zip(figures["measure"], figures["value"])) == [("passengers total", 90.0)]


def test_a_present_verb_after_will_is_the_future():
    claims = extract_text("The mall will remain closed on Sunday, the company said.", "2025-06-30")
    assert list(claims[claims["kind"] == "date"]["as_of_start"]) == ["2025-07-06"]


def test_a_vague_measure_agrees_only_on_one_figure(tmp_path):
    found = corpus_findings(tmp_path, {
        "wire.md": article("2025-06-30", "Med Wire", "The boat off Tobruk carried about 90 people."),
        "paper.md": article("2025-06-30", "The Paper", "At least 47 people off Tobruk were on deck."),
    })
    assert "corroborated" not in set(found["kind"])


def test_a_comparison_owns_its_date_and_a_verb_ends_an_amounts_noun():
    figures = _figures("The €28mn fine compares with a €14.5mn penalty imposed on Deutsche Wohnen in 2019.",
                       "2025-12-09")
    fine, penalty = _one(figures, "€28mn"), _one(figures, "€14.5mn")
    assert (fine["measure"], fine["as_of_start"]) == ("fine", "2025-12-09")
    assert (penalty["measure"], penalty["as_of_start"]) == ("penalty", "2019-01-01")
    assert _one(_figures("Borrowers face 20% interest rates.", "2025-12-09"), "20%")["measure"] == "interest rates"


def test_a_figure_between_two_that_agree_is_an_outlier(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-09-17", "Bloomberg", "Hackers stole the data of about 4.2 million Nordbank customers.",
                        title="Nordbank hit by data breach"),
        "b.md": article("2025-09-18", "Handelsblatt", "The breach at Nordbank affected 2.4 million customers.",
                        title="Regulator examines Nordbank breach"),
        "c.md": article("2025-12-09", "Financial Times", "The attack on Nordbank exposed the data of 4.2mn customers.",
                        title="Nordbank fined over data breach"),
    })
    outliers = found[(found["kind"] == "conflict") & (found["severity"] == "warning")]
    assert list(zip(outliers["subject"], outliers["values"])) == [
        ("Nordbank", "of about 4.2 million -> 2.4 million -> 4.2mn")]
    assert outliers.iloc[0]["message"].startswith("Handelsblatt (2025-09-18) says 2.4 million customers")


def test_up_or_down_after_a_plural_noun_is_a_change():
    figures = _figures("Hackers stole data, sending its shares down 7.4%, and shares fell a further 3.1% on Thursday.",
                       "2025-09-17")
    assert list(zip(figures["measure"], figures["value"])) == [("shares change", -7.4), ("shares change", -3.1)]
    share = _figures("Property taxes make up 42 percent of revenue.", "2025-09-17")
    assert list(share["measure"]) == ["revenue"]


def test_a_tabloids_same_day_toll_conflicts_with_the_wires(tmp_path):
    found = corpus_findings(tmp_path, {
        "wire.md": article("2025-04-12", "Wire", "A gunman opened fire at the Galleria on Saturday, killing four "
                           "people, police said.", title="Gunman kills 4 at Riverside mall"),
        "tabloid.md": article("2025-04-12", "Courier", "Six people were shot dead and a dozen more injured on "
                              "Saturday.", title="Horror as six shot dead in mall rampage"),
    })
    conflicts = found[found["kind"] == "conflict"]
    assert list(zip(conflicts["subject"], conflicts["measure"], conflicts["values"])) == [
        ("shooting", "killed", "six vs four")]


def test_nouns_that_look_like_verbs_are_still_counted():
    figures = _figures("Hackers accessed 2,300 accounts, and the union says 88 members struck; parliament "
                       "approved $40 billion defence spending.", "2025-09-17")
    assert list(zip(figures["measure"], figures["value"])) == [
        ("accounts", 2300.0), ("members", 88.0), ("defence spending", 4e10)]
