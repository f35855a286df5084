"""Who or what a figure is about, and what event a date dates.

Read the way an editor reads: a name the figure is "of" ("50,000 forces of the UN
mission"), else the nearest organisation, group or place before it in the sentence,
else after it; "of them" carries the subject over from the sentence before.  Aliases
from the vocabulary and acronyms the article defines itself ("Interim Force in Lebanon, or UNIFIL",
"Federal Emergency Management Agency (FEMA)") map every name of a subject to one.
People are never the subject of a count.  An unresolved subject is kept as the noun
phrase, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.config import Config

CAPITALISED = r"(?:[A-Z][\w'’.-]*[\w]|[A-Z])"
ENTITY = re.compile(rf"{CAPITALISED}(?:\s+(?:of|for|and|de)\s+(?:the\s+)?{CAPITALISED}|\s+{CAPITALISED})*")
ATTRIBUTION_BEFORE = re.compile(r"\b(?:according\s+to|said|says|told|cited|quoting|reported\s+by|by)\s+(?:the\s+)?$", re.IGNORECASE)
ATTRIBUTION_AFTER = re.compile(r"\s*,?\s*(?:said|says|told|estimated|reported|added|announced|stated)\b", re.IGNORECASE)
ACRONYM_DEFINITION = re.compile(
    rf"(?P<long>{CAPITALISED}(?:\s+(?:of|for|and|in|on|the|de)?\s*{CAPITALISED}){{1,7}})\s*"
    r"(?:\((?P<a1>[A-Z][A-Za-z&.]{1,9})\)|,\s+or\s+(?P<a2>[A-Z][A-Z&.]{1,9})\b|,\s+(?P<a3>[A-Z]{2,9}),)"
)
APPOSITIVE = re.compile(r"(?:the\s+)?(?P<long>[A-Z][\w'’]*(?:\s+[\w'’]+){1,6}?),\s+(?P<acronym>[A-Z]{2,9}),")
NOT_ENTITIES = frozenset(
    "The A An This That These Those It Its He She His Her They Their We Our You Your I In On At For From "
    "With About After Before During Since As If But And Or So Also Meanwhile According Speaking Such "
    "Lastly Notably Moreover Furthermore However Currently Today Yesterday Tomorrow Now Earlier Later "
    "Mr Mrs Ms Dr President Prime Minister Secretary General Secretary-General Chancellor Commander "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Both Some Many Most All Each Every Any No Not "
    "There Here When Where While Despite Although Though Following Under Over Between Among Around "
    "Nearly Almost Close More Fewer Less Up Until Once Another Other".split()
)
TITLE_WORDS = frozenset("President Minister Secretary General Secretary-General Chancellor Commander "
                        "Mayor Governor Senator Ambassador Spokesman Spokeswoman Chief King Queen Mr Mrs Ms Dr".split())
LOCATIVE = re.compile(r"\b(?:in|at|near|outside)\s+$")
CLAUSE_BREAK = re.compile(r"[;:()“”\"—–]|,(?!\d)|\.(?=\s|$)")
REFERS_BACK = re.compile(r"\b(?:its|their|it|they|of\s+them|of\s+whom|which|this|that)\b", re.IGNORECASE)
STOPWORDS = frozenset(
    "a an the of in on at to for from with by and or but as that this these those it its he she his her "
    "they their we our you your was were is are be been has have had will would could should said says "
    "say also which who whom whose what when where while after before during since than then there here "
    "not no so such some all both each any into about over under up out more most other another".split()
)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    name: str  # canonical name
    strength: int  # 3: alias or acronym, 2: an alias's words together, 1: a capitalised name
    covers: frozenset[str] = frozenset()


def learn_acronyms(text: str) -> dict[str, str]:
    """Acronyms an article defines: {"federal emergency management agency": "FEMA"} from "... Agency (FEMA)"."""
    learned: dict[str, str] = {}
    for match in ACRONYM_DEFINITION.finditer(text):
        acronym = (match.group("a1") or match.group("a2") or match.group("a3")).replace(".", "")
        long = re.sub(r"^(?:The|the)\s+", "", match.group("long"))
        if acronym[0].lower() == long[0].lower() or acronym[0].lower() in long.lower().split()[-1][:1]:
            learned[long.lower()] = acronym
    for match in APPOSITIVE.finditer(text):
        long = match.group("long")
        if long.split()[0][0].isupper():
            learned.setdefault(long.lower(), match.group("acronym"))
    return learned


class SubjectFinder:
    """Finds subject candidates in a sentence; one per document (it holds its acronyms)."""

    def __init__(self, config: Config, document_text: str, learned: dict[str, str]):
        self.config = config
        self.aliases = dict(config.aliases)
        forms = dict(config.alias_forms)
        for long, acronym in learned.items():
            canonical = self.aliases.get(acronym.lower(), acronym)
            self.aliases.setdefault(long, canonical)
            self.aliases.setdefault(acronym.lower(), canonical)
            forms.setdefault(acronym.lower(), acronym)
            forms.setdefault(long, long)
        acronyms = sorted((forms[k] for k in self.aliases if _is_acronym(forms.get(k, k))), key=len, reverse=True)
        phrases = sorted((k for k in self.aliases if not _is_acronym(forms.get(k, k))), key=len, reverse=True)
        self._alias_re = _alternation(phrases, re.IGNORECASE)
        self._acronym_re = _alternation(acronyms, 0)
        self._composites = [
            (frozenset(t for t in re.findall(r"[A-Z][\w]+", phrase_case)), canonical)
            for phrase_case, canonical in self._cased_aliases(config, learned)
            if len(re.findall(r"[A-Z][\w]+", phrase_case)) >= 2
        ]
        self._lowercase_words = frozenset(re.findall(r"\b[a-z][\w'-]*\b", document_text))
        # capitalised words seen inside a sentence, not just at its start: names
        self._mid_sentence_names = frozenset(re.findall(r"(?<=[a-z,;] )[A-Z][\w'-]*", document_text))

    @staticmethod
    def _cased_aliases(config: Config, learned: dict[str, str]):
        for alias, canonical in config.aliases.items():
            yield config.alias_forms.get(alias, alias), canonical
        for long, acronym in learned.items():
            yield long.title(), acronym

    def candidates(self, text: str, people: list[tuple[int, int]]) -> list[Candidate]:
        found: list[Candidate] = []
        taken: list[tuple[int, int]] = list(people)
        for regex in (self._alias_re, self._acronym_re):
            for match in regex.finditer(text) if regex else ():
                if not _overlaps(match.span(), taken):
                    canonical = self.aliases[match.group(0).lower()]
                    found.append(Candidate(match.start(), match.end(), canonical, 3))
                    taken.append(match.span())
        present = set(re.findall(r"[A-Z][\w]+", text))
        for tokens, canonical in self._composites:
            if tokens <= present and not any(c.name == canonical for c in found):
                first = min(text.index(t) for t in tokens)
                found.append(Candidate(first, first + 1, canonical, 2, tokens))
        for match in ENTITY.finditer(text):
            span = self._trim_entity(text, match)
            if span and not _overlaps(span, taken):
                name = self._as_written_elsewhere(text[span[0]:span[1]])
                found.append(Candidate(span[0], span[1], self.aliases.get(name.lower(), name), 1))
        covered = set().union(*(c.covers for c in found)) if found else set()
        return [c for c in found if not (c.strength < 2 and c.name in covered) and
                not (c.strength == 3 and c.name in covered)]

    def _trim_entity(self, text: str, match: re.Match) -> tuple[int, int] | None:
        words = list(re.finditer(r"\S+", match.group(0)))
        while words and (words[0].group(0) in NOT_ENTITIES or
                         (self._common_word(text, match.start() + words[0].start()) and
                          (len(words) == 1 or words[0].group(0).lower() in self._lowercase_words))):
            words.pop(0)
        while words and words[-1].group(0) in ("of", "for", "and", "de", "the"):
            words.pop()
        if not words or any(w.group(0) in TITLE_WORDS for w in words):
            return None
        start, end = match.start() + words[0].start(), match.start() + words[-1].end()
        name = text[start:end]
        if name.endswith(("'s", "’s")):  # "Turkey's third-largest city": the name is Turkey
            end -= 2
            name = name[:-2]
        if ATTRIBUTION_BEFORE.search(text[:start]) or ATTRIBUTION_AFTER.match(text, end):
            return None  # "according to West Midlands Police": who says it, not what it is about
        if name in NOT_ENTITIES or re.fullmatch(r"[A-Z][a-z]?\.?", name):
            return None
        return start, end

    def _as_written_elsewhere(self, name: str) -> str:
        """A dateline's "TBILISI" is the "Tbilisi" the article writes elsewhere."""
        if name.isupper() and len(name) > 5 and name.title() in self._mid_sentence_names:
            return name.title()
        return name

    def _common_word(self, text: str, position: int) -> bool:
        """A capitalised word that is no name: written in lower case elsewhere in the article
        ("About"), or only ever capitalised at the start of a sentence ("Floods", "Officials")."""
        word = re.match(r"[\w'-]+", text[position:])
        if not word or word.group(0).isupper():
            return False
        if word.group(0).lower() in self._lowercase_words:
            return True
        sentence_start = not text[:position].strip() or text[:position].rstrip()[-1:] in "\"“‘'(:"
        return sentence_start and word.group(0) not in self._mid_sentence_names


def choose_subject(text: str, anchor: int, end: int, candidates: list[Candidate], fallback: str) -> str:
    """The candidate a figure is about; `fallback` (the noun phrase) when there is none."""
    if not candidates:
        return fallback
    of_phrase = re.match(r"\s+(?:of|from|within|serving\s+in|serving\s+with)\s+(?:the\s+|its\s+)?", text[end:])
    if of_phrase:
        after = end + of_phrase.end()
        direct = [c for c in candidates if c.start <= after + 1 and c.end > after]
        if direct:
            return max(direct, key=lambda c: c.strength).name
    clause_start = _clause_start(text, anchor)
    before = [c for c in candidates if c.end <= anchor and c.start >= clause_start]
    if not before:
        before = [c for c in candidates if c.end <= anchor]
    if before:
        strongest = max(c.strength for c in before)
        return max((c for c in before if c.strength == strongest), key=lambda c: c.end).name
    inside = [c for c in candidates if anchor < c.start and c.end <= end]  # "people in X were evacuated"
    if inside:
        return max(inside, key=lambda c: c.strength).name
    after = [c for c in candidates if c.start >= end and c.start - end <= 60 and not re.search(r"[,;:]", text[end:c.start])]
    if after:  # "died in the Eaton fire in Altadena": a place after "in" is where it happened
        return min(after, key=lambda c: (-c.strength, not LOCATIVE.search(text[:c.start]), c.start)).name
    return fallback


def _clause_start(text: str, anchor: int) -> int:
    cut = max(text.rfind(";", 0, anchor), text.rfind(". ", 0, anchor), text.rfind("—", 0, anchor))
    return cut + 1 if cut >= 0 else 0


def describe_event(text: str, start: int, end: int) -> str:
    """A short description of what a date dates: the words of its clause nearest to it."""
    breaks = list(CLAUSE_BREAK.finditer(text))
    clause_start = max([b.end() for b in breaks if b.end() <= start] or [0])
    clause_end = min([b.start() for b in breaks if b.start() >= end] or [len(text)])
    before = _tokens(text[clause_start:start])
    after = _tokens(text[end:clause_end])
    if re.search(r"\bthe\s+$", text[:start], re.IGNORECASE) and re.match(r"\s+[a-z]", text[end:]):
        head = _strip_function_words(after[:3])  # "the 1998-1999 conflict", "the 2022 elections"
        cut = next((i for i, w in enumerate(head) if w.lower() in STOPWORDS), len(head))
        if head[:cut]:
            return " ".join(head[:cut])
    before = _strip_function_words(before[-7:])
    after = _strip_function_words(after[:6])
    words = before if len(before) >= 2 else (before + after if before else after)
    if len(words) < 2:  # "In May, our troops were attacked": the main clause says what happened
        rest = re.split(r"[.;:!?]", text[end:])[0]
        words = _strip_function_words(_tokens(rest)[:7])
    return " ".join(words)[:80] or text[start:end]


def _tokens(text: str) -> list[str]:
    """Words with their inner punctuation kept ("£3.5bn", "50,000"), outer stripped."""
    return [w for w in (t.strip("\"'“”‘’()[],.;:!?") for t in text.split()) if w]


def _strip_function_words(words: list[str]) -> list[str]:
    edges = STOPWORDS | {"on", "in", "at", "since", "until", "by", "during", "said", "that"}
    while words and words[0].lower() in edges:
        words = words[1:]
    while words and words[-1].lower() in edges:
        words = words[:-1]
    return words


def event_keywords(description: str) -> frozenset[str]:
    """Content words of an event description, cut to a stem, for matching across sources."""
    return frozenset(w.lower()[:6] for w in re.findall(r"[\w'-]+", description)
                     if w.lower() not in STOPWORDS and len(w) > 2 and not w.isdigit())


def _is_acronym(form: str) -> bool:
    """"FEMA", "UN", "U.S." match only as written; "us" is a pronoun."""
    return bool(re.fullmatch(r"(?:[A-Z]\.?){2,6}|[A-Z][A-Z&]{1,8}", form))


def _alternation(words: list[str], flags: int) -> re.Pattern | None:
    if not words:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", flags)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)
