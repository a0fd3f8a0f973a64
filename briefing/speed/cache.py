"""A cache folder: what a build keeps so that the next one redoes only what changed. Safe to delete.

    <extractor version>/tables.pickle   the extractor's tables, as this version builds them
    <extractor version>/extractions/    each article's extraction, by the article's content
    derived/<code version>/             what the global steps read of each article, by its content:
                                        signals/ and content-keys/ for stories, names/ for resolution
    stories.pickle                      the stories, with the key of what they were found from
    resolution.pickle                   the entities, with the key of the names they were made from
    pages/<render key>/                 the pages, with the signature of what each shows
    templates/                          the templates, compiled

    .briefing-owner                     the mark that the folder is briefing's cache (see `ownership`)

A folder named by a version holds only what that version made, and a mark saying so; the other
versions' are removed. A folder that holds anything else is not used unless the caller claimed it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .. import resolve, stories
from ..ownership import claim
from ..stories.grouping import content_key
from ..stories.signals import Signals, signals
from . import versions
from .article_results import ArticleResults
from .extractions import ExtractionCache
from .pages import PageCache
from .store import StoredResult, remove_other_versions
from .tables import ready_tables

if TYPE_CHECKING:
    from ..load.overrides import EditorRule
    from ..model import Briefing, Extraction

T = TypeVar("T")

DEFAULT_DIR = Path(".briefing-cache")
"""Where the CLI keeps the cache unless told otherwise: next to where it runs."""


class Cache:
    """One cache folder, and each step's results in it."""

    def __init__(self, folder: str | Path) -> None:
        """Use `folder`, created if need be; `ownership.FolderRefused` when it is not briefing's
        cache (it holds other files, is a file, or cannot be written)."""
        self.folder = Path(folder)
        claim(self.folder, "cache")
        self.extractor_folder = self.folder / versions.extractor_version()[:16]
        self.derived_folder = self.folder / "derived" / versions.code_version()[:16]
        derived = self.derived_folder
        self.signals = ArticleResults(derived / "signals", self._signals_of, Signals)
        self.content_keys = ArticleResults(
            derived / "content-keys", lambda e: content_key(self.signals.computed(e)), str
        )
        self.names = ArticleResults(derived / "names", resolve.article_names, str)

    @property
    def tables(self) -> Path:
        """Where the extractor's tables are kept, as this extractor version builds them."""
        return self.extractor_folder / "tables.pickle"

    def extractions(self) -> ExtractionCache:
        return ExtractionCache(self.extractor_folder)

    def _ready(self) -> None:
        """The extractor's tables built, or read from this folder (the global steps read them too)."""
        ready_tables(self.tables)

    def _signals_of(self, extraction: Extraction) -> Signals:
        self._ready()
        return signals(extraction)

    def _save(self, *kept: ArticleResults) -> None:
        """Keep what this build computed of each article, and drop what other code versions did."""
        for results in kept:
            results.save()
        remove_other_versions(self.derived_folder)

    def _stored(self, name: str, key: str, kind: type[T], compute: Callable[[], T]) -> T:
        """The result stored as `name` when it was computed from inputs with the same `key`, else
        `compute`d (with the extractor's tables, which the global steps read) and stored."""
        stored = StoredResult(self.folder / name)
        result = stored.get(key)
        if not isinstance(result, kind):
            self._ready()
            result = compute()
            stored.put(key, result)
        return result

    def stories(self, extractions: Sequence[Extraction], rules: Sequence[EditorRule]) -> stories.Stories:
        """The stories, read back when what finding them reads (the rules, and of each article its
        signals, path, title, dates and pins) is what they were last found from: a rebuild after an
        edit past an article's lead that names no one groups nothing. Grouping again computes the
        signals of the articles that changed only."""
        key = stories.stories_key(extractions, rules, self.content_keys.of(extractions))
        found = self._stored(
            "stories.pickle",
            key,
            stories.Stories,
            lambda: stories.find_stories(extractions, rules, self.signals.of(extractions)),
        )
        self._save(self.content_keys, self.signals)
        return found

    def resolution(
        self, extractions: Sequence[Extraction], rules: Sequence[EditorRule], found: stories.Stories
    ) -> resolve.Resolution:
        """The entities, read back when the names, the stories and the rules are those they were
        last made from: an article edited without a new name does not resolve again."""
        key = resolve.names_key(extractions, rules, found, self.names.of(extractions))
        resolution = self._stored(
            "resolution.pickle",
            key,
            resolve.Resolution,
            lambda: resolve.find_entities(extractions, rules, found),
        )
        self._save(self.names)
        return resolution

    def pages(self, briefing: Briefing, directory_urls: bool) -> PageCache:
        """The pages an earlier build of the same code, templates and addressing rendered."""
        return PageCache(self.folder, briefing, directory_urls)
