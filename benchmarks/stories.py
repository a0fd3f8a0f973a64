"""Stories found from the text, scored against corpora whose folders are their events.

    python3 benchmarks/stories.py [--corpus ecbplus|newswcl50|bbc ...] [--json PATH]

For ECB+ (58 events; topics 1-20 each hold two events of one kind, `Necb` and `Necbplus`, which
must stay apart) and NewsWCL50 (10 events of one political season, sharing most of their people),
every article is copied into a fresh temporary folder under an opaque name (a hash of its path), so
that neither folder nor file name can tell its event. The copy is loaded and extracted by briefing,
one article at a time, then grouped; the stories are scored against the original folders with
B-cubed precision, recall and F1 (Bagga & Baldwin 1998: for each article, the share of its story
that is of its event, and the share of its event that is in its story, averaged over articles).
Target: F1 >= 0.95 on each. Also reported: the same score at other thresholds than briefing's
(SAME_STORY × 0.75 to × 1.5), to show that the result does not hang on the exact value; and the
score when only the first two articles of each event (by original file name) are grouped, where an
event's articles are too few for neighbours to tell two events of one kind apart (no target).

The BBC corpus (2,225 articles, no gold) is grouped for its time and the sizes of its stories, with
the titles of the largest, to look at. Times are CPU seconds of this process (extraction after the
extractor's tables are built) and vary with the machine's load.
Prints a table and writes JSON (default benchmarks/results/stories.json), which keeps the numbers
only: the corpora's texts, titles too, are not to be published. Exits non-zero when a scored corpus
is under its target.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.extract import extract, prepare  # noqa: E402
from briefing.load import load_articles  # noqa: E402
from briefing.load.files import article_files  # noqa: E402
from briefing.stories import grouping  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
SCORED = ("ecbplus", "newswcl50")
TARGET_F1 = 0.95
SENSITIVITY = (0.75, 0.875, 1.0, 1.125, 1.25, 1.5)
LARGEST_SHOWN = 10


def opaque_copy(corpus: Path, folder: Path) -> dict[str, str]:
    """Copy every article of `corpus` into `folder` under a hash of its path; each name → the path."""
    originals = {}
    files, _ = article_files(corpus)
    for relative in files:
        if "/" not in relative:
            continue  # a file beside the event folders (a README), not an article
        name = hashlib.sha256(relative.encode()).hexdigest()[:16] + Path(relative).suffix
        shutil.copy(corpus / relative, folder / name)
        originals[name] = relative
    return originals


def bcubed(stories: list[list[int]], events: list[str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of `stories` (lists of indices) against each index's event."""
    story_of = {i: n for n, members in enumerate(stories) for i in members}
    together = collections.Counter((story_of[i], event) for i, event in enumerate(events))
    story_sizes = collections.Counter(story_of[i] for i in range(len(events)))
    event_sizes = collections.Counter(events)
    precision = sum(c * c / story_sizes[s] for (s, _), c in together.items()) / len(events)
    recall = sum(c * c / event_sizes[e] for (_, e), c in together.items()) / len(events)
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}


def extracted(folder: Path) -> tuple[list, float]:
    """Every article under `folder`, extracted; and the CPU seconds extraction took."""
    articles, _ = load_articles([folder])
    start = time.process_time()
    extractions = [extract(article) for article in articles]
    return extractions, time.process_time() - start


def grouped(extractions: list) -> tuple[list[list[int]], float]:
    start = time.process_time()
    stories = grouping.group(extractions)
    return stories, time.process_time() - start


def score_corpus(name: str) -> dict:
    """Copy, extract, group and score one corpus with gold events."""
    with tempfile.TemporaryDirectory(prefix="briefing-stories-") as temporary:
        folder = Path(temporary)
        originals = opaque_copy(CORPORA / name, folder)
        extractions, extract_seconds = extracted(folder)
    paths = [originals[Path(e.article.path).name] for e in extractions]
    events = [path.split("/")[0] for path in paths]
    stories, group_seconds = grouped(extractions)
    result = {
        "articles": len(extractions),
        "events": len(set(events)),
        "stories": len(stories),
        **bcubed(stories, events),
        "extract_seconds_per_article": extract_seconds / len(extractions),
        "group_seconds_per_article": group_seconds / len(extractions),
    }
    chosen = grouping.SAME_STORY
    result["by_threshold"] = {}
    try:
        for factor in SENSITIVITY:
            grouping.SAME_STORY = chosen * factor
            scores = bcubed(grouping.group(extractions), events)
            result["by_threshold"][f"{grouping.SAME_STORY:.3f}"] = scores["f1"]
    finally:
        grouping.SAME_STORY = chosen
    first_two = sorted(
        sorted(range(len(paths)), key=lambda i: paths[i]), key=lambda i: events[i]
    )  # by event, then by original path
    kept = [i for n, i in enumerate(first_two) if n < 2 or events[first_two[n - 2]] != events[i]]
    result["two_per_event"] = bcubed(
        grouping.group([extractions[i] for i in kept]), [events[i] for i in kept]
    )
    return result


def look_at_bbc() -> dict:
    """Group the BBC corpus: time, story sizes and the largest stories' titles."""
    extractions, extract_seconds = extracted(CORPORA / "bbc")
    stories, group_seconds = grouped(extractions)
    sizes = collections.Counter(len(story) for story in stories)
    largest = sorted(stories, key=lambda story: (-len(story), story))[:LARGEST_SHOWN]
    return {
        "articles": len(extractions),
        "stories": len(stories),
        "extract_seconds_per_article": extract_seconds / len(extractions),
        "group_seconds": group_seconds,
        "group_seconds_per_article": group_seconds / len(extractions),
        "sizes": {str(size): sizes[size] for size in sorted(sizes)},
        "articles_alone": sizes[1],
        "largest": [
            {"size": len(story), "titles": [extractions[i].article.title for i in story]} for story in largest
        ],
    }


def table(results: dict[str, dict]) -> str:
    lines = [
        (
            f"{'corpus':10} {'articles':>8} {'stories':>7} {'P':>6} {'R':>6} {'F1':>6} "
            f"{'extract ms/art':>14} {'group ms/art':>12}"
        )
    ]
    for name, r in results.items():
        scores = " ".join(f"{r[m]:6.3f}" if m in r else f"{'-':>6}" for m in ("precision", "recall", "f1"))
        milliseconds = 1000 * r["extract_seconds_per_article"], 1000 * r["group_seconds_per_article"]
        lines.append(
            f"{name:10} {r['articles']:8d} {r['stories']:7d} {scores} "
            f"{milliseconds[0]:14.2f} {milliseconds[1]:12.3f}"
        )
    for name, r in results.items():
        if "by_threshold" in r:
            by_threshold = ", ".join(f"{t}: {f:.3f}" for t, f in r["by_threshold"].items())
            lines.append(f"{name}: F1 by threshold {by_threshold}")
            two = r["two_per_event"]
            lines.append(
                f"{name}: two articles per event: "
                f"P {two['precision']:.3f} R {two['recall']:.3f} F1 {two['f1']:.3f}"
            )
    if "bbc" in results:
        bbc = results["bbc"]
        lines.append(
            f"bbc: grouping {bbc['group_seconds']:.2f} s CPU; story sizes (size: count) "
            + ", ".join(f"{s}: {n}" for s, n in bbc["sizes"].items())
        )
        lines.extend(f"  {story['size']:3d}  " + " | ".join(story["titles"][:6]) for story in bbc["largest"])
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        action="append",
        choices=(*SCORED, "bbc"),
        help="a corpus to run (repeatable; default: all three)",
    )
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "stories.json")
    args = parser.parse_args()
    prepare()
    results = {}
    for name in args.corpus or (*SCORED, "bbc"):
        if not (CORPORA / name).is_dir():
            print(f"skipped {name}: {CORPORA / name} is missing", file=sys.stderr)
            continue
        results[name] = score_corpus(name) if name in SCORED else look_at_bbc()
    print(table(results))
    passed = {name: r["f1"] >= TARGET_F1 for name, r in results.items() if "f1" in r}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    numbers = {
        name: {**r, "largest": [story["size"] for story in r["largest"]]} if "largest" in r else r
        for name, r in results.items()
    }
    args.json.write_text(
        json.dumps(
            {"threshold": grouping.SAME_STORY, "target_f1": TARGET_F1, "passed": passed, "results": numbers},
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0 if all(passed.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
