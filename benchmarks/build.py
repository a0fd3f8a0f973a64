"""Full-build scale: briefing's MkDocs build against a vanilla MkDocs build of the same pages.

    python3 benchmarks/build.py --corpus ../shared/corpora/bbc --sizes 200,1000,2225 [--repeat N] [--json P]

For each size N the sample is the corpus's files sorted by path within each top folder, then
interleaved folder by folder (first of each folder, second of each, …), so every size spreads
over every section and a bigger size contains the smaller. Each sample is copied into a fresh
project (this repository's mkdocs.yml and docs_src, `articles:` pointing at the copy) and:

- built cold with `mkdocs build` (empty cache): wall seconds, the plugin's per-stage seconds
  (load, extract, stories, resolve, and render: in the build's own process, which has the pages
  rendered in another one while MkDocs converts them), peak memory (max RSS of the build and its
  workers), generated pages and search index bytes; the stories stage's share of the build's seconds;
- rendered with `briefing render --out` and built as a vanilla MkDocs site (same theme,
  extensions and CSS, search plugin, no briefing plugin, the same pages kept out of the nav);
  the ratio is our cold build's seconds over the vanilla build's. Cold and vanilla builds run
  in turn, `--repeat` times each, and the fastest of each counts: a busy machine only slows a
  build down, and in turn a busy spell slows both;
- rebuilt after one sentence is appended to one article: briefing's own work (the five stages)
  in that rebuild over the cold build's; then again after a sentence that names people and a
  place is put at the start of the same article's first paragraph, which grouping and resolution
  read (reported, not judged: such an edit groups and resolves every article again);
- extracted with one worker and with two (wall seconds of `extract_all` over the whole sample,
  after the extractor's tables are built; each run in a fresh process so that caches warmed by one run do not
  speed up the next; best of two runs each). The whole sample makes the pool's start-up (forked
  workers that inherit the articles and tables: a few hundredths of a second) small against the
  work. The machine must be otherwise idle: a busy core makes two workers no faster than one;
- compared: search index bytes over the sample's article text bytes (paragraph text, UTF-8).

At the largest size, when it is the whole corpus, it also runs `mkdocs build --strict` and
reports whether it passes and its warnings. Prints a table and writes JSON (default
benchmarks/results/build.json). Builds run one at a time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.extract import prepare  # noqa: E402
from briefing.load import load_articles  # noqa: E402
from briefing.speed.parallel import extract_all  # noqa: E402

STAGES = ("load", "extract", "stories", "resolve", "render")
_STAGE_LINE = re.compile(rf"\b({'|'.join(STAGES)}): ([0-9.]+) s")
_ALONGSIDE = re.compile(r"\brender alongside: ([0-9.]+) s")
"""A cold build renders its pages in another process while MkDocs converts them: briefing's own
work, although not the build's process's."""
APPENDED = "\n\nA later sentence was added.\n"
"""Appended to one article: past the lead of an article of the BBC's usual length, and naming no one."""
IN_THE_LEAD = "Angela Merkel visited Paris on Monday. "
"""Put at the start of the same article's first paragraph: names that grouping and resolution read."""
_ENV = {
    **os.environ,
    "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    "NO_MKDOCS_2_WARNING": "1",
}


def sample(corpus: Path, size: int) -> list[Path]:
    """`size` article files, sorted within each top folder and interleaved across folders."""
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".md") and p.name != "README.TXT")
    folders: dict[str, list[Path]] = {}
    for path in files:
        folders.setdefault(path.relative_to(corpus).parts[0], []).append(path)
    interleaved = [p for row in itertools.zip_longest(*folders.values()) for p in row if p is not None]
    return interleaved[:size]


def run(command: list[str], cwd: Path) -> dict:
    """Run a command; its wall seconds, peak RSS in MB (its own or a worker's), exit code, stderr."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=_ENV, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        log = err.read().decode("utf-8", "replace")
    return {"seconds": seconds, "peak_mb": usage.ru_maxrss / 1024, "code": process.returncode, "log": log}


def mkdocs(project: Path, config: str = "mkdocs.yml", *extra: str) -> dict:
    """`mkdocs build` of a project, with the plugin's stage seconds read from its log."""
    result = run([sys.executable, "-m", "mkdocs", "build", "-f", config, "-d", "site", *extra], project)
    result["stages"] = {name: float(value) for name, value in _STAGE_LINE.findall(result["log"])}
    if alongside := _ALONGSIDE.search(result["log"]):
        result["stages"]["render alongside"] = float(alongside.group(1))
    if result["code"] != 0 and "--strict" not in extra:
        raise RuntimeError(f"mkdocs build failed in {project}:\n{result['log'][-3000:]}")
    return result


def make_project(folder: Path, files: list[Path], corpus: Path) -> Path:
    """A copy of this repository's site setup whose articles are `files`."""
    articles = folder / "articles"
    for file in files:
        target = articles / file.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(file, target)
    shutil.copytree(ROOT / "docs_src", folder / "docs_src")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"(?m)^(\s*)articles: .*$", r"\1articles: articles\n\1cache: .briefing-cache", config)
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    return folder


def vanilla_project(project: Path) -> None:
    """Render the project's pages with the CLI into `vanilla/`, and write `vanilla.yml`, which
    builds them with plain MkDocs."""
    docs = project / "vanilla"
    shutil.copytree(project / "docs_src", docs)
    subprocess.run(
        [sys.executable, "-m", "briefing", "render", "articles", "--out", str(docs), "--no-cache", "--force"],
        cwd=project,
        env=_ENV,
        check=True,
        capture_output=True,
    )
    # MkDocs' own loader, which reads the !ENV tags of mkdocs.yml.
    config = yaml_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "briefing" in p)]
    config["docs_dir"] = "vanilla"
    # As the plugin does: only index pages (and the user's own pages) are in the nav.
    generated = {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")} - {
        p.relative_to(project / "docs_src").as_posix() for p in (project / "docs_src").rglob("*.md")
    }
    folders = sorted({path.rpartition("/")[0] for path in generated})
    patterns = [
        f"/{f}/*.md" if f else f"/{path}"
        for f in folders
        for path in ([None] if f else sorted(p for p in generated if "/" not in p and p != "index.md"))
    ]
    patterns += [f"!/{f}/index.md" for f in folders if f]
    config["not_in_nav"] = "\n".join(patterns)
    (project / "vanilla.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")


def cold_and_vanilla(project: Path, repeat: int) -> tuple[dict, dict]:
    """The fastest of `repeat` cold builds (empty cache) and of as many vanilla builds, one after
    the other in turn, so that a machine busy for a while slows both; the last cold build's site is kept."""
    vanilla_project(project)
    colds, vanillas = [], []
    for _ in range(repeat):
        shutil.rmtree(project / ".briefing-cache", ignore_errors=True)
        shutil.rmtree(project / "site", ignore_errors=True)
        colds.append(mkdocs(project))
        shutil.move(project / "site", project / "cold-site")
        vanillas.append(mkdocs(project, "vanilla.yml"))
        shutil.rmtree(project / "site")
        shutil.move(project / "cold-site", project / "site")
    return min(colds, key=lambda r: r["seconds"]), min(vanillas, key=lambda r: r["seconds"])


def _timed_extraction(articles_dir: Path, workers: int) -> float:
    """Wall seconds of `extract_all` over every article, once the shared tables are built."""
    articles, _ = load_articles([articles_dir])
    prepare()
    started = time.perf_counter()
    extract_all(articles, workers)
    return time.perf_counter() - started


def extraction_seconds(articles_dir: Path) -> dict[str, float]:
    """Best of two wall seconds to extract every article with one worker and with two, and the
    load average before (above about 1, another process holds a core and two workers gain little)."""
    seconds = {"1_worker": float("inf"), "2_worker": float("inf"), "load": os.getloadavg()[0]}
    for _ in range(2):
        for workers in (1, 2):
            # A fresh process each time: the extractor's caches, warmed by one run, must not speed up
            # the next.
            with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as fresh:
                taken = fresh.submit(_timed_extraction, articles_dir, workers).result()
            seconds[f"{workers}_worker"] = min(seconds[f"{workers}_worker"], taken)
    return seconds


def text_bytes(articles_dir: Path) -> int:
    """The UTF-8 bytes of every loaded article's paragraphs."""
    articles, _ = load_articles([articles_dir])
    return sum(len(p.text.encode("utf-8")) for a in articles for p in a.paragraphs)


def measure(corpus: Path, size: int, full: bool, repeat: int) -> dict:
    """Every number of the benchmark for one sample size."""
    files = sample(corpus, size)
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as temporary:
        project = make_project(Path(temporary), files, corpus)
        cold, vanilla = cold_and_vanilla(project, repeat)
        site = project / "site"
        pages = sum(1 for _ in site.rglob("*.html"))
        index_bytes = (site / "search" / "search_index.json").stat().st_size
        shutil.rmtree(site)

        touched = project / "articles" / files[0].relative_to(corpus)
        text = touched.read_text(encoding="utf-8", errors="replace")
        touched.write_text(text + APPENDED, encoding="utf-8")
        warm = mkdocs(project)
        shutil.rmtree(project / "site")
        # The title line, then the first paragraph (the corpus's plain-text layout).
        touched.write_text(text.replace("\n\n", "\n\n" + IN_THE_LEAD, 1) + APPENDED, encoding="utf-8")
        lead = mkdocs(project)
        shutil.rmtree(project / "site")
        strict = mkdocs(project, "mkdocs.yml", "--strict") if full else None
        extraction = extraction_seconds(project / "articles")
        corpus_bytes = text_bytes(project / "articles")

    own_cold = sum(cold["stages"].values())
    own_warm = sum(warm["stages"].values())
    own_lead = sum(lead["stages"].values())
    result = {
        "size": size,
        "articles": len(files),
        "pages": pages,
        "stages": cold["stages"],
        "render_alongside_seconds": cold["stages"].get("render alongside", 0.0),
        "build_seconds": cold["seconds"],
        "vanilla_seconds": vanilla["seconds"],
        "ratio_to_vanilla": cold["seconds"] / vanilla["seconds"],
        "seconds_per_article": cold["seconds"] / len(files),
        "stories_share": cold["stages"].get("stories", 0.0) / cold["seconds"],
        "peak_mb": cold["peak_mb"],
        "vanilla_peak_mb": vanilla["peak_mb"],
        "search_index_bytes": index_bytes,
        "article_text_bytes": corpus_bytes,
        "index_to_text": index_bytes / corpus_bytes,
        "rebuild_stages": warm["stages"],
        "rebuild_seconds": warm["seconds"],
        "rebuild_own_fraction": own_warm / own_cold if own_cold else 0.0,
        "lead_edit_stages": lead["stages"],
        "lead_edit_own_fraction": own_lead / own_cold if own_cold else 0.0,
        "extract_1_worker_seconds": extraction["1_worker"],
        "extract_2_workers_seconds": extraction["2_worker"],
        "extract_2_to_1": extraction["2_worker"] / extraction["1_worker"],
        "extract_load_average": extraction["load"],
    }
    if strict is not None:
        result["strict_passes"] = strict["code"] == 0
        result["strict_warnings"] = [
            line for line in strict["log"].splitlines() if line.startswith(("WARNING", "ERROR"))
        ]
    return result


def table(results: list[dict]) -> str:
    """The results as a fixed-width table, one row per size."""
    columns = [
        ("articles", "{articles}"),
        ("pages", "{pages}"),
        *[(s, f"{{stages[{s}]:.1f}}") for s in STAGES],
        ("alongside", "{render_alongside_seconds:.1f}"),
        ("build s", "{build_seconds:.1f}"),
        ("vanilla s", "{vanilla_seconds:.1f}"),
        ("ratio", "{ratio_to_vanilla:.2f}"),
        ("s/article", "{seconds_per_article:.4f}"),
        ("peak MB", "{peak_mb:.0f}"),
        ("index B", "{search_index_bytes}"),
        ("text B", "{article_text_bytes}"),
        ("index/text", "{index_to_text:.2f}"),
        ("stories %", "{stories_share:.1%}"),
        ("rebuild own", "{rebuild_own_fraction:.3f}"),
        ("lead edit own", "{lead_edit_own_fraction:.3f}"),
        ("ext 1w s", "{extract_1_worker_seconds:.1f}"),
        ("ext 2w s", "{extract_2_workers_seconds:.1f}"),
        ("2w/1w", "{extract_2_to_1:.2f}"),
    ]
    rows = [[name for name, _ in columns]] + [[form.format(**r) for _, form in columns] for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(len(columns))]
    return "\n".join("  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)) for row in rows)


def criteria(results: list[dict]) -> dict[str, bool]:
    """The issue's acceptance criteria, judged at the largest size against the smallest."""
    small, large = results[0], results[-1]
    verdict = {
        "ratio_to_vanilla <= 1.10": large["ratio_to_vanilla"] <= 1.10,
        "seconds_per_article <= 1.2 x smallest": large["seconds_per_article"]
        <= 1.2 * small["seconds_per_article"],
        "peak memory <= 1.5 GB": large["peak_mb"] <= 1536,
        "rebuild own work <= 10% of cold": large["rebuild_own_fraction"] <= 0.10,
        "stories < 3% of the cold build": large["stories_share"] < 0.03,
        "2 workers <= 0.65 x 1 worker": large["extract_2_to_1"] <= 0.65,
        "search index <= 1.5 x article text": large["index_to_text"] <= 1.5,
    }
    if "strict_passes" in large:
        verdict["mkdocs build --strict passes"] = large["strict_passes"]
    return verdict


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    parser.add_argument("--sizes", default="200,1000,2225", help="comma-separated article counts")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "build.json")
    parser.add_argument(
        "--repeat",
        type=int,
        default=2,
        help="cold and vanilla builds of each size, in turn; the fastest counts",
    )
    args = parser.parse_args()
    total = len(sample(args.corpus, sys.maxsize))
    sizes = sorted(min(int(s), total) for s in args.sizes.split(","))
    results = []
    for size in sizes:
        results.append(measure(args.corpus, size, full=size == total, repeat=args.repeat))
        # Written after every size, so a long run's first sizes survive an interrupted last one.
        verdict = criteria(results)
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps({"corpus": str(args.corpus), "results": results, "criteria": verdict}, indent=2)
            + "\n",
            encoding="utf-8",
        )
        print(f"size {size} done: {results[-1]['build_seconds']:.1f} s", file=sys.stderr, flush=True)
    print(table(results))
    for name, passed in verdict.items():
        print(f"{'PASS' if passed else 'FAIL'}  {name}")
    for warning in results[-1].get("strict_warnings", []):
        print(f"  {warning}")
    return 0 if all(verdict.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
