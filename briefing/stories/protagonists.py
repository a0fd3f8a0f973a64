"""The person an article is most about, and whether two articles follow one person.

An article's central person is the person it names earliest and most often: the one a story follows
over months (the shooter at his trial), where a place or an office recurs in stories of its own.
Articles published far apart are one story when either names the other's central person.
"""

from __future__ import annotations

from collections.abc import Iterable

from .signals import Signals, famous


def central_person(signals: Signals) -> str | None:
    """The person named without an office who weighs most among the article's features, unless news
    prints the name every day (None when it names no such person): an office-holder or a famous name
    is in story after story."""
    people = (n for n in signals.anchors if n.startswith("person:") and not famous(n.partition(":")[2]))
    return _weightiest(signals, people)


def share(a: Signals, a_person: str | None, b: Signals, b_person: str | None) -> bool:
    """Either article names the other's central person (`a_person`, `b_person`)."""
    return (a_person is not None and _names(b, a_person, a)) or (
        b_person is not None and _names(a, b_person, b)
    )


def _weightiest(signals: Signals, names: Iterable[str]) -> str | None:
    """The one of `names` that weighs most in the article (None when there is none)."""
    return max(((signals.weights[name], name) for name in names), default=(0.0, None))[1]


def _names(article: Signals, name: str, owner: Signals) -> bool:
    """Does `article` name `name` (a name of `owner`), in full or by its last word?"""
    return name in article.weights or owner.names[name] in article.weights
