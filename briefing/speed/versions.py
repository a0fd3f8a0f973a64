"""Versions of the code a cached result was made by: a result stored under another version is never read.

The extractor's version covers the modules `briefing.extract` and the readers (`briefing.load`)
import, directly or not, found by reading their import statements (a module that extraction comes
to import counts without being listed anywhere), and the installed packages they import, by
version, for their code and data.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import importlib.util
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

EXTRACTOR = ("briefing.extract", "briefing.load")
"""The packages whose results the extraction cache keeps: the readers make the article of a file's
bytes (its key), and the extractor reads that article."""
_PACKAGE = Path(__file__).resolve().parent.parent
_IMPORT = re.compile(
    r"""^[ \t]* from [ \t]+ (?P<module>\.*[\w.]*) [ \t]+ import [ \t]+   # from ..model import
            (?P<names> \([^)]*\) | [^\n]* )                           # (Article, Extraction)
        | ^[ \t]* import [ \t]+ (?P<modules>[^\n]*)                   # import gender_guesser.detector
    """,
    re.MULTILINE | re.VERBOSE,
)


def hash_files(digest: Any, root: Path, files: Iterable[Path]) -> None:
    """Add each file's path under `root` and its bytes to `digest`, in the order given."""
    for file in files:
        digest.update(file.relative_to(root).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")


def _listed(names: str) -> list[str]:
    """The names an import statement lists: "(a as b,  # why\n c)" is a and c."""
    return [entry.split()[0] for entry in re.sub(r"#[^\n]*|[()]", "", names).split(",") if entry.strip()]


def _imports(module: str, source: Path) -> Iterator[tuple[str, list[str]]]:
    """Each module that `module` (at `source`) imports, by absolute name, wherever the import
    stands, with the names imported from it. Read as text, many times faster than parsing: a
    docstring line that reads as an import at most adds a file to the version."""
    package = module if source.name == "__init__.py" else module.rpartition(".")[0]
    for found in _IMPORT.finditer(source.read_text(encoding="utf-8")):
        if found["modules"] is not None:
            yield from ((name, []) for name in _listed(found["modules"]))
        elif found["module"].startswith("."):
            yield importlib.util.resolve_name(found["module"], package), _listed(found["names"])
        else:
            yield found["module"], _listed(found["names"])


def import_graph(roots: Iterable[str]) -> tuple[dict[str, Path], set[str]]:
    """The source file of every module of this package that `roots` import, directly or not
    (with `roots` and the packages above each), and the top-level names of the other packages
    they import, but for the standard library's."""
    own: dict[str, Path] = {}
    others: set[str] = set()
    pending = list(roots)
    while pending:
        module = pending.pop()
        top, _, _ = module.partition(".")
        if top != _PACKAGE.name:
            others.update({top} - set(sys.stdlib_module_names))
            continue
        path = _PACKAGE.parent.joinpath(*module.split("."))
        source = next((s for s in (path / "__init__.py", path.with_suffix(".py")) if s.is_file()), None)
        if module in own or source is None:
            continue  # seen, or a name imported from a module rather than a module
        own[module] = source
        pending += [module.rpartition(".")[0]] if "." in module else []
        for imported, names in _imports(module, source):
            # `from . import tables` imports a module; `from .figures import find_figures`, a name.
            package = _PACKAGE.parent.joinpath(*imported.split("."), "__init__.py").is_file()
            pending += [imported, *(f"{imported}.{name}" for name in names if package)]
    return own, others


def _distribution(module: str) -> str:
    """ "name=version" of the installed distribution that holds the top-level `module`: the one
    named like it, else the one whose list of files has it; "absent" when none does."""
    try:
        return f"{module}={importlib.metadata.version(module)}"
    except importlib.metadata.PackageNotFoundError:
        pass
    for distribution in importlib.metadata.distributions():
        record = "\n" + (distribution.read_text("RECORD") or "")
        if f"\n{module}/" in record or f"\n{module}." in record:
            metadata = distribution.metadata
            return f"{metadata['Name']}={metadata['Version']}"
    return "absent"


@functools.cache
def extractor_version() -> str:
    """A hash of everything extraction depends on: its source files, the packages it imports, Python."""
    digest = hashlib.sha256(sys.version.encode())
    sources, packages = import_graph(EXTRACTOR)
    hash_files(digest, _PACKAGE.parent, [sources[name] for name in sorted(sources)])
    for module in sorted(packages):
        digest.update(f"{module}:{_distribution(module)}\0".encode())
    return digest.hexdigest()


@functools.cache
def code_version() -> str:
    """A hash of the whole package and what extraction depends on: resolution and rendering
    results stored under another version are never read."""
    digest = hashlib.sha256(extractor_version().encode())
    hash_files(digest, _PACKAGE, sorted(_PACKAGE.rglob("*.py")))
    return digest.hexdigest()
