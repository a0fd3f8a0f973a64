"""Rebuilds with a cache folder: after any edit, the pages are those a fresh build renders,
byte for byte, and an edit that names no one new neither resolves again nor renders every page."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import jinja2
import pytest

from briefing import resolve
from briefing.pipeline import build_briefing, render_pages
from conftest import BBC, seeds_and_bbc_sample


def pages(articles: Path, cache: Path | None, entities: Path | None = None) -> dict[str, str]:
    """Every page of `articles`, built as the plugin builds them."""
    return render_pages(build_briefing([articles], entities=entities, workers=1, cache=cache), cache=cache)


def append(text: str) -> Callable[[Path], None]:
    def edit(articles: Path) -> None:
        file = sorted(articles.rglob("*.txt"))[0]
        file.write_text(file.read_text(encoding="utf-8") + f"\n{text}\n", encoding="utf-8")

    return edit


def remove_and_rename(articles: Path) -> None:
    first, second = sorted(articles.rglob("*.txt"))[:2]
    first.unlink()
    second.rename(second.with_name("renamed-article.txt"))


def remove_a_name(articles: Path) -> None:
    file = next(f for f in sorted(articles.rglob("*.txt")) if "Kyiv" in f.read_text(encoding="utf-8"))
    file.write_text(file.read_text(encoding="utf-8").replace("Kyiv", "the capital"), encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The seeds and a few BBC articles, in a folder the test may edit."""
    return seeds_and_bbc_sample(tmp_path / "articles")


@pytest.mark.parametrize(
    "edit",
    [
        append("A later sentence was added."),
        append("Angela Merkel visited Paris and met Emmanuel Macron on Monday."),
        remove_and_rename,
        remove_a_name,
        append("At least 40 people were killed and 12 drones were shot down, officials said."),
    ],
    ids=["sentence", "new-names", "remove-and-rename", "name-gone", "new-figures"],
)
def test_rebuild_after_an_edit_renders_what_a_fresh_build_renders(corpus: Path, tmp_path: Path, edit) -> None:
    pages(corpus, tmp_path / "cache")
    edit(corpus)
    assert pages(corpus, tmp_path / "cache") == pages(corpus, None)


def test_rebuild_after_an_overrides_edit_renders_what_a_fresh_build_renders(
    corpus: Path, tmp_path: Path
) -> None:
    overrides = tmp_path / "entities.yml"
    overrides.write_text("- name: Kyiv\n  description: The capital.\n", encoding="utf-8")
    pages(corpus, tmp_path / "cache", overrides)
    overrides.write_text(
        "- name: Kyiv City\n  aliases: [Kyiv]\n  description: Capital of Ukraine.\n", encoding="utf-8"
    )
    rebuilt = pages(corpus, tmp_path / "cache", overrides)
    assert rebuilt == pages(corpus, None, overrides)
    assert "Capital of Ukraine" in "".join(rebuilt.values())


def test_rebuild_after_a_story_edit_renders_what_a_fresh_build_renders(corpus: Path, tmp_path: Path) -> None:
    overrides = tmp_path / "entities.yml"
    overrides.write_text("- name: Kyiv\n", encoding="utf-8")
    pages(corpus, tmp_path / "cache", overrides)
    # The same names, other stories: resolution and every page that shows a story must follow.
    overrides.write_text(
        "- name: Kyiv\n- move: 000_b1c98fba87abfd1e.txt\n- story: 000_b1c98fba87abfd1e.txt\n"
        "  title: The strike, as first reported\n",
        encoding="utf-8",
    )
    rebuilt = pages(corpus, tmp_path / "cache", overrides)
    assert rebuilt == pages(corpus, None, overrides)
    assert "stories/the-strike-as-first-reported.md" in rebuilt


def test_a_sentence_with_no_new_name_neither_resolves_again_nor_renders_every_page(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = pages(corpus, tmp_path / "cache")
    edited = sorted(corpus.rglob("*.txt"))[0].as_posix()  # the article `append` edits
    named = {
        m.entity
        for e in build_briefing([corpus], workers=1).extractions
        if e.article.path == edited
        for m in e.mentions
        if m.entity
    }
    append("A later sentence was added.")(corpus)

    def resolve_again(*args: object, **kwargs: object) -> None:
        raise AssertionError("resolved again")

    rendered: list[str] = []
    template_render = jinja2.Template.render

    def count(self: jinja2.Template, *args: object, **kwargs: object) -> str:
        rendered.append(self.name)
        return template_render(self, *args, **kwargs)

    monkeypatch.setattr(resolve, "find_entities", resolve_again)
    monkeypatch.setattr(jinja2.Template, "render", count)
    pages(corpus, tmp_path / "cache")
    # Only the edited article's page and the pages of what it names are rendered; the others are read back.
    assert rendered.count("article.md.j2") == 1
    assert 0 < rendered.count("entity.md.j2") <= len(named)
    assert len(rendered) < len(built)


def test_rebuild_with_nothing_changed_renders_no_page(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = pages(corpus, tmp_path / "cache")
    rendered: list[str] = []
    template_render = jinja2.Template.render

    def count(self: jinja2.Template, *args: object, **kwargs: object) -> str:
        rendered.append(self.name)
        return template_render(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "render", count)
    assert pages(corpus, tmp_path / "cache") == built
    assert (
        rendered == []
    )  # the home page too: it is read back when its articles and listed entities are the same


@pytest.mark.shared("corpora/bbc")
@pytest.mark.parametrize(
    "edit",
    [append("Angela Merkel visited Paris on Monday."), remove_and_rename],
    ids=["new-names", "remove-and-rename"],
)
def test_rebuild_of_300_bbc_articles_renders_what_a_fresh_build_renders(tmp_path: Path, edit) -> None:
    articles = tmp_path / "bbc"
    for file in sorted(BBC.rglob("*.txt"))[:300]:
        target = articles / file.relative_to(BBC)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(file, target)
    pages(articles, tmp_path / "cache")
    edit(articles)
    assert pages(articles, tmp_path / "cache") == pages(articles, None)


def test_cache_keeps_only_the_pages_of_the_latest_addressing(corpus: Path, tmp_path: Path) -> None:
    briefing = build_briefing([corpus], workers=1, cache=tmp_path / "cache")
    urls = render_pages(briefing, cache=tmp_path / "cache", directory_urls=True)
    files = render_pages(briefing, cache=tmp_path / "cache", directory_urls=False)
    assert urls != files  # the addressing is in the pages, so each has its own stored pages...
    assert len(list((tmp_path / "cache" / "pages").iterdir())) == 1  # ...and the other is dropped
    assert render_pages(briefing, cache=tmp_path / "cache", directory_urls=True) == urls
