"""The scene of the event an article reports, where and when, and what two scenes say of one story.

Local news reports many events of one kind: shootings in one city, a few days apart, told in the same
words. What tells them apart is where and when: two reports of one incident name its town and its day
("early Tuesday" in a report of Wednesday is the day before), two incidents do not name each other's.
An article's town is the town it names first and most (a city the gazetteer knows), its day the day it
names first and most. Where neither of two articles names the other's town, and the towns are far
apart, or neither names the other's day (or the day before or after), they most likely report two
events; where they name one town on one day, most likely one.

A follow-up weeks or years later (an arrest, a trial) is tied to its incident by what no other incident
shares: the people it names without an office, the street or the park, the date of the incident. Two
articles that share a dated day, or two of the others (`Signals.anchors`), are one story however far
apart, whatever else their scenes say. Two incidents of one kind in one town are told apart by the
same: where each names people and streets of its own and neither names the other's (`people_apart`),
names a street of its own (`streets_apart`), gives ages of its own (`ages_apart`), or counts dead of its
own (`tolls_apart`).
"""

from __future__ import annotations

import collections
import datetime
from dataclasses import dataclass

from ..extract.gazetteer import Place, gazetteer
from .signals import Signals
from .streets import STREET_TYPES

TOWN_WEIGHT = 0.5
"""A town or country is an article's own only if it weighs this much: named in the title or the lead's
first lines."""
NEAR_KM = 50
"""Towns closer than this are one area: a suburb and its city, a neighbourhood and its town."""
ANCHORS = 2
"""Shared people, unknown places or days that make two articles one story."""
OWN_ANCHORS = 3
"""People and streets (anchors other than days) an article must name for its cast to tell it apart."""
OWN_AGES = 2
"""Ages ("a 24-year-old woman") an article must give for its people to tell it apart by them."""
RECALLED_DAYS = 14
"""A day named more than this many days before an article's publication is recalled: an incident's
date, which a follow-up shares with the incident's reports."""


@dataclass(frozen=True)
class Scene:
    """Where and when an article's event happened, as far as it says."""

    town: str | None
    """The town or country it names first and most, as a place feature."""
    place: Place | None
    """That town or country, as the gazetteer knows it."""
    day: str | None
    """The day it names first and most ("day:2015-09-29")."""


def scene(said: Signals) -> Scene:
    """The scene of an article, from its signals: its town or country is the weightiest of those in
    the country its places weigh most in (a name the gazetteer placed abroad by mistake is not it)."""
    places = []
    for feature in said.names:
        if feature.startswith(("place:geonames:", "place:iso:")):
            place = gazetteer().place(feature.partition(":")[2])
            if place is not None and place.country:
                places.append((said.weights[feature], feature, place))
    weight: dict[str, float] = collections.defaultdict(float)
    for value, _, place in places:
        weight[place.country] += value
    home = max(weight, key=lambda country: (weight[country], country), default=None)
    town = max(
        (
            (value, feature, place)
            for value, feature, place in places
            if place.country == home and place.kind in ("city", "country") and place.coordinates
        ),
        default=(0.0, None, None),
    )
    if town[0] < TOWN_WEIGHT:
        town = (0.0, None, None)
    return Scene(town[1], town[2], said.days[0] if said.days else None)


def towns_apart(a: Signals, a_scene: Scene, b: Signals, b_scene: Scene) -> bool:
    """Each article has a place, neither names the other's (by its feature or its name), and they are
    in two countries, or are two towns more than NEAR_KM apart."""
    if a_scene.place is None or b_scene.place is None:
        return False
    for feature, other, owner in ((a_scene.town, b, a), (b_scene.town, a, b)):
        if feature in other.weights or owner.names.get(feature) in other.weights:
            return False
    from ..resolve.places import distance  # resolution reads the stories: imported when first used

    x, y = a_scene.place, b_scene.place
    if x.country != y.country:
        return True
    return x.kind == y.kind == "city" and distance(x.coordinates, y.coordinates) > NEAR_KM


def days_apart(a: Signals, a_scene: Scene, b: Signals, b_scene: Scene) -> bool:
    """Each article has a day, and neither names the other's, nor the day before or after it."""
    if a_scene.day is None or b_scene.day is None:
        return False
    return not (_names_day(b, a_scene.day) or _names_day(a, b_scene.day))


def one_scene(a: Signals, a_scene: Scene, b: Signals, b_scene: Scene) -> bool:
    """The articles name one town, and were published within a day of each other or name one day."""
    published = a.published and b.published and abs((a.published - b.published).days) <= 1
    one_day = (a_scene.day is not None and _names_day(b, a_scene.day)) or (
        b_scene.day is not None and _names_day(a, b_scene.day)
    )
    # Towns of two states are one scene only where the articles name one place itself, not a word of its
    # name ("in Uptown Springfield", Illinois, against another state's Uptown).
    x, y = a_scene.place, b_scene.place
    by_name = x is None or y is None or (x.country, x.state) == (y.country, y.state)
    return bool(published or one_day) and _one_town(a, b, by_name)


def anchored(a: Signals, b: Signals) -> bool:
    """The articles share ANCHORS people named without an office, unknown places or dated days (any
    number of days counting as one), or a dated day that the later one recalls."""
    shared = a.anchors & b.anchors
    days = sorted(anchor for anchor in shared if anchor.startswith("day:"))
    if len(shared) - len(days) + bool(days) >= ANCHORS:
        return True
    later = max((d for d in (a.published, b.published) if d), default=None)
    return bool(days and later) and (later - datetime.date.fromisoformat(days[0][4:])).days > RECALLED_DAYS


def people_apart(a: Signals, b: Signals) -> bool:
    """Each article names OWN_ANCHORS people or streets, and neither names any of the other's, in full
    or by the last word of its name: two incidents of one kind in one city, each with its own victims,
    suspects and street."""
    casts = [[x for x in said.anchors if not x.startswith("day:")] for said in (a, b)]
    if min(len(cast) for cast in casts) < OWN_ANCHORS:
        return False
    return not any(
        anchor in other.weights or owner.names.get(anchor) in other.weights
        for cast, owner, other in ((casts[0], a, b), (casts[1], b, a))
        for anchor in cast
    )


def ages_apart(a: Signals, b: Signals) -> bool:
    """Each article gives the ages of OWN_AGES people, and none of either's is the other's: two
    incidents' victims and suspects, before (or without) their names ("a 24-year-old woman and a
    36-year-old man were shot" against "an 8-year-old and a 12-year-old")."""
    return min(len(a.ages), len(b.ages)) >= OWN_AGES and a.ages.isdisjoint(b.ages)


def streets_apart(a: Signals, b: Signals) -> bool:
    """Each article names a street, and neither names any of the other's: an incident happens on one
    street, or at one corner, that its reports name ("96th Avenue and Olive Street" against "the 1300
    block of 104th Avenue"). A street is matched by its whole name: its last word is any street's."""
    streets = [
        [x for x in said.anchors if x.startswith("place:name:") and said.names.get(x) in STREET_TYPES]
        for said in (a, b)
    ]
    return all(streets) and not any(
        street in other.weights for cast, other in ((streets[0], b), (streets[1], a)) for street in cast
    )


def tolls_apart(a: Signals, b: Signals) -> bool:
    """Each article counts its event's dead, and no count of either's can be the other's ("2 dead"
    against "1 dead"; "at least three" can be ten)."""
    return bool(a.tolls and b.tolls) and not any(
        low <= other_high and other_low <= high for low, high in a.tolls for other_low, other_high in b.tolls
    )


def _one_town(a: Signals, b: Signals, by_name: bool = True) -> bool:
    """One article names a town of the other's, as a place or (if `by_name`) by a word of its name."""
    return any(town in b.weights for town in a.towns if by_name or ":" in town) or any(
        town in a.weights for town in b.towns if by_name or ":" in town
    )


def _names_day(said: Signals, day: str) -> bool:
    """`said` names `day`, the day before or the day after (by month and day where either has no year)."""
    dated = len(day) == 14
    when = datetime.date(int(day[4:8]) if dated else 2000, int(day[-5:-3]), int(day[-2:]))
    near = [when + datetime.timedelta(days=shift) for shift in (-1, 0, 1)]
    month_days = {f"{d.month:02d}-{d.day:02d}" for d in near}
    dates = {f"day:{d.isoformat()}" for d in near}
    return any(
        other in dates or (other[-5:] in month_days and not (dated and len(other) == 14))
        for other in said.days
    )
