"""Front matter: the YAML block that opens a Markdown article, read and checked key by key."""

from __future__ import annotations

import re

from yaml.nodes import MappingNode

from ..characters import quoted
from ..model import Problem
from ..untrusted_yaml import Entry, YamlReader
from ..web_address import web_address
from .dates import parse_date

FRONT_MATTER_KEYS = {"title", "source", "date", "authors", "url", "story"}


def read_front_matter(text: str, name: str) -> tuple[dict, str, int, list[Problem]]:
    """Split YAML front matter from a Markdown body and check it.

    Returns the metadata (title, source, url: str; date: date; authors: tuple of str; each
    only when given), the body, the body's first line number and any problems. Malformed
    front matter, a value of the wrong type and a date that is not one are errors: the caller
    skips the article rather than guess.
    """
    if not re.match(r"---[ \t]*\n", text):
        return {}, text, 1, []
    opening = text.index("\n") + 1
    end = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[opening:], re.MULTILINE)
    if end is None:
        return {}, text, 1, [Problem(name, 1, "front matter is opened with '---' but never closed", "error")]
    raw = text[opening : opening + end.start()]
    rest = text[opening + end.end() :]
    body = rest.lstrip("\n")
    body_line = raw.count("\n") + 2 + rest[: len(rest) - len(body)].count("\n")
    reader = YamlReader(name, first_line=2)
    node = reader.document(raw, malformed="malformed front matter")
    if node is None:
        return {}, body, body_line, reader.problems
    if not isinstance(node, MappingNode):
        reader.problem(2, "front matter is not a list of `key: value` lines")
        return {}, body, body_line, reader.problems
    checked = {}
    for key, entry in reader.entries(node).items():
        if key not in FRONT_MATTER_KEYS:
            known = ", ".join(sorted(FRONT_MATTER_KEYS))
            reader.problem(
                entry.line, f"unknown front matter key {quoted(key)} (known: {known}); ignored", "warning"
            )
            continue
        built, value = reader.value(entry)
        if built and value not in (None, "", []):  # "title:" with nothing after it: as if not given
            checked[key] = _checked(entry, value, reader)
    return (
        {key: value for key, value in checked.items() if value is not None},
        body,
        body_line,
        reader.problems,
    )


def _checked(entry: Entry, value: object, reader: YamlReader) -> object:
    """The value of a known key, of the right type; None, and a problem, when it is not."""
    if entry.key == "date":
        date = parse_date(value) if isinstance(value, str) else None
        if date is None:
            reader.problem(entry.line, f"date {quoted(value)} is not a date (use YYYY-MM-DD)")
        return date
    if entry.key == "authors":
        authors = [value] if isinstance(value, str) else value
        if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
            reader.problem(entry.line, f"authors must be a name or a list of names, not {quoted(value)}")
            return None
        return tuple(a.strip() for a in authors if a.strip())
    if not isinstance(value, str):
        # "title: 1984" is a number to YAML; the fix is quotes, and the message says so.
        reader.problem(
            entry.line,
            f"{entry.key} must be text, not {type(value).__name__} {quoted(value)} (put it in quotes)",
        )
        return None
    if entry.key == "url":
        address = web_address(value)
        if address is None:
            # Only web links: a "javascript:" or relative url would be a broken or unsafe link.
            reader.problem(entry.line, f"url {quoted(value)} is not an http(s) address; ignored", "warning")
        return address
    return value.strip()
