"""Extraction of many articles across processes, with results in input order."""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from ..extract import extract
from ..model import Article, Extraction, Figure, Mention, Quote
from .tables import ready_tables

POOL_THRESHOLD = 50
"""Fewer articles than this are extracted in-process: starting workers would cost more than it saves."""

CHUNK = 16
"""Articles per task: big enough to amortize a round trip, small enough to balance and show progress."""

_Found = tuple[tuple[Mention, ...], tuple[Figure, ...], tuple[Quote, ...], tuple[Figure, ...]]

_articles: Sequence[Article] = ()
"""The articles of the running `extract_all`, in a worker: received once, when the worker starts."""


def _start_worker(articles: Sequence[Article], tables: Path | None) -> None:
    global _articles
    _articles = articles
    ready_tables(tables)


def _extract_range(start: int, stop: int) -> list[_Found]:
    # Only what was found goes back: the parent has the articles already.
    return [(x.mentions, x.figures, x.quotes, x.headline) for x in map(extract, _articles[start:stop])]


def can_fork() -> bool:
    """Whether this process may fork: where the system can, and while it runs no other thread
    (mkdocs serve does, between builds), which could leave a lock held in the child forever."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _context() -> multiprocessing.context.BaseContext:
    # Forked workers inherit the tables `ready_tables` built and the articles, so they start at once and
    # nothing is pickled to them; where forking is not safe, they are spawned.
    return multiprocessing.get_context("fork" if can_fork() else "spawn")


def extract_all(
    articles: Sequence[Article],
    workers: int | None = None,
    on_done: Callable[[int], None] | None = None,
    tables: Path | None = None,
) -> list[Extraction]:
    """`extract` of every article, in the order given, using up to `workers` processes
    (default: every core). `on_done(n)` is told each time n more articles are finished.
    `tables` is where the extractor's tables are stored (see `ready_tables`), for workers that do not
    inherit them."""
    if not articles:
        return []  # nothing needs the tables: a rebuild with every article cached never builds them
    workers = workers or os.cpu_count() or 1
    ready_tables(tables)
    if workers == 1 or len(articles) < max(POOL_THRESHOLD, 2):
        results = []
        for article in articles:
            results.append(extract(article))
            if on_done:
                on_done(1)
        return results
    starts = range(0, len(articles), CHUNK)
    found: list[_Found | None] = [None] * len(articles)
    # Frozen, the tables and articles a forked worker inherits are never written by its garbage
    # collector, so their memory stays shared instead of being copied page by page.
    gc.freeze()
    try:
        with ProcessPoolExecutor(
            min(workers, len(starts)),
            mp_context=_context(),
            initializer=_start_worker,
            initargs=(articles, tables),
        ) as pool:
            futures = {pool.submit(_extract_range, start, start + CHUNK): start for start in starts}
            for future in as_completed(futures):
                chunk = future.result()
                # Placed by position, never by completion order, so the output is the same for any `workers`.
                found[futures[future] : futures[future] + len(chunk)] = chunk
                if on_done:
                    on_done(len(chunk))
    finally:
        gc.unfreeze()
    return [Extraction(article, *parts) for article, parts in zip(articles, found, strict=True)]
