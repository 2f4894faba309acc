"""Topics: NMF topics on TF-IDF of paragraphs (or sentences), seeded, with k chosen by stability."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

from .errors import check_option
from .resources import Resources, resources_of
from .text import UNITS, make_analyzer, text_units

__all__ = ["topics", "TopicModel", "average_jaccard"]


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


def average_jaccard(a: list, b: list) -> float:
    """Average Jaccard of two ranked term lists over every depth (Greene, O'Callaghan & Cunningham 2014).

    ``AJ = (1/t) * sum_d J(top-d of a, top-d of b)`` for depths ``d = 1..t``: agreement at the top
    of the lists counts more than agreement lower down.

    Parameters
    ----------
    a, b : list
        Ranked lists of the same length ``t``.

    Returns
    -------
    float

    Examples
    --------
    >>> average_jaccard(["a", "b", "c"], ["b", "a", "d"])  # (0 + 1 + 2/4) / 3
    0.5
    """
    t = min(len(a), len(b))
    if t == 0:
        return 0.0
    return sum(len(set(a[:d]) & set(b[:d])) / len(set(a[:d]) | set(b[:d])) for d in range(1, t + 1)) / t


_SEL_COLUMNS = ["k", "stability", "stability_min", "stability_max", "chosen_by_seeds", "reconstruction_err"]


def _ranked(H: np.ndarray, terms: np.ndarray, top: int) -> list[list]:
    return [list(terms[np.argsort(-h, kind="stable")[:top]]) for h in H]


def _k_selection(Xk, terms_, cands, top, n_runs, random_state, seeds, max_units) -> pd.DataFrame:
    """Stability of each k (mean matched average Jaccard over subsamples), for the seed and across seeds."""
    import warnings

    from sklearn.exceptions import ConvergenceWarning

    with warnings.catch_warnings():  # a subsample's fit may stop at max_iter; its top terms still rank
        warnings.simplefilter("ignore", ConvergenceWarning)
        return _k_selection_fits(Xk, terms_, cands, top, n_runs, random_state, seeds, max_units)


def _k_selection_fits(Xk, terms_, cands, top, n_runs, random_state, seeds, max_units) -> pd.DataFrame:
    from scipy.optimize import linear_sum_assignment
    from sklearn.decomposition import NMF

    if not cands:  # too few units or terms for two topics
        return pd.DataFrame(columns=_SEL_COLUMNS)
    n_units = Xk.shape[0]
    if n_units > max_units:  # the stability analysis on a seeded subset (it fits NMF many times)
        Xk = Xk[np.sort(np.random.default_rng(random_state).choice(n_units, size=max_units, replace=False))]
        n_units = max_units
    full = {kk: NMF(n_components=kk, init="nndsvd", random_state=random_state, max_iter=1000).fit(Xk) for kk in cands}
    ref = {kk: _ranked(m.components_, terms_, top) for kk, m in full.items()}
    by_seed = {}
    for seed in dict.fromkeys([random_state, *seeds]):
        rng = np.random.default_rng(seed)
        samples = [np.sort(rng.choice(n_units, size=max(2, int(round(0.8 * n_units))), replace=False))
                   for _ in range(n_runs)]
        stab = {}
        for kk in cands:
            scores = []
            for idx in samples:
                m = NMF(n_components=kk, init="nndsvd", random_state=random_state, max_iter=300, tol=1e-3).fit(Xk[idx])
                other = _ranked(m.components_, terms_, top)
                sim = np.array([[average_jaccard(a, b) for b in other] for a in ref[kk]])
                r_i, c_i = linear_sum_assignment(-sim)
                scores.append(sim[r_i, c_i].mean())
            stab[kk] = float(np.mean(scores))
        by_seed[seed] = stab
    chosen = [min(cands, key=lambda kk: (-round(st[kk], 3), kk)) for st in by_seed.values()]
    rows = [dict(k=kk, stability=round(by_seed[random_state][kk], 3),
                 stability_min=round(min(st[kk] for st in by_seed.values()), 3),
                 stability_max=round(max(st[kk] for st in by_seed.values()), 3),
                 chosen_by_seeds=sum(c == kk for c in chosen),
                 reconstruction_err=round(float(full[kk].reconstruction_err_), 3)) for kk in cands]
    return pd.DataFrame(rows, columns=_SEL_COLUMNS)


def topics(corpus: pd.DataFrame, k: int | None = None, unit: str = "paragraph", *,
           k_range=range(2, 9), top: int = 8, n_runs: int = 20, random_state: int = 0,
           seeds=(1, 2), max_units: int = 300,
           min_df: int = 2, by: str = "outlet", resources: Resources | None = None) -> TopicModel:
    """NMF topics on TF-IDF of paragraphs (or sentences), seeded, with k chosen by stability.

    Five articles are too few for document-level topics, so the units are paragraphs. When
    ``k`` is None it is chosen by the stability analysis of Greene, O'Callaghan & Cunningham (2014):
    for each k, NMF is fitted to all units and to ``n_runs`` random 80% samples of them; each
    sample's topics are matched to the full model's (Hungarian matching) by the average Jaccard of
    their ranked top-``top`` terms over every depth (:func:`average_jaccard`), and the mean is the
    stability; the most stable k wins (ties: smaller k). The same is repeated with the samples of
    other ``seeds`` so that the choice's uncertainty shows (``stability_min``/``_max``,
    ``chosen_by_seeds``).

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
    n_runs : int, default 20
        Random 80% samples of the units per k for the stability analysis.
    random_state : int, default 0
        Seed of the samples and of NMF (the choice of k uses this seed's samples).
    seeds : iterable of int, default (1, 2)
        Further seeds whose samples show how much the stability and the choice of k move.
    max_units : int, default 300
        Above it, the stability analysis runs on a seeded subset of this many units.
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
        ``k_selection`` (``k, stability, stability_min, stability_max, chosen_by_seeds,
        reconstruction_err``), ``k``. When the corpus is too
        small for topics, ``k`` is 0, the tables are empty and ``message`` says why.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...     "text": ["rudal nuklir\\nrudal nuklir uji\\npangan beras", "pangan beras\\npangan beras harga\\nrudal nuklir"]})
    >>> topics(c, k=2).k
    2
    """
    from sklearn.decomposition import NMF

    check_option("unit", unit, UNITS)
    res = resources_of(corpus, resources)
    units = text_units(corpus, unit, resources=res)[["doc_id", "outlet", "unit_no", "text"]]
    an = make_analyzer(resources=res)
    vec = TfidfVectorizer(analyzer=an, lowercase=False, min_df=min_df)
    try:
        X = vec.fit_transform(units["text"].tolist())
    except ValueError:  # no term is used in min_df units
        return _no_topics(units, pd.DataFrame(columns=_SEL_COLUMNS), by,
                          f"Topics need terms shared by at least {min_df} {unit}s; this corpus has none. Skipped.")
    terms_ = vec.get_feature_names_out()
    keep_units = np.asarray(X.sum(axis=1)).ravel() > 0
    Xk = X[keep_units]
    max_k = max(1, min(Xk.shape[0] - 1, Xk.shape[1] - 1))
    sel_rows = []
    cands = [kk for kk in k_range if 2 <= kk <= max_k]
    if k is None:
        sel = _k_selection(Xk, terms_, cands, top, n_runs, random_state, seeds, max_units)
        if sel.empty:
            return _no_topics(units, sel, by, f"Topics need at least 3 {unit}s sharing terms; this corpus has "
                                                f"{Xk.shape[0]} {unit}s with {Xk.shape[1]} shared terms. Skipped.")
        best = sel.sort_values(["stability", "k"], ascending=[False, True]).iloc[0]
        k = int(best["k"])
    else:
        sel = pd.DataFrame(columns=_SEL_COLUMNS)
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

