"""The stories as an Atom feed (`feed.xml`), so that a feed reader follows the briefing.

Each story is an entry, the newest first: its title, its lead (the first thing that happened), its first
and last dates, and a link to its page. Written by feedgen, which escapes every title and lead: nothing
an article says becomes markup of the feed. The same briefing gives the same feed, byte for byte: its
times are the stories' dates (an undated story is updated when the feed is, and has no time of
publication), never the time of the build.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from feedgen.feed import FeedGenerator

if TYPE_CHECKING:
    from .site import Site

FEED = "feed.xml"
"""The feed's path in the site."""
FEED_ID = "tag:briefing,2025:stories"
"""The feed's id: the same for every build of a briefing (Atom asks for one that never changes)."""
ENTRIES = 100
"""The newest stories the feed carries."""
UNDATED = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
"""The time of a feed whose stories are all undated."""


def feed(site: Site) -> str:
    """The Atom feed of `site`'s stories, newest first."""
    stories = site.stories[:ENTRIES]
    dated = [s.last for s in stories if s.last]
    updated = _time(max(dated)) if dated else UNDATED
    generator = FeedGenerator()
    generator.id(FEED_ID)
    generator.title("Briefing: stories")
    generator.subtitle("The stories of the briefing, the latest first.")
    generator.link(href=FEED, rel="self")
    generator.link(href=site.url("index.md", "index.md") or "./", rel="alternate")
    generator.updated(updated)
    generator.generator("briefing")
    # feedgen writes entries in the reverse order of their adding: the oldest is added first.
    for story in reversed(stories):
        entry = generator.add_entry()
        entry.id(f"{FEED_ID}:{story.id}")
        entry.title(story.title)
        entry.link(href=site.url("index.md", site.story_page(story)), rel="alternate")
        told = site.what_happened(site.story_page(story), story)
        entry.summary(told[0][0] if told else story.title)
        if story.first:
            entry.published(_time(story.first))
        entry.updated(_time(story.last) if story.last else updated)
    return generator.atom_str(pretty=True).decode("utf-8")


def _time(date: datetime.date) -> datetime.datetime:
    return datetime.datetime(date.year, date.month, date.day, tzinfo=datetime.UTC)
