"""What a cache folder is made of: pickles written whole, dicts split over files by key, and
folders of other code versions removed (those briefing marked as its own, and no others)."""

from __future__ import annotations

import os
import pickle
import tempfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..ownership import remove_owned_siblings
from . import collector
from .versions import code_version


def remove_other_versions(folder: Path) -> None:
    """Mark `folder` as this code version's, and delete the folders next to it that other versions
    marked so: after an upgrade or a template edit, the cache does not keep growing. A folder
    without the mark is left alone, whatever its name (it may be a user's)."""
    remove_owned_siblings(folder, "version")


def read_pickle(file: Path) -> Any:
    """What `file` holds, or None when it is absent, truncated or foreign: a miss, not a failed build."""
    try:
        with file.open("rb") as stream, collector.paused():
            return pickle.load(stream)
    except Exception:
        return None


def write_pickle(file: Path, value: object) -> None:
    """Store `value`, written whole or not at all, so concurrent builds never read half a file."""
    file.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=file.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, file)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class ShardedStore:
    """A dict on disk in files by key hash: a build that changes a few entries rewrites a few
    files, not the whole store (a rebuild after one edit must cost little)."""

    SHARDS = 64

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _shard(self, key: str) -> int:
        return zlib.crc32(key.encode("utf-8", "surrogatepass")) % self.SHARDS

    def read(self) -> dict[str, Any]:
        """Every entry stored; an absent or unreadable file is a shard without entries."""
        entries: dict[str, Any] = {}
        for shard in range(self.SHARDS):
            part = read_pickle(self.folder / f"{shard:02x}.pickle")
            if isinstance(part, dict):
                entries.update(part)
        return entries

    def write(self, entries: dict[str, Any], changed: Iterable[str]) -> None:
        """Store `entries`, rewriting the files that hold a `changed` key (added, altered or gone)."""
        parts: dict[int, dict[str, Any]] = {self._shard(key): {} for key in changed}
        for key, value in entries.items():
            part = parts.get(self._shard(key))
            if part is not None:
                part[key] = value
        for shard, part in parts.items():
            write_pickle(self.folder / f"{shard:02x}.pickle", part)


def changed_keys(kept: dict[str, Any], stored: dict[str, Any]) -> set[str]:
    """The keys to write again for a store that held `stored` to hold `kept`: added, gone, or
    holding another value than the one read (an entry read back and kept is the same object)."""
    return (kept.keys() ^ stored.keys()) | {key for key in kept if kept[key] is not stored.get(key)}


class StoredResult:
    """One result on disk with the key of the inputs it was computed from: read back only
    when the inputs are the same, under the same code."""

    def __init__(self, file: Path) -> None:
        self.file = file

    def get(self, key: str) -> Any:
        """The stored result for `key`, or None."""
        stored = read_pickle(self.file)
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == (code_version(), key):
            return stored[1]
        return None

    def put(self, key: str, result: object) -> None:
        write_pickle(self.file, ((code_version(), key), result))
