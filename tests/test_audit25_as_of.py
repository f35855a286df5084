"""The time a figure or a date is of, read as an editor reads it: a background sentence that
points back to a past happening ("in that disaster"), a date that belongs to what a figure is
compared with or ranked among, a day compared with, a year told once for several months, and
a present state told "today" that is no happening."""

from __future__ import annotations

from checker.claims import extract_text
from tests.corpora import article, corpus_findings, date_starts, figure_claims, only


def as_of(claims, surface: str) -> tuple[str, str]:
    row = only(claims, surface)
    return row["as_of_start"], row["as_of_end"]


def kinds(found) -> list[str]:
    return sorted(found["kind"])


# 1. a sentence pointing back to the happening the sentence before dated

BACKGROUND = ("A freight train derailed near Millbrook on Saturday. A Norfolk Southern train derailed in East "
              "Palestine, Ohio, in February 2023. About 2,000 residents were evacuated in that disaster, in which "
              "38 cars derailed.")
THIS_WEEK = ("A freight train derailed near Millbrook on Saturday. About 3,500 residents were evacuated after the "
             "crash, and 40 cars derailed.")


def test_a_sentence_pointing_back_to_a_past_happening_is_of_its_date():
    claims = figure_claims(BACKGROUND, "2025-03-09")
    assert as_of(claims, "About 2,000 residents were evacuated") == ("2023-02-01", "2023-02-28")
    assert as_of(claims, "38 cars") == ("2023-02-01", "2023-02-28")


def test_a_background_paragraph_does_not_conflict_with_this_weeks_figures(tmp_path):
    found = corpus_findings(tmp_path, {"a.md": article("2025-03-09", "Outlet A", BACKGROUND),
                                       "b.md": article("2025-03-09", "Outlet B", THIS_WEEK)})
    assert "conflict" not in kinds(found)


def test_this_weeks_figures_still_conflict(tmp_path):
    other = THIS_WEEK.replace("3,500", "2,000").replace("40 cars", "38 cars")
    found = corpus_findings(tmp_path, {"a.md": article("2025-03-09", "Outlet A", THIS_WEEK),
                                       "b.md": article("2025-03-09", "Outlet B", other)})
    assert kinds(found).count("conflict") == 2


def test_what_does_not_point_back_in_the_past_stays_of_the_telling():
    past = "A Norfolk Southern train derailed in East Palestine, Ohio, in February 2023."
    for sentence in (
            "Unlike that disaster, the Millbrook crash forced 500 people from their homes.",  # compared with
            "About 500 people were evacuated in that disaster.",  # a new paragraph (below)
            "Residents say 500 homes are still empty after that disaster.",  # how things stand now
    ):
        text = past + ("\n\n" if "evacuated" in sentence else " ") + sentence
        claims = figure_claims(text, "2025-03-09")
        assert list(claims["as_of_start"]) == ["2025-03-09"], (sentence, list(claims["as_of_start"]))
    # the sentence before told only of this week: nothing carried
    claims = figure_claims("A freight train derailed near Millbrook on Saturday. About 500 residents were "
                           "evacuated in that derailment.", "2025-03-09")
    assert as_of(claims, "About 500 residents were evacuated") == ("2025-03-09", "2025-03-09")
