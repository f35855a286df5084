"""The CI gate: which open findings reach the fail level, and the exit code that follows.

A finding counts against the gate while nobody has decided on it (`open`) or the
evidence has changed since they did (`stale`); accepted and dismissed findings never
fail a build.  Findings without review columns are all open.
"""

from __future__ import annotations

import pandas as pd

from checker.errors import EXIT_FINDINGS, EXIT_OK
from checker.schema import SEVERITY_RANK

LEVELS = tuple(SEVERITY_RANK)  # info, warning, error: the choices of --fail-on
OPEN = ("open", "stale")


def is_open(findings: pd.DataFrame) -> pd.Series:
    """True for each finding still waiting for a (new) decision."""
    if "review_status" not in findings.columns:
        return pd.Series(True, index=findings.index, dtype=bool)
    return findings["review_status"].isin(OPEN)


def fails(findings: pd.DataFrame, fail_on: str = "error") -> pd.Series:
    """True for each open finding whose severity is `fail_on` or worse (a mask: counting
    them copies no table of evidence)."""
    if fail_on not in SEVERITY_RANK:
        raise ValueError(f"fail level must be one of {', '.join(LEVELS)}, not {fail_on!r}")
    unknown = sorted(set(findings["severity"]) - set(SEVERITY_RANK))
    if unknown:
        raise ValueError(f"findings have unknown severities: {', '.join(unknown)}")
    reaches = findings["severity"].map(SEVERITY_RANK) >= SEVERITY_RANK[fail_on]
    return is_open(findings) & reaches


def exit_code(findings: pd.DataFrame, fail_on: str = "error") -> int:
    """0 when no open finding reaches `fail_on`, else 1."""
    return EXIT_FINDINGS if fails(findings, fail_on).any() else EXIT_OK
