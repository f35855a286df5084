"""Subjects, as-of dates and names the way an editor reads wire copy (story subjects,
organisations that are no people, dates that belong to another part of the sentence)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.claims import extract_text
from checker.config import load_config
from checker.pipeline import find_discrepancies, load_corpus
from checker.subjects import normalise_subject, story_event

LEXICON = load_config().lexicon
HURRICANE = Path(__file__).parent / "fixtures" / "real_news_subjects" / "hurricane"


def figure(claims, surface_part):
    rows = claims[(claims["kind"] == "figure") & claims["surface"].str.contains(surface_part, regex=False)]
    assert len(rows) >= 1, claims[["surface", "subject"]]
    return rows.iloc[0]


def article(title: str, body: str) -> str:
    return f"---\ntitle: \"{title}\"\npublished: 2031-08-04\n---\n\n{body}\n"


# --- story subjects -----------------------------------------------------------------------

def test_named_event_is_the_story_subject():
    body = "A wildfire in the hills has killed two people.\n\nThe Ridge fire broke out on Saturday."
    assert story_event("Wildfire kills two in the hills", body, LEXICON) == "Ridge Fire"


def test_an_agency_named_like_an_event_is_not_the_story():
    body = "Cal Fire said 40 homes burned.\n\nCal Fire said crews were on the lines."
    assert story_event("Crews battle blaze", body, LEXICON) == "fire"


def test_historical_event_is_not_the_story():
    body = "The blaze is near Paradise, where the 2018 Camp Fire killed 85 people."
    assert story_event("Wildfire kills two", body, LEXICON) == "fire"


def test_normalised_subjects_match_across_house_styles():
    assert normalise_subject("the Ridge fire", LEXICON) == normalise_subject("Ridge Fire", LEXICON) == "Ridge Fire"


def test_toll_belongs_to_the_story_not_the_place_before_it(tmp_path):
    text = article("Strong quake kills 14 in the south",
                   "MANILA (AFP) - A magnitude 6.9 earthquake struck the island of Mindanao late Sunday, "
                   "killing at least 14 people, officials said Monday.")
    path = tmp_path / "a.md"
    path.write_text(text)
    claims = load_corpus([tmp_path], use_cache=False).claims
    assert figure(claims, "killing at least 14")["subject"] == "earthquake"


def test_toll_scoped_to_a_place_keeps_the_place():
    claims = extract_text("Hurricane Mara struck on Sunday.\n\nThe storm killed three people in Navarre, "
                          "officials said.", "2031-08-04")
    assert figure(claims, "killed three people")["subject"] == "Navarre"


# --- candidates that are never subjects ----------------------------------------------------

@pytest.mark.parametrize("sentence, surface", [
    ("The quake hit at 10:42 pm (1442 GMT) at a depth of 10 kilometres.", "10 kilometres"),
    ("The fire broke out near Highway 70 and has burned 31,500 acres.", "31,500 acres"),
    ("The fire has burned 12,900 hectares, an area twice the size of Manhattan.", "12,900 hectares"),
])
def test_time_zones_roads_and_comparisons_are_not_subjects(sentence, surface):
    subject = figure(extract_text(sentence, "2031-08-04"), surface)["subject"]
    assert subject not in ("GMT", "Highway", "Manhattan")


def test_grammatical_subject_of_the_second_clause_wins():
    claims = extract_text("The United Nations said it was ready to help, and Japan pledged $2 million in aid.",
                          "2031-08-04")
    assert figure(claims, "$2 million")["subject"] == "Japan"


def test_a_company_reporting_a_figure_is_its_subject():
    claims = extract_text("Deutsche Bahn reported a loss of 1.8 billion euros last year.", "2031-08-04")
    assert figure(claims, "1.8 billion euros")["subject"] == "Deutsche Bahn"


def test_the_council_is_the_one_council_the_article_names():
    text = ("Bristol City Council has set out plans to cut jobs.\n\n"
            "The council began consulting on the plans and received more than 4,200 responses.")
    assert figure(extract_text(text, "2031-08-04"), "4,200 responses")["subject"] == "Bristol City Council"


def test_subject_does_not_carry_over_a_paragraph_break():
    text = ("Opposition Labour group leader Asher Craig said spending rose by 38% to £92m.\n\n"
            "Among the proposals is the closure of four of the city's 27 libraries.")
    assert figure(extract_text(text, "2031-08-04"), "27 libraries")["subject"] != "Opposition Labour"


# --- names ------------------------------------------------------------------------------

def names(text):
    claims = extract_text(text, "2031-08-04")
    return claims[claims["kind"] == "name"]["subject"].tolist()


@pytest.mark.parametrize("text", [
    "Cal Fire said 47 structures had been destroyed.",
    "Deutsche Bahn said it was running about 20% of trains.",
    "The American Red Cross said 340 people spent the night there.",
    "The County Councils Network said that was not enough.",
    "The Office of Civil Defense said in its bulletin that roads were shut.",
])
def test_organisations_are_not_people(text):
    assert names(text) == []


def test_titles_and_possessives_are_not_part_of_a_name():
    assert names("Butte County Sheriff Kory Honea said two bodies were found.") == ["Kory Honea"]
    assert names("President Ferdinand Marcos Jr. ordered agencies to help.") == ["Ferdinand Marcos Jr"]
    assert names("Unison's Helen Marsh said the union would ballot members.") == ["Helen Marsh"]


def test_the_speaker_is_not_the_subject_of_the_figure():
    claims = extract_text("Teresito Bacolcol, director of the institute, said the agency had recorded "
                          "more than 1,400 aftershocks.", "2031-08-04")
    assert "Teresito Bacolcol" in claims[claims["kind"] == "name"]["subject"].tolist()
    assert figure(claims, "1,400 aftershocks")["subject"] != "Teresito Bacolcol"


def test_councillor_is_not_the_subject_of_an_amount():
    claims = extract_text("Cllr Hayworth, who has led the council since May 2024, said the authority had "
                          "already saved £210m since 2016.", "2031-08-04")
    assert figure(claims, "£210m")["subject"] != "Cllr Hayworth"


# --- as-of dates ----------------------------------------------------------------------------

def test_since_a_date_runs_to_the_source_date():
    claims = extract_text("The fire has destroyed more than 230 buildings since it broke out on 6 September.",
                          "2025-09-12")
    row = figure(claims, "230 buildings")
    assert (row["as_of_start"], row["as_of_end"], row["as_of_basis"]) == ("2025-09-06", "2025-09-12", "stated")


def test_down_from_a_dated_peak_dates_the_peak_only():
    claims = extract_text("About 3,000 people remain in shelters, down from a peak of 6,100 on Tuesday.",
                          "2025-09-12")
    assert figure(claims, "3,000 people")["as_of_start"] == "2025-09-12"


@pytest.mark.parametrize("sentence, surface", [
    ("The 17th-century bell tower collapsed during mass, killing two worshippers.", "two worshippers"),
    ("The company's bonds due 2030 fell 0.3% on the news.", "0.3%"),
    ("The fire is burning about 15 miles from Paradise, where the 2018 Camp Fire killed 85 people.",
     "about 15 miles"),
])
def test_dates_that_qualify_something_else_are_not_the_as_of(sentence, surface):
    row = figure(extract_text(sentence, "2025-09-12"), surface)
    assert (row["as_of_start"], row["as_of_basis"]) == ("2025-09-12", "source_date")


# --- a corpus: one story told by three outlets ---------------------------------------------

@pytest.fixture(scope="module")
def hurricane():
    corpus = load_corpus([HURRICANE], use_cache=False)
    return corpus.claims, find_discrepancies(corpus)


def test_every_outlet_gives_the_toll_the_same_subject(hurricane):
    claims, _ = hurricane
    tolls = claims[(claims["measure"] == "killed") & (claims["part_of"] == "")]
    assert set(tolls["subject"]) == {"Hurricane Mara"}


def test_same_day_tolls_conflict_and_later_ones_revise(hurricane):
    _, findings = hurricane
    mara = findings[(findings["subject"] == "Hurricane Mara") & (findings["measure"] == "killed")]
    assert "conflict" in set(mara["kind"])  # two vs three on 4 August
    assert "revision" in set(mara["kind"])  # -> five on 6 August


def test_sheriff_spelled_two_ways_is_a_name_variant(hurricane):
    claims, findings = hurricane
    people = set(claims[claims["kind"] == "name"]["subject"])
    assert {"Dana Pruitt", "Dana Pruit"} <= people and "American Red Cross" not in people
    variants = findings[findings["kind"] == "name_variant"]
    assert any("Dana Pruitt" in v and "Dana Pruit" in v for v in variants["values"])


def test_a_dateline_is_not_a_subject(hurricane):
    claims, _ = hurricane
    assert not claims["subject"].isin(["PENSACOLA", "Fla", "Pensacola"]).any()
