"""load_corpus on the example corpus and on every kind of bad input."""

import hashlib
import warnings

import pandas as pd
import pytest

from helpers import CorpusError, load_corpus, read_article
from tests.conftest import CORPUS, GOOD_A, GOOD_B


def test_example_corpus_columns_and_order():
    df = load_corpus(CORPUS)
    for col in ["doc_id", "outlet", "title", "pub_date", "event_date", "url", "author", "text", "raw", "n_words"]:
        assert col in df.columns
    assert df["doc_id"].tolist() == sorted(df["doc_id"])
    assert df["outlet"].tolist() == ["Kompas.com", "Tuturpedia.com", "unknown", "Pos-Kupang.com", "Kabarbursa.com"]
    assert (df["url"] == "").all()  # no invented URLs


def test_event_date_is_no_date_of_birth(make_corpus):
    text = ("KOMPAS.com - Pria kelahiran Bandung, 21 Januari 1968 itu dilantik Senin (9/6/2025).\n"
            "Ia menjabat sejak 2020.\n")
    df = load_corpus(make_corpus({"a.txt": text}))
    assert df.iloc[0].event_date == "2025-06-09"
    assert df.iloc[0].event_date_source == "text: Senin (9/6/2025)"


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
    assert (a.doc_id, a.outlet, a.event_date, a.outlet_source) == ("a", "Kompas.com", "2024-06-18", "dateline")
    assert pd.isna(a.pub_date) and a.pub_date_source == "none"  # a publication date is never guessed from the body
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


def test_manifest_missing_file_and_unlisted_file_are_warnings(make_corpus):
    folder = make_corpus({"a.txt": GOOD_A, "b.txt": GOOD_B, "manifest.csv": "file,outlet\na.txt,X\nghost.txt,Y\n"})
    with pytest.warns(UserWarning) as w:
        df = load_corpus(folder)
    msgs = [str(x.message) for x in w]
    assert any("ghost.txt: manifest.csv line 3 lists it, but there is no such file" in m for m in msgs)
    assert any("1 .txt file(s) not in manifest.csv" in m and "b.txt" in m for m in msgs)
    assert list(df["doc_id"]) == ["a", "b"] and df.loc[0, "outlet"] == "X"


def test_a_file_listed_twice_is_an_error_or_a_warning_naming_both_rows(make_corpus):
    folder = make_corpus({"a.txt": GOOD_A, "manifest.csv": "file,outlet,date\na.txt,X,2024-06-18\na.txt,Y,2024-06-19\n"})
    with pytest.raises(CorpusError, match="a.txt: manifest.csv lines 2 and 3 both list it"):
        load_corpus(folder)
    with pytest.warns(UserWarning, match="lines 2 and 3 both list it; line 2 is used"):
        df = load_corpus(folder, errors="skip")
    assert df.loc[0, "outlet"] == "X"


def test_paths_and_folders_are_named_for_what_they_are(tmp_path):
    with pytest.raises(CorpusError, match="file not found: .*typo.csv"):
        load_corpus(tmp_path / "typo.csv")
    with pytest.raises(CorpusError, match="corpus folder not found"):
        load_corpus(tmp_path / "nofolder")
    pd.DataFrame({"id": ["1"], "text": [GOOD_A]}).to_csv(tmp_path / "export.csv", index=False)
    with pytest.raises(CorpusError, match=r"no .txt articles .*it holds export.csv: give that file as the corpus"):
        load_corpus(tmp_path)


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


# --- CSV and JSONL exports -----------------------------------------------------------------

def test_jsonl_with_alternative_column_names(tmp_path):
    import json

    rows = [{"stories_id": 7, "media_name": "Harian X", "publish_date": "2024-06-19", "content": GOOD_A,
             "headline": "Judul A", "link": "https://x.example/a"},
            {"stories_id": 8, "content": GOOD_B}]
    p = tmp_path / "export.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    df = load_corpus(p)
    a, b = df.set_index("doc_id").loc["7"], df.set_index("doc_id").loc["8"]
    assert (a.outlet, a.title, a.url, a.outlet_source) == ("Harian X", "Judul A", "https://x.example/a", "column 'media_name'")
    assert a.pub_date == pd.Timestamp("2024-06-18 17:00", tz="UTC")  # midnight in Jakarta
    assert (a.pub_date_raw, a.pub_date_precision, a.pub_date_source) == ("2024-06-19", "day", "column 'publish_date'")
    assert (b.outlet, b.title) == ("Tuturpedia.com", "Judul Berita")  # inferred from its own text
    assert "Baca juga" not in a.text and a.file == "export.jsonl line 1"
    from helpers import cleaning_audit

    audit = cleaning_audit(df)
    assert len(audit) == df["n_lines"].sum()


def test_csv_with_quoted_multiline_text(tmp_path):
    df_in = pd.DataFrame({"id": ["a", "b"], "source": ["KOMPAS", "Suara"], "text": [GOOD_A, "Suara.com - Isi berita.\nBaris dua."]})
    p = tmp_path / "export.csv"
    df_in.to_csv(p, index=False)
    df = load_corpus(p)
    assert df["outlet"].tolist() == ["Kompas.com", "Suara"]  # "KOMPAS" made canonical by outlets.csv
    assert df.set_index("doc_id").loc["b", "text"] == "Isi berita.\nBaris dua."


def test_rows_without_text_are_reported_with_their_line(tmp_path):
    import json

    lines = [json.dumps({"id": "ok", "text": GOOD_A}), json.dumps({"id": "empty", "text": ""}),
             "{not json", json.dumps({"id": "none", "text": None}), json.dumps(["a", "list"]),
             json.dumps({"id": "junk", "text": "ADVERTISEMENT"})]
    p = tmp_path / "bad.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError) as exc:
        load_corpus(p)
    got = dict(exc.value.problems)
    assert got["bad.jsonl line 2"] == "no text"
    assert got["bad.jsonl line 3"].startswith("not valid JSON")
    assert got["bad.jsonl line 4"] == "no text"
    assert got["bad.jsonl line 5"] == "not a JSON object"
    assert got["bad.jsonl line 6"].startswith("cleans to nothing")
    with pytest.warns(UserWarning, match="skipped 5"):
        df = load_corpus(p, errors="skip")
    assert df["doc_id"].tolist() == ["ok"]


def test_csv_edge_cases(tmp_path):
    p = tmp_path / "no_text.csv"
    p.write_text("id,title\n1,x\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no text column"):
        load_corpus(p)
    p = tmp_path / "empty.csv"
    p.write_bytes(b"")
    with pytest.raises(CorpusError, match="empty file"):
        load_corpus(p)
    p = tmp_path / "dup.csv"
    pd.DataFrame({"id": ["x", "x"], "text": [GOOD_A, GOOD_B]}).to_csv(p, index=False)
    with pytest.raises(CorpusError, match="duplicate doc_id 'x'"):
        load_corpus(p)
    p = tmp_path / "missing.csv"
    pd.DataFrame({"id": ["1", "2"], "text": [GOOD_A, ""]}).to_csv(p, index=False)
    line = 2 + GOOD_A.count("\n") + 1  # the physical line where the second record starts (the first spans lines)
    with pytest.raises(CorpusError, match=f"missing.csv line {line}: no text"):
        load_corpus(p)
    p = tmp_path / "cp.csv"
    p.write_bytes("id,text\n1,KOMPAS.com - Caf\u00e9 enak.\n".encode("cp1252"))
    with pytest.warns(UserWarning, match="cp.csv: not valid UTF-8"):
        assert "Caf\u00e9" in load_corpus(p).iloc[0].text


def test_all_bad_with_skip_raises(make_corpus):
    with pytest.raises(CorpusError):
        load_corpus(make_corpus({"a.txt": b"", "b.txt": b"\x00"}), errors="skip")


def test_parallel_cleaning_gives_the_same_corpus(tmp_path):
    import json

    rows = [{"id": f"a{i:03d}", "text": (GOOD_A if i % 2 else GOOD_B) + f"Kalimat nomor {i} di sini.\n"}
            for i in range(240)]
    p = tmp_path / "many.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    one = load_corpus(p)
    two = load_corpus(p, n_jobs=2)
    pd.testing.assert_frame_equal(one, two)


def test_progress_bar_goes_to_stderr_only_when_asked(make_corpus, capsys, monkeypatch):
    monkeypatch.delenv("TQDM_DISABLE", raising=False)
    folder = make_corpus({"a.txt": GOOD_A, "b.txt": GOOD_B})
    quiet = load_corpus(folder)
    assert capsys.readouterr().err == ""
    loud = load_corpus(folder, progress=True)
    assert "cleaning" in capsys.readouterr().err
    pd.testing.assert_frame_equal(quiet, loud)


# --- spreadsheet files and encodings ----------------------------------------------------------

def _frame():
    return pd.DataFrame({"id": ["1", "2"], "outlet": ["Harian X", "Harian Y"],
                         "tanggal": ["Tayang: Sabtu, 7 Juni 2025 08:13 WIB", "8 Juni 2025"],
                         "text": ["KOMPAS.com - Putin tiba; Kim menyambut, katanya.", "Warga menyambut tamu itu."]})


@pytest.mark.parametrize("name, sep, encoding, said", [
    ("semicolon.csv", ";", "utf-8", "semicolon-separated, utf-8"),          # Excel, Indonesian locale
    ("comma_bom.csv", ",", "utf-8-sig", "comma-separated, utf-8-sig"),
    ("utf16.csv", ",", "utf-16", "comma-separated, utf-16"),
    ("export.tsv", "\t", "utf-8", "tab-separated, utf-8"),
    ("unicode_text.txt", "\t", "utf-16", "tab-separated, utf-16"),          # Excel's "Unicode text"
])
def test_spreadsheet_exports_load_and_say_how(tmp_path, name, sep, encoding, said):
    p = tmp_path / name
    _frame().to_csv(p, sep=sep, index=False, encoding=encoding)
    df = load_corpus(p)
    assert list(df["doc_id"]) == ["1", "2"]
    assert df.loc[0, "text"].startswith("Putin tiba; Kim menyambut")  # a ";" inside a field is kept
    assert set(df["encoding"]) == {encoding}
    assert said in df.attrs["format"]
    assert df.loc[0, "pub_date"] == pd.Timestamp("2025-06-07 01:13", tz="UTC")


def test_utf16_without_bom_is_text_not_binary(tmp_path):
    (tmp_path / "a.txt").write_bytes("KOMPAS.com - Putin tiba di Pyongyang.\n".encode("utf-16-le"))
    (tmp_path / "b.txt").write_bytes("KOMPAS.com - Kim menyambut.\n".encode("utf-16-be"))
    df = load_corpus(tmp_path)
    assert list(df["encoding"]) == ["utf-16-le", "utf-16-be"]
    assert df.loc[0, "text"] == "Putin tiba di Pyongyang."


def test_xlsx_first_or_named_sheet(tmp_path):
    p = tmp_path / "export.xlsx"
    with pd.ExcelWriter(p) as xw:
        pd.DataFrame({"note": ["not articles"]}).to_excel(xw, sheet_name="readme", index=False)
        _frame().to_excel(xw, sheet_name="articles", index=False)
    with pytest.raises(CorpusError, match="no text column"):
        load_corpus(p)  # the first sheet holds no articles
    df = load_corpus(p, sheet="articles")
    assert list(df["outlet"]) == ["Harian X", "Harian Y"]
    assert "Excel workbook, sheet 'articles', 2 rows" in df.attrs["format"]
    with pytest.raises(CorpusError, match="export.xlsx"):
        load_corpus(p, sheet="nope")


def test_csv_errors_name_the_physical_line(tmp_path):
    p = tmp_path / "broken.csv"
    p.write_text('id;text\n1;"Baris satu\nbaris dua."\n2;Teks;lebih\n3;KOMPAS.com - Putin tiba.\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"broken.csv line 4 \(record 2\): 3 fields where the header has 2 "
                                          r"\(semicolon-separated\)"):
        load_corpus(p)
    df = load_corpus(p, errors="skip")
    assert list(df["doc_id"]) == ["1", "3"]


def test_parquet_export(tmp_path):
    p = tmp_path / "export.parquet"
    frame = _frame().assign(id=[1, 2])  # a number as id: read as text
    frame.to_parquet(p, index=False)
    df = load_corpus(p)
    assert list(df["doc_id"]) == ["1", "2"]
    assert "Parquet table, 2 rows" in df.attrs["format"]
    assert df.loc[0, "pub_date"] == pd.Timestamp("2025-06-07 01:13", tz="UTC")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(CorpusError, match="broken.parquet: cannot be read as Parquet"):
        load_corpus(tmp_path / "broken.parquet")


def test_an_event_date_with_a_typed_month_is_read_by_its_weekday_and_the_publication_date(tmp_path):
    import json

    rows = [{"id": "a", "outlet": "X", "date": "2025-06-18 10:00", "text": "Warga berkumpul Rabu (18/5/2025) di alun-alun."},
            # no date near publication has that day and weekday: left as written (the weekday flag says why)
            {"id": "b", "outlet": "X", "date": "2025-06-10 10:00", "text": "Warga berkumpul Selasa (9/6/2025) di balai."},
            {"id": "c", "outlet": "X", "text": "Warga berkumpul Rabu (18/5/2025) di alun-alun."}]  # no publication date
    p = tmp_path / "e.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    c = load_corpus(p).set_index("doc_id")
    assert c.loc["a", "event_date"] == "2025-06-18"
    assert c.loc["a", "event_date_source"].startswith("text: Rabu (18/5/2025), read as 2025-06-18 (a typed month")
    assert (c.loc["b", "event_date"], c.loc["b", "event_date_source"]) == ("2025-06-09", "text: Selasa (9/6/2025)")
    assert (c.loc["c", "event_date"], c.loc["c", "event_date_source"]) == ("2025-05-18", "text: Rabu (18/5/2025)")


def test_the_date_of_a_credit_to_another_medium_is_no_event_date(make_corpus):
    folder = make_corpus({"a.txt": (
        '"Saya siap tampil di kandang sendiri," kata Bagnaia dikutip dari Motosan, Rabu (18/6/2025).\n'
        "Balapan di Mugello digelar Minggu (22/6/2025) dan tiket sudah habis terjual sejak pekan lalu.\n")})
    df = load_corpus(folder)
    assert df.iloc[0].event_date == "2025-06-22"  # not the day Motosan was quoted
    assert df.iloc[0].event_date_source == "text: Minggu (22/6/2025)"
