"""A source's text as the rules see it: sentences with offsets, lines, and furniture.

Offsets are into the decoded file text (front matter included), so a claim's
`text[start:end]` is exactly its surface and its line number is the editor's.
Page furniture (view counters, repeated captions, "Read also" links, the "Related
posts" tail) is marked, never read as prose.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from checker.config import Config

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt cpl adm st sen rep gov pres jr sr inc ltd co corp "
    "no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig al "
    "u.s u.n u.k e.u a.m p.m i.e e.g".split()
)
SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
TERMINAL = re.compile(r"[.!?:\"'”’)]\s*$")


@dataclass
class Sentence:
    start: int
    end: int
    text: str  # document.text[start:end]
    line: int


@dataclass
class Document:
    """One source: its text, where the prose starts, and what is known about it."""

    source: str
    path: Path
    text: str
    body_start: int = 0  # first character after the front matter
    title: str = ""
    outlet: str = ""
    url: str = ""
    source_date: date | None = None
    source_date_basis: str = "unknown"
    date_note: str = ""
    sha256: str = ""
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        if not self._line_starts:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        return bisect.bisect_right(self._line_starts, offset)

    def row(self) -> dict:
        return {
            "source": self.source, "path": self.path.as_posix(), "title": self.title,
            "outlet": self.outlet, "url": self.url,
            "source_date": self.source_date.isoformat() if self.source_date else "",
            "source_date_basis": self.source_date_basis, "date_note": self.date_note,
            "sha256": self.sha256, "chars": len(self.text),
        }


def prose_lines(document: Document, config: Config) -> list[tuple[int, int]]:
    """(start, end) of each body line that is prose, not furniture."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", document.text)
             if m.start() >= document.body_start and m.end() > m.start()]
    counts: dict[str, int] = {}
    for start, end in lines:
        key = document.text[start:end].strip()
        counts[key] = counts.get(key, 0) + 1
    prose: list[tuple[int, int]] = []
    for start, end in lines:
        line = document.text[start:end].strip()
        lowered = line.lower().rstrip(":")
        if lowered in config.furniture_tail_headings:
            break
        if line and not is_furniture(line, counts[line] > 1, config):
            prose.append((start, end))
    return prose


def is_furniture(line: str, repeated: bool, config: Config) -> bool:
    """Counters, repeated captions, link lines: text that is not the article's prose."""
    lowered = line.lower()
    if not re.search(r"[A-Za-z]{2}", line):  # "242", "* * *", "12 | 3"
        return True
    if repeated and not TERMINAL.search(line):  # a caption printed twice
        return True
    if lowered.startswith(config.furniture_prefixes):
        return True
    return any(infix in lowered for infix in config.furniture_infixes)


def sentences(document: Document, config: Config) -> list[Sentence]:
    """Prose sentences; a hard-wrapped paragraph is joined, a headline stands alone."""
    out: list[Sentence] = []
    for start, end in _paragraphs(document, config):
        for s_start, s_end in _split(document.text, start, end):
            text = document.text[s_start:s_end]
            out.append(Sentence(s_start, s_end, text, document.line_of(s_start)))
    return out


def _paragraphs(document: Document, config: Config) -> list[tuple[int, int]]:
    paragraphs: list[tuple[int, int]] = []
    previous_end = -1
    for start, end in prose_lines(document, config):
        first = document.text[start:end].lstrip()[:1]
        wrapped = (
            paragraphs
            and previous_end >= 0
            and document.text[previous_end:start].count("\n") == 1
            and not TERMINAL.search(document.text[paragraphs[-1][0]:previous_end])
            and first.islower()
        )
        if wrapped:
            paragraphs[-1] = (paragraphs[-1][0], end)
        else:
            paragraphs.append((start, end))
        previous_end = end
    return paragraphs


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    chunk = text[start:end]
    for match in SENTENCE_END.finditer(chunk):
        word = re.search(r"([\w.]+)[.!?]*$", chunk[: match.start() + 1])
        token = word.group(1).rstrip(".").lower() if word else ""
        if token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token):
            continue
        cut = start + match.end()
        spans.append(_trim(text, cursor, cut))
        cursor = cut
    spans.append(_trim(text, cursor, end))
    return [(a, b) for a, b in spans if b > a]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
