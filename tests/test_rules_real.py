"""Figure and date rules on wire-style sentences: exact values, intervals, units,
measures and as-of dates, as an editor would read them.

The sentences are written for these tests (no story the rules were tuned on); each
asserts what one reading must be, so a regression names the sentence it broke.
"""

from __future__ import annotations

import math

import pytest

from checker.claims import extract_text
from checker.findings import arithmetic


def figures(text: str, source_date: str = "2025-06-10"):
    claims = extract_text(text, source_date)
    return claims[claims["kind"] == "figure"]


def dates_of(text: str, source_date: str):
    claims = extract_text(text, source_date)
    claims = claims[claims["kind"] == "date"]
    return dict(zip(claims["surface"], claims["as_of_start"]))


def one(frame, **where):
    rows = frame
    for column, value in where.items():
        rows = rows[rows[column] == value]
    assert len(rows) == 1, f"expected one row with {where}, got:\n{frame[['surface', 'measure', 'value', 'unit']]}"
    return rows.iloc[0]


# --- 4. tense decides which side of the source date a date without a year falls on ---

@pytest.mark.parametrize(("text", "source_date", "surface", "expected"), [
    # a future verb, with "a.m."/"p.m." in the way, on a Wednesday
    ("Dock workers will walk out at 6 a.m. (0500 GMT) on Friday, the union said.",
     "2024-05-15", "on Friday", "2024-05-17"),
    ("The union called a 48-hour stoppage starting early on Saturday.", "2024-05-15", "on Saturday", "2024-05-18"),
    ("Commuters face disruption from Friday.", "2024-05-15", "Friday", "2024-05-17"),
    # a possessive date names an event: "from" there bounds no period
    ("The toll from Sunday night's storm has risen to 9.", "2024-05-15", "Sunday", "2024-05-12"),
    # a period under a past verb: the nearer instance
    ("Forecasters extended the heat warning through 9 p.m. Thursday.", "2024-05-15", "Thursday", "2024-05-16"),
    ("Roads had stayed closed until Monday.", "2024-05-15", "Monday", "2024-05-13"),
    # a past verb next to the date wins over an earlier "will"
    ("The agency said 300 staff will go under the plan approved on Monday.", "2024-05-15", "on Monday", "2024-05-13"),
    # a present verb: the nearer instance; a time with a colon does not end the clause
    ("The final vote is on Thursday.", "2024-05-15", "on Thursday", "2024-05-16"),
    ("The walkout begins at 4:30 a.m. on Friday and ends at 8:00 p.m. on Saturday.",
     "2024-05-15", "on Saturday", "2024-05-18"),
    # no year, no cue: a day a few weeks ahead beats the same day eleven months back
    ("Passes for trips on 20 May can be exchanged.", "2024-05-15", "20 May", "2024-05-20"),
    ("The public inquiry runs until 2 July.", "2024-05-15", "2 July", "2024-07-02"),
    ("The inquiry closed on 2 July.", "2024-05-15", "2 July", "2023-07-02"),
    ("The river burst its banks on 30 December.", "2024-01-04", "30 December", "2023-12-30"),
])
def test_tense_places_the_date(text, source_date, surface, expected):
    assert dates_of(text, source_date)[surface] == expected


# --- 6. toll sentences ---

@pytest.mark.parametrize(("text", "value"), [
    ("The death toll from last week's landslide in the hills above Freetown has risen to 141.", 141),
    ("The death toll from Tuesday's magnitude 5.9 quake near Herat has climbed to 12, officials said.", 12),
    ("The toll from the ferry sinking now stands at 33.", 33),
])
def test_long_toll_phrases(text, value):
    row = one(figures(text), measure="killed")
    assert row["value"] == value


# --- 7. stated breakdowns become totals with parts, and the arithmetic is checked ---

def test_breakdown_after_a_dash_that_does_not_add_up():
    text = "Officials said 29 people had died - 17 in Sylhet and 11 in Sunamganj."
    claims = extract_text(text, "2024-06-20")
    total = one(claims[claims["part_of"] == ""], measure="killed", value=28)
    parts = claims[claims["part_of"] == total["claim_id"]]
    assert sorted(parts["value"]) == [11, 17]
    assert set(parts["measure"]) == {"killed"}
    found = arithmetic.sums(claims[claims["kind"] == "figure"])
    assert [f.severity for f in found] == ["error"]


def test_breakdown_after_a_colon_adds_up():
    text = "Four climbers have died: three on the north face and one near the summit."
    claims = extract_text(text, "2024-06-20")
    found = arithmetic.sums(claims[claims["kind"] == "figure"])
    assert [f.severity for f in found] == ["info"]


def test_money_breakdown_keeps_the_currency_and_the_qualifier():
    text = ("The floods cost the region about 80 million dollars: 30 million dollars in crops, "
            "20 million dollars in roads and 20 million dollars in homes.")
    claims = extract_text(text, "2024-06-20")
    total = one(claims[(claims["part_of"] == "") & (claims["value"] == 7e7)], unit="USD")
    assert total["measure"] == one(claims, value=8e7)["measure"]
    found = arithmetic.sums(claims[claims["kind"] == "figure"])
    assert [f.severity for f in found] == ["error"]  # 70 million is outside about 80 million


def test_of_the_dead_breakdown():
    text = "Of the 12 dead, seven were in Kandy, three in Matale and two in Badulla."
    claims = extract_text(text, "2024-06-20")
    one(claims[claims["part_of"] == ""], measure="killed", value=12, rule="F105")
    total = one(claims[(claims["part_of"] == "") & (claims["rule"] == "F101")], measure="killed")
    assert total["value"] == 12


def test_sterling_breakdown():
    text = "The trust must find savings of £42.5m: £20m from agency staff, £15m from estates and £7.5m from drugs."
    claims = extract_text(text, "2024-06-20")
    parts = claims[claims["part_of"] != ""]
    assert sorted(parts["value"]) == [7.5e6, 15e6, 20e6]
    assert set(parts["unit"]) == {"GBP"}


# --- 13. measures and units ---

def test_time_of_day_is_no_length():
    assert figures("The vigil starts at 7 pm outside the town hall.").empty


def test_speeds():
    frame = figures("Winds of 30 to 40 miles per hour pushed the fire; gusts hit 60 mph.")
    assert list(frame["measure"]) == ["wind speed", "wind gusts"]  # a gust is no sustained wind
    assert one(frame, value=35)["low"] == 30
    assert one(frame, value=60)["unit"] == "mile_per_hour"


def test_area_of_something_is_an_area():
    row = one(figures("The blaze has charred about 8,200 acres of timber."))
    assert (row["measure"], row["unit"], row["low"], row["high"]) == ("area", "acre", 7790, 8610)


def test_personnel_is_not_troops():
    assert one(figures("More than 900 personnel are fighting the fire."))["measure"] == "personnel"


def test_possessive_is_no_counted_noun():
    row = one(figures("About 3,000 of the airline's pilots joined the strike."))
    assert row["measure"] == "pilots subset"  # the pilots, not the airline's; some of them, not all
    assert one(figures("The airline's 9,000 pilots are unionised."))["measure"] == "pilots"


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The province released 2.5 billion pesos for repairs.", 2.5e9, "PHP"),
    ("Relief funds of P750 million were released.", 7.5e8, "PHP"),
    ("The state allotted 40 crore rupees.", 4e8, "INR"),
    ("Lagos approved 12 billion naira for drainage.", 1.2e10, "NGN"),
    ("Each worker gets a 1,200-euro payment.", 1200, "EUR"),
    ("The fund holds 3 billion yuan.", 3e9, "CNY"),
])
def test_currencies(text, value, unit):
    row = one(figures(text), unit=unit)
    assert row["value"] == value


def test_percentages_take_the_noun_after_them():
    frame = figures("The operator promised 85% of regional trains on time, offered a 6% pay rise and "
                    "said punctuality was 71.4%.")
    # what was offered is a proposal, not a level (checker.claims: outlook)
    assert set(frame["measure"]) == {"regional trains", "pay change proposal", "punctuality"}


def test_money_takes_the_noun_after_it():
    frame = figures("Cuts of 300 posts and a 3.99% rise in council tax will close a £41m gap in its budget.")
    assert one(frame, unit="GBP")["measure"] == "budget gap"
    assert one(frame, unit="percent")["measure"] == "council tax change"


def test_percent_contained():
    assert one(figures("The fire was 35% contained on Sunday."))["measure"] == "contained"


# --- 14. changes ---

@pytest.mark.parametrize(("text", "value"), [
    ("The airline said 1,200 posts will be cut.", -1200),
    ("The merger means about 300 job losses.", -300),
    ("About 250 jobs were created at the new plant.", 250),
])
def test_changes_stated_after_the_noun(text, value):
    assert one(figures(text), measure="jobs_change")["value"] == value


def test_supported_by_is_no_change():
    frame = figures("More than 700 firefighters, supported by nine air tankers, held the line.")
    assert not frame["measure"].str.endswith("_change").any()


def test_additional_before_the_number_is_a_change():
    row = one(figures("The governor ordered an additional 400 firefighters to the area."))
    assert (row["measure"], row["value"]) == ("firefighters_change", 400)


def test_percentage_changes_carry_their_sign():
    frame = figures("Exports fell 3.1% in April, while imports rose by 12%.")
    assert one(frame, measure="exports change")["value"] == -3.1
    assert one(frame, measure="imports change")["value"] == 12


# --- 15. remain / still ---

@pytest.mark.parametrize(("text", "measure", "value"), [
    ("Two hikers remain missing.", "missing", 2),
    ("About 1,500 people remain under evacuation orders.", "evacuated", 1500),
    ("Four died and three still missing, police said.", "missing", 3),
])
def test_remain_and_still(text, measure, value):
    assert one(figures(text), measure=measure)["value"] == value


# --- 16. numbers that are no figures, years that are no ranges ---

@pytest.mark.parametrize("text", [
    "Two boroughs have issued section 114 notices.",
    "Flight 302 landed safely.",
    "Call the hotline on 0161 496 2000 for help.",
    "Call +44 20 7946 0958 for help.",
])
def test_labels_and_phone_numbers_are_no_figures_or_years(text):
    claims = extract_text(text, "2024-06-20")
    assert claims[claims["kind"].isin(["figure", "date"])].empty, claims[["surface", "measure"]]


def test_exchange_rate_note_is_no_claim():
    frame = figures("The bank posted a profit of 2.1 billion euros ($1 = 0.9215 euros).")
    assert list(frame["value"]) == [2.1e9]


def test_hyphenated_number_words_in_durations():
    row = one(figures("Forty-one years after the spill, the beach reopened."), measure="duration")
    assert (row["value"], row["unit"]) == (41, "year")


def test_year_before_a_count_is_no_range():
    assert dates_of("She admitted in 2021 to 16 counts of theft.", "2024-06-20") == {"2021": "2021-01-01"}


# --- 3. fiscal years, halves and quarters ---

def test_fiscal_year():
    claims = extract_text("The 2025-26 budget was passed.", "2025-03-01")
    row = one(claims, kind="date")
    assert (row["as_of_start"], row["as_of_end"], row["as_of_precision"]) == ("2025-04-01", "2026-03-31", "year")


def test_first_half_of_this_year():
    claims = extract_text("Arrivals fell in the first half of this year.", "2025-08-01")
    row = one(claims, kind="date")
    assert (row["as_of_start"], row["as_of_end"]) == ("2025-01-01", "2025-06-30")


def test_quarter():
    claims = extract_text("Output rose in the second quarter of 2023.", "2025-08-01")
    row = one(claims, kind="date")
    assert (row["as_of_start"], row["as_of_end"]) == ("2023-04-01", "2023-06-30")


# --- 18. magnitudes and "up to" ---

def test_magnitudes():
    frame = figures("A magnitude 6.4 earthquake struck off Hokkaido. The USGS put the magnitude at 6.2.")
    assert sorted(frame[frame["measure"] == "magnitude"]["value"]) == [6.2, 6.4]
    assert set(frame[frame["measure"] == "magnitude"]["unit"]) == {""}


def test_up_to_is_the_top_of_an_estimate():
    row = one(figures("Up to 400 homes were flooded."))
    assert (row["low"], row["high"], row["qualifier"]) == (200, 400, "up_to")
    cut = one(figures("Up to 400 jobs could go at the plant."))  # what may yet come: a forecast
    assert (cut["measure"], cut["low"], cut["high"]) == ("jobs_change forecast", -400, -200)
    assert not math.isinf(row["high"])
