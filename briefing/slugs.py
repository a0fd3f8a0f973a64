"""URL-safe, stable names for pages."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from unidecode import unidecode

from .characters import quoted
from .model import Problem

if TYPE_CHECKING:
    from .model import Entity, Extraction

_NOT_SLUG = re.compile(r"[^a-z0-9]+")

SLUG_LENGTH = 80
"""The most characters of a slug: a name longer than that is cut."""
STORY_SLUG_WORDS = 8
"""A story's slug is made of its title's first words: enough to tell it, short enough to read."""
RESERVED = frozenset({"index"})
"""Page names the site gives itself in every folder (a folder's index page): no slug takes one,
so that an article `index.txt` or a person called Index cannot replace an index."""


def slugify(text: str) -> str:
    """Turn any name into a lowercase ASCII slug.

    Non-Latin scripts are transliterated; a name with nothing left (emoji, symbols) gets
    a short hash, so every name has a valid, stable URL and none can climb out of its folder.
    """
    slug = _NOT_SLUG.sub("-", unidecode(text).lower()).strip("-")[:SLUG_LENGTH].strip("-")
    return slug or "x-" + _hash(text, 8)


def story_slug(title: str) -> str:
    """A story's page name: the slug of its title's first STORY_SLUG_WORDS words, the one name that
    its page, its link and an editor's rule naming it by title or by slug all read."""
    return slugify(" ".join(re.findall(r"\w[\w'’.-]*", title)[:STORY_SLUG_WORDS]))


def path_slug(path: str) -> str:
    """Slug a relative POSIX path folder by folder ("World/Kyїv strike" → "world/kyiv-strike").

    Every part is a slug, so no part can be "..", empty or absolute: the page stays in its folder.
    """
    parts = [part for part in path.split("/") if part not in ("", ".", "..")]
    return "/".join(slugify(part) for part in parts) or slugify(path)


def unique_slugs(names: list[tuple[str, str]], slug: Callable[[str], str] = slugify) -> dict[str, str]:
    """Give each `(key, name)` a slug of its name, distinct from all the others.

    The first of the names whose slugs collide ("Kyiv", then "Kyїv") keeps the plain slug;
    the others are told apart by a hash of their key, so each URL depends only on its own key.
    Callers pass names in order of priority. A slug that ends in a `RESERVED` name is told
    apart in the same way.
    """
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for key, name in names:
        candidate = slug(name)
        if candidate in taken or is_reserved(candidate):
            hashed = candidate = f"{candidate}-{_hash(key, 6)}"
            # A name can itself look like "kyiv-1a2b3c": count on from there, in the same order.
            number = 1
            while candidate in taken:
                number += 1
                candidate = f"{hashed}-{number}"
        taken.add(candidate)
        slugs[key] = candidate
    return slugs


def theme_safe_ids(slugify: Callable[[str, str], str]) -> Callable[[str, str], str]:
    """A heading-id maker (the `slugify` of Markdown's toc extension) that never starts an id with "_".

    The theme's own elements have ids that start with "__" ("__config", "__search", "__drawer"):
    a heading "__config" would take the place of the theme's settings on its page, and search,
    the palette toggle and instant navigation would stop working there.
    """

    def heading_id(value: str, separator: str) -> str:
        return slugify(value, separator).lstrip("_")

    return heading_id


def is_reserved(slug: str) -> bool:
    """Whether a slug (or a path slug's last part) is a page name the site keeps for itself."""
    return slug.rpartition("/")[2] in RESERVED


def _hash(text: str, length: int) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def reserved_name_notes(extractions: Sequence[Extraction], entities: Mapping[str, Entity]) -> list[Problem]:
    """A note for each entity whose name would have given it a reserved page name, where it is first named."""
    renamed = {id for id, entity in entities.items() if is_reserved(slugify(entity.name))}
    notes = []
    for extraction in extractions if renamed else ():
        for mention in extraction.mentions:
            if mention.entity in renamed:
                renamed.discard(mention.entity)
                entity = entities[mention.entity]
                notes.append(
                    Problem(
                        extraction.article.path,
                        extraction.article.paragraphs[mention.paragraph].line,
                        f"the {entity.kind} {quoted(entity.name)} has the page name {entity.id!r}: "
                        f"{slugify(entity.name)!r} names the page that lists every {entity.kind}",
                        "info",
                    )
                )
    return notes
