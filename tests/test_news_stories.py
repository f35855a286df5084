"""End to end on nine small stories in news styles (tests/fixtures/news_stories): what an
editor would flag, found; what is no discrepancy, not flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.pipeline import find_discrepancies, load_corpus

STORIES = Path(__file__).parent / "fixtures" / "news_stories"


@pytest.fixture(scope="module")
def findings():
    return {story: find_discrepancies(load_corpus([STORIES / story], use_cache=False))
            for story in ("outbreak", "earnings", "wildfire", "ferry")}


def _rows(table, kind: str, measure: str) -> list[tuple[str, str, str]]:
    rows = table[(table["kind"] == kind) & (table["measure"] == measure)]
    return list(zip(rows["subject"], rows["as_of"], rows["values"]))


def test_two_outlets_same_day_case_counts_conflict(findings):
    assert _rows(findings["outbreak"], "conflict", "cases") == [("West Texas", "2025-03-04", "171 vs 159")]


def test_a_segments_revenue_and_a_years_earlier_figure_are_no_conflict(findings):
    # "from $7.9 billion a year earlier", said of the quarter ended Sept. 30: that quarter of 2023
    assert _rows(findings["earnings"], "change", "revenue") == [
        ("Norvane Systems", "2023-07-01/2024-09-30", "$7.9 billion -> $8.4 billion")]
    revenue = findings["earnings"][findings["earnings"]["measure"] == "revenue"]
    assert not revenue["subject"].str.contains("segment").any()


def test_the_quarter_and_the_firm_under_its_short_name_surface_the_planted_conflicts(findings):
    """The Journal's "The Austin company posted third-quarter revenue of $8.6 billion" is
    Norvane Systems' July-September revenue, as Reuters' "$8.4 billion" for "the quarter
    ended Sept. 30" is; "Norvane Systems Inc." and a later "Norvane" are one firm."""
    earnings = findings["earnings"]
    assert _rows(earnings, "conflict", "revenue") == [
        ("Norvane Systems", "2024-07-01/2024-09-30", "$8.6 billion vs $8.4 billion")]
    assert _rows(earnings, "conflict", "jobs_change") == [
        ("Norvane Systems", "2024-10-24", "about 1,800 fewer vs about 2,000 fewer")]


def test_an_elections_turnout_is_the_elections_whoever_the_sentence_before_named():
    found = find_discrepancies(load_corpus([STORIES / "election"], use_cache=False))
    assert _rows(found, "conflict", "turnout") == [("election", "2025-10-05", "68.3% vs 66.1%")]


def test_a_level_up_from_last_weeks_corroborates_last_weeks_report(findings):
    """The Chronicle's "52 new cases, up from 36 the previous week" (the week before the
    week ended March 8) is the Tribune's "36 new cases ... in the past week"; the AP's "159
    cases, ... up from 146 on Friday" recaps Friday and is no same-day conflict."""
    outbreak = findings["outbreak"]
    assert _rows(outbreak, "corroborated", "cases_change") == [("outbreak", "2025-02-24/2025-03-02",
                                                                "36 more; 36 more")]
    assert _rows(outbreak, "conflict", "cases") == [("West Texas", "2025-03-04", "171 vs 159")]


def test_a_toll_scoped_to_a_place_is_not_the_outbreaks_toll(findings):
    """Reuters' "The two deaths" (Texas and New Mexico) and the Chronicle's "The death
    toll in Texas remains at one" are no falling toll."""
    assert _rows(findings["outbreak"], "conflict", "killed") == []


def test_figures_by_a_past_tuesday_corroborate_that_tuesdays(findings):
    wildfire = findings["wildfire"]
    # and Reuters' "74 structures, up from 71 on Thursday" is the Star's Thursday count
    assert _rows(wildfire, "corroborated", "structures destroyed") == [("Sable Creek Fire", "2024-08-06", "at least 40; 40"),
                                                             ("Sable Creek Fire", "2024-08-08", "71; 71")]
    assert _rows(wildfire, "conflict", "area") == [("Sable Creek Fire", "2024-08-06",
                                                    "14,000 acres vs about 12,500 acres")]


def test_a_sinkings_toll_is_revised_and_its_missing_change(findings):
    ferry = findings["ferry"]
    assert _rows(ferry, "revision", "killed") == [("sinking", "2025-07-20/2025-07-22", "at least 14 -> 21")]
    assert _rows(ferry, "change", "missing") == [("sinking", "2025-07-21/2025-07-22", "20 -> 13")]


def test_a_capsizing_on_sunday_and_a_toll_rising_on_tuesday_are_no_date_conflict(findings):
    """"capsized in rough seas off the island of Sulawesi late Sunday" and "the sinking of a
    ferry off Indonesia's Sulawesi island rose to 21 on Tuesday" share a place, not an event."""
    assert not (findings["ferry"]["kind"] == "date_conflict").any()


def test_a_derailments_planted_passenger_conflict_is_found_and_an_older_toll_kept_apart():
    """AP's "carrying 187 passengers" and the Courier's "143 passengers" the same day are one
    train's count; AP's "since 2015, when eight people were killed and more than 200 injured"
    is another crash's, so it neither conflicts with the toll nor joins its revisions."""
    found = find_discrepancies(load_corpus([STORIES / "derailment"], use_cache=False))
    passengers = found[(found["kind"] == "conflict") & (found["measure"] == "passengers")]
    assert list(passengers["subject"]) == ["crash"] and passengers.iloc[0]["values"].startswith("187 vs 143")
    assert _rows(found, "revision", "killed") == [("crash", "2025-03-10/2025-03-13", "six -> nine")]
    assert not found[found["measure"].isin(["killed", "injured"]) & (found["kind"] == "conflict")].shape[0]


def test_a_budget_breakdown_with_a_remaining_part_is_summed_whole():
    found = find_discrepancies(load_corpus([STORIES / "city_budget"], use_cache=False))
    arithmetic = sorted(zip(found.loc[found["kind"] == "arithmetic", "values"],
                            found.loc[found["kind"] == "arithmetic", "severity"]))
    assert len(arithmetic) == 2 and arithmetic[0][0].endswith("= 3950 million USD")
    # "will rise to $412 million next year from $384 million, an increase of 7.3%": as stated
    assert arithmetic[1] == ("($412 million - $384 million) / $384 million = 7.3%", "info")
    assert "date_conflict" not in set(found["kind"])


def test_a_heatwaves_temperatures_conflict_and_its_crop_damage_is_no_fire_area():
    """The Guardian's 47.1C at Córdoba airport on Tuesday against AP's 46.8 degrees Celsius
    is a conflict (the stated digits leave no overlap); Sunday's 34C, "13 degrees below last
    Tuesday's high", is Sunday's; hectares of crops damaged are no wildfire's area; two
    reservoir levels on two days are no event dated twice."""
    found = find_discrepancies(load_corpus([STORIES / "heatwave"], use_cache=False))
    assert _rows(found, "conflict", "temperature") == [("Córdoba", "2025-07-15", "47.1C vs 46.8 degrees Celsius")]
    assert _rows(found, "change", "crops damaged") == [
        ("heatwave", "2025-07-15/2025-07-21", "about 60,000 hectares -> about 85,000 hectares")]
    assert not set(found["kind"]) & {"date_conflict"} and "area" not in set(found["measure"])


def test_a_plane_crashs_toll_is_corroborated_and_a_misspelt_investigator_flagged():
    found = find_discrepancies(load_corpus([STORIES / "plane_crash"], use_cache=False))
    assert _rows(found, "corroborated", "killed") == [("crash", "2025-03-16/2025-03-17", "157; 157; 157")]
    names = found[found["kind"] == "name_variant"]
    assert list(names["values"]) == ["Amos Kiprotich / Amos Kiprotitch"]
    assert "error" not in set(found["severity"])
