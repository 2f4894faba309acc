"""Describe a corpus: sizes per article, the cleaning audit summarised, and data-quality flags."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from .text import find_dates, sentences, text_resources

__all__ = ["text_stats", "audit_summary", "removed_lines", "quality_flags"]


def text_stats(corpus: pd.DataFrame) -> pd.DataFrame:
    """Words, sentences and paragraphs per article.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus` (``doc_id, outlet, text``).

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
    res = text_resources(corpus.attrs.get("corpus_dir"))
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        n_words = len(re.findall(r"\w+(?:[-'.,]\w+)*", r.text))
        n_sent = len(sentences(r.text, resources=res))
        n_par = sum(1 for line in r.text.split("\n") if line.strip())
        rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, n_words=n_words, n_sentences=n_sent,
                         n_paragraphs=n_par,
                         words_per_sentence=round(n_words / n_sent, 1) if n_sent else float("nan")))
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "n_words", "n_sentences", "n_paragraphs",
                                       "words_per_sentence"])


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


def quality_flags(corpus: pd.DataFrame, *, older_days: int = 14) -> pd.DataFrame:
    """Flag what a careful reader should check before trusting an article's text.

    Flags: ``weekday_mismatch`` (a weekday that does not match its date); ``older_date`` (a full
    date more than ``older_days`` days before the article's own date); ``reintroduction`` (a
    later paragraph opens with the lead's full name-and-title phrase as if the story began again
    - with ``older_date``, a sign of an older article appended); ``no_outlet`` (nothing names the
    outlet); ``not_utf8`` (decoded by fallback).

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    older_days : int, default 14
        Gap (days) before a mentioned date counts as older than the article.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, flag, paragraph, detail``, sorted by ``doc_id``, ``paragraph`` and ``flag``;
        ``paragraph`` is 1-based in the cleaned text (0 for the whole article).

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "date": [""], "encoding": ["utf-8"],
    ...                   "text": ["Putin tiba Selasa (16/6/2024)."]})
    >>> quality_flags(c)["flag"].tolist()
    ['weekday_mismatch']
    """
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        paras = [p for p in r.text.split("\n") if p.strip()]
        own = None
        try:
            own = dt.date.fromisoformat(str(r.date)[:10]) if r.date else None
        except ValueError:
            own = None
        lead_runs = _name_runs(paras[0]) if paras else set()
        for i, p in enumerate(paras, 1):
            for d in find_dates(p):
                if d["weekday_ok"] is False:
                    rows.append(dict(doc_id=r.doc_id, flag="weekday_mismatch", paragraph=i,
                                     detail=f"'{d['text']}': {d['date']} was a {d['weekday_actual']}, "
                                            f"not a {d['weekday_written']}"))
                if own and d["date"]:
                    gap = (own - dt.date.fromisoformat(d["date"])).days
                    if gap > older_days:
                        rows.append(dict(doc_id=r.doc_id, flag="older_date", paragraph=i,
                                         detail=f"'{d['text']}' is {gap} days before the article's "
                                                f"date {own.isoformat()}"))
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
