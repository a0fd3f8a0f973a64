"""The Markdown extensions the generated pages are written for, added to a mkdocs.yml that lacks them.

The pages mark headings and blocks with attribute lists (`## Stories { data-search-exclude }`),
wrap each paragraph in a `<div markdown>` and list entities in tables: without `attr_list`,
`md_in_html` and `tables`, a reader sees `{ data-search-exclude }` after every heading.
"""

from __future__ import annotations

from collections.abc import Sequence

NEEDED = ("attr_list", "md_in_html", "tables")
"""Python-Markdown's extensions every generated page needs, by their short names."""
_PACKAGE = "markdown.extensions."


def _short_name(extension: object) -> str:
    """An extension's short name, whether mkdocs.yml names it ("attr_list",
    "markdown.extensions.attr_list", "markdown.extensions.attr_list:AttrListExtension") or a plugin
    added it as an object."""
    if isinstance(extension, str):
        return extension.partition(":")[0].removeprefix(_PACKAGE)
    return type(extension).__module__.removeprefix(_PACKAGE)


def missing_extensions(extensions: Sequence[object]) -> list[str]:
    """The needed extensions that `extensions` (MkDocs' `markdown_extensions`) lacks, in order."""
    present = {_short_name(extension) for extension in extensions}
    return [name for name in NEEDED if name not in present]
