"""Names of countries and their states, provinces and regions (ISO 3166, through pycountry).

A name that opens a sentence looks like any capitalised word: "Italy were second with 10
medals" and "Officials were told" start alike.  An article that names a place only at the
start of its sentences gives no other clue, so the subject finder asks this list whether the
opening words are a place's name.  Subdivisions named by a bare direction or a generic word
("Central", "North", "Coast") are left out: outlets write those as common words.
"""

from __future__ import annotations

from functools import lru_cache

GENERIC = frozenset("north south east west northern southern eastern western central centre center capital coast "
                    "coastal lakes islands island north-east north-west south-east south-west upper lower middle "
                    "mid interior border river valley highlands lowlands plateau mountain mountains delta "
                    # first-level names that are English words or units too ("Rivers of mud", "Unity among ...")
                    "acre antique aurora chin gulf littoral rivers unity van norte north-western midlands "
                    "independencia".split())
# a country's first-level parts (states, provinces, regions), not its districts or municipalities ("Reading",
# "Bar": English towns and words before they are places)
FIRST_LEVEL = frozenset({"State", "Province", "Territory", "Country", "Autonomous community", "Land", "Union territory",
                         "Federal district", "Autonomous region", "Republic", "Nation", "Regional state",
                         "Capital territory", "Federal territory", "Voivodship"})


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every country's short, common and official name and its first-level parts' names."""
    import pycountry  # loaded when a sentence first opens with an unknown capitalised word

    names: set[str] = set()
    for country in pycountry.countries:
        names.update(n for n in (country.name, getattr(country, "common_name", None),
                                 getattr(country, "official_name", None)) if n)
    names.update(subdivision.name for subdivision in pycountry.subdivisions if subdivision.type in FIRST_LEVEL)
    return frozenset(n for n in names if n.lower() not in GENERIC and len(n) > 3)


def place_words(words: list[str]) -> int:
    """How many of `words` (a run of capitalised words) a place's name they start with takes
    ("Italy" 1, "New Zealand" 2, "Illinois" 1), 0 when they start with none."""
    names = place_names()
    return next((count for count in range(min(len(words), 4), 0, -1) if " ".join(words[:count]) in names), 0)
