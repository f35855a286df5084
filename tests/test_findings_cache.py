"""The findings cache: a re-check re-finds only the units new claims touch, and finds the
same table as a run without a cache."""

from __future__ import annotations

import sys
from dataclasses import replace

import pandas as pd
import pyarrow as pa
import pytest

from checker import findings, schema
from checker.findings import incremental, units
from checker.findings.incremental import FindingsCache
from checker.pipeline import find_discrepancies, load_corpus
from tests.conftest import ROOT
from tests.corpora import FLOOD_SAME_DAY, write_corpus


@pytest.fixture()
def generated(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    return generate(tmp_path / "corpus", 30, seed=11)


def test_cached_findings_are_the_findings_of_a_fresh_run(generated):
    fresh = find_discrepancies(load_corpus([generated], use_cache=False))
    cold = find_discrepancies(load_corpus([generated]))
    assert list((generated / ".checker-cache").glob("findings-*.parquet"))
    warm = find_discrepancies(load_corpus([generated]))
    assert len(fresh) > 100
    pd.testing.assert_frame_equal(cold, fresh)
    pd.testing.assert_frame_equal(warm, fresh)


def test_a_new_article_refinds_only_the_units_it_touches(generated, tmp_path):
    corpus = load_corpus([generated])
    first = FindingsCache(tmp_path / "findings")
    findings.find(corpus.claims, corpus.documents, corpus.config, first)
    units_in_corpus = first.misses
    assert first.hits == 0 and units_in_corpus > 50

    write_corpus(generated, {"derna.md": FLOOD_SAME_DAY["observer.md"]})
    grown = load_corpus([generated])
    again = FindingsCache(tmp_path / "findings")
    incremental = findings.find(grown.claims, grown.documents, grown.config, again)
    # the new source's own unit and its new subject's; every other unit is read back
    assert again.misses == 2
    assert again.hits == units_in_corpus
    pd.testing.assert_frame_equal(incremental, findings.find(grown.claims, grown.documents, grown.config))


def test_changed_settings_refind_the_units_they_change(generated, tmp_path):
    corpus = load_corpus([generated])
    findings.find(corpus.claims, corpus.documents, corpus.config, FindingsCache(tmp_path / "f"))
    stricter = replace(corpus.config, findings=corpus.config.findings | {"event_overlap": 0.9})
    again = FindingsCache(tmp_path / "f")
    changed = findings.find(corpus.claims, corpus.documents, stricter, again)
    windows = units.window_claims(corpus.claims)  # dates that can conflict: a day, a week, a month
    assert len(windows) < len(corpus.claims[corpus.claims["kind"] == "date"])
    keys = {(units.window_of(day, precision), precision)
            for day, precision in zip(windows["as_of_start"], windows["as_of_precision"])}
    assert again.misses == len(keys) > 1  # the date windows, nothing else
    pd.testing.assert_frame_equal(changed, findings.find(corpus.claims, corpus.documents, stricter))


def test_a_damaged_findings_segment_is_ignored(tmp_path):
    folder = write_corpus(tmp_path / "c", FLOOD_SAME_DAY)
    expected = find_discrepancies(load_corpus([folder]))
    assert (expected["kind"] == "conflict").sum() == 1
    for segment in (folder / ".checker-cache").glob("findings-*.parquet"):
        segment.write_bytes(b"PAR1 damaged")
    pd.testing.assert_frame_equal(find_discrepancies(load_corpus([folder])), expected)


def test_quarter_windows_run_across_the_year_end():
    assert units.quarter_of("2023-11-30") == "2023-Q4" and units.quarter_of("2024-04-01") == "2024-Q2"
    assert units.quarter_bounds("2023-Q4") == ("2023-10-01", "2024-01-01")
    assert units.quarter_bounds("2024-Q1") == ("2024-01-01", "2024-04-01")
    assert units.reach("2024-01-01") == "2024-03-03"  # 62 days: a month's claim and its 31-day horizon


def test_days_are_windowed_by_month_and_reach_a_week_months_by_quarter():
    assert units.window_of("2023-12-30", "day") == "2023-12" and units.window_of("2023-12-30", "month") == "2023-Q4"
    assert units.window_of("2024-02-05", "week") == "2024-02"
    assert units.window_bounds("2023-12") == ("2023-12-01", "2024-01-01")
    assert units.window_bounds("2024-Q1") == ("2024-01-01", "2024-04-01")
    assert units.reach("2024-01-01", "day") == "2024-01-09"  # the day itself and its 7-day horizon
    assert units.reach("2024-01-01", "week") == "2024-01-15"
    assert units.reach("2024-01-01", "month") == "2024-03-03"


def test_a_subject_unit_is_one_measure_with_its_changes():
    figures = pd.DataFrame({"subject": ["Harbour Authority", "Harbour Authority", "Harbour Authority", "Rail Board"],
                            "measure": ["staff", "staff_change", "budget", "staff"]})
    keys = units.subject_units(figures).tolist()
    assert keys[0] == keys[1] != keys[2]  # a level and its change meet; another measure is another unit
    assert len(set(keys)) == 3
    assert units.subject_unit_of({"_key1": "Harbour Authority", "_key2": "staff_change"}) == keys[0]


def test_the_findings_table_does_not_depend_on_the_order_rows_come_in(generated):
    corpus = load_corpus([generated], use_cache=False)
    window_days, overlap, similarity = findings.thresholds(corpus.config)
    ranked = incremental.find_ranked(corpus.claims, window_days, overlap, similarity)
    expected = findings.table(ranked)
    shuffled = ranked.sample(frac=1, random_state=3)
    assert len(expected) > 100
    pd.testing.assert_frame_equal(findings.table(shuffled), expected)
    # a finding found twice keeps the copy ranked first, wherever the other copy came
    later = shuffled.head(1).assign(_index=10**6, message="the copy ranked later")
    pd.testing.assert_frame_equal(findings.table(pd.concat([later, shuffled])), expected)


def test_joined_frames_keep_each_text_column_in_one_piece():
    first = pd.DataFrame({"text": pd.Series(["a", "b"], dtype="str"), "n": [1, 2]})
    second = pd.DataFrame({"text": pd.Series(["c"], dtype="str"), "n": [3]})
    joined = schema.concat([first, second])
    assert joined["text"].tolist() == ["a", "b", "c"] and joined["n"].tolist() == [1, 2, 3]
    assert joined["text"].dtype == "str"
    assert getattr(pa.array(joined["text"]), "num_chunks", 1) == 1
