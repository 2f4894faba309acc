"""Indonesian text: normalising, tokens, sentences, numbers and dates.

The order of the steps follows ``shared/notes/indonesian.md`` (measured on the seed articles):
NFKC and plain quotes; abbreviations defined in parentheses; aliases; multi-word names joined;
relation pairs split; reduplication folded; the clitic -nya split off; numbers and dates
normalised; stop words (stopwordsiso ``id`` minus a keep-list) removed; optional PySastrawi
stemming, cached per distinct word, with an override table. Every word list is a data file in
``helpers/data`` that a corpus folder can extend.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .resources import load_table

__all__ = [
    "normalize",
    "tokenize",
    "sentences",
    "parse_number",
    "find_dates",
    "TextResources",
    "text_resources",
    "WEEKDAYS",
    "MONTHS",
]

def _calendar() -> tuple[list[str], list[str], dict, dict, dict]:
    """Weekday and month names and number multipliers from ``helpers/data/calendar.csv``."""
    t = load_table("calendar.csv")
    wk = t[t["kind"] == "weekday"]
    mo = t[t["kind"] == "month"]
    weekday_num = {n.lower(): int(v) for n, v in zip(wk["name"], wk["value"])}
    month_num = {n.lower(): int(v) for n, v in zip(mo["name"], mo["value"])}
    # the first name listed for each number is the one shown (Senin ... Minggu; Januari ...)
    weekdays = [next(n for n, v in zip(wk["name"], wk["value"]) if int(v) == k) for k in range(1, 8)]
    months = [next(n for n, v in zip(mo["name"], mo["value"]) if int(v) == k) for k in range(1, 13)]
    mult = {n.lower(): float(v) for n, v in zip(t.loc[t["kind"] == "multiplier", "name"],
                                                t.loc[t["kind"] == "multiplier", "value"])}
    return weekdays, months, weekday_num, month_num, mult


WEEKDAYS, MONTHS, _WEEKDAY_NUM, _MONTH_NUM, _MULTIPLIERS = _calendar()  # Monday first
_WEEKDAY_RE = "(?:" + "|".join(re.escape(w) for w in sorted(_WEEKDAY_NUM, key=len, reverse=True)) + ")"
_MONTH_ALT = "|".join(re.escape(m) for m in sorted(_MONTH_NUM, key=len, reverse=True))

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


@dataclass(frozen=True)
class TextResources:
    """Compiled word lists for one corpus folder (see :func:`text_resources`)."""

    aliases: tuple
    multiword_re: re.Pattern | None
    stopwords: frozenset
    stem_overrides: dict
    lexical_redup: frozenset
    nya_exceptions: frozenset
    abbreviations: frozenset
    alias_long: dict
    token_cache: dict
    multiword_ic: re.Pattern | None = None


@functools.lru_cache(maxsize=16)
def _text_resources(corpus_dir: str | None) -> TextResources:
    import stopwordsiso

    al = load_table("aliases.csv", corpus_dir)
    alias_long = {}
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
        alias_long[row.pattern.lower()] = row.canonical
    # one regex for all aliases, longest first; case-sensitive ones stay so ("AS" but not "as")
    alts.sort(key=lambda t: (-len(t[0]), t[0]))
    aliases = ()
    if alts:
        rx = re.compile(r"(?<![\w-])(?:" + "|".join(a for _, a in alts) + r")(?![\w])")
        aliases = ((rx, exact, folded),)
    phrases = set()
    for p in load_table("multiword.csv", corpus_dir)["phrase"]:
        p = normalize(p).strip()
        if " " in p:
            phrases.add(p)
    # aliases' canonical multi-word forms are names too
    for canon in alias_long.values():
        if " " in canon and canon.lower() != "kerja sama":
            phrases.add(canon)
    phrases.add("kerja sama")
    mw = mw_ic = None
    if phrases:
        alts = sorted(phrases, key=lambda s: (-len(s), s.lower()))
        body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in alts)
        mw_ic = re.compile(r"(?<![\w-])(?:" + body + r")(?![\w])", re.IGNORECASE)
        mw = re.compile(r"(?<![\w-])(?:" + body.lower() + r")(?![\w])")
    sw = set(stopwordsiso.stopwords("id"))
    for row in load_table("stopwords.csv", corpus_dir).itertuples(index=False):
        w = row.word.strip().lower()
        if row.action.strip() == "keep":
            sw.discard(w)
        elif row.action.strip() == "add":
            sw.add(w)
    so = {r.word.strip().lower(): r.stem.strip().lower()
          for r in load_table("stem_overrides.csv", corpus_dir).itertuples(index=False)}
    lr = frozenset(w.strip().lower() for w in load_table("lexical_reduplication.csv", corpus_dir)["word"])
    ne = frozenset(w.strip().lower() for w in load_table("nya_exceptions.csv", corpus_dir)["word"])
    ab = frozenset(w.strip().lower() for w in load_table("abbreviations.csv", corpus_dir)["abbreviation"])
    return TextResources(aliases, mw, frozenset(sw), so, lr, ne, ab, alias_long, {}, mw_ic)


def text_resources(corpus_dir: str | Path | None = None) -> TextResources:
    """The word lists the tokenizer uses: the kit's data files plus a corpus folder's own.

    Parameters
    ----------
    corpus_dir : str or Path, optional
        Folder whose ``aliases.csv``, ``multiword.csv``, ``stopwords.csv``,
        ``stem_overrides.csv`` ... extend the kit's.

    Returns
    -------
    TextResources
        Compiled, cached; pass as ``resources=`` to :func:`tokenize` and :func:`sentences`.

    Examples
    --------
    >>> "sama" in text_resources().stopwords
    False
    """
    key = None if corpus_dir is None else str(Path(corpus_dir).resolve())
    return _text_resources(key)


# --- numbers and dates ---------------------------------------------------------------------

_NUM_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def parse_number(text: str) -> float | None:
    """Read an Indonesian number: "." groups thousands, "," is the decimal mark.

    A word multiplier that follows (ribu, juta, miliar, triliun) is applied; a currency prefix
    (Rp, USD, US$) is ignored here.

    Parameters
    ----------
    text : str
        For example ``"10.000"``, ``"4,8 juta"``, ``"USD24,5 miliar"``, ``"8,7 persen"``.

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
    """
    m = _NUM_RE.search(text)
    if not m:
        return None
    s = m.group(0)
    value = float(s.replace(".", "").replace(",", "."))
    rest = text[m.end():].strip().lower()
    word = re.match(r"[a-z]+", rest)
    if word and word.group(0) in _MULTIPLIERS:
        value *= _MULTIPLIERS[word.group(0)]
    return value


# The date itself comes first in each pattern (a cheap "(" or digit to start from); a weekday
# written before it is found by looking back (see _with_weekday), which keeps the scans fast.
_DATE_NUMERIC = re.compile(
    r"\(\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\s*,?\s*\)"
)
_DATE_WORDS = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+(?P<mon>(?i:" + _MONTH_ALT + r"))(?:\s+(?P<y>\d{4}))?(?![\w])"
)
_WEEKDAY_BEFORE = re.compile(r"(?<!\w)(?P<wd>" + _WEEKDAY_RE + r")\s*,?\s*$", re.IGNORECASE)


def _with_weekday(text: str, m: re.Match) -> tuple[int, str | None]:
    """Start of the date including a weekday written just before it, and that weekday."""
    w = _WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
    return (w.start(), w.group("wd")) if w else (m.start(), None)


def _weekday_index(name: str | None) -> int | None:
    """0 for Monday ... 6 for Sunday, from any spelling in calendar.csv."""
    if not name:
        return None
    k = _WEEKDAY_NUM.get(name.lower())
    return None if k is None else k - 1


def find_dates(text: str) -> list[dict]:
    """Find Indonesian dates and check any weekday written with them.

    Recognises "Selasa (18/6/2024)", "(19/6/2024,)", "Rabu 19 Juni 2024", "Sabtu, 25 Mei 2024"
    and dates without a year ("Senin (24/2)", whose ``date`` is then None).

    Parameters
    ----------
    text : str
        Article text.

    Returns
    -------
    list of dict
        In text order, each with ``text, start, end, day, month, year, date`` (ISO string or
        None), ``weekday_written`` (as written or None), ``weekday_actual`` (from the calendar,
        or None) and ``weekday_ok`` (True, False, or None when there is nothing to check).

    Examples
    --------
    >>> d = find_dates("pada Selasa (16/6/2024).")[0]
    >>> (d["date"], d["weekday_written"], d["weekday_actual"], d["weekday_ok"])
    ('2024-06-16', 'Selasa', 'Minggu', False)
    """
    text = normalize(text)
    found = []
    for rx, numeric in ((_DATE_NUMERIC, True), (_DATE_WORDS, False)):
        for m in rx.finditer(text):
            day = int(m.group("d"))
            month = int(m.group("m")) if numeric else _MONTH_NUM[m.group("mon").lower()]
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
                    actual = WEEKDAYS[d.weekday()]
            start, wd = _with_weekday(text, m)
            if wd and actual:
                ok = _weekday_index(wd) == WEEKDAYS.index(actual)
            found.append(dict(text=text[start:m.end()].strip(), start=start, end=m.end(), day=day,
                              month=month, year=year, date=iso, weekday_written=wd,
                              weekday_actual=actual, weekday_ok=ok))
    found.sort(key=lambda r: (r["start"], -r["end"]))
    out, last_end = [], -1
    for r in found:  # drop overlaps, keep the earliest longest
        if r["start"] >= last_end:
            out.append(r)
            last_end = r["end"]
    return out


# --- tokens --------------------------------------------------------------------------------

_PAREN_ABBR = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z0-9-]{1,9})\s*\)")
_TOKEN_RE = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"|(?P<cur>US\$|USD|Rp\.?|\$|€|EUR)\s?(?P<curnum>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    r"|(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?(?:-an)?|\d+(?:,\d+)?(?:-an)?)(?![\w])"
    r"|(?P<word>(?:[^\W\d]|_)\w*(?:[-']\w+)*|\d+[-][^\W\d]\w*|\d+[^\W\d_]\w*)"
)
_SENT_START = re.compile(r'(?:^|[.!?:;"]\s*|\n\s*)$')


def _initials(words: list[str]) -> str:
    out = []
    for w in words:
        for part in w.split("-"):
            if part:
                out.append(part[0])
    return "".join(out).lower()


def _drop_defined_abbreviations(text: str, res: TextResources) -> str:
    """'Korea Utara (Korut)' -> 'Korea Utara': the long form stays, the bracketed short form goes."""

    def repl(m: re.Match) -> str:
        abbr = m.group(1)
        before = text[: m.start()]
        words = re.findall(r"[\w-]+", before[-120:])
        long_form = res.alias_long.get(abbr.lower())
        if long_form and normalize(before).rstrip().lower().endswith(long_form.lower()):
            return ""
        n = len(abbr.replace("-", ""))
        for k in range(1, min(len(words), n) + 1):
            if _initials(words[-k:]) == abbr.lower().replace("-", ""):
                return ""
        return m.group(0)

    return _PAREN_ABBR.sub(repl, text)


def _date_to_iso(m: re.Match) -> str:
    d = find_dates(m.group(0))
    if d and d[0]["date"]:
        return f" {d[0]['date']} "
    return m.group(0)


def _prepare(text: str, res: TextResources) -> str:
    text = normalize(text)
    text = _drop_defined_abbreviations(text, res)
    for rx, exact, folded in res.aliases:
        text = rx.sub(lambda m: exact.get(m.group(0)) or folded[m.group(0).lower()], text)
    text = _DATE_NUMERIC.sub(_date_to_iso, text)
    text = _DATE_WORDS.sub(_date_to_iso, text)
    if res.multiword_re is not None:
        low = text.lower()
        if len(low) == len(text):  # match on a lower-cased copy (faster than IGNORECASE), same spans
            parts, last = [], 0
            for m in res.multiword_re.finditer(low):
                parts.append(text[last:m.start()])
                parts.append("_".join(m.group(0).split()))
                last = m.end()
            parts.append(text[last:])
            text = "".join(parts)
        else:
            text = res.multiword_ic.sub(lambda m: "_".join(m.group(0).split()).lower(), text)
    return text


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


def _split_word(tok: str, proper: bool, res: TextResources) -> list[str]:
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
    resources: TextResources | None = None,
) -> list[str]:
    """Split Indonesian text into normalised lower-case tokens.

    Multi-word names come out joined (``korea_utara``, ``kim_jong_un``), aliases are resolved
    (Korut -> korea_utara, AS -> amerika_serikat), reduplication is folded (negara-negara ->
    negara) except for lexical words (mata-mata), -nya is split off (sekutunya -> sekutu, nya),
    numbers are read the Indonesian way (10.000 -> 10000, 4,8 -> 4.8) and dates become ISO
    (Selasa (18/6/2024) -> selasa, 2024-06-18).

    Parameters
    ----------
    text : str
        Any text (a sentence, a paragraph, an article).
    stem : bool, default False
        Stem with PySastrawi (each distinct word once, cached), after the override table;
        joined names, numbers and capitalised names are never stemmed.
    stopwords : bool, default True
        Remove stop words (stopwordsiso ``id`` minus the keep-list, plus additions).
    numbers : bool, default True
        Keep number and date tokens.
    resources : TextResources, optional
        Word lists of a corpus folder (:func:`text_resources`); the kit's by default.

    Returns
    -------
    list of str
        Tokens in text order.

    Examples
    --------
    >>> tokenize("Korut dan AS menjalin kerja sama.")
    ['korea_utara', 'amerika_serikat', 'menjalin', 'kerja_sama']

    Each distinct text is tokenized once per setting and kept in a cache (up to a million texts),
    so later analyses of the same corpus reuse the tokens; each distinct word is stemmed once.
    """
    res = resources or text_resources()
    key = (text, stem, stopwords, numbers)
    hit = res.token_cache.get(key)
    if hit is not None:
        return list(hit)
    out = _tokenize(text, stem, stopwords, numbers, res)
    if len(res.token_cache) >= _TOKEN_CACHE_SIZE:
        res.token_cache.clear()
    res.token_cache[key] = tuple(out)
    return out


_TOKEN_CACHE_SIZE = 1_000_000  # texts (paragraphs) and distinct words; cleared when full


def _tokenize(text: str, stem: bool, stopwords: bool, numbers: bool, res: TextResources) -> list[str]:
    prepared = _prepare(text, res)
    out: list[str] = []
    for m in _TOKEN_RE.finditer(prepared):
        kind = m.lastgroup
        if kind == "date":
            if numbers:
                out.append(m.group("date"))
            continue
        if kind in ("cur", "curnum"):
            cur = m.group("cur").lower().rstrip(".")
            out.append({"us$": "usd", "$": "usd", "€": "eur"}.get(cur, cur))
            if numbers:
                out.append(_number_token(m.group("curnum")))
            continue
        if kind == "num":
            if numbers:
                out.append(_number_token(m.group("num")))
            continue
        tok = m.group("word")
        proper = tok[:1].isupper() and not _SENT_START.search(prepared[max(0, m.start() - 3): m.start()] if m.start() else "")
        if m.start() == 0:
            proper = False
        parts = res.token_cache.get((tok, proper))
        if parts is None:
            parts = res.token_cache[(tok, proper)] = tuple(_split_word(tok, proper, res))
        for t in parts:
            if stopwords and "_" not in t and t in res.stopwords:
                continue
            if stem and "_" not in t and "-" not in t and not proper and not t[:1].isdigit():
                t = res.stem_overrides.get(t) or _stem_word(t)
            if stopwords and t in res.stopwords:
                continue
            out.append(t)
    return out


# --- sentences -----------------------------------------------------------------------------

_BOUNDARY = re.compile(r"(?P<mark>[.!?]+)(?P<close>[\"')\]]*)(?= +[A-Z0-9\"'(])")


def sentences(text: str, *, resources: TextResources | None = None) -> list[str]:
    """Split text into sentences, aware of abbreviations, decimals and quotations.

    A line break always ends a sentence (one line is one paragraph in the kit). Inside a line a
    sentence ends at ``.``, ``!`` or ``?`` (with any closing quote or bracket) followed by a space
    and an upper-case letter, digit or opening quote, unless the word before is a known
    abbreviation (``helpers/data/abbreviations.csv``) or a single capital initial, or the mark
    is inside a quotation that has not closed.

    Parameters
    ----------
    text : str
        Cleaned article text.
    resources : TextResources, optional
        Word lists of a corpus folder.

    Returns
    -------
    list of str
        Sentences, stripped, in order; empty lines give none.

    Examples
    --------
    >>> sentences('Dr. Ali tiba pukul 10.30. "Kami siap. Ayo," katanya. Nilai 4,8 persen.')
    ['Dr. Ali tiba pukul 10.30.', '"Kami siap. Ayo," katanya.', 'Nilai 4,8 persen.']
    """
    res = resources or text_resources()
    out: list[str] = []
    for line in normalize(text).split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in _BOUNDARY.finditer(line):
            i, k = m.start(), m.end("close")
            before = line[:i]
            # inside an open quotation? (a mark that closes the quotation, '... siap." Lalu', ends it)
            quotes_before = before.count('"')
            closes = '"' in m.group("close")
            if quotes_before % 2 == 1 and not closes:
                continue
            if m.group("mark").startswith("."):
                wb_m = re.search(r"([\w-]+)$", line[start:i])
                wb = wb_m.group(1) if wb_m else ""
                if wb.lower() in res.abbreviations or (len(wb) == 1 and wb.isupper()):
                    continue
                if wb.isdigit() and line[start:i].strip() == wb:  # "1. Mengelola ..." list number
                    continue
            out.append(line[start:k].strip())
            start = k
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out
