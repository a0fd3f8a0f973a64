"""Figures on real sentences: the seeds, ECB+ and the issue's patterns as news writes them."""

from __future__ import annotations

import pytest

from briefing.extract.figures import find_figures
from briefing.model import Figure
from briefing.pipeline import build_briefing
from briefing.render.measures import compare
from conftest import ROOT, SHARED, article


def figures_of(text: str) -> list[Figure]:
    return find_figures(article(text))


def counts(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.measure) for f in figures_of(text)]


@pytest.fixture(scope="module")
def seeds():
    return build_briefing([ROOT / "seeds"])


def test_numbers_in_words_with_hyphens_and_scales_are_read():
    assert counts("A hundred and forty-five drones and seventy-two missiles were launched.") == [
        (145, "drones"),
        (72, "missiles"),
    ]
    assert counts("About 1.5 million people were displaced and 5,000 homes destroyed.") == [
        (1_500_000, "displaced"),
        (5000, "homes"),
    ]


def test_fractions_of_a_million_are_read():
    # ECB+ (20ecbplus/7), BBC (politics/271, business/461, business/339).
    [homeless] = figures_of("It destroyed thousands of buildings and left nearly half a million homeless.")
    assert (homeless.value, homeless.measure, homeless.qualifier, homeless.text) == (
        500_000,
        "displaced",
        "nearly",
        "nearly half a million homeless",
    )
    assert counts("In all, almost a quarter of a million jobs and 168 public bodies would go.") == [
        (250_000, "jobs"),
        (168, "bodies"),
    ]
    assert counts("There are now two and a half million cars on the city's roads.") == [(2_500_000, "cars")]
    assert counts("The country has a population of more than a billion people.") == [
        (1_000_000_000, "people")
    ]


def test_held_is_a_detention_only_in_the_passive():
    # ECB+ (11ecb/2): the election was held, the voters were not.
    assert counts(
        "Over 2.5 million people were eligible to vote in the election, held under the framework of a new "
        "constitution approved in September and intended to increase parliament's powers."
    ) == [(2_500_000, "people")]
    # BBC (business/451, politics/040).
    assert counts("Shares in both companies were suspended while the two held talks about a deal.") == []
    assert counts(
        'Solicitor Gareth Pierce claimed the detention had driven four of the detainees to "madness", saying '
        "two were being held in Broadmoor hospital."
    ) == [(2, "arrested")]


def test_times_ages_and_durations_are_not_people_in_hospital():
    # ECB+ (4ecb/1, 4ecb/6, 4ecb/7): a hospital after a time, an age or a duration counts no one.
    assert (
        counts(
            '"With deep personal sadness I must announce that my dear friend and client Bettie Page passed '
            "away at 6:41pm PST this evening (0241 GMT Friday) in a Los Angeles hospital, '' her agent Mark "
            "Roesler said."
        )
        == []
    )
    assert (
        counts(
            "Legendary pinup queen Bettie Page died of pneumonia at the age of 85 in a Los Angeles, "
            "California, hospital Thursday, a week after suffering a heart attack, according to her agent."
        )
        == []
    )
    assert (
        counts(
            "Her breakdown in 1972 after divorcing third husband Harry Lear led to four months' treatment in "
            "Florida's Jackson Memorial Hospital and 20 months in Patton State Hospital in San Bernardino."
        )
        == []
    )
    # ECB+ (12ecb/17): a time in hours.
    assert (
        counts("Pirates attacked this merchant ship about 1100 hrs IST, 150 nautical miles west of Aden.")
        == []
    )


def test_weapons_found_are_not_weapons_fired(tmp_path):
    # ECB+ (18ecbplus/10, 18ecbplus/7, 12ecb/5): ammunition found in a car, arms confiscated.
    assert counts(
        "A 12-gauge pump-action shotgun and three live shells were found in the silver Ford Fusion "
        "LaCalamita was driving."
    ) == [(3, "shells found")]
    assert counts(
        "When LaCalamita was arrested, police said they found a 12-gauge pump-action shotgun and three "
        "shells in his vehicle."
    ) == [(3, "shells found")]
    assert (2, "rockets found") in counts(
        "The confiscated arms and equipment included seven AK-47s, three other assault rifles, 13 loaded "
        "magazines, a rocket-propelled grenade launcher with two rockets, several grenades and a GPS set."
    )
    # ECB+ (19ecb/13, 41ecbplus/4): thrown and dropped are fired.
    assert counts("Protesters threw two petrol bombs at Athens's main courthouse.") == [(2, "bombs")]
    assert counts("Four bombs were dropped within just a few moments.") == [(4, "bombs")]
    # Weapons found are no measure a reader compares; weapons fired are.
    (tmp_path / "shooting.txt").write_text(
        "Gunman arrested\n\nA 12-gauge pump-action shotgun and three live shells were found in his car. "
        "Protesters threw two petrol bombs at the courthouse.\n",
        encoding="utf-8",
    )
    key = {s.measure: s.key for s in compare(build_briefing([tmp_path], workers=1, cache=None))}
    assert key == {"shells found": False, "bombs": True}


def test_verb_before_the_count_says_what_happened():
    # ECB+ 37: the verb precedes the count; "left 14 others trapped" reads the outcome after.
    assert counts("AN EARTHQUAKE killed six children and left 14 others trapped when a mosque collapsed") == [
        (6, "killed"),
        (14, "trapped"),
    ]
    # ECB+ 20: "injured" before a qualified count is not swallowed by "killed".
    found = figures_of("It killed 612 people and injured more than 1,400, leveling several villages.")
    assert [(f.value, f.measure, f.low, f.high) for f in found] == [
        (612, "killed", 612, 612),
        (1400, "injured", 1400, None),
    ]


def test_a_toll_before_the_count_is_killed():
    assert counts(
        "The sixth aftershock shook this southern Iranian island in the Persian Gulf on Monday as "
        "death toll from a strong earthquake a day before rose to 10."
    ) == [(10, "killed")]


def test_one_person_counts_but_one_of_does_not():
    assert counts("One victim died in the Monday morning attack.") == [(1, "killed")]
    assert counts("It was one of the largest and deadliest missile strikes on Ukraine in months.") == []


def test_magnitudes_ages_and_decimals_are_not_counts():
    assert (
        counts(
            "Rescue operations are under way after a 6.1 magnitude earthquake hit Indonesia's Aceh "
            "province, flattening houses and causing landslides."
        )
        == []
    )
    assert counts("A 63-year-old woman and two men, ages 47 and 48, were shot, the police said.") == [
        (2, "shot")
    ]


def test_names_dates_and_money_are_not_figures():
    assert counts(
        "Ukrainian Air Force informed that Russia launched 11 Iskander-M/KN-23 ballistic missiles"
    ) == [(11, "Iskander-M/KN-23 missiles")]
    assert counts("— Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa) April 23, 2025") == []
    assert counts("so that Greece can get a $144 billion bailout from the International Monetary fund") == []


def test_about_as_a_preposition_is_not_a_qualifier():
    text = "We have information about two children who cannot be found at the scene of the incident."
    [figure] = figures_of(text)
    assert (figure.value, figure.measure, figure.qualifier) == (2, "missing", None)


def test_lower_case_sources_are_attributed_and_fragments_are_not():
    [injured] = figures_of("Police said 12 people were injured in the riots.")
    assert injured.attribution == "Police"
    [killed] = figures_of(
        "Another two people are also reported to have been killed, although it has not been stated where."
    )
    assert killed.measure == "killed" and killed.attribution is None


def test_a_dated_event_in_the_sentence_sets_event():
    [figure] = figures_of(
        "It was the costliest attack on the city since July 2024, when 33 people were killed "
        "in an aerial barrage that targeted a hospital and residential districts."
    )
    assert (figure.value, figure.measure, figure.event) == (33, "killed", "July 2024")
    [main] = figures_of(
        "Three people died when an Athens bank went up in flames Wednesday as tens of "
        "thousands of Greeks took to the streets."
    )
    assert main.event is None


def test_seed_counts_with_bounds_and_sub_counts(seeds):
    by_measure: dict[str, set] = {}
    for extraction in seeds.extractions:
        for f in extraction.figures:
            by_measure.setdefault(f.measure, set()).add(
                (f.value, f.qualifier, f.event, f.part_of is not None)
            )
    assert {(8, "at least", None, False), (9, None, None, False)} <= by_measure["killed"]
    assert {(63, None, None, False), (70, "over", None, False), (60, "more than", None, False)} <= by_measure[
        "injured"
    ]
    assert {(145, None, None, False), (150, "up to", None, False)} <= by_measure["drones"]
    assert (6, None, None, True) in by_measure["hospitalized"]


def test_other_events_stay_out_of_the_main_killed_range(seeds):
    events = {f.value: f.event for x in seeds.extractions for f in x.figures if f.measure == "killed"}
    assert events[33] == "July 2024" and events[34] == "last year's July 8"
    killed = next(m for m in compare(seeds) if m.measure == "killed")
    assert (killed.low, killed.high, killed.sources, killed.disagree) == (8, 9, 2, True)
    assert {r.figure.value for r in killed.reports} == {8, 9}
    # CNN's "emergency services earlier reported that nine people had died" is an update, not a source of
    # its own.
    # The bottom line is the latest (dated) article's count, then the spread.
    assert killed.summary == (
        "At least 8 killed, per CNN. Sources report between 8 and 9 killed. An earlier count was 9 "
        "(Ukraine’s emergency services, CNN)."
    )


def test_measures_rank_human_outcomes_then_weapons(seeds):
    order = [m.measure for m in compare(seeds)]
    assert order[:4] == ["killed", "injured", "hospitalized", "missing"]
    assert order.index("drones") < order.index("countries")
    assert order.index("missiles") < order.index("locations")
    cnn = {r.source for m in compare(seeds) if m.measure == "drones" for r in m.reports}
    assert cnn == {None, "CNN"}


@pytest.mark.shared("corpora/ecbplus")
def test_figures_found_on_an_ecbplus_cluster_match_its_headline():
    briefing = build_briefing([SHARED / "corpora" / "ecbplus" / "20ecbplus"])
    killed = next(m for m in compare(briefing) if m.measure == "killed")
    assert 10 in {r.figure.value for r in killed.reports}
    assert 31000 not in {r.figure.value for r in killed.reports if r.slug.endswith("2")}  # December 2003


def _counts(*paragraphs: str) -> set[tuple[float, str]]:
    return {(f.value, f.measure) for f in find_figures(article(*paragraphs))}


def test_one_victim_counts_without_a_digit():
    # ECB+ (21ecbplus/10, 16ecbplus/1), and a local crime report's lead.
    assert _counts("According to investigators, a woman was killed by a hit-and-run driver in Queens.") == {
        (1, "killed")
    }
    assert _counts("A 23-year-old man was shot and killed outside his home, police said.") == {(1, "killed")}
    assert _counts("On June 20, a man was shot and wounded in Hawaiian Gardens.") == {(1, "injured")}


def test_a_parent_killed_is_one_victim_not_the_number_of_children():
    # ECB+ (33ecbplus/7, 21ecbplus/4): not 12 killed, not 2 killed.
    [mother] = figures_of(
        "A shocking video released for the first time Thursday captures the moment a Brooklyn mother of 12 "
        "was killed in a gang shootout as she picked her daughter up from school."
    )
    assert (mother.value, mother.measure, mother.text) == (1, "killed", "a Brooklyn mother of 12 was killed")
    assert _counts(
        "Driver Charged With DWI, Vehicular Manslaughter A 59-year-old mother of two died when a drunken "
        "driver struck her with his car and then drove off, police said."
    ) == {(1, "killed")}
    # Active voice names the killer, not a victim: the victim is the verb's object.
    [neighbour] = figures_of("A father of three killed his neighbour on Sunday.")
    assert (neighbour.value, neighbour.text) == (1, "killed his neighbour")


def test_dozens_are_read_as_twelves():
    # ECB+ (20ecbplus/7, 19ecbplus/1), BBC (tech/282).
    [china] = figures_of("On Saturday, more than a dozen people were killed by a quake in eastern China.")
    assert (china.value, china.low, china.qualifier, china.measure) == (12, 12, "more than", "killed")
    assert (24, "protesters") in _counts(
        "On Monday a group of about 130 people were marching toward the 67th Police Precinct station when "
        "about two dozen young protesters splintered off — drawing riot police — and trashed a Rite Aid."
    )
    assert _counts("About three dozen small firms were attracted to the area.") == {(36, "firms")}
    assert _counts("Police said half a dozen people were arrested.") == {(6, "arrested")}


def test_victims_of_two_fates_are_no_count_of_either():
    # ECB+ (33ecbplus/6): one was killed and two were injured, not two killed.
    assert (2, "killed") not in _counts(
        "It was said throughout the investigation and trial that Lopez and Carrasquillo were targeting "
        "members of a rival gang when Horton and the two other victims killed and injured in the crossfire."
    )


def test_a_part_of_the_victims_counts_what_happened_to_the_part():
    # ECB+ (18ecbplus/3): not three killed.
    died, whole = find_figures(
        article("Local evening news in Michigan originally reported that two of the three victims died.")
    )
    assert (died.value, died.measure, died.part_of) == (2, "killed", 1)
    assert (whole.value, whole.measure) == (3, "victims")
    # ECB+ (18ecbplus/1): the verb before the count says what happened.
    assert (1, "killed") in _counts("A Michigan man shot to death one person and injured two others Monday.")


def test_ages_blocks_names_and_durations_are_not_counts():
    # ECB+ (19ecbplus, 16ecbplus/10, 33ecbplus/1), BBC (entertainment/001), the seeds (CNN). A victim named
    # with the outcome is one killed (Zurana Horton), never a count of her age, her children or a block.
    assert _counts(
        "Police struggled to control a hostile crowd that broke away from a planned peaceful vigil for "
        "Kimani (Kiki) Gray, 16, killed by police on Saturday night.",
        "Deputy Ortiz was shot to death outside an apartment in the 12000 block of East 223rd Street.",
        "Video of Brooklyn Mother of 13 Zurana Horton shot and killed in a gang shooting was revealed "
        "Thursday.",
        "Rock band Keane won Sound of 2004 while US rapper 50 Cent topped Sound of 2003.",
        "The victim was identified as 111 Jaelen Charles of the city's West Side.",
        "Air raid sirens blasted through Kyiv for six hours in the early hours of Thursday.",
        "Russia launched its deadliest wave of attacks on Kyiv in nine months.",
    ) <= {(1, "killed")}
    # A capitalized word after a number may still say what is counted.
    assert _counts("Russia fired four Tomahawk missiles and 2 British soldiers were hurt.") == {
        (4, "missiles"),
        (2, "injured"),
    }


def test_a_figure_is_credited_from_its_own_sentence():
    # Seeds (CNN): the next sentence's source gave the locations, not the eight dead.
    died, locations = find_figures(
        article(
            "At least eight people died in the attacks, and more may be trapped under rubble. Emergency "
            "services said Moscow’s attacks struck 13 locations in Kyiv, including residential buildings."
        )
    )
    assert (died.value, died.attribution) == (8, None)
    assert (locations.value, locations.attribution) == (13, "Emergency services")


def test_a_figure_in_a_quotation_or_a_post_is_its_authors(seeds):
    # Seeds: a quoted post ("he wrote"), a post signed by its author, and a quotation continued.
    credited = {
        (f.value, f.measure): f.attribution
        for x in seeds.extractions
        for f in x.figures
        if x.article.source is None
    }
    assert credited[(5000, "killed per week")] == "Trump"  # "he wrote", as the article names him
    assert credited[(21, "hospitalized")] == "Marta Havryshko"
    assert credited[(5, "countries")] == "Volodymyr Zelenskyy"
    assert credited[(63, "injured")] == "Ukraine’s state emergency service"


def test_missiles_launched_of_a_type_and_through_are_three_measures(seeds):
    # Seeds: 70 launched (both articles), 11 of one type (a post quoted by the first), and five that got
    # through (CNN): no range "5–70".
    measures = {(f.value, f.measure) for x in seeds.extractions for f in x.figures if "missile" in f.text}
    assert measures == {(70, "missiles"), (11, "Iskander-M/KN-23 missiles"), (5, "missiles got through")}
    missiles = next(m for m in compare(seeds) if m.measure == "missiles")
    assert (missiles.low, missiles.high, missiles.disagree) == (70, 70, False)
    # BBC (politics/066), ECB+ (12ecbplus/7): people intercepted are no weapons; boats are.
    assert _counts("Three others had been intercepted by security staff as they tried to join the five.") == {
        (3, "others")
    }
    assert _counts("An Indian warship on Thursday intercepted three boats with pirates.") == {
        (3, "boats intercepted")
    }


def test_an_aside_or_a_joined_count_does_not_hide_what_happened():
    # ECB+ (8ecbplus/8, 8ecbplus/1; 18ecbplus/9 above): an aside between commas, two counts joined by "and".
    assert counts(
        "Three people, one of them a pregnant woman, were killed when protesters threw petrol "
        "bombs at a bank in Athens."
    ) == [(3, "killed")]
    found = counts("Police said two women and one man died at a branch of the Marfin bank which caught fire.")
    assert (2, "killed") in found and (1, "killed") in found


def test_a_share_or_a_quarter_of_a_year_is_no_count():
    # NewsWCL50 (event6/2), BBC (business/006, business/236).
    assert not counts("More than three quarters of applicants pass that initial review.")
    assert not counts(
        "A common technical definition of a recession is two successive quarters of negative growth."
    )
    assert not counts("Nearly two thirds of the firms said they expected to hire more staff.")


def test_vague_hundreds_and_emergency_numbers_are_not_counts():
    # NewsWCL50 (event6/1, event6/3): "a few hundred", "several hundred" give no number.
    assert not _counts(
        "This matters to the Trump administration, whose actions and statements have likened the arrival of "
        "a few hundred Central Americans seeking asylum to a national security crisis.",
        "There they were greeted by several hundred supporters who chanted and cheered.",
    )
    assert _counts("A hundred people were hurt.") == {(100, "injured")}
    # ECB+ (22ecbplus/8): "911 calls" counts no calls.
    assert not _counts("Officers responded to 911 calls from other employees inside the plant.")
