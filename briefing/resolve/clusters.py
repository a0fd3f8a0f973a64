"""Names grouped into entities: a union-find while the rules merge, then groups an editor may
still merge and take apart."""

from __future__ import annotations

import collections
from collections.abc import Callable, Iterable
from typing import NamedTuple

from ..model import Mention
from ..unions import Unions

Node = tuple[str, str, str]
"""What a name is, before it is an entity: (kind, story id, key). The key is the fullest name
within the article for people and organizations, the place chosen for places."""


class Named(NamedTuple):
    """A mention, and the node it is."""

    node: Node
    mention: Mention


Clusters = Unions[Node]
"""The entities-to-be while the rules merge names."""


class Groups:
    """The mentions of each entity-to-be, by its root (its smallest node)."""

    def __init__(self, clusters: Clusters, named: Iterable[Named]) -> None:
        self.members: dict[Node, list[Named]] = collections.defaultdict(list)
        for item in named:
            self.members[clusters.find(item.node)].append(item)

    def merge(self, roots: list[Node]) -> Node:
        """One group of the groups of `roots`; returns its root."""
        root = min(roots)
        for other in roots:
            if other != root:
                self.members[root] += self.members.pop(other)
        return root

    def carve(self, root: Node, taken: Callable[[Named], bool]) -> tuple[Node, Node] | None:
        """Take the members of `root` for which `taken` holds into a group of their own; returns
        the roots of the rest and of the new group, or None when `taken` holds for all or none."""
        kept = [m for m in self.members[root] if not taken(m)]
        moved = [m for m in self.members[root] if taken(m)]
        if not kept or not moved:
            return None
        del self.members[root]
        roots = min(m.node for m in kept), min(m.node for m in moved)
        self.members[roots[0]], self.members[roots[1]] = kept, moved
        return roots
