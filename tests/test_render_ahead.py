"""Pages rendered in another process while MkDocs converts them: the same pages, byte for byte,
as the build's own process renders; kept in the cache as it keeps them; and rendered in the
build's own process when the other fails."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from briefing.pipeline import build_briefing, render_pages, render_pages_ahead
from briefing.speed import ahead
from conftest import seeds_and_bbc_sample


@pytest.fixture(scope="module")
def briefing(tmp_path_factory: pytest.TempPathFactory):
    return build_briefing([seeds_and_bbc_sample(tmp_path_factory.mktemp("ahead") / "articles")], workers=1)


def read_all(pages: ahead.PagesAhead) -> dict[str, str]:
    """Every page, read in the order MkDocs reads them (sorted), not the order they are rendered."""
    try:
        return {path: pages[path] for path in sorted(pages.paths)}
    finally:
        pages.close()


def test_pages_rendered_ahead_are_the_pages_rendered_here(briefing) -> None:
    here = render_pages(briefing)
    pages = render_pages_ahead(briefing)
    assert read_all(pages) == here
    assert pages.failed is None and pages.seconds > 0
    assert list(render_pages_ahead(briefing).paths) == list(here)  # listed as rendered


def test_pages_rendered_ahead_are_kept_in_the_cache(briefing, tmp_path: Path, monkeypatch) -> None:
    pages = read_all(render_pages_ahead(briefing, cache=tmp_path))
    rendered: list[str] = []
    template_render = jinja2.Template.render

    def count(self: jinja2.Template, *args: object, **kwargs: object) -> str:
        rendered.append(self.name)
        return template_render(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "render", count)
    assert render_pages(briefing, cache=tmp_path) == pages
    assert rendered == []


def test_when_the_other_process_fails_the_pages_are_rendered_here(briefing, monkeypatch) -> None:
    def fail(*args: object) -> None:
        raise OSError("no room left")

    monkeypatch.setattr(ahead._Sending, "rendered", fail)  # the other process only renders
    pages = render_pages_ahead(briefing)
    assert read_all(pages) == render_pages(briefing)
    assert "OSError: no room left" in pages.failed
