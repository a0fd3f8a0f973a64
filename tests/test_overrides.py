"""Editor overrides from entities.yml, applied to the seed briefing."""

from __future__ import annotations

from pathlib import Path

from briefing.pipeline import build_briefing
from conftest import ROOT


def build(tmp_path: Path, text: str):
    path = tmp_path / "entities.yml"
    path.write_text(text, encoding="utf-8")
    return build_briefing([ROOT / "seeds"], entities=path), str(path)


def by_name(briefing, name):
    return [e for e in briefing.entities.values() if e.name == name]


def test_aliases_merge_entities_under_the_new_name(tmp_path):
    briefing, _ = build(
        tmp_path, "- name: President Zelensky\n  aliases: [Volodymyr Zelenskyy, Donald Trump]\n"
    )
    merged = by_name(briefing, "President Zelensky")
    assert len(merged) == 1 and by_name(briefing, "Donald Trump") == []
    assert {"Trump", "Zelenskyy"} <= set(merged[0].aliases)


def test_kind_and_description_are_set(tmp_path):
    briefing, _ = build(
        tmp_path, "- name: White House\n  kind: place\n  description: The US president's residence.\n"
    )
    house = by_name(briefing, "White House")[0]
    assert (house.kind, house.description) == ("place", "The US president's residence.")
    assert all(m.kind == "place" for x in briefing.extractions for m in x.mentions if m.entity == house.id)


def test_drop_removes_the_entity_and_its_mentions(tmp_path):
    briefing, _ = build(tmp_path, "- drop: White House\n")
    assert by_name(briefing, "White House") == []
    assert not any(m.text == "White House" for x in briefing.extractions for m in x.mentions)


def test_an_override_that_matches_nothing_is_a_warning_with_its_line(tmp_path):
    briefing, path = build(tmp_path, "- drop: White House\n\n- name: Volodymyr Zelenskiyy\n  kind: person\n")
    problems = [p for p in briefing.problems if p.path == path]
    assert [(p.line, p.severity) for p in problems] == [(3, "warning")]
    assert "Zelenskiyy" in problems[0].reason


def test_an_unknown_kind_is_an_error(tmp_path):
    briefing, path = build(tmp_path, "- name: Kyiv\n  kind: city\n")
    assert any(p.path == path and p.severity == "error" and "city" in p.reason for p in briefing.problems)
    assert by_name(briefing, "Kyiv")[0].kind == "place"


def test_without_overrides_nothing_changes():
    briefing = build_briefing([ROOT / "seeds"])
    assert by_name(briefing, "Donald Trump") and all(
        e.description is None for e in briefing.entities.values()
    )
