"""Numbers and their qualifiers -> a value and the interval it really claims.

Shared machinery for every figure rule: "close to 4,000" is [3,800, 4,000], "more than
3,600" is [3,600, inf), "dozens" is [24, 99].  Written once, property-tested, so a rule
only says which counted noun or event word turns a number into a claim.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from checker import dates
from checker.alternation import alternation
from checker.config import Config, Qualifier

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES = {word: i for i, word in enumerate(UNITS)} | {w: 20 + 10 * i for i, w in enumerate(TENS)}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000, "m": 1_000_000,
          "crore": 10_000_000, "crores": 10_000_000, "lakh": 100_000, "lakhs": 100_000, "dozen": 12}
# Plural quantity words: an interval, not a value ("dozens of protesters").
VAGUE = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999), "several": (3, 9), "a few": (2, 5),
    "a handful of": (2, 6), "several hundred": (300, 900), "several thousand": (3_000, 9_000),
    "several dozen": (36, 108), "a couple of": (2, 2), "a couple": (2, 2),
}
FIXED = {"a dozen": 12, "dozen": 12, "half a dozen": 6, "a hundred": 100, "a thousand": 1_000,
         "a million": 1_000_000, "a billion": 1_000_000_000, "half a million": 500_000,
         "half a billion": 500_000_000, "a quarter of a million": 250_000, "quarter of a million": 250_000,
         "three-quarters of a million": 750_000, "three quarters of a million": 750_000,
         "a quarter of a billion": 250_000_000, "quarter of a billion": 250_000_000}


def _currencies() -> tuple[dict[str, str], dict[str, str], frozenset[str], frozenset[str], dict[str, str]]:
    """Currency symbols, words, ISO codes and words for hundredths from the vocabulary data (`[currencies]`)."""
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("checker.data").joinpath("vocabulary.toml").read_text("utf-8"))
    table = data.get("currencies", {})
    symbols = {k.lower(): v for k, v in table.get("symbols", {}).items()}
    words = {k.lower(): v for k, v in table.get("words", {}).items()}
    return (symbols, words, frozenset(w.lower() for w in table.get("after_scale_only", [])),
            frozenset(table.get("codes", [])), {k.lower(): v for k, v in table.get("hundredths", {}).items()})


CURRENCY_SYMBOLS, CURRENCY_WORDS, SCALE_ONLY_WORDS, CURRENCY_CODES, HUNDREDTHS = _currencies()
CURRENCIES = CURRENCY_SYMBOLS | CURRENCY_WORDS | {code.lower(): code for code in CURRENCY_CODES}
# ISO codes are money only in capitals: "RON 45 million", "12m NOK" (never "the Mad 5")
_CODES = "(?-i:" + "|".join(sorted(CURRENCY_CODES)) + ")" if CURRENCY_CODES else "(?!)"

_SEP = "[,\u00a0\u202f\u2009]"
# "2,5 kilometres", "1,5 million": a European decimal comma, read as one only where a unit,
# a scale word or a percent sign right after it makes that unambiguous.
_EUROPEAN = (r"\d{1,3},\d{1,2}(?=\s?(?:%|per\s?cent|million|billion|km\b|kilomet|met(?:re|er)|tonn|kg\b|"
             r"litre|liter|hectare|mile|acre)|\s(?:euros?|dollars?|pounds)\b)")
_DIGITS = rf"{_EUROPEAN}|\d{{1,3}}(?:{_SEP}\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD = alternation(WORD_VALUES, ignore_case=True)
_WORDS = rf"(?:{_WORD})(?:(?:-|\s+)(?:{_WORD}|hundred|thousand|million|billion|dozen)\b|\s+and\s+(?:{_WORD})\b)*"
_SCALE = r"(?:\s*(?:hundred|thousand|million|billion|trillion|crores?|lakhs?|dozen)\b|(?<=\d)\s?(?:bn|mn)\b|(?<=\d)m\b)"
_VAGUE = alternation(VAGUE, ignore_case=True)
_FIXED = alternation(FIXED, ignore_case=True)
_SYMBOLS = alternation((k for k in CURRENCY_SYMBOLS if k != "p"), ignore_case=True)
NUMBER = re.compile(
    rf"(?<![\w.:$€£¥₱₹₦₩₺₽₴₪-])(?:(?P<cur>{_CODES}(?=\s?\d)|{_SYMBOLS})\s?|(?P<peso>(?<![\w.])P)(?=\d))?"
    rf"(?:(?P<vague>{_VAGUE})|(?P<fixed>{_FIXED})|(?P<num>(?:{_DIGITS}|{_WORDS})(?:{_SCALE})*))"
    # a unit written onto the number stays a unit ("22mm", "5km", "140km/h"), a "3pp" fall a difference
    r"(?!(?!(?<=\d)(?:pp|ppts?|p|pc|mm|cm|km|kg|mg|ml|mph|kph|kmh|ha|kW|MW|GW|kWh|MWh|GWh|ft|mi)\b)\w|\.\d|:\d)",
    re.IGNORECASE,
)
# "between 15% and 20%", "5-7 per cent": a unit may stand at both ends (the second must then match)
_RANGE_UNIT = r"(?P<u1>\s?%|\s?per\s?cent\b|\s?percent\b|(?<=\d)pc\b)?"
# ("22 million to 23 million", "between 4 million and 5 million": a scale at both ends, the same)
RANGE = re.compile(
    rf"(?:(?P<between>between\s+)(?P<a1>{_DIGITS})(?P<s2>{_SCALE})?{_RANGE_UNIT.replace('u1', 'u2')}\s*(?:and|-|–|to)\s*"
    rf"(?P<b1>{_DIGITS})"
    rf"|(?P<a>{_DIGITS})(?P<s1>{_SCALE})?{_RANGE_UNIT}\s*(?:-|–|—|\sto\s)\s*(?P<b>{_DIGITS}))"
    rf"(?P<scale>(?:{_SCALE})*)(?!(?!pc\b)\w|\.\d)",  # ("3-4pc")
    re.IGNORECASE,
)
# "$34 billion to $35 billion", "between €2m and €3m", "$34-35 billion": one amount, a range (the
# second symbol, when written, is the first's; a scale at either end scales both)
CURRENCY_RANGE = re.compile(
    rf"(?<![\w.])(?P<between>between\s+)?(?P<cur>{_SYMBOLS})\s?(?P<a>{_DIGITS})(?P<s1>(?:{_SCALE})*)"
    rf"\s*(?P<link>-|–|\sto\s|\sand\s)\s*(?P<cur2>{_SYMBOLS})?\s?(?P<b>{_DIGITS})(?P<s2>(?:{_SCALE})*)"
    r"(?![\w%]|\.\d)",
    re.IGNORECASE,
)
# ("4.6pc": the form of the Telegraph and the Mail, written onto the number)
PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)|(?<=\d)pc\b", re.IGNORECASE)
# "up 7.7 percentage points", "a 3pp fall": a difference of two percentages, never a level
POINTS = re.compile(r"\s?(?:percentage[\s-]points?\b|pct\.?\s+points?\b|pp\b|ppts?\b)", re.IGNORECASE)
# "25 basis points", "50bp", "75 bps": hundredths of a percentage point
BASIS_POINTS = re.compile(r"\s?(?:[Bb]asis[\s-]points?\b|bps?\b)(?!\s+(?:modem|connection|line)\b)")  # not "BP"
# "94 cents a share": hundredths read as money only per share ("fell 35 cents" stays a change in cents)
HUNDREDTHS_AFTER = re.compile(r"\s(" + alternation(HUNDREDTHS) + r")(?=\s+(?:a|per)\s+share\b)")
# "rose 12p to 350p", "145.9p a litre", "85 pence": pence, wherever they stand (never a screen's
# "1080p")
PENCE_AFTER = re.compile(r"(?:[pP]|\s?pence)\b(?![-/]\w|\.\s?[mM]\b)")  # (not "4p.m.", nor Mike Pence)
# a bare "p" is pence only in a sentence about money ("8p ET" is a time, "900p" a screen)
PRICE_CUE = re.compile(r"£|\b(?:price[sd]?|costs?|pence|penny|shares?|stock|litre|pint|fares?|charge[sd]?|duty|tax|"
                       r"pay|paid|sells?|sold|buy|bought|worth|valued|dividend|earnings)\b", re.IGNORECASE)
VIDEO_LINES = frozenset({240.0, 360.0, 480.0, 720.0, 1080.0, 1440.0, 2160.0})
CURRENCY_AFTER = re.compile(
    r"(?:\s(?:us\s)?|-)(" + alternation(CURRENCY_WORDS, ignore_case=True) + r"|" + _CODES + r")(?!\w)",
    re.IGNORECASE)
# "nine in ten voters", "one in five", "3 out of 4": a share (90%), and the "ten" counts nothing
_RATIO_TERM = rf"(?:\d{{1,3}}(?:,\d{{3}})?|{_WORD}|a\s+hundred|a\s+thousand)"
RATIO = re.compile(rf"(?<![\w.,-])(?P<n>{_RATIO_TERM})\s+(?:in|out\s+of)\s+(?P<m>{_RATIO_TERM})\b(?![.,]\d|\s*%)"
                   r"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b)", re.IGNORECASE)
# an ordinal, or a fraction ("three-quarters of their value"): no count
ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b|[-\s](?:quarters|thirds|fifths|tenths)\b", re.IGNORECASE)
# "the 5-2 vote", "a 3-1 win", "52-48": a tally or a score, the larger side first, counts nothing
TALLY_AFTER = re.compile(r"[-–](?P<other>\d{1,3}(?:,\d{3})*)(?![\d.,]\d|[-–]?\s?(?:%|per\s?cent))")
# A number that labels rather than counts: "section 114 notices", "Flight 370", "Route 66".
LABEL_BEFORE = re.compile(
    r"\b(?:section|sections|article|articles|clause|clauses|chapter|flight|route|highway|interstate|room|number|"
    r"no\.|nos\.|paragraph|platform|gate|terminal|page|pages|resolution|amendment|district|precinct|exit|pier|"
    r"berth|category|grade|phase|matchday|channel|apartment|episode|psalm|verse|exhibit|annex|regulation|"
    r"directive|protocol|decree|ordinance|bulletin|advisory|signal|alert\s+level)\s+$",
    re.IGNORECASE,
)
# "two Porsche 911 cars", "the Boeing 737 jets": a name's number (not "gave Trump 312 votes")
MODEL_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|\d+) "
                          r"(?P<name>[A-Z][a-z]+) $")
MODEL_AFTER = re.compile(r"\s+(?!(?:percent|per|of|and|or|to|in)\b)[a-z]")
NOT_MODELS = (frozenset(dates.MONTH_LIST) | frozenset(dates.MONTH_STEMS) | {"Sept"}
              | frozenset(day.title() for day in dates.WEEKDAYS))  # "on Friday 12 people", "in May 2024"


def _model_number(text: str, span: tuple[int, int]) -> bool:
    """A whole number right after a capitalised name and before a lower-case word is the
    name's (a model, a mission), never a count: "two Porsche 911 cars"."""
    model = MODEL_BEFORE.search(text, max(0, span[0] - 20), span[0])
    return bool(model and model.group("name") not in NOT_MODELS and text[span[0]:span[1]].isdigit()
                and MODEL_AFTER.match(text, span[1]))


# Telephone numbers: "0117 922 2000", "+63 2 8911 1406", "(212) 555-0199", "555-123-4567".
PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[\s.-]?(?:\(?\d{1,5}\)?[\s.-]?){1,4}\d{3,4}"
                   r"|\(?0\d{2,4}\)?[\s.-]\d{3,4}[\s.-]?\d{3,4}|\(\d{3}\)\s?\d{3}-\d{4}|\d{3}-\d{3}-\d{4}"
                   r"|1[389]00[\s.]\d{3,4}(?:[\s.]\d{3,4})?)(?![\w])")  # "1900 1234": a toll-free line


PHONE_HINT = re.compile(r"\d[\s.-]\d{3}")  # every telephone number has one; most sentences none


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Where telephone numbers stand: no figure and no year is read inside them."""
    return [m.span() for m in PHONE.finditer(text)] if PHONE_HINT.search(text) else []


PRONOUN_ONE = re.compile(r"(?:\b(?:no|the|any|every|each|this|that|which|some|someone|everyone|anyone)\s+)$",
                         re.IGNORECASE)
ONE_OF_AFTER = re.compile(r"\s+(?:of|another)\b")  # "one of", "one another": a pronoun
# compiled once for parse_number and the checks after a match
THOUSANDS_SEPARATOR = re.compile(rf"(?<=\d){_SEP}(?=\d{{3}})")
SEPARATOR = re.compile(_SEP)
EUROPEAN_PHRASE = re.compile(r"^(\d{1,3}),(\d{1,2})(?!\d)\s*(.*)$")
DIGITS_PHRASE = re.compile(rf"^({_DIGITS})\s*(.*)$")
WORD_SPLIT = re.compile(r"[\s-]+")
ENDS_IN_LETTER = re.compile(r"[a-z]$", re.IGNORECASE)
SCALE_BEFORE = re.compile(r"(?:illion|bn|mn|m)$", re.IGNORECASE)
FROM_JUST_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
BY_JUST_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
YEAR_LIKE = re.compile(r"1\d{3}|20\d{2}")


# "$4.8bn", "1.2 million", "A$421.6 million": digits then a scale word, rounded where they stop
ROUNDED_SCALED = re.compile(r"(\d[\d,]*(?:\.(\d+))?)\s?(?:bn|mn|m|billion|million|trillion|tn|thousand|crores?|lakhs?)\b",
                            re.IGNORECASE)


def written_half_step(stated: str, value: float) -> float:
    """Half a step of the last decimal a scaled figure is written to ("$4.8bn": 0.05bn), the
    rounding the writer may have done; 0 for a figure written in full ("4,820,000,000", "17")
    or in whole units of its scale ("a $5bn budget" is as often the sum itself)."""
    match = ROUNDED_SCALED.search(stated or "")
    if not match or not match.group(2):
        return 0.0
    mantissa = float(match.group(1).replace(",", ""))
    # just under half: 2.1 million and 2.2 million round from [2.05, 2.15) and [2.15, 2.25), no value in common
    return abs(value) / mantissa * 0.4999999 * 10 ** -len(match.group(2)) if mantissa else 0.0


@dataclass(frozen=True)
class NumberMention:
    """A number in a sentence, with what its qualifier makes of it."""

    start: int  # offsets in the sentence text: the qualifier is included
    end: int
    number_start: int  # the number itself
    number_end: int
    value: float
    low: float
    high: float
    qualifier: str  # exact | about | close_to | at_least | at_most | up_to | range | vague | ...
    unit: str  # "" | "percent" | "percentage_point" | currency code
    text: str = ""  # the number as written, with its qualifier: "close to 4,000"


@lru_cache(maxsize=8192)
def parse_number(text: str) -> float | None:
    """The value of a number phrase: "3,700", "1.5 million", "twenty-nine", "a dozen"."""
    phrase = " ".join(THOUSANDS_SEPARATOR.sub("", text.lower()).split())
    if phrase in FIXED:
        return float(FIXED[phrase])
    if phrase in VAGUE:
        low, high = VAGUE[phrase]
        return float(round((low + high) / 2))
    european = EUROPEAN_PHRASE.match(phrase)
    if european:
        return _apply_scales(float(f"{european.group(1)}.{european.group(2)}"), european.group(3))
    digits = DIGITS_PHRASE.match(phrase)
    if digits:
        value = float(SEPARATOR.sub("", digits.group(1)))
        return _apply_scales(value, digits.group(2))
    return _parse_words(phrase)


def _apply_scales(value: float, rest: str) -> float | None:
    for word in rest.replace("-", " ").split():
        if word not in SCALES:
            return None
        value *= SCALES[word]
    return value


def _parse_words(phrase: str) -> float | None:
    total, current, seen = 0.0, 0.0, False
    for word in WORD_SPLIT.split(phrase):
        if word == "and":
            continue
        if word in WORD_VALUES:
            current += WORD_VALUES[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def interval(value: float, qualifier: Qualifier | None) -> tuple[float, float]:
    """[low, high] a qualified value claims; exact when there is no qualifier."""
    if qualifier is None:
        return value, value
    low = value * qualifier.low
    high = math.inf if math.isinf(qualifier.high) else value * qualifier.high
    return min(low, value), max(high, value)


# "by a quarter of a percentage point", "half a point", "three-quarters of a point": a rate's move
FRACTIONS = {"quarter": 0.25, "half": 0.5, "three-quarters": 0.75, "three-quarter": 0.75}
FRACTION_OF_A_POINT = re.compile(r"\b(?:an?\s+)?(?P<fraction>quarter|half|three[\s-]quarters?)\s+(?:of\s+)?(?:an?\s+)?"
                                 r"(?P<percentage>percentage[\s-])?points?\b", re.IGNORECASE)
RATE_CONTEXT = re.compile(r"%|\bper\s?cent\b|\bpercent\b|\brates?\b|\binflation\b|\bunemployment\b|\byields?\b",
                          re.IGNORECASE)  # "a quarter point" of a rate, not "led by half a point" in a game


def find_numbers(text: str, config: Config, exclude: list[tuple[int, int]] = ()) -> list[NumberMention]:
    """Every number in `text` outside the `exclude` spans (dates, times), qualified."""
    mentions: list[NumberMention] = []
    taken: list[tuple[int, int]] = list(exclude) + phone_spans(text)
    if " in " in text or " out of " in text:
        for match in RATIO.finditer(text):
            n, m = parse_number(match.group("n")), parse_number(match.group("m"))
            if not n or not m or n >= m or m < 2 or _overlaps(match.span(), taken):
                continue
            share = round(100 * n / m, 2)
            mentions.append(NumberMention(match.start(), match.end(), match.start(), match.end(),
                                          share, share, share, "exact", "percent", match.group(0)))
            taken.append(match.span())
    if "point" in text:
        for match in FRACTION_OF_A_POINT.finditer(text):
            if not _overlaps(match.span(), taken) and (match.group("percentage") or RATE_CONTEXT.search(text)):
                size = FRACTIONS[match.group("fraction").lower().replace(" ", "-")]
                mentions.append(NumberMention(match.start(), match.end(), match.start(), match.end(),
                                              size, size, size, "exact", "percentage_point", match.group(0)))
                taken.append(match.span())
    for match in CURRENCY_RANGE.finditer(text):
        mention = _currency_range(text, match)
        if mention and not _overlaps(match.span(), taken) and not _preceded_by_from(text, match.start()) \
                and not BY_JUST_BEFORE.search(text, max(0, match.start() - 4), match.start()):  # "rose by $50m to $870m"
            mentions.append(mention)
            taken.append(match.span())
    for match in RANGE.finditer(text):
        if _overlaps(match.span(), taken) or _preceded_by_from(text, match.start()) \
                or BY_JUST_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            continue  # "rose by 5 million to 17.6 million": a change and the level it reached
        first_scale = (match.group("s1") or match.group("s2") or "").strip().lower()
        if first_scale and first_scale != match.group("scale").strip().lower():
            continue  # "from 5 million to 6,000": no range
        scale = _apply_scales(1.0, match.group("scale").strip()) or 1.0
        first, second = match.group("a1") or match.group("a"), match.group("b1") or match.group("b")
        low = float(SEPARATOR.sub("", first)) * scale
        high = float(SEPARATOR.sub("", second)) * scale
        if not (0 < low < high) or _looks_like_years(first, second):
            continue
        if high >= MOVE_AND_LEVEL_FLOOR and high > MOVE_AND_LEVEL_SPREAD * low and " to " in match.group(0) \
                and not (match.group("u1") or match.group("u2")) and not _unit_after(text, match.end())[0] \
                and not WORD_AFTER.match(text, match.end()) \
                and MOVED_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "Jobless claims rose 22,000 to 231,000": the move and the level it reached
        unit, end = _unit_after(text, match.end())
        if (match.group("u1") or match.group("u2")) and unit != "percent":
            continue  # "15% to 20 people" is no range
        number_start = match.start("a1") if match.group("a1") else match.start("a")
        mentions.append(NumberMention(match.start(), end, number_start, match.end(),
                                      (low + high) / 2, low, high, "range", unit, text[match.start():end]))
        taken.append(match.span())
    singles = [mention for mention in (_mention(text, match, config, taken) for match in NUMBER.finditer(text))
               if mention]
    if len(singles) > 1 and ALTERNATIVE_CUE.search(text):  # most sentences have no "or", "possibly" ...
        singles = _alternatives(text, singles)
    return sorted(mentions + singles, key=lambda m: m.start)


# "five or six people", "twelve, possibly 13, people", "at least five and probably seven men":
# one figure the writer could not pin down, the interval both numbers allow
ALTERNATIVE_LINK = re.compile(r"\s+or\s+(?:(?:possibly|perhaps|maybe)\s+)?"
                              r"|(?P<aside>,\s+)(?:or\s+|and\s+)?(?:possibly|probably|perhaps|maybe|likely)\s+"
                              r"|\s+(?:and|or)\s+(?:possibly|probably|perhaps|maybe|likely)\s+", re.IGNORECASE)
ALTERNATIVE_CUE = re.compile(r"\b(?:or|possibly|probably|perhaps|maybe|likely)\b", re.IGNORECASE)
ASIDE_CLOSE = re.compile(r",(?=\s)")
SCALE_TAIL = re.compile(r"(?<=\w)\s*(hundred|thousand|million|billion|trillion|bn|mn|m)$", re.IGNORECASE)
ALTERNATIVE_SPREAD = 10  # "one or two", "20 or 30"; never "two or 300"


def _alternatives(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """`mentions` with each pair of alternatives ("five or six") made one mention of both."""
    out: list[NumberMention] = []
    for mention in mentions:
        first = out[-1] if out else None
        link = ALTERNATIVE_LINK.fullmatch(text, first.end, mention.start) if first else None
        merged = _alternative(text, first, mention, link) if link else None
        if merged:
            out[-1] = merged
        else:
            out.append(mention)
    return out


def _alternative(text: str, first: NumberMention, second: NumberMention, link: re.Match) -> NumberMention | None:
    """Two numbers as alternatives, or None when they are not (units differ, the second is not
    the larger, or far larger): "two or three million" scales both, "3 or 4 percent" is percent."""
    if second.qualifier not in ("exact", "about", "up_to") or first.qualifier in ("range", "vague", "up_to", "at_most"):
        return None
    if first.unit and second.unit and first.unit != second.unit:
        return None
    low, value = first.low, first.value
    scale = SCALE_TAIL.search(text, second.number_start, second.number_end)
    if scale and not SCALE_TAIL.search(text, first.number_start, first.number_end):
        factor = SCALES[scale.group(1).lower()]
        low, value = low * factor, value * factor
    if not 0 < value < second.value <= value * ALTERNATIVE_SPREAD:
        return None
    end = second.end
    if link.group("aside"):  # "twelve, possibly 13, people": the aside closes with its comma
        close = ASIDE_CLOSE.match(text, end)
        if not close:
            return None
        end = number_end = close.end()
    else:
        number_end = second.number_end
    # "at least five and possibly as many as eight": a ceiling closes the interval
    high = second.high if second.qualifier == "up_to" else max(first.high, second.high)
    exact = first.qualifier == "exact" or second.qualifier == "up_to"
    return NumberMention(first.start, end, first.number_start, number_end,
                         (low + high) / 2 if exact else value, low, high, "range" if exact else first.qualifier,
                         first.unit or second.unit, text[first.start:end])


def _currency_range(text: str, match: re.Match) -> NumberMention | None:
    """One amount between two bounds, or None when the two are no range: different symbols,
    "and" without "between", scales that disagree ("from $2m to $3m" is a change: skipped by
    the caller)."""
    symbol, second = match.group("cur").lower(), (match.group("cur2") or "").lower()
    if second and second != symbol or (match.group("link").strip() == "and") != bool(match.group("between")):
        return None
    first_scale, second_scale = match.group("s1").strip().lower(), match.group("s2").strip().lower()
    if first_scale and second_scale and first_scale != second_scale:
        return None
    scale = second_scale or first_scale
    low = float(SEPARATOR.sub("", match.group("a"))) * (_apply_scales(1.0, first_scale or scale) or 1.0)
    high = float(SEPARATOR.sub("", match.group("b"))) * (_apply_scales(1.0, scale) or 1.0)
    if not 0 < low < high:
        return None
    return NumberMention(match.start(), match.end(), match.start("a"), match.end(), (low + high) / 2, low, high,
                         "range", CURRENCIES[symbol], match.group(0))


ALL_BUT_BEFORE = re.compile(r"\ball\s+but\s+$", re.IGNORECASE)


def _mention(text: str, match: re.Match, config: Config, taken) -> NumberMention | None:
    number_start = match.start("vague") if match.group("vague") else (
        match.start("fixed") if match.group("fixed") else match.start("num"))
    span = (number_start, match.end())
    if _overlaps(span, taken) or ORDINAL_AFTER.match(text, match.end()) or _tally_side(text, match):
        return None
    if not match.group("cur") and (LABEL_BEFORE.search(text, max(0, span[0] - 14), span[0])
                                   or _model_number(text, span)):
        return None
    phrase = text[span[0]:span[1]]
    if phrase.lower() == "one" and (PRONOUN_ONE.search(text[:span[0]]) or ONE_OF_AFTER.match(text, span[1])):
        return None
    if ALL_BUT_BEFORE.search(text, max(0, span[0] - 12), span[0]):
        return None  # "all but two have been released": the two are those not released
    value = parse_number(phrase)
    if value is None:
        return None
    unit, end = _unit_after(text, match.end())
    hundredths = HUNDREDTHS_AFTER.match(text, match.end()) if not unit and not match.group("cur") else None
    if hundredths:  # "94 cents a share": $0.94
        unit, end, value = HUNDREDTHS[hundredths.group(1).lower()], hundredths.end(), value / 100
    pence = PENCE_AFTER.match(text, match.end()) if not unit and not hundredths and not match.group("cur") else None
    if pence and (pence.group(0) not in ("p", "P") or value not in VIDEO_LINES and PRICE_CUE.search(text)):
        unit, end, value = "GBP", pence.end(), value / 100
    basis = BASIS_POINTS.match(text, match.end()) if not unit and not match.group("cur") else None
    if basis:  # "cut by 25 basis points": 0.25 percentage points
        unit, end, value = "percentage_point", basis.end(), value / 100
    symbol = "cur" if match.group("cur") else "peso" if match.group("peso") else ""
    if symbol == "peso" and not (ENDS_IN_LETTER.search(phrase) or SEPARATOR.search(phrase)):
        return None  # "P5" is a label; "P1.2 billion", "P25,000" are pesos
    if symbol:
        unit = CURRENCIES[match.group(symbol).lower()]
    if match.group("vague"):
        low, high = (float(v) for v in VAGUE[phrase.lower()])
        start = match.start(symbol) if symbol else number_start
        return NumberMention(start, end, number_start, match.end(), value, low, high, "vague", unit, text[start:end])
    start, qualifier = _qualifier_before(text, match.start(symbol) if symbol else number_start, config)
    end, after = _qualifier_after(text, end, config)
    chosen = qualifier or after
    low, high = interval(value, chosen)
    return NumberMention(start, end, number_start, match.end(), value, low, high,
                         chosen.kind if chosen else "exact", unit, text[start:end])


def _tally_side(text: str, match: re.Match) -> bool:
    """The first side of a tally or score ("5-2"): a range would run upwards and is read as one."""
    tally = TALLY_AFTER.match(text, match.end()) if match.group("num") and not match.group("cur") else None
    if not tally:
        return False
    first, other = parse_number(match.group("num")), parse_number(tally.group("other"))
    return first is not None and other is not None and other <= first


def _qualifier_before(text: str, start: int, config: Config) -> tuple[int, Qualifier | None]:
    head = text[max(0, start - 30):start]
    match = config.qualifier_before_re.search(head) if config.qualifier_before_re else None
    if not match:
        return start, None
    phrase = match.group(1).lower()
    verb = PHRASAL_VERB_BEFORE.get(phrase.split()[0])
    if verb and verb.search(text, max(0, start - len(head) + match.start(1) - 45), start - len(head) + match.start(1)):
        return start, None  # "edged up to 59.0%", "handed over 412 patients": a verb's particle, no qualifier
    return start - len(head) + match.start(1), config.qualifiers_before[phrase]


# verbs whose particle a qualifier starts with: "edged up to 59.0%" is 59.0%, "hand over 412
# patients" 412 (not "fell over 30%", which is more than 30%)
PHRASAL_VERB_BEFORE = {
    "up": re.compile(r"\b(?:edged|edges|edging|ticked|ticks|ticking|crept|creeps|creeping|inched|inches|inching|"
                     r"moved|moves|moving|went|goes|going|gone|go|shot|bumped|stepped|stepping|ramped|ramping|"
                     r"scaled|scaling|picked|perked|firmed|spiked|bounced|revised|rounded|marked|ratcheted|"
                     r"jumped|climbed|crawled|drifted|nudged|(?:went|came|gone|going|goes|moved|bounced|edged)\s+back)\s+$"
                     # "revised first-quarter growth up to 0.3%": the particle after the verb's object
                     r"|\b(?:revised|revises|revising|marked|bumped|ratcheted)\s+(?!(?:back|plans?)\b)"
                     r"(?:(?!to\b)[\w'’-]+\s+){1,4}$",
                     re.IGNORECASE),  # "went back up to 5%": a move's particle (not "claim back up to £85,000")
    "over": re.compile(r"\b(?:hand|hands|handed|handing|take|takes|took|taken|taking|carry|carries|carried|"
                       r"carrying|roll|rolls|rolled|rolling|turn|turns|turned|turning|pass|passes|passed|passing|"
                       r"sign|signs|signed|signing|win|wins|won|winning)\s+$", re.IGNORECASE),
}


def _qualifier_after(text: str, end: int, config: Config) -> tuple[int, Qualifier | None]:
    match = config.qualifier_after_re.match(text, end) if config.qualifier_after_re else None
    if not match:
        return end, None
    return match.end(1), config.qualifiers_after[match.group(1).lower()]


def _unit_after(text: str, end: int) -> tuple[str, int]:
    points = POINTS.match(text, end)
    if points:
        return "percentage_point", points.end()
    percent = PERCENT.match(text, end)
    if percent:
        return "percent", percent.end()
    currency = CURRENCY_AFTER.match(text, end)
    if currency:
        word = currency.group(1).lower()
        if word not in SCALE_ONLY_WORDS or SCALE_BEFORE.search(text[max(0, end - 8):end]):
            return CURRENCY_WORDS[word], currency.end()
    return "", end


# a move told as done, right before "N to M": the size of the move and the level, when M is far
# larger (not "could rise 2 to 3 degrees", "rose 10,000 to 15,000 people" stays a range)
PAST_MOVES = (r"rose|fell|climbed|jumped|increased|decreased|dropped|declined|grew|gained|slid|slipped|surged|tumbled|"
              r"plunged|eased")  # a move told as done
MOVED_BEFORE = re.compile(rf"\b(?:{PAST_MOVES}|added|shed|lost)\s+(?:by\s+)?$", re.IGNORECASE)
MOVE_AND_LEVEL_SPREAD = 3
MOVE_AND_LEVEL_FLOOR = 1000  # (not "dropped 1 to 5 inches of rain", "fell 3% to 10%": ranges)
# a word after a number that may be what it counts or measures ("inches", "feet", "members"), not a
# preposition or a date word
WORD_AFTER = re.compile(r"\s+(?!(?:from|to|by|in|on|at|and|or|last|this|next|since|after|before|over|under|a|an|the|"
                        r"with|as|while|but|than|for|its|their|his|her|according)\b)[a-z]")


def _preceded_by_from(text: str, start: int) -> bool:
    """"from $2m to $3m" is a change, unless it says a range: "estimates range from ..."."""
    return bool(FROM_JUST_BEFORE.search(text[max(0, start - 8):start])
                and not RANGE_FROM.search(text[max(0, start - 30):start]))


RANGE_FROM = re.compile(r"\b(?:range[sd]?|ranging|anywhere|vary|varying|varied)\s+from\s+$", re.IGNORECASE)


def _looks_like_years(a: str, b: str) -> bool:
    return all(YEAR_LIKE.fullmatch(x) for x in (a, b))


def _overlaps(span: tuple[int, int], spans) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def format_number(value: float) -> str:
    """A value as a reader writes it: 3700 -> "3,700", 1.5 -> "1.5", inf -> "∞", NaN -> ""."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"


def format_interval(value: float, low: float, high: float, qualifier: str) -> str:
    """How the report shows a qualified figure: "about 3,700 [3,515-3,885]"."""
    words = {"about": "about ", "close_to": "close to ", "at_least": "at least ",
             "at_most": "at most ", "up_to": "up to ", "just_over": "just over ", "vague": "", "range": ""}
    if qualifier == "exact" or (low == value == high):
        return format_number(value)
    if qualifier == "range":
        return f"{format_number(low)}-{format_number(high)}"
    return f"{words.get(qualifier, '')}{format_number(value)} [{format_number(low)}-{format_number(high)}]"


# how a round figure is hedged: "(about 30,000 acres)", "(more than 4,800 hectares)"
OPEN_ABOVE = frozenset({"more than", "over", "at least", "just over"})
OPEN_BELOW = frozenset({"nearly", "almost", "up to", "just under"})
SIGNIFICANT = re.compile(r"(\d[\d,]*?)(0*)(?:\.(\d+))?$")


def rounding_bounds(written: str, value: float, hedge: str = "") -> tuple[float, float]:
    """The values a conversion told in passing may stand for.  Writers round to the digits
    they think matter, so "29,650" is 29,645-29,655,
    "30,000" any of 25,000-35,000 and "51.2" 51.15-51.25; after "more than" it is open
    above, after "nearly" or "up to" open below.  `value` is the figure `written` gives
    ("2.5 million")."""
    digits = SIGNIFICANT.match(written.replace(",", "").strip())
    if not digits:
        return value, value
    whole, zeros, decimals = digits.groups()
    mantissa = float(written.replace(",", "").strip())
    step = 10 ** -len(decimals) if decimals else 10 ** len(zeros) if whole else 1
    half = abs(value) / mantissa * 0.5 * step if mantissa else 0.5
    hedge = " ".join(hedge.lower().split())
    if hedge in OPEN_ABOVE:
        return value - half, float("inf")
    if hedge in OPEN_BELOW:
        return float("-inf") if value < 0 else 0.0, value + half
    return value - half, value + half
