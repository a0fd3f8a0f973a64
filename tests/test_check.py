"""`briefing check`: every problem in one run, a summary, and an exit code a script can use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from conftest import BBC

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def test_clean_seeds_pass_with_no_problems(capsys):
    assert main(["check", str(SEEDS)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "2 articles loaded; 0 errors, 0 warnings, 0 notes\n"


def test_every_problem_is_reported_in_one_run_and_an_error_fails(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bad-date.md").write_text("---\ntitle: Strike\ndate: yesterday\n---\n\nText here.\n")
    (tmp_path / "extra.md").write_text("---\ntitle: Strike\ntags: war\n---\n\nOther text here.\n")
    (tmp_path / "good.txt").write_text("Headline here\n\nRussia launched missiles at Kyiv.\n")
    assert main(["check", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    base = tmp_path.as_posix()
    assert out.splitlines() == [
        f"{base}/bad-date.md:3: error: date 'yesterday' is not a date (use YYYY-MM-DD)",
        f"{base}/bad-date.md:1: error: article skipped because of the front matter error",
        f"{base}/empty.txt:1: warning: empty file; skipped",
        f"{base}/extra.md:3: warning: unknown front matter key 'tags' "
        "(known: authors, date, source, story, title, url); ignored",
    ]
    assert err == "2 articles loaded; 1 error, 2 warnings, 0 notes\n"  # an article left out counts once


def test_notes_alone_pass(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Headline here\n\nRussia launched missiles at Kyiv.\n")
    (tmp_path / "b.txt").write_text("Headline here\r\n\r\nRussia launched missiles at Kyiv.\r\n")
    assert main(["check", str(tmp_path)]) == 0
    out, _ = capsys.readouterr()
    assert (
        out == f"{tmp_path.as_posix()}/b.txt:1: info: duplicate (but for white space) of "
        f"{tmp_path.as_posix()}/a.txt; left out\n"
    )


def test_missing_path_is_an_error_and_an_empty_folder_a_warning(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    with pytest.raises(SystemExit) as exit:
        main(["check", str(tmp_path / "missing.txt"), str(tmp_path / "empty")])
    assert exit.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"briefing check: error: argument PATH: no such file or folder: {tmp_path}/missing.txt\n"
    assert main(["check", str(tmp_path / "empty")]) == 0
    out, _ = capsys.readouterr()
    suffixes = ".txt, .md, .markdown, .json, .html, .htm"
    assert out.splitlines() == [f"{tmp_path.as_posix()}/empty:1: warning: no {suffixes} files in this folder"]


@pytest.mark.shared("corpora/bbc")
def test_bbc_corpus_checks_clean_but_for_duplicates_and_one_latin1_file(capsys):
    assert main(["check", str(BBC)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert sum("info: duplicate of" in line for line in lines) == 98
    assert sum("info: duplicate (but for white space) of" in line for line in lines) == 2
    assert [line for line in lines if "duplicate" not in line] == [
        f"{BBC.as_posix()}/sport/199.txt:5: info: not valid UTF-8 (first bad byte 0xa3 is on this line); "
        "decoded bad bytes as Windows-1252, so 0xa3 became '£'",
    ]
    assert err == "2126 articles loaded; 0 errors, 0 warnings, 101 notes\n"


def test_summary_counts_an_article_left_out_for_errors_once_and_speaks_of_one_article_in_the_singular(
    tmp_path, capsys
):
    bad = "---\ntitle: Strike\ndate: 2025-13-45\nsource: [CNN, BBC]\n---\n\nText here.\n"
    (tmp_path / "bad.md").write_text(bad)
    (tmp_path / "good.txt").write_text("Headline here\n\nRussia launched missiles at Kyiv.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["check", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 4  # two reasons, the article left out, the empty file
    assert err == "1 article loaded; 1 error, 1 warning, 0 notes\n"


def test_command_line_runs_as_a_module(tmp_path):
    (tmp_path / "x.md").write_text("---\ntitle: [unclosed\n---\n\nText.\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "check", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert result.stdout.startswith(f"{tmp_path.as_posix()}/x.md:")
    assert ": error: malformed front matter:" in result.stdout
    assert result.stderr == "0 articles loaded; 1 error, 0 warnings, 0 notes\n"


def test_extract_prints_one_record_per_loaded_article(capsys):
    assert main(["extract", str(SEEDS), "--format", "jsonl"]) == 0
    out, _ = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["path"].rsplit("/", 1)[1], r["source"]) for r in records] == [
        ("000_b1c98fba87abfd1e.txt", None),
        ("001_1cc6b34740a9b9ae.txt", "CNN"),
    ]
