"""`checker review`: the interactive walk (driven through standard input) and its actions."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker import reviews
from checker.cli import main

REPO = Path(__file__).resolve().parents[1]

CONTRADICTION = """\
---
published: 2022-08-18
---
NATO's peacekeeping mission in Kosovo, KFOR, now comprises about 5,200 soldiers, officials said.
"""


@pytest.fixture
def news(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CHECKER_REVIEWER", "robin")
    shutil.copytree(REPO / "seeds", tmp_path / "news", ignore=shutil.ignore_patterns(".checker-cache"))
    (tmp_path / "news" / "kfor_update.md").write_text(CONTRADICTION)
    return tmp_path / "news"


def run(capsys, monkeypatch, args: list[str], stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def open_ids(capsys, monkeypatch, severities=("error", "warning")) -> list[str]:
    """Open findings in list order; by default those the walk asks about."""
    code, out, _ = run(capsys, monkeypatch, ["review", "list", "--status", "open", "--corpus", "news"])
    assert code == 0
    return [line.split()[2] for line in out.splitlines()
            if line.startswith(("open ", "stale ")) and line.split()[1] in severities]


def decisions(news: Path) -> dict[str, tuple[str, str, str]]:
    return {i: (d.status, d.note, d.reviewer) for i, d in reviews.load(news / "reviews.toml").items()}


def before(news: Path) -> dict:
    return decisions(news) if (news / "reviews.toml").exists() else {}


# -- the interactive walk -------------------------------------------------------------


def test_walk_accepts_with_a_note_then_quits(news, capsys, monkeypatch):
    ids = open_ids(capsys, monkeypatch)
    assert ids, "the contradiction should leave at least one open finding"
    known = before(news)
    code, out, _ = run(capsys, monkeypatch, ["review", "--corpus", "news"], "a\nchecked with the desk\nq\n")
    assert code == 0
    assert f"[1/{len(ids)}]" in out and ids[0] in out
    assert "[a]ccept, [d]ismiss, [s]kip, [q]uit? " in out
    assert f"accepted {ids[0]}" in out
    assert decisions(news) == {**known, ids[0]: ("accepted", "checked with the desk", "robin")}


def test_walk_insists_on_a_reason_to_dismiss(news, capsys, monkeypatch):
    first = open_ids(capsys, monkeypatch)[0]
    code, out, _ = run(capsys, monkeypatch, ["review", "--corpus", "news"], "maybe\nd\n\nnot the same mission\nq\n")
    assert code == 0
    assert "Please answer a, d, s or q." in out and "A dismissal needs a reason." in out
    assert decisions(news)[first] == ("dismissed", "not the same mission", "robin")


def test_walk_skips_and_stops_at_the_end_of_input(news, capsys, monkeypatch):
    ids = open_ids(capsys, monkeypatch)
    known = before(news)
    listing = (news / "reviews.toml").read_bytes() if known else None
    code, out, _ = run(capsys, monkeypatch, ["review", "--corpus", "news"], "s\n")
    assert code == 0 and "0 decisions recorded" in out
    assert before(news) == known
    assert ((news / "reviews.toml").read_bytes() if known else None) == listing
    assert len(ids) > 1
    assert f"[2/{len(ids)}]" in out  # skipped the first, reached the second, then input ended


def test_walk_on_a_real_terminal_pipe(news):
    first = subprocess.run(
        [sys.executable, "-m", "checker", "review", "list", "--status", "open", "--corpus", "news"],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)}, check=True,
    ).stdout.split()[2]
    done = subprocess.run(
        [sys.executable, "-m", "checker", "review", "--corpus", "news", "--reviewer", "sam"],
        input="accept\npiped note\nquit\n", capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 0, done.stderr
    assert decisions(news)[first] == ("accepted", "piped note", "sam")


def test_walk_with_nothing_open(news, capsys, monkeypatch):
    for finding_id in open_ids(capsys, monkeypatch):
        assert run(capsys, monkeypatch, ["review", "accept", finding_id, "--corpus", "news"])[0] == 0
    code, out, _ = run(capsys, monkeypatch, ["review", "--corpus", "news"], "a\n")
    assert (code, out) == (0, "No open findings at warning or above.\n")


def test_walk_at_info_asks_about_changes_and_corroborations_too(news, capsys, monkeypatch):
    everything = open_ids(capsys, monkeypatch, ("error", "warning", "info"))
    serious = open_ids(capsys, monkeypatch)
    assert len(everything) > len(serious)
    code, out, _ = run(capsys, monkeypatch, ["review", "--corpus", "news", "--severity", "info"], "q\n")
    assert code == 0 and f"[1/{len(everything)}]" in out


# -- actions without prompts ----------------------------------------------------------


def test_list_show_and_reset(news, capsys, monkeypatch):
    first = open_ids(capsys, monkeypatch)[0]
    assert run(capsys, monkeypatch, ["review", "dismiss", first[:14], "--note", "same count, other date",
                                     "--corpus", "news"])[0] == 0
    code, out, _ = run(capsys, monkeypatch, ["review", "list", "--status", "dismissed", "--corpus", "news"])
    assert [line.split()[:1] + line.split()[2:3] for line in out.splitlines()] == [["dismissed", first]]
    assert first not in open_ids(capsys, monkeypatch)

    code, out, _ = run(capsys, monkeypatch, ["review", "show", first, "--corpus", "news"])
    assert code == 0 and out.startswith(first + "\n")
    assert "review: dismissed by robin on " in out and out.rstrip().endswith(": same count, other date")

    code, out, _ = run(capsys, monkeypatch, ["review", "--corpus", "news", "reset", first[:14]])
    assert (code, out) == (0, f"reset {first}: open again\n")
    assert first not in before(news) and first in open_ids(capsys, monkeypatch)


def test_dismiss_needs_a_note(news, capsys, monkeypatch):
    first = open_ids(capsys, monkeypatch)[0]
    assert run(capsys, monkeypatch, ["review", "dismiss", first, "--corpus", "news"])[0] == 2
    assert first not in before(news)


def test_unknown_and_ambiguous_ids_exit_2(news, capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, ["review", "accept", "no-such-id", "--corpus", "news"])
    assert code == 2 and "no finding has an id starting with 'no-such-id'" in err
    code, _, err = run(capsys, monkeypatch, ["review", "reset", "no-such-id", "--corpus", "news"])
    assert code == 2 and "no decision has an id starting with 'no-such-id'" in err
    content = ('[[review]]\nfinding_id = "abc1"\nstatus = "accepted"\n\n'
               '[[review]]\nfinding_id = "abc2"\nstatus = "accepted"\n')
    (news / "reviews.toml").write_text(content)
    code, _, err = run(capsys, monkeypatch, ["review", "reset", "abc", "--corpus", "news"])
    assert code == 2 and "id prefix 'abc' is ambiguous: abc1, abc2" in err
    assert (news / "reviews.toml").read_text() == content
