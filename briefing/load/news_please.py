"""News-please JSON: one crawled article per file, as the news-please crawler (and many a newsroom's
own crawler) keeps them: `title`, `maintext` (or `text`), `date_publish`, `authors`,
`source_domain`, `url`, `description`, `language`.
"""

from __future__ import annotations

import json
import re
import unicodedata

from ..characters import UNWANTED, describe, quoted
from ..model import Problem
from ..web_address import web_address
from .dates import parse_date
from .outlets import outlet_name

TEXT_KEYS = ("maintext", "text", "description")
"""Where the body is, in order: news-please's main text, the older `text`, else the teaser alone."""
KEYS = {
    "title",
    "title_page",
    "title_rss",
    "maintext",
    "text",
    "description",
    "date_publish",
    "date_modify",
    "date_download",
    "authors",
    "source_domain",
    "url",
    "language",
    "image_url",
    "localpath",
    "filename",
}
"""Every key news-please writes: a JSON object with none of them is some other data."""
LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}")


def read_news_please(text: str, name: str) -> tuple[dict, str | None, int, list[Problem]]:
    """The metadata and body of a news-please record, as `read_front_matter` gives a Markdown
    article's: title, source (the outlet's name when its domain is a known one), site (the
    domain), date, authors, url, language. The body is None, with a warning saying why, when the
    file is not one news-please article (broken JSON, a list, an object with other keys, no text).
    """
    try:
        record = json.loads(text)
    except ValueError as error:
        line = getattr(error, "lineno", 1)
        return {}, None, 1, [_skipped(name, f"not valid JSON ({getattr(error, 'msg', error)})", line)]
    if not isinstance(record, dict):
        return {}, None, 1, [_skipped(name, f"JSON holding {_a(record)}, not one news-please article")]
    if not KEYS & record.keys():
        keys = ", ".join(quoted(key) for key in list(record)[:5])
        return {}, None, 1, [_skipped(name, f"JSON object with none of news-please's keys ({keys})")]
    problems: list[Problem] = []
    values = {key: _text(record.get(key), key, name, problems) for key in KEYS - {"authors"}}
    body = next((values[key] for key in TEXT_KEYS if values[key] and values[key].strip()), None)
    if body is None:
        return {}, None, 1, [*problems, _skipped(name, "news-please article without text (maintext, text)")]
    meta = _metadata(record, values, name, problems)
    return meta, body, 1, problems


def _metadata(record: dict, values: dict[str, str | None], name: str, problems: list[Problem]) -> dict:
    """The article's title, outlet, date, authors, url and language, from the record's values."""
    meta: dict[str, object] = {}
    title = values["title"] or values["title_page"] or values["title_rss"]
    if title and title.strip():
        meta["title"] = title.strip()
    domain = (values["source_domain"] or "").strip().lower().removeprefix("www.")
    if domain:
        meta["site"] = domain
        if (outlet := outlet_name(domain)) is not None:
            meta["source"] = outlet
    if values["date_publish"]:
        date = parse_date(values["date_publish"])
        if date is None:
            problems.append(Problem(name, 1, f"date_publish {quoted(values['date_publish'])} is not a date"))
        else:
            meta["date"] = date
    authors = record.get("authors")
    authors = [authors] if isinstance(authors, str) else authors if isinstance(authors, list) else []
    named = [_text(a, "authors", name, problems) for a in authors if isinstance(a, str)]
    meta["authors"] = tuple(a.strip() for a in named if a and a.strip())
    if values["url"]:
        address = web_address(values["url"])
        if address is None:
            reason = f"url {quoted(values['url'])} is not an http(s) address; ignored"
            problems.append(Problem(name, 1, reason))
        else:
            meta["url"] = address
    if values["language"] and values["language"].strip():
        language = language_code(values["language"])
        if language is None:
            problems.append(Problem(name, 1, f"language {quoted(values['language'])} is not a language code"))
        else:
            meta["language"] = language
    return meta


def language_code(text: str) -> str | None:
    """A language code as a record or a page gives it ("en", "de-AT"), lower case; None for anything else."""
    text = text.strip()
    return text.lower().replace("_", "-") if LANGUAGE_CODE.fullmatch(text) else None


def _text(value: object, key: str, name: str, problems: list[Problem]) -> str | None:
    """A string value as a page may show it (no control characters, one Unicode form); None for
    null, and for a value of another type, with a warning."""
    if value is None:
        return None
    if not isinstance(value, str):
        problems.append(Problem(name, 1, f"{key} must be text, not {_a(value)}; ignored"))
        return None
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    unwanted = UNWANTED.search(value)
    if unwanted:
        problems.append(Problem(name, 1, f"{key}: {describe(unwanted[0])} (and any others) removed"))
        value = UNWANTED.sub("", value)
    return unicodedata.normalize("NFC", value)


def _skipped(name: str, reason: str, line: int = 1) -> Problem:
    return Problem(name, line, f"{reason}; skipped", "warning")


def _a(value: object) -> str:
    """What a JSON value is, for a message: "a list", "a number"."""
    kinds = {list: "a list", dict: "an object", str: "a string", bool: "true or false", type(None): "null"}
    return kinds.get(type(value), "a number")
