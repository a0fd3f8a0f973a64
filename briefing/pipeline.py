"""The whole pipeline, load → extract → stories → resolve, as the CLI and the plugin both run it."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from . import collector
from .cache import ExtractionCache, StoredResult, tables_file
from .extract import prepare
from .load import load_articles
from .model import Briefing, Extraction
from .overrides import Rule, load_overrides
from .parallel import extract_all
from .resolve import Resolution, apply, find_entities, names_key
from .stories import Stories, find_stories

Progress = Callable[[int, int], None]
"""Told (articles extracted so far, articles to extract) as extraction goes."""


def build_briefing(
    paths: Iterable[str | Path],
    *,
    entities: str | Path | None = None,
    workers: int | None = None,
    cache: str | Path | None = None,
    timings: dict[str, float] | None = None,
    progress: Progress | None = None,
) -> Briefing:
    """Load every article under `paths`, extract each, find the stories among them, and resolve
    entities across them.

    `entities` is an editor's overrides file (entities.yml), applied to stories and entities.
    `workers` processes extract (default: every core); the result is the same for any number.
    With a `cache` folder, articles whose content was extracted before by the same extractor
    are read back instead, and so is the resolution when the names found and the overrides are
    those it was made from; the extractor's tables are built only when something is extracted or
    resolved anew, and read back from the cache too. `timings`, when given, is filled with
    seconds per stage ("load", "extract", "stories", "resolve") and the counts "articles",
    "extracted" and "cached".
    """
    clock = time.perf_counter()
    stages: dict[str, float] = {}

    # Loading, stories and resolving make many long-lived objects and no garbage cycles. Extraction
    # keeps its collector: forked workers would inherit a paused one.
    with collector.paused():
        articles, problems = load_articles(paths)
    stages["load"] = time.perf_counter() - clock

    clock = time.perf_counter()
    store = ExtractionCache(cache) if cache is not None else None
    found: list[Extraction | None] = [store.get(a) if store else None for a in articles]
    missing = [i for i, extraction in enumerate(found) if extraction is None]
    done = len(articles) - len(missing)
    if progress:
        progress(done, len(articles))

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress(done, len(articles))

    for index, extraction in zip(
        missing,
        extract_all(
            [articles[i] for i in missing],
            workers,
            advance,
            tables_file(cache) if cache is not None else None,
        ),
    ):
        found[index] = extraction
        if store:
            store.put(extraction)
    extractions = [e for e in found if e is not None]
    if store:
        store.save()
    stages["extract"] = time.perf_counter() - clock

    with collector.paused():
        briefing = _global_steps(extractions, problems, entities, cache, stages)

    if timings is not None:
        timings.update(
            stages, articles=len(articles), extracted=len(missing), cached=len(articles) - len(missing)
        )
    return briefing


def _global_steps(
    extractions: list[Extraction],
    problems: list,
    entities: str | Path | None,
    cache: str | Path | None,
    stages: dict[str, float],
) -> Briefing:
    """Stories, then entities, with an editor's `entities` file; each step's seconds in `stages`."""
    clock = time.perf_counter()
    overrides: tuple[Rule, ...] = ()
    if entities is not None:
        overrides, found = load_overrides(entities)
        problems = [*problems, *found]
    stories = _stories(extractions, overrides, cache)
    stages["stories"] = time.perf_counter() - clock
    clock = time.perf_counter()
    briefing = apply(
        _entities(extractions, overrides, stories, cache),
        extractions,
        [*problems, *stories.problems],
        stories,
    )
    stages["resolve"] = time.perf_counter() - clock
    return briefing


def _stories(extractions: list[Extraction], overrides: tuple[Rule, ...], cache: str | Path | None) -> Stories:
    """Stories, read back from the `cache` folder when the articles (their paths and bytes) and the
    overrides are those they were last found from: a rebuild with nothing changed groups nothing."""
    if cache is None:
        return find_stories(extractions, overrides)
    stored = StoredResult(Path(cache) / "stories.pickle")
    digest = hashlib.sha256(repr(overrides).encode())
    for extraction in extractions:
        article = extraction.article
        digest.update(
            f"{article.path}\0{article.digest}\0{article.markup}\0".encode("utf-8", "surrogatepass")
        )
    stories = stored.get(digest.hexdigest())
    if not isinstance(stories, Stories):
        prepare(tables_file(cache))
        stories = find_stories(extractions, overrides)
        stored.put(digest.hexdigest(), stories)
    return stories


def _entities(
    extractions: list[Extraction], overrides: tuple[Rule, ...], stories: Stories, cache: str | Path | None
) -> Resolution:
    """Resolution, read back from the `cache` folder when the names, the stories and the overrides
    are those it was last made from: an article edited without a new name does not resolve again."""
    if cache is None:
        return find_entities(extractions, overrides, stories)
    stored = StoredResult(Path(cache) / "resolution.pickle")
    key = names_key(extractions, overrides, stories)
    resolution = stored.get(key)
    if not isinstance(resolution, Resolution):
        prepare(tables_file(cache))
        resolution = find_entities(extractions, overrides, stories)
        stored.put(key, resolution)
    return resolution
