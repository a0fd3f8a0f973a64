"""Markdown output that never lets an article's text become markup.

Everything a template prints is escaped unless it is a `Markdown` value, which only
the renderer creates (links, highlighted quotes), and which escapes its own parts.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import quote

import jinja2

from ..web_address import KEPT

# Exactly the characters Python-Markdown (with the tables extension) takes a backslash
# before: escaping any other would show the backslash.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")
# Material reads some text back from the page and sets it as HTML: a link's or an image's title
# becomes a tooltip (`content.tooltips`), and so does a shortened heading or page title. A "<"
# that could open a tag there (before a letter, "!", "/" or "?") is followed by a word joiner
# (U+2060, invisible and of no width): the text reads the same, and stays text wherever it is put.
_TAG_START = "(?=[A-Za-z!/?])"
_TAG_OPEN = re.compile("<" + _TAG_START)
# In an author's Markdown, "<" is also any character reference to it: "&lt;", "&#60;", "&#x3C;".
_LESS_THAN = re.compile(
    rf"""(?: < | &(?:lt|LT);? | &\#0*60;? | &\#[xX]0*3[cC];? )   # <, &lt;, &#60;, &#x3C;
        (?P<tag>{_TAG_START})?                              # <b, not < 3
    """,
    re.VERBOSE,
)
WORD_JOINER = "\u2060"
"""Invisible, of no width: what follows a "<" that could open a tag (see `inert`)."""
# A sentence's end, and the spaces after it: "killed. " or "said.” ".
_BLOCK_END = re.compile(r"[.!?][\"”’')\]]*\s+")
_SPACES = re.compile(r"\s*")

LINKS_PER_PARAGRAPH = 200
"""Links a paragraph gets at most: its first names and figures. A run-on paragraph that names
thousands would make its page slow to build and no easier to read."""
BLOCK = 5_000
"""Characters of a paragraph's text that Markdown reads as one block, at most (see `linked_text`)."""
MARKDOWN_PARAGRAPH = 20_000
"""Characters of an author's paragraph read as Markdown, at most; a longer one is shown as text."""


def inert(text: str) -> str:
    """`text` with a word joiner after each "<" that could open a tag: see `_TAG_OPEN`."""
    return _TAG_OPEN.sub("<" + WORD_JOINER, text)


class Markdown(str):
    """A string that is already Markdown: templates print it as it is."""


def escape(text: object) -> Markdown:
    """Literal text as Markdown: no HTML, no links, no emphasis, no attribute lists."""
    if isinstance(text, Markdown):
        return text
    text = inert(str(text)).replace("&", "&amp;").replace("<", "&lt;")
    text = _SPECIAL.sub(r"\\\1", text)
    # A line break would end a table row or start a block; articles' paragraphs are one line.
    return Markdown(" ".join(text.split("\n")))


def author_markdown(text: str) -> Markdown:
    """An author's Markdown, kept, with nothing in it able to become HTML or attributes.

    Raw HTML is shown as text (`<`, or a reference to it, becomes `&lt;`, also in code spans,
    where it then reads "&lt;"; see `_TAG_OPEN` for what may follow it), and `{`, `}` are
    escaped so that no attribute list (`{: onclick=… }`) applies.
    Links and images are checked once Markdown has parsed them: see `safe_urls`.
    A paragraph longer than `MARKDOWN_PARAGRAPH` is shown as text, and says so.
    """
    if len(text) > MARKDOWN_PARAGRAPH:
        return Markdown(
            linked_text(text, [])
            + "\n\n"
            + _note(
                f"This paragraph of {len(text):,} characters is shown as written: "
                f"Markdown is read in paragraphs of up to {MARKDOWN_PARAGRAPH:,}."
            )
        )
    text = _LESS_THAN.sub(lambda less: "&lt;" + (WORD_JOINER if less["tag"] is not None else ""), text)
    return Markdown(_ATTRIBUTE_LIST.sub(r"\\\1", text))


_ATTRIBUTE_LIST = re.compile(r"([{}])")


def linked_text(text: str, links: list[tuple[int, int, str, str]]) -> Markdown:
    """Plain `text` as Markdown, with a link on each of its first `LINKS_PER_PARAGRAPH` spans
    (start, end, target, title) that does not overlap an earlier one, and a note when there are
    more. A text over `BLOCK` characters is shown in blocks (see `_block_starts`)."""
    links = sorted(links)
    starts = iter(_block_starts(text))
    cut = next(starts, None)
    out: list[str] = []
    at = 0

    def plain(end: int) -> None:
        nonlocal at, cut
        while cut is not None and cut <= end:
            if cut > at:
                out.extend((escape(text[at:cut]), "\n\n"))
                at = cut
            cut = next(starts, None)
        out.append(escape(text[at:end]))
        at = end

    for start, end, target, title in links[:LINKS_PER_PARAGRAPH]:
        if start >= at:  # a figure's phrase that contains a name: the name's link wins
            plain(start)
            out.append(link(text[start:end], target, title))
            at = end
    plain(len(text))
    if len(links) > LINKS_PER_PARAGRAPH:
        out.append(
            "\n\n"
            + _note(
                f"Only the first {LINKS_PER_PARAGRAPH} of the {len(links):,} names and "
                "figures in this paragraph are linked."
            )
        )
    return Markdown("".join(out))


def _block_starts(text: str) -> list[int]:
    """Where blocks of `text` start after the first, each block at most `BLOCK` characters long:
    after the last sentence that ends in a block's second half, else after its last space,
    else (a text with no spaces) anywhere. Markdown reads a paragraph's text at a cost that grows
    with the square of its length, so that a run-on paragraph is read in blocks instead."""
    starts, at = [], 0
    while len(text) - at > BLOCK:
        half = text[at + BLOCK // 2 : at + BLOCK]
        ends = [found.end() for found in _BLOCK_END.finditer(half)] or [half.rfind(" ") + 1 or len(half)]
        at = _SPACES.match(text, at + BLOCK // 2 + ends[-1]).end()  # four would start a code block
        starts.append(at)
    return starts


def _note(text: str) -> Markdown:
    """A remark of briefing's own in an article's text, set in italics."""
    return Markdown(f"*{escape(text)}*")


def link(text: object, target: str, title: str | None = None) -> Markdown:
    """A Markdown link with escaped text; `target` is a path relative to the current page, or a web
    address. Every character of `target` that could end the link (a space, a line break, a
    parenthesis, a quote) is percent-encoded."""
    target = quote(target, safe=KEPT)
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
    if isinstance(value, (Markdown, int, float)):
        return value
    return escape(value)


def front_matter_value(value: object) -> Markdown:
    """A page title for front matter: a quoted YAML string, HTML-escaped.

    MkDocs and the theme put a page's title into the HTML as it is (header, <title>, search), so
    an article headline of "<script>" must arrive as text, never as a tag.
    """
    return Markdown(json.dumps(html.escape(inert(str(value)), quote=False), ensure_ascii=False))


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
