"""The same input always gives the same site, byte for byte, whatever the order or the workers."""

from __future__ import annotations

import json
import logging
import re
import shutil
from pathlib import Path

import pytest

from briefing.cli.records import article_record
from briefing.pipeline import build_briefing
from conftest import SHARED
from site_builder import build_site

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = SHARED / "corpora" / "newswcl50"
HOSTILE = {
    "hostile.md": "---\ntitle: Strike on Kyїv\n---\n"
    "<script>alert(1)</script> {: onclick=x } [x](javascript:y)\n\n"
    "Police in Kyiv said at least nine people were killed and 63 injured.\n",
    "names.txt": "Names\n\nOfficials in Київ and Kyiv said Zelenskyy met Zelensky in Lviv; 12 killed.\n",
}


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_of_the_same_input_are_byte_identical_sitemap_included(tmp_path, monkeypatch, caplog):
    # The sitemap's date is the build's: SOURCE_DATE_EPOCH (the reproducible-builds convention) fixes it.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1745452800")
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    for name, text in HOSTILE.items():
        (articles / name).write_text(text, encoding="utf-8")
    first = files_of(build_site(articles, tmp_path / "project", site="one"))
    shutil.rmtree(tmp_path / "project" / ".briefing-cache")
    caplog.set_level(logging.INFO)
    # With two workers, another process renders the pages and converts some of them to HTML.
    second = files_of(build_site(articles, tmp_path / "project", site="two", workers=2))
    [alongside] = [r.getMessage() for r in caplog.records if "render alongside" in r.getMessage()]
    assert int(re.search(r"converted (\d+) of them", alongside).group(1)) > 0
    assert "search/search_index.json" in first and "sitemap.xml.gz" in first
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def records(paths: list[Path], workers: int = 1) -> str:
    briefing = build_briefing(paths, workers=workers, cache=None)
    return json.dumps([article_record(e, briefing) for e in briefing.extractions], ensure_ascii=False)


@pytest.mark.shared("corpora/newswcl50")
def test_order_of_paths_and_of_file_creation_does_not_change_the_output(tmp_path):
    sources = sorted(CORPUS.rglob("*.txt"))[:12]
    forward, backward = tmp_path / "forward", tmp_path / "backward"
    for folder, order in ((forward, sources), (backward, sources[::-1])):
        folder.mkdir()
        for file in order:
            shutil.copy(file, folder / f"{file.parent.name}-{file.name}")
    expected = records([forward])
    assert expected.count('"path"') == 12
    assert records([backward]).replace("/backward/", "/forward/") == expected
    assert records(sorted(forward.iterdir())[::-1]) == expected
    assert records([forward], workers=2) == expected
