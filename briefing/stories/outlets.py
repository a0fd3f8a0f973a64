"""The outlet an article comes from: its own name and its site's lines are no evidence of a story.

A station names itself in its dateline ("BALTIMORE (WJZ) —") and a site in its title's tail and its page
furniture; all its articles share them whatever they report. An outlet is known by its source's name,
a web domain by the label before its suffix ("wbaltv" of "wbaltv.com", "cbslocal" of
"baltimore.cbslocal.com", whose first label is a city and no outlet's name).
"""

from __future__ import annotations

import re

from ..datelines import read_dateline
from ..extract.gazetteer import fold
from ..model import Article

DOMAIN_WORDS = frozenset("www com net org edu gov co uk us ca au tv news online the".split())
"""Parts of a web address or an outlet's name that name no outlet in particular."""
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")
_NAME_WORD = re.compile(r"[a-z0-9]+")


def outlet(article: Article) -> str | None:
    """The outlet, as one key for all its articles ("cbslocal"); None when the article does not say."""
    source = (article.source or "").strip().casefold()
    if _DOMAIN.match(source):
        labels = [label for label in source.split(".") if label not in DOMAIN_WORDS]
        return labels[-1] if labels else source
    return " ".join(_NAME_WORD.findall(fold(source))) or None


def outlet_words(article: Article) -> frozenset[str]:
    """The words that name the article's outlet: its source's and its dateline's ("wjz")."""
    key = outlet(article) or ""
    dateline = read_dateline(article.paragraphs[0].text)[2] if article.paragraphs else None
    words = set(key.split()) | set(_NAME_WORD.findall(fold(dateline or "")))
    return frozenset(words - DOMAIN_WORDS)


def names_outlet(name: str, words: frozenset[str]) -> bool:
    """Whether every word of `name` is one of the outlet's `words` ("WJZ", "KSLA News")."""
    found = set(_NAME_WORD.findall(fold(name))) - DOMAIN_WORDS
    return bool(found) and found <= words
