"""The `briefing` command: extract, render, stories and check on the same pipeline as the MkDocs plugin.

`commands` reads the command line and runs the pipeline, `records` writes what it found as
JSON records (the extraction contract), `progress` draws a bar on a terminal.
"""

from .commands import main

__all__ = ["main"]
