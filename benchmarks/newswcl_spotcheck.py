"""The most-mentioned people and places of NewsWCL50 events, for reading errors by eye.

    python3 benchmarks/newswcl_spotcheck.py [--events event0 event1 event2] [--top 20]

Each event is five outlets' articles on one story; it is extracted as one briefing with
`briefing extract` (no overrides) and its entities are listed by mention count, with the
spellings that were merged into each.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWSWCL = ROOT.parent / "shared" / "corpora" / "newswcl50"


def extract(folder: Path) -> list[dict]:
    """`briefing extract` records of the articles in `folder`."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-m", "briefing", "extract", str(folder), "--format", "jsonl", "--no-cache"],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    ).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def most_mentioned(records: list[dict], kind: str, top: int) -> list[tuple[str, int, list[str]]]:
    """(name, mentions, other spellings) of the `top` entities of `kind`."""
    counts: collections.Counter = collections.Counter()
    names: dict[str, str] = {}
    spellings: dict[str, set[str]] = collections.defaultdict(set)
    for record in records:
        for mention in record["mentions"]:
            if mention["kind"] == kind:
                counts[mention["entity"]] += 1
                names[mention["entity"]] = mention["name"]
                spellings[mention["entity"]].add(mention["text"])
    return [(names[e], n, sorted(spellings[e] - {names[e]})) for e, n in counts.most_common(top)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", nargs="+", default=["event0", "event1", "event2"])
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    for event in args.events:
        records = extract(NEWSWCL / event)
        for kind in ("person", "place"):
            print(f"## {event}: top {args.top} {kind}s")
            for name, count, others in most_mentioned(records, kind, args.top):
                print(f"{count:4d}  {name}" + (f"  (also: {', '.join(others)})" if others else ""))
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
