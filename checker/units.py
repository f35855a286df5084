"""The pint registry for the units claims carry: durations, measurements, temperatures,
and counts that are unitless.

pint's own "decade" is a logarithmic ratio, so a decade of years is defined here; the
claims table keeps the unit as stated ("decade", "acre", "degree_Celsius") and every
conversion, such as comparing acres with hectares across sources, goes through pint.

pint reads far more words as units than news means: "has" is hectares (the plural of
"ha"), "bus" bushels, "mug" a microgram, "barns" an area, "cups" a volume.  So a word
becomes a measurement unit only when pint's name for it is one news writes
(`NEWS_UNITS`) and the word is not a common English one (`NOT_UNITS`).

Temperatures are absolute: 46.8 degC is 116.24 degF, not 46.8 times a factor, so
`convert` maps a value (a scale and an offset), and a conversion is never a factor.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pint

# claims-table unit name -> pint unit name
PINT_NAMES = {"decade": "decade_of_years", "century": "century_of_years"}
# How news writes units pint spells otherwise (pint has "square_mile" but no "square_kilometer").
SPELLINGS = {"square kilometres": "kilometer**2", "square kilometers": "kilometer**2",
             "sq km": "kilometer**2", "square km": "kilometer**2", "km2": "kilometer**2", "square miles": "square_mile",
             "square metres": "meter**2", "square meters": "meter**2", "sq mi": "square_mile",
             "cubic metres": "meter**3", "cubic meters": "meter**3", "kph": "kilometer/hour",
             "km/h": "kilometer/hour", "acre-feet": "acre_foot", "acre-foot": "acre_foot",
             "acre feet": "acre_foot", "acre foot": "acre_foot", "kmh": "kilometer/hour", "km/hr": "kilometer/hour"}
DIMENSIONS = {"[length]": "length", "[length] ** 2": "area", "[length] ** 3": "volume", "[mass]": "mass",
              "[mass] * [length] ** 2 / [time] ** 3": "power", "[time]": "duration",
              "[length] / [time]": "speed", "[temperature]": "temperature"}
# Words pint reads as a unit that news means otherwise: "at 1 pm" is a time, not a picometre;
# "population of 612,000 has fallen" has no hectares ("has" is pint's plural of "ha"), "12 bus
# routes" no bushels, "10 ins and outs" no inches, "30 kt" (kilotonnes or knots?) nothing sure.
NOT_UNITS = frozenset("a an at in is it m s g h t b c d e and or of on to the as by per pc am pm gmt utc bst "
                      "cet est edt pst pdt hrs yd are ares pole poles perch perches rod rods chain chains "
                      "link links point points line lines span spans hand hands mark marks "
                      "has ins mis bus kt".split())
# pint's names of the units news writes; anything else pint reads ("bag", "shot", "barn",
# "league", "cup", "stone", a microgram for "mug") is a word, not a unit.
NEWS_UNITS = frozenset({
    "meter", "kilometer", "centimeter", "millimeter", "mile", "nautical_mile", "foot", "inch", "yard",
    "acre", "hectare", "meter ** 2", "kilometer ** 2", "square_mile", "square_foot", "square_yard",
    "liter", "milliliter", "centiliter", "hectoliter", "meter ** 3", "cubic_foot", "acre_foot", "gallon", "barrel", "bushel",
    "gram", "kilogram", "milligram", "metric_ton", "ton", "long_ton", "short_ton", "pound", "ounce",
    "watt", "kilowatt", "megawatt", "gigawatt", "terawatt",
    "kilometer / hour", "mile / hour", "mile_per_hour", "knot", "meter / second", "foot / second",
})
# A temperature's scale as news writes it -> pint's name: "46.8 degrees Celsius", "47.1C", "100 F".
TEMPERATURE_SCALES = {"c": "degree_Celsius", "celsius": "degree_Celsius", "centigrade": "degree_Celsius",
                      "℃": "degree_Celsius", "f": "degree_Fahrenheit", "fahrenheit": "degree_Fahrenheit",
                      "℉": "degree_Fahrenheit"}


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    units = pint.UnitRegistry()
    units.define("decade_of_years = 10 * year")
    units.define("century_of_years = 100 * year")
    return units


def to_years(value: float, unit: str) -> float:
    """A duration in years: (78, "day") -> 0.2136; (1, "decade") -> 10."""
    units = registry()
    return float(units.Quantity(value, PINT_NAMES.get(unit, unit)).to("year").magnitude)


def is_duration_unit(unit: str) -> bool:
    try:
        return registry().Quantity(1, PINT_NAMES.get(unit, unit)).check("[time]")
    except (pint.UndefinedUnitError, AttributeError):
        return False


@lru_cache(maxsize=4096)
def measurement_unit(words: str) -> tuple[str, str] | None:
    """(pint unit name, dimension) for a unit as news writes it: "acres" -> ("acre", "area")."""
    if words[:1].isupper() and words[1:2].islower() and len(words) > 3:
        return None  # "four Poles", "two Germans": a capitalised word is a noun, not a unit
    words = re.sub(r"\s+(?:per|an|a)\s+", "/", words.lower().strip())  # "miles per hour", "km an hour"
    if words in NOT_UNITS or len(words) < 2:
        return None
    name = SPELLINGS.get(words, words.replace(" ", "_"))
    try:
        unit = registry().parse_units(name)
    except (pint.UndefinedUnitError, pint.DefinitionSyntaxError, AttributeError, ValueError, TypeError, AssertionError):
        return None
    except Exception:  # noqa: BLE001 - pint's parser raises a variety of errors on odd words
        return None
    if str(unit) not in NEWS_UNITS:
        return None
    dimension = DIMENSIONS.get(str(registry().Quantity(1, unit).dimensionality))
    if dimension is None or dimension in ("duration", "temperature"):
        return None
    return str(unit), dimension


def temperature_unit(scale: str) -> str | None:
    """pint's name for a temperature scale as news writes it: "C", "Celsius", "℃" ->
    "degree_Celsius"; "F", "Fahrenheit" -> "degree_Fahrenheit"."""
    return TEMPERATURE_SCALES.get(scale.strip().lower())


def absolute_zero(unit: str) -> float:
    """The lowest value a temperature scale has: -273.15 degC, -459.67 degF."""
    return convert(0.0, "kelvin", unit)


@lru_cache(maxsize=1024)
def _mapping(unit: str, to: str) -> tuple[float, float]:
    """(scale, offset) with x in `to` = scale * x in `unit` + offset; the offset is 0 but
    between temperature scales."""
    quantity = registry().Quantity
    zero = float(quantity(0.0, unit).to(to).magnitude)
    return float(quantity(1.0, unit).to(to).magnitude) - zero, zero


def convert(value: float, unit: str, to: str) -> float:
    """`value` in `unit`, expressed in `to` (both pint names of one dimension).

    Convert each value (a claim's value, low and high), never multiply by
    `convert(1.0, ...)`: a temperature is absolute, 46.8 degC is 116.24 degF.  An
    unbounded end stays unbounded."""
    if unit == to:
        return value
    scale, offset = _mapping(PINT_NAMES.get(unit, unit), PINT_NAMES.get(to, to))
    return scale * value + offset

