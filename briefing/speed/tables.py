"""The extractor's tables kept in a cache folder: a process reads them back in about 0.15 seconds
instead of building them in about 1.5."""

from __future__ import annotations

from pathlib import Path

from ..extract import prepare, tables
from .store import read_pickle, write_pickle


def ready_tables(file: Path | None = None) -> None:
    """The extractor's tables built (see `prepare`). With `file`, in a folder of this extractor's
    version, a process without tables reads them from it, or builds them and writes it: the
    tables are read back without a check that the code building them is the same."""
    fresh = file is not None and not tables.held()
    stored = read_pickle(file) if fresh else None
    if isinstance(stored, dict):
        tables.take(stored)
    prepare()
    if fresh and not isinstance(stored, dict):
        write_pickle(file, tables.built())
