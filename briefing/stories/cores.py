"""A story that drifts: the groups of one story told over weeks, joined by the rare names at their core.

A large story reported day after day (a war, an election) drifts: each day's reports name that day's
towns and people, so that an article's nearest neighbours are its own day's, and average linkage over
the neighbour graph finds a group for every day or two. What holds the days together is what every
day names: the countries, the capital, the leader. A group's core is the rare words (names: words
that are not common English, nor numbers) that most of its articles name. Two groups are one story
when their cores share CORE_WORDS words and their articles were published within STORY_DAYS of each
other. Two incidents of one kind in one city in one week share the city's name, not their victims',
streets and venues; two undated groups are never joined (without dates, a boxer's two title defences
share as many names as one war's days).

Groups meet only through the words of their cores (an inverted index): each word lists its groups in
order of time and pairs each with the WINDOW next, so that joining stays near-linear, and a story's
days, in order, are joined one to the next.
"""

from __future__ import annotations

import collections
import datetime
import functools
from collections.abc import Sequence

from wordfreq import zipf_frequency

from ..extract.words import frequent_words
from ..unions import Unions
from .dates import STORY_DAYS
from .signals import Signals

CORE_SHARE = 0.5
"""A word is at a group's core when at least this share of its articles name it."""
CORE_WORDS = 2
"""The core words two groups must share to be one story."""
WINDOW = 2
"""The groups each group meets through each word of its core: the next ones in order of time that are
not of its story already."""
PASSES = 8
"""The most times the postings are read again, with the stories joined so far, till none joins."""
NAME_ZIPF = 2.5
"""A word English prints less often than this (wordfreq's Zipf scale: "Kingsessing", "Guglielmi", not
"gunshot", "casings", "vigil") is a name of one story's."""


def joined(groups: Sequence[list[int]], said: Sequence[Signals]) -> list[list[int]]:
    """`groups` (lists of indices into `said`), those of one drifting story joined, each sorted, in
    order of their first index."""
    spans = [_span(members, said) for members in groups]
    cores = [
        _core(members, said) if span else frozenset() for members, span in zip(groups, spans, strict=True)
    ]
    postings: dict[str, list[int]] = collections.defaultdict(list)
    for number in sorted((n for n, span in enumerate(spans) if span), key=lambda n: (spans[n], n)):
        for word in cores[number]:
            postings[word].append(number)
    stories = Unions[int]()  # the story each group is in so far, known by its first group
    for _ in range(PASSES):
        joins = 0
        for _, numbers in sorted(postings.items()):  # in an order of their own, whatever the hash seed
            for a, b in _met(numbers, [stories.find(n) for n in numbers]):
                if _one_story(spans[a], cores[a], spans[b], cores[b]):
                    joins += stories.union(a, b)
        if not joins:
            break
    merged: dict[int, list[int]] = collections.defaultdict(list)
    for number, members in enumerate(groups):
        merged[stories.find(number)].extend(members)
    return sorted(sorted(members) for members in merged.values())


def _met(numbers: list[int], roots: list[int]) -> list[tuple[int, int]]:
    """The pairs of groups a posting (`numbers`, in order of time, each in the story `roots` says)
    makes: each group with the WINDOW next that are not of its story (or of the story of the one
    before)."""
    following = [len(numbers)] * (len(numbers) + 1)  # the next position of another story
    for position in range(len(numbers) - 2, -1, -1):
        same = roots[position + 1] == roots[position]
        following[position] = following[position + 1] if same else position + 1
    pairs = []
    for position, a in enumerate(numbers):
        other = following[position]
        for _ in range(WINDOW):
            if other >= len(numbers):
                break
            pairs.append((a, numbers[other]))
            other = following[other]
    return pairs


def _one_story(a_span: tuple, a_core: frozenset[str], b_span: tuple, b_core: frozenset[str]) -> bool:
    """The groups' cores share CORE_WORDS words and their spans of time come within STORY_DAYS."""
    gap = max((b_span[0] - a_span[1]).days, (a_span[0] - b_span[1]).days, 0)
    return gap <= STORY_DAYS and len(a_core & b_core) >= max(1, min(CORE_WORDS, len(a_core), len(b_core)))


def _span(members: list[int], said: Sequence[Signals]) -> tuple[datetime.date, datetime.date] | None:
    """The first and last publication dates of a group's articles; None when none is dated."""
    dates = [said[i].published for i in members if said[i].published]
    return (min(dates), max(dates)) if dates else None


def _core(members: list[int], said: Sequence[Signals]) -> frozenset[str]:
    """The rare words at least CORE_SHARE of the group's articles name."""
    counts = collections.Counter(word for i in members for word in _rare_words(said[i]))
    least = CORE_SHARE * len(members)
    return frozenset(word for word, count in counts.items() if count >= least)


def _rare_words(said: Signals) -> set[str]:
    """The article's words that are neither common English, nor numbers, nor a person's first names
    (many people of many stories are called Anna)."""
    frequent = frequent_words()  # the words English prints most, at once: no name among them
    first_names = {
        word for name in said.names if name.startswith("person:") for word in name[7:].split()[:-1]
    }
    return {
        word
        for word in said.weights
        if ":" not in word
        and word not in frequent
        and word not in first_names
        and not any(c.isdigit() for c in word)
        and _rare(word)
    }


@functools.lru_cache(maxsize=65536)
def _rare(word: str) -> bool:
    return zipf_frequency(word, "en") < NAME_ZIPF
