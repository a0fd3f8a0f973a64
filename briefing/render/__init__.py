"""Render: the resolved briefing as Markdown pages."""

from .site import render, template_dirs

__all__ = ["render", "template_dirs"]
