"""Rebuilds of a site folder, as `mkdocs serve` runs them: only the pages whose content changed are
rendered and written, and after any edit the folder is the one a clean build of the same articles
writes, byte for byte (its search index and sitemap too). A change every page shows (mkdocs.yml,
the navigation) renders every page, and says why. And a site from a mkdocs.yml as a new user
writes it, without the Markdown extensions the pages need: the plugin adds them."""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from briefing.plugin.extensions import missing_extensions
from conftest import project_copy

SMALL = {
    "lviv-fire.md": "---\ntitle: Fire at a Lviv warehouse\nsource: Test News\ndate: 2025-03-02\n---\n"
    "A fire at a warehouse in Lviv killed three people on Sunday, the city's mayor said.\n\n"
    "Firefighters worked through the night to put it out.\n",
    "odesa-storm.md": "---\ntitle: Storm floods Odesa streets\nsource: Test Wire\ndate: 2025-03-05\n---\n"
    "A storm flooded streets in Odesa on Wednesday and injured five people, officials said.\n",
    "kharkiv-metro.txt": "Kharkiv metro reopens after repairs\n\n"
    "The Kharkiv metro reopened on Friday after two months of repairs, the city council said.\n",
}
"""Small articles of three other events, beside the seeds."""
ALWAYS_WRITTEN = {"404.html", "sitemap.xml", "sitemap.xml.gz", "search/search_index.json"}
"""What MkDocs writes at every build, whatever changed."""


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    """A copy of the project, with the small articles beside the seeds, whose site folder is
    rebuilt in this process as `mkdocs serve --dirty` rebuilds it (the plugin kept between builds)."""
    project_copy(tmp_path)
    for name, text in SMALL.items():
        (tmp_path / "seeds" / name).write_text(text, encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=True)
    yield tmp_path
    config.plugins.on_shutdown()


def rebuild(project: Path) -> None:
    """A build of `project`/site as `mkdocs serve` runs one, dirty, with the plugin's own settings."""
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    if "workers:" not in text:
        (project / "mkdocs.yml").write_text(
            text.replace("articles: seeds", "articles: seeds\n      workers: 1")
        )
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site")), dirty=True)


def clean_build(project: Path) -> Path:
    """A clean `mkdocs build` of the project into another folder, in a process of its own."""
    site = project / "clean-site"
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)]
    subprocess.run(command, cwd=project, check=True, capture_output=True)
    return site


def contents(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def written_since(site: Path, before: dict[str, int]) -> set[str]:
    """The files of `site` written since their modification times were `before`."""
    return {
        p.relative_to(site).as_posix()
        for p in site.rglob("*")
        if p.is_file() and p.stat().st_mtime_ns != before.get(p.relative_to(site).as_posix())
    }


def edit_a_sentence(articles: Path) -> None:
    fire = articles / "lviv-fire.md"
    fire.write_text(fire.read_text().replace("through the night", "for ten hours"), encoding="utf-8")


def add(articles: Path) -> None:
    (articles / "kyiv-bridge.md").write_text(
        "---\ntitle: Bridge closed in Kyiv\nsource: Test News\ndate: 2025-03-07\n---\n"
        "A bridge in Kyiv was closed on Friday after a crack was found, the city administration said.\n",
        encoding="utf-8",
    )


def delete(articles: Path) -> None:
    (articles / "odesa-storm.md").unlink()


def rename(articles: Path) -> None:
    (articles / "kharkiv-metro.txt").rename(articles / "metro-reopens.txt")


def retitle(articles: Path) -> None:
    fire = articles / "lviv-fire.md"
    fire.write_text(
        fire.read_text().replace("Fire at a Lviv warehouse", "Lviv warehouse fire"), encoding="utf-8"
    )


@pytest.mark.parametrize(
    "change",
    [edit_a_sentence, add, delete, rename, retitle],
    ids=["edit-a-sentence", "add", "delete", "rename", "retitle"],
)
def test_after_an_edit_the_site_folder_is_a_clean_builds(
    project: Path, change: Callable[[Path], None]
) -> None:
    rebuild(project)
    change(project / "seeds")
    rebuild(project)
    assert contents(project / "site") == contents(clean_build(project))


def test_a_rebuild_writes_only_the_pages_whose_content_changed(project: Path) -> None:
    rebuild(project)
    site = project / "site"
    before = contents(site)
    times = {path: (site / path).stat().st_mtime_ns for path in before}
    time.sleep(0.01)  # a file written again gets another modification time
    edit_a_sentence(project / "seeds")
    rebuild(project)
    after = contents(site)
    written = written_since(site, times) - ALWAYS_WRITTEN
    changed = {path for path in after if before.get(path) != after[path]} - ALWAYS_WRITTEN
    assert "articles/lviv-fire/index.html" in written
    assert written == changed  # none written the same again, none changed unwritten
    assert len(written) < len(after) / 4


def test_a_rebuild_with_nothing_changed_writes_no_page(project: Path) -> None:
    rebuild(project)
    times = {p: p.stat().st_mtime_ns for p in (project / "site").rglob("*.html")}
    time.sleep(0.01)
    rebuild(project)
    rewritten = {p for p, mtime in times.items() if p.stat().st_mtime_ns != mtime}
    assert {p.relative_to(project / "site").as_posix() for p in rewritten} == {"404.html"}


def test_a_changed_mkdocs_yml_renders_every_page_and_says_why(
    project: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rebuild(project)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("site_name: Kyiv strike briefing", "site_name: Desk"))
    with caplog.at_level(logging.INFO):
        rebuild(project)
    assert "rendering every page: mkdocs.yml or the theme changed" in caplog.text
    assert contents(project / "site") == contents(clean_build(project))


def test_a_dirty_build_of_a_folder_it_knows_nothing_of_renders_every_page(tmp_path: Path) -> None:
    """`mkdocs build --dirty` in a new process: what the folder holds is unknown, so it is emptied
    and every page rendered, and no page of a deleted article is left."""
    project = project_copy(tmp_path)
    for name, text in SMALL.items():
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "mkdocs", "build", "-d", "site"]
    subprocess.run(command, cwd=project, check=True, capture_output=True)
    delete(project / "seeds")
    dirty = subprocess.run([*command, "--dirty"], cwd=project, check=True, capture_output=True, text=True)
    assert "rendering every page: nothing is known of what the site folder holds" in dirty.stderr
    assert contents(project / "site") == contents(clean_build(project))


MINIMAL = (
    "site_name: Local news\ntheme:\n  name: material\n"
    "plugins:\n  - briefing:\n      articles: seeds\n      workers: 1\n"
)
"""A mkdocs.yml as a new user writes it: no navigation and none of the Markdown extensions the pages use."""


def test_a_minimal_mkdocs_yml_gives_headings_without_attribute_lists(tmp_path: Path) -> None:
    project_copy(tmp_path)
    (tmp_path / "mkdocs.yml").write_text(MINIMAL, encoding="utf-8")
    shutil.rmtree(tmp_path / "docs_src")
    (tmp_path / "docs").mkdir()
    site = clean_build(tmp_path)
    headings = [
        heading
        for page in site.rglob("*.html")
        for heading in re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]>", page.read_text(encoding="utf-8"), re.S)
    ]
    assert len(headings) > 100
    assert [h for h in headings if "{" in h] == []
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "{ data-search-exclude }" not in home
    assert '<h2 data-search-exclude id="what-happened">What happened</h2>' in home


def test_the_extensions_count_as_present_however_mkdocs_yml_names_them() -> None:
    from markdown.extensions.attr_list import AttrListExtension

    assert missing_extensions(["toc", "tables", "fenced_code"]) == ["attr_list", "md_in_html"]
    named = ["markdown.extensions.md_in_html", AttrListExtension(), "tables"]
    assert missing_extensions(named) == []
    assert missing_extensions(["markdown.extensions.attr_list:AttrListExtension"]) == ["md_in_html", "tables"]


def test_a_retitled_page_in_a_generated_navigation_renders_every_page(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    project_copy(tmp_path)
    (tmp_path / "mkdocs.yml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "desk.md").write_text("# The desk\n\nWho edits this briefing.\n", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=True)
    try:
        build(load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site")), dirty=True)
        (tmp_path / "docs" / "desk.md").write_text("# The news desk\n\nWho edits it.\n", encoding="utf-8")
        with caplog.at_level(logging.INFO):
            build(load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site")), dirty=True)
    finally:
        config.plugins.on_shutdown()
    assert "rendering every page: the navigation changed" in caplog.text
    assert contents(tmp_path / "site") == contents(clean_build(tmp_path))


def test_plain_mkdocs_serve_rebuilds_only_what_an_edit_changed(tmp_path: Path) -> None:
    """`mkdocs serve` as a user runs it: after a save, the rebuild renders a few pages, and its
    site folder is what a clean build at the same address writes."""
    project = tmp_path / "project"
    project.mkdir()
    project_copy(project)
    for name, text in SMALL.items():
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    with mkdocs_serve(project, tmp_path / "tmp") as (url, lines):
        until(lines, "Serving on")
        time.sleep(2)  # the watcher's first look at the folders, taken just after serving begins
        edit_a_sentence(project / "seeds")
        log = until(lines, "Reloading browsers")
        (site,) = (tmp_path / "tmp").glob("mkdocs_*")
        served = contents(site)
    rendered = re.search(r"briefing: rendered (\d+) of (\d+) pages", log)
    assert rendered and 0 < int(rendered[1]) < int(rendered[2]) / 4, log
    assert "dirty' build" not in log  # MkDocs' warning about dirty builds: these are exact
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(project / "clean-site")],
        cwd=project,
        env={**os.environ, "SITE_URL": url},
        check=True,
        capture_output=True,
    )
    assert built.returncode == 0
    assert served == contents(project / "clean-site")


@contextlib.contextmanager
def mkdocs_serve(project: Path, temporary: Path) -> Iterator[tuple[str, queue.Queue[str]]]:
    """A plain `mkdocs serve` of `project`, its site folder in `temporary`: its address, and its
    log's lines as they come."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    temporary.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env={**os.environ, "TMPDIR": str(temporary), "PYTHONUNBUFFERED": "1", "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}/", lines
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=60)


def until(lines: queue.Queue[str], end: str) -> str:
    """The log's lines up to one holding `end`."""
    seen = []
    while not seen or end not in seen[-1]:
        seen.append(lines.get(timeout=300))
    return "".join(seen)
