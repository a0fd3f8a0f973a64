"""The seeds build into a site where every backlink lands on its paragraph."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

from briefing.render.markdown import WORD_JOINER
from conftest import ROOT


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _target(site: Path, page: Path, href: str) -> tuple[Path, str]:
    url = urlparse(urljoin("http://site/" + page.relative_to(site).as_posix(), href))
    path = site / url.path.lstrip("/")
    return (path / "index.html" if url.path.endswith("/") else path), url.fragment


def test_every_internal_link_and_anchor_resolves(built_site):
    # 404.html links by absolute URL under site_url, as a page at any depth must.
    pages = {p: _parse(p) for p in built_site.rglob("*.html") if p.name != "404.html"}
    checked = 0
    for page, parsed in pages.items():
        for href in parsed.links:
            if re.match(r"^[a-z]+:", href) or href.startswith("//"):
                continue
            target, fragment = _target(built_site, page, href)
            assert target.exists(), f"{page}: broken link {href}"
            if fragment and target in pages:
                assert fragment in pages[target].ids, f"{page}: {href} has no #{fragment}"
                checked += 1
    assert checked > 100


def test_article_paragraphs_have_anchors_and_permalinks(built_site, seeds_records):
    page = _parse(built_site / "articles" / "001-1cc6b34740a9b9ae" / "index.html")
    count = len(seeds_records[1]["paragraphs"])
    assert count == 31
    assert {f"p-{n}" for n in range(1, count + 1)} <= page.ids
    assert "#p-1" in page.links


def test_kiev_and_kyiv_are_one_place_page(built_site):
    html = (built_site / "places" / "kyiv" / "index.html").read_text(encoding="utf-8")
    assert "Kiev" in html and "KYIV" in html
    assert not (built_site / "places" / "kiev").exists()
    assert html.count('class="bf-backlink"') >= 10


def test_one_page_per_person_whatever_the_spelling(built_site):
    people = {p.name for p in (built_site / "people").iterdir() if p.is_dir()}
    assert {"volodymyr-zelensky", "donald-trump", "ihor-klymenko"} <= people
    assert not any(name in people for name in ("zelenskyy", "zelensky", "trump"))


def test_killed_page_shows_every_value_with_its_source(built_site):
    html = (built_site / "figures" / "killed" / "index.html").read_text(encoding="utf-8")
    assert "between 8 and 9 killed" in html
    assert "CNN" in html and "Unknown source" in html


def test_no_generated_page_is_written_into_docs_src():
    names = {p.relative_to(ROOT / "docs_src").as_posix() for p in (ROOT / "docs_src").rglob("*")}
    assert not any(n.startswith(("articles", "people", "places", "figures", "organizations")) for n in names)
    assert "index.md" not in names


def test_article_text_never_becomes_markup(tmp_path):
    from briefing.extract import extract
    from briefing.load import load_articles
    from briefing.render import render
    from briefing.resolve import resolve

    (tmp_path / "x.txt").write_text(
        "A headline\n\nPolice said <script>alert(1)</script> and [x](javascript:alert(1)) {: #p-1 } "
        "**bold** `code` | a | b |\n\n# Not a heading\n",
        encoding="utf-8",
    )
    articles, _ = load_articles([tmp_path])
    page = render(resolve([extract(a) for a in articles]))["articles/x.md"]
    import markdown

    html = markdown.markdown(page.split("---", 2)[2], extensions=["attr_list", "md_in_html", "tables"])
    html = html.replace(WORD_JOINER, "")  # after "<", so that it cannot open a tag even in a tooltip
    body = html.split('id="p-1"', 1)[1]
    assert "<script>" not in body and 'href="javascript' not in body and "<strong>" not in body
    assert "<h1>Not a heading" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
