"""Options of the `briefing` plugin in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class BriefingConfig(base.Config):
    articles = c.Type((str, list), default="seeds")
    """The folder of articles, or a list of folders and files, relative to mkdocs.yml."""
    templates = c.Optional(c.Type(str))
    """A folder of templates that override the bundled ones, relative to mkdocs.yml."""
    entities = c.Optional(c.Type(str))
    """An editor's overrides file (entities.yml), relative to mkdocs.yml."""
    cache = c.Type(str, default=".briefing-cache")
    """Where extractions, resolution and rendered pages are kept between builds, so a rebuild
    redoes only what an edit changed; relative to mkdocs.yml; "" for none."""
    workers = c.Optional(c.Type(int))
    """Processes extracting articles (default: one per core)."""
