"""The notebooks work in JupyterLab itself: run from the Run menu in headless Chromium.

Skips, with the reason shown, where Chromium is absent; in CI (CI=true) it must run. Screenshots
go to the folder named by the environment variable LAB_SCREENSHOTS, or to
``.cache/jupyterlab-screenshots`` in the project.
"""

import os
from pathlib import Path

import nbformat
import pytest

from tests.jupyterlab_driver import chromium_available, copy_project, run_notebooks_in_lab

PROJECT = Path(__file__).resolve().parents[1]
SHOTS = Path(os.environ.get("LAB_SCREENSHOTS", PROJECT / ".cache" / "jupyterlab-screenshots"))

if not chromium_available():
    if os.environ.get("CI"):
        pytest.fail("Chromium (/usr/bin/chromium) is required in CI for the JupyterLab test; .ci/run installs it",
                    pytrace=False)
    pytest.skip("Chromium not installed (apt-get install chromium): JupyterLab browser test not run",
                allow_module_level=True)
pytest.importorskip("playwright", reason="playwright not installed (pip install -r requirements.txt)")


def test_every_notebook_runs_in_jupyterlab(tmp_path):
    root = copy_project(tmp_path / "project", PROJECT)
    names = sorted(p.name for p in (root / "notebooks").glob("*.ipynb"))
    results = run_notebooks_in_lab(root / "notebooks", names, SHOTS)
    report = {r.notebook: (r.problem, r.errors, r.execution_counts[:3]) for r in results if not r.ok}
    assert not report, f"failed in JupyterLab: {report} (screenshots in {SHOTS})"
    for r in results:
        assert r.screenshot is not None and r.screenshot.stat().st_size > 20_000, r.notebook
        assert r.execution_counts and r.execution_counts[-1] == len(r.execution_counts)
        # every chart is shown at its stored size (not shrunk), so its 8-point text stays 8 points
        assert r.image_scales and min(r.image_scales) > 0.99, (r.notebook, [round(x, 2) for x in r.image_scales])
        stored = sum(1 for c in nbformat.read(root / "notebooks" / r.notebook, as_version=4).cells
                     for o in c.get("outputs", []) if "image/png" in o.get("data", {}))
        assert len(r.image_scales) == stored, (r.notebook, len(r.image_scales), stored)  # every chart was on screen
        _check_tables(r.notebook, r.tables)
    # the example has long tables (evidence, quotes): at least one notebook must show them live
    assert sum(r.tables["live"] for r in results) > 0, [r.tables for r in results]


def _check_tables(where: str, t: dict) -> None:
    """Every long table came alive (DataTables ran, offline), and it searches and sorts."""
    assert t["live"] == t["stored"], (where, t)
    if t["live"]:
        assert t["rows_before"] > 0 and t["rows_searched"] == 0, (where, t)
        assert t["sorted"] in ("ascending", "descending"), (where, t)


def test_every_report_page_reads_in_the_browser(tmp_path):
    """A full-page screenshot of each report page (index included): nothing broken, nothing shrunk or cut."""
    from helpers.run import run_report
    from tests.conftest import CORPUS
    from tests.jupyterlab_driver import screenshot_report

    out = tmp_path / "report"
    run_report(CORPUS, out, progress=False)
    shots = screenshot_report(out, Path(os.environ.get("REPORT_SCREENSHOTS", PROJECT / ".cache" / "report-screenshots")))
    assert [s.page for s in shots][0] == "index.html" and len(shots) == 5
    for s in shots:
        assert s.screenshot.stat().st_size > 10_000, s.page
        assert s.broken_images == 0, s.page
        assert s.scroll_width <= s.viewport_width, (s.page, s.scroll_width)  # no page wider than the window
        assert all(x > 0.99 for x in s.image_scales), (s.page, s.image_scales)
        _check_tables(s.page, s.tables)  # the page works offline: the table library is inside it
    assert sum(s.tables["live"] for s in shots) > 0


def test_a_cell_that_raises_is_caught(tmp_path):
    """The test of the test: a deliberately broken copy must fail the check."""
    root = copy_project(tmp_path / "project", PROJECT)
    nb_path = root / "notebooks" / "00_corpus.ipynb"
    nb = nbformat.read(nb_path, as_version=4)
    nb.cells.insert(4, nbformat.v4.new_code_cell("raise ValueError('broken on purpose')"))  # after the parameters and imports
    nbformat.write(nb, nb_path)
    [result] = run_notebooks_in_lab(root / "notebooks", ["00_corpus.ipynb"], tmp_path / "shots")
    assert not result.ok
    # the raised error was saved from JupyterLab, and "Run All" stopped there: later cells never ran
    assert result.errors == ["ValueError: broken on purpose"], (result.problem, result.errors)
    assert result.execution_counts[:3] == [1, 2, 3] and result.execution_counts[3:] == [None] * (len(result.execution_counts) - 3)
