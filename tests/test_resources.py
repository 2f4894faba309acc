"""resources: one Resources per corpus folder; edits take effect in the same process; a corpus file
adds rows and replaces only the rows with its keys; options are checked; the layers import downwards."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers import cleaning_audit, load_corpus, load_resources
from helpers.resources import DATA_DIR, read_table, table_key
from tests.conftest import CORPUS

HELPERS = Path(__file__).resolve().parents[1] / "helpers"
TABLES = sorted(p.name for p in DATA_DIR.glob("*.csv"))


def _write(path: Path, frame: pd.DataFrame) -> None:
    path.write_text("# a corpus folder's own rows (test)\n" + frame.to_csv(index=False), encoding="utf-8")


def test_every_table_declares_a_key_that_is_unique():
    for name in TABLES:
        key = table_key(name)
        t = read_table(DATA_DIR / name)
        assert set(key) <= set(t.columns), name
        assert not t.duplicated(key).any(), f"{name}: key {key} repeated"


def _kit_and_rows(name):
    """The kit's table, and a table with rows to edit (the example corpus's where the kit's is empty)."""
    base = read_table(DATA_DIR / name)
    if len(base):
        return base, base
    return base, read_table(CORPUS / name)


@pytest.mark.parametrize("name", [t for t in TABLES if len(read_table(DATA_DIR / t))])  # an event's table ships empty
def test_a_replacing_row_changes_exactly_that_row(tmp_path, name):
    base = read_table(DATA_DIR / name)
    key = table_key(name)
    other = [c for c in base.columns if c not in key]
    row = base.iloc[[len(base) // 2]].copy()
    if other:
        row[other[-1]] = "changed by the corpus"
    _write(tmp_path / name, row)
    merged = load_resources(tmp_path).table(name)
    assert len(merged) == len(base)
    diff = (merged != base).any(axis=1)
    assert diff.sum() == (1 if other else 0)
    if other:
        assert diff.idxmax() == len(base) // 2  # replaced in place
        assert merged.loc[len(base) // 2, other[-1]] == "changed by the corpus"


@pytest.mark.parametrize("name", TABLES)
def test_an_added_row_adds_exactly_one_row(tmp_path, name):
    base, source = _kit_and_rows(name)
    key = table_key(name)
    row = source.iloc[[0]].copy()
    row[key[-1]] = row[key[-1]] + "_new_key"
    _write(tmp_path / name, row)
    merged = load_resources(tmp_path).table(name)
    assert len(merged) == len(base) + 1
    assert merged.iloc[1:].reset_index(drop=True).equals(base)  # the kit's rows untouched, in order
    assert merged.iloc[0][key[-1]].endswith("_new_key")  # the corpus's new row is tried first


def test_a_corpus_file_missing_a_column_is_named(tmp_path):
    from helpers import CorpusError

    (tmp_path / "aliases.csv").write_text("canonical,note\nX,Y\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"aliases\.csv: key columns \['pattern'\] missing"):
        load_resources(tmp_path)
    (tmp_path / "aliases.csv").write_text("pattern,canonical\nJokowi,Joko Widodo\n", encoding="utf-8")
    row = load_resources(tmp_path).table("aliases.csv").iloc[0]  # columns left out are empty
    assert (row["pattern"], row["case_sensitive"], row["note"]) == ("Jokowi", "", "")


def test_an_edited_cleaning_rule_takes_effect_in_the_same_process(tmp_path):
    (tmp_path / "a.txt").write_text("Putin tiba di Pyongyang pada malam hari.\nSimak terus kabar kami ya\n",
                                    encoding="utf-8")
    first = cleaning_audit(load_corpus(tmp_path))
    n_rules = len(load_resources(tmp_path).table("cleaning_rules.csv"))
    assert first.loc[1, "rule"] != "promo_simak"
    (tmp_path / "cleaning_rules.csv").write_text(
        "rule_id,label,action,match,pattern,then,field,case,note\n"
        "promo_simak,promo,drop,line,simak terus kabar kami.*,,,ignore,test rule\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)  # no cache clearing, no restart
    assert len(load_resources(tmp_path).table("cleaning_rules.csv")) == n_rules + 1
    second = cleaning_audit(corpus)
    assert second.loc[1, ["label", "action", "rule"]].tolist() == ["promo", "drop", "promo_simak"]
    # and editing it again (same size, new pattern) is seen too
    (tmp_path / "cleaning_rules.csv").write_text(
        "rule_id,label,action,match,pattern,then,field,case,note\n"
        "promo_simak,promo,drop,line,simak terus kabar lain.*,,,ignore,test rule\n", encoding="utf-8")
    assert cleaning_audit(load_corpus(tmp_path)).loc[1, "rule"] != "promo_simak"


def test_one_row_calendar_keeps_the_kit_rows_and_the_facts(tmp_path):
    from helpers.facts import extract_facts

    kit = read_table(DATA_DIR / "calendar.csv")
    before = extract_facts(load_corpus(CORPUS))
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    (folder / "calendar.csv").write_text("kind,name,value\nidentifier,perpres,0\n", encoding="utf-8")
    merged = load_resources(folder).table("calendar.csv")
    assert len(merged) == len(kit) + 1
    assert merged.iloc[1:].reset_index(drop=True).equals(kit)
    after = extract_facts(load_corpus(folder))
    pd.testing.assert_frame_equal(before, after)
    assert not after["text"].str.contains("19 Tahun|2003 ada").any()


def test_date_words_can_be_added_per_corpus(tmp_path):
    from helpers.text import find_dates

    (tmp_path / "calendar.csv").write_text("kind,name,value\nmonth,Juin,6\n", encoding="utf-8")
    res = load_resources(tmp_path)
    assert find_dates("Rabu, 19 Juin 2024") == []  # the kit has no French month names
    assert find_dates("Rabu, 19 Juin 2024", resources=res)[0]["date"] == "2024-06-19"


def test_a_corpus_lexicon_is_used_by_frame_scores(tmp_path):
    from helpers.framing import frame_scores

    (tmp_path / "a.txt").write_text("KOMPAS.com - Tambang nikel itu merusak hutan adat warga.\n", encoding="utf-8")
    (tmp_path / "frames.csv").write_text("frame,kind,pattern,note\nenvironment,event,hutan*,test\n",
                                         encoding="utf-8")
    scores = frame_scores(load_corpus(tmp_path)).set_index("frame")
    assert scores.loc["environment", "hits"] == 1
    assert "conflict" in scores.index  # the kit's frames are still there


def test_the_resources_cache_is_bounded(tmp_path):
    from helpers import resources as r

    for i in range(20):
        d = tmp_path / str(i)
        d.mkdir()
        load_resources(d)
    assert len(r._CACHE) <= r._CACHE_SIZE


@pytest.mark.parametrize("call", [
    lambda c: __import__("helpers.framing", fromlist=["x"]).frame_scores(c, unit="paragraphs"),
    lambda c: __import__("helpers.framing", fromlist=["x"]).frame_evidence(c, unit="paragraphs"),
    lambda c: __import__("helpers.topics", fromlist=["x"]).topics(c, unit="paragraphs"),
    lambda c: __import__("helpers.text", fromlist=["x"]).text_units(c, unit="paragraphs"),
    lambda c: __import__("helpers.terms", fromlist=["x"]).keyness(c, method="chi-square"),
    lambda c: __import__("helpers.terms", fromlist=["x"]).keyness(c, method="g2", correction="yates"),
    lambda c: __import__("helpers.similarity", fromlist=["x"]).similarity_matrix(c, "cosine"),
    lambda c: __import__("helpers.similarity", fromlist=["x"]).similarity_matrix(c, "shingles", measure="dice"),
    lambda c: load_corpus(CORPUS, errors="ignore"),
])
def test_an_unknown_option_names_the_allowed_values(call):
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": ["Satu dua.", "Tiga empat."]})
    with pytest.raises(ValueError, match=r"must be one of '.+' \(got '"):
        call(corpus)


def test_keyness_checks_its_method_before_any_work(monkeypatch):
    import helpers.terms as terms

    monkeypatch.setattr(terms, "dfm", lambda *a, **k: pytest.fail("the matrix was built first"))
    with pytest.raises(ValueError, match="method must be one of"):
        terms.keyness(pd.DataFrame({"doc_id": [], "outlet": [], "text": []}), method="tfidf")


LOWER = {"errors", "resources", "text", "clean", "dates", "corpus"}
ANALYSES = {"describe", "similarity", "attribution", "facts", "terms", "topics", "framing"}
UPPER = {"plots", "report", "run", "__main__", "__init__"}


def _imports(module: str) -> set[str]:
    tree = ast.parse((HELPERS / f"{module}.py").read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            out.add((node.module or "").split(".")[0])
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("helpers."):
            out.add(node.module.split(".")[1])
    return out


def test_modules_are_the_layers_the_readme_draws():
    assert {p.stem for p in HELPERS.glob("*.py")} == LOWER | ANALYSES | UPPER


def test_no_analysis_imports_another_and_nothing_imports_upwards():
    rank = {"errors": 0, "resources": 1, "text": 2, "clean": 3, "dates": 3, "corpus": 4}
    for m in LOWER:
        for dep in _imports(m):
            assert dep in rank and rank[dep] < rank[m], f"{m} imports {dep}"
    for m in ANALYSES:
        assert _imports(m) <= LOWER, f"{m} imports {_imports(m) - LOWER}"
    assert not (_imports("plots") & ANALYSES)


def test_importing_the_kit_reads_no_data_file():
    code = (
        "import builtins, pathlib\n"
        "seen = []\n"
        "real = builtins.open\n"
        "def spy(f, *a, **k):\n"
        "    seen.append(str(f))\n"
        "    return real(f, *a, **k)\n"
        "builtins.open = spy\n"
        "import helpers, helpers.attribution, helpers.facts, helpers.framing, helpers.similarity, helpers.topics\n"
        "print(sum('helpers/data' in s.replace(chr(92), '/') for s in seen))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_a_corpus_folder_adds_its_own_domain_of_news(tmp_path):
    """A researcher's domains.csv and frames.csv rows: "perang" in a film review is a plot, not a conflict."""
    from helpers.framing import article_domains, frame_evidence

    (tmp_path / "a.txt").write_text("Film itu dibintangi aktor muda. Sutradara memuji adegan perang di film itu.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Perang di perbatasan berlanjut.\n", encoding="utf-8")
    # the kit's own fiction domain needs 3 markers; the researcher's "review" domain needs 2 of its own words, and
    # their frames.csv row (same frame and pattern) replaces the kit's, so perang* is left out of reviews
    (tmp_path / "domains.csv").write_text("domain,pattern,min_markers,note\nreview,dibintangi,2,x\nreview,memuji,2,x\n",
                                          encoding="utf-8")
    (tmp_path / "frames.csv").write_text("frame,kind,pattern,not_in_domain\nconflict,generic,perang*,review\n",
                                         encoding="utf-8")
    c = load_corpus(tmp_path)
    assert article_domains(c)[["domain", "n_markers"]].values.tolist() == [["fiction", 4], ["review", 2]]
    ev = frame_evidence(c)
    assert ev.loc[ev["frame"] == "conflict", "doc_id"].tolist() == [c.loc[c["text"].str.startswith("Perang"), "doc_id"].iloc[0]]
    with pytest.raises(ValueError, match="article_domains"):
        frame_evidence(c, domains=pd.DataFrame({"doc": ["a"]}))
