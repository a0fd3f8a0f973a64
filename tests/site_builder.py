"""Build a briefing site in-process, as `mkdocs build` does, from any folder of articles."""

from __future__ import annotations

import contextlib
import functools
import http.server
import re
import shutil
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parents[1]
LOCAL = "http://127.0.0.1:"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def build_site(
    articles: Path,
    project: Path,
    *,
    strict: bool = True,
    site: str = "site",
    workers: int = 1,
    entities: Path | None = None,
    features: dict[str, bool] | None = None,
) -> Path:
    """The site of `articles`, built with the project's mkdocs.yml into `project`/`site`.

    The extraction cache is the project's own, kept between builds as `mkdocs serve` keeps it.
    `entities` is an overrides file; `features` turns the theme's features on (True) or off.

    Raises `mkdocs.exceptions.Abort` when a strict build meets a warning or an error.
    """
    project.mkdir(parents=True, exist_ok=True)
    if not (project / "docs_src").exists():
        shutil.copytree(ROOT / "docs_src", project / "docs_src")
    # MkDocs' own loader, which reads the !ENV tags of mkdocs.yml.
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    options = {
        "articles": str(articles),
        "workers": workers,
        **({"entities": str(entities)} if entities else {}),
    }
    config["plugins"] = ["search", {"briefing": options}]
    for feature, on in (features or {}).items():
        config["theme"]["features"] = [f for f in config["theme"]["features"] if f != feature] + (
            [feature] if on else []
        )
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    build(load_config(str(project / "mkdocs.yml"), strict=strict, site_dir=str(project / site)))
    return project / site


class Elements(HTMLParser):
    """Every element inside a page's content area (`article.md-content__inner`), with its attributes."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self._depth = 0  # elements open inside the content area; 0 when outside it
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if self._depth == 0 and tag == "article" and "md-content__inner" in attributes.get("class", ""):
            self._depth = 1
        elif self._depth:
            self.found.append((tag, attributes))
            self._depth += tag not in _VOID

    def handle_endtag(self, tag: str) -> None:
        if self._depth and tag not in _VOID:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.text.append(data)

    def live(self) -> list[tuple[str, dict[str, str]]]:
        """Elements that could run script or load from elsewhere: the page's own (theme) parts excluded.

        A JSON data island (the map's places) is inert; text that broke out of one would parse as
        a separate element here and be caught.
        """
        return [
            (tag, attributes)
            for tag, attributes in self.found
            if (
                (tag, attributes.get("type")) != ("script", "application/json")
                and tag in ("script", "iframe", "object", "embed", "style", "form", "base", "meta", "link")
            )
            or any(name.startswith("on") for name in attributes)
            or any(
                name in ("href", "src") and "script:" in value.lower().replace(" ", "")
                for name, value in attributes.items()
            )
        ]


class PageElements(HTMLParser):
    """Every element of a whole page, theme included, and the text of its scripts."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {name: value or "" for name, value in attrs}))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)

    def live(self) -> list[object]:
        """What the theme never has: event handlers, script URLs, frames, and scripts running the input's
        code."""
        return [
            (tag, attributes)
            for tag, attributes in self.found
            if tag in ("iframe", "object", "embed")
            or any(name.startswith("on") for name in attributes)
            or any(
                name in ("href", "src") and "script:" in value.lower().replace(" ", "")
                for name, value in attributes.items()
            )
        ] + [script for script in self.scripts if "alert(" in script]


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def broken_links(site: Path) -> list[str]:
    """Every link in a page's content area to a page, #anchor or file of the site that does not exist."""
    pages = {page: Elements(page.read_text(encoding="utf-8")) for page in site.resolve().rglob("*.html")}
    ids = {
        page: {attributes["id"] for _, attributes in elements.found if "id" in attributes}
        for page, elements in pages.items()
    }
    broken = []
    for page, elements in pages.items():
        for tag, attributes in elements.found:
            href = attributes.get("href")
            if tag != "a" or href is None or re.match(r"[a-z][a-z0-9+.-]*:|//", href, re.IGNORECASE):
                continue
            path, _, anchor = unquote(href).partition("#")
            target = (page.parent / path).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            if target.suffix != ".html" and target.is_file() and not anchor:
                continue  # a file of the site that is no page: the stories' feed
            if target not in ids or (anchor and anchor not in ids[target]):
                broken.append(f"{page}: {href}")
    return broken


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serving(site: Path) -> Iterator[str]:
    """`site` on a local web server, for a browser to read: its address."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"{LOCAL}{server.server_address[1]}"
    finally:
        server.shutdown()


@contextlib.contextmanager
def chromium_page(**options: Any) -> Iterator[Any]:
    """A page of headless Chromium (Debian's; Playwright's own download is not reachable) that loads
    only what the local server serves. Map tiles come from OpenStreetMap and may fail (no network,
    a blocked host): the points are drawn without them."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        page = browser.new_page(**options)
        page.route(
            "**/*", lambda route: route.continue_() if route.request.url.startswith(LOCAL) else route.abort()
        )
        yield page
        browser.close()
