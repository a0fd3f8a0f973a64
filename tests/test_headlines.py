"""A title briefing composes reads as a headline: no final full stop, no spaces a tokenizer left, no
site's label or name, no capitals shouted; a story is titled by a headline that names who or where;
an article's own title stays as written."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

from briefing.cli.records import article_record
from briefing.headlines import headline, is_headline
from briefing.load import load_articles
from briefing.pipeline import build_briefing
from briefing.stories.outlets import outlet_words
from conftest import SHARED, article

ECB = SHARED / "corpora" / "ecbplus"
NEWSWCL = SHARED / "corpora" / "newswcl50"


@pytest.mark.parametrize(
    ("title", "reads"),
    [
        # ECB+ and NewsWCL50 headlines, as their texts give them.
        ("5.9 Earthquake Jolts Iran.", "5.9 Earthquake Jolts Iran"),
        ("Report : Red Sox offer Teixeira $200 million.", "Report: Red Sox offer Teixeira $200 million"),
        (
            "Donald Trump: Comey memos show ' he leaked classified information '",
            "Donald Trump: Comey memos show 'he leaked classified information'",
        ),
        (
            "Israeli Ambassador to US: Netanyahu's Iran Intel ' Presented a Smoking Bomb '.",
            "Israeli Ambassador to US: Netanyahu's Iran Intel 'Presented a Smoking Bomb'",
        ),
        (
            "‘We No Longer Need ' Nuclear or Missile Tests, North Korean Leader Says.",
            "‘We No Longer Need' Nuclear or Missile Tests, North Korean Leader Says",
        ),
        (
            'Dozens "Riot"Over NYPD\'s Fatal Shooting Of Brooklyn Teen.',
            'Dozens "Riot" Over NYPD\'s Fatal Shooting Of Brooklyn Teen',
        ),
        ("Chargers ’ Jamal Williams Arrested For DUI.", "Chargers’ Jamal Williams Arrested For DUI"),
        ("Hollywood ’ s mermaid Esther Williams dies", "Hollywood’s mermaid Esther Williams dies"),
        (
            "Gary Ross in negotiations to direct ‘ Hunger Games ’ sequel ‘ Catching Fire ’",
            "Gary Ross in negotiations to direct ‘Hunger Games’ sequel ‘Catching Fire’",
        ),
        ("Well \"New Moon '' has a new director", 'Well "New Moon" has a new director'),
        ("and he's the \"Sexiest Man Alive. ''", 'and he\'s the "Sexiest Man Alive"'),
        ("even if he still does n’t understand it", "even if he still doesn’t understand it"),
        # Apostrophes, quotations already against their words, and abbreviations stay.
        ("Vincent 'The Chin' Gigante Dies in Prison.", "Vincent 'The Chin' Gigante Dies in Prison"),
        ("Saints' Pierre Thomas placed on IR", "Saints' Pierre Thomas placed on IR"),
        (
            "2013 MVC Tournament results and bracket : Creighton, Wichita St. move on",
            "2013 MVC Tournament results and bracket: Creighton, Wichita St. move on",
        ),
        (
            "Mafia 'Oddfather,' Vincent 'Chin' Gigante, dies in U.S. prison at 77",
            "Mafia 'Oddfather,' Vincent 'Chin' Gigante, dies in U.S. prison at 77",
        ),
        ("Troops leave the U.S.", "Troops leave the U.S."),
    ],
)
def test_a_title_reads_as_a_headline(title, reads):
    assert headline(title) == reads


@pytest.mark.shared("corpora/ecbplus", "corpora/newswcl50")
def test_story_titles_read_as_headlines_and_article_titles_stay_as_written(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, source in (("iran", ECB / "20ecbplus" / "5.txt"), ("comey", NEWSWCL / "event1" / "5.txt")):
        shutil.copy(source, folder / f"{name}.txt")
    briefing = build_briefing([folder], workers=1)
    titles = {briefing.stories[briefing.story_of[e.article.path]].title for e in briefing.extractions}
    assert titles == {
        "5.9 Earthquake Jolts Iran",
        "Donald Trump: Comey memos show 'he leaked classified information'",
    }
    # A story's id is made of its title's first eight words (`slugs.story_slug`), the name an editor's
    # rule finds it by too.
    assert {s.id for s in briefing.stories.values()} == {
        "5-9-earthquake-jolts-iran",
        "donald-trump-comey-memos-show-he-leaked-classified",
    }
    # `briefing extract` keeps each article's title as its outlet wrote it.
    written = {article_record(e, briefing)["title"] for e in briefing.extractions}
    assert written == {
        "5.9 Earthquake Jolts Iran.",
        "Donald Trump: Comey memos show ' he leaked classified information '",
    }


@pytest.mark.shared("corpora/ecbplus")
def test_a_title_made_of_a_lead_sentence_reads_as_a_headline(tmp_path):
    # ECB+ 1ecbplus/2.txt opens with "Lawyer : Lindsay Lohan checks into rehab facility." in its body.
    shutil.copy(ECB / "1ecbplus" / "2.txt", tmp_path / "lohan.txt")
    (extraction,) = build_briefing([tmp_path], workers=1).extractions
    assert extraction.article.title_derived
    assert extraction.article.title == "Lawyer: Lindsay Lohan checks into rehab facility"


# Titles a desk would write (issue "Stories a reader can follow"): never cut at an abbreviation, no
# capitals shouted, no site's label or name, no byline or role for a headline, naming who or where.


@pytest.mark.shared("corpora/ecbplus")
@pytest.mark.parametrize(
    ("path", "opens"),
    [
        ("10ecb/1.txt", "According to this L.A. Times story"),  # was "According to this L.A."
        ("10ecbplus/2.txt", "Boston Red Sox majority owner John W. Henry"),  # was "…owner John W"
        ("13ecb/2.txt", "Alaska Gov. Sarah Palin"),  # was "Alaska Gov."
        ("3ecbplus/9.txt", "Texas escapee now on U.S. Marshal's most wanted list"),  # was "…on U.S."
    ],
)
def test_a_title_made_of_a_lead_is_not_cut_at_an_abbreviation_or_initials(path, opens):
    (article,) = load_articles([ECB / path])[0]
    assert article.title_derived
    assert article.title.startswith(opens)


@pytest.mark.parametrize(
    ("title", "reads"),
    [
        # ECB+ headlines printed in capitals: words cased, acronyms and numbers kept.
        (
            "COLTS BEAT CHIEFS 20-13 TO CLINCH PLAYOFF BERTH.",
            "Colts Beat Chiefs 20-13 To Clinch Playoff Berth",
        ),
        (
            "CREIGHTON DEFEATS DRAKE 65-53 IN MVC TOURNAMENT.",
            "Creighton Defeats Drake 65-53 In MVC Tournament",
        ),
        ("COLTS TOP CHIEFS, 20-13, REACH PLAYOFFS.", "Colts Top Chiefs, 20-13, Reach Playoffs"),
        # A label in capitals before a headline in small letters (gva-dev).
        ("POLICE: Quadruple homicide in Waynesville", "Police: Quadruple homicide in Waynesville"),
        # A site's label before the headline (ECB+ 18ecbplus/4.txt, 41ecbplus/1.txt).
        (
            "Breaking News-Three People Shot in Office Shooting in Suburban Detroit.",
            "Three People Shot in Office Shooting in Suburban Detroit",
        ),
        (
            "Breaking News : Sudan Bombs Yida Refugee Camp in South Sudan.",
            "Sudan Bombs Yida Refugee Camp in South Sudan",
        ),
        # A dash that is the headline's own stays.
        ("Obama - the interview", "Obama - the interview"),
    ],
)
def test_a_title_is_cased_and_loses_a_sites_label(title, reads):
    assert headline(title) == reads


@pytest.mark.parametrize(
    ("title", "outlet", "reads"),
    [
        # gva-dev titles, as local sites print them after the headline.
        (
            "1 dead, 3 injured in Shreveport shooting - KSLA News 12 Shreveport, Louisiana News Weather",
            "ksla.com",
            "1 dead, 3 injured in Shreveport shooting",
        ),
        (
            "4 Injured, Including 2 Children, In Oakland Shooting « CBS San Francisco",
            "sanfrancisco.cbslocal.com",
            "4 Injured, Including 2 Children, In Oakland Shooting",
        ),
        (
            "Report: Woman, son involved in Roundup murder-suicide identified - KXLF.com | Continuous News | "
            "Butte, Montana",
            "kxlf.com",
            "Report: Woman, son involved in Roundup murder-suicide identified",
        ),
        (
            "Police: Man kills woman, her son, himself in south Las Vegas - FOX5 Vegas - KVVU",
            "fox5vegas.com",
            "Police: Man kills woman, her son, himself in south Las Vegas",
        ),
    ],
)
def test_a_sites_name_after_a_headline_is_not_part_of_it(title, outlet, reads):
    page = dataclasses.replace(article("Text."), source=outlet)
    assert headline(title, outlet_words(page)) == reads


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Deputy Sheriff.", None),  # ECB+ 16ecbplus/3.txt: a role, on the line before the story
        ("By Dana Griffin", None),  # gva-dev: a byline
        ("NBC12", "nbc12.com"),  # gva-dev: the outlet's name
        ("Miguel Vazquez « CBS Chicago", "chicago.cbslocal.com"),  # gva-dev: a name and the site's
    ],
)
def test_a_line_of_the_page_is_no_headline(title, outlet):
    page = dataclasses.replace(article("Text."), source=outlet)
    assert not is_headline(title, outlet_words(page))


def story_titles(folder, *paths: str) -> set[str]:
    """The titles of the stories of ECB+ files `paths`, copied into `folder`."""
    folder.mkdir()
    for path in paths:
        shutil.copy(ECB / path, folder / path.replace("/", "-"))
    briefing = build_briefing([folder], workers=1)
    return {story.title for story in briefing.stories.values()}


@pytest.mark.shared("corpora/ecbplus")
def test_a_story_is_not_titled_by_a_role_a_label_or_a_line_that_names_no_one(tmp_path):
    # 16ecbplus: a deputy shot in Hawaiian Gardens, one article's first line "Deputy Sheriff.".
    (deputy,) = story_titles(tmp_path / "1", *(f"16ecbplus/{n}.txt" for n in (3, 1, 2)))
    assert deputy != "Deputy Sheriff" and len(deputy.split()) >= 3
    # 18ecbplus: the Troy office shooting, one headline printed after "Breaking News-".
    (troy,) = story_titles(tmp_path / "2", "18ecbplus/4.txt")
    assert troy == "Three People Shot in Office Shooting in Suburban Detroit"
    # 2ecb: Hugh Jackman to host the Oscars; one headline reads "He sings, dances, acts on stage and
    # screen, and he's the 'Sexiest Man Alive'", naming no one.
    (host,) = story_titles(tmp_path / "3", "2ecb/4.txt", "2ecb/3.txt", "2ecb/7.txt")
    assert not host.startswith("He sings")
    assert any(name in host for name in ("Jackman", "Oscar", "Academy"))
