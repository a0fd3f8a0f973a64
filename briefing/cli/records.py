"""The contracts: one JSON object per article, as `briefing extract` prints it, and one per
story, as `briefing stories` prints it."""

from __future__ import annotations

from ..model import Briefing, Extraction, Story
from ..render.measures import MeasureSummary, compare


def article_record(extraction: Extraction, briefing: Briefing) -> dict:
    """The machine-readable record of one article (see README, "The extraction contract")."""
    article = extraction.article
    return {
        "path": article.path,
        "title": article.title,
        "source": article.source,
        "date": article.date.isoformat() if article.date else None,
        "authors": list(article.authors),
        "url": article.url,
        "story": briefing.story_of.get(article.path),
        "paragraphs": [p.text for p in article.paragraphs],
        "mentions": [
            {
                "kind": m.kind,
                "text": m.text,
                "paragraph": m.paragraph,
                "start": m.start,
                "end": m.end,
                "entity": m.entity,
                "name": briefing.entities[m.entity].name if m.entity else m.text,
                "role": m.role,
            }
            for m in extraction.mentions
        ],
        "figures": _figure_records(extraction),
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "paragraph": q.paragraph, "start": q.start, "end": q.end}
            for q in extraction.quotes
        ],
    }


def _figure_records(extraction: Extraction) -> list[dict]:
    """The title's figures, then the paragraphs': a `part_of` counts in this list."""
    headline = extraction.headline
    return [
        {
            "value": f.value,
            "low": f.low,
            "high": f.high,
            "qualifier": f.qualifier,
            "measure": f.measure,
            "text": f.text,
            "paragraph": f.paragraph,
            "start": f.start,
            "end": f.end,
            "noun": f.noun,
            "attribution": f.attribution,
            "event": f.event,
            "part_of": None if f.part_of is None else f.part_of + (len(headline) if in_body else 0),
            "rate": f.rate,
        }
        for in_body, figures in ((False, headline), (True, extraction.figures))
        for f in figures
    ]


def story_records(briefing: Briefing) -> list[dict]:
    """The machine-readable record of each story, the latest first (see README, "Stories")."""
    paths = {e.article.slug: e.article.path for e in briefing.extractions}
    figures: dict[str, list[MeasureSummary]] = {}
    for summary in compare(briefing):
        figures.setdefault(summary.story, []).append(summary)
    return [_story_record(story, figures.get(story.id, []), paths) for story in briefing.stories.values()]


def _story_record(story: Story, summaries: list[MeasureSummary], paths: dict[str, str]) -> dict:
    return {
        "story": story.id,
        "title": story.title,
        "articles": list(story.articles),
        "first": story.first.isoformat() if story.first else None,
        "last": story.last.isoformat() if story.last else None,
        "figures": [
            {
                "measure": s.measure,
                "value": s.value,
                "low": s.low,
                "high": s.high,
                "key": s.key,
                "reports": [
                    {
                        "path": paths[r.slug],
                        "value": r.figure.value,
                        "qualifier": r.figure.qualifier,
                        "paragraph": r.figure.paragraph,
                        "superseded": r.superseded,
                        "set_apart": r.apart,
                    }
                    for r in s.reports
                ],
            }
            for s in summaries
        ],
    }
