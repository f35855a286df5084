"""A bare level: a number with neither a unit nor a noun it counts, stated as the level of a thing
a verb moved ("Home sales rose 15% to 287,500 from 262,000", "Enrolment fell from 1,450 to 1,210",
"Average attendance is 28,640, up 9% from 26,310").

The measure is the thing moved, in the sentence's own words (figures.amounts reads them beside
its money and shares, so the change after a level is that thing's change).  The level a move started from is an earlier level.  Only a level a
move went to or from, or one stated right before its change, is read: a rank ("rose to 3 in the
rankings", "No. 3"), a score, a year, a rate ("120 a barrel"), a level whose unit the writer left
out ("the temperature rose to 41") or a number no thing is named for states no level.  This rule runs after the counts, so a number they read ("cases rose to 171")
keeps their reading.
"""

from checker.rulekit import Example
from checker_rules.figures.amounts import bare_levels


def find(ctx):
    return bare_levels(ctx)


EXAMPLES = (
    Example("Home sales rose 15% to 287,500 from 262,000.",
            ({"measure": "sales", "value": 287500, "unit": ""}, {"measure": "sales", "value": 262000, "unit": ""})),
    Example("Enrolment fell from 1,450 to 1,210.",
            ({"measure": "enrolment", "value": 1450}, {"measure": "enrolment", "value": 1210})),
    Example("Average attendance is 28,640, up 9% from 26,310.",
            ({"measure": "attendance", "value": 28640}, {"measure": "attendance", "value": 26310}),
            note="a level stated right before its change"),
    Example("The club rose to 3 in the rankings.", (), note="near miss: a rank is no level"),
    Example("He is 45, up from 44.", (), note="near miss: no thing is named"),
    Example("Brent rose to 120 a barrel.", (), note="near miss: a rate without its unit"),
    Example("The temperature rose to 41 on Monday.", (), note="near miss: a level whose unit is left out"),
)
