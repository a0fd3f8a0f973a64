"""Editor overrides: an `entities.yml` that corrects what extraction and grouping got wrong.

Each item of the YAML list is one rule. About entities:

    - name: Volodymyr Zelensky          # the entity's name from now on
      aliases: [Zelenskyy, Zelenskiy]   # other names: every entity they match is merged in
      kind: person                      # person, place or organization
      description: President of Ukraine since 2019.
      story: Kyiv strike                # optional: only the entity's mentions in this story
    - drop: Truth Social                # with `story:`, only in that story
    - split: Bush                       # an entity taken apart:
      apart: [Reggie Bush]              # these names' mentions become an entity of their own;
                                        # without `apart`, each story's mentions do

An entity item matches the entities that go by its `name` or one of its `aliases` (as a canonical
name, a surface text or a full name seen in an article; case and accents do not matter).

About stories (a story is named by its title, its slug or the path of one of its articles):

    - story: Russia launches deadliest strike on Kyiv
      title: Kyiv strike, 24 April 2025  # the story's title from now on
      merge: [Kyiv strike aftermath]     # these stories are the same one
    - move: articles/2025/kyiv-follow-up.md   # an article, by its path or title
      to: Kyiv strike, 24 April 2025          # into this story; without `to`, a story of its own
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import MappingNode, SequenceNode

from ..characters import listed, quoted
from ..model import KINDS, Kind, Problem
from ..untrusted_yaml import YamlReader
from .limits import within

_KEYS = frozenset({"name", "aliases", "kind", "description", "drop", "story"})
_STORY_KEYS = frozenset({"story", "title", "merge"})
_MOVE_KEYS = frozenset({"move", "to"})
_SPLIT_KEYS = frozenset({"split", "apart"})


@dataclass(frozen=True)
class EditorRule:
    """One item of the file, and where it is."""

    path: str
    line: int
    """1-based line where the item starts, for warnings."""

    def problem(self, reason: str) -> Problem:
        return Problem(self.path, self.line, reason)


@dataclass(frozen=True)
class Override(EditorRule):
    """An edit to the entity an item matches, or a drop."""

    name: str
    """The canonical name to give (or, with `drop`, the name of the entity to remove)."""
    aliases: tuple[str, ...] = ()
    kind: Kind | None = None
    description: str | None = None
    drop: bool = False
    story: str | None = None
    """The story the edit is limited to (its title, slug or an article's path); None: everywhere."""


@dataclass(frozen=True)
class Split(EditorRule):
    """An entity taken apart, as resolution made it."""

    name: str
    """A name of the entity to split."""
    apart: tuple[str, ...] = ()
    """Names whose mentions become an entity of their own; none: each story's mentions do."""


@dataclass(frozen=True)
class StoryEdit(EditorRule):
    """A story's title, and the stories that are the same one."""

    story: str
    """The story, by its title, slug or the path of one of its articles."""
    title: str | None = None
    merge: tuple[str, ...] = ()


@dataclass(frozen=True)
class Move(EditorRule):
    """An article taken out of its story."""

    article: str
    """The article, by its path or its title."""
    to: str | None = None
    """The story it belongs to; None: a story of its own."""


def load_overrides(path: str | Path) -> tuple[tuple[EditorRule, ...], list[Problem]]:
    """Read an overrides file. Items that cannot be understood are reported and skipped."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return (), [Problem(name, 1, f"cannot read entities file: {error}", "error")]
    reader = YamlReader(name)
    document = reader.document(text)
    if document is None:
        if not reader.problems:
            reader.problem(1, "the entities file has no items", "info")
        return (), reader.problems
    if not isinstance(document, SequenceNode):
        reader.problem(1, "the entities file must be a YAML list of items")
        return (), reader.problems
    overrides = []
    for node in document.value:
        item = _plain_item(reader, node) if isinstance(node, MappingNode) else node
        if item is not None:
            override = _read_item(name, reader.line(node), item, reader.problems)
            if override is not None:
                overrides.append(_bounded(override, reader.problems))
    return tuple(overrides), reader.problems


def _bounded(rule: EditorRule, problems: list[Problem]) -> EditorRule:
    """`rule` with the names, description and title it gives a page within `limits.LIMITS`, and a
    note for each value cut (the names it only looks for are left whole: they match or not)."""
    notes: list[str] = []
    if isinstance(rule, Override) and not rule.drop:
        description = rule.description and within("description", rule.description, notes)
        rule = dataclasses.replace(rule, name=within("name", rule.name, notes), description=description)
    elif isinstance(rule, StoryEdit) and rule.title:
        rule = dataclasses.replace(rule, title=within("title", rule.title, notes))
    problems += [Problem(rule.path, rule.line, note, "info") for note in notes]
    return rule


def _plain_item(reader: YamlReader, node: MappingNode) -> dict[str, str | list[str] | None] | None:
    """An item's keys and values, each value text, a list of text or nothing; None (and an
    error) when one is anything else: the item is skipped, not guessed at."""
    item: dict[str, str | list[str] | None] = {}
    for key, entry in reader.entries(node).items():
        built, value = reader.value(entry)
        if not built:
            return None
        if not (
            value is None
            or isinstance(value, str)
            or (isinstance(value, list) and all(isinstance(v, str) for v in value))
        ):
            reader.problem(
                entry.line,
                f"{key} must be text or a list of text, not {type(value).__name__} "
                f"{quoted(value)} (put it in quotes); item skipped",
            )
            return None
        item[key] = value
    return item


def _read_item(path: str, line: int, item: object, problems: list[Problem]) -> EditorRule | None:
    if not isinstance(item, dict):
        problems.append(
            Problem(
                path,
                line,
                "an item must be a mapping with `name:`, `drop:`, `split:`, `story:` or `move:`",
                "error",
            )
        )
        return None
    if "name" not in item and "drop" not in item:
        for key, known, read in (
            ("split", _SPLIT_KEYS, _read_split),
            ("move", _MOVE_KEYS, _read_move),
            ("story", _STORY_KEYS, _read_story),
        ):
            if key in item:
                _check_keys(path, line, item, known, problems)
                return read(path, line, item)
    _check_keys(path, line, item, _KEYS, problems)
    story = str(item["story"]) if item.get("story") is not None else None
    if "drop" in item:
        if len(item) > (2 if story else 1):
            problems.append(
                Problem(
                    path, line, "`drop:` stands alone (but for `story:`); other keys of this item are ignored"
                )
            )
        return Override(path, line, str(item["drop"]), drop=True, story=story)
    if not item.get("name"):
        problems.append(Problem(path, line, "an item needs `name:` (or `drop:`)", "error"))
        return None
    aliases = _names(item.get("aliases"))
    kind = item.get("kind")
    if kind is not None and kind not in KINDS:
        problems.append(
            Problem(
                path,
                line,
                f"kind {quoted(kind)} is not one of {', '.join(KINDS)}; kind left as found",
                "error",
            )
        )
        kind = None
    description = item.get("description")
    return Override(
        path,
        line,
        str(item["name"]),
        aliases,
        kind,
        str(description).strip() if description is not None else None,
        story=story,
    )


def _check_keys(path: str, line: int, item: dict, known: frozenset[str], problems: list[Problem]) -> None:
    unknown = sorted(str(k) for k in item if k not in known)
    if unknown:
        known_keys = ", ".join(sorted(known))
        problems.append(Problem(path, line, f"unknown keys {listed(unknown)} (known: {known_keys})"))


def _names(value: object) -> tuple[str, ...]:
    """A name or a list of names, as text."""
    if value is None:
        return ()
    return (str(value),) if isinstance(value, str) else tuple(str(v) for v in value)


def _read_split(path: str, line: int, item: dict) -> Split:
    return Split(path, line, str(item["split"]), _names(item.get("apart")))


def _read_move(path: str, line: int, item: dict) -> Move:
    return Move(path, line, str(item["move"]), str(item["to"]) if item.get("to") is not None else None)


def _read_story(path: str, line: int, item: dict) -> StoryEdit:
    title = item.get("title")
    return StoryEdit(
        path,
        line,
        str(item["story"]),
        str(title).strip() if title is not None else None,
        _names(item.get("merge")),
    )
