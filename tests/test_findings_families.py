"""The finding families on hand-built claims tables, independent of what extraction reads:
tolls that rise, events that share only a place, repeated figures, figures without a
subject, coarse and fine dates, and slots with many sources."""

from __future__ import annotations

import random

from checker import schema
from checker.config import load_config
from checker.findings import find
from checker.findings.evidence import MAX_EVIDENCE
from checker.findings.series import _incompatible_pair

COUNTER = iter(range(1_000_000))


def claim(source: str, subject: str, measure: str, low: float, high: float, as_of: str, **fields) -> dict:
    """One claims-table row with every column; dates as (start[/end], precision)."""
    start, _, end = as_of.partition("/")
    number = next(COUNTER)
    row = {column: "" for column, kind in schema.CLAIM_COLUMNS.items() if kind == "str"}
    row |= {"claim_id": f"c{number:011d}", "source": source, "outlet": source.split(".")[0].title(),
            "line": 1, "start": number, "end": number + 1, "kind": "figure", "surface": f"{low:g}",
            "sentence": f"{subject} {measure} {low:g}.", "rule": "F105", "subject": subject,
            "measure": measure, "value": low, "low": low, "high": high, "as_of_start": start,
            "as_of_end": end or start, "as_of_precision": "day", "as_of_basis": "stated",
            "source_date": start}
    return row | fields


def findings(rows: list[dict]):
    claims = schema.conform(__import__("pandas").DataFrame(rows), schema.CLAIM_COLUMNS)
    return find(claims, None, load_config([]))


def test_a_rising_at_least_toll_is_a_revision_not_a_corroboration():
    rows = [claim("afp.md", "Ridge Fire", "killed", 14, float("inf"), "2025-03-17", qualifier="at_least"),
            claim("inquirer.md", "Ridge Fire", "killed", 27, 27, "2025-03-19"),
            claim("aljazeera.md", "Ridge Fire", "killed", 31, 31, "2025-03-21")]
    found = findings(rows)
    assert list(found["kind"]) == ["revision"]
    assert found.iloc[0]["values"] == "at least 14 -> 27 -> 31"


def test_the_same_toll_from_two_sources_is_corroborated():
    rows = [claim("afp.md", "Ridge Fire", "killed", 14, 14, "2025-03-17"),
            claim("reuters.md", "Ridge Fire", "killed", 14, 14, "2025-03-18")]
    assert list(findings(rows)["kind"]) == ["corroborated"]


def test_two_events_sharing_only_a_place_are_not_a_date_conflict():
    rows = [claim("ap.md", "fire started near Highway 70 in Butte County", "event_date", float("nan"),
                  float("nan"), "2025-09-06", kind="date", rule="D105", source_date="2025-09-08"),
            claim("reuters.md", "state of emergency in Butte County", "event_date", float("nan"),
                  float("nan"), "2025-09-08", kind="date", rule="D105", source_date="2025-09-08")]
    assert findings(rows).empty


def test_one_event_dated_two_ways_by_three_sources_is_one_finding():
    def dated(source, day):
        return claim(source, "Mayor Ana Ruiz opened the Tarn bridge", "event_date", float("nan"), float("nan"),
                     day, kind="date", rule="D102", surface=day[-2:], source_date="2024-06-30")

    found = findings([dated("a.md", "2024-06-23"), dated("b.md", "2024-06-23"), dated("c.md", "2024-06-24")])
    assert list(found["kind"]) == ["date_conflict"]
    row = found.iloc[0]
    assert row["values"] == "2024-06-23 vs 2024-06-24"
    assert row["sources"] == "a.md b.md c.md"
    assert row["message"].startswith("A and B date \u201cMayor Ana Ruiz opened the Tarn bridge\u201d 2024-06-23")
    assert "C dates it 2024-06-24" in row["message"] and row["message"].endswith("both cannot hold.")


def test_a_figure_repeated_later_is_no_change():
    rows = [claim("a.md", "Lake Orsa", "ice", 10, 10, "2025-01-05", unit="kilometre"),
            claim("b.md", "Lake Orsa", "ice", 10, 10, "2025-02-05", unit="kilometre"),
            claim("c.md", "Lake Orsa", "ice", 12, 12, "2025-03-05", unit="kilometre")]
    change = findings(rows)
    assert list(change["kind"]) == ["change"]
    assert change.iloc[0]["values"] == "10 kilometre -> 12 kilometre"
    # a bare "length" says nothing of what it measures: no series is made of it
    assert findings([dict(row, measure="length") for row in rows]).empty


def test_figures_without_a_subject_are_not_compared():
    rows = [claim("a.md", "share", "share", 80, 80, "2025-11-04", unit="percent"),
            claim("b.md", "share", "share", 11, 11, "2025-11-04", unit="percent")]
    assert findings(rows).empty


def test_a_year_figure_neither_confirms_nor_contradicts_a_day_figure():
    rows = [claim("a.md", "Harbour Authority", "workers", 4000, 4000, "2023-01-01/2023-12-31",
                  as_of_precision="year"),
            claim("b.md", "Harbour Authority", "workers", 4500, 4500, "2023-03-04")]
    found = findings(rows)
    assert list(found["kind"]) == ["change"]
    assert found.iloc[0]["values"] == "4,000 -> 4,500"


def test_evidence_is_bounded_when_thousands_of_sources_agree():
    rows = [claim(f"s{i:04d}.md", "Coastal Guard", "vessels", 40, 40, "2025-05-01") for i in range(300)]
    row = findings(rows).iloc[0]
    assert row["kind"] == "corroborated" and row["message"].startswith("300 sources agree")
    assert len(row["claim_ids"].split()) == MAX_EVIDENCE
    assert row["message"].endswith(f"and {300 - MAX_EVIDENCE} more.")


def test_the_widest_incompatible_pair_matches_the_pairwise_search():
    def pairwise(slot):
        best = None
        for high in slot:
            for low in slot:
                if high["source"] != low["source"] and low["high"] < high["low"]:
                    gap = high["low"] - low["high"]
                    if best is None or gap > best[0]:
                        best = (gap, high, low)
        return best[1:] if best else None

    rng = random.Random(5)
    for _ in range(3000):
        slot = []
        for index in range(rng.randint(1, 8)):
            low = rng.randint(0, 12)
            slot.append({"source": rng.choice("abc"), "low": low, "high": low + rng.randint(0, 4), "i": index})
        expected, got = pairwise(slot), _incompatible_pair(slot)
        assert (expected is None) == (got is None)
        if expected:
            assert [c["i"] for c in got] == [c["i"] for c in expected]


def test_a_days_reports_are_represented_by_their_latest_figure():
    rows = [claim("inquirer.md", "earthquake", "killed", 27, 27, "2025-03-19"),
            claim("aljazeera.md", "earthquake", "killed", 14, 14, "2025-03-17", source_date="2025-03-21"),
            claim("aljazeera.md", "earthquake", "killed", 31, 31, "2025-03-21")]
    found = findings(rows)
    assert list(found["kind"]) == ["revision"]  # no "toll fell from 27 to 14"
    assert found.iloc[0]["values"] == "27 -> 31"


def test_the_missing_may_be_found():
    rows = [claim("a.md", "Ridge Fire", "missing", 4, 4, "2025-09-08"),
            claim("b.md", "Ridge Fire", "missing", 3, 3, "2025-09-10")]
    assert list(findings(rows)["kind"]) == ["change"]


def test_a_count_since_a_date_is_compared_at_its_source_date():
    rows = [claim("a.md", "earthquake", "aftershocks", 300, 300, "2025-03-17"),
            claim("b.md", "earthquake", "aftershocks", 1400, float("inf"), "2025-03-16/2025-03-20",
                  source_date="2025-03-20", qualifier="more_than")]
    assert list(findings(rows)["kind"]) == ["change"]


def test_a_vague_measure_makes_no_series_over_time():
    rows = [claim("a.md", "Tarn City Council", "amount", 210e6, 210e6, "2025-01-05", unit="GBP"),
            claim("b.md", "Tarn City Council", "amount", 380e3, 380e3, "2025-02-05", unit="GBP")]
    assert findings(rows).empty


def test_a_sum_of_parts_is_shown_in_their_unit():
    stated = claim("dpa.md", "Rail Union", "cost", 125e6, 125e6, "2025-11-07", unit="EUR", qualifier="about")
    stated["low"], stated["high"] = 118.75e6, 131.25e6
    total = claim("dpa.md", "Rail Union", "cost", 115e6, 115e6, "2025-11-07", unit="EUR", sentence=stated["sentence"])
    parts = [claim("dpa.md", "Rail Union", "cost", v, v, "2025-11-07", unit="EUR", part_of=total["claim_id"],
                   sentence=stated["sentence"]) for v in (25e6, 40e6, 50e6)]
    row = findings([stated, total, *parts]).iloc[0]
    assert (row["kind"], row["severity"]) == ("arithmetic", "error")
    assert row["values"].endswith("= 115 million EUR")
    assert "do not add up" in row["message"]


def test_different_counts_of_people_are_not_a_conflict():
    rows = [claim("reuters.md", "Belgrade", "people", 107000, 107000, "2025-03-15"),
            claim("guardian.md", "Belgrade", "people", 56, 56, "2025-03-15")]
    assert findings(rows).empty


def test_a_change_in_points_is_checked_against_the_two_levels():
    from checker.claims import extract_text

    wrong = extract_text("The Green Party took 12.1%, up from 5.4% in 2021, a gain of 7.7 percentage points.",
                         "2025-06-02")
    right = extract_text("Turnout fell to 61.2%, down 4.1 percentage points from 65.3% in 2021.", "2025-06-02")
    found = find(wrong, None, load_config([]))
    assert list(found["kind"]) == ["arithmetic"] and found.iloc[0]["severity"] == "error"
    assert found.iloc[0]["values"] == "12.1% - 5.4% = 6.7 points"
    found = find(right, None, load_config([]))
    assert (found.iloc[0]["severity"], found.iloc[0]["values"]) == ("info", "61.2% - 65.3% = -4.1 points")


def test_a_month_dated_twice_is_compared_past_many_days_naming_the_same_place():
    """Date claims are compared with the next few of their own precision: sixty day-dated
    claims about Elstow in August do not crowd out September's month."""
    date = dict(kind="date", rule="D105", value=float("nan"))
    days = [claim(f"daily{n}.md", f"Elstow council met on budget item {n}", "event_date", float("nan"), float("nan"),
                  f"2019-08-{1 + n % 28:02d}", **date) for n in range(60)]
    months = [claim("weekly.md", "1,044 residents of Elstow were evacuated", "event_date", float("nan"), float("nan"),
                    "2019-08-01/2019-08-31", as_of_precision="month", **date),
              claim("monthly.md", "1,044 residents of Elstow were evacuated", "event_date", float("nan"), float("nan"),
                    "2019-09-01/2019-09-30", as_of_precision="month", **date)]
    found = findings(sorted(days + months, key=lambda row: row["as_of_start"]))
    conflicts = found[found["kind"] == "date_conflict"]
    assert list(conflicts["values"]) == ["August 2019 vs September 2019"]
    assert sorted(conflicts.iloc[0]["claim_ids"].split()) == sorted(row["claim_id"] for row in months)
