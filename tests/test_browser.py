"""A reader's path through the seeds site, in headless Chromium."""

from __future__ import annotations

import pytest

from site_builder import LOCAL, chromium_page, serving

pytest.importorskip("playwright")
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(built_site):
    with serving(built_site) as url:
        yield url


@pytest.fixture(scope="module")
def page():
    with chromium_page() as page:
        page.console_errors = []
        # A failed local request is an error (a blocked map tile is not: see chromium_page).
        page.on(
            "console",
            lambda m: (
                page.console_errors.append(m.text)
                if m.type == "error" and m.location.get("url", "").startswith(LOCAL)
                else None
            ),
        )
        yield page


def test_searching_kiev_lands_on_the_kyiv_page(page, base_url):
    page.goto(base_url + "/")
    page.click("input.md-search__input")
    page.keyboard.type("Kiev", delay=50)
    first = page.locator(".md-search-result__item a").first
    first.wait_for(timeout=10_000)
    page.wait_for_timeout(500)  # the results of "K", "Ki", "Kie" give way to those of "Kiev"
    first.click()
    page.wait_for_url("**/places/kyiv/**")
    assert page.locator("h1").inner_text().rstrip("¶") == "Kyiv"


def test_a_backlink_lands_on_the_exact_paragraph(page, base_url):
    page.goto(base_url + "/places/kyiv/")
    backlink = page.locator(".bf-backlink a").first
    href = backlink.get_attribute("href")
    backlink.click()
    page.wait_for_url("**/articles/**")
    anchor = href.split("#")[1]
    target = page.locator(f"#{anchor}")
    assert target.is_visible()
    assert "Kyiv" in target.inner_text()
    assert page.console_errors == []


def test_trumps_page_quotes_his_words_with_a_link_to_the_paragraph(page, base_url):
    page.goto(base_url + "/people/donald-trump/")
    quote = page.locator(".bf-quote blockquote", has_text="I am not happy with the Russian strikes on KYIV")
    assert quote.is_visible()
    quote.locator("a").click()
    page.wait_for_url("**/articles/**#p-*")
    assert "Trump wrote on Truth Social" in page.locator(".bf-paragraph:target").inner_text()


def test_the_places_map_shows_its_points_with_tiles_blocked(page, base_url):
    page.goto(base_url + "/places/")
    points = page.locator(".bf-map path.leaflet-interactive")
    points.first.wait_for(timeout=10_000)
    assert points.count() >= 10
    assert page.locator(".bf-map .leaflet-tile-loaded").count() == 0
    points.first.dispatch_event("click")  # the largest point lies under smaller ones
    assert page.locator(".leaflet-popup-content a").first.is_visible()


def test_a_place_page_maps_its_place(page, base_url):
    page.goto(base_url + "/places/kyiv/")
    page.locator(".bf-map path.leaflet-interactive").first.wait_for(timeout=10_000)
    assert page.locator(".bf-map .leaflet-tooltip").inner_text() == "Kyiv"


@pytest.mark.parametrize("path", ["/", "/people/donald-trump/", "/places/kyiv/", "/figures/killed/"])
def test_reading_a_page_logs_no_errors(page, base_url, path):
    page.console_errors.clear()
    page.goto(base_url + path)
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").count() == 1
    assert page.console_errors == []


def test_a_phone_sees_every_column_of_a_figure_table(page, base_url):
    page.set_viewport_size({"width": 390, "height": 844})
    try:
        page.goto(base_url + "/figures/killed/")
        row = page.locator(".bf-figures table").first.locator("tbody tr").first
        boxes = [row.locator("td").nth(i).bounding_box() for i in range(row.locator("td").count())]
        assert len(boxes) == 3 and "CNN" in page.locator(".bf-figures table").first.inner_text()
        assert all(box["x"] >= 0 and box["x"] + box["width"] <= 390 for box in boxes), boxes
    finally:
        page.set_viewport_size({"width": 1280, "height": 720})
