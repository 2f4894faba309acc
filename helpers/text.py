"""Text: normalising, words, tokens, sentences, numbers, dates and name matching (the layer every
analysis stands on).

The order of the tokenizer's steps was measured on the seed articles: NFKC and plain quotes;
abbreviations defined in parentheses; aliases; dates made ISO; multi-word names joined;
relation pairs split; reduplication folded; the clitic -nya split off; numbers normalised; stop
words (stopwordsiso ``id`` minus a keep-list) removed; optional PySastrawi stemming, cached per
distinct word, with an override table. Every word list is a data table (``helpers/data``) that a
corpus folder can extend; the compiled forms live in the :class:`helpers.resources.Resources` of
that folder, passed as ``resources=`` (the kit's tables when omitted).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

import pandas as pd

from .errors import check_option
from .resources import Resources, load_resources

__all__ = [
    "normalize",
    "words",
    "count_words",
    "WORD_RE",
    "tokenize",
    "in_name_flags",
    "script_of",
    "other_script_passages",
    "sentences",
    "text_units",
    "make_analyzer",
    "parse_number",
    "find_dates",
    "calendar",
    "Calendar",
    "drop_defined_abbreviations",
    "abbreviation_definitions",
    "actor_matcher",
]

_QUOTES = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u2013": "-", "\u2014": " - ", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u00a0": " ", "\u200b": "", "\ufeff": "",
})


def normalize(text: str) -> str:
    """Unicode NFKC, curly quotes and dashes made plain, no-break spaces made spaces.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The normalised text (same lines; nothing else is changed).

    Examples
    --------
    >>> normalize("\u201cKami\u201d \u2013 ok")
    '"Kami" - ok'
    """
    return unicodedata.normalize("NFKC", text).translate(_QUOTES)


def _mark_class() -> str:
    """A regex class of every combining mark (Unicode categories Mn, Mc, Me), which ``\\w`` leaves out."""
    import sys

    ranges, start, prev = [], None, None
    for cp in range(sys.maxunicode + 1):
        if unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me"):
            if start is None:
                start = cp
            elif cp != prev + 1:
                ranges.append((start, prev))
                start = cp
            prev = cp
    ranges.append((start, prev))
    return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges) + "]"


_MARK = _mark_class()
# a word is letters, digits and the marks that vowel or tone them, joined as Unicode writes them
_W = r"(?:\w|" + _MARK + r")"

#: A word as the kit counts words: letters/digits (with their combining marks) and internal hyphens,
#: apostrophes and separators.
WORD_RE = re.compile(_W + r"+(?:[-'.,]" + _W + r"+)*")


def words(text: str) -> list[str]:
    """Lower-case word forms (letters/digits, internal hyphens and separators kept), for counts and shingles.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of str

    Examples
    --------
    >>> words("Putin tiba di Korea-Utara, 10.000 orang.")
    ['putin', 'tiba', 'di', 'korea-utara', '10.000', 'orang']
    """
    return [w.lower() for w in WORD_RE.findall(normalize(text))]


def script_of(word: str) -> str:
    """The Unicode script of a word's first letter ("LATIN", "ARABIC", "CJK", "HANGUL", ...); "" for none.

    Parameters
    ----------
    word : str

    Returns
    -------
    str

    Examples
    --------
    >>> [script_of(w) for w in ["Putin", "بِسْمِ", "金正恩", "2024"]]
    ['LATIN', 'ARABIC', 'CJK', '']
    """
    import unicodedata

    for ch in word:
        if ch.isalpha():
            try:
                name = unicodedata.name(ch)
            except ValueError:
                return ""
            first = name.split()[0]
            return "LATIN" if first in ("FEMININE", "MASCULINE", "MODIFIER") else first
    return ""


def other_script_passages(text: str, script: str = "LATIN") -> list[tuple[int, int, str, int]]:
    """Passages written in another script than the corpus language's: (start, end, script, words).

    Consecutive words of other scripts (any mix) with only spaces, punctuation or digits between
    them make one passage: a Qur'anic verse, a name in Korean or Chinese in brackets.

    Parameters
    ----------
    text : str
    script : str, default "LATIN"
        The script of the corpus language (Indonesian: Latin).

    Returns
    -------
    list of tuple
        ``(start, end, scripts, n_words)``: character span, the scripts found ("ARABIC"; "CJK"
        ...), and the passage's words.

    Examples
    --------
    >>> t = "Ia membaca بِسْمِ اللَّهِ lalu pergi ke Seoul (서울)."
    >>> [(t[a:b], sc, n) for a, b, sc, n in other_script_passages(t)]
    [('بِسْمِ اللَّهِ', 'ARABIC', 2), ('서울', 'HANGUL', 1)]
    """
    out: list[list] = []
    for m in WORD_RE.finditer(text):
        sc = script_of(m.group(0))
        if not sc or sc == script:
            if sc == script and out and out[-1][4]:
                out[-1][4] = False  # a word of the corpus script closes the passage
            continue
        if out and out[-1][4] and not any(script_of(w) == script for w in WORD_RE.findall(text[out[-1][1]:m.start()])):
            out[-1][1] = m.end()
            out[-1][2].add(sc)
            out[-1][3] += 1
        else:
            out.append([m.start(), m.end(), {sc}, 1, True])
    return [(a, b, "; ".join(sorted(scs)), n) for a, b, scs, n, _ in out]


def count_words(text: str) -> int:
    """Number of words as the kit counts them (:data:`WORD_RE` on the text as written).

    Parameters
    ----------
    text : str

    Returns
    -------
    int

    Examples
    --------
    >>> count_words("Ada 10.000 kontainer.")
    3
    """
    return len(WORD_RE.findall(text))


def _res(resources: Resources | None) -> Resources:
    return resources if resources is not None else load_resources()


# --- calendar and number words ----------------------------------------------------------------

@dataclass(frozen=True)
class Calendar:
    """Weekday, month, number and currency words of ``calendar.csv``, compiled (see :func:`calendar`)."""

    weekdays: tuple          # display names, Monday first
    months: tuple            # display names, January first
    weekday_num: dict        # any spelling (lower) -> 1..7
    month_num: dict          # any spelling (lower) -> 1..12
    multipliers: dict        # word (lower) -> factor
    currencies: dict         # spelling as written -> ISO code
    multiplier_alt: str      # regex alternation of the multiplier words
    currency_alt: str        # regex alternation of the currency spellings
    not_unit_alt: str        # regex alternation of the words that are never a figure's unit
    percent_words: frozenset  # words meaning per cent (lower case)
    identifier_re: re.Pattern
    birth_re: re.Pattern | None  # a birth word ("kelahiran"): a date after it in its sentence may be a date of birth
    birth_links: frozenset   # lower-case words that may stand between a birth word and its date ("di", "pada")
    zones: frozenset         # time-zone words (lower case: "wib", "wita"), written after a clock time
    date_numeric: re.Pattern
    date_words: re.Pattern
    weekday_before: re.Pattern
    token_re: re.Pattern
    other_calendar_re: re.Pattern  # right after a number, a month or year mark of a calendar not converted ("1446 H")


def _alt(items) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=lambda s: (-len(s), s)))


def _build_calendar(res: Resources) -> Calendar:
    t = res.table("calendar.csv")
    kind = t["kind"].str.strip()
    wk, mo = t[kind == "weekday"], t[kind == "month"]
    weekday_num: dict[str, int] = {}
    for n, v in zip(wk["name"], wk["value"]):
        weekday_num.setdefault(n.strip().lower(), int(v))
    month_num: dict[str, int] = {}
    for n, v in zip(mo["name"], mo["value"]):
        month_num.setdefault(n.strip().lower(), int(v))
    # the first name listed for each number is the one shown (Senin ... Minggu; Januari ...)
    weekdays = tuple(next(n for n, v in zip(wk["name"], wk["value"]) if int(v) == k) for k in range(1, 8))
    months = tuple(next(n for n, v in zip(mo["name"], mo["value"]) if int(v) == k) for k in range(1, 13))
    mult: dict[str, float] = {}
    for n, v in zip(t.loc[kind == "multiplier", "name"], t.loc[kind == "multiplier", "value"]):
        mult.setdefault(n.strip().lower(), float(v))
    cur: dict[str, str] = {}
    for n, v in zip(t.loc[kind == "currency", "name"], t.loc[kind == "currency", "value"]):
        cur.setdefault(n.strip(), v.strip().upper())
    not_unit = _alt(t.loc[kind == "not_unit", "name"].str.strip().str.lower())
    ident = sorted(t.loc[kind == "identifier", "name"].str.strip(), key=len, reverse=True)
    # "Nomor 19", and the year in "Nomor 19 Tahun 2003"
    identifier_re = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in ident) + r")\s*(?:\d+\s+tahun\s*)?$",
                               re.IGNORECASE)
    # The date itself comes first in each pattern (a cheap "(" or digit to start from); a weekday
    # written before it is found by looking back (see _with_weekday), which keeps the scans fast.
    date_numeric = re.compile(r"\(\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\s*,?\s*\)")
    date_words = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s+(?P<mon>(?i:" + _alt(month_num) + r"))(?:\s+(?P<y>\d{4}))?(?![\w])")
    weekday_before = re.compile(r"(?<!\w)(?P<wd>(?:" + _alt(weekday_num) + r"))\s*,?\s*$", re.IGNORECASE)
    token_re = re.compile(
        r"(?P<date>\d{4}-\d{2}-\d{2})"
        r"|(?P<cur>" + _alt(cur) + r")\s?(?P<curnum>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
        r"|(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?(?:-an)?|\d+(?:,\d+)?(?:-an)?)(?![\w])"
        r"|(?P<word>(?:[^\W\d]|_)" + _W + r"*(?:[-']" + _W + r"+)*|\d+[-][^\W\d]\w*|\d+[^\W\d_]\w*)"
    )
    percent = frozenset(t.loc[kind == "percent", "name"].str.strip().str.lower())
    birth = t.loc[kind == "birth", "name"].str.strip().str.lower()
    birth_re = re.compile(r"(?<!\w)(?:" + _alt(birth) + r")(?!\w)", re.IGNORECASE) if len(birth) else None
    birth_links = frozenset(t.loc[kind == "birth_link", "name"].str.strip().str.lower())
    zones = frozenset(t.loc[kind == "zone", "name"].str.strip().str.lower())
    other = t.loc[kind == "other_calendar", "name"].str.strip().str.lower()  # "Zulhijjah", "H", "Hijriah"
    other_calendar_re = (re.compile(r"\s+(?:" + _alt(other) + r")(?![\w-])", re.IGNORECASE) if len(other)
                         else re.compile(r"(?!)"))
    return Calendar(weekdays, months, weekday_num, month_num, mult, cur, _alt(mult), _alt(cur), not_unit, percent,
                    identifier_re, birth_re, birth_links, zones,
                    date_numeric, date_words, weekday_before, token_re, other_calendar_re)


def calendar(resources: Resources | None = None) -> Calendar:
    """The calendar, number and currency words of a corpus's resources, compiled once.

    Parameters
    ----------
    resources : Resources, optional
        From :func:`helpers.load_resources`; the kit's tables by default.

    Returns
    -------
    Calendar
        ``weekdays`` and ``months`` (display names), lookups from any spelling, ``multipliers``
        ("juta" -> 1e6), ``currencies`` ("US$" -> "USD") and the compiled date patterns.

    Examples
    --------
    >>> cal = calendar()
    >>> cal.weekdays[0], cal.months[5], cal.currencies["Rp"]
    ('Senin', 'Juni', 'IDR')
    """
    return _res(resources).memo("calendar", _build_calendar)


_NUM_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def parse_number(text: str, *, resources: Resources | None = None) -> float | None:
    """Read an Indonesian number: "." groups thousands, "," is the decimal mark.

    A word multiplier that follows (``calendar.csv``: ribu, juta, miliar, triliun ...) is applied;
    a currency prefix (Rp, USD, US$) is ignored here.

    Parameters
    ----------
    text : str
        For example ``"10.000"``, ``"4,8 juta"``, ``"USD24,5 miliar"``, ``"8,7 persen"``.
    resources : Resources, optional
        Whose multiplier words to use; the kit's by default.

    Returns
    -------
    float or None
        The value, or None when the text holds no number.

    Examples
    --------
    >>> parse_number("4,8 juta")
    4800000.0
    >>> parse_number("USD24,5 miliar")
    24500000000.0
    >>> parse_number("Rp 16,1 triliun")
    16100000000000.0
    """
    m = _NUM_RE.search(text)
    if not m:
        return None
    from decimal import Decimal

    s = m.group(0)
    value = Decimal(s.replace(".", "").replace(",", "."))
    rest = text[m.end():].strip().lower()
    word = re.match(r"[a-z]+", rest)
    mult = calendar(resources).multipliers
    if word and word.group(0) in mult:  # in decimal, so "16,1 triliun" is 16,100,000,000,000, not ...000.002
        value *= Decimal(str(mult[word.group(0)]))
    return float(value)


def _with_weekday(text: str, m: re.Match, cal: Calendar) -> tuple[int, str | None]:
    """Start of the date including a weekday written just before it, and that weekday."""
    w = cal.weekday_before.search(text, max(0, m.start() - 12), m.start())
    return (w.start(), w.group("wd")) if w else (m.start(), None)


_SENTENCE_START = re.compile(r"[.!?]\s|\n")


def _is_birth(text: str, start: int, cal: Calendar) -> bool:
    """Is the date at ``start`` someone's date of birth: after a birth word of its sentence (calendar.csv ``birth``:
    "kelahiran", "lahir") with nothing between but names, numbers and ``birth_link`` words ("di", "pada")? A birth word
    after a capitalised word mid-sentence is part of a name ("Hari Lahir Pancasila") and marks nothing."""
    if cal.birth_re is None:
        return False
    begin = max((m.end() for m in _SENTENCE_START.finditer(text, 0, start)), default=0)
    found = list(cal.birth_re.finditer(text, begin, start))
    if not found:
        return False
    m = found[-1]
    before = re.findall(r"[\w'-]+", text[begin:m.start()])
    if m.group(0)[0].isupper() and before and before[-1][0].isupper() and not before[-1].isupper():
        return False  # "Hari Lahir ..." (not after a dateline in capitals, "JAKARTA- Lahir di ...")
    between = re.findall(r"[\w'.-]+", text[m.end():start])
    return len(between) <= 10 and all(w[0].isupper() or w[0].isdigit() or w.lower() in cal.birth_links
                                      for w in between)


def find_dates(text: str, *, resources: Resources | None = None) -> list[dict]:
    """Find Indonesian dates and check any weekday written with them.

    Recognises "Selasa (18/6/2024)", "(19/6/2024,)", "Rabu 19 Juni 2024", "Sabtu, 25 Mei 2024"
    and dates without a year ("Senin (24/2)", whose ``date`` is then None). Weekday and month
    names come from ``calendar.csv``; so do the words that mark a date as someone's date of birth
    ("Pria kelahiran Bandung, 21 Januari 1968": ``birth`` is True), which is no event's date.

    Parameters
    ----------
    text : str
        Article text.
    resources : Resources, optional
        Whose calendar words to use; the kit's by default.

    Returns
    -------
    list of dict
        In text order, each with ``text, start, end, day, month, year, date`` (ISO string or
        None), ``weekday_written`` (as written or None), ``weekday_actual`` (from the calendar,
        or None), ``weekday_ok`` (True, False, or None when there is nothing to check) and
        ``birth`` (a date of birth, see above).

    Examples
    --------
    >>> d = find_dates("pada Selasa (16/6/2024).")[0]
    >>> (d["date"], d["weekday_written"], d["weekday_actual"], d["weekday_ok"])
    ('2024-06-16', 'Selasa', 'Minggu', False)
    >>> [d["birth"] for d in find_dates("Pria kelahiran Bandung, 21 Januari 1968 itu tiba Senin (9/6/2025).")]
    [True, False]
    """
    cal = calendar(resources)
    text = normalize(text)
    found = []
    for rx, numeric in ((cal.date_numeric, True), (cal.date_words, False)):
        for m in rx.finditer(text):
            day = int(m.group("d"))
            month = int(m.group("m")) if numeric else cal.month_num[m.group("mon").lower()]
            year = m.group("y")
            year = None if year is None else int(year) + (2000 if len(year) == 2 else 0)
            iso = actual = ok = None
            if year is not None:
                try:
                    d = dt.date(year, month, day)
                except ValueError:
                    d = None
                if d is not None:
                    iso = d.isoformat()
                    actual = cal.weekdays[d.weekday()]
            start, wd = _with_weekday(text, m, cal)
            if wd and actual:
                ok = cal.weekday_num.get(wd.lower()) == cal.weekdays.index(actual) + 1
            found.append(dict(text=text[start:m.end()].strip(), start=start, end=m.end(), day=day,
                              month=month, year=year, date=iso, weekday_written=wd,
                              weekday_actual=actual, weekday_ok=ok, birth=_is_birth(text, start, cal)))
    found.sort(key=lambda r: (r["start"], -r["end"]))
    out, last_end = [], -1
    for r in found:  # drop overlaps, keep the earliest longest
        if r["start"] >= last_end:
            out.append(r)
            last_end = r["end"]
    return out


# --- word lists for the tokenizer -------------------------------------------------------------

@dataclass(frozen=True)
class _Words:
    aliases: tuple
    multiword_re: re.Pattern | None
    multiword_ic: re.Pattern | None
    stopwords: frozenset
    stem_overrides: dict
    lexical_redup: frozenset
    nya_exceptions: frozenset
    abbreviations: frozenset
    alias_long: dict


def _plural(word: str) -> str:
    """A phrase's first word as a regex that also takes its reduplicated plural (negara, negara-negara)."""
    w = re.escape(word)
    return w + "(?:-" + w + ")?" if word.isalpha() else w


def _join_phrase(s: str) -> str:
    """A matched multi-word name joined with "_", a reduplicated first word made single."""
    ws = s.split()
    head, _, tail = ws[0].partition("-")
    if tail and head.lower() == tail.lower():
        ws[0] = head
    return "_".join(ws)


def actor_variants(actors: pd.DataFrame) -> dict[str, str]:
    """Each actor's spelling variants mapped to its first alias: the forms the tokenizer folds to one token.

    A variant is an alias that shares a word with the actor's first alias ("Putin" and "Vladimir
    Putin", "Kim Jong-un" and "Kim Jong Un"); an alias sharing none ("Kremlin" for Russia,
    "Washington" for the United States) is another word for the actor, kept as written so that an
    analysis can still tell the outlets that write it.

    Parameters
    ----------
    actors : pandas.DataFrame
        A gazetteer with ``actor`` and ``aliases`` ("|"-separated, the first the name as written
        in the articles).

    Returns
    -------
    dict
        variant -> first alias, case-sensitive, the first alias itself excluded.

    Examples
    --------
    >>> g = pd.DataFrame({"actor": ["Vladimir Putin", "Russia"],
    ...                   "aliases": ["Vladimir Putin|Putin", "Rusia|Federasi Rusia|Kremlin"]})
    >>> actor_variants(g)
    {'Putin': 'Vladimir Putin', 'Federasi Rusia': 'Rusia'}
    """
    out: dict[str, str] = {}
    for aliases in actors.get("aliases", pd.Series(dtype=str)).astype(str):
        names = [normalize(a).strip() for a in aliases.split("|") if a.strip()]
        if not names:
            continue
        first = names[0]
        first_words = {w.lower() for w in re.split(r"[\s-]+", first)}
        for a in names[1:]:
            if a != first and a not in out and first_words & {w.lower() for w in re.split(r"[\s-]+", a)}:
                out[a] = first
    return out


def _build_words(res: Resources) -> _Words:
    import stopwordsiso

    al = res.table("aliases.csv")
    alias_long: dict[str, str] = {}
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    alts = []
    for row in al.itertuples(index=False):
        sensitive = row.case_sensitive.strip().lower() in ("yes", "true", "1")
        if sensitive:
            exact.setdefault(row.pattern, row.canonical)
            alts.append((row.pattern, re.escape(row.pattern)))
        else:
            folded.setdefault(row.pattern.lower(), row.canonical)
            alts.append((row.pattern, "(?i:" + re.escape(row.pattern) + ")"))
        alias_long.setdefault(row.pattern.lower(), row.canonical)
    # actors: every variant of a name folds to the actor's first alias ("Putin" -> "Vladimir Putin"); an
    # alias that shares no word with it is another word for the actor, not a spelling ("Kremlin"), and stays
    # (not when a capitalised word follows: "Kim" folds, "Kim Yo Jong" is someone else); the full name
    # maps to itself so that its own last word is not expanded again
    canonical_names = set()
    for variant, name in actor_variants(res.table("actors.csv")).items():
        for form in (variant, name):
            if form not in exact and form.lower() not in folded:
                exact[form] = name
                alts.append((form, re.escape(form) + r"(?![ \t]+[A-Z][a-z])"))
        canonical_names.add(name)
    # one regex for all aliases, longest first; case-sensitive ones stay so ("AS" but not "as")
    alts.sort(key=lambda t: (-len(t[0]), t[0]))
    aliases = ()
    if alts:
        rx = re.compile(r"(?<![\w-])(?:" + "|".join(a for _, a in alts) + r")(?![\w])")
        aliases = ((rx, exact, folded),)
    phrases = set()
    for p in res.table("multiword.csv")["phrase"]:
        p = normalize(p).strip()
        if " " in p:
            phrases.add(p)
    # aliases' canonical multi-word forms are names too
    phrases.update(c for c in alias_long.values() if " " in c)
    phrases.update(c for c in canonical_names if " " in c)
    mw = mw_ic = None
    if phrases:
        ordered = sorted(phrases, key=lambda s: (-len(s), s.lower()))
        # the first word may come reduplicated as a plural: "Negara-negara Barat" is "Negara Barat"
        body = "|".join(r"\s+".join([_plural(p.split()[0])] + [re.escape(w) for w in p.split()[1:]]) for p in ordered)
        mw_ic = re.compile(r"(?<![\w-])(?:" + body + r")(?![\w])", re.IGNORECASE)
        mw = re.compile(r"(?<![\w-])(?:" + body.lower() + r")(?![\w])")
    sw = set(stopwordsiso.stopwords("id"))
    for row in res.table("stopwords.csv").itertuples(index=False):
        w = row.word.strip().lower()
        if row.action.strip() == "keep":
            sw.discard(w)
        elif row.action.strip() == "add":
            sw.add(w)
    so: dict[str, str] = {}
    for r in res.table("stem_overrides.csv").itertuples(index=False):
        so.setdefault(r.word.strip().lower(), r.stem.strip().lower())
    lr = frozenset(w.strip().lower() for w in res.table("lexical_reduplication.csv")["word"])
    ne = frozenset(w.strip().lower() for w in res.table("nya_exceptions.csv")["word"])
    ab = frozenset(w.strip().lower() for w in res.table("abbreviations.csv")["abbreviation"])
    return _Words(aliases, mw, mw_ic, frozenset(sw), so, lr, ne, ab, alias_long)


def _words_of(resources: Resources | None) -> _Words:
    return _res(resources).memo("words", _build_words)


def stopword_set(resources: Resources | None = None) -> frozenset:
    """The stop words the tokenizer removes: stopwordsiso ``id`` with ``stopwords.csv`` applied.

    Parameters
    ----------
    resources : Resources, optional
        The kit's tables by default.

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> "sama" in stopword_set(), "yang" in stopword_set()
    (False, True)
    """
    return _words_of(resources).stopwords


__all__.append("stopword_set")
__all__ += ["root_words", "dictionary_word", "derived_root", "verb_prefixes", "self_name_spans"]

# --- tokens --------------------------------------------------------------------------------

_PAREN_ABBR = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z0-9-]{1,9})\s*\)")
_SENT_START = re.compile(r'(?:^|[.!?:;"]\s*|\n\s*)$')


def _initials(words_: list[str]) -> str:
    out = []
    for w in words_:
        for part in w.split("-"):
            if part:
                out.append(part[0])
    return "".join(out).lower()


def drop_defined_abbreviations(text: str, *, resources: Resources | None = None) -> str:
    """Remove a short form defined in parentheses right after its long form: it names the same thing.

    "Korea Utara (Korut)" -> "Korea Utara": the bracketed form goes when its letters are the
    initials of the words before it, or when ``aliases.csv`` maps it to those words.

    Parameters
    ----------
    text : str
    resources : Resources, optional
        Whose aliases to use; the kit's by default.

    Returns
    -------
    str

    Examples
    --------
    >>> drop_defined_abbreviations("Korea Utara (Korut) dan Perserikatan Bangsa-Bangsa (PBB) bertemu.")
    'Korea Utara dan Perserikatan Bangsa-Bangsa bertemu.'
    """
    return _drop_abbr(text, _words_of(resources))


def _drop_abbr(text: str, wd: _Words) -> str:
    def repl(m: re.Match) -> str:
        abbr = m.group(1)
        before = text[: m.start()]
        ws = re.findall(r"[\w-]+", before[-120:])
        long_form = wd.alias_long.get(abbr.lower())
        if long_form and normalize(before).rstrip().lower().endswith(long_form.lower()):
            return ""
        n = len(abbr.replace("-", ""))
        for k in range(1, min(len(ws), n) + 1):
            if _initials(ws[-k:]) == abbr.lower().replace("-", ""):
                return ""
        return m.group(0)

    return _PAREN_ABBR.sub(repl, text)


_DEFINED = re.compile(r"\(\s*([A-Z][A-Za-z0-9-]{1,11})\s*\)")


def _long_form(short: str, before: str) -> str | None:
    """The long form of ``short`` ending ``before`` (Schwartz & Hearst 2003): the shortest run of the last
    min(n + 5, 2n) words (n letters in ``short``) holding its letters in order, its first letter opening a word."""
    before = re.split(r"[.,;:!?()\"]", before)[-1]  # within the clause
    n = sum(ch.isalnum() for ch in short)
    long = " ".join(before.split()[-min(n + 5, 2 * n):])
    s, ln = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while ln >= 0 and (long[ln].lower() != c or (s == 0 and ln > 0 and long[ln - 1].isalnum())):
            ln -= 1
        if ln < 0:
            return None
        ln -= 1
        s -= 1
    out = long[long.rfind(" ", 0, ln + 1) + 1:]
    words_ = out.split()
    if len(words_) < 2 or len(out) <= len(short) or short.lower() in (w.lower() for w in words_):
        return None
    return out


def abbreviation_definitions(corpus: pd.DataFrame) -> pd.DataFrame:
    """Short forms the articles define in brackets after their long form: "Komisi Pemberantasan Korupsi (KPK)".

    The long form is found as Schwartz & Hearst (2003, "A simple algorithm for identifying abbreviation definitions in
    biomedical text", PSB) find it: among the words right before the bracket (at most n + 5 and 2n of them for a
    short form of n letters, within the clause), the shortest run that holds the short form's letters in order, the
    first of them opening a word. So syllable abbreviations count too ("Kejaksaan Agung (Kejagung)", "Gabungan
    Industri Kendaraan Bermotor Indonesia (Gaikindo)"); a bracket whose letters the words before it do not hold
    ("kata dia (Antara)") is no definition. The short form is one word opened by a capital; the long form two
    words or more. ``written`` keeps the capitalised words right before the bracket, which may say more than the
    long form ("Badan Pengelola Investasi Daya Anagata Nusantara (Danantara)": long form "Daya Anagata Nusantara").

    Parameters
    ----------
    corpus : pandas.DataFrame
        With ``doc_id`` and ``text`` (:func:`helpers.load_corpus`).

    Returns
    -------
    pandas.DataFrame
        ``short, long, written, definitions, articles``: each definition once, by short form, then most defined
        first.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "text": [
    ...     "Kata Ketua Komisi Pemberantasan Korupsi (KPK) itu.", "Kejaksaan Agung (Kejagung) dan KPK bertemu."]})
    >>> abbreviation_definitions(c).values.tolist()
    [['KPK', 'Komisi Pemberantasan Korupsi', 'Kata Ketua Komisi Pemberantasan Korupsi', 1, 1], \
['Kejagung', 'Kejaksaan Agung', 'Kejaksaan Agung', 1, 1]]
    """
    found: Counter = Counter()
    arts: dict[tuple, set] = defaultdict(set)
    for doc, text in zip(corpus["doc_id"], corpus["text"]):
        text = normalize(text)
        for m in _DEFINED.finditer(text):
            before = text[max(0, m.start() - 300):m.start()]
            long = _long_form(m.group(1), before)
            if long:
                written = re.search(r"(?:[A-Z][\w'&.-]*\s+)*$", before).group(0).strip()
                key = (m.group(1), long, written)
                found[key] += 1
                arts[key].add(doc)
    rows = [(*k, n, len(arts[k])) for k, n in found.items()]
    out = pd.DataFrame(rows, columns=["short", "long", "written", "definitions", "articles"])
    out["_n"] = -out["definitions"]
    return out.sort_values(["short", "_n", "long", "written"], kind="stable").drop(columns="_n").reset_index(drop=True)


# a link is no word: a web address ("https://bsu.kemnaker.go.id", "www.telkomsel.com/surprisedeal"), a bare domain
# ("Liputan6.com", "tribunnews.com/fajar") or an e-mail address; tokens of its parts ("https", "www", "go", "id", "com")
# would otherwise count as terms (369 links in 281 of 2,308 development articles, most an outlet's domain in a credit)
# the endings of a web address written bare ("Liputan6.com", "indonesiabaik.id"): links (text) and an address glued to
# the word after it (clean: "Liputan6.compada")
def web_endings(resources: Resources | None = None) -> tuple[str, ...]:
    """The endings of a web address written bare, without http or www ("logammulia.com", "kemenag.go.id").

    Parameters
    ----------
    resources : Resources, optional
        Whose ``link_glue.csv`` ``web_ending`` rows to read; the kit's by default.

    Returns
    -------
    tuple of str
        The endings in lower case, in file order.

    Examples
    --------
    >>> "com" in web_endings()
    True
    """
    t = (resources or load_resources()).table("link_glue.csv")
    return tuple(t.loc[t["kind"].str.strip() == "web_ending", "word"].str.strip().str.lower())


def _link_re(res: Resources) -> re.Pattern:
    """An e-mail address, a link with http or www, or a bare web address with one of ``web_endings``."""
    return re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[^\s\"'<>)\]]+"
                      r"|(?<![\w@.-])[\w-]+(?:\.[\w-]+)*\.(?:" + "|".join(web_endings(res)) + r")(?:\.[a-z]{2})?"
                      r"(?:/[^\s\"'<>)\]]*)?(?![\w-])", re.IGNORECASE)


def _prepare(text: str, wd: _Words, res: Resources) -> str:
    cal = calendar(res)

    def to_iso(m: re.Match) -> str:
        d = find_dates(m.group(0), resources=res)
        if d and d[0]["date"]:
            return f" {d[0]['date']} "
        return m.group(0)

    text = res.memo("link_re", _link_re).sub(" ", normalize(text))
    text = _drop_abbr(text, wd)
    for rx, exact, folded in wd.aliases:
        text = rx.sub(lambda m: exact.get(m.group(0)) or folded[m.group(0).lower()], text)
    text = cal.date_numeric.sub(to_iso, text)
    text = cal.date_words.sub(to_iso, text)
    if wd.multiword_re is not None:
        low = text.lower()
        if len(low) == len(text):  # match on a lower-cased copy (faster than IGNORECASE), same spans
            parts, last = [], 0
            for m in wd.multiword_re.finditer(low):
                parts.append(text[last:m.start()])
                # its first letter as written ("Tanggung_jawab"): tokens are lower-cased later, but
                # in_name_flags still sees that "Tanggung Jawab Sosial" is a capitalised name
                joined = _join_phrase(m.group(0))
                parts.append(text[m.start()] + joined[1:])
                last = m.end()
            parts.append(text[last:])
            text = "".join(parts)
        else:
            text = wd.multiword_ic.sub(lambda m: m.group(0)[0] + _join_phrase(m.group(0)).lower()[1:], text)
    return text


@functools.lru_cache(maxsize=1)
def root_words() -> frozenset:
    """PySastrawi's dictionary of Indonesian root words (about 30,000, lower case), read once.

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> "matahari" in root_words(), "bahlil" in root_words()
    (True, False)
    """
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(StemmerFactory().get_words_from_file())


def dictionary_word(word: str) -> bool:
    """Is ``word`` (any case) an Indonesian word of the dictionary, not a name?

    A root of PySastrawi's dictionary (:func:`root_words`), a root with "-nya" ("Akibatnya", "Pasalnya"), or a form
    PySastrawi stems to another root ("Menyetujui" -> setuju, "Pernyataan" -> nyata). Many Indonesian names are also
    words ("Budi", "Dewi", "Indah"): callers weigh this with how the corpus writes the word.

    Parameters
    ----------
    word : str

    Returns
    -------
    bool

    Examples
    --------
    >>> [dictionary_word(w) for w in ("Menyetujui", "Pasalnya", "Bahlil", "Rosihan")]
    [True, True, False, False]
    """
    low = word.lower()
    roots = root_words()
    if low in roots or (low.endswith("nya") and low[:-3] in roots):
        return True
    return derived_root(low) is not None


def verb_prefixes(resources: Resources | None = None) -> tuple[str, ...]:
    """How a verb begins (roles.csv ``verb_prefix``: me-, di-, ber-), in lower case, sorted.

    Parameters
    ----------
    resources : Resources, optional
        Whose ``roles.csv`` to read; the kit's by default.

    Returns
    -------
    tuple of str

    Examples
    --------
    >>> verb_prefixes()
    ('ber', 'di', 'me')
    """
    t = (resources or load_resources()).table("roles.csv")
    return tuple(sorted(t.loc[t["kind"].str.strip() == "verb_prefix", "word"].str.strip().str.lower()))


def derived_root(word: str) -> str | None:
    """The root of PySastrawi's dictionary that an affixed word reduces to, or None.

    None for a root itself, a word the stemmer leaves as it is, or one whose stem is no root of the dictionary (a
    name: "Kurniawan").

    Parameters
    ----------
    word : str
        Any case.

    Returns
    -------
    str or None

    Examples
    --------
    >>> [derived_root(w) for w in ("melemah", "Perindustrian", "meteran", "lemah", "Kurniawan")]
    ['lemah', 'industri', 'meter', None, None]
    """
    low = word.lower()
    roots = root_words()
    if low in roots:
        return None
    stem = _stem_word(low)
    return stem if stem != low and stem in roots else None


@functools.lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@functools.lru_cache(maxsize=200_000)
def _stem_word(word: str) -> str:
    return _stemmer().stem(word) or word


def _number_token(s: str) -> str:
    dec = s.endswith("-an")
    core = s[:-3] if dec else s
    v = core.replace(".", "").replace(",", ".")
    return v + ("an" if dec else "")


def _split_word(tok: str, proper: bool, res: _Words) -> list[str]:
    low = tok.lower()
    if "-" in low:
        if low in res.lexical_redup:
            return [low]
        orig = tok.split("-")
        parts = low.split("-")
        if all(p[:1].isupper() or "_" in p for p in orig) and all(
            p.replace("_", "").isalpha() for p in parts
        ) and len(set(parts)) == len(parts):
            return parts  # relation pair: Korut-Rusia, Kim Jong Un-Putin
        if "_" in low:
            return [low]
        nya: list[str] = []
        if len(parts) == 2 and parts[1].endswith("nya") and len(parts[1]) > 3:
            base = parts[1][:-3]
            if parts[0] == base or (len(base) >= 3 and parts[0].endswith(base)):
                parts, nya = [parts[0], base], ["nya"]  # negara-negaranya, berlarut-larutnya
        if len(parts) == 2:
            a, b = parts
            if f"{a}-{b}" in res.lexical_redup:
                return [f"{a}-{b}"] + nya
            if a == b or (len(b) >= 3 and a.endswith(b)):
                return [a] + nya  # negara-negara -> negara; berlarut-larut -> berlarut
        return ["-".join(parts)] + nya
    if "_" in low:
        return [low]
    if low.endswith("nya") and len(low) >= 6 and low not in res.nya_exceptions and not proper:
        return [low[:-3], "nya"]
    return [low]


def tokenize(
    text: str,
    *,
    stem: bool = False,
    stopwords: bool = True,
    numbers: bool = True,
    resources: Resources | None = None,
) -> list[str]:
    """Split Indonesian text into normalised lower-case tokens.

    Multi-word names come out joined (``korea_utara``, ``kim_jong_un``), aliases are resolved
    (Korut -> korea_utara, AS -> amerika_serikat), reduplication is folded (negara-negara ->
    negara) except for lexical words (mata-mata), -nya is split off (sekutunya -> sekutu, nya),
    numbers are read the Indonesian way (10.000 -> 10000, 4,8 -> 4.8), currencies become their
    code (US$ -> usd), dates become ISO (Selasa (18/6/2024) -> selasa, 2024-06-18) and links (web
    addresses, bare domains such as "Liputan6.com", e-mail addresses) are left out.

    Parameters
    ----------
    text : str
        Any text (a sentence, a paragraph, an article).
    stem : bool, default False
        Stem with PySastrawi (each distinct word once, cached), after the override table;
        joined names, numbers and capitalised names are never stemmed. Stop words are removed
        before stemming, never after (a stem that is a stop word stays).
    stopwords : bool, default True
        Remove stop words (stopwordsiso ``id`` minus the keep-list, plus additions).
    numbers : bool, default True
        Keep number and date tokens; when False, weekday, month and time-zone names go too ("WIB").
    resources : Resources, optional
        Word lists of a corpus folder (:func:`helpers.load_resources`); the kit's by default.

    Returns
    -------
    list of str
        Tokens in text order.

    Examples
    --------
    >>> tokenize("Korut dan AS menjalin kerja sama.")
    ['korea_utara', 'amerika_serikat', 'menjalin', 'kerja_sama']

    Each distinct text is tokenized once per setting and kept in the resources' cache (up to a
    million texts), so later analyses of the same corpus reuse the tokens.
    """
    res = _res(resources)
    key = (text, stem, stopwords, numbers)
    hit = res.token_cache.get(key)
    if hit is not None:
        return list(hit)
    out = _tokenize(text, stem, stopwords, numbers, _words_of(res), res)
    if len(res.token_cache) >= _TOKEN_CACHE_SIZE:
        res.token_cache.clear()
    res.token_cache[key] = tuple(out)
    return out


_TOKEN_CACHE_SIZE = 1_000_000  # texts (paragraphs) and distinct words; cleared when full


def in_name_flags(text: str, *, resources: Resources | None = None) -> list[bool]:
    """For each token of ``tokenize(text, stopwords=False)``: is it part of a capitalised name?

    A token is in a name when it is written capitalised inside the sentence (not at its start)
    and a neighbouring word is capitalised too: "Kementerian Agama", "Forum Ekonomi Internasional",
    "Partai Keadilan Sejahtera". Frame words inside such names are not frame words
    (:func:`helpers.framing.frame_evidence`, the lexicon's ``not_in_name`` column).

    Parameters
    ----------
    text : str
        One sentence (or any text).
    resources : Resources, optional
        Word lists of a corpus folder; the kit's by default.

    Returns
    -------
    list of bool
        Aligned with ``tokenize(text, stopwords=False)``.

    Examples
    --------
    >>> t = "Menteri Agama berdoa untuk agama dan bangsa."
    >>> list(zip(tokenize(t, stopwords=False), in_name_flags(t)))[:5]
    [('menteri', False), ('agama', True), ('berdoa', False), ('untuk', False), ('agama', False)]
    """
    res = _res(resources)
    key = (text, "in_name")
    hit = res.token_cache.get(key)
    if hit is not None:
        return list(hit)
    marks = _tokenize(text, False, False, True, _words_of(res), res, marks=True)
    caps = [c for _, c, _ in marks]
    out = [proper and ((i > 0 and caps[i - 1]) or (i + 1 < len(caps) and caps[i + 1]))
           for i, (_, _, proper) in enumerate(marks)]
    if len(res.token_cache) >= _TOKEN_CACHE_SIZE:
        res.token_cache.clear()
    res.token_cache[key] = tuple(out)
    return out


def _calendar_words(res: Resources) -> frozenset:
    """Weekday, month and time-zone words (calendar.csv): left out with the numbers and dates ("Senin", "Juni", "WIB")."""
    cal = calendar(res)
    return frozenset(cal.weekday_num) | frozenset(cal.month_num) | cal.zones


def _tokenize(text: str, stem: bool, stopwords: bool, numbers: bool, wd: _Words, res: Resources,
              marks: bool = False) -> list:
    """Tokens; with ``marks``, (token, written capitalised, capitalised inside the sentence) triples."""
    cal = calendar(res)
    cal_words = res.memo("calendar_words", _calendar_words)
    prepared = _prepare(text, wd, res)
    cache = res.token_cache
    out: list[str] = []
    for m in cal.token_re.finditer(prepared):
        kind = m.lastgroup
        if kind == "date":
            if numbers:
                out.append((m.group("date"), False, False) if marks else m.group("date"))
            continue
        if kind in ("cur", "curnum"):
            cur = cal.currencies[m.group("cur")].lower()
            out.append((cur, False, False) if marks else cur)
            if numbers:
                n = _number_token(m.group("curnum"))
                out.append((n, False, False) if marks else n)
            continue
        if kind == "num":
            if numbers:
                n = _number_token(m.group("num"))
                out.append((n, False, False) if marks else n)
            continue
        tok = m.group("word")
        proper = tok[:1].isupper() and not _SENT_START.search(prepared[max(0, m.start() - 3): m.start()] if m.start() else "")
        if m.start() == 0:
            proper = False
        parts = cache.get((tok, proper))
        if parts is None:
            parts = cache[(tok, proper)] = tuple(_split_word(tok, proper, wd))
        for t in parts:
            if stopwords and "_" not in t and t in wd.stopwords:
                continue  # stop words go before stemming: "pengeluaran" is no stop word, its stem "keluar" is
            if not numbers and t in cal_words:
                continue  # with dates left out, their weekday and month words go too
            if stem and "_" not in t and "-" not in t and not proper and not t[:1].isdigit():
                t = wd.stem_overrides.get(t) or _stem_word(t)
            out.append((t, tok[:1].isupper(), proper) if marks else t)
    return out


# --- sentences -----------------------------------------------------------------------------

_BOUNDARY = re.compile(r"(?P<mark>[.!?]+)(?P<close>[\"')\]]*)(?= +[A-Z0-9\"'(]|(?P<glued>[A-Z][a-z]))")


def sentences(text: str, *, resources: Resources | None = None) -> list[str]:
    """Split text into sentences, aware of abbreviations, decimals and quotations.

    A line break always ends a sentence (one line is one paragraph in the kit). Inside a line a
    sentence ends at ``.``, ``!`` or ``?`` (with any closing quote or bracket) followed by a space
    and an upper-case letter, digit or opening quote, unless the word before is a known
    abbreviation (``helpers/data/abbreviations.csv``) or a single capital initial, or the mark
    is inside a quotation that has not closed. Scraped text often loses the space ("kata
    dia.Presiden"): a mark followed directly by a capitalised word also ends a sentence when the
    word before is lower case and not an abbreviation, a URL or an e-mail address.

    Parameters
    ----------
    text : str
        Cleaned article text.
    resources : Resources, optional
        Word lists of a corpus folder (the kit's by default).

    Returns
    -------
    list of str
        Sentences, stripped, in order; empty lines give none.

    Examples
    --------
    >>> sentences('Dr. Ali tiba pukul 10.30. "Kami siap. Ayo," katanya. Nilai 4,8 persen.')
    ['Dr. Ali tiba pukul 10.30.', '"Kami siap. Ayo," katanya.', 'Nilai 4,8 persen.']
    >>> sentences("Hal itu kata dia.Presiden lalu tiba.Dr.Ali menyambut.")
    ['Hal itu kata dia.', 'Presiden lalu tiba.', 'Dr.Ali menyambut.']
    """
    abbreviations = _words_of(resources).abbreviations
    out: list[str] = []
    for line in normalize(text).split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in _BOUNDARY.finditer(line):
            i, k = m.start(), m.end("close")
            before = line[:i]
            if m.group("glued"):
                # no space after the mark ("kata dia.Presiden", scraped text): a boundary only after a
                # lower-case word that is not an abbreviation and not part of a URL or e-mail address
                tok = re.search(r"\S+$", line[start:i])
                tok = tok.group() if tok else ""
                w = re.search(r"[^\W\d_]+$", tok)
                if not w or not w.group().islower() or len(w.group()) < 2 or w.group() in abbreviations \
                        or any(c in tok for c in "/@") or tok.lower().startswith("www"):
                    continue
            # inside an open quotation? (a mark that closes the quotation, '... siap." Lalu', ends it)
            quotes_before = before.count('"')
            closes = '"' in m.group("close")
            if quotes_before % 2 == 1 and not closes:
                continue
            if m.group("mark").startswith("."):
                wb_m = re.search(r"([\w-]+)$", line[start:i])
                wb = wb_m.group(1) if wb_m else ""
                if wb.lower() in abbreviations or (len(wb) == 1 and wb.isupper()):
                    continue
                if wb.isdigit() and line[start:i].strip() == wb:  # "1. Mengelola ..." list number
                    continue
            out.append(line[start:k].strip())
            start = k
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out


# --- units of text and analyzers ---------------------------------------------------------------

UNITS = ("sentence", "paragraph")


def text_units(corpus: pd.DataFrame, unit: str = "sentence", *, resources: Resources | None = None) -> pd.DataFrame:
    """The corpus cut into sentences or paragraphs, numbered within each article.

    Parameters
    ----------
    corpus : pandas.DataFrame
        With ``doc_id, outlet, text`` (from :func:`helpers.load_corpus`).
    unit : {"sentence", "paragraph"}, default "sentence"
        A paragraph is a line of the cleaned text; sentences come from :func:`sentences`.
    resources : Resources, optional
        Word lists for the sentence splitter; the kit's by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, unit_no, paragraph, text``: ``unit_no`` counts units from 1 in each
        article, ``paragraph`` the paragraph (from 1) the unit is in; sorted by doc_id, unit_no.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["Satu. Dua.\\nTiga."]})
    >>> text_units(c)[["unit_no", "paragraph", "text"]].values.tolist()
    [[1, 1, 'Satu.'], [2, 1, 'Dua.'], [3, 2, 'Tiga.']]
    """
    check_option("unit", unit, UNITS)
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        k = 0
        for pi, p in enumerate((p for p in r.text.split("\n") if p.strip()), 1):
            for s in ([p] if unit == "paragraph" else sentences(p, resources=resources)):
                k += 1
                rows.append((r.doc_id, r.outlet, k, pi, s))
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "unit_no", "paragraph", "text"])


def make_analyzer(*, stem: bool = False, stopwords: bool = True, numbers: bool = False,
                  ngram_range: tuple[int, int] = (1, 1), resources: Resources | None = None):
    """A scikit-learn ``analyzer`` callable: the kit's tokens, then n-grams joined by a space.

    Parameters
    ----------
    stem, stopwords, numbers : bool
        Passed to :func:`tokenize` (numbers off by default: dates and figures are facts,
        not topic terms).
    ngram_range : tuple of int, default (1, 1)
        Smallest and largest n; bigrams never cross a paragraph break.
    resources : Resources, optional
        Word lists of a corpus folder; the kit's by default.

    Returns
    -------
    callable
        ``text -> list[str]``.

    Examples
    --------
    >>> make_analyzer(ngram_range=(1, 2))("Korut menjalin kerja sama")
    ['korea_utara', 'menjalin', 'kerja_sama', 'korea_utara menjalin', 'menjalin kerja_sama']
    """
    res = _res(resources)
    lo, hi = ngram_range

    def analyze(text: str) -> list[str]:
        out: list[str] = []
        grams: dict[int, list[str]] = {n: [] for n in range(lo, hi + 1)}
        for para in text.split("\n"):
            toks = tokenize(para, stem=stem, stopwords=stopwords, numbers=numbers, resources=res)
            for n in range(lo, hi + 1):
                grams[n].extend(" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1))
        for n in range(lo, hi + 1):
            out.extend(grams[n])
        return out

    return analyze


# --- names of actors ---------------------------------------------------------------------------

def _build_actors(actors: pd.DataFrame) -> tuple[re.Pattern | None, dict, dict]:
    alias_to_actor: dict[str, str] = {}
    for r in actors.itertuples(index=False):
        for a in str(r.aliases).split("|"):
            if a.strip():
                alias_to_actor.setdefault(normalize(a.strip()), r.actor)
    alts = sorted(alias_to_actor, key=lambda s: (-len(s), s))
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])") if alts else None
    types: dict[str, str] = {}
    for a, t in zip(actors["actor"], actors["type"]):
        types.setdefault(a, t)
    return rx, alias_to_actor, types


def actor_matcher(resources: Resources | None = None, actors: pd.DataFrame | None = None
                  ) -> tuple[re.Pattern | None, dict, dict]:
    """The actors gazetteer as one regex: every alias, whole words, longest first, case-sensitive.

    Parameters
    ----------
    resources : Resources, optional
        Whose ``actors.csv`` to use; the kit's by default.
    actors : pandas.DataFrame, optional
        A gazetteer (``actor, type, aliases``) to use instead.

    Returns
    -------
    tuple
        ``(regex, alias -> actor, actor -> type)``; the regex is None for an empty gazetteer.

    Examples
    --------
    >>> g = pd.DataFrame({"actor": ["Kim Jong Un", "Kim Jong Il"], "type": ["person"] * 2,
    ...                   "aliases": ["Kim Jong Un|Kim", "Kim Jong Il"]})
    >>> rx, alias, _ = actor_matcher(actors=g)
    >>> [alias[m] for m in rx.findall("Kim Jong Il dan Kim")]
    ['Kim Jong Il', 'Kim Jong Un']
    """
    if actors is not None:
        return _build_actors(actors)
    return _res(resources).memo("actors", lambda r: _build_actors(r.table("actors.csv")))

# --- an outlet's own names (its brand, domain and network), for self-mentions and self-credits ---------------------

# kinds of helpers.attribution.cited_sources rows that are no cited source: a photo's agency credits the picture, an
# embedded post is counted apart, and an outlet crediting itself cites its own earlier report, not another medium
# (here, below the analyses, so that each analysis that counts sources uses the one list)
NOT_COUNTED = ("photo_credit", "embedded_post", "self_credit")

_DOMAIN = r"(?:\.(?:com|co\.id|co|id|tv|net))+"


def _brand_cores(outlet: str, res: Resources) -> list[str]:
    """The brand stems an outlet's names share ("tribun" for Tribunnews and Tribun Lampung)."""
    table = res.table("outlets.csv")
    spellings = [outlet] + [s for s, o in zip(table["spelling"], table["outlet"]) if o.strip() == outlet]

    def core(s: str) -> str:
        m = re.match(r"[a-z0-9]+", s.strip().lower())
        return m.group(0) if m else ""

    own = {core(s) for s in spellings} - {""}
    others = {core(s) for s in list(table["spelling"]) + list(table["outlet"])} - {""}
    # a network's stem: another outlet's stem that this outlet's stem starts with ("tribunnews" -> "tribun")
    network = {c for c in others if len(c) >= 5 and any(o.startswith(c) and o != c for o in own)}
    return sorted(own | network, key=len, reverse=True)


def _self_rx(outlet: str, res: Resources):
    """An outlet's own names as a regex: its brand stems with any suffix, handle or domain (:func:`_is_self_form`)."""
    cores = _brand_cores(outlet, res)
    if not cores:
        return None
    return re.compile(r"(?<![\w@])(?P<at>@)?(?P<core>" + "|".join(re.escape(c) for c in cores) + r")(?P<rest>[A-Za-z0-9]*)"
                      r"(?P<dom>" + _DOMAIN + r")?(?![\w-])", re.IGNORECASE)


def _is_self_form(m) -> bool:
    """A brand form, not the same letters as an ordinary word ("detik" a second, "tribun" a stand)."""
    form, core, rest = m.group(0), m.group("core"), m.group("rest")
    if m.group("at") or m.group("dom") or rest.lower() == "com":
        return True  # @tribunkaltim, detik.com, detikcom
    if rest and rest[0].isupper() and core.islower():
        return True  # detikNews, detikBali
    if form.isupper() and len(form) > 3:
        return True  # TRIBUNLAMPUNG, OKEZONE
    if form[0].isupper():
        return True  # Tribun, Okezone, TribunJakarta, Tribunners
    return not rest and (len(core) >= 7 or any(ch.isdigit() for ch in core))  # okezone, liputan6


def self_name_spans(text: str, outlet: str, *, resources: Resources | None = None) -> list[tuple[int, int]]:
    """Where a text names the outlet itself or a brand of its network: (start, end) spans in order.

    The forms are the outlet's names in ``outlets.csv`` and the stems they share with its network
    ("tribun" for Tribunnews and Tribun Lampung), written as a brand ("Okezone", "detikNews",
    "@tribunkaltim", "okezone.com"), not as the same letters in an ordinary word ("detik", a second).

    Parameters
    ----------
    text : str
    outlet : str
        The outlet's name as the corpus gives it.
    resources : Resources, optional
        Whose ``outlets.csv`` to use; the kit's own by default.

    Returns
    -------
    list of (int, int)
        Character spans of the outlet's own names in ``text``.

    Examples
    --------
    >>> t = "Menurut pantauan Okezone, harga naik (okezone.com) dalam hitungan detik."
    >>> [t[a:b] for a, b in self_name_spans(t, "Okezone")]
    ['Okezone', 'okezone.com']
    """
    rx = _res(resources).memo(f"self_rx:{outlet}", lambda rr, o=outlet: _self_rx(o, rr))
    return [] if rx is None else [m.span() for m in rx.finditer(text) if _is_self_form(m)]
