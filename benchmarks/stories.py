"""Stories found from the text, scored against corpora whose folders are their events.

    python3 benchmarks/stories.py [--corpus ecbplus|newswcl50|gva-dev|bbc|scale ...] [--json PATH] [--show]

For ECB+ (58 events; topics 1-20 each hold two events of one kind, `Necb` and `Necbplus`, which
must stay apart) and NewsWCL50 (10 events of one political season, sharing most of their people),
every article is copied into a fresh temporary folder under an opaque name (a hash of its path), so
that neither folder nor file name can tell its event. The copy is loaded and extracted by briefing,
one article at a time, then grouped by the pipeline's stories step (`find_stories`, as `briefing
stories` and a build run it), and the stories are scored against the original folders with B-cubed
precision, recall and F1 (Bagga & Baldwin 1998: for each article, the share of its story that is of
its event, and the share of its event that is in its story, averaged over articles). Target: F1 >=
0.95 on each. Each score lists the stories that pool events ("9ecb+9ecbplus": the folders, never a
title) and the events split among stories ("488426(2|1)": the articles in each). The corpora's files
carry no dates; the same scores are given:

- with only the first two articles of each event (by original file name), where an event's
  articles are too few for neighbours to tell two events of one kind apart (no target);
- with the publication dates of the manifests (ECB+'s `Necbplus` events; NewsWCL50's from the
  URLs), as a newsroom's articles carry them; the `Necb` events have none. Long-running events
  (an office shooting and its verdict a year later) must stay whole;
- among the 2,126 distinct BBC articles, as in a newsroom's large folder where an event's few
  articles have far more neighbours than one another (BBC articles are not scored);
- at other thresholds than briefing's (SAME_STORY × 0.75 to × 1.5), with other numbers of
  neighbours (NEIGHBOURS, alone and among the BBC's articles) and, dated, other spans of a story
  (STORY_DAYS), to show that the result does not hang on the exact values.

`gva-dev` (250 US shooting incidents, 2 to 17 local outlets' articles each, crawled with their page
furniture, folders as gold) is copied the same way with its front matter (title, outlet, date, url),
as a newsroom's folder holds them, and again with the front matter stripped: the articles are then
undated and untitled. Targets: F1 >= 0.95 with the front matter, >= 0.92 without.
`--show` prints gva-dev's split and pooled incidents article by article, with what grouping reads of
each (its outlet, date, town, day, central person and anchors), to look at; they are not written
to the results.

The BBC corpus (no gold) is grouped for its time and the sizes of its stories, with the titles of
the largest, to look at. `scale` groups one story of 20, 200, 2,000 and 5,000 articles: reports of
one event (the CNN seed as ten outlets print it, extracted once), a synthetic war of six weeks whose
towns and people drift from day to day, and as many articles in synthetic stories of 20 articles
each; it gives the stories found and the CPU seconds grouping takes per article. Times are CPU seconds
of this process (extraction after the extractor's tables are built) and vary with the machine's load.
Prints a table and writes JSON (default benchmarks/results/stories.json), which keeps the numbers
and folder names only: the corpora's texts, titles too, are not to be published. Exits non-zero
when a scored corpus is under its target.
"""

from __future__ import annotations

import argparse
import collections
import csv
import dataclasses
import datetime
import hashlib
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.extract import extract, prepare  # noqa: E402
from briefing.load import load_articles  # noqa: E402
from briefing.load.files import article_files  # noqa: E402
from briefing.stories import dates, find_stories, grouping, protagonists, scene  # noqa: E402
from briefing.stories.furniture import furniture  # noqa: E402
from briefing.stories.signals import signals  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
SCORED = ("ecbplus", "newswcl50")
TARGET_F1 = 0.95
LOCAL = "gva-dev"
STRIPPED = "gva-dev, front matter stripped"
TARGETS = {"ecbplus": TARGET_F1, "newswcl50": TARGET_F1, LOCAL: 0.95, STRIPPED: 0.92}
SCALE_SIZES = (20, 200, 2000, 5000)
SENSITIVITY = (0.75, 0.875, 1.0, 1.125, 1.25, 1.5)
STORY_DAYS = (7, 14, 30, 60, 120, 36500)
"""Spans of a story tried on the dated corpora; 36500 days (a century) ignores the dates."""
NEIGHBOURS = (3, 4, 5, 6, 8)
LARGEST_SHOWN = 10

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Publication dates as the manifests write them: "Tue March 3, 2009", "27 NOVEMBER, 2005",
# "2013 - 09 - 26", "Published : 2012.08.08", "Updated 4 / 9 / 2007" (month first unless it is over 12),
# or in a URL ("/2018/04/17/").
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\b")
_NAMED_DATE = re.compile(
    r"""\b(?:(?P<day_first>\d{1,2})(?:st|nd|rd|th)?\s+)?   # 27 (November)
        (?P<month>[a-z]{3})[a-z]*\.?,?\s+                    # November, Nov.
        (?:(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s*)?(?:-\s*)?  # (Nov.) 27,
        (?P<year>(?:19|20)\d\d)\b                            # 2005
    """,
    re.IGNORECASE | re.VERBOSE,
)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{2,4})\b")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def opaque_copy(corpus: Path, folder: Path, strip_front_matter: bool = False) -> dict[str, str]:
    """Copy every article of `corpus` into `folder` under a hash of its path (without its front matter,
    if `strip_front_matter`); each name → the path."""
    originals = {}
    for relative in article_files(corpus)[0]:
        if "/" not in relative:
            continue  # a file beside the event folders (a README), not an article
        name = hashlib.sha256(relative.encode()).hexdigest()[:16] + Path(relative).suffix
        text = (corpus / relative).read_text(encoding="utf-8", errors="replace")
        if strip_front_matter:
            text = _FRONT_MATTER.sub("", text, count=1)
        (folder / name).write_text(text, encoding="utf-8")
        originals[name] = relative
    return originals


def bcubed(stories: list[list[int]], events: list[str | None]) -> dict:
    """B-cubed precision, recall and F1 of `stories` (lists of indices) against each index's event,
    over the indices with an event (the others count as no one's story-mates), and the stories that
    pool events, as "event+event"."""
    story_of = {i: n for n, members in enumerate(stories) for i in members}
    scored = [i for i, event in enumerate(events) if event is not None]
    together = collections.Counter((story_of[i], events[i]) for i in scored)
    story_sizes = collections.Counter(story_of[i] for i in scored)
    event_sizes = collections.Counter(events[i] for i in scored)
    precision = sum(c * c / story_sizes[s] for (s, _), c in together.items()) / len(scored)
    recall = sum(c * c / event_sizes[e] for (_, e), c in together.items()) / len(scored)
    mixed = collections.defaultdict(list)
    for (story, event), count in together.items():
        mixed[story].append(f"{event}({count})")
    pooled = sorted("+".join(sorted(names, key=_natural)) for names in mixed.values() if len(names) > 1)
    parts = collections.defaultdict(list)
    for (_, event), count in together.items():
        parts[event].append(count)
    split = sorted(
        (f"{event}({'|'.join(map(str, sorted(counts, reverse=True)))})" for event, counts in parts.items()),
        key=_natural,
    )
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall),
        "pooled": pooled,
        "split": [name for name in split if "|" in name],
    }


def _natural(name: str) -> tuple:
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name))


def extracted(folder: Path) -> tuple[list, float]:
    """Every article under `folder`, extracted; and the CPU seconds extraction took."""
    articles, _ = load_articles([folder])
    start = time.process_time()
    extractions = [extract(article) for article in articles]
    return extractions, time.process_time() - start


def grouped(extractions: list) -> tuple[list[list[int]], float]:
    """The stories the pipeline's step finds (lists of indices into `extractions`), and its CPU seconds."""
    start = time.process_time()
    found = find_stories(extractions)
    seconds = time.process_time() - start
    index = {e.article.path: i for i, e in enumerate(extractions)}
    return [sorted(index[path] for path in story.articles) for story in found.stories.values()], seconds


def manifest_dates(corpus: str) -> dict[str, datetime.date]:
    """The publication date of each article the corpus's manifest dates, by its path ("9ecbplus/2.txt")."""
    found = {}
    with open(CORPORA / corpus / "manifest.tsv", encoding="utf-8", newline="") as manifest:
        for row in csv.DictReader(manifest, delimiter="\t"):
            date = _date(row.get("date") or "") or _date_in_url(row.get("url") or "")
            if date is not None:
                found[f"{row['cluster_id']}/{row['n']}.txt"] = date
    return found


def _date(text: str) -> datetime.date | None:
    candidates = [(int(m[1]), int(m[2]), int(m[3])) for m in _ISO_DATE.finditer(text)]
    candidates += [
        (int(m["year"]), MONTHS.index(m["month"].lower()) + 1, int(m["day_first"] or m["day"]))
        for m in _NAMED_DATE.finditer(text)
        if m["month"].lower() in MONTHS and (m["day_first"] or m["day"])
    ]
    for first, second, year in ((int(m[1]), int(m[2]), int(m[3])) for m in _NUMERIC_DATE.finditer(text)):
        month, day = (second, first) if first > 12 else (first, second)
        candidates.append((year + 2000 if year < 100 else year, month, day))
    for year, month, day in candidates:
        try:
            return datetime.date(year, month, day)
        except ValueError:
            continue
    return None


def _date_in_url(url: str) -> datetime.date | None:
    found = _URL_DATE.search(url)
    return datetime.date(int(found[1]), int(found[2]), int(found[3])) if found else None


def dated(extractions: list, paths: list[str], corpus: str) -> list:
    """`extractions`, each article dated as the corpus's manifest says (undated where it says nothing)."""
    known = manifest_dates(corpus)
    return [
        dataclasses.replace(e, article=dataclasses.replace(e.article, date=known.get(path)))
        for e, path in zip(extractions, paths, strict=True)
    ]


def first_two(paths: list[str]) -> list[int]:
    """The indices of the first two articles of each event, by original path."""
    events = [path.split("/")[0] for path in paths]
    ordered = sorted(sorted(range(len(paths)), key=lambda i: _natural(paths[i])), key=lambda i: events[i])
    return [i for n, i in enumerate(ordered) if n < 2 or events[ordered[n - 2]] != events[i]]


def scores(extractions: list, events: list[str | None]) -> dict:
    """B-cubed scores of the stories found among `extractions`, and the pooled events."""
    return bcubed(grouped(extractions)[0], events)


def varied(extractions: list, events: list[str], module, name: str, values) -> dict[str, float]:
    """F1 with `module.name` set to each of `values` in turn."""
    chosen = getattr(module, name)
    try:
        found = {}
        for value in values:
            setattr(module, name, value)
            found[f"{value:g}"] = scores(extractions, events)["f1"]
        return found
    finally:
        setattr(module, name, chosen)


def score_corpus(name: str, others: list | None) -> dict:
    """Copy, extract, group and score one corpus with gold events: undated, two per event, dated,
    and among `others` (the BBC's extractions, when there are)."""
    with tempfile.TemporaryDirectory(prefix="briefing-stories-") as temporary:
        folder = Path(temporary)
        originals = opaque_copy(CORPORA / name, folder)
        extractions, extract_seconds = extracted(folder)
    paths = [originals[Path(e.article.path).name] for e in extractions]
    events = [path.split("/")[0] for path in paths]
    stories, group_seconds = grouped(extractions)
    kept = first_two(paths)
    with_dates = dated(extractions, paths, name)
    result = {
        "articles": len(extractions),
        "events": len(set(events)),
        "stories": len(stories),
        **bcubed(stories, events),
        "extract_seconds_per_article": extract_seconds / len(extractions),
        "group_seconds_per_article": group_seconds / len(extractions),
        "by_threshold": varied(
            extractions,
            events,
            grouping,
            "SAME_STORY",
            [grouping.SAME_STORY * factor for factor in SENSITIVITY],
        ),
        "two_per_event": scores([extractions[i] for i in kept], [events[i] for i in kept]),
        "dated": {
            "dated_articles": sum(1 for e in with_dates if e.article.date),
            **scores(with_dates, events),
            "two_per_event": scores([with_dates[i] for i in kept], [events[i] for i in kept]),
            "by_story_days": varied(with_dates, events, dates, "STORY_DAYS", STORY_DAYS),
        },
    }
    result["by_neighbours"] = varied(extractions, events, grouping, "NEIGHBOURS", NEIGHBOURS)
    if others:
        among, marked = [*others, *extractions], [None] * len(others) + events
        result["among_bbc"] = {
            **scores(among, marked),
            "by_neighbours": varied(among, marked, grouping, "NEIGHBOURS", NEIGHBOURS),
        }
    return result


def score_local(others: list | None, show: bool = False) -> dict[str, dict]:
    """Copy, extract, group and score gva-dev with its front matter and without (and print its split
    and pooled incidents, if `show`)."""
    results = {}
    for name, strip in ((LOCAL, False), (STRIPPED, True)):
        with tempfile.TemporaryDirectory(prefix="briefing-stories-") as temporary:
            folder = Path(temporary)
            originals = opaque_copy(CORPORA / LOCAL, folder, strip)
            extractions, extract_seconds = extracted(folder)
        events = [originals[Path(e.article.path).name].split("/")[0] for e in extractions]
        stories, group_seconds = grouped(extractions)
        if show:
            paths = [originals[Path(e.article.path).name] for e in extractions]
            print(f"{name}:", *shown(extractions, stories, paths), sep="\n")
        result = {
            "articles": len(extractions),
            "events": len(set(events)),
            "stories": len(stories),
            **bcubed(stories, events),
            "extract_seconds_per_article": extract_seconds / len(extractions),
            "group_seconds_per_article": group_seconds / len(extractions),
            "by_threshold": varied(
                extractions,
                events,
                grouping,
                "SAME_STORY",
                [grouping.SAME_STORY * factor for factor in SENSITIVITY],
            ),
            "by_neighbours": varied(extractions, events, grouping, "NEIGHBOURS", NEIGHBOURS),
            "by_story_days": varied(extractions, events, dates, "STORY_DAYS", STORY_DAYS),
        }
        if others:
            result["among_bbc"] = scores([*others, *extractions], [None] * len(others) + events)
        results[name] = result
    return results


def shown(extractions: list, stories: list[list[int]], paths: list[str]) -> list[str]:
    """Each split or pooled event's articles, story by story: its path, date and outlet and what grouping
    reads of it (past its page furniture): its scene's town and day, its central person, its anchors.
    For the console only: names read in the corpora's text are not written to the results."""
    said = [signals(e) for e in extractions]
    said = [signals(e, f) if f else s for e, s, f in zip(extractions, said, furniture(said), strict=True)]
    story_of = {i: n for n, members in enumerate(stories) for i in members}
    events = [path.split("/")[0] for path in paths]
    stories_of = collections.defaultdict(set)
    for i, event in enumerate(events):
        stories_of[event].add(story_of[i])
    lines = []
    for event in sorted(stories_of, key=_natural):
        mixed = [n for n in sorted(stories_of[event]) if {events[i] for i in stories[n]} != {event}]
        if len(stories_of[event]) == 1 and not mixed:
            continue
        lines.append(f"{event}: {'split' if len(stories_of[event]) > 1 else ''} {'pooled' if mixed else ''}")
        for n in sorted(stories_of[event]):
            for i in stories[n]:
                where = scene.scene(said[i])
                town = where.town and said[i].names.get(where.town)
                lines.append(
                    f"  story {n:3d} {paths[i]:14} {extractions[i].article.date} {said[i].outlet}; "
                    f"town {town}, day {where.day}, person {protagonists.central_person(said[i])}; "
                    f"anchors {', '.join(sorted(said[i].anchors))}"
                )
    return lines


# A synthetic story: a war whose strikes hit other towns and whose officials change from day to day, in
# words and names of its own (made of syllables: no corpus's names), the way wire copy tells it.
_SYLLABLES = "ko ren val dor mir shev len bar tsuk nyk lov zar pet hor vyn chuk sen dal rom tur".split()
_FIRST_NAMES = (
    "Anna Oleh Maria Ivan Petro Olena Taras Iryna Yuriy Natalia Serhiy Halyna Andriy Oksana".split()
)
_TITLES = (
    "{enemy} missiles hit {town} as {leader} calls for air defence",
    "{n} killed in overnight strike on {town}",
    "{person} says {town} held after night of drone attacks",
    "Rescuers search rubble in {town} after {enemy} strike kills {n}",
    "{leader} visits {town} as war enters week {week}",
    "{country} repels {enemy} assault near {town}, says {person}",
)
_LEADS = (
    "{enemy} forces launched {m} missiles and drones at {country} overnight, striking {town} and {town2}, "
    "officials said.",
    "At least {n} people were killed and {k} injured in {town}, governor {person} said on {weekday}.",
    "President {leader} said the attack on {town} showed why {country} needed more air defence systems, "
    "after {k} homes were damaged.",
    "Emergency workers pulled {n} survivors from a collapsed building in {town}, {person2} told reporters.",
    "The strike on {town} was the heaviest in {week} weeks of war, {minister}, the defence minister, said, "
    "counting {m} drones.",
    "In the capital {capital}, air raid sirens sounded for {n} hours as drones were shot down over {town2}.",
)


def _name(rng: random.Random, syllables: int, ending: str) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables)).capitalize() + ending


def synthetic_story(seed: int, count: int, start: datetime.date, days: int) -> list[str]:
    """`count` Markdown articles of one synthetic war over `days` days, from ten outlets: each day's
    articles name the towns struck and the officials speaking that day, and every article its countries."""
    rng = random.Random(seed)
    person = lambda: f"{rng.choice(_FIRST_NAMES)} {_name(rng, 3, rng.choice(['enko', 'uk', 'ov']))}"  # noqa: E731
    world = {
        "country": _name(rng, 2, "ia"),
        "enemy": _name(rng, 2, "stan"),
        "capital": _name(rng, 2, "grad"),
        "leader": person(),
        "minister": person(),
    }
    towns = [_name(rng, 2, rng.choice(["ivka", "horod", "pil"])) for _ in range(40)]
    people = [person() for _ in range(60)]
    articles = []
    for index in range(count):
        day = index * days // count
        date = start + datetime.timedelta(days=day)
        today_towns, today_people = towns[day // 2 % 38 :][:3], people[day // 2 % 58 :][:3]
        said = dict(
            world,
            town=rng.choice(today_towns),
            town2=rng.choice(today_towns),
            person=rng.choice(today_people),
            person2=rng.choice(today_people),
            n=rng.randint(2, 40),
            k=rng.randint(5, 90),
            m=rng.randint(10, 120),
            week=day // 7 + 1,
            weekday=date.strftime("%A"),
        )
        body = "\n\n".join(rng.choice(_LEADS).format(**said) for _ in range(4))
        articles.append(
            f'---\ntitle: "{rng.choice(_TITLES).format(**said)}"\nsource: outlet{index % 10}.example\n'
            f"date: {date.isoformat()}\n---\n\n{body}\n"
        )
    return articles


def _written(texts: list[str]) -> list:
    """The extractions of Markdown `texts`, each written to a file of a fresh folder."""
    with tempfile.TemporaryDirectory(prefix="briefing-scale-") as temporary:
        for index, text in enumerate(texts):
            (Path(temporary) / f"{index:05d}.md").write_text(text, encoding="utf-8")
        return extracted(Path(temporary))[0]


def reports_of_one_event(count: int) -> list:
    """`count` reports of one strike: the CNN seed as ten outlets print it (extracted once)."""
    articles, _ = load_articles([ROOT / "seeds" / "001_1cc6b34740a9b9ae.txt"])
    seed = extract(articles[0])
    return [
        dataclasses.replace(
            seed,
            article=dataclasses.replace(
                seed.article, path=f"{index:05d}.txt", slug=f"r{index:05d}", source=f"Outlet {index % 10}"
            ),
        )
        for index in range(count)
    ]


def scale(sizes: tuple[int, ...] = SCALE_SIZES) -> dict:
    """Stories found and CPU seconds of grouping per article, for one story and for many of `sizes`."""
    start = datetime.date(2024, 2, 1)
    cases = {
        "one event": lambda n: (reports_of_one_event(n), None),
        "one drifting story": lambda n: (_written(synthetic_story(1, n, start, 42)), None),
        "many stories": lambda n: _many(n, start),
    }
    results: dict[str, dict] = {}
    for name, make in cases.items():
        for size in sizes:
            extractions, events = make(size)
            stories, seconds = grouped(extractions)
            results.setdefault(name, {})[str(size)] = {
                "articles": len(extractions),
                "stories": len(stories),
                "largest": max(len(story) for story in stories),
                "group_seconds_per_article": seconds / len(extractions),
                **({"f1": bcubed(stories, events)["f1"]} if events else {}),
            }
    return results


def _many(count: int, start: datetime.date) -> tuple[list, list[str]]:
    """`count` articles in synthetic stories of 20 articles each, a day apart, and each one's story."""
    texts, events = [], []
    for story in range(max(1, count // 20)):
        made = synthetic_story(1000 + story, min(20, count), start + datetime.timedelta(days=story), 3)
        texts += made
        events += [str(story)] * len(made)
    extractions = _written(texts)
    return extractions, [events[int(Path(e.article.path).stem)] for e in extractions]


def look_at_bbc(extractions: list, extract_seconds: float) -> dict:
    """Group the BBC corpus: time, story sizes and the largest stories' titles."""
    stories, group_seconds = grouped(extractions)
    sizes = collections.Counter(len(story) for story in stories)
    largest = sorted(stories, key=lambda story: (-len(story), story))[:LARGEST_SHOWN]
    return {
        "articles": len(extractions),
        "stories": len(stories),
        "extract_seconds_per_article": extract_seconds / len(extractions),
        "group_seconds": group_seconds,
        "group_seconds_per_article": group_seconds / len(extractions),
        "sizes": {str(size): sizes[size] for size in sorted(sizes)},
        "articles_alone": sizes[1],
        "largest": [
            {"size": len(story), "titles": [extractions[i].article.title for i in story]} for story in largest
        ],
    }


def _line(label: str, r: dict) -> str:
    pooled = ", ".join(r["pooled"]) or "none"
    return f"{label}: P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}; pooled: {pooled}"


def _values(f1s: dict[str, float]) -> str:
    return ", ".join(f"{value}: {f1:.3f}" for value, f1 in f1s.items())


def table(results: dict[str, dict]) -> str:
    lines = [
        (
            f"{'corpus':10} {'articles':>8} {'stories':>7} {'P':>6} {'R':>6} {'F1':>6} "
            f"{'extract ms/art':>14} {'group ms/art':>12}"
        )
    ]
    for name, r in results.items():
        scored = " ".join(f"{r[m]:6.3f}" if m in r else f"{'-':>6}" for m in ("precision", "recall", "f1"))
        milliseconds = 1000 * r["extract_seconds_per_article"], 1000 * r["group_seconds_per_article"]
        lines.append(
            f"{name[:10]:10} {r['articles']:8d} {r['stories']:7d} {scored} "
            f"{milliseconds[0]:14.2f} {milliseconds[1]:12.3f}"
        )
    for name, r in results.items():
        if "by_threshold" not in r:
            continue
        lines.append(_line(name, r))
        if "two_per_event" not in r:
            lines.append(f"{name}: F1 by threshold " + _values(r["by_threshold"]))
            lines.append(f"{name}: F1 by neighbours " + _values(r["by_neighbours"]))
            lines.append(f"{name}: F1 by STORY_DAYS " + _values(r["by_story_days"]))
            if "among_bbc" in r:
                lines.append(_line(f"{name}, among the BBC's articles", r["among_bbc"]))
            continue
        by_threshold = ", ".join(f"{t:.5s}: {f:.3f}" for t, f in r["by_threshold"].items())
        lines.append(f"{name}: F1 by threshold {by_threshold}")
        lines.append(f"{name}: F1 by neighbours " + _values(r["by_neighbours"]))
        lines.append(_line(f"{name}, two per event", r["two_per_event"]))
        lines.append(_line(f"{name}, dated ({r['dated']['dated_articles']} articles)", r["dated"]))
        lines.append(_line(f"{name}, dated, two per event", r["dated"]["two_per_event"]))
        lines.append(f"{name}, dated: F1 by STORY_DAYS " + _values(r["dated"]["by_story_days"]))
        if "among_bbc" in r:
            lines.append(_line(f"{name}, among the BBC's articles", r["among_bbc"]))
            lines.append(
                f"{name}, among the BBC's articles: F1 by neighbours "
                + _values(r["among_bbc"]["by_neighbours"])
            )
    if "bbc" in results:
        bbc = results["bbc"]
        lines.append(
            f"bbc: grouping {bbc['group_seconds']:.2f} s CPU; story sizes (size: count) "
            + ", ".join(f"{s}: {n}" for s, n in bbc["sizes"].items())
        )
        lines += [f"  {story['size']:3d}  " + " | ".join(story["titles"][:6]) for story in bbc["largest"]]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        action="append",
        choices=(*SCORED, LOCAL, "bbc", "scale"),
        help="a corpus to run (repeatable; default: all)",
    )
    parser.add_argument(
        "--show", action="store_true", help="print gva-dev's split and pooled incidents, article by article"
    )
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "stories.json")
    args = parser.parse_args()
    prepare()
    wanted = args.corpus or (*SCORED, LOCAL, "bbc", "scale")
    missing = [name for name in wanted if name != "scale" and not (CORPORA / name).is_dir()]
    for name in missing:
        print(f"skipped {name}: {CORPORA / name} is missing", file=sys.stderr)
    bbc = extracted(CORPORA / "bbc") if (CORPORA / "bbc").is_dir() else ([], 0.0)
    results: dict[str, dict] = {}
    for name in (n for n in wanted if n not in missing):
        if name in SCORED:
            results[name] = score_corpus(name, bbc[0])
        elif name == LOCAL:
            results.update(score_local(bbc[0], args.show))
        elif name == "bbc":
            results[name] = look_at_bbc(*bbc)
    grown = scale() if "scale" in wanted else {}
    print(table(results))
    if grown:
        print(scale_table(grown))
    passed = {name: r["f1"] >= TARGETS[name] for name, r in results.items() if name in TARGETS}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    numbers = {
        name: {**r, "largest": [story["size"] for story in r["largest"]]} if "largest" in r else r
        for name, r in results.items()
    }
    args.json.write_text(
        json.dumps(
            {
                "threshold": grouping.SAME_STORY,
                "story_days": dates.STORY_DAYS,
                "targets": TARGETS,
                "passed": passed,
                "results": numbers,
                "scale": grown,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0 if all(passed.values()) else 1


def scale_table(grown: dict) -> str:
    lines = [f"{'one story or many':20} {'articles':>8} {'stories':>7} {'largest':>7} {'group ms/art':>12}"]
    for name, sizes in grown.items():
        for r in sizes.values():
            f1 = f"  F1 {r['f1']:.3f}" if "f1" in r else ""
            lines.append(
                f"{name:20} {r['articles']:8d} {r['stories']:7d} {r['largest']:7d} "
                f"{1000 * r['group_seconds_per_article']:12.3f}{f1}"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
