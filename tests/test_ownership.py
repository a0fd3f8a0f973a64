"""Nothing briefing did not write is ever deleted or overwritten: the cache prunes only the version
folders it marked; `--out`, `--cache` and `--site-dir` refuse a folder holding a user's files
unless `--force`, and then remove none of them; the plugin refuses such a cache folder; folders a
user cannot write end the command in one line naming the folder and why."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.ownership import MARKER, owner_kind
from briefing.pipeline import build
from briefing.speed import versions
from conftest import SEEDS, project_copy


def users_folder(folder: Path) -> dict[str, bytes]:
    """`folder` filled as a user's folder may be, with a folder named like a cache version; its files."""
    (folder / "0123456789abcdef").mkdir(parents=True)
    (folder / "0123456789abcdef" / "thesis.tex").write_bytes(b"\\section{Years of work}\n")
    (folder / "deadbeefdeadbeef").mkdir()
    (folder / "notes.txt").write_text("my notes\n", encoding="utf-8")
    (folder / ".profile").write_bytes(b"export X=1\n")
    return snapshot(folder)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones too) and its bytes; folders as empty values."""
    found = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        found[name] = path.read_bytes() if path.is_file() else b""
    return found


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=cwd, capture_output=True, text=True)


COMMANDS = {
    "extract": ["extract", "seeds", "--cache", "mine"],
    "stories": ["stories", "seeds", "--cache", "mine"],
    "render-cache": ["render", "seeds", "--out", "pages", "--cache", "mine"],
    "render-out": ["render", "seeds", "--out", "mine", "--no-cache"],
    "build-site": ["build", "seeds", "--site-dir", "mine", "--no-cache"],
    "build-cache": ["build", "seeds", "--site-dir", "site", "--cache", "mine"],
    "serve-cache": ["serve", "seeds", "--cache", "mine", "--dev-addr", "127.0.0.1:1"],
}


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_every_command_refuses_a_folder_of_a_users_files_and_leaves_it_as_it_was(
    command: list[str], tmp_path: Path
) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    before = users_folder(tmp_path / "mine")
    result = run(*command, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"briefing {command[0]}: error: ")
    assert "mine holds files briefing did not write; choose an empty or new folder, or pass --force" in line
    assert snapshot(tmp_path / "mine") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine", "seeds"]  # nothing else was written


@pytest.mark.parametrize(
    "command", [c for name, c in COMMANDS.items() if name not in ("build-site", "serve-cache")]
)
def test_with_force_every_file_of_the_user_is_still_there_byte_for_byte(
    command: list[str], tmp_path: Path
) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    before = users_folder(tmp_path / "mine")
    result = run(*command, "--force", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    after = snapshot(tmp_path / "mine")
    assert {name: after.get(name) for name in before} == before
    assert len(after) > len(before)  # briefing wrote beside them
    assert result.returncode == run(*command, cwd=tmp_path).returncode == 0  # now it is briefing's too


def test_the_cache_prunes_only_the_version_folders_it_marked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build([SEEDS], cache=tmp_path / "cache", workers=1)
    old = next(p for p in (tmp_path / "cache").iterdir() if owner_kind(p) == "version")
    users = users_folder(tmp_path / "cache" / "mine")  # a user's folder put in the cache afterwards
    (tmp_path / "cache" / "fedcba9876543210").mkdir()  # named like a version, without briefing's mark
    monkeypatch.setattr(versions, "extractor_version", lambda: "0" * 64)
    build([SEEDS], cache=tmp_path / "cache", workers=1)
    assert not old.exists()
    assert owner_kind(tmp_path / "cache" / ("0" * 16)) == "version"
    assert (tmp_path / "cache" / "fedcba9876543210").is_dir()
    assert snapshot(tmp_path / "cache" / "mine") == users


def test_render_removes_the_pages_it_wrote_before_and_nothing_else(tmp_path: Path) -> None:
    articles = shutil.copytree(SEEDS, tmp_path / "articles")
    before = users_folder(tmp_path / "pages")
    assert run("render", "articles", "--out", "pages", "--no-cache", "--force", cwd=tmp_path).returncode == 0
    [removed, kept] = sorted(articles.iterdir())
    pages = tmp_path / "pages" / "articles"
    page_of_removed = next(p for p in pages.iterdir() if p.stem.startswith(removed.stem[:3]))
    removed.unlink()
    assert run("render", "articles", "--out", "pages", "--no-cache", cwd=tmp_path).returncode == 0
    assert not page_of_removed.exists()
    after = snapshot(tmp_path / "pages")
    assert {name: after.get(name) for name in before} == before
    assert (pages / "index.md").is_file() and any(p.stem.startswith(kept.stem[:3]) for p in pages.iterdir())


def test_the_plugin_refuses_a_cache_folder_of_a_users_files(tmp_path: Path) -> None:
    project = project_copy(tmp_path)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        config.replace("articles: seeds", "articles: seeds\n      cache: mine")
    )
    before = users_folder(project / "mine")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"], cwd=project, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert f"briefing: cache folder {project / 'mine'} holds files briefing did not write" in result.stderr
    assert snapshot(project / "mine") == before
    assert not (project / "site").exists()


def test_marked_folders_say_what_they_are(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    assert run("build", "seeds", cwd=tmp_path).returncode == 0
    assert owner_kind(tmp_path / "site") == "site" and (tmp_path / "site" / MARKER).is_file()
    assert owner_kind(tmp_path / ".briefing-cache") == "cache"
    result = run("render", "seeds", "--out", "site", cwd=tmp_path)
    assert result.returncode == 2
    assert "site holds a site briefing built, not pages of briefing render" in result.stderr


# --- Folders a user cannot write, as a user without root's rights ------------------------------------


@pytest.fixture
def unprivileged() -> Iterator[tuple[list[str], dict]]:
    """How to run Python as a user without root's rights (`nobody` when the tests run as root), and a
    folder in /tmp that user can read: (interpreter, subprocess options)."""
    work = Path(tempfile.mkdtemp(prefix="briefing-user-"))
    work.chmod(0o755)
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(work),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
        "NO_MKDOCS_2_WARNING": "1",
    }
    options: dict = {"env": env, "capture_output": True, "text": True}
    if os.geteuid() == 0:
        options |= {"user": 65534, "group": 65534, "extra_groups": []}
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [sys.executable, os.path.realpath(sys.executable), f"/usr/bin/python{version}"]
    python = next(
        (p for p in candidates if os.path.exists(p) and _runs(p, options, work)),
        None,
    )
    if python is None:
        shutil.rmtree(work)
        pytest.skip(f"no Python {version} that a user without root's rights may run")
    try:
        yield [python], options | {"cwd": work}
    finally:
        for folder in work.rglob("*"):
            if folder.is_dir():
                folder.chmod(0o755)
        shutil.rmtree(work)


def _runs(python: str, options: dict, cwd: Path) -> bool:
    try:
        return subprocess.run([python, "-c", "import briefing.cli"], cwd=cwd, **options).returncode == 0
    except OSError:
        return False


def _read_only(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o555)
    return folder


def test_folders_a_user_cannot_write_end_each_command_in_one_line(
    unprivileged: tuple[list[str], dict],
) -> None:
    python, options = unprivileged
    work = options["cwd"]
    shutil.copytree(SEEDS, work / "seeds")
    for path in [work / "seeds", *(work / "seeds").iterdir()]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    locked = _read_only(work / "locked")
    secret = work / "secret"
    secret.mkdir(mode=0o700)
    secret.chmod(0o000)
    cases = {
        (
            "render",
            "seeds",
            "--out",
            "locked/pages",
            "--no-cache",
        ): "output folder locked/pages cannot be created in locked: permission denied",
        (
            "render",
            "seeds",
            "--out",
            "locked",
            "--no-cache",
        ): "output folder locked cannot be written: permission denied",
        ("extract", "seeds", "--cache", "locked"): "cache folder locked cannot be written: permission denied",
        ("build", "seeds", "--site-dir", "locked/site", "--no-cache"): "cannot be created in",
        ("check", "secret"): "argument PATH: secret cannot be read: permission denied",
        ("extract", "secret"): "argument PATH: secret cannot be read: permission denied",
    }
    for args, message in cases.items():
        result = subprocess.run([*python, "-m", "briefing", *args], **options)
        assert result.returncode == 2, (args, result.stderr)
        [line] = result.stderr.splitlines()
        assert message in line, args
    # The default cache, in a working folder the user cannot write.
    result = subprocess.run(
        [*python, "-m", "briefing", "stories", str(work / "seeds")], **options | {"cwd": locked}
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "briefing stories: error: cache folder .briefing-cache cannot be created in .: "
        "permission denied (or pass --no-cache)"
    )


def test_mkdocs_build_in_a_project_the_user_cannot_write_says_why_in_one_line(
    unprivileged: tuple[list[str], dict],
) -> None:
    python, options = unprivileged
    (options["cwd"] / "project").mkdir()
    project = project_copy(options["cwd"] / "project")
    for path in [project, *project.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    result = subprocess.run([*python, "-m", "mkdocs", "build"], **options | {"cwd": project})
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "Error" in line or "ERROR" in line]
    cache = project / ".briefing-cache"
    expected = f"briefing: cache folder {cache} cannot be created in {project}: permission denied"
    assert any(expected in line for line in errors), result.stderr
