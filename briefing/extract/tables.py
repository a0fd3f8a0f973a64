"""The tables every extraction reads (gazetteer, given names, frequent words): built once per process,
or taken over from one that built them (`built`, `take`), which is several times faster."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_built: dict[str, Any] = {}


def shared(name: str, build: Callable[[], T]) -> T:
    """The process's one table called `name`, made by `build` the first time it is asked for."""
    table = _built.get(name)
    if table is None:
        table = _built[name] = build()
    return table


def held() -> bool:
    """This process has tables already (built or taken)."""
    return bool(_built)


def built() -> dict[str, Any]:
    """Every table built so far, by name."""
    return dict(_built)


def take(tables: dict[str, Any]) -> None:
    """Use `tables` (as `built` gave them, in a process of the same code), keeping any this process has."""
    for name, table in tables.items():
        _built.setdefault(name, table)
