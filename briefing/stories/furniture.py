"""Page furniture: the lines an outlet's site prints around every article, part of no story.

A crawled page keeps its site's lines with the article: a newsletter prompt, teasers of other stories,
"Tweets by …", a photo credit. An outlet's pages repeat them word for word whatever they report, and
articles that share them look alike to grouping (in `gva-dev`, one outlet's travel teasers made two
shootings 500 miles apart the closest pair of the folder). A paragraph that two articles of one outlet
share is the outlet's furniture, and grouping reads past it. Articles of different outlets that share
a paragraph carry one wire story, and keep it.
"""

from __future__ import annotations

import collections
from collections.abc import Sequence

from .signals import Signals


def furniture(said: Sequence[Signals]) -> list[frozenset[int]]:
    """For each article, the paragraphs (by index) that another article of its outlet repeats."""
    having = collections.Counter(
        (s.outlet, digest) for s in said if s.outlet for digest in set(s.paragraphs.values())
    )
    return [
        frozenset(index for index, digest in s.paragraphs.items() if having[s.outlet, digest] > 1)
        if s.outlet
        else frozenset()
        for s in said
    ]
