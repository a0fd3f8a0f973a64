"""Crawled boilerplate (issue 23, item 11): kept on the article's page, marked, and read for nothing.

Each kind of boilerplate is tested on lines of real crawled local news (../shared/corpora/gva-dev),
and real news sentences that look like one (from gva-dev, BBC News and the seeds) stay prose.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.extract import extract
from briefing.load import load_articles
from briefing.load.boilerplate import KINDS, boilerplate
from briefing.pipeline import build_briefing
from briefing.render import render
from briefing.render.site import Site
from conftest import SHARED

GVA = SHARED / "corpora" / "gva-dev"

BOILERPLATE = [
    ("Copyright 2015 WVUE. All rights reserved.", "a copyright line"),
    (
        "(Copyright 2016 The Associated Press. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed.)",
        "a copyright line",
    ),
    ("© 2016 Cox Media Group.", "a copyright line"),
    ("Copyright CNN", "a copyright line"),
    ("(Photo: WKRN)", "a photo's caption or credit"),
    ("Diallo Davis (Photo: Wayne County Prosecutor's Office)", "a photo's caption or credit"),
    ("ALEX GALLARDO/REUTERS", "a photo's caption or credit"),
    ("Photo: James Nielsen, Houston Chronicle Image 1 of / 16 Caption Close", "a photo's caption or credit"),
    ("Dan Scanlan: (904) 359-4549", "an address or a phone number"),
    (
        "Contact Rick Hurd at 925-945-4789 and follow him at Twitter.com/3rderh",
        "an address or a phone number",
    ),
    (
        "http://www.ansonrecord.com/news/home_top/2360871/Wadesboro-club-owner-killed-in-S.C.-shooting",
        "an address or a phone number",
    ),
    ("Updated: May 31, 2016 - 6:54 PM", "a time stamp"),
    ("Saturday 1:15 p.m. UPDATE", "a time stamp"),
    ("UPDATE @ 3:24 p.m. (Jan. 18)", "a time stamp"),
    ("4/7/2013 1:53:00 AM", "a time stamp"),
    ("1:06 Former prison nurse accused of having sex with inmate", "another story's video"),
    ("By Russell Mills", "a byline"),
    ("By KEN RITTERAssociated Press", "a byline"),
    ("-- Marisa Gerber", "a byline"),
    ("Palm Beach Post Staff Writer", "a byline"),
    ("Cecilio Padilla contributed to this report.", "a byline"),
    ("Megan Guza is a staff writer for Trib Total Media.", "a byline"),
    ("Deonte M. Fisher", "a name or a label alone"),
    ("Dennis Clark III", "a name or a label alone"),
    ("JACKSONVILLE, Fla. -", "a dateline alone"),
    ("GREENWOOD, SC (FOX Carolina) –", "a dateline alone"),
    ("Click here for reuse options!", "a prompt to the reader"),
    ("Please enable Javascript to watch this video", "a prompt to the reader"),
    ("Sign up for one of our email newsletters.", "a prompt to the reader"),
    ("Re-enter zip code or sign up for digital access.", "a prompt to the reader"),
    ("Read or Share this story: http://on.wfaa.com/1N6u0Ei", "a prompt to the reader"),
    ("Stay with KCRA and KCRA.com for more information.", "a prompt to the reader"),
    ("This video is no longer available.", "a prompt to the reader"),
    ("READ MORE: Six killed in campsite homicide, suspect charged", "a link to another page"),
    ("• Related: 2 suspects killed in shootout with police", "a link to another page"),
    ("× 4 Shot, 2 Killed In South Memphis Apartment Complex", "a link to another page"),
    ("[MOBILE USERS: Click here for the photos]", "a prompt to the reader"),
    (
        "Whenever Joel Currier posts new content, you'll get an email delivered to your inbox with a link.",
        "a prompt to the reader",
    ),
    ("3 of 3 Premium Clicks used this month", "a prompt to the reader"),
    (
        "You must enter the characters with black color that stand out from the other characters",
        "a prompt to the reader",
    ),
    ("[Read our full story about Aaron Alexis.]", "a link to another page"),
    ("Like this: Like Loading...", "a menu or a button"),
    ("Advertisement", "a menu or a button"),
    ("FREE APPS | NOW | FACEBOOK | TWITTER", "a menu or a table"),
    (
        "| Date | City | Killed | Injured |\n|---|---|---|---|\n| 2016-05-01 | Chicago | 2 | 3 |",
        "a menu or a table",
    ),
    (
        "WE'LL HAVE MORE ON THIS COMING UP IN TEN MINUTES. Tom: THANK YOU, JOHN. NOW TO THE LOCAL BREAKING "
        "NEWS ALERT, RIGHT NOW POLICE ARE SEARCHING FOR A CAR THAT IS BELIEVED TO BE LINKED TO A QUADRUPLE "
        "SHOOTING. Mary: IT HAPPENED AROUND 6:00 P.M. THIS EVENING, NEAR ELLIS STREET AND KINGS ROAD IN "
        "NORTHWEST JACKSONVILLE. THE FATHER OF THE TEEN WHO WAS KILLED SPOKE TO NEWS 4 JAX SCOTT JOHNSON WHO "
        "IS JOININ",
        "a broadcast's transcript",
    ),
    ("___________________________", "a line with no words"),
    ("34.683094 -80.142858", "a line with no words"),
]
"""Lines of gva-dev articles (the table is made up: gva-dev has no Markdown table) and their kind."""

PROSE = [
    # gva-dev
    "CALUMET CITY | The most seriously injured of six people wounded in a drive-by shooting in Calumet City "
    "Monday was well enough to speak to police Tuesday.",
    "© 2016 Cox Media Group. Cheron Shelton is also still behind bars facing the same charges. He has been "
    "questioned twice about the shooting in Wilkinsburg, but he has not been named as a suspect.",
    "Shawn Burton was also killed. (WXIN-TV)",
    "Five people were shot in the 1700 block of Southcrest Drive in Fort Worth on October 27, 2015. "
    "(Photo: WFAA)",
    "UPDATE 8:40 AM: SPD has posted its report on the incident.",
    "Anyone with information can call Crime Stoppers at 800-773-2587 (SPEAKUP).",
    "Police identified the suspect as Rick Smith.",
    "It happened around 5:15 a.m., on Macalester Street, near East Hunting Park.",
    "No names were released.",
    # invented: a report's words beside a prompt's
    "Police said the suspect typed the characters into a stolen phone.",
    "The threats were delivered to the mayor's inbox on Monday, police said.",
    # BBC News
    "Share boost for feud-hit Reliance",
    "This dedication to his career was underlined by a comment by Mr Brown's former girlfriend of five "
    "years, Princess Marguerite of Romania.",
    # the seeds: a post's signature says who wrote the post above it
    "— Marta Havryshko (@HavryshkoMarta) April 24, 2025",
]


@pytest.mark.parametrize(("line", "kind"), BOILERPLATE)
def test_each_kind_of_boilerplate_is_found_on_a_real_crawled_line(line, kind):
    assert boilerplate(line) == kind


def test_every_kind_has_a_test_on_a_real_line():
    assert {kind.name for kind in KINDS} == {kind for _, kind in BOILERPLATE}


@pytest.mark.parametrize("text", PROSE)
def test_news_sentences_that_look_like_boilerplate_stay_prose(text):
    assert boilerplate(text) is None


def test_a_long_paragraph_is_prose_whatever_it_holds():
    assert boilerplate("Click here for more. " * 30) is None
    assert boilerplate("All rights reserved " + "x" * 1_000) is None


def test_a_huge_line_of_one_word_is_read_in_linear_time():
    # Patterns that backtrack would take hours on these; only the table test reads a long line.
    for line in ("a@" * 300_000, "1." * 300_000, "Copyright " + "©" * 300_000, "|" + "x|" * 300_000):
        boilerplate(line)


# Read for nothing: no name, figure or quote; the other paragraphs keep their indices and offsets

CRAWLED = [
    "JACKSONVILLE, Fla. -",
    "By Russell Mills",
    "Police said 3 people were killed and 2 were wounded when a gunman opened fire at a party on "
    "Moncrief Road in Jacksonville early Sunday.",
    "Deonte M. Fisher",
    "• Related: 2 suspects killed in shootout with police",
    "Sheriff Mike Williams said the gunman, 19-year-old Anthony Ray, was arrested Monday.",
    "Copyright 2015 WJXT. All rights reserved.",
]


def crawled(folder: Path, name: str = "crawled.txt") -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text("\n\n".join(CRAWLED) + "\n", encoding="utf-8")
    return folder


def test_boilerplate_is_marked_at_load_and_the_lead_is_the_first_sentence_of_the_report(tmp_path):
    (article,), _ = load_articles([crawled(tmp_path / "articles")])
    kinds = [p.boilerplate for p in article.paragraphs]
    assert kinds == [
        "a dateline alone",
        "a byline",
        None,
        "a name or a label alone",
        "a link to another page",
        None,
        "a copyright line",
    ]
    assert article.lead.index == 2
    assert article.title_derived and article.title.startswith("Police said 3 people were killed")


def test_boilerplate_gives_no_name_or_figure_and_offsets_stay_those_of_the_article(tmp_path):
    (article,), _ = load_articles([crawled(tmp_path / "articles")])
    extraction = extract(article)
    assert extraction.article is article
    assert {m.paragraph for m in extraction.mentions} | {f.paragraph for f in extraction.figures} <= {2, 5}
    assert "Deonte M. Fisher" not in {m.key for m in extraction.mentions}
    assert {(f.measure, f.value) for f in extraction.figures} == {("killed", 3), ("injured", 2)}
    for found in (*extraction.mentions, *extraction.figures):
        assert article.paragraphs[found.paragraph].text[found.start : found.end] == found.text


def test_no_boilerplate_line_is_a_story_lead_a_development_or_its_title(tmp_path):
    folder = crawled(tmp_path / "articles")
    report = "Sheriff Mike Williams said 3 people were killed at a party on Moncrief Road in Jacksonville."
    (folder / "other.txt").write_text(f"By Jim Bradley\n\nDeonte M. Fisher\n\n{report}\n", encoding="utf-8")
    briefing = build_briefing([folder], workers=1, cache=None)
    site = Site(briefing)
    boilerplate_lines = set(CRAWLED) - {CRAWLED[2], CRAWLED[5]} | {"By Jim Bradley"}
    for story in site.stories:
        happened = [sentence for sentence, _ in site.what_happened("index.md", story)]
        assert happened and not boilerplate_lines & set(happened)
        assert story.title not in boilerplate_lines
    assert {e.name for e in briefing.entities.values()}.isdisjoint({"Deonte M. Fisher", "Russell Mills"})


def test_the_article_page_shows_boilerplate_muted_named_and_out_of_search(tmp_path):
    pages = render(build_briefing([crawled(tmp_path / "articles")], workers=1, cache=None))
    page = pages["articles/crawled.md"]
    assert page.count('class="bf-paragraph bf-boilerplate" data-search-exclude id="p-') == 5
    assert page.count('class="bf-paragraph" id="p-') == 2
    assert '<small class="bf-boilerplate-note">(a copyright line: not read as the report)</small>' in page
    assert "Copyright 2015 WJXT" in page and 'id="p-7"' in page


@pytest.mark.shared("corpora/gva-dev")
def test_gva_dev_stories_lead_with_the_report_not_with_what_the_crawler_kept(tmp_path):
    # Incidents whose articles open with a dateline alone, a byline, a caption or a name alone.
    folders = ["441681", "480383", "516341", "547639", "519541"]
    for folder in folders:
        shutil.copytree(GVA / folder, tmp_path / folder)
    briefing = build_briefing([tmp_path], workers=1, cache=None)
    site = Site(briefing)
    marked = {p.text for e in briefing.extractions for p in e.article.paragraphs if not p.prose}
    assert {"JACKSONVILLE, Fla. -", "By Russell Mills", "Deonte M. Fisher", "(Photo: WKRN)"} <= marked
    for story in site.stories:
        happened = [sentence for sentence, _ in site.what_happened("index.md", story)]
        assert happened and not marked & set(happened), story.title
        assert story.title not in marked


def test_a_dateline_on_a_line_of_its_own_still_gives_the_place_and_the_outlet(tmp_path):
    (tmp_path / "houston.txt").write_text(
        "HOUSTON (AP) -\n\nA gunman killed two people at a Houston bar early Sunday, police said.\n",
        encoding="utf-8",
    )
    (article,), _ = load_articles([tmp_path])
    assert (article.dateline, article.source, article.lead.index) == ("HOUSTON", "AP", 1)
    assert article.title == "A gunman killed two people at a Houston bar early Sunday, police said"
