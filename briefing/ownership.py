"""The folders briefing writes: which it may fill, and what in them it may remove.

briefing removes and overwrites only what it wrote. Every folder it fills (the cache, each version
folder in it, the pages of `briefing render`, a site `briefing build` writes) holds a marker file
it owns, `.briefing-owner`, that says what the folder is and, for pages, which files were written.
A folder without that marker holding anything at all is someone else's: briefing refuses it unless
told to (`force`), and even then removes nothing of it. Nothing here goes by a folder's name.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Literal

from .characters import printable

MARKER = ".briefing-owner"
"""The file that makes a folder briefing's (hidden, so MkDocs' cleaning of a site keeps it)."""

Kind = Literal["cache", "version", "pages", "site"]
"""What an owned folder holds: a cache, one code version's part of a cache, `briefing render`'s
pages, or a built site."""

_WHAT = {
    "cache": "briefing's cache",
    "version": "a version of briefing's cache",
    "pages": "pages of briefing render",
    "site": "a site briefing built",
}


OLDER_CACHE = "if it is the cache of an older briefing, it is safe to delete"
"""What to do with a cache an older briefing left: it holds files without the mark."""


class FolderRefused(Exception):
    """A folder briefing will not write in; the message names it and says why, in one line."""


def owner_kind(folder: Path) -> str | None:
    """What `folder`'s marker says it is, or None when it has no marker briefing wrote."""
    record = _marker(folder)
    return record.get("kind") if record else None


def refusal(folder: Path, kind: Kind, force: bool = False) -> str | None:
    """Why briefing may not write `folder` as a folder of `kind`, or None when it may: it is a
    file, it cannot be created or written, or it holds what briefing did not write (allowed with
    `force`). Nothing is written."""
    shown = printable(str(folder))
    try:
        if not folder.is_dir():
            if folder.exists() or folder.is_symlink():
                return f"{shown} is a file, not a folder"
            return _uncreatable(folder)
        if not os.access(folder, os.W_OK | os.X_OK):
            return f"{shown} cannot be written: permission denied"
        found = owner_kind(folder)
        if found not in (None, kind):
            return f"{shown} holds {_WHAT.get(found, 'another kind of folder')}, not {_WHAT[kind]}"
        if found is None and not force and any(entry.name != MARKER for entry in os.scandir(folder)):
            return f"{shown} holds files briefing did not write"
    except OSError as error:
        return f"{shown} cannot be used: {(error.strerror or str(error)).lower()}"
    return None


def claim(folder: Path, kind: Kind, force: bool = False) -> None:
    """Make `folder` (created if need be) briefing's folder of `kind`, or raise FolderRefused."""
    reason = refusal(folder, kind, force)
    if reason is not None:
        raise FolderRefused(reason)
    if owner_kind(folder) != kind:
        mark(folder, kind)


def mark(folder: Path, kind: Kind, files: list[str] | None = None) -> None:
    """Write the marker saying `folder` is briefing's, of `kind`, holding `files` (pages only)."""
    record: dict[str, object] = {"owner": "briefing", "kind": kind}
    if files is not None:
        record["files"] = files
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / MARKER).write_text(json.dumps(record, indent=0) + "\n", encoding="utf-8")
    except OSError as error:
        raise FolderRefused(
            f"{printable(str(folder))} cannot be written: {(error.strerror or str(error)).lower()}"
        ) from error


def remove_owned_siblings(folder: Path, kind: Kind) -> None:
    """Delete the folders next to `folder` whose marker says briefing wrote them as `kind`, and
    mark `folder` so: a version of the cache that the next version replaces is removed whole,
    and nothing else is."""
    if not folder.is_dir():
        return
    if owner_kind(folder) != kind:
        mark(folder, kind)
    for other in folder.parent.iterdir():
        if other != folder and not other.is_symlink() and other.is_dir() and owner_kind(other) == kind:
            shutil.rmtree(other, ignore_errors=True)


def replace_files(folder: Path, files: dict[str, bytes]) -> None:
    """Write `files` (relative POSIX paths → content) into `folder`, a claimed folder of pages, and
    remove the files that briefing wrote there before and does not now (an article removed since
    leaves no page behind), with the folders they leave empty. The marker lists what is written."""
    record = _marker(folder) or {}
    before = {f for f in record.get("files", []) if isinstance(f, str)}
    try:
        for path, content in sorted(files.items()):
            target = folder / path
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.is_file() or target.read_bytes() != content:
                target.write_bytes(content)
        for path in sorted(before - files.keys()):
            _remove_written(folder, path)
    except OSError as error:
        raise FolderRefused(
            f"{printable(str(folder))} cannot be written: {(error.strerror or str(error)).lower()}"
        ) from error
    mark(folder, "pages", sorted(files))


def _remove_written(folder: Path, path: str) -> None:
    """Remove one file briefing wrote in `folder`, then each folder above it that it left empty."""
    target = folder / path
    if ".." in Path(path).parts or Path(path).is_absolute() or not target.is_file():
        return
    target.unlink()
    parent = target.parent
    while parent != folder and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent


def _uncreatable(folder: Path) -> str | None:
    """Why `folder`, which does not exist, cannot be created, or None when it can."""
    parent = folder.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return f"{printable(str(folder))} cannot be created: {printable(str(parent))} is a file"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"{printable(str(folder))} cannot be created in {printable(str(parent))}: permission denied"
    return None


def _marker(folder: Path) -> dict | None:
    """The marker's record in `folder`, or None when there is none briefing wrote."""
    try:
        record = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and record.get("owner") == "briefing" else None
