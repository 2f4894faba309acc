"""Drive JupyterLab in headless Chromium (Playwright) the way a researcher uses the kit.

Start JupyterLab on loopback on a temporary copy of the notebooks with their outputs cleared,
open each notebook, run all cells from the Run menu, wait for the kernel to be idle, save, take a
screenshot, then read the saved notebook from disk: every code cell must have run, in order, with
no error output. Uses Debian's Chromium (/usr/bin/chromium); never downloads a browser.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"]


def chromium_available() -> bool:
    return os.path.exists(CHROMIUM) and os.access(CHROMIUM, os.X_OK)


@dataclass
class LabResult:
    notebook: str
    execution_counts: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    screenshot: Path | None = None
    problem: str = ""
    image_scales: list = field(default_factory=list)  # displayed width / stored width of each chart
    tables: dict = field(default_factory=dict)  # interactive tables: stored, live, and a search and a sort tried

    @property
    def ok(self) -> bool:
        n = len(self.execution_counts)
        return not self.problem and not self.errors and self.execution_counts == list(range(1, n + 1))


def clear_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    for c in nb.cells:
        if c.cell_type == "code":
            c.outputs = []
            c.execution_count = None
    nbformat.write(nb, path)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def jupyterlab(root: Path, timeout: float = 90):
    """Start JupyterLab on 127.0.0.1 serving ``root``; yield its base URL; stop it afterwards."""
    port = _free_port()
    home = Path(tempfile.mkdtemp(prefix="lab-home-"))
    settings = home / "settings"
    for plugin, values in {
        "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
        "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
    }.items():
        d = settings / plugin.split("/")[0] / plugin.split("/")[1]
        d.mkdir(parents=True, exist_ok=True)
        (d / f"{plugin.split('/')[2]}.jupyterlab-settings").write_text(json.dumps(values), encoding="utf-8")
    env = dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(settings), JUPYTERLAB_WORKSPACES_DIR=str(home / "ws"),
               JUPYTER_RUNTIME_DIR=str(home / "runtime"), JUPYTER_CONFIG_DIR=str(home / "config"))
    log = open(home / "lab.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root", "--ServerApp.ip=127.0.0.1",
         f"--ServerApp.port={port}", "--ServerApp.port_retries=0", "--IdentityProvider.token=",
         "--ServerApp.password=", f"--ServerApp.root_dir={root}", "--ServerApp.disable_check_xsrf=True"],
        stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        t0 = time.time()
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/status", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.time() - t0 > timeout:
                log.flush()
                raise RuntimeError(f"JupyterLab did not start: {(home / 'lab.log').read_text()[-2000:]}")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        shutil.rmtree(home, ignore_errors=True)


def _wait_idle(page, timeout_ms: int) -> None:
    page.wait_for_function(
        """() => {
            const s = document.querySelector('#jp-main-statusbar');
            return s && /Idle/.test(s.textContent) && !/Connecting|Starting|Busy|Unknown/.test(s.textContent);
        }""", timeout=timeout_ms)


def _accept_kernel_dialog(page) -> None:
    dialog = page.locator(".jp-Dialog")
    if dialog.count() and dialog.first.is_visible():
        page.locator(".jp-Dialog .jp-mod-accept").first.click()


def run_notebooks_in_lab(root: Path, notebooks: list[str], shots: Path, *, cell_timeout_s: int = 240) -> list[LabResult]:
    """Open each notebook of ``root`` in JupyterLab, run all cells from the menu, save, check, screenshot."""
    from playwright.sync_api import sync_playwright

    shots.mkdir(parents=True, exist_ok=True)
    results = []
    with jupyterlab(root) as url, sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            user_data_dir=tempfile.mkdtemp(prefix="chromium-"), executable_path=CHROMIUM, headless=True,
            args=CHROMIUM_ARGS, viewport={"width": 1400, "height": 1000})
        try:
            for name in notebooks:
                res = LabResult(notebook=name)
                page = ctx.new_page()
                try:
                    page.goto(f"{url}/lab/tree/{name}?reset", wait_until="domcontentloaded")
                    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
                    time.sleep(1.0)
                    _accept_kernel_dialog(page)
                    _wait_idle(page, 60_000)
                    n_code = page.locator(".jp-Notebook .jp-CodeCell").count()
                    page.locator("#jp-MainMenu").get_by_text("Run", exact=True).click()
                    page.locator(".lm-Menu").get_by_text("Run All Cells", exact=True).click()
                    # Done when every code cell has a number, or (after an error stops "Run All") when
                    # no cell is pending, at least one has run, and the kernel is idle.
                    page.wait_for_function(
                        """(n) => {
                            const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')];
                            const done = prompts.filter(p => /\\[\\d+\\]/.test(p.textContent)).length;
                            const pending = prompts.some(p => /\\[\\*\\]/.test(p.textContent));
                            const s = document.querySelector('#jp-main-statusbar');
                            const idle = s && /Idle/.test(s.textContent);
                            return prompts.length === n && (done === n || (done > 0 && !pending && idle));
                        }""", arg=n_code, timeout=cell_timeout_s * 1000)
                    _wait_idle(page, cell_timeout_s * 1000)
                    page.locator(".jp-Notebook").first.click(position={"x": 5, "y": 5})
                    page.keyboard.press("Control+s")
                    page.wait_for_function(
                        "() => !document.querySelector('.jp-mod-current .jp-mod-dirty, .lm-TabBar-tab.jp-mod-current.jp-mod-dirty')",
                        timeout=30_000)
                    time.sleep(1.0)
                    # the whole notebook in one picture: a viewport as tall as the notebook renders every cell
                    height = page.evaluate("""() => {
                        const el = document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer')
                                   || document.querySelector('.jp-NotebookPanel-notebook');
                        return el ? el.scrollHeight : 1000; }""")
                    page.set_viewport_size({"width": 1400, "height": int(min(max(height + 200, 1000), 30000))})
                    page.evaluate("""() => { const el = document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer');
                                             if (el) el.scrollTo(0, 0); }""")  # "Run All" left it at the end
                    time.sleep(2.0)
                    res.image_scales = page.evaluate("""() => [...document.querySelectorAll(
                        '.jp-NotebookPanel .jp-RenderedImage img')].filter(i => i.naturalWidth > 0)
                        .map(i => i.getBoundingClientRect().width / i.naturalWidth)""")
                    res.screenshot = shots / f"{Path(name).stem}.png"
                    page.screenshot(path=str(res.screenshot), full_page=True)
                    res.tables = try_interactive_table(page)
                except Exception as exc:  # noqa: BLE001 - reported as the notebook's problem
                    res.problem = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
                    res.screenshot = shots / f"{Path(name).stem}-failed.png"
                    try:
                        page.screenshot(path=str(res.screenshot))
                    except Exception:  # noqa: BLE001
                        pass
                finally:
                    page.close()
                nb = nbformat.read(root / name, as_version=4)
                for c in nb.cells:
                    if c.cell_type != "code":
                        continue
                    res.execution_counts.append(c.execution_count)
                    for o in c.get("outputs", []):
                        if o.get("output_type") == "error":
                            res.errors.append(f"{o.get('ename')}: {o.get('evalue')}")
                results.append(res)
        finally:
            ctx.close()
    return results


def copy_project(dest: Path, project: Path) -> Path:
    """Copy notebooks/ and corpus/ (what the notebooks read) into ``dest`` with outputs cleared."""
    shutil.copytree(project / "notebooks", dest / "notebooks")
    shutil.copytree(project / "corpus", dest / "corpus")
    for nb in (dest / "notebooks").glob("*.ipynb"):
        clear_outputs(nb)
    return dest


_TABLES_JS = """() => ({
    stored: document.querySelectorAll('table[id^="kit_"]').length,
    live: document.querySelectorAll('.dt-container table[id^="kit_"].dataTable').length})"""


def try_interactive_table(page) -> dict:
    """Count the kit's long tables and whether DataTables made them live; search and sort the first one.

    Returns ``{"stored": n, "live": n}`` plus, when a table is live, ``rows_before`` / ``rows_searched``
    (rows shown before and after typing a word no row holds) and ``sorted`` (the header's aria-sort
    after a click).
    """
    info = page.evaluate(_TABLES_JS)
    if not info["live"]:
        return info
    box = page.locator(".dt-container").first
    box.scroll_into_view_if_needed()
    rows = "(el) => el.querySelectorAll('tbody tr:not(:has(td.dt-empty))').length"
    info["rows_before"] = box.evaluate(rows)
    box.locator("input[type=search]").fill("qqzzxq-no-such-word")
    time.sleep(0.3)
    info["rows_searched"] = box.evaluate(rows)
    box.locator("input[type=search]").fill("")
    # the sort control of the first sortable column of the header's last row (a two-row header sorts
    # from its icon only)
    header = box.locator("thead tr").last.locator('th.dt-orderable-asc:not([data-dt-order="disable"])').first
    header.locator(".dt-column-order").click()
    time.sleep(0.3)
    info["sorted"] = header.get_attribute("aria-sort")
    return info


@dataclass
class PageShot:
    page: str
    screenshot: Path
    scroll_width: int
    viewport_width: int
    broken_images: int
    image_scales: list
    tables: dict = field(default_factory=dict)


def screenshot_report(report: Path, shots: Path, *, width: int = 1400) -> list[PageShot]:
    """A full-page screenshot of every page of a report folder (index first), with what a reader would see wrong."""
    from playwright.sync_api import sync_playwright

    shots.mkdir(parents=True, exist_ok=True)
    pages = [report / "index.html", *sorted((report / "html").glob("*.html"))]
    out = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            for p in pages:
                page.goto(p.resolve().as_uri(), wait_until="load")
                time.sleep(0.3)
                info = page.evaluate("""() => ({
                    scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
                    broken: [...document.images].filter(i => !i.complete || i.naturalWidth === 0).length,
                    scales: [...document.images].filter(i => i.naturalWidth > 0)
                            .map(i => i.getBoundingClientRect().width / i.naturalWidth)})""")
                shot = shots / f"report-{p.stem}.png"
                page.screenshot(path=str(shot), full_page=True)
                tables = try_interactive_table(page)
                out.append(PageShot(p.name, shot, info["scroll"], info["inner"], info["broken"], info["scales"], tables))
        finally:
            browser.close()
    return out
