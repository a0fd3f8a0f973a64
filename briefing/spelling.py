"""How to tell that two spellings are one name: Yeltsin and Yeltsyn, Tchaikovsky and Tchaikovskiy."""

from __future__ import annotations

import functools
import re

from unidecode import unidecode

# Romanizations of Slavic and other names differ in a few regular ways.
_ROMANIZATION = (
    ("kh", "h"),
    ("zh", "j"),
    ("ch", "c"),
    ("ts", "c"),
    ("tz", "c"),
    ("ck", "k"),
    ("ph", "f"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("ie", "e"),
    ("x", "ks"),
)
# Endings of adjectival place names and transliterated surnames that come and go.
_SUFFIXES = ("skii", "skiy", "ski", "ska", "sko", "sk")
STEM = 4
"""The fewest letters a word keeps when its ending is dropped ("Podolsky" is "podol")."""


@functools.lru_cache(maxsize=65536)
def spelling_key(name: str) -> str:
    """A key equal for spelling variants of one name, and rarely for different names."""
    words = []
    for word in _LETTERS.findall(unidecode(name).lower().replace("'", "")):
        for old, new in _ROMANIZATION:
            word = word.replace(old, new)
        words.append(_DOUBLED.sub(r"\1", word))
    return " ".join(words)


_LETTERS = re.compile(r"[a-z]+")
_DOUBLED = re.compile(r"(.)\1+")


# English nicknames and the given names they stand for.
_NICKNAMES = {
    "bob": "robert",
    "rob": "robert",
    "bobby": "robert",
    "bill": "william",
    "billy": "william",
    "will": "william",
    "mike": "michael",
    "jim": "james",
    "jimmy": "james",
    "tom": "thomas",
    "dick": "richard",
    "rick": "richard",
    "rich": "richard",
    "ted": "edward",
    "ed": "edward",
    "joe": "joseph",
    "dan": "daniel",
    "dave": "david",
    "steve": "steven",
    "tony": "anthony",
    "chris": "christopher",
    "rudy": "rudolph",
    "don": "donald",
    "ron": "ronald",
    "tim": "timothy",
    "pete": "peter",
    "andy": "andrew",
    "alex": "alexander",
    "ben": "benjamin",
    "nick": "nicholas",
    "sam": "samuel",
    "matt": "matthew",
    "greg": "gregory",
    "jeff": "jeffrey",
    "ken": "kenneth",
    "larry": "lawrence",
    "jerry": "gerald",
    "chuck": "charles",
    "charlie": "charles",
    "hank": "henry",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "kate": "katherine",
    "kathy": "katherine",
    "sue": "susan",
    "jenny": "jennifer",
    "jen": "jennifer",
    "pat": "patricia",
    "vicky": "victoria",
    "becky": "rebecca",
}


_FORMAL = {spelling_key(nickname): spelling_key(formal) for nickname, formal in _NICKNAMES.items()}
"""A nickname's spelling key → its given name's ("bil" of Bill → "viliam" of William)."""


def formal_key(name: str) -> str:
    """The spelling key with middle initials left out and a nickname as the given name it stands
    for: "Michael T. Flynn" and "Mike Flynn" agree, so do "Bob Goodlatte" and "Robert W. Goodlatte"."""
    words = spelling_key(name).split()
    if not words:
        return ""
    first = _FORMAL.get(words[0], words[0])
    return " ".join([first] + [w for w in words[1:-1] if len(w) > 1] + words[1:][-1:])


def stem_key(name: str) -> str:
    """The spelling key with adjectival endings dropped ("Podolsky" and "Podol" agree)."""
    words = []
    for word in spelling_key(name).split():
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= STEM:
                word = word[: -len(suffix)]
                break
        words.append(word.rstrip("i") if len(word) > STEM else word)
    return " ".join(words)
