"""The folders a command writes (which cache it uses, each claimed before anything is written),
and how a command that cannot go on says why."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..ownership import OLDER_CACHE, Kind, claim, refusal
from ..speed.cache import DEFAULT_DIR


def cache_folder(args: argparse.Namespace) -> Path | None:
    """The cache folder the command's options name: `--cache`, else the default; None with `--no-cache`."""
    if args.no_cache:
        return None
    return args.cache or DEFAULT_DIR


_FOLDER_NAMES: dict[Kind, str] = {"cache": "cache folder", "pages": "output folder", "site": "site folder"}
_HINTS: dict[Kind, str] = {"cache": " (or pass --no-cache)"}


def claim_folders(folders: list[tuple[Path, Kind]], force: bool) -> str | None:
    """Claim each folder the command writes, or say in one line why one cannot be: each is checked
    before any is created, so a refused command writes nothing."""
    for folder, kind in folders:
        reason = refusal(folder, kind, force)
        if reason is not None:
            if not force and refusal(folder, kind, True) is None:
                hint = "; choose an empty or new folder, or pass --force to write in it all the same"
                hint += f" ({OLDER_CACHE})" if kind == "cache" else ""
            else:
                hint = _HINTS.get(kind, "")
            return f"{_FOLDER_NAMES[kind]} {reason}{hint}"
    for folder, kind in folders:
        claim(folder, kind, force)
    return None


def fail(args: argparse.Namespace, message: str, status: int = 2) -> int:
    """Say in one line on stderr why the command stops, and return its exit status: 2 for what the
    user gave (the default), 1 for a build that failed."""
    print(f"briefing {args.command}: error: {message}", file=sys.stderr)
    return status
