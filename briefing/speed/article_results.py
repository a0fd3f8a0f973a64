"""What the global steps read of each article, computed once for each article's content: a
rebuild computes it for the articles that changed, and reads the rest back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Generic, TypeVar

from ..model import Article, Extraction
from .store import ShardedStore, changed_keys

T = TypeVar("T")


class ArticleResults(Generic[T]):
    """The results of `compute`, a function of one article's extraction and the code alone, on
    disk in one folder per code version and keyed as extractions are, by the article's digest
    and markup (which fix its extraction).

    The stored results are read when first asked for (`of`), never for results `computed` alone,
    so that a build that needs a few does not read them all; the store keeps the entries the last
    build that read it used, so it does not grow with every edit.
    """

    def __init__(self, folder: Path, compute: Callable[[Extraction], T], kind: type[T]) -> None:
        """Results of the type `kind` are kept in `folder`; anything else found there is computed again."""
        self.store = ShardedStore(folder)
        self.compute = compute
        self.kind = kind
        self._stored: dict[str, object] | None = None
        self._used: dict[str, T] = {}

    @staticmethod
    def _key(article: Article) -> str:
        return f"{article.digest}.{article.markup}"

    def of(self, extractions: Sequence[Extraction]) -> list[T]:
        """The result for each of `extractions`: read back, or computed now."""
        if self._stored is None:
            self._stored = self.store.read()
        for extraction in extractions:
            key = self._key(extraction.article)
            if key not in self._used:
                stored = self._stored.get(key)
                self._used[key] = stored if isinstance(stored, self.kind) else self.compute(extraction)
        return [self._used[self._key(e.article)] for e in extractions]

    def computed(self, extraction: Extraction) -> T:
        """The result for one article, computed now unless this build has it already."""
        key = self._key(extraction.article)
        if key not in self._used:
            self._used[key] = self.compute(extraction)
        return self._used[key]

    def save(self) -> None:
        """Write the entries this build used where they differ from what is stored; nothing when
        the store was not read."""
        if self._stored is not None:
            self.store.write(self._used, changed_keys(self._used, self._stored))
