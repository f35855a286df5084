"""One subject, one name across outlets.

Each article settles its own subjects (`checker.subjects`): "Portugal's Alentejo" in one,
"the Alentejo" in another.  Only the whole corpus shows that two outlets' names are one,
so the findings stage maps them to one form before it groups figures: a place named with
its country's possessive is the place another source names bare ("Portugal's Alentejo"
-> "Alentejo"), and a storm named with and without its rank, which changes as it
strengthens ("Narra", "Tropical Storm Narra", "Typhoon Narra"), is its bare name (the
ranks are the vocabulary's `[subjects.event_names]` prefixes).  A firm's first word is
mapped to the one firm that starts with it only when the rest is a generic head that names no
business of its own ("Corvane" -> "Corvane Systems", "Halvard" -> "Halvard Microsystems", "Acme"
-> "Acme Holdings", "Labour" -> "Labour Party", "Vantor" -> "Vantor Air"): "Siemens" and "Siemens Energy", "Shell" and
"Shell Energy" are two firms; and a bloc's head alone is the one bloc named with it ("Alliance" ->
"Progressive Alliance").
A figure whose only subject is its own counted noun is grouped under the group that noun names
when its measure is of that group: "41 officers were injured" and "38 policemen were hurt" are
both `police` (`injured police`; the vocabulary's `[measures]` and `[casualty_groups]`), and a cut in
employees, workers or staff is one in `jobs`.
The claims table keeps each source's own words; a finding names the one form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from checker.gazetteer import place_names

OWNER = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+(?=[A-Z])")
# "Corvane Systems", "Halvard Microsystems Inc", "Acme Holdings", "Labour Party": a firm (or party)
# whose name after its first word says only that it is one, which outlets drop ("Corvane said")
GENERIC_FIRM = re.compile(r"(?:[A-Z][\w&'’-]+)\s+(?:(?:[A-Z][a-z]*)?(?:[Ss]ystems|[Tt]echnolog(?:y|ies))|Holdings|Group|"
                          r"Industries|Enterprises|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|LLC|plc|PLC|AG|SA|NV|SE|GmbH|Party|"
                          r"Air|Airlines|Airways|Motor|Motors)"
                          r"(?:\s+(?:Inc\.?|Corp\.?|Ltd\.?|plc|PLC|AG|SA|NV|SE|GmbH))?")


# a party or bloc a story names in full once and later by its head alone ("the Alliance")
BLOC_HEADS = frozenset({"Alliance", "Coalition", "Front", "Movement", "Bloc"})


def forms(subjects: Iterable[str], ranks: Iterable[str] = ()) -> dict[str, str]:
    """Subject -> the one form it is grouped under, for the subjects that have another
    (`ranks`: the titles a storm's name is written with, "Hurricane", "Tropical Storm")."""
    names = set(subjects)
    mapping: dict[str, str] = {}
    for name in names:
        owner = OWNER.match(name)
        if owner and name[owner.end():] in names:
            mapping[name] = name[owner.end():]
    ranked = re.compile(r"(?:" + "|".join(re.escape(r) for r in sorted(ranks, key=len, reverse=True)) + r")\s+"
                        r"(?P<name>[A-Z][a-z]+)") if ranks else None
    storms: dict[str, set[str]] = {}
    for name in names if ranked else ():
        storm = ranked.fullmatch(name)
        if storm:
            storms.setdefault(storm["name"], set()).add(name)
    for bare, written in storms.items():
        if len(written | ({bare} & names)) >= 2:  # two outlets' forms of one storm
            mapping.update({form: bare for form in written})
    starting: dict[str, list[str]] = {}  # first word -> the longer names it starts (one pass over the names)
    ending: dict[str, list[str]] = {}  # last word -> the longer names it ends
    for name in names:
        if " " in name and name[0].isupper():
            starting.setdefault(name.split(" ", 1)[0], []).append(name)
            ending.setdefault(name.rsplit(" ", 1)[1], []).append(name)
    for first in names & starting.keys():  # "Corvane" and only "Corvane Systems": one firm, no sibling
        longer = starting[first]
        if len(longer) == 1 and GENERIC_FIRM.fullmatch(longer[0]) and first not in place_names():
            mapping[first] = longer[0]  # (not "Japan" -> "Japan Airlines": the country is no firm)
    for head in BLOC_HEADS & names & ending.keys():  # "the Alliance" after "the Progressive Alliance"
        if len(ending[head]) == 1:
            mapping[head] = ending[head][0]
    return {name: mapping.get(target, target) for name, target in mapping.items()}


def unify(claims: pd.DataFrame, ranks: Iterable[str] = (), nouns: dict[str, str] | None = None) -> pd.DataFrame:
    """The claims with each figure's subject in its one form (the rest unchanged); `nouns`:
    counted noun (lower case) -> the measure it names."""
    claims = apply(claims, forms(claims.loc[claims["kind"] == "figure", "subject"].unique(), ranks))
    return workforce_changes(nouns_as_measure(claims, nouns or {}))


# a firm that cuts employees, staff or positions cuts jobs: one change (fewer workers may be fewer strikers)
WORKFORCE_CHANGES = {f"{noun}_change": "jobs_change" for noun in ("employees", "staff", "positions", "roles", "posts")}


def workforce_changes(claims: pd.DataFrame) -> pd.DataFrame:
    """`claims` with a cut in a firm's employees, workers or staff under `jobs_change`:
    "reduce its workforce by 1,850 employees" and "eliminate 1,850 jobs" tell one cut (a rise
    stays apart: "hire 500 more staff", "3,000 more workers joined the strike")."""
    changed = claims["measure"].isin(list(WORKFORCE_CHANGES)) & (claims["value"] < 0)  # (hiring and strikers apart)
    if not changed.any():
        return claims
    claims = claims.copy()
    claims.loc[changed, "measure"] = claims.loc[changed, "measure"].map(WORKFORCE_CHANGES)
    return claims


def nouns_as_measure(claims: pd.DataFrame, nouns: dict[str, str]) -> pd.DataFrame:
    """`claims` with a figure whose subject is only its counted noun ("soldiers", "policemen")
    under the measure that noun names ("troops", "police"), when the figure's measure is it
    names ("injured police"): outlets name one force with different nouns.  A subject that would
    become its own measure is left as it is: such a figure names nothing to compare."""
    if claims.empty or not nouns:
        return claims
    named = claims["subject"].str.lower().map(nouns)
    candidates = np.flatnonzero(((claims["kind"] == "figure") & named.notna()).to_numpy())
    if not len(candidates):
        return claims
    measures = claims["measure"].to_numpy()[candidates]
    targets = named.to_numpy()[candidates]
    subjects = claims["subject"].to_numpy()[candidates]
    changed = [row for row, measure, target, subject in zip(candidates, measures, targets, subjects)
               if subject != target and target != measure and f" {target} " in f" {measure} "]
    if not changed:
        return claims
    claims = claims.copy()
    column = claims.columns.get_loc("subject")
    claims.iloc[changed, column] = named.to_numpy()[changed]
    return claims


def apply(claims: pd.DataFrame, mapping: dict[str, str]) -> pd.DataFrame:
    """`claims` with figure subjects mapped (a copy only when some change)."""
    if not mapping:
        return claims
    changed = (claims["kind"] == "figure") & claims["subject"].isin(list(mapping))
    if not changed.any():
        return claims
    claims = claims.copy()
    claims.loc[changed, "subject"] = claims.loc[changed, "subject"].map(mapping)
    return claims
