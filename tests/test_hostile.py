"""Messy and hostile input: the build never breaks, loses an article or runs the input's script."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from site_builder import Elements, build_site

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BBC = ROOT.parent / "shared" / "corpora" / "bbc"


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
