"""Counts of what happened to people: "41 soldiers were injured", "left 41 injured",
"killed at least 12 people", "the death toll rose to 85".

The measure comes from the event word (injured, killed, arrested, missing, displaced...,
from the vocabulary), not from the noun: 41 soldiers injured is a count of `injured`.
Two kinds are counted apart, so they never conflict with the toll: the casualties of a
group the vocabulary names (`[casualty_groups]`: "41 officers were injured" is `injured
police`) and deaths of one cause ("four died of carbon monoxide poisoning").

A toll of none is a figure too: "No one was killed", "none of the 40 passengers was hurt",
"no deaths have been reported" are 0, which another outlet's toll of the same day
contradicts (never a revision: a none may be of a smaller event the story mentions).  Only
as told of the past, in its own clause, outside quotes: "to make sure no one is hurt"
states nothing, nor does "no new deaths" (a change of none).
"""

import re

from checker.figures import (ABOARD, LOST_BEFORE, NEXT_NUMBER, WHOLE_BEFORE, event_after, is_people,
                             lost_as_killed, per_period)
from checker.rulekit import Example, Match
from checker.subjects import patterns

VERB_FIRST = re.compile(
    r"\b(?P<verb>killing|killed|kills|injuring|injured|injures|wounding|wounded|wounds|arresting|arrested|"
    r"detaining|detained|displacing|displaced|evacuating|evacuated|rescuing|rescued|sickening|sickened|left|"
    r"freeing|freed|frees|releasing|released|releases|"
    # the nouns of the same events: "forcing the evacuation of nearly 4,000 residents", "the deaths of 12"
    r"evacuations?\s+of|rescues?\s+of|arrests?\s+of|deaths\s+of|killings?\s+of)\s+"
    r"(?:a\s+total\s+of\s+|all\s+(?:of\s+the\s+)?)?$",
    re.IGNORECASE,
)
TOLL = re.compile(
    r"\b(?P<noun>death\s+toll|toll|number\s+of\s+(?:dead|deaths|injured|wounded))\s+"
    r"(?:[\w,.'’-]+\s+){0,12}?(?:of|at|to|reached|hit|is|was|now|stands\s+at|stood\s+at|now\s+at|"
    r"(?:has\s+|had\s+)?(?:risen|rose|climbed|jumped|increased|grown|grew)\s+to)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
SIZE_WORD_AFTER = re.compile(r"-(?!plus\b|odd\b)[A-Za-z]")  # "a 12-storey building", "a 300-bed hospital": a size, no toll
VERB_MEASURE = {"kill": "killed", "inju": "injured", "woun": "injured", "arre": "arrested",
                "deta": "arrested", "disp": "displaced", "evac": "evacuated", "resc": "rescued", "deat": "killed",
                "sick": "cases", "free": "freed", "rele": "freed"}


# "No one was killed", "nobody was seriously hurt", "none of the 40 passengers was injured"
# (not "no one else", nor "none of the 27 migrants who died ...": a relative clause is no toll)
NOBODY = re.compile(
    r"\b(?:no(?:\s+|-)one|nobody|none(?:\s+of\s+(?:them|those|"
    r"the(?:\s+(?!who\b|that\b|which\b|whom\b)[\w,.-]+){1,3}?))?)"
    r"\s+(?P<told>(?:was|were|has\s+been|have\s+been|had\s+been|got|appears\s+to\s+have\s+been)\s+"
    r"(?:(?:seriously|badly|critically|fatally|reportedly)\s+)?(?P<event>killed|injured|hurt|wounded|harmed|arrested|"
    r"detained)|(?P<died>died|perished))\b",
    re.IGNORECASE)
# "No deaths have been reported", "there were no injuries", "caused no casualties", "no deaths or
# injuries were reported"
NO_TOLL = re.compile(
    r"(?:\bthere\s+(?:were|have\s+been|had\s+been|was)\s+|\b(?:caused|causing|reported|recorded|confirmed|"
    r"with|without)\s+)?\bno\s+(?:(?:reported|confirmed|known)\s+)?(?P<noun>deaths|fatalities|injuries|casualties)\b"
    r"(?:\s+or\s+(?P<other>deaths|fatalities|injuries|casualties)\b)?"
    r"(?!\s+(?:among|of|to|in\s+(?:the\s+)?(?:group|ranks))\b)"
    r"(?P<reported>\s+(?:were|have|had|was|has)\s+(?:(?:so\s+far|yet|immediately|been)\s+)*"
    r"(?:reported|recorded|confirmed))?", re.IGNORECASE)
# what makes "no one was killed" no toll, in its own clause: a wish, a doubt, a condition or a
# plan ("will", "may" as written in lower case), "almost"; or another event than the story's
NOT_A_TOLL_BEFORE = re.compile(
    r"\b(?:[Hh]ope[sd]?|[Hh]oping|[Pp]ray(?:s|ed|ing)?|[Ww]hether|[Ii]f|[Uu]nless|[Ee]nsur(?:e|es|ed|ing)|make\s+sure|"
    r"made\s+sure|would|could|will|might|should|may|must|[Nn]early|[Aa]lmost|[Vv]irtually|[Pp]ractically|[Hh]ardly|"
    r"so\s+that)\b[^.;:,]*$")
OTHER_EVENT_AFTER = re.compile(r"^[^.;,]{0,40}?\b(?:latest|another|separate|earlier|previous|other|(?:second|third|"
                               r"fourth)\s+(?:strike|attack|blast|explosion|raid|quake|shooting|incident|wave))\b",
                               re.IGNORECASE)
BUT_BEFORE = re.compile(r"(?:,\s+but|;)\s+$")  # "Police are investigating whether ..., but no one was hurt"
QUOTE_MARKS = re.compile(r"[\"“”]")
NO_TOLL_MEASURE = {"deaths": "killed", "fatalities": "killed", "casualties": "killed", "injuries": "injured"}


# the words a toll of none needs one of (a sentence without is not searched)
NONE_WORDS = ("no one", "no-one", "nobody", "none", "no deaths", "no fatalities", "no injuries", "no casualties",
              "no reported", "no confirmed", "no known")


def find(ctx):
    nobodies = list(NOBODY.finditer(ctx.text)) if ctx.mentions(NONE_WORDS) else []
    yield from _none(ctx, nobodies)
    for number in ctx.numbers:
        if number.unit:
            continue
        before = ctx.text[max(0, number.start - 60):number.start]
        noun = ctx.counted_noun(number.number_end, number.qualifier == "vague")
        after_noun = noun.end if noun else number.end
        event = event_after(ctx.text, after_noun, ctx.config)
        victims = is_people(noun, ctx.config)
        if event and victims:
            if any(m.start() < number.start < m.start("told") for m in nobodies):
                continue  # "none of the 40 passengers was hurt": a toll of none (_none), 40 aboard
            whole = WHOLE_BEFORE.search(ctx.text, max(0, number.start - 40), number.start)
            # "Twelve of the 38 people arrested were under 25": the 38 were arrested, not the twelve
            told_of_whole = _reduced_relative(ctx.text, after_noun, event[1])
            if whole and told_of_whole or not whole and not (told_of_whole and PART_OF.match(ctx.text, number.end)):
                cause = _cause(ctx, event[1]) if event[0] == "killed" else ""
                measure = f"{event[0]} by {cause}" if cause else _of_group(event[0], noun, ctx.config, ctx.text)
                measure = _freed(measure, noun, ctx.config)
                yield _match(number, measure, event[1], noun, text=ctx.text)
            if whole and not told_of_whole or ALL_BEFORE.search(before):
                yield from _aboard(number, noun)  # "21 of the 22 crew", "all 22 crew": there were 22 crew
            continue  # "31 of the roughly 90 passengers survived": the 31 survived, the 90 were aboard
        if victims and lost_as_killed(ctx.text, number.start, noun, ctx.config):
            # "the army lost 2 soldiers in the attack": the dead of the one who lost them, some of a toll
            lost = LOST_BEFORE.search(before)
            group = _of_group("killed", noun, ctx.config, ctx.text)
            yield _match(number, group if group != "killed" else "killed subset", noun.end, noun,
                         start=number.start - (len(before) - lost.start()), text=ctx.text)
            continue
        verb = VERB_FIRST.search(before)
        if verb and victims:
            word = verb.group("verb").lower()
            if word == "left":
                continue  # "left 93 injured" is read by the event after the number
            if word.startswith(("free", "rele")) and (noun is None or noun.noun.lower() not in CAPTIVES):
                continue  # "released 1.2 million cubic metres of water", "released 35 patients": only captives are freed
            measure = _of_group(VERB_MEASURE[word[:4]], noun, ctx.config, ctx.text)
            measure = _freed(measure, noun, ctx.config)
            yield _match(number, measure, noun.end if noun else number.end, noun,
                         start=number.start - (len(before) - verb.start()), text=ctx.text)
            if ALL_BEFORE.search(before):
                yield from _aboard(number, noun)  # "rescued all 22 crew": there were 22 crew
            continue
        toll = TOLL.search(ctx.text[max(0, number.start - 130):number.start]) if ("toll" in ctx.lower or
                                                                                  "number of" in ctx.lower) \
            and not SIZE_WORD_AFTER.match(ctx.text, number.number_end) else None  # not "a 12-storey building"
        if toll:
            measure = ctx.config.event_nouns.get(toll.group("noun").lower().split()[-1], "killed")
            if "injur" in toll.group("noun").lower() or "wound" in toll.group("noun").lower():
                measure = "injured"
            yield _match(number, measure, number.end, None,
                         start=number.start - (min(number.start, 130) - toll.start()))


CAPTIVES = frozenset("hostages prisoners detainees captives inmates abductees people civilians soldiers migrants "
                     "journalists fishermen sailors workers children women men".split())


def _freed(measure: str, noun, config) -> str:
    """Those freed are of their group ("freed hostages", "freed prisoners"): two sides free
    two groups in one exchange, and what each freed is never the count still held."""
    if measure != "freed" or noun is None or noun.noun.lower() not in CAPTIVES:
        return "discharged" if measure == "freed" else measure  # "35 patients were released": sent home
    group = config.measures.get(noun.noun.lower(), noun.noun.lower())
    return f"freed {group}" if group not in ("people", "freed") else measure


def _none(ctx, nobodies: list[re.Match]):
    """Tolls of none, as told of the past, outside quotes, and of the story's event."""
    if not ctx.mentions(NONE_WORDS):
        return
    for nobody in nobodies:
        if _not_a_toll(ctx.text, nobody.start(), nobody.end()):
            continue
        word = (nobody.group("event") or nobody.group("died")).lower()
        # "none of the 40 passengers was hurt" quotes what was told, leaving the 40 aboard to the counts
        start = nobody.start("told") if NEXT_NUMBER.search(nobody.group(), 0, nobody.start("told") - nobody.start()) \
            else nobody.start()
        yield Match(start, nobody.end(), "figure", "killed" if nobody.group("died") else
                    VERB_MEASURE.get(word[:4], "injured"), value=0.0, low=0.0, high=0.0, qualifier="exact",
                    detail={"stated": nobody.group()[:nobody.start("told") - nobody.start()].strip()})
    for toll in NO_TOLL.finditer(ctx.text):
        told = toll.group(0)[:toll.start("noun") - toll.start()].strip().lower()
        if not (toll.group("reported") or told.startswith(("there", "caused", "causing", "reported", "recorded",
                                                             "confirmed", "with"))):
            continue  # "aims for no deaths on its roads", "no injuries would have occurred": no toll told
        if _not_a_toll(ctx.text, toll.start(), toll.end()):
            continue
        measures = {NO_TOLL_MEASURE[toll.group("noun").lower()]: (toll.start(), toll.end("noun"))}
        if toll.group("other"):  # "no deaths or injuries were reported": none of either
            measures.setdefault(NO_TOLL_MEASURE[toll.group("other").lower()], (toll.start("other"), toll.end()))
        for measure, (start, end) in measures.items():
            yield Match(start, end, "figure", measure, value=0.0, low=0.0, high=0.0, qualifier="exact",
                        detail={"stated": "none"})


def _not_a_toll(text: str, start: int, end: int) -> bool:
    """A none that is no toll of the story: hoped for, doubted, planned, almost, quoted, or
    of another event ("no one was injured in the latest strike")."""
    return bool(NOT_A_TOLL_BEFORE.search(text, max(0, start - 80), start) and not BUT_BEFORE.search(text, 0, start)
                or len(QUOTE_MARKS.findall(text, 0, start)) % 2 == 1
                or OTHER_EVENT_AFTER.match(text[end:]))


# "... of the 38 people ...": the number is a part of a whole stated after it
PART_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?\d", re.IGNORECASE)
REDUCED_EVENT = re.compile(r"\s+[a-z]+")  # "people arrested": the event word alone, no auxiliary
FINITE_VERB = re.compile(r"\b(?:were|was|are|is|had|have|has|remain|remained)\b")


def _reduced_relative(text: str, after_noun: int, event_end: int) -> bool:
    """"38 people arrested, or about 40%, were under 25": the event qualifies the noun (no
    auxiliary before it, a verb of the sentence after it), so it tells of those counted."""
    return bool(REDUCED_EVENT.fullmatch(text, after_noun, event_end) and FINITE_VERB.search(text, event_end))


# "four died of carbon monoxide poisoning": deaths of one cause, some of the toll, never the toll
# (the ways a disaster kills that a story tallies apart: not drowning in a flood, not a disease in an outbreak)
CAUSE = re.compile(r"\s+(?:of|from)\s+(?!(?:the|a|an|their|his|her|its|this|that|these|those)\b)"
                   r"(?P<cause>(?:[a-z][\w-]*\s+){0,2}?(?:poisoning|electrocution|hypothermia|exposure|heatstroke|"
                   r"heat\s+stroke|dehydration|asphyxiation|suffocation|starvation|heart\s+attacks?|cardiac\s+arrest))\b")


def _cause(ctx, end) -> str:
    """The cause that makes a count of deaths a part of the toll ("died of carbon monoxide
    poisoning" -> "carbon monoxide poisoning"), or "" (their injuries, the disaster itself)."""
    cause = CAUSE.match(ctx.text, end)
    if not cause:
        return ""
    if patterns(ctx.config.lexicon).event_word.search(cause.group("cause")):
        return ""  # "died from flooding", "killed by the landslide": the story's toll
    what = cause.group("cause").lower()
    if any(what.endswith(ways) and re.search(disaster, ctx.lower) for ways, disaster in CAUSES_OF.items()):
        return ""  # "52 people have died of heatstroke in the heatwave": that is the heatwave's toll
    return cause.group("cause")


# the disasters that kill by these means: their deaths are the toll itself
CAUSES_OF = {"heatstroke": r"\bheat", "heat stroke": r"\bheat", "dehydration": r"\bheat|drought",
             "hypothermia": r"\bcold|snow|blizzard|freez|winter|storm", "exposure": r"\bcold|snow|blizzard|freez|winter",
             "suffocation": r"stampede|crush", "asphyxiation": r"stampede|crush"}
NOT_POLICE = re.compile(r"\b(?:military|army|naval|navy|intelligence|armed\s+forces|prison|customs)\s+(?:\w+\s+)?$",
                        re.IGNORECASE)


def _of_group(measure, noun, config, text: str = "") -> str:
    """A casualty count of a group counted apart ("41 officers were injured" -> `injured police`;
    "two senior military officers" are no police)."""
    group = config.casualty_groups.get(noun.noun) if noun else None
    if group and NOT_POLICE.search(text, max(0, noun.start - 30), noun.start):
        group = None
    if group and measure.endswith(" subset"):  # "four officers sustained serious injuries": some injured police
        return f"{measure.removesuffix(' subset')} {group} subset"
    return f"{measure} {group}" if group else measure


# "all 22 crew", "all of the 180 passengers": the whole of those aboard
ALL_BEFORE = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


def _aboard(number, noun):
    """How many crew or passengers there were, read beside what happened to them."""
    if noun is not None and noun.measure in ABOARD:
        yield Match(number.start, noun.end, "figure", noun.measure, value=number.value, low=number.low,
                    high=number.high, qualifier=number.qualifier, anchor=number.start,
                    detail={"noun": noun.noun, "stated": number.text}, alongside=True)


def _match(number, measure, end, noun, start=None, text=""):
    """The figure; told per a period after its words ("kills about 600,000 people a year"), a rate."""
    stated = number.text
    period = per_period(text, end) if text else ""
    measure = f"{measure} per {period}" if period else measure
    return Match(number.start if start is None else start, end, "figure", measure, value=number.value,
                 low=number.low, high=number.high, qualifier=number.qualifier, anchor=number.start,
                 detail={"noun": noun.noun, "stated": stated} if noun else {"stated": stated})


EXAMPLES = (
    Example("In May, our patrols were attacked, in which case 41 soldiers were injured.",
            ({"measure": "injured", "value": 41, "qualifier": "exact", "as_of_start": "2023-05-01",
              "as_of_precision": "month", "as_of_basis": "stated"},), source_date="2023-11-20"),
    Example("Most of the dead drowned, and four died of carbon monoxide poisoning from generators.",
            ({"measure": "killed by carbon monoxide poisoning", "value": 4},),
            note="deaths of one cause are some of the toll, never compared with it"),
    Example("Twelve people died from flooding, officials said.", ({"measure": "killed", "value": 12},)),
    Example("The eruption forced the evacuation of nearly 4,000 residents.",
            ({"measure": "evacuated", "value": 4000, "qualifier": "close_to"},), note="the event's noun names it too"),
    Example("Police said 41 officers were injured and around 20 demonstrators were hurt.",
            ({"measure": "injured police", "value": 41}, {"measure": "injured", "value": 20}),
            note="the police's casualties are counted apart ([casualty_groups] in the vocabulary)"),
    Example("The attacks in May left 41 injured.", ({"measure": "injured", "value": 41},),
            source_date="2023-11-20"),
    Example("The jet crashed minutes after takeoff, killing all 157 people on board.",
            ({"measure": "killed", "value": 157},), note="'all' the people there were: still a toll"),
    Example("All 62 passengers on board were killed.", ({"measure": "killed", "value": 62},)),
    Example("Twelve of the 38 people arrested, or about 40%, were under the age of 25.",
            ({"measure": "arrested", "value": 38},), note="those arrested are the 38, the twelve some of them"),
    Example("Only 31 of the roughly 90 passengers survived.", (),
            note="near miss: the whole of a part is not what survived (counts reads it as a total)"),
    Example("Floods in Derna killed at least 85 people.",
            ({"measure": "killed", "value": 85, "low": 85, "high": float("inf"), "subject": "Derna",
              "qualifier": "at_least"},)),
    Example("Officials said about 60 people died in the floods in Derna.",
            ({"measure": "killed", "value": 60, "low": 57, "high": 63, "subject": "Derna"},)),
    Example("The death toll in Derna rose to 112.", ({"measure": "killed", "value": 112},)),
    Example("The death toll from the floods in Derna rose to 85, officials said.",
            ({"measure": "killed", "value": 85, "subject": "Derna"},)),
    Example("The death toll from Saturday's magnitude 7.1 earthquake in western Nepal has risen to 43.",
            ({"measure": "killed", "value": 43},), note="a long toll phrase, a decimal inside it"),
    Example("The death toll from the floods across the three northern provinces of Vietnam now stands at 19.",
            ({"measure": "killed", "value": 19},)),
    Example("Police arrested 40 protesters outside parliament.", ({"measure": "arrested", "value": 40},)),
    Example("Some 2,300 residents were evacuated from Valencia.",
            ({"measure": "evacuated", "value": 2300, "subject": "Valencia"},)),
    Example("Around 9,600 soldiers serve in the mission.", (), note="near miss: a count, nothing happened to them"),
    Example("In 1999, two powerful earthquakes killed some 18,000 people in Izmit.",
            ({"measure": "killed", "value": 18000, "low": 17100, "high": 18900, "as_of_start": "1999-01-01"},)),
    Example("Two earthquakes killed nobody.", (), note="near miss: earthquakes are not the dead"),
    Example("No one was killed in the blast, police said.", ({"measure": "killed", "value": 0, "low": 0, "high": 0},),
            note="a toll of none"),
    Example("None of the 40 passengers was injured.", ({"measure": "injured", "value": 0},),
            note="none of the 40: the 40 were aboard, not hurt"),
    Example("No deaths have been reported.", ({"measure": "killed", "value": 0},)),
    Example("Officials worked to make sure no one is hurt, and there were no new injuries.", (),
            note="near miss: a wish and a change of none state no toll"),
    Example("Tens of thousands of Georgians were evacuated from Tbilisi.",
            ({"measure": "evacuated", "low": 20000, "high": 99999, "qualifier": "vague"},)),
    Example("The mission has lost at least 180 peacekeepers to hostile acts.",
            ({"measure": "killed subset", "value": 180, "qualifier": "at_least"},),
            note="the dead a force lost, not a smaller force; some of a toll, never compared with all of it"),
    Example("At least five and probably seven men died when the roof collapsed.",
            ({"measure": "killed", "low": 5, "high": float("inf"), "qualifier": "at_least"},),
            note="alternatives: the interval both allow"),
)
