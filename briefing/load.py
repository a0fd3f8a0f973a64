"""Load: find article files, decode them and read what each says about itself."""

from __future__ import annotations

import datetime
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import yaml

from .model import Article, Paragraph, Problem
from .slugs import slugify

SUFFIXES = (".txt", ".md", ".markdown")
FRONT_MATTER_KEYS = {"title", "source", "date", "authors", "url"}

# "date 2025-04-24 By Rob Picheta, Svitlana Vlasova, and Victoria Butenko, CNN"
_HEADER = re.compile(
    r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+by\s+(?P<byline>.+?)\s*$", re.IGNORECASE
)
# "Kyiv, Ukraine (CNN) —" at the start of the lead paragraph.
_DATELINE = re.compile(r"^(?P<place>[A-Z][^()\n]{0,60}?)\s*\((?P<source>[A-Z][\w .&'-]{0,40})\)\s*[—–-]+\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%Y/%m/%d")


@dataclass(frozen=True)
class Source:
    """An article file as found: where it is and what to call it."""

    file: Path
    """The path to read."""
    name: str
    """The path to show: relative to the folder given, with POSIX separators."""
    slug: str
    """The article page's name under `articles/`."""


def find_sources(paths: Iterable[str | Path]) -> list[Source]:
    """Every article file under `paths` (files, or folders read recursively), in a stable order."""
    found: dict[str, Source] = {}
    for given in paths:
        given = Path(given)
        if given.is_dir():
            files = sorted(
                f for f in given.rglob("*")
                if f.is_file() and f.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(given).parts)
            )
            for file in files:
                relative = file.relative_to(given).with_suffix("").as_posix()
                name = (given / file.relative_to(given)).as_posix()
                found.setdefault(name, Source(file, name, "/".join(map(slugify, relative.split("/")))))
        else:
            name = given.as_posix()
            found.setdefault(name, Source(given, name, slugify(given.stem)))
    return sorted(found.values(), key=lambda s: s.name)


def decode(data: bytes, name: str) -> tuple[str | None, list[Problem]]:
    """Bytes to text with Unix line endings, or None (with the reason) when it is not text."""
    if b"\x00" in data:
        return None, [Problem(name, 1, "binary file (it contains NUL bytes); skipped")]
    problems = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        # Windows-1252 is what a stray non-UTF-8 byte in news text almost always is (£, ’, é).
        try:
            text = data.decode("cp1252")
            encoding = "Windows-1252"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            encoding = "Latin-1"
        problems.append(Problem(
            name, line, f"not valid UTF-8 (byte 0x{data[error.start]:02x}); decoded as {encoding}"
        ))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None, problems + [Problem(name, 1, "empty article; skipped")]
    return text, problems


def read_front_matter(text: str, name: str) -> tuple[dict, str, int, list[Problem]]:
    """Split YAML front matter from a Markdown body.

    Returns the metadata, the body, the body's first line number and any problems. Malformed
    front matter is an error: the caller skips the article rather than guess.
    """
    if not text.startswith("---\n"):
        return {}, text, 1, []
    end = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], re.MULTILINE)
    if end is None:
        return {}, text, 1, [Problem(name, 1, "front matter is opened with '---' but never closed", "error")]
    raw = text[4:4 + end.start()]
    body_line = raw.count("\n") + 3
    body = text[4 + end.end():].lstrip("\n")
    body_line += len(text[4 + end.end():]) - len(body) - 1
    try:
        meta = yaml.safe_load(raw) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        return {}, body, body_line, [Problem(name, line, f"malformed front matter: {reason}", "error")]
    if not isinstance(meta, dict):
        return {}, body, body_line, [Problem(name, 2, "front matter is not a mapping of keys to values", "error")]
    problems = [
        Problem(name, _key_line(raw, key), f"unknown front matter key {key!r} (known: {', '.join(sorted(FRONT_MATTER_KEYS))})")
        for key in meta if key not in FRONT_MATTER_KEYS
    ]
    return meta, body, body_line, problems


def _key_line(raw: str, key: object) -> int:
    for number, line in enumerate(raw.split("\n"), start=2):
        if line.startswith(f"{key}:"):
            return number
    return 2


def parse_date(value: object) -> datetime.date | None:
    """A date from front matter or a header: a YAML date, or a string in a common format."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def split_paragraphs(body: str, first_line: int) -> list[tuple[str, int]]:
    """Paragraphs with their line numbers.

    Text with blank lines is split on them (and hard-wrapped lines are joined); text without
    any is one paragraph per line, as feeds and copy-pastes often are.
    """
    lines = body.split("\n")
    blank_separated = any(not line.strip() for line in lines[:-1]) and sum(1 for line in lines if line.strip()) > 1
    paragraphs: list[tuple[str, int]] = []
    block: list[str] = []
    start = first_line
    for number, line in enumerate(lines, start=first_line):
        if not line.strip():
            if block:
                paragraphs.append((" ".join(block), start))
                block = []
            continue
        if not blank_separated:
            paragraphs.append((line.strip(), number))
            continue
        if not block:
            start = number
        block.append(line.strip())
    if block:
        paragraphs.append((" ".join(block), start))
    return paragraphs


def read_byline(byline: str) -> tuple[tuple[str, ...], str | None]:
    """Authors and outlet from "A, B, and C, CNN": the last item is the outlet."""
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", byline) if p.strip()]
    if len(parts) < 2:
        return tuple(parts), None
    return tuple(parts[:-1]), parts[-1]


def looks_like_title(text: str) -> bool:
    """A short first line that reads like a headline, not a sentence of the story."""
    words = text.split()
    if not 1 <= len(words) <= 16 or len(text) > 120:
        return False
    if not text.rstrip("\"”’'").endswith((".", "!", "?", ":", ",", ";")):
        return True
    capitalized = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalized >= 0.7 * len(words)


def lead_title(text: str, limit: int = 90) -> str:
    """A readable title from the lead sentence: its first clause, cut at a word boundary."""
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0].strip()
    if len(sentence) <= limit:
        return sentence.rstrip(".")
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return cut + "…"


def parse_article(source: Source, data: bytes) -> tuple[Article | None, list[Problem]]:
    """Read one article file. Returns None (and the reasons) when it can't be used."""
    text, problems = decode(data, source.name)
    if text is None:
        return None, problems
    markdown = source.file.suffix.lower() in (".md", ".markdown")
    meta, body, body_line = {}, text, 1
    if markdown:
        meta, body, body_line, found = read_front_matter(text, source.name)
        problems += found
        if any(p.severity == "error" for p in found):
            return None, problems + [Problem(source.name, 1, "article skipped because of the error above")]

    date = None
    if meta.get("date") is not None:
        date = parse_date(meta["date"])
        if date is None:
            return None, problems + [Problem(
                source.name, _key_line(text[4:], "date"), f"date {meta['date']!r} is not a date (use YYYY-MM-DD)", "error"
            )]
    authors = meta.get("authors") or ()
    authors = (authors,) if isinstance(authors, str) else tuple(str(a) for a in authors)
    outlet = meta.get("source")

    paragraphs = split_paragraphs(body, body_line)
    if paragraphs and not markdown:
        header = _HEADER.match(paragraphs[0][0])
        if header:
            paragraphs = paragraphs[1:]
            date = date or parse_date(header["date"])
            byline_authors, byline_outlet = read_byline(header["byline"])
            authors = authors or byline_authors
            outlet = outlet or byline_outlet
    if not paragraphs:
        return None, problems + [Problem(source.name, 1, "no text after the header; skipped")]

    title = meta.get("title")
    title_derived = False
    if title is None and len(paragraphs) > 1 and looks_like_title(paragraphs[0][0]):
        title = paragraphs[0][0]
        paragraphs = paragraphs[1:]
    dateline = None
    lead = paragraphs[0][0]
    found_dateline = _DATELINE.match(lead)
    if found_dateline:
        dateline = found_dateline["place"].strip().rstrip(",")
        outlet = outlet or found_dateline["source"].strip()
        lead = lead[found_dateline.end():]
    if title is None:
        title, title_derived = lead_title(lead), True

    article = Article(
        path=source.name,
        slug=source.slug,
        title=str(title).strip(),
        source=str(outlet).strip() if outlet else None,
        date=date,
        authors=authors,
        url=str(meta["url"]) if meta.get("url") else None,
        markup="markdown" if markdown else "text",
        paragraphs=tuple(Paragraph(i, p, line) for i, (p, line) in enumerate(paragraphs)),
        digest=hashlib.sha256(data).hexdigest(),
        dateline=dateline,
        title_derived=title_derived,
    )
    return article, problems


def load_articles(paths: Iterable[str | Path]) -> tuple[list[Article], list[Problem]]:
    """Every usable article under `paths`, and every problem met, in a stable order.

    An article whose bytes repeat an earlier one's is left out with a note: one page, not two.
    """
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for source in find_sources(paths):
        try:
            data = source.file.read_bytes()
        except OSError as error:
            problems.append(Problem(source.name, 1, f"cannot be read: {error.strerror}", "error"))
            continue
        article, found = parse_article(source, data)
        problems += found
        if article is None:
            continue
        if article.digest in seen:
            problems.append(Problem(source.name, 1, f"duplicate of {seen[article.digest]}; left out"))
            continue
        seen[article.digest] = source.name
        articles.append(article)
    return articles, problems
