"""A large JSON Lines or Parquet file read in pieces, on the cluster or not, gives what
reading it whole gives: the same records, names, line numbers, problems, claims and
findings (issue 8)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from checker import sources
from checker.engines import dask_engine
from checker.sources import Entry, Piece
from tests.corpora import generated_records
from tests.test_dask_engine import assert_same, both_engines

LINES = [  # a BOM, CRLF, blank and broken lines, UTF-8 beyond ASCII, Windows-1252, no final newline
    b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": "Police said about 3,700 protesters marched.",
                                  "published": "2024-05-01"}).encode() + b"\r\n",
    b"\n",
    json.dumps({"text": "Organisers said 9,000 marched in Tbilisi \u2014 \u00abs\u00fc\u00dfe\u00bb.",
                "outlet": "Georgia Today"}, ensure_ascii=False).encode() + b"\n",
    b"{broken\n",
    b"   \n",
    b'{"id": null, "text": "A third report said 5,000 marched."}\n',
    b'{"text": "Caf\xe9 owners said 40 people were evacuated in N\xeemes."}\n',
    b'{"id": 9, "text": "The last line has no newline: 12 people."}',
]


def whole_and_pieces(path, split):
    """What reading the file whole gives, and what its pieces of `split` bytes give together."""
    entry = Entry(path, path.parent)
    data = path.read_bytes()
    pieces = [Piece(p.start, p.end, data[:p.start].count(b"\n")) for p in dask_engine.byte_pieces(len(data), split)]
    read = [sources.read_all(entry, piece) for piece in pieces]
    together = ([d for documents, _ in read for d in documents], [p for _, problems in read for p in problems])
    return sources.read_all(entry), together


def summary(documents, problems):
    return [(d.source, d.text, d.sha256, d.source_date, d.outlet) for d in documents], [str(p) for p in problems]


@pytest.mark.parametrize("limit", [None, 96])
def test_pieces_of_a_json_lines_file_read_each_line_once(tmp_path, monkeypatch, limit):
    """With a limit of 96 bytes a line (20 MB in use) the first line (98 bytes) is refused."""
    if limit:
        monkeypatch.setattr(sources, "MAX_BYTES", limit)
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"".join(LINES))
    size = path.stat().st_size
    whole, _ = whole_and_pieces(path, size)
    documents, problems = summary(*whole)
    expected = [("feed.jsonl#a", "Police sa"), ("feed.jsonl#3", "Organiser"), ("feed.jsonl#6", "A third r"),
                ("feed.jsonl#7", "Café owne"), ("feed.jsonl#9", "The last ")]
    assert [(source, text[:9]) for source, text, *_ in documents] == expected[1 if limit else 0:]
    assert problems == [f"{path}: line 1: record larger than the 0 MB limit"] * bool(limit) + [
        f"{path}: line 4: Expecting property name enclosed in double quotes"]
    assert documents[-4][1].endswith("\u00abs\u00fc\u00dfe\u00bb.") and documents[-4][4] == "Georgia Today"
    for split in range(1, size + 1):  # every boundary: inside a line, at its newline, at its start
        assert summary(*whole_and_pieces(path, split)[1]) == (documents, problems), split


def test_a_utf16_file_is_read_by_its_first_piece(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "About 300 protesters marched."}\n{"text": "Some 40 died."}\n', encoding="utf-16")
    whole, together = whole_and_pieces(path, 10)
    assert summary(*together) == summary(*whole) and len(whole[0]) == 2


def json_lines_feed(folder):
    """Generated articles with the cases a split must keep: records without an id (named
    by their line number), blank and broken lines, a bad date; and a blank file."""
    rows = generated_records(10, seed=5)
    for row in rows[::5]:
        del row["id"]
    rows[7]["published"] = "last Tuesday"
    lines = [json.dumps(row) for row in rows]
    lines[3:3] = ["", "{not json"]
    folder.mkdir()
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "blank.jsonl").write_text(" \n" * 5000, encoding="utf-8")
    return folder


def test_a_json_lines_file_in_pieces_on_the_cluster(scheduler, tmp_path):
    folder = json_lines_feed(tmp_path / "c")
    data = (folder / "feed.jsonl").read_bytes()
    split = 8000
    assert all(data[start - 1:start] != b"\n" for start in range(split, len(data), split))  # records straddle
    local, dask, local_findings, dask_findings = both_engines([folder], scheduler, tmp_path, split_bytes=split)
    assert len(dask.parts) == len(range(0, len(data), split)) + 2  # blank.jsonl: 10,000 bytes, two pieces
    assert [(Path(p.path).name, p.problem) for p in local.problems] == [
        ("blank.jsonl", "file is empty"), ("feed.jsonl", "line 5: Expecting property name enclosed in double quotes"),
        ("feed.jsonl", "line 10: jsonl: published value 'last Tuesday' is not a date (use YYYY-MM-DD)")]
    assert {"feed.jsonl#1", "feed.jsonl#8"} < set(local.documents["source"])  # rows 0 and 5, without ids
    assert len(local.claims) > 400 and len(local_findings) > 10
    assert_same(local, dask, local_findings, dask_findings)
    assert all(dask.texts[source] == text for source, text in local.texts.items())
    # each record is cached under its own key, whichever piece reads it
    again = dask_engine.load_corpus([folder], cache_dir=tmp_path / "cache-dask", scheduler=scheduler,
                                    parquet=tmp_path / "claims.parquet", partition_bytes=1, split_bytes=split)
    assert again.cache_stats == {"hits": len(local.documents), "misses": 0}
    pd.testing.assert_frame_equal(again.claims, local.claims)


def test_a_parquet_file_in_pieces_on_the_cluster(scheduler, tmp_path):
    rows = generated_records(10, seed=6)
    rows[1]["id"] = None
    rows[6]["id"] = rows[0]["id"]  # a duplicate, in another row group than the first
    rows[7]["published"] = "soon"
    rows[8]["text"] = ""
    folder = tmp_path / "c"
    folder.mkdir()
    pq.write_table(pa.Table.from_pylist(rows), folder / "feed.parquet", row_group_size=2)
    local, dask, local_findings, dask_findings = both_engines([folder], scheduler, tmp_path, split_bytes=1)
    assert len(dask.parts) == 5
    assert [p.problem for p in local.problems] == [
        "row 7: duplicate id 'article_000000' (first on row 1)",
        "row 8: parquet: published value 'soon' is not a date (use YYYY-MM-DD)",
        "row 9: no text in column 'text'"]
    assert list(local.documents["source"])[:2] == ["feed.parquet#article_000000", "feed.parquet#2"]
    assert len(local.claims) > 300 and len(local_findings) > 5
    assert_same(local, dask, local_findings, dask_findings)
    assert all(dask.texts[source] == text for source, text in local.texts.items())


@pytest.mark.parametrize(("name", "size", "groups", "split", "pieces"), [
    ("a.md", 100, [], 50, [(None, None, 100)]),  # only JSON Lines and Parquet files are split
    ("a.jsonl", 100, [], 100, [(None, None, 100)]),
    ("a.jsonl", 120, [], 50, [(0, 50, 50), (50, 100, 50), (100, None, 20)]),
    ("a.parquet", 30, [10, 10, 10], 15, [(0, 1, 10), (1, 2, 10), (2, None, 10)]),
    ("a.parquet", 30, [10, 10, 10], 25, [(0, 2, 20), (2, None, 10)]),
    ("a.parquet", 30, [10, 10, 10], 30, [(None, None, 30)]),
])
def test_the_plan(tmp_path, name, size, groups, split, pieces):
    """Pieces of a file: (start, end, bytes); the file after it stays whole."""
    entries = [Entry(tmp_path / name, tmp_path), Entry(tmp_path / "b.md", tmp_path)]
    surveyed = dask_engine.extract.Survey([tmp_path], entries, [size, 10], {0: groups} if groups else {}, None, "",
                                          tmp_path)
    planned = dask_engine.plan(surveyed, split)
    assert [(p.piece and p.piece.start, p.piece and p.piece.end, p.size) for p in planned[:-1]] == pieces
    assert {p.entry for p in planned[:-1]} == {0} and planned[-1] == dask_engine.Planned(1, None, 10)
