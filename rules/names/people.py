"""A person's name: "Prime Minister Ana Brnabić", "Karin Keller said", "Maia Sandu, the president".

A run of two or three capitalised words reads as a person's name when a title stands
before it, a reporting verb follows it, or an appositive title follows it.  Names are
claims of kind `name` so the findings can compare spellings across sources.
"""

import regex as re

from checker.rulekit import Example, Match

TITLES = (r"President|Prime\s+Minister|Minister|Secretary[\s-]General|Secretary|Chancellor|King|Queen|Prince|"
          r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Commander|General|Major\s+General|Gen\.|Lt\.|Colonel|Col\.|Captain|Senator|Sen\.|"
          r"Governor|Gov\.|Mayor|Ambassador|Envoy|Pope|Judge|Justice|Director|Chief|Spokesman|Spokeswoman|"
          r"Spokesperson|Leader|Premier|Speaker|Rep\.|Representative|Sheikh|Emir|Archbishop|Bishop|Coach|"
          r"spokesman|spokeswoman|spokesperson|leader|chief|minister|president|mayor|governor|commander|envoy")
NAME_WORD = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?"
NAME = rf"({NAME_WORD}(?:\s+(?:van|von|de|der|al|bin|da|di|le|la)\s+|\s+){NAME_WORD}(?:\s+{NAME_WORD})?)"
PATTERN = re.compile(
    rf"(?:\b(?:{TITLES})\s+(?:of\s+[A-Z]\w+,?\s+)?(?:[A-Z]\w+\s+)?){NAME}"
    rf"|{NAME}(?=,?\s+(?:said|says|told|added|stated|noted|announced|wrote|warned|asked|urged|insisted|"
    rf"explained|argued|confirmed|remarked|declared|concluded|replied)\b)"
    rf"|{NAME}(?=,\s+(?:the\s+|a\s+)?(?:{TITLES})\b)",
)
NOT_NAMES = frozenset(
    "The This That These Those In On At For From With About After Before During Since Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Prime Minister President Secretary General Republic North South "
    "East West Western Eastern Northern Southern Police Force Army Council Union Office Ministry "
    "Government Party Alliance Commission Agency Organization Organisation Department Mr Mrs Ms Dr Sir "
    "Lord Lady Madam Prof General Commander Captain Minister Chancellor Senator Governor Mayor".split()
)


def find(ctx):
    for match in PATTERN.finditer(ctx.text):
        name = next(g for g in match.groups() if g)
        start = match.start() + match.group(0).index(name)
        words = name.split()
        if words[0] in NOT_NAMES or words[-1] in NOT_NAMES:
            continue
        yield Match(start, start + len(name), "name", "name", subject=name)


EXAMPLES = (
    Example("Serbian Prime Minister Miloš Vučević agreed to the plan.",
            ({"kind": "name", "subject": "Miloš Vučević", "surface": "Miloš Vučević"},)),
    Example("Karin Keller said the alliance stands ready.", ({"subject": "Karin Keller"},)),
    Example("Mayor Karen Bass announced the curfew.", ({"subject": "Karen Bass"},)),
    Example("Maia Sandu, the president, welcomed the proposal.", ({"subject": "Maia Sandu"},)),
    Example("The Western Balkans said nothing.", (), note="near miss: a region is no person"),
)
