"""Cleaning on scraped text from outlets the rules never met: nothing dropped on a guess, lines a link
broke joined, boilerplate cut from inside lines with an audit, glued words split, boilerplate learned
from the corpus, sentences split where the space is missing, and the loading cases."""

import json
import os
import unicodedata

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import CorpusError, clean_article, clean_lines, cleaning_audit, load_corpus, sentences
from helpers.clean import _CONTROLS, cleaning_spans, reads_as_sentence, split_lines
from helpers.text import normalize


def _rows(raw):
    return clean_lines(raw)[["label", "action", "rule", "cleaned"]].values.tolist()


# --- 1. never drop text on a guess ---------------------------------------------------------------

def test_a_sentence_after_a_bare_baca_juga_is_kept_and_flagged():
    raw = ('Menteri datang pagi ini ke sana.\nBaca Juga\n'
           '"Tahun ini kami ingin berbeda," kata Abu saat jumpa pers di Jakarta, Jumat (20/6/2025).\n')
    rows = _rows(raw)
    assert rows[1][:2] == ["related_link", "drop"]
    assert rows[2][1] == "keep" and "kept (reads as a sentence)" in rows[2][2]
    assert rows[2][3].startswith('"Tahun ini kami ingin berbeda,"')


def test_a_headline_after_a_bare_baca_juga_is_dropped():
    raw = "Menteri datang pagi ini ke sana.\nBaca juga:\nTahun Baru Islam 2025 Tanggal Berapa? Catat Jadwal Libur!\n"
    assert _rows(raw)[2][:3] == ["related_link", "drop", "related_bare+next"]


@pytest.mark.parametrize("text, expected", [
    ('"Kami siap," kata Abu saat jumpa pers di Jakarta, Jumat (20/6/2025).', True),
    ("Presiden Rusia Vladimir Putin mendarat di Korea Utara, memulai kunjungan kenegaraan.", True),
    ("Pyongyang Bersiap Saat Vladimir Putin Melakukan Kunjungan Pertama ke Korea Utara", False),
    ("Daftar Transfer Pemain Jelang Piala Dunia Antarklub 2025, Ronaldo ke Mana?", False),
    ("Sanksi", False),
])
def test_reads_as_sentence(text, expected):
    assert reads_as_sentence(text) is expected


# --- 2. re-join before classifying -------------------------------------------------------------

def test_lines_a_link_broke_are_joined_and_audited():
    raw = "Kemenag RI menggelar\nnikah massal\nuntuk 100 pasangan di Jabodetabek.\n"
    rows = _rows(raw)
    assert rows[0][3] == "Kemenag RI menggelar nikah massal untuk 100 pasangan di Jabodetabek."
    assert [r[0] for r in rows[1:]] == ["joined", "joined"]
    assert rows[1][2] == "joined_to_line_1"


def test_a_name_line_between_two_halves_keeps_the_speaker():
    raw = ('"Kami akan turun ke lapangan," ujar Koordinator Lapangan\nBudi Santoso\n, Selasa (10/6/2025).\n'
           'Ia menambahkan bahwa aksi berlangsung damai.\n')
    a = clean_article(raw)
    assert a.text.split("\n")[0] == ('"Kami akan turun ke lapangan," ujar Koordinator Lapangan Budi Santoso, '
                                     'Selasa (10/6/2025).')
    assert "subheadings" not in a.metadata


def test_a_dateline_split_over_lines_is_a_dateline_not_a_title():
    raw = "Jakarta\n-\nDalam rangka menyambut Tahun Baru Islam, Kemenag menggelar nikah massal.\nIa datang.\n"
    a = clean_article(raw)
    assert a.text.split("\n")[0].startswith("Dalam rangka menyambut")
    assert a.metadata.get("title", "") != "Jakarta"
    assert a.rows[0]["label"] == "dateline"


# --- 3. inline removals with an audit -------------------------------------------------------------

@pytest.mark.parametrize("raw, kept, cut_rule", [
    ('Ronaldo menjadi yang terbaik tahun ini.Baca Juga:Timnas Indonesia Dibantai Jepang 0-6, Garuda Fans '
     'Malah Lakukan Hal Menyentuh!"Saya mendukung Ronaldo," beber keduanya.',
     'Ronaldo menjadi yang terbaik tahun ini. "Saya mendukung Ronaldo," beber keduanya.', "related_inline"),
    ("Pasukan tiba di perbatasan pagi ini.Baca Juga:Rusia Usulkan Pemindahan Kantor Pusat PBB dari AS, Apa "
     "Alasannya?Pria kelahiran Pandeglang itu pernah menjadi ajudan.",
     "Pasukan tiba di perbatasan pagi ini. Pria kelahiran Pandeglang itu pernah menjadi ajudan.", "related_inline"),
    ("Harga tiket mulai Rp 50 ribu. Selengkapnya klik disini.", "Harga tiket mulai Rp 50 ribu.", "klik_inline"),
    ("Warga diminta tenang. (Ayo ikuti saluran WhatsApp kami untuk kabar terbaru)", "Warga diminta tenang.",
     "promo_paren"),
    ('"Kami terus berjaga," tutup Sumansyah. ( res / res )', '"Kami terus berjaga," tutup Sumansyah.', "end_suffix"),
    ("Ia mencetak 2 gol di laga itu.(Fitra Iskandar)", "Ia mencetak 2 gol di laga itu.", "author_credit_end"),
    ("Liputan6.com, JakartaPT Semen Indonesia membukukan laba bersih.", "PT Semen Indonesia membukukan laba bersih.",
     "dateline_liputan6"),
    ("Jakarta, CNN Indonesia - - Presiden meluncurkan Danantara hari ini.", "Presiden meluncurkan Danantara hari ini.",
     "dateline_cnn"),
    ("Jakarta , CNN Indonesia - - Presiden meluncurkan Danantara hari ini.", "Presiden meluncurkan Danantara hari ini.",
     "dateline_cnn"),
    ("Sukabumi, Jawa Barat (ANTARA) - Presiden Joko Widodo meninjau bendungan.",
     "Presiden Joko Widodo meninjau bendungan.", "dateline_agency"),
    ("Jakarta ( ANTARA News ) - Presiden Joko Widodo meninjau bendungan.", "Presiden Joko Widodo meninjau bendungan.",
     "dateline_agency"),
    ("JAKARTA ( Pos Kota ) - Jaksa Agung M Prasetyo menepis wacana itu.", "Jaksa Agung M Prasetyo menepis wacana itu.",
     "dateline_credit"),
    ("KEBAYORAN BARU (Poskota) – Warga memadati pasar.", "Warga memadati pasar.", "dateline_credit"),
    ("Malang ( Kabarpas.com ) - Warga memadati pasar.", "Warga memadati pasar.", "dateline_credit"),
])
def test_boilerplate_inside_a_line_is_cut_and_audited(raw, kept, cut_rule):
    a = clean_article(raw + "\nIa pulang ke rumah sore itu.")
    assert a.text.split("\n")[0] == kept
    assert cut_rule in {s["rule"] for s in a.spans}


def test_promo_lines_of_unseen_outlets_are_dropped():
    for line in ["Update berita lainnya di PROHABA.co dan Google News",
                 "Ikuti dan bergabung disaluran WhatsApp Tribunsumsel.",
                 "Artikel ini sudah lebih dulu tayang di detikjogja. Selengkapnya klik disini.",
                 "Simak Video: Bahlil Ungkap Foto Viral Kerusakan Pulau Piaynemo"]:
        rows = _rows("Ia datang ke kantor pagi ini.\n" + line + "\nIa pulang sore.")
        assert rows[1][1] == "drop", line


def test_an_outlet_spelled_in_its_regional_brand_is_named():
    a = clean_article("TRIBUNSOLO.COM, SOLO - Warga memadati alun-alun pada malam itu.")
    assert a.metadata["outlet"] == "Tribun Solo"
    a = clean_article("BANJARMASINPOST CO.ID, BANJARBARU - Atlet muda disiapkan untuk Peparnas.")
    assert a.metadata["outlet"] == "Banjarmasin Post"


# --- 4. link-glued words ---------------------------------------------------------------------------

def test_glued_words_are_split_and_names_left_alone():
    raw = ("Gunung Lewotobi kembali meletus.\nWarga melihat erupsiGunung itu dari jauh dan warga Lewotobidi pagi panik.\n"
           "Harga iPhone dan tim eSports naik, kata detikFinance, juga McDonald's.\nJKW Mahakam7 berlayar.\n")
    text = clean_article(raw).text
    assert "erupsi Gunung" in text and "Lewotobi di pagi" in text
    assert "iPhone" in text and "eSports" in text and "detikFinance" in text and "McDonald's" in text
    assert "Mahakam7" in text  # "Mahakam" never stands alone in this article: not split
    spans = clean_article(raw).spans
    assert sum(s["rule"] == "split_glued" for s in spans) == 2


def test_three_glued_words_are_cut_twice():
    raw = ("Menkes Budi menimbang badannya.\n"
           '"Saya harus mengurangi berat badan," ujarMenkesBudi dalam video itu.\n')
    text = clean_article(raw).text
    assert "ujar Menkes Budi dalam" in text
    assert sum(s["rule"] == "split_glued" for s in clean_article(raw).spans) == 2


def test_a_name_glued_to_the_lower_case_word_after_it_is_split():
    raw = ("Maruarar Sirait hadir. Menurut Sirait, rumah itu siap atau hampir siap.\n"
           "Ara alias Siraitatau Ara menolak. Musk menulis bahwa ia telah lelah dan Musktelah pergi dan BEI masih tutup, BEImasih libur.\n"
           "Tantangannya besar. Tantangan itu nyata, katanya. Meskipun begitu, Meski pun berat.\n"
           "Matahari terbit. Mata hari ini lelah. Lihat indonesiabaik.id dan Indonesiabaik.id untuk Indonesia baik.\n")
    text = clean_article(raw).text
    assert "Sirait atau Ara" in text and "Musk telah pergi" in text and "BEI masih libur" in text
    assert "Tantangannya" in text  # "-nya" is a suffix, not a word glued on (link_glue.csv kind suffix)
    assert "Meskipun" in text  # a stop word, written whole
    assert "Matahari" in text  # a root word of PySastrawi's dictionary
    assert "Indonesiabaik.id" in text  # a web address
    assert sum(s["rule"] == "split_glued" for s in clean_article(raw).spans) == 3


# --- 5. boilerplate learned from the corpus -----------------------------------------------------------

def test_a_line_repeated_in_one_outlet_is_learned_but_shared_text_is_not(tmp_path):
    promo = "Jangan lupa bagikan soal ini kepada teman-teman agar mereka juga bisa belajar."
    shared = "Kunjungan ini merupakan yang pertama dalam 24 tahun terakhir menurut para pengamat."
    for i in range(5):
        (tmp_path / f"x{i}.txt").write_text(
            f"KOMPAS.com - Berita nomor {i} tentang hal yang berbeda sekali.\n{promo}\n"
            + (shared + "\n" if i == 0 else ""), encoding="utf-8")
    (tmp_path / "y0.txt").write_text(f"SURYA.co.id - Laporan lain yang berdiri sendiri.\n{shared}\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [r["articles"] for r in corpus.attrs["learned_boilerplate"]] == [5]
    assert not corpus["text"].str.contains("bagikan soal ini").any()
    assert corpus["text"].str.contains("pertama dalam 24 tahun").sum() == 2  # reuse between outlets stays
    audit = cleaning_audit(corpus)
    assert (audit["rule"] == "repeated_in_outlet").sum() == 5
    assert not load_corpus(tmp_path, learn_boilerplate=False).attrs["learned_boilerplate"]


def test_a_keep_rule_overrides_a_learned_line(tmp_path):
    line = "Kunjungan ini merupakan yang pertama dalam 24 tahun terakhir menurut para pengamat."
    for i in range(5):
        (tmp_path / f"x{i}.txt").write_text(f"KOMPAS.com - Berita nomor {i} yang berbeda.\n{line}\n", encoding="utf-8")
    (tmp_path / "cleaning_rules.csv").write_text(
        "rule_id,label,action,match,pattern,then,field,case,note\n"
        "keep_background,body,keep,line,kunjungan ini merupakan yang pertama.*,,,ignore,confirmed as text\n",
        encoding="utf-8")
    assert load_corpus(tmp_path)["text"].str.contains("pertama dalam 24").all()


# --- 6. sentences without a space after the full stop ----------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("Hal itu disampaikan kata dia.Presiden lalu tiba di lokasi.", 2),
    ("Ia membuka situs www.kemenag.go.id hari ini.", 1),
    ("Kirim ke humas@kemenag.go.Id untuk info.", 1),
    ("Nilainya 4,8 persen.Dr.Ali setuju.", 2),
])
def test_sentences_split_where_the_space_is_missing(text, n):
    assert len(sentences(text)) == n


# --- 7. metadata and loading -------------------------------------------------------------------------

def test_a_date_inside_a_quote_is_not_the_article_date(tmp_path):
    (tmp_path / "a.txt").write_text('KOMPAS.com - "Pada Senin (3/6/2024) kami sudah siap," kata dia.\n'
                                    "Acara digelar Rabu (19/6/2024) di Jakarta.\n", encoding="utf-8")
    assert load_corpus(tmp_path).loc[0, "event_date"] == "2024-06-19"


def test_a_jsonl_string_holding_u2028_stays_one_record(tmp_path):
    recs = [{"id": "a", "text": "Putin tiba.\u2028Ia disambut."}, {"id": "b", "text": ""}, {"id": "c", "text": "Kim hadir."}]
    p = tmp_path / "x.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    with pytest.warns(UserWarning):
        c = load_corpus(p, errors="skip")
    assert c["doc_id"].tolist() == ["a", "c"]
    assert c.attrs["skipped"] == [{"file": "x.jsonl line 2", "reason": "no text"}]


def test_a_symlink_out_of_the_folder_is_refused(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("Rahasia negara yang tidak boleh bocor.", encoding="utf-8")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Putin tiba di Pyongyang.", encoding="utf-8")
    os.symlink(outside, folder / "b.txt")
    with pytest.raises(CorpusError, match=r"b\.txt: a link to a file outside the corpus folder"):
        load_corpus(folder)
    with pytest.warns(UserWarning, match="outside the corpus folder"):
        c = load_corpus(folder, errors="skip")
    assert c["doc_id"].tolist() == ["a"] and not c["raw"].str.contains("Rahasia").any()


def test_a_folder_named_txt_and_a_link_loop_are_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Putin tiba di Pyongyang.", encoding="utf-8")
    (tmp_path / "dir.txt").mkdir()
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    with pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    reasons = dict(err.value.problems)
    assert reasons["dir.txt"] == "a folder, not a file"
    assert "symlink loop" in reasons["loop.txt"]


def test_bidi_controls_are_removed_and_counted(tmp_path):
    (tmp_path / "a.txt").write_text("Putin tiba\u202e di Pyongyang.\u200f\n", encoding="utf-8")
    c = load_corpus(tmp_path)
    assert c.loc[0, "text"] == "Putin tiba di Pyongyang."
    spans = cleaning_spans(c)
    assert spans["rule"].tolist() == ["control_character", "control_character"]
    assert spans["text"].tolist() == ["U+202E", "U+200F"]


# --- the property: every raw character is in the text or in an audit row ------------------------------

FRAGMENTS = ["Putin tiba di Pyongyang pada Rabu pagi.", "Baca juga:", "Baca Juga", "ADVERTISEMENT",
             "Tahun Baru Islam Tanggal Berapa? Catat Jadwalnya!", '"Kami siap," kata Kim kepada wartawan di sana.',
             "menggelar", "nikah massal", "untuk 100 pasangan.", "Jakarta", "-", "KOMPAS.com - Warga datang.",
             "kata dia.Baca juga: Judul Berita Lain\"Kami lanjut,\" ujarnya.", "erupsiGunung meletus.",
             "Selengkapnya klik disini.", "(mad/mad)", "Sanksi", "Ikuti saluran WhatsApp kami", "",
             "tiba\u202edi sana.", "\u00a0", "Penulis: Anna"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14), st.sampled_from(["\n", "\r\n"]))
def test_every_raw_character_is_in_the_text_or_in_an_audit_row(parts, eol):
    raw = eol.join(parts)
    a = clean_article(raw)
    lines = split_lines(raw)
    norm = {i: normalize(_CONTROLS.sub("", ln)) for i, ln in enumerate(lines, 1)}
    left = {}
    for i, n in norm.items():
        cut = sorted((s["start"], s["end"]) for s in a.spans if s["line_no"] == i and s["rule"] != "control_character"
                     and s["rule"] != "split_glued")
        keep, pos = [], 0
        for s, e in cut:
            keep.append(n[pos:s])
            pos = max(pos, e)
        keep.append(n[pos:])
        left[i] = "".join("".join(keep).split())
    rows = {r["line_no"]: r for r in a.rows}
    assert sorted(rows) == list(range(1, len(lines) + 1))
    for i, r in rows.items():
        if r["label"] == "joined":
            continue
        if r["action"] == "keep" and r["label"] != "blank":
            members = [i] + [j for j, rr in rows.items() if rr["rule"] == f"joined_to_line_{i}"]
            assert "".join(r["cleaned"].split()) == "".join(left[j] for j in members)
        else:
            assert r["text"] == lines[i - 1]  # dropped or set aside whole: the audit row holds it
    for s in a.spans:  # every cut span is the text at its place
        if s["rule"] not in ("control_character", "split_glued"):
            assert norm[s["line_no"]][s["start"]:s["end"]] == s["text"]


def test_video_promotions_syndication_notes_and_separators_are_dropped():
    raw = ("Gubernur meresmikan jalan baru di kota itu pada Senin pagi bersama warga.\n"
           'Tonton juga "Jaga Lingkungan, Pertamina Dukung Bank Sampah & Mangrove" di sini:\n'
           "Lihat Video '32 Penerbangan Bandara Ngurah Rai Dibatalkan Imbas Erupsi Lewotobi':\n"
           "Warga menyambut peresmian itu dengan gembira dan berharap jalan tetap terawat.\n"
           "--------\n"
           "Artikel ini telah naik di\n"
           "detikJatim.\n"
           "Video: Dear Traveler, Kawasan Wisata Bromo Ditutup Sementara 10-13 Juni!\n")
    rows = clean_lines(raw)
    rules = rows.set_index("line_no")["rule"].to_dict()
    assert rules[2] == rules[3] and rules[2] in ("video_promo",)
    assert (rules[5], rules[6], rules[7], rules[8]) == ("separator", "syndicated_open", "syndicated_open+next",
                                                        "video_title")
    assert rows.loc[rows.action == "keep", "line_no"].tolist() == [1, 4]  # only the article's own sentences


def test_a_live_stream_promotion_is_dropped_and_a_sentence_about_watching_is_kept():
    # "Saksikan Live DetikPagi:" above an embedded stream (17 development lines, 5 of them had been kept as text)
    raw = ("Pertahanan udara Iran mencegat target-target Israel di langit Karaj dan sekitarnya pada Sabtu pagi.\n"
           "Saksikan Live DetikPagi:\n"
           "Warga bisa saksikan siaran langsung laga itu di televisi nasional mulai pukul delapan malam.\n")
    rows = clean_lines(raw).set_index("line_no")
    assert rows.loc[2, "rule"] == "live_promo" and rows.loc[2, "action"] == "drop"
    assert rows.loc[3, "action"] == "keep"
    # a channel promotion after a dash, and the slogan under it (5 Tribunnews articles of the development set each)
    raw = ("Pemerintah daerah terus mengejar target swasembada pangan bersama para petani di Kalbar.\n"
           "-\u00a0Baca Berita Terbaru Lainnya di\u00a0GOOGLE NEWS-\u00a0Dapatkan Berita Viral Via Saluran\u00a0WhatsApp\n"
           "!!!Membaca Bagi Pikiran Seperti Olahraga Bagi Tubuh!!!\n")
    rows = clean_lines(raw).set_index("line_no")
    assert (rows.loc[2, "rule"], rows.loc[3, "rule"]) == ("promo_channel", "slogan_banner")
    assert rows.loc[rows["action"] == "keep"].index.tolist() == [1]


def test_a_short_quoted_line_with_its_speech_verb_is_text_not_a_subheading():
    raw = ("Chika pura-pura berniat melaporkan Kenneth karena anaknya tidak mau memotong poni.\n"
           "\u201cAku laporin kang Dedi ya, kalau kamu ga mau potong poni,\u201d ujarnya\n"
           "Namun reaksi bocah itu santai dengan jawaban yang realistis dan tak terduga.\n"
           "Dijodohkan dengan Sherly\n"
           "Mendengar jawaban itu, Chika pun tertawa dan terkejut karena tak menyangka.\n")
    rows = clean_lines(raw).set_index("line_no")
    assert rows.loc[2, "action"] == "keep" and rows.loc[2, "label"] == "body"
    assert rows.loc[4, "label"] == "subheading"  # a short unpunctuated line inside the body still is one


def test_two_lines_numbered_in_turn_are_a_list_not_subheadings():
    raw = ("Maskapai membatalkan dua penerbangan akibat erupsi gunung itu pada Kamis pagi.\n"
           "1. IW1828 Maumere – Kupang Jadwal seharusnya pukul 07.00 – 07.55 WITA\n"
           "2. IW1829 Kupang – Maumere Jadwal seharusnya pukul 15.35 – 16.30 WITA\n"
           "Penumpang diminta menghubungi layanan pelanggan untuk jadwal ulang.\n"
           "3. Pembatalan Berlanjut\n"
           "Maskapai akan mengumumkan jadwal berikutnya pekan depan setelah abu mereda.\n")
    rows = clean_lines(raw).set_index("line_no")
    assert rows.loc[[2, 3], "label"].tolist() == ["list_item", "list_item"]
    assert rows.loc[[2, 3], "action"].tolist() == ["keep", "keep"]
    assert rows.loc[5, "label"] == "subheading"  # a numbered heading with text around it stays one


def test_a_label_value_line_of_data_is_text_and_a_heading_with_a_colon_is_not():
    raw = ("Pemerintah kembali menyalurkan bantuan subsidi upah kepada para pekerja tahun ini.\n"
           "Mulai pencairan: 5 Juni 2025\n"
           "Penyaluran dilakukan lewat bank milik negara dan kantor pos di seluruh daerah.\n"
           "PT Pos Indonesia: untuk penerima tanpa rekening bank\n"
           "Pekerja diminta memeriksa status penerimaan secara berkala melalui laman resmi.\n"
           "Rasa Berkendara: Santai Buat Harian\n"
           "Mobil ini nyaman dipakai untuk perjalanan jauh maupun harian di kota besar.\n")
    rows = clean_lines(raw).set_index("line_no")
    assert rows.loc[[2, 4], "action"].tolist() == ["keep", "keep"]  # a date and a lower-case value: data
    assert all("label_value" in r for r in rows.loc[[2, 4], "rule"])
    assert rows.loc[6, "label"] == "subheading"  # a heading written with a colon stays one


@pytest.mark.parametrize("line", ["Mobil listrik Tesla. Foto: Tesla.", "Foto: BRI",
                                  "Chery Tiggo Cross Foto: Muhammad Zaky Fauzi Azhar"])
def test_a_caption_ending_in_a_bare_photo_credit_is_dropped_as_a_caption(line):
    raw = ("Produsen mobil itu mencatat kenaikan penjualan yang cukup tajam bulan lalu.\n" + line + "\n"
           "Penjualan naik karena permintaan kendaraan listrik terus bertambah di kota besar.\n")
    rows = clean_lines(raw).set_index("line_no")
    assert rows.loc[2, "label"] == "photo_caption" and rows.loc[2, "action"] == "drop"
    assert rows.loc[[1, 3], "action"].tolist() == ["keep", "keep"]


def test_a_list_of_data_after_the_body_is_kept_and_a_headline_is_not():
    raw = ("Jadwal lengkap balapan akhir pekan ini dapat disimak di bawah ini oleh para penggemar.\n"
           "Jumat, 20 Juni 2025\n"
           "13:55 WIB | Moto3 – Free Practice 1\n"
           "14:40 WIB | Moto2 – Free Practice 1\n"
           "Video Aksi Kocak Pembalap Moto2 Dagang Es\n"
           "Jadwal Lengkap Motogp Pekan Depan\n")
    rows = clean_lines(raw).set_index("line_no")
    assert rows.loc[[2, 3, 4], "action"].tolist() == ["keep"] * 3  # a schedule: a number and a capital on each line
    assert all("list_after_body" in r for r in rows.loc[[2, 3, 4], "rule"])
    assert rows.loc[[5, 6], "label"].tolist() == ["trailer", "trailer"]  # headlines: no number outside a word


def test_tags_in_lower_case_after_the_body_are_no_list_of_data():
    raw = ("Harga mobil itu naik tipis pada bulan ini menurut data penjualan dari dealer resmi.\n"
           "Honda Hr-v Baru Dipamerkan\n"
           "honda hr-v 2025\n"
           "honda hr-v 2026\n"
           "honda hr-v 2027\n")
    rows = clean_lines(raw).set_index("line_no")
    assert "list_after_body" not in " ".join(rows["rule"])


def test_a_leads_name_glued_to_a_word_of_the_language_is_split_but_place_names_are_not():
    # the lead's name glued to its verb, which the article does not write again in lower case: a stop word, or a
    # word of six letters or more that PySastrawi's dictionary holds or stems to one of its roots
    raw = ("Pasha Ungumengkritisi sikap label rekaman. Vokalis band Ungu itu menegaskan perannya.\n"
           "Bagnaia hadir di Mugello. FRANCESCO Bagnaiasudah tidak sabar tampil.\n")
    text = clean_article(raw).text
    assert "Ungu mengkritisi" in text and "Bagnaia sudah" in text
    # not: a name written more than once ("Batanghari"), a first part that is a stop word ("Danantara" is not
    # "Dan antara"), a short first part ("Perekonomian"), a short root word ending a place's name ("Kotagede")
    raw = ("Dan itu terjadi. Danantara hadir di Batanghari. Banjir di Batanghari surut. Batang kayu hanyut.\n"
           "Per Juni harga naik. Perekonomian tumbuh. Kota itu ramai. Wisata Kotagede ramai.\n")
    text = clean_article(raw).text
    assert "Danantara" in text and text.count("Batanghari") == 2 and "Perekonomian" in text and "Kotagede" in text


def test_a_bracketed_dateline_is_trimmed_only_from_the_first_body_line():
    # a city and an outlet's name in brackets: the lead that a title-like first line hid becomes body again
    a = clean_article("BEKASI ( Pos Kota ) - Stasiun Bekasi Timur diresmikan Menhub Budi Karya Sumadi , Sabtu , petang\n"
                      "Menhub mengatakan stasiun itu memudahkan warga .\n")
    assert a.text.startswith("Stasiun Bekasi Timur diresmikan") and "Pos Kota" not in a.text
    assert "dateline_credit" in {s["rule"] for s in a.spans}
    # on a later line it is text (first body line only)
    raw = ("Warga memadati pasar pagi ini.\nJAKARTA (Pos Kota) - Harga cabai naik.\n"
           "Bank Indonesia (BI) - lembaga itu - menahan suku bunga.\n")
    text = clean_article(raw).text
    assert "JAKARTA (Pos Kota) - Harga cabai naik." in text and "Bank Indonesia (BI) - lembaga itu" in text


def test_an_outlets_disclaimer_line_is_dropped_with_its_reason():
    raw = ("Harga Bitcoin naik 3 persen pada Jumat. Investor menyambut kabar itu dengan hati-hati.\n"
           "Disclaimer:Setiap keputusan investasi ada di tangan pembaca. Liputan6.com tidak bertanggung jawab atas "
           "keuntungan dan kerugian yang timbul dari keputusan investasi.\n"
           "Analis memperkirakan harga akan stabil pekan depan.\n")
    rows = _rows(raw)
    assert rows[1][:3] == ["disclaimer", "drop", "disclaimer"]
    assert "Disclaimer" not in clean_article(raw).text and "Analis memperkirakan" in clean_article(raw).text
    # a sentence that mentions a disclaimer is text
    assert _rows("Ia membaca disclaimer itu dengan teliti sebelum membeli saham.\n")[0][1] == "keep"


def test_an_opening_word_in_capitals_glued_to_the_next_is_split_but_brands_are_not():
    # an outlet's house style opens an article with a word in capitals, which the scraper glues to the next word
    r = clean_article("TERLAHIRdengan nama Donald John Trump di New York 14 Juni 1946, ia menjadi presiden.\n"
                      "PESTADemokrasi Amerika Serikat telah usai. Demokrasi tetap jalan.\n"
                      "KISAHMarc Marquez menarik. Marc menang lagi.\n"
                      "SOSOKcantikNara Masista hadir. Nara tersenyum.\n"
                      "HASILdrawing Piala AFF keluar hari ini.\n")
    assert r.text.startswith("TERLAHIR dengan nama Donald John Trump")
    for part in ("PESTA Demokrasi Amerika", "KISAH Marc Marquez", "SOSOK cantik Nara Masista", "HASIL drawing Piala"):
        assert part in r.text
    assert sum(s["rule"] == "split_glued" for s in r.spans) == 6  # SOSOK|cantik|Nara: cut twice
    # not: two capitals ("QJMotor"), a suffix ("DNAnya"), a tail that is no word ("BRImo"), capitals that are
    # neither a word nor written elsewhere ("ANDERSFrisk"), or capitals inside a line
    raw = ("QJMotor merilis motor baru.\nDNAnya diperiksa polisi.\nBRImo bisa dipakai di BRI.\n"
           "ANDERSFrisk adalah wasit.\nIa bilang JAKARTAkembali ramai.\n")
    assert clean_article(raw).text == raw.strip()


def test_two_names_glued_to_the_word_between_them_are_split_with_an_audit():
    # link_glue.csv joiner ("dan") and particle ("di"): both names stand alone in the article
    raw = ("Pernikahan Al Ghazali dan Alyssa Daguise meriah. Kabar GhazalidanAlyssa Daguise viral.\n"
           "Real MadriddiPiala Dunia menang. Madrid kuat di Piala Dunia. Ramadan tiba. SudandanKenya bertemu.\n")
    r = clean_article(raw)
    assert "Kabar Ghazali dan Alyssa Daguise" in r.text and "Real Madrid di Piala Dunia" in r.text
    assert "Ramadan" in r.text and "SudandanKenya" in r.text  # neither name stands alone here
    assert sum(s["rule"] == "split_glued" for s in r.spans) == 4  # each glued word cut twice


def test_a_web_address_glued_to_the_word_after_it_is_split_with_an_audit():
    raw = ("Menteri datang ke kantor redaksi Liputan6.compada Senin pagi untuk wawancara.\n"
           "Ia membaca Liputan6.comdan Hot Liputan6.com setiap hari. Situs contoh.comxyz tetap utuh.\n")
    r = clean_article(raw)
    assert "Liputan6.com pada Senin" in r.text and "Liputan6.com dan Hot" in r.text
    assert "contoh.comxyz" in r.text  # "xyz" is no word: the address is left as written
    assert "Liputan6.com dan Hot" in clean_article("Melansir kanal Islami Liputan6.comdanHot Liputan6.com pada hari "
                                                   "Senin pagi ini.\n").text  # three words glued: cut twice
    assert sum(s["rule"] == "split_glued" and ".com|" in s["text"] for s in r.spans) == 2


@pytest.mark.parametrize("line, author", [
    ("Laporan Saiful Bahri I Lhokseumawe", "Saiful Bahri"),
    ("Laporan Riski Bintang | Aceh Jaya", "Riski Bintang"),
    ("Laporan Wartawan Tribun Batam.id, Ronnye Lodo Laleng", "Ronnye Lodo Laleng"),
])
def test_a_reporter_line_without_a_web_address_is_a_byline(line, author):
    rows = clean_lines(line + "\nHarga emas di pasar itu stagnan pada hari ini menurut para pedagang.\n")
    assert rows.iloc[0][["label", "field", "value"]].tolist() == ["byline", "author", author]
    # a sentence that opens with "Laporan" is text
    assert _rows("Laporan itu terdaftar dengan nomor LP/B/3985 di polres kota.\nWarga datang.\n")[0][:2] == ["body", "keep"]
