"""The days an article says its event happened on, read against the day it was published.

Local news dates its event relative to its own publication: "early Tuesday morning", "last night",
"over the weekend"; a follow-up weeks later names the day in full ("on Sept. 29"). Two reports of
one shooting name one day; two shootings in one city a few days apart name two. A weekday is the
latest such day on or before publication ("next Tuesday" the first after it); "the weekend" is its
Saturday. Without a publication date only a day a month names can be read, and then without its
year ("day:09-29"), which is what a day feature is, so that dated and undated reports still meet.
"""

from __future__ import annotations

import datetime
import re

from ..months import MONTH_ABBREVIATIONS, MONTHS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The days of the week, from Monday (datetime's weekday 0)."""
_MONTH_NUMBERS = {name: n for n, name in enumerate(MONTHS, 1)} | {
    name: MONTHS.index(next(m for m in MONTHS if m.startswith(name[:3]))) + 1 for name in MONTH_ABBREVIATIONS
}
_MONTH = "|".join(sorted((m.title() for m in _MONTH_NUMBERS), key=len, reverse=True))
_WEEKDAY = "|".join(w.title() for w in WEEKDAYS)
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<{}>(?:19|20)\d\d)\b)?"
# Each kind of name is looked for only where its first character stands: four times faster.
_DAY_NAMES = re.compile(
    rf"""\b(?:
        (?=[A-Znt])(?:(?P<next>next|this\s+coming)\s+)?(?P<weekday>{_WEEKDAY})\b   # (next) Tuesday
        | (?=[A-Z])(?P<month>{_MONTH})\.?\s+(?P<day>[0-3]?\d){_ORDINAL}\b{_YEAR.format("year")}  # Sept. 29
        | (?=\d)(?P<day_first>[0-3]?\d){_ORDINAL}\s+(?P<month_after>{_MONTH})\b{_YEAR.format("year_after")}
        | (?=[YyTtLl])(?P<relative>[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast\s+night             # last night
            |[Tt]his\s+(?:morning|afternoon|evening)|(?:[Ll]ast|[Tt]his|the)\s+weekend)\b
    )""",
    re.VERBOSE,
)
_ANY = re.compile(r"day|night|morning|afternoon|evening|week|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
"""What every day name has: a paragraph without any names none (a third of them, found at once)."""
_DAYS_BEFORE = {"yesterday": 1, "last night": 1, "today": 0, "tonight": 0, "this morning": 0}
"""Relative days, and how many days before publication each is."""


AHEAD_DAYS = 7
"""A day a month names is taken to come at most this many days after publication ("will be arraigned
Dec. 3"); one further ahead is last year's."""


def named_days(text: str, published: datetime.date | None) -> list[tuple[int, str]]:
    """Each day `text` names, with the character where it is named, as "day:YYYY-MM-DD", or
    "day:MM-DD" when its year cannot be told."""
    found = []
    if not _ANY.search(text):
        return found
    for match in _DAY_NAMES.finditer(text):
        day = _day(match, published)
        if isinstance(day, datetime.date):
            found.append((match.start(), f"day:{day.isoformat()}"))
        elif day is not None:
            found.append((match.start(), f"day:{day[0]:02d}-{day[1]:02d}"))
    return found


def _day(match: re.Match[str], published: datetime.date | None) -> datetime.date | tuple[int, int] | None:
    """The date one match names, (month, day) when its year cannot be told, or None when it names
    no day that can be read."""
    month_name = match["month"] or match["month_after"]
    if month_name:
        month, day = _MONTH_NUMBERS[month_name.lower()], int(match["day"] or match["day_first"])
        year = match["year"] or match["year_after"]
        try:
            datetime.date(2000, month, day)  # a leap year: any day of the calendar
            if year:
                return datetime.date(int(year), month, day)
            if published is not None:
                date = datetime.date(published.year, month, day)
                return (
                    date
                    if date <= published + datetime.timedelta(days=AHEAD_DAYS)
                    else date.replace(year=date.year - 1)
                )
        except ValueError:
            return None
        return month, day
    if published is None:
        return None
    if match["weekday"]:
        weekday = WEEKDAYS.index(match["weekday"].lower())
        if match["next"]:
            date = published + datetime.timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
        else:
            date = published - datetime.timedelta(days=(published.weekday() - weekday) % 7)
    else:
        relative = " ".join(match["relative"].lower().split())
        if relative.endswith("weekend"):
            date = published - datetime.timedelta(days=(published.weekday() - 5) % 7)
        else:
            date = published - datetime.timedelta(days=_DAYS_BEFORE.get(relative, 0))
    return date
