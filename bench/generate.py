"""Synthetic corpora for the benchmark: N articles of about 3 KB, deterministic per seed.

Each article has front matter with a date and is dense with what the rules read:
counts with every qualifier, casualty tolls, changes, totals of parts, amounts,
durations, names, and date expressions of every form (full dates, days and months,
months, years, ranges, decades, relative dates).
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

PLACES = ["Arlen", "Borsk", "Calder", "Dunmore", "Elstow", "Farrow", "Galen", "Harlow", "Istra", "Jorvik",
          "Kestrel", "Lorne", "Marrow", "Norwick", "Orsa", "Pellam", "Quarry Bay", "Rostow", "Selby", "Tarn"]
ORGS = ["Northern Relief Agency", "Coastal Guard", "United Peace Mission", "Harbour Authority",
        "Regional Health Board", "Civil Defence Corps", "River Basin Council", "Mountain Rescue Service"]
PEOPLE = ["Anna Petrova", "Mark Lindqvist", "Sofia Marin", "Jonas Weber", "Leila Haddad", "Tomas Novak",
          "Irena Kovac", "Daniel Osei", "Maria Santos", "Pavel Horak"]
QUALIFIERS = ["about", "around", "some", "nearly", "close to", "more than", "at least", "fewer than", "up to",
              "approximately", "roughly", "almost", "over", ""]
NOUNS = ["troops", "soldiers", "peacekeepers", "protesters", "residents", "people", "refugees", "homes",
         "vehicles", "nations", "volunteers", "workers"]
EVENTS = ["injured", "killed", "evacuated", "arrested", "missing", "displaced", "rescued"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORDS = ["two", "three", "seven", "twelve", "twenty-nine", "a dozen", "dozens of", "hundreds of"]


def number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.1:
        return rng.choice(WORDS)
    if roll < 0.2:
        return f"{rng.randint(1, 9)}.{rng.randint(1, 9)} million"
    return f"{rng.randint(10, 60000):,}"


def figure(rng: random.Random) -> str:
    qualifier = rng.choice(QUALIFIERS)
    return f"{qualifier} {number(rng)}".strip()


def date_phrase(rng: random.Random, published: date) -> str:
    day = published - timedelta(days=rng.randint(1, 400))
    forms = [
        f"on {day.day} {MONTHS[day.month - 1]} {day.year}",
        f"on {MONTHS[day.month - 1]} {day.day}, {day.year}",
        f"on {MONTHS[day.month - 1]} {day.day}",
        f"on {day.day} {MONTHS[day.month - 1]}",
        f"in {MONTHS[day.month - 1]}",
        f"in {MONTHS[day.month - 1]} {day.year}",
        f"in {day.year}",
        f"between {day.year - 2} and {day.year - 1}",
        f"in the {day.year // 10 * 10 - 20}s",
        f"on {rng.choice(WEEKDAYS)}",
        "last week", "last month", "last year", "two years ago", "three days ago", "yesterday", "today",
        "at the end of last year", f"in early {day.year}", f"in late {MONTHS[day.month - 1]} {day.year}",
    ]
    return rng.choice(forms)


def sentence(rng: random.Random, published: date) -> str:
    place, org, person = rng.choice(PLACES), rng.choice(ORGS), rng.choice(PEOPLE)
    when = date_phrase(rng, published)
    templates = [
        f"The {org} said {figure(rng)} {rng.choice(NOUNS)} were in {place} {when}.",
        f"{when.capitalize()}, {figure(rng)} people were {rng.choice(EVENTS)} in {place}, officials said.",
        f"The death toll in {place} rose to {rng.randint(5, 900)} {when}, {person} said.",
        f"The {org} deployed {figure(rng)} additional troops to {place} {when}.",
        f"The mission in {place} comprises {rng.randint(100, 9000):,} soldiers from {rng.randint(2, 30)} "
        f"allies and {rng.choice(['three', 'seven', 'nine'])} partners.",
        f"{person}, the spokesperson, said the {org} had a budget of ${rng.randint(1, 90)}.{rng.randint(1, 9)}bn {when}.",
        f"Turnout in {place} was {rng.randint(30, 90)}% {when}, up from {rng.randint(20, 60)}% in {published.year - 4}.",
        f"The siege of {place} lasted {rng.randint(2, 120)} days, ending {when}.",
        f"About {rng.randint(2, 9)} years after the {published.year - 20}-{published.year - 19} war, "
        f"{place} held elections in {published.year - 10}.",
        f"Some {rng.randint(100, 5000):,} residents of {place} were evacuated {when}, the {org} said.",
        f"President {person} will visit {place} on {MONTHS[rng.randint(0, 11)]} {rng.randint(1, 28)}.",
        f"The budget was cut by {rng.randint(10, 500)} jobs {when}, according to the {org}.",
    ]
    return rng.choice(templates)


def record(rng: random.Random, index: int) -> dict[str, str]:
    """One article as a JSON Lines record: id, title, outlet, published date and text."""
    published = date(2018, 1, 1) + timedelta(days=rng.randint(0, 2500))
    outlet = f"Outlet {index % 97}"
    lines = [f"{rng.choice(PLACES).upper()}, {published.day} {MONTHS[published.month - 1]} {published.year} - "
             f"{sentence(rng, published)}"]
    size = len(lines[0])
    while size < 2900:
        paragraph = " ".join(sentence(rng, published) for _ in range(rng.randint(1, 3)))
        lines.append(paragraph)
        size += len(paragraph) + 2
    return {"id": f"article_{index:06d}", "title": f"Report {index}", "outlet": outlet,
            "published": published.isoformat(), "text": "\n\n".join(lines) + "\n"}


def article(rng: random.Random, index: int) -> str:
    """One article as a Markdown file with front matter."""
    fields = record(rng, index)
    return (f"---\ntitle: {fields['title']}\noutlet: {fields['outlet']}\npublished: {fields['published']}\n---"
            f"\n\n{fields['text']}")


def records(count: int, seed: int = 1) -> list[dict[str, str]]:
    """`count` articles as records; the same seed gives the same articles as `generate`."""
    rng = random.Random(seed)
    return [record(rng, index) for index in range(count)]


def generate(folder: Path, count: int, seed: int = 1, form: str = "md") -> Path:
    """Write `count` articles into `folder` (created); the same seed gives the same files.

    `form`: one Markdown file per article (`md`), or one export of them all,
    `articles.jsonl` (`jsonl`) or `articles.parquet` (`parquet`, row groups of 1,000).
    """
    folder.mkdir(parents=True, exist_ok=True)
    if form == "md":
        rng = random.Random(seed)
        for index in range(count):
            (folder / f"article_{index:06d}.md").write_text(article(rng, index), encoding="utf-8")
    elif form == "jsonl":
        with (folder / "articles.jsonl").open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(fields, ensure_ascii=False) + "\n" for fields in records(count, seed))
    elif form == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(records(count, seed)), folder / "articles.parquet", row_group_size=1000)
    else:
        raise ValueError(f"unknown form {form!r} (md, jsonl or parquet)")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("-n", "--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=("md", "jsonl", "parquet"), default="md",
                        help="one Markdown file per article, or one JSON Lines or Parquet export")
    args = parser.parse_args()
    generate(args.folder, args.count, args.seed, args.format)


if __name__ == "__main__":
    main()
