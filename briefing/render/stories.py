"""What the pages show of stories: their articles, leads, outlets, dates and people."""

from __future__ import annotations

import collections
import datetime
import re
from typing import TYPE_CHECKING

from ..months import MONTHS
from .developments import CITED, developments, label
from .entities import cite
from .markdown import Markdown, link

if TYPE_CHECKING:
    from ..model import Article, Briefing, Entity, Extraction, Figure, Mention, Story
    from .measures import MeasureSummary

NAMED_OUTLETS = 4
"""Outlets named one by one in a sentence; more are counted."""


class StoryViews:
    """Stories and the parts of their pages. Needs the Site's indexes and Paths."""

    briefing: Briefing
    stories: list[Story]
    story_of_path: dict[str, Story]
    in_story: dict[str, list[Extraction]]
    by_slug: dict[str, Extraction]
    mentions: dict[str, list[tuple[Extraction, Mention]]]
    story_measures: dict[str, list[MeasureSummary]]
    set_apart: dict[str, list[tuple[Figure, Article]]]

    def story_of(self, extraction: Extraction) -> Story:
        return self.story_of_path[extraction.article.path]

    def articles_of(self, story: Story | None) -> list[Extraction]:
        """A story's articles (every article for None), in the briefing's order."""
        return self.in_story[story.id] if story else list(self.briefing.extractions)

    def what_happened(self, page: str, story: Story) -> list[tuple[str, Markdown]]:
        """The story's developments (`developments`), oldest first: each the sentence that first told
        it, with a link to its paragraph and to those of the articles that restate it."""
        figures = [
            (self.by_slug[report.slug], report.figure.paragraph, report.figure.start)
            for summary in self.story_measures.get(story.id, [])
            if summary.key
            for report in summary.current
            if report.figure.paragraph is not None  # a count of the title: no sentence of the story
        ]
        told = []
        for development in developments(self.articles_of(story), figures):
            links = [
                link(
                    label(s),
                    cite(page, self.article_page(s.extraction.article), s.paragraph),
                    s.extraction.article.title,
                )
                for s in development.cited[:CITED]
            ]
            more = len(development.cited) - CITED
            citation = "; ".join(links) + (f"; and {more} more" if more > 0 else "")
            told.append((development.first.text, Markdown(citation)))
        return told

    def articles_phrase(self, story: Story | None = None) -> str:
        """How many articles, from whom: "2 articles: 1 from CNN and 1 of unknown source"."""
        extractions = self.articles_of(story)
        count = collections.Counter(e.article.source for e in extractions)
        total = f"{len(extractions)} article{'s' if len(extractions) != 1 else ''}"
        unknown = count.pop(None, 0)
        if not count:
            return f"{total} of unknown source"
        if len(count) == 1 and not unknown:
            return f"{total} from {next(iter(count))}"
        if len(count) > NAMED_OUTLETS:
            return f"{total} from {len(count)} outlets" + (
                f" and {unknown} of unknown source" if unknown else ""
            )
        parts = [
            f"{n} from {outlet}" for outlet, n in sorted(count.items(), key=lambda item: (-item[1], item[0]))
        ]
        parts += [f"{unknown} of unknown source"] if unknown else []
        return f"{total}: {', '.join(parts[:-1])} and {parts[-1]}"

    def sources(self, story: Story | None = None) -> list[tuple[str, int, object, object]]:
        """Each outlet with its number of articles and its first and last dates, most articles first."""
        outlets: dict[str, list[Article]] = collections.defaultdict(list)
        for extraction in self.articles_of(story):
            outlets[extraction.article.source or "Unknown source"].append(extraction.article)
        rows = []
        for outlet, articles in outlets.items():
            dates = sorted(a.date for a in articles if a.date)
            rows.append((outlet, len(articles), dates[0] if dates else None, dates[-1] if dates else None))
        return sorted(rows, key=lambda row: (-row[1], row[0] == "Unknown source", row[0]))

    def by_date(self, story: Story | None = None) -> list[tuple[object, list[Extraction]]]:
        """Articles grouped by publication date, oldest first, undated last."""
        groups: dict[object, list[Extraction]] = collections.defaultdict(list)
        for extraction in self.articles_of(story):
            groups[extraction.article.date].append(extraction)
        return sorted(
            groups.items(), key=lambda item: (item[0] is None, item[0].toordinal() if item[0] else 0)
        )

    def earlier_events(self, story: Story | None = None) -> list[tuple[Figure, Article]]:
        """Figures about other, earlier events, as the articles (of `story`) recall them: each
        count of an event once, as the first article gives it. A time within the story's own dates is
        no earlier event ("an April 2007 shooting", in the verdict a year after it)."""
        found: dict[tuple, tuple[Figure, Article]] = {}
        for figures in self.set_apart.values():
            for figure, article in figures:
                own = self.story_of_path[article.path]
                if (
                    figure.event
                    and (story is None or own is story)
                    and not _in_story_time(figure, article, own)
                ):
                    found.setdefault(
                        (figure.event.casefold(), figure.measure, figure.value), (figure, article)
                    )
        return sorted(found.values(), key=lambda item: (item[1].path, item[0].paragraph, item[0].start))

    def related_stories(self, story: Story) -> list[tuple[str, Story]]:
        """The stories related to `story` (`stories.related`), the earlier first: each with what it is
        to this one, "Follows" (it came before), "Followed by" (after) or "Related" (undated, or at once)."""
        by_id = {s.id: s for s in self.stories}
        found = []
        for other in (by_id[id] for id in story.related if id in by_id):
            if other.last and story.first and other.last < story.first:
                relation = "Follows"
            elif other.first and story.last and other.first > story.last:
                relation = "Followed by"
            else:
                relation = "Related"
            found.append((relation, other))
        return sorted(found, key=lambda item: (_oldest(item[1]), item[1].title))

    def ranked_in(self, story: Story, kind: str, limit: int = 10) -> list[tuple[Entity, int]]:
        """The entities of `kind` a story names, with their mentions in it, most mentioned first."""
        counts = collections.Counter(
            m.entity for e in self.articles_of(story) for m in e.mentions if m.kind == kind
        )
        return self._counted(counts)[:limit]

    def dates(self, story: Story) -> str:
        """ "2025-04-24", "2025-04-24 to 2025-04-26", or "" when no article is dated."""
        if story.first is None:
            return ""
        return story.first.isoformat() + (
            f" to {story.last.isoformat()}" if story.last != story.first else ""
        )


def _oldest(story: Story) -> tuple:
    return story.first is None, story.first or datetime.date.min


def _oldest_first(extraction: Extraction) -> tuple:
    date = extraction.article.date
    return date is None, date or datetime.date.min, extraction.article.path


_MONTH = re.compile(
    rf"^(?:in\s+)?(?:early\s+|late\s+|mid-?)?({'|'.join(MONTHS)})(?:\s+((?:19|20)\d\d))?$", re.IGNORECASE
)
_YEAR = re.compile(r"^(?:in\s+)?((?:19|20)\d\d)$")


def _in_story_time(figure: Figure, article: Article, story: Story) -> bool:
    """Whether the time a figure's other event is given in ("April 2007", "March") falls within the
    story's own dates: the story's event itself, recalled by a later article."""
    if story.first is None or story.last is None or figure.event is None:
        return False
    label = " ".join(figure.event.split())
    if found := _MONTH.match(label):
        month = MONTHS.index(found[1].lower()) + 1
        year = int(found[2]) if found[2] else _latest_year(month, article.date)
        if year is None:
            return False
        start = datetime.date(year, month, 1)
        end = (start + datetime.timedelta(days=31)).replace(day=1) - datetime.timedelta(days=1)
    elif found := _YEAR.match(label):
        start, end = datetime.date(int(found[1]), 1, 1), datetime.date(int(found[1]), 12, 31)
    else:
        return False
    return start <= story.last and story.first <= end


def _latest_year(month: int, date: datetime.date | None) -> int | None:
    """The year of the latest `month` up to `date` (a month an article names without its year)."""
    if date is None:
        return None
    return date.year if month <= date.month else date.year - 1
