"""One chart style for the kit: colour-blind-safe, one fixed colour per outlet, titles that state
the finding, and a footnote with the method and the counts each chart rests on.

Colours: Okabe & Ito (2008) "Color Universal Design" palette first, then Paul Tol's "muted"
scheme; both are designed to stay distinct under the common colour-vision deficiencies.
"unknown" and "other" outlets are always grey.
"""

from __future__ import annotations

import matplotlib

import matplotlib.pyplot as plt
import pandas as pd

__all__ = ["PALETTE", "GREY", "set_style", "outlet_colors", "bar_chart"]

PALETTE = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",  # Okabe-Ito
    "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255",
    "#AA4499",  # Tol muted
]
GREY = "#8C8C8C"


def set_style() -> None:
    """Apply the kit's matplotlib style (call once at the top of a notebook).

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
    height = max(2.2, 0.38 * len(table) + 1.6)
    fig, axes = plt.subplots(1, n, figsize=(4.6 * n + 1.2, height), sharey=True, squeeze=False)
    t = table.iloc[::-1]
    ylab = [str(x) for x in t[label]]
    for ax, col, xl in zip(axes[0], values, xlabels or values):
        bars = ax.barh(ylab, t[col], color=[colors[o] for o in t[outlet]])
        for b, v in zip(bars, t[col]):
            txt = f"{v:,.1f}" if isinstance(v, float) and not float(v).is_integer() else f"{int(v):,}"
            ax.text(b.get_width(), b.get_y() + b.get_height() / 2, " " + txt, va="center", fontsize=8)
        ax.set_xlabel(xl)
        ax.margins(x=0.15)
    handles = [plt.Rectangle((0, 0), 1, 1, color=colors[o]) for o in sorted(set(table[outlet]), key=str)]
    fig.legend(handles, sorted(set(table[outlet]), key=str), loc="upper right", fontsize=8,
               frameon=False, title="outlet", title_fontsize=8, bbox_to_anchor=(1.0, 1.0))
    fig.suptitle(title, x=0.01, ha="left", fontweight="bold")
    fig.text(0.01, 0.005, note, fontsize=8, color="#444444", ha="left", va="bottom", wrap=True)
    fig.tight_layout(rect=(0, 0.07, 0.86, 0.95))
    return fig
