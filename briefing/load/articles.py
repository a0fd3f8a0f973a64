"""Articles: each file's decoded text read into an Article, and every article under the paths given."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from pathlib import Path

from ..characters import quoted
from ..datelines import read_dateline
from ..model import Article, Paragraph, Problem
from .boilerplate import TITLE_LIKE, boilerplate
from .decode import decode
from .files import SUFFIXES, Source, article_format, find_sources
from .front_matter import read_front_matter
from .limits import LIMITS, MOST_AUTHORS, within
from .news_please import read_news_please
from .plain_text import lead_title, read_header, title_line
from .web_page import read_web_page

NOT_ENGLISH = "in language {}: briefing reads English, so its page is kept without people, places or figures"

READERS = {"markdown": read_front_matter, "news-please": read_news_please, "web page": read_web_page}
"""How each format's metadata and body are read (see `files.FORMATS`); plain text has a reader of
its own, `plain_text.read_header`, for the header line its body may open with."""

# News paragraphs are rarely over 3,000 characters (BBC: 3,191); one far longer is most likely a
# whole article whose blank lines were lost. It is read all the same (benchmarks/large_input.py).
LONG_PARAGRAPH = 50_000


def split_paragraphs(body: str, first_line: int, joiner: str = " ") -> list[tuple[str, int]]:
    """Paragraphs with their line numbers.

    Text with blank lines is split on them (and hard-wrapped lines are joined with `joiner`:
    Markdown keeps its line breaks, which lists and tables need); text without any is one
    paragraph per line, as feeds and copy-pastes often are.
    """
    lines = body.split("\n")
    blank_separated = (
        any(not line.strip() for line in lines[:-1]) and sum(1 for line in lines if line.strip()) > 1
    )
    paragraphs: list[tuple[str, int]] = []
    block: list[str] = []
    start = first_line
    for number, line in enumerate(lines, start=first_line):
        if not line.strip():
            if block:
                paragraphs.append((joiner.join(block), start))
                block = []
            continue
        if not blank_separated:
            paragraphs.append((line.strip(), number))
            continue
        if not block:
            start = number
        block.append(line.strip())
    if block:
        paragraphs.append((joiner.join(block), start))
    return paragraphs


def read_article(source: Source, text: str, digest: str) -> tuple[Article | None, list[Problem]]:
    """Read one decoded article: its metadata (front matter, a news-please record, a web page's, or
    a header line), title, dateline, paragraphs."""
    kind = article_format(source.file)
    markdown = kind == "markdown"
    meta, body, body_line, problems = {}, text, 1, []
    if kind in READERS:
        meta, body, body_line, problems = READERS[kind](text, source.name)
        if any(p.severity == "error" for p in problems):
            skipped = Problem(source.name, 1, "article skipped because of the front matter error", "error")
            return None, [*problems, skipped]
        if body is None:  # not an article of its format: the reader said why
            return None, problems
    date, authors, outlet = meta.get("date"), meta.get("authors", ()), meta.get("source")

    paragraphs = split_paragraphs(body, body_line, "\n" if markdown else " ")
    if paragraphs and kind == "text":
        paragraphs, header = read_header(paragraphs, source.name, problems)
        if header is not None:
            date, authors, outlet = date or header.date, authors or header.authors, outlet or header.outlet
    title = meta.get("title")
    if not paragraphs:
        if title is None:
            return None, [*problems, Problem(source.name, 1, "no text after the header; skipped")]
        # A headline is news: the article is kept with its title, and its page says it has no text.
        problems.append(Problem(source.name, 1, "no text after the header; kept with its title only", "info"))
    # A record's or a page's text holds no title line; nor does a crawled line of boilerplate.
    title_may_open = kind in ("text", "markdown") and bool(paragraphs)
    title_may_open = title_may_open and boilerplate(paragraphs[0][0]) in (None, *TITLE_LIKE)
    if title is None and title_may_open:
        title, paragraphs = title_line(paragraphs, markdown)
    kinds = [boilerplate(text) for text, _ in paragraphs]
    lead, dateline, dateline_outlet = _lead_and_dateline([text for text, _ in paragraphs], kinds)
    outlet = outlet or dateline_outlet or meta.get("site")
    title_derived = title is None
    if title is None:
        title = lead_title(lead)

    problems += [
        Problem(
            source.name,
            line,
            f"paragraph of {len(text):,} characters (is a blank line missing between paragraphs?)",
            "info",
        )
        for text, line in paragraphs
        if len(text) > LONG_PARAGRAPH
    ]
    article = Article(
        path=source.name,
        slug=source.slug,
        title=title.strip(),
        source=outlet.strip() if outlet else None,
        date=date,
        authors=tuple(authors),
        url=meta.get("url"),
        markup="markdown" if markdown else "text",
        paragraphs=tuple(Paragraph(i, p, line, kinds[i]) for i, (p, line) in enumerate(paragraphs)),
        digest=digest,
        dateline=dateline,
        title_derived=title_derived,
        story=meta.get("story"),
        language=meta.get("language"),
    )
    if not article.english:
        problems.append(Problem(source.name, 1, NOT_ENGLISH.format(quoted(article.language)), "info"))
    return article, problems


def _lead_and_dateline(texts: list[str], kinds: list[str | None]) -> tuple[str, str | None, str | None]:
    """The lead, the first paragraph of the article's own text without its dateline, and the place
    and outlet of the dateline: the lead's own, or one on a line of its own before it ("HOUSTON (AP) -")."""
    if not texts:  # an article of a title only
        return "", None, None
    first = next((i for i, kind in enumerate(kinds) if kind is None), 0)
    lead, dateline, outlet = read_dateline(texts[first])
    for text in texts[:first] if dateline is None else ():
        _, dateline, outlet = read_dateline(text)
        if dateline is not None:
            break
    return lead, dateline, outlet


def bounded(article: Article) -> tuple[Article, list[Problem]]:
    """`article` with its title, outlet, authors, url and story within `limits.LIMITS`, and a
    note for each value cut: whatever read the file, no value can be copied into megabytes."""
    notes: list[str] = []
    authors = article.authors
    if len(authors) > MOST_AUTHORS:
        notes.append(f"{len(authors):,} authors; the first {MOST_AUTHORS} kept")
        authors = authors[:MOST_AUTHORS]
    url = article.url
    if url is not None and len(url) > LIMITS["url"]:
        notes.append(f"url of {len(url):,} characters (over {LIMITS['url']:,}); ignored")
        url = None
    article = dataclasses.replace(
        article,
        title=within("title", article.title, notes),
        source=article.source and within("source", article.source, notes),
        authors=tuple(within("author", author, notes) for author in authors),
        url=url,
        story=article.story and within("story", article.story, notes),
    )
    return article, [Problem(article.path, 1, note, "info") for note in notes]


def duplicate_key(text: str) -> str:
    """What two copies of an article share: the text, whatever its spaces and line endings."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def load_articles(paths: Iterable[str | Path]) -> tuple[list[Article], list[Problem]]:
    """Every usable article under `paths`, and every problem met, in a stable order.

    A file whose text repeats an earlier one's (byte for byte, or but for white space and
    line endings) is left out with a note naming both: one page, not two.
    """
    paths = list(paths)
    articles: list[Article] = []
    sources, problems = find_sources(paths)
    problems += [
        Problem(Path(given).as_posix(), 1, f"no {', '.join(SUFFIXES)} files in this folder")
        for given in paths
        if Path(given).is_dir()
        and not any(s.file.as_posix().startswith(Path(given).as_posix() + "/") for s in sources)
    ]
    originals: dict[str, tuple[str, str]] = {}  # duplicate key → (file name, byte digest)
    for source in sources:
        try:
            data = source.file.read_bytes()
        except OSError as error:
            problems.append(Problem(source.name, 1, f"cannot be read: {error.strerror}", "error"))
            continue
        text, found = decode(data, source.name)
        digest = hashlib.sha256(data).hexdigest()
        if text is None:
            problems += found
            continue
        key = duplicate_key(text)
        if key in originals:
            original, original_digest = originals[key]
            how = "duplicate" if digest == original_digest else "duplicate (but for white space)"
            problems.append(Problem(source.name, 1, f"{how} of {original}; left out", "info"))
            continue
        originals[key] = (source.name, digest)
        article, more = read_article(source, text, digest)
        problems += found + more
        if article is not None:
            article, cut = bounded(article)
            articles.append(article)
            problems += cut
    return articles, problems
