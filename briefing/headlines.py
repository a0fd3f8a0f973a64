"""How a title reads: as a headline does, whatever the text it was taken from.

A headline has no final full stop ("5.9 Earthquake Jolts Iran"), and text rebuilt from tokens
leaves spaces a headline has not: before a colon or a comma ("Report : Red Sox…"), inside
quotation marks ("' he leaked classified information '"), in a contraction ("does n’t"), and
closing double quotes as two apostrophes ("New Moon ''"). Only titles briefing composes read so
(a story's, one made of a lead sentence): an article's own title stays as written.
"""

from __future__ import annotations

import re

from .sentences import ABBREVIATIONS

_TWO_APOSTROPHES = re.compile(r"''|``")
"""Double quotation marks as a tokenizer writes them."""
_CONTRACTION = re.compile(r"\s+(n['’]t|['’](?:s|ll|re|ve|d|m))\b", re.IGNORECASE)
"""A contraction cut from its word: "does n’t", "he 'll"."""
_SPACED_POSSESSIVE = re.compile(r"(\w)\s+(['’])\s+s\b")
"""A possessive spaced on both sides: "Hollywood ’ s"."""
_SPACE_BEFORE_STOP = re.compile(r"\s+([:;,?!]|\.(?!\d))")
"""A space before punctuation that follows a word ("Report : Red Sox"), not before ".45"."""
_FINAL_STOP = re.compile(r"(?<!\.)\.([\"”’']?)$")
"""A final full stop, perhaps inside a closing quotation mark; not the last of an ellipsis."""
_LAST_WORD = re.compile(r"([\w.]+)\.[\"”’']?$")
"""The word a final full stop ends: "U.S" in "Troops leave the U.S."."""
# Quotation marks by kind: those that only open, only close, or either.
_OPENING = {"“": '"', "‘": "'"}
_CLOSING = {"”": '"', "’": "'"}
_EITHER = {'"': '"', "'": "'"}


def headline(title: str) -> str:
    """`title` as a headline reads: "Report: Red Sox offer Teixeira $200 million" for
    "Report : Red Sox offer Teixeira $200 million.", "'he leaked classified information'" for
    "' he leaked classified information '"."""
    text = _TWO_APOSTROPHES.sub('"', title.strip())
    text = _SPACED_POSSESSIVE.sub(r"\1\2s", _CONTRACTION.sub(r"\1", text))
    text = _SPACE_BEFORE_STOP.sub(r"\1", _quotation_marks(text))
    last = _LAST_WORD.search(text)
    if not (last and _abbreviation(last.group(1))):
        text = _FINAL_STOP.sub(r"\1", text)
    return text


def _abbreviation(word: str) -> bool:
    """ "U.S", "Jr", "St": a word whose full stop ends no sentence."""
    return word.casefold() in ABBREVIATIONS or bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word))


def _quotation_marks(text: str) -> str:
    """`text` with its quotation marks against the words they quote. A mark that may open or close
    (" or ') opens a quotation where none of its kind is open and a space or the start is before
    it, closes one where one is open and a space is on either side (or it is a double quote), and
    is an apostrophe otherwise ("Trump's", "Saints' Pierre"). A closing double quote against the
    next word ("Riot"Over) gets a space after it."""
    out: list[str] = []
    open_kinds: set[str] = set()
    skip_space = False
    for index, char in enumerate(text):
        if skip_space and char.isspace():
            continue
        skip_space = False
        kind = _OPENING.get(char) or _CLOSING.get(char) or _EITHER.get(char)
        before = index == 0 or text[index - 1].isspace()
        after = index + 1 == len(text) or text[index + 1].isspace()
        if kind is None:
            out.append(char)
        elif char in _OPENING or (char in _EITHER and kind not in open_kinds and before):
            open_kinds.add(kind)
            out.append(char)
            skip_space = True
        elif char in _CLOSING or (kind in open_kinds and (before or after or char == '"')):
            while before and out and out[-1].isspace():
                out.pop()
            open_kinds.discard(kind)
            out.append(char)
            if char == '"' and not after and text[index + 1].isalnum():
                out.append(" ")
        else:
            out.append(char)
    return "".join(out)
