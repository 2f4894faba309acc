"""Topics: NMF topics on TF-IDF of paragraphs (or sentences), seeded, with k chosen by stability."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

from .errors import check_option
from .resources import Resources, resources_of
from .text import UNITS, make_analyzer, text_units

__all__ = ["topics", "TopicModel"]


@dataclass
class TopicModel:
    """Result of :func:`topics`: every part is a DataFrame."""

    terms: pd.DataFrame
    shares: pd.DataFrame
    units: pd.DataFrame
    k_selection: pd.DataFrame
    k: int
    message: str = ""

    def labels(self, n: int = 3) -> dict[str, str]:
        """``"topic 1" -> "topic 1: ukraina, senjata, militer"`` from each topic's top ``n`` terms."""
        out = {}
        for t, g in self.terms.groupby("topic", sort=True):
            out[f"topic {t}"] = f"topic {t}: " + ", ".join(g.sort_values("rank")["term"].head(n))
        return out


def _top_sets(H: np.ndarray, terms: np.ndarray, top: int) -> list[set]:
    return [set(terms[np.argsort(-h, kind="stable")[:top]]) for h in H]


def topics(corpus: pd.DataFrame, k: int | None = None, unit: str = "paragraph", *,
           k_range=range(2, 9), top: int = 8, n_runs: int = 5, random_state: int = 0,
           min_df: int = 2, by: str = "outlet", resources: Resources | None = None) -> TopicModel:
    """NMF topics on TF-IDF of paragraphs (or sentences), seeded, with k chosen by stability.

    Five articles are too few for document-level topics, so the units are paragraphs. When
    ``k`` is None it is chosen by the stability analysis of Greene, O'Callaghan & Cunningham (2014):
    for each k, NMF is fitted to all units and to ``n_runs`` random 80% samples of them; the
    top-``top`` term sets of each sample's topics are matched to the full model's (Hungarian
    matching) and their mean Jaccard is the stability; the most stable k wins (ties: smaller k).

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    k : int, optional
        Number of topics; chosen by stability when None.
    unit : {"paragraph", "sentence"}, default "paragraph"
        What a "document" is for NMF.
    k_range : iterable of int, default range(2, 9)
        Candidates for k (capped at the number of units - 1).
    top : int, default 8
        Terms per topic shown and compared.
    n_runs : int, default 5
        Random 80% samples of the units per k for the stability analysis.
    random_state : int, default 0
        Seed of the samples and of NMF.
    min_df : int, default 2
        Terms in fewer units are left out.
    by : str, default "outlet"
        Grouping for ``shares``.
    resources : Resources, optional
        Word lists for the tokens; the corpus's own by default.

    Returns
    -------
    TopicModel
        ``terms`` (``topic, rank, term, weight``), ``shares`` (``group`` x topic share, rows sum
        to 1, plus ``n_units``), ``units`` (each unit's dominant topic and its share),
        ``k_selection`` (``k, stability, reconstruction_err``), ``k``. When the corpus is too
        small for topics, ``k`` is 0, the tables are empty and ``message`` says why.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...     "text": ["rudal nuklir\\nrudal nuklir uji\\npangan beras", "pangan beras\\npangan beras harga\\nrudal nuklir"]})
    >>> topics(c, k=2).k
    2
    """
    from scipy.optimize import linear_sum_assignment
    from sklearn.decomposition import NMF

    check_option("unit", unit, UNITS)
    res = resources_of(corpus, resources)
    units = text_units(corpus, unit, resources=res)[["doc_id", "outlet", "unit_no", "text"]]
    an = make_analyzer(resources=res)
    vec = TfidfVectorizer(analyzer=an, lowercase=False, min_df=min_df)
    try:
        X = vec.fit_transform(units["text"].tolist())
    except ValueError:  # no term is used in min_df units
        return _no_topics(units, pd.DataFrame(columns=["k", "stability", "reconstruction_err"]), by,
                          f"Topics need terms shared by at least {min_df} {unit}s; this corpus has none. Skipped.")
    terms_ = vec.get_feature_names_out()
    keep_units = np.asarray(X.sum(axis=1)).ravel() > 0
    Xk = X[keep_units]
    max_k = max(1, min(Xk.shape[0] - 1, Xk.shape[1] - 1))
    sel_rows = []
    cands = [kk for kk in k_range if 2 <= kk <= max_k]
    if k is None:
        rng = np.random.default_rng(random_state)
        n_units = Xk.shape[0]
        samples = [np.sort(rng.choice(n_units, size=max(2, int(round(0.8 * n_units))), replace=False))
                   for _ in range(n_runs)]
        for kk in cands:
            full = NMF(n_components=kk, init="nndsvd", random_state=random_state, max_iter=1000).fit(Xk)
            ref = _top_sets(full.components_, terms_, top)
            scores = []
            for idx in samples:
                m = NMF(n_components=kk, init="nndsvd", random_state=random_state, max_iter=1000).fit(Xk[idx])
                other = _top_sets(m.components_, terms_, top)
                sim = np.array([[len(a & b) / len(a | b) for b in other] for a in ref])
                r_i, c_i = linear_sum_assignment(-sim)
                scores.append(sim[r_i, c_i].mean())
            sel_rows.append(dict(k=kk, stability=round(float(np.mean(scores)), 3),
                                 reconstruction_err=round(float(full.reconstruction_err_), 3)))
        sel = pd.DataFrame(sel_rows, columns=["k", "stability", "reconstruction_err"])
        if sel.empty:
            return _no_topics(units, sel, by, f"Topics need at least 3 {unit}s sharing terms; this corpus has "
                                                f"{Xk.shape[0]} {unit}s with {Xk.shape[1]} shared terms. Skipped.")
        best = sel.sort_values(["stability", "k"], ascending=[False, True]).iloc[0]
        k = int(best["k"])
    else:
        sel = pd.DataFrame(columns=["k", "stability", "reconstruction_err"])
    model = NMF(n_components=k, init="nndsvd", random_state=random_state, max_iter=1000)
    W = model.fit_transform(Xk)
    H = model.components_
    trows = []
    for t, h in enumerate(H, 1):
        order = np.argsort(-h, kind="stable")[:top]
        for rank, j in enumerate(order, 1):
            trows.append(dict(topic=t, rank=rank, term=terms_[j], weight=round(float(h[j]), 4)))
    tdf = pd.DataFrame(trows)
    u = units[keep_units].copy()
    rs = W.sum(axis=1, keepdims=True)
    Wn = np.divide(W, rs, out=np.zeros_like(W), where=rs > 0)
    u["topic"] = Wn.argmax(axis=1) + 1
    u["topic_share"] = np.round(Wn.max(axis=1), 3)
    share = pd.DataFrame(Wn, columns=[f"topic {t}" for t in range(1, k + 1)])
    share[by] = u[by].to_numpy()
    grp = share.groupby(by, sort=True)
    shares = grp.mean().round(3)
    shares["n_units"] = grp.size()
    shares.index.name = "group"
    return TopicModel(terms=tdf, shares=shares.reset_index(), units=u.reset_index(drop=True),
                      k_selection=sel, k=k)


def _no_topics(units: pd.DataFrame, sel: pd.DataFrame, by: str, message: str) -> TopicModel:
    return TopicModel(terms=pd.DataFrame(columns=["topic", "rank", "term", "weight"]),
                      shares=pd.DataFrame(columns=["group", "n_units"]),
                      units=units.iloc[0:0].assign(topic=[], topic_share=[]), k_selection=sel, k=0, message=message)

