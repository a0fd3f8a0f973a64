"""Outlets known by their web domain: a crawled article names its site by domain ("nytimes.com"),
a reader knows it by name ("The New York Times"). Any other domain is shown as it is."""

from __future__ import annotations

OUTLETS = {
    "aljazeera.com": "Al Jazeera",
    "aljazeera.net": "Al Jazeera",
    "abcnews.go.com": "ABC News",
    "apnews.com": "Associated Press",
    "ap.org": "Associated Press",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "bloomberg.com": "Bloomberg",
    "breitbart.com": "Breitbart",
    "buzzfeednews.com": "BuzzFeed News",
    "cbc.ca": "CBC News",
    "cbsnews.com": "CBS News",
    "cnbc.com": "CNBC",
    "cnn.com": "CNN",
    "dailymail.co.uk": "Daily Mail",
    "dw.com": "Deutsche Welle",
    "economist.com": "The Economist",
    "euronews.com": "Euronews",
    "foxnews.com": "Fox News",
    "france24.com": "France 24",
    "ft.com": "Financial Times",
    "huffingtonpost.co.uk": "HuffPost",
    "huffingtonpost.com": "HuffPost",
    "huffpost.com": "HuffPost",
    "independent.co.uk": "The Independent",
    "latimes.com": "Los Angeles Times",
    "mercurynews.com": "The Mercury News",
    "msnbc.com": "MSNBC",
    "nbcnews.com": "NBC News",
    "npr.org": "NPR",
    "nydailynews.com": "New York Daily News",
    "nypost.com": "New York Post",
    "nytimes.com": "The New York Times",
    "phys.org": "Phys.org",
    "politico.com": "Politico",
    "reuters.com": "Reuters",
    "scmp.com": "South China Morning Post",
    "sky.com": "Sky News",
    "telegraph.co.uk": "The Telegraph",
    "theatlantic.com": "The Atlantic",
    "theguardian.com": "The Guardian",
    "thehill.com": "The Hill",
    "time.com": "Time",
    "usatoday.com": "USA Today",
    "vox.com": "Vox",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
}
"""Domain → the outlet's name, for well-known news sites; a subdomain ("edition.cnn.com") is its site's."""


def outlet_name(domain: str) -> str | None:
    """The name of the outlet at `domain` ("www.nytimes.com" → "The New York Times"), or None."""
    parts = domain.strip().lower().rstrip(".").split(".")
    for start in range(len(parts) - 1):
        name = OUTLETS.get(".".join(parts[start:]))
        if name is not None:
            return name
    return None
