"""URL-safe, stable names for pages."""

from __future__ import annotations

import hashlib
import re
from typing import Callable

from unidecode import unidecode

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Turn any name into a lowercase ASCII slug.

    Non-Latin scripts are transliterated; a name with nothing left (emoji, symbols) gets
    a short hash, so every name has a valid, stable URL and none can climb out of its folder.
    """
    slug = _NOT_SLUG.sub("-", unidecode(text).lower()).strip("-")[:80].strip("-")
    return slug or "x-" + _hash(text, 8)


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
    Callers pass names in order of priority.
    """
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for key, name in names:
        candidate = slug(name)
        if candidate in taken:
            hashed = candidate = f"{candidate}-{_hash(key, 6)}"
            # A name can itself look like "kyiv-1a2b3c": count on from there, in the same order.
            number = 1
            while candidate in taken:
                number += 1
                candidate = f"{hashed}-{number}"
        taken.add(candidate)
        slugs[key] = candidate
    return slugs


def _hash(text: str, length: int) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]
