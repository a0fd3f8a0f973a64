"""Pages converted to HTML by the process that renders them ahead: as MkDocs converts them, what
converting them logs reaches the build, and only where no other plugin touches a page first.
(That a whole site built so is byte for byte the site built without is in test_determinism.)"""

from __future__ import annotations

import logging
import multiprocessing
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from briefing.speed.conversion import Claims, Conversion, apply, convert, convertible

ROOT = Path(__file__).resolve().parents[1]
MARKDOWN = "---\ntitle: Kyiv\n---\n# Kyiv strike\n\nSee [the other page](other.md#p-2) and [gone](gone.md).\n"


@pytest.fixture
def site(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: t\ndocs_dir: docs\n", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    files = Files([File.generated(config, path, content=MARKDOWN) for path in ("page.md", "other.md")])
    return config, files


def converted_by_mkdocs(config, files: Files) -> Page:
    page = Page(None, files.get_file_from_path("page.md"), config)
    page.read_source(config)
    page.render(config, files)
    return page


def test_a_page_converted_there_is_the_page_mkdocs_converts_and_logs_the_same(site, caplog) -> None:
    config, files = site
    caplog.set_level(logging.INFO)
    expected = converted_by_mkdocs(config, files)
    logged_by_mkdocs = [(r.name, r.levelno, r.getMessage()) for r in caplog.records]
    assert any("gone.md" in message for _, _, message in logged_by_mkdocs)
    caplog.clear()

    converted = convert("page.md", MARKDOWN, Conversion(config, files, Claims(["page.md"])))
    assert caplog.records == []  # kept, not shown, where it was converted
    page = Page(None, files.get_file_from_path("page.md"), config)
    page.read_source(config)
    apply(converted, page, files)
    assert page.content == expected.content and "<h1" in page.content
    assert page.title == expected.title == "Kyiv"
    assert [item.title for item in page.toc] == [item.title for item in expected.toc]
    assert page.present_anchor_ids == expected.present_anchor_ids
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == logged_by_mkdocs


def test_each_page_is_converted_by_one_process_only() -> None:
    claims = Claims(["a.md", "b.md", "c.md"])
    assert claims.claim("c.md", here=False)
    assert claims.claim("a.md", here=True)
    assert not claims.claim("c.md", here=True) and not claims.claim("a.md", here=False)
    assert claims.claim("about.md", here=True) and not claims.claim("about.md", here=False)  # not generated

    def claim_from_there(path: str, answer) -> None:
        answer.value = claims.claim(path, here=False)

    answer = multiprocessing.get_context("fork").Value("b", 0)
    process = multiprocessing.get_context("fork").Process(target=claim_from_there, args=("b.md", answer))
    process.start()
    process.join()
    assert answer.value == 1 and not claims.claim("b.md", here=True)  # claimed in the other process


def test_pages_are_converted_there_only_when_no_other_plugin_touches_a_page_first(site) -> None:
    config, _ = site
    own = object()
    assert convertible(config, own)  # the search plugin handles none of those events

    def shout(markdown: str, **kwargs: object) -> str:
        return markdown.upper()

    config.plugins.events["page_markdown"].append(shout)
    assert not convertible(config, own)
