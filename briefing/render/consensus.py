"""Consensus: the counts of a story that are far from what most of its sources report.

Within one story, a count an order of magnitude away from what most articles report for that measure
is almost never the same count: it is an earlier event an article recalls without saying when (the
extractor sets apart those it can date, see `extract.events`), or a count of a few ("two police
officers were arrested" against hundreds of rioters). So a measure's counts fall into groups, each
count within `ORDER_OF_MAGNITUDE` of another of its group, and a group that another outnumbers
`CLEAR_MAJORITY` to one in articles is set apart, with the reason shown, unless it holds a count
from a later day than all of the other group's (a toll can rise tenfold as the days pass) or a
headline's count (a headline gives its article's own event), or lies
above a group of lower bounds only ("killed at least one person" says nothing against 24 killed).
Counts that differ less (8 and 9, 2 and 10) stay a disagreement between sources. A count a sentence
gives with one set apart ("It killed 612 people and injured more than 1,400") is about the same
event: it is set apart too, unless its own measure's largest group holds it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .measures import Report

ORDER_OF_MAGNITUDE = 10
"""How many times larger a count must be than the next smaller one to start a group of its own."""
CLEAR_MAJORITY = 2
"""How many times more articles a group needs than another to set that other apart."""


def set_apart(measures: dict[str, Sequence[Report]]) -> dict[Report, Report | None]:
    """The reports of one story (`measures`: its reports by measure) that stay out of their
    measure's range: each with the report set apart that its sentence gives it with, or None when
    its own group is outnumbered."""
    apart: dict[Report, Report | None] = {}
    grouped = [_groups(reports) for reports in measures.values()]
    for groups in grouped:
        for group in _outnumbered(groups):
            apart.update(dict.fromkeys(group))
    outnumbered = list(apart)
    for groups in grouped:
        most = max(map(_articles, groups))
        for report in (r for group in groups if _articles(group) < most for r in group):
            with_far = next((far for far in outnumbered if _same_sentence(report, far)), None)
            if report not in apart and with_far is not None:
                apart[report] = with_far
    return apart


def _groups(reports: Sequence[Report]) -> list[list[Report]]:
    """`reports` in groups of counts each within `ORDER_OF_MAGNITUDE` of the next, smallest first.
    A count of none ("no one was killed") is near every count."""
    groups: list[list[Report]] = []
    for report in sorted(reports, key=lambda r: r.figure.value):
        last = groups[-1][-1].figure.value if groups else None
        if last is None or (last > 0 and report.figure.value >= last * ORDER_OF_MAGNITUDE):
            groups.append([report])
        else:
            groups[-1].append(report)
    return groups


def _outnumbered(groups: list[list[Report]]) -> list[list[Report]]:
    """The groups that the largest outnumbers `CLEAR_MAJORITY` to one, and that it contradicts: that
    report no later day than every day it reports, hold no headline's count (a headline gives its
    article's own event: "10 dead in mass shooting at Ore. community college"), and lie below it or
    above a count it bounds ("at least one person" contradicts no larger count)."""
    largest = max(groups, key=_articles)
    lower_bounds = all(r.figure.low is not None and r.figure.high is None for r in largest)
    return [
        group
        for group in groups
        if _articles(largest) >= CLEAR_MAJORITY * _articles(group)
        and not _later(group, largest)
        and not any(r.figure.paragraph is None for r in group)
        and not (lower_bounds and group[0].figure.value > largest[0].figure.value)
    ]


def _articles(group: list[Report]) -> int:
    return len({r.slug for r in group})


def _later(group: list[Report], than: list[Report]) -> bool:
    """Whether a count of `group` comes from a later day than every dated count of `than`."""
    latest = max((r.date for r in than if r.date), default=None)
    return latest is not None and any(r.date and r.date > latest for r in group)


def _same_sentence(report: Report, other: Report) -> bool:
    return (report.slug, report.figure.paragraph, report.sentence) == (
        other.slug,
        other.figure.paragraph,
        other.sentence,
    )
