"""Small fixture corpora on other stories (floods, protests, quakes, budgets), written
into a temporary folder so each test states exactly the articles it reads."""

from __future__ import annotations

from pathlib import Path


def article(published: str, outlet: str, body: str, title: str = "") -> str:
    head = f"---\ntitle: {title or outlet}\noutlet: {outlet}\npublished: {published}\n---\n"
    return head + body.strip() + "\n"


def write_corpus(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


FLOOD_REVISED = {
    "day1.md": article("2024-04-01", "Coastal Herald",
                       "Floods in Derna killed at least 20 people on Sunday, officials said.\n\n"
                       "Rescue teams from Benghazi reached the city late in the evening."),
    "day2.md": article("2024-04-02", "Libya Observer",
                       "The death toll from the floods in Derna rose to 85, the health ministry said."),
    "day3.md": article("2024-04-03", "Coastal Herald",
                       "Rescuers said 112 people were killed in Derna after two dams collapsed."),
}
FLOOD_SAME_DAY = {
    "observer.md": article("2024-04-02", "Libya Observer", "Officials said 85 people died in the floods in Derna."),
    "times.md": article("2024-04-02", "Desert Times", "Officials said about 60 people died in the floods in Derna."),
}
FLOOD_LOWER = FLOOD_REVISED | {
    "day4.md": article("2024-04-04", "Evening Post", "Authorities said 90 people were killed in Derna."),
}
PROTEST = {
    "police.md": article("2024-05-01", "Tbilisi Daily", "Police said about 3,700 protesters marched in Tbilisi."),
    "organisers.md": article("2024-05-01", "Georgia Today",
                             "The police said more than 3,600 protesters marched in Tbilisi."),
}
GARRISON = {
    "history.md": article("2025-02-10", "Aceh Post",
                          "Some 50,000 troops were deployed to Aceh in 1999 to fight the rebellion."),
    "today.md": article("2025-02-10", "Jakarta Globe", "The army now keeps around 4,000 troops in Aceh."),
}
QUAKE = {
    "wire.md": article("2024-09-30", "Wire Service", "The earthquake struck Izmir on 24 September, officials said."),
    "local.md": article("2024-09-30", "Aegean News", "The earthquake struck Izmir on 23 September, officials said."),
    "weekly.md": article("2024-10-02", "Weekly Review", "The earthquake struck Izmir in September, officials said."),
}
COALITION = {
    "summit.md": article("2024-06-12", "Summit Wire",
                         "The Lisbon Coalition gathers 30 nations, including 20 allies and seven partners."),
}
BUDGET = {
    "council.md": article("2024-02-28", "Leeds Courier", "Leeds City Council approved a budget of £3.5bn on Tuesday."),
    "radio.md": article("2024-02-28", "Radio Leeds", "Leeds City Council approved a budget of £3.2bn on Tuesday."),
}


def generated_records(count: int, seed: int) -> list[dict]:
    """Articles of the benchmark's generator (`bench/generate.py`) as JSON Lines records:
    dense with figures and dates, so a few give many claims and findings."""
    import sys

    bench = str(Path(__file__).resolve().parent.parent / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    from generate import records

    return records(count, seed)


def figure_claims(text: str, source_date: str):
    """The figure claims checker reads in one piece of text with a given source date."""
    from checker.claims import extract_text

    claims = extract_text(text, source_date)
    return claims[claims["kind"] == "figure"]


def only(claims, surface: str):
    """The one claim whose words are `surface` (fails, listing what was read, if not one)."""
    rows = claims[claims["surface"] == surface]
    assert len(rows) == 1, list(claims["surface"])
    return rows.iloc[0]


def corpus_findings(tmp_path: Path, articles: dict[str, str]):
    """The findings checker makes of a corpus of these articles, written under `tmp_path`."""
    from checker.pipeline import find_discrepancies, load_corpus

    return find_discrepancies(load_corpus([write_corpus(tmp_path / "corpus", articles)], use_cache=False))


def date_starts(text: str, source_date: str) -> dict[str, str]:
    """Each date claim's words -> the day its period starts, in one piece of text."""
    from checker.claims import extract_text

    claims = extract_text(text, source_date)
    dated = claims[claims["kind"] == "date"]
    return dict(zip(dated["surface"], dated["as_of_start"]))
