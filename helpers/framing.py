"""Framing: frames with their evidence, naming variants, lead versus body, and the dictionary
checked against hand coding. (Quotes and speakers are in :mod:`helpers.attribution`.)

Every score traces back to sentences: :func:`frame_evidence` lists each hit. The lexicons are CSV
files in ``helpers/data`` (``frames.csv``, ``naming.csv``) that a researcher can swap or extend.
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import check_option
from .resources import Resources, load_resources, read_table, resources_of
from .text import UNITS, in_name_flags, normalize, sentences, text_units, tokenize, words

__all__ = ["load_lexicon", "article_domains", "domain_names", "frame_evidence", "frame_scores", "naming_variants", "lead_vs_body",
           "frame_precision", "cohen_kappa", "frame_agreement", "frames_by_outlet", "agreement_sensitivity", "lead_body_difference",
           "frame_coverage", "reader_agreement", "frame_rereads", "judging_sheet", "evidence_precision", "dominant_frames",
           "CLEAR_RULE"]


def _unit_tuples(corpus: pd.DataFrame, unit: str, res: Resources) -> list[tuple]:
    u = text_units(corpus, unit, resources=res)
    return list(u.itertuples(index=False, name=None))


def load_lexicon(lexicon: str | Path | pd.DataFrame | None = None, *, resources: Resources | None = None) -> pd.DataFrame:
    """The frame lexicon: the resources' ``frames.csv`` (the kit's plus a corpus folder's), or your own file.

    Parameters
    ----------
    lexicon : str, Path or DataFrame, optional
        A CSV with columns ``frame, kind, pattern`` (``#`` header lines allowed) or a DataFrame;
        by default the resources' ``frames.csv``.
    resources : Resources, optional
        A corpus folder's resources (:func:`helpers.load_resources`), whose ``frames.csv`` rows
        are added to the kit's (a row with the same frame and pattern replaces the kit's); the
        kit's by default.

    Returns
    -------
    pandas.DataFrame
        ``frame, kind, pattern`` (and any other columns), patterns lower-cased. Optional
        conditions per pattern: ``except`` (globs the word must not match: perang* but not
        perangkat), ``not_followed_by`` / ``not_preceded_by`` (globs the next / previous word must
        not match: salah but not "salah satu"), ``needs_other`` ("yes": a word too common to signal
        the frame alone, counted only beside another of the frame's words in the sentence), and
        ``element`` (words of one element of the frame count as one word towards ``min_words`` of
        :func:`frame_evidence` and for ``needs_other``: the economic frame's "money" - harga, biaya,
        miliar, triliun - and its "change" - naik, turun, kerugian -, so a price alone or a sum written
        in two currencies is one element; empty: each word is its own element), and ``not_in_domain``
        (domains of news, ``sport``, in whose articles the word does not count: a match report's
        "serangan"; :func:`article_domains`).

    Examples
    --------
    >>> sorted(load_lexicon().query("kind == 'generic'")["frame"].unique())
    ['conflict', 'economic', 'human_interest', 'morality', 'responsibility']
    """
    if lexicon is None:
        lex = (resources if resources is not None else load_resources()).table("frames.csv")
    elif isinstance(lexicon, pd.DataFrame):
        lex = lexicon.copy()
    else:
        lex = read_table(lexicon)
    missing = {"frame", "kind", "pattern"} - set(lex.columns)
    if missing:
        raise ValueError(f"frame lexicon lacks columns {sorted(missing)}")
    lex["pattern"] = lex["pattern"].str.strip().str.lower()
    return lex.drop_duplicates(["frame", "pattern"]).reset_index(drop=True)


_RULE_COLUMNS = ("except", "not_followed_by", "not_preceded_by", "needs_other", "not_in_domain", "not_in_name")


def _yes(v) -> bool:
    return str(v if v is not None else "").strip().lower() in ("yes", "true", "1")


def _globs(text: str) -> re.Pattern | None:
    parts = [p.strip().lower() for p in str(text).split("|") if p.strip()]
    return re.compile("|".join(fnmatch.translate(p) for p in parts)) if parts else None


def domain_names(value) -> frozenset:
    """The domains a lexicon row's ``not_in_domain`` cell names ("sport|fiction"), lower case; none for an empty cell.

    Examples
    --------
    >>> sorted(domain_names("Sport | fiction")), domain_names(None), domain_names("no")
    (['fiction', 'sport'], frozenset(), frozenset())
    """
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return frozenset()
    return frozenset(d.strip().lower() for d in str(value).split("|") if d.strip() and d.strip().lower() not in ("nan", "no"))


def _split_lexicon(lex: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """Patterns without conditions (matched per distinct token) and patterns with conditions."""
    cond = pd.Series(False, index=lex.index)
    for c in _RULE_COLUMNS[:-1]:  # not_in_name alone keeps a pattern plain (checked per token below)
        if c in lex:
            cond |= lex[c].fillna("").astype(str).str.strip().ne("") & (lex[c].astype(str).str.strip().str.lower() != "no")
    ruled = [dict(frame=r["frame"], rx=re.compile(fnmatch.translate(r["pattern"])),
                  **{"except": _globs(r.get("except", "")), "after": _globs(r.get("not_followed_by", "")),
                     "before": _globs(r.get("not_preceded_by", "")),
                     "needs_other": _yes(r.get("needs_other")), "not_in_name": _yes(r.get("not_in_name")),
                     "domains": domain_names(r.get("not_in_domain"))})
             for _, r in lex[cond].iterrows()]
    return lex[~cond], ruled


def _frame_order(lex: pd.DataFrame) -> list[str]:
    order = {"generic": 0, "event": 1}
    first = lex.drop_duplicates("frame")
    return [f for f, _ in sorted(zip(first["frame"], first["kind"]), key=lambda t: (order.get(t[1], 2), 0))]


def _written_capitalised(token: str, sentence: str) -> bool:
    """Is the token (a multi-word one by its first word: "tanggung_jawab") written capitalised in the sentence?"""
    head = token.split("_", 1)[0]
    return head[:1].upper() + head[1:] in sentence or head.upper() in sentence


def _element_of(lex: pd.DataFrame):
    """A function (frame, token) -> the frame element the token stands for: its pattern's ``element``, else the token.

    Words of one element (the economic frame's "miliar" and "triliun", both an amount) count as one
    word towards ``min_words``, so a sum written in two currencies is not two signs of the frame.
    """
    rows: dict[str, list[tuple[re.Pattern, str]]] = {}
    if "element" in lex:
        for f, pat, el in zip(lex["frame"], lex["pattern"], lex["element"].fillna("").astype(str).str.strip()):
            if el:
                rows.setdefault(f, []).append((re.compile(fnmatch.translate(pat)), "=" + el))  # never a token
    cache: dict[tuple[str, str], str] = {}

    def element(frame: str, token: str) -> str:
        key = (frame, token)
        if key not in cache:
            cache[key] = next((el for rx, el in rows.get(frame, ()) if rx.match(token)), token)
        return cache[key]
    return element


# the rule whose evidence the readers of sample 22 found clearly its frame (min_words, min_per_article)
CLEAR_RULE = (2, 2)


def _check_min_words(min_words, name: str = "min_words") -> int:
    if isinstance(min_words, bool) or not isinstance(min_words, (int, np.integer)) or min_words < 1:
        raise ValueError(f"{name} must be a whole number of at least 1, not {min_words!r}")
    return int(min_words)


def article_domains(corpus: pd.DataFrame, *, resources: Resources | None = None) -> pd.DataFrame:
    """The domains of news each article belongs to (sport, ...), from the marker words of ``domains.csv``.

    In some domains a frame word takes another sense (a match report's "serangan" is an attack on
    goal); a frame lexicon row's ``not_in_domain`` leaves the word out there. An article belongs to
    a domain when it holds at least the domain's ``min_markers`` distinct marker words.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus` (``doc_id`` and ``text``).
    resources : Resources, optional
        Word lists (``domains.csv``, the kit's plus a corpus folder's); the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, domain, markers, n_markers, min_markers``: one row per article and domain it
        belongs to, with the marker words found (sorted, comma-separated) and the domain's threshold;
        articles of no domain have no row.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Pelatih dan pemain timnas puas dengan laga itu.",
    ...                                                  "Harga beras naik."]})
    >>> article_domains(c)[["doc_id", "domain", "markers"]].values.tolist()
    [['a', 'sport', 'laga, pelatih, pemain, timnas']]
    """
    res = resources_of(corpus, resources)
    return _domain_rows(_unit_tuples(corpus.assign(outlet=""), "sentence", res), corpus["doc_id"], res)


def _domain_rows(units: list[tuple], doc_ids, res: Resources) -> pd.DataFrame:
    """:func:`article_domains` from the articles' text units (``_unit_tuples``), tokenised as frame_evidence does."""
    cols = ["doc_id", "domain", "markers", "n_markers", "min_markers"]
    try:
        table = res.table("domains.csv")
    except (FileNotFoundError, KeyError):
        return pd.DataFrame(columns=cols)
    doms = []
    for d, g in table.groupby("domain", sort=True):
        need = pd.to_numeric(g["min_markers"], errors="coerce").max() if "min_markers" in g else np.nan
        rx = re.compile("|".join(fnmatch.translate(p.strip().lower()) for p in g["pattern"]))
        doms.append((str(d).strip().lower(), rx, max(int(need), 1) if pd.notna(need) else 3))  # 3: the kit's
    toks_of: dict = {}
    for doc_id, _, _, _, text in units:  # the same tokens (and token cache) as frame_evidence's
        toks_of.setdefault(doc_id, set()).update(tokenize(text, stopwords=False, resources=res))
    rows = []
    for doc_id in doc_ids:
        toks = toks_of.get(doc_id, set())
        for d, rx, need in doms:
            found = sorted(t for t in toks if rx.match(t))
            if len(found) >= need:
                rows.append(dict(doc_id=doc_id, domain=d, markers=", ".join(found), n_markers=len(found),
                                 min_markers=need))
    return pd.DataFrame(rows, columns=cols)


def frame_evidence(corpus: pd.DataFrame, lexicon=None, unit: str = "sentence", *, progress: bool = False,
                   resources: Resources | None = None, min_words: int = 1,
                   domains: pd.DataFrame | None = None, min_per_article: int = 1) -> pd.DataFrame:
    """Every frame hit: which words in which sentence (or paragraph) carry which frame.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    lexicon : path or DataFrame, optional
        See :func:`load_lexicon`.
    unit : {"sentence", "paragraph"}, default "sentence"
    progress : bool, default False
        Show a progress bar (tqdm, on stderr).
    resources : Resources, optional
        Word lists (and the lexicon when ``lexicon`` is None); the corpus's own by default.
    min_words : int, default 1
        Distinct elements of a generic frame a unit needs to count as its evidence (event frames,
        the researcher's own, always need one word). Words of one element (the lexicon's
        ``element`` column: the economic frame's money, or its change, gain or loss; human
        interest's people) count once, other words each on their own. 2 trades coverage for
        precision: on IndoSum articles never used to build the lexicon, 100 sentences per rule and
        sample judged blind by three readers were clearly their frame in 45%, 47%, 46% and 38% with
        one word, 73%, 77%, 68% and 65% with two elements (readers' median; ``frame_precision``,
        samples 10-17), and 45% and 71% on 2025 articles of another source (samples 18-19), while
        IndoSum's articles with any generic-frame evidence fall from 1,449 to 433 of 3,463
        (:func:`frame_coverage` says how many on your corpus). On the example corpus, two elements
        agree far less with a reader's hand coding of the articles (notebook 03 section 6).
    domains : pandas.DataFrame, optional
        :func:`article_domains` of the articles (found from their text by default): a lexicon row's
        ``not_in_domain`` leaves its word out of the articles of those domains (conflict's
        "serangan" in a match report).
    min_per_article : int, default 1
        Units of one article that must carry a generic frame (each with ``min_words`` elements) for any
        of them to count: with 2, a frame is evidenced only where the article returns to it, as a frame
        is a pattern an article keeps to rather than a word in passing (Matthes & Kohring 2008).

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, unit_no, paragraph, frame, kind, hits, matched, elements, clear, text``: one
        row per unit and frame it carries; ``matched`` lists the matching tokens, ``elements`` counts
        their distinct elements, and ``clear`` marks a generic frame's unit with two distinct elements in
        an article that carries the frame in two or more such units (``min_words=2,
        min_per_article=2``: the evidence blind readers found clearly its frame in 91% of 100 sentences,
        sample 22 of :func:`frame_precision`).

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["Korut menentang sanksi Barat. Harga beras naik."]})
    >>> frame_evidence(c)[["unit_no", "frame", "matched"]].values.tolist()
    [[1, 'conflict', 'menentang'], [2, 'economic', 'harga, naik']]
    >>> frame_evidence(c, min_words=2)[["unit_no", "frame", "matched"]].values.tolist()  # a price and its change
    [[2, 'economic', 'harga, naik']]
    >>> lex = pd.DataFrame({"frame": ["sanctions"], "kind": ["event"], "pattern": ["sanksi*"]})
    >>> frame_evidence(c, lex)[["frame", "matched"]].values.tolist()  # an event frame needs one word
    [['sanctions', 'sanksi']]
    """
    check_option("unit", unit, UNITS)
    min_words = _check_min_words(min_words)
    min_per_article = _check_min_words(min_per_article, "min_per_article")
    res = resources_of(corpus, resources)
    lex = load_lexicon(lexicon, resources=res)
    order = _frame_order(lex)
    kinds = dict(zip(lex["frame"], lex["kind"]))
    plain, ruled = _split_lexicon(lex)
    # each frame's plain globs as one compiled regex (those not counted inside names as another);
    # each distinct token is matched once
    in_name = plain["not_in_name"].map(_yes) if "not_in_name" in plain else pd.Series(False, index=plain.index)
    rx = {f: re.compile("|".join(fnmatch.translate(p) for p in g["pattern"]))
          for f, g in plain[~in_name].groupby("frame", sort=False)}
    rxn = {f: re.compile("|".join(fnmatch.translate(p) for p in g["pattern"]))
           for f, g in plain[in_name].groupby("frame", sort=False)}
    element = _element_of(lex)
    tuples = _unit_tuples(corpus, unit, res)
    if any(r["domains"] for r in ruled):  # which articles are of a domain where some words mean otherwise
        d = _domain_rows(tuples, corpus["doc_id"], res) if domains is None else domains
        if not {"doc_id", "domain"} <= set(d.columns):
            raise ValueError("domains must be article_domains(corpus): a table with doc_id and domain columns")
        domains_of = {k: frozenset(g["domain"]) for k, g in d.groupby("doc_id")}
    else:
        domains_of = {}
    frames_of: dict[str, tuple] = {}
    name_frames_of: dict[str, tuple] = {}
    ruled_of: dict[str, tuple] = {}
    rows = []
    from tqdm import tqdm

    for doc_id, outlet, k, pi, s in tqdm(tuples, desc="frames", unit="sentences",
                                         disable=not progress):
        matched: dict[str, list[tuple[int, str]]] = {}
        weak: dict[str, list[tuple[int, str]]] = {}
        doc_domains = domains_of.get(doc_id, frozenset())
        toks = tokenize(s, stopwords=False, resources=res)
        names = None
        for i, t in enumerate(toks):
            fs = frames_of.get(t)
            if fs is None:
                fs = frames_of[t] = tuple(f for f in order if f in rx and rx[f].match(t))
            for f in fs:
                matched.setdefault(f, []).append((i, t))
            nfs = name_frames_of.get(t)
            if nfs is None:
                nfs = name_frames_of[t] = tuple(f for f in order if f in rxn and rxn[f].match(t))
            if nfs:
                if names is None and _written_capitalised(t, s):  # only then can it be inside a name
                    names = in_name_flags(s, resources=res)
                if names is None or not (i < len(names) and names[i]):
                    for f in nfs:
                        matched.setdefault(f, []).append((i, t))
            rs = ruled_of.get(t)
            if rs is None:  # the patterns with conditions this word matches, found once per distinct word
                rs = ruled_of[t] = tuple(r for r in ruled
                                         if r["rx"].match(t) and not (r["except"] and r["except"].match(t)))
            for r in rs:
                if r["domains"] & doc_domains:
                    continue  # the word means otherwise in this kind of article: "serangan" in a match report
                if r["not_in_name"]:
                    if names is None and _written_capitalised(t, s):
                        names = in_name_flags(s, resources=res)
                    if names is not None and i < len(names) and names[i]:
                        continue  # part of a capitalised name: Kementerian Agama, Forum Ekonomi
                if not (r["after"] and i + 1 < len(toks) and r["after"].match(toks[i + 1])) \
                        and not (r["before"] and i > 0 and r["before"].match(toks[i - 1])):
                    (weak if r["needs_other"] else matched).setdefault(r["frame"], []).append((i, t))
        for f, ws in weak.items():  # a word too common to signal the frame alone counts beside another
            if f in matched or len({element(f, t) for _, t in ws}) > 1:
                matched.setdefault(f, []).extend(ws)
        for f in order:
            n_elements = len({element(f, t) for _, t in matched[f]}) if f in matched else 0
            if f in matched and (kinds[f] != "generic" or n_elements >= min_words):
                m = [t for _, t in sorted(set(matched[f]))]
                rows.append(dict(doc_id=doc_id, outlet=outlet, unit_no=k, paragraph=pi, frame=f, kind=kinds[f],
                                 hits=len(m), matched=", ".join(m), elements=n_elements, text=s))
    out = pd.DataFrame(rows, columns=["doc_id", "outlet", "unit_no", "paragraph", "frame", "kind", "hits",
                                      "matched", "elements", "text"])
    if min_per_article > 1 and len(out):  # a generic frame the article carries in too few units: none of them
        out = out[(out["kind"] != "generic") | _returns_to(out, min_per_article)].reset_index(drop=True)
    two = (out["kind"] == "generic") & (out["elements"] >= CLEAR_RULE[0])
    out.insert(out.columns.get_loc("text"), "clear", two & _returns_to(out, CLEAR_RULE[1], two))
    return out


def _returns_to(evidence: pd.DataFrame, min_per_article: int, rows: pd.Series | None = None) -> pd.Series:
    """For each evidence row, does its article carry its frame in ``min_per_article`` or more units (counting only
    ``rows`` where given)? The article rule of :func:`frame_evidence` and :func:`frame_coverage`."""
    counted = pd.Series(True, index=evidence.index) if rows is None else rows
    return counted.groupby([evidence["doc_id"], evidence["frame"]]).transform("sum") >= min_per_article


def frame_scores(corpus: pd.DataFrame, lexicon=None, unit: str = "sentence", *, progress: bool = False,
                 resources: Resources | None = None, min_words: int = 1, min_per_article: int = 1) -> pd.DataFrame:
    """Frame scores per article and frame: hits, rate per 1,000 words, share of units, dominant frame.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    lexicon : path or DataFrame, optional
        See :func:`load_lexicon`.
    unit : {"sentence", "paragraph"}, default "sentence"
    progress : bool, default False
        Show a progress bar (tqdm, on stderr).
    resources : Resources, optional
        Word lists (and the lexicon when ``lexicon`` is None); the corpus's own by default.
    min_words : int, default 1
        Distinct elements of a generic frame a unit needs (see :func:`frame_evidence`).
    min_per_article : int, default 1
        Units of an article that must carry a generic frame for any to count (see :func:`frame_evidence`).

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, frame, kind, hits, per_1000_words, units_with_frame, n_units,
        share_of_units, dominant`` for every article and every frame (absent frames are rows of
        zeros, not missing); ``dominant`` marks the frame(s) with most hits in the article, per kind.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["Korut menentang dan mengecam sanksi. Damai."]})
    >>> s = frame_scores(c).set_index("frame")
    >>> s.loc["conflict", ["hits", "units_with_frame", "n_units"]].tolist(), s.loc["conflict", "share_of_units"]
    ([2, 1, 2], np.float64(0.5))
    """
    check_option("unit", unit, UNITS)
    res = resources_of(corpus, resources)
    lex = load_lexicon(lexicon, resources=res)
    order = _frame_order(lex)
    kinds = dict(zip(lex["frame"], lex["kind"]))
    ev = frame_evidence(corpus, lex, unit, progress=progress, resources=res, min_words=min_words,
                        min_per_article=min_per_article)
    units = _unit_tuples(corpus, unit, res)
    n_units: dict[str, int] = {}
    for u in units:
        n_units[u[0]] = n_units.get(u[0], 0) + 1
    agg = ev.groupby(["doc_id", "frame"]).agg(hits=("hits", "sum"), units_with_frame=("hits", "size"))
    agg_d = {key: (int(h), int(u)) for key, h, u in zip(agg.index, agg["hits"], agg["units_with_frame"])}
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        nw = len(words(r.text))
        nu = n_units.get(r.doc_id, 0)
        for f in order:
            hits, uw = agg_d.get((r.doc_id, f), (0, 0))
            rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, frame=f, kind=kinds[f], hits=hits,
                             per_1000_words=round(1000 * hits / nw, 2) if nw else 0.0,
                             units_with_frame=uw, n_units=nu,
                             share_of_units=round(uw / nu, 3) if nu else 0.0))
    df = pd.DataFrame(rows)
    mx = df.groupby(["doc_id", "kind"])["hits"].transform("max")
    df["dominant"] = (df["hits"] == mx) & (df["hits"] > 0)
    return df


def dominant_frames(scores: pd.DataFrame) -> pd.DataFrame:
    """Each article's dominant frame(s), per kind of frame, with "none" where the article has no frame word.

    Parameters
    ----------
    scores : pandas.DataFrame
        From :func:`frame_scores`.

    Returns
    -------
    pandas.DataFrame
        Indexed by (doc_id, outlet), sorted; one column per kind ("event", "generic"): the frames with the most
        hits joined by ", " (a tie names each), or "none" when the article has no hit of that kind, so that no
        article drops out of the table.

    Examples
    --------
    >>> s = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "outlet": ["X", "X", "Y", "Y"], "kind": ["generic"] * 4,
    ...                   "frame": ["conflict", "economic"] * 2, "hits": [2, 1, 0, 0],
    ...                   "dominant": [True, False, False, False]})
    >>> dominant_frames(s)["generic"].tolist()
    ['conflict', 'none']
    """
    articles = pd.MultiIndex.from_frame(scores[["doc_id", "outlet"]].drop_duplicates().sort_values(["doc_id", "outlet"]))
    kinds = sorted(scores["kind"].unique())
    dom = scores[scores["dominant"]].groupby(["doc_id", "outlet", "kind"])["frame"].agg(", ".join).unstack("kind")
    dom = dom.reindex(index=articles, columns=kinds)
    dom.columns.name = "kind"
    return dom.fillna("none")


def frame_coverage(corpus: pd.DataFrame, lexicon=None, rules=(1, 2, CLEAR_RULE), *,
                   resources: Resources | None = None) -> pd.DataFrame:
    """How much of a corpus the generic frames reach under each rule of the evidence: the price of precision.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    lexicon : path or DataFrame, optional
        See :func:`load_lexicon`.
    rules : iterable, default (1, 2, (2, 2))
        The rules to compare: a value of ``min_words``, or a pair ``(min_words, min_per_article)`` (see
        :func:`frame_evidence`; ``(2, 2)`` is the evidence marked ``clear``).
    resources : Resources, optional
        Word lists (and the lexicon when ``lexicon`` is None); the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``min_words, min_per_article, sentences, articles, of_articles, share_of_articles``: generic-frame
        evidence sentences (sentence-frame pairs) and the articles with any, one row per rule, in order of the rule.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...                   "text": ["Perang dan serangan berlanjut. Serangan dan perang lagi.", "Perang usai."]})
    >>> frame_coverage(c)[["min_words", "min_per_article", "sentences", "articles"]].values.tolist()
    [[1, 1, 3, 2], [2, 1, 2, 1], [2, 2, 2, 1]]
    """
    res = resources_of(corpus, resources)
    lex = load_lexicon(lexicon, resources=res)
    n = int(corpus["doc_id"].nunique())
    pairs = set()
    for r in rules:
        k, m = (r, 1) if not isinstance(r, (tuple, list)) else tuple(r)
        pairs.add((_check_min_words(k), _check_min_words(m, "min_per_article")))
    ev_all = frame_evidence(corpus, lex, resources=res)
    ev_all = ev_all[ev_all["kind"] == "generic"]
    rows = []
    for k, m in sorted(pairs):
        ev = ev_all[ev_all["elements"] >= k]
        if m > 1:
            ev = ev[_returns_to(ev, m)]
        rows.append(dict(min_words=k, min_per_article=m, sentences=len(ev), articles=int(ev["doc_id"].nunique()),
                         of_articles=n, share_of_articles=round(ev["doc_id"].nunique() / n, 3) if n else 0.0))
    return pd.DataFrame(rows, columns=["min_words", "min_per_article", "sentences", "articles", "of_articles",
                                       "share_of_articles"])


def naming_variants(corpus: pd.DataFrame, concepts: pd.DataFrame | str | Path | None = None, *,
                    resources: Resources | None = None) -> pd.DataFrame:
    """How each article labels the same thing: counts of each variant of each concept.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    concepts : DataFrame or path, optional
        Columns ``concept, variant, pattern, context`` (see ``helpers/data/naming.csv``); the
        pattern is a case-insensitive regex on whole words; ``context``, when given, must also
        match in the same sentence.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, concept, variant, count`` for every article, concept and variant
        (zeros included), in the table's order.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["Invasi ke Ukraina. Perang Dunia II."]})
    >>> t = pd.DataFrame({"concept": ["war"] * 2, "variant": ["invasi", "perang"],
    ...                   "pattern": [r"invasi\\w*", r"perang\\w*"], "context": ["", "ukraina"]})
    >>> naming_variants(c, t)["count"].tolist()
    [1, 0]
    """
    res = resources_of(corpus, resources)
    if concepts is None:
        table = res.table("naming.csv")
    elif isinstance(concepts, pd.DataFrame):
        table = concepts
    else:
        table = read_table(concepts)
    compiled = [(r.concept, r.variant, re.compile(r"(?<![\w-])(?:" + r.pattern + r")(?![\w-])", re.IGNORECASE),
                 re.compile(r.context, re.IGNORECASE) if str(r.context).strip() else None)
                for r in table.itertuples(index=False)]
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        sents = [normalize(s) for s in sentences(r.text, resources=res)]
        for concept, variant, rx, ctx in compiled:
            n = sum(len(rx.findall(s)) for s in sents if ctx is None or ctx.search(s))
            rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, concept=concept, variant=variant, count=n))
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "concept", "variant", "count"])


def lead_vs_body(corpus: pd.DataFrame, lexicon=None, *, resources: Resources | None = None,
                 min_words: int = 1, min_per_article: int = 1) -> pd.DataFrame:
    """Frame profile of the title plus lead paragraph against the rest of the article.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus` (``title`` is used when present).
    lexicon : path or DataFrame, optional
        See :func:`load_lexicon`.
    resources : Resources, optional
        Word lists (and the lexicon when ``lexicon`` is None); the corpus's own by default.
    min_words : int, default 1
        Distinct elements of a generic frame a sentence needs (see :func:`frame_evidence`).
    min_per_article : int, default 1
        Sentences of the article that must carry a generic frame for any to count (see :func:`frame_evidence`;
        the title counts apart).

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, frame, kind, lead_share, body_share, lead_sentences, body_sentences``:
        the share of sentences carrying the frame in the lead (title + first paragraph) and in
        the body (all later paragraphs). An article of one paragraph has no body: its ``body_share``
        is NaN, not 0, so that it does not pass for an article whose body lacks every frame.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "title": [""],
    ...                   "text": ["Perang dan serangan berlanjut.\\nKunjungan hangat. Konser gala."]})
    >>> lb = lead_vs_body(c).set_index("frame")
    >>> lb.loc["conflict", ["lead_share", "body_share"]].tolist()
    [1.0, 0.0]
    """
    res = resources_of(corpus, resources)
    lex = load_lexicon(lexicon, resources=res)
    c = corpus.sort_values("doc_id")
    doms = article_domains(c, resources=res)
    ev = frame_evidence(c, lex, resources=res, min_words=min_words, domains=doms, min_per_article=min_per_article)
    units = text_units(c, "sentence", resources=res)
    titles = c[["doc_id", "outlet"]].assign(text=c["title"].fillna("") if "title" in c else "")
    titles = titles[titles["text"].str.strip() != ""]
    # headlines are often written in Title Case: there every word looks like part of a name
    lex_t = lex.drop(columns="not_in_name") if "not_in_name" in lex else lex
    ev_t = (frame_evidence(titles, lex_t, resources=res, min_words=min_words, domains=doms) if len(titles)
            else ev.iloc[0:0])
    n_title = {r.doc_id: len(sentences(r.text, resources=res)) for r in titles.itertuples(index=False)}
    out = []
    for r in c.itertuples(index=False):
        u = units[units["doc_id"] == r.doc_id]
        n_lead = int((u["paragraph"] == 1).sum()) + n_title.get(r.doc_id, 0)
        n_body = int((u["paragraph"] > 1).sum())
        e = ev[ev["doc_id"] == r.doc_id]
        et = ev_t[ev_t["doc_id"] == r.doc_id]
        for f in _frame_order(lex):
            ef = e[e["frame"] == f]
            lead_with = int((ef["paragraph"] == 1).sum()) + int((et["frame"] == f).sum())
            body_with = int((ef["paragraph"] > 1).sum())
            out.append(dict(doc_id=r.doc_id, outlet=r.outlet, frame=f, kind=lex.loc[lex.frame == f, "kind"].iloc[0],
                            lead_share=round(lead_with / n_lead, 3) if n_lead else np.nan,
                            body_share=round(body_with / n_body, 3) if n_body else np.nan,
                            lead_sentences=n_lead, body_sentences=n_body))
    return pd.DataFrame(out, columns=["doc_id", "outlet", "frame", "kind", "lead_share", "body_share",
                                      "lead_sentences", "body_sentences"])


def cohen_kappa(a, b) -> float:
    """Cohen's kappa for two codings of the same items: (p_o - p_e) / (1 - p_e).

    Parameters
    ----------
    a, b : sequences of labels, same length

    Returns
    -------
    float
        Kappa; NaN when chance agreement is 1 (both coders used one label only).

    Examples
    --------
    >>> cohen_kappa(["y", "y", "n", "n"], ["y", "n", "n", "n"])
    0.5
    """
    a, b = list(a), list(b)
    if len(a) != len(b) or not a:
        raise ValueError("two codings of the same, non-empty set of items are needed")
    labels = sorted(set(a) | set(b))
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pe = sum((a.count(lab) / n) * (b.count(lab) / n) for lab in labels)
    return float("nan") if pe == 1 else (po - pe) / (1 - pe)


def frame_agreement(scores: pd.DataFrame, hand: pd.DataFrame, *, min_units: int = 2) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Agreement of the dictionary with hand coding: per frame and overall, with every pair listed.

    The dictionary codes a frame present in an article when at least ``min_units`` sentences
    carry it.

    Parameters
    ----------
    scores : pandas.DataFrame
        From :func:`frame_scores`.
    hand : pandas.DataFrame
        Hand coding with ``doc_id, frame, present`` (yes/no), e.g. ``corpus/hand_coding.csv``.
    min_units : int, default 2
        Sentences needed for the dictionary to code "yes".

    Returns
    -------
    tuple of DataFrame
        ``(pairs, summary)``: ``pairs`` has ``doc_id, frame, hand, dictionary, units_with_frame,
        agree``; ``summary`` has ``frame, n, agreement, kappa, hand_yes, dictionary_yes`` per frame
        and an ``all`` row (kappa NaN where a frame has one label only).

    Examples
    --------
    >>> s = pd.DataFrame({"doc_id": ["a", "b"], "frame": ["conflict"] * 2, "units_with_frame": [3, 0]})
    >>> h = pd.DataFrame({"doc_id": ["a", "b"], "frame": ["conflict"] * 2, "present": ["yes", "yes"]})
    >>> frame_agreement(s, h)[1].loc[0, ["hand_yes", "dictionary_yes"]].tolist()
    [2, 1]
    """
    h = hand[["doc_id", "frame", "present"]].copy()
    h["present"] = h["present"].str.strip().str.lower()
    m = h.merge(scores[["doc_id", "frame", "units_with_frame"]], on=["doc_id", "frame"], how="left")
    m["units_with_frame"] = m["units_with_frame"].fillna(0).astype(int)
    m["dictionary"] = np.where(m["units_with_frame"] >= min_units, "yes", "no")
    m = m.rename(columns={"present": "hand"})
    m["agree"] = m["hand"] == m["dictionary"]
    rows = []
    for f, g in list(m.groupby("frame", sort=False)) + [("all", m)]:
        rows.append(dict(frame=f, n=len(g), agreement=round(float(g["agree"].mean()), 3),
                         kappa=round(cohen_kappa(g["hand"], g["dictionary"]), 3),
                         hand_yes=int((g["hand"] == "yes").sum()),
                         dictionary_yes=int((g["dictionary"] == "yes").sum())))
    pairs = m[["doc_id", "frame", "hand", "dictionary", "units_with_frame", "agree"]]
    return pairs.reset_index(drop=True), pd.DataFrame(rows)


def frames_by_outlet(scores: pd.DataFrame) -> pd.DataFrame:
    """Frame scores pooled per outlet: share of the outlet's sentences carrying each frame, and hits.

    Parameters
    ----------
    scores : pandas.DataFrame
        From :func:`frame_scores`.

    Returns
    -------
    pandas.DataFrame
        ``outlet, frame, kind, articles, hits, units_with_frame, n_units, share_of_units,
        hit_share`` (``hit_share``: the frame's share of the outlet's hits within its kind), in the
        lexicon's frame order.

    Examples
    --------
    >>> s = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"], "frame": ["f", "f"], "kind": ["generic"] * 2,
    ...                   "hits": [2, 0], "units_with_frame": [1, 0], "n_units": [2, 2]})
    >>> frames_by_outlet(s)[["share_of_units", "hit_share"]].values.tolist()
    [[0.25, 1.0]]
    """
    order = list(dict.fromkeys(scores["frame"]))
    g = scores.groupby(["outlet", "frame", "kind"], sort=False).agg(
        articles=("doc_id", "nunique"), hits=("hits", "sum"), units_with_frame=("units_with_frame", "sum"),
        n_units=("n_units", "sum")).reset_index()
    g["share_of_units"] = (g["units_with_frame"] / g["n_units"]).round(3)
    tot = g.groupby(["outlet", "kind"])["hits"].transform("sum")
    g["hit_share"] = (g["hits"] / tot.where(tot > 0)).fillna(0).round(3)
    g["_o"] = g["frame"].map({f: i for i, f in enumerate(order)})
    return g.sort_values(["outlet", "_o"]).drop(columns="_o").reset_index(drop=True)


def agreement_sensitivity(scores: pd.DataFrame, hand: pd.DataFrame, thresholds=(1, 2, 3)) -> pd.DataFrame:
    """Overall agreement with hand coding at each dictionary threshold (sentences needed for "yes").

    Shown beside the pre-set threshold, so the threshold is not chosen after seeing the agreement.

    Parameters
    ----------
    scores : pandas.DataFrame
        From :func:`frame_scores`.
    hand : pandas.DataFrame
        Hand coding (``doc_id, frame, present``).
    thresholds : iterable of int, default (1, 2, 3)

    Returns
    -------
    pandas.DataFrame
        ``min_sentences, agreement, kappa, hand_yes, dictionary_yes``, one row per threshold.

    Examples
    --------
    >>> s = pd.DataFrame({"doc_id": ["a", "b"], "frame": ["f", "f"], "units_with_frame": [2, 1]})
    >>> h = pd.DataFrame({"doc_id": ["a", "b"], "frame": ["f", "f"], "present": ["yes", "no"]})
    >>> agreement_sensitivity(s, h, (1, 2))["agreement"].tolist()
    [0.5, 1.0]
    """
    rows = []
    for k in thresholds:
        overall = frame_agreement(scores, hand, min_units=k)[1].set_index("frame").loc["all"]
        rows.append(dict(min_sentences=k, agreement=overall["agreement"], kappa=overall["kappa"],
                         hand_yes=int(overall["hand_yes"]), dictionary_yes=int(overall["dictionary_yes"])))
    return pd.DataFrame(rows)


def lead_body_difference(lb: pd.DataFrame, by: str = "doc_id") -> pd.DataFrame:
    """Lead share minus body share of each frame, per article or as the mean per outlet.

    Parameters
    ----------
    lb : pandas.DataFrame
        From :func:`lead_vs_body`.
    by : {"doc_id", "outlet"}, default "doc_id"

    Returns
    -------
    pandas.DataFrame
        Frames (lexicon order) x articles or outlets, rounded to 3 places; an article with no body
        (one paragraph) is left out, and an outlet whose articles all lack one.

    Examples
    --------
    >>> lb = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "frame": ["f"], "lead_share": [1.0], "body_share": [0.25]})
    >>> lead_body_difference(lb).loc["f", "a"]
    np.float64(0.75)
    """
    check_option("by", by, ("doc_id", "outlet"))
    d = lb.assign(diff=lb["lead_share"] - lb["body_share"])
    t = d.groupby(["frame", by], sort=False)["diff"].mean().round(3).unstack()
    t.columns.name = None
    return t.loc[list(dict.fromkeys(lb["frame"]))].dropna(axis=1, how="all")


def _word_rule(lex: pd.DataFrame, word: str) -> str:
    """What a frame's lexicon does with one word: alone, needs a second word, excluded, not in the lexicon."""
    for r in lex.to_dict("records"):
        if fnmatch.fnmatchcase(word, r["pattern"]):
            exc = str(r.get("except", "") or "")
            if exc and any(fnmatch.fnmatchcase(word, e) for e in exc.split("|")):
                return "excluded"
            return "needs a second word" if str(r.get("needs_other", "")).strip().lower() in ("yes", "true", "1") else "alone"
    return "not in the lexicon"


def frame_precision(by: str = "frame", *, samples=None, min_words: int | None = None,
                    min_per_article: int | None = None, screened: bool = False) -> pd.DataFrame:
    """The kit's hand check of its generic-frame dictionary outside the example: precision per sample and frame.

    Samples of 100 evidence sentences (:func:`frame_evidence`, generic frames) from events other than
    the example, judged yes / loose / no (``helpers/validation/frame_precision.csv``; the sentences
    themselves are not stored). Samples 1-7 had one reader; samples 8-21 had three (a new three for each
    pair), each blind to the rule and to the others, and their judgment of record is the readers' median on the scale
    no < loose < yes (what at least two of them said, or "loose" when all three differ).

    Parameters
    ----------
    by : {"frame", "word"}, default "frame"
        ``"frame"``: one row per sample and frame, plus an ``all`` row per sample. ``"word"``: over
        the samples, one row per frame and word for the sentences where that word was the frame's
        only match - the counts behind the lexicon's ``needs_other`` column (a word whose lone hits
        were mostly not its frame needs a second word of the frame). Hits whose words stood inside
        a capitalised name (the file's ``in_name`` column; no longer hits under the lexicon's
        ``not_in_name``) are left out.
    samples : iterable of int, optional
        Only these samples (e.g. those a lexicon was set on, leaving the latest as its test); all by
        default.
    min_words : int, optional
        Only the samples that measured this rule of :func:`frame_evidence` (1, the default rule, in
        samples 1-8 and the even samples 10-18; 2 in the odd samples 9-19 and in 22 and 23); all by default.
    min_per_article : int, optional
        Only the samples that measured this rule of :func:`frame_evidence` (2 in samples 22 and 24, the evidence
        marked ``clear``; 1, no such rule, in every other); all by default.
    screened : bool, default False
        Also the samples that measured a screen the kit tried and did not adopt (samples 20 and 21:
        hits drawn only where a classifier fitted on samples 1-19 gave them a probability of at
        least 0.75 or 0.7 of being clearly their frame; the file's ``screen`` column). Left out by
        default: they measure no rule the kit has.

    Returns
    -------
    pandas.DataFrame
        ``sample, lexicon, min_words, min_per_article, frames, frame, readers, yes, loose, no, n, strict, lenient,
        strict_1, strict_2, strict_3`` (``frames``: the frames a sample was limited to, "all" for every generic
        frame; sample 24 took every clear sentence of the four frames other than economic that no reader had
        judged): ``yes, loose, no``, ``strict`` (yes / n) and ``lenient`` ((yes + loose) / n) from the judgment of
        record; ``strict_k``: what reader k alone found clearly their
        frame, empty (NaN) where the sample had no reader k; 2 places. With ``by="word"``: ``frame,
        word, yes, loose, no, n, strict, lenient, now``, sorted by frame, then ``strict`` and word;
        ``now`` says what the kit's lexicon does with the word today: "alone" (counts alone), "needs
        a second word", "excluded" (by a pattern's ``except``) or "not in the lexicon".

    Examples
    --------
    >>> p = frame_precision()
    >>> p.loc[(p["frame"] == "all") & (p["frames"] == "all"), "n"].unique().tolist()  # sample 24: 61, four frames
    [100]
    >>> p.loc[(p["frame"] == "all") & (p["sample"] == 9), ["readers", "strict", "strict_1", "strict_2", "strict_3"]].values.tolist()
    [[3.0, 0.7, 0.65, 0.8, 0.6]]
    >>> w = frame_precision(by="word")
    >>> int(w["n"].sum()) <= int(p.loc[p["frame"] == "all", "n"].sum())
    True
    """
    check_option("by", by, ("frame", "word"))
    judged = _judgments(screened=screened)
    if samples is not None:
        judged = judged[judged["sample"].isin([int(k) for k in samples])]
    if min_words is not None:
        judged = judged[judged["min_words"] == _check_min_words(min_words)]
    if min_per_article is not None:
        judged = judged[judged["min_per_article"] == _check_min_words(min_per_article, "min_per_article")]

    def counts(h: pd.DataFrame, readers: bool = False) -> dict:
        out = _tally(h["record"])
        if readers:  # each reader alone
            for k, col in enumerate(_READERS, start=1):
                j = h[col][h[col] != ""]
                out[f"strict_{k}"] = round(float((j == "yes").mean()), 2) if len(j) else np.nan
        return out

    rows = []
    if by == "word":
        if "in_name" in judged:  # hits inside a capitalised name are no longer hits (not_in_name)
            judged = judged[~judged["in_name"].map(_yes)]
        words = judged["matched"].str.split(",").apply(lambda ws: sorted({w.strip() for w in ws}))
        lone = judged[words.str.len() == 1].assign(word=words.str[0])
        for (frame, word), h in lone.groupby(["frame", "word"], sort=True):
            rows.append(dict(frame=frame, word=word, **counts(h)))
        out = pd.DataFrame(rows, columns=["frame", "word", "yes", "loose", "no", "n", "strict", "lenient"])
        lex = load_lexicon()
        out["now"] = [_word_rule(lex[lex["frame"] == f], w) for f, w in zip(out["frame"], out["word"])]
        return out.sort_values(["frame", "strict", "word"], kind="mergesort").reset_index(drop=True)
    for (sample, lexicon, rule, per, frames), g in judged.groupby(
            ["sample", "lexicon", "min_words", "min_per_article", "frames"], sort=True):
        n_readers = int((g[list(_READERS)] != "").any().sum())
        for frame, h in list(g.groupby("frame", sort=True)) + [("all", g)]:
            rows.append(dict(sample=sample, lexicon=lexicon, min_words=rule, min_per_article=per,
                             frames=frames.replace("|", ", ") or "all", frame=frame, readers=n_readers,
                             **counts(h, readers=True)))
    return pd.DataFrame(rows, columns=["sample", "lexicon", "min_words", "min_per_article", "frames", "frame", "readers",
                                       "yes", "loose", "no", "n", "strict", "lenient", "strict_1", "strict_2", "strict_3"])


def reader_agreement(*, screened: bool = False) -> pd.DataFrame:
    """How far the readers of the same evidence sentences agree, per sample and pair of readers.

    Parameters
    ----------
    screened : bool, default False
        Also the samples of the screen the kit did not adopt (see :func:`frame_precision`).

    Returns
    -------
    pandas.DataFrame
        ``sample, min_words, pair`` ("1-2", "1-3", "2-3"), ``n, n_agree, agree, kappa, yes_a, yes_b,
        yes_vs_loose, any_no_vs_yes``: sentences judged by both readers of the pair, how many and
        what share they judged alike (yes / loose / no), Cohen's kappa (:func:`cohen_kappa`), each
        one's "clearly their frame" count, the disagreements that lie between yes and loose, and
        those between yes and no. Samples with one reader have no rows.

    Examples
    --------
    >>> a = reader_agreement()
    >>> a[["sample", "pair"]].values.tolist()[:3], int(a.loc[a["sample"] < 24, "n"].min())
    ([[8, '1-2'], [8, '1-3'], [8, '2-3']], 100)
    """
    cols = ["sample", "min_words", "pair", "n", "n_agree", "agree", "kappa", "yes_a", "yes_b", "yes_vs_loose",
            "any_no_vs_yes"]
    judged = _judgments(screened=screened)
    rows = []
    for sample, g in judged.groupby("sample", sort=True):
        for i in range(len(_READERS)):
            for k in range(i + 1, len(_READERS)):
                both = g[(g[_READERS[i]] != "") & (g[_READERS[k]] != "")]
                if both.empty:
                    continue
                a, b = both[_READERS[i]].tolist(), both[_READERS[k]].tolist()
                pairs = list(zip(a, b))
                same = sum(x == y for x, y in pairs)
                rows.append(dict(sample=sample, min_words=int(both["min_words"].iloc[0]), pair=f"{i + 1}-{k + 1}",
                                 n=len(both), n_agree=same, agree=round(same / len(both), 2),
                                 kappa=round(cohen_kappa(a, b), 2), yes_a=a.count("yes"), yes_b=b.count("yes"),
                                 yes_vs_loose=sum({x, y} == {"yes", "loose"} for x, y in pairs),
                                 any_no_vs_yes=sum({x, y} == {"yes", "no"} for x, y in pairs)))
    return pd.DataFrame(rows, columns=cols)


def frame_rereads() -> pd.DataFrame:
    """Second readings of the kit's frame-precision samples: do their figures hold with other readers or wording?

    Three new model readers per reading judged a sample's sentences again (``helpers/validation/frame_rereads.csv``,
    whose header says what each reading tests): samples 22 and 23 with instructions that say more of "loose"
    (``reread`` "fuller instructions"), and sample 19 with the instructions it had, by new readers ("new readers").

    Returns
    -------
    pandas.DataFrame
        ``reread, sample, n, yes, loose, no, strict, lenient, record_strict, difference``: the reading's
        figures from its readers' median (as :func:`frame_precision`), the sample's figure of record, and the
        reading's ``strict`` minus it, in points (2 places).

    Examples
    --------
    >>> r = frame_rereads().set_index(["reread", "sample"])
    >>> r.loc[("new readers", 19), ["strict", "record_strict", "difference"]].tolist()
    [0.78, 0.71, 0.07]
    """
    reads = read_table(Path(__file__).parent / "validation" / "frame_rereads.csv")
    cols = ["judgment_1", "judgment_2", "judgment_3"]
    reads["record"] = [_median_judgment(v) for v in reads[cols].fillna("").astype(str).values]
    record = frame_precision(screened=True)
    record = record[record["frame"] == "all"].set_index("sample")["strict"]
    rows = []
    for (reread, sample), g in reads.groupby(["reread", "sample"], sort=True):
        t = _tally(g["record"])
        rec = float(record.get(int(sample), np.nan))
        rows.append(dict(reread=reread, sample=int(sample), **t, record_strict=rec,
                         difference=round(t["strict"] - rec, 2)))
    return pd.DataFrame(rows, columns=["reread", "sample", "yes", "loose", "no", "n", "strict", "lenient",
                                       "record_strict", "difference"])[
        ["reread", "sample", "n", "yes", "loose", "no", "strict", "lenient", "record_strict", "difference"]]


JUDGMENTS = ("yes", "loose", "no")
_READERS = ("judgment", "judgment_2", "judgment_3")


def _tally(judgments: pd.Series) -> dict:
    """``yes, loose, no, n``, ``strict`` (yes / n) and ``lenient`` ((yes + loose) / n, 2 places) of judgments."""
    c = judgments.value_counts()
    yes, loose, no = (int(c.get(k, 0)) for k in JUDGMENTS)
    n = len(judgments)
    return dict(yes=yes, loose=loose, no=no, n=n, strict=round(yes / n, 2), lenient=round((yes + loose) / n, 2))


def _median_judgment(values) -> str:
    """The median of judgments on the scale no < loose < yes (the lower middle one for an even count)."""
    scale = JUDGMENTS[::-1]  # no, loose, yes
    rank = sorted(scale.index(v) for v in values if v)
    return scale[rank[(len(rank) - 1) // 2]] if rank else ""


def _judgments(*, screened: bool = True) -> pd.DataFrame:
    """The kit's frame-precision judgments (``helpers/validation/frame_precision.csv``), typed:
    ``sample``, ``min_words`` and ``min_per_article`` as whole numbers (1 where not given), ``frames`` (the frames a
    sample was limited to, "|"-separated, "" for every generic frame), each reader's judgment ("" where
    that reader did not judge), ``screen`` (the probability a screened sample's hits needed, else "";
    with ``screened=False`` those samples are left out) and ``record``, the judgment of record: the
    first reader's, or with three readers their median."""
    judged = read_table(Path(__file__).parent / "validation" / "frame_precision.csv")
    judged["sample"] = judged["sample"].astype(int)
    for col in ("min_words", "min_per_article"):
        judged[col] = pd.to_numeric(judged[col], errors="coerce").fillna(1).astype(int) if col in judged else 1
    for col in _READERS + ("screen", "frames"):
        judged[col] = judged[col].fillna("").astype(str).str.strip() if col in judged else ""
    several = (judged[list(_READERS)] != "").sum(axis=1) >= 3
    judged["record"] = judged["judgment"]
    judged.loc[several, "record"] = [_median_judgment(r) for r in judged.loc[several, list(_READERS)].values]
    return judged if screened else judged[judged["screen"] == ""]


def judging_sheet(evidence: pd.DataFrame, n: int = 100, *, random_state: int = 0) -> pd.DataFrame:
    """A blind sheet of generic-frame evidence to judge by hand: how precise is the dictionary on *your* corpus?

    The kit's own check (:func:`frame_precision`) found the precision to differ from one kind of
    news to another, so a share of frames is only as good as its evidence on the corpus at hand.
    This draws evidence sentences at random for a reader to judge with Semetko & Valkenburg's
    coding questions: ``yes`` (the sentence, read alone, carries the frame), ``loose`` (weakly or
    in passing) or ``no`` (the word means something else, or is part of a name). Save the judged
    sheet as ``frame_judgments.csv`` in the corpus folder; notebook 03 then reports the precision
    (:func:`evidence_precision`).

    Parameters
    ----------
    evidence : pandas.DataFrame
        :func:`frame_evidence` (rows of kind "generic" are drawn; event frames are the researcher's own).
    n : int, default 100
        Sentence-frame pairs to draw (all of them when there are fewer).
    random_state : int, default 0
        Seed of the draw; the same evidence and seed give the same sheet.

    Returns
    -------
    pandas.DataFrame
        ``item`` (1..n), ``doc_id, unit_no, frame, matched, sentence``, and ``judgment`` (empty, to
        fill in), in a random order.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["Korut menentang dan mengecam sanksi. Harga naik."]})
    >>> judging_sheet(frame_evidence(c))[["item", "frame", "matched", "judgment"]].values.tolist()
    [[1, 'economic', 'harga, naik', ''], [2, 'conflict', 'menentang, mengecam', '']]
    """
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be a whole number of at least 1, not {n!r}")
    ev = evidence[evidence["kind"] == "generic"] if "kind" in evidence else evidence
    ev = ev.sort_values(["doc_id", "unit_no", "frame"], kind="mergesort")
    take = ev.sample(n=min(int(n), len(ev)), random_state=random_state)
    out = take[["doc_id", "unit_no", "frame", "matched", "text"]].rename(columns={"text": "sentence"})
    out.insert(0, "item", range(1, len(out) + 1))
    return out.assign(judgment="").reset_index(drop=True)


def evidence_precision(judged: pd.DataFrame, *, source: str = "the judged sheet") -> pd.DataFrame:
    """Precision of the frame evidence from a judged sheet (:func:`judging_sheet`), per frame, with 95% intervals.

    Parameters
    ----------
    judged : pandas.DataFrame
        At least ``frame`` and ``judgment`` (yes / loose / no, any case; an empty judgment is a
        sentence not judged yet and is left out).
    source : str, default "the judged sheet"
        The file's name, used in error messages.

    Returns
    -------
    pandas.DataFrame
        ``frame, yes, loose, no, n, strict, strict_low, strict_high, lenient``: ``strict`` = yes / n
        with its 95% Wilson interval (``strict_low``, ``strict_high``), ``lenient`` = (yes + loose) /
        n, 2 places; one row per frame and an ``all`` row. ``attrs["unjudged"]``: sentences left
        empty.

    Raises
    ------
    ValueError
        A column is missing, a judgment is not yes / loose / no (the items are named), or nothing
        is judged.

    Examples
    --------
    >>> j = pd.DataFrame({"frame": ["conflict"] * 4 + ["economic"], "judgment": ["yes", "Yes", "loose", "no", ""]})
    >>> evidence_precision(j)[["frame", "yes", "n", "strict", "strict_low", "strict_high"]].values.tolist()
    [['conflict', 2, 4, 0.5, 0.15, 0.85], ['all', 2, 4, 0.5, 0.15, 0.85]]
    """
    from scipy.stats import binomtest

    missing = [c for c in ("frame", "judgment") if c not in judged]
    if missing:
        raise ValueError(f"{source}: no column {', '.join(repr(c) for c in missing)} (it needs frame and judgment)")
    j = judged["judgment"].fillna("").astype(str).str.strip().str.lower()
    bad = j[(j != "") & ~j.isin(JUDGMENTS)]
    if len(bad):
        label = judged.loc[bad.index, "item"] if "item" in judged else pd.Series(bad.index + 1, index=bad.index)
        shown = ", ".join(f"{i} ({v!r})" for i, v in zip(label.head(5), bad.head(5)))
        raise ValueError(f"{source}: a judgment must be yes, loose or no; item {shown}"
                         + (f" and {len(bad) - 5} more" if len(bad) > 5 else ""))
    done = judged.assign(judgment=j)[j != ""]
    if done.empty:
        raise ValueError(f"{source}: no sentence is judged yet (fill the judgment column with yes, loose or no)")
    rows = []
    for frame, h in list(done.groupby("frame", sort=True)) + [("all", done)]:
        t = _tally(h["judgment"])
        ci = binomtest(t["yes"], t["n"]).proportion_ci(confidence_level=0.95, method="wilson")
        rows.append(dict(frame=frame, **t, strict_low=round(float(ci.low), 2), strict_high=round(float(ci.high), 2)))
    out = pd.DataFrame(rows, columns=["frame", "yes", "loose", "no", "n", "strict", "strict_low", "strict_high",
                                      "lenient"])
    out.attrs["unjudged"] = int((j == "").sum())
    return out
