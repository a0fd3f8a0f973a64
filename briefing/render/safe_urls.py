"""A Markdown extension that lets no page link to script: the last check before HTML is written.

Article text never reaches a page as raw HTML (see `markdown.author_markdown`), but an author's
Markdown links, images and reference definitions do. Once Markdown has parsed them, this removes
every URL whose scheme is not http, https or mailto (relative links and #anchors are kept) and
every `on…` event attribute, on every page.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

SAFE_SCHEMES = {"http", "https", "mailto"}
_URL_ATTRIBUTES = ("href", "src", "srcset", "action", "formaction", "poster", "data", "xlink:href")
# Browsers drop tabs, newlines and leading control characters and spaces from a URL before reading it.
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"([^:/?#]*):")


def is_safe_url(url: str) -> bool:
    """Whether a browser following `url` would stay on the web: no javascript:, data:, vbscript:…"""
    plain = _IGNORED_IN_URL.sub("", html.unescape(url))
    scheme = _SCHEME.match(plain)
    return scheme is None or scheme.group(1).lower() in SAFE_SCHEMES


class _SafeUrls(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            for name, value in list(element.attrib.items()):
                unsafe_url = name.lower() in _URL_ATTRIBUTES and not is_safe_url(value)
                if unsafe_url or name.lower().startswith("on"):
                    del element.attrib[name]
            if element.tag == "img" and "src" not in element.attrib:
                # An image that may not load is shown as its alt text.
                element.tag, element.text = "span", element.attrib.pop("alt", "")
                element.attrib.pop("title", None)


class SafeUrlsExtension(Extension):
    """Registers the check after every other tree step, backslash unescaping included."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_SafeUrls(md), "briefing_safe_urls", -100)
