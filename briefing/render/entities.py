"""What the pages show of entities: rankings, backlinks, quotes, related entities and maps."""

from __future__ import annotations

import collections
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .markdown import Markdown, link, relative

if TYPE_CHECKING:
    from ..model import Article, Briefing, Entity, Extraction, Mention, Quote, Story


@dataclass
class Backlink:
    """A paragraph that mentions an entity, quoted with the mentions highlighted."""

    quote: Markdown
    target: str
    label: str


@dataclass(frozen=True)
class SpokenQuote:
    """A quote on its speaker's page, with a link to the paragraph it is in."""

    quote: Quote
    article: Article
    target: str
    label: str


@dataclass
class ArticleBacklinks:
    """An article's paragraphs that mention an entity, under a link to the article."""

    extraction: Extraction
    link: Markdown
    backlinks: list[Backlink] = field(default_factory=list)


def cite(page: str, target_page: str, paragraph: int) -> str:
    """The link from `page` to a paragraph (0-based) of the article page `target_page`."""
    return relative(page, f"{target_page}#p-{paragraph + 1}")


class EntityViews:
    """Entity lists and the parts of an entity's page. Needs the Site's indexes and Paths."""

    briefing: Briefing
    mentions: dict[str, list[tuple[Extraction, Mention]]]
    paragraph_entities: dict[tuple[str, int], list[str]]
    spoken: dict[str, list[tuple[Extraction, Quote]]]
    story_of_path: dict[str, Story]

    def article_count(self, entity: Entity) -> int:
        return len({e.article.path for e, _ in self.mentions[entity.id]})

    def ranked(self, kind: str) -> list[Entity]:
        """The entities of `kind`, most mentioned first."""
        entities = [e for e in self.briefing.entities.values() if e.kind == kind]
        return sorted(entities, key=lambda e: (-len(self.mentions[e.id]), e.name.casefold(), e.id))

    def stories_of(self, entity: Entity) -> list[tuple[Story, int]]:
        """The stories that name `entity`, with its mentions in each, most mentions first."""
        counts = collections.Counter(
            self.story_of_path[e.article.path].id for e, _ in self.mentions[entity.id]
        )
        stories = {story.id: story for story in self.story_of_path.values()}
        return [(stories[id], n) for id, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]

    def backlinks(self, page: str, entity: Entity) -> list[ArticleBacklinks]:
        """The paragraphs that mention `entity`, grouped by article, most mentions first."""
        paragraphs: dict[tuple[str, int], list[Mention]] = collections.defaultdict(list)
        articles: dict[str, Extraction] = {}
        for extraction, mention in self.mentions[entity.id]:
            articles[extraction.article.path] = extraction
            paragraphs[(extraction.article.path, mention.paragraph)].append(mention)
        groups = {
            path: ArticleBacklinks(e, link(e.article.title, relative(page, self.article_page(e.article))))
            for path, e in articles.items()
        }
        for (path, index), mentions in sorted(paragraphs.items()):
            extraction = articles[path]
            groups[path].backlinks.append(
                Backlink(
                    self.quote(extraction, index, [(m.start, m.end) for m in mentions]),
                    cite(page, self.article_page(extraction.article), index),
                    f"¶ {index + 1}",
                )
            )
        return sorted(groups.values(), key=lambda g: (-len(g.backlinks), g.extraction.article.path))

    def quotes(self, page: str, entity: Entity) -> list[SpokenQuote]:
        """What `entity` said, in article order, each linked to its paragraph."""
        return [
            SpokenQuote(
                quote,
                extraction.article,
                cite(page, self.article_page(extraction.article), quote.paragraph),
                f"{extraction.article.source or 'Unknown source'}, ¶ {quote.paragraph + 1}",
            )
            for extraction, quote in self.spoken[entity.id]
        ]

    def named_in(self, extraction: Extraction, kind: str) -> list[tuple[Entity, int]]:
        """The entities of `kind` an article names, most mentioned first."""
        counts = collections.Counter(m.entity for m in extraction.mentions if m.kind == kind)
        return self._counted(counts)

    def related(self, entity: Entity, kind: str, limit: int = 8) -> list[tuple[Entity, int]]:
        """Entities of `kind` that share paragraphs with `entity`, with how many."""
        paragraphs = {(e.article.path, m.paragraph) for e, m in self.mentions[entity.id]}
        counts: collections.Counter = collections.Counter(
            other
            for paragraph in paragraphs
            for other in self.paragraph_entities[paragraph]
            if other != entity.id and self.briefing.entities[other].kind == kind
        )
        return self._counted(counts)[:limit]

    def _counted(self, counts: collections.Counter) -> list[tuple[Entity, int]]:
        """Entities by id with a count, the highest count first."""
        entities = self.briefing.entities
        ranked = sorted(counts.items(), key=lambda item: (-item[1], entities[item[0]].name, item[0]))
        return [(entities[id], count) for id, count in ranked]

    def map(self, page: str, places: list[Entity]) -> Markdown:
        """A map of the `places` that have coordinates, its points in an inline JSON island; empty
        if none do."""
        points = [
            {
                "name": e.name,
                "url": self.url(page, self.entity_page(e)),
                "lat": e.coordinates[0],
                "lon": e.coordinates[1],
                "mentions": len(self.mentions[e.id]),
            }
            for e in places
            if e.coordinates
        ]
        if not points:
            return Markdown("")
        data = json.dumps(points, ensure_ascii=False)
        data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        size = " bf-map--place" if len(places) == 1 else ""
        return Markdown(
            f'<div class="bf-map{size}" role="img" aria-label="Map of {len(points)} places"></div>\n'
            f'<script type="application/json" class="bf-map-data">{data}</script>\n'
        )
