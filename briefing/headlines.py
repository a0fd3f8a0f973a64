"""How a title reads: as a headline does, whatever the text it was taken from.

A headline has no final full stop ("5.9 Earthquake Jolts Iran"), and text rebuilt from tokens
leaves spaces a headline has not: before a colon or a comma ("Report : Red Sox…"), inside
quotation marks ("' he leaked classified information '"), in a contraction ("does n’t"), and
closing double quotes as two apostrophes ("New Moon ''"). A desk does not print a label before it
("Breaking News - …", "UPDATE:") nor the site's name after it ("… - KSLA News 12 Shreveport"),
nor the whole of it in capitals. Only titles briefing composes read so (a story's, one made of a
lead sentence): an article's own title stays as written.
"""

from __future__ import annotations

import re

from .extract.words import frequent_words
from .sentences import ends_abbreviated

LABELS = (
    "breaking news",
    "breaking",
    "update",
    "updated",
    "developing story",
    "developing",
    "the latest",
    "exclusive",
    "watch",
    "video",
    "photos",
    "photo",
    "live",
    "just in",
)
"""Words a site prints before a headline, not part of it ("Breaking News: Sudan Bombs…")."""
SITE_WORDS = frozenset({"news", "weather", "sports", "traffic", "tv", "radio", "channel", "com", "net"})
"""Words of a site's name after a headline ("KSLA News 12", "wistv.com", "Weather & Sports")."""
HEADLINE_WORDS = 3
"""The fewest words of a headline: "Deputy Sheriff" or a byline is a line of the page, not a title."""
CASED_ZIPF = 4.0
"""In a title printed in capitals, a word of four letters English uses this often ("SHOT") is a word,
a rarer one ("NYPD") an acronym kept in capitals; a shorter word must be commoner by as many tenths
as it lacks letters ("TWO" is cased, "FBI" is not)."""

_TWO_APOSTROPHES = re.compile(r"''|``")
"""Double quotation marks as a tokenizer writes them."""
_CONTRACTION = re.compile(r"\s+(n['’]t|['’](?:s|ll|re|ve|d|m))\b", re.IGNORECASE)
"""A contraction cut from its word: "does n’t", "he 'll"."""
_SPACED_POSSESSIVE = re.compile(r"(\w)\s+(['’])\s+s\b")
"""A possessive spaced on both sides: "Hollywood ’ s"."""
_SPACE_BEFORE_STOP = re.compile(r"\s+([:;,?!]|\.(?!\d))")
"""A space before punctuation that follows a word ("Report : Red Sox"), not before ".45"."""
_FINAL_STOP = re.compile(r"(?<!\.)\.([\"”’']?)$")
_LABEL = re.compile(rf"^(?:{'|'.join(LABELS)})\s*(?:[:\-–—|]\s*)+", re.IGNORECASE)
"""A label before the headline, with its colon or dash: "Breaking News-", "UPDATE: "."""
_SEPARATOR = re.compile(r"\s*(?:[|«»]|::|\s[-–—](?=\s))\s*")
"""What separates a title from a site's name: " - ", " | ", " « "."""
_CALL_SIGN = re.compile(r"\b[KW][A-Z]{2,3}\b")
"""A US station's call sign: WJZ, KSLA, WBTV."""
_CAPITALS = re.compile(r"[A-Z][A-Z'’.&-]*[A-Z]")
"""A word in capitals."""
"""A final full stop, perhaps inside a closing quotation mark; not the last of an ellipsis."""
# Quotation marks by kind: those that only open, only close, or either.
_OPENING = {"“": '"', "‘": "'"}
_CLOSING = {"”": '"', "’": "'"}
_EITHER = {'"': '"', "'": "'"}


def headline(title: str, outlet: frozenset[str] = frozenset()) -> str:
    """`title` as a headline reads: "Report: Red Sox offer Teixeira $200 million" for
    "Report : Red Sox offer Teixeira $200 million.", "'he leaked classified information'" for
    "' he leaked classified information '"; without a site's label before it or its name after it
    (whose `outlet` words are known), and in capitals only where it is an acronym."""
    text = _cased(_without_site(_TWO_APOSTROPHES.sub('"', title.strip()), outlet))
    text = _SPACED_POSSESSIVE.sub(r"\1\2s", _CONTRACTION.sub(r"\1", text))
    text = _SPACE_BEFORE_STOP.sub(r"\1", _quotation_marks(text))
    if not ends_abbreviated(text):
        text = _FINAL_STOP.sub(r"\1", text)
    return text


def is_headline(title: str, outlet: frozenset[str] = frozenset()) -> bool:
    """Whether `title` can be a story's title: HEADLINE_WORDS words at least, no byline ("By Dana
    Griffin"), not the outlet's name ("NBC12")."""
    words = _without_site(title, outlet).split()
    if len(words) < HEADLINE_WORDS or words[0].casefold() == "by":
        return False
    return not (outlet and {w.casefold().strip(".,:") for w in words} <= outlet | SITE_WORDS)


def _without_site(title: str, outlet: frozenset[str]) -> str:
    """`title` without a label before it and the site's name after it (from the first part after a
    separator that names a site: "… - KXLF.com | Continuous News | Butte, Montana")."""
    text = _LABEL.sub("", title) or title
    for separator in _SEPARATOR.finditer(text):
        if separator.start() and _site_name(text[separator.end() :], outlet, separator.group(0)):
            return text[: separator.start()]
    return text


def _site_name(rest: str, outlet: frozenset[str], written: str) -> bool:
    """Whether `rest` of a title, after a separator `written`, opens with a site's name: its outlet, a
    call sign, a site's words."""
    part = _SEPARATOR.split(rest, maxsplit=1)[0]
    words = {w.casefold() for w in re.findall(r"[\w]+", part)}
    squeezed = re.sub(r"\W", "", part).casefold()
    return (
        "«" in written
        or bool(words & SITE_WORDS)
        or bool(_CALL_SIGN.search(part))
        or any(len(word) >= 4 and word in squeezed for word in outlet)
    )


def _cased(title: str) -> str:
    """`title` with its words in capitals cased as a headline's: all of them where no word has a small
    letter ("THREE PEOPLE SHOT" → "Three People Shot"), else those of five letters or more ("POLICE:
    Quadruple homicide")."""
    shouting = not any(c.islower() for c in title)

    def cased(found: re.Match[str]) -> str:
        word = found.group(0)
        if not shouting and len(word) <= 4:
            return word  # looked up only where it may change: the word table is built at its first use
        if not (shouting and len(word) > 4):
            zipf = frequent_words().get(word.casefold().strip(".'’"), 0.0)
            if zipf < CASED_ZIPF + max(0, 4 - len(word)):
                return word
        return word[0] + word[1:].lower()

    return _CAPITALS.sub(cased, title)


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
