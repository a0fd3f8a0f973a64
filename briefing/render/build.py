"""Render: every page of the briefing, filled into the Jinja2 templates, or taken from an
earlier build when its signature says it shows what it showed then (see `reuse`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..model import Briefing
from .feed import FEED, feed
from .markdown import Markdown, environment, escape, link, relative
from .measures import number
from .paths import FOLDERS, TIMELINE
from .reuse import Reuse, article_signature, signature_of, summary_signature
from .site import Site, template_dirs

INDEX_TITLES = {"person": "People", "place": "Places", "organization": "Organizations"}
"""The title of each kind of entity's index page."""
SPLIT_ABOVE = 300
"""An index with more entries than this lists them on one page per initial letter instead."""
TOP_ON_SPLIT_INDEX = 100
"""How many of the most-mentioned entities a split index still lists itself."""
HOME_STORIES = 30
"""Stories the home page shows with their lead and figures; the stories index lists them all."""
HOME_ENTITIES = 10
"""The most-mentioned people, places and organizations the home page lists of each kind."""


def render(
    briefing: Briefing,
    templates: Path | None = None,
    *,
    directory_urls: bool = True,
    reuse: Reuse | None = None,
    with_feed: bool = False,
) -> dict[str, str]:
    """Every generated page: docs-relative path → Markdown, and `with_feed` the stories' Atom feed
    (`feed.FEED` → its XML). `directory_urls` is how the site
    addresses pages (MkDocs' `use_directory_urls`), for the links that scripts follow.

    With `reuse`, pages an earlier build rendered from the same signature are taken from it, and
    templates are compiled once for every process. Pages from a user's `templates` folder are
    always rendered: their templates may read anything, and signatures say what the bundled ones read.
    """
    pages = _Pages(briefing, templates, directory_urls, reuse)
    pages.articles()
    pages.stories()
    pages.entities()
    pages.figures()
    pages.home()
    pages.timeline()
    if with_feed:
        pages.pages[FEED] = feed(pages.site)
    return pages.pages


class _Pages:
    """The pages of one build, and how each is filled or taken from an earlier build."""

    def __init__(
        self, briefing: Briefing, templates: Path | None, directory_urls: bool, reuse: Reuse | None
    ) -> None:
        self.briefing = briefing
        self.env = environment(template_dirs(templates), reuse.compiled if reuse else None)
        self.env.filters["number"] = number
        self.site = site = Site(briefing, directory_urls)
        self.reuse = reuse if templates is None else None
        self.pages: dict[str, str] = {}
        self.signatures = {e.article.path: article_signature(site, e) for e in site.briefing.extractions}
        # What an entity's row in a list shows: its record and its counts.
        self.listed = {
            id: (e, len(site.mentions[id]), site.article_count(e)) for id, e in briefing.entities.items()
        }

    def fill(self, path: str, template: str, shows: object, **context: object) -> None:
        """Render a page, or take it from an earlier build when what it `shows` is what it showed then."""
        signature = signature_of(shows) if self.reuse else None
        if signature is not None:
            kept = self.reuse.page(path, signature)
            if kept is not None:
                self.pages[path] = kept
                return
        self.pages[path] = self.env.get_template(template).render(
            page=path,
            site=self.site,
            briefing=self.site.briefing,
            link=link,
            relative=relative,
            escape=escape,
            Markdown=Markdown,
            **context,
        )
        if signature is not None:
            self.reuse.rendered(path, signature, self.pages[path])

    def index(
        self,
        folder: str,
        template: str,
        entries: list,
        name: Callable,
        top: list,
        entry: Callable,
        **context: object,
    ) -> None:
        """A folder's index page; above SPLIT_ABOVE entries, it lists `top` and links one page per letter.
        Its signature is what it shows of each entry (`entry`), its letters and its counts."""
        site = self.site
        letters = site.by_letter(entries, name) if len(entries) > SPLIT_ABOVE else {}
        bar = [(letter, site.letter_page(folder, letter)) for letter in letters]
        # The places index maps every place, so it depends on every entry.
        mapped = signature_of(tuple(map(entry, entries))) if context.get("kind") == "place" else ""
        common = (
            template,
            len(entries),
            tuple(bar),
            len(self.briefing.extractions),
            len(site.stories),
            mapped,
        )
        shown = top if letters else entries
        self.fill(
            f"{folder}/index.md",
            template,
            (common, None, tuple(map(entry, shown))),
            shown=shown,
            total=len(entries),
            letters=bar,
            letter=None,
            **context,
        )
        for letter, page in bar:
            self.fill(
                page,
                template,
                (common, letter, tuple(map(entry, letters[letter]))),
                shown=letters[letter],
                total=len(entries),
                letters=bar,
                letter=letter,
                **context,
            )

    def articles(self) -> None:
        extractions = list(self.site.briefing.extractions)
        self.index(
            "articles",
            "articles.md.j2",
            extractions,
            lambda e: e.article.title,
            [],
            lambda e: self.signatures[e.article.path],
        )
        for extraction in extractions:
            self.fill(
                self.site.article_page(extraction.article),
                "article.md.j2",
                self.signatures[extraction.article.path],
                extraction=extraction,
            )

    def story_shows(self, story) -> tuple:
        """What a story's page and its entry in lists show: its record, its articles, the entities it
        lists and the stories it is related to."""
        site = self.site
        listed = tuple(self.listed[e.id] for kind in FOLDERS for e, _ in site.ranked_in(story, kind))
        articles = summary_signature(story.id, [self.signatures[path] for path in story.articles])
        return story, articles, listed, tuple(site.related_stories(story))

    def stories(self) -> None:
        site = self.site
        shows = {story.id: self.story_shows(story) for story in site.stories}
        self.index(
            "stories",
            "stories.md.j2",
            site.stories,
            lambda s: s.title,
            site.stories[:TOP_ON_SPLIT_INDEX],
            lambda s: shows[s.id],
        )
        for story in site.stories:
            self.fill(site.story_page(story), "story.md.j2", shows[story.id], story=story)
        self.story_signatures = shows

    def entities(self) -> None:
        site = self.site
        for kind, folder in FOLDERS.items():
            ranked = site.ranked(kind)
            self.index(
                folder,
                "entities.md.j2",
                ranked,
                lambda e: e.name,
                ranked[:TOP_ON_SPLIT_INDEX],
                lambda e: self.listed[e.id],
                kind=kind,
                title=INDEX_TITLES[kind],
                entities=ranked,
            )
            for entity in ranked:
                mentioned_in = dict.fromkeys(
                    self.signatures[e.article.path] for e, _ in site.mentions[entity.id]
                )
                self.fill(
                    site.entity_page(entity),
                    "entity.md.j2",
                    summary_signature(entity.id, mentioned_in),
                    entity=entity,
                )

    def figures(self) -> None:
        site = self.site
        stories = tuple((s.id, s.title) for s in site.stories)
        self.fill(
            "figures/index.md",
            "figures.md.j2",
            (tuple(site.measures), tuple(site.measure_slugs.items()), stories),
        )
        for measure in site.measure_names:
            # A measure page shows what its articles report: their signatures fix it.
            reporting = [
                self.signatures[site.by_slug[r.slug].article.path]
                for s in site.measures
                if s.measure == measure
                for r in s.reports
            ]
            apart = [self.signatures[a.path] for _, a in site.set_apart.get(measure, [])]
            self.fill(
                site.measure_page(measure),
                "measure.md.j2",
                summary_signature(measure, [*reporting, "\1", *apart]),
                measure=measure,
            )

    def home(self) -> None:
        site = self.site
        kinds = [(kind, INDEX_TITLES[kind], site.ranked(kind)[:HOME_ENTITIES]) for kind in FOLDERS]
        # The home page shows what its stories show, and the records and counts of the entities it lists.
        shown = tuple(self.story_signatures[s.id] for s in site.stories[:HOME_STORIES])
        self.fill(
            "index.md",
            "home.md.j2",
            (
                summary_signature("index", self.signatures.values()),
                shown,
                tuple(self.listed[e.id] for _, _, entities in kinds for e in entities),
            ),
            kinds=kinds,
            shown_stories=site.stories[:HOME_STORIES],
        )

    def timeline(self) -> None:
        # The timeline shows each article's title, outlet, date and story, and the earlier events.
        site = self.site
        self.fill(
            TIMELINE,
            "timeline.md.j2",
            (
                tuple(
                    (
                        e.article.slug,
                        e.article.title,
                        e.article.source,
                        e.article.date,
                        site.story_of(e).id,
                        site.story_of(e).title,
                    )
                    for e in site.briefing.extractions
                ),
                tuple((f, a.slug, a.source, site.story_of_path[a.path].id) for f, a in site.earlier_events()),
                len(site.stories),
            ),
        )
