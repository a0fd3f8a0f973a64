"""Direct speech in one article, and the person who spoke it.

A quote is text in quotation marks whose speaker stands next to a speech verb: after it
(`“…,” the senator said`, `“…,” said Smith`) or before it (`Smith told reporters: “…”`,
`Smith said that the plan was “…”`). A pronoun or a role ("he", "the mayor") is the nearest
person named before it in the same or the previous paragraph. A quote with no speaker of its
own that follows an attributed one in the same paragraph continues it, unless a statement or a
body speaks in between (`“…,” the statement said`). A paragraph signed like
a post (`— Jane Doe (@janedoe) May 1, 2020`) makes the paragraph before it that person's words.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Sequence

from ..model import Article, Mention, Quote
from ..sentences import Splitter
from . import lexicon

_QUOTED = re.compile(r"“([^“”]+)”|\"([^\"]+)\"")
_SIGNATURE = re.compile(r"^\s*[—–-]+\s*(?P<name>.*?)\s*\(@\w+\)")
_SIGNATURE_STARTS = frozenset("—–-" + "".join(c for c in map(chr, range(0x3001)) if c.isspace()))


def signature(text: str) -> re.Match[str] | None:
    """A post's signature line: `— Jane Doe (@janedoe) May 1, 2020`, the author's name (`name`) before the
    handle. Asked of every paragraph and name, so its first character is looked at first."""
    return _SIGNATURE.match(text) if text[:1] in _SIGNATURE_STARTS else None


_LINK_TAIL = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)\s*$")
_VERB = "(?:" + lexicon.alternation(lexicon.speech_verbs("quote") | {"according to"}) + ")"
_BETWEEN_SPEAKER_AND_VERB = ("had", "has", "have", "also", "then", "later", "earlier", "once")
"""Words between a speaker and the speech verb ("she had said"), besides adverbs in -ly."""
_ADVERBS = r"(?:\w+ly\s+|(?:" + "|".join(_BETWEEN_SPEAKER_AND_VERB) + r")\s+)*"
_APPOSITION = r"(?:,[^,“”\"]{1,120},)?"
# Around a quotation, a sentence breaks before an opening quotation mark whatever follows it, and
# a stop is not read through a closing one.
_CLAUSES = Splitter(closing_quotes="", quote_opens=True)
_PRONOUN = re.compile(r"\b(he|she)\s+" + _ADVERBS + "$", re.IGNORECASE)
_SUBJECT_PRONOUN = re.compile(r"\s*(he|she)\b", re.IGNORECASE)
_COLON = re.compile(r"(?:\s+[a-z]+)?\s*:\s*")
_TITLES = re.compile(r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)*")
_VERB_FIRST = re.compile(_VERB + r"\s+", re.IGNORECASE)
_VERB_WORD = lexicon.Folded(r"\b" + _VERB + r"\b")
_SPEAKER_THEN_VERB = re.compile(_APPOSITION + r"\s+" + _ADVERBS + _VERB + r"\b", re.IGNORECASE)
_REACH = 60  # characters between a quote and its speaker's name, for titles ("Foreign Secretary")
_ROLE_WORDS = r"the\s+(?:[\w’'-]+\s+){0,2}?(" + lexicon.alternation(lexicon.ROLES) + r")\s+" + _ADVERBS
_ROLE = re.compile(r"\b" + _ROLE_WORDS + "$", re.IGNORECASE)
_ROLE_THEN_VERB = re.compile(_ROLE_WORDS + _VERB + r"\b", re.IGNORECASE)
# A speaker that is no person: `“…,” the statement said`, `“…,” the company said in a release`.
_NO_PERSON_THEN_VERB = re.compile(
    r"(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+)?(?:"
    + lexicon.alternation(lexicon.IMPERSONAL_SPEAKERS)
    + r")\s+"
    + _ADVERBS
    + _VERB
    + r"\b",
    re.IGNORECASE,
)
_PRONOUN_THEN_VERB = re.compile(r"(he|she)\s+" + _ADVERBS + _VERB + r"\b", re.IGNORECASE)
_MIN_WORDS = 3  # shorter quoted words ("not happy", "STOP!") are phrases, not statements
_CLAUSE_WORDS = 12  # quoted words that begin in lowercase are a statement from this length on
_QUOTES_PER_PARAGRAPH = 200  # a run-on paragraph's first quotes: each looks through the paragraph's names


def _by_paragraph(mentions: Sequence[Mention]) -> collections.defaultdict[int, list[Mention]]:
    found: collections.defaultdict[int, list[Mention]] = collections.defaultdict(list)
    for mention in mentions:
        found[mention.paragraph].append(mention)
    return found


def find_quotes(article: Article, mentions: Sequence[Mention]) -> list[Quote]:
    """Every quote in `article` whose speaker is one of its person `mentions`."""
    people = [m for m in mentions if m.kind == "person"]
    spans = [
        [(m.start(), m.end()) for m in _QUOTED.finditer(p.text)] if '"' in p.text or "“" in p.text else []
        for p in article.paragraphs
    ]
    signed = {p.index for p in article.paragraphs if signature(p.text)}
    # Names inside quotes or in a post's signature are not who a later "he" refers to.
    antecedents = [
        m
        for m in people
        if m.paragraph not in signed and not any(s <= m.start < e for s, e in spans[m.paragraph])
    ]
    # A post and its signature interrupt the text: a pronoun after them refers to a person named before.
    embedded = signed | {index - 1 for index in signed}
    speakers = _Speakers(article, people, antecedents, embedded)
    quotes = []
    for paragraph in article.paragraphs:
        if paragraph.index in signed:
            quotes += _signed(article, paragraph.index, speakers.people[paragraph.index])
            continue
        previous: str | None = None
        for number, (start, end) in enumerate(spans[paragraph.index][:_QUOTES_PER_PARAGRAPH]):
            text = paragraph.text
            after = (
                len(text)
                if number + 1 == len(spans[paragraph.index])
                else spans[paragraph.index][number + 1][0]
            )
            before = 0 if number == 0 else spans[paragraph.index][number - 1][1]
            tail = text[end:after]
            if _NO_PERSON_THEN_VERB.match(_CLAUSES.first(tail.lstrip(" ,"))):
                previous = None  # the statement's words, and those that go on after them
                continue
            speaker = speakers.after(paragraph.index, end, tail) or speakers.before(
                paragraph.index, before, text[before:start]
            )
            previous = speaker = speaker or previous
            inner = text[start + 1 : end - 1]
            if speaker and _statement(inner):
                quotes.append(
                    Quote(
                        text=inner.strip(" ,"),
                        speaker=speaker,
                        paragraph=paragraph.index,
                        start=start + 1,
                        end=end - 1,
                    )
                )
    return quotes


def _statement(quoted: str) -> bool:
    """Quoted words a reader reads as a statement: a sentence (it begins with a capital) or a clause of
    some length, not a phrase quoted inside the reporter's sentence (his statement had not been
    "written by or at Number 10")."""
    words = quoted.split()
    sentence = not quoted.lstrip(" .…(")[:1].islower()
    return len(words) >= _MIN_WORDS and (sentence or len(words) >= _CLAUSE_WORDS)


def _signed(article: Article, index: int, people: Sequence[Mention]) -> list[Quote]:
    """The post a signature line signs: the paragraph before it, when a person signs it."""
    signer = next((m for m in people if m.paragraph == index), None)
    if signer is None or index == 0:
        return []
    post = article.paragraphs[index - 1].text
    end = len(post) - len(_LINK_TAIL.search(post).group(0)) if _LINK_TAIL.search(post) else len(post)
    if signature(post) or len(post[:end].split()) < _MIN_WORDS:
        return []
    return [Quote(text=post[:end], speaker=signer.key, paragraph=index - 1, start=0, end=end)]


class _Speakers:
    """Who a speech verb next to a quote names: a person mention, or a pronoun or role resolved."""

    def __init__(
        self, article: Article, people: Sequence[Mention], antecedents: Sequence[Mention], embedded: set[int]
    ) -> None:
        self.texts = [p.text for p in article.paragraphs]
        # By paragraph, in reading order: a look-up reads its paragraph's names, not the article's.
        self.people = _by_paragraph(people)
        self.antecedents = _by_paragraph(antecedents)
        self.embedded = embedded
        """Paragraphs of posts and their signatures, which a pronoun's referent is looked for across."""

    def _named(self, paragraph: int, start: int, end: int) -> Mention | None:
        """The last person mention that lies within [start, end) of the paragraph."""
        inside = [
            m for m in self.people[paragraph] if start <= m.start and m.end <= end and not self.possessive(m)
        ]
        return inside[-1] if inside else None

    def possessive(self, mention: Mention) -> bool:
        """A name that owns something ("Smith’s plan") is not who speaks."""
        return self.texts[mention.paragraph][mention.end : mention.end + 2] in ("’s", "'s")

    def _first(self, paragraph: int, at: int) -> Mention | None:
        """The first person mention that starts within a short reach after `at`."""
        return next((m for m in self.people[paragraph] if at <= m.start <= at + _REACH), None)

    def _referent(self, paragraph: int, at: int, role: str | None = None) -> str | None:
        """The person a pronoun or role at `at` means: the nearest named before in its paragraph or the one
        before (an embedded post left out), preferring one with the role."""
        previous = paragraph - 1
        while previous in self.embedded:
            previous -= 1
        earlier = self.antecedents[previous] + [m for m in self.antecedents[paragraph] if m.end <= at]
        if role:
            with_role = [m for m in earlier if m.role and role.casefold() in m.role.casefold()]
            earlier = with_role or earlier
        return earlier[-1].key if earlier else None

    def after(self, paragraph: int, offset: int, tail: str) -> str | None:
        """`“…,” Smith said`, `“…,” said Smith`, `“…,” he said`, `“…,” the mayor said`."""
        lead = len(tail) - len(tail.lstrip(" ,"))
        clause = _CLAUSES.first(tail[lead:])
        verb_first = _VERB_FIRST.match(clause)
        if verb_first:
            named = self._first(paragraph, offset + lead + verb_first.end())
            if named and _TITLES.fullmatch(tail[lead + verb_first.end() : named.start - offset]):
                return named.key
        if _PRONOUN_THEN_VERB.match(clause):
            return self._referent(paragraph, offset)
        role = _ROLE_THEN_VERB.match(clause)
        if role:
            return self._referent(paragraph, offset, role.group(1))
        named = self._first(paragraph, offset + lead)
        if (
            named
            and named.end - offset - lead <= len(clause)
            and _SPEAKER_THEN_VERB.match(tail[named.end - offset :])
        ):
            return named.key
        return None

    def before(self, paragraph: int, offset: int, head: str) -> str | None:
        """`Smith said: “…”`, `Smith told reporters that it was “…”`, `he wrote, “…”`."""
        sentence = _CLAUSES.last_start(head)
        named = self._named(paragraph, offset + sentence, offset + len(head))
        if named and _COLON.fullmatch(head[named.end - offset :]):
            return named.key
        verbs = list(_VERB_WORD.finditer(head[sentence:]))
        if not verbs:
            return None
        verb = sentence + verbs[-1].start()
        named = self._named(paragraph, offset + sentence, offset + verb)
        pronoun = _PRONOUN.search(head[sentence:verb]) or _SUBJECT_PRONOUN.match(head[sentence:verb])
        if pronoun and (named is None or named.end <= offset + sentence + pronoun.start()):
            return self._referent(paragraph, offset + sentence + pronoun.start())
        role = _ROLE.search(head[sentence:verb])
        if role and (named is None or named.end <= offset + sentence + role.start()):
            return self._referent(paragraph, offset + sentence + role.start(), role.group(1))
        return named.key if named else None
