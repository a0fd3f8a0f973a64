"""Saved web pages: a news page as a browser saves it (`.html`), read for its article alone.

trafilatura finds the main text and the page's title, author, site and address; htmldate (run by
trafilatura, on the page alone) its date of publication. Neither fetches anything: they are given
the parsed page, never an address. What a page holds besides the article (menus, cookie banners,
related articles, comments) is left out by trafilatura; the lines it lets through that are not the
article's prose either (captions and their credits, a copyright footer, "Read more:" links, the
title repeated) are dropped here, by the rules in `NOT_ARTICLE`.
"""

from __future__ import annotations

import json
import re
import unicodedata

from ..characters import UNWANTED
from ..model import Problem
from ..web_address import web_address
from .dates import parse_date
from .news_please import language_code
from .outlets import OUTLETS, outlet_name

NOT_ARTICLE = re.compile(
    r"""
    ^(?:©|\(c\)\s|copyright\s(?:©\s?)?\d{4}).{0,150}$                   # © 2019 Science X Network
    | ^\(?(?:photo|photograph|image|picture|credit|source)s?:\s[^()]{1,100}\)?$  # (Credit: C. Aldern / Grist)
    | ^.{1,400}[.!?]\s(?:photo|photograph|image|picture)s?:\s[^.]{1,80}$  # caption. Photo: AP
    | ^(?:read\smore|related(?:\sarticles?|\sstories|\scoverage)?|see\salso|also\sread)(?::.{0,150})?$
                                                                     # Read more: Looted colonial art
    | ^(?:advertisement|opinion|share|comments?|sponsored)$          # a section's or a button's label
    | ^(?:submit\syour|sign\sup|subscribe|click\shere)\b.{0,200}$   # Submit your letter to the editor
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""A line of a page's text that is not the article's prose, but a caption, a credit, a footer, a
link to another article or a label. Each alternative is one kind, with an example."""

SEPARATORS = re.compile(r"\s+[|–—:-]\s+")
"""How a page's title sets apart the site's name or a date ("… | DW | 19.01.2020")."""
DATE_LIKE = re.compile(r"[\d./ -]+")

SENTENCE_WORDS = 8
"""Words in the longest line of a page's text, at least, for it to hold an article: a page of menus
and buttons ("Home News") holds none."""

ARTICLE_TYPES = re.compile(r"(?:\w*NewsArticle|Article|Report|BlogPosting)")
"""schema.org types of an article, whose `articleBody` a page may hold for its scripts to show."""


def read_web_page(text: str, name: str) -> tuple[dict, str | None, int, list[Problem]]:
    """The metadata and body of a saved web page, as `read_front_matter` gives a Markdown article's:
    title, source (the outlet's name), site (its domain), date, authors, url, language. The body
    is None, with a warning saying why, when no article text is found in the page."""
    from trafilatura import bare_extraction, load_html  # 0.6 s to import: only for pages

    tree = load_html(text)
    document = (
        bare_extraction(
            tree,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
        if tree is not None
        else None
    )
    if document is None or not (document.text or "").strip():
        return {}, None, 1, [Problem(name, 1, "no article text found in this web page; skipped", "warning")]
    meta = _metadata(document, tree.get("lang") or "")
    lines = [_clean(line) for line in document.text.split("\n")]
    lines = [line for line in lines if line and not _not_article(line, meta.get("title"))]
    body = _schema_body(tree)
    if body and len(body) > 2 * sum(len(line) for line in lines):
        lines = [line for line in (_clean(part) for part in body.split("\n")) if line]
    if not any(len(line.split()) >= SENTENCE_WORDS for line in lines):
        return {}, None, 1, [Problem(name, 1, "no article text found in this web page; skipped", "warning")]
    return meta, "\n".join(lines), 1, []


def _metadata(document: object, lang: str) -> dict:
    """Title, outlet, date, authors, url and language, as trafilatura read them from the page."""
    meta: dict[str, object] = {}
    host = (document.hostname or "").lower().removeprefix("www.")
    site = _clean(document.sitename or "")
    outlet = outlet_name(host) if host else None
    if outlet or site or host:
        meta["source"] = outlet or site or host
    title = _title(_clean(document.title or ""), [meta.get("source", ""), site, host])
    if title:
        meta["title"] = title
    if document.date and (date := parse_date(document.date)):
        meta["date"] = date
    not_people = {str(name).lower() for name in (*OUTLETS.values(), site, meta.get("source"), host)}
    authors = [_clean(a) for a in (document.author or "").split(";")]
    meta["authors"] = tuple(a for a in authors if a and a.lower() not in not_people)
    if document.url and (address := web_address(document.url)):
        meta["url"] = address
    if language := language_code(lang):
        meta["language"] = language
    return meta


def _title(title: str, site_names: list[str]) -> str:
    """The page's title without the site's name or a date set apart at its end ("… | DW | 19.01.2020")."""
    names = {n.lower() for n in site_names if n} | {n.lower().split(".")[0] for n in site_names if n}
    parts = SEPARATORS.split(title)
    while len(parts) > 1 and (parts[-1].lower() in names or DATE_LIKE.fullmatch(parts[-1])):
        parts.pop()
    return title[: title.rindex(parts[-1]) + len(parts[-1])] if len(parts) > 1 else parts[0]


def _not_article(line: str, title: str | None) -> bool:
    """Whether a line of the page's text is not the article's prose: see `NOT_ARTICLE`, or the title again."""
    return bool(NOT_ARTICLE.match(line)) or (title is not None and _same(line, title))


def _same(one: str, other: str) -> bool:
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def _schema_body(tree: object) -> str | None:
    """The `articleBody` of the schema.org article a page describes in JSON-LD, if any."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        if isinstance(data, dict):
            data = data.get("@graph", [data])
        items = data if isinstance(data, list) else []
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("articleBody"), str):
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(isinstance(kind, str) and ARTICLE_TYPES.fullmatch(kind) for kind in kinds):
                    return item["articleBody"]
    return None


def _clean(text: str) -> str:
    """A line as a page may show it: no control characters, one Unicode form, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", UNWANTED.sub("", text)).split())
