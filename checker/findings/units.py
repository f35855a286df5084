"""The findings stage in units: the claims each part of it needs together.

No family needs the whole table at once:
- SUBJECT units, the plain figures of one subject and measure, a change counted with the
  level it changes ("troops_change" with "troops"): `series.find_group` per (subject,
  measure, unit), and `arithmetic.level_changes` (a level and its change);
- SOURCE units, the figures of one source: `arithmetic.sums`, `date_offsets`,
  `point_changes`, `shares`, `fates`, `percent_changes`, `conversions`, `size_changes` read one claim or sentence
  at a time;
- date WINDOW units, the date claims of a time window plus the `REACH_DAYS` after it:
  the date conflicts whose first claim falls in the window (in process, the claims of
  one precision in a calendar month, for days and weeks, or a quarter, for months, with
  that precision's reach: a day's claims meet others within a week, a month's within
  two months);
- one NAMES unit: name variants compare every distinct spelling with the others.

Each finding is ranked (`RANK_COLUMNS`: family, group keys, position in its group), so
units found anywhere, in any order, sorted by rank give the table `findings.table`
makes of the families run one after another.  The Dask engine shuffles claims so each
partition holds whole units; the in-process engine keeps each unit's findings in a
cache keyed by a digest of its claims, and re-finds only the units a change touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

import pandas as pd

from checker import schema
from checker.findings import arithmetic, dated_events, names, series
from checker.findings.evidence import Finding

RANK_COLUMNS = {"_family": "int64", "_key1": "str", "_key2": "str", "_key3": "str", "_index": "int64"}
RANKED_FINDING_COLUMNS = schema.FINDING_COLUMNS | RANK_COLUMNS
# Families in the order `findings.table` expects them.
(SERIES, SUMS, LEVEL_CHANGES, DATE_OFFSETS, POINT_CHANGES, DATED_EVENTS, NAMES, SHARES, FATES, PERCENT_CHANGES,
 CONVERSIONS, SIZE_CHANGES) = range(12)
# How far after its start a date claim of each precision can meet another: its own
# period at the longest plus the gap dated_events allows after it.
PERIOD_DAYS = {"day": 1, "week": 7, "month": 31}
REACH_BY_PRECISION = {precision: PERIOD_DAYS[precision] + near for precision, near in dated_events.NEAR_DAYS.items()}
REACH_DAYS = max(REACH_BY_PRECISION.values())
MONTH_WINDOWS = frozenset({"day", "week"})  # precisions whose WINDOW units are months (see `window_of`)
Keys = tuple[str, str, str]
CHANGE = "_change"  # the suffix of a change's measure: "troops_change" changes "troops"
UNIT_SEPARATOR = "\x1f"


BREAKDOWN = '"breakdown_of": '  # the sum of a stated whole's parts ("Of the 412 migrants, 210 were Afghans,
# ..."): checked against the whole it breaks down, never a figure of it in a series (the whole is)


def subject_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """The figures SUBJECT units are made of: whole statements with a time."""
    return claims[(claims["kind"] == "figure") & series.stands_alone(claims) & (claims["as_of_start"] != "")
                  & ~claims["detail"].str.contains(BREAKDOWN, regex=False)]


def subject_units(figures: pd.DataFrame) -> pd.Series:
    """Each figure's SUBJECT unit: its subject and the level measure it states or changes."""
    return figures["subject"] + UNIT_SEPARATOR + figures["measure"].str.removesuffix(CHANGE)


def subject_unit_of(finding: dict) -> str:
    """The SUBJECT unit a ranked series or level + change finding came from (by its keys)."""
    return finding["_key1"] + UNIT_SEPARATOR + finding["_key2"].removesuffix(CHANGE)


def source_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """The figures SOURCE units are made of: every figure, parts included."""
    return claims[claims["kind"] == "figure"]


def window_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """The date claims WINDOW units are made of: those with a resolved date at a precision
    that can conflict (a new article's "2016" or "early 2020" then touches no window)."""
    return claims[(claims["kind"] == "date") & (claims["as_of_start"] != "")
                  & claims["as_of_precision"].isin(list(dated_events.NEAR_DAYS))]


def name_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """The names, and the ages told of them (two spellings whose ages cannot fit are two people)."""
    return claims[(claims["kind"] == "name") | (claims["measure"] == "age")]


def subject_findings(claims: pd.DataFrame, window_days: int) -> list[dict]:
    """Ranked series and level + change findings of whole SUBJECT units (figures in table order)."""
    rows: list[dict] = []
    for (subject, measure, unit), group in series.groups(claims):
        rows += ranked(series.find_group(subject, measure, group, window_days), SERIES, (subject, measure, unit))
    for key, group in claims.groupby(subject_units(claims), sort=False):
        subject, _, level = key.partition(UNIT_SEPARATOR)
        rows += ranked(arithmetic.level_changes(group), LEVEL_CHANGES, (subject, level, ""))
    return rows


def source_findings(claims: pd.DataFrame) -> list[dict]:
    """Ranked sums of parts, date offsets, changes in points and in percent of whole sources (figures
    in table order); a finding's first evidence claim names its source, which ranks it."""
    by_source = lambda f: (f.claims[0]["source"], "", "")
    return (ranked(arithmetic.sums(claims), SUMS, by_source)
            + ranked(arithmetic.date_offsets(claims), DATE_OFFSETS, by_source)
            + ranked(arithmetic.point_changes(claims), POINT_CHANGES, by_source)
            + ranked(arithmetic.shares(claims), SHARES, by_source)
            + ranked(arithmetic.fates(claims), FATES, by_source)
            + ranked(arithmetic.percent_changes(claims), PERCENT_CHANGES, by_source)
            + ranked(arithmetic.conversions(claims), CONVERSIONS, by_source)
            + ranked(arithmetic.size_changes(claims), SIZE_CHANGES, by_source))


def window_findings(claims: pd.DataFrame, low: str, high: str, key: str, overlap: float) -> list[dict]:
    """Ranked date conflicts whose first claim is dated in [low, high), from the date claims
    of that window and of the `REACH_DAYS` after it (in table order)."""
    return window_findings_sorted(dated_events.dated_rows(claims), low, high, key, overlap)


def window_findings_sorted(rows: list[dict], low: str, high: str, key: str, overlap: float,
                           read: dict | None = None) -> list[dict]:
    """`window_findings` on the window's `dated_events.dated_rows` (a slice of a larger
    run of them will do); `read`: see `dated_events.find_sorted`."""
    return ranked(dated_events.find_sorted(rows, overlap, (low, high), read), DATED_EVENTS, (key, "", ""))


def name_findings(claims: pd.DataFrame, similarity: float) -> list[dict]:
    """Ranked name variants among all name claims."""
    return ranked(names.find(claims, similarity), NAMES, ("", "", ""))


def reach(day: str, precision: str | None = None) -> str:
    """The last start date (exclusive) a window ending at `day` must also read (of its
    claims at `precision` only, when given)."""
    return (date.fromisoformat(day) + timedelta(days=REACH_BY_PRECISION.get(precision, REACH_DAYS))).isoformat()


def window_of(day: str, precision: str) -> str:
    """The WINDOW a date claim's start falls in: a calendar month for a day's or a week's
    claims (they meet others within two weeks), a quarter for a month's: "2023-05", "2023-Q2"."""
    return day[:7] if precision in MONTH_WINDOWS else quarter_of(day)


def window_bounds(window: str) -> tuple[str, str]:
    """A window of `window_of` as [its first day, the next window's first day)."""
    if "-Q" in window:
        return quarter_bounds(window)
    year, month = int(window[:4]), int(window[5:7])
    return f"{window}-01", (f"{year + 1:04d}-01-01" if month == 12 else f"{year:04d}-{month + 1:02d}-01")


def quarter_of(day: str) -> str:
    """The calendar quarter of an ISO date: "2023-05-14" -> "2023-Q2" (sorts by time)."""
    return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"


def quarter_bounds(quarter: str) -> tuple[str, str]:
    """A calendar quarter "2023-Q4" as [its first day, the next quarter's first day)."""
    year, number = int(quarter[:4]), int(quarter[6])
    following = f"{year + 1:04d}-01-01" if number == 4 else f"{year:04d}-{3 * number + 1:02d}-01"
    return f"{year:04d}-{3 * number - 2:02d}-01", following


def ranked(found: Iterable[Finding], family: int, keys: Keys | Callable[[Finding], Keys]) -> list[dict]:
    """Finding rows tagged with where the families run in turn would have listed them:
    family, group keys (the same for all, or per finding), position."""
    found = list(found)  # every finding's claims stay alive while `quoted` keys them by id
    out = []
    quoted: dict[int, dict] = {}  # a claim quoted by several of these findings is converted once
    for i, finding in enumerate(found):
        key1, key2, key3 = keys(finding) if callable(keys) else keys
        out.append(finding.row(quoted) | {"_family": family, "_key1": key1, "_key2": key2, "_key3": key3, "_index": i})
    return out


def ranked_table(rows: list[dict]) -> pd.DataFrame:
    """Ranked finding rows as a table in rank order, each finding once: the copy ranked
    first, as `findings.table` keeps."""
    if not rows:
        return schema.empty(RANKED_FINDING_COLUMNS)
    frame = pd.DataFrame(rows).sort_values(list(RANK_COLUMNS), kind="stable").drop_duplicates("finding_id")
    return schema.conform(frame, RANKED_FINDING_COLUMNS)
