"""Any corpus, told truthfully: the report on a corpus about another event carries none of the example
corpus's interpretation or tables, its computed findings equal their tables, and its voices are named."""

import json
import re
from html import unescape
from pathlib import Path

import pandas as pd
import pytest

from helpers import load_corpus
from helpers.attribution import find_actors, quotes
from helpers.report import most
from helpers.run import NOTEBOOKS, main

MINING = {
    "a.txt": (
        "KOMPAS.com - Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia mencabut izin usaha "
        "pertambangan empat perusahaan nikel di Raja Ampat, Papua Barat Daya, pada Selasa (10/6/2025).\n"
        '"Kami cabut karena melanggar aturan lingkungan," kata Bahlil di Jakarta.\n'
        "Ia menambahkan bahwa pemerintah akan mengawasi pemulihan kawasan itu.\n"
        '"Pengawasan kami lakukan bersama pemerintah daerah," ujarnya.\n'),
    "b.txt": (
        "Liputan6.com, Jakarta - Direktur Jenderal Minerba Tri Winarno mengatakan pencabutan izin berlaku "
        "untuk empat perusahaan di Raja Ampat.\n"
        '"Keputusan ini final dan mengikat bagi semua pihak," kata Tri Winarno kepada wartawan di Jakarta.\n'
        "Menteri ESDM Bahlil Lahadalia menegaskan bahwa satu perusahaan masih boleh beroperasi di sana.\n"),
    "c.txt": (
        "KOMPAS.com - Aktivis lingkungan menyambut pencabutan izin tambang nikel di Raja Ampat, Papua Barat Daya.\n"
        '"Ini kemenangan warga Raja Ampat yang menjaga laut mereka," kata Kiki Taufik dari Greenpeace Indonesia.\n'
        "Menurut Kiki Taufik, pemulihan terumbu karang akan memakan waktu bertahun-tahun.\n"),
    "d.txt": (
        "SURYA.co.id | SURABAYA - Menteri Bahlil kembali menjelaskan pencabutan izin nikel di Raja Ampat.\n"
        '"Kami tidak pandang bulu terhadap perusahaan mana pun," kata Menteri ESDM Bahlil Lahadalia.\n'
        "Bahlil mengatakan bahwa evaluasi izin tambang lain akan dilakukan bulan depan.\n"),
}


def _text(page: Path) -> str:
    t = page.read_text(encoding="utf-8")
    t = re.sub(r"(?s)<style.*?</style>|<script.*?</script>", " ", t)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", t)).split())


def _example_sentences() -> list[str]:
    """Distinctive lines of every cell written for the example corpus (tagged ``example-corpus``)."""
    out = []
    for nb in sorted(NOTEBOOKS.glob("0*.ipynb")):
        for cell in json.loads(nb.read_text(encoding="utf-8"))["cells"]:
            if "example-corpus" in cell.get("metadata", {}).get("tags", []):
                for line in "".join(cell["source"]).splitlines():
                    line = " ".join(line.strip(" -*").replace("**", "").replace("`", "").split())
                    if len(line) >= 40 and not line.startswith(("example_note", '"""', ")")):
                        out.append(line[:60])
    return out


@pytest.fixture(scope="module")
def mining(tmp_path_factory):
    root = tmp_path_factory.mktemp("mining")
    folder = root / "corpus"
    folder.mkdir()
    for name, text in MINING.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = root / "report"
    assert main(["run", "--corpus", str(folder), "--out", str(out), "--no-progress"]) == 0
    pages = {p.stem: _text(p) for p in (out / "html").glob("*.html")}
    return load_corpus(folder), out, pages


def test_no_sentence_of_the_example_interpretation_appears(mining):
    _, out, pages = mining
    sentences = _example_sentences()
    assert len(sentences) > 15  # the example's interpretation exists, in tagged cells
    for stem, text in pages.items():
        for s in sentences:
            assert s not in text, f"{stem}: {s!r}"
    for nb in (out / "notebooks").glob("*.ipynb"):
        tags = [c.get("metadata", {}).get("tags", []) for c in json.loads(nb.read_text(encoding="utf-8"))["cells"]]
        assert not any("example-corpus" in t for t in tags), nb.name


def test_the_example_tables_are_absent(mining):
    _, _, pages = mining
    everything = " ".join(pages.values())
    for word in ["Vladimir Putin", "Kim Jong Un", "Russia/North Korea", "US/South Korea/West", "the West",
                 "sanctions_west", "diplomacy_ceremony", "military_arms", "war in Ukraine"]:
        assert word not in everything, word
    assert "Naming is skipped: this corpus folder has no naming.csv" in pages["03_framing"]
    assert "Voices by side are skipped: this corpus folder has no sides.csv" in pages["03_framing"]



def test_the_voices_table_has_no_side_column_without_sides(mining):
    _, out, _ = mining
    cells = json.loads((out / "notebooks" / "03_framing.ipynb").read_text(encoding="utf-8"))["cells"]
    cell = next(c for c in cells if "per_article(voices, 4)" in "".join(c["source"]))
    table = [o["data"] for o in cell["outputs"] if "quote" in str(o.get("data", {}).get("text/plain", ""))]
    plain = "".join(table[-1]["text/plain"])
    # the column headers: the words of the lines before the first row of data (pandas wraps wide tables)
    header = {w for line in plain.splitlines() if not re.match(r"\s*\d+\s", line) for w in line.split()}
    assert {"speaker", "basis", "quote"} <= header and "side" not in header  # every speaker would read "other"


def test_findings_equal_their_tables(mining):
    corpus, out, pages = mining
    assert f"{len(corpus)} articles from {corpus['outlet'].nunique()} outlets" in pages["00_corpus"]
    voices = quotes(corpus)
    spoken = voices[voices["kind"].isin(["direct", "reported"])]
    statements = voices[voices["kind"].isin(["direct", "reported", "unattributed"])]
    basis = statements["basis"].value_counts()
    assert (f"{len(statements)} statements found: {basis.get('sentence', 0)} name their speaker in their own sentence, "
            f"{basis.get('context', 0)} take it from the article around them") in pages["03_framing"]
    none = int(basis.get("none", 0))
    assert f"and {none} {'has' if none == 1 else 'have'} none ({none / len(statements):.0%})." in pages["03_framing"]
    title = most(spoken.groupby("speaker").size(), one="{} speaks most", many="{} speak most", what="statements",
                 base=len(spoken))
    svg = (out / "charts" / "03_framing" / "03_speakers.svg").read_text(encoding="utf-8")  # titles are in the charts
    assert title.startswith("Bahlil Lahadalia speaks most") and title in unescape(svg)


def test_the_actors_are_found_and_a_draft_is_written(mining):
    corpus, out, pages = mining
    draft = pd.read_csv(out / "charts" / "01_source_comparison" / "drafts" / "actors.csv")
    assert list(draft.columns[:3]) == ["actor", "type", "aliases"]
    bahlil = draft[draft["actor"] == "Bahlil Lahadalia"]
    assert len(bahlil) == 1 and set(bahlil.iloc[0]["aliases"].split("|")) >= {"Bahlil Lahadalia", "Bahlil"}
    svg = unescape((out / "charts" / "01_source_comparison" / "01_actors.svg").read_text(encoding="utf-8"))
    assert "Bahlil Lahadalia is the most-named actor" in svg
    assert "drafts/actors.csv" in (out / "index.html").read_text(encoding="utf-8")


def test_every_voice_is_named(mining):
    corpus, _, _ = mining
    v = quotes(corpus)

    def speaker(start):
        hit = v[v["quote"].str.startswith(start)]
        assert len(hit) == 1, start
        return hit.iloc[0]["speaker"]

    assert speaker("Kami cabut karena") == "Bahlil Lahadalia"  # "kata Bahlil" -> the full name
    assert speaker("pemerintah akan mengawasi") == "Bahlil Lahadalia"  # "Ia" inherits the last speaker
    assert speaker("Pengawasan kami") == "Bahlil Lahadalia"  # "-nya" too
    assert speaker("Keputusan ini final") == "Tri Winarno"  # the role before the name is dropped
    assert speaker("Kami tidak pandang") == "Bahlil Lahadalia"  # "Menteri ESDM Bahlil Lahadalia"
    assert speaker("pemulihan terumbu") == "Kiki Taufik"
    assert (quotes(corpus)["kind"] == "unattributed").sum() == 0


def test_name_merging_and_roles():
    c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [
        "Menteri ESDM Bahlil Lahadalia tiba di Jakarta. Menteri Bahlil lalu bicara. Kim Jong Un dan Kim Jong Il.",
        "Bahlil mengatakan itu. Kata Bahlil Lahadalia, izin dicabut di Jakarta. Pasal 3 berbunyi tegas."]})
    f = find_actors(c).set_index("actor")
    assert f.loc["Bahlil Lahadalia", "mentions"] == 4
    assert "Jakarta" not in f.index  # written after "di": a place
    assert "Pasal" not in " ".join(f.index)  # a document, not an actor
    assert "Kim" not in f.index  # "Kim" alone would belong to two names: not merged, and not found alone


def test_a_word_of_the_language_opening_sentences_is_no_actor_even_in_a_small_corpus():
    # five articles never write "akibatnya" or "semoga" in lower case; PySastrawi's dictionary knows them as words.
    # "Pandu" is a word too, but written after other words it is a name
    c = pd.DataFrame({"doc_id": list("abcde"), "outlet": list("VWXYZ"), "text": [
        "Akibatnya harga naik. Semoga turun lagi.", "Akibatnya warga antre. Kata Pandu, harga naik.",
        "Semoga cepat pulih. Menurut Pandu, pasar tenang.", "Akibatnya pasar tutup. Pandu Sjahrir hadir.",
        "Semoga aman. Rosihan datang. Kata hakim Rosihan, sidang ditunda."]})
    f = find_actors(c).set_index("actor")
    assert "Akibatnya" not in f.index and "Semoga" not in f.index
    assert "Pandu Sjahrir" in f.index and "Rosihan" in f.index


def test_a_term_of_common_words_is_no_person():
    # every word of "Pengelolaan Lingkungan Hidup" is written in lower case more often than capitalised inside a
    # sentence: a term, not a person's name (all 205 such "persons" of the development set's list were terms)
    c = pd.DataFrame({"doc_id": list("abc"), "outlet": list("XYZ"), "text": [
        "Aturan soal Pengelolaan Lingkungan Hidup dibahas. Menteri Hanif Faisol hadir. Warga hidup dari pengelolaan "
        "lingkungan sekitar.",
        "Kata dia, Pengelolaan Lingkungan Hidup harus ketat. Hanif Faisol setuju. Lingkungan kita rusak dan hidup sulit.",
        "Pengelolaan hutan dan lingkungan butuh dana. Warga hidup di lingkungan yang baik berkat pengelolaan air dan pengelolaan lahan."]})
    f = find_actors(c).set_index("actor")
    assert "Pengelolaan Lingkungan Hidup" not in f.index and "Lingkungan Hidup" not in f.index
    assert f.loc["Hanif Faisol", "type"] == "person"


def test_a_place_or_an_organisation_before_a_persons_name_is_not_part_of_it():
    c = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "Z"], "text": [
        "Tim tiba di Polandia. Pemain Polandia Artur Boruc mengatakan siap. Boruc lalu berlatih. Pemain Polandia Artur "
        "Boruc tersenyum. Warga di Polandia senang. Polandia menang.",
        "Garuda Indonesia terbang lagi. Head of Corporate Communications Garuda Indonesia Dicky Irchamsyah menambahkan, "
        "jadwal normal. Kata Dicky, aman. Garuda Indonesia siap. Head Garuda Indonesia Dicky Irchamsyah hadir.",
        # a person called by the first words of the name keeps them; "dari" once does not make a place
        "Kabid Humas Ade Ary Syam Indradi hadir. Kata Ade Ary, aman. Ade Ary lalu pergi. Ade Ary Syam Indradi pulang. "
        "Penyanyi Louise Alexandra Bong tampil. Louise menang. Louise tersenyum. Ibu dari Louise bangga."]})
    f = find_actors(c).set_index("actor")
    assert f.loc["Artur Boruc", "mentions"] == 3 and "Polandia Artur Boruc" in f.loc["Artur Boruc", "aliases"]
    assert f.loc["Dicky Irchamsyah", "mentions"] == 3
    assert "Garuda Indonesia" in f.index  # still an actor of its own (and "Polandia" a place)
    assert "Ade Ary Syam Indradi" in f.index and "Syam Indradi" not in f.index
    assert "Louise Alexandra Bong" in f.index


def test_a_party_the_corpus_writes_after_an_organisation_word_is_cut_from_before_a_name():
    # "Partai Gerindra", "Fraksi Gerindra": a body's name, so "Ketua Harian Gerindra Sufmi Dasco Ahmad" is Sufmi Dasco
    # Ahmad, who is also called "Dasco"; a first name the corpus never writes after such a word stays ("Budi")
    c = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "Z"], "text": [
        "Partai Gerindra menggelar rapat. Ketua Harian Gerindra Sufmi Dasco Ahmad hadir. Kata Dasco, rapat lancar.",
        "Fraksi Partai Gerindra menolak usul itu. Wakil Ketua DPR Gerindra Sufmi Dasco Ahmad menjelaskan alasannya. "
        "Kata pengamat, kader Gerindra solid dan suara untuk Gerindra naik.",
        "Menteri Budi Gunadi Sadikin hadir. Budi Gunadi Sadikin tiba pagi. Kata Budi, vaksin cukup. Budi pulang."]})
    f = find_actors(c).set_index("actor")
    assert "Sufmi Dasco Ahmad" in f.index and "Gerindra Sufmi Dasco Ahmad" not in f.index
    assert "Budi Gunadi Sadikin" in f.index


def test_a_short_form_does_not_fold_into_a_name_of_common_words():
    # "Indonesia" is the only word of "Asuransi Kredit Indonesia" that is no common word (the corpus writes "asuransi"
    # and "kredit" in lower case): the country is not that company; "Bahlil" still folds into "Bahlil Lahadalia"
    c = pd.DataFrame({"doc_id": list("abc"), "outlet": list("XYZ"), "text": [
        "Produk Asuransi Kredit Indonesia laris. Indonesia naik. Kata Bahlil, Indonesia siap.",
        "Harga asuransi naik dan kredit macet. Asuransi Kredit Indonesia rugi. Indonesia menang. Bahlil Lahadalia hadir.",
        "Kata dia, Indonesia tenang. Bahlil Lahadalia pulang. Kata Bahlil, kredit rumah, kredit mobil dan asuransi aman."]})
    f = find_actors(c).set_index("actor")
    assert f.loc["Indonesia", "mentions"] == 4
    assert "Indonesia" not in f.loc["Asuransi Kredit Indonesia", "aliases"].split("|")
    assert f.loc["Bahlil Lahadalia", "aliases"] == "Bahlil Lahadalia|Bahlil"


def test_a_company_without_its_legal_form_is_the_same_company():
    # "Gag Nikel" is "PT Gag Nikel" (roles.csv kind legal_form), not a person's name of two words
    c = pd.DataFrame({"doc_id": list("abc"), "outlet": list("XYZ"), "text": [
        "PT Gag Nikel menambang di pulau itu. Kata PT Gag Nikel, izin lengkap.",
        "Gag Nikel menolak tuduhan itu. Izin Gag Nikel dicabut menteri.",
        "PT Gag Nikel lalu menggugat. Budi Santoso hadir. Kata Budi Santoso, aman."]})
    f = find_actors(c).set_index("actor")
    assert set(f.loc["PT Gag Nikel", "aliases"].split("|")) == {"PT Gag Nikel", "Gag Nikel"}
    assert f.loc["PT Gag Nikel", "type"] == "organisation" and f.loc["Budi Santoso", "type"] == "person"


def test_a_surname_folds_into_the_one_persons_name_beside_names_of_common_words():
    # "Trump" has three homes: "Donald Trump" and two sentence openings of the language ("Komentar Trump ...",
    # "Penolakan Trump ..."); it is Donald Trump's surname. "Amerika SerikatDonald Trump" (a dropped space) is him too
    c = pd.DataFrame({"doc_id": list("abc"), "outlet": list("XYZ"), "text": [
        "Presiden Amerika SerikatDonald Trump tiba. Kata Donald Trump, perang usai. Komentar Trump viral.",
        "Penolakan Trump ramai dibahas. Donald Trump lalu pergi. Kata Trump, semua aman.",
        "Trump menolak. Kata Trump, Iran harus setuju. Donald Trump menelepon Putin."]})
    f = find_actors(c).set_index("actor")
    assert set(f.loc["Donald Trump", "aliases"].split("|")) == {"Donald Trump", "Amerika SerikatDonald Trump", "Trump"}
    assert "Trump" not in f.index and "Komentar Trump" not in f.index
    q = quotes(c)
    assert set(q["speaker"]) == {"Donald Trump"}


def test_a_short_form_goes_to_the_name_every_article_that_writes_it_with_one_also_names():
    # the mining corpus's "Bahlil" has three homes: "Bahlil Lahadalia", "ESDM Bahlil" (an office before the name, once)
    # and "Anak Buah Bahlil" (his subordinate); every article writing "Bahlil" with one of them names Bahlil Lahadalia.
    # "Budi" has two homes each named in an article of its own (two men): it stays itself
    c = pd.DataFrame({"doc_id": list("abcde"), "outlet": list("VWXYZ"), "text": [
        "Menteri Bahlil Lahadalia tiba. Kata Bahlil, izin dicabut. Anak Buah Bahlil ikut hadir.",
        "Bahlil Lahadalia bicara. Bahlil menolak. Anak Buah Bahlil diam. Pejabat ESDM Bahlil hadir.",
        "Kata Bahlil, tambang ditutup. Bahlil Lahadalia pergi. Warga Raja Ampat senang.",
        "Menteri Budi Gunadi Sadikin hadir. Kata Budi, vaksin cukup. Budi Gunadi Sadikin pulang.",
        "Menteri Budi Karya tiba. Kata Budi, jalan tol siap. Budi Karya lalu pergi."]})
    f = find_actors(c).set_index("actor")
    assert set(f.loc["Bahlil Lahadalia", "aliases"].split("|")) == {"Bahlil Lahadalia", "Bahlil"}
    assert "Bahlil" not in f.index
    assert f.loc["Budi", "mentions"] == 2 and "Budi" not in f.loc["Budi Gunadi Sadikin", "aliases"].split("|")
    # with one article of its own, "Anak Buah Bahlil" is a home "Bahlil" may stand for: no fold
    c.loc[1, "text"] = "Anak Buah Bahlil diam. Kata Bahlil, aman. Anak Buah Bahlil pergi."
    f = find_actors(c).set_index("actor")
    assert "Bahlil" in f.index


def test_an_acronym_glued_before_a_name_is_cut_off():
    # the scraper glued "AS" to "Donald": "Presiden ASDonald Trump" is Donald Trump, not a name of its own; a capital
    # that ends a word in capitals before a common word ("MANTANpemain") is not cut off as a name
    c = pd.DataFrame({"doc_id": list("ab"), "outlet": list("XY"), "text": [
        "Presiden ASDonald Trump tiba di Jakarta. Donald Trump lalu bicara. Para pemain berlatih.",
        "Kata Donald Trump, AS siap. MANTANpemain Persija Jakarta hadir. Persija Jakarta menang."]})
    f = find_actors(c).set_index("actor")
    assert f.loc["Donald Trump", "mentions"] == 3 and "ASDonald Trump" not in f.index
    assert not any(a.startswith("Npemain") for a in f.index)


def test_words_that_only_open_sentences_and_time_zones_are_no_actors():
    # "Menurutnya", "Mengutip", "Pasalnya" open sentences; the corpus writes them in lower case, never capitalised inside
    # a sentence; "Anda" is a stop word; "WIB" and "WITA" are time zones (calendar.csv)
    c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [
        "Menurutnya, harga naik. Mengutip laporan itu, Jepang lolos. Pasalnya Jepang menang 2-0 pukul 19.30 WIB. "
        "Anda bisa menonton pukul 20.00 WIB.",
        "Menurutnya, laga ketat. Mengutip data, Jepang unggul. Siaran mulai 21.00 WITA dan 22.00 WITA. Anda menonton. "
        "Kata pelatih, menurutnya, pasalnya, dan mengutip; menurutnya lagi, pasalnya lagi, mengutip lagi, pasalnya juga."]})
    f = find_actors(c, min_mentions=1).set_index("actor")
    for word in ("Menurutnya", "Mengutip", "Anda", "WIB", "WITA", "Pasalnya Jepang"):
        assert word not in f.index, word
    assert f.loc["Jepang", "mentions"] == 3  # "Pasalnya Jepang" is Jepang


def test_credits_by_outlet_counts_only_other_media_most_credited_first():
    from helpers.attribution import credits_by_outlet
    from helpers.report import credits_chart_note, credits_note

    c = pd.DataFrame({"doc_id": ["a", "a", "b", "b", "b", "c"], "outlet": ["X", "X", "Y", "Y", "Y", "Y"],
                      "source": ["Reuters", "AP", "AP", "Kompas.com", "REUTERS", "Instagram"],
                      "kind": ["cue", "cue", "cue", "self_credit", "photo_credit", "embedded_post"]})
    ct = credits_by_outlet(c)
    assert list(ct.columns) == ["AP", "Reuters"]  # AP 2, then Reuters 1; the three left out never count
    assert ct.loc["Y"].tolist() == [1, 0] and int(ct.to_numpy().sum()) == 3
    assert list(credits_by_outlet(c, top=1).columns) == ["AP"]
    assert credits_by_outlet(c[c.kind != "cue"]).empty
    note = credits_note(c)
    assert "1 credit of an outlet to itself or a site of its name (Kompas.com) is listed" in note
    assert "1 photo credit (REUTERS)" in note and "1 embedded social-media post in 1 article (Instagram) is" in note
    # none left out: said, with what the count cannot see (a credit without a cue word)
    none = credits_note(c[c.kind == "cue"])
    assert none.startswith("Every credit found is counted") and "without one is not found" in none
    assert credits_chart_note(c, n_articles=3).startswith("Credits per outlet and source: 3 credits to 2 sources in 2 of 3")


def test_side_shares_sum_to_one_and_keep_the_base():
    from helpers.attribution import side_shares

    by = pd.DataFrame({"gov": [2, 0, 0], "other": [1, 4, 0]}, index=pd.Index(["X", "Y", "Z"], name="outlet"))
    s = side_shares(by).set_index("group")
    assert s["n"].tolist() == [3, 4, 0]
    assert s.loc["X", "gov"] == 0.667 and s.loc["Y", "other"] == 1.0
    assert s.loc["Z", ["gov", "other"]].isna().all()  # no statement: no share, not 0


def test_removed_note_and_passages_title():
    from helpers.report import passages_title, removed_note

    assert removed_note(pd.DataFrame({"action": ["drop", "keep", "keep"]})).startswith(
        "1 line set aside or removed (blank lines aside), and 2 kept lines trimmed")
    summary = pd.DataFrame({"doc_a": ["a", "b"], "doc_b": ["c", "c"], "shared_words": [9, 27]})
    assert passages_title(summary, {"b": "B", "c": "C"}) == "B and C share 27 words of near-identical text"
    assert passages_title(summary.iloc[:0], {}) == "No two articles share a passage"


def test_leading_frame_title_skips_outlets_without_frame_words_and_names_ties():
    from helpers.report import leading_frame_title

    t = pd.DataFrame({"conflict": [0.0, 0.0, 0.0], "economic": [0.5, 0.0, 1.0], "human_interest": [0.5, 0.0, 0.0]},
                     index=["Detik", "Liputan6", "Okezone"])
    title = leading_frame_title(t)
    assert "conflict" not in title  # no outlet has a conflict word: it leads nowhere
    assert title.startswith("economic takes the largest share of generic-frame words in 2 of 3 outlets")
    assert "a tie in Detik" in title and "Liputan6 has none" in title
    assert leading_frame_title(t.loc[["Liputan6"]]) == "No generic-frame words to compare"
    # an outlet whose shares rest on fewer words than the minimum leads with nothing and is named (the mining report's
    # Okezone: "1.00 responsibility" on 4 words); when all do, nothing is compared
    hits = pd.Series({"Detik": 12, "Liputan6": 0, "Okezone": 4})
    title = leading_frame_title(t, hits)
    assert title.startswith("economic and human interest each take the largest share of generic-frame words in 1 of 3")
    assert "Okezone: 4 words, too few to compare" in title
    assert leading_frame_title(t, hits, min_hits=20) == ("Too few generic-frame words to compare the outlets (each rests "
                                                         "on fewer than 20: Detik 12 and Okezone 4)")


def test_the_lead_body_title_says_on_how_many_articles_a_frame_rests():
    from helpers.report import lead_body_title

    d = pd.Series({"economic": 0.06, "conflict": -0.08})
    title = lead_body_title(d, n_leads=16, differing=pd.Series({"economic": 3, "conflict": 2}), min_base=2)
    assert title == ("Leads stress economic more than the bodies do (+0.06 mean difference; 16 in all; it differs at all "
                     "in 3 of them); bodies stress conflict more than the leads do (-0.08 mean difference; it differs "
                     "at all in 2 of them)")
    assert "differs" not in lead_body_title(d, n_leads=16)  # as before without the counts
    # a mean difference that rests on fewer articles than the minimum names no frame; one side that does is named
    assert lead_body_title(d, n_leads=16, differing=pd.Series({"economic": 3, "conflict": 2})) == (
        "Leads and bodies differ in too few articles to compare: the largest mean difference (conflict -0.08) rests "
        "on 2 of 16 articles (at least 5 are needed)")
    assert lead_body_title(d, n_leads=16, differing=pd.Series({"economic": 3, "conflict": 7})) == (
        "Bodies stress conflict more than the leads do (-0.08 mean difference; 16 in all; it differs at all in 7 of "
        "them)")


def test_lead_dates_finding_never_calls_different_dates_a_disagreement_unread():
    from helpers.report import lead_dates_finding

    ch = pd.DataFrame({"check": ["event_date"] * 3 + ["weekday_mismatch"], "date": ["2025-06-17", "2025-06-18",
                       "2025-06-17", "2025-07-09"], "outlet": ["Detik", "Okezone", "Liputan6", "Detik"]})
    text = lead_dates_finding(ch, n_articles=16)
    assert text.startswith("The leads give 2 different dates: 2025-06-17 (Detik, Liputan6); 2025-06-18 (Okezone). "
                           "13 of 16 articles give no full date in the lead.")
    assert "disagree only when the leads report the same event" in text
    same = lead_dates_finding(ch[ch.date == "2025-06-17"], n_articles=2)
    assert same.startswith("Every lead that gives a full date gives the same one: 2025-06-17 (Detik, Liputan6).")
    assert lead_dates_finding(ch.iloc[:0], n_articles=2).startswith("No article gives a full date in its lead")


def test_a_near_copy_is_named_with_the_share_it_repeats():
    from helpers.report import near_copy_finding

    s = pd.DataFrame({"doc_a": ["c5b4", "a", "x"], "doc_b": ["d8e9", "b", "y"], "shared_words": [204, 30, 90],
                      "share_of_a": [0.43, 0.1, 0.9], "share_of_b": [0.656, 0.2, 0.5]})
    text = near_copy_finding(s, labels={"c5b4": "Detik 1", "d8e9": "Detik 2"})
    assert text.startswith("2 pairs of articles where one shares half or more of its text with the other: "
                           "x shares 90% of its text with y (90 words); Detik 2 shares 66% of its text with Detik 1 "
                           "(204 words).")
    assert "counts that text twice" in text
    assert "(204 words, one outlet)" in near_copy_finding(s, outlets={"c5b4": "Detik", "d8e9": "Detik", "x": "A", "y": "B"})
    assert near_copy_finding(s, min_share=0.95).startswith("No article shares 95% or more")


def test_the_naming_title_comes_from_the_corpus_concepts_not_the_example():
    from helpers.report import naming_title

    used = pd.Series({("Danantara", "Danantara"): 40, ("Danantara", "BPI Danantara"): 12, ("BUMN", "BUMN"): 30,
                      ("BUMN", "perusahaan pelat merah"): 0})
    assert naming_title(used) == "Danantara is written 2 ways: most often Danantara (40) and BPI Danantara (12)"
    assert naming_title(used[used.index.get_level_values(0) == "BUMN"]).startswith("Each concept is written one way")
    assert naming_title(used * 0).startswith("None of the labels")


def test_the_lead_body_title_names_a_cell_that_differs_where_the_means_do_not():
    from helpers.report import lead_body_title

    top = pd.Series({"conflict": 0.044, "morality": 0.018})
    cells = pd.DataFrame({"Detik": [0.0, 0.0], "Tribunnews": [0.099, 0.07]}, index=["conflict", "morality"])
    title = lead_body_title(top, n_leads=40, cells=cells)
    assert title.startswith("Leads and bodies carry the frames about equally on average")
    assert title.endswith("though in Tribunnews leads stress conflict more (+0.10)")
    assert "on average" not in lead_body_title(top, n_leads=40, cells=cells * 0)  # no cell differs: as before


def test_the_topic_title_compares_only_outlets_with_two_articles_or_more():
    from helpers.report import topic_lean_title

    sh = pd.DataFrame({"group": ["A", "B", "C", "D"], "topic 1": [0.3, 0.3, 0.9, 0.1], "topic 2": [0.7, 0.7, 0.1, 0.9],
                       "n_units": [20, 10, 9, 4]})
    lab = {"topic 1": "topic 1: harga, emas", "topic 2": "topic 2: banjir, hujan"}
    # D (one article, 0.9) and C (one article) are left out; A and B tie on topic 2 at 0.70
    assert topic_lean_title(sh, lab, pd.Series({"A": 3, "B": 2, "C": 1, "D": 1})) == (
        "A and B's paragraphs lean most on topic 2: banjir, hujan (0.70 mean share each; outlets with 2+ articles: "
        "2 outlets, 5 articles)")
    # one article each (the example corpus): the article is named as an article, not as its outlet's habit
    assert topic_lean_title(sh, lab, pd.Series({"A": 1, "B": 1, "C": 1, "D": 1})) == (
        "One article per outlet, too few to compare outlets: C's article leans most on topic 1: harga, emas (0.90 mean "
        "share of its 9 paragraphs)")


def test_the_voices_table_shows_sides_only_where_the_corpus_folder_has_them():
    from helpers import load_resources
    from helpers.attribution import voice_columns

    root = Path(__file__).parents[1]
    assert "side" in voice_columns(load_resources(root / "corpus"))  # the example's side_colors.csv
    assert "side" not in voice_columns(load_resources())


def test_a_short_form_defined_in_brackets_is_the_same_actor():
    # "Komisi Pemberantasan Korupsi (KPK)" defines KPK: one actor, shown by its long name; "Danantara", defined as
    # "Daya Anagata Nusantara (Danantara)" (found as "Anagata Nusantara": "Daya" is a role word) and written far more
    # often, is shown by its own name. Speakers keep the short form as written
    c = pd.DataFrame({"doc_id": list("abc"), "outlet": list("XYZ"), "text": [
        "Komisi Pemberantasan Korupsi (KPK) memanggil saksi. KPK lalu menahan tersangka. Kata KPK, kasus jalan.",
        "KPK menolak. Komisi Pemberantasan Korupsi bekerja. Badan Pengelola Investasi Daya Anagata Nusantara "
        "(Danantara) dibentuk. Danantara mengelola aset.",
        "Danantara tumbuh. Kata Danantara, aset naik. Danantara menambah modal. Anagata Nusantara hadir."]})
    f = find_actors(c).set_index("actor")
    assert set(f.loc["Komisi Pemberantasan Korupsi", "aliases"].split("|")) == {"Komisi Pemberantasan Korupsi", "KPK"}
    assert f.loc["Komisi Pemberantasan Korupsi", "mentions"] == 6 and "KPK" not in f.index
    assert "Danantara" in f.loc["Danantara", "aliases"].split("|") and "Anagata Nusantara" not in f.index
    assert "KPK" in find_actors(c, abbreviations=False).set_index("actor").index
    # a longer name written before the bracket, with a body's word more ("PT"), is the one; not with another word
    c2 = pd.DataFrame({"doc_id": list("ab"), "outlet": list("XY"), "text": [
        "Saham PT Aneka Tambang Tbk (Antam) naik. Antam lalu menambang. Kata Antam, emas laris. PT Aneka Tambang Tbk "
        "untung.", "Fraksi Partai Kebangkitan Bangsa (PKB) menolak. PKB lalu pergi. Partai Kebangkitan Bangsa diam. "
        "Kata PKB, aman. Fraksi Partai Kebangkitan Bangsa bubar."]})
    c2.loc[2] = ["c", "Z", "Direktur Utama Bank Negara Indonesia (BNI) hadir. BNI untung. Kata BNI, aman. PT Bank Negara "
                           "Indonesia melapor. PT Bank Negara Indonesia membagi dividen."]
    f2 = find_actors(c2).set_index("actor")
    # the long form names the company without its legal form: "PT Bank Negara Indonesia"
    assert "BNI" in f2.loc["PT Bank Negara Indonesia", "aliases"].split("|")
    assert set(f2.loc["Antam", "aliases"].split("|")) == {"PT Aneka Tambang Tbk", "Antam"}  # shown as written most
    assert "PKB" in f2.loc["Partai Kebangkitan Bangsa", "aliases"].split("|")
    # two capitals alone are too short to be found as a name, but an actor's form where the articles define them so
    c3 = pd.DataFrame({"doc_id": list("ab"), "outlet": list("XY"), "text": [
        "Presiden Amerika Serikat (AS) tiba. AS lalu menolak. Kata AS, perang usai.",
        "Amerika Serikat menyerang. AS menang. Di Jakarta, PM dan AS bertemu."]})
    f3 = find_actors(c3).set_index("actor")
    assert set(f3.loc["Amerika Serikat", "aliases"].split("|")) == {"Amerika Serikat", "AS"}
    assert f3.loc["Amerika Serikat", "mentions"] == 7 and "PM" not in " ".join(f3["aliases"])
    assert quotes(c)["speaker"].tolist() == ["KPK", "Danantara"]  # as written, not the long names


def test_speakers_count_as_the_actors_found_across_articles():
    from helpers.attribution import speakers_as_actors

    # article b never writes "Donald Trump": its quotes table keeps "Trump", the speaker chart counts him as the actor
    c = pd.DataFrame({"doc_id": list("abc"), "outlet": list("XYZ"), "text": [
        'Presiden Donald Trump tiba. "Kami siap," kata Donald Trump. Trump lalu pergi.',
        '"Perang usai," kata Trump di Gedung Putih.',
        'Donald Trump menolak. "Tidak ada kesepakatan," kata Trump.']})
    q = quotes(c)
    assert dict(zip(q["doc_id"], q["speaker"]))["b"] == "Trump"
    merged = speakers_as_actors(q, find_actors(c))
    assert set(merged["speaker"]) == {"Donald Trump"}
    assert merged.loc[merged["doc_id"] == "b", "speaker_as_written"].tolist() == ["Trump"]
    assert len(merged) == len(q) and merged["quote"].equals(q["quote"])
