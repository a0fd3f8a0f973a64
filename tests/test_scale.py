"""A briefing of hundreds of articles stays navigable and searchable: big indexes are split by
initial, and the search index holds each paragraph once."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefing.pipeline import build_briefing
from briefing.render import render
from briefing.render.build import SPLIT_ABOVE, TOP_ON_SPLIT_INDEX
from briefing.render.site import Site
from conftest import SHARED

POLITICS = SHARED / "corpora" / "bbc" / "politics"
_LINK = re.compile(r"\]\(([^)\s]+)")


@pytest.fixture(scope="module")
def politics_pages() -> dict[str, str]:
    """The pages of a briefing of 400 BBC politics articles."""
    return render(build_briefing(sorted(POLITICS.glob("*.txt"))[:400], workers=1))


def linked(pages: dict[str, str], page: str) -> set[str]:
    """The docs paths a page links to, anchors dropped."""
    folder = page.rpartition("/")[0]
    return {
        f"{folder}/{target.partition('#')[0]}"
        for target in _LINK.findall(pages[page])
        if "/" not in target.partition("#")[0]
    }


@pytest.mark.shared("corpora/bbc")
def test_people_index_lists_the_most_mentioned_and_links_a_page_per_initial(politics_pages) -> None:
    people = [
        p
        for p in politics_pages
        if p.startswith("people/") and "/letter_" not in p and p != "people/index.md"
    ]
    assert len(people) > SPLIT_ABOVE
    letters = sorted(p for p in politics_pages if p.startswith("people/letter_"))
    assert "people/letter_b.md" in letters
    index = politics_pages["people/index.md"]
    assert set(letters) <= linked(politics_pages, "people/index.md")
    assert index.count("\n| [") == TOP_ON_SPLIT_INDEX


@pytest.mark.shared("corpora/bbc")
def test_every_person_is_listed_on_exactly_one_initial_page(politics_pages) -> None:
    people = {
        p
        for p in politics_pages
        if p.startswith("people/") and "/letter_" not in p and p != "people/index.md"
    }
    listed = [
        target
        for page in politics_pages
        if page.startswith("people/letter_")
        for target in linked(politics_pages, page)
        if target in people
    ]
    assert sorted(listed) == sorted(people)


@pytest.mark.shared("corpora/bbc")
def test_every_article_is_listed_on_its_title_initial_page(politics_pages) -> None:
    articles = {
        p
        for p in politics_pages
        if p.startswith("articles/") and "/letter_" not in p and p != "articles/index.md"
    }
    assert len(articles) > SPLIT_ABOVE
    assert "](../timeline/index.md)" in politics_pages["articles/index.md"]
    for page in (p for p in politics_pages if p.startswith("articles/letter_")):
        initial = page.removeprefix("articles/letter_").removesuffix(".md")
        titles = re.findall(r"^\| \[(.)", politics_pages[page], re.MULTILINE)
        assert (titles and all(t.lower() == initial for t in titles)) or initial == "other"
    listed = {
        t
        for page in politics_pages
        if page.startswith("articles/letter_")
        for t in linked(politics_pages, page)
    }
    assert articles <= listed


def test_small_indexes_stay_one_page(seeds) -> None:
    pages = render(seeds)
    assert not [p for p in pages if "/letter_" in p]
    assert "By initial" not in pages["people/index.md"]


def test_names_group_by_initial_whatever_their_accents() -> None:
    groups = Site.by_letter(["Émile Zola", "zebra", "Ångström", "1984", "Adams"], str)
    assert groups == {"A": ["Adams", "Ångström"], "E": ["Émile Zola"], "Z": ["zebra"], "#": ["1984"]}


def _search_docs(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def test_quoted_paragraph_is_indexed_on_its_article_not_on_the_entity_page(built_site: Path, seeds) -> None:
    entity = max(
        (e for e in seeds.entities.values() if e.kind == "person" and e.aliases),
        key=lambda e: len([m for x in seeds.extractions for m in x.mentions if m.entity == e.id]),
    )
    docs = _search_docs(built_site)
    on_entity = " ".join(
        d["title"] + " " + d["text"] for d in docs if d["location"].startswith(f"people/{entity.id}/")
    )
    on_articles = " ".join(d["text"] for d in docs if d["location"].startswith("articles/"))
    quoted = [
        x.article.paragraphs[m.paragraph].text
        for x in seeds.extractions
        for m in x.mentions
        if m.entity == entity.id
    ]
    sentences = {q.split(". ")[0][:60] for q in quoted}
    assert sentences
    for sentence in sentences:
        words = re.sub(r"\s+", " ", sentence).split(" ")[:6]
        phrase = " ".join(words)
        assert phrase in on_articles
        assert phrase not in on_entity
    assert entity.name in on_entity
    assert all(alias in on_entity for alias in entity.aliases)


def test_article_pages_index_their_text_with_little_overhead(built_site: Path, seeds) -> None:
    docs = [d for d in _search_docs(built_site) if d["location"].startswith("articles/")]
    # Measured as material writes the index: compact JSON, non-ASCII escaped.
    index_bytes = sum(len(json.dumps(d, separators=(",", ":"))) for d in docs)
    text_bytes = sum(len(p.text.encode("utf-8")) for x in seeds.extractions for p in x.article.paragraphs)
    assert index_bytes <= 1.5 * text_bytes


def test_a_lead_sentence_is_indexed_only_on_its_article(built_site: Path, seeds) -> None:
    docs = _search_docs(built_site)
    for extraction in seeds.extractions:
        lead = " ".join(extraction.article.paragraphs[0].text.split()[:8])
        holders = {d["location"].partition("#")[0] for d in docs if lead in d["text"]}
        assert holders == {f"articles/{extraction.article.slug}/"}, lead
