"""Render: the resolved briefing as Markdown pages."""

from .build import render
from .site import template_dirs

__all__ = ["render", "template_dirs"]
