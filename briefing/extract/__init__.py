"""Extract: what one article names and reports, independently of every other article."""

from __future__ import annotations

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
    """People, places, organizations, figures and quotes of one article."""
    mentions = tuple(find_mentions(article))
    quotes = tuple(find_quotes(article, mentions))
    headline, figures = with_wounded(headline_figures(article), with_speakers(find_figures(article), quotes))
    return Extraction(
        article=article, mentions=mentions, figures=tuple(figures), quotes=quotes, headline=tuple(headline)
    )
