"""Group articles into stories: one real-world event or developing situation, as outlets and days report it.

Articles are compared by what they say (signals: title and lead words, names, figures, days), past
their outlets' page furniture (furniture), each with its nearest few (neighbours), more so when they
name one town on one day, less so when their towns or days differ (scene) or when they were published
far apart (dates), and joined by average linkage over that neighbour graph (linkage); the groups of a
story told for weeks, whose towns and people drift from day to day, are then joined by the rare names at
their core (cores).

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
told apart by their names, their towns and their days.
"""

from __future__ import annotations

import hashlib
import itertools
import struct
from collections.abc import Sequence

from ..model import Extraction
from .cores import joined
from .furniture import furniture
from .linkage import average_linkage
from .neighbours import Similarities, nearest, vectors
from .signals import Signals, signals

NEIGHBOURS = 4
"""The neighbours each article has in the graph: the few articles it is most like."""
SAME_STORY = 0.07
"""The average cosine similarity, over pairs of their articles, at which two groups are one story.
Stories come out alike for thresholds from about 0.06 to 0.09 (benchmarks/stories.py)."""


def group(extractions: Sequence[Extraction], said: Sequence[Signals] | None = None) -> list[list[int]]:
    """The stories among `extractions`: lists of indices into `extractions`, each list sorted,
    the lists sorted by their first index. Deterministic and independent of input order.
    `said` are the articles' signals (`signals` of each extraction), when they are known already."""
    said = [signals(e) for e in extractions] if said is None else said
    said = [
        signals(extraction, skipped) if skipped else read
        for extraction, read, skipped in zip(extractions, said, furniture(said), strict=True)
    ]
    # Work in an order given by what is read of the articles, so that neither the order nor the
    # names of the files can change a story.
    keys = [content_key(s) for s in said]
    order = sorted(range(len(said)), key=keys.__getitem__)
    ordered = [said[i] for i in order]
    similar = Similarities(vectors(ordered), ordered)
    groups = average_linkage(len(order), nearest(similar, NEIGHBOURS), SAME_STORY, NEIGHBOURS)
    groups = joined(groups, ordered)
    return sorted(sorted(order[i] for i in members) for members in groups)


def content_key(said: Signals) -> str:
    """A digest of everything grouping reads of one article, its signals as they are ordered:
    articles of equal digests are alike to grouping, and an edit that leaves it unchanged
    (a sentence past the lead that names no one) changes no story."""
    digest = hashlib.sha256()
    for features in (said.weights, said.commonness):
        digest.update("\0".join(features).encode("utf-8", "surrogatepass") + b"\1")
        digest.update(struct.pack(f"<{len(features)}d", *features.values()))  # the same on any machine
    digest.update("\0".join(itertools.chain(*said.names.items())).encode("utf-8", "surrogatepass"))
    digest.update(f"\1{said.published}\1{said.outlet}".encode("utf-8", "surrogatepass"))
    for features in (said.days, sorted(said.towns), sorted(said.anchors), sorted(said.paragraphs.items())):
        digest.update(repr(features).encode("utf-8", "surrogatepass") + b"\1")
    return digest.hexdigest()
