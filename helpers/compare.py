"""Compare sources: article profiles, similarity, shared (wire) passages, cited sources, actors,
and the facts and dates each article gives.
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from .resources import load_table
from .terms import make_analyzer
from .text import _drop_defined_abbreviations, find_dates, normalize, parse_number, sentences, text_resources

__all__ = ["mattr", "words", "profiles", "similarity_matrix", "shared_passages", "cited_sources",
           "actor_mentions", "extract_facts", "date_checks", "passage_summary", "figures_side_by_side",
           "by_outlet_matrix", "actor_matcher", "most_similar_pair", "shared_words_matrix", "actor_rates"]

_WORD = re.compile(r"\w+(?:[-'.,]\w+)*")
_QUOTE = re.compile(r'"[^"\n]{3,}?"')


def words(text: str) -> list[str]:
    """Lower-case word forms (letters/digits, internal hyphens and separators kept), for shingles.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of str

    Examples
    --------
    >>> words("Putin tiba di Korea-Utara, 10.000 orang.")
    ['putin', 'tiba', 'di', 'korea-utara', '10.000', 'orang']
    """
    return [w.lower() for w in _WORD.findall(normalize(text))]


def mattr(tokens: list[str], window: int = 50) -> float:
    """Moving-average type-token ratio (Covington & McFall 2010): mean TTR over every window.

    Unlike raw TTR it does not fall as a text gets longer. Texts shorter than the window get
    their plain TTR.

    Parameters
    ----------
    tokens : list of str
    window : int, default 50

    Returns
    -------
    float
        Between 0 and 1 (NaN for no tokens).

    Examples
    --------
    >>> mattr(["a", "b", "a", "c"], window=2)
    1.0
    >>> round(mattr(["a", "a", "b"], window=2), 3)
    0.75
    """
    n = len(tokens)
    if n == 0:
        return float("nan")
    if n <= window:
        return len(set(tokens)) / n
    counts: dict[str, int] = defaultdict(int)
    for t in tokens[:window]:
        counts[t] += 1
    total = len(counts)
    for i in range(window, n):
        out, new = tokens[i - window], tokens[i]
        counts[out] -= 1
        if counts[out] == 0:
            del counts[out]
        counts[new] += 1
        total += len(counts)
    return total / ((n - window + 1) * window)


def _source_table(corpus_dir) -> dict[str, str]:
    t = load_table("sources.csv", corpus_dir)
    return dict(zip(t["spelling"].str.lower(), t["source"]))


def _canonical_source(name: str, table: dict[str, str]) -> str:
    key = re.sub(r"^(?:laman|situs|media|kantor berita)\s+", "", name.strip().lower())
    if key in table:
        return table[key]
    return " ".join(w if w.isupper() or "." in w else w[:1].upper() + w[1:] for w in name.split())


_SOURCE_NAME = re.compile(r"\s*(?:laman\s+|situs\s+)?((?:[A-Za-z][\w.&'-]*)(?:\s+(?:[A-Z][\w.&'-]*|News|Times|Post|Journal)){0,4})")


def cited_sources(corpus: pd.DataFrame) -> pd.DataFrame:
    """Media and agencies an article credits: inline cues, source credits and photo credits.

    Inline cues come from ``helpers/data/citation_cues.csv`` ("Dilansir dari", "Diberitakan",
    "Dikutip ... dari laman", "Seperti dinukil", ...); the source is the run of words after the
    cue, or the cue pattern's own ``(?P<source>...)`` group ("KCNA ... melaporkan"); it must
    start with a capital letter or be a known spelling ("reuters"), and not with a stop word
    ("dilansir dari berbagai sumber" credits no one). Credit lines that cleaning set aside
    ("(trtworld.com)", "REUTERS") come from the corpus's ``credits`` column. Names are made canonical with ``helpers/data/sources.csv``.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, source, cue, sentence`` (the sentence, or the credit line), sorted by
        doc_id, then order in the article.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "credits": [""],
    ...                   "text": ["Dilansir dari NYTimes, Putin tiba."]})
    >>> cited_sources(c)[["source", "cue"]].values.tolist()
    [['New York Times', 'dilansir']]
    """
    cdir = corpus.attrs.get("corpus_dir")
    cues = load_table("citation_cues.csv", cdir)
    cue_rx = [(r.cue_id, re.compile(r"\b(?:" + r.pattern + r")", re.IGNORECASE)) for r in cues.itertuples(index=False)]
    table = _source_table(cdir)
    res = text_resources(cdir)
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        order = 0
        for s in sentences(r.text, resources=res):
            found = []
            for cue_id, rx in cue_rx:
                for m in rx.finditer(s):
                    if "source" in rx.groupindex:
                        found.append((m.start(), cue_id, m.group("source").strip()))
                        continue
                    nm = _SOURCE_NAME.match(s, m.end())
                    if not nm or not nm.group(1):
                        continue
                    name = re.split(r"\s*(?:\(|,|\d)", nm.group(1))[0].strip(" .")
                    first = name.split()[0].lower() if name else ""
                    known = name.lower() in table or first in table
                    if name and name[0].isalpha() and (name[0].isupper() or known) \
                            and (known or first not in res.stopwords):
                        found.append((m.start(), cue_id, name))
            for _, cue_id, name in sorted(found):
                rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, source=_canonical_source(name, table),
                                 cue=cue_id, sentence=s, _o=order))
                order += 1
        for item in filter(None, (getattr(r, "credits", "") or "").split("; ")):
            kind, _, val = item.partition(":")
            rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, source=_canonical_source(val, table),
                             cue=kind, sentence=f"({val})" if kind == "source_credit" else val, _o=order))
            order += 1
    df = pd.DataFrame(rows, columns=["doc_id", "outlet", "source", "cue", "sentence", "_o"])
    return df.sort_values(["doc_id", "_o"], kind="stable").drop(columns="_o").reset_index(drop=True)


def profiles(corpus: pd.DataFrame, *, window: int = 50) -> pd.DataFrame:
    """Per-article profile: length, sentences, paragraphs, lexical diversity, quotes, numbers, sources.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    window : int, default 50
        MATTR window (word forms, stop words kept: diversity of the writing, not of content).

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, n_words, n_sentences, n_paragraphs, words_per_sentence, mattr,
        n_quotes, n_numbers, n_sources`` (``n_quotes``: passages in quotation marks;
        ``n_numbers``: figures written in digits, dates excluded; ``n_sources``: distinct cited
        sources), sorted by doc_id; ratios rounded to 3 places.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "credits": [""],
    ...                   "text": ['Ia tiba. "Kami siap," katanya. Ada 10 rudal.']})
    >>> profiles(c)[["n_sentences", "n_quotes", "n_numbers"]].values.tolist()
    [[3, 1, 1]]
    """
    from .describe import text_stats

    src = cited_sources(corpus)
    n_src = src.groupby("doc_id")["source"].nunique()
    facts = extract_facts(corpus)
    n_num = facts[facts["kind"] == "number"].groupby("doc_id").size()
    prof = text_stats(corpus)  # words, sentences, paragraphs, words per sentence
    texts = dict(zip(corpus["doc_id"], corpus["text"]))
    prof["mattr"] = [round(mattr(words(texts[d]), window), 3) for d in prof["doc_id"]]
    prof["n_quotes"] = [len(_QUOTE.findall(normalize(texts[d]))) for d in prof["doc_id"]]
    prof["n_numbers"] = [int(n_num.get(d, 0)) for d in prof["doc_id"]]
    prof["n_sources"] = [int(n_src.get(d, 0)) for d in prof["doc_id"]]
    return prof


def _shingles(w: list[str], n: int) -> list[tuple]:
    return [tuple(w[i:i + n]) for i in range(len(w) - n + 1)]


def similarity_matrix(corpus: pd.DataFrame, method: str = "tfidf", *, n: int = 5,
                      measure: str = "jaccard") -> pd.DataFrame:
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
    c = corpus.sort_values("doc_id")
    ids = c["doc_id"].tolist()
    if method == "tfidf":
        an = make_analyzer(corpus_dir=corpus.attrs.get("corpus_dir"))
        X = TfidfVectorizer(analyzer=an, lowercase=False).fit_transform(c["text"].tolist())
        m = cosine_similarity(X)
    elif method == "shingles":
        if measure not in ("jaccard", "containment"):
            raise ValueError("measure must be 'jaccard' or 'containment'")
        from scipy import sparse

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
    else:
        raise ValueError("method must be 'tfidf' or 'shingles'")
    return pd.DataFrame(np.round(m, 3), index=pd.Index(ids, name="doc_id"), columns=ids)


def shared_passages(corpus: pd.DataFrame, min_words: int = 8, *, n: int = 5, max_gap: int = 3,
                    max_df: float | int = 0.5, max_docs: int = 100, progress: bool = False) -> pd.DataFrame:
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
    max_df : float or int, default 0.5
        Shingles in more than this share (float) or number (int) of articles are ignored; with
        two articles nothing is ignored.
    max_docs : int, default 100
        And in any case shingles in more than this many articles: a phrase that a hundred
        articles share is boilerplate or a formula, not reuse, and indexing it would pair every
        article with every other (memory grows with the square of its count).
    progress : bool, default False
        Show a progress bar (tqdm, on stderr) while aligning candidate pairs.

    Returns
    -------
    pandas.DataFrame
        ``doc_a, doc_b, start_a, end_a, start_b, end_b, n_words, text, text_a, text_b`` (word
        positions in each article's text, end exclusive; ``text`` is the passage as in
        ``doc_a``, ``text_a`` and ``text_b`` its words in each, to read side by side), with
        ``doc_a < doc_b``, sorted by pair and position.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [
    ...     "Kemarin di ibu kota jalanan dihiasi potret Putin dan bendera Rusia pagi ini.",
    ...     "Di Pyongyang jalanan dihiasi potret Putin dan bendera Rusia kata saksi."]})
    >>> shared_passages(c, min_words=6)[["start_a", "end_a", "n_words", "text_a"]].values.tolist()
    [[4, 11, 7, 'jalanan dihiasi potret putin dan bendera rusia']]
    """
    c = corpus.sort_values("doc_id")
    ids = c["doc_id"].tolist()
    toks = [words(t) for t in c["text"]]
    n_docs = len(ids)
    limit = max_df if isinstance(max_df, int) else max(2, int(np.floor(max_df * n_docs)))
    if n_docs <= 2:
        limit = n_docs
    limit = min(limit, max_docs)
    index: dict[tuple, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for d, w in enumerate(toks):
        for i, sh in enumerate(_shingles(w, n)):
            index[sh][d].append(i)
    pair_hits: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for sh, posting in index.items():
        if len(posting) < 2 or len(posting) > limit:
            continue
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
            rows.append(dict(doc_a=ids[a], doc_b=ids[b], start_a=s_a, end_a=e_a, start_b=s_b, end_b=e_b,
                             n_words=e_a - s_a, text=text_a, text_a=text_a, text_b=" ".join(toks[b][s_b:e_b])))
    cols = ["doc_a", "doc_b", "start_a", "end_a", "start_b", "end_b", "n_words", "text", "text_a", "text_b"]
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values(["doc_a", "doc_b", "start_a"], kind="stable").reset_index(drop=True)


def actor_matcher(corpus_dir=None, actors: pd.DataFrame | None = None) -> tuple[re.Pattern, dict, dict]:
    """The gazetteer as one regex: every alias, whole words, longest first, case-sensitive.

    Parameters
    ----------
    corpus_dir : str or Path, optional
        Folder whose ``actors.csv`` extends the kit's.
    actors : pandas.DataFrame, optional
        A gazetteer (``actor, type, aliases``) to use instead.

    Returns
    -------
    tuple
        ``(regex, alias -> actor, actor -> type)``.

    Examples
    --------
    >>> rx, alias, _ = actor_matcher()
    >>> [alias[m] for m in rx.findall("Kim Jong Il dan Kim")]
    ['Kim Jong Il', 'Kim Jong Un']
    """
    actors = load_table("actors.csv", corpus_dir) if actors is None else actors
    alias_to_actor = {}
    for r in actors.itertuples(index=False):
        for a in str(r.aliases).split("|"):
            if a.strip():
                alias_to_actor.setdefault(normalize(a.strip()), r.actor)
    alts = sorted(alias_to_actor, key=lambda s: (-len(s), s))
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])")
    return rx, alias_to_actor, dict(zip(actors["actor"], actors["type"]))


def actor_mentions(corpus: pd.DataFrame, actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """How often each article names each actor, raw and per 1,000 words.

    Aliases come from an editable gazetteer (``helpers/data/actors.csv``: ``actor, type,
    aliases`` with aliases separated by "|"), matched case-sensitively as whole words, longest
    first and without overlap (so "Kim Jong Il" is not also "Kim"). An abbreviation defined in
    parentheses right after its long form ("Korea Utara (Korut)") counts once.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    actors : pandas.DataFrame, optional
        A gazetteer with the same columns; the kit's plus the corpus folder's by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, actor, type, mentions, per_1000_words`` for every article and actor
        (zeros included), sorted by doc_id then actor.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["Kim Jong Il dan Kim bertemu Putin."]})
    >>> m = actor_mentions(c)
    >>> m.set_index("actor").loc[["Kim Jong Il", "Kim Jong Un", "Vladimir Putin"], "mentions"].tolist()
    [1, 1, 1]
    """
    cdir = corpus.attrs.get("corpus_dir")
    rx, alias_to_actor, types = actor_matcher(cdir, actors)
    res = text_resources(cdir)
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        text = _drop_defined_abbreviations(normalize(r.text), res)
        counts: dict[str, int] = defaultdict(int)
        for m in rx.finditer(text):
            counts[alias_to_actor[m.group(0)]] += 1
        nw = len(words(r.text))
        for actor in sorted(types):
            k = counts.get(actor, 0)
            rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, actor=actor, type=types[actor], mentions=k,
                             per_1000_words=round(1000 * k / nw, 2) if nw else 0.0))
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "actor", "type", "mentions", "per_1000_words"])


_NUMBER = re.compile(
    r"(?P<cur>US\$|USD|Rp\.?|\$|€)?\s?"
    r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    r"(?P<pct>%)?"
    r"(?:\s+(?P<mult>ribu|juta|miliar|milyar|triliun))?"
    r"(?:\s+(?P<unit>(?!dan\b|di\b|yang\b|pada\b)[A-Za-z][\w-]*))?"
)


def _identifier_regex(corpus_dir) -> re.Pattern:
    """Words after which a number is an identifier (calendar.csv kind=identifier), before the number."""
    cal = load_table("calendar.csv", corpus_dir)
    words_ = sorted(cal.loc[cal["kind"] == "identifier", "name"], key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words_)
    # "Nomor 19", and the year in "Nomor 19 Tahun 2003"
    return re.compile(r"(?<![\w])(?:" + alt + r")\s*(?:\d+\s+tahun\s*)?$", re.IGNORECASE)


def extract_facts(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every number (value, unit, sentence) and every date (weekday check) in every article.

    Numbers are read the Indonesian way (``10.000`` = 10000, ``4,8 juta`` = 4,800,000,
    ``USD24,5 miliar`` = 24.5e9 USD, ``8,7 persen`` = 8.7 %); the unit is the currency or the word
    after the number and its multiplier (a stop word is no unit; a bare four-digit number from
    1900 to 2100 is a "year"). Digits that belong to a date are reported as the date; numbers
    after an identifier word ("Nomor", "No.", "Pasal", "ayat": ``calendar.csv``) are left out.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, kind`` ("number" or "date"), ``text`` (as written), ``value`` (float;
        NaN for dates), ``unit``, ``date`` (ISO, dates only), ``weekday_written``,
        ``weekday_ok``, ``sentence``; sorted by doc_id and position.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
    ...                   "text": ["Ada 10.000 kontainer dan 4,8 juta peluru, Selasa (18/6/2024)."]})
    >>> extract_facts(c)[["kind", "value", "unit", "date"]].values.tolist()
    [['number', 10000.0, 'kontainer', ''], ['number', 4800000.0, 'peluru', ''], ['date', nan, '', '2024-06-18']]
    """
    res = text_resources(corpus.attrs.get("corpus_dir"))
    ident = _identifier_regex(corpus.attrs.get("corpus_dir"))
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        pos = 0
        for s in sentences(r.text, resources=res):
            s_norm = normalize(s)
            dates = find_dates(s_norm)
            spans = [(d["start"], d["end"]) for d in dates]
            items = []
            for d in dates:
                items.append((d["start"], dict(kind="date", text=d["text"], value=float("nan"), unit="",
                                               date=d["date"] or "", weekday_written=d["weekday_written"] or "",
                                               weekday_ok=d["weekday_ok"])))
            for m in _NUMBER.finditer(s_norm):
                st, en = m.start("num"), m.end("num")
                if any(a <= st < b for a, b in spans):
                    continue
                if re.match(r"[-\w]", s_norm[en:en + 1] or " ") and not m.group("pct"):
                    continue  # part of a word (T-54, Covid-19, 1980-an, 3E)
                if st > 0 and re.match(r"[-\w]", s_norm[st - 1]) and not m.group("cur"):
                    continue
                if ident.search(s_norm, max(0, m.start() - 40), m.start()):
                    continue  # an identifier (UU Nomor 19 Tahun 2003, Pasal 3), not a quantity
                value = parse_number(m.group("num") + (" " + m.group("mult") if m.group("mult") else ""))
                cur = m.group("cur")
                unit = ("%" if m.group("pct") else
                        {"us$": "USD", "$": "USD", "rp": "IDR", "rp.": "IDR", "€": "EUR"}.get(cur.lower(), cur.upper())
                        if cur else (m.group("unit") or "").lower())
                if unit == "persen":
                    unit = "%"
                elif unit in res.stopwords:
                    unit = ""
                if not unit and value is not None and value.is_integer() and 1900 <= value <= 2100 \
                        and re.fullmatch(r"\d{4}", m.group("num")):
                    unit = "year"
                items.append((m.start(), dict(kind="number", text=m.group(0).strip(), value=value, unit=unit,
                                              date="", weekday_written="", weekday_ok=None)))
            for _, it in sorted(items, key=lambda x: x[0]):
                rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, **it, sentence=s, _pos=pos))
                pos += 1
    cols = ["doc_id", "outlet", "kind", "text", "value", "unit", "date", "weekday_written", "weekday_ok", "sentence"]
    df = pd.DataFrame(rows, columns=cols + ["_pos"])
    return df.sort_values(["doc_id", "_pos"], kind="stable").drop(columns="_pos").reset_index(drop=True)


def date_checks(corpus: pd.DataFrame, *, event_pattern: str | None = None) -> pd.DataFrame:
    """Flag dates that disagree: a wrong weekday, and outlets giving different dates for one event.

    The date an article gives for its main event is the first full date in its lead (first
    paragraph), or, with ``event_pattern``, the first full date in a sentence matching that
    regex (e.g. ``"tiba|mendarat|bertemu"``).

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    event_pattern : str, optional
        Regex (case-insensitive) picking the sentences that report the event.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, check, date, detail`` with ``check`` = "weekday_mismatch" or
        "event_date_differs", and one "event_date" row per article giving its event date,
        sorted by check then doc_id.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...                   "text": ["Putin tiba Selasa (18/6/2024).", "Putin tiba Selasa (16/6/2024)."]})
    >>> date_checks(c)["check"].tolist()
    ['event_date', 'event_date', 'event_date_differs', 'event_date_differs', 'weekday_mismatch']
    """
    facts = extract_facts(corpus)
    d = facts[facts["kind"] == "date"]
    rows = []
    for r in d[d["weekday_ok"] == False].itertuples(index=False):  # noqa: E712
        rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, check="weekday_mismatch", date=r.date,
                         detail=f"'{r.text}': {r.date} was not a {r.weekday_written}"))
    event = {}
    rx = re.compile(event_pattern, re.IGNORECASE) if event_pattern else None
    for c in corpus.sort_values("doc_id").itertuples(index=False):
        lead = c.text.split("\n")[0]
        cand = d[(d["doc_id"] == c.doc_id) & (d["date"] != "")]
        if rx is not None:
            cand = cand[cand["sentence"].str.contains(rx)]
        else:
            cand = cand[cand["sentence"].map(lambda s: normalize(s)[:40] in normalize(lead))]
        if len(cand):
            first = cand.iloc[0]
            event[c.doc_id] = (c.outlet, first["date"], first["text"])
            rows.append(dict(doc_id=c.doc_id, outlet=c.outlet, check="event_date", date=first["date"],
                             detail=f"'{first['text']}' in: {first['sentence'][:90]}"))
    if len({v[1] for v in event.values()}) > 1:
        others = ", ".join(f"{k}: {v[1]}" for k, v in sorted(event.items()))
        for k, (outlet, date, text) in sorted(event.items()):
            rows.append(dict(doc_id=k, outlet=outlet, check="event_date_differs", date=date,
                             detail=f"event dates given: {others}"))
    df = pd.DataFrame(rows, columns=["doc_id", "outlet", "check", "date", "detail"])
    return df.sort_values(["check", "doc_id"], kind="stable").reset_index(drop=True)


def passage_summary(passages: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """How much each pair of articles shares: passages, shared words, and share of each article.

    Parameters
    ----------
    passages : pandas.DataFrame
        From :func:`shared_passages`.
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus` (for article lengths in words).

    Returns
    -------
    pandas.DataFrame
        ``doc_a, doc_b, n_passages, shared_words, share_of_a, share_of_b`` (shared words over
        each article's words, 3 places), sorted by shared words, descending.

    Examples
    --------
    >>> p = pd.DataFrame({"doc_a": ["a"], "doc_b": ["b"], "n_words": [5]})
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["w " * 10, "w " * 20]})
    >>> passage_summary(p, c)[["shared_words", "share_of_a", "share_of_b"]].values.tolist()
    [[5.0, 0.5, 0.25]]
    """
    lengths = {r.doc_id: len(words(r.text)) for r in corpus.itertuples(index=False)}
    cols = ["doc_a", "doc_b", "n_passages", "shared_words", "share_of_a", "share_of_b"]
    if passages.empty:
        return pd.DataFrame(columns=cols)
    g = passages.groupby(["doc_a", "doc_b"], sort=True).agg(n_passages=("n_words", "size"),
                                                             shared_words=("n_words", "sum")).reset_index()
    g["share_of_a"] = (g["shared_words"] / g["doc_a"].map(lengths)).round(3)
    g["share_of_b"] = (g["shared_words"] / g["doc_b"].map(lengths)).round(3)
    return g.sort_values(["shared_words", "doc_a", "doc_b"], ascending=[False, True, True])[cols].reset_index(drop=True)


def figures_side_by_side(facts: pd.DataFrame, *, skip_units=("year",)) -> pd.DataFrame:
    """Numbers grouped by unit across outlets, so different figures for the same thing show.

    Parameters
    ----------
    facts : pandas.DataFrame
        From :func:`extract_facts`.
    skip_units : tuple of str, default ("year",)
        Units left out (years are dates, not figures).

    Returns
    -------
    pandas.DataFrame
        ``unit, outlet, values, n_outlets, differs``: one row per unit and outlet, ``values``
        the distinct values that outlet gives (sorted, joined by "; "), ``differs`` True when the
        outlets reporting that unit do not give the same set of values. Units without a name are
        left out. Sorted by unit then outlet.

    Examples
    --------
    >>> f = pd.DataFrame({"kind": ["number"] * 3, "unit": ["kontainer"] * 3, "outlet": ["X", "Y", "Y"],
    ...                   "value": [10000.0, 10000.0, 5000.0]})
    >>> figures_side_by_side(f)[["outlet", "values", "differs"]].values.tolist()
    [['X', '10,000', True], ['Y', '5,000; 10,000', True]]
    """
    n = facts[(facts["kind"] == "number") & (facts["unit"] != "") & (~facts["unit"].isin(skip_units))]
    cols = ["unit", "outlet", "values", "n_outlets", "differs"]
    if n.empty:
        return pd.DataFrame(columns=cols)

    def fmt(v: float) -> str:
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0")

    rows = []
    for unit, g in n.groupby("unit", sort=True):
        per = {o: tuple(sorted(set(x.dropna()))) for o, x in g.groupby("outlet", sort=True)["value"]}
        differs = len(set(per.values())) > 1
        for o, vals in per.items():
            rows.append(dict(unit=unit, outlet=o, values="; ".join(fmt(v) for v in vals),
                             n_outlets=len(per), differs=differs))
    return pd.DataFrame(rows, columns=cols)


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
    if how not in ("mean", "sum"):
        raise ValueError("how must be 'mean' or 'sum'")
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


def actor_rates(mentions: pd.DataFrame, corpus: pd.DataFrame, *, by: str = "doc_id", top: int = 12) -> pd.DataFrame:
    """Mentions per 1,000 words of the most-named actors, per article or pooled per outlet.

    Parameters
    ----------
    mentions : pandas.DataFrame
        From :func:`actor_mentions`.
    corpus : pandas.DataFrame
        Gives each article's length (``n_words``) for pooling.
    by : {"doc_id", "outlet"}, default "doc_id"
        Columns of the result.
    top : int, default 12
        Actors kept, most mentions first (ties alphabetical); actors never named are left out.

    Returns
    -------
    pandas.DataFrame
        Actors x articles (or outlets), rounded to 1 place.

    Examples
    --------
    >>> m = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"], "actor": ["P", "P"], "mentions": [1, 3]})
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [100, 300]})
    >>> actor_rates(m, c, by="outlet").loc["P", "X"]
    np.float64(10.0)
    """
    totals = mentions.groupby("actor")["mentions"].sum()
    named = sorted((a for a in totals.index if totals[a] > 0), key=lambda a: (-totals[a], a))[:top]
    words_of = dict(zip(corpus["doc_id"], corpus["n_words"]))
    m = mentions[mentions["actor"].isin(named)].assign(words=lambda d: d["doc_id"].map(words_of))
    agg = m.groupby(["actor", by])[["mentions", "words"]].sum()
    rate = (1000 * agg["mentions"] / agg["words"]).round(1).unstack(fill_value=0.0)
    return rate.reindex(named)
