"""Sentences: where one ends and the next begins, for every step that reads, cites or quotes them.

A sentence ends at a stop (. ! ?), perhaps closed by a quotation mark, before white space and a
capital, perhaps opened by a quotation mark: `He left. “We…`. A paragraph can be a whole article,
so a paragraph's sentences are found once and looked up by offset.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .datelines import without_dateline
from .months import MONTH_ABBREVIATIONS

LAST_WORD_SPAN = 19
"""How far before a stop the word it may abbreviate is looked for (the longest is shorter)."""
_LAST_WORD = re.compile(r"([\w.']+)\.[”\"’']?$")
"""The word a full stop ends, perhaps inside a closing quotation mark: "U.S" in "Troops leave the U.S."."""
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|[A-Z]")
"""Initials: "U.S", "L.A", and a middle initial, "W" in "John W. Henry"."""


@dataclass(frozen=True)
class Splitter:
    """One way to tell where sentences break."""

    closing_quotes: str = '”"’'
    """Quotation marks that may stand between a stop and the space after it (`…so.” Then`)."""
    opening_quotes: str = '“"'
    """Quotation marks that may stand between the space and the capital (`…so. “Then`)."""
    quote_opens: bool = False
    """An opening quotation mark starts a sentence whatever follows it (`…so. “then`), not only a capital."""
    abbreviations: frozenset[str] = frozenset()
    """Words (lowercase, without their stop) after which a full stop ends no sentence ("Gov. Sarah Palin")."""

    @functools.cached_property
    def _break(self) -> re.Pattern[str]:
        """A break from the stop to the next sentence's first character: `. ` in `He left. We…`."""
        closing = f"[{self.closing_quotes}]?" if self.closing_quotes else ""
        opening = f"[A-Z{self.opening_quotes}]" if self.quote_opens else f"[{self.opening_quotes}]?[A-Z]"
        return re.compile(rf"[.!?]{closing}\s+(?={opening})")

    @functools.cached_property
    def _end(self) -> re.Pattern[str]:
        """A break, or a stop at the end of the text."""
        closing = f"[{self.closing_quotes}]?" if self.closing_quotes else ""
        return re.compile(rf"{self._break.pattern}|[.!?]{closing}$")

    def _abbreviated(self, text: str, stop: int) -> bool:
        """The full stop at `stop` ends one of `abbreviations`, or initials."""
        word = _LAST_WORD.search(text, max(0, stop - LAST_WORD_SPAN), stop + 1)
        return bool(word) and abbreviated(word.group(1), self.abbreviations)

    def breaks(self, text: str, end: int | None = None) -> Iterator[re.Match[str]]:
        """Each break in `text` (before character `end`), from its stop to the next sentence's start."""
        found = self._break.finditer(text, 0, len(text) if end is None else end)
        if not self.abbreviations:
            return found
        return (match for match in found if not self._abbreviated(text, match.start()))

    def first(self, text: str, *, with_stop: bool = False) -> str:
        """The first sentence of `text`, without its stop unless `with_stop` (all of `text` when it
        has one sentence)."""
        found = next(self.breaks(text), None)
        if found is None:
            return text
        return text[: found.start() + 1] if with_stop else text[: found.start()]

    def last_start(self, text: str) -> int:
        """Where the last sentence of `text` starts."""
        start = 0
        for found in self.breaks(text):
            start = found.end()
        return start

    def starts(self, text: str, end: int | None = None) -> list[int]:
        """Where each sentence of `text` (up to character `end`) starts."""
        return [0, *(found.end() for found in self.breaks(text, end))]

    def bounds(self, text: str) -> SentenceBounds:
        """The sentences of `text`, found once, for looking up the one around an offset."""
        ends = self._end.finditer(text)
        if self.abbreviations:
            ends = (end for end in ends if end.end() == len(text) or not self._abbreviated(text, end.start()))
        return SentenceBounds(len(text), list(ends))


class SentenceBounds:
    """Where a text's sentences begin and end."""

    def __init__(self, length: int, ends: list[re.Match[str]]) -> None:
        self.length = length
        # Every end but one at the end of the text is a break, and the next sentence starts after it.
        self.starts = [found.end() for found in ends if found.end() < length]
        self.end_starts = [found.start() for found in ends]
        self.ends = [found.end() for found in ends]

    def of(self, offset: int) -> tuple[int, int]:
        """The sentence around the character at `offset`: (its first, just past it and the space after)."""
        # A break ending at `offset` counts: a figure can begin its sentence ("Twelve people…").
        before = bisect.bisect_right(self.starts, offset)
        after = bisect.bisect_left(self.end_starts, offset)
        return (self.starts[before - 1] if before else 0), (
            self.ends[after] if after < len(self.ends) else self.length
        )


QUOTATION = re.compile(r"“[^“”]+”|\"[^\"]+\"|``.+?''")
"""Words in quotation marks: `“…”`, `"…"`, or ``` ``…'' ``` as text rebuilt from tokens writes them."""

SENTENCES = Splitter()
"""Sentences as a reader sees them: `He left.” Then…` breaks after the closing quotation mark."""


_MONTHS_ENDING_SENTENCES = frozenset({"jun", "jul"})
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gov sen rep gen lt col sgt capt cmdr adm maj cpl pvt insp supt det rev fr st mt ft
    jr sr no vs u.s u.k u.n d.c a.m p.m""".split()
) | (frozenset(MONTH_ABBREVIATIONS) - _MONTHS_ENDING_SENTENCES)
"""Words written with a full stop that ends no sentence ("Gov. Sarah Palin", "U.S. officials",
"Sept. 11"); after "Jun." and "Jul.", a full stop is taken to end the sentence."""
COMPANY_ABBREVIATIONS = frozenset({"inc", "corp", "co", "ltd"})
"""A company's legal form ("Apple Inc. CEO Steve Jobs"). A sentence often ends with one ("…said
Apple Inc. The company…"), so the pages' splitter ends it there; the extractor's tokens and the
entity benchmark's annotated region read on (the tokens still open a sentence at "The")."""

READER = Splitter(closing_quotes='”"', abbreviations=ABBREVIATIONS)
"""Sentences as the pages cite them: a stop before no capital ends none, nor one after an abbreviation
or initials."""

HEADLINE = Splitter(closing_quotes="”\"’'", opening_quotes="“\"‘'", abbreviations=ABBREVIATIONS)
"""Sentences as a title is made of an article's lead: single quotation marks close and open them too,
and a title is not cut at an abbreviation ("According to this L.A. Times story…")."""


def abbreviated(word: str, abbreviations: frozenset[str] = ABBREVIATIONS) -> bool:
    """Whether a full stop after `word` ends no sentence: an abbreviation ("Gov", "Sept", "St") or
    initials ("U.S", "L.A", the "W" of "John W. Henry")."""
    return word.casefold() in abbreviations or bool(_INITIALS.fullmatch(word))


def ends_abbreviated(text: str) -> bool:
    """Whether `text` ends with a full stop that ends no sentence ("…now on the U.S.")."""
    word = _LAST_WORD.search(text)
    return bool(word) and abbreviated(word.group(1))


def sentences(text: str, splitter: Splitter = READER) -> list[tuple[int, str]]:
    """Each sentence of `text`, with the character where it starts, as the pages cite them (or as
    `splitter` tells)."""
    bounds = [*splitter.starts(text), len(text)]
    return [(start, text[start:end].rstrip()) for start, end in itertools.pairwise(bounds)]


def lead_sentence(text: str) -> str:
    """The first sentence of a paragraph, without a dateline."""
    return sentences(without_dateline(text))[0][1].strip()


def sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` that contains character `offset`, without a dateline."""
    for start, sentence in sentences(text):
        if start <= offset < start + len(sentence):
            return without_dateline(sentence).strip()
    return ""


def before_in_sentence(text: str, offset: int) -> str:
    """The words of the sentence of `text` that come before character `offset`."""
    return text[READER.starts(text, offset)[-1] : offset]
