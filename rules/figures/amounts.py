"""Money and shares: "a budget of $3.5bn", "turnout of 62%", "a £64.5m budget gap", "fell 4.2%".

The unit is the currency (USD, EUR, GBP, PHP, INR...: the currencies are data) or
`percent`.  The measure is what the figure belongs to, read as an editor does, most
specific first:

1. the noun phrase right after it: "a £64.5m gap" (`gap`), "an 11% pay rise",
   "15% contained", "a 2,850-euro bonus"; "X% of long-distance trains" (`long-distance
   trains`); a rise, cut or gap of something names that thing: "a 4.99% rise in council
   tax" is `council tax change`, "a £64.5m gap in its budget" is `budget gap`;
2. a change verb before it: "exports fell 4.2%", "raise council tax by 4.99%",
   "spending, which rose by 38%" -> `<thing> change` with a sign (a percentage change is
   no level: it is named "<thing> change", not "<thing>_change", so it is never added to a
   level of the thing in another unit);
3. the noun phrase it is stated of: "a budget of $3.5bn", "turnout was 62%", "the
   council tax rise of 4.99%";
4. the money noun nearest before it in its clause, or "... in aid" after it;
5. else the generic `share` (percent) or `amount`.

A measure word the vocabulary's [measures] table maps is named as it says there
("containment" is `contained`), so two outlets' words for one measure meet; a deficit,
shortfall, hole or gap is the `budget gap` unless it is a trade's, a current or capital
account's, a pension fund's or a gap in something else ("pay gap"), and a sum paid "to
each bereaved family" is the `payment per family (<payer>)` whatever it is called.

Percentage points are a change of the percentage the sentence states them with ("fell to
68%, down 19 percentage points from 87%"): unit `percentage_point`, measure
`<level>_change` with the sign of up/down/gain/drop (so the arithmetic adds it to the
level), and the stated [from, to] levels in the detail; without a direction, `<level>
difference`.  A percentage "up from"/"compared with" takes the measure of the level
stated before it.  Dates are no measure ("Turnout on Saturday was 80.2%" is `turnout`),
and a phrase after "among"/"for"/"of" names its head ("vaccination coverage among
toddlers", "support for the plan").  "Nine in ten" is 90%.

A percentage change against the previous quarter or month says so in its measure
("economy change (quarter on quarter)"): a year earlier is what a change is against unless
the story says otherwise, and the two never meet.  A share of the vote is a `vote share`;
money a person was "fined" is a `fine`.

A bare number, with neither a unit nor a noun it counts, is a level of the thing a verb moved
("Home sales rose 15% to 287,500 from 262,000", "Enrolment fell from 1,450 to 1,210", "Attendance
is 28,640, up 9% from 26,310"): the thing's level, in the sentence's own words, only where it
stands as the level a move went to or from, or a level stated just before its change; the change
after it is that thing's change.  A rank, a score, a year or a number no thing is named for states
no level.

Exchange-rate notes ("($1 = 0.8672 euros)") state no claim.
"""

import re

from checker.dates import MONTH_NAMES, PAST_IRREGULAR
from checker.figures import CLAUSE_TURN, MOVED_FROM_BEFORE, S_VERBS, STOP, UP_OR_DOWN_FROM_BEFORE
from checker.numbers import FRACTION_OF_A_POINT, PAST_MOVES, WORD_AFTER
from checker.rulekit import Example, Match
from checker_rules.figures.share_of import share_of

WORDS_AFTER = re.compile(r"(?:\s+|-)(?P<w>[a-z][a-z'’-]*[a-z])\b")
OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?", re.IGNORECASE)
IN_AFTER = re.compile(r"\s+(?:in|of|on|for|to)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+|his\s+|her\s+|our\s+)?"
                      r"(?:average\s+|typical\s+)?", re.IGNORECASE)
AID_AFTER = re.compile(r"\s+(?:in\s+)?(?P<noun>[a-z]+)\b", re.IGNORECASE)
EXCHANGE_NOTE = re.compile(r"\(\s*(?:US)?[$€£¥]\s?1\s*=\s*[^)]{1,30}\)")
NOT_HEAD = STOP | frozenset(
    "a an its their his her our your this these those will would could should can may might must be "
    "is was are were has have had said says year years month months week weeks day days daily annual "
    "annually more less than up down off just only about around some over nearly almost under per cent "
    "percent point points compared against after before since when if so also still already last next "
    "this that each every earlier later ago yesterday today tonight it they he she we there here who "
    "between among within across through throughout consist consists comprise comprises comprised comprising made total totals worth put which where while whereas due expected set planned too either vs "
    "versus but yet nor although though because unless until plus minus "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight weekend "
    "january february march april june july august september october november december".split())
PAST_VERBS = frozenset(PAST_IRREGULAR.split("|"))
PAY_RAISE = frozenset({"raise", "raises"})
RISE = frozenset("rise rises increase increases hike hikes jump jumps gain gains growth boost uplift surge".split())
FALL = frozenset("fall falls cut cuts drop drops decrease decreases reduction reductions decline declines "
                 "slump fall-off dip".split())
GAPS = frozenset("gap gaps shortfall shortfalls hole deficit deficits overspend overrun".split())
# A gap of a trade, a current account or a pension fund is no budget's: "a trade deficit of $4bn"
OWN_GAPS = {"trade": "trade deficit", "goods": "trade deficit", "current account": "current account deficit",
            "current-account": "current account deficit", "capital account": "capital account deficit",
            "pension": "pension deficit"}
BUDGET_WORDS = frozenset("budget funding financing fiscal spending".split())  # "a funding gap" is the budget's
VERB_UP = ("rose|risen|rise|rises|rising|increased|increase|increases|increasing|grew|grown|grow|grows|"
           "jumped|jump|climbed|climb|soared|surged|gained|raised|raise|raises|raising|boosted|boost|added|"
           "add|adding|hiked|hike|accelerated|quickened|expanded|expands|firmed|strengthened|appreciated|"
           "advanced|rallied|rebounded|leapt|leaped|spiked|widened|widens|widening|edged\\s+up|ticked\\s+up|"
           "went\\s+up|gone\\s+up|is\\s+up|was\\s+up|were\\s+up|are\\s+up|"
           "(?:closed|closing|ended|ending|finished|traded|trading)\\s+up")
VERB_DOWN = ("fell|fallen|fall|falls|falling|dropped|drop|drops|declined|decline|declines|slumped|plunged|"
             "shrank|shrunk|slid|tumbled|sank|dipped|eased|slowed|cut|cuts|cutting|reduced|reduce|reducing|lowered|"
             "contracted|contracts|weakened|weakens|depreciated|slipped|plummeted|retreated|lost|"
             "edged\\s+down|ticked\\s+down|are\\s+down|(?:closed|closing|ended|ending|finished|traded|trading)\\s+down|"
             "lower|slashed|narrowed|narrows|narrowing|went\\s+down|is\\s+down|was\\s+down|were\\s+down")
# "shares down 7.4%" (a plural noun before "up" or "down", not "makes up 42%"), "fell a further 3.1%"
VERB_CHANGE = re.compile(
    rf"\b(?P<verb>{VERB_UP}|{VERB_DOWN}|(?<=s\s)(?<!makes\s)(?<!takes\s)(?<!sums\s)(?:up|down))\s+"
    rf"(?:(?P<obj>(?:[a-z][\w'’-]*\s+){{1,3}}?)by\s+|by\s+)?(?:a\s+further\s+|another\s+|an?\s+)?$",
    re.IGNORECASE)
# "to save £300m", "spent $2bn": the verb names what the money is
# (plans only: "had saved £210m since 2016" is a running total, not this budget's savings)
MONEY_VERBS = {"save": "savings", "saving": "savings", "spend": "spending", "spending": "spending",
               "borrow": "borrowing", "borrowing": "borrowing", "invest": "investment", "investing": "investment",
               # "customers withdrew $4.3 billion", "had pulled $9.1 billion from the bank": a run on it
               "withdrew": "withdrawals", "withdrawn": "withdrawals", "withdraw": "withdrawals",
               "pulled": "withdrawals", "drained": "withdrawals"}
MONEY_VERB = re.compile(r"\b(?P<verb>" + "|".join(MONEY_VERBS) + r")\s+(?:(?:a\s+further|another|an\s+extra|an?)\s+)?$",
                        re.IGNORECASE)
FINED = re.compile(r"\b(?:fined|fining|fines)\s+(?:(?!for\b)[\w'’.&-]+\s+){0,4}?"
                   r"(?:a\s+(?:total\s+of\s+)?|an?\s+additional\s+)?$",
                   re.IGNORECASE)
LINK_ONLY = re.compile(r"worth|totall?ing|valued\s+at|costing|amounting\s+to|estimated\s+at|put\s+at", re.IGNORECASE)
COMPARISON = re.compile(r"(?:below|above|under|over|near|beyond|exceeding)\b", re.IGNORECASE)
UP = re.compile(rf"^(?:{VERB_UP}|up)$", re.IGNORECASE)
VERB_LEVEL = re.compile(rf"\b(?:{VERB_UP}|{VERB_DOWN}|stood|stands|was|were|is)\s+"
                        # (a size "by" which it moved may follow: "its main interest rate by 50 basis points")
                        r"(?:(?P<obj>(?:[^;:,]|(?<=\d),(?=\d)){0,40}?(?:\s+by\s+[^;:,]{1,35}?)?)\s)?"
                        r"(?:to|from)\s+$", re.IGNORECASE)
# "unemployment held at 2.1%", "held rates steady at 4.25%-4.5%", "kept its deposit rate at 2%";
# "Acme's stock closed at $1.52", "Brent crude settled at $82.10 a barrel": the price of the subject
VERB_HELD = re.compile(r"\b(?:held|holds|holding|kept|keeps|keeping|left|leaves|leaving|remained|remains|stayed|stays)"
                       r"\s+(?:(?P<obj>[^;:,]{0,40}?)\s)?(?:(?:steady|unchanged|flat)\s+)?at\s+$|"
                       r"\b(?:closed|ended|finished|settled|traded)\s+(?:(?:higher|lower|up|down|flat)\s+)?at\s+$",
                       re.IGNORECASE)
RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;]*,")
BY_SIZE = re.compile(r"(?:^|\s+)by\s+.*$", re.IGNORECASE)  # ("rose by three to 14": no thing)
STATED_OF = re.compile(r"(?P<np>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)(?:\s+(?:of|was|is|are|were|at|stood\s+at|"
                       r"stands\s+at|reached|totalled|totaled|totalling|worth|amounting\s+to|came\s+to|"
                       r"(?:has|have|had)\s+been(?:\s+at)?|remain(?:s|ed)?\s+at|stay(?:s|ed)?\s+at|"
                       r"of\s+about|of\s+around|of\s+some)(?:\s+(?:currently|now|still))?|\s*:)?\s*$", re.IGNORECASE)


# Percentage points: the direction of the difference ("down 19 percentage points", "a gain
# of 7.7 points", "12 points lower")
# "cut its key policy rate by 25 basis points": the verb's object may stand before "by"
POINTS_OBJECT = r"(?:\s+(?P<obj>(?:(?:its|the|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+by\b))?"
POINTS_DOWN = re.compile(rf"\b(?:{VERB_DOWN}|down|lower|loss|losses|drop|drops|decline|declines|decrease|fall|"
                         rf"falls|slump|dip)\b{POINTS_OBJECT}(?:\s+(?:of|by|some|about|around|nearly|almost|"
                         r"more\s+than|over|an?|just|only))*\s*$", re.IGNORECASE)
POINTS_UP = re.compile(rf"\b(?:{VERB_UP}|up|higher|gain|gains|rise|rises|increase|increases|jump|jumps|climb|"
                       rf"surge|boost)\b{POINTS_OBJECT}(?:\s+(?:of|by|some|about|around|nearly|almost|more\s+than|"
                       r"over|an?|just|only))*\s*$", re.IGNORECASE)
POINTS_AFTER = re.compile(r"\s+(?P<dir>higher|lower|up|down|more|less|cut|cuts|reduction|hike|hikes|increase|rise)\b",
                          re.IGNORECASE)
GENERIC = frozenset({"share", "amount"})
NOT_MONEY = frozenset({"percent", "percentage_point"})
# money paid or earned per week, day...: "£180,000 a week" is no year's pay (a year is what a sum
# of money is for unless said, so "$28 million a year" stays the measure it is; not "a week ago")
# "200,000 taka (about £1,300) to the family of each of the dead", "Rs 10 lakh to each bereaved family":
# a sum each family is paid, compared only with such sums of the same payer (named in the measure)
PER_FAMILY_AFTER = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s+(?:(?:to|for)\s+(?:each|every)\s+(?:bereaved\s+|victim['’]s\s+)?famil(?:y|ies)"
    r"|(?:to|for)\s+the\s+(?:family|families|next\s+of\s+kin)\s+of\s+(?:each|every)\b"
    r"|per\s+bereaved\s+family\b)", re.IGNORECASE)  # not "each affected family": relief, not for a death
# who pays a sum: the words before the verb that gives it ("the labour ministry will give", "Chief
# Minister N. Chandrababu Naidu announced an ex gratia of")
PAYER_BEFORE = re.compile(
    r"(?P<payer>(?:[A-Za-z][\w.'’&-]*\s+){1,6}?)(?:(?:has|had|have|will|would|also|later|then|on\s+\w+)\s+)*"
    r"(?:give|gave|given|giving|pay|paid|paying|pledged?|promised?|announced?|offered?|provided?|awarded?|"
    r"granted?)\b(?:\s+(?:an?\s+)?(?:ex\s+gratia|compensation|relief|aid|payment|sum|grant)\s*(?:of\s+)?)?\s*$",
    re.IGNORECASE)
# where the payer's words start: after a clause break or the telling verb ("... office said the government would give")
PAYER_START = re.compile(r"^.*(?:[,;:(]|\b(?:said|says|told|that|and|while|but|who|which)\b)\s*", re.IGNORECASE)
LEADING_ARTICLE = re.compile(r"^(?:the|its|their|a|an)\s+", re.IGNORECASE)
AUXILIARIES = frozenset("has had have will would also later then".split())
PRONOUNS = frozenset("he she it they we i you".split())
TELLER_BEFORE = re.compile(r"(?P<teller>(?:[A-Za-z][\w.'’&-]*\s+){1,6}?)(?:has\s+|had\s+)?(?:said|says|announced|added)"
                           r"\s+(?:that\s+|on\s+\w+\s+)?(?=(?:it|he|she|they)\s+)", re.IGNORECASE)


def _payer(text: str, end: int) -> str:
    """Who pays the sum ending its clause at `end`: "The labour ministry will give" -> "labour
    ministry", "the state government said it would give" -> "state government"; "" when the
    sentence does not say ("he announced" alone)."""
    match = PAYER_BEFORE.search(text, max(0, end - 160), end)
    if not match:
        return ""
    payer = _words_of(PAYER_START.sub("", match.group("payer")))
    if payer in PRONOUNS:  # "the state government said it would give": the teller pays
        teller = TELLER_BEFORE.search(text, max(0, match.start("payer") - 100), match.end("payer"))
        payer = _words_of(PAYER_START.sub("", teller.group("teller"))) if teller else ""
    return "" if payer in PRONOUNS else payer


def _words_of(phrase: str) -> str:
    words = phrase.split()
    while words and words[-1].lower() in AUXILIARIES:
        words.pop()
    return LEADING_ARTICLE.sub("", " ".join(words)).removesuffix("'s").lower()


# "ex gratia of Rs 10 lakh for the families of the deceased": an ex gratia sum is paid to each
FAMILIES_AFTER = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?(?:families|next\s+of\s+kin)\b", re.IGNORECASE)
RATE_AFTER = re.compile(r"\s+(?:a|an|per|each|every)\s+(?P<unit>hour|day|week|month|share)\b"
                        r"(?!\s+(?:ago|earlier|later|before|after|on)\b)", re.IGNORECASE)
SHARE_OF_VOTES = frozenset({"votes", "vote", "ballots", "popular vote"})
COUNTED = re.compile(r"\s+of\s+(?:the\s+)?(?:votes?|ballots)\s+(?:\w+\s+)?(?:counted|tallied|processed|in|reporting)\b",
                     re.IGNORECASE)  # "with 95% of votes counted": how far the count has got
# "won 33.9 percent of the votes counted": a candidate's share so far, not how far the count has got
WON = re.compile(r"\b(?:won|wins|winning|took|takes|received|receives|got|gets|secured|garnered|polled|"
                 r"(?:finished|ended|came)(?:\s+(?:first|second|third|fourth|fifth|last))?\s+with)\s+"
                 r"(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|more\s+than\s+)?$",
                 re.IGNORECASE)
HAD = re.compile(r"\b(?:had|has)\s+$")  # "Quesada had 27.5%" after a vote share: the next candidate's
# "..., and Arce with 14.9 percent", "finished with 27.5 percent"
WITH_ALONE = re.compile(r"(?:,\s+(?:and\s+|while\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:\s+with)?|"
                        r",\s+(?:and|while)\s+[^,;]{0,50}?[A-Z][\w'’-]+\s+with|"
                        r"\b(?:finished|ended|came)(?:\s+(?:first|second|third|fourth|fifth|last))?\s+with)\s+"
                        r"(?:about\s+|around\s+|nearly\s+|almost\s+)?$")
# "a rise of 12% in profits", "a fall of 30% in quarterly profit": what changed
IN_THING_AFTER = re.compile(r"\s+in\s+(?:the\s+|its\s+|their\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                            r"(?=\s+(?:on|in|at|from|to|for|since|over|compared|,)\b|[.,;]|$)")
NOT_THINGS = frozenset("terms quarter quarters year years month months week weeks day days trading session "
                       "period time hours minutes single one two three four five six seven eight nine ten".split())
# kinds of a measure that are measures of their own: core inflation, youth unemployment
DISTINCT_KINDS = frozenset("core youth underlying services goods food energy wage producer mean".split())
RATE_MODIFIERS = DISTINCT_KINDS | {"key", "main", "benchmark", "official", "federal", "fed", "fixed", "variable", "tracker"}
GENERIC_HEADS = frozenset("share rate rates level levels index ratio coverage figure cap".split())
# ", up 6%", ", down 2.1%": the change of the figure just stated
UP_OR_DOWN_BEFORE = re.compile(r",\s+(up|down)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$",
                               re.IGNORECASE)
# "up from 5.4%", "compared with 61%": an earlier level of the figure the sentence is about
FROM_BEFORE = re.compile(r"(?:\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)|\b(?:up|down)\s+from\s+the)\s+$",
                         re.IGNORECASE)
# "$1.2 billion, or $2.02 a share": the same money per share
OR_BEFORE = re.compile(r",\s+or\s+$")
PER_SHARE_AFTER = re.compile(r"\s+(?:a|per)\s+share\b", re.IGNORECASE)


def find(ctx):
    return [match for match in ctx.shared("figures.amounts", _read) if match.unit]  # (bare levels: figures.levels)


def bare_levels(ctx) -> list[Match]:
    """The levels with no unit `find` reads beside its figures, for figures.levels (which runs after
    the counts, so a count's reading of a number comes first)."""
    return [match for match in ctx.shared("figures.amounts", _read) if not match.unit]


def _read(ctx) -> list[Match]:
    """Every figure of the sentence with its measure, the relations between them resolved."""
    notes = [m.span() for m in EXCHANGE_NOTE.finditer(ctx.text)] if "=" in ctx.text else []
    found = []
    for number in ctx.numbers:
        if any(s <= number.start < e for s, e in notes) or not number.unit and not _bare_level(ctx, number):
            continue
        found.append((number, None if number.unit == "percentage_point" else _measure(ctx, number)))
    for index, (number, measure) in enumerate(found):
        if number.unit == "percent" and measure in GENERIC and index:
            direction = UP_OR_DOWN_BEFORE.search(ctx.text, max(0, number.start - 20), number.start)
            previous = found[index - 1][1]
            if direction and isinstance(previous, str) and previous not in GENERIC:
                # "revenue of $8.6 billion, up 6% from a year earlier": the change of that revenue
                found[index] = (number, (f"{previous} change", 1 if direction.group(1).lower() == "up" else -1))
    percents = []  # the levels in percent, each named as the sentence names it
    stated = []  # every level before, in any unit ("costs reached $120 million, up from the $75 million")
    for index, (number, measure) in enumerate(found):
        if isinstance(measure, str) and (FROM_BEFORE.search(ctx.text, max(0, number.start - 24), number.start)
                                         or OR_BEFORE.search(ctx.text, max(0, number.start - 6), number.start)
                                         and PER_SHARE_AFTER.match(ctx.text, number.end)):
            turns = [m.end() for m in CLAUSE_TURN.finditer(ctx.text, 0, number.start)] if not number.unit else []
            level = _level_before(number, percents if number.unit == "percent"  # (a bare level: of its own clause,
                                  else [(n, m) for n, m in stated  # not "..., while hotel stays rose from 800,000")
                                        if n.unit == number.unit and n.start >= (turns[-1] if turns else 0)])
            if isinstance(level, tuple) and (measure in GENERIC or PARTICIPLE.fullmatch(measure)):
                # ("up from the 3.1% recorded in June": the figure "recorded" is that change too)
                found[index] = (number, level)  # "prices rose 8.4% year-on-year, down from 9.1%": the same change, before
                measure = level
            elif isinstance(level, str) and level and (measure in GENERIC or level.endswith(" " + measure)):
                found[index] = (number, level)  # "the jobless rate of 9.4% was up from 6.1%"
                measure = level
        if number.unit == "percent":
            percents.append((number, measure if isinstance(measure, (str, tuple)) else None))
        stated.append((number, measure if isinstance(measure, str) else None))
    conversions = _conversions([number for number, _ in found], ctx.text)
    converted = {conversion.start for conversion in conversions.values()}
    shares_of_votes = False  # a vote share stated before in the sentence: the next candidate's is one too
    figures = []
    for number, measure in found:
        if number.start in converted:
            continue  # "152.7 billion lei ($32.1 billion)": the same money in another currency
        value, low, high = number.value, number.low, number.high
        detail = {"stated": number.text}
        if not number.unit:
            measure = _bare_measure(ctx, number, measure) if isinstance(measure, str) else measure
            if isinstance(measure, str) and measure and measure not in GENERIC \
                    and not UNIT_LEFT_OUT & {measure, *measure.split()}:
                measure = ctx.config.event_nouns.get(measure, measure)  # "the death toll rose to 14": killed
                figures.append(Match(number.start, number.end, "figure", ctx.config.measures.get(measure, measure),
                                     value=value, low=low, high=high, qualifier=number.qualifier,
                                     anchor=number.start, detail=detail | {"bare": True}))
            continue  # else a bare number of no thing named, or the size of a move ("rose by 500 to"): no level
        if number.end in conversions:
            detail["restated"] = conversions[number.end].text
        if number.unit == "percent":
            counts = share_of(ctx.text, ctx.numbers, ctx.numbers.index(number))
            if counts:
                detail["share_of"] = counts  # "712,450 of the 2,286,000 votes, or 34.2%": the arithmetic checks it
        if number.unit == "percentage_point":
            measure, levels = _points(ctx, number, percents)
            if levels:
                detail["levels"] = levels
        if isinstance(measure, str):  # one name for one measure: "containment" is `contained`
            measure = ctx.config.measures.get(measure, measure)
            if measure == "turnout" and CLOCK_TIME.search(ctx.text):
                measure = "turnout so far"  # "Turnout at 1 p.m. was 34.6%": part of the day, no final turnout
            if number.unit == "percent" and measure in SHARE_OF_VOTES and (
                    not COUNTED.match(ctx.text, number.end)
                    or WON.search(ctx.text, max(0, number.start - 40), number.start)):
                measure = "vote share"  # "34.2% of the vote" and "a vote share of 34.0%" are one measure
            elif number.unit == "percent" and measure == "share" and shares_of_votes \
                    and (WON.search(ctx.text, max(0, number.start - 40), number.start)
                         or HAD.search(ctx.text, max(0, number.start - 20), number.start)
                         or WITH_ALONE.search(ctx.text, max(0, number.start - 80), number.start)):
                measure = "vote share"  # "..., while Quezada took 27.5 percent", "and Arce with 14.9 percent"
            if measure == "vote share":
                shares_of_votes = True
        if isinstance(measure, str) and number.unit not in NOT_MONEY and (
                PER_FAMILY_AFTER.match(ctx.text, number.end)
                or measure == "ex gratia" and FAMILIES_AFTER.match(ctx.text, number.end)):
            # "Tk 1 lakh to each bereaved family": whatever the sum is called, by whom it is paid (the state's
            # and the employer's sums to each family are two payments)
            payer = _payer(ctx.text, number.start)
            measure = f"payment per family ({payer})" if payer else measure  # an unnamed payer's: not compared
        rate = RATE_AFTER.match(ctx.text, number.end) if number.unit not in ("percent", "percentage_point") else None
        if rate and isinstance(measure, str):  # "£180,000 a week": a weekly wage is no annual salary
            measure = f"{measure} per {rate.group('unit').lower()}"
        if isinstance(measure, str) and number.unit not in NOT_MONEY:
            measure = _deal_measure(ctx, number, measure)
        extreme = EXTREME_OF_BEFORE.search(ctx.text, max(0, number.start - 40), number.start)
        if extreme and isinstance(measure, str):  # "their 52-week high of 462p": the top of a range, not the price now
            measure = f"{measure} {extreme.group('kind').lower()}"
        if _intraday(ctx, number, measure):  # "up 38% by 1015 GMT": not the close ("closed up 36%")
            measure = (f"{measure[0]} (intraday)", measure[1]) if isinstance(measure, tuple) else f"{measure} (intraday)"
        if isinstance(measure, tuple):  # a change: the sign is the direction
            measure, sign = measure
            value, (low, high) = sign * value, sorted((sign * low, sign * high))
            basis = _basis(ctx, number) if number.unit == "percent" else ""
            if basis == YEAR_ON_YEAR:  # the measure a bare change has, told apart in its detail
                detail, basis = {**detail, "basis": "year"}, ""
            measure = f"{measure} ({basis})" if basis else measure
        target = DEAL_TARGET.search(ctx.text) if measure in DEAL_MEASURES else None
        target = target["name"].rstrip(".") if target else ""
        figures.append(Match(number.start, number.end, "figure", measure, value=value,
                             low=low, high=high, unit=number.unit, qualifier=number.qualifier,
                             anchor=number.start, detail=detail, subject=target))
    return [m for m in figures if m.unit or not _against_the_move(ctx, m, figures)]


# A takeover's figures, however each outlet words them: "offered 420 pence per share", "raised its offer
# to 455p a share" (`offer per share`); "valuing the company at about £6.2 billion", "a £6.4bn takeover
# approach", "The deal values Marlow at £6.9bn" (`deal value`)
DEAL_WORDS = re.compile(r"\b(?:offer|offers|offered|bid|bids|bidder|takeover|buyout|acquisition|acquire[sd]?|acquiring|"
                        r"merger|deal|approach)\b", re.IGNORECASE)
VALUING_BEFORE = re.compile(r"\b(?:valu(?:ing|es|ed)\s+(?:[\w'’&.-]+\s+){1,4}?at|(?:deal|offer|bid|takeover|merger|"
                            r"acquisition)\s+(?:valued\s+at|worth))\s+(?:(?:about|around|some|roughly|nearly|almost|"
                            r"more\s+than|over|just\s+over|just\s+under)\s+)?$", re.IGNORECASE)
DEAL_NOUN_AFTER = re.compile(r"(?:\s+|-)(?:(?:all-cash|all-share|cash-and-share|cash|hostile|revised|sweetened|improved|"
                             r"initial|possible|indicative|preliminary|unsolicited|rival|takeover)\s+)*"
                             r"(?:takeover|buyout|acquisition|merger|bid|offer|deal|approach)\b", re.IGNORECASE)
PER_SHARE_RESULTS = re.compile(r"\b(?:earnings|EPS|dividends?|profits?|loss(?:es)?|payouts?|income|revenue)\b[^.;]*$",
                               re.IGNORECASE)


DEAL_MEASURES = frozenset({"offer per share", "deal value", "offer per share proposal", "deal value proposal"})
# a takeover's figures are the target's, whoever bids: "offered 420p per share for Marlow Pharma"
DEAL_TARGET = re.compile(r"\b(?:offer|offers|offered|bid|bids|approach|takeover|acquisition|deal)\b[^.;:]{0,40}?\s+for\s+"
                         r"(?:the\s+)?"
                         r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})")


def _deal_measure(ctx, number, measure: str) -> str:
    """`offer per share` or `deal value` for the money of a takeover, else the measure."""
    if not DEAL_WORDS.search(ctx.text):
        return measure
    if PER_SHARE_AFTER.match(ctx.text, number.end) and not PER_SHARE_RESULTS.search(
            ctx.text, max(0, number.start - 60), number.start):
        return "offer per share"
    if VALUING_BEFORE.search(ctx.text, max(0, number.start - 60), number.start) \
            or DEAL_NOUN_AFTER.match(ctx.text, number.end):
        return "deal value"
    return measure


# the top or bottom of a span of time: "a 52-week high of 462p", "a record low of 1.2%", "an all-time high of $2,400"
EXTREME_OF_BEFORE = re.compile(r"\b(?:\d+-(?:week|month|year|day)|record|all-time|multi-year|year-to-date|year's|"
                               r"decade's|intraday|session)\s+(?P<kind>high|low|peak|trough)\s+(?:of|at)\s+"
                               r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?$", re.IGNORECASE)


def _against_the_move(ctx, level, figures) -> bool:
    """Do a clause's bare levels move against its verb ("Oxford slipped from 1 to 3", "The university
    rose from 45 to 31", "fell to 76 ..., down from 69")?  Then they are ranks, no levels."""
    cuts = [m.end() for m in re.finditer(r"[;:()]|\.\s", ctx.text[:level.start])]
    start = cuts[-1] if cuts else 0
    end = re.search(r"[;:()]|\.\s|$", ctx.text[level.end:]).start() + level.end
    verb = CHANGE_VERB.search(ctx.text, start, level.start) or CHANGE_VERB.search(ctx.text, level.end, end)
    bare = [m for m in figures if not m.unit and start <= m.start < end]
    earlier = [m for m in bare if MOVED_FROM_BEFORE.search(ctx.text, max(0, m.start - 90), m.start)
               or UP_OR_DOWN_FROM_BEFORE.search(ctx.text, max(0, m.start - 40), m.start)]
    later = [m for m in bare if m not in earlier]
    if not verb or not earlier or not later:
        return False
    up = bool(UP.match(verb.group(0)))
    return (later[0].value < earlier[0].value) if up else (later[0].value > earlier[0].value)


# A bare number's level position: the level a move went to ("rose 15% to 287,500", "fell to
# 1,210") or from (checker.figures.MOVED_FROM_BEFORE), or one stated right before its change
# ("Attendance is 28,640, up 9% from 26,310")
MOVED_TO_BEFORE = re.compile(rf"\b(?:{VERB_UP}|{VERB_DOWN})\s+(?:(?:[^\s\d,;:()]+|[$€£¥]?\d[\d,.]*\S*)\s+){{0,6}}?"
                             r"to\s+$", re.IGNORECASE)
LEVEL_VERB_BEFORE = re.compile(r"\b(?:is|was|are|were|stood\s+at|stands\s+at|reached|hit|totall?ed|totals|came\s+to)\s+$",
                               re.IGNORECASE)
CHANGE_AFTER = re.compile(r",?\s+(?:up|down)\s+(?:from|by|about|around|nearly|almost|some|more\s+than|\d)",
                          re.IGNORECASE)
# "No. 3", "Level 4", "ranked 12", "aged 70", "rose to 3 in the rankings", "3-1", "9/11", "7th", "8 out of 10"
NOT_LEVEL_BEFORE = re.compile(r"(?:\b(?:[A-Z][\w.]*|No\.|no\.|number|ranked|rank|ranking|level|grade|stage|"
                              r"phase|tier|category|aged|age|page|seed|seeded)|#)\s*$")
# a rank, a chart's or a table's place, a poll's figure: "climbed from 45 to 31 in the league table",
# "jumped 40 places to 2", "narrowed to 3 in a new poll"
NOT_LEVEL_SENTENCE = re.compile(r"\b(?:rankings?|ranked|standings|league\s+table|tables?|charts?|Billboard|Hot\s+100|index|"
                                r"polls?|polling|survey|places|spots|position|seed|seeded|seeding)\b", re.IGNORECASE)
# "Australia were reduced to 35 for 4", "Scheffler climbed to 12 under"
NOT_LEVEL_AFTER = re.compile(r"\s*(?:[-–:/]\s*\d|th\b|st\b|nd\b|rd\b)|\s+out\s+of\b|"
                             r"\s+(?:a|an|per)\s+(?!(?:year|month|week|day|decade|season|quarter)\s+(?:earlier|ago|before)\b)[a-z]|"
                             r"\s+for\s+\d|\s+(?:under|over)(?:\s+par)?\b|"
                             r"\s+(?:in|on)\s+(?:the\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:rankings?|standings|table|charts?|polls?|list)\b", re.IGNORECASE)
# a level told as possible, wished or planned, not as stated
HYPOTHETICAL = re.compile(r"\b(?:could|may|might|would|will|should|shall|if|unless|wants?|wanted|aims?|aimed|hopes?|"
                          r"hoped|plans?|planned|expects?|expected|forecasts?|projected|set\s+to|likely\s+to|"
                          r"due\s+to|seeks?|seeking|intends?|target(?:s|ed)?)\b", re.IGNORECASE)
FROM_ONLY = re.compile(r"\s+(?:from|to)\s+", re.IGNORECASE)
# things whose level has a unit the writer may leave out ("the temperature rose to 41", "shares fell to 312",
# "the unemployment rate rose to 3.9"), a market's level told at any time of its session ("The benchmark
# Kospi rose 1% to 2,700"), a game's lead or deficit, a rank, a rating, an age or a limit of a kind
UNIT_LEFT_OUT = frozenset(
    "temperature temperatures mercury thermometer highs lows high low price prices share shares stock stocks "
    "rate rates yield yields score scores benchmark index indices market markets futures bond bonds oil crude gold "
    "silver copper bitcoin ether currency dollar euro pound yen yuan rupee peso won lira rouble ruble franc "
    "lead deficit gap margin advantage budget gap ranking rankings rank position record seed rating ratings "
    "approval support age limit inflation unemployment turnout growth ratio proportion percentage "
    "team club side odds handicap time times wait sentence term ban sterling brent wti aluminium aluminum nickel "
    "zinc wheat corn soybeans cocoa coffee sugar ethereum river water sea".split()) | {
    "budget gap", "blue-chip", "tech-heavy"}
# the words a level's subject may hold that say it is a rate or a share ("the jobless rate", "its share of")
RATE_SUBJECT = re.compile(r"\b(?:rate|rates|ratio|share|percentage|proportion|index|yield|rating|ranking)\b",
                          re.IGNORECASE)
YEAR_LIKE = re.compile(r"1[89]\d\d|20\d\d")


def _bare_level(ctx, number) -> bool:
    """Does a number with no unit stand as the level of a thing a move is told of, and count no noun?"""
    text, start = ctx.text, number.start
    if not (MOVED_TO_BEFORE.search(text, max(0, start - 90), start)
            or MOVED_FROM_BEFORE.search(text, max(0, start - 90), start)
            or UP_OR_DOWN_FROM_BEFORE.search(text, max(0, start - 40), start)
            or LEVEL_VERB_BEFORE.search(text, max(0, start - 14), start) and CHANGE_AFTER.match(text, number.end)):
        return False
    if number.qualifier in ("vague", "range") or YEAR_LIKE.fullmatch(number.text) or _phrase(text, number.end) \
            or ctx.counted_noun(number.number_end) or NOT_LEVEL_AFTER.match(text, number.end) \
            or NOT_LEVEL_BEFORE.search(text, max(0, start - 12), start) or NOT_LEVEL_SENTENCE.search(text):
        return False
    cuts = [m.end() for m in CLAUSE_CUT.finditer(text, 0, start)]
    if HYPOTHETICAL.search(text, cuts[-1] if cuts else 0, start):
        return False  # "could fall to 250,000", "If attendance falls to 20,000": no level stated
    following = next((n for n in ctx.numbers if n.start > start), None)
    if following and FROM_ONLY.fullmatch(text, number.end, following.start) and (
            following.unit or ctx.counted_noun(following.number_end) or NOT_LEVEL_AFTER.match(text, following.end)
            or WORD_AFTER.match(text, following.end)):
        return False  # "cut to 4 from 5 percent", "cut to 9 from 12 members": one unit or noun for both, said once
    if any((n.unit and n.unit not in NOT_MONEY or not n.unit and WORD_AFTER.match(text, n.end))
           and (cuts[-1] if cuts else 0) <= n.start < start for n in ctx.numbers):
        return False  # "The plane dropped 10,000 feet from 35,000", "cut to 5 years from 8": said once
    return True


COUNT_HEADS = frozenset("number total count tally figure".split())
COUNT_OF = re.compile(r"\b(?P<head>number|total|count|tally|figure)\s+of\s+(?:the\s+)?", re.IGNORECASE)


# "Turnout in the June 14 election", "Inflation in the euro zone", "the pass rate at the school": a
# thing, then where or when it is counted
PLACED_HEAD = re.compile(r"(?:^|(?<=\s))(?P<head>[A-Za-z][\w'’-]*)\s+(?:in|at|across|within|on|for|during|to|into|through)\s+"
                         r"(?!\d)(?P<place>(?:the\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)", re.IGNORECASE)
# what only part of a whole is placed in: "Unemployment in the capital", "in rural areas", "Profit at the
# unit", "Growth in manufacturing" (its own figure, never the whole's)
PART_PLACES = frozenset("capital city cities north south east west northern southern eastern western region regions "
                        "province provinces state states countryside suburbs centre center areas towns villages "
                        "unit units division divisions segment segments arm subsidiary business branch sector sectors "
                        "manufacturing services construction industry agriculture".split())


def _placed_head(subject: str) -> str:
    """The thing a subject names before the phrase that places it ("Unemployment in Spain" ->
    unemployment, "the pass rate at the school" -> pass rate), or "" when it starts with no such thing."""
    placed = PLACED_HEAD.search(subject)
    if not placed:
        return ""
    head = placed["head"]
    place = placed["place"].split()
    if place[-1].lower() in PART_PLACES or place[0].islower() and place[0] not in DETERMINERS \
            and place[-1].lower().endswith("s"):
        return ""  # a part's ("in the capital", "in rural areas"): not the whole's measure
    before = subject[:placed.start("head")]
    owner = list(re.finditer(r"[\w-]+['’]s?\s+", before))  # "Manchester City's lead at the top": the owner's name
    if owner and owner[-1].group(0).rstrip().endswith(("'s", "’s", "'", "’")):
        before = before[owner[-1].end():]
    words = re.findall(r"[A-Za-z][\w'’-]*", before)
    opens = not before.strip(OPENING_MARKS)  # (a capital that only opens the clause)
    if (not head.islower() and not opens) or head.lower() in NOT_HEAD or head.lower() in PAST_VERBS \
            or VERB_FORM.search(head.lower()) or any(not w.islower() for w in words[1:]):
        return ""
    lowered = [w.lower() for w in words if w.lower() not in DETERMINERS] + [head.lower()]
    if lowered[-1] in GENERIC_HEADS:
        return _generic_named(lowered)
    return " ".join(lowered[-2:]) if len(lowered) > 1 and lowered[-2] in DISTINCT_KINDS else lowered[-1]


COMMON_NOUN_ENDINGS = ("ance", "ence", "ment", "ship", "ness", "tion", "sion", "ity", "ism", "age", "ure", "ery", "ics",
                       "ers", "ors", "ies", "als", "ants", "ents")


def _a_name(ctx, word: str) -> bool:
    """Is a capitalised word opening a clause a name ("Labour", "Toyota", "Brent"), not a common
    noun ("Attendance", "Visitors", "Traffic" written in lower case elsewhere in the article)?"""
    lower = word.lower()
    if lower in ctx.config.amount_nouns or lower in ctx.config.measures or lower.endswith(COMMON_NOUN_ENDINGS):
        return False
    return re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", ctx.document.text) is None


# the verb of a bare level's clause, after its subject
SUBJECT_VERB = re.compile(rf"\b(?:{VERB_UP}|{VERB_DOWN}|is|was|are|were|stood|stands|reached|hit|totall?ed|totals|"
                          r"has|have|had)\b", re.IGNORECASE)
PER_PERIOD_WORDS = re.compile(r"\b(?:daily|weekly|monthly|yearly|annual|hourly|per)\b", re.IGNORECASE)
PLACE_AFTER_THING = re.compile(r"(?<=[a-z])\s+(?:in|at|across|on|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*)+$")


def _bare_measure(ctx, number, measure):
    """A bare level's measure: what its clause's subject names ("Traffic on the bridge rose to
    41,200": traffic); "The number of cases rose to 52" counts `cases`; "" for a subject that is
    a name ("The benchmark Kospi rose", "The Lakers cut the deficit to 8") or a rate."""
    clause = CLAUSE_CUT.split(_without_dates(ctx, max(0, number.start - 90), number.start))[-1]
    verb = SUBJECT_VERB.search(clause)
    subject = clause[:verb.start()].strip(OPENING_MARKS + " ") if verb else ""
    if PER_PERIOD_WORDS.search(subject):
        return ""  # "Daily cases in Ohio rose to 1,200", "weekly deaths ...": a rate, no level of the thing
    # (the place a thing is counted in names no one: "Measles cases in Ohio rose to 89")
    words = re.findall(r"[A-Za-z][\w'’&-]*", PLACE_AFTER_THING.sub("", subject))
    if words and (words[-1][0].isupper() and (len(words) > 1 or _a_name(ctx, words[-1]))
                  or RATE_SUBJECT.search(subject)):
        return ""  # "The benchmark Kospi rose", "Labour rose to 411", "Toyota rose 2% to 3,500": a name's level
    if measure in COUNT_HEADS:  # "the number of cases" counts cases; "Labour's seat count", "her tally": no thing
        heads = list(COUNT_OF.finditer(ctx.text, max(0, number.start - 90), number.start))
        counted = _phrase(ctx.text, heads[-1].end() - 1) if heads else []
        return counted[-1] if counted else ""
    placed = _placed_head(subject)
    if placed:
        measure = placed
    words = [w.lower() for w in words if w.islower() or w is words[0]]
    if measure in ("numbers", "figures") and len(words) > 1 and words[-1] == measure and words[-2] not in NOT_HEAD:
        measure = words[-2] if words[-2].endswith("s") else words[-2] + "s"  # "passenger numbers": passengers
    return ctx.config.measures.get(measure, measure)


# "152.7 billion lei ($32.1 billion)", "€40m (about $43m)": a conversion in brackets
CONVERSION = re.compile(r"\s*\(\s*(?:(?:about|around|roughly|approximately|some|nearly|almost|or|US)\s+)?$", re.IGNORECASE)
CONVERSION_END = re.compile(r"\s*\)")


def _conversions(numbers, text: str) -> dict:
    """Money restated in another currency in brackets right after it: the end of the figure
    restated -> its conversion."""
    return {first.end: second for first, second in zip(numbers, numbers[1:])
            if first.unit != second.unit and first.unit not in NOT_MONEY and second.unit not in NOT_MONEY
            and CONVERSION.fullmatch(text, first.end, second.start) and CONVERSION_END.match(text, second.end)}


def _level_before(number, stated) -> str | tuple[str, int]:
    """The measure of the last level of `stated` (figures and their measures) before `number` in the
    sentence; a change is its (measure, sign)."""
    named = [m for n, m in stated if n.end <= number.start and m and m not in GENERIC]
    return named[-1] if named else ""


def _points(ctx, number, percents):
    """"down 19 percentage points from 87%": the change of the level it is stated with, named
    `<level>_change` (in percentage points, so a level in percent plus it is the next level),
    with its sign; no direction: the `<level> difference`.  Returns (measure, levels), the
    levels being the [from, to] percentages the sentence states around it."""
    levels = [(n, m) for n, m in percents if isinstance(m, str) and m]  # levels, not changes
    named = [m for n, m in levels if m not in GENERIC]
    before = [m for n, m in levels if n.end <= number.start and m not in GENERIC]
    lead = ctx.text[max(0, number.start - 60):number.start]
    after = POINTS_AFTER.match(ctx.text, number.end)
    down, up = POINTS_DOWN.search(lead), POINTS_UP.search(lead)
    # no level in the sentence: what the verb moved ("cut its main interest rate by 50 basis points")
    moved = _object((down or up).group("obj")) if not before and not named and (down or up) else ""
    level = before[-1] if before else named[0] if named else moved or "share"
    level = ctx.config.measures.get(level, level)  # "unemployment rate" is `unemployment`, as its level is named
    if down or after and after.group("dir").lower() in ("lower", "down", "less", "cut", "cuts", "reduction"):
        sign = -1
    elif up or after:
        sign = 1
    else:
        return f"{level} difference", []
    low, high = _clause_of(ctx, number)
    ends = [n for n, m in levels if (m == level or m in GENERIC) and low <= n.start < high]
    stated = []
    if len(ends) == 2:
        first, second = ends
        start = second if FROM_BEFORE.search(ctx.text, max(0, second.start - 20), second.start) else first
        end = first if start is second else second
        stated = [start.value, end.value]
    return (f"{level}_change", sign), stated


def _clause_of(ctx, number) -> tuple[int, int]:
    """Where the levels of a change in points may stand: from the change before it, to the end of
    its clause or the change after it ("cut by 25 basis points to 5.75% in February and by
    another 25 basis points to 5.50%, ... saw inflation at 3.0% in 2025 and 2.5% in 2026": the
    5.50% alone for the second cut; "12.1%, up from 5.4% in 2021, a gain of 7.7 percentage
    points": both levels before)."""
    low, high = 0, len(ctx.text)
    cut = CLAUSE_CUT.search(ctx.text, number.end)
    high = cut.start() if cut else high
    opening = [c for c in CLAUSE_CUT.finditer(ctx.text, 0, number.start) if OWN_CLAUSE.match(ctx.text, c.end())]
    if opening:  # "79.6% in Harlow, where the pass rate fell by 3.1 percentage points": its own clause's levels
        low = opening[-1].end()
    for other in ctx.numbers:
        if other.unit == "percentage_point" and other is not number:
            low = max(low, other.end) if other.end <= number.start else low
            high = min(high, other.start) if other.start >= number.end else high
    return low, high


CLAUSE_CUT = re.compile(r"[;:()]|,\s(?!(?:which|that)\b)|\s[-–—]\s")
OWN_CLAUSE = re.compile(r"\s*(?:where|while|whereas|although|but)\b", re.IGNORECASE)  # a clause with a subject of its own
VERB_FORM = re.compile(r"[^e]ed$|ing$")
PARTICIPLE = re.compile(r"[^e]ed$")
PLURAL_FORM = re.compile(r"[^s]s$")
LOWER_WORD = re.compile(r"[a-z]+")


PAST_MOVE_BEFORE = re.compile(rf"\b(?:{PAST_MOVES}|was\s+(?:up|down)|were\s+(?:up|down))\b[^,;:]*$", re.IGNORECASE)
# What a percentage change is measured against: GDP "contracted 0.4% from a year earlier" and
# "grew 0.9% from the previous quarter" are two figures, never one in conflict with the other
BASIS_AFTER = re.compile(
    r"(?:(?!,\s+and\b)[^.;:\d]){0,40}?\b(?:(?P<year>from\s+a\s+year\s+(?:earlier|ago|before)|year[\s-]on[\s-]year|y/y|"
    r"in\s+the\s+(?:year|12\s+months|twelve\s+months)\s+(?:to|through|ending)\s+(?P<to_month>" + MONTH_NAMES + r")\b|"
    r"(?:compared\s+(?:with|to)|from|over|on)\s+(?:the\s+)?(?:same\s+(?:period|quarter|month)\s+(?:of\s+|a\s+)?"
    r"(?:last|the\s+previous|a)\s+year|a\s+year\s+(?:earlier|ago)))"
    r"|(?P<quarter>(?:from|on|over)\s+the\s+(?:previous|prior|preceding)\s+(?:quarter|three\s+months)|"
    r"quarter[\s-]on[\s-]quarter|q/q)"
    r"|(?P<month>(?:from|on|over)\s+the\s+(?:previous|prior|preceding)\s+month|month[\s-]on[\s-]month|m/m)"
    # "rose 2.7% from March to 287,500": against a month of this year, no year-on-year change
    rf"|(?:from|since|compared\s+(?:with|to))\s+(?P<since>{MONTH_NAMES})\b(?![\s,]+(?:\d|last|this|next|a\s+year)))",
    re.IGNORECASE)
# (only the explicit forms: "quarterly revenue jumped 78%" is up on a year earlier)
BASIS_BEFORE = re.compile(r"\b(?P<year>year[\s-]on[\s-]year)|\b(?P<quarter>quarter[\s-]on[\s-]quarter)"
                          r"|\b(?P<month>month[\s-]on[\s-]month)", re.IGNORECASE)
# the sentence's basis told first: "On a monthly basis, consumer prices rose 0.4%"
BASIS_OPENING = re.compile(r"\W*(?:On|In)\s+(?:a|an)\s+(?:(?P<month>monthly|month-on-month)|(?P<quarter>quarterly|"
                           r"quarter-on-quarter)|(?P<year>annual|yearly|year-on-year))\s+basis\b", re.IGNORECASE)
# A year earlier is what a change is against unless the story says otherwise (revenue "up 6%"
# is up on a year earlier): only the other bases name a measure of their own.
BASIS_NAMES = {"year": "", "quarter": "quarter on quarter", "month": "month on month"}


def _basis(ctx, number) -> str:
    """"quarter on quarter", "month on month": what the change is against, when the clause
    says so (after the figure, else just before it); "" for a year earlier or nothing said.
    A month's change told against a year earlier ("rose 1.3% in the year to May", "in May
    from a year earlier") is YEAR_ON_YEAR: a month's change told bare ("rose 0.4% in May") may
    be either (the findings tell the two apart); one against the month before is "month on month"."""
    stated = BASIS_AFTER.match(ctx.text, number.end)
    if not stated:
        clause = CLAUSE_CUT.split(ctx.text[max(0, number.start - 60):number.start])[-1]
        stated = BASIS_BEFORE.search(clause) or BASIS_OPENING.match(ctx.text, 0, number.start)
    if stated and stated.lastgroup == "since":  # (a move told as done: "will rise 4.99% from April" starts then)
        done = PAST_MOVE_BEFORE.search(ctx.text, max(0, number.start - 40), number.start)
        if done and _month_told(ctx, number) == _month_after(stated["since"]):  # "in May from April"
            return BASIS_NAMES["month"]
        return f"since {stated['since'].capitalize()}" if done else ""
    if stated and stated.lastgroup in ("year", "to_month") and (stated["to_month"] or _month_told(ctx, number)):
        return YEAR_ON_YEAR
    return BASIS_NAMES[stated.lastgroup] if stated else ""


YEAR_ON_YEAR = "year on year"


# the month a change is told of: "rose 0.3% in May from April", "In May, prices rose 0.3%"
MONTH_TOLD = re.compile(rf"\b(?:in|during|for)\s+(?P<month>{MONTH_NAMES})\b(?![\s,]+\d)")


def _month_told(ctx, number) -> str:
    """The month the figure's clause says its change happened in ("" for none or two)."""
    start = max(0, number.start - 80)
    cuts = list(CLAUSE_CUT.finditer(ctx.text, start, number.start))
    clause_start = cuts[-1].end() if cuts else start
    end = ctx.text.find(".", number.end)
    end = end if end > 0 else len(ctx.text)
    months = {m["month"].capitalize() for m in MONTH_TOLD.finditer(ctx.text, clause_start, end)}
    return months.pop() if len(months) == 1 else ""


def _month_after(month: str) -> str:
    names = MONTH_NAMES.split("|")
    return names[(names.index(month.capitalize()) + 1) % 12]


# "spending cuts worth 32 billion lei", "tax cuts of $1.5 trillion": money a package of cuts or rises is worth
PACKAGE_BEFORE = re.compile(r"\b(?P<thing>[A-Za-z]+)\s+(?P<kind>cuts|savings|hikes|increases|rises|breaks|credits)\s+"
                            r"(?:worth|of|totall?ing|amounting\s+to|valued\s+at)\s+(?:(?:about|around|some|nearly|"
                            r"almost|roughly|more\s+than|over)\s+)?$", re.IGNORECASE)
# "Revenue: $4.82 billion vs. $4.71 billion expected", "EPS: 94 cents": a label names the figure
# a sentence's thing, then its figure in an aside: "Turnout, at 64.2 percent, was the highest since 2001"
HEAD_ASIDE = re.compile(r"(?:^|[.;]\s+)(?P<head>[A-Z][a-z]+),\s+(?:at|of|now|currently|then)\s+$")
LABEL_BEFORE = re.compile(r"(?:^|[.;]\s+)(?!(?:The|A|An|He|She|They|It|We|I|This|That|Its|Their)\b)"
                          r"(?P<label>[A-Z][a-z]+(?:\s+[a-z]+){0,2}|[A-Z]{2,4}):\s*$")


PARTICIPLE = re.compile(r"[a-z]+ed")


# A move during a trading session, not where it closed: "jumped 38% by 1015 GMT", "in early
# trading", "at one point"; the close ("closed up 36%") is the day's move
INTRADAY = re.compile(
    r"\b(?:(?:at|by|as\s+of)\s+(?:\d{3,4}\s*(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST|JST|HKT|SGT)\b|\d{1,2}[:.]\d\d\b|"
    r"\d{1,2}\s*(?:a\.?m\b\.?|p\.?m\b\.?)|midday\b|noon\b)|in\s+(?:early|morning|afternoon|midday|opening|intraday|"
    r"pre-?market|after-?hours|extended)\s+(?:trading|trade|deals|dealings|session)\b|intraday\b|at\s+one\s+point\b|"
    r"earlier\s+in\s+the\s+(?:day|session)\b|pre-?market\b|after-?hours\b)", re.IGNORECASE)
# what moves within a session: a market's prices (a stock, an index, a currency, a bond's yield)
SESSION_WORDS = frozenset("shares stock stocks index price prices yield yields futures bonds currency "
                          "dollar euro pound yen yuan rupee bitcoin oil crude gold".split())
# a clause's end, not a clock's colon ("11:30"), nor another clause's time ("said at 7 a.m.")
SESSION_CUT = re.compile(r"[;()]|(?<!\d):(?!\d)|,\s|\s[-–—]\s|\s(?:after|before|when|as|that|while|because|following|"
                         r"since|said|says)\s", re.IGNORECASE)
OPENING_TIME = re.compile(r"\s*(?P<time>(?:By|At|As\s+of|In)\s+[^,]{2,30}),\s")


def _intraday(ctx, number, measure) -> bool:
    """Is a market's move or price told at a time within its session (its clause says so)?"""
    name = measure[0] if isinstance(measure, tuple) else measure
    if not isinstance(name, str) or not (SESSION_WORDS & set(name.removesuffix(" change").split())
                                         or name == "share change") or not INTRADAY.search(ctx.text):
        return False  # ("share change": a named index's or company's move, "The FTSE 100 was 0.4% lower at midday")
    after = SESSION_CUT.search(ctx.text, number.end)  # after the figure, in its clause: "jumped 38% by 1015 GMT"
    if INTRADAY.search(ctx.text, number.end, after.start() if after else len(ctx.text)):
        return True
    opening = OPENING_TIME.match(ctx.text)  # "By noon, gold prices were up 1.2%": the time the sentence opens with
    if opening and INTRADAY.match(ctx.text, opening.start("time")) and opening.end() <= number.start:
        return True
    # "A jumped 24% in morning trading, while B shares fell 2%": "while" tells of the same time
    told = [m for m in INTRADAY.finditer(ctx.text, 0, number.start)]
    joined = WHILE.search(ctx.text, told[-1].end(), number.start) if told else None
    cut = SESSION_CUT.search(ctx.text, number.end)
    return bool(joined and not CLOSE_WORDS.search(ctx.text, joined.start(), cut.start() if cut else len(ctx.text)))


WHILE = re.compile(r",\s+(?:while|as|whereas)\s+[^,;.]*$", re.IGNORECASE)
CLOSE_WORDS = re.compile(r"\b(?:closed|closing|ended|finished|settled)\b", re.IGNORECASE)  # "while the pound closed lower"


# "Acme shares ended 36% higher", "were trading 2% lower on Friday": the subject's move
HIGHER_AFTER = re.compile(r"\s+(?P<dir>higher|lower|cheaper|dearer)(?=\s*(?:[,.;)]|$)|\s+(?:on|by|at)\s+(?:the\s+(?:day|week|session|"
                          r"month|year)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d|noon|midday)|"
                          r"\s+(?:in|during)\s+(?:early|late|morning|afternoon|midday|opening|after-hours|pre-market)\s+"
                          # (a month may come between: "1.8% cheaper in October than a year earlier")
                          r"trad|(?:\s+in\s+(?:" + MONTH_NAMES + r"))?"
                          r"\s+than\s+(?:a\s+(?:year|month|week)\s+(?:earlier|ago|before)|last\s+(?:year|month|week)|"
                          r"the\s+same\s+(?:period|month|quarter)|the\s+(?:previous|prior)\s+(?:year|month|quarter)))",
                          re.IGNORECASE)  # not "14% lower on average", "30% higher in London than ..."
MOVE_VERB_END = re.compile(r"\b(?:(?:were|was|are|is)\s+)?(?:ended|ending|closed|closing|finished|finishing|opened|"
                           r"opening|traded|trading|settled|stood|were|was|are|is|moved|moving)\s+$", re.IGNORECASE)


# money paid as something, named after it: "$310 million in restitution", "£2m in damages"
PAID_AS_AFTER = re.compile(r"\s+in\s+(?P<noun>restitution|damages|compensation|penalties|back\s+pay|legal\s+costs|"
                           r"forfeiture|disgorgement|bail|refunds|severance|bonuses|dividends|donations|ransom)\b",
                           re.IGNORECASE)


def _measure(ctx, number):
    text = ctx.text
    higher = HIGHER_AFTER.match(text, number.end)
    higher = higher if higher and MOVE_VERB_END.search(text, max(0, number.start - 30), number.start) else None
    if higher:
        before = RELATIVE_ASIDE.sub("", _without_dates(ctx, max(0, number.start - 90), number.start))
        clause = CLAUSE_CUT.split(before)[-1]
        verb = MOVE_VERB_END.search(clause)
        thing = _subject(ctx, clause[:verb.start()] if verb else clause) or ("share" if number.unit == "percent"
                                                                             else "amount")
        return f"{thing} change", 1 if higher.group("dir").lower() in ("higher", "dearer") else -1
    paid_as = PAID_AS_AFTER.match(text, number.end) if number.unit not in NOT_MONEY else None
    if paid_as:  # "a $5 million fine and $310 million in restitution": what the money is paid as
        return " ".join(paid_as.group("noun").lower().split())
    after = _noun_after(ctx, number.end)
    if after:
        return after
    package = PACKAGE_BEFORE.search(text, max(0, number.start - 60), number.start) if number.unit != "percent" else None
    if package:  # "spending cuts worth 32 billion lei", "tax cuts of $1.5 trillion": the package's size
        return f"{package['thing'].lower()} {package['kind'].lower()}"
    aside = HEAD_ASIDE.search(text, max(0, number.start - 40), number.start)
    head = aside["head"].lower() if aside else ""
    if head in ctx.config.amount_nouns or head in ctx.config.event_nouns or \
            head and number.unit == "percent" and head not in NOT_HEAD and not _a_name(ctx, aside["head"]):
        return ctx.config.event_nouns.get(head, head)  # "Turnout, at 64.2%, was the highest", "Inflation, at 3.1%,"
    label = LABEL_BEFORE.search(text, max(0, number.start - 40), number.start)
    if label and not any(w in NOT_HEAD or w in PAST_VERBS or w.endswith("ed") for w in label["label"].lower().split()):
        return label["label"] if label["label"].isupper() else label["label"].lower()
    if number.unit == "percent":
        of = OF_AFTER.match(text, number.end)
        if of:
            phrase = _phrase(text, of.end() - 1)
            if phrase:
                return " ".join(phrase)
    before = _without_dates(ctx, max(0, number.start - 200), number.start)
    # "Core inflation, which excludes energy, slowed to 3.0%": the aside is no clause of its own (however long)
    before = RELATIVE_ASIDE.sub("", before)[-90:]
    clause = CLAUSE_CUT.split(before)[-1]
    change = VERB_CHANGE.search(clause)
    if change and number.unit != "percent" and " by" not in change.group(0).lower() \
            and not change.group("verb").lower().startswith("add"):
        change = None  # "to raise £45m", "cut £300m": money raised or cut is an amount, not a change of one
    spent = MONEY_VERB.search(clause[-40:]) if number.unit != "percent" else None
    if spent and not change:
        return MONEY_VERBS[spent.group("verb").lower()]
    if number.unit != "percent" and not change and FINED.search(clause[-60:]):
        return "fine"  # "the judge fined Okafor $250,000"
    if change:
        sign = 1 if UP.match(change.group("verb")) else -1
        adds = change.group("verb").lower().startswith("add")
        thing = _words(change.group("obj")) or (adds and _to_thing(ctx, number.end)) or \
            _subject(ctx, _antecedent(clause[:change.start()], before[:len(before) - len(clause)])) or \
            ("share" if number.unit == "percent" else "amount")
        return f"{thing} change", sign
    level = VERB_LEVEL.search(clause) or VERB_HELD.search(clause)
    if level:  # "inflation eased to 5.1% from 5.0%", "shares fell 4.2% to $15.31": levels of the subject;
        # "cut its structural deficit to $40 million": of the object the verb brings there ("cut its
        # key policy rate by 25 basis points to 3.75%": the size of the cut is no part of it)
        thing = _object(FRACTION_OF_A_POINT.sub("", BY_SIZE.sub("", level.group("obj") or ""))) or \
            _modified(_subject(ctx, clause[:level.start()]), clause[:level.start()])
        if thing:
            return thing
    stated = STATED_OF.search(clause)
    if stated and stated.end("np") == len(clause.rstrip()) and not COMPARISON.match(number.text):
        stated = None  # "to save £300m": without a linking word only a comparison ("humidity below 10%") joins them
    placed = _placed_head(clause[:stated.end("np")]) if stated else None
    if placed:  # "Unemployment in Spain was 11%", "The pass rate at the school was 81%": the thing, not the place
        return placed
    if stated:
        words = []
        for found in re.finditer(r"\S+", stated.group("np")):  # the plain words after the last verb or stop word
            word = found.group(0)
            verb = VERB_FORM.search(word) or word.lower() in PAST_VERBS
            # (not a name: "the poll put the Front at 31%"; but "Core inflation of 3.2%" opening the sentence)
            opens = number.start <= 90 and clause == before and not \
                clause[:stated.start("np") + found.start()].strip(OPENING_MARKS)
            name = word[0].isupper() and not opens
            words = [] if word.lower() in NOT_HEAD or verb or name else words + [word.lower()]
        if words and (words[-1] in RISE or words[-1] in FALL):
            sign = 1 if words[-1] in RISE else -1
            if len(words) > 1:
                return f"{' '.join(words[:-1])} change", sign
            if number.unit == "percent":  # "a rise of 12% in profits", "exports posted a rise of 23%"
                in_thing = IN_THING_AFTER.match(text, number.end)
                if in_thing and (set(in_thing.group("np").lower().split()) & NOT_THINGS):
                    in_thing = None  # "in real terms", "in the quarter", "in early trading": how or when
                thing = in_thing.group("np").lower() if in_thing else \
                    _subject(ctx, _antecedent(clause[:stated.start()], before[:len(before) - len(clause)]))
                known = in_thing or thing in ctx.config.amount_nouns or INDICATOR.fullmatch(thing or "")
                return f"{thing if known else 'share'} change", sign  # not "stands by its forecast of growth"
        if words and words[-1] in ctx.config.event_nouns:
            return ctx.config.event_nouns[words[-1]]
        if words and words[-1] not in RISE and words[-1] not in FALL:  # "punctuality was 62.7%"
            if words[-1] in GAPS:
                return _gap(words)
            if len(words) > 1 and words[-2] in DISTINCT_KINDS:
                return " ".join(words[-2:])  # "core inflation of 3.0%", "trimmed mean inflation of 2.9%"
            if len(words) > 1 and (words[-2] in ctx.config.amount_nouns or words[-1] in GENERIC_HEADS
                                   and not PLURAL_FORM.search(words[-2])):
                return " ".join(words[-2:])  # "vote share", "jobless rate": a generic head keeps its noun
            return words[-1]
    # "The budget, worth £1.2bn": a bare linking word looks back past the comma
    scope = before if LINK_ONLY.fullmatch(clause.strip()) else clause
    nouns = [w for w in LOWER_WORD.findall(scope.lower()[-70:]) if w in ctx.config.amount_nouns
             or w in ctx.config.event_nouns]
    if nouns and nouns[-1] in GAPS:
        words = LOWER_WORD.findall(scope.lower()[-70:])
        return _gap(words[:len(words) - words[::-1].index(nouns[-1])])
    if nouns:
        return ctx.config.event_nouns.get(nouns[-1], _singular(ctx, nouns[-1]))
    aid = AID_AFTER.match(text, number.end)
    if aid and aid.group("noun").lower() in ctx.config.amount_nouns | ctx.config.event_nouns.keys():
        word = aid.group("noun").lower()
        return ctx.config.event_nouns.get(word, word)
    return "share" if number.unit == "percent" else "amount"


DATE_PREPOSITION = re.compile(r"(?:\s+(?:on|in|at|by|during|since|until|as\s+of|through|over))?\s*$", re.IGNORECASE)


def _without_dates(ctx, lo, hi) -> str:
    """The text between `lo` and `hi` with its dates (and a preposition before each) left
    out: "Turnout on Saturday was 80.2%" reads as "Turnout was 80.2%"."""
    while 0 < lo < hi and ctx.text[lo - 1].isalnum() and ctx.text[lo].isalnum():
        lo += 1  # a window cut mid-word starts at the next word: "nflation" is no thing
    text = ctx.text[lo:hi]
    for date in sorted((d for d in ctx.dates if lo <= d.start and d.end <= hi), key=lambda d: -d.start):
        start, end = date.start - lo, date.end - lo
        if text[end:end + 2] in ("'s", "’s"):  # "Turnout in Thursday's vote": the vote, still placed
            text = text[:start] + "the" + text[end + 2:]
            continue
        start = DATE_PREPOSITION.search(text, 0, start).start()
        text = text[:start] + text[end:]
    return text


SPACE_ONLY = re.compile(r"\s*")  # a date right after a number, nothing between
CLOCK_TIME = re.compile(r"\b(?:at|by|as\s+of|until)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d|"
                        r"noon|midday)|\bat\s+the\s+same\s+(?:time|hour)\b", re.IGNORECASE)
OPENING_MARKS = " \"'“‘("  # what may stand before a sentence's first word
# "the $4.95 billion analysts had expected", "the 3% economists forecast": the noun does the verb
WHO_DID_IT = re.compile(r"\s+(?:had\s+|have\s+|has\s+)?(?:expected|forecast|predicted|estimated|projected|"
                        r"anticipated|pencilled\s+in|penciled\s+in|sought|demanded|wanted|offered|proposed)\b",
                        re.IGNORECASE)


def _noun_after(ctx, end):
    """"a £64.5m gap", "an 11% pay rise", "a 4.99% rise in council tax", "15% contained"; not a
    date ("61.8% four years ago") nor who did what to it ("the $4.95 billion analysts had expected")."""
    if any(SPACE_ONLY.fullmatch(ctx.text, end, d.start) for d in ctx.dates if d.start >= end):
        return None
    words, words_end = _phrase_span(ctx.text, end)
    if not words or WHO_DID_IT.match(ctx.text, words_end):
        return None
    head, rest = words[-1], words[:-1]
    if head in PAY_RAISE and rest in ([], ["pay"], ["wage"], ["salary"]):  # "a 9 percent raise": of pay
        return "pay change", 1
    if head in RISE or head in FALL:
        sign = 1 if head in RISE else -1
        thing = " ".join(rest) or _of_thing(ctx.text, end)
        return (f"{thing} change", sign) if thing else None
    if head in GAPS:  # a gap, hole or shortfall of money is the budget gap, whatever it is "in"
        return _gap(words)
    return " ".join(words)


def _of_thing(text, end):
    """"rise in council tax": the phrase after the head's "in"/"of"."""
    follow = IN_AFTER.match(text, _phrase_span(text, end)[1])
    if not follow:
        return ""
    phrase = _phrase(text, follow.end() - 1)
    return " ".join(phrase)


def _to_thing(ctx, end):
    """"add £97.56 to the average Band D bill": the thing the change is added to."""
    follow = re.match(r"(?:\s+(?:a|an|per|each)\s+(?:year|month|week|day))?\s+to\s+(?:the\s+|its\s+|their\s+|a\s+)?"
                      r"(?:average\s+|typical\s+)?(?=[A-Za-z])",
                      ctx.text[end:end + 40])
    if not follow:
        return ""
    head = ""
    for word in re.findall(r"[A-Za-z][\w'’-]*|[,.;:]", ctx.text[end + follow.end():end + follow.end() + 40])[:4]:
        if word.lower() in NOT_HEAD or not word[0].isalpha():
            break
        head = word if word.islower() else head  # "a typical band D bill": the last plain word
    return head


PERIOD_ADJECTIVE = re.compile(r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)-(?:quarter|half)|full-year|"
                              r"half-year(?:ly)?|quarterly|year-end|year-on-year|month-on-month")


def _phrase(text, position) -> list[str]:
    """Up to three lower-case words from `position` that make a noun phrase (no stop words)."""
    return _phrase_span(text, position)[0]


def _phrase_span(text, position) -> tuple[list[str], int]:
    """`_phrase`, and where the words read end."""
    words: list[str] = []
    for _ in range(3):
        match = WORDS_AFTER.match(text, position)
        if not match:
            break
        word = match.group("w").lower()
        if word in NOT_HEAD or word in PAST_VERBS or word.endswith("ly") or word.endswith(("'s", "’s")) and not words:
            break
        if words and (word in S_VERBS or PARTICIPLE.search(word)):  # not "defence spending"
            break  # "the €28mn fine compares with", "a €14.5mn penalty imposed on": the verb ends the phrase
        position = match.end()
        if not words and PERIOD_ADJECTIVE.fullmatch(word):
            continue  # "a 38% drop in third-quarter profit": the time of the profit, not what it is
        words.append(word)
        if word in RISE or word in FALL or word in GAPS or _plural(word):
            break  # "71% of regional buses ran late": the phrase ends at its head
    return words, position


def _singular(ctx, word: str) -> str:
    """"costs" and "cost" are one measure when the vocabulary knows both."""
    return word[:-1] if word.endswith("s") and word[:-1] in ctx.config.amount_nouns else word


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics"))


def _modified(thing: str, text: str) -> str:
    """A generic head named in `text` with the nouns before it there ("the unemployment rate
    rose" -> unemployment rate, which the vocabulary names `unemployment`)."""
    if thing not in GENERIC_HEADS:
        return thing
    before = re.findall(rf"(?<![\w'’])((?:[a-z][\w-]*\s+){{1,2}}){re.escape(thing)}\b", text)
    return _generic_named([*before[-1].split(), thing]) if before else thing


def _generic_named(words: list[str]) -> str:
    """Words ending on a generic head, named by the noun before it, and a kind before that
    ("its key policy rate" -> key policy rate, which the vocabulary names `policy rate`;
    "youth unemployment rate" stays itself, never the headline rate)."""
    *before, head = words
    if not before or before[-1] in NOT_HEAD or before[-1] in DETERMINERS:
        return head
    kept = before[-2:] if len(before) > 1 and before[-2] in RATE_MODIFIERS else before[-1:]
    return " ".join([*kept, head])


def _object(text) -> str:
    """The noun a verb's object ends on ("its structural deficit" -> "budget gap", "the
    policy rate" -> "rate"), or "" when they hold a figure or no noun ("4.2%", "by 38%", "expected")."""
    if not text or any(c.isdigit() for c in text):  # "rose 6% to $8.4 billion from": figures, no thing
        return ""
    words = [w for w in re.findall(r"[a-z][\w'’-]*", text.lower())
             if w not in NOT_HEAD and w not in RISE and w not in FALL and w not in PAST_VERBS
             and not VERB_FORM.search(w) and not w.endswith("ly")]
    if not words:
        return ""
    if words[-1] in GENERIC_HEADS:
        return _generic_named(words)
    return _gap(words) if words[-1] in GAPS else words[-1]


def _gap(words: list[str]) -> str:
    """The gap a phrase ending on a gap word names: a trade's, a current account's or a
    pension fund's deficit, another kind's gap ("the gender pay gap"), else the budget gap
    ("deficit", "shortfall", "budget hole" and "funding gap" are one measure)."""
    before = words[-2] if len(words) > 1 else ""
    own = OWN_GAPS.get(" ".join(words[-3:-1])) or OWN_GAPS.get(before)
    if own:
        return own
    if words[-1] in ("gap", "gaps") and before and before not in BUDGET_WORDS and before not in NOT_HEAD:
        return f"{before} gap"  # "the gender pay gap": what it is a gap in
    return "budget gap"


def _words(text) -> str:
    return " ".join(w.lower() for w in re.findall(r"[a-z][\w'’-]*", text or "", re.IGNORECASE)
                    if w.lower() not in NOT_HEAD)


def _subject(ctx, before) -> str:
    """"Exports fell 4.2%", "spending on placements, which rose by 38%": the thing that changed
    (after any earlier figure: "exports shrank 3.1% and output fell 2%" is output's change);
    a gap is named as `_gap` names it ("the budget shortfall widened": budget gap)."""
    thing = _thing_before(ctx, AFTER_FIGURE.split(before)[-1])
    head = thing.rsplit(" ", 1)[-1]
    if head not in GAPS:
        return thing
    words = LOWER_WORD.findall(before.lower())
    return _gap(words[:len(words) - words[::-1].index(head)]) if head in words else "budget gap"


def _thing_before(ctx, before) -> str:
    words = LOWER_WORD.findall(before.lower()[-60:])
    nouns = [i for i, w in enumerate(words) if w in ctx.config.amount_nouns]
    if nouns:
        last = nouns[-1]
        compound = last == len(words) - 2 and re.search(rf"\b{words[last]}\s+{words[-1]}\s*$", before.lower())
        if compound and words[-1] not in NOT_HEAD and words[-1] not in PAST_VERBS:
            return words[-1]  # "consumer price inflation fell": inflation, of which price says what kind
        if last and words[last - 1] in DISTINCT_KINDS:
            return f"{words[last - 1]} {words[last]}"  # "core inflation" is no headline inflation
        return words[last]
    tokens = list(re.finditer(r"[A-Za-z][\w'’&-]*", before[-60:]))
    for index in range(len(tokens) - 1, max(-1, len(tokens) - 6), -1):
        word = tokens[index].group(0)
        first = index == 0 and len(before) <= 60  # a clause's first word is capitalised anyway
        if INDICATOR.fullmatch(word):
            return word  # "Third-quarter GDP shrank 0.4%": GDP's change
        if (not word.islower() and not (first and word[1:].islower())) or word.lower() in NOT_HEAD \
                or word.endswith(("'s", "’s")) or word.lower() in PAST_VERBS:
            continue
        head = _head_of(tokens, index)
        for _ in range(3):  # "coverage of the first dose of the vaccine": up the chain of "of"s
            up = _head_of(tokens, head[1], chain=True) if head else None
            if not up:
                break
            head = up
        if head and head[0] in GENERIC_HEADS and re.search(rf"\b{head[0]}\s+of\s+{re.escape(word.lower())}\b",
                                                         before.lower()):
            return f"{word.lower()} {head[0]}"  # "the annual rate of inflation": the inflation rate
        at = head[1] if head else index
        kind = tokens[at - 1].group(0).lower() if at else ""
        thing = head[0] if head else word.lower()
        return f"{kind} {thing}" if kind in DISTINCT_KINDS else thing  # "Core inflation in Britain"
    return ""


INDICATOR = re.compile(r"GDP|GNP|GVA|CPI|PPI|HICP|PMI")  # an economy's measures, by their short names
PRONOUN_SUBJECT = re.compile(r"\s*(?:(?:and|but|though|although|while|whereas)\s+)?(?:it|they)\s+", re.IGNORECASE)
CHANGE_VERB = re.compile(rf"\b(?:{VERB_UP}|{VERB_DOWN})\b", re.IGNORECASE)


def _antecedent(subject: str, earlier: str) -> str:
    """The words that name what changed: "though it grew 0.9%" names what the clause before
    it changed ("The economy contracted 0.4% ..., though it grew 0.9%": the economy)."""
    if not PRONOUN_SUBJECT.fullmatch(subject):
        return subject
    verbs = list(CHANGE_VERB.finditer(earlier))
    return earlier[:verbs[-1].start()] if verbs else subject


AFTER_FIGURE = re.compile(r"\d\S*\s+(?:and|but|while|whereas)\s+")
HEAD_PREPOSITIONS = frozenset("among for of in across within".split())
DETERMINERS = frozenset("the a an its their all".split())
NOUN_ENDINGS = ("tion", "ment", "ance", "ence", "ity", "ship", "ism", "age", "ure")


def _head_of(tokens, index, chain=False):
    """"vaccination coverage among toddlers", "support for the plan": the noun the phrase
    after the preposition modifies, with a noun before it ("vaccination coverage"), and its
    token index; `chain`: only through "of", past up to two modifiers ("of the first MMR dose")."""
    position = index
    skipped = 0
    while position > 0 and (tokens[position - 1].group(0).lower() in DETERMINERS or
                            skipped < 2 and tokens[position - 1].group(0).lower() not in HEAD_PREPOSITIONS
                            and (chain or tokens[position - 1].group(0).islower())
                            and tokens[position - 1].group(0).lower() not in NOT_HEAD):
        skipped += tokens[position - 1].group(0).lower() not in DETERMINERS
        position -= 1
    if position < 2 or tokens[position - 1].group(0).lower() not in (("of",) if chain else HEAD_PREPOSITIONS):
        return None
    head = tokens[position - 2].group(0)
    if head.lower() in NOT_HEAD or head.lower() in PAST_VERBS or not (head.islower() or position - 2 == 0):
        return None
    words = [head.lower()]
    if position >= 3:
        modifier = tokens[position - 3].group(0)
        if (modifier.islower() or position - 3 == 0) and modifier.lower().endswith(NOUN_ENDINGS) \
                and modifier.lower() not in NOT_HEAD:
            words.insert(0, modifier.lower())
    return " ".join(words), position - 2


EXAMPLES = (
    Example("The council approved a budget of $3.5bn for 2025.",
            ({"measure": "budget", "value": 3.5e9, "unit": "USD"},)),
    Example("It posted third-quarter revenue of $8.6 billion, up 6% from a year earlier.",
            ({"measure": "revenue", "value": 8.6e9}, {"measure": "revenue change", "value": 6, "unit": "percent"}),
            note="a change stated after its level"),
    Example("Turnout was 62% in the capital.", ({"measure": "turnout", "value": 62, "unit": "percent"},)),
    Example("The EU pledged 1.5 million euros in aid.", ({"measure": "aid", "value": 1.5e6, "unit": "EUR"},)),
    Example("The council's budget for 2024-25 is £1.2bn.", ({"measure": "budget", "value": 1.2e9, "unit": "GBP"},)),
    Example("The city needs to save £300m over two years.", ({"measure": "savings", "value": 3e8},),
            note="money saved is savings"),
    Example("The club hopes to raise an estimated £4m from the sale.", ({"measure": "amount", "value": 4e6},),
            note="money raised is no change of anything"),
    Example("The regional government must close a €40m hole in its health finances.",
            ({"measure": "budget gap", "value": 4e7, "unit": "EUR"},)),
    Example("Japan posted a trade deficit of $4bn in May.", ({"measure": "trade deficit", "value": 4e9},),
            note="a trade's gap is no budget's"),
    Example("The government would give Tk 1 lakh to each bereaved family.",
            ({"measure": "payment per family (government)", "value": 1e5, "unit": "BDT"},),
            note="a sum each family is paid, whatever the outlet calls it, by its payer"),
    Example("Nurses won an 8% pay rise after losses at the hospital trust.",
            ({"measure": "pay change", "value": 8, "unit": "percent"},),
            note="the noun after the figure beats a money noun earlier in the clause"),
    Example("The province approved a 3.2% rise in water rates.",
            ({"measure": "water rates change", "value": 3.2, "unit": "percent"},)),
    Example("Exports fell 4.2% in October, the statistics office said.",
            ({"measure": "exports change", "value": -4.2, "low": -4.2, "high": -4.2, "unit": "percent"},)),
    Example("Inflation eased to 5.1% in May from 5.3% in April.",
            ({"measure": "inflation", "value": 5.1}, {"measure": "inflation", "value": 5.3}),
            source_date="2024-06-12", note="a level the change verb runs to or from is the subject's level"),
    Example("Ticket sales rose by 38% last year.", ({"measure": "sales change", "value": 38, "unit": "percent"},)),
    Example("Only 71% of regional buses ran on time in March.",
            ({"measure": "regional buses", "value": 71, "unit": "percent"},)),
    Example("Each miner will receive a 1,500-euro bonus.", ({"measure": "bonus", "value": 1500, "unit": "EUR"},)),
    Example("Containment stood at 12% on Wednesday.", ({"measure": "contained", "value": 12, "unit": "percent"},),
            note="the vocabulary's [measures] names the measure: containment is `contained`"),
    Example("The fire was 40% contained by Monday.", ({"measure": "contained", "value": 40, "unit": "percent"},),
            source_date="2024-07-10"),
    Example("The loan totals 900 million euros ($1 = 0.9210 euros).",
            ({"measure": "loan", "value": 9e8, "unit": "EUR"},), note="the exchange-rate note is no claim"),
    Example("Damage to crops was initially estimated at 3.4 billion pesos.",
            ({"measure": "damage", "value": 3.4e9, "unit": "PHP"},), note="a verb before 'at' is no noun"),
    Example("Trust in the police fell to 47% in 2023, down 9 percentage points from 56% in 2019.",
            ({"measure": "trust", "value": 47, "unit": "percent"},
             {"measure": "trust_change", "value": -9, "unit": "percentage_point"},
             {"measure": "trust", "value": 56, "unit": "percent"}),
            note="percentage points change the level they are stated with"),
    Example("Participation on Sunday was 58.3%.", ({"measure": "participation", "value": 58.3},),
            source_date="2024-05-06", note="a date is no measure"),
    Example("The province set aside RON 18 million and Rp 40 billion for relief.",
            ({"value": 1.8e7, "unit": "RON"}, {"value": 4e10, "unit": "IDR"})),
    Example("Seven in ten nurses reported burnout.", ({"value": 70, "unit": "percent"},),
            note="a ratio is a share"),
    Example("About 9,600 troops serve there.", (), note="near miss: a count has no currency"),
)
