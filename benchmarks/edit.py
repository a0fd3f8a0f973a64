"""A save in `mkdocs serve`: the rebuild's seconds against the cold build's, the pages it renders,
and whether the site folder is then a clean build's, byte for byte.

    python3 benchmarks/edit.py [--corpus ../shared/corpora/bbc] [--size 2225] [--json PATH]

The sample is build.py's (the corpus's files interleaved across its sections, the first SIZE),
copied into a fresh project as build.py makes one. A plain `mkdocs serve` runs on it as a user
runs it, with its own temporary site folder, from an empty cache: its first build is the cold
build. Then each edit below is saved in turn, and the rebuild `mkdocs serve` runs on its own is
timed:

- edit: the last sentence of one article (the sample's first) is replaced by another;
- add: a new article is saved;
- delete: an article is deleted;
- rename: an article is renamed;
- lead: a sentence naming two people and a place is put at the start of the first article's lead,
  which grouping and resolution read: every article is grouped and resolved again (reported, not judged).

For each: the build's seconds as MkDocs reports them ("Documentation built in"), their share of
the cold build's, the seconds from the save to "Reloading browsers" (which add the watcher's wait
for writes to settle), the pages rendered (of all), and a comparison of serve's site folder with
a clean `mkdocs build` of the same articles into another folder, at the same address and with a
cache of its own: the files only one of them holds and those whose bytes differ.

Timings on a busy machine are inflated, the shares much less: the rebuild and the cold build run
in the same process, one after the other. Writes benchmarks/results/edit.json; exits 1 when a
criterion fails.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from build import _ENV, ROOT, STAGES, make_project, sample

ADDED = (
    "Floods close roads across Cumbria\n\n"
    "Heavy rain has closed roads across Cumbria, and the Environment Agency has issued 12 flood warnings.\n\n"
    "Police in Carlisle said about 40 homes were evacuated overnight as the River Eden rose.\n"
)
"""The article saved by the `add` edit."""
EDITED = "This sentence was edited."
"""The sentence the `edit` edit puts in place of an article's last one."""
IN_THE_LEAD = "Angela Merkel visited Paris on Monday. "
"""What the `lead` edit puts at the start of the article's first paragraph."""
_BUILT = re.compile(r"Documentation built in ([0-9.]+) seconds")
_RENDERED = re.compile(r"briefing: rendered (\d+) of (\d+) pages")
_WHOLE = re.compile(r"briefing: rendering every page: (.*)")
_STAGE = re.compile(rf"briefing: ({'|'.join(STAGES)}): ([0-9.]+) s")


class Serve:
    """A `mkdocs serve` of a project, and the lines it logs."""

    def __init__(self, project: Path) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/"
        temporary = project / "tmp"
        temporary.mkdir()
        env = {**_ENV, "TMPDIR": str(temporary), "PYTHONUNBUFFERED": "1"}
        command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.temporary = temporary

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("")  # the process ended

    def until(self, end: str, timeout: float = 3600) -> list[str]:
        """The lines logged until one holding `end` (included)."""
        lines = []
        deadline = time.monotonic() + timeout
        while True:
            line = self.lines.get(timeout=max(1.0, deadline - time.monotonic()))
            if line == "" and self.process.poll() is not None:
                raise RuntimeError("mkdocs serve ended:\n" + "\n".join(lines[-30:]))
            lines.append(line)
            if "An error happened during the rebuild" in line:
                raise RuntimeError("the rebuild failed:\n" + "\n".join(lines[-30:]))
            if end in line:
                return lines

    @property
    def site(self) -> Path:
        """The temporary site folder `mkdocs serve` builds into."""
        (folder,) = self.temporary.glob("mkdocs_*")
        return folder

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)  # as Ctrl+C: serve removes its site folder
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()


def build_log(lines: list[str]) -> dict:
    """What one build logged: its seconds, the briefing's stages, the pages rendered, why every page was."""
    text = "\n".join(lines)
    built = _BUILT.search(text)
    rendered = _RENDERED.search(text)
    whole = _WHOLE.search(text)
    return {
        "seconds": float(built.group(1)) if built else None,
        "stages": {name: float(value) for name, value in _STAGE.findall(text)},
        "rendered": int(rendered.group(1)) if rendered else None,
        "pages": int(rendered.group(2)) if rendered else None,
        "every_page_because": whole.group(1) if whole else None,
    }


def clean_build(project: Path, url: str) -> Path:
    """A clean `mkdocs build` of the project, at serve's address, with a cache of its own."""
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "clean.yml").write_text(config.replace("cache: .briefing-cache", "cache: .clean-cache"))
    site = project / "clean-site"
    shutil.rmtree(site, ignore_errors=True)
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "clean.yml", "-d", str(site)]
    subprocess.run(command, cwd=project, env={**_ENV, "SITE_URL": url}, check=True, capture_output=True)
    return site


def differences(site: Path, clean: Path) -> list[str]:
    """The files only one folder holds (`only serve: …`, `only clean: …`) and those whose bytes
    differ (`bytes: …`)."""

    def files(folder: Path) -> set[str]:
        return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}

    ours, theirs = files(site), files(clean)
    found = [f"only serve: {p}" for p in sorted(ours - theirs)] + [
        f"only clean: {p}" for p in sorted(theirs - ours)
    ]
    found += [
        f"bytes: {p}" for p in sorted(ours & theirs) if (site / p).read_bytes() != (clean / p).read_bytes()
    ]
    return found


def edits(articles: Path, files: list[Path]) -> list[tuple[str, Callable[[], None]]]:
    """Each edit, by name: what it does to the articles folder."""
    first, renamed, deleted = files[0], files[-2], files[-1]
    text = first.read_text(encoding="utf-8", errors="replace")

    def edit() -> None:
        paragraphs = text.rstrip("\n").split("\n\n")
        last = paragraphs[-1].rstrip()
        cut = last[:-1].rfind(". ")
        paragraphs[-1] = (last[: cut + 2] if cut > 0 else "") + EDITED
        first.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")

    def lead() -> None:
        edited = first.read_text(encoding="utf-8")
        first.write_text(edited.replace("\n\n", "\n\n" + IN_THE_LEAD, 1), encoding="utf-8")

    return [
        ("edit", edit),
        ("add", lambda: (articles / "added" / "floods.txt").write_text(ADDED, encoding="utf-8")),
        ("delete", deleted.unlink),
        ("rename", lambda: renamed.rename(renamed.with_name(f"renamed-{renamed.name}"))),
        ("lead", lead),
    ]


def measure(corpus: Path, size: int) -> dict:
    files = sample(corpus, size)
    with tempfile.TemporaryDirectory(prefix="briefing-edit-") as temporary:
        project = make_project(Path(temporary), files, corpus)
        articles = project / "articles"
        (articles / "added").mkdir()
        copies = [articles / f.relative_to(corpus) for f in files]
        serve = Serve(project)
        try:
            cold = build_log(serve.until("Serving on"))
            time.sleep(2)  # the watcher's first look at the folders, taken just after serving begins
            print(f"cold: {cold['seconds']:.1f} s", file=sys.stderr, flush=True)
            rebuilds = []
            for name, change in edits(articles, copies):
                saved = time.perf_counter()
                change()
                lines = serve.until("Reloading browsers")
                result = {
                    "edit": name,
                    **build_log(lines),
                    "save_to_reload_seconds": time.perf_counter() - saved,
                }
                result["share_of_cold"] = result["seconds"] / cold["seconds"]
                found = differences(serve.site, clean_build(project, serve.url))
                result["identical_to_clean_build"] = not found
                result["differences"] = found[:20]
                rebuilds.append(result)
                print(
                    f"{name}: {result['seconds']:.2f} s ({result['share_of_cold']:.1%}), "
                    f"{result['rendered']} of {result['pages']} pages, identical: {not found}",
                    file=sys.stderr,
                    flush=True,
                )
        finally:
            serve.stop()
    return {"articles": len(files), "cold": cold, "rebuilds": rebuilds}


def criteria(result: dict) -> dict[str, bool]:
    by_name = {r["edit"]: r for r in result["rebuilds"]}
    verdict = {
        "edited sentence rebuilds in <= 10% of the cold build": by_name["edit"]["share_of_cold"] <= 0.10
    }
    for name in ("edit", "add", "delete", "rename"):
        verdict[f"{name}: renders only changed pages"] = by_name[name]["every_page_because"] is None
    for rebuild in result["rebuilds"]:
        verdict[f"{rebuild['edit']}: site folder identical to a clean build"] = rebuild[
            "identical_to_clean_build"
        ]
    return verdict


def table(result: dict) -> str:
    rows = [("build", "seconds", "share", "save→reload s", "rendered", "identical")]
    cold = result["cold"]
    rows.append(("cold", f"{cold['seconds']:.2f}", "1", "", "all", ""))
    for r in result["rebuilds"]:
        rendered = f"{r['rendered']} of {r['pages']}" if r["rendered"] is not None else "all"
        rows.append(
            (
                r["edit"],
                f"{r['seconds']:.2f}",
                f"{r['share_of_cold']:.3f}",
                f"{r['save_to_reload_seconds']:.2f}",
                rendered,
                str(r["identical_to_clean_build"]),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)) for row in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    parser.add_argument("--size", type=int, default=2225, help="articles in the sample")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "edit.json")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    result = {"corpus": str(corpus), "load_average_before": os.getloadavg()[0], **measure(corpus, args.size)}
    verdict = criteria(result)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({**result, "criteria": verdict}, indent=2) + "\n", encoding="utf-8")
    print(table(result))
    for name, passed in verdict.items():
        print(f"{'PASS' if passed else 'FAIL'}  {name}")
    return 0 if all(verdict.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
