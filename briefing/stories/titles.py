"""A story's title, chosen among its own articles' headlines."""

from __future__ import annotations

import collections
import datetime
import itertools
import re
from collections.abc import Sequence

from ..headlines import headline
from ..model import Article

_WORD = re.compile(r"[^\W\d_]{3,}")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def story_title(articles: Sequence[Article]) -> str:
    """The story's title: its best headline (`best_headline`) as a headline reads, with no final
    full stop and no spaces a tokenizer left ("Report: Red Sox…")."""
    return headline(best_headline(articles))


def best_headline(articles: Sequence[Article]) -> str:
    """The headline that shares most of its words with the story's other articles (their titles
    and leads): the one that says what they all report, as its article has it. Headlines an outlet
    wrote come before titles made from a lead sentence; among equals, the earliest article's."""
    if len(articles) == 1:
        return articles[0].title
    said = [_words(a.title) | _words(a.paragraphs[0].text if a.paragraphs else "") for a in articles]
    having = collections.Counter(itertools.chain.from_iterable(said))  # word → articles that say it

    def shared(index: int) -> float:
        words = _words(articles[index].title)
        others = sum(having[w] - (w in said[index]) for w in words)
        return others / (len(words) or 1) / (len(articles) - 1)

    # `max` keeps the first of equals: the articles come in the briefing's (path) order.
    best = max(
        range(len(articles)),
        key=lambda i: (
            not articles[i].title_derived,
            shared(i),
            -(articles[i].date or datetime.date.max).toordinal(),
            -len(articles[i].title),
        ),
    )
    return articles[best].title
