"""Rendered pages kept between builds, each with the signature of what it shows (see
`briefing.render.reuse`): a rebuild renders again only the pages whose signature changed."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from ..render import template_dirs
from ..render.reuse import showing
from .store import ShardedStore, changed_keys, read_pickle, remove_other_versions, write_pickle
from .versions import code_version, hash_files

if TYPE_CHECKING:
    from ..model import Briefing, Entity


def render_key(directory_urls: bool) -> str:
    """What every page depends on: the code, the bundled templates' text and how pages are addressed."""
    digest = hashlib.sha256(f"{code_version()}\0{directory_urls}\0".encode())
    for folder in template_dirs():
        hash_files(digest, folder, sorted(f for f in folder.rglob("*") if f.is_file()))
    return digest.hexdigest()


class PageCache:
    """The pages of the last build of the same code, bundled templates and addressing, read when
    rendering first asks for one; written, with the entities they showed, where they changed.

    Implements `briefing.render.reuse.Reuse` for the build of `briefing`.
    """

    def __init__(self, cache: Path, briefing: Briefing, directory_urls: bool) -> None:
        """Pages go in the `cache` folder's `pages/<render key>`, compiled templates in its `templates`."""
        self.compiled = cache / "templates"
        self.folder = cache / "pages" / render_key(directory_urls)[:16]
        self.briefing = briefing
        self.store = ShardedStore(self.folder / "pages")
        self._pages: dict[str, tuple[str, str]] | None = None
        self._entities: dict[str, Entity] = {}
        self._fresh: dict[str, tuple[str, str]] = {}
        self._stale: set[str] = set()

    def _read(self) -> dict[str, tuple[str, str]]:
        """The stored pages, and which of them are stale: those that may show an entity whose
        record is not the one they were rendered with."""
        entities = read_pickle(self.folder / "entities.pickle")
        usable = isinstance(entities, dict)
        self._entities = entities if usable else {}
        current = self.briefing.entities
        self._stale = showing(
            self.briefing, {id for id, entity in current.items() if self._entities.get(id) != entity}
        )
        return self.store.read() if usable else {}

    def page(self, path: str, signature: str) -> str | None:
        """The page as last rendered, if it was rendered from the same `signature` and is not stale."""
        if self._pages is None:
            self._pages = self._read()
        stored = self._pages.get(path)
        if stored is None or path in self._stale or stored[0] != signature:
            return None
        self._fresh[path] = stored
        return stored[1]

    def rendered(self, path: str, signature: str, markdown: str) -> None:
        self._fresh[path] = (signature, markdown)

    def save(self) -> None:
        """Keep this build's pages: rewrite the files of pages rendered anew or gone, and the
        entities if they changed; drop the pages of other code, template and address versions.
        Nothing is written when rendering asked for no page (a user's templates are always rendered)."""
        if self._pages is None:
            return
        entities = self.briefing.entities
        if entities != self._entities or not (self.folder / "entities.pickle").exists():
            write_pickle(self.folder / "entities.pickle", entities)
        self.store.write(self._fresh, changed_keys(self._fresh, self._pages))
        remove_other_versions(self.folder)
