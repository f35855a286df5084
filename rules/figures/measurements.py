"""A physical quantity: "more than 12,000 acres", "a 5.8 km stretch", "3,000 tonnes of aid".

An earthquake's magnitude ("a magnitude 6.9 quake", "a 7.1-magnitude earthquake", "put
the magnitude at 6.7", "6.4 on the Richter scale") is measure `magnitude`, no unit: the
key figure agencies revise and disagree on.

The unit is read by pint (acres, hectares, square miles, km, miles, tonnes, litres,
barrels, megawatts...), so figures stated in different units can be compared.  The
measure says what is measured when the sentence says it: the head noun of an "of" phrase
("tonnes of aid" -> aid, "118 mm of rain" -> rain, "hectares of cereal and sunflower
crops ... had been damaged" -> crops damaged), else the dimension (area, length, mass,
volume, power, speed).  Land a fire burns stays `area` ("acres of scrub and pine").

A conversion right after a figure ("1,500 acres (600 hectares)", "20 km, or 12 miles")
is the same figure restated: it is part of the figure's words (detail `restated`), never
a second claim.  Temperatures are the rule of their own (`figures.temperatures`).
"""

import re

from checker.rulekit import Example, Match
from checker.figures import AVERAGE_BEFORE, RISE_NOUNS, SIZE_HEDGE, SIZE_OF_BEFORE, per_period
from checker.numbers import rounding_bounds
from checker.units import measurement_unit

UNIT = re.compile(r"\s*(?:-\s*)?(?P<unit>(?:square|sq|cubic)\s+[a-z]+|acre[-\s]f(?:ee|oo)t\b|[A-Za-z]{1,12}\d?"
                  r"(?:\s+(?:per|an|a)\s+(?:hour|second|minute)\b|/h(?:r|our)?\b|/s\b)?)\b")


MAGNITUDE = re.compile(
    r"\b(?:magnitude|magnitude\s+(?:at|of|was|is)\s+(?:a\s+)?(?:preliminary\s+)?|M)[\s-]?(?P<a>\d(?:\.\d{1,2})?)(?![\d.,]\d)"
    r"|(?<![\d.,])(?P<b>\d(?:\.\d{1,2})?)[\s-]*(?:-|\s)?(?:magnitude\b|on\s+the\s+Richter\s+scale\b)"
    r"|\b(?:measured|put|registered|recorded|rated|estimated)\s+(?:it|the\s+(?:quake|earthquake|tremor|temblor))\s+"
    r"at\s+(?:magnitude\s+)?(?P<c>\d\.\d{1,2})(?![\d.,]\d)",
    re.IGNORECASE)
# "a depth of 10 km", "a distance of 300 miles": the noun before says what the quantity is
CALIBRE_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:artillery|shells?|rounds?|ammunition|munitions|howitzers?|guns?|"
                           r"handguns?|pistols?|rifles?|cannons?|mortars?|bullets?|calibre|caliber)\b", re.IGNORECASE)
QUANTITY_OF = re.compile(r"\b(?P<noun>depth|distance|height|altitude|elevation|radius|width|length|diameter|range|"
                         r"perimeter|wingspan)\s+of\s+$", re.IGNORECASE)
MAGNITUDE_M = re.compile(r"\bM\s?\d\.\d")  # "M6.1"

# --- what a quantity is of -------------------------------------------------------------
# "hectares of cereal and sunflower crops in the region": the phrase after "of" ends at a
# preposition, a verb or a clause word; its last noun is what is measured.
OF_PHRASE = re.compile(r",?\s+of\s+(?:(?:the|its|their|his|her|our|this|that|these|those)\s+)?"
                       r"(?=[a-z])")
PHRASE_WORD = re.compile(r"\s*(?P<word>[a-z][a-z'’-]*)")
PHRASE_ENDS = frozenset(
    "in near at across on from for with that which who whom whose had have has was were is are been be being "
    "will would could can may might must should to by as into along around after before since while during "
    "under over through between within about of where when than per a an the this these those it its them "
    "they their some all each one so already now also still reportedly just only last next every this "
    "year years month months week weeks day days today yesterday fell fallen fall falls poured pours came "
    "accumulated".split())
# "22 mm of rain fell", "rainfall totals reached 21 inches": what falls from the sky, by its one name
PRECIPITATION = {"rain": "rainfall", "rainfall": "rainfall", "rains": "rainfall", "precipitation": "rainfall",
                 "snow": "snowfall", "snowfall": "snowfall"}
PRECIPITATION_BEFORE = re.compile(r"\b(?P<word>rain|rainfall|rains|precipitation|snow|snowfall)\b[^.;,]{0,40}$",
                                  re.IGNORECASE)
CONJUNCTIONS = ("and", "or")
# Land a fire burns or a storm ruins: an area "of scrub", "of forest" is still an area.
LAND = frozenset(
    "scrub scrubland brush brushland forest forests forestland woodland woodlands woods timber timberland land "
    "lands farmland grassland grasslands pine pines vegetation terrain wilderness bush bushland heath heathland "
    "moorland moor countryside wildland wildlands chaparral grass trees ground territory area areas space "
    "hillside hillsides mountainside desert savanna peat peatland marsh marshland wetland wetlands jungle "
    "rainforest parkland acreage".split())
# a length "of track", "of rain"; but a "stretch of" names no thing, and "within 3 miles of
# the fire" is a distance to it
GENERIC_LENGTH = frozenset("stretch section length strip portion part distance way".split())
WITHIN = re.compile(r"\b(?:within|inside)\s+$", re.IGNORECASE)
# What happened to an area: "hectares of crops ... had been damaged", "flooded 300 acres".
STATES = {"damaged": "damaged", "destroyed": "damaged", "lost": "damaged", "ruined": "damaged",
          "affected": "affected", "burned": "burned", "burnt": "burned", "scorched": "burned",
          "charred": "burned", "blackened": "burned", "consumed": "burned", "razed": "burned",
          "flooded": "flooded", "inundated": "flooded", "submerged": "flooded", "planted": "planted",
          "sown": "planted", "harvested": "harvested", "cleared": "cleared", "deforested": "cleared",
          "logged": "cleared", "irrigated": "irrigated"}
_STATE_WORDS = "|".join(sorted(STATES, key=len, reverse=True))
STATE_AFTER = re.compile(
    r"(?:\s+(?:in|near|across|around|on|throughout)\s+(?:the\s+)?[a-z'’-]+(?:\s+(?:of\s+)?[a-z'’-]+)?)?"
    r"(?:\s+(?:had|have|has|were|was|are|is|been|being|already|now|also|reportedly|so\s+far|either|all|or))*"
    rf"\s+(?P<verb>{_STATE_WORDS})\b", re.IGNORECASE)
STATE_BEFORE = re.compile(rf"\b(?P<verb>{_STATE_WORDS})\s+$", re.IGNORECASE)

# --- a figure restated in other units ------------------------------------------------------
# the larger unit of a compound measure before the figure: "6 feet 9 inches", "8 pounds 2 ounces"
COMPOUND_BEFORE = re.compile(r"\d[\d.,]*\s*(?:feet|foot|ft|pounds?|lbs?|stone|st|miles?|yards?|metres?|meters?|m|kg)"
                             r"\.?\s*,?\s+$", re.IGNORECASE)
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
ROUGHLY = (r"(?:(?:about|around|approximately|approx\.|roughly|some|nearly|almost|more\s+than|over|at\s+least|"
            r"up\s+to|just\s+over|just\s+under)\s+)?")
RESTATED = re.compile(r"\s*\((?P<inner>[^()]{1,60})\)|,?\s+or\s+(?P<or>" + ROUGHLY + r"[-−]?\d)", re.IGNORECASE)
INNER_NUMBER = re.compile(rf"\s*(?P<hedge>{ROUGHLY})(?P<num>{NUM})(?:\s*(?:-|–|to)\s*(?P<num2>{NUM}))?"
                          r"(?P<scale>\s*(?:thousand|million|billion)|(?<=\d)(?:bn|mn|m)(?=\s))?", re.IGNORECASE)
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "mn": 1e6, "m": 1e6}



def find(ctx):
    taken = []
    if "agnitude" in ctx.text or "Richter" in ctx.text or "quake" in ctx.text or "eismolog" in ctx.text or \
            MAGNITUDE_M.search(ctx.text):
        yield from _magnitudes(ctx, taken)
    for number in ctx.numbers:
        if number.unit or number.qualifier == "vague":
            continue
        if taken and any(s <= number.number_start < e for s, e in taken):
            continue
        unit = UNIT.match(ctx.text, number.end)
        if not unit:
            continue
        found = measurement_unit(unit.group("unit"))
        if not found or CALIBRE_AFTER.match(ctx.text, unit.end()) or FEET_AND_INCHES.match(ctx.text, unit.end()):
            continue  # "155mm artillery shells", "a 9mm handgun": a calibre names the weapon
        name, dimension = found
        end, restated, bounds = _restated(ctx.text, unit.end(), dimension)
        taken.append((number.start, end))
        detail = {"stated": ctx.text[number.start:unit.end()], "dimension": dimension}
        if restated:
            detail["restated"] = restated
            if not COMPOUND_BEFORE.search(ctx.text, max(0, number.start - 20), number.start):
                detail["restated_as"] = bounds  # (not "6 feet 9 inches (2.06 metres)": the whole is converted)
        measure = _measure(ctx.text, number.start, end, dimension)
        period = per_period(ctx.text, end)
        if AVERAGE_BEFORE.search(ctx.text, max(0, number.start - 50), number.start):
            measure = f"average {measure}"  # "the average wildfire in the region burns about 50 hectares"
        if DIFFERENCE_AFTER.match(ctx.text, end):
            measure = f"{measure} difference"  # "about 25 knots above its reference landing speed"
        moved = MOVED_BY_BEFORE.search(ctx.text, max(0, number.start - 60), number.start) \
            or SIZE_OF_BEFORE.search(ctx.text, max(0, number.start - 60), number.start)
        if moved and not period:  # "the fire grew by 750 hectares overnight": how far it moved, no level
            sign = 1 if moved.re is MOVED_BY_BEFORE and moved.group("up") or moved.re is SIZE_OF_BEFORE \
                and moved.group("noun").lower() in RISE_NOUNS else -1
            low, high = sorted((sign * number.low, sign * number.high))
            yield Match(number.start, end, "figure", f"{measure}_change", value=sign * number.value, low=low,
                        high=high, unit=name, qualifier=number.qualifier, anchor=number.start,
                        detail=detail | {"cue": moved.group(0).strip()})
            continue
        yield Match(number.start, end, "figure", f"{measure} per {period}" if period else measure, value=number.value,
                    low=number.low, high=number.high, unit=name, qualifier=number.qualifier, anchor=number.start,
                    detail=detail)


# the size of a move before a quantity: "grew by 750 hectares", "the lake has dropped by 2 metres" (and, as
# a noun, figures.SIZE_OF_BEFORE: "an increase of more than 1,500 hectares"; not "spread over 750 hectares")
MOVED_BY_BEFORE = re.compile(
    r"\b(?:(?P<up>grew|grown|grows|growing|expanded|expands|expanding|increased|increases|rose|risen|rises|jumped|"
    r"climbed|spread|spreads|spreading)|shrank|shrunk|shrinks|decreased|decreases|fell|fallen|falls|dropped|drops|"
    r"declined|declines|receded)\s+by\s+" + SIZE_HEDGE + "$", re.IGNORECASE)


# a quantity told against another: "25 knots above its reference landing speed", "2 metres higher than
# the old record" (not "10 km below the surface", "3,000 metres above sea level": where it is)
DIFFERENCE_AFTER = re.compile(r"\s+(?:above|below|faster|slower|higher|lower|more|less|shorter|longer|short\s+of)\s+"
                              r"(?:than\s+)?(?:its|the|their|his|her|that|a|an)\s+(?=(?-i:[a-z]))"
                              r"(?!(?:sea|ground|surface|seabed|sea\s*floor|waterline|water)\b)", re.IGNORECASE)


def _magnitudes(ctx, taken):
    for match in MAGNITUDE.finditer(ctx.text):
        if match.group("a") and match.group(0)[0] == "m" and not match.group(0).lower().startswith("magnitude"):
            continue  # a lower-case "m" is metres, not a magnitude
        group = "a" if match.group("a") else "b" if match.group("b") else "c"
        value = float(match.group(group))
        if not 0 < value < 10.5:
            continue
        number = next((n for n in ctx.numbers if n.number_start == match.start(group)), None)
        start = number.start if number and number.start < match.start() else match.start()
        low, high, qualifier = (number.low, number.high, number.qualifier) if number else (value, value, "exact")
        taken.append((start, match.end()))
        # "aftershocks ..., the strongest a magnitude 5.2": an aftershock's, not the quake's
        measure = "aftershock magnitude" if "aftershock" in ctx.lower[max(0, match.start() - 70):match.start()] \
            else "magnitude"
        yield Match(start, match.end(), "figure", measure, value=value, low=low, high=high,
                    qualifier=qualifier, anchor=match.start(group), detail={"stated": match.group(0)})


# --- what a measurement measures -----------------------------------------------------------

def _measure(text: str, start: int, end: int, dimension: str) -> str:
    """The noun the quantity belongs to, with what happened to an area; else the dimension
    (what a thing holds when full is its `capacity`, never a level of what it holds now)."""
    if dimension in ("volume", "mass", "power") and CAPACITY_BEFORE.search(text, max(0, start - 70), start):
        return "capacity"
    head, head_end = _of_head(text, end)
    if dimension == "area":
        state = _state(text, start, head_end)
        if head and not all(word in LAND for word in head.split() if word not in CONJUNCTIONS):
            return f"{head} {state}" if state else head
        # a fire's or a storm's land ("burned 600 hectares of scrub") is the area
        return "area" if state in ("", "burned", "damaged") else f"area {state}"
    if dimension == "length":
        named = QUANTITY_OF.search(text, max(0, start - 20), start)
        if named:
            return named.group("noun").lower()
        if head in PRECIPITATION:
            return PRECIPITATION[head]
        fallen = PRECIPITATION_BEFORE.search(text, max(0, start - 50), start)
        if fallen and not head:
            return PRECIPITATION[fallen.group("word").lower()]
        if DEPTH_AFTER.match(text, end):  # "trapped 500 metres below ground", "a shaft 600m deep"
            return "depth"
        if head and head not in GENERIC_LENGTH and not WITHIN.search(text, max(0, start - 12), start):
            return head
        return dimension
    if dimension in ("mass", "volume") and head:
        return head
    if dimension == "speed":  # a wind's speed is no vehicle's ("gusts of up to 40 knots", "winds of 120 mph")
        winds = list(WIND_WORD.finditer(text, max(0, start - 40), start))
        if winds and not CLAUSE_BREAK.search(text, winds[-1].end(), start):
            return "wind gusts" if winds[-1].group("gusts") else "wind speed"
    return dimension


FEET_AND_INCHES = re.compile(r"\s*\d{1,2}\s*(?:in|inches|ins)\b", re.IGNORECASE)  # "a 6ft 2in man": a height, no feet
WIND_WORD = re.compile(r"\b(?:(?P<gusts>gusts?|gusting|gusted)|winds?|wind\s+speeds?)\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[.;,]")
# "When full, the lake holds 9.2 million acre-feet", "a capacity of 1,200 megawatts", "can store 40,000
# tonnes": what it may hold, not what it holds
CAPACITY_BEFORE = re.compile(r"(?:\bwhen\s+(?:it\s+is\s+)?full\b|\bat\s+full\s+(?:capacity|pool)\b|\bcapacity\s+(?:of|to\s+"
                             r"\w+|is|was|stands\s+at)\b|\bcan\s+(?:hold|store|carry|produce|generate)\b|"
                             r"\b(?:designed|built|able)\s+to\s+(?:hold|store|carry|produce|generate)\b),?"
                             r"(?:(?!\b(?:and|but|while|now)\b)[^.;:,]){0,50}$",
                             re.IGNORECASE)
# how far down, which outlets tell in these words as often as "at a depth of"
DEPTH_AFTER = re.compile(r"\s+(?:below\s+(?:the\s+)?(?:ground|surface)|beneath\s+the\s+(?:ground|surface)|underground|"
                         r"deep\b(?!\s+(?:in|into|inside)\b))", re.IGNORECASE)


def _of_head(text: str, end: int) -> tuple[str, int]:
    """What an "of" phrase after a quantity names, and where that name ends:
    "of cereal and sunflower crops in the region" -> ("crops", end of "crops");
    "of wheat and barley" -> ("wheat and barley", ...); "of the 30 km" -> ("", end)."""
    of = OF_PHRASE.match(text, end)
    if not of:
        return "", end
    words: list[tuple[str, int]] = []
    position = of.end()
    while len(words) < 6:
        token = PHRASE_WORD.match(text, position)
        if not token:
            break
        word = token.group("word").lower()
        if word in PHRASE_ENDS or (word in STATES and words):
            break
        words.append((word, token.end()))
        position = token.end()
    while words and words[-1][0] in CONJUNCTIONS:
        words.pop()
    if not words or words[0][0] in CONJUNCTIONS:
        return "", end
    plain = [w for w, _ in words]
    if any(w in CONJUNCTIONS for w in plain):
        last = max(i for i, w in enumerate(plain) if w in CONJUNCTIONS)
        # "cereal and sunflower crops": one head shared; "wheat and barley": two things
        head = plain[-1] if len(plain) - last - 1 >= 2 else " ".join(plain)
    else:
        head = plain[-1]
    return head, words[-1][1]


def _state(text: str, start: int, end: int) -> str:
    """What happened to an area: "damaged" for "... had already been damaged", "lost or
    damaged", "destroyed 300 acres"; "" when the sentence does not say."""
    after = STATE_AFTER.match(text, end)
    before = STATE_BEFORE.search(text, max(0, start - 30), start)
    verb = after or before
    return STATES[verb.group("verb").lower()] if verb else ""


def _restated(text: str, end: int, dimension: str) -> tuple[int, str, list | None]:
    """Where a figure's words end, past a conversion that restates it ("(600 hectares)",
    ", or 12 miles"), that conversion ("" when there is none) and its bounds."""
    match = RESTATED.match(text, end)
    if not match:
        return end, "", None
    if match.group("inner") is not None:
        inner = match.group("inner")
        number = INNER_NUMBER.match(inner)
        unit = UNIT.match(inner, number.end()) if number else None
        found = measurement_unit(unit.group("unit")) if unit else None
        ok = bool(found) and found[1] == dimension and not inner[unit.end():].strip()
        return (match.end(), " ".join(inner.split()), _bounds(number, found[0])) if ok else (end, "", None)
    start = match.start("or")
    number = INNER_NUMBER.match(text, start)
    unit = UNIT.match(text, number.end()) if number else None
    found = measurement_unit(unit.group("unit")) if unit else None
    if found and found[1] == dimension:
        return unit.end(), text[start:unit.end()], _bounds(number, found[0])
    return end, "", None


def _bounds(number: re.Match, unit: str) -> list:
    """[low, high, unit] of a conversion, as rounded as it is written (detail `restated_as`),
    for the arithmetic to check it against the figure it restates."""
    scale = SCALES[number.group("scale").strip().lower()] if number.group("scale") else 1.0
    first = rounding_bounds(number.group("num"), float(number.group("num").replace(",", "")) * scale,
                              number.group("hedge"))
    last = rounding_bounds(number.group("num2"), float(number.group("num2").replace(",", "")) * scale) \
        if number.group("num2") else first
    return [first[0], last[1], unit]


EXAMPLES = (
    Example("The Palisades fire has burned more than 12,000 acres in Los Angeles.",
            ({"measure": "area", "value": 12000, "low": 12000, "high": float("inf"), "unit": "acre"},)),
    Example("About 4,900 hectares burned in Attica.", ({"measure": "area", "unit": "hectare", "value": 4900},)),
    Example("The convoy carried 3,000 tonnes of aid to Gaza.",
            ({"measure": "aid", "unit": "metric_ton", "value": 3000},)),
    Example("The new line adds a 5.8 km stretch of track.", ({"measure": "length", "unit": "kilometer"},)),
    Example("Flames spread across about 2,300 hectares of scrub.",
            ({"measure": "area", "unit": "hectare", "value": 2300},), note="an area of scrub is an area"),
    Example("Winds of 60 to 80 kilometres per hour fanned the blaze; gusts reached 55 mph.",
            ({"measure": "wind speed", "low": 60, "high": 80, "unit": "kilometer / hour"},
             {"measure": "wind gusts", "value": 55, "unit": "mile_per_hour"}),
            note="a wind's speed is no vehicle's, and a gust no sustained wind"),
    Example("The plane crossed the threshold at 162 knots, about 25 knots above its reference speed.",
            ({"measure": "speed", "value": 162, "unit": "knot"}, {"measure": "speed difference", "value": 25}),
            note="a quantity told against another is their difference"),
    Example("The Sagebrush Creek fire grew by 750 hectares overnight.",
            ({"measure": "area_change", "value": 750, "unit": "hectare"},), note="how far it moved, no level"),
    Example("A magnitude 6.2 earthquake struck off Sumatra; the USGS put the magnitude at 6.0.",
            ({"measure": "magnitude", "value": 6.2, "unit": ""}, {"measure": "magnitude", "value": 6.0})),
    Example("The 7.8-magnitude quake flattened towns in 2015.", ({"measure": "magnitude", "value": 7.8},)),
    Example("The quake struck at a depth of 35 km, and Japan's agency measured it at 6.1.",
            ({"measure": "depth", "value": 35, "unit": "kilometer"}, {"measure": "magnitude", "value": 6.1})),
    Example("Dozens of aftershocks followed, the strongest a magnitude 4.9.",
            ({"measure": "aftershock magnitude", "value": 4.9},)),
    Example("Growers in Punjab said 12,000 hectares of wheat had been flooded.",
            ({"measure": "wheat flooded", "unit": "hectare", "value": 12000},),
            note="what an area is of, and what happened to it, is the measure"),
    Example("The blaze charred about 3,400 acres (1,375 hectares) of pine forest near Flagstaff.",
            ({"measure": "area", "unit": "acre", "value": 3400, "low": 3230, "high": 3570,
              "surface": "about 3,400 acres (1,375 hectares)"},),
            note="a bracketed conversion is the same figure, not a second claim"),
    Example("The ferry leaves at 6 pm from Piraeus.", (), note="near miss: a time, not picometres"),
    Example("About 9,600 troops serve there.", (), note="near miss: troops are no unit"),
    Example("The vote was 83 to 23 in Tbilisi.", (), note="a tally, not a measurement"),
    Example("The town's population of about 48,000 has grown by a fifth.", (), note="near miss: 'has' is no hectares"),
)
