"""A count of people or things: "around 10,000 troops", "48 nations", "dozens of protesters".

The measure is the counted noun, mapped through the vocabulary (troops, soldiers,
forces, peacekeepers -> `troops`; nations, countries -> `nations`); a plural noun the
vocabulary does not know counts itself ("300 hospitals" -> `hospitals`).  "Close to
4,000 of them" counts what "them" counted in the sentence before.  Numbers that are
years, dates, times, ordinals or parts of names are not counts.

A level a verb runs to ("the number of confirmed cases rose to 1,240", "admissions stood
at 412", "infections rising to 840", "arrivals hit a record 2.1 million") counts the noun named before the verb, as the
vocabulary maps it (people "in hospital" are `hospitalised`); "up from 298 a week
earlier" is the same measure's earlier level, dated by its own date.  A hyphened size
("a 63-seat parliament", "a 300-bed hospital") counts nothing; a group's members do
("the 27-nation bloc").
"""

import re

from checker.alternation import alternation
from checker.dates import MONTH, PAST_IRREGULAR, is_future
from checker.figures import (AVERAGE_BEFORE, OPENERS, REVISED_TO, WHOLE_BEFORE, is_people, per_period, supply_state,
                             thing_state)
from checker.rulekit import Example, Match
from checker_rules.figures.amounts import FALL, RISE

OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.IGNORECASE)
# "confirmed cholera in 312 of them", "among 12 of them": some of them, after a preposition
SOME_OF_THEM_BEFORE = re.compile(r"\b(?:in|among|for|from|to|with)\s+$", re.IGNORECASE)
# "Organisers put the figure at 2,000", "... while 100,000 took part": the same measure again
SAME_AGAIN_BEFORE = re.compile(r"\b(?:(?:puts?|putting|estimated?|estimates|placed?|places|gave|gives)\s+"
                               r"(?:the\s+|its\s+|their\s+)?(?:figure|number|total|crowd|turnout|"
                               r"toll|count)\s+at|" + REVISED_TO + r")\s+$", re.IGNORECASE)
# a union or a body of members that "represents" a count of people: its membership (not an MP's voters)
REPRESENTS_BEFORE = re.compile(r"\b(?:[Uu]nions?|[Ff]ederation|[Aa]ssociation|[Cc]onfederation|[Gg]uild|[Cc]ongress|"
                               r"[Ss]yndicate|[Cc]ollege)\b[^.;:]{0,60}?\brepresent(?:s|ed|ing)\s+$")
# what "put the crowd at", "raised their estimate of the crowd to" name themselves (not "the figure")
# ("put the turnout at" is a crowd's as often as a vote's: the figure before says which)
NAMED_AGAIN = re.compile(r"\b(?:crowd|death\s+toll|toll|dead)\b", re.IGNORECASE)
NAMED_AGAIN_MEASURES = {"crowd": "crowd", "death toll": "killed", "toll": "killed", "dead": "killed"}
# "410 of the posts were vacant", "24,000 of the railway's drivers walked out": a subset that
# did or was something, its own measure (`<measure> subset`), never the level of the whole.
PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s", re.IGNORECASE)
# "Children aged 5 to 17 make up 31 of the cases": some of them, told by the verb before
MAKE_UP_BEFORE = re.compile(r"\b(?:make|makes|made|making)\s+up\s+(?:about\s+|around\s+|nearly\s+|almost\s+|"
                            r"more\s+than\s+|over\s+)?$|\baccount(?:s|ed)?\s+for\s+(?:about\s+|around\s+|nearly\s+|"
                            r"almost\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
PREDICATE = re.compile(r"\s+(?:(?:were|was|are|is|had|have|has|will|would|could|also|still|currently|now)\s+)*"
                       r"(?:[a-z]+ed|were|was|are|is|had|have|has|will|would|could|" + PAST_IRREGULAR + r")\b",
                       re.IGNORECASE)
# A crowd: people who gathered ("120,000 people took part", "the march drew about 54,000
# people", "a crowd of 48,000 fans", "police estimated the crowd at 45,000"); its size is an
# estimate, and the police's and the organisers' estimates of one march differ by design.
CROWD_NOUNS = frozenset("people persons protesters demonstrators marchers participants spectators fans supporters "
                        "mourners attendees worshippers pilgrims onlookers".split())
# what people who gathered did, after their count ("120,000 people took part"); "attended" and
# "joined" only an event ("joined the march", not "joined the waiting list", "attended hospital")
GATHERING = r"(?:march|marches|rally|rallies|protest|protests|demonstration|demonstrations|vigil|concert|match|game|" \
            r"final|festival|funeral|service|ceremony|parade|procession|event|gathering|celebrations?|show)"
GATHERED_AFTER = re.compile(r"\s+(?:(?:who|that)\s+)?(?:(?:had|have|has)\s+)?(?:took\s+part|taking\s+part|take\s+part|"
                            r"turned\s+out|marched|rallied|gathered|protested|demonstrated|packed|thronged|flocked|"
                            r"massed|poured\s+into|took\s+to\s+the\s+streets|"
                            r"(?:attended|joined)\s+(?:(?:the|a|an|this|that|their|its|[A-Z][\w'’]*)\s+){0,3}"
                            rf"{GATHERING})\b",
                            re.IGNORECASE)
# before a count: "a crowd of", "police estimated the crowd at"; "drew", "attracted" only before
# a crowd's noun ("drew about 54,000 people", not "drew 2-2")
CROWD_BEFORE = re.compile(r"\b(?:(?<!average\s)crowds?\s+of|gathering\s+of|(?<!average\s)attendance\s+of|"
                          r"crowd\s+(?:was\s+|were\s+)?(?:estimated|put)\s+at|"
                          r"(?:estimated|put|puts|putting|placed|gave)\s+(?:the\s+)?(?:crowd|attendance)"
                          r"(?:\s+size)?\s+at)\s+(?:an\s+estimated\s+)?$", re.IGNORECASE)
DREW_BEFORE = re.compile(r"\b(?:drew|draws|drawing|attracted|attracts|attracting|brought\s+out)\s+"
                         r"(?:an\s+estimated\s+)?$", re.IGNORECASE)
CROWD_CLAUSE = re.compile(r";|,\s+(?:while|whereas|but|and|although)\b|\bwhile\b|\bwhereas\b")
# whose estimate: the estimator telling it ("police said", "according to organisers", "a police
# estimate"), not a place the march passed ("marched to the Ministry of Justice")
_TELLS = (r"(?:['’]s?)?\s+(?:[\w'’-]+\s+){0,8}?(?:said|say|says|estimated|estimates?|counted|counts?|put|puts|"
          r"reported|claimed|claims?|figures?|tally)\b")
_ACCORDING = r"\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}?"
ESTIMATES = tuple((label, re.compile(rf"{_ACCORDING}(?:{words})\b|\b(?:{words}){_TELLS}|{alone}", re.IGNORECASE))
                  for label, words, alone in (
                      ("official estimate", r"police|authorities|(?:interior\s+)?ministry|officials|city\s+hall|"
                                            r"prefecture", r"(?!)"),
                      ("organisers' estimate", r"organi[sz]ers?|organi[sz]ing\s+\w+|unions?|campaigners|activists",
                       r"\b(?:who|which)\s+(?:had\s+)?(?:helped\s+(?:to\s+)?)?organi[sz]ed?\b")))


def _crowd(ctx, number, noun_end: int, noun: str) -> str:
    """"crowd", "crowd (official estimate)" or "crowd (organisers' estimate)" for people
    who gathered, by whose estimate the clause of the number gives; "" for any other count."""
    if noun and noun.lower() not in CROWD_NOUNS:  # "attracts 700,000 visitors" a year, "48,512 finishers"
        return ""
    gathered = CROWD_BEFORE.search(ctx.text, max(0, number.start - 60), number.start) \
        or noun and DREW_BEFORE.search(ctx.text, max(0, number.start - 30), number.start) \
        or GATHERED_AFTER.match(ctx.text, noun_end)
    if not gathered:
        return ""
    estimate = _estimate(ctx, number.start, noun_end)
    return f"crowd ({estimate})" if estimate else "crowd"


def _estimate(ctx, start: int, end: int) -> str:
    """Whose estimate the clause of a figure gives ("official estimate", "organisers'
    estimate"), "" when it names neither or both."""
    cuts = [m.end() for m in CROWD_CLAUSE.finditer(ctx.text, 0, start)]
    following = CROWD_CLAUSE.search(ctx.text, end)
    clause = ctx.text[cuts[-1] if cuts else 0:following.start() if following else len(ctx.text)]
    named = [label for label, estimator in ESTIMATES if estimator.search(clause)]
    return named[0] if len(named) == 1 else ""


# "won the seat by 571 votes", "a majority of 751 votes": how far the winner finished ahead,
# not how many voted for anyone
MARGIN_BEFORE = re.compile(r"(?:\b(?:won|wins|win|winning|beat|beats|beating|defeated|defeating|edged|edging|led|leads|"
                           r"leading|ahead|lost|loses|losing|trailed|trailing|trails|held|holds|holding|kept|"
                           r"retained|survived|survives|passed|approved|carried|rejected)"
                           r"\b(?:(?![.;])\D){0,50}?\bby\s+|\b(?:majority|margin|lead)\s+of\s+)"
                           r"(?:just\s+|only\s+|a\s+mere\s+|a\s+slim\s+|a\s+narrow\s+|fewer\s+than\s+)?$", re.IGNORECASE)
MARGIN_MEASURES = frozenset({"votes"})
TALLY_AFTER = re.compile(r"\s+to\s+\d")  # "passed by 312 votes to 201": the tally for and against


SAME_AGAIN_AFTER = re.compile(r"\s+(?:took\s+part|attended|joined\s+in|turned\s+out|marched|rallied|gathered)\b",
                              re.IGNORECASE)


# "the 3,412 members who cast ballots", "2,000 residents who had fled": those of them who did
WHO_DID = re.compile(rf"\s+(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:{PAST_IRREGULAR}|cast|[a-z]+ed)\b")
# the words a level may stand after: "rose to a total of 1,240", "reached some 530"
LEVEL_QUALIFIER = r"(?:a\s+total\s+of\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|" \
                  r"at\s+least\s+)?$"
# "cases rose to 1,240", "admissions stood at 310", "has risen to 530": a level the verb runs to
LEVEL_VERB = re.compile(
    r"\b(?P<verb>rose|risen|rising|rises|climbed|climbing|climbs|jumped|jumping|increased|increasing|grew|grown|"
    r"growing|fell|fallen|falling|dropped|dropping|declined|declining|decreased|soared|surged|stood|stands|standing|"
    r"reached|reaching|totalled|totaled|hit)\s+(?:(?:again|further|sharply|steadily|slightly|back)\s*,?\s+)?(?:to|at)?\s*"
    # "rose to a record 612,400", "hit a new high of 1,240"
    r"(?:(?:a|an|its)\s+(?:new\s+)?(?:record(?!\s+of)|(?:all-time\s+)?(?:high|low|peak)\s+of)\s+)?"
    + LEVEL_QUALIFIER, re.IGNORECASE)
# "up from 412 three days earlier", "down from 298", "compared with 15 on Tuesday": the level before
FROM_LEVEL = re.compile(r"\b(?:(?:up|down|rising|falling)(?P<by>\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*"
                        r"(?:%|per\s*cent|percent))?\s+from|compared\s+(?:with|to)|and\s+(?:then\s+)?to)\s+"
                        r"(?:about\s+|around\s+|some\s+)?$",
                        re.IGNORECASE)
# "up 8.9% from 4,212 a year earlier", "... from 2.98 million in 2023": the time of the level before
DATED_AFTER = re.compile(r"\s+(?:a\s+(?:year|month|week|quarter|decade)\s+(?:earlier|ago|before)|(?:in|at|on|by)\s+"
                         r"(?:the\s+(?:same|end|start|previous|prior)\b|\d{4}\b|[A-Z][a-z]+)|(?:last|the\s+previous)\s+"
                         r"(?:year|month|week|quarter)|(?:\w+\s+)?(?:years?|months?|weeks?)\s+(?:earlier|ago|before))")
NUMBER_OF = re.compile(r"\b(?:number|count|tally|total)\s+of\s+(?:the\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
                       r"(?P<hospital>\s+(?:in|to)\s+hospitals?\b)?", re.IGNORECASE)
# "people in hospital", "patients in hospital": those being treated there
IN_HOSPITAL = re.compile(r"\s+(?:in|to)\s+hospitals?\b", re.IGNORECASE)
BEFORE_VERB = re.compile(r"(?P<noun>[a-z]+)\s+(?:(?:has|have|had|had\s+been|have\s+been|has\s+been|now|since|again|"
                         r"further|also|then|already|steadily|sharply|quickly)\s+)*$", re.IGNORECASE)
THE_FIGURE_WAS = re.compile(r"\b(?:the|that|this)\s+(?:figure|number|total|tally|count)\s+(?:was|were|is|had\s+been|"
                            r"has\s+been|stood\s+at|stands\s+at)\s+(?:now\s+)?"
                            r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
THE_FIGURE_CUE = re.compile(THE_FIGURE_WAS.pattern.removesuffix("$"), re.IGNORECASE)
REFERS_BACK = re.compile(r"(?:^|[,;]\s*|\band\s+)(?:it|the\s+(?:figure|number|total|tally|count))\s+"
                         r"(?:(?:has|have|had|now|since|again|then|already)\s+)*$", re.IGNORECASE)


# "56 of the 200 seats, up from 50": the figure before the level is a whole (not after a
# possessive: "23 of the state's 35 districts ..., up from 1.6 million" is the 1.9 million's)
PARTITIVE_BEFORE = re.compile(r"\d\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$")
PREPOSITIONS = frozenset("in at of from across for with on to by among".split())
CLAUSE_CUT = re.compile(r"[;:]|,\s(?:and|but|while|as|after)\b|,\s(?=[a-z]+\s+(?:said|says)\b)")
DIGIT = re.compile(r"\d")


def _levels(ctx, number, previous, carried):
    """The measure of a level stated by its verb ("cases rose to 1,240"), by "up from" or by
    the clause `carried` that carries a count to it ("taking the total to 118"), with the
    measure named before it in the clause; `previous` is the level read last."""
    lead = ctx.text[max(0, number.start - 40):number.start]
    if THE_FIGURE_WAS.search(lead):
        return ""  # "A year earlier the figure was 58,100": the figure the story follows, then
    verb = LEVEL_VERB.search(lead)
    if carried and not verb:  # "taking the total to 118", "bringing the number of cases to 230"
        if CUT_BEFORE.search(ctx.text, 0, number.start):
            return None  # "closed another 12 stores, bringing the number of stores shut to 60": cuts
        return _carried_measure(ctx, carried.group("obj"))
    if not verb:
        from_level = FROM_LEVEL.search(lead[-30:])
        if from_level and from_level.group("by") and not DATED_AFTER.match(ctx.text, number.end):
            return None  # "had 276,500 dwellings in March, up 6.3% from 260,100": when, it does not say
        if from_level:  # "312 people died last year, up from 280": the figure before's
            earlier = [other for other in ctx.numbers if other.end <= number.start]
            # not "56 of the 200 seats, up from 50": the figure before is the whole, the 50 is of the part
            whole = earlier and PARTITIVE_BEFORE.search(ctx.text, 0, earlier[-1].start)
            return previous or ("" if earlier and not whole else None)
        return None
    clause = ctx.text[:number.start - (len(lead) - verb.start())]
    clause = CLAUSE_CUT.split(clause)[-1]
    clause = _blank_dates(ctx, clause, number.start - (len(lead) - verb.start()) - len(clause))
    named = NUMBER_OF.search(clause)
    if named:
        words = named.group("np").lower().split()
        phrase = next((i for i, word in enumerate(words) if word in PREPOSITIONS), len(words))
        event = _event_told(ctx, words[:phrase], clause[named.start():].lower())
        if event:  # "the number of people killed by the eruption rose to 11"
            return event
        # the phrase's head, its last noun: "the number of measles cases in Texas" counts cases
        for index in reversed(range(phrase)):
            word = words[index]
            if word in ctx.config.measures or _plural(word):
                rest = " ".join(words[index + 1:])
                in_hospital = rest.startswith(("in hospital", "to hospital")) or not rest and named.group("hospital")
                if in_hospital and (word in ctx.config.people_nouns or ctx.config.measures.get(word) == "people"):
                    return "hospitalised"
                return ctx.config.measures.get(word, word)
    holder = HOLDER_BEFORE_VERB.search(clause)
    if holder:  # "the waiting list stood at 84,312"
        return _holder_measure(holder)
    head = BEFORE_VERB.search(clause)
    if head:
        noun = head.group("noun").lower()
        if noun in ctx.config.measures and (noun.endswith("s") or noun in ctx.config.people_nouns):
            return ctx.config.measures[noun]
        if _plural(noun) and noun not in ctx.config.not_counts and noun not in NOT_LEVEL_NOUNS:
            return noun
    if REFERS_BACK.search(clause):
        return ""
    return None


SCORE_AFTER = re.compile(r"[-–]\d{1,2}\b(?![-–.,]?\d)")
ANONYMOUS_SOURCES = re.compile(r"\s+(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|"
                               r"close\s+to\s+the\s+(?:matter|talks|negotiations|deal|investigation)|"
                               r"who\s+(?:spoke|asked|declined|requested)\b)", re.IGNORECASE)
# a level a clause carries a count to: "taking the total to 118", "bringing the total number of
# cases to 230", "raising the number of people rescued to 41"
CARRIED_TO = re.compile(r"\b(?:taking|takes|took|bringing|brings|brought|pushing|pushes|pushed|lifting|lifts|lifted|"
                        r"raising|raises|raised)\s+(?P<obj>(?:the|its|their)\s+(?:(?:total\s+)?(?:number|tally|count)\s+of\s+"
                        # "raised the number of miners trapped in a collapsed copper mine in northern Marenia to 33"
                        r"(?:[\w'’-]+\s+){0,10}?|(?:[\w'’-]+\s+){0,5}?)|"
                        # "taking membership to some 157,000": a holder needs no article
                        r"(?:membership|workforce|headcount|enrolment|enrollment|ridership)\s+)to\s+"
                        + LEVEL_QUALIFIER, re.IGNORECASE)
# the same told the other way round: "bring to 179 the number of peacekeepers killed"
# "The agency put the number of people evacuated at 3,000": a level, of what "the number of" names
PUT_NUMBER_OF = re.compile(r"\b(?:puts?|putting|estimated?|estimates|placed?|places|gave|gives)\s+"
                           r"(?P<obj>the\s+(?:total\s+)?(?:number|tally|count)\s+of\s+(?:[\w'’-]+\s+){1,10}?)at\s+"
                           + LEVEL_QUALIFIER, re.IGNORECASE)
CARRIED_BEFORE = re.compile(r"\b(?:take|takes|taking|took|bring|brings|bringing|brought|push|pushes|pushing|pushed|"
                            r"raise|raises|raising|raised)\s+to\s+" + LEVEL_QUALIFIER, re.IGNORECASE)
CARRIED_AFTER = re.compile(r"\s+(?P<obj>the\s+(?:total\s+)?(?:number|tally|count)\s+of\s+[\w'’-]+"
                           r"(?:\s+(?!(?:since|in|on|at|by|from|during|after|before|over|across|so|this|last)\b)"
                           r"[\w'’-]+){0,3})", re.IGNORECASE)
CUT_BEFORE = re.compile(r"\b(?:cut|cuts|cutting|slashed|slashing|shed|shedding|axed|axing|eliminated|eliminating|"
                        r"lost|losing|closed|closing|shut|shutting|laid\s+off|laying\s+off)\b", re.IGNORECASE)
TOTAL_WORDS = frozenset("total tally count number figure overall".split())


DOING = re.compile(r"[a-z]{3,}(?:ing|ed)")  # "passing", "freed": what those counted did


def _event_told(ctx, nouns: list[str], told: str) -> str | None:
    """What happened to those "the number of" counts, when told: "people killed by the
    eruption" (killed), "people forced from their homes" (displaced)."""
    return next((ctx.config.events[w] for w in nouns[1:] if w in ctx.config.events), None) or next(
        (measure for words, measure in ctx.config.events.items() if " " in words and words in told), None)


def _carried_measure(ctx, phrase: str) -> str | None:
    """The measure of "the number of people rescued" (rescued), "the total number of cases"
    (cases); "" for "the total" (what the sentence counted before); None for anything else
    ("taking its stake to 30": no count)."""
    words = [w.lower() for w in re.findall(r"[\w'’-]+", phrase)[1:]]
    if words and all(w in TOTAL_WORDS for w in words):
        return ""
    holder = next((COUNT_HOLDERS[w] for w in reversed(phrase.lower().split()) if w in COUNT_HOLDERS), None)
    if holder and not NUMBER_OF.search(phrase):  # "taking its workforce to 33,000", "taking membership to"
        return holder
    named = NUMBER_OF.search(phrase)
    if not named:
        return None
    nouns = named.group("np").lower().split()
    event = _event_told(ctx, nouns, phrase.lower())
    if event:  # "the number of people rescued": those rescued
        return event
    at = next((i for i, w in enumerate(nouns) if w in ctx.config.measures or _plural(w)), None)  # "stores it operates"
    if at is None:
        return None
    head = ctx.config.measures.get(nouns[at], nouns[at])
    doing = nouns[at + 1] if at + 1 < len(nouns) and DOING.fullmatch(nouns[at + 1]) else ""
    return f"{head} {doing}" if doing else head  # "the number of students passing": those who pass, not all

# plurals whose level is no count: "temperatures rose to a record 40.3", "shares fell to 312 pence"
NOT_LEVEL_NOUNS = frozenset("temperatures shares prices rates yields stocks markets points".split())
# Singular nouns that hold a count of people or things, and the measure each is: "the waiting
# list stood at 84,312", "a workforce of 33,000", "a population of 2.3 million"
COUNT_HOLDERS = {"waiting list": "waiting list", "waiting lists": "waiting list", "workforce": "workforce",
                 "headcount": "workforce", "labour force": "labour force", "labor force": "labour force",
                 "population": "population", "membership": "members", "enrolment": "enrolment",
                 "enrollment": "enrolment", "backlog": "backlog", "caseload": "caseload",
                 "electorate": "electorate", "ridership": "ridership", "readership": "readership",
                 "capacity": "capacity"}  # "a licensed capacity of 45,000": how many it may hold
_HOLDER = "|".join(sorted((h.replace(" ", r"\s+") for h in COUNT_HOLDERS), key=len, reverse=True))
# ("the waiting list for planned care in the region stood at 84,312": what it is of may come between)
HOLDER_BEFORE_VERB = re.compile(rf"\b(?P<holder>{_HOLDER})(?:\s+(?:for|in|at|across|of)\s+(?:[\w'’-]+\s+){{0,9}}?[\w'’-]+)?"
                                rf"\s+(?:(?:has|have|had|has\s+been|had\s+been|now|"
                                rf"again|further|also|then|already)\s+)*$", re.IGNORECASE)
HOLDER_OF = re.compile(rf"\b(?P<holder>{_HOLDER})\s+of\s+" + LEVEL_QUALIFIER, re.IGNORECASE)
# a holder's count told with "is": "Moldova's population is 2.4 million", "the population of
# Moldova was about 2.4 million", "the waiting list is now 7.6 million"
HOLDER_IS = re.compile(rf"\b(?P<holder>{_HOLDER})(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})?"
                       r"\s+(?:is|was|are|were|has\s+been|had\s+been|will\s+be)\s+(?:now\s+|still\s+|just\s+|"
                       r"estimated\s+at\s+|put\s+at\s+|thought\s+to\s+be\s+|believed\s+to\s+be\s+)?"
                       + LEVEL_QUALIFIER, re.IGNORECASE)


# a change in the holder, not its count: "a fall in population of 30,000", "a reduction in
# the company's workforce of 2,300 employees"
CHANGE_IN_BEFORE = re.compile(r"\b(?:" + alternation(RISE | FALL | {"loss", "losses"}, ignore_case=True) + r")\s+in\s+"
                              r"(?:(?:the|its|their|his|her|[\w'’-]+['’]s?)\s+){0,2}$", re.IGNORECASE)
# what may stand before a holder that holds the whole: "Moldova has a population of 2.4 million",
# "the country's total population of"; not "a rural population of 1.3 million" (a part of it)
WHOLE_HOLDER_BEFORE = re.compile(r"(?:^\s*|\b(?:a|an|the|its|their|his|her|our|total|overall|entire|whole|current|global|"
                                 r"estimated|combined|licensed|seating|maximum|permitted|[\w-]+['’]s?)\s+)$", re.IGNORECASE)


def _changed(ctx, holder) -> bool:
    return bool(CHANGE_IN_BEFORE.search(ctx.text, max(0, holder.start() - 60), holder.start()))


def _whole(ctx, holder) -> bool:
    return bool(WHOLE_HOLDER_BEFORE.search(ctx.text, max(0, holder.start() - 30), holder.start()))


def _holder_measure(match) -> str:
    return COUNT_HOLDERS[" ".join(match.group("holder").lower().split())]


def _uncounted_noun_after(ctx, number) -> bool:
    """"fell to a low of 12 points": a noun that makes no count follows the number."""
    word = NEXT_WORD.match(ctx.text, number.end)
    return bool(word and word.group(1).lower() in ctx.config.not_counts)


NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


# "Forty-nine of the 58 cases": the whole a part written in words is of
AFTER_PART = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s?\s+)?")


def _whole_of_a_part(ctx, number) -> bool:
    """The number is the whole of the count just before it ("Forty-nine of the 58 cases")."""
    earlier = [n for n in ctx.numbers if n.end <= number.start]
    return bool(earlier) and not earlier[-1].unit and AFTER_PART.fullmatch(ctx.text, earlier[-1].end, number.start) \
        is not None


# ", or 84 percent,", " — or 84% —", " (84%)": a share told in passing between a count and its verb
ASIDE = re.compile(r",\s+or\s+[^,;]{1,30},|\s+[—–-]\s+[^—–;]{1,30}\s+[—–-]|\s*\([^()]{1,30}\)")


def _after_aside(text: str, position: int) -> int:
    """Where the text after `position` goes on once an aside there is skipped."""
    aside = ASIDE.match(text, position)
    return aside.end() if aside else position


def _plural(word) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and \
        word not in ("others", "numbers", "figures", "levels", "this", "has", "was")


def _blank_dates(ctx, clause, offset):
    """`clause` (at `offset` in the sentence) with its dates removed: "cases this year rose"."""
    for date in sorted(ctx.dates, key=lambda d: -d.start):
        if offset <= date.start and date.end <= offset + len(clause):
            clause = clause[:date.start - offset].rstrip() + clause[date.end - offset:]
    return clause


# "1,800 job cuts", "300 job losses": a fall in what the noun counts
CUTS_AFTER = re.compile(r"\s+(?P<cue>cuts|losses|reductions)\b", re.IGNORECASE)
CUT_MEASURES = {"job": "jobs", "jobs": "jobs", "position": "positions", "positions": "positions", "role": "roles",
                "roles": "roles", "post": "posts", "posts": "posts"}
# a count of a list of places: "41 cases in Holmes County, 11 in Wayne County and four in Stark County"
LIST_BEFORE = re.compile(r"(?:,|\band)\s+$")
PLACE_AFTER = re.compile(rf"\s+(?:in|at)\s+(?:the\s+)?(?!(?:{MONTH}|Spring|Summer|Autumn|Winter)\b)(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def find(ctx):
    previous = None  # the measure of the last level read in this sentence ("... up from 412")
    counted = None  # (measure, noun) of the last count of a place ("41 cases in Holmes County")
    cue = "to " in ctx.text or " at " in ctx.text or "from " in ctx.text or "record " in ctx.text \
        or "reached " in ctx.text or "hit " in ctx.text or "totalled " in ctx.text or "totaled " in ctx.text \
        or THE_FIGURE_CUE.search(ctx.text) is not None
    for number in ctx.numbers:
        if number.unit or SCORE_AFTER.match(ctx.text, number.number_end):
            continue  # "the 5-2 vote", "a 6-3 ruling": a tally or a score, no count
        if cue and number.qualifier != "vague" and not ctx.counted_noun(number.number_end) \
                and not _uncounted_noun_after(ctx, number):
            carried = CARRIED_TO.search(ctx.text, max(0, number.start - 120), number.start)
            after = CARRIED_AFTER.match(ctx.text, number.end) \
                if CARRIED_BEFORE.search(ctx.text, max(0, number.start - 30), number.start) else None
            if after and (measure := _carried_measure(ctx, after.group("obj"))):
                yield Match(number.start, after.end(), "figure", measure, value=number.value, low=number.low,
                            high=number.high, qualifier=number.qualifier, anchor=number.start,
                            detail={"stated": number.text, "level": True})
                continue
            level = _levels(ctx, number, previous, carried)
            if level is not None:
                previous = level or previous
                # "30 more were cancelled, taking the total to 118": the level of what the change counted
                total = not level and carried
                yield Match(number.start, number.end, "figure", level, value=number.value, low=number.low,
                            high=number.high, qualifier=number.qualifier, anchor=number.start,
                            detail={"stated": number.text, "level": True} | ({} if level else {"refers_back": True})
                            | ({"up_from": True} if not level and FROM_LEVEL.search(ctx.text, max(0, number.start - 30),
                                                                                    number.start) else {})
                            | ({"total": True} if total else {}))
                continue
        again = OF_THEM.match(ctx.text, number.number_end) or SAME_AGAIN_AFTER.match(ctx.text, number.end)
        if again and again.re is OF_THEM and (PREDICATE.match(ctx.text, again.end()) or any(
                n.start < number.start and not n.unit for n in ctx.numbers)
                or SOME_OF_THEM_BEFORE.search(ctx.text, max(0, number.start - 12), number.start)):
            # "14 of them were felt", "41 officers were injured, three of them seriously": some of
            # what was counted, neither its count nor a new one
            continue
        bare_crowd = number.qualifier != "vague" and not ctx.counted_noun(number.number_end) \
            and _crowd(ctx, number, number.end, "")
        if bare_crowd:  # "police estimated the crowd at 45,000", "80,000 attended"
            yield Match(number.start, number.end, "figure", bare_crowd, value=number.value, low=number.low,
                        high=number.high, qualifier=number.qualifier, anchor=number.start,
                        detail={"noun": "crowd", "stated": number.text})
            continue
        put = None if again else PUT_NUMBER_OF.search(ctx.text, max(0, number.start - 120), number.start)
        if put and (measure := _carried_measure(ctx, put.group("obj"))):
            # "police put the number of people evacuated at 3,000": a level of what it names
            yield Match(number.start, number.end, "figure", measure, value=number.value, low=number.low,
                        high=number.high, qualifier=number.qualifier, anchor=number.start,
                        detail={"stated": number.text, "level": True})
            continue
        same = None if again else SAME_AGAIN_BEFORE.search(ctx.text, max(0, number.start - 60), number.start)
        if again or same:
            end = again.end() if again else number.end
            estimate = _estimate(ctx, number.start, end)  # "Organisers put the figure at 9,000": their crowd
            detail = {"refers_back": True, "stated": number.text} | ({"estimate": estimate} if estimate else {})
            named = NAMED_AGAIN.search(same.group(0)) if same else None  # "raised their estimate of the crowd to"
            if same and not named and same.group(0).rstrip().endswith("to"):  # "later raised that to 412": of
                detail["in_sentence"] = True  # this sentence's figure, never one told sentences before
            yield Match(number.start, end, "figure", NAMED_AGAIN_MEASURES[named.group(0).lower()] if named else "",
                        value=number.value, low=number.low, high=number.high, qualifier=number.qualifier,
                        anchor=number.start, detail=detail)
            continue
        noun = ctx.counted_noun(number.number_end, number.qualifier == "vague")
        holder = HOLDER_OF.search(ctx.text, max(0, number.start - 40), number.start)
        if holder is None and (told := HOLDER_IS.search(ctx.text, max(0, number.start - 70), number.start)) \
                and not is_future(ctx.text[:told.start()]):  # not "expects revenue of ... next year and its workforce is"
            holder = told
        if holder and _changed(ctx, holder):
            continue  # "a reduction in its workforce of 2,300 employees": a change, no count of anything
        if holder and noun is None and number.qualifier != "vague" and _whole(ctx, holder):
            # "a workforce of 33,000", "a population of 2.3 million" (not "a rural population of ...")
            yield Match(number.start, number.end, "figure", _holder_measure(holder), value=number.value,
                        low=number.low, high=number.high, qualifier=number.qualifier, anchor=number.start,
                        detail={"stated": number.text})
            continue
        place = PLACE_AFTER.match(ctx.text, number.end) if noun is None and counted else None
        if place and LIST_BEFORE.search(ctx.text, max(0, number.start - 8), number.start):
            # "41 cases in Holmes County, 11 in Wayne County and four in Stark County": the list's
            # noun, of the place each item names
            yield Match(number.start, number.end, "figure", counted[0], value=number.value, low=number.low,
                        high=number.high, qualifier=number.qualifier, anchor=number.start, subject=place["place"],
                        detail={"noun": counted[1], "stated": number.text})
            continue
        represented = noun is not None and REPRESENTS_BEFORE.search(
            ctx.text, max(0, number.start - 90), number.start) is not None
        if noun is None or (not noun.known and not represented and not _stated_as_count(ctx.text, number)) \
                or ANONYMOUS_SOURCES.match(ctx.text, noun.end):
            continue  # "two people familiar with the matter said": who told it, not a count
        measure, end = noun.measure, noun.end
        if CAPACITY_BEFORE.search(ctx.text, max(0, number.start - 50), number.start) \
                or CAPACITY_AFTER.match(ctx.text, end):
            measure = f"{measure} capacity"  # "licensed to carry 280 passengers": how many it may hold, not holds
        elif WHOLE_BEFORE.search(ctx.text, max(0, number.start - 40), number.start) \
                or _whole_of_a_part(ctx, number):
            measure = f"{measure} total"  # "23 of the state's 35 districts": the group's size
        elif PARTITIVE.match(ctx.text, number.number_end) \
                and (PREDICATE.match(ctx.text, _after_aside(ctx.text, noun.end))
                     or MAKE_UP_BEFORE.search(ctx.text, max(0, number.start - 30), number.start)):
            state = "" if is_people(noun, ctx.config) else thing_state(ctx.text, number.start, noun.end)
            # "410 of the posts were vacant": some of them, not how many there are; but "38 of the train's
            # cars derailed" are all the cars derailed
            measure = f"{measure} {state}" if state else f"{measure} subset"
            if DIGIT.search(ctx.text, number.end, noun.end):  # "130 of the district's 400 schools"
                end = number.end
        elif measure in MARGIN_MEASURES and MARGIN_BEFORE.search(ctx.text, max(0, number.start - 80), number.start) \
                and not TALLY_AFTER.match(ctx.text, noun.end):
            measure = f"margin ({measure})"  # "won by 571 votes": the winner's lead, not a tally
        elif crowd := _crowd(ctx, number, noun.end, noun.noun):
            measure = crowd  # "120,000 people took part", "the 48,000 fans who packed the stadium"
        elif WHO_DID.match(ctx.text, noun.end):
            measure = f"{measure} subset"  # "Of the 3,412 members who cast ballots": those who did, not all
        elif represented:
            measure = "members"  # "the union, which represents about 148,000 teachers": its membership
        if noun.noun.lower() == "cases" and PRODUCT_CASES_BEFORE.search(ctx.text, max(0, number.start - 60),
                                                                        number.start):
            measure = "product cases"  # "a recall of seven lots covering about 61,000 cases": boxes, no illness
        if measure == noun.measure and measure not in CHANGED_ELSEWHERE and (
                (state := supply_state(ctx.text, number.start, noun.end))  # "250,000 homes lost power"
                or not is_people(noun, ctx.config)):
            state = state or thing_state(ctx.text, number.start, noun.end)
            measure = f"{measure} {state}" if state else measure  # "cancelled 1,350 flights": flights cancelled
        counted = (measure, noun.noun) if PLACE_AFTER.match(ctx.text, noun.end) else None
        cuts = CUTS_AFTER.match(ctx.text, noun.end)
        if cuts and measure in CUT_MEASURES:  # "1,800 job cuts": jobs fall by 1,800, as "cut 1,800 jobs" says
            yield Match(number.start, cuts.end(), "figure", f"{CUT_MEASURES[measure]}_change", value=-number.value,
                        low=-number.high, high=-number.low, qualifier=number.qualifier, anchor=number.start,
                        detail={"cue": cuts["cue"].lower(), "noun": noun.noun, "stated": number.text})
            continue
        period = per_period(ctx.text, noun.end) or _per_period_before(ctx.text, number.end, noun.start)
        if MANIFEST_BEFORE.search(ctx.text, max(0, number.start - 50), number.start):
            measure = f"{measure} listed"  # "the manifest listed only 98 passengers": the papers, not who was aboard
        if measure == "passengers" and AND_CREW_AFTER.match(ctx.text, noun.end):
            measure = "people"  # "199 passengers and crew aboard": everyone aboard, not the passengers
        hours = HOURS_AFTER.match(ctx.text, noun.end)
        if hours:  # "more than 11,000 flight hours": time of a kind, no count of flights
            measure, end = f"{noun.noun.lower()} hours", hours.end()
        if AVERAGE_BEFORE.search(ctx.text, max(0, number.start - 50), number.start):
            measure = f"average {measure}"  # "an average household size of 3.5 people": no count of people
        victims = VICTIMS_INCLUDE_BEFORE.search(ctx.text, max(0, number.start - 120), number.start) \
            if is_people(noun, ctx.config) else None
        if victims:  # "The dead include 13 passengers and two members of the cabin crew": some of the toll
            measure = f"{VICTIMS[victims.group('who').lower()]} subset"
        # "growing at about 2,500 patients a month", "1,100 daily flights": a rate
        yield Match(number.start, end, "figure", f"{measure} per {period}" if period else measure, value=number.value,
                    low=number.low, high=number.high, qualifier=number.qualifier, anchor=number.start,
                    subject=_listed_place(ctx, noun), detail={"noun": noun.noun, "stated": number.text})


HOURS_AFTER = re.compile(r"\s+hours\b", re.IGNORECASE)
MANIFEST_BEFORE = re.compile(r"\b(?:manifest|passenger\s+list|ticketed)\b[^.;:,]*$", re.IGNORECASE)
AND_CREW_AFTER = re.compile(r"\s+and\s+(?:the\s+)?crew\b", re.IGNORECASE)
# the casualties a sentence breaks down: "The dead include 13 passengers and two crew", "the injured
# were mostly children, including 12 pupils"
VICTIMS = {"dead": "killed", "victims": "killed", "killed": "killed", "casualties": "killed", "fatalities": "killed",
           "injured": "injured", "wounded": "injured", "missing": "missing"}
VICTIMS_INCLUDE_BEFORE = re.compile(r"\bthe\s+(?P<who>dead|victims|killed|casualties|fatalities|injured|wounded|missing)\b"
                                    r"(?:\s+(?:in|of|from|at)\s+[^.;:,]{1,50}?)?\s+(?:include[sd]?|including|were|are|"
                                    r"comprised?|comprising)\s+[^.;:]*$", re.IGNORECASE)


def _listed_place(ctx, noun) -> str:
    """The place a count of a list names right after its noun ("15.1 million people in Gauteng,
    12.4 million people in KwaZulu-Natal and ..."): each item's own, never the item's before."""
    place = PLACE_AFTER.match(ctx.text, noun.end)
    if not place:
        return ""
    placed = [n for n in ctx.numbers if (counted := ctx.counted_noun(n.number_end)) is not None
              and PLACE_AFTER.match(ctx.text, counted.end)]
    return place["place"] if len(placed) > 1 else ""


# counts whose cuts and losses the changes rule reads ("800 jobs will be lost" is a fall in jobs)
CHANGED_ELSEWHERE = frozenset({"jobs"})
PRODUCT_CASES_BEFORE = re.compile(r"\b(?:lots?|batch(?:es)?|pallets?|shipments?|products?|recall)\b"
                                  r"(?:(?!outbreak|illness|infection|sicken)[^.;:]){0,30}?\b"
                                  r"(?:covering|containing|comprising|totall?ing)\s+"
                                  r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|more\s+than\s+)?$",
                                  re.IGNORECASE)
# (not "200 daily newspapers", "12 weekly magazines": what they are, no rate)
PERIOD_ADJECTIVE = re.compile(r"\b(?P<period>daily|weekly|monthly|yearly|annual|hourly)\b"
                              r"(?!\s+(?:newspapers?|papers?|magazines?|titles?|editions?|publications?|shows?|"
                              r"programmes?|programs?|columns?|meetings?|reports?))", re.IGNORECASE)
PERIOD_OF_ADJECTIVE = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annual": "year",
                       "hourly": "hour"}


def _per_period_before(text: str, number_end: int, noun_start: int) -> str:
    """The period an adjective between a count and its noun tells ("1,100 daily flights"), or ""."""
    adjective = PERIOD_ADJECTIVE.search(text, number_end)  # (the noun after it decides: read past noun_start)
    if adjective is None or adjective.end() > noun_start:
        return ""
    return PERIOD_OF_ADJECTIVE[adjective.group("period").lower()]


# "licensed to carry 280 passengers", "a capacity of 60,000 fans", "can seat up to 1,200": a capacity
CAPACITY_BEFORE = re.compile(
    r"\b(?:capacity\s+(?:of|for)|(?:licensed|designed|built|able|certified|allowed|permitted|authori[sz]ed|rated)\s+"
    r"to\s+(?:carry|hold|seat|accommodate|take)|(?:can|could|will)\s+(?:carry|hold|seat|accommodate)|room\s+for|"
    r"seating\s+for)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+|as\s+many\s+as\s+|about\s+|some\s+|around\s+|nearly\s+|"
    r"more\s+than\s+)?$", re.IGNORECASE)
# "the 150 passengers it was licensed to carry", "the 60,000 fans the stadium can hold": the same, told after
CAPACITY_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:it|she|the\s+[a-z]+)\s+(?:(?:was|is|had\s+been|has\s+been)\s+(?:licensed|designed|"
    r"built|certified|allowed|permitted|authori[sz]ed|rated)\s+to|can|could|may)\s+(?:carry|hold|seat|accommodate|take)\b",
    re.IGNORECASE)
QUANTITY_WORD = re.compile(r"\b(?:dozens?|scores|hundreds?|thousands?|millions?|billions?)\b", re.IGNORECASE)


def _stated_as_count(text, number) -> bool:
    """A noun the vocabulary does not know counts only after digits, a word of quantity or a
    number word of ten or more: "300 hospitals", "about a dozen strikers", "hundreds of
    mourners", "Thirty-eight cars" (not "the Group of Twenty economies"), not "two sides"."""
    capitalised_in_a_name = text[number.number_start].isupper() and bool(text[:number.number_start].strip(OPENERS))
    return (text[number.number_start:number.number_start + 1].isdigit() or bool(QUANTITY_WORD.search(number.text))
            or number.value >= 10 and not capitalised_in_a_name)


EXAMPLES = (
    Example("The United Nations Interim Force in Lebanon, or UNIFIL, comprises around 10,000 troops from 48 nations.",
            ({"measure": "troops", "value": 10000, "low": 9500, "high": 10500, "qualifier": "about",
              "subject": "UNIFIL", "as_of_basis": "source_date", "as_of_start": "2024-04-02"},
             {"measure": "nations", "value": 48, "subject": "UNIFIL"})),
    Example("Officials in Lagos said the population of Lagos State was about 15 million.",
            ({"measure": "population", "value": 15000000, "subject": "Lagos State", "qualifier": "about"},),
            note="a holder's count told with 'was'"),
    Example("The firm announced a reduction in its workforce of 2,300 employees.", (),
            note="near miss: a change in a count's holder counts no one"),
    Example("Dozens of protesters gathered outside the Parliament of Georgia.",
            ({"measure": "crowd", "low": 24, "high": 99, "qualifier": "vague"},),
            note="people who gathered are a crowd"),
    Example("About 50,000 troops were sent in 1999. There are close to 4,000 of them today.",
            ({"measure": "troops", "value": 50000, "as_of_start": "1999-01-01"},
             {"measure": "troops", "value": 4000, "low": 3800, "high": 4000, "qualifier": "close_to"})),
    Example("The storm damaged 300 hospitals across Luzon.", ({"measure": "hospitals damaged", "value": 300},),
            note="what happened to the things counted is part of the measure"),
    Example("Police said 5,000 protesters marched in Lima. Organisers put the figure at nearly 9,000.",
            ({"measure": "crowd (official estimate)", "value": 5000, "subject": "Lima"},
             {"measure": "crowd (organisers' estimate)", "value": 9000, "low": 8550, "high": 9000, "subject": "Lima"}),
            note="'the figure' is the crowd again, by the organisers' estimate"),
    Example("Officials said 130 of the district's 400 schools remained vacant.",
            ({"measure": "schools subset", "value": 130}, {"measure": "schools total", "value": 400}),
            note="some of the schools that were something is no count of the schools; the whole is a total"),
    Example("Officials said 130 of the district's 400 schools remained closed.",
            ({"measure": "schools closed", "value": 130}, {"measure": "schools total", "value": 400}),
            note="those of them a verb closed are all the schools closed"),
    Example("The city opened 41 shelters, three of them in schools.", ({"measure": "shelters", "value": 41},),
            note="'three of them' after a count in its sentence is some of it, not the count"),
    Example("More than 200 aftershocks followed, and 12 of them were felt in Quito.",
            ({"measure": "aftershocks", "value": 200},), note="'12 of them were felt' is no count of aftershocks"),
    Example("Thirty-two nations signed the Paris accord.", ({"measure": "nations", "value": 32},)),
    Example("The number of confirmed infections in the province rose to 2,310 on Friday.",
            ({"measure": "cases", "value": 2310, "as_of_start": "2024-03-29"},), source_date="2024-03-30",
            note="a level the verb runs to, of the noun named before it (infections are cases)"),
    Example("Confirmed cases have climbed to 975, up from 700 two days earlier.",
            ({"measure": "cases", "value": 975, "as_of_start": "2024-03-30"},
             {"measure": "cases", "value": 700, "as_of_start": "2024-03-28"}), source_date="2024-03-30",
            note="'up from' gives the earlier level, dated by its own date"),
    Example("The number of people in hospital rose to 88, up from 61 on Monday.",
            ({"measure": "hospitalised", "value": 88}, {"measure": "hospitalised", "value": 61,
                                                         "as_of_start": "2024-03-25"}), source_date="2024-03-30"),
    Example("Admissions rose to 22, compared with 15 on Tuesday.",
            ({"measure": "admissions", "value": 22}, {"measure": "admissions", "value": 15, "as_of_start": "2024-03-26"}),
            source_date="2024-03-30", note="'compared with' gives the earlier level too"),
    Example("Hospital admissions stood at 412 on Monday.", ({"measure": "admissions", "value": 412},),
            source_date="2024-03-30"),
    Example("The number of cholera cases in the district has climbed to 171.", ({"measure": "cases", "value": 171},),
            note="the head of 'cholera cases' is what is counted, not the disease"),
    Example("Volunteers said 40 tents housed 300 people.",
            ({"measure": "tents", "value": 40}, {"measure": "people", "value": 300}),
            note="a number's noun stands before the next number"),
    Example("The march began at 10:30 on Route 66.", (), note="near miss: a time and a road are no counts"),
    Example("The state has confirmed 41 cases in Holmes County, 11 in Wayne County and four in Stark County.",
            ({"surface": "41 cases", "subject": "Holmes County"},
             {"surface": "11", "measure": "cases", "value": 11.0, "subject": "Wayne County"},
             {"surface": "four", "measure": "cases", "value": 4.0, "subject": "Stark County"}),
            note="a list of places counts what its first item counts"),
    Example("Norvana announced roughly 1,800 job cuts.",
            ({"surface": "roughly 1,800 job cuts", "measure": "jobs_change", "value": -1800.0},),
            note="job cuts are a fall in jobs, as 'cut 1,800 jobs' is"),
    Example("The two leaders met in Geneva.", (), note="near miss: a small word number before an unknown noun"),
    Example("Thirty-eight cars of the 141-car train left the tracks.",
            ({"surface": "Thirty-eight cars", "value": 38.0, "measure": "cars"},),
            note="a number word of ten or more counts any noun"),
    Example("About a dozen strikers picketed the gate, and hundreds of mourners gathered.",
            ({"measure": "strikers", "value": 12, "qualifier": "about"}, {"measure": "crowd", "low": 200, "high": 999}),
            note="a word of quantity counts a noun the vocabulary does not know"),
    Example("Montenegro declared independence in 2006.", (), note="a year is not a count"),
    Example("Police estimated the crowd at about 45,000, while organisers said more than 120,000 people took part.",
            ({"surface": "about 45,000", "measure": "crowd (official estimate)", "value": 45000},
             {"surface": "more than 120,000 people", "measure": "crowd (organisers' estimate)", "low": 120000}),
            note="a crowd is an estimate: the police's and the organisers' are two measures"),
    Example("Saturday's march drew about 54,000 people, according to a police estimate.",
            ({"measure": "crowd (official estimate)", "value": 54000},)),
    Example("A crowd of 48,000 fans watched the final.", ({"measure": "crowd", "value": 48000},)),
    Example("Hartley won the seat by 571 votes, down from a majority of 2,310 votes in 2019.",
            ({"measure": "margin (votes)", "value": 571}, {"measure": "margin (votes)", "value": 2310,
                                                           "as_of_start": "2019-01-01"}),
            note="a winner's lead in votes is no tally of votes"),
    Example("Smith received 12,400 votes.", ({"measure": "votes", "value": 12400},)),
    Example("The 5-2 vote on Feb. 10 was close.", (), note="a tally is no count of votes"),
    Example("Two people familiar with the matter said the deal was close.", (),
            note="near miss: anonymous sources are who told it, not a count"),
    Example("The union, which represents about 148,000 teachers in state schools, said it would strike.",
            ({"measure": "members", "value": 148000, "qualifier": "about"},), note="a union's membership"),
    Example("The organisers on Sunday raised their estimate of the crowd to 180,000.",
            ({"measure": "crowd (organisers' estimate)", "value": 180000},), source_date="2025-03-17"),
)
