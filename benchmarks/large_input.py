"""Very large input: how long loading, extracting and building take for one huge paragraph or article.

Extraction cases are news-like text from the BBC corpus (../shared/corpora/bbc): its articles run
together into one paragraph of 200,000 characters (also with no full stops, and with every word
capitalised), and into articles of 5 MB and 20 MB. Build cases are one paragraph naming a place
every 30 characters (360,000 and 1.8 million characters), built into a site by MkDocs as
`mkdocs build` does: every name there is a link on the article's page and a quote on the place's.
Prints seconds per case; the gazetteer's one-off start-up is measured apart.

Front matter cases put huge values (a 1 MiB title; three 10 MiB values) in the front matter of
one of three articles of one story (the seeds and a Markdown copy of the second): they print the
site's bytes per byte of the articles folder, next to the same site with plain front matter, and
write them to benchmarks/results/hostile.json.

    PYTHONPATH=. python3 benchmarks/large_input.py [--only NAME]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.utils.yaml import yaml_load

from briefing.extract import extract
from briefing.extract.gazetteer import gazetteer
from briefing.load import load_articles
from briefing.pipeline import build_briefing, render_pages

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "corpora" / "bbc"
MIB = 1 << 20
RESULTS = ROOT / "benchmarks" / "results" / "hostile.json"
PLACES = ["Kyiv", "Paris", "Lviv", "Berlin", "Odesa", "Madrid", "Kharkiv", "Rome", "Dnipro", "Vienna"]


def bbc_paragraphs(limit: int) -> list[str]:
    """BBC paragraphs, in file order (and again from the start), until there are `limit` characters."""
    paragraphs, size = [], 0
    files = sorted(BBC.rglob("*.txt"))
    for file in itertools.cycle(files):
        for paragraph in file.read_bytes().decode("utf-8", "replace").split("\n\n"):
            paragraphs.append(" ".join(paragraph.split()))
            size += len(paragraphs[-1])
            if size >= limit:
                return paragraphs
    return paragraphs


def extraction_cases() -> dict[str, str]:
    """Name → article body."""
    run_on = " ".join(bbc_paragraphs(200_000))[:200_000]
    words = re.findall(r"\w+", run_on)
    return {
        "200k-character paragraph": run_on,
        "200k characters, no full stops": re.sub(r"[.!?]", ",", run_on),
        "200k characters, every word capitalised": " ".join(w.capitalize() for w in words)[:200_000],
        "5 MB article": "\n\n".join(bbc_paragraphs(5_000_000)),
        "20 MB article": "\n\n".join(bbc_paragraphs(20_000_000)),
    }


def named_every_30_characters(size: int) -> str:
    """One paragraph of `size` characters that names a place about every 30 characters."""
    sentences = itertools.cycle(f"Officials in {place} said so. " for place in PLACES)
    text = "".join(itertools.islice(sentences, size // 27 + 1))
    return text[:size].rsplit(".", 1)[0] + "."


def build_cases() -> dict[str, str]:
    return {
        "360k paragraph, a name every 30 characters": named_every_30_characters(360_000),
        "1.8 MB paragraph, a name every 30 characters": named_every_30_characters(1_800_000),
    }


def front_matter_cases() -> dict[str, dict[str, str]]:
    """Name → the front matter of the third article (the words repeated, as an attacker would)."""
    words = itertools.cycle(["Russia", "strikes", "Kyiv", "overnight"])
    filler = " ".join(itertools.islice(words, 10 * MIB // 6))
    return {
        "plain front matter": {"title": "Russia strikes Kyiv", "source": "CNN", "authors": "Rob Picheta"},
        "1 MiB title": {"title": filler[:MIB]},
        "three 10 MiB values (title, source, authors)": {
            "title": filler[: 10 * MIB],
            "source": filler[: 10 * MIB],
            "authors": filler[: 10 * MIB],
        },
    }


def site_bytes(name: str, front: dict[str, str], folder: Path) -> dict[str, object]:
    """Build the seeds and a third article with `front` as its front matter; the site's size."""
    articles = folder / "articles"
    shutil.copytree(ROOT / "seeds", articles)
    body = sorted(articles.iterdir())[-1].read_text(encoding="utf-8").split("\n", 2)[2]
    front_matter = yaml.safe_dump(front, width=2**31)
    (articles / "copy.md").write_text(f"---\n{front_matter}---\n{body}", encoding="utf-8")
    started = time.perf_counter()
    site = build_site(articles, folder)
    seconds = round(time.perf_counter() - started, 1)
    sizes = {"input_bytes": folder_bytes(articles), "site_bytes": folder_bytes(site)}
    return {"case": name, **sizes, "seconds": seconds}


def with_ratios(found: dict, plain: dict) -> dict:
    """`found` with its site bytes per input byte, in all and over the plain front matter's site
    (whose theme files outweigh three articles), printed."""
    added = found["input_bytes"] - plain["input_bytes"]
    found |= {
        "site_per_input_byte": round(found["site_bytes"] / found["input_bytes"], 2),
        "added_site_per_added_input_byte": round((found["site_bytes"] - plain["site_bytes"]) / added, 2)
        if added
        else None,
    }
    print(
        f"{found['case']:46} {found['site_per_input_byte']:8.2f} site bytes per input byte, "
        f"{found['added_site_per_added_input_byte'] or 0:6.2f} per byte added to the plain site's input "
        f"({found['input_bytes']:,} in, {found['site_bytes']:,} out, mkdocs build {found['seconds']:6.1f} s)"
    )
    return found


def folder_bytes(folder: Path) -> int:
    return sum(file.stat().st_size for file in folder.rglob("*") if file.is_file())


def build_site(articles: Path, folder: Path) -> Path:
    """`mkdocs build` of `articles` with the project's mkdocs.yml; the site folder."""
    shutil.copytree(ROOT / "docs_src", folder / "docs_src")
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))  # MkDocs' loader reads !ENV
    config["plugins"] = ["search", {"briefing": {"articles": str(articles), "workers": 1, "cache": ""}}]
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    build(load_config(str(folder / "mkdocs.yml"), site_dir=str(folder / "site")))
    return folder / "site"


def time_extraction(name: str, body: str, folder: Path) -> None:
    file = folder / "article.txt"
    file.write_text("Large input\n\n" + body + "\n", encoding="utf-8")
    started = time.perf_counter()
    (article,), _ = load_articles([file])
    loaded = time.perf_counter()
    extraction = extract(article)
    done = time.perf_counter()
    print(
        f"{name:46} load {loaded - started:6.2f} s, extract {done - loaded:7.2f} s "
        f"({len(body):,} characters, {len(extraction.mentions):,} mentions, "
        f"{len(extraction.figures):,} figures)"
    )


def time_build(name: str, body: str, folder: Path) -> None:
    """Extract and render (briefing's own time), then the whole `mkdocs build` of the site."""
    articles = folder / "articles"
    articles.mkdir()
    (articles / "article.txt").write_text("Large input\n\n" + body + "\n", encoding="utf-8")
    started = time.perf_counter()
    briefing = build_briefing([articles], workers=1, cache=None)
    extracted = time.perf_counter()
    pages = render_pages(briefing)
    rendered = time.perf_counter()
    build_site(articles, folder)
    built = time.perf_counter()
    mentions = sum(len(e.mentions) for e in briefing.extractions)
    print(
        f"{name:46} extract {extracted - started:6.2f} s, render {rendered - extracted:6.2f} s, "
        f"mkdocs build {built - rendered:7.2f} s ({len(body):,} characters, {mentions:,} mentions, "
        f"{sum(map(len, pages.values())):,} characters of Markdown)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run only the cases whose name contains this")
    only = parser.parse_args().only or ""
    if not BBC.is_dir():
        print(f"no corpus at {BBC}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    gazetteer()
    print(f"{'gazetteer start-up':46} {time.perf_counter() - started:7.2f} s")
    for cases, timer in ((extraction_cases, time_extraction), (build_cases, time_build)):
        for name, body in cases().items():
            if only in name:
                with tempfile.TemporaryDirectory() as folder:
                    timer(name, body, Path(folder))
    cases = front_matter_cases()
    plain, *hostile = cases
    sizes: list[dict] = []
    for name in [plain, *hostile] if any(only in name for name in hostile) else []:
        if only in name or name == plain:  # the plain front matter's site, the measure's base
            with tempfile.TemporaryDirectory() as folder:
                found = site_bytes(name, cases[name], Path(folder))
            sizes.append(with_ratios(found, sizes[0] if sizes else found))
    if sizes:
        RESULTS.write_text(json.dumps({"front_matter": sizes}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
