"""The plain data that flows through the pipeline: load → extract → stories → resolve → render."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal

from .characters import printable

Kind = Literal["person", "place", "organization"]
"""What a named entity is."""

KINDS: tuple[Kind, ...] = ("person", "place", "organization")

Severity = Literal["error", "warning", "info"]
"""How much a problem matters: see `Problem.severity`."""


@dataclass(frozen=True)
class Problem:
    """Something wrong with an input file, reported as `file:line: reason`."""

    path: str
    """The file, as the user named it."""
    line: int
    """1-based line in the file (1 when the problem is the whole file)."""
    reason: str
    """What is wrong, in words a reporter understands."""
    severity: Severity = "warning"
    """Errors fail `briefing check`; errors and warnings fail `mkdocs build --strict`; "info" is
    input that was handled in full (a duplicate left out, a byte decoded) and is only reported."""

    def __str__(self) -> str:
        # A file name or a quoted value holding a newline or an escape sequence must not be able to
        # print a line of its own ("x.txt:1: error: …") or colour the terminal.
        return f"{printable(self.path)}:{self.line}: {self.severity}: {printable(self.reason)}"


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of an article, the unit that backlinks point to."""

    index: int
    """0-based position in the article; its anchor is `p-{index + 1}`."""
    text: str
    """The paragraph as written (Markdown source for Markdown articles)."""
    line: int
    """1-based line of the source file where the paragraph starts."""
    boilerplate: str | None = None
    """What a crawler kept of the page around the report, when the paragraph is that ("a copyright
    line", "a byline": `load.boilerplate`): shown on the article's page, read for nothing else.
    None for the article's own text."""

    @property
    def anchor(self) -> str:
        """The stable HTML id of the paragraph on its article page."""
        return f"p-{self.index + 1}"

    @property
    def prose(self) -> bool:
        """Whether the paragraph is the article's own text, which steps read."""
        return self.boilerplate is None


@dataclass(frozen=True)
class Article:
    """One input file, decoded and split into paragraphs."""

    path: str
    """The file, as found under the articles folder (POSIX separators)."""
    slug: str
    """The article page's name under `articles/`."""
    title: str
    """Given by front matter or a title line, or derived from the lead sentence."""
    source: str | None
    """The outlet; None when the text does not say."""
    date: datetime.date | None
    """Publication date, when known."""
    authors: tuple[str, ...]
    """Bylines, in the order given."""
    url: str | None
    """Where the article was published, when known."""
    markup: Literal["text", "markdown"]
    """Plain text is shown literally; Markdown is rendered (and sanitized)."""
    paragraphs: tuple[Paragraph, ...]
    """The body, without front matter or header lines."""
    digest: str
    """Hash of the file's bytes: the cache key, and how duplicates are found."""
    dateline: str | None = None
    """The place a dateline names (`Kyiv, Ukraine (CNN) —`), if any."""
    title_derived: bool = False
    """True when the title was made from the lead sentence."""
    story: str | None = None
    """The story an editor pinned the article to in front matter (`story:`, a title or a slug)."""
    language: str | None = None
    """The language the article says it is in (a news-please record's, a web page's `lang`), a code
    such as "en" or "de-AT"; None when it does not say."""

    @property
    def english(self) -> bool:
        """Whether the article is in English, or does not say: extraction reads English only."""
        return self.language is None or self.language.split("-")[0].split("_")[0] == "en"

    @property
    def lead(self) -> Paragraph | None:
        """The first paragraph of the article's own text (boilerplate before it left out), if any."""
        return next((paragraph for paragraph in self.paragraphs if paragraph.prose), None)


@dataclass(frozen=True)
class Mention:
    """A name in a paragraph: one person, place or organization, as written."""

    kind: Kind
    text: str
    """The name as written, without a leading title ("Zelenskyy")."""
    paragraph: int
    """0-based paragraph index."""
    start: int
    """Character offset of `text` in the paragraph."""
    end: int
    """Character offset just past `text`."""
    key: str
    """The fullest name this mention refers to within its article ("Volodymyr Zelenskyy")."""
    role: str | None = None
    """A title or role seen with the name ("Interior Minister")."""
    place_id: str | None = None
    """Gazetteer id for places that were found in the gazetteer."""
    entity: str | None = None
    """The entity id, set by resolution."""


@dataclass(frozen=True)
class Figure:
    """A reported number: what was counted, how many, and how sure."""

    value: float
    """The number as reported (the lower bound for ranges)."""
    low: float | None
    """The smallest the count can be, given the qualifier."""
    high: float | None
    """The largest the count can be, given the qualifier (None: no upper bound)."""
    qualifier: str | None
    """"at least", "over", "up to", "about"…, as written."""
    measure: str
    """What is counted, normalized ("killed", "injured", "missiles")."""
    text: str
    """The phrase the figure was read from."""
    paragraph: int | None
    """The paragraph it was read from; None for a figure of the article's title."""
    start: int
    end: int
    noun: str | None = None
    """The counted noun as written ("people", "ballistic missiles")."""
    attribution: str | None = None
    """Who gave the number, when the sentence says ("Ukraine's emergency services")."""
    event: str | None = None
    """Another event the figure is about ("July 2024"); None for the story's own event."""
    part_of: int | None = None
    """Index (in the article's figures) of the count this one is part of ("including six children")."""
    rate: str | None = None
    """A period the count is per ("a week"), which makes it a rate, not a total."""


@dataclass(frozen=True)
class Quote:
    """Direct speech attributed to a person."""

    text: str
    speaker: str
    """The mention key of the speaker within the article."""
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Extraction:
    """Everything found in one article; computed independently of all others."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    headline: tuple[Figure, ...] = ()
    """The figures of the article's own title ("3 dead, 2 hurt in …"): their `paragraph` is None."""


@dataclass(frozen=True)
class Entity:
    """One real person, place or organization, across all articles."""

    id: str
    """Stable, URL-safe id: the same in every article and every build."""
    kind: Kind
    name: str
    """The canonical name."""
    aliases: tuple[str, ...] = ()
    """Every other way it was written."""
    roles: tuple[str, ...] = ()
    """Titles and roles seen with it, most frequent first."""
    description: str | None = None
    """An editor's one-line description."""
    coordinates: tuple[float, float] | None = None
    """(latitude, longitude) for places the gazetteer knows."""


@dataclass(frozen=True)
class Story:
    """One real-world event or developing situation, as several articles report it."""

    id: str
    """Stable, URL-safe id, the slug of its page under `stories/`."""
    title: str
    """From its own articles' headlines, or an editor's."""
    articles: tuple[str, ...]
    """The paths of its articles, in the briefing's order."""
    first: datetime.date | None
    """The earliest publication date of its articles, when any is known."""
    last: datetime.date | None
    """The latest publication date of its articles, when any is known."""
    sources: tuple[str, ...] = ()
    """The outlets that published its articles, by name."""
    related: tuple[str, ...] = ()
    """The ids of the stories it follows or that follow it (a rule and its reversal, an incident and
    its trial), kept apart from it."""


@dataclass(frozen=True)
class Briefing:
    """The resolved corpus: what rendering needs, and nothing else."""

    extractions: tuple[Extraction, ...]
    """Articles in a stable order, with mentions carrying entity ids."""
    entities: dict[str, Entity] = field(default_factory=dict)
    """Entities by id."""
    problems: tuple[Problem, ...] = ()
    """What went wrong on the way, for the reader of the build log."""
    stories: dict[str, Story] = field(default_factory=dict)
    """Stories by id, the latest first."""
    story_of: dict[str, str] = field(default_factory=dict)
    """The story id of each article, by the article's path."""
