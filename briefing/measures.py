"""Figures compared across sources: one summary per measure."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Article, Briefing, Figure

# Human outcomes first, then weapons: what a reader of a briefing looks for first.
PRIORITY = ("killed", "injured", "hospitalized", "missing", "trapped", "rescued", "evacuated",
            "displaced", "arrested", "missiles", "drones")


@dataclass(frozen=True)
class Report:
    """One figure as one article reported it."""

    figure: Figure
    article: Article


@dataclass(frozen=True)
class MeasureSummary:
    """Every value reported for one measure, and how far the sources agree."""

    measure: str
    reports: tuple[Report, ...]
    """Main-event totals, then sub-counts, rates and other events' figures."""
    low: float | None
    high: float | None
    sources: int
    """How many articles report a main-event total."""
    disagree: bool

    @property
    def main(self) -> tuple[Report, ...]:
        return tuple(r for r in self.reports if _is_total(r.figure))

    @property
    def range(self) -> str:
        if self.low is None:
            return "–"
        return _number(self.low) if self.low == self.high else f"{_number(self.low)}–{_number(self.high)}"

    @property
    def sentence(self) -> str:
        """The spread in one plain sentence."""
        main = self.main
        if not main:
            return f"No source gives a total for {self.measure} in the story's own event."
        if not self.disagree:
            return f"{_plural(self.sources, 'source')} {'reports' if self.sources == 1 else 'agree on'} {self.range} {self.measure}."
        highest = max(main, key=lambda r: r.figure.value)
        who = highest.figure.attribution or highest.article.source or "an unnamed source"
        return (f"Sources report between {_number(self.low)} and {_number(self.high)} {self.measure}; "
                f"the higher figure is {who}'s.")


def _is_total(figure: Figure) -> bool:
    return figure.event is None and figure.part_of is None and figure.rate is None


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def compare(briefing: Briefing) -> list[MeasureSummary]:
    """One summary per measure, most important first."""
    by_measure: dict[str, list[Report]] = {}
    for extraction in briefing.extractions:
        for figure in extraction.figures:
            by_measure.setdefault(figure.measure, []).append(Report(figure, extraction.article))
    summaries = []
    for measure, reports in by_measure.items():
        reports.sort(key=lambda r: (not _is_total(r.figure), r.article.path, r.figure.paragraph, r.figure.start))
        totals = [r.figure.value for r in reports if _is_total(r.figure)]
        summaries.append(MeasureSummary(
            measure=measure, reports=tuple(reports),
            low=min(totals) if totals else None, high=max(totals) if totals else None,
            sources=len({r.article.path for r in reports if _is_total(r.figure)}),
            disagree=len(set(totals)) > 1,
        ))
    rank = {m: i for i, m in enumerate(PRIORITY)}
    summaries.sort(key=lambda s: (rank.get(s.measure, len(rank)), -s.sources, -len(s.reports), s.measure))
    return summaries
