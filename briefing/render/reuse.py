"""Pages reused from an earlier build: what rendering asks of whatever keeps them (`Reuse`), and
the signature of what each page shows, by which a kept page is known to be still right.

A signature describes what the bundled templates read for a page: an article page, its article
(path, slug and content digest, which fix its text and extraction), its story, the entity of
each mention and the figures' pages; an entity or measure page, its subject and the signatures
of the articles it quotes. Entity records are not in those signatures: when an entity's record
changes, the pages that may show it (`showing`) are stale. Signatures are digests, so a store
of pages holds little more than the pages themselves.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .paths import Paths

if TYPE_CHECKING:
    from ..model import Briefing, Extraction
    from .site import Site


class Reuse(Protocol):
    """Pages and compiled templates an earlier build left (`briefing.speed.pages.PageCache` keeps them)."""

    compiled: Path
    """A folder where templates compiled once are kept for the next process."""

    def page(self, path: str, signature: str) -> str | None:
        """The page at `path` as an earlier build rendered it from `signature`, or None."""

    def rendered(self, path: str, signature: str, markdown: str) -> None:
        """A page rendered in this build, from `signature`, for the next."""


def signature_of(shows: object) -> str:
    """The signature of a page that shows `shows`: a string as it is (the article and entity
    signatures are digests already), anything else (numbers, dates, tuples, the model's
    dataclasses) as a digest of its repr, which, unlike a pickle, is the same for equal values
    however they share their parts (a cold build's and a cached build's do not)."""
    if isinstance(shows, str):
        return shows
    return hashlib.sha256(repr(shows).encode("utf-8", "surrogatepass")).hexdigest()


def _digest(parts: Iterable[str]) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def summary_signature(subject: str, articles: Iterable[str]) -> str:
    """The signature of a page on `subject` (an entity's id, a measure) that shows what `articles`
    (their signatures, in order) say of it. An entity's own record is checked apart (`showing`)."""
    return _digest((subject, *articles))


def article_signature(site: Site, extraction: Extraction) -> str:
    """What an article page shows: its article, its story, its mentions' entities and its figures' pages."""
    article = extraction.article
    story = site.story_of(extraction)
    return _digest(
        (
            article.path,
            article.slug,
            article.digest,
            article.markup,
            story.id,
            story.title,
            str(len(story.articles)),
            *(m.entity or "" for m in extraction.mentions),
            "\1",
            *(site.measure_page(f.measure) for f in extraction.figures),
        )
    )


def showing(briefing: Briefing, entities: set[str]) -> set[str]:
    """The pages that may show the records of `entities` (by id): their own pages, the pages of
    the articles that mention them and the pages of every entity those articles name."""
    records = briefing.entities
    pages = {Paths.entity_page(records[id]) for id in entities}
    for extraction in briefing.extractions:
        named = {m.entity for m in extraction.mentions}
        if named & entities:
            pages.add(Paths.article_page(extraction.article))
            pages.update(Paths.entity_page(records[id]) for id in named if id in records)
    return pages
