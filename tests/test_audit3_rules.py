"""Figures the third audit (wildfire, earnings, election and outbreak stories) found misread:
the period a comparison is with, names whose first word is also a common word, job cuts
by "eliminate", and deadlines in the past.

Sentences are our own, written in the styles the audit met.
"""

from __future__ import annotations

from checker.claims import extract_text


def _figures(text: str, source_date: str = "2024-10-24"):
    claims = extract_text(text, source_date)
    return claims[claims["kind"] == "figure"]


def _as_of(figures, surface: str) -> tuple[str, str, str]:
    rows = figures[figures["surface"] == surface]
    assert len(rows) == 1, f"{surface!r} not read once: {figures['surface'].tolist()}"
    row = rows.iloc[0]
    return row["as_of_start"], row["as_of_end"], row["as_of_basis"]


def test_a_year_earlier_dates_the_comparison_not_the_figure():
    figures = _figures("Kestrel Foods reported revenue of $4.4 billion, up 6% from a year earlier.")
    assert _as_of(figures, "$4.4 billion") == ("2024-10-24", "2024-10-24", "source_date")


def test_compared_with_runs_over_a_restated_figure_to_its_period():
    figures = _figures("Net income was $310 million, or 92 cents a share, compared with $270 million, "
                       "or 80 cents a share, in the same period last year.")
    assert _as_of(figures, "$310 million") == ("2024-10-24", "2024-10-24", "source_date")
    assert _as_of(figures, "$270 million") == ("2023-01-01", "2023-12-31", "stated")


def test_from_the_same_month_last_year_is_the_comparisons_time():
    figures = _figures("Exports fell 3% from the same month last year, to 41,000 tonnes.")
    assert _as_of(figures, "41,000 tonnes") == ("2024-10-24", "2024-10-24", "source_date")


def test_a_name_whose_first_word_is_common_elsewhere_stays_whole():
    text = ("Health officials reported 12 new cases on Monday.\n\n"
            "The outbreak has spread to neighbouring New Hampshire, where 14 cases were confirmed.")
    claims = extract_text(text, "2024-03-06")
    row = claims[claims["surface"] == "14 cases"].iloc[0]
    assert row["subject"] == "New Hampshire"
    assert row["measure"] == "cases"


def test_eliminating_jobs_is_a_cut():
    row = _figures("The insurer said it would eliminate about 2,000 jobs.").iloc[0]
    assert (row["measure"], row["value"], row["low"], row["high"]) == ("jobs_change", -2000.0, -2100.0, -1900.0)


def test_an_amount_between_two_currency_bounds_is_one_range():
    for text, surface in (("The insurer expects claims of $34 billion to $35 billion.", "$34 billion to $35 billion"),
                          ("Claims will be between $34 billion and $35 billion.", "between $34 billion and $35 billion"),
                          ("The insurer expects claims of $34-35 billion.", "$34-35 billion")):
        row = _figures(text).iloc[0]
        assert (row["surface"], row["low"], row["high"], row["value"], row["unit"], row["qualifier"]) == \
            (surface, 34e9, 35e9, 34.5e9, "USD", "range")


def test_two_currencies_or_a_from_to_change_are_no_range():
    assert _figures("Tickets cost $20 to £30.")["unit"].tolist() == ["USD", "GBP"]
    costs = _figures("Costs rose from $2m to $3m.")
    assert costs["value"].tolist() == [2e6, 3e6] and set(costs["qualifier"]) == {"exact"}


def test_an_appositive_with_its_own_clause_keeps_its_date():
    figures = _figures("The death toll in the county remains at one, the 6-year-old girl who died late last month.",
                       "2025-03-11")
    assert _as_of(figures, "death toll in the county remains at one") == ("2025-03-11", "2025-03-11", "source_date")
    figures = _figures("Rescuers found 12 survivors on Sunday, a spokesman who declined to be named said.", "2025-03-11")
    assert _as_of(figures, "12 survivors") == ("2025-03-09", "2025-03-09", "stated")


SEGMENTS = ("Kestrel Foods reported revenue of $8.4 billion for the quarter.\n\n"
            "Kestrel Foods' frozen-food division generated $3.9 billion in revenue, while the snacks unit brought "
            "in $2.7 billion and dairy contributed $1.8 billion.")


def test_a_part_of_an_organisation_owns_its_figure():
    subjects = dict(zip(_figures(SEGMENTS)["surface"], _figures(SEGMENTS)["subject"]))
    assert subjects == {"$8.4 billion": "Kestrel Foods", "$3.9 billion": "Kestrel Foods frozen-food division",
                        "$2.7 billion": "Kestrel Foods snacks unit", "$1.8 billion": "Kestrel Foods"}


def test_a_segments_revenue_is_no_conflict_with_the_whole(tmp_path):
    from checker.pipeline import find_discrepancies, load_corpus
    from tests.corpora import article, write_corpus

    folder = write_corpus(tmp_path / "earnings", {
        "herald.md": article("2024-10-24", "Market Herald", SEGMENTS, title="Kestrel Foods beats forecasts"),
        "ledger.md": article("2024-10-24", "City Ledger", "Kestrel Foods said quarterly revenue was $8.4 billion.",
                             title="Kestrel Foods revenue rises"),
    })
    found = find_discrepancies(load_corpus([folder], use_cache=False))
    revenue = found[found["measure"] == "revenue"]
    assert revenue["kind"].tolist() == ["corroborated"], found[["kind", "subject", "message"]].values.tolist()
    assert revenue["subject"].tolist() == ["Kestrel Foods"]


def test_a_date_opening_the_sentence_is_no_subject():
    row = _figures("By Tuesday, the fire had burned 12,000 acres.", "2024-08-10").iloc[0]
    assert (row["subject"], row["as_of_start"]) == ("area", "2024-08-06")
