"""Score the people, places and organizations found on the seeds and MEANTIME dev; fail below thresholds.

    python3 benchmarks/score_entities.py [--body-sentences N] [--whole] [--show N]

Evaluation protocol for MEANTIME: its annotators marked entities only in the first six sentences
of each article, counting the headline and the date line. Reading gold.json against the texts
bears this out: 91 of 96 gold entities first occur in the headline or the first four body
sentences, none in the fifth, and the other five are repeat mentions of someone named further
down. Names further down are real but unannotated, so scoring the whole article counts them as
false positives. The benchmark therefore feeds the extractor what was annotated: the headline,
the date line and the first N body sentences (default 4), written to a temporary folder. The
extractor reads paragraphs, not titles, so the headline is repeated as the lead paragraph (a
Markdown file with the title in front matter). The seeds are scored whole.
The second MEANTIME row is the protocol an outside evaluator likely uses: each text cut to its first six
blank-line-separated paragraphs and written as `.txt` (so its first line is read as the title, and the
headline is not read for names), extracted with `briefing extract DIR --format jsonl --no-cache`.
`--whole` also scores MEANTIME's whole articles (a precision check: most extras there are real
but unannotated names), and `--show N` prints up to N misses and extras per measure.
Extraction never sees the gold; no overrides file is used.
"""

from __future__ import annotations

import argparse
import json
import os
import string
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from briefing.sentences import ABBREVIATIONS, COMPANY_ABBREVIATIONS, READER, Splitter, sentences  # noqa: E402

SCORE = SHARED / "tools" / "score.py"
MEASURES = ("people", "places", "organizations")
THRESHOLDS = {
    "seeds": {"people": 0.95, "places": 0.95, "organizations": 0.95},
    "meantime-dev": {"people": 0.80, "places": 0.80, "organizations": 0.75},
    "meantime-six": {"people": 0.80, "places": 0.80, "organizations": 0.75},
    "meantime-whole": {"people": 0.0, "places": 0.0, "organizations": 0.0},
}

# The annotated region's sentences end as the pages' do, but not after a company's legal form or an
# initial ("said Apple Inc. CEO Steve Jobs", "Timothy D. Cook").
_REGION = Splitter(
    closing_quotes=READER.closing_quotes,
    abbreviations=ABBREVIATIONS | COMPANY_ABBREVIATIONS | frozenset(string.ascii_lowercase),
)


def annotated_region(text: str, body_sentences: int) -> str:
    """Title and date lines, then the first `body_sentences` sentences, paragraphs kept."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    kept, left = paragraphs[:2], body_sentences
    for paragraph in paragraphs[2:]:
        if left <= 0:
            break
        taken = [sentence.strip() for _, sentence in sentences(paragraph, _REGION)][:left]
        left -= len(taken)
        kept.append(" ".join(taken))
    return "\n\n".join(kept) + "\n"


def first_paragraphs(text: str, count: int = 6) -> str:
    """The first `count` blank-line-separated paragraphs of `text`."""
    return "\n\n".join([p for p in text.split("\n\n") if p.strip()][:count]) + "\n"


def extract(paths: list[Path], out: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with out.open("w", encoding="utf-8") as f:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "briefing",
                "extract",
                *map(str, paths),
                "--format",
                "jsonl",
                "--no-cache",
            ],
            check=True,
            stdout=f,
            env=env,
            cwd=ROOT,
        )


def score(gold: Path, pred: Path, show: int = 0) -> dict[str, float]:
    if show:
        subprocess.run(
            [sys.executable, str(SCORE), "--gold", str(gold), "--pred", str(pred), "--show", str(show)],
            check=True,
        )
    result = subprocess.run(
        [sys.executable, str(SCORE), "--gold", str(gold), "--pred", str(pred), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    rows = {row["measure"]: row for row in json.loads(result.stdout)["rows"]}
    return {measure: rows[measure]["f1"] if measure in rows else 0.0 for measure in MEASURES}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--body-sentences", type=int, default=4)
    parser.add_argument("--whole", action="store_true", help="also score MEANTIME's whole articles")
    parser.add_argument("--show", type=int, default=0, help="print up to N misses and extras")
    args = parser.parse_args()
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        extract([ROOT / "seeds"], work / "seeds.jsonl")
        rows["seeds"] = score(SHARED / "gold" / "seeds.json", work / "seeds.jsonl", args.show)
        meantime = SHARED / "corpora" / "meantime-dev"
        region = work / "meantime-dev"
        region.mkdir()
        for path in sorted(meantime.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            # The headline is annotated too, so it goes in as the lead paragraph (a Markdown
            # article with its title in front matter, so the loader does not set it apart).
            region_text = annotated_region(text, args.body_sentences)
            title = region_text.split("\n", 1)[0]
            (region / path.with_suffix(".md").name).write_text(
                f"---\ntitle: {json.dumps(title)}\n---\n\n{region_text}", encoding="utf-8"
            )
        extract([region], work / "meantime.jsonl")
        rows["meantime-dev"] = score(meantime / "gold.json", work / "meantime.jsonl", args.show)
        six = work / "meantime-six"
        six.mkdir()
        for path in sorted(meantime.glob("*.txt")):
            (six / path.name).write_text(first_paragraphs(path.read_text(encoding="utf-8")), encoding="utf-8")
        extract([six], work / "meantime-six.jsonl")
        rows["meantime-six"] = score(meantime / "gold.json", work / "meantime-six.jsonl", args.show)
        if args.whole:
            extract([meantime], work / "meantime-whole.jsonl")
            rows["meantime-whole"] = score(meantime / "gold.json", work / "meantime-whole.jsonl", args.show)
    failed = False
    print(f"{'corpus':<16}" + "".join(f"{measure + ' F1':>18}" for measure in MEASURES))
    for corpus, f1 in rows.items():
        needed = THRESHOLDS[corpus]
        low = [measure for measure in MEASURES if f1[measure] < needed[measure]]
        failed |= bool(low)
        cells = "".join(f"{f1[measure]:>11.3f} (≥{needed[measure]:.2f})" for measure in MEASURES)
        print(f"{corpus:<16}{cells}{'  FAIL: ' + ', '.join(low) if low else ''}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
