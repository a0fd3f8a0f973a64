"""Stories found from what articles say: events of one kind apart, an event's articles together."""

from __future__ import annotations

import collections
import dataclasses
import datetime
import random
from pathlib import Path

import pytest

from briefing.extract import extract
from briefing.load import load_articles
from briefing.model import Extraction
from briefing.stories import cores, scene
from briefing.stories.grouping import group
from briefing.stories.neighbours import Similarities, vectors
from briefing.stories.signals import Signals, signals, stamped
from briefing.stories.streets import numbered_streets
from conftest import SEEDS, SHARED, article

ECBPLUS = SHARED / "corpora" / "ecbplus"
NEWSWCL = SHARED / "corpora" / "newswcl50"
needs_ecbplus = pytest.mark.shared("corpora/ecbplus")
needs_newswcl = pytest.mark.shared("corpora/newswcl50")


def extracted(*paths: Path) -> list[Extraction]:
    articles, _ = load_articles(paths)
    return [extract(a) for a in articles]


def first_files(folder: Path, count: int) -> list[Path]:
    """The first `count` articles of an ECB+ folder, by number."""
    return sorted(folder.glob("*.txt"), key=lambda path: int(path.stem))[:count]


def dated(extractions: list[Extraction], dates: dict[str, datetime.date]) -> list[Extraction]:
    """`extractions`, each article published on the date `dates` gives its folder or its path
    ("18ecbplus/6.txt" before "18ecbplus"), as an editor's front matter would say."""

    def date(path: Path) -> datetime.date | None:
        return dates.get(f"{path.parent.name}/{path.name}", dates.get(path.parent.name))

    return [
        dataclasses.replace(e, article=dataclasses.replace(e.article, date=date(Path(e.article.path))))
        for e in extractions
    ]


def folders_by_story(extractions: list[Extraction]) -> list[dict[str, int]]:
    """Each story, as how many of its articles come from each folder."""
    return [
        dict(collections.Counter(Path(extractions[i].article.path).parent.name for i in story))
        for story in group(extractions)
    ]


@needs_ecbplus
def test_two_celebrities_entering_rehab_are_two_stories():
    # 1ecb: Tara Reid enters Promises in Malibu; 1ecbplus: Lindsay Lohan's court-ordered rehab, years later.
    found = folders_by_story(extracted(ECBPLUS / "1ecb", ECBPLUS / "1ecbplus"))
    assert found == [{"1ecb": 18}, {"1ecbplus": 10}]


@needs_ecbplus
def test_two_celebrities_entering_rehab_are_two_stories_with_three_articles_each():
    # Too few articles for neighbours to tell the stories apart: their names must.
    files = [path for name in ("1ecb", "1ecbplus") for path in sorted((ECBPLUS / name).glob("*.txt"))[:3]]
    assert folders_by_story(extracted(*files)) == [{"1ecb": 3}, {"1ecbplus": 3}]


@needs_ecbplus
def test_two_office_shootings_in_two_cities_stay_apart():
    # 18ecb: a Christmas-party shooting in Vancouver; 18ecbplus: an accounting-firm shooting in Troy,
    # Michigan, with its follow-ups (the charge, the verdict), which stay with it.
    found = folders_by_story(extracted(ECBPLUS / "18ecb", ECBPLUS / "18ecbplus"))
    assert found == [{"18ecb": 16}, {"18ecbplus": 10}]


@needs_ecbplus
def test_three_earthquakes_reported_once_each_are_three_stories():
    # Iran's Qeshm island, Indonesia's Aceh province, California's Sonoma County, one article each:
    # their words ("magnitude", "quake", "injured") are alike, the places they are about are not.
    files = [ECBPLUS / "20ecb" / "1.txt", ECBPLUS / "37ecbplus" / "1.txt", ECBPLUS / "38ecbplus" / "1.txt"]
    assert folders_by_story(extracted(*files)) == [{"20ecb": 1}, {"37ecbplus": 1}, {"38ecbplus": 1}]


@needs_ecbplus
def test_two_elections_of_one_parliament_five_years_apart_are_two_stories_when_dated():
    # 11ecb: Turkmenistan votes on Sunday, 14 December 2008 ("Voting ... began in Turkmenistan on
    # Dec.14"); 11ecbplus: the election of 15 December 2013 is prepared, in September and October 2013
    # (their manifest's dates). Same country, president and commission: with three articles each, too
    # few for neighbours to tell them apart, only the dates do.
    files = [path for name in ("11ecb", "11ecbplus") for path in first_files(ECBPLUS / name, 3)]
    found = folders_by_story(
        dated(
            extracted(*files), {"11ecb": datetime.date(2008, 12, 14), "11ecbplus": datetime.date(2013, 9, 27)}
        )
    )
    assert found == [{"11ecb": 3}, {"11ecbplus": 3}]


@needs_ecbplus
def test_two_earthquakes_on_one_island_three_years_apart_are_two_stories_when_dated():
    # 20ecbplus: Qeshm island, 27 November 2005, 10 killed; 20ecb: Qeshm island again, a magnitude-5.6
    # quake after "a powerful quake ... in September" (2008), filed here in December 2008.
    found = folders_by_story(
        dated(
            extracted(ECBPLUS / "20ecb", ECBPLUS / "20ecbplus"),
            {
                "20ecb": datetime.date(2008, 12, 7),
                "20ecbplus": datetime.date(2005, 11, 27),
                "20ecbplus/2.txt": datetime.date(2005, 11, 28),
                "20ecbplus/4.txt": datetime.date(2005, 11, 28),
                "20ecbplus/8.txt": datetime.date(2005, 11, 28),
            },
        )
    )
    assert all(len(story) == 1 for story in found)  # no story holds both earthquakes
    assert {"20ecb": 5} in found


@needs_ecbplus
def test_a_verdict_a_year_after_the_shooting_stays_in_its_story():
    # 18ecbplus: an accounting-firm shooting in Troy, Michigan (9-12 April 2007), and the jury's verdict
    # on its shooter, published on 30 April 2008: the same man, so one story despite the year between.
    days = {"1": 10, "2": 9, "3": 12, "4": 9, "7": 11, "8": 12, "9": 10, "10": 11}
    found = folders_by_story(
        dated(
            extracted(ECBPLUS / "18ecbplus"),
            {
                **{f"18ecbplus/{n}.txt": datetime.date(2007, 4, day) for n, day in days.items()},
                "18ecbplus/6.txt": datetime.date(2008, 4, 30),
            },
        )
    )
    assert found == [{"18ecbplus": 10}]


@needs_ecbplus
def test_a_rehab_stay_and_its_follow_up_six_weeks_later_are_one_story():
    # 1ecbplus: Lindsay Lohan enters court-ordered rehab on 2-3 May 2013; on 13-14 June she leaves the
    # Betty Ford Center for another clinic (their manifest's dates).
    found = folders_by_story(
        dated(
            extracted(ECBPLUS / "1ecbplus"),
            {
                "1ecbplus": datetime.date(2013, 5, 3),
                "1ecbplus/1.txt": datetime.date(2013, 6, 13),
                "1ecbplus/3.txt": datetime.date(2013, 6, 14),
            },
        )
    )
    assert found == [{"1ecbplus": 10}]


@needs_newswcl
def test_two_stories_about_north_korea_in_one_season_stay_apart():
    # event0: Pompeo's secret meeting with Kim Jong Un; event2: North Korea suspends its nuclear tests.
    found = folders_by_story(extracted(NEWSWCL / "event0", NEWSWCL / "event2"))
    assert found == [{"event0": 5}, {"event2": 5}]


@pytest.fixture(scope="module")
def six_hundred_stories() -> list[dict[str, int]]:
    """The stories of ECB+'s 604 articles and two of NewsWCL50's stories, as folders."""
    return folders_by_story(extracted(NEWSWCL / "event0", NEWSWCL / "event2", ECBPLUS))


@needs_newswcl
@needs_ecbplus
def test_two_stories_of_five_articles_stay_apart_in_a_folder_of_six_hundred(six_hundred_stories):
    # The two North Korea stories among ECB+'s articles: each article's neighbours are its own story's
    # four others, whatever the size of the folder (with six neighbours, they were one story).
    assert {"event0": 5} in six_hundred_stories and {"event2": 5} in six_hundred_stories


@needs_newswcl
@needs_ecbplus
def test_two_earthquakes_on_one_island_stay_apart_among_six_hundred_articles(six_hundred_stories):
    # Undated, the Qeshm earthquakes of 2005 (20ecbplus, ten articles) and 2008 (20ecb, five): an article
    # of the one has four neighbours, all of its own event (with six, it reached into the other).
    assert not [story for story in six_hundred_stories if {"20ecb", "20ecbplus"} <= story.keys()]
    assert {"20ecb": 5} in six_hundred_stories


def test_the_seeds_are_one_story():
    assert group(extracted(SEEDS)) == [[0, 1]]


def test_an_article_without_names_is_its_own_story():
    nameless = extract(
        article(
            "It rained all day and the roads were wet.",
            "Most people stayed at home, and the shops closed early.",
        )
    )
    assert not nameless.mentions
    assert group([*extracted(SEEDS), nameless]) == [[0, 1], [2]]


def test_no_articles_are_no_stories():
    assert group([]) == []


@needs_ecbplus
def test_an_articles_story_does_not_change_with_file_order_or_names():
    extractions = extracted(ECBPLUS / "1ecb", ECBPLUS / "1ecbplus", ECBPLUS / "18ecb", ECBPLUS / "18ecbplus")
    renamed = [
        dataclasses.replace(
            e, article=dataclasses.replace(e.article, path=f"inbox/{n:03d}.txt", slug=f"{n:03d}")
        )
        for n, e in enumerate(extractions)
    ]
    random.Random(12).shuffle(renamed)

    def stories(found: list[Extraction]) -> set[frozenset[str]]:
        return {frozenset(found[i].article.digest for i in story) for story in group(found)}

    assert stories(renamed) == stories(extractions)
    found = group(renamed)
    assert sorted(i for story in found for i in story) == list(range(len(renamed)))
    assert all(story == sorted(story) for story in found) and found == sorted(found)


GVA = SHARED / "corpora" / "gva-dev"
needs_gva = pytest.mark.shared("corpora/gva-dev")


@needs_gva
def test_an_article_with_a_title_and_no_body_is_kept_and_grouped_by_its_headline():
    # gva-dev 480700: the Haw River bar shooting, both of whose articles were crawled without a body
    # ("no text after the header; skipped" once): a headline is news.
    articles, problems = load_articles([GVA / "480700"])
    assert [a.title for a in articles] == [
        "Man sought in Haw River bar shootings turns self in",
        "Four shot at Haw River sports bar",
    ]
    assert all(not a.paragraphs for a in articles)
    assert [(p.severity, p.reason) for p in problems] == [
        ("info", "no text after the header; kept with its title only")
    ] * 2
    assert len(group([extract(a) for a in articles])) == 1


@needs_gva
def test_incidents_of_one_city_in_one_week_stay_apart_and_follow_ups_join_them():
    # gva-dev: two shootings in Chicago five days apart (the Chatham club, 16 June 2013; a family's
    # "nightmare", 21 June, and its charge in August), two in Providence a week apart (a drive-by, 22
    # June; a girl's killing, 15 June, its indictment in September and the sentencing in December a
    # year later), and the Fuller Park barbecue (29 September 2015) with a man charged in November.
    folders = ("488134", "488426", "488970", "488992", "422064")
    found = extracted(*(GVA / folder for folder in folders))
    stories = [{"/".join(Path(found[i].article.path).parts[-2:]) for i in story} for story in group(found)]
    for story in stories:
        assert len({path.split("/")[0] for path in story}) == 1, story  # no story mixes incidents
    for together in (
        {"488134/1.md", "488134/2.md"},
        {"488426/2.md", "488426/3.md"},  # a charge seven weeks after the shooting
        {"488970/1.md", "488970/2.md"},
        {"488992/2.md", "488992/3.md"},  # an indictment, and the sentencing fifteen months later
        {"422064/1.md", "422064/2.md"},  # the shooting, and the third man charged two months later
    ):
        assert any(together <= story for story in stories), together


@needs_ecbplus
@needs_newswcl
def test_in_the_newsroom_near_identical_reports_are_one_story_and_like_events_years_apart_two():
    # ECB+ and NewsWCL50 in one folder, as a newsroom's would hold them: the Indian navy's capture of
    # 23 pirates (12ecb, nineteen reports) once two stories of nearly one title, the Greek riots
    # (19ecb, fourteen) once three; Turkmenistan's parliamentary elections of 2008 (11ecb) and 2013
    # (11ecbplus), undated, once one story.
    found = extracted(*sorted(ECBPLUS.glob("*ecb*")), *sorted(NEWSWCL.glob("event*")))
    by_folder = collections.defaultdict(set)
    for number, story in enumerate(group(found)):
        for i in story:
            by_folder[Path(found[i].article.path).parent.name].add(number)
    assert len(by_folder["12ecb"]) == 1 and len(by_folder["19ecb"]) == 1
    assert not by_folder["11ecb"] & by_folder["11ecbplus"]


def test_three_hundred_reports_of_one_strike_are_one_story(seeds):
    # Once, every name of a story more than 20 articles have found no candidates: 21 to 200 reports of
    # one strike were ten stories (one an outlet), from about 250 each article a story of its own.
    cnn = next(e for e in seeds.extractions if e.article.source == "CNN")
    reports = [
        dataclasses.replace(
            cnn,
            article=dataclasses.replace(
                cnn.article, path=f"{n:03d}.txt", slug=f"r{n:03d}", source=f"Outlet {n % 10}", digest=str(n)
            ),
        )
        for n in range(300)
    ]
    assert group(reports) == [list(range(300))]


def drifting_war(count: int, seed: int, days: int = 42) -> list[str]:
    """`count` reports of one invented war over `days` days from ten outlets: each day names that day's
    towns and people, its lead both countries, in words of its own."""
    rng = random.Random(seed)
    syllables = "ko ren val dor mir shev len bar tsuk nyk lov zar pet hor vyn chuk sen dal rom tur".split()

    def name(parts: int, ending: str) -> str:
        return "".join(rng.choice(syllables) for _ in range(parts)).capitalize() + ending

    country, enemy, capital, minister = name(2, "ia"), name(2, "stan"), name(2, "grad"), name(3, "enko")
    towns = [name(3, "ivka") for _ in range(30)]
    people = [f"{rng.choice(['Anna', 'Oleh', 'Maria', 'Ivan'])} {name(3, 'uk')}" for _ in range(40)]
    leads = (
        "{enemy} forces launched {n} missiles at {country} overnight, striking {town}, officials said.",
        "At least {n} people were killed in {town}, {country}'s governor {person} said.",
        "The {enemy} strike on {town} was the heaviest of the war, defence minister {minister} said.",
        "In the capital {capital}, sirens sounded for {n} hours as drones were shot down over {town}.",
    )
    reports = []
    for index in range(count):
        day = index * days // count
        said = {
            "country": country,
            "enemy": enemy,
            "capital": capital,
            "minister": minister,
            "n": rng.randint(2, 40),
            "town": rng.choice(towns[day // 2 % 28 :][:3]),
            "person": rng.choice(people[day // 2 % 38 :][:3]),
        }
        body = "\n\n".join(lead.format(**said) for lead in (leads[0], *rng.sample(leads[1:], 2)))
        date = datetime.date(2024, 2, 1) + datetime.timedelta(days=day)
        title = f"{said['n']} killed in strike on {said['town']}"
        reports.append(
            f'---\ntitle: "{title}"\nsource: outlet{index % 10}.example\ndate: {date}\n---\n\n{body}\n'
        )
    return reports


def test_a_war_reported_day_after_day_for_six_weeks_is_one_story(tmp_path):
    # Once, each day's reports of a war that names that day's towns and people were a story of their
    # own: 200 reports over six weeks came out as 22 stories, 2,000 as 481; 400 such reports:
    for n, text in enumerate(drifting_war(400, seed=1)):
        (tmp_path / f"{n:03d}.md").write_text(text, encoding="utf-8")
    assert group(extracted(tmp_path)) == [list(range(400))]


def _said(words: str, published: datetime.date | None) -> Signals:
    return Signals(dict.fromkeys(words.split(), 1.0), {}, {}, published)


def test_groups_are_joined_by_the_rare_names_at_their_core_only_when_dated_and_near_in_time():
    day = datetime.date(2024, 2, 1)
    said = [
        _said("valtsukstan mirromia kovynpil strike", day),
        _said("valtsukstan mirromia kovynpil", day + datetime.timedelta(days=1)),
        _said("valtsukstan mirromia lovkoivka strike", day + datetime.timedelta(days=9)),
        _said("valtsukstan mirromia zarivka", day + datetime.timedelta(days=40)),  # weeks after the last
        _said("valtsukstan mirromia", None),  # undated
        _said("valtsukstan chukpetlenuk", day + datetime.timedelta(days=2)),  # one core name in common
    ]
    assert cores.joined([[0, 1], [2], [3], [4], [5]], said) == [[0, 1, 2], [3], [4], [5]]


def _read(*paragraphs: str) -> Signals:
    return signals(extract(article(*paragraphs)))


def test_a_spokesman_named_with_his_office_ties_no_follow_up_to_an_incident():
    # gva-dev 493863 and 509897: a party shooting in Phoenix in 2013 and a family killed there in 2016,
    # both told by one police spokesman; a relative of that name would tie them.
    said = "A man was fatally shot Saturday night at 5800 South 53rd Glen, said {} Trent Crump."
    assert "person:trent crump" not in _read(said.format("Phoenix police Sgt.")).anchors
    assert "person:trent crump" in _read(said.format("his cousin")).anchors
    # gva-dev 422064: the office in an apposition after the name.
    estrada = (
        "A group was standing in the 300 block of West 42nd Street when two men started shooting, "
        "according to Officer Jose Estrada, a Chicago Police spokesman."
    )
    assert not any(a.startswith("person:") for a in _read(estrada).anchors)
    assert (
        "person:jose estrada"
        in _read(estrada.replace("Officer ", "").replace(", a Chicago", " of a Chicago")).anchors
    )


def test_a_county_or_a_part_of_a_city_ties_no_follow_up_to_an_incident_a_street_does():
    # gva-dev 463734: two shootings in Mount Oliver six weeks apart named Allegheny County and the
    # city's parts.
    said = _read(
        "Four people were shot Friday night in Mount Oliver, Allegheny County spokeswoman Amie Downs said. "
        "The gunfire on Brownsville Road was reported at 7 p.m., and one victim was taken to a hospital "
        "in West Baltimore."
    )
    assert "place:name:brovnsvile road" in said.anchors
    assert not any("count" in a or "baltimore" in a or "downs" in a for a in said.anchors)


@needs_gva
def test_incidents_of_one_city_years_apart_told_by_one_spokesman_or_one_stations_lines_stay_apart():
    # gva-dev: Phoenix, a party shooting (November 2013, its update in January) and a man who killed his
    # family (February 2016), both told by one police sergeant; a Tampa hookah bar and an Orlando store,
    # one Saturday night, both on the page of one Orlando station whose lines name Central Florida.
    folders = ("493863", "509897", "508341", "508510")
    found = extracted(*(GVA / folder for folder in folders))
    stories = [{Path(found[i].article.path).parent.name for i in story} for story in group(found)]
    assert sorted(stories, key=sorted) == [{folder} for folder in sorted(folders)]


@needs_gva
def test_two_shootings_a_day_apart_in_an_uptown_of_two_cities_far_apart_stay_apart():
    # gva-dev 491819: four shot on Telegraph Avenue "in Uptown Oakland" (17 August 2013); 491965: five
    # shot in Chicago's Uptown the next night. Naming a word of the other's town ("Uptown") on the next
    # day made them one scene, though their towns are in two states; a rehab stay that moves from
    # Palm Springs to Malibu, in one state, stays one scene (test_a_rehab_stay_and_its_follow_up…).
    folders = ("491819", "491965")
    found = extracted(*(GVA / folder for folder in folders))
    stories = [{Path(found[i].article.path).parent.name for i in story} for story in group(found)]
    assert all(len(story) == 1 for story in stories), stories


def test_two_incidents_of_one_city_with_people_and_streets_of_their_own_are_apart():
    # gva-dev 488970 (a party on Curtis Street, Providence, 22 June 2013) and 488992 (a girl killed in
    # Providence on 15 June, its indictment in September): each names its own victims, suspects and
    # street, neither the other's.
    party = _read(
        "Four people were injured after a late-night shooting Saturday in Providence.",
        "The shootings happened just before 10 p.m. at 55 Curtis Street. Police told NBC 10 that there was "
        "a party going on at the residence with about 40 people in attendance when the shootings occurred.",
        "Police have not released the identities of the victims, but the Providence Journal reported that "
        "Sombun Chet, 39, was shot in the back, and Oeun Sak, 26, was shot in the left arm.",
    )
    indictment = _read(
        "The Providence County Grand Jury issued a secret indictment charging Branden Castro, Luis Gonzales, "
        "Angel Valerio, and Ricardo Vasquez with murder, and other charges, for the June 15 shooting in "
        "Providence that left 12-year-old Aynis Vargas dead and injured three others."
    )
    assert scene.people_apart(party, indictment)
    # Invented: a follow-up naming one of either's people, or an article naming too few to tell.
    follow_up = _read(
        "Oeun Sak, 26, who was shot in the arm at a party on Curtis Street in Providence, said Monday that "
        "he forgives the gunman, Ricardo Vasquez."
    )
    assert not scene.people_apart(party, follow_up) and not scene.people_apart(indictment, follow_up)
    assert not scene.people_apart(party, _read("Police in Providence charged Luis Gonzales on Monday."))


def test_two_incidents_of_one_city_with_ages_of_their_own_are_apart():
    # gva-dev 495145/3 (seven men shot on an Oakland street, 2013) and 479646/1 (four shot in Oakland,
    # children among them, three months before): with no dates, the city and the spokeswoman pooled them.
    seven = _read(
        "Seven men were shot on an East Oakland street Monday evening, leaving two of them in critical "
        "condition, a police spokeswoman said.",
        "A 29-year-old man and a 31-year-old man were left in critical condition. Five other men -- two "
        "29-year-olds, a 28-year-old, a 27-year-old and a 23-year-old -- are expected to survive their "
        "injuries, Watson said.",
    )
    four = _read(
        "OAKLAND (CBS SF) — Four people including a 12-year-old and an 8-year-old were injured in a "
        "shooting Sunday afternoon on the 1300 block of 104th Avenue, Police spokeswoman Officer Johnna "
        "Watson said."
    )
    assert seven.ages == {"23", "27", "28", "29", "31"} and four.ages == {"8", "12"}
    assert scene.ages_apart(seven, four)
    # Invented: a follow-up giving one of the ages, or an article giving one age only, is not apart.
    follow_up = _read("The 8-year-old girl and a 35-year-old woman shot in Oakland on Sunday are recovering.")
    assert not scene.ages_apart(four, follow_up)
    assert not scene.ages_apart(seven, _read("A 40-year-old man was arrested in Oakland on Tuesday."))


def test_two_incidents_of_one_city_on_streets_of_their_own_are_apart():
    # gva-dev 492570/1 and 480311/3, two Vallejo shootings months apart, without their dates.
    princeton = _read(
        "At about 11 p.m., one of the vehicles hit a curb and got a flat tire near the 200 block of "
        "Princeton Avenue, police said."
    )
    humboldt = _read(
        "Oscar Garcia, 22, of Vallejo was killed in the shooting, which happened on the 800 block of "
        "Humboldt Street at 8:24 p.m. Monday, police said."
    )
    assert scene.streets_apart(princeton, humboldt)
    # Invented: a report naming the other's street too, or one naming no street, is not apart; one of
    # another street is, though its name ends with the same word.
    corner = _read("A man was shot at Humboldt Street and Princeton Avenue in Vallejo on Monday.")
    assert not scene.streets_apart(princeton, corner) and not scene.streets_apart(humboldt, corner)
    assert not scene.streets_apart(humboldt, _read("A man was shot in Vallejo on Monday night."))
    assert scene.streets_apart(humboldt, _read("A man was shot on Sonoma Street in Vallejo."))


def test_a_street_named_by_its_number_is_an_incidents_street():
    # gva-dev 495145/3 and 479646/1: two Oakland shootings three months apart, each on a street of its own.
    corner = _read(
        "Police received multiple calls of shots fired near the corner of 96th Avenue and Olive Street at "
        "6:08 p.m., police spokeswoman Officer Johnna Watson said."
    )
    block = _read(
        "OAKLAND (CBS SF) — Four people including a 12-year-old and an 8-year-old were injured in a "
        "shooting Sunday afternoon on the 1300 block of 104th Avenue, Police spokeswoman Officer Johnna "
        "Watson said."
    )
    assert {"place:name:96th avenue", "place:name:104th avenue"} <= corner.anchors | block.anchors
    assert scene.streets_apart(corner, block)
    # Invented: one street, its compass word and its abbreviation aside, is one; a number that names no
    # street is none.
    assert numbered_streets("in the 300 block of West 42nd Street")[0][1:] == (
        "place:name:42nd street",
        "street",
    )
    assert numbered_streets("at W. 42nd St. and Main")[0][1] == "place:name:42nd street"
    assert not scene.streets_apart(block, _read("A girl shot on 104th Ave. in Oakland has been released."))
    assert not numbered_streets("It was the city's 42nd homicide, on the 3rd floor, in the 2nd street fight.")


def test_two_incidents_of_one_city_counting_their_own_dead_are_apart():
    # gva-dev 553803/2 and 481186/2, two Shreveport shootings three years apart, without their dates.
    card_game = _read("Gunmen burst in on card game at Shreveport tire shop; 8 men shot, 2 dead")
    one_dead = _read("1 dead, 3 injured in Shreveport shooting")
    assert card_game.tolls == {(2, 2)} and one_dead.tolls == {(1, 1)}
    assert scene.tolls_apart(card_game, one_dead)
    # ECB+ 20ecbplus/6: a toll that can rise ("at least three people") is not apart from a later ten.
    several = _read("Several die in south Iran quake. The earthquake killed at least three people.")
    assert not scene.tolls_apart(several, _read("Ten dead in southern Iran quake"))
    # Invented: one toll in common, or no toll at all, says nothing; nor does a toll of another event.
    same_toll = _read("Two men died and six were hurt at a Shreveport tire shop.")
    assert not scene.tolls_apart(card_game, same_toll)
    assert not scene.tolls_apart(card_game, _read("Eight men were shot at a Shreveport tire shop."))
    recalled = _read("Shreveport police arrested a man Friday in the shooting at a tire shop in March.")
    assert not recalled.tolls and not scene.tolls_apart(card_game, recalled)


def test_the_town_two_undated_reports_share_ties_them_less_than_a_venue():
    # gva-dev 481237/1 and 489105/1, front matter stripped: a teen party and a club in Kansas City,
    # three months apart; what they share is mostly their city, which every incident there names.
    party = _read(
        "KANSAS CITY, Mo. -- A night of fun turns into a night of fear as a teen party ends with five "
        "people shot in southeast Kansas City early Sunday."
    )
    club = _read(
        "KANSAS CITY, Mo. - Police in are investigating a shooting spree that killed one person and "
        "injured several others in Kansas City Sunday morning."
    )
    kansas_city = vectors([party, club])
    cosine = sum(value * kansas_city[1].get(feature, 0.0) for feature, value in kansas_city[0].items())
    assert 0 < Similarities(kansas_city, [party, club])(0, 1) < 0.75 * cosine
    # Invented: undated reports that share no place the gazetteer knows count all they share (a venue).
    hall = [
        _read("A teen party at the Mirrorball Hall ended with five people shot early Sunday."),
        _read(
            "Police are investigating a shooting at the Mirrorball Hall that injured several people Sunday."
        ),
    ]
    venue = vectors(hall)
    cosine = sum(value * venue[1].get(feature, 0.0) for feature, value in venue[0].items())
    assert cosine > 0 and Similarities(venue, hall)(0, 1) == pytest.approx(cosine)


def test_a_crawled_pages_time_stamp_dates_an_article_its_front_matter_does_not():
    # gva-dev 483861/1 and 508510/2 with their front matter stripped: the page's stamp is its date, and
    # the days its lead names are read against it ("Sunday" is the day before).
    said = _read("Posted: Monday, April 15, 2013", "Two men were shot Sunday night on Main Street.")
    assert said.published == datetime.date(2013, 4, 15) and "day:2013-04-14" in said.days
    assert stamped(article("Updated: Feb 21, 2016 - 6:52 PM", "A man was shot.")) == datetime.date(
        2016, 2, 21
    )
    # Invented: a date the report gives is its event's, not the page's; front matter's date comes first.
    assert stamped(article("Police said the shooting happened on April 15, 2013, near the school.")) is None
    dated_article = dataclasses.replace(
        article("Posted: Monday, April 15, 2013", "Two men were shot Sunday night."),
        date=datetime.date(2013, 4, 20),
    )
    assert signals(extract(dated_article)).published == datetime.date(2013, 4, 20)
