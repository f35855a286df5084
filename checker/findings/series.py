"""Figures of one subject and measure over time: conflicts, revisions, changes, corroborations.

Grouped by (subject, measure, comparable unit: acres and hectares are both an area,
converted with pint) and sorted by as-of date, so the cost is a sort,
never a comparison of every pair in the table.  Claims whose as-of periods overlap
(or lie within the configured window) speak of the same time: their intervals either
share a value (corroborated, when two sources agree) or two sources' do not (conflict;
one source giving two estimates reports a dispute, which its own text shows).  Slots at
different times make a `change` series; historical figures join it at their own date.
Tolls of an event (killed, injured, missing...) are counts that grow as news comes in:
stated on different days they are one event's `revision`, and a later lower figure
after a higher one is a conflict.  Flows (rainfall, visitors, revenue...) are counted over
a period: they meet only over periods of one kind, so a month's visitors never "change"
a year's.
A vote's tally is fixed when it is taken: one motion's tallies within a month are one vote.
Two outlets' figures of what is fixed once agreed (a fee, a fine, a sentence) a few days apart,
both dated only by publication and neither told as a move, are likely one figure told two ways:
a possible conflict (a warning), not a change.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections import Counter
from datetime import date, timedelta

import pandas as pd

from checker.figures import ABOARD  # (told of the day itself too: dated or not, one count)
from checker.findings import ages
from checker.findings.evidence import (
    MAX_EVIDENCE,
    Finding,
    amount,
    amount_of,
    as_of_label,
    measure_words,
    records,
    when,
    who,
)
from checker.numbers import written_half_step
from checker.units import convert

# Measures that count what happened in one event: later sources revise them.
# Only counts that add up over time: the missing are found, the evacuated go home, so those
# are levels, which may fall.
TOLLS = frozenset({"killed", "injured", "arrested", "rescued", "bodies", "casualties", "victims", "affected", "cases"})
# Running totals of an outbreak rather than of one event: they grow as it spreads, so a higher
# count later is a change, not a toll revised; a lower one still cannot be.
RUNNING_TOTALS = frozenset({"cases"})
REVISION_WINDOW_DAYS = 31
# Two outlets a few days apart giving different figures of what is fixed once agreed or decided
# (a fee, a fine, a settlement, a vessel's capacity), neither dated nor told as a move, most likely
# restate one figure ("an initial fee of £42m", "£38m" two days later): a possible conflict, not a
# change.  Counts and levels that move (applications, prices, waiting lists) stay a change.
RESTATED_DAYS = 7
FIXED_ONCE_SET = frozenset({"fee", "fine", "fines", "sentence", "settlement", "compensation", "damages", "ransom", "bail",
                            "salary", "wage", "wages", "bonus", "award", "grant", "loan", "bailout", "pledge",
                            "crew", "passengers"})  # (a ship's or a plane's crew and passengers on the day: "All 24
# crew", days later "All 23 crew"; "89 passengers and five crew", "88 passengers ... when it crashed on Sunday")
ABOARD_MAX = 10_000  # more than any one ship or plane carries
FIXED_SUFFIXES = (" capacity", " fee")
MOVE_WORDS = re.compile(r"\b(?:now|currently|latest|updated|revised|so\s+far|has\s+(?:risen|fallen|grown|climbed|dropped)|"
                        r"rose|rises|risen|fell|falls|fallen|increased|decreased|grew|climbed|jumped|dropped|up|down|"
                        r"more|fewer|another|further|again|still|yet)\b", re.IGNORECASE)
# The sides of one vote's tally: fixed when the vote is taken, so outlets telling it days later
# without its date still tell the same vote (a vote told with its own date is its own)
TALLIES = frozenset({"votes in favour", "votes against"})
TALLY_SIZE_SPREAD = 1.1  # one body's votes cast differ by a few absentees, not by a tenth
# Measures that say only "a sum", "a share", "people", "a length": figures that agree
# corroborate each other, but different ones are as likely two different things (the crowd,
# and the people treated for injuries; a summit's height and an exclusion zone) as a
# contradiction, and a series over time would join them.
VAGUE_MEASURES = frozenset({"amount", "share", "people", "amount change", "share change", "length", "mass", "volume"})
SUBSET = " subset"
# Flows are counted over a period: a year's visitors are no level a month's then changed,
# a day's rain no revision of a season's.  Their figures meet only over periods of one kind.
FLOWS = frozenset({"rainfall", "snowfall", "visitors", "arrivals", "tourists", "sales", "revenue", "revenues",
                   "exports", "imports", "profit", "profits", "net profit", "spending", "output", "production",
                   "doses", "vaccinations", "passengers", "deliveries", "shipments"})
PERIOD_SEPARATOR = " per "
OUTLIER_DAYS = 92  # a figure between two that agree, all within a quarter, departs from them
COARSE = frozenset({"year", "decade", "century"})  # as-of precisions too coarse to meet a day's


def find(claims: pd.DataFrame, window_days: int = 0) -> list[Finding]:
    out: list[Finding] = []
    for (subject, measure, _unit), rows in groups(claims):
        out.extend(find_group(subject, measure, rows, window_days))
    return out


def groups(claims: pd.DataFrame) -> list[tuple[tuple[str, str, str], list[dict]]]:
    """The figures a series is made of, by (subject, measure, unit) in key order.

    Rows stay in the order of `claims`; any engine that hands `find_group` whole groups
    in claims-table order gets the same findings (the Dask engine shuffles by subject).
    """
    figures = claims[(claims["kind"] == "figure") & stands_alone(claims) & (claims["as_of_start"] != "")]
    figures = figures[figures["measure"] != "duration"]
    # A figure whose subject is only its own measure ("80%" of what?) names nothing to compare.
    figures = figures[figures["subject"] != figures["measure"]]
    grouped: dict[tuple[str, str, str], list[dict]] = {}
    for claim in records(figures):
        grouped.setdefault((claim["subject"], claim["measure"], _comparable(claim)), []).append(claim)
    return sorted(grouped.items())


OWN_KIND = '"own_kind": true'  # a part counted as a kind of its own ("180 passengers" of "a total of 215 people")


def stands_alone(claims: pd.DataFrame) -> pd.Series:
    """Figures that state a level by themselves: all but the parts of a total, except a part
    that counts a kind of its own (its passengers are the story's passengers, whatever the total)."""
    parts = claims["part_of"] != ""
    if not isinstance(claims, pd.DataFrame):  # a Dask frame: one expression over every row
        return ~parts | claims["detail"].str.contains(OWN_KIND, regex=False)
    alone = ~parts
    if parts.any():  # (only the parts' details are read: a million rows' take a while)
        alone[parts] = claims.loc[parts, "detail"].str.contains(OWN_KIND, regex=False)
    return alone


def _vague(measure: str) -> bool:
    """A measure that says only "a sum", "a share", "people" (per week, per year too), or some
    of a count ("killed subset": one army's dead, "missing subset": others missing), which
    two sources may tell of different parts."""
    return measure.split(" per ", 1)[0] in VAGUE_MEASURES or measure.endswith(SUBSET)


def _comparable(claim: dict) -> str:
    """What a claim's unit can be compared with: a pint dimension (acres with hectares),
    else the unit itself (a currency, percent, or none for counts); for a flow, over a
    period of the same kind (`_period`)."""
    unit = json.loads(claim["detail"])["dimension"] if '"dimension"' in claim["detail"] else claim["unit"]
    return f"{unit}{PERIOD_SEPARATOR}{_period(claim)}" if claim["measure"] in FLOWS else unit


def _period(claim: dict) -> str:
    """The kind of period a flow is counted over: a day, a month, a year, a quarter, or a
    running total ("since October")."""
    if claim["as_of_precision"] == "day" and claim["as_of_start"] != claim["as_of_end"]:
        return "running"
    return claim["as_of_precision"]


def _in_unit(claim: dict, unit: str) -> dict:
    """The claim with its value and interval expressed in `unit` (its words unchanged)."""
    if claim["unit"] == unit:
        return claim
    # each bound converted on its own: a temperature is absolute (46.8 degC is 116.24 degF)
    source = claim["unit"]
    return dict(claim, value=convert(claim["value"], source, unit), low=convert(claim["low"], source, unit),
                high=convert(claim["high"], source, unit), unit=unit)


LONG_TON_IN_TONS = 2240 / 2000  # pint's "ton" is the short ton (2,000 lb); a tonne is 1.102 of them, a long ton 1.12


CONVERSION_ROUNDING = 0.025  # an outlet converting a figure rounds it ("120 mph (195 km/h)"), to 2-3 figures


def _converted(claim: dict) -> dict:
    """A figure in a unit fewer outlets use may be a rounded conversion of the others': its interval
    widened by CONVERSION_ROUNDING each way ("6,800 metres" and "22,300 feet", 6,797 m, agree; "35 km"
    and "15 miles", 24 km, do not; two outlets' 120 mph and 125 mph still differ).  Temperatures, which
    news converts to a tenth, are not widened."""
    if claim["unit"].startswith("degree_") or claim["unit"] == "kelvin":
        return claim
    slack = abs(claim["value"]) * CONVERSION_ROUNDING
    return dict(claim, low=claim["low"] - slack, high=claim["high"] + slack)


def _any_ton(claim: dict) -> dict:
    """News's "tons" may be short, metric or long tons: against a figure in another unit, up to 1.12
    (short) tons each; two outlets' "tons" are compared as written."""
    return dict(claim, high=claim["high"] * LONG_TON_IN_TONS) if claim["unit"] == "ton" else claim


def _as_written(claim: dict) -> dict:
    """A scaled figure written to a decimal is compared as the rounding it may be: "$4.8bn"
    holds $4.82 billion (4.75bn-4.85bn), so two outlets' roundings of one figure agree."""
    if claim["qualifier"] != "exact" or "." not in claim["surface"]:
        return claim
    stated = json.loads(claim["detail"]).get("stated", "") if claim["detail"] else ""
    step = written_half_step(stated, claim["value"])
    return dict(claim, low=claim["low"] - step, high=claim["high"] + step) if step else claim


def _at_end(claim: dict) -> dict:
    """A count "since Sunday" runs to its source date: it is compared as of that date, not
    with every report in between."""
    if claim["as_of_precision"] == "day" and claim["as_of_start"] != claim["as_of_end"]:
        return dict(claim, as_of_start=claim["as_of_end"])
    return claim


def find_group(subject: str, measure: str, group: list[dict], window_days: int = 0) -> list[Finding]:
    """Conflicts, revisions, changes and corroborations of one (subject, measure, unit) group."""
    reference = group[0]["unit"]
    units = Counter(c["unit"] for c in group)
    if len(units) > 1:  # "2.5 million tons" and "2.5 million tonnes" may be one figure, "6,800 metres" and
        # "22,300 feet" too: the figures in a unit fewer outlets use are taken as rounded conversions
        reference = max(units, key=lambda unit: (units[unit], unit == reference))
        group = [_any_ton(c) if c["unit"] == reference else _converted(_any_ton(c)) for c in group]
    rows = sorted((_at_end(_as_written(_in_unit(c, reference))) for c in group),
                  key=lambda c: (c["as_of_start"], c["source_date"], c["source"], c["start"]))
    if measure == "age":  # one person's age, which grows with the time between sources
        return ages.find_group(subject, rows)
    if measure in TALLIES:
        return _tallies(subject, measure, rows)
    if measure.split(" ", 1)[0] in TOLLS and not _vague(measure):  # "killed", "injured police", "killed by
        return _tolls(subject, measure, rows)  # carbon monoxide poisoning" (not "killed subset": some of a toll)
    return _levels(subject, measure, rows, window_days)


def slots(rows: list[dict], window_days: int) -> list[list[dict]]:
    """Runs of claims whose as-of periods overlap (within `window_days`), in date order."""
    out: list[list[dict]] = []
    end = None
    for claim in rows:
        start = date.fromisoformat(claim["as_of_start"])
        if out and start <= end + timedelta(days=window_days):
            out[-1].append(claim)
            end = max(end, date.fromisoformat(claim["as_of_end"]))
        else:
            out.append([claim])
            end = date.fromisoformat(claim["as_of_end"])
    return out


def agree(claims: list[dict]) -> bool:
    """Do all the value intervals share at least one value?"""
    return max(c["low"] for c in claims) <= min(c["high"] for c in claims)


def _levels(subject: str, measure: str, rows: list[dict], window_days: int) -> list[Finding]:
    out: list[Finding] = []
    runs: list[list[dict]] = []
    for tier in sorted({_tier(c) for c in rows}):  # "in 2023" neither confirms nor contradicts "on 4
        # March 2023", nor "2.4% at the beginning of March" (its first ten days) the 2.1% of 7 March
        runs += slots([c for c in rows if _tier(c) == tier], window_days)
    representatives: list[dict] = []
    for slot in sorted(runs, key=lambda run: (run[0]["as_of_start"], run[0]["as_of_end"])):
        out.extend(_same_time(subject, measure, slot))
        if not representatives or representatives[-1]["value"] != slot[0]["value"]:
            representatives.append(slot[0])  # the same figure stated again later is no change
    if not _vague(measure) and not measure.endswith("_change"):
        out.extend(_outliers(subject, measure, representatives))
        out.extend(_restated(subject, measure, representatives))
    # changes told at different times are different changes ("cut 2,400 jobs", later "another
    # 1,000"), not one figure changing: no series of them
    if len(representatives) >= 2 and not _vague(measure) and not measure.endswith("_change"):
        steps = " -> ".join(f"{amount(c)} ({when(c)}, {who(c)})" for c in representatives)
        out.append(Finding(
            "change", "info", subject, measure, as_of_label(representatives),
            " -> ".join(amount(c) for c in representatives),
            f"{subject} {measure_words(measure)} changed over time: {steps}.",
            tuple(representatives), ()))
    return out


# as-of periods whose figures meet: a day's and a week's (up to WEEK_DAYS); a part of a month's
# ("late March", "the beginning of March"), a month's, a quarter's or a half's, and a year's
# only their own kind (a figure of a whole month, or of its first ten days, may have been true
# on any of its days)
WEEK_DAYS = 7
PART_OF_MONTH_DAYS = 12


def _tier(claim: dict) -> int:
    precision = claim["as_of_precision"]
    if precision in COARSE:
        return 4
    if precision == "part_of_year":
        return 3
    days = (date.fromisoformat(claim["as_of_end"]) - date.fromisoformat(claim["as_of_start"])).days + 1
    return 0 if days <= WEEK_DAYS else 1 if days <= PART_OF_MONTH_DAYS else 2


def _outliers(subject: str, measure: str, series: list[dict]) -> list[Finding]:
    """A figure another source gives between two that agree, within OUTLIER_DAYS ("about 4.2
    million customers" -> "2.4 million" -> "4.2mn"): one report is likely wrong (a warning:
    the figure may also have fallen and come back)."""
    out: list[Finding] = []
    for before, middle, after in zip(series, series[1:], series[2:]):
        trio = (before, middle, after)
        if any(math.isinf(c["high"]) or c["as_of_precision"] in COARSE for c in trio):
            continue  # "at least" agrees with too much, and a year's figure is no day's
        if not agree([before, after]) or agree([before, middle]) or agree([middle, after]):
            continue
        if middle["source"] in (before["source"], after["source"]):
            continue
        if (date.fromisoformat(after["as_of_start"]) - date.fromisoformat(before["as_of_end"])).days > OUTLIER_DAYS:
            continue
        out.append(Finding(
            "conflict", "warning", subject, measure, as_of_label([before, middle, after]),
            f"{amount(before)} -> {amount(middle)} -> {amount(after)}",
            f"{who(middle)} ({middle['source_date'] or 'undated'}) says {amount_of(middle, measure)} "
            f"for {subject} as of {when(middle)}, between {who(before)}'s {amount(before)} ({when(before)}) and "
            f"{who(after)}'s {amount(after)} ({when(after)}), which agree: one report is likely wrong.",
            (middle, before, after), ("outlier", middle["as_of_start"])))
    return out


def _restated(subject: str, measure: str, series: list[dict]) -> list[Finding]:
    """Consecutive figures of two outlets within RESTATED_DAYS, both dated only by their
    publication and neither told as a move: one figure restated, and the two disagree."""
    if not (measure in FIXED_ONCE_SET or measure.endswith(FIXED_SUFFIXES)):
        return []
    out: list[Finding] = []
    for before, after in zip(series, series[1:]):
        bases = {before["as_of_basis"], after["as_of_basis"]}
        if measure in ABOARD and max(before["value"], after["value"]) >= ABOARD_MAX:
            continue  # "its trains carried 40 million passengers": an operator's year, not one trip's
        if before["source"] == after["source"] or not (bases == {"source_date"} or measure in ABOARD and bases <= {
                "source_date", "stated"} and {before["as_of_precision"], after["as_of_precision"]} == {"day"}):
            continue
        days = (date.fromisoformat(after["as_of_start"]) - date.fromisoformat(before["as_of_end"])).days
        if days > RESTATED_DAYS or agree([before, after]) or math.isinf(before["high"]) or math.isinf(after["high"]) \
                or any(MOVE_WORDS.search(c.get("sentence") or "") for c in (before, after)):
            continue
        told = (f"{who(before)} ({before['source_date']}) says {amount_of(before, measure)} for {subject}; {who(after)} "
                f"says {amount(after)} {days} day{'s' if days != 1 else ''} later ({after['source_date']}), with no date "
                f"for either and no word that it changed: likely one figure told two ways.") if bases == {"source_date"} \
            else (f"{who(before)} says {amount_of(before, measure)} for {subject} as of {when(before)}; {who(after)} says "
                  f"{amount(after)} as of {when(after)}, with no word that it changed: those aboard are counted once, "
                  f"so one figure is likely wrong.")
        out.append(Finding(
            "conflict", "warning", subject, measure, as_of_label([before, after]), f"{amount(before)} vs {amount(after)}",
            told, (before, after), ("restated", before["as_of_start"])))
    return out


def _same_time(subject: str, measure: str, slot: list[dict]) -> list[Finding]:
    sources = {c["source"] for c in slot}
    if len(slot) < 2:
        return []
    revised = _told_as_revised(slot)
    if revised:  # the figures told before a revision are compared among themselves; the revision with them
        kept = [c for c in slot if not any(c is r for r, _ in revised)]
        return _same_time(subject, measure, kept) + [_revision(r, earlier) for r, earlier in revised]
    if agree(slot):
        if len(sources) < 2:
            return []
        if _vague(measure) and len({c["value"] for c in slot}) > 1:
            return []  # "about 90 people" and "at least 47 people": a vague measure agrees only on one figure
        if _open_and_far(slot):
            return []  # "more than 4,100 schools" and "4,700 schools" do not contradict, nor tell one figure
        each = _one_per_source(slot)
        told = ", ".join(f"{who(c)} says {amount(c)}" for c in each[:MAX_EVIDENCE])
        told += f" and {len(each) - MAX_EVIDENCE} more" if len(each) > MAX_EVIDENCE else ""
        return [Finding("corroborated", "info", subject, measure, as_of_label(slot),
                        "; ".join(amount(c) for c in each[:MAX_EVIDENCE]),
                        f"{len(sources)} sources agree on {subject} {measure_words(measure)} as of {when(slot[0])}: {told}.",
                        tuple(slot[:MAX_EVIDENCE]), (as_of_label(slot[:1]),))]
    pair = _incompatible_pair_hedged(slot) if not _vague(measure) else None
    if pair is None:  # one source giving two estimates ("police said 1,000, organisers 2,000")
        return []      # reports a dispute in its own words: not a discrepancy between sources
    high_claim, low_claim = pair
    others = [c for c in slot if c is not high_claim and c is not low_claim][:MAX_EVIDENCE - 2]
    same_day = low_claim["as_of_start"] == high_claim["as_of_start"]
    bases = _mixed_bases(high_claim, low_claim)
    message = (f"{who(high_claim)} ({high_claim['source_date'] or 'undated'}) says {amount_of(high_claim, measure)} "
               f"for {subject} as of {when(high_claim)}; {who(low_claim)}"
               f"{', the same day,' if same_day and low_claim['source_date'] == high_claim['source_date'] else ' (' + (low_claim['source_date'] or 'undated') + ')'}"
               f" says {amount(low_claim)}: " + (bases or "the figures cannot both be true."))
    return [Finding("conflict", "warning" if bases else "error", subject, measure, as_of_label(slot),
                    " vs ".join(amount(c) for c in [high_claim, low_claim, *others]), message,
                    (high_claim, low_claim, *others), (as_of_label(slot[:1]),))]


# a later report that says the figure was revised: "218,000 jobs in May, revised data showed"
# (a statistics office's final reading after its flash one: "4.2% in October, according to final data")
REVISED = re.compile(r"\b(?:revis(?:ed|ion|ions)|restated|updated\s+(?:figures|data|estimates?)|final\s+(?:data|figures?|"
                     r"estimates?|reading|results?)|(?:than|from|above|below|on)\s+(?:the|a|an)\s+(?:[\d.,%]+\s+)?"
                     r"(?:flash|preliminary|provisional|initial|advance)\s+(?:estimate|reading|figure))\b", re.IGNORECASE)
CLAUSE_OF_ITS_OWN = re.compile(r";|,?\s+(?:while|whereas|but|and)\s|,\s+(?:as|after)\s", re.IGNORECASE)


def _told_as_revised(slot: list[dict]) -> list[tuple[dict, dict]]:
    """The figures of one time told as a revision ("218,000 jobs in May, revised data showed") of an
    earlier report they differ from (official statistics are revised as fuller data come in), each
    with the latest such report: revisions, not conflicts."""
    out = []
    for later in slot:
        if not later["source_date"] or not REVISED.search(later["sentence"]) or not _revised_clause(later):
            continue
        before = [c for c in slot if c["source_date"] and c["source_date"] < later["source_date"]
                  and (c["high"] < later["low"] or later["high"] < c["low"])]
        if before:
            out.append((later, max(before, key=lambda c: c["source_date"])))
    return out


def _revised_clause(claim: dict) -> bool:
    """Does the figure's own clause say it was revised ("218,000 jobs in May, revised data showed"; not
    "175,000 jobs in April, while the March figure was revised")?"""
    sentence = claim["sentence"]
    at = sentence.find(claim["surface"])
    if at < 0:
        return False
    cuts = [m.start() for m in CLAUSE_OF_ITS_OWN.finditer(sentence)]
    start = max([c for c in cuts if c < at] or [0])
    end = min([c for c in cuts if c > at] or [len(sentence)])
    return bool(REVISED.search(sentence, start, end))


def _revision(later: dict, earlier: dict) -> Finding:
    return Finding("revision", "warning", later["subject"], later["measure"], as_of_label([earlier]),
                   f"{amount(earlier)} -> {amount(later)}",
                   f"{who(later)} ({later['source_date']}) gives {amount(later)} for {later['subject']} "
                   f"{measure_words(later['measure'])} as of {when(later)}, told as revised, where {who(earlier)} "
                   f"({earlier['source_date']}) gave {amount(earlier)}.", (earlier, later),
                   ("revised", as_of_label([earlier]), later["source"], later["value"]))


YEAR_BASIS = '"basis": "year"'  # a change told against a year earlier ("in the year to May")


def _mixed_bases(first: dict, second: dict) -> str:
    """Why two changes of one period may both hold: one is told against a year earlier, the
    other bare ("rose 0.4% in May" may be the month's), else ""."""
    if (YEAR_BASIS in first["detail"]) == (YEAR_BASIS in second["detail"]) or "inflation" in first["measure"]:
        return ""  # (inflation is a change on a year earlier however it is told)
    return ("one is told against a year earlier and the other is not, so one may be the period's own "
            "change: check which each is.")


# how far past an open bound another figure may stand and still be the same figure told
# with "more than" ("more than 4,100" is read as 4,1xx by an editor, not 4,700)
OPEN_BOUND_REACH = 0.1


def _open_and_far(slot: list[dict]) -> bool:
    """Does a figure with no upper (or lower) bound sit in a slot with a figure further than
    OPEN_BOUND_REACH from its stated value?"""
    values = [c["value"] for c in slot]
    low, high = min(values), max(values)
    return any(math.isinf(c["high"]) or math.isinf(c["low"]) for c in slot) and \
        high - low > OPEN_BOUND_REACH * max(abs(low), abs(high))


SMALL_COUNT = 100
SMALL_COUNT_HEDGE = 0.1  # "about 20 people" may be 18-22


def _incompatible_pair_hedged(slot: list[dict]) -> tuple[dict, dict] | None:
    """`_incompatible_pair` with "about 20 people" as 18-22, so 22 is none (larger figures keep
    their hedge: "about 1,800" and "about 2,000" jobs still differ)."""
    widened = [_with_small_count_hedge(c) for c in slot]
    pair = _incompatible_pair(widened)
    if pair is None:
        return None
    return tuple(next(c for c, w in zip(slot, widened) if w is p) for p in pair)


def _with_small_count_hedge(claim: dict) -> dict:
    """A small count told "about" with a hedge of a tenth: one of a few percent is less than a
    person of a few dozen."""
    value = claim["value"]
    if claim["qualifier"] != "about" or not 0 < abs(value) < SMALL_COUNT:
        return claim
    low, high = sorted((value * (1 - SMALL_COUNT_HEDGE), value * (1 + SMALL_COUNT_HEDGE)))
    return dict(claim, low=min(claim["low"], low), high=max(claim["high"], high))


def _incompatible_pair(slot: list[dict]) -> tuple[dict, dict] | None:
    """The two claims of different sources furthest apart with no value in common, if any.

    Only each source's highest floor and lowest ceiling can be part of the widest gap, and
    only the two best sources on each side, so a slot of thousands of claims costs one pass.
    """
    highs: dict[str, int] = {}  # source -> index of its claim with the highest low
    lows: dict[str, int] = {}   # source -> index of its claim with the lowest high
    for index, claim in enumerate(slot):
        best = highs.get(claim["source"])
        if best is None or claim["low"] > slot[best]["low"]:
            highs[claim["source"]] = index
        best = lows.get(claim["source"])
        if best is None or claim["high"] < slot[best]["high"]:
            lows[claim["source"]] = index
    top_highs = sorted(highs.values(), key=lambda i: (-slot[i]["low"], i))[:2]
    top_lows = sorted(lows.values(), key=lambda i: (slot[i]["high"], i))[:2]
    best_pair: tuple[float, int, int] | None = None
    for high in sorted(top_highs):
        for low in sorted(top_lows):
            if slot[high]["source"] != slot[low]["source"] and slot[low]["high"] < slot[high]["low"]:
                gap = slot[high]["low"] - slot[low]["high"]
                if best_pair is None or gap > best_pair[0]:
                    best_pair = (gap, high, low)
    return (slot[best_pair[1]], slot[best_pair[2]]) if best_pair else None


def _tolls(subject: str, measure: str, rows: list[dict]) -> list[Finding]:
    """One event's toll as sources report it: same-day conflicts, revisions, later lower figures."""
    out: list[Finding] = []
    fine = [c for c in rows if c["as_of_precision"] not in COARSE]
    years = [c for c in rows if c["as_of_precision"] in COARSE]
    # a toll of the year the source is in ("have killed 120 people this year") still runs: revised as news comes
    running = [c for c in years if c["source_date"] and c["as_of_end"] >= c["source_date"]]
    coarse = [c for c in years if not (c["source_date"] and c["as_of_end"] >= c["source_date"])]
    # a year's toll ("last year, floods killed 117, up from 53 in 2023") is that year's alone:
    # the next year's is no revision of it, nor a report of one event, and outlets recalling it
    # on different days revise nothing: their figures agree or differ
    for event in slots(coarse, 0):  # (a year may hold other events of the kind: a warning)
        out.extend(_as_warning(f) for f in _same_time(subject, measure, [c for c in event if not _none(c)]))
    for event in slots(fine, REVISION_WINDOW_DAYS):
        out.extend(_toll_reports(subject, measure, event))
    for event in slots(running, 0):  # (the year's other events of the kind may be meant: warnings)
        out.extend(_as_warning(f) for f in _toll_reports(subject, measure, event))
    return out


def _restates(sequence: list[dict]) -> bool:
    """Each later report only restates the one before it, less precisely: "107 dead", then "more
    than 100 deaths" (a toll that rose is told by a figure the earlier one is not within)."""
    return all(after["low"] <= before["low"] and before["high"] <= after["high"] and not math.isinf(before["high"])
               for before, after in zip(sequence, sequence[1:]))  # ("at least 12", then "at least 10": revised)


def _toll_reports(subject: str, measure: str, event: list[dict]) -> list[Finding]:
    """One event's toll as each day's reports give it: that day's conflicts, a later lower figure, the revisions."""
    out: list[Finding] = []
    by_report = sorted(event, key=lambda c: (c["source_date"] or "9999", c["source"]))
    reports: list[list[dict]] = []
    for claim in by_report:
        if reports and reports[-1][0]["source_date"] == claim["source_date"]:
            reports[-1].append(claim)
        else:
            reports.append([claim])
    for same_day in reports:  # a day's reports conflict over their current tolls, not their recaps
        current = _current(same_day)  # ("159 cases, up from 146 on Friday": 159 is the toll)
        out.extend(f for f in _same_time(subject, measure, current) if f.kind == "conflict")
    # a toll of none ("no one was injured") meets another outlet's toll of that day, but may
    # be of a smaller event the story mentions: never a revision, nor a later fall
    reports = [kept for r in reports if (kept := [c for c in r if not _none(c)])]
    if not reports:
        return out
    sequence = [_latest(r) for r in reports]
    if len({(c["low"], c["high"]) for c in sequence}) == 1 or _restates(sequence):  # every report gives the same toll
        out.extend(_same_time(subject, measure, [c for c in event if not _none(c)]))
        return out
    lower = _later_lower(sequence)
    if lower:
        earlier, later = lower
        out.append(Finding(
            "conflict", "error", subject, measure, as_of_label(event), f"{amount(earlier)} then {amount(later)}",
            f"{who(later)} ({later['source_date']}) gives {amount_of(later, measure)} for {subject}, "
            f"lower than the {amount(earlier)} {who(earlier)} reported earlier ({earlier['source_date']}): "
            f"a toll does not fall, one of them is wrong.",
            (earlier, later), ("lower", event[0]["as_of_start"])))
    if len(sequence) >= 2 and len({(c["low"], c["high"]) for c in sequence}) > 1:
        steps = " -> ".join(f"{amount(c)} ({who(c)}, {c['source_date'] or 'undated'})" for c in sequence)
        grows = measure.split(" ", 1)[0] in RUNNING_TOTALS and not lower
        out.append(Finding(
            "change" if grows else "revision", "info" if grows else "warning", subject, measure,
            as_of_label(event), " -> ".join(amount(c) for c in sequence),
            f"The {subject} {measure_words(measure)} count grew as reports came in: {steps}." if grows else
            f"The {subject} {measure_words(measure)} toll was revised as reports came in: {steps}.",
            tuple(sequence), (event[0]["as_of_start"],)))
    return out


def _tallies(subject: str, measure: str, rows: list[dict]) -> list[Finding]:
    """One motion's votes within REVISION_WINDOW_DAYS are one vote unless their own dates part them:
    its tallies corroborate or conflict, whichever day each outlet told them."""
    out: list[Finding] = []
    for vote in slots(rows, REVISION_WINDOW_DAYS):
        stated = {(c["as_of_start"], c["as_of_end"]) for c in vote if c["as_of_basis"] == "stated"}
        sizes = [_tally_size(c) for c in vote]
        if len(stated) > 1 and len(slots([c for c in vote if c["as_of_basis"] == "stated"], 0)) > 1 \
                or max(sizes) > TALLY_SIZE_SPREAD * min(sizes):
            out.extend(_levels(subject, measure, vote, 0))  # votes on different days, each dated, or of bodies
            continue  # of different sizes (a House of 430, a Senate of 100; a union's branches)
        found = _same_time(subject, measure, vote)
        if len(slots(vote, 0)) > 1:  # told on different days: likely one vote, but the body is not compared
            found = [_as_warning(f) for f in found]
        out.extend(found)
    return out



def _tally_size(claim: dict) -> float:
    """The votes a tally counts, both sides ("2,941-364": 3,305), or the side's own when unknown."""
    try:
        tally = json.loads(claim["detail"] or "{}").get("tally", "")
    except (TypeError, ValueError):
        tally = ""
    sides = [float(side.replace(",", "")) for side in tally.split("-") if side.replace(",", "").isdigit()]
    return sum(sides) if len(sides) == 2 and sum(sides) else max(claim["value"], 1.0)


def _as_warning(finding: Finding) -> Finding:
    """A conflict that may be of two things the claims cannot tell apart, as a warning."""
    return dataclasses.replace(finding, severity="warning") if finding.kind == "conflict" else finding


def _none(claim: dict) -> bool:
    return claim["value"] == 0 and claim["high"] == 0


def _latest(report: list[dict]) -> dict:
    """What one day's reports say the toll is now: their most recent figure, not a recap of
    an earlier day ("on Monday officials put the toll at 14")."""
    return max(report, key=lambda c: (c["as_of_end"], c["as_of_start"]))


def _current(report: list[dict]) -> list[dict]:
    """Each source's claims as of its latest date, in order: what it says the toll is now."""
    latest: dict[str, str] = {}
    for claim in report:
        latest[claim["source"]] = max(latest.get(claim["source"], ""), claim["as_of_end"])
    return [c for c in report if c["as_of_end"] == latest[c["source"]]]


def _later_lower(sequence: list[dict]) -> tuple[dict, dict] | None:
    """The first report whose figure is entirely below one reported before it."""
    for index, later in enumerate(sequence[1:], start=1):
        for earlier in sequence[:index]:
            if later["high"] < earlier["low"]:
                return earlier, later
    return None


def _one_per_source(claims: list[dict]) -> list[dict]:
    seen: dict[str, dict] = {}
    for claim in claims:
        seen.setdefault(claim["source"], claim)
    return list(seen.values())
