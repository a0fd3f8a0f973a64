"""Messy and hostile input: the build never breaks, loses an article or runs the input's script."""

from __future__ import annotations

import logging
import posixpath
import re
import shutil
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from briefing.load import load_articles
from briefing.model import Article, Briefing, Extraction, Mention, Paragraph
from briefing.pipeline import build_briefing
from briefing.render import render
from briefing.resolve import resolve
from conftest import BBC
from site_builder import Elements, build_site

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


# Severity: notes pass a strict build, front matter errors fail it


def test_strict_build_passes_with_a_duplicate_and_a_latin1_file_and_notes_them(tmp_path, caplog):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    shutil.copy(SEEDS / "001_1cc6b34740a9b9ae.txt", articles / "copy.txt")
    (articles / "pound.txt").write_bytes(b"Budget day\n\nThe chancellor found \xa315m for schools in Leeds.\n")
    caplog.set_level(logging.INFO)
    site = build_site(articles, tmp_path / "project")
    assert "£15m" in (site / "articles" / "pound" / "index.html").read_text(encoding="utf-8")
    assert not (site / "articles" / "copy").exists()
    notes = [r.getMessage() for r in caplog.records if r.levelname == "INFO"]
    assert any("copy.txt:1: info: duplicate of " in note for note in notes)
    assert any("pound.txt:3: info: not valid UTF-8 (first bad byte 0xa3" in note for note in notes)


@pytest.mark.parametrize("front, reason", [
    ("title: [unclosed\n", "malformed front matter"),
    ("title: Strike\ndate: 2025-13-45\n", "date '2025-13-45' is not a date"),
])
def test_strict_build_fails_on_a_front_matter_error_naming_file_and_line(tmp_path, caplog, front, reason):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    (articles / "bad.md").write_text(f"---\n{front}---\n\nMissiles hit Kyiv overnight.\n", encoding="utf-8")
    with pytest.raises(Abort):
        build_site(articles, tmp_path / "project")
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert any("bad.md:" in e and reason in e for e in errors), errors


def test_normal_build_skips_the_article_with_bad_front_matter_and_keeps_the_others(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    (articles / "bad.md").write_text("---\ntitle: [unclosed\n---\n\nMissiles hit Kyiv overnight.\n", encoding="utf-8")
    site = build_site(articles, tmp_path / "project", strict=False)
    assert not (site / "articles" / "bad").exists()
    assert {p.name for p in (site / "articles").iterdir() if p.is_dir()} == {"000-b1c98fba87abfd1e", "001-1cc6b34740a9b9ae"}


# HTML, Markdown and template syntax in article text

MARKUP = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    '<iframe src="https://evil.example/"></iframe>',
    "[x](javascript:alert(3))",
    "![](http://tracker.example/pixel.gif)",
    '<a href="javascript:alert(4)">a</a>',
    "{ #evil .bad }",
    "{: onclick=alert(5) }",
    '<div markdown="1">**inside**</div>',
    "{{ x }}",
    "{% raw %}",
]
BODY = "\n\n".join([
    "Police in Leeds said 12 people were hurt in the fire.",
    " and ".join(MARKUP),
    "# A heading in the text",
    "| a | b |\n|---|---|\n| 1 | 2 |",
])


@pytest.fixture(scope="module")
def markup_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One site with the same hostile text as a plain-text and as a Markdown article."""
    root = tmp_path_factory.mktemp("markup")
    (root / "articles").mkdir()
    (root / "articles" / "plain.txt").write_text("Fire in Leeds\n\n" + BODY + "\n", encoding="utf-8")
    (root / "articles" / "marked.md").write_text(
        "---\ntitle: Fire in Leeds\nsource: Example News\n---\n" + BODY.replace("Police", "**Police**") + "\n"
        "\n[link](https://example.com/report) and [bad](&#106;avascript:alert(6)) and [tab](java\tscript:alert(7))\n",
        encoding="utf-8")
    return build_site(root / "articles", root / "project")


def test_plain_text_markup_is_shown_literally_and_nothing_is_live(markup_site):
    page = Elements((markup_site / "articles" / "plain" / "index.html").read_text(encoding="utf-8"))
    text = "".join(page.text)
    for fragment in MARKUP:
        assert fragment in text
    assert "# A heading in the text" in text and "| a | b |" in text
    assert page.live() == []
    tags = [tag for tag, _ in page.found]
    assert "img" not in tags and "table" not in tags and tags.count("h1") == 1
    assert not any(attributes.get("id") == "evil" or "bad" in attributes.get("class", "") for _, attributes in page.found)


def test_markdown_article_keeps_its_markdown_but_no_script_handler_or_script_url(markup_site):
    page = Elements((markup_site / "articles" / "marked" / "index.html").read_text(encoding="utf-8"))
    text = "".join(page.text)
    assert page.live() == []
    tags = [tag for tag, _ in page.found]
    assert "strong" in tags and "table" in tags and "h1" in tags[1:]
    assert ("a", {"href": "https://example.com/report"}) in page.found
    for shown in ("<script>alert(1)</script>", "{ #evil .bad }", "{: onclick=alert(5) }", "{{ x }}", "{% raw %}"):
        assert shown in text
    assert not any(attributes.get("id") == "evil" or "markdown" in attributes for _, attributes in page.found)
    assert ("a", {}) in page.found  # [x](javascript:…) is left as text in an <a> without href


# Very large input


def bbc_text(limit: int) -> list[str]:
    """Real news paragraphs from the BBC corpus, until there are `limit` characters."""
    paragraphs: list[str] = []
    for file in sorted(BBC.rglob("*.txt")):
        paragraphs += [" ".join(p.split()) for p in file.read_bytes().decode("utf-8", "replace").split("\n\n")]
        if sum(map(len, paragraphs)) >= limit:
            return paragraphs
    return paragraphs


@pytest.mark.shared("corpora/bbc")
def test_a_200k_paragraph_and_a_half_megabyte_article_load_extract_and_render(tmp_path):
    run_on = " ".join(bbc_text(200_000))[:200_000]
    (tmp_path / "run-on.txt").write_text("Run-on paragraph\n\n" + run_on + "\n", encoding="utf-8")
    (tmp_path / "long.txt").write_text("Long article\n\n" + "\n\n".join(bbc_text(500_000)) + "\n", encoding="utf-8")
    briefing = build_briefing([tmp_path], workers=1, cache=None)
    long, run_on_page = briefing.extractions
    assert len(run_on_page.article.paragraphs) == 1 and len(run_on_page.article.paragraphs[0].text) == 200_000
    assert len(long.figures) > 100 and len(run_on_page.mentions) > 1000
    pages = render(briefing)
    assert pages["articles/run-on.md"].count('class="bf-paragraph"') == 1
    assert pages["articles/long.md"].count('class="bf-paragraph"') == len(long.article.paragraphs)


# Hostile names


def names_briefing(*names: tuple[str, str]) -> Briefing:
    """A resolved briefing of one article that mentions each (kind, name) once, in its own paragraph."""
    paragraphs = tuple(Paragraph(i, f"{name} was there.", i + 1) for i, (_, name) in enumerate(names))
    mentions = tuple(Mention(kind, name, i, 0, len(name), name) for i, (kind, name) in enumerate(names))
    text = Article(path="names.txt", slug="names", title="Names", source=None, date=None, authors=(), url=None,
                   markup="text", paragraphs=paragraphs, digest="names")
    return resolve([Extraction(text, mentions)])


HOSTILE_NAMES = [("place", "Kyiv"), ("place", "Kyïv"), ("person", "Jordan"), ("place", "Jordan"),
                 ("person", "Володимир Зеленський"), ("person", "محمد عباس"), ("person", "习近平"),
                 ("organization", "../../etc/passwd"), ("organization", "/etc/passwd"), ("organization", "%2e%2e/%2e%2e/x"),
                 ("organization", ".."), ("person", "🙂")]


def test_colliding_and_non_latin_names_get_distinct_valid_urls_inside_their_folder():
    briefing = names_briefing(*HOSTILE_NAMES)
    pages = [path for path in render(briefing) if not path.startswith(("articles/", "figures/", "stories/")) and "/" in path]
    entity_pages = sorted(p for p in pages if not p.endswith("/index.md"))
    assert len(entity_pages) == len({e.id for e in briefing.entities.values()}) >= len(HOSTILE_NAMES) - 1
    for page in entity_pages:
        assert re.fullmatch(r"(people|places|organizations)/[a-z0-9]+(-[a-z0-9]+)*\.md", page), page
        assert posixpath.normpath(page) == page
    assert names_briefing(*HOSTILE_NAMES).entities.keys() == briefing.entities.keys()


def test_a_person_and_a_place_with_one_name_are_two_entities_with_two_urls():
    briefing = names_briefing(("person", "Jordan"), ("place", "Jordan"))
    kinds = {e.kind: e.id for e in briefing.entities.values()}
    assert kinds.keys() == {"person", "place"} and kinds["person"] != kinds["place"]


def test_article_files_with_hostile_names_build_pages_inside_the_site(tmp_path):
    articles = tmp_path / "articles"
    (articles / "%2e%2e%2f").mkdir(parents=True)
    names = ["Київ.txt", "北京.txt", "القاهرة.txt", "%2e%2e%2f/%2e%2e.txt", "{{ x }}.txt"]
    for index, name in enumerate(names):
        (articles / name).write_text(f"Story {index}\n\nPolice in Leeds said {index + 2} people were hurt.\n", encoding="utf-8")
    site = build_site(articles, tmp_path / "project")
    built = [p.relative_to(site).as_posix() for p in (site / "articles").rglob("index.html")]
    assert len(built) == len(names) + 1  # and the articles index
    assert all(re.fullmatch(r"[a-z0-9/-]+/index\.html", path) for path in built), built
    assert not any(p.is_file() for p in tmp_path.iterdir()) and sorted(p.name for p in tmp_path.iterdir()) == ["articles", "project"]


# Stale pages


def test_removed_and_renamed_articles_leave_no_page_and_no_backlink_on_rebuild(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    site = build_site(articles, tmp_path / "project")
    removed, renamed = "000-b1c98fba87abfd1e", "001-1cc6b34740a9b9ae"
    assert removed in (site / "places" / "kyiv" / "index.html").read_text(encoding="utf-8")
    (articles / "000_b1c98fba87abfd1e.txt").unlink()
    (articles / "001_1cc6b34740a9b9ae.txt").rename(articles / "kyiv-strike.txt")
    site = build_site(articles, tmp_path / "project")  # same site folder and cache, as mkdocs serve rebuilds
    assert sorted(p.name for p in (site / "articles").iterdir() if p.is_dir()) == ["kyiv-strike"]
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert removed not in html and renamed not in html, page
    assert "kyiv-strike/#p-" in (site / "places" / "kyiv" / "index.html").read_text(encoding="utf-8")


# The BBC corpus: real-world mess


@pytest.mark.shared("corpora/bbc")
def test_bbc_loads_every_article_but_its_duplicates_and_notes_each_of_them():
    articles, problems = load_articles([BBC])
    files = {f.as_posix() for f in BBC.rglob("*") if f.suffix.lower() == ".txt"}
    duplicates = {p.path for p in problems if "duplicate" in p.reason}
    loaded = {a.path for a in articles}
    assert loaded | duplicates == files and not loaded & duplicates
    assert len(duplicates) == 100 and len(loaded) == len(files) - 100
    assert {p.severity for p in problems} == {"info"}
    (pound,) = [p for p in problems if "UTF-8" in p.reason]
    assert (pound.path, pound.line) == ((BBC / "sport" / "199.txt").as_posix(), 5)
    text = next(a for a in articles if a.path == pound.path).paragraphs
    assert any("£" in p.text and p.line == 5 for p in text)
