"""The sentences of a paragraph, as the pages quote them and figures are read in them."""

from __future__ import annotations

import itertools
import re

SENTENCE_END = re.compile(r"(?<=[.!?])[”\"]?\s+(?=[“\"]?[A-Z])")
"""Where a sentence may end and the next begin (but for an abbreviation before it)."""
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
    "maj", "cpl", "pvt", "insp", "supt", "det", "rev", "fr", "st", "mt", "ft", "jr", "sr", "no", "vs",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "u.n", "d.c",
    "a.m", "p.m",
})
"""Words written with a full stop that ends no sentence ("Gov. Sarah Palin", "U.S. officials")."""
_LAST_WORD = re.compile(r"([\w.']+)\.[”\"]?$")
# "Kyiv, Ukraine (CNN) — " or "LONDON — " before a lead sentence.
DATELINE = re.compile(r"^[^—–]{1,80}?\)\s*[—–-]+\s*|^[A-Z][A-Za-z .,']{1,40}\s[—–]\s")


def starts(text: str, end: int | None = None) -> list[int]:
    """Where each sentence of `text` (up to character `end`) starts."""
    found = [0]
    for match in SENTENCE_END.finditer(text, 0, len(text) if end is None else end):
        word = _LAST_WORD.search(text, max(0, match.start() - 20), match.start())
        if not (word and word.group(1).casefold() in ABBREVIATIONS):
            found.append(match.end())
    return found


def sentences(text: str) -> list[tuple[int, str]]:
    """Each sentence of `text`, with the character where it starts."""
    bounds = [*starts(text), len(text)]
    return [(start, text[start:end].rstrip()) for start, end in itertools.pairwise(bounds)]


def lead_sentence(text: str) -> str:
    """The first sentence of a paragraph, without a dateline."""
    return sentences(DATELINE.sub("", text, count=1))[0][1].strip()


def sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` that contains character `offset`, without a dateline."""
    for start, sentence in sentences(text):
        if start <= offset < start + len(sentence):
            return DATELINE.sub("", sentence, count=1).strip()
    return ""


def before_in_sentence(text: str, offset: int) -> str:
    """The words of the sentence of `text` that come before character `offset`."""
    return text[starts(text, offset)[-1] : offset]
