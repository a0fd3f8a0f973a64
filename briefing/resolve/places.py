"""Places of one name told apart: the text's qualifier and the story's other places choose.

Extraction picks a place for each name from its article alone, the best known of that name.
Here the whole story is known: "Columbus, Ga." is the Georgia town, "Georgia" in a story set in
Atlanta is the state, "the Evanston neighborhood of Cincinnati" is no town in Illinois, and a
small town abroad in a story that names nothing near it was a word, not a place ("Police").
"""

from __future__ import annotations

import collections
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..extract.gazetteer import LARGE_CITY, STATE_ABBREVIATIONS, Place, gazetteer
from ..model import Extraction, Mention

_STATES = "|".join(re.escape(a) for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True))
_STATE_AFTER = re.compile(rf",\s+({_STATES})(?!\w)")  # ", Ga.", ", TX"
_PARTS = r"(?:neighbou?rhood|suburb|district|section|borough|community|village|township)"
_HAS_PARTS = re.compile(rf"\b{_PARTS}\s+(?:of|in|outside|near)\s", re.IGNORECASE)
# After a place's name: " neighborhood of Cincinnati" (of "the Evanston neighborhood of
# Cincinnati"), ", a northern suburb of Chicago".
_PART_OF = rf"""(?:,\s+an?\s+(?:[a-z-]+\s+)?|\s+){_PARTS}\s+(?:of|in|outside|near)\s+(?:the\s+)?
    (?P<town>[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)*)"""
_QUALIFIED = re.compile(r",\s+")
NEAR_KM = 40
"""A place of a name lies in the town its text places it in when within this distance of it."""
EARTH_DIAMETER_KM = 12_742
"""For distances on the globe."""
STATE_SUPPORT = 2
"""How many of a story's places in one state make a name the town of that name in the state."""
PROMINENCE = 10
"""A town this many times as populous as another of its name is the better known."""


@dataclass(frozen=True)
class Context:
    """What the text says around one place name, as far as choosing its place goes."""

    state: str | None = None
    """A US state's code from an abbreviation after the name ("Columbus, Ga.")."""
    qualifier: str | None = None
    """The name after a comma that says where it is ("Seattle, Washington")."""
    qualifies: str | None = None
    """The name before a comma that this one says where is ("Washington" of "Seattle, Washington")."""
    within: str | None = None
    """The town the article says it is part of ("the Evanston neighborhood of Cincinnati")."""


_UNQUALIFIED = Context()


def contexts(extraction: Extraction) -> list[Context]:
    """The context of each place mention of `extraction`, in order: only the text's words read here."""
    places = [m for m in extraction.mentions if m.kind == "place"]

    def comma_after(index: int) -> Mention | None:
        """The next place, when only a comma stands between ("Seattle, Washington")."""
        one, other = places[index], places[index + 1] if index + 1 < len(places) else None
        text = extraction.article.paragraphs[one.paragraph].text
        together = other is not None and other.paragraph == one.paragraph
        return other if together and _QUALIFIED.fullmatch(text[one.end : other.start]) else None

    towns = _towns(extraction, {m.text for m in places})
    found = []
    for index, mention in enumerate(places):
        text = extraction.article.paragraphs[mention.paragraph].text
        state = _STATE_AFTER.match(text, mention.end)
        # In a list ("San Antonio, New York, Atlanta", "London, Glasgow, Birmingham and throughout the UK")
        # no name says where another is.
        qualifier = comma_after(index)
        before = index and comma_after(index - 1) is mention and not (index > 1 and comma_after(index - 2))
        listed = qualifier is not None and (comma_after(index + 1) is not None or bool(before))
        found.append(
            Context(
                state=STATE_ABBREVIATIONS[state.group(1)] if state else None,
                qualifier=qualifier.text if qualifier and not listed else None,
                qualifies=places[index - 1].text if before and not listed else None,
                within=towns.get(mention.text),
            )
        )
    return found


def _towns(extraction: Extraction, names: set[str]) -> dict[str, str]:
    """The town each of `names` is part of, where the article says so anywhere in its text."""
    text = "\n".join(p.text for p in extraction.article.paragraphs)
    if not _HAS_PARTS.search(text):
        return {}
    towns = {}
    for name in sorted(names):
        found = re.search(re.escape(name) + _PART_OF, text, re.VERBOSE)
        if found and found["town"] != name:
            towns[name] = found["town"]
    return towns


def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Kilometres between two points on the globe."""
    (lat1, lon1), (lat2, lon2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return EARTH_DIAMETER_KM * math.asin(math.sqrt(h))


Choice = str | None
"""The key a place mention resolves to: a gazetteer id, "name:…" for a place the gazetteer lacks,
or None for a name that is no place."""


def choose_places(
    extractions: Sequence[Extraction], story_of: dict[str, str]
) -> dict[tuple[str, int, int], Choice]:
    """The places that the text and the stories choose, where they differ from extraction's:
    keyed by (article path, paragraph, start)."""
    stories: dict[str, list[tuple[Extraction, Mention, Context]]] = collections.defaultdict(list)
    for extraction in extractions:
        places = [m for m in extraction.mentions if m.kind == "place"]
        for mention, context in zip(places, contexts(extraction), strict=True):
            stories[story_of.get(extraction.article.path, "")].append((extraction, mention, context))
    changed: dict[tuple[str, int, int], Choice] = {}
    for found in stories.values():
        for (extraction, mention, _), choice in zip(found, _Story(found).choices(), strict=True):
            if choice != mention.key:
                changed[(extraction.article.path, mention.paragraph, mention.start)] = choice
    return changed


class _Story:
    """The place names of one story, each chosen in the light of the others."""

    def __init__(self, found: list[tuple[Extraction, Mention, Context]]) -> None:
        self.found = found
        lookup = gazetteer().lookup
        self.candidates = [
            [*lookup(m.text), *gazetteer().divisions(m.text)]
            if m.key.startswith(("geonames:", "iso:"))
            else []
            for _, m, _ in found
        ]
        self.chosen: list[Choice] = [m.key for _, m, _ in found]

    def choices(self) -> list[Choice]:
        ambiguous = [i for i, c in enumerate(self.candidates) if len(c) > 1]
        # A name of one place too may be qualified otherwise: "Eldorado, Texas" is no Eldorado abroad.
        qualified = [
            i for i, (_, _, c) in enumerate(self.found) if self.candidates[i] and (c.state or c.qualifier)
        ]
        if not ambiguous and not qualified and not any(c.within for _, _, c in self.found):
            return self.chosen
        for i in sorted({*ambiguous, *qualified}):
            self._by_qualifier(i)
        for i, (_, _, context) in enumerate(self.found):
            if context.within and not context.qualifies:
                self._by_town(i, context.within)
        self._as_qualified()
        settled = self._settled()
        by_story: dict[tuple[str | None, tuple[str, ...]], str | None] = {}
        for i in ambiguous:
            if self.chosen[i] == self.found[i][1].key:
                asked = (self.chosen[i], tuple(p.id for p in self.candidates[i]))
                if asked not in by_story:
                    by_story[asked] = self._by_story(i, settled)
                self.chosen[i] = by_story[asked]
        for i, candidates in enumerate(self.candidates):
            if (
                len(candidates) == 1
                and self.found[i][2] == _UNQUALIFIED
                and self.chosen[i] == self.found[i][1].key
                and (place := self._place(i))  # a small town the story qualifies elsewhere is no name abroad
                and self._stray(place, settled)
            ):
                self.chosen[i] = None
        return self.chosen

    def _place(self, i: int) -> Place | None:
        return gazetteer().place(self.chosen[i]) if self.chosen[i] else None

    def _by_qualifier(self, i: int) -> None:
        """ "Columbus, Ga.", "Columbus, Georgia": the town inside, or a place of its own there if the
        gazetteer has none; "Georgia" of "Columbus, Georgia": the state around."""
        _, mention, context = self.found[i]
        candidates = self.candidates[i]
        containers: list[Place] = []
        if context.state:
            containers = [p for p in map(gazetteer().place, [f"iso:US-{context.state}"]) if p]
        elif context.qualifier and all(p.kind != "country" for p in candidates):
            # A county says where a town is, not a city ("In London, Brent crude fell").
            containers = gazetteer().containers(context.qualifier) + [
                county
                for county in gazetteer().divisions(context.qualifier)
                if not any(p.country == county.country and p.population >= LARGE_CITY for p in candidates)
            ]
        inside = [p for p in candidates if any(gazetteer().contains(c, p) for c in containers)] or [
            town for container in containers for town in gazetteer().towns_in(mention.text, container)
        ]
        if not inside and context.qualifies and i:
            town = self._place(i - 1)
            # "Somerset" of "Wellington, Somerset", where no town of the county is known: the county.
            around = (self.chosen[i - 1] or "").partition("@")[2]
            inside = [p for p in candidates if (town and gazetteer().contains(p, town)) or p.id == around]
        chosen = self._place(i)
        if inside:
            self.chosen[i] = max(inside, key=lambda p: (p.population, p.id == mention.key)).id
        elif containers and not (
            chosen and (chosen.major or any(gazetteer().contains(c, chosen) for c in containers))
        ):  # a place known by name is no other place of its name: "Tokyo, Buenos Aires and Toronto"
            self.chosen[i] = f"name:{mention.text.casefold()}@{containers[0].id}"

    def _as_qualified(self) -> None:
        """A name the story once qualifies ("Eldorado, Texas", "Wellington, Somerset") is that place where
        no qualifier of its own follows it too ("the Eldorado compound", "High Street, Wellington"), when
        the qualified mentions agree."""
        qualified: dict[str, set[Choice]] = collections.defaultdict(set)
        for i, (_, mention, context) in enumerate(self.found):
            if context.state or context.qualifier:
                qualified[mention.text].add(self.chosen[i])
        for i, (_, mention, context) in enumerate(self.found):
            choices = qualified.get(mention.text, set())
            if len(choices) == 1 and not (context.state or context.qualifier):
                self.chosen[i] = next(iter(choices))

    def _by_town(self, i: int, town_name: str) -> None:
        """A part of a town: the place of that name near it, or a place of its own there."""
        named = [self._place(j) for j, (_, m, _) in enumerate(self.found) if m.text == town_name]
        town = next((p for p in named if p), None) or next(iter(gazetteer().lookup(town_name)), None)
        if town is None or town.coordinates is None:
            return
        name = self.found[i][1].text
        if any(p.kind != "city" for p in gazetteer().lookup(name)):
            return  # a state or a country is no town's part ("Troy, Michigan, a suburb of Detroit")
        near = [
            p
            for p in self.candidates[i] or gazetteer().lookup(name)
            if p.coordinates and distance(p.coordinates, town.coordinates) <= NEAR_KM
        ]
        self.chosen[i] = near[0].id if near else f"name:{name.casefold()}@{town.id}"

    def _settled(self) -> list[Place]:
        """The story's places that are not in doubt: of names with one place, or chosen by the text."""
        settled = {self.chosen[i] for i, c in enumerate(self.candidates) if len(c) == 1}
        settled |= {self.chosen[i] for i in range(len(self.found)) if self.chosen[i] != self.found[i][1].key}
        return [p for p in map(gazetteer().place, sorted(k for k in settled if k)) if p]

    def _by_story(self, i: int, settled: list[Place]) -> str | None:
        """The place of a name that the story's other places point to: the town of a state they are
        in, the state of a country they are in rather than a country, or, instead of a small town,
        a place of the name in their country."""
        others = [p for p in settled if p.id not in {c.id for c in self.candidates[i]}]

        def support(place: Place) -> tuple[int, int]:
            return (
                sum(
                    1 for p in others if place.state and (p.country, p.state) == (place.country, place.state)
                ),
                sum(1 for p in others if p.country == place.country),
            )

        best = max(self.candidates[i], key=lambda p: (support(p), p.id == self.chosen[i]))
        default = gazetteer().place(self.chosen[i])
        if default is None:
            return best.id
        (state, country), (default_state, default_country) = support(best), support(default)
        if default.kind == "country":
            return best.id if default_country == 0 and country >= STATE_SUPPORT else default.id
        # A far better known town of the name needs one more place of the state to lose.
        needed = STATE_SUPPORT + (
            best.kind == default.kind == "city" and best.population * PROMINENCE < default.population
        )
        if default_state == 0 and state >= needed:
            return best.id
        # A town abroad that is no city known abroad is only that town when the story names places near it.
        small = default.kind == "city" and default.population < LARGE_CITY
        return best.id if small and country > default_country else default.id

    def _stray(self, place: Place, settled: list[Place]) -> bool:
        """A small town abroad, named in one word, in a story that names places, none in its country."""
        countries = [p.country for p in settled if p.id != place.id and p.country]
        return (
            place.kind == "city"
            and place.population < LARGE_CITY
            and " " not in place.name
            and len(countries) >= 2
            and place.country not in countries
        )
