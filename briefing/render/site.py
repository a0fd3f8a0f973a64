"""Render: the resolved briefing as Markdown pages, filled into the Jinja2 templates."""

from __future__ import annotations

import collections
import json
import re
import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TypeVar

from unidecode import unidecode

from .. import collector
from ..measures import MeasureSummary, compare
from ..model import Article, Briefing, Entity, Extraction, Figure, Mention, Quote
from ..slugs import unique_slugs
from .pages import PageCache, article_signature, render_key, signature_of, summary_signature
from .markdown import Markdown, author_markdown, environment, escape, link, linked_text, relative

FOLDERS = {"person": "people", "place": "places", "organization": "organizations"}
TITLES = {"person": "People", "place": "Places", "organization": "Organizations"}
T = TypeVar("T")
_QUOTE_CONTEXT = 240  # characters of context kept around a mention in a long paragraph
_QUOTE_SPAN = 2_000  # characters from the first mention quoted at most, with the mentions in them
_SENTENCE = re.compile(r"(?<=[.!?])[”\"]?\s+(?=[“\"]?[A-Z])")
_DATELINE = re.compile(r"^[^—–]{1,80}?\)\s*[—–-]+\s*|^[A-Z][A-Za-z .,']{1,40}\s[—–]\s")
_LEAD_SENTENCES = 6  # "What happened" on the home page: enough to tell the story, short enough to read first
SPLIT_ABOVE = 300
"""An index with more entries than this lists them on one page per initial letter instead."""
TOP_ON_SPLIT_INDEX = 100
"""How many of the most-mentioned entities a split index still lists itself."""


def template_dirs(extra: Path | None = None) -> list[Path]:
    """Where templates are looked up: the user's folder first, then the bundled ones."""
    here = Path(__file__).resolve().parent.parent
    bundled = here / "templates" if (here / "templates").is_dir() else here.parent / "templates"
    return [d for d in (extra, bundled) if d is not None]


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
    extraction: Extraction
    link: Markdown
    backlinks: list[Backlink] = field(default_factory=list)


class Site:
    """Page paths and the links between them, for one briefing."""

    def __init__(self, briefing: Briefing, directory_urls: bool = True) -> None:
        self.briefing = briefing
        self.directory_urls = directory_urls
        self.measures = compare(briefing)
        # Other events' counts, sub-counts and rates: shown on the measure's page, outside its range.
        self.set_apart: dict[str, list[tuple[Figure, Article]]] = collections.defaultdict(list)
        for extraction in briefing.extractions:
            for figure in extraction.figures:
                if figure.event is not None or figure.part_of is not None or figure.rate is not None:
                    self.set_apart[figure.measure].append((figure, extraction.article))
        summaries = {m.measure: m for m in self.measures}
        self.measure_names = [m.measure for m in self.measures] + sorted(set(self.set_apart) - set(summaries))
        self.summaries = summaries
        self.measure_slugs = unique_slugs([(m, m) for m in self.measure_names])
        self.by_slug = {e.article.slug: e for e in briefing.extractions}
        self.mentions: dict[str, list[tuple[Extraction, Mention]]] = collections.defaultdict(list)
        # The entities named in each paragraph, so `related` reads only the paragraphs it needs.
        self.paragraph_entities: dict[tuple[str, int], list[str]] = collections.defaultdict(list)
        for extraction in briefing.extractions:
            for mention in extraction.mentions:
                self.mentions[mention.entity].append((extraction, mention))
                self.paragraph_entities[(extraction.article.path, mention.paragraph)].append(mention.entity)
        self.spoken: dict[str, list[tuple[Extraction, Quote]]] = collections.defaultdict(list)
        for extraction in briefing.extractions:
            # Resolution gives mentions their entity; a quote's speaker is the key of one of them.
            speakers = {m.key: m.entity for m in extraction.mentions if m.kind == "person"}
            for quote in extraction.quotes:
                if quote.speaker in speakers:
                    self.spoken[speakers[quote.speaker]].append((extraction, quote))

    # Paths -------------------------------------------------------------------------------

    @staticmethod
    def article_page(article: Article | str) -> str:
        """The page of an article, given the article or its slug."""
        return f"articles/{article if isinstance(article, str) else article.slug}.md"

    @staticmethod
    def entity_page(entity: Entity) -> str:
        return f"{FOLDERS[entity.kind]}/{entity.id}.md"

    @staticmethod
    def letter_page(folder: str, letter: str) -> str:
        """The page listing a folder's entries under one initial; "_" keeps it apart from every slug."""
        return f"{folder}/letter_{letter.lower() if letter.isalpha() else 'other'}.md"

    def measure_page(self, measure: str) -> str:
        return f"figures/{self.measure_slugs[measure]}.md"

    def url(self, from_page: str, to_page: str) -> str:
        """The browser's link from one page to another, for links MkDocs does not rewrite (in scripts)."""
        def address(path: str) -> str:
            stem = path.removesuffix(".md")
            if not self.directory_urls:
                return stem + ".html"
            return stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"
        target, origin = address(to_page), address(from_page)
        folder = origin if origin.endswith("/") or not origin else posixpath.dirname(origin)
        link = posixpath.relpath(target or ".", folder.rstrip("/") or ".")
        return link + "/" if target.endswith("/") or not target else link

    def map(self, page: str, places: list[Entity]) -> Markdown:
        """A map of the `places` that have coordinates, its points in an inline JSON island; empty if none do."""
        points = [{"name": e.name, "url": self.url(page, self.entity_page(e)), "lat": e.coordinates[0],
                   "lon": e.coordinates[1], "mentions": len(self.mentions[e.id])}
                  for e in places if e.coordinates]
        if not points:
            return Markdown("")
        data = json.dumps(points, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        size = " bf-map--place" if len(places) == 1 else ""
        return Markdown(f'<div class="bf-map{size}" role="img" aria-label="Map of {len(points)} places"></div>\n'
                        f'<script type="application/json" class="bf-map-data">{data}</script>\n')

    # Views -------------------------------------------------------------------------------

    def article_count(self, entity: Entity) -> int:
        return len({e.article.path for e, _ in self.mentions[entity.id]})

    def ranked(self, kind: str) -> list[Entity]:
        entities = [e for e in self.briefing.entities.values() if e.kind == kind]
        return sorted(entities, key=lambda e: (-len(self.mentions[e.id]), e.name.casefold(), e.id))

    @staticmethod
    def by_letter(entries: list[T], name: Callable[[T], str]) -> dict[str, list[T]]:
        """Entries grouped by the initial of their name (A–Z, "#" for the rest), A first,
        each group sorted by name."""
        groups: dict[str, list[T]] = collections.defaultdict(list)
        for entry in sorted(entries, key=lambda e: name(e).casefold()):
            initial = unidecode(name(entry).lstrip()[:1]).upper()[:1]
            groups[initial if "A" <= initial <= "Z" else "#"].append(entry)
        return dict(sorted(groups.items(), key=lambda item: (item[0] == "#", item[0])))

    def paragraph_markdown(self, page: str, extraction: Extraction, index: int) -> Markdown:
        """One paragraph with its mentions and figures linked to their pages."""
        paragraph = extraction.article.paragraphs[index]
        if extraction.article.markup == "markdown":
            return author_markdown(paragraph.text)
        spans = [(m.start, m.end, relative(page, self.entity_page(self.briefing.entities[m.entity])),
                  self.briefing.entities[m.entity].name)
                 for m in extraction.mentions if m.paragraph == index]
        spans += [(f.start, f.end, relative(page, self.measure_page(f.measure)), f"Figures: {f.measure}")
                  for f in extraction.figures if f.paragraph == index]
        return linked_text(paragraph.text, spans)

    def quote(self, extraction: Extraction, index: int, spans: list[tuple[int, int]]) -> Markdown:
        """A paragraph, or the part of a long one around the mentions, with them marked."""
        text = extraction.article.paragraphs[index].text
        first = min(s for s, _ in spans)
        spans = [(s, e) for s, e in spans if s - first < _QUOTE_SPAN]  # a run-on paragraph: its start
        last = max(e for _, e in spans)
        left = max(0, first - _QUOTE_CONTEXT)
        right = min(len(text), last + _QUOTE_CONTEXT)
        left = text.rfind(" ", 0, left) + 1 if left else 0
        right = text.find(" ", right) if right < len(text) and text.find(" ", right) != -1 else len(text)
        out, at = ["… " if left else ""], left
        for start, end in sorted(spans):
            if start < at:
                continue
            out += [escape(text[at:start]), Markdown("<mark>"), escape(text[start:end]), Markdown("</mark>")]
            at = end
        out += [escape(text[at:right]), " …" if right < len(text) else ""]
        return Markdown("".join(out))

    def backlinks(self, page: str, entity: Entity) -> list[ArticleBacklinks]:
        """The paragraphs that mention `entity`, grouped by article, most mentions first."""
        paragraphs: dict[tuple[str, int], list[Mention]] = collections.defaultdict(list)
        articles: dict[str, Extraction] = {}
        for extraction, mention in self.mentions[entity.id]:
            articles[extraction.article.path] = extraction
            paragraphs[(extraction.article.path, mention.paragraph)].append(mention)
        groups = {path: ArticleBacklinks(e, link(e.article.title, relative(page, self.article_page(e.article))))
                  for path, e in articles.items()}
        for (path, index), mentions in sorted(paragraphs.items()):
            extraction = articles[path]
            groups[path].backlinks.append(Backlink(
                self.quote(extraction, index, [(m.start, m.end) for m in mentions]),
                relative(page, self.article_page(extraction.article) + f"#p-{index + 1}"),
                f"¶ {index + 1}",
            ))
        return sorted(groups.values(), key=lambda g: (-len(g.backlinks), g.extraction.article.path))

    def quotes(self, page: str, entity: Entity) -> list[SpokenQuote]:
        """What `entity` said, in article order, each linked to its paragraph."""
        return [SpokenQuote(quote, extraction.article,
                            relative(page, self.article_page(extraction.article) + f"#p-{quote.paragraph + 1}"),
                            f"{extraction.article.source or 'Unknown source'}, ¶ {quote.paragraph + 1}")
                for extraction, quote in self.spoken[entity.id]]

    def what_happened(self, page: str) -> list[tuple[str, Markdown]]:
        """The story in a few sentences: each article's lead sentence, then the first sentence
        that reports each key figure, each with a citation link to its paragraph."""
        found: list[tuple[str, Markdown]] = []
        cited: set[tuple[str, int]] = set()

        def cite(extraction: Extraction, index: int, sentence: str) -> None:
            if (extraction.article.path, index) in cited or len(found) >= _LEAD_SENTENCES:
                return
            cited.add((extraction.article.path, index))
            target = relative(page, self.article_page(extraction.article) + f"#p-{index + 1}")
            found.append((sentence, link(f"{extraction.article.source or 'Unknown source'}, ¶ {index + 1}", target,
                                         extraction.article.title)))

        for extraction in self.briefing.extractions:
            if extraction.article.paragraphs:
                lead = _DATELINE.sub("", extraction.article.paragraphs[0].text, count=1)
                cite(extraction, 0, _SENTENCE.split(lead, 1)[0].strip())
        for summary in self.measures:
            for report in summary.reports:
                extraction = self.by_slug[report.slug]
                sentence = _sentence_at(extraction.article.paragraphs[report.figure.paragraph].text, report.figure.start)
                spoken = any(q.paragraph == report.figure.paragraph and q.start <= report.figure.start < q.end
                             for q in extraction.quotes)
                # A reporter's own sentence (not a heading, a quote or a post, which may start mid-speech).
                if not spoken and sentence.endswith((".", "!", "?")) and not re.search(r"[“”\"]|https?://|pic\.twitter", sentence):
                    cite(extraction, report.figure.paragraph, sentence)
                    break
        return found

    def outlets(self) -> str:
        """Who published the articles, in words: "CNN, the BBC and 1 article of unknown source"."""
        named = sorted({e.article.source for e in self.briefing.extractions if e.article.source})
        unknown = sum(1 for e in self.briefing.extractions if not e.article.source)
        parts = named + ([f"{unknown} of unknown source"] if unknown else [])
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]

    def sources(self) -> list[tuple[str, int, object, object]]:
        """Each outlet with its number of articles and its first and last dates, most articles first."""
        outlets: dict[str, list[Article]] = collections.defaultdict(list)
        for extraction in self.briefing.extractions:
            outlets[extraction.article.source or "Unknown source"].append(extraction.article)
        rows = []
        for outlet, articles in outlets.items():
            dates = sorted(a.date for a in articles if a.date)
            rows.append((outlet, len(articles), dates[0] if dates else None, dates[-1] if dates else None))
        return sorted(rows, key=lambda row: (-row[1], row[0] == "Unknown source", row[0]))

    def by_date(self) -> list[tuple[object, list[Extraction]]]:
        """Articles grouped by publication date, oldest first, undated last."""
        groups: dict[object, list[Extraction]] = collections.defaultdict(list)
        for extraction in self.briefing.extractions:
            groups[extraction.article.date].append(extraction)
        return sorted(groups.items(), key=lambda item: (item[0] is None, item[0].toordinal() if item[0] else 0))

    def earlier_events(self) -> list[tuple[Figure, Article]]:
        """Figures about other, earlier events, as the articles recall them."""
        return [(f, a) for found in self.set_apart.values() for f, a in found if f.event]

    def named_in(self, extraction: Extraction, kind: str) -> list[tuple[Entity, int]]:
        """The entities of `kind` an article names, most mentioned first."""
        counts = collections.Counter(m.entity for m in extraction.mentions if m.kind == kind)
        ranked = sorted(counts.items(), key=lambda item: (-item[1], self.briefing.entities[item[0]].name))
        return [(self.briefing.entities[i], n) for i, n in ranked]

    def related(self, entity: Entity, kind: str, limit: int = 8) -> list[tuple[Entity, int]]:
        """Entities of `kind` that share paragraphs with `entity`, with how many."""
        paragraphs = {(e.article.path, m.paragraph) for e, m in self.mentions[entity.id]}
        counts: collections.Counter = collections.Counter(
            other for paragraph in paragraphs for other in self.paragraph_entities[paragraph]
            if other != entity.id and self.briefing.entities[other].kind == kind)
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [(self.briefing.entities[i], n) for i, n in ranked]


def _sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` that contains character `offset`, without a dateline."""
    at = 0
    for sentence in _SENTENCE.split(text):
        at = text.find(sentence, at)
        if at <= offset < at + len(sentence):
            return _DATELINE.sub("", sentence, count=1).strip()
    return ""


def render(briefing: Briefing, templates: Path | None = None, *, directory_urls: bool = True,
           cache: Path | None = None) -> dict[str, str]:
    """Every generated page: docs-relative path → Markdown. `directory_urls` is how the site
    addresses pages (MkDocs' `use_directory_urls`), for the links that scripts follow.

    With a `cache` folder, pages whose inputs are those of the last build are read back from it.
    Pages from a user's `templates` folder are always rendered: their templates may read anything.
    """
    with collector.frozen():
        return _render(briefing, templates, directory_urls, cache)


def _render(briefing: Briefing, templates: Path | None, directory_urls: bool, cache: Path | None) -> dict[str, str]:
    env = environment(template_dirs(templates), cache / "templates" if cache else None)
    site = Site(briefing, directory_urls)
    stored = (PageCache(cache / "pages", render_key(template_dirs(), directory_urls))
              if cache and not templates else None)
    if stored:
        stored.begin(site)
    pages: dict[str, str] = {}

    def fill(path: str, template: str, shows: object, **context: object) -> None:
        """Render a page, or read it back when what it `shows` is what it showed in the last build."""
        signature = signature_of(shows) if stored else None
        if signature is not None:
            kept = stored.get(path, signature)
            if kept is not None:
                pages[path] = kept
                return
        pages[path] = env.get_template(template).render(
            page=path, site=site, briefing=briefing, link=link, relative=relative, escape=escape,
            Markdown=Markdown, **context)
        if signature is not None:
            stored.put(path, signature, pages[path])

    articles = {e.article.path: article_signature(site, e) for e in briefing.extractions}
    listed = {id: (e, len(site.mentions[id]), site.article_count(e)) for id, e in briefing.entities.items()}
    kinds = [(kind, TITLES[kind], site.ranked(kind)[:10]) for kind in FOLDERS]
    # The home page shows what its articles say (their leads, figures and outlets), and the
    # records and counts of the entities it lists.
    fill("index.md", "home.md.j2",
         (summary_signature("index", articles.values()), tuple(listed[e.id] for _, _, shown in kinds for e in shown)),
         measures=site.measures[:8], kinds=kinds)

    def index(folder: str, template: str, entries: list, name: Callable, top: list, entry: Callable,
              **context: object) -> None:
        """A folder's index page; above SPLIT_ABOVE entries, it lists `top` and links one page per letter.
        Its signature is what it shows of each entry (`entry`), its letters and its counts."""
        letters = site.by_letter(entries, name) if len(entries) > SPLIT_ABOVE else {}
        bar = [(letter, site.letter_page(folder, letter)) for letter in letters]
        # The places index maps every place, so it depends on every entry.
        mapped = signature_of(tuple(map(entry, entries))) if context.get("kind") == "place" else ""
        common = (template, len(entries), tuple(bar), len(briefing.extractions), mapped)
        shown = top if letters else entries
        fill(f"{folder}/index.md", template, (common, None, tuple(map(entry, shown))),
             shown=shown, total=len(entries), letters=bar, letter=None, **context)
        for letter, page in bar:
            fill(page, template, (common, letter, tuple(map(entry, letters[letter]))),
                 shown=letters[letter], total=len(entries), letters=bar, letter=letter, **context)

    index("articles", "articles.md.j2", list(briefing.extractions), lambda e: e.article.title, [],
          lambda e: articles[e.article.path])
    for extraction in briefing.extractions:
        fill(site.article_page(extraction.article), "article.md.j2", articles[extraction.article.path],
             extraction=extraction)
    for kind, folder in FOLDERS.items():
        ranked = site.ranked(kind)
        index(folder, "entities.md.j2", ranked, lambda e: e.name, ranked[:TOP_ON_SPLIT_INDEX], lambda e: listed[e.id],
              kind=kind, title=TITLES[kind], entities=ranked)
        for entity in ranked:
            mentioned_in = dict.fromkeys(articles[e.article.path] for e, _ in site.mentions[entity.id])
            fill(site.entity_page(entity), "entity.md.j2", summary_signature(entity.id, mentioned_in), entity=entity)
    fill("figures/index.md", "figures.md.j2", (tuple(site.measures), tuple(site.measure_slugs.items())),
         measures=site.measures)
    # The timeline shows each article's title, outlet and date, and the earlier events.
    fill("timeline.md", "timeline.md.j2",
         (tuple((e.article.slug, e.article.title, e.article.source, e.article.date) for e in briefing.extractions),
          tuple((f, a.slug, a.source) for f, a in site.earlier_events())))
    for measure in site.measure_names:
        summary, set_apart = site.summaries.get(measure), site.set_apart.get(measure, [])
        # A measure page shows what its articles report: their signatures fix it.
        reporting = [articles[site.by_slug[r.slug].article.path] for r in summary.reports] if summary else []
        fill(site.measure_page(measure), "measure.md.j2",
             summary_signature(measure, [*reporting, "\1", *(articles[a.path] for _, a in set_apart)]),
             measure=measure, summary=summary, set_apart=set_apart)
    if stored:
        stored.save(briefing.entities)
    return pages


__all__ = ["render", "Site", "MeasureSummary", "template_dirs"]
