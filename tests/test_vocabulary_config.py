"""A corpus's checker.toml extends the word lists for subjects and names ([subjects.*],
[names.*]) the way it extends measures and aliases: its entries are added to the
built-in ones, bad input is one line naming the file (exit 2), and a change re-extracts."""

from __future__ import annotations

import pytest

from checker.claims import extract_text
from checker.cli import main
from checker.config import load_config
from checker.errors import InputError
from checker.pipeline import load_corpus
from checker.subjects import patterns
from tests.corpora import FLOOD_SAME_DAY, article, write_corpus

HOLDINGS = article("2024-04-02", "City Wire", "Kestrel Outfitters said 40 jobs would go at the plant.")
WARDEN = article("2024-04-02", "City Wire", "Warden Ana Ruiz said 12 guards were hurt in the riot.")


def names(corpus) -> list[str]:
    claims = load_corpus([corpus], use_cache=False).claims
    return sorted(claims.loc[claims["kind"] == "name", "subject"])


def test_built_in_lists_do_not_know_the_words_the_tests_add():
    lexicon = load_config().lexicon
    assert "Outfitters" not in lexicon.organisation_heads and "Warden" not in lexicon.titles


def test_an_organisation_head_word_makes_a_speaker_no_person(tmp_path):
    corpus = write_corpus(tmp_path / "c", {"a.md": HOLDINGS})
    assert names(corpus) == ["Kestrel Outfitters"]
    (corpus / "checker.toml").write_text('[names.organisation_heads]\nwords = ["Outfitters"]\n')
    assert names(corpus) == []


def test_a_title_word_leaves_the_name_after_it(tmp_path):
    corpus = write_corpus(tmp_path / "c", {"a.md": WARDEN})
    assert names(corpus) == ["Warden Ana Ruiz"]
    (corpus / "checker.toml").write_text('[names.titles]\nwords = ["Warden"]\nroles = ["warden"]\n')
    assert names(corpus) == ["Ana Ruiz"]


def test_patterns_are_compiled_once_per_vocabulary():
    from checker_rules.names.people import compiled

    first, second = load_config().lexicon, load_config().lexicon
    assert first is not second and first == second
    assert patterns(first) is patterns(second) and compiled(first) is compiled(second)


def test_a_story_event_word_moves_to_the_users_kind(tmp_path):
    (tmp_path / "checker.toml").write_text('[subjects.story_events]\nexplosion = ["blaze"]\nspill = ["oil spill"]\n'
                                           '[subjects.not_subjects]\nroads = ["Causeway"]\n')
    lexicon = load_config([tmp_path]).lexicon
    assert (lexicon.event_words["blaze"], lexicon.event_words["oil spill"], lexicon.event_words["wildfire"]) == (
        "explosion", "spill", "fire")
    assert {"Causeway", "Highway"} <= lexicon.roads
    assert lexicon != load_config().lexicon


@pytest.mark.parametrize(("toml", "problem"), [
    ('[names.titles]\nwords = "Warden"\n', "[names.titles] words must be a list of strings, not a string"),
    ('[names.organisation_heads]\nwords = ["Holdings", 3]\n',
     "[names.organisation_heads] words must be a list of strings, not a list holding a number"),
    ("[names]\ntitles = 3\n", "[names.titles] must be a table, not a number"),
    ('[names.title]\nwords = ["Warden"]\n', "unknown table(s): names.title"),
    ('[subjects.event_names]\nsuffixes = ["Blaze"]\n', "unknown key(s) in [subjects.event_names]: suffixes"),
    ('[subjects.story_events]\nfire = "blaze"\n', "[subjects.story_events] fire must be a list of strings, not a string"),
    ('[aliases]\nDerna = "the city"\n', "[aliases] Derna must be a list of strings, not a string"),
    ('[findings]\nname_similarity = "high"\n', "[findings] name_similarity must be a number, not a string"),
    ('[findings]\nsimilarity = 80\n', "unknown key(s) in [findings]: similarity"),
    ("[vocabulary]\nwords = []\n", "unknown table(s): vocabulary"),
])
def test_bad_input_is_one_line_naming_the_file(tmp_path, toml, problem):
    (tmp_path / "checker.toml").write_text(toml)
    with pytest.raises(InputError) as raised:
        load_config([tmp_path])
    assert str(raised.value) == f"{tmp_path / 'checker.toml'}: {problem}"


def test_a_bad_type_exits_2_naming_the_file(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "c", {"a.md": WARDEN})
    (corpus / "checker.toml").write_text('[names.titles]\nwords = "Warden"\n')
    assert main(["check", str(corpus)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (f"checker: error: {corpus / 'checker.toml'}: "
                   "[names.titles] words must be a list of strings, not a string\n")


def test_changing_a_word_list_invalidates_the_cache(tmp_path):
    corpus = write_corpus(tmp_path / "c", FLOOD_SAME_DAY)
    assert load_corpus([corpus]).cache_stats == {"hits": 0, "misses": 2}
    (corpus / "checker.toml").write_text('[names.organisation_heads]\nwords = ["Outfitters"]\n')
    assert load_corpus([corpus]).cache_stats == {"hits": 0, "misses": 2}
    assert load_corpus([corpus]).cache_stats == {"hits": 2, "misses": 0}
    (corpus / "checker.toml").write_text('[names.organisation_heads]\nwords = ["Holdings", "Partners"]\n')
    assert load_corpus([corpus]).cache_stats == {"hits": 0, "misses": 2}


# --- an alias that starts an organisation's name --------------------------------------------

@pytest.mark.parametrize(("text", "subject"), [
    ("A quake struck, and the U.S. Geological Survey recorded 12 aftershocks.", "U.S. Geological Survey"),
    ("The UN Security Council approved 4,000 peacekeepers.", "UN Security Council"),
    ("The U.S. sent 3,000 troops to the region.", "United States"),
    ("U.S. Secretary of State Antony Blinken said 3,000 troops would go.", "United States"),
])
def test_an_alias_that_starts_an_organisation_name_yields_the_organisation(text, subject):
    claims = extract_text(text, "2024-04-02")
    assert list(claims.loc[claims["kind"] == "figure", "subject"]) == [subject]


def test_an_organisation_that_speaks_is_not_the_subject_nor_is_its_alias():
    claims = extract_text("The U.S. Geological Survey said 12 aftershocks were recorded.", "2024-04-02")
    assert list(claims.loc[claims["kind"] == "figure", "subject"]) == ["aftershocks"]
