"""Readings found wrong on stories told by three outlets each (a wildfire, a measles
outbreak, tech layoffs with quarterly results, a train derailment, a national budget, a
marathon record): dates bounded or told of a figure, money per share and in brackets,
results tables, lists of places, names with "&", and an outbreak's running count; and
the near misses an adversarial review found in them."""

from __future__ import annotations

from checker.claims import extract_text
from tests.corpora import article, corpus_findings, date_starts, figure_claims, only


def test_a_period_bounded_under_a_past_verb_after_it_is_past():
    figures = figure_claims("Through Aug. 10, wildfires had burned about 372,000 acres statewide.", "2025-08-12")
    assert only(figures, "about 372,000 acres")["as_of_start"] == "2025-08-10"
    # still ahead when nothing past is told: the coming one
    assert date_starts("The museum stays open through Aug. 10.", "2025-08-12")["Aug. 10"] == "2026-08-10"


def test_weekdays_of_a_named_week_are_that_weeks():
    dates = date_starts("The clinic gave 640 doses from Monday to Thursday this week.", "2025-03-14")
    assert (dates["Monday"], dates["Thursday"]) == ("2025-03-10", "2025-03-13")
    assert date_starts("The strike began on Tuesday last week.", "2025-03-14")["on Tuesday"] == "2025-03-04"


def test_an_outlook_as_a_noun_does_not_look_ahead():
    assert date_starts("S&P Global revised its outlook to negative in October.", "2025-01-28")["October"] == "2024-10-01"
    assert date_starts("Fitch affirmed the rating with a negative outlook on July 11.", "2025-07-24")["July 11"] \
        == "2025-07-11"
    assert date_starts("The bank gave its outlook for March 3.", "2025-03-10")["March 3"] == "2026-03-03"


def test_a_clause_telling_of_a_figure_named_with_the_dates_it():
    figures = figure_claims("The case count this year is already 12 times the eight cases the state recorded "
                            "in all of last year.", "2025-03-14")
    assert only(figures, "eight cases")["as_of_start"] == "2024-01-01"
    costs = figure_claims("Cleanup costs have reached $120 million, up from the $75 million it estimated in March.",
                          "2025-07-14")
    assert list(costs["measure"]) == ["cost", "cost"]
    assert list(costs["as_of_start"]) == ["2025-07-14", "2025-03-01"]


def test_a_year_earlier_ending_the_sentence_dates_only_the_figure_compared_with():
    figures = figure_claims("Net income climbed to $612 million, or 94 cents per share, from $538 million, "
                            "or 83 cents per share, a year earlier.", "2025-07-29")
    assert list(figures["measure"]) == ["income", "income per share", "income", "income per share"]
    assert list(figures["value"]) == [612_000_000.0, 0.94, 538_000_000.0, 0.83]
    assert list(figures["unit"]) == ["USD"] * 4
    assert list(figures["as_of_start"]) == ["2025-07-29", "2025-07-29", "2024-01-01", "2024-01-01"]


def test_money_in_another_currency_in_brackets_is_the_same_figure():
    figures = figure_claims("The deficit was 152.7 billion lei ($32.1 billion), the ministry said.", "2025-03-10")
    assert list(figures["surface"]) == ["152.7 billion lei"]
    assert '"restated": "$32.1 billion"' in figures.iloc[0]["detail"]
    both = figure_claims("Turnout was 52% (48% in 2019).", "2025-03-10")
    assert len(both) == 2  # percentages in brackets are not conversions


def test_a_results_table_names_its_figures_by_their_labels():
    figures = figure_claims("Revenue: $4.82 billion vs. $4.71 billion expected. EPS: 94 cents vs. 88 cents "
                            "expected.", "2025-07-29")
    # cents are money only per share: "EPS: 94 cents" stays a count of cents, its expectation a forecast
    assert list(figures["measure"]) == ["revenue", "revenue forecast", "cents", "cents forecast"]
    assert list(figures["value"]) == [4_820_000_000.0, 4_710_000_000.0, 94.0, 88.0]
    guided = figure_claims("The company guided to third-quarter revenue of $4.90 billion to $5.05 billion.",
                           "2025-07-29")
    assert list(guided["measure"]) == ["revenue forecast"]
    estimated = figure_claims("The damage is estimated at $50 million.", "2025-07-29")
    assert list(estimated["measure"]) == ["damage"]  # an estimate of what happened is no forecast


def test_number_words_of_ten_or_more_count_any_noun():
    figures = figure_claims("Thirty-eight cars of the 141-car train left the tracks.", "2025-03-10")
    assert (only(figures, "Thirty-eight cars")["value"], only(figures, "Thirty-eight cars")["measure"]) == (38.0, "cars")
    assert figure_claims("The two leaders met in Geneva.", "2025-03-10").empty


def test_a_list_of_places_counts_what_its_first_item_counts():
    figures = figure_claims("The state has confirmed 41 cases in Holmes County, 11 in Wayne County and four "
                            "in Stark County.", "2025-03-10")
    assert list(zip(figures["subject"], figures["measure"], figures["value"])) == [
        ("Holmes County", "cases", 41.0), ("Wayne County", "cases", 11.0), ("Stark County", "cases", 4.0)]


def test_names_with_an_ampersand_are_one_name():
    figures = figure_claims("Shares of PG&E Corp fell 4.2% to $14.87.", "2025-03-10")
    assert set(figures["subject"]) == {"PG&E"}


def test_a_countrys_company_or_place_is_no_person():
    claims = extract_text("Denmark's Novo Nordisk will cut 9,000 jobs. London's Canary Wharf lost 3,000 jobs. "
                          "The R&D budget rose.", "2025-03-10")
    assert claims[claims["kind"] == "name"].empty


def test_restatements_on_another_basis_keep_their_own_measure():
    figures = figure_claims("Acme Corp said its revenue was $5 billion, or $4.8 billion at constant currency. "
                            "In Ohio, the unemployment rate was 4.2%, or 4.4% for men. "
                            "A Russian guided aerial bomb killed five people.", "2025-03-10")
    assert list(figures["measure"]) == ["revenue", "amount", "unemployment", "share", "killed"]


def test_an_outbreaks_count_grows_it_is_not_revised(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-03-07", "Dispatch", "Wayne County has confirmed 11 measles cases, officials said."),
        "b.md": article("2025-03-11", "AP", "Wayne County has confirmed 17 measles cases, officials said."),
        "c.md": article("2025-03-14", "NBC", "Wayne County has confirmed 21 measles cases, officials said."),
    })
    grew = found[found["measure"] == "cases"]
    assert list(grew["kind"]) == ["change"]
    assert list(grew["severity"]) == ["info"]
    assert grew.iloc[0]["values"] == "11 -> 17 -> 21"
    lower = corpus_findings(tmp_path / "lower", {
        "a.md": article("2025-03-07", "Dispatch", "Wayne County has confirmed 17 measles cases, officials said."),
        "b.md": article("2025-03-11", "AP", "Wayne County has confirmed 11 measles cases, officials said."),
    })
    assert "conflict" in set(lower["kind"])  # a running count cannot fall
    assert "change" not in set(lower[lower["measure"] == "cases"]["kind"])


def test_doses_over_four_days_are_no_running_total(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-03-05", "Dispatch", "The county health department has given more than 1,900 doses "
                        "of vaccine since Feb. 3."),
        "b.md": article("2025-03-05", "NBC", "The county health department gave 190 doses on Monday."),
    })
    assert found[found["measure"] == "doses"].empty, found[["kind", "message"]]


def test_a_datelines_date_is_when_the_story_was_filed():
    claims = extract_text("HANOI, Dec 30 (Reuters) - About 2,000 residents were evacuated on Monday.", "2025-12-30")
    dates = claims[claims["kind"] == "date"]
    assert list(dates["subject"]) == ["dateline", "2,000 residents were evacuated"]
    assert '"dateline": true' in dates.iloc[0]["detail"]


def test_a_school_year_or_season_runs_from_august():
    assert date_starts("Coverage was 89.6% in the 2023-24 school year.", "2025-03-10")["2023-24"] == "2023-08-01"
    assert date_starts("The club's 2023-24 accounts show a loss.", "2025-03-10")["2023-24"] == "2023-04-01"


def test_cuts_and_packages_are_what_they_are_worth():
    figures = figure_claims("The government approved spending cuts worth 32 billion lei and tax cuts of $1.5 "
                            "trillion. Norvana announced roughly 1,800 job cuts.", "2025-03-10")
    assert list(figures["measure"]) == ["spending cuts", "tax cuts", "jobs_change"]
    assert list(figures["value"]) == [32_000_000_000.0, 1_500_000_000_000.0, -1800.0]
