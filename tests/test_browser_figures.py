"""The figures of a site of several stories, as a reader sees them in headless Chromium: the Figures index
is a table of every story's key figures, and a story page leads with its bottom line."""

from __future__ import annotations

import shutil

import pytest

from conftest import SHARED
from site_builder import build_site, chromium_page, serving

pytest.importorskip("playwright")
pytestmark = [pytest.mark.browser, pytest.mark.shared("corpora/ecbplus")]

ECB = SHARED / "corpora" / "ecbplus"
EVENTS = ("8ecb", "3ecb", "37ecbplus")
"""The Woodburn bank bombing, Brian Nichols' courthouse killings and the Aceh quake: three stories."""


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory):
    articles = tmp_path_factory.mktemp("articles")
    for event in EVENTS:
        for path in sorted((ECB / event).glob("*.txt")):
            shutil.copy(path, articles / f"{event}-{path.name}")
    site = build_site(articles, tmp_path_factory.mktemp("project"), strict=False)
    with serving(site) as url:
        yield url


@pytest.fixture(scope="module")
def page():
    with chromium_page() as page:
        yield page


def test_the_figures_index_of_several_stories_is_a_table(page, base_url):
    page.goto(base_url + "/figures/")
    table = page.locator(".bf-figures table").first
    headers = [cell.inner_text().strip() for cell in table.locator("thead th").all()]
    assert headers == ["Story", "Measure", "Count", "Sources", ""]
    rows = table.locator("tbody tr")
    assert rows.count() >= len(EVENTS)
    stories = {rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())}
    assert len(stories) >= len(EVENTS)
    assert "|" not in table.inner_text()
    # Every measure links to its page: the first row's opens the measure's comparison by story.
    rows.first.locator("td").nth(1).locator("a").click()
    page.wait_for_url("**/figures/*/")
    assert page.locator(".bf-figures table").first.is_visible()


def test_a_story_page_leads_its_key_figures_with_the_bottom_line(page, base_url):
    page.goto(base_url + "/figures/")
    aceh = page.locator(".bf-figures tbody tr", has_text="Aceh").first
    aceh.locator("td").first.locator("a").click()
    page.wait_for_url("**/stories/*/")
    killed = page.locator("table tr", has_text="killed").first
    assert killed.locator("strong").inner_text() == "24"
    assert "per " in killed.inner_text()
