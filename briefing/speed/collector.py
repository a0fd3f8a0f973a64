"""Python's cycle collector kept away from the briefing's data while it is built and rendered.

A large briefing is hundreds of thousands of long-lived objects with no cycles among them;
every full collection would walk them all, and in a rebuild that walk is most of the time.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No cycle collection inside, for code that makes many long-lived objects and no garbage
    cycles; on the way out they are frozen (see `frozen`) rather than walked."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@contextlib.contextmanager
def frozen() -> Iterator[None]:
    """The objects alive on entry are left out of cycle collection inside, new garbage is still
    collected; on the way out every frozen object is collectable again."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
