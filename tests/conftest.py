"""Shared fixtures: the seeds, the shared corpora, and one built site per test session."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.model import Article, Mention, Paragraph
from briefing.pipeline import build_briefing

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_records() -> list[dict]:
    """`briefing extract seeds --format jsonl`, run as a user runs it."""
    out = subprocess.run([sys.executable, "-m", "briefing", "extract", "seeds", "--format", "jsonl"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds site, built with `mkdocs build --strict` from a copy of the project."""
    project = tmp_path_factory.mktemp("project")
    for name in ("mkdocs.yml", "docs_src", "seeds"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, project / name)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
                            cwd=project, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return project / "site"


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
