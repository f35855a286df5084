"""A total stated as its parts: "30 member states and four partner nations" -> 34 nations.

When two or more counts joined by "and" (or commas) count nouns of the same measure,
the sentence states their total.  The total is a claim of its own and keeps its parts,
so the arithmetic check can show 30 + 4 = 34 and compare it with a stated total.

A stated breakdown works the same way: a total, then ":", a dash, "Of the N ...,", or a
comma before counts of places ("1.2 million were evacuated, 780,000 in Bangladesh and
520,000 in India"; not after a count of a place itself, which starts a list; some of the
whole, like the parts after "including"), then two or more figures that say only where
or what they are ("31 people died - 18 in Surigao and 12 in Davao", "savings of £64.5m:
£30m from care, £20m from schools and £14.5m from roads"), or after a colon, kinds of the
total's noun ("41,000 workers: 24,000 train drivers, 12,500 guards and 3,500 signallers"); each
kind is a count of its own too ("231 passengers" meets another outlet's passengers).
The parts inherit the total's measure (and currency); their sum is
a claim with the parts, and the total stays the claim its own rule reads, so the
arithmetic check compares the two (qualifiers count: "about 125 million" is an interval).
A total with no noun of its own, introduced by "were" and a colon ("12 were foreign
nationals: five Australians, four Malaysians and two Germans") or by "were" alone ("The
five were two infants in Iasi, one toddler ..."), takes the parts' measure (`people` for
demonyms and people) and is read here, so it meets their sum.

Parts of different kinds counted one after another, then the whole they make told as a total
("180 passengers and 25 crew, a total of 215 people", "40 passengers, two drivers and three
guides, 45 in all"), are summed the same way; each part still counts its own kind (the story's
passengers are compared with another outlet's), and a total with no noun takes the parts'
measure (`people` for people); a total of something else ("20 buses and 10 trams, a total of
2,000 seats") and the dead ("killed 12 soldiers and 3 civilians, 15 in all": the casualty rules'
reading) are no such sum.

Where the hurt went partitions them: "Of the 61 injured, 31 were taken to hospital and 34 were
treated at the scene" sums the two fates (at most the whole, as others may go untold); the
hospitalised still count on their own.  A count with a verb of its own ("saved 143 people, and
28 people remain missing") is a clause of its own, no part.

Some breakdowns name only some of the whole: parts after "including" or "of which"
(unless they name the rest: "with the remaining 650 in Asia") and nationalities after
"Of the 157 on board" are marked `partial`, and the arithmetic check then flags only a
sum that exceeds the whole.
"""

import re

from checker.dates import MONTH
from checker.figures import event_after, is_people, thing_state
from checker.rulekit import Example, Match

JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+)$", re.IGNORECASE)


def find(ctx):
    counted = []
    for number in ctx.numbers:
        if number.unit or number.qualifier == "vague":
            continue
        noun = ctx.counted_noun(number.number_end)
        if noun and noun.known:
            counted.append((number, noun))
    breakdowns = []
    if ":" in ctx.text or " - " in ctx.text or "–" in ctx.text or "—" in ctx.text or "of the" in ctx.lower \
            or " were " in ctx.text or " are " in ctx.text or "includ" in ctx.lower or "of wh" in ctx.lower \
            or "made up" in ctx.lower or "compris" in ctx.lower or "consist" in ctx.lower \
            or " in " in ctx.text and COMMA_PLACES.search(ctx.text):
        breakdowns = list(_breakdowns(ctx))
    if "total" in ctx.lower or " in all" in ctx.lower or "altogether" in ctx.lower or "all told" in ctx.lower:
        taken = [(m.start, m.end) for m in breakdowns]
        breakdowns += [m for m in _totals_after_parts(ctx) if not any(s < m.end and m.start < e for s, e in taken)]
    covered = [(m.start, m.end) for m in breakdowns]
    counted = [(n, c) for n, c in counted if not any(s <= n.start < e for s, e in covered)]
    group: list = []
    for number, noun in counted:
        if group and group[-1][1].measure == noun.measure and JOIN.search(ctx.text[group[-1][1].end:number.start]) \
                and JOIN.search(ctx.text[group[-1][1].end:number.start]).start() == 0 \
                and not OWN_VERB_AFTER.match(ctx.text, noun.end):
            group.append((number, noun))
            continue
        yield from _total(group)
        group = [(number, noun)]
    yield from _total(group)
    yield from breakdowns


# a count with its own verb after it is a clause of its own, no part: "saved 143 people, and 28
# people remain missing"
OWN_VERB_AFTER = re.compile(r"\s+(?:still\s+)?(?:remain|remained|are|were|is|was|have|has|had|died|stay|stayed|went|"
                            r"returned|fled|lost)\b", re.IGNORECASE)


# What follows a breakdown's total: ":", a dash, or the comma after "Of the 27 dead".
INTRO = re.compile(r"\s*(?::|\s[-–—]\s?|—)\s*")
OF_THE = re.compile(r"\bof\s+(?:the|these|those)\s+$", re.IGNORECASE)
# A part says where or what: "18 in Surigao del Sur", "£30m from adult social care",
# "15 were in Davao", "two near Yankee Hill", "40 million euros for the October walkout".
PART_TAIL = re.compile(r",?\s+(?:(?:were|was|had\s+been|have\s+been|are|died|killed|dead|spread|scattered|split|"
                       r"divided|distributed)\s+)*"
                       r"(?:(?:in|from|near|at|on|for|across|outside|inside|around|off)\s+\S|"
                       # "and 63,000 elsewhere": the rest of the places, a part all the same
                       r"(?:elsewhere|abroad|overseas|worldwide)\b)", re.IGNORECASE)
# "..., and $310 million ...", "..., with the remaining $1.9 billion ...": the next part
JOINER = re.compile(r"\s*(?:,\s*(?:and\s+|while\s+|with\s+)?|\s+and\s+|;\s*(?:and\s+)?)"
                    r"(?:an?\s+|the\s+(?:remaining|other|last|final)\s+|the\s+(?:rest|remainder),?\s+)?$",
                    re.IGNORECASE)
PART_END = re.compile(r"\s[-–—]\s|—|[;)]|\.(?:\s|$)|,\s(?:and\s+)?(?=[a-z]+\s+(?:were|was|said|are|have|had)\b)|$")


# "12 were foreign nationals: five Australians, ...", "The five were two infants in Iasi, ...":
# a total with no counted noun after it, introduced by "were"/"are" (and a colon or not)
WERE_INTRO = re.compile(r"\s+(?:were|are)\s+(?=(?:an?\s+)?(?:\d|[a-z]+\s))", re.IGNORECASE)
# A part named by what it counts: "five Australians", "two infants in Iasi", "one toddler"
THE_TOTAL = re.compile(r"\b(?:the|these|those|all)\s+$", re.IGNORECASE)
NOUN_PART = re.compile(r"\s+(?!(?:and|or|of|to|in|were|was|are|is|more|other|others|people)\b)[A-Za-z][a-z'’-]+\b")


KIND_TAIL = re.compile(r",?\s+(?:were|was|are)\s+(?:an?\s+)?(?P<word>[A-Za-z][\w-]+)\b")  # ("the rest, one, was")
WERE_OR_ARE = re.compile(r"\s(?:were|are)\s")
CLOSING_DASH = re.compile(r"\s[-–—]\s|—|\)")
LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
INTRO_MARK = re.compile(r":|\s[-–—]\s?|—|,?\s+(?:including|includ(?:e|es|ed)|of\s+which|of\s+whom|"
                        # the whole's make-up: "The offer of 455p is made up of 325p in cash and 120p in shares"
                        r"(?:(?:is|was|are|were)\s+)?(?:made\s+up\s+of|comprised\s+of|comprising|comprises?|"
                        r"consisting\s+of|consists\s+of))\s+(?=[£$€¥₱]?\d|"
                        r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)\s)", re.IGNORECASE)
# "212,000 marched, including 38,500 in Paris": the parts named are some of the whole ...
INCLUDING = re.compile(r"\b(?:including|includ(?:e|es|ed)|of\s+which|of\s+whom)\s+$", re.IGNORECASE)
# ... unless they name the rest: "with the remaining 650 in Asia"
THE_REST = re.compile(r"\b(?:remaining|the\s+rest|the\s+other|all\s+other)\b", re.IGNORECASE)
FULL_STOP = re.compile(r"\.\s")
PART_END_MARK = re.compile(r"(?=,\s*(?:and\s+)?(?:an?\s+)?[£$€¥₱]?\d|,?\s+and\s+(?:an?\s+)?[£$€¥₱]?(?:\d|[a-z]+\s+"
                           r"(?:in|from|near|at|for)\b)|,?\s+(?:and\s+)?the\s+(?:rest|remainder)\b)"
                           r"|\s[-–—]\s|—|[;)]|\.(?:\s|$)|,\s|$")
CASUALTY_VERB_BEFORE = re.compile(r"\b(killing|killed|injuring|injured|wounding|wounded)\s+(?:a\s+total\s+of\s+)?$")


def _breakdowns(ctx):
    numbers = [n for n in ctx.numbers if n.qualifier != "vague"]
    for index, total in enumerate(numbers):
        start_parts = _parts_start(ctx, total, numbers, index)
        nouned = False  # parts that say what they are ("five Australians") rather than where
        of_the = OF_THE.search(ctx.text, max(0, total.start - 12), total.start) is not None
        if start_parts is None:
            were = WERE_INTRO.match(ctx.text, total.end) if not total.unit else None
            if not were or ctx.counted_noun(total.number_end):
                continue
            start_parts, nouned = were.end(), True
        elif not total.unit and WERE_OR_ARE.search(ctx.text[total.end:start_parts]) \
                and ":" in ctx.text[total.end:start_parts]:
            nouned = True  # "12 were foreign nationals: five Australians, four Malaysians and two Germans"
        # "41,000 workers: 24,000 train drivers, 12,500 guards and 3,500 signallers": kinds of the
        # total's noun after a colon (the total keeps the claim its own rule reads)
        # "The 31 victims included 14 children, 11 women and 8 men": kinds that do not overlap, some or all
        colon = ":" in ctx.text[total.end:start_parts]
        kinds = not total.unit and not nouned and ctx.counted_noun(total.number_end) is not None \
            and (colon or INCLUDING.search(ctx.text, total.end, start_parts))
        parts = []
        for number in numbers[index + 1:]:
            if number.start < start_parts or number.unit != total.unit:
                if number.start < start_parts:
                    continue
                break
            if parts and parts[-1][1] > number.start:  # "five Canadians and three Brazilians": a part ends at the joiner
                joiner = JOINER.search(ctx.text, parts[-1][0].end, number.start)
                parts[-1] = (parts[-1][0], joiner.start() if joiner else parts[-1][0].end)
            gap = ctx.text[(parts[-1][1] if parts else start_parts):number.start]
            if parts and (not JOINER.search(gap) or CLOSING_DASH.search(gap)) or not parts and gap.strip(" a"):
                break  # the closing dash ends the breakdown: "- nine in A and five in B - and 120 in hospital"
            tail = PART_TAIL.match(ctx.text, number.end) or (of_the and (_says_what(ctx, number)
                                                                          or _fate(ctx, number)))
            if not tail and not (total.unit and LOWER_WORD_AFTER.match(ctx.text[number.end:])) \
                    and not (nouned and not number.unit and NOUN_PART.match(ctx.text, number.end)) \
                    and not (kinds and _kind_of_whole(ctx, number, colon)):
                break
            parts.append((number, _part_end(ctx.text, number.end)))
        if len(parts) < 2:
            continue
        fates = [_fate(ctx, number) for number, _ in parts]
        if any(fates) and (not all(fates) or len(set(fates)) < 2):
            continue  # "31 were taken to hospital and 12 were children": no partition of the whole
        nouns = [ctx.counted_noun(number.number_end) for number, _ in parts] if kinds and not colon else []
        if nouns and all(nouns) and not any({n.noun.lower() for n in nouns} <= kinds_ for kinds_ in PARTITIONS):
            continue  # "38 boys, 14 girls and 20 children with special needs": kinds that overlap
        measure = _measure(ctx, total) or (_parts_measure(ctx, parts) if nouned else "")
        if not measure and of_the and not total.unit:  # "Of the 74 structures destroyed": whatever it counts
            noun = ctx.counted_noun(total.number_end)
            measure = _with_state(ctx, total, noun) if noun else ""
        if not measure and nouned and THE_TOTAL.search(ctx.text, max(0, total.start - 8), total.start):
            measure = "people" if _people_parts(ctx, parts) else ""
        if not measure:
            continue
        if nouned:  # the total is read here, with the parts' measure, so the two meet in the arithmetic
            yield Match(total.start, total.end, "figure", measure, value=total.value, low=total.low,
                        high=total.high, qualifier=total.qualifier, anchor=total.start,
                        detail={"stated": total.text})
        # "Of the 157 on board, 35 were Kenyans, 18 were Canadians": nationalities listed are
        # some of the whole (the others go unnamed), so their sum may fall short of it
        # so are places after a comma ("killed at least 40 people, 12 in Gaza City and 9 in Rafah")
        # kinds of the total's noun after a colon may name only some ("12,000 people: 3,000 drivers and
        # 5,000 station staff"), so may the nationalities of "Of the 157 on board, 35 were Kenyans, ..."
        named_kinds = kinds and not any(PART_TAIL.match(ctx.text, number.end) for number, _ in parts)
        partial = named_kinds or all(fates) or of_the and (all(_named_kind(ctx, number) for number, _ in parts)
                                                           or _some_states(ctx, parts)) or bool(
            (INCLUDING.search(ctx.text, total.end, start_parts) or ctx.text[start_parts - 2:start_parts] == ", "
             and COMMA_PLACES.match(ctx.text, start_parts - 2))
            and not THE_REST.search(ctx.text, start_parts, parts[-1][1]))
        summed = _sum(ctx, parts, measure, total, partial)
        for piece, fate in zip(summed.parts, fates):  # the hospitalised are counted on their own too
            if fate == "hospital" and measure != "hospitalised" and "hospitalised" in ctx.config.events.values():
                piece.measure, piece.detail = "hospitalised", {**piece.detail, "own_kind": True}
        for piece, (number, _) in zip(summed.parts, parts):  # "including 29 in Holmes County": that place's own
            noun = ctx.counted_noun(number.number_end)
            place = PART_PLACE.match(ctx.text, noun.end if noun else number.end)
            if place and place["place"] not in ctx.text[total.start - 60 if total.start > 60 else 0:total.start]:
                piece.subject, piece.detail = place["place"], {**piece.detail, "own_kind": True}
        if kinds:  # each kind a count of its own too ("231 passengers" meets another outlet's passengers)
            for piece, (number, _) in zip(summed.parts, parts):
                noun = ctx.counted_noun(number.number_end)
                if noun and noun.known and noun.measure != measure:
                    piece.measure, piece.detail = noun.measure, {**piece.detail, "own_kind": True}
        yield summed


# where a part is ("29 in Holmes County"): its own count, of that place
PART_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


# after "included", kinds of people that never overlap, from one of these: "14 children, 11 women
# and 8 men" (not "38 boys, 14 girls and 20 children", "31 children and 40 residents of Arlen")
PARTITIONS = (frozenset("men women children".split()), frozenset("man woman child".split()),
              frozenset("adults children".split()), frozenset("adults minors".split()),
              frozenset("boys girls".split()), frozenset("men women boys girls".split()))
DEMOGRAPHIC = frozenset().union(*PARTITIONS)


def _kind_of_whole(ctx, number, colon: bool) -> bool:
    """A part named by a kind of the whole's noun: any after a colon, a demographic one after "included"."""
    noun = ctx.counted_noun(number.number_end)
    return noun is not None and (colon or noun.noun.lower() in DEMOGRAPHIC)


def _says_what(ctx, number) -> bool:
    """A part of an "Of the N ..." breakdown that says what kind it is: "55 were homes",
    "16 outbuildings", "35 were Kenyans" (not what happened to it: "25 were rescued" is no kind)."""
    kind = KIND_TAIL.match(ctx.text, number.end)
    if kind:
        word = kind.group("word")
        if word[0].isupper():  # a nationality or a party: "35 were Kenyans", "25 were Democrats";
            # a name before a kind: "19 were JSW employees"
            if word[1:].islower() and word.endswith("s") or word.endswith("ese"):
                return True
            noun = NOUN_PART.match(ctx.text, kind.end())
            return bool(noun and noun.group(0).strip().islower() and noun.group(0).strip().endswith("s"))
        return not word.endswith("ed") and word not in ctx.config.events
    noun = ctx.counted_noun(number.number_end)
    return bool(noun and noun.end > number.end)


# Where the hurt went, which no one went both ways: "Of the 61 injured, 31 were taken to hospital and
# 30 were treated at the scene" (others may go unnamed: "treated and released" later, or not told)
FATES = (("hospital", re.compile(r",?\s+(?:were|was|had\s+been|have\s+been)\s+(?:(?:taken|rushed|airlifted|flown|"
                                 r"transported|sent)\s+to\s+(?:an?\s+|the\s+)?(?:\w+\s+)?hospitals?|"
                                 r"hospitali[sz]ed|admitted\s+to\s+(?:an?\s+|the\s+)?(?:\w+\s+)?hospitals?)\b",
                                 re.IGNORECASE)),
         ("scene", re.compile(r",?\s+(?:were|was|had\s+been|have\s+been)\s+treated\s+(?:at\s+the\s+scene|on\s+"
                              r"(?:the\s+)?(?:site|scene|spot)|and\s+released|as\s+outpatients)\b", re.IGNORECASE)))


def _fate(ctx, number) -> str:
    """Where a part of the hurt went ("were taken to hospital", "were treated at the scene"), if told."""
    return next((fate for fate, pattern in FATES if pattern.match(ctx.text, number.end)), "")


# How some of a whole were, which leaves the rest untold: "Of the 23 injured, six were in serious
# condition and four in critical condition" (the rest minor), "six were children and four were elderly"
STATE_TAIL = re.compile(r",?\s+(?:(?:were|was|are|is|remain(?:ed|s)?)\s+)?(?:(?:listed|said\s+to\s+be)\s+)?"
                        r"(?:in\s+)?(?:an?\s+)?"
                        r"(?:(?:serious|critical|stable|grave|fair|good|satisfactory|life-threatening|"
                        r"non-life-threatening)(?:\s+but\s+stable)?\s+condition|(?:seriously|critically|"
                        r"gravely|badly|severely|slightly|lightly)\s+(?:injured|hurt|wounded|ill|burned))\b",
                        re.IGNORECASE)
MILD = re.compile(r"\b(?:slightly|lightly|minor|non-life-threatening|fair|good|satisfactory|stable)\b", re.IGNORECASE)
PLURAL_KINDS = {"man": "men", "woman": "women", "child": "children", "boy": "boys", "girl": "girls", "adult": "adults",
                "minor": "minors"}
AGE_KINDS = DEMOGRAPHIC | frozenset(PLURAL_KINDS) | frozenset(
    "elderly infants babies toddlers teenagers minors pensioners".split())


def _some_states(ctx, parts) -> bool:
    """Parts that tell how some of an "Of the N" whole were (a condition, an age) rather than
    split it: the rest may go untold unless the kinds make a whole ("men, women and children")."""
    ages, states = set(), set()
    for number, _ in parts:
        kind = KIND_TAIL.match(ctx.text, number.end)
        state = STATE_TAIL.match(ctx.text, number.end)
        if state:
            states.add("mild" if MILD.search(state.group(0)) else "severe")
            continue
        if not kind or kind.group("word").lower() not in AGE_KINDS:
            return False
        ages.add(PLURAL_KINDS.get(kind.group("word").lower(), kind.group("word").lower()))
    if states == {"mild", "severe"} and not ages:
        return False  # "15 were seriously injured and 6 slightly injured": every injury is one or the other
    return not any(ages == set(partition) for partition in PARTITIONS)


def _named_kind(ctx, number) -> bool:
    """A part named by a proper noun: "35 were Kenyans", "25 were Democrats"."""
    kind = KIND_TAIL.match(ctx.text, number.end)
    return bool(kind and kind.group("word")[0].isupper())


def _parts_measure(ctx, parts) -> str:
    """The one known measure every part counts ("five Australians, four Malaysians" -> people)."""
    measures = set()
    for number, _ in parts:
        noun = ctx.counted_noun(number.number_end)
        word = NOUN_PART.match(ctx.text, number.end)
        if not noun and number.value == 1 and word and word.group(0).strip()[0].isupper():
            continue  # "... and one Nigerian": a singular demonym counts as its plural does
        measures.add(noun.measure if noun and noun.known else "")
    return measures.pop() if len(measures) == 1 else ""


def _people_parts(ctx, parts) -> bool:
    """Parts that name people ("two infants in Iasi, one toddler ..."), for a total that
    refers back ("The five were ..."): each noun a person's or a demonym."""
    people = unknown = 0
    for number, _ in parts:
        word = NOUN_PART.match(ctx.text, number.end)
        noun = ctx.counted_noun(number.number_end)
        if noun and noun.known:
            if not is_people(noun, ctx.config):
                return False
            people += 1
        elif word and (word.group(0).strip()[0].isupper() or word.group(0).strip().lower().rstrip("s")
                       in ctx.config.people_nouns or _person_word(word.group(0).strip().lower())):
            people += 1
        else:
            unknown += 1
    return people > 0 and unknown < len(parts) - unknown  # most parts name people, none names a thing


PERSON_WORDS = re.compile(r"(?:infant|baby|babie|toddler|child|boy|girl|teen|teenager|man|woman|men|women|adult|"
                          r"person|resident|student|pupil|patient|nurse|doctor|worker|tourist|passenger|"
                          r"crew\s?member|sailor|soldier|officer|civilian|villager|farmer|fisherm[ae]n|journalist|"
                          r"[a-z]+(?:er|ist|ian|ee))s?$")


def _person_word(word: str) -> bool:
    return bool(PERSON_WORDS.match(word))


def _parts_start(ctx, total, numbers, index) -> int | None:
    """Where a breakdown's parts begin after `total`, or None when none is announced."""
    if OF_THE.search(ctx.text[max(0, total.start - 12):total.start]):  # "Of the 27 dead, 15 ..."
        comma = ctx.text.find(",", total.end, total.end + 80)
        return comma + 1 if comma > 0 and not _number_between(numbers, total.end, comma) else None
    window = ctx.text[total.end:total.end + 60]
    intro = INTRO_MARK.search(window)
    if not intro and not total.unit:
        intro = _comma_before_places(ctx.text, total, window)
    if not intro or FULL_STOP.search(window[:intro.start()]):
        return None
    if _number_between(numbers, total.end, total.end + intro.start()):
        return None
    return total.end + intro.end()


# "1.2 million people were evacuated, 780,000 in Bangladesh and 520,000 in India": after a
# comma, counts of places (a capitalised place, perhaps after one word: "in neighbouring Peru")
COMMA_PLACES = re.compile(r",\s+(?=(?:some\s+|about\s+|around\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+"
                          rf"(?:in|across)\s+(?:the\s+)?(?:[a-z]+\s+)?(?!{MONTH}\b)[A-Z])")


IN_A_PLACE = re.compile(r"\s(?:in|at|across)\s+(?:the\s+)?[A-Z]")


def _comma_before_places(text, total, window):
    """The comma that opens a breakdown by place after a count that is itself no place's
    ("41 cases in Holmes County, 11 in Wayne County" is a list, not a total and its parts)."""
    comma = COMMA_PLACES.search(window)
    if comma is None or "," in window[:comma.start()] or IN_A_PLACE.search(window, 0, comma.start()):
        return None
    return comma


def _number_between(numbers, start, end) -> bool:
    return any(start <= n.start < end for n in numbers)


def _part_end(text, end):
    """A part runs to the next joiner before a number, or to the end of the breakdown."""
    match = PART_END_MARK.search(text[end:end + 80])
    return end + (match.start() if match else min(80, len(text) - end))


def _measure(ctx, total) -> str:
    """The measure the total's own rule gives it, so the sum meets it in the arithmetic."""
    if total.unit:
        from checker_rules.figures import amounts

        measure = amounts._measure(ctx, total)
        return measure[0] if isinstance(measure, tuple) else measure
    noun = ctx.counted_noun(total.number_end)
    event = event_after(ctx.text, noun.end if noun else total.end, ctx.config)
    if event and is_people(noun, ctx.config):
        return event[0]
    before = ctx.text[max(0, total.start - 40):total.start].lower()
    verb = CASUALTY_VERB_BEFORE.search(before)
    if verb:
        return "killed" if verb.group(1).startswith("kill") else "injured"
    if "toll" in before:
        return "killed"
    return _with_state(ctx, total, noun) if noun and noun.known else ""


def _with_state(ctx, total, noun) -> str:
    """The total's measure with what happened to the things it counts, as the counts rule reads
    it ("Of the 74 structures destroyed" is `structures destroyed`), so parts and total meet."""
    state = "" if is_people(noun, ctx.config) else thing_state(ctx.text, total.start, noun.end)
    return f"{noun.measure} {state}" if state else noun.measure


# "180 passengers and 25 crew, a total of 215 people", "12 soldiers and three civilians, 15 in all": parts
# of different kinds, then the whole they make, told as a total
TOTAL_OF_BEFORE = re.compile(r"(?:,|\s[-–—]|—)\s*(?:(?:for|making|or|with)\s+)?(?:(?:a|the)\s+(?:combined\s+|grand\s+|"
                             r"overall\s+)?total\s+of|totall?ing|in\s+total)\s+$", re.IGNORECASE)
COMMA_BEFORE = re.compile(r"(?:,|\s[-–—]|—)\s*(?:(?:for|making|or)\s+)?$")
IN_ALL_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:in\s+all|in\s+total|altogether|all\s+told)\b", re.IGNORECASE)


def _totals_after_parts(ctx):
    """Parts of different kinds counted one after another, then their total ("a total of 215
    people", "15 in all"): the sum of the parts, of the total's measure, so the arithmetic meets
    the two; a total with no noun of its own is read here too, with the parts' measure."""
    numbers = [n for n in ctx.numbers if n.qualifier != "vague" and not n.unit]
    for index, total in enumerate(numbers):
        told = TOTAL_OF_BEFORE.search(ctx.text, max(0, total.start - 30), total.start)
        if index < 2 or not (told or COMMA_BEFORE.search(ctx.text, max(0, total.start - 12), total.start)
                             and IN_ALL_AFTER.match(ctx.text, total.number_end)):
            continue
        parts_end = (told or COMMA_BEFORE.search(ctx.text, max(0, total.start - 12), total.start)).start()
        parts = []  # (number, noun), last first
        for number in reversed(numbers[:index]):
            noun = ctx.counted_noun(number.number_end)
            gap = ctx.text[noun.end if noun else number.end:parts[-1][0].start if parts else parts_end]
            if not noun or (JOIN.search(gap) is None or JOIN.search(gap).start()) if parts else gap.strip():
                break
            parts.append((number, noun))
        if len(parts) < 2:
            continue
        parts.reverse()
        if CASUALTY_VERB_BEFORE.search(ctx.text, max(0, parts[0][0].start - 40), parts[0][0].start):
            continue  # "killed 12 soldiers and 3 civilians, a total of 15": the casualty rules read the dead
        own = ctx.counted_noun(total.number_end)
        shared = _parts_measure(ctx, [(n, n.end) for n, _ in parts])
        people = _people_parts(ctx, [(number, number.end) for number, _ in parts])
        if own and own.known and own.measure not in (shared, "people" if people else shared):
            continue  # "20 buses and 10 trams, a total of 2,000 seats": a total of something else
        measure = own.measure if own and own.known else shared or ("people" if people else "")
        if not measure:
            continue
        if not own:  # "15 in all": the total is read here, with the parts' measure
            yield Match(total.start, total.end, "figure", measure, value=total.value, low=total.low,
                        high=total.high, qualifier=total.qualifier, anchor=total.start, detail={"stated": total.text})
        summed = _sum(ctx, [(number, noun.end) for number, noun in parts], measure, total)
        for piece, (_, noun) in zip(summed.parts, parts):  # each a count of its own kind, as the counts read it
            piece.measure, piece.detail = noun.measure, {**piece.detail, "own_kind": True}
        yield summed


def _sum(ctx, parts, measure, total, partial=False):
    pieces = []
    for number, end in parts:
        where = " ".join(ctx.text[number.end:end].split())
        pieces.append(Match(number.start, end, "figure", measure, value=number.value, low=number.low,
                            high=number.high, unit=number.unit, qualifier=number.qualifier, anchor=number.start,
                            detail={"noun": where, "stated": number.text}))
    exact = all(p.qualifier == "exact" for p in pieces)
    # anchored at the total: the breakdown is of what the total counts, not of the places its parts name
    return Match(pieces[0].start, pieces[-1].end, "figure", measure, value=sum(p.value for p in pieces),
                 low=sum(p.low for p in pieces), high=sum(p.high for p in pieces), unit=total.unit,
                 qualifier="exact" if exact else "sum", anchor=total.start, parts=pieces,
                 detail={"breakdown_of": total.text, **({"partial": True} if partial else {}),
                         "parts": [{"value": p.value, "noun": p.detail["noun"]} for p in pieces]})


def _total(group):
    if len(group) < 2:
        return
    parts = [Match(n.start, noun.end, "figure", noun.measure, value=n.value, low=n.low, high=n.high,
                   qualifier=n.qualifier, anchor=n.start, detail={"noun": noun.noun, "stated": n.text})
             for n, noun in group]
    exact = all(p.qualifier == "exact" for p in parts)
    yield Match(parts[0].start, parts[-1].end, "figure", parts[0].measure,
                value=sum(p.value for p in parts), low=sum(p.low for p in parts),
                high=sum(p.high for p in parts), qualifier="exact" if exact else "sum",
                anchor=parts[0].start, parts=parts,
                detail={"parts": [{"value": p.value, "noun": p.detail["noun"]} for p in parts]})


EXAMPLES = (
    Example("The strike involved 41,000 workers: 24,000 train drivers, 12,500 guards and 3,500 signallers.",
            ({"surface": "24,000 train drivers, 12,500 guards and 3,500 signallers", "measure": "workers",
              "value": 40000},),
            note="kinds of the total's noun after a colon are some of its parts"),
    Example("The mission comprises about 9,500 soldiers from 30 member states and four partner nations.",
            ({"measure": "nations", "value": 34, "low": 34, "high": 34,
              "surface": "30 member states and four partner nations"},
             {"measure": "nations", "value": 30, "part_of": "*"},
             {"measure": "nations", "value": 4, "part_of": "*"})),
    Example("The coalition has 12 member states, four partner nations and two observers.",
            ({"measure": "nations", "value": 16},
             {"measure": "nations", "value": 12, "part_of": "*"},
             {"measure": "nations", "value": 4, "part_of": "*"})),
    Example("Floods killed 23 people - 14 in Kerala and eight in Tamil Nadu - officials said.",
            ({"measure": "killed", "value": 22, "surface": "14 in Kerala and eight in Tamil Nadu"},
             {"measure": "killed", "value": 14, "part_of": "*"},
             {"measure": "killed", "value": 8, "part_of": "*"}),
            note="a stated breakdown: the sum (22) meets the stated total (23) in the arithmetic check"),
    Example("The ministry set aside about 90 million euros: 50 million euros for roads and 40 million euros for bridges.",
            ({"value": 9e7, "unit": "EUR", "surface": "50 million euros for roads and 40 million euros for bridges"},
             {"value": 5e7, "unit": "EUR", "part_of": "*"})),
    Example("Of the 19 dead, 11 were in Sindh, six in Punjab and two in Balochistan.",
            ({"measure": "killed", "value": 19, "surface": "11 were in Sindh, six in Punjab and two in Balochistan"},
             {"measure": "killed", "value": 2, "part_of": "*"})),
    Example("Of the victims, 14 were foreign tourists: six Germans, five Canadians and three Brazilians.",
            ({"measure": "people", "value": 14, "surface": "14"},
             {"measure": "people", "value": 14, "surface": "six Germans, five Canadians and three Brazilians"},
             {"measure": "people", "value": 6, "part_of": "*"},
             {"measure": "people", "value": 5, "part_of": "*"},
             {"measure": "people", "value": 3, "part_of": "*"}),
            note="a colon breakdown by nationality: the stated 14 is read with the parts' measure"),
    Example("The three were two nurses in Cluj and one porter in Arad.",
            ({"measure": "people", "value": 3, "surface": "three"},
             {"measure": "people", "value": 3, "surface": "two nurses in Cluj and one porter in Arad"},
             {"value": 2, "part_of": "*"}, {"value": 1, "part_of": "*"}),
            note="'The N were ...': a total that refers back, then its parts"),
    Example("Of the 74 structures destroyed, 55 were homes and 16 were outbuildings.",
            ({"measure": "structures destroyed", "value": 71, "surface": "55 were homes and 16 were outbuildings"},
             {"measure": "structures destroyed", "value": 55, "part_of": "*"}),
            note="parts that say what kind they are: the sum (71) meets the stated 74 in the arithmetic check"),
    Example("Of the 157 people on board, 35 were Kenyans, 18 were Canadians and nine were Ethiopians.",
            ({"measure": "people", "value": 62, "surface": "35 were Kenyans, 18 were Canadians and nine were Ethiopians"},
             {"measure": "people", "value": 35, "part_of": "*"}),
            note="parts named by nationality: the sum (62) is of the 157, not a count of its own"),
    Example("The company will cut 4,000 jobs, including 1,200 in Germany and 800 in the United States.",
            ({"measure": "jobs", "value": 2000, "surface": "1,200 in Germany and 800 in the United States"},
             {"value": 1200, "part_of": "*"}, {"value": 800, "part_of": "*"}),
            note="'including' names some of the whole: the parts may fall short of it, never exceed it"),
    Example("The ferry carried 180 passengers and 25 crew, a total of 215 people.",
            ({"measure": "people", "value": 205, "surface": "180 passengers and 25 crew"},
             {"measure": "passengers", "value": 180, "part_of": "*"}, {"measure": "crew", "value": 25, "part_of": "*"}),
            note="kinds, then their total: the sum (205) meets the stated 215 in the arithmetic check"),
    Example("Of the 40 passengers, 25 were rescued and three were missing.", (),
            note="near miss: what happened to some of them, no breakdown"),
    Example("The storm destroyed 40 homes and 3 schools.", (), note="near miss: different measures"),
    Example("The minister said: 30 years of work and 12 of waiting.", (),
            note="near miss: no total before the colon"),
)
