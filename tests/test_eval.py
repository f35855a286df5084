"""The TempEval-3 evaluation (eval/tempeval3.py): its scorer, and no silent loss of accuracy.

The data lives outside the project (../shared/eval/te3-platinum); without it the tests
that need it skip.  The scorer's own definitions are tested on hand-made spans.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "eval" / "tempeval3.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("checker_eval_tempeval3", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


te3 = _load_script()


@pytest.fixture(scope="module")
def docs():
    if not te3.DATA.is_dir():
        pytest.skip(f"the TempEval-3 platinum set is not at {te3.DATA} (../shared/eval/te3-platinum)")
    return te3.load()


def test_value_f1_does_not_regress(docs):
    recorded = json.loads((ROOT / "eval" / "baseline.json").read_text(encoding="utf-8"))
    results = te3.evaluate(docs, baseline=False)
    figures = results["checker"]["DATE+DURATION"].figures()
    floor = recorded["value_F1"] - recorded.get("tolerance", 0.02)
    assert figures["value_F1"] >= floor, (
        f"TempEval-3 value F1 (DATE+DURATION) fell to {figures['value_F1']:.4f}, below the recorded "
        f"{recorded['value_F1']:.4f} minus {recorded.get('tolerance', 0.02)}: run `python eval/tempeval3.py` "
        "and read eval/RESULTS.md for the new misses")


def test_gold_spans_map_onto_the_plain_text(docs):
    assert len(docs) == 20
    gold = [g for doc in docs for g in doc.gold]
    assert len(gold) == 138  # 96 DATE, 34 DURATION, 4 TIME, 4 SET (eval/README.md)
    assert sum(g.type in te3.TYPES for g in gold) == 130
    for doc in docs:
        assert "<" not in doc.text
        for g in doc.gold:
            assert doc.text[g.start:g.end] == g.text


def _timex(start, end, value, type_="DATE"):
    return te3.Timex(start, end, type_, value, "x" * (end - start))


def test_scorer_follows_the_tempeval3_definitions():
    doc = te3.Doc("toy", date(2013, 3, 22), "x" * 40,
                  [_timex(0, 5, "2013"), _timex(10, 15, "P1M", "DURATION"), _timex(30, 35, "XXXX-WI", "SET")])
    system = [_timex(0, 5, "2013"),  # strict, right value
              _timex(9, 15, "P2M", "DURATION"),  # relaxed only, wrong value
              _timex(20, 25, "2012"),  # a false positive
              _timex(31, 34, "2013")]  # overlaps only a SET: out of scope, not counted
    outcome = te3.score([doc], {"toy": system}, te3.TYPES)
    f = outcome.figures()
    assert (f["gold"], f["system"], f["relaxed_pairs"]) == (2, 3, 2)
    assert math.isclose(f["relaxed_P"], 2 / 3) and f["relaxed_R"] == 1.0
    assert math.isclose(f["relaxed_F1"], 0.8)
    assert math.isclose(f["strict_F1"], 2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert f["value_accuracy"] == 0.5 and math.isclose(f["value_F1"], 0.4)
    assert sorted(kind for kind, *_ in outcome.misses) == ["false positive", "wrong value"]


def test_overlapping_spans_pair_one_to_one():
    gold = [_timex(0, 4, "2009"), _timex(5, 9, "2010")]
    assert len(te3.pair(gold, [_timex(0, 9, "2009")])) == 1


@pytest.mark.parametrize(("start", "end", "precision", "value"), [
    ("2013-03-22", "2013-03-22", "day", "2013-03-22"),
    ("2013-03-11", "2013-03-17", "week", "2013-W11"),
    ("2013-03-16", "2013-03-17", "day", "2013-W11-WE"),
    ("2013-03-01", "2013-03-31", "month", "2013-03"),
    ("2012-06-01", "2012-08-31", "part_of_year", "2012-SU"),
    ("2012-12-01", "2013-02-28", "part_of_year", "2012-WI"),
    ("2012-10-01", "2012-12-31", "part_of_year", "2012"),
    ("2010-01-01", "2019-12-31", "decade", "201"),
    ("1900-01-01", "1999-12-31", "century", "19"),
])
def test_date_values(start, end, precision, value):
    assert te3.date_value(date.fromisoformat(start), date.fromisoformat(end), precision) == value


@pytest.mark.parametrize(("amount", "unit", "value"), [
    (1, "month", "P1M"), (1, "decade", "P10Y"), (78, "day", "P78D"), (1.5, "year", "P18M"),
    (36, "hour", "PT36H"), (None, "day", "PXD"), (None, "year", "PXY"),
])
def test_duration_values(amount, unit, value):
    assert te3.duration_value(amount, unit) == value
