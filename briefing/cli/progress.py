"""A progress bar for long runs on a terminal, kept off stdout so piped JSON stays clean."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ..pipeline import Progress as OnProgress

MIN_ARTICLES = 200
"""Runs with fewer articles to extract finish too soon for a bar to help."""


@contextlib.contextmanager
def extraction_bar() -> Iterator[OnProgress | None]:
    """A callback for `build_briefing(progress=...)` drawing a bar on stderr, or None when
    stderr is not a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    bar = Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        # No refresh thread: a threaded parent makes the worker pool spawn instead of fork.
        console=Console(file=sys.stderr),
        transient=True,
        auto_refresh=False,
    )
    task = None

    def update(done: int, total: int) -> None:
        nonlocal task
        if task is None:
            if total - done < MIN_ARTICLES:
                return
            bar.start()
            task = bar.add_task("extract", total=total)
        bar.update(task, completed=done, refresh=True)

    try:
        yield update
    finally:
        bar.stop()
