"""The stories' Atom feed: the newest first, each with its title, lead, dates and link, announced on
every page so that a feed reader finds it; the same for the same articles, whatever they hold."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ElementTree

from briefing.pipeline import build_briefing, render_pages
from conftest import ROOT

ATOM = "{http://www.w3.org/2005/Atom}"


def two_stories(folder):
    """The seeds (the Kyiv strike of 24 April 2025) and a later, other story, with a hostile title."""
    shutil.copytree(ROOT / "seeds", folder)
    (folder / "rehab.md").write_text(
        "---\ntitle: 'Lohan <script>alert(1)</script> leaves rehab & more'\nsource: CNN\ndate: 2025-05-02\n"
        "---\nLindsay Lohan has left the Betty Ford Center in Rancho Mirage, California, her lawyer said.\n",
        encoding="utf-8",
    )
    return build_briefing([folder], workers=1)


def test_the_feed_lists_the_stories_newest_first_with_title_lead_dates_and_link(tmp_path):
    briefing = two_stories(tmp_path / "articles")
    pages = render_pages(briefing)
    feed = ElementTree.fromstring(pages["feed.xml"])
    assert feed.tag == f"{ATOM}feed" and feed.find(f"{ATOM}id").text
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}updated").text[:10] for e in entries] == ["2025-05-02", "2025-04-24"]
    rehab, strike = entries
    # Titles are text: markup in an article's title stays text in the feed.
    assert rehab.find(f"{ATOM}title").text == "Lohan <script>alert(1)</script> leaves rehab & more"
    assert rehab.find(f"{ATOM}summary").text.startswith("Lindsay Lohan has left the Betty Ford Center")
    assert strike.find(f"{ATOM}published").text.startswith("2025-04-24")
    for entry, story in zip(entries, (s for s in briefing.stories.values()), strict=True):
        assert entry.find(f"{ATOM}title").text == story.title
        assert entry.find(f"{ATOM}link").get("href") == f"stories/{story.id}/"
        assert f"stories/{story.id}.md" in pages


def test_the_feed_is_the_same_for_the_same_articles(tmp_path):
    first = render_pages(two_stories(tmp_path / "a"))["feed.xml"]
    assert render_pages(two_stories(tmp_path / "b"))["feed.xml"] == first


def test_every_page_announces_the_feed_and_the_home_page_links_it(built_site):
    feed = ElementTree.parse(built_site / "feed.xml").getroot()
    assert len(feed.findall(f"{ATOM}entry")) == 1
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" type="application/atom+xml" title="Stories" href="feed.xml">' in home
    assert 'href="feed.xml">Follow the stories in a feed reader</a>' in home
    story = next((built_site / "stories").glob("*/index.html")).read_text(encoding="utf-8")
    assert 'type="application/atom+xml" title="Stories" href="../../feed.xml">' in story
