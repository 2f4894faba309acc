"""load_corpus on the example corpus and on every kind of bad input."""

import hashlib
import warnings

import pandas as pd
import pytest

from helpers import CorpusError, load_corpus, read_article
from tests.conftest import CORPUS, GOOD_A, GOOD_B


def test_example_corpus_columns_and_order():
    df = load_corpus(CORPUS)
    for col in ["doc_id", "outlet", "title", "date", "url", "author", "text", "raw", "n_words"]:
        assert col in df.columns
    assert df["doc_id"].tolist() == sorted(df["doc_id"])
    assert df["outlet"].tolist() == ["Kompas.com", "Tuturpedia.com", "unknown", "Pos-Kupang.com", "Kabarbursa.com"]
    assert (df["url"] == "").all()  # no invented URLs


def test_raw_is_the_file_and_files_are_not_written():
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in CORPUS.glob("*.txt")}
    df = load_corpus(CORPUS)
    for row in df.itertuples():
        assert (CORPUS / row.file).read_bytes().decode("utf-8") == row.raw
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in CORPUS.glob("*.txt")}
    assert before == after


def test_inference_without_manifest(make_corpus):
    folder = make_corpus({"a.txt": GOOD_A, "b.txt": GOOD_B})
    df = load_corpus(folder)
    a, b = df.iloc[0], df.iloc[1]
    assert (a.doc_id, a.outlet, a.date, a.outlet_source) == ("a", "Kompas.com", "2024-06-18", "dateline")
    assert (b.outlet, b.title, b.author) == ("Tuturpedia.com", "Judul Berita", "Ani")
    assert "Baca juga" not in a.text and a.text.startswith("Presiden Rusia")


def test_manifest_wins(make_corpus):
    folder = make_corpus({"a.txt": GOOD_A, "b.txt": GOOD_B,
                          "manifest.csv": "file,doc_id,outlet,title\na.txt,x1,Harian X,Judul X\n"})
    df = load_corpus(folder)
    row = df[df.file == "a.txt"].iloc[0]
    assert (row.doc_id, row.outlet, row.title, row.outlet_source) == ("x1", "Harian X", "Judul X", "manifest")
    assert df[df.file == "b.txt"].iloc[0].outlet == "Tuturpedia.com"  # not in manifest: inferred


def test_missing_folder(tmp_path):
    with pytest.raises(CorpusError, match="not found"):
        load_corpus(tmp_path / "nope")


def test_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match="no .txt articles"):
        load_corpus(tmp_path)


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("space.txt", b"  \n\t\n", "whitespace only"),
        ("bin.txt", b"abc\x00\x01\x02def", "binary file"),
        ("boiler.txt", "Baca juga: X\n\nADVERTISEMENT\n", "cleans to nothing"),
    ],
)
def test_bad_file_raises_naming_file(make_corpus, name, content, reason):
    folder = make_corpus({"good.txt": GOOD_A, name: content})
    with pytest.raises(CorpusError) as exc:
        load_corpus(folder)
    assert name in str(exc.value) and reason in str(exc.value)


def test_every_bad_file_listed_and_skip_keeps_good(make_corpus):
    folder = make_corpus({"good.txt": GOOD_A, "good2.txt": GOOD_B, "empty.txt": b"",
                          "bin.txt": b"\x00\x00", "boiler.txt": "ADVERTISEMENT\n"})
    with pytest.raises(CorpusError) as exc:
        load_corpus(folder)
    assert {f for f, _ in exc.value.problems} == {"empty.txt", "bin.txt", "boiler.txt"}
    with pytest.warns(UserWarning, match="skipped 3"):
        df = load_corpus(folder, errors="skip")
    assert df["doc_id"].tolist() == ["good", "good2"]
    assert {s["file"] for s in df.attrs["skipped"]} == {"empty.txt", "bin.txt", "boiler.txt"}
    # no data lost from the good articles
    assert df.iloc[0].text == load_corpus(make_corpus({"good.txt": GOOD_A})).iloc[0].text


def test_utf8_bom(make_corpus):
    folder = make_corpus({"a.txt": b"\xef\xbb\xbf" + GOOD_A.encode()})
    df = load_corpus(folder)
    assert df.iloc[0].encoding == "utf-8-sig" and df.iloc[0].outlet == "Kompas.com"
    assert not df.iloc[0].raw.startswith("\ufeff")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_bom(make_corpus, codec):
    data = GOOD_A.encode(codec)
    if codec != "utf-16":  # add the BOM the plain codec would write
        data = ("\ufeff" + GOOD_A).encode(codec)
    df = load_corpus(make_corpus({"a.txt": data}))
    assert df.iloc[0].encoding == "utf-16" and "Pyongyang" in df.iloc[0].text


def test_cp1252_fallback_warns_with_file_name(make_corpus):
    data = "KOMPAS.com - Caf\u00e9 \u201cenak\u201d di Jakarta.\n".encode("cp1252")
    folder = make_corpus({"old.txt": data})
    with pytest.warns(UserWarning, match="old.txt: not valid UTF-8; decoded as cp1252"):
        df = load_corpus(folder)
    assert "Caf\u00e9" in df.iloc[0].text and df.attrs["warnings"]


def test_crlf_line_endings(make_corpus):
    folder = make_corpus({"a.txt": GOOD_A.replace("\n", "\r\n"), "b.txt": GOOD_A})
    df = load_corpus(folder)
    assert df.iloc[0].text == df.iloc[1].text and "\r" not in df.iloc[0].text
    assert df.iloc[0].raw.count("\r\n") == 2  # raw kept as decoded


def test_manifest_missing_file(make_corpus):
    folder = make_corpus({"a.txt": GOOD_A, "manifest.csv": "file,outlet\na.txt,X\nghost.txt,Y\n"})
    with pytest.raises(CorpusError, match="ghost.txt: manifest.csv line 3: listed but no such file"):
        load_corpus(folder)
    with pytest.warns(UserWarning):
        assert len(load_corpus(folder, errors="skip")) == 1


def test_manifest_path_escapes_folder(make_corpus, tmp_path):
    (tmp_path / "secret.txt").write_text(GOOD_B, encoding="utf-8")
    folder = make_corpus({"a.txt": GOOD_A, "manifest.csv": "file,outlet\n../secret.txt,X\n"})
    with pytest.raises(CorpusError, match="escapes the corpus folder"):
        load_corpus(folder)
    folder2 = make_corpus({"manifest.csv": f"file,outlet\n{tmp_path / 'secret.txt'},X\n"})
    with pytest.raises(CorpusError, match="escapes the corpus folder"):
        load_corpus(folder2)


def test_manifest_broken(make_corpus):
    folder = make_corpus({"a.txt": GOOD_A, "manifest.csv": "name,outlet\na.txt,X\n"})
    with pytest.raises(CorpusError, match="no 'file' column"):
        load_corpus(folder)
    folder = make_corpus({"a.txt": GOOD_A, "manifest.csv": b"\x00\xff\xfe garbage"})
    with pytest.raises(CorpusError, match="manifest.csv"):
        load_corpus(folder)


def test_duplicate_doc_id(make_corpus):
    folder = make_corpus({"a.txt": GOOD_A, "b.txt": GOOD_B,
                          "manifest.csv": "file,doc_id\na.txt,same\nb.txt,same\n"})
    with pytest.raises(CorpusError, match="duplicate doc_id 'same'"):
        load_corpus(folder)
    with pytest.warns(UserWarning):
        df = load_corpus(folder, errors="skip")
    assert df["file"].tolist() == ["a.txt"]


def test_not_a_folder(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("x", encoding="utf-8")
    with pytest.raises(CorpusError, match="not a folder"):
        load_corpus(p)


def test_errors_argument_checked():
    with pytest.raises(ValueError):
        load_corpus(CORPUS, errors="ignore")


def test_read_article_names_file(tmp_path):
    p = tmp_path / "z.txt"
    p.write_bytes(b"")
    with pytest.raises(CorpusError, match="z.txt: empty file"):
        read_article(p)


def test_corpus_rules_extend(make_corpus):
    rules = ("rule_id,label,action,match,pattern,then,field,case,note\n"
             "my_footer,footer,drop,line,Dukung kami.*,,,ignore,test\n")
    text = "KOMPAS.com - Isi berita.\nDukung kami di Patreon agar berita tetap gratis.\n"
    df_plain = load_corpus(make_corpus({"a.txt": text}))
    assert "Dukung kami" in df_plain.iloc[0].text
    folder = make_corpus({"a.txt": text, "cleaning_rules.csv": rules})
    assert "Dukung kami" not in load_corpus(folder).iloc[0].text
