"""The command line: each command's options, and how it runs the pipeline.

Whatever a user types ends in one line, never a traceback: a path that is not there or cannot be
read, or a folder to write that is a file, cannot be written or holds a user's files, is an error
(exit status 2) before anything is read or written.
"""

from __future__ import annotations

import argparse
import collections
import importlib.metadata
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from ..characters import printable
from ..load import load_articles
from ..model import Briefing
from ..ownership import FolderRefused, Kind, replace_files
from ..pipeline import build_briefing, render_pages
from ..render.assets import assets
from ..speed.cache import DEFAULT_DIR
from .folders import cache_folder, claim_folders, fail
from .progress import extraction_bar
from .records import article_record, story_records
from .site import build_site, serve_site


def _briefing(args: argparse.Namespace) -> Briefing:
    """Run the pipeline as the command's options say, reporting input problems on stderr."""
    with extraction_bar() as progress:
        briefing = build_briefing(
            args.paths,
            entities=args.entities,
            workers=args.workers,
            cache=cache_folder(args),
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
    """Write the pages and the map's scripts to `--out`, and remove the pages an earlier render wrote
    there that this one does not (an article removed since)."""
    briefing = _briefing(args)
    pages = render_pages(briefing, args.templates, cache=cache_folder(args))
    replace_files(args.out, {path: markdown.encode("utf-8") for path, markdown in pages.items()} | assets())
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


def _pipeline_folders(args: argparse.Namespace) -> list[tuple[Path, Kind]]:
    """The folders a pipeline command writes: its cache, and `render`'s pages."""
    folders: list[tuple[Path, Kind]] = [(args.out, "pages")] if getattr(args, "out", None) else []
    cache = cache_folder(args)
    return [*folders, (cache, "cache")] if cache else folders


def _path_check(folder: bool | None) -> Callable[[str], Path]:
    """The type of a path argument that must exist and be readable: a mistyped one is an error, not an
    empty site. `folder` True: it must be a folder; False: a file; None: either."""
    want = {True: "a folder", False: "a file"}

    def readable(text: str) -> Path:
        path, shown = Path(text), printable(text)
        try:
            if not path.exists():
                raise argparse.ArgumentTypeError(f"no such file or folder: {shown}")
            is_folder = path.is_dir()
        except OSError as error:
            raise argparse.ArgumentTypeError(f"{shown} cannot be read: {error.strerror}") from error
        if folder is not None and is_folder != folder:
            raise argparse.ArgumentTypeError(f"{shown} is not {want[folder]}")
        if not os.access(path, os.R_OK | (os.X_OK if is_folder else 0)):
            raise argparse.ArgumentTypeError(f"{shown} cannot be read: permission denied")
        return path

    return readable


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {printable(text)!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


class _Parser(argparse.ArgumentParser):
    """Errors in one line (the usage is one `--help` away), with exit status 2."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {printable(message)}\n")


_PATHS = {"nargs": "+", "metavar": "PATH", "help": "article files or folders (read recursively)"}


def _pipeline_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--entities",
        type=_path_check(False),
        metavar="FILE",
        help="entities.yml with editor overrides (merge, rename, kind, drop, description)",
    )
    command.add_argument(
        "--workers", type=_positive, metavar="N", help="processes extracting (default: one per core)"
    )
    command.add_argument(
        "--cache",
        type=Path,
        metavar="DIR",
        help=f"where extractions, resolution and pages are kept between runs "
        f"(default: {DEFAULT_DIR}; safe to delete)",
    )
    command.add_argument(
        "--no-cache", action="store_true", help="extract, resolve and render afresh and keep nothing"
    )
    command.add_argument(
        "--force",
        action="store_true",
        help="write in a folder that holds files briefing did not write (it removes none of them)",
    )


def _commands(parser: argparse.ArgumentParser) -> None:
    """Each command, its arguments and what runs it."""
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="print people, places, organizations and figures as JSON")
    extract.add_argument("paths", type=_path_check(None), **_PATHS)
    extract.add_argument(
        "--format",
        choices=("jsonl", "json"),
        default="jsonl",
        help="jsonl: one JSON object per article, one per line (the default); json: one JSON array of them",
    )
    _pipeline_options(extract)
    extract.set_defaults(run=_extract, folders=_pipeline_folders)

    render_ = commands.add_parser("render", help="write the briefing's Markdown pages to a folder")
    render_.add_argument("paths", type=_path_check(None), **_PATHS)
    render_.add_argument("--out", type=Path, required=True, metavar="DIR", help="where to write the pages")
    _templates_option(render_)
    _pipeline_options(render_)
    render_.set_defaults(run=_render, folders=_pipeline_folders)

    stories = commands.add_parser("stories", help="print the stories (articles, dates, figures) as JSON")
    stories.add_argument("paths", type=_path_check(None), **_PATHS)
    stories.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    _pipeline_options(stories)
    stories.set_defaults(run=_stories, folders=_pipeline_folders)

    check = commands.add_parser(
        "check", help="report every problem in the articles (exit 1 if any is an error)"
    )
    check.add_argument("paths", type=_path_check(None), **_PATHS)
    check.set_defaults(run=_check, folders=lambda args: [])

    for name, run, help in (
        ("build", build_site, "build the briefing's website with MkDocs, without a mkdocs.yml"),
        ("serve", serve_site, "serve the briefing's website, rebuilt when an article changes"),
    ):
        site = commands.add_parser(name, help=help)
        site.add_argument("paths", type=_path_check(None), **_PATHS)
        if name == "build":
            site.add_argument(
                "--site-dir", type=Path, metavar="DIR", help="where to write the site (default: site)"
            )
            site.add_argument("--strict", action="store_true", help="fail on any warning")
        else:
            site.add_argument(
                "--dev-addr", metavar="HOST:PORT", help="where to serve (default: 127.0.0.1:8000)"
            )
        site.add_argument(
            "--config",
            type=_path_check(False),
            metavar="FILE",
            help="a mkdocs.yml whose settings win over the quick start's (its briefing plugin reads PATH)",
        )
        _templates_option(site)
        _pipeline_options(site)
        site.set_defaults(run=run, folders=lambda args: [])


def _templates_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--templates", type=_path_check(True), metavar="DIR", help="templates that override the bundled ones"
    )


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(
        prog="briefing", description="Turn a folder of news articles into a cross-referenced briefing."
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {importlib.metadata.version('briefing')}"
    )
    _commands(parser)
    args = parser.parse_args(argv)
    try:
        refused = claim_folders(args.folders(args), getattr(args, "force", False))
        status = fail(args, refused) if refused else args.run(args)
        sys.stdout.flush()
    except FolderRefused as error:
        return fail(args, str(error))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped early (`briefing extract seeds | head`): that is no error of ours. Point
        # stdout at /dev/null so that Python's final flush does not fail a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
