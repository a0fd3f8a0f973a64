"""Sentences: where one ends and the next begins, for every step that reads, cites or quotes them.

A sentence ends at a stop (. ! ?), perhaps closed by a quotation mark, before white space and a
capital, perhaps opened by a quotation mark: `He left. “We…`. A paragraph can be a whole article,
so a paragraph's sentences are found once and looked up by offset.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Splitter:
    """One way to tell where sentences break."""

    closing_quotes: str = "”\"’"
    """Quotation marks that may stand between a stop and the space after it (`…so.” Then`)."""
    opening_quotes: str = "“\""
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
        return (self.starts[before - 1] if before else 0), (self.ends[after] if after < len(self.ends) else self.length)


QUOTATION = re.compile(r"“[^“”]+”|\"[^\"]+\"|``.+?''")
"""Words in quotation marks: `“…”`, `"…"`, or ``` ``…'' ``` as text rebuilt from tokens writes them."""

SENTENCES = Splitter()
"""Sentences as a reader sees them: `He left.” Then…` breaks after the closing quotation mark."""
