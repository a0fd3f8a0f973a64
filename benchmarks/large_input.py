"""Very large input: how long loading and extracting take for one huge paragraph or article.

Builds news-like text from the BBC corpus (../shared/corpora/bbc): its articles run together
into one paragraph of 200,000 characters (also with no full stops, and with every word
capitalised), and into one article of 5 MB. Prints seconds per case; the gazetteer's one-off
start-up is measured apart.

    PYTHONPATH=. python3 benchmarks/large_input.py
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

from briefing.extract import extract
from briefing.extract.gazetteer import gazetteer
from briefing.load import load_articles

BBC = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc"


def bbc_paragraphs(limit: int) -> list[str]:
    """BBC paragraphs, in file order, until there are `limit` characters."""
    paragraphs, size = [], 0
    for file in sorted(BBC.rglob("*.txt")):
        for paragraph in file.read_bytes().decode("utf-8", "replace").split("\n\n"):
            paragraphs.append(" ".join(paragraph.split()))
            size += len(paragraphs[-1])
            if size >= limit:
                return paragraphs
    return paragraphs


def cases() -> dict[str, str]:
    """Name → file text: a title line, then the body."""
    run_on = " ".join(bbc_paragraphs(200_000))[:200_000]
    words = re.findall(r"\w+", run_on)
    return {
        "200k-character paragraph": run_on,
        "200k characters, no full stops": re.sub(r"[.!?]", ",", run_on),
        "200k characters, every word capitalised": " ".join(w.capitalize() for w in words)[:200_000],
        "5 MB article": "\n\n".join(bbc_paragraphs(5_000_000)),
    }


def main() -> int:
    if not BBC.is_dir():
        print(f"no corpus at {BBC}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    gazetteer()
    print(f"{'gazetteer start-up':42} {time.perf_counter() - started:7.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        for name, body in cases().items():
            file = Path(folder) / "article.txt"
            file.write_text("Large input\n\n" + body + "\n", encoding="utf-8")
            started = time.perf_counter()
            (article,), _ = load_articles([file])
            loaded = time.perf_counter()
            extraction = extract(article)
            done = time.perf_counter()
            print(f"{name:42} load {loaded - started:6.2f} s, extract {done - loaded:7.2f} s "
                  f"({len(body):,} characters, {len(extraction.mentions):,} mentions, {len(extraction.figures):,} figures)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
