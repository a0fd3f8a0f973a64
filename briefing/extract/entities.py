"""People, places and organizations named in one article.

Names are capitalized spans. What kind a span is comes from cues around it: a title
("Interior Minister"), a role ("the city's mayor"), a speech verb ("said"), a given name,
an organization's head word ("Air Force"), or the gazetteer. A surname alone is the person
named in full elsewhere in the same article.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import gender_guesser.detector
from wordfreq import get_frequency_list, zipf_frequency

from ..model import Article, Kind, Mention
from ..spelling import spelling_key, stem_key
from . import lexicon
from .gazetteer import Place, fold, gazetteer
from .tables import shared
from .tokens import Token, tokenize

_CONNECTORS = frozenset({"of", "de", "da", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "del", "dos"})
_SPEECH_SKIP = frozenset({"had", "has", "have", "also", "then", "later", "earlier", "again", "once",
                          "would", "will"})
_AFTER_HEAD = frozenset({"of", "at", "for", "in", "and", "to", "with", "who", "since", "from", "on"})
_ROMAN = frozenset({"II", "III", "IV", "JR", "SR"})
_CLIENT_OR_PORTFOLIO_ROLES = frozenset({"lawyer", "attorney", "president", "minister", "secretary", "commissioner"})
_OPEN_QUOTE = re.compile(r"(?:``|[\"“‘])\s?$")
_CLOSE_QUOTE = re.compile(r"\s?(?:''|[\"”’])")
_COMMON = 3.6  # wordfreq Zipf frequency above which a word is a common English word
_EVERYDAY = 5.5  # ... and above which it is one of the commonest ("way", "new"), never a first name


def _given_names() -> gender_guesser.detector.Detector:
    return shared("given names", lambda: gender_guesser.detector.Detector(case_sensitive=False))


@functools.lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """A first name in the gender-guesser gazetteer (transliterated when not Latin)."""
    from unidecode import unidecode

    if len(word) < 2 or word.lower() in lexicon.TITLE_WORDS:
        return False  # "General", "Major" are in the list, but before a name they are titles
    return _given_names().get_gender(unidecode(word)) != "unknown"


def _frequent_words() -> dict[str, float]:
    """The Zipf frequency of each plain ASCII word at least as frequent as _COMMON, from
    wordfreq's own list: a table small enough to store, where wordfreq's takes a tenth of a second to load."""
    def build() -> dict[str, float]:
        frequent: dict[str, float] = {}
        for band, words in enumerate(get_frequency_list("en")):
            zipf = round(9 - band / 100, 2)  # the bands are centibels below a frequency of 1, as wordfreq rounds them
            if zipf < _COMMON:
                break
            frequent.update((word, zipf) for word in words if word.isascii() and word.isalpha())
        return frequent
    return shared("frequent words", build)


def _is_frequent(word: str, zipf: float) -> bool:
    """English uses `word` at least `zipf` (not below _COMMON) on wordfreq's Zipf scale. Words
    other than plain ASCII ones ("jean-pierre", "we're") are split by wordfreq's tokenizer: it decides."""
    lower = word.lower()
    if lower.isascii() and lower.isalpha():
        return _frequent_words().get(lower, 0.0) >= zipf
    return zipf_frequency(lower, "en") >= zipf


@functools.lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """A word English uses often enough that a capital may only mean a sentence starts."""
    return _is_frequent(word, _COMMON)


def organization_key(name: str) -> str:
    """One key for an organization however its acronym is dotted ("C.I.A." and "CIA")."""
    return fold(name).replace(".", "")


@dataclass
class _Span:
    """A run of capitalized words, and what was learned about it."""

    tokens: list[Token]
    first: int
    """Index of its first token in the paragraph's tokens."""
    role: list[Token] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)

    @property
    def last(self) -> int:
        return self.first + len(self.tokens)


@dataclass
class _Found:
    kind: Kind
    paragraph: int
    start: int
    end: int
    text: str
    key: str
    role: str | None = None
    place: Place | None = None


def _name_word(token: Token) -> bool:
    if not token.capitalized or any(c.isdigit() for c in token.text) or token.text in lexicon.NOT_NAMES:
        return False
    if token.text.isupper() and len(token.text) > 2 and token.text not in lexicon.ORGANIZATIONS \
            and token.lower not in lexicon.CORPORATE_SUFFIXES:
        return not is_common_word(token.text) or bool(gazetteer().lookup(token.text))
    return True


def _spans(text: str, tokens: list[Token]) -> list[_Span]:
    """Runs of name words separated by single spaces, joined by connectors like "of"."""
    spans: list[_Span] = []
    i = 0
    while i < len(tokens):
        if not _name_word(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            gap = text[tokens[j - 1].end:tokens[j].start]
            if (gap == ". " and len(tokens[j - 1].text) == 1 and j - 1 > i and _name_word(tokens[j])
                    and any(is_given_name(t.text) for t in tokens[i:j - 1])):
                j += 1  # a middle initial: "Michael R. Golden"
                continue
            if (gap == ". " and j - 1 == i and tokens[i].text.istitle() and tokens[i].lower in lexicon.ABBREVIATED_PREFIXES
                    and _name_word(tokens[j]) and not _is_frequent(tokens[j].text, _EVERYDAY) and not (i and tokens[i - 1].text[:1].isdigit())):
                j += 1  # "St. Louis", "Mt. Kilimanjaro", but not "52nd St. She said"
                continue
            if gap != " ":
                break
            if tokens[j].text in ("Jr", "Sr") and j - i >= 2:
                j += 1  # "William Clay Ford Jr."
                continue
            if _name_word(tokens[j]) and not tokens[j].initial:
                j += 1
                continue
            if (tokens[j].text in lexicon.MONTH_SURNAMES and is_given_name(tokens[j - 1].text)
                    and not _is_frequent(tokens[j - 1].text, _EVERYDAY)
                    and not (j + 1 < len(tokens) and tokens[j + 1].text[:1].isdigit())):
                j += 1  # "Theresa May said", but "in May 2018"
                continue
            if (tokens[j].text in _CONNECTORS and j + 1 < len(tokens) and _name_word(tokens[j + 1])
                    and text[tokens[j].end:tokens[j + 1].start] == " "):
                j += 2
                continue
            break
        spans.append(_Span(tokens[i:j], i))
        i = j
    return spans


def _split_place_compounds(text: str, tokens: list[Token]) -> list[Token]:
    """Split a hyphenated pair of names when one side is a known place ("Israel-Hamas",
    "San Jose-Cisco"), but keep places and given names written so ("Guinea-Bissau", "Jean-Pierre")."""
    result: list[Token] = []
    for token in tokens:
        parts = token.text.split("-")
        if len(parts) == 2 and all(part[:1].isupper() for part in parts) and not gazetteer().lookup(token.text):
            left, right = parts
            before = result[-1] if result and text[result[-1].end:token.start] == " " and result[-1].capitalized else None
            if _known_place(left) or _known_place(right) or (
                    before is not None and _known_place(f"{before.text} {left}")):
                cut = token.start + len(left)
                result += [Token(left, token.start, cut, token.initial), Token(right, cut + 1, token.end, False)]
                continue
        result.append(token)
    return result


def _known_place(name: str) -> bool:
    return not is_given_name(name) and any(q.major or q.population >= 100_000 for q in gazetteer().lookup(name))


class _Article:
    """The state of recognition within one article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.paragraphs = [_split_place_compounds(p.text, tokenize(p.text)) for p in article.paragraphs]
        self.proper = {t.text for tokens in self.paragraphs for t in tokens if t.capitalized and not t.initial}
        self.lower = {t.text for tokens in self.paragraphs for t in tokens if t.text.islower()}
        self.people: dict[str, str] = {}
        """spelling key of a full name → the full name as first written."""
        self.found: list[_Found] = []
        # Indexes of `people` and `found`, kept as they grow: an article can name thousands.
        self.by_word: dict[tuple[int, str], list[str]] = {}
        """(0 for the first word or -1 for the last, its spelling key) → the full names."""
        self.surname_keys: set[str] = set()
        self.place_ends: set[tuple[int, int]] = set()
        self.found_countries: set[str | None] = set()
        self.organization_ends: set[tuple[int, int]] = set()
        """(paragraph, end) of the organizations found, whose titles a name may continue."""
        self.things: set[str] = set()
        """Names the article also writes before a head word of a thing ("the Hang Seng index")."""

    # Cues ---------------------------------------------------------------------------------

    def text(self, p: int) -> str:
        return self.article.paragraphs[p].text

    def word_before(self, p: int, span: _Span, skip_comma: bool = False) -> Token | None:
        tokens = self.paragraphs[p]
        if span.first == 0:
            return None
        before = tokens[span.first - 1]
        gap = self.text(p)[before.end:span.tokens[0].start]
        if gap.strip() and not (skip_comma and gap.strip() == ","):
            return None
        return before

    def speaks(self, p: int, span: _Span) -> bool:
        """Followed by a speech verb ("Merkel said"), or preceded by one ("said Merkel")."""
        tokens, text = self.paragraphs[p], self.text(p)
        k = span.last
        while k < len(tokens) and (tokens[k].lower in _SPEECH_SKIP or tokens[k].lower.endswith("ly")) and k - span.last < 2:
            k += 1
        if k < len(tokens) and tokens[k].lower in lexicon.SPEECH and not re.search(r"[.!?;:\"“”]|''", text[span.tokens[-1].end:tokens[k].start]):
            return True
        before = self.word_before(p, span, skip_comma=True)
        if before is not None and before.lower in lexicon.SPEECH and before.lower not in ("called", "calls"):
            return True  # "said Merkel", but "a crossing called El Chaparral" names a thing
        return span.first >= 2 and tokens[span.first - 2].lower == "according" and tokens[span.first - 1].lower == "to"

    def role_before(self, p: int, span: _Span) -> str | None:
        """A lowercase role just before the name ("the city's mayor", "interior minister,")."""
        before = self.word_before(p, span, skip_comma=True)
        if before is None or before.lower not in lexicon.ROLES:
            return None
        tokens, text = self.paragraphs[p], self.text(p)
        k = span.first - 1
        if before.capitalized:
            # "the US Treasury Secretary, Henry Paulson": a title set off by a comma.
            if before.lower not in lexicon.HEAD_TITLES or "," not in text[before.end:span.tokens[0].start]:
                return None
            while k > 0 and span.first - k < 4 and tokens[k - 1].capitalized and text[tokens[k - 1].end:tokens[k].start] == " ":
                k -= 1
            return text[tokens[k].start:before.end]
        while k > 0 and span.first - k < 4 and tokens[k - 1].text.islower() and text[tokens[k - 1].end:tokens[k].start] == " ":
            if tokens[k - 1].lower in ("the", "a", "an", "and", "to", "of", "by", "with", "that", "as"):
                break
            k -= 1
        return text[tokens[k].start:before.end]

    def role_after(self, p: int, span: _Span) -> str | None:
        """A role in apposition ("Louis Gallois, the Airbus chief executive,")."""
        tokens, text = self.paragraphs[p], self.text(p)
        k = span.last
        if k >= len(tokens) or text[span.tokens[-1].end:tokens[k].start] != ", ":
            return None
        article = tokens[k].lower in ("the", "a", "an", "its", "their", "his", "her", "formerly", "now")
        k += article
        for m in range(k, min(k + 5, len(tokens))):
            if m > k and re.search(r"[,;:.!?()\"“”]", text[tokens[m - 1].end:tokens[m].start]):
                return None
            if tokens[m].lower not in lexicon.ROLES:
                continue
            title = (article and tokens[m].lower in lexicon.HEAD_TITLES and all(t.capitalized for t in tokens[k:m])
                     and (m + 1 == len(tokens) or not tokens[m + 1].capitalized))  # "the US Treasury Secretary"
            # The role is the phrase's head: "the airline's chief executive," not "executive action".
            head = m + 1 == len(tokens) or tokens[m + 1].lower in _AFTER_HEAD \
                or bool(re.search(r"[,;:.!?()\"“”]", text[tokens[m].end:tokens[m + 1].start]))
            if (not tokens[m].capitalized or title) and head:
                return text[tokens[k].start:tokens[m].end]
        return None

    def place_cue(self, p: int, span: _Span) -> bool:
        """A preposition before ("in Mobile") or a larger place after ("Mobile, Alabama")."""
        before = self.word_before(p, span)
        if before is not None and before.lower in lexicon.PLACE_PREPOSITIONS:
            return True
        tokens, text = self.paragraphs[p], self.text(p)
        if span.first > 0 and text[tokens[span.first - 1].end:span.tokens[0].start] == ", " and (
                p, tokens[span.first - 1].end) in self.place_ends:
            return True  # the state after its city: "Mobile, Alabama"
        if span.last < len(tokens) and text[span.tokens[-1].end:tokens[span.last].start] == ", ":
            return any(q.kind in ("country", "subdivision") for q in gazetteer().lookup(tokens[span.last].text))
        return False

    # Recognition --------------------------------------------------------------------------

    def strip_title(self, p: int, span: _Span) -> None:
        """Move leading titles ("US President", "Secretary of State") from the name to its role."""
        tokens = span.tokens
        k, titled = 0, 0
        # "Commissioner for Competition Neelie Kroes", "... for Acquisition Darleen Druyun": the
        # span starts inside a title.
        continued = (tokens[0].lower in lexicon.TITLE_OBJECTS or (
            len(tokens) == 3 and is_common_word(tokens[0].text) and is_given_name(tokens[1].text))) \
            and self.continues_title(p, span)
        while k < len(tokens) - 1:
            word = tokens[k].lower.rstrip(".")
            if k == 0 and continued:
                k = titled = 1
            elif word in lexicon.TITLE_WORDS or tokens[k].lower in lexicon.TITLE_WORDS:
                k += 1
                titled = k
            elif word in lexicon.TITLE_JOINERS and titled and tokens[k + 1].lower in lexicon.TITLE_OBJECTS:
                k += 2
                titled = k
            elif k == 0 and self.country_prefix(tokens[k]):
                k += 1
            else:
                break
        words = [tokens[i].lower.rstrip(".") for i in range(titled)]
        if (continued and titled) or any(w in lexicon.TITLE_WORDS and w not in lexicon.TITLE_MODIFIERS for w in words):
            span.role = tokens[:titled]
            span.tokens = tokens[titled:]
            span.first += titled

    def continues_title(self, p: int, span: _Span) -> bool:
        """Follows "of" or "for" after a title or an employer ("Commissioner for", "Air Force for")."""
        before = self.word_before(p, span)
        if before is None or before.lower not in ("of", "for") or span.first < 2:
            return False
        title = self.paragraphs[p][span.first - 2]
        return title.lower.rstrip(".") in lexicon.TITLE_WORDS or (p, title.end) in self.organization_ends

    def thing(self, p: int, span: _Span) -> bool:
        """A name of an event, product, plan or index ("Paris Air Show", "Mac OS X", a plan called
        "Way Forward" in quotation marks, "the Hang Seng" of "the Hang Seng index"), not a person."""
        tokens, text = self.paragraphs[p], self.text(p)
        if span.text in self.things:
            return True
        if span.tokens[-1].lower in lexicon.THING_HEADS or span.tokens[-1].lower in lexicon.FACILITY_HEADS:
            return True
        if any(t.text.isupper() and len(t.text) > 1 and t.text not in _ROMAN for t in span.tokens[1:]):
            return True  # a person's name has no acronym after its first word
        if (span.last < len(tokens) and tokens[span.last].lower in lexicon.THING_HEADS
                and text[span.tokens[-1].end:tokens[span.last].start] == " "):
            return True
        # Quotation marks around a name made of everyday words title a plan or a work.
        return (_is_frequent(span.tokens[0].text, _EVERYDAY) and bool(_OPEN_QUOTE.search(text, 0, span.tokens[0].start))
                and bool(_CLOSE_QUOTE.match(text, span.tokens[-1].end)))

    @staticmethod
    def given_name_first(span: _Span) -> bool:
        """Starts with a first name that is not also a well-known place ("Paris Air Show")."""
        first = span.tokens[0]
        if first.lower in lexicon.PLACE_PREFIXES or first.lower in lexicon.NOT_FIRST_NAMES:
            return False
        return is_given_name(first.text) and not any(q.major for q in gazetteer().lookup(first.text))

    @staticmethod
    def inner_title(span: _Span) -> int:
        """Where a title run starts inside a span, after an employer's name ("Apple CEO Steve
        Jobs" → 1, "Palmer Public Safety Director Jon Owen" → 3); 0 when there is none."""
        tokens = span.tokens
        for i in range(1, len(tokens) - 1):
            if tokens[i].lower.rstrip(".") not in lexicon.TITLE_WORDS:
                continue
            if i == 1 and _Article.country_prefix(tokens[0]):
                return 0  # "Australian Prime Minister John Howard": the whole is one title
            j = i
            while j < len(tokens) and tokens[j].lower.rstrip(".") in lexicon.TITLE_WORDS:
                j += 1
            # An employer that starts with a first name ("Morgan Stanley") needs a full name after.
            named = not is_given_name(tokens[0].text) or (len(tokens) - j >= 2 and is_given_name(tokens[j].text))
            if (j < len(tokens) and tokens[j - 1].lower.rstrip(".") in lexicon.HEAD_TITLES and named
                    and tokens[0].lower.rstrip(".") not in lexicon.TITLE_WORDS and tokens[j].lower not in _CONNECTORS):
                return i
            return 0
        return 0

    @staticmethod
    def country_prefix(token: Token) -> bool:
        return any(q.kind == "country" for q in gazetteer().lookup(token.text)) or token.text.endswith(lexicon.DEMONYM_ENDINGS)

    def drop_sentence_start(self, span: _Span) -> None:
        """A capital that only starts a sentence ("Following the attacks") is not a name."""
        while span.tokens:
            head = span.tokens[0]
            if head.lower in ("the", "a", "an") and not any(q.name.startswith(head.text) for q in gazetteer().lookup(span.text)):
                span.tokens = span.tokens[1:]
                span.first += 1
                continue
            if not head.initial or head.text in self.proper:
                return
            if len(span.tokens) > 1 and (head.lower.rstrip(".") in lexicon.TITLE_WORDS or (
                    is_given_name(head.text) and head.lower not in self.lower
                    and span.tokens[1].lower not in self.lower)):
                return  # "Senator John McCain", "Mark Papermaster" begin a sentence with a name
            if head.text not in lexicon.ORGANIZATIONS and not (
                (is_common_word(head.text) or head.lower in self.lower or head.lower in ("the", "a", "an"))
                and not any(q.major for q in gazetteer().lookup(head.text))
            ):
                return
            span.tokens = span.tokens[1:]
            span.first += 1

    def organization(self, span: _Span, p: int | None = None) -> bool:
        """An organization by its head word ("Defense Ministry"), its fame ("NATO"), or a noun
        before it that says what it is ("engine maker Europrop", "Los Angeles based Northrop")."""
        words = span.tokens
        if span.text in lexicon.ORGANIZATIONS:
            return True
        if p is not None:
            before = self.word_before(p, span)
            if before is not None and before.lower in lexicon.ORG_NOUNS and not before.capitalized:
                return True
            tokens = self.paragraphs[p]
            if (before is not None and before.lower in ("in", "of") and span.first >= 2
                    and tokens[span.first - 2].lower in ("shares", "stake", "stakes", "shareholders", "shareholding")
                    and not gazetteer().lookup(span.text)):
                return True  # "shares in Biogen", "a stake in Manchester United", but "shares in London"
            if (before is not None and span.first >= 2 and self.employer_cue(tokens[span.first - 2], before, span)
                    and not any(t.lower == "best" for t in tokens[max(0, span.first - 5):span.first - 2])
                    and not is_given_name(words[0].text) and not gazetteer().lookup(span.text)
                    and self.person_key(span.text) is None):
                # The employer after a role: "an analyst at Jefferies", "a strategist for Miller Tabak";
                # but not an award's winner ("best actor for Cheadle") or a person named before.
                return True
            if (span.last < len(tokens) and tokens[span.last].lower in lexicon.OUTLET_NOUNS
                    and self.text(p)[words[-1].end:tokens[span.last].start] == " "):
                return True  # "the Munhwa Ilbo newspaper"
        if len(words) > 1 and words[-1].lower.rstrip(".").split("-")[-1] in lexicon.ORG_HEADS:
            return True  # "Defense Ministry", "San Diego Union-Tribune"
        if len(words) > 1 and words[0].text in lexicon.ORGANIZATIONS and not is_given_name(words[0].text):
            return True  # "Apple Computer", "BBC Two"
        if len(words) > 1 and self.named_for_country(span):
            return True  # "Air India", "Telecom Egypt"
        if len(words) > 1 and self.team(span):
            return True
        if any(a.lower in lexicon.ORG_HEADS and b.lower == "of" for a, b in zip(words, words[1:])):
            return True  # "Bank of England", "Royal Courts of Justice"
        return (len(words) == 1 and words[0].text.isupper() and 2 <= len(words[0].text) <= 6
                and not gazetteer().lookup(words[0].text) and not is_common_word(words[0].text))

    @staticmethod
    def employer_cue(role: Token, preposition: Token, span: _Span) -> bool:
        """A role, then "at" or "for", before a name: "analyst at X" names a firm whatever X looks like;
        "for" also serves clients and portfolios ("a lawyer for Smith", "minister for Trade"), so it
        needs a name that cannot be a surname (two words or an acronym) and a role that is not one of those."""
        if role.lower not in lexicon.ROLES or role.capitalized:
            return False
        if preposition.lower == "at":
            return True
        return (preposition.lower == "for" and role.lower not in _CLIENT_OR_PORTFOLIO_ROLES
                and (len(span.tokens) > 1 or span.tokens[0].text.isupper()))

    def plural_noun(self, token: Token) -> bool:
        """A plural the article also writes in lowercase ("Memos" and "memos")."""
        return token.text.endswith("s") and token.lower in self.lower and not is_given_name(token.text)

    def after_the(self, p: int, span: _Span) -> bool:
        """After "the", a name is a team, a firm or a work ("the Red Sox", "the Betty Ford clinic"),
        unless it qualifies a noun of a person's ("the Barack Obama administration")."""
        before = self.word_before(p, span)
        if before is None or before.lower != "the":
            return False
        tokens = self.paragraphs[p]
        return (not any(t.lower in _CONNECTORS for t in span.tokens)
                and (span.last >= len(tokens) or tokens[span.last].lower not in lexicon.NAME_MODIFIED))

    @staticmethod
    def everyday_phrase(span: _Span) -> bool:
        """Everyday English words and no first name ("Human Rights Watch", "Government Oversight")."""
        return all((is_common_word(t.text) or (t.lower.endswith("s") and is_common_word(t.text[:-1])))
                   and not is_given_name(t.text) for t in span.tokens)

    def named_for_country(self, span: _Span) -> bool:
        """Ends with a country's name, which no surname is ("Air India"; "Michael Jordan" is a
        first name and a surname), or with a state's of the article's countries after no first
        name ("Alcohol Focus Scotland"), but is no place itself."""
        last, first = span.tokens[-1], span.tokens[0]
        places = gazetteer().lookup(last.text)
        if not places or any(t.lower in _CONNECTORS for t in span.tokens) or gazetteer().lookup(span.text):
            return False  # "Gulf Coast of Alabama" is a place's part
        if self.country_prefix(first) or first.lower in lexicon.COMPASS or last.lower in lexicon.FACILITY_HEADS:
            return False
        if any(q.kind == "country" for q in places):
            return not (is_given_name(first.text) and is_given_name(last.text))
        countries = self.countries()
        return not is_given_name(first.text) and any(q.kind == "subdivision" and q.country in countries for q in places)

    @staticmethod
    def team(span: _Span) -> bool:
        """A place's name, then a plural: a sports team ("Seattle Seahawks", "New Orleans Saints")."""
        last = span.tokens[-1].text
        if not (last.endswith("s") and last[:-1].isalpha()) or gazetteer().lookup(span.text):
            return False
        for k in range(len(span.tokens) - 1, 0, -1):
            where = " ".join(t.text for t in span.tokens[:k])
            if any(q.kind in ("city", "subdivision", "country") for q in gazetteer().lookup(where)):
                return k > 1 or not is_given_name(where)
        return False

    def best_place(self, p: int, span: _Span) -> Place | None:
        """The place a span names, or None where the name is a trap (a common word, a first name)."""
        places = gazetteer().lookup(span.text)
        if span.tokens[0].lower in ("st", "saint"):
            # Saints name towns, but also parishes of far-off islands ("St James") and, with a
            # possessive, churches, grounds and palaces ("St Mary's", "St George's Chapel").
            possessive = self.text(p)[span.tokens[-1].end:span.tokens[-1].end + 1] in ("'", "’")
            parish = len(span.tokens) == 2 and is_given_name(span.tokens[1].text)
            places = [q for q in places if not (parish and q.kind == "subdivision" and q.country not in self.countries())
                      and not (possessive and q.kind == "city" and q.population < 100_000)]
        if not places:
            return None
        single = len(span.tokens) == 1
        if single:
            word = span.tokens[0]
            cue = self.place_cue(p, span)
            if spelling_key(word.text) in self.surnames():
                return None
            # States and provinces ("Alabama") are known by name, unless it is an everyday word.
            if not any(q.major or (q.kind == "subdivision" and q.country in self.countries()
                                        and word.lower not in self.lower
                                        and not (word.initial and is_common_word(word.text))) for q in places):
                if not cue and (word.initial or is_common_word(word.text) or places[0].population < 100_000):
                    return None
            if is_given_name(word.text) and not cue and not any(q.kind in ("country", "region", "continent") for q in places):
                return None
            if word.initial and word.lower in self.lower and not cue:
                return None
        countries = self.countries()
        # A state of a large country ("Florida") is better known than a town abroad of that name.
        states = {q.country for q in places if q.kind == "subdivision" and gazetteer().is_large_country(q.country)}
        return max(places, key=lambda q: (q.kind in ("country", "region", "continent"), q.country in countries,
                                          q.major or q.kind != "city" or not states - {q.country},
                                          q.population, q.country in states))

    def countries(self) -> set[str | None]:
        """Countries of the places found so far: the article's setting."""
        return self.found_countries

    def surnames(self) -> set[str]:
        """First and last words of the people named so far: "Kim" of Kim Jong-un is no place."""
        return self.surname_keys

    def person_key(self, name: str) -> str | None:
        """The full name a name refers to in this article, when one is known."""
        key = spelling_key(name)
        if key in self.people:
            return self.people[key]
        if " " in name:
            return None
        by_last = self.by_word.get((-1, key), [])
        if len(by_last) == 1:
            return by_last[0]
        by_first = self.by_word.get((0, key), [])
        if len(by_first) == 1 and not by_last:
            return by_first[0]
        return None

    def add(self, kind: Kind, p: int, tokens: list[Token], key: str, role: str | None = None,
            place: Place | None = None) -> None:
        start, end = tokens[0].start, tokens[-1].end
        if kind == "organization":
            self.organization_ends.add((p, end))
        self.found.append(_Found(kind, p, start, end, self.text(p)[start:end], key, role, place))
        if kind == "place":
            self.place_ends.add((p, end))
        if place:
            self.found_countries.add(place.country)

    def know_person(self, name: str) -> None:
        """Remember a full name, so that a surname alone can be read as it."""
        key = spelling_key(name)
        if key not in self.people:
            self.people[key] = name
            for at in (0, -1):
                self.by_word.setdefault((at, spelling_key(name.split()[at])), []).append(name)
            self.surname_keys.update(spelling_key(word) for word in (name.split()[0], name.split()[-1]))

    def person(self, p: int, span: _Span, role: str | None) -> None:
        name = span.text
        key = self.person_key(name)
        if key is None:
            key = name
            self.know_person(name)
        self.add("person", p, span.tokens, key, role)

    def classify(self, p: int, span: _Span, final: bool) -> None:
        """Decide what a span names. In the first pass (final=False) only sure people are kept."""
        self.drop_sentence_start(span)
        if not span.tokens:
            return
        if all(t.lower in lexicon.COMPASS or gazetteer().is_demonym(t.text) for t in span.tokens[:-1]) \
                and gazetteer().is_demonym(span.tokens[-1].text):
            return  # "Korean", "South Korean", "Christian North Koreans": adjectives
        if self.text(p).startswith("$", span.tokens[-1].end):
            return  # "US$40 million", "HK$": a currency, not the place
        if all(t.lower.rstrip(".") in lexicon.TITLE_WORDS for t in span.tokens):
            return  # a title alone ("Chief Executive Officer") names nobody
        if len(span.tokens) >= 2 and self.plural_noun(span.tokens[-1]) and (
                len(span.tokens) >= 3 and self.given_name_first(span)
                or self.person_key(" ".join(t.text for t in span.tokens[:-1]))):
            span.tokens = span.tokens[:-1]  # "James Comey Memos just out": a noun written with a capital
        if all(t.lower in lexicon.CORPORATE_SUFFIXES for t in span.tokens):
            return  # "Smith for Senate, Inc."
        if len(span.tokens) > 1 and span.tokens[-1].lower.removesuffix("s") in lexicon.HEAD_TITLES:
            # Nor does one after its employer ("the US Treasury Secretary", "U.S. Senators"), but
            # the employer may be a place ("South Carolina Sen.").
            k = len(span.tokens)
            while k > 0 and span.tokens[k - 1].lower.removesuffix("s") in lexicon.TITLE_WORDS | lexicon.HEAD_TITLES:
                k -= 1
            if final and k:
                self.place(p, _Span(span.tokens[:k], span.first))
            return
        inner = self.inner_title(span)
        if inner:
            # "Aer Lingus Chief Executive Dermot Mannion": the employer, then the person.
            employer = _Span(span.tokens[:inner], span.first)
            if final and not self.place(p, employer):
                self.add("organization", p, employer.tokens, organization_key(employer.text))
            span.tokens, span.first = span.tokens[inner:], span.first + inner
        suffix = next((i for i, t in enumerate(span.tokens[:-1]) if (
            t.lower.rstrip(".") in lexicon.CORPORATE_SUFFIXES
            or (t.lower in lexicon.ORG_HEADS and i > 0 and len(span.tokens) - i in (3, 4)
                and span.tokens[-1].lower not in lexicon.FACILITY_HEADS)) and is_given_name(span.tokens[i + 1].text)), None)
        if suffix is not None:
            # "Chrysler LLC Jim Press", "Fort Pitt Capital Group Charlie Smith": a company, then the person.
            self.classify(p, _Span(span.tokens[:suffix + 1], span.first), final)
            span.tokens, span.first = span.tokens[suffix + 1:], span.first + suffix + 1
            if len(span.tokens) > 1:
                if final:
                    self.person(p, span, self.role_after(p, span))
                else:
                    self.know_person(span.text)
                return
        whole, first = list(span.tokens), span.first
        self.strip_title(p, span)
        if all(t.lower.rstrip(".") in lexicon.TITLE_WORDS for t in span.tokens):
            return  # "Civilian Deputy Undersecretary": titles all through
        if span.tokens and self.person_of_place(p, span):
            # The person, then where they are from or work, which is no person.
            cut = len(whole) - len(span.text.rpartition(" of ")[2].split())
            self.classify(p, _Span(whole[:cut - 1], first), final)
            where = _Span(whole[cut:], first + cut)
            if final and not self.place(p, where):
                self.add("organization", p, where.tokens, organization_key(where.text))
            return
        if not span.tokens:
            return
        if span.role and span.tokens[0].lower not in ("of", "at", "for") and self.organization(_Span(whole, 0)):
            span.tokens, span.first, span.role = whole, span.first - len(span.role), []  # "General Motors"
        if span.role and span.tokens[0].lower in ("of", "at", "for"):
            # "Vice Chairman of Chrysler": the title's object is a place or an employer, not a person.
            employer = _Span(span.tokens[1:], span.first + 1)
            if final and not self.place(p, employer):
                self.add("organization", p, employer.tokens, organization_key(employer.text))
            return
        titled = bool(span.role)
        role = " ".join(t.text for t in span.role) or self.role_before(p, span) or self.role_after(p, span)
        if titled:
            prefix = span.role[0]
            if final and self.country_prefix(prefix) and gazetteer().lookup(prefix.text):
                self.place(p, _Span([prefix], 0))
            if len(span.tokens) == 1 and self.best_place(p, span) and not final:
                return
        if not span.tokens:
            # A title with no name after it ("the Chancellor") names nobody.
            return
        if titled and len(span.tokens) == 1 and span.tokens[0].lower in self.lower and is_common_word(span.tokens[0].text):
            return  # "the General Election": a title word before a noun
        text = span.text
        if not final:
            if titled or (len(span.tokens) > 1 and (self.given_name_first(span) or role or self.speaks(p, span))
                          and not self.organization(span, p) and not self.thing(p, span) and not gazetteer().lookup(text)
                          and not self.everyday_phrase(span) and not self.after_the(p, span)):
                if len(span.tokens) > 1 or titled:
                    self.know_person(text)
            return
        if titled:
            self.person(p, span, role)
            return
        named_person = (len(span.tokens) == 2 and self.given_name_first(span)
                        and bool(role or self.speaks(p, span)))  # "said Jim Press, the Vice Chairman"
        if self.organization(span, p) and not named_person:
            self.add("organization", p, span.tokens, organization_key(text))
            return
        head = self.place_head(p, span)
        if head is not None:
            self.add("place", p, span.tokens + [head], "name:" + stem_key(text))
            return
        if len(span.tokens) > 1 and (span.tokens[-1].lower in lexicon.FACILITY_HEADS or (
                span.tokens[0].lower in lexicon.PLACE_PREFIXES and not gazetteer().lookup(text))):
            self.add("place", p, span.tokens, "name:" + stem_key(text))  # "Harrison County", "River Tyne"
            return
        if self.person_key(text):
            self.person(p, span, role)
            return
        if self.place(p, span):
            return
        if len(span.tokens) > 1:
            if self.thing(p, span):
                return
            if self.after_the(p, span):
                self.add("organization", p, span.tokens, organization_key(text))  # "the Red Sox"
                return
            if self.everyday_phrase(span) and " of " not in text:
                if self.speaks(p, span):
                    self.add("organization", p, span.tokens, organization_key(text))  # "Human Rights Watch said"
                return
            if self.given_name_first(span) or role or self.speaks(p, span):
                self.person(p, span, role)
            elif " of " in text:
                self.classify_parts(p, span, final)
            return
        # A lone word said something: people are introduced by full name, so without one
        # in the article a lone speaker is more often a company ("Cisco states that").
        if role and (not is_common_word(text) or text in self.proper):
            self.person(p, span, role)

    def classify_parts(self, p: int, span: _Span, final: bool) -> None:
        """Classify the names joined by "of" one by one ("Shinzo Abe of Japan")."""
        for part in span.text.split(" of "):
            words = part.split()
            k = next(i for i, t in enumerate(span.tokens) if t.text == words[0])
            self.classify(p, _Span(span.tokens[k:k + len(words)], span.first + k), final)

    def person_of_place(self, p: int, span: _Span) -> bool:
        """A person's name, "of", and where they are from or work ("Moon Jae-in of South Korea",
        "Joyce LaRue of Jackson", "Mike Powell of Dresdner Kleinwort Wasserstein")."""
        if not any(t.text == "of" for t in span.tokens[2:-1]):
            return False
        name, _, where = span.text.rpartition(" of ")
        if " " not in name:
            return False
        if self.given_name_first(span) and not self.thing(p, _Span(span.tokens[:len(name.split())], span.first)):
            return True
        return self.person_key(name) is not None and any(
            q.kind in ("country", "region", "continent", "subdivision") for q in gazetteer().lookup(where))

    def place(self, p: int, span: _Span) -> bool:
        place = self.best_place(p, span)
        if place is None:
            return False
        self.add("place", p, span.tokens, place.id, place=place)
        return True

    def place_head(self, p: int, span: _Span) -> Token | None:
        """The "district" of "Mitte district", which makes the name a place below city level."""
        tokens = self.paragraphs[p]
        if span.last < len(tokens):
            after = tokens[span.last]
            if (after.lower in lexicon.PLACE_HEADS and self.text(p)[span.tokens[-1].end:after.start] == " "
                    and not gazetteer().is_demonym(span.tokens[-1].text)):
                if not any(q.kind in ("country", "city") for q in gazetteer().lookup(span.text)):
                    return after
        return None

    def run(self) -> list[Mention]:
        spans = [(p, span.first, span.last) for p, tokens in enumerate(self.paragraphs)
                 for span in _spans(self.text(p), tokens)]
        for p, first, last in spans:
            tokens = self.paragraphs[p]
            if last - first > 1 and tokens[last - 1].lower in lexicon.THING_HEADS:
                self.things.add(" ".join(t.text for t in tokens[first:last - 1]))
            elif last < len(tokens) and tokens[last].lower in lexicon.THING_HEADS:
                self.things.add(" ".join(t.text for t in tokens[first:last]))
        for final in (False, True):
            for p, first, last in spans:
                # classify() edits its span, so each pass gets a fresh one.
                self.classify(p, _Span(self.paragraphs[p][first:last], first), final)
        mentions = []
        for f in self.found:
            key = f.key
            if f.kind == "person":
                key = self.person_key(f.key) or f.key
            mentions.append(Mention(f.kind, f.text, f.paragraph, f.start, f.end, key, f.role,
                                    f.place.id if f.place else None))
        unique = {(m.paragraph, m.start): m for m in mentions}
        return sorted(unique.values(), key=lambda m: (m.paragraph, m.start))


def find_entities(article: Article) -> list[Mention]:
    """Every person, place and organization mention in `article`, in reading order."""
    return _Article(article).run()
