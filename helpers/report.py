"""Report helpers used by every notebook: export each chart with its table, say clearly what a
corpus is too small for, and keep large corpora legible (top outlets plus "other", outlet-level
views when there are many articles).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import check_option

__all__ = ["save_chart", "enough", "group_outlets", "many_articles", "per_outlet", "MAX_ARTICLES_SHOWN",
           "is_example_corpus", "example_note", "finding", "count_of", "share_of", "share_against", "names", "most",
           "corpus_caveats", "per_article", "spreadsheet_safe", "outlet_terms_caveat", "documents_note"]

MAX_ARTICLES_SHOWN = 30


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("_") or "chart"


def save_table(table: pd.DataFrame, name: str, export_dir: str | Path | None = None) -> None:
    """Write a full table (not a chart's) as a spreadsheet-safe CSV in ``export_dir/tables`` (nothing without a folder).

    Parameters
    ----------
    table : pandas.DataFrame
        The whole table, e.g. every shared passage (the notebook may show only its head).
    name : str
        File name stem.
    export_dir : str or Path, optional
        The notebook's export folder; None writes nothing.

    Returns
    -------
    None

    Examples
    --------
    >>> import tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> save_table(pd.DataFrame({"a": ["=1+1"]}), "x", d)
    >>> os.listdir(os.path.join(d, "tables")), open(os.path.join(d, "tables", "x.csv")).read().splitlines()[1]
    (['x.csv'], "'=1+1")
    """
    if export_dir is None:
        return None
    out = Path(export_dir) / "tables"
    out.mkdir(parents=True, exist_ok=True)
    plain_index = isinstance(table.index, pd.RangeIndex) and table.index.name is None
    spreadsheet_safe(table).to_csv(out / f"{_slug(name)}.csv", index=not plain_index)
    return None


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
    title = chart_title(fig)
    fig.savefig(out / f"{stem}.png", bbox_inches="tight", metadata={"Title": title})
    fig.savefig(out / f"{stem}.svg", bbox_inches="tight", metadata={"Date": None, "Title": title})
    plain_index = isinstance(table.index, pd.RangeIndex) and table.index.name is None
    spreadsheet_safe(table).to_csv(out / f"{stem}.csv", index=not plain_index)
    return None


def save_draft(table: pd.DataFrame, name: str, export_dir: str | Path | None = None) -> Path | None:
    """Write a draft for the researcher to correct or fill in and bring back (``actors.csv``, ``frame_judgments.csv``).

    Parameters
    ----------
    table : pandas.DataFrame
        The draft, written without its index.
    name : str
        File name, e.g. ``"actors.csv"``: the name the corpus folder expects it under.
    export_dir : str or Path, optional
        The notebook's export folder; the draft goes to its ``drafts`` folder, which the report's
        index links. None writes nothing.

    Returns
    -------
    pathlib.Path or None
        The file written.

    Examples
    --------
    >>> import tempfile
    >>> save_draft(pd.DataFrame({"a": [1]}), "x.csv", tempfile.mkdtemp()).name
    'x.csv'
    >>> save_draft(pd.DataFrame({"a": [1]}), "x.csv") is None
    True
    """
    if export_dir is None:
        return None
    out = Path(export_dir) / "drafts"
    out.mkdir(parents=True, exist_ok=True)
    table.to_csv(out / name, index=False)
    return out / name


def chart_title(fig) -> str:
    """The title a chart states (its figure title, else its first axes' title), "" if none.

    Parameters
    ----------
    fig : matplotlib.figure.Figure

    Returns
    -------
    str

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig = plt.figure(); _ = fig.suptitle("Kompas.com cites most")
    >>> chart_title(fig)
    'Kompas.com cites most'
    """
    sup = getattr(fig, "_suptitle", None)
    if sup is not None and sup.get_text().strip():
        return " ".join(sup.get_text().split())  # a title wrapped to the chart's width, as one line
    for ax in fig.axes:
        if ax.get_title().strip():
            return ax.get_title().strip()
    return ""


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(v):
    if isinstance(v, str) and v.startswith(_FORMULA_START):
        try:
            float(v)  # "-0.06" is a number written as text: it stays
            return v
        except ValueError:
            return "'" + v
    return v


def spreadsheet_safe(table: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells cannot start a spreadsheet formula (OWASP's advice on CSV injection).

    A text cell (and a text index or column label) starting with ``=``, ``+``, ``-``, ``@``, a tab
    or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of
    running it (``=HYPERLINK(...)`` from an article's title, say). Numbers stay numbers, including
    negative ones, and text that is a number ("-0.06") is left alone.

    Parameters
    ----------
    table : pandas.DataFrame

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["=HYPERLINK(1)", "Kompas"], "score": [-1.5, 2.0], "s": ["-0.06", "@me"]})
    >>> spreadsheet_safe(t).values.tolist()
    [["'=HYPERLINK(1)", -1.5, '-0.06'], ['Kompas', 2.0, "'@me"]]
    """
    out = table.copy()
    for c in out.columns:
        if out[c].dtype == object or pd.api.types.is_string_dtype(out[c]):
            out[c] = out[c].map(_safe_cell)
    out.columns = [_safe_cell(c) for c in out.columns] if not isinstance(out.columns, pd.MultiIndex) else out.columns
    if not isinstance(out.index, pd.MultiIndex) and (out.index.dtype == object or pd.api.types.is_string_dtype(out.index)):
        out.index = pd.Index([_safe_cell(i) for i in out.index], name=_safe_cell(out.index.name))
    return out


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


# --- findings written from the tables ---------------------------------------------------------

EXAMPLE_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def is_example_corpus(corpus: pd.DataFrame) -> bool:
    """Whether the corpus is the kit's example corpus (the folder ``corpus/``), for example-only notes.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_example_corpus(pd.DataFrame({"doc_id": []}))
    False
    """
    src = corpus.attrs.get("source")
    return bool(src) and Path(src).resolve() == EXAMPLE_CORPUS.resolve()


def example_note(corpus: pd.DataFrame, text: str):
    """Interpretation written for the example corpus: shown only when the example corpus is loaded.

    Cells that call it are tagged ``example-corpus``; ``python -m helpers run`` also removes them
    from the notebooks and pages it writes for any other corpus.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    text : str
        Markdown.

    Returns
    -------
    IPython.display.Markdown or None
        None (nothing shown) for any other corpus.

    Examples
    --------
    >>> example_note(pd.DataFrame({"doc_id": []}), "Only for the example.") is None
    True
    """
    if not is_example_corpus(corpus):
        return None
    from IPython.display import Markdown

    return Markdown(text)


def finding(text: str):
    """A sentence computed from the loaded corpus, shown as Markdown.

    Parameters
    ----------
    text : str
        Markdown, built from a table (see :func:`most`, :func:`count_of`).

    Returns
    -------
    IPython.display.Markdown

    Examples
    --------
    >>> finding("**3** articles.").data
    '**3** articles.'
    """
    from IPython.display import Markdown

    return Markdown(text)


def count_of(n: int, noun: str, plural: str | None = None) -> str:
    """``"1 article"``, ``"5 articles"``, with a thousands separator.

    Parameters
    ----------
    n : int
    noun : str
    plural : str, optional
        Irregular plural (default ``noun + "s"``).

    Returns
    -------
    str

    Examples
    --------
    >>> count_of(1, "article"), count_of(2309, "article")
    ('1 article', '2,309 articles')
    """
    n = int(n)
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"


def share_of(k: int, n: int) -> str:
    """``k`` of ``n`` as a whole percentage, with one decimal where that would read 0% or 100% and is not.

    Parameters
    ----------
    k, n : int
        A count and its base (``n`` > 0).

    Returns
    -------
    str

    Examples
    --------
    >>> share_of(1, 243), share_of(0, 243), share_of(81, 243), share_of(242, 243)
    ('0.4%', '0%', '33%', '99.6%')
    """
    s = k / n
    return f"{s:.1%}" if (0 < s < 0.005 or 0.995 <= s < 1) else f"{s:.0%}"


def share_against(share: float, target: float) -> str:
    """A share as a whole percentage, with one decimal where it would read as ``target`` and is not.

    A sentence that says a share is below (or above) a target must not print the two alike: 179 of 200 is
    "89.5%" beside a target of 90%, not "90%".

    Parameters
    ----------
    share, target : float
        Shares between 0 and 1.

    Returns
    -------
    str

    Examples
    --------
    >>> share_against(179 / 200, 0.9), share_against(0.9, 0.9), share_against(0.85, 0.9)
    ('89.5%', '90%', '85%')
    """
    whole = f"{share:.0%}"
    return f"{share:.1%}" if whole == f"{target:.0%}" and share != target else whole


def names(items) -> str:
    """Items joined as a sentence lists them: ``"A"``, ``"A and B"``, ``"A, B and C"``.

    Parameters
    ----------
    items : iterable of str

    Returns
    -------
    str

    Examples
    --------
    >>> names(["A", "B", "C"])
    'A, B and C'
    """
    items = [str(x) for x in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def most(values: pd.Series, *, one: str, many: str, what: str, fmt: str = "{:,.0f}", base: int | None = None,
         min_base: int | None = None, too_few: str = "") -> str:
    """A sentence naming the largest value, every tie, and the count it rests on.

    Parameters
    ----------
    values : pandas.Series
        Index: who (outlets, actors ...); values: the measure.
    one, many : str
        The sentence with ``{}`` for the name(s), for one leader and for ties ("{} quotes most",
        "{} quote most").
    what : str
        What the value counts, after it ("quotations", "mean share").
    fmt : str, default "{:,.0f}"
        Format of the value.
    base : int, optional
        The count the comparison rests on (statements, articles); said in the sentence.
    min_base : int, optional
        Below it the sentence says the data are too few to compare.
    too_few : str, optional
        What the base counts, for that sentence ("attributed statements").

    Returns
    -------
    str
        Ties are the values shown the same under ``fmt``.

    Examples
    --------
    >>> s = pd.Series({"A": 3, "B": 3, "C": 1})
    >>> most(s, one="{} quotes most", many="{} quote most", what="quotations")
    'A and B quote most (3 quotations each)'
    >>> most(pd.Series({"conflict": 0.024, "economic": 0.016}), one="{} leads", many="{} lead", what="share", fmt="{:.2f}")
    'conflict and economic lead (0.02 share each)'
    >>> most(pd.Series({"A": 1, "B": 1, "C": 1}), one="{} is credited most", many="{} are credited most", what="credits",
    ...      base=3)
    'None stands out: all 3 tie (1 credit each; 3 in all)'
    >>> most(s, one="{} quotes most", many="{} quote most", what="quotations", base=7, min_base=10,
    ...      too_few="quotations")
    'Too few quotations to compare (7 in all; at least 10 are needed)'
    """
    if base is not None and min_base is not None and base < min_base:
        return f"Too few {too_few or what} to compare ({base:,} in all; at least {min_base:,} are needed)"
    v = values.dropna()
    if v.empty:
        return f"No {what} to compare"
    top = v.max()
    value = fmt.format(top)
    # a tie as the reader sees it: every value shown the same as the largest (0.024 and 0.016 both read "0.02")
    leaders = sorted((str(k) for k, x in v.items() if abs(x - top) <= 1e-9 or fmt.format(x) == value), key=str)
    on = f"; {base:,} in all" if base is not None else ""
    if value == "1" and re.fullmatch(r"[a-z]+s", what):  # "1 credit", not "1 credits"
        what = what[:-1]
    if len(leaders) == 1:
        return one.format(leaders[0]) + f" ({value} {what}{on})"
    if len(leaders) == len(v) > 2:  # every one ties: none stands out ("12 sources, 1 credit each")
        return f"None stands out: all {len(v):,} tie ({value} {what} each{on})"
    shown = leaders if len(leaders) <= 4 else leaders[:3] + [f"{len(leaders) - 3} others"]
    return many.format(names(shown)) + f" ({value} {what} each{on})"


def corpus_caveats(corpus: pd.DataFrame) -> str:
    """The caveats a corpus's size puts on every comparison, as Markdown bullets.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.

    Returns
    -------
    str

    Examples
    --------
    >>> print(corpus_caveats(pd.DataFrame({"doc_id": list("abc"), "outlet": ["X", "Y", "Z"]})))
    - 3 articles from 3 outlets, 1 article per outlet: every difference is between single articles, not outlets.
    """
    per = corpus["outlet"].value_counts()
    n, k = len(corpus), len(per)
    head = f"- {count_of(n, 'article')} from {count_of(k, 'outlet')}"
    if k == 1:
        return head + ": no comparison between outlets is possible, only between articles."
    if per.max() == 1:
        return head + ", 1 article per outlet: every difference is between single articles, not outlets."
    lo, hi = int(per.min()), int(per.max())
    if lo < 5:
        return (head + f", {lo}-{hi} articles per outlet: with fewer than five articles an outlet's figures rest on "
                "the choices of one or two articles; read outlet differences as descriptions, not as tendencies.")
    return head + f", {lo}-{hi} articles per outlet."


def outlet_terms_caveat(corpus: pd.DataFrame) -> str:
    """What an outlet's top terms rest on: how many articles each outlet has, as one Markdown sentence.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus` (``outlet``).

    Returns
    -------
    str

    Examples
    --------
    >>> print(outlet_terms_caveat(pd.DataFrame({"outlet": ["X", "X", "Y"]})))  # doctest: +NORMALIZE_WHITESPACE
    Outlets have 1-2 articles here; an outlet with few articles is compared through the words of those few, so read
    its top terms as what those articles stress.
    """
    per = corpus["outlet"].value_counts()
    if per.max() == 1:
        return ("With one article per outlet, every \"outlet\" difference is a difference between one article and the "
                "rest: the words at the top are what *that article* stresses, not evidence about the outlet's editorial "
                "line.")
    head = (f"Each outlet has {int(per.max())} articles here" if per.min() == per.max() else
            f"Outlets have {int(per.min())}-{int(per.max())} articles here")
    return (head + "; an outlet with few articles is compared through the words of those few, so read its top terms "
            "as what those articles stress.")


def documents_note(corpus: pd.DataFrame, by: str, *, max_panels: int) -> str:
    """Which document a per-document statistic (TF-IDF) uses: each article, or each outlet's articles together.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    by : {"doc_id", "outlet"}
        The grouping used.
    max_panels : int
        The most articles shown one by one (the notebook's ``MAX_PANELS``), named when outlets are used.

    Returns
    -------
    str

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": list("abc"), "outlet": ["X", "X", "Y"]})
    >>> documents_note(c, "outlet", max_panels=2)
    'One document per outlet: 2 documents from 3 articles (more than MAX_PANELS = 2).'
    """
    check_option("by", by, ("doc_id", "outlet"))
    if by == "doc_id":
        return f"One document per article ({count_of(len(corpus), 'article')})."
    return (f"One document per outlet: {count_of(corpus['outlet'].nunique(), 'document')} from "
            f"{count_of(len(corpus), 'article')} (more than MAX_PANELS = {max_panels}).")


def per_article(table: pd.DataFrame, n: int = 3, by: str = "doc_id", first: str | None = None) -> pd.DataFrame:
    """The first ``n`` rows of every article, so that a long table shows each article, not the first few.

    Parameters
    ----------
    table : pandas.DataFrame
        With a ``doc_id`` column (or ``by``).
    n : int, default 3
    by : str, default "doc_id"
    first : str, optional
        A boolean column whose true rows come first within each article (the evidence marked ``clear``), the rest
        in the table's order.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> t = pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "x": [1, 2, 3, 4], "clear": [False, False, True, False]})
    >>> per_article(t, 2)["x"].tolist(), per_article(t, 2, first="clear")["x"].tolist()
    ([1, 2, 4], [3, 1, 4])
    """
    if first is not None:
        order = table.groupby(by, sort=False).ngroup()
        table = table.assign(_o=order, _f=~table[first].astype(bool)).sort_values(["_o", "_f"], kind="mergesort")
        table = table.drop(columns=["_o", "_f"])
    return table.groupby(by, sort=False, group_keys=False).head(n)


def validation_overlap(corpus: pd.DataFrame, *, check: str = "both") -> str:
    """One sentence on whether the kit's own checks read articles of this corpus, so that on it they are not out of sample.

    The frame-precision and speaker samples (``helpers/validation/``) name the articles they were drawn from; the
    rules were narrowed on the errors of earlier samples. A corpus that holds such articles (the Danantara sample, a
    slice of the kit's development set) is not new to those figures.

    Parameters
    ----------
    corpus : pandas.DataFrame
        With ``doc_id``.
    check : {"both", "frames", "speakers"}, default "both"
        Which of the kit's checks the sentence is about (a section states the figures of one of them).

    Returns
    -------
    str
        Markdown, or "" when no article of the corpus was in those samples.

    Examples
    --------
    >>> validation_overlap(pd.DataFrame({"doc_id": ["a-new-article"]}))
    ''
    >>> validation_overlap(pd.DataFrame({"doc_id": ["01_cnnindonesia_prabowo-resmi-luncurkan-danantara", "x"]}))[:81]
    "1 of this corpus's 2 articles gave statements or sentences to the kit's own check"
    """
    from .resources import read_table

    check_option("check", check, ("both", "frames", "speakers"))
    base = Path(__file__).parent / "validation"
    ids = set(corpus["doc_id"].astype(str))
    frames = ids & set(read_table(base / "frame_precision.csv")["doc_id"].astype(str)) if check != "speakers" else set()
    speakers = ids & set(read_table(base / "speaker_accuracy.csv")["doc_id"].astype(str)) if check != "frames" else set()
    if not frames and not speakers:
        return ""
    if check == "frames":
        gave = "gave sentences to the kit's frame-precision samples"
    elif check == "speakers":
        gave = "gave statements to the kit's speaker samples"
    else:
        gave = (f"gave statements or sentences to the kit's own checks ({len(frames):,} to the frame-precision "
                f"samples, {len(speakers):,} to the speaker samples)")
    return (f"{len(frames | speakers):,} of this corpus's {count_of(len(ids), 'article')} {gave}, whose errors shaped "
            "the rules: on this corpus those figures are not out of sample, and a check of your own is the better "
            "guide.")


def leading_frame_title(shares: pd.DataFrame, hits: pd.Series | None = None, *, min_hits: int = 10) -> str:
    """The generic-frame shares chart's title: the frame that leads in the most outlets, ties named, or one outlet's.

    An outlet leads with every frame that has its largest share (a tie counts for each); an outlet with no
    generic-frame word leads with none and is said to have none; an outlet with fewer than ``min_hits`` such words
    is named as too few to compare and leads with nothing.

    Parameters
    ----------
    shares : pandas.DataFrame
        One row per outlet (index), one column per generic frame: its share of the outlet's generic-frame words
        (NaN or 0 everywhere for an outlet with none).
    hits : pandas.Series, optional
        Each outlet's generic-frame words (the shares' base); without it every outlet with words is compared.
    min_hits : int, default 10
        Fewest words an outlet's shares must rest on to be compared.

    Returns
    -------
    str

    Examples
    --------
    >>> t = pd.DataFrame({"economic": [0.6, 0.7, 0.2], "conflict": [0.4, 0.3, 0.8]}, index=["A", "B", "C"])
    >>> leading_frame_title(t)
    'economic takes the largest share of generic-frame words in 2 of 3 outlets'
    >>> leading_frame_title(t, pd.Series({"A": 30, "B": 12, "C": 4}))
    'economic takes the largest share of generic-frame words in 2 of 3 outlets (C: 4 words, too few to compare)'
    >>> leading_frame_title(pd.DataFrame({"economic": [0.5, 0.0], "conflict": [0.5, 0.0]}, index=["A", "B"]))
    'conflict and economic each take the largest share of generic-frame words in 1 of 2 outlets (a tie in A; B has none)'
    >>> leading_frame_title(pd.DataFrame({"human_interest": [1.0]}, index=["Okezone"]))
    "human interest takes the largest share of Okezone's generic-frame words (one outlet: nothing to compare)"
    """
    t = shares.fillna(0)
    with_words = t[t.sum(axis=1) > 0]
    none = [str(o) for o in t.index if o not in with_words.index]
    few = [o for o in with_words.index if hits is not None and hits.get(o, 0) < min_hits]
    few_note = [f"{names([f'{o}: {int(hits.get(o, 0))}' for o in few])} "
                f"{'word' if len(few) == 1 and int(hits.get(few[0], 0)) == 1 else 'words'}, too few to compare"] if few else []
    if with_words.empty:
        return "No generic-frame words to compare"
    if len(few) == len(with_words):
        return (f"Too few generic-frame words to compare the outlets (each rests on fewer than {min_hits}: "
                f"{names([f'{o} {int(hits.get(o, 0))}' for o in few])})")
    with_words = with_words.drop(index=few)
    leads = {o: sorted(f for f in with_words.columns if np.isclose(with_words.loc[o, f], with_words.loc[o].max()))
             for o in with_words.index}
    if len(t) == 1:
        return (f"{names([f.replace('_', ' ') for f in leads[t.index[0]]])} "
                f"{'takes' if len(leads[t.index[0]]) == 1 else 'each take'} the largest share of {t.index[0]}'s "
                "generic-frame words (one outlet: nothing to compare)")
    counts = pd.Series([f for fs in leads.values() for f in fs]).value_counts()
    leaders = sorted(f.replace("_", " ") for f, n in counts.items() if n == counts.iloc[0])
    tied = [str(o) for o, fs in leads.items() if len(fs) > 1]
    notes = ([f"a tie in {names(tied)}"] if tied else []) + few_note + (
        [f"{names(none)} {'has' if len(none) == 1 else 'have'} none"] if none else [])
    verb = "takes" if len(leaders) == 1 else "each take"
    return (f"{names(leaders)} {verb} the largest share of generic-frame words in {counts.iloc[0]} of "
            f"{len(t)} outlets" + (f" ({'; '.join(notes)})" if notes else ""))


def profiles_title(shown: pd.DataFrame, *, label: str, many: bool) -> str:
    """The profiles chart's title: who quotes most (ties named) and the range of MATTR, or why nothing compares.

    Parameters
    ----------
    shown : pandas.DataFrame
        One row per bar: ``label``, ``outlet``, ``n_quotes``, ``mattr`` (articles, or outlets' means).
    label : str
        The column naming the bars.
    many : bool
        True when the bars are outlets' means (:func:`many_articles`), False when each is an article.

    Returns
    -------
    str

    Examples
    --------
    >>> t = pd.DataFrame({"label": ["A", "B"], "outlet": ["A", "B"], "n_quotes": [1.5, 0.5], "mattr": [0.8, 0.9]})
    >>> profiles_title(t, label="label", many=True)
    'A quotes most (1.5 quotations per article); MATTR ranges 0.80-0.90'
    >>> profiles_title(t.head(1), label="label", many=True)
    'A, the only outlet: 1.5 quotations per article, MATTR 0.80 (nothing to compare)'
    >>> profiles_title(t.rename(columns={"label": "doc_id"}), label="doc_id", many=False)
    'The article quoting most is A (1.5 quotations); MATTR ranges 0.80-0.90'
    """
    quotes_by = shown.set_index(label)["n_quotes"]
    span = f"; MATTR ranges {shown['mattr'].min():.2f}-{shown['mattr'].max():.2f}"
    if many and len(shown) == 1:
        return (f"{shown['outlet'].iloc[0]}, the only outlet: {quotes_by.iloc[0]:g} quotations per article, MATTR "
                f"{shown['mattr'].iloc[0]:.2f} (nothing to compare)")
    if many:
        return most(quotes_by, one="{} quotes most", many="{} quote most", fmt="{:g}",
                    what="quotations per article") + span
    return most(quotes_by, one="The article quoting most is {}", many="The articles quoting most are {}", fmt="{:g}",
                what="quotations") + span


def actors_note(totals: pd.Series, *, listed: int, shown: int, gazetteer: bool) -> str:
    """The actors chart's note: the rate, how many actors it shows of those named, and the listed names never counted.

    Parameters
    ----------
    totals : pandas.Series
        Mentions per actor in the corpus (zeros included).
    listed : int
        Actors in the list matched (``actors.csv``, or the names :func:`helpers.attribution.find_actors` found).
    shown : int
        Actors in the chart.
    gazetteer : bool
        True when the list is the corpus folder's ``actors.csv``.

    Returns
    -------
    str

    Examples
    --------
    >>> actors_note(pd.Series({"A": 5, "B": 2, "C": 0}), listed=3, shown=2, gazetteer=False)
    'Mentions per 1,000 words, top 2 of 2 actors named; 7 mentions in all (names found in the text, longest match first; 1 of the 3 listed are only ever part of a longer name).'
    """
    named = int((totals > 0).sum())
    unused = ""
    if listed > named:
        unused = (f"; {listed - named} of the {listed} listed "
                  + ("are not named here" if gazetteer else "are only ever part of a longer name"))
    return (f"Mentions per 1,000 words, top {shown} of {named} actors named; {int(totals.sum())} mentions in all "
            f"({'actors.csv aliases' if gazetteer else 'names found in the text'}, longest match first{unused}).")


def credits_note(cites: pd.DataFrame) -> str:
    """What the credit chart leaves out: self-credits, photo credits and embedded posts, each with its count and names.

    Parameters
    ----------
    cites : pandas.DataFrame
        From :func:`helpers.attribution.cited_sources` (``doc_id, source, kind``).

    Returns
    -------
    str
        One sentence per kind left out; when none is, a sentence saying that every credit found is counted and
        that a credit written without a cue of ``citation_cues.csv`` is not found (with no credit at all, only the
        latter).

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "a"], "source": ["Antara", "REUTERS"], "kind": ["cue", "photo_credit"]})
    >>> credits_note(c)
    '1 photo credit (REUTERS) is listed above but not counted as a cited source.'
    """
    out = []
    for kind, what in (("self_credit", "credit of an outlet to itself or a site of its name"),
                       ("photo_credit", "photo credit")):
        k = cites[cites["kind"] == kind]
        if len(k):
            out.append(f"{count_of(len(k), what, what.replace('credit', 'credits', 1))} "
                       f"({', '.join(sorted(set(k['source'])))}) "
                       + ("is listed above but not counted as a cited source." if len(k) == 1 else
                          "are listed above but not counted as cited sources."))
    posts = cites[cites["kind"] == "embedded_post"]
    if len(posts):
        out.append(f"{count_of(len(posts), 'embedded social-media post')} in {count_of(posts['doc_id'].nunique(), 'article')} "
                   f"({', '.join(sorted(set(posts['source']))[:10])}) "
                   + ("is" if len(posts) == 1 else "are") + " counted apart from the media credited.")
    if not out:
        if cites.empty:  # the cell says there is none; only how credits are found is left to say
            return ("Credits are found by their cue words (citation_cues.csv: \"dikutip dari\", \"dilansir\" ...); "
                    "a credit written without one is not found.")
        return ("Every credit found is counted: none is a credit of an outlet to itself, a photo credit or an embedded "
                "post. Credits are found by their cue words (citation_cues.csv: \"dikutip dari\", \"dilansir\" ...); "
                "a credit written without one is not found.")
    return " ".join(out)


def credits_chart_note(cites: pd.DataFrame, *, n_articles: int, top: int = 15) -> str:
    """The credit chart's note: how many credits to how many sources in how many articles, and what is left out.

    Parameters
    ----------
    cites : pandas.DataFrame
        From :func:`helpers.attribution.cited_sources`.
    n_articles : int
        Articles in the corpus.
    top : int, default 15
        Sources the chart shows.

    Returns
    -------
    str

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "source": ["Antara", "AP"], "kind": ["cue", "cue"]})
    >>> credits_chart_note(c, n_articles=3)[:62]
    'Credits per outlet and source: 2 credits to 2 sources in 2 of '
    """
    from .text import NOT_COUNTED

    counted = cites[~cites["kind"].isin(NOT_COUNTED)]
    n_sources = counted["source"].nunique()
    return (f"Credits per outlet and source: {count_of(len(counted), 'credit')} to {count_of(n_sources, 'source')} in "
            f"{counted['doc_id'].nunique()} of {n_articles} articles{f' (top {top} shown)' if n_sources > top else ''}; "
            "inline cues and source credit lines (photo credits, embedded posts and self-credits left out).")


def byline_note(audit: pd.DataFrame) -> str:
    """What reading the byline fields changed: parts dropped and cut, by reason, or that all were kept.

    Parameters
    ----------
    audit : pandas.DataFrame
        From :func:`helpers.clean.byline_audit`.

    Returns
    -------
    str

    Examples
    --------
    >>> a = pd.DataFrame({"doc_id": ["a", "a"], "action": ["dropped", "kept"], "reason": ["a field label", ""]})
    >>> byline_note(a)
    'Bylines: 2 parts in 1 article; 1 dropped, 0 cut, 1 kept as given (why: a field label 1). Rules: byline_rules.csv; the fields as given stay in author and editor.'
    """
    if audit.empty:
        return "No article gives an author or an editor."
    acted = audit[audit["action"] != "kept"]
    why = acted.groupby("reason").size().sort_values(ascending=False, kind="stable") if len(acted) else pd.Series()
    return (f"Bylines: {count_of(len(audit), 'part')} in {count_of(audit['doc_id'].nunique(), 'article')}; "
            f"{int((audit['action'] == 'dropped').sum())} dropped, {int((audit['action'] == 'cut').sum())} cut, "
            f"{int((audit['action'] == 'kept').sum())} kept as given"
            + (f" (why: {'; '.join(f'{k} {v}' for k, v in why.items())})" if len(why) else "")
            + ". Rules: byline_rules.csv; the fields as given stay in author and editor.")


def lead_dates_finding(checks: pd.DataFrame, *, n_articles: int, max_listed: int = 8) -> str:
    """What the leads' dates say: one date, or the different dates and the outlets giving each, with the caveat.

    Parameters
    ----------
    checks : pandas.DataFrame
        From :func:`helpers.facts.date_checks` (its ``event_date`` rows: one per article whose lead gives a full date).
    n_articles : int
        Articles in the corpus.
    max_listed : int, default 8
        Dates listed; beyond it, the count.

    Returns
    -------
    str

    Examples
    --------
    >>> ch = pd.DataFrame({"check": ["event_date"] * 2, "date": ["2025-06-17", "2025-06-18"], "outlet": ["A", "B"]})
    >>> lead_dates_finding(ch, n_articles=3)[:89]
    'The leads give 2 different dates: 2025-06-17 (A); 2025-06-18 (B). 1 of 3 articles give no'
    """
    event = checks[checks["check"] == "event_date"]
    if event.empty:
        return "No article gives a full date in its lead (set `EVENT_PATTERN` to pick the sentences that report the event)."
    dates = event.groupby("date")["outlet"].agg(lambda o: sorted(set(o)))
    listed = "; ".join(f"{d} ({', '.join(o)})" for d, o in list(dates.items())[:max_listed])
    more = f" and {len(dates) - max_listed} more" if len(dates) > max_listed else ""
    none = f" {n_articles - len(event)} of {n_articles} articles give no full date in the lead."
    if len(dates) == 1:
        return "Every lead that gives a full date gives the same one: " + listed + "." + none
    return (f"The leads give {len(dates)} different dates: " + listed + more + "." + none
            + " Two dates disagree only when the leads report the same event: a lead may date another story, or an "
              "earlier or later step of this one, so read the lead sentences in the table above before calling it a "
              "disagreement.")


def near_copy_finding(summary: pd.DataFrame, *, labels: dict | None = None, min_share: float = 0.5,
                      max_named: int = 8, outlets: dict | None = None) -> str:
    """Pairs of articles where one shares at least ``min_share`` of its text with the other: what they double.

    Which of the two came first is not known: the article named first is the one whose share is larger.

    Parameters
    ----------
    summary : pandas.DataFrame
        From :func:`helpers.similarity.passage_summary` (``doc_a, doc_b, shared_words, share_of_a, share_of_b``).
    labels : dict, optional
        Short label per doc_id (:func:`helpers.describe.article_labels`).
    min_share : float, default 0.5
        The share of an article's words, in passages shared with one other article, from which it is a near copy.
    max_named : int, default 8
        Pairs named; beyond it, the count.
    outlets : dict, optional
        Outlet per doc_id: the sentence then says whether each pair is within one outlet (an update or a republished
        story) or across two (copy each outlet published).

    Returns
    -------
    str

    Examples
    --------
    >>> s = pd.DataFrame({"doc_a": ["a", "b"], "doc_b": ["b", "c"], "shared_words": [204, 9],
    ...                   "share_of_a": [0.43, 0.02], "share_of_b": [0.656, 0.03]})
    >>> near_copy_finding(s, labels={"a": "Detik 1", "b": "Detik 2"})[:82]
    '1 pair of articles where one shares half or more of its text with the other: Detik'
    """
    labels = labels or {}
    if summary.empty:
        return f"No article shares {min_share:.0%} or more of its text with another."
    top = summary[["share_of_a", "share_of_b"]].max(axis=1)
    near = summary[top >= min_share].assign(top=top[top >= min_share]).sort_values(
        ["top", "doc_a", "doc_b"], ascending=[False, True, True])
    if near.empty:
        return (f"No article shares {min_share:.0%} or more of its text with another (the largest share is "
                f"{top.max():.0%}).")
    what = "half" if np.isclose(min_share, 0.5) else f"{min_share:.0%}"
    pairs = []
    for r in near.head(max_named).itertuples(index=False):
        copy, source, share = ((r.doc_b, r.doc_a, r.share_of_b) if r.share_of_b >= r.share_of_a
                               else (r.doc_a, r.doc_b, r.share_of_a))
        where = ""
        if outlets is not None:
            where = ", one outlet" if outlets.get(copy) == outlets.get(source) else ", two outlets"
        pairs.append(f"{labels.get(copy, copy)} shares {share:.0%} of its text with {labels.get(source, source)} "
                     f"({r.shared_words:,} words{where})")
    more = f"; and {len(near) - max_named} more pairs" if len(near) > max_named else ""
    return (f"{count_of(len(near), 'pair')} of articles where one shares {what} or more of its text with the other: "
            + "; ".join(pairs) + more + ". Every count that reads the articles one by one (statements, actor "
            "mentions, frame sentences, terms) counts that text twice. Within one outlet such a pair is often an "
            "update, a story published twice or a template filled in again (daily prices), which may belong in the "
            "comparison once; across outlets it is text both published alike (wire copy, a press release, or one "
            "speaker's words quoted alike: `kind` quote in the passages above), which is itself a finding.")


def naming_title(used: pd.Series, *, top: int = 3) -> str:
    """The naming chart's title: the concept written in the most different ways, with its commonest labels.

    Parameters
    ----------
    used : pandas.Series
        Uses per (concept, variant), a two-level index (:func:`helpers.framing.naming_variants` summed).
    top : int, default 3
        Labels named.

    Returns
    -------
    str

    Examples
    --------
    >>> u = pd.Series({("war", "perang"): 10, ("war", "invasi"): 2, ("war", "serangan"): 3, ("Russia", "Rusia"): 53,
    ...                ("Russia", "Kremlin"): 5})
    >>> naming_title(u)
    'War is written 3 ways: most often perang (10), serangan (3) and invasi (2)'
    """
    u = used[used > 0]
    if u.empty:
        return "None of the labels to compare occurs in these articles"
    ways = u.groupby(level=0, sort=False).size()
    total = u.groupby(level=0, sort=False).sum()
    concept = sorted(ways.index, key=lambda c: (-ways[c], -total[c], str(c)))[0]
    labels = u.loc[concept].sort_values(ascending=False, kind="stable").head(top)
    if ways[concept] == 1:
        return f"Each concept is written one way here ({concept}: {labels.index[0]}, {int(labels.iloc[0]):,} uses)"
    return (f"{str(concept)[:1].upper()}{str(concept)[1:]} is written {ways[concept]} ways: most often "
            + names([f"{v} ({int(n):,})" for v, n in labels.items()]))


def flags_finding(flags: pd.DataFrame, *, n_articles: int) -> str:
    """How many data-quality flags, in how many articles, of which kinds (:func:`helpers.describe.quality_flags`).

    Parameters
    ----------
    flags : pandas.DataFrame
        From :func:`helpers.describe.quality_flags` (``doc_id, flag``).
    n_articles : int
        Articles in the corpus.

    Returns
    -------
    str

    Examples
    --------
    >>> flags_finding(pd.DataFrame({"doc_id": ["a", "a", "b"], "flag": ["older_date", "mojibake", "older_date"]}),
    ...               n_articles=5)
    '3 flags in 2 articles of 5: `older_date` in 2 articles, `mojibake` in 1 article. Read the flagged paragraphs before citing those articles.'
    """
    if flags.empty:
        return "No data-quality flag was raised."
    kinds = flags.groupby("flag")["doc_id"].nunique()
    kinds = kinds.loc[sorted(kinds.index, key=lambda k: (-kinds[k], k))]
    return (f"{count_of(len(flags), 'flag')} in {count_of(flags['doc_id'].nunique(), 'article')} of {n_articles}: "
            + ", ".join(f"`{k}` in {count_of(v, 'article')}" for k, v in kinds.items())
            + ". Read the flagged paragraphs before citing those articles.")


def removed_note(removed: pd.DataFrame) -> str:
    """How many lines cleaning set aside or removed, and how many kept lines it trimmed.

    Parameters
    ----------
    removed : pandas.DataFrame
        From :func:`helpers.describe.removed_lines` (``action`` "keep" for a kept line whose dateline or end
        marker was cut off).

    Returns
    -------
    str

    Examples
    --------
    >>> removed_note(pd.DataFrame({"action": ["drop", "metadata", "keep"]}))
    '2 lines set aside or removed (blank lines aside), and 1 kept line trimmed (a dateline or end marker cut off).'
    """
    trimmed = int((removed["action"] == "keep").sum())
    return (f"{count_of(len(removed) - trimmed, 'line')} set aside or removed (blank lines aside), and "
            f"{count_of(trimmed, 'kept line')} trimmed (a dateline or end marker cut off).")


def passages_title(summary: pd.DataFrame, labels: dict) -> str:
    """The shared-passages chart's title over articles: the pair that shares the most words, or that none does.

    Parameters
    ----------
    summary : pandas.DataFrame
        From :func:`helpers.similarity.passage_summary` (``doc_a, doc_b, shared_words``, most shared first).
    labels : dict
        Short label per doc_id (:func:`helpers.describe.article_labels`).

    Returns
    -------
    str

    Examples
    --------
    >>> passages_title(pd.DataFrame({"doc_a": ["a"], "doc_b": ["b"], "shared_words": [27]}), {"a": "A1", "b": "B1"})
    'A1 and B1 share 27 words of near-identical text'
    """
    if summary.empty:
        return "No two articles share a passage"
    top = summary.sort_values("shared_words", ascending=False, kind="stable").iloc[0]
    return f"{labels.get(top.doc_a, top.doc_a)} and {labels.get(top.doc_b, top.doc_b)} share {top.shared_words} words of near-identical text"


def length_title(shown: pd.DataFrame, *, many: bool, column: str = "n_words_once") -> str:
    """The article-length chart's title: who ran the longest and the shortest articles, ties named, or why none.

    Parameters
    ----------
    shown : pandas.DataFrame
        One row per bar: ``outlet`` and ``column`` (per article, or per outlet from :func:`per_outlet`).
    many : bool
        True when the rows are outlets' means (:func:`many_articles`).
    column : str, default "n_words_once"

    Returns
    -------
    str

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["A", "B", "C"], "n_words_once": [900, 400, 900.2]})
    >>> length_title(t, many=True)
    'A and C ran the longest articles (900 words), B the shortest (400)'
    >>> length_title(t.head(1), many=True)
    'A is the only outlet (a mean of 900 words per article): nothing to compare'
    """
    if len(shown) == 0:
        return "No article to measure"
    top, low = shown[column].max(), shown[column].min()
    if len(shown) == 1:
        return (f"{shown['outlet'].iloc[0]} is the only outlet (a mean of {top:,.0f} words per article): nothing to "
                "compare" if many else f"One article ({top:,.0f} words): nothing to compare")
    if round(top) == round(low):
        return f"All {'outlets' if many else 'articles'} run {top:,.0f} words{' on average' if many else ''}"
    longest = sorted(set(shown.loc[shown[column].round() == round(top), "outlet"]))
    shortest = sorted(set(shown.loc[shown[column].round() == round(low), "outlet"]))
    return (f"{names(longest)} ran the longest article{'s' if many else ''} ({top:,.0f} words), {names(shortest)} the "
            f"shortest ({low:,.0f})")


def bars_note(corpus: pd.DataFrame, *, many: bool = True) -> str:
    """One sentence on what the bars rest on: an outlet's mean article, or one article each; when nothing compares.

    Parameters
    ----------
    corpus : pandas.DataFrame
        With ``outlet``.
    many : bool, default True
        True when the bars are the outlets' means (:func:`many_articles`), False when each bar is an article.

    Returns
    -------
    str
        Markdown.

    Examples
    --------
    >>> bars_note(pd.DataFrame({"outlet": ["A", "A", "B"]}))
    "3 articles from 2 outlets (1-2 per outlet): the bars compare the outlets' mean article; an outlet with few articles rests on one or two of them."
    >>> bars_note(pd.DataFrame({"outlet": ["A"] * 4}))
    '4 articles from 1 outlet (4 per outlet): with one outlet the bars describe its articles; there is no outlet to compare it with.'
    >>> bars_note(pd.DataFrame({"outlet": ["A", "A", "B"]}), many=False)
    '3 articles from 2 outlets (1-2 per outlet): one bar per article, so the bars compare articles; an outlet with one or two articles is not described by them.'
    """
    per = corpus["outlet"].value_counts()
    span = f"{int(per.max())}" if per.min() == per.max() else f"{int(per.min())}-{int(per.max())}"
    head = f"{count_of(len(corpus), 'article')} from {count_of(len(per), 'outlet')} ({span} per outlet): "
    if len(per) == 1:
        return head + "with one outlet the bars describe its articles; there is no outlet to compare it with."
    if per.max() == 1:
        return head + ("these are differences between **articles**, not outlets; a second article from the same "
                       "outlet could be twice as long.")
    if not many:
        return head + ("one bar per article, so the bars compare articles; an outlet with one or two articles is not "
                       "described by them.")
    return head + ("the bars compare the outlets' mean article; an outlet with few articles rests on one or two of "
                   "them." if per.min() <= 2 else f"the bars compare the outlets' mean article, each resting on "
                   f"{int(per.min())} articles or more.")


def shown_note(full: pd.DataFrame, shown: pd.DataFrame, *, n: int, what: str, file: str | None = None,
               name: str | None = None, by: str = "doc_id") -> str:
    """One sentence saying how much of a table a notebook shows: the first ``n`` rows of every article, of how many.

    Parameters
    ----------
    full, shown : pandas.DataFrame
        The whole table and the part displayed (:func:`per_article`).
    n : int
        Rows shown per article.
    what : str
        What a row is, plural ("generic-frame sentences").
    file : str, optional
        The CSV the whole table is saved to (:func:`save_table`), named in the sentence.
    name : str, optional
        The notebook variable holding the whole table, named when no file is written.
    by : str, default "doc_id"

    Returns
    -------
    str
        Markdown.

    Examples
    --------
    >>> t = pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "x": [1, 2, 3, 4]})
    >>> shown_note(t, per_article(t, 2), n=2, what="statements", file="voices.csv")
    'Shown: the first 2 statements of each of the 2 articles (3 of 4 rows); every row is in the table `voices.csv` of the report.'
    >>> shown_note(t, per_article(t, 2), n=2, what="statements", name="voices")
    'Shown: the first 2 statements of each of the 2 articles (3 of 4 rows); every row is in `voices`.'
    >>> shown_note(t, t, n=5, what="statements")
    'Shown: all 4 statements of the 2 articles.'
    """
    articles = full[by].nunique() if len(full) else 0
    if len(shown) >= len(full):
        return f"Shown: all {len(full):,} {what} of the {count_of(articles, 'article')}."
    saved = (f"; every row is in the table `{file}` of the report" if file
             else f"; every row is in `{name}`" if name else "")
    return (f"Shown: the first {n} {what} of each of the {count_of(articles, 'article')} ({len(shown):,} of "
            f"{len(full):,} rows){saved}.")


def precision_finding(precision: pd.DataFrame, *, target: float = 0.8, min_judged: int = 10,
                      min_words: int = 1, min_per_article: int = 1, agreement: pd.DataFrame | None = None,
                      reliable_kappa: float = 0.67, trial: pd.DataFrame | None = None,
                      rereads: pd.DataFrame | None = None) -> str:
    """The out-of-sample precision of the frame dictionary said in one paragraph, from :func:`helpers.framing.frame_precision`.

    Parameters
    ----------
    precision : pandas.DataFrame
        ``frame_precision()`` (one row per sample and frame, ``all`` rows included).
    target : float, default 0.8
        The share of evidence sentences that should clearly carry their frame.
    min_judged : int, default 10
        Frames with fewer judgments than this in the latest sample are named as uncertain.
    min_words : int, default 1
        The rule the notebook uses (distinct elements of a frame a sentence needs): the paragraph
        pools the samples of this rule and names the latest sample of each other rule beside it.
    min_per_article : int, default 1
        With ``min_words``, the rule the notebook uses (sentences of an article that must carry the frame).
    agreement : pandas.DataFrame, optional
        :func:`helpers.framing.reader_agreement`: how far each pair of readers of the same samples agreed.
    reliable_kappa : float, default 0.67
        The agreement (Cohen's kappa) below which the paragraph says the readers' coding is not yet
        reliable enough to draw conclusions from (Krippendorff's 0.667 for tentative conclusions).
    trial : pandas.DataFrame, optional
        ``frame_precision(screened=True)``: its samples that ``precision`` leaves out (they measured a
        screen the kit tried and did not adopt) are named last, with their figures and rules.
    rereads : pandas.DataFrame, optional
        :func:`helpers.framing.frame_rereads`: second readings of samples, said with how far they moved the figure.

    Returns
    -------
    str
        Markdown: every sample's strict and lenient precision under the rule (where several readers
        judged a sample, their median, with each reader's own figure), whether its latest sample
        meets the target, the frames resting on few judgments, the other rule's latest sample, the
        readers' agreement, and the samples of a rule not adopted.

    Examples
    --------
    >>> p = pd.DataFrame({"sample": [1, 1, 1], "lexicon": ["first"] * 3, "frame": ["a", "b", "all"],
    ...                   "n": [95, 5, 100], "strict": [0.9, 0.2, 0.87], "lenient": [1.0, 0.4, 0.97]})
    >>> print(precision_finding(p, min_words=1))
    Out of sample, the share of evidence sentences that clearly carry their frame was 87% in sample 1 (97% at least weakly; 100 sentences judged). The latest sample meets the target of 80% (87%). B rests on fewer than 10 judgments in the latest sample: its precision is the least certain.
    """
    from .framing import CLEAR_RULE

    measured = set(precision["sample"])  # every sample of a rule the kit has (a trial's are named apart)
    full = precision
    scoped = precision[precision["frames"] != "all"] if "frames" in precision else precision.iloc[0:0]
    precision = precision.drop(scoped.index)  # samples limited to some frames are named apart, after the rules
    rule = _rules_of(precision)
    mine = rule == (int(min_words), int(min_per_article))
    by_frame = precision[precision["frame"] != "all"]
    other = _latest_by_rule(precision[~mine])  # the latest sample of each other rule
    other_all = other.attrs["earlier"]
    precision = precision[mine]
    overall = precision[precision["frame"] == "all"].sort_values("sample").set_index("sample")
    if overall.empty:
        return (f"No precision judgments are recorded for sentences with {_rule_words(int(min_words), int(min_per_article))}"
                " of a frame.")
    last = overall.index.max()
    latest = precision[(precision["sample"] == last) & (precision["frame"] != "all")]
    few = latest.loc[latest["n"] < min_judged, "frame"]
    pct = lambda col: names(f"{v:.0%}" for v in overall[col])  # noqa: E731
    text = (f"Out of sample, the share of evidence sentences that clearly carry their frame was {pct('strict')} in "
            f"{'sample' if len(overall) == 1 else 'samples'} {names(str(k) for k in overall.index)} "
            f"({pct('lenient')} at least weakly; {int(overall['n'].sum()):,} sentences judged). ")
    if len(overall) > 1:
        from scipy.stats import binomtest, chi2_contingency

        yes = (overall["yes"] if "yes" in overall else (overall["strict"] * overall["n"]).round()).astype(int)
        k, n = int(yes.sum()), int(overall["n"].sum())
        ci = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
        p_h = chi2_contingency(np.column_stack([yes, overall["n"].astype(int) - yes]))[1]
        text += (f"Pooled, {k:,} of {n:,} ({k / n:.0%}, 95% Wilson interval {ci.low:.0%}-{ci.high:.0%}), though each "
                 "sample measured the lexicon of its time on other events, and the samples "
                 + ("differ more than chance alone would make them" if p_h < 0.05 else "do not differ more than chance would make them")
                 + f" (chi-squared test of homogeneity, p = {p_h:.2g}). ")
    strict = overall.loc[last, "strict"]
    alone = [overall.loc[last, f"strict_{k}"] for k in (1, 2, 3) if f"strict_{k}" in overall
             and not pd.isna(overall.loc[last, f"strict_{k}"])]
    several = len(alone) > 1
    how = (f"{share_against(strict, target)} by the median of {count_of(len(alone), 'reader')}; "
           f"{names(share_against(v, target) for v in alone)} by each alone" if several else share_against(strict, target))
    if strict >= target:
        text += f"The latest sample meets the target of {target:.0%} ({how})."
    elif several and max(alone) >= target:
        text += (f"The latest sample does not meet the target of {target:.0%} ({how}): one reader alone would "
                 "have put it over, so read the evidence sentences before relying on a frame's share.")
    else:
        text += (f"The latest sample does not meet the target of {target:.0%} ({how}): read the evidence "
                 "sentences before relying on a frame's share.")
    text += _few_note(few, min_judged, "judgments in the latest sample", "{its} precision is the least certain.")
    for i, o in other.sort_values(["min_words", "min_per_article"] if "min_per_article" in other
                                  else ["min_words"]).iterrows() if len(other) else ():
        o_rule = _rules_of(other)[i]
        o_alone = [o[f"strict_{k}"] for k in (1, 2, 3) if not pd.isna(o.get(f"strict_{k}", np.nan))]
        o_how = (f"; {names(share_against(v, target) for v in o_alone)} by each reader alone" if len(o_alone) > 1 else "")
        arg = f"`min_words={o_rule[0]}`" + (f", `min_per_article={o_rule[1]}`" if o_rule[1] > 1 else "")
        what = f"{_rule_words(o_rule[0])} of a frame in a sentence" + (
            f" and {_NUMBER_WORDS.get(o_rule[1], o_rule[1])} or more such sentences in the article" if o_rule[1] > 1 else "")
        earlier = other_all[(_rules_of(other_all) == o_rule) & (other_all["sample"] < o["sample"])]
        before = (f"; {'sample' if len(earlier) == 1 else 'samples'} {names(str(int(k)) for k in earlier['sample'])} "
                  f"of the same rule, with the lexicon and readers of their time: "
                  + (f"{earlier['strict'].iloc[0]:.0%}" if len(earlier) == 1 else
                     f"{earlier['strict'].min():.0%}-{earlier['strict'].max():.0%}") if len(earlier) else "")
        o_few = by_frame[(by_frame["sample"] == o["sample"]) & (by_frame["n"] < min_judged)]
        few_note = _few_note(o_few["frame"], min_judged, f"of its sentences ({int(o_few['n'].sum())} together)",
                             "under this rule {its} precision is the least certain.")
        text += (f" Requiring {what} instead ({arg}" + ("; the evidence marked clear" if o_rule == CLEAR_RULE else "")
                 + f"), sample {int(o['sample'])} found {share_against(o['strict'], target)} clearly their frame "
                 f"({o['lenient']:.0%} at least weakly{o_how}{before}), "
                 + ("meeting the target." if o["strict"] >= target else "below the target.") + few_note)
    for sample, g in scoped.groupby("sample", sort=True):
        o = g[g["frame"] == "all"].iloc[0]
        parts = g[g["frame"] != "all"]
        o_rule = _rules_of(g).iloc[0]
        pooled = _rule_by_frame(full, o_rule)
        these = pooled[pooled["frame"].isin(parts["frame"])]
        rest = pooled[~pooled["frame"].isin(parts["frame"])]
        y, n = int(these["yes"].sum()), int(these["n"].sum())
        text += (f" Sample {int(sample)} read every sentence of the {names(f.replace('_', ' ') for f in parts['frame'])} "
                 f"frames under the rule of {_rule_words(*o_rule)} that no reader had judged: "
                 f"{int(o['yes'])} of {int(o['n'])} ({o['strict']:.0%}) clearly their frame ("
                 + names(f"{r['frame'].replace('_', ' ')} {int(r['yes'])} of {int(r['n'])}" for _, r in parts.iterrows())
                 + f"); over samples {these['samples'].iloc[0]}, those frames {y} of {n} ({y / n:.0%})"
                 + (", against " + names(f"{r['frame'].replace('_', ' ')} {int(r['yes'])} of {int(r['n'])} "
                                         f"({r['strict']:.0%})" for _, r in rest.iterrows()) if len(rest) else "")
                 + ".")
    if agreement is not None and len(agreement):
        n, same = int(agreement["n"].sum()), int(agreement["n_agree"].sum())
        between, wide = int(agreement["yes_vs_loose"].sum()), int(agreement["any_no_vs_yes"].sum())
        k_lo, k_hi = agreement["kappa"].min(), agreement["kappa"].max()
        a_lo, a_hi = agreement["agree"].min(), agreement["agree"].max()
        span = lambda lo, hi, f: f(lo) if lo == hi else f"{f(lo)}-{f(hi)}"  # noqa: E731
        text += (f" Pairs of readers of {'sample' if agreement['sample'].nunique() == 1 else 'samples'} "
                 f"{names(str(k) for k in sorted(agreement['sample'].unique()))} judged "
                 f"{span(a_lo, a_hi, lambda v: f'{v:.0%}')} of sentences alike (Cohen's kappa "
                 f"{span(k_lo, k_hi, lambda v: f'{v:.2f}')}"
                 + (f"; below the {reliable_kappa:.2f} content analysts ask of a coding before drawing conclusions "
                    "from it, Krippendorff 2004" if k_hi < reliable_kappa else "")
                 + f"). Of their {n - same:,} disagreements, {between:,} lay between clearly and weakly their frame"
                 + (", none between clearly and not at all." if not wide else f", {wide:,} between clearly and not at all."))
    if rereads is not None and len(rereads):
        parts = []
        for kind, g in rereads.sort_values("sample").groupby("reread", sort=True):
            how = ("by three other readers with instructions that say more of \"loose\"" if kind != "new readers"
                   else "by three new readers with the same instructions")
            parts.append(f"{'sample' if len(g) == 1 else 'samples'} {names(str(int(k)) for k in g['sample'])} "
                         f"{how} gave {names(f'{v:.0%}' for v in g['strict'])} (against "
                         f"{names(f'{v:.0%}' for v in g['record_strict'])})")
        gap = float(rereads["difference"].abs().max())
        text += (f" Read again, {'; '.join(parts)}: readers draw the line between clearly and weakly their frame up to "
                 f"{gap * 100:.0f} points apart, so a figure within that of the target is not firmly above or below it.")
    if trial is not None and len(trial):
        t = trial[(trial["frame"] == "all") & ~trial["sample"].isin(measured)].sort_values("sample")
        if len(t):
            each = names(f"sample {int(r['sample'])} ({_rule_words(int(r['min_words']))}) {r['strict']:.0%} "
                         f"({r['lenient']:.0%} at least weakly; {int(r['n'])} sentences)" for _, r in t.iterrows())
            text += (f" {'Sample' if len(t) == 1 else 'Samples'} {names(str(int(k)) for k in t['sample'])} measured "
                     f"a screen the kit tried and did not adopt, and {'is' if len(t) == 1 else 'are'} left out above: "
                     f"clearly their frame in {each}.")
    return text


def clear_evidence_finding(evidence: pd.DataFrame, precision: pd.DataFrame, *, min_words: int = 1,
                           rereads: pd.DataFrame | None = None) -> str:
    """How much of this corpus's generic-frame evidence is marked clear, and how precise each kind proved elsewhere.

    Parameters
    ----------
    evidence : pandas.DataFrame
        :func:`helpers.framing.frame_evidence` (its ``clear`` column; rows of kind "generic" are counted).
    precision : pandas.DataFrame
        :func:`helpers.framing.frame_precision`: the latest sample of the clear rule and of the rule in use give
        the figures.
    min_words : int, default 1
        The rule the notebook uses.
    rereads : pandas.DataFrame, optional
        :func:`helpers.framing.frame_rereads`: another reading of the clear rule's sample is given beside its figure.

    Returns
    -------
    str
        Markdown: the clear sentence-frame pairs and their articles out of all, and the precision blind readers
        found for each kind of evidence; where none is clear, that every share rests on the other kind.

    Examples
    --------
    >>> ev = pd.DataFrame({"doc_id": ["a", "a", "b"], "kind": ["generic"] * 3, "clear": [True, True, False],
    ...                    "frame": ["conflict", "economic", "economic"]})
    >>> p = pd.DataFrame({"sample": [18, 22, 22, 22, 24, 24], "min_words": [1, 2, 2, 2, 2, 2],
    ...                   "min_per_article": [1, 2, 2, 2, 2, 2], "frames": ["all"] * 4 + ["conflict"] * 2,
    ...                   "frame": ["all", "all", "conflict", "economic", "all", "conflict"],
    ...                   "yes": [45, 91, 1, 90, 15, 15], "n": [100, 100, 2, 98, 20, 20],
    ...                   "strict": [0.45, 0.91, 0.5, 0.92, 0.75, 0.75]})
    >>> print(clear_evidence_finding(ev, p))
    2 of the 3 generic-frame sentence-frame pairs here are marked `clear` (in 1 of the 2 articles with any): two distinct elements of the frame, in an article that carries it in two or more such sentences. Of such sentences on other events, blind readers found 91% of 100 clearly their frame (sample 22; one word: 45% of 100, sample 18). By frame, over samples 22 and 24: economic 92% of 98 and conflict 73% of 22. Quote the clear ones first; read the rest before citing them.
    """
    from .framing import CLEAR_RULE

    ev = evidence[evidence["kind"] == "generic"] if "kind" in evidence else evidence
    if ev.empty:
        return "No generic-frame evidence here."
    latest = _latest_by_rule(precision)
    by_rule = {rule: row for rule, (_, row) in zip(_rules_of(latest), latest.iterrows())}
    clear_p, used_p = by_rule.get(CLEAR_RULE), by_rule.get((int(min_words), 1))
    said = lambda r: (f"{r['strict']:.0%} of {int(r['n'])} clearly their frame (sample {int(r['sample'])}"  # noqa: E731
                      if r is not None else "")
    n_clear = int(ev["clear"].sum())
    what = _clear_words()
    if n_clear == 0:
        text = (f"None of the {count_of(len(ev), 'generic-frame sentence-frame pair')} here is marked `clear` ({what})")
        if used_p is not None:
            text += (f": every frame share here rests on evidence of the kind blind readers found "
                     f"{said(used_p)}) on other events")
        return text + ". Read the evidence before citing a share."
    arts = ev.loc[ev["clear"], "doc_id"].nunique()
    text = (f"{n_clear:,} of the {count_of(len(ev), 'generic-frame sentence-frame pair')} here "
            f"{'is' if n_clear == 1 else 'are'} marked `clear` (in {arts:,} of the "
            f"{count_of(ev['doc_id'].nunique(), 'article')} with any): {what}.")
    if clear_p is not None:
        again = (rereads[rereads["sample"] == clear_p["sample"]] if rereads is not None and len(rereads)
                 else pd.DataFrame())
        text += (f" Of such sentences on other events, blind readers found {said(clear_p)}"
                 + "".join(f"; {r['strict']:.0%} by other readers" + (" with fuller instructions" if r["reread"] !=
                                                                     "new readers" else "") for _, r in again.iterrows())
                 + (f"; {_rule_words(int(min_words))}: {used_p['strict']:.0%} of {int(used_p['n'])}, sample {int(used_p['sample'])}"
                    if used_p is not None else "") + ").")
        pooled = _rule_by_frame(precision, CLEAR_RULE)
        here = pooled[pooled["frame"].isin(ev.loc[ev["clear"], "frame"])] if "frame" in ev else pooled.iloc[0:0]
        if len(here) and pooled["samples"].iloc[0] != str(int(clear_p["sample"])):
            text += (f" By frame, over samples {pooled['samples'].iloc[0]}: "
                     + names(f"{r['frame'].replace('_', ' ')} {r['strict']:.0%} of {int(r['n'])}"
                             for _, r in here.sort_values("n", ascending=False).iterrows()) + ".")
    return text + " Quote the clear ones first; read the rest before citing them."


def clear_frames_finding(clear: pd.DataFrame, every: pd.DataFrame) -> str:
    """Which generic frames hold on clear evidence alone, per outlet, beside those that rest on passing words.

    Parameters
    ----------
    clear : pandas.DataFrame
        :func:`helpers.framing.frames_by_outlet` of ``frame_scores(..., min_words=2, min_per_article=2)``: the
        sentences marked clear.
    every : pandas.DataFrame
        :func:`helpers.framing.frames_by_outlet` of the scores the notebook charts.

    Returns
    -------
    str
        Markdown: the clear sentences and the outlets with any, each frame's clear sentences by outlet (most first),
        and the frames with sentences but none clear.

    Examples
    --------
    >>> every = pd.DataFrame({"outlet": ["X", "X", "Y", "Y"], "frame": ["conflict", "economic"] * 2,
    ...                       "kind": ["generic"] * 4, "units_with_frame": [5, 2, 3, 1]})
    >>> clear = every.assign(units_with_frame=[2, 0, 0, 0])
    >>> print(clear_frames_finding(clear, every))
    On clear evidence alone, 2 sentences in 1 of 2 outlets: conflict 2 (X 2). Economic has sentences here but none clear: its share rests on evidence of the kinds blind readers found clearly its frame less often (section 7).
    """
    gen_c = clear[clear["kind"] == "generic"]
    gen_e = every[every["kind"] == "generic"]
    n = int(gen_c["units_with_frame"].sum())
    outlets = gen_e["outlet"].nunique()
    with_any = gen_e.groupby("frame", sort=False)["units_with_frame"].sum()
    if n == 0:
        return (f"No sentence here is clear evidence of a generic frame ({_clear_words()}): every generic-frame share "
                "above rests on sentences of a kind blind readers found clearly their frame far less often (section 7).")
    per = gen_c.groupby("frame", sort=False)["units_with_frame"].sum()
    per = per[per > 0].sort_values(ascending=False, kind="mergesort")
    parts = []
    for f, k in per.items():
        by = gen_c[(gen_c["frame"] == f) & (gen_c["units_with_frame"] > 0)].sort_values(
            ["units_with_frame", "outlet"], ascending=[False, True])
        parts.append(f"{f.replace('_', ' ')} {int(k)} (" + ", ".join(f"{o} {int(u)}" for o, u in
                                                                   zip(by["outlet"], by["units_with_frame"])) + ")")
    used = gen_c.loc[gen_c["units_with_frame"] > 0, "outlet"].nunique()
    text = (f"On clear evidence alone, {count_of(n, 'sentence')} in {used} of {count_of(outlets, 'outlet')}: "
            + "; ".join(parts) + ".")
    bare = [f for f, k in with_any.items() if k > 0 and f not in per.index]
    if bare:
        text += (f" {names(f.replace('_', ' ') for f in bare).capitalize()} {'has' if len(bare) == 1 else 'have'} "
                 f"sentences here but none clear: {'its share rests' if len(bare) == 1 else 'their shares rest'} on "
                 f"evidence of the kinds blind readers found clearly {'its' if len(bare) == 1 else 'their'} frame less "
                 "often (section 7).")
    return text


def lead_body_title(difference: pd.Series, *, n_leads: int, min_difference: float = 0.05, min_base: int = 5,
                    differing: pd.Series | None = None, cells: pd.DataFrame | None = None) -> str:
    """The lead-versus-body chart's title: the frames leads stress most, those the bodies stress most, or neither.

    Parameters
    ----------
    difference : pandas.Series
        Per frame, the mean share of lead sentences carrying it minus that of body sentences
        (:func:`helpers.framing.lead_body_difference`, averaged over outlets or articles).
    n_leads : int
        Articles with a lead: the count the comparison rests on.
    min_difference : float, default 0.05
        A frame is named only when leads (or bodies) carry it by at least this much more, the difference
        rounded to two places as it is shown.
    min_base : int, default 5
        Fewer articles than this are too few to compare; with ``differing``, a frame is named only where its
        difference goes the named way in at least this many articles (else the title says they are too few).
    differing : pandas.Series or pandas.DataFrame, optional
        Per frame, the articles whose lead and body differ at all in it; the title then says on how many of the
        ``n_leads`` a named frame rests (a mean over many articles can rest on two). Or the per-article differences
        themselves (frames x articles, :func:`helpers.framing.lead_body_difference` by article): the title then also
        says in how many of those articles the difference goes the way it names and in how many the other way.
    cells : pandas.DataFrame, optional
        The chart's table (frame x outlet or article): when the means are about equal but one cell is not, the
        title names the largest cell, so that it does not say "about equally" over a cell of +0.10.

    Returns
    -------
    str

    Examples
    --------
    >>> lead_body_title(pd.Series({"economic": 0.06}), n_leads=16, differing=pd.Series({"economic": 6}))
    'Leads stress economic more than the bodies do (+0.06 mean difference; 16 in all; it differs at all in 6 of them)'
    >>> per_article = pd.DataFrame({"a": [0.2], "b": [0.1], "c": [-0.05], "d": [0.0]}, index=["economic"])
    >>> lead_body_title(pd.Series({"economic": 0.06}), n_leads=16, differing=per_article,
    ...                 min_base=2)  # doctest: +NORMALIZE_WHITESPACE
    'Leads stress economic more than the bodies do (+0.06 mean difference; 16 in all; of the articles whose lead and
    body differ in it, 2 go this way and 1 the other)'
    >>> lead_body_title(pd.Series({"economic": 0.06}), n_leads=16, differing=per_article)  # doctest: +NORMALIZE_WHITESPACE
    'Leads and bodies differ in too few articles to compare: the largest mean difference (economic +0.06) rests on 2
    of 16 articles (at least 5 are needed)'
    >>> d = pd.Series({"conflict": 0.2, "economic_consequences": -0.1})
    >>> lead_body_title(d, n_leads=16)
    'Leads stress conflict more than the bodies do (+0.20 mean difference; 16 in all); bodies stress economic consequences more than the leads do (-0.10 mean difference)'
    >>> lead_body_title(d.clip(lower=0) * -1, n_leads=16)
    'Bodies stress conflict more than the leads do (-0.20 mean difference; 16 in all)'
    >>> lead_body_title(d / 10, n_leads=16)
    'Leads and bodies carry the frames about equally (largest mean difference either way 0.02, below 0.05)'
    >>> cells = pd.DataFrame({"X": [0.1, 0.0], "Y": [0.0, -0.02]}, index=["conflict", "economic_consequences"])
    >>> lead_body_title(d / 10, n_leads=16, cells=cells)  # doctest: +NORMALIZE_WHITESPACE
    'Leads and bodies carry the frames about equally on average (largest mean difference either way 0.02, below 0.05),
    though in X leads stress conflict more (+0.10)'
    """
    d = difference.dropna().round(2)
    if n_leads < min_base:
        return f"Too few articles to compare ({n_leads:,} in all; at least {min_base:,} are needed)"
    if d.empty or d.abs().max() < min_difference:
        text = (f"Leads and bodies carry the frames about equally (largest mean difference either way "
                f"{d.abs().max() if len(d) else 0:.2f}, below {min_difference:.2f})")
        c = cells.round(2).stack() if cells is not None else pd.Series(dtype=float)
        c = c[c.abs() >= min_difference]
        if len(c):
            (frame, where), x = max(c.items(), key=lambda kv: (abs(kv[1]), str(kv[0])))
            text = (text.replace("carry the frames about equally", "carry the frames about equally on average")
                    + f", though in {where} {'leads' if x > 0 else 'bodies'} stress {str(frame).replace('_', ' ')} "
                    f"more ({x:+.2f})")
        return text
    def rests(frames: list[str], sign: int = 1) -> str:  # "; it differs at all in 3 of them"
        if differing is None:
            return ""
        if isinstance(differing, pd.DataFrame):  # per article: which way each differs
            rows = [differing.loc[f].dropna() if f in differing.index else pd.Series(dtype=float) for f in frames]
            ways = [(int((r * sign > 0).sum()), int((r * sign < 0).sum())) for r in rows]
            parts = [f"{k:,} {'goes' if k == 1 else 'go'} this way and {o:,} the other" for k, o in ways]
            return (f"; of the articles whose lead and body differ in it, {parts[0]}" if len(parts) == 1
                    else "; of the articles whose lead and body differ in them, " + ", ".join(parts))
        k = [int(differing.get(f, 0)) for f in frames]
        return (f"; it differs at all in {k[0]:,} of them" if len(k) == 1
                else "; they differ at all in " + ", ".join(f"{x:,}" for x in k) + " of them")

    labels = d.rename(lambda f: f.replace("_", " "))
    lows = sorted(k for k, x in labels.items() if x == labels.min())
    low_keys = sorted(k for k, x in d.items() if x == d.min())
    high_keys = sorted(k for k, x in d.items() if x == d.max())

    def resting(frames: list[str], sign: int) -> int:  # the most articles a named frame's difference rests on
        if isinstance(differing, pd.DataFrame):
            return max(int((differing.loc[f].dropna() * sign > 0).sum()) if f in differing.index else 0 for f in frames)
        return max(int(differing.get(f, 0)) for f in frames) if differing is not None else min_base

    leads_named = d.max() >= min_difference and resting(high_keys, 1) >= min_base
    bodies_named = d.min() <= -min_difference and resting(low_keys, -1) >= min_base
    if not leads_named and not bodies_named:  # a mean difference carried by one or two articles is no pattern
        key, sign = (high_keys, 1) if d.max() >= -d.min() else (low_keys, -1)
        return (f"Leads and bodies differ in too few articles to compare: the largest mean difference "
                f"({key[0].replace('_', ' ')} {d[key[0]]:+.2f}) rests on {resting(key, sign):,} of {n_leads:,} "
                f"articles (at least {min_base:,} are needed)")
    bodies = (f"odies stress {names(lows)} more than the leads do ({labels.min():+.2f} mean difference"
              + (" each" if len(lows) > 1 else ""))
    if not leads_named:  # only the bodies stress a frame (on enough articles)
        return "B" + bodies + f"; {n_leads:,} in all{rests(low_keys, -1)})"
    leads = most(labels, one="Leads stress {} more than the bodies do", many="Leads stress {} more than the bodies do",
                 fmt="{:+.2f}", what="mean difference", base=n_leads)
    if differing is not None:
        leads = leads[:-1] + rests(high_keys) + ")"
    return leads + ("; b" + bodies + rests(low_keys, -1) + ")" if bodies_named else "")


def lead_size_note(lead_body: pd.DataFrame) -> str:
    """One sentence on how far a single sentence moves a lead's share, from the leads' sizes.

    Parameters
    ----------
    lead_body : pandas.DataFrame
        :func:`helpers.framing.lead_vs_body` output (``doc_id``, ``lead_sentences``).

    Returns
    -------
    str
        Markdown: the fewest and most lead sentences per article and the share one sentence is of the
        longest lead ("" when there is no lead); with ``body_sentences``, how many articles of one
        paragraph have no body to compare and are left out.

    Examples
    --------
    >>> lb = pd.DataFrame({"doc_id": ["a", "a", "b"], "lead_sentences": [2, 2, 3]})
    >>> lead_size_note(lb)
    'With 2 to 3 lead sentences per article, a single sentence moves a lead share by 33% or more: read these as descriptions of 2 leads, not as a pattern.'
    >>> lead_size_note(lb.assign(body_sentences=[4, 4, 0]))[-86:]
    '1 article of one paragraph has no body to compare with its lead and is left out above.'
    """
    n_lead = lead_body.groupby("doc_id")["lead_sentences"].first()
    no_body = 0
    if "body_sentences" in lead_body:  # an article of one paragraph is all lead and is left out of the comparison
        has_body = lead_body.groupby("doc_id")["body_sentences"].first() > 0
        no_body, n_lead = int((~has_body).sum()), n_lead[has_body]
    text = ""
    if len(n_lead):
        low, high = int(n_lead.min()), int(n_lead.max())
        span = f"{low}" if low == high else f"{low} to {high}"
        text = (f"With {span} lead {'sentence' if high == 1 else 'sentences'} per article, a single sentence moves a "
                f"lead share by {1 / max(high, 1):.0%} or more: read these as descriptions of "
                f"{count_of(len(n_lead), 'lead')}, not as a pattern.")
    if no_body:
        text += (f" {count_of(no_body, 'article')} of one paragraph {'has' if no_body == 1 else 'have'} no body "
                 f"to compare with {'its' if no_body == 1 else 'their'} lead and {'is' if no_body == 1 else 'are'} "
                 "left out above.")
    return text.strip()


def domains_note(domains: pd.DataFrame, lexicon: pd.DataFrame, *, n_articles: int) -> str:
    """Which articles are of a kind of news where some frame words mean otherwise, and which words then do not count.

    Parameters
    ----------
    domains : pandas.DataFrame
        :func:`helpers.framing.article_domains` of the corpus.
    lexicon : pandas.DataFrame
        :func:`helpers.framing.load_lexicon` (its ``not_in_domain`` column names the words left out).
    n_articles : int
        Articles in the corpus.

    Returns
    -------
    str
        One sentence per domain found (its articles and the words it leaves out of which frame), or
        one sentence saying that no article is of such a domain.

    Examples
    --------
    >>> lex = pd.DataFrame({"frame": ["conflict", "conflict"], "kind": ["generic"] * 2, "pattern": ["serang*", "perang*"],
    ...                     "not_in_domain": ["sport", ""]})
    >>> d = pd.DataFrame({"doc_id": ["a"], "domain": ["sport"], "markers": ["gol, laga, pemain"], "n_markers": [3],
    ...                   "min_markers": [3]})
    >>> print(domains_note(d, lex, n_articles=4))
    1 of 4 articles is sport by its words (at least 3 distinct marker words of domains.csv): there serang* does not count for conflict.
    >>> print(domains_note(d.iloc[0:0], lex, n_articles=4))
    No article is of a kind of news where a frame word means something else (domains.csv: sport), so every frame word counts in every article.
    """
    from .framing import domain_names

    col = lexicon["not_in_domain"] if "not_in_domain" in lexicon else pd.Series(None, index=lexicon.index)
    rules: dict[str, list[tuple[str, str]]] = {}
    for frame, pattern, doms in zip(lexicon["frame"], lexicon["pattern"], col):
        for d in sorted(domain_names(doms)):
            rules.setdefault(d, []).append((str(frame), str(pattern)))
    if domains.empty:
        listed = f" (domains.csv: {names(sorted(rules))})" if rules else " (domains.csv)"
        return (f"No article is of a kind of news where a frame word means something else{listed}, so every frame "
                "word counts in every article.")
    parts = []
    for d, g in domains.groupby("domain", sort=True):
        k = int(g["doc_id"].nunique())
        left = rules.get(str(d), [])
        by_frame: dict[str, list[str]] = {}
        for frame, pattern in left:
            by_frame.setdefault(frame, []).append(pattern)
        words = "; ".join(f"{names(ps)} {'does' if len(ps) == 1 else 'do'} not count for {f.replace('_', ' ')}"
                          for f, ps in by_frame.items()) or "no frame word is left out (no lexicon row names it)"
        need = (f"at least {int(g['min_markers'].max())} distinct marker words of domains.csv" if "min_markers" in g
                else "the marker words of domains.csv")
        parts.append(f"{k:,} of {n_articles:,} {'article is' if n_articles == 1 else 'articles is' if k == 1 else 'articles are'} "
                     f"{d} by {'its' if k == 1 else 'their'} words ({need}): there {words}.")
    return " ".join(parts)


_NUMBER_WORDS = {2: "two", 3: "three", 4: "four"}


def _rule_words(k: int, per_article: int = 1) -> str:
    """A rule of the frame evidence in words: ``min_words`` ("one word", "two distinct elements": words of one
    element count once) and, above 1, ``min_per_article`` ("... in an article with two or more such sentences")."""
    num = _NUMBER_WORDS
    text = "one word" if k == 1 else f"{num.get(k, k)} distinct elements"
    if per_article > 1:
        text += f" in an article with {num.get(per_article, per_article)} or more such sentences"
    return text


def _clear_words() -> str:
    """The rule of the evidence marked ``clear`` in words, from :data:`helpers.framing.CLEAR_RULE`: "two distinct
    elements of the frame, in an article that carries it in two or more such sentences"."""
    from .framing import CLEAR_RULE

    k, m = CLEAR_RULE
    return (f"{_NUMBER_WORDS.get(k, k)} distinct elements of the frame, in an article that carries it in "
            f"{_NUMBER_WORDS.get(m, m)} or more such sentences")


def _rule_by_frame(precision: pd.DataFrame, rule: tuple) -> pd.DataFrame:
    """Over every sample of one rule of the evidence, each frame's judgments pooled: ``frame, yes, n, strict``, and
    ``samples`` (the samples pooled), from :func:`helpers.framing.frame_precision` rows."""
    rows = precision[(precision["frame"] != "all") & (_rules_of(precision) == rule)] if len(precision) else precision
    if rows.empty:
        return pd.DataFrame(columns=["frame", "yes", "n", "strict", "samples"])
    out = rows.groupby("frame", sort=True).agg(yes=("yes", "sum"), n=("n", "sum")).reset_index()
    out["strict"] = (out["yes"] / out["n"]).round(2)
    out["samples"] = names(str(int(k)) for k in sorted(rows["sample"].unique()))
    return out


def _latest_by_rule(precision: pd.DataFrame) -> pd.DataFrame:
    """The ``all`` row of each rule's latest sample of every generic frame (samples limited to some frames left out),
    from :func:`helpers.framing.frame_precision` rows; ``attrs["earlier"]``: every ``all`` row of those samples."""
    overall = precision[precision["frame"] == "all"]
    if "frames" in overall:
        overall = overall[overall["frames"] == "all"]
    overall = overall.sort_values("sample")
    out = overall[~_rules_of(overall).duplicated(keep="last")] if len(overall) else overall
    out.attrs["earlier"] = overall
    return out


def _few_note(frames, min_judged: int, where: str, ending: str) -> str:
    """" Conflict and morality rest on fewer than 10 <where>: <ending>" (empty without frames)."""
    frames = sorted(f.replace("_", " ") for f in frames)
    if not frames:
        return ""
    one = len(frames) == 1
    return (f" {names(frames).capitalize()} {'rests' if one else 'rest'} on fewer than {min_judged} {where}: "
            + ending.format(its="its" if one else "their"))


def _rules_of(table: pd.DataFrame) -> pd.Series:
    """Each row's evidence rule as a pair (min_words, min_per_article), 1 where a column is missing."""
    k = table["min_words"] if "min_words" in table else pd.Series(1, index=table.index)
    m = table["min_per_article"] if "min_per_article" in table else pd.Series(1, index=table.index)
    return pd.Series(list(zip(k.astype(int), m.astype(int))), index=table.index)


def frame_rule(min_words: int = 1, min_per_article: int = 1) -> str:
    """The frame dictionary's sentence rule in words, for a chart's note.

    Parameters
    ----------
    min_words, min_per_article : int, default 1
        As :func:`helpers.framing.frame_evidence`.

    Returns
    -------
    str

    Examples
    --------
    >>> frame_rule(1), frame_rule(2)
    ('a generic frame counted with one word of it per sentence', 'a generic frame counted with two distinct elements of it per sentence')
    """
    return f"a generic frame counted with {_rule_words(int(min_words), int(min_per_article))} of it per sentence"


def coverage_finding(coverage: pd.DataFrame, *, min_words: int = 1, min_per_article: int = 1) -> str:
    """What each rule of the evidence reaches on this corpus, said from :func:`helpers.framing.frame_coverage`.

    Parameters
    ----------
    coverage : pandas.DataFrame
        ``frame_coverage(corpus, lexicon)``.
    min_words, min_per_article : int, default 1
        The rule the notebook uses.

    Returns
    -------
    str
        Markdown, one sentence per rule, the rule in use first.

    Examples
    --------
    >>> cov = pd.DataFrame({"min_words": [1, 2], "sentences": [120, 30], "articles": [9, 4], "of_articles": [10, 10],
    ...                     "share_of_articles": [0.9, 0.4]})
    >>> print(coverage_finding(cov))
    On this corpus, with one word of a frame per sentence (the rule used here), the generic frames have 120 sentence-frame pairs of evidence in 9 of 10 articles. With two distinct elements, 30 in 4 of 10 articles.
    """
    if coverage.empty:
        return "No generic frame was measured."
    from .framing import CLEAR_RULE

    rules = _rules_of(coverage)
    is_used = rules == (int(min_words), int(min_per_article))
    used, rest = coverage[is_used], coverage[~is_used]
    text = ""
    if len(used):
        u = used.iloc[0]
        text = (f"On this corpus, with {_rule_words(*rules[used.index[0]])} of a frame per sentence (the rule used "
                f"here), the generic frames have {count_of(u['sentences'], 'sentence-frame pair')} of evidence in "
                f"{int(u['articles']):,} of {int(u['of_articles']):,} articles.")
    for i, r in rest.iterrows():
        text += (f" With {_rule_words(*rules[i])}{' (the evidence marked clear)' if rules[i] == CLEAR_RULE else ''}, "
                 f"{int(r['sentences']):,} in {int(r['articles']):,} of {int(r['of_articles']):,} articles.")
    return text.strip()


def speaker_accuracy_finding(accuracy: pd.DataFrame, *, target: float = 0.9,
                             corpora: pd.DataFrame | None = None, max_listed: int = 5) -> str:
    """One paragraph on the kit's own check of its speakers (the latest sample of record), from its table.

    Parameters
    ----------
    accuracy : pandas.DataFrame
        From :func:`helpers.attribution.speaker_accuracy` (a ``corpus`` column is optional).
    target : float, default 0.9
        The share of statements whose speaker should be named exactly.
    corpora : pandas.DataFrame, optional
        ``corpus, description``: how each corpus was drawn (default:
        ``helpers/validation/speaker_corpora.csv``).
    max_listed : int, default 5
        Up to this many earlier samples (on earlier rules) are listed one by one; more are given as the range of their
        exact shares.

    Returns
    -------
    str
        Markdown: the latest sample's counts and shares (the exact share with its 95% interval) and the
        corpus it was drawn from, and the rules it measured (``rules``); when the samples before it measured the same
        rules on the same corpus,
        their pooled count and interval; whether the rules meet ``target`` (on the pooled count when
        there is one), and whether the interval reaches across it; the latest samples of each other
        corpus, pooled the same way; and the earlier samples' exact shares (their range, past ``max_listed``).

    Examples
    --------
    >>> acc = pd.DataFrame({"sample": [1], "rules": ["r"], "n": [10], "exact": [8], "office": [1], "partial": [0],
    ...                     "wrong": [1], "exact_share": [0.8], "exact_low": [0.49], "exact_high": [0.94],
    ...                     "person_share": [0.9]})
    >>> speaker_accuracy_finding(acc)[:92]
    "On the kit's own check of its speakers (sample 1: 10 statements drawn at random from scraped"
    """
    if accuracy is None or not len(accuracy):
        return "The kit's speakers have not been checked by a reader."
    from scipy.stats import binomtest

    from .resources import read_table

    acc = accuracy.reset_index(drop=True)
    corpus = acc["corpus"].fillna("").astype(str) if "corpus" in acc else pd.Series("", index=acc.index)
    if corpora is None:
        corpora = read_table(Path(__file__).parent / "validation" / "speaker_corpora.csv")
    described = dict(zip(corpora["corpus"], corpora["description"]))

    def group(end: int) -> list[int]:  # the samples up to ``end`` on its rules and corpus, back to the first other
        rows = [end]
        while rows[0] > 0 and (acc["rules"].iloc[rows[0] - 1], corpus.iloc[rows[0] - 1]) == (
                acc["rules"].iloc[end], corpus.iloc[end]):
            rows.insert(0, rows[0] - 1)
        return rows

    def names(rows: list[int]) -> str:
        k = [str(acc["sample"].iloc[i]) for i in rows]
        return ", ".join(k[:-1]) + f" and {k[-1]}"

    def pooled_text(rows: list[int]) -> tuple[str, float, float, float]:
        exact, n = int(acc["exact"].iloc[rows].sum()), int(acc["n"].iloc[rows].sum())
        ci = binomtest(exact, n).proportion_ci(confidence_level=0.95, method="wilson")
        return (f"{exact} of {n} exactly named ({share_against(exact / n, target)}, 95% Wilson interval "
                f"{ci.low:.0%}-{ci.high:.0%})",
                exact / n, ci.low, ci.high)

    last_rows = group(len(acc) - 1)
    last = acc.iloc[-1]
    source = described.get(corpus.iloc[-1], "scraped Indonesian articles of all topics")
    text = (f"On the kit's own check of its speakers (sample {last['sample']}: {last['n']} statements drawn at random "
            f"from {source}, the speaker written by a reader who saw neither the code "
            f"nor its output), the kit named the speaker exactly in {last['exact']} "
            f"({share_against(last['exact'] / last['n'], target)}, 95% Wilson "
            f"interval {last['exact_low']:.0%}-{last['exact_high']:.0%}) and the "
            f"right person in {last['exact'] + last['office']} ({(last['exact'] + last['office']) / last['n']:.0%}, {last['office']} with words "
            f"of an office stuck to the name); {last['partial']} gave only a fragment of an office or place and "
            f"{last['wrong']} someone else or no one.")
    share, low, high = last["exact"] / last["n"], float(last["exact_low"]), float(last["exact_high"])
    rules = str(last["rules"])
    rules = f"those of commit {rules}" if re.fullmatch(r"[0-9a-f]{7,40}", rules) else rules
    if len(last_rows) > 1:
        said, share, low, high = pooled_text(last_rows)
        text += f" Samples {names(last_rows)} measured the same rules ({rules}): together {said}."
    else:
        text += f" It measured the speaker rules of its time ({rules}), not necessarily the kit's today."
    text += f" That {'meets' if share >= target else 'is below'} the target of {target:.0%} exactly named"
    if share >= target > low:
        text += ", though its interval reaches below it"
    elif share < target <= high:
        text += ", though its interval reaches above it"
    text += "."
    shown = set(last_rows)
    for name in dict.fromkeys(corpus.iloc[::-1]):  # each other corpus's latest samples, the most recent first
        if name == corpus.iloc[-1]:
            continue
        rows = group(int(corpus[corpus == name].index[-1]))
        shown |= set(rows)
        said = pooled_text(rows)[0]
        which = f"samples {names(rows)}" if len(rows) > 1 else f"sample {acc['sample'].iloc[rows[0]]}"
        text += (f" On {described.get(name, name)}, {which} ({acc['rules'].iloc[rows[0]]}) gave {said}.")
    rest = [i for i in range(len(acc)) if i not in shown]
    if 0 < len(rest) <= max_listed:
        earlier = ", ".join(f"{acc['exact'].iloc[i] / acc['n'].iloc[i]:.0%} in sample {acc['sample'].iloc[i]}"
                            for i in rest)
        text += f" Earlier samples, on earlier rules: {earlier}."
    elif rest:  # a long list of shares reads as noise: their range, and the table gives each
        shares = [acc["exact"].iloc[i] / acc["n"].iloc[i] for i in rest]
        text += (f" {len(rest)} earlier samples, on earlier rules, gave {min(shares):.0%} to {max(shares):.0%} exactly "
                 f"named (each sample is a row of the table).")
    return text + " Check a sample of your own corpus the same way before relying on who gets a voice."


def found_actors_note(found: pd.DataFrame, draft: pd.DataFrame, *, exported: bool = False, min_mentions: int = 2) -> str:
    """One sentence on the actors found in the text where a corpus brings no ``actors.csv``, counted as the chart is.

    Parameters
    ----------
    found : pandas.DataFrame
        From :func:`helpers.attribution.find_actors` (each name written at least ``min_mentions`` times as a run); the
        names it left out (``attrs["left_out"]``: places of ``places.csv``, the reporting outlet, short forms the articles
        define as a term or a document) are listed with their counts, up to 8 per reason.
    draft : pandas.DataFrame
        From :func:`helpers.attribution.draft_actors`: the same names counted as the chart counts them (every match
        of their forms), which can be fewer.
    exported : bool, default False
        Whether the draft is written to the report's drafts folder.
    min_mentions : int, default 2
        The fewest mentions ``find_actors`` was asked for (its ``min_mentions``).

    Returns
    -------
    str

    Examples
    --------
    >>> f = pd.DataFrame({"actor": ["A", "B"]}); d = pd.DataFrame({"actor": ["A", "B"], "mentions": [5, 1]})
    >>> found_actors_note(f, d)
    'No actors.csv in the corpus folder: 2 names found in the text, each written at least twice as a name of its own; counted as the chart counts them (every match of their forms), 1 is named twice or more.'
    >>> "each written at least 3 times as a name of its own" in found_actors_note(f, d, min_mentions=3)
    True
    >>> f.attrs["left_out"] = pd.DataFrame({"name": ["Jakarta"], "mentions": [9], "reason": ["a place of places.csv"]})
    >>> found_actors_note(f, d).split(". ")[1][:87]
    'Left out, with the times each is written as a name of its own: as a place of places.csv'
    """
    times = "twice" if min_mentions == 2 else "once" if min_mentions == 1 else f"{min_mentions} times"
    twice = int((draft["mentions"] >= min_mentions).sum())
    text = (f"No actors.csv in the corpus folder: {count_of(len(found), 'name')} found in the text, each written at "
            f"least {times} as a name of its own; counted as the chart counts them (every match of their forms), "
            f"{twice:,} {'is' if twice == 1 else 'are'} named {times} or more"
            + ("; a draft actors.csv is written to the report's drafts folder." if exported else "."))
    left = found.attrs.get("left_out")
    if left is not None and len(left):
        parts = []
        for reason, g in left.groupby("reason", sort=True):
            shown = g.head(8)
            more = f" and {len(g) - len(shown):,} more" if len(g) > len(shown) else ""
            parts.append(f"as {reason}: " + ", ".join(f"{n} ({m:,})" for n, m in zip(shown["name"], shown["mentions"]))
                         + more)
        text += (" Left out, with the times each is written as a name of its own: " + "; ".join(parts)
                 + " (to count a place as an actor, add the row \"<place>,actor\" to a places.csv in the corpus folder; "
                 "an actors.csv there replaces the names found in the text).")
    return text


def speakers_chart_note(spoken: pd.DataFrame, shown: int) -> str:
    """The speaker chart's note: what it counts, how many speakers and statements, and how many statements were
    counted under another form of their speaker's name (:func:`helpers.attribution.speakers_as_actors`).

    Parameters
    ----------
    spoken : pandas.DataFrame
        The attributed statements charted (``speaker``; ``speaker_as_written`` where forms were merged).
    shown : int
        How many speakers the chart shows.

    Returns
    -------
    str

    Examples
    --------
    >>> s = pd.DataFrame({"speaker": ["Donald Trump", "Donald Trump", "Iran"], "speaker_as_written": ["Trump",
    ...                   "Donald Trump", "Iran"]})
    >>> speakers_chart_note(s, 2)
    "Attributed statements (direct and reported) per speaker and outlet; top 2 of 2 speakers, 3 statements; 1 statement counted under another form of the same actor's name (the actors found in the text merge them across articles; each shown by its listed name where a statement writes it so, else as most of its statements write it)."
    """
    merged = int((spoken["speaker"] != spoken["speaker_as_written"]).sum()) if "speaker_as_written" in spoken else 0
    return (f"Attributed statements (direct and reported) per speaker and outlet; top {shown} of "
            f"{spoken['speaker'].nunique()} speakers, {len(spoken)} statements"
            + (f"; {count_of(merged, 'statement')} counted under another form of the same actor's name (the actors "
               "found in the text merge them across articles; each shown by its listed name where a statement writes it so, "
               "else as most of its statements write it)"
               if merged else "") + ".")


def voices_summary(voices: pd.DataFrame) -> str:
    """One sentence on the statements found in this corpus and where their speakers were found.

    Parameters
    ----------
    voices : pandas.DataFrame
        From :func:`helpers.attribution.quotes` (``kind`` and ``basis`` columns).

    Returns
    -------
    str
        Markdown: the statements (direct, reported, or with no speaker; banners and slogans left out),
        how many name their speaker in their own sentence, how many take it from the article around
        them, and how many have none (with its share).

    Examples
    --------
    >>> v = pd.DataFrame({"kind": ["direct", "reported", "unattributed", "banner"],
    ...                   "basis": ["sentence", "context", "none", "none"]})
    >>> voices_summary(v)
    '3 statements found: 1 names its speaker in its own sentence, 1 takes it from the article around it (a pronoun, -nya, a quotation continuing the last one), and 1 has none (33%). 1 banner or slogan quoted in the articles is listed with them but speaks for no one.'
    """
    spoken = voices[voices["kind"].isin(["direct", "reported", "unattributed"])]
    if not len(spoken):
        return "No statement (a quotation or reported speech with a speech verb) was found."
    n = spoken["basis"].value_counts()
    own, ctx, none = (int(n.get(k, 0)) for k in ("sentence", "context", "none"))
    def verb(k: int, one: str, many: str) -> str:
        return f"{k:,} {one if k == 1 else many}"
    return (f"{count_of(len(spoken), 'statement')} found: {verb(own, 'names its', 'name their')} speaker in "
            f"{'its' if own == 1 else 'their'} own sentence, {verb(ctx, 'takes it', 'take it')} from the article "
            f"around {'it' if ctx == 1 else 'them'} (a pronoun, -nya, a quotation continuing the last one), and "
            f"{verb(none, 'has', 'have')} none ({share_of(none, len(spoken))})."
            + (f" {count_of(len(voices) - len(spoken), 'banner or slogan', 'banners or slogans')} quoted in the articles "
               + ("is listed with them but speaks" if len(voices) - len(spoken) == 1 else "are listed with them but speak")
               + " for no one." if len(voices) > len(spoken) else ""))


def speaker_basis_finding(by_basis: pd.DataFrame, samples: list[int], *, target: float = 0.9) -> str:
    """One paragraph on how accurate the kit's speakers are by where it found them, from its table.

    Parameters
    ----------
    by_basis : pandas.DataFrame
        From :func:`helpers.attribution.speaker_accuracy` with ``by="basis"``.
    samples : list of int
        The samples the table counts (named in the text).
    target : float, default 0.9
        The share of statements whose speaker should be named exactly.

    Returns
    -------
    str
        Markdown: for speakers named in their statement's sentence and for those found from the
        article around it, how many were exactly right (share and 95% interval, and whether the
        share is below ``target``, at it or above with an interval reaching below it, or above it with
        the whole interval); how many statements had no speaker and how many of those a reader
        gave one; how to keep only the first kind.

    Examples
    --------
    >>> t = pd.DataFrame({"basis": ["sentence", "context", "none"], "n": [60, 30, 10], "exact": [57, 24, 1],
    ...                   "office": [1, 0, 0], "partial": [1, 0, 0], "wrong": [1, 6, 9], "exact_share": [0.95, 0.8, 0.1],
    ...                   "exact_low": [0.86, 0.63, 0.02], "exact_high": [0.98, 0.9, 0.4],
    ...                   "person_share": [0.967, 0.8, 0.1], "of_statements": [0.6, 0.3, 0.1]})
    >>> speaker_basis_finding(t, [1])[:78]
    'By where the kit found the speaker (sample 1, 100 statements): named in the st'
    """
    if by_basis is None or not len(by_basis) or not len(samples):
        return "The kit's speakers have not been checked by a reader."
    rows = by_basis.set_index("basis")
    label = (f"sample {samples[0]}" if len(samples) == 1
             else "samples " + ", ".join(str(k) for k in samples[:-1]) + f" and {samples[-1]}")
    total = int(rows["n"].sum())
    said = {"sentence": "named in the statement's own sentence", "context": "found from the article around it "
            "(a pronoun or -nya carried from an earlier speaker or subject, a quotation continuing the last one, "
            "a role alone given to the person the article names with it)"}
    parts = []
    for basis, what in said.items():
        if basis not in rows.index:
            continue
        r = rows.loc[basis]
        goal = f"the target of {target:.0%}"
        share = r["exact"] / r["n"]  # from the counts: the table's shares are rounded to 3 decimals
        reach = (f"below {goal}" if share < target
                 else f"at or above {goal}, though its interval reaches below it" if r["exact_low"] < target
                 else f"above {goal}, its whole interval too")
        parts.append(f"{what}, {int(r['n']):,} statements ({r['of_statements']:.0%}), of which {int(r['exact']):,} exactly "
                     f"right ({share_against(share, target)}, 95% Wilson interval {r['exact_low']:.0%}-{r['exact_high']:.0%}; "
                     f"{reach})")
    text = f"By where the kit found the speaker ({label}, {total:,} statements): " + "; ".join(parts) + "."
    if "none" in rows.index:
        r = rows.loc["none"]
        gave = int(r["n"]) - int(r["exact"])
        text += (f" It gave no speaker to {count_of(int(r['n']), 'statement')} ({r['of_statements']:.0%}); the reader "
                 f"named one for {gave:,} of them.")
    return text + (" The quotes table's `basis` column says which is which: `voices[voices[\"basis\"] == \"sentence\"]` "
                   "keeps the statements whose speaker stands in their own sentence.")


def statements_check(voices: pd.DataFrame, path) -> tuple[str, pd.DataFrame | None]:
    """The quotes checked against a reader's list of statements in ``path``, or why they are not.

    Parameters
    ----------
    voices : pandas.DataFrame
        From :func:`helpers.attribution.quotes`.
    path : str or pathlib.Path
        A ``hand_statements.csv`` (``doc_id, sentence, speaker_actor, cue``).

    Returns
    -------
    (str, pandas.DataFrame or None)
        Markdown (:func:`statement_finding`, or one sentence saying that there is no such file or
        what is wrong with it, naming the file) and the statements missed or with a wrong speaker
        (None when nothing was checked or nothing was missed).

    Examples
    --------
    >>> statements_check(pd.DataFrame(), "nowhere/hand_statements.csv")[0]
    "No reader's list of statements (hand_statements.csv) next to this corpus: the quotes are not checked against a reader. List a sample's statements in that file to measure them."
    """
    from .attribution import match_statements
    from .resources import read_table

    path = Path(path)
    if not path.is_file():
        return (f"No reader's list of statements ({path.name}) next to this corpus: the quotes are not checked against "
                "a reader. List a sample's statements in that file to measure them.", None)
    try:
        checked = match_statements(voices, read_table(path).fillna(""))
    except (ValueError, KeyError, OSError) as exc:
        return f"The quotes are not checked: {path.name} cannot be used ({exc}).", None
    cols = ["doc_id", "speaker_actor", "cue", "found", "kit_speaker", "kit_cue", "sentence"]
    wrong = checked.loc[~checked["right"], cols]
    return statement_finding(checked), (wrong if len(wrong) else None)


def statement_finding(checked: pd.DataFrame) -> str:
    """How many of a reader's statements the quotes found, and with the right speaker, from :func:`helpers.attribution.match_statements`.

    Parameters
    ----------
    checked : pandas.DataFrame
        ``match_statements(quotes(corpus), hand)``.

    Returns
    -------
    str
        Markdown: statements listed, those with a speaker a reader could name, found and right
        among those (counts and shares).

    Examples
    --------
    >>> ch = pd.DataFrame({"speaker_actor": ["A", "B", ""], "found": [True, True, False], "right": [True, False, False]})
    >>> print(statement_finding(ch))
    A reader listed 3 statements, 2 with a speaker a reader could name. The kit found 2 of those 2 (100%), 1 with the right speaker (50%).
    """
    named = checked[checked["speaker_actor"].fillna("").astype(str).str.strip() != ""]
    n, f, r = len(named), int(named["found"].sum()), int(named["right"].sum())
    if not n:
        return f"A reader listed {count_of(len(checked), 'statement')}, none with a speaker a reader could name."
    return (f"A reader listed {count_of(len(checked), 'statement')}, {n:,} with a speaker a reader could name. "
            f"The kit found {f:,} of those {n:,} ({f / n:.0%}), {r:,} with the right speaker ({r / n:.0%}).")


def collocation_finding(collocations: pd.DataFrame, variants: dict, *, shown: int = 15) -> str:
    """What the tokenizer joins and folds, and what it could still join, said from the tables.

    Parameters
    ----------
    collocations : pandas.DataFrame
        From :func:`helpers.terms.collocations`.
    variants : dict
        From :func:`helpers.text.actor_variants` (variant -> name).
    shown : int, default 15
        How many proposals the notebook lists.

    Returns
    -------
    str
        Markdown.

    Examples
    --------
    >>> col = pd.DataFrame({"collocation": ["suku cadang"], "count": [3], "z": [4.2]})
    >>> print(collocation_finding(col, {"Putin": "Vladimir Putin"}))
    The corpus's actors.csv folds 1 spelling variant into its name's token (Putin -> Vladimir Putin). 1 pair of words occurs together often enough to score (z > 1.96 for 1): the top 1 below are proposals for the corpus folder's multiword.csv, which joins a phrase into one token. Add only names and fixed terms, not phrases that merely recur.
    """
    if variants:
        ex = names(f"{v} -> {n}" for v, n in list(variants.items())[:3])
        text = (f"The corpus's actors.csv folds {count_of(len(variants), 'spelling variant')} into "
                f"{'its' if len(variants) == 1 else 'their'} name's token ({ex}{', ...' if len(variants) > 3 else ''}). ")
    else:
        text = ("No actors.csv with name variants is loaded, so names are not folded (a surname alone and the full name "
                "stay two tokens); notebook 01 writes a draft actors.csv to correct and bring back. ")
    if collocations.empty:
        return text + "No pair of words occurs together often enough to propose a multi-word term."
    strong = int((collocations["z"] > 1.96).sum())
    text += (f"{count_of(len(collocations), 'pair')} of words {'occurs' if len(collocations) == 1 else 'occur'} together "
             f"often enough to score (z > 1.96 for {strong:,}): the top {min(shown, len(collocations))} below are "
             "proposals for the corpus folder's multiword.csv, which joins a phrase into one token. Add only names "
             "and fixed terms, not phrases that merely recur.")
    return text


def coherence_finding(c: dict, *, link: float = 0.15, labels: dict | None = None, max_named: int = 10,
                      days: pd.Series | None = None, kinds: pd.Series | None = None) -> str:
    """One sentence on whether the articles look like coverage of one event, from :func:`helpers.similarity.coherence`.

    Parameters
    ----------
    c : dict
        From :func:`helpers.similarity.coherence`.
    link : float, default 0.15
        The cosine it used (stated in the sentence).
    labels : dict, optional
        Short label per doc_id (:func:`helpers.describe.article_labels`), to name the articles outside the
        largest group when the articles look like one event (they may be about another story).
    max_named : int, default 10
        Most articles named; beyond it, the count.
    days : pandas.Series, optional
        The articles' publication dates (:func:`local_pub_dates`): when they look like one event, the sentence
        says over how many days they were published (a running story also reads as "one event").
    kinds : pandas.Series, optional
        The articles' ``pub_date_kind`` (:func:`helpers.load_corpus`): where some of the dates are the time a page
        was last updated ("updated"), the sentence says how many, since those articles may have been published earlier.

    Returns
    -------
    str
        Markdown.

    Examples
    --------
    >>> print(coherence_finding(dict(articles=48, largest_group=2, share=0.04, median_cosine=0.009, verdict="many topics")))
    The largest group of articles linked by a TF-IDF cosine of at least 0.15 holds 2 of 48 (4%); the median cosine between two articles is 0.009: the articles look like **many topics**, not one event, so the comparisons below compare the outlets' overall output, not their coverage of one event.
    """
    if c["verdict"] == "too few articles":
        return f"With {count_of(c['articles'], 'article')}, whether they cover one event cannot be measured."
    text = (f"The largest group of articles linked by a TF-IDF cosine of at least {link:g} holds {c['largest_group']} "
            f"of {c['articles']} ({c['share']:.0%}); the median cosine between two articles is {c['median_cosine']:.3f}: ")
    outside = c.get("outside", [])
    read = ""
    if c["verdict"] == "one event" and outside and labels is not None:
        shown = [labels.get(d, d) for d in outside[:max_named]]
        read = (f" {count_of(len(outside), 'article')} {'is' if len(outside) == 1 else 'are'} outside the group ("
                + ", ".join(shown) + (f" and {len(outside) - max_named} more" if len(outside) > max_named else "")
                + "): read " + ("it" if len(outside) == 1 else "them") + " before comparing outlets; "
                + ("it" if len(outside) == 1 else "they") + " may report another story.")
    span = ""
    if days is not None and c["verdict"] == "one event":
        d = sorted(x[:10] for x in days.dropna().astype(str) if x)
        if d:
            n_days = (pd.Timestamp(d[-1]) - pd.Timestamp(d[0])).days + 1
            span = (f" They were published on one day ({d[0]})." if n_days == 1 else
                    f" They were published over {n_days} days ({d[0]} to {d[-1]}); the lead dates (section 6) say "
                    "whether the leads report the same day.")
            updated = int((kinds == "updated").sum()) if kinds is not None else 0
            if updated:
                span += (f" {updated} of these {len(d)} dates {'is' if updated == 1 else 'are'} the time a page was "
                         "last updated, as its source writes it (`pub_date_kind`): those articles may have been "
                         "published earlier.")
    return text + {
        "one event": ("the articles look like coverage of **one event or one running subject**: word overlap cannot "
                      "tell a single event from a subject followed over days (a team's matches, daily prices), so "
                      "read the titles before treating them as one event." + read + span),
        "several stories": "the articles look like **several stories**: read the comparisons below within each "
                           "story, not as coverage of one event.",
        "many topics": "the articles look like **many topics**, not one event, so the comparisons below compare the "
                       "outlets' overall output, not their coverage of one event.",
    }[c["verdict"]]


def local_pub_dates(corpus: pd.DataFrame) -> pd.Series:
    """Publication dates as a reader reads them: in the corpus's zone, to the precision the source gave.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus` (``pub_date`` in UTC, ``pub_date_precision``,
        ``attrs["zone"]``).

    Returns
    -------
    pandas.Series
        "YYYY-MM-DD HH:MM" (a time was given), "YYYY-MM-DD" (a day only) or "" (none).

    Examples
    --------
    >>> c = pd.DataFrame({"pub_date": pd.to_datetime(["2025-06-07 01:13", "2025-06-07 17:00", None], utc=True),
    ...                   "pub_date_precision": ["minute", "day", ""]})
    >>> local_pub_dates(c).tolist()
    ['2025-06-07 08:13', '2025-06-08', '']
    """
    local = pd.to_datetime(corpus["pub_date"], utc=True).dt.tz_convert(corpus.attrs.get("zone", "Asia/Jakarta"))
    shown = local.dt.strftime("%Y-%m-%d %H:%M").where(corpus["pub_date_precision"] != "day",
                                                      local.dt.strftime("%Y-%m-%d"))
    return shown.fillna("").astype(str)


def self_mention_finding(mentions: pd.DataFrame, *, kept: bool = False) -> str:
    """One sentence on how often the outlets name themselves and what the term statistics do with it.

    Parameters
    ----------
    mentions : pandas.DataFrame
        From :func:`helpers.terms.self_mentions` (one row per article).
    kept : bool, default False
        Whether the analyses keep the self-mentions (the notebook's ``KEEP_SELF_MENTIONS``).

    Returns
    -------
    str
        Markdown.

    Examples
    --------
    >>> m = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "X", "Y"], "mentions": [2, 0, 1], "forms": ["X.com", "", "Y"]})
    >>> print(self_mention_finding(m))
    2 of 3 articles name their own outlet (3 times; X in 1 of 2 articles, Y in 1 of 1 article). Those mentions are left out of the term statistics below: an outlet's own name is not a finding about its coverage (set `KEEP_SELF_MENTIONS = True` to keep them).
    """
    if mentions.empty:
        return "No articles are loaded."
    with_self = mentions[mentions["mentions"] > 0]
    if with_self.empty:
        return "No article names its own outlet (brand, domain or handle as in `outlets.csv`)."
    per = mentions.groupby("outlet", sort=True)["mentions"].agg(n="size", k=lambda s: int((s > 0).sum()))
    per = per[per["k"] > 0]
    parts = ", ".join(f"{o} in {r.k} of {r.n} article{'s' if r.n != 1 else ''}" for o, r in per.iterrows())
    k, total = len(with_self), int(mentions["mentions"].sum())
    text = (f"{k:,} of {len(mentions):,} articles {'names its' if k == 1 else 'name their'} own outlet "
            f"({total:,} time{'' if total == 1 else 's'}; {parts}). ")
    return text + ("They are kept in the term statistics below (`KEEP_SELF_MENTIONS = True`)." if kept else
                   "Those mentions are left out of the term statistics below: an outlet's own name is not a finding "
                   "about its coverage (set `KEEP_SELF_MENTIONS = True` to keep them).")


def pair_title(matrix: pd.DataFrame, *, lead: str, measure: str, floor: float, decimals: int = 2,
               units: str = "articles", alike: str = "are alike") -> str:
    """A chart title naming the most similar pair of a similarity matrix, with its ties, or saying there is none.

    Parameters
    ----------
    matrix : pandas.DataFrame
        Square similarity matrix (diagonal ignored), e.g. from :func:`helpers.similarity.similarity_matrix`.
    lead : str
        How the comparison is made, opening the title ("By vocabulary", "By wording").
    measure : str
        The value's name ("cosine", "Jaccard").
    floor : float
        Below this largest value no pair is named: there is nothing to compare.
    decimals : int, default 2
        Places shown; pairs equal at these places are ties.
    units : str, default "articles"
        What the rows are ("articles", "outlets").
    alike : str, default "are alike"
        What no pair does when the largest value is below ``floor`` ("share text").

    Returns
    -------
    str

    Examples
    --------
    >>> m = pd.DataFrame([[1, .2, .7], [.2, 1, .7], [.7, .7, 1]], index=list("abc"), columns=list("abc"))
    >>> pair_title(m, lead="By vocabulary", measure="cosine", floor=0.1)
    'By vocabulary the most similar pairs are a and c, b and c (cosine 0.70)'
    >>> pair_title(m * 0.01, lead="By wording", measure="Jaccard", floor=0.01, decimals=3)
    'By wording no two articles are alike: the largest Jaccard is 0.007 (below 0.01)'
    """
    from .plots import short_label

    vals = matrix.to_numpy(dtype=float).copy()
    np.fill_diagonal(vals, np.nan)
    iu = np.triu_indices_from(vals, k=1)
    upper = np.round(np.fmax(vals[iu], vals.T[iu]), decimals)
    if not len(upper) or np.all(np.isnan(upper)):
        return f"{lead}: fewer than two {units} to compare"
    top = float(np.nanmax(upper))
    if top < floor:
        return f"{lead} no two {units} {alike}: the largest {measure} is {top:.{decimals}f} (below {floor:g})"
    at = [k for k in range(len(upper)) if upper[k] == top]
    pairs = [f"{short_label(str(matrix.index[iu[0][k]]), 30)} and {short_label(str(matrix.columns[iu[1][k]]), 30)}"
             for k in at[:3]]
    more = f" and {len(at) - 3} more" if len(at) > 3 else ""
    if len(at) == 1:
        return f"{lead} the most similar pair is {pairs[0]} ({measure} {top:.{decimals}f})"
    return f"{lead} the most similar pairs are {', '.join(pairs)}{more} ({measure} {top:.{decimals}f})"


def reuse_title(reuse: pd.DataFrame, *, floor: float, decimals: int = 3) -> str:
    """The title of the chart of shared text between outlets: the pair that shares the most, or how little is shared.

    A mean share below ``floor`` for every pair of outlets does not mean that no text is shared: the title then
    says how many article pairs share a passage, so it never contradicts the passage table.

    Parameters
    ----------
    reuse : pandas.DataFrame
        From :func:`helpers.similarity.outlet_reuse` (``outlet_a, outlet_b, within, article_pairs, pairs_sharing,
        mean_share``).
    floor : float
        Below this largest mean share no pair of outlets is named.
    decimals : int, default 3
        Places shown; pairs equal at these places are ties.

    Returns
    -------
    str

    Examples
    --------
    >>> r = pd.DataFrame({"outlet_a": ["A", "A", "B"], "outlet_b": ["A", "B", "B"], "within": [True, False, True],
    ...                   "article_pairs": [1, 552, 3], "pairs_sharing": [1, 3, 0], "mean_share": [0.4, 0.0002, 0.0]})
    >>> reuse_title(r, floor=0.001)
    'Between outlets little text is shared: 3 of 552 article pairs share a passage (no pair of outlets reaches a mean share of 0.001)'
    >>> reuse_title(r.assign(pairs_sharing=[1, 0, 0], mean_share=[0.4, 0.0, 0.0]), floor=0.001)
    'Between outlets no article pair shares a passage (552 pairs)'
    """
    from .similarity import outlet_reuse_matrix

    between = reuse[~reuse["within"].astype(bool) & (reuse["article_pairs"] > 0)]
    if between.empty:
        return "Between outlets: fewer than two outlets to compare"
    pairs, sharing = int(between["article_pairs"].sum()), int(between["pairs_sharing"].sum())
    if sharing == 0:
        return f"Between outlets no article pair shares a passage ({pairs:,} pairs)"
    counted = f"{sharing:,} of {pairs:,} article pairs share a passage"
    if float(between["mean_share"].max()) < floor:
        return (f"Between outlets little text is shared: {counted} (no pair of outlets reaches a mean share of "
                f"{floor:g})")
    title = pair_title(outlet_reuse_matrix(reuse), lead="Between outlets,", measure="mean share of text", floor=floor,
                       decimals=decimals, units="outlets", alike="share text")
    return f"{title}; {counted}"


def keyness_title(key: pd.DataFrame, shown: pd.DataFrame, *, threshold: float = 1.96) -> str:
    """The keyness chart's title: how many outlet-term scores are above ``threshold``, counting only what the chart can
    show (terms an outlet uses more than the rest; a score below -``threshold`` is a term it uses less). It claims no
    distinctiveness: whether such a count is above chance is the permutation test's to say
    (:func:`keyness_chance_finding`).

    Parameters
    ----------
    key : pandas.DataFrame
        From :func:`helpers.terms.keyness` (``group, term, score``).
    shown : pandas.DataFrame
        The bars drawn (:func:`helpers.terms.keyness_top`).
    threshold : float, default 1.96
        The usual guide for a distinctive z-score.

    Returns
    -------
    str

    Examples
    --------
    >>> k = pd.DataFrame({"group": ["X", "X", "Y", "Y"], "term": ["a", "b", "a", "b"], "score": [2.5, -2.2, 2.1, 0.3]})
    >>> keyness_title(k, k[k["score"] > 0])
    '2 of 4 outlet-term z-scores are above 1.96 (in 2 outlets); 1 below -1.96'
    >>> keyness_title(k.assign(score=[1.0, -2.2, 0.5, 0.3]), k.iloc[:0])
    'No outlet-term z-score is above 1.96 (4 scores); 1 below -1.96'
    """
    above = key[key["score"] > threshold]
    below = int((key["score"] < -threshold).sum())
    less = f"; {below:,} below -{threshold:g}" if below else ""
    if above.empty:
        return f"No outlet-term z-score is above {threshold:g} ({len(key):,} scores){less}"
    n_out = above["group"].nunique()
    drawn = int((shown["score"] > threshold).sum())
    hidden = (f"; {drawn:,} of them among the terms drawn" if drawn != len(above) else "")
    return (f"{len(above):,} of {len(key):,} outlet-term z-scores are above {threshold:g} (in "
            f"{count_of(n_out, 'outlet')}){hidden}{less}")


def topic_lean_title(shares: pd.DataFrame, labels: dict, articles: pd.Series, *, min_articles: int = 2) -> str:
    """The topic-share chart's title: the outlet whose paragraphs lean most on a topic, among outlets with enough articles.

    One article's paragraphs lean on its own story: an outlet with fewer than ``min_articles`` articles is not compared
    (its bars stay in the chart). Where no outlet has that many, the title says so and names the article that leans
    most, as an article.

    Parameters
    ----------
    shares : pandas.DataFrame
        ``group`` (outlet), one column per topic ("topic 1" ...) and ``n_units`` (paragraphs), as in
        :func:`helpers.terms.topics` ``.shares``.
    labels : dict
        Topic column -> label ("topic 1: harga, emas, ...").
    articles : pandas.Series
        Articles per outlet.
    min_articles : int, default 2
        Fewest articles for an outlet to be compared.

    Returns
    -------
    str

    Examples
    --------
    >>> sh = pd.DataFrame({"group": ["A", "B", "C"], "topic 1": [0.2, 0.5, 0.9], "topic 2": [0.8, 0.5, 0.1],
    ...                    "n_units": [30, 20, 9]})
    >>> lab = {"topic 1": "topic 1: harga", "topic 2": "topic 2: banjir"}
    >>> topic_lean_title(sh, lab, pd.Series({"A": 4, "B": 3, "C": 1}))
    "A's paragraphs lean most on topic 2: banjir (0.80 mean share; outlets with 2+ articles: 2 outlets, 7 articles)"
    >>> topic_lean_title(sh, lab, pd.Series({"A": 1, "B": 1, "C": 1}))
    "One article per outlet, too few to compare outlets: C's article leans most on topic 1: harga (0.90 mean share of its 9 paragraphs)"
    """
    parts = [c for c in shares.columns if str(c).startswith("topic ")]
    n = shares["group"].map(articles).fillna(0).astype(int)
    eligible = shares[n >= min_articles]
    if eligible.empty or not parts:
        long = shares.melt(id_vars=["group", "n_units"], value_vars=parts)
        top = long.loc[long["value"].idxmax()]
        return (f"One article per outlet, too few to compare outlets: {top['group']}'s article leans most on "
                f"{labels.get(top['variable'], top['variable'])} ({top['value']:.2f} mean share of its "
                f"{int(top['n_units']):,} paragraphs)" if min_articles <= 2 else
                f"No outlet has {min_articles}+ articles: too few to compare outlets' topics")
    long = eligible.melt(id_vars="group", value_vars=parts)
    topic = long.loc[long["value"].idxmax(), "variable"]
    leaning = long[long["variable"] == topic].set_index("group")["value"]
    label = labels.get(topic, topic)
    text = most(leaning, one="{}'s paragraphs lean most on " + label, many="{}'s paragraphs lean most on " + label,
                fmt="{:.2f}", what="mean share")
    return (text[:-1] + f"; outlets with {min_articles}+ articles: {count_of(len(eligible), 'outlet')}, "
            f"{count_of(int(n[n >= min_articles].sum()), 'article')})")


def repeat_finding(repeats: pd.DataFrame, corpus: pd.DataFrame) -> str:
    """What :func:`helpers.similarity.repeated_passages` found, in one paragraph.

    Parameters
    ----------
    repeats : pandas.DataFrame
        From :func:`helpers.similarity.repeated_passages`.
    corpus : pandas.DataFrame
        The articles searched.

    Returns
    -------
    str
        Markdown: how many articles repeat a passage, how many words that adds to lengths, and how
        many passages look like an outlet's template.

    Examples
    --------
    >>> r = pd.DataFrame({"doc_id": ["a", "a"], "outlet": ["X", "X"], "extra_words": [20, 12], "kind": ["repeat", "boilerplate"]})
    >>> print(repeat_finding(r, pd.DataFrame({"doc_id": ["a", "b"]})))
    1 of 2 articles repeats a passage of its own (2 passages, 32 words beyond their first occurrence, which the lengths above count once: `n_words_once`). 1 passage also runs in other articles of its outlet: a template that a cleaning rule should remove (`cleaning_rules.csv`).
    """
    if repeats.empty:
        return f"No article repeats a passage of its own ({count_of(len(corpus), 'article')} searched)."
    k = repeats["doc_id"].nunique()
    text = (f"{k:,} of {len(corpus):,} articles {'repeats a passage of its' if k == 1 else 'repeat a passage of their'} own "
            f"({count_of(len(repeats), 'passage')}, {int(repeats['extra_words'].sum()):,} words beyond their first "
            "occurrence, which the lengths above count once: `n_words_once`).")
    tpl = int((repeats["kind"] == "boilerplate").sum())
    if tpl:
        text += (f" {count_of(tpl, 'passage')} also {'runs' if tpl == 1 else 'run'} in other articles of "
                 f"{'its' if tpl == 1 else 'their'} outlet: a template that a cleaning rule should remove "
                 "(`cleaning_rules.csv`).")
    return text


def dispersion_title(terms: list[str], disp: pd.DataFrame, shown: list[str], n_articles: int) -> str:
    """The dispersion chart's title: where the terms fall, and in which articles when not all are shown.

    Parameters
    ----------
    terms : list of str
        The terms plotted.
    disp : pandas.DataFrame
        From :func:`helpers.terms.dispersion` on the whole corpus (``doc_id``).
    shown : list of str
        The articles plotted (:func:`helpers.terms.dispersion_articles`).
    n_articles : int
        Articles in the corpus.

    Returns
    -------
    str

    Examples
    --------
    >>> d = pd.DataFrame({"doc_id": ["a", "b", "c"]})
    >>> dispersion_title(["emas"], d, ["a", "b"], 40)
    'Where emas falls in the 2 articles that use it most (3 of 40 articles use it)'
    """
    what = ", ".join(terms)
    many = len(terms) > 1
    using = disp["doc_id"].nunique()
    if len(shown) >= n_articles:
        return f"Where {what} {'fall' if many else 'falls'} in each article ({using} of {n_articles} use {'them' if many else 'it'})"
    return (f"Where {what} {'fall' if many else 'falls'} in the {len(shown)} articles that use {'them' if many else 'it'} "
            f"most ({using} of {n_articles} articles use {'them' if many else 'it'})")


def keyness_chance_finding(null: pd.Series, n_significant_q: int, *, one_per_outlet: bool = False) -> str:
    """How many keyness tests pass against how many chance passes, from :func:`helpers.terms.keyness_null`.

    Parameters
    ----------
    null : pandas.Series
        The one row of :func:`helpers.terms.keyness_null` (``observed, tests, null_mean, null_p95,
        share_at_least_observed, n_permutations, articles, groups``).
    n_significant_q : int
        Tests with a Benjamini-Hochberg q below 0.05.
    one_per_outlet : bool, default False
        Every outlet has one article (shuffling only relabels them).

    Returns
    -------
    str
        Markdown. The permutation p-value is (k + 1) / (N + 1), k the shuffles reaching the
        observed count (Phipson & Smyth 2010), so it is never 0.

    Examples
    --------
    >>> s = pd.Series(dict(observed=30, tests=400, null_mean=9.5, null_p95=14.0, share_at_least_observed=0.0,
    ...                    n_permutations=199, articles=40, groups=4))
    >>> print(keyness_chance_finding(s, 3))
    chi2: 30 of 400 outlet-term tests reach p < 0.05 (3 after the Benjamini-Hochberg adjustment). Shuffling the 40 articles between the 4 outlets 199 times gives 9.5 such tests on average (95th percentile 14): the observed count is above what chance gives (permutation p = 0.005, none of the 199 shuffles reached it). The unit is the article: an outlet with few articles cannot be told from them.
    """
    n_perm = int(null["n_permutations"])
    k = int(round(float(null["share_at_least_observed"]) * n_perm))
    p = (k + 1) / (n_perm + 1)
    text = (f"chi2: {int(null['observed']):,} of {int(null['tests']):,} outlet-term tests reach p < 0.05 "
            f"({n_significant_q:,} after the Benjamini-Hochberg adjustment). Shuffling the {int(null['articles']):,} "
            f"articles between the {int(null['groups'])} outlets {n_perm:,} times gives {float(null['null_mean']):,.1f}".rstrip("0").rstrip(".")
            + f" such tests on average (95th percentile {float(null['null_p95']):,.0f}): the observed count is "
            + ("not above what chance alone gives" if p >= 0.05 else "above what chance gives")
            + f" (permutation p = {p:.2g}" + (f", none of the {n_perm:,} shuffles reached it)" if k == 0 else ")"))
    if one_per_outlet:
        return text + (". With one article per outlet, shuffling only relabels the outlets, so the null equals the "
                       "observed count: no test can tell an outlet from its one article.")
    return text + ". The unit is the article: an outlet with few articles cannot be told from them."


def script_finding(scripts: pd.DataFrame, corpus: pd.DataFrame, *, kept: bool | None = None) -> str:
    """One sentence on passages in other scripts, from :func:`helpers.describe.other_scripts`.

    Parameters
    ----------
    scripts : pandas.DataFrame
        From :func:`helpers.describe.other_scripts`.
    corpus : pandas.DataFrame
        The articles searched.
    kept : bool, optional
        Whether the term statistics keep them (notebook 02's ``KEEP_OTHER_SCRIPTS``); None: say
        what notebook 02 does by default.

    Returns
    -------
    str

    Examples
    --------
    >>> s = pd.DataFrame({"doc_id": ["a"], "passages": [2], "words": [9], "scripts": ["ARABIC"]})
    >>> print(script_finding(s, pd.DataFrame({"doc_id": ["a", "b"]}), kept=False))
    1 of 2 articles carries 2 passages (9 words) in another script (ARABIC); they are left out of the term statistics below (set `KEEP_OTHER_SCRIPTS = True` to keep them).
    """
    if scripts.empty:
        return f"No passage in another script than the corpus language's ({count_of(len(corpus), 'article')} searched)."
    k, n_p = len(scripts), int(scripts["passages"].sum())
    which = ", ".join(sorted({x for s in scripts["scripts"] for x in s.split("; ")}))
    text = (f"{k:,} of {len(corpus):,} articles {'carries' if k == 1 else 'carry'} {count_of(n_p, 'passage')} "
            f"({int(scripts['words'].sum()):,} words) in another script ({which}); ")
    if kept is None:
        return text + "the term statistics of notebook 02 leave them out by default."
    return text + ("they are kept in the term statistics below (`KEEP_OTHER_SCRIPTS = True`)." if kept else
                   "they are left out of the term statistics below (set `KEEP_OTHER_SCRIPTS = True` to keep them).")


def frame_judgments_check(path, evidence: pd.DataFrame | None = None, *, target: float = 0.8,
                          min_judged: int = 10, sheet: pd.DataFrame | None = None) -> tuple[str, pd.DataFrame | None]:
    """The precision of the frame evidence on this corpus, from a reader's judged sheet in ``path``, or why not.

    Parameters
    ----------
    path : str or pathlib.Path
        A judged sheet (:func:`helpers.framing.judging_sheet` with its ``judgment`` column filled:
        yes / loose / no), e.g. the corpus folder's ``frame_judgments.csv``.
    evidence : pandas.DataFrame, optional
        :func:`helpers.framing.frame_evidence` of the corpus loaded: judged sentences that are no
        longer evidence (the lexicon or the rule changed since) are left out and counted.
    target : float, default 0.8
        The share of evidence sentences that should clearly carry their frame.
    min_judged : int, default 10
        A frame judged fewer times than this is named as too few to tell, not as above or below.
    sheet : pandas.DataFrame, optional
        The blind sheet drawn for this corpus (:func:`helpers.framing.judging_sheet`): when no
        judged file exists, the paragraph says how many sentences it holds.

    Returns
    -------
    (str, pandas.DataFrame or None)
        Markdown (the share clearly their frame with its 95% Wilson interval, the frames below the
        target, or one sentence saying there is no such file or what is wrong with it, naming the
        file) and :func:`helpers.framing.evidence_precision` (None when nothing was measured).

    Examples
    --------
    >>> frame_judgments_check("nowhere/frame_judgments.csv")[0][:73]
    'No judged sample of the frame evidence (frame_judgments.csv) next to this'
    """
    from .framing import evidence_precision
    from .resources import read_table

    path = Path(path)
    if not path.is_file():
        return (f"No judged sample of the frame evidence ({path.name}) next to this corpus, so the dictionary's "
                "precision on it is not measured here: the kit's own checks (above; the note there says whether this "
                "corpus's articles were among them) are the only guide. "
                "Judge the blind sheet that `judging_sheet(evidence)` draws (a report run writes it to "
                "`charts/03_framing/drafts/`) "
                f"and save it as {path.name} in the corpus folder to measure it."
                + (f" The sheet drawn here holds {count_of(len(sheet), 'sentence')}." if sheet is not None else ""), None)
    try:
        judged = read_table(path)
        dropped = 0
        if evidence is not None and {"doc_id", "unit_no", "frame"} <= set(judged.columns):
            now = set(zip(evidence["doc_id"].astype(str), evidence["unit_no"].astype(str), evidence["frame"]))
            keep = [k in now for k in zip(judged["doc_id"].astype(str), judged["unit_no"].astype(str), judged["frame"])]
            dropped = len(judged) - sum(keep)
            judged = judged[keep]
        table = evidence_precision(judged, source=path.name)
    except (ValueError, KeyError, OSError) as exc:
        return f"The frame evidence is not measured: {path.name} cannot be used ({exc}).", None
    a = table.set_index("frame").loc["all"]
    text = (f"On a reader's judgment of {count_of(int(a['n']), 'evidence sentence')} of this corpus ({path.name}), "
            f"{share_against(a['strict'], target)} clearly carried their frame (95% Wilson interval {a['strict_low']:.0%}-"
            f"{a['strict_high']:.0%}) and {a['lenient']:.0%} at least weakly, against a target of {target:.0%}. ")
    per = table[(table["frame"] != "all") & (table["n"] >= min_judged)]
    few = table[(table["frame"] != "all") & (table["n"] < min_judged)]
    low = per[per["strict"] < target]
    if len(low):
        text += ("Below the target: " + names(f"{f.replace('_', ' ')} ({share_against(s, target)} of {n})" for f, s, n in
                                              zip(low["frame"], low["strict"], low["n"]))
                 + "; read those frames' shares with their evidence. ")
    elif len(per):
        text += "Every frame judged at least " + count_of(min_judged, "time") + " reaches the target. "
    if len(few):
        text += (names(f.replace("_", " ") for f in few["frame"]).capitalize()
                 + f" {'rests' if len(few) == 1 else 'rest'} on fewer than {min_judged} judgments: too few to tell. ")
    if table.attrs.get("unjudged"):
        text += f"{count_of(table.attrs['unjudged'], 'sentence')} of the sheet {'is' if table.attrs['unjudged'] == 1 else 'are'} not judged yet. "
    if dropped:
        text += (f"{count_of(dropped, 'judged sentence')} {'is' if dropped == 1 else 'are'} no longer evidence "
                 f"under the lexicon and rule used here and {'is' if dropped == 1 else 'are'} left out. ")
    text += "This rests on one reader's judgment: a second reader of the same sheet would show how far it depends on the reader."
    return text.strip(), table
