"""The whole pipeline, load → extract → stories → resolve → render, as the CLI and the plugin both
run it: the steps, with the speed machinery (`briefing.speed`) around them.

The steps know nothing of it: a cache folder keeps what each step made for the next build,
extraction runs across processes, and Python's cycle collector is kept away from the briefing's
long-lived data.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import resolve
from .load import load_articles, load_overrides
from .load.overrides import EditorRule
from .model import Article, Briefing, Extraction, Problem
from .render import render
from .speed import collector
from .speed.ahead import PagesAhead
from .speed.cache import Cache
from .speed.parallel import extract_all
from .stories import find_stories

Progress = Callable[[int, int], None]
"""Told (articles extracted so far, articles to extract) as extraction goes."""


@dataclass(frozen=True)
class BuildReport:
    """How a build went: what it read, what it extracted anew, and the seconds of each step."""

    articles: int
    """Articles loaded."""
    extracted: int
    """Articles extracted in this build."""
    cached: int
    """Articles whose extraction was read back from the cache."""
    load_seconds: float
    """Finding, reading and decoding the articles."""
    extract_seconds: float
    """Extracting them, or reading their extractions back."""
    stories_seconds: float
    """Reading the editor's overrides and finding the stories."""
    resolve_seconds: float
    """Resolving entities across the articles."""


@dataclass(frozen=True)
class Built:
    """A briefing, and how it was built."""

    briefing: Briefing
    """What the pages show."""
    report: BuildReport
    """How the build went, for its log."""


def build(
    paths: Iterable[str | Path],
    *,
    entities: str | Path | None = None,
    workers: int | None = None,
    cache: str | Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Load every article under `paths`, extract each, find the stories among them, and resolve
    entities across them.

    `entities` is an editor's overrides file (entities.yml), applied to stories and entities.
    `workers` processes extract (default: every core); the result is the same for any number.
    With a `cache` folder, articles whose content was extracted before by the same extractor
    are read back instead, and so are the stories and the resolution when what they were made
    from is the same; the extractor's tables are built only when something is extracted or
    resolved anew, and read back from the cache too.
    """
    folder = Cache(cache) if cache is not None else None
    started = time.perf_counter()
    # Loading, stories and resolving make many long-lived objects and no garbage cycles. Extraction
    # keeps its collector: forked workers would inherit a paused one.
    with collector.paused():
        articles, problems = load_articles(paths)
    loaded = time.perf_counter()
    extractions, extracted = _extract(articles, workers, folder, progress)
    done = time.perf_counter()
    with collector.paused():
        overrides, problems = _overrides(entities, problems)
        stories = folder.stories(extractions, overrides) if folder else find_stories(extractions, overrides)
        grouped = time.perf_counter()
        resolution = (
            folder.resolution(extractions, overrides, stories)
            if folder
            else resolve.find_entities(extractions, overrides, stories)
        )
        briefing = resolve.apply(resolution, extractions, [*problems, *stories.problems], stories)
    resolved = time.perf_counter()
    report = BuildReport(
        articles=len(articles),
        extracted=extracted,
        cached=len(articles) - extracted,
        load_seconds=loaded - started,
        extract_seconds=done - loaded,
        stories_seconds=grouped - done,
        resolve_seconds=resolved - grouped,
    )
    return Built(briefing, report)


def build_briefing(paths: Iterable[str | Path], **options: Any) -> Briefing:
    """The briefing of `build` (which takes the same options), for callers that need no report."""
    return build(paths, **options).briefing


def _extract(
    articles: Sequence[Article], workers: int | None, cache: Cache | None, progress: Progress | None
) -> tuple[list[Extraction], int]:
    """Every article's extraction, read back from the `cache` or extracted; and how many were extracted."""
    stored = cache.extractions() if cache else None
    found: list[Extraction | None] = [stored.get(a) if stored else None for a in articles]
    missing = [i for i, extraction in enumerate(found) if extraction is None]
    done = len(articles) - len(missing)
    if progress:
        progress(done, len(articles))

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress(done, len(articles))

    tables = cache.tables if cache else None
    for index, extraction in zip(
        missing, extract_all([articles[i] for i in missing], workers, advance, tables), strict=True
    ):
        found[index] = extraction
        if stored:
            stored.put(extraction)
    if stored:
        stored.save()
    return [e for e in found if e is not None], len(missing)


def _overrides(
    entities: str | Path | None, problems: list[Problem]
) -> tuple[tuple[EditorRule, ...], list[Problem]]:
    """The editor's rules in the `entities` file (none without one), and `problems` with its own."""
    if entities is None:
        return (), problems
    rules, found = load_overrides(entities)
    return rules, [*problems, *found]


def render_pages(
    briefing: Briefing,
    templates: Path | None = None,
    *,
    directory_urls: bool = True,
    cache: str | Path | None = None,
) -> dict[str, str]:
    """`render`, with the pages an earlier build left in the `cache` folder reused where they still
    show what they showed, and this build's kept there for the next; and the stories' Atom feed."""
    pages = Cache(cache).pages(briefing, directory_urls) if cache is not None else None
    # The briefing is long-lived and has no cycles: collections need not walk it while pages are made.
    with collector.frozen():
        rendered = render(briefing, templates, directory_urls=directory_urls, reuse=pages, with_feed=True)
        if pages:
            pages.save()
    return rendered


def render_pages_ahead(
    briefing: Briefing, *, directory_urls: bool = True, cache: str | Path | None = None
) -> PagesAhead:
    """`render_pages` with the bundled templates, in another process, each page read when it is
    sent (see `briefing.speed.ahead`): the caller has the list of pages at once."""
    folder = Path(cache) if cache is not None else None
    return PagesAhead(
        briefing,
        directory_urls,
        folder,
        lambda: render_pages(briefing, directory_urls=directory_urls, cache=cache),
    )
