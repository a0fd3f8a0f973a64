"""Saved web pages: each page's paragraphs are its article's, from its first line to its last, and
none is the page's boilerplate (menus, cookie banners, related articles, captions, footers). The
pages are real English news pages from trafilatura's test collection (tests/data/web_pages)."""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import pytest

from briefing.load import load_articles
from briefing.model import Article
from conftest import ROOT
from site_builder import broken_links, chromium_page, serving

PAGES = ROOT / "tests" / "data" / "web_pages"


@dataclass(frozen=True)
class Page:
    file: str
    title: str
    source: str
    date: datetime.date
    authors: tuple[str, ...]
    first: str
    """How its first paragraph starts."""
    last: str
    """How its last paragraph ends."""
    within: str
    """A sentence from the middle of the article."""
    boilerplate: tuple[str, ...]
    """Text the page holds around the article: none may be in a paragraph."""


EXPECTED = [
    Page(
        "dw.com.colonial.html",
        "Berlin confronts Germany's colonial past with new initiative",
        "Deutsche Welle",
        datetime.date(2020, 1, 19),
        (),
        "The German capital has launched a five-year project to mark its part in European colonialism.",
        "opened the gates to a period of intense imperialist activity.",
        "Lüderitzstrasse will become Cornelius-Fredericks-Strasse",
        (
            "We use cookies to improve our service for you",
            "Choose from 30 Languages",
            "Read more: Recognizing Germany colonial crimes",
            "Send us your feedback",
            "Follow @dwnews on Twitter",
            "Deutsche Welle |",
        ),
    ),
    Page(
        "dw.com.uncork.html",
        "Uncork the mystery of Germany's Frühburgunder",
        "Deutsche Welle",
        datetime.date(2019, 8, 1),
        (),
        "One of Germany's smallest wine regions with some of the boldest wines",
        '"So you\'ve discovered our little secret?" I most certainly have.',
        "The pinot noir of the Ahr Valley is legendary.",
        ("We use cookies", "Wrong language? Change it here", "YouTube in schools", "Media Development"),
    ),
    Page(
        "mercurynews.com.2023.01.16.letters-1119.html",
        "Letters: Coddling criminals | Undermining road | Tax dollars | Recount cost | Predicting climate",
        "The Mercury News",
        datetime.date(2023, 1, 16),
        ("Letters",),
        "Alameda County DA",
        "Clayton",
        "The real problem is not a lack of funding but how all of these agencies use the money they have.",
        (
            "Submit your letter to the editor",
            "Today's e-Edition",
            "Place an Obituary",
            "Copyright © 2023 MediaNews Group",
            "Do Not Sell/Share My Personal Information",
        ),
    ),
    Page(
        "nationalgeographic.co.uk.goats.html",
        "Ravenous wild goats ruled this island for over a century. Now, it's being reborn.",
        "National Geographic",
        datetime.date(2020, 1, 6),
        ("Michael Hingston",),
        "The rocky island of Redonda, once stripped of its flora and fauna",
        "“But they don’t know the work that goes into keeping it that way.”",
        "The first step was relocating Redonda’s herd of approximately 60 wild goats.",
        (
            "Skip to main content",
            "Magazine subscription",
            "Photo of the Day",
            "The story of the world’s loneliest tree",
            "Wildlife wins: 7 good-news stories from 2019",
        ),
    ),
    Page(
        "phys.org.tool.html",
        "Flint flake tool partially covered by birch tar adds to evidence of Neanderthal complex thinking",
        "Phys.org",
        datetime.date(2019, 10, 22),
        ("Bob Yirka",),
        "A team of researchers affiliated with several institutions in The Netherlands",
        "because it was at the bottom of the North Sea for most of its existence.",
        "The tool was found on Zandmotor beach near The Hague",
        (
            "Click here to sign in with",
            "Forget Password?",
            "© 2019 Science X Network",
            "Ad Blocking software",
            "Neanderthal tool-making process may have been simpler than previously thought",
        ),
    ),
    Page(
        "reuters.com.parasite.html",
        "'Parasite' scores historic upset at SAG awards, boosting Oscar chances",
        "Reuters",
        datetime.date(2020, 1, 20),
        ("Jill Serjeant",),
        "LOS ANGELES (Reuters) - South Korean thriller “Parasite” was the upset winner",
        "It’s been the most beautiful dream,” Waller-Bridge said.",
        "Phoenix’s terrifying performance as a loner who finds fame through violence",
        (
            "Discover Thomson Reuters",
            "Factbox: Key winners at the 2020 Screen Actors Guild Awards",
            "All quotes delayed a minimum of 15 minutes",
            "Reuters. All Rights Reserved.",
            "Advertise with Us",
        ),
    ),
    Page(
        "salon.com.emissions.html",
        "Despite everything, U.S. emissions dipped in 2019",
        "Salon.com",
        datetime.date(2020, 1, 10),
        ("Nathanael Johnson",),
        "Just a week into the new year, and the first estimate of how much planet-cooking pollution",
        "as well as in the status quo in emissions from factories, cars, and buildings.",
        "Coal has been in a slow-motion death spiral over the past ten years.",
        (
            "(Credit: Clayton Aldern / Grist)",
            '"Little America" is a joyful road trip',
            "Clinton urges voters to take out Trump",
            "Please sign in with Facebook or Google below",
        ),
    ),
    Page(
        "scmp.com.playbook.html",
        "Carrie Lam should study Tsai Ing-wen’s playbook",
        "South China Morning Post",
        datetime.date(2020, 1, 20),
        ("Alice Wu",),
        "Taiwanese President Tsai Ing-wen’s spectacular re-election was no easy feat.",
        "Asia Pacific Media Network at UCLA",
        "Tsai successfully translated Hong Kong’s identity crisis",
        ("Why you can trust SCMP", "READ FULL ARTICLE", "Photo: AP", "Published: 10:00am"),
    ),
    Page(
        "threatpost.com.android.html",
        "Android Ransomware Spreads Via 'Sex Simulation Game' Links on Reddit, SMS",
        "Threatpost",
        datetime.date(2019, 7, 30),
        ("Lindsey O'Donnell",),
        "Researchers are warning of a new Android ransomware being spread via links in online forums",
        "using novel techniques to exfiltrate data.",
        "The ransomware encrypts various filetypes",
        (
            "Join thousands of people who receive the latest breaking cybersecurity news every day.",
            "I agree to my personal data being stored",
            "Apple iMessage Flaw Allows Remote Attackers to Read iPhone Messages",
            "Sponsored Content",
        ),
    ),
    Page(
        "vancouversun.com.microsoft.html",
        "Microsoft moves to erase its carbon footprint from the atmosphere in climate push",
        "Vancouver Sun",
        datetime.date(2020, 1, 16),
        (),  # "Reuters": the agency, not a person
        "Microsoft will invest US$1 billion over the next four years",
        "carbon capture and storage and direct air capture,” Microsoft said.",
        "Co-founder Bill Gates was an early backer of British Columbia-based Carbon Engineering",
        ("Skip to navigation", "Vancouver Canucks", "Montreal Gazette", "© Thomson Reuters 2020", "Related"),
    ),
]


@pytest.fixture(scope="module")
def read_pages() -> dict[str, Article]:
    articles, problems = load_articles(sorted(PAGES.glob("*.html")))
    assert [p for p in problems if p.severity != "info"] == []
    return {Path(a.path).name: a for a in articles}


@pytest.mark.parametrize(
    "page", EXPECTED, ids=[p.file.split(".")[0] + "." + p.file.split(".")[1] for p in EXPECTED]
)
def test_a_saved_page_gives_its_article_and_no_boilerplate(
    page: Page, read_pages: dict[str, Article]
) -> None:
    article = read_pages[page.file]
    page_text = " ".join(lxml.html.fromstring((PAGES / page.file).read_bytes()).text_content().split())
    assert (article.title, article.source, article.date, article.authors) == (
        page.title,
        page.source,
        page.date,
        page.authors,
    )
    paragraphs = [p.text for p in article.paragraphs]
    assert paragraphs[0].startswith(page.first)
    assert paragraphs[-1].endswith(page.last)
    assert any(page.within in p for p in paragraphs)
    assert article.markup == "text" and article.url and article.url.startswith("https://")
    for text in page.boilerplate:
        assert text in page_text  # the page holds it...
        assert not any(text in p for p in paragraphs), text  # ...and the article does not
    assert not any(p == article.title for p in paragraphs)


def test_a_page_without_an_article_is_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "menu.html").write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>", encoding="utf-8"
    )
    shutil.copy(PAGES / "reuters.com.parasite.html", tmp_path / "reuters.htm")
    articles, problems = load_articles([tmp_path])
    assert [Path(a.path).name for a in articles] == ["reuters.htm"]
    [problem] = problems
    assert problem.path.endswith("menu.html") and problem.severity == "warning"
    assert problem.reason == "no article text found in this web page; skipped"


def test_reading_a_page_fetches_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("a web page was read with a network connection")

    monkeypatch.setattr(socket.socket, "connect", refused)
    monkeypatch.setattr(socket, "create_connection", refused)
    articles, _ = load_articles(sorted(PAGES.glob("*.html")))
    assert len(articles) == len(EXPECTED)


@pytest.fixture(scope="module")
def pages_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site `briefing build --strict` makes of the saved pages, without a mkdocs.yml."""
    work = tmp_path_factory.mktemp("web-pages")
    for page in PAGES.glob("*.html"):
        shutil.copy(page, work / page.name)
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "build", ".", "--site-dir", "site", "--strict", "--workers", "1"],
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert broken_links(work / "site") == []
    return work / "site"


@pytest.mark.browser
def test_a_build_of_saved_pages_reads_as_their_articles_in_a_browser(pages_site: Path) -> None:
    pytest.importorskip("playwright")
    with serving(pages_site) as url, chromium_page() as page:
        page.goto(url + "/articles/")
        assert page.locator("h1").inner_text().rstrip("¶") == "Articles"
        page.locator("a", has_text="'Parasite' scores historic upset at SAG awards").first.click()
        page.wait_for_url("**/articles/**")
        meta = page.locator(".bf-meta").first.inner_text()
        assert "Reuters" in meta and "2020-01-20" in meta and "Jill Serjeant" in meta
        paragraphs = page.locator(".bf-paragraph")
        assert paragraphs.count() == 21
        assert paragraphs.first.inner_text().startswith("LOS ANGELES (Reuters) - South Korean thriller")
        body = page.locator("article").inner_text()
        assert "Discover Thomson Reuters" not in body and "All quotes delayed" not in body
        page.click("input.md-search__input")
        page.keyboard.type("Frühburgunder", delay=50)
        first = page.locator(".md-search-result__item a").first
        first.wait_for(timeout=10_000)
        page.wait_for_timeout(500)
        first.click()
        page.wait_for_url("**/articles/**")
        assert "Uncork the mystery of Germany's Frühburgunder" in page.locator("h1").inner_text()
