"""Rebuilds in a plain `mkdocs serve` that render only what changed.

`mkdocs serve` rebuilds by cleaning its site folder and rendering every page, so a saved
sentence costs as much as the first build. With `--dirty` MkDocs keeps the folder and renders the
pages whose File says it is modified, which is what this plugin's files and `site_folder.Rebuild`
make exact. `dirty_builder` gives a plain `mkdocs serve` those rebuilds.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from mkdocs.commands.build import build

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

_DIRTY_WARNING = "A 'dirty' build is being performed"
"""How MkDocs begins the warning it gives on every dirty build: its navigation and links may be
stale. With this plugin they are not, and `--strict` would count the warning."""


class _WithoutDirtyWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(_DIRTY_WARNING)


def dirty_builder(builder: Callable[..., None]) -> Callable[..., None] | None:
    """A builder that does what `mkdocs serve`'s `builder` does (load the configuration again,
    serve it at the same address), in a dirty build; None when `builder` is not MkDocs 1.6's."""
    nonlocals = inspect.getclosurevars(builder).nonlocals
    get_config, serve_url = nonlocals.get("get_config"), nonlocals.get("serve_url")
    if not callable(get_config) or not isinstance(serve_url, str):
        return None
    messages = logging.getLogger("mkdocs.commands.build")

    def rebuild(config: MkDocsConfig | None = None) -> None:
        logging.getLogger("mkdocs.commands.serve").info("Building documentation...")
        if config is None:
            config = get_config()
            config.site_url = serve_url
        quiet = _WithoutDirtyWarning()
        messages.addFilter(quiet)
        try:
            build(config, serve_url=serve_url, dirty=True)
        finally:
            messages.removeFilter(quiet)

    return rebuild
