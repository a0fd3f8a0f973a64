"""A reader's path through the seeds site, in headless Chromium."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading

import pytest

pytest.importorskip("playwright")
from playwright.sync_api import sync_playwright  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(built_site):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def page():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        page = browser.new_page()
        page.console_errors = []
        page.on("console", lambda m: page.console_errors.append(m.text) if m.type == "error" else None)
        yield page
        browser.close()


def test_searching_kiev_lands_on_the_kyiv_page(page, base_url):
    page.goto(base_url + "/")
    page.click("input.md-search__input")
    page.keyboard.type("Kiev", delay=50)
    first = page.locator(".md-search-result__item a").first
    first.wait_for(timeout=10_000)
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
