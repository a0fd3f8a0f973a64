"""Towns drawn where the article puts them: a town qualified by its state or country is found in that state
even when smaller than the gazetteer's cities ("Eldorado, Texas", "Mount Oliver, Pa."), never by its name
alone; a qualifier the gazetteer cannot confirm (a county) draws no marker rather than a wrong one. Real
sentences of gva-dev, ECB+ and BBC."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.extract.gazetteer import fold, gazetteer
from briefing.extract.mentions import find_mentions
from briefing.extract.towns import SmallTowns, records
from briefing.resolve import resolve
from conftest import article

RECORDS = (
    '{"5521036": {"geonameid": 5521036, "name": "Eldorado", "latitude": 30.86017, "longitude": -100.60093, '
    '"countrycode": "US", "population": 1810, "timezone": "America/Chicago", "admin1code": "TX", '
    '"alternatenames": ["Eldorado"]}, "3183121": {"geonameid": 3183121, "name": "Amatrice", '
    '"latitude": 42.62749, "longitude": 13.29004, "countrycode": "IT", "population": 1046, '
    '"timezone": "Europe/Rome", "admin1code": "07", "alternatenames": []}, "1": {"geonameid": 1, '
    '"name": "S\\u00e3o Jos\\u00e9", "latitude": -1.5, "longitude": -48.25, "countrycode": "BR", '
    '"population": 700, "timezone": "America/Belem", "admin1code": "16", "alternatenames": []}}'
)


def _coordinates(*paragraphs: str) -> dict[str, tuple[float, float] | None]:
    """Each place of an article, by its page's name → where its marker is drawn."""
    briefing = resolve([extract(article(*paragraphs))])
    return {e.name: e.coordinates for e in briefing.entities.values() if e.kind == "place"}


# The table ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [RECORDS, RECORDS.replace('"name"', '"name" ')])
def test_the_table_is_read_by_its_pattern_or_else_as_json(text):
    # The second text is written otherwise than the pattern expects: it is parsed as JSON, to the same rows.
    towns = SmallTowns(records(text), fold)
    [eldorado] = towns.find("eldorado", "US")
    assert eldorado.name == "Eldorado" and eldorado.state == "TX" and eldorado.population == 1810
    assert (eldorado.latitude, eldorado.longitude) == (30.86, -100.6)
    assert [town.name for town in towns.find(fold("Sao Jose"), "BR")] == ["São José"]
    assert towns.numbered("3183121").name == "Amatrice" and towns.numbered("42") is None
    assert towns.find("eldorado", "FR") == towns.find("eldor", "US") == ()


def test_a_small_town_is_found_inside_its_state_only():
    texas = gazetteer().place("iso:US-TX")
    [eldorado] = gazetteer().towns_in("Eldorado", texas)
    assert eldorado.state == "TX" and eldorado.population < 15_000
    assert gazetteer().place(eldorado.id) == eldorado
    assert gazetteer().towns_in("Eldorado", gazetteer().place("iso:US-AK")) == []
    # Its name alone is the gazetteer's own Eldorado (Argentina), never a village of that name.
    assert all(place.id != eldorado.id for place in gazetteer().lookup("Eldorado"))


def test_a_qualifier_may_be_an_abbreviation_a_postal_code_a_province_or_a_country():
    g = gazetteer()
    assert [p.id for p in g.containers("Mo.")] == [p.id for p in g.containers("MO")] == ["iso:US-MO"]
    assert g.containers("Ontario")[0].state == "08"  # GeoNames' code, as its towns have it
    assert g.containers("Maryland")[0].id == "iso:US-MD"  # the US state before Liberia's county
    assert g.containers("Somerset") == []  # a county: the gazetteer cannot tell its towns


# Real sentences ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "town", "state"),
    [
        ("Crime scene: Police in Bean Station, Tennessee, say former police officer", "Bean Station", "TN"),
        (
            "WPXI 11 News Two brothers, ages 11 and 16, were shot inside a Mount Oliver, Pa., home on Sunday"
            " night.",
            "Mount Oliver",
            "PA",
        ),
        ("ENOLA, Pa. (WHTM) – A Perry County man is headed to trial for criminal homicide", "ENOLA", "PA"),
        ("Virginia Beach, Va. – One person was killed and another injured", "Virginia Beach", "VA"),
        (
            "the charges arose from a shooting at 2073 Pleasant Oak Road, Victoria, Virginia after physical"
            " altercations",
            "Victoria",  # a town of Virginia, not the Australian state nor Victoria, Texas
            "VA",
        ),
    ],
)
def test_a_town_qualified_by_its_state_is_the_town_in_that_state(sentence, town, state):
    found = {m.text: gazetteer().place(m.key) for m in find_mentions(article(sentence)) if m.kind == "place"}
    assert found[town] is not None and found[town].state == state


def test_a_state_abbreviated_after_a_town_is_the_state_not_a_firm_or_a_town_abroad():
    found = find_mentions(
        article(
            "Two brothers were shot inside a Mount Oliver, Pa., home on Sunday night.",
            "HAMILTON TWP., N.J. (CBS) – Officials say one person is dead.",
            "Police in Hamilton Township, N.J. said.",
        )
    )
    assert {m.key for m in found if m.text == "Pa"} == {"iso:US-PA"}  # not Pa, Burkina Faso
    assert {(m.kind, m.key) for m in found if m.text == "N.J."} == {("place", "iso:US-NJ")}


def test_a_common_word_before_a_state_is_no_town():
    found = find_mentions(article("On Friday, Texas officials said the ranch had been searched."))
    assert "Friday" not in {m.text for m in found}


def test_a_place_of_several_words_starts_a_sentence_whole():
    found = find_mentions(
        article(
            "Colorado Springs police tweet that a residential address has been linked to the suspect.",
            "New Orleans police said the victim was 19.",
        )
    )
    assert {m.text for m in found if m.kind == "place"} == {"Colorado Springs", "New Orleans"}


def test_a_county_names_where_a_town_is_but_the_gazetteer_cannot_tell_which_town():
    # BBC: "the speech in Chatham, Kent" and "A 19-year-old man from Camberley, Surrey": the gazetteer knows
    # no town of Kent or Surrey, so neither is drawn (not in Washington State or British Columbia).
    drawn = _coordinates(
        "He is saying that prosperity means both wealth and more with the speech in Chatham, Kent.",
        "A 19-year-old man from Camberley, Surrey, was arrested by officers.",
    )
    assert drawn == {"Chatham": None, "Kent": None, "Camberley": None, "Surrey": None}


def test_a_city_is_no_countys_and_a_list_says_where_no_name_is():
    drawn = _coordinates(
        "Opec was unlikely to stick to its plan. In London, Brent crude fell 32 cents to $49.74 a barrel.",
        "Tens of thousands of demonstrators took to the streets in London, Glasgow, Birmingham and throughout"
        " the UK.",
        "Stocks exchanges in Tokyo, Buenos Aires and Toronto were closed due to national holidays.",
    )
    for city in ("London", "Glasgow", "Tokyo", "Buenos Aires", "Toronto"):
        assert drawn[city] is not None, city
    assert 51 < drawn["London"][0] < 52 and 55 < drawn["Glasgow"][0] < 56 and 35 < drawn["Tokyo"][0] < 36


def test_a_state_that_begins_a_persons_name_is_still_the_state_alone():
    # ECB+ 36ecbplus/4: "Texas Ranger Nick Hanna" does not make every "Texas" of the article a person.
    found = find_mentions(
        article(
            "Texas Ranger Nick Hanna testified on Tuesday.",
            "Hanna read excerpts of the journal where he described the Lord ordering him to visit Eldorado, "
            "Texas, about 45 miles south of San Angelo.",
        )
    )
    assert {m.key for m in found if m.text == "Texas"} == {"iso:US-TX"}
    assert {gazetteer().place(m.key).state for m in found if m.text == "Eldorado"} == {"TX"}


def test_a_works_named_after_its_town_is_the_town():
    # MEANTIME corpus_airbus_73808: Boeing's factory is no place of its own; its town is Everett, Washington.
    found = find_mentions(
        article(
            "Aircraft manufacturer Boeing have unveiled their new 787 Dreamliner at their Everett Factory "
            "near Seattle, Washington, in the United States."
        )
    )
    places = {m.text: gazetteer().place(m.key) for m in found if m.kind == "place"}
    assert "Everett Factory" not in places and places["Everett"].state == "WA"


def test_an_airport_written_after_its_city_is_one_place():
    # MEANTIME corpus_airbus_11716: "London Heathrow" is one place, not London and a stray word.
    found = find_mentions(
        article(
            "Qatar has a previous order for 2 of Airbus ' massive new A380's which it will begin to fly in "
            "2009 out of London Heathrow.",
            "He moved from Manchester United to Real Madrid.",
        )
    )
    assert {m.text for m in found if m.kind == "place"} == {"Qatar", "London Heathrow"}
