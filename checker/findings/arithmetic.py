"""Arithmetic a story states or implies: totals vs parts, level + change vs a later level,
dates vs the gap stated between them, a share vs the counts it is stated with, and the
fates of a group vs the group ("Of the 213 on board, 185 were rescued, 19 died and 11 are
missing").

Interval arithmetic throughout, so qualifiers count: close to 4,000 [3,800, 4,000] plus
about 1,000 [950, 1,050] is [4,750, 5,050], which around 4,700 [4,465, 4,935] meets.
Holding is `info`, failing is `error`; the message shows the sum.  A conversion told in
passing ("44.6C (114F)", "12,000 hectares (29,650 acres)") is found only when it is wrong.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pandas as pd

from checker.dates import DateValue, add_duration, date_label
from checker.figures import SIZE_ENDS, SIZE_NOUN, THING_STATE_WORDS
from checker.findings.evidence import (
    Finding,
    amount,
    as_of_label,
    measure_words,
    quantity,
    records,
    span,
    when,
    who,
)
from checker.findings.series import agree, slots
from checker.numbers import format_number
from checker.units import convert, to_years


def find(claims: pd.DataFrame) -> list[Finding]:
    figures = claims[claims["kind"] == "figure"]
    return (sums(figures) + level_changes(figures) + date_offsets(figures) + point_changes(figures) + shares(figures)
            + fates(figures) + percent_changes(figures) + size_changes(figures) + conversions(figures))


# Each family below needs only some claims together, so an engine may run it on parts
# of the table (rows in claims-table order): `sums` and `date_offsets` on whole
# sources, `level_changes` on a subject's level and change measures together.

def sums(figures: pd.DataFrame) -> list[Finding]:
    """Totals stated as parts, against the total stated in the same sentence (per source)."""
    out: list[Finding] = []
    rows = records(_around_parts(figures))
    by_total: dict[str, list[dict]] = {}
    for claim in rows:
        if claim["part_of"]:
            by_total.setdefault(claim["part_of"], []).append(claim)
    by_sentence: dict[tuple[str, str, str], list[dict]] = {}
    for claim in rows:
        if not claim["part_of"]:
            by_sentence.setdefault((claim["source"], claim["sentence"], claim["measure"]), []).append(claim)
    for total in (c for c in rows if c["claim_id"] in by_total):
        pieces = sorted(by_total[total["claim_id"]], key=lambda c: c["start"])
        stated = [c for c in by_sentence[(total["source"], total["sentence"], total["measure"])]
                  if c["claim_id"] != total["claim_id"]] or [  # "4,000 jobs cut include 1,350 in Germany, ..."
            _size(c) for c in by_sentence.get((total["source"], total["sentence"], total["measure"] + "_change"), [])] \
            or _in_a_state(by_sentence, total)  # "closed 120 schools, including 80 primary schools and 50 ..."
        terms = " + ".join(f"{amount(p)} {json.loads(p['detail'] or '{}').get('noun', '')}".strip() for p in pieces)
        if stated:
            claim = stated[0]
            partial = bool(json.loads(total["detail"] or "{}").get("partial"))
            holds = total["low"] <= claim["high"] and (partial or claim["low"] <= total["high"])
            noun = measure_words(total["measure"])
            message = (f"{who(total)} says {total['subject']} has {amount(claim)} {noun} and gives "
                       f"{'some of ' if partial else ''}its parts as {terms} = {quantity(total['value'], total['unit'])}: "
                       + (_parts_verdict(holds, partial) + f" {amount(claim)} {noun}."))
            evidence = (claim, *pieces)
        else:
            holds = True
            message = (f"{who(total)} states {total['subject']} {measure_words(total['measure'])} as parts: "
                       f"{terms} = {quantity(total['value'], total['unit'])} {measure_words(total['measure'])}.")
            evidence = (total, *pieces)
        out.append(Finding("arithmetic", "info" if holds else "error", total["subject"], total["measure"],
                           as_of_label([total]), f"{terms} = {quantity(total['value'], total['unit'])}", message, evidence,
                           ("sum", total["source"], total["as_of_start"], total["value"])))
    return out


def _in_a_state(by_sentence: dict, total: dict) -> list[dict]:
    """The sentence's count of the parts' things in a state ("closed 120 schools" is `schools closed`)."""
    return [c for (source, sentence, measure), claims in by_sentence.items()
            if source == total["source"] and sentence == total["sentence"] and measure.startswith(total["measure"] + " ")
            and THING_STATE_WORDS.intersection(measure.split()[1:]) for c in claims]


def _size(change: dict) -> dict:
    """A change as the size of what changed ("4,000 jobs cut" -> 4,000 jobs), for its parts to meet."""
    low, high = sorted((abs(change["low"]), abs(change["high"])))
    return dict(change, value=abs(change["value"]), low=low, high=high, measure=change["measure"].removesuffix("_change"))


def _parts_verdict(holds: bool, partial: bool) -> str:
    """How the parts stand against the whole: a partial list (some nationalities of those
    on board) holds while it does not exceed it."""
    if partial:
        return "the parts named fit within" if holds else "the parts named exceed"
    return "the parts add up to" if holds else "the parts do not add up to"


def _around_parts(figures: pd.DataFrame) -> pd.DataFrame:
    """The parts, and the figures of the sources and sentences that give parts (a
    superset of the totals and the claims beside them): all `sums` reads, in order."""
    parts = figures["part_of"] != ""
    if not parts.any():
        return figures.iloc[:0]
    totals = figures[figures["claim_id"].isin(figures.loc[parts, "part_of"].unique())]
    beside = figures["source"].isin(totals["source"].unique()) & figures["sentence"].isin(totals["sentence"].unique())
    return figures[parts | beside]


NEXT_LEVEL_REACH = timedelta(days=31)


def level_changes(figures: pd.DataFrame) -> list[Finding]:
    """A level, plus the change stated after it, against the next level stated (per subject)."""
    out: list[Finding] = []
    plain = figures[(figures["part_of"] == "") & (figures["as_of_start"] != "")]
    by_measure: dict[tuple[str, str], list[dict]] = {}
    for claim in records(plain):
        by_measure.setdefault((claim["subject"], claim["measure"]), []).append(claim)
    for (subject, measure), group in sorted(by_measure.items()):
        if not measure.endswith("_change"):
            continue
        level_measure = measure.removesuffix("_change")
        levels = sorted(by_measure.get((subject, level_measure), []), key=lambda c: c["as_of_start"])
        for slot in slots(sorted(group, key=lambda c: c["as_of_start"]), 0):
            if not agree(slot) or any(c["qualifier"] == "vague" for c in slot):
                continue  # ("hundreds more flights cancelled": no sum to check)
            low, high = max(c["low"] for c in slot), min(c["high"] for c in slot)
            moment = slot[0]["as_of_start"]
            before = [c for c in levels if c["as_of_end"] < moment]
            after = [c for c in levels if c["as_of_start"] > moment]
            if not before or not after:
                continue
            start, end = before[-1], after[0]
            expected = (start["low"] + low, start["high"] + high)
            holds = expected[0] <= end["high"] and end["low"] <= expected[1]
            operator = "+" if slot[0]["value"] >= 0 else "-"
            arithmetic = (f"{amount(start)} ({when(start)}) {operator} {amount(slot[0], signed=False)} ({when(slot[0])}) = "
                          f"{format_number(expected[0])}-{format_number(expected[1])}")
            # a level told long after the change may follow other moves ("cut 50 basis points" in
            # December is no account of the rate in March): a warning, not an error
            reach = (date.fromisoformat(max(c["as_of_end"] for c in slot)) + NEXT_LEVEL_REACH).isoformat()
            later = end["as_of_start"] > reach
            # three outlets' figures joined are an inference, not one outlet's account: the change's
            # own source must tell one of the levels for a miss to be an error
            apart = not {start["source"], end["source"]} & {c["source"] for c in slot}
            message = (f"{subject} {measure_words(level_measure)}: {arithmetic}, "
                       + (f"consistent with {amount(end)} ({span(end)}) on {when(end)} ({who(end)})."
                          if holds else f"but {who(end)} gives {amount(end)} ({span(end)}) on {when(end)}"
                          + (", more than a month later: other changes may have come between." if later else
                             ": each figure is another outlet's, so another change may have come between."
                             if apart else ".")))
            severity = "info" if holds else "warning" if later or apart else "error"
            out.append(Finding("arithmetic", severity, subject, level_measure,
                               f"{start['as_of_start']}/{end['as_of_end']}", arithmetic, message,
                               (start, *slot, end), ("change", moment)))
    return out


DAYS_A_YEAR = 365.25
SHORT_GAP = 4  # a gap under a quarter of its anchor's period


def date_offsets(figures: pd.DataFrame) -> list[Finding]:
    """"In 2008, about a decade after the 1998-1999 conflict": does anchor + gap meet the date? (per claim)"""
    out: list[Finding] = []
    for claim in records(figures[figures["detail"].str.contains('"relation"', regex=False)]):
        detail = json.loads(claim["detail"])
        anchor = DateValue(date.fromisoformat(detail["anchor"][0]), date.fromisoformat(detail["anchor"][1]), "year")
        target = DateValue(date.fromisoformat(detail["target"][0]), date.fromisoformat(detail["target"][1]), "year")
        sign = -1 if detail["relation"] in ("before", "prior to") else 1
        low, high = sorted((sign * to_years(claim["low"], claim["unit"]), sign * to_years(claim["high"], claim["unit"])))
        if max(abs(low), abs(high)) * DAYS_A_YEAR * SHORT_GAP < (anchor.end - anchor.start).days + 1:
            continue  # "a day after data showed second-quarter GDP ...": a gap far shorter than its anchor's period
            # tells nothing ("10 months after the 2022 fire" still does)
        reached = add_duration(anchor, low, high)
        holds = reached.overlaps(target)
        arithmetic = (f"{detail['anchor'][2]} {'+' if sign > 0 else '-'} {claim['surface']} = "
                      f"{date_label(reached.start, reached.end, 'day')}")
        message = (f"{who(claim)}: {arithmetic}, which "
                   + ("includes" if holds else "does not include") + f" {detail['target'][2]}.")
        out.append(Finding("arithmetic", "info" if holds else "error", claim["subject"], "elapsed",
                           when(claim), arithmetic, message, (claim,),
                           ("dates", claim["source"], detail["anchor"][2], detail["target"][2])))
    return out


def point_changes(figures: pd.DataFrame) -> list[Finding]:
    """"12.1%, up from 5.4%, a gain of 7.7 percentage points": do the two levels a change in
    points names differ by it?  Within the precision the figures are written to (per claim)."""
    out: list[Finding] = []
    stated = figures[(figures["unit"] == "percentage_point") & figures["detail"].str.contains('"levels"', regex=False)]
    for claim in records(stated):
        before, after = json.loads(claim["detail"])["levels"]
        difference = after - before
        slack = _slack(claim)  # "7.7" stands for 7.65-7.75
        holds = claim["low"] - slack <= difference <= claim["high"] + slack
        arithmetic = f"{format_number(after)}% - {format_number(before)}% = {format_number(round(difference, 6))} points"
        out.append(_against_stated(claim, holds, arithmetic,
                                   ("points", claim["source"], claim["as_of_start"], before, after, claim["value"])))
    return out


# "revenue rose 3.9% to $870 million from $820 million": the level each end of the change is
# "to a record £341m", "to an all-time high of 4,100": the level, however it is praised
LEVEL_THEN_CHANGE = re.compile(r"[^\d;:]{0,40}?,\s+(?:up|down)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
                               re.IGNORECASE)
TO_LEVEL = re.compile(r"\bto\s+(?:(?:a|an)\s+(?:new\s+|fresh\s+)?(?:record|all[\s-]time\s+high(?:\s+of)?|"
                      r"(?:\d+-\w+\s+)?(?:high|low)\s+of|peak\s+of)\s+)?"
                      r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$")
FROM_RIGHT_AFTER = re.compile(r"(?:\s+(?:year[\s-]on[\s-]year|y/y|on\s+the\s+year|on\s+an\s+annual\s+basis),?)?\s+from\s+"
                              r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?", re.IGNORECASE)
FROM_LEVEL = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$")


# what a change is measured against, when a sentence names it: a year earlier, the quarter or the month before
BASES = re.compile(r"(?P<year>a\s+year\s+(?:earlier|ago|before)|year[\s-]on[\s-]year|(?:previous|prior|preceding|last)\s+"
                   r"year|same\s+(?:period|quarter|month)(?:\s+(?:of\s+)?(?:last|the\s+previous|a)\s+year)?)"
                   r"|(?P<quarter>(?:previous|prior|preceding|last)\s+quarter|quarter[\s-]on[\s-]quarter)"
                   r"|(?P<month>(?:previous|prior|preceding|last)\s+month|month[\s-]on[\s-]month)")
# a change measured on another basis than the two levels stated
OTHER_BASIS = re.compile(r"\b(?:organic|like-for-like|like for like|constant[- ]currenc|adjusted|underlying|excluding|"
                         r"comparable|same-store|real terms|annuali[sz]ed|per share|per cent a year|a year on average|"
                         r"compound|seasonally)", re.IGNORECASE)


def _bases(sentence: str) -> set[str]:
    """The kinds of basis a sentence names ("a year earlier" and "year-on-year" are one)."""
    return {match.lastgroup for match in BASES.finditer(sentence.lower())}


def percent_changes(figures: pd.DataFrame) -> list[Finding]:
    """"Revenue rose 3.9% to $870 million from $820 million": does the change in percent a
    sentence states match the two levels it states it between?  Within the precision each
    figure is written to (a "3.9%" is 3.85-3.95; "312 million" may be 311.5-312.5 million)."""
    out: list[Finding] = []
    changes = figures[(figures["unit"] == "percent") & figures["measure"].str.endswith(" change")
                      & (figures["part_of"] == "")]
    if changes.empty:
        return out
    levels = figures[(figures["unit"] != "percent") & (figures["part_of"] == "")]
    by_sentence: dict[tuple[str, str, str], list[dict]] = {}
    in_sentence: dict[tuple[str, str], list[dict]] = {}
    for level in records(levels[levels["sentence"].isin(set(changes["sentence"]))]):
        by_sentence.setdefault((level["source"], level["sentence"], level["measure"]), []).append(level)
        in_sentence.setdefault((level["source"], level["sentence"]), []).append(level)
    changes_in = changes.groupby(["source", "sentence"]).size().to_dict()
    for change in records(changes):
        if OTHER_BASIS.search(change["sentence"]) or len(_bases(change["sentence"])) > 1:
            continue  # "rose 5% on a like-for-like basis to £2.1bn from £2.05bn": a change of another measure;
            # "rose 15% from a year earlier to $287.5 million, from $280 million in the previous quarter": two bases
        found = by_sentence.get((change["source"], change["sentence"], change["measure"].removesuffix(" change")), [])
        if not found and changes_in[(change["source"], change["sentence"])] == 1:
            # "Production fell 12% to 11.4 million tonnes from 12.1 million tonnes": the sentence's one
            # change, between levels its words name otherwise (tonnes, homes)
            found = in_sentence.get((change["source"], change["sentence"]), [])
        ends = _ends(change["sentence"], found, change)
        if ends is None or ends[0]["measure"] != ends[1]["measure"] or (
                ends[0]["measure"] != change["measure"].removesuffix(" change") and not _told_together(change, *ends)):
            continue  # (levels of another thing: "Exports rose 5% in May, while imports fell to $20 billion from
            # $22 billion", "Shares rose 5% to $30 after revenue grew from $1 billion")
        before, after = ends
        spans = [change["sentence"].find(c["surface"]) for c in (change, before, after)]
        if ";" in change["sentence"][min(spans):max(spans)]:
            continue  # "fell 4% to 1,210 this year; it had dropped from 1,450 in 2019": another move's level
        low, high = _percent_between(before, after)
        slack = _slack(change)
        holds = change["low"] - slack <= high and low <= change["high"] + slack
        worked = 100 * (after["value"] - before["value"]) / before["value"]
        arithmetic = (f"({amount(after, signed=False)} - {amount(before, signed=False)}) / "
                      f"{amount(before, signed=False)} = {format_number(round(worked, 1))}%")
        out.append(_move_between(change, before, after, arithmetic, holds, "percent"))
    return out


def size_changes(figures: pd.DataFrame) -> list[Finding]:
    """"The death toll rose by 3 to 14 from 11": does the size of a move a sentence states match
    the two levels it states it between?  Within the precision each figure is written to."""
    out: list[Finding] = []
    changes = figures[figures["measure"].str.endswith(("_change", " change")) & (figures["part_of"] == "")
                      & ~figures["unit"].isin(["percent", "percentage_point"])]
    if changes.empty:
        return out
    levels = figures[(figures["part_of"] == "") & figures["sentence"].isin(set(changes["sentence"]))]
    by_sentence: dict[tuple[str, str, str], list[dict]] = {}
    for level in records(levels):
        by_sentence.setdefault((level["source"], level["sentence"], level["measure"]), []).append(level)
    for change in records(changes):
        level_measure = change["measure"].removesuffix("_change").removesuffix(" change")
        ends = _ends(change["sentence"], by_sentence.get((change["source"], change["sentence"], level_measure), []),
                     change)
        if ends is None or ends[0]["unit"] != change["unit"]:
            continue
        before, after = ends
        if before["as_of_start"] and before["as_of_start"] != change["as_of_start"] \
                and change["sentence"].find(change["surface"]) < change["sentence"].find(before["surface"]):
            continue  # "rose by 3 to 14 on Tuesday, up from 9 a week earlier": the day's move, not the week's
            # (but "89 cases, up from 67 a week ago, an increase of 24" is the move between them)
        (from_low, from_high), (to_low, to_high) = (_written_bounds(level, scaled_only=True) for level in ends)
        low, high = to_low - from_high, to_high - from_low
        slack = _step(change, scaled_only=True)
        holds = change["low"] - slack <= high and low <= change["high"] + slack
        worked = after["value"] - before["value"]
        arithmetic = f"{amount(after, signed=False)} - {amount(before, signed=False)} = {quantity(worked, change['unit'])}"
        out.append(_move_between(change, before, after, arithmetic, holds, "size"))
    return out


def _move_between(change: dict, before: dict, after: dict, arithmetic: str, holds: bool, family: str) -> Finding:
    """A stated move against the two levels its sentence tells it between: info when it holds."""
    message = f"{who(change)}: {arithmetic}, " + ("as stated." if holds else
                                                  f"not the {amount(change, signed=False)} stated.")
    return Finding("arithmetic", "info" if holds else "error", change["subject"], change["measure"], when(change),
                   arithmetic, message, (change, before, after),
                   (family, change["source"], change["as_of_start"], before["value"], after["value"], change["value"]))


def _written_bounds(level: dict, scaled_only: bool = False) -> tuple[float, float]:
    """A level's interval, widened to the last digit it is written to."""
    step = _step(level, scaled_only)
    return level["low"] - step, level["high"] + step


PLAIN_COUNT = re.compile(r"[\d,]+|[a-z -]+", re.IGNORECASE)  # "14", "1,450", "three": a count, told exactly


def _step(figure: dict, scaled_only: bool) -> float:
    """Half a unit of the last digit a figure is written to; with `scaled_only`, none for a whole
    count written out ("14 from 11" are 14 and 11, "$870 million" may be $869.5-870.5 million) unless
    it ends in round zeros ("356,000 from 353,000" are to the thousand)."""
    stated = json.loads(figure["detail"] or "{}").get("stated", "")
    if scaled_only and PLAIN_COUNT.fullmatch(stated.strip()):
        zeros = len(stated.replace(",", "").strip()) - len(stated.replace(",", "").strip().rstrip("0"))
        return 0.5 * 10 ** zeros if zeros >= 2 and stated.strip()[:1].isdigit() else 0.0  # "356,000": to a thousand
    return _rounding(stated, figure["value"])


# the words between a change and the levels it moved between, when they are one telling: "fell 12% to
# 11.4 million tonnes from ...", "rose from 3,400 euros to 3,810 euros, an increase of 14%", "..., a 4.1% gain"
CHANGE_THEN_LEVELS = re.compile(r"\s+(?:(?:in|on|by)\s+[\w,]+\s+)?(?:to|from)\s+(?:about\s+|around\s+|some\s+)?[$€£¥]?$")
# ... and the size ends its clause (`SIZE_ENDS`)
SIZE_THEN_END = re.compile(rf"(?:\s+{SIZE_NOUN})?{SIZE_ENDS}", re.IGNORECASE)
LEVELS_THEN_CHANGE = re.compile(rf",\s+(?:an?\s+)?(?:{SIZE_NOUN}\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
                                r"almost\s+)?)?$")


def _told_together(change: dict, before: dict, after: dict) -> bool:
    """Are the two levels the change's own, told in one phrase with it (see CHANGE_THEN_LEVELS)?"""
    sentence = change["sentence"]
    at_change, at_before, at_after = (sentence.find(c["surface"]) for c in (change, before, after))
    first, last = sorted((at_before, at_after))
    if at_change < first:
        return bool(CHANGE_THEN_LEVELS.fullmatch(sentence, at_change + len(change["surface"]), first))
    last_claim = before if last == at_before else after
    return bool(LEVELS_THEN_CHANGE.fullmatch(sentence, last + len(last_claim["surface"]), at_change)
                and SIZE_THEN_END.match(sentence, at_change + len(change["surface"])))


def _ends(sentence: str, levels: list[dict], change: dict) -> tuple[dict, dict] | None:
    """The level a change starts from and the one it reaches, when the sentence states both
    ("to $870 million from $820 million", "from 452 to 412", "reached 612,400 at the end of July,
    up 12% from 566,000"), else None."""
    before = after = stated = None
    at_change = sentence.find(change["surface"])
    for level in levels:
        at = sentence.find(level["surface"])
        if at < 0 or sentence.find(level["surface"], at + 1) >= 0:
            return None  # a level written twice: which is which cannot be told
        if TO_LEVEL.search(sentence, max(0, at - 40), at):
            after = level if after is None else None
        elif FROM_LEVEL.search(sentence, max(0, at - 24), at):
            before = level if before is None else None
        elif 0 <= at < at_change and LEVEL_THEN_CHANGE.match(sentence[at + len(level["surface"]):at_change]):
            stated = level  # the level, then its change: "612,400 at the end of July, up 12%"
    if after is None and stated is not None and before is not None:  # "..., up 12% from 566,000": the from-level
        at_before, end_change = sentence.find(before["surface"]), at_change + len(change["surface"])  # right after it
        after = stated if at_before >= end_change and FROM_RIGHT_AFTER.fullmatch(sentence, end_change, at_before) else None
    if before is None or after is None or before["unit"] != after["unit"] or not before["value"]:
        return None
    return before, after


def _percent_between(before: dict, after: dict) -> tuple[float, float]:
    """The change in percent from one level to the other, as an interval: each level may be
    rounded to the last digit it is written to."""
    (from_low, from_high), (to_low, to_high) = _written_bounds(before), _written_bounds(after)
    candidates = [100 * (to - base) / base for to in (to_low, to_high) for base in (from_low, from_high) if base]
    return min(candidates), max(candidates)


WRITTEN_NUMBER = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")


def _rounding(stated: str, value: float) -> float:
    """Half a unit of the last digit a level is written to, in its own scale: "312 million"
    may be 311.5-312.5 million, "$8.4 billion" 8.35-8.45 billion."""
    written = WRITTEN_NUMBER.search(stated or "")
    if not written:
        return 0.0
    mantissa = float(written.group(1).replace(",", "") + "." + (written.group(2) or "0"))
    return abs(value) / mantissa * 0.5 * 10 ** -len(written.group(2) or "") if mantissa else 0.0


def shares(figures: pd.DataFrame) -> list[Finding]:
    """"712,450 of the 2,286,000 votes, or 34.2 percent": is the part that share of the whole?
    Within the precision the share is written to, and its qualifier (per claim)."""
    out: list[Finding] = []
    for claim in records(figures[figures["detail"].str.contains('"share_of"', regex=False)]):
        (part_low, part_high, part), (whole_low, whole_high, whole) = json.loads(claim["detail"])["share_of"]
        low, high = 100 * part_low / whole_high, 100 * part_high / whole_low
        slack = _slack(claim)  # "34.2" stands for 34.15-34.25
        holds = claim["low"] - slack <= high and low <= claim["high"] + slack
        computed = (f"at least {format_number(round(low, 1))}" if high == float("inf") else
                    format_number(round(low, 1)) if round(low, 1) == round(high, 1) else
                    f"{format_number(round(low, 1))}-{format_number(round(high, 1))}")
        out.append(_against_stated(claim, holds, f"{part} / {whole} = {computed}%",
                                   ("share", claim["source"], claim["as_of_start"], part, whole, claim["value"])))
    return out


def _against_stated(claim: dict, holds: bool, arithmetic: str, key: tuple) -> Finding:
    """A figure worked out from what a claim is stated with, against the claim itself."""
    message = (f"{who(claim)}: {arithmetic}, "
               + ("as stated." if holds else f"not the {amount(claim, signed=False)} stated."))
    return Finding("arithmetic", "info" if holds else "error", claim["subject"], claim["measure"], when(claim),
                   arithmetic, message, (claim,), key)


def _slack(claim: dict) -> float:
    """Half a unit of the last decimal a figure is written to: "7.7" stands for 7.65-7.75."""
    return 0.5 * 10 ** -_decimals(claim["surface"]) + 1e-9


# what became of the people of a group, each of them one fate only
FATES = frozenset({"rescued", "killed", "bodies", "missing", "survived", "survivors"})
OF_THE_GROUP = re.compile(r"\s*Of\s+(?:the|all|its|their|those)\s")


def fates(figures: pd.DataFrame) -> list[Finding]:
    """"Of the 213 people on board, 185 were rescued, 19 died and 11 remain missing": what a
    sentence opening with its whole tells of that whole's parts adds up to at most the whole.
    The parts are the fates of a group (each one fate only), amounts in the whole's own unit
    ("Of the 3,900 tonnes, 1,700 tonnes have been recovered, 900 ..."), or shares of a whole
    the opening names without a number ("Of the votes cast, 87% were in favour, 11% against
    ..."), which make at most 100%.  Over the whole is an error; the parts may leave some
    untold ("while 11 swam ashore"), so under it holds, unless "the rest" is among them: then
    they must make the whole."""
    out: list[Finding] = []
    opening = figures[figures["sentence"].str.match(OF_THE_GROUP) & (figures["part_of"] == "")]
    for (source, sentence), rows in opening.groupby(["source", "sentence"], sort=False):
        claims = sorted(records(rows), key=lambda c: c["start"])
        whole, told = _whole_and_parts(sentence, claims)
        if len(told) < 2:
            continue
        low, high = sum(c["low"] for c in told), sum(c["high"] for c in told)
        slack = sum(_slack(c) for c in told) if whole is None else 0.0
        whole_low, whole_high = (100.0, 100.0) if whole is None else (whole["low"], whole["high"])
        rest = bool(REST.search(sentence))
        holds = low - slack <= whole_high and (not rest or high + slack >= whole_low)
        terms = " + ".join(f"{amount(c)} {measure_words(c['measure'])}" if whole is not None and
                           c["measure"] != whole["measure"] else amount(c) for c in told)
        arithmetic = f"{terms} = {quantity(low, told[0]['unit']) if low == high else f'{format_number(low)}-{format_number(high)}'}"
        first = whole or told[0]
        stated = "100%" if whole is None else amount(whole)
        verdict = (f"within the {stated}" if holds and not rest else f"which makes up the {stated}" if holds
                   else f"more than the {stated}: the parts do not add up" if low - slack > whole_high
                   else f"less than the {stated}, though the rest is among them: the parts do not add up")
        told_of = "what became of" if told[0]["measure"] in FATES else "what makes up"
        message = f"{who(first)} tells {told_of} {stated}: {arithmetic}, {verdict}."
        out.append(Finding("arithmetic", "info" if holds else "error", first["subject"], first["measure"],
                           as_of_label([first]), arithmetic, message, tuple(c for c in (whole, *told) if c),
                           ("fates", source, first["as_of_start"], first["value"])
                           + ((first["start"],) if whole is None else ())))
    return out


# "and the rest, about 1,600 tonnes, has evaporated": the parts make the whole, not less (not
# "and the rest remain missing": a part told without its number)
REST = re.compile(r"\bthe\s+(?:rest|remainder|others)\b,?\s+(?:(?:about|around|roughly|some|nearly|almost|"
                  r"an\s+estimated)\s+)?[$€£]?\d", re.IGNORECASE)
HEAD_END = re.compile(r",(?!\d)")
VOTES = re.compile(r"\b(?:votes?|ballots?|voted|voters)\b", re.IGNORECASE)
EARLIER_LEVEL = re.compile(r"\b(?:up|down)\s+from\s+$", re.IGNORECASE)
CHANGE_MEASURE = re.compile(r"(?:_|\s)change\b")


def _whole_and_parts(sentence: str, claims: list[dict]) -> tuple[dict | None, list[dict]]:
    """The whole an "Of the ..." sentence opens with (None when it names it without a number:
    100%) and the parts it tells; no parts when they are not parts of it."""
    comma = HEAD_END.search(sentence)  # (not the comma of "3,900")
    head = sentence[:comma.start()] if comma else ""
    whole = claims[0] if head and claims[0]["surface"] in head else None
    # a level before ("up from 52% in 2021") was the whole's once, no part of it now
    parts = [c for c in (claims[1:] if whole is not None else claims) if c["as_of_basis"] != "earlier"
             and not EARLIER_LEVEL.search(sentence[:max(0, sentence.find(c["surface"]))][-12:])]
    if whole is None:  # "Of the votes cast, 87% ... 11% ... and 4%": shares of a whole split once (not
        # "Of the respondents, 70% were women, 55% were over 60": one may be both)
        shares = [c for c in parts if c["unit"] == "percent" and not CHANGE_MEASURE.search(c["measure"])]
        return None, shares if VOTES.search(head) and len(shares) == len(parts) else []
    if whole["measure"] in FATES:
        return whole, []
    fates_told = [c for c in parts if c["measure"] in FATES]
    if len(fates_told) >= 2 and len({c["measure"] for c in fates_told}) == len(fates_told):
        return whole, fates_told
    same = [c for c in parts if whole["unit"] and c["unit"] == whole["unit"] and c["measure"] == whole["measure"]]
    return whole, same if len(same) == len(parts) else []


def _decimals(surface: str) -> int:
    """Decimal places of the number a surface states ("7.7 percentage points" -> 1)."""
    number = next((word for word in surface.split() if any(ch.isdigit() for ch in word)), "")
    return len(number.split(".", 1)[1].rstrip("%")) if "." in number else 0


# a converted figure may use a rounder factor (a mile as 1.6 km, a metre as 3.3 feet) or be converted
# from a third unit rounded on the way ("50 mph (85 kph)", both from 45 knots)
CONVERSION_SLACK = 0.05
OVEN_SLACK = 0.07  # a recipe's "170C (325F)", "130C (250F)": the gas-mark table's values (see COOKING)
SCALE_LABELS = {"degree_Celsius": "°C", "degree_Fahrenheit": "°F"}


def conversions(figures: pd.DataFrame) -> list[Finding]:
    """"Temperatures reached 44.6C (114F)": does the conversion a source gives in passing
    restate its figure?  The figure may be rounded to its last digit, the conversion to its
    last non-zero digit (`numbers.rounding_bounds`), by a factor 1% off; only a conversion
    outside all that is found (an error), per claim."""
    out: list[Finding] = []
    for claim in records(figures[figures["detail"].str.contains('"restated_as"', regex=False)]):
        detail = json.loads(claim["detail"])
        low, high, unit = detail["restated_as"]
        temperature = claim["unit"] in SCALE_LABELS
        step = 0.0 if temperature else _rounding(detail.get("stated", ""), claim["value"])
        readings = [(stated, told) for stated in _readings(claim["unit"], claim) for told in _readings(unit, claim)]
        try:
            holds = any(_restates(claim, step, stated, told, (low, high), temperature) for stated, told in readings)
        except Exception:  # noqa: BLE001 - a unit pint cannot convert: nothing to check
            continue
        if holds:
            continue
        value = convert(claim["value"], claim["unit"], unit)
        worked = f"{detail.get('stated', amount(claim))} = {format_number(round(value, 1))}" \
                 f"{_unit_label(unit, detail['restated'])}"
        message = f"{who(claim)}: {worked}, not the {detail['restated']} given beside it."
        out.append(Finding("arithmetic", "error", claim["subject"], claim["measure"], when(claim), worked, message,
                           (claim,), ("conversion", claim["source"], claim["value"], detail["restated"])))
    return out


RESTATED_NUMBER = re.compile(r"^\D*?[-−]?\d[\d.,]*(?:\s*(?:thousand|million|billion)|(?:bn|mn|m)(?=\s))?\s*")


# the units a name may stand for: an oil barrel, a troy ounce of gold, a long
# or short ton, an imperial gallon; a conversion that fits any of them is no error
UNIT_READINGS = {"barrel": ("barrel", "oil_barrel"), "ounce": ("ounce", "troy_ounce"),
                 "ton": ("ton", "long_ton", "metric_ton"), "short_ton": ("short_ton", "long_ton", "metric_ton"),
                 "metric_ton": ("metric_ton",), "gallon": ("gallon", "imperial_gallon")}


AT_SEA = re.compile(r"\b(?:off\s+the\s+coast|offshore|at\s+sea|seas?|ocean|coast(?:al)?|vessel|ship|boat|tanker|ferry|"
                    r"strait|gulf|navy|naval|maritime|nautical|island|isle|harbou?r|capsized|sank|coastguard|"
                    r"coast\s+guard|fishing)\b", re.IGNORECASE)
# a recipe's or a kitchen's heat, told in the gas-mark table's round pairs: "bake at 170C (325F)", "heat the
# oil to 180C (350F)", "the meat should reach 75C (165F)"
COOKING = re.compile(r"\b(?:oven|bake[sd]?|baking|roast\w*|fry|frying|fried|oil|cook\w*|grill\w*|meat|chicken|"
                     r"pork|beef|lamb|fish|simmer\w*|boil\w*|preheat\w*|sugar|caramel|thermometer|recipe)\b",
                     re.IGNORECASE)


def _readings(unit: str, claim: dict) -> tuple[str, ...]:
    """The units `unit` may stand for in the claim's sentence (a mile at sea may be nautical)."""
    if unit == "mile" and AT_SEA.search(claim.get("sentence", "")):
        return "mile", "nautical_mile"
    return UNIT_READINGS.get(unit, (unit,))


def _restates(claim: dict, step: float, unit: str, told: str, bounds: tuple[float, float], temperature: bool) -> bool:
    """Do `bounds` (in `told`) meet the figure converted from `unit`, as a level or, for a
    temperature, as a difference ("2.4C (4.3F) above pre-industrial levels")?"""
    ends = [convert(v, unit, told) for v in (claim["low"] - step, claim["high"] + step)]
    hot = temperature and ("cooking" in claim["measure"] or bool(COOKING.search(claim.get("sentence", ""))))
    slack = (OVEN_SLACK if hot else 0.0) if temperature else CONVERSION_SLACK
    lowest, highest = min(ends) * (1 - slack), max(ends) * (1 + slack)
    if bounds[0] <= highest and lowest <= bounds[1]:
        return True
    if not temperature:
        return False
    scale = convert(1.0, unit, told) - convert(0.0, unit, told)  # a difference converts by the scale alone
    sizes = sorted(v * scale for v in (claim["low"], claim["high"]))
    return bounds[0] <= sizes[1] and sizes[0] <= bounds[1]


def _unit_label(unit: str, restated: str) -> str:
    """A computed conversion's unit as the source wrote it beside the figure ("km/h", "miles")."""
    if unit in SCALE_LABELS:
        return SCALE_LABELS[unit]
    words = RESTATED_NUMBER.sub("", restated)
    return " " + (words or quantity(2, unit).removeprefix("2 "))
