"""Loading articles: what each kind of input file becomes, and what the user is told."""

from __future__ import annotations

import datetime
import re
import shutil
from pathlib import Path

import pytest

from briefing.load import find_sources, load_articles
from briefing.slugs import path_slug, slugify, unique_slugs
from conftest import BBC

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
LEAD = "Kyiv, Ukraine (CNN) — Russia launched 70 missiles at Kyiv overnight, officials said.\n"


def load_one(path: Path) -> tuple[object, list[str]]:
    """The one article `path` gives (or None), and the problems as printed."""
    articles, problems = load_articles([path])
    assert len(articles) <= 1
    return (articles[0] if articles else None), [str(p) for p in problems]


# Files that are not articles


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file; skipped"),
        (b" \n\t\r\n  \n", "file holds only whitespace; skipped"),
        ("\u00a0\u3000\n".encode(), "file holds only whitespace; skipped"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (it contains NUL bytes); skipped"),
    ],
)
def test_empty_whitespace_and_binary_files_are_skipped_with_a_warning_naming_them(tmp_path, content, reason):
    file = tmp_path / "story.txt"
    file.write_bytes(content)
    article, problems = load_one(file)
    assert article is None
    assert problems == [f"{file.as_posix()}:1: warning: {reason}"]


# Encodings


@pytest.mark.shared("corpora/bbc")
def test_latin1_pound_in_bbc_file_is_decoded_as_pound_with_a_note():
    file = BBC / "sport" / "199.txt"
    with pytest.raises(UnicodeDecodeError):
        file.read_bytes().decode("utf-8")
    article, problems = load_one(file)
    text = "\n".join(p.text for p in article.paragraphs)
    assert "£15.8m" in text and "\ufffd" not in text
    assert len(problems) == 1
    assert re.fullmatch(
        rf"{re.escape(file.as_posix())}:5: info: not valid UTF-8 .*0xa3 became '£'", problems[0]
    )


def test_stray_latin1_byte_does_not_mangle_the_utf8_around_it(tmp_path):
    file = tmp_path / "mixed.txt"
    file.write_bytes("Zelenskyy’s café said".encode() + b" \xa35m was paid.\n")
    article, problems = load_one(file)
    assert article.paragraphs[0].text == "Zelenskyy’s café said £5m was paid."
    assert len(problems) == 1


@pytest.mark.parametrize(
    ("encoded", "label"),
    [
        (lambda t: "\ufeff".encode() + t.encode(), "utf-8 with BOM"),
        (lambda t: t.replace("\n", "\r\n").encode(), "CRLF"),
        (lambda t: t.replace("\n", "\r").encode(), "CR"),
        (lambda t: t.encode("utf-16"), "utf-16 with BOM"),
    ],
)
def test_bom_and_line_endings_give_the_same_article_as_plain_utf8(tmp_path, encoded, label):
    text = "Strike on Київ\n\n" + LEAD + "\nSecond paragraph.\n"
    plain, odd = tmp_path / "plain.txt", tmp_path / "odd.txt"
    plain.write_bytes(text.encode())
    odd.write_bytes(encoded(text))
    expected, _ = load_one(plain)
    article, problems = load_one(odd)
    assert problems == [], label
    assert (article.title, article.paragraphs, article.source) == (
        expected.title,
        expected.paragraphs,
        expected.source,
    )
    assert article.title == "Strike on Київ"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_with_a_note(tmp_path, encoding):
    text = "Strike on Київ\n\n" + LEAD + "\nSecond paragraph.\n"
    plain, odd = tmp_path / "plain.txt", tmp_path / "odd.txt"
    plain.write_bytes(text.encode())
    odd.write_bytes(text.encode(encoding))
    expected, _ = load_one(plain)
    article, problems = load_one(odd)
    assert problems == [f"{odd.as_posix()}:1: info: no byte order mark; read as {encoding.upper()}"]
    assert article.paragraphs == expected.paragraphs and article.title == expected.title


def test_control_characters_are_removed_with_a_warning_on_their_line(tmp_path):
    file = tmp_path / "story.txt"
    file.write_text("Title line here\n\nFirst paragraph.\n\nSecond\x0b paragraph\x1b.\n")
    article, problems = load_one(file)
    assert article.paragraphs[1].text == "Second paragraph."
    assert problems == [f"{file.as_posix()}:5: warning: control character U+000B (and any others) removed"]


def test_windows_1252_quotes_once_decoded_as_latin1_are_read_back_not_removed(tmp_path):
    # As crawled local news holds them: "\x93" and "\x94" are the bytes of Windows-1252's quotes.
    file = tmp_path / "story.md"
    file.write_text("Title line here\n\nFirst paragraph.\n\nHe said \x93we will\x94 \x97 and left.\n")
    article, problems = load_one(file)
    assert article.paragraphs[1].text == "He said \u201cwe will\u201d \u2014 and left."
    assert problems == [
        f"{file.as_posix()}:5: info: control character U+0093 read as Windows-1252's '\u201c' (and any "
        "others): the text was once decoded as Latin-1"
    ]


# Front matter


def write_markdown(tmp_path: Path, front: str, body: str = "Russia launched 70 missiles at Kyiv.\n") -> Path:
    file = tmp_path / "story.md"
    file.write_text(f"---\n{front}---\n\n{body}")
    return file


def test_front_matter_sets_every_field_and_the_body_keeps_its_line_numbers(tmp_path):
    file = write_markdown(
        tmp_path,
        (
            "title: Strike on Kyiv\nsource: Reuters\ndate: 2025-04-24\n"
            "authors: [Rob Picheta, Svitlana Vlasova]\nurl: https://example.com/kyiv\n"
        ),
    )
    article, problems = load_one(file)
    assert problems == []
    assert article.title == "Strike on Kyiv"
    assert article.source == "Reuters"
    assert article.date == datetime.date(2025, 4, 24)
    assert article.authors == ("Rob Picheta", "Svitlana Vlasova")
    assert article.url == "https://example.com/kyiv"
    assert article.paragraphs[0].line == 9


def test_single_author_string_is_one_author(tmp_path):
    article, problems = load_one(write_markdown(tmp_path, "authors: Rob Picheta\n"))
    assert (article.authors, problems) == (("Rob Picheta",), [])


def test_malformed_yaml_is_an_error_at_its_line_and_the_article_is_skipped(tmp_path):
    file = write_markdown(tmp_path, "title: Strike\nauthors: [Rob, Svitlana\nsource: CNN\n")
    article, problems = load_one(file)
    assert article is None
    assert re.fullmatch(rf"{re.escape(file.as_posix())}:[45]: error: malformed front matter: .+", problems[0])
    assert problems[-1].endswith("error: article skipped because of the front matter error")


def test_unclosed_front_matter_is_an_error(tmp_path):
    file = tmp_path / "story.md"
    file.write_text("---\ntitle: Strike\n\nRussia launched missiles.\n")
    article, problems = load_one(file)
    assert article is None
    assert problems[0] == f"{file.as_posix()}:1: error: front matter is opened with '---' but never closed"


def test_unknown_key_is_a_warning_on_its_line_and_the_article_loads(tmp_path):
    file = write_markdown(tmp_path, "title: Strike\ntags: [war]\n")
    article, problems = load_one(file)
    assert article.title == "Strike"
    assert problems == [
        f"{file.as_posix()}:3: warning: unknown front matter key 'tags' "
        "(known: authors, date, source, story, title, url); ignored"
    ]


@pytest.mark.parametrize("value", ["yesterday", "2025-13-45", "24/04/2025"])
def test_date_that_does_not_parse_is_an_error_naming_the_value(tmp_path, value):
    file = write_markdown(tmp_path, f"title: Strike\ndate: {value}\n")
    article, problems = load_one(file)
    assert article is None
    assert problems[0] == f"{file.as_posix()}:3: error: date '{value}' is not a date (use YYYY-MM-DD)"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-04-24", datetime.date(2025, 4, 24)),
        ("'24 April 2025'", datetime.date(2025, 4, 24)),
        ("April 24, 2025", datetime.date(2025, 4, 24)),
        ("2025-04-24T08:30:00+03:00", datetime.date(2025, 4, 24)),
    ],
)
def test_common_date_forms_parse(tmp_path, value, expected):
    article, problems = load_one(write_markdown(tmp_path, f"date: {value}\n"))
    assert (article.date, problems) == (expected, [])


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        ("title: 1984\n", "title must be text, not int 1984 (put it in quotes)"),
        ("source: [CNN, BBC]\n", "source must be text, not list ['CNN', 'BBC'] (put it in quotes)"),
        ("url: 42\n", "url must be text, not int 42 (put it in quotes)"),
        ("authors: [Rob, 7]\n", "authors must be a name or a list of names, not ['Rob', 7]"),
        ("authors: {name: Rob}\n", "authors must be a name or a list of names, not {'name': 'Rob'}"),
    ],
)
def test_front_matter_value_of_the_wrong_type_is_an_error_at_its_line(tmp_path, front, reason):
    file = write_markdown(tmp_path, front)
    article, problems = load_one(file)
    assert article is None
    assert problems[0] == f"{file.as_posix()}:2: error: {reason}"


def test_non_web_url_is_dropped_with_a_warning(tmp_path):
    file = write_markdown(tmp_path, "url: javascript:alert(1)\n")
    article, problems = load_one(file)
    assert article.url is None
    assert problems == [
        f"{file.as_posix()}:2: warning: url 'javascript:alert(1)' is not an http(s) address; ignored"
    ]


def test_front_matter_errors_are_all_reported_in_one_pass(tmp_path):
    file = write_markdown(tmp_path, "title: 1984\ndate: soon\nlabel: x\n")
    _, problems = load_one(file)
    assert [p.split(": ")[0] for p in problems] == [f"{file.as_posix()}:{n}" for n in (2, 3, 4, 1)]


def test_markdown_heading_becomes_the_title_without_its_hashes(tmp_path):
    file = tmp_path / "story.md"
    file.write_text("# Strike on Kyiv\n\nRussia launched 70 missiles at Kyiv.\n")
    article, _ = load_one(file)
    assert article.title == "Strike on Kyiv"
    assert [p.text for p in article.paragraphs] == ["Russia launched 70 missiles at Kyiv."]


# Duplicates


@pytest.mark.shared("corpora/bbc")
def test_bbc_exact_duplicates_are_one_article_with_a_note_naming_both():
    articles, problems = load_articles([BBC])
    exact = [p for p in problems if re.search(r"info: duplicate of .+; left out$", str(p))]
    assert len(exact) == 98
    assert len({a.digest for a in articles}) == len(articles)
    assert (BBC / "business" / "253.txt").read_bytes() == (BBC / "business" / "007.txt").read_bytes()
    example = (
        f"{BBC.as_posix()}/business/253.txt:1: info: duplicate of {BBC.as_posix()}/business/007.txt; left out"
    )
    assert example in map(str, exact)


def test_copy_differing_only_in_whitespace_and_line_endings_is_a_duplicate(tmp_path):
    text = (SEEDS / "001_1cc6b34740a9b9ae.txt").read_text()
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_bytes(text.replace("\n", "  \r\n").replace(". ", ".  ").encode())
    articles, problems = load_articles([tmp_path])
    assert [a.path for a in articles] == [(tmp_path / "a.txt").as_posix()]
    assert [str(p) for p in problems] == [
        f"{tmp_path.as_posix()}/b.txt:1: info: duplicate (but for white space) of "
        f"{tmp_path.as_posix()}/a.txt; left out"
    ]


def test_same_file_named_twice_is_read_once_without_a_duplicate_warning(tmp_path):
    shutil.copy(SEEDS / "000_b1c98fba87abfd1e.txt", tmp_path / "a.txt")
    articles, problems = load_articles([tmp_path, tmp_path / "sub" / ".." / "a.txt"])
    assert (len(articles), problems) == (1, [])


# Size


def test_five_megabyte_article_and_200k_character_paragraph_load(tmp_path):
    paragraph = " ".join((SEEDS / "000_b1c98fba87abfd1e.txt").read_text().split())
    huge = (paragraph + " ") * (200_000 // len(paragraph) + 1)
    (tmp_path / "one.txt").write_text("Giant paragraph\n\n" + huge[:200_000])
    (tmp_path / "big.txt").write_text(
        "Big article\n\n" + "\n\n".join([paragraph] * (5_000_000 // len(paragraph) + 1))
    )
    articles, problems = load_articles([tmp_path])
    big, one = articles
    assert sum(len(p.text) for p in big.paragraphs) > 5_000_000
    assert len(one.paragraphs) == 1 and len(one.paragraphs[0].text) == 200_000
    assert [str(p) for p in problems] == [
        f"{tmp_path.as_posix()}/one.txt:3: info: paragraph of 200,000 characters (is a blank line missing "
        "between paragraphs?)"
    ]


# Plain-text conventions (the seeds)


def test_cnn_header_line_gives_date_authors_and_outlet_and_dateline_is_kept():
    article, problems = load_one(SEEDS / "001_1cc6b34740a9b9ae.txt")
    assert problems == []
    assert article.date == datetime.date(2025, 4, 24)
    assert article.authors == ("Rob Picheta", "Svitlana Vlasova", "Todd Symons", "Victoria Butenko")
    assert article.source == "CNN"
    assert article.dateline == "Kyiv, Ukraine"
    assert article.paragraphs[0].line == 3
    assert article.paragraphs[0].text.startswith("Kyiv, Ukraine (CNN) — US President Donald Trump")


def test_a_header_date_that_is_no_day_is_a_warning_and_the_article_is_read_undated(tmp_path):
    file = tmp_path / "story.txt"
    file.write_text("date 2025-02-30 By Jane Doe, Reuters\n\n" + LEAD)
    article, problems = load_one(file)
    assert (article.date, article.source, article.authors) == (None, "Reuters", ("Jane Doe",))
    assert problems == [
        f"{file.as_posix()}:1: warning: header date '2025-02-30' is not a date; "
        "the article is read without one"
    ]


def test_dateline_alone_gives_the_outlet(tmp_path):
    file = tmp_path / "story.txt"
    file.write_text(LEAD + "\nSecond paragraph.\n")
    article, _ = load_one(file)
    assert (article.source, article.dateline) == ("CNN", "Kyiv, Ukraine")
    assert article.title == "Russia launched 70 missiles at Kyiv overnight, officials said"


def test_article_that_quotes_the_bbc_has_no_outlet_and_a_title_from_its_lead():
    article, _ = load_one(SEEDS / "000_b1c98fba87abfd1e.txt")
    assert article.source is None
    assert article.title_derived
    assert (
        article.title
        == "Amid stalled US-led peace talks, Russia launched a massive overnight attack on Ukraine…"
    )
    assert article.paragraphs[0].text.startswith("Amid stalled US-led peace talks")


@pytest.mark.shared("corpora/bbc")
def test_bbc_headline_line_is_the_title_and_not_a_paragraph():
    article, _ = load_one(BBC / "business" / "001.txt")
    assert article.title == "Ad sales boost Time Warner profit"
    assert not article.title_derived
    assert article.source is None
    assert article.paragraphs[0].text.startswith("Quarterly profits at US media giant TimeWarner")
    assert article.paragraphs[0].line == 3


# Slugs and order


def test_sources_are_sorted_by_name_whatever_order_they_are_given_in(tmp_path):
    for name in ("b.txt", "a.md", "sub/c.txt", "Z.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("Some text here.\n")
    names = [s.name for s in find_sources([tmp_path / "sub", tmp_path])[0]]
    assert names == sorted(names)
    assert len(names) == 4


@pytest.mark.shared("corpora/bbc")
def test_loading_twice_gives_equal_articles():
    assert load_articles([SEEDS, BBC / "tech"]) == load_articles([BBC / "tech", SEEDS])


@pytest.mark.parametrize(
    "name",
    [
        "Kyiv",
        "Kyїv",
        "Київ",
        "القاهرة",
        "北京",
        "../../etc/passwd",
        "/etc/passwd",
        "%2e%2e/x",
        "..",
        ".",
        "🙂",
        "a" * 300,
    ],
)
def test_any_name_gives_a_slug_that_stays_in_its_folder(name):
    for slug in (slugify(name), path_slug(name)):
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*", slug), slug


def test_kyiv_spelled_with_yi_gets_its_own_stable_url():
    first = unique_slugs([("kyiv", "Kyiv"), ("kyyiv", "Kyїv")])
    assert first["kyiv"] != first["kyyiv"]
    assert unique_slugs([("kyiv", "Kyiv"), ("kyyiv", "Kyїv")]) == first


def test_names_that_collide_get_distinct_slugs_even_when_one_looks_like_a_suffix():
    colliding = unique_slugs([("A", "Kyiv"), ("B", "kyiv"), ("C", "KYIV!")])
    assert len(set(colliding.values())) == 3
    tricky = unique_slugs([("B", "kyiv"), ("X", colliding["C"]), ("C", "KYIV!"), ("D", "Kyiv")])
    assert len(set(tricky.values())) == 4


def test_article_files_differing_by_case_or_punctuation_get_distinct_slugs(tmp_path):
    names = [
        "Report.txt",
        "report.md",
        "re-port.txt",
        "re port.txt",
        "world/kyiv.txt",
        "World/Kyiv.txt",
        "%2e%2e.txt",
    ]
    for index, name in enumerate(names):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"Story number {index} is here.\n")
    sources, _ = find_sources([tmp_path])
    slugs = [s.slug for s in sources]
    assert len(set(slugs)) == len(names)
    assert all(re.fullmatch(r"[a-z0-9-]+(/[a-z0-9-]+)?", s) for s in slugs)
    assert [s.slug for s in find_sources([tmp_path])[0]] == slugs


def test_file_given_by_a_path_with_dot_dot_gets_a_slug_of_its_name(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b.txt").write_text("Story here.\n")
    (source,), _ = find_sources([tmp_path / "a" / ".." / "b.txt"])
    assert source.slug == "b"
