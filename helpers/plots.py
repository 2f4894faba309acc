"""One chart style for the kit: colour-blind-safe, one fixed colour per outlet, titles that state
the finding, and a footnote with the method and the counts each chart rests on.

Colours: Okabe & Ito (2008) "Color Universal Design" palette first, then Paul Tol's "muted"
scheme; both are designed to stay distinct under the common colour-vision deficiencies.
"unknown" and "other" outlets are always grey.
"""

from __future__ import annotations

import matplotlib

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

__all__ = ["PALETTE", "GREY", "set_style", "plain_number", "table_html", "interactive_table_html", "outlet_colors", "bar_chart", "short_label", "small_multiples",
           "stacked_shares", "dispersion_plot", "heatmap", "luminance", "contrast"]

# Widest chart, inches: at the inline display's 100 dpi it fits a JupyterLab notebook (about 960 px)
# at full size, so 8-point text stays 8 points on screen.
MAX_WIDTH = 9.4
# Tables longer than this are shown searchable and sortable (itables, offline); shorter ones as
# plain HTML. About one screen of rows: a reader scans a short table, and searches a long one.
INTERACTIVE_ROWS = 15
# Data an interactive table carries at most; a longer table shows rows from its start and end and
# says how many it has (the full table stays in the notebook's variable and the exported CSV).
MAX_TABLE_BYTES = "1MB"
# a shape per series beside its colour (dispersion)
MARKERS = ["|", "o", "s", "^", "D", "x", "v", "*", "P"]


def _suptitle(fig, title: str) -> None:
    """The finding as the chart's title, wrapped to the figure's width (a long title would widen the image)."""
    from matplotlib.font_manager import FontProperties

    size = FontProperties(size=plt.rcParams["figure.titlesize"]).get_size_in_points()
    chars = max(30, int(fig.get_figwidth() * 72 / (size * 0.58)))
    fig.suptitle(_wrap(title, chars), x=0.01, ha="left", fontweight="bold")


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(str(text), width)) or str(text)


PALETTE = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",  # Okabe-Ito
    # Tol muted, ordered so that the first 12 colours are at least 20 apart (CIE76 dE in CIELAB,
    # tested): each next one the farthest from those before it
    "#332288", "#999933", "#882255", "#AA4499", "#DDCC77",
    "#88CCEE", "#44AA99", "#117733", "#CC6677",
]
GREY = "#8C8C8C"


def plain_number(x: float) -> str:
    """A number as a reader writes it: thousands separators, never scientific notation.

    Parameters
    ----------
    x : float

    Returns
    -------
    str
        Whole numbers with separators ("15,978,000,000,000"); others to 3 decimals, trailing zeros
        dropped ("0.5", "19.5"); below 0.001, two significant digits ("0.00012"); below one
        millionth, "<0.000001".

    Examples
    --------
    >>> [plain_number(v) for v in (1.5978e16, 8.0, 0.871, 0.5, 0.000123, -2500.25, 3e-21)]
    ['15,978,000,000,000,000', '8', '0.871', '0.5', '0.00012', '-2,500.25', '<0.000001']
    """
    import math

    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "NaN"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if float(x).is_integer():
        return f"{x:,.0f}"
    if abs(x) < 1e-6:  # a p-value of 1e-20 would print 21 decimals
        return "<0.000001" if x > 0 else ">-0.000001"
    if abs(x) < 0.001:
        digits = -math.floor(math.log10(abs(x))) + 1
        return f"{x:.{digits}f}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def table_html(df: pd.DataFrame) -> str:
    """A DataFrame as the notebooks show it: pandas' HTML with text columns left-aligned and wrapped.

    Numbers stay right-aligned (and in :func:`plain_number` format); columns of text (titles,
    sentences, passages) are left-aligned and wrap at about 40 em instead of stretching the table;
    a wide table scrolls inside its own box. Deterministic: the same table gives the same HTML
    (strict nbval compares it).

    Parameters
    ----------
    df : pandas.DataFrame

    Returns
    -------
    str
        HTML.

    Examples
    --------
    >>> html = table_html(pd.DataFrame({"n": [1], "sentence": ["Putin tiba."]}))
    >>> "text-align: left" in html and "overflow-x: auto" in html
    True
    """
    import hashlib

    shown = pd.get_option("display.max_rows")
    rows = shown if shown is None or len(df) <= shown else pd.get_option("display.min_rows")  # as pandas' own repr
    body = df.to_html(max_rows=rows, max_cols=pd.get_option("display.max_columns"),
                      show_dimensions=shown is not None and len(df) > shown, notebook=True, border=0)
    offset = df.index.nlevels  # index cells come first in every row
    text_cols = _text_columns(df)
    # an index of names (outlets, doc_ids, frames) reads left-aligned too, as in the interactive tables;
    # the class is doubled to outweigh JupyterLab's right-aligned table cells
    text_index = not isinstance(df.index, pd.RangeIndex) and not any(
        pd.api.types.is_numeric_dtype(df.index.get_level_values(k).dtype) for k in range(offset))
    cls = "kit-" + hashlib.blake2b(repr((list(map(str, df.columns)), text_cols, text_index)).encode(),
                                   digest_size=4).hexdigest()
    rules = "".join(f".{cls} td:nth-child({k + offset + 1}), .{cls} thead th:nth-child({k + offset + 1})"
                    "{text-align: left; white-space: normal; max-width: 40em; min-width: 8em}" for k in text_cols)
    if text_index:
        rules += (f".{cls}.{cls} tbody th, .{cls}.{cls} thead tr:last-child th:nth-child(-n+{offset})"
                  "{text-align: left}")
    return (f'<div class="{cls}" style="overflow-x: auto; max-width: 100%">'
            + (f"<style>{rules}</style>" if rules else "") + body + "</div>")


def _text_columns(df: pd.DataFrame) -> list[int]:
    return [k for k, t in enumerate(df.dtypes) if pd.api.types.is_object_dtype(t) or pd.api.types.is_string_dtype(t)]


def interactive_table_html(df: pd.DataFrame, table_id: str | None = None) -> str:
    """A long DataFrame as a searchable, sortable table (DataTables through itables, offline).

    Every row is kept up to :data:`MAX_TABLE_BYTES` of data (beyond it the table shows rows from
    its start and end and says it was downsampled from how many) and paged 25 to a page (or all); a search box filters rows and
    a click on a header sorts, numbers as numbers (shown in :func:`plain_number` format). Text
    columns are left-aligned and wrap. Until the browser runs the page's scripts (an untrusted
    notebook, a viewer without JavaScript) the same rows show as a plain table. Text longer than
    pandas' ``display.max_colwidth`` is cut as pandas cuts it (the DataFrame keeps it whole). Nothing is
    loaded from the internet: the library comes from the notebook's first cell (see
    :func:`set_style`). Deterministic: the table's HTML id is a hash of its content, so the same
    table gives the same HTML (strict nbval compares it).

    Parameters
    ----------
    df : pandas.DataFrame
    table_id : str, optional
        The HTML id; by default ``"kit_"`` and a hash of the columns, index and values.

    Returns
    -------
    str
        HTML (a ``<table>`` with its data and the script that makes it interactive).

    Examples
    --------
    >>> html = interactive_table_html(pd.DataFrame({"n": range(20), "sentence": ["Putin tiba."] * 20}))
    >>> html.count('id="kit_') >= 1 and "Putin tiba." in html
    True
    """
    import hashlib
    import re

    from itables import to_html_datatable

    if table_id is None:
        digest = hashlib.blake2b(digest_size=6)
        digest.update(repr((list(map(str, df.columns)), [str(t) for t in df.dtypes])).encode())
        digest.update(df.to_csv().encode())
        table_id = "kit_" + digest.hexdigest()
    df = df.copy()  # columns are replaced by position below (names may repeat or not be strings)
    for k, t in enumerate(df.dtypes):
        if pd.api.types.is_datetime64_any_dtype(t):  # as pandas prints them (ISO 8601, so they sort as
            col = df.iloc[:, k]                       # text), without itables' time-zone warning
            df.isetitem(k, col.astype(str).where(col.notna(), ""))
    text_cols = _text_columns(df)
    width = pd.get_option("display.max_colwidth")
    if width and text_cols:  # long passages cut as pandas cuts them in a plain table (the data keep them whole)
        cut = lambda v: v[: width - 3] + "..." if isinstance(v, str) and len(v) > width else v  # noqa: E731
        for k in text_cols:
            df.isetitem(k, df.iloc[:, k].map(cut))
    show_index = not isinstance(df.index, pd.RangeIndex) or any(n is not None for n in df.index.names)
    offset = df.index.nlevels if show_index else 0
    text_index = [k for k in range(offset) if not pd.api.types.is_numeric_dtype(df.index.get_level_values(k).dtype)]
    targets = text_index + [k + offset for k in text_cols]
    defs = [{"className": "dt-left kit-text", "targets": targets}] if targets else []
    html = to_html_datatable(
        df, table_id=table_id, connected=False, maxBytes=MAX_TABLE_BYTES, showIndex=show_index,
        classes="display compact", columnDefs=defs, pageLength=25,
        lengthMenu=[10, 25, 50, 100, {"label": "All", "value": -1}], allow_html=False,
        style="table-layout:auto;width:auto;margin:0", display_logo_when_loading=False,
        css=".kit-text {white-space: normal; max-width: 40em; min-width: 8em; text-align: left}")
    # the plain preview's header carries a help link to itables' website: a page that works offline
    # links nowhere outside, and the reader needs no note on the library
    html = re.sub(r"<sup>(?:<noscript>.*?</noscript>)?<a href=\S*itables\.org[^>]*>ⓘ</a></sup>", "", html)
    html = re.sub(r"\s*\(need <a href=\S*itables\.org[^>]*>help</a>\?\)", "", html)
    html = re.sub(r'<a href=\\"https?://itables\.org[^"\\]*\\">([^<]*)</a>', r"\1", html)  # "downsampled"
    return f'<div style="overflow-x: auto; max-width: 100%">{html}</div>'


def _notebook_table(df: pd.DataFrame) -> str:
    """The notebooks' table formatter: interactive past :data:`INTERACTIVE_ROWS` rows, plain below."""
    if len(df) > INTERACTIVE_ROWS:
        return interactive_table_html(df)
    return table_html(df)


def set_style() -> None:
    """Apply the kit's chart style and table formats (call once at the top of a notebook).

    In a notebook it also loads the table library (itables' DataTables bundle, embedded in the
    cell's output: nothing is fetched from the internet) so that tables longer than
    :data:`INTERACTIVE_ROWS` rows are searchable and sortable; shorter tables are plain HTML
    with text left-aligned (:func:`table_html`).

    Returns
    -------
    None

    Examples
    --------
    >>> set_style()
    """
    matplotlib.rcParams.update({
        "figure.dpi": 100,
        "savefig.dpi": 150,
        "font.size": 10,
        "axes.titlesize": 11,
        "axes.titleweight": "bold",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "axes.grid.axis": "x",
        "grid.color": "#DDDDDD",
        "axes.axisbelow": True,
        "svg.hashsalt": "news-kit",
        "svg.fonttype": "none",
    })
    pd.set_option("display.float_format", plain_number)  # tables: 1,597,800,000, not 1.597800e+09
    try:  # in a notebook: tables with text columns left-aligned and wrapped, wide tables scrolling
        from IPython import get_ipython

        shell = get_ipython()
        if shell is not None:
            import itables.options
            from itables import init_notebook_mode

            itables.options.display_logo_when_loading = False  # its logo links to the web; pages work offline
            init_notebook_mode(all_interactive=False, connected=False)
            shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, _notebook_table)
    except ImportError:  # pragma: no cover - IPython comes with the notebooks
        pass


def outlet_colors(outlets) -> dict[str, str]:
    """One fixed colour per outlet: sorted outlet names take the palette in order.

    The same set of outlets always gets the same colours, in every notebook and chart.

    Parameters
    ----------
    outlets : iterable of str
        Outlet names (repeats are fine).

    Returns
    -------
    dict
        Outlet -> hex colour; "unknown" and "other" are grey; beyond 16 outlets colours repeat
        (group the rest as "other" before plotting).

    Examples
    --------
    >>> outlet_colors(["B", "A", "unknown"])
    {'A': '#0072B2', 'B': '#E69F00', 'unknown': '#8C8C8C'}
    """
    names = sorted(set(outlets), key=str)
    colors, k = {}, 0
    for n in names:
        if str(n).lower() in ("unknown", "other", ""):
            colors[n] = GREY
        else:
            colors[n] = PALETTE[k % len(PALETTE)]
            k += 1
    return colors


def bar_chart(
    table: pd.DataFrame,
    values: list[str],
    *,
    label: str = "doc_id",
    outlet: str = "outlet",
    title: str,
    note: str,
    xlabels: list[str] | None = None,
    colors: dict[str, str] | None = None,
):
    """Horizontal bars, one panel per value column, bars coloured by outlet, values printed.

    Parameters
    ----------
    table : pandas.DataFrame
        The table behind the chart (one row per bar).
    values : list of str
        Columns to plot, one panel each.
    label : str, default "doc_id"
        Column naming each bar.
    outlet : str, default "outlet"
        Column giving each bar's outlet (colour and legend).
    title : str
        The finding, as a sentence.
    note : str
        Method and counts, printed under the chart.
    xlabels : list of str, optional
        Axis label per panel (defaults to the column names).
    colors : dict, optional
        Outlet -> colour; :func:`outlet_colors` of the table by default.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> t = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "n": [3, 5]})
    >>> fig = bar_chart(t, ["n"], title="b is longer", note="counts of words")
    """
    colors = colors or outlet_colors(table[outlet])
    n = len(values)
    ncols = min(n, 2)  # more panels stack in rows: the chart keeps the notebook's width
    nrows = -(-n // ncols)
    height = max(2.2, 0.38 * len(table) + 1.2) * nrows + 0.6
    fig, axes = plt.subplots(nrows, ncols, figsize=(min(MAX_WIDTH, 3.9 * ncols + 1.7), height), sharey=True,
                             squeeze=False)
    for ax in axes.ravel()[n:]:
        ax.set_visible(False)
    t = table.iloc[::-1]
    ylab = [_wrap(short_label(x, 60), 30) for x in t[label]]  # wrapped, shortened only past two lines
    for ax, col, xl in zip(axes.ravel(), values, xlabels or values):
        bars = ax.barh(ylab, t[col], color=[colors[o] for o in t[outlet]])
        for b, v in zip(bars, t[col]):
            if float(v).is_integer():
                txt = f"{int(v):,}"
            else:
                txt = f"{v:.2f}" if abs(v) < 10 else f"{v:,.1f}"
            ax.text(b.get_width(), b.get_y() + b.get_height() / 2, " " + txt, va="center", fontsize=8)
        ax.set_xlabel(xl)
        ax.margins(x=0.15)
    handles = [plt.Rectangle((0, 0), 1, 1, color=colors[o]) for o in sorted(set(table[outlet]), key=str)]
    fig.legend(handles, sorted(set(table[outlet]), key=str), loc="upper right", fontsize=8,
               frameon=False, title="outlet", title_fontsize=8, bbox_to_anchor=(1.0, 1.0))
    _suptitle(fig, title)
    fig.text(0.01, 0.005, note, fontsize=8, color="#444444", ha="left", va="bottom", wrap=True)
    fig.tight_layout(rect=(0, 0.07, 0.82, 0.95))
    return fig


def short_label(text: str, width: int = 24) -> str:
    """Shorten a label for an axis: keep the start, end in "...".

    Parameters
    ----------
    text : str
        A doc_id, term or outlet.
    width : int, default 24
        Longest label.

    Returns
    -------
    str

    Examples
    --------
    >>> short_label("03_cnnindonesia_ekonom-beri-waktu", 12)
    '03_cnnind...'
    """
    text = str(text)
    return text if len(text) <= width else text[: width - 3] + "..."


def luminance(color) -> float:
    """WCAG 2 relative luminance of a colour (hex string or RGB(A) floats in [0, 1]).

    Parameters
    ----------
    color : str or tuple

    Returns
    -------
    float
        0 (black) to 1 (white).

    Examples
    --------
    >>> round(luminance("#FFFFFF"), 3), round(luminance("#000000"), 3)
    (1.0, 0.0)
    """
    rgb = matplotlib.colors.to_rgb(color)
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a, b) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21 (>= 4.5 is the level for normal text).

    Examples
    --------
    >>> round(contrast("black", "white"), 1)
    21.0
    """
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _text_on(color) -> str:
    """Black or white, whichever contrasts more with the colour (WCAG; always at least 4.58:1)."""
    return "black" if contrast(color, "black") >= contrast(color, "white") else "white"


def _footnote(fig, note: str) -> None:
    fig.text(0.01, 0.005, note, fontsize=8, color="#444444", ha="left", va="bottom", wrap=True)


def small_multiples(
    table: pd.DataFrame,
    *,
    panel: str,
    term: str,
    value: str,
    title: str,
    note: str,
    panel_colors: dict[str, str],
    annotate: str | None = None,
    ncols: int = 3,
    xlabel: str | None = None,
):
    """One small bar chart per panel (article or outlet): top terms and their values.

    Parameters
    ----------
    table : pandas.DataFrame
        Rows already limited to what is shown (e.g. the top 10 per panel), in display order.
    panel, term, value : str
        Columns: which panel, which bar label, which bar length.
    title, note : str
        The finding; method and counts.
    panel_colors : dict
        Panel -> colour (the panel's outlet colour).
    annotate : str, optional
        Column printed at the end of each bar (e.g. raw ``count``).
    ncols : int, default 3
        Panels per row.
    xlabel : str, optional
        Axis label (defaults to ``value``).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> t = pd.DataFrame({"g": ["a", "a"], "term": ["x", "y"], "v": [2.0, 1.0]})
    >>> fig = small_multiples(t, panel="g", term="term", value="v", title="t", note="n",
    ...                       panel_colors={"a": "#0072B2"})
    """
    panels = list(dict.fromkeys(table[panel]))
    n = len(panels)
    ncols = max(1, min(ncols, n))
    nrows = -(-n // ncols)
    per = max(int(table.groupby(panel).size().max()), 1) if n else 1
    fig, axes = plt.subplots(nrows, ncols, figsize=(min(MAX_WIDTH, 4.2 * ncols), 0.26 * per * nrows + 1.2 * nrows + 0.8),
                             squeeze=False)
    for ax in axes.ravel()[n:]:
        ax.set_visible(False)
    for ax, p in zip(axes.ravel(), panels):
        t = table[table[panel] == p].iloc[::-1]
        bars = ax.barh([_wrap(short_label(x, 52), 26) for x in t[term]], t[value], color=panel_colors.get(p, GREY))
        if annotate:
            for b, a in zip(bars, t[annotate]):
                ax.text(b.get_width(), b.get_y() + b.get_height() / 2, f" {a}", va="center", fontsize=8)
        chars = max(14, int((fig.get_figwidth() / ncols - 1.7) * 72 / (9 * 0.58)))
        ax.set_title(_wrap(short_label(p, 40), chars), fontsize=9, loc="left")
        ax.tick_params(axis="y", labelsize=8)
        ax.set_xlabel(xlabel or value, fontsize=8)
        ax.margins(x=0.2)
    _suptitle(fig, title)
    _footnote(fig, note)
    fig.tight_layout(rect=(0, 0.05, 1, 0.96))
    return fig


def stacked_shares(shares: pd.DataFrame, parts: list[str], *, group: str = "group", title: str, note: str,
                   part_colors: dict[str, str] | None = None, part_labels: dict[str, str] | None = None,
                   xlabel: str = "share", n: str | None = None):
    """Horizontal stacked bars: how each group's total divides into parts (e.g. topics).

    Parameters
    ----------
    shares : pandas.DataFrame
        One row per group; ``parts`` columns hold shares summing to 1 (or counts).
    parts : list of str
        Columns to stack, in order.
    group : str, default "group"
        Row label column.
    title, note : str
        The finding; method and counts.
    part_colors : dict, optional
        Part -> colour; Tol's muted colours by default (not outlet colours: parts are not outlets).
    part_labels : dict, optional
        Part -> legend label (e.g. a topic's top terms).
    xlabel : str, default "share"
    n : str, optional
        Column with the count each group's shares rest on; printed beside the group's label
        ("Kompas.com (n=8)").

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> s = pd.DataFrame({"group": ["A"], "t1": [0.4], "t2": [0.6], "n": [5]})
    >>> fig = stacked_shares(s, ["t1", "t2"], title="t", note="n", n="n")
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['A (n=5)']
    """
    colors = {p: PALETTE[7 + i % 9] if i < 9 else PALETTE[i % 7] for i, p in enumerate(parts)}
    colors.update(part_colors or {})
    t = shares.iloc[::-1]
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, max(2.6, 0.42 * len(t) + 1.6)))
    left = np.zeros(len(t))
    labels = [_wrap(short_label(g, 60), 30) for g in t[group]]
    if n is not None:
        labels = [f"{lab} (n={int(k):,})" for lab, k in zip(labels, t[n])]
    for p in parts:
        vals = t[p].to_numpy(dtype=float)
        bars = ax.barh(labels, vals, left=left, color=colors[p], label=_wrap((part_labels or {}).get(p, p), 28),
                       edgecolor="white", linewidth=0.5)
        for b, v, lft in zip(bars, vals, left):
            if v >= 0.08:
                ax.text(lft + v / 2, b.get_y() + b.get_height() / 2, f"{v:.2f}", ha="center", va="center",
                        fontsize=8, color=_text_on(colors[p]))
        left = left + vals
    ax.set_xlabel(xlabel)
    fig.legend(*ax.get_legend_handles_labels(), loc="upper left", bbox_to_anchor=(0.72, 0.93), fontsize=8, frameon=False)
    _suptitle(fig, title)
    _footnote(fig, note)
    fig.tight_layout(rect=(0, 0.06, 0.71, 0.95))
    return fig


def dispersion_plot(table: pd.DataFrame, terms: list[str], docs: list[str], *, title: str, note: str,
                    colors: dict[str, str] | None = None):
    """Lexical dispersion: where in each article each term occurs (0 = start, 1 = end).

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`helpers.terms.dispersion` (``doc_id, term, relative_position``).
    terms : list of str
        Terms, one marker row each within an article.
    docs : list of str
        Articles, top to bottom (an article without any hit still gets its row).
    title, note : str
        The finding; method and counts.
    colors : dict, optional
        Term -> colour (Tol muted by default).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> t = pd.DataFrame({"doc_id": ["a"], "term": ["x"], "relative_position": [0.5]})
    >>> fig = dispersion_plot(t, ["x"], ["a"], title="t", note="n")
    """
    colors = colors or {t: PALETTE[7 + i % 9] for i, t in enumerate(terms)}
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, max(2.4, 0.5 * len(docs) + 1.5)))
    nt = max(1, len(terms))
    for di, d in enumerate(docs):
        for ti, term in enumerate(terms):
            y = len(docs) - 1 - di + (ti - (nt - 1) / 2) * (0.7 / nt)
            xs = table[(table["doc_id"] == d) & (table["term"] == term)]["relative_position"]
            ax.scatter(xs, [y] * len(xs), marker=MARKERS[ti % len(MARKERS)], s=36, color=colors[term],
                       label=term if di == 0 else None)  # a shape per term as well as a colour
    ax.set_yticks(range(len(docs)))
    ax.set_yticklabels([_wrap(short_label(d, 60), 30) for d in docs[::-1]])
    ax.set_xlim(-0.02, 1.02)
    ax.set_xlabel("position in the article (0 = first word, 1 = last)")
    fig.legend(*ax.get_legend_handles_labels(), loc="upper left", bbox_to_anchor=(0.8, 0.93), fontsize=8,
               frameon=False, title="term", title_fontsize=8)
    _suptitle(fig, title)
    _footnote(fig, note)
    fig.tight_layout(rect=(0, 0.06, 0.79, 0.95))
    return fig


def heatmap(matrix: pd.DataFrame, *, title: str, note: str, fmt: str = "{:.2f}", cmap: str = "cividis",
            xlabel: str = "", ylabel: str = "", vmin: float | None = None, vmax: float | None = None,
            counts: pd.DataFrame | None = None):
    """A heatmap with every value printed in its cell (cividis: readable with colour-vision deficiency).

    Parameters
    ----------
    matrix : pandas.DataFrame
        The table behind the chart; rows and columns as shown.
    title, note : str
        The finding; method and counts.
    fmt : str, default "{:.2f}"
        Format of the printed values.
    cmap : str, default "cividis"
    xlabel, ylabel : str
    vmin, vmax : float, optional
        Colour scale limits.
    counts : pandas.DataFrame, optional
        Same shape: the count each cell rests on, printed under its value ("n=10,000").

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> m = pd.DataFrame([[1.0, 0.2], [0.2, 1.0]], index=["a", "b"], columns=["a", "b"])
    >>> fig = heatmap(m, title="a and b differ", note="cosine")
    """
    nr, nc = matrix.shape
    if nr == 0 or nc == 0:
        fig, ax = plt.subplots(figsize=(6, 2))
        ax.axis("off")
        ax.text(0.5, 0.5, "nothing to show: the table is empty", ha="center", va="center", color="#444444")
        _suptitle(fig, title)
        _footnote(fig, note)
        return fig
    fig, ax = plt.subplots(figsize=(min(MAX_WIDTH, max(4.5, 0.62 * nc + 3.2)), max(3.0, 0.42 * nr + 2.2)))
    vals = matrix.to_numpy(dtype=float)
    if vmin is None and vmax is None and np.nanmin(vals) == np.nanmax(vals):
        vmin, vmax = float(np.nanmin(vals)) - 0.5, float(np.nanmax(vals)) + 0.5
    im = ax.imshow(vals, cmap=cmap, aspect="auto", vmin=vmin, vmax=vmax)
    for i in range(nr):
        for j in range(nc):
            v = vals[i, j]
            if np.isnan(v):
                continue
            label = fmt.format(v)
            if counts is not None and not pd.isna(counts.iloc[i, j]):
                label += f"\nn={int(counts.iloc[i, j]):,}"
            ax.text(j, i, label, ha="center", va="center", fontsize=8,
                    color=_text_on(im.cmap(im.norm(v))))  # from the cell's own colour
    ax.set_xticks(range(nc))
    ax.set_xticklabels([_wrap(short_label(c, 48), 16) for c in matrix.columns], rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(nr))
    ax.set_yticklabels([_wrap(short_label(r, 56), 28) for r in matrix.index], fontsize=8)
    ax.grid(False)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    fig.colorbar(im, ax=ax, fraction=0.04, pad=0.02)
    _suptitle(fig, title)
    _footnote(fig, note)
    fig.tight_layout(rect=(0, 0.05, 1, 0.95))
    return fig
