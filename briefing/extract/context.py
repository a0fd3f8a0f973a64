"""What one article has shown so far, which each name in it is read against: the words it writes in
lowercase and with a capital, the people it names in full, and the places and organizations found."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

from ..model import Kind, Mention
from ..spelling import spelling_key
from .cues import indexes_named, things_named
from .gazetteer import Place, gazetteer
from .lexicon import TITLE_WORDS
from .organizations import (
    acronym_of,
    expanded_acronyms,
    national_institution,
    organization_key,
    shortened_firms,
)
from .people import list_neighbours, surname, without_suffix
from .spans import CONNECTORS, Span, TokenizedParagraph
from .tokens import Token


class _Found(NamedTuple):
    """A name recorded, before its person key is final."""

    kind: Kind
    paragraph: int
    start: int
    end: int
    text: str
    key: str
    role: str | None
    place: Place | None
    national: bool = False
    """An institution every country has, named without its country: the key is completed with the
    article's country once all its places are known."""


class ArticleContext:
    """The state of recognition within one article."""

    def __init__(self, paragraphs: list[TokenizedParagraph], spans: list[Span]) -> None:
        self.paragraphs = paragraphs
        words = [t for paragraph in paragraphs for t in paragraph.tokens]
        self.capitalized = {t.text for t in words if t.capitalized and not t.initial}
        """Words the article capitalizes where a capital means a name (not at a sentence's start)."""
        self.lowercase = {t.text for t in words if t.text.islower()}
        """Words the article writes in lowercase somewhere."""
        self.things = things_named(spans)
        """Names the article also writes before a head word of a thing ("the Hang Seng index")."""
        self.indexes = indexes_named(spans)
        """Names the article uses as a stock-market index ("The Dow Jones was down 2.62%")."""
        self.spans = spans
        self.firms_shortened = shortened_firms(spans)
        """A firm's name without its head word → its whole name ("Harbor City" → "Harbor City Bank")."""
        self._span_index = {(span.paragraph.index, span.first): i for i, span in enumerate(spans)}
        self.people: dict[str, str] = {}
        """spelling key of a full name → the full name as first written."""
        self.learned: dict[str, int] = {}
        """A full name as first written → its rank in the order the article's names were learned."""
        self.found: list[_Found] = []
        # Indexes of `people` and `found`, kept as they grow: an article can name thousands.
        self.by_word: dict[tuple[int, str], list[str]] = {}
        """(0 for the first word or -1 for the last, its spelling key) → the full names."""
        self.surnames: set[str] = set()
        """Spelling keys of the first and last words of the people named so far: "Kim" of Kim Jong-un is
        no place."""
        self.place_ends: dict[tuple[int, int], Place | None] = {}
        """(paragraph, end) of the places found → the gazetteer's place, if known: a state after a comma
        may follow ("Mobile, Alabama")."""
        self.countries: set[str | None] = set()
        self.towns_in: set[str | None] = set()
        """Countries of the towns and states found so far, not of countries named ("U.S.")."""
        """Countries of the places found so far: the article's setting."""
        self.organization_ends: dict[tuple[int, int], _Found] = {}
        """(paragraph, end) of the organizations found → the organization, whose titles a name may continue
        and whose acronym may follow in parentheses."""
        self.organization_names: set[str] = set()
        """Names of the organizations found so far: what a name joined to one by "and" may be ("Northrop
        Grumman and EADS"), and the makers whose products the article may name after them ("Chrysler
        Aspen")."""
        self.acronym_keys: dict[str, str] = {}
        """An organization's name → the key of the acronym the article gives for it in parentheses, when its
        initials do not spell it ("Singapore Airlines (SIA)")."""

    def person_key(self, name: str) -> str | None:
        """The full name a name refers to in this article, when one is known: a word alone is the one full
        name it ends or else begins, when the article gave that name first ("Sir Paul McCartney ... Sir Paul
        said" is Paul McCartney). A suffix is no part of the key ("Jose Garcia III" is Jose Garcia)."""
        name = without_suffix(name)
        key = spelling_key(name)
        alone = self.people.get(key)
        if " " in name:
            return alone
        if alone is None:
            return self._full_name(key, lambda full: True)
        # A word learned alone ("Sir Paul") is a plain full name given before it, not one given after it
        # ("President Trump and Melania Trump") nor one with a title or a place ("Musharraf of Pakistan").
        first = self.learned[alone]
        return (
            self._full_name(key, lambda full: _plain_full_name(full) and self.learned[full] < first) or alone
        )

    def _full_name(self, word: str, allowed: Callable[[str], bool]) -> str | None:
        """The one full name of several words, of those `allowed`, that ends with `word`, or else begins
        with it."""
        by_last = [name for name in self.by_word.get((-1, word), ()) if " " in name and allowed(name)]
        if len(by_last) == 1:
            return by_last[0]
        by_first = [name for name in self.by_word.get((0, word), ()) if " " in name and allowed(name)]
        return by_first[0] if len(by_first) == 1 and not by_last else None

    def shared_surname(self, word: str) -> bool:
        """Several people the article names in full end with `word` ("Zina Bowser", "Erbie Bowser"): the
        word alone is one of them, though not which."""
        return len(self.by_word.get((-1, spelling_key(word)), ())) > 1

    def listed_with(self, span: Span) -> list[Span]:
        """The other names of the list the span stands in, if any (people.list_neighbours)."""
        index = self._span_index.get((span.paragraph.index, span.first))
        return [] if index is None else list_neighbours(self.spans, index)

    def know_person(self, name: str) -> None:
        """Remember a full name, so that a surname alone can be read as it."""
        name = without_suffix(name)
        key = spelling_key(name)
        if key not in self.people:
            self.people[key] = name
            self.learned[name] = len(self.learned)
            for at, word in ((0, name.split()[0]), (-1, surname(name))):
                self.by_word.setdefault((at, spelling_key(word)), []).append(name)
                self.surnames.add(spelling_key(word))

    def record(
        self,
        kind: Kind,
        paragraph: TokenizedParagraph,
        tokens: tuple[Token, ...],
        key: str,
        role: str | None = None,
        place: Place | None = None,
    ) -> None:
        """Record the name `tokens` write as a `kind`."""
        start, end = tokens[0].start, tokens[-1].end
        self.found.append(
            _Found(kind, paragraph.index, start, end, paragraph.text[start:end], key, role, place)
        )
        if kind == "organization":
            self.organization_ends[(paragraph.index, end)] = self.found[-1]
            self.organization_names.add(self.found[-1].text)
        if kind == "place":
            self.place_ends[(paragraph.index, end)] = place
        if place:
            self.countries.add(place.country)
            if place.kind in ("city", "subdivision"):
                self.towns_in.add(place.country)

    def record_organization(self, span: Span) -> None:
        """Record an organization; an institution every country has is keyed with its country
        ("air force (US)"), which a name without one ("the Air Force") takes from the article's setting, and
        a firm named without its head word is keyed as named whole ("Harbor City" as "Harbor City Bank")."""
        national = national_institution(span)
        if national is None:
            key = organization_key(self.firms_shortened.get(span.text, span.text))
            if expanded := self._expanded(span):
                self._name_by_acronym(expanded, key)
            self.record("organization", span.paragraph, span.tokens, self.acronym_keys.get(span.text, key))
            return
        key, country = national
        self.record("organization", span.paragraph, span.tokens, f"{key} ({country})" if country else key)
        if country is None:
            self.found[-1] = self.found[-1]._replace(national=True)

    def _expanded(self, span: Span) -> _Found | None:
        """The organization an acronym in parentheses stands for, named just before it, when the acronym
        may stand for it but its initials do not spell it ("Singapore Airlines (SIA)"; resolution joins
        those they spell everywhere: "General Motors (GM)")."""
        text, start = span.paragraph.text, span.tokens[0].start
        if len(span.tokens) > 1 or not span.text.isupper() or text[start - 2 : start] != " (":
            return None
        found = self.organization_ends.get((span.paragraph.index, start - 2))
        if found is None or not acronym_of(span.text, found.text):
            return None
        spelled = expanded_acronyms({organization_key(span.text): span.text, found.key: found.text})
        return None if spelled else found

    def _name_by_acronym(self, expanded: _Found, key: str) -> None:
        """Key an organization's name, where the article has written it and will, as its acronym."""
        self.acronym_keys[expanded.text] = key
        self.found = [
            f._replace(key=key) if f.kind == "organization" and f.key == expanded.key else f
            for f in self.found
        ]

    def setting(self) -> str | None:
        """The country most of the article's places are in, when one leads; a name that is a country's and
        a large country's state ("Georgia") says neither."""
        counts = Counter(
            f.place.country
            for f in self.found
            if f.place and f.place.country and not (f.place.kind == "country" and _also_a_state(f.text))
        )
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def _countries_of_institutions(self) -> dict[str, str | None]:
        """The country of each institution the article names without one ("the Air Force"): the one it
        names with it ("United States Air Force"), when one alone, else the article's setting."""
        named: dict[str, set[str]] = {}
        for f in self.found:
            if f.kind == "organization" and f.key.endswith(")") and " (" in f.key:
                generic, _, country = f.key[:-1].rpartition(" (")
                named.setdefault(generic, set()).add(country)
        setting = self.setting()
        return {
            f.key: next(iter(named[f.key])) if len(named.get(f.key, ())) == 1 else setting
            for f in self.found
            if f.national
        }

    def record_person(self, span: Span, role: str | None) -> None:
        """Record a person, under the full name the article gave them."""
        name = span.text
        key = self.person_key(name)
        if key is None:
            key = without_suffix(name)
            self.know_person(name)
        self.record("person", span.paragraph, span.tokens, key, role)

    def mentions(self) -> list[Mention]:
        """The names recorded, one a position, in reading order, each person under their full name."""
        mentions = []
        countries = self._countries_of_institutions()
        for f in self.found:
            key = f.key
            if f.kind == "person":
                key = self.person_key(f.key) or f.key
            elif f.national and countries.get(key):
                key = f"{key} ({countries[key]})"
            mentions.append(
                Mention(
                    f.kind, f.text, f.paragraph, f.start, f.end, key, f.role, f.place.id if f.place else None
                )
            )
        unique = {(m.paragraph, m.start): m for m in mentions}
        return sorted(unique.values(), key=lambda m: (m.paragraph, m.start))


def _also_a_state(name: str) -> bool:
    """A country's name that a large country's state bears too ("Georgia")."""
    return any(
        q.kind == "subdivision" and gazetteer().is_large_country(q.country) for q in gazetteer().lookup(name)
    )


def _plain_full_name(name: str) -> bool:
    """Several words of a name, none a connector or a title's ("Nancy Rothwell", not "Musharraf of Pakistan"
    or "Medical Research Council Professor Nancy Rothwell")."""
    words = name.split()
    return len(words) > 1 and not any(w.lower() in CONNECTORS or w.lower() in TITLE_WORDS for w in words)
