"""Dates, numbers and money in the user's locale (QLocale's default, which `--lang` may set)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale

_WEEKDAY = re.compile(r"d{4}\W*")
_YEAR = re.compile(r"\W*y+\W*")  # the year of a date pattern, with what separates it


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def short_date(value: dt.date | None, locale: QLocale | None = None) -> str:
    """A compact date for table cells: 12/11/2024 in France, 11/12/24 in the US."""
    if value is None:
        return ""
    loc = locale or QLocale()
    if loc.language() == QLocale.Language.C:
        return value.isoformat()  # the "C" locale's short form ("12 11 2024") reads as three numbers
    return loc.toString(qdate(value), QLocale.FormatType.ShortFormat)


def medium_date(value: dt.date | None, locale: QLocale | None = None) -> str:
    """A readable date without the weekday: "12 nov. 2024", "Nov 12, 2024" — the locale's long form, shortened."""
    if value is None:
        return ""
    loc = locale or QLocale()
    pattern = _WEEKDAY.sub("", loc.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
    pattern = pattern.replace("MMMM", "MMM")
    return loc.toString(qdate(value), pattern)


def address_book_date(value: str, locale: QLocale | None = None) -> str:
    """A contact's birthday or anniversary (ISO text, "--04-15" without its year) as the locale writes it; text
    that is not a date as it was typed."""
    text = value.strip()
    try:
        if text.startswith("--") and len(text) == 7:
            loc = locale or QLocale()
            day = dt.date(2000, int(text[2:4]), int(text[5:7]))  # 2000: a leap year, so 29 February is a date
            pattern = _WEEKDAY.sub("", loc.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
            pattern = _YEAR.sub("", pattern).strip(" ,./-").replace("MMMM", "MMM")
            return loc.toString(qdate(day), pattern)
        return medium_date(dt.date.fromisoformat(text), locale)
    except ValueError:
        return text


def count_text(value: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(value)


def money_text(value: float, locale: QLocale | None = None) -> str:
    """An amount in the locale's currency; whole amounts without decimals ("1 200 €")."""
    loc = locale or QLocale()
    precision = 0 if float(value).is_integer() else 2
    return loc.toCurrencyString(float(value), loc.currencySymbol(), precision)


def day_month(value: dt.date | None, locale: QLocale | None = None) -> str:
    """Day and short month, for a date in a narrow column: "12 nov.", "Nov 12"."""
    if value is None:
        return ""
    loc = locale or QLocale()
    pattern = _WEEKDAY.sub("", loc.dateFormat(QLocale.FormatType.LongFormat)).replace("MMMM", "MMM")
    pattern = re.sub(r"\W*y+\W*", " ", pattern).strip(" ,")
    return loc.toString(qdate(value), pattern)
