"""Dates as pages print them (9月16日, 5月4日至6日, 2023年5月8日) to ISO 8601."""
from __future__ import annotations

import re

RANGE_TO = r"(?:至|到|[-—–~]{1,2})"  # 5月4日至6日, 5月17——18日
_CN_MONTH = "十[一二]?|[一二三四五六七八九]"  # 一月十九日, as formal reports print a session's date
_CN_DAY = "[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
DATE = re.compile(rf"(?:(?P<year>(?:19|20)\d{{2}})年)?(?P<month>\d{{1,2}}|{_CN_MONTH})月(?P<day>\d{{1,2}}|{_CN_DAY})"  # 5月30号 as said
                  rf"(?:[日号]|(?={RANGE_TO}(?:\d{{1,2}}月)?\d{{1,2}}[日号]))"  # 日 after the first day of a range may go
                  rf"(?:{RANGE_TO}(?:(?P<month2>\d{{1,2}})月)?(?P<day2>\d{{1,2}})[日号])?")
# A date opening a text, after a bracketed byline ((记者高原雪)2月20日) or inside the brackets
# of a relative day (今天(3月26日)下午).
LEADING_DATE = re.compile(r"^(?:(?:今天|今日|昨天|昨日)\s*\(|\([^)]*\))?\s*" + DATE.pattern)


_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九", 1)}


def number(text: str) -> int:
    """A month's or a day's number, printed in digits or in Chinese numerals (十九, 二十三)."""
    if text.isdigit():
        return int(text)
    tens, ten, ones = text.rpartition("十")
    if not ten:
        return _DIGITS[ones]
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)


def date_of(match: re.Match, year: int | None = None) -> str:
    """The ISO date a match of ``DATE`` (or ``LEADING_DATE``) names: its first day."""
    return iso_date(number(match["month"]), number(match["day"]), int(match["year"]) if match["year"] else year)


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
    >>> parse_date("一月十九日上午,省政协十二届四次会议在太原隆重开幕")
    '--01-19'
    """
    match = DATE.search(text)
    if not match:
        return ""
    return date_of(match, year)


def with_year(date: str, year: int | None) -> str:
    """Give a ``--MM-DD`` date its year when the year is known."""
    if year and date.startswith("--"):
        return f"{year:04d}{date[1:]}"
    return date


# A day without its month, after the dateline has given one: 17日在京召开, 15日下午主持召开
_DAY_ONLY = re.compile(r"(?<![\d月])(?P<day>\d{1,2})\)?日(?=上午|下午|晚|在|召开|举行|,|$)")  # 昨(8)日 too


def day_in_month_of(text: str, reference: str) -> str:
    """The date a day printed without its month means, in the month of ``reference``
    (the article's date), or the month before when the day is later than it.

    >>> day_in_month_of("会议17日在京召开", "--01-18")
    '--01-17'
    >>> day_in_month_of("会议30日召开", "2020-01-02")
    '2019-12-30'
    >>> day_in_month_of("会议于12月17日召开", "--01-18")
    ''
    >>> day_in_month_of("昨(8)日,市政协主席会议召开", "--04-09")
    '--04-08'
    """
    match = _DAY_ONLY.search(text)
    found = re.fullmatch(r"(?P<year>\d{4})?-?-(?P<month>\d{2})-(?P<day>\d{2})", reference or "")
    if not match or not found:
        return ""
    year = int(found["year"]) if found["year"] else None
    month, day = int(found["month"]), int(match["day"])
    if day > int(found["day"]):
        month, year = (month - 1, year) if month > 1 else (12, year - 1 if year else None)
    return iso_date(month, day, year)
