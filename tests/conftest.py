"""Shared fixtures: the seeds, the shared corpora, and one built site per test session.

A test that reads `../shared` (corpora, gold, tools) says so with `@pytest.mark.shared("corpora/bbc")`;
in a checkout without that folder beside it, the test is skipped with a reason naming the folder.
"""

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
BBC = SHARED / "corpora" / "bbc"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip every test marked `shared(folder, ...)` whose folder is missing from ../shared."""
    for item in items:
        folders = [folder for mark in item.iter_markers("shared") for folder in mark.args]
        missing = [folder for folder in folders if not (SHARED / folder).exists()]
        if missing:
            reason = f"needs ../shared/{missing[0]}, which this checkout does not have"
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def seeds_records() -> list[dict]:
    """`briefing extract seeds --format jsonl`, run as a user runs it."""
    out = subprocess.run(
        [sys.executable, "-m", "briefing", "extract", "seeds", "--format", "jsonl"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines()]


def project_copy(project: Path) -> Path:
    """`project`, an existing folder, holding a copy of mkdocs.yml, docs_src and the seeds."""
    for name in ("mkdocs.yml", "docs_src", "seeds"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, project / name)
    return project


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds site, built with `mkdocs build --strict` from a copy of the project."""
    project = project_copy(tmp_path_factory.mktemp("project"))
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return project / "site"


BBC_SAMPLE = [
    BBC / section / f"{n:03d}.txt"
    for section in ("business", "politics", "sport", "tech")
    for n in (1, 2, 76)
]
"""A few articles from each section of the BBC corpus."""


def seeds_and_bbc_sample(folder: Path) -> Path:
    """`folder`, holding a copy of the seeds and, where ../shared has them, of the BBC sample."""
    shutil.copytree(SEEDS, folder)
    for file in BBC_SAMPLE if BBC.is_dir() else []:
        shutil.copy(file, folder / f"bbc-{file.parent.name}-{file.name}")
    return folder


def article(*paragraphs: str, name: str = "test") -> Article:
    """An article whose body is `paragraphs`, in a file called `name`.txt."""
    return Article(
        path=f"{name}.txt",
        slug=name,
        title=name.capitalize(),
        source=None,
        date=None,
        authors=(),
        url=None,
        markup="text",
        paragraphs=tuple(Paragraph(i, p, i + 1) for i, p in enumerate(paragraphs)),
        digest=name,
    )


def named(mentions: list[Mention], kind: str) -> set[str]:
    """The texts of the mentions of one kind."""
    return {m.text for m in mentions if m.kind == kind}


@pytest.fixture(scope="session")
def seeds():
    return build_briefing([ROOT / "seeds"])
