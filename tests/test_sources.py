"""Reading sources: front matter, manifests, source dates, furniture, and bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.cli import main
from checker.errors import InputError
from checker.pipeline import load_corpus
from checker.sources import discover, infer_source_date, read


def one(tmp_path: Path, name: str, text: str | bytes, manifest: str | None = None):
    folder = tmp_path / name.replace(".", "_")
    folder.mkdir()
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    if manifest is not None:
        (folder / "sources.csv").write_text(manifest, encoding="utf-8")
    return read(discover([folder]).entries[0])


def test_front_matter_wins_over_manifest(tmp_path):
    doc = one(tmp_path, "a.md", "---\noutlet: Front\npublished: 2024-01-05\n---\nText.\n",
              "file,outlet,published\na.md,Manifest,2023-01-01\n")
    assert (doc.outlet, doc.source_date, doc.source_date_basis) == ("Front", date(2024, 1, 5), "front matter")
    assert doc.text.startswith("---") and doc.body_start == doc.text.index("Text.")


def test_manifest_gives_metadata(tmp_path):
    doc = one(tmp_path, "a.txt", "Text.\n", "file,outlet,published,date_basis\na.txt,Wire,2023-01-01,on the page\n")
    assert (doc.outlet, doc.source_date, doc.source_date_basis, doc.date_note) == (
        "Wire", date(2023, 1, 1), "manifest", "on the page")


@pytest.mark.parametrize(("text", "expected", "basis"), [
    ("Brussels, 18 August 2022 (TDI): the leaders met.", date(2022, 8, 18), "inferred: dateline"),
    ("The minister met the envoy in Pristina on Monday (20 November 2023) to talk.", date(2023, 11, 20),
     "inferred: first full date"),
    ("KYIV, March 3, 2024 - Shelling continued.", date(2024, 3, 3), "inferred: dateline"),
])
def test_source_date_inferred_from_the_top(text, expected, basis):
    found = infer_source_date(text)
    assert found[:2] == (expected, basis)


def test_unknown_source_date_leaves_relative_dates_unresolved(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Rescuers reached the village on Monday.\n")
    corpus = load_corpus([folder], use_cache=False)
    assert corpus.documents.iloc[0]["source_date"] == ""
    row = corpus.claims[corpus.claims["surface"] == "on Monday"].iloc[0]
    assert (row["as_of_start"], row["as_of_precision"], row["as_of_basis"]) == ("", "unresolved", "unresolved")


def test_utf16_and_windows_1252_are_decoded(tmp_path):
    doc = one(tmp_path, "a.txt", "Zvečan – 3,700 soldiers.".encode("utf-16"))
    assert doc.text == "Zvečan – 3,700 soldiers."
    doc = one(tmp_path, "b.txt", "Café “quoted” text about 40 people.".encode("cp1252"))
    assert "Café" in doc.text and "“quoted”" in doc.text


def test_furniture_lines_yield_no_claims(tmp_path):
    text = ("Title of the story\n\n242\nCaption of 12 soldiers\nCaption of 12 soldiers\n\n"
            "Read Also: 500 protesters march\n\nAbout 300 protesters marched in Lima.\n\nRelated posts\n\n"
            "Another story about 900 protesters\n")
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.md").write_text("---\npublished: 2024-01-01\n---\n" + text)
    claims = load_corpus([folder], use_cache=False).claims
    assert sorted(claims[claims["kind"] == "figure"]["value"]) == [300]


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("empty.txt", b"", "file is empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
    ("bad.md", b"---\ntitle: [unclosed\n---\nText.\n", "front matter is not valid YAML"),
    ("date.md", b"---\npublished: soon\n---\nText.\n", "published value 'soon' is not a date"),
])
def test_bad_input_is_one_line_exit_2(tmp_path, capsys, name, content, problem):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / name).write_bytes(content)
    assert main(["claims", str(folder / name), "--no-cache"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and name in err and problem in err and "Traceback" not in err


def test_missing_path_and_bad_manifest(tmp_path, capsys):
    assert main(["claims", str(tmp_path / "nowhere")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Text.")
    (folder / "sources.csv").write_text("file,published\na.txt,yesterday\n")
    assert main(["claims", str(folder)]) == 2
    assert "sources.csv" in capsys.readouterr().err
    (folder / "sources.csv").write_text("file,published\n../../etc/passwd,2024-01-01\n")
    assert main(["claims", str(folder)]) == 2
    assert "outside the corpus folder" in capsys.readouterr().err
    (folder / "sources.csv").write_text("file,published\nghost.txt,2024-01-01\n")
    assert main(["claims", str(folder)]) == 2
    assert "ghost.txt" in capsys.readouterr().err


def test_one_bad_source_is_skipped_unless_strict(tmp_path, capsys):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "good.md").write_text("---\npublished: 2024-01-01\n---\nAbout 300 protesters marched in Lima.\n")
    (folder / "empty.txt").write_text("")
    assert main(["claims", str(folder), "--format", "csv", "--no-cache"]) == 0
    captured = capsys.readouterr()
    assert "skipped" in captured.err and "empty.txt" in captured.err and "Lima" in captured.out
    assert main(["claims", str(folder), "--strict", "--no-cache"]) == 2


def test_folder_without_sources(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no sources found"):
        discover([tmp_path / "empty"])
