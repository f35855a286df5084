"""Measurements and their units (F106 figures.measurements, F107 figures.temperatures,
checker/units.py) on sentences from weather, agriculture, wildfire, cooking and science
stories: temperatures, words pint reads as units that are none, conversions that restate
a figure, and what an area is of."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from checker.claims import extract_text
from checker.pipeline import find_discrepancies, load_corpus
from checker.units import absolute_zero, convert, measurement_unit, temperature_unit
from tests.corpora import article, write_corpus

INF = float("inf")
MEASUREMENT_RULES = ("F106", "F107")  # measurements, temperatures


def measurements(text: str, source_date: str = "2024-07-16"):
    claims = extract_text(text, source_date)
    return claims[claims["rule"].isin(MEASUREMENT_RULES)]


def one(text: str):
    rows = measurements(text)
    assert len(rows) == 1, rows[["surface", "measure", "unit"]].to_string()
    return rows.iloc[0]


def findings_for(tmp_path: Path, articles: dict[str, str]):
    corpus = load_corpus([write_corpus(tmp_path / "corpus", articles)], use_cache=False)
    return corpus.claims, find_discrepancies(corpus)


# --- units ----------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["has", "ins", "mis", "bus", "in", "a", "s", "m", "cups", "bags", "barns",
                                  "stones", "shots", "leagues", "mug", "Mt", "C", "F", "degrees"])
def test_english_words_are_no_units(word):
    assert measurement_unit(word) is None


@pytest.mark.parametrize(("word", "unit", "dimension"), [
    ("ha", "hectare", "area"), ("hectares", "hectare", "area"), ("acres", "acre", "area"),
    ("square kilometres", "kilometer ** 2", "area"), ("sq km", "kilometer ** 2", "area"),
    ("square miles", "square_mile", "area"), ("cubic metres", "meter ** 3", "volume"),
    ("tonnes", "metric_ton", "mass"), ("bushels", "bushel", "volume"), ("mph", "mile_per_hour", "speed"),
])
def test_news_units(word, unit, dimension):
    assert measurement_unit(word) == (unit, dimension)


def test_temperatures_convert_as_absolute_values():
    assert math.isclose(convert(46.8, "degree_Celsius", "degree_Fahrenheit"), 116.24)
    assert math.isclose(convert(116.2, "degree_Fahrenheit", "degree_Celsius"), 46.7778, rel_tol=1e-5)
    assert math.isclose(convert(-40.0, "degree_Celsius", "degree_Fahrenheit"), -40.0)
    assert convert(INF, "degree_Celsius", "degree_Fahrenheit") == INF
    assert math.isclose(absolute_zero("degree_Fahrenheit"), -459.67)
    assert math.isclose(convert(1500, "acre", "hectare"), 607.03, rel_tol=1e-4)
    assert (temperature_unit("C"), temperature_unit("Fahrenheit"), temperature_unit("x")) == \
        ("degree_Celsius", "degree_Fahrenheit", None)


@pytest.mark.parametrize("text", [
    "Lake Orrin's population of about 48,000 has fallen 3% since 2015, the census office said.",
    "The hamlet, whose population of 1,900 has grown by a tenth, voted to build a school.",
    "Exports of 12 bus chassis were approved on Monday.",
])
def test_has_is_no_hectares(text):
    assert measurements(text).empty


# --- temperatures ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value", "low", "high", "unit", "measure", "qualifier"), [
    ("Temperatures in Jacobabad climbed to 51 degrees Celsius (123.8 degrees Fahrenheit) on Sunday.",
     "51 degrees Celsius (123.8 degrees Fahrenheit)", 51, 50.5, 51.5, "degree_Celsius", "temperature", "exact"),
    ("The thermometer at Nicosia airport read 45.3C on Wednesday.",
     "45.3C", 45.3, 45.25, 45.35, "degree_Celsius", "temperature", "exact"),
    ("Highs of 40C are expected in Palermo on Friday as the heatwave peaks.",
     "40C", 40, 39.5, 40.5, "degree_Celsius", "temperature", "exact"),
    ("Palermo braced for a 41C day on Friday as the heatwave peaked.",
     "41C", 41, 40.5, 41.5, "degree_Celsius", "temperature", "exact"),
    ("Death Valley reached 128°F (53.3°C) on Saturday, the park service said.",
     "128°F (53.3°C)", 128, 127.5, 128.5, "degree_Fahrenheit", "temperature", "exact"),
    ("In Omaha the mercury hit 100 degrees F on Thursday.",
     "100 degrees F", 100, 99.5, 100.5, "degree_Fahrenheit", "temperature", "exact"),
    ("Winnipeg woke to minus 31C on Tuesday, the coldest morning of the winter.",
     "minus 31C", -31, -31.5, -30.5, "degree_Celsius", "temperature", "exact"),
    ("The cold snap pushed Warsaw down to -3°C overnight.",
     "-3°C", -3, -3.5, -2.5, "degree_Celsius", "low temperature", "exact"),
    ("Seville's overnight low of 31C on Thursday was the highest on file.",
     "31C", 31, 30.5, 31.5, "degree_Celsius", "low temperature", "exact"),
    ("Night-time temperatures in Catania did not fall below 29C on Monday.",
     "29C", 29, 29, INF, "degree_Celsius", "low temperature", "at_least"),
    ("Temperatures have topped 40 C (104 F) across Sicily for a week.",
     "40 C (104 F)", 40, 40, INF, "degree_Celsius", "temperature", "at_least"),
    ("Crews battled highs of around 44 C (111 F) near Mount Etna.",
     "of around 44 C (111 F)", 44, 42.5, 45.5, "degree_Celsius", "temperature", "about"),
    ("Lows stayed below 10F in Fargo on Monday.",
     "below 10F", 10, -459.67, 10, "degree_Fahrenheit", "low temperature", "at_most"),
    ("Temperatures will range between 38C and 42C in Basra this week.",
     "between 38C and 42C", 40, 37.5, 42.5, "degree_Celsius", "temperature", "range"),
    ("Spain's national temperature record of 47.6C was set in La Rambla in 2021.",
     "47.6C", 47.6, 47.55, 47.65, "degree_Celsius", "record temperature", "exact"),
    ("Sea surface temperatures off Key Largo hit 38.4C (101.1F) on Monday.",
     "38.4C (101.1F)", 38.4, 38.35, 38.45, "degree_Celsius", "water temperature", "exact"),
    ("The heat index in Houston reached 112F on Monday.",
     "112F", 112, 111.5, 112.5, "degree_Fahrenheit", "apparent temperature", "exact"),
    ("Roast the lamb at 200C (400F) for 40 minutes, the chef advises.",
     "200C (400F)", 200, 199.5, 200.5, "degree_Celsius", "cooking temperature", "exact"),
    ("The new alloy melts at 1,455 degrees Celsius, the researchers reported.",
     "1,455 degrees Celsius", 1455, 1454.5, 1455.5, "degree_Celsius", "temperature", "exact"),
])
def test_temperatures(text, surface, value, low, high, unit, measure, qualifier):
    row = one(text)
    assert (row["surface"], row["unit"], row["measure"], row["qualifier"]) == (surface, unit, measure, qualifier)
    assert math.isclose(row["value"], value)
    for got, want in ((row["low"], low), (row["high"], high)):
        assert got == want == INF or math.isclose(got, want, rel_tol=1e-9)


def test_a_bracketed_conversion_is_kept_in_the_detail():
    row = one("Temperatures in Jacobabad climbed to 51 degrees Celsius (123.8 degrees Fahrenheit) on Sunday.")
    assert '"restated": "123.8 degrees Fahrenheit"' in row["detail"]
    assert '"stated": "51 degrees Celsius"' in row["detail"] and '"dimension": "temperature"' in row["detail"]


@pytest.mark.parametrize("text", [
    "Students in Section C scored a grade F on the heat test.",
    "The air force flew 30 C-130 transports into the heat-hit region.",
    "Fireworks lit up the hot night sky on the 4th of July.",
    "Temperatures in Valencia were 13 degrees below the record on Sunday.",
    "Temperatures rose 5 degrees in Rome on Monday.",
    "Temperatures rose 5C in Rome on Monday and were 3C above the seasonal average.",
    "The planet is now about 1.3C warmer than before industrialisation, and the 1.5C target is slipping.",
    "Limiting global warming to 1.5C remains the goal of the heat plan.",
    "Keeping warming well below 2C is the aim of the climate talks.",
    "It was 45 degrees inside the flat, a nurse said of the heatwave.",
    "Milk prices rose 30c a litre as the heatwave hit dairies.",
    "Room 12 F was hot; seat 14C on the sweltering train was taken.",
    "The B-52C bomber flew over the hot desert.",
    "The storm dropped 4 in of rain on Tuesday.",
])
def test_no_temperature_level(text):
    assert measurements(text).empty, measurements(text)[["surface", "measure"]].to_string()


def test_vitamin_c_is_no_temperature():
    rows = measurements("Take 1,000 mg of vitamin C daily during the heatwave, doctors advise.")
    assert list(rows["unit"]) == ["milligram"]


# --- restated figures and what an area is of -------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "measure", "value", "unit", "restated"), [
    ("A brush fire burned about 2,500 acres (1,000 hectares) of chaparral near Ojai.",
     "about 2,500 acres (1,000 hectares)", "area", 2500, "acre", "1,000 hectares"),
    ("Workers laid 800 feet (244 meters) of new pipe under the river.",
     "800 feet (244 meters)", "pipe", 800, "foot", "244 meters"),
    ("The reserve covers 12 square kilometres, or about 4.6 square miles, of marsh.",
     "12 square kilometres, or about 4.6 square miles", "area", 12, "kilometer ** 2", "about 4.6 square miles"),
])
def test_a_conversion_is_the_same_figure(text, surface, measure, value, unit, restated):
    row = one(text)
    assert (row["surface"], row["measure"], row["value"], row["unit"]) == (surface, measure, value, unit)
    assert f'"restated": "{restated}"' in row["detail"]


@pytest.mark.parametrize(("text", "measure", "value", "unit"), [
    ("Growers said about 60,000 hectares of maize and cotton crops in Thessaly had already been damaged.",
     "crops damaged", 60000, "hectare"),
    ("Monsoon floods submerged 3,000 hectares of rice paddies in Assam.", "paddies flooded", 3000, "hectare"),
    ("Farmers planted 1.2 million acres of soybeans in Iowa this spring.", "soybeans planted", 1.2e6, "acre"),
    ("Officials said 450 ha of vineyards were lost to hail in Burgundy.", "vineyards damaged", 450, "hectare"),
    ("Volunteers delivered 2,000 tonnes of humanitarian aid to Port Sudan.", "aid", 2000, "metric_ton"),
    ("The silo held 40,000 tonnes of wheat and barley last season.", "wheat and barley", 40000, "metric_ton"),
    ("The reservoir released 1.2 million cubic metres of water on Friday.", "water", 1.2e6, "meter ** 3"),
    ("Mumbai received 230 millimetres of rain on Monday.", "rainfall", 230, "millimeter"),
    ("The wildfire has blackened 9,000 acres of pine forest.", "area", 9000, "acre"),
    ("Residents within 5 miles of the refinery were told to stay indoors.", "length", 5, "mile"),
])
def test_the_measure_says_what_is_measured(text, measure, value, unit):
    row = one(text)
    assert (row["measure"], row["unit"]) == (measure, unit) and math.isclose(row["value"], value)


# --- findings: temperatures and areas across sources -----------------------------------------

def test_same_temperature_corroborates_and_another_conflicts(tmp_path):
    claims, findings = findings_for(tmp_path, {
        "a.md": article("2024-07-17", "Island Wire", "Temperatures in Nicosia reached 45.3C on Tuesday, crews said."),
        "b.md": article("2024-07-17", "Gulf Post", "Temperatures in Nicosia reached 45.3 degrees Celsius on Tuesday."),
    })
    temperature = findings[findings["measure"] == "temperature"]
    assert list(temperature["kind"]) == ["corroborated"] and list(temperature["subject"]) == ["Nicosia"]
    _, findings = findings_for(tmp_path / "2", {
        "a.md": article("2024-07-17", "Island Wire", "Temperatures in Nicosia reached 45.3C on Tuesday, crews said."),
        "b.md": article("2024-07-17", "Gulf Post", "Temperatures in Nicosia reached 45.9 degrees Celsius on Tuesday."),
    })
    conflict = findings[(findings["measure"] == "temperature")]
    assert list(conflict["kind"]) == ["conflict"]


def test_a_bracketed_conversion_neither_corroborates_nor_conflicts(tmp_path):
    claims, findings = findings_for(tmp_path, {
        "a.md": article("2024-07-17", "Island Wire",
                        "Temperatures in Nicosia reached 45.3 degrees Celsius (113.5 degrees Fahrenheit) "
                        "on Tuesday.\n\n"
                        "A wildfire near Paphos burned about 1,500 acres (600 hectares) of pine on Tuesday."),
    })
    assert len(claims[claims["rule"].isin(MEASUREMENT_RULES)]) == 2
    assert findings[findings["measure"].isin(["temperature", "area"])].empty


def test_crops_damaged_and_a_fire_area_are_different_measures(tmp_path):
    text = ("Growers said about 60,000 hectares of maize and cotton crops had already been damaged by the drought.\n\n"
            "A wildfire burned about 1,500 acres (600 hectares) of scrub and pine on Tuesday.")
    claims, findings = findings_for(tmp_path, {
        "a.md": article("2024-07-17", "Thessaly Herald", text, title="Drought and wildfire scorch Thessaly"),
        "b.md": article("2024-07-17", "Aegean Post", "A wildfire burned about 1,480 acres of scrub on Tuesday, "
                        "firefighters said.", title="Drought and wildfire scorch Thessaly"),
    })
    assert set(claims[claims["rule"] == "F106"]["measure"]) == {"crops damaged", "area"}
    assert findings[findings["kind"] == "conflict"].empty


def test_fahrenheit_below_celsius_is_a_conflict(tmp_path):
    _, findings = findings_for(tmp_path, {
        "a.md": article("2024-07-16", "Desert Sun", "Temperatures in Phoenix hit 118 degrees Fahrenheit on Monday."),
        "b.md": article("2024-07-16", "Euro Wire", "Temperatures in Phoenix hit 45.1C on Monday."),
    })
    assert list(findings[findings["measure"] == "temperature"]["kind"]) == ["conflict"]


def test_fahrenheit_corroborates_the_same_celsius(tmp_path):
    _, findings = findings_for(tmp_path, {
        "a.md": article("2024-07-16", "Desert Sun", "Temperatures in Phoenix hit 118 degrees Fahrenheit on Monday."),
        "b.md": article("2024-07-16", "Euro Wire", "Temperatures in Phoenix hit 47.8C on Monday."),
    })
    assert list(findings[findings["measure"] == "temperature"]["kind"]) == ["corroborated"]
