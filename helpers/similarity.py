"""Similarity: how alike articles are (TF-IDF cosine, word-shingle overlap) and the passages two
articles share word for word or nearly (text reuse, e.g. translations of the same wire copy).
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from .errors import check_option
from .resources import Resources, resources_of
from .text import WORD_RE, make_analyzer, normalize, stopword_set, words

__all__ = ["similarity_matrix", "coherence", "shared_passages", "passage_summary", "passage_kind", "copying_signals",
           "repeated_passages", "outlet_reuse", "outlet_reuse_matrix", "passage_table",
           "by_outlet_matrix", "most_similar_pair", "shared_words_matrix"]


def _shingles(w: list[str], n: int) -> list[tuple]:
    return [tuple(w[i:i + n]) for i in range(len(w) - n + 1)]


def similarity_matrix(corpus: pd.DataFrame, method: str = "tfidf", *, n: int = 5,
                      measure: str = "jaccard", resources: Resources | None = None) -> pd.DataFrame:
    """Pairwise similarity of articles: TF-IDF cosine, or word-shingle overlap.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    method : {"tfidf", "shingles"}, default "tfidf"
        ``tfidf``: cosine of TF-IDF vectors of the kit's tokens (stop words removed; what the
        articles are about). ``shingles``: overlap of sets of word ``n``-grams (stop words
        kept; whether they share wording).
    n : int, default 5
        Shingle length in words.
    measure : {"jaccard", "containment"}, default "jaccard"
        For shingles: ``|A & B| / |A | B|``, or ``|A & B| / |A|`` (how much of the row article
        is found in the column article; not symmetric).
    resources : Resources, optional
        Word lists for the TF-IDF tokens; the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        Square, indexed and columned by doc_id (sorted), rounded to 3 places; the diagonal is 1.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...                   "text": ["satu dua tiga empat", "satu dua tiga lima"]})
    >>> similarity_matrix(c, "shingles", n=2).loc["a", "b"]
    np.float64(0.5)
    """
    check_option("method", method, ("tfidf", "shingles"))
    check_option("measure", measure, ("jaccard", "containment"))
    c = corpus.sort_values("doc_id")
    ids = c["doc_id"].tolist()
    if method == "tfidf":
        an = make_analyzer(resources=resources_of(corpus, resources))
        X = TfidfVectorizer(analyzer=an, lowercase=False).fit_transform(c["text"].tolist())
        m = cosine_similarity(X)
    else:
        # a binary article x shingle matrix; its product with itself counts shared shingles for
        # every pair at once (sparse), instead of comparing Python sets pair by pair
        vocab: dict[tuple, int] = {}
        rows_i, cols_j = [], []
        for i, t in enumerate(c["text"]):
            for sh in set(_shingles(words(t), n)):
                rows_i.append(i)
                cols_j.append(vocab.setdefault(sh, len(vocab)))
        X = sparse.csr_matrix((np.ones(len(rows_i), dtype=np.int32), (rows_i, cols_j)), shape=(len(ids), len(vocab)))
        inter = (X @ X.T).toarray().astype(float)
        size = np.asarray(X.sum(axis=1)).ravel().astype(float)
        with np.errstate(divide="ignore", invalid="ignore"):
            if measure == "jaccard":
                union = size[:, None] + size[None, :] - inter
                m = np.where(union > 0, inter / union, 0.0)
            else:
                m = np.where(size[:, None] > 0, inter / size[:, None], 0.0)
        np.fill_diagonal(m, 1.0)
    return pd.DataFrame(np.round(m, 3), index=pd.Index(ids, name="doc_id"), columns=ids)


def shared_passages(corpus: pd.DataFrame, min_words: int = 8, *, n: int = 5, max_gap: int = 3,
                    max_df: float | int | None = None, max_docs: int = 100, progress: bool = False,
                    resources: Resources | None = None) -> pd.DataFrame:
    """Passages two articles share word for word or nearly (e.g. translated from the same wire copy).

    Method (after passim): index every word ``n``-gram (shingle) of every article in an inverted
    index; shingles in more than ``max_df`` of the articles are too common to signal reuse and are
    ignored; candidate pairs are only the pairs that share an indexed shingle (never all pairs).
    For each candidate pair, matching shingle positions are aligned along diagonals and runs
    separated by at most ``max_gap`` words are merged ("nearly": an inserted or changed word).

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    min_words : int, default 8
        Shortest passage reported.
    n : int, default 5
        Shingle length (word 5-grams separate the seeds' shared wire text).
    max_gap : int, default 3
        Largest gap (in words) bridged inside one passage.
    max_df : float or int, optional
        Shingles in more than this share (float) or number (int) of articles are ignored. By
        default the cut-off scales with the corpus: nothing is ignored up to 10 articles (a
        passage four of five articles share is reuse worth seeing), then shingles in more than
        half of the articles (at least 10) are.
    max_docs : int, default 100
        And in any case shingles in more than this many articles: a phrase that a hundred
        articles share is boilerplate or a formula, not reuse, and indexing it would pair every
        article with every other (memory grows with the square of its count).
    progress : bool, default False
        Show a progress bar (tqdm, on stderr) while aligning candidate pairs.
    resources : Resources, optional
        Weekday and document words for the formula labels; the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_a, doc_b, start_a, end_a, start_b, end_b, n_words, text, text_a, text_b, kind``
        (word positions in each article's text, end exclusive; ``text`` is the passage as
        written in ``doc_a``, ``text_a`` and ``text_b`` its words in each, to read side by side;
        ``kind`` is ``reuse``, ``formula``: a list of names or titles, a law's title or a
        place-and-date formula, which outlets write alike without copying, see
        :func:`passage_kind`, or ``quote``: four fifths of the passage stand inside quotation marks in
        both articles, the same words of one speaker, which two reporters may write down alike without
        copying each other; formulas are kept out of reuse totals, quotations are not), with
        ``doc_a < doc_b``, sorted by pair and position.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [
    ...     "Kemarin di ibu kota jalanan dihiasi potret Putin dan bendera Rusia pagi ini.",
    ...     "Di Pyongyang jalanan dihiasi potret Putin dan bendera Rusia kata saksi."]})
    >>> shared_passages(c, min_words=6)[["start_a", "end_a", "n_words", "text_a", "kind"]].values.tolist()
    [[4, 11, 7, 'jalanan dihiasi potret putin dan bendera rusia', 'reuse']]
    """
    c = corpus.sort_values("doc_id")
    ids = c["doc_id"].tolist()
    normed = [normalize(t) for t in c["text"]]
    written = [WORD_RE.findall(t) for t in normed]
    toks = [[w.lower() for w in ws] for ws in written]
    quoted = [_in_quotes(t) for t in normed]  # per word: inside quotation marks
    n_docs = len(ids)
    if max_df is None:
        limit = n_docs if n_docs <= 10 else max(10, int(np.floor(0.5 * n_docs)))
    else:
        limit = max_df if isinstance(max_df, int) else max(2, int(np.floor(max_df * n_docs)))
        if n_docs <= 2:
            limit = n_docs
    limit = min(limit, max_docs)
    fw = _formula_words(resources_of(corpus, resources))
    pair_hits: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for posting in _postings(toks, n, limit):
        docs = sorted(posting)
        for x in range(len(docs)):
            for y in range(x + 1, len(docs)):
                for i in posting[docs[x]]:
                    for j in posting[docs[y]]:
                        pair_hits[(docs[x], docs[y])].append((i, j))
    # A gap of g words between two matching stretches breaks the n shingles that span it, so the
    # next matching shingle starts up to n + g words later (and the two texts may differ by g).
    steps = sorted(((di, dj) for di in range(1, n + max_gap + 1) for dj in range(1, n + max_gap + 1)
                    if abs(di - dj) <= max_gap),
                   key=lambda t: (t[0] + t[1], abs(t[0] - t[1]), t))
    from tqdm import tqdm

    rows = []
    for (a, b), hits in tqdm(sorted(pair_hits.items()), desc="aligning pairs", disable=not progress):
        hit_set = set(hits)
        used: set[tuple[int, int]] = set()
        for start in sorted(hit_set):
            if start in used:
                continue
            used.add(start)
            end = start
            while True:
                nxt = next(((end[0] + di, end[1] + dj) for di, dj in steps
                            if (end[0] + di, end[1] + dj) in hit_set and (end[0] + di, end[1] + dj) not in used), None)
                if nxt is None:
                    break
                used.add(nxt)
                end = nxt
            s_a, s_b = start
            e_a, e_b = end[0] + n, end[1] + n
            if e_a - s_a < min_words:
                continue
            text_a = " ".join(toks[a][s_a:e_a])
            as_written = written[a][s_a:e_a]
            kind = _kind(as_written, fw)
            if kind == "reuse" and _mostly(quoted[a][s_a:e_a]) and _mostly(quoted[b][s_b:e_b]):
                kind = "quote"  # the same quotation in both: one speaker quoted alike (a transcript, a press release)
            rows.append(dict(doc_a=ids[a], doc_b=ids[b], start_a=s_a, end_a=e_a, start_b=s_b, end_b=e_b,
                             n_words=e_a - s_a, text=" ".join(as_written), text_a=text_a,
                             text_b=" ".join(toks[b][s_b:e_b]), kind=kind))
    cols = ["doc_a", "doc_b", "start_a", "end_a", "start_b", "end_b", "n_words", "text", "text_a", "text_b", "kind"]
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values(["doc_a", "doc_b", "start_a"], kind="stable").reset_index(drop=True)


def _in_quotes(text: str) -> list[bool]:
    """For each word of ``text`` (:data:`helpers.text.WORD_RE`), whether it stands inside double quotation marks."""
    marks = [m.start() for m in re.finditer('"', text)]
    out, k = [], 0
    for m in WORD_RE.finditer(text):
        while k < len(marks) and marks[k] < m.start():
            k += 1
        out.append(k % 2 == 1)
    return out


def _mostly(flags: list[bool], share: float = 0.8) -> bool:
    return bool(flags) and sum(flags) >= share * len(flags)


def _postings(toks: list[list[str]], n: int, limit: int):
    """Each word n-gram found in 2 to ``limit`` articles: {article: [positions]}.

    The inverted index is three flat arrays (a hash of each n-gram, its article, its position)
    sorted by hash, not a dictionary of n-gram tuples: 10,000 articles hold millions of n-grams,
    most in one article only, and only the groups shared by two or more articles are built into
    dictionaries. Within a group the n-grams themselves are compared, so a hash collision never
    joins two different n-grams.
    """
    counts = [max(0, len(w) - n + 1) for w in toks]
    total = sum(counts)
    if not total:
        return
    keys = np.empty(total, dtype=np.int64)
    docs = np.empty(total, dtype=np.int32)
    pos = np.empty(total, dtype=np.int32)
    k = 0
    for d, (w, m) in enumerate(zip(toks, counts)):
        if m:
            keys[k:k + m] = np.fromiter((hash(tuple(w[i:i + n])) for i in range(m)), dtype=np.int64, count=m)
            docs[k:k + m] = d
            pos[k:k + m] = np.arange(m, dtype=np.int32)
            k += m
    order = np.lexsort((pos, docs, keys))
    keys, docs, pos = keys[order], docs[order], pos[order]
    new_key = np.r_[True, keys[1:] != keys[:-1]]
    starts = np.flatnonzero(new_key)
    ends = np.r_[starts[1:], total]
    n_docs = np.add.reduceat((new_key | np.r_[True, docs[1:] != docs[:-1]]).astype(np.int64), starts)
    for g in np.flatnonzero(n_docs >= 2):
        a, b = int(starts[g]), int(ends[g])
        groups: dict[tuple, dict[int, list[int]]] = {}
        for d, i in zip(docs[a:b].tolist(), pos[a:b].tolist()):
            groups.setdefault(tuple(toks[d][i:i + n]), {}).setdefault(d, []).append(i)
        for posting in groups.values():
            if 2 <= len(posting) <= limit:
                yield posting


def _formula_words(res: Resources) -> dict:
    from .text import calendar

    cal = calendar(res)
    roles = res.table("roles.csv")
    doc = {w.strip().lower() for w in roles.loc[roles["kind"].str.strip() == "document", "word"]}
    return dict(weekdays={w.lower() for w in cal.weekday_num}, documents=doc,
                identifiers={w.strip().lower() for w in res.table("calendar.csv").query("kind == 'identifier'")["name"]},
                stop=stopword_set(res))


def _kind(ws: list[str], fw: dict) -> str:
    low = [w.lower() for w in ws]
    content = [w for w in ws if w.lower() not in fw["stop"] and not w.isdigit()]
    lower = sum(not w[:1].isupper() for w in content)
    if content and lower <= 1:  # "Menteri BUMN Erick Thohir, Menteri Keuangan Sri Mulyani ...": names and titles
        return "formula"
    if (len(ws) <= 30 and any(w in fw["documents"] for w in low) and any(w in fw["identifiers"] for w in low)
            and "tahun" in low):
        return "formula"  # "Undang-Undang Nomor 19 Tahun 2003 tentang BUMN" (not a paragraph that cites one)
    if any(w in fw["weekdays"] for w in low) and sum(w.isdigit() for w in low) >= 2 and len(ws) <= 12:
        return "formula"  # "di Istana Negara, Jakarta, Senin (24/2/2025)"
    return "reuse"


def passage_kind(words_as_written: list[str], resources: Resources | None = None) -> str:
    """``"formula"`` for a passage outlets write alike without copying, else ``"reuse"``.

    Formulas: lists of names and titles (at most one content word not capitalised), a law's title
    (a document word, an identifier such as "Nomor" and "Tahun", in thirty words or fewer: a longer
    passage that cites a law is a paragraph, not its title), and a place-and-date formula (a
    weekday and a date in twelve words or fewer).

    Parameters
    ----------
    words_as_written : list of str
        The passage's words with their case.
    resources : Resources, optional
        Weekday, identifier and document words; the kit's by default.

    Returns
    -------
    str

    Examples
    --------
    >>> passage_kind("Undang-Undang Nomor 19 Tahun 2003 tentang Badan Usaha Milik Negara".split())
    'formula'
    >>> passage_kind("para pejabat itu kemudian berangkat menuju bandara dengan pengawalan ketat".split())
    'reuse'
    """
    from .resources import load_resources

    return _kind(list(words_as_written), _formula_words(resources if resources is not None else load_resources()))


def passage_summary(passages: pd.DataFrame, corpus: pd.DataFrame, *, once: bool = True) -> pd.DataFrame:
    """How much each pair of articles shares: passages, shared words, and share of each article.

    Shared words on each side are the covered word positions of that side (their union), so a
    passage repeated three times in one article and once in the other counts once on the other
    side, and shares lie between 0 and 1. With ``once`` an article's own repeats
    (:func:`repeated_passages`) count once on its side too: the second and later occurrences
    are left out of its covered words and of its length. Passages labelled ``formula`` are left
    out.

    Parameters
    ----------
    passages : pandas.DataFrame
        From :func:`shared_passages`.
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus` (for article lengths in words).
    once : bool, default True
        Count a passage an article repeats inside itself once (see above).

    Returns
    -------
    pandas.DataFrame
        ``doc_a, doc_b, n_passages, shared_words, shared_a, shared_b, share_of_a, share_of_b``
        (``shared_a``/``shared_b``: the words of each article in shared passages, its covered positions;
        ``shared_words`` the larger;
        shares over each article's words, 3 places), sorted by shared words, descending.

    Examples
    --------
    >>> p = pd.DataFrame({"doc_a": ["a", "a"], "doc_b": ["b", "b"], "start_a": [0, 5], "end_a": [5, 10],
    ...                   "start_b": [0, 0], "end_b": [5, 5], "n_words": [5, 5]})
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "text": [" ".join(f"a{i}" for i in range(10)),
    ...                                                  " ".join(f"b{i}" for i in range(20))]})
    >>> s = passage_summary(p, c)
    >>> s[["shared_a", "shared_b"]].values.tolist(), s[["share_of_a", "share_of_b"]].values.tolist()
    ([[10, 5]], [[1.0, 0.25]])
    """
    lengths = {r.doc_id: len(words(r.text)) for r in corpus.itertuples(index=False)}
    cols = ["doc_a", "doc_b", "n_passages", "shared_words", "shared_a", "shared_b", "share_of_a", "share_of_b"]
    if "kind" in passages:
        passages = passages[passages["kind"] != "formula"]
    if passages.empty:
        return pd.DataFrame(columns=cols)
    extra: dict[str, set] = defaultdict(set)  # later occurrences of an article's own repeats
    if once:
        involved = set(passages["doc_a"]) | set(passages["doc_b"])
        rep = repeated_passages(corpus[corpus["doc_id"].isin(involved)])
        for r in rep.itertuples(index=False):
            for st in [int(x) for x in r.starts.split("; ")][1:]:
                extra[r.doc_id] |= set(range(st, st + int(r.n_words)))
        lengths = {d: n - len(extra.get(d, ())) for d, n in lengths.items()}
    rows = []
    for (a, b), g in passages.groupby(["doc_a", "doc_b"], sort=True):
        cover_a = set().union(*(range(s, e) for s, e in zip(g["start_a"], g["end_a"]))) - extra.get(a, set())
        cover_b = set().union(*(range(s, e) for s, e in zip(g["start_b"], g["end_b"]))) - extra.get(b, set())
        rows.append(dict(doc_a=a, doc_b=b, n_passages=len(g), shared_words=max(len(cover_a), len(cover_b)),
                         shared_a=len(cover_a), shared_b=len(cover_b),
                         share_of_a=round(len(cover_a) / lengths[a], 3) if lengths.get(a) else 0.0,
                         share_of_b=round(len(cover_b) / lengths[b], 3) if lengths.get(b) else 0.0))
    g = pd.DataFrame(rows, columns=cols)
    return g.sort_values(["shared_words", "doc_a", "doc_b"], ascending=[False, True, True])[cols].reset_index(drop=True)


def by_outlet_matrix(matrix: pd.DataFrame, corpus: pd.DataFrame, *, how: str = "mean") -> pd.DataFrame:
    """Collapse an article x article matrix to outlet x outlet (for corpora with many articles).

    Parameters
    ----------
    matrix : pandas.DataFrame
        Square, indexed and columned by doc_id (e.g. from :func:`similarity_matrix`).
    corpus : pandas.DataFrame
        Gives each doc_id's outlet.
    how : {"mean", "sum"}, default "mean"
        Mean of the article pairs (self-pairs left out) or their sum.

    Returns
    -------
    pandas.DataFrame
        Square, outlets sorted; 3 places.

    Examples
    --------
    >>> m = pd.DataFrame([[1, .2, .4], [.2, 1, .6], [.4, .6, 1]], index=list("abc"), columns=list("abc"))
    >>> c = pd.DataFrame({"doc_id": list("abc"), "outlet": ["X", "X", "Y"]})
    >>> by_outlet_matrix(m, c).loc["X"].tolist()
    [0.2, 0.5]
    """
    check_option("how", how, ("mean", "sum"))
    out_of = dict(zip(corpus["doc_id"], corpus["outlet"]))
    outlets = sorted(set(out_of.values()), key=str)
    pos = {o: k for k, o in enumerate(outlets)}
    M = matrix.to_numpy(dtype=float).copy()
    np.fill_diagonal(M, 0.0)  # self-pairs left out
    G = np.zeros((len(matrix.index), len(outlets)))
    G[np.arange(len(matrix.index)), [pos[out_of[d]] for d in matrix.index]] = 1.0
    sums = G.T @ M @ G
    if how == "sum":
        agg = sums
    else:
        sizes = G.sum(axis=0)
        pairs = np.outer(sizes, sizes) - np.diag(sizes)  # ordered article pairs, self-pairs out
        with np.errstate(divide="ignore", invalid="ignore"):
            agg = np.where(pairs > 0, sums / pairs, np.nan)
    out = pd.DataFrame(agg, index=pd.Index(outlets, name="outlet"), columns=outlets)
    return out.round(3)


def most_similar_pair(matrix: pd.DataFrame) -> tuple[str, str, float]:
    """The most similar pair in a square similarity matrix, the diagonal left out (ties: first in order).

    Parameters
    ----------
    matrix : pandas.DataFrame
        Square, same labels on both axes (from :func:`similarity_matrix` or :func:`by_outlet_matrix`).

    Returns
    -------
    tuple
        ``(row label, column label, value)``.

    Examples
    --------
    >>> m = pd.DataFrame([[1, .2, .7], [.2, 1, .1], [.7, .1, 1]], index=list("abc"), columns=list("abc"))
    >>> most_similar_pair(m)
    ('a', 'c', 0.7)
    """
    vals = matrix.to_numpy(dtype=float).copy()
    np.fill_diagonal(vals, np.nan)
    if np.all(np.isnan(vals)):
        raise ValueError("a similarity matrix needs at least two rows to have a pair")
    i, j = np.unravel_index(np.nanargmax(vals), vals.shape)
    return str(matrix.index[i]), str(matrix.columns[j]), float(vals[i, j])


def shared_words_matrix(summary: pd.DataFrame, doc_ids) -> pd.DataFrame:
    """Square article x article table of words in shared passages (from :func:`passage_summary`).

    Parameters
    ----------
    summary : pandas.DataFrame
        From :func:`passage_summary`.
    doc_ids : iterable of str
        Every article, so that articles sharing nothing still get a row of zeros.

    Returns
    -------
    pandas.DataFrame
        Symmetric, zeros on the diagonal, sorted labels.

    Examples
    --------
    >>> s = pd.DataFrame({"doc_a": ["a"], "doc_b": ["b"], "shared_words": [12]})
    >>> shared_words_matrix(s, ["a", "b", "c"]).loc["b", "a"]
    np.int64(12)
    """
    ids = sorted(doc_ids)
    m = pd.DataFrame(0, index=ids, columns=ids)
    for r in summary.itertuples(index=False):
        m.loc[r.doc_a, r.doc_b] = m.loc[r.doc_b, r.doc_a] = r.shared_words
    return m



def copying_signals(corpus: pd.DataFrame, *, min_words: int = 8, short: int = 5, min_ratio: float = 0.84,
                    resources: Resources | None = None) -> pd.DataFrame:
    """Signs of a common source below the passage minimum: shared rare spellings and shared short runs.

    - ``rare_spelling``: a name (a capitalised word of five letters or more, never written in
      lower case) that exactly two articles use, spelled like a name the other articles or the
      gazetteer use (similarity >= ``min_ratio``, same first letter: "Mantrurov" in two articles,
      "Manturov" elsewhere; not one that differs only in case, "Pilkada" beside "PIlkada"). A
      misspelling copied is a strong sign of one source.
    - ``short_run``: a passage of ``short`` to ``min_words - 1`` words two articles share word for
      word (too short for :func:`shared_passages` at ``min_words``), formulas left out.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    min_words : int, default 8
        The passage minimum of :func:`shared_passages` (runs this long are passages, not listed here).
    short : int, default 5
        Shortest run listed.
    min_ratio : float, default 0.84
        Least spelling similarity (``difflib``) to a word of the other articles.
    resources : Resources, optional
        The corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_a, doc_b, kind, text, detail``, sorted by kind and pair.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "Z"], "text": [
    ...     "Menteri Mantrurov tiba di sana.", "Kata Mantrurov kepada wartawan.", "Denis Manturov hadir lagi."]})
    >>> copying_signals(c)[["doc_a", "doc_b", "kind", "text"]].values.tolist()
    [['a', 'b', 'rare_spelling', 'Mantrurov']]
    """
    from difflib import SequenceMatcher

    res = resources_of(corpus, resources)
    c = corpus.sort_values("doc_id")
    lower_seen: set = set()
    docs_of: dict[str, set] = defaultdict(set)
    for d, t in zip(c["doc_id"], c["text"]):
        for w in WORD_RE.findall(normalize(t)):
            if w.islower():
                lower_seen.add(w)
            elif w[:1].isupper() and w.isalpha() and len(w) >= 5:
                docs_of[w].add(d)
    names = {w for w in docs_of if w.lower() not in lower_seen}  # written only capitalised: a name
    listed = {a for al in res.table("actors.csv")["aliases"] for x in str(al).split("|") for a in x.split()}
    rows = []
    for w in sorted(names):
        ds = docs_of[w]
        if len(ds) != 2:
            continue
        a, b = sorted(ds)
        pool = {v for v in names if v != w and docs_of[v] - ds} | (listed - {w})
        close = [v for v in pool if v[0] == w[0] and abs(len(v) - len(w)) <= 2
                 and SequenceMatcher(None, w.lower(), v.lower()).ratio() >= min_ratio
                 and v.lower() != w.lower()]  # "PIlkada" beside "Pilkada" is a typed capital, not another spelling
        if close:
            rows.append(dict(doc_a=a, doc_b=b, kind="rare_spelling", text=w,
                             detail=f"written so only by these two; elsewhere {', '.join(sorted(close)[:3])}"))
    runs = shared_passages(corpus, min_words=short, n=short, max_gap=0, resources=res)
    runs = runs[(runs["n_words"] < min_words) & (runs["kind"] == "reuse")]
    for r in runs.itertuples(index=False):
        rows.append(dict(doc_a=r.doc_a, doc_b=r.doc_b, kind="short_run", text=r.text,
                         detail=f"{r.n_words} words, below the passage minimum of {min_words}"))
    df = pd.DataFrame(rows, columns=["doc_a", "doc_b", "kind", "text", "detail"])
    return df.sort_values(["kind", "doc_a", "doc_b", "text"], kind="stable").reset_index(drop=True)


def coherence(similarity: pd.DataFrame, *, link: float = 0.15, one_event: float = 0.5,
              many_topics: float = 0.25, min_median: float = 0.03, topics_median: float = 0.015) -> dict:
    """How far a corpus looks like coverage of one event: the largest group of linked articles.

    Two articles are linked when their TF-IDF cosine is at least ``link``; the largest connected
    group's share of the articles, with the median pairwise cosine, decides the verdict. The
    defaults were set on 16 corpora the kit was developed on: the example (1.00 of 5 articles in
    one group), the Danantara launch (0.88 of 16), single events of scraped articles (0.52-0.76 of
    25), keyword slices holding several stories (0.24-0.35) and many-topic slices (0.04-0.12).
    In a large corpus a chain of links can join half the articles of many topics (200 scraped
    articles of all topics: 100 in one group), so one event also needs a median cosine of at least
    ``min_median``: 0.049-0.137 in corpora of one event (Danantara, Raja Ampat mining, the national
    football team, 16-25 articles; the example 0.487), 0.007-0.013 in slices of 200-400 articles
    of all topics; and a median below ``topics_median`` reads as many topics whatever the largest
    group (keyword slices of several stories: 0.017-0.049).

    Parameters
    ----------
    similarity : pandas.DataFrame
        Square article-by-article TF-IDF cosine (:func:`similarity_matrix`).
    link : float, default 0.15
        Cosine from which two articles count as linked.
    one_event, many_topics : float, default 0.5 and 0.25
        Largest-group shares from which the corpus reads as one event, and below which as many topics.
    min_median : float, default 0.03
        The median pairwise cosine one event needs as well (below it, a large group reads as several
        stories chained together).
    topics_median : float, default 0.015
        Below this median pairwise cosine the corpus reads as many topics.

    Returns
    -------
    dict
        ``articles, largest_group, share, median_cosine, verdict`` ("one event", "several stories",
        "many topics"; "too few articles" below 3) and ``outside``: the articles outside the largest group, sorted
        (each shares no cosine of ``link`` or more with any article of that group, directly or through others).

    Examples
    --------
    >>> m = pd.DataFrame([[1, .5, .04], [.5, 1, .05], [.04, .05, 1]], index=list("abc"), columns=list("abc"))
    >>> coherence(m)["largest_group"], coherence(m)["verdict"]
    (2, 'one event')
    >>> m.loc[["a", "b"], "c"] = m.loc["c", ["a", "b"]] = 0.02  # two linked, the pairs share little: median 0.02
    >>> coherence(m)["verdict"]
    'several stories'
    """
    a = similarity.to_numpy(dtype=float)
    n = len(a)
    if n < 3:
        return dict(articles=n, largest_group=n, share=1.0 if n else 0.0,
                    median_cosine=float(a[0, 1]) if n == 2 else float("nan"), verdict="too few articles")
    from scipy.sparse.csgraph import connected_components

    linked = sparse.csr_matrix((a >= link) & ~np.eye(n, dtype=bool))
    _, labels = connected_components(linked, directed=False)
    largest = int(np.bincount(labels).max())
    share = largest / n
    median = float(np.median(a[np.triu_indices(n, 1)]))
    verdict = ("one event" if share >= one_event and median >= min_median
               else "many topics" if share < many_topics or median < topics_median else "several stories")
    group = np.bincount(labels).argmax()
    outside = sorted(str(d) for d, g in zip(similarity.index, labels) if g != group)
    return dict(articles=n, largest_group=largest, share=round(share, 2), median_cosine=round(median, 3),
                verdict=verdict, outside=outside)


def repeated_passages(corpus: pd.DataFrame, min_words: int = 12, *, n: int = 5) -> pd.DataFrame:
    """Passages an article repeats inside itself: a lead printed again at the end, a pasted block, a promo.

    The same shingle machinery as :func:`shared_passages`, within one article: every word
    ``n``-gram that occurs twice or more, aligned along its offset into maximal runs of at least
    ``min_words`` words; a passage is listed once with all the places it occurs. A repeated
    passage that two or more other articles of the same outlet also carry is a template (``kind``
    "boilerplate": a cleaning rule should remove it, see the start-here notebook's learned
    boilerplate); otherwise the article repeats its own text (``kind`` "repeat").

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    min_words : int, default 12
        Shortest repeated passage listed.
    n : int, default 5
        Shingle length.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, n_words, occurrences, starts`` (word positions, "; "-joined),
        ``extra_words`` (the words beyond the first occurrence: what lengths over-count),
        ``kind`` and ``text`` (as written); longest first.

    Examples
    --------
    >>> lead = "Presiden meresmikan jembatan baru di kota itu pada Senin pagi bersama warga."
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [lead + " Warga senang. " + lead]})
    >>> repeated_passages(c)[["n_words", "occurrences", "extra_words", "kind"]].values.tolist()
    [[12, 2, 12, 'repeat']]
    """
    cols = ["doc_id", "outlet", "n_words", "occurrences", "starts", "extra_words", "kind", "text"]
    c = corpus.sort_values("doc_id")
    written = {d: WORD_RE.findall(normalize(t)) for d, t in zip(c["doc_id"], c["text"])}
    outlet_of = dict(zip(c["doc_id"], c["outlet"] if "outlet" in c else [""] * len(c)))
    rows = []
    for d, ws in written.items():
        toks = [w.lower() for w in ws]
        where: dict[tuple, list[int]] = defaultdict(list)
        for i, sh in enumerate(_shingles(toks, n)):
            where[sh].append(i)
        by_offset: dict[int, list[int]] = defaultdict(list)
        for pos in where.values():
            for x in range(len(pos)):
                for y in range(x + 1, len(pos)):
                    if pos[y] - pos[x] >= n:  # overlapping occurrences ("ha ha ha ...") are no repeat
                        by_offset[pos[y] - pos[x]].append(pos[x])
        runs = []  # (length in words, first start, offset)
        for off, starts in by_offset.items():
            starts = sorted(set(starts))
            k = 0
            while k < len(starts):
                j = k
                while j + 1 < len(starts) and starts[j + 1] == starts[j] + 1:
                    j += 1
                length = starts[j] - starts[k] + n
                if length >= min_words:
                    runs.append((min(length, off), starts[k], off))
                k = j + 1
        listed: list[dict] = []  # one per passage; a shorter variant found in more places replaces a longer one
        for length, s, off in sorted(runs, key=lambda t: (-t[0], t[1], t[2])):
            key = tuple(toks[s:s + length])
            keep: list[int] = []
            for i in range(len(toks) - length + 1):
                if tuple(toks[i:i + length]) == key and (not keep or i >= keep[-1] + length):
                    keep.append(i)  # non-overlapping occurrences
            if len(keep) < 2:
                continue
            spans = [(i, i + length) for i in keep]
            hit = [r for r in listed if any(a < y and x < b for a, b in spans for x, y in r["spans"])]
            if hit and all(len(r["spans"]) >= len(spans) for r in hit):
                continue  # a part of a passage already listed
            listed = [r for r in listed if r not in hit] + [dict(length=length, spans=spans)]
        for r in listed:
            first, length = r["spans"][0][0], r["length"]
            rows.append(dict(doc_id=d, outlet=outlet_of[d], n_words=length, occurrences=len(r["spans"]),
                             starts="; ".join(str(a) for a, _ in r["spans"]), extra_words=length * (len(r["spans"]) - 1),
                             kind="repeat", text=" ".join(ws[first:first + length])))
    out = pd.DataFrame(rows, columns=cols)
    if len(out):
        # a template: the same passage in other articles of the outlet
        for k, r in out.iterrows():
            low = r["text"].lower()
            others = sum(1 for d, ws in written.items() if d != r["doc_id"] and outlet_of[d] == r["outlet"]
                         and low in " ".join(w.lower() for w in ws))
            if others >= 2:  # in three or more of the outlet's articles: its template, not this article's text
                out.at[k, "kind"] = "boilerplate"
    return out.sort_values(["n_words", "doc_id"], ascending=[False, True], kind="stable").reset_index(drop=True)


def outlet_reuse(summary: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """Reuse between and within outlets, normalised by the article pairs each comparison rests on.

    Raw sums of shared words make an outlet with more articles look more "copied", and one
    outlet's templates repeated across its own articles swamp every other cell. Here each pair
    of outlets gets the mean, over all its article pairs, of the pair's share of shared text
    (the mean of :func:`passage_summary`'s ``share_of_a`` and ``share_of_b``; 0 for pairs that
    share nothing), and the share of its article pairs that share any passage.

    Parameters
    ----------
    summary : pandas.DataFrame
        From :func:`passage_summary` (article pairs with shared passages).
    corpus : pandas.DataFrame
        Gives each article's outlet.

    Returns
    -------
    pandas.DataFrame
        ``outlet_a, outlet_b, within, article_pairs, pairs_sharing, share_of_pairs, mean_share``
        (``outlet_a <= outlet_b``; ``within`` True for an outlet with itself), rounded to 3 places;
        outlets sorted.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a1", "a2", "b1"], "outlet": ["A", "A", "B"], "text": ["x"] * 3})
    >>> s = pd.DataFrame({"doc_a": ["a1"], "doc_b": ["b1"], "share_of_a": [0.2], "share_of_b": [0.4]})
    >>> outlet_reuse(s, c)[["outlet_a", "outlet_b", "article_pairs", "pairs_sharing", "mean_share"]].values.tolist()
    [['A', 'A', 1, 0, 0.0], ['A', 'B', 2, 1, 0.15], ['B', 'B', 0, 0, nan]]
    """
    out_of = dict(zip(corpus["doc_id"], corpus["outlet"]))
    size = pd.Series(list(out_of.values())).value_counts()
    outlets = sorted(size.index, key=str)
    total: dict[tuple, float] = defaultdict(float)
    sharing: dict[tuple, int] = defaultdict(int)
    for r in summary.itertuples(index=False):
        key = tuple(sorted((out_of[r.doc_a], out_of[r.doc_b]), key=str))
        total[key] += (float(r.share_of_a) + float(r.share_of_b)) / 2
        sharing[key] += 1
    rows = []
    for i, a in enumerate(outlets):
        for b in outlets[i:]:
            pairs = int(size[a] * (size[a] - 1) // 2) if a == b else int(size[a] * size[b])
            rows.append(dict(outlet_a=a, outlet_b=b, within=a == b, article_pairs=pairs, pairs_sharing=sharing[(a, b)],
                             share_of_pairs=round(sharing[(a, b)] / pairs, 3) if pairs else np.nan,
                             mean_share=round(total[(a, b)] / pairs, 3) if pairs else np.nan))
    return pd.DataFrame(rows, columns=["outlet_a", "outlet_b", "within", "article_pairs", "pairs_sharing",
                                       "share_of_pairs", "mean_share"])


def outlet_reuse_matrix(reuse: pd.DataFrame, value: str = "mean_share") -> pd.DataFrame:
    """Square outlet x outlet table of :func:`outlet_reuse` between outlets; the diagonal is left empty.

    Within-outlet reuse (templates, an outlet's own repeated copy) is not comparable with reuse
    between outlets and would set the colour scale: read it in ``reuse[reuse["within"]]``.

    Parameters
    ----------
    reuse : pandas.DataFrame
        From :func:`outlet_reuse`.
    value : str, default "mean_share"
        The column shown (``mean_share``, ``share_of_pairs``, ``pairs_sharing``, ``article_pairs``).

    Returns
    -------
    pandas.DataFrame
        Symmetric; NaN on the diagonal.

    Examples
    --------
    >>> r = pd.DataFrame({"outlet_a": ["A", "A", "B"], "outlet_b": ["A", "B", "B"], "within": [True, False, True],
    ...                   "mean_share": [0.5, 0.1, 0.0]})
    >>> outlet_reuse_matrix(r).values.tolist()
    [[nan, 0.1], [0.1, nan]]
    """
    outlets = sorted(set(reuse["outlet_a"]) | set(reuse["outlet_b"]), key=str)
    m = pd.DataFrame(np.nan, index=pd.Index(outlets, name="outlet"), columns=outlets)
    for r in reuse[~reuse["within"].astype(bool)].itertuples(index=False):
        m.loc[r.outlet_a, r.outlet_b] = m.loc[r.outlet_b, r.outlet_a] = getattr(r, value)
    return m


def passage_table(passages: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """Shared passages in reading order: between outlets first, longest first; then within one outlet; formulas last.

    Parameters
    ----------
    passages : pandas.DataFrame
        From :func:`shared_passages`.
    corpus : pandas.DataFrame
        Gives each article's outlet.

    Returns
    -------
    pandas.DataFrame
        ``scope`` ("between outlets", "within an outlet": a template or an outlet's own copy),
        ``kind`` (reuse or formula), ``n_words``, ``outlet_a, doc_a, start_a, outlet_b, doc_b,
        start_b, text, text_b``.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "X", "Y"]})
    >>> p = pd.DataFrame({"doc_a": ["a", "a", "a"], "doc_b": ["b", "c", "c"], "start_a": [0, 0, 9], "start_b": [0, 0, 0],
    ...                   "n_words": [30, 10, 40], "text": ["t1", "t2", "t3"], "text_b": ["t1", "t2", "t3"],
    ...                   "kind": ["reuse", "reuse", "formula"]})
    >>> passage_table(p, c)[["scope", "kind", "n_words"]].values.tolist()
    [['between outlets', 'reuse', 10], ['within an outlet', 'reuse', 30], ['between outlets', 'formula', 40]]
    """
    out_of = dict(zip(corpus["doc_id"], corpus["outlet"]))
    t = passages.assign(outlet_a=passages["doc_a"].map(out_of), outlet_b=passages["doc_b"].map(out_of))
    t["scope"] = np.where(t["outlet_a"] == t["outlet_b"], "within an outlet", "between outlets")
    order = (t["kind"] == "formula").astype(int) * 2 + (t["scope"] == "within an outlet").astype(int)
    t = t.assign(_o=order).sort_values(["_o", "n_words", "doc_a", "start_a"], ascending=[True, False, True, True],
                                       kind="stable")
    cols = ["scope", "kind", "n_words", "outlet_a", "doc_a", "start_a", "outlet_b", "doc_b", "start_b", "text", "text_b"]
    return t[cols].reset_index(drop=True)
