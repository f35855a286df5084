"""A temperature: "46.8 degrees Celsius", "47.1C", "38°C", "100 degrees F", "minus 5C".

Measure `temperature` (or `low temperature`, `record temperature`, `water temperature`...
when the clause says so), unit `degree_Celsius` or `degree_Fahrenheit`, the value as
stated.  A reading is rounded to its last digit, so "46.8C" is [46.75, 46.85] and "40 C"
[39.5, 40.5] (a range or alternatives, "41 or 42 degrees", from the first's low to the
last's high); qualifiers are in degrees ("about" one degree either way, "topped" at
least).  A bare "C" or "F" is a scale only in a story about heat or cold, never after a
label ("Section 3 C", "seat 12F") nor before a hyphen or a word ("30 C-130 aircraft").
A difference ("5C above average", "temperatures rose 3C", "warming of 1.5C") is no level
and is not read.

A conversion right after it ("46.8 degrees Celsius (116.2 degrees Fahrenheit)", "40C, or
104F") is the same figure restated: part of its words (detail `restated`), never a second
claim.
"""

import re
from functools import lru_cache

from checker.rulekit import Example, Match
from checker.units import absolute_zero, temperature_unit
from checker_rules.figures.measurements import NUM, RESTATED, ROUGHLY

_SP = "[ \u00a0\u202f\u2009]?"
_DEGREE = "[°º˚]"
_AFTER_LETTER = r"(?![\w'’+&]|-(?!plus\b)|\.\w)"  # "30 C-130", "C's", "C.F.R." are no scale


def _signed(name: str) -> str:
    """A number with its sign ("minus 5", "-3", "−3"), never the "52" of "B-52"."""
    return (rf"(?:(?<![\w.,\-−–/])(?P<{name}_sign>(?:[Mm]inus|[Nn]egative)\s+|[-−–])(?=\d)"
            rf"|(?<![\w.,\-−–/]))(?P<{name}>{NUM})")


_SCALE = (rf"(?:{_SP}{_DEGREE}{_SP}(?P<symbol>[CF])(?![A-Za-z])"
          rf"|{_SP}(?P<sign_char>[℃℉])"
          rf"|{_SP}(?:{_DEGREE}{_SP})?(?:[Dd]egrees?|[Dd]eg\.?)\s+"
          rf"(?:(?P<word>[Cc]elsius|[Cc]entigrade|[Ff]ahrenheit)\b|(?P<letter>[CF]){_AFTER_LETTER})"
          rf"|{_SP}(?P<named>[Cc]elsius|[Cc]entigrade|[Ff]ahrenheit)\b"
          rf"|(?P<bare>{_SP}[CF]){_AFTER_LETTER})")
TEMPERATURE = re.compile(_signed("n") + _SCALE)
TEMPERATURE_RANGE = re.compile(
    rf"(?P<between>\b[Bb]etween\s+)?{_signed('a')}(?:{_SP}{_DEGREE}?{_SP}[CF](?![\w-]))?"
    rf"\s*(?P<link>-|–|—|\s+to\s+|\s+and\s+|\s+or\s+)\s*(?P<b_sign>(?:[Mm]inus|[Nn]egative)\s+|[-−])?(?P<b>{NUM})"
    + _SCALE)
TEMPERATURE_HINT = re.compile(r"\d\s?(?:[CF°º˚℃℉]|[Dd]eg)|[Cc]elsius|[Ff]ahrenheit|[Cc]entigrade")
# the story is about heat or cold: only then is a bare "C" or "F" a scale
WEATHER = re.compile(r"\b(?:temperatures?|temps?|heat\w*|shiver\w*|snow\w*|icy|winter|summer|thaw\w*|"
                     r"hot|hotter|hottest|warm|warmer|warmest|"
                     r"cold|colder|coldest|cool|cooler|chill|freez\w*|frost\w*|degrees?|thermometers?|mercury|"
                     r"highs?|lows?|forecast\w*|weather|swelter\w*|scorch\w*|ovens?|bake[ds]?|baking|boil\w*|roast\w*|"
                     r"cook\w*|fry|fried|frying|grill\w*|preheat\w*|simmer\w*|melt\w*|"
                     r"fever|celsius|fahrenheit|climate)\b|°", re.IGNORECASE)
# a number that labels: "Section 3 C", "seat 12F", "Form 30C"
LABEL = re.compile(r"\b(?:section|grade|class|row|seat|gate|room|unit|apartment|flat|floor|level|block|type|form|"
                   r"model|vitamin|category|phase|stage|exhibit|annex|schedule|part|chapter|article|platform|"
                   r"terminal|pier|building|bay|zone|lot|box|channel|group|division|tier|item|line|route|bus|"
                   r"flight|hall|wing|ward|court|figure|table|appendix|page|plan|option|question|column|no\.|"
                   r"number|size|batch|series|version|track|lane|suite|cabin|deck|car|coach)\s+$",
                   re.IGNORECASE)
# a difference, not a level: "rose 5C", "a rise of 2C", "warming of 1.5C", "by 3C"
DIFFERENCE_BEFORE = re.compile(
    r"\b(?:(?:rose|rise|rises|risen|rising|climbed|jumped|soared|fell|falls|fallen|dropped|drops|dipped|plunged|"
    r"plummeted|increased|decreased|warmed|cooled|up|down|by)\s+|"
    r"(?:rise|increase|drop|fall|jump|swing|difference)\s+(?:of|to|at)\s+)"
    r"(?:(?:about|around|nearly|almost|some|roughly|just|only|more\s+than|over|up\s+to|as\s+much\s+as|"
    r"an\s+estimated|a\s+further|another)\s+)?$"
    r"|\b(?:warming|cooling|anomaly|anomalies)\b(?:\s+[\w-]+){0,4}\s+$", re.IGNORECASE)
DIFFERENCE_AFTER = re.compile(
    r"\s*(?:above|below|higher|lower|warmer|cooler|colder|hotter|more|less|short\s+of|of\s+(?:warming|cooling)|"
    r"(?:rise|increase|drop|fall|jump|swing|anomaly|difference|target|goal|limit|threshold)\b)", re.IGNORECASE)
# "topped 40 C", "did not fall below 28C": at least the value
AT_LEAST_BEFORE = re.compile(r"\b(?:topped|tops|topping|exceeded|exceeding|surpassed|passed|broke|"
                             r"(?:not|never)\s+(?:fall|fell|drop|dropped|dip|dipped|go|went)\s+below|"
                             r"(?:stayed|remained|stay|remain)\s+above)\s+$", re.IGNORECASE)
CLAUSE_START = re.compile(r"[,;:!?]|\s[–—]\s")
# what the clause says the temperature is: checked in this order (a "record low" is both)
KINDS = (("apparent temperature", re.compile(r"\b(?:heat\s+index|feels?[\s-]+like|real[\s-]?feel|wind[\s-]?chill|"
                                             r"apparent\s+temperature)", re.IGNORECASE)),
         ("water temperature", re.compile(r"\b(?:sea|seas|ocean|water|waters|lake|river|sea-surface)\b",
                                          re.IGNORECASE)),
         ("body temperature", re.compile(r"\b(?:body|fever|core)\b", re.IGNORECASE)),
         ("cooking temperature", re.compile(r"\b(?:ovens?|bake[ds]?|baking|roast(?:ed|ing)?|fry|fried|frying|grill"
                                            r"(?:ed)?|cook(?:ed|ing)?|preheat(?:ed)?)\b", re.IGNORECASE)))
# the nearest of these before the figure: "lows of minus 12C ... highs of -4C"
HIGH_OR_LOW = re.compile(r"\b(?:(?P<low>lows?|overnight|night-?time|nighttime|minimums?|at\s+night)|"
                         r"highs?|maximums?|daytime|day-time)\b", re.IGNORECASE)
LOW_AFTER = re.compile(r"\s*(?:overnight|at\s+night|during\s+the\s+night)\b", re.IGNORECASE)
RECORD = re.compile(r"\brecords?\b(?!ed)", re.IGNORECASE)
AVERAGE = re.compile(r"\b(?:average|averaged|mean|normal|usual)\b", re.IGNORECASE)
ABOUT_DEGREES = 1.0  # "about 44C": a degree either way, on the stated scale
UP_TO_DEGREES = 2.0  # "up to 44C": the highs come near it


ALTERNATIVE_DEGREES = 5  # "41 or 42 degrees": alternatives a few degrees apart


def _alternatives(text: str, match: re.Match) -> bool:
    """"41 or 42 degrees": two bare readings a few degrees apart, the scale after both."""
    apart = float(match.group("b").replace(",", "")) - float(match.group("a").replace(",", ""))
    signed = bool(match.group("a_sign")) != bool(match.group("b_sign"))  # "minus 37 or 38C": a sign for both
    return not text[match.end("a"):match.start("link")].strip() and 0 < apart <= ALTERNATIVE_DEGREES and not signed


def find(ctx):
    if not TEMPERATURE_HINT.search(ctx.text):
        return
    text = ctx.text
    taken: list[tuple[int, int]] = []  # a range read first keeps its numbers
    dates = [d.span for d in ctx.dates]
    spans = [(m, True) for m in TEMPERATURE_RANGE.finditer(text)] + [(m, False) for m in TEMPERATURE.finditer(text)]
    for match, is_range in spans:
        first = match.start("a_sign" if is_range and match.group("a_sign") else "a") if is_range else \
            match.start("n_sign") if match.group("n_sign") else match.start("n")
        if is_range and bool(match.group("between")) != ("and" in match.group("link")):
            continue  # "38 and 40C" without "between" is two figures
        if is_range and "or" in match.group("link") and not _alternatives(text, match):
            continue  # "44C or 111F": one reading in two scales, not alternatives
        if any(s < match.end() and first < e for s, e in taken + dates):
            continue
        scale = next(match.group(g) for g in ("symbol", "sign_char", "word", "letter", "named", "bare")
                     if match.group(g))
        unit = temperature_unit(scale)
        if unit is None or not _is_scale(ctx, match, first):
            continue
        if DIFFERENCE_BEFORE.search(text, max(0, first - 40), first) or DIFFERENCE_AFTER.match(text, match.end()):
            continue  # "rose 5C", "5C above average": a difference, not a temperature
        found = _temperature(ctx, match, first, unit, is_range)
        if found is None:
            continue
        taken.append((found.start, found.end))
        yield found


def _is_scale(ctx, match, first: int) -> bool:
    """A bare "C" or "F" is a scale only in a story about heat or cold, after no label; a
    spaced one ("40 C") in a sentence about it or restated in the other scale."""
    if not match.group("bare"):
        return True
    text = ctx.text
    if LABEL.search(text, max(0, first - 14), first):
        return False
    if WEATHER.search(text) or _paired(text, match.end()):
        return True
    spaced = len(match.group("bare")) > 1
    return not spaced and _about_weather(ctx.document.text)


def _paired(text: str, end: int) -> bool:
    restated = RESTATED.match(text, end)
    inner = restated.group("inner") if restated else None
    return bool(inner and TEMPERATURE.fullmatch(inner.strip()))


@lru_cache(maxsize=16)
def _about_weather(document_text: str) -> bool:
    return bool(WEATHER.search(document_text))


def _temperature(ctx, match, first: int, unit: str, is_range: bool) -> Match | None:
    text = ctx.text
    if is_range:
        a, b = _number(match.group("a"), match.group("a_sign")), _number(match.group("b"), match.group("b_sign"))
        if not a < b:
            return None
        rounding = max(_rounding(match.group("a")), _rounding(match.group("b")))
        start = match.start("between") if match.group("between") else first
        value, low, high, qualifier = (a + b) / 2, a - rounding, b + rounding, "range"
    else:
        value = _number(match.group("n"), match.group("n_sign"))
        start, qualifier = _temperature_qualifier(ctx, first)
        low, high, qualifier = _interval(value, _rounding(match.group("n")), qualifier, unit)
        after = ctx.config.qualifier_after_re.match(text, match.end()) if ctx.config.qualifier_after_re else None
        if after and qualifier == "exact" and ctx.config.qualifiers_after[after.group(1).lower()].kind == "at_least":
            low, high, qualifier = value, float("inf"), "at_least"  # "40C or more", "40C-plus"
    if abs(value) >= 10_000:
        return None
    end, restated, bounds = _restated(text, match.end())
    detail = {"stated": text[start:match.end()], "dimension": "temperature"}
    if restated:
        detail["restated"] = restated
        if bounds:
            detail["restated_as"] = bounds
    low, high = round(low, 9), round(high, 9)  # 46.8 - 0.05 is 46.75, not 46.749999999999996
    return Match(start, end, "figure", _temperature_measure(text, first, end), value=value, low=low, high=high,
                 unit=unit, qualifier=qualifier, anchor=first, detail=detail)


def _number(digits: str, sign: str | None) -> float:
    return float(digits.replace(",", "")) * (-1 if sign else 1)


def _rounding(digits: str) -> float:
    """Half the last stated digit: "46.8" -> 0.05, "40" -> 0.5."""
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return 0.5 * 10 ** -decimals


def _temperature_qualifier(ctx, first: int) -> tuple[int, str]:
    """Where the figure's words start and its qualifier kind: "around 44C" -> about."""
    head = ctx.text[max(0, first - 30):first]
    at_least = AT_LEAST_BEFORE.search(head)
    if at_least:
        return first, "at_least"
    pattern = ctx.config.qualifier_before_re
    found = pattern.search(head) if pattern else None
    if not found:
        return first, "exact"
    return first - len(head) + found.start(1), ctx.config.qualifiers_before[found.group(1).lower()].kind


def _interval(value: float, rounding: float, kind: str, unit: str) -> tuple[float, float, str]:
    """[low, high] of a temperature in degrees of its scale (a multiple of a temperature
    means nothing: 0C is not "nothing")."""
    if kind == "about":
        return value - ABOUT_DEGREES - rounding, value + ABOUT_DEGREES + rounding, kind
    if kind == "close_to":
        return value - ABOUT_DEGREES - rounding, value + rounding, kind
    if kind == "just_over":
        return value - rounding, value + ABOUT_DEGREES + rounding, kind
    if kind == "at_least":
        return value, float("inf"), kind
    if kind == "at_most":
        return absolute_zero(unit), value, kind
    if kind == "up_to":
        return value - UP_TO_DEGREES - rounding, value + rounding, kind
    return value - rounding, value + rounding, "exact"


def _temperature_measure(text: str, first: int, end: int) -> str:
    """"Seville's overnight low of 30C" -> low temperature; "the national record of 47.6C"
    -> record temperature; "sea temperatures of 30C" -> water temperature."""
    clause_start = max((m.end() for m in CLAUSE_START.finditer(text, 0, first)), default=0)
    clause = text[max(clause_start, first - 80):first]
    measure = next((name for name, pattern in KINDS if pattern.search(clause)), "")
    if not measure:
        nearest = None
        for nearest in HIGH_OR_LOW.finditer(clause):
            pass
        low = nearest.group("low") if nearest else LOW_AFTER.match(text, end)
        measure = "low temperature" if low else "temperature"
    if AVERAGE.search(clause):
        measure = f"average {measure}"
    if RECORD.search(clause):
        measure = f"record {measure}"
    return measure


def _restated(text: str, end: int) -> tuple[int, str, list | None]:
    """Where the figure's words end, past the same temperature in the other scale
    ("(116.2 degrees Fahrenheit)", ", or 104F"), that restatement ("" when none) and its
    bounds ([low, high, unit], rounded to its last digit; None when hedged)."""
    match = RESTATED.match(text, end)
    if not match:
        return end, "", None
    if match.group("inner") is not None:
        inner = match.group("inner").strip()
        found = TEMPERATURE.match(inner)
        if not found or found.end() != len(inner):
            return end, "", None
        return match.end(), " ".join(inner.split()), _bounds(found)
    start = match.start("or")
    hedge = re.match(ROUGHLY, text[start:], re.IGNORECASE).group(0)
    found = TEMPERATURE.match(text, start + len(hedge))
    if not found:
        return end, "", None
    return found.end(), text[start:found.end()], None if hedge.strip() else _bounds(found)


def _bounds(found: re.Match) -> list | None:
    """[low, high, unit] of a temperature restated in the other scale (detail `restated_as`)."""
    scale = next((found.group(g) for g in ("symbol", "sign_char", "word", "letter", "named", "bare") if found.group(g)),
                 "")
    unit = temperature_unit(scale)
    if unit is None:
        return None
    value, half = _number(found.group("n"), found.group("n_sign")), _rounding(found.group("n"))
    return [round(value - half, 9), round(value + half, 9), unit]


EXAMPLES = (
    Example("Temperatures reached 41 or 42 degrees Celsius on Tuesday.",
            ({"measure": "temperature", "unit": "degree_Celsius", "low": 40.5, "high": 42.5, "qualifier": "range"},),
            note="alternatives are one interval, each end a reading rounded to its digit"),
    Example("Phoenix hit 118 degrees Fahrenheit (47.8 degrees Celsius) on Monday.",
            ({"measure": "temperature", "unit": "degree_Fahrenheit", "value": 118, "low": 117.5, "high": 118.5},)),
    Example("Overnight lows of minus 12C gripped Helsinki as highs struggled to reach -4°C.",
            ({"measure": "low temperature", "unit": "degree_Celsius", "value": -12, "low": -12.5, "high": -11.5},
             {"measure": "temperature", "unit": "degree_Celsius", "value": -4})),
    Example("The air force flew 30 C-130 transports to Section 4 C of the base.",
            (), note="near miss: letters, not degrees"),
    Example("Temperatures in Madrid rose 5C overnight and were 3C above the seasonal average.",
            (), note="near miss: differences, not temperatures"),
)
