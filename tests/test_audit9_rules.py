"""Readings found wrong on stories told by three outlets each (an earthquake, an election,
a merger, a cyclone, a trial, hospital waiting lists): tolls of none, wire datelines with
a colon, one start told with two verbs, changes measured against a year earlier, the
tense of an apposition, days that name an event, shares stated with their counts, names
after "said" or before an age, and headlines with a colon in hand-written front matter."""

from __future__ import annotations

from checker.claims import extract_text
from checker.cli import main
from checker.pipeline import find_discrepancies, load_corpus
from tests.corpora import article, figure_claims, only, write_corpus


def _findings(tmp_path, articles: dict[str, str]):
    return find_discrepancies(load_corpus([write_corpus(tmp_path / "corpus", articles)], use_cache=False))


def _dates(text: str, source_date: str) -> dict[str, str]:
    claims = extract_text(text, source_date)
    dated = claims[claims["kind"] == "date"]
    return dict(zip(dated["surface"], dated["as_of_start"]))


def test_a_toll_of_none_is_zero_and_a_later_toll_raises_it(tmp_path):
    figures = figure_claims("None of the 40 passengers was injured. No deaths have been reported.", "2025-03-04")
    assert list(zip(figures["measure"], figures["value"])) == [("passengers", 40.0), ("injured", 0.0),
                                                             ("killed", 0.0)]
    assert figure_claims("Officials hope no one is hurt. There were no new deaths.", "2025-03-04").empty
    findings = _findings(tmp_path, {
        "a.md": article("2025-03-04", "Daily A", "No one was killed when the Harlow dam burst, police said."),
        "b.md": article("2025-03-04", "Daily B", "Two people were killed when the Harlow dam burst."),
        "c.md": article("2025-03-06", "Daily C", "Five people were killed when the Harlow dam burst."),
    })
    killed = findings[findings["measure"] == "killed"]
    assert set(killed["kind"]) == {"conflict", "revision"}
    assert killed[killed["kind"] == "conflict"].iloc[0]["values"] == "two vs no one"  # as each outlet wrote it


def test_a_wire_dateline_with_a_colon_is_no_subject():
    figures = figure_claims("CAIRO: Floods killed 12 people in Aswan on Tuesday.", "2025-03-04")
    assert only(figures, "killed 12 people")["subject"] == "Aswan"


def test_one_start_told_with_two_verbs_is_one_event_dated_twice(tmp_path):
    findings = _findings(tmp_path, {
        "a.md": article("2025-08-12", "Daily A", "The Ridge Fire broke out Saturday afternoon near Paradise."),
        "b.md": article("2025-08-13", "Daily B", "The Ridge Fire ignited on Sunday near Paradise, officials said."),
    })
    conflict = findings[findings["kind"] == "date_conflict"]
    assert list(conflict["values"]) == ["2025-08-09 vs 2025-08-10"]


def test_a_change_against_a_year_earlier_is_dated_now():
    figures = figure_claims("Sales were up 9 per cent on the same month last year.", "2025-07-17")
    assert (only(figures, "9 per cent")["measure"], only(figures, "9 per cent")["as_of_start"]) \
        == ("sales change", "2025-07-17")
    rise = figure_claims("That was an increase of 6.5 per cent on a year earlier.", "2025-07-17")
    assert (only(rise, "6.5 per cent")["measure"], only(rise, "6.5 per cent")["value"],
            only(rise, "6.5 per cent")["as_of_start"]) == ("share change", 6.5, "2025-07-17")
    exports = figure_claims("Exports posted a fall of 23 per cent in March.", "2025-07-17")
    assert (only(exports, "23 per cent")["measure"], only(exports, "23 per cent")["value"],
            only(exports, "23 per cent")["as_of_start"]) == ("exports change", -23.0, "2025-03-01")
    # the day a change happened still dates it
    monday = figure_claims("Shares rose 3% on Monday.", "2025-07-17")
    assert only(monday, "3%")["as_of_start"] == "2025-07-14"


def test_an_apposition_or_a_participle_is_not_under_the_sentences_will():
    dates = _dates("Corvant will pay $74 per share, a premium of 38% to Meridia's closing price on Friday.",
                   "2026-02-04")
    assert dates["on Friday"] == "2026-01-30"
    dates = _dates("Solano won 34 percent, setting up a runoff with Quesada on April 5, results showed.",
                   "2026-02-04")
    assert dates["April 5"] == "2026-04-05"
    assert _dates("The storm will make landfall on Friday, forecasters said.", "2026-02-04")["on Friday"] \
        == "2026-02-06"


def test_a_day_naming_an_event_does_not_date_its_toll():
    figures = figure_claims("Officials said on Thursday that 319 people had been confirmed dead in the March 9 "
                            "earthquake.", "2025-03-14")
    assert only(figures, "319 people had been confirmed dead")["as_of_start"] == "2025-03-13"


def test_a_storm_since_which_is_counted_is_dated_by_its_year():
    figures = figure_claims("It was the deadliest storm since a 1970 storm killed an estimated 300,000 people.",
                            "2025-03-14")
    claim = only(figures, "killed an estimated 300,000 people")
    assert (claim["as_of_start"], claim["as_of_end"]) == ("1970-01-01", "1970-12-31")


def test_a_share_stated_with_its_counts_is_checked(tmp_path):
    findings = _findings(tmp_path, {"a.md": article("2026-02-02", "Daily A", (
        "Solano won 712,450 of the 2,286,000 valid votes cast, or 34.2 percent.\n\n"
        "The merger will cost 2,500 jobs, about 12 per cent of the combined workforce of 31,000.\n\n"
        "Some 4,200 of the city's 15,000 teachers (28%) went on strike.\n"))})
    shares = findings[(findings["kind"] == "arithmetic")].sort_values("values")
    assert list(zip(shares["values"], shares["severity"])) == [
        ("2,500 / 31,000 = 8.1%", "error"), ("712,450 / 2,286,000 = 31.2%", "error"),
        ("Some 4,200 / 15,000 = 26.6-29.4%", "info")]


def test_names_after_said_or_before_an_age_are_read():
    claims = extract_text("The toll rose to 41, said Kamrul Hassan Chowdhury, the top official in the district. "
                          "Shahida Begum, 52, a fish trader, lost her home. The figures were confirmed, said "
                          "Human Rights Watch, a New York-based group.", "2025-10-24")
    assert list(claims.loc[claims["kind"] == "name", "subject"]) == ["Kamrul Hassan Chowdhury", "Shahida Begum"]


def test_a_name_with_one_word_misspelt_is_one_person(tmp_path):
    findings = _findings(tmp_path, {
        "a.md": article("2025-03-10", "Daily A", "Mayor Carlos Ramírez Tello said the school collapsed."),
        "b.md": article("2025-03-11", "Daily B", "Mayor Carlos Ramirez Tellez said rescuers were working."),
        "c.md": article("2025-03-11", "Daily C", "Mayor Carlos Ramírez Soto said rescuers were working."),
    })
    variants = findings[findings["kind"] == "name_variant"]
    assert list(variants["values"]) == ["Carlos Ramirez Tellez / Carlos Ramírez Tello"]


def test_a_headline_with_a_colon_in_front_matter_is_read(tmp_path, capsys):
    folder = write_corpus(tmp_path / "c", {"a.md": "---\ntitle: Peru earthquake: survivors dig out\noutlet: BBC\n"
                                                   "published: 2025-03-12\n---\nThe quake killed 40 people.\n"})
    corpus = load_corpus([folder], use_cache=False)
    assert list(corpus.documents["title"]) == ["Peru earthquake: survivors dig out"]
    assert "front matter is not valid YAML at line 2; read as plain 'field: value' lines" in capsys.readouterr().err
    (folder / "a.md").write_text("---\ntitle: [unclosed\n---\nText.\n")
    assert main(["claims", str(folder / "a.md"), "--no-cache"]) == 2


def test_a_level_run_to_a_record_counts_the_noun_before_it():
    figures = figure_claims("The number of patients waiting rose to a record 612,400, up from 587,900 a year "
                            "earlier. Arrivals hit a record 2.1 million in July.", "2025-07-17")
    assert list(zip(figures["measure"], figures["value"], figures["as_of_start"])) == [
        ("patients", 612_400.0, "2025-07-17"), ("patients", 587_900.0, "2024-01-01"),
        ("arrivals", 2_100_000.0, "2025-07-01")]


def test_counts_of_places_after_a_comma_are_the_totals_parts(tmp_path):
    findings = _findings(tmp_path, {"a.md": article("2025-10-24", "Daily A", (
        "In all, 1.2 million people were evacuated, 780,000 in Bangladesh and 520,000 in India.\n\n"
        "The storm killed 319 people, 212 in Khulna and 97 in neighbouring Satkhira.\n"))})
    sums = findings[findings["kind"] == "arithmetic"].sort_values("values")
    assert list(zip(sums["values"], sums["severity"])) == [
        ("212 in Khulna + 97 in neighbouring Satkhira = 309", "error"),
        ("780,000 in Bangladesh + 520,000 in India = 1.3 million", "error")]
    # a list of places is no total and its parts
    cases = figure_claims("The state has confirmed 41 cases in Holmes County, 11 in Wayne County and four in "
                          "Stark County.", "2025-03-04")
    assert list(cases["part_of"]) == ["", "", ""] and list(cases["value"]) == [41.0, 11.0, 4.0]
