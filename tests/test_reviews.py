"""The decisions file: reading, writing that keeps hand edits, locking, and applying reviews."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest
from filelock import FileLock

from checker import gate, reviews, schema
from checker.errors import InputError

REPO = Path(__file__).resolve().parents[1]
TODAY = dt.date(2024, 5, 1)


def finding(finding_id: str, fingerprint: str = "fp1", severity: str = "error", **extra) -> dict:
    row = {column: "" for column in schema.FINDING_COLUMNS}
    row.update(finding_id=finding_id, kind="conflict", severity=severity, subject="KFOR", measure="troops",
               as_of="2022-08-18", values="about 3,700 | 5,200", sources="002.txt new.md",
               message="Sources disagree.", fingerprint=fingerprint, evidence="[]")
    row.update(extra)
    return row


def table(*rows: dict) -> pd.DataFrame:
    return schema.conform(pd.DataFrame(list(rows)), schema.FINDING_COLUMNS)


def decision(finding_id: str, status: str = "accepted", note: str = "known", fingerprint: str = "fp1") -> reviews.Decision:
    return reviews.decide(finding(finding_id, fingerprint), status, note, "alice", today=TODAY)


# -- reading --------------------------------------------------------------------------


def test_a_missing_file_has_no_decisions(tmp_path):
    assert reviews.load(tmp_path / "reviews.toml") == {}


def test_record_then_load_round_trips_every_field(tmp_path):
    path = tmp_path / "reviews.toml"
    reviews.record(path, decision("conflict-aaa"))
    loaded = reviews.load(path)["conflict-aaa"]
    assert loaded == reviews.Decision("conflict-aaa", "accepted", "known", "alice", "2024-05-01", "fp1",
                                      "about 3,700 | 5,200", "002.txt new.md")
    assert loaded.line == 7  # after the explanatory header and a blank line


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('[[review]]\nfinding_id = "x"\nstatus = "acepted"\n', "line 3: status must be accepted or dismissed, not 'acepted'"),
        ('[[review]]\nfinding_id = "x"\nstatus = "accepted"\nnotes = "y"\n', "line 4: unknown key 'notes'"),
        ('[[review]]\nfinding_id = "x"\nstatus = "accepted"\n\n[[review]]\nfinding_id = "x"\nstatus = "dismissed"\n',
         "line 5: a second decision for x (the first is on line 1)"),
        ('[[review]]\nstatus = "accepted"\n', "line 1: a decision needs a finding_id"),
        ('[[review]]\nfinding_id = 7\nstatus = "accepted"\n', "line 2: finding_id must be a string, not 7"),
        ('title = "mine"\n', "line 1: unknown key 'title'"),
        ('[[review]\nfinding_id = "x"\n', "line 1, column 10: cannot parse reviews file"),
        ('[[review]]\nfinding_id = "x\nstatus = "accepted"\n', "line 2, column"),
    ],
)
def test_a_malformed_file_is_reported_with_its_line(tmp_path, content, expected):
    path = tmp_path / "reviews.toml"
    path.write_text(content)
    with pytest.raises(InputError) as raised:
        reviews.load(path)
    assert raised.value.path == str(path)
    assert expected in raised.value.problem


def test_a_file_that_is_not_utf8_is_reported(tmp_path):
    path = tmp_path / "reviews.toml"
    path.write_bytes(b'[[review]]\nnote = "caf\xe9"\n')
    with pytest.raises(InputError, match="line 2: reviews file is not UTF-8"):
        reviews.load(path)


# -- writing --------------------------------------------------------------------------

HAND_EDITED = """\
# Our decisions.  Ask Dana before dismissing anything about casualties.

[[review]]
finding_id = "conflict-aaa"   # the KFOR one
status = "accepted"
# Checked with the NATO press office.
note = "old figure"
reviewer = "dana"
date = 2024-01-02
fingerprint = "fp0"
"""


def test_writing_keeps_comments_and_hand_edits_byte_for_byte(tmp_path):
    path = tmp_path / "reviews.toml"
    path.write_text(HAND_EDITED)
    reviews.record(path, decision("conflict-bbb", "dismissed", "different missions"))
    assert path.read_text() == HAND_EDITED + (
        '\n[[review]]\nfinding_id = "conflict-bbb"\nstatus = "dismissed"\nnote = "different missions"\n'
        'reviewer = "alice"\ndate = 2024-05-01\nfingerprint = "fp1"\nvalues = "about 3,700 | 5,200"\n'
        'sources = "002.txt new.md"\n'
    )


def test_updating_a_decision_changes_only_its_values(tmp_path):
    path = tmp_path / "reviews.toml"
    path.write_text(HAND_EDITED)
    reviews.record(path, decision("conflict-aaa", "accepted", "old figure"))
    assert path.read_text() == (
        HAND_EDITED.replace('reviewer = "dana"', 'reviewer = "alice"')
        .replace("date = 2024-01-02", "date = 2024-05-01")
        .replace('fingerprint = "fp0"', 'fingerprint = "fp1"\nvalues = "about 3,700 | 5,200"\nsources = "002.txt new.md"')
    )


def test_remove_drops_only_that_decision(tmp_path):
    path = tmp_path / "reviews.toml"
    path.write_text(HAND_EDITED)
    reviews.record(path, decision("conflict-bbb"))
    assert reviews.remove(path, "conflict-bbb") is True
    assert path.read_text() == HAND_EDITED
    assert reviews.remove(path, "conflict-bbb") is False


def test_a_corrupt_file_is_never_overwritten(tmp_path):
    path = tmp_path / "reviews.toml"
    corrupt = HAND_EDITED.replace('status = "accepted"', 'status = "accepted')
    path.write_text(corrupt)
    with pytest.raises(InputError, match=r"line 5, column \d+: cannot parse"):
        reviews.record(path, decision("conflict-bbb"))
    with pytest.raises(InputError):
        reviews.remove(path, "conflict-aaa")
    assert path.read_bytes() == corrupt.encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reviews.toml"]  # no temp file left


def test_a_writer_waits_for_the_lock_and_rereads_under_it(tmp_path):
    path = tmp_path / "reviews.toml"
    reviews.record(path, decision("conflict-aaa"))
    held = FileLock(reviews._lock_path(path))
    held.acquire()
    writer = threading.Thread(target=reviews.record, args=(path, decision("conflict-bbb")))
    writer.start()
    writer.join(0.5)
    assert writer.is_alive()  # blocked behind the lock
    # Meanwhile the lock's holder writes its own decision.
    path.write_text(path.read_text() + '\n[[review]]\nfinding_id = "conflict-ccc"\nstatus = "accepted"\nfingerprint = "x"\n')
    held.release()
    writer.join(10)
    assert sorted(reviews.load(path)) == ["conflict-aaa", "conflict-bbb", "conflict-ccc"]


def test_concurrent_processes_all_keep_their_decisions(tmp_path):
    path = tmp_path / "reviews.toml"
    script = (
        "import sys, datetime; from checker import reviews\n"
        "for n in range(5):\n"
        "    reviews.record(sys.argv[1], reviews.Decision(f'conflict-{sys.argv[2]}-{n}', 'accepted', fingerprint='f'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    workers = [subprocess.Popen([sys.executable, "-c", script, str(path), str(w)], env=env) for w in range(6)]
    assert [w.wait(60) for w in workers] == [0] * 6
    assert len(reviews.load(path)) == 30


# -- applying -------------------------------------------------------------------------


def test_apply_reviews_sets_status_note_state_and_change():
    findings = table(finding("conflict-new"), finding("conflict-ok"), finding("conflict-no"),
                     finding("conflict-moved", fingerprint="fp2", sources="002.txt new.md later.md",
                             values="about 3,700 | 5,200 | 6,000"))
    decisions = [decision("conflict-ok", "accepted", "real"), decision("conflict-no", "dismissed", "two missions"),
                 decision("conflict-moved", "accepted", "known")]
    out = reviews.apply_reviews(findings, decisions)
    assert list(out.columns) == list(schema.FINDING_COLUMNS) + list(reviews.REVIEW_COLUMNS)
    assert list(out["review_status"]) == ["open", "accepted", "dismissed", "stale"]
    assert list(out["review_note"]) == ["", "real", "two missions", "known"]
    assert list(out["review_state"]) == ["new", "unchanged", "unchanged", "updated"]
    assert out["review_change"].iloc[3] == (
        "since accepted on 2024-05-01: new source: later.md; "
        "values were about 3,700 | 5,200; now about 3,700 | 5,200 | 6,000"
    )
    assert list(out["review_change"].iloc[:3]) == ["", "", ""]


def test_a_changed_value_alone_makes_a_decision_stale():
    findings = table(finding("conflict-a", fingerprint="fp2", values="about 3,700 | 5,300"))
    out = reviews.apply_reviews(findings, [decision("conflict-a")])
    assert out["review_status"].iloc[0] == "stale"
    assert out["review_change"].iloc[0].endswith("values were about 3,700 | 5,200; now about 3,700 | 5,300")


def test_apply_reviews_on_no_findings_keeps_the_columns():
    out = reviews.apply_reviews(schema.empty(schema.FINDING_COLUMNS), [decision("conflict-a")])
    assert out.empty and list(out.columns)[-4:] == list(reviews.REVIEW_COLUMNS)


def test_decisions_whose_finding_is_gone_are_orphans():
    findings = table(finding("conflict-a"))
    orphans = reviews.orphans(findings, [decision("conflict-a"), decision("conflict-gone")])
    assert [d.finding_id for d in orphans] == ["conflict-gone"]


def test_ids_match_by_unique_prefix_like_git():
    ids = ["conflict-1a2b", "conflict-1a3c", "change-99"]
    assert reviews.match_id("change", ids) == "change-99"
    assert reviews.match_id("conflict-1a2", ids) == "conflict-1a2b"
    with pytest.raises(ValueError, match="ambiguous: conflict-1a2b, conflict-1a3c"):
        reviews.match_id("conflict-1a", ids)
    with pytest.raises(ValueError, match="no finding has an id starting with 'zz'"):
        reviews.match_id("zz", ids)
    with pytest.raises(ValueError):
        reviews.match_id("", ids)


# -- the gate -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [("error", 0), ("warning", 1), ("info", 1)],
)
def test_gate_counts_only_open_findings_at_or_above_the_level(fail_on, expected):
    findings = reviews.apply_reviews(
        table(finding("conflict-a", severity="error"), finding("change-b", severity="warning"), finding("c", severity="info")),
        [decision("conflict-a")],
    )
    assert gate.exit_code(findings, fail_on) == expected


def test_gate_fails_on_a_stale_decision():
    findings = reviews.apply_reviews(table(finding("conflict-a", fingerprint="fp2")), [decision("conflict-a")])
    assert list(findings[gate.fails(findings, "error")]["finding_id"]) == ["conflict-a"]
    assert gate.exit_code(findings) == 1


def test_gate_rejects_an_unknown_level():
    with pytest.raises(ValueError):
        gate.exit_code(table(finding("a")), "fatal")
