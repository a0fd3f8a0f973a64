"""What the words around a name say of a person, whatever the first name: an age in apposition ("Dameisha
Clark, 20, is wanted"), an age before it ("23-year-old Feliberto Ponce"), what happens to or is done by a
person ("Mykael Maggett was arrested"), an identification ("identified the victims as"), or a list the
name stands in with people ("Jose Garcia III, 20, and Feliberto Ponce, 17, were shot")."""

from __future__ import annotations

import re

from . import lexicon
from .spans import Span

_AGE_AFTER = re.compile(
    r"""\ ?,\s+(?:both\s+|all\s+|aged?\s+|ages\s+)?\d{1,3}    # ", 20", ", both 31", ", aged 7", " , 20"
        (?![,.]?\d)(?=\s*(?:[,;.)—–]|and\b|or\b|$))                   # then the phrase goes on or ends
      | \s+\(\d{1,3}\)                                        # " (20)"
      | \ ?,\s+an?\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](?:years?|months?)[- ]old\b  # ", a 29-year-old"
    """,
    re.VERBOSE,
)
_AGE_BEFORE = re.compile(
    r"""\b(?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)[- ](?:years?|months?)[- ]old  # "29-year-old", "Twenty-six-"
        (?:\s+[a-z]+){0,2},?\s+$                                        # "twins", "friend", "son,"
    """,
    re.VERBOSE,
)
_BE = r"(?:(?:was|were|is|are|been|being|be|has|have|had|also|later|then|\w+ly)\s+)"
"""Auxiliaries and adverbs before what is done to or by a person ("has been charged", "was fatally shot")."""
_FATE_AFTER = re.compile(
    rf"""\s+(?:{_BE}+(?:{lexicon.alternation(lexicon.DONE_TO_PEOPLE)})
        | {_BE}*(?:{lexicon.alternation(lexicon.DONE_BY_PEOPLE)})
        )\b""",
    re.VERBOSE,
)
_NAMED_BEFORE = re.compile(
    rf"""(?:\b(?:identified|named)(?:\s+[\w'’-]+){{0,3}}?\s+as              # "identified the victims as"
        | \b(?:{lexicon.alternation(lexicon.PERSON_PREDECESSORS)})            # "the death of", "victims"
        ),?\s+$""",
    re.VERBOSE | re.IGNORECASE,
)
_AFTER_AGED_NAME = lexicon.PLACE_PREPOSITIONS | {"and", "or", "who", "on", "inside", "remains", "suffered"}
"""Lowercase words that may follow a name an age stands before ("17-year-old Feliberto Ponce and"), unlike
a noun the name qualifies ("a 29-year-old New Haven resident")."""
_LIST_GAP = re.compile(
    r"(?: ?,\s+(?:both\s+|all\s+|aged?\s+)?\d{1,3}"
    r"(?P<town> ?,\s+(?:of\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?)?"
    r"(?: ?[,;]\s+(?:and\s+)?|(?: ?,)?\s+(?:and|or)\s+)"
)
"""What stands between two names of a list, an age maybe after the first ("Jose Garcia III, 20, and"; text
rebuilt from tokens has a space before its commas), and the town after the age ("Arthur Grant, 25, Dunbar;
and"), itself a name between the two."""


def surname(name: str) -> str:
    """The last word of a full name but a suffix ("Garcia" of "Jose Garcia III", "Ford" of "Ford Jr.")."""
    return without_suffix(name).split()[-1]


def without_suffix(name: str) -> str:
    """A full name without the suffix that ends it ("Jose Garcia" of "Jose Garcia III"): one person's key
    however often the suffix is written."""
    words = name.split()
    while len(words) > 2 and words[-1].rstrip(".") in lexicon.NAME_SUFFIXES:
        words.pop()
    return " ".join(words)


def person_context(span: Span) -> bool:
    """The words around the span say it is a person: an age or an identification (`aged_or_named`),
    or what is done to or by a person after it ("was arrested", "died")."""
    return bool(aged_or_named(span) or _FATE_AFTER.match(span.paragraph.text, span.tokens[-1].end))


def aged_or_named(span: Span) -> bool:
    """An age in apposition or before the span ("Dameisha Clark, 20,", "23-year-old Feliberto Ponce"), or
    words that identify a person before it (`named_alone`)."""
    text = span.paragraph.text
    start = span.tokens[0].start
    return named_alone(span) or bool(_AGE_BEFORE.search(text, max(0, start - 40), start) and name_ends(span))


def named_alone(span: Span) -> bool:
    """An age in apposition ("Faith, 6,") or words that identify a person before the span ("a woman named
    Mary", "identified the victims as"): cues that hold for a name of one word too, unlike an age before
    it ("the 27-year-old Spaniard")."""
    text = span.paragraph.text
    start, end = span.tokens[0].start, span.tokens[-1].end
    return bool(_AGE_AFTER.match(text, end) or _named_before(text, start))


_NAMED_BEFORE_ENDS = tuple(sorted({"as"} | {phrase.split()[-1] for phrase in lexicon.PERSON_PREDECESSORS}))
"""The words `_NAMED_BEFORE` ends with, looked for first: it is asked of most names."""


def _named_before(text: str, start: int) -> bool:
    window = max(0, start - 60)
    return text[window:start].rstrip().rstrip(",").lower().endswith(_NAMED_BEFORE_ENDS) and bool(
        _NAMED_BEFORE.search(text, window, start)
    )


def name_ends(span: Span) -> bool:
    """No noun follows the name, which would make it a qualifier ("a New Haven resident")."""
    tokens = span.paragraph.tokens
    if span.last >= len(tokens):
        return True
    after = tokens[span.last]
    gap = span.paragraph.text[span.tokens[-1].end : after.start]
    return (
        gap.strip() != ""
        or not after.text.islower()
        or after.lower in _AFTER_AGED_NAME
        or after.lower in lexicon.SPEECH
    )


def list_neighbours(spans: list[Span], index: int) -> list[Span]:
    """The names just before and after `spans[index]` in a list ("Julie Jackson" and "Kayetie Melchor" of
    "Misty Nunley, Julie Jackson, Rebeika Powell and Kayetie Melchor"), of the article's `spans`; past a
    town after an age ("Arthur Grant" of "Arthur Grant, 25, Dunbar; and Kahlil Bush")."""
    found = []
    for other in (index - 2, index - 1, index + 1, index + 2):
        if 0 <= other < len(spans):
            one, two = sorted((spans[index], spans[other]), key=lambda s: s.first)
            gap = one.paragraph is two.paragraph and _LIST_GAP.fullmatch(
                one.paragraph.text, one.tokens[-1].end, two.tokens[0].start
            )
            if gap and (abs(other - index) == 1 or gap["town"]):
                found.append(spans[other])
    return found
