"""Markdown output that never lets an article's text become markup.

Everything a template prints is escaped unless it is a `Markdown` value, which only
the renderer creates (links, highlighted quotes), and which escapes its own parts.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import jinja2

# Exactly the characters Python-Markdown (with the tables extension) takes a backslash
# before: escaping any other would show the backslash.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")


class Markdown(str):
    """A string that is already Markdown: templates print it as it is."""


def escape(text: object) -> Markdown:
    """Literal text as Markdown: no HTML, no links, no emphasis, no attribute lists."""
    if isinstance(text, Markdown):
        return text
    text = str(text).replace("&", "&amp;").replace("<", "&lt;")
    text = _SPECIAL.sub(r"\\\1", text)
    # A line break would end a table row or start a block; articles' paragraphs are one line.
    return Markdown(" ".join(text.split("\n")))


def author_markdown(text: str) -> Markdown:
    """An author's Markdown, kept, with nothing in it able to become HTML or attributes.

    Raw HTML is shown as text (`<` becomes `&lt;`, also in code spans, where it then reads
    "&lt;"), and `{`, `}` are escaped so that no attribute list (`{: onclick=… }`) applies.
    Links and images are checked once Markdown has parsed them: see `safe_urls`.
    """
    return Markdown(_ATTRIBUTE_LIST.sub(r"\\\1", text.replace("<", "&lt;")))


_ATTRIBUTE_LIST = re.compile(r"([{}])")


def link(text: object, target: str, title: str | None = None) -> Markdown:
    """A Markdown link with escaped text; `target` is a path relative to the current page."""
    target = target.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    if title:
        return Markdown(f'[{escape(text)}]({target} "{escape(title)}")')
    return Markdown(f"[{escape(text)}]({target})")


def relative(from_page: str, to_page: str) -> str:
    """The link from one docs page to another (both docs-relative paths, anchors kept)."""
    path, _, anchor = to_page.partition("#")
    # As posixpath.relpath, without its abspath calls: a site makes hundreds of thousands of links.
    here, there = from_page.split("/")[:-1], path.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    target = "/".join([".."] * (len(here) - common) + there[common:])
    return target + ("#" + anchor if anchor else "")


def _finalize(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, Markdown) or isinstance(value, (int, float)):
        return value
    return escape(value)


def front_matter_value(value: object) -> Markdown:
    """A page title for front matter: a quoted YAML string, HTML-escaped.

    MkDocs and the theme put a page's title into the HTML as it is (header, <title>, search), so
    an article headline of "<script>" must arrive as text, never as a tag.
    """
    return Markdown(json.dumps(html.escape(str(value), quote=False), ensure_ascii=False))


def environment(template_dirs: list[Path], compiled: Path | None = None) -> jinja2.Environment:
    """Jinja2 for Markdown pages: escape by default, strict about undefined names.
    With a `compiled` folder, templates compiled once are kept there for the next process."""
    if compiled is not None:
        compiled.mkdir(parents=True, exist_ok=True)
    env = jinja2.Environment(
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(compiled)) if compiled is not None else None,
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs]),
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["md"] = escape
    env.filters["yaml"] = front_matter_value
    return env
