"""MkDocs event handlers: run the pipeline, add its pages, watch the articles."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from markdown.extensions.toc import slugify
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from ..ownership import OLDER_CACHE, refusal
from ..pipeline import build, render_pages
from ..render.assets import SCRIPTS, STYLESHEETS, assets
from ..render.feed import FEED
from ..render.safe_urls import SafeUrlsExtension
from ..slugs import theme_safe_ids
from .config import BriefingConfig

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer

log = get_plugin_logger(__name__)
# `mkdocs build --strict` fails on warnings and errors; "info" is input handled in full.
_LOG_BY_SEVERITY = {"error": log.error, "warning": log.warning, "info": log.info}


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Turns the articles folder into article, entity and figure pages."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Resolve the plugin's paths against mkdocs.yml's folder, once per build."""
        root = Path(config.config_file_path).parent
        articles = self.config.articles
        self.articles = [root / str(path) for path in ([articles] if isinstance(articles, str) else articles)]
        self.templates = root / self.config.templates if self.config.templates else None
        self.cache = root / self.config.cache if self.config.cache else None
        refused = refusal(self.cache, "cache") if self.cache else None
        if refused:
            hint = f"; {OLDER_CACHE}" if refusal(self.cache, "cache", force=True) is None else ""
            raise PluginError(
                f"briefing: cache folder {refused} (set the option `cache` to another folder{hint})"
            )
        self.entities = root / self.config.entities if self.config.entities else None
        # Every page may hold a map; its library and setup load everywhere (once, under instant navigation).
        for script in SCRIPTS:
            if script not in config.extra_javascript:
                config.extra_javascript.append(script)
        for stylesheet in STYLESHEETS:
            if stylesheet not in config.extra_css:
                config.extra_css.append(stylesheet)
        # Authors' Markdown links are parsed by MkDocs: only then can a javascript: URL be caught.
        config.markdown_extensions.append(SafeUrlsExtension())
        # Headings are titles and names from the articles: none may get an id the theme uses.
        toc = config.mdx_configs.setdefault("toc", {})
        toc["slugify"] = theme_safe_ids(toc.get("slugify", slugify))
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Run load → extract → stories → resolve → render and add every page as a generated file.

        Pages live only in the build, never in docs_dir, so a removed article leaves
        no stale page behind. Entity and figure pages stay out of the navigation: the
        index pages list them, and a nav of thousands of pages makes every page slow.
        """
        built = build(self.articles, entities=self.entities, workers=self.config.workers, cache=self.cache)
        briefing = built.briefing
        for problem in briefing.problems:
            _LOG_BY_SEVERITY[problem.severity](str(problem))
        started = time.perf_counter()
        pages = render_pages(
            briefing, self.templates, directory_urls=config.use_directory_urls, cache=self.cache
        )
        _add_pages(files, pages, config)
        rendered = time.perf_counter() - started
        # One line per stage, so an editor sees where a slow build spends its time.
        report = built.report
        log.info(f"load: {report.load_seconds:.2f} s, {report.articles} articles")
        extracted = f"{report.extracted} extracted, {report.cached} from cache"
        log.info(f"extract: {report.extract_seconds:.2f} s, {extracted}")
        log.info(f"stories: {report.stories_seconds:.2f} s, {len(briefing.stories)} stories")
        log.info(f"resolve: {report.resolve_seconds:.2f} s, {len(briefing.entities)} entities")
        log.info(f"render: {rendered:.2f} s, {len(pages)} pages")
        return files

    def on_post_page(self, output: str, *, page, config: MkDocsConfig) -> str:
        """Announce the stories' Atom feed (`feed.xml`, rendered with the pages) in each page's head,
        where a feed reader looks for it: the theme has no setting for it."""
        href = "../" * page.url.count("/") + FEED
        announce = f'<link rel="alternate" type="application/atom+xml" title="Stories" href="{href}">'
        return output.replace("</head>", f"{announce}\n</head>", 1)

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder) -> LiveReloadServer:
        """Rebuild when an article changes, as when a docs page does."""
        for articles in self.articles:
            server.watch(str(articles))
        for extra in (self.templates, self.entities):
            if extra:
                server.watch(str(extra))
        return server


def _add_pages(files: Files, pages: dict[str, str], config: MkDocsConfig) -> None:
    """Add the generated pages and the map's scripts to `files`, but where docs_dir has its own."""
    own = {file.src_uri for file in files}
    for path, markdown in sorted(pages.items()):
        if path in own:
            log.info(f"docs_dir has its own {path}; the generated page is not used")
            continue
        in_nav = path == "index.md" or path.endswith("/index.md")
        files.append(
            File.generated(
                config,
                path,
                content=markdown,
                inclusion=InclusionLevel.INCLUDED if in_nav else InclusionLevel.NOT_IN_NAV,
            )
        )
    for path, content in assets().items():
        if path not in own:
            files.append(File.generated(config, path, content=content))
