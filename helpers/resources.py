"""Editable data files (rules, aliases, word lists) and how a corpus folder extends them.

Every table the kit uses lives in ``helpers/data/*.csv`` with a ``#`` header saying what it is and
where it came from. A corpus folder may hold a file of the same name and columns: its rows are
added, and a row whose key (first column) matches one of the kit's rows replaces it.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

DATA_DIR = Path(__file__).parent / "data"

__all__ = ["DATA_DIR", "read_table", "load_table"]


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
    import io

    with open(path, encoding="utf-8-sig") as fh:
        body = "".join(line for line in fh if not line.startswith("#"))
    # the comment lines are removed before parsing: quotes inside them must not confuse the parser
    return pd.read_csv(io.StringIO(body), dtype=str, keep_default_na=False)


@functools.lru_cache(maxsize=64)
def _load_table_cached(name: str, corpus_dir: str | None) -> pd.DataFrame:
    base = read_table(DATA_DIR / name)
    if corpus_dir is None:
        return base
    local = Path(corpus_dir) / name
    if not local.is_file():
        return base
    extra = read_table(local)
    missing = [c for c in base.columns if c not in extra.columns]
    if missing:
        from .corpus import CorpusError

        raise CorpusError(f"{local}: columns {missing} missing (expected {list(base.columns)})")
    key = base.columns[0]
    extra = extra[list(base.columns)]
    kept = base[~base[key].isin(set(extra[key]))]
    return pd.concat([extra, kept], ignore_index=True)


def load_table(name: str, corpus_dir: str | Path | None = None) -> pd.DataFrame:
    """Load a kit data table, extended or overridden by the corpus folder's own copy.

    Parameters
    ----------
    name : str
        File name in ``helpers/data`` (e.g. ``"aliases.csv"``).
    corpus_dir : str or Path, optional
        A corpus folder that may hold a file of the same name; its rows come first and replace the
        kit's rows with the same key (first column).

    Returns
    -------
    pandas.DataFrame
        A copy the caller may change.

    Examples
    --------
    >>> "Korut" in set(load_table("aliases.csv")["pattern"])
    True
    """
    key = None if corpus_dir is None else str(Path(corpus_dir).resolve())
    return _load_table_cached(name, key).copy()
