"""The pages of stories: a page per story, a home page that lists them, entity pages and the
timeline that say their story, and what a reader of the seeds site saw wrong, fixed."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from briefing.pipeline import build_briefing
from briefing.render import build, render
from conftest import ROOT, SHARED

ECB = SHARED / "corpora" / "ecbplus"
needs_ecb = pytest.mark.shared("corpora/ecbplus")
# Two Lindsay Lohan rehab stories (2008 and 2013), and an earthquake in Iran.
TWO_EVENTS = ("1ecbplus/1.txt", "1ecbplus/2.txt", "1ecbplus/3.txt", "20ecbplus/1.txt", "20ecbplus/2.txt")


@pytest.fixture(scope="module")
def ecb_pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, dict[str, str]]:
    if not ECB.is_dir():
        pytest.skip("needs ../shared/corpora/ecbplus, which this checkout does not have")
    folder = tmp_path_factory.mktemp("ecb")
    for index, name in enumerate(TWO_EVENTS):
        shutil.copy(ECB / name, folder / f"{index:02d}.txt")
    briefing = build_briefing([folder], workers=1)
    return briefing, render(briefing)


def test_the_seeds_home_page_reads_as_the_story_s_briefing(seeds):
    home = render(seeds)["index.md"]
    assert "## What happened" in home and "## Key figures" in home and "## Stories" not in home
    assert "2 articles: 1 from CNN and 1 of unknown source" in home


@needs_ecb
def test_every_story_has_a_page_with_its_own_articles_and_figures(ecb_pages):
    briefing, pages = ecb_pages
    assert len(briefing.stories) >= 2
    for story in briefing.stories.values():
        page = pages[f"stories/{story.id}.md"]
        assert f"# {story.title}" in page.replace("\\", "")
        linked = set(re.findall(r"\]\(\.\./articles/([^)#]+)\.md\)", page))
        assert linked == {e.article.slug for e in briefing.extractions if e.article.path in story.articles}


@needs_ecb
def test_the_home_page_lists_every_story_with_its_lead_and_figures(ecb_pages):
    briefing, pages = ecb_pages
    home = pages["index.md"]
    listed = re.findall(r"^### \[[^\]]+\]\(stories/([^)]+)\.md\)", home, re.MULTILINE)
    assert listed == list(briefing.stories)
    quake = next(s for s in briefing.stories.values() if any(p.endswith("03.txt") for p in s.articles))
    assert "**Key figures:**" in home.split(f"(stories/{quake.id}.md)")[1].split("### ")[0]


@needs_ecb
def test_entity_pages_and_the_timeline_say_their_story(ecb_pages):
    briefing, pages = ecb_pages
    lohan = next(e for e in briefing.entities.values() if e.name == "Lindsay Lohan")
    page = pages[f"people/{lohan.id}.md"]
    assert "**Stories:**" in page
    story = briefing.stories[briefing.story_of[next(p for p in briefing.story_of if p.endswith("00.txt"))]]
    assert f"(../stories/{story.id}.md)" in page
    assert pages["timeline/index.md"].count("(../stories/") >= len(briefing.extractions)


@needs_ecb
def test_no_measure_page_pools_two_stories(ecb_pages):
    briefing, pages = ecb_pages
    killed = pages["figures/killed.md"]
    sections = re.split(r"^## ", killed, flags=re.MULTILINE)[1:]
    assert len(sections) >= 1
    for section in sections:
        story = re.match(r"\[[^\]]*\]\(\.\./stories/([^)]+)\.md\)", section).group(1)
        slugs = {e.article.slug for e in briefing.extractions if briefing.story_of[e.article.path] == story}
        assert set(re.findall(r"\(\.\./articles/([^)#]+)\.md#", section)) <= slugs


def test_a_stories_index_of_many_stories_splits_by_initial(seeds, monkeypatch):
    monkeypatch.setattr(build, "SPLIT_ABOVE", 0)
    pages = render(seeds)
    story = next(iter(seeds.stories.values()))
    letter = f"stories/letter_{story.title[0].lower()}.md"
    assert letter in pages and f"({story.id}.md)" in pages[letter]
    assert "By initial" in pages["stories/index.md"]


def test_the_timeline_names_a_count_once(seeds):
    timeline = render(seeds)["timeline/index.md"]
    assert "121 injured" in timeline and "injured injured" not in timeline and "(injured)" not in timeline


def test_in_this_article_gives_people_places_and_figures_a_paragraph_each(seeds):
    page = render(seeds)["articles/001-1cc6b34740a9b9ae.md"]
    section = page.split("## In this article", 1)[1]
    lines = [line for line in section.splitlines() if line.startswith("**")]
    assert [line.split(":**")[0] for line in lines] == [
        "**People",
        "**Places",
        "**Organizations",
        "**Figures",
    ]
    for line in lines:
        assert section.split(line)[1].startswith("\n\n")


def test_a_role_is_shown_once_whatever_its_case_or_its_qualifier(seeds):
    roles = {e.name: e.roles for e in seeds.entities.values()}
    assert roles["Ihor Klymenko"] == ("Interior Minister",)  # also written "interior minister"
    assert roles["Donald Trump"] == ("President",)  # also "US President"
    assert roles["JD Vance"] == ("Vice President",)


def test_qualifiers_read_the_same_on_a_measure_page(seeds):
    killed = render(seeds)["figures/killed.md"]
    assert (
        "| at least 9 |" in killed
        and "| at least 8 |" in killed
        and "At least" not in killed.split("|---")[1]
    )


def test_timeline_and_stories_are_in_the_readers_navigation_and_the_editors_page_is_not(built_site: Path):
    home = (built_site / "index.html").read_text(encoding="utf-8")
    navigation = set(re.findall(r'<a href="([^"#]*)" class="md-nav__link', home))
    assert {"stories/", "timeline/", "figures/", "about/"} <= navigation
    assert "entities/" not in navigation and "Correcting entities" not in home
    assert (built_site / "entities" / "index.html").exists()
    assert 'href="../entities/"' in (built_site / "about" / "index.html").read_text(encoding="utf-8")


def test_the_home_page_of_the_project_links_the_story_page(built_site: Path, seeds):
    story = next(iter(seeds.stories.values()))
    assert (built_site / "stories" / story.id / "index.html").exists()
    article = (built_site / "articles" / "000-b1c98fba87abfd1e" / "index.html").read_text(encoding="utf-8")
    assert f'href="../../stories/{story.id}/"' in article
    assert ROOT.joinpath("mkdocs.yml").read_text(encoding="utf-8").count("not_in_nav") == 1


@needs_ecb
def test_the_story_s_own_date_is_no_earlier_event_its_articles_recall(tmp_path):
    # ECB+ 18ecbplus: the Troy office shooting of April 2007, and the verdict a year later ("convicted a
    # man charged in an April 2007 shooting at a Troy accounting firm that left … two managing partners
    # wounded"), dated as the manifest dates them. April 2007 is the story's own time; the shootings its
    # first reports recall ("In early March, a gunman shot and wounded three people…", "In February, a
    # gunman killed five people…") are earlier events.
    for number, date in (("1", "2007-04-10"), ("2", "2007-04-09"), ("6", "2008-04-30")):
        lines = (ECB / "18ecbplus" / f"{number}.txt").read_text(encoding="utf-8").split("\n", 1)
        front = f'---\ntitle: "{lines[0].replace(chr(34), "")}"\ndate: {date}\n---\n'
        (tmp_path / f"{number}.md").write_text(front + lines[1], encoding="utf-8")
    briefing = build_briefing([tmp_path], workers=1)
    (story,) = briefing.stories.values()
    page = render(briefing)[f"stories/{story.id}.md"]
    recalled = page.split("**Earlier events the articles recall**")[1]
    assert "March:" in recalled and "February:" in recalled
    assert "April 2007" not in recalled


@needs_ecb
def test_a_rule_and_its_reversal_are_related_stories_shown_on_both_pages(tmp_path):
    # ECB+ 9ecb: Bush's Endangered Species rule (December 2008); 9ecbplus: Obama's restoration of the
    # rules it changed (March and April 2009), dated as their manifest dates them (the rule's articles,
    # which it does not date, on the day the rule was announced). Stories apart, the rule's linked to
    # the April restoration's: "Followed by" on the rule's page, "Follows" on the other's.
    april = {"1", "3", "4", "6", "7", "9"}  # the rest, 3 and 4 March 2009
    for path in (ECB / "9ecb").glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        (tmp_path / f"rule-{path.stem}.md").write_text(
            f"---\ndate: 2008-12-12\n---\n{text}", encoding="utf-8"
        )
    for path in (ECB / "9ecbplus").glob("*.txt"):
        date = "2009-04-28" if path.stem in april else "2009-03-04"
        text = path.read_text(encoding="utf-8")
        (tmp_path / f"reversal-{path.stem}.md").write_text(
            f"---\ndate: {date}\n---\n{text}", encoding="utf-8"
        )
    briefing = build_briefing([tmp_path], workers=1)
    rule = briefing.stories[briefing.story_of[str(tmp_path / "rule-1.md")]]
    reversal = briefing.stories[briefing.story_of[str(tmp_path / "reversal-6.md")]]
    assert rule is not reversal
    assert reversal.id in rule.related and rule.id in reversal.related
    pages = render(briefing)
    assert f"**Followed by:** [{reversal.title}](" in pages[f"stories/{rule.id}.md"].replace("\\", "")
    assert f"**Follows:** [{rule.title}](" in pages[f"stories/{reversal.id}.md"].replace("\\", "")
