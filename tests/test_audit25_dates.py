"""A day and month without a year, told after an earlier, past date in the same sentence:
a deadline or a plan ("until", "by", "must ... by", "will") is the next such day after the
story's date; a day told of the past, in the past tense of its own clause, the last before."""

from __future__ import annotations

import pytest

from tests.corpora import date_starts


@pytest.mark.parametrize("text, published, expected", [
    # bail runs until a day to come: the arrest's past verb is its own clause's
    ("The two men arrested on Monday have been released on bail until Oct. 2.", "2025-07-17",
     {"on Monday": "2025-07-14", "Oct. 2": "2025-10-02"}),
    # a regulator's deadline: "must ... by" looks ahead, whatever it opened
    ("The CMA opened its investigation on 14 April and must reach a decision by 9 June.", "2025-04-24",
     {"14 April": "2025-04-14", "9 June": "2025-06-09"}),
    # a trial adjourned in December until March: next year's March
    ("The fraud trial of the former port director was adjourned until 3 March.", "2024-12-10",
     {"3 March": "2025-03-03"}),
    ("Lawyers for the harbour authority appeared in court on 9 December and the case has been adjourned "
     "until 3 March.", "2024-12-11", {"9 December": "2024-12-09", "3 March": "2025-03-03"}),
    # talks that resumed and will continue: the first day past, the second to come
    ("Wage talks between the rail unions and the operator resumed on 2 March and will continue until 14 March.",
     "2025-03-05", {"2 March": "2025-03-02", "14 March": "2025-03-14"}),
    # a deadline told after a filing: the next 30 November
    ("The airline filed its restructuring plan on 28 August and is due to repay its creditors by 30 November.",
     "2025-09-02", {"28 August": "2025-08-28", "30 November": "2025-11-30"}),
])
def test_a_deadline_after_a_past_date_is_the_next_one(text, published, expected):
    assert date_starts(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a past day told in the past tense, with a future clause elsewhere in the sentence: still the last one
    ("The ferry terminal, which will reopen in June, was closed by the storm on 2 March.", "2025-04-24",
     {"June": "2025-06-01", "2 March": "2025-03-02"}),
    ("The museum said on 20 November that it would reopen the wing, which was flooded on 4 October.",
     "2025-11-25", {"20 November": "2025-11-20", "4 October": "2025-10-04"}),
    # a road closed until a day past (said in April) stays past: the nearer instance under a past verb
    ("The coastal road was closed until 2 March.", "2025-04-24", {"2 March": "2025-03-02"}),
    # a verdict that must have come before: no duty still to meet
    ("The jury must have reached its verdict on 12 May.", "2025-06-03", {"12 May": "2025-05-12"}),
])
def test_a_past_day_in_the_past_tense_stays_past(text, published, expected):
    assert date_starts(text, published) == expected
