"""Key figures scored against the Gun Violence Archive: each story's killed and injured, per incident.

    python3 benchmarks/figures.py [--corpus PATH] [--json PATH] [--show N]

Every article of `gva-dev` (250 US shooting incidents, one folder each) is copied into one fresh
temporary folder under an opaque name (a hash of its path, front matter kept), so that neither folder
nor file name can tell its incident, as `benchmarks/stories.py` does. The pipeline builds the briefing
(stories found from the text, as `briefing stories --format jsonl` prints them), and each incident is
scored through the story that holds most of its articles: is the story's `killed` (`injured`) `value`
the archive's record? A story without the measure says 0.

A miss is put down to the first of:

- `no_article`: no article of the incident reports the right count for its own event (for a record
  of 0, every article reports a count);
- `pooled`: the story holds another incident's articles too;
- `split`: the incident's articles are in several stories, and those of this one lack the right count;
- `wrong_pick`: the right count is among the story's reports, but the story's value is another.

Per article, recall is `../shared/tools/score.py` in incidents mode (the right count found in any
article of the incident, for the incidents with a count above 0). The archive's record can differ
from what the articles say: read the misses (`--show`) before trusting a number.

Writes JSON (default benchmarks/results/figures.json) with the numbers and incident folders only: the
corpus's texts are not to be published. Exits non-zero under a target.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from stories import opaque_copy  # noqa: E402

from briefing.cli.records import article_record, story_records  # noqa: E402
from briefing.pipeline import build  # noqa: E402

SHARED = ROOT.parent / "shared"
MEASURES = ("killed", "injured")
TARGETS = {"killed": 0.85, "injured": 0.80}
"""Share of incidents whose story's value equals the record."""
RECALL_TARGET = 0.90
"""Per-article recall (score.py, incidents mode) of each measure."""
CAUSES = ("no_article", "pooled", "split", "wrong_pick")


def story_of_incident(stories: list[dict], incident_of: dict[str, str]) -> dict[str, dict]:
    """For each incident, the story that holds most of its articles (the earliest listed among equals)."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for index, story in enumerate(stories):
        for path in story["articles"]:
            counts[incident_of[path]][index] += 1
    return {incident: stories[max(found, key=lambda i: (found[i], -i))] for incident, found in counts.items()}


def story_value(story: dict, measure: str) -> float:
    """The story's value for `measure`, 0 when it reports none."""
    return next((f["value"] for f in story["figures"] if f["measure"] == measure), 0)


def article_counts(record: dict, measure: str) -> set[float]:
    """The counts an article gives of `measure` for its own event, whole counts only."""
    return {
        f["value"]
        for f in record["figures"]
        if f["measure"] == measure and f["event"] is None and f["part_of"] is None and f["rate"] is None
    }


def cause(incident: str, story: dict, gold: float, measure: str, records: dict, incident_of: dict) -> str:
    """Why the story's value for `measure` is not the record: see the module's docstring."""
    own = [path for path, where in incident_of.items() if where == incident]
    if not _has(gold, [article_counts(records[path], measure) for path in own]):
        return "no_article"
    if {incident_of[path] for path in story["articles"]} != {incident}:
        return "pooled"
    if not _has(gold, [article_counts(records[path], measure) for path in story["articles"]]):
        return "split"
    return "wrong_pick"


def _has(gold: float, counts: list[set[float]]) -> bool:
    """Whether an article's counts hold `gold`; for 0, whether an article gives none."""
    return any(gold in found for found in counts) if gold else any(not found for found in counts)


def score(stories: list[dict], records: dict, incident_of: dict, gold: dict) -> dict:
    """Per measure: incidents equal, the share, and the misses by cause."""
    story_for = story_of_incident(stories, incident_of)
    result = {}
    for measure in MEASURES:
        equal, misses = 0, []
        for incident, record in gold.items():
            story = story_for.get(incident)
            if story is None:
                continue
            value = story_value(story, measure)
            if value == record[measure]:
                equal += 1
                continue
            why = cause(incident, story, record[measure], measure, records, incident_of)
            misses.append({"incident": incident, "gold": record[measure], "value": value, "cause": why})
        scored = len(story_for)
        by_cause = collections.Counter(miss["cause"] for miss in misses)
        result[measure] = {
            "incidents": scored,
            "equal": equal,
            "share": equal / scored,
            "misses": {why: by_cause[why] for why in CAUSES},
            "missed": misses,
        }
    return result


def per_article_recall(records: dict, incident_of: dict, gold_file: Path) -> dict:
    """score.py's incidents mode on the articles' records, paths given back as incident/file."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as predictions:
        for path, record in records.items():
            original = incident_of[path] + "/" + Path(path).name
            predictions.write(json.dumps({**record, "path": original}) + "\n")
        predictions.flush()
        scored = subprocess.run(
            [
                sys.executable,
                str(SHARED / "tools" / "score.py"),
                "--gold",
                str(gold_file),
                "--pred",
                predictions.name,
                "--json",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    rows = json.loads(scored.stdout)["rows"]
    return {row["measure"].split()[0]: row["recall"] for row in rows if row["measure"].endswith("recall")}


def show(result: dict, stories: list[dict], records: dict, incident_of: dict, count: int) -> None:
    """Print up to `count` misses of each measure: the story's reports, and every article's counts."""
    story_for = story_of_incident(stories, incident_of)
    for measure in MEASURES:
        for miss in result[measure]["missed"][:count]:
            incident = miss["incident"]
            print(f"\n== {measure} {incident}: gold {miss['gold']}, story {miss['value']} ({miss['cause']})")
            story = story_for[incident]
            for path in story["articles"]:
                record = records[path]
                figures = [
                    f"{f['value']:g} {f['measure']}{' [' + f['event'] + ']' if f['event'] else ''}"
                    f"{' [part]' if f['part_of'] is not None else ''}: {f['text']!r}"
                    for f in record["figures"]
                    if f["measure"] in (*MEASURES, "shot")
                ]
                print(f"  {incident_of[path]} {record['date']} {record['title'][:70]!r}")
                for line in figures:
                    print(f"      {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpora" / "gva-dev")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "figures.json")
    parser.add_argument("--show", type=int, default=0, help="print up to N misses of each measure")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is missing", file=sys.stderr)
        return 0
    gold = json.loads((args.corpus / "gold.json").read_text(encoding="utf-8"))["incidents"]
    with tempfile.TemporaryDirectory(prefix="briefing-figures-") as temporary:
        folder = Path(temporary)
        originals = opaque_copy(args.corpus, folder)
        started = time.process_time()
        briefing = build([folder], workers=1).briefing
        seconds = time.process_time() - started
    incident_of = {
        e.article.path: originals[Path(e.article.path).name].split("/")[0] for e in briefing.extractions
    }
    records = {e.article.path: article_record(e, briefing) for e in briefing.extractions}
    stories = story_records(briefing)
    result = score(stories, records, incident_of, gold)
    recall = per_article_recall(records, incident_of, args.corpus / "gold.json")
    for measure in MEASURES:
        r = result[measure]
        misses = ", ".join(f"{why} {n}" for why, n in r["misses"].items())
        print(
            f"{measure}: story value equals the record in {r['equal']}/{r['incidents']} incidents "
            f"({r['share']:.1%}, target {TARGETS[measure]:.0%}); misses: {misses}; "
            f"per-article recall {recall.get(measure, 0):.3f} (target {RECALL_TARGET:.2f})"
        )
    print(f"{len(records)} articles, {len(stories)} stories, {seconds:.1f} s CPU (one process)")
    if args.show:
        show(result, stories, records, incident_of, args.show)
    passed = all(result[m]["share"] >= TARGETS[m] and recall.get(m, 0) >= RECALL_TARGET for m in MEASURES)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    summary = {
        "articles": len(records),
        "stories": len(stories),
        "targets": {"share": TARGETS, "per_article_recall": RECALL_TARGET},
        "passed": passed,
        "per_article_recall": recall,
        "results": result,
    }
    args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
