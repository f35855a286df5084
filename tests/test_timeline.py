"""The timeline: which claims enter it, in what order, and which merge into one event."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from checker import schema
from checker.output.timeline import TIMELINE_COLUMNS, build_timeline, format_when

CLAIM_DEFAULTS = {
    "claim_id": "", "source": "a.txt", "outlet": "A", "line": 1, "start": 0, "end": 1, "kind": "date",
    "surface": "", "sentence": "", "rule": "test", "subject": "", "measure": "event_date",
    "value": math.nan, "low": math.nan, "high": math.nan, "unit": "", "qualifier": "exact",
    "as_of_start": "", "as_of_end": "", "as_of_precision": "unresolved", "as_of_basis": "stated",
    "source_date": "", "part_of": "", "detail": "",
}  # fmt: skip


def claims(*rows: dict) -> pd.DataFrame:
    return schema.conform(pd.DataFrame([{**CLAIM_DEFAULTS, **row} for row in rows]), schema.CLAIM_COLUMNS)


def event(claim_id, source, subject, start, end=None, precision="day", **extra):
    return {"claim_id": claim_id, "source": source, "subject": subject, "surface": subject,
            "as_of_start": start, "as_of_end": end or start, "as_of_precision": precision, **extra}  # fmt: skip


def figure(claim_id, source, value, start, end=None, precision="day", basis="stated", **extra):
    return {"claim_id": claim_id, "source": source, "kind": "figure", "subject": "the force", "measure": "troops",
            "value": value, "low": value, "high": value, "as_of_start": start, "as_of_end": end or start,
            "as_of_precision": precision, "as_of_basis": basis, "surface": f"{value:,.0f} troops", **extra}  # fmt: skip


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        ("2023-09-24", "2023-09-24", "day", "2023-09-24"),
        ("2023-05-01", "2023-05-31", "month", "May 2023"),
        ("2023-11-01", "2024-01-31", "month", "November 2023 – January 2024"),
        ("2023-01-01", "2023-04-30", "part_of_year", "early 2023"),
        ("2023-02-01", "2023-04-30", "part_of_year", "Feb–Apr 2023"),
        ("1999-01-01", "1999-12-31", "year", "1999"),
        ("1998-01-01", "1999-12-31", "year", "1998–1999"),
        ("1990-01-01", "1999-12-31", "decade", "1990s"),
        ("2023-03-06", "2023-03-10", "day", "2023-03-06 – 2023-03-10"),
        ("", "", "unresolved", "undated"),
    ],
)
def test_format_when_writes_the_date_at_its_precision(start, end, precision, expected):
    assert format_when(start, end, precision) == expected


def test_the_same_event_from_two_sources_is_one_entry_listing_both():
    timeline = build_timeline(
        claims(
            event("c1", "b.txt", "outbreak of violence in northern Kosovo", "2023-09-01", "2023-09-30", "month", line=9),
            event("c2", "a.txt", "serious outbreak of violence in the north", "2023-09-01", "2023-09-30", "month",
                  line=8),  # fmt: skip
        )
    )
    assert len(timeline) == 1
    entry = timeline.iloc[0]
    assert entry["when"] == "September 2023"
    assert entry["sources"] == "a.txt b.txt"
    assert entry["claim_ids"] == "c2 c1"  # source order
    assert entry["locations"] == "a.txt#L8 b.txt#L9"
    assert entry["subject"] == "serious outbreak of violence in the north"


def test_unrelated_events_in_the_same_month_stay_apart():
    timeline = build_timeline(
        claims(
            event("c1", "a.txt", "outbreak of violence in the north", "2023-09-01", "2023-09-30", "month"),
            event("c2", "b.txt", "talks in Brussels", "2023-09-01", "2023-09-30", "month"),
        )
    )
    assert timeline["claim_ids"].tolist() == ["c1", "c2"]


def test_a_day_named_by_two_sources_is_one_event_even_in_other_words():
    timeline = build_timeline(
        claims(
            event("c1", "a.txt", "press conference in Pristina", "2023-11-20"),
            event("c2", "b.txt", "met the president on Monday", "2023-11-20"),
            event("c3", "b.txt", "visit to the camp", "2023-11-20"),  # same source, other words: another event
        )
    )
    assert sorted(timeline["claim_ids"]) == ["c1 c2", "c3"]


def test_same_dates_at_other_precisions_are_other_entries():
    timeline = build_timeline(
        claims(
            event("c1", "a.txt", "the attack", "2023-05-01", "2023-05-31", "month"),
            event("c2", "b.txt", "the attack", "2023-05-01"),
        )
    )
    assert timeline["when"].tolist() == ["2023-05-01", "May 2023"]  # finer first on the same start


def test_figures_merge_only_when_they_agree():
    timeline = build_timeline(
        claims(
            figure("f1", "a.txt", 93, "2023-05-01", "2023-05-31", "month", measure="injured"),
            figure("f2", "b.txt", 93, "2023-05-01", "2023-05-31", "month", measure="injured"),
            figure("f3", "c.txt", 90, "2023-05-01", "2023-05-31", "month", measure="injured"),
        )
    )
    assert timeline["claim_ids"].tolist() == ["f3", "f1 f2"]  # by value within the same date
    assert timeline["value"].tolist() == [90.0, 93.0]


def test_only_dated_claims_enter_in_chronological_order():
    timeline = build_timeline(
        claims(
            figure("late", "a.txt", 4700, "2025-03-11", basis="source_date"),
            figure("nodate", "a.txt", 4000, "", precision="unresolved", basis="unresolved"),
            event("war", "b.txt", "the 1998-1999 conflict", "1998-01-01", "1999-12-31", "year"),
            figure("early", "c.txt", 50000, "1999-01-01", "1999-12-31", "year"),
            event("undated", "c.txt", "some day", "", "", "unresolved"),
            figure("part", "c.txt", 20000, "1999-01-01", "1999-12-31", "year", part_of="early"),
        )
    )
    assert timeline["claim_ids"].tolist() == ["war", "early", "late"]
    assert timeline["when"].tolist() == ["1998–1999", "1999", "2025-03-11"]
    assert timeline["as_of_basis"].tolist() == ["stated", "stated", "source_date"]


def test_no_dated_claims_give_an_empty_table_with_the_columns():
    timeline = build_timeline(claims(figure("x", "a.txt", 1, "", precision="unresolved", basis="unresolved")))
    assert timeline.empty
    assert list(timeline.columns) == list(TIMELINE_COLUMNS)


def test_entry_ids_are_stable_and_independent_of_row_order():
    rows = [
        event("c1", "a.txt", "the attack", "2023-09-24"),
        event("c2", "b.txt", "the attack on the police", "2023-09-24"),
    ]
    first = build_timeline(claims(*rows))
    second = build_timeline(claims(*reversed(rows)))
    assert first.equals(second)
    assert len(first["entry_id"].iloc[0]) == 12
