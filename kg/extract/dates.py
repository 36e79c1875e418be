"""Dates as pages print them (9月16日, 5月4日至6日, 2023年5月8日) to ISO 8601."""
from __future__ import annotations

import re

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9, "十": 10}
DATE = re.compile(r"(?:(?P<year>(?:19|20)\d{2})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
                  r"(?:(?:至|到|-|—|~)(?:(?P<month2>\d{1,2})月)?(?P<day2>\d{1,2})日)?")
LEADING_DATE = re.compile(r"^(?:\([^)]*\))?\s*" + DATE.pattern)


def iso_date(month: int, day: int, year: int | None = None) -> str:
    """``2022-09-16``, or ``--09-16`` when the year is unknown; ``''`` if not a date."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def parse_date(text: str, year: int | None = None) -> str:
    """The first date in ``text`` (the first day of a range).

    >>> parse_date("5月4日至6日,永昌县政协组织")
    '--05-04'
    >>> parse_date("9月16日", 2022)
    '2022-09-16'
    """
    match = DATE.search(text)
    if not match:
        return ""
    return iso_date(int(match["month"]), int(match["day"]), int(match["year"]) if match["year"] else year)


def with_year(date: str, year: int | None) -> str:
    """Give a ``--MM-DD`` date its year when the year is known."""
    if year and date.startswith("--"):
        return f"{year:04d}{date[1:]}"
    return date
