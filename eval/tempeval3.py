"""Score checker's date and duration rules on the TempEval-3 platinum test set.

    python eval/tempeval3.py            # score, print the summary, write eval/RESULTS.md
    python eval/tempeval3.py --record   # ... and record the figures in eval/baseline.json

The data (20 AP/CNN/WSJ/BBC/NYT documents in TimeML, with a creation date and gold
TIMEX3 values) lives outside the project, in `../shared/eval/te3-platinum/`.  Each
document's TEXT is stripped of its tags (plain-text offsets kept, so gold spans map
onto it), checker's date and duration rules read it with the creation date as the
source date, and every claim is written as a TIMEX3 (type and value).  As a baseline,
`dateparser.search_dates` reads the same text with the creation date as its base.

The measures follow the official TempEval-3 entity scorer (UzZaman et al. 2013,
`evaluate_entities.py`): system and gold expressions are paired one to one where they
overlap; precision is over system expressions, recall over gold ones; relaxed F1 counts
any overlap, strict F1 only identical spans; value F1 is the share of relaxed pairs with
the same normalised value times the relaxed F1 (equivalently the F1 of value-correct
pairs).  Scored here: DATE and DURATION gold expressions.  A system expression that
overlaps only a gold TIME or SET is out of scope: it is neither credited nor counted as a
false positive.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "te3-platinum"
RESULTS = HERE / "RESULTS.md"
BASELINE = HERE / "baseline.json"
TYPES = ("DATE", "DURATION")
SCOPES = (("DATE", ("DATE",)), ("DURATION", ("DURATION",)), ("DATE+DURATION", TYPES))
SEASONS = {(3, 5): "SP", (6, 8): "SU", (9, 11): "FA", (12, 2): "WI"}


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str
    note: str = ""  # how the system read it (rule id, precision)


@dataclass
class Doc:
    name: str
    dct: date
    text: str  # the plain text of the TEXT element
    gold: list[Timex] = field(default_factory=list)


# --- reading TimeML ---------------------------------------------------------------------

TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_doc(path: Path) -> Doc:
    """The plain text inside <TEXT> and the gold TIMEX3s as offsets into it."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d\d-\d\d)', raw).group(1)
    body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    plain: list[str] = []
    length = 0
    cursor = 0
    open_timex: tuple[int, dict] | None = None
    gold: list[Timex] = []
    for tag in TAG.finditer(body):
        chunk = _unescape(body[cursor:tag.start()])
        plain.append(chunk)
        length += len(chunk)
        cursor = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if not tag.group(1):
            open_timex = (length, dict(ATTR.findall(tag.group(3))))
        elif open_timex:
            start, attrs = open_timex
            text = "".join(plain)
            gold.append(Timex(start, length, attrs.get("type", ""), attrs.get("value", ""), text[start:length]))
            open_timex = None
    plain.append(_unescape(body[cursor:]))
    return Doc(path.stem, date.fromisoformat(dct), "".join(plain), gold)


def _unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def load(folder: Path = DATA) -> list[Doc]:
    return [read_doc(path) for path in sorted(folder.glob("*.tml"))]


# --- checker as a TIMEX3 tagger ---------------------------------------------------------

def checker_timexes(doc: Doc) -> list[Timex]:
    """checker's date and duration claims of a document, written as TIMEX3s."""
    from checker.claims import extract_text
    from checker_rules import RULES

    rules = [rule for rule in RULES if rule.family in ("dates", "durations")]
    claims = extract_text(doc.text, doc.dct, rules=rules)
    lengths = {rule.id for rule in rules if rule.family == "durations"}  # ("duration", a court's "sentence")
    out: list[Timex] = []
    for row in claims.itertuples():
        if row.kind == "date":
            out.extend(_date_timexes(doc.text, row))
        elif row.rule in lengths and row.unit:
            out.extend(_duration_timexes(row))
    return out


def _duration_timexes(row) -> list[Timex]:
    note = f"{row.rule} {row.qualifier} {row.low:g}-{row.high:g} {row.unit}"
    if row.qualifier == "vague":  # "several days", "for years": PXD, PXY
        return [Timex(row.start, row.end, "DURATION", duration_value(None, row.unit), row.surface, note)]
    if row.qualifier == "range":
        # TimeML writes "between 12 and 18 months" as two expressions: "12" P12M, "18 months" P18M.
        numbers = list(re.finditer(r"\d[\d,.]*|[a-z]+", row.surface, re.IGNORECASE))
        numbers = [m for m in numbers if m.group(0).lower() not in ("between", "and", "to", "the")]
        if len(numbers) >= 2:
            first, second = numbers[0], numbers[1]
            return [Timex(row.start + first.start(), row.start + first.end(), "DURATION",
                          duration_value(float(row.low), row.unit), first.group(0), note),
                    Timex(row.start + second.start(), row.end, "DURATION", duration_value(float(row.high), row.unit),
                          row.surface[second.start():], note)]
    return [Timex(row.start, row.end, "DURATION", duration_value(float(row.value), row.unit), row.surface, note)]


def _date_timexes(text: str, row) -> list[Timex]:
    note = f"{row.rule} {row.as_of_precision}"
    detail = json.loads(row.detail) if row.detail else {}
    if detail.get("timex"):  # a reference the rule names itself: PRESENT_REF, PAST_REF
        return [Timex(row.start, row.end, "DATE", detail["timex"], row.surface, note)]
    if row.as_of_precision in ("", "unresolved"):
        return [Timex(row.start, row.end, "DATE", "XXXX", row.surface, note)]
    start, end = date.fromisoformat(row.as_of_start), date.fromisoformat(row.as_of_end)
    if row.as_of_precision == "year" and start.year != end.year:
        # TimeML writes a range of years as two expressions: "2009-2010" -> 2009, 2010.
        years = list(re.finditer(r"\d{4}|(?<=[-–—/])\d\d\b", row.surface))
        if len(years) == 2:
            return [Timex(row.start + m.start(), row.start + m.end(), "DATE", str(y), m.group(0), note)
                    for m, y in zip(years, (start.year, end.year))]
    return [Timex(row.start, row.end, "DATE", date_value(start, end, row.as_of_precision), row.surface, note)]


def date_value(start: date, end: date, precision: str) -> str:
    """A checker date interval as a TIMEX3 value: 2013-03-22, 2013-W11(-WE), 2013-03, 2012-SU, 2013, 201, 19."""
    if precision == "day":
        if start.weekday() == 5 and (end - start).days == 1:  # a weekend
            iso = start.isocalendar()
            return f"{iso.year}-W{iso.week:02d}-WE"
        return start.isoformat()
    if precision == "week":
        iso = start.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if precision == "month":
        return f"{start.year}-{start.month:02d}"
    if precision == "part_of_year":
        season = SEASONS.get((start.month, end.month))
        return f"{start.year}-{season}" if season else str(start.year)
    if precision == "decade":
        return str(start.year)[:3]
    if precision == "century":
        return str(start.year)[:2]
    return str(start.year)


def duration_value(amount: float | None, unit: str) -> str:
    """A checker duration as a TIMEX3 value: P1M, P10Y, P78D, PT36H; no amount: PXY, PXD."""
    unit = (unit or "year").lower()
    if amount is None:
        code = {"decade": "DE", "century": "CE", "hour": "TXH", "minute": "TXM"}.get(unit, unit[0].upper())
        return f"PT{code[1:]}" if code.startswith("TX") else f"PX{code}"
    if unit in ("decade", "century"):
        amount, unit = amount * (10 if unit == "decade" else 100), "year"
    if amount != int(amount):  # "a year and a half" -> P18M
        smaller = {"year": (12, "month"), "month": (30, "day"), "week": (7, "day"), "day": (24, "hour"),
                   "hour": (60, "minute")}
        if unit in smaller:
            factor, unit = smaller[unit]
            amount *= factor
    number = f"{amount:g}"
    if unit == "second" and amount >= 60:  # a race's time, 11255 seconds: PT3H7M35S, as TimeML writes it
        hours, rest = divmod(amount, 3600)
        minutes, seconds = divmod(rest, 60)
        parts = [(hours, "H"), (minutes, "M"), (seconds, "S")]
        return "PT" + "".join(f"{value:g}{code}" for value, code in parts if value)
    if unit in ("hour", "minute", "second"):
        return f"PT{number}{unit[0].upper()}"
    return f"P{number}{ {'year': 'Y', 'month': 'M', 'week': 'W', 'day': 'D'}.get(unit, 'Y')}"


# --- dateparser as a baseline -----------------------------------------------------------

def dateparser_timexes(doc: Doc) -> list[Timex]:
    """dateparser.search_dates over the text, base = the creation date; all DATEs.

    search_dates returns substrings; each is located in the text from where the previous
    one ended.  The value's precision is the period dateparser itself reports when it
    re-reads the substring (year, month, week, else day).
    """
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    base = datetime.combine(doc.dct, datetime.min.time())
    found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    reader = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "RETURN_TIME_AS_PERIOD": True})
    out: list[Timex] = []
    cursor = 0
    for surface, when in found:
        start = doc.text.find(surface, cursor)
        if start < 0:
            start = doc.text.find(surface)
        if start < 0:
            continue
        cursor = start + len(surface)
        data = reader.get_date_data(surface)
        period = (data.period if data and data.date_obj else None) or "day"
        value = {"year": f"{when.year}", "month": f"{when.year}-{when.month:02d}",
                 "week": "{0}-W{1:02d}".format(*when.date().isocalendar()[:2])}.get(period, when.date().isoformat())
        out.append(Timex(start, start + len(surface), "DATE", value, surface, f"dateparser {period}"))
    return out


# --- scoring ----------------------------------------------------------------------------

@dataclass
class Outcome:
    """One scope's counts and the expressions behind them."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0  # one-to-one overlapping pairs
    strict: int = 0  # pairs with identical spans
    value: int = 0  # pairs with the same value
    misses: list[tuple[str, Doc, Timex | None, Timex | None]] = field(default_factory=list)

    def figures(self) -> dict:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        rp, rr = _ratio(self.relaxed, self.system), _ratio(self.relaxed, self.gold)
        sp, sr = _ratio(self.strict, self.system), _ratio(self.strict, self.gold)
        accuracy = _ratio(self.value, self.relaxed)
        relaxed_f1 = f1(rp, rr)
        return {"gold": self.gold, "system": self.system, "relaxed_pairs": self.relaxed,
                "strict_P": sp, "strict_R": sr, "strict_F1": f1(sp, sr),
                "relaxed_P": rp, "relaxed_R": rr, "relaxed_F1": relaxed_f1,
                "value_accuracy": accuracy, "value_P": accuracy * rp, "value_R": accuracy * rr,
                "value_F1": accuracy * relaxed_f1}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def pair(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs of overlapping expressions: identical spans first, then the largest overlap."""
    candidates = []
    for g in gold:
        for s in system:
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                candidates.append(((g.start, g.end) != (s.start, s.end), -overlap, g.start, s.start, g, s))
    candidates.sort(key=lambda c: c[:4])
    used_g: set[Timex] = set()
    used_s: set[Timex] = set()
    pairs = []
    for *_, g, s in candidates:
        if g not in used_g and s not in used_s:
            used_g.add(g)
            used_s.add(s)
            pairs.append((g, s))
    return pairs


def score(docs: list[Doc], systems: dict[str, list[Timex]], types: tuple[str, ...]) -> Outcome:
    outcome = Outcome()
    for doc in docs:
        gold = [g for g in doc.gold if g.type in types]
        others = [g for g in doc.gold if g.type not in TYPES]  # TIME and SET: out of scope
        system = [s for s in systems[doc.name] if s.type in types]
        system = [s for s in system if not (_overlaps_any(s, others) and not _overlaps_any(s, doc.gold, types))]
        pairs = pair(gold, system)
        outcome.gold += len(gold)
        outcome.system += len(system)
        outcome.relaxed += len(pairs)
        for g, s in pairs:
            outcome.strict += (g.start, g.end) == (s.start, s.end)
            if g.value == s.value:
                outcome.value += 1
            else:
                outcome.misses.append(("wrong value", doc, g, s))
        paired_g = {g for g, _ in pairs}
        paired_s = {s for _, s in pairs}
        outcome.misses += [("not found", doc, g, None) for g in gold if g not in paired_g]
        outcome.misses += [("false positive", doc, None, s) for s in system if s not in paired_s]
    outcome.misses.sort(key=lambda m: (m[1].name, (m[2] or m[3]).start))
    return outcome


def _overlaps_any(span: Timex, others: list[Timex], types: tuple[str, ...] | None = None) -> bool:
    return any(o.start < span.end and span.start < o.end and (types is None or o.type in types) for o in others)


def evaluate(docs: list[Doc] | None = None, baseline: bool = True) -> dict[str, dict[str, Outcome]]:
    """{system: {scope: Outcome}} for checker (and dateparser when `baseline`)."""
    docs = load() if docs is None else docs
    runs = {"checker": {doc.name: checker_timexes(doc) for doc in docs}}
    if baseline:
        runs["dateparser"] = {doc.name: dateparser_timexes(doc) for doc in docs}
    return {name: {scope: score(docs, found, types) for scope, types in SCOPES} for name, found in runs.items()}


# --- the report -------------------------------------------------------------------------

def context(doc: Doc, start: int, end: int) -> str:
    """The sentence around a span, the span in brackets, on one line."""
    left = max(doc.text.rfind(". ", 0, start) + 2, doc.text.rfind("\n", 0, start) + 1, 0)
    stops = [i for i in (doc.text.find(". ", end), doc.text.find("\n", end)) if i >= 0]
    right = min(stops) + 1 if stops else len(doc.text)
    if start - left > 200:
        left = start - 200
    if right - end > 200:
        right = end + 200
    snippet = f"{doc.text[left:start]}[{doc.text[start:end]}]{doc.text[end:right]}"
    return " ".join(snippet.split()).replace("|", "\\|")


def write_report(results: dict[str, dict[str, Outcome]], documents: int, path: Path = RESULTS) -> str:
    import dateparser

    from checker_rules import rules_version

    lines = [
        "# TempEval-3 platinum: checker vs dateparser",
        "",
        "Generated by `python eval/tempeval3.py` (overwritten on every run); see `eval/README.md`.",
        f"{documents} documents, gold DATE and DURATION expressions; checker rules version `{rules_version()}`, "
        f"dateparser {dateparser.__version__}.",
        "",
        "Value F1 is the official TempEval-3 figure (value accuracy over relaxed pairs x relaxed F1); "
        "HeidelTime's published 77.61 and SUTime's 67.38 are over all four types.",
        "",
        "| system | scope | gold | system | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | value acc. | value F1 |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, scopes in results.items():
        for scope, outcome in scopes.items():
            f = outcome.figures()
            lines.append(
                f"| {name} | {scope} | {f['gold']} | {f['system']} | {f['strict_P']:.2%} | {f['strict_R']:.2%} | "
                f"{f['strict_F1']:.2%} | {f['relaxed_P']:.2%} | {f['relaxed_R']:.2%} | {f['relaxed_F1']:.2%} | "
                f"{f['value_accuracy']:.2%} | **{f['value_F1']:.2%}** |")
    for name, scopes in results.items():
        misses = scopes["DATE+DURATION"].misses
        lines += ["", f"## {name}: misses ({len(misses)})", "",
                  "Gold not found, found with a wrong value, and false positives (DATE+DURATION); "
                  "the expression in brackets.", "",
                  "| document | miss | gold | system | context |", "|---|---|---|---|---|"]
        for kind, doc, g, s in misses:
            span = g or s
            gold_text = f"`{g.text}` {g.type} {g.value}" if g else ""
            system_text = f"`{s.text}` {s.type} {s.value} ({s.note})" if s else ""
            lines.append(f"| {doc.name} | {kind} | {gold_text} | {system_text} | {context(doc, span.start, span.end)} |")
    text = "\n".join(lines) + "\n"
    path.write_text(text, encoding="utf-8")
    return text


def record(results: dict[str, dict[str, Outcome]], path: Path = BASELINE) -> dict:
    """The figures the regression test holds checker to."""
    figures = {scope: {k: round(v, 4) for k, v in outcome.figures().items() if isinstance(v, float)}
               for scope, outcome in results["checker"].items()}
    payload = {"dataset": "te3-platinum", "system": "checker", "tolerance": 0.02,
               "value_F1": figures["DATE+DURATION"]["value_F1"], "scopes": figures}
    path.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return payload


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the te3-platinum folder")
    parser.add_argument("--record", action="store_true", help="record checker's figures in eval/baseline.json")
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip dateparser (and leave eval/RESULTS.md as it is)")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"{args.data}: no such folder (the TempEval-3 platinum set)", file=sys.stderr)
        return 2
    docs = load(args.data)
    results = evaluate(docs, baseline=not args.no_baseline)
    if not args.no_baseline:
        write_report(results, len(docs))
    for name, scopes in results.items():
        for scope, outcome in scopes.items():
            f = outcome.figures()
            print(f"{name:10} {scope:14} strict F1 {f['strict_F1']:.4f}  relaxed F1 {f['relaxed_F1']:.4f}  "
                  f"value F1 {f['value_F1']:.4f}  (gold {f['gold']}, system {f['system']})")
    if args.record:
        payload = record(results)
        print(f"recorded value F1 {payload['value_F1']:.4f} in {BASELINE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
