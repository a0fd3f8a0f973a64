"""Build a briefing site in-process, as `mkdocs build` does, from any folder of articles."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parents[1]


def build_site(articles: Path, project: Path, *, strict: bool = True, cache: Path | None = None) -> Path:
    """The site of `articles`, built with the project's mkdocs.yml into `project`/site.

    Raises `mkdocs.exceptions.Abort` when a strict build meets a warning or an error.
    """
    project.mkdir(parents=True, exist_ok=True)
    if not (project / "docs_src").exists():
        shutil.copytree(ROOT / "docs_src", project / "docs_src")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    options = {"articles": str(articles), "workers": 1}
    if cache is not None:
        options["cache"] = str(cache)
    config["plugins"] = ["search", {"briefing": options}]
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    build(load_config(str(project / "mkdocs.yml"), strict=strict, site_dir=str(project / "site")))
    return project / "site"


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
        """Elements that could run script or load from elsewhere: the page's own (theme) parts excluded."""
        return [
            (tag, attributes) for tag, attributes in self.found
            if tag in ("script", "iframe", "object", "embed", "style", "form", "base", "meta", "link")
            or any(name.startswith("on") for name in attributes)
            or any(name in ("href", "src") and "script:" in value.lower().replace(" ", "") for name, value in attributes.items())
        ]


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
