"""Which articles report one story: a stand-in that links each article to the one it shares the
rarest names with.

Names are full names of people, organizations, places and a dateline's place; a name shared by
few articles weighs more (its inverse document frequency), one shared by many is left out.
Names are blocked by the articles naming them, so no pair of articles is compared unless it
shares one.
"""

from __future__ import annotations

import collections
import math
from collections.abc import Sequence

from ..model import Extraction

RARE_SHARE = 0.1
"""A name counts when at most this share of the articles names it (and never fewer than 3 may)."""
LINK = 0.5
"""Two articles may be linked when the names they share weigh this many times log(articles)."""


def _names(extraction: Extraction) -> set[str]:
    """The names an article could share with another of its story."""
    names = {f"{m.kind}:{m.key}" for m in extraction.mentions if m.kind != "person" or " " in m.key}
    if extraction.article.dateline:
        names.add(f"dateline:{extraction.article.dateline.casefold()}")
    return names


def group(extractions: Sequence[Extraction]) -> list[list[int]]:
    """The stories among `extractions`: lists of indices into `extractions`, each list sorted,
    the lists sorted by their first index. Deterministic and independent of input order."""
    count = len(extractions)
    named_by: dict[str, list[int]] = collections.defaultdict(list)
    for index, extraction in enumerate(extractions):
        for name in _names(extraction):
            named_by[name].append(index)
    rare = max(3, int(RARE_SHARE * count))
    shared: collections.Counter = collections.Counter()
    for indices in named_by.values():
        if 1 < len(indices) <= rare:
            weight = math.log(1 + count / len(indices))
            shared.update({(a, b): weight for i, a in enumerate(indices) for b in indices[i + 1 :]})
    best: dict[int, tuple[float, str, int]] = {}
    for (a, b), weight in shared.items():
        if weight >= LINK * math.log(count):
            for one, other in ((a, b), (b, a)):
                candidate = (weight, extractions[other].article.path, other)
                best[one] = max(best.get(one, candidate), candidate)
    parent = list(range(count))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for one, (_, _, other) in best.items():
        a, b = root(one), root(other)
        parent[max(a, b)] = min(a, b)
    stories: dict[int, list[int]] = collections.defaultdict(list)
    for index in range(count):
        stories[root(index)].append(index)
    return sorted(stories.values())
