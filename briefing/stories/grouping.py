"""Group articles into stories: one real-world event or developing situation, as outlets and days report it.

Articles are compared by what they say (signals: title and lead words, names, figures), each with its
nearest few (neighbours), less so when neither names the other's protagonist (protagonists) or when
they were published far apart (dates), and joined by average linkage over that neighbour graph
(linkage).

Why neighbours and not a plain threshold: events of one kind with the same protagonist (a boxer's two
title defences, an island's two earthquakes) share most of their words, so that articles of the one
can be as similar to articles of the other as to their own. But an article's nearest neighbours are
its own story's: the k-nearest-neighbour graph keeps an edge only between articles that are among
each other's closest, so that two such events, each covered by several articles, stay apart.
k is NEIGHBOURS whatever the size of the folder: a larger folder holds more stories, not larger ones,
and an article given more neighbours than its story has other articles finds the rest in other
stories. (With k growing as ln N, 8 among the BBC's 2,126 articles, NewsWCL50's stories of one
season, five articles each, pooled there: B-cubed F1 0.82, against 1.00 with k = 4; ECB+'s events of
up to 22 articles lose little: 0.955 against 0.952.) Average linkage holds a large story together
with few neighbours an article (linkage). Events of one kind covered by an article or two each are
told apart by their names, above all their protagonists, and by their dates.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Extraction
from .linkage import average_linkage
from .neighbours import nearest, vectors
from .signals import signals

NEIGHBOURS = 4
"""The neighbours each article has in the graph: the few articles it is most like."""
SAME_STORY = 0.07
"""The average cosine similarity, over pairs of their articles, at which two groups are one story.
Stories come out alike for thresholds from about 0.06 to 0.09 (benchmarks/stories.py)."""


def group(extractions: Sequence[Extraction]) -> list[list[int]]:
    """The stories among `extractions`: lists of indices into `extractions`, each list sorted,
    the lists sorted by their first index. Deterministic and independent of input order."""
    # Work in an order given by the articles' content, so that neither the order nor the names of
    # the files can change a story.
    order = sorted(range(len(extractions)), key=lambda i: _content_key(extractions[i]))
    said = [signals(extractions[i]) for i in order]
    groups = average_linkage(len(order), nearest(vectors(said), said, NEIGHBOURS), SAME_STORY, NEIGHBOURS)
    return sorted(sorted(order[i] for i in members) for members in groups)


def _content_key(extraction: Extraction) -> tuple[str, str]:
    """The hash of the article's bytes (articles of equal hashes are alike), then its title."""
    return extraction.article.digest, extraction.article.title
