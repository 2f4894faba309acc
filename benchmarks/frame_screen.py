"""Rebuild the frame screen (not a speed benchmark): ``helpers/data/frame_screen.csv`` from the kit's judgments.

Run from the project root::

    .venv/bin/python -m benchmarks.frame_screen            # prints what it would write, with a cross-validation
    .venv/bin/python -m benchmarks.frame_screen --update   # also rewrites helpers/data/frame_screen.csv

The judgments (``helpers/validation/frame_precision.csv``) name each sentence by ``doc_id`` and
``unit_no`` only: the articles are not redistributable. This script finds them again in
``../shared`` (the development set, IndoSum's development articles and the Danantara sample), like
the benchmarks it needs those files and stops with a message when they are missing. A judged hit
whose sentence no longer holds its matched words (the cleaning has changed since) is left out.
The judgment of record (the readers' median) is the label; see :func:`helpers.framing.fit_frame_screen`.

The cross-validation leaves out one pair of samples at a time (samples 8-9, 10-11, ... 18-19, each
pair drawn from articles none of the others used) and reports, on the held-out pairs from
sample 10 on, the share of screened hits judged ``yes`` at several thresholds.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
SOURCES = [SHARED / "bulk" / "indonews-dev.jsonl", SHARED / "bulk" / "indosum-dev.jsonl",
           SHARED / "samples" / "danantara-launch-2025-02-24"]
OUT = PROJECT / "helpers" / "data" / "frame_screen.csv"
HEADER = """\
# Frame screen: weights of a logistic regression that gives each generic-frame hit of helpers.framing.frame_evidence
# the probability that a reader would judge the sentence, read alone, to carry the frame clearly ("yes" on the scale
# yes / loose / no of helpers/validation/frame_precision.csv). Method after Burscher, Odijk, Vliegenthart, de Rijke &
# de Vreese (2014, "Teaching the computer to code frames in news", Communication Methods and Measures 8(3)), who
# trained classifiers on hand-coded news for Semetko & Valkenburg's generic frames; here the dictionary finds the hits
# and the classifier screens them. Fitted by helpers.framing.fit_frame_screen (scikit-learn LogisticRegression, L2,
# C=0.1, lbfgs; features seen in at least 2 judged hits) on {n} judged hits of samples 1-19 ({yes} judged yes by
# the readers' median), Indonesian news of 2016-2018 (IndoSum) and 2025 (scraped development set, Danantara sample);
# rebuilt by benchmarks/frame_screen.py. Features: frame:F (the frame), frame:F words:N (distinct matched words, 1, 2
# or 3+), frame:F matched:W (a matched word), word:W (a word of the sentence written in lower case; names' words are
# left out so the screen does not learn the events it was fitted on). probability = 1 / (1 + exp(-(intercept + sum of
# the weights of the hit's features))); a feature not listed weighs 0. Cross-validated on pairs of samples left out
# (benchmarks/frame_screen.py, samples 10-19 held out in turn): {cv}
# The weights are Indonesian: for another language, judge your own sheet (helpers.framing.judging_sheet) and fit
# your own (fit_frame_screen), saved as frame_screen.csv in your corpus folder.
# key: feature
"""


def judged_sentences() -> pd.DataFrame:
    """The kit's judged hits with their sentences, found again in ../shared."""
    from helpers import load_corpus
    from helpers.framing import _judgments
    from helpers.text import text_units, tokenize

    missing = [str(p) for p in SOURCES if not p.exists()]
    if missing:
        sys.exit(f"the judged articles are not here (missing: {', '.join(missing)}); nothing rebuilt")
    j = _judgments()
    j["doc_id"] = j["doc_id"].astype(str)
    j["unit_no"] = j["unit_no"].astype(int)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpora = [load_corpus(p, errors="skip") for p in SOURCES]
    c = pd.concat(corpora, ignore_index=True).drop_duplicates("doc_id")
    c = c[c["doc_id"].astype(str).isin(set(j["doc_id"]))]
    u = text_units(c, "sentence").assign(doc_id=lambda d: d["doc_id"].astype(str))
    m = j.merge(u[["doc_id", "unit_no", "text"]], on=["doc_id", "unit_no"], how="left")

    def aligned(r) -> bool:
        if not isinstance(r.text, str):
            return False
        toks = set(tokenize(r.text, stopwords=False))
        return all(w.strip() in toks for w in str(r.matched).split(","))

    ok = m.apply(aligned, axis=1)
    print(f"{len(m)} judged hits, {int(ok.sum())} found with their matched words, {int((~ok).sum())} left out")
    return m[ok].assign(judgment=m["record"], kind="generic").reset_index(drop=True)


def cross_validate(m: pd.DataFrame, thresholds=(0.5, 0.6, 0.7, 0.75, 0.8)) -> pd.DataFrame:
    """Leave one pair of samples out; the share judged yes among held-out hits at or above each threshold."""
    from helpers.framing import fit_frame_screen, frame_confidence

    pair = m["sample"].map(lambda s: (s + 1) // 2 if s >= 8 else 0)
    p = pd.Series(np.nan, index=m.index)
    for g in sorted(pair.unique()):
        p[pair == g] = frame_confidence(m[pair == g], fit_frame_screen(m[pair != g]))
    y = m["judgment"] == "yes"
    rows = []
    for mw in (1, 2):
        base = (m["sample"] >= 10) & (m["min_words"] == mw)
        for t in thresholds:
            k = base & (p >= t)
            rows.append(dict(min_words=mw, threshold=t, hits=int(base.sum()), kept=int(k.sum()),
                             yes_kept=int((k & y).sum()), yes_all=int((base & y).sum()),
                             precision=round(float(y[k].mean()), 3) if k.any() else np.nan))
    return pd.DataFrame(rows)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="rewrite helpers/data/frame_screen.csv")
    args = ap.parse_args(argv)
    from helpers.framing import fit_frame_screen

    m = judged_sentences()
    cv = cross_validate(m)
    print(cv.to_string(index=False))
    w = fit_frame_screen(m)
    at = cv[(cv["threshold"] == 0.75) | (cv["threshold"] == 0.7)]
    said = "; ".join(f"min_words={r.min_words}, probability >= {r.threshold}: {r.yes_kept} of {r.kept} kept hits "
                     f"judged yes ({r.precision:.0%}), {r.kept} of {r.hits} hits kept"
                     for r in at.itertuples())
    text = HEADER.format(n=f"{w.attrs['n']:,}", yes=f"{w.attrs['yes']:,}", cv=said)
    text = "\n".join(_wrap(line) for line in text.splitlines()) + "\n"
    print(f"{len(w)} weights")
    if args.update:
        with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            w.to_csv(fh, index=False, lineterminator="\n")
        print(f"wrote {OUT}")


def _wrap(line: str, width: int = 118) -> str:
    """Wrap a long '# ' comment line."""
    if len(line) <= width or not line.startswith("# "):
        return line
    import textwrap
    return "\n".join(textwrap.wrap(line[2:], width - 2, initial_indent="# ", subsequent_indent="# "))


if __name__ == "__main__":
    main()
