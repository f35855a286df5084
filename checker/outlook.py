"""Whether a figure is a measured level or what someone expects, aims at, offers or asks for.

"Analysts had forecast a gap of $80 million", "expects revenue of $2.1 billion", "a
projected $95 million shortfall", "94 cents vs. 88 cents expected", "guided to revenue of
$4.9 billion", "up to 12 inches of rain could fall" are forecasts; "aims to cut it to 40",
"its 2% target" are targets; "the company offered a 20% raise", "would have raised wages
14%", "wants to raise taxes by 4%" are proposals; "the union is demanding a 15% raise",
"seeking a 15% pay rise" are demands (a union's ask and an employer's offer are two
figures, and neither is what was agreed).  None is the level the story measures, so each
is compared only with its kind (the claims table gives it the measure `<measure> forecast`,
`target`, `proposal` or `demand`).  The cue must stand earlier in the figure's clause:
"higher than expected at 3.2%" and "offered a raise and said punctuality was 71.4%" are levels.
"""

from __future__ import annotations

import re

CUE = re.compile(r"(?<!than\s)(?<!as\s)\b(?:forecasts?|forecast(?:ed|ing)|projected|projecting|projections?|"
                 r"predicts?|predicted|predicting|predictions?|expects?|expected|expecting|expectations?|"
                 r"anticipates?|anticipated|outlook|guidance|guided\s+(?:to|for)|"
                 # "traffic would reach 60,000 vehicles a day by 2030": what a move is said to come to
                 # (not "Council tax will rise 4.99% from April": what is decided)
                 r"(?:(?:would|could|may|might)\s+(?:(?:likely|eventually|soon|probably)\s+)?|will\s+(?:likely|"
                 r"eventually|probably)\s+)(?:reach|rise|fall|climb|hit|top|exceed|grow|double|drop|surpass)(?:\s+to)?|"
                 r"will\s+(?:reach|hit|top|exceed|surpass|double))\b(?P<forecast>)|"
                 r"\b(?:targets?|targeted|targeting|aims?\s+to|aiming\s+to|goal\s+of|pledged?\s+to|"
                 r"vows?\s+to|vowed\s+to|promised?\s+to)\b(?P<target>)|"
                 r"\b(?:propos(?:e|es|ed|ing|als?)|would\s+have|(?:wants?|wanted|seeks?|seeking|sought)\s+to)\b"
                 r"(?P<proposal>)|"
                 r"\b(?:offers?|offered|counter-?offers?)\b(?P<offer>)|"
                 r"\b(?:demand(?:s|ed|ing)|seek(?:s|ing)?|sought|calling\s+for|ask(?:s|ed|ing)?\s+for|"
                 r"wants?|wanted|push(?:es|ed|ing)?\s+for|holding\s+out\s+for)\b(?!\s+to\b)(?P<demand>)", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;:.](?!\d)|\b(?:but|while|whereas|although|though|said|says|after|because|when|"
                          r"following|despite)\b", re.IGNORECASE)
TARGET_AFTER = re.compile(r"(?:\s+(?:inflation|growth|deficit|emissions))?\s+(?:target|goal)\b", re.IGNORECASE)
# "94 cents vs. 88 cents expected": the figure of an expectation, in a results table's words
EXPECTED_AFTER = re.compile(r"\s+(?:expected|forecast|projected)(?=\s*(?:[.,;)]|$))", re.IGNORECASE)
# "up to 12 inches of rain could fall", "as many as 500 jobs may go": what may yet come (not "the 500
# workers who could lose their jobs", "the toll of 9 is expected to rise", "300 homes may be without
# power": they are counted now)
MAY_COME_AFTER = re.compile(r"(?:\s+(?!(?:who|which|that|and|but)\b)[\w'’-]+){0,4}?\s+(?:could|may|might|"
                            r"(?:is|are)\s+(?:expected|forecast|predicted|likely)\s+to)\s+(?:still\s+)?"
                            r"(?:fall|reach|hit|top|exceed|accumulate|go)\b", re.IGNORECASE)
KINDS = ("forecast", "target", "proposal", "demand")
PLAN = "plan"  # what a firm will do to things it counts ("will recall 1.2 million vehicles": checker.figures)
READ_BEFORE = 100  # characters of the clause before a figure that may hold its cue


def outlook(text: str, anchor: int, end: int, money: bool = False) -> str:
    """"forecast", "target" or "proposal" when the figure at `anchor`..`end` of a sentence is
    what someone expects, aims at or offers (the last cue in its clause before it, or
    "target" right after it); "" for a level.  An offer is a proposal only of money or a
    rate (`money`): "offered a 20% raise", not "offered shelter to 300 evacuees"."""
    if TARGET_AFTER.match(text, end):
        return "target"
    if EXPECTED_AFTER.match(text, end) or MAY_COME_AFTER.match(text, end):
        return "forecast"
    lead = text[max(0, anchor - READ_BEFORE):anchor]
    breaks = list(CLAUSE_BREAK.finditer(lead))
    cue = None
    for cue in CUE.finditer(lead, breaks[-1].end() if breaks else 0):
        pass
    if cue is None or (cue.group("offer") is not None or cue.group("demand") is not None) and not money:
        return ""
    return "proposal" if cue.group("offer") is not None else next(k for k in KINDS if cue.group(k) is not None)


def with_outlook(measure: str, kind: str) -> str:
    """The measure of a figure of that kind: "budget gap" -> "budget gap forecast" (a
    measure that already says it, "inflation target", stays)."""
    told = measure.split()
    return f"{measure} {kind}" if kind and measure and kind not in told and PLAN not in told[-1:] else measure
