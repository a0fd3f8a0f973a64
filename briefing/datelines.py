"""Datelines: the place, and often the outlet, that open a news story's lead ("Kyiv, Ukraine (CNN) —",
"LONDON —"). Load reads the place and outlet from one that names both; the pages leave any out
of the sentences they cite."""

from __future__ import annotations

import re

_PLACE_AND_OUTLET = re.compile(
    r"""^(?P<place>[A-Z][^()\n]{0,60}?) \s*           # Lagos, Nigeria
        \( (?P<source>[A-Z][\w .&'-]{0,40}) \) \s*   # (Reuters)
        [—–-]+ \s*                                   # —
    """,
    re.VERBOSE,
)
_ANY = re.compile(
    r"""^[^—–]{1,80}? \) \s* [—–-]+ \s*         # Kyiv, Ukraine (CNN) —
        | ^[A-Z][A-Za-z .,']{1,40} \s [—–] \s   # LONDON —
    """,
    re.VERBOSE,
)


def read_dateline(lead: str) -> tuple[str, str | None, str | None]:
    """The lead without its dateline, the place and the outlet the dateline names (None without one)."""
    dateline = _PLACE_AND_OUTLET.match(lead)
    if dateline is None:
        return lead, None, None
    return lead[dateline.end() :], dateline["place"].strip().rstrip(","), dateline["source"].strip()


def without_dateline(text: str) -> str:
    """`text` without the dateline it opens with, if any (one naming no outlet too)."""
    return _ANY.sub("", text, count=1)
