"""A title briefing composes reads as a headline: no final full stop, no spaces a tokenizer left;
an article's own title stays as written."""

from __future__ import annotations

import shutil

import pytest

from briefing.cli.records import article_record
from briefing.headlines import headline
from briefing.pipeline import build_briefing
from conftest import SHARED

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
    # A story's id is made of its headline as written (its first eight words, "'" one of them), as
    # before titles read as headlines: no page moves.
    assert {s.id for s in briefing.stories.values()} == {
        "5-9-earthquake-jolts-iran",
        "donald-trump-comey-memos-show-he-leaked",
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
