"""Every rule's own examples, run through the real extraction: the rules test themselves."""

from __future__ import annotations

import math

import pytest

from checker.claims import extract_text
from checker_rules import RULES, build_registry

CASES = [
    pytest.param(rule, example, id=f"{rule.id}-{i}")
    for rule in RULES
    for i, example in enumerate(rule.examples)
]


def _matches(row, expected: dict) -> bool:
    for key, want in expected.items():
        got = row[key]
        if want == "*":
            if not got:
                return False
        elif isinstance(want, (int, float)) and not isinstance(want, bool):
            if not (math.isclose(float(got), float(want), rel_tol=1e-9) or (math.isinf(want) and math.isinf(float(got)))):
                return False
        elif got != want:
            return False
    return True


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule, example):
    claims = extract_text(example.text, example.source_date or None)
    mine = claims[claims["rule"] == rule.id]
    if not example.expect:
        assert mine.empty, f"{rule.id} should find nothing in {example.text!r}, found {mine['surface'].tolist()}"
        return
    for expected in example.expect:
        rows = [row for _, row in mine.iterrows() if _matches(row, expected)]
        assert rows, (f"{rule.id}: no claim matching {expected} in {example.text!r}; found:\n"
                      f"{mine.drop(columns=['sentence']).to_string()}")


def test_registry_is_ordered_and_unique():
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert [r.family for r in RULES][:5] == ["dates"] * 5  # dates claim their spans first
    assert all(rule.summary and rule.examples for rule in RULES)


def test_every_rule_has_a_near_miss():
    for rule in build_registry():
        assert any(not e.expect for e in rule.examples), rule.id
