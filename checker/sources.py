"""Find and read sources: files and folders -> Documents with their metadata and date.

A folder's `sources.csv` manifest gives title, outlet, url and published date for its
files; a file's YAML front matter gives the same and wins.  When neither gives a date,
the date is inferred from a dateline or a full date near the top and marked so; when
nothing gives it, it stays unknown (never today's date).
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import yaml

from checker.dates import DAY, MONTH, YEAR, day, day_number, month_number
from checker.documents import Document
from checker.errors import InputError

JSONL_FIELDS = ("title", "outlet", "url", "published", "date_basis")

SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
HTML_SUFFIXES = (".html", ".htm")
MAX_LINE = 1_000_000  # a "line" longer than this is data, not article text
MANIFEST = "sources.csv"
MANIFEST_FIELDS = ("title", "outlet", "url", "published", "date_basis")
SKIPPED_NAMES = re.compile(r"^(?:README|CHANGELOG|LICENSE|CONTRIBUTING)(?:\.\w+)?$", re.IGNORECASE)
MAX_BYTES = 20 * 1024 * 1024
FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
FULL_DATE = re.compile(
    rf"\b(?:(?P<d1>{DAY})\s+(?P<m1>{MONTH}),?\s+(?P<y1>{YEAR})"
    rf"|(?P<m2>{MONTH})\s+(?P<d2>{DAY}),?\s+(?P<y2>{YEAR})"
    rf"|(?P<y3>{YEAR})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12]\d|3[01]))\b"
)
DATELINE = re.compile(rf"^[A-Z][\w .'-]{{1,40}},\s+(?:{FULL_DATE.pattern})")


@dataclass
class Entry:
    """A source file found on disk, with the manifest row that describes it (if any)."""

    path: Path
    root: Path
    manifest: dict[str, str] = field(default_factory=dict)

    @property
    def source(self) -> str:
        return self.path.relative_to(self.root).as_posix()


@dataclass
class Found:
    roots: list[Path]
    entries: list[Entry]
    given: list[str]

    @property
    def default_cache_dir(self) -> Path:
        return self.roots[0] / ".checker-cache"

    def describe(self) -> str:
        return ", ".join(self.given)


def discover(paths: Sequence[str | Path]) -> Found:
    """Every source file under `paths`, sorted, each with its corpus folder and manifest row."""
    roots: list[Path] = []
    entries: list[Entry] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise InputError(path, "no such file or folder")
        root = path if path.is_dir() else path.parent
        manifest = read_manifest(root)
        if root not in roots:
            roots.append(root)
        files = [path] if path.is_file() else _walk(path)
        for file in files:
            entries.append(Entry(file, root, manifest.get(file.relative_to(root).as_posix(), {})))
    seen: set[Path] = set()
    unique = [e for e in entries if not (e.path.resolve() in seen or seen.add(e.path.resolve()))]
    if not unique:
        raise InputError(", ".join(str(p) for p in paths), "no sources found (.txt, .md, .html or .jsonl files)")
    return Found(roots, sorted(unique, key=lambda e: (str(e.root), e.source)), [str(p) for p in paths])


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    try:
        children = sorted(folder.iterdir())
    except OSError as error:
        raise InputError(folder, f"cannot list folder: {error.strerror}") from None
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            if child.is_symlink() and child.resolve() in child.parent.resolve().parents:
                raise InputError(child, "symlink loop")
            found.extend(_walk(child))
        elif child.suffix.lower() in SOURCE_SUFFIXES and not SKIPPED_NAMES.match(child.name):
            found.append(child)
    return found


def read_manifest(root: Path) -> dict[str, dict[str, str]]:
    """`sources.csv` rows by file name; a file it names must exist inside the folder."""
    path = root / MANIFEST
    if not path.is_file():
        return {}
    try:
        rows = list(csv.DictReader(path.read_text("utf-8-sig").splitlines()))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError(path, f"cannot read manifest: {error}") from None
    out: dict[str, dict[str, str]] = {}
    for number, row in enumerate(rows, start=2):
        name = (row.get("file") or "").strip()
        if not name:
            raise InputError(path, f"line {number}: no file name in column 'file'")
        target = (root / name).resolve()
        if root.resolve() not in target.parents:
            raise InputError(path, f"line {number}: {name!r} is outside the corpus folder")
        if not target.is_file():
            raise InputError(path, f"line {number}: names {name!r}, which does not exist")
        fields = {k: (row.get(k) or "").strip() for k in MANIFEST_FIELDS}
        if fields["published"]:
            parse_published(fields["published"], path, f"line {number}: ")
        out[Path(name).as_posix()] = fields
    return out


def read_all(entry: Entry) -> tuple[list[Document], list[InputError]]:
    """The documents a file holds: one, or one per line of a JSON Lines export."""
    if entry.path.suffix.lower() == ".jsonl":
        return read_jsonl(entry)
    return [read(entry)], []


def read(entry: Entry) -> Document:
    """Decode a source file and settle its metadata and source date."""
    raw = _read_bytes(entry.path)
    if entry.path.suffix.lower() in HTML_SUFFIXES:
        return read_html(entry, raw)
    text = decode(raw, entry.path)
    _check_lines(text, entry.path)
    meta, body_start = front_matter(text, entry.path)
    return _document(entry, raw, text, body_start, meta)


def _document(entry: Entry, raw: bytes, text: str, body_start: int, meta: dict, source: str | None = None,
              meta_basis: str = "front matter") -> Document:
    merged = {k: v for k, v in entry.manifest.items() if v}
    merged.update({k: str(v) for k, v in meta.items() if v not in (None, "")})
    document = Document(
        source=source or entry.source, path=entry.path, text=text, body_start=body_start,
        title=merged.get("title", ""), outlet=merged.get("outlet", ""), url=merged.get("url", ""),
        sha256=hashlib.sha256(raw).hexdigest(),
    )
    published = meta.get("published") or meta.get("date")
    if published not in (None, ""):
        document.source_date = parse_published(published, entry.path, f"{meta_basis}: ")
        document.source_date_basis = meta_basis
        document.date_note = str(meta.get("date_basis", ""))
    elif entry.manifest.get("published"):
        document.source_date = parse_published(entry.manifest["published"], entry.path, "manifest: ")
        document.source_date_basis = "manifest"
        document.date_note = entry.manifest.get("date_basis", "")
    else:
        inferred = infer_source_date(text[body_start:])
        if inferred:
            document.source_date, document.source_date_basis, document.date_note = inferred
    return document


def read_html(entry: Entry, raw: bytes) -> Document:
    """A saved web page: the article's main text and metadata, by trafilatura.

    Menus, comments and "related posts" boxes are left out by the extractor; offsets and
    lines of claims refer to the extracted text.  The page's own date (htmldate, inside
    trafilatura) is the source date unless the manifest gives one.
    """
    import trafilatura

    html = decode(raw, entry.path)
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError(entry.path, "no article text found in the HTML page")
    meta = {"title": data.get("title") or "", "outlet": data.get("sitename") or "",
            "url": data.get("url") or "", "author": data.get("author") or ""}
    if data.get("date") and not entry.manifest.get("published"):
        meta["published"] = data["date"]
    return _document(entry, raw, text + "\n", 0, meta, meta_basis="html")


def read_jsonl(entry: Entry) -> tuple[list[Document], list[InputError]]:
    """A JSON Lines export: one article a line, `text` and optional metadata fields."""
    import json

    raw = _read_bytes(entry.path)
    documents: list[Document] = []
    problems: list[InputError] = []
    for number, line in enumerate(decode(raw, entry.path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
                raise ValueError("no 'text' field")
            meta = {k: record[k] for k in JSONL_FIELDS if record.get(k) not in (None, "")}
            source = f"{entry.source}#{record.get('id', number)}"
            text = record["text"]
            _check_lines(text, entry.path)
            documents.append(_document(entry, line.encode("utf-8"), text, 0, meta, source=source,
                                       meta_basis="jsonl"))
        except (ValueError, InputError) as error:
            detail = error.problem if isinstance(error, InputError) else str(error).split(":")[0]
            problems.append(InputError(entry.path, f"line {number}: {detail}"))
    if not documents and not problems:
        problems.append(InputError(entry.path, "file is empty"))
    return documents, problems


def _check_lines(text: str, path: Path) -> None:
    longest = max((len(line) for line in text.split("\n")), default=0)
    if longest > MAX_LINE:
        raise InputError(path, f"a single line of {longest / 1e6:.1f} million characters: not article text")


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"file is {size // (1024 * 1024)} MB, larger than the {MAX_BYTES // (1024 * 1024)} MB limit")
        return path.read_bytes()
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None


def decode(raw: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM) or UTF-16 by BOM; otherwise detect, refuse binary."""
    if not raw.strip():
        raise InputError(path, "file is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16").replace("\r\n", "\n")
    if b"\x00" in raw[:8192]:
        raise InputError(path, "not a text file (binary content)")
    try:
        return raw.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise InputError(path, "not a text file (unknown encoding)")
    print(f"checker: warning: {path}: not UTF-8, read as {best.encoding}", file=sys.stderr)
    return str(best).replace("\r\n", "\n")


def front_matter(text: str, path: Path) -> tuple[dict, int]:
    """The YAML front matter's fields and where the body starts (0 when there is none)."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise InputError(path, f"front matter is not valid YAML{where}") from None
    if not isinstance(meta, dict):
        raise InputError(path, "front matter is not a mapping of fields")
    return meta, match.end()


def parse_published(value: object, path: Path, where: str = "") -> date:
    """A `published` value: a YAML date, or an ISO 8601 date or date-time string."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]) if re.match(r"^\d{4}-\d\d-\d\d", text) else datetime.fromisoformat(text).date()
    except ValueError:
        raise InputError(path, f"{where}published value {text!r} is not a date (use YYYY-MM-DD)") from None


def infer_source_date(body: str) -> tuple[date, str, str] | None:
    """A dateline ("Brussels, 18 August 2022") or the first full date near the top."""
    head = body[:800]
    for line in head.splitlines()[:12]:
        dateline = DATELINE.match(line.strip())
        if dateline:
            found = _full_date(FULL_DATE.search(line))
            if found:
                return found, "inferred: dateline", f"dateline: {line.strip()[:80]!r}"
    match = FULL_DATE.search(head)
    found = _full_date(match)
    if found:
        return found, "inferred: first full date", f"first full date in the text: {match.group(0)!r}"
    return None


def _full_date(match: re.Match | None) -> date | None:
    if not match:
        return None
    groups = match.groupdict()
    for d, m, y in (("d1", "m1", "y1"), ("d2", "m2", "y2")):
        if groups[y]:
            value = day(int(groups[y]), month_number(groups[m]), day_number(groups[d]))
            return value.start if value else None
    value = day(int(groups["y3"]), int(groups["m3"]), int(groups["d3"]))
    return value.start if value else None


def progress(entries: Iterable[Entry], enabled: bool) -> Iterator[Entry]:
    """A progress bar on stderr while sources are read, only for a person at a terminal."""
    items = list(entries)
    if not enabled or not sys.stderr.isatty():
        yield from items
        return
    width = 30
    for number, entry in enumerate(items, start=1):
        done = width * number // len(items)
        print(f"\rreading sources [{'#' * done}{'.' * (width - done)}] {number}/{len(items)}",
              end="", file=sys.stderr, flush=True)
        yield entry
    print(file=sys.stderr)
