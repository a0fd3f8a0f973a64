"""News-please JSON: one crawled article a file, read as the article its Markdown would be; JSON
that is not one is reported and skipped; an article in another language is kept, not read."""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.load import load_articles
from briefing.load.outlets import outlet_name
from briefing.model import Briefing
from briefing.pipeline import build_briefing
from briefing.render.measures import compare
from conftest import ROOT, SHARED

RECORD = {
    "authors": ["Rob Picheta", "Victoria Butenko"],
    "date_download": "2025-04-24 10:12:01",
    "date_modify": None,
    "date_publish": "2025-04-24 06:30:00",
    "description": "Russia launched a massive attack on Kyiv overnight.",
    "filename": "https%3A%2F%2Fedition.cnn.com%2F2025%2F04%2F24%2Feurope%2Fkyiv-strike.json",
    "image_url": None,
    "language": "en",
    "localpath": None,
    "maintext": "Russia launched its deadliest attack on Kyiv in months.\nAt least nine people were killed.",
    "source_domain": "edition.cnn.com",
    "title": "Russia launches deadliest strike on Kyiv in months",
    "title_page": None,
    "title_rss": None,
    "url": "https://edition.cnn.com/2025/04/24/europe/kyiv-strike",
}
"""A record as news-please writes it, every key present."""


def _write(folder: Path, name: str, content: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / name
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False, indent=2)
    file.write_text(text, encoding="utf-8")
    return file


def test_a_record_is_one_article_with_its_metadata(tmp_path: Path) -> None:
    _write(tmp_path, "kyiv.json", RECORD)
    [article], problems = load_articles([tmp_path])
    assert problems == []
    assert article.title == "Russia launches deadliest strike on Kyiv in months"
    assert article.source == "CNN"  # the outlet's name for its domain
    assert article.date == datetime.date(2025, 4, 24)
    assert article.authors == ("Rob Picheta", "Victoria Butenko")
    assert article.url == "https://edition.cnn.com/2025/04/24/europe/kyiv-strike"
    assert article.language == "en" and article.english
    assert [p.text for p in article.paragraphs] == [
        "Russia launched its deadliest attack on Kyiv in months.",
        "At least nine people were killed.",
    ]
    assert article.markup == "text"


def test_text_is_read_when_there_is_no_maintext_and_an_unknown_domain_is_the_outlet(tmp_path: Path) -> None:
    record = {
        **RECORD,
        "maintext": None,
        "text": "A report.\n\nIts second paragraph.",
        "source_domain": "www.kyivpost.com",
    }
    _write(tmp_path, "a.json", record)
    [article], _ = load_articles([tmp_path])
    assert [p.text for p in article.paragraphs] == ["A report.", "Its second paragraph."]
    assert article.source == "kyivpost.com"


def test_the_outlet_a_dateline_names_wins_over_an_unknown_domain(tmp_path: Path) -> None:
    text = "KYIV, Ukraine (CNN) — Russia launched its deadliest attack on Kyiv in months."
    _write(tmp_path, "a.json", {**RECORD, "maintext": text, "source_domain": "news.example.org"})
    [article], _ = load_articles([tmp_path])
    assert article.source == "CNN"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"title": "Kyiv", "maintext": "Text.",', "not valid JSON (Expecting property name enclosed"),
        ("[" + json.dumps(RECORD) + "]", "JSON holding a list, not one news-please article; skipped"),
        (
            {"name": "briefing", "version": "1.0"},
            "JSON object with none of news-please's keys ('name', 'version')",
        ),
        (
            {**RECORD, "maintext": None, "description": ""},
            "news-please article without text (maintext, text)",
        ),
        ('"just a string"', "JSON holding a string, not one news-please article"),
    ],
    ids=["broken", "list", "other-keys", "no-text", "string"],
)
def test_json_that_is_not_one_article_is_reported_and_skipped(
    tmp_path: Path, content: object, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "articles", "kyiv.json", RECORD)
    bad = _write(tmp_path / "articles", "data.json", content)
    articles, problems = load_articles([tmp_path / "articles"])
    assert [a.path for a in articles] == [f"{(tmp_path / 'articles').as_posix()}/kyiv.json"]
    [problem] = problems
    assert problem.path == bad.as_posix() and problem.severity == "warning" and reason in problem.reason
    assert main(["check", str(tmp_path / "articles")]) == 0  # a warning: the rest is built
    assert reason in capsys.readouterr().out


def test_wrong_values_are_reported_and_left_out(tmp_path: Path) -> None:
    record = {
        **RECORD,
        "title": 1984,
        "date_publish": "yesterday",
        "url": "javascript:alert(1)",
        "authors": 5,
    }
    record["maintext"] = "Text \u001b[31mred\u001b[0m.\r\nNext line."
    _write(tmp_path, "a.json", record)
    [article], problems = load_articles([tmp_path])
    reasons = {p.reason for p in problems}
    assert "title must be text, not a number; ignored" in reasons
    assert "date_publish 'yesterday' is not a date" in reasons
    assert "url 'javascript:alert(1)' is not an http(s) address; ignored" in reasons
    assert "maintext: control character U+001B (and any others) removed" in reasons
    assert article.date is None and article.url is None and article.authors == ()
    assert [p.text for p in article.paragraphs] == ["Text [31mred[0m.", "Next line."]


def test_an_article_in_another_language_is_kept_marked_and_not_read(tmp_path: Path) -> None:
    german = {
        **RECORD,
        "language": "de",
        "title": "Russland greift Kiew an",
        "maintext": "Bei dem Angriff wurden neun Menschen getötet, sagte Bürgermeister Vitali Klitschko.",
        "url": "https://www.spiegel.de/ausland/kiew",
        "source_domain": "spiegel.de",
    }
    _write(tmp_path / "articles", "de.json", german)
    _write(tmp_path / "articles", "en.json", RECORD)
    briefing = build_briefing([tmp_path / "articles"])
    by_name = {Path(e.article.path).name: e for e in briefing.extractions}
    assert by_name["de.json"].article.language == "de"
    assert by_name["de.json"].mentions == () and by_name["de.json"].figures == ()
    assert by_name["en.json"].figures  # the English one is read: "At least nine people were killed"
    [note] = [p for p in briefing.problems if p.path.endswith("de.json")]
    assert note.severity == "info" and "briefing reads English" in note.reason
    out = tmp_path / "pages"
    assert main(["render", str(tmp_path / "articles"), "--out", str(out), "--no-cache"]) == 0
    page = next((out / "articles").glob("de*.md")).read_text(encoding="utf-8")
    assert "*In language de: briefing reads English, so no people, places or figures are read" in page
    assert "Bei dem Angriff wurden neun Menschen getötet" in page


# --- The same corpus as Markdown and as news-please JSON ---------------------------------------------

_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_DAY_MONTH_YEAR = re.compile(r"(?i)\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"(?i)\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_URL_DATE = re.compile(r"/(20\d\d)/(\d\d)/(\d\d)/")


def _manifest_date(text: str, url: str) -> datetime.date | None:
    """The publication date a corpus manifest gives in words ("First Published : June 13, 2013"),
    or its address ("/2018/04/17/")."""
    found = _URL_DATE.search(url)
    if found:
        return datetime.date(*map(int, found.groups()))
    for pattern, order in ((_MONTH_DAY_YEAR, (1, 0, 2)), (_DAY_MONTH_YEAR, (0, 1, 2))):
        for match in pattern.finditer(text):
            day, month, year = (match.group(i + 1) for i in order)
            if month.lower() in _MONTHS:
                return datetime.date(int(year), _MONTHS.index(month.lower()) + 1, int(day))
    return None


def write_both(corpus: Path, markdown: Path, news_please: Path) -> int:
    """Each article of `corpus` written twice, as Markdown with front matter and as a news-please
    record, with the outlet, date and address its manifest gives; the number of articles. A record
    names its outlet by web domain, so the Markdown copy names it as the record's reader shows it
    (`outlet_name`, else the domain): an outlet's own words are no evidence of a story, and both copies
    must have the same ones."""
    rows = {}
    with (corpus / "manifest.tsv").open(encoding="utf-8") as manifest:
        header = manifest.readline().rstrip("\n").split("\t")
        for line in manifest:
            row = dict(zip(header, line.rstrip("\n").split("\t"), strict=False))
            rows[f"{row['cluster_id']}/{row['n']}"] = row
    files = sorted(corpus.glob("*/*.txt"))
    for file in files:
        key = f"{file.parent.name}/{file.stem}"
        row = rows.get(key, {})
        paragraphs = [p.strip() for p in file.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        title, body = (paragraphs[0], paragraphs[1:]) if len(paragraphs) > 1 else (None, paragraphs)
        url = row.get("url", "")
        date = _manifest_date(row.get("date", ""), url)
        domain = re.sub(r"^https?://([^/]+).*", r"\1", url).lower().removeprefix("www.") if url else None
        outlet = (outlet_name(domain) or domain) if domain else None
        front = {
            "title": title,
            "source": outlet or None,
            "date": date and date.isoformat(),
            "url": url or None,
        }
        lines = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items() if v]
        _write(
            markdown / file.parent.name,
            f"{file.stem}.md",
            "---\n" + "\n".join(lines) + "\n---\n\n" + "\n\n".join(body) + "\n",
        )
        record = {
            **dict.fromkeys(RECORD),
            "title": title,
            "maintext": "\n".join(body),
            "date_publish": date and f"{date.isoformat()} 00:00:00",
            "source_domain": domain,
            "url": url or None,
            "language": "en",
            "authors": [],
        }
        _write(news_please / file.parent.name, f"{file.stem}.json", record)
    return len(files)


def what_is_found(briefing: Briefing, root: Path) -> dict:
    """The stories, entities and figures of a briefing, each article named by its path under `root`
    without its ending, so that the same article as .md and as .json is named alike."""

    def name(path: str) -> str:
        return Path(path).relative_to(root).with_suffix("").as_posix()

    def article_of(extraction: object) -> str:
        return name(extraction.article.path)

    mentions = {
        (article_of(e), m.kind, m.text, m.paragraph, m.start, briefing.entities[m.entity].name)
        for e in briefing.extractions
        for m in e.mentions
        if m.entity
    }
    figures = {
        (article_of(e), f.value, f.measure, f.paragraph, f.start, f.event)
        for e in briefing.extractions
        for f in e.figures
    }
    stories = {frozenset(name(a) for a in story.articles) for story in briefing.stories.values()}
    compared = {
        (frozenset(name(a) for a in briefing.stories[s.story].articles), s.measure, s.value, s.low, s.high)
        for s in compare(briefing)
    }
    entities = {(e.kind, e.name) for e in briefing.entities.values()}
    return {
        "stories": stories,
        "entities": entities,
        "mentions": mentions,
        "figures": figures,
        "compared": compared,
    }


@pytest.mark.shared("corpora/newswcl50", "corpora/ecbplus")
@pytest.mark.parametrize("corpus", ["newswcl50", "ecbplus"])
def test_a_corpus_as_news_please_json_gives_what_it_gives_as_markdown(corpus: str, tmp_path: Path) -> None:
    count = write_both(SHARED / "corpora" / corpus, tmp_path / "md", tmp_path / "json")
    as_markdown = what_is_found(build_briefing([tmp_path / "md"]), tmp_path / "md")
    as_json = what_is_found(build_briefing([tmp_path / "json"]), tmp_path / "json")
    sizes = {key: len(value) for key, value in as_json.items()}
    print(f"{corpus}: {count} articles; {sizes}")
    assert count > 40 and sizes["stories"] > 5 and sizes["entities"] > 100 and sizes["figures"] > 10
    for key in as_markdown:
        assert as_json[key] == as_markdown[key], key


def test_check_lists_a_json_file_that_is_not_an_article_from_the_command_line(tmp_path: Path) -> None:
    _write(tmp_path, "package.json", {"name": "x"})
    _write(tmp_path, "kyiv.json", RECORD)
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "check", str(tmp_path)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0
    assert (
        f"{tmp_path.as_posix()}/package.json:1: warning: JSON object with none of news-please's keys"
        in result.stdout
    )
    assert "1 article loaded; 0 errors, 1 warning" in result.stderr
