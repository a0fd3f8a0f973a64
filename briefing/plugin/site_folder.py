"""What a site folder holds, so that a rebuild of it renders and writes only the pages whose
content changed, and leaves the folder as a clean build of the same articles would.

MkDocs' dirty build (`mkdocs serve` with this plugin, `mkdocs build --dirty`) renders a page when
its File says it is modified: a file in docs_dir when its source is newer than the page written,
a generated one always. A `GeneratedFile` is modified when its content differs from the content
the site folder's copy was made from (a digest of each is kept from the build that wrote it).
What a page shows besides its content is what every page shows: the configuration, the theme and
the navigation. When one of them changes, every page is rendered again, and one info line says why.

A dirty build also leaves behind what a clean build would not write, never reads the pages it
does not render (the navigation then lacks their titles) and indexes only those it renders. A
`Rebuild` mends each: it deletes the files whose source is gone, gives every page it did not read
its title and front matter of the last build, and puts each page's search entries back into the
index where a clean build puts them.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs import utils
from mkdocs.commands.build import _populate_page
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

log = get_plugin_logger(__name__)


class GeneratedFile(File):
    """A generated page or asset, modified when its content differs from what the site folder's
    copy was made from (see `Rebuild.compare`); until compared, modified. Its content may be
    given when it is first read (`pending`)."""

    modified = True
    _source: Callable[[], str] | None = None

    @classmethod
    def pending(
        cls, config: MkDocsConfig, src_uri: str, source: Callable[[], str], inclusion: InclusionLevel
    ) -> GeneratedFile:
        """A file whose content `source` gives when it is first read."""
        file = cls.generated(config, src_uri, content="", inclusion=inclusion)
        file._content, file._source = None, source
        return file

    def _read(self) -> None:
        if self._source is not None:
            self._content, self._source = self._source(), None

    @property
    def content_bytes(self) -> bytes:
        self._read()
        return File.content_bytes.fget(self)

    @content_bytes.setter
    def content_bytes(self, value: bytes) -> None:
        self._source = None
        File.content_bytes.fset(self, value)

    @property
    def content_string(self) -> str:
        self._read()
        return File.content_string.fget(self)

    @content_string.setter
    def content_string(self, value: str) -> None:
        self._source = None
        File.content_string.fset(self, value)

    def is_modified(self) -> bool:
        return self.modified

    def copy_file(self, dirty: bool = False) -> None:
        self._read()  # MkDocs copies a file of no content from its source: a pending one has none yet
        super().copy_file(dirty)

    @functools.cached_property
    def digest(self) -> bytes:
        """A digest of the content, which tells two contents apart."""
        return hashlib.blake2b(self.content_bytes, digest_size=16).digest()


@dataclass
class HeldPage:
    """A page as the site folder holds it, with what other pages and the search index show of it."""

    digest: bytes | None
    """The digest of the generated content it was made from; None for a page of docs_dir."""
    title: str | None
    """Its title, which the navigation shows."""
    meta: dict[str, Any]
    """Its front matter, which the theme reads for the navigation too."""
    entries: list[dict[str, Any]] = field(default_factory=list)
    """Its entries in the search index, in order."""


@dataclass
class SiteFolder:
    """What a site folder holds after a build."""

    context: str
    """A digest of what every page shows besides its content (see `context_key`)."""
    navigation: str
    """A digest of the navigation every page shows (see `navigation_key`)."""
    pages: dict[str, HeldPage]
    """Each documentation page, by its source path."""
    assets: dict[str, bytes]
    """The digest of each generated file that is not a page, by its source path."""
    outputs: set[str]
    """Every file written from the build's files (pages and assets), by absolute path."""


def context_key(config: MkDocsConfig) -> str:
    """What every page shows besides its content and the navigation: mkdocs.yml's text, the
    folders, the site's address, and the theme's templates and files (their names, sizes and
    dates: a theme of 14,000 icons is read in a hundredth of a second)."""
    digest = hashlib.sha256()
    parts = (
        config.config_file_path,
        config.docs_dir,
        config.site_dir,
        config.site_url,
        config.use_directory_urls,
    )
    digest.update(repr(parts).encode())
    if config.config_file_path and os.path.isfile(config.config_file_path):
        digest.update(Path(config.config_file_path).read_bytes())
    for folder in config.theme.dirs:
        for root, folders, names in os.walk(folder):
            folders[:] = sorted(f for f in folders if not f.startswith("."))
            for name in sorted(names):
                stat = os.stat(os.path.join(root, name))
                digest.update(f"{root}/{name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def navigation_key(nav: Navigation) -> str:
    """The navigation as the theme shows it on every page: each item's kind, title, address and
    front matter, nested as it is."""

    def items(entries: Iterable[Any]) -> list:
        return [
            (type(item).__name__, item.title, getattr(item, "url", None), getattr(item, "meta", None))
            + ((items(item.children),) if item.children else ())
            for item in entries
        ]

    return hashlib.sha256(repr(items(nav.items)).encode("utf-8", "surrogatepass")).hexdigest()


def search_entries(config: MkDocsConfig) -> list[dict[str, Any]] | None:
    """The entries of the build's search index, Material's or MkDocs' own; None without search.

    Under `--dirty`, Material's search merges the entries of the pages a build renders into its
    previous index, by address; the index a `Rebuild` gives it is whole, so that is turned off.
    """
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        entries = getattr(index, "entries", getattr(index, "_entries", None))
        if isinstance(entries, list):
            if hasattr(plugin, "search_index_prev"):
                plugin.search_index_prev = None
            return entries
    return None


class Rebuild:
    """One build of a site folder, which the last build in this process may have written
    (`held`): what it must render, and what it mends afterwards."""

    def __init__(self, held: SiteFolder | None, config: MkDocsConfig, *, dirty: bool, serving: bool) -> None:
        """Begins the build (on `pre_build`). A dirty build without a record of the folder, or whose
        configuration or theme is not the record's, empties the folder and renders every page."""
        self.context = context_key(config)
        self.inclusion = InclusionLevel.is_in_serve if serving else InclusionLevel.is_included
        reason = None
        if dirty and held is None:
            reason = "nothing is known of what the site folder holds"
        elif dirty and held.context != self.context:
            reason = "mkdocs.yml or the theme changed"
        if reason and os.path.isdir(config.site_dir) and os.listdir(config.site_dir):
            log.info(f"rendering every page: {reason}")
            utils.clean_directory(config.site_dir)
        self.held = held if dirty and not reason else None
        """The folder as the last build left it; None when it is empty or MkDocs empties it."""
        self.incremental = self.held is not None
        """Whether pages the folder holds are kept; False once every page is rendered."""
        self.built: dict[str, list[dict[str, Any]]] = {}
        """The pages rendered, with their search entries."""
        self.navigation = ""
        self._entries: list[dict[str, Any]] | None = None

    def compare(self, files: Files) -> None:
        """Mark each generated file modified or not (on `files`): not when the folder holds a copy
        made from the same content."""
        if not self.incremental:
            return
        for file in files:
            if isinstance(file, GeneratedFile):
                kept = self.held.pages.get(file.src_uri) if file.is_documentation_page() else None
                digest = kept.digest if kept else self.held.assets.get(file.src_uri)
                file.modified = digest != file.digest or not os.path.isfile(file.abs_dest_path)

    def settle(self, files: Files, nav: Navigation, config: MkDocsConfig) -> None:
        """Once the modified pages are read (on `env`): give the others their title and front
        matter of the last build; if the navigation is not the last build's, read and render them all."""
        self._entries = search_entries(config)
        self._indexed = len(self._entries or ())
        pages = [file.page for file in files.documentation_pages() if file.page is not None]
        if self.incremental:
            for page in pages:
                kept = self.held.pages.get(page.file.src_uri)
                if page.markdown is None and kept is not None:
                    page.title, page.meta = kept.title, kept.meta
        self.navigation = navigation_key(nav)
        if self.incremental and self.navigation != self.held.navigation:
            log.info("rendering every page: the navigation changed")
            self.incremental = False
            for page in pages:
                if page.markdown is None:
                    self._read(page, files, config)
            self.navigation = navigation_key(nav)

    @staticmethod
    def _read(page: Page, files: Files, config: MkDocsConfig) -> None:
        """Read and convert a page MkDocs skipped, and have it rendered too."""
        file = page.file
        if isinstance(file, GeneratedFile):
            file.modified = True
        elif os.path.isfile(file.abs_dest_path):
            os.remove(file.abs_dest_path)  # the folder no longer holds it: MkDocs renders it
        _populate_page(page, config, files)

    def indexed(self, page: Page) -> None:
        """Keep the search entries the search plugin made of a page it just indexed (on
        `page_context`, after the search plugin's)."""
        entries = self._entries or []
        self.built[page.file.src_uri] = entries[self._indexed :]
        self._indexed = len(entries)

    def finish(self, files: Files, config: MkDocsConfig) -> None:
        """After every page is written (on `post_build`, before the search index is): put the
        pages not rendered back into the search index, and delete the files whose source is gone."""
        pages = files.documentation_pages(inclusion=self.inclusion)
        self.entries = {file.src_uri: self._entries_of(file.src_uri) for file in pages}
        if self.incremental and self._entries is not None:
            self._entries[:] = [entry for page in self.entries.values() for entry in page]
        self.written = {file.abs_dest_path for file in files if self.inclusion(file.inclusion)}
        if self.held is not None:
            _remove(self.held.outputs - self.written, config.site_dir)
        if self.incremental:
            log.info(f"rendered {len(self.built)} of {len(pages)} pages; the others are unchanged")

    def _entries_of(self, page: str) -> list[dict[str, Any]]:
        """A page's search entries: this build's, or the last one's for a page not rendered."""
        if page in self.built:
            return self.built[page]
        kept = self.held.pages.get(page) if self.held else None
        return kept.entries if kept else []

    def folder(self, files: Files) -> SiteFolder:
        """What the site folder holds once the build is `finish`ed."""
        pages = files.documentation_pages(inclusion=self.inclusion)
        generated = [file for file in files if isinstance(file, GeneratedFile)]
        return SiteFolder(
            context=self.context,
            navigation=self.navigation,
            pages={
                file.src_uri: HeldPage(
                    file.digest if isinstance(file, GeneratedFile) else None,
                    file.page.title,
                    file.page.meta,
                    self.entries[file.src_uri],
                )
                for file in pages
                if file.page is not None
            },
            assets={file.src_uri: file.digest for file in generated if not file.is_documentation_page()},
            outputs=self.written,
        )


def _remove(outputs: Iterable[str], site_dir: str) -> None:
    """Delete `outputs` and the folders they leave empty, up to `site_dir`."""
    root = os.path.abspath(site_dir)
    for output in sorted(outputs):
        if os.path.isfile(output):
            os.remove(output)
        folder = os.path.dirname(output)
        while folder.startswith(root + os.sep) and os.path.isdir(folder) and not os.listdir(folder):
            os.rmdir(folder)
            folder = os.path.dirname(folder)
