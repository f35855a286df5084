"""What an audit on new stories (a protest, a data breach, an oil spill, a volcanic eruption,
a teachers' strike) and earlier audits found read wrongly: a figure the writer could not pin
down ("five or six", "at least five and probably seven"), a report the article says was
replaced, the dead a force "lost", what "the number of people killed" counts, more of a
count ("gained", "another"), an estimate raised, and a date that names what is to come."""

from __future__ import annotations

from tests.corpora import article, corpus_findings, date_starts, figure_claims, only


def test_a_figure_told_as_alternatives_is_the_interval_both_allow():
    def read(text: str) -> tuple:
        claim = figure_claims(text, "2025-03-04").iloc[0]
        return claim.measure, claim.low, claim.high, claim.qualifier

    assert read("Five or six people died in the blaze.") == ("killed", 5, 6, "range")
    assert read("Twelve, possibly 13, people were killed in the attack.") == ("killed", 12, 13, "range")
    assert read("At least five and probably seven men died when the roof collapsed.")[1:] == (5, float("inf"),
                                                                                             "at_least")
    assert read("At least five, and possibly as many as eight, people died.")[1:] == (5, 8, "range")
    assert read("Two or three million people watched the final.")[1:3] == (2_000_000, 3_000_000)
    assert read("Prices rose 3 or 4 percent, analysts said.")[1:] == (3, 4, "range")
    assert read("He said 40 or so protesters were detained.") == ("arrested", 38, 42, "about")
    # two figures joined by "or" are no alternatives when far apart or the second is smaller
    claims = figure_claims("Voters chose between 2 or 300 candidates.", "2025-03-04")
    assert (2, 300) not in set(zip(claims["low"], claims["high"]))


def test_a_report_the_article_says_was_replaced_is_kept_but_dated_to_no_time():
    claims = figure_claims("Mine officials initially said 31 miners had been trapped, but later revised the figure "
                           "to 33. Police had originally put the number of injured at 40.", "2025-03-04")
    assert [(c.measure, c.value, c.as_of_start, c.as_of_basis) for c in claims.itertuples()] == [
        ("trapped", 31, "", "earlier"), ("trapped", 33, "2025-03-04", "source_date"),
        ("injured", 40, "", "earlier")]
    claims = figure_claims("Initially 31 miners were reported trapped; officials later raised that to 33.", "2025-03-04")
    assert [(c.measure, c.value, c.as_of_start) for c in claims.itertuples()] == [
        ("trapped", 31, ""), ("trapped", 33, "2025-03-04")]
    # "as first reported", "earlier said" keep their time: often still true the same day
    earlier = figure_claims("The ministry earlier said 12 people had died.", "2025-03-04").iloc[0]
    assert (earlier.measure, earlier.as_of_start) == ("killed", "2025-03-04")


def test_the_dead_a_force_lost_and_more_of_a_count():
    def read(text: str) -> tuple:
        claim = figure_claims(text, "2025-03-04").iloc[0]
        return claim.measure, claim.value

    # the dead of the one who lost them: some of a toll, never compared with all of it
    assert read("The mission has lost at least 180 peacekeepers to hostile acts since 2013.") == ("killed subset", 180)
    assert read("The army lost 40 soldiers in the ambush.") == ("killed subset", 40)
    assert read("The village lost 12 people in the attack on Sunday.") == ("killed subset", 12)
    assert read("The town lost 2,000 residents to emigration over the decade.") == ("residents_change", -2000)
    assert read("The party lost 3,000 members last year.") == ("members_change", -3000)
    assert read("The union gained about 9,000 members last year.") == ("members_change", 9000)
    assert read("The company lost a net 96,000 subscribers in the third quarter.") == ("subscribers_change", -96000)
    assert read("A further 300 residents were evacuated on Tuesday.") == ("evacuated_change", 300)
    # others missing stand apart from the missing told before: a level, not more of it
    assert read("Another 52 people were missing, down from 61 on Sunday.") == ("missing subset", 52)
    assert read("Another 14 people were missing.") == ("missing subset", 14)
    assert read("Five people were killed and another 14 people were missing.") == ("killed", 5)


def test_what_the_number_of_people_killed_counts_and_an_estimate_raised():
    killed = figure_claims("The number of people killed by the eruption of Mount Kaledu rose to 11 on Tuesday.",
                           "2025-08-05").iloc[0]
    assert (killed.measure, killed.value, killed.as_of_start) == ("killed", 11, "2025-08-05")
    claims = figure_claims("Hospitals treated at least eight protesters. The organisers on Sunday raised their "
                           "estimate of the crowd to 180,000.", "2025-03-17")
    crowd = only(claims, "180,000")
    assert (crowd.measure, crowd.as_of_start) == ("crowd (organisers' estimate)", "2025-03-16")


def test_a_date_that_names_what_is_to_come_is_the_coming_one():
    assert date_starts("Union leaders said the April 7 strike would go ahead.", "2025-04-02") == {"April 7": "2025-04-07"}
    assert date_starts("Wednesday's strike is expected to close 3,000 schools.", "2025-02-25") == {
        "Wednesday": "2025-02-26"}
    assert date_starts("Monday's strike closed 3,000 schools.", "2025-02-25") == {"Monday": "2025-02-24"}
    assert date_starts("The union said on Monday the strike would go ahead.", "2025-02-25") == {
        "on Monday": "2025-02-24"}
    assert date_starts("Officials said Sunday's quake killed 12 people.", "2025-02-25") == {"Sunday": "2025-02-23"}


def test_a_title_word_that_only_opens_sentences_is_no_subject(tmp_path):
    findings = corpus_findings(tmp_path, {
        "wire.md": article("2025-03-04", "Wire", "Rescuers worked through the night in Karsk. "
                           "Officials said 31 miners were trapped at the Karsk copper mine.",
                           "Rescuers race to reach trapped miners"),
        "daily.md": article("2025-03-04", "Daily", "Rescuers worked through the night in Karsk. "
                            "Officials said 28 miners were trapped at the Karsk copper mine.",
                            "Rescuers race to reach trapped miners"),
    })
    assert "Rescuers" not in set(findings["subject"])


def test_more_than_a_figure_does_not_agree_with_one_far_above_it(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-02-25", "Wire", "More than 4,100 schools in Aldmoor were closed on Tuesday."),
        "b.md": article("2025-02-25", "Daily", "In Aldmoor, 4,700 schools were closed on Tuesday."),
    })
    assert "corroborated" not in set(findings["kind"])
    findings = corpus_findings(tmp_path / "near", {
        "a.md": article("2025-02-25", "Wire", "More than 4,100 schools in Aldmoor were closed on Tuesday."),
        "b.md": article("2025-02-25", "Daily", "In Aldmoor, 4,150 schools were closed on Tuesday."),
    })
    assert list(findings["kind"]) == ["corroborated"]


def test_a_level_before_a_change_is_of_no_time_unless_it_has_its_own_date():
    def dated(text: str, surface: str, source_date: str = "2025-08-05") -> tuple:
        claim = only(figure_claims(text, source_date), surface)
        return claim.as_of_start, claim.as_of_basis

    assert dated("Nine people remain missing, down from 14.", "14") == ("", "earlier")
    assert dated("Nine people remain missing, down from 14 on Monday.", "14") == ("2025-08-04", "stated")
    assert dated("Unemployment fell to 4.1% in July, down from 4.3%.", "4.3%") == ("", "earlier")
    assert dated("Unemployment fell to 4.1% in July, down from 4.3%.", "4.1%") == ("2025-07-01", "stated")
    assert dated("The jobless rate was 4.1%, up from 3.9% a year earlier.", "3.9%") == ("2024-01-01", "stated")


def test_dates_that_belong_to_another_figure_or_event_do_not_date_this_one():
    def dated(text: str, surface: str, source_date: str) -> str:
        return only(figure_claims(text, source_date), surface).as_of_start

    assert dated("The breach affected about 4.3 million customer records, more than double the figure the "
                 "company gave last week.", "about 4.3 million customer records", "2025-06-10") == "2025-06-10"
    assert dated("The clean-up of January's oil spill will cost about 180 million euros.",
                 "about 180 million euros", "2025-03-20") == "2025-03-20"
    text = "The union is demanding 8%, after a 5.5% rise last September and 6.5% a year earlier."
    assert [dated(text, surface, "2025-02-11") for surface in ("8%", "5.5%", "6.5%")] == [
        "2025-02-11", "2024-09-01", "2023-09-01"]


def test_a_bare_length_is_no_series_and_a_volcano_story_is_an_eruptions(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-08-05", "Wire", "Mount Kaledu rises 2,870 metres above the sea. At least seven people "
                        "were killed.", "Volcano erupts on Sarni island"),
        "b.md": article("2025-08-06", "Daily", "An exclusion zone of 10 km was set around Mount Kaledu. The death "
                        "toll from the eruption rose to 11.", "Kaledu eruption toll rises"),
    })
    assert list(zip(findings["kind"], findings["subject"], findings["measure"])) == [
        ("revision", "eruption", "killed")]


def test_the_parts_told_of_a_whole_add_up_to_at_most_it_and_make_it_with_the_rest(tmp_path):
    findings = corpus_findings(tmp_path, {
        "ballot.md": article("2025-03-01", "Wire", "Of the votes cast, 87% were in favour of strike action, 11% against "
                             "and 4% were spoiled.\n\nOf the votes cast in the second ballot, 52% backed the deal and "
                             "46% rejected it."),
        "spill.md": article("2025-03-01", "Daily", "Of the 3,900 tonnes spilled, 1,700 tonnes have been recovered at "
                            "sea, 900 tonnes removed from beaches and the rest, 1,000 tonnes, has evaporated.\n\n"
                            "Of the 213 people on board, 185 were rescued, 19 died and the rest remain missing."),
    })
    sums = findings[findings["kind"] == "arithmetic"].sort_values("values")
    assert list(zip(sums["values"], sums["severity"])) == [
        ("1,700 tonnes + 900 tonnes + 1,000 tonnes = 3,600 metric tons", "error"),
        ("185 rescued + 19 killed = 204", "info"),
        ("52% + 46% = 98%", "info"),
        ("87% + 11% + 4% = 102%", "error")]
    spill = sums[sums["values"].str.startswith("1,700")].iloc[0]
    assert "less than the 3,900 tonnes, though the rest is among them" in spill["message"]


def test_changes_told_at_different_times_make_no_series(tmp_path):
    findings = corpus_findings(tmp_path, {
        "march.md": article("2025-03-04", "Wire", "Helvar Telecom said it would cut 2,400 jobs."),
        "june.md": article("2025-06-10", "Daily", "Helvar Telecom said it would cut another 1,000 jobs."),
    })
    assert findings[findings["measure"] == "jobs_change"].empty


def test_what_a_review_found_read_too_eagerly():
    def read(text: str, source_date: str = "2025-06-06") -> list[tuple]:
        claims = figure_claims(text, source_date)
        return [(c.surface, c.measure, c.as_of_start) for c in claims.itertuples()]

    # "raised that to" is of its own sentence's figure, which it replaces
    assert read("The flood has killed 22 people. Police put the number of mourners at a vigil in Lindau at 2,000 "
                "on Friday, and later raised that to 3,500.") == [
        ("killed 22 people", "killed", "2025-06-06"), ("2,000", "mourners", ""), ("3,500", "mourners", "2025-06-06")]
    assert read("The flood has killed 22 people. Officials later raised that to 30.") == [
        ("killed 22 people", "killed", "2025-06-06")]
    # a passive "originally reported" replaces only its own figure
    assert read("Five people died and 31 were originally reported missing.") == [
        ("Five people died", "killed", "2025-06-06"), ("31 were originally reported missing", "missing", "")]
    assert read("Thirty-one were originally reported missing; that number is now 11.")[1][1:] == ("missing",
                                                                                                "2025-06-06")
    # soldiers lost to desertion left; they did not die
    assert read("The army lost 200 soldiers to desertion last year.")[0][1] == "troops_change"
    # a unit after "or so" is a measurement, never a counted noun
    assert read("Forecasters expect another 40 or so millimetres by Thursday.")[0][1] != "millimetres_change"


def test_a_date_naming_a_past_event_keeps_the_clauses_tense():
    assert date_starts("Sunday's race will cost the city 2.1 million euros, the council said.", "2025-04-28") == {
        "Sunday": "2025-04-27"}
    assert date_starts("The clean-up of Tuesday's flood will cost at least 90 million euros.", "2025-06-04") == {
        "Tuesday": "2025-06-03"}
    assert date_starts("Friday's match is expected to be reviewed by the league.", "2025-03-01") == {
        "Friday": "2025-02-28"}
    assert date_starts("Officials called off the March 10 vote on the budget.", "2025-03-01") == {
        "March 10": "2025-03-10"}
    assert date_starts("Saturday's match ended 2-1.", "2025-03-02") == {"Saturday": "2025-03-01"}


def test_shares_that_may_overlap_or_a_level_before_are_no_parts(tmp_path):
    findings = corpus_findings(tmp_path, {
        "poll.md": article("2025-04-04", "Wire", "Of the votes cast, 58% backed the plan, up from 52% in 2021, and 41% "
                           "opposed it.\n\nOf the respondents, 70% were women, 55% were over 60 and 40% lived alone."),
    })
    sums = findings[findings["kind"] == "arithmetic"]
    assert list(zip(sums["values"], sums["severity"])) == [("58% + 41% = 99%", "info")]


def test_some_of_a_toll_is_never_compared_with_all_of_it(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-05-06", "Wire", "The attack on the market in Uskel killed 20 people on Monday. "
                        "Fifteen people were missing on Monday night."),
        "b.md": article("2025-05-06", "Daily", "The army lost 2 soldiers in the attack on Monday. "
                        "Another 9 people were missing on Monday night."),
    })
    assert not (findings["kind"] == "conflict").any(), findings[["kind", "message"]]


def test_the_rest_and_survivors_are_parts_and_a_revised_cost_keeps_its_currency(tmp_path):
    findings = corpus_findings(tmp_path, {
        "jobs.md": article("2025-05-02", "Wire", "Of the 64,000 new jobs, 40,000 were in services, 15,000 in health "
                           "care and the rest, 9,000, in construction."),
        "crash.md": article("2025-09-18", "Daily", "Of the 186 people on board, 43 died and 145 survived."),
    })
    sums = findings[findings["kind"] == "arithmetic"].sort_values("values")
    assert list(zip(sums["values"], sums["severity"])) == [
        ("40,000 were in services + 15,000 in health care + 9,000 = 64,000", "info"),
        ("43 killed + 145 survivors = 188", "error")]
    claims = figure_claims("The company put the cost of the explosion at 150 million euros but later raised that "
                           "to 190 million. The union, which represents about 2,100 pilots, called a strike.",
                           "2025-07-10")
    assert [(c.measure, c.value, c.unit, c.as_of_basis) for c in claims.itertuples()] == [
        ("explosion", 150e6, "EUR", "earlier"), ("explosion", 190e6, "EUR", "source_date"),
        ("members", 2100, "", "source_date")]
    told = only(figure_claims("Officials had initially said three people had died on Sunday, before raising the "
                              "figure to at least five on Monday.", "2025-08-05"), "three people had died")
    assert (told.as_of_start, told.as_of_basis) == ("2025-08-03", "stated")  # what was said, of its day


def test_what_a_third_review_found(tmp_path):
    # two armies' losses are some of a toll each: neither conflict nor revision between them
    findings = corpus_findings(tmp_path, {
        "w1.md": article("2025-08-10", "Wire", "Dravian forces lost 14 soldiers in an attack near Uskel on Saturday."),
        "w2.md": article("2025-08-11", "Daily", "Kosmar said it lost six soldiers in Saturday's fighting near Uskel."),
    })
    assert findings[findings["measure"] == "killed subset"].empty
    # a correction's date is not the replaced report's; a report's own date is
    claims = figure_claims("The airline initially said 44 people had died, but corrected the toll to 41 on Saturday "
                           "morning.", "2025-09-15")
    assert [(c.value, c.as_of_start) for c in claims.itertuples()] == [(44, ""), (41, "2025-09-13")]
    # the amount a sentence goes on to revise was replaced, whichever rule reads the revision
    claims = figure_claims("The company put the cost of the explosion at 150 million euros but later raised that "
                           "to 190 million euros.", "2025-07-24")
    assert [(c.value, c.as_of_basis) for c in claims.itertuples()] == [(150e6, "earlier"), (190e6, "source_date")]
    # a named event of the day before is the news itself: its cost is of that day
    cost = figure_claims("Sunday's race will cost the city 2.1 million euros, the council said.", "2025-04-28").iloc[0]
    assert cost.as_of_start == "2025-04-27"


def test_the_rest_told_with_a_verb_is_a_part(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-07-28", "Wire", "Of the 12 dead, nine were Keller employees, two were contractors and "
                        "the rest, one, was a delivery driver."),
    })
    sums = findings[findings["kind"] == "arithmetic"]
    assert list(sums["severity"]) == ["info"]
