"""Characters that have no place in a page or a message, and how a message shows text.

Control characters are invisible in text and invalid in HTML; a lone surrogate cannot be written
as UTF-8; U+FFFE and U+FFFF are not characters at all. YAML refuses all of them, so a page title
holding one would break its page's front matter. Tab and newline are kept: they are white space.
"""

from __future__ import annotations

import re
import unicodedata

UNWANTED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""One character that is removed wherever text comes in (an article, front matter, an overrides file)."""

QUOTED = 60
"""Characters of a value a message quotes."""
LISTED = 3
"""Values a message lists, before it says how many more there are."""
_KINDS = {"Cc": "control character", "Cs": "lone surrogate"}


def describe(character: str) -> str:
    """What an unwanted character is, for a message: "control character U+001B"."""
    kind = _KINDS.get(unicodedata.category(character), "noncharacter")
    return f"{kind} U+{ord(character):04X}"


def printable(text: str) -> str:
    """`text` for one terminal line: every character that is not printable (a newline, an escape
    sequence's ESC, a right-to-left override) written as its Python escape, so that a file name
    cannot start a new line or colour the ones after it."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def quoted(value: object) -> str:
    """`value` as a message shows it: its repr, cut after `QUOTED` characters."""
    if isinstance(value, str):
        return repr(value if len(value) <= QUOTED else value[:QUOTED] + "…")
    text = repr(value)
    return text if len(text) <= QUOTED else text[:QUOTED] + "…"


def listed(values: list[str] | tuple[str, ...]) -> str:
    """`values` as a message lists them: the first `LISTED` quoted, then how many more."""
    shown = ", ".join(quoted(value) for value in values[:LISTED])
    return shown + (f" and {len(values) - LISTED:,} more" if len(values) > LISTED else "")
