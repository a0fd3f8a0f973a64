"""One word's shape: is it a given name, is it a common English word. Both read tables built once
per process (gender-guesser's given names, wordfreq's frequencies)."""

from __future__ import annotations

import functools

import gender_guesser.detector
from unidecode import unidecode
from wordfreq import get_frequency_list, zipf_frequency

from .lexicon import TITLE_WORDS
from .tables import shared

COMMON = 3.6
"""wordfreq Zipf frequency above which a word is a common English word."""
EVERYDAY = 5.5
"""... and above which it is one of the commonest ("way", "new"), never a first name."""


def given_names() -> gender_guesser.detector.Detector:
    """The process's table of given names."""
    return shared("given names", lambda: gender_guesser.detector.Detector(case_sensitive=False))


def frequent_words() -> dict[str, float]:
    """The Zipf frequency of each plain ASCII word at least as frequent as COMMON, from
    wordfreq's own list: a table small enough to store, where wordfreq's takes a tenth of a second to load."""

    def build() -> dict[str, float]:
        frequent: dict[str, float] = {}
        for band, words in enumerate(get_frequency_list("en")):
            zipf = round(
                9 - band / 100, 2
            )  # the bands are centibels below a frequency of 1, as wordfreq rounds them
            if zipf < COMMON:
                break
            frequent.update((word, zipf) for word in words if word.isascii() and word.isalpha())
        return frequent

    return shared("frequent words", build)


@functools.lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """A first name in the gender-guesser gazetteer (transliterated when not Latin), or two joined by a
    hyphen."""
    if len(word) < 2 or word.lower() in TITLE_WORDS:
        return False  # "General", "Major" are in the list, but before a name they are titles
    if given_names().get_gender(unidecode(word)) != "unknown":
        return True
    # Two first names joined by a hyphen, which the list may not hold ("Hans-Dietrich", "Mary-Kate").
    parts = word.split("-")
    return len(parts) == 2 and all(part[:1].isupper() and is_given_name(part) for part in parts)


def is_frequent(word: str, zipf: float) -> bool:
    """English uses `word` at least `zipf` (not below COMMON) on wordfreq's Zipf scale. Words
    other than plain ASCII ones ("jean-pierre", "we're") are split by wordfreq's tokenizer: it decides."""
    lower = word.lower()
    if lower.isascii() and lower.isalpha():
        return frequent_words().get(lower, 0.0) >= zipf
    return zipf_frequency(lower, "en") >= zipf


@functools.lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """A word English uses often enough that a capital may only mean a sentence starts."""
    return is_frequent(word, COMMON)


def is_everyday_word(word: str) -> bool:
    """One of the commonest English words ("way", "new"), which is never a first name."""
    return is_frequent(word, EVERYDAY)
