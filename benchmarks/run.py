"""Scale benchmark: each stage of the kit timed against bare scikit-learn on the same articles.

    python benchmarks/run.py                          # synthetic corpora of 1,000, 3,000, 10,000
    python benchmarks/run.py --synthetic 1000 3000    # chosen sizes
    python benchmarks/run.py --corpus PATH            # a real corpus as it is
    python benchmarks/run.py --report 3000            # also time `python -m helpers run` on 3,000

Synthetic corpora are made by resampling real paragraphs (seeded) from the IndoSum sample in
../shared/bulk/indosum-dev.jsonl when it is there, else from the kit's example corpus. Each size
runs in a fresh worker process, so peak memory (max RSS) belongs to that size; within a worker,
the baseline (scikit-learn's TfidfVectorizer with its default analyzer on the same raw texts) and
every stage run in the same process. Results are printed and written as CSV to --out (by default
a file in the temporary folder, so ``git status`` stays clean); --update also rewrites the
committed ``benchmarks/results.csv``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
BULK = PROJECT.parent / "shared" / "bulk" / "indosum-dev.jsonl"
sys.path.insert(0, str(PROJECT))


def _pool() -> tuple[list[list[str]], list[str]]:
    """Real articles as lists of paragraphs, and their outlets."""
    if BULK.is_file():
        arts, outlets = [], []
        with open(BULK, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                paras = [p for p in row["text"].split("\n") if p.strip()]
                if paras:
                    arts.append(paras)
                    outlets.append(row.get("outlet") or "unknown")
        return arts, outlets
    from helpers import load_corpus

    c = load_corpus(PROJECT / "corpus")
    return [t.split("\n") for t in c["text"]], list(c["outlet"])


def make_synthetic(n: int, path: Path, seed: int = 0) -> Path:
    """Write ``n`` articles of resampled real paragraphs as JSONL (id, outlet, text)."""
    arts, outlets = _pool()
    paragraphs = [p for a in arts for p in a]
    lengths = [len(a) for a in arts]
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            k = rng.choice(lengths)
            # each copy of a paragraph ends in a marker of its own, so that no cache sees the same
            # paragraph twice (a real corpus does not repeat whole paragraphs at this rate), while
            # shingles inside it are still shared with its other copies (a stress test for
            # shared-passage detection)
            text = "\n".join(f"{rng.choice(paragraphs)} (s{i}p{j})" for j in range(k))
            fh.write(json.dumps({"id": f"s{i:06d}", "outlet": rng.choice(outlets), "text": text}) + "\n")
    return path


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(path: str, n_jobs: int) -> list[dict]:
    """Time the baseline and each stage on one corpus file in this process."""
    import warnings

    from sklearn.feature_extraction.text import TfidfVectorizer

    from helpers import load_corpus, resources_of
    from helpers.attribution import quotes
    from helpers.framing import frame_evidence, frame_scores
    from helpers.plots import interactive_table_html
    from helpers.similarity import passage_summary, repeated_passages, shared_passages
    from helpers.terms import keyness, tfidf_terms
    from helpers.text import make_analyzer

    warnings.simplefilter("ignore")
    rows = []
    p = Path(path)
    if p.suffix == ".jsonl":
        with open(p, encoding="utf-8") as fh:
            raw = [json.loads(line)["text"] for line in fh if line.strip()]
    else:
        raw = list(load_corpus(p, errors="skip")["raw"])

    def timed(stage, fn):
        t0 = time.perf_counter()
        out = fn()
        rows.append(dict(stage=stage, seconds=time.perf_counter() - t0, peak_rss_mb=round(_rss_mb(), 1)))
        return out

    timed("baseline: sklearn TfidfVectorizer (default analyzer)", lambda: TfidfVectorizer().fit_transform(raw))
    corpus = timed("load + clean", lambda: load_corpus(p, errors="skip", n_jobs=n_jobs))
    analyzer = make_analyzer(resources=resources_of(corpus))  # the tokens every analysis uses
    timed("tokenize", lambda: [analyzer(t) for t in corpus["text"]])
    timed("TF-IDF terms", lambda: tfidf_terms(corpus, top=10))
    timed("keyness (log-odds, by outlet)", lambda: keyness(corpus))
    passages = timed("shared passages", lambda: shared_passages(corpus))
    timed("passage summary (an article's repeats once)", lambda: passage_summary(passages, corpus))
    timed("repeated passages (within articles)", lambda: repeated_passages(corpus))
    timed("frame scores", lambda: frame_scores(corpus))
    timed("quotes and speakers", lambda: quotes(corpus))
    evidence = frame_evidence(corpus)
    html = timed("evidence table as a notebook shows it (interactive HTML, 1 MB cap)",
                 lambda: interactive_table_html(evidence[["doc_id", "frame", "matched", "text"]]))
    rows[-1]["stage"] += f", {len(evidence):,} rows, {len(html) / 1e6:.1f} MB"
    n = len(corpus)
    base = rows[0]["seconds"]
    pipeline = sum(r["seconds"] for r in rows if r["stage"] in ("load + clean", "tokenize", "TF-IDF terms"))
    rows.append(dict(stage="load + clean + tokenize + TF-IDF", seconds=pipeline, peak_rss_mb=round(_rss_mb(), 1)))
    for r in rows:
        r.update(articles=n, ratio_to_baseline=round(r["seconds"] / base, 2), articles_per_s=round(n / r["seconds"], 1),
                 seconds=round(r["seconds"], 3))
    return rows


def time_report(n: int, tmp: Path) -> dict:
    """Time ``python -m helpers run`` on a synthetic corpus of ``n`` articles."""
    path = make_synthetic(n, tmp / f"report_{n}.jsonl", seed=1)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "helpers", "run", "--corpus", str(path), "--out", str(tmp / f"report_{n}"),
                           "--errors", "skip", "--no-progress"], cwd=PROJECT, capture_output=True, text=True)
    secs = time.perf_counter() - t0
    return dict(articles=n, stage="python -m helpers run (all notebooks)", seconds=round(secs, 1),
                ratio_to_baseline=None, articles_per_s=round(n / secs, 1), peak_rss_mb=None,
                ok=proc.returncode == 0, error=proc.stderr[-500:] if proc.returncode else "")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--corpus", help="benchmark a real corpus (folder, .csv or .jsonl) as it is")
    g.add_argument("--synthetic", nargs="+", type=int, help="sizes of synthetic corpora (default 1000 3000 10000)")
    ap.add_argument("--report", type=int, default=None, help="also time `python -m helpers run` on N articles")
    ap.add_argument("--n-jobs", type=int, default=1, help="processes for load + clean (default 1)")
    ap.add_argument("--out", default=None, help="CSV to write (default: a file in the system's temporary folder)")
    ap.add_argument("--update", action="store_true", help="also update the committed table, benchmarks/results.csv")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.n_jobs)))
        return 0
    import pandas as pd

    tmp = Path(tempfile.mkdtemp(prefix="kit-bench-"))
    jobs = []
    if args.corpus:
        jobs.append(Path(args.corpus).resolve())
    else:
        for n in args.synthetic or [1000, 3000, 10000]:
            jobs.append(make_synthetic(n, tmp / f"synthetic_{n}.jsonl"))
    print(f"paragraph pool: {BULK if BULK.is_file() else PROJECT / 'corpus'}; CPUs: {os.cpu_count()}")
    rows = []
    for path in jobs:
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--worker", str(path),
                              "--n-jobs", str(args.n_jobs)], capture_output=True, text=True, cwd=PROJECT)
        if out.returncode:
            print(out.stderr[-3000:], file=sys.stderr)
            return 1
        got = json.loads(out.stdout.strip().splitlines()[-1])
        rows.extend(got)
        print(pd.DataFrame(got)[["articles", "stage", "seconds", "ratio_to_baseline", "articles_per_s", "peak_rss_mb"]]
              .to_string(index=False), flush=True)
    if args.report:
        r = time_report(args.report, tmp)
        rows.append(r)
        print(f"\n{r['stage']} on {r['articles']} articles: {r['seconds']} s, ok={r['ok']} {r['error']}")
    table = pd.DataFrame(rows)
    out_csv = Path(args.out) if args.out else Path(tempfile.gettempdir()) / "helpers-benchmark-results.csv"
    table.to_csv(out_csv, index=False)
    print(f"\nresults written to {out_csv}")
    if args.update:  # the committed table changes only when asked, so git status stays clean
        table.to_csv(HERE / "results.csv", index=False)
    sizes = sorted(table["articles"].unique())
    if len(sizes) > 1:
        per = table[table["stage"] == "load + clean + tokenize + TF-IDF"].set_index("articles")["seconds"] / \
            table[table["stage"] == "load + clean + tokenize + TF-IDF"].set_index("articles").index
        print(f"\ntime per article, {sizes[-1]} vs {sizes[0]}: {per.iloc[-1] / per.iloc[0]:.2f}x")
    print(f"written: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
