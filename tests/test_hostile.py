"""Messy and hostile input: the build never breaks, loses an article or runs the input's script."""

from __future__ import annotations

import logging
import os
import posixpath
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from mkdocs.exceptions import Abort

from briefing.characters import quoted
from briefing.extract import extract
from briefing.load import load_articles
from briefing.load.limits import LIMITS, MOST_AUTHORS
from briefing.model import Briefing, Extraction, Mention
from briefing.pipeline import build_briefing
from briefing.render import render
from briefing.render.markdown import BLOCK, LINKS_PER_PARAGRAPH, WORD_JOINER
from briefing.resolve import resolve
from conftest import BBC, article
from hostile_input import write_hostile_input
from site_builder import Elements, build_site

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


# Severity: notes pass a strict build, front matter errors fail it


def test_strict_build_passes_with_a_duplicate_and_a_latin1_file_and_notes_them(tmp_path, caplog):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    shutil.copy(SEEDS / "001_1cc6b34740a9b9ae.txt", articles / "copy.txt")
    (articles / "pound.txt").write_bytes(
        b"Budget day\n\nThe chancellor found \xa315m for schools in Leeds.\n"
    )
    caplog.set_level(logging.INFO)
    site = build_site(articles, tmp_path / "project")
    assert "£15m" in (site / "articles" / "pound" / "index.html").read_text(encoding="utf-8")
    assert not (site / "articles" / "copy").exists()
    notes = [r.getMessage() for r in caplog.records if r.levelname == "INFO"]
    assert any("copy.txt:1: info: duplicate of " in note for note in notes)
    assert any("pound.txt:3: info: not valid UTF-8 (first bad byte 0xa3" in note for note in notes)


@pytest.mark.parametrize(
    "front, reason",
    [
        ("title: [unclosed\n", "malformed front matter"),
        ("title: Strike\ndate: 2025-13-45\n", "date '2025-13-45' is not a date"),
    ],
)
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
    (articles / "bad.md").write_text(
        "---\ntitle: [unclosed\n---\n\nMissiles hit Kyiv overnight.\n", encoding="utf-8"
    )
    site = build_site(articles, tmp_path / "project", strict=False)
    assert not (site / "articles" / "bad").exists()
    assert {p.name for p in (site / "articles").iterdir() if p.is_dir()} == {
        "000-b1c98fba87abfd1e",
        "001-1cc6b34740a9b9ae",
    }


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
BODY = "\n\n".join(
    [
        "Police in Leeds said 12 people were hurt in the fire.",
        " and ".join(MARKUP),
        "# A heading in the text",
        "| a | b |\n|---|---|\n| 1 | 2 |",
    ]
)


@pytest.fixture(scope="module")
def markup_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One site with the same hostile text as a plain-text and as a Markdown article."""
    root = tmp_path_factory.mktemp("markup")
    (root / "articles").mkdir()
    (root / "articles" / "plain.txt").write_text("Fire in Leeds\n\n" + BODY + "\n", encoding="utf-8")
    (root / "articles" / "marked.md").write_text(
        "---\ntitle: Fire in Leeds\nsource: Example News\n---\n" + BODY.replace("Police", "**Police**") + "\n"
        "\n[link](https://example.com/report) and [bad](&#106;avascript:alert(6)) "
        "and [tab](java\tscript:alert(7))\n",
        encoding="utf-8",
    )
    return build_site(root / "articles", root / "project")


def test_plain_text_markup_is_shown_literally_and_nothing_is_live(markup_site):
    page = Elements((markup_site / "articles" / "plain" / "index.html").read_text(encoding="utf-8"))
    text = "".join(page.text).replace(WORD_JOINER, "")
    for fragment in MARKUP:
        assert fragment in text
    assert "# A heading in the text" in text and "| a | b |" in text
    assert page.live() == []
    tags = [tag for tag, _ in page.found]
    assert "img" not in tags and "table" not in tags and tags.count("h1") == 1
    assert not any(
        attributes.get("id") == "evil" or "bad" in attributes.get("class", "") for _, attributes in page.found
    )


def test_markdown_article_keeps_its_markdown_but_no_script_handler_or_script_url(markup_site):
    page = Elements((markup_site / "articles" / "marked" / "index.html").read_text(encoding="utf-8"))
    text = "".join(page.text).replace(WORD_JOINER, "")
    assert page.live() == []
    tags = [tag for tag, _ in page.found]
    assert "strong" in tags and "table" in tags and "h1" in tags[1:]
    assert ("a", {"href": "https://example.com/report"}) in page.found
    for shown in (
        "<script>alert(1)</script>",
        "{ #evil .bad }",
        "{: onclick=alert(5) }",
        "{{ x }}",
        "{% raw %}",
    ):
        assert shown in text
    assert not any(attributes.get("id") == "evil" or "markdown" in attributes for _, attributes in page.found)
    assert ("a", {}) in page.found  # [x](javascript:…) is left as text in an <a> without href


# Very large input


def bbc_text(limit: int) -> list[str]:
    """Real news paragraphs from the BBC corpus, until there are `limit` characters."""
    paragraphs: list[str] = []
    for file in sorted(BBC.rglob("*.txt")):
        paragraphs += [
            " ".join(p.split()) for p in file.read_bytes().decode("utf-8", "replace").split("\n\n")
        ]
        if sum(map(len, paragraphs)) >= limit:
            return paragraphs
    return paragraphs


@pytest.mark.shared("corpora/bbc")
def test_a_200k_paragraph_and_a_half_megabyte_article_load_extract_and_render(tmp_path):
    run_on = " ".join(bbc_text(200_000))[:200_000]
    (tmp_path / "run-on.txt").write_text("Run-on paragraph\n\n" + run_on + "\n", encoding="utf-8")
    (tmp_path / "long.txt").write_text(
        "Long article\n\n" + "\n\n".join(bbc_text(500_000)) + "\n", encoding="utf-8"
    )
    briefing = build_briefing([tmp_path], workers=1, cache=None)
    long, run_on_page = briefing.extractions
    assert len(run_on_page.article.paragraphs) == 1 and len(run_on_page.article.paragraphs[0].text) == 200_000
    assert len(long.figures) > 100 and len(run_on_page.mentions) > 1000
    pages = render(briefing)
    assert pages["articles/run-on.md"].count('class="bf-paragraph"') == 1
    assert pages["articles/long.md"].count('class="bf-paragraph') == len(long.article.paragraphs)


# Hostile names


def names_briefing(*names: tuple[str, str]) -> Briefing:
    """A resolved briefing of one article that mentions each (kind, name) once, in its own paragraph."""
    text = article(*(f"{name} was there." for _, name in names), name="names")
    mentions = tuple(Mention(kind, name, i, 0, len(name), name) for i, (kind, name) in enumerate(names))
    return resolve([Extraction(text, mentions)])


HOSTILE_NAMES = [
    ("place", "Kyiv"),
    ("place", "Kyïv"),
    ("person", "Jordan"),
    ("place", "Jordan"),
    ("person", "Володимир Зеленський"),
    ("person", "محمد عباس"),
    ("person", "习近平"),
    ("organization", "../../etc/passwd"),
    ("organization", "/etc/passwd"),
    ("organization", "%2e%2e/%2e%2e/x"),
    ("organization", ".."),
    ("person", "🙂"),
]


def test_colliding_and_non_latin_names_get_distinct_valid_urls_inside_their_folder():
    briefing = names_briefing(*HOSTILE_NAMES)
    pages = [
        path
        for path in render(briefing)
        if not path.startswith(("articles/", "figures/", "stories/")) and "/" in path
    ]
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
        (articles / name).write_text(
            f"Story {index}\n\nPolice in Leeds said {index + 2} people were hurt.\n", encoding="utf-8"
        )
    site = build_site(articles, tmp_path / "project")
    built = [p.relative_to(site).as_posix() for p in (site / "articles").rglob("index.html")]
    assert len(built) == len(names) + 1  # and the articles index
    assert all(re.fullmatch(r"[a-z0-9/-]+/index\.html", path) for path in built), built
    assert not any(p.is_file() for p in tmp_path.iterdir()) and sorted(
        p.name for p in tmp_path.iterdir()
    ) == ["articles", "project"]


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


# Script in the reader's browser (issue 15, items 1 to 3; in Chromium: test_browser_hostile.py)


class _ThemeText(HTMLParser):
    """What the theme may set as HTML: every title attribute, and the text of every heading and every
    element it may shorten (`md-ellipsis`) and then show in full as a tooltip."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._open: list[tuple[str, int]] = []  # (tag, index in texts) of the headings being read
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("title"):
            self.texts.append(attributes["title"])
        if re.fullmatch(r"h[1-6]", tag) or "md-ellipsis" in (attributes.get("class") or ""):
            self._open.append((tag, len(self.texts)))
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1][0] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for _, index in self._open:
            self.texts[index] += data


class _Tags(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def test_no_title_heading_or_shortened_text_of_any_page_is_markup_once_set_as_html(tmp_path):
    articles, entities = write_hostile_input(tmp_path)
    site = build_site(articles, tmp_path / "project", strict=False, entities=entities)
    checked = 0
    for page in site.rglob("*.html"):
        for text in _ThemeText(page.read_text(encoding="utf-8")).texts:
            assert _Tags(text).tags == [], (page, text)
            checked += "onerror" in text
    assert checked > 20


def test_a_url_with_blank_lines_is_refused_and_others_are_percent_encoded(tmp_path, caplog):
    articles, _ = write_hostile_input(tmp_path)
    (articles / "spaces.md").write_text(
        '---\ntitle: Spaces\nurl: https://example.com/a b(1)"c\n---\n\nKyiv.\n'
    )
    site = build_site(articles, tmp_path / "project", strict=False)
    assert any(
        "url.md:4: warning: url" in r.getMessage() and "is not an http(s) address" in r.getMessage()
        for r in caplog.records
    )
    page = Elements((site / "articles" / "url" / "index.html").read_text(encoding="utf-8"))
    assert page.live() == [] and "Original article" not in "".join(page.text)
    spaces = Elements((site / "articles" / "spaces" / "index.html").read_text(encoding="utf-8"))
    assert ("a", {"href": "https://example.com/a%20b%281%29%22c"}) in spaces.found


# The theme's own ids (item 7)


def test_a_title_named_like_a_theme_id_leaves_the_theme_its_id(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "config.txt").write_text(
        "__config\n\nPolice in Leeds said 12 people were hurt.\n"
    )
    (tmp_path / "articles" / "search.md").write_text("# __search\n\nKyiv.\n\n## __drawer\n\nLviv.\n")
    site = build_site(tmp_path / "articles", tmp_path / "project")
    for page in site.rglob("*.html"):
        ids = re.findall(r'\sid="(__[^"]*)"', page.read_text(encoding="utf-8"))
        assert len(ids) == len(set(ids)) and "__config" in ids, page
    html = (site / "articles" / "config" / "index.html").read_text(encoding="utf-8")
    assert '<h1 id="config">__config' in html and html.count('id="__config"') == 1


# Page front matter (item 9)


def test_a_title_with_characters_yaml_refuses_keeps_its_page_title_with_a_warning(tmp_path, caplog):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "odd.md").write_text(
        '---\ntitle: "Kyiv \\uFFFE strike \\x80 \\uFFFF"\n---\n\nKyiv.\n'
    )
    site = build_site(tmp_path / "articles", tmp_path / "project", strict=False)
    html = (site / "articles" / "odd" / "index.html").read_text(encoding="utf-8")
    assert "<title>Kyiv  strike - " in html and 'title: "' not in html
    assert any(
        "odd.md:2: warning: noncharacter U+FFFE (and any others) removed" in r.getMessage()
        for r in caplog.records
    )


# Page names that are the site's own (item 10)


def test_an_article_and_a_person_called_index_leave_the_indexes_in_place(tmp_path, caplog):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    (articles / "index.txt").write_text(
        "Index report\n\nPresident Index said 3 people were injured in Lviv.\n"
    )
    caplog.set_level(logging.INFO)
    site = build_site(articles, tmp_path / "project")
    articles_index = Elements((site / "articles" / "index.html").read_text(encoding="utf-8"))
    assert sum(tag == "tr" for tag, _ in articles_index.found) == 1 + 3  # a header row, and every article
    (page,) = [p for p in (site / "articles").iterdir() if p.name.startswith("index-")]
    assert any(f"index.txt:1: info: its page name is '{page.name}'" in r.getMessage() for r in caplog.records)
    assert_index_and_page_of_index(site, "people", "person", caplog)


def test_a_place_an_editor_calls_index_leaves_the_places_index_in_place(tmp_path, caplog):
    (tmp_path / "entities.yml").write_text("- name: Index\n  aliases: [Kyiv]\n")
    caplog.set_level(logging.INFO)
    site = build_site(SEEDS, tmp_path / "project", entities=tmp_path / "entities.yml")
    assert 'class="bf-map"' in (site / "places" / "index.html").read_text(encoding="utf-8")
    assert_index_and_page_of_index(site, "places", "place", caplog)


def assert_index_and_page_of_index(
    site: Path, folder: str, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The folder's index is the list of its entities, and the entity called Index has a page of its own."""
    index = (site / folder / "index.html").read_text(encoding="utf-8")
    assert f'<h1 id="{folder}">{folder.capitalize()}' in index
    (page,) = [p for p in (site / folder).iterdir() if p.name.startswith("index-")]
    assert '<h1 id="index">Index' in (page / "index.html").read_text(encoding="utf-8")
    assert any(
        f"the {kind} 'Index' has the page name '{page.name}'" in r.getMessage() for r in caplog.records
    )


# Files from outside the articles folder (item 11)


def test_links_out_of_the_articles_folder_hidden_files_and_pipes_are_left_out_with_a_message(tmp_path):
    articles, outside = tmp_path / "articles", tmp_path / "outside"
    (articles / ".git").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret\n\nThe password is swordfish.\n")
    (articles / "story.txt").write_text("Story\n\nPolice in Leeds said 12 people were hurt.\n")
    (articles / ".draft.txt").write_text("Draft\n\nNot yet.\n")
    (articles / ".git" / "notes.txt").write_text("Notes\n\nNot an article.\n")
    (articles / "passwd.txt").symlink_to("/etc/passwd")
    (articles / "secret.md").symlink_to(outside / "secret.txt")
    (articles / "elsewhere").symlink_to(outside)
    (articles / "again.txt").symlink_to(articles / "story.txt")
    os.mkfifo(articles / "pipe.txt")
    loaded, problems = load_articles([articles])
    assert [a.path for a in loaded] == [
        f"{articles.as_posix()}/again.txt"
    ]  # a link inside the folder is read
    shown = sorted((p.path.rpartition("/")[2], p.severity, p.reason.split(";")[0]) for p in problems)
    assert shown == [
        (".draft.txt", "info", "hidden file"),
        (".git", "info", "hidden folder"),
        ("elsewhere", "warning", f"a link to {outside.as_posix()}, outside the articles folder"),
        ("passwd.txt", "warning", "a link to /etc/passwd, outside the articles folder"),
        ("pipe.txt", "warning", "not a regular file (a pipe, a device or a broken link)"),
        (
            "secret.md",
            "warning",
            f"a link to {(outside / 'secret.txt').as_posix()}, outside the articles folder",
        ),
        ("story.txt", "info", f"duplicate of {articles.as_posix()}/again.txt"),
    ]


def test_a_file_name_cannot_forge_a_line_of_the_report(tmp_path):
    (tmp_path / "x\nforged.txt:1: error: fake\x1b[31m.txt").write_bytes(b"")
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "check", str(tmp_path)], capture_output=True, text=True, check=True
    )
    (line,) = result.stdout.splitlines()
    assert (
        line
        == f"{tmp_path.as_posix()}/x\\nforged.txt:1: error: fake\\x1b[31m.txt:1: warning: empty file; skipped"
    )


# Run-on paragraphs (item 12; speed: benchmarks/large_input.py)


def test_a_paragraph_naming_hundreds_links_its_first_names_and_is_shown_in_blocks():
    places = ["Kyiv", "Paris", "Lviv", "Berlin", "Odesa", "Madrid"]
    text = "".join(f"Officials in {places[i % 6]} said so. " for i in range(1_000)).strip()
    pages = render(build_briefing_of(text))
    page = pages["articles/run-on.md"]
    paragraph = page.split('id="p-1" markdown>\n', 1)[1].split("</div>", 1)[0]
    assert paragraph.count("](../places/") == LINKS_PER_PARAGRAPH
    assert (
        f"Only the first {LINKS_PER_PARAGRAPH} of the 1,000 names and figures in this paragraph are linked"
        in paragraph
    )
    blocks = [
        re.sub(r"\]\([^)]*\)|\[|\\", "", block).strip() for block in paragraph.split("\n\n")
    ]  # as shown
    assert len(blocks) >= len(text) // BLOCK + 1 and all(len(block) <= BLOCK for block in blocks)
    assert all(block.endswith("said so.") for block in blocks[:-1])
    quote = (
        pages["places/kyiv.md"]
        .split('<div class="bf-backlink" data-search-exclude markdown>\n> ')[1]
        .split("\n")[0]
    )
    assert len(quote) < 4_000 and quote.count("<mark>") > 10


def build_briefing_of(text: str) -> Briefing:
    return resolve([extract(article(text, name="run-on"))])


def test_a_markdown_paragraph_too_long_for_markdown_is_shown_as_text(tmp_path):
    (tmp_path / "long.md").write_text("# Long\n\n" + "**Kyiv** said so. " * 2_000 + "\n", encoding="utf-8")
    pages = render(build_briefing([tmp_path], workers=1, cache=None))
    page = pages["articles/long.md"]
    assert "\\*\\*Kyiv\\*\\* said so" in page and "is shown as written" in page


# Round three (issue 23): link loops (item 2), sizes bounded (item 3), override warnings quoted (item 8)

NOT_REGULAR = "not a regular file (a pipe, a device or a broken link); not read"


def looped(folder: Path) -> Path:
    """`folder`, holding the seeds and links that lead to themselves or to each other."""
    shutil.copytree(SEEDS, folder)
    (folder / "loop.md").symlink_to("loop.md")
    (folder / "a.md").symlink_to("b.md")
    (folder / "b.md").symlink_to("a.md")
    (folder / ".hidden.txt").symlink_to(".hidden.txt")
    (folder / "notes").symlink_to("notes")  # no article's ending: not even looked at
    (folder / "inner").mkdir()
    (folder / "inner" / "self.txt").symlink_to("self.txt")
    return folder


def test_a_link_loop_is_left_out_with_a_message_and_every_other_article_is_read(tmp_path):
    loaded, problems = load_articles([looped(tmp_path / "articles")])
    assert len(loaded) == 2
    assert sorted((p.path.rpartition("/")[2], p.severity, p.reason) for p in problems) == [
        (".hidden.txt", "info", "hidden file; not read"),
        ("a.md", "warning", NOT_REGULAR),
        ("b.md", "warning", NOT_REGULAR),
        ("loop.md", "warning", NOT_REGULAR),
        ("self.txt", "warning", NOT_REGULAR),
    ]


@pytest.mark.parametrize("command", ["check", "extract"])
def test_check_and_extract_finish_beside_a_link_loop(tmp_path, command):
    articles = looped(tmp_path / "articles")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefing",
            command,
            str(articles),
            *(["--no-cache"] if command != "check" else []),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert (
        "Traceback" not in result.stderr
        and "loop.md:1: warning: not a regular file" in result.stdout + result.stderr
    )


def test_mkdocs_build_finishes_beside_a_link_loop(tmp_path):
    site = build_site(looped(tmp_path / "articles"), tmp_path / "project", strict=False)
    assert (site / "articles" / "000-b1c98fba87abfd1e" / "index.html").is_file()


HUGE = "Russia strikes Kyiv overnight " * 35_000  # a megabyte
"""A value as long as an attacker likes: words repeated, as a title would be."""


def test_every_value_of_an_article_is_cut_where_it_is_read_with_a_note_naming_the_file(tmp_path):
    front = {
        "title": HUGE,
        "source": HUGE[:20_000],
        "authors": [f"Reporter {n} of the {'Kyiv Independent ' * 20}" for n in range(30)],
        "url": "https://example.com/" + "a" * 10_000,
        "story": HUGE[:20_000],
    }
    (tmp_path / "huge.md").write_text(
        f"---\n{yaml.safe_dump(front, width=2**31)}---\n\nMissiles hit Kyiv overnight.\n", encoding="utf-8"
    )
    (article,), problems = load_articles([tmp_path])
    assert article.title == "Russia strikes Kyiv overnight " * 9 + "Russia strikes Kyiv…"
    assert len(article.source) <= LIMITS["source"] and len(article.story) <= LIMITS["story"]
    assert article.source.endswith("Russia…") and article.story.endswith("Kyiv…")
    assert len(article.authors) == MOST_AUTHORS and all(len(a) <= LIMITS["author"] for a in article.authors)
    assert article.url is None
    assert {(p.path, p.line, p.severity) for p in problems} == {(f"{tmp_path.as_posix()}/huge.md", 1, "info")}
    assert [p.reason for p in problems] == [
        "30 authors; the first 20 kept",
        "url of 10,020 characters (over 4,096); ignored",
        f"title of {len(HUGE.strip()):,} characters cut to its first 300",
        "source of 19,999 characters cut to its first 100",
        *[f"author of {len(front['authors'][0]) - 1:,} characters cut to its first 100"] * 10,
        *[f"author of {len(front['authors'][10]) - 1:,} characters cut to its first 100"] * 10,
        "story of 19,999 characters cut to its first 300",
    ]


def site_characters(folder: Path, front: str) -> int:
    """The characters of every page of the seeds and a copy of the second with `front` as front matter."""
    shutil.copytree(SEEDS, folder)
    body = (SEEDS / "001_1cc6b34740a9b9ae.txt").read_text(encoding="utf-8").split("\n", 2)[2]
    (folder / "copy.md").write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    return sum(map(len, render(build_briefing([folder], workers=1, cache=None)).values()))


def test_a_megabyte_title_adds_no_more_to_the_site_than_a_short_one_does(tmp_path):
    plain = site_characters(tmp_path / "plain", "title: Russia strikes Kyiv overnight\n")
    huge = site_characters(tmp_path / "huge", f"title: {HUGE}\n")
    # Before titles were cut, the megabyte was printed on the other outlets' pages and in every
    # citation's tooltip: 44 MB of site. Now it adds what a 300-character title adds.
    assert huge - plain < 20_000


def test_an_editors_name_title_and_description_are_cut_with_a_note_on_their_line(tmp_path):
    items = [{"name": HUGE, "aliases": ["Zelenskyy"], "description": HUGE}, {"story": "Kyiv", "title": HUGE}]
    entities = tmp_path / "entities.yml"
    entities.write_text(yaml.safe_dump(items, width=2**31), encoding="utf-8")
    briefing = build_briefing([SEEDS], entities=entities, workers=1, cache=None)
    (renamed,) = [e for e in briefing.entities.values() if "Zelenskyy" in e.aliases]
    assert len(renamed.name) <= LIMITS["name"] and len(renamed.description) <= LIMITS["description"]
    assert all(len(story.title) <= LIMITS["title"] for story in briefing.stories.values())
    notes = {
        (p.line, p.reason) for p in briefing.problems if p.severity == "info" and p.path == str(entities)
    }
    assert notes == {
        (1, f"name of {len(HUGE):,} characters cut to its first 300"),
        (1, f"description of {len(HUGE) - 1:,} characters cut to its first 1,000"),
        (5, f"title of {len(HUGE) - 1:,} characters cut to its first 300"),
    }


def test_override_warnings_quote_at_most_60_characters_of_any_value(tmp_path):
    long = "Kyiv strike aftermath " * 230  # 5,060 characters
    items = [
        {"move": long},
        {"move": "000_b1c98fba87abfd1e.txt", "to": long},
        {"story": long, "merge": [long]},
        {"story": "Kyiv", "merge": [long]},
        {"drop": long},
        {"drop": "Kyiv", "story": long},
        {"name": long, "kind": long},
        {"split": long},
        {"split": "Zelenskyy", "apart": [long] * 5},
        {"name": "Kyiv", **{f"{long[:90]}{n}": "x" for n in range(50)}},
    ]
    entities = tmp_path / "entities.yml"
    entities.write_text(yaml.safe_dump(items, width=2**31), encoding="utf-8")
    briefing = build_briefing([SEEDS], entities=entities, workers=1, cache=None)
    lines = [str(p) for p in briefing.problems if p.path == str(entities)]
    assert len(lines) >= len(items)
    assert all(long[:61] not in line for line in lines)  # 61 characters of the value: never quoted whole
    moved = next(line for line in lines if ": warning: move 'Kyiv" in line)
    assert moved.endswith(f"move {quoted(long)} matches no article") and len(moved) < len(str(entities)) + 120
