"""Load: find article files, decode them and read what each says about itself.

`files` finds the article files, `decode` turns their bytes into text, `front_matter` reads a
Markdown article's YAML block, `plain_text` a plain-text article's header, title and dateline,
and `articles` puts each together into an `Article`.
"""

from .articles import load_articles
from .files import Source, find_sources

__all__ = ["Source", "find_sources", "load_articles"]
