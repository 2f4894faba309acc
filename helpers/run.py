"""One command from a corpus to a report: every notebook executed on it, as HTML, with every chart
(PNG, SVG) and the table behind it (CSV), and an index page.

Usage::

    python -m helpers run --corpus PATH --out DIR

The committed notebooks are never written: papermill writes executed copies into ``DIR``.
Nothing is fetched from the network: the HTML pages load no script or font from elsewhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import os
import re
import sys
import time
from pathlib import Path

__all__ = ["main", "run_report", "notebook_parameters", "ReportError"]

PROJECT = Path(__file__).resolve().parents[1]
NOTEBOOKS = PROJECT / "notebooks"


EXAMPLE = PROJECT / "corpus"


def _drop_example_cells(path: Path) -> None:
    """Remove the cells tagged ``example-corpus`` (interpretation written for the example corpus)."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    nb.cells = [c for c in nb.cells if "example-corpus" not in c.get("metadata", {}).get("tags", [])]
    nbformat.write(nb, path)


class _kernel_stderr_to:
    """Send what the kernel processes write to stderr (ipykernel's transport warnings) to a log file.

    The kernels inherit this process's stderr; while a notebook runs, file descriptor 2 points to
    ``path`` (``logs/kernels.log`` in the report folder), so the progress display stays on one line.
    """

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        sys.stderr.flush()
        self._saved = os.dup(2)
        self._fh = open(self.path, "ab")
        os.dup2(self._fh.fileno(), 2)
        return self

    def __exit__(self, *exc):
        sys.stderr.flush()
        os.dup2(self._saved, 2)
        os.close(self._saved)
        self._fh.close()
        return False


class ReportError(RuntimeError):
    """A notebook failed; the message names the notebook and the cell."""


def _html_exporter():
    from nbconvert import HTMLExporter

    # Empty URLs: the page must not load MathJax, require.js or widgets from a CDN. The code is
    # left out of the page (it reads as a report); the executed notebook beside it has it.
    return HTMLExporter(template_name="lab", mathjax_url="", require_js_url="", jquery_url="",
                        mermaid_js_url="", mermaid_layout_elk_js_url="", widget_renderer_url="",
                        jupyter_widgets_base_url="", embed_images=True, exclude_input=True,
                        exclude_input_prompt=True, exclude_output_prompt=True)


def _strip_empty_scripts(page: str) -> str:
    import re

    return re.sub(r'<script[^>]*\ssrc=""[^>]*>\s*</script>', "", page)


def _page_links(page: str) -> str:
    """Links between notebooks ("01_source_comparison.ipynb#...") made links between report pages."""
    import re

    return re.sub(r'href="(\d\d_[\w-]+)\.ipynb(#[^"]*)?"', lambda m: f'href="{m.group(1)}.html{m.group(2) or ""}"', page)


def _index_page(corpus_path: Path, summary: dict, results: list[dict]) -> str:
    e = html.escape
    rows = []
    for r in results:
        charts = "".join(
            f"<tr><td>{e(r.get('titles', {}).get(c) or c)}</td><td><a href=\"charts/{e(r['stem'])}/{e(c)}.png\">PNG</a></td>"
            f"<td><a href=\"charts/{e(r['stem'])}/{e(c)}.svg\">SVG</a></td>"
            f"<td><a href=\"charts/{e(r['stem'])}/{e(c)}.csv\">table (CSV)</a></td></tr>"
            for c in r["charts"])
        rows.append(
            f"<h2>{e(r['title'])}</h2><p><a href=\"html/{e(r['stem'])}.html\">report (HTML)</a> &middot; "
            f"<a href=\"notebooks/{e(r['stem'])}.ipynb\">executed notebook</a> &middot; {r['seconds']:.1f} s</p>"
            + (f"<table><tr><th>chart</th><th></th><th></th><th></th></tr>{charts}</table>" if charts else
               "<p>No chart.</p>")
            + "".join(f"<p>Draft for you to correct and put in the corpus folder: <a href=\"charts/{e(r['stem'])}/drafts/"
                      f"{e(d)}\">{e(d)}</a></p>" for d in r.get("drafts", []))
            + ("<p>Full tables (CSV): " + " &middot; ".join(f"<a href=\"charts/{e(r['stem'])}/tables/{e(t)}\">{e(t)}</a>"
                                                             for t in r["tables"]) + "</p>" if r.get("tables") else ""))
    skipped = "".join(f"<li>{e(s['file'])}: {e(s['reason'])}</li>" for s in summary["skipped"])
    missing = summary.get("not_run", [])
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>News coverage report</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
        "table{border-collapse:collapse}td,th{padding:.2em .8em;border-bottom:1px solid #ddd;text-align:left}</style>"
        "</head><body><h1>News coverage report</h1>"
        f"<p>Corpus: <code>{e(str(corpus_path))}</code>: {summary['articles']} articles from "
        f"{summary['outlets']} outlets. Made {e(summary['made'])} by <code>python -m helpers run</code>.</p>"
        + (f"<p>Skipped inputs:</p><ul>{skipped}</ul>" if skipped else "")
        + (f"<p>Not run this time (so not in this report): {e(', '.join(missing))}.</p>" if missing else "")
        + "".join(rows) + "</body></html>")


def _notebook_title(path: Path) -> str:
    import nbformat

    nb = nbformat.read(path, as_version=4)
    for c in nb.cells:
        if c.cell_type == "markdown":
            for line in c.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return path.stem


def run_report(corpus: str | Path, out: str | Path, *, errors: str = "raise", notebooks: list[str] | None = None,
               progress: bool = True, source: str | Path = NOTEBOOKS, parameters: dict | None = None,
               jobs: int = 2) -> Path:
    """Execute every notebook on a corpus and write the report folder; returns ``out/index.html``.

    Parameters
    ----------
    corpus : str or Path
        A corpus folder, or a .csv / .jsonl file.
    out : str or Path
        Output folder (created). It may not be the project's ``notebooks`` folder or inside it.
    errors : {"raise", "skip"}, default "raise"
        Passed to ``load_corpus`` in every notebook.
    notebooks : list of str, optional
        Notebook stems to run (default: all in ``notebooks/``, in order).
    progress : bool, default True
        Show a progress bar (tqdm; also off when ``TQDM_DISABLE`` is set).
    source : str or Path, default the project's ``notebooks`` folder
        Where the notebooks are read from (they are never written).
    parameters : dict, optional
        Settings of the notebooks' parameters cells (``{"MAX_OUTLETS": 8}``); each goes to the
        notebooks that have it (:func:`notebook_parameters`). ``CORPUS``, ``ERRORS`` and
        ``EXPORT_DIR`` come from the other arguments.
    jobs : int, default 2
        Notebooks executed at the same time, each in its own kernel (the pages are the same
        whatever the number; 1 runs them one after another).

    Returns
    -------
    Path
        The index page.

    ``out`` is refused when it is a file, cannot be created, or is (or lies inside) the corpus
    folder. A re-run into the same folder first removes what the previous run wrote there (listed
    in ``out/.helpers-report-files``) and leaves every other file alone.

    Raises
    ------
    helpers.CorpusError
        The corpus cannot be loaded (every bad input named).
    ReportError
        A notebook failed (named with its cell); the partial notebook is kept in ``out``.
    ValueError
        An unusable ``out``, or a parameter no notebook has.

    Examples
    --------
    From Python (the same as ``python -m helpers run --corpus corpus --out /tmp/report``)::

        index = run_report("corpus", "/tmp/report")
    """
    from tqdm.auto import tqdm

    from .corpus import load_corpus

    corpus = Path(corpus).resolve()
    out = Path(out).resolve()
    source = Path(source).resolve()
    if out in (NOTEBOOKS, source) or NOTEBOOKS in out.parents or source in out.parents:
        raise ValueError(f"--out {out} is inside the project's notebooks folder; choose another folder "
                         "(the committed notebooks are never overwritten)")
    # a folder corpus: not the folder nor inside it; an export file: not the file's own folder
    corpus_dir = corpus if corpus.is_dir() else corpus.parent
    if out == corpus_dir or (corpus.is_dir() and corpus_dir in out.parents):
        raise ValueError(f"--out {out} is (or is inside) the corpus folder {corpus_dir}; the report would be mixed "
                         "in with the articles: choose another folder")
    if out.exists() and not out.is_dir():
        raise ValueError(f"--out {out} is a file, not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValueError(f"--out {out} cannot be created ({exc.strerror})") from None
    stems_all = sorted(p.stem for p in source.glob("[0-9][0-9]_*.ipynb"))
    params = dict(parameters or {})
    known = notebook_parameters(source)
    unknown = sorted(set(params) - {k for ks in known.values() for k in ks})
    if unknown:
        raise ValueError(f"no notebook has a parameter {', '.join(unknown)} (known: "
                         f"{', '.join(sorted({k for ks in known.values() for k in ks}))})")
    reserved = sorted(set(params) & {"CORPUS", "ERRORS", "EXPORT_DIR"})
    if reserved:
        raise ValueError(f"{', '.join(reserved)} are set by --corpus, --errors and --out, not by --param")
    df = load_corpus(corpus, errors=errors)  # fail early, with every bad input named
    _remove_previous_report(out)
    stems = notebooks or stems_all
    summary = dict(articles=len(df), outlets=int(df["outlet"].nunique()), skipped=df.attrs.get("skipped", []),
                   made=dt.datetime.now().strftime("%Y-%m-%d %H:%M"), not_run=[s for s in stems_all if s not in stems])
    for sub in ("notebooks", "html", "charts"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    results: list[dict] = []
    written: list[Path] = []
    log = out / "logs" / "kernels.log"
    written.append(log)
    # the progress bar writes to the terminal; the kernels' stderr (transport warnings) goes to the log
    terminal = os.fdopen(os.dup(2), "w")
    bar = tqdm(total=len(stems), desc="notebooks", unit="nb", file=terminal,
               disable=not progress or bool(os.environ.get("TQDM_DISABLE")))
    try:
        with _kernel_stderr_to(log):
            _run_all(stems, source, out, corpus, errors, params, known, bar, results, written, jobs)
        _add_page_links(out, results)
        index = out / "index.html"
        index.write_text(_index_page(corpus, summary, results), encoding="utf-8")
        written.append(index)
        return index
    except ReportError:
        # a partial run: the index lists what was made and names the pages that are missing
        done = {r["stem"] for r in results}
        summary["not_run"] = [s for s in stems_all if s not in done]
        (out / "index.html").write_text(_index_page(corpus, summary, results), encoding="utf-8")
        written.append(out / "index.html")
        raise
    finally:
        bar.close()
        terminal.close()
        _record_report_files(out, written)


_KERNEL_STARTS = 3  # kernels started per notebook before a start-up failure is raised


def _kernel_failed_to_start(exc: BaseException) -> bool:
    """Did a notebook's kernel die (or not answer) before running any cell?

    jupyter_client raises these while waiting for a new kernel's first reply. One cause is a race for
    the kernel's TCP ports with another process starting at the same moment (jupyter_client issue
    #154), seldom but seen once in this project's test suite; nothing of the notebook has run, so
    starting another kernel is safe. A cell's error is a ``PapermillExecutionError``, never this.
    """
    return isinstance(exc, RuntimeError) and str(exc).startswith(
        ("Kernel died before replying to kernel_info", "Kernel didn't respond"))


def _run_one(stem, source, out, corpus, errors, params, known) -> tuple[dict, list[Path]]:
    """Execute one notebook into the report folder and export its page; returns its entry and files."""
    import papermill as pm

    src = source / f"{stem}.ipynb"
    if not src.is_file():
        raise ReportError(f"no notebook {src}")
    dst = out / "notebooks" / f"{stem}.ipynb"
    charts = out / "charts" / stem
    files = [dst, charts]
    t0 = time.perf_counter()
    try:
        own = {k: v for k, v in params.items() if k in known.get(stem, ())}
        for attempt in range(1, _KERNEL_STARTS + 1):
            try:
                pm.execute_notebook(str(src), str(dst), parameters=dict(CORPUS=str(corpus), ERRORS=errors,
                                                                        EXPORT_DIR=str(charts), **own),
                                    progress_bar=False, log_output=False, kernel_name="python3",
                                    # the kernel starts in the notebooks folder without chdir-ing this process
                                    # (papermill's cwd= does, which two notebooks at a time would race on)
                                    resources={"metadata": {"path": str(source)}})
                break
            except RuntimeError as exc:
                if not _kernel_failed_to_start(exc):
                    raise
                if attempt == _KERNEL_STARTS:
                    raise ReportError(f"{stem}.ipynb did not run: its kernel failed to start {attempt} times ({exc}); "
                                      "see logs/kernels.log in the report folder") from None
                with open(out / "logs" / "kernels.log", "a", encoding="utf-8") as log:  # no cell has run yet
                    log.write(f"{stem}: the kernel died while starting ({exc}); starting another, attempt "
                              f"{attempt + 1} of {_KERNEL_STARTS}\n")
                time.sleep(attempt)
    except pm.PapermillExecutionError as exc:
        raise ReportError(f"{stem}.ipynb failed in cell In [{exc.exec_count}] of the executed copy {dst} "
                          f"(papermill adds one cell for the parameters): {exc.ename}: {exc.evalue}") from None
    seconds = time.perf_counter() - t0
    if corpus != EXAMPLE.resolve():
        _drop_example_cells(dst)
    body, _ = _html_exporter().from_filename(str(dst))
    (out / "html" / f"{stem}.html").write_text(_page_links(_strip_empty_scripts(body)), encoding="utf-8")
    files.append(out / "html" / f"{stem}.html")
    names = sorted(p.stem for p in charts.glob("*.csv")) if charts.is_dir() else []
    titles = {c: _svg_title(charts / f"{c}.svg") for c in names}
    drafts = sorted(p.name for p in (charts / "drafts").glob("*.csv")) if (charts / "drafts").is_dir() else []
    tables = sorted(p.name for p in (charts / "tables").glob("*.csv")) if (charts / "tables").is_dir() else []
    return dict(stem=stem, title=_notebook_title(src), charts=names, titles=titles, drafts=drafts, tables=tables,
                seconds=seconds), files


def _run_all(stems, source, out, corpus, errors, params, known, bar, results, written, jobs) -> None:
    """Run the notebooks, ``jobs`` at a time (each in its own kernel); the first failure, in notebook
    order, is raised after the others finish."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {stem: pool.submit(_run_one, stem, source, out, corpus, errors, params, known) for stem in stems}
        done: dict[str, tuple] = {}
        failure = None
        for stem in stems:
            try:
                done[stem] = futures[stem].result()
            except ReportError as exc:
                failure = failure or exc
                written += [out / "notebooks" / f"{stem}.ipynb", out / "charts" / stem]
            bar.update(1)
    for stem in stems:  # results in notebook order, whatever order they finished in
        if stem in done:
            entry, files = done[stem]
            results.append(entry)
            written.extend(files)
    if failure is not None:
        raise failure


def _svg_title(path: Path) -> str:
    """The chart title stored in an SVG's metadata by :func:`helpers.report.save_chart`."""
    try:
        m = re.search(r"<dc:title>(.*?)</dc:title>", path.read_text(encoding="utf-8"), re.S)
    except OSError:
        return ""
    return html.unescape(m.group(1)).strip() if m else ""


def _add_page_links(out: Path, results: list[dict]) -> None:
    """A header on every report page: the index, and the previous and next page by title."""
    e = html.escape
    for i, r in enumerate(results):
        page = out / "html" / f"{r['stem']}.html"
        links = ['<a href="../index.html">Index</a>']
        if i > 0:
            links.append(f'<a href="{e(results[i - 1]["stem"])}.html">&larr; {e(results[i - 1]["title"])}</a>')
        if i + 1 < len(results):
            links.append(f'<a href="{e(results[i + 1]["stem"])}.html">{e(results[i + 1]["title"])} &rarr;</a>')
        nav = ('<nav class="kit-nav" style="font-family:sans-serif;padding:.6em 1em;border-bottom:1px solid #ddd">'
               + " &middot; ".join(links) + "</nav>")
        text = page.read_text(encoding="utf-8")
        text = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + nav, text, count=1)
        text = text.replace("</body>", nav + "</body>", 1)
        page.write_text(text, encoding="utf-8")


_OWN_FILES = ".helpers-report-files"  # what the last run wrote, so that a re-run replaces exactly that


def _record_report_files(out: Path, written: list[Path]) -> None:
    rel = sorted({str(p.relative_to(out)) for p in written if p.exists()})
    (out / _OWN_FILES).write_text("\n".join(rel) + "\n", encoding="utf-8")


def _remove_previous_report(out: Path) -> None:
    """Remove what an earlier run wrote into ``out`` (its list of files), and nothing else."""
    import shutil

    listing = out / _OWN_FILES
    if not listing.is_file():
        return
    for rel in listing.read_text(encoding="utf-8").split("\n"):
        rel = rel.strip()
        target = (out / rel).resolve()
        if not rel or out.resolve() not in target.parents:
            continue
        if target.is_dir():
            shutil.rmtree(target)
        elif target.is_file():
            target.unlink()
    for sub in ("notebooks", "html", "charts", "logs"):
        d = out / sub
        if d.is_dir() and not any(d.iterdir()):
            d.rmdir()
    listing.unlink()


def notebook_parameters(source: str | Path = NOTEBOOKS) -> dict[str, tuple[str, ...]]:
    """The names each notebook's ``parameters`` cell sets (what ``--param NAME=VALUE`` may change).

    Parameters
    ----------
    source : str or Path, default the project's ``notebooks`` folder

    Returns
    -------
    dict
        notebook stem -> names, in the cell's order.

    Examples
    --------
    >>> "MAX_OUTLETS" in notebook_parameters()["00_corpus"]
    True
    """
    import json
    import re

    out = {}
    for p in sorted(Path(source).glob("[0-9][0-9]_*.ipynb")):
        cells = json.loads(p.read_text(encoding="utf-8"))["cells"]
        names: list[str] = []
        for c in cells:
            if "parameters" in c.get("metadata", {}).get("tags", []):
                names = re.findall(r"^([A-Z][A-Z0-9_]*)\s*=", "".join(c["source"]), re.M)
                break
        out[p.stem] = tuple(names)
    return out


def _param(text: str) -> tuple[str, object]:
    """``NAME=VALUE`` with VALUE read as a Python literal (5, None, "x", ["a", "b"]) or else as text."""
    import ast

    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"--param takes NAME=VALUE, got {text!r}")
    try:
        return name.strip(), ast.literal_eval(value.strip())
    except (ValueError, SyntaxError):
        return name.strip(), value.strip()


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: ``python -m helpers run --corpus PATH --out DIR``."""
    from .corpus import CorpusError

    parser = argparse.ArgumentParser(
        prog="python -m helpers",
        description="News coverage kit. 'run' executes every notebook on your articles and writes a report "
                    "folder: HTML pages, executed notebooks, every chart as PNG and SVG with its table as CSV, "
                    "and index.html linking them. The committed notebooks are not changed.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run every notebook on a corpus and write a report folder",
                         description="Run every notebook on a corpus and write a report folder.")
    run.add_argument("--corpus", required=True, help="a folder of .txt articles (optional manifest.csv), "
                                                     "or a .csv / .tsv / .jsonl / .xlsx / .parquet file with a "
                                                     "text column")
    run.add_argument("--out", required=True, help="report folder to write (created; not inside notebooks/)")
    run.add_argument("--errors", choices=["raise", "skip"], default="raise",
                     help="bad input files: stop with a list of them (raise, default) or skip them and go on")
    run.add_argument("--notebooks", default=None,
                     help="comma-separated notebook names to run, e.g. 00_corpus,02_topic_terms (default: all)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.add_argument("--jobs", type=int, default=2, help="notebooks run at the same time (default 2; 1 = one by one)")
    names = sorted({k for ks in notebook_parameters().values() for k in ks} - {"CORPUS", "ERRORS", "EXPORT_DIR"})
    run.add_argument("--param", action="append", type=_param, default=[], metavar="NAME=VALUE",
                     help="a notebook setting, papermill style (repeatable; VALUE is read as a Python literal, "
                          "else as text), e.g. --param MAX_OUTLETS=8 --param TOPIC_K=5. Settings: " + ", ".join(names))
    args = parser.parse_args(argv)
    try:
        index = run_report(args.corpus, args.out, errors=args.errors,
                           notebooks=args.notebooks.split(",") if args.notebooks else None,
                           progress=not args.no_progress, parameters=dict(args.param), jobs=args.jobs)
    except CorpusError as exc:
        print(f"error: the corpus cannot be used: {exc}", file=sys.stderr)
        return 2
    except (ReportError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"report written: {index}")
    return 0
