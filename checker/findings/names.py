"""One person's name spelled differently across sources ("Volodymyr Zelenskyy" vs "Volodimir Zelensky").

Names are compared after folding diacritics and common transliteration pairs (č/c,
đ/dj, lj/l, sh/š...), with rapidfuzz on the distinct spellings only, so the cost
grows with the number of names, not of claims.  Spellings that differ only in
diacritics are reported as `info`; any other variant is a `warning`.  Two spellings whose
told ages cannot be one person's ("Edward Pryce, 63" and "Edwina Price, 29") are two people.
A familiar form of a given name with the same surname ("Ray" / "Raymond Kowalczyk", "Bill" /
"William Ortega") is the person written informally: no finding (`given_names.toml`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from datetime import date

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from checker.config import given_name_forms
from checker.findings.evidence import Finding, records, who

TRANSLITERATION = (("dž", "j"), ("dj", "j"), ("đ", "j"), ("lj", "l"), ("nj", "n"), ("kh", "h"),
                   ("sh", "s"), ("zh", "z"), ("ch", "c"), ("tch", "c"), ("ph", "f"), ("ks", "x"),
                   ("y", "i"), ("w", "v"), ("ou", "u"), ("ee", "i"), ("ii", "i"))  # "Zelenskiy"/"Zelensky"


BLOCK = 2000  # spellings scored at once: a block's scores take BLOCK x spellings x 4 bytes
TITLES_AND_SUFFIXES = frozenset(["mr", "mrs", "ms", "dr", "prof", "sir", "dame", "cllr", "sheriff", "president", "minister", "mayor", "governor", "gov", "sen", "senator", "rep", "judge", "gen", "general", "chief", "director", "jr", "sr", "ii", "iii"])


def fold(name: str) -> str:
    """Lower case, no diacritics."""
    decomposed = unicodedata.normalize("NFKD", name.lower().replace("đ", "dj").replace("ł", "l"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def transliterate(name: str) -> str:
    """A spelling with common transliteration pairs collapsed: "aljbin" -> "albin"."""
    out = fold(name)
    for a, b in TRANSLITERATION:
        out = out.replace(a, b)
    return out


def find(claims: pd.DataFrame, threshold: float = 85) -> list[Finding]:
    names = claims[claims["kind"] == "name"]
    if names.empty:
        return []
    ages = _ages(claims)
    spellings = sorted(set(names["subject"]))
    folded = [_core(s) for s in spellings]
    rows_of = names.groupby("subject").indices  # spelling -> positions; rows read for variants only
    out: list[Finding] = []
    parent = list(range(len(spellings)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _similar_pairs(folded, min(threshold, 70)):
        if _same_person(spellings[i], spellings[j], threshold) and _ages_fit(ages.get(spellings[i]),
                                                                              ages.get(spellings[j])):
            parent[root(j)] = root(i)
    clusters: dict[int, list[str]] = {}
    for i, spelling in enumerate(spellings):
        clusters.setdefault(root(i), []).append(spelling)
    for members in clusters.values():
        if len(members) < 2 or len({_bare(m) for m in members}) == 1:
            continue  # "Ferdinand Marcos Jr" and "Ferdinand Marcos": one spelling
        if all(_informally(a, b) for a in members for b in members):
            continue  # "Ray Kowalczyk" and "Raymond Kowalczyk": one name, written informally
        by_spelling = {m: records(names.iloc[rows_of[m]]) for m in members}
        members.sort(key=lambda s: (-len({c["source"] for c in by_spelling[s]}), s))
        diacritics_only = len({fold(m) for m in members}) == 1
        evidence = tuple(by_spelling[m][0] for m in members)
        told = "; ".join(f"\u201c{m}\u201d ({', '.join(sorted({who(c) for c in by_spelling[m]}))})" for m in members)
        reason = "spellings that differ only in diacritics" if diacritics_only else (
            "a common transliteration difference" if len({transliterate(m) for m in members}) == 1 else "a likely misspelling")
        out.append(Finding(
            "name_variant", "info" if diacritics_only else "warning", members[0], "name", "",
            " / ".join(members), f"One name, spelled {len(members)} ways across sources ({reason}): {told}.",
            evidence, (transliterate(members[0]),)))
    return out


def _ages(claims: pd.DataFrame) -> dict[str, tuple[float, str]]:
    """Each spelling's first stated age and its date ("Shahnaz Akter, 24," -> (24, "2025-03-12"))."""
    told = claims[claims["measure"] == "age"]
    return {subject: (value, day) for subject, value, day in
            zip(told["subject"], told["value"], told["as_of_end"]) if subject} if len(told) else {}


def _ages_fit(a: tuple[float, str] | None, b: tuple[float, str] | None) -> bool:
    """Could two told ages be one person's?  ("Edward Pryce, 63" and "Edwina Price, 29" cannot.)"""
    if a is None or b is None or not a[1] or not b[1]:
        return True
    years = abs((date.fromisoformat(a[1]) - date.fromisoformat(b[1])).days) / 365.2425
    return abs(a[0] - b[0]) <= math.ceil(years) + 1


def _similar_pairs(folded: list[str], cutoff: float) -> Iterator[tuple[int, int]]:
    """Pairs i < j of spellings alike to `cutoff`, in order: rapidfuzz scores a block of
    rows at a time against the spellings after them, so tens of thousands of distinct
    names need neither a square matrix in memory nor a Python loop over every pair."""
    for start in range(0, len(folded), BLOCK):
        scores = process.cdist(folded[start:start + BLOCK], folded[start:], scorer=fuzz.ratio,
                               score_cutoff=cutoff, workers=1)
        rows, columns = np.nonzero(scores)
        for row, column in zip(rows.tolist(), columns.tolist()):
            if column > row:
                yield start + row, start + column


def _core(name: str) -> str:
    """A name reduced to what identifies the person: transliterated, without titles,
    a possessive organisation ("Unison's") or a generational suffix ("Jr.")."""
    name = re.sub(r"^.*?['’]s\s+", "", name)
    words = [w for w in transliterate(name).replace(".", "").split() if w not in TITLES_AND_SUFFIXES]
    return " ".join(words) or transliterate(name)


def _bare(name: str) -> str:
    """Lower case, diacritics kept, titles and suffixes dropped."""
    name = re.sub(r"^.*?['’]s\s+", "", name.lower()).replace(".", "")
    return " ".join(w for w in name.split() if w not in TITLES_AND_SUFFIXES)


def _informally(a: str, b: str) -> bool:
    """One name, its given name in a familiar form: the same other words, and given names
    that are forms of one full name (`given_names.toml`: "Bill" / "William", "Kate" /
    "Katie") or one begun by the other, three letters or more and two letters shorter
    ("Chris" / "Christopher", "Dan" / "Daniel"; "Sara" / "Sarah" is a spelling)."""
    wa, wb = _bare(a).split(), _bare(b).split()
    if len(wa) < 2 or wa[1:] != wb[1:]:  # "Kowalczyk" / "Kowałczyk" stays a finding
        return False
    x, y = sorted((fold(wa[0]), fold(wb[0])), key=len)
    forms = given_name_forms()
    return x == y or bool(forms.get(x, {x}) & forms.get(y, {y})) or \
        (len(x) >= 3 and len(y) - len(x) >= 2 and y.startswith(x))


def _gendered_pair(x: str, y: str) -> bool:
    """A given name and its other gender's form: one ends in "a" and they share their first
    four letters ("Mario" / "Maria", "Nicolae" / "Nicoleta", "Stefano" / "Stefania"), or the
    other ends in a consonant ("Daniel" / "Daniela", "Edward" / "Edwina"); not "Adaeze" /
    "Adaiza", one name misspelt, nor "Sara" / "Sarah", a silent h."""
    if x.endswith("a") == y.endswith("a") or f"{x}h".lower() == y.lower() or f"{y}h".lower() == x.lower():
        return False
    other = y if x.endswith("a") else x
    return x[:4].lower() == y[:4].lower() or other[-1:].lower() not in "aeiouy"


def _same_person(a: str, b: str, threshold: float = 85) -> bool:
    """One person written two ways: the same surname (to `threshold`) and given names alike
    ("Kory Honea" / "Corey Honea", "Claus" / "Klaus"), or every word alike."""
    wa, wb = _core(a).split(), _core(b).split()
    if len(wa) >= 2 and len(wb) >= 2 and wa[0] != wb[0] and _gendered_pair(wa[0], wb[0]):
        return False  # "Daniel" / "Daniela", "Edward" / "Edwina", "Mario" / "Maria": two people, as a rule
    if len(wa) == len(wb) and all(fuzz.ratio(x, y) >= 75 for x, y in zip(wa, wb)):
        return True
    differing = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(wa) == len(wb) >= 3 and len(differing) == 1:  # "Carlos Ramírez Tello" / "Carlos Ramirez Tellez":
        x, y = differing[0]  # two names alike, the third begun alike (not "Garcia" / "Garza", "Castro" / "Castillo")
        if x[:4] == y[:4] and fuzz.ratio(x, y) >= 72:
            return True
    if len(wa) < 2 or len(wb) < 2 or fuzz.ratio(wa[-1], wb[-1]) < threshold:
        return False
    first_a, first_b = wa[0], wb[0]
    return (fuzz.ratio(first_a, first_b) >= 60 and first_a[1:2] == first_b[1:2]) or \
        first_a.startswith(first_b) or first_b.startswith(first_a)


def _same_shape(a: str, b: str) -> bool:
    """Same number of words, and every word alike: not two different people."""
    wa, wb = transliterate(a).split(), transliterate(b).split()
    return len(wa) == len(wb) and all(fuzz.ratio(x, y) >= 75 for x, y in zip(wa, wb))
