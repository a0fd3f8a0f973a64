"""People, places and organizations named in one article.

Names are capitalized spans (spans.py). What kind a span is comes from cues around it (cues.py): a
title ("Interior Minister"), a role ("the city's mayor"), a speech verb ("said"), a given name, an
organization's head word ("Air Force"), or the gazetteer; the rules (rules.py) weigh them in order,
against what the article has shown so far (context.py). A surname alone is the person named in
full elsewhere in the same article.
"""

from __future__ import annotations

from ..datelines import upper_case_place
from ..model import Article, Mention
from .context import ArticleContext
from .engine import read_span
from .gazetteer import Place, gazetteer
from .lexicon import FACILITY_HEADS, PLACE_HEADS
from .organizations import institutions_quoted
from .places import qualified_town
from .rules import LEARNING, RECORDING
from .spans import Span, TokenizedParagraph, find_spans, tokenized


def dateline_place(paragraph: TokenizedParagraph) -> tuple[Span, Place] | None:
    """The place a wire dateline in capitals opens the paragraph with ("MEXICO CITY, May 3 (Reuters) -"),
    read title-cased, with the words that name it."""
    found = upper_case_place(paragraph.text)
    if found is None:
        return None
    words = [i for i, t in enumerate(paragraph.tokens) if found[0] <= t.start and t.end <= found[1]]
    for end in range(len(words), 0, -1):  # "NEW YORK MARKETS": the longest known start
        if end < len(words) and paragraph.tokens[words[end]].lower.rstrip(".") in _HEADS:
            return None  # "MADISON COUNTY, KY", "TEXAS TOWNSHIP, Mich.": no town of its first words
        span = Span(paragraph, tuple(paragraph.tokens[words[0] : words[end - 1] + 1]), words[0])
        # The town in the state that follows ("ENOLA, Pa."), else the best known of the name.
        place = qualified_town(span) or next(iter(gazetteer().lookup(_title(span))), None)
        if place:
            return span, place
    return None


_HEADS = PLACE_HEADS | FACILITY_HEADS | {"twp"}
"""Words that make a dateline's name a place below a town's ("COUNTY", "TWP.")."""


def _title(span: Span) -> str:
    return " ".join(t.text.title() for t in span.tokens)


def find_mentions(article: Article) -> list[Mention]:
    """Every person, place and organization mention in `article`, in reading order."""
    paragraphs = [tokenized(index, p.text) for index, p in enumerate(article.paragraphs)]
    datelines = [found for paragraph in paragraphs if (found := dateline_place(paragraph))]
    taken = {(span.paragraph.index, k) for span, _ in datelines for k in range(span.first, span.last)}
    spans = [
        span
        for paragraph in paragraphs
        for span in find_spans(paragraph)
        if (paragraph.index, span.first) not in taken
    ]
    context = ArticleContext(paragraphs, spans)
    for span, place in datelines:
        context.record("place", span.paragraph, span.tokens, place.id, place=place)
    for rule_pass in (LEARNING, RECORDING):
        for span in spans:
            read_span(context, span, rule_pass)
    for paragraph in paragraphs:
        for span in institutions_quoted(paragraph):
            context.record_organization(span)
    return context.mentions()
