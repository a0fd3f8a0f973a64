"""An editor's entity rules applied to the groups resolution made: merges, renames, drops and
splits, everywhere or within one story."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..characters import listed, quoted
from ..extract.gazetteer import fold
from ..load.overrides import EditorRule, Override, Split
from ..model import Problem
from .clusters import Groups, Named, Node
from .entities import canonical


class Corrections:
    """The rules' effect on `groups`, in the file's order: the edit of each group, and warnings."""

    def __init__(self, groups: Groups, story_named: Callable[[str], str | None]) -> None:
        self.groups = groups
        self.story_named = story_named
        self.edits: dict[Node, Override] = {}
        self.problems: list[Problem] = []

    def apply(self, rules: Sequence[EditorRule]) -> None:
        for rule in rules:
            if isinstance(rule, Split):
                self._split(rule)
            elif isinstance(rule, Override):
                self._override(rule)

    def _names(self, members: list[Named]) -> set[str]:
        """Every name a group goes by: its mentions' texts and keys, and its canonical name."""
        return (
            {fold(m.mention.text) for m in members}
            | {fold(m.mention.key) for m in members}
            | {fold(canonical(members[0].node[0], members))}
        )

    def _hits(self, names: frozenset[str], story: str | None = None) -> list[Node]:
        """The groups that go by one of `names` (within `story`, when given)."""
        hits = []
        for root, members in self.groups.members.items():
            within = [m for m in members if story is None or m.node[1] == story]
            if within and self._names(within) & names:
                hits.append(root)
        return sorted(hits)

    def _carve(self, root: Node, nodes: set[Node]) -> tuple[Node, Node]:
        """Take the group of `nodes` out of `root`'s, whose rest keeps its edit: the roots of the
        rest and of the group taken (both `root` when `nodes` are all or none of it)."""
        roots = self.groups.carve(root, lambda m: m.node in nodes)
        if roots is None:
            return root, root
        if root in self.edits:
            self.edits[roots[0]] = self.edits.pop(root)
        return roots

    def _override(self, rule: Override) -> None:
        story = None
        if rule.story is not None:
            story = self.story_named(rule.story)
            if story is None:
                self.problems.append(rule.problem(f"story {quoted(rule.story)} matches no story"))
                return
        hits = self._hits(frozenset(fold(name) for name in (rule.name, *rule.aliases)), story)
        if not hits:
            action = "drop" if rule.drop else "override"
            self.problems.append(
                rule.problem(
                    f"{action} {quoted(rule.name)} matches no entity"
                    + (f" in story {quoted(rule.story)}" if story else "")
                )
            )
            return
        if story is not None:
            hits = [
                self._carve(root, {m.node for m in self.groups.members[root] if m.node[1] == story})[1]
                for root in hits
            ]
        if rule.drop:
            for root in hits:
                del self.groups.members[root]
                self.edits.pop(root, None)
            return
        for root in hits:
            self.edits.pop(root, None)
        self.edits[self.groups.merge(hits)] = rule

    def _split(self, rule: Split) -> None:
        hits = self._hits(frozenset({fold(rule.name)}))
        if not hits:
            self.problems.append(rule.problem(f"split {quoted(rule.name)} matches no entity"))
            return
        apart = {fold(name) for name in rule.apart}
        for root in hits:
            members = self.groups.members[root]
            if apart:
                parts = [
                    {m.node for m in members if fold(m.mention.text) in apart or fold(m.mention.key) in apart}
                ]
            else:
                parts = [
                    {m.node for m in members if m.node[1] == story}
                    for story in sorted({m.node[1] for m in members})
                ]
            parts = [part for part in parts if part and len(part) < len({m.node for m in members})]
            if not parts:
                how = (
                    f"no mention of it is named {listed(rule.apart)}"
                    if apart
                    else "it is named in one story only"
                )
                self.problems.append(rule.problem(f"split {quoted(rule.name)}: {how}"))
            # By story, the first story's mentions stay; the others each become an entity.
            for part in parts if apart else parts[1:]:
                root = self._carve(root, part)[0]
