"""Pages converted to HTML by the process that renders them, from the last page back, while MkDocs
converts the others from the first on.

MkDocs converts a page's Markdown to HTML (most of a build's time) in one process, one page after
the other. Once the process rendering the pages ahead (`briefing.speed.ahead`) has sent them all,
it converts the generated pages too, from the last one back, while the build's own process goes on
from the first: each page is claimed by whichever process comes to it first, and the two meet in
the middle. The other process converts a page as MkDocs does (`Page.render`, with the build's own
configuration and files, which it inherits), and sends what the page holds after it: the HTML, the
table of contents, the title, the anchors, the links to anchors and what was logged.

Only the build's own plugin may touch a page before it is converted: with any other plugin that
does (`on_pre_page`, `on_page_read_source`, `on_page_markdown`) or that changes the files after
this one, MkDocs converts every page itself.
"""

from __future__ import annotations

import logging
import multiprocessing
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mkdocs.structure.pages import Page
from mkdocs.utils import meta

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

TOUCHING_EVENTS = ("files", "pre_page", "page_read_source", "page_markdown")
"""The events whose handlers can change what a page converts to, or the files its links lead to."""
_FREE, _HERE, _THERE = 0, 1, 2


def convertible(config: MkDocsConfig, own: object) -> bool:
    """Whether no plugin but `own` (the briefing plugin) handles an event of TOUCHING_EVENTS."""
    return all(
        getattr(handler, "__self__", None) is own
        for event in TOUCHING_EVENTS
        for handler in config.plugins.events[event]
    )


class Claims:
    """Which process converts each page, in an array both processes share."""

    def __init__(self, paths: list[str]) -> None:
        self.positions = {path: position for position, path in enumerate(paths)}
        self.paths = paths
        self.taken = multiprocessing.get_context("fork").Array("b", len(paths))

    def claim(self, path: str, *, here: bool) -> bool:
        """Claim the page at `path` for this process (`here`) or the other; False when it is
        claimed already, or is not one of the pages the other process may convert."""
        position = self.positions.get(path)
        if position is None:
            return here
        with self.taken.get_lock():
            if self.taken[position] != _FREE:
                return False
            self.taken[position] = _HERE if here else _THERE
            return True


@dataclass
class Conversion:
    """What the other process needs to convert pages as MkDocs does."""

    config: MkDocsConfig
    files: Files
    claims: Claims


@dataclass
class Converted:
    """What a page holds once converted."""

    content: str
    toc: Any
    title: str | None
    anchors: set[str] | None
    links: dict[str, dict[str, str]] | None
    """Links to anchors in other pages, by the linked page's source path."""
    logged: list[tuple[str, int, str]] = field(default_factory=list)
    """What converting it logged: logger, level, message."""


def convert(path: str, markdown: str, conversion: Conversion) -> Converted:
    """In the other process: the page at `path`, of `markdown`, converted by MkDocs' `Page.render`."""
    config, files = conversion.config, conversion.files
    page = Page(None, files.get_file_from_path(path), config)
    page.markdown, page.meta = meta.get_data(markdown)  # as `Page.read_source` reads it
    with _Captured() as logged:
        page.render(config, files)
    links = {to.src_uri: found for to, found in (page.links_to_anchors or {}).items()}
    return Converted(
        page.content or "", page.toc, page._title_from_render, page.present_anchor_ids, links, logged
    )


def apply(converted: Converted, page: Page, files: Files) -> None:
    """Give `page` what converting it gave, and log what converting it logged, as `Page.render` does."""
    page.content = converted.content
    page.toc = converted.toc
    page._title_from_render = converted.title
    page.present_anchor_ids = converted.anchors
    if converted.links:
        linked = converted.links.items()
        page.links_to_anchors = {files.get_file_from_path(uri): found for uri, found in linked}
    for name, level, message in converted.logged:
        logging.getLogger(name).log(level, message)


class _Captured:
    """What the `mkdocs` and `MARKDOWN` loggers log inside, kept instead of shown."""

    LOGGERS = ("mkdocs", "MARKDOWN")

    def __enter__(self) -> list[tuple[str, int, str]]:
        self.logged: list[tuple[str, int, str]] = []
        self.handler = _Keeping(self.logged)
        self.saved = []
        for name in self.LOGGERS:
            logger = logging.getLogger(name)
            self.saved.append((logger, logger.handlers[:], logger.propagate))
            logger.handlers, logger.propagate = [self.handler], False
        return self.logged

    def __exit__(self, *exc: object) -> None:
        for logger, handlers, propagate in self.saved:
            logger.handlers, logger.propagate = handlers, propagate


class _Keeping(logging.Handler):
    def __init__(self, kept: list[tuple[str, int, str]]) -> None:
        super().__init__()
        self.kept = kept

    def emit(self, record: logging.LogRecord) -> None:
        self.kept.append((record.name, record.levelno, record.getMessage()))
