"""Items left from the last audits: bare levels beside a change, the level a move started from,
and parts of different kinds followed by their total."""

from __future__ import annotations

from tests.corpora import article, corpus_findings, figure_claims


def levels(text: str, when: str = "2025-06-07") -> list[tuple]:
    return [(c.surface, c.measure, c.value, c.unit, c.as_of_basis) for c in figure_claims(text, when).itertuples()]


def test_a_bare_level_a_move_went_to_or_from_is_the_level_of_what_moved():
    assert levels("Home sales rose 15% to 287,500 from 262,000.") == [
        ("15%", "sales change", 15, "percent", "source_date"),
        ("287,500", "sales", 287500, "", "source_date"),
        ("262,000", "sales", 262000, "", "earlier")]
    assert levels("Enrolment fell from 1,450 to 1,210.") == [
        ("1,450", "enrolment", 1450, "", "earlier"), ("1,210", "enrolment", 1210, "", "source_date")]


def test_a_change_after_a_bare_level_is_that_things_change():
    assert levels("Average attendance is 28,640, up 9% from 26,310.") == [
        ("28,640", "attendance", 28640, "", "source_date"),
        ("9%", "attendance change", 9, "percent", "source_date"),
        ("26,310", "attendance", 26310, "", "earlier")]


def test_ranks_scores_rates_and_units_left_out_state_no_bare_level():
    assert levels("The club rose to 3 in the rankings.") == []
    assert levels("The club climbed to No. 3 after the win.") == []
    assert levels("Brent rose to 120 a barrel.") == []
    assert levels("The temperature rose to 41 on Monday.") == []
    assert levels("He is 45, up from 44.") == []
    assert levels("The Rams rallied to win 24-17.") == []
    # a count's own reading comes first: "cases rose to 171" counts cases
    assert levels("The number of measles cases in the outbreak has climbed to 171.") == [
        ("171", "cases", 171, "", "source_date")]
    # a unit said once holds for both levels: no bare 4 beside "5 percent"
    assert [row[0] for row in levels("The bank cut its rate to 4 from 5 percent.")] == ["5 percent"]


def test_the_level_a_move_started_from_is_no_figure_of_now(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-06-07", "Daily", "Acme's revenue rose 6% to $8.4 billion from $7.9 billion."),
        "b.md": article("2025-06-07", "Wire", "Acme's revenue was $8.4 billion."),
    })
    assert "conflict" not in set(findings["kind"])
    agreed = findings[findings["kind"] == "corroborated"]
    assert agreed["values"].tolist() == ["$8.4 billion; $8.4 billion"]
    # ... unless a date of its own sets it apart from the level it moved to: as the wires write it,
    # "fell to 3.5% from 3.7% in April" tells April's 3.7%
    assert [row[4] for row in levels("Ohio's unemployment fell to 3.5% from 3.7% in April.")] == [
        "source_date", "stated"]
    assert levels("Acme's margin fell to 9% this year from 12% in 2023.")[1][4] == "stated"
    # a "from" of something else is no level moved from
    assert levels("Funding was cut from 12 programmes.")[0][4] == "source_date"


def test_parts_of_different_kinds_then_their_total_meet_it_in_the_arithmetic(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-07-10", "Coast News",
                        "The Aurora ferry carried 180 passengers and 25 crew, a total of 215 people."),
        "b.md": article("2025-07-10", "Harbour Post", "The Aurora ferry carried 182 passengers."),
    })
    sums = findings[findings["kind"] == "arithmetic"]
    assert sums["values"].tolist() == ["180 passengers + 25 crew = 205"]
    assert sums["severity"].tolist() == ["error"]
    # the parts still count their own kinds: two outlets' passengers meet
    conflicts = findings[findings["kind"] == "conflict"]
    assert list(zip(conflicts["measure"], conflicts["values"])) == [("passengers", "182 vs 180")]


def test_a_total_in_all_with_no_noun_takes_the_parts_measure():
    rows = levels("The bus carried 40 passengers, 2 drivers and 3 guides, 45 in all.")
    assert ("45", "people", 45, "", "source_date") in rows
    assert ("40 passengers, 2 drivers and 3 guides", "people", 45, "", "source_date") in rows
    # the dead are the casualty rules' to read, as before
    rows = levels("The attack killed 12 soldiers and three civilians, 15 in all.")
    assert not any(r[0] == "12 soldiers and three civilians" for r in rows)
    # parts with no total after them stay counts of their own
    assert [(r[0], r[1]) for r in levels("The ferry carried 180 passengers and 25 crew.")] == [
        ("180 passengers", "passengers"), ("25 crew", "crew")]


def test_ranks_markets_games_and_polls_state_no_bare_level():
    assert levels("Oxford slipped from 1 to 3.") == []  # a move against its numbers: a rank
    assert levels("The university rose from 45 to 31 this year.") == []
    assert levels("The benchmark Kospi rose to 2,700 on Friday.") == []  # an index's level, any time of the day
    assert levels("Boston's lead shrank to 2 in the fourth quarter.") == []
    assert levels("The Lakers cut the deficit to 8.") == []
    assert levels("The team fell to 3-7 on the season.") == []
    assert levels("Sunak's approval rating fell to 22 from 25, a new poll showed.") == []
    assert levels("The unemployment rate rose to 3.9 from 3.8.") == []
    assert levels("Labour rose to 411.") == []  # a name's level (a party's seats, a firm's price)
    assert levels("Home sales could fall to 250,000.") == []  # a level told as possible
    assert levels("The board was cut to 9 from 12 members.")[0][:2] == ("12 members", "members")
    assert levels("Traffic on the bridge rose to 41,200.") == [("41,200", "traffic", 41200, "", "source_date")]


def test_a_from_of_another_noun_is_no_level_moved_from():
    rows = levels("Up to 300 people were rescued from 12 buildings.")
    assert ("12 buildings", "buildings", 12, "", "source_date") in rows
    rows = levels("The number of athletes rose to 10,500 from 206 countries.")
    assert ("206 countries", "nations", 206, "", "source_date") in rows


def test_a_move_and_its_level_are_no_range():
    assert levels("Jobless claims rose 22,000 to 231,000.") == [("231,000", "claims", 231000, "", "source_date")]
    assert levels("Between 20 and 30 people died.")[0][2] == 25  # a range stays one
    assert levels("Shares of chipmakers fell 3% to 10%.")[0][0] == "3% to 10%"
    assert levels("The storm dropped 1 to 5 inches of rain.")[0][0] == "1 to 5 inches"


def test_parts_in_other_clauses_or_of_other_totals_are_not_summed(tmp_path):
    rows = levels("Visitors rose 12% to 3.2 million, while hotel stays rose from 800,000 to 850,000.")
    assert [(r[0], r[1]) for r in rows][1:] == [("3.2 million", "visitors"), ("800,000", "stays"), ("850,000", "stays")]
    assert [r[0] for r in levels("The fleet has 20 buses and 10 trams, a total of 2,000 seats.")] == [
        "20 buses", "10 trams", "2,000 seats"]


def test_a_market_move_during_the_session_is_not_its_close(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-07-10", "Wire", "Shares of Acme jumped 38% by 1015 GMT on Thursday."),
        "b.md": article("2025-07-10", "Daily", "Acme's shares closed up 36% on Thursday."),
        "c.md": article("2025-07-10", "Post", "Shares in Acme ended 35% higher on Thursday."),
    })
    conflicts = findings[findings["kind"] == "conflict"]
    assert list(zip(conflicts["measure"], conflicts["values"])) == [("shares change", "up 36% vs up 35%")]
    assert levels("The FTSE 100 was 0.4% lower at midday.")[0][1] == "share change (intraday)"
    assert levels("Prices were 3% higher than a year earlier.")[0][1:3] == ("prices change", 3)
    assert levels("By noon, gold prices were up 1.2%.")[0][1] == "prices change (intraday)"
    # another clause's hour, and a comparison that is no move
    assert levels("The agency said at 8:30 a.m. that consumer prices rose 0.4%.")[0][1] == "prices change"
    assert levels("Rents are 30% higher in London than the national average.")[0][1:3] == ("higher", 30)  # no move


def test_a_change_since_a_month_is_not_checked_against_a_year_earlier(tmp_path):
    findings = corpus_findings(tmp_path, {"a.md": article(
        "2025-05-10", "Wire", "Home sales rose 2.7% from March to 287,500, and were up from 250,000 a year earlier.")})
    assert "arithmetic" not in set(findings["kind"])
    # against the month before the one it is of: a month's change on the month before
    assert levels("Exports rose 4% in April from March.")[0][1] == "exports change (month on month)"
    assert levels("Exports rose 4% in May from March.")[0][1] == "exports change (since March)"
    assert levels("Council tax will rise 4.99% from April.")[0][1] == "tax change"  # from April on: no basis
    # one basis named twice is one
    findings = corpus_findings(tmp_path / "c", {"c.md": article(
        "2025-05-10", "Wire", "Revenue rose 15% year-on-year to $287.5 million, up from $200 million a year earlier.")})
    assert findings[findings["kind"] == "arithmetic"]["severity"].tolist() == ["error"]
    # two bases in one sentence: which the change is against cannot be told
    findings = corpus_findings(tmp_path / "b", {"b.md": article(
        "2025-05-10", "Wire", "Revenue rose 15% from a year earlier to $287.5 million, from $280 million in the "
                              "previous quarter.")})
    assert "arithmetic" not in set(findings["kind"])


def test_a_thing_placed_by_a_phrase_is_the_measure_not_the_place():
    def measures(text):
        return [row[1] for row in levels(text, "2025-06-20")]
    assert measures("Turnout in the June 14 election was 61%.") == ["turnout"]
    assert measures("Unemployment in Spain was 11%.") == ["unemployment"]
    assert measures("The pass rate at the school was 81%.") == ["pass rate"]
    assert measures("Inflation in the euro zone was 2.4% in May.") == ["inflation"]
    assert measures("Youth unemployment in Greece is 25%.") == ["youth unemployment"]
    # a part of the whole keeps a measure of its own
    assert measures("Unemployment in the capital was 9%.") != ["unemployment"]
    assert measures("Turnout in rural areas was 55%.") != ["turnout"]


def test_a_sentence_opening_on_the_nation_is_not_about_the_storys_place(tmp_path):
    findings = corpus_findings(tmp_path, {
        "a.md": article("2025-07-10", "Herald", "Calgary's benchmark home price fell 1.3% to $583,400.",
                        "Calgary home prices dip"),
        "b.md": article("2025-07-10", "Sun", "Calgary's benchmark home price fell 1.3% to $583,400. Nationally, the "
                        "average price was $664,078, up 1.8% from a year earlier.", "Calgary prices slip"),
    })
    assert "conflict" not in set(findings["kind"])
    # whose, the sentence does not say: two firms' "Globally" figures never meet
    findings = corpus_findings(tmp_path / "sales", {
        "a.md": article("2025-07-10", "Wire", "Acme's sales in Ohio fell 2%. Globally, sales rose 5%.", "Acme in Ohio"),
        "b.md": article("2025-07-10", "Post", "Zenith's sales in Ohio fell 2%. Globally, sales rose 2%.", "Zenith in Ohio"),
    })
    assert "conflict" not in set(findings["kind"])


def test_a_stock_in_a_state_of_its_own_is_its_own_measure():
    assert [row[1] for row in levels("There were 6,912 unsold homes and 1,200 active cases.")] == [
        "unsold homes", "active cases"]
    assert levels("Some 9,500 homes unsold remain.")[0][1] == "unsold homes"
    assert levels("About 500 active troops remain.")[0][1] == "troops"  # people stay people
