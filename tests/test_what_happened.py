"""What happened: a story's distinct facts in date order, each once, each citing its articles by outlet
and date (or title) and paragraph; restatements fold into the first that told them."""

from __future__ import annotations

import re
import shutil

import pytest

from briefing.pipeline import build_briefing
from briefing.render.site import Site
from conftest import SHARED

ECB = SHARED / "corpora" / "ecbplus"
GVA = SHARED / "corpora" / "gva-dev"
CITATION = re.compile(r"\[([^\]]+)\]\(articles/([^/)#]+)\.md#p-(\d+)")


def happened(folder, name: str):
    """The story of article `name` of `folder`, and what happened in it, as the home page tells it."""
    briefing = build_briefing([folder], workers=1)
    site = Site(briefing)
    story = site.story_of_path[str(folder / name)]
    return site, story, site.what_happened("index.md", story)


@pytest.mark.shared("corpora/ecbplus")
def test_nineteen_reports_of_one_capture_tell_it_once_with_their_outlets(tmp_path):
    # ECB+ 12ecb: the Indian navy's capture of 23 pirates, told in nineteen leads ("The Indian navy
    # captured 23 pirates…", "The Indian Navy on Saturday prevented pirates…"): once a list of
    # near-identical lines, each cited "Unknown source, ¶ 1".
    shutil.copytree(ECB / "12ecb", tmp_path / "navy")
    site, story, told = happened(tmp_path / "navy", "13.txt")
    assert len(story.articles) >= 14
    sentences = [sentence for sentence, _ in told]
    assert 1 <= len(sentences) <= 6 and len(set(sentences)) == len(sentences)
    citations = [CITATION.findall(citation) for _, citation in told]
    # The articles have no outlet: each is named by its title, with the paragraph.
    assert all(label.startswith("“") and "¶" in label for cited in citations for label, _, _ in cited)
    assert not any(re.search(r"\d{4}", label) for cited in citations for label, _, _ in cited)  # undated
    assert "Unknown source" not in "".join(c for _, c in told)
    # Restatements fold into the first telling: more articles cited than lines shown.
    assert sum(len(cited) for cited in citations) > len(told)
    # Each line is the sentence of the first paragraph it cites.
    paragraphs = {e.article.slug: e.article.paragraphs for e in site.briefing.extractions}
    for sentence, cited in zip(sentences, citations, strict=True):
        _, slug, number = cited[0]
        assert sentence in paragraphs[slug][int(number) - 1].text


@pytest.mark.shared("corpora/gva-dev")
def test_a_follow_up_is_told_after_its_incident_citing_outlet_and_date(tmp_path):
    # gva-dev 422064: a triple homicide at a Fuller Park barbecue (dnainfo.com, 29 September 2015), and
    # the third man charged two months later (chicago.suntimes.com, 30 November); the third article,
    # "Two Charged In Triple Homicide At Fuller Park Barbecue", was crawled with another site's travel
    # teasers ("Five Must-See Destinations In Paris…"), none of which is told.
    shutil.copytree(GVA / "422064", tmp_path / "fuller")
    _, _, told = happened(tmp_path / "fuller", "1.md")
    # Markdown escapes the labels' dots and dashes: read them as a reader does.
    labels = [label.replace("\\", "") for _, c in told for label, _, _ in CITATION.findall(c)]
    assert labels[0] == "dnainfo.com, 2015-09-29, ¶ 1"
    assert told[0][0].startswith("Three people died and two were wounded in a shooting")
    assert any(label.startswith("chicago.suntimes.com, 2015-11-30, ¶ ") for label in labels)
    assert not any("Paris" in sentence for sentence, _ in told)
    first_later = next(i for i, label in enumerate(labels) if "2015-11-30" in label)
    assert all("2015-09-29" in label for label in labels[:first_later])
