"""The rule registry: every extraction rule, listed explicitly, built once.

Families run in this order: dates first (they claim their spans, so "20 November 2023"
yields no count), then durations, figures and names.  Within figures the order is the
priority when two rules read the same number: a total of parts before a change, a
change before a casualty count, a casualty count before an amount or a measurement,
those before a plain count, and a plain count before a bare level.
"""

from __future__ import annotations

import hashlib
import inspect
from types import ModuleType

from checker.rulekit import FAMILIES, Example, Rule
from checker_rules.dates import day_month, full_date, month, quarter, relative, year
from checker_rules.durations import duration
from checker_rules.figures import (ages, amounts, casualties, changes, counts, levels, measurements, parts, temperatures,
                                   votes)
from checker_rules.names import people

# (id, dotted name, module): ids are never reused; a renamed rule keeps its id.
_TABLE: tuple[tuple[str, str, ModuleType], ...] = (
    ("D101", "dates.full_date", full_date),
    ("D102", "dates.day_month", day_month),
    ("D103", "dates.month", month),
    ("D104", "dates.year", year),
    ("D105", "dates.relative", relative),
    ("D106", "dates.quarter", quarter),
    ("T101", "durations.duration", duration),
    ("F101", "figures.parts", parts),
    ("F102", "figures.changes", changes),
    ("F103", "figures.casualties", casualties),
    ("F104", "figures.amounts", amounts),
    ("F106", "figures.measurements", measurements),
    ("F107", "figures.temperatures", temperatures),
    ("F108", "figures.ages", ages),
    ("F109", "figures.votes", votes),
    ("F105", "figures.counts", counts),
    ("F110", "figures.levels", levels),
    ("N101", "names.people", people),
)


def build_registry() -> tuple[Rule, ...]:
    """Rules in run order; refuses duplicate ids, unknown families and missing examples."""
    rules: list[Rule] = []
    seen: set[str] = set()
    for rule_id, name, module in _TABLE:
        family = name.split(".")[0]
        examples: tuple[Example, ...] = getattr(module, "EXAMPLES", ())
        if rule_id in seen:
            raise ValueError(f"duplicate rule id {rule_id}")
        if family not in FAMILIES:
            raise ValueError(f"{rule_id}: unknown family {family!r}")
        if not any(e.expect for e in examples) or not any(not e.expect for e in examples):
            raise ValueError(f"{rule_id}: needs positive and negative examples")
        if not (module.__doc__ or "").strip():
            raise ValueError(f"{rule_id}: needs a docstring")
        seen.add(rule_id)
        rules.append(Rule(rule_id, name, family, module.find, examples, module.__doc__))
    return tuple(rules)


RULES: tuple[Rule, ...] = build_registry()


def rules_version() -> str:
    """A hash of every rule's source: part of the cache key, so a rule change re-extracts."""
    digest = hashlib.sha256()
    for _, _, module in _TABLE:
        digest.update(inspect.getsource(module).encode())
    return digest.hexdigest()[:16]
