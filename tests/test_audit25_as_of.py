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


# 2. a date of a later clause, a comparison or a ranking dates only what it is told of

def test_the_figure_compared_with_owns_its_date(tmp_path):
    claims = figure_claims("South Africa's census had an undercount of 31%, far higher than the 14.6% recorded "
                           "in 2011.", "2023-10-10")
    assert as_of(claims, "31%") == ("2023-10-10", "2023-10-10")
    assert as_of(claims, "14.6%") == ("2011-01-01", "2011-12-31")
    found = corpus_findings(tmp_path, {
        "a.md": article("2023-10-10", "Outlet A", "South Africa's census had an undercount of 31%, far higher "
                                                  "than the 14.6% recorded in 2011."),
        "b.md": article("2023-10-12", "Outlet B", "South Africa's census undercount in 2011 was 14.6%.")})
    assert "conflict" not in kinds(found)


def test_a_qualifier_more_than_still_takes_the_date_of_its_clause():
    claims = figure_claims("The fire burned more than 192,000 hectares in 2017.", "2025-07-13")
    assert as_of(claims, "more than 192,000 hectares") == ("2017-01-01", "2017-12-31")


def test_a_rankings_period_does_not_date_the_figure_ranked():
    claims = figure_claims("A measles outbreak in Ohio has grown to 89 cases, officials said on Tuesday, making it "
                           "the second-largest in the US this year.", "2025-03-18")
    assert as_of(claims, "89 cases") == ("2025-03-18", "2025-03-18")
    # control: a period the figure's own clause states still dates it
    claims = figure_claims("Ohio has recorded 89 measles cases this year.", "2025-03-18")
    assert as_of(claims, "89 measles cases") == ("2025-01-01", "2025-12-31")


def test_a_date_opening_the_next_clause_is_that_clauses():
    claims = figure_claims("The 2017 Elephant Hill fire, which also threatened Kamloops, burned more than 192,000 "
                           "hectares, while in 2023 more than 30,000 people fled fires near Kelowna.", "2025-07-13")
    assert as_of(claims, "more than 192,000 hectares") == ("2017-01-01", "2017-12-31")
    assert as_of(claims, "more than 30,000 people") == ("2023-01-01", "2023-12-31")
    # control: each clause's own date still dates its figure
    claims = figure_claims("The fire burned 192,000 hectares in 2017, while 65,000 people fled fires in 2023.",
                           "2025-07-13")
    assert as_of(claims, "192,000 hectares") == ("2017-01-01", "2017-12-31")
    assert as_of(claims, "65,000 people") == ("2023-01-01", "2023-12-31")


# 3. a day compared with has been

def test_a_day_compared_with_is_past():
    assert date_starts("A total of 17 people have now been injured in the Millbrook derailment. That is five more "
                       "than on Monday.", "2025-03-14") == {"on Monday": "2025-03-10"}
    assert date_starts("Prices are higher than in May.", "2025-03-14") == {"May": "2024-05-01"}
    # controls: a present verb's weekday is still the nearer one, a future one the coming one
    assert date_starts("The vote is on Monday.", "2025-03-14") == {"on Monday": "2025-03-17"}
    assert date_starts("Turnout will be higher than on Saturday.", "2025-03-14") == {"on Saturday": "2025-03-15"}


# 4. a year told once covers a list and a later month

def test_a_year_told_once_covers_a_list_of_months():
    assert date_starts("The count was conducted in February and March 2022.", "2023-10-10") == \
        {"February": "2022-02-01", "March 2022": "2022-03-01"}
    assert date_starts("Talks ran from December to February 2023.", "2023-10-10") == \
        {"December": "2022-12-01", "February 2023": "2023-02-01"}
    assert date_starts("Talks ran from 3 December to 2 February 2023.", "2023-10-10") == \
        {"3 December": "2022-12-03", "2 February 2023": "2023-02-02"}


def test_a_year_told_once_covers_a_later_month():
    assert date_starts("The census began on 3 February 2022 and ended in May.", "2023-10-10") == \
        {"3 February 2022": "2022-02-03", "May": "2022-05-01"}
    assert date_starts("The census began on 3 February 2022 and ended on 5 May.", "2023-10-10") == \
        {"3 February 2022": "2022-02-03", "5 May": "2022-05-05"}
    assert date_starts("In 2022, the count ran from February to May.", "2023-10-10") == \
        {"2022": "2022-01-01", "February": "2022-02-01", "May": "2022-05-01"}
    # undated text: the year told is all there is
    claims = extract_text("The census began on 3 February 2022 and ended in May.", "")
    assert as_of(claims, "May") == ("2022-05-01", "2022-05-31")


def test_a_month_apart_from_the_year_told_keeps_the_source_dates_year():
    # another figure between (a series across years), an earlier month, "since", a clause looking ahead
    assert date_starts("Sales were 3,900 in January 2021 and 5,000 in March.", "2023-10-10")["March"] == "2023-03-01"
    assert date_starts("Prices peaked in November 2021 and fell in March.", "2023-10-10")["March"] == "2023-03-01"
    assert date_starts("Prices have risen since 2019 and in March they peaked.", "2023-10-10")["March"] == \
        "2023-03-01"
    assert date_starts("The scheme, launched in January 2019, will end in June.", "2023-10-10")["June"] == \
        "2024-06-01"


# 5. a present state told "today" is no happening

def test_a_present_state_today_is_no_event_date(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2025-11-05", "Outlet A", "West Virginia has about 11,000 coal miners today."),
        "b.md": article("2025-11-06", "Outlet B", "Rescuers found the bodies of two miners in West Virginia on "
                                                  "Thursday.")})
    assert "date_conflict" not in kinds(found)


def test_a_happening_told_in_the_present_still_conflicts(tmp_path):
    found = corpus_findings(tmp_path, {
        "a.md": article("2024-09-30", "Wire", "The earthquake struck Izmir on 24 September, officials said."),
        "b.md": article("2024-09-30", "Aegean News", "The earthquake struck Izmir on 23 September, officials said.")})
    assert kinds(found).count("date_conflict") == 1
    found = corpus_findings(tmp_path / "present", {
        "a.md": article("2025-11-05", "Outlet A", "The miners' strike in West Virginia is on Monday."),
        "b.md": article("2025-11-05", "Outlet B", "The miners' strike in West Virginia began on Tuesday.")})
    assert kinds(found).count("date_conflict") == 1
