"""Stories: the seeds are one, events of the same kind keep their own figures, editors pin, move,
merge and title, and the contract says which story each article is in."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.pipeline import build_briefing
from briefing.render.measures import compare
from conftest import ROOT, SHARED

ECB = SHARED / "corpora" / "ecbplus"
needs_ecb = pytest.mark.shared("corpora/ecbplus")


def copy(tmp_path: Path, *names: str) -> Path:
    """ECB+ articles (`"18ecb/1.txt"`) copied into one folder under opaque names."""
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for index, name in enumerate(names):
        shutil.copy(ECB / name, folder / f"{index:03d}.txt")
    return folder


def test_the_seeds_are_one_story_and_every_record_names_it(seeds_records):
    stories = {record["story"] for record in seeds_records}
    assert len(stories) == 1 and None not in stories
    out = subprocess.run(
        [sys.executable, "-m", "briefing", "stories", "seeds", "--format", "jsonl", "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    [story] = [json.loads(line) for line in out.splitlines()]
    assert story["story"] in stories
    assert story["articles"] == [r["path"] for r in seeds_records]
    assert (story["first"], story["last"]) == ("2025-04-24", "2025-04-24")
    killed = next(f for f in story["figures"] if f["measure"] == "killed")
    assert (killed["value"], killed["low"], killed["high"]) == (8, 8, 9)
    assert {(r["path"], r["value"]) for r in killed["reports"]} >= {
        ("seeds/000_b1c98fba87abfd1e.txt", 9),
        ("seeds/001_1cc6b34740a9b9ae.txt", 8),
    }
    assert all(
        {"path", "value", "qualifier", "paragraph"} <= set(r) for f in story["figures"] for r in f["reports"]
    )


@needs_ecb
def test_figures_of_two_events_do_not_share_a_range(tmp_path):
    # A one-victim office shooting (18ecb) and a bombing in South Sudan (41ecbplus: seven killed, 12 an
    # earlier count), whose articles recall the civil war's dead ("some 2 million died in the latest war").
    folder = copy(tmp_path, "18ecb/1.txt", "18ecb/10.txt", "41ecbplus/8.txt", "41ecbplus/10.txt")
    briefing = build_briefing([folder], workers=1)
    shooting, bombing = (briefing.story_of[str(folder / name)] for name in ("000.txt", "002.txt"))
    assert shooting != bombing
    killed = {s.story: s for s in compare(briefing) if s.measure == "killed"}
    assert (killed[shooting].range, killed[shooting].disagree) == ("1", False)
    assert (killed[bombing].range, [r.figure.value for r in killed[bombing].updates]) == ("7", [12])
    war = {f.event for x in briefing.extractions for f in x.figures if f.value == 2_000_000}
    assert war == {"the latest war"}


def test_a_count_the_text_calls_earlier_is_an_update_not_a_disagreement(seeds):
    by_measure = {s.measure: s for s in compare(seeds)}
    # "Ukraine's emergency services earlier reported that nine people had died": CNN's earlier count.
    killed = by_measure["killed"]
    assert [(r.figure.text, r.source) for r in killed.updates] == [("nine people", "CNN")]
    # An embedded post's "21 people are hospitalized" against CNN's later "At least 42 people".
    hospitalized = by_measure["hospitalized"]
    assert (hospitalized.value, hospitalized.range, hospitalized.disagree) == (42, "42", False)
    assert [r.figure.value for r in hospitalized.updates] == [21]
    assert "An earlier count was 21" in hospitalized.summary


@needs_ecb
def test_a_later_day_s_toll_updates_an_earlier_day_s(tmp_path):
    # The Aceh earthquake of 2 July 2013: one dead on the day, 24 the next (ECB+ 37ecbplus).
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, source, date in (("9.txt", "The Straits Times", "2013-07-02"), ("6.txt", "BBC", "2013-07-03")):
        title, _, body = (ECB / "37ecbplus" / name).read_text(encoding="utf-8").partition("\n")
        front = f"title: {json.dumps(title)}\nsource: {source}\ndate: {date}\nstory: Aceh earthquake"
        (folder / f"{source}.md").write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
    briefing = build_briefing([folder], workers=1)
    assert len(briefing.stories) == 1
    killed = next(s for s in compare(briefing) if s.measure == "killed")
    assert (killed.value, killed.disagree) == (24, False)
    assert {(r.source, r.figure.value) for r in killed.updates} == {("The Straits Times", 1)}


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def cnn(folder: Path, name: str, title: str, day: int, body: str, pin: str | None = None) -> Path:
    """A Markdown article from CNN of April 2025, pinned to story `pin` if given."""
    front = f"title: {title}\nsource: CNN\ndate: 2025-04-{day}\n" + (f"story: {pin}\n" if pin else "")
    return write(folder, name, f"---\n{front}---\n{body}\n")


def test_front_matter_pins_an_article_to_a_story_by_title_or_slug(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", folder)
    cnn(folder, "extra.md", "Lohan leaves rehab", 25, "Lindsay Lohan left rehab.", "Kyiv strike")
    cnn(folder, "other.md", "Aftermath", 26, "Rescuers searched the rubble in Kyiv on Friday.", "kyiv-strike")
    briefing = build_briefing([folder], workers=1)
    pinned = {briefing.story_of[str(folder / name)] for name in ("extra.md", "other.md")}
    assert len(pinned) == 1
    story = briefing.stories[pinned.pop()]
    assert story.title == "Kyiv strike" and story.id == "kyiv-strike"
    assert (story.first, story.last) == (story.first.replace(day=25), story.first.replace(day=26))


def test_the_overrides_file_moves_merges_and_titles_stories(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", folder)
    cnn(
        folder,
        "rehab.md",
        "Lohan leaves rehab",
        25,
        "Lindsay Lohan has left the Betty Ford Center in Rancho Mirage, California, her lawyer said.",
    )
    rules = write(
        tmp_path,
        "entities.yml",
        "- move: 001_1cc6b34740a9b9ae.txt\n"
        "- story: 001_1cc6b34740a9b9ae.txt\n  title: CNN on the Kyiv strike\n",
    )
    moved = build_briefing([folder], entities=rules, workers=1)
    alone = moved.stories[moved.story_of[str(folder / "001_1cc6b34740a9b9ae.txt")]]
    assert alone.title == "CNN on the Kyiv strike" and len(alone.articles) == 1
    rules.write_text(
        rules.read_text() + "- story: CNN on the Kyiv strike\n  merge: [000_b1c98fba87abfd1e.txt]\n"
        "  title: Kyiv strike, 24 April 2025\n",
        encoding="utf-8",
    )
    merged = build_briefing([folder], entities=rules, workers=1)
    story = merged.stories[merged.story_of[str(folder / "000_b1c98fba87abfd1e.txt")]]
    assert story.title == "Kyiv strike, 24 April 2025" and len(story.articles) == 2
    assert merged.story_of[str(folder / "rehab.md")] != story.id
    assert not [p for p in merged.problems if p.path == str(rules)]


def test_an_editors_rule_finds_a_story_of_a_long_title_by_its_title_or_its_slug(tmp_path):
    # A title of more than eight words: the page's slug is made of its first eight, and a rule naming
    # the story by its whole title or by that slug finds it (`move:` once said "no story goes by that
    # name", `story:` "matches no story").
    folder = tmp_path / "articles"
    long_title = "Russia launches its deadliest strike on Kyiv in nine months as talks stall"
    cnn(
        folder, "a.md", long_title, 24, "Russia launched missiles and drones at Kyiv overnight, killing nine."
    )
    cnn(
        folder,
        "b.md",
        "Rehab for Lohan",
        25,
        "Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage.",
    )
    first = build_briefing([folder], workers=1)
    (strike,) = [s for s in first.stories.values() if s.title == long_title]
    assert strike.id == "russia-launches-its-deadliest-strike-on-kyiv-in"
    rules = write(
        tmp_path,
        "entities.yml",
        f"- move: b.md\n  to: {long_title}\n- story: {strike.id}\n  title: Kyiv strike, 24 April 2025\n",
    )
    edited = build_briefing([folder], entities=rules, workers=1)
    assert not [p for p in edited.problems if p.path == str(rules)]
    (story,) = edited.stories.values()
    assert story.title == "Kyiv strike, 24 April 2025" and len(story.articles) == 2


def test_a_story_rule_that_matches_nothing_is_a_warning_with_its_line(tmp_path):
    rules = write(
        tmp_path,
        "entities.yml",
        "- move: nowhere.txt\n\n- story: No such story\n  title: X\n"
        "- move: 000_b1c98fba87abfd1e.txt\n  to: Nowhere either\n",
    )
    briefing = build_briefing([ROOT / "seeds"], entities=rules, workers=1)
    problems = sorted((p.line, p.severity, p.reason) for p in briefing.problems if p.path == str(rules))
    assert [(line, severity) for line, severity, _ in problems] == [
        (1, "warning"),
        (3, "warning"),
        (5, "warning"),
    ]
    assert (
        "nowhere.txt" in problems[0][2]
        and "No such story" in problems[1][2]
        and "Nowhere either" in problems[2][2]
    )
    assert len(briefing.stories) == 1


def test_grouping_does_not_depend_on_file_order(tmp_path, seeds):
    from briefing.stories import group

    extractions = list(seeds.extractions)
    assert group(extractions) == [[0, 1]]
    assert group(extractions[::-1]) == [[0, 1]]
