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
