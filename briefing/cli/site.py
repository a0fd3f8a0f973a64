"""`briefing build` and `briefing serve`: MkDocs with the briefing plugin on the articles given.

Without `--config` the site has the quick start's settings (`mkdocs.yml` beside this module) and
no hand-written pages; with it, that mkdocs.yml's settings win, and its briefing plugin (added if
it has none) reads the articles given. Options given on the command line win over both.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import yaml
from mkdocs.__main__ import ColorFormatter
from mkdocs.commands.build import build
from mkdocs.commands.serve import serve
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException
from mkdocs.utils import yaml_load

from ..characters import printable
from ..ownership import Kind
from ..speed.cache import DEFAULT_DIR
from .folders import claim_folders, fail

DEFAULTS = Path(__file__).with_name("mkdocs.yml")
"""The quick start's settings, for articles without a mkdocs.yml."""


def build_site(args: argparse.Namespace) -> int:
    """Build the site into `--site-dir` (default `site`, or the one `--config` names)."""
    with _mkdocs_log(), tempfile.TemporaryDirectory(prefix="briefing-docs-") as docs:
        options = _options(args, Path(docs))
        if isinstance(options, str):
            return fail(args, options)
        site_dir = args.site_dir or (None if args.config else Path("site"))
        try:
            site = os.path.abspath(site_dir) if site_dir else None
            config = load_config(**options, site_dir=site, strict=args.strict or None)
        except MkDocsException as error:
            return fail(args, f"the settings cannot be used: {error}")
        refused = claim_folders([(site_dir or Path(config.site_dir), "site"), *_cache(args)], args.force)
        if refused:
            return fail(args, refused)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        except MkDocsException as error:
            return fail(args, str(error), 1)
        except OSError as error:
            return fail(args, f"{printable(str(error.filename))}: {error.strerror}", 1)
        finally:
            config.plugins.on_shutdown()
    return 0


def serve_site(args: argparse.Namespace) -> int:
    """Serve the site, rebuilt when an article changes, until interrupted."""
    with _mkdocs_log(), tempfile.TemporaryDirectory(prefix="briefing-docs-") as docs:
        options = _options(args, Path(docs))
        if isinstance(options, str):
            return fail(args, options)
        refused = claim_folders(_cache(args), args.force)
        if refused:
            return fail(args, refused)
        try:
            serve(**options, dev_addr=args.dev_addr)
        except MkDocsException as error:
            return fail(args, str(error), 1)
        except OSError as error:
            return fail(args, f"cannot serve: {error.strerror}", 1)
    return 0


def _options(args: argparse.Namespace, docs: Path) -> dict | str:
    """What MkDocs' `load_config` is given: the settings file, and the plugins with briefing's
    options as the command line sets them; or why the settings file cannot be read."""
    briefing: dict[str, object] = {"articles": [os.path.abspath(path) for path in args.paths]}
    if args.no_cache:
        briefing["cache"] = ""
    elif args.cache or not args.config:
        briefing["cache"] = os.path.abspath(args.cache or DEFAULT_DIR)
    for key in ("entities", "templates"):
        if getattr(args, key):
            briefing[key] = os.path.abspath(getattr(args, key))
    if args.workers:
        briefing["workers"] = args.workers
    config_file = args.config or DEFAULTS
    try:
        with open(config_file, "rb") as stream:
            settings = yaml_load(stream) or {}
    except (OSError, yaml.YAMLError, MkDocsException) as error:
        return f"{printable(str(config_file))} cannot be read: {' '.join(str(error).split())}"
    if not isinstance(settings, dict):
        return f"{printable(str(config_file))} is not a MkDocs configuration"
    options = {"config_file": str(config_file), "plugins": _with_briefing(settings.get("plugins"), briefing)}
    if not args.config:
        options["docs_dir"] = str(docs)
    return options


def _with_briefing(plugins: object, options: dict[str, object]) -> list:
    """The `plugins` setting (a list or a mapping, as mkdocs.yml writes it; MkDocs' default when
    absent) with briefing's options set to `options`, and briefing added if it is not there."""
    if plugins is None:
        plugins = ["search"]
    entries = list(plugins.items()) if isinstance(plugins, dict) else []
    for entry in plugins if isinstance(plugins, list) else ():
        if isinstance(entry, str):
            entries.append((entry, {}))
        elif isinstance(entry, dict):
            entries += entry.items()
    found = False
    listed = []
    for name, settings in entries:
        if name == "briefing":
            found, settings = True, {**(settings if isinstance(settings, dict) else {}), **options}
        listed.append({name: settings or {}})
    return listed if found else [*listed, {"briefing": options}]


def _cache(args: argparse.Namespace) -> list[tuple[Path, Kind]]:
    """The cache folder the command line gives briefing, to claim: none when the settings name it."""
    if args.no_cache or not (args.cache or not args.config):
        return []
    return [(args.cache or DEFAULT_DIR, "cache")]


@contextlib.contextmanager
def _mkdocs_log() -> Iterator[None]:
    """MkDocs' messages on stderr, as the `mkdocs` command prints them."""
    logger = logging.getLogger("mkdocs")
    handler = logging.StreamHandler()
    handler.setFormatter(ColorFormatter())
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate
