"""What the pages show of stories: their articles, leads, outlets, dates and people."""

from __future__ import annotations

import collections
import datetime
import re
from typing import TYPE_CHECKING

from ..sentences import lead_sentence, sentence_at
from .entities import cite
from .markdown import Markdown, link

if TYPE_CHECKING:
    from ..model import Article, Briefing, Entity, Extraction, Figure, Mention, Story
    from .measures import MeasureSummary

LEAD_SENTENCES = 6
"""Sentences in "What happened": enough to tell the story, short enough to read first."""
NAMED_OUTLETS = 4
"""Outlets named one by one in a sentence; more are counted."""
# A reporter's own sentence: not a quote or a post (which may start mid-speech), not a link.
_NOT_REPORTED = re.compile(r"[“”\"]|https?://|pic\.twitter")


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
        """The story in a few sentences: the lead of the article it is titled after, the other
        articles' leads, oldest first, then the first sentence that reports each of its key figures,
        each with a link to its paragraph."""
        found: list[tuple[str, Markdown]] = []
        cited: set[object] = set()

        def add(extraction: Extraction, index: int, sentence: str) -> None:
            where = (extraction.article.path, index)
            if where in cited or sentence in cited or len(found) >= LEAD_SENTENCES or not sentence:
                return
            cited.update((where, sentence))
            label = f"{extraction.article.source or 'Unknown source'}, ¶ {index + 1}"
            found.append(
                (
                    sentence,
                    link(
                        label,
                        cite(page, self.article_page(extraction.article), index),
                        extraction.article.title,
                    ),
                )
            )

        def order(extraction: Extraction) -> tuple:
            return extraction.article.title != story.title, *_oldest_first(extraction)

        for extraction in sorted(self.articles_of(story), key=order):
            if extraction.article.paragraphs:
                add(extraction, 0, lead_sentence(extraction.article.paragraphs[0].text))
        for summary in self.story_measures.get(story.id, []):
            for report in summary.current if summary.key else ():
                extraction = self.by_slug[report.slug]
                figure = report.figure
                if figure.paragraph is None:
                    continue  # a count of the title: the title is no sentence of what happened
                sentence = sentence_at(extraction.article.paragraphs[figure.paragraph].text, figure.start)
                spoken = any(
                    q.paragraph == figure.paragraph and q.start <= figure.start < q.end
                    for q in extraction.quotes
                )
                if not spoken and sentence.endswith((".", "!", "?")) and not _NOT_REPORTED.search(sentence):
                    add(extraction, figure.paragraph, sentence)
                    break
        return found

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
        count of an event once, as the first article gives it."""
        found: dict[tuple, tuple[Figure, Article]] = {}
        for figures in self.set_apart.values():
            for figure, article in figures:
                if figure.event and (story is None or self.story_of_path[article.path] is story):
                    found.setdefault(
                        (figure.event.casefold(), figure.measure, figure.value), (figure, article)
                    )
        return sorted(found.values(), key=lambda item: (item[1].path, item[0].paragraph, item[0].start))

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


def _oldest_first(extraction: Extraction) -> tuple:
    date = extraction.article.date
    return date is None, date or datetime.date.min, extraction.article.path
