"""What an article tells about the event it reports: its words, names and numbers, the first weighing most.

News states its event first (the inverted pyramid): a word weighs less the further into the article it
stands, and only the lead's first few hundred words are read. Names and numbers say which event an
article reports; the words of common English say what kind of event ("quake", "rehab", "fired"), which
two events of one kind share: a dictionary word weighs half as much as a name.

Each feature also has a commonness: the chance that an ordinary news article, of any story, has it.
A name or word that English uses rarely marks a story even in a folder of two articles, where
counting articles says nothing.

Local news dates its event by the day ("early Tuesday", "on Sept. 29": `days`), and crawled pages open
with a site's lines before the story: reading starts at the first paragraph that shares a word with the
title, and skips the paragraphs grouping finds to be an outlet's page furniture (`furniture`). The
outlet's own name is no feature (`outlets`).
"""

from __future__ import annotations

import collections
import datetime
import functools
import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass, field

from ..extract.gazetteer import fold, gazetteer
from ..extract.lexicon import HEAD_TITLES
from ..extract.words import frequent_words
from ..headlines import is_headline
from ..model import Article, Extraction, Figure, Mention
from .days import named_days
from .outlets import names_outlet, outlet, outlet_words
from .streets import numbered_streets

LEAD_WORDS = 300
"""Words read from the start of an article (title and dateline first)."""
LEAD_CHARACTERS = 20 * LEAD_WORDS
"""Characters of a paragraph read at the most: LEAD_WORDS words however long the paragraph."""
HALF_WEIGHT = 100
"""A word this many words into the article weighs half as much as the first."""
DICTIONARY_WEIGHT = 0.5
"""How much a word of the frequency table (common English, Zipf frequency 3.6 or more) weighs against
a word that is not in it (a name, a number, a rare word)."""
ARTICLE_WORDS = 400
"""The length of an ordinary news article, in words: a word of frequency f is in about f × this many."""
EVERYDAY_ZIPF = 5.5
"""Words at least this frequent in English (wordfreq's Zipf scale: "the", "said", "new") say nothing of
a story."""
RARE_ZIPF = 3.0
"""The Zipf frequency assumed for words too rare for the frequency table, names among them."""
NUMBER_ZIPF = 4.0
"""The Zipf frequency assumed for a number as written ("17-28", "5.6", "2013")."""
TOLL = "killed"
"""The measure of a count of dead."""
OPENING_PARAGRAPHS = 10
"""How many paragraphs a crawled page may open with before its story: the first that shares a word with
the title, among these, starts the lead."""
FAMOUS_ZIPF = 3.9
"""A name each of whose words English prints this often ("Barack Obama", "Vladimir Putin") is no one
incident's: it ties no follow-up to its incident."""
OFFICES = HEAD_TITLES | frozenset(
    {"detective", "det", "trooper", "deputy", "lieutenant", "captain", "major", "corporal", "cpl", "officer"}
    | {"president-elect"}
)
"""Words of a role that is an office ("Police Chief", "Sgt."): its holder speaks for it in story after
story."""
COMPASS = frozenset(
    """north south east west northeast northwest southeast southwest northern southern eastern western
    central upper lower downtown""".split()
)
"""Words that name a part of a place ("West Springfield", "Southern California", "Downtown Riverside")."""
AREAS = frozenset(
    """county parish borough township district region valley area metro hospital medical clinic jail
    prison courthouse court hall morgue""".split()
)
"""Words of a place name that is an area's or a whole city's: each of a city's incidents may name it."""
REGIONS = frozenset("county parish region".split())
"""Words of an area's name that is larger than a town."""
_OFFICE_AFTER = re.compile(
    rf"^,\s+(?:(?:an?|the)\s+(?:[\w.'’-]+\s+){{0,3}}?|(?:[A-Z][\w.'’-]*\s+){{0,3}})"
    rf"(?i:{'|'.join(sorted(OFFICES, key=len, reverse=True))})\b(?!['’]s)"
)
"""An office in the apposition after a name: "Sam Ortiz, a city police spokesman"; one before it is
the word just before the name ("said city police Sgt. Dana Reyes", "Officer Sam Ortiz")."""

# A word, with the marks inside it: "kilroy-silk", "u.s", "5.6", "1,000", "17-28". No colon: features
# other than words are written "kind:name".
_WORD = re.compile(r"[^\W_]+(?:['.,-][^\W_]+)*")
_POSSESSIVE = re.compile(r"'s\b")
_AGE = re.compile(r"(\d{1,3})-year-olds?")
_STAMP = re.compile(r"(?i)\W*(?:posted|updated|published)\b")
_COMBINING = re.compile(r"[\u0300-\u036f]")
_KNOWN_WORDS: dict[str, float | None] = {}  # word → its commonness, as word_commonness found it


@dataclass(frozen=True)
class Signals:
    """The features of one article, each with how much the article says it."""

    weights: dict[str, float]
    """Feature → weight. A feature is a word ("kyiv"), a name ("person:tara reid", "place:geonames:703448",
    "organization:red sox") or a figure ("figure:killed=9")."""
    commonness: dict[str, float]
    """Name or figure → the chance that an ordinary news article has it, whatever its story (a word's
    is `word_commonness`)."""
    names: dict[str, str]
    """Person, organization or place → the last word of its name as written ("person:tara reid" →
    "reid")."""
    published: datetime.date | None = None
    """The article's publication date, when known."""
    days: tuple[str, ...] = ()
    """The days the lead names ("day:2015-09-29", or "day:09-29" when its year cannot be told), the
    weightiest first."""
    towns: frozenset[str] = frozenset()
    """The places below a state that it names, as features, and the gazetteer's by the words of their
    names ("place:geonames:5391811", "sacramento")."""
    anchors: frozenset[str] = frozenset()
    """What ties a follow-up to its incident however late it comes: the people it names without an
    office, the places it names that the gazetteer does not know (a street, a park), the dated days."""
    outlet: str | None = None
    """The outlet that published it (`outlets.outlet`)."""
    paragraphs: dict[int, str] = field(default_factory=dict)
    """A digest of each paragraph read or near enough to be read, by its index: what two articles of
    one outlet share is its page furniture."""
    ages: frozenset[str] = frozenset()
    """The ages the lead gives its people by ("24-year-old", of "a 24-year-old woman", "two
    24-year-olds"): who the victims and suspects are, before their names are released."""
    tolls: frozenset[tuple[float, float]] = frozenset()
    """The counts of dead the lead reports of its own event, each as the least and the most it can be
    ("three killed": (3, 3); "at least three": (3, inf))."""


def signals(extraction: Extraction, furniture: frozenset[int] = frozenset()) -> Signals:
    """The words of an article's title, dateline and lead, the people, places and organizations it names,
    the figures it reports, the days it names and its publication date. Each feature weighs (1 + ln count)
    × HALF_WEIGHT / (HALF_WEIGHT + position), position being the number of words before its first
    occurrence (times DICTIONARY_WEIGHT for a dictionary word). The paragraphs `furniture` lists are not
    read."""
    article = extraction.article
    published = article.date or stamped(article)
    words, starts = _lead(article, furniture)
    found = _Occurrences()
    names = _Names()
    tolls = set()
    for mention in extraction.mentions:
        if mention.paragraph in starts:
            feature = f"{mention.kind}:{mention.place_id or fold(mention.key)}"
            found.add(feature, starts[mention.paragraph] + mention.start // 6, _name_commonness(mention.text))
            names.add(feature, mention, _in_office(article.paragraphs[mention.paragraph].text, mention))
    for figure in extraction.figures:
        if figure.paragraph in starts:
            # A count of another event the article recalls ("half a million homeless" of a quake in China)
            # is as much a feature of what it reports, apart from its own.
            feature = f"figure:{figure.measure}={figure.value:g}" + (
                f"@{figure.event}" if figure.event else ""
            )
            found.add(feature, starts[figure.paragraph], _commonness(NUMBER_ZIPF))
            if figure.measure == TOLL and not figure.event and figure.part_of is None:
                tolls.add(_bounds(figure))
    for index, start in starts.items():
        text = article.paragraphs[index].text[:LEAD_CHARACTERS]
        for offset, day in named_days(text, published):
            found.add(day, start + offset // 6, _commonness(NUMBER_ZIPF))
        for offset, street, kind in numbered_streets(text):
            found.add(street, start + offset // 6, _commonness(NUMBER_ZIPF))
            names.add_street(street, kind)
    weights = _word_weights(words) | _weights(found.first, found.occurrences)
    own = outlet_words(article)
    if own:  # the outlet's own name: a word of it, or a name made of its words ("WJZ", "KSLA News")
        weights = {
            f: w
            for f, w in weights.items()
            if f not in own and not (f in names.last and names_outlet(f, own))
        }
    days = sorted((f for f in weights if f.startswith("day:")), key=lambda f: (-weights[f], f))
    source = outlet(article)
    return Signals(
        weights,
        found.commonness,
        {f: w for f, w in names.last.items() if f in weights},
        published,
        tuple(days),
        frozenset(t for t in names.towns if t in weights),
        frozenset(a for a in names.anchors if a in weights)
        | {d for d in days if len(d) == len("day:2015-09-29")},
        source,
        _digests(article, starts) if source else {},
        frozenset(age[1] for age in map(_AGE.fullmatch, weights) if age),
        frozenset(tolls),
    )


class _Occurrences:
    """Where in the lead each name, figure and day first occurs, and how often it does."""

    def __init__(self) -> None:
        self.first: dict[str, int] = {}
        self.occurrences: list[str] = []
        self.commonness: dict[str, float] = {}

    def add(self, feature: str, position: int, common: float) -> None:
        self.first[feature] = min(position, self.first.get(feature, position))
        self.occurrences.append(feature)
        self.commonness.setdefault(feature, common)


class _Names:
    """What the lead's names say: the last word of each, its towns, its anchors."""

    def __init__(self) -> None:
        self.last: dict[str, str] = {}
        self.towns: set[str] = set()
        self.anchors: set[str] = set()
        self.officials: set[str] = set()

    def add(self, feature: str, mention: Mention, office: bool = False) -> None:
        """Read one mention of `feature`; `office`: the text names an office with it."""
        words = _words(mention.text)
        self.last.setdefault(feature, (words or [""])[-1])
        area = feature.startswith("place:name:") and _area(words)
        if (
            mention.kind == "place"
            and not feature.startswith("place:iso:")
            and not (area and _region(mention.text))
        ):
            self.towns.add(feature)
            if feature.startswith("place:geonames:"):
                self.towns.update(words)
        if office or (mention.role and OFFICES & set(_words(mention.role))):
            self.officials.add(feature)
            self.anchors.discard(feature)
        elif feature.startswith(("person:", "place:name:")) and feature not in self.officials and not area:
            self.anchors.add(feature)

    def add_street(self, feature: str, kind: str) -> None:
        """Read a street the lead names by its number, whose name ends with `kind` ("avenue")."""
        self.last.setdefault(feature, kind)
        self.anchors.add(feature)


def _area(words: list[str]) -> bool:
    """A place name is an area's or a whole city's, not one incident's street or venue: a county, a part
    of a city or state ("West Springfield", "Central Florida"), or where a city's victims are taken and
    its cases heard ("University Medical Center", "the County Jail", "City Hall")."""
    return bool(words) and (words[0] in COMPASS or not AREAS.isdisjoint(words))


def _region(name: str) -> bool:
    """An area's name is larger than a town's: a county's or a region's, or a part of a state or a country
    ("Central Florida", "Southern California"), where many incidents happen on one day."""
    first, _, rest = name.partition(" ")
    words = _words(name)
    return not REGIONS.isdisjoint(words) or (
        first.casefold() in COMPASS and bool(rest) and bool(gazetteer().containers(rest))
    )


def _in_office(text: str, mention: Mention) -> bool:
    """The paragraph names a person with an office, just before the name or in an apposition after it
    ("police Sgt. Dana Reyes", "Sam Ortiz, a city police spokesman"): a spokesman, who speaks of
    story after story in one city."""
    if mention.kind != "person":
        return False
    before = text[max(0, mention.start - 30) : mention.start].split()[-2:]
    if before and re.fullmatch(r"[A-Z]\.", before[-1]):  # an initial: "Officer J. Estrada"
        before.pop()
    if before and before[-1].rstrip(".").casefold() in OFFICES:
        return True
    return text.startswith(",", mention.end) and bool(
        _OFFICE_AFTER.match(text, mention.end, mention.end + 80)
    )


def _bounds(figure: Figure) -> tuple[float, float]:
    """The least and the most a figure's count can be."""
    low = figure.value if figure.low is None else figure.low
    return low, math.inf if figure.high is None else figure.high


def stamped(article: Article) -> datetime.date | None:
    """The date a crawled page's time stamp gives ("Posted: Monday, April 15, 2013", "Updated: Feb 21,
    2016 - 6:52 PM"), among its first OPENING_PARAGRAPHS, for an article its front matter does not date."""
    for paragraph in article.paragraphs[:OPENING_PARAGRAPHS]:
        if paragraph.boilerplate == "a time stamp" or _STAMP.match(paragraph.text):
            for _, day in named_days(paragraph.text[:LEAD_CHARACTERS], None):
                if len(day) == len("day:2015-09-29"):
                    return datetime.date.fromisoformat(day[4:])
    return None


def famous(name: str) -> bool:
    """A name news prints every day ("Barack Obama"): each of its words is common in English text."""
    frequent = frequent_words()
    words = re.findall(r"[a-z]+", fold(name))
    return bool(words) and min(frequent.get(word, 0.0) for word in words) >= FAMOUS_ZIPF


def word_commonness(word: str) -> float | None:
    """The chance that an ordinary news article has `word`; None for an everyday word or a lone
    letter or digit, which is no feature at all. Remembered for the process."""
    if word in _KNOWN_WORDS:
        return _KNOWN_WORDS[word]
    if len(word) < 2:
        common = None
    elif word.isalpha():
        zipf = frequent_words().get(word, RARE_ZIPF)
        common = None if zipf >= EVERYDAY_ZIPF else _commonness(zipf)
    else:
        common = _commonness(NUMBER_ZIPF) if any(c.isdigit() for c in word) else _name_commonness(word)
    _KNOWN_WORDS[word] = common
    return common


def _lead(article: Article, furniture: frozenset[int] = frozenset()) -> tuple[list[str], dict[int, int]]:
    """The first LEAD_WORDS words of an article (dateline and title first), and the position of the first
    word of each paragraph read, by its index: from the paragraph its story starts at (`story_start`),
    past the `furniture` and boilerplate."""
    words = _words(f"{article.dateline or ''} {_headline(article)}")
    read: dict[int, list[str]] = {}
    starts = {}
    for paragraph in article.paragraphs[story_start(article, read) or 0 :]:
        if len(words) >= LEAD_WORDS:
            break
        if paragraph.prose and paragraph.index not in furniture:
            starts[paragraph.index] = len(words)
            words.extend(read.get(paragraph.index) or _words(paragraph.text[:LEAD_CHARACTERS]))
    return words[:LEAD_WORDS], starts


def story_start(article: Article, read: dict[int, list[str]] | None = None) -> int | None:
    """The paragraph an article's story starts at. A crawled page can open with a site's lines (a
    caption, "Please enable Javascript", other stories' teasers): the story starts at the first
    paragraph, among the first OPENING_PARAGRAPHS, that shares a word with its headline; at the first
    where it has none; and it is not there (None) when none of them shares one. The words of the
    paragraphs looked at are kept in `read`, by index."""
    title = {w for w in _words(_headline(article)) if len(w) > 2 and word_commonness(w)}
    if not title:
        return 0
    read = {} if read is None else read
    for paragraph in article.paragraphs[:OPENING_PARAGRAPHS]:
        if not paragraph.prose:
            continue
        read[paragraph.index] = _words(paragraph.text[:LEAD_CHARACTERS])
        if title.intersection(read[paragraph.index]):
            return paragraph.index
    return None


def _headline(article: Article) -> str:
    """The article's own title, if it is a headline: not made of its lead, nor a line of its page ("en",
    "NBC12", "By Dana Griffin"). A site's name after it stays: a local station's names its region."""
    if article.title_derived:
        return ""
    outlet = outlet_words(article)
    return article.title if is_headline(article.title, outlet) else ""


def _digests(article: Article, starts: dict[int, int]) -> dict[int, str]:
    """A digest of each paragraph read, and of those after them that furniture skipped could bring in
    (as many again), by index."""
    last = max(starts, default=-1)
    near = article.paragraphs[: 2 * last + 2] if starts else ()
    return {
        p.index: hashlib.blake2b(
            " ".join(p.text.casefold().split()).encode("utf-8", "surrogatepass"), digest_size=8
        ).hexdigest()
        for p in near
    }


def _word_weights(words: list[str]) -> dict[str, float]:
    """The weight of each word that is a feature."""
    first = dict(zip(reversed(words), range(len(words) - 1, -1, -1), strict=True))
    frequent = frequent_words()
    known = _KNOWN_WORDS
    return {
        word: weight * DICTIONARY_WEIGHT if word in frequent else weight
        for word, weight in _weights(first, words).items()
        if (known[word] if word in known else word_commonness(word)) is not None
    }


def _weights(first: dict[str, int], occurrences: list[str]) -> dict[str, float]:
    """(1 + ln count) × HALF_WEIGHT / (HALF_WEIGHT + first position) for each feature, given the
    position of its first occurrence and the list of its `occurrences`."""
    return {
        feature: HALF_WEIGHT / (HALF_WEIGHT + first[feature]) * (1 + math.log(count) if count > 1 else 1.0)
        for feature, count in collections.Counter(occurrences).items()
    }


def _words(text: str) -> list[str]:
    """The words of `text` in lower case without accents, without possessives ("Ukraine’s" → "ukraine")."""
    text = text.lower()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text)).replace("’", "'")
    return _WORD.findall(_POSSESSIVE.sub("", text))


@functools.lru_cache(maxsize=65536)
def _name_commonness(name: str) -> float:
    """A name is as common as its rarest word ("United States" is common, "Tara Reid" is not)."""
    frequent = frequent_words()
    zipfs = [frequent.get(word, RARE_ZIPF) for word in re.findall(r"[a-z]+", fold(name))]
    return _commonness(min(zipfs, default=RARE_ZIPF))


def _commonness(zipf: float) -> float:
    return min(1.0, ARTICLE_WORDS * 10 ** (zipf - 9))
