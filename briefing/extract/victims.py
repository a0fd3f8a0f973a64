"""Victims counted by the people news names, not by a number: "killing her and another woman", "Woman,
young child killed", "kills 3 bandmates, self", "Randy Lee Jones, 21, Killed".

A list of people is read as news writes one: items joined by commas and "and", each one person ("his
wife", "a 2-year-old girl", "another woman", a name with its age, "himself") or a number of them ("two
young children", "3 bandmates"). The list is a count when a verb makes it the object of what happened
("killing her and another woman", "fatally shot his parents and two sisters") or when it is the subject
of an outcome ("A woman and her granddaughter both died", "Man, baby found dead", "left a woman and her
son dead"). A killer who then kills himself is one more ("killed two people and then himself"). An
infinitive is an intention, not a count ("conspiring to kill three others").

A headline counts one person by a noun alone ("Mother injured, child killed in Paulding County shooting").

A list of one number is the number reader's ("killing three"), and so is one person told by "a" ("a man
died", `figures._ONE_VICTIM`): only what they cannot read is read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from text_to_num import text2num

from .lexicon import contains_any, word_table

ONE_PERSON = word_table("""man woman boy girl child baby infant toddler newborn teen teenager son daughter
wife husband girlfriend boyfriend fiancee fiance ex-wife ex-husband ex-girlfriend ex-boyfriend mother father
mom dad stepfather stepmother stepson stepdaughter brother sister grandmother grandfather grandson
granddaughter cousin uncle aunt nephew niece friend neighbor neighbour roommate officer deputy trooper agent
guard victim person resident student worker employee firefighter clerk owner customer bystander pastor
chaplain priest teacher nurse driver passenger relative sibling partner suspect gunman shooter technician
captain sergeant lieutenant detective judge reporter prosecutor doctor paramedic soldier sailor marine pilot
manager cashier bouncer security male female chief mayor coach principal""")
"""Nouns of one person ("his wife", "another woman")."""
PEOPLE_PLURAL = word_table("""people persons men women children kids boys girls babies teens teenagers sons
daughters brothers sisters siblings parents adults relatives friends neighbors neighbours officers deputies
troopers agents victims students workers employees customers bystanders members bandmates musicians
partygoers others civilians residents guests patrons""")
"""Plural nouns of people ("two young children", "3 bandmates")."""
PAIRS = word_table("parents grandparents twins couple")
"""Nouns of two people told without a number ("his parents", "the couple")."""
SELF = word_table("himself herself self")
"""A killer counted among the dead: "kills 3 bandmates, self"."""

_ENDS_DESCRIPTION = """and or but in at on of with before after then by from to as while when the a an
his her their its second third fourth fifth sixth seventh eighth"""
_WORD = rf"(?!(?:{'|'.join(_ENDS_DESCRIPTION.split())})\b)(?![\w'’-]+(?:ing|ly)\b)[\w'’-]+"
"""A word of a person's description, not one that ends it: "young", "5-year-old", "estranged"."""
_DESCRIBED = rf"(?:{_WORD}\s+){{0,5}}?"
_DETERMINER = r"(?:a|an|the|his|her|their|its|another|one|other|that|this)\s+"
_NUMBER_WORD = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_NOT_NAMES = """In On At To Of For With From By The A An Another And Or But After Before During When While
Police Officers Authorities Sheriff Deputies Suspected Suspect Shooting Shootings Man Woman Teen Boy Girl
Update Breaking"""
_NAME = (
    r"(?:(?:Police\s+|Senior\s+|Chief\s+)?(?:Capt|Sgt|Lt|Cpl|Det|Dr|Officer|Deputy|Trooper|Judge|Agent)\.?\s+)?"
    r"(?!(?:" + "|".join(_NOT_NAMES.split()) + r")\b)"
    r"[A-Z][a-z][\w'’-]*(?:\s+[“\"][A-Z][a-z]+[”\"])?"  # "Jefferson “Rex” Rivers"
    r"(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]*){1,3}(?:\s+(?:Jr|Sr|II|III)\.?)?"
)
"""A name of two to four capitalized words: "Randy Lee Jones", "Terry Robinson Jr."."""


def _alternation(words: frozenset[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=lambda word: (-len(word), word)))


# One item of a list of people, with what it counts: the killer himself, a number of people, two, one
# person determined ("his wife", "a 2-year-old"), one person bare ("young child", in a headline), a name
# (with its age, "Randy Lee Jones, 21,"), or a pronoun.
_ONE = _alternation(ONE_PERSON)
_AGE_NOUN = rf"(?:\d+|{_NUMBER_WORD})-(?:year|month)-old(?!\s+(?-i:[A-Z][a-z]+\s+[A-Z]))|\w+-grader"
"""A person named by an age or a school grade: "an 18-year-old", "the sixth-grader"; not before a name."""
_ITEM = rf"""(?:
        (?P<self>{_alternation(SELF)})\b
      | (?:(?:his|her|their|the|both|all)\s+)?(?P<number>{_NUMBER_WORD})\s+{_DESCRIBED}
        (?:{_alternation(PEOPLE_PLURAL)})\b
      | (?:{_DETERMINER}{_DESCRIBED}|{_WORD}\s+)?(?P<pair>{_alternation(PAIRS)})\b
      | {_DETERMINER}{_DESCRIBED}(?:{_ONE}|{_AGE_NOUN})\b(?!-)
      | (?P<bare>{_DESCRIBED}(?:{_ONE}))\b(?!-)
      | (?P<aged>\d{{1,3}}-year-old\s+)?(?P<name>(?-i:{_NAME}))(?P<age>,\s*\d{{1,3}}\b)?
      | (?:her|him|another)\b
    )"""
_ITEM_PATTERN = re.compile(_ITEM, re.IGNORECASE | re.VERBOSE)
_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_SEPARATORS = re.compile(f"({_SEPARATOR})", re.IGNORECASE)
_UNNAMED_ITEM = re.sub(r"\(\?P<\w+>", "(?:", _ITEM)
_LIST = rf"(?P<list>{_UNNAMED_ITEM}(?:{_SEPARATOR}{_UNNAMED_ITEM})*)"
"""Items joined by commas and "and" (the groups of `_ITEM` left unnamed, to be repeated)."""

VERBS = {
    "killed": r"""kill(?:s|ed|ing)|slays|slew|slaying|murder(?:s|ed|ing)|gunned\ down|guns\ down|gunning\ down
        |(?:deaths?|killings?|murders?|slayings?)\ of
        |fatally\ (?:shot|shoots|shooting|stabbed|stabbing)
        |(?:shot|shoots|shooting)\ (?:and\ (?:killed|kills|killing)|to\ death)""",
    "injured": r"""(?:critically\ |seriously\ )?(?:wound(?:s|ed|ing)|injur(?:es|ed|ing))""",
    "shot": r"""shot|shoots|shooting""",
}
"""Verb forms whose object is a list of people, by what happened to them."""
# A list of people after a verb: "killing her and another woman", "kills 3 bandmates, self".
_OBJECT = re.compile(
    r"\b(?:" + "|".join(f"(?P<{measure}>{verbs})" for measure, verbs in VERBS.items()) + rf")\s+{_LIST}",
    re.IGNORECASE | re.VERBOSE,
)
_WITHIN_SENTENCE = re.compile(r"[\w,’']\s+$")
"""What stands before a word inside a sentence: a word or a comma, not a sentence's end nor a quote."""
_DETERMINED = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+$", re.IGNORECASE)
"""A determiner before a verb's form, which makes it an adjective: "an injured person"."""
# What makes a verb an intention or a possibility, not an event: "to kill", "would kill", "tried to kill".
_INTENTION = re.compile(r"\b(?:to|will|would|could|might|may|can|must|should)\s+$", re.IGNORECASE)
# The killer counted after the list: "killed two people and then himself", "… before killing himself".
_TAIL = re.compile(
    r"""\s*,?\s+(?:and\s+)?(?:then\s+)?(?:(?:before|after)\s+)?
        (?:(?:killing|shooting|turning\ the\ gun\ on|turned\ the\ gun\ on|killed|shot)\s+)?
        (?:himself|herself)\b""",
    re.IGNORECASE | re.VERBOSE,
)
FATES = {
    "killed": r"""killed|dead|slain|died|murdered|shot\ dead|shot\ and\ killed|shot\ to\ death
        |fatally\ shot""",
    "injured": r"""wounded|injured|hurt|shot\ and\ wounded""",
}
"""Outcomes a list of people is the subject of."""
_FATE_WORDS = tuple(
    phrase.strip().replace("\\ ", " ") for fates in FATES.values() for phrase in fates.split("|")
)
"""The words of `FATES`, which `_subjects` needs in a paragraph, looked for first."""
# A list of people that an outcome follows, where a clause begins: "Woman, young child killed", "A woman
# and her 6-year-old granddaughter both died", "left a woman and her son dead", "found a father and
# daughter dead".
_CLAUSE_START = re.compile(
    r"^|(?<=[.!?;:—–]\s)|(?<=\s-\s)|\b(?:found|left|leaving|leaves|leave|say|says|said|after|when|while|as)\s+"
)
"""Where a list of people an outcome follows may begin: a sentence, a clause, or after "found", "said",
"after" ("Four days after three men and a woman were wounded")."""
_SUBJECT = re.compile(
    rf"""{_LIST}
        (?:,?\s+(?:both|all)(?:\s+\d{{1,3}})?,?)?  # "…, both 51, died"
        ,?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+)?(?:(?:all|both|later|also|each)\s+)?
        (?:(?:found|left)\s+)?
        (?:"""
    + "|".join(f"(?P<{measure}>{fates})" for measure, fates in FATES.items())
    + r""")\b
        (?!\s+(?:a|an|the|his|her|their|its|him|them|one|two|three|four|five|\d)\b)  # not a verb's object""",
    re.IGNORECASE | re.VERBOSE,
)
# One person told before ("killed the boy", "shot him"), who was counted where first told; not one a
# description makes known ("critically injuring the Woodburn police chief").
_ANAPHORIC = re.compile(r"(?:the\s+[\w'’-]+|her|him)$", re.IGNORECASE)
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}")
_KILLER = re.compile(r"\b(?:himself|herself)$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s")
ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
ORDINALS |= {"sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8}
"""Ordinals of the dead: "a third victim died" tells of three."""
# The latest of the dead told by an ordinal: "A third died at the hospital", "Third victim dies", "2nd body
# found", "claim fifth victim", "the death of a fifth man".
_ORDINAL = re.compile(
    rf"""\b(?:death|killing|murder|slaying)\s+of\s+(?:a|the|another)\s+(?P<death_of>{"|".join(ORDINALS)})\s+
        (?:{_ONE}|victim)\b
      | (?<!\bthe\s)\b(?:(?:a|another)\s+)?(?P<ordinal>{"|".join(ORDINALS)})\s+  # not "the fourth victim"
        (?:body\b|(?:(?:{_ONE}|victim)\b\s*)?
        (?:(?:has|had|also|later|then|was|is)\s+)*(?:died|dies|dead|killed|succumbed)\b)
      | \bclaim(?:s|ed)?\s+(?:a\s+)?(?P<claimed>{"|".join(ORDINALS)})\s+(?:victim|life)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# One person named, and killed: "Officer Kim Lane, 28, was shot and killed", "Jefferson “Rex” Rivers,
# was shot and killed", "Erica Robinson, a 26-year-old West Haven resident, was killed", "24-year-old Jonathan
# Austin died at the scene"; "died" only of what was done to them, not in prison or of pneumonia.
_NAMED_DEAD = re.compile(
    rf"""(?:\d{{1,3}}-year-old\s+)?(?-i:{_NAME})(?:,\s*\d{{1,3}})?(?:,?\s+of\s+(?-i:[A-Z][\w'’-]+),)?
        (?:,\s+an?\s+\d{{1,3}}-year-old\s+[^,.;]{{1,40}},)?     # ", a 26-year-old West Haven resident,"
        ,?\s+
        (?:(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:also\s+)?
           (?:shot\s+and\s+killed|shot\s+to\s+death|shot\s+dead|killed|fatally\s+(?:shot|wounded|injured)
             |pronounced\s+dead|found\s+dead|slain|murdered)
         | died(?=\s+(?:\w+\s+){{0,6}}?(?:scene|gunshot|wounds?|injuries|shooting|attack|blast|explosion
                |crash|fire|quake|stabbing)))\b
        (?!\s+(?:a|an|the|his|her|their|him|them)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# The attacker, killed: "suspect killed", "the gunman was shot dead", "Suspect Dead".
ATTACKERS = word_table("suspect gunman shooter attacker assailant intruder invader robber burglar")
"""Nouns of the one who attacked: killed too, he is one more of the dead ("suspect killed")."""
_ATTACKER_DEAD = re.compile(
    rf"""\b(?:the\s+)?(?:suspected\s+)?(?P<noun>{"|".join(sorted(ATTACKERS))})
        (?:,?\s+who)?\s+
        (?:(?:was|is|has\s+been|had\s+been)\s+)?(?:also\s+)?(?:later\s+)?
        (?:killed|dead|shot\s+dead|shot\s+and\s+killed|died|fatally\s+shot)\b
        (?!\s+(?:a|an|the|his|her|their|him|them|one|two|three|four|five|\d)\b)
      | \b(?P<pronoun>he|she)\s+was\s+(?:fatally\s+shot|shot\s+(?:and\s+killed|dead)|killed)\s+by\s+
        (?:police|officers|deputies|troopers|an?\s+(?:police\s+)?officer)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# One person a headline names by a noun alone, with what befell them, where a clause begins: "Mother injured,
# child killed in Paulding County shooting", "Teen dies in Chattanooga laundromat shooting", "leaves
# 2-year-old … shot"; not one counted by a number ("3 others"), which the number reader reads, nor one
# before a verb's object ("mother shot husband").
_HEADLINE_ONE = re.compile(
    rf"""(?:^|(?<=[,;:]\s)|(?<=\s[-–—]\s)|(?<=\bleaves\s)|(?<=\bleft\s))
        (?!(?:{_NUMBER_WORD})\b)(?:[\w'’.-]+\s+){{0,2}}?
        (?P<noun>(?:{_ONE})|\d{{1,3}}-(?:year|month)-old)(?:,\s+\d{{1,3}},)?\s+
        (?:(?:is|was)\s+)?
        (?:(?P<killed>killed|slain|dies|died|murdered|(?:found\s+)?dead|fatally\s+shot|shot(?:,)?\s+(?:and\s+killed|killed|dead
             |to\s+death))
          |(?P<injured>injured|wounded|hurt)|(?P<shot>shot))\b
        (?=\s*(?:$|[,;:.!?(—–-])|\s+(?:in|at|on|by|during|after|while|near|outside|inside|over|following|when|as
            |and|early|late|overnight|today|tonight|yesterday|\w+day)\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)
_HEADLINE_FATES = (
    "killed",
    "slain",
    "dies",
    "died",
    "murdered",
    "dead",
    "shot",
    "injured",
    "wounded",
    "hurt",
)
"""What `_HEADLINE_ONE` needs in a headline, looked for first."""
# Words without which a frame finds nothing, looked for as plain text in the paragraph in lower case
# first (Python's regular expressions are slow at finding a word of many): a paragraph without them is not
# read for that frame.
HINTS = ("kill", "dead", "died", "dies", "death", "bod", "slain", "slay", "slew", "murder", "fatal", "gunned",
         "guns down", "wound", "injur", "hurt", "shot", "shoot")  # fmt: skip
"""Words of every frame: a paragraph without them holds no victims to count."""
_DIED = ("kill", "fatal", "dead", "slain", "murder", "died", "shot to death")
_ATTACKER_HINTS = (*ATTACKERS, "he was ")
_ORDINAL_HINTS = tuple(ORDINALS)


@dataclass(frozen=True)
class Victims:
    """People counted by a list: how many, what happened to them, and where the words are."""

    value: int
    measure: str
    start: int
    end: int
    noun: str | None = None
    """The one person a list of one names ("an 18-year-old"); None for a list of several."""


def counted_victims(text: str) -> list[Victims]:
    """The lists of people `text` counts, in reading order."""
    lower = text.lower()
    if not contains_any(HINTS, lower):
        return []
    found = [
        *_objects(text),
        *(_subjects(text) if contains_any(_FATE_WORDS, lower) else ()),
        *(_ordinals(text) if contains_any(_ORDINAL_HINTS, lower) else ()),
        *_singles(text, lower),
    ]
    found.sort(key=lambda victims: victims.start)
    return _with_killers(text, found)


def headline_victims(title: str) -> list[Victims]:
    """The people a headline counts by a noun alone: "Mother injured, child killed" (one injured, one
    killed)."""
    return [
        Victims(
            1, next(fate for fate in ("killed", "injured", "shot") if m[fate]), m.start(), m.end(), m["noun"]
        )
        for m in (_HEADLINE_ONE.finditer(title) if contains_any(_HEADLINE_FATES, title.lower()) else ())
    ]


def _objects(text: str) -> Iterator[Victims]:
    """Lists a verb makes the object of what happened: "killing her and another woman"."""
    for match in _OBJECT.finditer(text):
        if _INTENTION.search(text, max(0, match.start() - 12), match.start()):
            continue  # "conspiring to kill three others"
        verb = match.group(_measure(match, VERBS))
        if verb[0].isupper() and _WITHIN_SENTENCE.search(text, 0, match.start()) and not title_case(text):
            continue  # "Chicago's Killing Fields": a capital inside a sentence makes a name, not a verb
        if not verb.lower().endswith(" of") and _DETERMINED.search(
            text, max(0, match.start() - 8), match.start()
        ):
            continue  # "I saw an injured person": an adjective, not a verb (but "the killing of")
        measure = _measure(match, VERBS)
        read = _read_items(match["list"])
        if _unaged_name(read) and title_case(text):
            continue  # "Shooting That Killed": a headline's capitals make names of everything
        items = [item for item, _ in read]
        if not items or (measure == "shot" and (items[0]["bare"] or items[0]["self"])):
            continue  # "shooting suspect", "shot guard": a noun; "shot himself": the killer, told as killed
        end = match.end("list")
        tail = _TAIL.match(text, end) if measure == "killed" else None
        if tail or len(items) > 1 or not (items[0]["number"] or _ANAPHORIC.fullmatch(items[0][0])):
            noun = items[0][0] if len(items) == 1 and not tail else None
            yield Victims(
                _total(items) + bool(tail), measure, match.start(), tail.end() if tail else end, noun
            )


def _subjects(text: str) -> Iterator[Victims]:
    """Lists an outcome follows: "Woman, young child killed", "Randy Lee Jones, 21, Killed"; in a headline
    a name counts only with its age: its capitals make names of everything ("Navy Yard, Suspected Gunman")."""
    for start in _CLAUSE_START.finditer(text):
        match = _SUBJECT.match(text, start.end())
        if match is None:
            continue
        read = _read_items(match["list"])
        if _unaged_name(read) and title_case(text):
            continue
        items = [item for item, _ in read]
        if len(items) > 1 or (items and items[0]["name"]):
            noun = items[0][0] if len(items) == 1 else None
            yield Victims(_total(items), _measure(match, FATES), match.start("list"), match.end(), noun)


def _unaged_name(read: list[tuple[re.Match, bool]]) -> bool:
    return any(item["name"] and not aged for item, aged in read)


def _singles(text: str, lower: str) -> Iterator[Victims]:
    """One person killed, by name ("Officer Kim Lane, 28, was shot and killed"; in a headline, only
    with an age), or the attacker ("suspect killed")."""
    if contains_any(_DIED, lower) and not title_case(text):
        yield from (Victims(1, "killed", m.start(), m.end(), m.group()) for m in _NAMED_DEAD.finditer(text))
    # "before he was shot and killed by police": the one killed by police is the attacker.
    if contains_any(_ATTACKER_HINTS, lower):
        attackers = _ATTACKER_DEAD.finditer(text)
        yield from (Victims(1, "killed", m.start(), m.end(), m["noun"] or "gunman") for m in attackers)


def _ordinals(text: str) -> Iterator[Victims]:
    """The dead an ordinal tells of: "A third died at the hospital" (three), "2nd body found" (two)."""
    for match in _ORDINAL.finditer(text):
        ordinal = match["death_of"] or match["ordinal"] or match["claimed"]
        yield Victims(ORDINALS[ordinal.lower()], "killed", match.start(), match.end())


def _with_killers(text: str, found: list[Victims]) -> list[Victims]:
    """`found`, a killer who kills himself after the others in one sentence counted with them: "killing
    her and another woman, and wounding two law enforcement officers before killing himself"."""
    merged: list[Victims] = []
    for victims in found:
        previous = merged[-1] if merged else None
        if previous and previous.measure == victims.measure and victims.end <= previous.end:
            continue  # "killed his wife, son and daughter before killing himself": the killer counted already
        if (
            previous
            and victims.measure == previous.measure == "killed"
            and victims.value == 1
            and _KILLER.search(text, victims.start, victims.end)
            and not _SENTENCE_END.search(text, previous.end, victims.start)
        ):
            merged[-1] = Victims(previous.value + 1, "killed", previous.start, victims.end)
        else:
            merged.append(victims)
    return merged


def title_case(text: str) -> bool:
    """Text with a capital on its words, as a headline has: "Gunman Kills 3 Bandmates, Self"; not a
    sentence naming people ("Police Capt. Tom Tennant and Senior Trooper William Hakim, both 51, died")."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 3 and sum(word[0].islower() for word in words) <= 1


def _one_number(words: str) -> bool:
    """A list of one item, a number of people: "killing three", which the number reader reads."""
    items = _items(words)
    return len(items) == 1 and bool(items[0]["number"])


def _items(words: str) -> list[re.Match]:
    """The items of a list of people, each read whole ("A 23-year-old man" is one): an age between commas
    after a name ("Mackenzie Parker, 8, and Haylee Parker, 5") is none, and so is a name set after a
    person by a comma ("his father, Samir Zawahri, and his brother"), which is the same person."""
    return [item for item, _ in _read_items(words)]


def _read_items(words: str) -> list[tuple[re.Match, bool]]:
    """The items of a list of people (see `_items`), each with whether an age follows it."""
    parts = _SEPARATORS.split(words)
    items: list[tuple[re.Match, bool]] = []
    current, separator = "", ""
    for index in range(0, len(parts), 2):
        current = current + parts[index - 1] + parts[index] if current else parts[index]
        if current.strip().isdigit():
            if items:
                items[-1] = (items[-1][0], True)
            current = ""
        elif item := _ITEM_PATTERN.fullmatch(current):
            # A name and a description set apart by a comma alone are one person, in either order.
            apposition = items and bool(item["name"]) != bool(items[-1][0]["name"]) and "and" not in separator
            if not apposition:
                items.append((item, bool(item["aged"] or item["age"])))
            current = ""
        separator = parts[index + 1] if index + 1 < len(parts) else ""
    return items


def _measure(match: re.Match, table: dict[str, str]) -> str:
    return next(measure for measure in table if match[measure])


def _total(items: list[re.Match]) -> int:
    """How many people a list's items count: "3 bandmates, self" counts 4."""
    return sum(_value(item["number"]) if item["number"] else 2 if item["pair"] else 1 for item in items)


def _value(number: str) -> int:
    return int(number) if number.isdigit() else text2num(number.lower(), "en")
