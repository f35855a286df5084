"""Reading what a number counts: the counted noun after it, or what happened to them.

Shared by the figure rules: "3,700 soldiers" counts `troops`, "93 soldiers were
injured" counts `injured`, "close to 4,000 of them" counts whatever "them" were.
The words come from the vocabulary data, so a story adds its own nouns without code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from checker.config import Config

WORD = re.compile(r"[A-Za-z][\w'’-]*|[,;:()–—]")
STOP = frozenset(
    "of in at on to from for with by and or were was is are be been being have has had the a an "
    "which who that than as into over under per each while when where whom whose".split()
)
AUXILIARY = re.compile(r"\s+(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|been|got|had|have|has|"
                       r"remain|remains|remained|remaining|stay|stays|stayed|still|"
                       r"reportedly|also|now|later|all|so\s+far|seriously|critically|slightly|"
                       r"confirmed|feared|believed|presumed|thought\s+to\s+be|known\s+to\s+be|"
                       r"(?:initially\s+|originally\s+|first\s+)?reported|said\s+to\s+be)\s+)*",
                       re.IGNORECASE)
DEMONYM_ENDINGS = ("ans", "ese", "is", "ons", "ites")
PEOPLE_ENDINGS = ("ers", "ists", "ians", "men", "ees")
# "130,000 people in Los Angeles County were ordered to ..."
PLACE_PHRASE = re.compile(r"\s+(?:of\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:crash|disaster|sinking|fire|attack|collapse|"
                          r"shooting|explosion|blast|derailment|shipwreck|earthquake|quake|flood|floods|storm)\s+"
                          r"(?=[a-z])|"  # "12 survivors of the Santander crash remained in hospital"
                          r"(?:in|from|at|across)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4})")
# "157 people on board were killed", "62 passengers aboard the plane died": where they were
ON_BOARD = re.compile(r"\s+(?:on\s+board|aboard)(?:\s+(?:the|a)\s+[a-z][\w-]*)?(?=\s)", re.IGNORECASE)
# "63-seat", "five-member", "12-storey": a singular noun hyphened to a number is an adjective
ADJECTIVE_HYPHEN = re.compile(r"-(?!strong\b)[a-z]+(?<!s)\b(?!-)", re.IGNORECASE)
# "a 19-year-old student", "aged 7 months old": an age, which counts nothing
AGE = re.compile(r"(?:-|\s+)(?:years?|months?|weeks?|days?)(?:-|\s+)old\b", re.IGNORECASE)
# "23 of the state's 35 districts", "12 of the 40 passengers", "56 of the 200 seats": the text
# before the whole a part is of (a total of the group, never the count a story follows)
WHOLE_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                          r"hundreds?))\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s?\s+)?$")
OF_THE_LOWER = re.compile(r"\s+of\s+(?:the\s+)?[a-z]")  # "24,000 of the drivers"
OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
NEXT_NUMBER = re.compile(r"(?<![\w-])\d")  # a number of its own, not the "19" of "COVID-19"
POSSESSIVES = re.compile(r"(?:[\w-]+['’]s?\s+)*")
# counted_noun reads at most the sixth word after the number (a word, the next two after the fourth)
WORDS_READ = 6
OPENERS = " \"'“‘("  # what may stand before a sentence's first word
TIME_UNITS = frozenset("second seconds minute minutes hour hours day days week weeks month months "
                       "year years decade decades century centuries".split())


# "2,500 patients a month", "15,000 hectares a day", "kills 1.2 million people a year": a rate,
# not a level (not "a year ago", "a day earlier", "a week after the storm")
PER_PERIOD = re.compile(r"\s+(?:a|an|per|each|every)\s+(?P<period>hour|day|week|month|year)\b"
                        r"(?!\s+(?:ago|earlier|later|before|after|on(?!\s+average)|of|and)\b)(?!-)", re.IGNORECASE)


def per_period(text: str, end: int) -> str:
    """The period a quantity ending at `end` is told per ("day" for "15,000 hectares a day"), or ""."""
    rate = PER_PERIOD.match(text, end)
    return rate.group("period").lower() if rate else ""


@dataclass(frozen=True)
class Counted:
    measure: str
    start: int  # span of the counted noun phrase (or the event word)
    end: int
    noun: str
    known: bool  # the noun is in the vocabulary (not just any plural noun)


TELLING = frozenset("told tells tell said says say added warned reported wrote explained asked".split())


def counted_noun(text: str, end: int, config: Config, vague: bool = False) -> Counted | None:
    """The noun a number counts, skipping up to three modifiers: "20 coalition allies"."""
    if AGE.match(text, end):
        return None
    qualified = config.qualifier_after_re.match(text, end) if config.qualifier_after_re else None
    known = WORD.match(text, qualified.end(1) + 1) if qualified else None
    if known and known.group(0).lower() in config.measures:  # "40 or so protesters" (not "40 or so millimetres")
        end = qualified.end(1)
    position = end
    hyphened = text[end:end + 1] == "-" and ADJECTIVE_HYPHEN.match(text, end)
    if vague or OF_THE_LOWER.match(text, end):
        of = OF_THE.match(text, end)
        if of:
            position = of.end()
    # the noun stands before the next number: "40 tents housed 300 people" counts tents; a
    # partitive reads on ("130 of the district's 400 schools")
    window = min(len(text), position + 80)
    limit = NEXT_NUMBER.search(text, position, window)
    if limit and not POSSESSIVES.fullmatch(text, position, limit.start()):
        window = limit.start()
    tokens = list(islice(WORD.finditer(text, position, window), WORDS_READ))
    if hyphened:  # "a 63-seat parliament", "a 300-bed hospital": the number describes a size, it counts
        # nothing; only a group's members count ("the 27-nation bloc", "a five-member panel")
        token = tokens[0] if tokens else None
        word = token.group(0).lower() if token else ""
        measure = config.measures.get(word)
        if not measure or not (word in config.people_nouns or measure in config.people_nouns or measure == "nations"):
            return None
        return Counted(measure, token.start(), token.end(), word, True)
    state = tokens[0].group(0).lower() if tokens and tokens[0].group(0).lower() in STATES else ""
    if not state and len(tokens) > 1 and tokens[1].group(0).lower() in STATES_AFTER:
        state = tokens[1].group(0).lower()  # "1.2 billion shares outstanding" are the outstanding shares
    for index, token in enumerate(tokens[:4]):
        word = token.group(0)
        lowered = word.lower()
        if lowered in STOP or lowered in TELLING or not word[0].isalpha():
            return None  # "Several told aid workers": the verb ends what a number can count
        if lowered.endswith(("'s", "’s")):  # "24,000 of the railway's drivers": a possessive only modifies
            continue
        two = f"{lowered} {tokens[index + 1].group(0).lower()}" if index + 1 < len(tokens) else ""
        if two in config.measures:
            return _in_state(Counted(config.measures[two], token.start(), tokens[index + 1].end(), two, True),
                             state, config)
        if lowered in config.measures:
            return _in_state(Counted(config.measures[lowered], token.start(), token.end(), lowered, True), state, config)
        if lowered in config.not_counts or lowered in TIME_UNITS:
            return None
        if index == 0 and _demonym(word):  # "tens of thousands of Georgians"
            return Counted("people", token.start(), token.end(), lowered, True)
        if index <= 1 and _plural_noun(word) and not _followed_by_noun(tokens, index, config):
            return _in_state(Counted(lowered, token.start(), token.end(), lowered, False), state, config)
    return None


# States of things that make a stock of their own: "6,912 unsold homes" are not the homes sold,
# "1,200 active cases" not all the cases, "4,300 vacant posts" not the posts
STATES = frozenset("unsold vacant empty active available unoccupied abandoned unfilled outstanding unpaid".split())
STATES_AFTER = frozenset("unsold vacant unoccupied unfilled outstanding unpaid".split())  # "homes unsold"


def _in_state(counted: Counted, state: str, config: Config) -> Counted:
    """`counted` in the state its first modifier names (not people's: "active troops" are troops)."""
    if not state or state in counted.noun.split() or counted.measure == "people" or counted.noun in config.people_nouns \
            or counted.measure in config.people_nouns:
        return counted
    return Counted(f"{state} {counted.measure}", counted.start, counted.end, counted.noun, counted.known)


# "later raised that to", "revised the toll up to", "raised their estimate of the crowd to": the
# words before a figure that replaces one told before it (the counts rule and the claims stage both read it)
REVISED_TO = (r"(?:revised|revises|revising|raised|raises|lowered|lowers|corrected|corrects|updated|updates|"
              r"adjusted|adjusts|increased|cut)\s+(?:(?:the|its|their|that)\s+(?:figure|number|total|toll|count|"
              r"estimate|tally|forecast)(?:\s+of\s+the\s+(?:crowd|turnout|dead|toll|death\s+toll))?|that|it)"
              r"\s+(?:(?:up|down)(?:wards?)?\s+)?to")
# "the mission has lost at least 180 peacekeepers", "lost 40 people to the fighting": the dead of
# the one who lost them, never a smaller force or population (not "lost 2,000 residents to emigration")
LOST_BEFORE = re.compile(r"\b(?:lost|lose|loses|losing)\s+(?:(?:a\s+total\s+of|another|a\s+further)\s+)?$",
                         re.IGNORECASE)
VIOLENT_CAUSE_AFTER = re.compile(
    r"\s+(?:to|in)\s+(?:[\w'’-]+\s+){0,3}?(?:acts?|attacks?|ambush(?:es)?|fighting|clashes|combat|violence|"
    r"battles?|war|bombings?|raids?|shelling|explosions?|blasts?|conflict|insurgents?|insurgency|gunfire|"
    r"hostilities|air\s*strikes?|drone\s+strikes?)\b", re.IGNORECASE)
ARMED_MEASURES = frozenset({"troops"})
# "lost 200 soldiers to desertion", "lost 40 staff to rivals": people who left, not the dead
OTHER_LOSS_AFTER = re.compile(r"\s+(?:to|through)\s+(?:[\w'’-]+\s+){0,2}?(?:desertions?|defections?|resignations?|"
                              r"retirements?|attrition|emigration|migration|rivals?|competitors?|other\s+\w+|"
                              r"transfers?|redundanc(?:y|ies)|layoffs?|injur(?:y|ies)|illness|sickness|captivity|"
                              r"capture)\b", re.IGNORECASE)


def lost_as_killed(text: str, start: int, counted: Counted | None, config: Config) -> bool:
    """Is the number at `start` the dead of a force or a group that "lost" them?  An armed
    force's losses are its dead; other people's only with a violent cause after them."""
    if counted is None or not LOST_BEFORE.search(text, max(0, start - 30), start) \
            or OTHER_LOSS_AFTER.match(text, counted.end):
        return False
    armed = counted.measure in ARMED_MEASURES or counted.noun in config.casualty_groups
    return armed or (is_people(counted, config) and bool(VIOLENT_CAUSE_AFTER.match(text, counted.end)))


# who the counted were, set off by commas before what happened to them: ", a 68-year-old farmer,",
# ", both tourists,", ", all of them children,"
WHO_ASIDE = re.compile(r",\s+(?:an?|both|all|two|three|several|most|many)\s+[^,;:()]{2,50}?,"
                       r"|,\s+all\s+of\s+them\s+[^,;:()]{2,40}?,")


WHO_ARE = re.compile(r"\s+(?:who|that)(?=\s+(?:are|were|is|was|have|has|had|remain|remained)\b)")


def event_after(text: str, end: int, config: Config) -> tuple[str, int] | None:
    """What happened to the counted: "... were injured", "... died", "left 93 injured"."""
    place = PLACE_PHRASE.match(text, end)  # "130,000 people in Los Angeles County were ordered to ..."
    if place and config.events_re.match(text, _after_auxiliary(text, place.end() - 1)):
        end = place.end() - 1
    aboard = ON_BOARD.match(text, end)
    if aboard and config.events_re.match(text, _after_auxiliary(text, aboard.end())):
        end = aboard.end()
    aside = WHO_ASIDE.match(text, end)  # "One person, a 68-year-old farmer, was killed"
    if aside and config.events_re.match(text, _after_auxiliary(text, aside.end())):
        end = aside.end()
    relative = WHO_ARE.match(text, end)  # "four miners who are trapped"
    if relative and config.events_re.match(text, _after_auxiliary(text, relative.end())):
        end = relative.end()
    position = _after_auxiliary(text, end)
    match = config.events_re.match(text, position)
    if not match:
        return None
    return config.events[match.group(1).lower()], match.end(1)


def _after_auxiliary(text: str, position: int) -> int:
    aux = AUXILIARY.match(text, position)
    return aux.end() if aux else position


def _demonym(word: str) -> bool:
    return word[0].isupper() and word[1:].islower() and len(word) > 4 and word.endswith(DEMONYM_ENDINGS)


def is_people(counted: Counted | None, config: Config) -> bool:
    """Can what was counted be hurt, killed or arrested? People can; earthquakes cannot."""
    if counted is None or counted.noun in config.people_nouns or counted.measure == "people":
        return True
    # a plural the vocabulary does not know, made like a person's: hikers, cyclists, Afghans-
    # style demonyms are handled apart; "earthquakes", "homes" are no people
    return not counted.known and counted.noun.endswith(PEOPLE_ENDINGS)


# Verbs of a level moving, as news writes them: "prices rose 0.4% from January" (the date is
# what it is compared with), "prices rose" vs "prices fell" (two moves, not one event)
# the noun a move's size is told with ("a 4.1% gain", "an increase of 14%"; the first five rise), and
# where that size ends its clause (not "a 5% rise from a year ago", "a 4% drop in revenue": another
# time's or thing's move)
SIZE_NOUNS = ("gain", "increase", "rise", "jump", "climb", "drop", "fall", "decline", "decrease", "cut", "reduction")
RISE_NOUNS = frozenset(SIZE_NOUNS[:5])
SIZE_NOUN = "(?:" + "|".join(SIZE_NOUNS) + ")"
# a hedge between a move's words and its size ("an increase of more than 1,500 hectares")
SIZE_HEDGE = (r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|just\s+over|just\s+under|"
              r"another|a\s+further|an\s+estimated)\s+)?")
# the size of a move told as a noun: "an increase of 24 cases", "a net gain of 9,000 members", "an increase of
# more than 1,500 hectares" (a change, never a count or a quantity of the thing)
SIZE_OF_BEFORE = re.compile(rf"\b(?:an?|the|its|their)\s+(?:(?:net|further|overnight|weekly|daily|monthly|sharp|small|"
                            rf"slight|modest|steep|big|large)\s+)?(?P<noun>{SIZE_NOUN})\s+of\s+{SIZE_HEDGE}$",
                            re.IGNORECASE)
# those aboard a ship or a plane: how many there were is a fact of its own, fixed on the day
ABOARD = frozenset({"crew", "passengers"})
SIZE_ENDS = r"(?=\s*(?:[,.;:)]|$)|\s+(?:that|which)\b)"
RISE_WORDS = frozenset("rose rise rises risen increased grew climbed jumped gained".split())
FALL_WORDS = frozenset("fell fall falls fallen decreased declined dropped slipped shrank eased".split())
# "rose 6% to $8.4 billion from $7.9 billion", "fell from 1,450 to 1,210", "cut the rate from 5%":
# where a level moved from (the words between are a size, a "to" figure or a few plain words,
# never a clause of their own), an earlier level when it is of what moved (claims.py); "up from
# 14", "down from $3.9 billion" always are
MOVED_FROM_BEFORE = re.compile(
    r"\b(?:rose|risen|rise|rises|rising|increased|increases|grew|grown|climbed|jumped|soared|surged|gained|"
    r"fell|fallen|falls|falling|dropped|declined|decreased|decreases|slipped|shrank|shrunk|eased|slid|tumbled|"
    r"plunged|dipped|sank|slumped|cut|cuts|reduced|lowered|raised|hiked|narrowed|widened|"
    r"(?:ticked|edged|inched|crept|moved|went)\s+(?:up|down|higher|lower))"  # "ticked up to 4%, from 3.9%"
    r"\s+(?:(?:[^\s\d,;:()]+|[$€£¥]?\d[\d,.]*\S*)\s+){0,9}?from\s+"
    r"(?:(?:an?|the|about|around|some|nearly|almost|just|roughly)\s+)*$", re.IGNORECASE)
# a new clause with a subject of its own between two figures ("Visitors rose 12% to 3.2 million, while
# hotel stays rose from 800,000 to 850,000")
CLAUSE_TURN = re.compile(r"[;:]|,\s+(?:while|whereas|and|but|as|although)\b|\s(?:while|whereas)\s", re.IGNORECASE)
UP_OR_DOWN_FROM_BEFORE = re.compile(r"\b(?:up|down)\s+(?:(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?"
                                    r"[\d.,]+\s*(?:%|percent\b|per\s+cent\b|pc\b|(?:percentage\s+)?points?\b)\s+)?"
                                    r"from\s+(?:(?:an?|the|about|around|some|nearly|almost|just|roughly)\s+)*$",
                                    re.IGNORECASE)  # "up from 14", "up 9% from 26,310"

# verbs in the third person that look plural: "District Lodge 88 says", "Route 9 remains shut"
# (not "runs", "calls", "accounts", "plans": those are counted too)
S_VERBS = frozenset("says has does goes gets makes takes seems remains includes means comes wants needs puts lets "
                    "sees knows keeps gives tells expects compares represents equals brings".split())


ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")  # "240,000 SUVs", "320 MPs", "30 NGOs"


def _plural_noun(word: str) -> bool:
    """"1,800 linemen", "12 gunmen", "18,000 fisherfolk" are plurals without an "s"; "SUVs",
    "MPs" and "NGOs" are acronyms' plurals."""
    if ACRONYM_PLURAL.fullmatch(word):
        return True
    if word.islower() and len(word) > 5 and (word.endswith("folk") or word.endswith("men") and word[-4] not in "aiou"):
        return True
    return (word.islower() and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "ous", "is"))
            and word not in S_VERBS)


def _followed_by_noun(tokens, index: int, config: Config) -> bool:
    """"3 villages' wells": a later known noun is the counted one (not past a preposition:
    "148,000 teachers in schools" counts teachers)."""
    for token in tokens[index + 1:index + 3]:
        word = token.group(0).lower()
        if word in STOP:
            return False
        if word in config.measures:
            return True
    return False


# What happened to the things counted, told by the verb before the count or after its noun ("cancelled
# 1,350 flights", "300 homes were destroyed", "16,000 schools in England were fully or partially
# closed"): those it happened to, never all there are ("England has 24,400 schools", "operated 3,500
# flights").  Stem -> the state's one word.
THING_STATES = {"destroy": "destroyed", "raze": "destroyed", "razed": "destroyed", "flatten": "destroyed",
                "level": "destroyed", "burn": "destroyed", "burnt": "destroyed", "damag": "damaged", "clos": "closed",
                "shut": "closed", "cancel": "cancelled", "scrap": "cancelled", "delay": "delayed",
                "ground": "grounded", "divert": "diverted", "flood": "flooded", "inundat": "flooded",
                "submerg": "flooded", "recall": "recalled", "sold": "sold", "sell": "sold", "deliver": "delivered",
                "built": "built", "build": "built", "reopen": "reopened", "suspend": "suspended", "seiz": "seized",
                "stolen": "stolen", "stole": "stolen", "lost": "destroyed", "swept": "destroyed", "derail": "derailed"}
# ("damaged or destroyed" is two of them; "without" begins what the things are left without)
THING_STATE_WORDS = frozenset(THING_STATES.values()) | {"without", "reconnected"}
# the verb before a count, in any form ("will recall", "is closing", "cancels", "destroyed")
_STATE_VERBS = (r"(?:swept\s+away|destroy(?:ed|s|ing)?|raz(?:e|ed|es|ing)|flatten(?:ed|s|ing)?|level(?:l?ed|l?ing)|"
                r"burn(?:ed|s|ing)?|burnt|damag(?:e|ed|es|ing)|clos(?:e|ed|es|ing)|shut(?:s|ting)?|"
                r"cancel(?:l?ed|l?ing|s)?|scrap(?:ped|s|ping)?|delay(?:ed|s|ing)?|ground(?:ed|s|ing)?|"
                r"divert(?:ed|s|ing)?|flood(?:ed|s|ing)?|inundat(?:e|ed|es|ing)|submerg(?:e|ed|es|ing)|"
                r"recall(?:ed|s|ing)?|sold|sell(?:s|ing)?|deliver(?:ed|s|ing)?|built|build(?:s|ing)?|"
                r"reopen(?:ed|s|ing)?|suspend(?:ed|s|ing)?|seiz(?:e|ed|es|ing)|stolen|stole|derail(?:ed|s|ing)?)")
# after the noun only a participle ("300 homes were destroyed", "1,350 flights cancelled"): "delays",
# "levels", "floods" are nouns there
_STATE_PARTICIPLES = (r"(?:lost|swept\s+away|destroyed|razed|flattened|levell?ed|burned|burnt|damaged|closed|shut|"
                      r"cancell?ed|scrapped|delayed|grounded|diverted|flooded|inundated|submerged|recalled|sold|"
                      r"delivered|built|reopened|suspended|seized|stolen|derailed)")
STATE_BEFORE_COUNT = re.compile(rf"\b(?P<state>{_STATE_VERBS})\s+(?:(?:a\s+total\s+of|an?\s+estimated|at\s+least|"
                                r"more\s+than|about|around|some|nearly|almost|roughly|over|another|a\s+further|"
                                r"all|its|their|the)\s+)*$", re.IGNORECASE)
STATE_AFTER_NOUN = re.compile(r"(?:\s+(?:in|at|across|on|from|near|of)\s+[^,;.()]{1,40}?)?\s+"
                              r"(?P<aux>(?:(?:were|was|are|is|have|has|had|been|being|will|would|could|may|might|be|"
                              r"to|set|expected|due|remain|remained|remains|stay|stayed|stays|also|now|still|either|"
                              r"fully|partially|partly|completely|totally|entirely|temporarily|badly|severely|heavily|"
                              rf"or|and)\s+)*)(?P<state>{_STATE_PARTICIPLES})\b(?!\s+(?:to|down)\b)", re.IGNORECASE)
PASSIVE = re.compile(r"\b(?:were|was|been)\b", re.IGNORECASE)
PASSIVE_END = re.compile(r"\s*(?:[,.;:)]|$|(?:in|to|on|at|when|after|as|during|since|across|by)\b)", re.IGNORECASE)
EITHER_STATE = re.compile(r"\b(?:damaged|destroyed)\s+or\s+(?:\w+ly\s+)?(?:damaged|destroyed)\b", re.IGNORECASE)
STATE_IN_NOUN = re.compile(rf"\s(?P<state>{_STATE_PARTICIPLES})\s", re.IGNORECASE)
# what is told as still to be done to the things: "2,000 flights will be cancelled", "set to be sold"
PLANNED_AUX = re.compile(r"\b(?:will|would|could|may|might|set|expected|due)\b(?!\s+have\b)", re.IGNORECASE)


# an average, a median, a typical one: "an average household size of 3.5 people", "the average
# wildfire in the region burns about 50 hectares" (never a count or a size of all of them)
AVERAGE_BEFORE = re.compile(r"(?<!above\s)(?<!below\s)(?<!than\s)\b(?:average|median|mean|typical)\b"
                            r"(?:(?![,;:]\s|\s(?:and|but|while|whereas|as|at)\s|\sof\s+the\s)[^.;:])*$", re.IGNORECASE)


# What the things or people counted were left without: "250,000 homes lost power", "5,000 people were
# left without water", "cut power to 40,000 homes" (a count of those cut off, never all there are);
# "40 homes lost their roofs" are without roofs.  The supply -> the state.
SUPPLIES = {"power": "without power", "electricity": "without power", "water": "without water",
            "heat": "without heating", "heating": "without heating",
            "roof": "without roofs", "roofs": "without roofs"}
_SUPPLY = r"(?:their\s+|its\s+|the\s+|all\s+)?(?P<supply>power|electricity|(?:running\s+)?water|heat(?:ing)?|roofs?)\b"
SUPPLY_AFTER_NOUN = re.compile(r"(?:\s+and\s+(?:businesses|offices|premises|shops))?"  # "homes and businesses"
                               r"(?:\s+(?:in|at|across|on|from|near|of)\s+[^,;.()]{1,40}?)?\s+"
                               r"(?:(?:were|was|are|is|have|has|had|been|remain(?:ed|s)?|still|also|briefly|"
                               r"temporarily|left|plunged)\s+)*(?:(?:lost|losing|lose|without|cut\s+off\s+from)\s+"
                               + _SUPPLY + r"(?!\s+(?:bills?|prices?|rates?|meters?|companies|company|lines?|plants?))"
                               r"|in\s+the\s+dark\b(?!\s+(?:about|over|as\s+to|on)\b)(?P<dark>))", re.IGNORECASE)
_SUPPLIED_TO = (r"(?:power|electricity|water)(?:\s+supplies|\s+supply)?\s+(?:(?:has|had|was|have|been)\s+)*"
                r"(?P<restored>restored\s+)?to\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|"
                r"at\s+least|an\s+estimated|another|a\s+further)\s+)?$")
# "cut power to 40,000 homes" (left without it); "restored power to 80,000 homes" (reconnected)
SUPPLY_BEFORE_COUNT = re.compile(r"\b(?:(?:cut(?:ting|s)?|knock(?:ed|ing|s)\s+out)\s+(?=(?P<supply>power|electricity|"
                                 r"water))|(?P<restore>restor(?:ed|es|ing|e)\s+)(?=power|electricity|water)|"
                                 r"(?=(?:power|electricity|water)\s+(?:(?:has|had|was|have|been)\s+)*restored\s+to))"
                                 + _SUPPLIED_TO, re.IGNORECASE)


# "Outages fell to about 410,000 customers", "power outages affecting 20,000 homes": those without power
OUTAGES_BEFORE = re.compile(r"\b(?<!IT\s)(?<!internet\s)(?<!network\s)(?<!water\s)(?<!gas\s)(?<!system\s)"
                            r"(?:power\s+|electricity\s+)?outages?\b[^.;:]{0,30}?\b(?:to|at|of|affecting|affected|"
                            r"hit|hitting|for)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|"
                            r"at\s+least|an\s+estimated|just\s+over|just\s+under)\s+)?$", re.IGNORECASE)


def supply_state(text: str, start: int, noun_end: int) -> str:
    """What the things or people a count starting at `start` counts (its noun ending at
    `noun_end`) were left without ("without power", "without roofs"); "reconnected" for a supply
    restored; "" for none."""
    told = SUPPLY_BEFORE_COUNT.search(text, max(0, start - 50), start) or SUPPLY_AFTER_NOUN.match(text, noun_end)
    if not told:
        return "without power" if OUTAGES_BEFORE.search(text, max(0, start - 60), start) else ""
    if "restore" in told.groupdict() and (told.group("restore") or told.group("restored")):
        return "reconnected"
    if told.groupdict().get("dark") is not None:
        return "without power"  # "26,000 customers were still in the dark"
    return SUPPLIES[told.group("supply").lower().split()[-1]]


def thing_state(text: str, start: int, noun_end: int) -> str:
    """The state a verb gives the things a count starting at `start` counts, its noun ending at
    `noun_end` ("closed", "cancelled", "destroyed"), with " plan" when they are told as still
    to be done to them ("2,000 flights will be cancelled": compared with other plans, never
    with what was done); "" for none."""
    before = STATE_BEFORE_COUNT.search(text, max(0, start - 40), start)
    after = None if before else STATE_AFTER_NOUN.match(text, noun_end)
    told = before or after or STATE_IN_NOUN.search(text, start, noun_end)  # "2,100 destroyed structures"
    if not told:
        return ""
    word = told.group("state").lower()
    if word == "lost" and not (after and PASSIVE.search(after.group("aux")) and PASSIVE_END.match(text, after.end())):
        return ""  # "250,000 homes lost power": what they lost, not that they were lost ("60 homes were lost")
    state = next((state for stem, state in THING_STATES.items() if word.startswith(stem)), "")
    if state in ("damaged", "destroyed") and EITHER_STATE.search(text, max(0, told.start("state") - 25),
                                                                  told.end("state") + 25):
        state = "damaged or destroyed"  # "damaged or destroyed 12,000 structures": both, never the destroyed alone
    # (a firm's own act, "will recall", "is closing", "recalled", is one announcement however told: never a plan)
    planned = not before and bool(after and PLANNED_AUX.search(after.group("aux"))
                                  and "have" not in after.group("aux").lower().split())
    return f"{state} plan" if state and planned else state
