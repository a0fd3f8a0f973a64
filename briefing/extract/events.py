"""Other events: a figure that counts what happened in an event the article recalls, not in its own.

"the worst disaster in December 2003, in which more than 31,000 people were killed": the 31,000
belong to December 2003. A figure of another event is shown apart from the story's own, with the
event's label.

Each rule reads the words around a figure and gives the other event's label, or nothing. A date
linked to the count, or an event named with its date, marks any figure. A toll (people killed,
injured, missing...) is also another event's when its sentence puts it in a past time ("In
February, a quake hit Zarand, killing 612", "killed 31,000 in Bam in 2003", "died in the civil
war"), or when it begins with "It" or "That" after a sentence about another event ("The last major
quake was in February, when... It killed 612"), or when an event named with "a" struck a country
that the article's title and lead do not name ("killed by a quake in eastern China" in a report of
a quake in Iran), or when it is the sum of several events named by a plural ("4 killed, 16 wounded
in Wednesday shootings across Chicago", "in five separate shooting incidents"), or of a violent
stretch of time ("Violent night leaves 2 dead, 6 injured in Detroit"). A past date by another figure
(sales "in 2003") only dates it. A time that is the article's own (its month, or its year given alone)
is no other event.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Article
from ..months import MONTH_ABBREVIATIONS, MONTHS
from .gazetteer import gazetteer
from .lexicon import word_table

_MONTH_NAMES = "|".join(month.title() for month in MONTHS)
_MONTH_ABBREVIATED = "|".join(month.title() for month in MONTH_ABBREVIATIONS)
# A date: "last year's", "next week", "this month March 3", "March 3, 2024", "Nov. 15" (as the wires
# abbreviate a month before its day), "2011".
_DATE = re.compile(
    r"""\b(?:last|this|next)\ (?:year|month|week)\b(?:['’]s)?(?:\ (?:"""
    + _MONTH_NAMES
    + r""")(?:\ \d{1,2})?)?
      | \b(?:"""
    + _MONTH_NAMES
    + r""")(?:\ \d{1,2})?(?:,?\ (?:19|20)\d{2})?\b
      | \b(?:"""
    + _MONTH_ABBREVIATED
    + r""")\.\ \d{1,2}\b(?:,?\ (?:19|20)\d{2}\b)?
      | \b(?:19|20)\d{2}\b""",
    re.VERBOSE,
)
_EVENT_NOUNS = word_table("""attack attacks shooting bombing strike strikes earthquake quake blast explosion
fire flood crash massacre raid""")
"""Head words of the events a count is given for: "the 2011 attack"."""
_EVENT_NOUN = "|".join(sorted(_EVENT_NOUNS))
# A dated event named right after the count: "were injured in the 2011 attack".
_DATED_EVENT_AFTER = re.compile(
    r"""[^.;]{0,40}?\b(?:in|during|from|by|since)\s+(?:the|a|an)\s+(?P<date>"""
    + _DATE.pattern
    + r""")\s+
        (?:[\w-]+\s+)?
        (?:"""
    + _EVENT_NOUN
    + r""")\b""",
    re.VERBOSE,
)
# A year opening the noun phrase a count ends: "the 2014 shooting (death of…)", "the 2012 (massacre of…)".
_DATED_NOUN = re.compile(r"\b[Tt]he\s+(?P<date>(?:19|20)\d{2})\s+(?:[a-z-]+\s+){0,2}$")
# A past time a toll is given in: "in February", "in early March", "during September 2009", "in 2003",
# "last year", "last week", "three years ago" (not a day: "on March 3" may be the article's own; nor "last
# weekend", a Monday report's own, nor "two months ago", a follow-up's own shooting).
_PAST_TIME = re.compile(
    r"""\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid-?)\s*)?
          (?P<date> (?:"""
    + _MONTH_NAMES
    + r""")(?:,?\s+(?:19|20)\d{2})? | (?:19|20)\d{2} )\b(?![-–]\d)
      | \b(?P<last>[Ll]ast\ (?:year|month|week))\b(?:['’]s)?
      | \b(?P<ago>(?:[\w-]+\s+){1,2}years?\s+ago)\b""",
    re.VERBOSE,
)
# An event of the kind named with "a" and the place it struck, right after a toll: "were killed by a quake
# in eastern China" (not "the quake", which is the story's own).
_EVENT_SOMEWHERE = re.compile(
    r"""^[^.;]{0,40}?\b(?:in|by)\s+an?\s+(?:[\w-]+\s+)?(?P<event>"""
    + _EVENT_NOUN
    + r""")\s+in\s+(?:(?:north|south|east|west|central)\w*\s+)?(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)""",
    re.VERBOSE,
)
_CAPITALIZED = re.compile(r"\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?")
# A war a toll is counted in: "died in the north-south civil war", "in the latest war".
_WAR = re.compile(r"\b(?:in|during)\s+(?P<war>the\s+(?:[\w-]+\s+){0,3}?[Ww]ar)\b")
# Events of which a count is the sum, named by a plural without "the": "in Wednesday shootings across
# Chicago", "in shootings across the city", "in separate shootings"; not "in the shootings", one gunman's.
_SEVERAL = re.compile(
    r"\b(?i:in|from)\s+(?!(?i:the|a|an|this|that)\b)(?:[\w,-]+\s+){0,3}?"
    r"(?P<events>(?i:shootings|stabbings|shooting\s+incidents))\b"
)
# A toll a violent stretch of time gives, the sum of its shootings: "Violent night leaves 2 dead, 6 injured
# in Detroit", "Outrage after bloody night in St. Louis leaves 18 shot", "A bloody Mother's Day weekend in
# Detroit left seven people dead".
_VIOLENT_PERIOD = re.compile(
    r"\b(?P<period>(?i:violent|bloody|deadly)\s+(?:[\w'’-]+\s+){0,2}?(?i:night|weekend|day(?:\s+weekend)?|week))\b"
)
# A sentence that goes on about the event of the one before: "It killed 612 people", "That temblor killed".
_GOES_ON = re.compile(
    r"""\W*(?:It|That\s+[a-z]+)\s+                   # "It", "That temblor"
        (?:killed|left|injured|wounded|claimed)\b""",
    re.VERBOSE,
)
# The event a toll is given for, named as one told before: "in the quake", "during the attack".
_IN_THE_EVENT = re.compile(r"\b(?:in|by|during|from)\s+the\s+(?:" + _EVENT_NOUN + r")\b")
# A day of the article's own: "Tuesday", "today", "this morning".
_OWN_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|this\s+morning)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:](?=\s)|,\s*(?:but|while|and)\b")
"""Where a clause of several ends: "killed 31,000 in Bam in 2003(, and) 600 in Zarand in February"."""
_PHRASE_END = re.compile(r"[,.;:!?](?=\s|$)")
"""A mark that ends a phrase, not one inside a number ("2,000", "6.4")."""
# A count in a participle's phrase after a comma: "a quake hit Zarand(, killing) 612 people".
_PARTICIPLE = re.compile(r",\s+[a-z]+ing\b")
# Words of the future, which no past time follows: "will die… before the next meeting in April".
_FUTURE = re.compile(r"\b(?:will|would|next)\b|['’]ll\b", re.IGNORECASE)

_DATELINE_CLOSE = re.compile(r"\)\s*[:—–-]")
"""What closes a dateline's date: "(December 2, 2015):"."""

Rule = Callable[[str, str], str | None]
"""A rule: from the text of the sentence before the count and after it (to the sentence's end), an
event's label or None."""


def _linked_date(before: str, after: str) -> str | None:
    """A date linked to the count that follows: "in December 2003, in which (31,000 people were
    killed)", "since 2005, when (80 died)"; not the date of a dateline ("SAVANNAH, GA (December 2,
    2015): … a shooting… that injured three males")."""
    dates = [date for date in _DATE.finditer(before) if not _DATELINE_CLOSE.match(before, date.end())]
    if not dates:
        return None
    date = dates[-1]
    if re.search(r"\b(when|which|that|where)\b", before[date.end() :]) or re.search(
        r"\bsince\s+$", before[: date.start()]
    ):
        return date.group()
    return None


def _dated_event_after(before: str, after: str) -> str | None:
    """An event named with its date after the count: "(were injured) in the 2011 attack"."""
    found = _DATED_EVENT_AFTER.match(after)
    return found["date"] if found else None


def _dated_noun_before(before: str, after: str) -> str | None:
    """A year that dates the noun phrase the count is in: "indicted in the 2014 shooting (death of a
    17-year-old)", "the 2012 (massacre of 20 children)"."""
    found = _DATED_NOUN.search(before)
    return found["date"] if found else None


def _past_time_before(before: str, after: str) -> str | None:
    """A past time that opens the count's clause or leads to the participle that gives the count:
    "In February, a quake hit Zarand, killing (612)", "Last year, a quake rocked Sumatra, killing (one)",
    "struck southern Iran in September near Bandar Abbas, killing (at least seven)"."""
    clause = before[_last_break(before) :]
    found = list(_PAST_TIME.finditer(clause))
    if not found:
        return None
    time = found[-1]
    opens = not clause[: time.start()].strip(" “\"'")
    return _label(time) if opens or _PARTICIPLE.search(clause, time.end()) else None


def _past_time_after(before: str, after: str) -> str | None:
    """A past time in the count's phrase: "(killed more than 31,000) in Bam in central Iran in 2003",
    "(600 were killed) in the city of Zarand in February"; not in the future ("will die… before the next
    meeting in April")."""
    phrase = _phrase(after)
    found = _PAST_TIME.search(phrase)
    return _label(found) if found and not _FUTURE.search(phrase, 0, found.start()) else None


def _war_after(before: str, after: str) -> str | None:
    """A war in the count's phrase: "(2 million people died) in the north-south civil war"."""
    found = _WAR.search(_phrase(after))
    return found["war"] if found else None


def _several_after(before: str, after: str) -> str | None:
    """Several events the count is a sum of, named after it in its clause: "(4 killed), 16 wounded in
    Wednesday shootings across Chicago", "(seven injured) in shootings across the city Saturday and Sunday";
    a shooting's count is its own ("in a shooting", "in the shootings" of one gunman)."""
    found = _SEVERAL.search(after[: _clause_end(after)])
    return f"several {found['events'].lower()}" if found else None


def _violent_period_before(before: str, after: str) -> str | None:
    """A violent night or weekend the toll is the sum of, told before it in its sentence: "Violent weekend in
    Detroit: 17 scenes, (7 dead)", "sets off violent night in Philadelphia, leaving (two dead)"; not a
    shooting's own "deadly" ("a deadly shooting left two dead")."""
    found = _VIOLENT_PERIOD.search(before)
    return found["period"].lower() if found else None


def _clause_end(after: str) -> int:
    end = re.search(r"[.;:!?](?=\s|$)", after)
    return end.start() if end else len(after)


def _past_time_in(sentence: str) -> str | None:
    """The last past time of a sentence: "The same island was hit by a 6.1 quake in September"."""
    found = list(_PAST_TIME.finditer(sentence))
    return _label(found[-1]) if found else None


def _phrase(after: str) -> str:
    """The words after a count up to the next punctuation mark."""
    end = _PHRASE_END.search(after)
    return after[: end.start()] if end else after


def _last_break(before: str) -> int:
    """Where the clause that holds a count begins in the words before it."""
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return breaks[-1].end() if breaks else 0


def _label(time: re.Match[str]) -> str:
    """A past time's label: "February", "September 2009", "2003", "last year", "three years ago"."""
    return time["date"] or (time["last"] or time["ago"]).lower()


def _ago_after(before: str, after: str) -> str | None:
    """Years ago in the count's clause: "(Eight died) in a hair salon shooting in a beach town,
    three years ago"."""
    found = _PAST_TIME.search(after[: _clause_end(after)])
    return found["ago"].lower() if found and found["ago"] else None


ANY_FIGURE: tuple[Rule, ...] = (_linked_date, _dated_event_after)
"""Rules for every figure."""
TOLLS_ONLY: tuple[Rule, ...] = (
    _past_time_after,
    _past_time_before,
    _dated_noun_before,
    _war_after,
    _ago_after,
    _several_after,
    _violent_period_before,
)
"""Rules for a toll only, in this order (a count's own time before an earlier one): a past time by a
count of sales or seats dates it, it is no other event."""


def other_event(
    text: str,
    sentence: tuple[int, int],
    span: tuple[int, int],
    article: Article,
    *,
    toll: bool,
    previous: tuple[int, int] | None = None,
) -> str | None:
    """Another event the figure at `span` of `text` belongs to, or None; `sentence` is the figure's
    sentence and `previous` the one before it; a `toll` counts people something happened to."""
    before, after = text[sentence[0] : span[0]], text[span[1] : sentence[1]]
    rules = ANY_FIGURE + TOLLS_ONLY if toll else ANY_FIGURE
    label = next((found for rule in rules if (found := rule(before, after))), None)
    if label is None and toll and previous and (_GOES_ON.match(before) or _recalled(before, after)):
        label = _past_time_in(text[previous[0] : previous[1]])
    if label is None and toll:
        label = _elsewhere(after, article)
    if label is None:
        return None
    label = re.sub(r"['’]s$", "", label)
    return None if _own_time(label, article) else label


def _recalled(before: str, after: str) -> bool:
    """A toll given "in the quake" with no day of its own, which after a sentence about an earlier event is
    that event's: "In April last year an 8.6-magnitude quake struck… (Five people died) and seven were
    injured in Aceh in the quake and following aftershocks"."""
    return bool(_IN_THE_EVENT.search(after)) and not _OWN_DAY.search(before + after)


def _elsewhere(after: str, article: Article) -> str | None:
    """An event struck in a country that the article's title and lead do not name: "(more than a dozen
    people were killed) by a quake in eastern China" in a report of a quake in Iran."""
    found = _EVENT_SOMEWHERE.match(after)
    if found is None or (country := _country(found["place"])) is None:
        return None
    lead = " ".join([article.title, article.lead.text if article.lead else ""])
    names = [name.group() for name in _CAPITALIZED.finditer(lead)]
    lead_countries = {_country(part) for name in names for part in (name, *name.split())} - {None}
    if not lead_countries or country in lead_countries:
        return None
    return f"{found['event']} in {found['place']}"


def _country(name: str) -> str | None:
    """The country a well-known place's name is in ("Kabul": Afghanistan), or None."""
    places = gazetteer().lookup(name)
    return places[0].country if places and places[0].major else None


def _own_time(label: str, article: Article) -> bool:
    """A date that is the article's own month, or its year given alone: the story's own event."""
    date = article.date
    if date is None or label.startswith("last "):
        return False
    if label in (str(date.year), date.strftime("%B")):
        return True
    return str(date.year) in label and date.strftime("%B") in label
