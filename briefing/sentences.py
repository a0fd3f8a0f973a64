"""The sentence around a place in a paragraph, as the pages quote it and figures are read in it."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"(?<=[.!?])[”\"]?\s+(?=[“\"]?[A-Z])")
"""Where one sentence ends and the next begins."""
# "Kyiv, Ukraine (CNN) — " or "LONDON — " before a lead sentence.
DATELINE = re.compile(r"^[^—–]{1,80}?\)\s*[—–-]+\s*|^[A-Z][A-Za-z .,']{1,40}\s[—–]\s")


def lead_sentence(text: str) -> str:
    """The first sentence of a paragraph, without a dateline."""
    return SENTENCE_END.split(DATELINE.sub("", text, count=1), 1)[0].strip()


def sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` that contains character `offset`, without a dateline."""
    at = 0
    for sentence in SENTENCE_END.split(text):
        at = text.find(sentence, at)
        if at <= offset < at + len(sentence):
            return DATELINE.sub("", sentence, count=1).strip()
    return ""


def before_in_sentence(text: str, offset: int) -> str:
    """The words of the sentence of `text` that come before character `offset`."""
    starts = [match.end() for match in SENTENCE_END.finditer(text, 0, offset)]
    return text[starts[-1] if starts else 0 : offset]
