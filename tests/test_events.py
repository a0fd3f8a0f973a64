"""Figures of other events: a toll an article recalls from an earlier event is set apart from its story's
own, on the sentences of ECB+, BBC and the seeds."""

from __future__ import annotations

import dataclasses
import datetime

from briefing.extract.figures import find_figures
from conftest import article


def events(*paragraphs: str, date: datetime.date | None = None) -> list[tuple[float, str, str | None]]:
    """Each figure of an article made of `paragraphs` (published on `date`): value, measure, event."""
    found = find_figures(dataclasses.replace(article(*paragraphs), date=date))
    return [(f.value, f.measure, f.event) for f in found]


def test_a_toll_in_a_past_month_or_year_is_another_events():
    # ECB+ (20ecbplus/4): an earlier quake, in a sentence that opens with its month.
    assert events(
        "In February, a quake measuring 6.4 on the Richter scale hit the southern town of Zarand, killing "
        "612 people and wounding around 1,400."
    ) == [(612, "killed", "February"), (1400, "injured", "February")]
    # ECB+ (20ecbplus/8): each toll has the time given after it, not the one of the count before.
    assert events(
        "A major earthquake killed more than 31,000 in city of Bam in central Iran in 2003, and 600 were "
        "killed in the city of Zarand in February in an earthquake with a magnitude of 6.4."
    ) == [(31000, "killed", "2003"), (600, "killed", "February")]
    # ECB+ (37ecbplus/2, 20ecb/1): "last year"; a month that leads to the participle giving the count.
    assert events(
        "Last year, a 6.4-magnitude quake rocked the west coast of Sumatra Island, killing at least one "
        "person."
    ) == [(1, "killed", "last year")]
    assert events(
        "A powerful quake with a magnitude of 6.1 struck southern Iran in September near the port city of "
        "Bandar Abbas, on the mainland near Qeshm island, killing at least seven people and injuring 40, 15 "
        "of them on Qeshm."
    )[:2] == [(7, "killed", "September"), (40, "injured", "September")]


def test_a_toll_of_a_war_is_another_events():
    # ECB+ (41ecbplus/5, 41ecbplus/10): the story is a bombing; the war's dead are not its toll.
    assert events(
        "Some 2 million people died in the north-south civil war, waged for all but a few years since 1955 "
        "over religion, ideology, ethnicity and oil."
    ) == [(2_000_000, "killed", "the north-south civil war")]
    assert events(
        "The black African tribes of South Sudan and the mainly Arab north battled two civil wars over more "
        "than five decades, and some 2 million died in the latest war, from 1983-2005."
    )[-1] == (2_000_000, "killed", "the latest war")


def test_it_goes_on_about_the_earlier_event_of_the_sentence_before():
    # ECB+ (20ecbplus/3).
    assert events(
        "The last major quake to hit southern Iran was in February, when a magnitude-6.4 temblor rocked "
        "Zarand, a town in Kerman province. It killed 612 people and injured more than 1,400, leveling "
        "several villages and leaving thousands of people homeless."
    ) == [(612, "killed", "February"), (1400, "injured", "February")]


def test_the_storys_own_toll_stays_its_own():
    # Seeds (CNN): no time, or "earlier" as an adverb of the report.
    assert events(
        "At least eight people died in the attacks, and more may be trapped under rubble.",
        "Ukraine’s emergency services earlier reported that nine people had died and more than 60 had been "
        "wounded.",
    ) == [(8, "killed", None), (9, "killed", None), (60, "injured", None)]
    # ECB+ (37ecbplus/9): the earlier tsunami named after the toll is not when the toll happened.
    assert events(
        "A 6.1-magnitude earthquake which hit the Indonesian province of Aceh on Tuesday killed at least one "
        "person, injured dozens and destroyed buildings, sparking panic in a region devastated by the "
        "quake-triggered tsunami of 2004."
    ) == [(1, "killed", None)]
    # BBC (business/241): a month in the future.
    assert events("Two million children will die needlessly between now and the next meeting in April.") == [
        (2_000_000, "killed", None)
    ]
    # ECB+ (18ecbplus/1), in an article of the same month: its own month is no other event.
    sentence = (
        "In February, a gunman killed five people and injured several others at a shopping mall in Salt Lake "
        "City, Utah, before an off-duty policeman killed the shooter."
    )
    assert events(sentence) == [(5, "killed", "February")]
    assert events(sentence, date=datetime.date(2007, 2, 14)) == [(5, "killed", None)]


def test_a_past_year_dates_a_count_of_things_but_makes_no_other_event():
    # BBC (business/009): crops in 2004 and in 2003 are the story's figures.
    assert events(
        "Ethiopia produced 14.27 million tonnes of crops in 2004, 24% higher than in 2003 and 21% more than "
        "the average of the past five years, a report says.",
        "In 2003, crop production totalled 11.49 million tonnes, the joint report said.",
    ) == [(14_270_000, "tonnes", None), (11_490_000, "tonnes", None)]


def test_a_toll_of_an_event_in_a_country_the_lead_does_not_name_is_another_events():
    lead = (
        "An earthquake with a magnitude of at least 5.9 hit southern Iran on Sunday, killing at least 10 "
        "people and injuring many others."
    )
    # ECB+ (20ecbplus/7): a quake in China, recalled in a report of one in Iran.
    assert events(lead, "On Saturday, more than a dozen people were killed by a quake in eastern China.") == [
        (10, "killed", None),
        (12, "killed", "quake in China"),
    ]
    # A quake in a place of the lead's country is the story's own; so is "the quake".
    assert events(lead, "More than a dozen people were killed by a quake in Tehran.")[1][2] is None
    assert events(lead, "A dozen people were killed by the quake in China.")[1][2] is None


def test_a_toll_given_in_the_quake_after_an_earlier_quake_is_that_quake_s():
    # ECB+ (37ecbplus/4): the Aceh quake's report recalls April last year's.
    assert events(
        "In April last year an 8.6-magnitude quake struck 431 kilometres off Banda Aceh, prompting an Indian "
        "Ocean-wide tsunami alert. Five people died and seven were injured in Aceh in the quake and "
        "following "
        "aftershocks."
    ) == [(5, "killed", "last year"), (7, "injured", "last year")]
    # Unless the toll has a day of its own: "on Tuesday".
    assert events(
        "In April last year a quake struck off Banda Aceh. Five people died in the quake on Tuesday."
    ) == [(5, "killed", None)]


def test_a_sentence_that_goes_on_about_another_event_is_that_event_s():
    # ECB+ (20ecbplus/7): the homeless of a quake in China, not of the Qeshm quake.
    assert events(
        "Iran's official news agency IRNA said the hospital was full.",
        "On Saturday, more than a dozen people were killed by a quake in eastern China. It destroyed "
        "thousands "
        "of buildings and left nearly half a million homeless.",
    ) == [(12, "killed", "quake in China"), (500_000, "displaced", "quake in China")]


def test_the_date_of_a_dateline_is_no_other_event():
    # gva-dev (457037): a police release dated in its dateline, crawled a year later.
    assert events(
        "SAVANNAH, GA (December 2, 2015): Savannah-Chatham Metropolitan Police Department’s Violent Crimes "
        "detectives ask the public’s help in obtaining information on a Wednesday morning shooting near the "
        "100 block of West 33rd Street, that injured three males and claimed the life of one female.",
        date=datetime.date(2017, 1, 10),
    ) == [(3, "injured", None), (1, "killed", None)]


def test_a_toll_dated_by_an_abbreviated_day_or_a_year_before_its_noun_is_another_events():
    # gva-dev (452120): the death that started the protest, by the wires' "Nov. 15", is no toll of the
    # shooting of protesters the article reports; nor a death "in the 2014 shooting" in another city.
    published = datetime.date(2015, 11, 25)
    assert events(
        "The gunfire erupted around 10:45 p.m. Monday on Morgan Avenue N. about a block north of the "
        "precinct station where protesters have staged demonstrations and camped out since Nov. 15, "
        "when police fatally shot Jamar Clark, an unarmed 24-year-old black man.",
        date=published,
    ) == [(1, "killed", "Nov. 15")]
    assert events(
        "Meanwhile, protesters in Chicago also took to the streets after a white police officer was indicted "
        "on murder charges in the 2014 shooting death of a 17-year-old black teen.",
        date=published,
    ) == [(1, "killed", "2014")]
    # The article's own year, or an abbreviated day with no clause of its own, is the story's.
    assert events("Police said the 2015 shooting killed three people.", date=published) == [
        (3, "killed", None)
    ]
    assert events("On Nov. 24, a gunman shot and killed two people at a bar.", date=published) == [
        (2, "killed", None)
    ]
