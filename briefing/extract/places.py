"""Which place a span names, if any: the gazetteer's candidates, weighed against the traps (a
common word, a first name, a surname of the article's people) and the article's setting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..spelling import spelling_key
from . import lexicon
from .cues import word_before
from .gazetteer import LARGE_CITY, Place, gazetteer
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
    """The place a span names, or None where the name is a trap (a common word, a first name)."""
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
    if spelling_key(word.text) in context.surnames:
        return False
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
    """A country or a state after a comma: "Mobile, Alabama"."""
    tokens, text = span.paragraph.tokens, span.paragraph.text
    if span.last < len(tokens) and text[span.tokens[-1].end : tokens[span.last].start] == ", ":
        return any(q.kind in ("country", "subdivision") for q in gazetteer().lookup(tokens[span.last].text))
    return False
