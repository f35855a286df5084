"""Parquet exports as sources: one article a row, named and dated like JSON Lines
records, and bad files, columns and rows refused in one line naming the file."""

from __future__ import annotations

import json
import sys
from datetime import date

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from checker.cli import main
from checker.pipeline import load_corpus
from tests.corpora import generated_records


def feed() -> list[dict]:
    """Generated articles, one without an id (named by its row) and one without a date
    (inferred from its dateline), one with accents in its metadata."""
    rows = generated_records(9, seed=3)
    rows[2]["id"] = None
    rows[4]["published"] = None
    rows[5]["outlet"] = "Ñews Café"
    return rows


def write_jsonl(folder, rows):
    folder.mkdir(parents=True)
    path = folder / "feed.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def write_parquet(folder, rows, name="feed.parquet", **options):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    pq.write_table(pa.Table.from_pylist(rows), path, **options)
    return path


def test_a_parquet_export_gives_the_json_lines_claims(tmp_path):
    rows = feed()
    dated = [row | {"published": date.fromisoformat(row["published"]) if row["published"] else None} for row in rows]
    jsonl = load_corpus([write_jsonl(tmp_path / "j", rows).parent], use_cache=False)
    parquet = load_corpus([write_parquet(tmp_path / "p", dated, row_group_size=4).parent], use_cache=False)
    assert pq.ParquetFile(tmp_path / "p" / "feed.parquet").num_row_groups == 3
    assert pq.read_schema(tmp_path / "p" / "feed.parquet").field("published").type == pa.date32()
    assert jsonl.problems == parquet.problems == []
    assert list(parquet.documents["source"]) == [f"feed.parquet#{row['id'] or 3}" for row in rows]
    same = ["title", "outlet", "url", "source_date", "date_note", "chars"]
    pd.testing.assert_frame_equal(parquet.documents[same], jsonl.documents[same])
    assert list(parquet.documents["source_date_basis"]) == [
        "inferred: dateline" if i == 4 else "parquet" for i in range(len(rows))]
    assert parquet.documents.loc[5, "outlet"] == "Ñews Café"

    assert len(jsonl.claims) > 150
    expected = jsonl.claims.assign(source=jsonl.claims["source"].str.replace(".jsonl#", ".parquet#", regex=False))
    columns = [c for c in expected.columns if c not in ("claim_id", "part_of")]
    pd.testing.assert_frame_equal(parquet.claims[columns], expected[columns])
    # parts point to the same totals, under the ids the Parquet source names give them
    ids = dict(zip(jsonl.claims["claim_id"], parquet.claims["claim_id"], strict=True))
    assert len(set(ids.values())) == len(ids)
    assert list(parquet.claims["part_of"]) == [ids[c] if c else "" for c in jsonl.claims["part_of"]]
    assert (jsonl.claims["part_of"] != "").any()


@pytest.mark.parametrize(("columns", "read"), [
    ({"body": ["About 300 protesters marched in Lima."]}, "body"),
    ({"content": ["About 300 protesters marched in Lima."], "id": [7]}, "content"),
    ({"content": ["not this"], "text": ["About 300 protesters marched in Lima."]}, "text"),
])
def test_the_text_column(tmp_path, columns, read):
    folder = tmp_path / "c"
    write_parquet(folder, [dict(zip(columns, values, strict=True)) for values in zip(*columns.values())])
    corpus = load_corpus([folder], use_cache=False)
    assert corpus.texts == {f"feed.parquet#{columns.get('id', [1])[0]}": columns[read][0]}
    assert list(corpus.claims[corpus.claims["kind"] == "figure"]["value"]) == [300]


def _table(**columns) -> pa.Table:
    return pa.table(columns)


BAD_FILES = [
    (b"PAR1 not really", "not a readable Parquet file ("),
    (b"", "file is empty"),
    (_table(headline=["About 300 protesters marched."]), "no text column (text, body, content)"),
    (_table(text=[300]), "column 'text' is int64, not text"),
    (_table(text=["About 300 protesters marched."], published=[20240501]),
     "column 'published' is int64, not text, date or timestamp"),
    (_table(text=["About 300 protesters marched."], id=[1.5]), "column 'id' is double, not text or integer"),
    (_table(text=["About 300 protesters marched."], outlet=[b"Wire"]), "column 'outlet' is binary, not text"),
    (pa.Table.from_arrays([pa.array(["a"]), pa.array(["b"])], names=["text", "text"]), "column 'text' appears twice"),
    (pa.table({"text": pa.array([], pa.string())}), "file is empty"),
]


@pytest.mark.parametrize(("content", "problem"), BAD_FILES)
def test_a_bad_parquet_file_is_refused(tmp_path, capsys, content, problem):
    folder = tmp_path / "c"
    folder.mkdir()
    path = folder / "feed.parquet"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        pq.write_table(content, path)
    assert main(["claims", str(folder), "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"checker: error: {path}: {problem}") and err.count("\n") == 1


def test_bad_rows_are_skipped_and_named(tmp_path, capsys):
    good = "Police said about 3,700 protesters marched in Tbilisi."
    rows = [{"id": "a", "text": good, "published": "2024-05-01"},
            {"id": None, "text": good, "published": "2024-05-02"},
            {"id": "b", "text": good, "published": "1 May"},
            {"id": "a", "text": good, "published": "2024-05-03"},
            {"id": "2", "text": good, "published": "2024-05-03"},
            {"id": "c", "text": "   ", "published": None},
            {"id": "d", "text": None, "published": None},
            {"id": "e", "text": good, "published": "2024-05-04"},
            {"id": "f", "text": good, "published": "2024-05-04"}]
    path = write_parquet(tmp_path / "c", rows, row_group_size=2, compression="none")
    _corrupt_row_group(path, 3)
    corpus = load_corpus([path.parent], use_cache=False)
    assert list(corpus.documents["source"]) == ["feed.parquet#a", "feed.parquet#2", "feed.parquet#f"]
    assert {p.path for p in corpus.problems} == {str(path)}
    assert [p.problem for p in corpus.problems[:4]] == [
        "row 3: parquet: published value '1 May' is not a date (use YYYY-MM-DD)",
        "row 4: duplicate id 'a' (first on row 1)",
        "row 5: duplicate id '2' (first on row 2)",  # row 2 has no id: its row number names it
        "row 6: no text in column 'text'",
    ]
    # the corrupt group's rows (7, 8) are not read, the rows after it are
    assert len(corpus.problems) == 5 and corpus.problems[4].problem.startswith("row group 3: cannot read (")
    assert main(["claims", str(path.parent), "--no-cache", "--format", "csv"]) == 0
    assert capsys.readouterr().err.count("checker: warning: skipped") == 5
    assert main(["claims", str(path.parent), "--no-cache", "--strict"]) == 2
    assert capsys.readouterr().err == (f"checker: error: {path}: row 3: parquet: published value '1 May' "
                                       "is not a date (use YYYY-MM-DD)\n")


def _corrupt_row_group(path, group):
    """Overwrite the pages of one row group's text column with junk."""
    chunk = pq.ParquetFile(path).metadata.row_group(group).column(0)
    start = chunk.dictionary_page_offset or chunk.data_page_offset
    raw = bytearray(path.read_bytes())
    raw[start:start + chunk.total_compressed_size] = b"\xff" * chunk.total_compressed_size
    path.write_bytes(bytes(raw))
