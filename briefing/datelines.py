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


_UPPER_PLACE = re.compile(
    r"""^\s*(?P<place>[A-Z][A-Z'.-]+(?:\ [A-Z][A-Z'.-]+){0,3})   # MEXICO CITY
        (?=,?\ \d{4}-\d{2}-\d{2}                              # 1996-08-22
          | ,\ [A-Z][a-z]{2,8}\.?\ \d{1,2}\b                   # , May 3
          | ,?\ \(                                            # (Reuters)
          | \ [—–-]                                            # —
          | ,\ [A-Z][a-z]+                                      # , Texas
          | ,\ (?:[A-Z]{2}|[A-Z]\.[A-Z][a-z]?\.)(?!\w)           # , GA   , N.C.   , W.Va.
        )""",
    re.VERBOSE,
)


def upper_case_place(paragraph: str) -> tuple[int, int] | None:
    """Where a wire dateline written in capitals names its place at the start of a paragraph ("MEXICO
    CITY, May 3 (Reuters) -", "PARIS 2024-05-03"): its start and end, or None."""
    found = _UPPER_PLACE.match(paragraph)
    return found.span("place") if found else None


def read_dateline(lead: str) -> tuple[str, str | None, str | None]:
    """The lead without its dateline, the place and the outlet the dateline names (None without one)."""
    dateline = _PLACE_AND_OUTLET.match(lead)
    if dateline is None:
        return lead, None, None
    return lead[dateline.end() :], dateline["place"].strip().rstrip(","), dateline["source"].strip()


def without_dateline(text: str) -> str:
    """`text` without the dateline it opens with, if any (one naming no outlet too)."""
    return _ANY.sub("", text, count=1)
