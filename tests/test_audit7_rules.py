"""Readings found wrong on stories told by three outlets each (a hurricane, a football
transfer, an election count, a mine explosion, a central bank's decision, a migration
crisis): falls named by their verbs, a change's basis (quarter on quarter, month on
month; a year earlier unless said), deaths of one cause, nationality breakdowns that
name only some, a storm's name against an agency's, and the weekday of a date."""

from __future__ import annotations

from checker.claims import extract_text
from checker.pipeline import load_corpus
from tests.corpora import article, corpus_findings, figure_claims, only, write_corpus


def test_verbs_of_falling_give_a_negative_change():
    figures = figure_claims("The economy contracted 0.4% in the third quarter. The forint weakened 0.4% "
                            "against the euro. Exports shrank 3.1% and output declined by 2%. The rand firmed 0.3%.",
                            "2023-11-21")
    assert list(figures["measure"]) == ["economy change", "forint change", "exports change", "output change",
                                        "rand change"]
    assert list(figures["value"]) == [-0.4, -0.4, -3.1, -2.0, 0.3]


def test_a_change_keeps_its_basis_so_annual_and_quarterly_growth_never_conflict(tmp_path):
    figures = figure_claims("The economy contracted 0.4% in the third quarter from a year earlier, though it "
                            "grew 0.9% from the previous quarter.", "2023-11-21")
    assert list(figures["measure"]) == ["economy change", "economy change (quarter on quarter)"]
    assert list(figures["value"]) == [-0.4, 0.9]
    found = corpus_findings(tmp_path, {
        "wire.md": article("2023-11-21", "Danube Wire", "Hungary's economy contracted 0.4% in the third quarter "
                           "from a year earlier, though it grew 0.9% from the previous quarter.",
                           title="Hungary's economy returns to growth"),
        "daily.md": article("2023-11-21", "Pest Daily", "Hungary's economy grew 0.9% in the third quarter from "
                            "the previous three months, while it shrank 0.4% from a year earlier.",
                            title="Hungary exits recession"),
    })
    assert "conflict" not in set(found["kind"]), found[["kind", "message"]]
    assert list(found.loc[found["kind"] == "corroborated", "measure"]) == [
        "economy change", "economy change (quarter on quarter)"]


def test_deaths_of_one_cause_are_not_the_toll(tmp_path):
    four = only(figure_claims("Most of the dead drowned, and four died of carbon monoxide poisoning.",
                              "2025-09-18"), "four died")
    assert (four["measure"], four["value"]) == ("killed by carbon monoxide poisoning", 4)
    assert only(figure_claims("Twelve people died from flooding.", "2025-09-18"),
                "Twelve people died")["measure"] == "killed"
    found = corpus_findings(tmp_path, {
        "wire.md": article("2025-09-16", "Gulf Wire", "Hurricane Delphine killed at least 12 people, officials said."),
        "daily.md": article("2025-09-18", "Bayou Daily", "The toll from Hurricane Delphine rose to 21 on Wednesday. "
                            "Most of the dead drowned, and four died of carbon monoxide poisoning."),
    })
    assert "conflict" not in set(found["kind"]), found[["kind", "message"]]
    assert list(found.loc[found["kind"] == "revision", "values"]) == ["at least 12 -> 21"]


def test_people_trapped_are_counted_as_trapped():
    trapped = only(figure_claims("Rescuers were searching for 14 miners trapped underground.", "2024-03-11"),
                   "14 miners trapped")
    assert (trapped["measure"], trapped["value"]) == ("trapped", 14)


def test_a_breakdown_named_by_kinds_meets_its_total(tmp_path):
    found = corpus_findings(tmp_path, {"paper.md": article(
        "2024-03-12", "Silesia Paper",
        "Of the 28 dead, 19 were JSW employees, six were contractors and two were from the mine rescue service.")})
    sums = found[found["kind"] == "arithmetic"]
    assert list(sums["severity"]) == ["error"] and list(sums["values"]) == [
        "19 were JSW employees + six were contractors + two were from the mine rescue service = 27"]


def test_nationalities_listed_are_some_of_the_whole(tmp_path):
    figures = figure_claims("Of the 157 people on board, 35 were Kenyans, 18 were Canadians and nine were "
                            "Ethiopians, the airline said.", "2019-03-10")
    parts = figures[figures["part_of"] != ""]
    assert list(parts["value"]) == [35, 18, 9]
    found = corpus_findings(tmp_path, {
        "fits.md": article("2019-03-10", "Wire", "Of the 157 people on board, 35 were Kenyans, 18 were Canadians "
                           "and nine were Ethiopians, the airline said."),
        "exceeds.md": article("2019-03-10", "Paper", "Of the 40 candidates, 25 were Democrats and 17 were "
                              "Republicans."),
    })
    sums = found[found["kind"] == "arithmetic"].set_index("sources")
    assert sums.loc["fits.md", "severity"] == "info"
    assert sums.loc["fits.md", "message"].endswith("the parts named fit within 157 people.")
    assert sums.loc["exceeds.md", "severity"] == "error"
    assert sums.loc["exceeds.md", "message"].endswith("the parts named exceed 40 candidates.")


def test_a_storm_is_the_story_not_the_agency_nor_an_earlier_storm(tmp_path):
    folder = write_corpus(tmp_path / "corpus", {"wire.md": article(
        "2025-09-16", "Wire",
        "Hurricane Delphine weakened on Tuesday after killing at least 12 people, the National Hurricane Center "
        "said.\n\nDelphine is the third hurricane to strike the state in five years. Hurricane Laura, which hit "
        "the same area in August 2020, killed 42 people in the state.\n\n"
        "More than 200,000 people had evacuated ahead of the storm.",
        title="Delphine weakens after deadly landfall")})
    claims = load_corpus([folder], use_cache=False).claims
    figures = claims[(claims["kind"] == "figure") & (claims["measure"] != "duration")]
    assert list(zip(figures["subject"], figures["measure"], figures["value"])) == [
        ("Hurricane Delphine", "killed", 12), ("Hurricane Laura", "killed", 42),
        ("Hurricane Delphine", "evacuated", 200000)]


def test_the_weekday_of_a_date_is_no_date_of_its_own():
    claims = extract_text("The club open their season at home on Saturday, August 16, with a 3pm kick-off.",
                          "2025-07-08")
    dates = claims[claims["kind"] == "date"]
    assert list(zip(dates["surface"], dates["as_of_start"])) == [("Saturday, August 16", "2025-08-16")]


def test_a_meeting_called_for_a_weekday_is_the_coming_one():
    claims = extract_text("The prime minister called an emergency cabinet meeting for Friday.", "2023-09-14")
    assert list(claims.loc[claims["kind"] == "date", "as_of_start"]) == ["2023-09-15"]


def test_a_dateline_month_is_no_subject(tmp_path):
    folder = write_corpus(tmp_path / "corpus", {
        "ansa.md": article("2023-09-14", "ANSA", "(ANSA) - LAMPEDUSA, SEP 14 - Almost 7,000 migrants were crowded "
                           "into the Lampedusa hotspot on Wednesday.", title="Hotspot crammed as transfers begin"),
    })
    claims = load_corpus([folder], use_cache=False).claims
    assert only(claims[claims["kind"] == "figure"], "Almost 7,000 migrants")["subject"] == "Lampedusa"


def test_a_party_is_its_own_subject_not_its_leaders(tmp_path):
    figures = figure_claims("Civic Renewal took 34.2% of the vote. The governing Social Democrats of Prime Minister "
                            "Ilse Varna came second with 27.9% and 47 seats. Prime Minister Ilse Varna's Social "
                            "Democrats won 45 seats. Civic Renewal's final vote share was 34.0%, against 28.1% for "
                            "the Social Democrats.", "2025-10-06")
    assert list(zip(figures["subject"], figures["measure"], figures["value"])) == [
        ("Civic Renewal", "vote share", 34.2), ("Social Democrats", "share", 27.9), ("Social Democrats", "seats", 47),
        ("Social Democrats", "seats", 45), ("Civic Renewal", "vote share", 34.0),
        ("Social Democrats", "vote share", 28.1)]


def test_police_casualties_are_counted_apart_and_a_sub_count_is_no_count(tmp_path):
    figures = figure_claims("Police said 41 officers were injured, three of them seriously. Around 20 "
                            "demonstrators were injured, two of whom remain in hospital.", "2025-03-16")
    assert list(zip(figures["measure"], figures["value"])) == [("injured police", 41), ("injured", 20)]
    found = corpus_findings(tmp_path, {
        "ap.md": article("2025-03-16", "AP", "Police said 41 officers were injured in the protest in Lyon."),
        "wire.md": article("2025-03-16", "Wire", "Around 20 demonstrators were injured in the protest in Lyon."),
        "tv.md": article("2025-03-16", "TV", "The Interior Ministry said 37 police officers were injured in the "
                         "protest in Lyon."),
    })
    conflicts = found[found["kind"] == "conflict"]
    assert list(zip(conflicts["measure"], conflicts["values"])) == [("injured police", "41 vs 37")]


def test_a_story_adds_its_own_casualty_groups(tmp_path):
    folder = write_corpus(tmp_path / "corpus", {
        "wire.md": article("2025-03-16", "Wire", "Officials said 12 carabinieri were injured in the clashes.")})
    (folder / "checker.toml").write_text('[casualty_groups]\npolice = ["carabinieri"]\n', encoding="utf-8")
    claims = load_corpus([folder], use_cache=False).claims
    assert list(claims.loc[claims["kind"] == "figure", "measure"]) == ["injured police"]


def test_parts_after_including_are_some_of_the_whole(tmp_path):
    found = corpus_findings(tmp_path, {
        "some.md": article("2025-06-02", "Wire", "Losses are put at an estimated 300 million euros, including 180 "
                           "million euros for cereals, 70 million euros for fruit and 30 million euros for livestock."),
        "all.md": article("2025-06-02", "Paper", "The 4,000 jobs cut include 1,350 in Germany, 800 in the U.S. and "
                          "1,100 in the Netherlands, with the remaining 650 in Asia."),
    })
    sums = found[found["kind"] == "arithmetic"].set_index("sources")
    assert sums.loc["some.md", "severity"] == "info"
    assert sums.loc["some.md", "message"].endswith("the parts named fit within an estimated 300 million euros losses.")
    assert sums.loc["all.md", "severity"] == "error"
    assert sums.loc["all.md", "values"] == "1,350 in Germany + 800 in the U.S + 1,100 in the Netherlands + 650 in Asia = 3,900"


def test_a_rule_that_takes_effect_on_a_weekday_takes_it_in_the_coming_week():
    claims = extract_text("The restrictions, which take effect on Monday, limit use to 200 litres a day.", "2024-02-01")
    assert list(claims.loc[claims["kind"] == "date", "as_of_start"]) == ["2024-02-05"]


def test_units_written_onto_the_number_and_rain_by_one_name():
    figures = figure_claims("Only 22mm of rain fell in February. Rainfall totals reached 21 inches. Winds reached "
                            "140km/h.", "2024-03-02")
    assert list(zip(figures["measure"], figures["value"], figures["unit"])) == [
        ("rainfall", 22, "millimeter"), ("rainfall", 21, "inch"), ("wind speed", 140, "kilometer / hour")]


def test_a_day_of_rain_is_no_change_of_a_season_of_it(tmp_path):
    found = corpus_findings(tmp_path, {
        "wire.md": article("2025-07-15", "Wire", "Seville has received 118 millimetres of rain since Oct. 1, "
                           "AEMET data showed."),
        "paper.md": article("2025-07-19", "Paper", "A storm on Saturday brought 22mm of rain to Seville."),
    })
    assert found.empty, found[["kind", "message"]]


def test_a_years_visitors_are_no_level_a_months_changed(tmp_path):
    found = corpus_findings(tmp_path, {
        "wire.md": article("2025-01-06", "Wire", "Vietnam attracted 17.6 million foreign visitors in 2024.",
                           title="Tourism in Vietnam recovers"),
        "paper.md": article("2025-02-06", "Paper", "Vietnam welcomed 2.1 million visitors in January.",
                            title="Tourism in Vietnam grows"),
        "later.md": article("2025-02-09", "Daily", "Vietnam welcomed 2.2 million visitors in January.",
                            title="Tourism in Vietnam booms"),
    })
    assert list(zip(found["kind"], found["values"])) == [("conflict", "2.2 million vs 2.1 million")]


def test_bitcoin_is_money_a_fine_is_a_fine_and_a_model_number_counts_nothing():
    figures = figure_claims("Hackers demanded 50 bitcoin. The judge fined Okafor $250,000. Police seized two "
                            "Porsche 911 cars. Call the hotline on 1900 1234.", "2024-02-01")
    assert list(zip(figures["measure"], figures["value"], figures["unit"])) == [
        ("amount demand", 50, "BTC"), ("fine", 250000, "USD")]  # what was demanded, not paid
    dates = extract_text("Call the hotline on 1900 1234.", "2024-02-01")
    assert dates.empty


def test_a_sentence_of_years_and_months_is_one_length_of_time():
    figures = figure_claims("He was sentenced to 12 years and seven months in prison. The flight took two hours "
                            "and 40 minutes.", "2024-02-01")
    assert list(zip(figures["value"], figures["unit"], figures["surface"])) == [
        (151, "month", "12 years and seven months"), (160, "minute", "two hours and 40 minutes")]


def test_shares_that_closed_down_fell():
    figures = figure_claims("Shares in Kestrel closed down 5.4%. The stock ended up 2.1%.", "2024-02-01")
    assert list(figures["value"]) == [-5.4, 2.1]


def test_a_country_is_no_airline_and_pre_pandemic_names_no_outbreak(tmp_path):
    folder = write_corpus(tmp_path / "corpus", {"reuters.md": article(
        "2024-12-30", "Reuters",
        "HANOI, Dec 30 (Reuters) - Vietnam attracted nearly 17.6 million foreign visitors in 2024, almost back to "
        "its pre-pandemic peak, official data showed on Monday.\n\nTourism accounts for about 8% of Vietnam's "
        "economy. New routes include a Vietnam Airlines flight from Tokyo.",
        title="Vietnam foreign arrivals near pre-pandemic levels")})
    claims = load_corpus([folder], use_cache=False).claims
    visitors = only(claims[claims["kind"] == "figure"], "nearly 17.6 million foreign visitors")
    assert (visitors["subject"], visitors["as_of_start"], visitors["as_of_end"]) == ("Vietnam", "2024-01-01",
                                                                                      "2024-12-31")


def test_protesters_treated_for_injuries_were_injured():
    figure = only(figure_claims("At least 19 protesters were treated for injuries.", "2025-03-16"),
                  "At least 19 protesters were treated for injuries")
    assert (figure["measure"], figure["low"]) == ("injured", 19)


def test_a_range_keeps_both_ends_however_it_is_written():
    figures = figure_claims("The government expects 22 million to 23 million arrivals next year. Between 4 million "
                            "and 5 million people were affected. Estimates range from $8 billion to $12 billion.",
                            "2024-12-30")
    assert list(zip(figures["low"], figures["high"], figures["qualifier"])) == [
        (22e6, 23e6, "range"), (4e6, 5e6, "range"), (8e9, 12e9, "range")]


def test_a_quantity_opening_a_headline_and_an_article_number_are_no_subjects(tmp_path):
    folder = write_corpus(tmp_path / "corpus", {"ap.md": article(
        "2025-03-16", "AP", "The law was pushed through using Article 49.3 of the constitution. The Interior "
        "Ministry said 212,000 people demonstrated nationwide.",
        title="Hundreds of thousands march across France")})
    claims = load_corpus([folder], use_cache=False).claims
    assert {"Hundreds", "Article"}.isdisjoint(set(claims["subject"]))


def test_a_record_set_in_a_year_dates_the_record_and_from_a_month_dates_nothing():
    figures = figure_claims("The final rainfall total at the airport was 22.4 inches, breaking the record of 19.1 "
                            "inches set in 2001. The average price of a home rose 0.4% from January to 298,083 "
                            "pounds. The deficit will be 4.3%, above the 4.1% it had forecast in March.", "2025-03-07")
    assert list(zip(figures["value"], figures["as_of_start"])) == [
        (22.4, "2025-03-07"), (19.1, "2001-01-01"), (0.4, "2025-03-07"), (298083, "2025-03-07"),
        (4.3, "2025-03-01"), (4.1, "2025-03-01")]


def test_the_evacuation_of_residents_counts_the_evacuated_in_a_currency_no_subject():
    figures = figure_claims("The eruption forced the evacuation of nearly 4,000 residents. The fund holds "
                            "2 billion Icelandic crowns.", "2025-03-07")
    assert list(zip(figures["measure"], figures["value"], figures["unit"])) == [
        ("evacuated", 4000, ""), ("amount", 2e9, "ISK")]
    assert "Icelandic" not in set(figures["subject"])


def test_a_plan_that_moved_and_a_rise_then_a_fall_are_no_date_conflicts(tmp_path):
    found = corpus_findings(tmp_path, {
        "desk.md": article("2025-07-08", "Sports Desk", "Ferreira is due to have a medical in Manchester on Thursday."),
        "matchday.md": article("2025-07-11", "Matchday", "Ferreira passed his medical in Manchester on Wednesday."),
        "guardian.md": article("2025-03-07", "Guardian", "UK house prices rose by 0.4% in February, Halifax said."),
        "ft.md": article("2025-04-07", "FT", "UK house prices fell in March, Halifax said."),
    })
    assert "date_conflict" not in set(found["kind"]), found[["kind", "message"]]


def test_regressions_a_reviewer_found_in_this_round_stay_fixed():
    figures = figure_claims(
        "Nvidia said its quarterly revenue jumped 78% to $39.3 billion. The victory gave Trump 312 electoral votes. "
        "Bank of England Governor Andrew Bailey said the economy grew 0.1%. The Resolution Foundation estimates "
        "1.2 million families are worse off. Civic Renewal led with 95% of votes counted. The strike killed two "
        "senior military officers. At least 52 people have died of heatstroke in the heatwave.", "2025-03-12")
    assert list(zip(figures["measure"], figures["value"])) == [
        ("revenue change", 78), ("revenue", 39.3e9), ("votes", 312), ("economy change", 0.1), ("families", 1.2e6),
        ("votes", 95), ("killed", 2), ("killed", 52)]
    assert list(figures["subject"])[2:5] == ["Trump", "Bank of England", "Resolution Foundation"]


def test_regressions_in_dates_and_lengths_stay_fixed():
    claims = extract_text("Economists have forecast growth of 0.5% in April. The health ministry reported 42 new "
                          "deaths for Monday. Energy bills will rise 6.4% from April. Miners worked for 7 days and "
                          "12 hours a day.", "2025-03-12")
    figures = claims[claims["kind"] == "figure"]
    assert list(zip(figures["value"], figures["as_of_start"])) == [
        (0.5, "2025-04-01"), (42, "2025-03-10"), (6.4, "2025-04-01"), (7, "2025-03-12"), (12, "2025-03-12")]
    assert list(figure_claims("Arrivals rose by 5 million to 17.6 million visitors.", "2025-01-06")["value"]) == [17.6e6]


def test_a_weekly_wage_is_no_years_pay_and_a_years_pay_no_length_of_time():
    figures = figure_claims("His wages of around £200,000 per week would make him the best paid. Captain Whitlow "
                            "earns £9.4m a year.", "2025-07-08")
    assert list(zip(figures["measure"], figures["value"])) == [("wages per week", 200000), ("amount", 9.4e6)]


def test_a_transliteration_is_told_as_one(tmp_path):
    found = corpus_findings(tmp_path, {
        "wire.md": article("2025-03-16", "Wire", "President Volodymyr Zelenskiy said the attack was deliberate."),
        "paper.md": article("2025-03-16", "Paper", "President Volodymyr Zelensky said the attack was deliberate."),
    })
    variants = found[found["kind"] == "name_variant"]
    assert len(variants) == 1 and "(a common transliteration difference)" in variants.iloc[0]["message"]
