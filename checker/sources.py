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
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import yaml

# libyaml's safe loader when PyYAML was built with it: the same result, a tenth of the time
# per article, which matters when an archive of thousands is re-checked from the cache.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

from checker.dates import DAY, MONTH, YEAR, day, day_number, month_number
from checker.documents import Document
from checker.errors import InputError

JSONL_FIELDS = ("title", "outlet", "url", "published", "date_basis")
PARQUET_TEXT_COLUMNS = ("text", "body", "content")  # the first one a file has holds the article
PARQUET_BATCH_ROWS = 256  # rows decoded at a time: a row group is never held as Python objects at once
UTF8_BOM = b"\xef\xbb\xbf"
HEAD_BYTES = 8192  # what is looked at to tell text from binary

SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".parquet")
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


@dataclass(frozen=True)
class Piece:
    """The part of a records file (JSON Lines, Parquet) one task reads, so one large file
    can spread over a cluster.  `Piece()` is the whole file.

    JSON Lines: the lines that start at a byte in [start, end); a line that crosses
    `start` belongs to the piece before (Hadoop-style splits), and `before` counts the
    newlines ahead of `start`, so records keep their line numbers.  Parquet: row groups
    [start, end).  `end` None: to the end of the file.
    """

    start: int = 0
    end: int | None = None
    before: int = 0


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
    unique = []
    for entry in entries:  # one file reached twice (a folder and a file in it, a symlink) is read once
        resolved = entry.path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            unique.append(entry)
    if not unique:
        raise InputError(", ".join(str(p) for p in paths),
                         "no sources found (.txt, .md, .html, .jsonl or .parquet files)")
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


def read_all(entry: Entry, piece: Piece | None = None,
             duplicates: dict[int, int] | None = None) -> tuple[list[Document], list[InputError]]:
    """The documents a file holds: one, or one per record of a JSON Lines or Parquet export
    (those in `piece` only, when given; `duplicates`: see `read_parquet`)."""
    suffix = entry.path.suffix.lower()
    if suffix == ".jsonl":
        return read_jsonl(entry, piece or Piece())
    if suffix == ".parquet":
        return read_parquet(entry, piece or Piece(), duplicates)
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


def read_jsonl(entry: Entry, piece: Piece = Piece()) -> tuple[list[Document], list[InputError]]:
    """A JSON Lines export: one article a line, `text` and optional metadata fields.

    Read line by line, never the whole file at once: the 20 MB limit holds per line, so
    a feed of any size is read (and a piece of it on a cluster).  A bad line is skipped
    and reported; a problem with the whole file (binary, unreadable) is reported by the
    piece that starts it, so a split file reports it once.
    """
    try:
        utf16 = _jsonl_is_utf16(entry.path)
    except InputError:
        if piece.start:
            return [], []
        raise
    if utf16 and piece.start:
        return [], []  # a UTF-16 file cannot be split on bytes: its first piece reads it all
    documents: list[Document] = []
    problems: list[InputError] = []
    warned = False
    lines = _utf16_lines(entry.path) if utf16 else _utf8_lines(entry.path, piece)
    for number, line in lines:
        try:
            if line is None:
                raise InputError(entry.path, f"record larger than the {MAX_BYTES // (1024 * 1024)} MB limit")
            if isinstance(line, bytes):
                line, encoding = _decode_line(line)
                if encoding and not warned:
                    warned = True
                    print(f"checker: warning: {entry.path}: line {number} is not UTF-8, read as {encoding}",
                          file=sys.stderr)
            if line.strip():
                documents.append(_jsonl_document(entry, line, number))
        except (ValueError, InputError) as error:
            detail = error.problem if isinstance(error, InputError) else str(error).split(":")[0]
            problems.append(InputError(entry.path, f"line {number}: {detail}"))
    if not documents and not problems and piece == Piece():
        problems.append(InputError(entry.path, "file is empty"))
    return documents, problems


def _jsonl_document(entry: Entry, line: str, number: int) -> Document:
    """One JSON Lines record; ValueError or InputError says what is wrong with it."""
    import json

    record = json.loads(line)
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        raise ValueError("no 'text' field")
    meta = {k: record[k] for k in JSONL_FIELDS if record.get(k) not in (None, "")}
    text = record["text"]
    _check_lines(text, entry.path)
    return _document(entry, line.encode("utf-8"), text, 0, meta, source=record_source(entry, record.get("id"), number),
                     meta_basis="jsonl")


def record_source(entry: Entry, record_id: object, number: int) -> str:
    """A record's source name: the file's, `#` and the record's id, else its line or row
    number (1-based), so a record keeps its name across runs and engines."""
    return f"{entry.source}#{number if record_id in (None, '') else record_id}"


def _jsonl_is_utf16(path: Path) -> bool:
    """Whether a JSON Lines file is UTF-16 (by BOM); refuses binary content."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as error:
        raise _read_error(path, error) from None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        raise InputError(path, "not a text file (binary content)")
    return False


def _utf16_lines(path: Path) -> Iterator[tuple[int, str]]:
    """The lines of a UTF-16 file, decoded whole (within the file size limit)."""
    text = decode(_read_bytes(path), path)
    yield from enumerate(text.split("\n"), start=1)


def _utf8_lines(path: Path, piece: Piece) -> Iterator[tuple[int, bytes | None]]:
    """(number, bytes) of each line that starts in the piece; None for a line over the limit.

    Bytes, decoded line by line (UTF-8 by the JSON Lines standard, else detected), so a
    line decodes the same whichever piece reads it.
    """
    try:
        with path.open("rb") as handle:
            number = piece.before + 1 + _seek_line_start(handle, piece.start)
            position = handle.tell()
            while piece.end is None or position < piece.end:
                raw = handle.readline(MAX_BYTES + 1)
                if not raw:
                    return
                if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
                    _skip_line(handle)
                    position = handle.tell()
                    yield number, None
                else:
                    yield number, raw.removeprefix(UTF8_BOM) if position == 0 else raw
                    position += len(raw)
                number += 1
    except OSError as error:
        raise _read_error(path, error) from None


def _seek_line_start(handle, start: int) -> int:
    """Move to the first line that starts at or after `start`; the newlines passed doing so."""
    if start == 0:
        return 0
    handle.seek(start - 1)
    if handle.read(1) in (b"\n", b""):
        return 0  # a line starts exactly at `start` (or the file ends before it)
    return _skip_line(handle)


def _skip_line(handle) -> int:
    """Read past the end of the current line without holding it; 1 if a newline ended it."""
    while chunk := handle.read(1 << 16):
        newline = chunk.find(b"\n")
        if newline >= 0:
            handle.seek(newline + 1 - len(chunk), 1)
            return 1
    return 0


def _decode_line(raw: bytes) -> tuple[str, str]:
    """A line's text without its line end, and the encoding detected when it is not UTF-8
    (""); ValueError when none is."""
    raw = raw.rstrip(b"\n").removesuffix(b"\r")
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ValueError("not UTF-8 and of no encoding that could be detected")
    return str(best), best.encoding


def count_newlines(path: Path, start: int, end: int) -> int:
    """Newlines in bytes [start, end) of a file: what a piece needs from the pieces before it
    to number its lines (0 if unreadable: the piece that starts the file reports that)."""
    count = 0
    try:
        with path.open("rb") as handle:
            handle.seek(start)
            left = end - start
            while left > 0 and (chunk := handle.read(min(left, 1 << 20))):
                count += chunk.count(b"\n")
                left -= len(chunk)
    except OSError:
        return 0
    return count


def read_parquet(entry: Entry, piece: Piece = Piece(),
                 duplicates: dict[int, int] | None = None) -> tuple[list[Document], list[InputError]]:
    """A Parquet export: one article a row, in a text column (`text`, `body` or `content`)
    with the JSON Lines fields as optional columns; rows are named like JSON Lines records.

    Read a row group at a time, in batches, and only the columns checker uses.  A bad row
    or an unreadable row group is skipped and reported; a bad file (not Parquet, no text
    column, a column of the wrong type) is reported by the piece that starts it.  A row
    whose name an earlier row has is skipped: `duplicates` (`parquet_duplicates`, row ->
    earlier row) when a split file's pieces share it, else found here.
    """
    try:
        with _open_parquet(entry.path) as parquet:
            text_column, columns = parquet_columns(parquet.schema_arrow, entry.path)
            if duplicates is None:
                duplicates = parquet_duplicates(entry.path)
            groups = range(piece.start, parquet.num_row_groups if piece.end is None else piece.end)
            return _parquet_rows(entry, parquet, groups, text_column, columns, duplicates)
    except InputError:
        if piece.start:
            return [], []
        raise


def _parquet_rows(entry: Entry, parquet, groups: range, text_column: str, columns: list[str],
                  duplicates: dict[int, int]) -> tuple[list[Document], list[InputError]]:
    """The documents of some row groups; a problem names the row (1-based) or row group."""
    import pyarrow as pa

    documents: list[Document] = []
    problems: list[InputError] = []
    number = 1 + sum(parquet.metadata.row_group(g).num_rows for g in range(groups.start))
    for group in groups:
        number_after = number + parquet.metadata.row_group(group).num_rows
        try:
            for batch in parquet.iter_batches(PARQUET_BATCH_ROWS, row_groups=[group], columns=columns,
                                              use_threads=False):
                for record in batch.to_pylist():
                    try:
                        documents.append(_parquet_document(entry, record, text_column, number, duplicates))
                    except (ValueError, InputError) as error:
                        detail = error.problem if isinstance(error, InputError) else str(error)
                        problems.append(InputError(entry.path, f"row {number}: {detail}"))
                    number += 1
        except (pa.ArrowException, OSError, ValueError) as error:
            problems.append(InputError(entry.path, f"row group {group}: cannot read ({_first_line(error)})"))
        number = number_after
    if not documents and not problems and groups.start == 0 and groups.stop == parquet.num_row_groups:
        problems.append(InputError(entry.path, "file is empty"))
    return documents, problems


def _parquet_document(entry: Entry, record: dict, text_column: str, number: int,
                      duplicates: dict[int, int]) -> Document:
    """One Parquet row; ValueError or InputError says what is wrong with it."""
    import json

    source = record_source(entry, record.get("id"), number)
    if number in duplicates:
        raise ValueError(f"duplicate id {source.rpartition('#')[2]!r} (first on row {duplicates[number]})")
    text = record[text_column]
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"no text in column {text_column!r}")
    if len(text) > MAX_BYTES:
        raise ValueError(f"record larger than the {MAX_BYTES // (1024 * 1024)} MB limit")
    _check_lines(text, entry.path)
    meta = {k: record[k] for k in JSONL_FIELDS if record.get(k) not in (None, "")}
    raw = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
    return _document(entry, raw, text, 0, meta, source=source, meta_basis="parquet")


def parquet_columns(schema, path: Path) -> tuple[str, list[str]]:
    """The text column and every column to read; InputError for a missing text column or
    a column checker reads that has a type it cannot use."""
    from pyarrow import types

    names = schema.names
    text_column = next((name for name in PARQUET_TEXT_COLUMNS if name in names), None)
    if text_column is None:
        raise InputError(path, f"no text column ({', '.join(PARQUET_TEXT_COLUMNS)})")
    columns = [text_column] + [name for name in ("id", *JSONL_FIELDS) if name in names]
    for name in columns:
        if names.count(name) > 1:
            raise InputError(path, f"column {name!r} appears twice")
        kind = schema.field(name).type
        if types.is_dictionary(kind):
            kind = kind.value_type
        textual = types.is_string(kind) or types.is_large_string(kind) or types.is_string_view(kind)
        allowed = {"id": textual or types.is_integer(kind),
                   "published": textual or types.is_date(kind) or types.is_timestamp(kind)}.get(name, textual)
        if not (allowed or types.is_null(kind)):
            expected = {"id": "text or integer", "published": "text, date or timestamp"}.get(name, "text")
            raise InputError(path, f"column {name!r} is {kind}, not {expected}")
    return text_column, columns


def parquet_duplicates(path: Path) -> dict[int, int]:
    """Rows whose source name an earlier row already has (row -> that row), from the id
    column alone: a name must identify one record, so the later rows are skipped.
    Row groups that cannot be read are passed over, as reading them fails anyway."""
    import pyarrow as pa

    try:
        with _open_parquet(path) as parquet:
            if "id" not in parquet.schema_arrow.names:
                return {}  # row numbers are unique
            first: dict[str, int] = {}
            duplicates: dict[int, int] = {}
            number = 1
            for group in range(parquet.num_row_groups):
                rows = parquet.metadata.row_group(group).num_rows
                try:
                    ids = parquet.read_row_group(group, columns=["id"], use_threads=False).column("id").to_pylist()
                except (pa.ArrowException, OSError):
                    number += rows
                    continue
                for offset, record_id in enumerate(ids):
                    name = str(number + offset if record_id in (None, "") else record_id)
                    if first.setdefault(name, number + offset) != number + offset:
                        duplicates[number + offset] = first[name]
                number += rows
            return duplicates
    except InputError:
        return {}


def parquet_row_groups(path: Path) -> list[int]:
    """The bytes (uncompressed) of each row group of a Parquet file, to plan pieces;
    [] when it cannot be read here (it is then read whole, which reports why)."""
    try:
        with _open_parquet(path) as parquet:
            return [parquet.metadata.row_group(g).total_byte_size for g in range(parquet.num_row_groups)]
    except InputError:
        return []


@contextmanager
def _open_parquet(path: Path) -> Iterator:
    """A Parquet file open for reading, closed after use; InputError when it is not one."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        if path.stat().st_size == 0:
            raise InputError(path, "file is empty")
        handle = path.open("rb")
    except OSError as error:
        raise _read_error(path, error) from None
    with handle:
        try:
            parquet = pq.ParquetFile(handle)
        except (pa.ArrowException, OSError) as error:
            raise InputError(path, f"not a readable Parquet file ({_first_line(error)})") from None
        yield parquet


def _first_line(error: Exception) -> str:
    """An error's message, first line only and printable, for a one-line report."""
    line = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in line)


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
    except OSError as error:
        raise _read_error(path, error) from None


def _read_error(path: Path, error: OSError) -> InputError:
    """The one-line message for a file the system will not let us read."""
    if isinstance(error, PermissionError):
        return InputError(path, "permission denied")
    return InputError(path, f"cannot read: {error.strerror or error}")


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
        meta = yaml.load(match.group(1), Loader=SAFE_LOADER) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        meta = _plain_fields(match.group(1))
        if meta is None:
            raise InputError(path, f"front matter is not valid YAML{where}") from None
        print(f"checker: warning: {path}: front matter is not valid YAML{where}; read as plain "
              f"'field: value' lines", file=sys.stderr)
    if not isinstance(meta, dict):
        raise InputError(path, "front matter is not a mapping of fields")
    return meta, match.end()


# a value that opens with YAML's syntax ("[", "{", "|", ">", "&", "*", "!") was meant as YAML; one
# that opens with a quoted phrase is a headline ("'We left with nothing': refugees ...")
PLAIN_FIELD = re.compile(r"(?P<key>[A-Za-z_][\w-]*):[ \t]+(?P<value>[^\s\[\]{}|>&*!%@`].*?)(?:\s+#\s.*)?\s*")


def _plain_fields(block: str) -> dict | None:
    """Front matter written by hand as `field: value` lines that YAML refuses ("title: Peru
    earthquake: survivors ..."): each line's value is the text after its first colon.  None
    unless every line has that shape."""
    fields = {}
    for line in block.splitlines():
        if not line.strip():
            continue
        field = PLAIN_FIELD.fullmatch(line)
        if not field:
            return None
        value = field["value"]
        quoted = len(value) > 1 and value[0] == value[-1] and value[0] in "'\""
        fields[field["key"]] = value[1:-1] if quoted else value  # 'outlet: "The Guardian"'
    return fields or None


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
