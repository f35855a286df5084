"""A length of time: "a 78-day bombardment", "for two years", "about a decade after ...".

A race's time ("in 2:02:27", "1:45.32", "2 hours 3 minutes 27 seconds", "9.58 seconds") is
measure `time` in seconds (a record's, `record time`), so outlets' times meet whatever the form.
Otherwise measure `duration`, value in the stated unit (a pint unit: day, week, month, year,
decade), qualified like any number.  A range ("three to five years", "between 12 and
18 months") or alternatives ("four or five weeks") are one claim with the range as its interval.  Durations without a number
("for years", "several days", "in recent weeks", "the next few months") are `vague`:
an interval of the unit (several: 3-9; bare "years": 2 or more), no value.  When the
duration separates two dated events in the same sentence ("in 2008, about a decade
after the 1998-1999 conflict") the claim keeps both dates, so the arithmetic check can
test that the dates and the gap agree.  Ages ("a 45-year-old", "children 6 months and
older") are no durations.  A court's term ("was jailed for nine years", "a nine-year prison
sentence") is measure `sentence`, of the person sentenced, so outlets' terms meet.
"""

import math
import re

from checker import dates
from checker.numbers import VAGUE, interval, parse_number
from checker.numbers import _qualifier_before as qualifier_before
from checker.rulekit import Example, Match

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER = (rf"(?:{_TENS})[\s-](?:one|two|three|four|five|six|seven|eight|nine)|\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
          r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+half|half\s+a")
RANGE_NUMBER = (r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
UNIT = r"(?P<unit>days?|weeks?|months?|years?|decades?|century|centuries|hours?|minutes?)"
LEAD = r"(?P<lead>the\s+(?:(?:past|last|next|coming|first|following|previous)\s+)?)?"
PATTERN = re.compile(
    rf"\b{LEAD}(?:(?P<between>between\s+)?(?P<low>{RANGE_NUMBER})(?:\s*-)?\s*(?:-|–|\bto\b|\band\b|\bor\b)\s*(?=\d|[a-z])(?!an?\b|half\b))?"
    rf"(?P<num>{NUMBER})(?:[\s-]+(?P<half>and\s+a\s+half[\s-]+)?)" + UNIT + r"(?:[\s-]long)?\b",
    re.IGNORECASE,
)
# "the next decade", "the past century": one unit, no number.
ONE_UNIT = re.compile(r"\bthe\s+(?:past|last|next|coming|following|previous)\s+(?P<unit>decade|century)\b",
                      re.IGNORECASE)
# "several days", "recent weeks", "the next few months", "for years", "days before".
VAGUE_PATTERN = re.compile(
    r"\b(?P<lead>(?:the\s+)?(?:past|last|next|coming|previous|following|recent)\s+)?"
    r"(?:(?P<few>several|a\s+few|few|many)\s+)?(?P<unit>days|weeks|months|years|decades|hours|minutes)\b",
    re.IGNORECASE,
)
# Every pattern above needs a unit: a sentence with none is not scanned.
UNIT_STEMS = ("day", "week", "month", "year", "decade", "centur", "hour", "minute")
VAGUE_BEFORE = re.compile(r"\b(?:for|in|within|over|after|during|take|takes|took|taking|lasted|lasting|spent|"
                          r"spend|spending)\s+$", re.IGNORECASE)
VAGUE_AFTER = re.compile(r"\s+(?:before|after|later|earlier|into)\b", re.IGNORECASE)
RELATION = re.compile(r"\s+(?P<rel>after|before|since|following|prior\s+to)\s+(?:the\s+)?", re.IGNORECASE)
NOT_DURATION_AFTER = re.compile(r"(?:\s+|-)(?:olds?|ago|of\s+age)\b|\s+(?:and|or)\s+(?:older|younger|over|under|up)\b",
                                re.IGNORECASE)
COMPOUND_TENS = re.compile(r"[a-z]+-", re.IGNORECASE)  # "Twenty-" before "two years"
OF_AFTER = re.compile(r"\s+of\b")
COUNT_BEFORE = re.compile(r"\b(?:\d[\d,.]*|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten)\s+$", re.IGNORECASE)
SPACES = re.compile(r"\s+")
WHAT_LASTED = re.compile(r"\s+((?:[A-Z][\w-]*\s+){0,2}[a-z][\w-]*)")
EVENT_WORDS = re.compile(r"(?:\s+(?!(?:where|which|that|when|who|in|of|and|with|between)\b)[a-z][\w-]*){0,2}")
AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s+(?:of\s+)?$", re.IGNORECASE)
# "$28 million a year", "12 trains a day", "one train a day", "$186 more a year", "twice a week":
# a rate, no length of time ("for a year", "in a day", "about a year" still are)
RATE_BEFORE = re.compile(r"(?:\b(?:\d[\d,.]*(?:bn|mn|m|k)?%?|million|billion|thousand|hundred|bn|m|more|less|fewer|once|twice|"
                         r"times)|(?:\d[\d,.]*(?:bn|mn|m|k)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen))"
                         r"\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*)\s+$", re.IGNORECASE)
LENGTH_BEFORE = re.compile(r"\b(?:for|in|within|over|after|during|than|about|around|nearly|almost|some|roughly|"
                           r"of|per|by|each|every|takes?|took|taken|lasts?|lasted|lasting|spent|spend|spends)\s+$",
                           re.IGNORECASE)


# "12 years and seven months", "two hours and 40 minutes": one length in the smaller unit
COMPOUND = {("year", "month"): 12, ("week", "day"): 7, ("day", "hour"): 24, ("hour", "minute"): 60}
COMPOUND_JOIN = re.compile(r"\s*(?:,\s*)?and\s+$", re.IGNORECASE)
# "worked 7 days and 12 hours a day", "and 12 hours later": a rate, or a time after, not the rest of one length
NOT_COMPOUND_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+\w+|\s+(?:later|earlier|ago|before|after|of)\b", re.IGNORECASE)


def find(ctx):
    times = list(_race_times(ctx)) if ":" in ctx.text or "second" in ctx.lower else []
    if not ctx.mentions(UNIT_STEMS):
        return times
    found = times + [m for m in _compounds(ctx, list(_numbered(ctx)))
                     if not _overlaps(m.span, [t.span for t in times])]
    taken = [m.span for m in found]
    found += _one_unit(ctx, taken)
    taken = [m.span for m in found]
    found += _vague(ctx, taken)
    return found


def _numbered(ctx):
    for match in PATTERN.finditer(ctx.text):
        if _not_a_duration(ctx, match):
            continue
        word = match.group("num").lower()
        value = 1.0 if word in ("a", "an") else 0.5 if word in ("a half", "half a") else parse_number(word)
        if value is None or value <= 0:
            continue
        value += 0.5 if match.group("half") else 0
        unit = dates.UNIT_WORDS.get(match.group("unit").lower(), "year")
        start = match.start("lead") if match.group("lead") else match.start("low") if match.group("low") else match.start("num")
        low_value = parse_number(match.group("low").lower()) if match.group("low") else None
        if low_value and low_value >= 20 and value < 10 and COMPOUND_TENS.fullmatch(
                ctx.text[match.start("low"):match.start("num")]):
            value, low_value = low_value + value, None  # "Twenty-two years" is one number, no range
            compound = True
        else:
            compound = False
        if low_value is not None and 0 < low_value < value:
            start = match.start("between") if match.group("between") else start
            yield Match(start, match.end(), "figure", "duration", value=(low_value + value) / 2, low=low_value,
                        high=value, unit=unit, qualifier="range", subject=_what_lasted(ctx.text, match))
            continue
        if match.group("low") and not compound:  # "10 to 12" read as a range that is none: keep the number alone
            start = match.start("num")
        if not match.group("lead"):
            start, qualifier = qualifier_before(ctx.text, start, ctx.config)
        else:
            qualifier = None
        low, high = interval(value, qualifier)
        found = Match(start, match.end(), "figure", "duration", value=value, low=low, high=high,
                      unit=unit, qualifier=qualifier.kind if qualifier else "exact")
        found.subject = _what_lasted(ctx.text, match)
        found.detail = _offset(ctx, match) or {}
        if found.detail:
            found.subject = found.detail.pop("event")
        if _a_sentence(ctx.text, start, match.end()):  # "jailed for nine years": the term, of whom it names
            found.measure, found.subject = "sentence", _sentenced(ctx, start)
        yield found


# A race's time, to the second: "in 2:02:27", "in 1:45.32", "2 hours 3 minutes 27 seconds", "9.58 seconds"
# (measure `time`, in seconds: one runner's time as outlets write it; a record's is `record time`)
CLOCK_TIME = re.compile(r"(?<![\d:.])(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d+)?)|"
                        r"(?P<m2>\d{1,2}):(?P<s2>[0-5]\d\.\d+))(?![\d:])")
SPELLED_TIME = re.compile(r"\b(?:(?P<h>\d{1,2})\s*(?:hours?|hrs?|h)\b,?\s*(?:and\s+)?)?(?P<m>\d{1,2})\s*(?:minutes?|mins?|m)\b"
                          r",?\s*(?:and\s+)?(?P<s>\d{1,2}(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b|"
                          r"\b(?P<s2>\d{1,2}\.\d{1,3})\s*(?:seconds?|secs?)\b", re.IGNORECASE)
RECORD_BEFORE = re.compile(r"\brecord\b[^.;:,]{0,25}$", re.IGNORECASE)


def _race_times(ctx):
    for pattern in (CLOCK_TIME, SPELLED_TIME):
        for match in pattern.finditer(ctx.text):
            parts = match.groupdict()
            hours, minutes = float(parts["h"] or 0), float(parts["m"] or parts.get("m2") or 0)
            seconds = float(parts["s"] or parts["s2"])
            value = hours * 3600 + minutes * 60 + seconds
            record = RECORD_BEFORE.search(ctx.text, max(0, match.start() - 30), match.start())
            yield Match(match.start(), match.end(), "figure", "record time" if record else "time", value=value,
                        low=value, high=value, unit="second", qualifier="exact",
                        detail={"stated": match.group(0)})


def _compounds(ctx, found: list) -> list:
    """Each "12 years and seven months" as one duration (151 months): a sentencing's term
    is one figure, and two outlets' terms meet as one."""
    out: list = []
    for match in found:
        before = out[-1] if out else None
        factor = COMPOUND.get((before.unit, match.unit)) if before else None
        if factor and before.qualifier == match.qualifier == "exact" and not before.detail \
                and COMPOUND_JOIN.fullmatch(ctx.text, before.end, match.start) \
                and not NOT_COMPOUND_AFTER.match(ctx.text, match.end):
            value = before.value * factor + match.value
            out[-1] = Match(before.start, match.end, "figure", "duration", value=value, low=value, high=value,
                            unit=match.unit, qualifier="exact", subject=before.subject,
                            detail={"stated": ctx.text[before.start:match.end]})
            continue
        out.append(match)
    return out


def _one_unit(ctx, taken):
    for match in ONE_UNIT.finditer(ctx.text):
        if not _inside_date(ctx, match) and not _overlaps(match.span(), taken):
            yield Match(match.start(), match.end(), "figure", "duration", value=1.0, low=1.0, high=1.0,
                        unit=dates.UNIT_WORDS[match.group("unit").lower()], qualifier="exact")


def _vague(ctx, taken):
    for match in VAGUE_PATTERN.finditer(ctx.text):
        few = (match.group("few") or "").lower()
        if not (few or match.group("lead") or VAGUE_BEFORE.search(ctx.text[:match.start()])
                or VAGUE_AFTER.match(ctx.text, match.end())):
            continue
        if few == "few" and not match.group("lead"):  # "few weeks pass" is a count of none
            continue
        if match.group("lead") and not few and OF_AFTER.match(ctx.text[match.end():]):
            continue  # "the last days of the campaign" names a time, not how long

        if _overlaps(match.span(), taken) or _not_a_duration(ctx, match):
            continue
        if COUNT_BEFORE.search(ctx.text[max(0, match.start() - 8):match.start()]) and not (few or match.group("lead")):
            continue
        few = "a few" if few.endswith("few") else SPACES.sub(" ", few)
        low, high = VAGUE.get(few, (2.0, math.inf)) if few != "many" else (3.0, math.inf)
        yield Match(match.start(), match.end(), "figure", "duration", value=math.nan, low=float(low), high=float(high),
                    unit=dates.UNIT_WORDS[match.group("unit").lower()], qualifier="vague")


def _not_a_duration(ctx, match) -> bool:
    return bool(NOT_DURATION_AFTER.match(ctx.text, match.end()) or AGE_BEFORE.search(ctx.text[:match.start()])
                or _inside_date(ctx, match) or _rate(ctx, match))


def _rate(ctx, match) -> bool:
    """"a year" after an amount or a count: per year."""
    groups = match.groupdict()
    if groups.get("lead") or groups.get("low") or (groups.get("num") or "").lower() not in ("a", "an"):
        return False  # a number, a range, "the next ...", or a vague "several days": a length
    before = ctx.text[max(0, match.start() - 60):match.start()]
    return bool(RATE_BEFORE.search(before)) and not LENGTH_BEFORE.search(before)


def _inside_date(ctx, match) -> bool:
    return any(d.start <= match.start() and match.end() <= d.end for d in ctx.dates)


def _overlaps(span, spans) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


# a term a court hands down: "was jailed for nine years", "sentenced to eight years in prison",
# "a nine-year prison sentence", "a sentence of nine years" (not time served, a career, a contract,
# a minimum before parole, nor what prosecutors asked for or a charge's maximum)
SENTENCED_BEFORE = re.compile(r"\b(?:jailed|imprisoned|incarcerated|sentenced\s+to|(?<!for\s)(?<!of\s)a\s+sentence\s+of|"
                              r"(?:prison|jail)\s+(?:sentence|term)\s+of)\s+(?:for\s+)?$", re.IGNORECASE)
SENTENCED_AFTER = re.compile(r"[\s-]+(?:jail|prison|custodial)\s+(?:sentence|term)\b", re.IGNORECASE)
NOT_HANDED_DOWN = re.compile(r"\b(?:asked\s+for|sought|seeking|demanded|requested|urged|fac(?:e|es|ed|ing)|maximum|"
                             r"minimum|up\s+to|at\s+least|must\s+serve|could|would|may)\b[^.;]{0,30}$", re.IGNORECASE)
# who was sentenced: "Gareth Hollins, 54, was jailed", "jailed Hollins for", "gave Hollins a sentence of";
# "her husband was jailed" names another, not the person before
SENTENCED_PASSIVE = re.compile(r"(?P<name>(?!(?:The|Her|His|Their|She|He|They|It)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|"
                               r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he)\s+[a-z][\w-]*)(?:,\s+\d{1,3},)?\s+(?:was|were|has\s+been|"
                               r"had\s+been|is|will\s+be)\s+(?:(?:also|later)\s+)?(?:jailed|sentenced|imprisoned|handed|"
                               r"given)\b")
SENTENCED_OBJECT = re.compile(r"\b(?:jailed|sentenced|gave|handed|imprisoned)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                              r"\s+(?:for|to|a|an)\b")


def _sentenced(ctx, start: int) -> str:
    """The person a sentence is of, in full when the article names them so ("Hollins" -> Gareth Hollins)."""
    found = [m for pattern in (SENTENCED_PASSIVE, SENTENCED_OBJECT) for m in pattern.finditer(ctx.text, 0, start)]
    if not found:
        return ""
    name = max(found, key=lambda m: m.start()).group("name")
    if name[0].islower() or name.split()[0] in ("Her", "His", "Their", "The"):
        return name.lower()  # "her husband": someone the sentence names by kin or role, nobody's name
    if " " not in name:
        full = set(re.findall(rf"\b([A-Z][\w'’-]+\s+{re.escape(name)})\b", ctx.document.text))
        name = full.pop() if len(full) == 1 else name
    return name


def _a_sentence(text: str, start: int, end: int) -> bool:
    """Is the duration a court's sentence ("jailed for", "sentenced to", "a nine-year prison sentence")?"""
    return bool(SENTENCED_BEFORE.search(text, max(0, start - 40), start) or SENTENCED_AFTER.match(text, end)) \
        and not NOT_HANDED_DOWN.search(text, max(0, start - 40), start)


def _what_lasted(text: str, match) -> str:
    """The noun a hyphenated duration describes: "78-day Allied bombardment" -> "Allied bombardment"."""
    if "-" not in match.group(0):
        return ""
    words = WHAT_LASTED.match(text[match.end():])
    return words.group(1) if words else ""


def _offset(ctx, match) -> dict | None:
    """"a decade after the 1998-1999 conflict": the anchor date and the date it leads to."""
    relation = RELATION.match(ctx.text, match.end())
    if not relation:
        return None
    anchor = next((d for d in ctx.dates if 0 <= d.start - relation.end() <= 12 and d.when), None)
    target = min((d for d in ctx.dates if d is not anchor and d.when and d.end <= match.start()),
                 key=lambda d: match.start() - d.end, default=None)
    if not anchor or not target:
        return None
    event = EVENT_WORDS.match(ctx.text[anchor.end:])
    return {"relation": relation.group("rel").lower(), "event": (ctx.text[anchor.start:anchor.end] + event.group(0)).strip(),
            "anchor": [anchor.when.start.isoformat(), anchor.when.end.isoformat(), ctx.text[anchor.start:anchor.end]],
            "target": [target.when.start.isoformat(), target.when.end.isoformat(), ctx.text[target.start:target.end]]}


EXAMPLES = (
    Example("Sawe won the London Marathon in 2:02:27, outside Kiptum's world record of 2:00:35.",
            ({"measure": "time", "value": 7347, "unit": "second"},
             {"measure": "record time", "value": 7235, "unit": "second"}),
            note="a race's time, in seconds; a record's apart"),
    Example("Sawe won in 2 hours 3 minutes 27 seconds.", ({"measure": "time", "value": 7407, "unit": "second"},)),
    Example("The conflict ended with a 78-day Allied bombardment.",
            ({"surface": "78-day", "measure": "duration", "value": 78, "unit": "day",
              "subject": "Allied bombardment"},)),
    Example("The drought lasted for two years.", ({"value": 2, "unit": "year", "qualifier": "exact"},)),
    Example("Repairs could take four or five weeks.",
            ({"surface": "four or five weeks", "unit": "week", "low": 4, "high": 5, "qualifier": "range"},),
            note="alternatives are one interval, as a range"),
    Example("Independence came in 2008, about a decade after the 1998-1999 conflict.",
            ({"surface": "about a decade", "value": 1, "unit": "decade", "low": 0.95, "high": 1.05,
              "detail": '{"anchor": ["1998-01-01", "1999-12-31", "1998-1999"], "relation": "after", '
                        '"target": ["2008-01-01", "2008-12-31", "2008"]}'},)),
    Example("The rescue took 36 hours.", ({"value": 36, "unit": "hour"},)),
    Example("Thirty-five years after the blast, the site is still closed.",
            ({"surface": "Thirty-five years", "value": 35, "unit": "year"},)),
    Example("The buyback could take between 12 and 18 months.",
            ({"surface": "between 12 and 18 months", "low": 12, "high": 18, "unit": "month", "qualifier": "range"},)),
    Example("He faces three to five years in prison.",
            ({"surface": "three to five years", "low": 3, "high": 5, "qualifier": "range"},)),
    Example("A 10- to 12-year sentence was imposed.", ({"surface": "10- to 12-year", "low": 10, "high": 12},)),
    Example("The talks lasted two and a half years.", ({"value": 2.5, "unit": "year"},)),
    Example("Prices doubled over the past two years.", ({"surface": "the past two years", "value": 2},)),
    Example("The season started about a month earlier than usual.",
            ({"surface": "about a month", "value": 1, "unit": "month", "qualifier": "about"},),
            note="an offset from another time, not a date from the source"),
    Example("Coal use will surge over the next decade.", ({"surface": "the next decade", "value": 1, "unit": "decade"},)),
    Example("Several days into the search, police found him.",
            ({"surface": "Several days", "low": 3, "high": 9, "unit": "day", "qualifier": "vague"},)),
    Example("He has been treated for depression in recent weeks.",
            ({"surface": "recent weeks", "unit": "week", "qualifier": "vague"},)),
    Example("Carriers will file prices over the next few months.",
            ({"surface": "the next few months", "low": 2, "high": 5, "unit": "month", "qualifier": "vague"},)),
    Example("The oil companies had blocked the standards for years.",
            ({"surface": "years", "low": 2, "unit": "year", "qualifier": "vague"},)),
    Example("The 45-year-old mayor resigned.", (), note="near miss: an age is no duration"),
    Example("Pension costs will rise by about $28 million a year, and the line carries 12 trains a day.", (),
            note="near miss: a rate is no duration"),
    Example("The repairs took about a year.", ({"measure": "duration", "value": 1, "unit": "year"},)),
    Example("Most two-year-olds were vaccinated.", (), note="near miss: an age group is no duration"),
    Example("All children 6 months and older should be vaccinated.", (), note="near miss: an age"),
    Example("Talks began two years ago.", (), note="a relative date, not a duration"),
    Example("Those were the best years of his life.", (), note="near miss: years that measure nothing"),
    Example("He spoke in the last days of the campaign.", ()),
)
