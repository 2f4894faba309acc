"""Describe a corpus: sizes per article, writing profiles, the cleaning audit summarised, and
data-quality flags."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import pandas as pd

from .resources import Resources, resources_of
from .text import NOT_COUNTED, count_words, find_dates, normalize, sentences, words

__all__ = ["text_stats", "audit_summary", "removed_lines", "quality_flags", "mattr", "profiles", "outlet_profiles", "span_summary",
           "learned_boilerplate"]

_QUOTE = re.compile(r'"[^"\n]{3,}?"')


def text_stats(corpus: pd.DataFrame, *, repeats: pd.DataFrame | None = None,
               resources: Resources | None = None) -> pd.DataFrame:
    """Words, sentences and paragraphs per article.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus` (``doc_id, outlet, text``).
    repeats : pandas.DataFrame, optional
        From :func:`helpers.similarity.repeated_passages`: adds ``n_words_once``, the words with a
        passage the article repeats counted once.
    resources : Resources, optional
        Word lists for the sentence splitter; the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, n_words, n_sentences, n_paragraphs, words_per_sentence`` (rounded to
        1 decimal), sorted by ``doc_id``. Words are counted as in ``load_corpus``; sentences by
        :func:`helpers.sentences`; a paragraph is a kept line.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["Satu dua. Tiga.\\nEmpat."]})
    >>> text_stats(c)[["n_words", "n_sentences", "n_paragraphs"]].values.tolist()
    [[4, 3, 2]]
    """
    res = resources_of(corpus, resources)
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        n_words = count_words(r.text)
        n_sent = len(sentences(r.text, resources=res))
        n_par = sum(1 for line in r.text.split("\n") if line.strip())
        rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, n_words=n_words, n_sentences=n_sent,
                         n_paragraphs=n_par,
                         words_per_sentence=round(n_words / n_sent, 1) if n_sent else float("nan")))
    out = pd.DataFrame(rows, columns=["doc_id", "outlet", "n_words", "n_sentences", "n_paragraphs",
                                      "words_per_sentence"])
    if repeats is not None:
        extra = repeats.groupby("doc_id")["extra_words"].sum() if len(repeats) else pd.Series(dtype=int)
        out.insert(3, "n_words_once", [int(n - extra.get(d, 0)) for d, n in zip(out["doc_id"], out["n_words"])])
    return out


def audit_summary(audit: pd.DataFrame, groups: pd.Series | None = None) -> pd.DataFrame:
    """Lines per article and label, from a cleaning audit: what each rule removed, per article.

    Parameters
    ----------
    audit : pandas.DataFrame
        From :func:`helpers.cleaning_audit`.
    groups : pandas.Series, optional
        ``doc_id`` -> group (e.g. outlet): one column per group instead of per article, for
        corpora with many articles.

    Returns
    -------
    pandas.DataFrame
        One row per ``(action, label)``, one column per ``doc_id`` (or group) plus ``total``;
        counts of raw lines. Sorted by action (keep, metadata, drop) then label.

    Examples
    --------
    >>> a = pd.DataFrame({"doc_id": ["x", "x"], "action": ["keep", "drop"], "label": ["body", "blank"]})
    >>> audit_summary(a).loc[("drop", "blank"), "total"]
    np.int64(1)
    """
    order = {"keep": 0, "metadata": 1, "drop": 2}
    cols = audit["doc_id"] if groups is None else audit["doc_id"].map(groups).rename("group")
    t = pd.crosstab([audit["action"], audit["label"]], cols)
    t["total"] = t.sum(axis=1)
    t = t.reset_index()
    t["_o"] = t["action"].map(order)
    t = t.sort_values(["_o", "label"]).drop(columns="_o").set_index(["action", "label"])
    t.columns.name = None
    return t


def removed_lines(audit: pd.DataFrame, *, width: int = 90) -> pd.DataFrame:
    """The lines cleaning set aside or removed (blank lines left out), text shortened for display.

    Parameters
    ----------
    audit : pandas.DataFrame
        From :func:`helpers.cleaning_audit`.
    width : int, default 90
        Longest text shown; longer lines end in "...".

    Returns
    -------
    pandas.DataFrame
        ``doc_id, line_no, action, label, rule, text`` for every non-blank line not kept as is
        (a kept line whose dateline or end marker was trimmed is listed too).

    Examples
    --------
    >>> a = pd.DataFrame({"doc_id": ["x"], "line_no": [1], "action": ["drop"], "label": ["ad"],
    ...                   "rule": ["ad"], "text": ["ADVERTISEMENT"], "cleaned": [""]})
    >>> removed_lines(a)["label"].tolist()
    ['ad']
    """
    trimmed = (audit["action"] == "keep") & (audit["rule"] != "")
    sel = audit[((audit["action"] != "keep") & (audit["label"] != "blank")) | trimmed].copy()
    sel["text"] = sel["text"].str.strip().map(lambda s: s if len(s) <= width else s[: width - 3] + "...")
    return sel[["doc_id", "line_no", "action", "label", "rule", "text"]].reset_index(drop=True)


def _name_runs(paragraph: str, min_words: int = 3) -> set[str]:
    runs = re.findall(r"(?:[A-Z][\w-]+(?:,)?\s+){%d,}[A-Z][\w-]+" % (min_words - 1), paragraph)
    return {r.replace(",", "") for r in runs}


def _own_date(r, zone: str) -> tuple[dt.date | None, str]:
    """An article's own date for the older-date check: its publication date (local), else its event date."""
    pub = getattr(r, "pub_date", None)
    if pub is not None and not pd.isna(pub):
        kind = "last-update date" if getattr(r, "pub_date_kind", "") == "updated" else "publication date"
        return pd.Timestamp(pub).tz_convert(zone).date(), f"{kind} ({zone})"
    ev = str(getattr(r, "event_date", "") or "")
    try:
        return (dt.date.fromisoformat(ev[:10]), "event date") if ev else (None, "")
    except ValueError:
        return None, ""


# the first two characters of a UTF-8 sequence read as Latin-1 or cp1252: "â€" (a quote, dash or bullet), "Ã©" (é)
_MOJIBAKE = re.compile("[\u00c2\u00c3\u00e2][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
                       "\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161"
                       "\u203a\u0153\u017e\u0178]"
                       "|(?<=[A-Za-z])\u00c2[0-9]")
# the second branch: a mis-read superscript after a unit ("km" + A-circumflex + "2" once normalised: 5 in the
# development set, all square metres or kilometres)


def quality_flags(corpus: pd.DataFrame, *, older_days: int = 14, zone: str | None = None,
                  resources: Resources | None = None) -> pd.DataFrame:
    """Flag what a careful reader should check before trusting an article's text.

    Flags: ``weekday_mismatch`` (a weekday that does not match its date); ``older_date`` (a full
    date more than ``older_days`` days before the article's own date: its ``pub_date``, as a local
    date in ``zone``, or else its ``event_date``, and the flag says which, and says "last-update date" where the
    source gives an update time, ``pub_date_kind``); ``reintroduction`` (a
    later paragraph opens with the lead's full name-and-title phrase as if the story began again
    - with ``older_date``, a sign of an older article appended); ``no_outlet`` (nothing names the
    outlet); ``not_utf8`` (decoded by fallback); ``mojibake`` (UTF-8 text a scraper read as Latin-1 or cp1252:
    "â€¢" for a bullet, "Ã©" for "é"; words around it may be split or garbled).

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    older_days : int, default 14
        Gap (days) before a mentioned date counts as older than the article.
    zone : str, optional
        Zone in which a publication timestamp is read as a date; the corpus's (``attrs["zone"]``,
        default "Asia/Jakarta").
    resources : Resources, optional
        Calendar words for dates; the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, flag, paragraph, detail``, sorted by ``doc_id``, ``paragraph`` and ``flag``;
        ``paragraph`` is 1-based in the cleaned text (0 for the whole article).

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "event_date": [""], "encoding": ["utf-8"],
    ...                   "text": ["Putin tiba Selasa (16/6/2024)."]})
    >>> quality_flags(c)["flag"].tolist()
    ['weekday_mismatch']
    """
    res = resources_of(corpus, resources)
    zone = zone or corpus.attrs.get("zone", "Asia/Jakarta")
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        paras = [p for p in r.text.split("\n") if p.strip()]
        own, basis = _own_date(r, zone)
        lead_runs = _name_runs(paras[0]) if paras else set()
        for i, p in enumerate(paras, 1):
            for d in find_dates(p, resources=res):
                if d["weekday_ok"] is False:
                    rows.append(dict(doc_id=r.doc_id, flag="weekday_mismatch", paragraph=i,
                                     detail=f"'{d['text']}': {d['date']} was a {d['weekday_actual']}, "
                                            f"not a {d['weekday_written']}"))
                if own and d["date"]:
                    gap = (own - dt.date.fromisoformat(d["date"])).days
                    if gap > older_days:
                        rows.append(dict(doc_id=r.doc_id, flag="older_date", paragraph=i,
                                         detail=f"'{d['text']}' is {gap} days before the article's "
                                                f"{basis} {own.isoformat()}"))
            bad = _MOJIBAKE.findall(p)
            if bad:
                rows.append(dict(doc_id=r.doc_id, flag="mojibake", paragraph=i,
                                 detail=f"{', '.join(repr(b) for b in sorted(set(bad))[:3])}: UTF-8 text read as Latin-1 "
                                        "or cp1252 by the scraper; words around it may be garbled"))
            if i >= 3:
                opening = " ".join(p.split()[:8])
                for run in sorted(lead_runs):
                    if opening.replace(",", "").startswith(run):
                        rows.append(dict(doc_id=r.doc_id, flag="reintroduction", paragraph=i,
                                         detail=f"opens with '{run}' as the lead does, as if a new "
                                                f"story began: '{' '.join(p.split()[:10])} ...'"))
                        break
        if getattr(r, "outlet", "unknown") in ("unknown", ""):
            rows.append(dict(doc_id=r.doc_id, flag="no_outlet", paragraph=0,
                             detail="no dateline, footer or manifest names the outlet"))
        enc = getattr(r, "encoding", "utf-8")
        if enc not in ("utf-8", "utf-8-sig", "utf-16"):
            rows.append(dict(doc_id=r.doc_id, flag="not_utf8", paragraph=0,
                             detail=f"decoded as {enc}; check accented characters"))
    df = pd.DataFrame(rows, columns=["doc_id", "flag", "paragraph", "detail"])
    return df.sort_values(["doc_id", "paragraph", "flag"], kind="stable").reset_index(drop=True)


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


def profiles(corpus: pd.DataFrame, *, sources: pd.DataFrame | None = None, facts: pd.DataFrame | None = None,
             self_mentions: pd.DataFrame | None = None, window: int = 50,
             resources: Resources | None = None) -> pd.DataFrame:
    """Per-article profile: length, sentences, paragraphs, lexical diversity, quotes, numbers, sources.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    sources : pandas.DataFrame, optional
        From :func:`helpers.attribution.cited_sources`: adds ``n_sources`` (distinct sources credited;
        photo credits, embedded posts and an outlet's credits to itself are not counted).
    facts : pandas.DataFrame, optional
        From :func:`helpers.facts.extract_facts`: adds ``n_numbers`` (figures written in digits,
        dates and years excluded).
    self_mentions : pandas.DataFrame, optional
        From :func:`helpers.terms.self_mentions`: adds ``n_self_mentions`` (times the article names
        its own outlet).
    window : int, default 50
        MATTR window (word forms, stop words kept: diversity of the writing, not of content).
    resources : Resources, optional
        Word lists for the sentence splitter; the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, n_words, n_sentences, n_paragraphs, words_per_sentence, mattr,
        n_quotes`` (passages in quotation marks), then ``n_numbers``, ``n_sources`` and
        ``n_self_mentions`` when their tables are given; sorted by doc_id; ratios rounded to 3 places.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "credits": [""],
    ...                   "text": ['Ia tiba. "Kami siap," katanya. Ada 10 rudal.']})
    >>> profiles(c)[["n_sentences", "n_quotes"]].values.tolist()
    [[3, 1]]
    """
    prof = text_stats(corpus, resources=resources)  # words, sentences, paragraphs, words per sentence
    texts = dict(zip(corpus["doc_id"], corpus["text"]))
    prof["mattr"] = [round(mattr(words(texts[d]), window), 3) for d in prof["doc_id"]]
    prof["n_quotes"] = [len(_QUOTE.findall(normalize(texts[d]))) for d in prof["doc_id"]]
    if facts is not None:
        n_num = facts[(facts["kind"] == "number") & (facts["unit"] != "year")].groupby("doc_id").size()
        prof["n_numbers"] = [int(n_num.get(d, 0)) for d in prof["doc_id"]]
    if sources is not None:
        cited = sources[~sources["kind"].isin(NOT_COUNTED)] if "kind" in sources else sources
        n_src = cited.groupby("doc_id")["source"].nunique()
        prof["n_sources"] = [int(n_src.get(d, 0)) for d in prof["doc_id"]]
    if self_mentions is not None:
        n_self = dict(zip(self_mentions["doc_id"], self_mentions["mentions"]))
        prof["n_self_mentions"] = [int(n_self.get(d, 0)) for d in prof["doc_id"]]
    return prof


def outlet_profiles(prof: pd.DataFrame) -> pd.DataFrame:
    """Per-outlet totals and means of the article profiles: what each outlet's articles add up to.

    Parameters
    ----------
    prof : pandas.DataFrame
        From :func:`profiles`, with ``n_numbers``, ``n_sources`` and ``n_self_mentions`` (its three tables given).

    Returns
    -------
    pandas.DataFrame
        Indexed by outlet (sorted): ``articles``, ``words`` (sum), ``mattr`` (mean), ``quotes``, ``numbers`` and
        ``sources`` (sums: a source credited in two articles counts twice), ``naming_itself`` (articles that name
        their own outlet at least once); rounded to 3 places.

    Examples
    --------
    >>> p = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"], "n_words": [100, 50], "mattr": [0.7, 0.8],
    ...                   "n_quotes": [1, 0], "n_numbers": [2, 3], "n_sources": [1, 1], "n_self_mentions": [0, 2]})
    >>> outlet_profiles(p).loc["X"].tolist()
    [2.0, 150.0, 0.75, 1.0, 5.0, 2.0, 1.0]
    """
    return prof.groupby("outlet").agg(articles=("doc_id", "size"), words=("n_words", "sum"), mattr=("mattr", "mean"),
                                      quotes=("n_quotes", "sum"), numbers=("n_numbers", "sum"),
                                      sources=("n_sources", "sum"),
                                      naming_itself=("n_self_mentions", lambda v: int((v > 0).sum()))).round(3)


def span_summary(spans: pd.DataFrame) -> pd.DataFrame:
    """What cleaning cut from inside lines, per rule: how many spans, in how many articles, an example.

    Parameters
    ----------
    spans : pandas.DataFrame
        From :func:`helpers.clean.cleaning_spans`.

    Returns
    -------
    pandas.DataFrame
        ``rule, spans, articles, example`` (the first span's text), most spans first (ties by rule).

    Examples
    --------
    >>> s = pd.DataFrame({"doc_id": ["a", "a", "b"], "rule": ["x", "x", "y"], "text": ["t1", "t2", "t3"]})
    >>> span_summary(s)[["rule", "spans", "articles"]].values.tolist()
    [['x', 2, 1], ['y', 1, 1]]
    """
    cols = ["rule", "spans", "articles", "example"]
    if spans.empty:
        return pd.DataFrame(columns=cols)
    g = spans.groupby("rule", sort=True).agg(spans=("text", "size"), articles=("doc_id", "nunique"),
                                             example=("text", "first")).reset_index()
    return g.sort_values(["spans", "rule"], ascending=[False, True], kind="stable")[cols].reset_index(drop=True)


def learned_boilerplate(corpus: pd.DataFrame, audit: pd.DataFrame) -> pd.DataFrame:
    """The lines cleaning learned as an outlet's boilerplate (rule ``repeated_in_outlet``), with counts.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus` (its ``attrs["learned_boilerplate"]`` lists what was learned).
    audit : pandas.DataFrame
        From :func:`helpers.cleaning_audit` (gives each learned line as written).

    Returns
    -------
    pandas.DataFrame
        ``outlet, line, articles, outlet_articles``: one row per learned line (the first place it
        occurs, as written), most articles first.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"]})
    >>> c.attrs["learned_boilerplate"] = [{"outlet": "X", "key": "simak berita lain", "articles": 5,
    ...                                    "outlet_articles": 9}]
    >>> a = pd.DataFrame({"doc_id": ["a"], "rule": ["repeated_in_outlet"], "text": ["Simak berita lain!"]})
    >>> learned_boilerplate(c, a)[["outlet", "line", "articles"]].values.tolist()
    [['X', 'Simak berita lain!', 5]]
    """
    from .clean import line_key

    cols = ["outlet", "line", "articles", "outlet_articles"]
    learned = corpus.attrs.get("learned_boilerplate", [])
    if not learned:
        return pd.DataFrame(columns=cols)
    rows = audit[audit["rule"] == "repeated_in_outlet"]
    first = {}
    for t in rows["text"]:
        first.setdefault(line_key(t), t.strip())
    out = pd.DataFrame([dict(outlet=r["outlet"], line=first.get(r["key"], r["key"]), articles=r["articles"],
                             outlet_articles=r["outlet_articles"]) for r in learned], columns=cols)
    return out.sort_values(["articles", "outlet", "line"], ascending=[False, True, True], kind="stable").reset_index(drop=True)


def other_scripts(corpus: pd.DataFrame, *, script: str = "LATIN") -> pd.DataFrame:
    """Per article, the passages written in a script other than the corpus language's.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    script : str, default "LATIN"
        The script of the corpus language (see :func:`helpers.text.script_of`).

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, passages, words, scripts, first`` (the first passage as written), for
        the articles that have any; sorted by doc_id.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"],
    ...                   "text": ["Ia membaca بِسْمِ اللَّهِ lalu pergi.", "Tanpa aksara lain."]})
    >>> other_scripts(c)[["doc_id", "passages", "words", "scripts"]].values.tolist()
    [['a', 1, 2, 'ARABIC']]
    """
    from .text import other_script_passages

    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        found = other_script_passages(r.text, script)
        if found:
            rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, passages=len(found), words=sum(f[3] for f in found),
                             scripts="; ".join(sorted({x for f in found for x in f[2].split("; ")})),
                             first=r.text[found[0][0]:found[0][1]][:80]))
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "passages", "words", "scripts", "first"])


def article_labels(corpus: pd.DataFrame, *, width: int = 22) -> pd.DataFrame:
    """Short, unique labels for articles in charts ("Kompas.com 2"), with the key to read them back.

    An outlet with one article is labelled by its name; with several, by its name and the
    article's number among them (in doc_id order). Long outlet names are shortened to ``width``
    characters; labels stay unique.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus` (``doc_id, outlet``, ``title`` when present).
    width : int, default 22
        Longest outlet part of a label.

    Returns
    -------
    pandas.DataFrame
        The key: ``label, doc_id, outlet, title``, one row per article, in label order.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["b2", "a1", "z"], "outlet": ["Kompas.com", "Kompas.com", "Antara"]})
    >>> article_labels(c)[["label", "doc_id"]].values.tolist()
    [['Antara', 'z'], ['Kompas.com 1', 'a1'], ['Kompas.com 2', 'b2']]
    """
    c = corpus.sort_values(["outlet", "doc_id"], key=lambda s: s.astype(str))
    per = c["outlet"].value_counts()
    rows, seen = [], set()
    for outlet, g in c.groupby("outlet", sort=True):
        # shortened here, not with plots.short_label: describe sits below plots and does not import it
        name = str(outlet) if len(str(outlet)) <= width else str(outlet)[: width - 1].rstrip() + "…"
        for k, r in enumerate(g.itertuples(index=False), start=1):
            label = name if per[outlet] == 1 else f"{name} {k}"
            while label in seen:
                label += "'"
            seen.add(label)
            rows.append(dict(label=label, doc_id=r.doc_id, outlet=outlet, title=getattr(r, "title", "") or ""))
    return pd.DataFrame(rows, columns=["label", "doc_id", "outlet", "title"])


def relabel(table: pd.DataFrame, key: pd.DataFrame, column: str | None = None) -> pd.DataFrame:
    """A table with doc_ids replaced by the short labels of :func:`article_labels`, for a chart.

    Parameters
    ----------
    table : pandas.DataFrame
        Indexed (and, for a matrix, columned) by doc_id, or with a doc_id ``column``.
    key : pandas.DataFrame
        From :func:`article_labels`.
    column : str, optional
        A column holding doc_ids to relabel; by default the index and the columns.

    Returns
    -------
    pandas.DataFrame
        A copy; ids not in the key are left as they are.

    Examples
    --------
    >>> key = pd.DataFrame({"label": ["Kompas.com 1"], "doc_id": ["a1"]})
    >>> relabel(pd.DataFrame({"a1": [1.0]}, index=["a1"]), key).to_dict()
    {'Kompas.com 1': {'Kompas.com 1': 1.0}}
    """
    to = dict(zip(key["doc_id"], key["label"]))
    out = table.copy()
    if column is not None:
        out[column] = out[column].map(lambda d: to.get(d, d))
        return out
    out.index = [to.get(i, i) for i in out.index]
    out.columns = [to.get(c, c) for c in out.columns]
    return out
