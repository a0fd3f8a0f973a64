"""Articles: each file's decoded text read into an Article, and every article under the paths given."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from ..datelines import read_dateline
from ..model import Article, Paragraph, Problem
from .decode import decode
from .files import SUFFIXES, Source, find_sources
from .front_matter import read_front_matter
from .plain_text import lead_title, read_header, title_line

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
    """Read one decoded article: front matter or header line, title, dateline, paragraphs."""
    markdown = source.file.suffix.lower() in (".md", ".markdown")
    meta, body, body_line, problems = {}, text, 1, []
    if markdown:
        meta, body, body_line, problems = read_front_matter(text, source.name)
        if any(p.severity == "error" for p in problems):
            skipped = Problem(source.name, 1, "article skipped because of the front matter error", "error")
            return None, [*problems, skipped]
    date, authors, outlet = meta.get("date"), meta.get("authors", ()), meta.get("source")

    paragraphs = split_paragraphs(body, body_line, "\n" if markdown else " ")
    if paragraphs and not markdown:
        paragraphs, header = read_header(paragraphs, source.name, problems)
        if header is not None:
            date, authors, outlet = date or header.date, authors or header.authors, outlet or header.outlet
    title = meta.get("title")
    if not paragraphs:
        if title is None:
            return None, [*problems, Problem(source.name, 1, "no text after the header; skipped")]
        # A headline is news: the article is kept with its title, and its page says it has no text.
        problems.append(Problem(source.name, 1, "no text after the header; kept with its title only", "info"))
    if title is None:
        title, paragraphs = title_line(paragraphs, markdown)
    lead, dateline, dateline_outlet = read_dateline(paragraphs[0][0] if paragraphs else "")
    outlet = outlet or dateline_outlet
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
        paragraphs=tuple(Paragraph(i, p, line) for i, (p, line) in enumerate(paragraphs)),
        digest=digest,
        dateline=dateline,
        title_derived=title_derived,
        story=meta.get("story"),
    )
    return article, problems


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
            articles.append(article)
    return articles, problems
