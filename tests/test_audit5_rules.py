"""Readings found missing on wire, business and economics copy: an earlier level after
"up from" dated by its own date, offsets counted from the sentence's date, the head of a
compound before a change verb, crews and survivors."""

from __future__ import annotations

from checker.claims import extract_text
from tests.corpora import figure_claims, only


def _figures(text: str, source_date: str = "2025-07-23"):
    return figure_claims(text, source_date)


_one = only


def test_up_from_after_a_toll_is_the_tolls_earlier_level():
    figures = _figures("Last year, 312 people died in ferry accidents across the country, "
                       "up from 280 in 2023, according to the transport ministry.")
    earlier = _one(figures, "280")
    assert (earlier["measure"], earlier["value"], earlier["as_of_start"], earlier["as_of_end"]) == \
        ("killed", 280.0, "2023-01-01", "2023-12-31")


def test_a_year_earlier_counts_from_the_month_the_sentence_gave():
    figures = _figures("The company employed 4,200 workers in March, up from 3,900 a year earlier.")
    earlier = _one(figures, "3,900")
    # March (of the source's year, 2025) a year before: March 2024, at the month's precision
    assert (earlier["measure"], earlier["as_of_start"], earlier["as_of_end"], earlier["as_of_precision"]) == \
        ("workers", "2024-03-01", "2024-03-31", "month")


def test_the_previous_week_is_the_week_before_the_sentences_week():
    claims = extract_text("In the week ended March 8, health officials recorded 52 new cases, "
                          "up from 36 the previous week.", "2025-03-11")
    previous = _one(claims[claims["kind"] == "date"], "the previous week")
    assert (previous["as_of_start"], previous["as_of_end"], previous["as_of_precision"]) == \
        ("2025-02-24", "2025-03-02", "week")
    assert _one(claims[claims["kind"] == "figure"], "36")["as_of_start"] == "2025-02-24"


def test_two_days_later_after_a_year_says_no_day():
    claims = extract_text("The dam was finished in 2019 and opened two days later.", "2025-03-11")
    later = _one(claims[claims["kind"] == "date"], "two days later")
    assert later["as_of_precision"] == "day" and later["as_of_start"] == "2025-03-13"  # from the source date


def test_partitive_whole_before_up_from_is_not_what_the_level_is_of():
    figures = _figures("Women will hold 56 of the 200 seats in the new chamber, up from 50 after the 2021 election.")
    assert "50" not in set(figures["surface"])


def test_a_compound_before_a_change_verb_is_named_by_its_head():
    figures = _figures("British consumer price inflation fell to 3.2% in October from 3.8% in September.", "2025-11-19")
    assert list(zip(figures["measure"], figures["value"], figures["as_of_start"])) == [
        ("inflation", 3.2, "2025-10-01"), ("inflation", 3.8, "2025-09-01")]


def test_the_rate_of_a_thing_is_that_things_rate():
    figures = _figures("The UK's annual rate of inflation dropped sharply to 3.2% last month.", "2025-11-19")
    assert list(figures["measure"]) == ["inflation"]  # "inflation rate", as the vocabulary names it


def test_slowed_is_a_fall_to_a_level():
    figures = _figures("Food price inflation slowed to 4.5%, from 4.9% in September.", "2025-11-19")
    assert list(figures["measure"]) == ["inflation", "inflation"]


def test_crews_and_survivors_are_counted():
    figures = _figures("A ferry carrying 112 passengers and 9 crew members capsized on Sunday. "
                       "Of the 121 people on board, 87 survived.")
    assert list(zip(figures["measure"], figures["value"])) == [
        ("passengers", 112.0), ("crew", 9.0), ("people", 121.0), ("survivors", 87.0)]
