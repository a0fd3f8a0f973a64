"""Which articles are near which: each article's nearest others, found through the features they share.

An article becomes a vector of its features, each weighted by how much the article says it and by how
rare it is: rare in this folder (few articles have it) and rare in news at large (its commonness, for
folders too small to count in). Articles are compared only where they share a feature that few
articles have: an inverted index from feature to articles, with no all-pairs comparison. Their
similarity counts more where they name one town on one day, and less where their towns or their days
differ (scene) or they were published far apart (dates), unless they share what ties a follow-up to
its incident (`scene.anchored`); where either is undated, the places they share count for less.
"""

from __future__ import annotations

import collections
import heapq
import itertools
import math
import zlib
from collections.abc import Sequence

from ..extract.words import frequent_words
from . import dates, protagonists, scene
from .signals import Signals, word_commonness

BACKGROUND_ARTICLES = 100
"""How many ordinary news articles, of other stories, are imagined besides the folder's own when judging
how rare a feature is: enough that two articles alone can share "Kyiv" and not "attack"."""
BLOCKING_SHARE = 20
"""A feature that more than this many articles have does not pair each of them with every other:
comparing every pair of its articles would cost the square of their number. It pairs each with WINDOW
others on either side, in an order of its own (`_windows`), and counts in the similarity of every pair
found."""
WINDOW = 2
"""The others an article meets on either side through each name, number or rare word that many articles
have. A word of common English ("police", "attack") is common across stories, and finds none; a name
common across stories meets an article's story-mates rarely, and what it finds ranks below what rarer
features find; a name of one large story (5,000 reports of one strike) meets story-mates only, and
its pairings, in an order of its own, hold the story together."""
CANDIDATES = 3
"""Each article's candidates per neighbour kept: the pairs that share most of the rarest features."""
WEAKEST_CANDIDATE = 0.005
"""A pair whose rare features make less of their similarity than this is no candidate: it shares an
incidental name or two (the median pair sharing a rare feature in the BBC corpus makes 0.003)."""
ONE_SCENE = 2.0
"""What the similarity of two articles is multiplied by when they name one town on one day."""
TOWNS_APART = 0.25
"""… when their towns are far apart and neither names the other's."""
DAYS_APART = 0.6
"""… when neither names the other's day."""
PEOPLE_APART = 0.5
"""… when each names people or streets of its own and neither names the other's (`scene.people_apart`),
a street of its own (`scene.streets_apart`), or ages of its own (`scene.ages_apart`)."""
TOLLS_APART = 0.6
"""… when each counts its dead and neither the other's count (`scene.tolls_apart`): a toll can rise
as a report follows another (a victim dies later, a quake's dead are found), so that it weighs as
little as a day apart."""

UNDATED_PLACES = 0.6
"""What the part of two articles' similarity made of the places the gazetteer knows that they share
(their town, the words of its name, its state) counts when either is undated: every incident in a city
names it, and where no date keeps two of them apart, their town ties them less (a street, a venue count
in full)."""
KNOWN_PLACES = ("place:geonames:", "place:iso:")
"""The features of places the gazetteer knows."""

Vector = dict[str, float]
Edges = dict[tuple[int, int], float]
"""(i, j) with i < j → the cosine similarity of articles i and j."""


def vectors(signals: Sequence[Signals]) -> list[Vector]:
    """Each article's features weighted tf-idf, as unit vectors, without the features no other article
    has (they count in the length only). A feature's inverse document frequency counts the folder's
    articles that have it plus BACKGROUND_ARTICLES × its commonness (the greatest any article gives it)."""
    count = len(signals)
    having = collections.Counter(itertools.chain.from_iterable(s.weights for s in signals))
    named: dict[str, float] = {}
    for s in signals:
        for feature, common in s.commonness.items():
            named[feature] = max(common, named.get(feature, 0.0))
    rarity = {}
    for feature, articles in having.items():
        common = named.get(feature) or word_commonness(feature) or 1.0
        rarity[feature] = math.log((count + BACKGROUND_ARTICLES) / (articles + BACKGROUND_ARTICLES * common))
    result = []
    for s in signals:
        vector = {feature: weight * rarity[feature] for feature, weight in s.weights.items()}
        norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
        result.append({feature: value / norm for feature, value in vector.items() if having[feature] > 1})
    return result


class Similarities:
    """The similarity of two articles: the cosine of their vectors times `_discount`, each pair computed
    once, as the part of the features at most BLOCKING_SHARE articles have (summed for every pair that
    shares one: `_rare_part`) plus the part of the others, less what UNDATED_PLACES takes off the part of
    the places they share when either is undated."""

    def __init__(self, vectors: Sequence[Vector], signals: Sequence[Signals]) -> None:
        self.vectors = vectors
        self.signals = signals
        self.having = collections.Counter(itertools.chain.from_iterable(vectors))
        self.rare = _rare_part(vectors, self.having)
        self.common = [
            {f: v for f, v in vector.items() if self.having[f] > BLOCKING_SHARE} for vector in vectors
        ]
        self.scenes = [(scene.scene(s), protagonists.central_person(s)) for s in signals]
        self.places = [
            {f: v for f, v in vector.items() if f.startswith(KNOWN_PLACES) or (f in s.towns and ":" not in f)}
            for vector, s in zip(vectors, signals, strict=True)
        ]
        self.known: dict[int, float] = {}

    def __len__(self) -> int:
        return len(self.vectors)

    def __call__(self, i: int, j: int) -> float:
        pair = i * len(self.vectors) + j if i < j else j * len(self.vectors) + i
        if pair not in self.known:
            a, b = sorted((self.common[i], self.common[j]), key=len)
            cosine = self.rare.get(pair, 0.0) + math.fsum(v * b[f] for f, v in a.items() if f in b)
            if self.signals[i].published is None or self.signals[j].published is None:
                x, y = sorted((self.places[i], self.places[j]), key=len)
                cosine -= (1 - UNDATED_PLACES) * math.fsum(v * y[f] for f, v in x.items() if f in y)
            self.known[pair] = cosine and cosine * _discount(
                self.signals[i], self.scenes[i], self.signals[j], self.scenes[j]
            )
        return self.known[pair]


def nearest(similar: Similarities, k: int) -> Edges:
    """The k nearest neighbours of each article, as edges of a graph (an edge if either article is among
    the other's k nearest), weighted by their similarity.

    Only candidates are compared: the pairs that share features few articles have (at most
    BLOCKING_SHARE) or that a feature many have pairs (`_windows`), each article's CANDIDATES × k best
    by the part of their similarity found so."""
    count = len(similar)
    candidates = _candidates(similar.rare, _windows(similar.common), count)
    edges: Edges = {}
    for i, found in enumerate(candidates):
        best = heapq.nlargest(k, ((similar(i, j), j) for _, j in heapq.nlargest(CANDIDATES * k, found)))
        for value, j in best:
            edges[min(i, j), max(i, j)] = value
    return edges


def _discount(
    a: Signals, a_scene: tuple[scene.Scene, str | None], b: Signals, b_scene: tuple[scene.Scene, str | None]
) -> float:
    """What the similarity of articles a and b is multiplied by, given their scenes and central persons
    (`*_scene`): ONE_SCENE when they name one town on one day; unless they are anchored to one
    incident, PEOPLE_APART, TOLLS_APART, TOWNS_APART and DAYS_APART when their people and places,
    counts of dead, towns or days differ, and what the time between their publication says unless they
    follow one person."""
    factor = ONE_SCENE if scene.one_scene(a, a_scene[0], b, b_scene[0]) else 1.0
    if scene.anchored(a, b):
        return factor
    if scene.people_apart(a, b) or scene.streets_apart(a, b) or scene.ages_apart(a, b):
        factor *= PEOPLE_APART
    if scene.tolls_apart(a, b):
        factor *= TOLLS_APART
    if scene.towns_apart(a, a_scene[0], b, b_scene[0]):
        factor *= TOWNS_APART
    if scene.days_apart(a, a_scene[0], b, b_scene[0]):
        factor *= DAYS_APART
    days = dates.days_apart(a, b)
    if days and days > dates.STORY_DAYS and not protagonists.share(a, a_scene[1], b, b_scene[1]):
        factor *= dates.in_time(days)
    return factor


def _rare_part(vectors: Sequence[Vector], having: collections.Counter) -> dict[int, float]:
    """i * N + j (i < j) → the dot product of articles i and j over the features at most BLOCKING_SHARE
    articles have, for every pair sharing one: an inverted index, at most BLOCKING_SHARE² pairs a feature."""
    postings: dict[str, list[tuple[int, float]]] = collections.defaultdict(list)
    for index, vector in enumerate(vectors):
        for feature, value in vector.items():
            if having[feature] <= BLOCKING_SHARE:
                postings[feature].append((index, value))
    count = len(vectors)
    part: dict[int, float] = {}
    for articles in postings.values():
        for position, (i, x) in enumerate(articles):
            row = i * count
            for j, y in articles[position + 1 :]:
                part[row + j] = part.get(row + j, 0.0) + x * y
    return part


def _windows(common: Sequence[Vector]) -> dict[int, float]:
    """i * N + j (i < j) → the dot product of articles i and j over the features more than BLOCKING_SHARE
    articles have, through which they were paired: each such feature lists its articles in an order it
    sets (a stride from a digest of its name, the same on any machine) and pairs each with the WINDOW
    next, so that its pairs reach across the list whatever order the articles came in (`common`: each
    article's features that many articles have)."""
    count = len(common)
    part: dict[int, float] = {}
    frequent = frequent_words()
    postings: dict[str, list[tuple[int, float]]] = collections.defaultdict(list)
    for index, vector in enumerate(common):
        for feature, value in vector.items():
            if feature not in frequent:  # a word of common English: common across stories, it finds none
                postings[feature].append((index, value))
    for feature, articles in postings.items():
        size = len(articles)
        seed = zlib.crc32(feature.encode("utf-8", "surrogatepass"))
        for step in range(1, WINDOW + 1):
            stride = 1 + (seed * step) % (size - 1)
            for position, (i, x) in enumerate(articles):
                j, y = articles[(position + stride) % size]
                pair = i * count + j if i < j else j * count + i
                part[pair] = part.get(pair, 0.0) + x * y
    return part


def _candidates(
    rare_part: dict[int, float], windows: dict[int, float], count: int
) -> list[list[tuple[float, int]]]:
    """For each article, (the part of the similarity found, other article) for every article with which
    its rare features and the windows of its common ones make at least WEAKEST_CANDIDATE."""
    found: list[list[tuple[float, int]]] = [[] for _ in range(count)]
    for pair in rare_part.keys() | windows.keys():
        part = rare_part.get(pair, 0.0) + windows.get(pair, 0.0)
        if part < WEAKEST_CANDIDATE:
            continue
        i, j = divmod(pair, count)
        found[i].append((part, j))
        found[j].append((part, i))
    return found
