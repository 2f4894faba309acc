"""similarity, attribution, facts and describe.profiles: checked against scikit-learn, a Jaccard and
a MATTR worked by hand, and Indonesian number and date cases."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from helpers import load_corpus, load_resources, tokenize
from helpers.attribution import actor_mentions, cited_sources, find_actors
from helpers.describe import mattr, profiles
from helpers.facts import date_checks, extract_facts, figures_side_by_side
from helpers.similarity import passage_summary, shared_passages, similarity_matrix
from helpers.text import words
from tests.conftest import CORPUS


def _c(texts, outlets=None, credits=None):
    """Crafted articles about the example event (they use the tables in corpus/: actors, sides ...)."""
    n = len(texts)
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "outlet": outlets or [f"O{i}" for i in range(n)],
                      "text": texts, "credits": credits or [""] * n})
    c.attrs["corpus_dir"] = str(CORPUS)
    return c


def test_mattr_by_hand():
    toks = ["a", "b", "a", "c", "c"]
    # windows of 3: (a,b,a)=2/3, (b,a,c)=3/3, (a,c,c)=2/3 -> mean 7/9
    assert mattr(toks, window=3) == pytest.approx(7 / 9)
    assert mattr(["a", "a"], window=50) == 0.5  # shorter than the window: plain TTR
    assert np.isnan(mattr([], window=5))


def test_mattr_is_length_robust_unlike_ttr():
    rng = np.random.default_rng(0)
    vocab = [f"w{i}" for i in range(300)]
    short = list(rng.choice(vocab, 200))
    long = list(rng.choice(vocab, 2000))
    ttr = lambda t: len(set(t)) / len(t)  # noqa: E731
    assert ttr(long) < ttr(short) - 0.3
    assert abs(mattr(long) - mattr(short)) < 0.05


def test_tfidf_similarity_matches_sklearn():
    corpus = load_corpus(CORPUS)
    got = similarity_matrix(corpus, "tfidf")
    res = load_resources(CORPUS)  # the corpus folder's tables (its actors fold name variants)
    toks = [tokenize(t, numbers=False, resources=res) for t in corpus.sort_values("doc_id")["text"]]
    X = TfidfVectorizer(analyzer=lambda t: t, lowercase=False).fit_transform(toks)
    assert np.allclose(got.to_numpy(), np.round(cosine_similarity(X), 3))


def test_shingle_jaccard_and_containment_by_hand():
    c = _c(["satu dua tiga empat lima", "satu dua tiga enam"])
    # 2-gram sets: A={12,23,34,45}, B={12,23,36}: |A&B|=2, |A|B|=5
    assert similarity_matrix(c, "shingles", n=2).loc["d0", "d1"] == 0.4
    cont = similarity_matrix(c, "shingles", n=2, measure="containment")
    assert (cont.loc["d0", "d1"], cont.loc["d1", "d0"]) == (0.5, round(2 / 3, 3))
    with pytest.raises(ValueError):
        similarity_matrix(c, "simhash")


def test_shared_passage_with_a_changed_word_and_positions():
    a = "pembuka saja lalu rusia dan korea utara akan mengembangkan sistem perdagangan dan pembayaran yang tidak dapat dikendalikan oleh barat dalam waktu dekat ini"
    b = "kata dia rusia dan korea utara akan mengembangkan sistem perdagangan dan pembayaran yang tidak dikendalikan oleh barat dalam waktu dekat ini"
    p = shared_passages(_c([a, b]), min_words=8, n=5)
    assert len(p) == 1
    r = p.iloc[0]
    wa, wb = words(a), words(b)
    assert (r.start_a, r.start_b) == (wa.index("rusia"), wb.index("rusia"))
    assert r.end_a == len(wa) and r.end_b == len(wb)  # bridged "dapat" (inserted word)
    assert r.text_a.startswith("rusia dan korea utara")


def test_shared_passages_ignore_shingles_everyone_uses():
    common = "presiden rusia vladimir putin tiba di pyongyang hari ini"
    texts = [common + f" lalu cerita nomor {i} berbeda sekali dari yang lain" for i in range(6)]
    assert shared_passages(_c(texts), min_words=5, max_df=0.5).empty  # in all 6 articles: > max_df
    # by default nothing is ignored up to 10 articles: a passage every article shares is reuse to see
    assert len(shared_passages(_c(texts), min_words=5)) == 15
    allowed = shared_passages(_c(texts), min_words=5, max_df=6)
    assert len(set(zip(allowed.doc_a, allowed.doc_b))) == 15  # every pair when allowed


def test_shared_passages_on_seeds_find_the_wire_text():
    p = shared_passages(load_corpus(CORPUS))
    assert set(zip(p.doc_a, p.doc_b)) == {("000_kompas", "003_poskupang")}
    assert any("potret putin dan bendera rusia" in t for t in p.text_a)
    s = passage_summary(p, load_corpus(CORPUS))
    assert s.iloc[0]["shared_words"] == p["n_words"].sum()


@pytest.mark.parametrize("text, source, cue", [
    ("Dilansir dari New York Times (18/6/2024), agenda pertemuan.", "New York Times", "dilansir"),
    ("Diberitakan AP News (19/6/2024), Rusia berencana.", "Associated Press", "diberitakan"),
    ("Dikutip Tuturpedia dari laman NYTimes, Rabu (19/6/2024), Putin.", "New York Times", "dikutip"),
    ("Seperti dinukil reuters, Rabu 19 Juni 2024.", "Reuters", "dinukil"),
    ("Pada wawancara dengan Bloomberg pekan lalu, menteri itu bicara.", "Bloomberg", "wawancara"),
    ("Korean Central News Agency (KCNA) melaporkan bahwa kemitraan.", "KCNA", "agency_reports"),
    # a sentence the scraper glued on after the name is cut off; a name with a dot in it is not
    ("Hal itu dikutip dari UEFA.Bagi Inter, laga ini penting.", "UEFA", "dikutip"),
    ("Dikutip dari laman U.Today, Jumat (6/6/2025), transaksi itu membingungkan.", "U.Today", "dikutip"),
    # a capitalised word right after "dikutip" opens the medium's name; a lower-case one is skipped
    ("Dikutip The Athletic, City mencapai kata sepakat dengan Lyon.", "The Athletic", "dikutip"),
    ("Mengutip New York Post, Minggu (8/6/2025), Luke menjelaskan.", "New York Post", "dikutip"),
    ("Mengutip keterangan Kaspersky, Minggu (8/6/2025), serangan naik.", "Kaspersky", "dikutip"),
])
def test_cited_sources_cues(text, source, cue):
    got = cited_sources(_c([text]))
    assert got[["source", "cue"]].values.tolist() == [[source, cue]]


def test_cited_sources_vague_credits_are_not_sources():
    got = cited_sources(_c(["Dilansir dari berbagai sumber, harga naik. Dikutip dari Ia yang berkata. Video itu "
                            "dikutip pada Kamis (19/6/2025)."]))  # a day is no source
    assert got.empty


def test_one_medium_written_several_ways_takes_its_commonest_form():
    got = cited_sources(_c(["Dilansir dari Mirror, harga naik. Dilansir dari The Mirror, warga antre.",
                            "Dilansir dari Mirror, pasar tutup. Dilansir dari TheGuardian, hujan turun."]))
    assert got["source"].tolist() == ["Mirror", "Mirror", "Mirror", "TheGuardian"]


def test_cited_sources_credit_lines():
    got = cited_sources(_c(["Isi."], credits=["photo_credit:REUTERS; source_credit:trtworld.com"]))
    assert got[["source", "cue"]].values.tolist() == [["Reuters", "photo_credit"], ["TRT World", "source_credit"]]


def test_a_network_site_after_dikutip_is_the_outlets_own_credit():
    c = pd.DataFrame({"doc_id": ["a"], "outlet": ["Tribunnews"], "credits": [""],
                      "text": ['"Nyerang, ikut (lempar)," kata pemuda tersebut dikutip Tribun Jakarta.']})
    assert cited_sources(c)[["source", "kind"]].values.tolist() == [["Tribun Jakarta", "self_credit"]]  # not "Jakarta"


def test_an_outlet_crediting_itself_is_a_self_credit_not_a_cited_source():
    # "dikutip dari Kompas.com" in a Kompas.com article is its own report; Antara is another medium; a site of the
    # outlet's name ("TribunnewsBogor.com" in Tribunnews) is its own network; "CNN" is not CNN Indonesia (too short to say)
    c = _c(["Harga naik, dikutip dari Kompas.com. Dilansir dari Antara, harga turun.",
            "Warga antre, dikutip dari TribunnewsBogor.com. Dilansir dari CNN, pasar tutup."],
           outlets=["Kompas.com", "Tribunnews"], credits=["source_credit:KOMPAS.com/Fika", ""])
    got = cited_sources(c)
    assert got[["source", "kind"]].values.tolist() == [
        ["Kompas.com", "self_credit"], ["Antara", "citation"], ["KOMPAS.com/Fika", "self_credit"],
        ["TribunnewsBogor.com", "self_credit"], ["CNN", "citation"]]
    p = profiles(c, sources=got).set_index("doc_id")
    assert p["n_sources"].tolist() == [1, 1]  # Antara; CNN


def test_actor_mentions_longest_match_and_defined_abbreviation():
    m = actor_mentions(_c(["Korea Utara (Korut) menyambut Putin. Kim Jong Il dan Kim Jong-un. AS dan as."]))
    got = m.set_index("actor")["mentions"]
    assert got["North Korea"] == 1  # "(Korut)" defines the short form: one mention
    assert (got["Kim Jong Il"], got["Kim Jong Un"], got["Vladimir Putin"], got["United States"]) == (1, 1, 1, 1)
    n_words = len(words("Korea Utara (Korut) menyambut Putin. Kim Jong Il dan Kim Jong-un. AS dan as."))
    assert m.set_index("actor").loc["Vladimir Putin", "per_1000_words"] == round(1000 / n_words, 2)


def test_a_one_word_alias_that_starts_a_longer_name_is_not_that_person(tmp_path):
    from helpers.attribution import quotes

    g = pd.DataFrame({"actor": ["Kim Jong Un", "Vladimir Putin"], "type": ["person"] * 2,
                      "aliases": ["Kim Jong Un|Kim", "Vladimir Putin|Putin"]})
    text = ('Pelatih Ong Kim Swee tiba. Kim Yo Jong hadir. Kim bertemu Putin Senin. "Kami siap," kata Ong Kim Swee. '
            '"Kami juga," kata Kim.')
    got = actor_mentions(_c([text]), g).set_index("actor")["mentions"]
    assert (got["Kim Jong Un"], got["Vladimir Putin"]) == (2, 1)  # "Kim bertemu", "kata Kim"; not Ong Kim Swee, Kim Yo Jong
    two = actor_mentions(_c([text, text]), g)  # every article, not only the first
    assert two.groupby("actor")["mentions"].sum().to_dict() == {"Kim Jong Un": 4, "Vladimir Putin": 2}
    g.to_csv(tmp_path / "actors.csv", index=False)  # the corpus folder's own gazetteer
    c = _c([text])
    c.attrs["corpus_dir"] = str(tmp_path)
    assert quotes(c)["speaker"].tolist() == ["Ong Kim Swee", "Kim Jong Un"]


@pytest.mark.parametrize("text, value, unit", [
    ("melacak 10.000 kontainer", 10000.0, "kontainer"),
    ("menampung 4,8 juta peluru artileri", 4.8e6, "peluru"),
    ("sekitar USD24,5 miliar pada", 24.5e9, "USD"),
    ("mencapai 8,7 persen dari", 8.7, "%"),
    ("naik 0,78% hari ini", 0.78, "%"),
    ("aset Rp15.978 triliun", 15978e12, "IDR"),
    ("pada 2019 lalu", 2019.0, "year"),
    # a bare year is a year whatever word follows it, not a count of that word
    ("Penyaluran BSU 2025 diatur dalam peraturan", 2025.0, "year"),
    ("Kualifikasi Piala Dunia 2026 zona Asia", 2026.0, "year"),
    # but a unit of units.csv, a percent or a separator makes it a quantity
    ("jarak 2000 km ditempuh", 2000.0, "km"),
    ("naik 2025 persen", 2025.0, "%"),
    ("sebanyak 2.025 orang", 2025.0, "orang"),
    # a rate written with a slash is its own unit, not the unit before the slash
    ("kecepatan 354,1 km/jam", 354.1, "km/h"),
    ("irit 20 km/liter", 20.0, "km/liter"),
    ("UU Nomor 19 Tahun 2003 mengatur 7 BUMN", 7.0, "bumn"),
    # a unit of several words is read whole, not as its first word (units.csv)
    ("Luasnya 36 meter persegi.", 36.0, "m2"),
    ("Wilayahnya 2.000 kilometer persegi.", 2000.0, "km2"),
    ("Jaraknya 5 kilo meter.", 5.0, "km"),
    ("Nilainya 900 miliar dolar AS.", 900e9, "USD"),
    ("Nilainya 15 miliar rupiah.", 15e9, "IDR"),
    ("Nilainya 5 dolar Singapura.", 5.0, "dolar"),
])
def test_extract_numbers(text, value, unit):
    f = extract_facts(_c([text]))
    n = f[f.kind == "number"]
    assert n[["value", "unit"]].values.tolist() == [[value, unit]]


@pytest.mark.parametrize("text, expected", [
    # a range gives both ends, with the unit (and multiplier) written after the second
    ("Ekonomi tumbuh 6 persen-6,5 persen tahun ini.", [[6.0, "%", "range from"], [6.5, "%", "range to"]]),
    ("Suku bunga 4,25%-4,5% sejak Desember.", [[4.25, "%", "range from"], [4.5, "%", "range to"]]),
    ("Harganya Rp 5-8 juta.", [[5e6, "IDR", "range from"], [8e6, "IDR", "range to"]]),
    ("Harganya Rp 500.000-1 juta.", [[5e5, "IDR", "range from"], [1e6, "IDR", "range to"]]),
    ("Mobil bekas Rp 15-18 jutaan.", [[15e6, "IDR", "range from"], [18e6, "IDR", "range to"]]),
    ("Dijual Rp 100 juta-Rp 500 juta.", [[1e8, "IDR", "range from"], [5e8, "IDR", "range to"]]),
    ("Air setinggi 60-80 centimeter.", [[60.0, "cm", "range from"], [80.0, "cm", "range to"]]),
    ("Hadir sekitar 400-500 orang.", [[400.0, "orang", "about; range from"], [500.0, "orang", "about; range to"]]),
    # a score, a span of years, a name after the figures, a clock time: no range
    ("Arsenal menang 2-1 atas Chelsea.", []),
    ("Mereka menang 4-0 menutup laga.", []),
    ("Prediksi skor: Latvia 0-2 Albania.", []),
    ("Pengurus periode 2025-2028 resmi dilantik.", []),
    ("Dibuka pukul 08.00-10.00 WIB.", []),
])
def test_extract_ranges(text, expected):
    n = extract_facts(_c([text])).query("kind == 'number'")
    assert n[["value", "unit", "qualifier"]].values.tolist() == expected


@pytest.mark.parametrize("text,expected", [
    # a number inside a capitalised name is no figure
    ("Kepala SMAN 9 Tambun Selatan dicopot.", []),
    ("Ponsel itu memakai Snapdragon 6 Gen 4 yang hemat.", [[4.0, ""]]),  # the 6; "4 yang" is a bare number
    ("Penjualan naik usai Idul Adha 1446 Hijriah kemarin.", []),
    ("Keterlambatan KA 36 Gajayana tercatat kemarin.", []),
    # a capitalised word after it alone, or a sentence's first word before it, leaves the figure
    ("Mesin itu punya torsi 440 Nm pada putaran rendah.", [[440.0, "nm"]]),
    ("Sebanyak 52 Calon kepala sekolah hadir.", [[52.0, "calon"]]),
    # a unit of units.csv after the number is read whatever is before it
    ("Harga Antam 5 gram naik.", [[5.0, "g"]]),
    ("Tim Detasemen Khusus (Densus) 88 Antiteror Polri datang.", []),  # a short form in brackets before the number
    ("Evakuasi selesai 09.40 WAS di Mina.", []),  # a clock time in Saudi time (calendar.csv zone WAS)
    # a date of the Islamic calendar is no figure (calendar.csv other_calendar), nor its year
    ("Rabu bertepatan dengan 15 Zulhijjah 1446 H di Mekkah.", []),
    ("Tahun Baru Islam 1 Muharram 1447 Hijriah dirayakan 300 orang.", [[300.0, "orang"]]),
    # a year keeps its reading
    ("Kualifikasi Piala Dunia 2026 Zona Asia digelar.", [[2026.0, "year"]]),
])
def test_a_number_inside_a_name_is_no_figure(text, expected):
    n = extract_facts(_c([text])).query("kind == 'number'")
    assert n[["value", "unit"]].values.tolist() == expected


@pytest.mark.parametrize("text,expected", [
    # a verb after a number is no unit ("S&P 500 melemah"), a root with a suffix still is ("meteran")
    ("Indeks S&P 500 melemah pada perdagangan kemarin.", [[500.0, ""]]),
    ("Sebanyak 34 mengalami luka ringan.", [[34.0, ""]]),
    ("Gudang itu dibangun 1 dibuka kemarin.", [[1.0, ""]]),
    ("Sebanyak 16 berhasil lolos seleksi.", [[16.0, ""]]),  # ber-: roles.csv verb_prefix, as me- and di-
    ("Kabel itu 5 meteran panjangnya.", [[5.0, "meteran"]]),
    # kuadriliun is 10^15; a multiplier is applied in decimal ("16,1 triliun" is exact)
    ("Nilai proyek Rp6,5 kuadriliun.", [[6.5e15, "IDR"]]),
    ("Anggaran Rp 16,1 triliun disiapkan.", [[16_100_000_000_000.0, "IDR"]]),
    # a currency code written after the figure is that currency
    ("Kurs 1 USD setara Rp16.269.", [[1.0, "USD"], [16269.0, "IDR"]]),
    # a one-letter symbol only in the case units.csv writes it: "G" is a trim, not grams; "L" is litres
    ("Terlaris adalah varian 15 G dan 15 g gula.", [[15.0, "G"], [15.0, "g"]]),
    ("Mesin 15 L dan tangki 40 l.", [[15.0, "l"], [40.0, "l"]]),
    ("Tahun Baru Islam 1447 H/2025 M dirayakan.", [[2025.0, "year"]]),
])
def test_units_are_no_verbs_and_multipliers_are_exact(text, expected):
    n = extract_facts(_c([text])).query("kind == 'number'")
    assert n[["value", "unit"]].values.tolist() == expected


def test_figures_side_by_side_keeps_a_range_whole():
    corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "Z"],
                           "text": ["Inflasi naik 5-6 persen. Sekitar 400-500 orang hadir.",
                                    "Inflasi naik 5 persen dan 6 persen. Sekitar 450 orang hadir.",
                                    "Inflasi naik 0,003 persen, lalu 30,001 persen."]})
    side = figures_side_by_side(extract_facts(corpus)).set_index(["unit", "outlet"])
    # a range is one value with both ends, not its two ends as separate figures
    assert side.loc[("%", "X"), "values"] == "5–6"
    assert side.loc[("%", "Y"), "values"] == "5; 6"
    assert bool(side.loc[("%", "X"), "differs"])  # "5–6" is not "5; 6"
    assert side.loc[("orang", "X"), "values"] == "400–500" and side.loc[("orang", "Y"), "values"] == "450"
    # small values keep two significant digits, others at most two decimals, never a dangling point
    assert side.loc[("%", "Z"), "values"] == "0.003; 30"
    # an end without its partner (a filtered table) is a single value
    f = extract_facts(corpus.iloc[:1])
    alone = figures_side_by_side(f[f["qualifier"] != "range to"])
    assert alone.set_index("unit").loc["%", "values"] == "5"


def test_extract_facts_skips_names_and_reads_dates():
    f = extract_facts(_c(["Tank T-54 dan Covid-19 pada 1980-an, Selasa (16/6/2024) dan Rabu 19 Juni 2024."]))
    assert f["kind"].tolist() == ["date", "date"]
    assert f["date"].tolist() == ["2024-06-16", "2024-06-19"]
    assert f["weekday_ok"].tolist() == [False, True]


def test_date_checks_on_seeds():
    ch = date_checks(load_corpus(CORPUS))
    ev = ch[ch.check == "event_date"].set_index("doc_id")["date"].to_dict()
    assert ev == {"000_kompas": "2024-06-18", "001_tuturpedia": "2024-06-19", "002_unknown": "2024-06-16",
                  "004_kabarbursa": "2024-06-19"}
    assert set(ch[ch.check == "weekday_mismatch"]["doc_id"]) == {"002_unknown"}
    assert len(ch[ch.check == "event_date_differs"]) == 4


def test_date_checks_skip_dates_of_birth():
    c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
                      "text": ["Menteri kelahiran Bandung, 21 Januari 1968 itu tiba Senin (9/6/2025).\nLain.",
                               "Menteri tiba Senin (9/6/2025).\nLain."]})
    f = extract_facts(c)
    assert f.loc[f.kind.str.contains("date"), "kind"].tolist() == ["birth_date", "date", "date"]
    ch = date_checks(c)
    assert ch[ch.check == "event_date"]["date"].tolist() == ["2025-06-09", "2025-06-09"]
    assert "event_date_differs" not in set(ch.check)  # the birth date is no second event date


def test_figures_side_by_side_on_seeds():
    side = figures_side_by_side(extract_facts(load_corpus(CORPUS)))
    tahun = side[side.unit == "tahun"]
    assert set(tahun["values"]) == {"24"} and not tahun["differs"].any()
    assert side[side.unit == "kontainer"]["outlet"].tolist() == ["Kompas.com"]


def test_profiles_columns_and_counts():
    c = load_corpus(CORPUS)
    p = profiles(c, sources=cited_sources(c), facts=extract_facts(c)).set_index("doc_id")
    assert p.loc["003_poskupang", "n_quotes"] == 5
    assert p.loc["000_kompas", "n_sources"] == 4  # NYT, AP, The Times, Bloomberg
    assert p["mattr"].between(0, 1).all()


def test_by_outlet_matrix_against_pairs_by_hand():
    from helpers.similarity import by_outlet_matrix

    m = pd.DataFrame([[1, .2, .4, .1], [.2, 1, .6, .3], [.4, .6, 1, .5], [.1, .3, .5, 1]],
                     index=list("abcd"), columns=list("abcd"))
    c = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["X", "X", "Y", "Y"]})
    mean = by_outlet_matrix(m, c)
    assert mean.loc["X", "X"] == 0.2 and mean.loc["Y", "Y"] == 0.5       # one pair inside each outlet
    assert mean.loc["X", "Y"] == round((.4 + .1 + .6 + .3) / 4, 3)     # four pairs across
    assert by_outlet_matrix(m, c, how="sum").loc["X", "Y"] == 1.4
    single = by_outlet_matrix(m.iloc[:3, :3], c.iloc[:3])
    assert np.isnan(single.loc["Y", "Y"])  # one article: no pair inside the outlet


def test_a_passage_four_of_five_articles_share_is_reported():
    shared = "pemerintah resmi mencabut izin empat perusahaan tambang nikel di kawasan itu pada pekan lalu"
    texts = [f"berita {i} dimulai dengan kalimat yang berbeda. " + (shared if i < 4 else "cerita lain sama sekali")
             + f" dan berakhir dengan penutup nomor {i}." for i in range(5)]
    p = shared_passages(_c(texts))
    assert len(p) == 6 and p["text_a"].str.contains(shared).all()  # the 4 x 3 / 2 pairs


@pytest.mark.parametrize("text, kind", [
    ("Menteri BUMN Erick Thohir, Menteri Keuangan Sri Mulyani Indrawati dan Kepala Bappenas Rachmat Pambudy", "formula"),
    ("Undang-Undang Nomor 19 Tahun 2003 tentang Badan Usaha Milik Negara", "formula"),
    ("di Istana Negara Jakarta Senin 24 2 2025", "formula"),
    ("para pejabat itu kemudian berangkat menuju bandara dengan pengawalan yang sangat ketat", "reuse"),
])
def test_formulaic_passages_are_labelled_and_kept_out_of_the_totals(text, kind):
    from helpers.similarity import passage_kind

    assert passage_kind(text.split()) == kind


def test_shares_come_from_covered_positions_and_stay_in_0_1():
    quote = " ".join(f"kata{i}" for i in range(21))
    a = " ".join([quote, "lalu", quote, "kemudian", quote])
    b = "pembuka berita ini " + quote + " " + " ".join(f"lain{i}" for i in range(76))
    c = _c([a, b])
    p = shared_passages(c)
    s = passage_summary(p, c).iloc[0]
    assert s["shared_b"] == 21 and 0 <= s["share_of_a"] <= 1 and s["share_of_b"] == round(21 / 100, 3)


def test_facts_keep_their_qualifiers_and_orders_of_magnitude():
    f = extract_facts(_c(["Setidaknya 10.000 kontainer dikirim. Gudang itu ditaksir dapat menampung 4,8 juta peluru. "
                          "Jutaan peluru dan ribuan roket dikirim setiap hari. Nilainya sekitar USD 24 miliar."]))
    got = [(r.kind, r.value, r.unit, r.qualifier) for r in f[f["kind"] != "date"].itertuples()]
    assert got == [("number", 10000.0, "kontainer", "at least"), ("number", 4800000.0, "peluru", "estimated"),
                   ("magnitude", 1e6, "peluru", "order of magnitude"), ("magnitude", 1e3, "roket", "order of magnitude"),
                   ("number", 24e9, "USD", "about")]


def test_copying_signals_find_a_shared_misspelling_and_short_runs():
    from helpers.similarity import copying_signals

    s = copying_signals(load_corpus(CORPUS))
    spell = s[s["kind"] == "rare_spelling"]
    assert spell[["doc_a", "doc_b", "text"]].values.tolist() == [["001_tuturpedia", "003_poskupang", "Mantrurov"]]
    runs = s[s["kind"] == "short_run"]
    assert "didampingi oleh beberapa pejabat tinggi termasuk" in set(runs["text"])
    # a word that differs from another article's only in case is a typed capital, not a copied misspelling
    c = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "Z"],
                      "text": ["Pilkada digelar hari ini.", "Soal Pilkada lagi.", "Soal PIlkada lagi."]})
    assert copying_signals(c).empty
    assert runs["detail"].str.contains("below the passage minimum of 8").all()


def test_coherence_tells_one_event_from_many_topics():
    from helpers.report import coherence_finding
    from helpers.similarity import coherence

    event = ["Putin tiba di Pyongyang dan disambut Kim Jong Un dengan upacara megah.",
             "Kim Jong Un menyambut Putin di Pyongyang, upacara megah digelar di bandara.",
             "Upacara megah menyambut Putin yang tiba di Pyongyang, Kim Jong Un hadir.",
             "Di Pyongyang, Putin disambut Kim Jong Un; upacara megah menandai kunjungan itu."]
    topics = ["Harga cabai naik di pasar tradisional menjelang lebaran.",
              "Timnas kalah tipis dari Jepang dalam laga kualifikasi.",
              "Gunung meletus dan warga mengungsi ke posko darurat.",
              "Sekolah negeri membuka pendaftaran siswa baru pekan depan.",
              "Penyanyi itu menikah di Bali dengan pesta sederhana."]
    for texts, verdict in ((event, "one event"), (topics, "many topics")):
        c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "outlet": list("ABCDE")[:len(texts)],
                          "text": texts})
        got = coherence(similarity_matrix(c, "tfidf"))
        assert got["verdict"] == verdict
        # word overlap cannot tell one event from one subject followed over days: the sentence says so
        assert f"**{ {'one event': 'one event or one running subject'}.get(verdict, verdict)}**" in coherence_finding(got)
    # the largest linked group, by hand: a-b linked, c alone, d alone -> 2 of 4 = 0.5 (one event at the default)
    m = pd.DataFrame([[1, .2, 0, 0], [.2, 1, 0, 0], [0, 0, 1, .1], [0, 0, .1, 1]], index=list("abcd"), columns=list("abcd"))
    assert (coherence(m)["largest_group"], coherence(m)["share"]) == (2, 0.5)
    assert coherence(m)["outside"] == ["c", "d"]  # the articles outside the largest group, named
    one = dict(articles=4, largest_group=3, share=0.75, median_cosine=0.2, verdict="one event", outside=["d"])
    assert coherence_finding(one, labels={"d": "Detik 2"}).endswith(
        "1 article is outside the group (Detik 2): read it before comparing outlets; it may report another story.")
    assert "outside" not in coherence_finding(one)  # without labels the sentence stays as it was
    assert coherence(m, link=0.05)["largest_group"] == 2  # c-d linked too: two groups of two
    assert coherence(m.iloc[:2, :2])["verdict"] == "too few articles"
    # a chain of links joins all ten articles, but nearly every pair shares nothing (median cosine 0): not one event
    # but many topics; with a little shared by every pair (0.02) several stories
    chain = np.eye(10) + np.diag([0.2] * 9, 1) + np.diag([0.2] * 9, -1)
    chain = pd.DataFrame(chain, index=range(10), columns=range(10))
    assert (coherence(chain)["share"], coherence(chain)["median_cosine"]) == (1.0, 0.0)
    assert coherence(chain)["verdict"] == "many topics"
    some = chain.where(chain > 0, 0.02)
    assert coherence(some)["median_cosine"] == 0.02 and coherence(some)["verdict"] == "several stories"
    assert coherence(chain, min_median=0, topics_median=0)["verdict"] == "one event"


@settings(max_examples=25, deadline=None)
@given(k=st.integers(min_value=2, max_value=4), length=st.integers(min_value=12, max_value=30),
       seed=st.integers(min_value=0, max_value=10_000))
def test_a_passage_repeated_k_times_in_one_article_is_one_row_with_k_occurrences(k, length, seed):
    from helpers.similarity import repeated_passages

    rng = np.random.default_rng(seed)
    vocab = [f"kata{i}" for i in range(400)]
    passage = " ".join(rng.choice(vocab, size=length, replace=False))
    fillers = [" ".join(rng.choice(vocab, size=7, replace=False)) for _ in range(k + 1)]
    text = " ".join(f"{fillers[i]} {passage}" for i in range(k)) + " " + fillers[k]
    r = repeated_passages(pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [text]}))
    top = r.iloc[0]
    assert top["occurrences"] == k and top["n_words"] >= length
    assert top["extra_words"] == top["n_words"] * (k - 1)
    assert (r["n_words"] >= 12).all()


def test_outlet_reuse_is_normalised_by_article_pairs_worked_by_hand():
    from helpers.similarity import outlet_reuse, outlet_reuse_matrix

    c = pd.DataFrame({"doc_id": ["a1", "a2", "a3", "b1"], "outlet": ["A", "A", "A", "B"], "text": ["x"] * 4})
    s = pd.DataFrame({"doc_a": ["a1", "a1", "a2"], "doc_b": ["a2", "b1", "b1"],
                      "share_of_a": [0.9, 0.2, 0.1], "share_of_b": [0.9, 0.4, 0.3]})
    r = outlet_reuse(s, c).set_index(["outlet_a", "outlet_b"])
    # A-B: 3 x 1 article pairs, two share: ((0.2+0.4)/2 + (0.1+0.3)/2 + 0) / 3 = 0.5/3
    assert r.loc[("A", "B"), "article_pairs"] == 3 and r.loc[("A", "B"), "pairs_sharing"] == 2
    assert r.loc[("A", "B"), "mean_share"] == round(0.5 / 3, 3)
    assert r.loc[("A", "A"), "article_pairs"] == 3 and r.loc[("A", "A"), "mean_share"] == 0.3  # 0.9 / 3
    m = outlet_reuse_matrix(outlet_reuse(s, c))
    assert np.isnan(m.loc["A", "A"]) and m.loc["A", "B"] == m.loc["B", "A"] == round(0.5 / 3, 3)


def test_the_reuse_title_never_says_no_text_is_shared_when_a_pair_shares_a_passage():
    from helpers.report import reuse_title
    from helpers.similarity import outlet_reuse

    c = pd.DataFrame({"doc_id": [f"a{i}" for i in range(30)] + [f"b{i}" for i in range(30)],
                      "outlet": ["A"] * 30 + ["B"] * 30, "text": ["x"] * 60})
    # one of the 900 A-B article pairs shares a little text: the mean share rounds to 0.000
    s = pd.DataFrame({"doc_a": ["a0"], "doc_b": ["b0"], "share_of_a": [0.05], "share_of_b": [0.07]})
    r = outlet_reuse(s, c)
    assert r.set_index(["outlet_a", "outlet_b"]).loc[("A", "B"), "mean_share"] == 0  # round(0.06 / 900, 3)
    assert reuse_title(r, floor=0.001) == ("Between outlets little text is shared: 1 of 900 article pairs share a "
                                           "passage (no pair of outlets reaches a mean share of 0.001)")
    assert reuse_title(outlet_reuse(s.iloc[:0], c), floor=0.001) == \
        "Between outlets no article pair shares a passage (900 pairs)"
    # above the floor the pair is named, with the count it rests on
    big = pd.DataFrame({"doc_a": [f"a{i}" for i in range(30)], "doc_b": [f"b{i}" for i in range(30)],
                        "share_of_a": [0.5] * 30, "share_of_b": [0.5] * 30})
    assert reuse_title(outlet_reuse(big, c), floor=0.001) == ("Between outlets, the most similar pair is A and B (mean "
                                                             "share of text 0.017); 30 of 900 article pairs share a passage")


def test_a_passage_an_article_repeats_counts_once_in_its_share():
    rng = np.random.default_rng(3)
    vocab = [f"kata{i}" for i in range(500)]
    passage = " ".join(rng.choice(vocab[:200], size=21, replace=False))
    a_rest = [" ".join(rng.choice(vocab[200:300], size=10, replace=False)) for _ in range(3)]
    b_rest = " ".join(rng.choice(vocab[300:], size=79, replace=False))
    c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
                      "text": [" ".join(f"{r} {passage}" for r in a_rest), f"{passage} {b_rest}"]})
    s = passage_summary(shared_passages(c, min_words=8), c).iloc[0]
    # a: 3 x (10 + 21) = 93 words, the passage three times; counted once: 21 of 93 - 42 = 51
    assert s["shared_a"] == 21 and s["share_of_a"] == round(21 / 51, 3)
    assert s["shared_b"] == 21 and s["share_of_b"] == round(21 / 100, 3)
    raw = passage_summary(shared_passages(c, min_words=8), c, once=False).iloc[0]
    assert raw["shared_a"] == 63 and raw["share_of_a"] == round(63 / 93, 3)


def test_lengths_count_a_repeated_passage_once():
    from helpers.describe import text_stats
    from helpers.similarity import repeated_passages

    lead = "Presiden meresmikan jembatan baru di kota itu pada Senin pagi bersama warga."
    c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [lead + " Warga senang sekali. " + lead]})
    s = text_stats(c, repeats=repeated_passages(c)).iloc[0]
    assert s["n_words"] == 27 and s["n_words_once"] == 15


def test_shared_passage_postings_equal_a_plain_index_and_survive_hash_collisions(monkeypatch):
    """The array index gives what a dictionary of n-gram tuples gives, even if every hash collides."""
    import random
    from collections import defaultdict

    from helpers import similarity

    rng = random.Random(3)
    vocab = ["a", "b", "c", "d", "e"]
    toks = [[rng.choice(vocab) for _ in range(rng.randint(0, 40))] for _ in range(12)]

    def plain(n, limit):
        index = defaultdict(lambda: defaultdict(list))
        for d, w in enumerate(toks):
            for i in range(len(w) - n + 1):
                index[tuple(w[i:i + n])][d].append(i)
        return sorted(sorted((d, tuple(p)) for d, p in post.items()) for post in index.values() if 2 <= len(post) <= limit)

    def arrays(n, limit):
        return sorted(sorted((d, tuple(p)) for d, p in post.items()) for post in similarity._postings(toks, n, limit))

    for n, limit in ((3, 12), (3, 5), (4, 2)):
        assert arrays(n, limit) == plain(n, limit)
    monkeypatch.setattr(similarity, "hash", lambda _: 7, raising=False)  # every n-gram in one hash group
    assert arrays(3, 12) == plain(3, 12) and arrays(4, 2) == plain(4, 2)


def test_a_place_in_a_competitions_name_is_no_mention_of_it():
    from helpers.attribution import actor_mentions

    c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
                      "text": ["Prancis lolos ke final Piala Eropa. Di Eropa, suporter Prancis bersorak."]})
    g = pd.DataFrame({"actor": ["Eropa", "Prancis"], "type": ["name", "name"], "aliases": ["Eropa", "Prancis"]})
    m = actor_mentions(c, g).set_index("actor")["mentions"]
    assert m.to_dict() == {"Eropa": 1, "Prancis": 2}  # "Piala Eropa" names the cup


def test_clock_times_are_no_figures():
    c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
                      "text": ['"Evakuasi pukul 11.30 Wita," kata dia. Erupsi terjadi 22.12 WITA dan jam 3 pagi; '
                               "tinggi kolom 900 meter dan 24 jam kemudian 2 desa mengungsi."]})
    f = extract_facts(c)
    nums = f[f.kind == "number"][["value", "unit"]].values.tolist()
    assert nums == [[900.0, "m"], [24.0, "jam"], [2.0, "desa"]]  # a duration in hours stays a figure


def test_the_one_event_sentence_says_over_how_many_days_the_articles_were_published():
    from helpers.report import coherence_finding

    one = dict(articles=35, largest_group=31, share=0.89, median_cosine=0.09, verdict="one event", outside=[])
    text = coherence_finding(one, days=pd.Series(["2025-06-06 10:00", "2025-06-22", "", None]))
    assert "published over 17 days (2025-06-06 to 2025-06-22)" in text  # days without a date are left out
    assert coherence_finding(one, days=pd.Series(["2025-06-06 10:00", "2025-06-06"])).endswith(
        "They were published on one day (2025-06-06).")
    many = dict(one, verdict="many topics")
    assert "published" not in coherence_finding(many, days=pd.Series(["2025-06-06", "2025-06-22"]))


def test_dilansir_without_dari_and_melansir_credit_a_medium_and_a_glued_form_is_not_shown():
    from helpers.attribution import cited_sources

    c = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["X"] * 4, "credits": [""] * 4, "text": [
        "Harga naik, kata Pramono dilansir Antara, Senin (16/6/2025).",
        "Melansir Reuters, harga minyak naik tajam.",
        "Hal itu sebagaimana dilansir TheGuardian, Rabu (13/7/2016). Seperti dilansir TheGuardian, laga itu ketat.",
        "Dilansir dari The Guardian, pelatih puas. Dilansir dari berbagai sumber, tiket habis."]})
    got = cited_sources(c)
    # the glued form is written more often, but the form with its space is shown; "berbagai sumber" is no one
    assert got["source"].tolist() == ["Antara", "Reuters", "The Guardian", "The Guardian", "The Guardian"]


def test_a_digit_inside_a_mediums_name_is_part_of_it_and_a_channel_of_the_outlet_is_a_self_credit():
    from helpers.attribution import cited_sources

    c = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["Liputan6", "Detik", "Detik", "Liputan6"], "credits": [""] * 4,
                      "text": ["Harga naik, dikutip dari Liputan6.com, Senin (16/6/2025).",
                               "Harga naik, dikutip dari Liputan6.com, Senin (16/6/2025).",
                               "Mobil itu laris, dilansir dari Auto2000, Rabu.",
                               "Resep itu sehat, dikutip dari Kanal News Liputan6.com, Selasa."]})
    got = cited_sources(c)[["doc_id", "source", "kind"]].values.tolist()
    assert got == [["a", "Liputan6.com", "self_credit"], ["b", "Liputan6.com", "citation"],
                   ["c", "Auto2000", "citation"], ["d", "Kanal News Liputan6.com", "self_credit"]]


def test_a_day_left_after_a_credited_name_is_cut_with_the_word_glued_to_the_name():
    from helpers.attribution import cited_sources

    c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"], "credits": ["", ""], "text": [
        "Jemaah tiba, dikutip dari Antarapada Minggu (8/6/2025).",
        "Hal itu dilansir Saudi Press Agencypada Sabtu malam."]})
    assert cited_sources(c)["source"].tolist() == ["Antara", "Saudi Press Agency"]


def test_most_says_none_stands_out_when_every_one_ties():
    from helpers.report import most

    credits = pd.Series({f"S{i}": 1 for i in range(12)})
    assert most(credits, one="{} is credited most", many="{} are credited most", what="credits", base=12) == (
        "None stands out: all 12 tie (1 credit each; 12 in all)")
    two = pd.Series({"A": 1, "B": 1})  # two tied are named, as before
    assert most(two, one="{} is credited most", many="{} are credited most", what="credits") == (
        "A and B are credited most (1 credit each)")


def test_a_credit_may_name_the_official_page_before_the_source():
    c = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["Detik", "Liputan6", "X"], "text": [
        "Mengutip dari situs resmi Logam Mulia Antam, Kamis (19/6/2025), harga emas turun.",
        "Harga emas naik, dikutip dari laman resmi logammulia.com, Jumat (20/6/2025).",
        "Dikutip darikhaama.com, pejabat itu membantah. Ashanty menulis, seperti dikutip dari akun Instagramnya."]})
    got = cited_sources(c)[["doc_id", "source"]].values.tolist()
    # a lower-case web address is a name; the cue's "dari" glued to it is not part of it; an account is no medium
    assert got == [["a", "Logam Mulia Antam"], ["b", "logammulia.com"], ["c", "khaama.com"]]


def test_the_draft_actors_carry_the_counts_of_the_actor_chart():
    from helpers.attribution import draft_actors, find_actors

    c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [
        "Menteri ESDM Bahlil Lahadalia datang ke Jakarta. Bahlil lalu bicara dengan Bahlil Lahadalia.",
        "Kata Menteri Bahlil, izin dicabut. Bahlil pergi."]})
    found = find_actors(c)
    m = actor_mentions(c, found[["actor", "type", "aliases"]])
    d = draft_actors(found, m).set_index("actor")
    # counted by hand: "Bahlil Lahadalia", "Bahlil", "Bahlil Lahadalia" in a; "Bahlil" twice in b (the doctest of
    # draft_actors covers a chart count that differs from find_actors' own)
    assert d.loc["Bahlil Lahadalia", ["mentions", "articles"]].tolist() == [5, 2]


def test_a_paragraph_that_cites_a_law_is_reuse_not_a_formula():
    from helpers.similarity import passage_kind

    title = "Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi"
    para = ("Sebelumnya terdakwa divonis bersalah dan dihukum penjara karena terbukti menerima suap serta gratifikasi "
            "yang melanggar Pasal 12 B Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi "
            "sebagaimana telah diubah dengan undang-undang yang baru menurut majelis hakim di pengadilan itu")
    assert passage_kind(title.split()) == "formula"
    assert len(para.split()) > 30 and passage_kind(para.split()) == "reuse"


def test_a_passage_quoted_in_both_articles_is_labelled_quote_and_kept_in_the_totals():
    from helpers.similarity import passage_summary, shared_passages

    q = ('"Menimbang bahwa jumlah aset yang dimiliki terdakwa jelas tidak wajar dan tidak dapat dijelaskan asal '
         'usulnya secara sah," kata hakim.')
    c = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "Z"], "text": [
        "Dalam sidang itu, " + q + " Sidang ditutup.", "Majelis menilai " + q + " Terdakwa diam.",
        "Menimbang bahwa jumlah aset yang dimiliki terdakwa jelas tidak wajar dan tidak dapat dijelaskan asal usulnya "
        "secara sah menurut laporan itu."]})
    p = shared_passages(c)
    assert p.set_index(["doc_a", "doc_b"])["kind"].to_dict() == {("a", "b"): "quote", ("a", "c"): "reuse",
                                                                 ("b", "c"): "reuse"}
    s = passage_summary(p, c).set_index(["doc_a", "doc_b"])
    assert s.loc[("a", "b"), "shared_words"] == 20  # a quotation shared is still shared text


def test_a_currency_written_apart_is_no_actor():
    c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [
        "Harga emas naik ke USD 3.325 per ons. Harga emas Galeri24 Rp 1.937.000 per gram. Kata USD hari ini menguat.",
        "Harga emas Galeri24 Rp 1.936.000 per gram. Harga emas turun ke USD 3.300 per ons menurut analis."]})
    actors = find_actors(c)["actor"].tolist()
    assert "USD" not in actors and not any(a.endswith(" Rp") for a in actors)
    assert "Galeri24" in actors  # the name before the currency stays
    c2 = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [
        "Instruksi Presiden Nomor 2 berlaku. Nomor 2 itu diteken Prabowo.", "Nomor 2 tahun ini diteken Prabowo lagi."]})
    assert "Nomor" not in find_actors(c2)["actor"].tolist()  # a number's identifier (calendar.csv) is no name


def test_the_credits_note_does_not_say_every_credit_is_counted_when_there_is_none():
    from helpers.report import credits_note

    empty = pd.DataFrame(columns=["doc_id", "source", "kind"])
    assert credits_note(empty).startswith("Credits are found by their cue words")
    one = pd.DataFrame({"doc_id": ["a"], "source": ["Antara"], "kind": ["citation"]})
    assert credits_note(one).startswith("Every credit found is counted")
