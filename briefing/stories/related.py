"""Related stories: a story and the stories it follows or that follow it, kept apart but linked.

Grouping keeps apart what was reported far apart in time, and what its articles tell in other words: a
rule and its reversal months later, an incident and the trial a year later. Such stories name the same
rare things: the law, the suspect, the island (names news at large seldom prints, named by at least
two articles of each story, or by its one). Two stories that share RELATED_NAMES of them, not all
places (two shootings in one neighbourhood follow nothing), are related, as are two that share one
such name and whose articles are alike; where both are dated, the pages say which follows which.
"""

from __future__ import annotations

import collections
import itertools
import math
import re
from collections.abc import Sequence

from .signals import Signals, famous

RELATED_NAMES = 2
"""The rare names two stories must share to be related; or one, not a place, where their articles
are alike (RELATED_SIMILARITY)."""
RELATED_SIMILARITY = 0.3
"""The cosine of the weights of two articles, one of each story, that makes stories sharing one rare
name related: a rule and its reversal tell the same matter in the same words."""
COMPARED = 5
"""The articles of each story compared with the other's: its first ones."""
RARE_NAME = 0.002
"""A name this common or less in news at large (the chance an ordinary article has it) is rare: its
rarest word is at most as common as "endangered"."""
AUTHORITIES = frozenset({"police", "sheriff", "sheriff's", "department", "office", "court", "patrol", "fire"})
"""Words of a body that speaks in every story of its town ("Wichita Police Department"), which relates
none of them."""
CROWDED = 20
_PARENTHESIS = re.compile(r"\s*\([^)]*\)$")
"""What an organization's name may end with: "(us)"."""
"""A name more stories than this share relates none of them: it is common in this folder."""


def related(groups: Sequence[Sequence[int]], said: Sequence[Signals]) -> list[tuple[int, int]]:
    """The pairs of `groups` (lists of indices into `said`) that are related, by position in `groups`."""
    having: dict[str, list[int]] = collections.defaultdict(list)
    for g, members in enumerate(groups):
        for name in _names([said[i] for i in members]):
            having[name].append(g)
    shared: dict[tuple[int, int], list[str]] = collections.defaultdict(list)
    for name, stories in having.items():
        if len(stories) <= CROWDED:
            for pair in itertools.combinations(stories, 2):
                shared[pair].append(name)
    found = []
    for (a, b), names in sorted(shared.items()):
        people = [name for name in names if not name.startswith("place:")]
        if (len(names) >= RELATED_NAMES and people) or (people and _alike(groups[a], groups[b], said)):
            found.append((a, b))
    return found


def _alike(a: Sequence[int], b: Sequence[int], said: Sequence[Signals]) -> bool:
    """Whether an article of the one story and an article of the other are alike."""
    return any(_cosine(said[i], said[j]) >= RELATED_SIMILARITY for i in a[:COMPARED] for j in b[:COMPARED])


def _cosine(a: Signals, b: Signals) -> float:
    x, y = sorted((a.weights, b.weights), key=len)
    dot = sum(value * y[feature] for feature, value in x.items() if feature in y)
    norms = math.sqrt(sum(v * v for v in x.values())) * math.sqrt(sum(v * v for v in y.values()))
    return dot / norms if norms else 0.0


def _names(articles: Sequence[Signals]) -> set[str]:
    """The rare names a story's articles give: people named without an office and not famous, places,
    organizations but a town's authorities, named by two of its articles, or by its one."""
    named = collections.Counter(
        _PARENTHESIS.sub("", name)
        for s in articles
        for name in s.names
        if s.commonness.get(name, 1.0) <= RARE_NAME
        and not (name.startswith("person:") and (name not in s.anchors or famous(name.partition(":")[2])))
        and not (name.startswith("organization:") and AUTHORITIES.intersection(name.split()))
    )
    least = min(2, len(articles))
    return {name for name, count in named.items() if count >= least}
