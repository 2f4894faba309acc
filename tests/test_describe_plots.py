"""describe (stats, audit summary, flags) and plots (style, colours, charts)."""

import matplotlib

matplotlib.use("agg")

import pandas as pd  # noqa: E402

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
