"""Numbers and qualifiers -> value and interval, including property tests."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.config import load_config
from checker.numbers import find_numbers, format_number, parse_number

CONFIG = load_config()


@pytest.mark.parametrize(("text", "value"), [
    ("3,700", 3700), ("1.5 million", 1_500_000), ("seven", 7), ("twenty-nine", 29), ("Thirty-two", 32),
    ("a dozen", 12), ("two hundred and fifty", 250), ("three thousand", 3000), ("$3.5bn", None),
    ("4\u00a0700", 4700), ("half a million", 500_000),
])
def test_parse_number(text, value):
    if value is None:
        return
    assert parse_number(text) == value


@pytest.mark.parametrize(("text", "value", "low", "high", "qualifier"), [
    ("about 3,700 soldiers", 3700, 3515, 3885, "about"),
    ("some 2,300 residents", 2300, 2185, 2415, "about"),
    ("close to 4,000 of them", 4000, 3800, 4000, "close_to"),
    ("nearly 90 people", 90, 85.5, 90, "close_to"),
    ("more than 3,600 troops", 3600, 3600, math.inf, "at_least"),
    ("at least 85 people", 85, 85, math.inf, "at_least"),
    ("fewer than 50 people", 50, 0, 50, "at_most"),
    ("up to 500 people", 500, 250, 500, "up_to"),
    ("between 300 and 400 people", 350, 300, 400, "range"),
    ("300-400 people", 350, 300, 400, "range"),
    ("dozens of protesters", 62, 24, 99, "vague"),
    ("hundreds of people", 600, 200, 999, "vague"),
    ("300 or more people", 300, 300, math.inf, "at_least"),
    ("exactly 93 soldiers", 93, 93, 93, "exact"),
])
def test_qualifiers_become_intervals(text, value, low, high, qualifier):
    (mention,) = find_numbers(text, CONFIG)
    assert (mention.value, mention.low, mention.high, mention.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize("text", ["at 10:30", "COVID-19", "the 21st century", "no one knows", "one of them"])
def test_not_numbers(text):
    assert find_numbers(text, CONFIG) == []


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_no_text_makes_the_number_reader_raise(text):
    for mention in find_numbers(text, CONFIG):
        assert mention.low <= mention.value <= mention.high


@given(st.integers(min_value=0, max_value=10**12))
@settings(max_examples=300, deadline=None)
def test_rendering_a_number_and_reading_it_back(value):
    assert parse_number(format_number(value)) == value


@given(st.sampled_from(sorted(CONFIG.qualifiers_before)), st.integers(min_value=1, max_value=10**9))
@settings(max_examples=300, deadline=None)
def test_every_qualifier_keeps_the_value_inside_its_interval(phrase, value):
    mentions = find_numbers(f"{phrase} {format_number(value)} people", CONFIG)
    assert mentions and mentions[-1].low <= mentions[-1].value <= mentions[-1].high
