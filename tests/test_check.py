"""`checker check`: exit codes, every format naming the file and line, reviews honoured.

The end-to-end tests copy seeds/ to tmp_path and add an article (written here) that
contradicts seeds/002 on the same day: 002 says the NATO mission in Kosovo comprises
about 3,700 soldiers on 2022-08-18; the new article says 5,200.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from checker import reviews
from checker.cli import main
from checker.output import github

REPO = Path(__file__).resolve().parents[1]
FORMATS = ("text", "json", "sarif", "github")

CONTRADICTION = """\
---
title: KFOR reinforced after border clashes
outlet: Example Wire
published: 2022-08-18
---
PRISTINA - Officials in Pristina said the situation in the north stayed calm on Thursday.

NATO's peacekeeping mission in Kosovo, KFOR, now comprises about 5,200 soldiers, officials said.
"""
CONTRADICTION_LINE = next(n for n, line in enumerate(CONTRADICTION.splitlines(), 1) if "5,200" in line)

JOINS_LATER = """\
---
title: Another count of KFOR
outlet: Example Daily
published: 2022-08-18
---
NATO Peacekeeping mission in Kosovo now comprises about 6,100 soldiers.
"""


@pytest.fixture
def news(tmp_path, monkeypatch):
    """seeds/ plus the contradicting article, as news/ under the working directory."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(REPO / "seeds", tmp_path / "news", ignore=shutil.ignore_patterns(".checker-cache", "reviews.toml"))
    (tmp_path / "news" / "kfor_update.md").write_text(CONTRADICTION)
    return tmp_path / "news"


def check(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def conflict_id(capsys) -> str:
    code, out, _ = check(capsys, "news", "--format", "json")
    ids = [f["finding_id"] for f in json.loads(out)["findings"]
           if f["review_status"] in ("open", "stale") and "kfor_update.md" in f["sources"].split()]
    assert len(ids) == 1, ids
    return ids[0]


# -- end to end -----------------------------------------------------------------------


def test_seeds_alone_pass_the_gate(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(REPO / "seeds", tmp_path / "seeds", ignore=shutil.ignore_patterns(".checker-cache"))
    code, out, _ = check(capsys, "seeds")
    assert code == 0, out


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_contradiction_fails_and_every_format_names_the_file_and_line(news, capsys, fmt):
    code, out, _ = check(capsys, "news", "--format", fmt)
    assert code == 1
    if fmt == "text":
        assert re.search(rf"^    news/kfor_update\.md:{CONTRADICTION_LINE}:\d+: .*5,200 soldiers", out, re.M), out
    elif fmt == "github":
        assert re.search(rf"^::error file=news/kfor_update\.md,line={CONTRADICTION_LINE},", out, re.M), out
    elif fmt == "json":
        quotes = [q for f in json.loads(out)["findings"] for q in f["evidence"]]
        assert {"path": "news/kfor_update.md", "line": CONTRADICTION_LINE} in [
            {"path": q["path"], "line": q["line"]} for q in quotes]
    else:
        locations = []
        for result in json.loads(out)["runs"][0]["results"]:
            for location in result.get("locations", []) + result.get("relatedLocations", []):
                physical = location["physicalLocation"]
                locations.append((physical["artifactLocation"]["uri"], physical["region"]["startLine"]))
        assert ("news/kfor_update.md", CONTRADICTION_LINE) in locations


def test_accepting_passes_and_a_new_source_makes_it_stale(news, capsys):
    finding_id = conflict_id(capsys)
    assert main(["review", "accept", finding_id[:12], "--corpus", "news", "--note", "known: two counts",
                 "--reviewer", "alice"]) == 0
    assert f"accepted {finding_id}" in capsys.readouterr().out
    decision = reviews.load(news / "reviews.toml")[finding_id]
    assert (decision.status, decision.note, decision.reviewer) == ("accepted", "known: two counts", "alice")

    code, out, _ = check(capsys, "news")
    assert code == 0, out
    assert f"accepted {finding_id}" in out

    (news / "kfor_followup.md").write_text(JOINS_LATER)
    code, out, _ = check(capsys, "news", "--format", "json")
    assert code == 1
    stale = [f for f in json.loads(out)["findings"] if f["finding_id"] == finding_id]
    assert [(f["review_status"], f["review_state"]) for f in stale] == [("stale", "updated")]
    assert "new source: kfor_followup.md" in stale[0]["review_change"]
    code, out, _ = check(capsys, "news")
    assert code == 1 and "review is stale, since accepted on" in out


def test_a_changed_value_makes_the_decision_stale(news, capsys):
    finding_id = conflict_id(capsys)
    assert main(["review", "accept", finding_id, "--corpus", "news"]) == 0
    capsys.readouterr()
    assert check(capsys, "news")[0] == 0
    (news / "kfor_update.md").write_text(CONTRADICTION.replace("5,200", "5,300"))
    code, out, _ = check(capsys, "news", "--format", "json")
    assert code == 1
    [finding] = [f for f in json.loads(out)["findings"] if f["finding_id"] == finding_id]
    assert finding["review_status"] == "stale"
    assert "values were about 5,200" in finding["review_change"] and "now about 5,300" in finding["review_change"]


def test_dismissed_findings_pass_and_keep_their_note(news, capsys):
    finding_id = conflict_id(capsys)
    assert main(["review", "dismiss", finding_id, "--corpus", "news", "--note", "different units"]) == 0
    capsys.readouterr()
    code, out, _ = check(capsys, "news", "--format", "json")
    assert code == 0
    [finding] = [f for f in json.loads(out)["findings"] if f["finding_id"] == finding_id]
    assert (finding["review_status"], finding["review_note"], finding["review_state"]) == (
        "dismissed", "different units", "unchanged")


def test_a_reviews_file_elsewhere_is_read_with_reviews(news, capsys, tmp_path):
    finding_id = conflict_id(capsys)
    elsewhere = tmp_path / "decisions.toml"
    assert main(["review", "accept", finding_id, "--corpus", "news", "--reviews", str(elsewhere)]) == 0
    capsys.readouterr()
    assert not (news / "reviews.toml").exists()
    assert check(capsys, "news")[0] == 1
    assert check(capsys, "news", "--reviews", str(elsewhere))[0] == 0


def test_a_decision_without_its_finding_is_reported(news, capsys):
    (news / "reviews.toml").write_text(
        '[[review]]\nfinding_id = "conflict-gone"\nstatus = "accepted"\nfingerprint = "x"\n')
    code, out, _ = check(capsys, "news", "--format", "github")
    assert "::warning file=news/reviews.toml,line=1,title=checker%3A review matches no finding::" in out
    code, out, err = check(capsys, "news", "--format", "sarif")
    assert "news/reviews.toml:1: the decision on conflict-gone matches no finding any more" in err
    code, out, _ = check(capsys, "news")
    assert "news/reviews.toml:1: note: the decision on conflict-gone (accepted) matches no finding" in out
    code, out, _ = check(capsys, "news", "--format", "json")
    assert json.loads(out)["orphaned_reviews"] == [
        {"finding_id": "conflict-gone", "status": "accepted", "file": "news/reviews.toml", "line": 1}]
    assert main(["review", "list", "--corpus", "news"]) == 0
    assert "news/reviews.toml:1: the decision on conflict-gone (accepted) matches no finding" in capsys.readouterr().out


def test_a_corrupt_reviews_file_exits_2_and_is_left_unchanged(news, capsys):
    finding_id = conflict_id(capsys)
    corrupt = b'# ours\n[[review]]\nfinding_id = "x\nstatus = "accepted"\n'
    (news / "reviews.toml").write_bytes(corrupt)
    code, out, err = check(capsys, "news")
    assert code == 2 and out == ""
    assert err.startswith("checker: error: news/reviews.toml: line 3, column")
    assert err.count("\n") == 1
    assert main(["review", "accept", finding_id, "--corpus", "news", "--note", "x"]) == 2
    assert main(["review", "reset", "x", "--corpus", "news"]) == 2
    assert (news / "reviews.toml").read_bytes() == corrupt


@pytest.mark.parametrize(
    "args",
    [["missing_folder"], ["news", "--fail-on", "fatal"], ["news", "--format", "xml"]],
)
def test_bad_input_or_usage_exits_2(news, capsys, args):
    assert check(capsys, *args)[0] == 2


def test_fail_on_lowers_the_bar(news, capsys):
    main(["review", "accept", conflict_id(capsys), "--corpus", "news"])
    capsys.readouterr()
    _, out, _ = check(capsys, "news", "--format", "json")
    open_findings = [f for f in json.loads(out)["findings"] if f["review_status"] == "open"]
    assert {f["severity"] for f in open_findings} == {"warning", "info"}  # seeds: a name variant, changes...
    assert [check(capsys, "news", "--fail-on", level)[0] for level in ("error", "warning", "info")] == [0, 1, 1]
    for finding in open_findings:
        if finding["severity"] == "warning":
            main(["review", "dismiss", finding["finding_id"], "--corpus", "news", "--note", "spelling"])
    capsys.readouterr()
    assert [check(capsys, "news", "--fail-on", level)[0] for level in ("error", "warning", "info")] == [0, 0, 1]


# -- github workflow commands ---------------------------------------------------------


def test_github_escapes_data_and_properties():
    line = github.command("error", "50% up\r\nnext: a, b", file="news/a:b,c.md", line=3, title="x: y")
    assert line == "::error file=news/a%3Ab%2Cc.md,line=3,title=x%3A y::50%25 up%0D%0Anext: a, b"


def test_github_leaves_out_absent_properties():
    assert github.command("notice", "m", file="f", col=None) == "::notice file=f::m"
    assert github.command("warning", "m") == "::warning::m"


# -- shipped CI files -----------------------------------------------------------------


def test_the_pre_commit_hook_runs_check_on_source_files():
    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    assert (hook["id"], hook["entry"], hook["pass_filenames"]) == ("checker", "checker check", False)
    matches = [name for name in ("a.txt", "b.md", "c.html", "sources.csv", "reviews.toml", "d.py", "e.json")
               if re.search(hook["files"], name)]
    assert matches == ["a.txt", "b.md", "c.html", "sources.csv", "reviews.toml"]


def test_the_workflow_uploads_sarif_and_annotates():
    steps = yaml.safe_load((REPO / ".github" / "workflows" / "checker.yml").read_text())["jobs"]["check"]["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in steps]
    assert uses[:2] == ["actions/checkout", "actions/setup-python"]
    runs = [step.get("run", "") for step in steps]
    sarif_step = next(i for i, run in enumerate(runs) if "--format sarif > checker.sarif" in run)
    upload = uses.index("github/codeql-action/upload-sarif")
    assert sarif_step < upload and steps[upload]["with"]["sarif_file"] == "checker.sarif"
    assert any(run.startswith("checker check") and "--format github" in run for run in runs[upload:])


def test_a_bug_met_in_one_source_exits_3_naming_it_never_1(tmp_path, monkeypatch, capsys):
    from checker import claims as claims_stage

    def broken(document, config, rules=None):
        raise AttributeError("'tuple' object has no attribute 'endswith'")

    monkeypatch.setattr(claims_stage, "extract_records", broken)
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: Strike\noutlet: Wire\ndate: 2025-10-01\n---\nWages rose 4%.\n")
    assert main(["check", str(folder), "--no-cache"]) == 3
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert error.startswith("checker: internal error: ") and "a.md: AttributeError" in error
