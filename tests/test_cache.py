"""The extraction cache: an unchanged corpus re-extracts nothing; a new article only itself."""

from __future__ import annotations

import shutil

import pandas as pd

from checker.pipeline import load_corpus
from tests.conftest import SEEDS
from tests.corpora import FLOOD_SAME_DAY, write_corpus


def test_second_run_hits_the_cache_for_every_source(tmp_path):
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".checker-cache"))
    first = load_corpus([corpus])
    assert first.cache_stats == {"hits": 0, "misses": 5}
    second = load_corpus([corpus])
    assert second.cache_stats == {"hits": 5, "misses": 0}
    assert second.claims.equals(first.claims)


def test_adding_one_article_extracts_only_that_article(tmp_path):
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".checker-cache"))
    load_corpus([corpus])
    write_corpus(corpus, {"new.md": FLOOD_SAME_DAY["observer.md"]})
    again = load_corpus([corpus])
    assert again.cache_stats == {"hits": 5, "misses": 1}


def test_no_cache_and_a_damaged_entry(tmp_path):
    corpus = write_corpus(tmp_path / "c", FLOOD_SAME_DAY)
    assert load_corpus([corpus], use_cache=False).cache_stats == {"hits": 0, "misses": 2}
    load_corpus([corpus])
    for entry in (corpus / ".checker-cache").glob("claims-*.parquet"):
        entry.write_bytes(b"PAR1 damaged")
    damaged = load_corpus([corpus])
    assert damaged.cache_stats == {"hits": 0, "misses": 2} and len(damaged.claims) > 0


def test_a_vocabulary_change_invalidates_the_cache(tmp_path):
    corpus = write_corpus(tmp_path / "c", FLOOD_SAME_DAY)
    load_corpus([corpus])
    (corpus / "checker.toml").write_text('[aliases]\nDerna = ["the city"]\n')
    assert load_corpus([corpus]).cache_stats == {"hits": 0, "misses": 2}


def test_check_on_an_unchanged_corpus_extracts_nothing(tmp_path, capsys):
    import json

    from checker.cli import main

    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".checker-cache", "reviews.toml"))
    assert main(["check", str(corpus), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["cache"] == {"hits": 0, "misses": 5}
    assert main(["check", str(corpus), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["cache"] == {"hits": 5, "misses": 0}


def test_a_source_without_claims_is_cached_too(tmp_path):
    corpus = write_corpus(tmp_path / "c", FLOOD_SAME_DAY | {"quiet.md": "Nothing was counted here.\n"})
    assert load_corpus([corpus]).cache_stats == {"hits": 0, "misses": 3}
    assert load_corpus([corpus]).cache_stats == {"hits": 3, "misses": 0}


def test_segments_are_compacted_once_most_of_the_cache_is_stale(tmp_path):
    from checker.cache import MAX_SEGMENTS

    corpus = write_corpus(tmp_path / "c", FLOOD_SAME_DAY)
    first = load_corpus([corpus])
    for number in range(MAX_SEGMENTS + 1):  # each new article adds one segment
        write_corpus(corpus, {f"extra_{number:02d}.md": FLOOD_SAME_DAY["observer.md"].replace("Derna", "Tarn")})
        load_corpus([corpus])
    segments = sorted((corpus / ".checker-cache").glob("claims-*.parquet"))
    assert len(segments) <= 2
    for extra in corpus.glob("extra_*.md"):
        extra.unlink()
    again = load_corpus([corpus])
    assert again.cache_stats == {"hits": 2, "misses": 0}
    assert again.claims.equals(first.claims)
    assert len(list((corpus / ".checker-cache").glob("claims-*.parquet"))) == 1  # stale majority: compacted


def test_chunks_read_out_of_source_order_still_make_the_table_in_order(tmp_path, monkeypatch):
    """Each chunk of extracted sources is put in order on its own and joined without a
    sort when the chunks follow each other; sources given in another order are sorted."""
    from checker import pipeline

    corpus = write_corpus(tmp_path / "c", {**FLOOD_SAME_DAY, "a_first.md": FLOOD_SAME_DAY["times.md"]})
    expected = load_corpus([corpus], use_cache=False).claims
    monkeypatch.setattr(pipeline, "CHUNK", 1)
    in_order = load_corpus([corpus], use_cache=False).claims
    reversed_order = load_corpus(sorted(corpus.glob("*.md"), reverse=True), use_cache=False).claims
    assert list(expected["source"].unique()) == ["a_first.md", "observer.md", "times.md"]
    pd.testing.assert_frame_equal(in_order, expected)
    pd.testing.assert_frame_equal(reversed_order, expected)
