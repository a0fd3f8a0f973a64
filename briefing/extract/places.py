"""Which place a span names, if any: the gazetteer's candidates, weighed against the traps (a
common word, a first name, a surname of the article's people) and the article's setting."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..spelling import spelling_key
from . import lexicon
from .cues import word_before
from .gazetteer import LARGE_CITY, STATE_ABBREVIATIONS, Place, gazetteer
from .spans import Span
from .words import is_common_word, is_given_name

if TYPE_CHECKING:
    from .context import ArticleContext

_KNOWN_BY_NAME = ("country", "region", "continent")
_NOT_A_PLACES_NOUN = (
    lexicon.NAME_MODIFIED
    | lexicon.ORG_NOUNS
    | lexicon.COMPANY_NOUNS
    | lexicon.SPEECH
    | frozenset(
        """is are was were has had have will would can could may from to in of on at with for by as
        issue incident rule""".split()
    )
)
"""Words after a name that make it no place's: a noun of a person's or a company's, a verb."""
"""Kinds of places known by name wherever it is written."""


def best_place(context: ArticleContext, span: Span) -> Place | None:
    """The place a span names, or None where the name is a trap (a common word, a first name). A town
    the text places in a state or a country is the town of that name there ("Columbus, Ga."), a small
    town too ("Eldorado, Texas")."""
    if span.paragraph.text.startswith(",", span.tokens[-1].end) and (town := qualified_town(span)):
        return town
    places = _candidates(context, span)
    if not places:
        return None
    if len(span.tokens) == 1 and not _lone_word_is_a_place(context, span, places):
        return None
    town = _town_before(context, span)
    if town is not None and (
        states := [q for q in places if q.kind == "subdivision" and q.country == town.country]
    ):
        return states[0]  # "Atlanta, Georgia": the state of the town's country, not the country Georgia
    countries = context.countries
    # A state of a large country ("Florida") is better known than a town abroad of that name, and than a
    # small town of its own country ("Oregon" is the state, not Oregon, Ohio).
    states = {
        q.country for q in places if q.kind == "subdivision" and gazetteer().is_large_country(q.country)
    }
    # A state of the country the article's towns are in beats a country of its name ("Georgia" beside
    # "Atlanta"; not beside "the U.S." alone).
    own_state = any(q.kind == "subdivision" and q.country in context.towns_in for q in places)
    return max(
        places,
        key=lambda q: (
            q.kind in _KNOWN_BY_NAME and not own_state,
            q.country in countries,
            q.major or q.kind != "city" or not states - {q.country},
            q.kind != "city" or q.population >= LARGE_CITY or not states,
            q.population,
            q.country in states,
        ),
    )


# A comma and up to three capitalized words, not a possessive ("Eldorado, Texas", "Eureka, Mo.").
_QUALIFIER = re.compile(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})(?!['’\w])")
_NEXT_NAME = re.compile(r",\s+(?:and\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")


def qualifiers(span: Span) -> list[Place]:
    """The states and countries a comma after the span names, which say where a town is ("Eldorado,
    Texas", "Eureka, Mo.", "Amatrice, Italy"); none in a list of places ("Paris, France, Italy and Spain")."""
    text, end = span.paragraph.text, span.tokens[-1].end
    found = _QUALIFIER.match(text, end) if text.startswith(",", end) else None
    if found is None:
        return []
    words = found[1].split()
    for count in range(len(words), 0, -1):
        name = " ".join(words[:count])
        containers = gazetteer().containers(name) or gazetteer().containers(name.rstrip("."))
        if containers:
            listed = _NEXT_NAME.match(text, found.start(1) + len(name))
            return [] if listed and gazetteer().lookup(listed[1]) else containers
    return []


def qualified_town(span: Span) -> Place | None:
    """The town of the span's name in the state or country a comma after it names, the most populous if
    several: the gazetteer's, or a small town that only the qualifier confirms, unless the name is a
    common word alone ("On Friday, Texas officials said")."""
    containers = qualifiers(span)
    countries = {container.country for container in containers}
    if not containers or any(
        q.kind in ("country", "region", "continent") or (q.kind == "subdivision" and q.country in countries)
        for q in gazetteer().lookup(span.text)
    ):
        return None  # "France, Italy", "Texas, US"; but "Victoria, Virginia" is a town
    if len(span.tokens) == 1 and is_common_word(span.text) and not gazetteer().lookup(span.text):
        return None
    inside = [town for container in containers for town in gazetteer().towns_in(span.text, container)]
    return max(inside, key=lambda town: town.population) if inside else None


def state_abbreviation(context: ArticleContext, span: Span) -> Place | None:
    """The US state abbreviated after a town and a comma ("Pa." of "Mount Oliver, Pa.", "TX" of "Paris,
    TX"), not a place of that name abroad (Pa, Burkina Faso); after any comma when its initials cannot be
    a word ("HAMILTON TWP., N.J.")."""
    tokens, text = span.paragraph.tokens, span.paragraph.text
    if (
        len(span.tokens) > 1
        or span.first == 0
        or text[tokens[span.first - 1].end : span.tokens[0].start] not in (", ", "., ")
    ):
        return None
    end = span.tokens[0].end
    written = text[span.tokens[0].start : end + 1 if text[end : end + 1] == "." else end]
    if written not in STATE_ABBREVIATIONS or (
        written.count(".") < 2
        and (span.paragraph.index, tokens[span.first - 1].end) not in context.place_ends
    ):
        return None
    return gazetteer().containers(written)[0]


def _town_before(context: ArticleContext, span: Span) -> Place | None:
    """The place a comma before the span ends ("Atlanta" of "Atlanta, Georgia"), if the gazetteer knows it."""
    tokens, text = span.paragraph.tokens, span.paragraph.text
    if span.first == 0 or text[tokens[span.first - 1].end : span.tokens[0].start] != ", ":
        return None
    return context.place_ends.get((span.paragraph.index, tokens[span.first - 1].end))


def _candidates(context: ArticleContext, span: Span) -> list[Place]:
    """The gazetteer's places for the span; for a saint's name, not those it more likely names otherwise."""
    places = gazetteer().lookup(span.text)
    if span.tokens[0].lower in ("st", "saint"):
        # Saints name towns, but also parishes of far-off islands ("St James") and, with a
        # possessive, churches, grounds and palaces ("St Mary's", "St George's Chapel").
        possessive = span.paragraph.text[span.tokens[-1].end : span.tokens[-1].end + 1] in ("'", "’")
        parish = len(span.tokens) == 2 and is_given_name(span.tokens[1].text)
        places = [
            q
            for q in places
            if not (parish and q.kind == "subdivision" and q.country not in context.countries)
            and not (possessive and q.kind == "city" and q.population < LARGE_CITY)
        ]
    return places


def _lone_word_is_a_place(context: ArticleContext, span: Span, places: list[Place]) -> bool:
    """A one-word name is a place unless it is a surname, a small town's name that is also a common or
    sentence-starting word, or a first name, with no cue that a place is meant."""
    word = span.tokens[0]
    cue = place_cue(context, span)
    key = spelling_key(word.text)
    if key in context.surnames and (
        (-1, key) in context.by_word
        or is_given_name(word.text)
        or not any(q.kind in ("country", "subdivision") for q in places)
    ):
        return False  # a surname, but not a state that begins a name ("Texas Ranger Nick Hanna")
    # States and provinces ("Alabama") are known by name, unless it is an everyday word.
    known = any(
        q.major
        or (
            q.kind == "subdivision"
            and q.country in context.countries
            and word.lower not in context.lowercase
            and not (word.initial and is_common_word(word.text))
        )
        for q in places
    )
    if (
        not known
        and not cue
        and (word.initial or is_common_word(word.text) or places[0].population < LARGE_CITY)
    ):
        return False
    if word.lower in context.lowercase and not known and not _strong_place_cue(context, span, places):
        return (
            False  # "Chief of Police" where the article writes "police": "of" is no cue for an everyday word
        )
    if is_given_name(word.text) and not cue and not any(q.kind in _KNOWN_BY_NAME for q in places):
        return False
    return not (word.initial and word.lower in context.lowercase and not cue)


def place_cue(context: ArticleContext, span: Span) -> bool:
    """A preposition or a compass word before ("in Mobile", "central London"), an article before and a
    noun after ("a London court", "the Atlanta and St. Louis plants"), or a larger place after ("Mobile,
    Alabama")."""
    before = word_before(span)
    if before is not None and (
        before.lower in lexicon.PLACE_PREPOSITIONS
        or (before.text.islower() and before.lower in lexicon.COMPASS)
        or (
            before.lower in lexicon.ARTICLES
            and _noun_after(span)
            and any(q.population >= LARGE_CITY for q in gazetteer().lookup(span.text))
        )
    ):
        return True
    tokens, text = span.paragraph.tokens, span.paragraph.text
    if (
        span.first > 0
        and text[tokens[span.first - 1].end : span.tokens[0].start] == ", "
        and (span.paragraph.index, tokens[span.first - 1].end) in context.place_ends
    ):
        return True  # the state after its city: "Mobile, Alabama"
    return _larger_place_after(span)


def _noun_after(span: Span) -> bool:
    """A lowercase word, or "and" and another name, follows the name: it qualifies a noun ("a London
    court", "the Atlanta and St. Louis plants"), not a person's ("the Clinton administration") or a
    company's ("the Phoenix consortium"), and no verb follows ("the Union benefits")."""
    tokens, text = span.paragraph.tokens, span.paragraph.text
    if span.last >= len(tokens) or text[span.tokens[-1].end : tokens[span.last].start] != " ":
        return False
    after = tokens[span.last]
    if after.lower == "and" and span.last + 1 < len(tokens):
        return tokens[span.last + 1].capitalized
    return (
        after.text.islower()
        and is_common_word(after.text)
        and not after.lower.endswith("s")
        and after.lower not in _NOT_A_PLACES_NOUN
    )


def _strong_place_cue(context: ArticleContext, span: Span, places: list[Place]) -> bool:
    """A cue that a word the article also writes in lowercase names a place: a larger place after it
    ("Mobile, Alabama"), a preposition of location before it ("in Reading"), or the article's places
    in its country."""
    before = word_before(span)
    return (
        _larger_place_after(span)
        or (before is not None and before.lower in lexicon.LOCATIVE_PREPOSITIONS)
        or any(q.country in context.countries for q in places)
    )


def _larger_place_after(span: Span) -> bool:
    """A country or a state after a comma: "Mobile, Alabama", "Mobile, Ala.", "Southampton, UK's VT Group"."""
    tokens, text = span.paragraph.tokens, span.paragraph.text
    if span.last < len(tokens) and text[span.tokens[-1].end : tokens[span.last].start] == ", ":
        after = tokens[span.last].text
        return bool(qualifiers(span)) or any(
            q.kind in ("country", "subdivision") for q in gazetteer().lookup(after)
        )
    return False
