"""The `briefing` command: extract, render and check on the same core as the MkDocs plugin."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .pipeline import build_briefing
from .records import article_record


def _extract(args: argparse.Namespace) -> int:
    briefing = build_briefing(args.paths, args.entities)
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefing", description="Turn a folder of news articles into a cross-referenced briefing.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="print people, places, organizations and figures as JSON")
    extract.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files or folders (read recursively)")
    extract.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    extract.add_argument("--entities", type=Path, metavar="FILE",
                         help="entities.yml with editor overrides (merge, rename, kind, drop, description)")
    extract.set_defaults(run=_extract)

    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
