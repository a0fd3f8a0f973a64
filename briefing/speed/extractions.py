"""Extractions kept by article content, so a rebuild extracts again only what changed."""

from __future__ import annotations

from pathlib import Path

from ..model import Article, Extraction
from .store import ShardedStore, changed_keys, remove_other_versions


class ExtractionCache:
    """Extractions on disk, one store per extractor version, read once and written once.

    The key is the article's digest and markup (the suffix decides how the same bytes are read),
    which together fix everything extraction sees. The Article itself is not stored: the one
    being built is attached, so the same text under two paths yields two correct paths.
    The store keeps the entries the last build used, so it does not grow with every edit.
    """

    def __init__(self, folder: Path) -> None:
        """`folder` is this extractor version's folder of the cache."""
        self.folder = folder
        self.store = ShardedStore(folder / "extractions")
        self._stored: dict[str, tuple] = self.store.read()
        self._used: dict[str, tuple] = {}

    @staticmethod
    def _key(article: Article) -> str:
        return f"{article.digest}.{article.markup}"

    def get(self, article: Article) -> Extraction | None:
        """The cached extraction of `article`, or None when there is none."""
        key = self._key(article)
        entry = self._stored.get(key)
        if not (isinstance(entry, tuple) and len(entry) == 4):
            return None
        self._used[key] = entry
        return Extraction(article, *entry)

    def put(self, extraction: Extraction) -> None:
        """Remember an extraction; `save` stores it."""
        self._used[self._key(extraction.article)] = (
            extraction.mentions,
            extraction.figures,
            extraction.quotes,
            extraction.headline,
        )

    def save(self) -> None:
        """Write the entries this build used where they differ from what is stored, and drop
        what other extractor versions stored."""
        self.store.write(self._used, changed_keys(self._used, self._stored))
        remove_other_versions(self.folder)
