"""`checker report`: what the report shows, how it escapes sources, and that it is reproducible.

The first part builds small tables by hand (the report's contract is the table
schemas); the second runs the real pipeline on a copy of seeds/ and checks the
committed reports/ is what the code produces today.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from checker import schema
from checker.commands import report as report_command
from checker.output import atomic, tables
from checker.output.charts import build_charts, chart_groups
from checker.output.html import render_html
from checker.output.markdown import render_markdown
from checker.output.timeline import TIMELINE_COLUMNS

ROOT = Path(__file__).resolve().parents[1]

CLAIM_DEFAULTS = {
    "claim_id": "", "source": "a.txt", "outlet": "A", "line": 1, "start": 0, "end": 1, "kind": "figure",
    "surface": "", "sentence": "", "rule": "test", "subject": "the force", "measure": "troops",
    "value": math.nan, "low": math.nan, "high": math.nan, "unit": "", "qualifier": "exact",
    "as_of_start": "", "as_of_end": "", "as_of_precision": "unresolved", "as_of_basis": "unresolved",
    "source_date": "", "part_of": "", "detail": "",
}  # fmt: skip
DOCUMENT_DEFAULTS = {
    "source": "", "path": "", "title": "", "outlet": "", "url": "", "source_date": "",
    "source_date_basis": "manifest", "date_note": "", "sha256": "", "chars": 0,
}  # fmt: skip


def frame(defaults: dict, columns: dict, rows: list[dict]) -> pd.DataFrame:
    if not rows:
        return schema.empty(columns)
    return schema.conform(pd.DataFrame([{**defaults, **row} for row in rows]), columns)


def troops(claim_id, source, value, low, high, as_of, until=None, precision="day", **extra) -> dict:
    surface = extra.pop("surface", f"about {value:,.0f} troops")
    return {
        "claim_id": claim_id, "source": source, "value": value, "low": low, "high": high, "qualifier": "about",
        "as_of_start": as_of, "as_of_end": until or as_of, "as_of_precision": precision, "as_of_basis": "stated",
        "surface": surface, "sentence": f"The force has {surface} in the country.", **extra,
    }  # fmt: skip


def finding(finding_id, kind, severity, claim_ids, message, **extra) -> dict:
    row = {name: "" for name in schema.FINDING_COLUMNS}
    row.update(subject="the force", measure="troops")
    row.update(finding_id=finding_id, kind=kind, severity=severity, claim_ids=claim_ids, message=message, **extra)
    return row


DOCUMENTS = [
    {"source": "a.txt", "outlet": "Alpha News", "source_date": "2023-03-07", "url": "https://alpha.example/a"},
    {"source": "b.txt", "outlet": "Beta Daily", "source_date": "2025-03-11", "date_note": "From the dateline."},
]
CLAIMS = [
    troops("a1", "a.txt", 50000, 47500, 52500, "1999-01-01", "1999-12-31", "year", line=12, outlet="Alpha News",
           source_date="2023-03-07"),
    troops("a2", "a.txt", 4000, 3800, 4000, "2023-03-07", line=12, start=40, outlet="Alpha News",
           source_date="2023-03-07", surface="close to 4,000 troops"),
    troops("b1", "b.txt", 4700, 4465, 4935, "2025-03-11", line=4, outlet="Beta Daily", source_date="2025-03-11"),
    {"claim_id": "b2", "source": "b.txt", "kind": "date", "measure": "event_date", "subject": "the war",
     "surface": "1998-1999", "sentence": "after the 1998-1999 war", "line": 3, "as_of_start": "1998-01-01",
     "as_of_end": "1999-12-31", "as_of_precision": "year", "as_of_basis": "stated", "outlet": "Beta Daily"},
]  # fmt: skip
FINDINGS = [
    finding("f-conflict", "conflict", "error", "a2 b1", "Alpha News and Beta Daily disagree on the force's troops.",
            values="~4,000 vs ~4,700", as_of="2023"),  # fmt: skip
    finding("f-agree", "corroborated", "info", "a1", "One source only, for the test."),
]


def make_tables(documents=DOCUMENTS, claims=CLAIMS, findings=FINDINGS, hrefs=None) -> tables.ReportTables:
    return tables.prepare(
        frame(DOCUMENT_DEFAULTS, schema.DOCUMENT_COLUMNS, documents),
        frame(CLAIM_DEFAULTS, schema.CLAIM_COLUMNS, claims),
        pd.DataFrame(findings) if findings else schema.empty(schema.FINDING_COLUMNS),
        hrefs if hrefs is not None else {"a.txt": "../corpus/a.txt", "b.txt": "../corpus/b.txt"},
    )


# --- charts ---------------------------------------------------------------------------


def test_a_chart_for_each_measure_with_two_dates_or_sources():
    lonely = troops("c1", "a.txt", 7, 7, 7, "2023-01-01", measure="nations")
    groups = chart_groups(make_tables(claims=[*CLAIMS, lonely]).claims)
    assert [key for key, _ in groups] == [("the force", "troops", "")]
    assert groups[0][1]["claim_id"].tolist() == ["a1", "a2", "b1"]  # by as-of date


def test_charts_mark_conflicts_and_are_byte_identical_across_runs():
    first, second = build_charts(make_tables()), build_charts(make_tables())
    assert [c.svg for c in first] == [c.svg for c in second]
    chart = first[0]
    assert chart.file_name == "charts/the-force-troops.svg"
    assert chart.conflict_claim_ids == ("a2", "b1")
    assert 'id="point-a1"' in chart.svg and 'id="point-b1"' in chart.svg
    assert "<dc:date>" not in chart.svg and "Matplotlib v" not in chart.svg
    assert "Alpha News" not in chart.svg and "<!--" not in chart.svg  # labels are glyph paths, not text


def test_inline_svg_prefixes_ids_so_two_charts_do_not_clash():
    claims = [*CLAIMS, *(dict(c, claim_id=c["claim_id"] + "x", measure="soldiers") for c in CLAIMS[:3])]
    charts = build_charts(make_tables(claims=claims))
    inline = [chart.inline_svg() for chart in charts]
    ids = [set(re.findall(r'\bid="([^"]+)"', svg)) for svg in inline]
    assert len(charts) == 2 and ids[0] and not ids[0] & ids[1]
    assert all(svg.startswith("<svg ") and 'role="img"' in svg for svg in inline)
    assert 'xlink:href="#the-force-troops-' in inline[1]


# --- HTML and Markdown ----------------------------------------------------------------


def test_html_has_every_section_and_highlights_the_figure():
    page = render_html(make_tables(), build_charts(make_tables()))
    for anchor in ("summary", "charts", "findings", "timeline", "claims"):
        assert f'<section id="{anchor}">' in page
    assert "“The force has <mark>close to 4,000 troops</mark> in the country.”" in page
    assert '<a href="../corpus/a.txt#L12">a.txt#L12</a>' in page
    assert "<h3>Open conflicts (1)</h3>" in page
    assert page.index('id="finding-f-conflict"') < page.index('id="finding-f-agree"')  # errors first
    assert '<time datetime="1998-01-01">1998–1999</time>' in page
    assert page.count("<svg ") == 1
    links = re.findall(r'(?:src|href)="(?!#|\.\./corpus/)([^"]*)"', page)
    assert links == ["https://alpha.example/a"]  # the source's own URL; nothing else to fetch or follow


def test_the_review_status_shows_and_open_findings_come_before_decided_ones():
    reviewed = [
        dict(FINDINGS[0], review_status="accepted", review_note="Known: two counts."),
        finding("f-later", "conflict", "error", "a1 b1", "Later disagreement.", subject="zzz"),
        FINDINGS[1],
    ]
    report = make_tables(findings=reviewed)
    assert report.findings["finding_id"].tolist() == ["f-later", "f-conflict", "f-agree"]
    assert report.findings["review_status"].tolist() == ["open", "accepted", "open"]
    assert report.open_conflicts()["finding_id"].tolist() == ["f-later"]
    page = render_html(report, [])
    assert '<span class="badge status status-accepted">accepted</span>' in page
    assert "Review note: Known: two counts." in page
    rows = list(csv.DictReader(io.StringIO(tables.findings_csv(report))))
    assert [(r["finding_id"], r["review_status"], r["review_note"]) for r in rows] == [
        ("f-later", "open", ""),
        ("f-conflict", "accepted", "Known: two counts."),
        ("f-agree", "open", ""),
    ]


HOSTILE = "<script>window.__pwned=1</script> <img src=x onerror=window.__pwned=2> | @alice *bold*"


def test_html_escapes_everything_a_source_says():
    documents = [dict(DOCUMENTS[0], title=HOSTILE, url="javascript:alert(1)", outlet='"><b>x</b>')]
    claims = [dict(CLAIMS[1], sentence=f"{HOSTILE} close to 4,000 troops", subject="<i>s</i>")]
    page = render_html(make_tables(documents=documents, claims=claims), [])
    assert "<script>window" not in page and "<img src=x" not in page and "<b>x</b>" not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=window.__pwned=2&gt;" in page
    assert 'href="javascript' not in page
    assert '<span class="url">javascript:alert(1)</span>' in page
    assert page.count("<script>") == 1  # the page's own sorting script, allowed by hash in the CSP
    assert "default-src 'none'" in page


def test_markdown_escapes_sources_and_keeps_tables_intact():
    documents = [dict(DOCUMENTS[0], title=HOSTILE, url="javascript:alert(1)")]
    claims = [dict(CLAIMS[1], sentence=f"{HOSTILE} close to 4,000 troops", surface="close to 4,000 troops")]
    report = make_tables(documents=documents, claims=claims)
    text = render_markdown(report, build_charts(report))
    assert "<script>" not in text and "<img" not in text
    assert "&lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt;" in text
    assert "\\| &#64;alice \\*bold\\*" in text  # no table break, no mention, no emphasis
    assert "](javascript" not in text and "<javascript" not in text
    source_row = next(line for line in text.splitlines() if line.startswith("| [a.txt]"))
    assert source_row.count(" | ") == 4  # five cells: the title's "|" did not add one
    assert "**close to 4,000 troops**" in text


def test_markdown_embeds_charts_as_files_and_lists_findings_by_severity():
    report = make_tables()
    text = render_markdown(report, build_charts(report))
    assert "![Chart: the force: troops against as-of date](charts/the-force-troops.svg)" in text
    assert text.index("### Error (1)") < text.index("### Info (1)")
    assert (
        "> — Alpha News, published 2023-03-07, figure \\~4,000, as of 2023-03-07 · [a.txt#L12](../corpus/a.txt#L12)"
    ) in text
    assert "- **1998–1999**: the war _(date, 1 source)_" in text


# --- tables ---------------------------------------------------------------------------


def test_csv_numbers_are_written_one_way():
    out = tables.to_csv(
        pd.DataFrame({"x": [4700.0, 0.5, math.nan, math.inf, 1e-7], "s": ["a", "b,c", "", "d", 'e"']}), ["x", "s"]
    )
    assert out == 'x,s\n4700,a\n0.5,"b,c"\n,\ninf,d\n1e-07,"e"""\n'


def test_report_json_is_sorted_and_has_no_nan():
    report = make_tables()
    document = json.loads(tables.report_json(report, []))
    assert document["summary"]["findings_by_kind"] == {"conflict": 1, "corroborated": 1}
    assert document["summary"]["open_conflicts"] == ["f-conflict"]
    assert [s["href"] for s in document["sources"]] == ["../corpus/a.txt", "../corpus/b.txt"]
    date_claim = next(c for c in document["claims"] if c["claim_id"] == "b2")
    assert date_claim["value"] is None and document["claims"][0]["value"] == 50000


def test_links_only_to_files_inside_the_corpus(tmp_path):
    corpus, outside, reports = tmp_path / "corpus", tmp_path / "elsewhere", tmp_path / "reports"
    corpus.mkdir(), outside.mkdir()
    (corpus / "in side.txt").write_text("x")
    (outside / "secret.txt").write_text("x")
    (corpus / "link.txt").symlink_to(outside / "secret.txt")
    paths = {"in side.txt": corpus / "in side.txt", "link.txt": corpus / "link.txt", "../x": outside / "secret.txt"}
    assert tables.source_hrefs(paths, [corpus], reports) == {"in side.txt": "../corpus/in%20side.txt"}


# --- writing --------------------------------------------------------------------------


def test_atomic_write_keeps_the_old_file_when_replacing_fails(tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    atomic.write_text(target, "old")

    def crash(*_):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        atomic.write_text(target, "new")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]  # no temp file left


def test_write_report_replaces_files_and_drops_charts_no_longer_drawn(tmp_path):
    (tmp_path / "charts").mkdir()
    (tmp_path / "charts" / "gone.svg").write_text("old")
    (tmp_path / "notes.txt").write_text("mine")
    files = report_command.render_files(make_tables())
    report_command.write_report(tmp_path, files)
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert written == sorted([*files, "notes.txt"])
    assert all((tmp_path / name).read_bytes() == data for name, data in files.items())


def test_a_report_without_findings_or_dates_still_renders():
    report = make_tables(claims=[dict(CLAIMS[1], as_of_start="", as_of_end="", as_of_precision="unresolved")],
                         findings=[])  # fmt: skip
    files = report_command.render_files(report)
    assert sorted(files) == ["claims.csv", "findings.csv", "report.html", "report.json", "report.md", "timeline.csv"]
    page = files["report.html"].decode()
    assert "No measure has figures from two or more dates or sources." in page
    assert "No findings." in page and "No dated events or figures." in page
    assert files["timeline.csv"].decode().splitlines() == [",".join(TIMELINE_COLUMNS)]


def test_rendering_twice_gives_identical_bytes():
    assert report_command.render_files(make_tables()) == report_command.render_files(make_tables())


# --- the real pipeline on seeds/ ------------------------------------------------------


def run_report(workdir: Path, *args: str) -> subprocess.CompletedProcess:
    """`checker report` in `workdir` (a copy of the corpus sits there as seeds/)."""
    return subprocess.run(
        [sys.executable, "-m", "checker", "report", *args],
        cwd=workdir, capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory) -> Path:
    """reports/ for a copy of seeds/, laid out as in the repository so relative links match."""
    workdir = tmp_path_factory.mktemp("repo")
    shutil.copytree(ROOT / "seeds", workdir / "seeds", ignore=shutil.ignore_patterns(".checker-cache"))
    result = run_report(workdir, "seeds", "-o", "reports")
    assert "Report: reports/report.html" in result.stdout
    return workdir / "reports"


def files_under(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_committed_reports_are_up_to_date(seeds_report):
    """Fails when reports/ is stale: run `make run` (checker report seeds -o reports) and commit."""
    committed, fresh = files_under(ROOT / "reports"), files_under(seeds_report)
    assert sorted(committed) == sorted(fresh)
    stale = [name for name in fresh if committed[name] != fresh[name]]
    assert not stale, f"reports/ is stale ({', '.join(stale)}): run `make run` and commit reports/"


def test_a_second_run_writes_the_same_bytes(seeds_report, tmp_path):
    workdir = seeds_report.parent
    run_report(workdir, "seeds", "-o", "again", "--no-cache")
    assert files_under(workdir / "again") == files_under(seeds_report)


def test_seeds_report_charts_kfor_troops_from_1999_to_2025(seeds_report):
    document = json.loads((seeds_report / "report.json").read_text("utf-8"))
    claims = {c["claim_id"]: c for c in document["claims"]}
    chart = next(c for c in document["charts"] if c["measure"] == "troops" and "KFOR" in c["subject"])
    years = {claims[cid]["as_of_start"][:4] for cid in chart["claim_ids"]}
    assert {"1999", "2022", "2023", "2025"} <= years
    assert (seeds_report / chart["file"]).is_file()
    page = (seeds_report / "report.html").read_text("utf-8")
    assert all(f'id="{Path(chart["file"]).stem}-point-{cid}"' in page for cid in chart["claim_ids"])


def test_seeds_report_shows_the_name_variant_and_the_corroborations(seeds_report):
    document = json.loads((seeds_report / "report.json").read_text("utf-8"))
    kinds = document["summary"]["findings_by_kind"]
    assert kinds.get("name_variant", 0) >= 1 and kinds.get("corroborated", 0) >= 1
    variant = next(f for f in document["findings"] if f["kind"] == "name_variant")
    page = (seeds_report / "report.html").read_text("utf-8")
    assert f'id="finding-{variant["finding_id"]}"' in page
    assert "Aljbin" in variant["message"] + variant["values"] + variant["evidence"]


def test_seeds_timeline_runs_from_1998_to_2025(seeds_report):
    rows = list(csv.DictReader((seeds_report / "timeline.csv").open(encoding="utf-8")))
    assert rows[0]["as_of_start"].startswith("1998") and rows[-1]["as_of_start"].startswith("2025")
    assert [r["as_of_start"] for r in rows] == sorted(r["as_of_start"] for r in rows)
    merged = [r for r in rows if len(r["sources"].split()) > 1]
    assert merged, "some event is reported by two sources (003 and 004 describe the same press conference)"


def test_seeds_report_links_stay_inside_the_corpus(seeds_report):
    document = json.loads((seeds_report / "report.json").read_text("utf-8"))
    assert {s["href"] for s in document["sources"]} == {f"../seeds/{s['source']}" for s in document["sources"]}
    for name, data in files_under(seeds_report).items():
        text = data.decode("utf-8")
        assert str(ROOT) not in text and str(seeds_report.parent) not in text, name
