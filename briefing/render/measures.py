"""Measures: the same count (killed, injured, drones…) compared across the articles of one story.

Within a story, a count that a later report supersedes is an update, not a disagreement: one
the text gives as earlier ("emergency services earlier reported that nine people had died",
"according to preliminary data", a quoted post), or one from an article dated before another
article's different count. A count of some of the people another count counts ("six children"
of 24 dead) is a part, not a disagreement either. A count an order of magnitude from what most
sources report is set apart (see `consensus`). The other counts are the story's current ones:
their range, and whether they differ, is what the pages show.

The measures a reader compares are people's fates (killed, injured…) and weapons: a weapon's
count is key whatever became of the weapons ("missiles intercepted", shown next to "missiles"),
but not a count of one model ("Iskander-M/KN-23 missiles"), which is one part of all, nor one of
weapons found rather than fired ("shells found").
"""

from __future__ import annotations

import collections
import dataclasses
import datetime
import re
from dataclasses import dataclass

from ..measures import FATES, OUTCOMES, THINGS, WEAPONS
from ..model import Briefing, Extraction, Figure
from ..sentences import before_in_sentence
from .consensus import set_apart

# Words that make a count an earlier one: "earlier reported", "initially said", "preliminary data".
_EARLIER = re.compile(
    r"""\b(?: earlier | initially | previously | originally        # initially said
            | at\ first | preliminary | first\ reports? )\b       # preliminary data, first reports
    """,
    re.IGNORECASE | re.VERBOSE,
)
SUBGROUPS = frozenset(
    {
        "children",
        "kids",
        "babies",
        "women",
        "men",
        "students",
        "pupils",
        "soldiers",
        "officers",
        "firefighters",
        "workers",
        "tourists",
        "foreigners",
        "journalists",
    }
)
"""Nouns that count some of the people a story's larger count counts ("six children" of 24 dead)."""
# One person counted by "a" ("A child died when a wall collapsed"): one of the dead, where others count more.
_ONE_TOLD = re.compile(r"an?\s", re.IGNORECASE)

_PLURALS_WITHOUT_S = frozenset({"people", "men", "women", "children", "police"})
"""Nouns of several people that end in no "s": "4 people" counts no one person."""
_DEAD_LAST = re.compile(r"\b(?:" + "|".join(map(re.escape, OUTCOMES["killed"].after)) + r")$", re.IGNORECASE)
"""A phrase that ends with the dead: "Four shot, one killed"."""
# Some of a group told before: "three of those injured", "Two of the victims".
_OF_THEM = re.compile(r"\S+\s+of\s+(?:the|those|these|them)\b", re.IGNORECASE)

# A post quoted in the article (its link left in the text) speaks of an earlier moment.
_POST = re.compile(r"pic\.twitter\.com/|twitter\.com/\w+/status|\bt\.co/")


@dataclass(frozen=True)
class Report:
    """One article's figure for a measure."""

    figure: Figure
    source: str | None
    """The outlet, when known."""
    date: datetime.date | None
    slug: str
    """The article page the figure is on."""
    title: str
    early: bool = False
    """The text gives it as an earlier count ("earlier reported", "preliminary data", a quoted post)."""
    superseded: bool = False
    """A later count of the story replaces it: an update, not a disagreement."""
    part: bool = False
    """It counts some of those a larger count of the story counts ("six children" of 24 dead)."""
    sentence: int = 0
    """Where the figure's sentence starts in its paragraph: the counts of one sentence are of one event."""
    apart: str | None = None
    """Why the count stays out of the range: far from what most sources report (see `consensus`)."""


@dataclass(frozen=True)
class MeasureSummary:
    """A measure of one story's own event, as all its sources report it."""

    measure: str
    story: str
    """The story's id."""
    reports: tuple[Report, ...]
    """Every main-event figure for the measure in the story, in article order, those set apart too."""
    current: tuple[Report, ...]
    """The counts of the whole that no later report superseded: the range is theirs."""
    value: float
    """The story's bottom line: the count of its latest, most authoritative current report."""
    bottom: Report
    """The report the value is that of: among the counts a headline or two articles give (see
    `_confirmed`) and the wounded given as those shot less the dead (see `_net_of_dead`), when there
    are, such a count of the wounded first, then of the latest day, the largest (a toll rises as reports
    come in), an exact count before a bound ("24" before "at least 24"), one whose source its text names,
    then the most reported."""
    low: float | None
    """The smallest count a current report allows."""
    high: float | None
    """The largest count a current report gives."""
    sources: int
    """How many articles report the measure (not counting the counts set apart)."""
    disagree: bool
    """True when a current report contradicts the bottom line (8 against 9; not "at least 3" against 24)."""
    summary: str
    """One plain sentence on the spread and the updates."""

    @property
    def range(self) -> str:
        """ "8–9": the bottom line and the counts that contradict it; "63" when the sources agree ("at
        least 3" agrees with 24)."""
        values = [self.value, *(r.figure.value for r in self.current if not _allows(r.figure, self.value))]
        low, high = min(values), max(values)
        return number(low) if low == high else f"{number(low)}–{number(high)}"

    @property
    def credit(self) -> str | None:
        """Who gave the bottom line: "Sutopo Purwo Nugroho (BBC)", "BBC", or None when no one is known."""
        who, outlet = self.bottom.figure.attribution, self.bottom.source
        if who and outlet:
            return f"{who} ({outlet})"
        return who or outlet

    @property
    def count(self) -> str:
        """The bottom line's count, with its qualifier: "at least 24"."""
        return phrase(self.bottom.figure)

    @property
    def line(self) -> str:
        """The bottom line as a careful reader writes it: "24 killed, per Sutopo Purwo Nugroho (BBC)"."""
        credit = f", per {self.credit}" if self.credit else ""
        return f"{self.count} {self.measure}{credit}"

    @property
    def updates(self) -> tuple[Report, ...]:
        """The counts later reports superseded."""
        return tuple(r for r in self.reports if r.superseded)

    @property
    def key(self) -> bool:
        """A measure a reader compares (killed, injured, weapons), not an incidental count."""
        return rank(self)[0] < OTHER

    @property
    def shown(self) -> bool:
        """A measure a reader wants: a key figure, or another count of what matters (see `THINGS`)."""
        return self.key or shown(self.measure)

    @property
    def counted(self) -> tuple[Report, ...]:
        """The reports the range and the comparison are made of: all but those set apart."""
        return tuple(r for r in self.reports if r.apart is None)


def compare(briefing: Briefing) -> list[MeasureSummary]:
    """One summary per story and measure of the story's own event: the stories in the briefing's
    order (the latest first), the most important measures first within each."""
    stories: dict[str, dict[str, list[Report]]] = collections.defaultdict(
        lambda: collections.defaultdict(list)
    )
    articles: dict[str, set[str]] = collections.defaultdict(set)
    tolled = {e.article.slug: _other_tolls(e) for e in briefing.extractions}
    for extraction in briefing.extractions:
        story = briefing.story_of.get(extraction.article.path, "")
        articles[story].add(extraction.article.slug)
        for figures in (extraction.headline, extraction.figures):
            for figure in figures:
                # Sub-counts, rates and other events' tolls would distort the range; not what befell some of
                # a count of another measure ("two of the three victims died").
                whole = figures[figure.part_of] if figure.part_of is not None else None
                if (
                    figure.event is None
                    and figure.rate is None
                    and (whole is None or whole.measure != figure.measure)
                ):
                    stories[story][figure.measure].append(_report(extraction, figure))
    order = {story: index for index, story in enumerate(briefing.stories)}
    summaries = []
    for story, measures in stories.items():
        apart = {report: _why_apart(given_with) for report, given_with in set_apart(measures).items()}
        roundups = _roundups(measures, {slug: tolled[slug] for slug in articles[story] if tolled[slug]})
        if articles[story] - roundups:
            apart |= dict.fromkeys(_of_another_shooting(measures, roundups), ROUNDUP)
        for measure, found in measures.items():
            marked = [dataclasses.replace(r, apart=apart[r]) if r in apart else r for r in found]
            if any(r.apart is None for r in marked):  # a measure only roundups give is none of the story's
                summaries.append(_summarize(measure, story, marked))
    return sorted(summaries, key=lambda s: (order.get(s.story, len(order)), s.story, *rank(s)))


ROUNDUP = "in a roundup of several shootings: another one's count?"


def _other_tolls(extraction: Extraction) -> list[Figure]:
    """The tolls an article's headline gives of other events: "4 killed, 16 wounded in Wednesday shootings
    across Chicago", "Violent night leaves 2 dead, 6 injured in Detroit"."""
    return [f for f in extraction.headline if f.event is not None and f.measure in OUTCOMES]


def _roundups(measures: dict[str, list[Report]], tolled: dict[str, list[Figure]]) -> set[str]:
    """The articles of a story that are roundups: a headline's toll of several events larger than any count
    the story's other articles give ("4 killed" across a city against a bus stop's five wounded), which
    sums more than the story's event; not one no larger ("5 people dead in 2 shootings" of one gunman,
    whom other reports count five dead)."""
    others = collections.defaultdict(float)
    for measure, reports in measures.items():
        others[measure] = max((r.figure.value for r in reports if r.slug not in tolled), default=0)
    return {slug for slug, tolls in tolled.items() if any(f.value > others[f.measure] for f in tolls)}


def _of_another_shooting(measures: dict[str, list[Report]], roundups: set[str]) -> list[Report]:
    """The counts of a story that only its roundups give, when it has reports of its own event: a roundup
    tells of shootings besides the story's ("Two women and a man were killed in a domestic-related
    shooting"), and its count of the story's own is one another report gives too."""
    found = []
    for reports in measures.values():
        own = {r.figure.value for r in reports if r.slug not in roundups}
        found += [r for r in reports if r.slug in roundups and r.figure.value not in own]
    return found


def _report(extraction: Extraction, figure: Figure) -> Report:
    article = extraction.article
    text = article.title if figure.paragraph is None else article.paragraphs[figure.paragraph].text
    before = before_in_sentence(text, figure.start)
    early = bool(_EARLIER.search(before) or _POST.search(text))
    return Report(
        figure,
        article.source,
        article.date,
        article.slug,
        article.title,
        early,
        sentence=figure.start - len(before),
    )


def _why_apart(given_with: Report | None) -> str:
    """ "far from what most sources report: another count?", or "given with 612 killed, set apart"."""
    if given_with is None:
        return "far from what most sources report: another count?"
    return f"given with {number(given_with.figure.value)} {given_with.figure.measure}, set apart"


PEOPLE, WEAPON, OTHER = range(3)
"""The ranks of measures: what happened to people, weapons, other counts."""


def rank(summary: MeasureSummary) -> tuple[int, int, int, int, str]:
    """Human outcomes first (killed, then injured…), then weapons in the order of `WEAPONS` (missiles, then
    what became of them: "missiles intercepted"…), then other counts, a model's and weapons found among
    them ("shells found"); the most reported first."""
    measure = summary.measure
    if measure in OUTCOMES:
        return PEOPLE, list(OUTCOMES).index(measure), 0, -summary.sources, measure
    head, _, fate = measure.partition(" ")
    if head in WEAPONS and (not fate or fate in FATES):
        return (
            WEAPON,
            WEAPONS.index(head),
            list(FATES).index(fate) + 1 if fate else 0,
            -summary.sources,
            measure,
        )
    return OTHER, 0, 0, -summary.sources, measure


def shown(measure: str) -> bool:
    """Whether `measure` is one a reader wants listed: people's fates, weapons, and counts of what matters
    ("houses", "rounds", "shells found"), not "people" of whom nothing is said, nor "pops"."""
    head = measure.split()[0].lower()
    return measure in OUTCOMES or head in WEAPONS or head in THINGS


def _superseded(report: Report, reports: list[Report]) -> bool:
    """Whether a later count of the story replaces `report`'s: a count the text gives as earlier,
    when another is not; a count from an earlier day than another article's different one, and for a
    toll, which only rises, a larger one; not one a later report gives still, nor by a later report of
    some of them ("three of those injured", "A 20-year-old woman was shot")."""
    value = report.figure.value
    if report.early and any(not r.early and r.figure.value != value for r in reports):
        return True
    later = _later(report, reports)
    if any(r.figure.value == value for r in later):
        return False  # a later report still gives it
    return any(r.figure.value > value or not _rises(report) for r in later if not _some_of_them(r))


def _some_of_them(report: Report) -> bool:
    """Whether a report tells of some of those counted, not of all: one person ("A 20-year-old woman was
    shot", "injured a 5-year-old") or some of a group told before ("three of those injured")."""
    figure = report.figure
    one = figure.value == 1 and bool(_ONE_TOLD.match(figure.text) or _one_named(figure))
    return one or bool(_OF_THEM.match(figure.text))


def _later(report: Report, reports: list[Report]) -> list[Report]:
    """The reports of a later day than `report`'s that the text does not give as earlier."""
    if report.date is None:
        return []
    return [r for r in reports if r.date is not None and r.date > report.date and not r.early]


def _rises(report: Report) -> bool:
    """Whether the report counts a toll, which only rises as the days pass (see `measures.Measure`)."""
    measure = OUTCOMES.get(report.figure.measure)
    return measure is not None and measure.rises


def _part(report: Report, reports: list[Report]) -> bool:
    """Whether `report` counts some of those another count of its story counts: a smaller count of its own
    article, which gives one total (its largest: "three people were killed… two civilians"), a group
    of people ("six children") of whom another counts more, one person told by "a" ("A child died
    when a wall collapsed") or some "of them" ("two of them critically wounded") where another counts
    more, or a toll smaller than one of an earlier day (a later report tells of some of the dead: "killed
    his brother and his girlfriend")."""
    value = report.figure.value
    if not _headline_net(report) and any(
        r.slug == report.slug and r.figure.value > value and not r.early for r in reports
    ):
        return True
    if _rises(report) and any(report in _later(r, reports) and r.figure.value > value for r in reports):
        return True
    if report.figure.value == 1 and (_ONE_TOLD.match(report.figure.text) or _one_named(report.figure)):
        return any(r.figure.value > 1 for r in reports)
    if _OF_THEM.match(report.figure.text):  # "two of them critically wounded", of four
        return any(r.figure.value > value for r in reports)
    noun = (report.figure.noun or "").lower().split()
    return (
        bool(noun)
        and noun[-1] in SUBGROUPS
        and any(
            r.figure.value > report.figure.value
            and not set((r.figure.noun or "").lower().split()) & SUBGROUPS
            for r in reports
        )
    )


def _headline_net(report: Report) -> bool:
    """A headline's wounded given as those shot less the dead ("9 People Shot, 1 Fatally"): the article's
    own count, whatever larger its body reads."""
    return report.figure.paragraph is None and _net_of_dead(report)


def _one_named(figure: Figure) -> bool:
    """A count of one person its text names: "an 18-year-old", "Superior Court Judge Rowland Barnes"."""
    noun = (figure.noun or "").lower()
    return bool(noun) and not noun.endswith("s") and noun.split()[-1] not in _PLURALS_WITHOUT_S


def _summarize(measure: str, story: str, found: list[Report]) -> MeasureSummary:
    near = [r for r in found if r.apart is None]
    reports = tuple(
        r if r.apart else dataclasses.replace(r, superseded=_superseded(r, near), part=_part(r, near))
        for r in found
    )
    counted = [r for r in reports if r.apart is None]
    # Were every count an update or a part, the story would have none: then they all count.
    current = [r for r in counted if not (r.superseded or r.part)] or [r for r in counted if not r.superseded]
    values = collections.Counter(r.figure.value for r in current)
    confirmed = _confirmed([r for r in counted if not r.superseded])
    bottom = max(
        [r for r in current if r.figure.value in confirmed or _net_of_dead(r)] or current,
        key=lambda r: (
            _net_of_dead(r),
            r.date or datetime.date.min,
            r.figure.value,
            r.figure.qualifier is None,
            r.figure.attribution is not None,
            values[r.figure.value],
        ),
    )
    disagree = any(not _allows(r.figure, bottom.figure.value) for r in current)
    summary = MeasureSummary(
        measure=measure,
        story=story,
        reports=reports,
        current=tuple(current),
        value=bottom.figure.value,
        bottom=bottom,
        low=min(r.figure.low if r.figure.low is not None else r.figure.value for r in current),
        high=max(values),
        sources=len({r.slug for r in counted}),
        disagree=disagree,
        summary="",
    )
    return dataclasses.replace(summary, summary=_sentence(summary))


def _net_of_dead(report: Report) -> bool:
    """Whether a count of wounded is those shot less the dead, as the text gives both ("Four shot, one
    killed", "9 People Shot, 1 Fatally"): counted with care, where "one killed, four injured" may count
    the dead among the injured."""
    return report.figure.measure == "injured" and bool(_DEAD_LAST.search(report.figure.text))


def _confirmed(reports: list[Report]) -> set[float]:
    """The counts a headline gives, or two articles: a count one article gives once in its body, beside
    others, may be a slip of reading ("eight students" of a shooting the article recalls), where a
    headline's is the article's own and a second source's is a witness."""
    articles = collections.Counter(value for _, value in {(r.slug, r.figure.value) for r in reports})
    return {r.figure.value for r in reports if r.figure.paragraph is None or articles[r.figure.value] > 1}


def _allows(figure: Figure, value: float) -> bool:
    """Whether a count can be `value`: "at least 3" allows 24, "up to 20" allows 14, "8" allows only 8."""
    low = figure.low if figure.low is not None else float("-inf")
    high = figure.high if figure.high is not None else float("inf")
    return low <= value <= high


def _sentence(summary: MeasureSummary) -> str:
    """ "All 3 sources report 80 injured.", or the bottom line and the spread: "9 killed, per Ukraine's
    emergency services (CNN). Sources report between 8 and 9 killed. An earlier count was 9 (CNN)."
    """
    measure, current = summary.measure, summary.current
    sources = len({r.slug for r in current})
    if not summary.disagree:
        who = (
            "one source reports"
            if sources == 1
            else f"all {sources} sources report"
            if sources > 2
            else "both sources report"
        )
        sentence = f"{who[0].upper()}{who[1:]} {phrase(summary.bottom.figure)} {measure}."
    else:
        low, _, high = summary.range.partition("–")
        sentence = (
            f"{summary.line[0].upper()}{summary.line[1:]}. Sources report between {low} and {high} {measure}."
        )
    updates = [f"{phrase(r.figure)} ({_whose(r)})" for r in summary.reports if r.superseded]
    if updates:
        sentence += (
            f" {'An earlier count was' if len(updates) == 1 else 'Earlier counts were'} {', '.join(updates)}."
        )
    return sentence


def _whose(report: Report) -> str:
    """ "Ukraine's emergency services, CNN": who gave a count, and where."""
    return ", ".join(filter(None, (report.figure.attribution, report.source or "unknown source")))


def phrase(figure: Figure) -> str:
    """A figure's count with its qualifier, in lower case as a sentence has it: "at least 9"."""
    qualifier = f"{figure.qualifier.lower()} " if figure.qualifier else ""
    return qualifier + number(figure.value)


def number(value: float) -> str:
    """ "1,200", "2.5"."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
