"""A vote's tally: "the council approved the plan by a vote of 9-4", "the Senate voted 52-48
to confirm her", "in a 5-2 vote", "passed by 312 votes to 286", "with 214 votes in favour,
97 against", "voted by 2,941 to 364 in favour", "2,941 backed strike action and 412 voted against",
"the 5-2 vote to cut the rate".

The subject is what was voted on, as the clause names it ("the stadium plan", "the offer",
"the bill passed by ..."): a council or a parliament holds many votes a day, and two
tallies are one vote's only when they are on the same thing.  A tally whose clause names
no such thing ("voted 52-48 to confirm her") is not read: it would meet the body's other votes;
a "decision" or a "move" names what it was on after it ("split 4-3 on the decision to cut the rate").
Each side is a claim of its own: `votes in favour` (the first number: the side that carried, or
the motion's supporters) and `votes against`; when the tally is told of a rejection ("voted
down the plan 9-4", "rejected the motion by 240 votes to 180") the first number is the votes
against (the tally's own words tell it: not "Two members voted against, but the council
approved the plan 9-4").  Outlets that give the same vote different tallies then conflict, and the same
tally corroborates.  A tally needs a vote's words right before or after it ("voted 52-48",
"by a vote of 9-4", "in a 5-2 vote") or a verb a body passes a motion with ("approved the plan
9-4"), and ends its phrase: "Arsenal beat Chelsea 3-1" and "a 29-28 decision" on points are
scores, "a 24-7 crisis line" and "a 70-30 split" no tally, and "52%-48%" shares.
"""

import regex as re

from checker.numbers import parse_number
from checker.rulekit import Example, Match

COUNT = r"\d{1,3}(?:,\d{3})+|\d{1,6}"
DASH = r"\s?[-–—]\s?"
# a verb a council, a parliament or a court passes (or throws out) a measure with, then its object
BODY_VERBS = (r"approved|passed|adopted|carried|confirmed|endorsed|ratified|upheld|rejected|"
              r"overturned|struck\s+down|turned\s+down|threw\s+out|vetoed")
# a rejection told by the tally's own verb ("rejected the plan 9-4", "voted 9-4 against")
REJECTION = re.compile(r"\b(?:rejected|voted\s+(?:down|against)|turned\s+down|threw\s+out|defeated|vetoed|"
                       r"overturned|struck\s+down)\b[^,;]*$", re.IGNORECASE)
# what the vote was on: the object of a body's verb or of "to approve", or what a vote is "in
# favour of" or "on" ("approved the stadium plan", "voted 412-88 in favour of the offer",
# "to confirm Rana Patel")
ACTIONS = (r"approve|pass|adopt|accept|back|endorse|ratify|confirm|reject|block|uphold|overturn|strike\s+down|"
           r"end|suspend|extend|ban|raise|cut|repeal|sell|buy|close|build|merge|fund|advance|appoint|elect|impeach|"
           r"remove|censure|expel|lower|reduce|increase|hold|keep|leave|lift|scrap|delay|abolish|introduce")
WHEN_WORDS = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
              r"July|August|September|October|November|December)\b")
MOTION_OBJECT = re.compile(
    rf"\b(?:{BODY_VERBS}|backed|blocked|supported|opposed|to\s+(?:{ACTIONS})|in\s+favou?r\s+of|on|against)\s+"
    r"(?P<motion>(?:(?:the|an?|its|their)\s+(?:(?:[A-Za-z][\w'’-]*|[$£€]?\d[\d.,]*)\s+){0,3}?[A-Za-z][\w'’-]*|"
    rf"(?!{WHEN_WORDS})[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}|"
    # a bare plural or mass noun phrase ("to lower rates", "in favour of strike action"), never a pronoun
    r"(?!(?:it|them|this|that|these|those|him|her|us|me|you|what|which|whether|how|each|all|both|by|in|on|at|"
    r"with|for|to|of|from|after|before|over|under|and|but|as|than|not|[a-z]+ly)\b)"
    r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?))"
    r"(?=\s+(?:by|in|on|at|with|after|before|from|for|to|that|which|who|and|but|during|late|early|this|last)\b|"
    r"\s+(?:[a-z]+ed|was|were|is|are|has|had|have|drew|came|left|made|gave|took|shows?)\b|"  # a verb ends it
    r"\s+\d|\s*[,.;:)—–]|\s*$)")
# "The bill passed by 312 votes to 286", "the motion was carried with 214 votes in favour"
MOTION_SUBJECT = re.compile(
    r"\b(?P<motion>(?:[A-Za-z][\w'’-]*\s+){0,2}?(?:bill|motion|measure|amendment|resolution|proposal|plan|ordinance|"
    r"budget|law|deal|offer|referendum|treaty|agreement|contract|nomination|appointment|merger|bid|settlement))\s+"
    r"(?:was\s+|were\s+|had\s+been\s+)?(?:passed|carried|approved|adopted|rejected|defeated|failed|fell|cleared)\b",
    re.IGNORECASE)
# words naming that a vote was held, not what it was on: "split 4-3 on the decision to cut the rate"
GENERIC_MOTION = re.compile(r"(?:decision|move|matter|question|issue)$", re.IGNORECASE)
OF_ACTION = re.compile(rf"\s+(?:to|of)\s+(?:{ACTIONS})(?:ing)?\s+", re.IGNORECASE)
YEAR_SPAN = re.compile(r"(?:1[89]|20)\d\d\s?[-–—]\s?\d\d")
DETERMINER = re.compile(r"^(?:the|an?|its|their)\s+", re.IGNORECASE)
SPORT = re.compile(r"\b(?:beat|beats|scored?|goals?|points|match|game|bout|fight|judges|scorecards?|innings|"
                   r"knockout|title|cup|league|season|final|semi-final|playoffs?|unanimous\s+decision|"
                   r"split\s+decision|aggregate|favourites?|favorites?|odds|race|sets?|rounds?|wins?|won|victory|"
                   r"draw|drew)\b", re.IGNORECASE)
IN_FAVOUR_AFTER = re.compile(r"\s+in\s+favou?r\b", re.IGNORECASE)
AGAINST_AFTER = re.compile(r"\s+against\b", re.IGNORECASE)  # "voted 9-4 against the plan"
NOT_A_COUNT_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent|[-–—]\s?\d|\.\d)", re.IGNORECASE)
# after a tally: the clause ends, or a date, a purpose or the vote's word follows (not "a 24-7
# crisis line", "a 70-30 funding split", "the 9-5 shift")
TALLY_END = (r"(?=\s*[,.;:)—–]|\s*$|\s+(?:on|in|at|after|before|to|with|and|but|late|early|this|last|against|"
             r"vote|votes|ruling|decision|verdict)\b)")
PATTERN = re.compile(
    # "voted 52-48", "by a vote of 9-4", "ruled 6-3", "approved the plan 9-4"
    rf"(?:\b(?:voted|ruled|split|splitting|divided|vote\s+of|ballot\s+of|decision\s+of)\s+(?:(?:on\s+)?\w+day\s+)?|"
    rf"\b(?:{BODY_VERBS})\b(?:\s+(?!an?\b)[\w'’-]+){{1,5}}?\s+(?:by\s+)?)"
    rf"(?<!\d[.,]?)(?P<first>{COUNT}){DASH}(?P<second>{COUNT})\b{TALLY_END}"
    # "voted 9 to 4", "by a vote of 11,482 to 3,917", "approved the new contract by 11,482 to 3,971"
    rf"|(?:\b(?:voted|ruled|vote\s+of|ballot\s+of)\s+(?:(?:on\s+)?\w+day\s+)?|"
    rf"\b(?:{BODY_VERBS})\b(?:\s+(?!an?\b)[\w'’$£€.-]+){{1,5}}?\s+by\s+)"
    rf"(?<!\d[.,]?)(?P<first7>{COUNT})\s+to\s+(?P<second7>{COUNT})\b{TALLY_END}"
    # "passed by 312 votes to 286"
    rf"|\bby\s+(?P<first4>{COUNT})\s+votes?\s+to\s+(?P<second4>{COUNT})\b"
    # "voted by 2,941 to 364 in favour", "voted overwhelmingly, by 412 to 88, to accept"
    rf"|\bvoted\s+(?:\w+ly,?\s+)?by\s+(?P<first5>{COUNT})\s+to\s+(?P<second5>{COUNT})\b{TALLY_END}"
    # "in a 5-2 vote", "by a 6-3 majority", "the court's 6-3 ruling": the tally, then the vote's word
    rf"|(?:\b(?:by|in|with|after|following)\s+an?\s+|\b(?:the|this|that)\s+|['’]s\s+)(?P<first2>{COUNT}){DASH}"
    rf"(?P<second2>{COUNT})\s+"
    rf"(?:vote|votes|ballot|majority|decision|ruling|verdict)\b"
    # "with 214 votes in favour, 97 against", "312 votes for and 286 against"
    rf"|(?<![\d.,])(?P<first3>{COUNT})\s+(?:votes?\s+)?(?:in\s+favou?r|for)(?:\s+of\s+[\w\s'’-]{{1,40}}?)?,?\s+"
    rf"(?:and\s+|with\s+|to\s+)?(?P<second3>{COUNT})\s+(?:votes?\s+)?against\b"
    # "2,941 of its members backed strike action ..., with 364 voting against", "... and 412 voted against"
    rf"|(?<![\d.,])(?P<first6>{COUNT})\s+(?:of\s+(?:its|the|their)\s+)?(?:[a-z][\w'’]*\s+)?"
    r"(?:backed|supported|voted\s+(?:for|in\s+favou?r))"
    rf"\b[^.;]{{0,100}}?(?:,\s+|\s+)(?:and|with|while|whereas)\s+(?P<second6>{COUNT})\s+(?:[\w'’]+\s+){{0,2}}?"
    r"(?:voting|voted|opposed|opposing|were\s+against)\b(?!\s+(?:for|in\s+favou?r)\b)",
    re.IGNORECASE,
)

# an electorate of thousands, whose small "3 to 1" is a ratio
MASS_VOTERS = re.compile(r"\b(?:voters|shareholders|stockholders|residents|members|electorate|public|citizens|"
                         r"workers|employees|staff)\b", re.IGNORECASE)
# a tally told by its sides' verbs is a vote's only in a sentence about a vote, and never a poll's
VOTE_WORD = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballot(?:s|ed)?|tally)\b", re.IGNORECASE)
POLL_WORD = re.compile(r"\b(?:polls?|polled|survey(?:s|ed)?|respondents|consultation|petition)\b", re.IGNORECASE)


def find(ctx):
    if not any(digit in ctx.text for digit in "0123456789"):
        return
    for match in PATTERN.finditer(ctx.text):
        group = next(g for g in ("first", "first2", "first3", "first4", "first5", "first6", "first7")
                     if match.group(g) is not None)
        if group == "first6" and (not VOTE_WORD.search(ctx.text) or POLL_WORD.search(ctx.text)):
            continue  # "540 supported the ban, with 380 opposed", a survey found: no vote
        second = group.replace("first", "second")
        if NOT_A_COUNT_AFTER.match(ctx.text, match.end(second)):
            continue  # "52-48 percent", "7-2-1": no tally of two sides
        first_value, second_value = parse_number(match.group(group)), parse_number(match.group(second))
        if first_value is None or second_value is None:
            continue
        if group == "first7" and second_value < 10 and MASS_VOTERS.search(ctx.text, *_clause(ctx.text, match.start(),
                                                                                               match.end())):
            continue  # "Shareholders voted 3 to 1 against the pay package": a ratio, not a count of votes
        if group not in ("first3", "first6") and (first_value < second_value
                                  or YEAR_SPAN.fullmatch(ctx.text, match.start(group), match.end(second))):
            continue  # "a majority of 20-30 MPs", "the 2025-26 budget": a range, not a tally (the winners come first)
        clause = _clause(ctx.text, match.start(), match.end())
        if SPORT.search(ctx.text, *clause):
            continue  # "won a split decision 115-113": judges' cards, not a vote
        own = max(clause[0], ctx.text.rfind(",", 0, match.start(group)) + 1)  # the tally's own words
        rejected = group not in ("first3", "first6") and not IN_FAVOUR_AFTER.match(ctx.text, match.end(second)) and bool(
            REJECTION.search(ctx.text, own, match.start(group)) or AGAINST_AFTER.match(ctx.text, match.end(second)))
        motion = _motion(ctx.text, own, clause[1])
        if not motion:
            continue  # a body holds many votes a day: a tally of nothing named would meet the others
        tally = f"{match.group(group)}-{match.group(second)}"
        sides = ("votes against", "votes in favour") if rejected else ("votes in favour", "votes against")
        for name, value, measure in ((group, first_value, sides[0]), (second, second_value, sides[1])):
            yield Match(match.start(name), match.end(name), "figure", measure, value=value, low=value, high=value,
                        qualifier="exact", subject=motion, anchor=match.start(),
                        detail={"stated": match.group(name), "tally": tally})


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause the tally sits in: from the last semicolon or sentence start to the next."""
    opened = max(text.rfind(";", 0, start), text.rfind(":", 0, start))
    closed = min([i for i in (text.find(";", end), text.find(":", end)) if i >= 0] or [len(text)])
    return opened + 1, closed


def _motion(text: str, start: int, end: int) -> str:
    """What the clause's vote was on, without its determiner ("" when it names nothing)."""
    for pattern in (MOTION_OBJECT, MOTION_SUBJECT):
        found = pattern.search(text, start, end)
        if found and GENERIC_MOTION.search(found.group("motion")):  # "the decision to cut the rate": the rate
            action = OF_ACTION.match(text, found.end("motion"))
            found = MOTION_OBJECT.search(text, action.start(), end) if action else None
        if found:  # "a $4.18 billion budget" is the budget whatever sum each outlet gives it
            return DETERMINER.sub("", MONEY_WORDS.sub("", found.group("motion")))
    return ""


MONEY_WORDS = re.compile(r"[$£€]?\d[\d.,]*\s+(?:(?:million|billion|trillion|bn|m)\s+)?", re.IGNORECASE)


EXAMPLES = (
    Example("The city council approved the plan by a vote of 9-4 on Tuesday.",
            ({"measure": "votes in favour", "value": 9}, {"measure": "votes against", "value": 4})),
    Example("The Senate voted 52-48 to confirm Rana Patel.",
            ({"measure": "votes in favour", "value": 52, "subject": "Rana Patel"},
             {"measure": "votes against", "value": 48})),
    Example("The board backed the merger in a 5-2 vote.",
            ({"measure": "votes in favour", "value": 5}, {"measure": "votes against", "value": 2})),
    Example("The bill passed by 312 votes to 286.",
            ({"measure": "votes in favour", "value": 312}, {"measure": "votes against", "value": 286})),
    Example("The assembly rejected the motion by 240 votes to 180.",
            ({"measure": "votes against", "value": 240}, {"measure": "votes in favour", "value": 180}),
            note="a rejection's first number is the votes against"),
    Example("The motion was carried with 214 votes in favour, 97 against and 12 abstentions.",
            ({"measure": "votes in favour", "value": 214}, {"measure": "votes against", "value": 97})),
    Example("The committee voted 5-2 to lower the cash rate.",
            ({"measure": "votes in favour", "value": 5, "subject": "cash rate"},
             {"measure": "votes against", "value": 2})),
    Example("Members voted by 2,941 to 364 in favour of strike action.",
            ({"measure": "votes in favour", "value": 2941, "subject": "strike action"},
             {"measure": "votes against", "value": 364})),
    Example("Of the 3,305 votes cast, 2,941 backed strike action and 412 voted against.",
            ({"measure": "votes in favour", "value": 2941, "subject": "strike action"},
             {"measure": "votes against", "value": 412})),
    Example("The board was split 4-3 on the decision to sell the stadium.",
            ({"measure": "votes in favour", "value": 4, "subject": "stadium"},
             {"measure": "votes against", "value": 3}),
            note="a decision names what it was on after it"),
    Example("The 5-2 vote to cut the rate surprised markets.",
            ({"measure": "votes in favour", "value": 5, "subject": "rate"}, {"measure": "votes against", "value": 2})),
    Example("The council voted 9 to 4 on Tuesday to approve a $4.18 billion budget.",
            ({"measure": "votes in favour", "value": 9, "subject": "budget"},
             {"measure": "votes against", "value": 4, "subject": "budget"}),
            note="a sum in the motion's words is no part of its name"),
    Example("Members approved the new contract by 11,482 to 3,971.",
            ({"measure": "votes in favour", "value": 11482, "subject": "new contract"},
             {"measure": "votes against", "value": 3971})),
    Example("The board approved the move to cut pay from 15 to 12 days.", (),
            note="near miss: a move from one figure to another is no tally"),
    Example("Arsenal beat Chelsea 3-1 on Saturday.", (), note="near miss: a score is no vote"),
    Example("Two members voted against, but the council approved the stadium plan 9-4.",
            ({"measure": "votes in favour", "value": 9}, {"measure": "votes against", "value": 4}),
            note="another clause's rejection is not the tally's"),
    Example("The Senate voted 52-48 to confirm her.", (), note="near miss: a vote on nothing named"),
    Example("The council approved a 24-7 crisis line.", (), note="near miss: no tally"),
    Example("He won a split decision 115-113 on the judges' cards.", (), note="near miss: a bout's scorecards"),
    Example("A majority of 20-30 MPs is expected to back the plan.", (), note="near miss: a range, not a tally"),
    Example("The council voted on the 2025-26 budget on Monday.", (), note="near miss: a financial year"),
    Example("Voters backed the treaty 52%-48%.", (), note="near miss: shares, not counts of votes"),
)
