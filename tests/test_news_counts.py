"""Counts as local news writes them, on real sentences of `gva-dev` (US shootings, each covered by 2-6
local outlets): headlines, victims named or listed, those shot and those who died, and numbers that count
no one. The incident folder of each sentence is given; the sentences are quoted, the corpus is not read."""

from __future__ import annotations

import dataclasses

from briefing.extract import extract
from briefing.extract.figures import find_figures, headline_figures, refused_numbers
from briefing.model import Briefing, Story
from briefing.render import render
from conftest import article


def counts(*paragraphs: str) -> list[tuple[float, str]]:
    """Each count of an article made of `paragraphs`, whole, of its own event: value and measure."""
    return [
        (f.value, f.measure)
        for f in find_figures(article(*paragraphs))
        if f.part_of is None and f.event is None and f.rate is None
    ]


def titled(title: str, *paragraphs: str):
    return dataclasses.replace(article(*paragraphs), title=title)


def headline(title: str) -> list[tuple[float, str]]:
    return [(f.value, f.measure) for f in headline_figures(titled(title)) if f.part_of is None]


def reasons(*paragraphs: str) -> list[tuple[str, str]]:
    return [(r.text, r.reason) for r in refused_numbers(article(*paragraphs))]


def test_headline_forms_give_the_dead_and_the_wounded():
    # 479413, 441681, 491992, 483765, 480961, 517073.
    assert headline("One Dead, Four Wounded in Drive-By Shooting") == [(1, "killed"), (4, "injured")]
    assert headline("1 dead, 3 shot in Northwest Jacksonville") == [(1, "killed"), (3, "injured")]
    assert (2, "injured") in headline("Four shot, two dead in Pigtown shooting")
    assert (3, "injured") in headline("Four shot, one dead, in home invasion near Plaza")
    assert (5, "injured") in headline("6 Shot, 1 Dead, 1 Critical In Kingsessing Shooting « CBS Philly")
    assert (8, "injured") in headline(
        "9 People Shot, 1 Fatally, After Violence Breaks Out at Party in Compton"
    )


def test_a_headline_s_count_is_read_from_the_title_with_no_paragraph():
    # 480327: the title is the count; its figure has no paragraph, and offsets into the title.
    [dead, wounded] = headline_figures(titled("3 dead, 2 wounded in Del. courthouse shooting"))
    assert (dead.value, dead.measure, dead.paragraph, dead.text) == (3, "killed", None, "3 dead")
    assert (wounded.value, wounded.measure, wounded.start) == (2, "injured", 8)
    # A title made of the lead sentence repeats the lead: it is not read again.
    made = dataclasses.replace(titled("3 dead in a shooting", "3 dead in a shooting"), title_derived=True)
    assert headline_figures(made) == []


def test_those_shot_and_those_who_died_give_the_wounded():
    # 422064, 485821, 461476, 479413.
    assert counts(
        "FULLER PARK — Five people were shot, three fatally, in a South Side shooting early Monday morning, "
        "police said."
    ) == [(5, "shot"), (3, "killed"), (2, "injured")]
    assert (4, "injured") in counts(
        "According to Mercer County First Assistant Prosecutor Angelo Onofri, a total of five teenagers were "
        "shot, one of them fatally at a house party in Hamilton Township."
    )
    assert counts(
        "NORTH FAIRMOUNT, Ohio (WKRC) - Four people were shot in North Fairmount Tuesday evening, one of "
        "them "
        "was killed."
    ) == [(4, "shot"), (1, "killed"), (3, "injured")]
    # A count of people shot after the dead, in a clause of its own, is all of them: six wounded, not seven.
    assert (6, "injured") in counts(
        "At least one person is dead after seven people were shot early Sunday morning inside a home in "
        "Chelsea, police confirmed."
    )


def test_shot_n_killing_m_gives_the_dead_and_the_wounded():
    # 441681: "shot four men … killing an 18-year-old".
    found = counts(
        "Police are on the hunt for whoever pulled the trigger and shot four men in Northwest Jacksonville "
        "sending three people to the hospital and killing an 18-year-old Tuesday night."
    )
    assert {(4, "shot"), (1, "killed"), (3, "injured")} <= set(found)


def test_people_shot_with_no_one_dead_were_wounded():
    # 428247: an article that says four were shot and no one died reports four wounded.
    extraction = extract(titled("Four People Shot Near West Charlotte Home", "Four people were shot Friday."))
    assert {(f.value, f.measure) for f in (*extraction.headline, *extraction.figures)} == {(4, "injured")}


def test_one_of_a_count_who_died_since_is_one_dead_of_it():
    # 492393: "One of 5 shot … dies of injuries", four wounded.
    extraction = extract(
        titled(
            "One of 5 shot in Southern Pines billiards bar dies of injuries",
            "Police say one of five people shot outside the Leather Pockets Billiards and Lounge early "
            "October "
            "27 has died.",
        )
    )
    figures = [(f.value, f.measure) for f in (*extraction.headline, *extraction.figures)]
    assert (1, "killed") in figures and (4, "injured") in figures and (5, "injured") not in figures


def test_implicit_singulars_count_one():
    # 479757, 441681, 440450, 491898, 512880.
    assert (1, "killed") in counts(
        "Officers found four men suffering from gunshot wounds. One of them, identified as 32-year-old "
        "Delonta "
        "Hendrix, died of his injuries at a hospital."
    )
    assert counts("Police say 24-year-old Jonathan Austin died at the scene.") == [(1, "killed")]
    assert counts(
        " 1, an 11-year-old boy, David McIntyre, was fatally shot when a gunman walked into his home in the "
        "borough."
    ) == [(1, "killed")]
    assert counts(
        "CHESTERFIELD COUNTY, S.C. — The owner of a Wadesboro club and pool room, Jefferson “Rex” Rivers, "
        "was "
        "shot and killed at a night club in Chesterfield County, S.C., early Sunday morning."
    ) == [(1, "killed")]
    assert counts(
        "Prince William County police say Officer Ashley Guindon, 28, was shot and killed Saturday "
        "responding to "
        "a domestic violence call in Woodbridge, Virginia."
    ) == [(1, "killed")]


def test_one_person_told_before_or_shot_himself_is_not_counted_again():
    # ECB+ 19ecb: "killed the boy" tells of one already told; 458718: "shot himself" is the killer's death.
    assert counts("Police said the officer killed the boy with a single shot.") == []
    assert counts("He shot himself as police arrived.") == []


def test_pairs_and_lists_of_victims_count_each_person():
    # 503983, 546521, 423088, 461515, 476661, 480605, 454059.
    assert headline("Woman, young child killed in Kerr County triple shooting") == [(2, "killed")]
    assert headline("Man, baby found dead inside home in St. Clair County") == [(2, "killed")]
    assert headline("Woman, 2 children dead in triple homicide") == [(3, "killed")]
    assert counts(
        "EUREKA, Mo. (AP) – A woman and child have been found dead in a hotel room near Six Flags St. Louis, "
        "and authorities suspect murder-suicide."
    ) == [(2, "killed")]
    assert counts(
        "UPDATE: The suspect in a Cleveland double homicide that left a woman and her five-year-old son "
        "dead was "
        "taken into custody in Rutherford County."
    ) == [(2, "killed")]
    assert counts(
        "Police in Cudahy found a father and daughter dead on New Year's Day and investigators say it looks "
        "like a murder-suicide."
    ) == [(2, "killed")]
    assert counts("Two civilians and one police officer were killed.") == [(3, "killed")]
    # 471867: names with their ages, listed.
    assert counts(
        "The Sheriff’s Office said David K. Jones, 19, Leonard H. Andrews, 21, and Jamari K. Brooks, 17, "
        "were "
        "also wounded."
    ) == [(3, "injured")]


def test_a_name_set_after_a_person_by_a_comma_is_the_same_person():
    # 489581, 452120: "his father, Samir Zawahri, 55, and his brother" are two; "Jamar Clark, an unarmed
    # 24-year-old" is one.
    assert counts("Zawahri shot his father, Samir Zawahri, 55, and his brother at their home.") == [
        (2, "shot")
    ]
    assert counts("Police fatally shot Jamar Clark, an unarmed 24-year-old, last week.") == [(1, "killed")]


def test_murder_suicides_count_the_killer():
    # 424559, 493882, 480327, 512073, 542791.
    assert headline("Police: Man kills woman, her son, himself in south Las Vegas - FOX5 Vegas - KVVU") == [
        (3, "killed")
    ]
    assert headline("Gunman ‘kills 3 bandmates, self after being kicked out of rock group’") == [
        (4, "killed")
    ]
    assert (3, "killed") in counts(
        "That fear became a shocking reality Monday, when her ex-father-in-law, Thomas Matusiewicz, 68, "
        "opened "
        "fire in the New Castle County Courthouse in Wilmington, killing her and another woman, and wounding "
        "two law enforcement officers before killing himself, state police said."
    )
    assert (3, "killed") in counts(
        "As the New Castle County Courthouse in Delaware remained partially closed Wednesday, two days "
        "after a "
        "gunman killed two people and then himself inside its lobby, the gunman's daughter told a local "
        "paper."
    )
    assert headline("Four shot to death in Mason County, then gunman kills himself") == [(5, "killed")]


def test_the_attacker_killed_is_one_more_dead():
    # 456893, 485811, 452007, 484333, 469723.
    assert headline("14 dead, 21 injured in San Bernardino mass shooting; 2 suspects killed") == [
        (21, "injured"),
        (16, "killed"),
    ]
    assert headline("5 Murdered In Manchester, IL; Suspect Dead, 6-Year-Old Hospitalized") == [(6, "killed")]
    assert headline("Police: 3 members of family fatally shot; suspect killed") == [(4, "killed")]
    assert (5, "killed") in counts(
        " — Four people were killed by a man on a deadly rampage before he was shot and killed by police "
        "Sunday "
        "night at a Federal Way apartment complex, police said."
    )
    assert (3, "killed") in counts(
        "BLOOMFIELD (KDKA/AP)- Police say a 16-year-old male and 20-year-old woman were slain by a home "
        "invader, "
        "who was fatally shot by another person in a Bloomfield apartment."
    )
    # Not when the attacker is among the dead.
    assert headline("Four dead, including gunman, in Kansas workplace shooting") == [(4, "killed")]


def test_ordinals_tell_how_many_died():
    # 441681, 492276, 489581, 518436.
    assert headline("2nd body found in ditch day after drive-by shooting identified") == [(2, "killed")]
    assert headline("Third victim dies after Florida mass shooting") == [(3, "killed")]
    assert headline("Santa Monica shootings claim fifth victim") == [(5, "killed")]
    assert (5, "killed") in counts("Police found the body of the missing man, the death of a fifth man.")
    # "The fourth victim" is one of them, not a fourth dead.
    assert (4, "killed") not in counts(
        "Three men were taken to the hospital in stable condition. The fourth victim, a woman, died."
    )


def test_numbers_that_count_no_one_are_refused_with_a_reason():
    # 441681 (a headline age), 488547, 458718, 489581 (ages), 542791 ("No one"), 458718 ("called 911").
    assert ("21", "an age") in reasons(
        "Randy Lee Jones, 21, Killed; Three Injured in North St. Louis Shooting"
    )
    assert reasons("Thee men, ages 15, 18, and 22, and three women, ages 15, 17, and 18, were injured.") == [
        ("15", "an age"),
        ("18", "an age"),
        ("22", "an age"),
        ("15", "an age"),
        ("17", "an age"),
        ("18", "an age"),
    ]
    assert ("57", "an age") in reasons(
        "Investigators believe the male suspect — Timothy Nelson Obeshaw, 57 — shot Sharon Elizabeth "
        "Watson, 37."
    )
    assert ("16", "an age") in reasons("A 16–year–old boy was shot in the leg.")
    assert ("20", "an age") in reasons("The victims, all in their 20’s, were shot.")
    assert ("32", "an age") in reasons("Marquise Sturgis, 32 of Dunbar, was killed.")
    assert ("one", "a pronoun") in reasons("No one was injured in the exchange of gunfire, Lemma said.")
    assert ("911", "an emergency number") in reasons(
        "Six people were found shot to death after a girl called 911 to report that she had heard a shot."
    )
    assert ("12", "a statistic of a period") in reasons("It was one of the city's 12 killings this year.")
    # 490909: a year's tally, compared with the year before's.
    assert ("219", "a statistic of a period") in reasons(
        "During the same period this year, the city tallied 219 people shot, compared to 192 in 2012, "
        "according to police."
    )
    assert ("two", "a charge, not a count") in reasons(
        "Ross Anderson has been charged with two counts of first-degree murder."
    )


def test_active_verbs_say_what_the_count_did_not_what_befell_it():
    # 484333: the officers shot Clark; they were not shot. 553570: "fighting for their lives" are alive.
    assert (8, "shot") not in counts("That's when eight officers opened fire and shot Clark dead.")
    assert (2, "killed") not in counts(
        "A barrage of gunfire left a 20-year-old man dead and seven others injured, two of them fighting for "
        "their lives."
    )
    # 422064 (St. Louis): "a slain friend" is no outcome of the four; "were shot" is.
    assert counts(
        "ST. LOUIS • Four men coming from a repast to honor a slain friend were shot, one fatally, when "
        "their "
        "car was raked by gunfire."
    ) == [(4, "shot"), (1, "killed"), (3, "injured")]


def test_an_outcome_of_another_s_or_an_active_verb_is_not_the_count_s():
    # 530076: the men were indicted in the girl's death; 495577: they fired and "fatally struck" another.
    assert counts("3 men indicted in shooting death of Detroit girl, 3") == [(3, "men"), (1, "killed")]
    assert (3, "killed") not in counts(
        "The assailants opened fire on the group of three men and a female and fatally struck Taliek "
        "Bristel, "
        "19, who was found dead at the scene."
    )
    # 483737: an age the victim "turned"; 489581: an encyclopedia's footnote.
    assert ("16", "an age") in reasons("Briggs, who recently turned 16, was shot and killed while sitting.")
    assert ("13", "a footnote") in reasons("The gunman killed five people.[13]")


def test_a_smaller_count_of_wounded_tells_of_some_of_those_shot():
    # 479592: four men were shot and none died; "One man" was critically wounded: four wounded in all.
    extraction = extract(
        titled(
            "4 men shot in South Shore neighborhood",
            "Four men were shot Thursday afternoon. One man was in critical condition and was wounded in the "
            "chest, police said.",
        )
    )
    assert 4 in {f.value for f in (*extraction.headline, *extraction.figures) if f.measure == "injured"}


def test_a_story_whose_count_is_only_in_a_title_renders_it():
    # A count of the title has no paragraph: the pages link to the article, not to a paragraph of it.
    one = titled("12 killed in a market blast", "Officials said the market was closed.")
    extraction = extract(one)
    story = Story("s", "Market blast", (one.path,), None, None)
    pages = render(Briefing((extraction,), stories={"s": story}, story_of={one.path: "s"}))
    assert "**12**" in pages["index.md"] or "killed](figures/killed.md) 12" in pages["index.md"]
    assert "(../articles/test.md)" in pages["figures/killed.md"]


def test_a_verb_s_form_after_a_determiner_is_an_adjective():
    # ECB+ (20ecbplus/1): a witness saw "an injured person"; nobody is counted. "the killing of" still counts.
    assert counts('"I saw an injured person with blood on their clothes being taken to a hospital."') == []
    assert counts("He was charged in the killing of 18-year-old Shane Moore.") == [(1, "killed")]


def test_a_photograph_s_caption_counts_no_one():
    # 448419, 422064: a caption repeats or recalls a count; its numbers are refused, its article's body read.
    assert reasons("Six people were killed at a campsite in Anderson County. (Photo: WFAA)") == [
        ("Six", "a photograph's caption")
    ]
    assert counts(
        "Three people died and two were wounded in a shooting early Tuesday morning, police said. View Full "
        "Caption Flickr/diversey",
        "FULLER PARK — Five people were shot, three fatally, in a South Side shooting early Monday morning.",
    ) == [(5, "shot"), (3, "killed"), (2, "injured")]


def test_one_of_a_number_with_what_befell_it_counts_one_not_the_number():
    # 546581: one of four shot died; the four were not pronounced dead.
    assert counts(
        "One of the four was pronounced dead on the scene; the other three were taken to University Medical "
        "Center."
    ) == [(1, "killed")]
    # 450505: "four others, including one who died": three wounded, one dead.
    extraction = extract(
        titled(
            "Shooting in East Pittsburgh",
            "Police continue looking for a man who shot four others, including one who died, in a housing "
            "project apartment in the tiny suburb of East Pittsburgh.",
        )
    )
    figures = [(f.value, f.measure) for f in (*extraction.headline, *extraction.figures)]
    assert (1, "killed") in figures and (3, "injured") in figures and (4, "injured") not in figures


def test_words_that_look_like_a_count_of_dead_but_count_no_one():
    # 472268: a second woman's age after "also"; 483737: an investigation, and a name's capitals.
    assert counts(
        "A 22-year-old woman was shot in her left foot; another woman, also 22, was shot in her left arm, "
        "police said."
    ) == [(1, "shot")]
    assert (
        counts(
            "The Chicago Police Department's News Affairs Office issued a statement stating Chicago's murder "
            "total remains at 499 because classification of one death investigation remains pending."
        )
        == []
    )
    fields = "Chicago's Killing Fields Chicago's murder rate has surged this year, yet no one talks of it."
    assert counts(fields) == []
    # 547639: lives a person with a gun "can devastate" are no toll; "claimed 30 lives" is one.
    assert (1, "killed") not in counts(
        "Mayor Megan Barry said Monday the shooting is a tragic reminder of the plague of gun violence in "
        "our society, where one person with a gun can devastate lives and bring the city to a halt."
    )
    assert counts("Six innocent lives were lost.") == [(6, "killed")]
    # 482942: an early report the article says was wrong.
    assert reasons(
        "Early reports said one person had died in the shooting, but that proved to be incorrect, Palm Beach "
        "County Fire Rescue said."
    ) == [("one", "a report said to be wrong")]


def test_a_killer_counted_in_his_list_of_victims_is_not_counted_again():
    # 543457: the wife, son and daughter, and the killer: four.
    assert counts(
        "Investigators say a man shot and killed his wife, son and daughter before killing himself in a "
        "Houston-area home."
    ) == [(4, "killed")]


def test_counts_of_several_shootings_are_no_one_shooting_s():
    # 557479, 541996: a city's day or weekend of shootings; 422064: one gunman's shooting is its own.
    extraction = extract(
        titled(
            "4 killed, 16 wounded in Wednesday shootings across Chicago",
            "Authorities said four people were killed - including a 4-year-old girl - and seven injured in "
            "shootings across the city Saturday and Sunday.",
            "Three people were killed in the shooting at the house.",
        )
    )
    events = [(f.value, f.measure, f.event) for f in (*extraction.headline, *extraction.figures)]
    assert events == [
        (4, "killed", "several shootings"),
        (16, "injured", "several shootings"),
        (4, "killed", "several shootings"),
        (7, "injured", "several shootings"),
        (3, "killed", None),
    ]


def test_a_headline_counts_one_person_named_by_a_noun_alone():
    # 432540, 489061, 484268: one person and what befell them, where a headline's clause begins.
    assert headline("Mother injured, child killed in Paulding County shooting") == [
        (1, "injured"),
        (1, "killed"),
    ]
    assert headline("Teen dies in Chattanooga laundromat shooting") == [(1, "killed")]
    assert headline("Woman killed in quadruple shooting in Kensington") == [(1, "killed")]
    # 521706: "mother shot husband": the husband was shot, not the mother.
    assert headline("Deaths ruled murder-suicide; mother shot husband, infant son, then herself") == []
    # Only a headline: a sentence's "man killed" is read by the rules of sentences.
    assert counts("The man killed in the crash was not named.") == []


def test_a_toll_of_a_violent_night_or_weekend_is_the_sum_of_its_shootings():
    # 555873, 484268: a roundup's headline and lead count a whole night or weekend of a city.
    extraction = extract(
        titled(
            "Violent night leaves 2 dead, 6 injured in Detroit",
            "A bloody Mother's Day weekend in Detroit left seven people dead and 14 others injured.",
            "Quadruple shooting sets off violent night in Philadelphia, leaving two dead and six wounded.",
            "One person died and four were critically injured outside an unidentified establishment.",
        )
    )
    events = [(f.value, f.measure, f.event) for f in (*extraction.headline, *extraction.figures)]
    assert events == [
        (2, "killed", "violent night"),
        (6, "injured", "violent night"),
        (7, "killed", "bloody mother's day weekend"),
        (14, "injured", "bloody mother's day weekend"),
        (2, "killed", "violent night"),
        (6, "injured", "violent night"),
        (1, "killed", None),
        (4, "injured", None),
    ]
    # 487659: a headline is one sentence, not cut at "St.".
    title = extract(titled("Outrage after bloody night in St. Louis leaves 18 shot, one stabbed", "x"))
    assert [(f.value, f.event) for f in title.headline] == [(18, "bloody night")]
    # A shooting's own "deadly" is no stretch of time: its toll is the story's.
    assert counts("A deadly shooting left two people dead and three wounded on Friday.") == [
        (2, "killed"),
        (3, "injured"),
    ]


def test_counts_of_several_shooting_incidents_and_a_title_cased_headline_s_are_no_one_shooting_s():
    # 484268, 484351: "in five separate shooting incidents", "Seven Wounded In Shootings On South, West
    # Sides".
    extraction = extract(
        titled(
            "Seven Wounded In Shootings On South, West Sides",
            "One man and one women were killed, and six more men were wounded in five separate shooting "
            "incidents across Philadelphia in the span of about six hours Tuesday.",
            "Two people were wounded in the shooting incident on Main Street.",
        )
    )
    events = [(f.value, f.measure, f.event) for f in (*extraction.headline, *extraction.figures)]
    assert (7, "injured", "several shootings") in events
    assert (6, "injured", "several shooting incidents") in events
    assert (2, "injured", None) in events
    assert headline("Two Wounded In The Shootings At Mall") == [(2, "injured")]


def test_a_toll_of_last_week_or_last_month_is_another_event_s():
    # 427621, 491770: a report of one shooting recalls another of the week before.
    assert (
        counts(
            "Obama is scheduled to visit Roseburg, Oregon, where eight students and a teacher were shot and "
            "killed last week at Umpqua Community College."
        )
        == []
    )
    assert (
        counts(
            "We also learned that a 19-year-old male was shot and killed on the same block just last week."
        )
        == []
    )
    assert counts("Three people were wounded in a shooting on the same street last month.") == []
    # The weekend past is a Monday report's own: "last weekend" is no "last week".
    assert counts("Three people were wounded in a shooting outside the club last weekend.") == [
        (3, "injured")
    ]


def test_a_toll_of_years_ago_is_another_event_s():
    # 489581: a report of the Santa Monica shooting recalls others in southern California.
    assert counts("Eight died in a hair salon shooting in Seal Beach, CA, three years ago.") == []
    assert (
        counts(
            "A 20-year-old man went on a shooting spree across suburban Orange County just a few years ago, "
            "killing four."
        )
        == []
    )
    # 422064: a follow-up's "two months ago" is the story's own shooting, told again.
    assert counts(
        "Police said a shooting killed three people and left two others wounded during a barbecue two "
        "months ago."
    ) == [(3, "killed"), (2, "injured")]


def test_one_more_dead_told_with_also_adds_to_the_one_told_before():
    # 512880, 541987: one dead, then another "also killed".
    assert (2, "killed") in counts(
        "Prince William County police say Officer Ashley Guindon, 28, was shot and killed Saturday "
        "responding to a domestic violence call in Woodbridge, Virginia. A woman was also killed and two "
        "other officers were wounded."
    )
    assert (2, "killed") in counts(
        "A 46-year-old woman died Saturday, a week after she was critically wounded in a drive-by shooting.",
        "Gino Nicolas, 24, was also killed in the shooting.",
    )
    # 509897: past a count of several, the one "also" told may be one of them: five dead, not six.
    found = counts(
        "Five people are dead after a shooting and two fires at a Phoenix home Tuesday morning.",
        "Crump said Alex Buckner also died in the home. Police shot him when he pointed a gun at officers.",
    )
    assert (5, "killed") in found and (6, "killed") not in found


def test_those_shot_whom_their_sentence_says_alive_are_wounded():
    # 493882: the fourth victim of a gunman who killed three.
    assert counts("A fourth shooting victim was shot twice in the arm but is expected to survive.") == [
        (1, "injured")
    ]
    assert counts("Two men were shot outside the store and are in stable condition, police said.") == [
        (2, "injured")
    ]
    # Shot and nothing said of their state: shot; a sentence that counts dead too gives the wounded its way.
    assert counts("Two men were shot near the park.") == [(2, "shot")]
    assert (1, "killed") in counts(
        "Two men were shot Sunday, one fatally, and the other is in stable condition."
    )


def test_a_headline_s_people_shot_are_the_wounded_its_body_counts_when_none_died():
    # 495178: "Four teens shot at Eastside party Friday", whose body says four teens were wounded.
    extraction = extract(
        titled(
            "Four teens shot at Eastside party Friday", "Police said four teens were wounded at the party."
        )
    )
    assert [(f.value, f.measure) for f in extraction.headline] == [(4, "injured")]
    # Another number of wounded than of those shot: the headline's count stays those shot.
    other = extract(
        titled("Four teens shot at Eastside party", "Police said five people were hurt at the party.")
    )
    assert [(f.value, f.measure) for f in other.headline] == [(4, "shot")]


def test_a_shot_fired_is_a_round_not_a_person_shot():
    # 529654: "She fired one shot that struck the father in the arm".
    found = counts(
        "She fired one shot that struck the father in the arm and then continued on and struck the little "
        "boy."
    )
    assert (1, "shots") in found and (1, "shot") not in found
    assert counts("Police said one shot was fired.") == [(1, "shots")]
    # People shot are people: "Three shot that night were hospitalized".
    assert counts("Three shot that night were hospitalized.") == [(3, "shot")]


def test_a_count_compared_with_another_is_a_statistic_only_when_that_is_a_number():
    assert (3, "killed") in counts("Three people were killed, compared by witnesses to an execution.")
    assert ("40", "a statistic of a period") in reasons("Police counted 40 shootings, up from 31 last year.")
