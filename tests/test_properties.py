"""Random articles of random Unicode, markup and numbers: the site always builds, links resolve,
and nothing from the input runs."""

from __future__ import annotations

import tempfile
from pathlib import Path

import markdown
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.pipeline import build_briefing
from briefing.render import render
from briefing.render.safe_urls import SafeUrlsExtension
from site_builder import Elements, PageElements, broken_links, build_site

MARKUP = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<iframe src="https://evil.example/">',
    "[x](javascript:alert(1))", "[y](&#106;avascript:alert(1))", "![](http://tracker.example/p.gif)",
    '<a href="javascript:alert(1)">a</a>', "<svg onload=alert(1)>", "<style>*{}</style>",
    "{{ x }}", "{% raw %}", "{% endraw %}", "{ #id .class onclick=alert(1) }", "{: onmouseover=alert(1) }",
    '<div markdown="1">', "</div>", "| a | b |", "|---|---|", "# ", "## ", "`", "```", "*", "**", "_", "> ", "- ",
    "[", "](", ")", "<", ">", "&", "&amp;", "&#x3c;script&#x3e;", "\\", "---", "<!--", "-->", "]]>", "<![CDATA[",
]
NUMBERS = ["12 killed", "at least nine people were injured", "more than 1,200 drones", "about 63 injured",
           "the death toll rose to 15", "one person died", "2.5 million", "in 2024", "70 missiles"]
NAMES = ["Volodymyr Zelenskyy", "Kyiv", "Kyїv", "Київ", "Leeds", "United Nations", "Mr Smith", "President Lula",
         "Ministry of Defence", "محمد عباس", "习近平", "Jordan"]


fragments = st.one_of(
    st.sampled_from(MARKUP), st.sampled_from(NUMBERS), st.sampled_from(NAMES),
    # Any character but surrogates: RTL, combining marks, emoji, control characters.
    st.text(st.characters(exclude_categories=("Cs",)), max_size=20),
)
paragraphs = st.lists(fragments, min_size=1, max_size=12).map(" ".join)
bodies = st.lists(paragraphs, min_size=1, max_size=5).map(lambda ps: "\n\n".join(ps) + "\n")
titles = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, str]:
    """(file name, text): a plain-text article, or a Markdown one with front matter."""
    body = draw(bodies)
    if draw(st.booleans()):
        return "article.txt", draw(titles) + "\n\n" + body
    front = yaml.safe_dump({"title": draw(titles), "source": draw(st.sampled_from(NAMES))}, allow_unicode=True)
    return "article.md", f"---\n{front}---\n{body}"


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles(), min_size=1, max_size=3))
def test_random_articles_build_with_resolving_links_and_nothing_live(drawn):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "articles").mkdir()
        for index, (name, text) in enumerate(drawn):
            (root / "articles" / f"{index}-{name}").write_text(text, encoding="utf-8", errors="surrogatepass")
        site = build_site(root / "articles", root / "project", strict=False)
        assert broken_links(site) == []
        for page in site.rglob("*.html"):
            html = page.read_text(encoding="utf-8")
            assert Elements(html).live() == [], page
            # Outside the content area too (page title, header, navigation): the theme has no such markup.
            assert PageElements(html).live() == [], page


@settings(max_examples=150, deadline=None)
@given(bodies)
def test_any_markdown_article_renders_to_html_with_nothing_live(body):
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "a.md").write_text("---\ntitle: T\n---\n" + body, encoding="utf-8")
        briefing = build_briefing([folder], workers=1, cache=None)
    for path, page in render(briefing).items():
        html = markdown.markdown(page.split("---", 2)[2] if page.startswith("---") else page,
                                 extensions=["attr_list", "md_in_html", "tables", SafeUrlsExtension()])
        assert Elements(f'<article class="md-content__inner">{html}</article>').live() == [], path
