"""The Dask engine gives the in-process engine's results, row for row (issue 8).

One two-worker local cluster (the `scheduler` fixture in conftest.py) serves every
test; each test loads the same corpus with both engines and compares claims, documents
and findings, including finding ids.
"""

from __future__ import annotations

import sys

import pandas as pd
import pytest

from checker import cli
from checker.engines import dask_engine
from checker.errors import InputError
from checker.pipeline import find_discrepancies, load_corpus
from tests.conftest import ROOT, SEEDS
from tests.corpora import COALITION, FLOOD_REVISED, FLOOD_SAME_DAY, QUAKE, article, write_corpus


def both_engines(paths, scheduler, tmp_path, one_file_per_partition=False, split_bytes=None):
    """The corpus and findings by each engine, with a fresh cache and Parquet folder each.

    Small corpora fit one partition; `one_file_per_partition` spreads them out, so rows
    that belong together must meet through the shuffles, and `split_bytes` reads large
    JSON Lines and Parquet files in pieces of that size, each its own partition.
    """
    local = load_corpus(paths, cache_dir=tmp_path / "cache-pandas")
    options = {"cache_dir": tmp_path / "cache-dask", "scheduler": scheduler, "parquet": tmp_path / "claims.parquet"}
    if one_file_per_partition or split_bytes:
        dask = dask_engine.load_corpus(paths, partition_bytes=1, split_bytes=split_bytes, **options)
        assert len(dask.parts) > 1
    else:
        dask = load_corpus(paths, engine="dask", **options)
    return local, dask, find_discrepancies(local), find_discrepancies(dask)


def assert_same(local, dask, local_findings, dask_findings):
    pd.testing.assert_frame_equal(dask.claims, local.claims)
    pd.testing.assert_frame_equal(dask.documents, local.documents)
    pd.testing.assert_frame_equal(dask_findings, local_findings)
    assert list(dask_findings["finding_id"]) == list(local_findings["finding_id"])
    assert (dask.roots, dask.paths) == (local.roots, local.paths)
    # one lookup per document; a copy may hit what another worker has just stored
    assert sum(dask.cache_stats.values()) == sum(local.cache_stats.values()) == len(local.documents)
    assert [str(p) for p in dask.problems] == [str(p) for p in local.problems]


def test_seeds(scheduler, tmp_path):
    local, dask, local_findings, dask_findings = both_engines([SEEDS], scheduler, tmp_path)
    assert len(local.claims) > 20 and len(local_findings) > 3
    assert_same(local, dask, local_findings, dask_findings)
    parquet = pd.read_parquet(tmp_path / "claims.parquet")
    assert sorted(parquet["claim_id"]) == sorted(local.claims["claim_id"])
    assert all(dask.texts[source] == text for source, text in local.texts.items())


def test_generated_corpus_in_several_partitions(scheduler, tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    folder = generate(tmp_path / "generated", 50, seed=8)
    local, dask, local_findings, dask_findings = both_engines([folder], scheduler, tmp_path)
    assert len(dask.parts) > 1 and len(local.claims) > 2000
    # (the generator's figures are random: "about 57,932" is precise, so two seldom agree)
    assert set(local_findings["kind"]) >= {"conflict", "arithmetic", "change", "revision"}
    assert_same(local, dask, local_findings, dask_findings)


def test_one_file_name_in_two_folders(scheduler, tmp_path):
    """Sources named alike (one a copy): their claims interleave, and sums need the shuffle by source."""
    first = write_corpus(tmp_path / "a", {"summit.md": COALITION["summit.md"], "day.md": FLOOD_REVISED["day1.md"]})
    second = write_corpus(tmp_path / "b", {"summit.md": COALITION["summit.md"], "day.md": FLOOD_REVISED["day2.md"]})
    local, dask, local_findings, dask_findings = both_engines([first, second], scheduler, tmp_path, True)
    assert local.claims["source"].duplicated().any() and (local_findings["kind"] == "arithmetic").any()
    assert_same(local, dask, local_findings, dask_findings)


def test_json_lines_skipped_sources_and_the_cache(scheduler, tmp_path):
    lines = "\n".join(['{"id": "w1", "outlet": "Wire", "published": "2024-09-30", '
                       '"text": "The earthquake struck Izmir on 24 September, officials said."}',
                       '{"id": "w2", "text": ""}'])
    folder = write_corpus(tmp_path / "c", QUAKE | FLOOD_SAME_DAY | {"feed.jsonl": lines + "\n"})
    (folder / "empty.md").write_text("")
    local, dask, local_findings, dask_findings = both_engines([folder], scheduler, tmp_path, True)
    assert len(local.problems) == 2 and (local_findings["kind"] == "date_conflict").any()
    assert_same(local, dask, local_findings, dask_findings)
    again = load_corpus([folder], cache_dir=tmp_path / "cache-dask", engine="dask", scheduler=scheduler,
                        parquet=tmp_path / "claims.parquet")
    assert again.cache_stats == {"hits": dask.cache_stats["misses"], "misses": 0}
    pd.testing.assert_frame_equal(again.claims, local.claims)
    with pytest.raises(InputError) as strict:
        load_corpus([folder], strict=True, engine="dask", scheduler=scheduler, parquet=tmp_path / "p")
    assert str(strict.value) == str(local.problems[0])


def test_a_finding_found_twice_keeps_the_same_copy(scheduler, tmp_path):
    """Two same-day conflicts of one event, and one budget in two currencies, share an id."""
    said = "{} killed {} people on Sunday, officials said."
    budget = "Leeds City Council approved a budget of {} on Tuesday."
    folder = write_corpus(tmp_path / "c", {
        "a.md": article("2024-04-01", "Coastal Herald", said.format("Floods in Derna", 20)),
        "b.md": article("2024-04-01", "Desert Times", said.format("Floods in Derna", 40)),
        "c.md": article("2024-04-02", "Libya Observer", said.format("Floods in Derna", 85)),
        "d.md": article("2024-04-02", "Evening Post", said.format("Floods in Derna", 60)),
        "e.md": article("2024-02-28", "Leeds Courier", budget.format("£3.5bn")),
        "f.md": article("2024-02-28", "Radio Leeds", budget.format("£3.2bn")),
        "g.md": article("2024-02-28", "Wire", budget.format("$4.5bn")),
        "h.md": article("2024-02-28", "Wire Two", budget.format("$4.1bn")),
    })
    local, dask, local_findings, dask_findings = both_engines([folder], scheduler, tmp_path, True)
    conflicts = local_findings[local_findings["kind"] == "conflict"]
    assert list(conflicts["values"]) == ["40 vs 20", "£3.5bn vs £3.2bn"]  # the first of each pair
    assert_same(local, dask, local_findings, dask_findings)


@pytest.mark.parametrize("command", ["claims", "findings"])
def test_commands_take_the_engine(scheduler, tmp_path, capsys, command):
    def run(*extra):
        assert cli.main([command, str(SEEDS), "--no-cache", "--format", "csv", *extra]) == 0
        return capsys.readouterr().out

    dask = run("--engine", "dask", "--scheduler", scheduler, "--parquet", str(tmp_path / "p"))
    assert dask == run() and dask.count("\n") > 3
    assert cli.main(["claims", str(SEEDS), "--scheduler", scheduler]) == 2
    assert "applies only with --engine dask" in capsys.readouterr().err
