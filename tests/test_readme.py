"""The README's "Use your own articles" steps, executed as a newcomer would on fixture articles:
the manifest columns it lists, the report command it gives, and the cleaning row it shows."""

import re
import shlex
from pathlib import Path

import pandas as pd

from helpers import load_corpus
from helpers.clean import cleaning_audit
from helpers.run import main
from tests.conftest import GOOD_A, GOOD_B

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## Use your own articles"):README.index("## Cleaning scraped text")]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_A + "Dukung kami dengan berlangganan hari ini\n", encoding="utf-8")
    (folder / "b.txt").write_text(GOOD_B, encoding="utf-8")
    columns = re.search(r"`file` column and any of `([^`]+)`", SECTION).group(1).split(", ")
    row_a = {"doc_id": "a", "outlet": "Harian A", "title": "Judul A", "pub_date": "2024-06-19 10:00",
             "event_date": "2024-06-18", "url": "https://a.example/1", "author": "Ani", "editor": "Budi"}
    man = pd.DataFrame([dict(file="a.txt", **{c: row_a[c] for c in columns}), dict(file="b.txt")])
    man.to_csv(folder / "manifest.csv", index=False)
    return folder


def test_the_manifest_columns_the_readme_lists_are_read(tmp_path):
    df = load_corpus(_folder(tmp_path)).set_index("doc_id")
    assert (df.loc["a", "outlet"], df.loc["a", "title"], df.loc["a", "url"]) == ("Harian A", "Judul A",
                                                                                 "https://a.example/1")
    assert df.loc["a", "event_date"] == "2024-06-18" and df.loc["a", "pub_date_source"] == "manifest"
    assert str(df.loc["a", "pub_date"]) == "2024-06-19 03:00:00+00:00"


def test_the_report_command_as_written(tmp_path):
    block = re.search(r"### 2\. Get the whole analysis in one command\s+```bash\n(.+?)\n```", SECTION, re.S).group(1)
    argv = shlex.split(block)
    assert argv[:4] == [".venv/bin/python", "-m", "helpers", "run"]
    args = argv[4:]
    args[args.index("--corpus") + 1] = str(_folder(tmp_path))
    out = tmp_path / args[args.index("--out") + 1]
    args[args.index("--out") + 1] = str(out)
    assert main(["run", *args, "--no-progress"]) == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    for stem in ("00_corpus", "01_source_comparison", "02_topic_terms", "03_framing"):
        assert f"html/{stem}.html" in index and (out / "html" / f"{stem}.html").is_file()


def test_the_cleaning_row_the_readme_shows_works(tmp_path):
    m = re.search(r"first line is the kit's header `([^`]+)`, with one row per rule, e\.g\. `([^`]+)`", SECTION)
    header, row = m.group(1), m.group(2)
    folder = _folder(tmp_path)
    before = cleaning_audit(load_corpus(folder))
    assert before["text"].str.startswith("Dukung kami").any()
    assert not (before["rule"] == row.split(",")[0]).any()
    (folder / "cleaning_rules.csv").write_text(header + "\n" + row + "\n", encoding="utf-8")
    after = cleaning_audit(load_corpus(folder))
    hit = after[after["text"].str.startswith("Dukung kami")]
    assert hit["rule"].tolist() == ["my_footer"] and hit["action"].tolist() == ["drop"]
    assert "Dukung kami" not in load_corpus(folder).set_index("doc_id").loc["a", "text"]
