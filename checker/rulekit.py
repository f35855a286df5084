"""What a rule is: an id, a docstring, a `find` function and its own examples.

Rules live in `rules/` (imported as `checker_rules`), one module each; the shared
machinery (numbers, dates, subjects) lives in `checker/`, so a rule mostly supplies a
pattern, vocabulary and examples.  A rule's examples are its tests: the suite runs
every one of them through the real extraction.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from checker.config import Config
from checker.dates import MONTH_STEMS, DateValue
from checker.documents import Document, Sentence
from checker.figures import Counted, counted_noun
from checker.numbers import NumberMention, find_numbers

FAMILIES = ("dates", "durations", "figures", "names")
# The letters beyond ASCII that an IGNORECASE pattern matches to ASCII ones ("ſ" to "s",
# the Kelvin sign to "k", "ı" and "İ" to "i"); SentenceContext.folded maps them first.
IGNORECASE_FOLDS = str.maketrans({"\u017f": "s", "\u212a": "k", "\u0131": "i", "\u0130": "i"})


@dataclass(frozen=True)
class Example:
    """Text a rule must read as `expect` (claim fields), or must not read at all."""

    text: str
    expect: tuple[dict, ...] = ()  # empty: a negative example, the rule finds nothing
    source_date: str = "2024-04-02"
    note: str = ""


@dataclass(frozen=True)
class Rule:
    id: str  # stable code, never reused: D101, F201, ...
    name: str  # dotted name saying what it finds: dates.full_date
    family: str
    find: Callable[[SentenceContext], Iterable[Match]]
    examples: tuple[Example, ...]
    doc: str  # the module docstring: what it matches and why

    @property
    def summary(self) -> str:
        return self.doc.strip().split("\n\n")[0].replace("\n", " ")


@dataclass
class Match:
    """What a rule found in a sentence; offsets are into the sentence text."""

    start: int
    end: int
    kind: str  # figure | date | name
    measure: str
    value: float = math.nan
    low: float = math.nan
    high: float = math.nan
    unit: str = ""
    qualifier: str = ""
    when: DateValue | None = None  # for dates: the date itself
    subject: str = ""  # set when the rule itself knows (events, names)
    anchor: int = -1  # where to look for the subject and as-of date from (default: start)
    detail: dict = field(default_factory=dict)
    parts: list[Match] = field(default_factory=list)
    rule: str = ""
    # a second reading of words another figure also reads, kept beside it: "all 22 crew of the
    # Horizon were rescued" tells both how many were rescued and how many crew there were
    alongside: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass
class SentenceContext:
    """One sentence and what the shared machinery knows about it, computed once."""

    sentence: Sentence
    document: Document
    config: Config
    dates: list[Match] = field(default_factory=list)  # filled after the date rules ran

    @cached_property
    def text(self) -> str:
        return self.sentence.text

    @property
    def base(self) -> date | None:
        return self.document.source_date

    @cached_property
    def numbers(self) -> list[NumberMention]:
        """Numbers outside the date spans (so "20 November 2023" yields no count)."""
        return find_numbers(self.text, self.config, [d.span for d in self.dates])

    def counted_noun(self, end: int, vague: bool = False) -> Counted | None:
        """What the number ending at `end` counts (figures.counted_noun), read once per
        sentence: several figure rules ask about each number."""
        key = (end, vague)
        if key not in self._counted:
            self._counted[key] = counted_noun(self.text, end, self.config, vague)
        return self._counted[key]

    @cached_property
    def _counted(self) -> dict[tuple[int, bool], Counted | None]:
        return {}

    def shared(self, key: str, read: Callable[[SentenceContext], object]) -> object:
        """A reading two rules use (one yields some of its figures, the other the rest), made
        once per sentence."""
        if key not in self._shared:
            self._shared[key] = read(self)
        return self._shared[key]

    @cached_property
    def _shared(self) -> dict[str, object]:
        return {}

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def folded(self) -> str:
        """The text in lower case, every letter as an IGNORECASE pattern matches it, so a
        word such a pattern needs can only match where it stands in here."""
        return self.text.translate(IGNORECASE_FOLDS).lower()

    def mentions(self, words: Iterable[str]) -> bool:
        """Does the text hold any of these lower-case words, as an IGNORECASE pattern reads
        it?  A rule whose pattern needs one of them skips a sentence with none."""
        folded = self.folded
        return any(word in folded for word in words)

    @cached_property
    def names_a_month(self) -> bool:
        """A month's name or abbreviation (as written, capitalised) stands in the text: the
        date rules that need one skip a sentence without."""
        return any(stem in self.text for stem in MONTH_STEMS)

    @cached_property
    def collapsed(self) -> str:
        """The text with its whitespace collapsed, as the claims table quotes it."""
        return " ".join(self.text.split())

