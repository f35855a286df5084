"""Figures and dates the second audit found misread: percentage points, levels a verb runs
to, breakdowns after a colon or "were", currencies by ISO code and local word, false
positives (ratios, clock times, hyphened sizes, "are" as a unit) and measure names.

Sentences are our own, written in the styles the audit met, never the audit's texts.
"""

from __future__ import annotations

import math

import pytest

from checker.claims import extract_text


def _figures(text: str, source_date: str = "2024-05-06"):
    claims = extract_text(text, source_date)
    return claims[claims["kind"] == "figure"]


def _one(figures, surface: str) -> dict:
    rows = figures[figures["surface"] == surface]
    assert len(rows) == 1, f"{surface!r} not read once: {figures[['surface', 'measure', 'value']].values.tolist()}"
    return rows.iloc[0].to_dict()


# -- 1. percentage points ------------------------------------------------------------

def test_percentage_points_down_are_a_signed_change_of_the_level():
    figures = _figures("Approval of the mayor dropped to 41% in 2023, down 14 percentage points from 55% in 2020.")
    level, earlier, change = (_one(figures, s) for s in ("41%", "55%", "14 percentage points"))
    assert level["measure"] == earlier["measure"] == "approval"
    assert (level["value"], earlier["value"]) == (41, 55)
    assert change["measure"] == "approval_change"
    assert change["unit"] == "percentage_point"
    assert (change["value"], change["low"], change["high"]) == (-14, -14, -14)


def test_percentage_points_gain_names_the_stated_levels():
    figures = _figures("The Green party's vote share of 9.8% was up from 4.1% in 2019, a gain of 5.7 percentage points.")
    change = _one(figures, "5.7 percentage points")
    assert change["measure"] == "vote share_change"
    assert change["value"] == 5.7
    assert '"levels": [4.1, 9.8]' in change["detail"]
    assert _one(figures, "4.1%")["measure"] == "vote share"
    assert _one(figures, "9.8%")["measure"] == "vote share"


def test_percentage_points_never_read_as_percent():
    figures = _figures("Turnout rose by 3pp to 66%.")
    points = figures[figures["unit"] == "percentage_point"]
    assert points["value"].tolist() == [3]
    assert not (figures["unit"].eq("percent") & figures["value"].eq(3)).any()


# -- 2. levels a verb runs to ----------------------------------------------------------

def test_level_after_rose_to_takes_the_noun_named_before():
    figures = _figures("The number of confirmed cases in the region rose to 3,120 on Friday.", "2024-05-06")
    row = _one(figures, "3,120")
    assert (row["measure"], row["value"], row["as_of_start"]) == ("cases", 3120, "2024-05-03")


def test_up_from_gives_an_earlier_level_with_its_own_date():
    figures = _figures("Infections have climbed to 640, up from 505 four days earlier.", "2024-05-06")
    now, before = _one(figures, "640"), _one(figures, "505")
    assert now["measure"] == before["measure"] == "cases"
    assert (now["as_of_start"], before["as_of_start"]) == ("2024-05-06", "2024-05-02")


def test_stood_at_with_a_plain_plural_subject():
    figures = _figures("Admissions stood at 212 on Sunday, down from 260 a week before.", "2024-05-06")
    assert _one(figures, "212")["measure"] == "admissions"
    assert _one(figures, "260")["measure"] == "admissions"


def test_people_in_hospital_are_hospitalised():
    figures = _figures("The number of people in hospital has risen to 77.")
    assert _one(figures, "77")["measure"] == "hospitalised"


def test_level_verb_without_a_subject_noun_reads_nothing():
    assert _figures("The temperature rose to 41 on Monday.").empty


# -- 3. breakdowns -------------------------------------------------------------------

def test_colon_breakdown_reads_the_stated_total():
    figures = _figures("Of the 40 guests, nine were foreign visitors: four Italians, three Canadians and one Nigerian.")
    total = figures[(figures["surface"] == "nine")]
    assert total["measure"].tolist() == ["people"] and total["value"].tolist() == [9]
    summed = figures[figures["surface"] == "four Italians, three Canadians and one Nigerian"]
    assert summed["value"].tolist() == [8]
    assert summed["measure"].tolist() == ["people"]
    assert sorted(figures[figures["part_of"] != ""]["value"].tolist()) == [1, 3, 4]


def test_were_breakdown_of_a_total_that_refers_back():
    figures = _figures("The four were two pupils in Lyon, one cook in Nice and one driver in Metz.")
    assert _one(figures, "four")["measure"] == "people"
    summed = _one(figures, "two pupils in Lyon, one cook in Nice and one driver in Metz")
    assert (summed["value"], summed["measure"]) == (4, "people")


def test_plain_list_is_no_breakdown():
    figures = _figures("The storm flattened 30 barns and 12 sheds.")
    assert (figures["part_of"] == "").all()


# -- 4. currencies -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("The ministry paid Rp 75 million to each family.", "Rp 75 million", 75e6, "IDR"),
    ("The city set aside RON 18 million for repairs.", "RON 18 million", 18e6, "RON"),
    ("Each candidate may spend up to ISK 9 million.", "up to ISK 9 million", 9e6, "ISK"),
    ("The count cost 640m krónur.", "640m krónur", 640e6, "ISK"),
    ("The fine was 2.5 million krónur.", "2.5 million krónur", 2.5e6, "ISK"),
    ("Organisers were fined 90,000 dinars.", "90,000 dinars", 9e4, "RSD"),
    ("The farm lost 4 million baht.", "4 million baht", 4e6, "THB"),
    ("The port earned 12 billion shillings.", "12 billion shillings", 12e9, "KES"),
    ("Traders lost 300 million taka.", "300 million taka", 3e8, "BDT"),
    ("The bill came to MXN 40 million.", "MXN 40 million", 40e6, "MXN"),
    ("The club paid 3 million Mexican pesos.", "3 million Mexican pesos", 3e6, "MXN"),
])
def test_currencies_by_code_symbol_and_local_word(text, surface, value, unit):
    row = _one(_figures(text), surface)
    assert (row["value"], row["unit"]) == (value, unit)


def test_a_capitalised_word_before_a_number_is_no_code():
    figures = _figures("THE 12 riders set off.")
    assert not figures["unit"].astype(bool).any()


# -- 5. false positives --------------------------------------------------------------

def test_are_is_no_unit():
    assert _figures("Divers found 21 bodies; the other 17 are still being searched for.")["unit"].eq("").all()


def test_clock_time_before_a_time_zone_is_no_year():
    claims = extract_text("The vessel listed and sank (0745 GMT) on Friday.", "2024-05-06")
    assert "0745" not in claims["surface"].tolist()


def test_n_in_m_is_a_share():
    figures = _figures("Eight in ten nurses said they were exhausted.")
    row = _one(figures, "Eight in ten")
    assert (row["value"], row["unit"]) == (80, "percent")
    assert not figures["value"].eq(10).any()


def test_range_with_a_unit_at_both_ends_is_one_figure():
    figures = _figures("Between 35% and 40% of households are in arrears.")
    row = _one(figures, "Between 35% and 40%")
    assert (row["low"], row["high"], row["unit"], row["qualifier"]) == (35, 40, "percent", "range")


def test_hyphened_size_is_no_count_but_a_money_adjective_is_an_amount():
    assert _figures("Voters chose a 151-seat chamber.").empty
    assert _figures("The 250-bed clinic opened.").empty
    row = _one(_figures("Each guard gets a 900-euro bonus."), "900-euro")
    assert (row["value"], row["unit"], row["measure"]) == (900, "EUR", "bonus")


def test_capitalised_plural_is_no_unit():
    figures = _figures("The crew included three Poles.")
    assert not figures["unit"].astype(bool).any()


# -- 6. measure names ----------------------------------------------------------------

def test_date_words_are_no_measure():
    row = _one(_figures("Participation on Sunday was 58.3%.", "2024-05-06"), "58.3%")
    assert row["measure"] == "participation"
    assert row["as_of_start"] == "2024-05-05"


def test_the_head_noun_a_percentage_is_of():
    row = _one(_figures("Vaccination coverage among infants fell to 74% last year."), "74%")
    assert row["measure"] == "vaccination coverage"
    row = _one(_figures("Coverage of the second dose among teenagers rose to 61% in 2023."), "61%")
    assert row["measure"] == "coverage"


# -- 7. dates ------------------------------------------------------------------------

def test_earlier_this_month_runs_to_the_source_date():
    claims = extract_text("Earlier this month, inspectors closed two farms.", "2024-05-06")
    row = claims[claims["kind"] == "date"].iloc[0]
    assert (row["as_of_start"], row["as_of_end"]) == ("2024-05-01", "2024-05-06")


def test_this_week_on_a_sunday():
    past = extract_text("Inspectors visited this week.", "2024-05-05")
    future = extract_text("Inspectors will visit this week.", "2024-05-05")
    assert (past.iloc[0]["as_of_start"], past.iloc[0]["as_of_end"]) == ("2024-04-29", "2024-05-05")
    assert (future.iloc[0]["as_of_start"], future.iloc[0]["as_of_end"]) == ("2024-05-06", "2024-05-12")


def test_no_infinite_or_nan_slips_in():
    figures = _figures("Support fell 6 percentage points.")
    row = _one(figures, "6 percentage points")
    assert row["value"] == -6 and not math.isnan(row["low"])


def test_confirmed_dead_is_a_toll():
    from checker.claims import extract_text

    claims = extract_text("By Friday, nine miners had been confirmed dead, the company said.", "2025-06-06")
    toll = claims[claims["kind"] == "figure"].iloc[0]
    assert (toll["measure"], toll["value"], toll["rule"]) == ("killed", 9.0, "F103")
