"""One subject, one name across outlets.

Each article settles its own subjects (`checker.subjects`): "Portugal's Alentejo" in one,
"the Alentejo" in another; "Brightwater" in one, "Brightwater Energy" in the next.  Only
the whole corpus shows that two outlets' names are one, so the findings stage maps them
to one form before it groups figures:
- a place named with its country's possessive is the place another source names bare
  ("Portugal's Alentejo" -> "Alentejo");
- a firm's first words are the firm another source names in full, when only one firm of
  the corpus starts so ("Brightwater" -> "Brightwater Energy", not when "Brightwater
  Energy" and "Brightwater Holdings" both appear).
The claims table keeps each source's own words; a finding names the one form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from checker.config import Lexicon

OWNER = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+(?=[A-Z])")
CAPITALISED = re.compile(r"[A-Z][\w&.'’-]*")


def forms(subjects: Iterable[str], lexicon: Lexicon, surnames: Iterable[str] = ()) -> dict[str, str]:
    """Subject -> the one form it is grouped under, for the subjects that have another
    (`surnames`: people's, which name no firm however one is called: "Okafor" is no
    "Okafor Capital Partners")."""
    names = set(subjects)
    people = set(surnames)
    mapping: dict[str, str] = {}
    for name in names:
        owner = OWNER.match(name)
        if owner and name[owner.end():] in names:
            mapping[name] = name[owner.end():]
    firms: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) >= 2 and words[-1].rstrip(".") in lexicon.company_heads \
                and all(CAPITALISED.fullmatch(word) for word in words):
            for size in range(1, len(words)):
                firms.setdefault(" ".join(words[:size]), set()).add(name)
    for short, full in firms.items():
        if short in names and short not in mapping and len(full) == 1 and short not in lexicon.not_subjects \
                and short not in people:
            mapping[short] = next(iter(full))
    return {name: mapping.get(target, target) for name, target in mapping.items()}


def unify(claims: pd.DataFrame, lexicon: Lexicon) -> pd.DataFrame:
    """The claims with each figure's subject in its one form (the rest unchanged)."""
    figures = claims["kind"] == "figure"
    return apply(claims, forms(claims.loc[figures, "subject"].unique(), lexicon, surnames(claims)))


def surnames(claims: pd.DataFrame) -> set[str]:
    """The last words of the people's names the claims hold."""
    return {name.split()[-1] for name in claims.loc[claims["kind"] == "name", "subject"].unique()}


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
