"""The same event dated differently by two sources, at a precision where both cannot hold.

Two date claims speak of the same event when their descriptions share most of their
keywords, a name among them (or, naming no one, a mark of a happening that comes once:
"first confirmed", "began", "founded"), not only a thing one of them says something happened to
("the transformer" and "the transformer installed"), and the dates are close: days within a week, months
adjacent.  "24 September" vs "23 September" conflict, "September" vs "24 September"
agree.  Claims are blocked by precision and by the names in their descriptions and
sorted by date, so each is compared only with the next few claims of its precision
naming the same place or person within the following weeks: never every pair.
Descriptions that state different figures are different states of a thing, not one
event ("reservoirs were at 31% on Tuesday", "reservoirs stood at 28% on Friday"): the
series of that figure tells their story.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from checker.figures import FALL_WORDS, RISE_WORDS
from checker.findings.evidence import MAX_EVIDENCE, Finding, listing, records, when, who
from checker.subjects import STOPWORDS, event_keywords

NEAR_DAYS = {"day": 7, "week": 7, "month": 31}
# a date told as still to come ("due to have a medical on Thursday": plans move), a day a report was
# told on ("the ministry said on Sunday, April 7, that ..."), or one of a list of days ("on Monday, May 13,
# and Tuesday, May 14"): no day a happening must be
NOT_ONE_DAY = re.compile(r'"(?:planned|told|listed)": true')
MOVE = re.compile(r"\b(?:" + "|".join(sorted(RISE_WORDS | FALL_WORDS)) + r")\b")
# a figure moving to a level: "rose to nine", "climbed to 41", "fell by 3%", or a figure reached just
# before the date ("the death toll from the bridge collapse reached 14 on Sunday" dates the toll, not the
# collapse; "the jury reached 11 guilty verdicts", "the bill passed 52-48", "the storm hit two islands" are
# happenings)
NUMBER_WORD = (r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|"
               r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)\b)")
LEVEL_MOVE = re.compile(r"(?:" + MOVE.pattern + r"\s+(?:to|by)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?"
                        + NUMBER_WORD + r"|\b(?:reached|reaches|topped|tops|surpassed|exceeded|stood\s+at|stands\s+at)"
                        r"\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?" + NUMBER_WORD + r"[\w,.]*$)")
# one more of a kind: "another avalanche struck the camp on Wednesday" is not Monday's
ANOTHER = re.compile(r"(?:another|second|third|fourth|fresh|separate)\s", re.IGNORECASE)
AGAIN = re.compile(r"\b(?:again|anew|once\s+more)\b", re.IGNORECASE)  # "the volcano erupted again on Friday"
NEIGHBOURS = 50
ONCE = frozenset({"first", "~began", "~founded"})  # keywords of a happening that comes once
# who did it, not what happened (keyword stems): "health officials first confirmed the outbreak"
AGENTS = frozenset(w[:6] for w in "state health officials authorities police ministry government department "
                   "company spokesman spokeswoman spokesperson agency local federal".split())
NAME = re.compile(r"\b[A-Z][\w'-]+")
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# Words that say where, not what happened (keyword stems): "off the island of Sulawesi"
# and "Sulawesi island" share a place, not an event.
WHERE_WORDS = frozenset(w[:6] for w in (
    "island islands coast coastal sea seas ocean bay gulf river lake mountain mountains valley region "
    "province county district state country city town village capital border area port harbour harbor "
    "street road highway north south east west northern southern eastern western central".split()))


def find(claims: pd.DataFrame, overlap: float = 0.5, first: tuple[str, str] = ("", "\uffff")) -> list[Finding]:
    """Date conflicts among the date claims; only those whose earliest date falls in
    [`first`) when given (a time window of a larger table: the claims of the following
    weeks must be there too)."""
    return find_sorted(dated_rows(claims), overlap, first)


def dated_rows(claims: pd.DataFrame) -> list[dict]:
    """The date claims that can conflict, as rows in the order `find_sorted` reads them:
    by date, then source and position (ties in table order)."""
    dated = claims[(claims["kind"] == "date") & (claims["as_of_start"] != "")
                   & claims["as_of_precision"].isin(list(NEAR_DAYS))]
    return sorted((c for c in records(dated) if not _deadline(c)),
                  key=lambda c: (c["as_of_start"], c["source"], c["start"]))


BY_BEFORE = re.compile(r"\bby\s+(?:(?:late|early|mid)[\s-]+)?$")
POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _deadline(claim: dict) -> bool:
    """A date after "by" is when a level stood or a thing was due ("had burned 26,900 acres by
    Tuesday morning"), not when something happened (but "killed by Tuesday's storm" dates the storm)."""
    surface, sentence = claim["surface"], claim["sentence"] or ""
    at = sentence.find(surface) if surface else -1
    while at >= 0:
        end = at + len(surface)
        if BY_BEFORE.search(sentence, max(0, at - 16), at) and not POSSESSIVE_AFTER.match(sentence, end):
            return True
        at = sentence.find(surface, at + 1)
    return False


def find_sorted(rows: list[dict], overlap: float, first: tuple[str, str] = ("", "\uffff"),
                read: dict[str, Description] | None = None) -> list[Finding]:
    """`find` on `dated_rows` (or a run of them by date); `read` keeps each description's
    reading across calls."""
    read = {} if read is None else read
    for subject in dict.fromkeys(c["subject"] for c in rows):  # each description read once
        if subject not in read:
            read[subject] = Description.of(subject)
    described = [read[c["subject"]] for c in rows]
    # a description naming no one is blocked by what makes it one happening ("the outbreak was first
    # confirmed", "the strike began"): a thing that happens once, so two days for it cannot both hold
    blocks = [d.names or d.keywords & ONCE for d in described]
    same: dict[tuple[str, str], str | None] = {}  # (description, description) -> the words of one event, or None
    conflicts: dict[tuple[str, str, str], set[int]] = {}  # (precision, event key) -> the claims that date it
    for i, j in _candidate_pairs(rows, blocks, first):
        a, b = rows[i]["subject"], rows[j]["subject"]
        shared = same.get((a, b), False)
        if shared is False:
            shared = same[a, b] = _one_event(described[i], described[j], overlap)
        if shared is not None:
            conflicts.setdefault((rows[i]["as_of_precision"], shared, rows[i]["as_of_start"]), set()).update((i, j))
    # a day's conflict is known by its words and first day; a week's or a month's by its precision
    # too, since a day's pair and a month's may start on one day ("August 1" and "August")
    return [_finding([rows[k] for k in sorted(indices)], key[1:] if key[0] == "day" else key[1:] + key[:1])
            for key, indices in conflicts.items()]


# What happened, not only what it happened to: a verb ("installed", "began", "struck") or a
# noun of a happening ("the quake", "the summit", "the arrest").  When one description tells one
# and the other none, they must share it: "a transformer at the substation" on Monday and "the
# mobile transformer installed at the substation" on Friday share only the thing, and are two
# happenings (but "Hurricane Milton's landfall" twice, or "the Yamuna rose above the danger
# mark" and "the Yamuna crossed the danger mark", are one).
PAST_FORMS = frozenset("""began begun struck hit broke broken fell fallen rose risen took taken won lost held met
died sank sunk shot went gone came made led left sold bought paid caught fought flew flown ran swept spread
burst blew blown drove driven froze frozen knew stole stolen tore torn wrote written beat beaten quit found
cut put set shut split sent spent built brought taught thought sought told fled fed felt kept slept lent dealt
hung stuck swung rang sang drank sprang swam became gave given ate eaten grew grown threw thrown drew drawn
saw seen shook shaken rode ridden chose chosen spoke spoken woke bore born swore sworn wore got gotten
sat stood lay laid heard read lit slid hid bit bid hurt cast cost let upset""".split())
HAPPENING_NOUNS = frozenset(w[:6] for w in """arrest attack bombing blast explosion fire blaze quake earthquake
tremor storm flood landslide eruption tsunami crash collision derailment sinking shooting stampede crush
outbreak protest riot election vote ballot referendum runoff strike walkout stoppage talks meeting summit
hearing trial verdict sentencing match game final race debate rally march ceremony launch opening closure
visit funeral inauguration signing release announcement merger takeover deal agreement ceasefire truce
invasion offensive raid coup resignation death dead murder birth wedding outage blackout collapse leak spill breach
hack cyberattack recall layoffs bankruptcy default ruling decision appointment guilty""".split())

# a state that lasts, or a market's session that comes every day ("Lumatic stock closed Monday at
# $43.49", "shares closed at $44.80 on Thursday"): how things stood that day, no one happening
LASTING = re.compile(r"\b(?:still|remain(?:s|ed)?|continu(?:e|es|ed)\s+to)\b|\b(?:shares|stocks?|index|prices?|"
                     r"yields?|futures|currency)\b[^.;]*\b(?:closed|opened|ended|finished|settled)\b[^.;]{0,40}?"
                     r"(?:\bat\s+(?:an?\s+)?(?:[$€£¥]?\d|record|high|low)|\b(?:up|down|higher|lower|flat|unchanged|"
                     r"positive|negative|record)\b)", re.IGNORECASE)
# a present tense telling how things stand, of no happening: "West Virginia has about 11,000 coal miners
# today" (not "has died", "is due on", "are set to": a happening done or to come)
PRESENT_STATE = re.compile(r"\b(?:has|have|is|are)\b(?!\s+(?:been|being|not|now|\w+(?:ed|en)\b|on|due|set|"
                           r"scheduled|expected|planned|slated|to|going|about\s+to)\b)", re.IGNORECASE)
SCALE_ONLY = re.compile(r"(?:million|billion|trillion|thousand|bn|mn)\b", re.IGNORECASE)
NOT_VERBS = frozenset("""morning evening building during ceiling something nothing everything anything spring
string wing ring king thing bring including according regarding following remaining ongoing coming
upcoming outstanding hundred""".split())


def happenings(description: str) -> frozenset[str]:
    """The keyword stems in `description` that tell what happened."""
    found = set()
    for word in re.findall(r"[A-Za-z][\w'-]*", description):
        lower = word.lower()
        verb = word[0].islower() and len(word) > 4 and lower.endswith(("ed", "ing")) and lower not in NOT_VERBS
        if verb or lower in PAST_FORMS or lower[:6] in HAPPENING_NOUNS:
            found.add(lower[:6])
    return frozenset(found)


@dataclass(frozen=True)
class Description:
    """What comparing a date claim's description needs, read once however many pairs it is in."""

    keywords: frozenset[str]
    names: frozenset[str]
    figures: frozenset[str]
    classes: frozenset[str]  # the keywords that are a happening's class ("~began"), no word of the text
    name_stems: frozenset[str]  # the names as keywords (stems of six letters)
    rises: bool
    falls: bool
    level_move: bool  # a figure moving to a level: "rose to nine"
    happenings: frozenset[str]  # the keywords that tell what happened (`happenings`)
    cut_figure: bool  # a scale with no number ("billion of deposits"): the figure was cut off
    lasting: bool  # a state that lasts ("still", "remained"): how things stood, no happening
    another: bool  # told as one more of its kind ("another avalanche", "a second blast"): not the first

    @classmethod
    def of(cls, subject: str) -> Description:
        keywords = event_keywords(subject)
        names = frozenset(n for n in NAME.findall(subject) if n.lower() not in STOPWORDS)
        moves = set(MOVE.findall(subject.lower()))
        return cls(keywords, names, frozenset(FIGURE.findall(subject)),
                   frozenset(w for w in keywords if w.startswith("~")), frozenset(n.lower()[:6] for n in names),
                   bool(moves & RISE_WORDS), bool(moves & FALL_WORDS), bool(LEVEL_MOVE.search(subject.lower())),
                   happenings(subject) & keywords, bool(SCALE_ONLY.match(subject)),
                   bool(LASTING.search(subject) or PRESENT_STATE.search(subject) and not happenings(subject)),
                   bool(ANOTHER.match(subject) or AGAIN.search(subject)))


def _one_event(a: Description, b: Description, overlap: float) -> str | None:
    """The keywords two descriptions of one event share (sorted, joined), or None when they
    tell two events.  Two moves of a thing are not one event dated twice: one rose and the
    other fell ("UK house prices rose by 0.4%", "UK house prices fell"), or only one is a
    figure moving to a level ("the toll in the stampede at the temple rose to nine on
    Wednesday" dates the toll, "the stampede at the temple on Tuesday" the stampede; "the
    river rose above the danger mark" is still a happening).  Nor are two descriptions
    stating figures and sharing none: two states of a thing on two days."""
    shared = a.keywords & b.keywords
    if (len(shared) < 2 or a.another != b.another
            or a.rises and b.falls or a.falls and b.rises or a.level_move != b.level_move
            or (a.figures and b.figures and a.figures.isdisjoint(b.figures))
            or (a.rises or a.falls) and (b.rises or b.falls) and a.figures != b.figures):
        return None  # (a figure's moves on two days are two moves: "rose to a record 612,400", "rose again")
    if not _same_event(a, b, shared, overlap) or not (a.names or b.names or _same_words(a.keywords, b.keywords)):
        return None
    return " ".join(sorted(shared))


def _finding(claims: list[dict], key: tuple[str, ...]) -> Finding:
    """One event dated differently: every source's date, earliest first (evidence capped)."""
    by_date: dict[str, list[dict]] = {}
    for claim in claims:
        by_date.setdefault(claim["as_of_start"], []).append(claim)
    told = []
    for number, same in enumerate(by_date.values()):
        outlets = listing(list(dict.fromkeys(who(c) for c in same)))
        verb = "dates" if len({c["source"] for c in same}) == 1 else "date"
        what = f"\u201c{same[0]['subject']}\u201d" if number == 0 else "it"
        told.append(f"{outlets} {verb} {what} {when(same[0])} (\u201c{same[0]['surface']}\u201d)")
    first, last = claims[0], max(claims, key=lambda c: c["as_of_end"])
    kept = {id(same[0]) for same in by_date.values()}  # every date is quoted, then the first others
    for claim in claims:
        if len(kept) >= MAX_EVIDENCE:
            break
        kept.add(id(claim))
    evidence = [claim for claim in claims if id(claim) in kept]
    return Finding(
        "date_conflict", "error", first["subject"], "event_date", f"{first['as_of_start']}/{last['as_of_end']}",
        " vs ".join(when(same[0]) for same in by_date.values()),
        "; ".join(told) + (": both cannot hold." if len(by_date) == 2 else ": they cannot all hold."),
        tuple(evidence), key)


def _candidate_pairs(rows: list[dict], names: list[frozenset[str]],
                     first_dates: tuple[str, str]) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) of different sources that share a name and whose dates are near but
    do not overlap, at one precision: blocked by precision and name, so a busy archive
    compares each date with at most NEIGHBOURS others per name (a pair sharing two names
    comes twice), and the claims of one precision never need those of another (each
    precision's WINDOW units are their own).  The earlier claim of a pair is dated within
    `first_dates`."""
    low, high = first_dates
    starts = [c["as_of_start"] for c in rows]
    ends = [c["as_of_end"] for c in rows]
    precisions = [c["as_of_precision"] for c in rows]
    by_name: dict[tuple[str, str], list[int]] = {}
    for index, tokens in enumerate(names):
        for token in tokens:
            by_name.setdefault((precisions[index], token), []).append(index)
    sources = [c["source"] for c in rows]
    not_one_day = [bool(NOT_ONE_DAY.search(c["detail"])) for c in rows]
    horizons = [(date.fromisoformat(end) + timedelta(days=NEAR_DAYS[precision])).isoformat()
                for end, precision in zip(ends, precisions)]
    for indices in by_name.values():
        for position, i in enumerate(indices):
            if not low <= starts[i] < high or not_one_day[i]:
                continue
            horizon, end, source = horizons[i], ends[i], sources[i]
            for j in indices[position + 1:position + 1 + NEIGHBOURS]:
                if starts[j] > horizon:
                    break
                if sources[j] != source and starts[j] > end and not not_one_day[j]:
                    # overlapping dates agree; one source is not in conflict with itself; plans move
                    yield i, j


def _same_event(a: Description, b: Description, shared: frozenset[str], overlap: float) -> bool:
    """Most keywords shared, and among them what happened, not only where or who: "fire
    started in Butte County" and "emergency declared in Butte County" are two events."""
    words = len(shared) - len(shared & a.classes)  # "~began": one happening's class, no word
    if words < 2 or len(shared) / min(len(a.keywords), len(b.keywords)) < overlap:
        return False
    told = a.happenings | b.happenings | a.classes | b.classes
    if bool(a.happenings) != bool(b.happenings) and not (shared - a.name_stems - b.name_stems) & told:
        return False  # one tells what happened to a thing, the other only names the thing
    if a.lasting or b.lasting:
        return False  # "orders still covered 15,000 residents on Wednesday": how things stood that day
    if a.cut_figure or b.cut_figure:
        return False  # "billion of deposits from the bank": a figure cut from its words, a state of it
    return bool(shared - WHERE_WORDS - a.name_stems - b.name_stems)


def _same_words(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two descriptions naming no one tell one happening only when they hold the same words
    (three at least), whoever did it: "the outbreak was first confirmed" is "health officials
    first confirmed the outbreak"; "the first strike began" is not "the first strike by
    guards began", nor "the first death" "the first child death", nor "the strike began" of
    one story's nurses another's of its doctors."""
    words_a, words_b = ({w for w in words if not w.startswith("~") and w not in AGENTS} for words in (a, b))
    return len(words_a) >= 3 and words_a == words_b
