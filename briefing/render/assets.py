"""The static files every briefing site needs beside its pages: the vendored map library and its
setup, and the pages' own stylesheet (anchored paragraphs, quotes, print)."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent.parent / "assets"
FOLDER = "assets/briefing"
"""Where the files go in the site, relative to its root."""

_FILES = {
    "leaflet/leaflet.js": "leaflet.js",
    "leaflet/leaflet.css": "leaflet.css",
    "leaflet/LICENSE": "leaflet-LICENSE.txt",
    "briefing-map.js": "briefing-map.js",
    "briefing-map.css": "briefing-map.css",
    "briefing.css": "briefing.css",
}
SCRIPTS = (f"{FOLDER}/leaflet.js", f"{FOLDER}/briefing-map.js")
"""Site paths of the scripts each page loads, in order."""
STYLESHEETS = (f"{FOLDER}/leaflet.css", f"{FOLDER}/briefing-map.css", f"{FOLDER}/briefing.css")
"""Site paths of the stylesheets each page loads."""


def assets() -> dict[str, bytes]:
    """Every static file: site path → content. Vendored, so a map needs no CDN."""
    return {f"{FOLDER}/{target}": (_HERE / source).read_bytes() for source, target in _FILES.items()}
