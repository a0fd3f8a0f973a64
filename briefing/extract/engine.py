"""The engine that reads a span by a table of rules, and what a rule may decide.

A rule looks at a span and returns a Decision, or None to leave the span to the next rule. A decision
records parts of the span (a person, an organization, a place, or a part read again by every rule)
and either ends the span's reading or hands what is left of it to the next rule. The rules and their
order are in rules.py; this engine knows none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

from .context import ArticleContext
from .gazetteer import Place
from .places import best_place
from .spans import Span

Reading = Literal["person", "organization", "place", "place if known", "employer", "again"]
"""What a part of a span is: "place if known" is a place when the gazetteer knows it (else nothing),
"employer" a place when the gazetteer knows it (else an organization), "again" a span read by every rule."""


class Part(NamedTuple):
    """A piece of a span, and what it is."""

    reading: Reading
    span: Span
    role: str | None = None
    """A person's title or role."""
    key: str | None = None
    """A place's key when the gazetteer does not know it ("name:harrison county")."""
    place: Place | None = None
    """The gazetteer's place."""


class Decision(NamedTuple):
    """What a rule decided about a span."""

    parts: tuple[Part, ...] = ()
    """Parts of the span to record, in order."""
    rest: Span | None = None
    """What is left of the span for the next rules; None ends the span's reading."""


NOT_A_NAME = Decision()


def named(
    reading: Reading, span: Span, role: str | None = None, key: str | None = None, place: Place | None = None
) -> Decision:
    """The decision that the whole span is one thing, which ends its reading."""
    return Decision((Part(reading, span, role, key, place),))


def going_on_with(span: Span) -> Decision:
    """The decision to hand `span`, a part of the span read, to the next rules."""
    return Decision(rest=span)


Rule = Callable[[ArticleContext, Span], Decision | None]
"""A rule: a function of the article's context and a span."""


class Pass(NamedTuple):
    """The rules of one pass over an article, in order."""

    rules: tuple[Rule, ...]
    recording: bool
    """False in the learning pass, which only learns people's full names; True in the pass that records
    every name."""


def read_span(context: ArticleContext, span: Span, rule_pass: Pass) -> None:
    """Run a pass's rules over `span`, applying each decision as it is made. The learning pass learns
    full names only: a span of one word, with no title before it, has none, and is not read."""
    if not rule_pass.recording and len(span.tokens) < 2 and not span.role:
        return
    for rule in rule_pass.rules:
        decision = rule(context, span)
        if decision is None:
            continue
        for part in decision.parts:
            _apply(context, part, rule_pass)
        if decision.rest is None:
            return
        span = decision.rest


def _apply(context: ArticleContext, part: Part, rule_pass: Pass) -> None:
    """Learn (in the learning pass) or record what a part of a span is."""
    span = part.span
    if part.reading == "again":
        read_span(context, span, rule_pass)
    elif not rule_pass.recording:
        if part.reading == "person":
            context.know_person(span.text)
    elif part.reading == "person":
        context.record_person(span, part.role)
    elif part.reading == "organization":
        context.record_organization(span)
    elif part.reading == "place":
        context.record("place", span.paragraph, span.tokens, part.key or part.place.id, place=part.place)
    elif place := best_place(context, span):  # "place if known", "employer"
        context.record("place", span.paragraph, span.tokens, place.id, place=place)
    elif part.reading == "employer":
        context.record_organization(span)
