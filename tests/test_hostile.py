"""Messy and hostile input: the build never breaks, loses an article or runs the input's script."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from site_builder import build_site

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BBC = ROOT.parent / "shared" / "corpora" / "bbc"


# Severity: notes pass a strict build, front matter errors fail it


def test_strict_build_passes_with_a_duplicate_and_a_latin1_file_and_notes_them(tmp_path, caplog):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    shutil.copy(SEEDS / "001_1cc6b34740a9b9ae.txt", articles / "copy.txt")
    (articles / "pound.txt").write_bytes(b"Budget day\n\nThe chancellor found \xa315m for schools in Leeds.\n")
    caplog.set_level(logging.INFO)
    site = build_site(articles, tmp_path / "project")
    assert "£15m" in (site / "articles" / "pound" / "index.html").read_text(encoding="utf-8")
    assert not (site / "articles" / "copy").exists()
    notes = [r.getMessage() for r in caplog.records if r.levelname == "INFO"]
    assert any("copy.txt:1: info: duplicate of " in note for note in notes)
    assert any("pound.txt:3: info: not valid UTF-8 (first bad byte 0xa3" in note for note in notes)


@pytest.mark.parametrize("front, reason", [
    ("title: [unclosed\n", "malformed front matter"),
    ("title: Strike\ndate: 2025-13-45\n", "date '2025-13-45' is not a date"),
])
def test_strict_build_fails_on_a_front_matter_error_naming_file_and_line(tmp_path, caplog, front, reason):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    (articles / "bad.md").write_text(f"---\n{front}---\n\nMissiles hit Kyiv overnight.\n", encoding="utf-8")
    with pytest.raises(Abort):
        build_site(articles, tmp_path / "project")
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert any("bad.md:" in e and reason in e for e in errors), errors


def test_normal_build_skips_the_article_with_bad_front_matter_and_keeps_the_others(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    (articles / "bad.md").write_text("---\ntitle: [unclosed\n---\n\nMissiles hit Kyiv overnight.\n", encoding="utf-8")
    site = build_site(articles, tmp_path / "project", strict=False)
    assert not (site / "articles" / "bad").exists()
    assert {p.name for p in (site / "articles").iterdir() if p.is_dir()} == {"000-b1c98fba87abfd1e", "001-1cc6b34740a9b9ae"}
