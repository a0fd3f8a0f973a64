"""Finding article files: which files under the folders given are articles, and their page names."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..model import Problem, Severity
from ..slugs import is_reserved, path_slug, unique_slugs

FORMATS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "news-please",
    ".html": "web page",
    ".htm": "web page",
}
"""The file name endings of articles, and how each is read; every other file is left alone."""
SUFFIXES = tuple(FORMATS)


def article_format(file: Path) -> str:
    """How `file` is read, by its name's ending: a file named on its own with another ending is text."""
    return FORMATS.get(file.suffix.lower(), "text")


@dataclass(frozen=True)
class Source:
    """An article file as found: where it is and what to call it."""

    file: Path
    """The path to read."""
    name: str
    """The path to show: relative to the folder given, with POSIX separators."""
    slug: str
    """The article page's name under `articles/`."""


def find_sources(paths: Iterable[str | Path]) -> tuple[list[Source], list[Problem]]:
    """Every article file under `paths` (files, or folders read recursively), in a stable order,
    and a problem for each file left out (see `article_files`) or given another page name.

    The order is by name, never the file system's. A file named twice (a folder and a file in
    it) is read once. Slugs are unique: names that differ only by case or punctuation
    ("Report.txt", "report.md") get distinct pages, the first by name keeping the plain slug;
    "index.txt" is given another, as "index" is the page that lists every article.
    """
    found: dict[object, tuple[Path, str, str]] = {}  # identity → (file, name shown, slug source)
    problems: list[Problem] = []
    for given in paths:
        given = Path(given)
        if given.is_dir():
            real = _identity(given)
            files, left_out = article_files(given)
            problems += left_out
            for relative in files:
                file = given / relative
                found.setdefault(f"{real}/{relative}", (file, _shown(file), relative.rpartition(".")[0]))
        else:
            found.setdefault(_identity(given), (given, _shown(given), given.stem))
    ordered = sorted(found.values(), key=lambda entry: (entry[1], entry[0].as_posix()))
    # Keyed by the path as found (unique per file even when two names show alike as U+FFFD).
    slugs = unique_slugs([(file.as_posix(), relative) for file, _, relative in ordered], path_slug)
    sources = [Source(file, name, slugs[file.as_posix()]) for file, name, _ in ordered]
    problems += [
        Problem(
            source.name,
            1,
            f"its page name is {source.slug!r}: {taken!r} names the page that lists every article",
            "info",
        )
        for source, (_, _, relative) in zip(sources, ordered, strict=True)
        if is_reserved(taken := path_slug(relative))
    ]
    return sources, problems


def article_files(folder: Path) -> tuple[list[str], list[Problem]]:
    """The article files under `folder`, as POSIX paths relative to it, and a problem for each
    one left out: hidden files and folders, links that lead out of `folder` (a reader of the
    site must never see a file from elsewhere), and what is not a regular file (a pipe would
    never end). A link to a folder inside `folder` is not followed: its files are read where they are.

    os.scandir rather than Path.rglob: a rebuild lists thousands of files, and pathlib objects
    for each cost more than reading the cached articles back.
    """
    root = os.path.realpath(folder)
    files: list[str] = []
    problems: list[Problem] = []
    pending = [""]  # folders to read, relative to `folder`, each ending in "/" but the first
    while pending:
        relative = pending.pop()
        try:
            with os.scandir(folder / relative) as found:
                entries = sorted(found, key=lambda entry: entry.name)  # messages in a stable order
        except OSError as error:
            problems.append(Problem(_shown(folder / relative), 1, f"folder cannot be read: {error.strerror}"))
            continue
        for entry in entries:
            path = relative + entry.name
            is_folder = _is_folder(entry)
            if not is_folder and os.path.splitext(entry.name)[1].lower() not in SUFFIXES:
                continue
            reason = _not_read(entry, root, is_folder)
            if reason is not None:
                problems.append(Problem(_shown(folder / path), 1, *reason))
            elif is_folder and not entry.is_symlink():
                pending.append(path + "/")
            elif not is_folder:
                files.append(path)
    return files, problems


def _not_read(entry: os.DirEntry, root: str, is_folder: bool) -> tuple[str, Severity] | None:
    """Why a folder or an article file is left out, and how much that matters; None when it is read."""
    if entry.name.startswith("."):
        return f"hidden {'folder' if is_folder else 'file'}; not read", "info"
    if entry.is_symlink():
        target = os.path.realpath(entry.path)
        if os.path.commonpath([root, target]) != root:
            return f"a link to {_shown(Path(target))}, outside the articles folder; not read", "warning"
    if not is_folder and not _is_regular_file(entry):
        return "not a regular file (a pipe, a device or a broken link); not read", "warning"
    return None


def _is_folder(entry: os.DirEntry) -> bool:
    # A link that leads to itself, or to a link back to it ("ln -s loop.md loop.md"), raises
    # ELOOP when followed: it is no folder, and `_is_regular_file` says it is no file either.
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_regular_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def _identity(file: Path) -> str:
    # The same file reached by two names ("a/../b.txt", "b.txt") is one article, not a duplicate.
    try:
        return str(file.resolve())
    except (OSError, RuntimeError):
        return str(file)


def _shown(path: Path) -> str:
    # File names are bytes on POSIX; undecodable ones must still print (as U+FFFD), not crash.
    return path.as_posix().encode("utf-8", "surrogateescape").decode("utf-8", "replace")
