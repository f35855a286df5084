"""A small fuzz budget in the suite; `python bench/fuzz.py --count 10000` runs the long one."""

from __future__ import annotations

import sys

from tests.conftest import ROOT, SEEDS


def test_random_and_mutated_inputs_raise_nothing_unhandled():
    sys.path.insert(0, str(ROOT / "bench"))
    from fuzz import run

    failures = run(count=300, seed=20261123, seeds_dir=SEEDS)
    assert failures == [], failures[0]
