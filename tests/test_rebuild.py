"""Rebuilds with a cache folder: after any edit, the pages are those a fresh build renders,
byte for byte, and an edit that names no one new neither resolves again nor renders every page."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import jinja2
import pytest

from briefing import resolve, stories
from briefing.pipeline import build_briefing, render_pages
from conftest import BBC, seeds_and_bbc_sample

FIRM = (
    "US firm pulls out of Iraq\n\n"
    "A US company has pulled out of a major contract to rebuild Iraq's transport system after attacks on "
    "reconstruction efforts, Pentagon officials have said.\n\n"
    "Contrack International, of Arlington, Virginia, heads a coalition of firms working on a series of "
    "schemes.\n"
)
"""The start of a BBC article (business/334), another event than the seeds': its story takes
Arlington for the one in Virginia, where extraction alone takes the largest."""


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


def stories_of(articles: Path, cache: Path | None) -> tuple[dict, dict]:
    """The stories of `articles` and the story of each article, built as the plugin builds them."""
    briefing = build_briefing([articles], workers=1, cache=cache)
    return briefing.stories, briefing.story_of


def rewrite_as_another_story(articles: Path) -> None:
    sorted(articles.rglob("*.txt"))[1].write_text(FIRM, encoding="utf-8")


def rename_a_place_in_the_lead(articles: Path) -> None:
    file = sorted(articles.rglob("*.txt"))[0]
    text = file.read_text(encoding="utf-8")
    assert "including Kharkiv" in text.split("\n")[1]  # the second paragraph: in the lead
    file.write_text(text.replace("including Kharkiv", "including Odesa"), encoding="utf-8")


@pytest.mark.parametrize(
    "edit", [rewrite_as_another_story, rename_a_place_in_the_lead], ids=["another-story", "lead-name"]
)
def test_an_edit_to_an_articles_lead_groups_again_as_a_fresh_build_does(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit
) -> None:
    before = stories_of(corpus, tmp_path / "cache")
    edit(corpus)
    grouped: list[int] = []
    find_stories = stories.find_stories

    def group_again(*args: object) -> stories.Stories:
        grouped.append(len(args[0]))
        return find_stories(*args)

    monkeypatch.setattr(stories, "find_stories", group_again)
    rebuilt = stories_of(corpus, tmp_path / "cache")
    assert grouped == [len(before[1])]
    assert rebuilt == stories_of(corpus, None)
    if edit is rewrite_as_another_story:  # the stories read back would be wrong
        assert rebuilt[1] != before[1]


def test_a_sentence_past_the_lead_with_no_name_reads_the_stories_back(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stories_of(corpus, tmp_path / "cache")
    append("A later sentence was added.")(corpus)  # the seed it edits runs past the lead that grouping reads

    def group_again(*args: object) -> None:
        raise AssertionError("grouped again")

    fresh = stories_of(corpus, None)
    monkeypatch.setattr(stories, "find_stories", group_again)
    assert stories_of(corpus, tmp_path / "cache") == fresh


def test_an_edit_that_moves_a_place_its_story_chose_renders_what_a_fresh_build_renders(
    corpus: Path, tmp_path: Path
) -> None:
    (corpus / "firm.txt").write_text(FIRM, encoding="utf-8")
    pages(corpus, tmp_path / "cache")
    # The names and what is said around them stay; the place chosen by its story moves along its paragraph.
    firm = (corpus / "firm.txt").read_text(encoding="utf-8")
    (corpus / "firm.txt").write_text(firm.replace("Contrack", "It was so. Contrack"), encoding="utf-8")
    rebuilt = pages(corpus, tmp_path / "cache")
    assert rebuilt == pages(corpus, None)
    assert "38.88101" in rebuilt["places/arlington.md"]  # Arlington, Virginia, not Texas


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
