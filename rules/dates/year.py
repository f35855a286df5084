"""Years, year ranges, decades, centuries and parts of a year: "in 1999", "1998-1999", "the 1990s", "late 2022".

"2026-27" (a year and the next one's last two digits) is one fiscal year or season, not
two years: read as the 12 months from 1 April (the fiscal year of the UK, India, Japan,
Canada and most budgets that are written this way), or from 1 August for a school or
academic year or a sports season, precision `year`; "2026-2027" and
"2026 to 2027" stay two calendar years.  Quarters ("the third quarter of 2024", "Q3
2024") are parts of a year.  A year inside a telephone number, after a label ("Resolution
1701") or before a number that cannot end a range ("in 2020 to 84 counts") is read alone
or not at all.

A four-digit number is a year when it reads as one: after "in", "since", "by" and the
like, in a range of years, or before a noun it dates ("the 2022 elections"); before a
counted noun ("2000 protesters") or after a qualifier ("about 2000") it is a count.
"The 20th century" is 1900-1999, as readers count it (precision `century`).
"""

import re

from checker import dates
from checker.numbers import LABEL_BEFORE, phone_spans
from checker.rulekit import Example, Match

QUARTERS = {"first": 1, "1st": 1, "q1": 1, "second": 2, "2nd": 2, "q2": 2, "third": 3, "3rd": 3, "q3": 3,
            "fourth": 4, "4th": 4, "q4": 4}

PARTS = r"early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|spring|summer|autumn|fall|winter|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of"
CENTURY_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                 "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
PATTERN = re.compile(
    rf"\b(?:(?:between|from)\s+)?(?P<y1>{dates.YEAR})\s*(?:-|–|—|/|\bto\b|\band\b)\s*(?P<y2>{dates.YEAR}|\d\d)\b(?!\s*(?:-|–)\d)"
    rf"|\bthe\s+(?P<decade>1[5-9]\d0|20[0-9]0)s\b"
    rf"|\b(?:(?:early|mid|late)[\s-]+)?(?P<century>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+[Cc]entury\b"
    rf"|\b(?:(?:early|mid|late)[\s-]+)?(?P<cword>(?i:{'|'.join(CENTURY_WORDS)}))[\s-]+[Cc]entury\b"
    rf"|\b(?:the\s+)?(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(?P<qy>{dates.YEAR})\b"
    rf"|\b(?P<q>Q[1-4])\s*(?P<qy2>{dates.YEAR})\b"
    rf"|\b(?:(?P<part>{PARTS})[\s-]+)(?P<py>{dates.YEAR})\b"
    rf"|(?<![\d,.$€£])\b(?P<year>{dates.YEAR})\b(?![,.]\d|\s*(?:%|per\s?cent))"
)
YEAR_CONTEXT = re.compile(
    r"\b(?:in|since|until|till|by|from|during|through|before|after|of|year|years|the|early|"
    r"mid|late|between|and|to|or|around|circa|c\.|until|spring|summer|autumn|fall|winter|fiscal)[\s-]*$",
    re.IGNORECASE,
)
NOT_A_YEAR_BEFORE = re.compile(r"(?:about|around|some|nearly|almost|over|than|least|up\s+to|of\s+about|number|total)\s+$", re.IGNORECASE)

# every reading needs a year's four digits or a century: a sentence with neither is not scanned
# "the 2023-24 school year", "the 2022-23 season": from August, not April
ACADEMIC_AFTER = re.compile(r"\s+(?:(?:school|academic)\s+year|season|term|campaign)\b", re.IGNORECASE)
HINT = re.compile(r"(?:1[5-9]|20)\d\d|entury")
AFTER_WORD = re.compile(r"\s+([a-z][\w-]*)")
CLOCK_DIGITS = re.compile(r"[0-2]\d[0-5]\d")
RANGE_WORD = re.compile(r"\bto\b|\band\b")
SINGLE_YEAR = re.compile(rf"(?:(?:between|from)\s+)?(?P<year>{dates.YEAR})")
PART_EDGES = re.compile(r"^the\s+|\s+of$")


def find(ctx):
    if not HINT.search(ctx.text):
        return
    phones = phone_spans(ctx.text)
    for match in PATTERN.finditer(ctx.text):
        g = match.groupdict()
        if phones and any(s <= match.start() < e for s, e in phones):
            continue  # "0117 922 2000" is a telephone number
        if g["y1"]:
            first, second = int(g["y1"]), g["y2"]
            last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
            two_digits = len(second) == 2
            if two_digits and last == first + 1 and not RANGE_WORD.search(match.group(0)):
                academic = ACADEMIC_AFTER.match(ctx.text, match.end())
                yield Match(match.start(), match.end(), "date", "event_date",
                            when=dates.fiscal_year(first, 8 if academic else 4))
            elif first < last <= first + 50 and not (two_digits and RANGE_WORD.search(match.group(0))):
                yield Match(match.start(), match.end(), "date", "event_date", when=dates.year(first, last))
            else:  # "in 2020 to 84 counts": no range, the first year alone
                single = SINGLE_YEAR.match(match.group(0))
                start = match.start() + single.start("year")
                if _reads_as_year(ctx, start, start + 4, int(single.group("year"))):
                    yield Match(start, start + 4, "date", "event_date", when=dates.year(int(single.group("year"))))
        elif g["decade"]:
            yield Match(match.start(), match.end(), "date", "event_date", when=dates.decade(int(g["decade"])))
        elif g["century"] or g["cword"]:
            number = int(g["century"]) if g["century"] else CENTURY_WORDS[g["cword"].lower()]
            yield Match(match.start(), match.end(), "date", "event_date", when=dates.century(number))
        elif g["py"]:
            part = PART_EDGES.sub("", g["part"]).split()[0]
            part = {"first": "first half", "second": "second half"}.get(part, part)
            yield Match(match.start(), match.end(), "date", "event_date",
                        when=dates.part_of_year(int(g["py"]), part))
        elif g["quarter"] or g["qy"]:
            yield Match(match.start(), match.end(), "date", "event_date",
                        when=dates.quarter(int(g["qy"] or g["qy2"]), QUARTERS[(g["quarter"] or g["q"]).lower()]))
        elif _reads_as_year(ctx, match.start(), match.end(), int(g["year"])):
            yield Match(match.start(), match.end(), "date", "event_date", when=dates.year(int(g["year"])))


# "(1520 GMT)", "at 0930 local time", "at 1800 hours": a clock time, no year
CLOCK_AFTER = re.compile(r"\s*(?:GMT|UTC|Z\b|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|MSK|IST|JST|AEST|AEDT|"
                         r"WIB|SAST|WAT|EAT|local\s+time|hours?|hrs|h)\b")
AT_BEFORE = re.compile(r"\bat\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


def _reads_as_year(ctx, start, end, value) -> bool:
    before = ctx.text[max(0, start - 20):start]
    if NOT_A_YEAR_BEFORE.search(before) or LABEL_BEFORE.search(before):
        return False
    if CLOCK_AFTER.match(ctx.text, end) or (value < 1900 and AT_BEFORE.search(before)
                                            and CLOCK_DIGITS.fullmatch(ctx.text[start:end])):
        return False
    after = AFTER_WORD.match(ctx.text[end:end + 30])
    if after and after.group(1).lower() in ctx.config.measures:
        return False
    return bool(YEAR_CONTEXT.search(before)) or not after or value >= 1900


EXAMPLES = (
    Example("About 50,000 troops were deployed after the end of the war in 1999.",
            ({"surface": "1999", "as_of_start": "1999-01-01", "as_of_end": "1999-12-31",
              "as_of_precision": "year"},)),
    Example("It came about a decade after the 1998-1999 conflict.",
            ({"surface": "1998-1999", "as_of_start": "1998-01-01", "as_of_end": "1999-12-31"},)),
    Example("Floods like this were last seen in the 1990s.",
            ({"surface": "the 1990s", "as_of_start": "1990-01-01", "as_of_end": "1999-12-31",
              "as_of_precision": "decade"},)),
    Example("The bridge is due to reopen in late 2025.",
            ({"surface": "late 2025", "as_of_start": "2025-09-01", "as_of_end": "2025-12-31"},)),
    Example("The 2022 elections were close.", ({"surface": "2022", "as_of_start": "2022-01-01"},)),
    Example("Women were a curiosity for much of the 20th century.",
            ({"surface": "20th century", "as_of_start": "1900-01-01", "as_of_end": "1999-12-31",
              "as_of_precision": "century"},)),
    Example("The chapel is a fine nineteenth-century building.",
            ({"surface": "nineteenth-century", "as_of_start": "1800-01-01"},)),
    Example("It was the 20th anniversary of the Century Club.", (), note="near miss: an ordinal, no century"),
    Example("The club's 2023-24 accounts show a loss.",
            ({"surface": "2023-24", "as_of_start": "2023-04-01", "as_of_end": "2024-03-31", "as_of_precision": "year"},),
            note="a fiscal year or season is twelve months, not two years"),
    Example("Coverage was 89.6% in the 2023-24 school year.",
            ({"surface": "2023-24", "as_of_start": "2023-08-01", "as_of_end": "2024-07-31"},),
            note="a school year or a season runs from August"),
    Example("He admitted in 2019 to 37 counts of fraud.",
            ({"surface": "2019", "as_of_start": "2019-01-01", "as_of_end": "2019-12-31"},),
            note="2019 to 37 is no range"),
    Example("Output fell in the third quarter of 2024.",
            ({"surface": "the third quarter of 2024", "as_of_start": "2024-07-01", "as_of_end": "2024-09-30",
              "as_of_precision": "part_of_year"},)),
    Example("The ferry capsized shortly after leaving port (1520 GMT) on Friday.", (),
            note="near miss: a clock time before a time zone is no year"),
    Example("The alarm was raised at 0940 on the second day.", (), note="near miss: a 24-hour clock time"),
    Example("For bookings, call 0161 496 2000.", (), note="near miss: a telephone number"),
    Example("Police said 2000 protesters gathered.", (), note="near miss: a count before its noun"),
    Example("The council approved about 2000 new homes.", ()),
)
