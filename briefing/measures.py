"""Measures: the same count (killed, injured, drones…) compared across the articles that report it."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .model import Briefing, Figure

HUMAN_OUTCOMES = ("killed", "injured", "hospitalized", "missing", "trapped", "rescued", "evacuated",
                  "displaced", "arrested")
"""Measures about what happened to people, ranked first, in this order."""

WEAPONS = frozenset({"missiles", "drones", "rockets", "shells", "bombs", "projectiles", "warheads"})
"""Measures that count weapons, ranked after human outcomes."""


@dataclass(frozen=True)
class Report:
    """One article's figure for a measure."""

    figure: Figure
    source: str | None
    """The outlet, when known."""
    date: datetime.date | None
    slug: str
    """The article page the figure is on."""
    title: str


@dataclass(frozen=True)
class MeasureSummary:
    """A measure of the story's own event, as all sources report it."""

    measure: str
    reports: tuple[Report, ...]
    """Every main-event figure for the measure, in article order."""
    low: float | None
    """The smallest count any source allows."""
    high: float | None
    """The largest count any source gives."""
    sources: int
    """How many articles report the measure."""
    disagree: bool
    """True when the articles' counts differ."""
    summary: str
    """One plain sentence on the spread."""

    @property
    def range(self) -> str:
        """"8–9", or "63" when the sources agree."""
        if self.low is None or self.low == self.high:
            return _number(self.high)
        return f"{_number(self.low)}–{_number(self.high)}"


def compare(briefing: Briefing) -> list[MeasureSummary]:
    """One summary per measure of the main event, the most important measures first."""
    reports: dict[str, list[Report]] = {}
    for extraction in briefing.extractions:
        article = extraction.article
        for figure in extraction.figures:
            # Sub-counts, rates and other events' tolls would distort the range.
            if figure.event is None and figure.part_of is None and figure.rate is None:
                reports.setdefault(figure.measure, []).append(
                    Report(figure, article.source, article.date, article.slug, article.title))
    summaries = [_summarize(measure, tuple(found)) for measure, found in reports.items()]
    return sorted(summaries, key=_rank)


def _rank(summary: MeasureSummary) -> tuple[int, int, int, str]:
    if summary.measure in HUMAN_OUTCOMES:
        group, order = 0, HUMAN_OUTCOMES.index(summary.measure)
    else:
        group, order = (1 if summary.measure in WEAPONS else 2), 0
    return group, order, -summary.sources, summary.measure


def _summarize(measure: str, reports: tuple[Report, ...]) -> MeasureSummary:
    values = [r.figure.value for r in reports]
    lows = [r.figure.low if r.figure.low is not None else r.figure.value for r in reports]
    low, high = min(lows), max(values)
    sources = len({r.slug for r in reports})
    disagree = len(set(values)) > 1
    return MeasureSummary(measure, reports, low, high, sources, disagree, _sentence(measure, reports, disagree))


def _sentence(measure: str, reports: tuple[Report, ...], disagree: bool) -> str:
    """"Sources report between 8 and 9 killed; the higher figure is Ukraine's emergency services' count."""
    sources = len({r.slug for r in reports})
    if not disagree:
        figure = reports[0].figure
        who = "one source reports" if sources == 1 else f"all {sources} sources report" if sources > 2 else "both sources report"
        return f"{who[0].upper()}{who[1:]} {_phrase(figure)} {measure}."
    smallest = min(reports, key=lambda r: r.figure.value)
    # Of the reports giving the highest count, credit one that names whose count it is.
    largest = max(reports, key=lambda r: (r.figure.value, r.figure.attribution is not None, r.source is not None))
    sentence = f"Sources report between {_number(smallest.figure.value)} and {_number(largest.figure.value)} {measure}"
    if by := _credit(largest):
        sentence += f"; the higher figure is {by}"
    return sentence + "."


def _credit(report: Report) -> str | None:
    """Whose count a figure is: the attribution it gives, else the outlet."""
    if who := report.figure.attribution:
        return f"{who}' count" if who.endswith("s") else f"{who}'s count"
    return f"from {report.source}" if report.source else None


def _phrase(figure: Figure) -> str:
    qualifier = f"{figure.qualifier.lower()} " if figure.qualifier else ""
    return qualifier + _number(figure.value)


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
