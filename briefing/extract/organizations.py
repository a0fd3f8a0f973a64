"""Whether a span names an organization: by its head word ("Defense Ministry"), its fame ("NATO"), a
noun before it that says what it is ("engine maker Europrop"), or a country's name in it ("Air India")."""

from __future__ import annotations

import functools
import re
from itertools import pairwise
from typing import TYPE_CHECKING

from . import lexicon
from .cues import country_prefix, employer_cue, team, word_before
from .gazetteer import LARGE_CITY, Place, fold, gazetteer
from .spans import CONNECTORS, Span, TokenizedParagraph
from .words import is_common_word, is_given_name

_NOT_INITIALED = CONNECTORS | {"and", "&", "the", "for"}
"""Words an acronym leaves out ("Federal Bureau of Investigation" is FBI)."""
_QUALIFIER_WORDS = 3
"""Words of a country's name or adjective before an institution's ("United States Air Force")."""

if TYPE_CHECKING:
    from .context import ArticleContext

_HOLDINGS = frozenset({"shares", "stake", "stakes", "shareholders", "shareholding"})
"""Nouns before "in" or "of" and a firm ("shares in Biogen")."""
_WEB_DOMAIN = re.compile(r"\.(?:com|net|org)$")
"""A website's domain after its name ("Detik.com"), which names the firm that runs it."""
_ACRONYM_LENGTH = range(2, 7)
"""Letters of an upper-case word alone that reads as an organization's acronym ("NATO")."""


@functools.lru_cache(maxsize=65536)
def organization_key(name: str) -> str:
    """One key for an organization however its acronym is dotted ("C.I.A." and "CIA"), with or without
    the words of its full name ("Apple Inc." and "Apple", "General Motors Corporation" and
    "General Motors")."""
    words = fold(_WEB_DOMAIN.sub("", name)).replace(".", "").split()
    while len(words) > 1 and words[-1] in lexicon.COMPANY_WORDS:
        words.pop()
    for k in range(min(_QUALIFIER_WORDS, len(words) - 1), 0, -1):
        # "United States Geological Survey" and "US Geological Survey": one country however written.
        country = next(
            (p.country for p in gazetteer().lookup(" ".join(words[:k])) if p.kind == "country"), None
        )
        if country:
            return " ".join([country.lower(), *words[k:]])
    return " ".join(words)


def expanded_acronyms(names: dict[str, str]) -> dict[str, str]:
    """The key of each acronym among an article's organizations (`names`: key → name as written) →
    the key of the one organization it abbreviates there ("GM" → General Motors, "USAF" → United
    States Air Force, "F.B.I." → Federal Bureau of Investigation)."""
    by_initials: dict[str, set[str]] = {}
    for key, name in names.items():
        words = [w for w in name.replace("-", " ").split() if w.lower() not in _NOT_INITIALED]
        initials = "".join(_initials(w) for w in words).lower()
        if len(words) > 1:
            by_initials.setdefault(initials, set()).add(key)
        if key.endswith(")") and " (" in key:
            # An institution of a country, abbreviated with the country's: "USAF" of the (US) "Air Force".
            by_initials.setdefault(key[:-1].rpartition(" (")[2].lower() + initials, set()).add(key)
    expanded = {}
    for key, name in names.items():
        found = by_initials.get(key) if name.replace(".", "").isupper() else None
        if found and len(found) == 1 and key not in found:
            expanded[key] = found.pop()
    return expanded


def _initials(word: str) -> str:
    """What a word of a name gives its acronym: its first letter, or every letter of an initialism ("US"
    and "U.S." of "U.S. Geological Survey" give USGS)."""
    letters = word.replace(".", "")
    return letters if len(letters) <= 3 and letters.isupper() and letters.isalpha() else word[0]


def acronym_of(acronym: str, name: str) -> bool:
    """An acronym may stand for the name: both begin with one letter, and the initials of the name's words
    (but its legal form) appear in the acronym in order ("SIA" of "Singapore Airlines", "EADS" of "European
    Aeronautic Defence & Space NV"; not "ISM" of "Supply Management")."""
    initials = "".join(
        _initials(w).lower()
        for w in name.replace("-", " ").split()
        if w.lower() not in _NOT_INITIALED and w.lower().rstrip(".") not in lexicon.CORPORATE_SUFFIXES
    )
    letters = iter(acronym.lower())
    return bool(initials) and initials[0] == acronym[0].lower() and all(i in letters for i in initials)


def national_institution(span: Span) -> tuple[str, str | None] | None:
    """An institution every country has ("Air Force", "Defense Ministry"): the key of its generic name,
    and the country its name or a possessive before it gives ("Indian Navy", "U.S. Air Force",
    "Pakistan's Interior Ministry"), or None when it gives none. None for any other organization."""
    tokens = span.tokens
    for k in range(min(_QUALIFIER_WORDS, len(tokens) - 1), -1, -1):
        country = gazetteer().country_of(" ".join(t.text for t in tokens[:k])) if k else _possessor(span)
        rest = tokens[k:]
        generic = (
            rest[-1].lower in lexicon.NATIONAL_HEADS
            and (len(rest) > 1 or k > 0)
            and not any(t.lower in CONNECTORS or not is_common_word(t.text) for t in rest)
        )
        if not generic or (k and country is None):
            continue
        return _generic_key([t.lower for t in rest]), country
    return None


def _generic_key(words: list[str]) -> str:
    """One key for an institution's generic name however it is written: "state emergency service",
    "emergency services" and "Emergency Service" are "emergency service"."""
    if len(words) > 2 and words[0] == "state":
        words = words[1:]
    if words[-1].endswith("s") and words[-1][:-1] in lexicon.NATIONAL_HEADS:
        words = [*words[:-1], words[-1][:-1]]
    return organization_key(" ".join(words))


def _possessor(span: Span) -> str | None:
    """The country whose possessive stands just before the span ("Pakistan's")."""
    if span.first == 0:
        return None
    before = span.paragraph.tokens[span.first - 1]
    gap = span.paragraph.text[before.end : span.tokens[0].start]
    return gazetteer().country_of(before.text) if gap in ("'s ", "’s ") else None


_SOURCE_HEAD = re.compile(r"\b(?:" + lexicon.alternation(lexicon.SOURCE_HEADS) + r")\b")
_NAMED_BEFORE_HEAD = re.compile(r"(?:[’']s|\bthe) (?P<words>(?:[a-z]+ ){1,3})$")
"""The words of an institution's name before its head, after a possessive or "the": "(Ukraine's) state
emergency (service)"."""
_SPEAKS_AFTER = re.compile(
    r"""\s+(?:(?:\w+ly|earlier|later|also|has|had)\s+)*       # "(service) earlier reported"
        (?:"""
    + lexicon.alternation(lexicon.speech_verbs("body"))
    + r""")\b""",
    re.VERBOSE,
)
_ACCORDING_TO = re.compile(r"according to (?:the |\S+['’]s )$", re.IGNORECASE)


def institutions_quoted(paragraph: TokenizedParagraph) -> list[Span]:
    """Institutions a paragraph names in lowercase as the source of what it reports: before a speech verb
    ("Ukraine’s state emergency service announced") or after "according to" ("according to Ukraine’s
    emergency services"), not any institution it mentions ("the ministry's building")."""
    found: list[Span] = []
    text = paragraph.text
    for head in _SOURCE_HEAD.finditer(text):
        named = _NAMED_BEFORE_HEAD.search(text, max(0, head.start() - 60), head.start())
        if named is None or any(not is_common_word(word) for word in named["words"].split()):
            continue
        start = named.start("words")
        according = _ACCORDING_TO.search(text, max(0, start - 40), start)
        if not (according or _SPEAKS_AFTER.match(text, head.end())):
            continue
        tokens = [i for i, t in enumerate(paragraph.tokens) if start <= t.start and t.end <= head.end()]
        if tokens:
            found.append(Span(paragraph, tuple(paragraph.tokens[tokens[0] : tokens[-1] + 1]), tokens[0]))
    return found


_FIRM_HEADS = lexicon.COMPANY_NOUNS | lexicon.COMPANY_WORDS
"""Last words of a firm's name that the article may leave off once it has named it ("Harbor City Bank",
"the nearby Harbor City office")."""


def shortened_firms(spans: list[Span]) -> dict[str, str]:
    """A firm's name without its head word → the whole name, for the firms an article names by two words
    or more and a head ("Harbor City" → "Harbor City Bank"), unless the article gives those words several such
    names or they name a town or a place known by name ("New York Life")."""
    found: dict[str, set[str]] = {}
    for span in spans:
        if len(span.tokens) > 2 and span.tokens[-1].lower.rstrip(".") in _FIRM_HEADS:
            found.setdefault(" ".join(t.text for t in span.tokens[:-1]), set()).add(span.text)
    return {
        short: next(iter(names))
        for short, names in found.items()
        if len(names) == 1 and not any(_known_place(q) or q.kind == "city" for q in gazetteer().lookup(short))
    }


_HEADS_WRITTEN_SOLID = ("bank", "group")
"""Heads of an organization's name that a one-word name ends with ("Bundesbank", "Eurogroup")."""


def organization(context: ArticleContext, span: Span, read_around: bool = True) -> bool:
    """An organization by its fame, its words or (with `read_around`) the words around it."""
    if span.text in lexicon.ORGANIZATIONS or _WEB_DOMAIN.search(span.text) or _hyphenated_known(span.text):
        return True  # "NATO", "Detik.com quoted Djamal", "Wal-Mart"
    if read_around and _said_around(context, span):
        return True
    words = span.tokens
    if (
        len(words) > 1
        and words[-1].lower.rstrip(".").split("-")[-1] in lexicon.ORG_HEADS
        and not any(q.kind in ("region", "country") for q in gazetteer().lookup(span.text))
    ):
        return (
            True  # "Defense Ministry", "San Diego Union-Tribune", but not the "West Bank" nor "Soviet Union"
        )
    if len(words) > 1 and words[0].text in lexicon.ORGANIZATIONS and not is_given_name(words[0].text):
        return True  # "Apple Computer", "BBC Two"
    if (len(words) > 1 and words[-1].lower.rstrip(".") in lexicon.CORPORATE_SUFFIXES - {"co"}) or (
        len(words) > 2 and words[-1].lower.rstrip(".") == "co"
    ):
        return True  # "Commerzbank AG", "Fiat SpA", "Sanyo Electric Co", but not "Shawnee Co" (a county)
    if len(words) == 1 and len(words[0].text) > 6 and words[0].lower.endswith(_HEADS_WRITTEN_SOLID):
        return True  # "the Bundesbank", "Rabobank", "the Eurogroup"
    if len(words) > 1 and named_for_country(context, span):
        return True  # "Air India", "Telecom Egypt"
    if len(words) > 1 and team(span):
        return True
    if any(
        (a.lower in lexicon.ORG_HEADS and b.lower == "of")
        or (a.lower in lexicon.FOR_HEADS and b.lower == "for")
        for a, b in pairwise(words)
    ):
        return True  # "Bank of England", "Royal Courts of Justice", "Center for Biological Diversity"
    if len(words) > 2 and words[-1].lower in lexicon.JOINED_HEADS and any(t.lower == "and" for t in words):
        return True  # "U.S. Customs and Border Protection"
    return (
        len(words) == 1
        and words[0].text.isupper()
        and len(words[0].text) in _ACRONYM_LENGTH
        and not gazetteer().lookup(words[0].text)
        and words[0].lower not in lexicon.CLOCK_WORDS
        and ("&" in words[0].text or not is_common_word(words[0].text))
    )  # "AT&T", not "noon EDT"


_KNOWN_FOLDED = frozenset(name.casefold() for name in lexicon.ORGANIZATIONS)


def _hyphenated_known(name: str) -> bool:
    """A famous organization's name written with a hyphen, as older copy writes some ("Wal-Mart" for
    Walmart)."""
    return "-" in name and name.replace("-", "").casefold() in _KNOWN_FOLDED


def _said_around(context: ArticleContext, span: Span) -> bool:
    """The words around the span say it is an organization ("engine maker Europrop", "shares in
    Biogen", "an analyst at Jefferies", "the Munhwa Ilbo newspaper")."""
    before = word_before(span)
    if before is None:
        return _outlet_noun_after(span)
    if (
        before.lower in lexicon.ORG_NOUNS
        and not before.capitalized
        and not any(q.kind in ("country", "region") for q in gazetteer().lookup(span.text))
    ):
        return True  # "engine maker Europrop", but a country's "diplomatic rival Taiwan"
    tokens = span.paragraph.tokens
    if (
        before.lower in ("in", "of")
        and span.first >= 2
        and tokens[span.first - 2].lower in _HOLDINGS
        and not gazetteer().lookup(span.text)
    ):
        return True  # "shares in Biogen", "a stake in Manchester United", but "shares in London"
    if (
        span.first >= 2
        and employer_cue(tokens[span.first - 2], before, span)
        and not any(t.lower == "best" for t in tokens[max(0, span.first - 5) : span.first - 2])
        and not is_given_name(span.tokens[0].text)
        and not gazetteer().lookup(span.text)
        and context.person_key(span.text) is None
    ):
        # The employer after a role: "an analyst at Jefferies", "a strategist for Miller Tabak";
        # but not an award's winner ("best actor for Cheadle") or a person named before.
        return True
    return _outlet_noun_after(span)


def _outlet_noun_after(span: Span) -> bool:
    """Followed by a noun for a news outlet ("the Munhwa Ilbo newspaper") or a company ("Harbor City
    bank", "the Tata group"), unless the name is a known place's ("a Colorado newspaper", "an Atlanta
    newspaper")."""
    tokens = span.paragraph.tokens
    if span.last >= len(tokens) or span.paragraph.text[span.tokens[-1].end : tokens[span.last].start] != " ":
        return False
    noun = tokens[span.last].lower
    if noun not in lexicon.OUTLET_NOUNS and noun not in lexicon.COMPANY_NOUNS:
        return False
    places = gazetteer().lookup(span.text)
    if gazetteer().divisions(span.text):
        return False  # a county's: "a Hertfordshire company"
    if noun in lexicon.OUTLET_NOUNS:
        return not any(_known_place(q) for q in places)
    # A company's noun after a town's name is the town's branch ("a Woodburn bank").
    return noun in lexicon.COMPANY_NOUNS and not any(_known_place(q) or q.kind == "city" for q in places)


def _known_place(place: Place) -> bool:
    """A place known by name wherever it is written: a country, a large city, a large country's state."""
    return (
        place.major
        or place.population >= LARGE_CITY
        or (place.kind == "subdivision" and gazetteer().is_large_country(place.country))
    )


def named_for_country(context: ArticleContext, span: Span) -> bool:
    """Ends with a country's name, which no surname is ("Air India"; "Michael Jordan" is a
    first name and a surname), or with a state's of the article's countries after no first
    name ("Alcohol Focus Scotland"), but is no place itself."""
    last, first = span.tokens[-1], span.tokens[0]
    places = gazetteer().lookup(last.text)
    if not places or any(t.lower in CONNECTORS for t in span.tokens) or gazetteer().lookup(span.text):
        return False  # "Gulf Coast of Alabama" is a place's part
    if country_prefix(first) or first.lower in lexicon.COMPASS or last.lower in lexicon.FACILITY_HEADS:
        return False
    if any(q.kind == "country" for q in places):
        return not (is_given_name(first.text) and is_given_name(last.text))
    return not is_given_name(first.text) and any(
        q.kind == "subdivision" and q.country in context.countries for q in places
    )
