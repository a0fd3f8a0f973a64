"""Rendered pages kept between builds, each with a signature of what it was rendered from.

A rebuild renders again only the pages whose signature changed. A signature describes what
the bundled templates read for a page: an article page, its article (path, slug and content
digest, which fix its text and extraction), its story, the entity of each mention and the figures' pages;
an entity or measure page, its subject and the signatures of the articles it quotes. Entity records are
not in those signatures: when an entity's record changes, its page and every page that may
link it (the articles that mention it, the entities named with it) are stale. Signatures are
kept as digests, so a rebuild reads little more than the pages themselves.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..cache import ShardedStore, code_version, hash_files, read_pickle, remove_other_versions, write_pickle

if TYPE_CHECKING:
    from ..model import Entity, Extraction
    from .site import Site


def render_key(templates: list[Path], directory_urls: bool) -> str:
    """What every page depends on: the code, the templates' text and how pages are addressed."""
    digest = hashlib.sha256(f"{code_version()}\0{directory_urls}\0".encode())
    for folder in templates:
        hash_files(digest, folder, sorted(f for f in folder.rglob("*") if f.is_file()))
    return digest.hexdigest()


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
    (their signatures, in order) say of it. An entity's own record is checked apart (`PageCache.begin`)."""
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


class PageCache:
    """The pages of the last build under one render key, read once; written where they changed."""

    def __init__(self, folder: Path, key: str) -> None:
        self.folder = folder / key[:16]
        self.store = ShardedStore(self.folder / "pages")
        entities = read_pickle(self.folder / "entities.pickle")
        usable = isinstance(entities, dict)
        self._entities: dict[str, Entity] = entities if usable else {}
        self._pages: dict[str, tuple[str, str]] = self.store.read() if usable else {}
        self._fresh: dict[str, tuple[str, str]] = {}
        self._stale: set[str] = set()
        self.reused = 0

    def begin(self, site: Site) -> None:
        """Mark stale the pages that may link an entity whose record is not the one they were rendered with."""
        entities = site.briefing.entities
        changed = {id for id, entity in entities.items() if self._entities.get(id) != entity}
        self._stale.update(site.entity_page(entities[id]) for id in changed)
        for extraction in site.briefing.extractions:
            named = {m.entity for m in extraction.mentions}
            if named & changed:
                self._stale.add(site.article_page(extraction.article))
                self._stale.update(site.entity_page(entities[id]) for id in named if id in entities)

    def get(self, path: str, signature: str) -> str | None:
        """The page as last rendered, if it was rendered from the same `signature` and is not stale."""
        stored = self._pages.get(path)
        if stored is None or path in self._stale or stored[0] != signature:
            return None
        self._fresh[path] = stored
        self.reused += 1
        return stored[1]

    def put(self, path: str, signature: str, markdown: str) -> None:
        self._fresh[path] = (signature, markdown)

    def save(self, entities: dict[str, Entity]) -> None:
        """Keep this build's pages: rewrite the files of pages rendered anew or gone, and the
        entities if they changed; drop the pages of other code, template and address versions."""
        changed = (self._fresh.keys() ^ self._pages.keys()) | {
            path for path, entry in self._fresh.items() if entry is not self._pages.get(path)
        }
        if entities != self._entities or not (self.folder / "entities.pickle").exists():
            write_pickle(self.folder / "entities.pickle", entities)
        self.store.write(self._fresh, changed)
        remove_other_versions(self.folder)
