"""Readings found wrong on stories told by three outlets each (a housing protest, a
measles outbreak, a bridge collapse, a data breach, a rail strike, an election): crowds
by whose estimate, winning margins, shares stated after their counts ("Of the 52 ...,
13, or 25%"), a part of a stated whole, a day followed by a count, and names in the
places wire copy puts them."""

from __future__ import annotations

from checker.claims import extract_text
from checker.findings import subject_forms, units
from checker.pipeline import load_corpus
from tests.corpora import article, corpus_findings, date_starts, figure_claims, only


def test_a_crowd_is_measured_by_whose_estimate_it_is():
    figures = figure_claims("Police estimated the crowd at about 45,000, while organisers said more than "
                            "120,000 people took part in the march.", "2025-10-11")
    assert list(zip(figures["measure"], figures["low"], figures["high"])) == [
        ("crowd (official estimate)", 42750.0, 47250.0), ("crowd (organisers' estimate)", 120000.0, float("inf"))]
    again = figure_claims("Police said 5,000 protesters marched in Lima. Organisers put the figure at nearly 9,000.",
                          "2025-10-11")
    assert list(again["measure"]) == ["crowd (official estimate)", "crowd (organisers' estimate)"]
    # the same words about a toll stay the toll's
    toll = figure_claims("At least 12 people were killed. Police put the figure at 14.", "2025-10-11")
    assert list(toll["measure"]) == ["killed", "killed"]
    # people counted for something else are no crowd, and a place marched to gives no estimate
    assert only(figure_claims("The union said 1.2 million workers joined the strike.", "2025-10-11"),
                "1.2 million workers")["measure"] == "workers"
    for text in ("The sides drew 2-2 at Villa Park in December.", "The club said 1,200 joined the waiting list.",
                 "Newcastle's average attendance of 51,800 is the sixth highest.",
                 "Election officials put the turnout at 14.2 million."):
        assert not figure_claims(text, "2025-10-11")["measure"].str.startswith("crowd").any(), text
    assert only(figure_claims("Some 300 people attended hospital after the crash.", "2025-10-11"),
                "Some 300 people")["measure"] == "people"
    assert only(figure_claims("About 2,000 people marched to the Ministry of Justice.", "2025-10-11"),
                "About 2,000 people")["measure"] == "crowd"
    assert only(figure_claims("Extinction Rebellion, who organised the march, said 2,500 people took part.",
                              "2025-10-11"), "2,500 people")["measure"] == "crowd (organisers' estimate)"


def test_two_outlets_give_one_estimate_of_a_crowd_differently_and_other_estimates_differ_by_design(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-10-11", "Atlantic Press", "Tens of thousands marched in Lisbon on Saturday. Police "
                        "estimated the crowd at about 45,000, while organisers said more than 120,000 people took "
                        "part in the protest.", title="Lisbon protest draws thousands"),
        "b.md": article("2025-10-12", "Meridian", "Saturday's protest drew about 54,000 people, according to a "
                        "police estimate.", title="Housing protest in Lisbon"),
    })
    crowd = findings[findings["measure"].str.startswith("crowd")]
    assert list(zip(crowd["kind"], crowd["measure"], crowd["values"])) == [
        ("conflict", "crowd (official estimate)", "about 54,000 vs about 45,000")]


def test_a_winning_margin_is_no_tally_of_votes():
    figures = figure_claims("Hartley won the seat by 571 votes, down from a majority of 2,310 votes in 2019. "
                            "The government survived a no-confidence vote by 12 votes. Smith received 12,400 votes.",
                            "2025-06-10")
    assert list(zip(figures["measure"], figures["value"])) == [
        ("margin (votes)", 571.0), ("margin (votes)", 2310.0), ("margin (votes)", 12.0), ("votes", 12400.0)]
    tally = figure_claims("MPs approved the bill by 314 votes to 201.", "2025-06-10")
    assert only(tally, "314")["measure"] == "votes in favour"  # the votes for, not a margin


def test_a_share_after_the_whole_and_its_part_is_checked_against_them(tmp_path):
    for text, part, whole in (
            ("Of the 52 people taken to hospital, 13, or 40 percent, remained in critical condition.", 13, 52),
            ("Of the 58 cases, 49 — or 92 percent — were in unvaccinated children.", 49, 58),
            ("Of the 38,000 members who voted in the ballot, 31,500, or 89%, backed strikes.", 31500, 38000)):
        share = figure_claims(text, "2025-06-10").query("unit == 'percent'").iloc[0]
        assert f'"share_of": [[{float(part)}, {float(part)}' in share["detail"], text
        assert f'[{float(whole)}, {float(whole)}' in share["detail"], text
    own_base = figure_claims("Of the 1,200 jobs at the plant, 300, or 4 percent of the firm's workforce, will go.",
                             "2025-06-10")
    assert "share_of" not in only(own_base, "4 percent")["detail"]  # a share of another whole
    findings = corpus_findings(tmp_path, {"a.md": article(
        "2025-09-10", "Mekong Daily", "Of the 52 people taken to hospital, 13, or 40 percent, remained in critical "
        "condition.")})
    assert list(findings["kind"]) == ["arithmetic"]
    assert findings.iloc[0]["message"] == "Mekong Daily: 13 / 52 = 25%, not the 40 percent stated."


def test_some_of_a_stated_whole_is_a_subset_not_a_count_of_the_whole():
    figures = figure_claims("Forty-nine of the 58 cases, or 84 percent, were in children.", "2025-03-10")
    assert list(zip(figures["surface"], figures["measure"])) == [
        ("Forty-nine", "cases subset"), ("58 cases", "cases total"), ("84 percent", "share")]


def test_a_day_and_month_followed_by_a_count_is_no_full_date():
    starts = date_starts("Of the 412 deaths recorded since July 28, 301, or 73%, were of people over 75. "
                         "On March 5, 12 people died.", "2025-08-10")
    assert starts == {"July 28": "2025-07-28", "March 5": "2025-03-05"}
    assert date_starts("It happened on July 28, 2024.", "2025-08-10") == {"July 28, 2024": "2024-07-28"}


def test_names_in_the_places_wire_copy_puts_them(tmp_path):
    text = ("The statement was signed by the chief financial officer, Priya Ramanathan. Darren Jones, a Labour "
            "lawmaker, said it was unacceptable. \"We will not back down,\" said Siobhan McAlinden, the union's "
            "general secretary. \"It is a disaster,\" said Kevin Ashworth, 51. The firm hired Goldman Sachs, a bank. "
            "Aston Villa, who had won four in a row, lost. Red Bull, the owner of two teams, said no. She was "
            "promoted to director, Global Sales.")
    claims = extract_text(text, "2025-03-10")
    assert list(claims[claims["kind"] == "name"]["subject"]) == [
        "Priya Ramanathan", "Darren Jones", "Siobhan McAlinden", "Kevin Ashworth"]
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-10-06", "Daily A", "Union leader Siobhan McAlinden said members were angry."),
        "b.md": article("2025-10-07", "Daily B", "\"We will strike,\" said Siobhan McAlindon, the union's leader."),
    })
    assert list(findings["kind"]) == ["name_variant"]


def test_only_dates_that_can_conflict_make_date_windows():
    claims = extract_text("The bridge opened in 2005 and closed on Tuesday, March 4, after a storm in early 2025.",
                          "2025-03-06")
    assert list(units.window_claims(claims)["surface"]) == ["Tuesday, March 4"]


def test_one_subject_named_two_ways_by_two_outlets_is_one(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-08-05", "Wire", "Temperatures in Portugal's Alentejo soared to 46.2 degrees Celsius "
                        "on Monday, a record for August."),
        "b.md": article("2025-08-13", "Weekly", "On 4 August temperatures in the Alentejo reached 46.6C."),
    })
    conflicts = findings[findings["kind"] == "conflict"]
    assert list(zip(conflicts["subject"], conflicts["measure"])) == [("Alentejo", "temperature")]


def test_a_firm_is_never_the_firm_its_name_starts_and_a_storm_is_one_whatever_its_rank():
    assert subject_forms.forms(["Siemens", "Siemens Energy", "Germany's Siemens", "Shell", "Shell Energy",
                                "Portugal's Alentejo", "Alentejo"]) == {"Germany's Siemens": "Siemens",
                                                                        "Portugal's Alentejo": "Alentejo"}
    ranks = ("Tropical Storm", "Typhoon", "Hurricane")
    assert subject_forms.forms(["Narra", "Tropical Storm Narra", "Typhoon Narra", "Hurricane Helene"], ranks) == {
        "Tropical Storm Narra": "Narra", "Typhoon Narra": "Narra"}  # one Helene form: nothing to map


def test_what_an_event_did_counted_nationwide_is_no_one_events(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-08-08", "Portugal News", "Of the 41,000 hectares burned nationwide so far this year, "
                        "16,500 were in the Arganil fire.", title="Arganil fire under control"),
        "b.md": article("2025-08-13", "Guardian", "The Arganil fire burned about 16,500 hectares. More than 60,000 "
                        "hectares have burned in Portugal so far this year.", title="Arganil fire: the aftermath"),
    })
    assert not (findings["measure"] == "area").any()  # no change from the fire's 16,500 to the country's 60,000
    claims = load_corpus([tmp_path / "corpus"], use_cache=False).claims
    area = claims[claims["measure"] == "area"]
    assert list(zip(area["surface"], area["subject"])) == [
        ("41,000 hectares", "area"), ("about 16,500 hectares", "Arganil Fire"),
        ("More than 60,000 hectares", "Portugal")]


def test_a_happening_that_comes_once_is_dated_across_outlets_without_a_name(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-02-18", "AP", "State health officials first confirmed the outbreak on Feb. 4 in Lawton."),
        "b.md": article("2025-02-27", "Tulsa World", "The outbreak was first confirmed on Feb. 6, officials said."),
        "c.md": article("2025-02-27", "Tulsa World", "Talks resumed on Monday. The first case was confirmed on "
                        "Feb. 4. The strike by train drivers began on 3 March. The first strike began on 3 March."),
        "d.md": article("2025-03-05", "Daily", "Talks resumed on Wednesday after a pause. The first death was "
                        "confirmed on Feb. 9. The guards' strike began on 6 March. The first strike by guards began "
                        "on 5 March."),
    })
    assert list(zip(findings["kind"], findings["values"])) == [("date_conflict", "2025-02-04 vs 2025-02-06")]


def test_a_level_a_clause_carries_a_count_to():
    figures = figure_claims("Another 30 operations were cancelled on Tuesday, taking the total to 118. Rescuers "
                            "found two more survivors, raising the number of people rescued to 41. The ministry "
                            "reported 12 new cases, bringing the total number of cases to 230. The fund bought more "
                            "shares, taking its stake to 30.", "2025-06-10")
    levels = figures[figures["detail"].str.contains('"level": true')]
    assert list(zip(levels["surface"], levels["measure"])) == [("118", "operations"), ("41", "rescued"),
                                                               ("230", "cases")]
    for text in ("The firm cut another 400 jobs in June, taking the total to 2,200.",  # a total of cuts
                 "Quillon closed another 12 stores, bringing the number of stores shut to 60.",
                 "City won in front of a crowd of 53,000, taking their tally to 20 this season."):
        assert not figure_claims(text, "2025-06-10")["detail"].str.contains('"level": true').any(), text


def test_names_of_leaders_and_of_an_organisation_speaking():
    claims = extract_text("The coalition, led by Radoslav Čermák, a former mayor, won 24 seats. \"We accept it,\" "
                          "Zdeňka Hrubá of Movement for Moravia said. The talks were led by Saudi Arabia and Qatar. "
                          "The march was led by Extinction Rebellion, a climate group. Henrik Sandvold of "
                          "Fjordbanken said so.", "2025-10-10")
    assert list(claims[claims["kind"] == "name"]["subject"]) == ["Radoslav Čermák", "Zdeňka Hrubá", "Henrik Sandvold"]


def test_a_share_after_a_possessive_whole_is_checked():
    share = only(figure_claims("Of the district's 1,420 classroom teachers, 212, or 21 percent, will lose their jobs.",
                               "2025-03-10"), "21 percent")
    assert '"share_of": [[212.0, 212.0, "212"], [1420.0, 1420.0, "1,420"]]' in share["detail"]


def test_fates_may_leave_some_untold_and_a_tally_is_no_count(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-04-23", "AP", "Of the 14 miners trapped, 10 were brought out alive, two died and one "
                        "remains missing. Another miner escaped on his own."),
        "b.md": article("2025-04-24", "BBC", "Of the 40 passengers, 31 were rescued and 12 died."),
        "c.md": article("2025-04-25", "Wire", "The 5-2 vote on Feb. 10 was close."),
    })
    fates = findings[findings["kind"] == "arithmetic"]
    assert list(zip(fates["severity"], fates["values"])) == [
        ("error", "31 rescued + 12 killed = 43"), ("info", "10 rescued + two killed + one missing = 13")]
    assert not (findings["measure"] == "votes").any()  # a tally is no count of votes


def test_who_told_it_is_no_count():
    assert figure_claims("Two people familiar with the matter said the deal was close. Several told aid workers "
                         "they had paid smugglers.", "2025-03-12").empty
    assert only(figure_claims("Some 40 workers said they were unpaid.", "2025-03-12"),
                "Some 40 workers")["measure"] == "workers"


def test_a_list_of_places_after_a_colon_is_the_whole_breakdown(tmp_path):
    findings = corpus_findings(tmp_path, {"a.md": article(
        "2025-07-10", "Daily", "Evacuation orders now cover 4,300 residents: 2,100 in Harlow Creek, 1,450 in Pine "
        "Bench and 550 in the rural area.")})
    assert list(zip(findings["kind"], findings["severity"])) == [("arithmetic", "error")]


def test_a_kind_of_inflation_stated_with_of_is_its_own_measure():
    figures = figure_claims("Core inflation of 3.0 per cent in November. The board pointed to trimmed mean "
                            "inflation of 2.9 per cent. Headline inflation was 2.1 per cent.", "2025-12-11")
    assert list(figures["measure"]) == ["core inflation", "mean inflation", "inflation"]
