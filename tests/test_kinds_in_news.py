"""Each name of the kind a reader knows it by, in news never seen: countries and regions are places, not
organizations; a part of a place named by a compass word is a place; countries of the past are drawn where
they were. Real sentences of the BBC corpus (business, politics)."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.extract.gazetteer import gazetteer
from briefing.extract.mentions import find_mentions
from briefing.resolve import resolve
from conftest import article


def _kinds(*paragraphs: str) -> dict[str, str]:
    return {m.text: m.kind for m in find_mentions(article(*paragraphs))}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The country could be looking to emulate rival Ghana, which produced a bumper crop last year.",
            "Ghana",
        ),
        (
            "'Closures are a key factor behind today's economic crisis in the West Bank,' said Nigel "
            "Roberts.",
            "West Bank",
        ),
        (
            "More than 90,000 businesses have been sold off since 1992, as the command economy built up when "
            "Ukraine was part of the Soviet Union was dismantled.",
            "Soviet Union",
        ),
        (
            "The East Midlands, the West Midlands and the South West all had an annual inflation rate of "
            "more than 15%.",
            "West Midlands",
        ),
        (
            "UK Coal blamed losses at its mines. The South Yorkshire company, led by new chief executive "
            "Gerry Spindler, said it hoped to return to profit in 2006.",
            "South Yorkshire",
        ),
    ],
)
def test_a_country_or_a_region_is_a_place_whatever_noun_is_near(sentence, name):
    assert _kinds(sentence)[name] == "place"


def test_the_compass_words_of_a_region_alone_are_no_organization():
    kinds = _kinds(
        "The East Midlands, the West Midlands and the South West all had an annual inflation rate of more "
        "than 15%."
    )
    assert "organization" not in kinds.values()


@pytest.mark.parametrize(
    "sentence",
    [
        "Fires burned in Southern California on Monday.",
        "Storms hit West Texas.",
        "Police in North Wales said.",
    ],
)
def test_a_compass_word_before_a_known_place_names_a_place(sentence):
    [found] = find_mentions(article(sentence))[-1:]
    assert found.kind == "place" and found.key.startswith("name:")


def test_a_country_of_the_past_and_a_country_of_its_own_spelling_are_drawn():
    for name in ("Soviet Union", "Yugoslavia", "Zaire", "Bosnia", "Brazil", "Colombia", "Kazakhstan"):
        assert gazetteer().lookup(name)[0].coordinates is not None, name


def test_a_region_of_a_country_sets_its_story_in_that_country():
    # BBC politics/044: "the Duchies of Lancaster and Cornwall" in an article that names Wales: Lancaster in
    # England, not California.
    briefing = resolve(
        [
            extract(
                article(
                    "Senior officials at the two bodies generating private income for the Queen and Prince "
                    "of Wales are to be questioned by MPs.",
                    "The Duchies of Lancaster and Cornwall will be questioned. The Duchy of Lancaster "
                    "provides income for the Queen.",
                )
            )
        ]
    )
    [lancaster] = {e.id: e for e in briefing.entities.values() if e.name == "Lancaster"}.values()
    assert lancaster.coordinates and 53 < lancaster.coordinates[0] < 55


def _organizations(*paragraphs: str) -> set[str]:
    return {m.text for m in find_mentions(article(*paragraphs)) if m.kind == "organization"}


def test_a_company_by_its_legal_form_and_a_central_bank_by_its_name():
    # Reuters-style: a legal form written after the name; BBC business: "the Bundesbank said".
    assert _organizations("Germany's Commerzbank AG reported a rise in profits.") == {"Commerzbank AG"}
    assert _organizations("Thyssen AG chairman Dieter Vogel said demand was weak.") == {"Thyssen AG"}
    assert "Bundesbank" in _organizations(
        "Separately, the Bundesbank warned that Germany's efforts to reduce its budget deficit presented "
        "huge risks."
    )
    # A county abbreviated in local news is no firm's legal form.
    assert "Shawnee Co" not in _organizations("The shooting happened in Shawnee Co on Friday night.")


def test_an_employer_before_a_job_and_a_person():
    # BBC business: "said Electrolux chief executive Hans Straberg", "Marsh chief executive Michael
    # Cherkasky said".
    found = find_mentions(
        article(
            "We see that about half the plants are at risk, said Electrolux chief executive Hans Straberg.",
            "Clearly 2004 was the most difficult year in MMC's financial history, Marsh chief executive "
            "Michael Cherkasky said.",
            "He said Arsenal striker Ian Wright scored twice.",
            "Texas governor Rick Perry said the state would help.",
        )
    )
    kinds = {m.text: m.kind for m in found}
    assert {name: kinds.get(name) for name in ("Electrolux", "Marsh", "Arsenal", "Texas")} == {
        "Electrolux": "organization",
        "Marsh": "organization",
        "Arsenal": "organization",
        "Texas": "place",
    }
    assert {m.role for m in found if m.text == "Hans Straberg"} == {"chief executive"}


def test_no_employer_where_the_words_are_another_kind_of_role():
    found = _kinds(
        "Mormon church leader Warren Jeffs was convicted.",
        "The Oscar host Hugh Jackman said it was fun.",
        "Bush daughter Jenna Bush said she was happy.",
    )
    assert "organization" not in found.values()


def test_the_sides_of_a_result_are_teams_but_players_of_sets_are_people():
    # BBC sport: "The Reds beat Olympiakos 3-1 with a late Steven Gerrard strike".
    assert "Olympiakos" in _organizations(
        "The Reds beat Olympiakos 3-1 with a late Steven Gerrard strike and Benitez said it was great."
    )
    assert _organizations("Leeds United beat Chelsea 2-1 at Elland Road on Saturday.") == {
        "Leeds United",
        "Chelsea",
    }
    assert _organizations("Barcelona beat Real Madrid 3-1.") == {"Barcelona", "Real Madrid"}
    found = find_mentions(article("Pete Sampras beat Goran Ivanisevic 6-4, 6-3 in the final."))
    assert {m.kind for m in found} == {"person"}


def test_an_adjective_of_nationality_is_no_name():
    assert gazetteer().is_demonym("Israeli") and gazetteer().is_demonym("Iraqi")
    assert not gazetteer().is_demonym("Indiana")


def _places(*paragraphs: str) -> dict[str, str | None]:
    return {m.text: m.place_id for m in find_mentions(article(*paragraphs)) if m.kind == "place"}


def test_a_country_by_its_formal_name_is_the_country_whole():
    # MEANTIME (WikiNews): "Officials from the People's Republic of China have agreed to purchase 60 Boeing
    # 787 Dreamliner aircraft"; the possessive and "of the" cut neither name.
    china = gazetteer().lookup("China")[0].id
    assert _places(
        "Officials from the People's Republic of China have agreed to purchase 60 Boeing 787 Dreamliner "
        "aircraft in a deal worth US$7.2 bn."
    ) == {"People's Republic of China": china}
    found = _kinds("Rebels in the east of the Democratic Republic of the Congo attacked a camp.")
    assert found == {"Democratic Republic of the Congo": "place"}
    # A possessive before another word, and a republic the gazetteer does not know, join nothing.
    assert _kinds("He thanked the people of China and the nation's Republic Day parade.") == {
        "China": "place"
    }
    assert _kinds("The Weimar Republic's Germany fell in 1933.")["Germany"] == "place"


def test_a_country_before_government_is_the_country_but_a_nationality_is_not():
    # MEANTIME: "including the US Government's $700 billion bail out of the financial sector", as "the US
    # government's" in lowercase is.
    us = gazetteer().lookup("US")[0].id
    assert _places(
        "This is following the ongoing events in the financial world, including the US Government's $700 "
        "billion bail out of the financial sector."
    ) == {"US Government": us}
    assert _kinds("The Japanese Government said on Monday that it would act.") == {
        "Japanese Government": "organization"
    }
    assert _kinds("The Government said on Monday that the UK economy would grow.") == {"UK": "place"}
