"""The measures: what a figure counts, one row each, read by extraction and by the pages alike.

A row names the measure ("killed"), its kind (what happened to people, or weapons), the words that
say it after a count ("three dead", "two were wounded"), the verb forms it takes before a count, whose
object the count is ("killing three", "wounding two"), and the nouns of a toll given for it ("the
death toll rose to 15"). The table's order is the rank of measures on the pages: killed first. A
measure the table lacks is still read from its noun ("145 drones", "5 countries"), but it is no key
figure. Adding a measure ("evacuated") is one row and a test.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["people", "weapons"]


@dataclass(frozen=True)
class Measure:
    """One measure and the words of news that give it."""

    name: str
    """As the pages show it: "killed", "missiles"."""
    kind: Kind
    """What is counted: people something happened to, or weapons."""
    after: tuple[str, ...] = ()
    """Words after a count that say what happened to those counted: "(three) dead", "(two) were shot"."""
    before: tuple[str, ...] = ()
    """Verb forms before a count, whose object the count is: "killing (three)". Regular expressions."""
    nouns: tuple[str, ...] = ()
    """Nouns of a toll given for the measure ("the death toll rose to 15"), or, for weapons, the head
    words of the nouns that count them ("ballistic missiles")."""
    rises: bool = False
    """A toll, which only rises as the days pass: a later report's smaller count tells of some of those
    an earlier one counts, not of fewer. Not the wounded, who fall when one of them dies."""


MEASURES: tuple[Measure, ...] = (
    Measure(
        "killed",
        "people",
        after=(
            "killed",
            "dead",
            "died",
            "dying",
            "die",
            "deaths",
            "death",
            "fatalities",
            "slain",
            "perished",
            "murdered",
            "lives",
            "lost their lives",
            "shot dead",
            "shot and killed",
            "shot, killed",
            "shot to death",
            "stabbed to death",
            "fatally shot",
            "fatally wounded",
            "fatally injured",
            "fatally",
        ),
        before=(
            r"kill(?:s|ed|ing)?",
            r"claim(?:s|ed|ing)?\ the\ li(?:fe|ves)\ of",
            r"t(?:ook|akes?|aking)\ the\ li(?:fe|ves)\ of",
            r"murder(?:s|ed|ing)?",
            r"shot\ (?:and\ killed|to\ death|dead)",
            r"shooting\ (?:and\ killing|to\ death)",
            r"fatally\ (?:shot|shooting|stabbed|wounded|injured)",
            r"stabbed\ to\ death",
        ),
        nouns=(
            "death toll",
            "toll",
            "number of dead",
            "number of deaths",
            "number of people killed",
            "number of fatalities",
            "number of victims",
        ),
        rises=True,
    ),
    Measure(
        "injured",
        "people",
        after=(
            "injured",
            "wounded",
            "hurt",
            "injuries",
            "wounding",
            "injuring",
            "shot and wounded",
            "shot and injured",
        ),
        before=(r"injur(?:es|ed|ing)", r"wound(?:s|ed|ing)?", r"hurting"),
        nouns=(
            "number of injured",
            "number of wounded",
            "number of people injured",
            "number of injuries",
            "injury toll",
        ),
    ),
    # Someone shot and not said to have died or been wounded: the people shot, whatever became of them.
    Measure(
        "shot",
        "people",
        after=("shot",),
        before=(r"shot|shooting",),
        nouns=("number of people shot",),
        rises=True,
    ),
    Measure("hospitalized", "people", after=("hospitalized", "hospitalised", "hospital", "hospitalization")),
    Measure(
        "missing",
        "people",
        after=("missing", "unaccounted", "cannot be found", "can't be found", "not been found"),
    ),
    Measure("trapped", "people", after=("trapped",)),
    Measure("rescued", "people", after=("rescued",)),
    Measure("evacuated", "people", after=("evacuated",)),
    Measure("displaced", "people", after=("displaced", "homeless")),
    Measure("arrested", "people", after=("arrested", "detained", "held")),
    Measure("missiles", "weapons", nouns=("missiles",)),
    Measure("drones", "weapons", nouns=("drones",)),
    Measure("rockets", "weapons", nouns=("rockets",)),
    Measure("bombs", "weapons", nouns=("bombs",)),
    Measure("shells", "weapons", nouns=("shells",)),
    Measure("projectiles", "weapons", nouns=("projectiles",)),
    Measure("warheads", "weapons", nouns=("warheads",)),
)

OUTCOMES: dict[str, Measure] = {m.name: m for m in MEASURES if m.kind == "people"}
"""What happened to people, in rank order."""
WEAPONS: tuple[str, ...] = tuple(m.name for m in MEASURES if m.kind == "weapons")
"""The head words of the nouns that count weapons, in rank order."""
OUTCOME_OF: dict[str, str] = {word: m.name for m in OUTCOMES.values() for word in m.after}
"""Each word after a count that says what happened to those counted → its measure."""

THINGS = frozenset(
    """homes houses buildings apartments schools hospitals churches mosques shops stores businesses
    offices villages towns cities districts provinces regions countries states vehicles cars trucks buses
    boats ships vessels aircraft planes jets helicopters flights trains aftershocks tremors fires explosions
    blasts attacks raids rounds shots bullets casings guns rifles handguns pistols weapons troops soldiers
    police protesters demonstrators refugees migrants hostages jobs seats votes""".split()
)
"""Head nouns of the other counts a reader wants next to the key figures: what was destroyed or struck,
where, with what, by how many, and what it cost ("40 houses", "two aftershocks", "more than 20 rounds",
"3,000 troops"); not "five people" said nothing of, nor "four pops"."""

FATES = {
    "intercepted": ("shot down", "intercepted", "downed", "neutralised", "neutralized", "repelled"),
    "got through": (
        "made it through",
        "got through",
        "penetrated",
        "reached their targets",
        "hit their targets",
    ),
}
"""What became of weapons counted, when not only launched: "missiles intercepted", in rank order."""
