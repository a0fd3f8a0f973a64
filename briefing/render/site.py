"""The site model: one briefing indexed for its pages, with the views the templates call."""

from __future__ import annotations

import collections
import dataclasses
from pathlib import Path

from ..model import Article, Briefing, Extraction, Figure, Mention, Quote, Story
from ..slugs import unique_slugs
from .entities import EntityViews
from .figures import FigureViews
from .measures import MeasureSummary, compare, rank
from .paths import Paths
from .quoting import Quoting
from .stories import StoryViews


def template_dirs(extra: Path | None = None) -> list[Path]:
    """Where templates are looked up: the user's folder first, then the bundled ones."""
    here = Path(__file__).resolve().parent.parent
    bundled = here / "templates" if (here / "templates").is_dir() else here.parent / "templates"
    return [d for d in (extra, bundled) if d is not None]


class Site(Paths, Quoting, EntityViews, StoryViews, FigureViews):
    """Page paths and the links between them, for one briefing."""

    def __init__(self, briefing: Briefing, directory_urls: bool = True) -> None:
        if not briefing.stories:
            briefing = _as_one_story(briefing)
        self.briefing = briefing
        self.directory_urls = directory_urls
        self._index_stories(briefing)
        self._index_figures(briefing)
        self.by_slug = {e.article.slug: e for e in briefing.extractions}
        self.mentions: dict[str, list[tuple[Extraction, Mention]]] = collections.defaultdict(list)
        # The entities named in each paragraph, so `related` reads only the paragraphs it needs.
        self.paragraph_entities: dict[tuple[str, int], list[str]] = collections.defaultdict(list)
        self.spoken: dict[str, list[tuple[Extraction, Quote]]] = collections.defaultdict(list)
        for extraction in briefing.extractions:
            for mention in extraction.mentions:
                self.mentions[mention.entity].append((extraction, mention))
                self.paragraph_entities[(extraction.article.path, mention.paragraph)].append(mention.entity)
            # Resolution gives mentions their entity; a quote's speaker is the key of one of them.
            speakers = {m.key: m.entity for m in extraction.mentions if m.kind == "person"}
            for quote in extraction.quotes:
                if quote.speaker in speakers:
                    self.spoken[speakers[quote.speaker]].append((extraction, quote))

    def _index_stories(self, briefing: Briefing) -> None:
        """Each story's articles, and each article's story."""
        self.stories: list[Story] = list(briefing.stories.values())
        self.story_of_path: dict[str, Story] = {
            path: story for story in self.stories for path in story.articles
        }
        self.in_story: dict[str, list[Extraction]] = collections.defaultdict(list)
        for extraction in briefing.extractions:
            self.in_story[self.story_of_path[extraction.article.path].id].append(extraction)

    def _index_figures(self, briefing: Briefing) -> None:
        """Each story's measures, and the counts set apart from them, by measure."""
        self.measures: list[MeasureSummary] = compare(briefing)
        self.story_measures: dict[str, list[MeasureSummary]] = collections.defaultdict(list)
        for summary in self.measures:
            self.story_measures[summary.story].append(summary)
        # Other events' counts, sub-counts, rates and counts of a measure the story does not own (only a
        # roundup gives it): shown on the measure's page, outside its range.
        owned = {(summary.story, summary.measure) for summary in self.measures}
        self.set_apart: dict[str, list[tuple[Figure, Article]]] = collections.defaultdict(list)
        for extraction in briefing.extractions:
            story = self.story_of_path[extraction.article.path].id
            for figure in extraction.figures:
                if (
                    figure.event is not None
                    or figure.part_of is not None
                    or figure.rate is not None
                    or (story, figure.measure) not in owned
                ):
                    self.set_apart[figure.measure].append((figure, extraction.article))
        best: dict[str, tuple] = {}
        for summary in self.measures:
            best[summary.measure] = min(best.get(summary.measure, rank(summary)), rank(summary))
        ranked = sorted(best, key=lambda measure: best[measure])
        self.measure_names = ranked + sorted(set(self.set_apart) - set(ranked))
        self.measure_slugs = unique_slugs([(m, m) for m in self.measure_names])


def _as_one_story(briefing: Briefing) -> Briefing:
    """A briefing made without the stories step, as one story."""
    articles = [e.article for e in briefing.extractions]
    dates = sorted(a.date for a in articles if a.date)
    story = Story(
        "briefing",
        "Briefing",
        tuple(a.path for a in articles),
        dates[0] if dates else None,
        dates[-1] if dates else None,
        tuple(sorted({a.source for a in articles if a.source})),
    )
    return dataclasses.replace(
        briefing, stories={story.id: story}, story_of={a.path: story.id for a in articles}
    )
