"""A person's name: "Prime Minister Ana Brnabić", "Karin Keller said", "Maia Sandu, the president".

A run of two or three capitalised words reads as a person's name when a title stands
before it ("Sheriff Kory Honea", "Cllr Tom Hayworth"), a reporting verb follows it, a
role follows it after a comma ("Teresito Bacolcol, director of ...").  A country's
"Amos Kiprotich" is not read: "Denmark's Novo Nordisk" and "London's Canary Wharf" look
the same.  Organisations are
no people however they speak: a run whose words include an organisation's head noun
("Cal Fire", "Deutsche Bahn", "American Red Cross", "County Councils Network") is no
name.  A possessive before a name is its organisation ("Unison's Helen Marsh").  Titles,
roles and organisation heads are data (vocabulary.toml [names.*], which a corpus's
checker.toml extends).  Names are claims of kind `name` so the findings can compare
spellings across sources.
"""

from functools import lru_cache

import regex as re

from checker.alternation import alternation
from checker.config import Lexicon
from checker.rulekit import Example, Match

_LOWER_TITLES = ("spokesman spokeswoman spokesperson leader chief minister president mayor governor commander "
                 "envoy director chairman chairwoman sheriff secretary").split()
# "O'Brien", "McAlinden", "MacDonald": a capital inside a surname's prefix
NAME_WORD = r"\p{Lu}(?:['’]\p{Lu}|(?<=M)a?c\p{Lu})?\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?!['’]s\b)"
NAME_RUN = rf"{NAME_WORD}(?:\s+(?:van|von|de|der|al|bin|da|di|le|la)\s+|\s+){NAME_WORD}(?:\s+{NAME_WORD})?(?:\s+(?:Jr|Sr)\.?)?"
NAME = rf"({NAME_RUN})"
SPEECH_VERBS = ("said", "says", "told", "added", "stated", "noted", "announced", "wrote", "warned", "asked", "urged",
                "insisted", "explained", "argued", "confirmed", "remarked", "declared", "concluded", "replied")
# The two readings that need no title or role: "identified as Rosa Delgado", "Karin Keller said"
IDENTIFIED = rf"\b(?:identified|named)\s+(?:him\s+|her\s+|them\s+)?as\s+{NAME}(?![\w'’])"
# not after a preposition: "Jana Nováková, a deputy chair of Civic Renewal, told": she speaks
# ... and "Zdeňka Hrubá of Movement for Moravia said": one of an organisation speaks
SPEAKING = (rf"(?<!\b(?:of|at|for|from|with|in|by)\s+){NAME}(?=,?\s+(?:of\s+(?:the\s+)?(?:\p{{Lu}}[\w'’-]*\s+"
            rf"(?:(?:of|for|and|the)\s+)?){{1,5}},?\s*)?(?:{'|'.join(SPEECH_VERBS)})\b)")

# "..., said Kamrul Hassan Chowdhury, the top official": the speaker after the verb, told apart
# from an organisation by the role after it ("said Human Rights Watch, a New York-based group",
# "said Goldman Sachs, citing its chief economist" are no people)
SAID = r"\b(?:said|says|told|added)\s+"
# "Shahida Begum, 52, a fish trader", "fined Daniel Okafor, 48, $250,000": an age in commas
# follows a person (a medal table's "United States, 40," is ruled out by its words)
AGED = rf"{NAME}(?=,\s+(?:[1-9]\d?|10\d),\s+(?!and\b|or\b)[a-z$£€])|{SAID}{NAME}(?=,\s+(?:[1-9]\d?|10\d)\.?\s*$)"
# '"Growth is strong," said Cormac Halpen of the CSO.', '"We are angry," said Senad Mujkic.', '"...," said
# Senad Mujkic, who heads the union': the speaker of a quote after the verb, ending the sentence or told
# of (a firm ends a sentence "said Goldman Sachs." as often, but is seldom quoted so; an organisation's
# head noun rules one out)
SAID_LAST = rf"(?<=[\"”],?\s{{0,2}}|[,.!?][\"”]\s{{0,2}}){SAID}{NAME}(?=\s*(?:[.!?]?\s*$|\s+of\s+(?:the\s+)?\w|,\s+(?:who|whose)\b))"
# roles only a person holds, for a name whose role is told at a named place ("Lumatic's chief executive")
PERSONAL_ROLES = (r"(?:chief\s+executive|chief\s+financial\s+officer|chief\s+operating\s+officer|ceo|cfo|founder|co-founder|"
                  r"chairman|chairwoman|spokesman|spokeswoman|spokesperson|president|vice\s+president|general\s+secretary|"
                  r"secretary-general|minister|prime\s+minister|finance\s+minister|foreign\s+minister|economist|lawyer|"
                  r"attorney|director)\b")
# words that lead no role after a name's comma: "said Goldman Sachs, citing its chief economist"
NOT_LEAD = r"(?!(?:citing|adding|saying|according|noting|whose|who|which|where|its|his|her|their)\b)"
# those alone, for a sentence with no title or role word: the same matches, read faster
UNTITLED = re.compile(rf"{IDENTIFIED}|{SPEAKING}|{AGED}|{SAID_LAST}")
UNTITLED_CUES = frozenset({"identified", "named", *SPEECH_VERBS})
WORD = re.compile(r"\w+")
# a title written into a name's run ("Captain Rohan Mehta", "Manager Kasper Lindqvist") is no part of it
LEADING_TITLES = frozenset("Mr Mrs Ms Dr Sir Lord Lady Prof General Commander Captain Minister Chancellor Senator "
                           "Governor Mayor President Judge Justice Colonel Major Lieutenant Sergeant Inspector Chief "
                           "Bishop Father Sister Rabbi Imam Sheikh Manager Coach Executive Superintendent Director Officer Dame "
                           "Admiral Rear Vice Brigadier".split())
AGE_IN_COMMAS = re.compile(r",\s\d{1,3},\s")
NOT_NAMES = frozenset(
    "The This That These Those In On At For From With About After Before During Since Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Prime Minister President Secretary General Republic North South "
    "East West Western Eastern Northern Southern Police Force Army Council Union Office Ministry "
    "Government Party Alliance Commission Agency Organization Organisation Department Mr Mrs Ms Dr Sir "
    "Lord Lady Madam Prof General Commander Captain Minister Chancellor Senator Governor Mayor United States "
    "Kingdom Nations Emirates".split()
)


@lru_cache(maxsize=16)
def compiled(lexicon: Lexicon) -> tuple[re.Pattern, frozenset[str]]:
    """The name pattern and the words no name holds, once per vocabulary (titles, roles and
    organisation heads come from the merged Config, so a corpus's checker.toml adds to them)."""
    roles = _alternation({*lexicon.roles, *_LOWER_TITLES})
    titles = _alternation({*lexicon.titles, *_LOWER_TITLES, *lexicon.roles})  # "economist Kristrún Frostadóttir"
    pattern = re.compile(
        # "spokesperson Rear Admiral Armando Balilo": titles in a row
        rf"(?:(?<![\w-])(?:{titles})(?!\w)(?:\s+(?:{titles})(?!\w))*\s+(?:of\s+[A-Z]\w+,?\s+)?(?:[A-Z]\w+\s+)??)"
        rf"{NAME}(?![\w'’])"
        # "the ship's captain, Made Wirathama, 47,", "the captain, identified as Made Wiratama,"
        rf"|(?<![\w-])(?:{titles}),\s+(?:(?:identified|named)\s+as\s+)?{NAME}(?=\s*[,(])"
        # "signed by the chief financial officer, Priya Ramanathan.": the title's holder ends the sentence
        rf"|\b(?:the|its|his|her|their)\s+(?:[a-z][\w'’-]*\s+){{0,3}}(?:{titles}),\s+{NAME}(?=\.?\s*$)"
        rf"|{IDENTIFIED}"
        rf"|{SPEAKING}"
        # "Darren Jones, a Labour member of the committee": a capitalised modifier after an article
        rf"|{NAME}(?=,\s+(?:(?:(?:the|a|an)\s+)?(?:{NOT_LEAD}[a-z][\w-]*\s+){{0,2}}"
        rf"|(?:the|a|an)\s+(?:{NOT_LEAD}[\w'’-]+\s+){{1,2}}"
        # "Rafaela Quintanilha, Lumatic's chief executive, will join": a person's role held at a named
        # place (not "Hong Kong, Singapore's chief rival", "Goldman Sachs, Lumatic's adviser")
        rf"|[A-Z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}(?={PERSONAL_ROLES}))(?:{roles}|{titles})\b)"
        rf"|{SAID}{NAME}(?=,\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:{NOT_LEAD}[\w'’-]+\s+){{0,2}}"
        rf"(?:{roles}|{titles})\b)"
        # "led by Graham Pettigrove, Tallowmere's emergency response superintendent": a leader told
        # apart from a group ("led by Extinction Rebellion, a climate group") by the role after it
        rf"|\bled\s+by\s+{NAME}(?=,\s+(?:the|a|an|his|her|their|its|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){{0,3}}"
        rf"(?:{roles}|{titles})\b)"
        rf"|{AGED}"
        rf"|{SAID_LAST}",
    )
    return pattern, NOT_NAMES | lexicon.organisation_heads


@lru_cache(maxsize=16)
def title_words(lexicon: Lexicon) -> frozenset[str] | None:
    """The longest word of each title and role: the readings that need a title or role
    match only in a sentence holding one of them as a whole word.  None when a title has
    no word to look for (then every sentence may hold one)."""
    words = set()
    for phrase in {*lexicon.roles, *lexicon.titles, *_LOWER_TITLES}:
        parts = WORD.findall(phrase)
        if not parts:
            return None
        words.add(max(parts, key=len))
    return frozenset(words)


def _pattern_for(ctx, lexicon: Lexicon) -> re.Pattern | None:
    """The full pattern when a title or role word stands in the sentence; else the two
    readings without one when a reporting verb, "identified" or "named" does; else none.
    A reading whose words are missing cannot match, so leaving it out changes nothing."""
    words = WORD.findall(ctx.text)
    titles = title_words(lexicon)
    if titles is None or not titles.isdisjoint(words):
        return compiled(lexicon)[0]
    return UNTITLED if not UNTITLED_CUES.isdisjoint(words) or AGE_IN_COMMAS.search(ctx.text) else None


def without_titles(name: str, lexicon: Lexicon) -> str:
    """A name without the titles run into it ("Chief Executive Margaret Ellison" -> Margaret
    Ellison), keeping two words at least."""
    words = name.split()
    while len(words) > 2 and (words[0] in LEADING_TITLES or words[0].lower() in lexicon.titles
                              or words[0].lower() in lexicon.roles):
        words = words[1:]
    return name[len(name) - len(" ".join(words)):] if words else name


def _alternation(words: set[str]) -> str:
    return alternation(words, flexible_space=True)


def find(ctx):
    pattern = _pattern_for(ctx, ctx.config.lexicon)
    if pattern is None:
        return
    not_names = compiled(ctx.config.lexicon)[1]
    for match in pattern.finditer(ctx.text):
        name = next(g for g in match.groups() if g)
        start = match.start() + match.group(0).rindex(name)
        bare = without_titles(name, ctx.config.lexicon)  # "Captain Rohan Mehta": Rohan Mehta
        start, name = start + len(name) - len(bare), bare
        words = [w.rstrip(".") for w in name.split()]
        if any(w in not_names for w in words if w not in ("Jr", "Sr")) \
                or ctx.config.lexicon.is_company_head(words[-1]):
            continue  # "Deutsche Bahn said", "Cal Fire said", "Halvard Microsystems said": an organisation speaks
        yield Match(start, start + len(name), "name", "name", subject=name.rstrip("."))


EXAMPLES = (
    Example("Serbian Prime Minister Miloš Vučević agreed to the plan.",
            ({"kind": "name", "subject": "Miloš Vučević", "surface": "Miloš Vučević"},)),
    Example("Karin Keller said the alliance stands ready.", ({"subject": "Karin Keller"},)),
    Example("Mayor Karen Bass announced the curfew.", ({"subject": "Karen Bass"},)),
    Example("Maia Sandu, the president, welcomed the proposal.", ({"subject": "Maia Sandu"},)),
    Example("Butte County Sheriff Kory Honea said the bodies were found.", ({"subject": "Kory Honea"},)),
    Example("President Ferdinand Marcos Jr. ordered agencies to help.", ({"subject": "Ferdinand Marcos Jr"},)),
    Example("Unison's Helen Marsh said the union would ballot members.", ({"subject": "Helen Marsh"},)),
    Example("Teresito Bacolcol, director of the institute, said aftershocks were likely.",
            ({"subject": "Teresito Bacolcol"},)),
    Example("The ship's captain, Tomas Lindqvist, 52, was questioned.", ({"subject": "Tomas Lindqvist"},)),
    Example("The driver was identified as Rosa Delgado.", ({"subject": "Rosa Delgado"},)),
    Example("The ferry's operator, Red Funnel, cancelled 30 sailings.", (),
            note="near miss: a firm owns and operates as often as a person does"),
    Example("Coast guard spokesperson Rear Admiral Armando Balilo said the ship sank.",
            ({"subject": "Armando Balilo"},)),
    Example("The list was led by 41-year-old economist Ásdís Pétursdóttir.", ({"subject": "Ásdís Pétursdóttir"},)),
    Example("The toll rose to 41, said Kamrul Hassan Chowdhury, the top official in the district.",
            ({"subject": "Kamrul Hassan Chowdhury"},), note="the speaker after the verb, a role after him"),
    Example("Shahida Begum, 52, a fish trader, lost her home.", ({"subject": "Shahida Begum"},),
            note="an age in commas follows a person"),
    Example("Runoff candidate María Elena Quezada, a former finance minister, led the poll.",
            ({"subject": "María Elena Quezada"},), note="a role after a comma, with words before it"),
    Example("\"Growth is strong,\" said Cormac Halpen of the CSO.", ({"subject": "Cormac Halpen"},),
            note="the speaker after the verb, ending the sentence or of a named body"),
    Example("\"We are angry,\" said Senad Mujkic, who heads the miners' union.", ({"subject": "Senad Mujkic"},)),
    Example("\"The review is over,\" said Amnesty International.", (),
            note="near miss: an organisation's head noun"),
    Example("The figures were confirmed, said Human Rights Watch, a New York-based group.", (),
            note="near miss: an organisation speaking after the verb"),
    Example("Denmark's Novo Nordisk will cut 9,000 jobs.", (), note="near miss: a country's company is no person"),
    Example("Board Chair Jennifer Holloway said the review would take a year.",
            ({"subject": "Jennifer Holloway", "surface": "Jennifer Holloway"},), note="'Chair' is a title"),
    Example("The Western Balkans said nothing.", (), note="near miss: a region is no person"),
    Example("Deutsche Bahn said it was running a reduced timetable.", (), note="a company speaking is no person"),
    Example("The American Red Cross said it had opened a shelter.", (), note="an organisation's head noun"),
    Example("Halvorsen Logistics said it would appeal.", (), note="a company's head noun"),
    Example("Halvard Microsystems said it would cut jobs.", (), note="a company's head run into a longer word"),
    Example("Rafaela Quintanilha, Lumatic's chief executive, will join the board.",
            ({"subject": "Rafaela Quintanilha"},), note="a role held at a named place"),
    Example("\"We will be back,\" said the coalition's spokesman, Tomasz Wierzbiki.",
            ({"subject": "Tomasz Wierzbiki"},), note="a possessive before the title"),
    Example("Jana Nováková, a deputy chair of Civic Renewal, told reporters the deal was close.",
            ({"subject": "Jana Nováková"},), note="the organisation after 'of' does not speak"),
)
