"""URL-safe, stable names for pages."""

from __future__ import annotations

import hashlib
import re

from unidecode import unidecode

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Turn any name into a lowercase ASCII slug.

    Non-Latin scripts are transliterated; a name with nothing left (emoji, symbols) gets
    a short hash, so every name has a valid, stable URL and none can climb out of its folder.
    """
    slug = _NOT_SLUG.sub("-", unidecode(text).lower()).strip("-")[:80].strip("-")
    return slug or "x-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def unique_slugs(names: list[tuple[str, str]]) -> dict[str, str]:
    """Give each `(key, name)` a slug of its name, distinct from all the others.

    The first of the names whose slugs collide ("Kyiv", then "Kyїv") keeps the plain slug;
    the others are told apart by a hash of their key, so each URL depends only on its own key.
    Callers pass names in order of priority.
    """
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for key, name in names:
        slug = slugify(name)
        if slug in taken:
            slug = f"{slug}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:6]}"
        taken.add(slug)
        slugs[key] = slug
    return slugs
