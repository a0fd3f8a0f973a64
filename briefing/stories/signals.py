"""What an article tells about the event it reports: its words, names and numbers, the first weighing most.

News states its event first (the inverted pyramid): a word weighs less the further into the article it
stands, and only the lead's first few hundred words are read. Names and numbers say which event an
article reports; the words of common English say what kind of event ("quake", "rehab", "fired"), which
two events of one kind share: a dictionary word weighs half as much as a name.

Each feature also has a commonness: the chance that an ordinary news article, of any story, has it.
A name or word that English uses rarely marks a story even in a folder of two articles, where
counting articles says nothing.
"""

from __future__ import annotations

import collections
import datetime
import functools
import math
import re
import unicodedata
from dataclasses import dataclass

from ..extract.gazetteer import fold
from ..extract.words import frequent_words
from ..model import Article, Extraction

LEAD_WORDS = 300
"""Words read from the start of an article (title and dateline first)."""
LEAD_CHARACTERS = 20 * LEAD_WORDS
"""Characters of a paragraph read at the most: LEAD_WORDS words however long the paragraph."""
HALF_WEIGHT = 100
"""A word this many words into the article weighs half as much as the first."""
DICTIONARY_WEIGHT = 0.5
"""How much a word of the frequency table (common English, Zipf frequency 3.6 or more) weighs against
a word that is not in it (a name, a number, a rare word)."""
ARTICLE_WORDS = 400
"""The length of an ordinary news article, in words: a word of frequency f is in about f × this many."""
EVERYDAY_ZIPF = 5.5
"""Words at least this frequent in English (wordfreq's Zipf scale: "the", "said", "new") say nothing of
a story."""
RARE_ZIPF = 3.0
"""The Zipf frequency assumed for words too rare for the frequency table, names among them."""
NUMBER_ZIPF = 4.0
"""The Zipf frequency assumed for a number as written ("17-28", "5.6", "2013")."""

# A word, with the marks inside it: "kilroy-silk", "u.s", "5.6", "1,000", "17-28". No colon: features
# other than words are written "kind:name".
_WORD = re.compile(r"[^\W_]+(?:['.,-][^\W_]+)*")
_POSSESSIVE = re.compile(r"'s\b")
_COMBINING = re.compile(r"[\u0300-\u036f]")
_KNOWN_WORDS: dict[str, float | None] = {}  # word → its commonness, as word_commonness found it


@dataclass(frozen=True)
class Signals:
    """The features of one article, each with how much the article says it."""

    weights: dict[str, float]
    """Feature → weight. A feature is a word ("kyiv"), a name ("person:tara reid", "place:geonames:703448",
    "organization:red sox") or a figure ("figure:killed=9")."""
    commonness: dict[str, float]
    """Name or figure → the chance that an ordinary news article has it, whatever its story (a word's
    is `word_commonness`)."""
    names: dict[str, str]
    """Person, organization or place → the last word of its name as written ("person:tara reid" →
    "reid")."""
    published: datetime.date | None = None
    """The article's publication date, when known."""


def signals(extraction: Extraction) -> Signals:
    """The words of an article's title, dateline and lead, the people, places and organizations it names,
    the figures it reports, and its publication date. Each feature weighs (1 + ln count) × HALF_WEIGHT /
    (HALF_WEIGHT + position), position being the number of words before its first occurrence (times
    DICTIONARY_WEIGHT for a dictionary word)."""
    words, starts = _lead(extraction.article)
    weights = _word_weights(words)
    first: dict[str, int] = {}  # name or figure → the position of its first occurrence
    occurrences = []
    commonness: dict[str, float] = {}
    last_words: dict[str, str] = {}
    for mention in extraction.mentions:
        if mention.paragraph < len(starts):
            feature = f"{mention.kind}:{mention.place_id or fold(mention.key)}"
            position = starts[mention.paragraph] + mention.start // 6  # about six characters a word
            first[feature] = min(position, first.get(feature, position))
            occurrences.append(feature)
            if feature not in last_words:
                commonness[feature] = _name_commonness(mention.text)
                last_words[feature] = (_words(mention.text) or [""])[-1]
    for figure in extraction.figures:
        if figure.paragraph < len(starts):
            # A count of another event the article recalls ("half a million homeless" of a quake in China)
            # is as much a feature of what it reports, apart from its own.
            feature = f"figure:{figure.measure}={figure.value:g}" + (
                f"@{figure.event}" if figure.event else ""
            )
            first[feature] = min(starts[figure.paragraph], first.get(feature, starts[figure.paragraph]))
            occurrences.append(feature)
            commonness[feature] = _commonness(NUMBER_ZIPF)
    weights.update(_weights(first, occurrences))
    return Signals(weights, commonness, last_words, extraction.article.date)


def word_commonness(word: str) -> float | None:
    """The chance that an ordinary news article has `word`; None for an everyday word or a lone
    letter or digit, which is no feature at all. Remembered for the process."""
    if word in _KNOWN_WORDS:
        return _KNOWN_WORDS[word]
    if len(word) < 2:
        common = None
    elif word.isalpha():
        zipf = frequent_words().get(word, RARE_ZIPF)
        common = None if zipf >= EVERYDAY_ZIPF else _commonness(zipf)
    else:
        common = _commonness(NUMBER_ZIPF) if any(c.isdigit() for c in word) else _name_commonness(word)
    _KNOWN_WORDS[word] = common
    return common


def _lead(article: Article) -> tuple[list[str], list[int]]:
    """The first LEAD_WORDS words of an article (dateline and title first), and the position of each
    paragraph's first word, for the paragraphs read."""
    opening = [article.dateline or ""] + ([] if article.title_derived else [article.title])
    words = _words(" ".join(opening))
    starts = []
    for paragraph in article.paragraphs:
        if len(words) >= LEAD_WORDS:
            break
        starts.append(len(words))
        words.extend(_words(paragraph.text[:LEAD_CHARACTERS]))
    return words[:LEAD_WORDS], starts


def _word_weights(words: list[str]) -> dict[str, float]:
    """The weight of each word that is a feature."""
    first = dict(zip(reversed(words), range(len(words) - 1, -1, -1), strict=True))
    frequent = frequent_words()
    known = _KNOWN_WORDS
    return {
        word: weight * DICTIONARY_WEIGHT if word in frequent else weight
        for word, weight in _weights(first, words).items()
        if (known[word] if word in known else word_commonness(word)) is not None
    }


def _weights(first: dict[str, int], occurrences: list[str]) -> dict[str, float]:
    """(1 + ln count) × HALF_WEIGHT / (HALF_WEIGHT + first position) for each feature, given the
    position of its first occurrence and the list of its `occurrences`."""
    return {
        feature: HALF_WEIGHT / (HALF_WEIGHT + first[feature]) * (1 + math.log(count) if count > 1 else 1.0)
        for feature, count in collections.Counter(occurrences).items()
    }


def _words(text: str) -> list[str]:
    """The words of `text` in lower case without accents, without possessives ("Ukraine’s" → "ukraine")."""
    text = text.lower()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text)).replace("’", "'")
    return _WORD.findall(_POSSESSIVE.sub("", text))


@functools.lru_cache(maxsize=65536)
def _name_commonness(name: str) -> float:
    """A name is as common as its rarest word ("United States" is common, "Tara Reid" is not)."""
    frequent = frequent_words()
    zipfs = [frequent.get(word, RARE_ZIPF) for word in re.findall(r"[a-z]+", fold(name))]
    return _commonness(min(zipfs, default=RARE_ZIPF))


def _commonness(zipf: float) -> float:
    return min(1.0, ARTICLE_WORDS * 10 ** (zipf - 9))
