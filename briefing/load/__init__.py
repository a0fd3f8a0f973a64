"""Load: read the pipeline's inputs, the articles and an editor's overrides file.

`files` finds the article files, `decode` turns their bytes into text, `front_matter` reads a
Markdown article's YAML block, `plain_text` a plain-text article's header, title and dateline,
and `articles` puts each together into an `Article`. `overrides` reads the editor's rules
(entities.yml), which the stories and resolve steps apply.
"""

from .articles import load_articles
from .files import Source, find_sources
from .overrides import load_overrides

__all__ = ["Source", "find_sources", "load_articles", "load_overrides"]
