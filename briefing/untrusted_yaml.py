"""YAML that anyone may have written: an article's front matter and an editor's overrides file.

Valid YAML can still be bad data, and some of it is made to hurt: an alias bomb (nine aliases
of nine aliases…) grows to billions of values, a 3,000-deep list overflows the stack, an integer
of 5,000 digits is more than Python will read, `!!timestamp 2025-99-99` raises, and escapes
such as "\\e[31m" or "\\uD800" put characters in a string that no page can hold. Here every one
of these is a message with its file and line, and nothing else happens:

- aliases are refused (front matter and overrides never need them), and so is nesting deeper
  than `MAX_DEPTH` levels, value by value: the rest of the document is read; brackets nested
  deeper than `MAX_BRACKETS` make the whole document unreadable, as the YAML scanner's work for
  each token grows with their depth (3,000 take seconds);
- numbers stop at `MAX_NUMBER` characters;
- dates stay text, also when tagged `!!timestamp` (the caller reads them);
- a value is built only when asked for, so a bad value under a key nobody reads costs nothing;
- unwanted characters (see `characters`) are removed from every key and value, with a message;
- a key given twice is a message (the last one is used, as YAML readers do);
- a message quotes at most `characters.QUOTED` characters of what it is about.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from .characters import QUOTED, UNWANTED, describe, quoted
from .model import Problem, Severity

MAX_DEPTH = 16
"""Levels of nesting a document may have: front matter needs 3 (a list in a mapping), an overrides file 4."""
MAX_BRACKETS = 2 * MAX_DEPTH
"""Brackets (`[`, `{`) a document may nest: deeper, and it is not read at all."""
MAX_NUMBER = 40
"""Characters a number may have (a count or a year has a handful)."""
MAX_KEY = 100
"""Characters a key may have."""

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_LEFT_OUT = "tag:briefing,2025:left-out"


class _Refused(yaml.MarkedYAMLError):
    """YAML this reader does not read: a number too long, or a value it left out (an alias, deep nesting)."""


class _Loader(yaml.SafeLoader):
    """Safe YAML with limits: no aliases, bounded depth, clean text, dates as text.

    An alias or a collection nested too deep is not composed: it stands as a `_LEFT_OUT` node
    that raises only when its value is read, so the rest of the document is read as usual.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.depth = 0
        self.removed: list[tuple[int, str]] = []  # (0-based line, first unwanted character) per scalar

    def compose_node(self, parent: Node | None, index: object) -> Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            self.get_event()
            return ScalarNode(
                _LEFT_OUT,
                f"an alias (*{event.anchor}) is not allowed; write the value out",
                event.start_mark,
                event.end_mark,
            )
        if self.depth >= MAX_DEPTH and isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            end = self._skip_collection()
            return ScalarNode(
                _LEFT_OUT, f"nested more than {MAX_DEPTH} levels deep", event.start_mark, end.end_mark
            )
        self.depth += 1
        try:
            node = super().compose_node(parent, index)
        finally:
            self.depth -= 1
        if isinstance(node, ScalarNode) and UNWANTED.search(node.value):
            self.removed.append((node.start_mark.line, UNWANTED.search(node.value)[0]))
            node.value = UNWANTED.sub("", node.value)
        return node

    def fetch_flow_collection_start(self, TokenClass: type) -> None:
        # The scanner's work for each token grows with the depth of the brackets around it.
        if self.flow_level >= MAX_BRACKETS:
            raise _Refused(None, None, f"brackets nested more than {MAX_BRACKETS} deep", self.get_mark())
        super().fetch_flow_collection_start(TokenClass)

    def _skip_collection(self) -> yaml.Event:
        """Read past the collection that starts here, without composing it; its last event."""
        open_collections = 0
        while True:
            event = self.get_event()
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                open_collections += 1
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                open_collections -= 1
            if open_collections == 0:
                return event

    def construct_left_out(self, node: ScalarNode) -> None:
        raise _Refused(None, None, node.value, node.start_mark)

    def construct_yaml_int(self, node: ScalarNode) -> int:
        if len(node.value) > MAX_NUMBER:
            raise _Refused(
                None, None, f"a number of {len(node.value):,} characters is too long", node.start_mark
            )
        return super().construct_yaml_int(node)


_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)
_Loader.add_constructor(_LEFT_OUT, _Loader.construct_left_out)
# "!!timestamp 2025-99-99" would raise: a date is its text, for the caller to read.
_Loader.add_constructor(_TIMESTAMP, _Loader.construct_yaml_str)
_Loader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Entry:
    """One `key: value` of a mapping, its value not yet built."""

    key: str
    line: int
    """1-based line of the file where the key is."""
    node: Node
    """The value, as parsed."""


class YamlReader:
    """One YAML document of one file, read with limits; `problems` gathers what was wrong."""

    def __init__(self, path: str, first_line: int = 1) -> None:
        self.path = path
        self.first_line = first_line
        """The file line the YAML text starts on (2 for front matter, after its `---`)."""
        self.problems: list[Problem] = []

    def line(self, node: Node) -> int:
        """The 1-based file line where `node` starts."""
        return node.start_mark.line + self.first_line

    def problem(self, line: int, reason: str, severity: Severity = "error") -> None:
        self.problems.append(Problem(self.path, line, reason, severity))

    def document(self, text: str, malformed: str = "not valid YAML") -> Node | None:
        """The document's nodes; None when it is empty or cannot be read (then with an error
        that starts with `malformed`, unless it is YAML this reader refuses)."""
        loader = _Loader(text)
        try:
            return loader.get_single_node()
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            reason = getattr(error, "problem", None) or str(error).splitlines()[0]
            line = mark.line + self.first_line if mark else self.first_line
            self.problem(line, reason if isinstance(error, _Refused) else f"{malformed}: {reason}")
            return None
        finally:
            loader.dispose()
            for line, character in loader.removed:
                self.problem(
                    line + self.first_line, f"{describe(character)} (and any others) removed", "warning"
                )

    def entries(self, node: MappingNode) -> dict[str, Entry]:
        """The mapping's entries by key. A key that is not text, or is given twice, is a message."""
        found: dict[str, Entry] = {}
        for key, value in node.value:
            line = self.line(key)
            if not isinstance(key, ScalarNode) or len(key.value) > MAX_KEY:
                what = (
                    f"{len(key.value):,} characters" if isinstance(key, ScalarNode) else "a list or a mapping"
                )
                self.problem(line, f"a key must be a name, not {what}; ignored", "warning")
                continue
            if key.value in found:
                self.problem(
                    line,
                    f"key {quoted(key.value)} is given again (first on line "
                    f"{found[key.value].line}); the last one is used",
                    "warning",
                )
            found[key.value] = Entry(key.value, line, value)
        return found

    def value(self, entry: Entry) -> tuple[bool, object]:
        """(True, the value) when it can be built; (False, None) and an error when it cannot."""
        try:
            return True, _Loader("").construct_object(entry.node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError, OverflowError) as error:
            reason = getattr(error, "problem", None) or str(error)
            reason = reason if len(reason) <= 2 * QUOTED else reason[: 2 * QUOTED] + "…"
            self.problem(entry.line, f"{entry.key}: the value cannot be read ({reason})")
            return False, None
