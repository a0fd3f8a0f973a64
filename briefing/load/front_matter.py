"""Front matter: the YAML block that opens a Markdown article, read and checked key by key."""

from __future__ import annotations

import re

import yaml

from ..model import Problem
from .dates import parse_date

FRONT_MATTER_KEYS = {"title", "source", "date", "authors", "url"}


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text, so that "2025-13-45" is reported, not raised."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


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
    raw = text[opening:opening + end.start()]
    rest = text[opening + end.end():]
    body = rest.lstrip("\n")
    body_line = raw.count("\n") + 2 + rest[:len(rest) - len(body)].count("\n")
    try:
        meta = yaml.load(raw, Loader=_FrontMatterLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        return {}, body, body_line, [Problem(name, line, f"malformed front matter: {reason}", "error")]
    if meta is None:
        return {}, body, body_line, []
    if not isinstance(meta, dict):
        return {}, body, body_line, [Problem(name, 2, "front matter is not a list of `key: value` lines", "error")]
    checked, problems = _check_front_matter(meta, raw, name)
    return checked, body, body_line, problems


def _check_front_matter(meta: dict, raw: str, name: str) -> tuple[dict, list[Problem]]:
    """Known keys with values of the right type; a problem, with its line, for each other key."""
    checked: dict = {}
    problems: list[Problem] = []
    for key, value in meta.items():
        line = _key_line(raw, key)
        if key not in FRONT_MATTER_KEYS:
            known = ", ".join(sorted(FRONT_MATTER_KEYS))
            problems.append(Problem(name, line, f"unknown front matter key {key!r} (known: {known}); ignored"))
        elif value is None or value == "" or value == []:
            continue  # "title:" with nothing after it: as if not given
        elif key == "date":
            date = parse_date(value) if isinstance(value, str) else None
            if date is None:
                problems.append(Problem(name, line, f"date {value!r} is not a date (use YYYY-MM-DD)", "error"))
            checked[key] = date
        elif key == "authors":
            authors = [value] if isinstance(value, str) else value
            if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
                problems.append(Problem(
                    name, line, f"authors must be a name or a list of names, not {value!r}", "error"
                ))
                continue
            checked[key] = tuple(a.strip() for a in authors if a.strip())
        elif not isinstance(value, str):
            # "title: 1984" is a number to YAML; the fix is quotes, and the message says so.
            problems.append(Problem(
                name, line, f"{key} must be text, not {type(value).__name__} {value!r} (put it in quotes)", "error"
            ))
        elif key == "url" and not re.match(r"https?://", value.strip(), re.IGNORECASE):
            # Only web links: a "javascript:" or relative url would be a broken or unsafe link.
            problems.append(Problem(name, line, f"url {value!r} is not an http(s) address; ignored"))
        else:
            checked[key] = value.strip()
    return checked, problems


def _key_line(raw: str, key: object) -> int:
    """The file line where `key` is set in front matter `raw` (which starts on line 2)."""
    for number, line in enumerate(raw.split("\n"), start=2):
        if re.match(rf"[\"']?{re.escape(str(key))}[\"']?\s*:", line):
            return number
    return 2
