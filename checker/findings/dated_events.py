"""The same event dated differently by two sources, at a precision where both cannot hold.

Two date claims speak of the same event when their descriptions share most of their
keywords, a name among them (or, naming no one, a mark of a happening that comes once:
"first confirmed", "began", "founded"), and the dates are close: days within a week, months
adjacent.  "24 September" vs "23 September" conflict, "September" vs "24 September"
agree.  Claims are blocked by the names in their descriptions and sorted by date, so
each is compared only with the next few claims naming the same place or person within
the following weeks: never every pair.  Descriptions that state different figures are
different states of a thing, not one event ("reservoirs were at 31% on Tuesday",
"reservoirs stood at 28% on Friday"): the series of that figure tells their story.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

import pandas as pd

from checker.figures import FALL_WORDS, RISE_WORDS
from checker.findings.evidence import MAX_EVIDENCE, Finding, listing, records, when, who
from checker.subjects import STOPWORDS, event_keywords

NEAR_DAYS = {"day": 7, "week": 7, "month": 31}
PLANNED = '"planned": true'  # a date told as still to come ("due to have a medical on Thursday"): plans move
MOVE = re.compile(r"\b(?:" + "|".join(sorted(RISE_WORDS | FALL_WORDS)) + r")\b")
# a figure moving to a level: "rose to nine", "climbed to 41", "fell by 3%"
LEVEL_MOVE = re.compile(MOVE.pattern + r"\s+(?:to|by)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?"
                        r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|"
                        r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)\b)")
NEIGHBOURS = 50
ONCE = frozenset({"first", "~began", "~founded"})  # keywords of a happening that comes once
# who did it, not what happened (keyword stems): "health officials first confirmed the outbreak"
AGENTS = frozenset(w[:6] for w in "state health officials authorities police ministry government department "
                   "company spokesman spokeswoman spokesperson agency local federal".split())
NAME = re.compile(r"\b[A-Z][\w'-]+")
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# Words that say where, not what happened (keyword stems): "off the island of Sulawesi"
# and "Sulawesi island" share a place, not an event.
WHERE_WORDS = frozenset(w[:6] for w in (
    "island islands coast coastal sea seas ocean bay gulf river lake mountain mountains valley region "
    "province county district state country city town village capital border area port harbour harbor "
    "street road highway north south east west northern southern eastern western central".split()))


def find(claims: pd.DataFrame, overlap: float = 0.5, first: tuple[str, str] = ("", "\uffff")) -> list[Finding]:
    """Date conflicts among the date claims; only those whose earliest date falls in
    [`first`) when given (a time window of a larger table: the claims of the following
    weeks must be there too)."""
    return find_sorted(dated_rows(claims), overlap, first)


def dated_rows(claims: pd.DataFrame) -> list[dict]:
    """The date claims that can conflict, as rows in the order `find_sorted` reads them:
    by date, then source and position (ties in table order)."""
    dated = claims[(claims["kind"] == "date") & (claims["as_of_start"] != "")
                   & claims["as_of_precision"].isin(list(NEAR_DAYS))]
    return sorted(records(dated), key=lambda c: (c["as_of_start"], c["source"], c["start"]))


def find_sorted(rows: list[dict], overlap: float, first: tuple[str, str] = ("", "\uffff"),
                read: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] | None = None
                ) -> list[Finding]:
    """`find` on `dated_rows` (or a run of them by date); `read` keeps each description's
    keywords, names and figures across calls."""
    read = {} if read is None else read
    for subject in dict.fromkeys(c["subject"] for c in rows):  # each description read once
        if subject not in read:
            read[subject] = (event_keywords(subject),
                             frozenset(n for n in NAME.findall(subject) if n.lower() not in STOPWORDS),
                             frozenset(FIGURE.findall(subject)))
    names = [read[c["subject"]][1] for c in rows]
    # a description naming no one is blocked by what makes it one happening ("the outbreak was first
    # confirmed", "the strike began"): a thing that happens once, so two days for it cannot both hold
    blocks = [named or read[c["subject"]][0] & ONCE for c, named in zip(rows, names)]
    same: dict[tuple[str, str], bool] = {}  # (description, description) -> one event?
    conflicts: dict[tuple[str, str], set[int]] = {}  # event key -> the claims that date it
    for i, j in _candidate_pairs(rows, blocks, first):
        a, b = rows[i]["subject"], rows[j]["subject"]
        if (a, b) not in same:
            same[a, b] = (_same_event(read[a][0], read[b][0], overlap, names[i] | names[j])
                          and (bool(names[i] or names[j]) or _same_words(read[a][0], read[b][0]))
                          and not _different_figures(read[a][2], read[b][2]) and not _opposite_moves(a, b))
        if same[a, b]:
            shared = " ".join(sorted(read[a][0] & read[b][0]))
            conflicts.setdefault((shared, rows[i]["as_of_start"]), set()).update((i, j))
    return [_finding([rows[k] for k in sorted(indices)], key) for key, indices in conflicts.items()]


def _finding(claims: list[dict], key: tuple[str, str]) -> Finding:
    """One event dated differently: every source's date, earliest first (evidence capped)."""
    by_date: dict[str, list[dict]] = {}
    for claim in claims:
        by_date.setdefault(claim["as_of_start"], []).append(claim)
    told = []
    for number, same in enumerate(by_date.values()):
        outlets = listing(list(dict.fromkeys(who(c) for c in same)))
        verb = "dates" if len({c["source"] for c in same}) == 1 else "date"
        what = f"\u201c{same[0]['subject']}\u201d" if number == 0 else "it"
        told.append(f"{outlets} {verb} {what} {when(same[0])} (\u201c{same[0]['surface']}\u201d)")
    first, last = claims[0], max(claims, key=lambda c: c["as_of_end"])
    kept = {id(same[0]) for same in by_date.values()}  # every date is quoted, then the first others
    for claim in claims:
        if len(kept) >= MAX_EVIDENCE:
            break
        kept.add(id(claim))
    evidence = [claim for claim in claims if id(claim) in kept]
    return Finding(
        "date_conflict", "error", first["subject"], "event_date", f"{first['as_of_start']}/{last['as_of_end']}",
        " vs ".join(when(same[0]) for same in by_date.values()),
        "; ".join(told) + (": both cannot hold." if len(by_date) == 2 else ": they cannot all hold."),
        tuple(evidence), key)


def _candidate_pairs(rows: list[dict], names: list[frozenset[str]],
                     first_dates: tuple[str, str]) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) of different sources that share a name and whose dates are near but
    do not overlap, at one precision: blocked by name, so a busy archive compares each
    date with at most NEIGHBOURS others per name (a pair sharing two names comes twice).
    The earlier claim of a pair is dated within `first_dates`."""
    low, high = first_dates
    by_name: dict[str, list[int]] = {}
    for index, tokens in enumerate(names):
        for token in tokens:
            by_name.setdefault(token, []).append(index)
    horizons = [(date.fromisoformat(c["as_of_end"]) + timedelta(days=NEAR_DAYS[c["as_of_precision"]])).isoformat()
                for c in rows]
    for indices in by_name.values():
        for position, i in enumerate(indices):
            first = rows[i]
            if not low <= first["as_of_start"] < high:
                continue
            for j in indices[position + 1:position + 1 + NEIGHBOURS]:
                second = rows[j]
                if second["as_of_start"] > horizons[i]:
                    break
                if (second["source"] != first["source"] and second["as_of_start"] > first["as_of_end"]
                        and second["as_of_precision"] == first["as_of_precision"]
                        and PLANNED not in first["detail"] and PLANNED not in second["detail"]):
                    # overlapping dates agree; one source is not in conflict with itself; plans move
                    yield i, j


def _same_event(a: frozenset[str], b: frozenset[str], overlap: float, names: frozenset[str]) -> bool:
    """Most keywords shared, and among them what happened, not only where or who: "fire
    started in Butte County" and "emergency declared in Butte County" are two events."""
    if len(a) < 2 or len(b) < 2:
        return False
    shared = a & b
    words = {word for word in shared if not word.startswith("~")}  # "~began": one happening's class
    if len(words) < 2 or len(shared) / min(len(a), len(b)) < overlap:
        return False
    named = {name.lower()[:6] for name in names}  # keywords are stems of six letters
    return any(word not in named and word not in WHERE_WORDS for word in shared)


def _same_words(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two descriptions naming no one tell one happening only when they hold the same words
    (three at least), whoever did it: "the outbreak was first confirmed" is "health officials
    first confirmed the outbreak"; "the first strike began" is not "the first strike by
    guards began", nor "the first death" "the first child death", nor "the strike began" of
    one story's nurses another's of its doctors."""
    words_a, words_b = ({w for w in words if not w.startswith("~") and w not in AGENTS} for words in (a, b))
    return len(words_a) >= 3 and words_a == words_b


def _opposite_moves(a: str, b: str) -> bool:
    """One description rose and the other fell ("UK house prices rose by 0.4%", "UK house
    prices fell"): two moves of a thing, not one event dated twice; or only one of them is a
    figure moving to a level ("the toll in the stampede at the temple rose to nine on
    Wednesday" dates the toll, "the stampede at the temple on Tuesday" the stampede; "the
    river rose above the danger mark" is still a happening)."""
    a_moves, b_moves = set(MOVE.findall(a.lower())), set(MOVE.findall(b.lower()))
    return bool(a_moves & RISE_WORDS and b_moves & FALL_WORDS or a_moves & FALL_WORDS and b_moves & RISE_WORDS
                or bool(LEVEL_MOVE.search(a.lower())) != bool(LEVEL_MOVE.search(b.lower())))


def _different_figures(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both descriptions state figures and share none: two states of a thing on two days."""
    return bool(a and b and a.isdisjoint(b))
