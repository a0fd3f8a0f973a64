"""The `briefing` command: extract, render and check on the same core as the MkDocs plugin."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .load import load_articles
from .pipeline import build_briefing
from .records import article_record
from .render import render


def _extract(args: argparse.Namespace) -> int:
    briefing = build_briefing(args.paths)
    for problem in briefing.problems:
        print(problem, file=sys.stderr)
    out = sys.stdout
    records = [article_record(e, briefing) for e in briefing.extractions]
    if args.format == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return 0


def _render(args: argparse.Namespace) -> int:
    briefing = build_briefing(args.paths)
    for problem in briefing.problems:
        print(problem, file=sys.stderr)
    pages = render(briefing, args.templates)
    for path, markdown in sorted(pages.items()):
        target = args.out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown, encoding="utf-8")
    print(f"{len(pages)} pages written to {args.out}", file=sys.stderr)
    return 0


def _check(args: argparse.Namespace) -> int:
    """Load every article and report every problem at once; fail when any is an error."""
    articles, problems = load_articles(args.paths)
    for problem in problems:
        print(problem)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    print(f"{len(articles)} articles loaded; {errors} errors, {warnings} warnings", file=sys.stderr)
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefing", description="Turn a folder of news articles into a cross-referenced briefing.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="print people, places, organizations and figures as JSON")
    extract.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files or folders (read recursively)")
    extract.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    extract.set_defaults(run=_extract)

    render_ = commands.add_parser("render", help="write the briefing's Markdown pages to a folder")
    render_.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files or folders (read recursively)")
    render_.add_argument("--out", type=Path, required=True, metavar="DIR", help="where to write the pages")
    render_.add_argument("--templates", type=Path, metavar="DIR", help="templates that override the bundled ones")
    render_.set_defaults(run=_render)

    check = commands.add_parser("check", help="report every problem in the articles (exit 1 if any is an error)")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files or folders (read recursively)")
    check.set_defaults(run=_check)

    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
