"""Hostile articles and overrides in headless Chromium: no script of theirs runs, whatever a reader
points at, with Material's tooltips on (`content.tooltips`) and its link previews off
(`navigation.instant.preview` hides a link's title behind the preview)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_input import write_hostile_input
from site_builder import build_site, chromium_page, serving

pytest.importorskip("playwright")
from playwright.sync_api import Error as BrowserError

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    articles, entities = write_hostile_input(root)
    return build_site(
        articles,
        root / "project",
        strict=False,
        entities=entities,
        features={"content.tooltips": True, "navigation.instant.preview": False},
    )


@pytest.fixture(scope="module")
def served(hostile_site):
    with serving(hostile_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser_page():
    with chromium_page(viewport={"width": 1280, "height": 700}) as page:
        page.dialogs = []
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        yield page


_MARK_VISIBLE = """() => {
    let count = 0;
    for (const element of document.querySelectorAll(".md-content :is(a, img, [title]), .md-ellipsis")) {
        if (element.checkVisibility()) element.dataset.probe = count++;
    }
    return count;
}"""
# Map points lie on one another: each is pointed at with the event Leaflet opens its tooltip on.
_POINT_AT_MAP = """() => {
    const points = document.querySelectorAll("path.leaflet-interactive");
    points.forEach(point => point.dispatchEvent(new MouseEvent("mouseover", {bubbles: true})));
    return points.length;
}"""


def point_at_everything(page) -> int:
    """Hover every visible link and image of the page's content, every title the theme may shorten
    (in the header, the navigation, the table of contents) and every map point; how many."""
    hovered = page.evaluate(_POINT_AT_MAP)
    for index in range(page.evaluate(_MARK_VISIBLE)):
        try:
            page.locator(f'[data-probe="{index}"]').hover(timeout=300)
        except BrowserError:
            continue  # covered by another element, or hidden since
        hovered += 1
    page.mouse.wheel(0, 600)  # the header shows the page's title once its heading is out of sight
    page.wait_for_timeout(200)
    for title in page.locator(".md-header__topic .md-ellipsis").all():
        try:  # the header swaps its two titles as it scrolls
            title.hover(force=True, timeout=300)
        except BrowserError:
            continue
    page.wait_for_timeout(200)
    return hovered


def test_no_dialog_fires_loading_and_hovering_every_page(browser_page, served, hostile_site):
    browser_page.dialogs.clear()
    # Every generated page (the hand-written ones show no article's text).
    pages = sorted(
        p.parent.relative_to(hostile_site).as_posix()
        for p in hostile_site.rglob("index.html")
        if p.parent.name not in ("about", "entities") and "assets" not in p.parts
    )
    hovered = 0
    for path in pages:
        browser_page.goto(f"{served}/{path}/".replace("/./", "/"))
        browser_page.wait_for_load_state("networkidle")
        hovered += point_at_everything(browser_page)
        assert browser_page.dialogs == [], path
    assert hovered > 100 and len(pages) > 8


def test_the_renamed_place_is_named_as_text_on_its_map(browser_page, served, hostile_site):
    browser_page.dialogs.clear()
    (page,) = [p for p in (hostile_site / "places").iterdir() if p.name.startswith("img-src-x")]
    browser_page.goto(f"{served}/places/{page.name}/")
    browser_page.locator(".bf-map path.leaflet-interactive").first.wait_for(timeout=10_000)
    assert browser_page.locator(".bf-map .leaflet-tooltip").inner_text() == "<img src=x onerror=alert('M')>"
    assert browser_page.dialogs == []


def test_searching_the_markup_shows_it_as_text(browser_page, served):
    browser_page.dialogs.clear()
    browser_page.goto(f"{served}/")
    browser_page.click("input.md-search__input")
    browser_page.keyboard.type("onerror", delay=30)
    browser_page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    browser_page.wait_for_timeout(300)  # the list is redrawn while the last keys arrive
    hovered = 0
    for item in browser_page.locator(".md-search-result__item").all():
        try:  # results folded under "more on this page" have no box to point at
            item.hover(timeout=300)
        except BrowserError:
            continue
        hovered += 1
    browser_page.wait_for_timeout(300)
    assert hovered > 0
    assert browser_page.locator(".md-search-result img").count() == 0
    assert browser_page.dialogs == []
