"""The `briefing` command as a user types it: mistyped paths fail, `--version`, help, and pipes."""

from __future__ import annotations

import importlib.metadata
import shutil
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


PIPELINE = ("extract", "render", "stories", "build", "serve")
BAD_ARGUMENTS = {
    "missing-path": (
        ("extract", "render", "stories", "check", "build", "serve"),
        ["nowhere"],
        "no such file or folder: nowhere",
    ),
    "out-is-a-file": (
        ("render",),
        ["seeds", "--out", "a-file"],
        "output folder a-file is a file, not a folder",
    ),
    "cache-is-a-file": (
        PIPELINE,
        ["seeds", "--cache", "a-file"],
        "cache folder a-file is a file, not a folder",
    ),
    "cache-in-a-file": (
        PIPELINE,
        ["seeds", "--cache", "a-file/cache"],
        "cannot be created: a-file is a file",
    ),
    "site-dir-is-a-file": (
        ("build",),
        ["seeds", "--site-dir", "a-file"],
        "site folder a-file is a file, not a folder",
    ),
    "no-workers": (PIPELINE, ["seeds", "--workers", "0"], "must be at least 1, not 0"),
    "workers-not-a-number": (PIPELINE, ["seeds", "--workers", "many"], "must be a whole number, not 'many'"),
    "entities-is-a-folder": (PIPELINE, ["seeds", "--entities", "seeds"], "seeds is not a file"),
    "templates-is-a-file": (
        ("render", "build", "serve"),
        ["seeds", "--templates", "a-file"],
        "a-file is not a folder",
    ),
    "config-is-missing": (
        ("build", "serve"),
        ["seeds", "--config", "mkdocs.yml"],
        "no such file or folder: mkdocs.yml",
    ),
    "config-is-not-yaml": (
        ("build", "serve"),
        ["seeds", "--config", "a-file"],
        "is not a MkDocs configuration",
    ),
}


@pytest.mark.parametrize(
    ("command", "arguments", "message"),
    [
        (command, arguments, message)
        for commands, arguments, message in BAD_ARGUMENTS.values()
        for command in commands
    ],
    ids=[f"{command}-{name}" for name, (commands, _, _) in BAD_ARGUMENTS.items() for command in commands],
)
def test_each_command_with_each_bad_argument_says_why_in_one_line_and_writes_nothing(
    command: str,
    arguments: list[str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "a-file").write_text("not a folder\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    needs_out = command == "render" and "--out" not in arguments
    try:
        status = main([command, *arguments, *(["--out", "pages"] if needs_out else [])])
    except SystemExit as exit:
        status = exit.code
    out, err = capsys.readouterr()
    assert status == 2
    assert out == ""
    [line] = err.splitlines()
    assert line.startswith(f"briefing {command}: error: ") and message in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "seeds"]
