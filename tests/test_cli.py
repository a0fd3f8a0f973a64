"""The `briefing` command as a user types it: mistyped paths fail, `--version`, help, and pipes."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from conftest import ROOT, SEEDS


@pytest.mark.parametrize(
    "command",
    [
        ["extract", "nonexistent"],
        ["extract", str(SEEDS), "nonexistent"],
        ["extract", str(SEEDS), "--entities", "nonexistent.yml"],
        ["render", "nonexistent"],
        ["render", str(SEEDS), "--templates", "nonexistent"],
    ],
    ids=["extract", "extract-one-of-two", "entities", "render", "templates"],
)
def test_a_mistyped_path_is_an_error_that_prints_and_writes_nothing(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pages"
    with pytest.raises(SystemExit) as exit:
        main([*command, "--no-cache", *(["--out", str(out)] if command[0] == "render" else [])])
    assert exit.value.code != 0
    printed, err = capsys.readouterr()
    assert printed == ""
    assert "no such file or folder: nonexistent" in err
    assert not out.exists()


def test_version_is_the_installed_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["--version"])
    assert exit.value.code == 0
    assert capsys.readouterr().out == f"briefing {importlib.metadata.version('briefing')}\n"


def test_extract_help_says_what_each_format_prints(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    help = " ".join(capsys.readouterr().out.split())
    assert "jsonl: one JSON object per article, one per line (the default); json: one JSON array" in help


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    extract = subprocess.Popen(
        [sys.executable, "-m", "briefing", "extract", "seeds", "--no-cache"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    extract.stdout.close()  # as `briefing extract seeds | head -c 100` does once it has read enough
    err = extract.stderr.read().decode("utf-8")
    extract.wait()
    assert "Traceback" not in err and "BrokenPipeError" not in err
