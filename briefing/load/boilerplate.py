"""Boilerplate: the lines a crawler keeps from a news page that are not the report.

A page saved from the web carries its site around the article: a copyright line, "Click here
for…", a time stamp, a photo's caption or credit, share buttons and menus, a byline or a name on a
line of its own, a dateline whose sentence went elsewhere, prompts to enable JavaScript or to
subscribe, links to other stories, a video's captions, tables. Such a paragraph is kept on the
article's page, marked, and read for nothing: never a lead, a title, a name, a figure or a quote.

Each kind is one row of `KINDS`: its name and the test that finds it. The tests read the form of a
line, never what a report says, and a paragraph of more than `MOST_WORDS` words is prose whatever
it holds (boilerplate is short; a report is not), but for the kinds that are long (a table, a
transcript). A line that could be a sentence of the report is prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..months import MONTH_ABBREVIATIONS, MONTHS

MOST_WORDS = 40
"""A paragraph of more words than this is prose, unless it is a table."""
MOST_CHARACTERS = 600
"""Nor is one of more characters (a line of addresses runs to a few hundred)."""


@dataclass(frozen=True)
class Kind:
    """One kind of boilerplate."""

    name: str
    """What `Paragraph.boilerplate` holds, and how the article page names it ("a copyright line")."""
    test: Callable[[str], bool]
    """Whether a line (stripped; short, unless the kind is `long`) is of this kind."""
    long: bool = False
    """Lines of any length may be of this kind."""
    title_like: bool = False
    """A line of this kind may be a headline: a plain-text article's first line is its title all the same."""


def _found(*patterns: str) -> Callable[[str], bool]:
    """A test: one of `patterns` (verbose regular expressions; `(?i)` to ignore case) is in the line."""
    scoped = [f"(?i:{p[4:]})" if p.startswith("(?i)") else f"(?:{p})" for p in patterns]
    compiled = re.compile("|".join(scoped), re.VERBOSE)
    return lambda line: compiled.search(line) is not None


_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
)
_DAYS = frozenset([*MONTHS, *MONTH_ABBREVIATIONS, *_WEEKDAYS.split()])
_STAMP_WORDS = _DAYS | frozenset(
    "update updated posted created published last modified on at and noon".split()
)
_CLOCK = re.compile(r"(?i)[ap]\.?m|[ecmp][sd]?t|gmt|utc")  # p.m., EDT
_NUMBER = re.compile(r"(?i)\d{1,4}(?:[/:.-]\d{1,4})*(?:st|nd|rd|th|[ap]m)?")  # 5, 11/29, 1:53:00, 4th
_NAME = r"(?: [A-Z][\w'’-]*\.? | [A-Z]\. | and | de | van | von | der | del | da | di | la | le | bin | al )"
"""A word of a line of names: capitalized, an initial ("M."), a suffix ("Jr."), a particle ("van")."""
_CONTACT = re.compile(
    r"""[\w.+-]+@[\w-]+(?:\.[\w-]+)+                                   # jdoe@example.com
      | (?<![\w@])@\w+                                                 # @handle
      | (?:https?://|www\.)\S+                                         # http://…, www.…
      | \b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|tv|ly|us|uk|ws)\b/?\S*  # on.wfaa.com/1N6u0Ei
      | (?:\b1[-.\s])?\(?\b\d{3}\)?[-.\s]?\d{3}[-.\s][\dA-Z]{4}\b       # (904) 359-4549, 1-800-222-TIPS
    """,
    re.VERBOSE,
)
_MENU_WORDS = frozenset(
    """share this twitter facebook google plus email e-mail print more pinterest pocket reddit linkedin
    whatsapp tumblr instagram youtube like loading advertisement advertisements ad ads sponsored close skip
    slideshow gallery download read learn related links link stories story news local free app apps now
    follow us comments comment reply video videos photo photos tweet menu home search sign in up
    subscribe log login logout register previous next page back to top weather sports traffic watch
    live play pause replay tags tag rss feed feeds newsletter newsletters alerts trending latest text
    size""".split()
)
_WORD = re.compile(r"[^\W\d_]{2,}")


_CREDIT = re.compile(
    r"""\((?:photos?|images?|video|file\ photo|ap\ photo|credit|courtesy)\b[^)]*\)  # (Photo: WKRN)
      | \bview\ full\ caption\b.* | \bcaption\ close\b | \bimage\ \d+\ of\b[\s/\d]*
      | \bbuy\ (?:this\ )?photo\b | \bAP\ Photo/.* | ^photos?:[^.]* | ^\W*(?:click\ to\ )?enlarge\b
      | ^(?:photos?|images?)\s+(?:\d+\s+of|provided\ by|courtesy)\b.*              # Photo provided by…
      | (?:^|/|(?<=[.!?])\s+)(?:via\ )?(?-i:AP|REUTERS|Reuters|Getty\ Images|AFP)$  # ALEX GALLARDO/REUTERS
      | (?<=[.!?])\s*\((?-i:[A-Z][A-Z0-9-]{2,})\)$  # a station's, after a caption: "… (WSMV)"
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _caption(line: str) -> bool:
    """A photo's credit, alone or after a few words that are no sentence ("Diallo Davis (Photo: Wayne
    County Prosecutor's Office)", "ALEX GALLARDO/REUTERS"); a caption that tells the news in a
    sentence is read as one ("Shawn Burton was also killed. (WXIN-TV)")."""
    rest = _CREDIT.sub(" ", line)
    words = len(_WORD.findall(rest))
    return rest != line and (words == 0 or (words <= 6 and not rest.rstrip().endswith((".", "!", "?"))))


def _only_contacts(line: str) -> bool:
    """An address, a handle or a phone number, and at most four other words ("Dan Scanlan: (904)
    359-4549", "Twitter @bystephenhobbs", a list of links), or ten after "Contact", "E-mail" or
    "Follow" ("Contact Rick Hurd at 925-945-4789 and follow him at Twitter.com/3rderh")."""
    rest = _CONTACT.sub(" ", line)
    most = 10 if re.match(r"(?:contact|e-?mail|follow|reach)\b", line, re.IGNORECASE) else 4
    return rest != line and len(_WORD.findall(rest)) <= most


def _only_menu_words(line: str) -> bool:
    """Buttons and menus: "Share this: Twitter", "Like this: Like Loading...", "More Local News"."""
    words = re.findall(r"[\w+-]+", line.lower())
    return 0 < len(words) <= 8 and all(word in _MENU_WORDS for word in words)


def _only_dates_and_times(line: str) -> bool:
    """Nothing but dates, times and what they stamp: "Updated: May 31, 2016 - 6:54 PM", "Saturday 1:15
    p.m. UPDATE", "UPDATE @ 3:24 p.m. (Jan. 18)", "4/7/2013 1:53:00 AM" (but not a number alone)."""
    words = [word for word in (w.strip(",.:;@()[]–—-") for w in line.split()) if word]
    if not words or not all(
        word.lower() in _STAMP_WORDS or _CLOCK.fullmatch(word) or _NUMBER.fullmatch(word) for word in words
    ):
        return False
    numbers = [word for word in words if word[0].isdigit()]
    return bool(numbers) and (
        any(re.search(r"\d[:/]\d|[APap][Mm]$", number) for number in numbers)
        or any(word.lower() in _DAYS or _CLOCK.fullmatch(word) for word in words)
    )


def _transcript(line: str) -> bool:
    """A broadcast's captions, kept under its video: sixty words or more in capitals ("WE'LL HAVE MORE
    ON THIS COMING UP IN TEN MINUTES. Tom: THANK YOU, JOHN…"), longer than a post in capitals."""
    if len(line.split()) < 60:
        return False
    sample = line[:2_000]  # asked of every long paragraph: prose shows its lower case early
    if sum(map(str.islower, sample[:400])) > 0.1 * len(sample):
        return False
    return sum(map(str.isupper, sample)) >= 0.9 * sum(map(str.isalpha, sample))


def _no_words(line: str) -> bool:
    """Nothing to read: rules ("___"), page numbers, a map's coordinates."""
    return _WORD.search(line) is None


def _menu_or_table(line: str) -> bool:
    """Cells between pipes: a Markdown table, records in rows, or a menu ("FREE APPS | NOW |
    FACEBOOK"); a line of two or more pipes whose every cell is short."""
    if "|" not in line:  # asked of every paragraph; each form below has a pipe
        return False
    if re.search(r"(?m)^\s*\|.*\|\s*$|^\s*\|?\s*:?-{3,}:?\s*\|", line):
        return True
    cells = line.split("|")
    return len(cells) >= 3 and all(len(cell.split()) <= 6 for cell in cells)


KINDS: tuple[Kind, ...] = (
    Kind("a menu or a table", _menu_or_table, long=True),
    Kind("a broadcast's transcript", _transcript, long=True),
    Kind(
        "a copyright line",
        _found(
            r"(?i) \ball\ rights\ reserved\b | \bmay\ not\ be\ (?:re)?published,\ broadcast",
            # "© 2016 Cox Media Group.", "(© 2016 WWL)", "Copyright CNN": a short line, with a year or ©
            r"""(?i) ^(?=(?:\S+\s+){0,11}\S+$) \W*(?:©|copyright\b)
                     (?: (?=.*(?:\b\d{4}\b|©)) | \W+(?:\S+\s+){0,4}\S*$ )""",
        ),
    ),
    Kind("a photo's caption or credit", _caption),
    Kind("an address or a phone number", _only_contacts),
    Kind("a time stamp", _only_dates_and_times),
    # A video's length and its headline, in a list of other stories' videos: "1:06 Former prison nurse…"
    Kind("another story's video", _found(r"^\d{1,2}:\d{2}\ (?![AaPp]\.?[Mm]\b)[\"'‘“A-Z]")),
    Kind(
        "a byline",
        _found(
            # "By Russell Mills", "By KEN RITTERAssociated Press", "-- Marisa Gerber", "With Jane H. Doe"
            rf"^(?:[Bb]y|BY|[Ww]ith|--?|—|–)\s*(?:[Tt]he\s+)?{_NAME}(?:[\s,]+{_NAME}){{0,7}}$",
            # "Palm Beach Post Staff Writer", "Breaking News Staff", "KTVU.com and Wires"
            r"""^[A-Z0-9][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|and)){0,4}
                \s+(?:Staff(?:\s+(?:Writer|Reporter))?|Wires?)$""",
            r"(?i) \bcontributed\ to\ (?:this|the)\ (?:report|story|article)\b | ^contributing:",
            r"(?i) ^\(?(?:editing|reporting|writing|additional\ reporting)\ by\b",
            r"(?i) \bis\ an?\ staff\ writer\b",
        ),
    ),
    # "Deonte M. Fisher", "FIRST REPORT"; or a headline in capitals ("Gunman Kills Four")
    Kind("a name or a label alone", _found(rf"^{_NAME}(?:\s+{_NAME}){{1,4}}$"), title_like=True),
    Kind(
        "a dateline alone",  # "JACKSONVILLE, Fla. -", "GREENWOOD, SC (FOX Carolina) –"
        _found(
            r"""^[A-Z][A-Z.'’\ -]{1,30} (?:,\s*[A-Z][\w.]*(?:\ [A-Z][\w.]*)?)? (?:\s*\([^)]{1,40}\))?
                \s*(?:—|–|--?)$"""
        ),
    ),
    Kind(
        "a prompt to the reader",
        _found(
            r"""(?i) \bclick\ (?:here|to\ \w+|on\ (?:the|this)\ \w+|photo)\b | \benable\ javascript\b
                | \b(?:sign\ up|subscribe)\ (?:for|to)\ (?:one\ of\ )?our\b
                | \btext\ alerts\b
                | \bfollow\ us\b | \blike\ us\ on\b | \b(?:our|us)\ on\ (?:facebook|twitter)\b
                | \bdownload\ (?:the|our)\b.*\bapps?\b
                | \bour\ (?:free\ )?(?:apps?|newsletters?|rss\ feeds?)\b
                | \bshare\ this\b | \bleave\ (?:a|your)\ comments?\b
                | ^stay\ with\ [\w.\ ]{1,40}\ for\b | ^check\ back\b
                | \bcheck\ back\ for\ updates\b | \bthis\ story\ is\ (?:still\ )?developing\b
                | \bemail\ notifications?\b | \byour\ notification\b | \bdelivered\ to\ your\ inbox\b
                | \bpremium\ clicks?\b | \benter\ the\ characters\b
                | \bthank\ you\ for\ (?:registering|reading|subscribing)\b
                | \bverification\ (?:email|message)\b | \byou\ are\ the\ owner\ of\ this\ article\b
                | \bre-?enter\ (?:your\ )?zip | \bdigital\ access\b
                | \b(?:this|the)\ video\ (?:is\ )?no\ longer\ available\b | \binteractive\ transcript\b
                | \brating\ is\ available\ when\b | \bplease\ try\ again\ later\b | \bscroll\ down\ for\b
                | \bwatch\ the\ video\ here\b | ^play\ pause\b | \btext\ [A-Z]+\ to\ \d+ | ^tags?:
                | ^(?:article\ )?comments?\ by\b | \bcomments\ powered\ by\b | ^required\ [\w\ ]{1,20}:$""",
        ),
    ),
    Kind(
        "a link to another page",
        _found(
            # A label before another story's headline: "READ MORE: Six killed…", "• Related: 2 suspects…"
            r"""(?i) ^[\W\d]*(?: read\ more | related(?:\ \w+)? | see\ also | also(?:\ on\ [\w.]+)?
                | more(?:\ \w+){0,2} | earlier\ coverage | previous(?:\ story)? | continuing\ coverage
                | complete\ coverage | video | photos? | pictures | slideshow | gallery | watch(?:\ video)?
                | listen | story | latest\ news | top\ trending | how\ to\ help )\s*[:|]""",
            r"(?i) ^(?:related\ coverage|complete\ coverage\ of|more\ on)\b",
            r"^[×✕]\s",  # a pop-up's headline behind its close button
            r"^\[[^\]]*\](?:\([^)]*\))?$",  # a bracketed line: a link, an embed, an editor's insert
        ),
    ),
    Kind("a menu or a button", _only_menu_words),
    Kind("a line with no words", _no_words),
)
"""Every kind of boilerplate, tried in order: the first that finds a line names it."""
TITLE_LIKE = frozenset(kind.name for kind in KINDS if kind.title_like)
"""The kinds of boilerplate a headline may be mistaken for."""


_POST_SIGNATURE = re.compile(r"^[—–-]+\s*.*?\s*\(@\w+\)")
"""An embedded post's signature, `— Jane Doe (@janedoe) May 1, 2020`: read, as it says who wrote the post."""


def boilerplate(text: str) -> str | None:
    """The kind of boilerplate a paragraph is (`Kind.name`), or None when it is prose."""
    line = text.strip().strip("*_#> \t").strip()
    short = len(line) <= MOST_CHARACTERS and len(line.split()) <= MOST_WORDS
    if short and _POST_SIGNATURE.match(line):
        return None
    return next((kind.name for kind in KINDS if (short or kind.long) and kind.test(line)), None)
