"""Extraction of many articles across processes, with results in input order."""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Callable, Sequence

from .extract import extract, prepare
from .model import Article, Extraction

POOL_THRESHOLD = 50
"""Fewer articles than this are extracted in-process: starting workers would cost more than it saves."""

_CHUNK = 16  # Articles per task: big enough to amortize pickling, small enough to balance and show progress.


def _extract_chunk(articles: Sequence[Article]) -> list[Extraction]:
    return [extract(article) for article in articles]


def _context() -> multiprocessing.context.BaseContext:
    # Forked workers inherit the tables `prepare` built, so they start at once. Forking a process
    # that runs other threads (mkdocs serve) can deadlock the child, so spawn there instead.
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def extract_all(
    articles: Sequence[Article],
    workers: int | None = None,
    on_done: Callable[[int], None] | None = None,
) -> list[Extraction]:
    """`extract` of every article, in the order given, using up to `workers` processes
    (default: every core). `on_done(n)` is told each time n more articles are finished."""
    workers = workers or os.cpu_count() or 1
    prepare()
    if workers == 1 or len(articles) < max(POOL_THRESHOLD, 2):
        results = []
        for article in articles:
            results.append(extract(article))
            if on_done:
                on_done(1)
        return results
    chunks = [articles[i:i + _CHUNK] for i in range(0, len(articles), _CHUNK)]
    done: dict[int, list[Extraction]] = {}
    with ProcessPoolExecutor(min(workers, len(chunks)), mp_context=_context(), initializer=prepare) as pool:
        futures = {pool.submit(_extract_chunk, chunk): number for number, chunk in enumerate(chunks)}
        for future in as_completed(futures):
            done[futures[future]] = future.result()
            if on_done:
                on_done(len(done[futures[future]]))
    # Reassembled by position, never by completion order, so the output is the same for any `workers`.
    return [extraction for number in range(len(chunks)) for extraction in done[number]]
