"""Extraction speed in articles per second on one core, over the BBC corpus.

    python3 benchmarks/extract_speed.py [PATH] [--profile] [--json PATH]

Loading is done first and not timed; the shared tables (gazetteer, given names, word
frequencies: `prepare()`) are built before the clock starts, as they are once per process.
Exits non-zero below 200 articles/s.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.extract import extract, prepare  # noqa: E402
from briefing.load import load_articles  # noqa: E402

TARGET = 200.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    parser.add_argument("--profile", action="store_true", help="print the 25 most expensive functions")
    parser.add_argument("--json", type=Path, help="write the result there")
    args = parser.parse_args()
    articles, _ = load_articles([args.path])
    prepare()
    profile = cProfile.Profile() if args.profile else None
    start = time.process_time()
    if profile:
        profile.enable()
    for article in articles:
        extract(article)
    if profile:
        profile.disable()
    seconds = time.process_time() - start
    rate = len(articles) / seconds
    print(f"{len(articles)} articles in {seconds:.1f} s CPU: {rate:.0f} articles/s (target {TARGET:.0f})")
    if profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    if args.json:
        result = {"articles": len(articles), "cpu_seconds": round(seconds, 2), "per_second": round(rate)}
        args.json.write_text(json.dumps({**result, "target": TARGET}, indent=2) + "\n")
    return 0 if rate >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
