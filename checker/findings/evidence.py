"""One finding type and the evidence it carries, shared by every finding kind.

A finding's `finding_id` says what it is about (kind, subject, measure and the as-of
slot or event it concerns), so it survives re-runs, edits of unrelated paragraphs and
new sources joining it; its `fingerprint` hashes the normalised evidence (source,
value interval, as-of of every claim), so a review decision can tell when the evidence
it saw has changed.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass

from checker.dates import date_label
from checker.numbers import CURRENCY_SYMBOLS, format_interval, format_number
from checker.schema import records  # noqa: F401 - the finding modules' row reader

SEVERITY = {"conflict": "error", "date_conflict": "error", "revision": "warning", "name_variant": "warning",
            "change": "info", "corroborated": "info"}
EVIDENCE_FIELDS = ("claim_id", "source", "outlet", "source_date", "line", "start", "end", "surface",
                   "sentence", "subject", "measure", "value", "low", "high", "unit", "qualifier",
                   "as_of_start", "as_of_end", "as_of_precision", "as_of_basis")
# Claims one finding quotes: enough to see the disagreement, bounded so a fact repeated by
# thousands of articles in an archive does not make a finding (or the report) huge.
MAX_EVIDENCE = 12
PLAIN = (str, int, float)  # evidence values that need no conversion
# json.dumps with options builds an encoder per call; a finding row needs three
EVIDENCE_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
HASHED_JSON = json.JSONEncoder(default=str, ensure_ascii=False).encode


@dataclass(frozen=True)
class Finding:
    kind: str
    severity: str
    subject: str
    measure: str
    as_of: str
    values: str
    message: str
    claims: tuple[dict, ...]  # evidence rows, in the order the message tells them
    identity: tuple  # what the finding is about: hashed into finding_id

    def row(self, quoted: dict[int, dict] | None = None) -> dict:
        """The finding as a findings-table row; `quoted` keeps the evidence form of each
        claim (by id) across the findings of one run, whose claims are shared dicts."""
        if quoted is None:
            evidence = [_evidence(c) for c in self.claims]
        else:
            evidence = [quoted[id(c)] if id(c) in quoted else quoted.setdefault(id(c), _evidence(c))
                        for c in self.claims]
        return {
            "finding_id": _hash((self.kind, self.subject, self.measure) + tuple(self.identity)),
            "kind": self.kind,
            "severity": self.severity,
            "subject": self.subject,
            "measure": self.measure,
            "as_of": self.as_of,
            "values": self.values,
            "claim_ids": " ".join(c["claim_id"] for c in self.claims),
            "sources": " ".join(dict.fromkeys(c["source"] for c in self.claims)),
            "message": self.message,
            "fingerprint": _hash(tuple(sorted(_normalised(c) for c in self.claims))),
            "evidence": EVIDENCE_JSON(evidence),
        }


def _hash(parts: tuple) -> str:
    return hashlib.sha1(HASHED_JSON(parts).encode()).hexdigest()[:12]


def _normalised(claim: dict) -> tuple:
    return (claim["source"], _round(claim["low"]), _round(claim["high"]), claim["as_of_start"],
            claim["as_of_end"], claim.get("subject", ""), claim.get("surface", "") if claim["kind"] != "figure" else "")


def _round(value) -> str:
    """A bound as sortable, stable text: "3515.0", "inf", "" (for dates)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return "inf" if math.isinf(value) and value > 0 else ("-inf" if math.isinf(value) else repr(round(float(value), 6)))


def _evidence(claim: dict) -> dict:
    out = {}
    for key in EVIDENCE_FIELDS:
        value = claim.get(key, "")
        if type(value) not in PLAIN and hasattr(value, "item"):  # a numpy scalar
            value = value.item()
        if type(value) is float and (math.isnan(value) or math.isinf(value)):
            value = None if math.isnan(value) else ("inf" if value > 0 else "-inf")
        out[key] = value
    return out


def listing(names: list[str], most: int = 3) -> str:
    """ "A", "A and B", "A, B, C and 4 others": names in a message, bounded."""
    if len(names) > most:
        return f"{', '.join(names[:most])} and {len(names) - most} others"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def who(claim: dict) -> str:
    """How a message names a source: its outlet, else its file."""
    return claim.get("outlet") or claim["source"]


def when(claim: dict) -> str:
    """A claim's as-of date as a reader writes it ("2023-09-24", "May 2023")."""
    if not claim["as_of_start"]:
        return "an unknown date"
    from datetime import date

    return date_label(date.fromisoformat(claim["as_of_start"]), date.fromisoformat(claim["as_of_end"]),
                      claim["as_of_precision"])


def amount(claim: dict, signed: bool = True) -> str:
    """A figure as the source stated it: "around 4,700", "at least 85", "1,000 more"."""
    stated = json.loads(claim["detail"]).get("stated", "") if claim.get("detail") else ""
    if not stated:
        words = {"about": "about ", "close_to": "close to ", "at_least": "at least ", "at_most": "at most ", "up_to": "up to ",
                 "just_over": "just over "}
        stated = words.get(claim["qualifier"], "") + format_number(abs(claim["value"]))
        if claim["qualifier"] == "range":
            stated = f"{format_number(abs(claim['low']))}-{format_number(abs(claim['high']))}"
        unit = {"percent": "%"}.get(claim["unit"], f" {claim['unit']}" if claim["unit"] else "")
        stated += unit
    stated = " ".join(stated.split())
    first = re.match(r"[A-Z][a-z]*", stated)
    if first and first.group(0).lower() not in CURRENCY_SYMBOLS:  # "About 180,000" mid-sentence (not "Tk 1 lakh")
        stated = stated[0].lower() + stated[1:]
    if claim["measure"].endswith("_change") and signed:
        if claim.get("unit") in ("percent", "percentage_point"):  # a rate's move: "25 basis points lower"
            return f"{stated} {'higher' if claim['value'] >= 0 else 'lower'}"
        return f"{stated} {'more' if claim['value'] >= 0 else 'fewer'}"
    if PERCENT_CHANGE.search(claim["measure"]) and signed and not UP_OR_DOWN.match(stated):
        return f"{'up' if claim['value'] >= 0 else 'down'} {stated}"  # "firmed 0.3%" vs "weakened 0.4%"
    return stated


PERCENT_CHANGE = re.compile(r" change(?: \(.*\))?$")  # "forint change", "GDP change (quarter on quarter)"
UP_OR_DOWN = re.compile(r"(?:up|down)\b", re.IGNORECASE)


def quantity(value: float, unit: str) -> str:
    """A computed figure in the claims' unit: "115 million EUR", "4.99%", "27"."""
    number = format_number(value)
    if abs(value) >= 1e6 and not math.isinf(value) and round(value / 1e6, 3) * 1e6 == value:
        number = f"{value / 1e6:g} million"
    if unit == "percent":
        return f"{number}%"
    if PINT_NAME.fullmatch(unit):  # "metric_ton" -> "metric tons"
        unit = unit.replace("_", " ") + ("s" if value != 1 and not unit.endswith("s") else "")
    return f"{number} {unit}" if unit else number


PINT_NAME = re.compile(r"[a-z]+(?:_[a-z]+)*")

def span(claim: dict) -> str:
    """The interval behind a figure, for arithmetic: "3,515-3,885"."""
    return format_interval(claim["value"], claim["low"], claim["high"], "range" if claim["low"] != claim["high"] else "exact")


def measure_words(measure: str) -> str:
    return measure.replace("_change", " (change)").replace("_", " ")


def amount_of(claim: dict, measure: str) -> str:
    """A figure with what it measures, unless its own words say it: "93 injured", but
    "magnitude 7.4" (not "magnitude 7.4 magnitude")."""
    stated, words = amount(claim), measure_words(measure)
    return stated if words.lower() in stated.lower() else f"{stated} {words}"


def as_of_label(claims: list[dict]) -> str:
    starts = sorted(c["as_of_start"] for c in claims if c["as_of_start"])
    ends = sorted(c["as_of_end"] for c in claims if c["as_of_end"])
    if not starts:
        return ""
    return starts[0] if (starts[0], ends[-1]) == (starts[-1], ends[0]) and starts[0] == ends[-1] else f"{starts[0]}/{ends[-1]}"
