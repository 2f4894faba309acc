"""Resources: every editable data table of one corpus folder, merged with the kit's, built once.

Every table the kit uses lives in ``helpers/data/*.csv`` with a ``#`` header saying what it is,
where it came from and which columns are its key (a ``# key: col, col`` line). A corpus folder may
hold a file of the same name with the same columns: its rows with a new key are added (before the
kit's rows, so a cleaning rule of yours is tried first), and a row whose key matches one of the
kit's replaces exactly that row, in place. Nothing else of the kit's table changes. A column the
corpus file leaves out is empty in its rows (the key columns must be there).

:func:`load_resources` builds one :class:`Resources` per folder and keeps it while the folder's
data files and the kit's are unchanged (their contents are fingerprinted on every call), so an
edited or added CSV takes effect on the next call in the same kernel. Analyses take it as
``resources=``; by default each uses its corpus's own (:func:`resources_of`).
"""

from __future__ import annotations

import hashlib
import io
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .errors import CorpusError

__all__ = ["DATA_DIR", "Resources", "load_resources", "resources_of", "read_table", "table_key", "load_table"]

DATA_DIR = Path(__file__).parent / "data"
_CACHE_SIZE = 8  # folders kept at once (a notebook uses one; tests use several)
_CACHE: OrderedDict = OrderedDict()


def read_table(path: str | Path) -> pd.DataFrame:
    """Read one CSV data file, skipping its ``#`` header comment.

    Parameters
    ----------
    path : str or Path
        The CSV file.

    Returns
    -------
    pandas.DataFrame
        All columns as strings, missing cells as "".

    Examples
    --------
    >>> read_table(DATA_DIR / "aliases.csv").columns[0]
    'pattern'
    """
    with open(path, encoding="utf-8-sig") as fh:
        body = "".join(line for line in fh if not line.startswith("#"))
    # the comment lines are removed before parsing: quotes inside them must not confuse the parser
    return pd.read_csv(io.StringIO(body), dtype=str, keep_default_na=False)


def table_key(name: str) -> list[str]:
    """The key columns the kit's table declares in its header (``# key: col, col``).

    Parameters
    ----------
    name : str
        File name in ``helpers/data`` (e.g. ``"calendar.csv"``).

    Returns
    -------
    list of str
        Column names; a corpus row with the same values in them replaces the kit's row.

    Examples
    --------
    >>> table_key("calendar.csv")
    ['kind', 'name']
    """
    with open(DATA_DIR / name, encoding="utf-8-sig") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            body = line.lstrip("#").strip()
            if body.lower().startswith("key:"):
                cols = body[4:].split("(")[0]  # "# key: kind, name (explanation)"
                return [c.strip() for c in cols.split(",") if c.strip()]
    raise ValueError(f"helpers/data/{name} declares no key (a '# key: column, ...' header line)")


def _merge(name: str, base: pd.DataFrame, local_path: Path) -> pd.DataFrame:
    extra = read_table(local_path)
    key = table_key(name)
    missing = [c for c in key if c not in extra.columns]
    if missing:
        raise CorpusError(f"{local_path}: key columns {missing} missing (expected {list(base.columns)})",
                          [(str(local_path), f"columns {missing} missing")])
    for c in base.columns:  # a column the corpus file leaves out is empty in its rows
        if c not in extra.columns:
            extra[c] = ""
    extra = extra[list(base.columns)].copy()
    strip = lambda df: [tuple(str(v).strip() for v in row) for row in df[key].itertuples(index=False, name=None)]  # noqa: E731
    extra_keys = strip(extra)
    dup = sorted({k for k in extra_keys if extra_keys.count(k) > 1})
    if dup:
        raise CorpusError(f"{local_path}: key {key} repeated for {dup[:3]}", [(str(local_path), "repeated key")])
    replacement = dict(zip(extra_keys, extra.to_dict("records")))
    base_keys = strip(base)
    rows = [replacement.get(k, rec) for k, rec in zip(base_keys, base.to_dict("records"))]
    added = [rec for k, rec in zip(extra_keys, extra.to_dict("records")) if k not in set(base_keys)]
    return pd.DataFrame(added + rows, columns=list(base.columns))


class Resources:
    """Every data table of one corpus folder (the kit's merged with the folder's), compiled once.

    Build it with :func:`load_resources`. ``table(name)`` gives a copy of one merged table;
    the modules that use a table compile it once per ``Resources`` (``memo``); ``token_cache``
    holds the tokenizer's results for this folder's word lists (bounded: cleared when full).

    Attributes
    ----------
    corpus_dir : Path or None
        The folder whose files extend the kit's (None: the kit's tables only).
    files : dict
        Table name -> the corpus folder's file that extends it (only those present).
    token_cache : dict
        Tokenizer cache; a new ``Resources`` (after an edit) starts with an empty one.
    """

    def __init__(self, corpus_dir: Path | None, tables: dict[str, pd.DataFrame], files: dict[str, Path],
                 fingerprint: str):
        self.corpus_dir = corpus_dir
        self.files = files
        self.fingerprint = fingerprint
        self.token_cache: dict = {}
        self._tables = tables
        self._memo: dict[str, object] = {}

    def __repr__(self) -> str:
        local = ", ".join(sorted(self.files)) or "none"
        return f"Resources(corpus_dir={str(self.corpus_dir) if self.corpus_dir else None!r}, corpus files: {local})"

    @property
    def names(self) -> list[str]:
        """The table names (file names in ``helpers/data``)."""
        return sorted(self._tables)

    def table(self, name: str) -> pd.DataFrame:
        """A copy of one merged table (the caller may change it).

        Parameters
        ----------
        name : str
            File name, e.g. ``"aliases.csv"``.

        Returns
        -------
        pandas.DataFrame

        Examples
        --------
        >>> "Korut" in set(load_resources().table("aliases.csv")["pattern"])
        True
        """
        if name not in self._tables:
            raise KeyError(f"no data table {name!r}; the kit has {self.names}")
        return self._tables[name].copy()

    def memo(self, key: str, build: Callable[["Resources"], object]):
        """``build(self)`` computed once per ``Resources`` and kept (compiled regexes, lookups)."""
        if key not in self._memo:
            self._memo[key] = build(self)
        return self._memo[key]


def _digest(path: Path) -> str:
    return hashlib.blake2b(path.read_bytes(), digest_size=12).hexdigest()


def _folder(corpus_dir) -> Path | None:
    if corpus_dir is None:
        return None
    p = Path(corpus_dir)
    if p.is_file():  # a CSV/JSONL export: its folder supplies the data files
        p = p.parent
    return p.resolve()


def load_resources(corpus_dir: str | Path | None = None) -> Resources:
    """The kit's data tables merged with a corpus folder's own files, compiled once and cached.

    The cache is keyed on the folder and on the contents of every data file involved, so an edited
    or added CSV (in the corpus folder or in ``helpers/data``) takes effect on the next call.

    Parameters
    ----------
    corpus_dir : str or Path, optional
        A corpus folder (or a CSV/JSONL export, whose folder is used) that may hold files named
        like the kit's tables (``cleaning_rules.csv``, ``aliases.csv`` ...). None: the kit's only.

    Returns
    -------
    Resources

    Raises
    ------
    CorpusError
        A corpus file lacks a column of the kit's table, or repeats a key.

    Examples
    --------
    >>> res = load_resources()
    >>> res.table("cleaning_rules.csv").loc[0, "rule_id"]
    'blank'
    >>> load_resources() is res
    True
    """
    folder = _folder(corpus_dir)
    names = sorted(p.name for p in DATA_DIR.glob("*.csv"))
    local = {n: folder / n for n in names if folder is not None and (folder / n).is_file()}
    parts = [f"{n}:{_digest(DATA_DIR / n)}" for n in names] + [f"local/{n}:{_digest(p)}" for n, p in local.items()]
    fingerprint = hashlib.blake2b("|".join(parts).encode(), digest_size=12).hexdigest()
    key = (str(folder), fingerprint)
    hit = _CACHE.get(key)
    if hit is not None:
        _CACHE.move_to_end(key)
        return hit
    tables = {}
    for n in names:
        base = read_table(DATA_DIR / n)
        tables[n] = _merge(n, base, local[n]) if n in local else base
    res = Resources(folder, tables, local, fingerprint)
    _CACHE[key] = res
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return res


def resources_of(corpus: pd.DataFrame, resources: Resources | None = None) -> Resources:
    """The resources an analysis uses: those given, else the ones its corpus was loaded with.

    ``load_corpus`` records the corpus folder; a table without that record gets the kit's tables.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    resources : Resources, optional
        Given explicitly (returned as is).

    Returns
    -------
    Resources

    Examples
    --------
    >>> resources_of(pd.DataFrame({"doc_id": []})).corpus_dir is None
    True
    """
    if resources is not None:
        return resources
    return load_resources(corpus.attrs.get("corpus_dir"))


def load_table(name: str, corpus_dir: str | Path | None = None) -> pd.DataFrame:
    """One merged data table: shorthand for ``load_resources(corpus_dir).table(name)``.

    Parameters
    ----------
    name : str
        File name in ``helpers/data`` (e.g. ``"aliases.csv"``).
    corpus_dir : str or Path, optional
        A corpus folder that may hold a file of the same name.

    Returns
    -------
    pandas.DataFrame
        A copy the caller may change.

    Examples
    --------
    >>> "Korut" in set(load_table("aliases.csv")["pattern"])
    True
    """
    return load_resources(corpus_dir).table(name)
