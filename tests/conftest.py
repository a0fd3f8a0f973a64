"""Shared helpers: articles made from real sentences, and the seed briefing."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.model import Article, Mention, Paragraph
from briefing.pipeline import build_briefing

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def article(*paragraphs: str) -> Article:
    """An article whose body is `paragraphs`."""
    return Article(path="test.txt", slug="test", title="Test", source=None, date=None, authors=(), url=None,
                   markup="text", paragraphs=tuple(Paragraph(i, p, i + 1) for i, p in enumerate(paragraphs)),
                   digest="test")


def named(mentions: list[Mention], kind: str) -> set[str]:
    """The texts of the mentions of one kind."""
    return {m.text for m in mentions if m.kind == kind}


@pytest.fixture(scope="session")
def seeds():
    return build_briefing([ROOT / "seeds"])
