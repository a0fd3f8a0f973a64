"""The tables every extraction reads (gazetteer, given names, frequent words): built once per process, or read
back from a file where an earlier process stored them, which is several times faster."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, TypeVar

from ..cache import read_pickle, write_pickle

T = TypeVar("T")

_built: dict[str, Any] = {}


def shared(name: str, build: Callable[[], T]) -> T:
    """The process's one table called `name`, made by `build` the first time it is asked for."""
    table = _built.get(name)
    if table is None:
        table = _built[name] = build()
    return table


def held() -> bool:
    """This process has tables already (built or restored)."""
    return bool(_built)


def restore(file: Path) -> bool:
    """Take the tables stored in `file`, keeping any this process has; False when it holds none."""
    stored = read_pickle(file)
    if not isinstance(stored, dict):
        return False
    for name, table in stored.items():
        _built.setdefault(name, table)
    return True


def store(file: Path) -> None:
    """Keep every table built so far in `file`. Its folder must be one per extractor version:
    the tables are read back without a check that the code building them is the same."""
    write_pickle(file, dict(_built))
