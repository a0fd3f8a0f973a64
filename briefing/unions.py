"""Union-find: items put together into groups, each group known by its smallest item."""

from __future__ import annotations

from typing import Generic, TypeVar

Item = TypeVar("Item")


class Unions(Generic[Item]):
    """Union-find over items; a group's root is its smallest item, so the groups do not depend on
    the order of the unions."""

    def __init__(self) -> None:
        self.parent: dict[Item, Item] = {}

    def find(self, item: Item) -> Item:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: Item, b: Item) -> bool:
        """Put the groups of a and b together; False when they were one already."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
        return ra != rb
