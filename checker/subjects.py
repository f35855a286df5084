"""Who or what a figure is about, and what event a date dates.

Read the way an editor reads: a name the figure is "of" ("50,000 forces of the UN
mission"), else the nearest organisation, group or place before it in the sentence,
else after it; "of them" carries the subject over from the sentence before.  Aliases
from the vocabulary and acronyms the article defines itself ("Interim Force in Lebanon, or UNIFIL",
"Federal Emergency Management Agency (FEMA)") map every name of a subject to one.
People are never the subject of a count.  An unresolved subject is kept as the noun
phrase, never dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from checker.alternation import alternation
from checker.config import Config, Lexicon
from checker.figures import ACRONYM_PLURAL
from checker.gazetteer import place_words
from checker.numbers import CURRENCY_AFTER

# "PG&E", "AT&T" are one name; so are "Port St. Joe", "St. Louis" (a saint's or a mount's abbreviation)
CAPITALISED = r"(?:(?:St|Ste|Mt|Ft)\.(?=\s+[A-Z][a-z])|[A-Z][\w'’.-]*[\w](?:&[A-Z]\w*)*|[A-Z](?:&[A-Z]\w*)*)"
ENTITY = re.compile(rf"{CAPITALISED}(?:\s+(?:of|for|and|de|&)\s+(?:the\s+)?{CAPITALISED}|\s+{CAPITALISED})*")
# (a "by" only after a telling: "figures compiled by the ministry", never "destroyed by the Sagebrush Creek fire")
ATTRIBUTION_BEFORE = re.compile(r"\b(?:according\s+to|said|says|told|cited|quoting|(?:reported|compiled|published|"
                                r"released|issued|given|provided|estimated|counted|announced|confirmed|cited)\s+by)"
                                r"\s+(?:the\s+)?$", re.IGNORECASE)
# "Cal Fire said 47 structures...": the speaker is not the subject; "reported a loss" is no attribution
ATTRIBUTION_AFTER = re.compile(r"(?:\s*\([^()]{1,15}\)|\))?\s*,?\s*(?:said|says|told|added|stated|confirmed|"
                               r"(?:estimated|reported|announced)(?=\s+(?:that|on|in|last|this|\w+day)\b))\b",
                               re.IGNORECASE)
SPEAKS_OF_ITSELF = re.compile(r"\s*(?:that\s+)?(?:it|its|they|their|we|our)\b", re.IGNORECASE)
ACRONYM_DEFINITION = re.compile(
    rf"(?P<long>{CAPITALISED}(?:\s+(?:of|for|and|in|on|the|de)?\s*{CAPITALISED}){{1,7}})\s*"
    r"(?:\((?P<a1>[A-Z][A-Za-z&.]{1,9})\)|,\s+or\s+(?P<a2>[A-Z][A-Z&.]{1,9})\b|,\s+(?P<a3>[A-Z]{2,9}),)"
)
APPOSITIVE = re.compile(r"(?:the\s+)?(?P<long>[A-Z][\w'’]*(?:\s+[\w'’]+){1,6}?),\s+(?P<acronym>[A-Z]{2,9}),")
NOT_ENTITIES = frozenset(
    "The A An This That These Those It Its He She His Her They Their We Our You Your I In On At For From "
    "With About After Before During Since As If But And Or So Also Meanwhile According Speaking Such "
    "Lastly Notably Moreover Furthermore However Currently Today Yesterday Tomorrow Now Earlier Later "
    "Mr Mrs Ms Dr President Prime Minister Secretary General Secretary-General Chancellor Commander "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Both Some Many Most All Each Every Any No Not "
    "There Here When Where While Despite Although Though Following Under Over Between Among Around "
    "Nearly Almost Close More Fewer Less Up Until Once Another Other "
    # quantities and labels: "Hundreds of thousands march ...", "using Article 49.3"
    "Hundreds Thousands Millions Dozens Scores Tens Article Section Clause Chapter Paragraph "
    # what a market story counts of a company: "Shares of PG&E Corp fell 4.2%"
    "Shares Stocks Stock "
    # abbreviations with "&" that name no one: "R&D", "Q&A", "M&A"
    "R&D Q&A M&A R&B B&B "
    # month abbreviations of datelines and dates: "LAMPEDUSA, SEP 14", "Sept. 7"
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC".split()
)
# common nouns that open a sentence with "'s" ("People's savings", "Summer's heatwave", "The
# government's"): no names, however seldom the article writes them in lower case
COMMON_OWNERS = frozenset(
    "people women men children everyone everybody nobody someone government country nation state city town "
    "council company firm industry sector market economy world region party army navy police public family "
    "summer winter spring autumn fall year month week today yesterday tomorrow tonight weekend "
    "what who it that there here let where how he she".split())  # "What's clear is ...": contractions
TICKER = re.compile(r"\(\s*[A-Z][A-Za-z]{1,11}\s*:\s*[A-Z][A-Z0-9.]{0,7}\s*[),;]")  # "(NASDAQ: CRVN)", "(LSE: BP.;"
# a place opening a sentence is its subject when a verb follows it ("Italy were second", "Illinois accounted
# for 11"), not when it modifies a noun ("Texas health officials said", "Ohio hospital operator Meridian")
# (an aside may come between: "Gauteng, which includes Johannesburg, has 15.1 million people")
PLACE_VERB_AFTER = re.compile(r"(?:,\s+(?:which|where|home\s+to)\b[^,;:]{1,60},)?"
                              r"\s+(?:(?:has|have|had|also|now|alone|then)\s+)?(?:were|was|is|are|has|had|have|"
                              r"reported|recorded|registered|confirmed|counted|accounted|won|finished|came|took|sent|"
                              r"pledged|lost|saw|suffered|logged|posted|added|announced|received|exported|imported|"
                              r"produced|spent|deployed|evacuated|ranks?|ranked|tops?|topped|leads?|led|remains?|"
                              r"remained)\b")
PLACE_PREFIXES = frozenset("Lake Mount Mt. Mt River Cape Port Fort Gulf Bay Glacier Camp Island Isle Loch "
                           "Lough Point".split())
TITLE_MODIFIERS = frozenset("Prime Deputy Vice Rear Acting Former Chief Interim Assistant Under".split())
TITLE_WORDS = frozenset("President Minister Secretary General Secretary-General Chancellor Commander "
                        "Mayor Governor Senator Ambassador Spokesman Spokeswoman Chief King Queen Mr Mrs Ms Dr".split())
LOCATIVE = re.compile(r"\b(?:in|at|near|outside)\s+$")
CLAUSE_BREAK = re.compile(r"[;()“”\"—–]|(?<!\d):(?!\d)|,(?!\d)|\.(?=\s|$)")  # "11:30pm" breaks nothing
REFERS_BACK = re.compile(r"\b(?:its|their|it|they|of\s+them|of\s+whom|which|this|that)\b", re.IGNORECASE)
CAPITALISED_WORD = re.compile(r"[A-Z][\w]+")
LOWERCASE_WORD = re.compile(r"\b[a-z][\w'-]*\b")
MID_SENTENCE_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][\w'-]*")
NON_SPACE = re.compile(r"\S+")
WORD_AT = re.compile(r"[\w'-]+")
INITIAL = re.compile(r"[A-Z][a-z]?\.?")  # "A", "St.": no name
CURRENCY_LABEL = re.compile(r"[A-Z]\d[\d.,]{2,}")  # "P480", "US$3,080"
# a kicker opening a title or a live blog's entry, after its time: "Live:", "BREAKING:", "6:30
# p.m. - What the deal means:", "Markets react:"; not a name ("12:10 p.m. - Nordsee Stahl:",
# "10:25 a.m. - BYD falls in Hong Kong:", "Tesla: sales fell")
LABEL_OPENING = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[-–—|]\s*)?"
                           r"(?i:live|breaking|update[sd]?|analysis|background|explainer|watch|exclusive|opinion|"
                           r"factbox|timeline|context|reaction|markets?|what|why|how|who|where|when|key)\b"
                           r"(?:\s+[\w'’-]+){0,4}:(?=\s)")
OF_PHRASE_AFTER = re.compile(r"\s+(?:of|from|for|within|serving\s+in|serving\s+with)\s+(?:the\s+|its\s+)?")
# "a deficit of 4.5% of GDP": the economy is what the share is measured against, not whose it is
ECONOMY = re.compile(r"(?:GDP|GNP|GVA|Gross\s+Domestic\s+Product|National\s+Income)", re.IGNORECASE)
OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
CLAUSE_PUNCTUATION = re.compile(r"[,;:]")
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
SENTENCE_PUNCTUATION = re.compile(r"[.;:!?]")
LEADING_THE = re.compile(r"^(?:[Tt]he)\s+")
LEGAL_FORM = re.compile(r",?\s+(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|AG|SA|S\.A|NV|N\.V|SE|GmbH)\.?$")
TRAILING_POSSESSIVE = re.compile(r"['’]s?$")
ACRONYM_FORM = re.compile(r"(?:[A-Z]\.?){2,6}|[A-Z][A-Z&]{1,8}")
STOPWORDS = frozenset(
    "a an the of in on at to for from with by and or but as that this these those it its he she his her "
    "they their we our you your was were is are be been has have had will would could should said says "
    "say also which who whom whose what when where while after before during since than then there here "
    "not no so such some all both each any into about over under up out more most other another "
    # ("another" opening a description is kept: "another avalanche struck" is no first one)
    # prepositions and times of day: "off the coast", "late Sunday" say where or when, not what happened
    "off onto near across along around toward towards amid among against through via per within without "
    "until between beyond behind below above upon inside outside aboard late early night morning afternoon "
    "evening overnight".split()
)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    name: str  # canonical name
    strength: int  # 3: alias or acronym, 2: an alias's words together, 1: a capitalised name
    covers: frozenset[str] = frozenset()


def learn_acronyms(text: str) -> dict[str, str]:
    """Acronyms an article defines: {"federal emergency management agency": "FEMA"} from "... Agency (FEMA)"."""
    learned: dict[str, str] = {}
    for match in ACRONYM_DEFINITION.finditer(text):
        acronym = (match.group("a1") or match.group("a2") or match.group("a3")).replace(".", "")
        long = re.sub(r"^(?:The|the)\s+", "", match.group("long"))
        if acronym[0].lower() == long[0].lower() or acronym[0].lower() in long.lower().split()[-1][:1]:
            learned[long.lower()] = acronym
    for match in APPOSITIVE.finditer(text):
        long = match.group("long")
        if long.split()[0][0].isupper():
            learned.setdefault(long.lower(), match.group("acronym"))
    return learned


class SubjectFinder:
    """Finds subject candidates in a sentence; one per document (it holds its acronyms)."""

    def __init__(self, config: Config, document_text: str, learned: dict[str, str], title: str = "",
                 body_start: int = 0):
        self.config = config
        self.lexicon = lexicon = config.lexicon
        self.patterns = patterns(lexicon)
        body = document_text[body_start:]
        self.story_event = story_event(title, body, lexicon)  # "Ridge Fire", "earthquake", ""
        # under a title that names no event ("Final count confirms victory"), the kind the body
        # names more than once owns what an event did (its toll, its turnout), nothing else
        self.body_event = "" if self.story_event or not title else _recurring_event_kind(body, lexicon)
        self.story_entity = story_entity(title, body, lexicon)  # "Bristol City Council", ""
        self._document_text = body
        self._fuller: dict[str, str] = {}  # "Bristol" -> "Bristol City Council", per document
        self._by_head = _names_by_head(body, lexicon)
        self.aliases = dict(config.aliases)
        forms = dict(config.alias_forms)
        for long, acronym in learned.items():
            canonical = self.aliases.get(acronym.lower(), acronym)
            self.aliases.setdefault(long, canonical)
            self.aliases.setdefault(acronym.lower(), canonical)
            forms.setdefault(acronym.lower(), acronym)
            forms.setdefault(long, long)
        acronyms = sorted((forms[k] for k in self.aliases if _is_acronym(forms.get(k, k))), key=len, reverse=True)
        phrases = sorted((k for k in self.aliases if not _is_acronym(forms.get(k, k))), key=len, reverse=True)
        self._alias_re = _alternation(phrases, re.IGNORECASE)
        self._acronym_re = _alternation(acronyms, 0)
        self._composites = [
            (frozenset(t for t in CAPITALISED_WORD.findall(phrase_case)), canonical)
            for phrase_case, canonical in self._cased_aliases(config, learned)
            if len(CAPITALISED_WORD.findall(phrase_case)) >= 2
        ]
        self._lowercase_words = frozenset(LOWERCASE_WORD.findall(document_text))
        # capitalised words seen inside a sentence, not just at its start: names
        self._mid_sentence_names = frozenset(MID_SENTENCE_NAME.findall(document_text))

    @staticmethod
    def _cased_aliases(config: Config, learned: dict[str, str]):
        for alias, canonical in config.aliases.items():
            yield config.alias_forms.get(alias, alias), canonical
        for long, acronym in learned.items():
            yield long.title(), acronym

    def candidates(self, text: str, taken_spans: list[tuple[int, int]]) -> list[Candidate]:
        """Who or what the sentence may be about, outside `taken_spans` (people's names, dates)."""
        found: list[Candidate] = []
        taken: list[tuple[int, int]] = list(taken_spans)
        for regex in (self._alias_re, self._acronym_re):
            for match in regex.finditer(text) if regex else ():
                if _overlaps(match.span(), taken):
                    continue
                end = self._organisation_end(text, match.end())
                if end:  # "U.S. Geological Survey": the organisation, not the United States
                    taken.append((match.start(), end))
                    if not _speaker(text, match.start(), end):
                        name = " ".join(text[match.start():end].split())
                        found.append(Candidate(match.start(), end, self.aliases.get(name.lower(), name), 1))
                    continue
                taken.append(match.span())
                if _speaker(text, match.start(), match.end()):
                    continue  # "The institute (INSP) confirmed 1,240 cases": who says it
                canonical = self.aliases[match.group(0).lower()]
                if match.group(0).isupper() and place_words(canonical.split()) == len(canonical.split()) \
                        and APPOSED_NAME.match(text, match.end()):
                    continue  # "US healthcare group Stellan": where the named one is from
                found.append(Candidate(match.start(), match.end(), self.aliases[match.group(0).lower()], 3))
        present = set(CAPITALISED_WORD.findall(text))
        for tokens, canonical in self._composites:
            if tokens <= present and not any(c.name == canonical for c in found):
                first = min(text.index(t) for t in tokens)
                found.append(Candidate(first, first + 1, canonical, 2, tokens))
        for match in ENTITY.finditer(text):
            span = self._trim_entity(text, match)
            if span and not _overlaps(span, taken) and not self._not_a_subject(text, span):
                span, name = self._full_name(text, span)
                found.append(Candidate(span[0], span[1], self.aliases.get(name.lower(), name), 1))
        found.extend(self._definite(text, taken))
        dateline = DATELINE.match(text)
        if dateline:  # "MANILA, March 17 (Reuters) -": where it was filed, not what it is about
            found = [c for c in found if c.start >= dateline.end()]
        covered = set().union(*(c.covers for c in found)) if found else set()
        return [c for c in found if not (c.strength < 2 and c.name in covered) and
                not (c.strength == 3 and c.name in covered)]

    def _organisation_end(self, text: str, alias_end: int) -> int:
        """Where an organisation's name ends when the alias just before `alias_end` is its
        first word(s) ("U.S. Geological Survey", "UN Security Council"): the capitalised
        words after it, up to a title or a word that is no name, when they hold an
        organisation's head noun; else 0 ("U.S. Secretary of State", "U.S. officials")."""
        tail = ORGANISATION_TAIL.match(text, alias_end)
        if not tail:
            return 0
        end, has_head = alias_end, False
        for word in re.finditer(r"[\w'’.&-]+", tail.group(0)):
            bare = POSSESSIVE.sub("", word.group(0))
            if bare in NOT_ENTITIES or bare.rstrip(".") in self.patterns.title_words:
                break
            if bare[:1].isupper():
                end = alias_end + word.start() + len(bare)
                has_head = has_head or bare.rstrip(".") in self.lexicon.organisation_heads
            if bare != word.group(0):  # "the UN Security Council's envoy": the name ends here
                break
        return end if has_head else 0

    def _not_a_subject(self, text: str, span: tuple[int, int]) -> bool:
        """Time zones, month abbreviations, roads ("Highway 70", "Pentz Road") and places
        a distance or a comparison is measured from ("8 miles north of Oroville", "twice the
        size of Manhattan") are never what a figure is about."""
        lex = self.lexicon
        words = text[span[0]:span[1]].split()
        if text[span[0]:span[1]] in lex.not_subjects or words[-1].rstrip(".") in lex.roads:
            return True
        label = LABEL_OPENING.match(text)
        if label and span[1] <= label.end():  # "6:30 p.m. - What the deal means: ...": a live blog's label
            return True
        if CURRENCY_LABEL.fullmatch(words[0]) or text[span[1]:span[1] + 1] == "$":
            return True  # "P480 million", "US$3,080": a currency sign, not a name
        if span[0] and text[span[0] - 1] == " " and CURRENCY_AFTER.match(text, span[0] - 1):
            return True  # "2 billion Icelandic crowns", "Swiss francs": a currency's name
        if "(" in text[max(0, span[0] - 24):span[0]] and any(
                m.start() < span[1] and span[0] < m.end() for m in TICKER.finditer(text, max(0, span[0] - 24))):
            return True  # "Corvane Systems Inc. (NASDAQ: CRVN)": where and how its shares trade
        if len(words) == 1 and ACRONYM_PLURAL.fullmatch(words[0]):
            return True  # "250,000 SUVs", "320 MPs": what is counted, no name
        if ADJECTIVE_WORD.search(words[-1]):  # "the Green-led council": who runs it, not its name
            return True
        if len(words) == 1 and DEMONYM.fullmatch(words[0]):  # "thousands of Georgians": people, not a place
            return True
        if len(words) == 1 and DEMONYM_ADJECTIVE.fullmatch(words[0]) and MODIFIED_NOUN.match(text, span[1]):
            return True  # "Serbian police", "Indonesian authorities": whose, not what the figure is about
        if THE_BEFORE.search(text, 0, span[0]) and COMPANY_AFTER_HOME.match(text, span[1]):
            return True  # "The Austin, Texas-based company": where it is based, not what the figure is about
        if words[0] in lex.roads and ROAD_NUMBER_AFTER.match(text, span[1]):
            return True
        return bool(DISTANCE_BEFORE.search(text[max(0, span[0] - 80):span[0]]))

    def _full_name(self, text: str, span: tuple[int, int]) -> tuple[tuple[int, int], str]:
        """The name as the article writes it in full: "the Ridge fire" -> "Ridge Fire",
        "Bristol city council" -> "Bristol City Council", "Bristol" -> the article's
        "Bristol City Council", a dateline's "TBILISI" -> "Tbilisi"."""
        start, end = span
        event = self.patterns.event_name.match(text, start)
        tail = LOWER_ORG_TAIL.match(text, end)
        if event and event.end("name") == end:
            end = event.end()
        elif tail:
            end = tail.end()
        name = normalise_subject(self._as_written_elsewhere(text[start:end]), self.lexicon)
        if name not in self._fuller:
            self._fuller[name] = fuller_form(name, self._document_text, self.lexicon)
        return (start, end), self._fuller[name]

    def _definite(self, text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
        """"the council" is the one council the article names; "the fire" is the story's."""
        found: list[Candidate] = []
        for match in DEFINITE_NOUN.finditer(text):
            if _overlaps(match.span(1), taken):
                continue
            noun = match.group(1).lower()
            kind = self.lexicon.event_words.get(noun)
            if kind and self.story_event and _event_kind(self.story_event, self.lexicon) in (kind, ""):
                found.append(Candidate(match.start(1), match.end(1), self.story_event, 1))
            elif len(self._by_head.get(noun, ())) == 1:
                found.append(Candidate(match.start(1), match.end(1), next(iter(self._by_head[noun])), 1))
        return found

    def subject_of(self, text: str, anchor: int, end: int, candidates: list[Candidate], measure: str,
                   historical: bool, has_parts: bool = False) -> str:
        """Who or what a figure is about ("" when nothing in the sentence says).

        What an event did (killed, injured, evacuated, destroyed, burned...) belongs to the
        story's event whichever place the sentence names, unless the sentence scopes it
        to a place ("three in Concow") or is about another, earlier event."""
        chosen = _choose(text, anchor, end, candidates)
        event = self.story_event or self.body_event
        if measure.split(" ", 1)[0] in self.lexicon.event_measures and event:  # "injured police" too
            antecedent = _relative_antecedent(text, anchor, candidates)
            if antecedent is not None and antecedent.name != event:  # "since Ida, which left 107 dead": Ida's
                return antecedent.name
            if chosen is not None and is_event_name(chosen.name, self.lexicon):
                return chosen.name
            local = None if has_parts else local_scope(text, anchor, end, candidates, self.lexicon,
                                                        event)  # "six: four in Concow..."
            if local is not None:
                return local.name
            if wider_scope(text, end):  # "41,000 hectares burned nationwide so far this year": no one fire's;
                # the place it names, else nothing to compare (a province's and a nation's would meet)
                return chosen.name if chosen is not None and not is_event_name(chosen.name, self.lexicon) \
                    else measure
            if chosen is not None and historical:
                return chosen.name
            named = self._event_in_clause(text, anchor)
            if named and not historical:  # "the death toll from the Eaton fire rose to 10": that fire's
                return named
            if not historical:
                return event
        return _part_named(text, chosen, anchor) if chosen is not None else ""

    def _event_in_clause(self, text: str, anchor: int) -> str:
        """The one event the figure's clause names as one before it, with no comma between ("the
        death toll from the Eaton fire rose to 10"), not after a year (history, which `historical`
        weighs); "" for none or for two.  One named after it is a comparison ("a toll that could
        surpass the Eaton Fire") or a part ("including 5 in the area of the Eaton Fire")."""
        start = max(_clause_start(text, anchor), text.rfind(",", 0, anchor) + 1)
        names = set()
        for match in patterns(self.lexicon).event_name.finditer(text, start, anchor):
            name = match.group("name").removeprefix("The ")
            before = text[max(0, match.start("name") - 30):match.start("name")]
            if DEFINITE_BEFORE.search(before) and not YEAR_BEFORE.search(before) and name != "The":
                names.add(normalise_subject(f"{name} {match.group('head')}", self.lexicon))
        return names.pop() if len(names) == 1 else ""

    def _trim_entity(self, text: str, match: re.Match) -> tuple[int, int] | None:
        """The name in a run of capitalised words, less a first word that is no part of it: one
        that is no name ("About"), or, opening a longer run at a sentence's start, a common word
        the article never capitalises inside a sentence ("Most Americans"; but "neighbouring
        New Mexico" and "the Red Cross" stay whole however often "new" and "red" stand in lower case)."""
        words = list(NON_SPACE.finditer(match.group(0)))
        # "Guwahati city received 132 mm": a word a place's or a council's noun follows is a name
        placed = len(words) == 1 and words[0].group(0) not in NOT_ENTITIES \
            and words[0].group(0).lower() not in self._lowercase_words and LOWER_ORG_TAIL.match(text, match.end())
        # "Hurricane Laura, which hit ...": a storm's name keeps its prefix however often "hurricane" is written
        placed = placed or bool(self.patterns.prefixed_event.match(match.group(0)))
        # "Lake Castellan, the reservoir ...", "Mount Lewo erupted": a feature's noun before its name is part of it
        placed = placed or len(words) > 1 and words[0].group(0) in PLACE_PREFIXES
        # "Italy were second", "New Zealand reported 12 cases": a country's or a state's name opening a sentence
        # (a one-word name the article also writes in lower case, "Turkey" and "turkey", is a word)
        # (nor a place that only modifies a noun before a name: "Ohio hospital operator Meridian Valley Health")
        place = place_words([POSSESSIVE.sub("", w.group(0)) for w in words]) \
            if words and not placed and (PLACE_VERB_AFTER.match(text, match.end()) or POSSESSIVE.search(words[-1].group(0))) \
            else 0
        placed = placed or place > 1 or place == 1 and words[0].group(0).lower() not in self._lowercase_words
        while words and not placed and (
                words[0].group(0) in NOT_ENTITIES or
                (self._common_word(text, match.start() + words[0].start()) and
                 (len(words) == 1 or _opens_sentence(text, match.start() + words[0].start())
                  and words[0].group(0).lower() in self._lowercase_words
                  and words[0].group(0) not in self._mid_sentence_names))):
            words.pop(0)
        while words and words[0].group(0) in ("of", "for", "and", "de", "the", "&"):
            words.pop(0)  # "Shares of the Bellevue ...": what is left after a first word that is no name
        titled = [i for i, w in enumerate(words) if w.group(0).rstrip(".") in self.patterns.title_words]
        if titled:  # "the Social Democrats of Prime Minister Ilse Varna": the party, not its leader;
            # "Bank of England Governor Andrew Bailey": the bank, named before its officer's title
            first = titled[0]
            while first > 0 and words[first - 1].group(0) in TITLE_MODIFIERS:
                first -= 1
            cut = first - 1 if first > 1 and words[first - 1].group(0) in ("of", "for") else first
            words = words[:cut]
            if len(words) == 1 and DEMONYM_ADJECTIVE.fullmatch(words[0].group(0)):
                words = []  # "Spanish Prime Minister Pedro Sánchez": whose minister, no subject
        owners = [i for i, w in enumerate(words[:-1]) if POSSESSIVE.search(w.group(0))]
        if owners and owners[-1] >= 1:  # "Ilse Varna's Social Democrats": the party, not its leader's name
            words = words[owners[-1] + 1:]
        while words and words[-1].group(0) in ("of", "for", "and", "de", "the", "&"):
            words.pop()
        if not words:
            return None
        start, end = match.start() + words[0].start(), match.start() + words[-1].end()
        name = text[start:end]
        if name.endswith(("'s", "’s")):  # "Turkey's third-largest city": the name is Turkey
            end -= 2
            name = name[:-2]
        if _speaker(text, start, end):
            return None  # "according to West Midlands Police": who says it, not what it is about
        if name in NOT_ENTITIES or INITIAL.fullmatch(name):
            return None
        return start, end

    def _as_written_elsewhere(self, name: str) -> str:
        """A dateline's "TBILISI" is the "Tbilisi" the article writes elsewhere."""
        if name.isupper() and len(name) > 5 and name.title() in self._mid_sentence_names:
            return name.title()
        return name

    def _common_word(self, text: str, position: int) -> bool:
        """A capitalised word that is no name: written in lower case elsewhere in the article
        ("About"), or only ever capitalised at the start of a sentence ("Floods", "Officials")."""
        word = WORD_AT.match(text, position)
        if not word or word.group(0).isupper():
            return False
        bare = POSSESSIVE.sub("", word.group(0))
        if bare.lower() in self._lowercase_words:
            return True
        if bare != word.group(0) and bare not in NOT_ENTITIES and bare.lower() not in COMMON_OWNERS:
            return False  # "Andalusia's reservoirs" opening a sentence: a name ("People's savings" is none)
        return _opens_sentence(text, position) and word.group(0) not in self._mid_sentence_names


# "Norvane's data-center segment generated $3.9 billion": the figure is the part's, not the whole's
_PART_NOUNS = r"(?:segment|division|unit|arm|subsidiary|branch|wing|affiliate|business|operations)"
PART_OF = re.compile(rf"(?:['’]s|(?<=s)['’])\s+((?:[a-z][\w-]*\s+){{1,3}}{_PART_NOUNS})\b")
# "..., while the enterprise segment brought in $2.7 billion": a part the sentence does not name the owner of
UNNAMED_PART = re.compile(rf"\b(?:the|its|their)\s+((?:[a-z][\w-]*\s+){{1,3}}{_PART_NOUNS})(?:\s+[a-z]+){{0,3}}\s*$")
PART_SUFFIX = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{1,3}}{_PART_NOUNS}$")


PART_READ = 120  # characters before a figure that can hold "the <three words> segment <three words>"


def unnamed_part(text: str, anchor: int) -> str:
    """The part named just before a figure without its owner ("enterprise segment"), or ""."""
    part = UNNAMED_PART.search(text, max(0, anchor - PART_READ), anchor)
    return part.group(1) if part else ""


def whole_of(subject: str) -> str:
    """The owner of a part ("Norvane data-center segment" -> "Norvane"); a whole is its own."""
    return PART_SUFFIX.sub("", subject)


def _part_named(text: str, chosen: Candidate, anchor: int) -> str:
    """The chosen name, or the part of it the sentence names before the figure ("Norvane
    data-center segment"; "..., while the enterprise segment brought in" the nearer part), so
    a segment's figure is never compared with the whole's.  A part holds to the next comma."""
    unnamed = unnamed_part(text, anchor)
    if unnamed:
        return f"{chosen.name} {unnamed}"
    part = PART_OF.match(text, chosen.end)
    if part and part.end() <= anchor and not any(mark in text[part.end():anchor] for mark in ",;"):
        return f"{chosen.name} {part.group(1)}"
    return chosen.name


def economy_named(text: str, candidates: list[Candidate]) -> str:
    """"GDP" when a share in the sentence is of it and the figure has no other subject (a
    story's second reference, "The deficit reached 5.8% of GDP"): what outlets compare it by."""
    return next((c.name for c in candidates if _economy_base(text, c)), "")


def _economy_base(text: str, candidate: Candidate) -> bool:
    """"135% of GDP": the economy a share is measured against, no subject of anything."""
    return bool(ECONOMY.fullmatch(candidate.name)
                and OF_BEFORE.search(text, max(0, candidate.start - 12), candidate.start))


def _opens_sentence(text: str, position: int) -> bool:
    """Does the word at `position` open its sentence (or a quote, or the story after a dateline)?"""
    before = text[:position].rstrip()
    return (not before or before[-1:] in "\"“‘'(:" or
            (before[-1:] in "—–-" and DATELINE.match(text) is not None
             and DATELINE.match(text).end() >= len(before)))  # "BELGRADE (AP) — Tens of"


def choose_subject(text: str, anchor: int, end: int, candidates: list[Candidate], fallback: str) -> str:
    """The candidate a figure is about; `fallback` (the noun phrase) when there is none."""
    chosen = _choose(text, anchor, end, candidates)
    return chosen.name if chosen is not None else fallback


def _choose(text: str, anchor: int, end: int, candidates: list[Candidate]) -> Candidate | None:
    """A name the figure is "of", else the strongest nearest before it in its clause, else
    one after it ("died in the Eaton fire in Altadena")."""
    candidates = [c for c in candidates if not _economy_base(text, c)]
    if not candidates:
        return None
    of_phrase = OF_PHRASE_AFTER.match(text, end)
    if of_phrase:
        after = of_phrase.end()
        direct = [c for c in candidates if c.start <= after + 1 and c.end > after]
        if direct:
            return max(direct, key=lambda c: c.strength)
    clause_start = _clause_start(text, anchor)
    if ", " in text[:anchor]:  # "The Archive, which has counted protests in Belgrade since 2021, put it at 275,000"
        asides = [m.span() for m in RELATIVE_ASIDE.finditer(text, 0, anchor) if not m.start() <= anchor < m.end()]
        candidates = [c for c in candidates if not _overlaps((c.start, c.end), asides)] or candidates
        places = [m.span() for m in PARTICIPLE_ASIDE.finditer(text, 0, anchor) if not m.start() <= anchor < m.end()]
        candidates = [c for c in candidates if not _overlaps((c.start, c.end), places)]
        named = [m.span() for m in NAME_APPOSITIVE.finditer(text, 0, anchor)
                 if any(c.end == m.start() for c in candidates)]
        candidates = [c for c in candidates if not _overlaps((c.start, c.end), named)] or candidates
        if not candidates:
            return None
    before = [c for c in candidates if c.end <= anchor and c.start >= clause_start]
    if not before:
        before = [c for c in candidates if c.end <= anchor]
    if before:
        strongest = max(c.strength for c in before)
        return max((c for c in before if c.strength == strongest), key=lambda c: c.end)
    inside = [c for c in candidates if anchor < c.start and c.end <= end]  # "people in X were evacuated"
    if inside:
        return max(inside, key=lambda c: c.strength)
    after = [c for c in candidates if c.start >= end and c.start - end <= 60
             and not CLAUSE_PUNCTUATION.search(text, end, c.start)]
    if after:  # "died in the Eaton fire in Altadena": a place after "in" is where it happened
        return min(after, key=lambda c: (-c.strength, not LOCATIVE.search(text[:c.start]), c.start))
    return None


# a relative clause the figure is in, after the name it tells of: "the strongest storm since Ida, which
# left 107 people dead", "since Ida in 2021, which was blamed for more than 100 deaths" (not one telling
# what the name said: "The Red Cross, which said 40 people had died, ...")
RELATIVE_CLAUSE_BEFORE = re.compile(r",\s+(?:which|who)\s+(?!(?:has\s+|had\s+)?(?:said|says|reported|estimated|told|"
                                    r"confirmed|announced|counted|put|puts|cited|recorded)\b)[^,;:()—]*$")
ANTECEDENT_GAP = re.compile(r"(?:\s+(?:in|of)\s+(?:1[5-9]|20)\d\d)?")


def _relative_antecedent(text: str, anchor: int, candidates: list[Candidate]) -> Candidate | None:
    """The name a relative clause holding the figure tells of, if it ends right before it."""
    clause = RELATIVE_CLAUSE_BEFORE.search(text, max(0, anchor - 120), anchor)
    if not clause:
        return None
    return next((c for c in candidates if c.end <= clause.start()
                 and ANTECEDENT_GAP.fullmatch(text, c.end, clause.start())), None)


# an aside about a name, before what the sentence says of it: "The Archive, which has counted
# protests since 2021, put it at ..."; a participle's ("Lumatic, founded in 2011 and based in Denver,
# has 4,300 staff") names only where or when the name is, never the figure's subject
RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;]*,")
# an appositive right after a name, then what the sentence says of the name: "Lake Castellan, the largest
# reservoir on the upper Santa Rita River, has fallen to 23%" is the lake's
NAME_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+[^,;:()\d]{3,80},(?=\s+(?:(?:has|have|had|is|was|are|were|now|also|"
                        r"still)\s+)?[a-z]+)")
PARTICIPLE_ASIDE = re.compile(r",\s+(?:founded|based|headquartered|established|formed|created|owned|listed|"
                              r"incorporated)\b[^,;]*,")


def _clause_start(text: str, anchor: int) -> int:
    """Where the figure's clause starts: after ";", "—", or ", and Japan ..." (a new subject)."""
    cut = max(text.rfind(";", 0, anchor), text.rfind(". ", 0, anchor), text.rfind("—", 0, anchor))
    joins = [m.end() for m in CLAUSE_JOIN.finditer(text, 0, anchor)]
    return max(cut + 1 if cut >= 0 else 0, joins[-1] if joins else 0)


def describe_event(text: str, start: int, end: int) -> str:
    """A short description of what a date dates: the words of its clause nearest to it."""
    breaks = _clause_breaks(text)
    clause_start = max([b_end for _, b_end in breaks if b_end <= start] or [0])
    clause_end = min([b_start for b_start, _ in breaks if b_start >= end] or [len(text)])
    before = _tokens(text[clause_start:start])
    after = _tokens(text[end:clause_end])
    if THE_BEFORE.search(text, 0, start) and LOWER_WORD_AFTER.match(text, end):
        head = _strip_function_words(after[:3])  # "the 1998-1999 conflict", "the 2022 elections"
        cut = next((i for i, w in enumerate(head) if w.lower() in STOPWORDS), len(head))
        if head[:cut]:
            return " ".join(head[:cut])
    named = _named_before_aside(text, breaks, clause_start)
    if named:  # "The Marisol Star, carrying 600,000 barrels of crude, ran aground on Monday": the ship ran aground
        before = named + before
    before = _strip_function_words(before[-7:])
    after = _strip_function_words(after[:6])
    words = before if len(before) >= 2 else (before + after if before else after)
    if len(words) < 2:  # "In May, our troops were attacked": the main clause says what happened
        rest = SENTENCE_PUNCTUATION.split(text[end:], 1)[0]
        words = _strip_function_words(_tokens(rest)[:7])
    return " ".join(words)[:80] or text[start:end]


# an aside between a name and what it did: ", carrying ...,", ", which ...,", ", a Liberian-flagged tanker,"
ASIDE_OPEN = re.compile(r",\s+(?:carrying|which|who|whose|with|having|owned|operated|based|built|a|an|its|their)\b")


def _named_before_aside(text: str, breaks: tuple[tuple[int, int], ...], clause_start: int) -> list[str]:
    """The name a clause's verb tells of across an aside, when the clause opens right after the
    aside's closing comma and a short name (one to four words, one capitalised) stands before the aside."""
    closing = [i for i, (b_start, b_end) in enumerate(breaks) if b_end == clause_start]
    if not closing or closing[0] < 1 or text[breaks[closing[0]][0]] != ",":
        return []
    opening = breaks[closing[0] - 1]
    if not ASIDE_OPEN.match(text, opening[0]):
        return []
    start = breaks[closing[0] - 2][1] if closing[0] >= 2 else 0
    words = _strip_function_words(_tokens(text[start:opening[0]]))
    return words if 1 <= len(words) <= 4 and any(w[:1].isupper() for w in words) else []


@lru_cache(maxsize=4096)
def _clause_breaks(text: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence's clauses break, once per sentence (every date in it asks)."""
    return tuple(b.span() for b in CLAUSE_BREAK.finditer(text))


def _tokens(text: str) -> list[str]:
    """Words with their inner punctuation kept ("£3.5bn", "50,000"), outer stripped."""
    return [w for w in (t.strip("\"'“”‘’()[],.;:!?") for t in text.split()) if w and w not in ("-", "–", "—")]


def _strip_function_words(words: list[str]) -> list[str]:
    edges = STOPWORDS | {"on", "in", "at", "since", "until", "by", "during", "said", "that"}
    while words and words[0].lower() in edges and not (words[0].lower() == "another" and len(words) > 1):
        words = words[1:]
    while words and words[-1].lower() in edges:
        words = words[:-1]
    return words


# Verbs news uses for one happening, as the stems event_keywords cuts: a fire that "broke
# out" on Saturday in one outlet and "ignited" on Sunday in another is one start, twice dated.
# Each adds its class (marked "~") beside its own stem, so a class alone never makes two
# descriptions alike (dated_events asks for two shared words besides it).  Not "hit" or
# "struck" (strikes repeat), nor "launched" (products and attacks are launched).
SAME_HAPPENING = {stem: "~began" for stem in ("begin", "begun", "began", "begins", "starte", "starts", "broke",
                                               "ignite", "erupte", "erupts", "sparke")} | \
    {stem: "~founded" for stem in ("founde", "establ")}


def event_keywords(description: str) -> frozenset[str]:
    """Content words of an event description, cut to a stem (with the class of a verb of
    one happening beside it), for matching across sources."""
    stems = {w.lower()[:6] for w in re.findall(r"[\w'-]+", description)
             if w.lower() not in STOPWORDS and len(w) > 2 and not w[0].isdigit()}  # not "11:30pm"
    return frozenset(stems | {SAME_HAPPENING[stem] for stem in stems if stem in SAME_HAPPENING})


@lru_cache(maxsize=4096)
def _is_acronym(form: str) -> bool:
    """"FEMA", "UN", "U.S." match only as written; "us" is a pronoun."""
    return bool(ACRONYM_FORM.fullmatch(form))


def _alternation(words: list[str], flags: int) -> re.Pattern | None:
    if not words:
        return None
    return re.compile(r"(?<![\w-])" + alternation(words, ignore_case=bool(flags & re.IGNORECASE)) + r"(?![\w$-])",
                      flags)  # not "US$"


def _speaker(text: str, start: int, end: int) -> bool:
    """The name at start..end says the figure ("according to ...", "... said"), unless it
    speaks of itself ("... said it had lost 40 jobs")."""
    said = ATTRIBUTION_AFTER.match(text, end)
    return bool(ATTRIBUTION_BEFORE.search(text[:start]) or (said and not SPEAKS_OF_ITSELF.match(text, said.end())))


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


# --- the story a document tells, and the filters that keep non-subjects out --------------

@dataclass(frozen=True)
class Patterns:
    """Regexes compiled from a lexicon ([subjects.*], [names.*] of the merged Config)."""

    event_word: re.Pattern
    event_name: re.Pattern
    prefixed_event: re.Pattern
    title_words: frozenset[str]


@lru_cache(maxsize=16)
def patterns(lexicon: Lexicon) -> Patterns:
    """Compiled once per vocabulary: lexicons hash and compare by their digest."""
    heads = "|".join(sorted((re.escape(h) + "|" + re.escape(h.lower()) for h in lexicon.event_heads),
                            key=len, reverse=True))
    prefixes = "|".join(re.escape(p) for p in sorted(lexicon.event_prefixes, key=len, reverse=True))
    return Patterns(
        event_word=re.compile(r"\b" + alternation(lexicon.event_words, ignore_case=True) + r"\b", re.IGNORECASE),
        event_name=re.compile(rf"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)\s+(?P<head>{heads})\b"),
        # "Hurricane Delphine", not "the National Hurricane Center" nor "Storm Prediction Center"
        prefixed_event=re.compile(rf"\b(?:{prefixes})\s+(?!{INSTITUTION_WORDS}\b)[A-Z][a-z]+\b"),
        title_words=frozenset(t.rstrip(".") for t in lexicon.titles if " " not in t) | TITLE_WORDS,
    )


# the words that make "Hurricane" part of an institution's name: "Hurricane Center", "Storm Prediction Center"
INSTITUTION_WORDS = r"(?:Center|Centre|Prediction|Season|Warning|Watch|Hunters|Relief|Fund|Office|Service|Agency)"
DEFINITE_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s)\s+$")
YEAR_BEFORE = re.compile(r"\b(?:1[5-9]|20)\d\d\s+$|\b(?:last|previous|earlier)\s+(?:year|month)['’]s\s+$")
YEAR_AFTER = re.compile(r",?\s+(?:in|of)\s+(?:1[5-9]|20)\d\d\b")  # "the Bootleg Fire in 2021": history
NOT_FIRE_SENSE = re.compile(r"\b(?:open(?:s|ed|ing)?|under|return(?:s|ed|ing)?|cease)\s*$", re.IGNORECASE)
DATELINE = re.compile(r"^(?:[A-Z][A-Z .'’-]{2,}(?:,\s*[^—–()\n]{0,50}?)?(?:\s*\([^)]{1,20}\))?\s*[—–-]+\s"
                      r"|[^()\n]{0,60}?\([A-Za-z .]{1,20}\)\s*[—–-]+\s"
                      r"|[A-Z][A-Z.'’-]{2,}(?:\s[A-Z][A-Z.'’-]+){0,2}:\s)")  # the wire's "CAIRO:", "NEW DELHI:"
DISTANCE_BEFORE = re.compile(
    r"(?:\b(?:miles?|mi|km|kilomet(?:re|er)s?|metres?|meters?|feet|ft|yards?)\b\)?(?:\s*\([^)]*\))?\s+"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|inland|offshore|away|"
    r"up(?:stream)?|down(?:stream)?)\s+)?(?:of|from)"
    r"|\bsize\s+of|\b(?:larger|bigger|smaller|greater|wider|longer|more|less)\s+than|\bas\s+(?:big|large|small)\s+as)"
    r"\s+(?:the\s+)?(?:(?:town|city|village|municipality|island|coast|capital)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE)
# a firm's home town before the firm: "the Austin company", "the Austin, Texas-based maker"
COMPANY_AFTER_HOME = re.compile(r"(?:,\s+[A-Z][\w.]*)?(?:-based)?\s+(?:[a-z][\w-]*\s+)?(?:company|firm|maker|group|"
                                r"bank|lender|insurer|retailer|carrier|airline|start-?up|manufacturer|chipmaker|"
                                r"automaker|carmaker|giant|conglomerate|operator|developer|producer|supplier|"
                                r"business|brand|chain|utility)\b")
ROAD_NUMBER_AFTER = re.compile(r"\s+\d")
ORGANISATION_TAIL = re.compile(rf"(?:\s+(?:of|for|and|de|&)\s+(?:the\s+)?{CAPITALISED}|\s+{CAPITALISED})+")
POSSESSIVE = re.compile(r"['’]s$")
LOWER_ORG_TAIL = re.compile(r"(?:\s+(?:city|county|borough|district|town|parish))?\s+councils?\b|\s+(?:county|city)\b(?!\s+of\b)")
ADJECTIVE_WORD = re.compile(r"\w-(?:led|run|controlled|backed|based|owned|born|style|era)$")
CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=[A-Z])")
AFTER_LOCATIVE = re.compile(r"[^,;:()\-–—]{0,30}?\b(?:in|at|near|across|throughout)\s+(?:the\s+)?(?:\w+\s+of\s+(?:the\s+)?)?")
TALLY_IN = re.compile(r"\b(?:toll|tally|count|number\s+of\s+[\w-]+)\s+(?:in|across|throughout)\s+(?:the\s+)?$",
                      re.IGNORECASE)
SCOPE_LOCATIVE = re.compile(r"\b(?:in|at|near|across|throughout)\s+$")
DEMONYM = re.compile(r"[A-Z][a-z]+(?:ians|eans|ans|ese|ards|ites)")
# a nationality adjective: "Serbian", "Chinese", "Turkish", "Mexican", "Kenyan", "Cuban", "German"
DEMONYM_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ican|yan|uban|rman|lan)")
# a lower-case noun right after it, not a verb ("Brian said"): the capitalised word modifies it
MODIFIED_NOUN = re.compile(r"\s+(?!(?:said|says|told|has|have|had|is|was|were|are|will|would|and|or|of|in|on|at|to)\b)"
                           r"[a-z][\w-]*")
# common nouns, then the name they describe: "(US) healthcare group Stellan"
APPOSED_NAME = re.compile(r"(?:\s+(?!(?:in|on|at|of|to|for|from|and|or|with|by|said|says|has|have|had|is|was|were|are|"
                          r"will|would)\b)[a-z][\w-]*){1,3}\s+[A-Z][a-z]")
# "In Davao Oriental province, ...", "In neighbouring Pakistan, ...": the sentence's place
OPENING_LOCATIVE = re.compile(r"\s*(?:In|At|Near)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent|"
                              r"northern|southern|eastern|western|central|north-?eastern|north-?western|"
                              r"south-?eastern|south-?western)\s+)?$")
HISTORICAL = re.compile(r"\b(?:\w+\s+(?:years?|decades?|months?)\s+(?:ago|earlier|after|before)|last\s+year|"
                        r"previous|(?:past|last)\s+(?:\w+\s+)?(?:years?|decades?)|in\s+history|"
                        r"last\s+(?:major|big|deadly|similar|such))\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def normalise_subject(name: str, lexicon: Lexicon) -> str:
    """One spelling of a subject: no leading "the", no possessive, an event head capitalised
    ("the Ridge fire" -> "Ridge Fire"), so outlets' house styles match."""
    name = LEADING_THE.sub("", name.strip())
    name = TRAILING_POSSESSIVE.sub("", name)
    name = LEGAL_FORM.sub("", name) or name  # "Norvane Systems Inc." is Norvane Systems
    if patterns(lexicon).event_name.fullmatch(name) or LOWER_ORG_TAIL.search(" " + name.split(" ", 1)[-1]):
        name = " ".join(w[:1].upper() + w[1:] if w.islower() and w not in ("of", "and", "de", "del") else w
                        for w in name.split())
        words = name.split()
        if len(words) > 1 and words[-1] in lexicon.event_head_forms:  # "Sagebrush Creek Wildfire": its Fire
            name = " ".join(words[:-1] + [lexicon.event_head_forms[words[-1]]])
    return name


def story_event(title: str, body: str, lexicon: Lexicon) -> str:
    """The event a story is about: its proper name when it has one ("Ridge Fire", "Hurricane
    Helene"), else the kind of event its title (or lead) names ("earthquake"), else "".

    A name counts where it is written as one ("the Ridge fire", "California's Ridge Fire"),
    not after a year ("the 2018 Camp Fire" is history); the title weighs most.
    """
    kind = _event_kind(title or headline(body), lexicon)
    named = _event_names(title, body, kind, lexicon)
    return named or kind


def headline(body: str) -> str:
    """An untitled text's first line when it reads as a headline (short, no full stop)."""
    first = body.strip().split("\n", 1)[0].strip()
    return first if first and len(first.split()) <= 20 and not first.endswith((".", "!", "?", '"', "”")) else ""


def _event_kinds(text: str, lexicon: Lexicon):
    """The kinds of event a text names, in order ("opened fire" names no fire)."""
    for match in patterns(lexicon).event_word.finditer(text):
        if match.group(0).lower() in ("fire", "fires") and NOT_FIRE_SENSE.search(text[:match.start()]):
            continue
        if text[match.start() - 1:match.start()] == "-":
            continue  # "pre-pandemic levels", "post-war": a time named by the event, not the event
        yield lexicon.event_words[match.group(0).lower()]


def _event_kind(text: str, lexicon: Lexicon) -> str:
    """The first kind of event a text names: "Strong quake kills 14" -> "earthquake"."""
    return next(_event_kinds(text, lexicon), "")


def _recurring_event_kind(body: str, lexicon: Lexicon) -> str:
    """The kind of event a body names at least twice, the first of them on a tie."""
    counts = Counter(_event_kinds(body, lexicon))
    best = max(counts.items(), key=lambda kv: kv[1], default=("", 0))  # max keeps the first on a tie
    return best[0] if best[1] >= 2 else ""


def _event_names(title: str, body: str, kind: str, lexicon: Lexicon) -> str:
    pats = patterns(lexicon)
    lead_end = body.find("\n\n", len(body) - len(body.lstrip()))
    scores: dict[str, int] = {}
    first: dict[str, int] = {}  # where each name is first written: of two told as often, the first leads
    for match in pats.event_name.finditer(body):
        name, start = match.group("name"), match.start()
        if name.startswith("The "):
            name, start = name[4:], start + 4
        before = body[max(0, start - 30):start]
        if YEAR_BEFORE.search(before) or not DEFINITE_BEFORE.search(before) or YEAR_AFTER.match(body, match.end()):
            continue  # "Cal Fire said": an agency; "the 2018 Camp Fire", "the Camp Fire in 2018": history
        key = normalise_subject(f"{name} {match.group('head')}", lexicon)
        scores[key] = scores.get(key, 0) + (2 if 0 <= lead_end and start < lead_end else 1)
        first.setdefault(key, start)
    for match in pats.prefixed_event.finditer(title + "\n" + body):
        scores[match.group(0)] = scores.get(match.group(0), 0) + 2
    for key in scores:
        if key.lower() in title.lower():
            scores[key] += 3
        elif pats.prefixed_event.fullmatch(key):  # "Delphine weakens ...": the storm's own name
            name = key.split()[-1]
            named = re.compile(rf"\b{re.escape(name)}\b")
            scores[key] += 3 * bool(named.search(title)) + len(named.findall(body)) // 2
    best = max(scores.items(), key=lambda kv: (kv[1], -first.get(kv[0], len(body)), -len(kv[0])), default=None)
    if best and (best[1] >= 2 or kind and _event_kind(best[0], lexicon) == kind):  # one mention names the title's fire
        return best[0]
    return ""


def story_entity(title: str, body: str, lexicon: Lexicon) -> str:
    """The organisation or place a story is about when it is no event: the title's name the
    body mentions most ("Bristol" -> the body's "Bristol City Council"), else ""."""
    best, count = "", 0
    title = title or headline(body)
    label = LABEL_OPENING.match(title)  # "Live: Harland Valley blackout - latest updates"
    for name in _title_names(title[label.end():] if label else title, body):
        if name in lexicon.not_subjects or _plural_opening_sentences(name, body):
            continue
        heads = _names_by_head(body, lexicon).get(name.lower(), set())
        if len(heads) == 1:  # "Council approves budget": the one council the article names
            name = next(iter(heads))
        elif re.search(rf"\b{re.escape(name.lower())}\b", body):
            continue  # a common noun written in lower case in the text: no name
        seen = len(re.findall(rf"\b{re.escape(name)}\b", body))
        if seen > count:
            best, count = name, seen
    if not best:
        return ""
    return fuller_form(best, body, lexicon)


def _plural_opening_sentences(name: str, body: str) -> bool:
    """"Rescuers race to reach trapped miners": a plural the body capitalises only where
    it opens a sentence is a common noun ("Rescuers worked through the night"), no name."""
    return (" " not in name and name.endswith("s") and not name.isupper()
            and not re.search(rf"(?<=[\w,;] ){re.escape(name)}\b", body))


def fuller_form(name: str, text: str, lexicon: Lexicon) -> str:
    """The name as the article gives it in full: its place's council ("Bristol" -> "Bristol
    City Council"), else, for one word, its firm ("Norvane" -> "Norvane Systems")."""
    council = council_form(name, text, lexicon)
    return company_form(name, text, lexicon) if council == name and " " not in name else council


def _title_names(title: str, body: str):
    """The names a title holds: each run of capitalised words, or in a title-case headline
    ("Norvane Posts Sales Gain, Plans Layoffs") the longest first words of a run that the
    body writes capitalised ("Norvane")."""
    for match in ENTITY.finditer(title):
        words = [w for w in re.sub(r"['’]s\b", "", match.group(0)).split() if w not in NOT_ENTITIES]
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            if size == 1 or re.search(rf"\b{re.escape(name)}\b", body):
                if name:
                    yield name
                break


def company_form(name: str, text: str, lexicon: Lexicon) -> str:
    """The firm a bare first word stands for ("Norvane" -> "Norvane Systems"), when the
    article names exactly one firm that starts with it; else the name as it is."""
    firms = {normalise_subject(written, lexicon) for written in
             (POSSESSIVE.sub("", found) for found in _name_then(name, FIRM_AFTER_NAME, text))  # "Brightwater
             if lexicon.is_company_head(written.split()[-1].rstrip("."))}  # Semiconductor's decision" names it
    firms.discard(name)
    if len(firms) != 1:
        return name
    firm = next(iter(firms))
    # the firm is named in full the first time, or in the sentence that first names it ("Norvane
    # will cut 4,000 jobs, Norvane Systems Inc. said"); a name first used alone, sentences
    # before the firm, is its own ("Vietnam attracted ... Vietnam Airlines flight VN 300")
    first, full = text.find(name), text.find(firm)
    return firm if not SENTENCE_END.search(text, first, full) else name


SENTENCE_END = re.compile(r"[.!?]\s")
FIRM_AFTER_NAME = re.compile(r"(?:\s+[A-Z][\w&'’-]*\.?){1,3}")
COUNCIL_AFTER_NAME = re.compile(r"(?:\s+(?:[Cc]ity|[Cc]ounty|[Bb]orough|[Dd]istrict|[Tt]own))?\s+[Cc]ouncil\b")


def _name_then(name: str, after: re.Pattern, text: str):
    """Each `name` that starts a word in `text` and runs on into `after`, as written, left to
    right without overlaps (as re.finditer would find `\bname` + `after`): found by str.find,
    so a document read for each of its names is not scanned by a new pattern each time."""
    if not name[:1].isalnum():  # "\b" before a sign means something else: the pattern itself
        yield from (m.group(0) for m in re.finditer(rf"\b{re.escape(name)}(?:{after.pattern})", text))
        return
    position = text.find(name)
    while position >= 0:
        before = text[position - 1] if position else " "
        tail = None if before.isalnum() or before == "_" else after.match(text, position + len(name))
        if tail:
            yield text[position:tail.end()]
        position = text.find(name, tail.end() if tail else position + 1)


def council_form(name: str, text: str, lexicon: Lexicon) -> str:
    """The fuller name an article gives a place's council ("Bristol" -> "Bristol City
    Council", also from "Bristol city council"), when it gives exactly one."""
    if "ouncil" not in text:  # most articles name no council: no pattern to build and run
        return name
    forms = {normalise_subject(written, lexicon) for written in _name_then(name, COUNCIL_AFTER_NAME, text)}
    return forms.pop() if len(forms) == 1 else name


def is_event_name(name: str, lexicon: Lexicon) -> bool:
    """"Camp Fire", "Hurricane Helene": a named event, not a place or an organisation."""
    pats = patterns(lexicon)
    return bool(pats.event_name.fullmatch(name) or pats.prefixed_event.fullmatch(name))


def is_historical(text: str) -> bool:
    """Words that put a figure in an earlier event: "two years after", "last year", "the past
    five years" (dates are weighed by the figure's as-of date)."""
    return bool(HISTORICAL.search(text))


def in_quote(text: str, position: int) -> bool:
    """Inside a direct quotation: a speaker's own words about their street, not the story's toll."""
    before = text[:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def local_scope(text: str, anchor: int, end: int, candidates: list[Candidate], lexicon: Lexicon | None = None,
                story_kind: str = "") -> Candidate | None:
    """A place a figure is explicitly scoped to: "killed three people in Concow", "In Davao
    Oriental province, ... killing two", "in Lingig, where a landslide buried 11 houses"."""
    for c in candidates:
        if c.start >= end and AFTER_LOCATIVE.fullmatch(text[end:c.start]) and not (
                story_kind and patterns(lexicon).event_word.search(text, end, c.start)):
            return c  # not "detained 48 after clashes at a protest in Tirana": where the story happened
        if anchor < c.start and c.end <= end and SCOPE_LOCATIVE.search(text[:c.start]):
            return c  # "the death toll from the floods in Derna rose to 85"
    for c in candidates:
        if c.end > anchor:
            continue
        # "the death toll in Texas remains at one": that place's toll, not the story's (but in
        # "the death toll in the Assam floods" the place names the event)
        if TALLY_IN.search(text, 0, c.start) and not CLAUSE_PUNCTUATION.search(text, c.end, anchor) \
                and not (lexicon and patterns(lexicon).event_word.match(text, c.end + 1)):
            return c
        if NEIGHBOURING.search(text, max(0, c.start - 14), c.start):
            return c  # "elections in neighbouring Eastmark saw turnout of 55.8%": another place's
        if OPENING_LOCATIVE.fullmatch(text[:c.start]) or (
                LOCATIVE.search(text[:c.start]) and re.match(r"[^,]{0,30},\s+where\b", text[c.end:anchor])):
            return c
    return None


NEIGHBOURING = re.compile(r"\b(?:neighbou?ring|nearby|adjacent)\s+$", re.IGNORECASE)
DEFINITE_NOUN = re.compile(r"\b[Tt]he\s+(council|county|agency|union|authority|ministry|railway|utility|"
                           r"fire|blaze|wildfire|quake|earthquake|storm|hurricane|typhoon|flood|flooding|outbreak|"
                           r"explosion|blast|crash|attack)\b"
                           r"(?!\s+(?:season|seasons|services?|departments?|brigades?|crews?|stations?|risk|danger))")


NAME_WITH_HEAD = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,4}(?:Council|County|Agency|Union|Authority|Ministry|"
                            r"Railway|Utility)\b|\b[A-Z][\w'’-]+(?:\s+(?:city|county|borough|district))?\s+council\b")
LEADING_FUNCTION_WORD = re.compile(r"^(?:The|In|At|On|For|From|By)\s+")


@lru_cache(maxsize=8)
def _names_by_head(text: str, lexicon: Lexicon) -> MappingProxyType[str, frozenset[str]]:
    """Capitalised names by their last word, lower case: {"council": {"Bristol City Council"}}.
    Read once per document (the story's entity and the subject finder both ask), so read-only."""
    out: dict[str, set[str]] = {}
    for match in NAME_WITH_HEAD.finditer(text):
        name = normalise_subject(LEADING_FUNCTION_WORD.sub("", match.group(0)), lexicon)
        if ADJECTIVE_WORD.search(name.split()[0]) or not name[:1].isupper() or len(name.split()) < 2:
            continue
        out.setdefault(name.split()[-1].lower(), set()).add(name)
    return MappingProxyType({head: frozenset(names) for head, names in out.items()})


# "Since the start of the fire season on April 1, fires have burned 112,000 hectares", "27 bodies
# have been recovered since the start of the autumn rains" (a season, not "since the start of
# the year": an outbreak's running total is the outbreak's)
SEASON_SO_FAR = re.compile(r"\bsince\s+the\s+(?:start|beginning|onset)\s+of\s+the\s+(?:[a-z]+\s+)?"
                           r"(?:season|rains|monsoon)\b", re.IGNORECASE)
# What an event did, counted over a season: "burned nationwide so far this year", "in the year
# to date" (not "nationwide" alone: a protest or a strike may be nationwide)
WIDER_SCOPE = re.compile(r"\b(?:so\s+far\s+this\s+(?:year|season|summer|winter)|this\s+(?:year|season)\s+so\s+far|"
                         r"(?:in\s+the\s+)?year\s+to\s+date)\b|" + SEASON_SO_FAR.pattern, re.IGNORECASE)


def wider_scope(text: str, end: int) -> bool:
    """The clause after a figure, or the sentence before it, counts it over a season, more
    than the story's event."""
    after = text[end:end + 80]
    cut = CLAUSE_BREAK.search(after)
    return bool(WIDER_SCOPE.search(after[:cut.start()] if cut else after)) or bool(SEASON_SO_FAR.search(text, 0, end)) \
        or bool(TOLL_THIS_YEAR_BEFORE.search(text, max(0, end - 120), end))


# a toll counted over the year on a route or a region before the figure: "the toll on the central Mediterranean
# this year had now reached at least 1,050 dead" (not "the deadliest this year, killed")
# (a route's or a region's: an outbreak's "3,400 cases since the start of the year and 12 deaths" are its own)
TOLL_THIS_YEAR_BEFORE = re.compile(r"\b(?:toll|deaths|dead|fatalities|arrivals|crossings)\s+(?:on|along|across)\s+"
                                   r"[^.;:]{0,40}?\b(?:this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+)?"
                                   r"year|since\s+January|so\s+far\s+this\s+year)\b[^.;:]{0,40}$", re.IGNORECASE)
