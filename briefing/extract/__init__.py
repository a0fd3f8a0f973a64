"""Extract: what one article names and reports, independently of every other article."""

from __future__ import annotations

from ..model import Article, Extraction
from .entities import _given_names, find_entities, is_common_word
from .figures import find_figures
from .gazetteer import gazetteer
from .quotes import find_quotes

__all__ = ["extract", "prepare"]


def prepare() -> None:
    """Build the shared tables (gazetteer, given names, word frequencies) now rather than in the first article.

    Takes about two seconds; a process that will extract pays it once, and forked workers inherit it.
    """
    gazetteer()
    _given_names()
    is_common_word("the")  # loads the word frequency table


def extract(article: Article) -> Extraction:
    """People, places, organizations, figures and quotes of one article."""
    mentions = tuple(find_entities(article))
    return Extraction(
        article=article,
        mentions=mentions,
        figures=tuple(find_figures(article)),
        quotes=tuple(find_quotes(article, mentions)),
    )
