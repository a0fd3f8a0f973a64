"""Dates as articles write them, in front matter or a header line."""

from __future__ import annotations

import datetime

_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%Y/%m/%d")


def parse_date(value: object) -> datetime.date | None:
    """A date from front matter or a header: a date, or a string in a common format."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:
        # A full timestamp ("2025-04-24T08:30:00Z"): its day is the date.
        return datetime.datetime.fromisoformat(text).date()
    except ValueError:
        return None
