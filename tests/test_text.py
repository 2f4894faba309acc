"""Golden cases for the Indonesian tokenizer, sentences, numbers and dates
(cases from shared/notes/indonesian.md, measured on the seed articles)."""

import pandas as pd
import pytest

from helpers import find_dates, normalize, parse_number, sentences, tokenize
from helpers.text import in_name_flags


@pytest.mark.parametrize(
    "text, expected",
    [
        # aliases, case-sensitive AS
        ("Korut dan AS", ["korea_utara", "dan", "amerika_serikat"]),
        ("as the saying", ["as", "the", "saying"]),
        ("Korsel", ["korea_selatan"]),
        ("NYTimes", ["new_york_times"]),
        ("kerjasama", ["kerja_sama"]),
        # abbreviation defined in parentheses keeps the long form only
        ("Korea Utara (Korut) setelah", ["korea_utara", "setelah"]),
        ("Amerika Serikat (AS) dan", ["amerika_serikat", "dan"]),
        ("produk domestik bruto (PDB)", ["produk_domestik_bruto"]),
        # multi-word names kept whole; romanisation variants
        ("Kim Jong-un", ["kim_jong_un"]),
        ("Kim Jong Un", ["kim_jong_un"]),
        ("kerja sama", ["kerja_sama"]),
        # relation pairs split
        ("Korut-Rusia", ["korea_utara", "rusia"]),
        ("Kim Jong Un-Putin", ["kim_jong_un", "putin"]),
        ("Rusia-Ukraina", ["rusia", "ukraina"]),
        # reduplication folded, lexical ones kept
        ("negara-negara", ["negara"]),
        ("mata-mata", ["mata-mata"]),
        ("undang-undang", ["undang-undang"]),
        ("berlarut-larutnya", ["berlarut", "nya"]),
        # -nya clitic
        ("sekutunya", ["sekutu", "nya"]),
        ("hanya", ["hanya"]),
        ("setidaknya", ["setidaknya"]),
        ("sebelumnya", ["sebelumnya"]),
        # -lah, -pun, ku- untouched
        ("telah adalah maupun kunjungan", ["telah", "adalah", "maupun", "kunjungan"]),
        # numbers
        ("10.000 kontainer", ["10000", "kontainer"]),
        ("4,8 juta", ["4.8", "juta"]),
        ("USD24,5 miliar", ["usd", "24.5", "miliar"]),
        ("8,7 persen", ["8.7", "persen"]),
        ("tank T-54 dan Covid-19", ["tank", "t-54", "dan", "covid-19"]),
        ("1980-an", ["1980an"]),
        # dates
        ("Selasa (18/6/2024)", ["selasa", "2024-06-18"]),
        ("(19/6/2024,)", ["2024-06-19"]),
        ("Rabu 19 Juni 2024", ["rabu", "2024-06-19"]),
        ("Sabtu, 25 Mei 2024", ["sabtu", "2024-05-25"]),
    ],
)
def test_tokenize_golden(text, expected):
    assert tokenize(text, stopwords=False) == expected


def test_nfkc_and_no_break_spaces():
    assert normalize("\u00a0\u00a0") .strip() == ""
    assert tokenize("\u201cKami\u201d\u00a0menyambut", stopwords=False) == ["kami", "menyambut"]


def test_stopwords_keep_list():
    toks = tokenize("kerja sama di Menteri Luar Negeri dan pembatasan sepihak selama 24 tahun")
    assert "kerja_sama" in toks and "menteri_luar_negeri" in toks
    assert "sepihak" in toks and "tahun" in toks
    assert "di" not in toks and "dan" not in toks


def test_stopwords_off_keeps_everything():
    assert tokenize("dan di yang", stopwords=False) == ["dan", "di", "yang"]


def test_numbers_off():
    assert tokenize("10.000 kontainer pada 19 Juni 2024", numbers=False, stopwords=False) == ["kontainer", "pada"]


def test_stemming_with_overrides_and_cache():
    toks = tokenize("mengunjungi kunjungan pasukan pemerintah", stem=True, stopwords=False)
    # Sastrawi alone gives unjung, pasu, perintah: the override table corrects them
    assert toks == ["kunjung", "kunjung", "pasukan", "pemerintah"]


def test_stemming_spares_names_and_joined_tokens():
    toks = tokenize("Menurut Denis, Korea Utara bekerja sama.", stem=True, stopwords=False)
    assert "denis" in toks and "korea_utara" in toks and "kerja" in toks


def test_corpus_aliases_extend(tmp_path):
    from helpers import load_resources

    (tmp_path / "aliases.csv").write_text(
        "# test\npattern,canonical,case_sensitive,note\nJokowi,Joko Widodo,yes,x\n", encoding="utf-8")
    res = load_resources(tmp_path)
    assert tokenize("Jokowi dan Korut", resources=res, stopwords=False) == ["joko_widodo", "dan", "korea_utara"]


def test_actor_variants_fold_to_one_token(tmp_path):
    from helpers import load_resources
    from helpers.text import actor_variants

    (tmp_path / "actors.csv").write_text(
        "# test\nactor,type,aliases\nVladimir Putin,person,Vladimir Putin|Putin\n"
        "Kim Jong Un,person,Kim Jong Un|Kim\nRussia,country,Rusia|Federasi Rusia|Kremlin\n", encoding="utf-8")
    res = load_resources(tmp_path)
    assert actor_variants(res.table("actors.csv")) == {"Putin": "Vladimir Putin", "Kim": "Kim Jong Un",
                                                      "Federasi Rusia": "Rusia"}
    tok = tokenize("Putin, Vladimir Putin dan Kim bertemu; Federasi Rusia dan Kremlin.", resources=res)
    assert tok == ["vladimir_putin", "vladimir_putin", "kim_jong_un", "bertemu", "rusia", "kremlin"]
    # a longer capitalised name is someone else, not a variant
    assert tokenize("Kim Yo Jong menembak", resources=res) == ["kim", "yo", "jong", "menembak"]
    # without an actors table nothing is folded
    assert tokenize("Putin dan Vladimir Putin") == ["putin", "vladimir_putin"]


def test_reduplicated_plural_of_a_multiword_name():
    assert tokenize("Negara-negara Barat dan Negara Barat") == ["negara_barat", "negara_barat"]
    assert tokenize("negara-negara barat menolak") == ["negara_barat", "menolak"]


@pytest.mark.parametrize(
    "text, value",
    [("10.000", 10000.0), ("4,8 juta", 4.8e6), ("USD24,5 miliar", 24.5e9), ("8,7 persen", 8.7),
     ("Rp15.978 triliun", 15978e12), ("6.749,60", 6749.6), ("tanpa angka", None)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_find_dates_weekday_check():
    ds = find_dates("Selasa (16/6/2024) dan Rabu (19/6/2024,) serta Senin (24/2) dan Sabtu 25 Mei 2024")
    assert [d["date"] for d in ds] == ["2024-06-16", "2024-06-19", None, "2024-05-25"]
    assert [d["weekday_ok"] for d in ds] == [False, True, None, True]
    assert ds[0]["weekday_actual"] == "Minggu"  # 16 June 2024 was a Sunday


@pytest.mark.parametrize(
    "text, births",
    [
        ("Pria kelahiran Bandung, 21 Januari 1968 itu tiba Senin (9/6/2025).", [True, False]),
        ("Dian diketahui lahir di Liwa pada tanggal 25 November 1995.", [True]),
        ("Terlahir dengan nama Melanija Knavs pada 26 April 1970 di Slovenia.", [True]),
        ("JAKARTA- Lahir di Surakarta pada 11 Desember 1959, ia ...", [True]),
        ("Wanita kelahiran Ambon (08/08/1984) itu menjabat.", [True]),
        # an event: other words stand between the birth word and the date
        ("Tasyakuran Hari Lahir Bung Karno digelar di Kediri, Jumat (6/6/2025).", [False]),
        ("Pemain kelahiran Belanda yang baru saja merayakan usia 25 pada 2 Juni 2025.", [False]),
        # a birth word inside a name marks nothing
        ("Upacara Hari Lahir Pancasila, 1 Juni 2025, digelar.", [False]),
        # another sentence
        ("Ia lahir di Bogor. Senin (9/6/2025) ia tiba.", [False]),
    ],
)
def test_find_dates_birth(text, births):
    assert [d["birth"] for d in find_dates(text)] == births


def test_find_dates_invalid_date_is_not_a_date():
    assert find_dates("(31/2/2024)")[0]["date"] is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dr. Ali tiba. Dia pergi.", ["Dr. Ali tiba.", "Dia pergi."]),
        ("Nilai 4,8 persen. Naik 10.000 unit.", ["Nilai 4,8 persen.", "Naik 10.000 unit."]),
        ('"Kita harus maju. Maka menang." kata Putin.', ['"Kita harus maju. Maka menang." kata Putin.']),
        ('Ia berkata, "Kami siap." Lalu pergi.', ['Ia berkata, "Kami siap."', "Lalu pergi."]),
        ("PT Bank Negara Indonesia (Persero) Tbk. Dia hadir.", ["PT Bank Negara Indonesia (Persero) Tbk. Dia hadir."]),
        ("Didik J. Rachbini menegaskan. Ya.", ["Didik J. Rachbini menegaskan.", "Ya."]),
        ("Satu\nDua", ["Satu", "Dua"]),
        ("Apa? Tidak! Ya.", ["Apa?", "Tidak!", "Ya."]),
        ("1. Mengelola dividen BUMN. Dua.", ["1. Mengelola dividen BUMN.", "Dua."]),
        ("Naik 5. Turun 3.", ["Naik 5.", "Turun 3."]),
        ("", []),
    ],
)
def test_sentences(text, expected):
    assert sentences(text) == expected


def test_calendar_words_come_from_the_data_file():
    from helpers.resources import DATA_DIR, read_table
    from helpers.text import calendar

    cal = read_table(DATA_DIR / "calendar.csv")
    words = calendar()
    assert words.weekdays[0] == "Senin" and words.months[5] == "Juni"
    assert set(cal.loc[cal.kind == "weekday", "name"]) >= set(words.weekdays)
    # spellings listed there are read: "Jum'at" and "Ahad", month names in any case, "milyar"
    d = find_dates("Jum'at (21/6/2024) dan Ahad, 23 JUNI 2024")
    assert [(x["date"], x["weekday_ok"]) for x in d] == [("2024-06-21", True), ("2024-06-23", True)]
    assert parse_number("2 milyar") == 2e9


@pytest.mark.parametrize("text, expected", [
    ("بِسْمِ اللَّهِ الرَّحْمَٰنِ", ["بِسْمِ", "اللَّهِ", "الرَّحْمَٰنِ"]),  # vocalised Arabic: marks stay in the word
    ("नमस्ते दुनिया", ["नमस्ते", "दुनिया"]),                            # Devanagari vowel signs and virama
    ("สวัสดี ครับ", ["สวัสดี", "ครับ"]),                                  # Thai vowel and tone marks
    ("Cafe\u0301 Jakarta", ["café", "jakarta"]),                         # decomposed Latin: one word
])
def test_words_keep_their_combining_marks(text, expected):
    assert tokenize(text, stopwords=False) == expected
    from helpers.text import words

    assert len(words(text)) == len(expected)


def test_passages_in_other_scripts_are_counted_and_can_be_left_out_of_term_statistics():
    from helpers.describe import other_scripts
    from helpers.terms import drop_other_scripts, tfidf_terms

    c = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "Y"], "text": [
        "Ustaz membaca بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ sebelum ceramah tentang sabar.",
        "Presiden bertemu Kim Jong Un (김정은) dan Xi Jinping (习近平) di Seoul.",
        "Tanpa aksara lain sama sekali."]})
    s = other_scripts(c).set_index("doc_id")
    assert s.loc["a", ["passages", "words", "scripts"]].tolist() == [1, 4, "ARABIC"]
    assert s.loc["b", "passages"] == 2 and s.loc["b", "scripts"] == "CJK; HANGUL"
    assert "c" not in s.index
    dropped = drop_other_scripts(c)
    terms = set(tfidf_terms(dropped, top=50)["term"])
    assert not any(not t.isascii() for t in terms) and "ceramah" in terms
    assert c.loc[0, "text"].count("بِسْمِ") == 1  # the input is not changed


@pytest.mark.parametrize("text, tokens", [
    ("Buka https://bsu.kemnaker.go.id/cek untuk cek status.", ["buka", "cek", "status"]),
    ("Info di www.telkomsel.com/surprisedeal hari ini.", ["info"]),
    ("Kata dia kepada Liputan6.com, Senin.", ["senin"]),
    ("Kirim ke humas@kemnaker.go.id sore.", ["kirim", "sore"]),
    # no link: a decimal, a sentence's end, an initial
    ("Inflasi 4,8 persen. Dia pulang.", ["inflasi", "4.8", "persen", "pulang"]),
])
def test_links_are_no_tokens(text, tokens):
    assert tokenize(text) == tokens
    assert len(in_name_flags(text)) == len(tokenize(text, stopwords=False))  # still aligned


def test_without_numbers_the_time_zone_words_go_with_the_dates():
    assert tokenize("Balapan pukul 19.00 WIB di Aragon", numbers=False) == ["balapan", "aragon"]
    assert "wib" in tokenize("Balapan pukul 19.00 WIB di Aragon")  # kept with the numbers


def test_a_companys_legal_form_is_no_term_but_still_opens_its_name():
    from helpers.attribution import find_actors

    assert tokenize("PT Aneka Tambang Tbk menambang nikel.") == ["aneka", "tambang", "menambang", "nikel"]
    c = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "Z"],
                      "text": ["PT Gag Nikel menambang di pulau itu.", "Izin milik PT Gag Nikel dicabut kemarin.",
                               "Kegiatan PT Gag Nikel dihentikan oleh pemerintah."]})
    found = find_actors(c).set_index("actor")
    # a sentence's first "PT" still opens the name; "Kegiatan PT Gag Nikel", found as "Gag Nikel", is the same company
    assert found.loc["PT Gag Nikel", "aliases"] == "PT Gag Nikel|Gag Nikel"
    assert found.loc["PT Gag Nikel", "mentions"] == 3


def test_a_corpus_folder_adds_web_address_endings(tmp_path):
    # link_glue.csv kind web_ending: "kosmo.my" is no link to the kit, a link to a corpus that lists "my"
    from helpers import load_resources

    text = "Laporan kosmo.my dan detik.com dibaca warga."
    assert tokenize(text)[:3] == ["laporan", "kosmo", "my"]  # the kit alone: two words; detik.com a link
    (tmp_path / "link_glue.csv").write_text("# test\nkind,word\nweb_ending,my\n", encoding="utf-8")
    got = tokenize(text, resources=load_resources(tmp_path))
    assert not any("kosmo" in t or "detik" in t for t in got), got


def test_abbreviation_definitions_follow_schwartz_and_hearst():
    from helpers.text import abbreviation_definitions

    # worked by hand (Schwartz & Hearst 2003): the shortest run of the words before the bracket holding the short
    # form's letters in order, the first opening a word. "Kejagung": k-e-j in "Kejaksaan", a-g-u-n-g in "Agung";
    # "ESDM" starts at "Energi" ("Menteri" holds no letter it needs before the E); "(Antara)" after "kata dia" has no
    # "A" opening a word; a short form that is one of the words is none ("(Jakarta)")
    c = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [
        "Kejaksaan Agung (Kejagung) memeriksa saksi. Kata Menteri Energi dan Sumber Daya Mineral (ESDM), izin dicabut.",
        "Harga naik, kata dia (Antara). Kantor di Kota Jakarta (Jakarta) buka. Komisi Pemberantasan Korupsi (KPK) datang.",
        "Komisi Pemberantasan Korupsi (KPK) dan Kejaksaan Agung (Kejagung) bertemu di Gedung Merah Putih (KPK)."]})
    got = abbreviation_definitions(c)
    assert got.columns.tolist() == ["short", "long", "written", "definitions", "articles"]
    rows = {(r.short, r.long): (r.definitions, r.articles) for r in got.itertuples()}
    # the capitalised words right before the bracket, which may say more than the long form
    assert set(got.loc[got["short"] == "ESDM", "written"]) == {"Sumber Daya Mineral"}
    assert set(got.loc[got["short"] == "KPK", "written"]) == {"Komisi Pemberantasan Korupsi"}
    assert rows[("Kejagung", "Kejaksaan Agung")] == (2, 2)
    assert rows[("ESDM", "Energi dan Sumber Daya Mineral")] == (1, 1)
    assert rows[("KPK", "Komisi Pemberantasan Korupsi")] == (2, 2)
    assert not any(s in ("Antara", "Jakarta") for s, _ in rows)
    # "Gedung Merah Putih (KPK)": no run of those words holds k-p-k with the K opening a word
    assert all(long != "Gedung Merah Putih" for _, long in rows)
    assert abbreviation_definitions(c.iloc[:0]).empty
