"""How long a value an article or an editor gives may be; a longer one is cut, with a note.

A title is printed on every page that cites its article and in every citation's tooltip, a name
on every page that mentions it: one value of a megabyte would be copied into hundreds. Each limit
is far above what news gives (headlines run to about 120 characters, outlets' names to 40).
"""

from __future__ import annotations

LIMITS: dict[str, int] = {
    "title": 300,  # an article's or a story's
    "source": 100,  # the outlet
    "author": 100,  # each byline
    "story": 300,  # the story an article is pinned to, which may become a story's title
    "url": 4096,  # longer than browsers and servers commonly accept; not cut, but left out
    "name": 300,  # an entity's name or alias in the overrides file
    "description": 1000,  # an entity's description in the overrides file
}
"""The most characters of each kind of value."""

MOST_AUTHORS = 20
"""The most bylines of one article."""


def within(kind: str, value: str, notes: list[str]) -> str:
    """`value` cut at a word to fit the limit of its `kind` (ending in "…"), with a note in `notes`
    when it was cut."""
    limit = LIMITS[kind]
    if len(value) <= limit:
        return value
    notes.append(f"{kind} of {len(value):,} characters cut to its first {limit:,}")
    cut = value[: limit - 1]
    if " " in cut[limit // 2 :]:  # at a word, unless that loses half of it
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(",;:—–- ") + "…"
