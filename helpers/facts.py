"""Facts: the numbers (value, unit, sentence) and dates (weekday checks) each article gives, the
figures outlets give for the same unit side by side, and dates that disagree.
"""

from __future__ import annotations

import re

import pandas as pd

from .resources import Resources, resources_of
from .text import calendar, derived_root, find_dates, normalize, parse_number, sentences, stopword_set, verb_prefixes

__all__ = ["extract_facts", "date_checks", "figures_side_by_side"]

_RANGE_LABELS = ("range from", "range to")  # the qualifier of a dashed range's two ends (its last words)


# a number written the Indonesian way: 10.000 (thousands), 4,8 (decimals)
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


def _unit_words(res: Resources) -> str:
    """The unit after a figure: a unit of units.csv written in several words ("meter persegi", "dolar AS"), or else
    one word that is no ``not_unit`` word of calendar.csv, with a rate's slash ("km/jam")."""
    cal = calendar(res)
    several = sorted({str(w).strip() for w in res.table("units.csv")["written"] if " " in str(w).strip()},
                     key=lambda w: (-len(w), w))
    multi = "".join(r"(?i:" + r"\s+".join(map(re.escape, w.split())) + r")(?![\w-])|" for w in several)
    return multi + r"(?!(?i:" + cal.not_unit_alt + r")\b)[A-Za-z][\w-]*(?:/[A-Za-z]+(?![\w/]))?"


def _number_re(res: Resources) -> re.Pattern:
    """A figure: optional currency, the number, optional %, multiplier word and unit word (calendar.csv, units.csv)."""
    cal = calendar(res)
    return re.compile(
        r"(?P<cur>" + cal.currency_alt + r")?\s?"
        r"(?P<num>" + _NUM + r")"
        r"(?P<pct>%)?"
        r"(?:\s+(?P<mult>(?i:" + cal.multiplier_alt + r"))(?![\w]))?"
        r"(?:\s+(?P<unit>" + _unit_words(res) + r"))?"  # km, km/jam, meter persegi
    )


def _range_re(res: Resources) -> re.Pattern:
    """A range of two figures joined by a dash ("5-6 persen", "6 persen-6,5 persen", "Rp 100 juta-Rp 500 juta",
    "USD 2.050-2.100"): each end with its optional currency, per cent sign, multiplier and unit word."""
    cal = calendar(res)
    num = _NUM
    mult = r"(?:\s+(?P<mult{0}>(?i:" + cal.multiplier_alt + r"))(?![\w]))?"
    return re.compile(
        r"(?P<cur1>" + cal.currency_alt + r")?\s?(?P<a>" + num + r")(?P<pct1>%)?" + mult.format(1)
        + r"(?:\s+(?P<unit1>[A-Za-z]+))?\s?[-\u2013]\s?"
        r"(?P<cur2>" + cal.currency_alt + r")?\s?(?P<b>" + num + r")(?P<pct2>%)?" + mult.format(2)
        + r"(?:\s+(?P<unit2>" + _unit_words(res) + r"))?"
    )


def _qualifier_res(res: Resources) -> tuple:
    t = res.table("calendar.csv")
    kind = t["kind"].str.strip()
    q = {n.strip().lower(): v.strip() for n, v in zip(t.loc[kind == "qualifier", "name"], t.loc[kind == "qualifier", "value"])}
    mg = {n.strip().lower(): float(v) for n, v in zip(t.loc[kind == "magnitude", "name"], t.loc[kind == "magnitude", "value"])}
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=lambda x: (-len(x), x))) or "(?!)"  # noqa: E731
    qual_re = re.compile(r"(?<![\w-])(?:" + alt(q) + r")(?![\w-])", re.IGNORECASE)
    magn_re = re.compile(r"(?<![\w-])(?P<w>" + alt(mg) + r")(?![\w-])(?:\s+(?P<unit>[A-Za-z][\w-]*))?", re.IGNORECASE)
    return qual_re, magn_re, mg, q


def _time_re(res: Resources) -> re.Pattern:
    """A clock time: after a time word ("pukul 11.30", "jam 3"), or followed by a zone word ("22.12 WITA"): calendar.csv."""
    t = res.table("calendar.csv")
    kind = t["kind"].str.strip()
    alt = lambda ws: "|".join(re.escape(w.strip()) for w in sorted(ws, key=lambda x: (-len(x), x))) or "(?!)"  # noqa: E731
    words, zones = alt(t.loc[kind == "time_word", "name"]), alt(calendar(res).zones)
    return re.compile(r"(?<![\w-])(?:" + words + r")\.?\s*\d{1,2}(?:[.:]\d{2}){0,2}(?:\s*(?:" + zones + r")(?!\w))?"
                      r"|(?<![\d.,])\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:" + zones + r")(?!\w)", re.IGNORECASE)


def _verb(word: str, prefixes: tuple) -> bool:
    """A verb: a word of a verb prefix (roles.csv ``verb_prefix``: me-, di-, ber-) that PySastrawi reduces to another
    root of its dictionary ("melemah", "mengalami", "dibuka", "berhasil"): no unit ("S&P 500 melemah"); not a root
    with a suffix only ("meteran" -> meter)."""
    root = derived_root(word) if word.startswith(prefixes) and word.isalpha() else None
    return root is not None and not word.startswith(root)


def _written_unit(w) -> str:
    """A written form of units.csv as a key: in small letters, but a one-letter symbol as written ("L")."""
    w = str(w).strip()
    return w if len(w) == 1 else w.lower()


def _unit_of(pct, cur, word, cal, units: dict, stop, prefixes: tuple = ()) -> tuple[str, bool]:
    """A figure's unit as shown (per cent, a currency's code, one form per units.csv) and whether it is known."""
    written = " ".join((word or "").split())
    if not pct and not cur and len(written) == 1 and written.isupper() and written not in units:
        # a capital letter is no unit symbol written in small letters: "1.5 G CVT" (a car's trim), "1446 H/2025 M" (the
        # Gregorian year), not grams or metres; units.csv lists a capital that is one ("L", litres)
        return written, False
    unit = "%" if pct else cal.currencies[cur] if cur else written.lower()
    if unit in cal.percent_words:
        unit = "%"
    elif unit in stop or (unit not in units and _verb(unit, prefixes)):
        unit = ""
    known = unit == "%" or unit in units or unit in units.values() or bool(cur)
    return units.get(unit, unit), known


def _in_a_name(s: str, m: re.Match) -> bool:
    """Whether a number stands between two capitalised words, the first not the sentence's first word.

    "SMAN 9 Tambun Selatan", "Honda PCX 160 Roadsync", "Idul Adha 1446 Hijriah", "Densus 88 Antiteror": the number
    is part of a name. A unit of units.csv, a currency, a per cent or a multiplier after it is read before this.
    """
    after = m.group("unit") or ""
    if not re.match(r"[A-Z][a-z]", after):
        return False
    before = s[:m.start("num")]
    w = re.search(r"(\S+) $", before)
    word = w.group(1).strip("()") if w else ""  # "(Densus) 88 Antiteror": the short form in brackets
    if not word or not re.search(r"[A-Z]", word) or not re.fullmatch(r"[\w'’-]+", word):
        return False
    return bool(before[:w.start()].strip())  # the word before is not the sentence's first


def _qualifier_before(s: str, start: int, qual_re: re.Pattern, quals: dict) -> str:
    """The label of the last qualifier word (calendar.csv) in the clause just before a figure, or ""."""
    before = re.split(r"[.;:!?]|,(?!\d)", s[max(0, start - 40):start])[-1]
    q = list(qual_re.finditer(before))
    return quals[q[-1].group(0).lower()] if q else ""


def _range_ends(m: re.Match, s: str, spans: list, ident, cal, units: dict, magn: dict, stop, res) -> list | None:
    """The two ends ``[(value, unit), (value, unit)]`` of a dashed range, or None where the dash joins no range.

    A range needs a quantity on its second end: a per cent sign or word, a currency, a multiplier, a unit of
    units.csv or an order of magnitude ("jutaan"); or any other word that is no stop word, where the figures run
    from low to high, written in lower case, the first no year ("2-3 hari", "400-500 orang"), so that a score
    ("menang 2-1 atas", "4-0 menutup", "Latvia 0-2 Albania") or a span of years ("periode 2025-2028 resmi") is no range. A multiplier written only after the second figure applies to the first where
    that makes it the smaller ("Rp 5-8 juta"; not "Rp 500.000-1 juta"). A unit written after the first figure must
    be the second's ("6 persen-6,5 persen").
    """
    a0, b0 = m.start("a"), m.start("b")
    if any(x <= a0 < y or x <= b0 < y for x, y in spans):
        return None  # a date or a clock time ("18-20 Juni", "pukul 10.00-12.00")
    if not m.group("cur1") and a0 > 0 and re.match(r"[-\w.,/]", s[a0 - 1]):
        return None  # part of a word or of a longer number (T-54, 08.00-10.00)
    tail = s[m.end("b"):m.end("b") + 2] if not (m.group("pct2") or m.group("mult2") or m.group("unit2")) else ""
    if tail[:1] and (re.match(r"[-\w]", tail[:1]) or re.match(r"[.,]\d", tail)):
        return None
    if ident.search(s, max(0, m.start() - 40), m.start()):
        return None
    verbs = res.memo("verb_prefixes", verb_prefixes)
    word2 = m.group("unit2")
    factor = magn.get((word2 or "").lower())
    cur = m.group("cur1") or m.group("cur2")
    unit, known = _unit_of(m.group("pct2"), cur, None if factor else word2, cal, units, stop, verbs)
    if m.group("unit1") or m.group("pct1"):
        unit1, _ = _unit_of(m.group("pct1"), None, m.group("unit1"), cal, units, stop, verbs)
        if unit1 != unit or m.group("cur1") and m.group("cur2") and m.group("cur1") != m.group("cur2"):
            return None
    a = parse_number(m.group("a") + (" " + m.group("mult1") if m.group("mult1") else ""), resources=res)
    b = parse_number(m.group("b") + (" " + m.group("mult2") if m.group("mult2") else ""), resources=res)
    if a is None or b is None:
        return None
    marked = bool(known or m.group("mult2") or factor)
    year = re.fullmatch(r"\d{4}", m.group("a")) and 1900 <= a <= 2100
    if not marked and not (unit and a < b and word2.islower() and not year):
        return None  # a score, a span of years ("periode 2025-2028 resmi"), a name ("0-2 Albania")
    raw_b = parse_number(m.group("b"), resources=res)
    if m.group("mult2") and not m.group("mult1") and a < raw_b:
        a *= cal.multipliers[m.group("mult2").lower()]
    if factor:
        a, b = (a * factor if a < b else a), b * factor
    return [(a, unit), (b, unit)]


def extract_facts(corpus: pd.DataFrame, *, resources: Resources | None = None) -> pd.DataFrame:
    """Every number (value, unit, sentence) and every date (weekday check) in every article.

    Numbers are read the Indonesian way (``10.000`` = 10000, ``4,8 juta`` = 4,800,000,
    ``USD24,5 miliar`` = 24.5e9 USD, ``8,7 persen`` = 8.7 %); the unit is the currency or the word
    after the number and its multiplier (a stop word is no unit, nor is a verb, "S&P 500 melemah"; a bare four-digit number from
    1900 to 2100 is a "year" unless a unit of ``units.csv`` follows it). Digits that belong to a
    date are reported as the date, and those of a clock time ("pukul 11.30", "22.12 WITA": ``calendar.csv`` time and zone words) are left out; numbers
    after an identifier word ("Nomor", "No.", "Pasal", "ayat": ``calendar.csv``) are left out, and so is a number
    inside a capitalised name ("SMAN 9 Tambun", "Snapdragon 6 Gen 4", "Idul Adha 1446 Hijriah": a capitalised word,
    not the sentence's first, before it and a capitalised word no unit of ``units.csv`` after it), and so is a date of
    a calendar the kit does not convert ("15 Zulhijjah 1446 H": ``calendar.csv`` ``other_calendar``). A range joined
    by a dash ("5-6 persen", "6 persen-6,5 persen", "Rp 5-8 juta") gives both figures, with the unit and multiplier
    written after the second, qualified "range from" and "range to"; a score ("2-1") or a span of years is none.
    Multiplier, currency and identifier words all come from ``calendar.csv``.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    resources : Resources, optional
        The corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, kind`` ("number", "magnitude" for "ribuan", "jutaan" ... with the
        factor as value, "date", or "birth_date" for someone's date of birth, which is no event's:
        :func:`helpers.find_dates`), ``text`` (as written), ``value`` (float; NaN for dates),
        ``unit``, ``qualifier`` ("at least", "about", "more than", "estimated", "up to" ... from the
        words before the figure, ``calendar.csv``), ``date`` (ISO, dates only), ``weekday_written``,
        ``weekday_ok``, ``sentence``; sorted by doc_id and position.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
    ...                   "text": ["Ada 10.000 kontainer dan 4,8 juta peluru, Selasa (18/6/2024)."]})
    >>> extract_facts(c)[["kind", "value", "unit", "date"]].values.tolist()
    [['number', 10000.0, 'kontainer', ''], ['number', 4800000.0, 'peluru', ''], ['date', nan, '', '2024-06-18']]
    >>> c2 = pd.DataFrame({"doc_id": ["b"], "outlet": ["X"],
    ...                    "text": ["Setidaknya 10.000 kontainer dan jutaan peluru dikirim."]})
    >>> extract_facts(c2)[["kind", "value", "unit", "qualifier"]].values.tolist()
    [['number', 10000.0, 'kontainer', 'at least'], ['magnitude', 1000000.0, 'peluru', 'order of magnitude']]
    """
    res = resources_of(corpus, resources)
    cal = calendar(res)
    ident = cal.identifier_re
    number_re = res.memo("facts_number", _number_re)
    time_re = res.memo("facts_time", _time_re)
    range_re = res.memo("facts_range", _range_re)
    qual_re, magn_re, magn, quals = res.memo("facts_qualifiers", _qualifier_res)
    stop = stopword_set(res)
    verbs = res.memo("verb_prefixes", verb_prefixes)
    other_cal = cal.other_calendar_re  # a date of a calendar the kit does not convert (calendar.csv other_calendar)
    units = res.memo("units", lambda r: {_written_unit(w): str(u).strip()
                                         for w, u in zip(r.table("units.csv")["written"], r.table("units.csv")["unit"])})
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        pos = 0
        for s in sentences(r.text, resources=res):
            s_norm = normalize(s)
            dates = find_dates(s_norm, resources=res)
            spans = [(d["start"], d["end"]) for d in dates]
            spans += [(m.start(), m.end()) for m in time_re.finditer(s_norm)]  # a clock time is no figure
            items = []
            for d in dates:
                items.append((d["start"], dict(kind="birth_date" if d["birth"] else "date", text=d["text"], value=float("nan"), unit="", qualifier="",
                                               date=d["date"] or "", weekday_written=d["weekday_written"] or "",
                                               weekday_ok=d["weekday_ok"])))
            ranged = []
            for m in range_re.finditer(s_norm):
                ends = _range_ends(m, s_norm, spans, ident, cal, units, magn, stop, res)
                if ends is None:
                    continue
                ranged.append((m.start(), m.end()))
                q = _qualifier_before(s_norm, m.start(), qual_re, quals)
                for i, (value, unit) in enumerate(ends):
                    label = _RANGE_LABELS[i]
                    items.append((m.start() + i / 2, dict(kind="number", text=m.group(0).strip(), value=value, unit=unit,
                                                          qualifier=(q + "; " if q else "") + label,
                                                          date="", weekday_written="", weekday_ok=None)))
            for m in number_re.finditer(s_norm):
                st, en = m.start("num"), m.end("num")
                if any(a <= st < b for a, b in spans + ranged):
                    continue
                if re.match(r"[-\w]", s_norm[en:en + 1] or " ") and not m.group("pct"):
                    continue  # part of a word (T-54, Covid-19, 1980-an, 3E)
                if st > 0 and re.match(r"[-\w]", s_norm[st - 1]) and not m.group("cur"):
                    continue
                if ident.search(s_norm, max(0, m.start() - 40), m.start()):
                    continue  # an identifier (UU Nomor 19 Tahun 2003, Pasal 3), not a quantity
                if other_cal.match(s_norm, en):
                    continue  # a date of another calendar ("15 Zulhijjah 1446 H"), not a quantity
                value = parse_number(m.group("num") + (" " + m.group("mult") if m.group("mult") else ""), resources=res)
                cur = m.group("cur")
                # one form per unit (units.csv): kilometer -> km, hektare -> ha, meter persegi -> m2
                unit, known = _unit_of(m.group("pct"), cur, m.group("unit"), cal, units, stop, verbs)
                if (not known and not cur and not m.group("pct") and not m.group("mult") and value is not None
                        and value.is_integer() and 1900 <= value <= 2100 and re.fullmatch(r"\d{4}", m.group("num"))):
                    # a year, whatever word follows ("BSU 2025 diatur", "Piala Dunia 2026 zona Asia"): of 378 such
                    # numbers in the development set followed by a word no unit of units.csv, none was a count
                    unit = "year"
                elif not known and not cur and not m.group("pct") and not m.group("mult") and _in_a_name(s_norm, m):
                    continue  # a number inside a capitalised name ("SMAN 9 Tambun", "Snapdragon 6 Gen"), no quantity
                items.append((m.start(), dict(kind="number", text=m.group(0).strip(), value=value, unit=unit,
                                              qualifier=_qualifier_before(s_norm, m.start(), qual_re, quals),
                                              date="", weekday_written="", weekday_ok=None)))
            for m in magn_re.finditer(s_norm):
                if any(a <= m.start() < b for a, b in ranged):
                    continue  # "Rp 200-300 jutaan": the range's own multiplier
                unit = (m.group("unit") or "").lower()
                items.append((m.start(), dict(kind="magnitude", text=m.group(0).strip(), value=magn[m.group("w").lower()],
                                              unit="" if unit in stop else unit, qualifier="order of magnitude",
                                              date="", weekday_written="", weekday_ok=None)))
            for _, it in sorted(items, key=lambda x: x[0]):
                rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, **it, sentence=s, _pos=pos))
                pos += 1
    cols = ["doc_id", "outlet", "kind", "text", "value", "unit", "qualifier", "date", "weekday_written", "weekday_ok",
            "sentence"]
    df = pd.DataFrame(rows, columns=cols + ["_pos"])
    return df.sort_values(["doc_id", "_pos"], kind="stable").drop(columns="_pos").reset_index(drop=True)


def date_checks(corpus: pd.DataFrame, *, event_pattern: str | None = None,
                resources: Resources | None = None) -> pd.DataFrame:
    """Flag dates that disagree: a wrong weekday, and outlets giving different dates for one event.

    The date an article gives for its main event is the first full date in its lead (first
    paragraph), or, with ``event_pattern``, the first full date in a sentence matching that
    regex (e.g. ``"tiba|mendarat|bertemu"``).

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    event_pattern : str, optional
        Regex (case-insensitive) picking the sentences that report the event.
    resources : Resources, optional
        The corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, check, date, detail`` with ``check`` = "weekday_mismatch" or
        "event_date_differs", and one "event_date" row per article giving its event date,
        sorted by check then doc_id.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...                   "text": ["Putin tiba Selasa (18/6/2024).", "Putin tiba Selasa (16/6/2024)."]})
    >>> date_checks(c)["check"].tolist()
    ['event_date', 'event_date', 'event_date_differs', 'event_date_differs', 'weekday_mismatch']
    """
    facts = extract_facts(corpus, resources=resources)
    d = facts[facts["kind"] == "date"]
    rows = []
    for r in d[d["weekday_ok"] == False].itertuples(index=False):  # noqa: E712
        rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, check="weekday_mismatch", date=r.date,
                         detail=f"'{r.text}': {r.date} was not a {r.weekday_written}"))
    event = {}
    rx = re.compile(event_pattern, re.IGNORECASE) if event_pattern else None
    for c in corpus.sort_values("doc_id").itertuples(index=False):
        lead = c.text.split("\n")[0]
        cand = d[(d["doc_id"] == c.doc_id) & (d["date"] != "")]
        if rx is not None:
            cand = cand[cand["sentence"].str.contains(rx)]
        else:
            cand = cand[cand["sentence"].map(lambda s: normalize(s)[:40] in normalize(lead))]
        if len(cand):
            first = cand.iloc[0]
            event[c.doc_id] = (c.outlet, first["date"], first["text"])
            rows.append(dict(doc_id=c.doc_id, outlet=c.outlet, check="event_date", date=first["date"],
                             detail=f"'{first['text']}' in: {first['sentence'][:90]}"))
    if len({v[1] for v in event.values()}) > 1:
        others = ", ".join(f"{k}: {v[1]}" for k, v in sorted(event.items()))
        for k, (outlet, date, text) in sorted(event.items()):
            rows.append(dict(doc_id=k, outlet=outlet, check="event_date_differs", date=date,
                             detail=f"event dates given: {others}"))
    df = pd.DataFrame(rows, columns=["doc_id", "outlet", "check", "date", "detail"])
    return df.sort_values(["check", "doc_id"], kind="stable").reset_index(drop=True)


def figures_side_by_side(facts: pd.DataFrame, *, skip_units=("year",)) -> pd.DataFrame:
    """Numbers grouped by unit across outlets, so different figures for the same thing show.

    Parameters
    ----------
    facts : pandas.DataFrame
        From :func:`extract_facts`.
    skip_units : tuple of str, default ("year",)
        Units left out (years are dates, not figures).

    Returns
    -------
    pandas.DataFrame
        ``unit, outlet, values, n_outlets, differs``: one row per unit and outlet, ``values``
        the distinct values that outlet gives (sorted, joined by "; "; a range's two ends, the rows
        qualified "range from" and "range to", as one value "5–6"), ``differs`` True when the
        outlets reporting that unit do not give the same set of values (a range is not its ends:
        "5–6" and "5; 6" differ). Units without a name are left out. Sorted by unit then outlet.

    Examples
    --------
    >>> f = pd.DataFrame({"kind": ["number"] * 3, "unit": ["kontainer"] * 3, "outlet": ["X", "Y", "Y"],
    ...                   "value": [10000.0, 10000.0, 5000.0]})
    >>> figures_side_by_side(f)[["outlet", "values", "differs"]].values.tolist()
    [['X', '10,000', True], ['Y', '5,000; 10,000', True]]
    >>> r = pd.DataFrame({"kind": ["number"] * 3, "unit": ["%"] * 3, "outlet": ["X", "X", "Y"],
    ...                   "value": [5.0, 6.0, 6.0], "qualifier": ["range from", "about; range to", ""]})
    >>> figures_side_by_side(r)[["outlet", "values"]].values.tolist()
    [['X', '5–6'], ['Y', '6']]
    """
    keep = (facts["kind"] == "number") & (facts["unit"] != "") & (~facts["unit"].isin(skip_units))
    cols = ["unit", "outlet", "values", "n_outlets", "differs"]
    if not keep.any():
        return pd.DataFrame(columns=cols)

    def fmt(v: float) -> str:  # two decimals at most, but a small value keeps two significant digits (0.001)
        if float(v).is_integer():
            return f"{v:,.0f}"
        short = f"{v:,.2f}".rstrip("0").rstrip(".")
        return short if float(short.replace(",", "")) != 0 else f"{v:.2g}"

    items = _figure_items(facts.reset_index(drop=True), keep.to_numpy())
    rows = []
    for unit, g in items.groupby("unit", sort=True):
        per = {o: tuple(sorted(set(x))) for o, x in g.groupby("outlet", sort=True)["item"]}
        differs = len(set(per.values())) > 1
        for o, vals in per.items():
            rows.append(dict(unit=unit, outlet=o, values="; ".join("–".join(fmt(v) for v in dict.fromkeys(it))
                                                                   for it in vals),
                             n_outlets=len(per), differs=differs))
    return pd.DataFrame(rows, columns=cols)


def _figure_items(facts: pd.DataFrame, keep) -> pd.DataFrame:
    """``unit, outlet, item``: one row per figure, ``item`` (low, high), equal ends for a single value.

    A row qualified "... range from" followed by its "... range to" (same article, text and unit) is
    one range; an end without its partner (a filtered table) counts as a single value.
    """
    qual = facts["qualifier"].fillna("").astype(str) if "qualifier" in facts else pd.Series("", index=facts.index)
    same = [c for c in ("doc_id", "text", "unit") if c in facts]
    out, k, n = [], 0, len(facts)
    while k < n:
        if not keep[k] or pd.isna(facts.at[k, "value"]):
            k += 1
            continue
        v = float(facts.at[k, "value"])
        if (qual[k].endswith(_RANGE_LABELS[0]) and k + 1 < n and keep[k + 1] and qual[k + 1].endswith(_RANGE_LABELS[1])
                and all(facts.at[k, c] == facts.at[k + 1, c] for c in same) and pd.notna(facts.at[k + 1, "value"])):
            out.append((facts.at[k, "unit"], facts.at[k, "outlet"], (v, float(facts.at[k + 1, "value"]))))
            k += 2
            continue
        out.append((facts.at[k, "unit"], facts.at[k, "outlet"], (v, v)))
        k += 1
    return pd.DataFrame(out, columns=["unit", "outlet", "item"])

