"""`briefing extract` follows the extraction contract, and scores well on the seeds' gold."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT, SHARED


def test_one_record_per_seed_article_with_the_contract_fields(seeds_records):
    assert [r["path"] for r in seeds_records] == [
        "seeds/000_b1c98fba87abfd1e.txt",
        "seeds/001_1cc6b34740a9b9ae.txt",
    ]
    for record in seeds_records:
        assert {"path", "title", "source", "date", "paragraphs", "mentions", "figures"} <= set(record)
        for mention in record["mentions"]:
            assert mention["kind"] in ("person", "place", "organization")
            assert (
                record["paragraphs"][mention["paragraph"]][mention["start"] : mention["end"]]
                == mention["text"]
            )
            assert mention["entity"] and mention["name"]
        for figure in record["figures"]:
            # A figure of the title has no paragraph.
            read = (
                record["title"] if figure["paragraph"] is None else record["paragraphs"][figure["paragraph"]]
            )
            assert read[figure["start"] : figure["end"]] == figure["text"]
            assert {"value", "low", "high", "qualifier", "measure"} <= set(figure)


def test_header_line_gives_date_authors_and_outlet(seeds_records):
    cnn = seeds_records[1]
    assert (cnn["source"], cnn["date"]) == ("CNN", "2025-04-24")
    assert cnn["authors"] == ["Rob Picheta", "Svitlana Vlasova", "Todd Symons", "Victoria Butenko"]
    assert not cnn["paragraphs"][0].startswith("date")


def test_an_article_that_only_quotes_the_bbc_has_no_outlet(seeds_records):
    assert seeds_records[0]["source"] is None
    assert seeds_records[0]["title"].startswith("Amid stalled US-led peace talks")


def test_mention_text_leaves_out_the_title(seeds_records):
    texts = {m["text"] for r in seeds_records for m in r["mentions"] if m["kind"] == "person"}
    assert "Trump" in texts and "President Trump" not in texts
    roles = {m["role"] for r in seeds_records for m in r["mentions"] if m["text"] == "Ihor Klymenko"}
    assert "Interior Minister" in roles


def test_at_least_nine_people_is_a_bounded_figure(seeds_records):
    first = seeds_records[0]["figures"][0]
    assert first | {"start": 0} == first
    assert (first["value"], first["low"], first["high"], first["qualifier"], first["measure"]) == (
        9,
        9,
        None,
        "At least",
        "killed",
    )
    assert first["text"] == "At least nine people"


@pytest.mark.shared("tools/score.py", "gold/seeds.json")
def test_seed_scores_meet_the_bar(tmp_path, seeds_records):
    pred = tmp_path / "seeds.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in seeds_records), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score.py"),
            "--gold",
            str(SHARED / "gold" / "seeds.json"),
            "--pred",
            str(pred),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    summary = json.loads(result.stdout)
    f1 = {row["measure"]: row["f1"] for row in summary["rows"]}
    assert f1["people"] >= 0.95 and f1["places"] >= 0.95 and f1["figures"] >= 0.90, f1
    assert summary["not_merged"] == []


def test_a_folder_is_read_recursively(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "story.txt").write_text(
        "Police in Lyon said 3 people were injured.\n", encoding="utf-8"
    )
    out = subprocess.run(
        [sys.executable, "-m", "briefing", "extract", str(tmp_path), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    record = json.loads(out)
    assert record["path"].endswith("a/b/story.txt")
    assert [(f["value"], f["measure"]) for f in record["figures"]] == [(3, "injured")]
