"""Terms: document-term matrices on the kit's tokens, TF-IDF terms, keyness, keywords in context,
dispersion. (Topic models are in :mod:`helpers.topics`.)

Modelled on quanteda's pipeline (``dfm`` -> ``dfm_group`` -> ``textstat_keyness`` / ``kwic``):
matrices are built with scikit-learn's ``CountVectorizer`` / ``TfidfVectorizer`` with the kit's
tokenizer as ``analyzer``, so multi-word names stay whole and Indonesian numbers and clitics are
handled; every result is a DataFrame with raw counts beside each score.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.stats import chi2 as chi2_dist
from scipy.stats import norm
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

from .errors import check_option
from .resources import Resources, resources_of
from .text import actor_variants, make_analyzer, self_name_spans, stopword_set, text_units, tokenize

__all__ = ["grouped_texts", "DocTermMatrix", "dfm", "tfidf_terms", "keyness", "keyness_null", "log_ratio", "kwic",
           "idf_table", "term_stability", "dispersion", "dispersion_articles", "keyness_top", "keyness_tests", "collocations",
           "frequent_terms", "stability_summary", "robust_terms", "self_mentions", "drop_self_mentions",
           "drop_other_scripts"]


def grouped_texts(corpus: pd.DataFrame, by: str = "doc_id") -> pd.Series:
    """Texts joined per group (``doc_id``, ``outlet`` or any column), groups sorted.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    by : str, default "doc_id"
        Grouping column.

    Returns
    -------
    pandas.Series
        Index: group; value: the group's articles joined by line breaks, in ``doc_id`` order.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["b", "a"], "outlet": ["X", "X"], "text": ["dua", "satu"]})
    >>> grouped_texts(c, "outlet").tolist()
    ['satu\\ndua']
    """
    c = corpus.sort_values("doc_id")
    return c.groupby(by, sort=True)["text"].agg("\n".join)


@dataclass
class DocTermMatrix:
    """A sparse group x term count matrix with its row and column names."""

    matrix: sparse.csr_matrix
    groups: list
    terms: np.ndarray

    def to_frame(self) -> pd.DataFrame:
        """Dense DataFrame (groups x terms); fine for small corpora."""
        return pd.DataFrame(self.matrix.toarray(), index=self.groups, columns=self.terms)


def dfm(corpus: pd.DataFrame, *, by: str = "doc_id", ngram_range=(1, 1), min_df: int | float = 1,
        stem: bool = False, stopwords: bool = True, numbers: bool = False,
        resources: Resources | None = None) -> DocTermMatrix:
    """Count matrix of groups x terms, built by scikit-learn's CountVectorizer on the kit's tokens.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    by : str, default "doc_id"
        One row per article, or per ``outlet`` (texts joined).
    ngram_range, stem, stopwords, numbers
        See :func:`make_analyzer`.
    min_df : int or float, default 1
        As in scikit-learn.
    resources : Resources, optional
        Word lists for the tokens; the corpus's own by default.

    Returns
    -------
    DocTermMatrix
        Sparse counts, sorted groups, alphabetical terms.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["Korut dan Korut"]})
    >>> dfm(c).to_frame().to_dict()
    {'korea_utara': {'a': 2}}
    """
    texts = grouped_texts(corpus, by)
    an = make_analyzer(stem=stem, stopwords=stopwords, numbers=numbers, ngram_range=ngram_range,
                       resources=resources_of(corpus, resources))
    cv = CountVectorizer(analyzer=an, min_df=min_df, lowercase=False)
    m = cv.fit_transform(texts.tolist()).tocsr()
    return DocTermMatrix(m, list(texts.index), cv.get_feature_names_out())


def tfidf_terms(corpus: pd.DataFrame, by: str = "doc_id", top: int = 10, *, sublinear_tf: bool = False,
                min_df: int | float = 1, max_df: int | float = 1.0, norm: str | None = "l2",
                smooth_idf: bool = True, ngram_range=(1, 1), stem: bool = False,
                stopwords: bool = True, numbers: bool = False, resources: Resources | None = None) -> pd.DataFrame:
    """Top TF-IDF terms per article or per outlet (scikit-learn's TfidfVectorizer on kit tokens).

    With few documents idf takes few values (five documents: five), so a term every document
    uses gets the floor weight however unevenly it is used: TF-IDF says what is particular to a
    document, not whether two groups differ (use :func:`keyness` for that).

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    by : str, default "doc_id"
        Documents are articles (``doc_id``) or outlets (``outlet``: articles joined).
    top : int, default 10
        Terms kept per group; ties broken alphabetically.
    sublinear_tf, min_df, max_df, norm, smooth_idf
        As in scikit-learn's ``TfidfVectorizer``.
    ngram_range, stem, stopwords, numbers
        See :func:`helpers.text.make_analyzer`.
    resources : Resources, optional
        Word lists for the tokens; the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``group, rank, term, tfidf, count, doc_freq`` (``tfidf`` rounded to 4 places, ``count``
        the term's raw count in the group, ``doc_freq`` the number of documents that use it),
        sorted by group and rank.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...                   "text": ["rudal rudal Korut", "Korut damai"]})
    >>> tfidf_terms(c, top=1)[["group", "term", "count"]].values.tolist()
    [['a', 'rudal', 2], ['b', 'damai', 1]]
    """
    texts = grouped_texts(corpus, by)
    an = make_analyzer(stem=stem, stopwords=stopwords, numbers=numbers, ngram_range=ngram_range,
                       resources=resources_of(corpus, resources))
    # CountVectorizer + TfidfTransformer is TfidfVectorizer; one tokenizing pass gives both the raw
    # counts and the weights (sparse throughout)
    cv = CountVectorizer(analyzer=an, lowercase=False, min_df=min_df, max_df=max_df)
    counts = cv.fit_transform(texts.tolist()).tocsr()
    w = TfidfTransformer(norm=norm, sublinear_tf=sublinear_tf, smooth_idf=smooth_idf).fit_transform(counts).tocsr()
    terms = cv.get_feature_names_out()
    df_ = np.asarray((counts > 0).sum(axis=0)).ravel()
    rows = []
    for gi, g in enumerate(texts.index):
        row = w.getrow(gi)
        idx, vals = row.indices, row.data
        c = counts.getrow(gi)
        crow = dict(zip(c.indices, c.data))
        vr = np.round(vals, 12)
        if len(vr) > top:  # every term tied with the top-th value is a candidate: exact, and fast
            cut = -np.partition(-vr, top - 1)[top - 1]
            cand = np.flatnonzero(vr >= cut)
        else:
            cand = range(len(vr))
        order = sorted(cand, key=lambda k: (-vr[k], terms[idx[k]]))[:top]
        for rank, k in enumerate(order, 1):
            j = idx[k]
            rows.append(dict(group=g, rank=rank, term=terms[j], tfidf=round(float(vals[k]), 4),
                             count=int(crow[j]), doc_freq=int(df_[j])))
    return pd.DataFrame(rows, columns=["group", "rank", "term", "tfidf", "count", "doc_freq"])


def _yates_delta(a, b, c, d):
    """quanteda's Yates switch: 0.5 where |ad - bc| >= N/2 and an expected count is below 5, else 0."""
    n = a + b + c + d
    with np.errstate(divide="ignore", invalid="ignore"):
        low = (((a + b) * (a + c) / n < 5) | ((a + b) * (b + d) / n < 5) | ((a + c) * (c + d) / n < 5)
               | ((c + d) * (b + d) / n < 5))
    return np.where((np.abs(a * d - b * c) >= n / 2) & low, 0.5, 0.0)


def _williams(a, b, c, d):
    n = a + b + c + d
    with np.errstate(divide="ignore", invalid="ignore"):
        q = 1 + ((n / (a + b) + n / (c + d) - 1) * (n / (a + c) + n / (b + d) - 1)) / (6 * n)
    return np.where(a * b * c * d == 0, 1.0, q)


def _keyness_one(y_t: np.ndarray, y_r: np.ndarray, n_t: float, n_r: float, method: str,
                 prior: np.ndarray, a0: float, correction: str) -> tuple[np.ndarray, np.ndarray]:
    if method == "log_odds":
        a = prior
        delta = (np.log((y_t + a) / (n_t + a0 - y_t - a)) - np.log((y_r + a) / (n_r + a0 - y_r - a)))
        var = 1.0 / (y_t + a) + 1.0 / (y_r + a)
        return delta / np.sqrt(var), np.full(len(y_t), np.nan)  # a measure, not a test: no p-value
    a, b = y_t.astype(float), y_r.astype(float)
    c, d = n_t - a, n_r - b
    n = a + b + c + d
    sign = np.where(a > (a + b) * (a + c) / n, 1.0, -1.0)
    if method == "chi2":
        diff = np.abs(a * d - b * c)
        if correction == "quanteda":
            diff = diff - n * _yates_delta(a, b, c, d)
        elif correction == "yates":
            diff = np.maximum(diff - n / 2.0, 0.0)
        stat = n * diff ** 2 / ((a + b) * (c + d) * (a + c) * (b + d))
    else:  # g2
        if correction == "quanteda":  # cells moved 0.5 towards independence where quanteda's switch is on
            dl = _yates_delta(a, b, c, d) * np.where(a * d - b * c > 0, 1.0, -1.0)
            a, b, c, d = a - dl, b + dl, c + dl, d - dl
        obs = np.stack([a, b, c, d])
        rows_ = np.stack([a + b, a + b, c + d, c + d])
        cols_ = np.stack([a + c, b + d, a + c, b + d])
        exp = rows_ * cols_ / n
        with np.errstate(divide="ignore", invalid="ignore"):
            terms = np.where(obs > 0, obs * np.log(obs / exp), 0.0)
        stat = 2 * terms.sum(axis=0)
        if correction == "williams":
            stat = stat / _williams(y_t.astype(float), y_r.astype(float), n_t - y_t, n_r - y_r)
    return sign * stat, chi2_dist.sf(stat, 1)


def log_ratio(count_target, count_reference, n_target: float, n_reference: float) -> np.ndarray:
    """Hardie's (2014) Log Ratio: log2 of the ratio of relative frequencies (a zero count taken as 0.5).

    An effect size beside a test statistic: +1 means twice as frequent in the target, -1 half.

    Parameters
    ----------
    count_target, count_reference : array-like
        Counts of each term in the target and in the reference.
    n_target, n_reference : float
        Token totals of the target and the reference.

    Returns
    -------
    numpy.ndarray

    Examples
    --------
    >>> log_ratio([4, 0], [2, 3], 100, 100).round(3).tolist()
    [1.0, -2.585]
    """
    a = np.asarray(count_target, dtype=float)
    b = np.asarray(count_reference, dtype=float)
    return np.log2((np.where(a > 0, a, 0.5) / n_target) / (np.where(b > 0, b, 0.5) / n_reference))


def keyness(corpus: pd.DataFrame, by: str = "outlet", target=None, method: str = "log_odds", *,
            min_count: int = 3, prior_scale: float = 1.0, correction: str | None = None,
            ngram_range=(1, 1), stem: bool = False, stopwords: bool = True,
            resources: Resources | None = None) -> pd.DataFrame:
    """Words that set a group apart from the rest: one-vs-rest keyness for any number of groups.

    Methods:

    - ``log_odds`` (default): Monroe, Colaresi & Quinn (2008) log-odds ratio with an informative
      Dirichlet prior, ``alpha_w = prior_scale * pooled count of w`` (``alpha_0`` their sum); the
      score is the z-score ``delta_w / sqrt(1/(y_wi + a_w) + 1/(y_wj + a_w))``. It measures how
      distinctive a word is (|z| > 1.96 is the usual guide); the prior is built from the same
      counts, so it is not a test and gets no p-value.
    - ``chi2``: Pearson's chi-squared on the 2x2 table (term vs other terms, target vs reference),
      signed + when the target uses the term more. Correction ``"quanteda"`` (default) is
      quanteda's ``textstat_keyness`` rule: Yates's 0.5 only where an expected count is below 5
      (and |ad - bc| >= N/2); ``"yates"`` always; ``"none"``.
    - ``g2``: log-likelihood G2, signed likewise. Correction ``"quanteda"`` (default) moves the
      cells 0.5 towards independence under the same condition, as quanteda does;
      ``"williams"`` divides by Williams's q; ``"none"``.

    Every row also has Hardie's (2014) log ratio (:func:`log_ratio`), an effect size; for chi2 and
    g2, ``q`` is the Benjamini-Hochberg adjusted p-value over all the tests of the call
    (``scipy.stats.false_discovery_control``).

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    by : str, default "outlet"
        Grouping column.
    target : str, optional
        One group against the rest; every group in turn when None.
    method : {"log_odds", "chi2", "g2"}
        See above.
    min_count : int, default 3
        Terms used fewer times in the whole corpus are left out (too rare to compare).
    prior_scale : float, default 1.0
        Prior strength for ``log_odds``.
    correction : str, optional
        ``"quanteda"`` (chi2 and g2 default), ``"yates"`` (chi2), ``"williams"`` (g2) or ``"none"``.
    ngram_range, stem, stopwords
        See :func:`helpers.text.make_analyzer`.
    resources : Resources, optional
        Word lists for the tokens; the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``group, term, count_target, count_reference, score, p, q, log_ratio`` (``score`` is z
        for log_odds, the signed statistic otherwise; ``p`` and ``q`` empty for log_odds), sorted
        by group, descending score, term; ``score`` and ``log_ratio`` rounded to 4 places, ``p`` and
        ``q`` to 4 significant digits (a very small p stays above 0).

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...                   "text": ["rudal rudal rudal damai", "damai damai damai rudal"]})
    >>> keyness(c, target="X", min_count=1)[["term", "count_target", "count_reference"]].values.tolist()
    [['rudal', 3, 1], ['damai', 1, 3]]
    """
    check_option("method", method, ("log_odds", "chi2", "g2"))
    if correction is None:
        correction = "none" if method == "log_odds" else "quanteda"
    check_option("correction", correction, {"log_odds": ("none",), "chi2": ("quanteda", "yates", "none"),
                                            "g2": ("quanteda", "williams", "none")}[method])
    d = dfm(corpus, by=by, ngram_range=ngram_range, stem=stem, stopwords=stopwords, resources=resources)
    return _keyness_table(d.matrix.toarray().astype(float), d.groups, d.terms, by, target, method,
                          min_count=min_count, prior_scale=prior_scale, correction=correction)


_KEY_COLUMNS = ["group", "term", "count_target", "count_reference", "score", "p", "q", "log_ratio"]


def _keyness_table(m: np.ndarray, groups_all: list, terms_all: np.ndarray, by: str, target, method: str, *,
                   min_count: int, prior_scale: float, correction: str) -> pd.DataFrame:
    from scipy.stats import false_discovery_control

    total = m.sum(axis=0)
    n_group = m.sum(axis=1)  # group sizes count every token, kept term or not
    n_all = total.sum()
    a0 = prior_scale * n_all  # the prior's total: alpha_w summed over the whole vocabulary
    keep = total >= min_count
    m, terms, total = m[:, keep], terms_all[keep], total[keep]
    groups = groups_all if target is None else [target]
    if target is not None and target not in groups_all:
        raise ValueError(f"target {target!r} is not a value of {by!r}: {groups_all}")
    prior = prior_scale * total
    out = []
    for g in groups:
        gi = groups_all.index(g)
        y_t = m[gi]
        y_r = total - y_t
        score, p = _keyness_one(y_t, y_r, n_group[gi], n_all - n_group[gi], method, prior, a0, correction)
        out.append(pd.DataFrame({"group": g, "term": terms, "count_target": y_t.astype(int),
                                 "count_reference": y_r.astype(int), "score": np.round(score, 4), "p": p,
                                 "log_ratio": np.round(log_ratio(y_t, y_r, n_group[gi], n_all - n_group[gi]), 4)}))
    if not out or not len(terms):
        return pd.DataFrame(columns=_KEY_COLUMNS)
    res = pd.concat(out, ignore_index=True)
    if method == "log_odds":
        res["q"] = np.nan
    else:
        # four significant digits, not four decimals: a p of 3e-20 stays 3e-20 (shown "<0.000001"), not 0
        res["q"] = [float(f"{v:.4g}") for v in false_discovery_control(res["p"].to_numpy())]
        res["p"] = [float(f"{v:.4g}") for v in res["p"]]
    res = res[_KEY_COLUMNS]
    return res.sort_values(["group", "score", "term"], ascending=[True, False, True], kind="stable").reset_index(drop=True)


def keyness_null(corpus: pd.DataFrame, by: str = "outlet", method: str = "chi2", *, alpha: float = 0.05,
                 n_permutations: int = 200, random_state: int = 0, min_count: int = 3,
                 resources: Resources | None = None) -> pd.DataFrame:
    """How many tests chance alone gives: keyness re-run with articles shuffled between groups.

    The articles keep their words; their group labels are permuted (group sizes kept), so any
    association between a group and its words is broken. For each permutation the number of tests
    with ``p < alpha`` is counted; the observed count is compared with that distribution (tests
    on the same words are dependent and sparse, so the nominal ``alpha * tests`` is wrong).

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    by : str, default "outlet"
    method : {"chi2", "g2"}, default "chi2"
    alpha : float, default 0.05
    n_permutations : int, default 200
    random_state : int, default 0
        Seed of the permutations.
    min_count : int, default 3
    resources : Resources, optional

    Returns
    -------
    pandas.DataFrame
        One row: ``tests, observed, null_mean, null_p95, share_at_least_observed, n_permutations,
        articles, groups`` (``share_at_least_observed``: the permutation p-value of the count).

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["X", "X", "Y", "Y"],
    ...                   "text": ["rudal rudal nuklir", "rudal uji", "pangan beras", "pangan harga"]})
    >>> keyness_null(c, n_permutations=20, min_count=1)[["tests", "n_permutations", "articles"]].values.tolist()
    [[12, 20, 4]]
    """
    check_option("method", method, ("chi2", "g2"))
    docs = dfm(corpus, by="doc_id", resources=resources)
    group_of = dict(zip(corpus["doc_id"], corpus[by]))
    labels = np.array([group_of[d] for d in docs.groups])
    groups = sorted(set(labels), key=str)
    X = docs.matrix.astype(float).tocsr()

    def count(lab: np.ndarray) -> tuple[int, int]:
        ind = sparse.csr_matrix((np.ones(len(lab)), ([groups.index(g) for g in lab], np.arange(len(lab)))),
                                shape=(len(groups), len(lab)))
        m = np.asarray((ind @ X).todense())  # groups x terms (sparse product: no dense article matrix)
        t = _keyness_table(m, list(groups), docs.terms, by, None, method, min_count=min_count, prior_scale=1.0,
                           correction="quanteda")
        return int((t["p"] < alpha).sum()), len(t)

    observed, tests = count(labels)
    rng = np.random.default_rng(random_state)
    null = np.array([count(rng.permutation(labels))[0] for _ in range(n_permutations)])
    return pd.DataFrame([dict(tests=tests, observed=observed, null_mean=round(float(null.mean()), 1),
                              null_p95=float(np.percentile(null, 95)),
                              share_at_least_observed=round(float((null >= observed).mean()), 3),
                              n_permutations=n_permutations, articles=len(labels), groups=len(groups))])


def kwic(corpus: pd.DataFrame, pattern: str, window: int = 8, *, stopwords: bool = False,
         resources: Resources | None = None) -> pd.DataFrame:
    """Keywords in context: every match of a glob pattern with the tokens around it.

    The pattern is tokenised like the text, so ``"Korut"`` finds ``korea_utara`` and ``"kerja
    sama"`` finds ``kerja_sama``; glob characters work per token (``"sanksi*"``), and a pattern of
    several tokens matches a run of tokens (``"sanksi ekonomi"``).

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    pattern : str
        Glob pattern, one or more words.
    window : int, default 8
        Tokens shown each side.
    stopwords : bool, default False
        Remove stop words from the context (kept by default, to read naturally).
    resources : Resources, optional
        Word lists for the tokens; the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, position, left, match, right, as_written`` (``position`` is the token
        index in the article; ``as_written`` is the sentence as published, original words and case,
        with the matched words marked «like this»), sorted by ``doc_id`` and ``position``.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["Sanksi ekonomi bagi Korut berat."]})
    >>> kwic(c, "Korut", window=2)[["left", "match", "right"]].values.tolist()
    [['ekonomi bagi', 'korea_utara', 'berat']]
    >>> kwic(c, "Korut")["as_written"].tolist()
    ['Sanksi ekonomi bagi «Korut» berat.']
    """
    res = resources_of(corpus, resources)
    if set(pattern) & set("*?["):
        pat_tokens = [p.lower() for p in pattern.split()]
    else:
        pat_tokens = tokenize(pattern, stopwords=False, resources=res)
    if not pat_tokens:
        raise ValueError(f"pattern {pattern!r} has no tokens")
    n = len(pat_tokens)
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        toks = tokenize(r.text, stopwords=stopwords, resources=res)
        units = _sentences_of_tokens(r.text, len(toks), stopwords, res)
        seen: dict[int, int] = {}  # matches so far in each sentence: the k-th match marks the k-th occurrence
        for i in range(len(toks) - n + 1):
            if all(fnmatch.fnmatchcase(toks[i + k], pat_tokens[k]) for k in range(n)):
                k_th = seen.get(units[i][0], 0) if units else 0
                if units:
                    seen[units[i][0]] = k_th + 1
                rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, position=i,
                                 left=" ".join(toks[max(0, i - window):i]),
                                 match=" ".join(toks[i:i + n]),
                                 right=" ".join(toks[i + n:i + n + window]),
                                 as_written=_mark(units[i][1] if units else "", toks[i:i + n], res, k_th)))
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "position", "left", "match", "right", "as_written"])


def _sentences_of_tokens(text: str, n_tokens: int, stopwords: bool, res: Resources) -> list[tuple[int, str]]:
    """(number, sentence as written) for each token of ``text``, or [] when they do not line up."""
    from .text import sentences

    out: list[tuple[int, str]] = []
    k = 0
    for para in (p for p in text.split("\n") if p.strip()):
        for s in sentences(para, resources=res):
            out += [(k, s)] * len(tokenize(s, stopwords=stopwords, resources=res))
            k += 1
    return out if len(out) == n_tokens else []


def _mark(sentence: str, match_tokens: list[str], res: Resources, nth: int = 0) -> str:
    """The sentence with the words the ``nth`` match in it stands for marked «like this» (unmarked when not found)."""
    import re

    if not sentence:
        return ""
    forms = [" ".join(t.replace("_", " ") for t in match_tokens)]
    al = res.table("aliases.csv")
    joined = "_".join(match_tokens)
    forms += [p for p, c in zip(al["pattern"], al["canonical"]) if c.lower().replace(" ", "_") == joined]
    forms += [v for v, name in actor_variants(res.table("actors.csv")).items()
              if name.lower().replace(" ", "_").replace("-", "_") == joined or name.lower().replace(" ", "_") == joined]
    rx = "|".join(r"(?<![\w])" + r"[\s-]+".join(re.escape(w) for w in f.split()) + r"\w*"
                  for f in sorted(set(forms), key=len, reverse=True))
    hits = list(re.finditer(rx, sentence, re.IGNORECASE))
    if not hits:
        return sentence
    m = hits[min(nth, len(hits) - 1)]
    return sentence[:m.start()] + "«" + m.group(0) + "»" + sentence[m.end():]


def idf_table(corpus: pd.DataFrame, by: str = "doc_id", *, smooth_idf: bool = True,
              resources: Resources | None = None) -> pd.DataFrame:
    """The idf value each document frequency gets: shows how few values idf can take.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    by : str, default "doc_id"
        Documents are articles or outlets.
    smooth_idf : bool, default True
        scikit-learn's smoothing: ``idf = ln((1 + n) / (1 + df)) + 1``, else ``ln(n / df) + 1``.
    resources : Resources, optional
        Word lists for the tokens; the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_freq, idf, n_terms`` (how many terms have that document frequency), one row per
        possible document frequency 1..n.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": ["rudal damai", "damai"]})
    >>> idf_table(c)[["doc_freq", "n_terms"]].values.tolist()
    [[1, 1], [2, 1]]
    """
    d = dfm(corpus, by=by, resources=resources)
    n = len(d.groups)
    dfreq = np.asarray((d.matrix > 0).sum(axis=0)).ravel()
    rows = []
    for k in range(1, n + 1):
        idf = np.log((1 + n) / (1 + k)) + 1 if smooth_idf else np.log(n / k) + 1
        rows.append(dict(doc_freq=k, idf=round(float(idf), 4), n_terms=int((dfreq == k).sum())))
    return pd.DataFrame(rows)


def term_stability(corpus: pd.DataFrame, settings: dict[str, dict], *, by: str = "doc_id",
                   top: int = 10, baseline: str | None = None, resources: Resources | None = None) -> pd.DataFrame:
    """How much of each group's top-``top`` TF-IDF list survives a change of settings.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    settings : dict
        Name -> keyword arguments for :func:`tfidf_terms` (e.g. ``{"default": {},
        "sublinear": {"sublinear_tf": True}}``).
    by : str, default "doc_id"
        Groups.
    top : int, default 10
        Size of the lists compared.
    baseline : str, optional
        The setting others are compared with; the first one by default.
    resources : Resources, optional
        Word lists for the tokens; the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``group, setting, jaccard, shared, only_baseline, only_setting``: Jaccard of the two
        top-``top`` sets and the terms in each part, sorted by group and setting order.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": ["rudal rudal damai", "pangan"]})
    >>> term_stability(c, {"d": {}, "s": {"sublinear_tf": True}}, top=2)["jaccard"].tolist()
    [1.0, 1.0, 1.0, 1.0]
    """
    names = list(settings)
    baseline = baseline or names[0]
    res = resources_of(corpus, resources)
    tops = {}
    for name, kw in settings.items():
        try:
            tops[name] = tfidf_terms(corpus, by=by, top=top, resources=res, **kw)
        except ValueError as exc:  # e.g. min_df=2 on two articles that share no term: nothing survives
            if "no terms remain" not in str(exc):
                raise
            tops[name] = pd.DataFrame(columns=["group", "term"])
    base = tops[baseline]
    rows = []
    for g in sorted(base["group"].unique(), key=str):
        b = set(base.loc[base.group == g, "term"])
        for name in names:
            s = set(tops[name].loc[tops[name].group == g, "term"])
            union = b | s
            rows.append(dict(group=g, setting=name, jaccard=round(len(b & s) / len(union), 3) if union else 1.0,
                             shared=", ".join(sorted(b & s)), only_baseline=", ".join(sorted(b - s)),
                             only_setting=", ".join(sorted(s - b))))
    return pd.DataFrame(rows, columns=["group", "setting", "jaccard", "shared", "only_baseline", "only_setting"])


def dispersion(corpus: pd.DataFrame, terms: list[str], *, resources: Resources | None = None) -> pd.DataFrame:
    """Where in each article each term occurs (for a lexical dispersion plot).

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    terms : list of str
        Kit tokens or glob patterns (``"sanksi*"``, ``"korea_utara"``).
    resources : Resources, optional
        Word lists for the tokens; the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, term, position, relative_position`` (0 = first token, 1 = last),
        sorted by doc_id, term, position; stop words are kept so positions are real.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["rudal lalu rudal"]})
    >>> dispersion(c, ["rudal"])["relative_position"].tolist()
    [0.0, 1.0]
    """
    res = resources_of(corpus, resources)
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        toks = tokenize(r.text, stopwords=False, resources=res)
        n = max(1, len(toks) - 1)
        for term in terms:
            for i, t in enumerate(toks):
                if fnmatch.fnmatchcase(t, term):
                    rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, term=term, position=i,
                                     relative_position=round(i / n, 4)))
    df = pd.DataFrame(rows, columns=["doc_id", "outlet", "term", "position", "relative_position"])
    return df.sort_values(["doc_id", "term", "position"], kind="stable").reset_index(drop=True)


def dispersion_articles(disp: pd.DataFrame, corpus: pd.DataFrame, n: int = 30) -> list[str]:
    """The articles a dispersion plot shows: every article when there are ``n`` or fewer, else the ``n`` with the most
    occurrences of the terms (ties by doc_id), so that no article is left out on the order of its id.

    Parameters
    ----------
    disp : pandas.DataFrame
        From :func:`dispersion` on the whole corpus.
    corpus : pandas.DataFrame
        The articles (``doc_id``).
    n : int, default 30
        Most articles shown.

    Returns
    -------
    list of str
        doc_ids, sorted by doc_id.

    Examples
    --------
    >>> d = pd.DataFrame({"doc_id": ["a", "c", "c"], "term": ["x", "x", "x"]})
    >>> dispersion_articles(d, pd.DataFrame({"doc_id": ["a", "b", "c"]}), n=2)
    ['a', 'c']
    """
    docs = sorted(corpus["doc_id"])
    if len(docs) <= n:
        return docs
    hits = disp["doc_id"].value_counts()
    ranked = sorted(docs, key=lambda d: (-int(hits.get(d, 0)), d))
    return sorted(ranked[:n])


def collocations(corpus: pd.DataFrame, *, min_count: int = 3, smoothing: float = 0.5, known: bool = False,
                 resources: Resources | None = None) -> pd.DataFrame:
    """Two-word collocations scored as quanteda's ``textstat_collocations`` (size 2): candidates for ``multiword.csv``.

    Adjacent pairs of content words are counted within sentences (a stop word, a number or a date
    breaks adjacency, as quanteda's padded tokens do). For each pair (w1, w2) the 2 x 2 table of
    all counted pairs - w1 first or not, w2 second or not - gives ``lambda``, the log odds ratio
    with ``smoothing`` added to every cell, and ``z = lambda / sqrt(sum(1 / (n_ij + smoothing)))``
    (Blaheta & Johnson 2001, as quanteda.textstats implements it).

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    min_count : int, default 3
        Keep pairs seen at least this often.
    smoothing : float, default 0.5
        Added to each cell of the 2 x 2 table (quanteda's default).
    known : bool, default False
        Also list pairs whose words are already joined names (``korea_utara``); by default only
        pairs of plain words, the proposals a researcher may add.
    resources : Resources, optional
        Word lists; the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``collocation, count, count_first, count_second, lambda, z`` (3 places), sorted by z
        (descending), then collocation.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
    ...                   "text": ["Suku cadang mahal. Suku cadang langka. Harga suku cadang naik."]})
    >>> collocations(c, min_count=2)[["collocation", "count"]].values.tolist()
    [['suku cadang', 3]]
    """
    if min_count < 1:
        raise ValueError(f"min_count must be at least 1, got {min_count}")
    res = resources_of(corpus, resources)
    stop = stopword_set(res)
    pairs: dict[tuple[str, str], int] = {}
    for s in text_units(corpus, "sentence", resources=res)["text"]:
        toks = tokenize(s, stopwords=False, numbers=True, resources=res)
        for a, b in zip(toks, toks[1:]):
            if a in stop or b in stop or not a[:1].isalpha() or not b[:1].isalpha() or "-" in (a[-1], b[0]):
                continue
            pairs[(a, b)] = pairs.get((a, b), 0) + 1
    cols = ["collocation", "count", "count_first", "count_second", "lambda", "z"]
    if not pairs:
        return pd.DataFrame(columns=cols)
    keys = list(pairs)
    n11 = np.array([pairs[k] for k in keys], dtype=float)
    first: dict[str, int] = {}
    second: dict[str, int] = {}
    for (a, b), c in pairs.items():
        first[a] = first.get(a, 0) + c
        second[b] = second.get(b, 0) + c
    n1_ = np.array([first[a] for a, _ in keys], dtype=float)
    n_1 = np.array([second[b] for _, b in keys], dtype=float)
    n = float(n11.sum())
    cells = [n11, n1_ - n11, n_1 - n11, n - n1_ - n_1 + n11]
    cells = [c + smoothing for c in cells]
    lam = np.log(cells[0]) - np.log(cells[1]) - np.log(cells[2]) + np.log(cells[3])
    z = lam / np.sqrt(sum(1.0 / c for c in cells))
    out = pd.DataFrame({"collocation": [f"{a} {b}" for a, b in keys], "count": n11.astype(int),
                        "count_first": n1_.astype(int), "count_second": n_1.astype(int),
                        "lambda": lam.round(3), "z": z.round(3)})
    out = out[out["count"] >= min_count]
    if not known:
        out = out[~out["collocation"].str.contains("_", regex=False)]
    return out.sort_values(["z", "collocation"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def keyness_top(table: pd.DataFrame, top: int = 8) -> pd.DataFrame:
    """The ``top`` most distinctive terms of each group (positive scores only), with a counts label.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`keyness`.
    top : int, default 8
        Terms per group.

    Returns
    -------
    pandas.DataFrame
        The same columns plus ``counts`` ("3 vs 0": the group's count vs the rest's), in
        descending score within each group.

    Examples
    --------
    >>> k = pd.DataFrame({"group": ["X", "X"], "term": ["a", "b"], "count_target": [3, 0],
    ...                   "count_reference": [0, 3], "score": [1.5, -1.5], "p": [0.1, 0.1]})
    >>> keyness_top(k)["counts"].tolist()
    ['3 vs 0']
    """
    t = table[table["score"] > 0].groupby("group", sort=True, group_keys=False).head(top).copy()
    t["counts"] = t["count_target"].astype(str) + " vs " + t["count_reference"].astype(str)
    return t.reset_index(drop=True)


def keyness_tests(corpus: pd.DataFrame, by: str = "outlet", *, methods=("chi2", "g2"), min_count: int = 5,
                  top: int = 3, resources: Resources | None = None) -> pd.DataFrame:
    """Each group's top distinctive terms under the significance tests, with the smallest p- and q-value among them.

    Log-odds (:func:`keyness`'s default) is a measure with no p-value; this table gives the tests' view beside it.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    by : str, default "outlet"
        The grouping column.
    methods : sequence of {"chi2", "g2"}, default ("chi2", "g2")
        The tests of :func:`keyness`.
    min_count : int, default 5
        See :func:`keyness`.
    top : int, default 3
        Terms per group and test (:func:`keyness_top`).
    resources : Resources, optional
        See :func:`keyness`.

    Returns
    -------
    pandas.DataFrame
        Indexed by (group, method): ``term`` (the top terms joined by ", "), ``p`` and ``q`` (the smallest of
        them); empty when no term passes ``min_count`` and leans to a group.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["X", "X", "Y", "Y"],
    ...                   "text": ["rudal rudal rudal", "rudal rudal", "damai damai damai", "damai damai"]})
    >>> keyness_tests(c, min_count=2)["term"].tolist()
    ['rudal', 'rudal', 'damai', 'damai']
    """
    tests = pd.concat([keyness_top(keyness(corpus, by=by, method=m, min_count=min_count, resources=resources),
                                   top=top).assign(method=m) for m in methods])
    if tests.empty:
        return pd.DataFrame(columns=["term", "p", "q"])
    return tests.pivot_table(index=["group", "method"], values=["term", "p", "q"],
                             aggfunc={"term": ", ".join, "p": "min", "q": "min"}, dropna=False)[["term", "p", "q"]]


def frequent_terms(corpus: pd.DataFrame, n: int = 4, *, min_docs: int = 2,
                   exclude_universal: bool = False, resources: Resources | None = None) -> list[str]:
    """The ``n`` most frequent terms used in at least ``min_docs`` articles (ties: alphabetical).

    Used to pick default terms for keywords-in-context and dispersion when the reader names none.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    n : int, default 4
        How many terms.
    min_docs : int, default 2
        Least number of articles a term must appear in (1 when the corpus has one article; when
        no term qualifies, the most frequent terms of any article are given instead).
    exclude_universal : bool, default False
        Leave out terms every article uses (when there are more than two articles): they
        say what the event is, not how articles differ.
    resources : Resources, optional
        Word lists for the tokens; the corpus's own by default.

    Returns
    -------
    list of str

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": ["rudal rudal pangan", "rudal pangan"]})
    >>> frequent_terms(c, 1)
    ['rudal']
    """
    d = dfm(corpus, by="doc_id", resources=resources)
    counts = np.asarray(d.matrix.sum(axis=0)).ravel()
    docs = np.asarray((d.matrix > 0).sum(axis=0)).ravel()
    ok = docs >= min(min_docs, len(d.groups))
    if exclude_universal and len(d.groups) > 2:
        ok &= docs < len(d.groups)
    if not ok.any():  # no term is shared by enough articles: the most frequent terms of any article
        ok = counts > 0
    order = sorted(np.flatnonzero(ok), key=lambda j: (-counts[j], d.terms[j]))
    return [str(d.terms[j]) for j in order[:n]]


def stability_summary(stability: pd.DataFrame) -> pd.DataFrame:
    """Jaccard overlap per group (rows) and setting (columns), with a ``mean`` row.

    Parameters
    ----------
    stability : pandas.DataFrame
        From :func:`term_stability`.

    Returns
    -------
    pandas.DataFrame
        Settings in the order they were given.

    Examples
    --------
    >>> s = pd.DataFrame({"group": ["a", "a", "b", "b"], "setting": ["x", "y"] * 2, "jaccard": [1, .5, 1, .3]})
    >>> stability_summary(s).loc["mean"].tolist()
    [1.0, 0.4]
    """
    order = list(dict.fromkeys(stability["setting"]))
    t = stability.pivot(index="group", columns="setting", values="jaccard")[order]
    t.loc["mean"] = t.mean().round(3)
    t.columns.name = None
    return t


def robust_terms(stability: pd.DataFrame) -> pd.DataFrame:
    """The terms in a group's top list under every setting compared by :func:`term_stability`.

    Parameters
    ----------
    stability : pandas.DataFrame
        From :func:`term_stability`.

    Returns
    -------
    pandas.DataFrame
        One row per group: ``in the top list under every setting`` (terms, sorted, comma-joined; "(none)" where no
        term is in every list).

    Examples
    --------
    >>> s = pd.DataFrame({"group": ["a", "a", "b", "b"], "setting": ["x", "y", "x", "y"], "shared": ["p, q", "q", "p", "q"]})
    >>> robust_terms(s).iloc[:, 0].tolist()
    ['q', '(none)']
    """
    def common(shared: pd.Series) -> str:
        sets = [set(x.split(", ")) if x else set() for x in shared]
        return ", ".join(sorted(set.intersection(*sets))) or "(none)" if sets else "(none)"

    out = stability.groupby("group")["shared"].agg(common).rename("in the top list under every setting")
    return out.to_frame()


# --- an outlet's mentions of itself ------------------------------------------------------------

def self_mentions(corpus: pd.DataFrame, *, resources: Resources | None = None) -> pd.DataFrame:
    """Where each article names its own outlet: brand, domain, handle or a regional brand of its network.

    The forms come from ``outlets.csv`` (every spelling of the article's outlet, and the brand stem
    it shares with other outlets of its network, e.g. Tribunnews and Tribun Kaltim): "detikcom",
    "detikNews", "Liputan6.com", "TRIBUNKALTIM.COM", "@okezone", "kepada Tribun". The same letters
    as an ordinary word stay ("dalam hitungan detik", "tribun penonton"); a form followed by a hyphen
    ("Detik-detik") is not one.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus` (``doc_id, outlet, text``).
    resources : Resources, optional
        Whose ``outlets.csv`` to use; the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, mentions, forms``: one row per article (``mentions`` 0 when none;
        ``forms`` the distinct forms as written, "; "-joined).

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["Okezone", "Okezone"],
    ...                   "text": ["Menurut pantauan Okezone, harga naik (okezone.com).", "Dalam hitungan detik."]})
    >>> self_mentions(c)[["doc_id", "mentions", "forms"]].values.tolist()
    [['a', 2, 'Okezone; okezone.com'], ['b', 0, '']]
    """
    res = resources_of(corpus, resources)
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        found = [r.text[a:b] for a, b in self_name_spans(r.text, r.outlet, resources=res)]
        rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, mentions=len(found), forms="; ".join(dict.fromkeys(found))))
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "mentions", "forms"])


def drop_self_mentions(corpus: pd.DataFrame, *, resources: Resources | None = None) -> pd.DataFrame:
    """The corpus with each article's mentions of its own outlet taken out of ``text`` (for term statistics).

    Every outlet names itself ("saat ditemui detikcom", "Simak update terbaru hanya di Okezone");
    in keyness and TF-IDF that makes the outlet's own name its most distinctive term, which says
    nothing about its coverage. The forms are those of :func:`self_mentions`; the raw articles are
    not changed (a copy is returned).

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    resources : Resources, optional
        Whose ``outlets.csv`` to use; the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        A copy of ``corpus`` (same rows, order and attributes) whose ``text`` lacks the self-mentions.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["Okezone"], "text": ["Kata warga kepada Okezone, harga naik."]})
    >>> drop_self_mentions(c)["text"].tolist()
    ['Kata warga kepada , harga naik.']
    """
    res = resources_of(corpus, resources)
    out = corpus.copy()

    def strip(text: str, outlet: str) -> str:
        spans = self_name_spans(text, outlet, resources=res)
        starts, ends = [0] + [b for _, b in spans], [a for a, _ in spans] + [len(text)]
        return "".join(text[a:b] for a, b in zip(starts, ends))

    out["text"] = [strip(t, o) for t, o in zip(corpus["text"], corpus["outlet"])]
    out.attrs = dict(corpus.attrs)
    return out


def drop_other_scripts(corpus: pd.DataFrame, *, script: str = "LATIN") -> pd.DataFrame:
    """The corpus with passages in another script than the corpus language's taken out of ``text``.

    A Qur'anic verse in Arabic or a name in Hangul inside Indonesian news is not part of the
    vocabulary the term statistics compare; counted per article by :func:`helpers.describe.other_scripts`.
    The raw articles are not changed (a copy is returned).

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    script : str, default "LATIN"
        The script of the corpus language.

    Returns
    -------
    pandas.DataFrame
        A copy of ``corpus`` whose ``text`` lacks those passages.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["Ia membaca بِسْمِ اللَّهِ lalu pergi."]})
    >>> drop_other_scripts(c)["text"].tolist()
    ['Ia membaca  lalu pergi.']
    """
    from .text import other_script_passages

    def strip(text: str) -> str:
        for a, b, _, _ in reversed(other_script_passages(text, script)):
            text = text[:a] + text[b:]
        return text

    out = corpus.copy()
    out["text"] = [strip(t) for t in corpus["text"]]
    out.attrs = dict(corpus.attrs)
    return out
