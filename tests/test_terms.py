"""terms: TF-IDF against scikit-learn on the same tokens, log-odds against the formula worked
here, chi2 against scipy.stats.chi2_contingency (Yates), G2 against a hand computation."""

import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2_contingency
from sklearn.feature_extraction.text import TfidfVectorizer

from helpers import load_corpus, load_resources, tokenize
from helpers.terms import (dfm, dispersion, frequent_terms, idf_table, keyness, keyness_top, kwic,
                           term_stability, tfidf_terms)
from helpers.text import make_analyzer
from helpers.topics import topics
from tests.conftest import CORPUS


def _c(texts, outlets=None):
    n = len(texts)
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "outlet": outlets or [f"O{i}" for i in range(n)],
                         "text": texts})


@pytest.mark.parametrize("settings", [{}, {"sublinear_tf": True}, {"smooth_idf": False, "norm": None}])
def test_tfidf_matches_sklearn_on_same_tokens(settings):
    corpus = load_corpus(CORPUS)
    got = tfidf_terms(corpus, top=15, **settings)
    res = load_resources(CORPUS)  # the corpus folder's tables: its actors fold name variants
    tokens = [tokenize(t, numbers=False, resources=res) for t in corpus.sort_values("doc_id")["text"]]
    # independent: scikit-learn on the pre-tokenised lists
    vec = TfidfVectorizer(analyzer=lambda toks: toks, lowercase=False, **settings)
    w = vec.fit_transform(tokens).toarray()
    vocab = vec.vocabulary_
    for row in got.itertuples():
        gi = corpus.sort_values("doc_id")["doc_id"].tolist().index(row.group)
        assert row.tfidf == pytest.approx(w[gi, vocab[row.term]], abs=5e-5)
        assert row.count == tokens[gi].count(row.term)
        assert row.doc_freq == sum(row.term in t for t in tokens)
    # top terms really are the top: no unlisted term beats the 15th
    for gi, g in enumerate(sorted(corpus["doc_id"])):
        listed = got[got.group == g]
        assert listed["tfidf"].is_monotonic_decreasing
        assert np.sort(w[gi])[::-1][14] == pytest.approx(listed["tfidf"].iloc[-1], abs=5e-5)


def test_tfidf_by_outlet_groups_texts():
    c = _c(["rudal nuklir", "rudal damai", "pangan"], outlets=["A", "A", "B"])
    got = tfidf_terms(c, by="outlet", top=5)
    assert set(got["group"]) == {"A", "B"}
    assert got[(got.group == "A") & (got.term == "rudal")]["count"].item() == 2


def test_bigrams_and_settings():
    an = make_analyzer(ngram_range=(1, 2))
    assert an("Korut menjalin kerja sama\nKorut lagi") == [
        "korea_utara", "menjalin", "kerja_sama", "korea_utara", "korea_utara menjalin",
        "menjalin kerja_sama"]  # no bigram across the paragraph break


def test_log_odds_matches_formula_worked_by_hand():
    # group X: rudal 3, damai 1 (n=4); rest Y: rudal 1, damai 3 (n=4); prior = pooled counts
    c = _c(["rudal rudal rudal damai", "damai damai damai rudal"], outlets=["X", "Y"])
    got = keyness(c, target="X", method="log_odds", min_count=1).set_index("term")
    a_w, a0 = 4.0, 8.0  # pooled count of each word; their sum
    yi, yj, ni, nj = 3.0, 1.0, 4.0, 4.0
    delta = math.log((yi + a_w) / (ni + a0 - yi - a_w)) - math.log((yj + a_w) / (nj + a0 - yj - a_w))
    z = delta / math.sqrt(1 / (yi + a_w) + 1 / (yj + a_w))
    assert got.loc["rudal", "score"] == pytest.approx(z, abs=1e-4)
    assert got.loc["damai", "score"] == pytest.approx(-z, abs=1e-4)
    assert (got.loc["rudal", "count_target"], got.loc["rudal", "count_reference"]) == (3, 1)


def test_chi2_yates_matches_scipy():
    corpus = load_corpus(CORPUS)
    got = keyness(corpus, method="chi2", min_count=3, correction="yates")  # Yates always, as scipy
    totals = dfm(corpus, by="outlet").matrix.toarray()
    n_by_group = dict(zip(dfm(corpus, by="outlet").groups, totals.sum(axis=1)))
    n_all = totals.sum()
    for row in got.sample(40, random_state=0).itertuples():
        n_t = n_by_group[row.group]
        table = np.array([[row.count_target, row.count_reference],
                          [n_t - row.count_target, n_all - n_t - row.count_reference]])
        stat, p, _, _ = chi2_contingency(table, correction=True)
        assert abs(row.score) == pytest.approx(stat, abs=1e-3)
        assert row.p == pytest.approx(p, abs=1e-4)


def test_g2_williams_by_hand():
    c = _c(["rudal rudal rudal rudal damai", "damai damai damai rudal"], outlets=["X", "Y"])
    got = keyness(c, target="X", method="g2", min_count=1, correction="williams").set_index("term")
    a, b, cc, d = 4.0, 1.0, 1.0, 3.0  # rudal in X, rudal in Y, other words in X, other in Y
    n = a + b + cc + d
    e = [(a + b) * (a + cc) / n, (a + b) * (b + d) / n, (cc + d) * (a + cc) / n, (cc + d) * (b + d) / n]
    g2 = 2 * sum(o * math.log(o / ex) for o, ex in zip([a, b, cc, d], e))
    q = 1 + (n / (a + b) + n / (cc + d) - 1) * (n / (a + cc) + n / (b + d) - 1) / (6 * n)
    assert got.loc["rudal", "score"] == pytest.approx(g2 / q, abs=1e-4)
    raw = keyness(c, target="X", method="g2", min_count=1, correction="none").set_index("term")
    stat = chi2_contingency(np.array([[a, b], [cc, d]]), correction=False, lambda_="log-likelihood")[0]
    assert raw.loc["rudal", "score"] == pytest.approx(stat, abs=1e-4)


def test_keyness_one_vs_rest_every_group_and_min_count():
    corpus = load_corpus(CORPUS)
    got = keyness(corpus)
    assert sorted(got["group"].unique()) == sorted(corpus["outlet"].unique())
    assert ((got["count_target"] + got["count_reference"]) >= 3).all()
    with pytest.raises(ValueError, match="not a value"):
        keyness(corpus, target="Nope")
    with pytest.raises(ValueError, match="method"):
        keyness(corpus, method="pmi")


def test_kwic_patterns():
    c = _c(["Korut menolak sanksi ekonomi. Sanksi berat bagi Korea Utara dan kerja sama militer."])
    k = kwic(c, "Korut", window=2)
    assert k["match"].tolist() == ["korea_utara", "korea_utara"]
    assert kwic(c, "sanksi*")["match"].tolist() == ["sanksi", "sanksi"]
    m = kwic(c, "sanksi ekonomi", window=1)
    assert m[["left", "match", "right"]].values.tolist() == [["menolak", "sanksi ekonomi", "sanksi"]]
    assert kwic(c, "kerja sama")["match"].tolist() == ["kerja_sama"]
    assert kwic(c, "tidakada").empty


def test_idf_table_matches_formula():
    corpus = load_corpus(CORPUS)
    t = idf_table(corpus)
    n = len(corpus)
    assert t["idf"].tolist() == [round(math.log((1 + n) / (1 + k)) + 1, 4) for k in range(1, n + 1)]
    assert t["n_terms"].sum() == len(dfm(corpus).terms)


def test_term_stability_jaccard_by_hand():
    corpus = load_corpus(CORPUS)
    st = term_stability(corpus, {"a": {}, "b": {"min_df": 2}}, top=10)
    base = tfidf_terms(corpus, top=10)
    alt = tfidf_terms(corpus, top=10, min_df=2)
    for g in corpus["doc_id"]:
        s1 = set(base[base.group == g].term)
        s2 = set(alt[alt.group == g].term)
        row = st[(st.group == g) & (st.setting == "b")].iloc[0]
        assert row.jaccard == round(len(s1 & s2) / len(s1 | s2), 3)
        assert set(row.shared.split(", ")) == s1 & s2
    assert (st[st.setting == "a"]["jaccard"] == 1.0).all()


def test_topics_seeded_and_shares_sum_to_one():
    corpus = load_corpus(CORPUS)
    a = topics(corpus, random_state=0)
    b = topics(corpus, random_state=0)
    pd.testing.assert_frame_equal(a.terms, b.terms)
    assert a.k == int(a.k_selection.sort_values(["stability", "k"], ascending=[False, True]).iloc[0]["k"])
    parts = [c for c in a.shares.columns if c.startswith("topic ")]
    assert len(parts) == a.k
    assert np.allclose(a.shares[parts].sum(axis=1), 1.0, atol=0.01)
    assert a.shares["n_units"].sum() == len(a.units)
    assert set(a.labels(2)) == set(parts)


def test_topics_separate_two_obvious_themes():
    texts = ["rudal nuklir uji coba\nrudal nuklir peluncuran\nberas pangan harga",
             "beras pangan petani\nberas pangan harga\nrudal nuklir uji coba"]
    tm = topics(_c(texts), k=2, random_state=0)
    tops = [set(g.term.head(2)) for _, g in tm.terms.groupby("topic")]
    assert {"rudal", "nuklir"} in tops and {"beras", "pangan"} in tops


def test_dispersion_positions():
    c = _c(["rudal a b c rudal", "tidak ada"])
    d = dispersion(c, ["rudal"])
    assert d["position"].tolist() == [0, 4] and d["relative_position"].tolist() == [0.0, 1.0]


def test_frequent_terms_and_keyness_top():
    c = _c(["rudal rudal pangan damai", "rudal pangan", "rudal beras"])
    assert frequent_terms(c, 2) == ["rudal", "pangan"]
    assert frequent_terms(c, 2, exclude_universal=True) == ["pangan"]
    k = keyness(c, min_count=1)
    top = keyness_top(k, top=1)
    assert (top["score"] > 0).all() and top.groupby("group").size().max() == 1


def _quanteda_by_hand(a, b, c, d, measure):
    """quanteda.textstats' keyness.cpp rules, one 2x2 table, written out in scalars."""
    n = a + b + c + d
    low = min((a + b) * (a + c), (a + b) * (b + d), (a + c) * (c + d), (c + d) * (b + d)) / n < 5
    delta = 0.5 if abs(a * d - b * c) >= n / 2 and low else 0.0
    e = (a + b) * (a + c) / n
    if measure == "chi2":
        return n * (abs(a * d - b * c) - n * delta) ** 2 / ((a + b) * (c + d) * (a + c) * (b + d)) * (1 if a > e else -1)
    s_ = 1 if a * d - b * c > 0 else -1
    aa, bb, cc, dd = a - s_ * delta, b + s_ * delta, c + s_ * delta, d - s_ * delta
    g = 2 * sum(o * math.log(o / ex + 1e-9) if o > 0 else 0.0 for o, ex in [
        (aa, (aa + bb) * (aa + cc) / n), (bb, (aa + bb) * (bb + dd) / n),
        (cc, (aa + cc) * (cc + dd) / n), (dd, (bb + dd) * (cc + dd) / n)])
    return g * (1 if a > e else -1)


@pytest.mark.parametrize("x_text, y_text", [
    ("rudal rudal rudal rudal damai", "damai damai damai rudal"),          # small counts: the switch is on
    (" ".join(["rudal"] * 40 + ["damai"] * 60), " ".join(["rudal"] * 20 + ["damai"] * 80)),  # large: off
])
def test_keyness_follows_quanteda_rules(x_text, y_text):
    c = _c([x_text, y_text], outlets=["X", "Y"])
    for measure, method in (("chi2", "chi2"), ("g2", "g2")):
        got = keyness(c, target="X", method=method, min_count=1).set_index("term")
        a = got.loc["rudal", "count_target"]
        b = got.loc["rudal", "count_reference"]
        n_x, n_y = len(x_text.split()), len(y_text.split())
        want = _quanteda_by_hand(a, b, n_x - a, n_y - b, measure)
        assert got.loc["rudal", "score"] == pytest.approx(want, abs=1e-3)


def test_keyness_reproduces_the_reviewers_quanteda_values_on_the_seeds():
    corpus = load_corpus(CORPUS)
    g2 = keyness(corpus, method="g2").set_index(["group", "term"])
    chi = keyness(corpus, method="chi2").set_index(["group", "term"])
    # the reviewer's values (7.30, 1.839) were computed on the tokens before weekday and month words
    # were dropped with the dates, which moves the totals by a few tokens
    assert g2.loc[("Tuturpedia.com", "kepala"), "score"] == pytest.approx(7.30, abs=0.05)
    assert chi.loc[("Kompas.com", "rusia"), "score"] == pytest.approx(1.839, abs=0.05)


def test_q_values_are_benjamini_hochberg_and_log_odds_has_no_p():
    from scipy.stats import false_discovery_control

    corpus = load_corpus(CORPUS)
    k = keyness(corpus, method="chi2")
    from scipy.stats import chi2 as chi2_dist

    raw = chi2_dist.sf(np.abs(k["score"].to_numpy()), 1)  # p from the statistic (the p column is rounded)
    q = false_discovery_control(raw)
    # where the rounded statistic is near 0 its p cannot be rebuilt from it (0.000 gives p = 1, not 0.997)
    clear = np.abs(k["score"].to_numpy()) >= 0.05
    assert clear.sum() > 100
    assert np.allclose(k["q"].to_numpy()[clear], q[clear], atol=2e-3)
    lo = keyness(corpus)
    assert lo["p"].isna().all() and lo["q"].isna().all()


def test_log_ratio_by_hand():
    from helpers.terms import log_ratio

    assert log_ratio([8], [2], 100, 200)[0] == pytest.approx(math.log2((8 / 100) / (2 / 200)))
    assert log_ratio([3], [0], 100, 100)[0] == pytest.approx(math.log2(3 / 0.5))


def test_permutation_null_is_seeded_and_keeps_group_sizes():
    from helpers.terms import keyness_null

    corpus = load_corpus(CORPUS)
    a = keyness_null(corpus, n_permutations=30, random_state=1)
    b = keyness_null(corpus, n_permutations=30, random_state=1)
    pd.testing.assert_frame_equal(a, b)
    row = a.iloc[0]
    assert row["tests"] == len(keyness(corpus, method="chi2")) and row["articles"] == 5
    assert row["null_mean"] < 0.05 * row["tests"]  # dependent, sparse tests: far fewer than alpha x tests


def test_topics_on_too_few_paragraphs_say_so():
    tm = topics(_c(["rudal nuklir\nrudal uji"], outlets=["X"]))
    assert tm.k == 0 and tm.message.endswith("Skipped.") and tm.k_selection.empty


def test_collocations_lambda_and_z_worked_by_hand():
    from collections import Counter

    from helpers.terms import collocations
    from helpers.text import stopword_set

    text = ("Suku cadang mahal. Suku cadang langka. Harga suku cadang turun. Suku baru tiba. "
            "Harga cadang turun. Harga turun lagi.")
    c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [text]})
    got = collocations(c, min_count=1).set_index("collocation")
    # the pairs of adjacent content words, counted independently within each sentence
    stop = stopword_set()
    toks = [tokenize(s.rstrip("."), stopwords=False, numbers=True) for s in text.split(". ")]
    pairs = Counter((a, b) for t in toks for a, b in zip(t, t[1:]) if a not in stop and b not in stop)
    n = sum(pairs.values())
    n11 = pairs[("suku", "cadang")]
    n1_ = sum(v for (a, _), v in pairs.items() if a == "suku")
    n_1 = sum(v for (_, b), v in pairs.items() if b == "cadang")
    cells = np.array([n11, n1_ - n11, n_1 - n11, n - n1_ - n_1 + n11], dtype=float) + 0.5
    lam = math.log(cells[0] * cells[3] / (cells[1] * cells[2]))
    z = lam / math.sqrt((1 / cells).sum())
    assert (n11, n1_, n_1) == (3, 4, 4)
    assert got.loc["suku cadang", "count"] == 3
    assert got.loc["suku cadang", "lambda"] == pytest.approx(lam, abs=1e-3)
    assert got.loc["suku cadang", "z"] == pytest.approx(z, abs=1e-3)
    assert got.index[0] == "suku cadang"  # the strongest pair first
    # min_count filters; joined names are left out unless asked for
    assert set(collocations(c, min_count=3)["collocation"]) == {"suku cadang"}
    k = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["Korea Utara menembak. Korea Utara menembak."]})
    assert collocations(k, min_count=1).empty
    assert collocations(k, min_count=1, known=True)["collocation"].tolist() == ["korea_utara menembak"]
    with pytest.raises(ValueError):
        collocations(c, min_count=0)


def test_term_stability_when_a_setting_leaves_no_term():
    from helpers.terms import term_stability

    c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": ["rudal rudal damai", "pangan beras"]})
    st = term_stability(c, {"default": {}, "min_df=2": {"min_df": 2}}, top=2).set_index(["group", "setting"])
    assert st.loc[("a", "min_df=2"), "jaccard"] == 0.0  # no term is in both articles: nothing survives
    assert st.loc[("a", "min_df=2"), "only_baseline"] == "damai, rudal"


def test_frequent_terms_when_no_term_is_shared():
    c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": ["rudal rudal damai", "pangan beras"]})
    assert frequent_terms(c, 2, exclude_universal=True) == ["rudal", "beras"]


def test_kwic_as_published_marks_the_words_as_written():
    c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
                      "text": ["Sanksi baru dan sanksi lama bagi Korut.\nKorea Utara menolak KERJA SAMA itu."]})
    k = kwic(c, "sanksi")
    assert k["as_written"].tolist() == ["«Sanksi» baru dan sanksi lama bagi Korut.",
                                        "Sanksi baru dan «sanksi» lama bagi Korut."]  # each match its own word
    assert kwic(c, "Korut")["as_written"].tolist() == ["Sanksi baru dan sanksi lama bagi «Korut».",
                                                       "«Korea Utara» menolak KERJA SAMA itu."]  # alias and name
    assert kwic(c, "kerja sama")["as_written"].tolist() == ["Korea Utara menolak «KERJA SAMA» itu."]  # case kept
    corpus = load_corpus(CORPUS)
    k = kwic(corpus, "Putin", resources=load_resources(CORPUS))
    assert len(k) and k["as_written"].str.contains("«Putin»|«Vladimir Putin»").all()


def test_self_mentions_find_brands_domains_handles_and_regional_brands_not_ordinary_words():
    from helpers.terms import drop_self_mentions, self_mentions

    c = pd.DataFrame({"doc_id": ["t1", "t2", "d1", "l1"], "outlet": ["Tribunnews", "Tribunnews", "Detik", "Liputan6"],
                      "text": ["Warga berkata kepada TribunKaltim.com bahwa tribun penonton penuh.",
                               "Simak berita lain di Tribunnews.com dan ikuti @tribunnews.",
                               "Dalam hitungan detik, kata warga kepada detikNews dan detikcom. Detik-detik itu menegangkan.",
                               "Seperti dilaporkan Liputan6.com, harga naik."]})
    m = self_mentions(c).set_index("doc_id")
    assert m.loc["t1", "forms"] == "TribunKaltim.com"            # a regional brand of the network
    assert m.loc["t2", "mentions"] == 2
    assert m.loc["d1", "forms"] == "detikNews; detikcom"         # not "detik" (a second) nor "Detik-detik"
    assert m.loc["l1", "mentions"] == 1
    dropped = drop_self_mentions(c).set_index("doc_id")["text"]
    assert "tribun penonton" in dropped["t1"] and "TribunKaltim" not in dropped["t1"]
    assert "hitungan detik" in dropped["d1"] and "Detik-detik" in dropped["d1"]
    assert c.loc[0, "text"].startswith("Warga berkata kepada TribunKaltim.com")  # the input is not changed


def test_an_outlet_naming_itself_no_longer_tops_its_own_keyness():
    from helpers.terms import drop_self_mentions

    texts = {"Okezone": "Menurut pantauan Okezone, harga beras naik di pasar. Simak update terbaru hanya di Okezone.",
             "Liputan6": "Harga beras naik di pasar induk, kata pedagang kepada Liputan6.com hari ini."}
    c = pd.DataFrame({"doc_id": [f"{o}{i}" for o in texts for i in range(3)],
                      "outlet": [o for o in texts for _ in range(3)],
                      "text": [texts[o] for o in texts for _ in range(3)]})
    before = keyness(c, target="Okezone", min_count=1)
    after = keyness(drop_self_mentions(c), target="Okezone", min_count=1)
    assert before.iloc[0]["term"] == "okezone"
    assert "okezone" not in set(after["term"]) and "liputan6" not in set(after["term"])


def test_keyness_tests_give_each_tests_top_terms_and_their_smallest_p_and_q():
    from helpers.terms import keyness_tests

    c = load_corpus(CORPUS)
    t = keyness_tests(c, min_count=3, top=3)
    for method in ("chi2", "g2"):
        top = keyness_top(keyness(c, by="outlet", method=method, min_count=3), top=3)
        for group, rows in top.groupby("group"):
            row = t.loc[(group, method)]
            assert row["term"] == ", ".join(rows["term"])  # the terms in score order
            assert row["p"] == pytest.approx(rows["p"].min()) and row["q"] == pytest.approx(rows["q"].min())
    assert set(t.index.get_level_values("method")) == {"chi2", "g2"}
    # no term reaches the count: an empty table with the same columns, not an error
    empty = keyness_tests(c, min_count=10_000)
    assert empty.empty and list(empty.columns) == ["term", "p", "q"]
