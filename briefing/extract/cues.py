"""Cues a span gives by itself and by the words around it in its paragraph, with no knowledge of the
rest of the article: a speech verb, a role, a title, a first name, an everyday phrase."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .gazetteer import gazetteer
from .quotes import signature
from .spans import CONNECTORS, Span, TokenizedParagraph
from .tokens import Token
from .words import is_common_word, is_everyday_word, is_given_name

_SPEECH_SKIP = frozenset(
    {"had", "has", "have", "also", "then", "later", "earlier", "again", "once", "would", "will"}
)
"""Words between a name and its speech verb ("Merkel had said")."""
_NAMING_VERBS = frozenset({"called", "calls"})
"""Speech verbs that, before a name, name a thing ("a crossing called El Chaparral")."""
_AFTER_HEAD = frozenset({"of", "at", "for", "in", "and", "to", "with", "who", "since", "from", "on"})
"""Words after a role's noun that show it heads its phrase ("chief executive of", "mayor since")."""
_BEFORE_ROLE = frozenset({"the", "a", "an", "and", "to", "of", "by", "with", "that", "as", "old"})
"""Words that end the phrase of a role before a name ("the city's mayor", "20-year-old politics student")."""
_APPOSITION_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "formerly", "now"})
"""Words that may open a role in apposition (", the Airbus chief executive,")."""
_CLIENT_OR_PORTFOLIO_ROLES = frozenset(
    {"lawyer", "attorney", "president", "minister", "secretary", "commissioner"}
)
"""Roles whose "for" names a client or a portfolio, not an employer ("a lawyer for Smith")."""
_ROLE_REACH = 4
"""Words a role before a name may run to, its noun included ("the airline's former chief")."""
_APPOSITION_REACH = 5
"""Words after a name's comma in which its role in apposition is looked for."""
_BREAK = re.compile(r"[,;:.!?()\"“”]")
_SPEECH_BREAK = re.compile(r"[.!?;:\"“”]|''")
_OPEN_QUOTE = re.compile(r"(?:``|[\"“‘])\s?$")
_CLOSE_QUOTE = re.compile(r"\s?(?:''|[\"”’])")
_OPENS_QUOTATION = re.compile(r"(?:^|[\s(])(?:“|\"|``)\s?$")
"""An opening quotation mark just before a word (a straight one after a space, not after a stop)."""
_MODEL_NUMBER = re.compile(r"[A-Za-z]{0,3}\d[\w./-]*")
"""A model number, an edition or an index's size: "737-800", "A320", "i5", "2012", "100"."""
_MODEL_NAME = re.compile(r"[A-Za-z]+-?\d[\w-]*|\d+[A-Z]")
"""A model's number with letters: "A350", "MiG-29", "4G"; not "19th", "1980s" or "3bn"."""
_PRODUCT_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "new"})
"""Words before a maker's name that show its product follows ("the Chrysler Aspen", "its Mercedes Smart")."""
_SCORE = re.compile(r"\d{1,2}-\d{1,2}")
"""A game's score ("3-1"), which follows a team's name."""


def word_before(span: Span, skip_comma: bool = False) -> Token | None:
    """The word just before the span, when nothing but space (or, with `skip_comma`, a comma) stands
    between."""
    if span.first == 0:
        return None
    before = span.paragraph.tokens[span.first - 1]
    gap = span.paragraph.text[before.end : span.tokens[0].start]
    if gap.strip() and not (skip_comma and gap.strip() == ","):
        return None
    return before


def only_titles(tokens: tuple[Token, ...]) -> bool:
    """Title words all through ("Chief Executive Officer"), or no words at all."""
    titles = lexicon.TITLE_WORDS
    for t in tokens:  # a loop, not all(): asked of every span
        if t.lower.rstrip(".") not in titles and t.lower.replace(".", "") not in titles:
            return False  # "C.E.O." is a CEO
    return True


def speaks(span: Span) -> bool:
    """Followed by a speech verb ("Merkel said"), or preceded by one ("said Merkel")."""
    tokens, text = span.paragraph.tokens, span.paragraph.text
    k = span.last
    while (
        k < len(tokens)
        and (tokens[k].lower in _SPEECH_SKIP or tokens[k].lower.endswith("ly"))
        and k - span.last < 2
    ):
        k += 1
    if (
        k < len(tokens)
        and tokens[k].lower in lexicon.SPEECH
        and not _SPEECH_BREAK.search(text[span.tokens[-1].end : tokens[k].start])
    ):
        return True
    before = word_before(span, skip_comma=True)
    if before is not None and before.lower in lexicon.SPEECH and before.lower not in _NAMING_VERBS:
        return True
    return (
        span.first >= 2
        and tokens[span.first - 2].lower == "according"
        and tokens[span.first - 1].lower == "to"
    )


def role_of(span: Span) -> str | None:
    """The span's role: the title taken off its front, or a role written just before or after it."""
    return " ".join(t.text for t in span.role) or role_before(span) or role_after(span)


def role_before(span: Span) -> str | None:
    """A lowercase role just before the name ("the city's mayor", "interior minister,")."""
    before = word_before(span, skip_comma=True)
    if before is None or before.lower not in lexicon.ROLES or _relative_clause_after(span):
        return None
    tokens, text = span.paragraph.tokens, span.paragraph.text
    k = span.first - 1
    if before.capitalized:
        # "the US Treasury Secretary, Henry Paulson": a title set off by a comma.
        if before.lower not in lexicon.HEAD_TITLES or "," not in text[before.end : span.tokens[0].start]:
            return None
        while (
            k > 0
            and span.first - k < _ROLE_REACH
            and tokens[k - 1].capitalized
            and text[tokens[k - 1].end : tokens[k].start] == " "
        ):
            k -= 1
        return text[tokens[k].start : before.end]
    while (
        k > 0
        and span.first - k < _ROLE_REACH
        and tokens[k - 1].text.islower()
        and text[tokens[k - 1].end : tokens[k].start] == " "
    ):
        if tokens[k - 1].lower in _BEFORE_ROLE or tokens[k - 1].lower in lexicon.SPEECH:
            break  # "said disaster agency official Fauzi": the role starts after the verb
        k -= 1
    return text[tokens[k].start : before.end]


def _relative_clause_after(span: Span) -> bool:
    """The name is the subject of a clause that ends with a verb of what is done to a person, whose
    object is the role before it ("the court reporter Nichols murdered."): the role is another person's."""
    tokens, text = span.paragraph.tokens, span.paragraph.text
    k = span.last
    if k >= len(tokens) or text[span.tokens[-1].end : tokens[k].start] != " ":
        return False
    verb = tokens[k]
    return verb.lower in lexicon.DONE_TO_PEOPLE and (
        k + 1 == len(tokens) or bool(_BREAK.match(text, verb.end))
    )


def role_after(span: Span) -> str | None:
    """A role in apposition ("Louis Gallois, the Airbus chief executive,")."""
    tokens, text = span.paragraph.tokens, span.paragraph.text
    k = span.last
    if k >= len(tokens) or text[span.tokens[-1].end : tokens[k].start] != ", ":
        return None
    article = tokens[k].lower in _APPOSITION_OPENERS
    k += article
    for m in range(k, min(k + _APPOSITION_REACH, len(tokens))):
        if m > k and _BREAK.search(text[tokens[m - 1].end : tokens[m].start]):
            return None
        if tokens[m].lower not in lexicon.ROLES:
            continue
        title = (
            article
            and tokens[m].lower in lexicon.HEAD_TITLES
            and all(t.capitalized for t in tokens[k:m])
            and (m + 1 == len(tokens) or not tokens[m + 1].capitalized)
        )  # "the US Treasury Secretary"
        # The role is the phrase's head: "the airline's chief executive," not "executive action".
        head = (
            m + 1 == len(tokens)
            or tokens[m + 1].lower in _AFTER_HEAD
            or bool(_BREAK.search(text[tokens[m].end : tokens[m + 1].start]))
        )
        if (not tokens[m].capitalized or title) and head:
            return text[tokens[k].start : tokens[m].end]
    return None


def inner_title(span: Span) -> int:
    """Where a title run starts inside a span, after an employer's name ("Apple CEO Steve
    Jobs" → 1, "Palmer Public Safety Director Jon Owen" → 3); 0 when there is none."""
    tokens = span.tokens
    for i in range(1, len(tokens) - 1):
        if tokens[i].lower.rstrip(".") not in lexicon.TITLE_WORDS or tokens[i - 1].text == "&":
            continue  # "Daily Mail & General Trust": no title after "&"
        if i == 1 and country_prefix(tokens[0]):
            return 0  # "Australian Prime Minister John Howard": the whole is one title
        j = i
        while j < len(tokens) and (
            tokens[j].lower.rstrip(".") in lexicon.TITLE_WORDS or title_prefix(tokens, j)
        ):
            j += 1
        # An employer that starts with a first name ("Morgan Stanley") needs a full name after.
        named = not is_given_name(tokens[0].text) or (len(tokens) - j >= 2 and is_given_name(tokens[j].text))
        if not (
            j < len(tokens)
            and tokens[j - 1].lower.rstrip(".") in lexicon.HEAD_TITLES
            and named
            and tokens[0].lower.rstrip(".") not in lexicon.TITLE_WORDS
            and tokens[j].lower not in CONNECTORS
        ):
            return 0
        # "Philadelphia District Attorney Seth Williams", "Utah Assistant Attorney General Craig Barlow": the
        # word before the title begins it, unless it names the service ("Troy Police Chief Charles Craft").
        prefixed = i >= 2 and title_prefix(tokens, i - 1) and tokens[i - 1].lower not in lexicon.SERVICE_NOUNS
        return i - 1 if prefixed else i
    return 0


def title_prefix(tokens: tuple[Token, ...], k: int) -> bool:
    """A noun that makes one title with the title word after it ("District Attorney", "Patrol Agent")."""
    return (
        tokens[k].lower in lexicon.TITLE_PREFIXES
        and k + 1 < len(tokens)
        and tokens[k + 1].lower.rstrip(".") in lexicon.TITLE_WORDS
    )


def country_prefix(token: Token) -> bool:
    """A country's name or adjective, which may stand before a title ("US President", "Australian")."""
    return any(q.kind == "country" for q in gazetteer().lookup(token.text)) or token.text.endswith(
        lexicon.DEMONYM_ENDINGS
    )


def given_name_first(span: Span) -> bool:
    """Starts with a first name that is not also a well-known place ("Paris Air Show")."""
    first = span.tokens[0]
    if first.lower in lexicon.PLACE_PREFIXES or first.lower in lexicon.NOT_FIRST_NAMES:
        return False
    return is_given_name(first.text) and not any(q.major for q in gazetteer().lookup(first.text))


def everyday_phrase(span: Span) -> bool:
    """Everyday English words and no first name ("Human Rights Watch", "Government Oversight")."""
    return all(
        (is_common_word(t.text) or (t.lower.endswith("s") and is_common_word(t.text[:-1])))
        and not is_given_name(t.text)
        for t in span.tokens
    )


def inside_quotation(span: Span) -> bool:
    """Inside quotation marks: words someone wrote or said, where capitals may only be emphasis."""
    start, end = span.tokens[0].start, span.tokens[-1].end
    return any(opening < start and end < closing for opening, closing in span.paragraph.quotations)


def aside_in_signature(span: Span) -> bool:
    """In parentheses in a post's signature, before the handle: a description of the author, not a name
    ("— Jane Doe (Defence & Security Reporter) (@janedoe)")."""
    signed = signature(span.paragraph.text)
    if signed is None or span.tokens[-1].end > signed.end("name"):
        return False
    before = span.paragraph.text[: span.tokens[0].start]
    return before.count("(") > before.count(")")


def addressed(span: Span) -> bool:
    """A first name alone that a quotation begins by calling out ("“Mark, stop it!”"), not a title in
    quotation marks ("“Moon,” the film")."""
    token = span.tokens[0]
    text = span.paragraph.text
    if (
        len(span.tokens) != 1
        or text[token.end : token.end + 1] not in (",", "!")
        or not inside_quotation(span)
        or not is_given_name(token.text)
        or any(q.major for q in gazetteer().lookup(token.text))
    ):
        return False
    return (
        bool(_OPENS_QUOTATION.search(text, 0, token.start)) and text[token.end + 1 :].lstrip()[:1].isalnum()
    )


def credit(span: Span) -> bool:
    """A photo's credit or a journalist's byline, which names no one in the story: "AP Photo", "Ken Ellis
    Image", "(AP Photo/Paul Sancya)", "Photo: Jane Doe", "Jane Doe contributed reporting from Washington"."""
    if span.tokens[-1].lower in lexicon.CREDIT_WORDS:
        return True
    start = span.tokens[0].start
    if any(first <= start < last for first, last in span.paragraph.credits):
        return True
    before = span.paragraph.tokens[span.first - 1] if span.first else None
    return (
        before is not None
        and before.lower in lexicon.CREDIT_WORDS
        and span.paragraph.text[before.end : start].strip() in ("/", ":")
    )


def after_the(span: Span) -> bool:
    """After "the", a name is a team, a firm or a work ("the Red Sox", "the Betty Ford clinic"),
    unless it qualifies a noun of a person's ("the Barack Obama administration")."""
    before = word_before(span)
    if before is None or before.lower != "the":
        return False
    tokens = span.paragraph.tokens
    return not any(t.lower in CONNECTORS for t in span.tokens) and (
        span.last >= len(tokens) or tokens[span.last].lower not in lexicon.NAME_MODIFIED
    )


def employer_cue(role: Token, preposition: Token, span: Span) -> bool:
    """A role, then "at" or "for", before a name: "analyst at X" names a firm whatever X looks like;
    "for" also serves clients and portfolios ("a lawyer for Smith", "minister for Trade"), so it
    needs a name that cannot be a surname (two words or an acronym) and a role that is not one of those."""
    if role.lower not in lexicon.ROLES or role.capitalized:
        return False
    if preposition.lower == "at":
        return True
    return (
        preposition.lower == "for"
        and role.lower not in _CLIENT_OR_PORTFOLIO_ROLES
        and (len(span.tokens) > 1 or span.tokens[0].text.isupper())
    )


def job_and_person_after(span: Span) -> bool:
    """A job's title written in lowercase and a first name follow the span ("Arsenal striker Ian Wright",
    "Vodafone chief executive Arun Sarin"), not a kin's or a role of another kind ("Bush daughter Jenna",
    "Mormon church leader Warren Jeffs", "Oscar host Hugh Jackman")."""
    tokens, text = span.paragraph.tokens, span.paragraph.text
    k, end = span.last, span.tokens[-1].end
    while (
        k < len(tokens)
        and k - span.last < 3
        and tokens[k].text.islower()
        and tokens[k].lower in _JOB_WORDS
        and text[end : tokens[k].start] == " "
    ):
        end, k = tokens[k].end, k + 1
    return (
        span.last < k < len(tokens)
        and text[end : tokens[k].start] == " "
        and tokens[k - 1].lower in lexicon.HEAD_TITLES | lexicon.EMPLOYED_ROLES
        and is_given_name(tokens[k].text)
    )


_JOB_WORDS = lexicon.TITLE_WORDS | lexicon.HEAD_TITLES | lexicon.EMPLOYED_ROLES
"""Words of a job's title written in lowercase ("chief executive", "striker")."""

_A_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")
_SETS = re.compile(r",?\s+\d{1,2}-\d{1,2}")
"""A second score after the first: a player's sets ("6-4 6-3"), not a team's result."""
_RESULT_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:\d{1,2}-\d{1,2}|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s+\d{1,2}-\d{1,2})"
)
_RESULT_BEFORE = re.compile(
    r"(?:\d{1,2}-\d{1,2}\s+(?:\w+\s+)?(?:with|to|over|against)|\b(?:beat|beats|defeated|thrashed|routed|crushed|edged|hammered|downed|stunned|upset|overcame))\s+$"
)


@lru_cache(maxsize=64)
def _has_a_score(text: str) -> bool:
    """The paragraph gives a score somewhere (asked of each of its names, so read once)."""
    return "-" in text and bool(_A_SCORE.search(text))


def in_a_result(span: Span) -> bool:
    """The span is a side of a match's result with its score: before a result verb and a score ("Leeds
    United beat Chelsea 2-1", "Celtic drew 1-1"), or after one with the score before or after ("beat Chelsea
    2-1", "a 2-1 win over Chelsea")."""
    text = span.paragraph.text
    if not _has_a_score(text):
        return False
    start, end = span.tokens[0].start, span.tokens[-1].end
    after = text[end : end + 60]
    verb = after.split(maxsplit=1)[0].lower() if after.strip() else ""
    if verb in lexicon.RESULT_VERBS and (found := _RESULT_AFTER.match(after)):
        return not _SETS.match(after, found.end())
    before = text[max(0, start - 40) : start]
    score_after = _SCORE.match(text[end:].lstrip())
    return bool(_RESULT_BEFORE.search(before)) and (
        (bool(score_after) and not _SETS.match(text[end:].lstrip(), score_after.end()))
        or bool(_SCORE.search(before))
    )


def team(span: Span) -> bool:
    """A place's name, then a plural: a sports team ("Seattle Seahawks", "New Orleans Saints")."""
    last = span.tokens[-1].text
    if (
        not (last.endswith("s") and last[:-1].isalpha())
        or last.lower() in lexicon.THING_HEADS
        or gazetteer().lookup(span.text)
    ):
        return False  # "Beijing Olympic Games" is an event
    for k in range(len(span.tokens) - 1, 0, -1):
        where = " ".join(t.text for t in span.tokens[:k])
        if any(q.kind in ("city", "subdivision", "country") for q in gazetteer().lookup(where)):
            return k > 1 or not is_given_name(where)
    return False


def model_number_after(span: Span) -> bool:
    """Followed by a model number, an edition or an index's size ("Boeing 737-800 planes", "WWDC 2012",
    "the FTSE 100"), not by a count ("20 years ago") or a score ("3-1")."""
    tokens, text = span.paragraph.tokens, span.paragraph.text
    k = span.last
    if k >= len(tokens) or text[span.tokens[-1].end : tokens[k].start] != " ":
        return False
    number = tokens[k]
    if not _MODEL_NUMBER.fullmatch(number.text) or _SCORE.fullmatch(number.text):
        return False
    after = (
        tokens[k + 1]
        if k + 1 < len(tokens) and text[number.end : tokens[k + 1].start] in (" ", ".")
        else None
    )
    return after is None or not (
        after.lower in lexicon.COUNT_UNITS or after.lower.lstrip("0123456789") in lexicon.COUNT_UNITS
    )


def product_words(span: Span, makers: set[str]) -> bool:
    """A maker's name and a model's words ("Toyota Camry", "Intel Core Duo", "Microsoft Outlook"; the maker
    known, or one of `makers`, the article's organizations, after a determiner: "the Chrysler Aspen"),
    not an outlet's
    service ("BBC Sport"), a unit ("Boeing Commercial Airplanes"), a subsidiary abroad ("Ford Australia"),
    a legal form or a company's word ("Apple Inc", "Toyota Motor") or a person ("GM Ed Stefanski")."""
    tokens = span.tokens
    maker, before = tokens[0].text, word_before(span)
    determined = before is not None and before.lower in _PRODUCT_DETERMINERS
    known = maker in lexicon.ORGANIZATIONS or (maker in makers and determined)
    if len(tokens) < 2 or not known or maker in lexicon.OUTLETS:
        return False
    rest = tokens[1:]
    last = rest[-1].lower.rstrip(".")
    return not (
        last in lexicon.ORG_HEADS
        or any(t.lower in lexicon.COMPANY_WORDS for t in rest)
        or (is_given_name(rest[0].text) and not determined)  # but "the Chrysler Aspen" is no person
        or any(t.text.isupper() or t.text in lexicon.ORGANIZATIONS or t.lower in CONNECTORS for t in rest)
        or any(q.major or q.kind == "subdivision" for t in rest for q in gazetteer().lookup(t.text))
    )


_AUXILIARIES = frozenset(
    {
        "will",
        "would",
        "has",
        "have",
        "had",
        "also",
        "is",
        "was",
        "were",
        "been",
        "being",
        "to",
        "could",
        "may",
        "can",
        "then",
        "now",
        "later",
        "already",
    }
)
"""Words between a subject and its verb ("Rolls-Royce will supply", "Boeing has also acquired")."""
_PASSIVE = frozenset({"is", "was", "were", "been", "being"})
"""Auxiliaries that make the verb after them a passive ("the Campaign was sued")."""
_AFTER_COMPANY_NOUN = frozenset(
    {"of", "in", "for", "that", "which", "whose", "during", "since", "with", "and", "to", "from", "at"}
)
"""Words after the noun that heads an apposition ("the parent company of Airbus", "Boeing's rival during")."""


def company_cue(span: Span, organizations: set[str]) -> bool:
    """The words around the span call it a company: the subject of a business verb ("Rolls-Royce will supply
    engines", "Cisco sues Apple", "Boeing won a $35 billion contract"), what a company has ("Airbus's
    shareholders", "Aer Lingus shares fell"), the maker after "made by", an apposition headed by a company's
    noun ("Lockheed Martin, Boeing's rival", "Rolls-Royce, part of the consortium", "its European division,
    Opel"), or a name joined by "and" to one of `organizations` or a known one ("Northrop Grumman and
    EADS")."""
    return (
        _business_verb_after(span)
        or _corporate_possession(span)
        or _made_by(span)
        or company_apposition(span)
        or _joined_to(span, organizations)
    )


def _business_verb_after(span: Span) -> bool:
    """ "Thales will supply electronics", "Boeing won a $35 billion contract"; not a passive ("the Campaign
    was sued")."""
    tokens, text = span.paragraph.tokens, span.paragraph.text
    k = span.last
    while k < len(tokens) and tokens[k].lower in _AUXILIARIES and k - span.last < 3:
        k += 1
    if k >= len(tokens) or _BREAK.search(text[span.tokens[-1].end : tokens[k].start]):
        return False
    if any(t.lower in _PASSIVE for t in tokens[span.last : k]):
        return False
    if tokens[k].lower in lexicon.BUSINESS_VERBS:
        return True
    return tokens[k].lower in ("won", "wins", "win") and any(
        t.lower in lexicon.BUSINESS_PRIZES for t in tokens[k + 1 : k + 6]
    )


def _corporate_possession(span: Span) -> bool:
    """ "Airbus's shareholders", "Boeing's chief executive", "Aer Lingus shares on the Irish Stock Exchange
    fell"."""
    tokens, text = span.paragraph.tokens, span.paragraph.text
    k = span.last
    if k >= len(tokens) or tokens[k].capitalized:
        return False
    gap = text[span.tokens[-1].end : tokens[k].start]
    if gap in ("'s ", "’s ", "' ", "’ "):
        return tokens[k].lower in lexicon.CORPORATE_POSSESSIONS or (
            tokens[k].lower == "chief" and k + 1 < len(tokens) and tokens[k + 1].lower == "executive"
        )
    return (
        gap == " "
        and tokens[k].lower in ("shares", "stock")
        and k + 1 < len(tokens)
        and (
            tokens[k + 1].lower in lexicon.MARKET_MOVES or tokens[k + 1].lower in ("on", "in", "were", "have")
        )
    )


def _made_by(span: Span) -> bool:
    """ "made by Airbus", "owned by European Aeronautic Defense & Space Company"."""
    tokens = span.paragraph.tokens
    before = word_before(span)
    return (
        before is not None
        and before.lower == "by"
        and span.first >= 2
        and tokens[span.first - 2].lower in lexicon.MAKING_VERBS
        and _name_ends(span.paragraph, span.last - 1)
    )


def company_apposition(span: Span) -> bool:
    """A company's noun heads an apposition after the name ("Lockheed Martin, Boeing's rival during",
    "Rolls-Royce, part of the consortium,", "HP, the world's biggest printer firm,") or stands before it
    ("its European division, Opel."); not a person's ("Fidelis Nanga, a journalist based in")."""
    tokens, text = span.paragraph.tokens, span.paragraph.text
    before = word_before(span, skip_comma=True)
    if (
        before is not None
        and before.lower in lexicon.COMPANY_NOUNS
        and not before.capitalized
        and "," in text[before.end : span.tokens[0].start]
        and (span.last == len(tokens) or _BREAK.match(text, span.tokens[-1].end))
    ):
        return True
    k = span.last
    if (
        k >= len(tokens)
        or text[span.tokens[-1].end : tokens[k].start] != ", "
        or not (tokens[k].lower in _APPOSITION_OPENERS or tokens[k].lower == "part" or tokens[k].capitalized)
    ):
        return False
    for m in range(k, min(k + _APPOSITION_REACH, len(tokens))):
        if m > k and _BREAK.search(text[tokens[m - 1].end : tokens[m].start]):
            return False
        if tokens[m].capitalized:
            continue
        if tokens[m].lower in lexicon.ROLES and tokens[m].lower not in lexicon.COMPANY_NOUNS:
            return False
        if tokens[m].lower in lexicon.COMPANY_NOUNS:
            return (
                m + 1 == len(tokens)
                or tokens[m + 1].lower in _AFTER_COMPANY_NOUN
                or bool(_BREAK.search(text[tokens[m].end : tokens[m + 1].start]))
            )
    return False


def _joined_to(span: Span, organizations: set[str]) -> bool:
    """Joined by "and" or "or" to one of `organizations`, each a whole name ("Northrop Grumman and EADS
    defeated Boeing", "the original home of Douglas Aircraft and McDonnell Douglas."); not a name's part
    or a thing of an organization's ("Lockheed Martin's Atlas V and Boeing's Delta IV")."""
    tokens, text = span.paragraph.tokens, span.paragraph.text
    if _possessed(span.paragraph, span.first) or _possessive_after(span.paragraph, span.last - 1):
        return False
    if (
        span.last + 1 < len(tokens)
        and tokens[span.last].lower in ("and", "or")
        and _spaced(text, tokens, span.last)
    ):
        k = span.last + 1
        while k + 1 < len(tokens) and tokens[k + 1].capitalized and _spaced(text, tokens, k):
            k += 1
        return _known(" ".join(t.text for t in tokens[span.last + 1 : k + 1]), organizations) and _name_ends(
            span.paragraph, k
        )
    if (
        span.first >= 2
        and tokens[span.first - 1].lower in ("and", "or")
        and _spaced(text, tokens, span.first - 2)
    ):
        k = span.first - 2
        while k > 0 and tokens[k - 1].capitalized and _spaced(text, tokens, k - 1):
            k -= 1
        return (
            _known(" ".join(t.text for t in tokens[k : span.first - 1]), organizations)
            and not _possessed(span.paragraph, k)
            and _name_ends(span.paragraph, span.last - 1)
        )
    return False


def _known(name: str, organizations: set[str]) -> bool:
    """One of `organizations`, or an organization known by its short name ("EADS", "Boeing")."""
    return name in organizations or name in lexicon.ORGANIZATIONS


def _spaced(text: str, tokens: list[Token], k: int) -> bool:
    """Only a space between tokens[k] and the next."""
    return text[tokens[k].end : tokens[k + 1].start] == " "


def _possessed(paragraph: TokenizedParagraph, k: int) -> bool:
    """tokens[k] follows a possessive ("Boeing's Delta IV")."""
    return k > 0 and paragraph.text[paragraph.tokens[k - 1].end : paragraph.tokens[k].start] in ("'s ", "’s ")


def _possessive_after(paragraph: TokenizedParagraph, k: int) -> bool:
    """tokens[k] is a possessive ("Boeing's")."""
    return paragraph.text[paragraph.tokens[k].end : paragraph.tokens[k].end + 2] in ("'s", "’s")


def ends_phrase(span: Span) -> bool:
    """The span ends a phrase: a stop, a comma, the paragraph's end or a verb follows it."""
    return _name_ends(span.paragraph, span.last - 1)


def _name_ends(paragraph: TokenizedParagraph, k: int) -> bool:
    """A name ending at tokens[k] ends a phrase: a stop, a comma, the paragraph's end or a verb follows
    ("Northrop Grumman and EADS defeated Boeing"), not a noun it qualifies ("Surinam carrier") or a hyphen
    ("Euro-Atlantic")."""
    tokens = paragraph.tokens
    if k + 1 == len(tokens) or _BREAK.match(paragraph.text, tokens[k].end):
        return True
    word = tokens[k + 1].lower
    return paragraph.text[tokens[k].end : tokens[k + 1].start] == " " and (
        word.endswith("ed")
        or word in _AUXILIARIES
        or word in lexicon.SPEECH
        or word in lexicon.BUSINESS_VERBS
    )


def model_suffix(span: Span) -> bool:
    """Capitals after a model's number, which are the model's ("A350 XWB", "Tu-154 M")."""
    if span.first == 0 or not all(t.text.isupper() for t in span.tokens):
        return False
    model = span.paragraph.tokens[span.first - 1]
    return span.paragraph.text[model.end : span.tokens[0].start] == " " and bool(
        _MODEL_NAME.fullmatch(model.text)
    )


def place_head(span: Span) -> Token | None:
    """The "district" of "Mitte district", which makes the name a place below city level."""
    tokens = span.paragraph.tokens
    if span.last < len(tokens):
        after = tokens[span.last]
        if (
            after.lower in lexicon.PLACE_HEADS
            and span.paragraph.text[span.tokens[-1].end : after.start] == " "
            and not gazetteer().is_demonym(span.tokens[-1].text)
            and not _adjective_of_a_place(span.tokens[-1].text)
            and not any(q.kind in ("country", "city") for q in gazetteer().lookup(span.text))
        ):
            return after
    return None


def _adjective_of_a_place(word: str) -> bool:
    """A state's adjective: its name and "n" ("Victorian", "Californian")."""
    return word.endswith("n") and any(q.kind == "subdivision" for q in gazetteer().lookup(word[:-1]))


def adjective_of_nationality(span: Span) -> bool:
    """ "Korean", "South Korean", "Christian North Koreans": adjectives, not names."""
    tokens = span.tokens
    return gazetteer().is_demonym(tokens[-1].text) and all(
        t.lower in lexicon.COMPASS or gazetteer().is_demonym(t.text) for t in tokens[:-1]
    )


def things_named(spans: list[Span]) -> set[str]:
    """Names written before (or ending in) a head word of a thing ("the Hang Seng index")."""
    things = set()
    for span in spans:
        tokens = span.paragraph.tokens
        if len(span.tokens) > 1 and span.tokens[-1].lower in lexicon.THING_HEADS:
            things.add(" ".join(t.text for t in span.tokens[:-1]))
        elif span.last < len(tokens) and tokens[span.last].lower in lexicon.THING_HEADS:
            things.add(span.text)
    return things


_POINTS = re.compile(r"(\d[\d,]*)(\.\d+)?\s+points\b")
"""A level or a move in points ("6709.93 points", "416 points")."""
_PERCENT = re.compile(r"\d(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)")
_CLAUSE_STOP = re.compile(r"[;!?]|\.(?!\d)")
_INDEX_LEVEL = 1000
"""Points from this level, or with decimals, are an index's; fewer may be a game's score ("13 points")."""
_ACRONYM_AFTER = re.compile(r" \((?P<acronym>[A-Z&]{2,6})\)")


def indexes_named(spans: list[Span]) -> set[str]:
    """Names the article uses as a stock-market index: in apposition after "index" ("the biggest U.S. stock
    market index, the Dow Jones"), as what stocks are in ("every stock in the Dow Jones"), moving before an
    index's head word ("the FTSE index losing 3.2%") or at a level in points ("The Dow Jones currently has a
    value of 10769.00 points"); an index known by name (lexicon.STOCK_INDEXES) before an index's head word
    or moving by a percentage ("the FTSE index could continue to gain", "The Dow Jones was down 2.62%"); and
    the acronym in parentheses after an index's name ("the Dow Jones Industrial Average (DJIA)"). Not a
    publisher's index that moves by neither ("the ISM index fell to 55.3")."""
    indexes = set()
    for span in spans:
        named = span.tokens[-1].lower in lexicon.INDEX_HEADS
        first = (
            span.tokens[1]
            if span.tokens[0].lower in lexicon.ARTICLES and len(span.tokens) > 1
            else span.tokens[0]
        )
        known = first.text in lexicon.STOCK_INDEX_WORDS and _without_article(span) in lexicon.STOCK_INDEXES
        if not (
            named
            or _index_before(span)
            or ((_index_head_after(span) or known) and _market_move(span, percent=True))
            or (known and _index_head_after(span))
            or ("points" in span.paragraph.text and _market_move(span, percent=False))
        ):
            continue
        if not named:  # "The Dow Jones was down": the name without the article that starts the sentence
            indexes.add(_without_article(span))
        if acronym := _ACRONYM_AFTER.match(span.paragraph.text, span.tokens[-1].end):
            indexes.add(acronym["acronym"])
    return indexes


def _without_article(span: Span) -> str:
    return " ".join(t.text for t in span.tokens if t.lower not in lexicon.ARTICLES)


def _index_head_after(span: Span) -> bool:
    """Followed by an index's head word, maybe after one word ("FTSE 100 index", "Dow Jones industrial
    average")."""
    after = span.paragraph.tokens[span.last : span.last + 2]
    heads = lexicon.INDEX_HEADS
    return bool(after) and (
        after[0].lower in heads or (len(after) == 2 and not after[0].capitalized and after[1].lower in heads)
    )


def _index_before(span: Span) -> bool:
    """After "index, the" ("the biggest stock market index, the Dow Jones") or "stock in the" ("every stock in
    the Dow Jones", "shares in the FTSE"), where a firm is written without "the" ("shares in HBOS")."""
    words = [t.lower for t in span.paragraph.tokens[max(0, span.first - 3) : span.first]]
    if words[-1:] != ["the"] or len(words) < 2:
        return False
    return words[-2] in lexicon.INDEX_HEADS or (
        words[-2] == "in" and len(words) == 3 and words[-3] in ("stock", "stocks", "share", "shares")
    )


def _market_move(span: Span, percent: bool) -> bool:
    """Its clause moves it with a market's verb to an index's level in points ("has a value of 10769.00
    points", "fell 998.50 points"), or with `percent` by a percentage ("losing 3.2%"); not a game's score
    ("ended the game with 129 points")."""
    text = span.paragraph.text
    clause = text[span.tokens[-1].end : span.tokens[-1].end + 120]
    if stop := _CLAUSE_STOP.search(clause):
        clause = clause[: stop.start()]
    points = _POINTS.search(clause)
    if points and (points.group(2) or int(points.group(1).replace(",", "")) >= _INDEX_LEVEL):
        level = points.start()
    elif percent and (moved := _PERCENT.search(clause)):
        level = moved.start()
    else:
        return False
    return any(word in lexicon.MARKET_MOVES for word in clause[:level].lower().split())


def legal_form_after(span: Span) -> bool:
    """Followed by a company's legal form ("Dow Jones Co")."""
    tokens = span.paragraph.tokens
    return span.last < len(tokens) and tokens[span.last].lower.rstrip(".") in lexicon.CORPORATE_SUFFIXES


def thing(span: Span, things: set[str]) -> bool:
    """A name of an event, product, plan or index ("Paris Air Show", "Mac OS X", a plan called
    "Way Forward" in quotation marks, "the Hang Seng" of "the Hang Seng index"), not a person;
    `things` are the names the article writes before a thing's head word."""
    tokens, text = span.paragraph.tokens, span.paragraph.text
    if span.text in things:
        return True
    if span.tokens[-1].lower in lexicon.THING_HEADS or span.tokens[-1].lower in lexicon.FACILITY_HEADS:
        return True
    if any(
        t.text.isupper()
        and len(t.text) > 1
        and t.text not in lexicon.NAME_SUFFIXES
        and t.text.title() not in lexicon.NAME_SUFFIXES
        for t in span.tokens[1:]
    ):
        return True  # a person's name has no acronym after its first word
    if (
        span.last < len(tokens)
        and tokens[span.last].lower in lexicon.THING_HEADS
        and text[span.tokens[-1].end : tokens[span.last].start] == " "
    ):
        return True
    # Quotation marks around a name made of everyday words title a plan or a work.
    return (
        is_everyday_word(span.tokens[0].text)
        and bool(_OPEN_QUOTE.search(text, 0, span.tokens[0].start))
        and bool(_CLOSE_QUOTE.match(text, span.tokens[-1].end))
    )


def plural_noun(token: Token, lowercase: set[str]) -> bool:
    """A plural the article also writes in lowercase (`lowercase`: "Memos" and "memos")."""
    return token.text.endswith("s") and token.lower in lowercase and not is_given_name(token.text)
