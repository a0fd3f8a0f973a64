"""Extract: what one article names and reports, independently of every other article."""

from __future__ import annotations

from ..model import Article, Extraction
from .entities import find_entities
from .figures import find_figures

__all__ = ["extract"]


def extract(article: Article) -> Extraction:
    """People, places, organizations and figures of one article."""
    return Extraction(
        article=article,
        mentions=tuple(find_entities(article)),
        figures=tuple(find_figures(article)),
    )
