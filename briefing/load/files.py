"""Finding article files: which files under the folders given are articles, and their page names."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..slugs import path_slug, unique_slugs

SUFFIXES = (".txt", ".md", ".markdown")
"""The file name endings of articles; every other file is left alone."""


@dataclass(frozen=True)
class Source:
    """An article file as found: where it is and what to call it."""

    file: Path
    """The path to read."""
    name: str
    """The path to show: relative to the folder given, with POSIX separators."""
    slug: str
    """The article page's name under `articles/`."""


def find_sources(paths: Iterable[str | Path]) -> list[Source]:
    """Every article file under `paths` (files, or folders read recursively), in a stable order.

    The order is by name, never the file system's. A file named twice (a folder and a file in
    it) is read once. Slugs are unique: names that differ only by case or punctuation
    ("Report.txt", "report.md") get distinct pages, the first by name keeping the plain slug.
    """
    found: dict[object, tuple[Path, str, str]] = {}  # identity → (file, name shown, slug source)
    for given in paths:
        given = Path(given)
        if given.is_dir():
            real = _identity(given)
            for relative in article_files(given):
                file = given / relative
                found.setdefault(f"{real}/{relative}", (file, _shown(file), relative.rpartition(".")[0]))
        else:
            found.setdefault(_identity(given), (given, _shown(given), given.stem))
    ordered = sorted(found.values(), key=lambda entry: (entry[1], entry[0].as_posix()))
    # Keyed by the path as found (unique per file even when two names show alike as U+FFFD).
    slugs = unique_slugs([(file.as_posix(), relative) for file, _, relative in ordered], path_slug)
    return [Source(file, name, slugs[file.as_posix()]) for file, name, _ in ordered]


def article_files(folder: Path) -> list[str]:
    """The article files under `folder`, as POSIX paths relative to it, hidden files and folders left out.

    os.walk rather than Path.rglob: a rebuild lists thousands of files, and pathlib objects for
    each cost more than reading the cached articles back.
    """
    files = []
    for root, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        prefix = Path(os.path.relpath(root, folder)).as_posix() + "/"
        files += [
            (prefix + name).removeprefix("./") for name in names
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUFFIXES
        ]
    return files


def _identity(file: Path) -> str:
    # The same file reached by two names ("a/../b.txt", "b.txt") is one article, not a duplicate.
    try:
        return str(file.resolve())
    except (OSError, RuntimeError):
        return str(file)


def _shown(path: Path) -> str:
    # File names are bytes on POSIX; undecodable ones must still print (as U+FFFD), not crash.
    return path.as_posix().encode("utf-8", "surrogateescape").decode("utf-8", "replace")
