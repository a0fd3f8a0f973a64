"""Names and places resolved within their story: a name alone is its story's person, full names
join across stories unless their roles say otherwise, and a place of many namesakes is the one its
text and its story point to."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.extract import extract
from briefing.extract.gazetteer import gazetteer
from briefing.load import load_articles
from briefing.model import Briefing, Story
from briefing.pipeline import build_briefing
from briefing.resolve import apply, find_entities
from briefing.stories import Stories
from conftest import SHARED

ECB = SHARED / "corpora" / "ecbplus"
needs_ecb = pytest.mark.shared("corpora/ecbplus")


def by_folder(
    tmp_path: Path, *names: str, entities: str | None = None, edit: tuple[str, str, str] | None = None
) -> Briefing:
    """ECB+ articles resolved with one story per ECB+ folder, whatever grouping would make of them;
    `edit` (article, words, replacement) changes the words of one of them."""
    folder = tmp_path / "articles"
    for name in names:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ECB / name, target)
    if edit:
        target = folder / edit[0]
        target.write_text(target.read_text(encoding="utf-8").replace(edit[1], edit[2]), encoding="utf-8")
    articles, _ = load_articles([folder])
    extractions = [extract(a) for a in articles]
    story_of = {a.path: a.path.split("/")[-2] for a in articles}
    stories = Stories(
        {
            s: Story(s, s, tuple(p for p in story_of if story_of[p] == s), None, None)
            for s in sorted(set(story_of.values()))
        },
        story_of,
    )
    rules = ()
    if entities is not None:
        from briefing.load import load_overrides

        (tmp_path / "entities.yml").write_text(entities, encoding="utf-8")
        rules, _ = load_overrides(tmp_path / "entities.yml")
    return apply(find_entities(extractions, rules, stories), extractions, (), stories)


def entities_by_folder(briefing: Briefing, text: str) -> dict[str, str]:
    """The entity of the mentions written `text`, by the ECB+ folder of their article."""
    return {
        e.article.path.split("/")[-2]: m.entity
        for e in briefing.extractions
        for m in e.mentions
        if m.text == text
    }


def entity_of(briefing: Briefing, article: str, text: str) -> str:
    """The entity name of the mentions written `text` in `article` (one name for all of them)."""
    names = {
        briefing.entities[m.entity].name
        for e in briefing.extractions
        if e.article.path.endswith(article)
        for m in e.mentions
        if m.text == text
    }
    assert len(names) == 1, names
    return names.pop()


@needs_ecb
def test_president_bush_is_not_reggie_bush(tmp_path):
    # 9ecb/2: "…too late in President Bush's term"; 25ecbplus: the running back Reggie Bush.
    briefing = by_folder(tmp_path, "9ecb/2.txt", "25ecbplus/8.txt", "25ecbplus/1.txt")
    assert entity_of(briefing, "25ecbplus/8.txt", "Bush") == "Reggie Bush"
    assert entity_of(briefing, "9ecb/2.txt", "Bush") != "Reggie Bush"


@needs_ecb
def test_prince_george_is_not_george_w_bush(tmp_path):
    # 39ecbplus/6: "…following Prince George's arrival"; 9ecbplus/5 names George W. Bush in full.
    briefing = by_folder(tmp_path, "39ecbplus/6.txt", "9ecbplus/5.txt")
    assert entity_of(briefing, "9ecbplus/5.txt", "George W. Bush") == "George W. Bush"
    assert "George" not in {
        m.text
        for e in briefing.extractions
        for m in e.mentions
        if briefing.entities[m.entity].name == "George W. Bush"
    }


@needs_ecb
def test_a_full_name_is_one_person_across_stories_unless_roles_contradict(tmp_path):
    # "President-elect Barack Obama" (9ecb/10) and "President Barack Obama" (34ecbplus/1): one person.
    # Matt Smith, "the county attorney in Mohave County" (36ecbplus/10), is not the Doctor Who actor
    # (39ecbplus/1).
    briefing = by_folder(tmp_path, "9ecb/10.txt", "34ecbplus/1.txt", "36ecbplus/10.txt", "39ecbplus/1.txt")
    obama = entities_by_folder(briefing, "Barack Obama")
    assert obama["9ecb"] == obama["34ecbplus"]
    smith = entities_by_folder(briefing, "Matt Smith")
    assert smith["36ecbplus"] != smith["39ecbplus"]


@needs_ecb
def test_an_editor_splits_an_entity_and_scopes_a_correction_to_one_story(tmp_path):
    files = ("9ecb/10.txt", "34ecbplus/1.txt")
    split = by_folder(tmp_path, *files, entities="- split: Barack Obama\n")
    obama = entities_by_folder(split, "Barack Obama")
    assert obama["9ecb"] != obama["34ecbplus"]
    scoped = by_folder(
        tmp_path / "scoped",
        *files,
        entities="- name: President Obama\n  aliases: [Barack Obama]\n  story: 34ecbplus\n",
    )
    names = {
        e.article.path.split("/")[-2]: scoped.entities[m.entity].name
        for e in scoped.extractions
        for m in e.mentions
        if m.text == "Barack Obama"
    }
    assert names == {"34ecbplus": "President Obama", "9ecb": "Barack Obama"}
    wrong = by_folder(tmp_path / "wrong", *files, entities="- drop: Barack Obama\n  story: No such story\n")
    assert [p.line for p in wrong.problems] == [1] and "No such story" in wrong.problems[0].reason


def test_a_split_by_names_takes_their_mentions_apart(tmp_path, seeds):
    # The seeds' "Air Force" and "Ukrainian Air Force": merged by an editor, then split again.
    from briefing.load import load_overrides
    from briefing.resolve import resolve

    path = tmp_path / "entities.yml"
    path.write_text(
        "- name: Air Force\n  aliases: [Ukrainian Air Force]\n"
        "- split: Air Force\n  apart: [Ukrainian Air Force]\n",
        encoding="utf-8",
    )
    rules, _ = load_overrides(path)
    briefing = resolve(seeds.extractions, overrides=rules)
    names = {
        m.text: briefing.entities[m.entity].name
        for e in briefing.extractions
        for m in e.mentions
        if "Air Force" in m.text
    }
    assert names["Air Force"] != names["Ukrainian Air Force"]


def place_of(briefing: Briefing, text: str) -> set[tuple[str, str | None, tuple | None]]:
    """(name, country, coordinates) of the entities the mentions written `text` are."""
    return {
        (briefing.entities[m.entity].name, briefing.entities[m.entity].coordinates)
        for e in briefing.extractions
        for m in e.mentions
        if m.text == text
    }


def articles(tmp_path: Path, **texts: str) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_columbus_ga_is_the_georgia_town(tmp_path):
    folder = articles(
        tmp_path,
        columbus="Shooting at a nightclub\n\nA gunman opened fire at a nightclub in "
        "Columbus, Ga., early Sunday, police said.\n",
    )
    briefing = build_briefing([folder], workers=1)
    georgia_town = next(
        p
        for p in gazetteer().lookup("Columbus")
        if p.country == "US" and p.population < 300_000 and abs(p.coordinates[0] - 32.5) < 0.5
    )
    assert place_of(briefing, "Columbus") == {("Columbus", georgia_town.coordinates)}


def test_a_neighbourhood_of_a_city_is_not_a_town_elsewhere(tmp_path):
    # Evanston, a neighbourhood of Cincinnati, is not Evanston, Illinois.
    folder = articles(
        tmp_path,
        evanston="Three hurt in shooting\n\nThree people were wounded in a shooting in "
        "Evanston on Saturday night, police said. It happened on Montgomery Road "
        "in the Evanston neighborhood of Cincinnati.\n",
    )
    briefing = build_briefing([folder], workers=1)
    assert place_of(briefing, "Evanston") == {("Evanston", None)}


@needs_ecb
def test_a_state_after_a_town_is_the_state(tmp_path):
    # 18ecbplus/1: "…in public places in Atlanta, Georgia, and Seattle, Washington."
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(ECB / "18ecbplus" / "1.txt", folder / "shootings.txt")
    articles_, _ = load_articles([folder])
    extractions = [extract(a) for a in articles_]
    resolution = find_entities(extractions)
    chosen = {
        m.text: resolution.places.get((extractions[0].article.path, m.paragraph, m.start), m.key)
        for m in extractions[0].mentions
        if m.text in ("Georgia", "Washington")
    }
    assert chosen == {"Georgia": "iso:US-GA", "Washington": "iso:US-WA"}


@needs_ecb
def test_a_word_is_no_town_abroad_in_a_story_set_elsewhere(tmp_path):
    # 19ecbplus/4: "…differs from Police Commissioner Raymond Kelly's assertion": not Police, Poland.
    briefing = by_folder(tmp_path, "19ecbplus/4.txt", "19ecbplus/6.txt")
    assert not any(m.text == "Police" and m.kind == "place" for e in briefing.extractions for m in e.mentions)
    assert "Brooklyn" in {briefing.entities[m.entity].name for e in briefing.extractions for m in e.mentions}


@needs_ecb
def test_florence_colorado_is_not_florence_italy(tmp_path):
    # 3ecb/2: "…the federal maximum security prison-known as Supermax-in Florence, Colo."
    # Florence, Colorado (3,900 people) is drawn there, in Colorado.
    briefing = by_folder(tmp_path, "3ecb/2.txt")
    [(name, (latitude, longitude))] = place_of(briefing, "Florence")
    assert name == "Florence" and 37 < latitude < 41 and -109 < longitude < -102


@needs_ecb
def test_a_full_name_with_and_without_its_middle_name_is_one_person(tmp_path):
    # The Vancouver office-party shooting (18ecb): "His accused killer, Eric Kirkpatrick, made a brief
    # appearance…" (12) and "Eric Allen Kirkpatrick, 61, was charged…" (1, 10).
    briefing = by_folder(tmp_path, "18ecb/12.txt", "18ecb/1.txt", "18ecb/10.txt")
    assert entity_of(briefing, "18ecb/12.txt", "Eric Kirkpatrick") == "Eric Allen Kirkpatrick"
    assert entity_of(briefing, "18ecb/12.txt", "Kirkpatrick") == "Eric Allen Kirkpatrick"


@needs_ecb
def test_two_middle_names_of_one_first_and_last_name_are_two_people(tmp_path):
    # The same articles, one made to name an "Eric Robert Kirkpatrick": the story then names two Eric
    # Kirkpatricks, and the plain "Eric Kirkpatrick" could be either.
    edit = ("18ecb/10.txt", "Eric Allen Kirkpatrick", "Eric Robert Kirkpatrick")
    briefing = by_folder(tmp_path, "18ecb/12.txt", "18ecb/1.txt", "18ecb/10.txt", edit=edit)
    assert entity_of(briefing, "18ecb/10.txt", "Eric Robert Kirkpatrick") == "Eric Robert Kirkpatrick"
    assert entity_of(briefing, "18ecb/1.txt", "Eric Allen Kirkpatrick") == "Eric Allen Kirkpatrick"
    assert entity_of(briefing, "18ecb/12.txt", "Eric Kirkpatrick") == "Eric Kirkpatrick"
