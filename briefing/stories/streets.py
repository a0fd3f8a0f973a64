"""Streets: where a local incident happened, as its reports name it.

Local news places an incident on a street or at a corner ("in the 300 block of West 42nd Street",
"near 96th Avenue and Olive Street"), and every report of it names the same one. A street named by a
word is a place the extraction finds ("Olive Street"); one named by its number ("42nd Street", "104th
Ave.") is read here, from the lead grouping reads, as one feature whatever its compass word and
abbreviation: "place:name:42nd street".
"""

from __future__ import annotations

import re

STREET_TYPES = {
    "street": "street",
    "st": "street",
    "avenue": "avenue",
    "ave": "avenue",
    "road": "road",
    "rd": "road",
    "boulevard": "boulevard",
    "blvd": "boulevard",
    "drive": "drive",
    "dr": "drive",
    "lane": "lane",
    "ln": "lane",
    "place": "place",
    "pl": "place",
    "terrace": "terrace",
    "parkway": "parkway",
    "pkwy": "parkway",
    "highway": "highway",
    "hwy": "highway",
    "trail": "trail",
}
"""The last words of a street's name, as written (lower case, without a full stop) → the word itself."""
_TYPES = "|".join(sorted((t.title() for t in STREET_TYPES), key=len, reverse=True))
_NUMBERED = re.compile(rf"\b(\d{{1,3}}(?:st|nd|rd|th))\s+({_TYPES})\b")
"""A street named by its number: "42nd Street", "104th Ave"; the type in capitals, as a name's."""


def numbered_streets(text: str) -> list[tuple[int, str, str]]:
    """Each street `text` names by its number: the character where it is named, its feature
    ("place:name:104th avenue") and the word its name ends with ("avenue")."""
    if "th " not in text and "st " not in text and "nd " not in text and "rd " not in text:
        return []
    found = []
    for match in _NUMBERED.finditer(text):
        kind = STREET_TYPES[match[2].lower()]
        found.append((match.start(), f"place:name:{match[1]} {kind}", kind))
    return found
