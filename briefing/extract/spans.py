"""Candidate names: runs of capitalized words in a paragraph, joined by connectors ("Bank of
England"), across middle initials ("Michael R. Golden") and abbreviated prefixes ("St. Louis")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..sentences import QUOTATION, SENTENCES
from . import lexicon
from .gazetteer import LARGE_CITY, gazetteer
from .tokens import Token, tokenize
from .words import is_common_word, is_everyday_word, is_given_name

CONNECTORS = frozenset(
    {"of", "de", "da", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "del", "dos", "&"}
)
"""Lowercase words and signs inside names ("Bank of England", "Ludwig van Beethoven", "Procter & Gamble")."""
NAME_PARTICLES = CONNECTORS - {"of", "&"}
"""The connectors inside people's names ("Frank de Boer", "Hassan bin Talal")."""


@dataclass(frozen=True, eq=False)
class TokenizedParagraph:
    """A paragraph as names are read from it."""

    index: int
    """0-based position in the article."""
    text: str
    tokens: list[Token]
    quotations: tuple[tuple[int, int], ...] = ()
    """Where its quotations start and end (quotation marks included)."""
    credits: tuple[tuple[int, int], ...] = ()
    """Where its sentences that credit journalists start and end ("Jane Doe contributed reporting")."""
    capitals: bool = False
    """Written in capitals throughout, as headlines of wire copy are ("JAPAN GET LUCKY WIN , CHINA IN
    SURPRISE DEFEAT"): capitals there say nothing of names."""


@dataclass(slots=True, eq=False)
class Span:
    """Words of a paragraph that may be a name, and the title words taken off its front."""

    paragraph: TokenizedParagraph
    tokens: tuple[Token, ...]
    first: int
    """Index of its first token in the paragraph's tokens."""
    role: tuple[Token, ...] = ()
    """Title words that stood before the name ("Interior Minister")."""
    text: str = field(init=False)
    """Its words, joined by spaces: read by every rule, so joined once."""
    last: int = field(init=False)
    """Index just past its last token in the paragraph's tokens."""

    def __post_init__(self) -> None:
        self.text = " ".join([t.text for t in self.tokens])
        self.last = self.first + len(self.tokens)

    def part(self, start: int, end: int | None = None) -> Span:
        """The span of tokens[start:end], without a role."""
        return Span(self.paragraph, self.tokens[start:end], self.first + start)


def tokenized(index: int, text: str) -> TokenizedParagraph:
    """A paragraph's words, with hyphenated pairs of places split ("Israel-Hamas")."""
    quotations = (
        tuple(found.span() for found in QUOTATION.finditer(text))
        if '"' in text or "“" in text or "``" in text
        else ()
    )
    credits = ()
    if lexicon.CREDITED.search(text):
        sentences = SENTENCES.bounds(text)
        credits = tuple(sentences.of(found.start()) for found in lexicon.CREDITED.finditer(text))
    tokens = _split_place_compounds(text, tokenize(text))
    return TokenizedParagraph(index, text, tokens, quotations, credits, _in_capitals(text, tokens))


_LOWERCASE_WORD = re.compile(r"[^\W\d_A-Z]{3}")
"""Three lowercase letters in a row: a word written in lowercase."""


def _in_capitals(text: str, tokens: list[Token]) -> bool:
    """Three words or more, and no word written in lowercase ("JAPAN GET LUCKY WIN , CHINA IN SURPRISE
    DEFEAT")."""
    return len(tokens) >= 3 and not _LOWERCASE_WORD.search(text)


def find_spans(paragraph: TokenizedParagraph) -> list[Span]:
    """Runs of name words separated by single spaces, joined by connectors like "of"."""
    tokens, text = paragraph.tokens, paragraph.text
    spans: list[Span] = []
    i = 0
    while i < len(tokens):
        if not _name_word(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and (step := _joined(tokens, text, i, j)):
            j += step
        spans.append(Span(paragraph, tuple(tokens[i:j]), i))
        i = j
    return spans


def _joined(tokens: list[Token], text: str, i: int, j: int) -> int:
    """How many more words (0 to 4) from tokens[j] go on the name tokens[i:j]."""
    gap = text[tokens[j - 1].end : tokens[j].start]
    if (
        gap == ". "
        and len(tokens[j - 1].text) == 1
        and j - 1 > i
        and _name_word(tokens[j])
        and (
            any(is_given_name(t.text) for t in tokens[i : j - 1])
            or not any(is_common_word(t.text) for t in tokens[i : j - 1])
        )
    ):
        return 1  # a middle initial: "Michael R. Golden", "Shontay N. Young"
    if (
        gap == ". "
        and j - 1 == i
        and tokens[i].text.istitle()
        and tokens[i].lower in lexicon.ABBREVIATED_PREFIXES
        and _name_word(tokens[j])
        and not is_everyday_word(tokens[j].text)
        and not (i and tokens[i - 1].text[:1].isdigit())
    ):
        return 1  # "St. Louis", "Mt. Kilimanjaro", but not "52nd St. She said"
    if (
        (gap in ("'s ", "’s ") and tokens[j].lower in lexicon.STATE_FORMS)
        or (gap == " " and tokens[j].text == "of" and tokens[j - 1].lower in lexicon.STATE_FORMS)
    ) and (formal := _formal_state_name(tokens, text, i, j)):
        return formal
    if gap in ("'s ", "’s ") and tokens[j - 1].lower in lexicon.GROUP_POSSESSORS and _name_word(tokens[j]):
        return 1  # "the People's Party", "Women's Tennis Association"
    if gap != " ":
        return 0
    if tokens[j].text in lexicon.NAME_SUFFIXES and j - i >= 2:
        return 1  # "William Clay Ford Jr.", "Jose Garcia III"
    if _name_word(tokens[j]) and not tokens[j].initial:
        return 1
    if (
        tokens[j].text in lexicon.MONTH_SURNAMES
        and is_given_name(tokens[j - 1].text)
        and not is_everyday_word(tokens[j - 1].text)
        and not (j + 1 < len(tokens) and tokens[j + 1].text[:1].isdigit())
    ):
        return 1  # "Theresa May said", but "in May 2018"
    if (
        tokens[j].text in CONNECTORS
        and j + 1 < len(tokens)
        and _name_word(tokens[j + 1])
        and text[tokens[j].end : tokens[j + 1].start] == " "
    ):
        return 2
    if (
        tokens[j].text in CONNECTORS
        and j + 2 < len(tokens)
        and tokens[j + 1].text in CONNECTORS
        and _name_word(tokens[j + 2])
        and text[tokens[j].end : tokens[j + 2].start] == f" {tokens[j + 1].text} "
    ):
        return 3  # two particles: "Rafael van der Vaart", "Jose de la Cruz"
    if (
        tokens[j].text in ("for", "and")
        and j + 1 < len(tokens)
        and _name_word(tokens[j + 1])
        and text[tokens[j].end : tokens[j + 1].start] == " "
        and _institution_goes_on(tokens, text, i, j)
    ):
        return 2
    return 0


def _formal_state_name(tokens: list[Token], text: str, i: int, j: int) -> int:
    """How many words from tokens[j] end a country's formal name that the gazetteer knows, over a possessive
    or "of the" ("People's | Republic of China", "Democratic Republic | of the Congo"); 0 where none does."""
    start = tokens[i + 1 if tokens[i].lower in lexicon.ARTICLES and j > i + 1 else i].start
    for k in range(min(len(tokens), j + 4) - 1, j - 1, -1):
        if any(q.kind == "country" for q in gazetteer().lookup(text[start : tokens[k].end])):
            return k - j + 1
    return 0


def _institution_goes_on(tokens: list[Token], text: str, i: int, j: int) -> bool:
    """An institution's name goes on past "for" after its head ("Center for Biological Diversity"), or past
    "and" from common words to common words that end like an institution's ("Fish and Wildlife Service",
    "U.S. Customs and Border Protection"); not past "and" between two names ("Surrey Police and Surrey Fire",
    "Ford and General Motors", "Emily Blunt and Nathalie Press", "Continental and American Airlines")."""
    if tokens[j].text == "for":
        return tokens[j - 1].lower in lexicon.FOR_HEADS
    k = j + 1
    while (
        k + 1 < len(tokens) and _name_word(tokens[k + 1]) and text[tokens[k].end : tokens[k + 1].start] == " "
    ):
        k += 1
    left, right = tokens[i:j], tokens[j + 1 : k + 1]
    while len(left) > 1 and left[0].initial and is_everyday_word(left[0].text):
        left = left[1:]  # "But U.S. Customs and Border Protection"
    if (
        tokens[j - 1].lower in lexicon.ORG_HEADS
        or not (right[-1].lower in lexicon.ORG_HEADS or right[-1].lower in lexicon.JOINED_HEADS)
        or (k + 1 < len(tokens) and tokens[k + 1].lower in CONNECTORS)
        or (i > 0 and tokens[i - 1].lower.rstrip(".") in lexicon.TITLE_WORDS)  # "Mr. Trump and"
        or (len(left) == 1 and left[0].initial and _plural_noun_first(left[0].lower))
    ):  # "Detectives"
        return False
    return all(
        _common_noun(t) or t.lower in CONNECTORS or (n == 0 and gazetteer().lookup(t.text))
        for n, t in enumerate(left)
    ) and all(_common_noun(t) and not gazetteer().is_demonym(t.text) for t in right)


def _common_noun(token: Token) -> bool:
    """A common word that names no person, place or organization of its own ("Fish", "Border")."""
    return (
        is_common_word(token.text)
        and not is_given_name(token.text)
        and token.text not in lexicon.ORGANIZATIONS
        and token.lower not in lexicon.ARTICLES
        and token.lower not in lexicon.TITLE_WORDS
        and not gazetteer().lookup(token.text)
    )


def _name_word(token: Token) -> bool:
    """A word that can be part of a name: capitalized, no digits, and not a word never a name."""
    if not (token.capitalized or _after_name_article(token.text)):
        return False
    if (not token.text.isalpha() and any(c.isdigit() for c in token.text)) or token.text in lexicon.NOT_NAMES:
        return False
    if (
        token.text.isupper()
        and len(token.text) > 2
        and token.text not in lexicon.ORGANIZATIONS
        and token.lower not in lexicon.CORPORATE_SUFFIXES
        and "&" not in token.text
    ):
        return not is_common_word(token.text) or bool(gazetteer().lookup(token.text))
    return True


def _after_name_article(word: str) -> bool:
    """A name after Arabic's article, which is written in lowercase ("Hafez al-Assad", "Abdel Fattah
    el-Sisi")."""
    return word[:3] in lexicon.NAME_ARTICLES and word[3:4].isupper()


def _split_place_compounds(text: str, tokens: list[Token]) -> list[Token]:
    """Split a hyphenated pair of names when one side is a known place or organization ("Israel-Hamas",
    "San Jose-Cisco", "Boeing-Air Force"), or a plural noun and a name run together ("six
    airlines-Air China"), but keep places and given names written so ("Guinea-Bissau", "Jean-Pierre")."""
    result: list[Token] = []
    for token in tokens:
        if "-" not in token.text:
            result.append(token)
            continue
        parts = token.text.split("-")
        if len(parts) == 2 and parts[1][:1].isupper() and _plural_noun_first(parts[0]):
            cut = token.start + len(parts[0])
            result += [
                Token(parts[0], token.start, cut, token.initial),
                Token(parts[1], cut + 1, token.end, False),
            ]
            continue
        if (
            len(parts) == 2
            and all(part[:1].isupper() for part in parts)
            and not gazetteer().lookup(token.text)
        ):
            left, right = parts
            before = (
                result[-1]
                if result and text[result[-1].end : token.start] == " " and result[-1].capitalized
                else None
            )
            given = (
                before is not None
                and is_given_name(before.text)
                and not is_everyday_word(before.text)
                and before.lower not in lexicon.NOT_FIRST_NAMES
            )
            if not given and (  # "Carlos Rodriguez-Espinoza" is one name
                _known_place(left)
                or _known_place(right)
                or left in lexicon.ORGANIZATIONS
                or (before is not None and _known_place(f"{before.text} {left}"))
            ):
                cut = token.start + len(left)
                result += [
                    Token(left, token.start, cut, token.initial),
                    Token(right, cut + 1, token.end, False),
                ]
                continue
        result.append(token)
    return result


def _plural_noun_first(word: str) -> bool:
    """A plural noun in lowercase ("airlines", "victims"), which no prefix ("trans-", "anti-") is."""
    return word.islower() and word.endswith("s") and not word.endswith("ss") and is_common_word(word[:-1])


def _known_place(name: str) -> bool:
    """A place known well enough to be one side of a hyphenated pair, and no given name."""
    return not is_given_name(name) and any(
        q.major or q.population >= LARGE_CITY for q in gazetteer().lookup(name)
    )
