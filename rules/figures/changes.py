"""A change in a count: "increase ... by 1,000 troops", "1,000 additional troops", "cut 200 jobs".

Measure `<measure>_change` with a sign: positive for increases, additions and
deployments of more, negative for cuts, reductions and withdrawals.  The change words
live in the vocabulary (`[changes]`), so "reinforcements" or "layoffs" can be added.
"""

import re

from checker.figures import RISE_NOUNS, SIZE_OF_BEFORE, event_after, is_people, lost_as_killed
from checker.rulekit import Example, Match
from checker.units import measurement_unit

BY = re.compile(r"\b(?P<verb>[a-z]+)\b(?:[^.;:]{0,80}?)\s+by\s+(?:an?\s+)?$", re.IGNORECASE)
VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+(?:\s+(?:out|off))?)\s+(?:(?:a\s+further|another|an\s+extra|a\s+net)\s+)?$",
                         re.IGNORECASE)  # "lost a net 96,000 subscribers"
# (not "four more than the 31 needed": a margin over a mark, no change)
ADJECTIVE_AFTER = re.compile(r"\s+(?P<adj>additional|extra|more|new|fewer|further)\b(?!\s+than\b)", re.IGNORECASE)
# "an additional 1,100 firefighters", "a further 200 troops", "another 300 police"
ADJECTIVE_BEFORE = re.compile(r"\b(?:an?\s+)?(?P<adj>additional|extra|further|another)\s+$", re.IGNORECASE)
# Words that mark a change only right next to the number ("1,000 more troops"), never as
# the verb of a "by" phrase: "More than 1,200 firefighters, supported by 14 helicopters".
GO_AFTER_MODAL = re.compile(r"\b(?:will|to|could|would|may)\s+go$")
DIGIT = re.compile(r"\d")
LOWER_WORD = re.compile(r"[a-z]+")
NOT_BY_VERBS = frozenset({"more", "fewer", "additional", "extra", "new", "further"})
# up-verbs right before a number that add to a count ("gained about 9,000 members"); others
# state a level ("deployed 1,000 troops", "hired 300 staff" is read by its "new")
VERBS_OF_MORE = frozenset({"sent", "send", "sending", "add", "added", "adding", "gain", "gained", "gains", "gaining"})


def find(ctx):
    up, down = ctx.config.changes_up, ctx.config.changes_down
    for number in ctx.numbers:
        if number.unit:
            continue
        vague = number.qualifier == "vague"
        sign, where = _sign(ctx, number, up, down)
        if vague and not (sign and VERB_BEFORE.search(ctx.text, max(0, number.start - 30), number.start)):
            continue  # "cut hundreds of jobs" is a change; "hundreds of additional ..." is read as a count
        noun = ctx.counted_noun(number.number_end, vague)
        if noun and not noun.known and measurement_unit(noun.noun):
            continue  # "the storm dropped more than 10 inches (25 cm) of rain": a quantity (measurements), no change
        if not sign and noun and noun.known:
            sign, where = _after_noun(ctx, number, noun), number.start
        if sign and NONE_OF_BEFORE.search(ctx.text, max(0, number.start - 40), number.start):
            continue  # "none of Marlow's 3,500 UK jobs would be cut": nothing changes
        if not sign or lost_as_killed(ctx.text, number.start, noun, ctx.config):
            continue  # "lost 40 soldiers in the ambush": the dead (casualties)
        if where < 0 and not noun:  # "a further 6,000 were under warnings": more of a kind, no change
            continue
        further = where < 0  # "another", "a further": more of a kind
        where = abs(where)
        event = _event_after_more(ctx, number) if not noun else _event_of_more(ctx, noun) if further else ""
        if event and (event in STANDING_EVENTS or _other_event_before(ctx, number, event)):
            # "six were shot dead and a dozen more injured": others; "another 52 people were missing": others
            # missing, some of those missing (never compared with all of them)
            others = not _other_event_before(ctx, number, event)
            if others:  # (unless the figure told before is of another event: the claims stage sees it)
                event = f"{event} subset"
            yield Match(number.start, noun.end if noun else number.end, "figure", event, value=number.value,
                        low=number.low, high=number.high, qualifier=number.qualifier, anchor=number.start,
                        detail={"stated": number.text} | ({"noun": noun.noun} if noun else {})
                        | ({"others": True} if others else {}))
            continue
        measure = event or (noun.measure if noun else _measure_nearby(ctx, number))
        if not measure:
            continue
        if noun and is_people(noun, ctx.config) and (event == "freed" or not event and FREED_BEFORE.search(
                ctx.text, max(0, number.start - 30), number.start)):  # "released 17 more hostages": more freed
            measure = f"freed {noun.measure}"  # (fewer held), of their group as casualties reads them
        end = noun.end if noun else number.end
        low, high = sorted((sign * number.low, sign * number.high))
        yield Match(number.start, end, "figure", f"{measure}_change", value=sign * number.value,
                    low=low, high=high, qualifier=number.qualifier, anchor=number.start,
                    detail={"noun": noun.noun if noun else "", "stated": number.text,
                            "cue": ctx.text[where:number.start].strip()[:60]})


FREED_BEFORE = re.compile(r"\b(?:freed|frees|freeing|released|releases|releasing|set\s+free)\s+"
                          r"(?:a\s+further\s+|another\s+)?$", re.IGNORECASE)


# "620 posts will be cut", "800 jobs are set to go", "300 jobs were created": the verb after the noun
VERB_AFTER = re.compile(
    r"\s+(?:(?:will|would|could|may|might|are|is|were|was|have|has|had|set|to|be|been|being|also|now)\s+)*"
    r"(?P<verb>cut|axed|shed|scrapped|eliminated|go|disappear|created|added)\b(?!\s+off\b)", re.IGNORECASE)
DOWN_AFTER = frozenset("cut axed shed scrapped eliminated go disappear".split())
DOWN_NOUNS = ("losses", "cuts", "layoffs", "redundancies")


def _event_after_more(ctx, number) -> str:
    """What happened to "a dozen more injured", "two more died": the event after "more"."""
    more = ADJECTIVE_AFTER.match(ctx.text, number.number_end)
    event = event_after(ctx.text, more.end(), ctx.config) if more else None
    return event[0] if event else ""


# what counts people where they stand now, never added to: "another 52 people were missing"
# are others missing (a level), not 52 more of a toll
STANDING_EVENTS = frozenset({"missing", "trapped", "stranded", "hospitalised"})


def _event_of_more(ctx, noun) -> str:
    """What happened to "another 14 people were missing", "a further 300 residents were
    evacuated": more of those the event counts, not more people."""
    if not is_people(noun, ctx.config):
        return ""
    event = event_after(ctx.text, noun.end, ctx.config)
    return event[0] if event else ""


def _other_event_before(ctx, number, event: str) -> bool:
    """An earlier event of another kind in the sentence makes "more" mean "others": "six were
    killed and a dozen more injured" counts twelve injured, no change of a toll."""
    before = ctx.text[:number.start]
    return any(ctx.config.events[m.group(1).lower()] != event for m in ctx.config.events_re.finditer(before)
               if not before[m.start() - 1:m.start()].isalnum())


def _after_noun(ctx, number, noun) -> int:
    """The sign a verb or a noun after the counted noun gives: "620 posts will be cut" -> -1."""
    if noun is None:
        return 0
    if noun.noun.endswith(DOWN_NOUNS):
        return -1
    verb = VERB_AFTER.match(ctx.text, noun.end)
    if verb and (verb.group("verb").lower() != "go" or GO_AFTER_MODAL.search(verb.group(0))):
        return -1 if verb.group("verb").lower() in DOWN_AFTER else 1
    return 0


def _sign(ctx, number, up, down) -> tuple[int, int]:
    adjective = ADJECTIVE_AFTER.match(ctx.text, number.number_end)
    if adjective:
        word = adjective.group("adj").lower()
        return (-1 if word == "fewer" else 1), number.start
    before = ctx.text[max(0, number.start - 100):number.start]
    if ADJECTIVE_BEFORE.search(before[-20:]):
        verb = VERB_BEFORE.search(before)  # "cut another 400 jobs": a further fall
        sign = -1 if verb and verb.group("verb").lower() in down else 1
        return sign, -number.start  # negative: only with a counted noun after the number
    size = SIZE_OF_BEFORE.search(before)
    if size:  # "an increase of 24 cases in a week": the size of a move, not a count
        return (1 if size.group("noun").lower() in RISE_NOUNS else -1), number.start - (len(before) - size.start())
    by = BY.search(before)
    if by:
        # the verb of "by" stands after any earlier figure: "1,200 firefighters, supported by 14"
        phrase = DIGIT.split(by.group(0))[-1].lower()
        for verb in LOWER_WORD.findall(phrase):
            if (verb in up or verb in down) and verb not in NOT_BY_VERBS:
                return (1 if verb in up else -1), number.start - (len(before) - by.start())
    verb = VERB_BEFORE.search(before)
    if verb:
        word = verb.group("verb").lower()
        if word in down or word in VERBS_OF_MORE:
            return (-1 if word in down else 1), number.start - (len(before) - verb.start())
    return 0, number.start


NONE_OF_BEFORE = re.compile(r"\b(?:none|not\s+one|neither)\s+of\s+(?:the\s+|its\s+|their\s+|[\w’'-]+['’]s?\s+)?"
                            r"(?:[A-Z][\w-]*\s+)?$", re.IGNORECASE)


def _measure_nearby(ctx, number) -> str:
    """"reduced its force by 200": the counted noun stands before the number."""
    found = ctx.config.measures_re.findall(ctx.text[max(0, number.start - 80):number.start])
    return ctx.config.measures[found[-1].lower()] if found else ""


EXAMPLES = (
    Example("Two more died in hospital overnight.", ({"measure": "killed_change", "value": 2},),
            note="the event after 'more' says what changed"),
    Example("Six people were shot dead and a dozen more injured.", ({"measure": "injured", "value": 12},),
            note="after another event, 'more' means others: twelve injured, no change"),
    Example("The increase in the military presence in the region by 1,000 troops was the largest in years.",
            ({"measure": "troops_change", "value": 1000, "low": 1000, "high": 1000},)),
    Example("The alliance has deployed around 1,000 additional troops to the border.",
            ({"measure": "troops_change", "value": 1000, "low": 950, "high": 1050, "qualifier": "about"},)),
    Example("The carmaker will cut 2,500 jobs at its Ohio plant.",
            ({"measure": "jobs_change", "value": -2500, "low": -2500, "high": -2500},)),
    Example("The garrison was reduced by 200 soldiers last year.",
            ({"measure": "troops_change", "value": -200},), source_date="2024-02-01"),
    Example("The city hired 300 new teachers.", ({"measure": "teachers_change", "value": 300},)),
    Example("The insurer said 450 posts will be cut by March.", ({"measure": "jobs_change", "value": -450},),
            source_date="2024-01-10"),
    Example("The plan means about 900 job losses.", ({"measure": "jobs_change", "value": -900},)),
    Example("The bank will cut hundreds of jobs.", ({"measure": "jobs_change", "low": -999, "high": -200},)),
    Example("The state sent an additional 600 firefighters to the Okanagan.",
            ({"measure": "firefighters_change", "value": 600},)),
    Example("More than 300 police officers, backed by 12 armoured vehicles, cleared the square.", (),
            note="near miss: 'more' belongs to another figure; 'backed by' is no change"),
    Example("About 2,000 people were evacuated and a further 5,000 were told to prepare.", (),
            note="near miss: 'a further' without a counted noun is more of a kind, not a change"),
    Example("About 9,600 troops serve there.", (), note="near miss: a level, not a change"),
    Example("The union gained about 9,000 members last year.", ({"measure": "members_change", "value": 9000},),
            source_date="2025-02-11"),
    Example("The town lost 2,000 residents to emigration.", ({"measure": "residents_change", "value": -2000},),
            note="no violent cause: a smaller town, not a toll"),
    Example("Another 52 people were missing, down from 61 on Sunday.", ({"measure": "missing subset", "value": 52},),
            note="others missing: some of those missing, never more of them"),
)
