"""Root pytest configuration: keep the notebook kernels' environment clean and reproducible.

nbval starts kernels that inherit this process's environment, so variables that change output
(hash seed, matplotlib backend, progress bars, a corpus path) are fixed or removed here, before
any kernel starts. The matplotlib font cache is built now so a cold machine does not print its
"building the font cache" message inside a notebook.
"""

import os

os.environ["PYTHONHASHSEED"] = "0"
for _var in ("MPLBACKEND", "CORPUS_DIR", "CORPUS", "JUPYTER_PLATFORM_DIRS", "PYTHONWARNINGS"):
    os.environ.pop(_var, None)
os.environ["TQDM_DISABLE"] = "1"
os.environ.setdefault("MPLCONFIGDIR", os.path.join(os.path.dirname(__file__), ".cache", "matplotlib"))

import matplotlib  # noqa: E402

matplotlib.use("agg")
import matplotlib.pyplot  # noqa: E402,F401  (warms the font cache)
