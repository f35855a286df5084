"""The pint registry for the units claims carry: durations, measurements, and counts
that are unitless.

pint's own "decade" is a logarithmic ratio, so a decade of years is defined here; the
claims table keeps the unit as stated ("decade", "acre") and every conversion, such as
comparing acres with hectares across sources, goes through pint.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pint

# claims-table unit name -> pint unit name
PINT_NAMES = {"decade": "decade_of_years", "century": "century_of_years"}
# How news writes units pint spells otherwise.
SPELLINGS = {"square kilometres": "square_kilometer", "square kilometers": "square_kilometer",
             "sq km": "square_kilometer", "km2": "square_kilometer", "square miles": "square_mile",
             "square metres": "square_meter", "square meters": "square_meter", "sq mi": "square_mile",
             "cubic metres": "cubic_meter", "cubic meters": "cubic_meter", "kph": "kilometer/hour",
             "km/h": "kilometer/hour", "kmh": "kilometer/hour", "km/hr": "kilometer/hour"}
DIMENSIONS = {"[length]": "length", "[length] ** 2": "area", "[length] ** 3": "volume", "[mass]": "mass",
              "[mass] * [length] ** 2 / [time] ** 3": "power", "[time]": "duration",
              "[length] / [time]": "speed"}
# Words pint reads as a unit that news means otherwise: "at 1 pm" is a time, not a picometre.
NOT_UNITS = frozenset("a an at in is it m s g h t b c d e and or of on to the as by per pc ft am pm gmt utc bst "
                      "cet est edt pst pdt hrs yd are ares pole poles perch perches rod rods chain chains "
                      "link links point points line lines span spans hand hands mark marks".split())


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
    dimension = DIMENSIONS.get(str(registry().Quantity(1, unit).dimensionality))
    if dimension is None or dimension == "duration":
        return None
    return str(unit), dimension


def convert(value: float, unit: str, to: str) -> float:
    """`value` in `unit`, expressed in `to` (both pint names of one dimension)."""
    if unit == to:
        return value
    return float(registry().Quantity(value, PINT_NAMES.get(unit, unit)).to(PINT_NAMES.get(to, to)).magnitude)
