"""Dates: publication dates as scrapers, archives and spreadsheets write them, read into timestamps.

One parser for every source of a ``pub_date`` (a manifest, a CSV/JSONL/spreadsheet column):
ISO 8601 with or without time and offset; day-first numeric dates (the Indonesian convention, a
parameter); month names and abbreviations, with or without a weekday, anywhere in the string, so the
prefixes scrapers leave ("Tayang:", "Diperbarui", "Jurnalis-") need no rule; times as ``HH:MM`` or
``HH.MM``; zone words (``WIB`` = UTC+7, ``WITA`` = +8, ``WIT`` = +9) and explicit offsets; a
default zone for the rest. Month, weekday and zone words come from ``calendar.csv`` (kinds
``month``, ``weekday``, ``zone``), so another language adds rows, not code. Strings that name no
full date ("kemarin sore", "Tidak ditemukan"), impossible dates ("2025-02-30") and weekdays that
contradict the date are reported, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pandas as pd

from .resources import Resources
from .text import normalize

__all__ = ["parse_date", "parse_dates", "PRECISIONS"]

PRECISIONS = ("day", "minute", "second")


@dataclass(frozen=True)
class _DateWords:
    months: dict
    weekdays: dict
    zones: dict
    month_re: str
    weekday_re: str
    zone_re: re.Pattern | None


def _res(resources: Resources | None) -> Resources:
    from .resources import load_resources

    return resources if resources is not None else load_resources(None)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda s: (-len(s), s)))


def _build(res: Resources) -> _DateWords:
    cal = res.table("calendar.csv")
    months, weekdays, zones = {}, {}, {}
    for k, n, v in zip(cal["kind"], cal["name"], cal["value"]):
        k, n = str(k).strip(), str(n).strip().lower()
        if k == "month":
            months[n] = int(float(v))
        elif k == "weekday":
            weekdays[n] = int(float(v))
        elif k == "zone":
            zones[n] = float(v)
    zone_re = re.compile(r"(?<![A-Za-z])(" + _alt(zones) + r")(?![A-Za-z])", re.IGNORECASE) if zones else None
    return _DateWords(months, weekdays, zones, _alt(months), _alt(weekdays), zone_re)


def _words(res: Resources) -> _DateWords:
    return res.memo("date_words", _build)


_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*"
                  r"(Z|[+-]\d{2}:?\d{2})?\s*$")
_TIME = re.compile(r"(?<![\d.:])(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?![\d])")
_OFFSET = re.compile(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?(?![\d])", re.IGNORECASE)
_GMT_OFFSET = re.compile(r"(?<![A-Za-z])(?:UTC|GMT)\s*([+-])(\d{1,2})(?::?(\d{2}))?(?![\d])", re.IGNORECASE)
_NUMERIC = re.compile(r"(?<![\d])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d])")
_YMD = re.compile(r"(?<![\d])(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?![\d])")


@dataclass(frozen=True)
class ParsedDate:
    """One parsed date: ``timestamp`` (UTC, tz-aware) or None, ``precision``, ``zone`` and ``problem``."""

    timestamp: pd.Timestamp | None
    precision: str
    zone: str
    problem: str
    ambiguous: bool = False


def _offset_zone(sign: str, hours: str, minutes: str | None) -> dt.timezone:
    delta = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
    return dt.timezone(-delta if sign == "-" else delta)


def parse_date(value, *, zone: str = "Asia/Jakarta", dayfirst: bool = True, earliest_year: int = 1990,
               now: pd.Timestamp | None = None, resources: Resources | None = None) -> ParsedDate:
    """Read one publication-date string into a UTC timestamp, with its precision and any problem.

    Parameters
    ----------
    value : str
        As the source wrote it ("Tayang: Sabtu, 7 Juni 2025 08:13 WIB", "2025-06-12T08:30:00+07:00",
        "10/06/2025", "14 Jan 2016 15:21").
    zone : str, default "Asia/Jakarta"
        IANA zone for a time written without a zone word or offset.
    dayfirst : bool, default True
        Read ``10/06/2025`` as 10 June (the Indonesian convention); False reads it as 6 October.
    earliest_year : int, default 1990
        A date before this year is reported as doubtful.
    now : pandas.Timestamp, optional
        The time of loading (a date after it is reported); the current time by default.
    resources : Resources, optional
        Month, weekday and zone words (``calendar.csv``); the kit's by default.

    Returns
    -------
    ParsedDate
        ``timestamp`` (UTC; a date without a time is midnight in its zone), ``precision`` ("day",
        "minute", "second" or "" when unread), ``zone`` (as applied), ``problem`` ("" when none),
        ``ambiguous`` (a numeric date whose day and month could be swapped).

    Examples
    --------
    >>> p = parse_date("Tayang: Sabtu, 7 Juni 2025 08:13 WITA")
    >>> str(p.timestamp), p.precision, p.zone
    ('2025-06-07 00:13:00+00:00', 'minute', 'WITA')
    >>> parse_date("2025-02-30").problem
    'impossible date: 2025-02-30'
    >>> parse_date("kemarin sore").problem
    'no full date in it'
    """
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else normalize(str(value)).strip()
    if not text:
        return ParsedDate(None, "", "", "")
    res = _res(resources)
    words = _words(res)
    now = now if now is not None else pd.Timestamp.now(tz="UTC")
    tz: dt.tzinfo = ZoneInfo(zone)
    zone_name = zone
    y = mo = d = None
    hh = mm = ss = None
    ambiguous = numeric = False
    weekday_written = None
    m = _ISO.match(text)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if m.group(4):
            hh, mm = int(m.group(4)), int(m.group(5))
            ss = int(m.group(6)) if m.group(6) else None
        off = m.group(7)
        if off:
            if off == "Z":
                tz, zone_name = dt.timezone.utc, "UTC"
            else:
                om = re.match(r"([+-])(\d{2}):?(\d{2})", off)
                tz, zone_name = _offset_zone(om.group(1), om.group(2), om.group(3)), off
    else:
        rest = text
        gm = _GMT_OFFSET.search(rest)
        zm = None if gm else (words.zone_re.search(rest) if words.zone_re else None)
        if gm:
            tz, zone_name = _offset_zone(gm.group(1), gm.group(2), gm.group(3)), gm.group(0).strip()
            rest = rest[:gm.start()] + " " + rest[gm.end():]
        elif zm:
            hours = words.zones[zm.group(1).lower()]
            tz = dt.timezone(dt.timedelta(hours=hours))
            zone_name = zm.group(1).upper()
            rest = rest[:zm.start()] + " " + rest[zm.end():]
        named = re.search(r"(?<![\w])(\d{1,2})\s*(?:-\s*)?(" + words.month_re + r")\.?,?\s*(?:-\s*)?(\d{4})(?![\d])",
                          rest, re.IGNORECASE) if words.month_re else None
        named_us = re.search(r"(?<![\w])(" + words.month_re + r")\.?\s+(\d{1,2}),?\s+(\d{4})(?![\d])",
                             rest, re.IGNORECASE) if words.month_re else None
        if named:
            d, mo, y = int(named.group(1)), words.months[named.group(2).lower()], int(named.group(3))
            span = named.span()
        elif named_us:
            mo, d, y = words.months[named_us.group(1).lower()], int(named_us.group(2)), int(named_us.group(3))
            span = named_us.span()
        elif (ym := _YMD.search(rest)):
            y, mo, d = int(ym.group(1)), int(ym.group(2)), int(ym.group(3))
            span = ym.span()
        elif (nm := _NUMERIC.search(rest)):
            a, b, yy = int(nm.group(1)), int(nm.group(2)), nm.group(3)
            y = int(yy) + (2000 if len(yy) == 2 else 0)
            d, mo = (a, b) if dayfirst else (b, a)
            ambiguous, numeric = a != b and a <= 12 and b <= 12, True
            span = nm.span()
        else:
            return ParsedDate(None, "", "", "no full date in it")
        rest = rest[:span[0]] + " " + rest[span[1]:]
        if words.weekday_re:
            wm = re.search(r"(?<![\w])(" + words.weekday_re + r")(?![\w])", rest, re.IGNORECASE)
            if wm:
                weekday_written = words.weekdays[wm.group(1).lower()]
        tm = _TIME.search(rest)
        if tm and int(tm.group(1)) < 24 and int(tm.group(2)) < 60:
            hh, mm = int(tm.group(1)), int(tm.group(2))
            ss = int(tm.group(3)) if tm.group(3) else None
            after = rest[tm.end():]
            if re.match(r"\s*(pm|p\.m\.)", after, re.IGNORECASE) and hh < 12:
                hh += 12
            elif re.match(r"\s*(am|a\.m\.)", after, re.IGNORECASE) and hh == 12:
                hh = 0
            om = _OFFSET.match(after.strip()) if not (zm or gm) else None
            if om and (after.strip()[:1] in "+-" or after.strip()[:3].upper() in ("UTC", "GMT")):
                tz, zone_name = _offset_zone(om.group(1), om.group(2), om.group(3)), after.strip()[:om.end()].strip()
    try:
        local = dt.datetime(y, mo, d, hh or 0, mm or 0, ss or 0)
    except ValueError:
        how = (" read day-first" if dayfirst else " read month-first") if numeric else ""
        return ParsedDate(None, "", "", f"impossible date: {text}{how}")
    precision = "day" if hh is None else ("second" if ss is not None else "minute")
    stamp = pd.Timestamp(local.replace(tzinfo=tz)).tz_convert("UTC")
    problem = ""
    if weekday_written is not None and weekday_written != local.isoweekday():
        problem = f"weekday does not match: {local:%Y-%m-%d} was a {local:%A}"
    if stamp > now + pd.Timedelta(days=1):
        return ParsedDate(None, "", "", f"after the time of loading: {local:%Y-%m-%d}")
    if y < earliest_year:
        problem = problem or f"before {earliest_year}: {local:%Y-%m-%d}"
    return ParsedDate(stamp, precision, zone_name, problem, ambiguous)


def parse_dates(values, *, zone: str = "Asia/Jakarta", dayfirst: bool = True, earliest_year: int = 1990,
                now: pd.Timestamp | None = None, resources: Resources | None = None) -> pd.DataFrame:
    """Parse a column of date strings: one row per value, with what was read and any problem.

    Parameters
    ----------
    values : iterable of str
        The strings, as the source wrote them.
    zone, dayfirst, earliest_year, now, resources
        See :func:`parse_date`.

    Returns
    -------
    pandas.DataFrame
        ``raw, pub_date`` (UTC, tz-aware; NaT when unread), ``precision, zone, problem, ambiguous``,
        in the order of ``values``.

    Examples
    --------
    >>> t = parse_dates(["2025-06-10 10:39 WIT", "2025-06-10 10:39", "Tidak ditemukan"])
    >>> t["pub_date"].dt.strftime("%H:%M").tolist()[:2], t["problem"].tolist()[2]
    (['01:39', '03:39'], 'no full date in it')
    """
    rows = []
    for v in values:
        p = parse_date(v, zone=zone, dayfirst=dayfirst, earliest_year=earliest_year, now=now, resources=resources)
        rows.append(dict(raw="" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v),
                         pub_date=p.timestamp if p.timestamp is not None else pd.NaT, precision=p.precision,
                         zone=p.zone, problem=p.problem, ambiguous=p.ambiguous))
    out = pd.DataFrame(rows, columns=["raw", "pub_date", "precision", "zone", "problem", "ambiguous"])
    out["pub_date"] = pd.to_datetime(out["pub_date"], utc=True)
    return out
