"""Figures a list states by leaving out what the first said: "Germany sent 1,000 troops,
France 500 and Italy 300", "In Arlen 45 people died, in Borsk 30 and in Calder 12".

Each later item is a name (or a place after "in") and a bare number; the verb and the
counted noun are those of the first figure.  The rules read only the first (the others
count nothing of their own), so the claims stage reads the rest here: each item is a
figure of the first's measure, whose subject is the item's name, told the same way (its
own qualifier: "France about 500").  The first figure's subject is the name that opens
its clause ("Germany"), when the figure has none of its own.  A list told of one place or
time ("In Wales, Labour won 27 seats, Plaid Cymru 4 ...") is left to the rules: its items
are that place's, which a subject cannot say.
"""

from __future__ import annotations

import re

from checker.numbers import NumberMention
from checker.rulekit import Match, SentenceContext

# ", France 500", " and Italy 300", ", in Borsk 30", ", the Greens 14", ", and independents 14"
SEPARATOR = re.compile(r"(?:,\s+(?:and\s+|while\s+)?|\s+and\s+|;\s+)")
NAME_WORD = r"(?:[A-Z][\w'’.&-]*|of|de|du|la|von|van|al-?\w*)"
ITEM_NAME = re.compile(
    rf"(?P<prep>(?:in|at|for|from)\s+)?(?P<name>(?:the\s+)?"
    rf"(?:[A-Z][\w'’.&-]*(?:\s+{NAME_WORD}){{0,3}}|(?:other\s+)?[a-z][a-z-]+s))\s+$")
# a lower-case item must name a group ("independents", "others"), never a verb or an adverb
NOT_A_GROUP = re.compile(r"(?:ing|ed|ly|ss|us|is)$|^(?:was|has|does|its|this|his|hers|ours|theirs|yes|as|"
                         r"thus|plus|less|unless|whereas|perhaps|afterwards|towards|besides|always|sometimes|"
                         r"rates|totals|figures|numbers|estimates|results|prices|tens|hundreds|thousands|"
                         r"millions|billions|dozens|scores)$")
NOT_A_NAME = frozenset(("The", "A", "An", "And", "But", "It", "In", "On", "At", "By", "For", "From", "Of",
                        "Some", "About", "Around", "Nearly", "Almost", "Over", "Only", "Just", "That", "This",
                        "These", "Those", "Its", "Their"))
ITEM_END = re.compile(r"\s*(?:[,;.:)]|\s+(?:and|while|but)\b|$)")
# the name that opens the first figure's clause, then its verb ("Germany sent", "Kolwe district has
# recorded"; not "Operating profit rose")
VERB = r"(?:has|have|had|is|are|was|were|will|[a-z]+ed|sent|won|lost|took|got|gave|sold|paid|put|cut|made|beat|held|" \
       r"brought|bought|spent|raised|shed|drew|ran|saw|sees|gets|wins|sends|takes|holds|counts|reports|employs)"
OPENING_NAME = re.compile(rf"(?:^|[,;:]\s+|\bwhile\s+)(?:[Ii]n\s+)?(?P<name>(?:the\s+)?[A-Z][\w.&-]*"
                          rf"(?:\s+{NAME_WORD}){{0,3}})(?:\s+(?:district|province|county|region|state|city|town|"
                          rf"party|club|team))?\s+{VERB}\s+(?:{VERB}\s+)?(?:[a-z]+\s+)?$")
NO_NOUN_MEASURES = ("duration", "age")
# a place or a time the whole list is told of, before its first figure's clause
SCOPE_BEFORE = re.compile(r"^\W*(?:In|At|Across|Among|For|Outside)\s+[^,]{1,40},\s")


def gapped(ctx: SentenceContext, found: list[Match]) -> list[Match]:
    """The figures each list after a figure of `found` states without its noun, as new
    matches; an item another rule read ("Jones 38%" after "Smith received 45% of the
    vote") gets its name as subject."""
    numbers = [n for n in ctx.numbers if n.qualifier != "vague"]
    taken = [m.span for m in found] + [p.span for m in found for p in m.parts] + [d.span for d in ctx.dates]
    figures = [m for m in found if m.kind == "figure"]
    out: list[Match] = []
    for head in figures:
        if head.parts or head.measure in NO_NOUN_MEASURES or head.detail.get("refers_back") \
                or SCOPE_BEFORE.search(ctx.text, 0, head.start):
            continue  # (not "In Wales, Labour won 27 seats, Plaid Cymru 4": the items are Wales's too)
        items = list(_items(ctx, head, numbers, taken, figures))
        if not items:
            continue
        if not head.subject and all(item.subject[:1].isupper() for item in items):  # a list of names
            opening = OPENING_NAME.search(ctx.text, 0, head.start)
            if opening and opening.group("name").split()[0] not in NOT_A_NAME:
                head.subject = _bare(opening.group("name"))
        new = [item for item in items if item not in figures]
        out += new
        taken += [m.span for m in new]
    return out


def _items(ctx: SentenceContext, head: Match, numbers: list[NumberMention], taken: list[tuple[int, int]],
           figures: list[Match]):
    """Each item after `head`, in order, until one is not an item."""
    end = head.end
    for number in (n for n in numbers if n.start >= head.end):
        separator = SEPARATOR.match(ctx.text, end)
        if not separator or number.unit != head.unit:
            return
        read = next((m for m in figures if m.start <= number.start < m.end), None) \
            if any(s < number.end and number.start < e for s, e in taken) else None
        if read is not None and (read.start != number.start or read.unit != head.unit or read.parts):
            return  # part of another figure ("France 500 tanks" is a count of its own, read as one)
        name = ITEM_NAME.fullmatch(ctx.text, separator.end(), number.start)
        if not name or not _is_name(name.group("name")) or not ITEM_END.match(ctx.text, number.end):
            return
        if read is not None:  # "Jones 38%": read by its own rule, named by the list
            named = _bare(name.group("name"))
            read.subject = read.subject or (named if named[:1].isupper() else "")
            yield read
            end = read.end
            continue
        sign = -1 if head.measure.endswith("_change") and head.value < 0 else 1  # "cut 1,200 jobs, Borsk 800"
        low, high = sorted((sign * number.low, sign * number.high))
        yield Match(separator.end(), number.end, "figure", head.measure, value=sign * number.value, low=low,
                    high=high, unit=number.unit, qualifier=number.qualifier, anchor=number.start,
                    subject=_bare(name.group("name")), rule=head.rule,
                    detail={"stated": number.text, "gapped": True}
                    | ({"noun": head.detail["noun"]} if head.detail.get("noun") else {}))
        end = number.end


def _is_name(name: str) -> bool:
    words = name.split()
    last = words[-1]
    if last[0].isupper():
        return words[0] not in NOT_A_NAME or len(words) > 1 and words[0] == "The"
    return not NOT_A_GROUP.search(last)


def _bare(name: str) -> str:
    """"the Greens" -> "Greens": subjects are named without their article."""
    return re.sub(r"^(?:the|The)\s+", "", name)
