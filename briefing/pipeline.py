"""The whole pipeline, load → extract → resolve, as the CLI and the plugin both run it."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .extract import extract
from .load import load_articles
from .model import Briefing
from .resolve import resolve


def build_briefing(paths: Iterable[str | Path]) -> Briefing:
    """Load every article under `paths`, extract each, and resolve entities across them."""
    articles, problems = load_articles(paths)
    return resolve([extract(article) for article in articles], problems)
