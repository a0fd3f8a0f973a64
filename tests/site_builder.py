"""Build a briefing site in-process, as `mkdocs build` does, from any folder of articles."""

from __future__ import annotations

import shutil
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
