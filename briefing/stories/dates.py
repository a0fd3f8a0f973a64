"""When two articles were published, and what that says about their being one story.

A story's articles cluster in time: the first reports and the follow-ups of the next days and weeks.
Articles whose words are alike but that were published weeks or years apart most likely report two
events of one kind: a city's shootings of May and July, an island's earthquakes of 2005 and 2008, a
country's elections of 2008 and 2013. Unless they follow one person (the trial of a shooter a year
after the shooting names him as the first reports did: ECB+ has an office shooting and its verdict a
year later, a polygamist's arraignment and his conviction three years later, each one event), or
share what ties a follow-up to its incident (`scene.anchored`).

Here only publication dates count (front matter, a header line). The years an article's text mentions
say little of when it was written: in ECB+, the latest year two articles of one event name differs
by two years or more for 45% of them, and discounting such pairs lost B-cubed F1 on every corpus. The
days a text names, read against its publication date, are the scene's (`scene`, `days`).
"""

from __future__ import annotations

from .signals import Signals

STORY_DAYS = 14
"""Articles published within this many days of each other are one story as far as time can tell."""


def days_apart(a: Signals, b: Signals) -> int | None:
    """The days between the publication of two articles; None when either is undated."""
    if a.published is None or b.published is None:
        return None
    return abs((a.published - b.published).days)


def in_time(days: int) -> float:
    """What the similarity of two articles published `days` apart is multiplied by, when they follow no
    one person: 1 within STORY_DAYS, then STORY_DAYS / days (a year apart: 0.08)."""
    return min(1.0, STORY_DAYS / days) if days else 1.0
