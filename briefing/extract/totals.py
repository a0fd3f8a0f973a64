"""Totals news gives in parts: the wounded as those shot who did not die, the dead with their killer.

"Five people were shot, three fatally" (two wounded), "Four shot, one dead" (three), "was shot twice in the
arm but is expected to survive" (one): in one sentence, a
count of people shot before a count of dead is the whole, and the wounded are the rest; after the dead,
those shot are the others ("1 dead, 3 shot": three wounded), and so are "others" shot anywhere. "Four
shot to death…, then gunman kills himself": a killer who kills himself in the sentence that counts his
victims is one more dead (five). Across an article (its title and its paragraphs), people shot with no one
said to have died or been wounded were wounded; with some dead and no wounded given, the wounded are the
rest of those shot.
"""

from __future__ import annotations

import collections
import dataclasses
import re
from collections.abc import Sequence

from ..model import Figure
from ..sentences import SentenceBounds
from .victims import ATTACKERS

_KILLER = re.compile(r"\b(?:himself|herself|self)$", re.IGNORECASE)
"""The words of a count of one that is the killer: "kills himself", "before killing herself"."""
_ATTACKERS = re.compile(
    r"\b(?:" + "|".join(sorted(ATTACKERS)) + r"|suspects|gunmen|shooters|attackers)$", re.IGNORECASE
)
"""The noun of a count of attackers: "2 suspects (killed)"."""
_INCLUDING = re.compile(r"\b(?:including|among\s+them)\b", re.IGNORECASE)
_LISTED = re.compile(r"[\s,;:]*(?:and\s+)?")
"""What stands between counts listed as a headline lists them: "1 dead(, )3 shot"."""
_SURVIVED = re.compile(
    r"""\b(?:expected\ to\ (?:survive|recover|live)|survived|non-?\s?life[-\s]threatening
          |in\ (?:stable|critical|serious|fair|good|satisfactory)\ condition)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Words that say those shot are alive: "is expected to survive", "in stable condition"."""
_OTHERS = re.compile(r"\b(?:others?|another)\b", re.IGNORECASE)
"""A count of the others: "three others", "Four other people"."""


def _counting(figure: Figure, value: float, **changes) -> Figure:
    """`figure` made to count `value`, bounded as it is ("at least"), with no noun of its own."""
    low = value if figure.low is not None else None
    high = value if figure.high is not None else None
    return dataclasses.replace(figure, value=value, low=low, high=high, noun=None, **changes)


def _own(figure: Figure) -> bool:
    """A figure of the article's own event, whole, and not a rate."""
    return figure.part_of is None and figure.event is None and figure.rate is None


def _killer(figure: Figure) -> bool:
    return figure.measure == "killed" and figure.value == 1 and bool(_KILLER.search(figure.text))


def add_totals(text: str, figures: list[Figure], first: int, sentences: SentenceBounds) -> None:
    """Complete the figures of one paragraph (from index `first`) with the totals its sentences give in
    parts: the wounded, and the dead with their killer."""
    own: dict[tuple[int, int], list[int]] = collections.defaultdict(list)
    for i in range(first, len(figures)):
        if _own(figures[i]):
            own[sentences.of(figures[i].start)].append(i)
    for bounds, indices in own.items():
        _add_killer(text, figures, indices)
        _add_attackers(text, figures, indices)
        _add_wounded(text, figures, indices)
        _add_survivors(text, figures, indices, bounds[1])


def _add_killer(text: str, figures: list[Figure], indices: list[int]) -> None:
    """The dead of a sentence with the killer who then killed himself: "Four shot to death in Mason County,
    then gunman kills himself" (five); the count of victims becomes part of it."""
    for position, i in enumerate(indices):
        if not _killer(figures[i]):
            continue
        victims = next(
            (
                j
                for j in reversed(indices[:position])
                if figures[j].measure == "killed" and not _killer(figures[j])
            ),
            None,
        )
        if victims is None:
            continue
        counted, killer = figures[victims], figures[i]
        figures[i] = _counting(
            counted, counted.value + 1, text=text[counted.start : killer.end], end=killer.end
        )
        figures[victims] = dataclasses.replace(counted, part_of=i)


def _add_attackers(text: str, figures: list[Figure], indices: list[int]) -> None:
    """The dead of a sentence with the attackers killed after them: "14 dead, 21 injured in San Bernardino
    mass shooting; 2 suspects killed" (sixteen); not when they are among them ("Four dead, including
    gunman")."""
    killed = [i for i in indices if figures[i].measure == "killed" and figures[i].part_of is None]
    attackers = [i for i in killed if _ATTACKERS.search(figures[i].noun or "")]
    victims = [i for i in killed if i not in attackers]
    if len(attackers) != 1 or not victims or figures[victims[0]].start > figures[attackers[0]].start:
        return
    first, last = figures[victims[0]], figures[attackers[0]]
    if _INCLUDING.search(text, first.end, last.start):
        return
    figures.append(
        _counting(first, first.value + last.value, text=text[first.start : last.end], end=last.end)
    )
    for i in (victims[0], attackers[0]):
        figures[i] = dataclasses.replace(figures[i], part_of=len(figures) - 1)


def _add_wounded(text: str, figures: list[Figure], indices: list[int]) -> None:
    """The wounded a sentence gives as those shot who did not die: "Five people were shot, three fatally",
    "Four shot, one dead", "shot four men… killing an 18-year-old" (two, three, three injured); and those
    shot listed after the dead, or said to be others, are the wounded: "1 dead, 3 shot" (three injured),
    but not those of a clause of their own ("one person is dead after seven people were shot": six)."""
    whole = [i for i in indices if figures[i].part_of is None]
    by_measure = {figures[i].measure: i for i in reversed(whole)}  # the first of each measure
    if "injured" in by_measure or "shot" not in by_measure or "killed" not in by_measure:
        return
    shot, killed = figures[by_measure["shot"]], figures[by_measure["killed"]]
    if _killer(killed):
        return  # "shot five people before killing himself": the five may have died or not
    if (killed.start < shot.start and _LISTED.fullmatch(text[killed.end : shot.start])) or _OTHERS.search(
        shot.text
    ):
        figures[by_measure["shot"]] = dataclasses.replace(shot, measure="injured")
    elif killed.value < shot.value:
        # "at least five shot, two fatally": at least three wounded.
        value = shot.value - killed.value
        figures.append(
            _counting(shot, value, measure="injured", text=text[shot.start : killed.end], end=killed.end)
        )


def _add_survivors(text: str, figures: list[Figure], indices: list[int], end: int) -> None:
    """Those shot whom the rest of their sentence says alive are wounded: "A fourth shooting victim was shot
    twice in the arm but is expected to survive", "two men were shot… in stable condition"; not when the
    sentence counts dead too ("four shot, one fatally… the others in stable condition")."""
    if any(figures[i].measure == "killed" for i in indices):
        return
    for i in indices:
        if figures[i].measure == "shot" and _SURVIVED.search(text, figures[i].end, end):
            figures[i] = dataclasses.replace(figures[i], measure="injured")


def with_wounded(headline: Sequence[Figure], figures: Sequence[Figure]) -> tuple[list[Figure], list[Figure]]:
    """An article's title figures and paragraph figures, the wounded its counts of people shot give when it
    gives none as large: all of them when no one is said to have died ("Four people were shot"), else the
    others ("Four others were shot") or the rest of the largest count ("Four people were shot… One of them
    died": three), told where the shot are."""
    own = [f for f in (*headline, *figures) if _own(f)]
    shot = max((f for f in own if f.measure == "shot"), key=lambda f: f.value, default=None)
    if shot is None:
        return list(headline), list(figures)
    # The dead, and those of a count of people shot who died ("one of five people shot… has died").
    died = [
        f
        for figures_ in (headline, figures)
        for f in figures_
        if f.measure == "killed" and _died_of(f, figures_)
    ]
    killed = max((f.value for f in died), default=0)
    # "shot four others, including one who died": the others are not the dead, but the dead among them.
    among = any(f.part_of is not None and figures[f.part_of] is shot for f in died if f in figures)
    value = shot.value if _OTHERS.search(shot.text) and not among else shot.value - killed
    # A count of wounded as large tells of them all; a smaller one ("One man was critically wounded") of some.
    wounded_told = [f for f in own if f.measure == "injured"]
    if not killed and any(f.value == shot.value for f in wounded_told):
        # "Four teens shot" and "Four teens were wounded", no one dead: the same four, wounded.
        told = {f.value for f in wounded_told}
        return _shot_as_wounded(headline, told), _shot_as_wounded(figures, told)
    if value <= 0 or any(f.value >= value for f in wounded_told):
        return list(headline), list(figures)
    if not killed and not wounded_told:
        return _shot_as_wounded(headline), _shot_as_wounded(figures)
    wounded = dataclasses.replace(shot, value=value, low=value, high=value, qualifier=None, measure="injured")
    if shot in headline:
        return [*headline, wounded], list(figures)
    return list(headline), [*figures, wounded]


def _died_of(figure: Figure, figures: Sequence[Figure]) -> bool:
    """Whether a count of dead counts the article's own dead: whole, or some of a count of another measure
    ("one of five people shot… has died", "three of four members of a family were shot and killed")."""
    return _own(figure) or (
        figure.part_of is not None and figure.event is None and figures[figure.part_of].measure != "killed"
    )


def _shot_as_wounded(figures: Sequence[Figure], values: set[float] | None = None) -> list[Figure]:
    """`figures` with those shot counted as wounded: all, or those of `values`."""
    return [
        dataclasses.replace(f, measure="injured")
        if f.measure == "shot" and (values is None or f.value in values)
        else f
        for f in figures
    ]
