"""Cleaning benchmark (not a test): how much boilerplate cleaning leaves and how much body it loses.

Run from the project root::

    .venv/bin/python -m benchmarks.cleaning                 # prints the table
    .venv/bin/python -m benchmarks.cleaning --update        # also updates benchmarks/cleaning_results.csv

It reads ``../shared/bulk/indonews-dev.jsonl`` (2,309 scraped articles of four outlets), the
Danantara sample and the seeds when they are there (it skips what is missing) and reports, per
outlet:

- ``markers_per_100``: boilerplate markers left in the cleaned text per 100 articles ("Baca
  juga", "Simak video", "ADVERTISEMENT", "SCROLL TO CONTINUE", WhatsApp / Google News promos,
  "Klik di sini"), counted by patterns defined here, independently of the cleaning rules;
- ``sentence_lines_dropped_per_100``: raw lines of 15+ words ending as a sentence (. ! ? or a
  closing quote) that cleaning dropped or set aside, per 100 articles, and how many of those were
  set aside by a rule that recognised them by content (captions, copyright, promos) vs by position;
- ``glued_per_1000_words``: words glued where a link was, per 1,000 cleaned words: a lower-case
  word run into a capitalised one ("erupsiGunung") or into a figure ("izin5"); the mixed-case
  names of ``helpers/data/link_glue.csv`` and @handles are left out. A name glued to a lower-case
  word ("Lewotobidi") cannot be told by case alone and is not counted here;
- ``lines_joined``, ``spans_cut``, ``glued_split``: what the cleaning did (from its audit).

Results are written to a file outside the repository unless ``--update`` is given, so
``git status`` stays clean; the README's table is copied from ``benchmarks/cleaning_results.csv``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KIT_SHARED", ROOT.parent / "shared"))

MARKERS = re.compile(
    r"\b(?:baca|simak|lihat)\s+(?:juga|pula)\b|\bsimak\s+video\b|\badvertisement\b|scroll to continue|"
    r"\bwhats\s?app\s+channel\b|saluran\s+whats\s?app|\bgoogle\s+news\b|\bklik\s+di\s?sini\b|"
    r"\bdownload\s+aplikasi\b|\bikuti\s+(?:kami|berita|saluran|channel)\b",
    re.IGNORECASE)
SENTENCE_END = re.compile(r"""(?:[.!?]|[.!?,]["'\u201d\u2019])\s*$""")
# glued where a link was: a lower-case word run into a capitalised one ("erupsiGunung"), or a
# lower-case word run into a figure ("izin5"); handles and hashtags (@name08, #tag2025) are not counted
GLUED = re.compile(r"(?<![@#\w])(?:[a-z]{3,}[A-Z][a-z]{2,}[A-Za-z0-9]*|[a-z]{3,}\d+)\b")


def _glued_words(text: str, keep: set[str]) -> int:
    from fnmatch import fnmatchcase

    return sum(1 for m in GLUED.finditer(text) if not any(fnmatchcase(m.group(0).lower(), k) for k in keep))


def measure(corpus: pd.DataFrame, label: str) -> list[dict]:
    from helpers import cleaning_audit, load_resources

    try:
        keep = {w.strip().lower() for w in load_resources().table("link_glue.csv").query("kind == 'keep'")["word"]}
    except (KeyError, FileNotFoundError, OSError):  # a kit version without the table (for a before/after comparison)
        keep = set()
    audit = cleaning_audit(corpus)
    try:
        from helpers.clean import cleaning_spans

        spans = cleaning_spans(corpus)
    except ImportError:
        spans = pd.DataFrame(columns=["doc_id", "line_no", "start", "end", "rule", "text"])
    outlet_of = dict(zip(corpus["doc_id"], corpus["outlet_truth"] if "outlet_truth" in corpus else corpus["outlet"]))
    audit["outlet"] = audit["doc_id"].map(outlet_of)
    spans["outlet"] = spans["doc_id"].map(outlet_of)
    corpus = corpus.assign(outlet=corpus["doc_id"].map(outlet_of))
    long_sentence = audit["text"].map(lambda s: len(str(s).split()) >= 15 and bool(SENTENCE_END.search(str(s))))
    lost = audit[long_sentence & audit["action"].isin(["drop", "metadata"])]
    by_position = lost["rule"].str.contains(r"heading_|before_dateline|\+next|repeated_in_outlet", regex=True)
    rows = []
    for outlet, g in corpus.groupby("outlet", sort=True):
        n = len(g)
        words = g["text"].map(lambda t: len(t.split())).sum()
        lo = lost[lost["outlet"] == outlet]
        sp = spans[spans["outlet"] == outlet]
        rows.append(dict(
            corpus=label, outlet=outlet, articles=n,
            markers_per_100=round(100 * sum(len(MARKERS.findall(t)) for t in g["text"]) / n, 1),
            sentence_lines_dropped_per_100=round(100 * len(lo) / n, 1),
            of_those_by_position=int(by_position[lo.index].sum()) if len(lo) else 0,
            glued_per_1000_words=round(1000 * sum(_glued_words(t, keep) for t in g["text"]) / max(words, 1), 2),
            lines_joined=int((audit[(audit["outlet"] == outlet)]["label"] == "joined").sum()),
            spans_cut=int((sp["rule"] != "split_glued").sum()),
            glued_split=int((sp["rule"] == "split_glued").sum()),
        ))
    return rows


def _jsonl_corpus(path: Path, limit: int | None) -> pd.DataFrame:
    from helpers import load_corpus

    tmp = Path(tempfile.mkdtemp()) / "export.jsonl"
    with open(path, encoding="utf-8") as fh, open(tmp, "w", encoding="utf-8") as out:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                break
            rec = json.loads(line)
            # the outlet is kept aside as the truth; the kit must find it from the text
            out.write(json.dumps({"id": rec["id"], "outlet_truth": rec["outlet"], "title": rec["title"],
                                  "text": rec["text"]}, ensure_ascii=False) + "\n")
    corpus = load_corpus(tmp, errors="skip")
    truth = {}
    with open(tmp, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            truth[rec["id"]] = rec["outlet_truth"]
    return corpus.assign(outlet_truth=corpus["doc_id"].map(truth))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="first N articles of the bulk file")
    ap.add_argument("--update", action="store_true", help="update the tracked benchmarks/cleaning_results.csv")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    import warnings

    from helpers import load_corpus

    warnings.simplefilter("ignore")
    rows = []
    t0 = time.perf_counter()
    bulk = SHARED / "bulk" / "indonews-dev.jsonl"
    if bulk.is_file():
        rows += measure(_jsonl_corpus(bulk, args.limit), "indonews-dev")
    sample = SHARED / "samples" / "danantara-launch-2025-02-24"
    if sample.is_dir():
        rows += measure(load_corpus(sample, errors="skip"), "danantara")
    rows += measure(load_corpus(ROOT / "corpus"), "seeds")
    table = pd.DataFrame(rows)
    print(table.to_string(index=False))
    print(f"({time.perf_counter() - t0:.0f} s)")
    out = Path(tempfile.gettempdir()) / "cleaning_benchmark.csv"
    table.to_csv(out, index=False)
    print(f"written to {out}")
    if args.update:
        table.to_csv(ROOT / "benchmarks" / "cleaning_results.csv", index=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
