"""Pages rendered in another process while MkDocs converts the first ones.

MkDocs converts a page's Markdown in about ten times the time briefing takes to render it, in
one process, one page after the other. A build that renders every page (a cold one) need not
wait for all of them: it lists the pages (their paths, which the build's files need), and a
forked process renders them, in the order MkDocs reads them, while the build's own process
converts those already sent. Rendering then costs the build about the time of listing them.

A forked process inherits the briefing without copying it, which a process that runs other
threads cannot do safely (`mkdocs serve` between builds): there, and for anything else that
goes wrong in the other process, the pages are rendered in the build's own process, the same.
"""

from __future__ import annotations

import gc
import multiprocessing
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from ..model import Briefing
from ..render import render
from ..render.feed import FEED
from . import collector
from .cache import Cache
from .pages import PageCache

BATCH = 64
"""Pages sent at a time: few enough to keep the build's process fed from the start."""


class _Listing:
    """A `briefing.render.reuse.Reuse` that has every page, empty: rendering with it lists the pages."""

    compiled = None

    def page(self, path: str, signature: str) -> str:
        return ""

    def rendered(self, path: str, signature: str, markdown: str) -> None:
        pass  # never called: every page is had


class _Sending:
    """A `briefing.render.reuse.Reuse` that sends each page on as it is rendered or taken from
    the pages an earlier build kept (`kept`, if any)."""

    def __init__(self, kept: PageCache | None, connection: Connection) -> None:
        self.kept = kept
        self.compiled = kept.compiled if kept else None
        self.connection = connection
        self.batch: list[tuple[str, str]] = []

    def page(self, path: str, signature: str) -> str | None:
        markdown = self.kept.page(path, signature) if self.kept else None
        if markdown is not None:
            self.send(path, markdown)
        return markdown

    def rendered(self, path: str, signature: str, markdown: str) -> None:
        if self.kept:
            self.kept.rendered(path, signature, markdown)
        self.send(path, markdown)

    def send(self, path: str, markdown: str) -> None:
        self.batch.append((path, markdown))
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        self.connection.send(self.batch)
        self.batch = []


def _render_and_send(
    connection: Connection, briefing: Briefing, directory_urls: bool, cache: Path | None
) -> None:
    """In the other process: render every page, sending each, then the seconds it took (every
    page is sent), then keep them in the cache."""
    try:
        started = time.perf_counter()
        kept = Cache(cache).pages(briefing, directory_urls) if cache is not None else None
        sending = _Sending(kept, connection)
        with collector.frozen():
            render(briefing, directory_urls=directory_urls, reuse=sending)
        sending.flush()
        connection.send(time.perf_counter() - started)
        if kept:
            kept.save()
    except BaseException:
        connection.send(traceback.format_exc())
    finally:
        connection.close()


class PagesAhead:
    """The pages of a briefing, listed at once and rendered by another process while they are read."""

    def __init__(
        self,
        briefing: Briefing,
        directory_urls: bool,
        cache: Path | None,
        here: Callable[[], dict[str, str]],
    ) -> None:
        """Start the other process, then list the pages (both at once, on two cores). `here`
        renders every page in this process, should the other fail."""
        self.here = here
        self.received: dict[str, str] = {}
        self.seconds: float | None = None
        """How long the other process took to render every page, once it has."""
        self.failed: str | None = None
        """Why the other process failed, if it did: the pages were rendered in this one."""
        receiving, sending = multiprocessing.Pipe(duplex=False)
        # Frozen, the briefing the other process inherits is never written by its collector, so
        # its memory stays shared instead of being copied page by page.
        gc.freeze()
        try:
            self.process = multiprocessing.get_context("fork").Process(
                target=_render_and_send, args=(sending, briefing, directory_urls, cache), daemon=True
            )
            self.process.start()
        finally:
            gc.unfreeze()
        sending.close()
        self.connection = receiving
        self.done = False
        with collector.frozen():
            listed = render(briefing, directory_urls=directory_urls, reuse=_Listing(), with_feed=True)
        self.paths = list(listed)
        """Every page, in the order the other process renders them, and the feed."""
        # The feed, which MkDocs copies before it converts a page, is made here, at once.
        self.received[FEED] = listed[FEED]

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, path: str) -> str:
        """The page at `path`, once the other process has sent it."""
        while path not in self.received and not self.done:
            self._receive()
        if path not in self.received:
            # As a build without another process renders them: what failed there fails here,
            # with its own traceback.
            self.received.update(self.here())
        return self.received.pop(path)

    def _receive(self) -> None:
        try:
            message = self.connection.recv()
        except EOFError:
            message = "the process rendering the pages ended before sending them all"
        if isinstance(message, list):
            self.received.update(message)
        elif isinstance(message, float):
            self.done, self.seconds = True, message
        else:
            self.done, self.failed = True, message

    def close(self, *, stop: bool = False) -> None:
        """Wait for the other process to send every page and keep them in the cache; or `stop` it
        (the build failed)."""
        if stop:
            self.process.terminate()
        while not stop and not self.done:
            self._receive()
        self.process.join()
        self.connection.close()
