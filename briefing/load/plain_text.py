"""What a plain-text article says about itself in its first lines: a header and a title (its
dateline is read by `briefing.datelines`)."""

from __future__ import annotations

import datetime
import re
from typing import NamedTuple

from ..headlines import headline
from ..model import Problem
from ..sentences import HEADLINE
from .dates import parse_date

_HEADER = re.compile(
    r"""^\s* date \s+ (?P<date>\d{4}-\d{2}-\d{2})   # date 2024-03-02
        \s+ by \s+ (?P<byline>.+?) \s*$             # By Jane Doe and John Roe, Reuters
    """,
    re.IGNORECASE | re.VERBOSE,
)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
HEADLINE_WORDS = 16
"""A first line of more words than this is a sentence of the story, not its headline."""
HEADLINE_CHARACTERS = 120
"""Nor is one longer than this."""
HEADLINE_CAPITALS = 0.7
"""A first line that ends like a sentence is a headline when this share of its words are capitalized."""
DERIVED_TITLE = 90
"""The most characters of a title made of the lead sentence, before it is cut at a word."""


def read_byline(byline: str) -> tuple[tuple[str, ...], str | None]:
    """Authors and outlet from "A, B, and C, CNN": the last item is the outlet."""
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", byline) if p.strip()]
    if len(parts) < 2:
        return tuple(parts), None
    return tuple(parts[:-1]), parts[-1]


def looks_like_title(text: str) -> bool:
    """A short first line that reads like a headline, not a sentence of the story."""
    words = text.split()
    if not 1 <= len(words) <= HEADLINE_WORDS or len(text) > HEADLINE_CHARACTERS:
        return False
    if not text.rstrip("\"”’'").endswith((".", "!", "?", ":", ",", ";")):
        return True
    capitalized = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalized >= HEADLINE_CAPITALS * len(words)


def lead_title(text: str, limit: int = DERIVED_TITLE) -> str:
    """A readable title from the lead sentence: its first clause, cut at a word boundary, read as
    a headline ("Lawyer: Lindsay Lohan checks into rehab facility" for "Lawyer : Lindsay Lohan
    checks into rehab facility.")."""
    sentence = headline(HEADLINE.first(text, with_stop=True))
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return cut + "…"


class Header(NamedTuple):
    """What a header line says: "date 2024-03-02 By Jane Doe and John Roe, Reuters"."""

    date: datetime.date | None
    authors: tuple[str, ...]
    outlet: str | None


def read_header(
    paragraphs: list[tuple[str, int]], name: str, problems: list[Problem]
) -> tuple[list[tuple[str, int]], Header | None]:
    """The paragraphs without a header line, and what it says (None when there is none).
    A date that is no day of the calendar ("2025-02-30") is a problem; the article is read undated."""
    header = _HEADER.match(paragraphs[0][0])
    if header is None:
        return paragraphs, None
    date = parse_date(header["date"])
    if date is None:
        problems.append(
            Problem(
                name,
                paragraphs[0][1],
                f"header date {header['date']!r} is not a date; the article is read without one",
            )
        )
    authors, outlet = read_byline(header["byline"])
    return paragraphs[1:], Header(date, authors, outlet)


def title_line(paragraphs: list[tuple[str, int]], markdown: bool) -> tuple[str | None, list[tuple[str, int]]]:
    """The title an article's first line gives (a Markdown heading, or a headline), and the rest."""
    if len(paragraphs) < 2:
        return None, paragraphs
    first = paragraphs[0][0]
    if markdown and _MARKDOWN_HEADING.match(first):
        return _MARKDOWN_HEADING.sub("", first), paragraphs[1:]
    if looks_like_title(first):
        return first, paragraphs[1:]
    return None, paragraphs
