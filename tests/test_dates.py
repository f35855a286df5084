"""Date normalisation: intervals with precision, resolved against the source date only."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import dates
from checker.claims import extract_text


@pytest.mark.parametrize(("text", "source_date", "start", "end", "precision"), [
    ("It happened on 17 August.", "2022-08-18", "2022-08-17", "2022-08-17", "day"),
    ("It happened on 19 August.", "2022-08-18", "2021-08-19", "2021-08-19", "day"),
    ("Talks will resume on 19 August.", "2022-08-18", "2022-08-19", "2022-08-19", "day"),
    ("It happened in May.", "2023-11-20", "2023-05-01", "2023-05-31", "month"),
    ("It happened in December.", "2023-11-20", "2022-12-01", "2022-12-31", "month"),
    ("It happened three days ago.", "2024-03-01", "2024-02-27", "2024-02-27", "day"),
    ("It happened yesterday.", "2024-03-01", "2024-02-29", "2024-02-29", "day"),
    ("It happened last month.", "2024-03-15", "2024-02-01", "2024-02-29", "month"),
    ("Prices fell earlier this year.", "2024-03-15", "2024-01-01", "2024-03-15", "part_of_year"),
    ("The plan dates from the 1990s.", "2024-03-15", "1990-01-01", "1999-12-31", "decade"),
    ("The war lasted from 1998 to 1999.", "2024-03-15", "1998-01-01", "1999-12-31", "year"),
    ("It was signed on 29 February 2024.", "2024-03-15", "2024-02-29", "2024-02-29", "day"),
])
def test_date_spans(text, source_date, start, end, precision):
    claims = extract_text(text, source_date)
    row = claims[claims["kind"] == "date"].iloc[0]
    assert (row["as_of_start"], row["as_of_end"], row["as_of_precision"]) == (start, end, precision)


def test_never_resolved_against_today():
    claims = extract_text("The flood hit on Monday, two years ago, in May.", None)
    assert set(claims["as_of_basis"]) == {"unresolved"}
    assert set(claims["as_of_start"]) == {""}


def test_modal_may_and_march_the_verb_are_not_dates():
    assert extract_text("Officials may decide to march on the capital.", "2024-01-01").empty


def test_dateparser_fallback_is_memoised():
    base = date(2023, 11, 20)
    first = dates.via_dateparser("the 21st of November", base)
    assert first == dates.DateValue(date(2022, 11, 21), date(2022, 11, 21), "day")  # the past, as news reads
    assert dates.via_dateparser("the 21st of November", base) is first


@given(st.text(max_size=120), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
@settings(max_examples=200, deadline=None)
def test_every_date_interval_is_ordered(text, base):
    claims = extract_text(text, base)
    for row in claims.itertuples():
        if row.as_of_start:
            assert row.as_of_start <= row.as_of_end


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=31),
       st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.booleans())
@settings(max_examples=300, deadline=None)
def test_month_day_lies_on_the_right_side_of_the_base(month, day, base, future):
    value = dates.month_day(month, day, base, future)
    if value is None:
        assert dates.day(2000, month, day) is None
        return
    assert (value.start >= base) if future else (value.start <= base) or (month, day) == (2, 29)
