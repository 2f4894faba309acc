"""describe (stats, audit summary, flags) and plots (style, colours, charts)."""

import matplotlib

matplotlib.use("agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers import (audit_summary, bar_chart, cleaning_audit, load_corpus, outlet_colors,  # noqa: E402
                     quality_flags, removed_lines, text_stats)
from helpers.plots import GREY, PALETTE  # noqa: E402
from tests.conftest import CORPUS  # noqa: E402


def _c(texts, dates=None, outlets=None):
    n = len(texts)
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "outlet": outlets or ["X"] * n,
                         "event_date": dates or [""] * n, "encoding": ["utf-8"] * n, "text": texts})


def test_text_stats_counts_by_hand():
    s = text_stats(_c(["Putin tiba di Pyongyang. Kim menyambut 10.000 orang.\nIa pulang."]))
    assert s.loc[0, ["n_words", "n_sentences", "n_paragraphs"]].tolist() == [10, 3, 2]
    assert s.loc[0, "words_per_sentence"] == round(10 / 3, 1)


def test_audit_summary_totals_match_lines():
    corpus = load_corpus(CORPUS)
    audit = cleaning_audit(corpus)
    summ = audit_summary(audit)
    assert summ["total"].sum() == len(audit) == corpus["n_lines"].sum()
    for doc in corpus["doc_id"]:
        assert summ[doc].sum() == (audit.doc_id == doc).sum()
    assert list(summ.index.get_level_values(0).unique()) == ["keep", "metadata", "drop"]


def test_removed_lines_excludes_blank_and_plain_body():
    audit = cleaning_audit(load_corpus(CORPUS))
    r = removed_lines(audit)
    assert "blank" not in set(r["label"])
    body = r[r["label"] == "body"]
    assert (body["rule"] == "end_suffix").all() and len(body) == 1  # 001's "***" trimmed
    assert (r["text"].str.len() <= 90).all()


def test_quality_flags_on_seeds():
    f = quality_flags(load_corpus(CORPUS))
    got = set(zip(f["doc_id"], f["flag"]))
    assert got == {("002_unknown", "weekday_mismatch"), ("002_unknown", "no_outlet"),
                   ("004_kabarbursa", "reintroduction"), ("004_kabarbursa", "older_date")}


def test_quality_flags_crafted():
    texts = ["Menteri Luar Negeri Retno Marsudi tiba Rabu 19 Juni 2024.\nIsi.\nIsi lagi.\n"
             "Menteri Luar Negeri Retno Marsudi bersiap berangkat, Senin 1 April 2024."]
    f = quality_flags(_c(texts, dates=["2024-06-19"]))
    assert f["flag"].tolist() == ["older_date", "reintroduction"]
    assert f["paragraph"].tolist() == [4, 4]
    assert quality_flags(_c(["Isi biasa tanpa masalah."])).empty


def test_outlet_colors_fixed_and_colour_blind_palette():
    a = outlet_colors(["Zeta", "Alpha", "unknown", "Alpha"])
    b = outlet_colors(["unknown", "Alpha", "Zeta"])
    assert a == b == {"Alpha": PALETTE[0], "Zeta": PALETTE[1], "unknown": GREY}
    assert len(set(PALETTE)) == len(PALETTE) == 16


def test_bar_chart_has_title_note_and_values():
    t = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "n": [3, 5]})
    fig = bar_chart(t, ["n"], title="b is longer", note="2 articles")
    assert fig._suptitle.get_text() == "b is longer"
    texts = [x.get_text() for x in fig.axes[0].texts]
    assert texts == [" 5", " 3"]  # values printed, first row on top
    assert any(x.get_text() == "2 articles" for x in fig.texts)


def test_heatmap_empty_and_constant_tables_do_not_fail():
    import warnings

    from helpers.plots import heatmap

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        heatmap(pd.DataFrame(), title="t", note="n")
        heatmap(pd.DataFrame([[0, 0]], index=["a"], columns=["x", "y"]), title="t", note="n")


def test_exported_tables_cannot_start_a_spreadsheet_formula(tmp_path):
    import matplotlib.pyplot as plt

    from helpers.report import save_chart

    hostile = pd.DataFrame({"doc_id": ["=cmd|'/c calc'!A1", "+1+1", "ok"], "outlet": ["@SUM(A1)", "-2+3", "Kompas"],
                            "title": ["=HYPERLINK(\"http://x\",\"klik\")", "\tTab", "Judul"], "score": [-1.5, 0.0, 2.5],
                            "delta": ["-0.06", "-1e3", "+2"]}).set_index("doc_id")
    fig = plt.figure()
    save_chart(fig, hostile, "hostile", tmp_path)
    plt.close(fig)
    back = pd.read_csv(tmp_path / "hostile.csv", dtype=str, keep_default_na=False)
    for col in ["doc_id", "outlet", "title"]:
        assert not back[col].str.match(r"[=+\-@\t\r]").any(), col  # every formula start neutralised
    assert back["doc_id"].tolist()[0] == "'=cmd|'/c calc'!A1"
    assert back["score"].tolist() == ["-1.5", "0.0", "2.5"]  # numbers stay numbers
    assert back["delta"].tolist() == ["-0.06", "-1e3", "+2"]  # text that is a number too


def _lab(color):
    import matplotlib.colors as mc

    rgb = np.array(mc.to_rgb(color))
    lin = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    m = np.array([[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.0721750],
                  [0.0193339, 0.1191920, 0.9503041]])
    xyz = m @ lin / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_twelve_outlets_get_colours_at_least_de_20_apart():
    from itertools import combinations

    from helpers.plots import outlet_colors

    colors = list(outlet_colors([f"Outlet {i:02d}" for i in range(12)]).values())
    assert len(set(colors)) == 12
    gaps = [np.linalg.norm(_lab(a) - _lab(b)) for a, b in combinations(colors, 2)]
    assert min(gaps) >= 20, min(gaps)


def test_every_printed_value_has_contrast_4_5_against_what_is_under_it():
    import matplotlib
    import matplotlib.pyplot as plt

    from helpers.plots import contrast, heatmap, stacked_shares

    # every colour a value can be printed on: the palette, grey, the sides, every step of the colour map
    under = PALETTE + [GREY] + list(read_table_sides()) + [matplotlib.colormaps["cividis"](x)
                                                          for x in np.linspace(0, 1, 256)]
    from helpers.plots import _text_on
    assert min(contrast(c, _text_on(c)) for c in under) >= 4.5
    # and on drawn charts: each number's colour against the cell or bar it sits on
    m = pd.DataFrame(np.linspace(0, 1, 25).reshape(5, 5), index=list("abcde"), columns=list("vwxyz"))
    fig = heatmap(m, title="t", note="n")
    im = fig.axes[0].images[0]
    for t in fig.axes[0].texts:
        x, y = t.get_position()
        cell = im.cmap(im.norm(m.iloc[int(round(y)), int(round(x))]))
        assert contrast(t.get_color(), cell) >= 4.5, (t.get_text(), t.get_color())
    plt.close(fig)
    s = pd.DataFrame({"group": ["A", "B"], **{f"t{i}": [0.1, 0.1] for i in range(10)}})
    fig = stacked_shares(s, [f"t{i}" for i in range(10)], title="t", note="n")
    bars = [p for p in fig.axes[0].patches]
    for t in fig.axes[0].texts:
        x, y = t.get_position()
        under_bar = [b for b in bars if b.get_x() <= x <= b.get_x() + b.get_width()
                     and b.get_y() <= y <= b.get_y() + b.get_height()]
        assert under_bar and contrast(t.get_color(), under_bar[0].get_facecolor()) >= 4.5
    plt.close(fig)


def read_table_sides():
    from helpers import load_resources

    for folder in (None, CORPUS):
        t = load_resources(folder).table("side_colors.csv")
        yield from t["color"].tolist() if "color" in t.columns else []


def _big_charts():
    """Every chart kind with many outlets, panels, columns and long labels: the worst cases."""
    from helpers.plots import bar_chart, dispersion_plot, heatmap, small_multiples, stacked_shares

    outlets = [f"Outlet number {i} with a long name" for i in range(12)]
    t = pd.DataFrame({"doc_id": [f"{o} article" for o in outlets], "outlet": outlets,
                      **{c: np.linspace(1, 2000, 12) for c in ["a", "b", "c", "d"]}})
    long_title = "A finding stated at length so that it runs well past the width of the chart " * 2
    yield bar_chart(t, ["a", "b", "c", "d"], title=long_title, note="n " * 80)
    sm = pd.DataFrame({"g": np.repeat(outlets, 10), "term": [f"term_{k}_with_words" for k in range(120)],
                       "v": np.tile(np.linspace(1, 0.1, 10), 12), "count": 3})
    yield small_multiples(sm, panel="g", term="term", value="v", title=long_title, note="n",
                          panel_colors={}, annotate="count")
    m = pd.DataFrame(np.random.default_rng(0).random((16, 16)), index=outlets + ["x"] * 4, columns=outlets + ["y"] * 4)
    yield heatmap(m, title=long_title, note="n")
    s = pd.DataFrame({"group": outlets, **{f"topic {k}": 1 / 6 for k in range(6)}, "n": 10})
    yield stacked_shares(s, [f"topic {k}" for k in range(6)], n="n", title=long_title, note="n",
                         part_labels={f"topic {k}": "several top terms of a topic " * 2 for k in range(6)})
    d = pd.DataFrame({"doc_id": ["a"] * 6, "term": ["w1", "w2", "w3", "w4", "w5", "w6"],
                      "relative_position": np.linspace(0, 1, 6)})
    yield dispersion_plot(d, ["w1", "w2", "w3", "w4", "w5", "w6"], ["a", "b"], title=long_title, note="n")


def test_every_chart_fits_the_notebook_width_with_text_of_8_points_or_more(tmp_path):
    import io
    import struct

    import matplotlib.pyplot as plt

    for k, fig in enumerate(_big_charts()):
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")  # as the inline display stores it
        width = struct.unpack(">I", buf.getvalue()[16:20])[0]
        assert width <= 960, (k, width)
        sizes = [t.get_fontsize() for t in fig.findobj(plt.Text) if t.get_text().strip()]
        assert min(sizes) >= 8, (k, min(sizes))
        plt.close(fig)


def test_the_committed_notebooks_store_charts_no_wider_than_the_notebook():
    import base64
    import json
    import struct

    for path in sorted((CORPUS.parent / "notebooks").glob("0*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            for out in cell.get("outputs", []):
                png = out.get("data", {}).get("image/png")
                if png:
                    width = struct.unpack(">I", base64.b64decode(png)[16:20])[0]
                    assert width <= 960, (path.name, width)


def test_dispersion_gives_each_term_its_own_marker():
    from helpers.plots import dispersion_plot

    d = pd.DataFrame({"doc_id": ["a"] * 3, "term": ["x", "y", "z"], "relative_position": [0.1, 0.5, 0.9]})
    fig = dispersion_plot(d, ["x", "y", "z"], ["a"], title="t", note="n")
    paths = [c.get_paths()[0].vertices.tobytes() for c in fig.axes[0].collections]
    assert len(set(paths)) == 3


def test_tables_in_the_committed_notebooks_never_show_scientific_notation():
    import json
    import re

    sci = re.compile(r"\b\d\.\d+e[+-]\d{2}\b")
    for path in sorted((CORPUS.parent / "notebooks").glob("0*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            for out in cell.get("outputs", []):
                for kind in ("text/plain", "text/html"):
                    text = "".join(out.get("data", {}).get(kind, []))
                    assert not sci.search(text), (path.name, sci.search(text).group(0))


def test_facts_give_one_form_per_unit():
    from helpers.facts import extract_facts

    c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
                      "text": ["Jalan 12 kilometer dan 3 km lagi, lahan 5 hektare dan 2 hektar, 3 euro."]})
    assert extract_facts(c)["unit"].tolist() == ["km", "km", "ha", "ha", "EUR"]


def test_article_labels_are_short_unique_and_keyed_back_to_doc_ids():
    from helpers.describe import article_labels, relabel

    long_name = "A Very Long Outlet Name Indeed Dot Com"
    c = pd.DataFrame({"doc_id": [f"id{i:03d}_" + "x" * 40 for i in range(30)],
                      "outlet": [long_name if i % 3 else "Antara" for i in range(30)]})
    key = article_labels(c)
    assert key["label"].is_unique and len(key) == 30 and set(key["doc_id"]) == set(c["doc_id"])
    assert key["label"].str.len().max() <= 26
    m = pd.DataFrame(1.0, index=c["doc_id"][:3], columns=c["doc_id"][:3])
    assert set(relabel(m, key).index) <= set(key["label"])


def test_tables_in_notebooks_left_align_text_and_scroll_when_wide():
    from helpers.plots import table_html

    df = pd.DataFrame({"doc_id": ["a", "b"], "value": [1200.5, 3.0], "sentence": ["Putin tiba di Pyongyang.", "x"]})
    html = table_html(df)
    assert html == table_html(df.copy())  # deterministic, as strict nbval needs
    # index first, then doc_id (column 2) and sentence (column 4) are text: left-aligned and wrapped
    assert "td:nth-child(2)" in html and "td:nth-child(4)" in html and "td:nth-child(3)" not in html
    with pd.option_context("display.float_format", __import__("helpers.plots").plots.plain_number):
        assert "overflow-x: auto" in table_html(df) and "1,200.5" in table_html(df)
    long = pd.DataFrame({"x": range(200)})
    assert "200 rows" in table_html(long)  # truncated as pandas shows it, with its size said


def test_axis_labels_wrap_instead_of_being_cut():
    from helpers.plots import heatmap

    name = "pemimpin Korea Utara Kim Jong Un"
    m = pd.DataFrame([[1.0]], index=[name], columns=[name])
    fig = heatmap(m, title="t", note="n")
    ax = fig.axes[0]
    for t in ax.get_xticklabels() + ax.get_yticklabels():
        assert "…" not in t.get_text() and "..." not in t.get_text()
        assert t.get_text().replace("\n", " ") == name


def test_heatmap_prints_the_count_each_cell_rests_on():
    from helpers.plots import heatmap

    m = pd.DataFrame([[np.nan, 0.012], [0.012, np.nan]], index=["A", "B"], columns=["A", "B"])
    n = pd.DataFrame([[np.nan, 10000], [10000, np.nan]], index=["A", "B"], columns=["A", "B"])
    fig = heatmap(m, title="t", note="n", fmt="{:.3f}", counts=n)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert texts == ["0.012\nn=10,000", "0.012\nn=10,000"]


def test_long_tables_are_interactive_complete_and_deterministic():
    """Past INTERACTIVE_ROWS rows a table is searchable and sortable; every row is in it, escaped."""
    import json
    import re
    import warnings

    from helpers import plots

    n = 3000  # well over itables' 64 KB default, which would otherwise drop rows, under the kit's 1 MB
    df = pd.DataFrame({"outlet": [f"Outlet {i % 7}" for i in range(n)],
                       "sentence": [f"Kalimat nomor {i} <script>alert(1)</script>" for i in range(n)],
                       "share": [i / 7 for i in range(n)],
                       "pub_date": pd.to_datetime(["2024-06-19 01:00"] * (n - 1) + [None], utc=True)})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning would print into the notebook and fail strict nbval
        html = plots.interactive_table_html(df)
    assert html == plots.interactive_table_html(df.copy())  # same table, same HTML (strict nbval)
    assert html != plots.interactive_table_html(df.head(n - 1))  # another table, another id
    data = _table_data(html)
    assert len(data) == n  # no row dropped
    assert "<script>alert(1)</script>" not in html  # article text is escaped, in the data and the preview
    # numbers sort as numbers but show as plain numbers; text columns are left-aligned and wrap
    assert data[2999][2][1] == pytest.approx(2999 / 7)  # [shown, value]: DataTables sorts by the value
    assert '"targets": [0, 1, 3]' in html and "dt-left kit-text" in html
    with pd.option_context("display.float_format", plots.plain_number):
        assert _table_data(plots.interactive_table_html(df.head(20).assign(share=3000 / 7)))[0][2][0] == "428.571"


def _table_data(html: str) -> list:
    """The rows an interactive table carries (itables' data_json)."""
    import json
    import re

    return json.loads(json.loads(re.search(r'"data_json": ("(?:[^"\\]|\\.)*")', html).group(1)))


def test_notebook_tables_turn_interactive_past_the_threshold():
    from helpers import plots

    short = pd.DataFrame({"x": range(plots.INTERACTIVE_ROWS)})
    long = pd.DataFrame({"x": range(plots.INTERACTIVE_ROWS + 1)})
    assert plots._notebook_table(short) == plots.table_html(short)
    assert plots._notebook_table(long) == plots.interactive_table_html(long)
    assert "dt_args" in plots._notebook_table(long) and "dt_args" not in plots._notebook_table(short)


def test_a_very_long_table_says_it_was_downsampled_and_links_nowhere():
    import re

    from helpers import plots

    df = pd.DataFrame({"s": ["kalimat panjang sekali " * 5] * 20000, "n": range(20000)})
    html = plots.interactive_table_html(df)
    assert "downsampled from 20,000 rows as maxBytes=1MB" in html
    assert len(_table_data(html)) < 20000 and len(html) < 2_000_000
    assert not re.search(r"href=\\?[\"']?https?://", html)


def test_interactive_tables_load_nothing_from_the_internet():
    """Offline mode: the table's script waits for the library from the notebook's first cell."""
    import re

    from helpers import plots

    html = plots.interactive_table_html(pd.DataFrame({"x": range(30)}))
    assert not re.search(r"""(src|href)=["']?https?://[^"' >]*\.(js|css)""", html)
    assert "unpkg" not in html and "await window._itables_" in html
    assert not re.search(r"href=[\"']?https?://", html)  # no link out either (a report page works offline)


def test_an_index_of_names_is_left_aligned_in_plain_tables_too():
    from helpers.plots import table_html

    named = pd.DataFrame({"n": [1, 2]}, index=pd.Index(["Kompas.com", "Antara"], name="outlet"))
    numbered = pd.DataFrame({"n": [1, 2]}, index=pd.Index([10, 20], name="year"))
    assert "tbody th" in table_html(named) and "tbody th" not in table_html(numbered)
    assert table_html(named).split('"')[1] != table_html(named.reset_index(drop=True)).split('"')[1]  # own class


def test_interactive_tables_cut_long_text_as_pandas_does_and_keep_any_column_name():
    from helpers import plots

    df = pd.DataFrame({0: ["kata " * 100] * 20, "when": pd.to_datetime(["2024-06-19"] * 20, utc=True)})
    with pd.option_context("display.max_colwidth", 50):
        rows = _table_data(plots.interactive_table_html(df))
    assert len(rows[0]) == 2  # no column added beside the integer-named one
    assert rows[0][0] == ("kata " * 100)[:47] + "..." and rows[0][1] == "2024-06-19 00:00:00+00:00"
    assert df.iloc[0, 0] == "kata " * 100  # the caller's table is untouched


def test_mojibake_is_flagged_and_accented_text_is_not():
    f = quality_flags(_c(["Bantuan: \u00e2\u20ac\u00a2 Makanan anak 4.100 paket.\nCaf\u00c3\u00a9 itu buka.",
                          "Pelatih asal S\u00e3o Paulo, Jos\u00e9 Ram\u00f3n, datang ke caf\u00e9 ch\u00e2teau."]))
    m = f[f.flag == "mojibake"]
    assert m[["doc_id", "paragraph"]].values.tolist() == [["d0", 1], ["d0", 2]]


def test_outlet_profiles_add_up_each_outlets_articles():
    from helpers.describe import outlet_profiles

    prof = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["Y", "X", "X", "Y"], "n_words": [10, 20, 30, 40],
                         "mattr": [0.5, 0.6, 0.7, 0.8], "n_quotes": [1, 0, 2, 3], "n_numbers": [0, 1, 1, 5],
                         "n_sources": [2, 0, 1, 1], "n_self_mentions": [0, 3, 0, 1]})
    t = outlet_profiles(prof)
    assert t.index.tolist() == ["X", "Y"]
    assert t.loc["X"].tolist() == [2, 50, 0.65, 2, 2, 1, 1]  # worked by hand
    assert t.loc["Y"].tolist() == [2, 50, 0.65, 4, 5, 3, 1]


def test_the_outlet_terms_caveat_says_what_the_top_terms_rest_on():
    from helpers.report import outlet_terms_caveat

    one = outlet_terms_caveat(pd.DataFrame({"outlet": ["X", "Y", "Z"]}))
    assert one.startswith("With one article per outlet") and "*that article*" in one
    assert outlet_terms_caveat(pd.DataFrame({"outlet": ["X", "X", "Y", "Y"]})).startswith("Each outlet has 2 articles")
    assert outlet_terms_caveat(pd.DataFrame({"outlet": ["X", "X", "X", "Y"]})).startswith("Outlets have 1-3 articles")


def test_a_misread_superscript_after_a_unit_is_flagged_as_mojibake():
    from helpers.describe import _MOJIBAKE

    assert _MOJIBAKE.findall("Luas tambang 130 km\u00c22 di pulau itu.") == ["\u00c22"]
    assert _MOJIBAKE.findall("Harga naik 2 persen.") == []


def test_the_documents_note_says_whether_a_document_is_an_article_or_an_outlet():
    from helpers.report import documents_note

    c = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["X", "X", "Y", "Z"]})
    assert documents_note(c, "doc_id", max_panels=30) == "One document per article (4 articles)."
    assert documents_note(c, "outlet", max_panels=3) == (
        "One document per outlet: 3 documents from 4 articles (more than MAX_PANELS = 3).")
    with pytest.raises(ValueError):
        documents_note(c, "author", max_panels=3)
