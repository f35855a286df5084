"""The tables that flow between stages, each with one documented schema.

sources -> documents -> claims -> findings -> reports.  Every stage is a plain function
from DataFrame(s) to a DataFrame; the column lists below are the contract between them,
and `validate` checks a table where it is produced and where it is read, so a stage
that drifts fails loudly instead of passing NaNs downstream.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

SCHEMA_VERSION = "1"

# One row per source (article).  Dates are ISO 8601 strings ("" when unknown).
DOCUMENT_COLUMNS: dict[str, str] = {
    "source": "str",  # path relative to its corpus folder: the source's stable id
    "path": "str",  # path as given on the command line (for links and messages)
    "title": "str",
    "outlet": "str",
    "url": "str",
    "source_date": "str",  # ISO date the article was published, "" when unknown
    "source_date_basis": "str",  # front matter | manifest | html | inferred: dateline | unknown
    "date_note": "str",  # how the date is known, in words (from the manifest or inference)
    "sha256": "str",  # content hash of the raw bytes (cache key, evidence fingerprint)
    "chars": "int64",
}

# One row per figure, date or person's name stated by a source.
CLAIM_COLUMNS: dict[str, str] = {
    "claim_id": "str",  # stable: hash of source, span and rule, never a row number
    "source": "str",
    "outlet": "str",
    "line": "int64",  # 1-based line of `start` in the decoded text
    "start": "int64",  # character offsets of `surface`: text[start:end] == surface
    "end": "int64",
    "kind": "str",  # figure | date | name
    "surface": "str",  # the exact words the claim rests on
    "sentence": "str",  # the sentence that holds them (whitespace collapsed)
    "rule": "str",  # id of the rule that found it
    "subject": "str",  # who/what the figure is about; for dates, a short event description
    "measure": "str",  # troops, injured, nations, troops_change, duration, event_date, ...
    "value": "float64",  # the stated value (NaN for dates)
    "low": "float64",  # interval implied by the qualifier: low <= value <= high
    "high": "float64",
    "unit": "str",  # pint unit name ("" for plain counts)
    "qualifier": "str",  # exact | about | close_to | at_least | at_most | up_to | range | vague
    "as_of_start": "str",  # ISO date interval the claim refers to ("" when unresolved)
    "as_of_end": "str",
    "as_of_precision": "str",  # day | month | part_of_year | year | decade | unresolved
    "as_of_basis": "str",  # stated (a date in the clause) | source_date | unresolved | earlier (replaced, or a level before, of no time)
    "source_date": "str",
    "part_of": "str",  # claim_id of the total this figure is a part of, else ""
    "detail": "str",  # JSON: parts of a sum, anchor of a date offset, ... ("" if none)
}
# What a quote of a claim needs (`pipeline.Corpus.claim`): an index of whole rows of a
# million claims would take gigabytes.
QUOTE_COLUMNS = ("claim_id", "source", "start", "end", "line", "surface", "as_of_start", "source_date")
# The claims table's order: by source and position; rows that tie keep extraction order.
CLAIM_ORDER = ("source", "start", "end", "rule")

# One row per discrepancy or agreement found across claims.
FINDING_COLUMNS: dict[str, str] = {
    "finding_id": "str",  # stable: kind, subject, measure and normalised evidence
    "kind": "str",  # conflict | revision | change | corroborated | arithmetic | date_conflict | name_variant
    "severity": "str",  # error | warning | info
    "subject": "str",
    "measure": "str",
    "as_of": "str",  # ISO date or interval "start/end" the finding is about
    "values": "str",  # the figures compared, human readable, in order
    "claim_ids": "str",  # space-separated claim ids, in evidence order
    "sources": "str",  # space-separated sources, in evidence order
    "message": "str",  # one sentence a journalist understands
    "fingerprint": "str",  # hash of the evidence (what a reviewer saw)
    "evidence": "str",  # JSON list of the claims behind it: quote, source, date, line, value
}

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def empty(columns: dict[str, str]) -> pd.DataFrame:
    """An empty table with the schema's columns and dtypes."""
    return pd.DataFrame({name: pd.Series(dtype=_dtype(kind)) for name, kind in columns.items()})


def conform(frame: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """Order and type `frame` to the schema; fill text columns' gaps with ""."""
    if frame.empty:
        return empty(columns)
    missing = [name for name in columns if name not in frame.columns]
    if missing:
        raise ValueError(f"table is missing columns: {', '.join(missing)}")
    out = frame[list(columns)].copy(deep=False)
    for name, kind in columns.items():
        column = out[name]
        if kind == "str":
            if column.dtype != "str" or column.hasnans:
                out[name] = column.fillna("").astype(str)
        elif column.dtype != kind:
            out[name] = column.astype(_dtype(kind))
    return out.reset_index(drop=True)


def concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Frames end to end, each text column in one piece.  Sorting a column left in the
    pieces it came in joins them first: a whole copy more at the peak, for a findings
    table gigabytes of evidence.  Here the pieces can go as the joined column is made."""
    frame = pd.concat(frames, ignore_index=True)
    for name in frame.columns:
        if frame[name].dtype == "str":
            pieces = pa.array(frame[name])
            if isinstance(pieces, pa.ChunkedArray) and pieces.num_chunks > 1:
                frame[name] = pd.Series(pieces.combine_chunks(), dtype="str")
    return frame


def rows_among(frame: pd.DataFrame, column: str, values: set[str]) -> pd.DataFrame:
    """The rows whose text `column` holds one of `values`: Arrow's set lookup, several
    times faster than `Series.isin` on a million strings."""
    import pyarrow.compute as pc

    chosen = pc.is_in(pa.array(frame[column]), value_set=pa.array(sorted(values), pa.string()))
    return frame.take(np.flatnonzero(chosen.to_numpy(zero_copy_only=False)))


def validate(frame: pd.DataFrame, columns: dict[str, str], name: str) -> pd.DataFrame:
    """Raise ValueError naming the table when columns are missing or misordered."""
    if list(frame.columns[: len(columns)]) != list(columns):
        raise ValueError(f"{name} table does not match its schema: {list(frame.columns)}")
    return frame


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts of plain Python values (column lists zipped: far faster than to_dict)."""
    columns = list(frame.columns)
    return [dict(zip(columns, row)) for row in zip(*(frame[c].tolist() for c in columns))]


def _dtype(kind: str) -> str:
    """Text columns use pandas' string dtype: Arrow-backed, a fraction of the memory of
    Python string objects in a table of a million claims."""
    return kind
