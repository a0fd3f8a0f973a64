"""README tells the truth: the address it gives serves the site."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

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
    address = urlsplit(re.search(r"serves the site at <(http://127\.0\.0\.1:8000/[^>]*)>", README)[1])
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
