"""Extract: what one article names and reports, independently of every other article."""

from __future__ import annotations

import dataclasses

from ..model import Article, Extraction
from .figures import find_figures, headline_figures, with_speakers
from .gazetteer import gazetteer
from .mentions import find_mentions
from .quotes import find_quotes
from .totals import with_wounded
from .words import frequent_words, given_names

__all__ = ["extract", "prepare"]


def prepare() -> None:
    """Build the shared tables (gazetteer, given names, word frequencies) now, not in the first article.

    Building takes about 1.5 seconds; a process that will extract pays it once, and forked workers
    inherit it.
    """
    gazetteer()
    given_names()
    frequent_words()


def extract(article: Article) -> Extraction:
    """People, places, organizations, figures and quotes of one article, found in its own text:
    boilerplate (`Paragraph.boilerplate`) is read as empty, so paragraph indices and offsets stay
    those of the article.

    The rules read English: an article that says it is in another language is given a page but no
    names, figures or quotes (read as English, its capitalized nouns would be people)."""
    if not article.english:
        return Extraction(article=article, mentions=(), figures=(), quotes=())
    prose = _prose(article)
    mentions = tuple(find_mentions(prose))
    quotes = tuple(find_quotes(prose, mentions))
    headline, figures = with_wounded(headline_figures(prose), with_speakers(find_figures(prose), quotes))
    return Extraction(
        article=article, mentions=mentions, figures=tuple(figures), quotes=quotes, headline=tuple(headline)
    )


def _prose(article: Article) -> Article:
    """`article` with its boilerplate paragraphs empty."""
    if all(paragraph.prose for paragraph in article.paragraphs):
        return article
    paragraphs = tuple(p if p.prose else dataclasses.replace(p, text="") for p in article.paragraphs)
    return dataclasses.replace(article, paragraphs=paragraphs)
