"""An editor's word on stories: front-matter pins and the overrides file's story rules, applied
to the stories grouping found."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..characters import quoted
from ..load.overrides import EditorRule, Move, StoryEdit
from ..model import Article, Problem
from ..slugs import slugify, story_slug


def path_named(path: str, name: str) -> bool:
    """Whether an editor's `name` is the article at `path`: the path, or its end ("kyiv/cnn.md")."""
    name = name.strip().replace("\\", "/").removeprefix("./")
    return path == name or path.endswith("/" + name)


@dataclass
class Draft:
    """A story while editors' rules still move articles in and out of it."""

    members: list[int]
    """Indices of its articles."""
    names: set[str] = field(default_factory=set)
    """The slugs (`slugs.story_slug`) of the titles it answers to: the one it was found with and any an
    editor gave."""
    title: str | None = None
    """The title an editor gave it; None: chosen from its headlines."""


class Drafts:
    """The stories of one briefing, found by their names or their articles' paths."""

    def __init__(self, articles: Sequence[Article], groups: list[list[int]], titles: list[str]) -> None:
        self.articles = articles
        self.drafts = [
            Draft(list(members), {story_slug(title)}) for members, title in zip(groups, titles, strict=True)
        ]

    def find(self, name: str) -> Draft | None:
        """The story named `name` (a title or slug it answers to), else the story of the article named so."""
        wanted = {slugify(name), story_slug(name)}
        for draft in self.drafts:
            if wanted & draft.names and draft.members:
                return draft
        article = self.article(name)
        return next((d for d in self.drafts if article in d.members), None) if article is not None else None

    def article(self, name: str) -> int | None:
        """The article whose path is or ends with `name`, else whose title is `name`."""
        for index, article in enumerate(self.articles):
            if path_named(article.path, name):
                return index
        wanted = slugify(name)
        return next((i for i, a in enumerate(self.articles) if slugify(a.title) == wanted), None)

    def move(self, index: int, target: Draft | None, title: str | None = None) -> Draft:
        """Put article `index` into `target`, or into a new story (titled `title`, if given)."""
        for draft in self.drafts:
            if index in draft.members:
                draft.members.remove(index)
        if target is None:
            target = Draft([], {story_slug(title)} if title else set(), title)
            self.drafts.append(target)
        target.members.append(index)
        return target

    def merge(self, into: Draft, other: Draft) -> None:
        into.members += other.members
        into.names |= other.names
        other.members.clear()


def apply_pins(drafts: Drafts) -> None:
    """Front matter `story:` puts its article into the story of that name; articles pinned to a
    name no story has make a story of that title together."""
    for index, article in enumerate(drafts.articles):
        if article.story:
            drafts.move(index, drafts.find(article.story), article.story)


def apply_rules(drafts: Drafts, rules: Sequence[EditorRule]) -> list[Problem]:
    """The overrides file's moves, merges and titles, in its order; a warning for each name
    that matches nothing."""
    problems: list[Problem] = []
    for rule in rules:
        if isinstance(rule, Move):
            index = drafts.article(rule.article)
            target = drafts.find(rule.to) if rule.to is not None else None
            if index is None:
                problems.append(rule.problem(f"move {quoted(rule.article)} matches no article"))
            elif rule.to is not None and target is None:
                problems.append(rule.problem(f"move to {quoted(rule.to)}: no story goes by that name"))
            else:
                drafts.move(index, target)
        elif isinstance(rule, StoryEdit):
            problems += _edit(drafts, rule)
    return problems


def _edit(drafts: Drafts, rule: StoryEdit) -> list[Problem]:
    draft = drafts.find(rule.story)
    if draft is None:
        return [rule.problem(f"story {quoted(rule.story)} matches no story")]
    problems = []
    for name in rule.merge:
        other = drafts.find(name)
        if other is None:
            problems.append(rule.problem(f"merge {quoted(name)} matches no story"))
        elif other is not draft:
            drafts.merge(draft, other)
    if rule.title:
        draft.title = rule.title
        draft.names.add(story_slug(rule.title))
    return problems
