"""Report helpers used by every notebook: export each chart with its table, say clearly what a
corpus is too small for, and keep large corpora legible (top outlets plus "other", outlet-level
views when there are many articles).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .errors import check_option

__all__ = ["save_chart", "enough", "group_outlets", "many_articles", "per_outlet", "MAX_ARTICLES_SHOWN"]

MAX_ARTICLES_SHOWN = 30


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("_") or "chart"


def save_chart(fig, table: pd.DataFrame, name: str, export_dir: str | Path | None = None) -> None:
    """Write a chart as PNG and SVG and the table behind it as CSV (does nothing without a folder).

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The chart.
    table : pandas.DataFrame
        The table the chart shows (written with its index when the index is named or not a
        plain range).
    name : str
        File name stem, e.g. ``"01_similarity_tfidf"``.
    export_dir : str or Path, optional
        Folder to write into (created if missing); None writes nothing.

    Returns
    -------
    None

    Examples
    --------
    >>> import matplotlib.pyplot as plt, tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> fig = plt.figure()
    >>> save_chart(fig, pd.DataFrame({"a": [1]}), "x", d)
    >>> sorted(os.listdir(d))
    ['x.csv', 'x.png', 'x.svg']
    """
    if export_dir is None:
        return None
    out = Path(export_dir)
    out.mkdir(parents=True, exist_ok=True)
    stem = _slug(name)
    fig.savefig(out / f"{stem}.png", bbox_inches="tight")
    fig.savefig(out / f"{stem}.svg", bbox_inches="tight", metadata={"Date": None})
    plain_index = isinstance(table.index, pd.RangeIndex) and table.index.name is None
    table.to_csv(out / f"{stem}.csv", index=not plain_index)
    return None


def enough(corpus: pd.DataFrame, *, what: str, articles: int = 1, outlets: int = 1) -> bool:
    """Whether the corpus is large enough for an analysis; prints why not when it is not.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    what : str
        The analysis, for the message (e.g. "Keyness between outlets").
    articles, outlets : int
        Least numbers needed.

    Returns
    -------
    bool
        True when there are at least ``articles`` articles and ``outlets`` outlets.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"]})
    >>> enough(c, what="Keyness between outlets", outlets=2)
    Keyness between outlets needs at least 2 outlets; this corpus has 1. Skipped.
    False
    """
    n_a, n_o = len(corpus), corpus["outlet"].nunique()
    if n_a < articles:
        print(f"{what} needs at least {articles} articles; this corpus has {n_a}. Skipped.")
        return False
    if n_o < outlets:
        print(f"{what} needs at least {outlets} outlets; this corpus has {n_o}. Skipped.")
        return False
    return True


def group_outlets(corpus: pd.DataFrame, top: int = 12) -> pd.DataFrame:
    """Keep the ``top`` outlets with most articles and call the rest "other" (for legible charts).

    Ties are broken alphabetically. The original name stays in ``outlet_original``.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    top : int, default 12
        Outlets kept by name.

    Returns
    -------
    pandas.DataFrame
        A copy (attrs kept) with ``outlet`` grouped; unchanged when there are at most ``top``.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["X", "X", "Y", "Z"]})
    >>> group_outlets(c, top=2)["outlet"].tolist()
    ['X', 'X', 'Y', 'other']
    """
    out = corpus.copy()
    out.attrs = dict(corpus.attrs)
    counts = out["outlet"].value_counts()
    if len(counts) <= top:
        out["outlet_original"] = out["outlet"]
        return out
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    keep = {k for k, _ in ranked[:top]}
    out["outlet_original"] = out["outlet"]
    out["outlet"] = out["outlet"].where(out["outlet"].isin(keep), "other")
    return out


def many_articles(corpus: pd.DataFrame, limit: int = MAX_ARTICLES_SHOWN) -> bool:
    """True when there are too many articles for one bar or cell each (charts switch to outlets).

    Parameters
    ----------
    corpus : pandas.DataFrame
    limit : int, default 30

    Returns
    -------
    bool

    Examples
    --------
    >>> many_articles(pd.DataFrame({"doc_id": range(31)}))
    True
    """
    return len(corpus) > limit


def per_outlet(table: pd.DataFrame, columns: list[str], *, how: str = "mean") -> pd.DataFrame:
    """One row per outlet: the mean (or sum) of ``columns`` over its articles, and a bar label.

    Used when there are too many articles for one bar each (see :func:`many_articles`).

    Parameters
    ----------
    table : pandas.DataFrame
        One row per article with ``doc_id``, ``outlet`` and ``columns``.
    columns : list of str
        Numeric columns to aggregate.
    how : {"mean", "sum"}, default "mean"

    Returns
    -------
    pandas.DataFrame
        ``outlet, articles, <columns>, label`` (``label``: "Outlet (n)"), sorted by outlet;
        values rounded to 2 places.

    Examples
    --------
    >>> t = pd.DataFrame({"doc_id": list("abc"), "outlet": ["X", "X", "Y"], "n_words": [10, 20, 5]})
    >>> per_outlet(t, ["n_words"])[["label", "n_words"]].values.tolist()
    [['X (2)', 15.0], ['Y (1)', 5.0]]
    """
    check_option("how", how, ("mean", "sum"))
    g = table.groupby("outlet", sort=True)
    out = g[columns].agg(how).round(2)
    out.insert(0, "articles", g.size())
    out = out.reset_index()
    out["label"] = out["outlet"].astype(str) + " (" + out["articles"].astype(str) + ")"
    return out
