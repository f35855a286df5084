"""Real-world inputs: saved web pages, JSON Lines exports, odd encodings and spacing,
and hostile or broken files that must fail clearly without stopping the corpus."""

from __future__ import annotations

import json
import os

import pytest

from checker.cli import main
from checker.pipeline import load_corpus

PAGE = """<html><head><title>Flood toll rises - Coastal Herald</title>
<meta property="og:site_name" content="Coastal Herald"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-04-02T10:00:00Z"></head>
<body><nav>Home | World | 2,000 readers online</nav>
<article><h1>Flood toll rises</h1>
<p>The death toll from the floods in Derna rose to 85 on Monday, officials said.</p>
<p>Rescue teams from Benghazi reached the city late in the evening, and about 300 volunteers joined them.</p>
</article>
<aside><h3>Related posts</h3><ul><li><a href="/x">Storm kills 12 in Tripoli</a></li></ul></aside>
<div class="comments"><p>Great article! 5 stars from 40 readers</p></div></body></html>"""


def test_saved_web_page(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "page.html").write_text(PAGE)
    corpus = load_corpus([folder], use_cache=False)
    document = corpus.documents.iloc[0]
    assert (document["outlet"], document["title"], document["source_date"], document["source_date_basis"]) == (
        "Coastal Herald", "Flood toll rises", "2024-04-02", "html")
    figures = corpus.claims[corpus.claims["kind"] == "figure"]
    assert sorted(figures["value"]) == [85, 300]  # nothing from the menu, the aside or the comments
    toll = figures[figures["value"] == 85].iloc[0]
    # the toll belongs to the story's event (the title's "Flood"), as in every outlet's report of it
    assert (toll["measure"], toll["subject"], toll["as_of_start"]) == ("killed", "flood", "2024-04-01")
    text = corpus.texts[toll["source"]]
    assert text[toll["start"]:toll["end"]] == toll["surface"]


def test_json_lines_export(tmp_path, capsys):
    folder = tmp_path / "c"
    folder.mkdir()
    lines = [
        {"id": "a1", "text": "Police said about 3,700 protesters marched in Tbilisi.", "outlet": "Tbilisi Daily",
         "published": "2024-05-01"},
        {"text": "The police said 9,000 protesters marched in Tbilisi.", "outlet": "Georgia Today",
         "published": "2024-05-01"},
        "not an object",
    ]
    (folder / "export.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n{broken\n")
    corpus = load_corpus([folder], use_cache=False)
    assert list(corpus.documents["source"]) == ["export.jsonl#a1", "export.jsonl#2"]
    assert [str(p) for p in corpus.problems] == [f"{folder / 'export.jsonl'}: line 3: no 'text' field",
                                                 f"{folder / 'export.jsonl'}: line 4: Expecting property name enclosed in double quotes"]
    assert main(["findings", str(folder), "--no-cache", "--format", "csv"]) == 0
    assert "conflict" in capsys.readouterr().out


@pytest.mark.parametrize(("encoding", "bom"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""),
                                                ("cp1252", b""), ("latin-1", b"")])
def test_encodings(tmp_path, encoding, bom):
    folder = tmp_path / "c"
    folder.mkdir()
    text = "Café owners said about 40 people were evacuated in Nîmes."
    (folder / "a.txt").write_bytes(bom + text.encode(encoding))
    corpus = load_corpus([folder], use_cache=False)
    assert corpus.texts["a.txt"].strip() == text
    assert corpus.claims[corpus.claims["kind"] == "figure"].iloc[0]["value"] == 40


@pytest.mark.parametrize(("text", "value"), [
    ("About 3\u00a0700 soldiers serve there.", 3700),
    ("About 3\u202f700 soldiers serve there.", 3700),
    ("About “3,700” soldiers serve there.", None),
])
def test_spaces_inside_numbers(text, value):
    from checker.claims import extract_text

    claims = extract_text(text, "2024-01-01")
    figures = claims[claims["kind"] == "figure"]
    if value is None:
        assert figures.empty or figures.iloc[0]["value"] == 3700
    else:
        assert figures.iloc[0]["value"] == value


def test_en_dash_year_range():
    from checker.claims import extract_text

    claims = extract_text("The 1998–1999 conflict ended with a bombardment.", "2024-01-01")
    row = claims[claims["kind"] == "date"].iloc[0]
    assert (row["as_of_start"], row["as_of_end"]) == ("1998-01-01", "1999-12-31")


def test_oversized_and_one_line_files_are_refused(tmp_path, capsys):
    folder = tmp_path / "c"
    folder.mkdir()
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (folder / "oneline.txt").write_text("word " * 1_100_000)
    (folder / "good.md").write_text("---\npublished: 2024-01-01\n---\nAbout 300 protesters marched in Lima.\n")
    assert main(["claims", str(folder), "--no-cache", "--format", "csv"]) == 0
    err = capsys.readouterr().err
    assert "huge.txt: file is 50 MB, larger than the 20 MB limit" in err
    assert "oneline.txt: a single line of 5.5 million characters" in err
    assert main(["claims", str(folder), "--no-cache", "--strict"]) == 2


def test_symlink_loop(tmp_path, capsys):
    folder = tmp_path / "c"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("About 300 protesters marched in Lima.")
    os.symlink(folder, folder / "sub" / "loop")
    assert main(["claims", str(folder), "--no-cache"]) == 2
    assert "symlink loop" in capsys.readouterr().err


def test_unreadable_file(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("About 300 protesters marched in Lima.")
    (folder / "secret.txt").write_text("About 10 people.")

    real = type(folder).read_bytes

    def refuse(path):
        if path.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(type(folder), "read_bytes", refuse)
    assert main(["claims", str(folder), "--no-cache", "--format", "csv"]) == 0
    assert "secret.txt: permission denied" in capsys.readouterr().err


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Workers repaired a 2,5 kilometres stretch of the dyke.", 2.5, "kilometer"),
    ("The city pledged 1,5 million euros in aid.", 1_500_000, "EUR"),
    ("Turnout reached 62,5% in Lyon.", 62.5, "percent"),
    ("About 3,700 soldiers serve there.", 3700, ""),
])
def test_european_decimal_comma_where_the_unit_makes_it_unambiguous(text, value, unit):
    from checker.claims import extract_text

    figures = extract_text(text, "2024-01-01")
    figure = figures[figures["kind"] == "figure"].iloc[0]
    assert (figure["value"], figure["unit"]) == (value, unit)
