"""The one-command report: run on fixture corpora written here (several outlets; a folder and a
JSONL file; one with a bad file), check every output, the escaping of article text, the failure
message, and that the committed notebooks are never written."""

import hashlib
import json
import re
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from helpers.run import NOTEBOOKS, ReportError, main, run_report
from tests.conftest import GOOD_A, GOOD_B

XSS = ("Suara.com - Isi <script>alert(1)</script> <img src=x onerror=alert(1)> berita.\n"
       "Peretas menyisipkan kode itu di kolom komentar, kata polisi.\n")
EXTRA = ("REPUBLIKA.CO.ID, JAKARTA -- Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Pyongyang. "
         "Korea Utara menentang sanksi Barat.\nKedua negara memperkuat kerja sama militer dan ekonomi.\n")
ARTICLES = {"a.txt": GOOD_A, "b.txt": GOOD_B, "c.txt": XSS, "d.txt": EXTRA}


def _hashes():
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in NOTEBOOKS.glob("*.ipynb")}


def _check_report(out: Path, n_notebooks: int = 4):
    index = (out / "index.html").read_text(encoding="utf-8")
    pages = sorted((out / "html").glob("*.html"))
    assert len(pages) == n_notebooks
    for page in pages:
        assert f'href="html/{page.name}"' in index
    charts = sorted(c for c in (out / "charts").rglob("*.csv") if c.parent.name not in ("drafts", "tables"))
    assert charts, "no chart exported"
    for csv in charts:
        assert csv.with_suffix(".png").stat().st_size > 1000
        assert csv.with_suffix(".svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
        assert len(pd.read_csv(csv)) > 0
        assert f"{csv.stem}.csv" in index
    for csv in (out / "charts").rglob("tables/*.csv"):  # full tables: listed in the index, no chart beside them
        assert f'tables/{csv.name}"' in index and not csv.with_suffix(".png").exists()
    for f in [out / "index.html", *pages, *(out / "charts").rglob("*.svg")]:
        text = f.read_text(encoding="utf-8")
        assert "<script>alert" not in text and not re.search(r"<img[^>]*onerror", text), f
        assert not re.search(r'(?:src|href)="https?://', text), f"{f} loads something from the network"
    return index


@pytest.fixture(scope="module")
def folder_report(tmp_path_factory):
    root = tmp_path_factory.mktemp("run")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    before = _hashes()
    out = root / "report"
    code = main(["run", "--corpus", str(corpus), "--out", str(out), "--no-progress"])
    return code, out, before


def test_folder_corpus_full_report(folder_report):
    code, out, before = folder_report
    assert code == 0
    index = _check_report(out)
    assert "4 articles from 4 outlets" in index
    assert _hashes() == before  # the committed notebooks are never written


def test_article_text_is_escaped_in_html(folder_report):
    _, out, _ = folder_report
    page = (out / "html" / "00_corpus.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert" in page  # shown, as text
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_jsonl_corpus_full_report(tmp_path):
    rows = [{"id": k[0], "content": v} for k, v in ARTICLES.items()]
    p = tmp_path / "export.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "report"
    assert main(["run", "--corpus", str(p), "--out", str(out), "--no-progress"]) == 0
    _check_report(out)


def test_bad_file_stops_or_is_skipped(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "broken.txt").write_bytes(b"\x00\x01binary")
    assert main(["run", "--corpus", str(corpus), "--out", str(tmp_path / "r1"), "--no-progress"]) == 2
    assert "broken.txt: binary file" in capsys.readouterr().err
    out = tmp_path / "r2"
    with pytest.warns(UserWarning, match="skipped 1 bad input"):
        assert main(["run", "--corpus", str(corpus), "--out", str(out), "--errors", "skip", "--no-progress",
                     "--notebooks", "00_corpus"]) == 0
    index = _check_report(out, n_notebooks=1)
    assert "broken.txt: binary file" in index


def test_failing_notebook_is_named_with_its_cell(tmp_path, capsys):
    src = tmp_path / "nbs"
    src.mkdir()
    nb = nbformat.read(NOTEBOOKS / "00_corpus.ipynb", as_version=4)
    nb.cells.insert(4, nbformat.v4.new_code_cell("raise RuntimeError('deliberately broken')"))
    nbformat.write(nb, src / "00_corpus.ipynb")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD_A, encoding="utf-8")
    with pytest.raises(ReportError, match=r"00_corpus.ipynb failed in cell In \[4\] .*RuntimeError: deliberately broken"):
        run_report(corpus, tmp_path / "out", source=src, progress=False)


def test_out_inside_notebooks_is_refused(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD_A, encoding="utf-8")
    assert main(["run", "--corpus", str(corpus), "--out", str(NOTEBOOKS / "x"), "--no-progress"]) == 1
    assert "inside the project's notebooks folder" in capsys.readouterr().err
    assert not (NOTEBOOKS / "x").exists()


def test_help_documents_the_command(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["run", "--help"])
    assert exc.value.code == 0
    text = capsys.readouterr().out
    for option in ("--corpus", "--out", "--errors", "--notebooks"):
        assert option in text


def _printed(corpus, out, stems=("01_source_comparison", "02_topic_terms")):
    """Run the report on ``corpus`` with these notebooks only; what each printed (its code cells' text outputs)."""
    assert main(["run", "--corpus", str(corpus), "--out", str(out), "--no-progress", "--notebooks", ",".join(stems)]) == 0
    return {stem: "".join(o.get("text", "") for c in nbformat.read(out / "notebooks" / f"{stem}.ipynb", as_version=4).cells
                          if c.cell_type == "code" for o in c.outputs) for stem in stems}


def test_one_article_corpus_says_what_cannot_be_computed(tmp_path):
    corpus = tmp_path / "one"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD_A + EXTRA, encoding="utf-8")
    texts = _printed(corpus, tmp_path / "report")
    assert "Comparing articles needs at least 2 articles; this corpus has 1. Skipped." in texts["01_source_comparison"]
    assert "Keyness between outlets needs at least 2 outlets; this corpus has 1. Skipped." in texts["02_topic_terms"]


def test_one_outlet_with_many_articles_says_there_is_no_pair_of_outlets(tmp_path):
    # more articles than a chart shows one by one, so the notebooks compare outlets, and there is only one
    rows = [{"id": f"a{i:02d}", "outlet": "Liputan6", "content": (GOOD_A if i % 2 else GOOD_B)
             + f"\nWarga kampung nomor {i} ikut menonton siaran itu bersama keluarga.\n"} for i in range(32)]
    p = tmp_path / "one_outlet.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    texts = _printed(p, tmp_path / "report")
    assert "32 articles from 1 outlet\n" in texts["01_source_comparison"]
    assert "Comparing outlets needs at least 2 outlets; this corpus has 1. Skipped." in texts["01_source_comparison"]
    # TF-IDF with one document per outlet is skipped in one sentence, and the sections resting on it say nothing more
    skipped = ("TF-IDF with one document per outlet (more articles than MAX_PANELS = 16) needs at least 2 outlets; "
               "this corpus has 1. Skipped.")
    assert texts["02_topic_terms"].count(skipped) == 1
    assert "The stability check" not in texts["02_topic_terms"]


def test_the_command_is_quiet_about_kernel_transport(tmp_path, capfd):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD_A, encoding="utf-8")
    out = tmp_path / "report"
    assert main(["run", "--corpus", str(corpus), "--out", str(out), "--no-progress", "--notebooks", "00_corpus"]) == 0
    err = capfd.readouterr().err
    assert "Kernel is running over TCP" not in err
    assert (out / "logs" / "kernels.log").is_file()  # kept, not lost


@pytest.mark.parametrize("where", ["file", "corpus", "inside_corpus", "uncreatable"])
def test_out_that_cannot_hold_a_report_is_refused_in_one_line(tmp_path, capsys, where):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (tmp_path / "a_file").write_text("x", encoding="utf-8")
    out = {"file": tmp_path / "a_file", "corpus": corpus, "inside_corpus": corpus / "report",
           "uncreatable": tmp_path / "a_file" / "sub"}[where]
    assert main(["run", "--corpus", str(corpus), "--out", str(out), "--no-progress"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("error: --out")
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt"]  # nothing written beside the articles


def test_a_rerun_replaces_its_own_files_and_leaves_others(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt"):
        (corpus / name).write_text(ARTICLES[name], encoding="utf-8")
    out = tmp_path / "report"
    cwd = Path.cwd()
    run_report(corpus, out, notebooks=["00_corpus", "01_source_comparison"], progress=False)
    assert Path.cwd() == cwd  # two notebooks at a time never move this process's working folder
    (out / "my_notes.txt").write_text("mine", encoding="utf-8")
    assert (out / "html" / "01_source_comparison.html").is_file()
    run_report(corpus, out, notebooks=["00_corpus"], progress=False)
    assert not (out / "html" / "01_source_comparison.html").exists()      # the old page is gone
    assert not (out / "charts" / "01_source_comparison").exists()
    assert (out / "html" / "00_corpus.html").is_file()
    assert (out / "my_notes.txt").read_text(encoding="utf-8") == "mine"  # not the kit's: left alone
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Not run this time (so not in this report): 01_source_comparison, 02_topic_terms, 03_framing" in index


def test_params_reach_the_notebooks_that_have_them(tmp_path, capsys):
    from helpers.run import notebook_parameters

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt", "d.txt"):
        (corpus / name).write_text(ARTICLES[name], encoding="utf-8")
    out = tmp_path / "report"
    assert "MAX_OUTLETS" in notebook_parameters()["00_corpus"]
    assert main(["run", "--corpus", str(corpus), "--out", str(out), "--no-progress", "--notebooks", "00_corpus",
                 "--param", "MAX_OUTLETS=1"]) == 0
    nb = nbformat.read(out / "notebooks" / "00_corpus.ipynb", as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert "MAX_OUTLETS = 1" in injected[0].source
    assert main(["run", "--corpus", str(corpus), "--out", str(out), "--no-progress", "--param", "NOPE=1"]) == 1
    assert "no notebook has a parameter NOPE" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["run", "--corpus", str(corpus), "--out", str(out), "--param", "novalue"])
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    assert "MAX_OUTLETS" in capsys.readouterr().out  # the settings are listed in --help


def test_pages_link_through_and_the_index_names_charts_by_title(folder_report):
    code, out, _ = folder_report
    assert code == 0
    pages = sorted((out / "html").glob("*.html"))
    for i, page in enumerate(pages):
        text = page.read_text(encoding="utf-8")
        assert text.count('<a href="../index.html">Index</a>') == 2  # header and footer
        if i + 1 < len(pages):
            assert f'href="{pages[i + 1].name}"' in text
        if i > 0:
            assert f'href="{pages[i - 1].name}"' in text
    index = (out / "index.html").read_text(encoding="utf-8")
    svg = next((out / "charts").rglob("*.svg"))
    title = re.search(r"<dc:title>(.*?)</dc:title>", svg.read_text(encoding="utf-8"), re.S).group(1)
    assert title.strip() and title.strip() in index  # the chart's finding, not only its file name


def test_each_notebook_opens_with_its_contents_and_ends_with_the_next_one():
    import json

    stems = sorted(p.stem for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    for k, stem in enumerate(stems):
        cells = json.loads((NOTEBOOKS / f"{stem}.ipynb").read_text(encoding="utf-8"))["cells"]
        heads = [line.lstrip("#").strip() for c in cells[2:] if c["cell_type"] == "markdown"
                 for line in "".join(c["source"]).splitlines() if re.match(r"^#{2,3} ", line)]
        contents = "".join(cells[1]["source"])
        assert contents.startswith("**Contents**")
        # JupyterLab and nbconvert both give a heading the id of its text with spaces as "-"
        links = [line.split("](#", 1)[1][:-1] for line in contents.splitlines() if "](#" in line]
        assert links == [h.replace(" ", "-") for h in heads]
        last = "".join(cells[-1]["source"])
        target = stems[k + 1] if k + 1 < len(stems) else stems[0]
        assert f"]({target}.ipynb)" in last


def test_report_pages_link_to_pages_and_to_their_own_headings(folder_report):
    code, out, _ = folder_report
    for page in (out / "html").glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert ".ipynb\"" not in text.replace('notebooks/', '')  # notebook links became page links
        ids = set(re.findall(r'id="([^"]+)"', text))
        import html as _html
        for a in re.findall(r'href="#([^"]+)"', text):
            assert _html.unescape(a) in {_html.unescape(i) for i in ids}, (page.name, a)


def test_the_full_passage_table_is_exported_and_listed_in_the_index(folder_report):
    code, out, _ = folder_report
    table = out / "charts" / "01_source_comparison" / "tables" / "01_shared_passages_all.csv"
    assert table.exists()
    head = table.read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("scope,kind,n_words,outlet_a")
    assert 'tables/01_shared_passages_all.csv"' in (out / "index.html").read_text(encoding="utf-8")


def _kernel_dies_at_start(times: int, monkeypatch) -> list[int]:
    """papermill's execute_notebook, failing as a kernel that dies at start-up does, ``times`` times."""
    import papermill

    real, calls = papermill.execute_notebook, []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) <= times:
            raise RuntimeError("Kernel died before replying to kernel_info")
        return real(*args, **kwargs)

    monkeypatch.setattr(papermill, "execute_notebook", flaky)
    monkeypatch.setattr("helpers.run.time.sleep", lambda s: None)
    return calls


def test_a_kernel_that_dies_at_start_is_started_again(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD_A, encoding="utf-8")
    calls = _kernel_dies_at_start(1, monkeypatch)
    run_report(corpus, tmp_path / "out", notebooks=["00_corpus"], progress=False, jobs=1)
    assert len(calls) == 2
    assert (tmp_path / "out" / "html" / "00_corpus.html").is_file()
    assert "the kernel died while starting" in (tmp_path / "out" / "logs" / "kernels.log").read_text(encoding="utf-8")


def test_a_kernel_that_never_starts_is_named_and_other_errors_are_not_retried(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD_A, encoding="utf-8")
    calls = _kernel_dies_at_start(99, monkeypatch)
    with pytest.raises(ReportError, match=r"00_corpus.ipynb did not run: its kernel failed to start 3 times"):
        run_report(corpus, tmp_path / "out", notebooks=["00_corpus"], progress=False, jobs=1)
    assert len(calls) == 3

    import papermill

    def other(*args, **kwargs):
        calls.append(1)
        raise RuntimeError("something else")

    monkeypatch.setattr(papermill, "execute_notebook", other)
    calls.clear()
    with pytest.raises(RuntimeError, match="something else"):
        run_report(corpus, tmp_path / "out2", notebooks=["00_corpus"], progress=False, jobs=1)
    assert len(calls) == 1
