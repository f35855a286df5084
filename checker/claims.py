"""Run the rule registry over documents -> the claims table (schema.CLAIM_COLUMNS).

Per sentence: the date rules run first and claim their spans; then durations, figures
and names read what is left.  When two rules read the same words, the one listed
first in the registry wins.  Each figure then gets its subject and its as-of date
(a date in the same sentence, else the source date).  One document at a time, so the
cost is linear in the corpus and each document's result can be cached.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from itertools import takewhile
from pathlib import Path

import pandas as pd

from checker import schema
from checker.config import Config
from checker.dates import POSSESSIVE_AFTER, DateValue, is_future, offset_from
from checker.documents import Document, sentences
from checker.errors import InternalError
from checker.figures import (CLAUSE_TURN, FALL_WORDS, MOVED_FROM_BEFORE, REVISED_TO, RISE_NOUNS, RISE_WORDS,
                             OPENERS, SIZE_ENDS, SIZE_NOUN, THING_STATE_WORDS, UP_OR_DOWN_FROM_BEFORE)
from checker.gapping import gapped
from checker.gazetteer import place_words
from checker.outlook import KINDS as OUTLOOK_KINDS
from checker.outlook import PLAN as OUTLOOK_PLAN
from checker.outlook import outlook, with_outlook
from checker.rulekit import Match, Rule, SentenceContext
from checker.subjects import (
    DATELINE,
    SubjectFinder,
    describe_event,
    economy_named,
    in_quote,
    is_historical,
    learn_acronyms,
    unnamed_part,
    whole_of,
    wider_scope,
)

NOW = re.compile(r"\b(?:now|currently|today|at\s+present|presently|still|as\s+of\s+now|so\s+far)\b", re.IGNORECASE)
# a date a few words after "since" starts a period that runs to the source date
# ("since heavy fighting erupted in West Darfur on May 18")
SINCE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,8}$", re.IGNORECASE)
SINCE_A = re.compile(r"\bsince\s+(?:a|an)\s+$", re.IGNORECASE)  # not "since the 2021 coup, 6,000 have been killed"
SINCE_CLAUSE_BODY = re.compile(r"\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}\s+")  # "since a 1970 storm killed ..."
# (the date may name a season or an event first: "since the 2017 fire season, when 1.2 million hectares burned")
WHEN_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,3},\s+when\b|\s+when\b", re.IGNORECASE)
# dates that qualify a noun, not the figure: "the 17th-century tower", "the 2018 Camp Fire", "bonds due 2030"
ADJECTIVE_DATE = re.compile(r"-(?:century|era|style|old)\b")
ADJECTIVE_DATE_BEFORE = re.compile(r"\b(?:due|maturing|dated|vintage)\s+(?:in\s+)?$", re.IGNORECASE)
# "the March 9 earthquake", "the 10 June attack": a day that names a deadly happening dates no
# toll told of it ("319 were confirmed dead in the March 9 earthquake", as of the telling)
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
DAY_OF_MONTH = re.compile(r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?")
# (only a happening whose toll is told: "the Sept. 30 quarter", "the Nov. 4 election" and "the
# May 5 deadline" are the times of their figures)
NOUN_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:earthquake|quake|attack|bombing|shooting|crash|blast|explosion|"
                        r"storm|fire|wildfire|flood|floods|flooding|derailment|collapse|landslide|eruption|tornado|"
                        r"hurricane|cyclone|typhoon|raid|massacre|stampede|sinking|accident|disaster|tsunami|avalanche|collision|"
                        r"assassination|riot|strike|ambush)s?\b")
# A phrase that owns dates runs to a clause's end: commas inside a number, or before ", or $2.02
# a share" (the same figure restated), do not end it.
PHRASE_BODY = r"(?:[^,;]|,(?=\d)|,(?=\s+or\s+[$€£]?\d))*?"
PHRASE_COMMA = r",(?!\d|\s+or\s+[$€£]?\d)"
# the period a comparison is with, after its figure: "compared with $960 million, in the same
# period last year", "from 41 cases, a week earlier"
COMPARED_PERIOD = (r"(?:,\s+(?:in|during|over|for)\s+the\s+(?:same|previous|prior|year-earlier|year-ago)\b[^,;]*|"
                   r",\s+a\s+(?:day|week|month|quarter|year)\s+(?:earlier|ago|before)\b)?")
# phrases that own the dates inside them: ", where the 2018 Camp Fire killed 85", "down from 6,100 on Tuesday"
OWNING_PHRASE = re.compile(r"(?:,\s+(?:where|which|who|whose|when)\b(?:\s+(?:has|have|had|is|are|was|were|will)\b)?|"
                           # "risen to 41, officials said on Monday, after the storm hit last week": the
                           # clause after tells of what came before the figure, not its time
                           r",\s+(?:after|following)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
                           r"(?:hit|struck|began|started|broke|erupted|made|swept|tore|ripped|killed|collapsed|"
                           r"crashed|exploded|landed|opened|was|were|had)\b|"
                           # "is demanding 8%, after a 5.5% rise last September": a figure of its own, then
                           r",\s+(?:after|following)\s+(?:a|an|the|its|their)\s+(?=[$€£]?\d)|"
                           # an appositive with its own clause: "remains at one, the girl who died last month"
                           r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){1,5}?(?:who|which|whose)\b|"
                           r"\b(?:that|which)\s+(?!said|says|as\s+of\b)[a-z]+\b|"  # not "said that as of 3 March, ..."
                           r"\b(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from\b|"
                           r"\b(?:compared|compares|compare|comparing)\s+(?:with|to)\b|"
                           # "its worst result since it was founded in 1929", "the highest since 1997": the
                           # time compared with, not the figure's ("Since the epidemic was declared on 5
                           # February, doctors have given 31,000 doses" still dates the figure)
                           r"\b(?:[a-z]+est|first|most|least|worst|best)\s+(?:[\w'’-]+\s+){0,3}?since\b[^,;]*|"
                           # "one more than last week", "higher than in 2019": the time compared with
                           r"\bthan\s+(?=(?:last|on|in|at|a\s+(?:week|month|year)|the\s+(?:previous|same|day|week|"
                           r"month|year))\b)|"
                           # "31%, far higher than the 14.6% recorded in 2011": the figure compared with owns the
                           # dates told of it (a qualifier, "more than 192,000", names no figure with "the")
                           r"\bthan\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?=[$€£]?\d)|"
                           # "89 cases, ..., making it the second-largest in the US this year": a ranking's period
                           # is the field it is ranked in, not the time of the figure ranked
                           r",\s+(?:(?:making|marking|becoming|leaving)\s+(?:it|this|them|him|her)\s+)?(?:the|its|their)\s+"
                           r"(?:(?:second|third|fourth|fifth|sixth)[\s-]+)?(?:(?!(?:latest|interest|forest|protest|"
                           r"harvest|arrest|request|contest|honest|modest|west|rest|test|guest|quest|chest|crest|nest)\b)"
                           r"[a-z]{2,}est|most\s+[a-z]+|least\s+[a-z]+|worst|best)\b"
                           r"(?!\s+(?:[\w'’-]+\s+){0,3}?since\b)|"  # (a time since: the superlative's own phrase below)
                           # "peaked at 34C, 13 degrees below last Tuesday's high": the day compared with
                           r"\b(?:below|above|short\s+of)\s+(?=(?:last|this|the\s+(?:previous|same))\b))"
                           + PHRASE_BODY + COMPARED_PERIOD +
                           r"(?=\s+(?:has|have|had|is|are|was|were|will)\s|" + PHRASE_COMMA + r"|;|$)",
                           re.IGNORECASE)
# "from 87% in 2014 to 68% last year", "a drop of two points from the last elections in 2021":
# the "from" part owns its date; it ends at the "to" of its pair ("up 6% from a year earlier" too)
FROM_PHRASE = re.compile(r"\bfrom\s+(?:the\s+)?(?:last|previous|prior|same\b|[$€£]?\d|"
                         # "down 94% from their close of $26.40 on May 2", "from a peak of 4.5% in March"
                         r"(?:its|their|his|her|a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:close|closing\s+price|peak|high|"
                         r"low|level|record|total|figure|estimate|tally|count|price|rate|average)\s+(?:of|at)\s+"
                         r"(?=[$€£]?\d)|"
                         r"a\s+(?:day|week|month|quarter|year|decade)\s+(?:earlier|ago|before)\b)"
                         + PHRASE_BODY + COMPARED_PERIOD + r"(?=\s+to\b|" + PHRASE_COMMA + r"|;|[.!?]?\s*$)", re.IGNORECASE)
# "the eight cases the state recorded in all of last year", "the $75 million it estimated in
# March", "the 2:00:35 that Kiptum ran on 9 October 2023": a clause telling of a figure named
# with "the" dates it
DEFINITE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
TOLD_OF_FIGURE = re.compile(r"(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:that\s+|which\s+)?(?:it|they|he|she|we|the\s+[a-z]+|"
                            r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?:had\s+)?(?:[a-z]{2,}ed|ran|gave|set|won|"
                            r"paid|made|spent|took|saw|sold|held|lost|put|forecast)\b"
                            r"(?:(?!\b(?:will|would|was|were|is|are|has|have|had)\b)[^,;]){0,50}")
# "the S&P 500's 21% gain": the owner's name, then a possessive, right before a figure
POSSESSIVE_TAIL = re.compile(r"(?:\s+\d+)?['’]s\s+$")
# a date on the reporting verb dates the telling: "Police said on Sunday that ... on Saturday"
SPEECH_DATE = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+){0,3}?|announced|confirmed|reported|stated|added)\s+"
                         r"(?:(?:on|late|early|last)\s+)?$", re.IGNORECASE)
# a figure with no noun that opens its clause: "Two were rescued, one has died": the group just named
ELLIPTICAL = re.compile(r"(?:^|[,;:]\s*|\b(?:and|while|with)\s+)$")
# a quarter or half-year is reported up to about three months after it ends
RESULTS_LAG_DAYS = 92
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# json.dumps with these options builds an encoder per call; one does for every row
DETAIL_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode


def registry() -> tuple[Rule, ...]:
    from checker_rules import RULES

    return RULES


def extract_document(document: Document, config: Config, rules: Sequence[Rule] | None = None) -> pd.DataFrame:
    """Every claim one document states, as the claims table."""
    return table([extract_records(document, config, rules)])


def extract_source(document: Document, config: Config) -> list[dict]:
    """`extract_records`, with a bug it meets named by the source it met it in (the CLI exits 3)."""
    try:
        return extract_records(document, config)
    except Exception as error:  # any bug: the source is what a report of it needs
        raise InternalError(document.path, f"{type(error).__name__}: {error}") from error


def extract_records(document: Document, config: Config, rules: Sequence[Rule] | None = None) -> list[dict]:
    """Every claim one document states, as row dicts (the pipeline builds one table at the end)."""
    rules = registry() if rules is None else rules
    date_rules = [r for r in rules if r.family == "dates"]
    other_rules = [r for r in rules if r.family != "dates"]
    finder = SubjectFinder(config, document.text, learn_acronyms(document.text[document.body_start:]),
                           document.title, document.body_start)
    rows: list[dict] = []
    previous: dict | None = None  # the last figure, for "close to 4,000 of them"
    told_past: DateValue | None = None  # the past date the sentence before told of, for "in that disaster"
    previous_end = -1
    for sentence in sentences(document, config):
        ctx = SentenceContext(sentence, document, config)
        ctx.dates = _anchor_offsets(_resolve_overlaps(_run(date_rules, ctx)), ctx.text)
        same_paragraph = previous_end >= 0 and not PARAGRAPH_BREAK.search(document.text, previous_end, sentence.start)
        recalled = _recalled(ctx, told_past) if same_paragraph else None
        found = _resolve_overlaps(_run(other_rules, ctx))
        found = sorted(found + gapped(ctx, found), key=lambda m: (m.start, m.end))  # "France 500 and Italy 300"
        # names are people, dates are times ("By Tuesday, the fire had burned ..."): neither is a subject
        taken = [m.span for m in found if m.kind == "name"] + [m.span for m in ctx.dates]
        candidates = finder.candidates(ctx.text, taken) if any(m.kind == "figure" for m in found) else []
        filed = _filed_end(ctx.text, ctx.dates)
        listed = _listed(ctx.text, ctx.dates)
        for index, match in enumerate(ctx.dates):
            if match.end <= filed:  # "HANOI, Dec 30 (Reuters) -": when the story was filed, no event
                match.detail = {**match.detail, "dateline": True}
                described = "dateline"
            else:
                described = describe_event(ctx.text, match.start, match.end)
                if TOLD_ON_BEFORE.search(ctx.text, max(0, match.start - 30), match.start):
                    match.detail = {**match.detail, "told": True}  # "the ministry said on Sunday, April 7, that ..."
                if index in listed:
                    match.detail = {**match.detail, "listed": True}  # "on Monday, May 13, and Tuesday, May 14"
            rows.append(_row(document, ctx, match, described, match.when, "stated"))
        for match in found:
            if match.kind == "name":
                rows.append(_row(document, ctx, match, match.subject, None, ""))
                continue
            added = _add_figure(rows, document, ctx, match, finder, candidates, previous, recalled)
            # (a bare level, "rose to 287,500", is no group a later sentence refers back to)
            previous = added if added and not match.detail.get("bare") else previous
        told_past = recalled or _past_told(ctx.dates, document.source_date, filed)
        previous_end = sentence.end
    return rows


# "A Norfolk Southern train derailed in East Palestine in February 2023. About 2,000 residents
# were evacuated in that disaster": a sentence with no date of its own that points back with a
# demonstrative and a happening noun tells of the happening the sentence before dated, so its
# figures are of that past date, not of the telling (nor of this week's derailment's)
RECALLED_EVENT = re.compile(r"\b(?:that|those|the\s+same)\s+(?:[a-z][\w-]*\s+)?(?:earthquake|quake|attack|bombing|"
                            r"shooting|crash|blast|explosion|storm|fire|wildfire|blaze|flood|floods|flooding|derailment|"
                            r"collapse|landslide|eruption|tornado|hurricane|cyclone|typhoon|raid|massacre|stampede|"
                            r"sinking|accident|disaster|tragedy|tsunami|avalanche|collision|riot|ambush|outbreak|"
                            r"epidemic|spill|drought|heatwave|blackout|outage|incident)s?\b", re.IGNORECASE)
# (not one compared with, or a time after it: "Unlike that disaster, ...", "Since that crash, ...")
NOT_RECALLED_BEFORE = re.compile(r"\b(?:unlike|like|than|since|after|before|following|compared\s+(?:with|to)|"
                                 r"as\s+in)\s+$", re.IGNORECASE)


def _recalled(ctx: SentenceContext, told: DateValue | None) -> DateValue | None:
    """The past date the sentence before told of, when this one (in the same paragraph) states
    no date of its own, is told in the past (not "that disaster has cost $1.7 billion", as of
    now) and refers back to that happening ("evacuated in that disaster"); else None."""
    if told is None or ctx.dates or PRESENT_OR_PERFECT.search(ctx.text) or _now_spans(ctx.text):
        return None
    back = RECALLED_EVENT.search(ctx.text)
    if back is None or NOT_RECALLED_BEFORE.search(ctx.text, max(0, back.start() - 20), back.start()):
        return None
    return told


def _past_told(dates: list[Match], source_date: date | None, filed: int) -> DateValue | None:
    """The one past date, long before the telling, that a sentence tells of (not its dateline,
    nor the story's own days); None when it tells of none, or of several."""
    past = {d.when for d in dates if d.when is not None and d.end > filed and _long_ago(d.when, source_date)
            and (source_date is None or d.when.end < source_date)}
    return past.pop() if len(past) == 1 else None


def _anchor_offsets(found: list[Match], text: str) -> list[Match]:
    """Offsets ("a year earlier", "two days later") counted from the nearest date the
    sentence states before them, at that date's precision, rather than from the source date;
    and "the same period of 2024" (or "last year") is that date's period in that year."""
    for index, match in enumerate(found):
        offset = match.detail.get("offset")
        same_period = match.when is not None and match.when.precision == "year" and \
            SAME_PERIOD_BEFORE.search(text, max(0, match.start - 40), match.start)
        if not offset and not same_period:
            continue
        before = [m for m in found[:index] if m.when is not None and "offset" not in m.detail and m.end <= match.start]
        if same_period:
            finer = [m.when for m in before if m.when.precision in FINER_THAN_YEAR]
            said = text[match.start:match.end].lower()  # "last year": the year before the period, whenever said
            years = RELATIVE_YEARS.get(said.split()[0]) if said.endswith("year") else None
            offset = (years if years is not None else match.when.start.year - finer[-1].start.year,
                      "year", "same") if finer else None
            before = [m for m in before if m.when.precision in FINER_THAN_YEAR]
        moved = offset_from(before[-1].when, *offset) if before and offset else None
        if moved is not None:
            match.when = moved
    return found


# "from 4.6% in the same period of 2024", "the same months last year": the period named before, then
SAME_PERIOD_BEFORE = re.compile(r"\bsame\s+(?:period|months|weeks|quarter|half|time)\s+(?:(?:of|in)\s+)?$",
                                re.IGNORECASE)
FINER_THAN_YEAR = frozenset({"part_of_year", "month", "week"})  # a period: not "data showed on Tuesday"
RELATIVE_YEARS = {"last": -1, "previous": -1, "this": 0, "next": 1}


def extract_text(text: str, source_date: str | date | None = None, config: Config | None = None,
                 source: str = "text", rules: Sequence[Rule] | None = None) -> pd.DataFrame:
    """Claims of a piece of text with a given source date: for examples, tests and evaluation."""
    from checker.config import load_config

    if isinstance(source_date, str):
        source_date = date.fromisoformat(source_date) if source_date else None
    document = Document(source=source, path=Path(source), text=text, source_date=source_date,
                        source_date_basis="given" if source_date else "unknown")
    return extract_document(document, config or load_config(), rules)


def table(per_document: list[list[dict]]) -> pd.DataFrame:
    """One claims table from each document's rows, in a stable order."""
    rows = [row for document in per_document for row in document]
    if not rows:
        return schema.empty(schema.CLAIM_COLUMNS)
    claims = pd.DataFrame(rows, columns=list(schema.CLAIM_COLUMNS))
    claims = claims.sort_values(list(schema.CLAIM_ORDER), kind="stable")
    return schema.conform(claims, schema.CLAIM_COLUMNS)


# figures told as of the telling whatever the sentence dates: a person's age
OWN_TIME_MEASURES = ("age",)
# "Officials initially said 31 miners had been trapped", "31 were originally reported dead": a
# report the article itself says was replaced, kept for the record but dated to no time ("earlier")
# unless it states when it was told ("initially said in August that 65% ...": August's figure)
# (not "as first reported by", nor "earlier said": a statement of the same day, often still true)
SUPERSEDED_BEFORE = re.compile(r"\b(?:initially|originally|at\s+first)\s+(?:(?:been|had|was|were)\s+)?"
                               r"(?:said|says|reported|put|gave|given|estimated|announced|counted|told|stated|listed|"
                               r"recorded|confirmed|believed|thought|feared|set)\b(?:(?!\bbut\b|\blater\b)[^\d.;:!?]){0,80}$"
                               r"|\b(?:initially|originally|at\s+first),?\s+$"
                               # "CORRECTION: An earlier version of this story said 84,000 customers ..."
                               r"|\ban\s+earlier\s+version\s+of\s+(?:this|the)\b[^;!?]{0,60}?\b(?:said|stated|"
                               r"reported|gave|misstated|put|had|incorrectly)\b[^\d;!?]{0,60}$", re.IGNORECASE)
REVISED_BEFORE = re.compile(r"\b" + REVISED_TO + r"\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
# a clause turning away from the figure: a date after it tells of what comes next ("initially said
# 44 people had died, but corrected the toll to 41 on Saturday morning")
CLAUSE_TURN = re.compile(r",?\s+(?:but|before|after|then|later|while)\b|;", re.IGNORECASE)
SUPERSEDED_PASSIVE = re.compile(r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:initially|"
                              r"originally|at\s+first)\s+(?:reported|said|thought|believed|listed|feared|counted|"
                              r"estimated|given)\b", re.IGNORECASE)


# a date right after a reporting verb dates the telling, not what was told (an announcement's or a
# confirmation's day may be the news itself)
TOLD_ON_BEFORE = re.compile(r"\b(?:said|says|told|tells|reported|stated|added)\s+"
                            r"(?:(?:on|late|early)\s+)?$", re.IGNORECASE)
LIST_JOIN = re.compile(r",?\s+(?:and|or|to|through|until|then)\s+(?:on\s+)?")


def _listed(text: str, dates: list) -> set[int]:
    """The dates told in a list of dates ("on Monday, May 13, and Tuesday, May 14", "May 13 or 14"): several
    days of one happening, none of which is the day another outlet's one date must be."""
    listed = set()
    for index in range(len(dates) - 1):
        if LIST_JOIN.fullmatch(text, dates[index].end, dates[index + 1].start):
            listed.update((index, index + 1))
    return listed


def _add_figure(rows: list[dict], document: Document, ctx: SentenceContext, match: Match,
                finder: SubjectFinder, candidates: list, previous: dict | None,
                recalled: DateValue | None = None) -> dict | None:
    """Append a figure (and its parts) with its subject and as-of date; return it as the
    new "previous" figure, or None when it does not become one."""
    anchor = match.anchor if match.anchor >= 0 else match.start
    _change_of_level_before(ctx, match, previous)
    if _over_past_years(ctx, match, finder):  # "1,000 have died in ferry accidents in the past five years":
        match.measure = f"{match.measure} (over years)"  # many events' toll, never met with one event's
    noun = match.detail.get("noun", match.measure)
    when, basis = as_of(ctx.text, anchor, ctx.dates, match.end, document.source_date, match.start)
    if recalled is not None and basis == "source_date":  # "evacuated in that disaster": the past date just told
        when, basis = recalled, "stated"
    if match.measure in OWN_TIME_MEASURES:  # "Smith, 52, joined in 2019": 52 now, whatever the sentence dates
        when, basis = None, "source_date"
    if not _dated_in_its_clause(ctx, match.end, when, basis) and (
            SUPERSEDED_BEFORE.search(ctx.text, max(0, match.start - 120), match.start)
            or _told_as_replaced(ctx, match.start, match.end)) \
            or _moved_from(rows, ctx, match) and not _dated_apart(rows, ctx, when, basis):
        when, basis = None, "earlier"
        before = _figure_of_the_move(rows, ctx, match)
        if match.detail.get("bare") and before is not None:  # "The waiting list fell to 7.54 million from 7.57
            match.measure = _level_of(before["measure"])  # million": the level it moved to names what moved
    historical = False
    refers_back = match.detail.get("refers_back") or (  # "Two were rescued, one has died": the group just named
        previous and _elliptical(ctx, match, anchor, finder) and not wider_scope(ctx.text, match.end)
        and not PARAGRAPH_BREAK.search(document.text[previous["start"]:ctx.sentence.start + match.start]))
    revises = previous is not None and previous["start"] >= ctx.sentence.start and not any(
        previous["end"] - ctx.sentence.start <= n.start < match.start for n in ctx.numbers)
    if match.detail.get("in_sentence") and not revises:
        return None  # "later raised that to" after no figure of its own sentence, or another number: of nothing read
    if revises and (match.detail.get("in_sentence") or REVISED_BEFORE.search(ctx.text, max(0, anchor - 60), anchor)):
        _replaced(rows, previous["claim_id"])  # "put the cost at 150 million euros but later raised that to 190
        # million euros": the 150 million was replaced
    if refers_back and not previous and match.measure and match.detail.get("refers_back"):
        refers_back = False  # "raised their estimate of the crowd to 180,000" names what it counts
    counted = match.measure or (previous["measure"] if refers_back and previous else "")
    if match.detail.get("others") and previous and _of_another_event(previous["measure"], match.measure, ctx) \
            and not _told_before(rows, match.measure.removesuffix(" subset")):
        match.measure = match.measure.removesuffix(" subset")  # "Five were killed. Another 14 were missing."
    if match.detail.get("estimate") and counted.split(" (", 1)[0] == "crowd":
        match.measure = f"crowd ({match.detail['estimate']})"  # the same crowd by another's estimate
    if refers_back:  # "close to 4,000 of them"
        if not previous:
            return None
        if match.detail.get("total"):  # "30 more were cancelled, taking the total to 118": the level the
            previous = _last_rise(rows, ctx.sentence.start)  # rise just told counts, never a crowd or a cut
            if previous is None:
                return None
            match.measure = previous["measure"].removesuffix("_change")
        elif match.detail.get("level"):  # "1.9 million people in 23 of 35 districts ..., up from 1.6 million"
            nearest = _nearest_in_size(rows, ctx.sentence.start, match.value)
            if nearest is None and match.detail.get("up_from"):  # "attendance was 49,300, up from 46,800": of
                # a figure this sentence states ("rose to 41, up from three"), never of the sentence before's
                # ("down 2.3 per cent from 612,400": no level of the change in percent)
                nearest = previous if previous and previous["start"] >= ctx.sentence.start \
                    and previous["unit"] == match.unit else None
                if nearest is None:
                    return None
            elif nearest is None:  # "A year earlier the figure was 58,100": the paragraph's figure of its size
                # (or the paragraph before's, when it stands alone, as a wire's short paragraphs do)
                paragraph = max(0, document.text.rfind("\n\n", 0, ctx.sentence.start))
                nearest = _nearest_in_size(rows, paragraph, match.value) or _nearest_in_size(
                    rows, max(0, document.text.rfind("\n\n", 0, paragraph)), match.value)
            previous = nearest or previous
        match.measure = match.measure or previous["measure"]
        revised = match.detail.get("in_sentence") or match.detail.get("level")
        if revised and not match.unit and previous["unit"].isupper():  # "put the cost at 150 million euros but
            match.unit = previous["unit"]  # later raised that to 190 million": euros again
        subject = previous["subject"]
    else:
        historical = is_historical(ctx.text[:match.end]) or _long_ago(when, document.source_date) \
            or match.measure.endswith(" (over years)")
        # a breakdown ("4,000 jobs, including 1,200 in Germany ...") is about what its total counts
        end = anchor if "breakdown_of" in match.detail else match.end
        subject = match.subject or finder.subject_of(ctx.text, anchor, end, candidates, match.measure,
                                                     historical or in_quote(ctx.text, anchor), bool(match.parts))
    if not subject:  # carried over within the paragraph, else the story's subject, else the noun phrase
        same_paragraph = previous and not PARAGRAPH_BREAK.search(document.text[previous["start"]:ctx.sentence.start])
        # (not what an event did "so far this year", "since the start of the fire season": more than the story's)
        wider = match.measure.split(" ", 1)[0] in finder.lexicon.event_measures and wider_scope(ctx.text, match.end)
        of_the_story = not (historical or in_quote(ctx.text, anchor) or wider)
        scope = WIDER_PLACE.match(ctx.text)  # "Nationally, the average price was ...": no longer the story's place
        story = (finder.story_event or finder.story_entity) if of_the_story and not scope else ""
        wider = wider or match.measure.endswith(" (over years)")  # (nor what other, earlier events did)
        several = SEVERAL_PLACES.match(ctx.text)  # "Across the three states, ...": more places than the one before
        carried = previous["subject"] if same_paragraph and previous["named"] and not (wider or scope or several) \
            else ""
        part = unnamed_part(ctx.text, anchor)  # "The enterprise segment brought in $2.7 billion."
        owner = whole_of(carried) if carried else finder.story_entity if of_the_story else ""
        economy = economy_named(ctx.text, candidates)  # "The deficit reached 5.8% of GDP": compared as GDP's
        # (a wider place's figure names nothing to compare: its subject is its own measure)
        # (nor does "1,350 flights cancelled" with no one named: its subject is its measure, as "flights" would be)
        subject = f"{owner} {part}" if part and owner else carried or story or economy or (
            match.measure if scope or THING_STATE_WORDS.intersection(match.measure.split()[1:]) else noun)
    if match.measure not in ("duration", *OWN_TIME_MEASURES):  # a length of time stays one ("could take 18 months")
        money = match.unit == "percent" or match.unit.isupper()  # a currency code: "USD"
        match.measure = with_outlook(match.measure, outlook(ctx.text, anchor, match.end, money))
    row = _row(document, ctx, match, subject, when, basis)
    rows.append(row)
    for part in match.parts:
        rows.append(_row(document, ctx, part, part.subject or subject, when, row["as_of_basis"],
                         part_of=row["claim_id"]))  # (a part of a place of its own: "29 in Holmes County")
    if match.measure in ("duration", *OWN_TIME_MEASURES):  # an aside: "Smith, 52, said 40 were hurt"
        return None
    # "outpacing the S&P 500's 21% gain": a figure its owner's name stands right before is
    # that owner's, an aside the next sentence does not carry on
    head = ctx.text[max(0, anchor - len(subject) - 12):anchor]
    owner = POSSESSIVE_TAIL.search(head)
    owned = bool(owner) and head[:owner.start()].endswith(subject)
    # a country opening its sentence is that sentence's ("Germany were second with 27 medals"): the next
    # sentence's figures ("The hosts finished third with 15") are not carried to it
    opening_place = ctx.text.lstrip(OPENERS).startswith(subject) \
        and place_words(subject.split()) == len(subject.split())
    return dict(row, named=subject not in (noun, match.measure) and not owned and not opening_place)


def _dated_in_its_clause(ctx: SentenceContext, end: int, when, basis: str) -> bool:
    """Is a replaced report dated by a date of its own clause ("initially said in August that
    65% ...", "had died on Sunday, before raising the figure"), not of the correction after it?"""
    if when is None or basis != "stated":
        return False
    return any(d.when == when and (d.end <= end or not CLAUSE_TURN.search(ctx.text, end, d.start))
               for d in ctx.dates)


def _told_as_replaced(ctx: SentenceContext, start: int, end: int) -> bool:
    """"31 residents were originally reported trapped": the figure's own verb says it was
    replaced (not "five died and 31 were originally reported missing": another figure's)."""
    passive = SUPERSEDED_PASSIVE.search(ctx.text, start, min(len(ctx.text), end + 60))
    return bool(passive) and not CLAUSE_END.search(ctx.text, start, passive.start()) \
        and not any(end <= n.start < passive.start() for n in ctx.numbers)


CLAUSE_END = re.compile(r"[.;:!?]")


def _replaced(rows: list[dict], claim_id: str) -> None:
    """Mark the row of a figure the sentence goes on to revise as an earlier report, of no time."""
    for row in reversed(rows):
        if row["claim_id"] == claim_id:
            row.update(as_of_start="", as_of_end="", as_of_precision="unresolved", as_of_basis="earlier")
            return


# A sentence that opens on a wider place than the story's, or another ("Nationally, the average price
# rose 1.8%", "Elsewhere, ..."): its figures are not the story's place's (which nation, the sentence
# does not say: "Nationwide, 20 people have died" in one story of Bavaria, another of Lower Austria)
WIDER_PLACE = re.compile(r"\s*(?:Nationally|Nationwide|Across\s+the\s+(?:country|nation)|Countrywide|Globally|Worldwide|"
                         r"Across\s+the\s+(?:world|globe)|Elsewhere|In\s+the\s+rest\s+of\s+the\s+country),\s",
                         re.IGNORECASE)


# the size of a move told after its levels, ending its clause: ", a 4.1% gain", ", an increase of 14%"
SIZE_BEFORE = re.compile(r",\s+(?:an?\s+)(?:(?:about|around|some|nearly|almost|roughly)\s+)?$", re.IGNORECASE)
SIZE_NOUN_AFTER = re.compile(rf"\s+(?P<noun>{SIZE_NOUN}){SIZE_ENDS}", re.IGNORECASE)
SIZE_OF_BEFORE = re.compile(rf",\s+(?:an?\s+)(?P<noun>{SIZE_NOUN})\s+of\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$",
                            re.IGNORECASE)
# ", up 12% from": the change of the level told just before (its date may stand between)
CHANGE_OF_LEVEL_BEFORE = re.compile(r"^[^\d;:]{0,40}?,\s+(up|down)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|"
                                    r"some\s+)?$", re.IGNORECASE)


CLAUSE_END = re.compile(r"[,;:(—–]|\s-\s")
PAST_YEARS = re.compile(r"\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:years?|decades?)\b",
                        re.IGNORECASE)


def _over_past_years(ctx: SentenceContext, match: Match, finder: SubjectFinder) -> bool:
    """What events did over years, told in the figure's clause after it ("1,000 people have died in
    ferry accidents in the past five years"): many events' toll, never the story's (a count "since
    2013" is a running total of its own subject, which outlets compare)."""
    if match.measure.split(" ", 1)[0] not in finder.lexicon.event_measures:
        return False
    end = CLAUSE_END.search(ctx.text, match.end)
    return PAST_YEARS.search(ctx.text, match.end, end.start() if end else len(ctx.text)) is not None


def _change_of_level_before(ctx: SentenceContext, match: Match, previous: dict | None) -> None:
    """A bare percent after a level of another rule's reading, "The list reached 612,400 at the end
    of July, up 12% from 566,000", or told as the move's size after its levels ("rose to $34.91, up
    from $33.34 a year earlier, a 4.1% gain", "from 3,400 euros to 3,810 euros, an increase of 14%"):
    the change of that level (`<measure> change`, signed)."""
    if match.measure not in ("share", "share change") or match.unit != "percent" or previous is None \
            or previous["unit"] == "percent" or previous["start"] < ctx.sentence.start \
            or previous["measure"] in ("share", "amount", ""):
        return
    if any(previous["end"] - ctx.sentence.start <= n.start < match.start for n in ctx.numbers):
        return
    gap = ctx.text[previous["end"] - ctx.sentence.start:match.start]
    between = CHANGE_OF_LEVEL_BEFORE.match(gap) if match.measure == "share" else None
    size = (SIZE_NOUN_AFTER.match(ctx.text, match.end) if match.measure == "share" and SIZE_BEFORE.search(gap)
            else SIZE_OF_BEFORE.search(gap) if re.match(SIZE_ENDS, ctx.text[match.end:]) else None)
    if between is None and size is None:
        return
    sign = 1 if (between.group(1).lower() == "up" if between else size.group("noun").lower() in RISE_NOUNS) else -1
    match.measure = f"{_level_of(previous['measure'])} change"
    match.value, match.low, match.high = (sign * v for v in (match.value, *sorted((match.low, match.high),
                                                                                    reverse=sign < 0)))


def _moved_from(rows: list[dict], ctx: SentenceContext, match: Match) -> bool:
    """Is a figure the level something moved from: after "up from" or "down from", or after a
    moving verb's "from" when it is of what moved, the figure before it in the sentence, if any
    ("rose 6% to $8.4 billion from $7.9 billion", "fell from 1,450 to 1,210"; not "300 people
    were rescued from 12 buildings", "cut 1,200 jobs from 14 offices")?"""
    if UP_OR_DOWN_FROM_BEFORE.search(ctx.text, max(0, match.start - 40), match.start):
        return True
    if not MOVED_FROM_BEFORE.search(ctx.text, max(0, match.start - 90), match.start):
        return False
    before = _figure_of_the_move(rows, ctx, match)
    if before is None:  # "fell from 1,450 to 1,210"; not "Funding was cut from 12 programmes"
        return bool(FROM_TO_AFTER.match(ctx.text, match.end))
    return match.detail.get("bare") or _level_of(before["measure"]) == _level_of(match.measure)

# "from 1,450 to 1,210": the level a move went from, then the one it reached
FROM_TO_AFTER = re.compile(r"(?:\s+(?:in|on|at)\s+[^,;:]{1,20}?)?\s+to\s+(?:(?:about|around|some|nearly|almost|a|an)\s+)*"
                           r"[$€£¥]?\d", re.IGNORECASE)


def _level_of(measure: str) -> str:
    """The level a measure states or changes: "revenue change (quarter on quarter)" -> revenue,
    "sales forecast" -> sales."""
    level = measure.split(" (", 1)[0]
    for suffix in (*(f" {kind}" for kind in (*OUTLOOK_KINDS, OUTLOOK_PLAN)), " change", "_change"):
        level = level.removesuffix(suffix)
    return level


def _figure_of_the_move(rows: list[dict], ctx: SentenceContext, match: Match) -> dict | None:
    """The figure before `match` in its clause ("Visitors rose 12% to 3.2 million, while hotel stays
    rose from 800,000": none, another clause's move)."""
    before = _figure_before(rows, ctx)
    if before is not None and CLAUSE_TURN.search(ctx.text, before["end"] - ctx.sentence.start, match.start):
        return None
    return before


def _figure_before(rows: list[dict], ctx: SentenceContext) -> dict | None:
    """The last whole figure read in this sentence so far, if any."""
    sentence_start = ctx.sentence.start  # rows and the sentence's figures share document offsets
    return next((r for r in reversed(rows) if r["start"] >= sentence_start and r["kind"] == "figure"
                 and not r["part_of"]), None)


def _dated_apart(rows: list[dict], ctx: SentenceContext, when, basis: str) -> bool:
    """Is a level told after "down from" or a move's "from" dated apart from the figure it was
    compared with ("down from 14 on Monday", "fell to 3.8% from 3.9% in February": the date after
    it, as the wires write it, is the earlier level's), not merely by that figure's date or the
    telling's ("fell to 4.1% in July, down from 4.3%")?"""
    if when is None or basis != "stated":
        return False
    before = _figure_before(rows, ctx)
    return before is None or (before["as_of_start"], before["as_of_end"]) != (when.start.isoformat(),
                                                                              when.end.isoformat())


def _of_another_event(told: str, measure: str, ctx: SentenceContext) -> bool:
    """Is the figure told before of another event than "another 14 were missing" ("Five
    were killed."): then these are others than those, all that are missing, not some."""
    event = measure.removesuffix(" subset")
    told = told.split(" (", 1)[0].removesuffix(" subset")
    return told != event and told in ctx.config.events.values()


def _told_before(rows: list[dict], measure: str) -> bool:
    """Did the document already give a figure of this measure ("Four were missing. ... Five
    were killed. Another three were missing": three more of the missing)?"""
    return any(row["measure"].removesuffix(" subset") == measure for row in rows)


def _last_rise(rows: list[dict], sentence_start: int) -> dict | None:
    """The sentence's last figure, when it is a rise ("12 more cases were confirmed, bringing
    the total to 70"); None after a cut ("cut another 400 jobs, taking the total to 2,200"
    counts cuts) or any other figure."""
    sentence = [r for r in takewhile(lambda r: r["start"] >= sentence_start, reversed(rows))
                if r["kind"] == "figure" and not r["part_of"]]
    last = sentence[0] if sentence else None
    return last if last and last["measure"].endswith("_change") and (last["value"] or 0) > 0 else None


def _nearest_in_size(rows: list[dict], sentence_start: int, value: float | None) -> dict | None:
    """The sentence's figure an earlier level ("up from 1.6 million") is most likely of: the
    one nearest it in size (within a factor of ten), not merely the last one read."""
    if not value or value <= 0 or math.isinf(value):
        return None
    sentence = takewhile(lambda r: r["start"] >= sentence_start, reversed(rows))  # rows come in text order
    figures = [r for r in sentence if r["kind"] == "figure" and not r["part_of"] and r["value"]
               and r["value"] > 0 and not math.isinf(r["value"]) and r["measure"]]
    best = min(figures, key=lambda r: abs(math.log10(r["value"] / value)), default=None)
    return dict(best, named=True) if best and abs(math.log10(best["value"] / value)) <= 1 else None


# "Across the three states, about 26,000 customers ...": more places than the sentence before named, still the
# story's
SEVERAL_PLACES = re.compile(r"\s*(?:Across|In)\s+(?:all\s+)?(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|"
                            r"\d+|affected|other)\s+(?:states|countries|provinces|regions|counties|districts|nations|"
                            r"cities|areas),\s", re.IGNORECASE)
# a breakdown after a dash or a colon: "58 hostages have been freed - 13 on Friday, 17 on Saturday ...";
# its dates are its parts', not the whole's (a list of two parts at least: not "$4.2 billion - 5% above
# analysts' estimates - in the three months to March"), up to its closing dash
CLOSING_DASH = re.compile(r"\s[-–—]\s")
BREAKDOWN_AFTER = re.compile(r"(?:\s[-–—]\s+|:\s+)(?=\d[^;:–—]*?,\s+(?:and\s+)?\d)")


def as_of(text: str, anchor: int, dates: list[Match], end: int | None = None,
          source_date: date | None = None, start: int | None = None) -> tuple[DateValue | None, str]:
    """The time a figure refers to: the date nearest it in the sentence ("stated"), unless
    "now"/"currently" stands nearer or there is none ("source_date"); a nearest date the
    source date could not resolve leaves it "unresolved".

    Dates that belong elsewhere are skipped: a date qualifying a noun ("the 2018 Camp
    Fire", "17th-century"), one inside a relative clause or an "up from X on Monday"
    the figure is not in, one inside the figure's own words ("the toll from the quake that
    struck on Sunday has risen to 31").  A date after "since" runs to the source date."""
    end = anchor if end is None else end
    start = anchor if start is None else start
    filed = _filed_end(text, dates)
    breakdown = BREAKDOWN_AFTER.search(text, end)
    closing = CLOSING_DASH.search(text, breakdown.end()) if breakdown else None  # "- 250 domestic, 50 international -"
    usable = [d for d in dates if _dates_the_figure(text, d, anchor, end)
              and not (start < d.start and d.end < end) and d.start >= filed
              and not _past_event_of_a_forecast(text, d, anchor, source_date)
              and not (breakdown and breakdown.end() <= d.start and not (closing and d.start >= closing.end()))]
    own = [(a, b) for a, b in _owning_spans(text) if a <= anchor < b]
    if own:  # a figure inside a phrase is dated by a date of that phrase first ("up from 65.4% in 2021")
        inner_start, inner_end = min(own, key=lambda span: span[1] - span[0])
        usable = [d for d in usable if inner_start <= d.start < inner_end] or usable
    if _in_description(text, anchor, usable):  # "Estonia, with a population of 1.3 million, joined in
        # 2004": as of the telling ("said on Monday that the fire, which has burned 5,000 hectares, ...")
        usable = [d for d in usable if _after_speech_verb(text, d.start)]
        if not usable:
            return None, "source_date"
    told_of = TOLD_OF_FIGURE.match(text, end) if DEFINITE_BEFORE.search(text, max(0, start - 8), start) else None
    if told_of:
        usable = [d for d in usable if told_of.start() <= d.start < told_of.end()] or usable
    spoken = [d for d in usable if _after_speech_verb(text, d.start)]
    if spoken and len(spoken) < len(usable):  # the telling's date only when nothing else dates the figure
        told = max((d for d in spoken if d.end <= anchor), key=lambda d: d.start, default=None)
        # a figure in what was told ("officials said Wednesday that deaths had climbed to 23") is
        # dated by the told words' own dates, else by the telling's, never by an earlier clause's
        inside = [d for d in usable if d not in spoken and told is not None and d.start >= told.end]
        usable = (inside or [told]) if told is not None else [d for d in usable if d not in spoken]
    if any(d.end <= anchor for d in usable):  # "In 2013, a landslide killed 46 people, and a 2019 slide
        # killed nine": a date told after the next clause's subject is that clause's
        usable = [d for d in usable if d.start < end or not NEXT_CLAUSE.search(text, end, d.start)]
    if any(d.start >= end and not NEXT_CLAUSE.search(text, end, d.start) for d in usable):
        # and one told before the clause the figure opens is the clause before's, when the figure's own
        # clause states one ("burned 192,000 hectares in 2017, while 65,000 people fled fires in 2023")
        opens = min(start, anchor)
        usable = [d for d in usable if d.end > opens or not NEXT_CLAUSE.search(text, d.end, opens)]
    distance = lambda span: min(abs(anchor - span[0]), abs(anchor - span[1]))  # noqa: E731
    # a date the figure's own preposition takes, or one right after it, is the nearest ("6.1% this
    # year and 3.0% in 2025", "a 5.5% rise last September and 6.5% a year earlier")
    after = max(end, anchor)
    taken = lambda d: (0 if d.start >= after and DATE_TAKEN.fullmatch(text, after, d.start)  # noqa: E731
                       else distance(d.span))
    nearest = min(usable, key=taken, default=None)
    now = _now_spans(text)
    if now and nearest is not None:  # "were still without power on Wednesday night": still, as of then
        now = [s for s in now if not (s[1] <= nearest.start and text[s[0]:s[1]].lower() == "still"
                                      and not CLAUSE_MARK.search(text, s[1], nearest.start)
                                      and ON_DATE.search(text, max(0, nearest.start - 8), nearest.start + 6))]  # (not "still
        # without power after the storm struck on Monday": the storm's day)
    if nearest is None or (now and min(distance(s) for s in now) < distance(nearest.span)):
        return None, "source_date"
    if not nearest.when:
        return None, "unresolved"
    if (source_date and _after_since(text, nearest.start) and nearest.when.start <= source_date
            and not _in_when_clause(text, nearest, anchor) and not _in_since_clause(text, nearest, anchor)):
        return DateValue(nearest.when.start, source_date, "day"), "stated"
    return nearest.when, "stated"


CLAUSE_MARK = re.compile(r"[,;:]|\b(?:after|since|following|when|because|as|until|before|while|from|of)\b")
ON_DATE = re.compile(r"\b(?:on|as\s+of|by)\s", re.IGNORECASE)  # "still without power on Wednesday night"
# (or one the next clause opens on: "..., while in 2023 more than 30,000 people fled")
NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:(?:a|an|the|another)\s|(?:(?:in|on|during)\s+(?:the\s+)?)?$)|;")
DATE_TAKEN = re.compile(r"\s+(?:(?:in|on|by|during|for|as\s+of|through)\s+(?:the\s+)?)?", re.IGNORECASE)


def _past_event_of_a_forecast(text: str, date_match: Match, anchor: int, source_date: date | None) -> bool:
    """"The clean-up of January's oil spill will cost about 180 million euros" (in March): a past
    event named by its date, in a clause that looks ahead, does not date the figure (but "this
    year's harvest could fall by 40%" is this year's)."""
    return (source_date is not None and date_match.when is not None
            and (source_date - date_match.when.end).days > PAST_EVENT_DAYS
            and date_match.end <= anchor and POSSESSIVE_AFTER.match(text, date_match.end) is not None
            and is_future(text[:anchor]))


# a named event this recent is the news itself: "Sunday's race will cost the city 2.1 million
# euros" (the day after) is the race's cost, as "Sunday's race cost ..." later is
PAST_EVENT_DAYS = 31


def _in_since_clause(text: str, date_match: Match, anchor: int) -> bool:
    """The figure is told inside the "since" clause, of its date: "the deadliest since a 1970
    storm killed 300,000" (300,000 in 1970; "Since March, 40 have died" runs to now)."""
    return (date_match.end <= anchor and SINCE_A.search(text, max(0, date_match.start - 12), date_match.start)
            is not None and SINCE_CLAUSE_BODY.fullmatch(text, date_match.end, anchor) is not None)


def _in_when_clause(text: str, date_match: Match, anchor: int) -> bool:
    """The figure is told of the date itself: "the deadliest since 2015, when eight people
    were killed" (eight in 2015, not since)."""
    clause = WHEN_AFTER.match(text, date_match.end)
    return bool(clause and clause.end() <= anchor)


# what stands now ("have recovered 31 bodies", "nine people remain"), not what the event did ("were killed")
PRESENT_OR_PERFECT = re.compile(r"\b(?:have|has|remain|remains|are|is|now)\b", re.IGNORECASE)
CLAUSE_OF_ITS_OWN = re.compile(r",\s+(?:and|but|while)\s|;")
# a noun a happening is told of in passing, with its day: "the village buried by a landslide on Tuesday",
# "the homes destroyed in Sunday's fire" (a participle after the noun, never a clause's verb)
DESCRIBED_BY_EVENT = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s?\s+"
                                r"(?:buried|destroyed|damaged|flattened|hit|struck|swept\s+away|flooded|razed|"
                                r"levelled|leveled|devastated|engulfed|torn\s+apart|cut\s+off)\s+"
                                r"(?:by|in)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:on|last|early|late)?\s*$")


def _dates_the_figure(text: str, date_match: Match, anchor: int, end: int) -> bool:
    """May this date be the time of the figure at `anchor`..`end`?"""
    if _qualifies_a_noun(text, date_match.start, date_match.end):
        return False
    if _in_when_clause(text, date_match, anchor):  # "the worst since 2015, when eight were killed"
        return True
    if date_match.end <= anchor and PRESENT_AFTER_DATE.match(text, date_match.end, anchor):
        return False  # "which opened in 1998 and employs about 2,400 people": the year is the opening's
    if end <= date_match.start and COMPARED_BEFORE.search(text, max(0, date_match.start - 24), date_match.start) \
            and NOUN_AFTER.match(text, date_match.end):
        return False  # "The magnitude 6.8 quake ... proved deadlier than the 2001 quake": the other event's year
    if end <= date_match.start and RECORD_SET.search(text, end, date_match.start):
        return False  # "22.4 inches, breaking the record of 19.1 inches set in 2001": the record's date
    if end <= date_match.start and OTHER_FIGURE_TOLD.search(text, end, date_match.start):
        return False  # "4.3 million, more than double the figure the company gave last week": the other's date
    if end <= date_match.start and MULTIPLE_OF.search(text, end, date_match.start):
        return False  # "2,000 ..., twice as many as last week", "3.4 million, almost triple the 1.2 million it
        # announced last week", "166,752 homes, 9% fewer than six years earlier": the compared figure's date
    base = _comparison_base(text, date_match)
    if base is not None and not PERIOD_TO.match(text, date_match.end) and not FUTURE_BEFORE_FROM.search(text, 0, base) \
            and (CHANGE_BEFORE_FROM.search(text, 0, base) or NOUN_CHANGE_OF.search(text, 0, base)
                 or NOUN_CHANGE_BEFORE.search(text, 0, base) and _earlier_time(text, date_match)):
        return False  # "rose 0.4% from January to 298,083 pounds": January is what it is compared with
    described = DESCRIBED_BY_EVENT.search(text, max(0, date_match.start - 80), date_match.start)
    if described and PRESENT_OR_PERFECT.search(text[max(0, anchor - 60):anchor + 40]) and (
            anchor < described.start()
            or date_match.end <= anchor and CLAUSE_OF_ITS_OWN.search(text, date_match.end, anchor)):
        # "recovered 31 bodies from the village buried by a landslide on Tuesday, and nine people remain ...":
        # the village's day (not "Heathrow, the airport hit by a power cut on Friday, cancelled 1,300 flights")
        return False
    for phrase_start, phrase_end in _owning_spans(text):
        inside = phrase_start <= date_match.start < phrase_end
        if inside and not phrase_start <= anchor < phrase_end and not _describes(text, end, phrase_start):
            return False
    return True


def _earlier_time(text: str, date_match: Match) -> bool:
    """A time a change is measured against, not one it takes effect from: "a year earlier",
    "last year", 2024 (not "a 22% pay increase from April 2024")."""
    return bool(EARLIER.search(text[date_match.start:date_match.end])
                or date_match.when is not None and date_match.when.precision == "year")


def _comparison_base(text: str, date_match: Match) -> int | None:
    """Where the words that make a date what a change is measured against start ("from",
    "compared with", "on the same month"), or None."""
    base = BASE_FROM.search(text, max(0, date_match.start - 14), date_match.start)
    if base:
        return base.start()
    on = BASE_ON.search(text, max(0, date_match.start - 30), date_match.start)
    if on and (on.group("same") or _earlier_time(text, date_match)):
        return on.start()
    return None


OTHER_FIGURE_TOLD = re.compile(r"\b(?:the|an?|its|their)\s+(?:(?:earlier|previous|initial|first|original)\s+)?"
                               r"(?:figure|estimate|number|count|tally|total)\s+(?:(?:that|which)\s+)?"
                               r"(?:[\w'’-]+\s+){1,4}?(?:(?:had|has)\s+)?(?:gave|given|reported|announced|put|published|"
                               r"released|issued|cited|stated|provided|disclosed)\s+$", re.IGNORECASE)
# a figure compared with another, as a multiple or a difference, before the date: that date is the other's
MULTIPLE_OF = re.compile(r",\s+(?:(?:almost|nearly|about|roughly|more\s+than|over)\s+)?"
                         r"(?:(?:twice|three\s+times|four\s+times|five\s+times|ten\s+times|half)\s+(?:as\s+(?:many|much|high|large|big)\s+as|the|that|what)|"
                         r"(?:double|triple|treble|quadruple)\s+(?:the|that|what|its|their)|"
                         r"[\d.]+\s*(?:%|percent|per\s+cent)\s+(?:more|fewer|less|higher|lower|greater|bigger|"
                         r"smaller)\s+than)\b[^;,]*$", re.IGNORECASE)  # (the date within the comparison)
RECORD_SET = re.compile(r"\brecord\b[^;]*?\d[^;]*?\b(?:set|recorded|established|reached)\b[^;\d]*$", re.IGNORECASE)
BASE_FROM = re.compile(r"\b(?:from|compared\s+(?:with|to)|than|versus|vs\.?|against)\s+$", re.IGNORECASE)
# "up 9% on the same month last year", "a rise of 6.5% on a year earlier", "sales rose 5% on
# 2024" (but "rose 3% on Monday": the day it rose)
BASE_ON = re.compile(r"\bon\s+(?P<same>the\s+same\s+[a-z]+\s+(?:(?:of|in)\s+)?)?$", re.IGNORECASE)
EARLIER = re.compile(r"(?:earlier|before|ago|previously)$|^(?:last|the\s+previous|a\s+year)\b", re.IGNORECASE)
# "energy bills will rise 6.4% from April": from when the change takes effect
FUTURE_BEFORE_FROM = re.compile(r"\b(?:will|would|set\s+to|due\s+to|is\s+to|are\s+to|expected\s+to)\b[^;]{0,60}$",
                                re.IGNORECASE)
# "an increase of 0.4% from January", "a gain of 2% from Friday's close": a change told as a noun
# with its size before the base; without it, only an earlier time is a base ("a 22% pay
# increase from April 2024" takes effect then)
NOUN_CHANGE_OF = re.compile(r"\b(?:increase|decrease|drop|decline|jump|gain|rise|fall)\s+of\s+[^;,]{1,25}$",
                            re.IGNORECASE)
NOUN_CHANGE_BEFORE = re.compile(r"\b(?:increase|decrease|drop|decline|jump|gain|growth|rise|fall|higher|lower)\b"
                                r"[^;]{0,40}$", re.IGNORECASE)
PERIOD_TO = re.compile(r"\s*(?:to|until|till|through|-|–)\s*(?:[A-Z]|\d{4}\b|(?:the\s+)?end\b)")
CHANGE_BEFORE_FROM = re.compile(r"\b(?:" + "|".join(sorted(RISE_WORDS | FALL_WORDS | {"up", "down"}))
                                + r")\b[^;]{0,40}$", re.IGNORECASE)


# "The 14% offer that members rejected on Sept. 7": a clause right after the figure's own noun
# tells of the figure, so its dates date it (not "the toll from the quake that struck on Sunday")
FIGURES_NOUN = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}\s+")


def _describes(text: str, end: int, phrase_start: int) -> bool:
    return (end <= phrase_start and text.startswith(("that ", "which "), phrase_start)
            and bool(FIGURES_NOUN.fullmatch(text, end, phrase_start)))


# a present-tense verb joined after a date, before the figure: the figure is of now, not of that date
PRESENT_AFTER_DATE = re.compile(r"\s*,?\s+and\s+(?:now\s+|still\s+|currently\s+)?(?:employs|has|have|operates|serves|"
                                r"houses|holds|covers|runs|owns|counts|supports|carries|produces)\b[^,;]*$", re.IGNORECASE)
# an event another is compared with, named by its year: "deadlier than the 2001 quake"
COMPARED_BEFORE = re.compile(r"\b(?:than|like|unlike|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|"
                             r"eclips(?:e|es|ed|ing))\s+(?:the|a|an)\s+$", re.IGNORECASE)


# What a sentence says around a date is the same for every figure in it: read once per
# (sentence, date), not once per figure and date.
@lru_cache(maxsize=8192)
def _qualifies_a_noun(text: str, start: int, end: int) -> bool:
    """A date that qualifies a noun ("the 17th-century tower", "bonds due 2030")."""
    return bool(ADJECTIVE_DATE.search(text[start:end + 8]) or ADJECTIVE_DATE_BEFORE.search(text, 0, start)
                or (THE_BEFORE.search(text, max(0, start - 5), start) and DAY_OF_MONTH.fullmatch(text, start, end)
                    and NOUN_AFTER.match(text, end)))


def _filed_end(text: str, dates: list[Match]) -> int:
    """Where a sentence's dateline ends when a date stands in it, else 0."""
    return _dateline_end(text) if dates and dates[0].start < 80 else 0


@lru_cache(maxsize=8192)
def _dateline_end(text: str) -> int:
    """Where "HANOI, Dec 30 (Reuters) -" ends (0 when the sentence has none): its date is when the
    story was filed, not the time of any figure."""
    dateline = DATELINE.match(text)
    return dateline.end() if dateline else 0


@lru_cache(maxsize=8192)
def _after_speech_verb(text: str, start: int) -> bool:
    return bool(SPEECH_DATE.search(text, 0, start))


@lru_cache(maxsize=8192)
def _after_since(text: str, start: int) -> bool:
    return bool(SINCE.search(text, 0, start))


@lru_cache(maxsize=4096)
def _now_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in NOW.finditer(text))


def _elliptical(ctx: SentenceContext, match: Match, anchor: int, finder: SubjectFinder) -> bool:
    """A count with no noun that opens its clause ("Two were rescued, one has died"): what
    happened to the group the figure before it named."""
    return (match.kind == "figure" and anchor == match.start and "noun" not in match.detail
            and match.measure in finder.lexicon.event_measures and not match.parts
            and bool(ELLIPTICAL.search(ctx.text, 0, match.start)))


# A description set off by commas, of how a place or a body is now: "Estonia, with a population
# of 1.3 million,", "the firm, which employs 3,000 people,", "Moldova, a country of 2.4 million
# people,", "the city, home to 2 million people,"; a figure in it is as of the telling, not of
# the date of the clause around it ("..., joined the EU in 2004")
_DESCRIBED_NOUNS = (r"(?:country|nation|city|town|village|state|region|province|island|territory|district|county|"
                    r"municipality|enclave|community|company|firm|group|bloc|alliance|network|chain|union)")
DESCRIPTION = re.compile(r"(?:^|,)\s*(?:(?:with|has|have)\s+(?:a|an|its|their)\s+(?:[a-z]+\s+)?"
                         r"(?:population|workforce|membership|staff|fleet|headcount)\s+of\b|"
                         # a present verb, not a noun ("which critics have nicknamed")
                         r"(?:which|who)\s+(?:is|are|has|have|remains|(?!was\b)[a-z]+[^s\W]s\b"
                         r"(?!\s+(?:have|had|are|were|say|said|call|called|describe|described)\b))\b|"
                         rf"(?:a|an)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{_DESCRIBED_NOUNS}\s+of\b|"
                         r"(?:home|host)\s+to\b)" + PHRASE_BODY + PHRASE_COMMA, re.IGNORECASE)


# "lost 1,210 soldiers, bringing its total losses since the February 2022 invasion to about
# 890,000": the level the clause carries a count to owns its dates, up to that level
CARRIED_PHRASE = re.compile(r",\s+(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its|their)\s[^,;]*?\bto\s+"
                            r"(?:[a-z]+\s+){0,3}?[$€£]?\d[\d,.]*(?:\s+(?:million|billion))?", re.IGNORECASE)


def _in_description(text: str, anchor: int, usable: list[Match]) -> bool:
    """The figure stands in a description (DESCRIPTION) that states no date of its own,
    while the sentence does elsewhere."""
    for start, end in _description_spans(text) if usable else ():
        if start <= anchor < end:
            return not any(start <= d.start < end for d in usable)
    return False


@lru_cache(maxsize=4096)
def _description_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of DESCRIPTION, once per sentence (each of its figures asks)."""
    return tuple(m.span() for m in DESCRIPTION.finditer(text)) if "," in text else ()


@lru_cache(maxsize=4096)
def _owning_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the phrases that own the dates inside them, once per sentence."""
    spans = [m.span() for m in OWNING_PHRASE.finditer(text)]
    if ", " in text:
        spans += [m.span() for m in CARRIED_PHRASE.finditer(text)]
    if "from" in text:
        spans += [m.span() for m in FROM_PHRASE.finditer(text)]
    if ", " in text:
        spans += [m.span() for m in FOUNDED_PHRASE.finditer(text)]
    return tuple(spans)


# an appositive of a body's past before a clause in the present: "Calder Valley, founded in 1921
# as a savings cooperative, has about 310,000 customers" (not "..., had 12 employees at the time")
FOUNDED_PHRASE = re.compile(r",\s+(?:founded|established|formed|created|built|opened|launched|incorporated|set\s+up)"
                            r"\s+(?:in|on)\b[^,;]*(?=,\s+(?:now\s+|still\s+|currently\s+|today\s+)?(?:has|have|is|are|"
                            r"employs|operates|runs|serves|owns|counts|holds|boasts|manages|sells|makes)\b)")


def _long_ago(when: DateValue | None, source_date: date | None) -> bool:
    """An as-of period of more than a month, or one that ended well before the source:
    not the news event the article reports (but a quarter just reported on is)."""
    if when is None:
        return False
    if source_date is None:  # an undated text: a whole year stated is not this week's news
        return when.precision in ("year", "decade", "century")
    if when.start <= source_date <= when.end:  # "this year", "since January": a running total, today's news
        return False
    ended_days_ago = (source_date - when.end).days
    if when.precision == "part_of_year" and 0 <= ended_days_ago <= RESULTS_LAG_DAYS:
        return False  # "third-quarter revenue", reported in October: the news itself
    return (when.end - when.start).days > 31 or ended_days_ago > 60


def _run(rules: Sequence[Rule], ctx: SentenceContext) -> list[Match]:
    found: list[Match] = []
    for rule in rules:
        for match in rule.find(ctx):
            match.rule = rule.id
            for part in match.parts:
                part.rule = rule.id
            found.append(match)
    return found


def _resolve_overlaps(matches: list[Match]) -> list[Match]:
    """Keep the first rule's reading where two overlap; among dates, the longest span.  A
    reading `alongside` another is kept with it."""
    order = {rule: i for i, rule in enumerate(dict.fromkeys(m.rule for m in matches))}
    ranked = sorted(matches, key=lambda m: (m.kind != "date" or 0, -(m.end - m.start) if m.kind == "date" else 0,
                                            m.alongside, order[m.rule], m.start))
    kept: list[Match] = []
    for match in ranked:
        spans = [match.span] + [p.span for p in match.parts]
        if any(s[0] < k.end and k.start < s[1] for s in spans for k in kept if (k.kind == match.kind or
               {k.kind, match.kind} == {"figure", "name"}) and not (k.alongside or match.alongside)):
            continue
        if match.alongside and any(k.span == match.span for k in kept):
            continue  # read already ("31 of the roughly 90 passengers": the counts' total)
        kept.append(match)
    return sorted(kept, key=lambda m: (m.start, m.end))


def _row(document: Document, ctx: SentenceContext, match: Match, subject: str, when, basis: str,
         part_of: str = "") -> dict:
    start = ctx.sentence.start + match.start
    end = ctx.sentence.start + match.end
    if match.kind == "date" or match.kind == "figure":
        if when is None and basis == "source_date" and document.source_date:
            when = DateValue(document.source_date, document.source_date, "day")
            basis = "source_date"
        elif when is None and basis != "earlier":
            basis = "unresolved"
    claim_id = hashlib.sha1(f"{document.source}\0{start}\0{end}\0{match.rule}".encode()).hexdigest()[:12]
    return {
        "claim_id": claim_id,
        "source": document.source,
        "outlet": document.outlet,
        "line": document.line_of(start),
        "start": start,
        "end": end,
        "kind": match.kind,
        "surface": document.text[start:end],
        "sentence": ctx.collapsed,
        "rule": match.rule,
        "subject": subject,
        "measure": match.measure,
        "value": match.value,
        "low": match.low,
        "high": match.high,
        "unit": match.unit,
        "qualifier": match.qualifier,
        "as_of_start": when.start.isoformat() if when else "",
        "as_of_end": when.end.isoformat() if when else "",
        "as_of_precision": when.precision if when else ("" if match.kind == "name" else "unresolved"),
        "as_of_basis": basis if match.kind != "name" else "",
        "source_date": document.source_date.isoformat() if document.source_date else "",
        "part_of": part_of,
        "detail": DETAIL_JSON(match.detail) if match.detail else "",
    }
