"""YAML that is valid but bad data, in front matter and in the overrides file: each is a message
with its file and line, and every other article (and every other rule) is kept."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.load import load_articles, load_overrides
from briefing.pipeline import build_briefing
from briefing.render import render

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BODY = "Russia launched 70 missiles at Kyiv overnight, officials said.\n"
# Nine levels of nine aliases: a billion values, were they expanded.
ALIAS_BOMB = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * 9)}]\n" for level in range(1, 9)
)


def write_markdown(folder: Path, name: str, front: str) -> Path:
    file = folder / name
    file.write_text(f"---\n{front}---\n\n{BODY}", encoding="utf-8", errors="surrogatepass")
    return file


# Front matter: the article is skipped, with a message on the line; the others load


@pytest.mark.parametrize(
    ("front", "line", "reason"),
    [
        ("title: T\ndate: !!timestamp 2025-99-99\n", 3, "date '2025-99-99' is not a date (use YYYY-MM-DD)"),
        (
            "title: " + "9" * 5_000 + "\n",
            2,
            "title: the value cannot be read (a number of 5,000 characters is too long)",
        ),
        (
            "source: " + "[" * 20 + "]" * 20 + "\n",
            2,
            "source: the value cannot be read (nested more than 16 levels deep)",
        ),
        ("source: " + "[" * 3_000 + "]" * 3_000 + "\n", 2, "brackets nested more than 32 deep"),
        (
            ALIAS_BOMB + "title: *a8\n",
            11,
            "title: the value cannot be read (an alias (*a8) is not allowed; write the value out)",
        ),
        (
            "title: !!python/object:os.system x\n",
            2,
            "title: the value cannot be read (could not determine a constructor",
        ),
    ],
)
def test_front_matter_that_is_bad_data_skips_its_article_only(tmp_path, front, line, reason):
    bad = write_markdown(tmp_path, "bad.md", front)
    write_markdown(tmp_path, "good.md", "title: Good\n")
    articles, problems = load_articles([tmp_path])
    assert [a.title for a in articles] == ["Good"]
    errors = [str(p) for p in problems if p.severity == "error"]
    assert errors[0].startswith(f"{bad.as_posix()}:{line}: error: {reason}"), errors
    assert all(len(str(p)) < 300 for p in problems)


def test_a_huge_number_under_an_unknown_key_is_only_an_unknown_key(tmp_path):
    file = write_markdown(tmp_path, "story.md", "title: Strike\nviews: " + "9" * 5_000 + "\n")
    (article,), problems = load_articles([file])
    assert article.title == "Strike"
    assert [(p.line, p.severity) for p in problems] == [
        (3, "warning")
    ] and "unknown front matter key 'views'" in problems[0].reason


def test_a_timestamp_tag_is_read_as_the_date_it_holds(tmp_path):
    (article,), problems = load_articles(
        [write_markdown(tmp_path, "story.md", "date: !!timestamp 2025-04-24\n")]
    )
    assert (str(article.date), problems) == ("2025-04-24", [])


def test_a_key_given_twice_is_a_warning_and_the_last_one_counts(tmp_path):
    file = write_markdown(tmp_path, "story.md", "title: One\nsource: CNN\ntitle: Two\n")
    (article,), problems = load_articles([file])
    assert article.title == "Two"
    assert [str(p) for p in problems] == [
        f"{file.as_posix()}:4: warning: key 'title' is given again (first on line 2); the last one is used"
    ]


@pytest.mark.parametrize(
    ("escaped", "character", "shown"),
    [
        ("\\uD800", "lone surrogate U+D800", "a  b"),
        ("\\uFFFE", "noncharacter U+FFFE", "a  b"),
        ("\\uFFFF", "noncharacter U+FFFF", "a  b"),
        ("\\x80", "control character U+0080", "a  b"),
        ("\\e[31m", "control character U+001B", "a [31m b"),
    ],
)
def test_characters_no_page_can_hold_are_removed_from_front_matter_with_a_warning(
    tmp_path, escaped, character, shown
):
    file = write_markdown(tmp_path, "story.md", f'title: "a {escaped} b"\n')
    (article,), problems = load_articles([file])
    assert article.title == shown
    assert [str(p) for p in problems] == [
        f"{file.as_posix()}:2: warning: {character} (and any others) removed"
    ]


def test_extract_and_render_finish_with_every_other_article_whatever_the_front_matter(tmp_path):
    """The command line, as a user runs it: `extract` prints every article and `render` writes every page."""
    for name in sorted(SEEDS.iterdir()):
        shutil.copy(name, tmp_path / name.name)
    write_markdown(tmp_path, "a-surrogate.md", 'title: "a \\uD800 b"\n')
    write_markdown(tmp_path, "b-bomb.md", ALIAS_BOMB + "title: *a8\n")
    write_markdown(tmp_path, "c-control.md", 'title: "x \\uFFFE y \\x80 z"\n')
    command = [sys.executable, "-m", "briefing"]
    extracted = subprocess.run(
        [*command, "extract", str(tmp_path), "--no-cache"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    records = [json.loads(line) for line in extracted.stdout.splitlines()]
    assert {"a  b", "x  y  z"} < {r["title"] for r in records} and len(records) == 4
    subprocess.run(
        [*command, "render", str(tmp_path), "--out", str(tmp_path / "out"), "--no-cache"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    page = (tmp_path / "out" / "articles" / "c-control.md").read_text(encoding="utf-8")
    assert page.startswith('---\ntitle: "x  y  z"\n---\n')


# The overrides file: the bad rule is left out, with a message; the build goes on


def write_overrides(folder: Path, text: str) -> Path:
    file = folder / "entities.yml"
    file.write_text(text, encoding="utf-8")
    return file


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- name: Kyiv\n  aliases: 5\n", [(2, "error", "aliases must be text or a list of text, not int 5")]),
        (
            "- name: Kyiv\n  aliases: true\n",
            [(2, "error", "aliases must be text or a list of text, not bool True")],
        ),
        (
            "- name: Kyiv\n  aliases: " + "[" * 20 + "]" * 20 + "\n",
            [(2, "error", "aliases: the value cannot be read (nested more than 16 levels deep)")],
        ),
        (
            "- name: Kyiv\n  description: " + "9" * 5_000 + "\n",
            [
                (
                    2,
                    "error",
                    "description: the value cannot be read (a number of 5,000 characters is too long)",
                )
            ],
        ),
        ("- name: Kyiv\n  aliases: [!!timestamp 2025-99-99]\n", []),
        (
            "- name: &k Kyiv\n  aliases: [*k]\n",
            [(2, "error", "aliases: the value cannot be read (an alias (*k) is not allowed")],
        ),
        ("- name: Kyiv\n  name: Kiev\n", [(2, "warning", "key 'name' is given again (first on line 1)")]),
    ],
)
def test_a_bad_rule_is_a_message_on_its_line_and_the_others_are_kept(tmp_path, text, expected):
    file = write_overrides(tmp_path, text + "- name: Donald Trump\n  description: US president\n")
    overrides, problems = load_overrides(file)
    assert "Donald Trump" in [o.name for o in overrides]
    assert [(p.path, p.line, p.severity) for p in problems] == [
        (str(file), line, severity) for line, severity, _ in expected
    ]
    assert all(reason in p.reason for p, (_, _, reason) in zip(problems, expected, strict=True))


def test_brackets_nested_thousands_deep_make_the_file_unreadable_at_once(tmp_path):
    file = write_overrides(
        tmp_path, "- name: Donald Trump\n- name: Kyiv\n  aliases: " + "[" * 3_000 + "]" * 3_000 + "\n"
    )
    overrides, problems = load_overrides(file)
    assert (overrides, [str(p) for p in problems]) == (
        (),
        [f"{file}:3: error: brackets nested more than 32 deep"],
    )


@pytest.mark.parametrize("text", ["", "# nothing yet\n"])
def test_an_empty_overrides_file_is_a_note(tmp_path, text):
    file = write_overrides(tmp_path, text)
    overrides, problems = load_overrides(file)
    assert (overrides, [str(p) for p in problems]) == (
        (),
        [f"{file}:1: info: the entities file has no items"],
    )


def test_a_lone_surrogate_in_an_override_name_is_removed_and_the_site_renders(tmp_path):
    file = write_overrides(tmp_path, '- name: "Ky\\uD800iv"\n  aliases: [Kyiv]\n  kind: place\n')
    briefing = build_briefing([SEEDS], entities=file, workers=1, cache=None)
    assert any(e.name == "Kyiv" for e in briefing.entities.values())
    assert any(p.path == str(file) and "lone surrogate U+D800" in p.reason for p in briefing.problems)
    assert "places/kyiv.md" in render(briefing)
