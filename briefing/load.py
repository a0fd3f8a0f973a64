"""Load: find article files, decode them and read what each says about itself."""

from __future__ import annotations

import codecs
import datetime
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import yaml

from .model import Article, Paragraph, Problem
from .slugs import path_slug, unique_slugs

SUFFIXES = (".txt", ".md", ".markdown")
FRONT_MATTER_KEYS = {"title", "source", "date", "authors", "url", "story"}
# News paragraphs are rarely over 3,000 characters (BBC: 3,191); one far longer is most likely a
# whole article whose blank lines were lost. It is read all the same (benchmarks/large_input.py).
LONG_PARAGRAPH = 50_000

# "date 2024-03-02 By Jane Doe and John Roe, Reuters"
_HEADER = re.compile(
    r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+by\s+(?P<byline>.+?)\s*$", re.IGNORECASE
)
# "Lagos, Nigeria (Reuters) —" at the start of the lead paragraph.
_DATELINE = re.compile(r"^(?P<place>[A-Z][^()\n]{0,60}?)\s*\((?P<source>[A-Z][\w .&'-]{0,40})\)\s*[—–-]+\s*")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
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
    """Every article file under `paths` (files, or folders read recursively), in a stable order.

    The order is by name, never the file system's. A file named twice (a folder and a file in
    it) is read once. Slugs are unique: names that differ only by case or punctuation
    ("Report.txt", "report.md") get distinct pages, the first by name keeping the plain slug.
    """
    found: dict[object, tuple[Path, str, str]] = {}  # identity → (file, name shown, slug source)
    for given in paths:
        given = Path(given)
        if given.is_dir():
            real = _identity(given)
            for relative in article_files(given):
                file = given / relative
                found.setdefault(f"{real}/{relative}", (file, _shown(file), relative.rpartition(".")[0]))
        else:
            found.setdefault(_identity(given), (given, _shown(given), given.stem))
    ordered = sorted(found.values(), key=lambda entry: (entry[1], entry[0].as_posix()))
    # Keyed by the path as found (unique per file even when two names show alike as U+FFFD).
    slugs = unique_slugs([(file.as_posix(), relative) for file, _, relative in ordered], path_slug)
    return [Source(file, name, slugs[file.as_posix()]) for file, name, _ in ordered]


def article_files(folder: Path) -> list[str]:
    """The article files under `folder`, as POSIX paths relative to it, hidden files and folders left out.

    os.walk rather than Path.rglob: a rebuild lists thousands of files, and pathlib objects for
    each cost more than reading the cached articles back.
    """
    files = []
    for root, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        prefix = Path(os.path.relpath(root, folder)).as_posix() + "/"
        files += [
            (prefix + name).removeprefix("./") for name in names
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUFFIXES
        ]
    return files


def _identity(file: Path) -> str:
    # The same file reached by two names ("a/../b.txt", "b.txt") is one article, not a duplicate.
    try:
        return str(file.resolve())
    except (OSError, RuntimeError):
        return str(file)


def _shown(path: Path) -> str:
    # File names are bytes on POSIX; undecodable ones must still print (as U+FFFD), not crash.
    return path.as_posix().encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def decode(data: bytes, name: str) -> tuple[str | None, list[Problem]]:
    """Bytes to text with Unix line endings, or None (with the reason) when it is not text.

    UTF-8 (with or without a byte order mark) and UTF-16 with one are read as they are. Bytes
    that are not UTF-8 are read as Windows-1252, byte by byte, and reported: a file that is
    mostly UTF-8 with one stray Latin-1 "£" keeps both its "’" and its "£".
    """
    if not data.strip():
        return None, [Problem(name, 1, "empty file; skipped" if not data else "file holds only whitespace; skipped")]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _clean(data.decode("utf-16"), name)
        except UnicodeDecodeError:
            return None, [Problem(name, 1, "starts like UTF-16 text but is not; skipped")]
    if b"\x00" in data:
        return None, [Problem(name, 1, "binary file (it contains NUL bytes); skipped")]
    # Line endings first, in bytes (CR and LF are never part of a UTF-8 or Windows-1252 character),
    # so that the line reported for a bad byte is the line an editor shows.
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").removeprefix(codecs.BOM_UTF8)
    try:
        return _clean(data.decode("utf-8"), name)
    except UnicodeDecodeError as error:
        byte = data[error.start:error.start + 1]
        text, problems = _clean(data.decode("utf-8", _STRAY_BYTES), name)
        line = data.count(b"\n", 0, error.start) + 1
        reason = (f"not valid UTF-8 (first bad byte 0x{byte[0]:02x} is on this line); "
                  f"decoded bad bytes as Windows-1252, so 0x{byte[0]:02x} became {_stray(byte)!r}")
        return text, [Problem(name, line, reason, "info")] + problems


_STRAY_BYTES = "briefing-windows-1252"


def _stray(byte: bytes) -> str:
    # Windows-1252 is what a stray non-UTF-8 byte in news text almost always is (£, ’, é);
    # the five bytes it leaves undefined are read as Latin-1 so that no byte is lost.
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:
        return byte.decode("latin-1")


def _read_stray_bytes(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return "".join(_stray(error.object[i:i + 1]) for i in range(error.start, error.end)), error.end


codecs.register_error(_STRAY_BYTES, _read_stray_bytes)

# Control characters other than tab and newline are invisible in the text and invalid in HTML.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clean(text: str, name: str) -> tuple[str | None, list[Problem]]:
    """Text in one Unicode form, with no control characters; None when nothing is left."""
    problems = []
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    control = _CONTROL.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        problems.append(Problem(name, line, f"control character U+{ord(control[0]):04X} (and any others) removed"))
        text = _CONTROL.sub("", text)
    # One form, so that "Kyїv" typed two ways is one name and one duplicate key.
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        return None, problems + [Problem(name, 1, "file holds only whitespace; skipped")]
    return text, problems


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text, so that "2025-13-45" is reported, not raised."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_front_matter(text: str, name: str) -> tuple[dict, str, int, list[Problem]]:
    """Split YAML front matter from a Markdown body and check it.

    Returns the metadata (title, source, url: str; date: date; authors: tuple of str; each
    only when given), the body, the body's first line number and any problems. Malformed
    front matter, a value of the wrong type and a date that is not one are errors: the caller
    skips the article rather than guess.
    """
    if not re.match(r"---[ \t]*\n", text):
        return {}, text, 1, []
    opening = text.index("\n") + 1
    end = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[opening:], re.MULTILINE)
    if end is None:
        return {}, text, 1, [Problem(name, 1, "front matter is opened with '---' but never closed", "error")]
    raw = text[opening:opening + end.start()]
    rest = text[opening + end.end():]
    body = rest.lstrip("\n")
    body_line = raw.count("\n") + 2 + rest[:len(rest) - len(body)].count("\n")
    try:
        meta = yaml.load(raw, Loader=_FrontMatterLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        return {}, body, body_line, [Problem(name, line, f"malformed front matter: {reason}", "error")]
    if meta is None:
        return {}, body, body_line, []
    if not isinstance(meta, dict):
        return {}, body, body_line, [Problem(name, 2, "front matter is not a list of `key: value` lines", "error")]
    checked, problems = _check_front_matter(meta, raw, name)
    return checked, body, body_line, problems


def _check_front_matter(meta: dict, raw: str, name: str) -> tuple[dict, list[Problem]]:
    """Known keys with values of the right type; a problem, with its line, for each other key."""
    checked: dict = {}
    problems: list[Problem] = []
    for key, value in meta.items():
        line = _key_line(raw, key)
        if key not in FRONT_MATTER_KEYS:
            known = ", ".join(sorted(FRONT_MATTER_KEYS))
            problems.append(Problem(name, line, f"unknown front matter key {key!r} (known: {known}); ignored"))
        elif value is None or value == "" or value == []:
            continue  # "title:" with nothing after it: as if not given
        elif key == "date":
            date = parse_date(value) if isinstance(value, str) else None
            if date is None:
                problems.append(Problem(name, line, f"date {value!r} is not a date (use YYYY-MM-DD)", "error"))
            checked[key] = date
        elif key == "authors":
            authors = [value] if isinstance(value, str) else value
            if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
                problems.append(Problem(
                    name, line, f"authors must be a name or a list of names, not {value!r}", "error"
                ))
                continue
            checked[key] = tuple(a.strip() for a in authors if a.strip())
        elif not isinstance(value, str):
            # "title: 1984" is a number to YAML; the fix is quotes, and the message says so.
            problems.append(Problem(
                name, line, f"{key} must be text, not {type(value).__name__} {value!r} (put it in quotes)", "error"
            ))
        elif key == "url" and not re.match(r"https?://", value.strip(), re.IGNORECASE):
            # Only web links: a "javascript:" or relative url would be a broken or unsafe link.
            problems.append(Problem(name, line, f"url {value!r} is not an http(s) address; ignored"))
        else:
            checked[key] = value.strip()
    return checked, problems


def _key_line(raw: str, key: object) -> int:
    """The file line where `key` is set in front matter `raw` (which starts on line 2)."""
    for number, line in enumerate(raw.split("\n"), start=2):
        if re.match(rf"[\"']?{re.escape(str(key))}[\"']?\s*:", line):
            return number
    return 2


def parse_date(value: object) -> datetime.date | None:
    """A date from front matter or a header: a date, or a string in a common format."""
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
    try:
        # A full timestamp ("2025-04-24T08:30:00Z"): its day is the date.
        return datetime.datetime.fromisoformat(text).date()
    except ValueError:
        return None


def split_paragraphs(body: str, first_line: int, joiner: str = " ") -> list[tuple[str, int]]:
    """Paragraphs with their line numbers.

    Text with blank lines is split on them (and hard-wrapped lines are joined with `joiner`:
    Markdown keeps its line breaks, which lists and tables need); text without any is one
    paragraph per line, as feeds and copy-pastes often are.
    """
    lines = body.split("\n")
    blank_separated = any(not line.strip() for line in lines[:-1]) and sum(1 for line in lines if line.strip()) > 1
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
    article, found = parse_text(source, text, hashlib.sha256(data).hexdigest())
    return article, problems + found


def parse_text(source: Source, text: str, digest: str) -> tuple[Article | None, list[Problem]]:
    """Read one decoded article: front matter or header line, title, dateline, paragraphs."""
    markdown = source.file.suffix.lower() in (".md", ".markdown")
    meta, body, body_line, problems = {}, text, 1, []
    if markdown:
        meta, body, body_line, problems = read_front_matter(text, source.name)
        if any(p.severity == "error" for p in problems):
            return None, problems + [Problem(source.name, 1, "article skipped because of the front matter error", "error")]
    date = meta.get("date")
    authors = meta.get("authors", ())
    outlet = meta.get("source")

    paragraphs = split_paragraphs(body, body_line, "\n" if markdown else " ")
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
    if title is None and len(paragraphs) > 1 and markdown and _MARKDOWN_HEADING.match(paragraphs[0][0]):
        title = _MARKDOWN_HEADING.sub("", paragraphs[0][0])
        paragraphs = paragraphs[1:]
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

    problems += [
        Problem(source.name, line, f"paragraph of {len(text):,} characters (is a blank line missing "
                "between paragraphs?)", "info")
        for text, line in paragraphs if len(text) > LONG_PARAGRAPH
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
    sources = find_sources(paths)
    problems = [
        Problem(Path(given).as_posix(), 1, f"no {', '.join(SUFFIXES)} files in this folder")
        for given in paths if Path(given).is_dir()
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
        article, more = parse_text(source, text, digest)
        problems += found + more
        if article is not None:
            articles.append(article)
    return articles, problems
