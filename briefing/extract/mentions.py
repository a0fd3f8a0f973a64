"""People, places and organizations named in one article.

Names are capitalized spans (spans.py). What kind a span is comes from cues around it (cues.py): a
title ("Interior Minister"), a role ("the city's mayor"), a speech verb ("said"), a given name, an
organization's head word ("Air Force"), or the gazetteer; the rules (rules.py) weigh them in order,
against what the article has shown so far (context.py). A surname alone is the person named in
full elsewhere in the same article.
"""

from __future__ import annotations

from ..model import Article, Mention
from .context import ArticleContext
from .engine import read_span
from .organizations import institutions_quoted
from .rules import LEARNING, RECORDING
from .spans import find_spans, tokenized


def find_mentions(article: Article) -> list[Mention]:
    """Every person, place and organization mention in `article`, in reading order."""
    paragraphs = [tokenized(index, p.text) for index, p in enumerate(article.paragraphs)]
    spans = [span for paragraph in paragraphs for span in find_spans(paragraph)]
    context = ArticleContext(paragraphs, spans)
    for rule_pass in (LEARNING, RECORDING):
        for span in spans:
            read_span(context, span, rule_pass)
    for paragraph in paragraphs:
        for span in institutions_quoted(paragraph):
            context.record_organization(span)
    return context.mentions()
