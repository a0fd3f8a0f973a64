"""The MkDocs plugin: a thin adapter that adds the briefing's pages to a MkDocs build."""

from .plugin import BriefingPlugin

__all__ = ["BriefingPlugin"]
