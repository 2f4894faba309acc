"""Corpus: read a folder of articles (and an optional manifest) into one table, never changing it.

A corpus folder holds ``.txt`` files, one article each, and optionally ``manifest.csv`` with at
least a ``file`` column (and any of ``doc_id, outlet, title, date, url, author``). Manifest
values win over what is inferred from the text (dateline, byline, credits, footer).
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import warnings
from pathlib import Path

import pandas as pd

from .clean import canonical_outlet, clean_article, read_byline
from .clean import learn_boilerplate as _learn_table
from .errors import CorpusError, check_option
from .resources import Resources, load_resources
from .text import calendar, count_words, find_dates, normalize

__all__ = ["CorpusError", "load_corpus", "read_article", "CORPUS_COLUMNS"]

CORPUS_COLUMNS = ["doc_id", "outlet", "title", "pub_date", "event_date", "url", "author", "editor", "authors", "editors",
                  "file", "text",
                  "raw", "n_words", "n_lines", "encoding", "outlet_source", "pub_date_raw", "pub_date_precision",
                  "pub_date_source", "pub_date_kind", "event_date_source", "credits"]
_MANIFEST_FIELDS = ["doc_id", "outlet", "title", "pub_date", "event_date", "url", "author", "editor"]


def read_article(path: str | Path) -> tuple[str, str, str | None]:
    """Read and decode one article file without changing it.

    UTF-8 (with or without BOM) and UTF-16 (with or without BOM) are decoded; other bytes fall
    back to cp1252 with a warning (:func:`decode_bytes`). Empty, whitespace-only and binary (NUL
    bytes that are not UTF-16 text) files are errors.

    Parameters
    ----------
    path : str or Path
        The file.

    Returns
    -------
    tuple
        ``(text, encoding, warning)``; ``warning`` is None or a sentence naming the file.

    Raises
    ------
    CorpusError
        Empty, whitespace-only or binary file (the message names the file).

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "a.txt")
    >>> _ = open(p, "wb").write(b"\\xef\\xbb\\xbfHalo.")
    >>> read_article(p)[:2]
    ('Halo.', 'utf-8-sig')
    """
    path = Path(path)
    data = path.read_bytes()
    name = path.name
    if not data:
        raise CorpusError(f"{name}: empty file", [(name, "empty file")])
    text, enc, warn = decode_bytes(data, name)
    if not text.strip():
        raise CorpusError(f"{name}: only whitespace", [(name, "empty file (whitespace only)")])
    return text, enc, warn


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" / "utf-16-be" when the NUL bytes sit where UTF-16 text puts them, else None."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    z_even, z_odd = even.count(0) / len(even), odd.count(0) / max(1, len(odd))
    if z_odd > 0.3 and z_even < 0.05:
        return "utf-16-le"
    if z_even > 0.3 and z_odd < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, name: str) -> tuple[str, str, str | None]:
    r"""Decode a file's bytes and say truthfully how: UTF-8 (BOM or not), UTF-16 (BOM or not), else cp1252.

    Parameters
    ----------
    data : bytes
        The file's content.
    name : str
        The file's name, for messages.

    Returns
    -------
    tuple
        ``(text, encoding, warning)``: ``encoding`` is one of ``utf-8``, ``utf-8-sig``, ``utf-16``
        (with a BOM), ``utf-16-le`` / ``utf-16-be`` (without one), ``cp1252``, ``latin-1``;
        ``warning`` is None or a sentence naming the file.

    Raises
    ------
    CorpusError
        Binary content (NUL bytes that are not UTF-16 text), or UTF-16 that cannot be decoded.

    Examples
    --------
    >>> decode_bytes("Halo.".encode("utf-16-le"), "a.txt")[:2]
    ('Halo.', 'utf-16-le')
    >>> decode_bytes(b"caf\xe9", "a.txt")[1:]
    ('cp1252', 'a.txt: not valid UTF-8; decoded as cp1252 (check accented characters)')
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig", None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{name}: UTF-16 BOM but undecodable ({exc.reason})",
                              [(name, "undecodable UTF-16")]) from exc
    if b"\x00" in data:
        enc = _utf16_without_bom(data)
        if enc:
            try:
                return data.decode(enc), enc, None
            except UnicodeDecodeError:
                pass
        raise CorpusError(f"{name}: binary file (NUL bytes), not text", [(name, "binary file (NUL bytes)")])
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        try:
            text, enc = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, enc = data.decode("latin-1"), "latin-1"
        return text, enc, f"{name}: not valid UTF-8; decoded as {enc} (check accented characters)"


def _read_manifest(folder: Path) -> pd.DataFrame | None:
    path = folder / "manifest.csv"
    if not path.is_file():
        return None
    try:
        m = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except Exception as exc:  # pandas raises several parser errors
        raise CorpusError(f"manifest.csv: cannot be read as CSV ({exc})", [("manifest.csv", str(exc))]) from exc
    m.columns = [c.strip().lower() for c in m.columns]
    if "date" in m.columns and "pub_date" not in m.columns:  # a manifest's "date" is its publication date
        m = m.rename(columns={"date": "pub_date"})
    if "file" not in m.columns:
        raise CorpusError(f"manifest.csv: no 'file' column (columns: {list(m.columns)})",
                          [("manifest.csv", "no 'file' column")])
    return m


_QUOTED = re.compile(r'"[^"\n]*"')


def _credit_before(res: Resources) -> re.Pattern | None:
    """A credit to another medium (citation_cues.csv: "dikutip dari Motosan,", "Dilansir dari Antara pada") ending
    within its clause right before a date: that date is when the medium was quoted, not the event's."""
    t = res.table("citation_cues.csv")
    pats = [p for p in t["pattern"].astype(str) if "(?P<" not in p]  # not the patterns that capture a name
    if not pats:
        return None
    return re.compile(r"(?:" + "|".join(pats) + r")[^.!?\n\"]{0,60}$", re.IGNORECASE)


def _date_outside_quotes(text: str, resources: Resources) -> dict | None:
    """The first full date of the body that is not inside a quotation (a quoted date is someone's words), not a
    date of birth ("Pria kelahiran Bandung, 21 Januari 1968": :func:`helpers.find_dates`) and not the date of a
    credit to another medium ("kata Bagnaia dikutip dari Motosan, Rabu (18/6/2025)": when it was quoted)."""
    norm = normalize(text)
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(norm)]
    credit = resources.memo("credit_before_date", _credit_before)
    for d in find_dates(text, resources=resources):
        if d["date"] and not d["birth"] and not any(a <= d["start"] < b for a, b in quoted):
            if credit is not None and credit.search(norm[max(0, d["start"] - 120):d["start"]]):
                continue
            return d
    return None


def _record(raw: str, man: dict, rel: str, default_id: str, enc: str, resources: Resources,
            max_heading_words: int, learned: frozenset = frozenset()) -> tuple[dict | None, str]:
    """Clean one article and merge its metadata (given values win over inferred ones)."""
    res = clean_article(raw, max_heading_words=max_heading_words, resources=resources, learned=learned)
    if not res.text.strip():
        from collections import Counter

        counts = Counter(r["label"] for r in res.rows)
        why = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        return None, f"cleans to nothing: all {len(res.rows)} lines removed ({why})"
    md = res.metadata
    first_date = _date_outside_quotes(res.text, resources)
    rec = dict(
        doc_id=man.get("doc_id") or default_id,
        outlet=canonical_outlet(man["outlet"], resources=resources) if "outlet" in man else md.get("outlet", "unknown"),
        title=man.get("title") or md.get("title", ""),
        pub_date=pd.NaT,
        event_date=man.get("event_date") or (first_date["date"] if first_date else ""),
        url=man.get("url", ""),
        author=man.get("author") or md.get("author", ""),
        editor=man.get("editor") or md.get("editor", ""),
        file=rel,
        text=res.text,
        raw=raw,
        n_words=count_words(res.text),
        n_lines=len(res.rows),
        encoding=enc,
        outlet_source=man.get("outlet_source", "manifest") if "outlet" in man else md.get("outlet_source", "none"),
        pub_date_raw=man.get("pub_date", ""),
        pub_date_precision="",
        pub_date_source=man.get("pub_date_source", "manifest") if man.get("pub_date") else "none",
        pub_date_kind="",
        event_date_source=("manifest" if man.get("event_date") else
                           f"text: {first_date['text']}" if first_date else "none"),
        credits="; ".join(md.get("credits", [])),
        _keys=res.keys,
        _event_d=None if man.get("event_date") or not first_date else first_date,
        _pub_date_next=man.get("pub_date_next", []),
    )
    for field in ("author", "editor"):  # the names in the field as given (byline_rules.csv; the field is kept)
        rec[field + "s"] = "; ".join(read_byline(rec[field], resources=resources)[0])
    return rec, ""


def _column_candidates(columns, resources: Resources) -> dict[str, list[str]]:
    """Every column present for each field, in the order of input_columns.csv (a row empty in one takes the next)."""
    table = resources.table("input_columns.csv")
    lower = {str(c).strip().lower(): c for c in columns}
    out: dict[str, list[str]] = {}
    for name, fld in zip(table["name"], table["field"]):
        if name.strip().lower() in lower and lower[name.strip().lower()] not in out.get(fld, []):
            out.setdefault(fld, []).append(lower[name.strip().lower()])
    return out


def _clean_batch(items: list, corpus_dir: Path, max_heading_words: int, learned: frozenset = frozenset()
                 ) -> list[tuple]:
    resources = load_resources(corpus_dir)  # in a worker process: built once there, then cached
    return [_record(raw, man, rel, default_id, enc, resources, max_heading_words, learned) + (rel,)
            for raw, man, rel, default_id, enc in items]


def _clean_all(items: list, corpus_dir: Path, max_heading_words: int, n_jobs: int, problems: list,
               progress: bool = False, learn: bool = True) -> tuple[list[dict], list[dict]]:
    """Clean every article (in ``n_jobs`` processes when asked); bad ones go to ``problems``.

    Two passes when ``learn``: the lines no rule recognised are counted per outlet
    (:func:`helpers.clean.learn_boilerplate`), and the articles holding a line learned as an
    outlet's boilerplate are cleaned again with it. Returns the records and the learned lines.
    """
    results = _clean_pass(items, corpus_dir, max_heading_words, n_jobs, progress, frozenset())
    learned_rows: list[dict] = []
    if learn:
        ok = [(k, rec) for k, (rec, _, _) in enumerate(results) if rec is not None]
        table = _learn_table({k: rec["_keys"] for k, rec in ok}, {k: rec["outlet"] for k, rec in ok})
        learned_rows = table.to_dict("records")
        learned = frozenset(table["key"])
        again = [k for k, rec in ok if rec["_keys"] & learned]
        if again:
            redo = _clean_pass([items[k] for k in again], corpus_dir, max_heading_words, n_jobs, False, learned)
            for k, r in zip(again, redo):
                results[k] = r
    records = []
    for rec, why, rel in results:
        if rec is None:
            problems.append((rel, why))
        else:
            rec.pop("_keys", None)
            records.append(rec)
    return records, learned_rows


def _clean_pass(items: list, corpus_dir: Path, max_heading_words: int, n_jobs: int, progress: bool,
                learned: frozenset) -> list[tuple]:
    if n_jobs == 1 or len(items) < 200:
        from tqdm import tqdm

        results = [r for b in tqdm([items[i:i + 100] for i in range(0, len(items), 100)], desc="cleaning",
                                   unit="x100 articles", disable=not progress)
                   for r in _clean_batch(b, corpus_dir, max_heading_words, learned)]
    else:
        from joblib import Parallel, delayed

        size = max(50, len(items) // (4 * (n_jobs if n_jobs > 0 else 2)))
        batches = [items[i:i + size] for i in range(0, len(items), size)]
        parts = Parallel(n_jobs=n_jobs)(delayed(_clean_batch)(b, corpus_dir, max_heading_words, learned)
                                        for b in batches)
        results = [r for part in parts for r in part]
    return results


def _not_an_article(p: Path, root: Path) -> str:
    """Why an entry named ``*.txt`` cannot be read as an article of this folder ("" when it can)."""
    try:
        target = p.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # a broken link, or a link loop
        return f"cannot be followed ({'a symlink loop' if 'loop' in str(exc).lower() or isinstance(exc, RuntimeError) else 'a broken link'})"
    if not target.is_relative_to(root):
        return f"a link to a file outside the corpus folder ({target}); copy the file in instead"
    if target.is_dir():
        return "a folder, not a file"
    if not target.is_file():
        return "not a regular file"
    return ""


_SEPARATORS = (",", ";", "\t")
_TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".xlsx", ".parquet")


def _is_tab_table(path: Path) -> bool:
    """A single .txt file that is a tab-separated table with a text column (Excel's "Unicode text")."""
    try:
        text, _, _ = decode_bytes(path.read_bytes()[:20000], path.name)
    except CorpusError:
        return False
    header = [h.strip().lower() for h in text.split("\n", 1)[0].split("\t")]
    names = {n.strip().lower() for n in _text_names(load_resources(path.parent))}
    return len(header) > 1 and bool(names & set(header))


def _separator(text: str, path: Path) -> str:
    """The field separator of a CSV/TSV text: the candidate that splits the header most, its count
    steady over the first records (Excel in an Indonesian locale writes ";")."""
    import csv

    if path.suffix.lower() == ".tsv":
        return "\t"
    sample = text[:20000]
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(_SEPARATORS)).delimiter
    except csv.Error:
        header = sample.split("\n", 1)[0]
        return max(_SEPARATORS, key=lambda c: (header.count(c), c == ","))


def _csv_rows(text: str, sep: str, name: str, problems: list) -> list[tuple[int, dict]]:
    """Records of a CSV text with the physical line each starts on (a quoted field may span lines)."""
    import csv
    import io

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        return []
    except csv.Error as exc:
        raise CorpusError(f"{name} line 1: cannot be read as CSV ({exc})", [(f"{name} line 1", str(exc))]) from exc
    rows = []
    start = reader.line_num + 1
    k = 0
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append((f"{name} line {start}", f"cannot be read as CSV ({exc})"))
            start = reader.line_num + 1
            continue
        k += 1
        if any(x.strip() for x in rec):
            if len(rec) != len(header):
                sep_name = {",": "comma", ";": "semicolon", "\t": "tab"}[sep]
                problems.append((f"{name} line {start} (record {k})",
                                 f"{len(rec)} fields where the header has {len(header)} ({sep_name}-separated)"))
            else:
                rows.append((start, dict(zip(header, rec))))
        start = reader.line_num + 1
    return rows


def _xlsx_rows(path: Path, sheet) -> list[tuple[int, dict]]:
    """Rows of an Excel workbook's first (or named) sheet, numbered as Excel numbers them."""
    try:
        frame = pd.read_excel(path, sheet_name=0 if sheet is None else sheet, dtype=str, keep_default_na=False)
    except ValueError as exc:
        raise CorpusError(f"{path.name}: {exc}", [(path.name, str(exc))]) from exc
    except Exception as exc:  # a damaged workbook: openpyxl raises several kinds
        raise CorpusError(f"{path.name}: cannot be read as an Excel workbook ({exc})", [(path.name, str(exc))]) from exc
    frame.columns = [str(c).strip() for c in frame.columns]
    return [(i + 2, rec) for i, rec in enumerate(frame.to_dict("records"))]  # row 1 is the header


def _parquet_rows(path: Path) -> list[tuple[int, dict]]:
    """Rows of a Parquet table (pyarrow), numbered from 1, every value as text."""
    try:
        frame = pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises several kinds for a damaged file
        raise CorpusError(f"{path.name}: cannot be read as Parquet ({exc})", [(path.name, str(exc))]) from exc
    frame.columns = [str(c).strip() for c in frame.columns]
    rows = []
    for i, rec in enumerate(frame.to_dict("records"), 1):
        rows.append((i, {k: ("" if v is None or (isinstance(v, float) and v != v) else
                             v if isinstance(v, (str, list)) else str(v)) for k, v in rec.items()}))
    return rows


def _load_table_file(path: Path, *, errors: str, max_heading_words: int, n_jobs: int = 1,
                     progress: bool = False, learn_boilerplate: bool = True, dates: dict | None = None,
                     sheet=None, tab: bool = False) -> pd.DataFrame:
    """Load a .csv/.tsv/.jsonl/.xlsx/.parquet export: one article per row, with the folder's data files."""
    import json

    corpus_dir = path.parent
    problems: list[tuple[str, str]] = []
    warn_msgs: list[str] = []
    data = path.read_bytes()
    if not data.strip():
        raise CorpusError(f"{path.name}: empty file", [(path.name, "empty file")])
    rows: list[tuple[int, dict]] = []
    unit = "line"
    if path.suffix.lower() == ".xlsx":
        text, enc = "", "xlsx"
        rows = _xlsx_rows(path, sheet)
        unit = "row"
    elif path.suffix.lower() == ".parquet":
        text, enc = "", "parquet"
        rows = _parquet_rows(path)
        unit = "row"
    else:
        text, enc, warn = decode_bytes(data, path.name)
        if warn:
            warn_msgs.append(warn)
    if path.suffix.lower() in (".csv", ".tsv") or tab:
        sep = "\t" if tab else _separator(text, path)
        rows = _csv_rows(text, sep, path.name, problems)
        fmt = {",": "comma", ";": "semicolon", "\t": "tab"}[sep]
        format_note = f"{path.name}: {fmt}-separated, {enc}, {len(rows)} rows"
    elif path.suffix.lower() == ".xlsx":
        format_note = f"{path.name}: Excel workbook, {'first sheet' if sheet is None else f'sheet {sheet!r}'}, {len(rows)} rows"
    elif path.suffix.lower() == ".parquet":
        format_note = f"{path.name}: Parquet table, {len(rows)} rows"
    else:
        format_note = f"{path.name}: JSON lines, {enc}"
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        # split on line feeds only: str.splitlines() also breaks inside a JSON string at U+2028,
        # U+0085 ..., which would cut one record in two and shift every later line number
        for i, line in enumerate(text.split("\n"), 1):
            line = line.rstrip("\r")
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append((f"{path.name} line {i}", f"not valid JSON ({exc.msg})"))
                continue
            if not isinstance(obj, dict):
                problems.append((f"{path.name} line {i}", "not a JSON object"))
                continue
            rows.append((i, obj))
    if not rows and not problems:
        raise CorpusError(f"{path.name}: no articles", [(path.name, "no rows")])
    resources = load_resources(corpus_dir)
    candidates = _column_candidates(set().union(*(r.keys() for _, r in rows)) if rows else [], resources)
    cols = {fld: names[0] for fld, names in candidates.items()}
    if rows and "text" not in cols:
        raise CorpusError(f"{path.name}: no text column (looked for {', '.join(sorted(_text_names(resources)))})",
                          [(path.name, "no text column")])
    items = []
    for n, row in rows:
        where = f"{path.name} {unit} {n}"
        raw = row.get(cols["text"])
        if raw is None or (isinstance(raw, float) and raw != raw) or not str(raw).strip():
            problems.append((where, "no text"))
            continue
        raw = str(raw)
        if "\x00" in raw:
            problems.append((where, "binary content (NUL characters) in the text"))
            continue
        man, used, filled = {}, {}, {}
        for fld in _MANIFEST_FIELDS:
            for col in candidates.get(fld, []):
                v = row.get(col)
                if isinstance(v, list):
                    v = ", ".join(map(str, v))
                if v is not None and str(v).strip() and str(v).strip().lower() not in ("nan", "none", "null"):
                    filled.setdefault(fld, []).append((col, str(v).strip()))
            if filled.get(fld):
                used[fld], man[fld] = filled[fld][0]
        if "pub_date" in man:
            man["pub_date_source"] = f"column '{used['pub_date']}'"
            man["pub_date_next"] = filled["pub_date"][1:]  # read when this column's date cannot be
        if "outlet" in man:
            man["outlet_source"] = f"column '{used['outlet']}'"
        items.append((raw, man, where, f"{path.stem}_{n:05d}", enc))
    records, learned = _clean_all(items, corpus_dir, max_heading_words, n_jobs, problems, progress, learn_boilerplate)
    df = _finish(records, problems, warn_msgs, path, corpus_dir, errors, max_heading_words, learned, dates or {})
    df.attrs["format"] = format_note
    return df


def _text_names(resources: Resources) -> list[str]:
    t = resources.table("input_columns.csv")
    return list(t.loc[t["field"] == "text", "name"])


def load_corpus(
    path: str | Path = "corpus",
    *,
    errors: str = "raise",
    max_heading_words: int = 12,
    n_jobs: int = 1,
    progress: bool = False,
    learn_boilerplate: bool = True,
    zone: str = "Asia/Jakarta",
    dayfirst: bool = True,
    earliest_year: int = 1990,
    sheet: str | int | None = None,
) -> pd.DataFrame:
    """Load a folder of articles: one row per article, cleaned, with metadata, sorted by doc_id.

    Parameters
    ----------
    path : str or Path, default "corpus"
        A folder of ``.txt`` files with an optional ``manifest.csv``; it may also hold its own
        data files (``cleaning_rules.csv``, ``aliases.csv``, ``outlets.csv`` ...). Or a single
        ``.csv`` / ``.jsonl`` file, one article per row, with a ``text`` column and optional
        ``id, outlet, title, date, url, author`` (``date`` = the publication date; other common names are mapped by
        ``helpers/data/input_columns.csv``: ``content``, ``source``, ``media_name``,
        ``publish_date`` ...); the file's folder supplies the data files. A row without text, or a
        JSONL line that is not a JSON object, is a bad input named by its line number.
    errors : {"raise", "skip"}, default "raise"
        ``"raise"``: raise :class:`CorpusError` listing every bad file with its reason.
        ``"skip"``: load the good articles, warn, and list what was skipped in
        ``df.attrs["skipped"]`` (a list of ``{"file", "reason"}``); if none is good, raise.
    max_heading_words : int, default 12
        Longest unpunctuated line still read as a heading (see :func:`helpers.clean_lines`).
    n_jobs : int, default 1
        Processes for cleaning (joblib; -1 = all cores). The result is the same; on two cores
        the gain is small (see the README's performance section).
    progress : bool, default False
        Show a progress bar (tqdm, on stderr) while cleaning.
    learn_boilerplate : bool, default True
        Drop lines that recur in many articles of one outlet and in no other outlet (rule
        ``repeated_in_outlet``; :func:`helpers.clean.learn_boilerplate`). The lines learned are in
        ``df.attrs["learned_boilerplate"]`` and shown in notebook 00; to keep one, add a ``keep``
        line rule for it to the folder's ``cleaning_rules.csv``, or pass False.
    zone : str, default "Asia/Jakarta"
        Time zone of a publication time written without a zone word (WIB/WITA/WIT) or offset.
    dayfirst : bool, default True
        Read numeric dates such as 10/06/2025 day first (the Indonesian convention).
    earliest_year : int, default 1990
        A publication date before this year is reported as doubtful.
    sheet : str or int, optional
        For an ``.xlsx`` workbook, the sheet to read (name or 0-based position); the first by default.

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id, outlet, title, pub_date, event_date, url, author, editor, authors, editors, file, text, raw,
        n_words, n_lines, encoding, outlet_source, pub_date_raw, pub_date_precision, pub_date_source,
        pub_date_kind, event_date_source, credits``. ``authors`` and ``editors`` are the names in ``author`` and
        ``editor`` (as given), read by the rules of ``byline_rules.csv`` and joined by "; "
        (:func:`helpers.clean.read_byline`; :func:`helpers.clean.byline_audit` says why each part went). ``pub_date`` is the publication date from a manifest or an
        export's date column, read by :func:`helpers.dates.parse_date` into a UTC timestamp (NaT
        when none is given or it cannot be read; ``pub_date_raw`` keeps the string,
        ``pub_date_precision`` says "day", "minute" or "second"; ``pub_date_kind`` is "updated" where the string
        says the date is a last update, "Diperbarui 20 Des 2024, 19:59 WIB", "published" where it says publication,
        "Tayang: ...", and "" where it says neither: ``calendar.csv`` ``date_label``). ``event_date`` (ISO, a local
        date) is the manifest's ``event_date`` or else the first full date of the body outside
        quotations that is no date of birth ("kelahiran Bandung, 21 Januari 1968"); when the weekday written with
        it contradicts it and a publication date is known, the one date from 10 days before to 2 after publication
        with that day of the month and that weekday ("Rabu (18/5/2025)" in an article of 18 June 2025 is
        2025-06-18: a typed month), and ``event_date_source`` says so; ``*_source`` says where each came from. ``credits`` lists the source and
        photo credits cleaning set aside (``"source_credit:trtworld.com; photo_credit:REUTERS"``).
        ``raw`` is the decoded file, ``text`` the cleaned body (one paragraph a line). ``outlet``
        is "unknown" when nothing says. Doubtful dates (unreadable, impossible, after loading,
        before ``earliest_year``, a weekday that contradicts the date, day/month ambiguity) are
        warnings naming the file and the value; no article is dropped for its date. ``df.attrs`` holds
        ``corpus_dir``, ``skipped``, ``warnings`` and ``learned_boilerplate``.

    Raises
    ------
    CorpusError
        Missing or empty folder, unreadable manifest, or (with ``errors="raise"``) any bad file.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("KOMPAS.com - Putin tiba.\\nBaca juga: X\\n", encoding="utf-8")
    >>> load_corpus(folder)[["doc_id", "outlet", "text", "n_words"]].values.tolist()
    [['a', 'Kompas.com', 'Putin tiba.', 2]]
    """
    check_option("errors", errors, ("raise", "skip"))
    dates = dict(zone=zone, dayfirst=dayfirst, earliest_year=earliest_year)
    folder = Path(path)
    if not folder.exists():
        if folder.suffix.lower() in _TABLE_SUFFIXES + (".txt",):
            raise CorpusError(f"file not found: {folder}", [(str(folder), "not found")])
        raise CorpusError(f"corpus folder not found: {folder}", [(str(folder), "not found")])
    if folder.is_file() and folder.suffix.lower() in _TABLE_SUFFIXES:
        return _load_table_file(folder, errors=errors, max_heading_words=max_heading_words, n_jobs=n_jobs,
                                progress=progress, learn_boilerplate=learn_boilerplate, dates=dates, sheet=sheet)
    if folder.is_file() and folder.suffix.lower() == ".txt" and _is_tab_table(folder):
        # Excel's "Unicode text" export: a tab-separated table (UTF-16) saved as .txt
        return _load_table_file(folder, errors=errors, max_heading_words=max_heading_words, n_jobs=n_jobs,
                                progress=progress, learn_boilerplate=learn_boilerplate, dates=dates, tab=True)
    if folder.is_file() and folder.suffix.lower() == ".xls":
        raise CorpusError(f"{folder.name}: an old Excel (.xls) workbook; save it as .xlsx or CSV",
                          [(str(folder), "old Excel format")])
    if not folder.is_dir():
        raise CorpusError(f"not a folder: {folder} (give a folder of .txt files, or a .csv, .tsv, .jsonl, .xlsx or "
                          ".parquet file)", [(str(folder), "not a folder")])
    root = folder.resolve()
    problems: list[tuple[str, str]] = []
    warn_msgs: list[str] = []
    files = []
    for p in sorted(folder.iterdir()):
        if p.suffix.lower() != ".txt":
            continue
        why = _not_an_article(p, root)
        if why:
            problems.append((p.name, why))
        else:
            files.append(p)
    manifest = _read_manifest(folder)
    meta_by_file: dict[str, dict] = {}
    listed_at: dict[str, int] = {}
    if manifest is not None:
        for i, row in enumerate(manifest.to_dict("records"), start=2):
            fname = str(row.get("file", "")).strip()
            if not fname:
                problems.append((f"manifest.csv line {i}", "empty 'file' value"))
                continue
            if fname in listed_at:
                why = f"manifest.csv lines {listed_at[fname]} and {i} both list it"
                if errors == "raise":
                    problems.append((fname, why))
                else:
                    warn_msgs.append(f"{fname}: {why}; line {listed_at[fname]} is used")
                continue
            listed_at[fname] = i
            target = (folder / fname).resolve()
            if Path(fname).is_absolute() or not target.is_relative_to(root):
                problems.append((fname, f"manifest.csv line {i}: path escapes the corpus folder"))
                continue
            if not target.is_file():
                warn_msgs.append(f"{fname}: manifest.csv line {i} lists it, but there is no such file")
                continue
            if target.parent != root:
                files.append(target)
            meta_by_file[target.name if target.parent == root else str(target.relative_to(root))] = row
    if manifest is not None:
        unlisted = sorted(f.name for f in files if f.parent.resolve() == root and f.name not in meta_by_file)
        if unlisted:
            warn_msgs.append(f"{len(unlisted)} .txt file(s) not in manifest.csv, loaded with inferred metadata: "
                             + ", ".join(unlisted[:10]) + (" ..." if len(unlisted) > 10 else ""))
    if not files:
        tables = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in _TABLE_SUFFIXES and p.is_file())
        hint = (f" (it holds {', '.join(tables)}: give that file as the corpus, e.g. {folder / tables[0]})"
                if tables else "")
        lines = "".join(f"\n  - {f}: {why}" for f, why in problems)
        raise CorpusError(f"no .txt articles in {folder}{hint}{lines}", problems + [(str(folder), "no .txt files")])
    load_resources(folder)  # a broken data file in the folder fails here, before any article is read
    items = []
    for f in sorted(set(files)):
        rel = f.name if f.parent.resolve() == root else str(f.resolve().relative_to(root))
        try:
            raw, enc, warn = read_article(f)
        except CorpusError as exc:
            problems.append((rel, exc.problems[0][1] if exc.problems else str(exc)))
            continue
        except OSError as exc:
            problems.append((rel, f"cannot be read ({exc.strerror})"))
            continue
        if warn:
            warn_msgs.append(warn)
        man = {k: str(v).strip() for k, v in meta_by_file.get(rel, {}).items() if str(v).strip()}
        items.append((raw, man, rel, f.stem, enc))
    records, learned = _clean_all(items, folder, max_heading_words, n_jobs, problems, progress, learn_boilerplate)
    df = _finish(records, problems, warn_msgs, folder, folder, errors, max_heading_words, learned, dates)
    df.attrs["format"] = f"{folder.name}: a folder of {len(records)} .txt files" + (" with manifest.csv" if manifest is not None else "")
    return df


# how far before (and after) its publication date an article's event date is looked for when the weekday written with
# it contradicts it: a typed month or year ("Rabu (18/5/2025)" in an article of 18 June 2025) is read as the one date in
# that span with the same day of the month and the written weekday
_MEND_DAYS = (-10, 2)


def _mended_event_date(rec: dict, zone: str, corpus_dir: Path) -> None:
    """An event date from the text whose written weekday contradicts it, read as the one date near the publication
    date with that day of the month and that weekday (a typed month or year), with its source saying so."""
    d = rec.get("_event_d")
    if not d or d.get("weekday_ok") is not False or pd.isna(rec["pub_date"]):
        return
    wd = calendar(load_resources(corpus_dir)).weekday_num.get(str(d["weekday_written"]).lower())
    pub = pd.Timestamp(rec["pub_date"]).tz_convert(zone).date()
    near = [pub + dt.timedelta(days=k) for k in range(_MEND_DAYS[0], _MEND_DAYS[1] + 1)]
    fits = [x for x in near if x.day == d["day"] and x.isoweekday() == wd]
    if len(fits) == 1 and fits[0].isoformat() != rec["event_date"]:
        rec["event_date_source"] = (f"text: {d['text']}, read as {fits[0].isoformat()} (a typed month or year: "
                                    f"{rec['event_date']} was not a {d['weekday_written']}, {fits[0].isoformat()} was, "
                                    "near the publication date)")
        rec["event_date"] = fits[0].isoformat()


def _pub_dates(records: list[dict], warn_msgs: list, corpus_dir: Path, dates: dict) -> None:
    """Parse every record's publication date in place; doubtful dates become warnings, no article is dropped."""
    from .dates import parse_dates

    for rec in records:  # an event date given in a manifest is checked like a publication date
        if rec["event_date_source"] == "manifest":
            p = parse_dates([rec["event_date"]], resources=load_resources(corpus_dir), **dates).iloc[0]
            if pd.isna(p["pub_date"]) or p["problem"]:
                warn_msgs.append(f"{rec['file']}: event date {rec['event_date']!r} in the manifest: "
                                 f"{p['problem'] or 'unreadable'} (the article is kept)")
                if pd.isna(p["pub_date"]):
                    rec["event_date"], rec["event_date_source"] = "", "none (the manifest's value is unreadable)"
    if not any(r["pub_date_raw"] for r in records):
        return
    res = load_resources(corpus_dir)
    parsed = list(parse_dates([r["pub_date_raw"] for r in records], resources=res, **dates).itertuples(index=False))
    labels = res.memo("date_labels", _date_label_re)
    _next_date_column(records, parsed, res, dates, warn_msgs)
    n_amb = 0
    for rec, p in zip(records, parsed):
        rec["pub_date"] = p.pub_date
        rec["pub_date_precision"] = p.precision
        rec["pub_date_kind"] = _date_kind(rec["pub_date_raw"], labels) if pd.notna(p.pub_date) else ""
        _mended_event_date(rec, dates.get("zone", "Asia/Jakarta"), corpus_dir)
        if p.problem:
            kept = "kept" if pd.notna(p.pub_date) else "kept without a pub_date"
            warn_msgs.append(f"{rec['file']}: publication date {p.raw!r}: {p.problem} (the article is {kept})")
        n_amb += bool(p.ambiguous)
    if n_amb:
        order = "day-first (dayfirst=True)" if dates.get("dayfirst", True) else "month-first (dayfirst=False)"
        warn_msgs.append(f"{n_amb} publication date(s) such as 10/06/2025 could be read either way; read {order}")


def _next_date_column(records: list[dict], parsed: list, res: Resources, dates: dict, warn_msgs: list) -> None:
    """Where a row's first date column holds no readable date, read the next one that does (in place).

    An export may carry the page's own string ("date_raw") beside a scraper's reading ("date"); a string
    such as "id timestamp 1490674536" gives no date, and the other column's date is then used, with one
    warning per pair of columns that says how many rows it concerns.
    """
    from .dates import parse_dates

    moved: dict[tuple[str, str], list[str]] = {}
    pending = [k for k, (rec, p) in enumerate(zip(records, parsed)) if pd.isna(p.pub_date) and rec.get("_pub_date_next")]
    level = 0
    while pending:
        values = [records[k]["_pub_date_next"][level][1] for k in pending]
        tried = list(parse_dates(values, resources=res, **dates).itertuples(index=False))
        left = []
        for k, q in zip(pending, tried):
            rec = records[k]
            if pd.notna(q.pub_date):
                col = f"column '{rec['_pub_date_next'][level][0]}'"
                moved.setdefault((rec["pub_date_source"], col), []).append(rec["pub_date_raw"])
                rec["pub_date_raw"], rec["pub_date_source"], parsed[k] = q.raw, col, q
            elif len(rec["_pub_date_next"]) > level + 1:
                left.append(k)
        pending, level = left, level + 1
    for (first, second), raws in sorted(moved.items()):
        warn_msgs.append(f"{len(raws)} article(s): {first} gives no full date (e.g. {raws[0]!r}); "
                         f"the date is read from {second}")


def _date_label_re(res: Resources) -> tuple[re.Pattern | None, dict]:
    """The words that say which date a page gives (calendar.csv ``date_label``), compiled, and their kinds."""
    t = res.table("calendar.csv")
    rows = t[t["kind"].str.strip() == "date_label"]
    kinds = {str(n).strip().lower(): str(v).strip() for n, v in zip(rows["name"], rows["value"])}
    if not kinds:
        return None, kinds
    alt = "|".join(re.escape(w) for w in sorted(kinds, key=lambda w: (-len(w), w)))
    return re.compile(r"(?<![\w])(" + alt + r")(?![\w])", re.IGNORECASE), kinds


def _date_kind(raw: str, labels: tuple) -> str:
    """ "updated" or "published" where a date-label word comes before the string's first digit; else ""."""
    pattern, kinds = labels
    if pattern is None or not raw:
        return ""
    m = pattern.search(raw)
    digit = re.search(r"\d", raw)
    return kinds[m.group(1).lower()] if m and (digit is None or m.start() < digit.start()) else ""


def _finish(records: list[dict], problems: list, warn_msgs: list, source: Path, corpus_dir: Path, errors: str,
            max_heading_words: int, learned: list[dict], dates: dict) -> pd.DataFrame:
    folder = source
    _pub_dates(records, warn_msgs, corpus_dir, dates)
    # duplicate doc_ids
    seen: dict[str, str] = {}
    unique = []
    for rec in records:
        if rec["doc_id"] in seen:
            problems.append((rec["file"], f"duplicate doc_id {rec['doc_id']!r} (also {seen[rec['doc_id']]})"))
            continue
        seen[rec["doc_id"]] = rec["file"]
        unique.append(rec)
    if problems and (errors == "raise" or not unique):
        lines = "\n".join(f"  - {f}: {why}" for f, why in problems)
        raise CorpusError(f"{len(problems)} bad input(s) in {folder}:\n{lines}", problems)
    for w in warn_msgs:
        warnings.warn(w, UserWarning, stacklevel=3)
    if problems:
        warnings.warn(
            f"skipped {len(problems)} bad input(s) in {folder}: "
            + "; ".join(f"{f}: {why}" for f, why in problems),
            UserWarning,
            stacklevel=3,
        )
    df = pd.DataFrame(unique, columns=CORPUS_COLUMNS).sort_values("doc_id", kind="stable").reset_index(drop=True)
    df["n_words"] = df["n_words"].astype("int64")
    df["n_lines"] = df["n_lines"].astype("int64")
    df["pub_date"] = pd.to_datetime(df["pub_date"], utc=True)
    df.attrs["corpus_dir"] = str(corpus_dir)
    df.attrs["zone"] = dates.get("zone", "Asia/Jakarta")
    df.attrs["source"] = str(source)
    df.attrs["max_heading_words"] = max_heading_words
    df.attrs["skipped"] = [{"file": f, "reason": why} for f, why in problems]
    df.attrs["warnings"] = warn_msgs
    df.attrs["learned_boilerplate"] = learned
    return df
