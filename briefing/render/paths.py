"""Where each page of a briefing site is, and the links between pages."""

from __future__ import annotations

import collections
import posixpath
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from unidecode import unidecode

if TYPE_CHECKING:
    from ..model import Article, Entity, Story

FOLDERS = {"person": "people", "place": "places", "organization": "organizations"}
"""The folder of each kind of entity's pages."""
T = TypeVar("T")
TIMELINE = "timeline/index.md"


class Paths:
    """Page paths (docs-relative, as MkDocs names its files) and browser links between them."""

    directory_urls: bool
    measure_slugs: dict[str, str]

    @staticmethod
    def article_page(article: Article | str) -> str:
        """The page of an article, given the article or its slug."""
        return f"articles/{article if isinstance(article, str) else article.slug}.md"

    @staticmethod
    def entity_page(entity: Entity) -> str:
        return f"{FOLDERS[entity.kind]}/{entity.id}.md"

    @staticmethod
    def story_page(story: Story) -> str:
        return f"stories/{story.id}.md"

    @staticmethod
    def letter_page(folder: str, letter: str) -> str:
        """The page listing a folder's entries under one initial; "_" keeps it apart from every slug."""
        return f"{folder}/letter_{letter.lower() if letter.isalpha() else 'other'}.md"

    def measure_page(self, measure: str) -> str:
        return f"figures/{self.measure_slugs[measure]}.md"

    def url(self, from_page: str, to_page: str) -> str:
        """The browser's link from one page to another, for links MkDocs does not rewrite (in scripts)."""

        def address(path: str) -> str:
            stem = path.removesuffix(".md")
            if not self.directory_urls:
                return stem + ".html"
            return stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"

        target, origin = address(to_page), address(from_page)
        folder = origin if origin.endswith("/") or not origin else posixpath.dirname(origin)
        link = posixpath.relpath(target or ".", folder.rstrip("/") or ".")
        return link + "/" if target.endswith("/") or not target else link

    @staticmethod
    def by_letter(entries: list[T], name: Callable[[T], str]) -> dict[str, list[T]]:
        """Entries grouped by the initial of their name (A–Z, "#" for the rest), A first,
        each group sorted by name."""
        groups: dict[str, list[T]] = collections.defaultdict(list)
        for entry in sorted(entries, key=lambda e: name(e).casefold()):
            initial = unidecode(name(entry).lstrip()[:1]).upper()[:1]
            groups[initial if "A" <= initial <= "Z" else "#"].append(entry)
        return dict(sorted(groups.items(), key=lambda item: (item[0] == "#", item[0])))
