"""What happened: a story's distinct facts, in the order its articles reported them.

Each article's lead says what it reports: the first sentence of the paragraph its story starts at (a
crawled page can open with a caption, a byline or other stories' teasers, which report nothing:
`signals.story_start`). The sentence that first
reports each key figure says what was counted. Taken in date order, a sentence that adds nothing to
the facts already told (no new name, count or development: arrested, charged, sentenced…) restates
one of them and folds into it, its citation beside the first's; a sentence that adds one is a
development of its own. Every sentence cites its article by outlet and date (by title where the
outlet is unknown) and paragraph.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..extract.lexicon import word_table
from ..sentences import lead_sentence, sentence_at
from ..stories.signals import story_start

if TYPE_CHECKING:
    from ..model import Extraction

DEVELOPMENTS = 6
"""Developments shown: enough to tell the story, short enough to read first."""
CITED = 3
"""Citations shown beside a development; further restatements are counted."""
LEAD_PARAGRAPHS = 5
"""Paragraphs a lead is looked for in: past a caption, a byline or a date line."""
REPORTED_WORDS = 6
"""The fewest words of a sentence that reports something ("By Russell Mills" does not)."""
TITLE_CHARACTERS = 40
"""The most characters of an article's title in a citation that names it by title."""

DEVELOPMENT_WORDS = word_table("""
arrest arrested arrests charge charged charges indict indicted indictment plead pleaded pleads
guilty convicted conviction sentence sentenced trial verdict acquitted jury identify identified
named died dies dead funeral vigil released freed escaped surrendered caught captured killed
resign resigned fired elected won wins lost defeated appointed announced signed reversed overturned
overturns rescued evacuated
""")
"""Words that tell a story moved on (an arrest, a charge, a death), as a development, not a restatement."""

# A reporter's own sentence: not a link, a post or a byline; not a quote, which may start mid-speech
# (a lead may quote a word, a figure's sentence may not).
_NOT_REPORTED = re.compile(r"https?://|pic\.twitter|^\s*by\s", re.IGNORECASE)
_QUOTED = re.compile(r"[“”\"]")
_OPENS_QUOTED = re.compile(r"^\W*[“\"‘']")
_WORD = re.compile(r"[a-z]+")


@dataclass
class Sentence:
    """A sentence of an article that may tell what happened."""

    extraction: Extraction
    paragraph: int
    text: str
    facts: frozenset[str]
    """The names, counts and development words it gives."""


@dataclass
class Development:
    """One fact of the story: the sentence that first told it, and the sentences that restate it."""

    first: Sentence
    facts: set[str]
    restated: list[Sentence] = field(default_factory=list)

    @property
    def cited(self) -> list[Sentence]:
        return [self.first, *self.restated]


def developments(extractions: Iterable[Extraction], figures: Iterable[tuple[Extraction, int, int]]) -> list:
    """The story's developments, oldest first: its articles' leads and the sentences of `figures`
    (article, paragraph, offset of the first report of each key figure), restatements folded."""
    candidates = [lead for e in extractions if (lead := _lead(e)) is not None]
    for extraction, paragraph, offset in figures:
        text = sentence_at(extraction.article.paragraphs[paragraph].text, offset)
        if _reported(text, extraction, paragraph, offset) and not _QUOTED.search(text):
            candidates.append(_sentence(extraction, paragraph, text))
    found: list[Development] = []
    for sentence in sorted(candidates, key=_when):
        told = set().union(*(d.facts for d in found))
        if found and sentence.facts <= told:
            target = max(found, key=lambda d: len(d.facts & sentence.facts))
            if all(s.extraction is not sentence.extraction for s in target.cited):
                target.restated.append(sentence)
        elif all(sentence.text != d.first.text for d in found):
            found.append(Development(sentence, set(sentence.facts)))
    return found[:DEVELOPMENTS]


def label(sentence: Sentence) -> str:
    """How a citation names its article: "CNN, 2025-04-24, ¶ 2", or its title without an outlet."""
    article = sentence.extraction.article
    name = article.source
    if not name:
        title = article.title
        name = f"“{title[:TITLE_CHARACTERS].rstrip()}…”" if len(title) > TITLE_CHARACTERS else f"“{title}”"
    date = f", {article.date.isoformat()}" if article.date else ""
    return f"{name}{date}, ¶ {sentence.paragraph + 1}"


def _lead(extraction: Extraction) -> Sentence | None:
    """The article's lead: the first reported sentence of the first paragraphs of its story (none
    where its page holds no paragraph that shares a word with its headline)."""
    start = story_start(extraction.article)
    for paragraph in (
        extraction.article.paragraphs[start : start + LEAD_PARAGRAPHS] if start is not None else ()
    ):
        if not paragraph.prose:
            continue
        text = lead_sentence(paragraph.text)
        start = paragraph.text.find(text[:20]) if text else -1
        if _reported(text, extraction, paragraph.index, max(start, 0)):
            return _sentence(extraction, paragraph.index, text)
    return None


def _reported(text: str, extraction: Extraction, paragraph: int, offset: int) -> bool:
    """A sentence a reporter wrote, long enough to report something, that is no one's quote."""
    if len(text.split()) < REPORTED_WORDS or not text.rstrip("”\"’'").endswith((".", "!", "?")):
        return False
    if _NOT_REPORTED.search(text) or _OPENS_QUOTED.match(text) or not any(c.islower() for c in text):
        return False
    return not any(q.paragraph == paragraph and q.start <= offset < q.end for q in extraction.quotes)


def _sentence(extraction: Extraction, paragraph: int, text: str) -> Sentence:
    """`text`, a sentence of the paragraph, with the facts it gives."""
    whole = extraction.article.paragraphs[paragraph].text
    start = max(0, whole.find(text))
    end = start + len(text)
    facts = {
        f"{m.kind}:{m.entity or m.key}"
        for m in extraction.mentions
        if m.paragraph == paragraph and start <= m.start < end
    }
    facts |= {
        f"{f.measure}={f.value:g}"
        for f in extraction.figures
        if f.paragraph == paragraph and start <= f.start < end and f.event is None
    }
    facts |= {w for w in _WORD.findall(text.lower()) if w in DEVELOPMENT_WORDS}
    return Sentence(extraction, paragraph, text, frozenset(facts))


def _when(sentence: Sentence) -> tuple:
    """Oldest article first, undated last; then its paragraphs in order."""
    date = sentence.extraction.article.date
    return date is None, date or datetime.date.min, sentence.extraction.article.path, sentence.paragraph
