"""The pint registry for the units claims carry: durations, and counts that are unitless.

pint's own "decade" is a logarithmic ratio, so a decade of years is defined here; the
claims table keeps the unit as stated ("decade") and conversions go through pint.
"""

from __future__ import annotations

from functools import lru_cache

import pint

# claims-table unit name -> pint unit name
PINT_NAMES = {"decade": "decade_of_years", "century": "century_of_years"}


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
