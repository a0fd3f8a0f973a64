"""Stories found from what articles say: events of one kind apart, an event's articles together."""

from __future__ import annotations

import collections
import dataclasses
import random
from pathlib import Path

import pytest

from briefing.extract import extract
from briefing.load import load_articles
from briefing.model import Extraction
from briefing.stories.grouping import group
from conftest import SEEDS, SHARED, article

ECBPLUS = SHARED / "corpora" / "ecbplus"
NEWSWCL = SHARED / "corpora" / "newswcl50"
needs_ecbplus = pytest.mark.skipif(not ECBPLUS.is_dir(), reason="needs ../shared/corpora/ecbplus")
needs_newswcl = pytest.mark.skipif(not NEWSWCL.is_dir(), reason="needs ../shared/corpora/newswcl50")


def extracted(*paths: Path) -> list[Extraction]:
    articles, _ = load_articles(paths)
    return [extract(a) for a in articles]


def folders_by_story(extractions: list[Extraction]) -> list[dict[str, int]]:
    """Each story, as how many of its articles come from each folder."""
    return [
        dict(collections.Counter(Path(extractions[i].article.path).parent.name for i in story))
        for story in group(extractions)
    ]


@needs_ecbplus
def test_two_celebrities_entering_rehab_are_two_stories():
    # 1ecb: Tara Reid enters Promises in Malibu; 1ecbplus: Lindsay Lohan's court-ordered rehab, years later.
    found = folders_by_story(extracted(ECBPLUS / "1ecb", ECBPLUS / "1ecbplus"))
    assert found == [{"1ecb": 18}, {"1ecbplus": 10}]


@needs_ecbplus
def test_two_celebrities_entering_rehab_are_two_stories_with_three_articles_each():
    # Too few articles for neighbours to tell the stories apart: their names must.
    files = [path for name in ("1ecb", "1ecbplus") for path in sorted((ECBPLUS / name).glob("*.txt"))[:3]]
    assert folders_by_story(extracted(*files)) == [{"1ecb": 3}, {"1ecbplus": 3}]


@needs_ecbplus
def test_two_office_shootings_in_two_cities_stay_apart():
    # 18ecb: a Christmas-party shooting in Vancouver; 18ecbplus: an accounting-firm shooting in Troy,
    # Michigan, with its follow-ups (the charge, the verdict), which stay with it.
    found = folders_by_story(extracted(ECBPLUS / "18ecb", ECBPLUS / "18ecbplus"))
    assert found == [{"18ecb": 16}, {"18ecbplus": 10}]


@needs_ecbplus
def test_three_earthquakes_reported_once_each_are_three_stories():
    # Iran's Qeshm island, Indonesia's Aceh province, California's Sonoma County, one article each:
    # their words ("magnitude", "quake", "injured") are alike, the places they are about are not.
    files = [ECBPLUS / "20ecb" / "1.txt", ECBPLUS / "37ecbplus" / "1.txt", ECBPLUS / "38ecbplus" / "1.txt"]
    assert folders_by_story(extracted(*files)) == [{"20ecb": 1}, {"37ecbplus": 1}, {"38ecbplus": 1}]


@needs_newswcl
def test_two_stories_about_north_korea_in_one_season_stay_apart():
    # event0: Pompeo's secret meeting with Kim Jong Un; event2: North Korea suspends its nuclear tests.
    found = folders_by_story(extracted(NEWSWCL / "event0", NEWSWCL / "event2"))
    assert found == [{"event0": 5}, {"event2": 5}]


def test_the_seeds_are_one_story():
    assert group(extracted(SEEDS)) == [[0, 1]]


def test_an_article_without_names_is_its_own_story():
    nameless = extract(
        article(
            "It rained all day and the roads were wet.",
            "Most people stayed at home, and the shops closed early.",
        )
    )
    assert not nameless.mentions
    assert group([*extracted(SEEDS), nameless]) == [[0, 1], [2]]


def test_no_articles_are_no_stories():
    assert group([]) == []


@needs_ecbplus
def test_an_articles_story_does_not_change_with_file_order_or_names():
    extractions = extracted(ECBPLUS / "1ecb", ECBPLUS / "1ecbplus", ECBPLUS / "18ecb", ECBPLUS / "18ecbplus")
    renamed = [
        dataclasses.replace(
            e, article=dataclasses.replace(e.article, path=f"inbox/{n:03d}.txt", slug=f"{n:03d}")
        )
        for n, e in enumerate(extractions)
    ]
    random.Random(12).shuffle(renamed)

    def stories(found: list[Extraction]) -> set[frozenset[str]]:
        return {frozenset(found[i].article.digest for i in story) for story in group(found)}

    assert stories(renamed) == stories(extractions)
    found = group(renamed)
    assert sorted(i for story in found for i in story) == list(range(len(renamed)))
    assert all(story == sorted(story) for story in found) and found == sorted(found)
