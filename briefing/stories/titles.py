"""A story's title, chosen among its own articles' headlines.

A desk titles a story with a headline that says what its articles report and names who or where it
is about: a headline its outlet wrote, not a line of the page (a byline, a role, the outlet's name),
nor one that names no one of the story ("He sings, dances… 'Sexiest Man Alive'" for the Oscars'
host), read as a headline reads (`headlines`). Names count, then being a headline, then being the
outlet's own.
"""

from __future__ import annotations

import collections
import datetime
import itertools
import re
from collections.abc import Sequence

from ..headlines import headline, is_headline
from ..model import Extraction
from .outlets import outlet_words

_WORD = re.compile(r"[^\W\d_]{3,}")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def story_title(extractions: Sequence[Extraction]) -> str:
    """The story's title: its best headline (`best_headline`) as a headline reads, with no final full
    stop, no spaces a tokenizer left ("Report: Red Sox…") and no site's label or name around it."""
    article = best_headline(extractions).article
    return headline(article.title, outlet_words(article))


def best_headline(extractions: Sequence[Extraction]) -> Extraction:
    """The article whose headline says best what the story's articles report: one that names a person,
    place or organization the story names, is a headline (`headlines.is_headline`), was written by its
    outlet (not made of a lead sentence) and shares most of its words with the other articles' titles
    and leads; among equals, the earliest article's, then the longer."""
    articles = [e.article for e in extractions]
    said = [_words(a.title) | _words(a.lead.text if a.lead else "") for a in articles]
    having = collections.Counter(itertools.chain.from_iterable(said))  # word → articles that say it
    names = _names(extractions)

    def shared(index: int) -> float:
        words = _words(articles[index].title)
        others = sum(having[w] - (w in said[index]) for w in words)
        return others / (len(words) or 1) / max(1, len(articles) - 1)

    # `max` keeps the first of equals: the articles come in the briefing's (path) order.
    best = max(
        range(len(articles)),
        key=lambda i: (
            bool(_words(articles[i].title) & names),
            is_headline(articles[i].title, outlet_words(articles[i])),
            not articles[i].title_derived,
            shared(i),
            -(articles[i].date or datetime.date.max).toordinal(),
            -len(articles[i].title),
        ),
    )
    return extractions[best]


def _names(extractions: Sequence[Extraction]) -> set[str]:
    """The words of the names the story's articles give: in two of its articles, or in its one."""
    named = collections.Counter(
        itertools.chain.from_iterable({w for m in e.mentions for w in _words(m.text)} for e in extractions)
    )
    least = min(2, len(extractions))
    return {word for word, count in named.items() if count >= least}
