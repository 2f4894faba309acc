"""Cleaning: the seeds lose their boilerplate and keep every body paragraph; the audit accounts
for every raw line exactly once, whatever the input."""

import re
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import clean_article, clean_lines, cleaning_audit, load_corpus, load_rules
from helpers.clean import byline_audit, read_byline, split_lines
from tests.conftest import CORPUS

# Every non-article line in the seeds (shared/notes/indonesian.md, "Boilerplate in the seeds").
BOILERPLATE = {
    "000_kompas": ["KOMPAS.com -", "Baca juga:"],
    "001_tuturpedia": ["Tuturpedia.com", "***", "Penulis:", "Editor:", "Hubungan Saling Menguntungkan Antar Kedua Negara"],
    "002_unknown": ["by -122 Views", "Kedatangan Putin dan Kim Jong Un di Korea Utara Besok Menguatkan Hubungan Mereka"],
    "003_poskupang": ["Semenanjung Korea", "Pyongyang Bersiap Saat", "Editor: Agustinus Sape", "REUTERS",
                      "upacara penyambutan di bandara", "POS-KUPANG.COM -", "Baca juga:", "(trtworld.com)",
                      "GOOGLE NEWS", "Berita Terkait", "Ikuti kami di", "AA", "Berita Terkini",
                      "TRIBUNnews.com", "All Right Reserved", "\u00a0"],
    "004_kabarbursa": ["KABARBURSA.COM -", "Bangun Ekonomi Militer"],
}
# number of body paragraphs each seed has (counted by reading them)
BODY_PARAGRAPHS = {"000_kompas": 15, "001_tuturpedia": 10, "002_unknown": 8, "003_poskupang": 14,
                   "004_kabarbursa": 17}


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(CORPUS)


def test_seed_boilerplate_removed(seeds):
    for row in seeds.itertuples():
        for junk in BOILERPLATE[row.doc_id]:
            lines = row.text.split("\n")
            if junk == "AA":
                assert "AA" not in lines
            else:
                assert junk not in row.text, (row.doc_id, junk)


def test_seed_body_paragraphs_kept(seeds):
    for row in seeds.itertuples():
        paras = row.text.split("\n")
        assert len(paras) == BODY_PARAGRAPHS[row.doc_id], row.doc_id
        # every kept paragraph is a raw line (trimmed of dateline/end marker) - nothing rewritten
        raw = row.raw.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
        for p in paras:
            assert p[:40].replace("\u2013", "-") in raw.replace("\u2013", "-"), (row.doc_id, p[:40])


def test_seed_specific_lines(seeds):
    t = seeds.set_index("doc_id")["text"]
    assert t["000_kompas"].startswith("Presiden Rusia Vladimir Putin kembali menyambangi")
    assert t["001_tuturpedia"].endswith("selama Perang Dunia II.")  # "***" trimmed, sentence kept
    assert t["003_poskupang"].startswith("Presiden Rusia Vladimir Putin telah tiba di Korea Utara")
    # the appended older article in 004 is kept (flagged, never deleted)
    assert "Presiden Rusia Vladimir Putin bersiap melakukan kunjungan pertamanya" in t["004_kabarbursa"]


def test_audit_accounts_for_every_line(seeds):
    audit = cleaning_audit(seeds)
    assert list(audit.columns[:5]) == ["doc_id", "line_no", "label", "action", "text"]
    assert len(audit) == seeds["n_lines"].sum()
    for row in seeds.itertuples():
        a = audit[audit.doc_id == row.doc_id]
        assert a["line_no"].tolist() == list(range(1, len(split_lines(row.raw)) + 1))
        assert a["text"].tolist() == split_lines(row.raw)
        assert "\n".join(c for c in a.loc[a.action == "keep", "cleaned"] if c) == row.text
    assert set(audit["action"]) == {"keep", "metadata", "drop"}


def test_metadata_captured():
    r = clean_article("Judul Pendek\n\nTuturpedia.com \u2013 Isi berita.***\nPenulis: Ani.\nEditor: Budi.\n")
    assert r.metadata["title"] == "Judul Pendek"
    assert (r.metadata["author"], r.metadata["editor"], r.metadata["outlet"]) == ("Ani", "Budi", "Tuturpedia.com")
    assert r.text == "Isi berita."


def test_photo_credit_drops_caption_and_before_dateline_is_front_matter():
    raw = "Kicker\nJudul yang Panjang Sekali\nRingkasan berita ini.\nREUTERS\nKeterangan foto.\nPOS-KUPANG.COM - Isi.\n"
    a = clean_lines(raw)
    assert a["label"].tolist() == ["kicker", "title", "standfirst", "photo_credit", "photo_credit", "dateline"]
    assert a["action"].tolist() == ["metadata", "metadata", "metadata", "drop", "drop", "keep"]


def test_one_line_article_without_final_punctuation_is_body():
    line = " ".join(["Warga Korea Selatan menikmati ponsel baru"] * 4)  # 24 words, no full stop
    a = clean_lines(line)
    assert a[["label", "action"]].values.tolist() == [["body", "keep"]]
    assert clean_lines("Judul Pendek Saja")["label"].tolist() == ["title"]  # a short one stays a title


def test_subheading_and_trailer():
    raw = "Isi satu.\nSubjudul Di Tengah\nIsi dua.\nTag Satu Tag Dua\n"
    assert clean_lines(raw)["label"].tolist() == ["body", "subheading", "body", "trailer"]


def test_bad_rule_is_reported():
    rules = load_rules()
    rules.loc[0, "pattern"] = "(unclosed"
    with pytest.raises(ValueError, match="cleaning rule 'blank': bad pattern"):
        clean_lines("x", rules)


# --- property: every raw line appears exactly once, in order, whatever the mix ---------------

LINE = st.one_of(
    st.sampled_from([
        "", "   ", "\u00a0\u00a0", "Baca juga: Judul lain", "ADVERTISEMENT", "REUTERS", "AA",
        "Berita Terkait", "Penulis: Ani.", "by -12 Views", "(trtworld.com)", "***", "--",
        "KOMPAS.com - Putin tiba di Pyongyang.", "Subjudul Pendek", "Isi berita yang lengkap.",
        "\u00a9 2025 Contoh Network", "Kalimat tanpa titik yang panjang sekali dan terus berjalan tanpa akhir yang jelas di sini",
    ]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), max_size=60),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=25), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_property_every_line_accounted_once(lines, eol, trailing):
    raw = eol.join(lines) + (eol if trailing else "")
    audit = cleaning_audit(pd.DataFrame({"doc_id": ["d"], "raw": [raw]}))
    expected = split_lines(raw)
    assert audit["text"].tolist() == expected
    assert audit["line_no"].tolist() == list(range(1, len(expected) + 1))
    assert set(audit["action"]) <= {"keep", "metadata", "drop"}
    assert (audit.loc[audit.action != "keep", "cleaned"] == "").all()
    assert audit["label"].map(bool).all()


def test_every_data_file_parses_with_a_header_comment():
    from helpers.resources import DATA_DIR, read_table

    for path in sorted(DATA_DIR.glob("*.csv")):
        assert path.read_text(encoding="utf-8").startswith("#"), f"{path.name}: no header comment"
        table = read_table(path)
        assert not table.columns.str.startswith("Unnamed").any(), path.name
        # the event's own tables ship empty (the example's are in corpus/); every other table has rows
        assert len(table) > 0 or path.name in {"actors.csv", "sides.csv", "side_colors.csv", "naming.csv"}, path.name


@pytest.mark.parametrize("line, source", [
    ("A post shared by Budi Gunadi Sadikin (@bgsadikin)", "Instagram @bgsadikin"),
    ("Sebuah kiriman dibagikan oleh Kementerian Keuangan RI (@kemenkeuri)", "Instagram @kemenkeuri"),
    ("#SUIkeeper Yann Sommer is the Man of the Match.pic.twitter.com/1mEk5phbV7\u2014 UEFA EURO 2016 (@UEFAEURO)June 19, 2016",
     "X @UEFAEURO"),
    ("Posted by Kemenkeu RI on Monday, June 9, 2025", "Facebook Kemenkeu RI"),
    ("View this post on Instagram", None),
    ("Lihat postingan ini di Instagram", None),
    ("one more to decide a champion.pic.twitter.com/bEbkV7UZif", None),
    ("https://www.youtube.com/watch?v=NXJR8R7QLqY", None),
    ("kucing lucu \u266c suara asli - budi", None),
])
def test_embedded_posts_leave_the_body_with_an_audit_row_and_a_cited_account(line, source):
    from helpers.attribution import cited_sources

    raw = f"Jakarta - Menteri itu mengunggah pesan di akunnya.\n{line}\nWarga menyambut baik unggahan itu."
    r = clean_article(raw)
    assert r.text.splitlines() == ["Menteri itu mengunggah pesan di akunnya.", "Warga menyambut baik unggahan itu."]
    audit = clean_lines(raw)
    assert audit.loc[audit["text"].str.strip() == line.strip(), "label"].tolist() == ["embedded_post"]
    c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [r.text],
                      "credits": ["; ".join(r.metadata.get("credits", []))]})
    cites = cited_sources(c)
    posts = cites[cites["kind"] == "embedded_post"]
    assert posts["source"].tolist() == ([source] if source else [])
    assert (cites["kind"] == "embedded_post").sum() == len(posts)  # not counted as a medium's credit


@pytest.mark.parametrize(
    "field, names",
    [
        ("Https, Www.Facebook.Com Cnnindonesia", []),
        ("Reporter, Editor, Nadiyas Utami Pratiwi", ["Nadiyas Utami Pratiwi"]),
        ("Putu Merta Surya Putra, Diperbarui Feb, Diterbitkan Feb, Tim Redaksi", ["Putu Merta Surya Putra"]),
        ("Kompas Cyber Media, Yefta Christopherus Asia Sanjaya, Antara Foto Reno Esnir", ["Yefta Christopherus Asia Sanjaya"]),
        ("Kompas.Com Yohana Artha Uly, Pixabay Tumisu", ["Yohana Artha Uly"]),
        ("Ridwan Arifin -detikOto", ["Ridwan Arifin"]),
        ("Ridwan Arifin - detikOto; Ridwan Arifin -detikOto", ["Ridwan Arifin"]),  # one reporter, written twice
        ("Nugroho Purbo/Madrasah Diniyah Miftahul Huda 1 Cingebul", ["Nugroho Purbo"]),
        ("Liputan6.com", []),
        ("Ani dan Budi & Cici", ["Ani", "Budi", "Cici"]),
        ("Tim Okezone", ["Tim Okezone"]),  # a team byline is who the outlet credits
        ("Jean-Pierre Dupont", ["Jean-Pierre Dupont"]),  # a hyphen inside a name is no desk
        ("", []),
    ],
)
def test_read_byline(field, names):
    got, rows = read_byline(field)
    assert got == names
    assert len(rows) == len([p for p in re.split(r",|;|&| dan ", field) if p.strip()])  # a row for every part
    assert all(r["reason"] for r in rows if r["action"] != "kept")  # nothing goes without a reason


def test_byline_audit_and_load_corpus_keep_the_field_as_given(make_corpus):
    folder = make_corpus({"a.txt": "KOMPAS.com - Putin tiba di Pyongyang.\n", "b.txt": "Tuturpedia.com - Kim menyambut.\n"})
    (folder / "manifest.csv").write_text("file,author\na.txt,\"Reporter, Ani -detikNews\"\nb.txt,Budi\n", encoding="utf-8")
    c = load_corpus(folder)
    assert c["author"].tolist() == ["Reporter, Ani -detikNews", "Budi"]  # as given
    assert c["authors"].tolist() == ["Ani", "Budi"]
    a = byline_audit(c)
    assert a[a.field == "author"][["part", "action", "rule", "name"]].values.tolist() == [
        ["Reporter", "dropped", "label_only", ""], ["Ani -detikNews", "cut", "desk_suffix", "Ani"], ["Budi", "kept", "", "Budi"]]
    # a corpus folder's own rule is added to the kit's
    (folder / "byline_rules.csv").write_text("rule_id,match,pattern,reason\nteam,part,^Budi$,not a person here\n",
                                             encoding="utf-8")
    assert load_corpus(folder)["authors"].tolist() == ["Ani", ""]


def test_byline_rules_reject_an_unknown_match(make_corpus):
    folder = make_corpus({"a.txt": "KOMPAS.com - Putin tiba di Pyongyang.\n"})
    (folder / "byline_rules.csv").write_text("rule_id,match,pattern,reason\nx,whole,^A$,why\n", encoding="utf-8")
    with pytest.raises(ValueError, match="byline_rules.csv: unknown match"):
        load_corpus(folder)
