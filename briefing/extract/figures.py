"""Figures: reported counts, with their bounds, what they count, who gave them and when.

A figure is a number (digits or words) followed by what it counts ("nine people",
"145 drones") or by what happened to people ("63 injured"). Dates, times, years, ages,
ordinals, money, percentages and model numbers (Su-25) are not figures.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from text_to_num import text2num

from ..measures import FATES, OUTCOME_OF, OUTCOMES, WEAPONS
from ..model import Article, Figure, Paragraph, Quote
from ..sentences import HEADLINE, QUOTATION, SENTENCES, SentenceBounds
from .events import other_event
from .gazetteer import gazetteer
from .lexicon import (
    CLOCK_WORDS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    Folded,
    alternation,
    contains_any,
    speech_verbs,
    word_table,
)
from .quotes import signature as signature_line
from .totals import add_totals
from .victims import counted_victims, headline_victims, title_case
from .words import is_given_name

_UNITS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
)
_SCALES = ("hundred", "thousand", "million", "billion")
_MONTH_WORDS = frozenset(MONTHS + MONTH_ABBREVIATIONS)


def _trie(words: list[str]) -> str:
    """An alternation that shares prefixes ("t(?:wo|hree|…)"): Python's re would try every word at every
    word start otherwise, and number-finding is most of the extractor's time."""
    branches: dict[str, list[str]] = {}
    for word in words:
        branches.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in sorted(branches.items()):
        longer = [rest for rest in rests if rest]
        tail = f"(?:{_trie(longer)}){'?' if '' in rests else ''}" if longer else ""
        parts.append(re.escape(first) + tail)
    return "|".join(parts)


_WORD = f"(?:{_trie(list(_UNITS + _SCALES))})"
FRACTIONS = {
    "half": 1 / 2,
    "a quarter of": 1 / 4,
    "one quarter of": 1 / 4,
    "three quarters of": 3 / 4,
    "a third of": 1 / 3,
    "one third of": 1 / 3,
    "two thirds of": 2 / 3,
}
"""Fractions of "a hundred", "a thousand", "a million" or "a billion": "half a million" is 500,000."""
_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# A number in digits or in words, and its scale: "1,200", "7.5", "twenty-one", "a hundred", "3 million",
# "half a million", "a quarter of a million", "two and a half million", "a dozen", "half a dozen".
_NUMBER = Folded(
    r"""(?<![\w@#/.,:$£€¥-])        # not inside a word, a handle, a path, a decimal or a price
        (?:
            (?P<digits> \d{1,3}(?:,\d{3})+ | \d+ ) (?:\.(?P<decimals>\d+))?
          | (?:(?P<fraction> """
    + alternation(FRACTIONS)
    + r""")\ (?=an?\ (?:hundred|thousand|million|billion|dozen)\b))?
            (?P<words> an?(?=\ dozen\b) | (?:an?\ (?=hundred|thousand|million|billion))? """
    + _WORD
    + r""" (?:(?:-|\ and\ |\ ) """
    + _WORD
    + r""")* )
            (?P<dozen> \ dozen )?
            (?P<and_a_half> \ and\ a\ half (?=\s(?:"""
    + "|".join(_SCALE_WORDS)
    + r""")\b) )?
        )
        (?:\s(?P<scale>"""
    + "|".join(_SCALE_WORDS)
    + r"""))?
        (?![\w%:-])""",
    re.VERBOSE,
)
# Qualifiers before a number, and the bounds they give: (low is the value, high is the value).
QUALIFIERS = {
    "at least": (True, False),
    "no fewer than": (True, False),
    "more than": (True, False),
    "over": (True, False),
    "upwards of": (True, False),
    "in excess of": (True, False),
    "up to": (False, True),
    "as many as": (False, True),
    "at most": (False, True),
    "no more than": (False, True),
    "fewer than": (False, True),
    "less than": (False, True),
    "under": (False, True),
    "nearly": (False, True),
    "almost": (False, True),
    "close to": (False, True),
    "some": (False, False),
    "about": (False, False),
    "around": (False, False),
    "roughly": (False, False),
    "approximately": (False, False),
    "an estimated": (False, False),
    "estimated": (False, False),
}
_QUALIFIER = re.compile(r"\b(" + alternation(QUALIFIERS) + r")\s+$", re.IGNORECASE)

_OUTCOME = OUTCOME_OF
# Outcome words that say what happened to the people counted only after a form of "be" or before one of
# some words, by a pattern of the words before and one of the words after: "two were being held", "three
# held hostage", not "the two held talks", "the election, held under a new constitution".
_AFTER_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BEFORE_CUSTODY = re.compile(
    r"""\s+(?:hostage|captive|in\s+custody|on\s+suspicion|without\s+charge|for\s+questioning
          |over|after)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_OUTCOME_ONLY_IN = {
    "held": (_AFTER_BE, _BEFORE_CUSTODY),
    # "30 lives", "six innocent lives": lives counted; not "one person with a gun can devastate lives".
    "lives": (
        re.compile(
            r"(?:^|\d|\b(?:" + "|".join((*_UNITS[1:], *_SCALES, "dozen")) + r"))\s*(?:[\w-]+\s+)?$",
            re.I,
        ),
        re.compile(r"(?!)"),
    ),
    # "five were shot, three fatally", not "fatally struck Taliek Bristel", whose verb is its own.
    "fatally": (
        re.compile(r"(?!)"),
        re.compile(
            r"\s*(?:[,.;:)]|$)|\s+(?:in|at|on|by|during|after|while|and|when|police)\b", re.IGNORECASE
        ),
    ),
}
# Outcome words that words before them deny: "two of them fighting for their lives" are alive.
_OUTCOME_DENIED_BY = {"lives": re.compile(r"\bfor\s+(?:their|his|her)\s+$", re.IGNORECASE)}
# Nouns an outcome noun before them describes, a compound that counts no one: "one death investigation",
# "two death threats".
_COMPOUND_AFTER = re.compile(
    r"\s+(?:investigations?|penalt(?:y|ies)|threats?|certificates?|sentences?|row|notices?|benefits?|cases?)\b",
    re.IGNORECASE,
)
_OTHER_FATE = re.compile(r"\s+(?:and|or)\s+(\w+)")
_OUTCOME_WORDS = re.compile(r"(?<![-\w])(" + alternation(_OUTCOME) + r")\b", re.IGNORECASE)
"""Outcome words, not in a compound: "the nine pro-death jurors"."""
_OUTCOME_NOUNS = frozenset({"death", "deaths", "fatalities", "injuries", "lives"})
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|for|of|over|after)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# The object of a verb: "(shot) Clark", "(killed) his wife"; not a day ("shot Sunday").
_OBJECT_AFTER = re.compile(
    r"""\s+(?:(?:a|an|the|his|her|him|them|their|its)\b
          |(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z])""",
    re.VERBOSE,
)
# A determiner before an outcome word that makes it an adjective of another noun: "a slain friend".
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|his|her|their|its|our|my|your)\s+$", re.IGNORECASE)
# An outcome word a form of "be" gives: "were shot", "was later found dead", "have been killed".
_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+\s+){0,2}?(" + alternation(_OUTCOME) + r")\b", re.IGNORECASE
)
# A verb whose object is the count: "killing 12", "injured more than 100", "claimed the lives of 30".
_VERB_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<{m.name}>{'|'.join(m.before)})" for m in OUTCOMES.values() if m.before)
    + r")(?:\s+(?:"
    + alternation(QUALIFIERS)
    + r"))?\s+$",
    re.IGNORECASE,
)
# A toll the count is given for: "the death toll rose to 15", "put the number of injured at 40".
_TOLL_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<{m.name}>{alternation(m.nouns)})" for m in OUTCOMES.values() if m.nouns)
    + r""")\b
        (?:\s+[^\s\d.;]+){0,8}?        # a few words: "rose", "has now climbed"
        \s+(?:to|at|of|is|was|reached|hit|passed|exceeded|topped)\s+$""",
    re.IGNORECASE | re.VERBOSE,
)

PEOPLE = word_table("""people persons person civilians civilian children child kids men man women woman
soldiers soldier troops residents victims passengers workers officers police personnel staff
boys boy girls girl
students patients fighters militants migrants refugees protesters demonstrators journalists
teenagers adults babies infants pilgrims tourists crew miners firefighters rescuers others
teens teen youths juveniles males females members relatives siblings brothers sisters sons daughters cousins
parents grandchildren friends neighbors neighbours guests bystanders customers patrons employees coworkers
co-workers musicians bandmates partygoers revelers clubgoers shoppers worshippers diners spectators fans
players motorists drivers pedestrians attendees deputies agents troopers detectives guards inmates hostages
gunmen suspects shooters""")
_IRREGULAR_PLURALS = PEOPLE | {"aircraft", "sheep", "fish", "deer", "equipment", "ammunition"}
# Units of time and distance, and fractions: a number of them is a duration, a distance or a share, not a
# count ("six hours of sirens", "in nine months", "chased him for 30 miles", "three quarters of applicants").
MEASUREMENT_UNITS = word_table("""seconds second minutes minute hours hour days day nights night weeks week
months month years year decades decade centuries century miles mile kilometres kilometers km feet foot
metres meters yards inches mph quarters quarter thirds halves""")
_NOUN_STOP = word_table("""of in on at to from by for with and or but a an the is are was were have has had
be been being will would could may might who which that than as per percent this these those it its
their his her our your my after before since during when while where if into about over under
between through against among including""")
# Nouns for one person, which "one" counts ("one soldier"): else "one" is a pronoun.
_ONE_PERSON_NOUNS = (
    "person",
    "man",
    "woman",
    "child",
    "boy",
    "girl",
    "soldier",
    "civilian",
    "officer",
    "student",
    "victim",
    "resident",
    "passenger",
    "worker",
    "baby",
    "teenager",
    "police officer",
    "firefighter",
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "male",
    "female",
)
_ONE_PERSON_NOUN_SET = frozenset(_ONE_PERSON_NOUNS)
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous")
"""Endings of words in -s that are no plural: "glass", "campus", "crisis", "suspicious"."""
_ONE_PERSON = re.compile(r"\s+(?:" + "|".join(_ONE_PERSON_NOUNS) + r")\b", re.IGNORECASE)
# "one" with what happened to that one: "One dead, three wounded", "five were shot, one fatally", "one of them
# was killed", "one of the victims died", "One of the four was pronounced dead".
_ONE_WITH_FATE = re.compile(
    r"""(?:\s+of\s+(?:them|whom|those|the\s+(?:[\w-]+\s+){0,2}?(?:victims|people|men|women|wounded|injured)
          |the\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)(?=\s+(?:is|are|was|were|has|had)\b)))?
        (?:\s*,[^,.;]{1,80},)?                      # "One of them, identified as Delonta Hendrix, died"
        (?:\s+who)?                                # "including one who died"
        ,?(?:\s+(?:is|are|was|were|has|had|been|later|also|reportedly|eventually|subsequently|then
          |pronounced|found))*
        (?:\s+\w+ly)?\s+(?:"""
    + alternation(OUTCOME_OF)
    + r""")\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Some of the people a count counts who died since: "one of five people shot outside the bar early October 27
# has died", "Two of the wounded later died".
_SOME_OF_WHO_DIED = Folded(
    r"""\b(?P<part>one|two|three|four|five|\d{1,2})\s+of\s+
        (?:them|whom|those|(?:the\s+)?(?:\d+\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+)?
           (?:[\w-]+\s+){0,2}?(?:"""
    + "|".join(sorted(PEOPLE))
    + r"""|shot|wounded|injured|hurt))\b
        [^.;!?]{0,100}?\b(?:(?:has|have|had|later|since|also|then|subsequently)\s+)*(?:died|dies|succumbed)\b""",
    re.VERBOSE,
    needs=("died", "dies", "succumbed"),
)
# One person, after "and", with what befell them and no verb: "three… were shot and killed (and a 12-year-old
# girl wounded)".
_AND_ONE_VICTIM = Folded(
    r"""\band\s+(?P<one>an?)\s+(?:[\w-]+\s+){0,2}?(?:"""
    + "|".join(_ONE_PERSON_NOUNS)
    + r""")\s+(?:critically\s+|seriously\s+)?(?P<outcome>wounded|injured|hurt)\b""",
    re.VERBOSE,
    needs=("wounded", "injured", "hurt"),
)
# One person something happened to, counted by "a" or "an": "A 23-year-old man was shot and killed",
# "a woman was wounded", "a mother of two died".
_ONE_VICTIM = re.compile(
    r"""\b[Aa]n?\s+
        (?:[\w-]+\s+){0,2}?                                  # "23-year-old", "female"
        (?:"""
    + "|".join(_ONE_PERSON_NOUNS)
    + r""")
        (?:\s+(?:of|from)\s+[\w-]+)?                         # "of 12", "from Queens"
        (?:\s*,[^,.;]{1,40},)?                              # "an 11-year-old boy, David McIntyre, was"
        \s+(?:
            (?:was|has\ been|had\ been)\s+(?:(?!fatally)\w+ly\s+)?(?:also\s+)?(?P<outcome>"""
    + alternation(_OUTCOME)
    + r""")
          | (?P<died> died | perished )                    # not "a man killed his wife"
        )\b""",
    re.VERBOSE,
)
FOUND = "found"
"""What weapons counted as objects were, not launched or fired: their measure is "shells found"."""
# Words of a weapon in hand rather than fired: "three live shells", "spent shells".
_UNFIRED = word_table("live spent unexploded unfired")
# A finding in a weapon count's sentence: "Officers found a shotgun and three shells", "the confiscated
# arms included… two rockets", "shells were recovered"; not "found that".
_FINDING = re.compile(
    r"""\b(?:found|seized|confiscated|recovered|discovered)\b
        (?!\s+that\b)                       # not "found that"
    """,
    re.IGNORECASE | re.VERBOSE,
)
_MODEL = re.compile(r"[A-Z].*\d|\d.*[A-Z]")
"""A model's name: capitals and digits ("Iskander-M/KN-23", "AK-47", "A320"), unlike "top 20" or "10-year"."""
_FATE_WORDS = {word: fate for fate, words in FATES.items() for word in words}
_FATE_AFTER = re.compile(r"\b(" + alternation(_FATE_WORDS) + r")\b", re.IGNORECASE)
# A fate before the count, and perhaps a qualifier: "(the army) intercepted about (30 rockets)".
_FATE_BEFORE = re.compile(
    r"""\b("""
    + alternation(FATES["intercepted"])
    + r""")
        (?:\s+(?:"""
    + alternation(QUALIFIERS)
    + r"""))?
        \s+$""",
    re.IGNORECASE | re.VERBOSE,
)
# "two of the three victims died": the first number counts what happened, the second the whole.
_PARTITIVE_THE = r"\s+of\s+(?:(?:the|those|these|its|their|all)\s+)"
_PARTITIVE = re.compile(
    _PARTITIVE_THE + r"|\s+of\s+(?=\d|(?:" + "|".join(_UNITS[2:]) + r")\b)", re.IGNORECASE
)
"""What joins some to all: "two (of the) three victims", "three (of) four members"."""
# The first number and the words before the second: "two of the " of "two of the three victims died".
_PARTITIVE_BEFORE = re.compile(
    r"""\b(?:\d+|""" + "|".join(_UNITS[1:]) + r""")\s+of\s+(?:(?:the|those|these|its|their|all)\s+)?$""",
    re.IGNORECASE,
)
_RATE = re.compile(r"^\s*(a|an|per|each|every)\s+(day|week|month|year|hour)\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([^\s,.;:!?()“”\"—–…]+)")
# Words after which "about" is a preposition, not a qualifier: "news about 12 people", "asked about 3 cases".
_ABOUT_AS_PREPOSITION = re.compile(
    r"""\b(?:information|news|data|reports?|details|talk(?:ed|s)?|spoke|speak|know|knew|worried|concerned
           |asked|story|stories|questions?|think(?:ing)?|care[ds]?|learn(?:ed)?|heard|hear)
        \s+about\s+$""",
    re.IGNORECASE | re.VERBOSE,
)
_SUBCOUNT = re.compile(r"\b(including|among them|of whom|of which)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;!?]|,\s*(?:but|while|and)\b| but ")
_HAS_NUMBER = re.compile(r"\d|\b(?:" + "|".join(_UNITS[1:]) + r")\b", re.IGNORECASE)
"""A number in digits or a number word ("seven"), which ends a count's words and is no source's name."""
_EIGHT_WORDS = re.compile(r"(?:\s*\S+){0,8}")
_PREDICATE_WORDS = re.compile(r"(?:\s*\S+){0,14}")
"""How far after a count its verb is looked for: "Four men coming from a repast to honor a slain friend (were
shot)"; other outcome words, in the first eight."""
# An aside between commas after a count, before its verb: "(two men), ages 47 and 48, (were shot)".
_ASIDE = re.compile(
    r"""(?P<aside> \s*,[^,.;:!?]{1,60}, )
        (?= \s+(?:were|was|are|is|have|has|had|remain(?:ed|s)?|\w+ed)\b )""",
    re.VERBOSE,
)
# A count of people joined to the one before by "and": "(two women and) one man (died)".
_JOINED_COUNT = re.compile(
    r"""(?:\d+|"""
    + "|".join(_UNITS[1:])
    + r""")\s+
        (?:\w+\s+)?                                           # "one young man"
        (?:"""
    + "|".join(sorted(PEOPLE))
    + r""")\b""",
    re.IGNORECASE | re.VERBOSE,
)
_SHOOTING_VICTIMS = re.compile(r"\b(?:shooting|gunshot)\s+victims$", re.IGNORECASE)
"""Victims of a shooting, who were shot."""
# "shot" as the noun of a round fired: "(one) shot that struck", "(one) shot was fired", "(one) shot rang
# out".
_A_SHOT = re.compile(
    r"\s+shot\s+(?:(?:that|which)\s+)?(?:was\s+fired|had\s+been\s+fired|rang\s+out|hit|struck|went)\b",
    re.IGNORECASE,
)
_TO_DEATH = re.compile(r"\s+(?:to\s+death|dead)\b", re.IGNORECASE)
"""What makes people shot dead, after them: "shot five people to death", "shot two men dead"."""
_CAPTION_HINT = re.compile(r"Photo|Caption|Image \d")
"""What a paragraph holding a caption holds, looked for before `_CAPTION`."""
# A photograph's credit or caption mark: "(Photo: WFAA)", "View Full Caption", "Image 1 of 9", "Photo by".
_CAPTION = re.compile(
    r"""\((?:AP\s+)?Photos?\b|\bPhotos?:|\bPhoto\s+(?:by|courtesy)\b|View\s+Full\s+Caption|\bImage\s+\d+\s+of\b
      |\bCaption\s+Close\b""",
    re.VERBOSE,
)
# A sentence that goes on about what the one before told: "It destroyed…", "The quake also left…".
_CONTINUES = re.compile(
    r"\W*(?:It|They|That|This|The\s+(?:same\s+)?(?:quake|earthquake|tremor|blast|storm|attack))\b"
)
_OTHER_BEFORE = re.compile(r"\bother\s+$", re.IGNORECASE)
_LOOKBEHIND = 80
"""Characters before a number that qualifiers, verbs and tolls are looked for in."""
# Money after the number: "40 dollars", "3 bn", "5m".
_CURRENCY_AFTER = re.compile(
    r"""^\s*(dollars|euros|pounds|yen|yuan|rubles|roubles|hryvnias|rupees|cents|pence|bn|m)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_BETWEEN_SOURCE_AND_VERB = ("earlier", "later", "have", "has", "had")
"""Words between a source and its speech verb ("officials had said"), besides adverbs in -ly."""
_AUXILIARY = r"(?:\w+ly\s+|(?:" + "|".join(_BETWEEN_SOURCE_AND_VERB) + r")\s+)?"
# A source named with a capital before a speech verb: "Ukraine's emergency services said", "Smith told".
_SPEAKER = re.compile(
    r"""(?:^|[,.;:“”"]\s*|\band\s)
        (?P<who>(?:the\s)?[A-Z][\w’'-]*(?:\s+(?!been\b|was\b|were\b|be\b|is\b|are\b|also\b)[^\W\d][\w’'-]*){0,5}?)\s+
        """
    + _AUXILIARY
    + r"""
        (?:"""
    + alternation(speech_verbs("named"))
    + r""")\b""",
    re.VERBOSE,
)
# A source named in lower case: "killing four people, police said", "the fire department said".
_SOURCE = re.compile(
    r"""(?:^|[,.;:“”"]\s*|\band\s)
        (?P<who>(?:the\s)?(?:[^\W\d][\w’'-]*\s+){0,3}?
            (?:police|officials|authorities|spokes(?:man|woman|person)|officers?|witnesses|agency|ministry
               |services?|department|media|sources|army|military|government|coroner))\s+
        """
    + _AUXILIARY
    + r"""
        (?:"""
    + alternation(speech_verbs("body"))
    + r""")\b""",
    re.IGNORECASE | re.VERBOSE,
)
# What "according to" may name that is no one: "according to preliminary data", "according to him".
_NOT_A_SOURCE = re.compile(
    r"""\b(?:data|information|reports?|estimates?|figures|he|she|they|it|we|i)$""", re.IGNORECASE | re.VERBOSE
)
_NEARBY = 300
"""Characters before a quotation in which its speaker may be named."""
_SPEAKER_GAP = 3
"""Characters between a quotation's closing mark and its speaker's name (`,” Smith said`)."""
_TRAILING_AUXILIARY = re.compile(r"\s+(?:" + "|".join(_BETWEEN_SOURCE_AND_VERB) + r")$")
# An age after a name or a noun of people, or a list of ages, before the number: "John Smith, " of "John
# Smith, 34,", "Two men, " of "Two men, 25 and 30,", "ages 15, 17, and " of "ages 15, 17, and 18,".
_AGE_APPOSITION = re.compile(
    r"""(?:\b[A-Z][\w’'.-]+|\b(?:"""
    + "|".join(sorted(PEOPLE))
    + r"""))
        ,\s*(?:\d{1,3}(?:,\s*(?:and\s+)?|\s+and\s+))*$
      | \bages?\s+(?:\d{1,3}(?:,\s*(?:and\s+)?|\s+(?:and|to)\s+))*$
      | \b(?:both|all|each)\s+$                # "Tom Tennant and William Hakim, both 51, died"
      | ,\s*also\s+$                           # "another woman, also 22, was shot"
    """,
    re.VERBOSE,
)
# An age given after "age" or "aged": "died at the age of 85 in a hospital", "a man aged 40".
_AGE_BEFORE = re.compile(r"\b(?:aged|age\s+of|turned|turns|turning)\s+$", re.IGNORECASE)
# What follows an age set after a name: ", 34,", " (building manager", " — shot", " and 30,", " of Dunbar".
_AFTER_AN_AGE = re.compile(r"\s*(?:,|\(|[-–—]{1,2}\s)|\s+(?:and|to)\s+\d|\s+of\s+[A-Z]")
# An age written after the number: "23-year-old", "16–year–old", "in their 20's".
_AGE_AFTER = re.compile(r"\s*[-–—]?\s*years?[-–—\s]old\b|['’]s\b", re.IGNORECASE)
# A verb of what was meant, before the count: "conspiring to kill (three)", "threatened to shoot".
_INTENDED = re.compile(
    r"""\b(?:to|will|would|could|might|may|can|must|should)\s+
        (?:kill|murder|shoot|wound|injure|hurt|harm)\s+(?:(?:"""
    + alternation(QUALIFIERS)
    + r""")\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)
_COUNTS_OF = re.compile(r"\s+(?:\w+\s+)?counts?\s+of\b", re.IGNORECASE)
"""Charges counted: "two counts of first-degree murder", "three felony counts of"."""
# A vote, a score or a boxer's record after the number: "(24 KOs)", "nine in favor of", "three voting for".
_SCORE_AFTER = re.compile(
    r"\s*(?:KOs?\b|knockouts?\b|in\s+fav(?:or|our)\s+of\b|voting\b|voted\b|votes?\b)", re.IGNORECASE
)
# A score or a record just before the number: "36-3 (24", "deadlocked at".
_SCORE_BEFORE = re.compile(r"(?:\d+-\d+(?:-\d+)?,?\s*\(?|\bdeadlocked\s+at)\s*$", re.IGNORECASE)
# A statistic of a period after a count: "12 killings this year", "homicides so far in 2013", "74 shot since
# January"; or compared with another period's ("219 people shot, compared to 192 in 2012", "up from 40").
_PERIOD_TALLY = re.compile(
    r"""[^.;]{0,40}?\b(?:(?:so\s+far\s+)?this\s+year|so\s+far|to\s+date|year[-\s]to[-\s]date
        |since\s+(?:January|the\s+start|the\s+beginning)|in\s+the\s+(?:past|last)\s+(?:year|month|\d+)
        |compared\s+(?:to|with)\s+\d+|(?:up|down)\s+from\s+\d+)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_WRONG_WORDS = ("incorrect", "false", "wrong", "untrue", "inaccurate", "erroneous")
# A report its own sentence says was wrong: "Early reports said one person had died…, but that proved to be
# incorrect".
_WRONG_REPORT = re.compile(
    r"""[^.;]{0,60}?\b(?:that|this|it|which|reports?|information)\s+(?:later\s+)?
        (?:prov(?:ed|en)|turned\s+out|was|were|is)\s+(?:to\s+(?:be|have\s+been)\s+)?
        (?:incorrect|false|wrong|untrue|inaccurate|erroneous)\b""",
    re.IGNORECASE | re.VERBOSE,
)
DECADES = word_table("twenties thirties forties fifties sixties seventies eighties nineties")
"""Decades, after a century in words: "the nineteen fifties"."""
EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000"})
EMERGENCY_WORDS = word_table("""call calls caller callers dispatcher dispatchers operator operators center
centre system tape tapes recording recordings emergency line""")
"""Words after a telephone number for emergencies: "911 calls" are no count of calls."""
# The children a parent has: "a Brooklyn mother of 12 was killed", "a father of three died".
_CHILDREN_OF = re.compile(r"\b(?:grand)?(?:mother|father|parent|mom|dad)s?\s+of\s+$", re.IGNORECASE)
_PREVIOUS_WORD = re.compile(r"(\S+)\s*$")
_BLOCK = re.compile(r"\s+block\s+of\b", re.IGNORECASE)
_WORDS_AFTER = re.compile(r"[\w'’/-]+")
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\"“”]\s")
_ADVERBS = frozenset({"also", "still", "now", "then", "just", "later", "again"})
"""Adverbs between a name and its verb ("50 Cent also appears")."""
# Words before a number that make it a quake's magnitude: "magnitude 7.1", "measuring about 6".
_MAGNITUDE = re.compile(
    r"""\b(?:magnitude|measured|measuring|Richter)(?:\s+(?:of|at|an?|about|around))?\s+$""",
    re.IGNORECASE | re.VERBOSE,
)
_ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;:“”\"]+)", re.IGNORECASE)
_CITING = (
    (_ACCORDING, ("according to",)),
    (_SPEAKER, tuple(speech_verbs("named"))),
    (_SOURCE, tuple(speech_verbs("body"))),
)
"""How a paragraph cites someone, and the words (in lower case) each way needs, looked for first."""


_TITLE = -1
"""The index `_add_figures` is given the title at."""


@dataclass
class _Number:
    value: float
    start: int
    end: int
    told: tuple[str | None, str, int] | None = None
    """What `_ONE_VICTIM` or a list of victims told: the noun (the one person a list names), what happened,
    where the words saying it end."""
    listed: bool = False
    """A count of the people a list names (`victims`), or of some of a count (`_SOME_OF_WHO_DIED`): not a
    number written alone."""
    partitive: bool = False
    """Some of the count that follows, who died since: "one of five people shot… has died"."""


def _numbers(text: str, title: bool = False) -> list[_Number]:
    """The numbers of `text`, and the people it counts without one; a `title` counts one by a noun alone."""
    found = []
    for match in _NUMBER.finditer(text):
        if match["digits"]:
            value = float(
                match["digits"].replace(",", "") + ("." + match["decimals"] if match["decimals"] else "")
            )
        else:
            if match["words"].lower() in _SCALES:
                continue  # "a few hundred", "several thousand": no number is given
            words = re.sub(r"^an?(?: |$)", "one ", match["words"].lower()).strip()
            # "one" is mostly a pronoun ("one of the largest"); it counts only a person named next, or one
            # something happened to.
            if words == "one" and not (
                match["dozen"]
                or _ONE_PERSON.match(text, match.end())
                or _ONE_WITH_FATE.match(text, match.end())
            ):
                continue
            try:
                value = float(text2num(words, "en")) * (12 if match["dozen"] else 1)
            except ValueError:
                continue
            if match["fraction"]:  # "a third of a million", "half a dozen": a whole number of people
                value = float(round(value * FRACTIONS[match["fraction"].lower()]))
            value += 0.5 if match["and_a_half"] else 0
        if match["scale"]:
            value *= _SCALE_WORDS[match["scale"].lower()]
        found.append(_Number(value, match.start(), match.end()))
    # "A 23-year-old man was shot and killed": "a" counts one victim.
    found += [
        _Number(
            1.0,
            match.start(),
            match.start() + len(match.group().split()[0]),
            (None, _OUTCOME[(match["outcome"] or match["died"]).lower()], match.end()),
        )
        for match in _ONE_VICTIM.finditer(text)
    ]
    found += [
        _Number(1.0, match.start("one"), match.end("one"), (None, "injured", match.end()))
        for match in _AND_ONE_VICTIM.finditer(text)
    ]
    # "one of five people shot… has died": some of a count, dead since.
    found += [
        _Number(
            _value_of(m["part"]), m.start(), m.start(), (None, "killed", m.end()), listed=True, partitive=True
        )
        for m in _SOME_OF_WHO_DIED.finditer(text)
    ]
    # "killing her and another woman": the people a list names.
    found += [
        _Number(float(v.value), v.start, v.start, (v.noun, v.measure, v.end), listed=True)
        for v in (*counted_victims(text), *(headline_victims(text) if title else ()))
    ]
    return sorted(found, key=lambda number: (number.start, not number.listed))


@dataclass(slots=True)
class _Around:
    """A number and the words around it, as the refusals read them."""

    text: str
    number: _Number
    before: str
    """Up to `_LOOKBEHIND` characters before the number."""
    after: str
    """Up to `_LOOKBEHIND` characters after it."""
    previous_word: str
    """The word before it, lower case, without quotes."""
    next_word: str
    """The word after it, lower case, without punctuation."""

    @property
    def digits(self) -> str:
        return self.text[self.number.start : self.number.end]


def _around(text: str, number: _Number) -> _Around:
    before = text[max(0, number.start - _LOOKBEHIND) : number.start]
    after = text[number.end : number.end + _LOOKBEHIND]
    previous, following = before.rsplit(None, 1)[-1:], after.split(None, 1)[:1]
    return _Around(
        text,
        number,
        before,
        after,
        previous[0].lower().strip("“\"'(") if previous else "",
        following[0].lower().strip(",.;:”\"')") if following else "",
    )


def _a_footnote(at: _Around) -> bool:
    """ "[13]": a reference of an encyclopedia's text."""
    return at.before.endswith("[") and at.after.startswith("]")


def _a_date(at: _Around) -> bool:
    return at.previous_word.rstrip(".") in _MONTH_WORDS or at.next_word.rstrip(".") in _MONTH_WORDS


def _a_magnitude(at: _Around) -> bool:
    return bool(_MAGNITUDE.search(at.before)) or at.next_word.startswith("magnitude")


def _an_age(at: _Around) -> bool:
    """ "John Smith, 34,", "ages 15, 17, and 18, were", "aged 40", "a 23-year-old", "in their 20's", "Obeshaw,
    57 — shot", "Smith, 32, of Dunbar"."""
    return bool(
        (_AFTER_AN_AGE.match(at.after) and _AGE_APPOSITION.search(at.before))
        or _AGE_BEFORE.search(at.before)
        or _AGE_AFTER.match(at.after)
    )


def _children_of(at: _Around) -> bool:
    return bool(_CHILDREN_OF.search(at.before))


def _a_time(at: _Around) -> bool:
    return at.next_word in CLOCK_WORDS or f"{at.next_word}." in CLOCK_WORDS  # "1 a.m." ends a sentence


def _an_emergency_number(at: _Around) -> bool:
    """ "911 calls", "called 911 from inside the home"."""
    return at.digits in EMERGENCY_NUMBERS and at.next_word not in PEOPLE


def _a_percentage(at: _Around) -> bool:
    if at.next_word not in ("percent", "per", "bn", "m", "%"):
        return False
    return at.next_word != "per" or bool(re.match(r"\s*per\s*cent", at.after))


def _money(at: _Around) -> bool:
    return bool(_CURRENCY_AFTER.match(at.after) or re.search(r"[$£€¥]\s*$", at.before))


def _a_year(at: _Around) -> bool:
    """ "in 2013", "the nineteen fifties"."""
    if at.next_word in DECADES:
        return True
    return bool(
        re.fullmatch(r"(?:1[89]|20)\d\d", at.digits)
        and not re.match(r"\s+(people|soldiers|troops)", at.after)
    )


def _joined(at: _Around) -> bool:
    """A number joined to what follows: "24-hour"."""
    return at.after.startswith("-")


def _an_address_or_a_name(at: _Around) -> bool:
    if _address_or_name_after(at.after):
        return True
    if (
        at.text[at.number.start].isalpha()
        and at.text[at.number.start].isupper()
        and re.search(r"[a-z,]\s+$", at.before)
        and at.next_word not in _OUTCOME
        and at.next_word not in PEOPLE
    ):
        return True  # a number word with a capital inside a sentence begins a name: "the Six Nations"
    previous = _PREVIOUS_WORD.search(at.before)
    if previous and previous.group(1)[:1].isupper() and not _QUALIFIER.search(at.before):
        # "Boeing 747", "Article 5", "World Cup 2014": a number that is part of a name; not in a headline's
        # capitals ("Man Charged With Murdering 3 People") before what it counts.
        if at.next_word in PEOPLE and title_case(at.text):
            return False
        return at.before.rstrip()[-1:].isalnum() and not re.search(
            r"(?:^|[.!?:]\s+)[“\"']?\S+\s*$", at.before
        )
    return False


def _a_pronoun(at: _Around) -> bool:
    """ "one of the largest": "one" is a pronoun, unless what happened to it follows; "no one" is none."""
    if at.digits.lower() != "one":
        return False
    if at.previous_word in ("no", "every", "any", "some", "each"):
        return True
    return bool(re.match(r"\s+of\s+the\b", at.after)) and not _ONE_WITH_FATE.match(at.text, at.number.end)


def _an_intention(at: _Around) -> bool:
    """ "conspiring to kill three others", "threatened to shoot two": what was meant, not what happened."""
    return bool(_INTENDED.search(at.before))


def _a_charge(at: _Around) -> bool:
    """ "two counts of first-degree murder": the charges, not the dead."""
    return bool(_COUNTS_OF.match(at.after))


def _a_score(at: _Around) -> bool:
    """ "a 9-3 vote", "won 24 KO": a vote, a score or a boxer's record."""
    return bool(_SCORE_AFTER.match(at.after) or _SCORE_BEFORE.search(at.before))


def _a_wrong_report(at: _Around) -> bool:
    """ "Early reports said one person had died in the shooting, but that proved to be incorrect"."""
    after = at.after.lower()
    return any(word in after for word in _WRONG_WORDS) and bool(_WRONG_REPORT.match(at.after))


def _a_period_tally(at: _Around) -> bool:
    """ "12 killings this year", "the 74 people shot since Wednesday across the city": a statistic."""
    return bool(_PERIOD_TALLY.match(at.text, at.number.end, min(len(at.text), at.number.end + _LOOKBEHIND)))


REFUSALS: tuple[tuple[str, Callable[[_Around], bool]], ...] = (
    ("a footnote", _a_footnote),
    ("a date", _a_date),
    ("a quake's magnitude", _a_magnitude),
    ("an age", _an_age),
    ("a parent's children", _children_of),
    ("a time of day", _a_time),
    ("an emergency number", _an_emergency_number),
    ("a percentage", _a_percentage),
    ("money", _money),
    ("a year", _a_year),
    ("part of a word", _joined),
    ("an address or a name", _an_address_or_a_name),
    ("a pronoun", _a_pronoun),
    ("an intention, not an event", _an_intention),
    ("a charge, not a count", _a_charge),
    ("a vote or a score", _a_score),
    ("a statistic of a period", _a_period_tally),
    ("a report said to be wrong", _a_wrong_report),
)
"""Why a number is no count, in the order they are tried: each reason and the rule that gives it."""


def _value_of(word: str) -> float:
    """ "five" or "5": 5.0."""
    return float(word) if word.isdigit() else float(text2num(word.lower(), "en"))


def _refusal(text: str, number: _Number, captions: Sequence[tuple[int, int]] = ()) -> str | None:
    """Why `number` is no count, or None when it may be one; `captions` are the spans of `text` that
    caption a photograph (see `captions`)."""
    if any(start <= number.start < end for start, end in captions):
        return "a photograph's caption"
    if number.listed or text[number.start : number.end].lower() in ("a", "an"):
        return (
            None  # people a list names; one victim `_ONE_VICTIM` read ("a Brooklyn mother of 12 was killed")
        )
    at = _around(text, number)
    return next((reason for reason, refuses in REFUSALS if refuses(at)), None)


def captions(text: str, sentences: SentenceBounds) -> list[tuple[int, int]]:
    """The spans of `text` that caption a photograph, as crawled pages keep them: the sentence of a credit
    and the one it follows ("Six people were killed at a campsite in Anderson County. (Photo: WFAA)",
    "…police said. View Full Caption Flickr/diversey", "Image 1 of 9 …")."""
    if not _CAPTION_HINT.search(text):
        return []
    spans = []
    for credit in _CAPTION.finditer(text):
        own = sentences.of(credit.start())
        start = (
            sentences.of(own[0] - 1)[0] if own[0] and not text[own[0] : credit.start()].strip() else own[0]
        )
        spans.append((start, own[1]))
    return spans


def _address_or_name_after(after: str) -> bool:
    """A street block ("the 3000 block of West Dickens Street") or a name that a number begins ("50 Cent
    topped the chart", "number eight Ryan Jones will miss"), not a count of a kind ("four Tomahawk
    missiles", "two British soldiers", "34 John Wayne films", "six US top 10 albums", "3 Killed")."""
    if _BLOCK.match(after):
        return True
    words = _WORDS_AFTER.findall(_CLAUSE_BREAK.split(after[:_LOOKBEHIND], maxsplit=1)[0])
    run = list(
        itertools.takewhile(lambda word: word[:1].isupper() and not any(c.isdigit() for c in word), words)
    )
    if not run:
        return False
    if any(
        word.isupper()
        or word.lower() in _OUTCOME
        or word.lower() in PEOPLE
        or word.lower() in _MONTH_WORDS
        or gazetteer().is_demonym(word)
        for word in run
    ):
        return False  # "six US albums", "3 Killed", "two British soldiers"
    if _plural(run[-1]) and not is_given_name(run[-1]):
        return False  # "more than 100 Hard Rock Cafes"
    following = list(
        itertools.takewhile(
            lambda word: (
                word.islower() and word not in _NOUN_STOP and not word.endswith("ly") and word not in _ADVERBS
            ),
            words[len(run) : len(run) + 2],
        )
    )
    return not any(_plural(word) for word in following) and not (
        len(words) > len(run) and any(c.isdigit() for c in words[len(run)])
    )


def _plural(word: str) -> bool:
    """A plural noun, by its ending or as a known irregular plural ("people", "aircraft")."""
    lower = word.lower()
    return lower in _IRREGULAR_PLURALS or (
        len(lower) > 2 and lower.endswith("s") and not lower.endswith("ss")
    )


def _counted(text: str, number: _Number) -> tuple[str | None, int]:
    """The counted noun phrase after a number ("ballistic missiles"), and where it ends."""
    words = []
    end = position = number.end
    while match := _NEXT_WORD.match(text, position):
        word, lower = match.group(1), match.group(1).lower()
        # "One victim died": the outcome is read after the noun, not as part of it.
        if lower in _NOUN_STOP or len(words) >= 4 or (words and lower in _OUTCOME):
            break
        if not _says_outcome(text, match.start(1), match.end(1)):
            break  # "the two held talks"
        words.append(word)
        end = position = match.end()
        if _head(word, number.value):
            return " ".join(words), end
        if not (word[:1].isupper() or any(c.isdigit() for c in word) or lower.replace("-", "").isalpha()):
            break
    if len(words) == 1 and re.search(r"\d", words[0]) and words[0][:1].isupper():
        return words[0], end  # a model name counted alone: "12 Su-25"
    return None, number.end


def _head(word: str, value: float) -> bool:
    """Whether `word` ends a counted noun phrase as its head: a plural common noun ("missiles", "people",
    "four months'"), not a name or an acronym ("three Texas counties", "four FLDS women", "12 Somalis"),
    an adjective ("five suspicious boats") or one person's noun counting several ("a 200 person crowd")."""
    lower = word.lower()
    if lower in _OUTCOME or (lower[-1] in "'’" and lower[:-1] in MEASUREMENT_UNITS):
        return True
    if word[:1].isupper() and lower not in PEOPLE and lower not in WEAPONS and lower not in MEASUREMENT_UNITS:
        return False
    if lower in _ONE_PERSON_NOUN_SET:
        return value == 1
    return lower in _IRREGULAR_PLURALS or (lower.endswith("s") and not lower.endswith(_NOT_PLURAL_ENDINGS))


def _outcome_before(before: str) -> str | None:
    """The outcome given before the count: "killing 12", "the death toll rose to 15"."""
    match = _VERB_BEFORE.search(before) or _TOLL_BEFORE.search(before)
    return None if match is None else match.lastgroup


def _window(text: str, end: int, sentence_end: int) -> str:
    """The words after a count that may say what happened to it, up to the next count or clause: an aside
    between commas is passed over ("two men, ages 47 and 48, were shot", "three people, a man and two women,
    were killed"), as are a parent's children ("a mother of two died") and a count of people joined by
    "and", which shares the outcome ("two women and one man died"). Passed-over words are blanked, so
    that offsets in the window stay offsets after `end`."""
    clause = text[end:sentence_end]
    if aside := _ASIDE.match(clause):
        clause = " " * aside.end("aside") + clause[aside.end("aside") :]
    if stop := _CLAUSE_END.search(clause):
        clause = clause[: stop.start()]
    position = 0
    while following := _HAS_NUMBER.search(clause, position):
        if _CHILDREN_OF.search(text, max(0, end - _LOOKBEHIND), end + following.start()):
            position = _WORDS_AFTER.match(clause, following.start()).end()  # "a mother of 12 was killed"
            continue
        joined = _JOINED_COUNT.match(clause, following.start())
        if joined is None or clause[position : following.start()].strip() not in ("and", "or", ""):
            clause = clause[: following.start()]
            break
        blank = " " * (joined.end() - following.start())
        clause = clause[: following.start()] + blank + clause[joined.end() :]
        position = joined.end()
    return clause[: _PREDICATE_WORDS.match(clause).end()]


def _outcome(window: str) -> tuple[str | None, re.Match | None]:
    """What happened to the people counted, from the words after the count, and the word that says it:
    the first outcome word of the first eight that is not an adjective of another noun ("four men coming
    from a repast to honor a slain friend were shot"), else one a form of "be" gives further on."""
    first_words = window[: _EIGHT_WORDS.match(window).end()]
    found = []
    for m in _OUTCOME_WORDS.finditer(first_words):
        if _active(window, m):
            break  # "eight officers opened fire and shot Clark dead": what they did, and nothing after
        if not _attributive(window, m) and not _in_a_phrase(window, m):
            found.append(m)
    predicate = _PREDICATE.search(window)
    for match in found or ([predicate] if predicate else []):
        if _says_outcome(window, match.start(1), match.end(1)):
            measure = _OUTCOME[match.group(1).lower()]
            other = _OTHER_FATE.match(window, match.end())
            if other and _OUTCOME.get(other.group(1).lower(), measure) != measure:
                return None, None  # "victims killed and injured": each fate counts some of them
            return measure, match
    return None, None


def _attributive(words: str, match: re.Match) -> bool:
    """Whether the outcome word is an adjective of another noun: "a slain friend"; not "the hospital in"."""
    following = _NEXT_WORD.match(words, match.end())
    return bool(_ATTRIBUTIVE.search(words, 0, match.start())) and bool(
        following and following.group(1).isalpha() and following.group(1).lower() not in _NOUN_STOP
    )


def _in_a_phrase(window: str, match: re.Match) -> bool:
    """Whether an outcome noun is another's, in a prepositional phrase: "3 men indicted in (the) shooting
    death of Detroit girl"."""
    return match.group(1).lower() in _OUTCOME_NOUNS and bool(
        _PREPOSITION_BEFORE.search(window, 0, match.start())
    )


def _active(window: str, match: re.Match) -> bool:
    """Whether the outcome word is a verb whose object follows, so that the count did it: "eight officers
    opened fire and (shot) Clark dead"; not after a form of "be" ("were shot Sunday")."""
    following = _OBJECT_AFTER.match(window, match.end())
    if following is None or _AFTER_BE.search(window, 0, match.start()):
        return False
    # In a headline's capitals ("Four People Shot Near West Charlotte Home") a capital makes no object.
    return following.group().strip()[:1].islower() or match.group(1)[:1].islower()


def _says_outcome(text: str, start: int, end: int) -> bool:
    """The word at `start` of `text` says what happened to people, unless it needs a context it lacks, has
    one that denies it ("fighting for their lives"), or describes the noun after it ("death threats")."""
    word = text[start:end].lower()
    if word in _OUTCOME_NOUNS and _COMPOUND_AFTER.match(text, end):
        return False
    denied = _OUTCOME_DENIED_BY.get(word)
    if denied and denied.search(text, max(0, start - _LOOKBEHIND), start):
        return False
    needed = _OUTCOME_ONLY_IN.get(word)
    if needed is None:
        return True
    before, after = needed
    return bool(before.search(text, max(0, start - _LOOKBEHIND), start) or after.match(text, end))


def _measure_of(noun: str) -> str:
    """The measure a noun phrase counts: its head word, in the plural ("ballistic missiles" → "missiles"),
    after the model it names, if any ("Iskander-M/KN-23 ballistic missiles" → "Iskander-M/KN-23 missiles"):
    a count of one type is not a count of all."""
    *modifiers, head = noun.split()
    if any(c.isdigit() for c in head):
        return head
    model = next((word for word in modifiers if _MODEL.search(word)), None)
    return f"{model} {head.lower()}" if model else head.lower()


def _fate(before: str, window: str) -> str:
    """What became of the things counted, for a measure's name: " intercepted" ("shot down 112 drones",
    "60 missiles were intercepted"), " got through" ("five missiles made it through"), or nothing: they
    were launched."""
    found = _FATE_BEFORE.search(before) or _FATE_AFTER.search(window)
    return f" {_FATE_WORDS[found.group(1).lower()]}" if found else ""


def _found_not_fired(noun: str, sentence_before: str, window: str) -> bool:
    """Weapons counted as objects, not launched or fired: "three live shells", "(Officers found a shotgun
    and) three shells", "three shells (were found)"."""
    *modifiers, head = noun.lower().split()
    return head in WEAPONS and bool(
        _UNFIRED.intersection(modifiers) or _FINDING.search(sentence_before) or _FINDING.search(window)
    )


def _sources(text: str) -> list[tuple[int, str]]:
    """Everyone a paragraph cites ("according to X", "X said"), with where, in reading order."""
    found = []
    lower = text.lower()
    for pattern, words in _CITING:
        if not contains_any(words, lower):
            continue
        for match in pattern.finditer(text):
            who = _TRAILING_AUXILIARY.sub("", match["who"].strip())
            if not _NOT_A_SOURCE.search(who) and not _HAS_NUMBER.search(who) and len(who.split()) <= 8:
                found.append((match.start("who"), who))
    return sorted(found)


def _attribution(
    sources: list[tuple[int, str]], sentence: tuple[int, int], quotations: list[tuple[int, int]], at: int
) -> str | None:
    """Who gave the figure at `at`: the first source its own sentence cites, not one of another sentence
    ("At least eight people died. Emergency services said…" gives the eight to no one). In quotation
    marks, its speaker: named just after the quotation (`“…,” Smith said`) or before it (`Smith said:
    “…”`, or a quotation of Smith's before it that this one continues)."""
    in_sentence = next((who for start, who in sources if sentence[0] <= start < sentence[1]), None)
    quotation = next(((opening, closing) for opening, closing in quotations if opening <= at < closing), None)
    if in_sentence or quotation is None:
        return in_sentence
    outside = [
        (start, who)
        for start, who in sources
        if not any(opening <= start < closing for opening, closing in quotations)
    ]
    after = (who for start, who in outside if quotation[1] <= start <= quotation[1] + _SPEAKER_GAP)
    before = [who for start, who in outside if quotation[0] - _NEARBY <= start < quotation[0]]
    return next(after, before[-1] if before else None)


def _signer(article: Article, index: int) -> str | None:
    """The author of a post that a signature line after the paragraph signs (`— Jane Doe (@janedoe) May 1,
    2020`), without the description in parentheses or the name in another script."""
    if index + 1 >= len(article.paragraphs):
        return None
    signature = signature_line(article.paragraphs[index + 1].text)
    if signature is None:
        return None
    name = re.sub(r"\([^)]*\)", "", signature["name"]).split(" / ")[0].strip()
    return name or None


def find_figures(article: Article) -> list[Figure]:
    """Every figure in `article`, in reading order."""
    figures: list[Figure] = []
    for paragraph in article.paragraphs:
        _add_figures(article, paragraph, figures)
    return figures


@dataclass(frozen=True)
class Refusal:
    """A number read as no count, and why: what a test reads of a number left out."""

    text: str
    """The number as written: "51", "nine"."""
    paragraph: int | None
    """The paragraph it is in; None for the title."""
    start: int
    reason: str
    """One of `REFUSALS`' reasons: "an age", "a vote or a score", "an intention, not an event"…"""


def refused_numbers(article: Article) -> list[Refusal]:
    """Every number of `article` (its title first) that is no count, with the reason."""
    texts = [(None, article.title)] if not article.title_derived else []
    texts += [(paragraph.index, paragraph.text) for paragraph in article.paragraphs]
    refused: list[Refusal] = []
    for index, text in texts:
        captioned = captions(text, SENTENCES.bounds(text))
        refused.extend(
            Refusal(text[number.start : number.end], index, number.start, reason)
            for number in _numbers(text)
            if (reason := _refusal(text, number, captioned))
        )
    return refused


def headline_figures(article: Article) -> list[Figure]:
    """The figures of the article's own title ("3 dead, 2 hurt in …", "One Dead, Four Wounded"), with no
    paragraph (`paragraph` is None, `start` and `end` are offsets into the title); none for a title made
    of the lead sentence."""
    if article.title_derived:
        return []
    figures: list[Figure] = []
    _add_figures(article, Paragraph(_TITLE, article.title, 0), figures)
    return [dataclasses.replace(f, paragraph=None) for f in figures]


def _add_figures(article: Article, paragraph: Paragraph, figures: list[Figure]) -> None:
    """Add the figures of one paragraph to those of the article before it."""
    text = paragraph.text
    first_in_paragraph = len(figures)
    sources: list[tuple[int, str]] | None = None
    quotations: list[tuple[int, int]] = []
    signer = _signer(article, paragraph.index) if paragraph.index != _TITLE else None
    # A title is not cut at an abbreviation: "Outrage after bloody night in St. Louis leaves 18 shot".
    sentences = (HEADLINE if paragraph.index == _TITLE else SENTENCES).bounds(text)
    captioned = captions(text, sentences)
    lists: list[int] = []  # the figures of lists of people in this paragraph
    for number in _numbers(text, title=paragraph.index == _TITLE):
        if _refusal(text, number, captioned):
            continue
        start, qualifier = _qualifier(text, number)
        sentence = sentences.of(number.start)
        counted = number.told or _what_is_counted(text, number, sentence)
        if counted is None:
            continue
        noun, measure, end = counted
        rate = _RATE.match(text[end : end + _LOOKBEHIND])
        if rate:
            measure = f"{measure} per {rate.group(2).lower()}"
        low, high = _bounds(number.value, qualifier.lower() if qualifier else None)
        part_of = _subcount_of(figures[first_in_paragraph:], first_in_paragraph, text, sentence[0], start)
        if part_of is None:  # "(Woman,) 2 children (dead)": a number of a list is part of its count
            part_of = next((i for i in lists if _within(figures[i], start, end, measure)), None)
        if part_of is not None and figures[part_of].measure in OUTCOMES and measure not in OUTCOMES:
            measure = figures[part_of].measure  # "42 people were taken to hospital, including six children"
        value = int(number.value) if number.value.is_integer() else number.value
        prior = (sentences.of(sentence[0] - 1)[0], sentence[0]) if sentence[0] else None
        event = other_event(text, sentence, (start, end), article, toll=measure in OUTCOMES, previous=prior)
        event = event or _continued_event(text, sentence[0], prior, figures[first_in_paragraph:])
        added_to = _added_to(figures, text[start:end], measure) if part_of is None and event is None else None
        if added_to is not None:  # "A woman was also killed": one more than those told before
            value, noun = figures[added_to].value + value, None
            low, high = _bounds(value, qualifier.lower() if qualifier else None)
        repeated = next(
            (
                i
                for i, f in enumerate(figures)
                if f.value == value and f.measure == measure and f.event == event
            ),
            None,
        )
        if not lists or lists[-1] != len(figures) - 1:
            _link_partitive(figures, first_in_paragraph, start, end, repeated)
        if sources is None:  # only paragraphs with figures need their sources and quotations
            sources, quotations = _sources(text), [found.span() for found in QUOTATION.finditer(text)]
        if part_of is None and repeated is not None:
            # The article repeats a figure it already gave, perhaps saying now who gave it.
            if figures[repeated].attribution is None and paragraph.index != _TITLE:
                who = _attribution(sources, sentence, quotations, number.start)
                figures[repeated] = dataclasses.replace(figures[repeated], attribution=who)
            continue
        if number.listed and not number.partitive:
            lists.append(len(figures))
        figures.append(
            Figure(
                value=value,
                low=low,
                high=high,
                qualifier=qualifier,
                measure=measure,
                text=text[start:end],
                paragraph=paragraph.index,
                start=start,
                end=end,
                noun=noun,
                attribution=_attribution(sources, sentence, quotations, number.start) or signer,
                event=event,
                part_of=part_of,
                rate=rate.group(0).strip() if rate else None,
            )
        )
    add_totals(text, figures, first_in_paragraph, sentences)


_ALSO = re.compile(r"\balso\b", re.IGNORECASE)


def _added_to(figures: list[Figure], phrase: str, measure: str) -> int | None:
    """The article's count of one dead or wounded told before that a count "also" so adds to ("Officer Kim
    Lane was shot and killed… A woman was also killed": two dead), or None; not a larger count, of
    which the one "also" told may be one ("Five people are dead… Lee Walker also died")."""
    if measure not in ("killed", "injured") or not _ALSO.search(phrase):
        return None
    earlier = [
        i
        for i, f in enumerate(figures)
        if f.measure == measure and f.event is None and f.part_of is None and f.rate is None
    ]
    largest = max(earlier, key=lambda i: figures[i].value, default=None)
    # Past one person told, "also" may be one of those counted ("Five people are dead… Buckner also died").
    return largest if largest is not None and figures[largest].value == 1 else None


def _within(listed: Figure, start: int, end: int, measure: str) -> bool:
    """Whether a count of `measure` from `start` to `end` is one of the items `listed` counts."""
    return listed.start <= start and end <= listed.end and listed.measure == measure


def _continued_event(
    text: str, sentence_start: int, prior: tuple[int, int] | None, paragraph_figures: list[Figure]
) -> str | None:
    """The other event the sentence before told of, when this one goes on about it: "…more than a dozen people
    were killed by a quake in eastern China. (It) destroyed thousands of buildings and left nearly half a
    million homeless"."""
    if prior is None or not _CONTINUES.match(text, sentence_start):
        return None
    told = (f.event for f in reversed(paragraph_figures) if f.event and prior[0] <= f.start < prior[1])
    return next(told, None)


def _subcount_of(
    paragraph_figures: list[Figure], first: int, text: str, sentence_start: int, start: int
) -> int | None:
    """The index of the count a figure is part of, given after it in its sentence ("42 people were taken
    to hospital, including six children"); `paragraph_figures` are the paragraph's figures so far, the
    first of them at index `first` of the article's."""
    previous = paragraph_figures[-1] if paragraph_figures else None
    if previous is None or previous.end <= sentence_start or not _SUBCOUNT.search(text[previous.end : start]):
        return None
    return first + len(paragraph_figures) - 1 if previous.part_of is None else previous.part_of


def _link_partitive(figures: list[Figure], first: int, start: int, end: int, repeated: int | None) -> None:
    """Make the part of a partitive ("94,000 of the 140,000 confirmed deaths"), the figure just before, part
    of its whole, which starts within it: the figure about to be added, or the repeated one."""
    previous = figures[-1] if len(figures) > first else None
    if (
        previous is not None
        and previous.part_of is None
        and previous.start < start
        and end <= previous.end
        and " of " in previous.text[: start - previous.start]
        and repeated != len(figures) - 1
    ):
        figures[-1] = dataclasses.replace(previous, part_of=len(figures) if repeated is None else repeated)


def _qualifier(text: str, number: _Number) -> tuple[int, str | None]:
    """Where the figure starts, and the qualifier that starts it ("at least"), if any."""
    # Look-behinds only need the last few words: bounded slices keep this linear.
    before = text[max(0, number.start - _LOOKBEHIND) : number.start]
    qualifier = _QUALIFIER.search(before)
    if qualifier is None or _ABOUT_AS_PREPOSITION.search(before):
        other = _OTHER_BEFORE.search(before)  # "the other four shooting victims": the others, told as such
        return (number.start - len(before) + other.start() if other else number.start), None
    return number.start - len(before) + qualifier.start(1), qualifier.group(1)


def _what_is_counted(
    text: str, number: _Number, sentence: tuple[int, int]
) -> tuple[str | None, str, int] | None:
    """The noun counted ("ballistic missiles"), the measure ("missiles", "killed") and where the
    figure's text ends; None when the number counts nothing."""
    before = text[max(sentence[0], number.start - _LOOKBEHIND) : number.start]
    partitive = _PARTITIVE.match(text, number.end)
    whole = _NUMBER.match(text, partitive.end()) if partitive else None
    if whole:  # "two of the three victims died": two died, of three victims
        noun, end = _counted(text, _Number(0.0, whole.start(), whole.end()))
    else:
        noun, end = _counted(text, number)
    if noun and noun.split()[-1].lower().rstrip("'’") in MEASUREMENT_UNITS:
        return None  # a duration or a distance
    if not noun and _PARTITIVE_BEFORE.search(before):
        return None  # "four" of "One of the four was pronounced dead": what befell one is not all's
    if noun and _PARTITIVE_BEFORE.search(before):  # "three victims" of "two of the three victims died"
        return (
            (None, _OUTCOME[noun.lower()], end)
            if noun.lower() in _OUTCOME
            else (noun, _measure_of(noun), end)
        )
    outcome, verb = _outcome_before(before), None
    if whole and outcome is None:  # "30 of the 80 wounded remained in hospital": what happened to the part
        outcome, verb = _outcome(_window(text, end, sentence[1]))
    if noun and noun.lower() in _OUTCOME:
        # The longest outcome written there: "Four shot to death", "1 shot dead", "2 Victims Shot, Killed".
        said = _OUTCOME_WORDS.match(text, end - len(noun))
        outcome, noun, end = outcome or _OUTCOME[said.group(1).lower()], None, max(end, said.end())
    elif outcome is None:
        outcome, verb = _outcome(_window(text, end, sentence[1]))
    if noun is None and outcome is None:
        return None
    if outcome and not number.value.is_integer():
        return None  # "which measured 7.1, killed nine": a decimal is never a head count
    if noun and noun.split()[-1].lower() not in PEOPLE | _ONE_PERSON_NOUN_SET:
        window = _window(text, end, sentence[1])
        if _found_not_fired(noun, text[sentence[0] : number.start], window):
            return noun, f"{_measure_of(noun)} {FOUND}", end
        return noun, _measure_of(noun) + _fate(before, window), end
    if outcome is None and _SHOOTING_VICTIMS.search(noun):
        outcome = "shot"  # "the other four shooting victims", "four gunshot victims"
    if outcome is None:
        # One of a kind with nothing said of it counts nothing: "one man who says he called 911".
        return (noun, _measure_of(noun), end) if number.value != 1 or _plural(noun.split()[-1]) else None
    if verb and noun is None:
        end += verb.end()
    if outcome == "shot" and noun is None and _A_SHOT.match(text, number.end):
        return "shot", "shots", end  # "fired one shot that struck the father", "one shot was fired"
    if outcome == "shot" and (to_death := _TO_DEATH.match(text, end)):
        return noun, "killed", to_death.end()  # "shot five people to death"
    return noun, outcome, end


def _bounds(value: float, qualifier: str | None) -> tuple[float | None, float | None]:
    value = int(value) if float(value).is_integer() else value
    if qualifier is None:
        return value, value
    is_low, is_high = QUALIFIERS[qualifier]
    return (value if is_low else None), (value if is_high else None)


def with_speakers(figures: Sequence[Figure], quotes: Sequence[Quote]) -> list[Figure]:
    """`figures`, each in a quotation its sentence credits to no one given the person the quotation is
    attributed to (`"…," he wrote. "5000 soldiers a week are dying."`: the "he" resolved)."""
    credited = []
    for figure in figures:
        quote = (
            None
            if figure.attribution
            else next(
                (q for q in quotes if q.paragraph == figure.paragraph and q.start <= figure.start < q.end),
                None,
            )
        )
        credited.append(dataclasses.replace(figure, attribution=quote.speaker) if quote else figure)
    return credited
