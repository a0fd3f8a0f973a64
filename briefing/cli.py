"""The `briefing` command: extract, render and check on the same core as the MkDocs plugin."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .cache import DEFAULT_DIR
from .pipeline import build_briefing
from .progress import extraction_bar
from .records import article_record


def _extract(args: argparse.Namespace) -> int:
    with extraction_bar() as progress:
        briefing = build_briefing(
            args.paths, workers=args.workers, cache=None if args.no_cache else args.cache, progress=progress
        )
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


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefing", description="Turn a folder of news articles into a cross-referenced briefing.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="print people, places, organizations and figures as JSON")
    extract.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files or folders (read recursively)")
    extract.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    extract.add_argument("--workers", type=_positive, metavar="N", help="processes extracting (default: one per core)")
    extract.add_argument("--cache", type=Path, default=DEFAULT_DIR, metavar="DIR",
                         help=f"where extractions are kept between runs (default: {DEFAULT_DIR}; safe to delete)")
    extract.add_argument("--no-cache", action="store_true", help="extract every article afresh and keep nothing")
    extract.set_defaults(run=_extract)

    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
