"""What the pages show of figures: each story's measures, and a measure's reports story by story."""

from __future__ import annotations

import collections
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .measures import ROUNDUP, shown

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..model import Article, Extraction, Figure, Story
    from .measures import MeasureSummary, Report


@dataclass(frozen=True)
class SetApart:
    """A count left out of its story's range, on the measure's page."""

    figure: Figure
    article: Article
    reason: str
    """Why: "other event: July 2024", "part of a larger count", "rate: a week", "far from what most
    sources report: another count?"."""


@dataclass(frozen=True)
class StoryFigures:
    """What one story reports of one measure, on the measure's page."""

    story: Story
    summary: MeasureSummary | None
    """The story's own counts; None when it only has counts set apart."""
    set_apart: tuple[SetApart, ...]
    """Its counts of other events, sub-counts, rates and counts far from what most sources report."""


class FigureViews:
    """Measures by story. Needs the Site's indexes."""

    stories: list[Story]
    article_page: Callable[[Article | str], str]
    story_of_path: dict[str, Story]
    by_slug: dict[str, Extraction]
    measures: list[MeasureSummary]
    measure_names: list[str]
    story_measures: dict[str, list[MeasureSummary]]
    set_apart: dict[str, list[tuple[Figure, Article]]]

    def key_measures(self, story: Story) -> list[MeasureSummary]:
        """The measures of a story a reader compares (killed, injured, weapons…), the most important first."""
        return [s for s in self.story_measures.get(story.id, []) if s.key]

    def other_measures(self, story: Story) -> list[MeasureSummary]:
        """A story's other counts a reader wants ("40 houses", "5 countries"), not the key figures."""
        return [s for s in self.story_measures.get(story.id, []) if s.shown and not s.key]

    def other_measure_names(self) -> list[str]:
        """The measures the Figures index lists after the key figures: other counts a reader wants."""
        keyed = {s.measure for s in self.measures if s.key}
        return [m for m in self.measure_names if m not in keyed and shown(m)]

    def measure_by_story(self, measure: str) -> list[StoryFigures]:
        """Every story that reports `measure`, the latest first."""
        apart: dict[str, list[SetApart]] = collections.defaultdict(list)
        for figure, article in self.set_apart.get(measure, []):
            apart[self.story_of_path[article.path].id].append(SetApart(figure, article, _why(figure)))
        found = []
        for story in self.stories:
            summary = next((s for s in self.story_measures.get(story.id, []) if s.measure == measure), None)
            far = [
                SetApart(r.figure, self.by_slug[r.slug].article, r.apart)
                for r in (summary.reports if summary else ())
                if r.apart
            ]
            if summary or apart.get(story.id):
                found.append(StoryFigures(story, summary, (*far, *apart.get(story.id, ()))))
        return found

    def figure_page(self, article: Article | str, figure: Figure) -> str:
        """Where a figure was read: its paragraph on its article's page (given the article or its slug), or
        the page itself for a figure of the title."""
        page = self.article_page(article)
        return page if figure.paragraph is None else f"{page}#p-{figure.paragraph + 1}"

    @staticmethod
    def by_outlet(summary: MeasureSummary) -> list[Report]:
        """A story's reports of a measure (but those set apart), outlet by outlet, each outlet's
        oldest first."""
        reports = summary.counted

        def key(index: int) -> tuple:
            report = reports[index]
            return report.source is None, report.source or "", report.date is None, report.date or 0, index

        return [reports[i] for i in sorted(range(len(reports)), key=key)]


def _why(figure: Figure) -> str:
    """Why a figure is set apart: another event, a rate, a part of a larger count, or else a count of a
    measure that only a roundup of several events gives its story."""
    if figure.event:
        return f"other event: {figure.event}"
    if figure.rate:
        return f"rate: {figure.rate}"
    return "part of a larger count" if figure.part_of is not None else ROUNDUP
