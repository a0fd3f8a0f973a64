"""The whole pipeline, load → extract → resolve, as the CLI and the plugin both run it."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .extract import extract
from .load import load_articles
from .model import Briefing
from .overrides import load_overrides
from .resolve import resolve


def build_briefing(paths: Iterable[str | Path], entities: str | Path | None = None) -> Briefing:
    """Load every article under `paths`, extract each, and resolve entities across them, with
    the editor's overrides from the `entities` file when one is given."""
    articles, problems = load_articles(paths)
    overrides = None
    if entities is not None:
        overrides, found = load_overrides(entities)
        problems = [*problems, *found]
    return resolve([extract(article) for article in articles], problems, overrides)
