"""One toll, one subject across outlets; as-of dates owned by comparisons, "since" clauses
and reporting verbs; names after roles.  Our own sentences (other stories than the audit's)."""

from __future__ import annotations

from checker.claims import extract_text
from checker.pipeline import find_discrepancies, load_corpus


def figure(claims, surface_part):
    rows = claims[(claims["kind"] == "figure") & claims["surface"].str.contains(surface_part, regex=False)]
    assert len(rows) >= 1, claims[["surface", "subject"]]
    return rows.iloc[0]


def names(claims):
    return sorted(claims[claims["kind"] == "name"]["subject"])


def write(folder, name, title, outlet, body, published="2031-05-10"):
    (folder / name).write_text(f"---\ntitle: \"{title}\"\noutlet: {outlet}\npublished: {published}\n---\n\n{body}\n")


# --- A: the same toll gets the same subject in every outlet ---------------------------------

def test_detentions_at_a_protest_share_one_subject_across_outlets(tmp_path):
    write(tmp_path, "a.md", "Thousands march in Tirana in largest protest in years", "Wire A",
          "TIRANA, Albania (AP) — Tens of thousands of people marched through the Albanian capital on "
          "Saturday.\n\nPolice detained 31 people, the interior ministry said late Saturday.")
    write(tmp_path, "b.md", "Albanian police detain dozens after Tirana protest", "Wire B",
          "TIRANA, May 10 (Reuters) - Albanian police detained 48 people after clashes at a protest in Tirana "
          "on Saturday, the interior ministry said.")
    corpus = load_corpus([tmp_path], use_cache=False)
    claims = corpus.claims
    assert figure(claims, "detained 31")["subject"] == "protest"
    assert figure(claims, "detained 48")["subject"] == "protest"
    findings = find_discrepancies(corpus)
    conflicts = findings[(findings["kind"] == "conflict") & (findings["measure"] == "arrested")]
    assert len(conflicts) == 1 and conflicts.iloc[0]["subject"] == "protest"


def test_dateline_dash_is_a_sentence_start_not_a_name():
    claims = extract_text("LISBON, Portugal (AP) — Tens of thousands of teachers rallied on Sunday. "
                          "Police said about 80,000 people attended.", "2031-05-10")
    assert figure(claims, "80,000")["subject"] != "Tens"


def test_a_nationality_adjective_is_not_the_subject():
    text = ("Two Canadians missing after boat capsizes on Lake Malawi\n\n"
            "Malawian authorities said nine people had died and 14 were missing.")
    claims = extract_text(text, "2031-05-10")
    assert figure(claims, "nine people had died")["subject"] == "sinking"
    assert figure(claims, "14 were missing")["subject"] == "sinking"


def test_a_speaker_that_confirms_is_not_the_subject_of_the_toll():
    text = ("Health officials declare cholera epidemic in coastal province\n\n"
            "The provincial health agency (PHA) confirmed 2,310 cases and four deaths on Thursday.")
    claims = extract_text(text, "2031-05-10")
    assert figure(claims, "four deaths")["subject"] == "outbreak"
    assert figure(claims, "2,310 cases")["subject"] != "PHA"


def test_a_time_zone_is_no_subject():
    claims = extract_text("LIVE: rescue at the Kestrel mine, day two\n\n"
                          "**14:20 WIB** – Rescuers say 12 miners have now been brought out.", "2031-05-10")
    assert figure(claims, "12 miners")["subject"] != "WIB"


def test_a_count_with_no_noun_is_of_the_group_just_named():
    text = ("Officials said three Dutch tourists were on board the ferry when it sank on Tuesday.\n\n"
            "DFAT said it was helping the families of four Australians on board. Two were rescued, one has died "
            "and one remains missing, a spokesperson said.")
    claims = extract_text(text, "2031-05-10")
    assert figure(claims, "one has died")["subject"] == figure(claims, "four Australians")["subject"]


def test_a_running_total_since_january_is_todays_news_not_history():
    claims = extract_text("Dengue outbreak spreads to the capital\n\nThe ministry (MOH) has confirmed 3,400 "
                          "cases since the start of the year and 12 deaths.", "2031-05-10")
    assert figure(claims, "12 deaths")["subject"] == "outbreak"


# --- B: comparison and "since" clauses own their dates --------------------------------------

def test_a_drop_from_the_last_election_owns_its_year():
    claims = extract_text("Turnout was 64.3%, a drop of three percentage points from the last elections in 2027.",
                          "2031-05-10")
    assert figure(claims, "64.3%")["as_of_start"] == "2031-05-10"


def test_from_a_in_one_year_to_b_in_another():
    claims = extract_text("Coverage fell from 91% in 2019 to 73% last year.", "2031-05-10")
    assert figure(claims, "91%")["as_of_start"] == "2019-01-01"
    assert figure(claims, "73%")["as_of_start"] == "2030-01-01"


def test_since_it_was_founded_belongs_to_the_superlative():
    claims = extract_text("The Farmers' Union won 11.2% and nine seats, its worst result since it was founded "
                          "in 1946.", "2031-05-10")
    assert figure(claims, "11.2%")["as_of_start"] == "2031-05-10"
    assert figure(claims, "nine seats")["as_of_start"] == "2031-05-10"


def test_a_relative_clause_keeps_its_since_date():
    claims = extract_text("The Crowd Count Project, which has tracked marches in Madrid since 2019 using drones, "
                          "estimated that 90,000 people took part.", "2031-05-10")
    row = figure(claims, "90,000")
    assert (row["as_of_start"], row["as_of_end"]) == ("2031-05-10", "2031-05-10")


def test_a_since_clause_that_opens_the_sentence_still_dates_the_figure():
    claims = extract_text("Since the emergency was declared on 2 May, clinics have given more than 12,000 doses.",
                          "2031-05-10")
    row = figure(claims, "12,000")
    assert (row["as_of_start"], row["as_of_end"]) == ("2031-05-02", "2031-05-10")


# --- C: the reporting verb's date dates the telling -----------------------------------------

def test_the_date_of_the_saying_gives_way_to_the_date_of_the_fact():
    claims = extract_text("Police said on Friday that 17 people had been arrested on Thursday.", "2031-05-10")
    row = figure(claims, "17 people")
    assert row["as_of_start"] == "2031-05-08"


def test_the_date_of_the_saying_is_used_when_it_is_the_only_one():
    claims = extract_text("The ministry said on Friday that 17 people had been arrested.", "2031-05-10")
    row = figure(claims, "17 people")
    assert (row["as_of_start"], row["as_of_basis"]) == ("2031-05-09", "stated")


def test_one_more_than_last_week_owns_its_date():
    claims = extract_text("Nine patients have died, the hospital said, two more than last week.", "2031-05-10")
    assert figure(claims, "Nine patients")["as_of_start"] == "2031-05-10"


# --- E: names after a role ------------------------------------------------------------------

def test_names_after_roles_and_appositions():
    assert names(extract_text("The trawler's skipper, Jonas Eriksen, 58, was questioned.", "2031-05-10")) == [
        "Jonas Eriksen"]
    assert names(extract_text("The driver, identified as Rosa Delgado, was unhurt, police said.",
                              "2031-05-10")) == ["Rosa Delgado"]
    assert names(extract_text("The vote went to outgoing premier Lars Ødegård, who conceded.", "2031-05-10")) == [
        "Lars Ødegård"]
    assert names(extract_text("The list was led by 44-year-old economist Ásdís Pétursdóttir, a newcomer.",
                              "2031-05-10")) == ["Ásdís Pétursdóttir"]


def test_two_spellings_of_a_named_captain_are_flagged(tmp_path):
    write(tmp_path, "a.md", "Boat capsizes on lake", "Wire A",
          "The boat's captain, Joao Ferreiro, 51, was detained by police.")
    write(tmp_path, "b.md", "Boat capsizes on lake", "Wire B",
          "The captain, identified as Joao Ferreira, was among those rescued.")
    corpus = load_corpus([tmp_path], use_cache=False)
    findings = find_discrepancies(corpus)
    assert (findings["kind"] == "name_variant").any()
