"""What the pages show of figures: each story's measures, and a measure's reports story by story."""

from __future__ import annotations

import collections
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Article, Figure, Story
    from .measures import MeasureSummary, Report


@dataclass(frozen=True)
class StoryFigures:
    """What one story reports of one measure, on the measure's page."""

    story: Story
    summary: MeasureSummary | None
    """The story's own counts; None when it only has counts set apart."""
    set_apart: tuple[tuple[Figure, Article], ...]
    """Its counts of other events, sub-counts and rates."""


class FigureViews:
    """Measures by story. Needs the Site's indexes."""

    stories: list[Story]
    story_of_path: dict[str, Story]
    story_measures: dict[str, list[MeasureSummary]]
    set_apart: dict[str, list[tuple[Figure, Article]]]

    def key_measures(self, story: Story) -> list[MeasureSummary]:
        """The measures of a story a reader compares (killed, injured, weapons…), the most important first."""
        return [s for s in self.story_measures.get(story.id, []) if s.key]

    def other_measures(self, story: Story) -> list[MeasureSummary]:
        """A story's incidental counts ("5 countries", "13 locations")."""
        return [s for s in self.story_measures.get(story.id, []) if not s.key]

    def measure_by_story(self, measure: str) -> list[StoryFigures]:
        """Every story that reports `measure`, the latest first."""
        apart: dict[str, list[tuple[Figure, Article]]] = collections.defaultdict(list)
        for figure, article in self.set_apart.get(measure, []):
            apart[self.story_of_path[article.path].id].append((figure, article))
        found = []
        for story in self.stories:
            summary = next((s for s in self.story_measures.get(story.id, []) if s.measure == measure), None)
            if summary or apart.get(story.id):
                found.append(StoryFigures(story, summary, tuple(apart.get(story.id, ()))))
        return found

    @staticmethod
    def by_outlet(summary: MeasureSummary) -> list[Report]:
        """A story's reports of a measure, outlet by outlet, each outlet's oldest first."""

        def key(index: int) -> tuple:
            report = summary.reports[index]
            return report.source is None, report.source or "", report.date is None, report.date or 0, index

        return [summary.reports[i] for i in sorted(range(len(summary.reports)), key=key)]
