"""README tells the truth: the address it gives serves the site, and it documents every key of an
extract record and every plugin option (and nothing that is gone), as Datasette's tests keep its
documentation whole."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from briefing.plugin import BriefingPlugin
from conftest import ROOT, project_copy

README = (ROOT / "README.md").read_text(encoding="utf-8")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Report a redirect as the answer (an HTTPError), rather than follow it."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str, wait: float) -> tuple[int, str]:
    """The status and body `url` answers with, retrying until the server is up (or `wait` seconds)."""
    opener = urllib.request.build_opener(_NoRedirects)
    deadline = time.monotonic() + wait
    while True:
        try:
            with opener.open(url, timeout=10) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as answer:
            return answer.code, answer.headers.get("Location", "")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def test_mkdocs_serve_answers_the_address_readme_gives_with_the_home_page(tmp_path: Path) -> None:
    address = urlsplit(re.search(r"serves\s+the\s+site\s+at\s+<(http://127\.0\.0\.1:8000/[^>]*)>", README)[1])
    project = project_copy(tmp_path)
    port = _free_port()
    env = {name: value for name, value in os.environ.items() if name != "SITE_URL"}
    with open(tmp_path / "serve.log", "wb") as log:
        serve = [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"]
        server = subprocess.Popen(serve, cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        # The first build of the seeds takes a few seconds; more on a busy machine.
        status, body = _get(f"http://127.0.0.1:{port}{address.path}", wait=180)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert status == 200, f"{address.geturl()} answered {status} {body}"
    assert "<title>Briefing - " in body


def _section(heading: str) -> str:
    """README's text under the heading that contains `heading`, down to the next heading of its level
    or above; "" when there is no such heading."""
    lines, fenced, start, level = README.splitlines(), False, None, 0
    for number, line in enumerate(lines):
        fenced ^= line.startswith("```")
        depth = len(line) - len(line.lstrip("#"))
        if fenced or not re.match(r"#{1,6} ", line):
            continue
        if start is not None and depth <= level:
            return "\n".join(lines[start:number])
        if start is None and heading in line:
            start, level = number + 1, depth
    return "\n".join(lines[start:]) if start is not None else ""


def _documented(section: str) -> set[str]:
    """The names in backticks in the first column of the section's tables."""
    cells = re.findall(r"^\|([^|\n]*)\|", section, re.MULTILINE)
    return {name for cell in cells for name in re.findall(r"`([^`]+)`", cell)}


def _keys(record: dict, table: str) -> Iterator[tuple[str, str]]:
    """(table, key) for every key of `record`, and of the records in its lists (in their own table)."""
    for key, value in record.items():
        yield table, key
        for item in value if isinstance(value, list) else []:
            if isinstance(item, dict):
                yield from _keys(item, f"Each of `{key}`")


def test_readme_documents_every_key_of_an_extract_record_and_no_other(seeds_records: list[dict]) -> None:
    keys = {pair for record in seeds_records for pair in _keys(record, "Each article")}
    tables = {table for table, _ in keys}
    assert tables >= {"Each article", "Each of `mentions`", "Each of `figures`", "Each of `quotes`"}
    for table in tables:
        section = _section(table)
        assert section, f"README has no section '{table}' documenting its keys"
        assert _documented(section) == {key for where, key in keys if where == table}, table


def test_readme_documents_every_plugin_option_and_no_other() -> None:
    options = {name for name, _ in BriefingPlugin.config_scheme}
    assert options >= {"articles", "cache", "workers"}
    assert _documented(_section("Configuring the plugin")) == options
