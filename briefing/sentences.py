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


@dataclass(frozen=True)
class Splitter:
    """One way to tell where sentences break."""

    closing_quotes: str = '”"’'
    """Quotation marks that may stand between a stop and the space after it (`…so.” Then`)."""
    opening_quotes: str = '“"'
    """Quotation marks that may stand between the space and the capital (`…so. “Then`)."""
    quote_opens: bool = False
    """An opening quotation mark starts a sentence whatever follows it (`…so. “then`), not only a capital."""

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

    def first(self, text: str) -> str:
        """The first sentence of `text`, without its stop (all of `text` when it has one sentence)."""
        found = self._break.search(text)
        return text[: found.start()] if found else text

    def breaks(self, text: str, end: int) -> Iterator[re.Match[str]]:
        """Each break in `text` before character `end`, from its stop to the next sentence's first character."""
        return self._break.finditer(text, 0, end)

    def last_start(self, text: str) -> int:
        """Where the last sentence of `text` starts."""
        start = 0
        for found in self._break.finditer(text):
            start = found.end()
        return start

    def bounds(self, text: str) -> SentenceBounds:
        """The sentences of `text`, found once, for looking up the one around an offset."""
        return SentenceBounds(len(text), list(self._end.finditer(text)))


class SentenceBounds:
    """Where a text's sentences begin and end."""

    def __init__(self, length: int, ends: list[re.Match[str]]) -> None:
        self.length = length
        # Every end but one at the end of the text is a break, and the next sentence starts after it.
        self.starts = [found.end() for found in ends if found.end() < length]
        self.end_starts = [found.start() for found in ends]
        self.ends = [found.end() for found in ends]

    def of(self, offset: int) -> tuple[int, int]:
        """The sentence around the character at `offset`, as (first, just past last, with the space after it)."""
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


READER = Splitter(closing_quotes='”"')
"""Sentences as the pages cite them: a stop not followed by a capital ends none."""

ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gov",
        "sen",
        "rep",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "cpl",
        "pvt",
        "insp",
        "supt",
        "det",
        "rev",
        "fr",
        "st",
        "mt",
        "ft",
        "jr",
        "sr",
        "no",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "d.c",
        "a.m",
        "p.m",
    }
)
"""Words written with a full stop that ends no sentence ("Gov. Sarah Palin", "U.S. officials")."""
_LAST_WORD = re.compile(r"([\w.']+)\.[”\"]?$")
# "Kyiv, Ukraine (CNN) — " or "LONDON — " before a lead sentence.
DATELINE = re.compile(r"^[^—–]{1,80}?\)\s*[—–-]+\s*|^[A-Z][A-Za-z .,']{1,40}\s[—–]\s")


def starts(text: str, end: int | None = None) -> list[int]:
    """Where each sentence of `text` (up to character `end`) starts, as a reader sees them."""
    found = [0]
    for match in READER.breaks(text, len(text) if end is None else end):
        word = _LAST_WORD.search(text, max(0, match.start() - 19), match.start() + 1)
        if not (word and word.group(1).casefold() in ABBREVIATIONS):
            found.append(match.end())
    return found


def sentences(text: str) -> list[tuple[int, str]]:
    """Each sentence of `text`, with the character where it starts."""
    bounds = [*starts(text), len(text)]
    return [(start, text[start:end].rstrip()) for start, end in itertools.pairwise(bounds)]


def lead_sentence(text: str) -> str:
    """The first sentence of a paragraph, without a dateline."""
    return sentences(DATELINE.sub("", text, count=1))[0][1].strip()


def sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` that contains character `offset`, without a dateline."""
    for start, sentence in sentences(text):
        if start <= offset < start + len(sentence):
            return DATELINE.sub("", sentence, count=1).strip()
    return ""


def before_in_sentence(text: str, offset: int) -> str:
    """The words of the sentence of `text` that come before character `offset`."""
    return text[starts(text, offset)[-1] : offset]
