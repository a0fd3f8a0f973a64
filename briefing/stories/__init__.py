"""Stories: the step after extraction that tells which articles report one event.

`group` finds the stories from the articles' text; an editor's front-matter pins and the
overrides file's story rules correct it; each story is then titled from its own headlines and
given an id that is the slug of its page.
"""

from __future__ import annotations

import collections
import datetime
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from ..load.overrides import EditorRule
from ..model import Extraction, Problem, Story
from ..slugs import slugify, story_slug, unique_slugs
from .edits import Drafts, apply_pins, apply_rules, path_named
from .grouping import content_key, group
from .related import related
from .signals import Signals, signals
from .titles import story_title


@dataclass(frozen=True)
class Stories:
    """What the stories step decided."""

    stories: dict[str, Story]
    """Stories by id, the latest first."""
    story_of: dict[str, str]
    """The story id of each article, by its path."""
    problems: tuple[Problem, ...] = ()
    """Story rules that matched nothing."""


def find_stories(
    extractions: Sequence[Extraction], rules: Sequence[EditorRule] = (), said: Sequence[Signals] | None = None
) -> Stories:
    """The stories of `extractions`, as grouping finds them and the editor corrects them. `said` are
    the articles' signals (`signals.signals` of each), when they are known already."""
    articles = [e.article for e in extractions]
    said = [signals(e) for e in extractions] if said is None else said
    groups = group(extractions, said)
    titled = {tuple(members): story_title([extractions[i] for i in members]) for members in groups}
    drafts = Drafts(articles, groups, list(titled.values()))
    apply_pins(drafts)
    problems = apply_rules(drafts, rules)
    found = [sorted(d.members) for d in drafts.drafts if d.members]
    titles = [
        draft.title or titled.get(tuple(members)) or story_title([extractions[i] for i in members])
        for draft, members in zip((d for d in drafts.drafts if d.members), found, strict=True)
    ]
    order = sorted(range(len(found)), key=lambda s: articles[found[s][0]].path)
    # No story takes the stories index's name: unique_slugs keeps every slug off `slugs.RESERVED`.
    ids = unique_slugs([(articles[found[s][0]].path, titles[s]) for s in order], story_slug)
    kin: dict[int, list[str]] = collections.defaultdict(list)
    for a, b in related(found, said):
        kin[a].append(ids[articles[found[b][0]].path])
        kin[b].append(ids[articles[found[a][0]].path])
    stories = [
        _story(ids[articles[members[0]].path], title, [articles[i] for i in members], kin[n])
        for n, (members, title) in enumerate(zip(found, titles, strict=True))
    ]
    stories.sort(key=_latest_first)
    return Stories(
        {s.id: s for s in stories}, {path: s.id for s in stories for path in s.articles}, tuple(problems)
    )


def stories_key(
    extractions: Sequence[Extraction], rules: Sequence[EditorRule] = (), keys: Sequence[str] | None = None
) -> str:
    """A hash of everything `find_stories` reads: the editor's rules and, for each article, what
    grouping reads of it (`grouping.content_key` of its signals; `keys`, when known already) and
    what pins, titles and the stories' records read (its path, title, first paragraph, date,
    outlet and front-matter story). An edit past an article's lead that names no one leaves it as it was."""
    digest = hashlib.sha256(repr(rules).encode())
    if keys is None:
        keys = [content_key(signals(e)) for e in extractions]
    for extraction, key in zip(extractions, keys, strict=True):
        a = extraction.article
        first = a.lead.text if a.lead else ""
        read = (a.path, a.title, a.title_derived, first, a.date, a.source, a.story, key)
        digest.update(repr(read).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def story_named(stories: Stories, name: str) -> str | None:
    """The id of the story that goes by `name`: its title or slug, else the path of one of its articles."""
    wanted = {slugify(name), story_slug(name)}
    for story in stories.stories.values():
        if wanted & {story.id, story_slug(story.title)}:
            return story.id
    return next((id for path, id in stories.story_of.items() if path_named(path, name)), None)


def _story(id: str, title: str, articles: list, related: list[str]) -> Story:
    dates = sorted(a.date for a in articles if a.date)
    return Story(
        id=id,
        title=title,
        articles=tuple(a.path for a in articles),
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
        sources=tuple(sorted({a.source for a in articles if a.source})),
        related=tuple(sorted(related)),
    )


def _latest_first(story: Story) -> tuple:
    return (
        story.last is None,
        -(story.last or datetime.date.min).toordinal(),
        -len(story.articles),
        story.title.casefold(),
        story.id,
    )


__all__ = ["Stories", "find_stories", "group", "stories_key", "story_named"]
