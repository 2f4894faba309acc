"""Cleaning: a readable rule table applied line by line, with an audit of every raw line and of
every span cut from inside a line.

Raw text is never changed on disk. :func:`clean_lines` labels every line of one article
(``keep``, ``metadata`` or ``drop``, with the rule and a reason); :func:`cleaning_audit` does it
for a whole corpus and :func:`cleaning_spans` lists what was cut from inside kept lines, so every
raw character is either in the cleaned text or in an audit row. The steps, in order:

1. control characters (bidi overrides, zero-width marks) are removed and counted; lines are
   normalised (NFKC, plain quotes);
2. **line rules** recognise whole lines by their content (related links, captions, promos ...);
   a line that recurs in many articles of one outlet is boilerplate learned from the corpus
   (``repeated_in_outlet``, see :func:`learn_boilerplate`);
3. **inline rules** cut boilerplate from inside a line ("...jelasnya.Baca juga: Headline ...");
4. lines broken where a link was are **joined** ("menggelar" / "nikah massal" / "untuk ...");
5. **prefix and suffix rules** trim datelines and end markers;
6. lines no rule recognised are placed by position (title, kicker, subheading, trailer), but a line
   that reads as a sentence is never dropped for its position;
7. words glued where a link was are split ("erupsiGunung" -> "erupsi Gunung", "Siraitatau" ->
   "Sirait atau", three glued words twice: "ujarMenkesBudi" -> "ujar Menkes Budi"), and a line's opening word
   in capitals glued to the next ("PESTADemokrasi" -> "PESTA Demokrasi", an outlet's house style).

The rules are ``helpers/data/cleaning_rules.csv`` (see its header), extended by a
``cleaning_rules.csv`` in the corpus folder; glue words are ``link_glue.csv``.
"""

from __future__ import annotations

import fnmatch
import functools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .resources import Resources, load_resources, resources_of
from .text import dictionary_word, normalize, root_words, web_endings

__all__ = ["load_rules", "split_lines", "clean_lines", "clean_article", "cleaning_audit", "cleaning_spans",
           "canonical_outlet", "CleanResult", "reads_as_sentence", "learn_boilerplate", "line_key", "read_byline",
           "byline_audit"]

_END_PUNCT = tuple('.!?:;"\')…')
AUDIT_COLUMNS = ["doc_id", "line_no", "label", "action", "text", "rule", "cleaned"]
SPAN_COLUMNS = ["doc_id", "line_no", "start", "end", "rule", "text"]
_ROW_COLUMNS = ["line_no", "label", "action", "rule", "text", "cleaned", "field", "value"]
# bidi embeddings/overrides/isolates, marks and zero-width characters: invisible, and able to
# reorder what a reader sees in an HTML page
_CONTROLS = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff]")


def load_rules(corpus_dir: str | Path | None = None, *, resources: Resources | None = None) -> pd.DataFrame:
    """The cleaning rule table: the kit's rules plus the corpus folder's own, in the order tried.

    Parameters
    ----------
    corpus_dir : str or Path, optional
        A folder with its own ``cleaning_rules.csv`` (same columns); its new rules come first and
        a row with the same ``rule_id`` replaces the kit's in place.
    resources : Resources, optional
        Resources already loaded (:func:`helpers.load_resources`); used instead of ``corpus_dir``.

    Returns
    -------
    pandas.DataFrame
        Columns ``rule_id, label, action, match, pattern, then, field, case, note``.

    Examples
    --------
    >>> load_rules().loc[0, "rule_id"]
    'blank'
    """
    res = resources if resources is not None else load_resources(corpus_dir)
    return res.table("cleaning_rules.csv")


@dataclass(frozen=True)
class _Rule:
    rule_id: str
    label: str
    action: str
    match: str
    regex: re.Pattern
    then: str
    field: str


@dataclass(frozen=True)
class _Compiled:
    line: tuple
    prefix: tuple
    suffix: tuple
    inline: tuple
    glue_particles: frozenset
    glue_keep: tuple
    glue_suffixes: frozenset
    function_words: frozenset
    glued_address: re.Pattern
    joined_names: re.Pattern


_MATCHES = ("line", "prefix", "suffix", "inline")
_THENS = ("", "next", "next_any", "first", "headline")


def _compile_rules(rules: pd.DataFrame) -> list[_Rule]:
    out = []
    for r in rules.itertuples(index=False):
        flags = 0 if str(r.case).strip().lower() == "exact" else re.IGNORECASE
        pat = r.pattern
        if r.match == "prefix":
            pat = "^(?:" + pat + ")"
        elif r.match == "suffix":
            pat = "(?:" + pat + ")$"
        try:
            rx = re.compile(pat, flags)
        except re.error as exc:
            raise ValueError(f"cleaning rule {r.rule_id!r}: bad pattern {r.pattern!r}: {exc}") from exc
        if r.action not in ("keep", "drop", "metadata"):
            raise ValueError(f"cleaning rule {r.rule_id!r}: action must be one of 'drop', 'keep', 'metadata' "
                             f"(got {r.action!r})")
        if r.match not in _MATCHES:
            raise ValueError(f"cleaning rule {r.rule_id!r}: match must be one of {', '.join(map(repr, _MATCHES))} "
                             f"(got {r.match!r})")
        then = str(r.then).strip()
        if then not in _THENS:
            raise ValueError(f"cleaning rule {r.rule_id!r}: then must be empty or one of "
                             f"{', '.join(map(repr, _THENS[1:]))} (got {then!r})")
        out.append(_Rule(r.rule_id, r.label, r.action, r.match, rx, then, r.field))
    return out


def _compile(rules: pd.DataFrame, res: Resources) -> _Compiled:
    from .text import stopword_set

    comp = _compile_rules(rules)
    glue = res.table("link_glue.csv")
    kind = glue["kind"].str.strip()
    return _Compiled(
        line=tuple(r for r in comp if r.match == "line"),
        prefix=tuple(r for r in comp if r.match == "prefix"),
        suffix=tuple(r for r in comp if r.match == "suffix"),
        inline=tuple(r for r in comp if r.match == "inline"),
        glue_particles=frozenset(glue.loc[kind == "particle", "word"].str.strip().str.lower()),
        glue_keep=tuple(glue.loc[kind == "keep", "word"].str.strip().str.lower()),
        glue_suffixes=frozenset(glue.loc[kind == "suffix", "word"].str.strip().str.lower()),
        glued_address=_glued_address_re(web_endings(res)),
        joined_names=_joined_names_re(glue.loc[kind.isin(["particle", "joiner"]), "word"].str.strip().str.lower()),
        function_words=stopword_set(res),
    )


def _rules_for(rules: pd.DataFrame | None, resources: Resources | None) -> _Compiled:
    """Compiled rules: a table given by the caller (compiled now), or the resources' (compiled once)."""
    res = resources if resources is not None else load_resources()
    if rules is not None:
        return _compile(rules, res)
    return res.memo("cleaning_rules", lambda r: _compile(r.table("cleaning_rules.csv"), r))


def split_lines(raw: str) -> list[str]:
    r"""Split decoded text into lines on ``\r\n``, ``\r`` or ``\n`` (as an editor shows them).

    A final line break does not make an extra empty line.

    Parameters
    ----------
    raw : str
        Decoded file text.

    Returns
    -------
    list of str
        The lines, without their line breaks.

    Examples
    --------
    >>> split_lines("a\r\nb\n")
    ['a', 'b']
    """
    if raw == "":
        return []
    parts = re.split(r"\r\n|\r|\n", raw)
    if parts and parts[-1] == "" and re.search(r"(\r\n|\r|\n)$", raw):
        parts = parts[:-1]
    return parts


_SENT_FINAL = re.compile(r"""(?:[.!?\u2026]["')\]]*|[,.!?]["'][)\]]?)\s*$""")
_QUOTATION = re.compile(r'"[^"]{8,}"')
_REPORTED = re.compile(r'"[^"]{8,}[,.!?]"\s*,?\s*[a-z]{3,}')  # '"Massa mulai berkumpul ...," ujar ...'


def reads_as_sentence(text: str) -> bool:
    """Whether a line reads as a sentence of the article rather than a headline or a label.

    Five or more words, not in title case (fewer than three in four words of four letters or more
    capitalised; fewer than half when it ends in "?" or "!"), and ending as a sentence ends
    (. ! ? or a closing quotation mark) or holding a quotation. Twenty words or more ending as a
    sentence, or a quotation followed by its speech verb ('"...," ujar ...'), always read as one:
    headlines are short, and names make a sentence look like title case. Cleaning never drops such a line
    for its position alone (after a bare "Baca juga", before a byline).

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool

    Examples
    --------
    >>> reads_as_sentence('"Kami siap," kata Abu saat jumpa pers di Jakarta, Jumat (20/6/2025).')
    True
    >>> reads_as_sentence("Tahun Baru Islam 2025 Tanggal Berapa? Catat Jadwal Libur dan Long Weekendnya!")
    False
    """
    s = normalize(text).strip()
    words = s.split()
    if len(words) < 5:
        return False
    content = [w.strip("\"'()[],.:;!?") for w in words]
    content = [w for w in content if len(w) >= 4 and w[:1].isalpha()]
    caps = sum(w[0].isupper() for w in content) / len(content) if content else 1.0
    ends = bool(_SENT_FINAL.search(s))
    if (len(words) >= 20 and ends) or _REPORTED.search(s):  # headlines are short; '"...," ujar X' is speech
        return True
    if caps >= 0.75 or (s.endswith(("?", "!")) and caps >= 0.5):
        return False
    return ends or bool(_QUOTATION.search(s))


def line_key(text: str) -> str:
    """A line reduced for comparing repeats: lower case, punctuation as spaces (figures kept: a
    templated sentence with other numbers is content, not boilerplate).

    Parameters
    ----------
    text : str

    Returns
    -------
    str

    Examples
    --------
    >>> line_key("Simak berita lainnya di Google News, 12 Juni!")
    'simak berita lainnya di google news 12 juni'
    """
    s = normalize(text).lower()
    return " ".join(re.sub(r"[^\w\s]|_", " ", s).split())


_LIST_NUMBER = re.compile(r"\s*(\d{1,2})[.)]\s+\S")  # "1. IW1828 Maumere - Kupang", "2) Kartu Keluarga"
_LABEL_VALUE = re.compile(r'^([^:"\u201c\u201d]{2,60}?)\s*:\s+([^"\u201c\u201d]+)$')  # "Mulai pencairan: 5 Juni 2025"
_NUMBER_IN_LINE = re.compile(r"(?<![A-Za-z])\d")  # "13:55 WIB", "Rp 12.400"; not "Moto2"


def _is_heading_like(s: str) -> bool:
    return bool(s) and not s.rstrip().endswith(_END_PUNCT)


def _headline_end(s: str, i: int) -> int:
    """Where the article's own text resumes after an inline "Baca juga: <headline>" starting at ``i``."""
    n = len(s)
    glue = n
    for k in range(i + 1, n):
        ch, prev = s[k], s[k - 1]
        if ch == '"' or (ch.isupper() and (prev.islower() or prev in "?!.+)0123456789")):
            glue = k  # "...Memang BedaSol sepatu", "...Apa Alasannya?Pria", '...Kemenangan!"Dia'
            break
    # without glue, the sentence starts at the capitalised word before three lower-case words
    toks = [(m.start() + i, m.end() + i, m.group()) for m in re.finditer(r"\S+", s[i:])]
    resume = n
    for x in range(1, len(toks) - 3):
        if toks[x][2][:1].isupper() and all(t[2][:1].islower() for t in toks[x + 1:x + 4]):
            resume = toks[x][0]
            if toks[x][0] <= glue < toks[x][1]:  # the glue is inside that word: "BedaSol"
                resume = glue
            break
    end = min(glue, resume)
    if len(s[i:end].split()) > 30:  # no headline is that long: cut the marker only, never a sentence
        return i
    return end


@dataclass
class _Line:
    no: int
    raw: str
    norm: str
    segs: list  # (start, end) in norm of what the inline rules left
    row: dict


def _assemble(parts: list[_Line]) -> tuple[list[str], list]:
    """Characters of a logical line (joined raw lines) and, for each, its (line_no, position)."""
    chars: list[str] = []
    src: list = []
    for ln in parts:
        for s, e in ln.segs:
            piece = ln.norm[s:e]
            if not piece:
                continue
            if chars and not chars[-1].isspace() and not piece[0].isspace() and piece[0] not in ",.;:)]!?":
                chars.append(" ")
                src.append(None)
            elif chars and not chars[-1].isspace() and not piece[0].isspace():
                pass
            chars.extend(piece)
            src.extend((ln.no, k) for k in range(s, e))
    return chars, src


def _span_rows(src: list, a: int, b: int, rule: str, lines: dict) -> list[dict]:
    """Audit rows for the characters a..b of a logical line, one per raw line they come from."""
    out = []
    run: list = []
    for item in src[a:b] + [None]:
        if item is not None and run and (item[0] != run[-1][0] or item[1] != run[-1][1] + 1):
            out.append(run)
            run = []
        if item is None:
            if run:
                out.append(run)
            run = []
        else:
            run.append(item)
    rows = []
    for r in out:
        no, s, e = r[0][0], r[0][1], r[-1][1] + 1
        txt = lines[no].norm[s:e]
        if txt.strip():
            rows.append(dict(line_no=no, start=s, end=e, rule=rule, text=txt))
    return rows


def _cut(chars: list, src: list, a: int, b: int) -> None:
    del chars[a:b]
    del src[a:b]


def _joins(prev: str, nxt: str) -> bool:
    """A link broke the sentence here: ``prev`` does not end it and ``nxt`` goes on with it."""
    if not prev or not nxt or prev.endswith(_END_PUNCT):
        return False
    if prev.endswith(("-", "\u2013", "\u2014")) and len(prev.split()) <= 4:
        return True  # a dateline split over lines: "Jakarta" / "-" / "Dalam rangka ..."
    return nxt[0].islower() or nxt[0] in ",.;:)]!?" or nxt in ("-", "\u2013", "\u2014")


# a full stop or comma with no space after it, between words (not in figures, URLs or e-mail addresses)
_NO_SPACE = re.compile(r"(?<=[a-z0-9)]{2})[.!?](?P<q>\")?(?=[A-Z][a-z])|(?<=[a-z0-9)]{2})[.!?](?=\"[A-Z])|(?<=[A-Za-z]{2}),(?=[A-Za-z]{2})")


def _missing_spaces(text: str) -> list[int]:
    """Where a space is missing after a mark: "berubah.Ya", "lagi,Cut", '2012."Saya' (quote opens), 'ini."Di'."""
    out = []
    for m in _NO_SPACE.finditer(text):
        if m.group(0).endswith('"'):  # '."X': the quote closes a quotation when an odd number came before
            out.append(m.end() if text[: m.start()].count('"') % 2 == 1 else m.end() - 1)
        else:
            out.append(m.end())
    return out


_WORD_RUN = re.compile(r"[^\W_]+")
_LOWER_UPPER = re.compile(r"([a-z]{2,})([A-Z][A-Za-z]*[A-Za-z0-9]*)")
_CAP_CAP = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")
_WORD_DIGITS = re.compile(r"([A-Za-z]*[a-z]{2})(\d+)")
_DIGITS_WORD = re.compile(r"(\d{1,4})([A-Z][a-z]{2,})")
_IN_ADDRESS = re.compile(r"\.[a-z]{2,}")  # a web address goes on after the word: ".id", ".com"
# a web address glued to the word after it: "Liputan6.compada" (the ending, then the word)


def _joined_names_re(words) -> re.Pattern:
    """Two names glued to the short word between them ("GhazalidanAlyssa", "AFPdanAl", "MadriddiPiala"):
    link_glue.csv ``particle`` and ``joiner`` rows."""
    alt = "|".join(sorted(map(re.escape, set(words)), key=len, reverse=True)) or "(?!)"
    return re.compile(r"([A-Z][A-Za-z]+?)(?:" + alt + r")([A-Z][a-z]+[A-Za-z]*)")


def _glued_address_re(endings: tuple) -> re.Pattern:
    """A bare web address (link_glue.csv ``web_ending``) glued to the word after it: "Liputan6.compada" (the word may
    run on into a capital: "comdanHot")."""
    return re.compile(r"(?<![\w@.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*?\.(?:" + "|".join(endings)
                      + r")(?P<tail>[a-z]{2,})(?![a-z0-9])")


_ACRONYM_WORD = re.compile(r"([A-Z]{2,})([A-Z][a-z]{2,})")


def _glue_splits(text: str, comp: _Compiled, vocab_low: set, vocab_cap: set, once: set | frozenset = frozenset()
                 ) -> list[int]:
    """Positions in ``text`` where a space goes between two words glued where a link was.

    A word is cut once by the first rule that fits, then what follows the cut is read again, so a
    run of three glued words is cut twice ("ujarMenkesBudi" -> "ujar MenkesBudi" -> "ujar Menkes Budi").
    """
    out = _missing_spaces(text)
    for m in comp.glued_address.finditer(text):  # "Liputan6.compada" -> "Liputan6.com pada": the rest is a word
        tail = m.group("tail")
        if tail in vocab_low or _language_word(tail, comp) or (len(tail) >= 2 and tail in comp.function_words):
            out.append(m.start("tail"))
    for m in _WORD_RUN.finditer(text):
        start, w = m.start(), m.group()
        # in a web address, a handle or a hashtag ("indonesiabaik.id", "@BGSadikin") a name and a word run on
        address = bool(_IN_ADDRESS.match(text, m.end())) or (start > 0 and text[start - 1] in "@#/.")
        if not text[:start].strip() and (cut := _capital_opener(w, comp, vocab_low, vocab_cap)):
            out.append(start + cut)  # the line opens "PESTADemokrasi": "PESTA Demokrasi", the rest read on
            start, w = start + cut, w[cut:]
        while True:
            cut = _glue_cut(w, comp, vocab_low, vocab_cap, address, once)
            if not cut:
                break
            out.append(start + cut)
            start, w = start + cut, w[cut:]
    return out


_CAPITAL_OPENER = re.compile(r"([A-Z]{3,})[a-z]")


def _capital_opener(w: str, comp: _Compiled, vocab_low: set, vocab_cap: set) -> int | None:
    """The cut of a line's opening word written in capitals and glued to the next word, as some outlets open an
    article ("PESTADemokrasi" -> "PESTA Demokrasi", "TERLAHIRdengan" -> "TERLAHIR dengan", "SEKRETARISJenderal"),
    or None. The capitals kept apart (three or more: all of them when a word follows, "TERLAHIR" + "dengan", else
    all but the last, which begins the next word, "PESTA" + "Demokrasi") must be a word of the
    language (a stop word or a dictionary word) or be written elsewhere in the article ("BARACK" beside "Barack",
    "DKI"); a lower-case rest must begin with such a word ("SOSOKcantikNara": "cantik"), not a suffix ("DNAnya")
    or a brand's tail ("BRImo"). Two capitals are never cut ("QJMotor", "JIExpo")."""
    m = _CAPITAL_OPENER.match(w)
    if not m:
        return None

    def known(head: str) -> bool:
        return (head.lower() in comp.function_words or dictionary_word(head) or head in vocab_cap
                or head.capitalize() in vocab_cap or head.lower() in vocab_low)

    caps = m.group(1)
    lead = re.match(r"[a-z]+", w[len(caps):]).group()
    rest = w[len(caps) - 1:]  # what the last capital would begin ("Demokrasi", "Marquezdapat")
    begins_word = dictionary_word(caps[-1] + lead) or any(rest[:k] in vocab_cap for k in range(len(rest), 2, -1))
    if lead in comp.glue_suffixes:
        return None
    if known(caps) and (lead in vocab_low or lead in comp.function_words or dictionary_word(lead)):
        cut = len(caps)  # TERLAHIR|dengan
    elif len(caps) > 3 and known(caps[:-1]) and begins_word:
        cut = len(caps) - 1  # PESTA|Demokrasi, MARC|Marquezdapat (the article writes "Marquez")
    elif known(caps) and len(lead) >= 4:
        cut = len(caps)  # HASIL|drawing: not "HASI Ldrawing"
    else:
        return None
    if any(fnmatch.fnmatchcase(w.lower(), k) for k in comp.glue_keep):
        return None
    return cut


def _glue_cut(w: str, comp: _Compiled, vocab_low: set, vocab_cap: set, address: bool = False,
              once: set | frozenset = frozenset()) -> int | None:
    """Where one glued word ``w`` is cut (the length of its first part), or None (see :func:`_glue_splits`);
    in a web address (``address``) a name is not cut from the lower-case word after it; ``once``: the words the
    article writes once (see :func:`_name_then_word`)."""
    if len(w) < 4 or (w.isalpha() and w.islower()):  # every split below needs a capital or a digit
        return None
    cut = None
    lu = _LOWER_UPPER.fullmatch(w)
    cc = _CAP_CAP.fullmatch(w)
    dg = _WORD_DIGITS.fullmatch(w)
    gd = _DIGITS_WORD.fullmatch(w)
    ac = _ACRONYM_WORD.fullmatch(w)
    if lu and (len(lu.group(1)) >= 3 or lu.group(1) in comp.function_words):
        cut = len(lu.group(1))  # erupsiGunung, dariKRjogja (names such as iPhone, detikNews are kept)
    elif cc and cc.group(1) in vocab_cap and cc.group(2) in vocab_cap:
        cut = len(cc.group(1))  # IslamKemenag (both words stand alone in the article)
    elif dg and len(dg.group(1)) >= 3 and (dg.group(1) in vocab_cap or dg.group(1) in vocab_low):
        cut = len(dg.group(1))  # Mahakam7, program3
    elif gd:
        cut = len(gd.group(1))  # 2025Presiden
    elif ac and ac.group(1) in vocab_cap and ac.group(2) in vocab_cap:
        cut = len(ac.group(1))  # "MPR RIHidayat": "RI" and "Hidayat" stand alone in the article
    elif (jn := comp.joined_names.fullmatch(w)) and jn.group(1) in vocab_cap and jn.group(2) in vocab_cap:
        cut = len(jn.group(1))  # GhazalidanAlyssa: "Ghazali" and "Alyssa" stand alone in the article ("dan" is cut next)
    elif w[:1].isupper():
        for p in comp.glue_particles:  # Lewotobidi: "Lewotobi" stands alone in the article
            if w.endswith(p) and len(w) - len(p) >= 3 and w[: -len(p)] in vocab_cap:
                cut = len(w) - len(p)
                break
        else:
            cut = _name_then_word(w, comp, vocab_low, vocab_cap, once) if w.isalpha() and not address else None
    # a name written glued on purpose (detikFinance, iPhone) is never split; checked only for a
    # word that would be, so the glob list is not run over every word of the text
    if cut and any(fnmatch.fnmatchcase(w.lower(), k) for k in comp.glue_keep):
        return None
    return cut


def _name_then_word(w: str, comp: _Compiled, vocab_low: set, vocab_cap: set, once: set | frozenset = frozenset()
                    ) -> int | None:
    """The cut of a capitalised word glued to the lower-case word after it ("Siraitatau" -> "Sirait atau",
    "Musktelah", "BEImasih"): the first part (three letters or more, ending in a small letter or all capitals)
    stands alone in the article, the rest (three letters or more) is written there as a word in lower case, is
    no suffix (``link_glue.csv`` kind ``suffix``: "Tantangannya"), and the whole is no word the article, the
    language's stop-word list or PySastrawi's dictionary of root words writes in lower case ("Meskipun",
    "Padahal", "Matahari").

    A lead's name glued to its verb ("Pasha Ungumengkritisi", "Bagnaiasudah") is cut too
    where the rest is not in the article in lower case but is a word of the language: a stop word of four letters
    or more, or a word of six or more that PySastrawi's dictionary holds or stems to a root word (a shorter root
    word ends many a place's name: "Kotagede", "Tanahlaut", "Jasamarga"). Then the whole
    is written once in the article (a place or brand glued on purpose, "Batanghari", recurs), the first part is
    no stop word ("Danantara" is not "Dan antara") and has four letters or more unless all capitals ("Perekonomian"
    is not "Per ekonomian"), and the rest is no repeat of it ("Tengahtengah")."""
    low = w.lower()
    if low in vocab_low or low in comp.function_words or low in root_words():
        return None
    for k in range(3, len(w) - 2):
        head, tail = w[:k], w[k:]
        if not (tail.islower() and tail not in comp.glue_suffixes and head in vocab_cap
                and (head[-1].islower() or head.isupper())):
            continue
        if tail in vocab_low:
            return k
        if (w in once and head.lower() not in comp.function_words and (len(head) >= 4 or head.isupper())
                and tail != head.lower() and _language_word(tail, comp)):
            return k
    return None


def _language_word(w: str, comp: _Compiled) -> bool:
    """Whether a lower-case word is a word of the language though the article does not write it: a stop word of
    four letters or more, or a word of six or more that is a dictionary word (:func:`helpers.text.dictionary_word`;
    see :func:`_name_then_word`)."""
    return (len(w) >= 4 and w in comp.function_words) or (len(w) >= 6 and dictionary_word(w))


def _classify(raw: str, comp: _Compiled, max_heading_words: int, learned: frozenset = frozenset()
              ) -> tuple[list[dict], list[dict], set[str]]:
    """Rows (one per raw line, as :func:`clean_lines`), spans (as :func:`cleaning_spans`) and the
    keys of the lines no rule recognised (for :func:`learn_boilerplate`)."""
    spans: list[dict] = []
    lines: list[_Line] = []
    for i, line in enumerate(split_lines(raw), 1):
        for m in _CONTROLS.finditer(line):
            spans.append(dict(line_no=i, start=m.start(), end=m.start(), rule="control_character",
                              text=f"U+{ord(m.group()):04X}"))
        norm = normalize(_CONTROLS.sub("", line))
        row = dict(line_no=i, label="body", action="keep", rule="", text=line, cleaned="", field="", value="")
        lines.append(_Line(i, line, norm, [(0, len(norm))], row))
    by_no = {ln.no: ln for ln in lines}

    # 1-3: line rules, learned boilerplate, the line after a credit or bare "Baca juga", inline cuts
    pending: _Rule | None = None
    candidates: list[_Line] = []
    keys: set[str] = set()
    for ln in lines:
        row, s = ln.row, ln.norm.strip()
        matched = next(((r, m) for r in comp.line for m in [r.regex.fullmatch(s)] if m), None)
        if matched and matched[0].rule_id == "blank":
            row.update(label="blank", action="drop", rule="blank")
            continue
        prefix_hit = not matched and any((m := r.regex.match(s)) and s[m.end():].strip() for r in comp.prefix)
        if matched:
            pending = None
            r, m = matched
            row.update(label=r.label, action=r.action, rule=r.rule_id)
            if r.field and (m.groupdict().get(r.field) or "").strip():
                row.update(field=r.field, value=m.group(r.field).strip())
            if r.action == "keep":
                candidates.append(ln)
            if r.then in ("next", "next_any"):
                pending = r
            continue
        if pending is not None and not prefix_hit:
            r, pending = pending, None
            if r.then == "next" and reads_as_sentence(s):
                row["rule"] = f"{r.rule_id}+next:kept (reads as a sentence)"
            else:
                row.update(label=r.label, action=r.action, rule=r.rule_id + "+next")
                continue
        pending = None
        key = line_key(s)
        if len(key.split()) >= 3:
            keys.add(key)
        if learned and key in learned:
            row.update(label="repeated_in_outlet", action="drop", rule="repeated_in_outlet")
            continue
        cut_rules = []
        for r in comp.inline:
            for m in r.regex.finditer(ln.norm):
                a, b = m.start(), m.end()
                if r.then == "headline":
                    b = _headline_end(ln.norm, b)
                if b <= a or not any(sa <= a < sb for sa, sb in ln.segs):
                    continue
                new = []
                for sa, sb in ln.segs:
                    if sb <= a or sa >= b:
                        new.append((sa, sb))
                    else:
                        if sa < a:
                            new.append((sa, a))
                        if sb > b:
                            new.append((b, sb))
                ln.segs = new
                spans.append(dict(line_no=ln.no, start=a, end=b, rule=r.rule_id, text=ln.norm[a:b]))
                cut_rules.append(r)
        if cut_rules:
            row["rule"] = ",".join(dict.fromkeys([row["rule"]] * bool(row["rule"]) + [r.rule_id for r in cut_rules]))
            if not "".join(ln.norm[a:b] for a, b in ln.segs).strip():
                row.update(label=cut_rules[0].label, action=cut_rules[0].action, rule=row["rule"])
                continue
        candidates.append(ln)

    # 4: join lines a link broke (only blank lines may stand between the parts)
    groups: list[list[_Line]] = []
    k = 0
    between_blank = lambda x, y: all(lines[z].row["label"] == "blank" for z in range(x.no, y.no - 1))  # noqa: E731
    text_of = lambda ln: "".join(ln.norm[a:b] for a, b in ln.segs).strip()  # noqa: E731
    while k < len(candidates):
        cur = [candidates[k]]
        k += 1
        while k < len(candidates) and cur[-1].row["action"] == "keep" and not cur[-1].row["field"]:
            prev = " ".join(text_of(x) for x in cur).strip()
            nxt = candidates[k]
            if not between_blank(cur[-1], nxt) or nxt.row["rule"]:
                break
            if _joins(prev, text_of(nxt)):
                cur.append(nxt)
                k += 1
                continue
            # a short name line between two halves: "... ujar Koordinator X," / "Name Surname" / ", Selasa"
            if k + 1 < len(candidates) and not prev.endswith(_END_PUNCT) and len(text_of(nxt).split()) <= 4 \
                    and text_of(nxt)[:1].isupper() and not text_of(nxt).endswith(_END_PUNCT) \
                    and between_blank(nxt, candidates[k + 1]) and not candidates[k + 1].row["rule"] \
                    and _joins(text_of(nxt), text_of(candidates[k + 1])):
                cur += [nxt, candidates[k + 1]]
                k += 2
                continue
            break
        groups.append(cur)

    # 5: prefix and suffix rules on each logical line
    heads: list[dict] = []
    seen_body = False
    kept_parts: list[tuple[dict, list, list]] = []
    for grp in groups:
        head = grp[0].row
        for ln in grp[1:]:
            ln.row.update(label="joined", action="keep", rule=f"joined_to_line_{head['line_no']}")
        if len(grp) > 1:
            head["rule"] = ",".join(x for x in (head["rule"], "joined") if x)
        chars, src = _assemble(grp)
        lead = 0
        while lead < len(chars) and chars[lead].isspace():
            lead += 1
        _cut(chars, src, 0, lead)
        text = "".join(chars).rstrip()
        del chars[len(text):], src[len(text):]
        prefix_hit = False
        if head["action"] == "keep" and head["label"] == "body":
            for r in comp.prefix:
                if r.then == "first" and seen_body:
                    continue
                m = r.regex.match(text)
                if m and text[m.end():].strip():
                    spans += _span_rows(src, 0, m.end(), r.rule_id, by_no)
                    rest = len(text) - len(text[m.end():].lstrip())
                    _cut(chars, src, 0, rest)
                    head.update(label=r.label, rule=",".join(x for x in (head["rule"], r.rule_id) if x))
                    if r.field and (m.groupdict().get(r.field) or "").strip():
                        head.update(field=r.field, value=m.group(r.field).strip())
                    prefix_hit = True
                    break
            text = "".join(chars)
            for r in comp.suffix:
                m = r.regex.search(text)
                if m and text[: m.start()].strip():
                    spans += _span_rows(src, m.start(), len(text), r.rule_id, by_no)
                    keep_to = len(text[: m.start()].rstrip())
                    _cut(chars, src, keep_to, len(chars))
                    head["rule"] = ",".join(x for x in (head["rule"], r.rule_id) if x)
                    break
        text = "".join(chars)
        head["cleaned"] = text
        if head["action"] == "keep" and head["label"] in ("body",) and not prefix_hit \
                and not _REPORTED.search(normalize(text)):  # '"...," ujarnya' is speech, whatever its length
            if _is_heading_like(text) and len(text.split()) <= max_heading_words:
                head["label"] = "_short"
            elif _is_heading_like(text) and not seen_body:
                head["label"] = "_short"  # a long unpunctuated line before any body: a title
        if head["action"] == "keep" and head["label"] in ("body", "dateline"):
            seen_body = True
        heads.append(head)
        kept_parts.append((head, chars, src))
    for ln in lines:  # rows of lines that are not body candidates keep no text
        if ln.row["action"] != "keep" or ln.row["label"] == "blank":
            ln.row["cleaned"] = ""

    # 6: position: front matter, subheadings, trailer (on the logical lines)
    rows = heads
    # positional pass: front matter, subheadings, trailer
    body_idx = [k for k, r in enumerate(rows) if r["label"] in ("body", "dateline") and r["action"] == "keep"]
    if not body_idx:
        # no line reads as body: a long unpunctuated line is the article itself (a one-line text
        # without final punctuation), not a title
        long_lines = [k for k, r in enumerate(rows) if r["label"] == "_short" and len(r["cleaned"].split()) > max_heading_words]
        for k in long_lines:
            rows[k]["label"] = "body"
        body_idx = long_lines
    dateline_idx = [k for k, r in enumerate(rows) if r["label"] == "dateline" and r["action"] == "keep"]
    first_body = dateline_idx[0] if dateline_idx else (body_idx[0] if body_idx else len(rows))
    last_body = body_idx[-1] if body_idx else -1
    front_short = [k for k in range(first_body) if rows[k]["label"] == "_short"]
    title_k = max(front_short, key=lambda k: (len(rows[k]["cleaned"]), -k)) if front_short else None
    if title_k is None:  # a title may end in "!" or "?": the first short front line
        front = [k for k in range(first_body) if rows[k]["label"] == "body"]
        if front and len(rows[front[0]]["cleaned"].split()) <= 2 * max_heading_words and \
                rows[front[0]]["cleaned"].endswith(("!", "?")):
            title_k = front[0]
            rows[title_k]["label"] = "_short"
    # a standfirst is one or two sentences before the dateline; more than that is body that a
    # dateline further down (a second story pasted in) happens to follow: never set aside by position
    front_sentences = [k for k in range(first_body) if rows[k]["label"] == "body" and reads_as_sentence(rows[k]["cleaned"])]
    # ... and a dek comes after a headline: sentences with no heading before them are the body itself
    keep_front = len(front_sentences) > 2 or not any(rows[k]["label"] == "_short" for k in range(first_body))
    # three or more short lines in a row inside the body are a list (a schedule, figures, steps), not
    # subheadings: they stay in the text; so are two lines numbered in turn (a listicle numbers its subheadings too, but
    # with text between them: on the development set 5 pairs of numbered lines in a row were all lists, 10 lines)
    k = 0
    while k < len(rows):
        if rows[k]["label"] == "_short" and first_body <= k <= last_body:
            j = k
            while j + 1 < len(rows) and rows[j + 1]["label"] == "_short":
                j += 1
            nums = [_LIST_NUMBER.match(rows[x]["cleaned"]) for x in range(k, j + 1)]
            counted = all(nums) and [int(m.group(1)) for m in nums] == list(range(int(nums[0].group(1)),
                                                                                  int(nums[0].group(1)) + j - k + 1))
            if j - k >= 2 or (j > k and counted):  # or two lines numbered in turn ("1. IW1828 ...", "2. IW1829 ...")
                for x in range(k, j + 1):
                    rows[x].update(label="list_item", rule=",".join(y for y in (rows[x]["rule"], "list") if y))
            k = j + 1
        else:
            k += 1
    # after the body, three or more short lines in a row that each hold a number (not one inside a word, "Moto2") and
    # a capital are a list of data, not a trailer: a schedule ("13:55 WIB | Moto3 - Free Practice 1"), prices, a
    # forecast, a team's record (on the development set 12 such runs, 115 lines in 12 articles, all data when read; related headlines
    # seldom hold a number, and tags written in lower case are no data)
    def data_line(r: dict) -> bool:  # a number, and not a tag written all in lower case ("honda hr-v 2025")
        return r["label"] == "_short" and bool(_NUMBER_IN_LINE.search(r["cleaned"])) and r["cleaned"] != r["cleaned"].lower()

    k = last_body + 1 if last_body >= 0 else len(rows)
    while k < len(rows):
        if data_line(rows[k]):
            j = k
            while j + 1 < len(rows) and data_line(rows[j + 1]):
                j += 1
            if j - k >= 2:
                for x in range(k, j + 1):
                    rows[x].update(label="list_item", rule=",".join(y for y in (rows[x]["rule"], "list_after_body") if y))
            k = j + 1
        else:
            k += 1
    # a line of data in the body, "Label: value" with a figure in the value or a value in lower case ("Mulai
    # pencairan: 5 Juni 2025", "Harga Scoopy terbaru: mulai dari Rp 22.876.000", "PT Pos Indonesia: untuk penerima
    # tanpa rekening bank"), is text, not a subheading (after the lists above): on the development set 18 of the 48
    # short "Label: value" lines set aside as subheadings, in 9 articles, each a schedule, a price or a
    # fact when read; not a heading such as "Tema 1: Mengenal Allah" or "Rasa Berkendara: Santai Buat Harian"
    for k in range(max(first_body, 0), min(last_body, len(rows) - 1) + 1):
        m = _LABEL_VALUE.match(rows[k]["cleaned"]) if rows[k]["label"] == "_short" else None
        if m and (any(ch.isdigit() for ch in m.group(2)) or m.group(2)[:1].islower()):
            rows[k].update(label="list_item", rule=",".join(y for y in (rows[k]["rule"], "label_value") if y))
    for k, r in enumerate(rows):
        if k < first_body and r["label"] == "body" and keep_front and k in front_sentences:
            r["rule"] = ",".join(x for x in (r["rule"], "before_dateline:kept (reads as a sentence)") if x)
            continue
        if k < first_body and r["label"] in ("_short", "body"):
            if r["label"] == "body":
                r.update(label="standfirst", action="metadata", rule="before_dateline", field="standfirst",
                         value=r["cleaned"])
            else:
                lab = "title" if k == title_k else "kicker"
                r.update(label=lab, action="metadata", rule="heading_before_body", field=lab,
                         value=r["cleaned"])
            r["cleaned"] = ""
        elif r["label"] == "_short":
            if k > last_body:
                r.update(label="trailer", action="drop", rule="heading_after_body", cleaned="")
            else:
                r.update(label="subheading", action="metadata", rule="heading_in_body",
                         field="subheading", value=r["cleaned"], cleaned="")

    for grp in groups:  # a joined line goes where its first line went (kept, set aside or dropped)
        for ln in grp[1:]:
            if grp[0].row["action"] != "keep":
                ln.row["action"] = grp[0].row["action"]

    # 7: words glued where a link was, split where both parts stand alone in the article
    kept = [(h, c, s) for h, c, s in kept_parts if h["action"] == "keep" and h["cleaned"]]
    vocab = Counter(w for h, _, _ in kept for w in re.findall(r"[^\W_]+", h["cleaned"]) if w.isalpha())
    vocab_low = {w for w in vocab if w.islower()}
    vocab_cap = {w for w in vocab if w[:1].isupper()}
    once = {w for w, n in vocab.items() if n == 1}
    for h, chars, src in kept:
        text = "".join(chars)
        for pos in sorted(_glue_splits(text, comp, vocab_low, vocab_cap, once), reverse=True):
            at = src[pos] if pos < len(src) else None
            if at is not None:
                spans.append(dict(line_no=at[0], start=at[1], end=at[1], rule="split_glued",
                                  text=text[max(0, pos - 20):pos] + "|" + text[pos:pos + 20]))
            chars.insert(pos, " ")
            src.insert(pos, None)
        h["cleaned"] = " ".join("".join(chars).split())
        if h["cleaned"] != " ".join(text.split()) and "split_glued" not in h["rule"]:
            h["rule"] = ",".join(x for x in (h["rule"], "split_glued") if x)
    spans.sort(key=lambda d: (d["line_no"], d["start"], d["end"]))
    return [ln.row for ln in lines], spans, keys
class CleanResult:
    """What cleaning one article gives: the audit rows, the spans cut, the body text and the metadata."""

    __slots__ = ("rows", "spans", "keys", "text", "metadata", "_audit")

    def __init__(self, rows: list[dict], spans: list[dict], keys: set, text: str, metadata: dict):
        self.rows, self.spans, self.keys, self.text, self.metadata, self._audit = rows, spans, keys, text, metadata, None

    @property
    def audit(self) -> pd.DataFrame:
        """The per-line audit (as :func:`clean_lines`), built on first use."""
        if self._audit is None:
            self._audit = pd.DataFrame(self.rows, columns=_ROW_COLUMNS)
        return self._audit


def clean_lines(raw: str, rules: pd.DataFrame | None = None, *, max_heading_words: int = 12,
                resources: Resources | None = None) -> pd.DataFrame:
    """Label every line of one article as keep, metadata or drop, with the rule that decided.

    Parameters
    ----------
    raw : str
        The decoded article.
    rules : pandas.DataFrame, optional
        A rule table (:func:`load_rules`); by default the resources' rules.
    max_heading_words : int, default 12
        A line of at most this many words with no end punctuation that no rule matches is a
        heading: title or kicker before the body, subheading inside it, trailer after it.
    resources : Resources, optional
        Whose ``cleaning_rules.csv`` (and ``link_glue.csv``) to use; the kit's by default.

    Returns
    -------
    pandas.DataFrame
        One row per raw line: ``line_no`` (1-based), ``label``, ``action``, ``rule``, ``text``
        (the raw line), ``cleaned`` (what the body keeps of it, "" otherwise; a line joined to
        the line before has label ``joined`` and its text in that line's ``cleaned``), ``field``
        and ``value`` (metadata captured, e.g. ``outlet`` / ``KOMPAS.com``).

    Examples
    --------
    >>> clean_lines("KOMPAS.com - Putin tiba.\\nBaca juga: Lain\\n")[["label", "action"]].values.tolist()
    [['dateline', 'keep'], ['related_link', 'drop']]
    >>> clean_lines("Kemenag menggelar\\nnikah massal\\nuntuk 100 pasangan.")[["label", "cleaned"]].values.tolist()
    [['body', 'Kemenag menggelar nikah massal untuk 100 pasangan.'], ['joined', ''], ['joined', '']]
    """
    rows, _, _ = _classify(raw, _rules_for(rules, resources), max_heading_words)
    return pd.DataFrame(rows, columns=_ROW_COLUMNS)


def canonical_outlet(name: str, *, resources: Resources | None = None) -> str:
    """The kit's name for an outlet spelled as in a dateline or manifest (``outlets.csv``).

    Parameters
    ----------
    name : str
        For example ``"KOMPAS.com"`` or ``"POS-KUPANG.COM"``.
    resources : Resources, optional
        Whose ``outlets.csv`` to use (a corpus folder's extends the kit's); the kit's by default.

    Returns
    -------
    str
        The canonical name, or the name as given when the table does not know it.

    Examples
    --------
    >>> canonical_outlet("POS-KUPANG.COM")
    'Pos-Kupang.com'
    """
    res = resources if resources is not None else load_resources()
    lookup = res.memo("outlets", _outlet_lookup)
    return lookup.get(name.strip().lower(), name.strip())


def _outlet_lookup(res: Resources) -> dict[str, str]:
    table = res.table("outlets.csv")
    out: dict[str, str] = {}
    for spelling, outlet in zip(table["spelling"], table["outlet"]):
        out.setdefault(spelling.strip().lower(), outlet.strip())  # first row wins: the corpus's
    return out


def clean_article(raw: str, rules: pd.DataFrame | None = None, *, max_heading_words: int = 12,
                  resources: Resources | None = None, learned: frozenset = frozenset()) -> CleanResult:
    """Clean one article: body text (one paragraph a line) and the metadata its lines give.

    Parameters
    ----------
    raw : str
        The decoded article.
    rules : pandas.DataFrame, optional
        Rule table; by default the resources' rules.
    max_heading_words : int, default 12
        See :func:`clean_lines`.
    resources : Resources, optional
        Rules (unless ``rules`` is given) and outlet names; the kit's by default.
    learned : frozenset, optional
        Keys (:func:`line_key`) of lines learned as boilerplate of the corpus
        (:func:`learn_boilerplate`); such lines are dropped as ``repeated_in_outlet``.

    Returns
    -------
    CleanResult
        ``audit`` (from :func:`clean_lines`), ``spans`` (as :func:`cleaning_spans`), ``text``,
        ``keys`` (of the lines no rule recognised), and ``metadata`` with any of
        ``outlet, outlet_source, title, kicker, author, editor, credits, subheadings``
        (``credits`` as ``"rule_id:value"``, e.g. ``"photo_credit:REUTERS"``).

    Examples
    --------
    >>> clean_article("KOMPAS.com - Putin tiba.").metadata["outlet"]
    'Kompas.com'
    """
    rows, spans, keys = _classify(raw, _rules_for(rules, resources), max_heading_words, learned)
    text = "\n".join(r["cleaned"] for r in rows if r["action"] == "keep" and r["cleaned"])
    meta: dict = {}
    for fld, val, rule in ((r["field"], r["value"], r["rule"]) for r in rows if r["field"]):
        if fld == "outlet":
            if rule.startswith("dateline") or "outlet" not in meta:
                meta["outlet"] = canonical_outlet(val, resources=resources)
                meta["outlet_source"] = "dateline" if rule.startswith("dateline") else "footer"
        elif fld == "credit":
            meta.setdefault("credits", []).append(f"{rule}:{val}")
        elif fld == "subheading":
            meta.setdefault("subheadings", []).append(val)
        elif fld not in meta:
            meta[fld] = val
    return CleanResult(rows, spans, keys, text, meta)


def _learned_of(corpus: pd.DataFrame) -> frozenset:
    return frozenset(r["key"] for r in corpus.attrs.get("learned_boilerplate", []))


def cleaning_audit(corpus: pd.DataFrame, rules: pd.DataFrame | None = None, *,
                   resources: Resources | None = None) -> pd.DataFrame:
    """One row per raw line of every article: kept, kept aside as metadata, or dropped, and why.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus` (needs ``doc_id`` and ``raw``).
    rules : pandas.DataFrame, optional
        Rule table; by default the resources' rules.
    resources : Resources, optional
        By default the corpus's own (kit + corpus folder, as loaded).

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id, line_no, label, action, text, rule, cleaned``, sorted by ``doc_id`` and
        ``line_no``. ``action`` is ``keep``, ``metadata`` or ``drop``; every raw line appears
        exactly once. What was cut from inside kept lines is in :func:`cleaning_spans`.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a"], "raw": ["KOMPAS.com - Putin tiba.\\n\\nBaca juga: X"]})
    >>> cleaning_audit(c)["action"].tolist()
    ['keep', 'drop', 'drop']
    """
    comp = _rules_for(rules, resources_of(corpus, resources))
    mhw = corpus.attrs.get("max_heading_words", 12)
    learned = _learned_of(corpus)
    parts = []
    for doc_id, raw in sorted(zip(corpus["doc_id"], corpus["raw"])):
        for r in _classify(raw, comp, mhw, learned)[0]:
            parts.append((doc_id, r["line_no"], r["label"], r["action"], r["text"], r["rule"], r["cleaned"]))
    return pd.DataFrame(parts, columns=AUDIT_COLUMNS)


def cleaning_spans(corpus: pd.DataFrame, rules: pd.DataFrame | None = None, *,
                   resources: Resources | None = None) -> pd.DataFrame:
    """Every span cleaning cut from inside a line, and every split and control character, with its rule.

    With :func:`cleaning_audit` this accounts for every raw character: it is in the cleaned text,
    in a dropped or set-aside line (the line audit), or in one of these rows.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus` (needs ``doc_id`` and ``raw``).
    rules : pandas.DataFrame, optional
        Rule table; by default the resources' rules.
    resources : Resources, optional
        By default the corpus's own.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, line_no, start, end, rule, text``: positions in the line after normalisation
        (NFKC, control characters removed; ``control_character`` rows give the position in the raw
        line), end exclusive. ``split_glued`` rows mark where a space was put between glued words
        (``start == end``; ``text`` shows the place with a "|").

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "raw": ['Ia tiba.Baca juga: Lain Cerita Hari Ini"Kami siap," katanya.']})
    >>> cleaning_spans(c)[["rule", "text"]].values.tolist()
    [['related_inline', 'Baca juga: Lain Cerita Hari Ini']]
    """
    comp = _rules_for(rules, resources_of(corpus, resources))
    mhw = corpus.attrs.get("max_heading_words", 12)
    learned = _learned_of(corpus)
    parts = []
    for doc_id, raw in sorted(zip(corpus["doc_id"], corpus["raw"])):
        for s in _classify(raw, comp, mhw, learned)[1]:
            parts.append((doc_id, s["line_no"], s["start"], s["end"], s["rule"], s["text"]))
    return pd.DataFrame(parts, columns=SPAN_COLUMNS)


def learn_boilerplate(keys: dict[str, set], outlets: dict[str, str], *, min_articles: int = 4,
                      min_share: float = 0.02) -> pd.DataFrame:
    """Lines that recur in many articles of one outlet and in no other outlet: boilerplate to propose.

    A line no rule recognised is counted once per article (by :func:`line_key`). It is proposed
    when it occurs in at least ``max(min_articles, ceil(min_share * n))`` of the ``n`` articles of
    one outlet and in no article of another outlet (a line several outlets share is text reuse,
    which the source comparison must still see). Articles whose outlet is unknown teach nothing.

    Parameters
    ----------
    keys : dict
        doc_id -> set of line keys (``CleanResult.keys``).
    outlets : dict
        doc_id -> outlet.
    min_articles : int, default 4
        Fewest articles a line must recur in.
    min_share : float, default 0.02
        Share of the outlet's articles it must recur in (for large outlets).

    Returns
    -------
    pandas.DataFrame
        ``outlet, key, articles, outlet_articles``, sorted by outlet, then most articles first.

    Examples
    --------
    >>> keys = {f"d{i}": {"simak berita lainnya di google news"} for i in range(5)}
    >>> learn_boilerplate(keys, {f"d{i}": "X" for i in range(5)})[["outlet", "articles"]].values.tolist()
    [['X', 5]]
    """
    cols = ["outlet", "key", "articles", "outlet_articles"]
    per_outlet: dict[str, Counter] = {}
    n_of = Counter(outlets.values())
    outlets_of_key: dict[str, set] = {}
    for doc, ks in keys.items():
        o = outlets.get(doc, "unknown")
        per_outlet.setdefault(o, Counter()).update(ks)
        for k in ks:
            outlets_of_key.setdefault(k, set()).add(o)
    rows = []
    for o, counts in per_outlet.items():
        if o in ("unknown", "", "other"):
            continue
        need = max(min_articles, math.ceil(min_share * n_of[o]))
        for k, c in counts.items():
            if c >= need and outlets_of_key[k] == {o}:
                rows.append(dict(outlet=o, key=k, articles=c, outlet_articles=n_of[o]))
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values(["outlet", "articles", "key"], ascending=[True, False, True], kind="stable").reset_index(drop=True)


# --- bylines ----------------------------------------------------------------------------------

BYLINE_AUDIT_COLUMNS = ["doc_id", "field", "part", "action", "rule", "reason", "name"]
def _byline_rules(res: Resources) -> tuple[list[tuple[str, str, re.Pattern, str]], re.Pattern]:
    """The rules of ``byline_rules.csv`` compiled, and where a field splits into parts: "," ";" "&" and the words
    that join two speakers (``speech_cues.csv`` position ``joint``: "dan", "serta")."""
    cues = res.table("speech_cues.csv")
    joint = sorted(cues.loc[cues["position"].str.strip() == "joint", "cue"].str.strip(), key=len, reverse=True)
    split = re.compile(r"\s*(?:[,;&]" + "".join(r"|\s+" + re.escape(w) + r"\s+" for w in joint) + r")\s*")
    t = res.table("byline_rules.csv")
    bad = sorted(set(t["match"].str.strip()) - {"part", "prefix", "suffix"})
    if bad:
        raise ValueError(f"byline_rules.csv: unknown match {bad} (part, prefix or suffix)")
    return [(r.rule_id.strip(), r.match.strip(), re.compile(r.pattern.strip(), re.IGNORECASE), str(r.reason).strip())
            for r in t.itertuples(index=False)], split


def read_byline(value: str, *, resources: Resources | None = None) -> tuple[list[str], list[dict]]:
    """The names in a byline field, by the rules of ``byline_rules.csv``, with a row for every part.

    The field is split at "," ";" "&" and the words that join two speakers (``speech_cues.csv`` ``joint``: "dan");
    each part is dropped (a ``part`` rule: a web address, a label,
    a photo credit ...), cut (a ``prefix`` or ``suffix`` rule: "Ridwan Arifin -detikOto" -> Ridwan Arifin) or kept
    as it is. A name written twice is kept once.

    Parameters
    ----------
    value : str
        The field as given ("Reporter, Editor, Nadiyas Utami Pratiwi").
    resources : Resources, optional
        Whose ``byline_rules.csv``; the kit's by default.

    Returns
    -------
    (list of str, list of dict)
        The names in order, and one row per part: ``part, action`` ("kept", "cut", "dropped"), ``rule, reason,
        name`` (empty when dropped).

    Examples
    --------
    >>> read_byline("Https, Www.Facebook.Com Cnnindonesia")[0]
    []
    >>> read_byline("Kompas Cyber Media, Kompas.Com Yohana Artha Uly, Ridwan Arifin - detikOto")[0]
    ['Yohana Artha Uly', 'Ridwan Arifin']
    """
    res = resources if resources is not None else load_resources()
    rules, split = res.memo("byline_rules", _byline_rules)
    names: list[str] = []
    rows: list[dict] = []
    for part in split.split(str(value or "").strip()):
        if not part:
            continue
        name, action, used = part, "kept", []
        for rule_id, match, rx, reason in rules:
            if match == "part":
                if rx.fullmatch(name):
                    name, action, used = "", "dropped", [(rule_id, reason)]
                    break
                continue
            m = rx.match(name) if match == "prefix" else rx.search(name)
            if m and (name[m.end():] if match == "prefix" else name[:m.start()]).strip():
                name = (name[m.end():] if match == "prefix" else name[:m.start()]).strip()
                action = "cut"
                used.append((rule_id, reason))
        rows.append(dict(part=part, action=action, rule="; ".join(r for r, _ in used),
                         reason="; ".join(w for _, w in used), name=name))
        if name and name not in names:
            names.append(name)
    return names, rows


def byline_audit(corpus: pd.DataFrame, *, fields: tuple[str, ...] = ("author", "editor"),
                 resources: Resources | None = None) -> pd.DataFrame:
    """Every part of every article's byline fields, with what :func:`read_byline` did to it and why.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus` (its ``author`` and ``editor`` are the fields as given).
    fields : tuple of str, default ("author", "editor")
        The columns to read.
    resources : Resources, optional
        The corpus's own by default (its folder's ``byline_rules.csv`` rows added to the kit's).

    Returns
    -------
    pandas.DataFrame
        ``doc_id, field, part, action, rule, reason, name``: one row per part ("kept", "cut" or "dropped").

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "author": ["Reporter, Ani -detikNews"], "editor": [""]})
    >>> byline_audit(c)[["part", "action", "name"]].values.tolist()
    [['Reporter', 'dropped', ''], ['Ani -detikNews', 'cut', 'Ani']]
    """
    res = resources if resources is not None else resources_of(corpus)
    rows = []
    for r in corpus.sort_values("doc_id", kind="stable").itertuples(index=False):
        for f in fields:
            for row in read_byline(getattr(r, f, ""), resources=res)[1]:
                rows.append(dict(doc_id=r.doc_id, field=f, **row))
    return pd.DataFrame(rows, columns=BYLINE_AUDIT_COLUMNS)
