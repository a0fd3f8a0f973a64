"""The extraction contract: one JSON object per article, as `briefing extract` prints it."""

from __future__ import annotations

from .model import Briefing, Extraction


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
            {"kind": m.kind, "text": m.text, "paragraph": m.paragraph, "start": m.start, "end": m.end,
             "entity": m.entity, "name": briefing.entities[m.entity].name if m.entity else m.text,
             "role": m.role}
            for m in extraction.mentions
        ],
        "figures": [
            {"value": f.value, "low": f.low, "high": f.high, "qualifier": f.qualifier, "measure": f.measure,
             "text": f.text, "paragraph": f.paragraph, "start": f.start, "end": f.end, "noun": f.noun,
             "attribution": f.attribution, "event": f.event, "part_of": f.part_of, "rate": f.rate}
            for f in extraction.figures
        ],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "paragraph": q.paragraph, "start": q.start, "end": q.end}
            for q in extraction.quotes
        ],
    }
