"""MkDocs event handlers: run the pipeline, add its pages, watch the articles, and rebuild in
`mkdocs serve` only the pages whose content changed."""

from __future__ import annotations

import functools
import time
from pathlib import Path
from typing import TYPE_CHECKING

from markdown.extensions.toc import slugify
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files, InclusionLevel

from ..ownership import OLDER_CACHE, refusal
from ..pipeline import build, render_pages, render_pages_ahead
from ..render.assets import SCRIPTS, STYLESHEETS, assets
from ..render.feed import FEED
from ..render.safe_urls import SafeUrlsExtension
from ..slugs import theme_safe_ids
from ..speed.ahead import PagesAhead
from ..speed.conversion import Claims, Conversion, apply, convertible
from ..speed.parallel import can_fork
from .config import BriefingConfig
from .extensions import missing_extensions
from .serve import dirty_builder
from .site_folder import GeneratedFile, Rebuild, SiteFolder

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext

log = get_plugin_logger(__name__)
# `mkdocs build --strict` fails on warnings and errors; "info" is input handled in full.
_LOG_BY_SEVERITY = {"error": log.error, "warning": log.warning, "info": log.info}


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Turns the articles folder into article, entity and figure pages."""

    def __init__(self) -> None:
        super().__init__()
        self._reset()

    def _reset(self) -> None:
        self.serving = False
        """Whether the site is built for `mkdocs serve`."""
        self.dirty = False
        """Whether MkDocs builds dirty: with `--dirty`, or the rebuilds of `mkdocs serve` (see `on_serve`)."""
        self.held: SiteFolder | None = None
        """What the site folder holds after the last build, for a dirty build of it."""
        self.ahead: PagesAhead | None = None
        """The pages of this build, when another process renders them."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Once per `mkdocs` command, before its first build. (That this handler exists keeps the
        plugin across the rebuilds of `mkdocs serve`, so that each knows what the last one wrote.)"""
        self._reset()
        self.serving = command == "serve"
        self.dirty = dirty

    def on_shutdown(self) -> None:
        """When the `mkdocs` command ends: forget the site folder."""
        self._reset()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Resolve the plugin's paths against mkdocs.yml's folder, once per build, and add what the
        generated pages need to the configuration."""
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
        # A mkdocs.yml with only a site name and a theme still gives clean pages.
        if missing := missing_extensions(config.markdown_extensions):
            log.info(f"the pages need the Markdown extensions {', '.join(missing)}; added")
            config.markdown_extensions.extend(missing)
        # Authors' Markdown links are parsed by MkDocs: only then can a javascript: URL be caught.
        config.markdown_extensions.append(SafeUrlsExtension())
        # Headings are titles and names from the articles: none may get an id the theme uses.
        toc = config.mdx_configs.setdefault("toc", {})
        toc["slugify"] = theme_safe_ids(toc.get("slugify", slugify))
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Begin a build of the site folder, knowing what the last build wrote there."""
        self.rebuild = Rebuild(self.held, config, dirty=self.dirty, serving=self.serving)
        self.held = None  # until this build is done

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
        # A build that renders every page has them rendered alongside MkDocs' own work: it waits
        # only for their list (see `briefing.speed.ahead`).
        if self._renders_ahead():
            pages = self.ahead = render_pages_ahead(
                briefing, directory_urls=config.use_directory_urls, cache=self.cache
            )
        else:
            pages = render_pages(
                briefing, self.templates, directory_urls=config.use_directory_urls, cache=self.cache
            )
        _add_pages(files, pages, config)
        if isinstance(pages, PagesAhead):
            pages.start(_conversion(files, config, self))
        self.rebuild.compare(files)
        rendered = time.perf_counter() - started
        # One line per stage, so an editor sees where a slow build spends its time.
        report = built.report
        log.info(f"load: {report.load_seconds:.2f} s, {report.articles} articles")
        extracted = f"{report.extracted} extracted, {report.cached} from cache"
        log.info(f"extract: {report.extract_seconds:.2f} s, {extracted}")
        log.info(f"stories: {report.stories_seconds:.2f} s, {len(briefing.stories)} stories")
        log.info(f"resolve: {report.resolve_seconds:.2f} s, {len(briefing.entities)} entities")
        alongside = ", listed: rendered alongside MkDocs' conversion" if self.ahead is not None else ""
        log.info(f"render: {rendered:.2f} s, {len(pages)} pages{alongside}")
        return files

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        """A page the process rendering ahead may have converted takes what it converted."""
        if self.ahead is not None and self.ahead.conversion is not None:
            page.render = functools.partial(_render, page, self.ahead)
        return page

    def on_post_page(self, output: str, *, page, config: MkDocsConfig) -> str:
        """Announce the stories' Atom feed (`feed.xml`, rendered with the pages) in each page's head,
        where a feed reader looks for it: the theme has no setting for it."""
        href = "../" * page.url.count("/") + FEED
        announce = f'<link rel="alternate" type="application/atom+xml" title="Stories" href="{href}">'
        return output.replace("</head>", f"{announce}\n</head>", 1)

    def _renders_ahead(self) -> bool:
        """Whether this build's pages are rendered in another process (see `on_files`): a build
        that renders all of them, with the bundled templates, where the plugin may start processes."""
        return (
            not self.rebuild.incremental
            and self.templates is None
            and self.config.workers != 1
            and can_fork()
        )

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> None:
        self.nav = nav

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> None:
        """Once the pages are read, before any is rendered: those a dirty build did not read get
        what the navigation shows of them."""
        self.files = files
        self.rebuild.settle(files, self.nav, config)

    @event_priority(-100)  # after the search plugin's, which indexes the page
    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> None:
        self.rebuild.indexed(page)

    @event_priority(100)  # before the search plugin's, which writes the index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Complete the search index of a dirty build, and keep what the folder now holds for the
        next build (in `mkdocs serve`, or with `--dirty`)."""
        self._close_ahead()
        self.rebuild.finish(self.files, config)
        self.held = self.rebuild.folder(self.files) if self.serving or self.dirty else None
        del self.files, self.nav  # the build's pages, which `mkdocs serve` need not keep between builds

    def on_build_error(self, *, error: Exception) -> None:
        """After a failed build, the folder holds what no one knows: the next one renders every page."""
        self.held = None
        self._close_ahead(stop=True)

    def _close_ahead(self, *, stop: bool = False) -> None:
        """Wait for the process that rendered the pages, which keeps them in the cache (or `stop` it)."""
        if self.ahead is not None:
            self.ahead.close(stop=stop)
            if self.ahead.seconds is not None:
                converted = self.ahead.converted_there
                converted = f", and converted {converted} of them" if self.ahead.conversion else ""
                log.info(f"render alongside: {self.ahead.seconds:.2f} s in another process{converted}")
            if self.ahead.failed:
                reason = self.ahead.failed.strip().splitlines()[-1]
                log.info(f"the pages were rendered in the build's own process: {reason}")
            self.ahead = None

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder) -> LiveReloadServer:
        """Rebuild when an article changes, as when a docs page does; and rebuild dirty, so that
        only the pages whose content changed are rendered and written."""
        for articles in self.articles:
            server.watch(str(articles))
        for extra in (self.templates, self.entities):
            if extra:
                server.watch(str(extra))
        if not self.dirty and (rebuild := dirty_builder(builder)):
            server.builder = rebuild
            self.dirty = True
        return server


def _conversion(files: Files, config: MkDocsConfig, plugin: BriefingPlugin) -> Conversion | None:
    """What the process rendering ahead needs to convert the generated pages too, where it can."""
    if not convertible(config, plugin):
        return None
    generated = [f.src_uri for f in files.documentation_pages() if isinstance(f, GeneratedFile)]
    return Conversion(config, files, Claims(generated))


def _render(page: Page, ahead: PagesAhead, config: MkDocsConfig, files: Files) -> None:
    """`Page.render`, or what the process rendering ahead converted."""
    del page.render  # the class's again
    converted = ahead.conversion_of(page.file.src_uri)
    if converted is None:
        page.render(config, files)
    else:
        apply(converted, page, files)


def _add_pages(files: Files, pages: dict[str, str] | PagesAhead, config: MkDocsConfig) -> None:
    """Add the generated pages (rendered, or to be read when sent) and the map's scripts to
    `files`, but where docs_dir has its own. MkDocs reads and converts them in the order they are
    rendered, so that it never waits for one rendered ahead (see `briefing.speed.ahead`); but for
    a navigation MkDocs makes from the files' order, which lists them in order of their paths."""
    own = {file.src_uri for file in files}
    rendered = list(pages.paths if isinstance(pages, PagesAhead) else pages)
    for path in rendered if config.nav else sorted(rendered):
        if path in own:
            log.info(f"docs_dir has its own {path}; the generated page is not used")
            continue
        in_nav = path == "index.md" or path.endswith("/index.md")
        inclusion = InclusionLevel.INCLUDED if in_nav else InclusionLevel.NOT_IN_NAV
        if isinstance(pages, PagesAhead):
            page = functools.partial(pages.__getitem__, path)
            files.append(GeneratedFile.pending(config, path, page, inclusion))
        else:
            files.append(GeneratedFile.generated(config, path, content=pages[path], inclusion=inclusion))
    for path, content in assets().items():
        if path not in own:
            files.append(GeneratedFile.generated(config, path, content=content))
