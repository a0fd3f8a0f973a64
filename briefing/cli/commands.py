"""The command line: each command's options, and how it runs the pipeline."""

from __future__ import annotations

import argparse
import collections
import importlib.metadata
import json
import os
import sys
from pathlib import Path

from ..load import load_articles
from ..model import Briefing
from ..pipeline import build_briefing, render_pages
from ..render.assets import assets
from ..speed.cache import DEFAULT_DIR
from .progress import extraction_bar
from .records import article_record, story_records


def _briefing(args: argparse.Namespace) -> Briefing:
    """Run the pipeline as the command's options say, reporting input problems on stderr."""
    with extraction_bar() as progress:
        briefing = build_briefing(
            args.paths,
            entities=args.entities,
            workers=args.workers,
            cache=None if args.no_cache else args.cache,
            progress=progress,
        )
    for problem in briefing.problems:
        print(problem, file=sys.stderr)
    return briefing


def _extract(args: argparse.Namespace) -> int:
    briefing = _briefing(args)
    return _write([article_record(e, briefing) for e in briefing.extractions], args.format)


def _stories(args: argparse.Namespace) -> int:
    return _write(story_records(_briefing(args)), args.format)


def _write(records: list[dict], format: str) -> int:
    """Print `records` as JSON lines or as one JSON list."""
    out = sys.stdout
    if format == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return 0


def _render(args: argparse.Namespace) -> int:
    briefing = _briefing(args)
    pages = render_pages(briefing, args.templates, cache=None if args.no_cache else args.cache)
    for path, markdown in sorted(pages.items()):
        target = args.out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown, encoding="utf-8")
    for path, content in assets().items():
        target = args.out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    print(
        f"{len(pages)} pages written to {args.out}, with the map's scripts in {args.out / 'assets'}",
        file=sys.stderr,
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    """Load every article and report every problem at once; fail when any is an error.

    The summary counts a file left out for errors once, however many lines explain why.
    """
    articles, problems = load_articles(args.paths)
    for problem in problems:
        print(problem)
    counts = collections.Counter(p.severity for p in problems if p.severity != "error")
    errors = len({p.path for p in problems if p.severity == "error"})
    print(
        f"{_count(len(articles), 'article')} loaded; {_count(errors, 'error')}, "
        f"{_count(counts['warning'], 'warning')}, {_count(counts['info'], 'note')}",
        file=sys.stderr,
    )
    return 1 if errors else 0


def _count(number: int, noun: str) -> str:
    """`number` `noun`s, in words a reader expects: "1 article", "2 articles"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _existing(text: str) -> Path:
    """A path given on the command line, which must exist: a mistyped one is an error, not an empty site."""
    path = Path(text)
    if not path.exists():
        raise argparse.ArgumentTypeError(f"no such file or folder: {text}")
    return path


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _pipeline_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--entities",
        type=_existing,
        metavar="FILE",
        help="entities.yml with editor overrides (merge, rename, kind, drop, description)",
    )
    command.add_argument(
        "--workers", type=_positive, metavar="N", help="processes extracting (default: one per core)"
    )
    command.add_argument(
        "--cache",
        type=Path,
        default=DEFAULT_DIR,
        metavar="DIR",
        help=f"where extractions, resolution and pages are kept between runs "
        f"(default: {DEFAULT_DIR}; safe to delete)",
    )
    command.add_argument(
        "--no-cache", action="store_true", help="extract, resolve and render afresh and keep nothing"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="briefing", description="Turn a folder of news articles into a cross-referenced briefing."
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {importlib.metadata.version('briefing')}"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="print people, places, organizations and figures as JSON")
    extract.add_argument(
        "paths", nargs="+", type=_existing, metavar="PATH", help="article files or folders (read recursively)"
    )
    extract.add_argument(
        "--format",
        choices=("jsonl", "json"),
        default="jsonl",
        help="jsonl: one JSON object per article, one per line (the default); json: one JSON array of them",
    )
    _pipeline_options(extract)
    extract.set_defaults(run=_extract)

    render_ = commands.add_parser("render", help="write the briefing's Markdown pages to a folder")
    render_.add_argument(
        "paths", nargs="+", type=_existing, metavar="PATH", help="article files or folders (read recursively)"
    )
    render_.add_argument("--out", type=Path, required=True, metavar="DIR", help="where to write the pages")
    render_.add_argument(
        "--templates", type=_existing, metavar="DIR", help="templates that override the bundled ones"
    )
    _pipeline_options(render_)
    render_.set_defaults(run=_render)

    stories = commands.add_parser("stories", help="print the stories (articles, dates, figures) as JSON")
    stories.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="article files or folders (read recursively)"
    )
    stories.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    _pipeline_options(stories)
    stories.set_defaults(run=_stories)

    check = commands.add_parser(
        "check", help="report every problem in the articles (exit 1 if any is an error)"
    )
    check.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="article files or folders (read recursively)"
    )
    check.set_defaults(run=_check)

    args = parser.parse_args(argv)
    try:
        status = args.run(args)
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        # The reader stopped early (`briefing extract seeds | head`): that is no error of ours. Point
        # stdout at /dev/null so that Python's final flush does not fail a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
