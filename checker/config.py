"""Vocabulary and tolerances: built-in defaults plus each corpus's own `checker.toml`.

Story knowledge (subject aliases, local measure nouns, event words, organisation head
nouns, titles) is data a user edits, never code.  The corpus file uses the same tables as
`checker/data/vocabulary.toml` and `checker/data/qualifiers.toml`, plus `[findings]`
settings; its entries are added to the defaults and win over them.  A table or key the
checker does not know, or a value of the wrong type, is an InputError naming the file.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from checker.alternation import alternation
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

# What a corpus's checker.toml may hold: table -> key -> expected value ("*": any key).
STRING, WORDS, NUMBER = "a string", "a list of strings", "a number"
USER_TABLES: dict[str, dict] = {
    "measures": {"*": STRING},
    "events": {"*": STRING},
    "event_nouns": {"*": STRING},
    "aliases": {"*": WORDS},
    "casualty_groups": {"*": WORDS},
    "changes": {"up": WORDS, "down": WORDS},
    "not_counts": {"nouns": WORDS},
    "people": {"nouns": WORDS},
    "amounts": {"nouns": WORDS},
    "furniture": {"prefixes": WORDS, "infixes": WORDS, "tail_headings": WORDS},
    "qualifiers": {"*": {"low": NUMBER, "high": NUMBER, "before": WORDS, "after": WORDS}},
    "findings": dict.fromkeys(DEFAULT_FINDINGS, NUMBER),
    # word lists for subjects and names (read through Config.lexicon)
    "subjects": {
        "story_events": {"*": WORDS},
        "event_names": {"prefixes": WORDS, "heads": WORDS, "head_forms": {"*": STRING}},
        "event_measures": {"measures": WORDS},
        "not_subjects": {"words": WORDS, "roads": WORDS},
    },
    "names": {
        "organisation_heads": {"words": WORDS, "companies": WORDS},
        "titles": {"words": WORDS, "roles": WORDS},
    },
}


@dataclass(frozen=True)
class Qualifier:
    kind: str
    low: float
    high: float


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Word lists for subjects and names ([subjects.*] and [names.*]), built in plus the
    corpus's.  Two lexicons with one digest are equal, so compiled patterns are cached
    per digest (see `checker.subjects.patterns`)."""

    event_words: dict[str, str]  # "quake" -> "earthquake"
    event_prefixes: tuple[str, ...]  # "Hurricane"
    event_heads: tuple[str, ...]  # "Fire"
    event_head_forms: dict[str, str]  # "Wildfire" -> "Fire": one event's name however its head is written
    event_measures: frozenset[str]
    not_subjects: frozenset[str]
    roads: frozenset[str]
    organisation_heads: frozenset[str]  # companies' heads among them
    company_heads: frozenset[str]  # "Systems", "Inc": a firm's name ends with one
    titles: tuple[str, ...]
    roles: tuple[str, ...]
    digest: str

    def is_company_head(self, word: str) -> bool:
        """A firm's head noun, alone or run into a longer word ("Systems", "Microsystems", "Biotechnologies")."""
        return word in self.company_heads or len(word) > 7 and word[0].isupper() and word[1:].islower() \
            and word.lower().endswith(_compound_heads(self))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lexicon) and other.digest == self.digest

    def __hash__(self) -> int:
        return hash(self.digest)


# "£85m plus £10m in add-ons", "a fee of £85m plus add-ons": a sum added to the figure, which
# stays what it is ("40C-plus", "aged 65 plus" are at least)
NOT_ADDED = (r"(?!(?<=plus)\s+(?:an?\s+|the\s+|another\s+|[$€£¥]|\d|add-?ons?\b|bonus|bonuses|expenses|interest|"
             r"costs?\b|fees?\b|VAT\b|tax\b|taxes\b|performance))")


@lru_cache(maxsize=8)
def _compound_heads(lexicon: Lexicon) -> tuple[str, ...]:
    """Company heads long enough to end a compound firm name and no surname ("Microsystems", not
    "Hildebrands")."""
    return tuple(head.lower() for head in lexicon.company_heads if len(head) >= 7 and head[1:].islower())


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
    casualty_groups: dict[str, str]  # noun (lower case) -> the group its casualties are counted as
    amount_nouns: frozenset[str]
    furniture_prefixes: tuple[str, ...]
    furniture_infixes: tuple[str, ...]
    furniture_tail_headings: frozenset[str]
    qualifiers_before: dict[str, Qualifier]  # phrase (lower case) -> qualifier
    qualifiers_after: dict[str, Qualifier]
    findings: dict[str, float]
    lexicon: Lexicon  # [subjects.*] and [names.*] word lists
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
        _check(path, user)
        for table in ("measures", "events", "event_nouns", "aliases", "casualty_groups"):
            vocabulary.setdefault(table, {}).update(user.get(table, {}))
        for direction in ("up", "down"):
            extra = user.get("changes", {}).get(direction, [])
            vocabulary["changes"][direction] = list(vocabulary["changes"][direction]) + list(extra)
        for table in ("not_counts", "people", "amounts"):
            vocabulary[table]["nouns"] += user.get(table, {}).get("nouns", [])
        for key, extra in user.get("furniture", {}).items():
            vocabulary["furniture"][key] = list(vocabulary["furniture"].get(key, [])) + list(extra)
        for kind, table in user.get("qualifiers", {}).items():
            if kind not in qualifiers["qualifiers"] and not {"low", "high"} <= set(table):
                raise InputError(path, f"[qualifiers.{kind}] is a new qualifier: it needs low and high")
            qualifiers["qualifiers"].setdefault(kind, {}).update(table)
        findings.update(user.get("findings", {}))
        for section in ("subjects", "names"):
            _merge_words(vocabulary.setdefault(section, {}), user.get(section, {}))
    return _build(vocabulary, qualifiers, findings)


def _check(path: Path, user: dict, schema: dict = USER_TABLES, where: str = "") -> None:
    """Refuse a table or key the checker does not know, or a value of the wrong type."""
    unknown = sorted(set(user) - set(schema)) if "*" not in schema else []
    if unknown and all(isinstance(v, dict) for v in schema.values()):  # tables of tables
        raise InputError(path, f"unknown table(s): {', '.join(f'{where}.{u}' if where else u for u in unknown)}")
    if unknown:
        raise InputError(path, f"unknown key(s) in [{where}]: {', '.join(unknown)}")
    for key, value in user.items():
        expected = schema.get(key, schema.get("*"))
        name = f"{where}.{key}" if where else key
        if isinstance(expected, dict):
            if not isinstance(value, dict):
                raise InputError(path, f"[{name}] must be a table, not {_kind(value)}")
            _check(path, value, expected, name)
        elif not _is(value, expected):
            shown = f"[{where}] {_quoted(key)}" if where else key
            raise InputError(path, f"{shown} must be {expected}, not {_kind(value)}")


def _is(value: object, expected: str) -> bool:
    if expected == STRING:
        return isinstance(value, str)
    if expected == WORDS:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return (isinstance(value, (int, float)) and not isinstance(value, bool)) or value in ("inf", "-inf")


def _kind(value: object) -> str:
    if isinstance(value, list):
        odd = next((v for v in value if not isinstance(v, str)), None)
        return "a list" if odd is None else f"a list holding {_kind(odd)}"
    names = {bool: "a boolean", str: "a string", int: "a number", float: "a number", dict: "a table"}
    return names.get(type(value), type(value).__name__)


def _quoted(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def _merge_words(defaults: dict, user: dict) -> None:
    """Add a corpus's word lists to the built-in ones ([subjects.*], [names.*]).  A word the
    corpus files under one event kind leaves the built-in kind it had, so the user wins."""
    for table, lists in user.items():
        merged = defaults.setdefault(table, {})
        if table == "story_events":
            mine = {w.lower() for words in lists.values() for w in words}
            for kind in merged:
                merged[kind] = [w for w in merged[kind] if w.lower() not in mine]
        for key, words in lists.items():
            merged[key] = list(dict.fromkeys([*merged.get(key, []), *words]))


def _lexicon(subjects: dict, names: dict) -> Lexicon:
    events = subjects.get("story_events", {})
    not_subjects = subjects.get("not_subjects", {})
    titles = names.get("titles", {})
    heads = names.get("organisation_heads", {})
    return Lexicon(
        event_words={word.lower(): kind for kind, words in events.items() for word in words},
        event_prefixes=tuple(subjects.get("event_names", {}).get("prefixes", [])),
        event_heads=tuple(subjects.get("event_names", {}).get("heads", [])),
        event_head_forms=dict(subjects.get("event_names", {}).get("head_forms", {})),
        event_measures=frozenset(subjects.get("event_measures", {}).get("measures", [])),
        not_subjects=frozenset(not_subjects.get("words", [])),
        roads=frozenset(not_subjects.get("roads", [])),
        organisation_heads=frozenset(heads.get("words", []) + heads.get("companies", [])),
        company_heads=frozenset(heads.get("companies", [])),
        titles=tuple(titles.get("words", [])),
        roles=tuple(titles.get("roles", [])),
        digest=hashlib.sha256(json.dumps([subjects, names], sort_keys=True).encode()).hexdigest()[:16],
    )


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
    groups = {n.lower(): group for group, nouns in vocabulary.get("casualty_groups", {}).items()
              for n in _with_singulars({n: n for n in nouns})}
    # a group's nouns are people, counted as the group where the vocabulary has no measure for them
    measures = groups | _with_singulars({k.lower(): v for k, v in vocabulary["measures"].items()})
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
        people_nouns=frozenset(n.lower() for n in _with_singulars({n: n for n in vocabulary["people"]["nouns"]}))
        | frozenset(groups),
        casualty_groups=groups,
        amount_nouns=frozenset(n.lower() for n in vocabulary["amounts"]["nouns"]),
        furniture_prefixes=tuple(p.lower() for p in vocabulary["furniture"]["prefixes"]),
        furniture_infixes=tuple(p.lower() for p in vocabulary["furniture"]["infixes"]),
        furniture_tail_headings=frozenset(h.lower() for h in vocabulary["furniture"]["tail_headings"]),
        qualifiers_before=before,
        qualifiers_after=after,
        findings=findings,
        lexicon=_lexicon(vocabulary.get("subjects", {}), vocabulary.get("names", {})),
        digest=digest,
        qualifier_before_re=re.compile(
            r"(?:^|\W)(" + _alternation(before) + r")\s*$", re.IGNORECASE) if before else None,
        qualifier_after_re=re.compile(r"\s?(" + _alternation(after) + r")\b" + NOT_ADDED, re.IGNORECASE)
        if after else None,
        events_re=re.compile(r"(" + _alternation(vocabulary["events"]) + r")\b", re.IGNORECASE),
        measures_re=re.compile(r"\b(" + _alternation(measures) + r")\b", re.IGNORECASE),
    )


def _alternation(phrases) -> str:
    """Longest first, so "more than" wins over "more" (for IGNORECASE patterns)."""
    return alternation(phrases, ignore_case=True)


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


@lru_cache(maxsize=1)
def given_name_forms() -> dict[str, frozenset[str]]:
    """Each given name -> the full names it is a familiar form of, itself included
    (`given_names.toml`: "bill" -> {"bill", "william"}, "william" -> {"william"})."""
    forms: dict[str, set[str]] = {}
    for full, short in _builtin("given_names.toml").get("short_forms", {}).items():
        for name in [full, *short]:
            forms.setdefault(name.lower(), {name.lower()}).add(full.lower())
    return {name: frozenset(fulls) for name, fulls in forms.items()}


def _builtin(name: str) -> dict:
    return tomllib.loads(resources.files("checker.data").joinpath(name).read_text("utf-8"))


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(path, f"cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(path, f"not valid TOML: {error}") from None
