"""A person's age: "Anjali Deshpande, 52, told reporters", "Kasper Lindqvist, aged 47",
"the 52-year-old Deshpande", "Deshpande, a 52-year-old pilot".

The subject is the person as written (without titles); the measure is `age`, in years, as
of the source date whatever the sentence dates ("Smith, 52, joined in 2019" is 52 now), and
fixed when the sentence tells of that person's death.  Ages told of one person across
sources must fit the time between them (`checker.findings.ages`): 47 in June and 52 in
September is an error however the birthday falls.  An age with no name ("a 19-year-old
student") counts nothing and states no age of anyone the story follows.
"""

import regex as re

from checker.dates import PAST_IRREGULAR
from checker.rulekit import Example, Match
from checker_rules.names.people import NAME_RUN, NAME_WORD, compiled, without_titles

NAME = rf"(?P<name>{NAME_RUN})"
SURNAME = rf"(?P<surname>{NAME_WORD}(?:\s+{NAME_WORD})?)"
AGE = r"(?P<age>[1-9]\d?|10\d)"
PATTERN = re.compile(
    # "Anjali Deshpande, 52, told", "Kasper Lindqvist, aged 47,", "Deshpande, a 52-year-old pilot";
    # not a table ("Great Britain, 14, New Zealand, 9"), a list ("Goldman Sachs, 12, and Morgan
    # Stanley") or a bracket of ages ("Tower Hamlets, aged 65 and over")
    rf"{NAME},\s+(?:aged\s+{AGE}(?!\s+(?:and|or|to)\b|-)\b|{AGE},\s+(?!and\b|or\b)(?=[a-z$£€])|"
    rf"an?\s+{AGE}-year-old\b)"
    # "the 52-year-old Deshpande has", "52-year-old Anjali Deshpande said": the name right after,
    # then a verb or a stop (not "the 21-year-old England midfielder")
    rf"|\b{AGE}-year-old\s+{SURNAME}(?=\s*[,.;(]|\s+[a-z])"
)
# after a surname alone, a verb (not "the 21-year-old England midfielder")
VERB_AFTER = re.compile(rf"\s*[,.;(]|\s+(?:has|had|was|is|said|says|told|will|would|who|did|{PAST_IRREGULAR}|"
                        r"[a-z]+ed)\b")


def find(ctx):
    if "-year-old" not in ctx.text and not AGE_IN_COMMAS.search(ctx.text):
        return
    not_names = compiled(ctx.config.lexicon)[1]  # the words no person's name holds, as the name rule reads them
    for match in PATTERN.finditer(ctx.text):
        who = match.group("name") or match.group("surname")
        who = without_titles(who, ctx.config.lexicon)  # "Captain Rohan Mehta, 52": Rohan Mehta
        if any(word in not_names for word in who.split()):
            continue  # "The", a month, a country's words, an organisation's head noun: no person
        if match.group("surname") and len(who.split()) == 1 and not VERB_AFTER.match(ctx.text, match.end()):
            continue
        start, end = match.span("age")  # every reading holds the age (the one group of that name it took)
        age = float(match.group("age"))
        # an age at a death is that day's, never older ("Sarah Everard, 33, was murdered")
        at_death = bool(DEATH_AFTER.match(ctx.text, match.end()) or LATE_BEFORE.search(ctx.text, 0, match.start()))
        yield Match(start, end, "figure", "age", value=age, low=age, high=age, unit="year", qualifier="exact",
                    subject=who, anchor=start,
                    detail={"stated": f"{age:g}", "person": who} | ({"at_death": True} if at_death else {}))


AGE_IN_COMMAS = re.compile(r",\s+(?:aged\s+)?\d{1,3}\b")
# the person died: "Sarah Everard, 33, was murdered", "Margaret Ellison, 82, who died on Monday",
# "the 33-year-old Everard was killed", "the late John Smith, 82,"
DEATH_AFTER = re.compile(r"[,\s]*(?:who\s+|[^.;]{0,40}?\bwho\s+)?(?:had\s+|has\s+)?(?:died|dies|was\s+(?:killed|murdered|"
                         r"found\s+dead|shot\s+dead|stabbed\s+to\s+death|slain|pronounced\s+dead)|were\s+killed)\b",
                         re.IGNORECASE)
LATE_BEFORE = re.compile(r"\bthe\s+late\s+$", re.IGNORECASE)

EXAMPLES = (
    Example("Anjali Deshpande, 52, told reporters the strike would go on.",
            ({"measure": "age", "value": 52, "subject": "Anjali Deshpande", "unit": "year"},)),
    Example("The club's manager, Kasper Lindqvist, aged 47, signed a new deal.",
            ({"measure": "age", "value": 47, "subject": "Kasper Lindqvist"},)),
    Example("The 52-year-old Deshpande has led the guild since 2019.",
            ({"measure": "age", "value": 52, "subject": "Deshpande"},)),
    Example("Ruth Ortiz, 71, who was convicted in 2019, appealed.",
            ({"measure": "age", "value": 71, "as_of_basis": "source_date"},),
            note="an age is told as of the telling, whatever the sentence dates"),
    Example("The 21-year-old England midfielder scored twice.", (), note="near miss: a team is no person"),
    Example("The medal table: Great Britain, 14, New Zealand, 9.", (), note="near miss: a table"),
    Example("Police said a 19-year-old student was arrested.", (),
            note="near miss: an age with no name states no one's age"),
    Example("The medal table: United States, 40, China, 38.", (), note="near miss: a table's count is no age"),
)
