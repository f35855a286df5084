"""A familiar form of a given name ("Ray" / "Raymond", "Bill" / "William") with the same
surname is one person written informally, not a misspelling; a different spelling of
either name ("Sara" / "Sarah", "Kowalcyk" / "Kowalczyk") still is, and two people who
share a surname ("Ray" / "Rachel") are never merged."""

from __future__ import annotations

import pytest

from tests.corpora import article, corpus_findings


def kinds(found) -> list[tuple]:
    return sorted(zip(found["kind"], found["severity"], found["values"]))


def pair(first: str, second: str, where: str = "the Tillmore mine") -> dict[str, str]:
    return {
        "gazette.md": article("2025-11-04", "Valley Gazette",
                              f"Mine operator chief executive {first} said rescuers reached {where} at dawn."),
        "ledger.md": article("2025-11-08", "Miners Ledger",
                             f"Mine operator CEO {second} said the families of {where} were told first."),
    }


@pytest.mark.parametrize(("first", "second"), [
    ("Raymond Kowalczyk", "Ray Kowalczyk"),
    ("William Ortega", "Bill Ortega"),
    ("Daniel McAllister", "Dan McAllister"),
    ("Christopher Adeyemi", "Chris Adeyemi"),
    ("Katie Lindqvist", "Kate Lindqvist"),
])
def test_a_familiar_form_of_a_given_name_is_no_finding(tmp_path, first, second):
    assert kinds(corpus_findings(tmp_path, pair(first, second))) == []


@pytest.mark.parametrize(("first", "second", "values"), [
    ("Sarah Whitlock", "Sara Whitlock", "Sara Whitlock / Sarah Whitlock"),
    ("Raymond Kowalczyk", "Raymond Kowalcyk", "Raymond Kowalcyk / Raymond Kowalczyk"),
    ("Ray Kowalczyk", "Raymond Kowalcyk", "Ray Kowalczyk / Raymond Kowalcyk"),
    ("Thomas Brennan", "Tomas Brennan", "Thomas Brennan / Tomas Brennan"),
])
def test_a_different_spelling_is_still_a_likely_misspelling(tmp_path, first, second, values):
    found = corpus_findings(tmp_path, pair(first, second))
    assert kinds(found) == [("name_variant", "warning", values)]
    assert "a likely misspelling" in found["message"].iloc[0]


def test_two_people_with_one_surname_are_not_nicknames(tmp_path):
    found = corpus_findings(tmp_path, pair("Ray Kowalczyk", "Rachel Kowalczyk"))
    assert kinds(found) == []


def test_a_short_form_beside_a_misspelling_keeps_the_misspelling(tmp_path):
    found = corpus_findings(tmp_path, pair("Bill Ortega", "William Ortega") | {
        "wire.md": article("2025-11-09", "Coal Wire", "Mine operator CEO Wiliam Ortega said the inquiry opens Monday.")})
    assert kinds(found) == [("name_variant", "warning", "Wiliam Ortega / William Ortega")]
