"""What a reader gets beyond the pages: the home page's story, maps, and the files maps need."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys

from briefing.render import render
from briefing.render.site import Site
from conftest import ROOT


def test_what_happened_cites_the_paragraph_of_each_sentence(seeds):
    site = Site(seeds)
    happened = site.what_happened("index.md", site.stories[0])
    assert 3 <= len(happened) <= 6
    paragraphs = {e.article.slug: e.article.paragraphs for e in seeds.extractions}
    for sentence, citation in happened:
        # The first link is to the paragraph the sentence is from; others, to paragraphs restating it.
        slug, number = re.search(r"articles/([^/)#]+)\.md#p-(\d+)", citation).groups()
        assert sentence in paragraphs[slug][int(number) - 1].text
    assert any("nine people have been reported killed" in sentence for sentence, _ in happened)


def test_the_home_page_counts_each_article_once_with_its_outlet_and_the_date(seeds):
    home = render(seeds)["index.md"]
    assert "2 articles: 1 from CNN and 1 of unknown source, 2025\\-04\\-24." in home


def test_a_place_name_cannot_close_the_map_s_script(seeds):
    kyiv = next(e for e in seeds.entities.values() if e.name == "Kyiv")
    hostile = dataclasses.replace(kyiv, name="</script><script>alert(1)</script> & co")
    island = Site(seeds).map("places/index.md", [hostile, kyiv])
    data = island.split('class="bf-map-data">', 1)[1].removesuffix("</script>\n")
    assert "<" not in data and ">" not in data and "&" not in data
    assert json.loads(data)[0]["name"] == hostile.name


def test_map_links_follow_the_site_s_url_style(seeds):
    kyiv = next(e for e in seeds.entities.values() if e.name == "Kyiv")
    assert Site(seeds).url("places/index.md", Site.entity_page(kyiv)) == "kyiv/"
    assert Site(seeds).url("index.md", Site.entity_page(kyiv)) == "places/kyiv/"
    assert Site(seeds, directory_urls=False).url("places/kyiv.md", "index.md") == "../index.html"


def test_rendered_markdown_comes_with_the_map_library(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "briefing", "render", "seeds", "--out", str(tmp_path), "--no-cache"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "assets/briefing/leaflet.js").read_bytes().startswith(b"/* @preserve")
    assert "BSD 2-Clause License" in (tmp_path / "assets/briefing/leaflet-LICENSE.txt").read_text()
    assert 'class="bf-map"' in (tmp_path / "places/index.md").read_text()


def test_the_built_site_serves_the_map_from_itself(built_site):
    page = (built_site / "places/kyiv/index.html").read_text()
    assert 'src="../../assets/briefing/leaflet.js"' in page
    assert (built_site / "assets/briefing/briefing-map.js").is_file()
    assert "unpkg.com" not in page and "cdn" not in page.lower()
