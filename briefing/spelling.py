"""How to tell that two spellings are one name: Zelensky and Zelenskyy, Svyatoshinsky and Sviatoshyn."""

from __future__ import annotations

import functools
import re

from unidecode import unidecode

# Romanizations of Slavic and other names differ in a few regular ways.
_ROMANIZATION = (("kh", "h"), ("zh", "j"), ("ch", "c"), ("ts", "c"), ("tz", "c"), ("ck", "k"),
                 ("ph", "f"), ("w", "v"), ("y", "i"), ("j", "i"), ("ie", "e"), ("x", "ks"))
# Endings of adjectival place names and transliterated surnames that come and go.
_SUFFIXES = ("skii", "skiy", "ski", "ska", "sko", "sk")


@functools.lru_cache(maxsize=65536)
def spelling_key(name: str) -> str:
    """A key equal for spelling variants of one name, and rarely for different names."""
    words = []
    for word in re.findall(r"[a-z]+", unidecode(name).lower().replace("'", "")):
        for old, new in _ROMANIZATION:
            word = word.replace(old, new)
        word = re.sub(r"(.)\1+", r"\1", word)
        words.append(word)
    return " ".join(words)


def without_initials(name: str) -> str:
    """The spelling key with middle initials left out ("Michael T. Flynn" → "micael flin")."""
    words = spelling_key(name).split()
    return " ".join(words[:1] + [w for w in words[1:-1] if len(w) > 1] + words[1:][-1:])


def stem_key(name: str) -> str:
    """The spelling key with adjectival endings dropped ("Svyatoshinsky" and "Sviatoshyn" agree)."""
    words = []
    for word in spelling_key(name).split():
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        words.append(word.rstrip("i") if len(word) > 4 else word)
    return " ".join(words)
