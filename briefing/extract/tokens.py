"""Words and capitalized name spans of a paragraph, with their character offsets."""

from __future__ import annotations

import re

from ..sentences import ABBREVIATIONS, COMPANY_ABBREVIATIONS
from .lexicon import COMPOUND_ENDINGS, SENTENCE_OPENERS

# A word: letters and digits, joined by apostrophes, periods of initialisms, and hyphens
# between capitalized parts ("MiG-29", "Jean-Pierre"), but not "US-led", which is two words.
# After a name, a short syllable, a hyphen and a short lowercase one is a Korean given name
# ("Kim Jong-un", "Moon Jae-in"), unless the second part is an English ending ("Bush-era").
_WORD = re.compile(
    r"""(?:[^\W\d_]\.){2,}                                          # U.S., U.K.
      | [A-Z]+&[A-Z]+\b                                            # AT&T, S&P
      | [A-Z][\w-]*\.(?:com|net|org)\b                               # Detik.com, Amazon.com
      | (?<=[a-z]\ )[A-Z][a-z]{1,4}-(?!(?:"""
    + "|".join(sorted(COMPOUND_ENDINGS))
    + r""")\b)
        [a-z]{1,5}(?:['’]s)?\b(?!-)                                 # (Kim) Jong-un, (Moon) Jae-in's
      | \w+(?:['’]\w+)*(?:-(?=[\dA-ZА-ЯЁІЇЄҐ])\w+(?:['’]\w+)*)*     # MiG-29, Jean-Pierre, don't, US
      | &                                                          # (Procter) & (Gamble)
    """,
    re.VERBOSE,
)
# Abbreviations a period ends without ending the sentence ("Gen. Smith", "Jan. 5", "Apple Inc. CEO").
_ABBREVIATIONS = ABBREVIATIONS | COMPANY_ABBREVIATIONS
_SPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace())  # U+3000 is the last space
_OPENING = _SPACE + "\"“‘'([—–-"
"""What may stand between a sentence's end and its first word: spaces, quotation marks, brackets, dashes."""


class Token:
    """One word of a paragraph. Its forms are computed once: names are read word by word, many times."""

    __slots__ = ("capitalized", "end", "initial", "lower", "start", "text")

    def __init__(self, text: str, start: int, end: int, initial: bool) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.initial = initial
        """True when the word starts a sentence, a quotation or a line, where capitals prove nothing."""
        self.lower = text.lower()
        self.capitalized = text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, initial={self.initial})"


def tokenize(text: str) -> list[Token]:
    """The words of `text`; possessive endings are left out of the word ("Ukraine’s" → "Ukraine")."""
    tokens: list[Token] = []
    for match in _WORD.finditer(text):
        word, start = match.group(), match.start()
        if len(word) > 2 and word[-2:] in ("'s", "’s"):
            word = word[:-2]
        # Most words follow a space after a letter, a digit or a comma, inside a sentence.
        previous = text[start - 2] if start > 1 else ""
        inside = previous != "" and text[start - 1] == " " and (previous.isalnum() or previous == ",")
        initial = (
            not inside
            and _starts_a_sentence(text[max(0, start - 12) : start])
            and (word in SENTENCE_OPENERS or not _after_abbreviation(tokens, text, start))
        )
        tokens.append(Token(word, start, start + len(word), initial))
    return tokens


def _starts_a_sentence(before: str) -> bool:
    """Does a word after `before` start a sentence, a quotation or a line? `before` ends after a sentence's
    end, spaces, quotation marks and brackets ('He left. "We', 'said: (', '.” The'), or in an opening mark
    and spaces ('said “We'). Read by stripping, not a regular expression: it is asked of every word."""
    if before.rstrip(_SPACE)[-1:] in ('"', "“", "‘", "(", "—", "–"):
        return True
    rest = before.rstrip(_OPENING)
    return not rest or rest[-1] in ".!?:;" or (rest[-1] in "”’" and rest[-2:-1] in (".", "!", "?"))


def _after_abbreviation(tokens: list[Token], text: str, start: int) -> bool:
    """Is the period before `start` the end of an abbreviation rather than a sentence?"""
    if not tokens:
        return False
    previous = tokens[-1]
    between = text[previous.end : start]
    if not between.lstrip().startswith(".") and not previous.text.endswith("."):
        return False
    # A lone capital before a period is a middle initial ("Michael R. Golden").
    return (
        previous.text.rstrip(".").lower() in _ABBREVIATIONS
        or bool(re.fullmatch(r"(?:\w\.)+", previous.text))
        or (len(previous.text) == 1 and previous.text.isupper())
    )
