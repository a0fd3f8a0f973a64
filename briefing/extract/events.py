"""Other events: a figure that counts what happened in an event the article recalls, not in its own.

"the worst disaster in December 2003, in which more than 31,000 people were killed": the 31,000
belong to December 2003. A figure of another event is shown apart from the story's own, with the
event's label.
"""

from __future__ import annotations

import re

from ..model import Article
from .lexicon import MONTHS

_MONTH_NAMES = "|".join(month.title() for month in MONTHS)
# A date: "last year's", "next week", "this month March 3", "March 3, 2024", "2011".
_DATE = re.compile(
    r"""\b(?:last|this|next)\ (?:year|month|week)\b(?:['’]s)?(?:\ (?:"""
    + _MONTH_NAMES
    + r""")(?:\ \d{1,2})?)?
      | \b(?:"""
    + _MONTH_NAMES
    + r""")(?:\ \d{1,2})?(?:,?\ (?:19|20)\d{2})?\b
      | \b(?:19|20)\d{2}\b""",
    re.VERBOSE,
)
# A dated event named right after the count: "were injured in the 2011 attack".
_DATED_EVENT_AFTER = re.compile(
    r"""[^.;]{0,40}?\b(?:in|during|from|by|since)\s+(?:the|a|an)\s+(?P<date>"""
    + _DATE.pattern
    + r""")\s+
        (?:[\w-]+\s+)?
        (?:attack|attacks|shooting|bombing|strike|strikes|earthquake|quake|blast|explosion|fire|flood|crash
           |massacre|raid)\b""",
    re.VERBOSE,
)


def other_event(text: str, sentence: tuple[int, int], start: int, end: int, article: Article) -> str | None:
    """Another event the figure belongs to ("in December 2003, in which 31,000 people were killed",
    "were injured in the 2011 attack")."""
    before = text[sentence[0] : start]
    dates = list(_DATE.finditer(before))
    date = dates[-1] if dates else None
    linked = date and (
        re.search(r"\b(when|which|that|where)\b", before[date.end() :])
        or re.search(r"\bsince\s+$", before[: date.start()])
    )
    if not linked:
        date = _DATED_EVENT_AFTER.match(text, end, sentence[1])
        if date is None:
            return None
    label = re.sub(r"['’]s$", "", date["date"] if date.re is _DATED_EVENT_AFTER else date.group())
    # A date that is the article's own month (or year, given alone) is the story's own event.
    if (
        article.date
        and str(article.date.year) in label
        and (label == str(article.date.year) or article.date.strftime("%B") in label)
    ):
        return None
    return label
