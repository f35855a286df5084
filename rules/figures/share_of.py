"""The part and the whole a percentage is stated with, for the arithmetic to check.

News often gives a share with the counts it comes from: "712,450 of the 2,286,000 valid
votes cast, or 34.2 percent", "2,500 jobs, about 12 per cent of its workforce of 31,000",
"4,200 of the city's 15,000 teachers (28%)", "Of the 52 people taken to hospital, 13, or 25
percent, ...".  The percentage rule keeps the two counts in
its claim's detail (`share_of`); `checker.findings.arithmetic` divides them.  Used by
`amounts`, not a rule of its own.
"""

import re

from checker.numbers import NumberMention

# "712,450 of the 2,286,000": a part, "of", the whole (a few words may stand between)
PART_OF_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w'’-]+\s+){0,2}?")
# between the whole's noun and the share: ", or", " - ", "(", ", about" (a qualifier is the share's own)
TO_SHARE = re.compile(r"(?:\s+[\w'’-]+){0,8}?(?:,\s*(?:or|which\s+is|representing|equal\s+to)?|\s+[—–-]|\s*\()\s*")
# "2,500 jobs, about 12 per cent": the part's noun, then the share
PART_NOUN = re.compile(r"(?:\s+[\w'’-]+){1,2},\s*(?:or\s+)?")
# "12 per cent of the combined workforce of 31,000", "28% of its 15,000 teachers"
OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+|totalling\s+|numbering\s+)?")


# a share whose own words name what it is of, or a change: not the part of that whole
OWN_BASE_AFTER = re.compile(r"\s+(?:of\s+(?:whom|which|them|those|these|the\s+(?:popular\s+)?votes?|(?:the\s+)?ballots|"
                            r"(?:all\s+)?votes)\b|more\b|less\b|fewer\b|higher\b|lower\b|up\b|down\b|above\b|below\b|"
                            r"increase|rise|fall|drop|decline|gain|growth|jump)", re.IGNORECASE)
# "Of the 52 people taken to hospital, 13, or 25 percent, ...", "Of the 58 cases, 49 — or 84% —":
# the whole opens the clause, the part follows it, then the share
OPENING_OF = re.compile(r"(?:^|[,;:]\s+|[“\"(]\s*)of\s+(?:the\s+|its\s+|their\s+|all\s+|those\s+|these\s+)?"
                        r"(?:[\w-]+['’]s?\s+)?$", re.IGNORECASE)  # "Of the district's 1,420 classroom teachers"
WHOLE_TO_PART = re.compile(r"(?:\s+[\w'’-]+){0,9}?\s*(?:,|\s[—–-])\s*")
PART_TO_SHARE = re.compile(r"\s*(?:,|\s[—–-]|\()\s*(?:or\s+)?")
OWN_BASE = re.compile(r"\s+of\b", re.IGNORECASE)  # "300, or 4 percent of the firm's UK workforce"
OF_PRONOUN = re.compile(r"\s+of\s+(?:whom|which|them|those|these)\b", re.IGNORECASE)


def share_of(text: str, numbers: list[NumberMention], index: int) -> list[list] | None:
    """[[part low, part high, as written], [whole low, whole high, as written]] for the
    percentage numbers[index], or None when the sentence states no counts it is of."""
    share = numbers[index]
    counts = [n for n in numbers if not n.unit and n.qualifier != "vague"]
    before = [n for n in counts if n.end <= share.start]
    # not "..., 85% of whom voted", "33.7% of the vote", "4% more than a year earlier"
    if len(before) >= 2 and not OWN_BASE_AFTER.match(text, share.end):
        part, whole = before[-2], before[-1]
        if PART_OF_WHOLE.fullmatch(text, part.end, whole.start) and TO_SHARE.fullmatch(text, whole.end, share.start):
            return _pair(part, whole)
        whole, part = before[-2], before[-1]
        if OPENING_OF.search(text, max(0, whole.start - 40), whole.start) and not OWN_BASE.match(text, share.end) \
                and WHOLE_TO_PART.fullmatch(text, whole.end, part.start) \
                and PART_TO_SHARE.fullmatch(text, part.end, share.start):
            return _pair(part, whole)
    after = [n for n in counts if n.start >= share.end]
    if before and after and PART_NOUN.fullmatch(text, before[-1].end, share.start) \
            and OF_WHOLE.fullmatch(text, share.end, after[0].start) and not OF_PRONOUN.match(text, share.end):
        return _pair(before[-1], after[0])
    return None


def _pair(part: NumberMention, whole: NumberMention) -> list[list] | None:
    if not 0 < part.low <= whole.high:
        return None  # a part is no larger than its whole: "3 of the 2" is no share
    return [[part.low, part.high, part.text], [whole.low, whole.high, whole.text]]
