"""Vocabulary and tolerances: built-in defaults plus each corpus's own `checker.toml`.

Story knowledge (subject aliases, local measure nouns) is data a user edits, never
code.  The corpus file uses the same tables as `checker/data/vocabulary.toml` and
`checker/data/qualifiers.toml`, plus `[findings]` settings; its entries win.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from checker.errors import InputError

CONFIG_FILE = "checker.toml"

DEFAULT_FINDINGS = {
    # as-of periods closer than this many days count as "the same time" for conflicts
    "same_time_window_days": 0,
    # minimum rapidfuzz similarity (0-100) for two names to be variants of one another
    "name_similarity": 85,
    # two sources' event descriptions must share this share of their keywords
    "event_overlap": 0.5,
}


@dataclass(frozen=True)
class Qualifier:
    kind: str
    low: float
    high: float


@dataclass(frozen=True)
class Config:
    """Everything the rules and findings read; immutable, hashable into a cache key."""

    measures: dict[str, str]
    events: dict[str, str]
    event_nouns: dict[str, str]
    changes_up: frozenset[str]
    changes_down: frozenset[str]
    aliases: dict[str, str]  # alias (lower case) -> canonical subject
    alias_forms: dict[str, str]  # alias (lower case) -> as written (acronyms match by case)
    not_counts: frozenset[str]
    people_nouns: frozenset[str]
    amount_nouns: frozenset[str]
    furniture_prefixes: tuple[str, ...]
    furniture_infixes: tuple[str, ...]
    furniture_tail_headings: frozenset[str]
    qualifiers_before: dict[str, Qualifier]  # phrase (lower case) -> qualifier
    qualifiers_after: dict[str, Qualifier]
    findings: dict[str, float]
    digest: str = field(default="")  # hash of the merged data: part of the cache key
    # compiled once from the tables above, for the hot path
    qualifier_before_re: re.Pattern | None = field(default=None, compare=False)
    qualifier_after_re: re.Pattern | None = field(default=None, compare=False)
    events_re: re.Pattern | None = field(default=None, compare=False)
    measures_re: re.Pattern | None = field(default=None, compare=False)

    def canonical_subject(self, name: str) -> str:
        return self.aliases.get(name.lower(), name)


def load_config(roots: list[Path] | None = None) -> Config:
    """Built-in data merged with the `checker.toml` of each corpus folder, in order."""
    vocabulary = _builtin("vocabulary.toml")
    qualifiers = _builtin("qualifiers.toml")
    findings = dict(DEFAULT_FINDINGS)
    for root in roots or []:
        path = root / CONFIG_FILE
        if not path.is_file():
            continue
        user = _read_toml(path)
        unknown = set(user) - {"measures", "events", "event_nouns", "changes", "aliases",
                               "not_counts", "qualifiers", "findings", "furniture", "people",
                               "amounts"}
        if unknown:
            raise InputError(path, f"unknown table(s): {', '.join(sorted(unknown))}")
        for table in ("measures", "events", "event_nouns", "aliases"):
            vocabulary.setdefault(table, {}).update(user.get(table, {}))
        for direction in ("up", "down"):
            extra = user.get("changes", {}).get(direction, [])
            vocabulary["changes"][direction] = list(vocabulary["changes"][direction]) + list(extra)
        for table in ("not_counts", "people", "amounts"):
            vocabulary[table]["nouns"] += user.get(table, {}).get("nouns", [])
        for key, extra in user.get("furniture", {}).items():
            vocabulary["furniture"][key] = list(vocabulary["furniture"].get(key, [])) + list(extra)
        for kind, table in user.get("qualifiers", {}).items():
            qualifiers["qualifiers"].setdefault(kind, {}).update(table)
        unknown_settings = set(user.get("findings", {})) - set(DEFAULT_FINDINGS)
        if unknown_settings:
            raise InputError(path, f"unknown [findings] setting(s): {', '.join(sorted(unknown_settings))}")
        findings.update(user.get("findings", {}))
    return _build(vocabulary, qualifiers, findings)


def _build(vocabulary: dict, qualifiers: dict, findings: dict) -> Config:
    aliases: dict[str, str] = {}
    alias_forms: dict[str, str] = {}
    for canonical, others in vocabulary.get("aliases", {}).items():
        for form in [canonical, *others]:
            aliases[form.lower()] = canonical
            alias_forms[form.lower()] = form
    before: dict[str, Qualifier] = {}
    after: dict[str, Qualifier] = {}
    for kind, table in qualifiers["qualifiers"].items():
        qualifier = Qualifier(kind, float(table["low"]), float(table["high"]))
        for phrase in table.get("before", []):
            before[phrase.lower()] = qualifier
        for phrase in table.get("after", []):
            after[phrase.lower()] = qualifier
    measures = _with_singulars({k.lower(): v for k, v in vocabulary["measures"].items()})
    digest = hashlib.sha256(
        json.dumps([vocabulary, qualifiers, findings], sort_keys=True, default=str).encode()
    ).hexdigest()[:16]
    return Config(
        measures=measures,
        events={k.lower(): v for k, v in vocabulary["events"].items()},
        event_nouns={k.lower(): v for k, v in vocabulary["event_nouns"].items()},
        changes_up=frozenset(vocabulary["changes"]["up"]),
        changes_down=frozenset(vocabulary["changes"]["down"]),
        aliases=aliases,
        alias_forms=alias_forms,
        not_counts=frozenset(n.lower() for n in vocabulary["not_counts"]["nouns"]),
        people_nouns=frozenset(n.lower() for n in _with_singulars({n: n for n in vocabulary["people"]["nouns"]})),
        amount_nouns=frozenset(n.lower() for n in vocabulary["amounts"]["nouns"]),
        furniture_prefixes=tuple(p.lower() for p in vocabulary["furniture"]["prefixes"]),
        furniture_infixes=tuple(p.lower() for p in vocabulary["furniture"]["infixes"]),
        furniture_tail_headings=frozenset(h.lower() for h in vocabulary["furniture"]["tail_headings"]),
        qualifiers_before=before,
        qualifiers_after=after,
        findings=findings,
        digest=digest,
        qualifier_before_re=re.compile(
            r"(?:^|\W)(" + _alternation(before) + r")\s*$", re.IGNORECASE) if before else None,
        qualifier_after_re=re.compile(r"\s?(" + _alternation(after) + r")\b", re.IGNORECASE) if after else None,
        events_re=re.compile(r"(" + _alternation(vocabulary["events"]) + r")\b", re.IGNORECASE),
        measures_re=re.compile(r"\b(" + _alternation(measures) + r")\b", re.IGNORECASE),
    )


def _alternation(phrases) -> str:
    """Longest first, so "more than" wins over "more"."""
    return "|".join(re.escape(p.lower()) for p in sorted(phrases, key=len, reverse=True))


def singular(noun: str) -> str:
    """A plural's singular, good enough for counted nouns ("allies" -> "ally")."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return noun[:-1]
    return noun


def _with_singulars(measures: dict[str, str]) -> dict[str, str]:
    out = dict(measures)
    for noun, measure in measures.items():
        words = noun.split()
        words[-1] = singular(words[-1])
        out.setdefault(" ".join(words), measure)
    return out


def _builtin(name: str) -> dict:
    return tomllib.loads(resources.files("checker.data").joinpath(name).read_text("utf-8"))


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(path, f"cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(path, f"not valid TOML: {error}") from None
