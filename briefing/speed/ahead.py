"""Pages rendered in another process while MkDocs converts the first ones.

MkDocs converts a page's Markdown in about ten times the time briefing takes to render it, in
one process, one page after the other. A build that renders every page (a cold one) need not
wait for all of them: it lists the pages (their paths, which the build's files need), and a
forked process renders them, in the order MkDocs reads them, while the build's own process
converts those already sent. Rendering then costs the build about the time of listing them.
Once it has sent them all, the same process converts pages too (`briefing.speed.conversion`).

A forked process inherits the briefing without copying it, which a process that runs other
threads cannot do safely (`mkdocs serve` between builds): there, and for anything else that
goes wrong in the other process, the pages are rendered in the build's own process, the same.
"""

from __future__ import annotations

import gc
import multiprocessing
import queue
import threading
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
from .conversion import Conversion, Converted, convert
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

    def __init__(self, kept: PageCache | None, outbox: _Outbox) -> None:
        self.kept = kept
        self.compiled = kept.compiled if kept else None
        self.outbox = outbox
        self.batch: list[tuple[str, str]] = []
        self.sent: dict[str, str] = {}
        """Every page sent, for the pages this process converts too."""

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
        self.sent[path] = markdown
        self.batch.append((path, markdown))
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        self.outbox.send(self.batch)
        self.batch = []


class _Outbox:
    """Messages to the build's process, sent by a thread of their own: the build's process reads
    pages only as fast as MkDocs converts them, and rendering need not wait for it."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.queue: queue.SimpleQueue = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._post, daemon=True)
        self.thread.start()

    def send(self, message: object) -> None:
        self.queue.put(message)

    def _post(self) -> None:
        while (message := self.queue.get()) is not _Outbox:
            self.connection.send(message)

    def close(self) -> None:
        """Send what is left, then close the connection."""
        self.queue.put(_Outbox)
        self.thread.join()
        self.connection.close()


def _render_and_send(
    connection: Connection,
    briefing: Briefing,
    directory_urls: bool,
    cache: Path | None,
    conversion: Conversion | None,
) -> None:
    """In the other process: render every page, sending each, then the seconds it took (every
    page is sent); convert the pages the build's process has not come to, from the last one back
    (see `briefing.speed.conversion`), sending each; then keep the pages in the cache."""
    outbox = _Outbox(connection)
    try:
        started = time.perf_counter()
        kept = Cache(cache).pages(briefing, directory_urls) if cache is not None else None
        sending = _Sending(kept, outbox)
        with collector.frozen():
            render(briefing, directory_urls=directory_urls, reuse=sending)
        sending.flush()
        outbox.send(time.perf_counter() - started)
        if conversion is not None:
            _convert_from_the_end(outbox, sending.sent, conversion)
        if kept:
            kept.save()
    except BaseException:
        outbox.send(traceback.format_exc())
    finally:
        outbox.close()


def _convert_from_the_end(outbox: _Outbox, sent: dict[str, str], conversion: Conversion) -> None:
    """Convert the pages of `conversion`, from the last one back, till one is claimed by the build's
    process; a page that fails to convert is sent as None (the build's process converts it)."""
    for path in reversed(conversion.claims.paths):
        if not conversion.claims.claim(path, here=False):
            return
        try:
            converted: Converted | None = convert(path, sent[path], conversion)
        except Exception:
            converted = None
        outbox.send((path, converted))


class PagesAhead:
    """The pages of a briefing, listed at once and rendered by another process while they are read;
    and, once it has rendered them all, converted by it too (see `briefing.speed.conversion`)."""

    def __init__(
        self,
        briefing: Briefing,
        directory_urls: bool,
        cache: Path | None,
        here: Callable[[], dict[str, str]],
    ) -> None:
        """List the pages. `here` renders every page in this process, should the other fail."""
        self.briefing, self.directory_urls, self.cache, self.here = briefing, directory_urls, cache, here
        self.received: dict[str, str] = {}
        self.converted: dict[str, Converted | None] = {}
        """The pages the other process converted, by path (None: it failed to), till they are read."""
        self.converted_there = 0
        """How many pages the other process converted."""
        self.seconds: float | None = None
        """How long the other process took to render every page, once it has."""
        self.failed: str | None = None
        """Why the other process failed, if it did: the pages were rendered in this one."""
        self.done = False
        """Whether every page is received (or the other process failed)."""
        self.ended = False
        """Whether the other process has sent all it will."""
        self.conversion: Conversion | None = None
        self.process: multiprocessing.process.BaseProcess | None = None
        with collector.frozen():
            listed = render(briefing, directory_urls=directory_urls, reuse=_Listing(), with_feed=True)
        self.paths = list(listed)
        """Every page, in the order the other process renders them, and the feed."""
        # The feed, which MkDocs copies before it converts a page, is made here, at once.
        self.received[FEED] = listed[FEED]

    def start(self, conversion: Conversion | None = None) -> None:
        """Start the other process (once); with `conversion`, it converts pages too."""
        if self.process is not None:
            return
        self.conversion = conversion
        receiving, sending = multiprocessing.Pipe(duplex=False)
        # Frozen, the briefing the other process inherits is never written by its collector, so
        # its memory stays shared instead of being copied page by page.
        gc.freeze()
        try:
            self.process = multiprocessing.get_context("fork").Process(
                target=_render_and_send,
                args=(sending, self.briefing, self.directory_urls, self.cache, conversion),
                daemon=True,
            )
            self.process.start()
        finally:
            gc.unfreeze()
        sending.close()
        self.connection = receiving

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, path: str) -> str:
        """The page at `path`, once the other process has sent it."""
        self.start()
        while path not in self.received and not self.done:
            self._receive()
        if path not in self.received:
            # As a build without another process renders them: what failed there fails here,
            # with its own traceback.
            self.received.update(self.here())
        return self.received.pop(path)

    def conversion_of(self, path: str) -> Converted | None:
        """The page at `path` as the other process converted it; None when this process is to
        convert it (it claims the page, unless the other has)."""
        if self.conversion is None or self.conversion.claims.claim(path, here=True):
            return None
        while path not in self.converted and not self.ended:
            self._receive()
        return self.converted.pop(path, None)

    def _receive(self) -> None:
        try:
            message = self.connection.recv()
        except EOFError:
            self.ended = True
            message = None if self.done else "the process rendering the pages ended before sending them all"
        if isinstance(message, list):
            self.received.update(message)
        elif isinstance(message, tuple):
            path, converted = message
            self.converted[path] = converted
            self.converted_there += converted is not None
        elif isinstance(message, float):
            self.done, self.seconds = True, message
        elif isinstance(message, str):
            self.done, self.ended, self.failed = True, True, message

    def close(self, *, stop: bool = False) -> None:
        """Wait for the other process to send all it will and keep the pages in the cache; or
        `stop` it (the build failed)."""
        if self.process is None:
            return  # no page was read: nothing to wait for
        if stop:
            self.process.terminate()
        while not stop and not self.ended:
            self._receive()
        self.process.join()
        self.connection.close()
