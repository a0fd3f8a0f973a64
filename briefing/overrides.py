"""Editor overrides: an `entities.yml` that corrects what extraction got wrong.

Each item of the YAML list either edits one entity or drops one:

    - name: Volodymyr Zelensky          # the entity's name from now on
      aliases: [Zelenskyy, Zelenskiy]   # other names: every entity they match is merged in
      kind: person                      # person, place or organization
      description: President of Ukraine since 2019.
    - drop: Truth Social

An item matches the entities that go by its `name` or one of its `aliases` (as a canonical name,
a surface text or a full name seen in an article; case and accents do not matter).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import MappingNode, SequenceNode

from .characters import quoted
from .extract.gazetteer import fold
from .model import KINDS, Kind, Problem
from .untrusted_yaml import YamlReader

_KEYS = frozenset({"name", "aliases", "kind", "description", "drop"})


@dataclass(frozen=True)
class Override:
    """One item of the file: an edit to the entity it matches, or a drop."""

    path: str
    line: int
    """1-based line where the item starts, for warnings."""
    name: str
    """The canonical name to give (or, with `drop`, the name of the entity to remove)."""
    aliases: tuple[str, ...] = ()
    kind: Kind | None = None
    description: str | None = None
    drop: bool = False

    @property
    def names(self) -> frozenset[str]:
        """Every name this item matches, folded."""
        return frozenset(fold(n) for n in (self.name, *self.aliases))

    def problem(self, reason: str) -> Problem:
        return Problem(self.path, self.line, reason)


def load_overrides(path: str | Path) -> tuple[tuple[Override, ...], list[Problem]]:
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
                overrides.append(override)
    return tuple(overrides), reader.problems


def _plain_item(reader: YamlReader, node: MappingNode) -> dict[str, str | list[str] | None] | None:
    """An item's keys and values, each value text, a list of text or nothing; None (and an
    error) when one is anything else: the item is skipped, not guessed at."""
    item: dict[str, str | list[str] | None] = {}
    for key, entry in reader.entries(node).items():
        built, value = reader.value(entry)
        if not built:
            return None
        if not (value is None or isinstance(value, str)
                or isinstance(value, list) and all(isinstance(v, str) for v in value)):
            reader.problem(entry.line, f"{key} must be text or a list of text, not {type(value).__name__} "
                                       f"{quoted(value)} (put it in quotes); item skipped")
            return None
        item[key] = value
    return item


def _read_item(path: str, line: int, item: object, problems: list[Problem]) -> Override | None:
    if not isinstance(item, dict):
        problems.append(Problem(path, line, "an item must be a mapping with `name:` or `drop:`", "error"))
        return None
    unknown = sorted(str(k) for k in item if k not in _KEYS)
    if unknown:
        problems.append(Problem(path, line, f"unknown keys {', '.join(unknown)} (known: {', '.join(sorted(_KEYS))})"))
    if "drop" in item:
        if len(item) > 1:
            problems.append(Problem(path, line, "`drop:` stands alone; other keys of this item are ignored"))
        return Override(path, line, str(item["drop"]), drop=True)
    if not item.get("name"):
        problems.append(Problem(path, line, "an item needs `name:` (or `drop:`)", "error"))
        return None
    aliases = item.get("aliases") or ()
    aliases = (aliases,) if isinstance(aliases, str) else tuple(str(a) for a in aliases)
    kind = item.get("kind")
    if kind is not None and kind not in KINDS:
        problems.append(Problem(path, line, f"kind {kind!r} is not one of {', '.join(KINDS)}; kind left as found", "error"))
        kind = None
    description = item.get("description")
    return Override(path, line, str(item["name"]), aliases, kind,
                    str(description).strip() if description is not None else None)
