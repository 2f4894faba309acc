"""framing: frames on crafted sentences, Indonesian quotes (direct, reported, nested, without a
speaker, banners), naming counts, kappa against scikit-learn, and the hand-coding sheet."""

import fnmatch
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import cohen_kappa_score

from helpers import load_corpus, load_resources, normalize
from helpers.attribution import quotes
from helpers.framing import (cohen_kappa, frame_agreement, frame_evidence, frame_scores, lead_vs_body,
                             load_lexicon, naming_variants)
from helpers.resources import read_table
from tests.conftest import CORPUS


def _readme() -> str:
    """The README with its whitespace folded, so a sentence wrapped over lines is found whole."""
    return " ".join((Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8").split())


def _c(texts, titles=None):
    """Crafted articles about the example event: they use the example corpus's tables (actors, sides,
    naming, event frames), which live in corpus/."""
    n = len(texts)
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "outlet": [f"O{i}" for i in range(n)],
                      "text": texts, "title": titles or [""] * n})
    c.attrs["corpus_dir"] = str(CORPUS)
    return c


def test_frames_on_crafted_sentences():
    c = _c(["Korea Utara menentang sanksi Barat. Ekonomi tumbuh 5 persen. Warga menyambut dengan haru.\n"
            "Pemerintah harus bertanggung jawab atas korupsi. Korupsi dicela. Korupsi melanggar etika dan moral."])
    ev = frame_evidence(c, min_words=1)  # one word of a generic frame: the lexicon's words and conditions
    got = {(r.unit_no, r.frame): r.matched for r in ev.itertuples()}
    assert got[(1, "conflict")] == "menentang"
    assert got[(1, "sanctions_west")] == "sanksi, barat"
    assert got[(2, "economic")] == "ekonomi, tumbuh"  # "tumbuh" (a change) counts beside a word of money
    assert got[(3, "human_interest")] == "haru"  # "warga" left the lexicon after sample 11
    assert got[(4, "responsibility")] == "pemerintah, harus, bertanggung"  # "atas" is a preposition
    # korupsi left the lexicon after samples 8-15 (a corruption case is no moral message): etika and moral
    # each need a second word of the frame
    assert (4, "morality") not in got and (5, "morality") not in got
    assert got[(6, "morality")] == "etika, moral"
    assert ev["paragraph"].tolist()[-1] == 2


def test_frame_elements_count_once_towards_min_words():
    # words of one element of a frame (Matthes & Kohring's frame elements: the economic frame's money and
    # its change, gain or loss; human interest's people) count as one word towards min_words
    c = _c(["Nilainya USD 2 miliar atau Rp 30 triliun. Harga beras naik. Harga beras Rp 10.000.\n"
            "Korban dan keluarga datang. Keluarga korban menangis. Kenaikan dan penurunan."])
    one = {(r.unit_no, r.frame): r.matched for r in frame_evidence(c, min_words=1).itertuples()}
    two = {(r.unit_no, r.frame): r.matched for r in frame_evidence(c, min_words=2).itertuples()}
    assert one[(1, "economic")] == "miliar, triliun" and (1, "economic") not in two  # one sum in two currencies
    assert two[(2, "economic")] == "harga, naik"  # money and its change
    assert one[(3, "economic")] == "harga" and (3, "economic") not in two  # a price alone
    # "korban" and "keluarga" need a second word of the frame, and one of another element: the people
    assert (4, "human_interest") not in one
    assert two[(5, "human_interest")] == "keluarga, korban, menangis"
    assert (6, "economic") not in one  # two changes and no money: not the frame
    # a lexicon without an element column counts distinct words, as before
    lex = pd.DataFrame({"frame": ["e", "e"], "kind": ["generic", "generic"], "pattern": ["miliar", "triliun"]})
    assert len(frame_evidence(c, lex, min_words=2)) == 1
    assert len(frame_evidence(c, lex.assign(element="amount"), min_words=2)) == 0


def test_a_word_does_not_count_in_a_domain_where_it_means_otherwise():
    from helpers.framing import article_domains

    match = ("Pelatih memuji para pemain timnas usai laga itu. Serangan balik mereka berbahaya. Mereka melawan Jepang.\n"
             "Pemain menolak tuduhan itu.")
    war = "Serangan udara menewaskan warga. Tentara melawan pemberontak."
    c = _plain([match, war])
    d = article_domains(c)
    assert d[["doc_id", "domain", "n_markers", "min_markers"]].values.tolist() == [["d0", "sport", 4, 3]]
    ev = frame_evidence(c, min_words=1)
    got = {(r.doc_id, r.unit_no): r.matched for r in ev[ev.frame == "conflict"].itertuples()}
    # the match report's attack and "versus" are no conflict; its accusation is, and the war's attack is
    assert got == {("d0", 4): "menolak, tuduhan", ("d1", 1): "serangan"}
    # a player who must learn from his mistakes, a coach proud of his players ("anak asuh"): no responsibility,
    # no human interest in a match report; the same words in the war story count
    after = ("Kami harus belajar dari kesalahan itu. Saya bangga dengan anak asuh saya. "
             "Keluarga korban bangga pada anak mereka.")
    c2 = _plain([match + "\n" + after, war + "\n" + after])
    ev2 = frame_evidence(c2, min_words=1)
    frames = {(r.doc_id, r.frame, r.matched) for r in ev2[ev2.frame.isin(["responsibility", "human_interest"])].itertuples()}
    # (in the war story "bangga" beside "anak asuh" is alone: it needs a second word, and a coach's players are
    # none; in the match report the family's pride is left out and its people are one element, so no hit)
    assert frames == {("d1", "responsibility", "harus, kesalahan"),
                      ("d1", "human_interest", "keluarga, korban, bangga, anak")}
    # two markers are not enough; a researcher's own domains table (here: none) switches the guard off
    assert article_domains(_plain(["Pelatih dan pemain hadir. Serangan balik."])).empty
    off = frame_evidence(c, min_words=1, domains=d.iloc[0:0]).query("frame == 'conflict'")
    assert off[["doc_id", "unit_no"]].values.tolist() == [["d0", 2], ["d0", 4], ["d1", 1]]
    from helpers.report import domains_note

    note = domains_note(d, load_lexicon(), n_articles=2)
    assert note.startswith("1 of 2 articles is sport by its words (at least 3 distinct marker words of domains.csv): there ")
    assert "serang*" in note and "menyerang" in note and "do not count for conflict;" in note
    assert note.endswith("harus and kesalahan* do not count for responsibility.")
    two = pd.concat([d, d.assign(doc_id="d9")])
    assert domains_note(two, load_lexicon(), n_articles=3).startswith("2 of 3 articles are sport by their words")
    # a film's plot: its war, its enemies and the story it tells are fiction, not news frames; a real war still counts
    film = ("Film itu disutradarai oleh sineas muda. Sang aktor berperan sebagai prajurit. Film ini mengangkat kisah "
            "perang melawan musuh dari planet lain.")
    f = _plain([film, "Kisah para pengungsi perang di Gaza."])
    assert article_domains(f)[["doc_id", "domain"]].values.tolist() == [["d0", "fiction"]]
    fe = frame_evidence(f, min_words=1)
    assert fe[["doc_id", "frame", "matched"]].values.tolist() == [["d1", "conflict", "perang"],
                                                                  ["d1", "human_interest", "kisah"]]
    # a headline takes its article's domain
    t = c.assign(title=["Serangan Balik Mematikan", "Serangan Udara"])
    lb = lead_vs_body(t, min_words=1).set_index(["doc_id", "frame"])
    assert lb.loc[("d1", "conflict"), "lead_share"] > 0 and lb.loc[("d0", "conflict"), "lead_share"] == 0


def test_frame_scores_zero_rows_rates_and_dominant():
    c = _c(["Perang dan serangan berlanjut. Kunjungan itu hangat."])
    s = frame_scores(c).set_index("frame")
    assert s.loc["morality", "hits"] == 0  # absent frames are rows of zeros
    assert s.loc["conflict", "hits"] == 2 and s.loc["conflict", "per_1000_words"] == round(2000 / 7, 2)
    assert s.loc["conflict", "share_of_units"] == 0.5
    assert bool(s.loc["conflict", "dominant"]) and not bool(s.loc["morality", "dominant"])
    assert bool(s.loc["diplomacy_ceremony", "dominant"])  # dominant per kind (event)


def test_own_lexicon_swaps_in():
    lex = pd.DataFrame({"frame": ["x"], "kind": ["generic"], "pattern": ["danantara"]})
    s = frame_scores(_c(["Danantara diluncurkan. Danantara."]), lexicon=lex, min_words=1)
    assert s["frame"].tolist() == ["x"] and s["hits"].tolist() == [2]
    with pytest.raises(ValueError, match="lacks columns"):
        load_lexicon(pd.DataFrame({"frame": ["x"]}))


@pytest.mark.parametrize("text, kind, speaker, cue, quote", [
    ('"Kita harus maju," kata Putin.', "direct", "Vladimir Putin", "kata", "Kita harus maju,"),
    ('"Kami siap," ujar Menteri Luar Negeri Sergey Lavrov di Moskow.', "direct", "Sergey Lavrov", "ujar", "Kami siap,"),
    ('Kim Jong Un mengatakan, "Ini era baru."', "direct", "Kim Jong Un", "mengatakan", "Ini era baru."),
    ("Shin Won-sik mengatakan telah melacak 10.000 kontainer.", "reported", "Shin Won-sik", "mengatakan",
     "telah melacak 10.000 kontainer."),
    ("Menurut Kremlin, pengeluaran naik tajam tahun ini.", "reported", "Russia", "menurut",
     "pengeluaran naik tajam tahun ini."),
    ("Para pejabat AS mengatakan pertukaran militer meningkat tajam.", "reported", "United States", "mengatakan",
     "pertukaran militer meningkat tajam."),
    # nested single quotes stay inside the quotation
    ('"Hubungan ini adalah \'mesin\' kemajuan," kata Kim.', "direct", "Kim Jong Un", "kata",
     "Hubungan ini adalah 'mesin' kemajuan,"),
])
def test_quotes_single(text, kind, speaker, cue, quote):
    q = quotes(_c([text]))
    assert q[["kind", "speaker", "cue", "quote"]].values.tolist() == [[kind, speaker, cue, quote]]


def test_quote_without_speaker_continues_and_pronoun_carries_person():
    text = ('"Bangun ekonomi yang efektif," kata Putin, Sabtu.\n'
            '"Kita harus selalu maju. Maka kemenangan akan terjamin."\n'
            "Ia mengatakan dokumen akan ditandatangani segera.")
    q = quotes(_c([text]))
    assert q["speaker"].tolist() == ["Vladimir Putin"] * 3
    assert q["cue"].tolist() == ["kata", "continuation+carried", "mengatakan+carried"]


def test_unknown_speaker_kept_as_written_without_end_punctuation():
    q = quotes(_c(['"Harus transparan," ujar Josua.']))
    assert q[["speaker", "side"]].values.tolist() == [["Josua", "other"]]


def test_pronoun_inside_a_word_is_not_a_speaker():
    q = quotes(_c(['"Kami siap," kata Putin.\nPara media mengatakan kunjungan itu bersejarah.']))
    assert q["cue"].tolist() == ["kata"]  # "med-ia mengatakan": no pronoun "ia" inside "media"


def test_speech_word_lists_are_data():
    from helpers.resources import load_table

    cues = load_table("speech_cues.csv")
    assert {"ia", "dia"} <= set(cues.loc[cues.position == "pronoun", "cue"])
    assert "bertuliskan" in set(cues.loc[cues.position == "banner", "cue"])


def test_pronoun_without_person_is_unattributed():
    q = quotes(_c(["Dia mengatakan kedua negara akan bekerja sama."]))
    assert q[["kind", "speaker"]].values.tolist() == [["unattributed", ""]]


def test_banner_text_is_not_a_speaker():
    q = quotes(_c(['Sebuah spanduk bertuliskan, "Kami menyambut hangat Presiden Federasi Rusia."']))
    assert q[["kind", "speaker", "side"]].values.tolist() == [["banner", "", ""]]


def test_word_in_quotes_is_not_a_quotation():
    assert quotes(_c(['Tujuan kunjungan itu adalah "persahabatan" kedua negara.'])).empty


def test_quotes_sides_on_seeds():
    q = quotes(load_corpus(CORPUS))
    assert set(q["side"]) <= {"Russia/North Korea", "US/South Korea/West", "other", ""}
    kab = q[q.doc_id == "004_kabarbursa"]
    assert (kab["side"] == "Russia/North Korea").all() and len(kab) == 7  # incl. "mendesak" and "katanya bulan ini"
    assert (q[q.kind == "banner"]["doc_id"].tolist()) == ["000_kompas", "003_poskupang"]


def test_naming_variants_with_context():
    c = _c(["Invasi Rusia ke Ukraina berlanjut. Perang di Ukraina memanas. Perang Dunia II usai. "
            "Korut dan Korea Utara serta Pyongyang."])
    n = naming_variants(c).set_index(["concept", "variant"])["count"]
    assert n[("war in Ukraine", "invasi")] == 1
    assert n[("war in Ukraine", "perang")] == 1  # "Perang Dunia II" is not the war in Ukraine
    assert (n[("North Korea", "Korut")], n[("North Korea", "Korea Utara")], n[("North Korea", "Pyongyang")]) == (1, 1, 1)


def test_lead_vs_body_shares():
    c = _c(["Perang berlanjut. Kunjungan hangat.\nKonser gala digelar. Jamuan makan."], titles=["Perang lagi"])
    lb = lead_vs_body(c, min_words=1).set_index("frame")
    # lead = title (1 sentence) + first paragraph (2): conflict in 2 of 3; body: 0 of 2
    assert lb.loc["conflict", ["lead_share", "body_share"]].tolist() == [round(2 / 3, 3), 0.0]
    assert lb.loc["diplomacy_ceremony", "body_share"] == 1.0
    assert lb.loc["conflict", ["lead_sentences", "body_sentences"]].tolist() == [3, 2]


@pytest.mark.parametrize("a, b", [
    (["y", "y", "n", "n", "y"], ["y", "n", "n", "n", "y"]),
    (["y", "n", "y", "n"], ["n", "y", "n", "y"]),
    (list("aabbcc"), list("abcabc")),
])
def test_cohen_kappa_matches_sklearn(a, b):
    assert cohen_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b))


def test_cohen_kappa_by_hand_and_degenerate():
    # po = 3/4; pe = (2/4*1/4) + (2/4*3/4) = 0.5 -> kappa = 0.5
    assert cohen_kappa(["y", "y", "n", "n"], ["y", "n", "n", "n"]) == 0.5
    assert pd.isna(cohen_kappa(["y", "y"], ["y", "y"]))


def test_hand_coding_sheet_is_complete_and_evidence_is_real():
    hand = read_table(CORPUS / "hand_coding.csv")
    corpus = load_corpus(CORPUS).set_index("doc_id")
    assert len(hand) == 25 and set(hand["present"]) == {"yes", "no"}
    assert set(hand["frame"]) == {"conflict", "human_interest", "economic", "morality", "responsibility"}
    for r in hand.itertuples():
        if r.present == "yes":
            assert normalize(r.evidence)[:60] in normalize(corpus.loc[r.doc_id, "raw"]), (r.doc_id, r.frame)
        else:
            assert r.evidence == ""


def test_frame_agreement_counts():
    corpus = load_corpus(CORPUS)
    hand = read_table(CORPUS / "hand_coding.csv")
    pairs, summary = frame_agreement(frame_scores(corpus), hand, min_units=2)
    assert len(pairs) == 25
    overall = summary.set_index("frame").loc["all"]
    assert overall["agreement"] == round(pairs["agree"].mean(), 3)
    assert overall["kappa"] == round(cohen_kappa_score(pairs["hand"], pairs["dictionary"]), 3)


def test_voices_by_side_columns_and_banners_left_out():
    from helpers.attribution import voices_by_side

    v = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "kind": ["direct", "banner", "reported", "reported"],
                      "side": ["Russia/North Korea", "", "other", "Labour"]})
    t = voices_by_side(v, resources=load_resources(CORPUS))  # the example's sides, in their order
    assert list(t.columns) == ["Russia/North Korea", "US/South Korea/West", "other", "Labour"]
    assert t.loc["A"].tolist() == [1, 0, 0, 0] and t.loc["B"].tolist() == [0, 0, 1, 1]


@pytest.mark.parametrize("sentence, frame, found", [
    ("Ia salah satu pejabat yang hadir.", "responsibility", False),     # salah -> not "salah satu"
    ("Pejabat itu harus mengakui kesalahan dalam keputusan itu.", "responsibility", True),  # "salah" alone is out
    ("Anak usaha BUMN itu membeli saham.", "human_interest", False),    # anak -> not "anak usaha"
    ("Anak-anak menangis di pengungsian.", "human_interest", True),
    ("Perangkat desa hadir di balai.", "conflict", False),              # perang* -> not perangkat
    ("Perang di perbatasan berlanjut.", "conflict", True),
    ("Pemerintah meresmikan jembatan baru.", "responsibility", False),  # pemerintah alone signals nothing
    ("Pemerintah harus bertanggung jawab atas banjir.", "responsibility", True),
    ("Republik Rakyat Demokratik Korea menggelar parade.", "conflict", False),  # demo* -> not demokratik
    ("Invasi ke wilayah itu dikecam.", "conflict", True),
])
def test_lexicon_exclusions(sentence, frame, found):
    ev = frame_evidence(_c([sentence]), min_words=1)
    assert (frame in set(ev["frame"])) is found


@pytest.mark.parametrize("sentence, frame, found", [
    ("Rasa daging kurban itu gurih.", "human_interest", False),          # rasa alone is taste
    ("Keluarga korban menangis dengan rasa duka.", "human_interest", True),
    ("Timnas melawan Jepang malam ini.", "conflict", False),              # melawan alone is "versus"
    ("Warga melawan dan menolak penggusuran.", "conflict", True),
])
def test_words_that_need_a_second_word(sentence, frame, found):
    assert (frame in set(frame_evidence(_c([sentence]))["frame"])) is found


@pytest.mark.parametrize("sentence, frame, found", [
    ("Doa itu disampaikan Menteri Agama Nasaruddin Umar.", "morality", False),      # a ministry's name
    ("Ia berbicara di Forum Ekonomi Internasional St Petersburg.", "economic", False),
    ("Pertumbuhan ekonomi melambat tahun ini.", "economic", True),
    ("Ekonomi tumbuh 5 persen.", "economic", True),                                  # capitalised at the start
    ("Politisi Partai Keadilan Sejahtera itu ditahan.", "morality", False),
    ("Mereka menyerukan keadilan dan moral bagi korban.", "morality", True),
])
def test_frame_words_inside_capitalised_names_are_not_counted(sentence, frame, found):
    assert (frame in set(frame_evidence(_c([sentence]))["frame"])) is found


def test_in_name_flags_align_with_tokens_and_headlines_keep_their_frames():
    from helpers.text import in_name_flags, tokenize

    for t in ["Menteri Agama berdoa.", "US$ 5 juta untuk Kementerian Keuangan (18/6/2024).", "", "Korut-Rusia."]:
        assert len(in_name_flags(t)) == len(tokenize(t, stopwords=False))
    assert in_name_flags("Presiden Rafael Mendoza tiba di Dewan Ekonomi.") == [False, True, True, False, False, True, True]
    # a Title Case headline: its frame words still count in the lead (names are not judged there)
    c = _c(["Kota itu tenang."], titles=["Perang Dagang Memanas Lagi"])
    lb = lead_vs_body(c, min_words=1).set_index("frame")
    assert lb.loc["conflict", "lead_share"] > 0


@pytest.mark.parametrize("sentence, frame, found", [
    ("Dalam sambutannya, Putin berterima kasih.", "diplomacy_ceremony", False),   # his remarks
    ("Kim menyambut Putin di bandara.", "diplomacy_ceremony", True),
    ("Korea Utara menerima bantuan militer dari Rusia.", "economy_trade", False),  # military aid is not trade
    ("Rusia mengirim bantuan pangan.", "economy_trade", True),
    ("Keamanan kota diperketat.", "threat_us_allies", False),                        # any security, alone
    ("Ancaman terhadap keamanan sekutu AS meningkat.", "threat_us_allies", True),
])
def test_example_event_frames_narrowed(sentence, frame, found):
    res = load_resources(CORPUS)
    ev = frame_evidence(_c([sentence]), resources=res)
    assert (frame in set(ev["frame"])) is found


def test_frame_precision_by_word_says_what_the_lexicon_does_now():
    from helpers.framing import frame_precision

    w = frame_precision(by="word").set_index(["frame", "word"])
    assert w.loc[("human_interest", "rasa"), "now"] == "not in the lexicon"  # 1 of 16 lone hits clearly the frame
    assert w.loc[("conflict", "serangkaian"), "now"] == "excluded"
    assert ("conflict", "kecamatan") not in w.index  # its hits stood in names ("Kecamatan Moro"): not_in_name
    assert w.loc[("responsibility", "salah"), "now"] == "not in the lexicon"
    assert (w["n"] == w["yes"] + w["loose"] + w["no"]).all()
    # one rule for every generic pattern with judged lone hits: it needs a second word of its frame
    # exactly when its lone hits were clearly their frame at most half the time, over the samples the
    # lexicon was set on (1-6); sample 7 measures it and was not used to change it
    lex = load_lexicon()
    judged = frame_precision(by="word", samples=range(1, 7))
    assert judged["n"].sum() < w["n"].sum()
    for r in lex[lex["kind"] == "generic"].to_dict("records"):
        exc = [e for e in str(r.get("except") or "").split("|") if e and e != "nan"]
        hits = judged[(judged["frame"] == r["frame"]) & judged["word"].map(
            lambda x: fnmatch.fnmatchcase(x, r["pattern"]) and not any(fnmatch.fnmatchcase(x, e) for e in exc))]
        if len(hits):
            assert (hits["yes"].sum() <= hits["n"].sum() / 2) == (r["needs_other"] == "yes"), r["pattern"]
    p = frame_precision()
    assert set(p.loc[p["frame"] == "all", "n"]) == {100, 61}  # sample 24: every unjudged clear sentence of four frames
    assert p.loc[p["frames"] != "all", "sample"].unique().tolist() == [24]
    with pytest.raises(ValueError):
        frame_precision(by="sentence")


@pytest.mark.parametrize("text, expected", [
    ("Putin, yang tiba di Pyongyang Rabu pagi, mengatakan bahwa kedua negara akan bekerja sama.",
     ("reported", "Vladimir Putin", "mengatakan")),                                        # appositive
    ("Washington dan Seoul menuduh Pyongyang mengirim senjata ke Moskow untuk perang.",
     ("reported", "United States; South Korea", "menuduh+joint")),                         # joint speakers
    ('"Kami bersahabat," kata Putin. Kantor berita Rusia melaporkan, setelah dia mengatakan kedua negara bersatu.',
     ("reported", "Vladimir Putin", "melaporkan+reported_by")),                            # the person, not the agency
    ('"Kami bersahabat," kata Putin. Kerja sama kedua negara akan meningkat pesat, katanya.',
     ("reported", "Vladimir Putin", "katanya+carried")),                                   # sentence-final katanya
    ("Kim mengaku senang dengan kunjungan itu.", ("reported", "Kim Jong Un", "mengaku")),
    ("Kim mengaku senang dengan kunjungan itu dan berjanji membalasnya.", ("reported", "Kim Jong Un", "berjanji+also")),
    ("Baik Rusia maupun Korea Utara membantah bahwa senjata itu dikirim.",
     ("reported", "Russia; North Korea", "membantah+joint")),                               # "baik ... maupun"
    ("Presiden Rusia Vladimir Putin telah tiba di Korea Utara, kantor berita Rusia melaporkan, setelah dia "
     "mengatakan kedua negara bersatu.", ("reported", "Vladimir Putin", "melaporkan+reported_by")),  # named before
    ("Sebelumnya, intelijen Amerika Serikat juga pernah melaporkan bahwa Rusia membeli peluru.",
     ("reported", "United States", "melaporkan")),                                          # two particles
    ("Putin kemudian menyatakan bahwa kedua negara bersatu.", ("reported", "Vladimir Putin", "menyatakan")),  # adverbs
    ("Kim sendiri mengakui bahwa kunjungan itu penting.", ("reported", "Kim Jong Un", "mengakui")),
    ("Putin baru saja mengumumkan bahwa kedua negara bersatu.", ("reported", "Vladimir Putin", "mengumumkan")),
    ("Presiden Vladimir Putin mendesak para pimpinan produsen untuk meningkatkan produksi.",
     ("reported", "Vladimir Putin", "mendesak")),
    ('"Kami bersahabat," kata Putin. Kerja sama kedua negara akan meningkat pesat, katanya bulan ini.',
     ("reported", "Vladimir Putin", "katanya+carried")),                                   # katanya + time words
    ("Putin mengatakan kedua negara bersatu. Para pejabat AS dan Korea Selatan mengatakan pertukaran meningkat. "
     "Mereka menuduh Korea Utara mengirim artileri.",
     ("reported", "United States; South Korea", "menuduh+carried")),                        # mereka: the pair, not Putin
    ("Putin mengatakan kedua negara bersatu. Mereka menuduh Korea Utara mengirim artileri.",
     ("unattributed", "", "menuduh+unresolved")),                                           # mereka is never one person
    ("Putin dan Kim mengaku sebagai kawan sejuang dan menyatakan harapan untuk kerja sama militer.",
     ("reported", "Vladimir Putin; Kim Jong Un", "menyatakan+also+joint")),                 # a second verb, same speakers
])
def test_quote_patterns(text, expected):
    got = quotes(_c([text]))
    assert tuple(got.iloc[-1][["kind", "speaker", "cue"]]) == expected


def test_precision_finding_pools_samples_with_a_wilson_interval_worked_by_hand():
    from helpers.report import precision_finding

    p = pd.DataFrame({"sample": [1, 2], "lexicon": ["a", "b"], "frame": ["all", "all"], "yes": [40, 60],
                      "n": [100, 100], "strict": [0.4, 0.6], "lenient": [0.7, 0.9]})
    text = precision_finding(p, min_words=1)  # no min_words column: samples of one word
    # Wilson 95%: p = 0.5, n = 200, z = 1.959964: centre 0.5, half-width z*sqrt(.25/200 + z^2/(4*200^2))/(1 + z^2/200)
    z = 1.959964
    half = z * (0.25 / 200 + z**2 / (4 * 200**2)) ** 0.5 / (1 + z**2 / 200)
    assert f"Pooled, 100 of 200 (50%, 95% Wilson interval {0.5 - half:.0%}-{0.5 + half:.0%})" in text
    # 40/100 against 60/100: chi2 with Yates = (|40*40 - 60*60| - 100)^2 * 200 / (100*100*100*100) = 7.22, p = 0.0072
    assert "differ more than chance alone" in text and "p = 0.0072" in text
    assert "does not meet the target of 80% (60%)" in text
    same = p.assign(yes=[50, 52], strict=[0.5, 0.52])
    assert "do not differ more than chance" in precision_finding(same, min_words=1)


def _plain(texts):
    """Articles about some other event: the kit's own tables only (no actors.csv)."""
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "outlet": ["X"] * len(texts), "text": texts})


def test_a_name_with_dan_in_it_is_one_speaker_and_two_named_people_are_two():
    q = quotes(_plain(["Kementerian Kelautan dan Perikanan (KKP) mengungkapkan hasil pengecekan tambang di pulau itu."]))
    assert q.iloc[0][["speaker", "cue"]].tolist() == ["Kementerian Kelautan dan Perikanan", "mengungkapkan"]
    q = quotes(_plain(["Irvan Susandy hadir di bursa. Direktur Perdagangan dan Anggota Bursa BEI Irvan Susandy menyebut, "
                       "pihaknya masih mengkaji aturan itu."]))
    assert q.iloc[-1][["speaker", "cue"]].tolist() == ["Irvan Susandy", "menyebut"]
    q = quotes(_plain(["Damiano Magak dan Onesmus Many tiba. Magak dan Many menuturkan bahwa mereka menyimpan bitcoin sejak lama."]))
    assert q.iloc[-1][["speaker", "cue"]].tolist() == ["Damiano Magak; Onesmus Many", "menuturkan+joint"]


def test_menurut_dia_and_pronouns_after_a_state_take_the_last_person():
    q = quotes(_plain(['"Kami akan memeriksa semua izin," kata Bahlil Lahadalia. Menurut dia, izin itu dicabut pekan depan.']))
    assert q.iloc[-1][["speaker", "cue"]].tolist() == ["Bahlil Lahadalia", "menurut dia+carried"]
    q = quotes(_c(['"Kami bersahabat," kata Putin. Menurut Kremlin, kunjungan itu penting bagi kedua negara. '
                   'Ia menambahkan bahwa kerja sama akan meningkat.']))
    assert q.iloc[-1][["speaker", "cue"]].tolist() == ["Vladimir Putin", "menambahkan+carried"]  # not "Russia"


def test_min_words_needs_distinct_words_of_a_generic_frame_only():
    c = _c(["Perang dan serangan berlanjut. Perang, perang, perang. Sanksi dijatuhkan."])
    lex = pd.concat([load_lexicon(), pd.DataFrame({"frame": ["sanctions"], "kind": ["event"], "pattern": ["sanksi*"]})])
    one = frame_evidence(c, lex)
    two = frame_evidence(c, lex, min_words=2)
    assert one[one.kind == "generic"]["unit_no"].tolist() == [1, 2]
    # a repeated word is one word; the event frame (the researcher's own) still needs one
    assert two[["unit_no", "frame", "matched"]].values.tolist() == [[1, "conflict", "perang, serangan"],
                                                                    [3, "sanctions", "sanksi"]]
    s = frame_scores(c, lex, min_words=2).set_index("frame")
    assert s.loc["conflict", "units_with_frame"] == 1 and s.loc["sanctions", "units_with_frame"] == 1
    for bad in (0, 1.5, True, "2"):
        with pytest.raises(ValueError, match="min_words"):
            frame_evidence(c, lex, min_words=bad)


def test_min_per_article_keeps_a_generic_frame_only_where_the_article_returns_to_it():
    c = _c(["Perang dan serangan berlanjut. Harga naik. Perang serangan lagi. Sanksi dijatuhkan.",
            "Perang dan serangan pecah. Harga beras naik dan harga gula naik. Sanksi baru."])
    lex = pd.concat([load_lexicon(), pd.DataFrame({"frame": ["sanctions"], "kind": ["event"], "pattern": ["sanksi*"]})])
    two = frame_evidence(c, lex, min_words=2)
    gated = frame_evidence(c, lex, min_words=2, min_per_article=2)
    # article d0 carries conflict in two sentences (kept), economic in one; article d1 each frame once;
    # the event frame (the researcher's own) is never gated
    assert [(r.doc_id, r.unit_no, r.frame) for r in gated.itertuples()] == [
        ("d0", 1, "conflict"), ("d0", 3, "conflict"), ("d0", 4, "sanctions"), ("d1", 3, "sanctions")]
    assert set(gated.itertuples(index=False)) <= set(two.itertuples(index=False))
    assert len(two[two.kind == "generic"]) == 5
    for bad in (0, 1.5, True):
        with pytest.raises(ValueError, match="min_per_article"):
            frame_evidence(c, lex, min_per_article=bad)


def test_clear_marks_two_elements_in_an_article_that_returns_to_the_frame():
    from helpers.framing import CLEAR_RULE, frame_precision
    from helpers.report import clear_evidence_finding

    c = _c(["Perang dan serangan berlanjut. Harga naik. Perang serangan lagi. Perang usai.",
            "Perang dan serangan pecah. Harga beras naik dan harga gula naik."])
    ev = frame_evidence(c)
    assert CLEAR_RULE == (2, 2)
    # worked by hand: d0's conflict has two elements in sentences 1 and 3 (clear), one in 4; its economic, one
    # sentence; d1 carries each frame in one sentence only
    assert {(r.doc_id, r.unit_no, r.frame) for r in ev.itertuples() if r.clear} == {("d0", 1, "conflict"),
                                                                                 ("d0", 3, "conflict")}
    assert ev.set_index(["doc_id", "unit_no", "frame"]).loc[("d0", 4, "conflict"), "elements"] == 1
    # the same rows as the rule itself, whatever min_words the table was drawn with
    gated = frame_evidence(c, min_words=2, min_per_article=2)
    assert set(zip(gated.doc_id, gated.unit_no, gated.frame)) == set(zip(*[ev.loc[ev.clear, k] for k in
                                                                           ("doc_id", "unit_no", "frame")]))
    assert frame_evidence(c, min_words=2)["clear"].tolist() == [True, False, True, False, False]
    p = frame_precision()
    text = clear_evidence_finding(ev[ev.kind == "generic"], p)
    assert text.startswith("2 of the ") and "(in 1 of the 2 articles with any)" in text and "found 91% of 100 clearly their frame (sample 22" in text
    none = clear_evidence_finding(frame_evidence(_c(["Perang usai."])), p)
    assert none.startswith("None of the 1 generic-frame sentence-frame pair here is marked `clear`") and "45%" in none


def test_clear_frames_by_outlet_count_the_clear_evidence():
    from helpers.framing import CLEAR_RULE, frames_by_outlet
    from helpers.report import clear_frames_finding

    c = _c(["Perang dan serangan berlanjut. Harga naik. Perang serangan lagi. Perang usai.",
            "Perang dan serangan pecah. Harga beras naik dan harga gula naik."])
    every = frames_by_outlet(frame_scores(c))
    clear = frames_by_outlet(frame_scores(c, min_words=CLEAR_RULE[0], min_per_article=CLEAR_RULE[1]))
    ev = frame_evidence(c)
    by_hand = ev[ev.clear].groupby(["outlet", "frame"]).size().to_dict()  # counted from the clear column
    got = clear[(clear.kind == "generic") & (clear.units_with_frame > 0)].set_index(["outlet", "frame"])["units_with_frame"]
    assert got.to_dict() == by_hand == {("O0", "conflict"): 2}
    text = clear_frames_finding(clear, every)
    assert text.startswith("On clear evidence alone, 2 sentences in 1 of 2 outlets: conflict 2 (O0 2).")
    assert "Economic has sentences here but none clear" in text
    none = frames_by_outlet(frame_scores(_c(["Perang usai."]), min_words=2, min_per_article=2))
    assert clear_frames_finding(none, frames_by_outlet(frame_scores(_c(["Perang usai."])))).startswith(
        "No sentence here is clear evidence")


def test_frame_rereads_give_each_readings_median_against_the_record():
    from helpers.framing import _median_judgment, frame_precision, frame_rereads

    raw = read_table(Path(__file__).resolve().parents[1] / "helpers" / "validation" / "frame_rereads.csv")
    rec = frame_precision(screened=True).set_index(["sample", "frame"])
    r = frame_rereads().set_index(["reread", "sample"])
    assert sorted(r.index) == [("fuller instructions", 22), ("fuller instructions", 23), ("new readers", 19)]
    for (reread, sample), row in r.iterrows():
        g = raw[(raw["reread"] == reread) & (raw["sample"].astype(int) == sample)]
        # the median worked by hand: what at least two readers said, else loose
        by_hand = [max(set(v), key=list(v).count) if len(set(v)) < 3 else "loose"
                   for v in g[["judgment_1", "judgment_2", "judgment_3"]].values]
        assert by_hand == [_median_judgment(v) for v in g[["judgment_1", "judgment_2", "judgment_3"]].values]
        assert row["n"] == len(g) == 100 and row["yes"] == by_hand.count("yes")
        assert row["record_strict"] == rec.loc[(sample, "all"), "strict"]
        # the same sentences as the sample of record
        j = read_table(Path(__file__).resolve().parents[1] / "helpers" / "validation" / "frame_precision.csv")
        j = j[j["sample"].astype(int) == sample]
        assert sorted(zip(g.doc_id, g.unit_no.astype(int), g.frame)) == sorted(zip(j.doc_id, j.unit_no.astype(int), j.frame))


def test_frame_precision_keeps_each_rule_apart_and_the_finding_says_both():
    from helpers.framing import frame_coverage, frame_precision
    from helpers.report import coverage_finding, precision_finding

    p = frame_precision()
    assert set(p["min_words"]) == {1, 2} and set(p["min_per_article"]) == {1, 2}
    only_two = frame_precision(min_words=2, min_per_article=1)
    assert set(only_two["sample"]) == {9, 11, 13, 15, 17, 19, 23} and set(only_two.loc[only_two.frame == "all", "n"]) == {100}
    assert set(frame_precision(min_per_article=2)["sample"]) == {22, 24}
    text = precision_finding(p, min_words=1)
    # samples of the other rules are not pooled with this one, but the latest of each is named beside it
    assert "in samples 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16 and 18" in text and "1,300 sentences judged" in text
    for sample in (23, 22):
        last = p[(p["sample"] == sample) & (p["frame"] == "all")].iloc[0]
        assert f"sample {sample} found {last['strict']:.0%} clearly" in text
    assert "sample 19 found" not in text and "samples 9, 11, 13, 15, 17 and 19 of the same rule" in text
    assert text.index("sample 23 found") < text.index("sample 22 found")  # rules in order: two elements, then clear
    # sample 24, limited to four frames, is no "latest sample" of its rule but is named after the rules, pooled by
    # hand here from the record's medians with sample 22's sentences of the same frames
    from helpers.framing import _judgments

    j = _judgments()
    four = j[j["sample"].isin([22, 24]) & (j["frame"] != "economic")]
    econ = j[(j["sample"] == 22) & (j["frame"] == "economic")]
    s24 = j[j["sample"] == 24]
    assert (f"Sample 24 read every sentence of the conflict, human interest, morality and responsibility frames under "
            f"the rule of two distinct elements in an article with two or more such sentences that no reader had judged: "
            f"{(s24['record'] == 'yes').sum()} of {len(s24)}") in text
    assert (f"over samples 22 and 24, those frames {(four['record'] == 'yes').sum()} of {len(four)} "
            f"({(four['record'] == 'yes').mean():.0%}), against economic {(econ['record'] == 'yes').sum()} of {len(econ)}") in text
    two = precision_finding(p, min_words=2)
    assert "in samples 9, 11, 13, 15, 17, 19 and 23 (" in two and "sample 18 found" in two and "700 sentences judged" in two
    assert "sample 22 found" in two and "sample 21" not in two
    clear = precision_finding(p, min_words=2, min_per_article=2)
    assert clear.startswith("Out of sample, the share of evidence sentences that clearly carry their frame was 91% in sample 22")
    c = _c(["Perang dan serangan berlanjut.", "Perang usai.", "Kucing tidur."])
    cov = frame_coverage(c, rules=(1, 2))
    assert cov[["min_words", "sentences", "articles", "of_articles"]].values.tolist() == [[1, 2, 2, 3], [2, 1, 1, 3]]
    assert coverage_finding(cov, min_words=2).startswith(
        "On this corpus, with two distinct elements of a frame per sentence (the rule used here), the generic frames have 1 "
        "sentence-frame pair of evidence in 1 of 3 articles. With one word, 2 in 2 of 3 articles.")
    cov = frame_coverage(c)  # the clear rule too: conflict in one sentence of its article is not clear
    assert cov[["min_words", "min_per_article", "sentences"]].values.tolist() == [[1, 1, 2], [2, 1, 1], [2, 2, 0]]
    assert coverage_finding(cov).endswith(
        "With two distinct elements in an article with two or more such sentences (the evidence marked clear), 0 in 0 of 3 "
        "articles.")


def test_quotes_on_the_example_against_an_independent_hand_list():
    """36 statements listed by a reader who saw neither the code nor its output (corpus/hand_statements.csv)."""
    from helpers.attribution import match_statements

    hand = read_table(CORPUS / "hand_statements.csv").fillna("")
    m = match_statements(quotes(load_corpus(CORPUS)), hand)
    named = m[m["speaker_actor"] != ""]  # "Menurut laporan, ...": no speaker a reader could name
    assert len(named) == 35
    assert int(named["found"].sum()) >= 31 and int(named["right"].sum()) >= 30
    missed = set(zip(named.loc[~named["found"], "doc_id"], named.loc[~named["found"], "n"].astype(int)))
    # the four still missed, each a construction found in none of 2,309 development articles:
    # "sanksi yang Putin sebut", "menurut negara adidaya itu", "Kedua negara ... dan berjanji",
    # an agency's report after the claim ("..., kantor berita Rusia melaporkan")
    assert missed <= {("000_kompas", 1), ("001_tuturpedia", 1), ("002_unknown", 7), ("003_poskupang", 1)}


def test_match_statements_pairs_rows_by_speaker_before_cue():
    from helpers.attribution import match_statements

    found = pd.DataFrame({"doc_id": ["a"], "kind": ["reported"], "speaker": ["Putin"], "cue": ["melaporkan+reported_by"],
                          "sentence": ["Putin tiba, kantor berita melaporkan, setelah dia mengatakan x."]})
    hand = pd.DataFrame({"doc_id": ["a", "a"], "sentence": ["Putin tiba, kantor berita melaporkan, setelah dia mengatakan x."] * 2,
                         "speaker_actor": ["kantor berita", "Putin"], "cue": ["melaporkan", "mengatakan"]})
    got = match_statements(found, hand)
    assert got["found"].tolist() == [False, True] and got["right"].tolist() == [False, True]


def test_a_broken_hand_list_of_statements_is_named_not_fatal(tmp_path):
    from helpers.report import statements_check

    voices = quotes(_c(["Putin mengatakan kedua negara bersatu."]))
    bad = tmp_path / "hand_statements.csv"
    bad.write_text("doc_id,n,sentence,speaker\nd0,1,Putin mengatakan kedua negara bersatu.,Putin\n", encoding="utf-8")
    text, table = statements_check(voices, bad)
    assert table is None and "hand_statements.csv cannot be used" in text and "speaker_actor" in text
    text, table = statements_check(voices, tmp_path / "none.csv")
    assert table is None and text.startswith("No reader's list of statements (none.csv)")
    bad.write_text("doc_id,sentence,speaker_actor,cue\nd0,Putin mengatakan kedua negara bersatu.,Vladimir Putin,mengatakan\n",
                   encoding="utf-8")
    text, table = statements_check(voices, bad)
    assert "found 1 of those 1 (100%), 1 with the right speaker" in text and table is None  # no empty table


def test_a_multiword_frame_word_inside_a_capitalised_name_does_not_count():
    # "tanggung jawab" is one token (multiword.csv); inside "Tanggung Jawab Sosial dan Lingkungan" it is a name
    name = _c(["Inisiatif ini sejalan dengan arah kebijakan Tanggung Jawab Sosial dan Lingkungan (TJSL) perusahaan."])
    plain = _c(["Pemerintah harus memikul tanggung jawab atas kebijakan itu."])
    assert frame_evidence(name).empty
    assert frame_evidence(plain)[["frame", "matched"]].values.tolist() == [
        ["responsibility", "pemerintah, harus, tanggung_jawab"]]


def test_reader_agreement_equals_scikit_learn_and_the_finding_says_when_the_reader_decides():
    from helpers.framing import reader_agreement
    from helpers.report import precision_finding

    judged = read_table(Path(__file__).resolve().parents[1] / "helpers" / "validation" / "frame_precision.csv")
    readers = ["judgment", "judgment_2", "judgment_3"]
    a = reader_agreement().set_index(["sample", "pair"])
    assert sorted(a.index) == [(s, pair) for s in [*range(8, 20), 22, 23, 24] for pair in ("1-2", "1-3", "2-3")]
    for (sample, pair), row in a.iterrows():
        i, k = (int(x) - 1 for x in pair.split("-"))
        g = judged[judged["sample"].astype(int) == sample]
        assert row["kappa"] == round(cohen_kappa_score(g[readers[i]], g[readers[k]]), 2)
        assert row["n_agree"] == int((g[readers[i]] == g[readers[k]]).sum()) and row["n"] == (61 if sample == 24 else 100)
    p = pd.DataFrame({"sample": [1], "lexicon": ["x"], "min_words": [2], "frame": ["all"], "yes": [70], "n": [100],
                      "strict": [0.7], "lenient": [0.95], "strict_1": [0.65], "strict_2": [0.8], "strict_3": [0.6]})
    assert ("does not meet the target of 80% (70% by the median of 3 readers; 65%, 80% and 60% by each alone): one "
            "reader alone would have put it over") in precision_finding(p, min_words=2)
    assert "meets the target of 80% (85% by the median of 3 readers" in precision_finding(p.assign(strict=0.85), min_words=2)
    one = p.assign(strict_2=np.nan, strict_3=np.nan)
    assert "does not meet the target of 80% (70%): read" in precision_finding(one, min_words=2)
    ag = pd.DataFrame({"sample": [1, 1], "pair": ["1-2", "1-3"], "n": [100, 100], "n_agree": [80, 70], "agree": [0.8, 0.7],
                       "kappa": [0.6, 0.5], "yes_vs_loose": [20, 25], "any_no_vs_yes": [0, 5]})
    assert ("Pairs of readers of sample 1 judged 70%-80% of sentences alike (Cohen's kappa 0.50-0.60; below the 0.67 "
            "content analysts ask of a coding before drawing conclusions from it, Krippendorff 2004). Of their 50 "
            "disagreements, 45 lay between clearly and weakly their frame, 5 between clearly and not at all.") \
        in precision_finding(p, min_words=2, agreement=ag)


def test_the_judgment_of_record_is_the_median_of_three_readers():
    from helpers.framing import _judgments, _median_judgment, frame_precision

    assert _median_judgment(["yes", "loose", "yes"]) == "yes"
    assert _median_judgment(["yes", "no", "no"]) == "no"
    assert _median_judgment(["yes", "loose", "no"]) == "loose"  # all three differ: the middle
    assert _median_judgment(["yes", ""]) == "yes" and _median_judgment(["", ""]) == ""
    j = _judgments()
    one = j[j["sample"] < 8]
    assert (one["record"] == one["judgment"]).all() and (one[["judgment_2", "judgment_3"]] == "").all().all()
    three = j[j["sample"] >= 8]
    # counted by hand from the three columns: a judgment at least two readers gave, else loose
    by_hand = [max(set(r), key=list(r).count) if len(set(r)) < 3 else "loose"
               for r in three[["judgment", "judgment_2", "judgment_3"]].values]
    assert three["record"].tolist() == by_hand
    p = frame_precision().set_index(["sample", "frame"])
    for sample in range(8, 16):
        g = three[three["sample"] == sample]
        assert p.loc[(sample, "all"), "yes"] == int((g["record"] == "yes").sum())
        for k, col in enumerate(["judgment", "judgment_2", "judgment_3"], start=1):
            assert p.loc[(sample, "all"), f"strict_{k}"] == round(float((g[col] == "yes").mean()), 2)
    assert p.loc[(1, "all"), "readers"] == 1 and pd.isna(p.loc[(1, "all"), "strict_2"])


def test_a_judging_sheet_is_seeded_blind_and_its_precision_has_a_wilson_interval():
    from helpers.framing import evidence_precision, judging_sheet

    c = _c(["Perang dan serangan berlanjut.", "Harga beras naik.", "Korban menangis.", "Kucing tidur.",
            "Mereka menentang kebijakan itu.", "Biaya proyek Rp 5 triliun."])
    ev = frame_evidence(c)
    sheet = judging_sheet(ev, n=3, random_state=1)
    assert sheet.columns.tolist() == ["item", "doc_id", "unit_no", "frame", "matched", "sentence", "judgment"]
    assert sheet["item"].tolist() == [1, 2, 3] and (sheet["judgment"] == "").all()
    assert sheet.equals(judging_sheet(ev.sample(frac=1, random_state=5), n=3, random_state=1))  # order does not matter
    assert len(judging_sheet(ev, n=500)) == len(ev[ev["kind"] == "generic"])
    with pytest.raises(ValueError, match="n must be"):
        judging_sheet(ev, n=0)
    judged = pd.DataFrame({"item": [1, 2, 3, 4, 5, 6], "frame": ["conflict"] * 4 + ["economic"] * 2,
                           "judgment": ["yes", " YES", "loose", "no", "yes", ""]})
    out = evidence_precision(judged).set_index("frame")
    assert out.attrs["unjudged"] == 1 and out.loc["all", "n"] == 5 and out.loc["all", "yes"] == 3
    # Wilson interval worked by hand for 2 of 4: (p + z^2/2n -+ z*sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)
    z, n, ph = 1.959964, 4, 0.5
    centre, half = ph + z * z / (2 * n), z * np.sqrt(ph * (1 - ph) / n + z * z / (4 * n * n))
    assert out.loc["conflict", "strict_low"] == round((centre - half) / (1 + z * z / n), 2)
    assert out.loc["conflict", "strict_high"] == round((centre + half) / (1 + z * z / n), 2)
    assert out.loc["conflict", ["strict", "lenient"]].tolist() == [0.5, 0.75]
    with pytest.raises(ValueError, match=r"frame_judgments.csv: a judgment must be yes, loose or no; item 2 \('maybe'\)"):
        evidence_precision(judged.assign(judgment=["yes", "maybe", "", "", "", ""]), source="frame_judgments.csv")
    with pytest.raises(ValueError, match="no sentence is judged yet"):
        evidence_precision(judged.assign(judgment=""))
    with pytest.raises(ValueError, match="no column 'judgment'"):
        evidence_precision(judged.drop(columns="judgment"))


@pytest.mark.parametrize("text, speakers", [
    # an office or place before the name goes when the article goes on to use the name alone
    ('Direktur Utama Inalum Melati Sarnita mengatakan produksi naik. "Kami siap," kata Melati. PT Inalum berdiri '
     'sejak 1976.', ["Melati Sarnita", "Melati Sarnita"]),
    # ... but a first name is not an office: "Muhammad" stands in no other name here
    ('Muhammad Azmi Saifuddin mengatakan persiapan sudah selesai. "Kami siap," kata Azmi.', ["Muhammad Azmi Saifuddin"] * 2),
    # a surname used alone leaves the whole name
    ('Gian Piero Gasperini mengatakan timnya siap. "Kami siap," kata Gasperini.', ["Gian Piero Gasperini"] * 2),
    # an initial is part of the name, not a sentence end
    ("Ekonom Senior INDEF Didik J. Rachbini menegaskan target itu sulit.", ["Didik J Rachbini"]),
    # dirinya stands for the last person who spoke; a word that only starts a clause is nobody
    ('"Kami siap," kata Budi Hartono. Dirinya mengatakan semua lancar.', ["Budi Hartono", "Budi Hartono"]),
    ("Meski mengaku lelah, Fanny Ghassani mengatakan ia tetap berolahraga.", ["Fanny Ghassani"]),
    # a noun after the verb describes who speaks; "pria itu" still points back
    ('Budi Hartono hadir. "Dua puluh tahun penjara," ujar jaksa dalam sidang.', ["jaksa"]),
    ('"Kami siap," kata Budi Hartono. "Semua lancar," kata pria itu.', ["Budi Hartono", "Budi Hartono"]),
    ('"Tidak ada," kata juru bicara Departemen Luar Negeri AS.', ["juru bicara Departemen Luar Negeri AS"]),
    # an account, a source, a representative or a user after the verb is someone other than the last speaker;
    # an account keeps its handle ("akun" alone would merge every account into one speaker)
    ('"Kami siap," kata Budi Hartono. "Keren banget," tulis akun @dewamade2002.', ["Budi Hartono", "akun @dewamade2002"]),
    ('"Kami siap," kata Budi Hartono. "Dia lupa," tulis akun bernama @baby.ivanovaa.',
     ["Budi Hartono", "akun bernama @baby.ivanovaa"]),
    ('"Kami siap," kata Budi Hartono. "Dia tidur," kata sumber kepolisian.', ["Budi Hartono", "sumber kepolisian"]),
    ('"Kami siap," kata Budi Hartono. "Kami berhenti," kata perwakilan Apple kepada Business Insider.',
     ["Budi Hartono", "perwakilan Apple"]),
    # ... but "sumber itu" points back to the source who spoke before
    ('"Dia tidur," kata sumber kepolisian. "Dia lelah," kata sumber itu.', ["sumber kepolisian"] * 2),
    # the one addressed or the medium is no part of a description ("kepada The Sun")
    ('"Kami siap," ujar seorang sumber kepada The Sun.', ["seorang sumber"]),
    # a body's member: the name after its last acronym ("Komisi III DPR RI"), its role cut before
    ("Anggota Komisi III DPR RI Akbar Faisal telah melaporkan Elza Syarief ke Bareskrim.", ["Akbar Faisal"]),
    # a dotted degree after the name, and honorifics and a misspelt rank before it (roles.csv), are no part of it
    ('"Biarlah masyarakat memilih," kata Prof. Dr. Fathur Rokhman M.Hum. di Semarang.', ["Fathur Rokhman"]),
    ('"Kami siap," kata Romo Albertus Hani Rudi Hartoko.', ["Albertus Hani Rudi Hartoko"]),
    ('"Enak," kata Mbak Narti kepada wartawan.', ["Narti"]),
    ("Kepala BNN Komisaris Jendral Budi Waseso mengatakan sel itu mewah.", ["Budi Waseso"]),
    # ... and never to the last person named (speech_cues.csv anonymous), whom a source is not
    ('"Kami siap," kata Budi Hartono. "Dia lelah," kata sumber itu.', ["Budi Hartono", "sumber"]),
    ('"Kami siap," kata Budi Hartono. "Dia lelah," kata salah satu sumber dekat aktor itu. "Dia tidur," lanjutnya.',
     ["Budi Hartono", "salah satu sumber", "salah satu sumber"]),
    # the one addressed or the medium that carried the words does not speak: the name before it does
    ('Direktur Utama Inalum Melati Sarnita kepada DailySocial menyebutkan produksi naik. "Kami siap," kata Melati. '
     'PT Inalum berdiri sejak 1976.', ["Melati Sarnita"] * 2),
    ("Pihak Truecaller sebagaimana dikutip dari NDTV mengatakan, suara tidak cukup.", ["Truecaller"]),
    # a minister's short form is an office (roles.csv), not part of the name
    ("Menkominfo Rudiantara berharap BSSN mampu mengoordinasikan semua pihak.", ["Rudiantara"]),
    # a portfolio (a ke-/per-...-an noun of the dictionary) is part of the office even in a corpus too small to
    # show it written in lower case; a name with no such confix stays whole
    ("Menteri Perindustrian Agus Gumiwang Kartasasmita mengatakan industri siap.", ["Agus Gumiwang Kartasasmita"]),
    ("Direktur Kurniawan Setiawan Permana mengatakan industri siap.", ["Kurniawan Setiawan Permana"]),
    # the number of a unit or region is part of the office, and the name after the comma speaks
    ('"Kereta dihentikan," kata Manajer Humas Daop 2 KAI, Joni Martinus, melalui telepon.', ["Joni Martinus"]),
    ('"Dua kereta ditambah," kata Manajer Humas PT KAI Daop 7 Madiun, Rokhmad Makin Zainul, Senin.',
     ["Rokhmad Makin Zainul"]),
    # ... and "seperti" alone is "such as", no marker
    ("Petinggi Partai Golkar seperti Nurdin Halid dan Idrus Marham menegaskan tak akan ada Munaslub.",
     ["Idrus Marham"]),
    # a name after an office and a comma is the speaker; a weekday is not
    ('"Kami rekrut kiper," kata Presiden Madura United FC, Achsanul Qosasi, Senin.', ["Achsanul Qosasi"]),
    ('"Kami cabut," kata Menteri ESDM Bahlil Lahadalia, Selasa (3/6).', ["Bahlil Lahadalia"]),
    ("Menurut Kepala Balai Besar TNBTS, Rudijanta Tjahja Nugraha, penutupan ini hasil rapat bersama.",
     ["Rudijanta Tjahja Nugraha"]),
    # ... also where a role stands inside the office's run, not first ("Business Development Manager ...")
    ('"Kami ingin wisatawan belajar," ujar Business Development Manager International, Erin Moston saat bertemu '
     'wartawan.', ["Erin Moston"]),
    # ... and where the office runs on past its capitals (lower-case words, a bracket, a dash, a place after "di")
    ('"Borobudur kami dukung," kata Sekretaris Atase Pers dan Kebudayaan Keduataan Jerman di Indonesia, Alexander '
     'Thielitz.', ["Alexander Thielitz"]),
    ('"Kita mengusung Asep," kata Juru Bicara Forum Relawan Amanat (Asep Maoshul untuk Jawa Barat), Aminudin Bustomi '
     'saat deklarasi.', ["Aminudin Bustomi"]),
    ('"Nanti diumumkan," kata Executive General Manager Toyota - Astra Motor, Fransiscus Soerjopranoto kepada '
     'wartawan.', ["Fransiscus Soerjopranoto"]),
    # a portfolio (a ke-/pe-...-an noun of the dictionary) is office before a one-word name the article writes alone
    ("Menteri Koordinator bidang Politik , Hukum , dan Keamanan Wiranto menyatakan kasus itu selesai. Wiranto "
     "mengimbau warga tenang.", ["Wiranto"] * 2),
    # "Sebab" (because) opening a sentence is no part of a name
    ('Hermansyah dirawat. "Saya diserang," kata Hermansyah. Sebab Hermansyah mengaku tidak mengenal pelaku.',
     ["Hermansyah"] * 2),
    # ... but not to a place listed before a day, nor past a word that opens a clause
    ('"Uang ditransfer balik," kata Direktur Penyidikan KPK Asep Guntur Rahayu di gedung KPK, Kuningan, Jakarta '
     'Selatan, Rabu (19/2).', ["Asep Guntur Rahayu"]),
    ('Kapal asing berlabuh di Mimika. "Kapal dibawa keluar," kata Kepala Dinas Kelautan dan Perikanan (DKP) Mimika '
     'Eddy Santoso di Timika, Papua Barat, Kamis (16/3).', ["Eddy Santoso"]),
    # a pronoun opening a sentence after one that opened with a person's name (and held no statement)
    # (a person: a name the articles give at least twice, or the gazetteer's)
    ('Elon Musk memimpin Tesla. "Saham turun," kata Dan Ives. Elon Musk menyerang rancangan itu pekan ini. '
     "Ia menyebutkan bahwa rancangan itu kekejian.", ["Dan Ives", "Elon Musk"]),
    # ... after an office followed by a comma, the person is the name after the comma, not the office ("Kapolsek Diwek")
    ('Edy Widoyono bertugas di sana. "Saham turun," kata Dan Ives. Kapolsek Diwek, AKP Edy Widoyono membenarkan '
     "kejadian. Ia menyebutkan bahwa pelaku sudah ditahan.", ["Dan Ives", "Edy Widoyono"]),
    # an organisation the article also writes apart is an office, not part of the name ("Kementan" alone)
    ('Kementan menggelar pelatihan. Kepala BPPSDMP Kementan Idha Widi Arsanti mengatakan peserta naik. '
     '"Kami siap," kata Idha.', ["Idha Widi Arsanti"] * 2),
    # a role opens the run and an office follows: the name starts at the word the article uses alone, and
    # the words before it that are no office stay with it
    ('Manager Public Relations KAI Commuter Leza Arlan mengatakan kereta tambahan disiapkan. KAI Commuter '
     'menambah jadwal. "Kami siap," ujar Leza.', ["Leza Arlan"] * 2),
    ('CEO TotalEnergies Patrick Pouyanne mengatakan pasokan aman. Saham TotalEnergies naik. "Kami siap," kata '
     'Pouyanne.', ["Patrick Pouyanne"] * 2),
    # ... and a last word alone is the name only behind an office
    ('Kalak BPBD Kota Tangerang Mahdiar mengatakan banjir surut di Tangerang. "Kami siaga," '
     'kata Mahdiar.', ["Mahdiar"] * 2),
    # "Pol" is part of the rank
    ("Kapolres Metro Bekasi Kota, Kombes Pol Kusumo Wahyu Bintoro menegaskan kasus ini ditangani.",
     ["Kusumo Wahyu Bintoro"]),
    # a role alone speaks for the one person the article names with it
    ("Kapolsek Diwek Kompol Imam Suryana datang ke lokasi. Kapolsek mengungkapkan, barang bukti sudah diamankan.",
     ["Imam Suryana"]),
    ("Kapolsek Diwek, Imam Suryana, datang ke lokasi. Kapolsek mengungkapkan, barang bukti sudah diamankan.",
     ["Imam Suryana"]),
    # ... but not when two people hold it, nor a place after the comma
    ("Presiden Prabowo Subianto bertemu Presiden Donald Trump. Warga menyambut Donald Trump. Presiden mengatakan, "
     "kerja sama berlanjut.", ["Presiden"]),
    # a person the corpus names right after the role holds it too; "hakim" as "Hakim"
    ("Majelis dipimpin hakim Rosihan Juhriah Rangkuti. Warga mengenal Rosihan Juhriah Rangkuti. Hakim menyatakan "
     'terdakwa bersalah. "Pidana 16 tahun," ujar hakim.', ["Rosihan Juhriah Rangkuti"] * 2),
    ("Bupati Biak Numfor, Provinsi Papua, hadir di provinsi itu. Bupati mengatakan, jalan akan diperbaiki.", ["Bupati"]),
    # the name right after the role beats a name after a comma in a list of guests (here another minister's)
    ('"Subsidi jalan terus," jelas Menhub Budi Karya Sumadi dalam keterangan tertulis. Warga mengenal Budi Karya '
     'Sumadi. "Pesawat lebih besar," ujar Menhub. Hadir pula Menhub Budi Karya Sumadi, Menteri Kominfo Rudiantara, '
     "dan lainnya. Warga mengenal Rudiantara.", ["Budi Karya Sumadi"] * 2),
    # the wire's place and day between the speaker and the verb; a pronoun later is theirs; a place before the day is
    # no speaker
    ("Pelaksana tugas Kepala Balai Besar TNLL, Bustang di Palu, Selasa, mengatakan kedua objek wisata itu ramai. "
     "Objek itu terletak di Desa Saluki. Ia mengatakan wisatawan mancanegara datang.", ["Bustang"] * 2),
    ('Pemilik toko di Jalan Cihapit, Oding Turiat, Senin (5/3), mengatakan pelanggan tetap datang. "Saya berjualan '
     'sejak 1987," kata dia.', ["Oding Turiat"] * 2),
    ("Warga berkumpul di Serang. Warga datang ke Serang. Ia berbicara di Serang, Banten, Senin, menjelaskan jawaban "
     "Duterte.", []),
    # reported speech with the speaker set inside it, without quotation marks; a pronoun there is the last speaker
    ('"Kami siap," kata Dimas Prasetyo. Kondisi macet parah ini, lanjut Dimas, terjadi sejak Kamis malam. Adapun '
     "besarnya ongkos, kata dia, sebesar Rp 10.600 per kilogram.", ["Dimas Prasetyo"] * 3),
    ("Harga gula turun, tambah Rp 5.000 per kilogram dari pekan lalu.", []),
    # brackets written with spaces inside, as a tokenised copy (IndoSum) writes them, read as the outlets write them
    ('Kepala Balai Taman Nasional Tambora Budi Kurniawan datang . " Prediksi kami , pendaki naik , " kata Kepala Balai '
     "Taman Nasional Tambora ( BTNT ) Budi Kurniawan , di Mataram , Sabtu .", ["Budi Kurniawan"]),
    ("Ketua Dewan Kehormatan Partai Amanat Nasional ( PAN ) Muhammad Amien Rais mengkritik praktik hukum . Menurutnya , "
     "penegakan hukum sangat diskriminatif .", ["Muhammad Amien Rais"]),
    # a coordinating ministry's portfolio written short is part of the office; its holder of one word, named right
    # after the office once, speaks for the office alone
    ('Selain Menko Polhukam Wiranto, acara itu dihadiri duta besar. "Laut harus damai," kata Menko Polhukam Wiranto. '
     '"Kerja sama penting," jelas Menko Polhukam.', ["Wiranto"] * 2),
    # a name, a role in lower case and "dari" a body: the person speaks, not the body
    ("Raha Spehrara dokter gigi dari Dental Suites Clinic mengungkapkan bahwa air lemon merusak enamel gigi.",
     ["Raha Spehrara"]),
    # a word that ties the sentence to the one before is no part of the speaker's name (roles.csv kind connective)
    ("Pelatih Luis Milla datang. Sementara Milla mengaku siap bertahan. Namun Bagnaia membantah rumor itu.",
     ["Luis Milla", "Bagnaia"]),
    # a short form of the office finds the holder the article names with its long form (role_forms.csv) ...
    ("Wakil Presiden Gibran Rakabuming Raka meninjau bendungan. Warga menyambut Gibran Rakabuming Raka. Wapres "
     "menekankan pentingnya percepatan.", ["Gibran Rakabuming Raka"]),
    # ... words before a bracketed short form or a comma are the office's, and the name after it holds the role
    ("Presiden Amerika Serikat (AS), Donald Trump tiba. Pemerintah Amerika Serikat bersiap. Warga menyambut Donald "
     "Trump. Presiden Trump berjanji membeli Tesla. Presiden juga mengklaim Musk menjadi gila.",
     ["Donald Trump", "Donald Trump"]),
    ("Gubernur Kalimantan Tengah (Kalteng) Agustiar Sabran meninjau desa. Warga menyambut Agustiar Sabran. "
     "Gubernur mengatakan, jalan akan diperbaiki.", ["Agustiar Sabran"]),
    # ... titles after the comma go; a numbered office is another one
    ("Rektor Universitas Kader Bangsa, Dr. dr. Fika Minata Wathan, M.Kes, hadir. Rektor I Universitas Kader Bangsa "
     "Dr. Hendra Kusuma ikut. Rektor juga menjelaskan kampus menjadi agen perubahan.", ["Fika Minata Wathan"]),
    # a name joined to its office by "selaku" / "yang merupakan" speaks, not the office's last words
    ("Budi Gunawan selaku Direktur Pemasaran PT Chery Sales Indonesia mengatakan, inden beragam.", ["Budi Gunawan"]),
    ("Sementara itu, Agus Adibil Muhtar yang merupakan Kepala Sekolah Rakyat Kartini Temanggung mengatakan, "
     "kegiatan ini baik.", ["Agus Adibil Muhtar"]),
    # an office longer than six words, or going on through "of", still ends in the person
    ('"Massa mulai berkumpul," ujar Kepala Unit Penegakkan Hukum Satuan Polisi Lalu Lintas Kepolisian Resor Kota '
     'Sidoarjo Ajun Komisaris Polisi Ony Purnomo, Kamis. Polisi dan polisi militer berjaga.', ["Ony Purnomo"]),
    # a passive speech verb names who spoke, and the pronoun after it is theirs
    ('"Jip kena ranjau," ujar Sampetono. Keluhan serupa disampaikan Ketua Paguyuban Jip Tumpang, Wildan Hangga. '
     "Ia mengungkapkan keresahan para pelaku wisata.", ["Sampetono", "Wildan Hangga"]),
    # before anyone speaks, "-nya" goes to the person the statement-less sentence before opened with
    ('Alyssa Daguise menikah pekan lalu. Alyssa Daguise tiba di Jakarta bersama suaminya. "Honeymoon? Ada," ujarnya.',
     ["Alyssa Daguise"]),
    # a short name is the one longer name the article gives that person; an all-capital rank is a role
    ('Kasubsi PIDM Humas IPDA Markus Wilco Mitang hadir. IPDA Wilco mengatakan, insiden bermula sore hari.',
     ["Markus Wilco Mitang"]),
    ('Kadis Disparpora Hari Purnomo meninjau lokasi. Warga menyambut Hari Purnomo pagi itu. "Kami siap," kata Hari.',
     ["Hari Purnomo"]),
    # a name the corpus knows inside an office is not the speaker; the person at the end is
    ('Kota Tangsel bersiap. Warga Kota Tangsel antre. "Kami tahu dari berita," kata Kadisdikbud Kota Tangsel '
     'Deden Deni, Rabu.', ["Deden Deni"]),
    ('Ade R Susardi tiba di bandara. Warga menyambut Ade R Susardi. "Awak kabin dibebastugaskan," ujar Direktur Niaga '
     'Garuda Indonesia Ade R Susardi dalam pernyataan, Senin.', ["Ade R Susardi"]),
    # a post is its writer's statement
    ('"Babak baru dimulai," tulis Erick Thohir dalam instagramnya. "Saya bangga," sambungnya.', ["Erick Thohir"] * 2),
    # more verbs after a quotation: the witness answers, the prosecutor presses
    ('"Tidak ada, Pak," jawab Musdalifah. "Lalu siapa yang hadir?" cecar jaksa.', ["Musdalifah", "jaksa"]),
    # a lower-case title before the name; an account writes a post
    ('"Kornea harus jernih," ujar dr. Elfa Ali Idrus, Sp.M dari RS Mata Cicendo.', ["Elfa Ali Idrus"]),
    ('"KDM keren," tulis @HerryRodin.', ["@HerryRodin"]),
    # a speech verb inside a quotation is the quoted speaker's word, not a speaker of its own
    ('Juru bicara IDF Kamal Pinchasi menulis di X. "Peringatan mendesak, IDF akan beroperasi di wilayah Anda dan '
     'warga diminta pergi.', []),
    # a particle is a whole word: "de" is not the start of "dengan"
    ('"Enak banget," beber Ivan Gunawan dengan santai.', ["Ivan Gunawan"]),
    # a name, then a lower-case description between commas, then the verb: the name speaks, not a place in the
    # description; a title before a name is no description
    ('Maimudin Tanjung, pegiat media sosial dan desain grafis asal Aceh Singkil, mengingatkan masyarakat atas bahaya '
     'konten AI.', ["Maimudin Tanjung"]),
    ('Macron, menurut Elysee Palace, mengatakan bahwa dirinya bertekad mengakui negara Palestina.', ["Macron"]),
    ('Sekretaris Umum Indonesian Gastronomy Community (IGC), dr. Ray Wagiu Basrowi, menjelaskan, penurunan prevalensi '
     'penyakit terjadi.', ["Ray Wagiu Basrowi"]),
    # a degree is no speaker (and no one speaks before "selaku" here)
    ('Gerson Paluke, S.Si.Teol, selaku gembala jemaat GKI Ora Et Labora Sasawa, menyampaikan apresiasi atas bantuan.', []),
    # a role in lower case after the verb, then the person; a description with no person stays the description
    ('"Ukraina adalah negara yang ramah," ujar koordinator program Viktoria Svitlova.', ["Viktoria Svitlova"]),
    ('"Kami siap," kata juru bicara Departemen Luar Negeri AS.', ["juru bicara Departemen Luar Negeri AS"]),
    # a verb in quotation marks is a label, not a speech verb: no statement between two quoted words
    ('Ikuti langkah berikut. Centang kotak lalu klik "Setuju" dan lengkapi data yang diminta, lalu klik "lanjut".', []),
    # a weekday is no speaker (the outlet left out the name), but a month can be a name
    ('"Saya di lokasi," kata Luqman Arif. "Kereta berhenti," kata Rabu (18/6/2025).', ["Luqman Arif", "Luqman Arif"]),
    ('Direktur TBS Energi Utama, Juli Oktarina menuturkan, pendapatan turun tahun ini.', ["Juli Oktarina"]),
    # a sentence with no statement that opens with a one-word name the corpus capitalises: "Ia" next is that person
    ('"Biayanya turun," ujar Fatmawati. Agus kemudian memberi masukan soal transportasi. Dia mengatakan transportasi '
     'menjadi kendala. Agus bertemu Agus lagi. Warga menyambut Agus di Madinah.', ["Fatmawati", "Agus"]),
    # a question is the asker's
    ('"Saya dari Brebes," kata Adnan. "Dari mana?" tanya polisi. "Jadi sudah kenal berapa lama?" tanya Ivan Gunawan.',
     ["Adnan", "polisi", "Ivan Gunawan"]),
    # in an exchange (tanya, jawab, timpal) any noun after the verb is who speaks, not the last speaker; after
    # another verb only the descriptor words are ("kata pelantun lagu itu" points back to the singer named before)
    ('"Mau ketemu Pak Dedi," kata Adnan. "Gubernur?" tanya perekam. "Kenapa keluar?" tanya petugas kepolisian.',
     ["Adnan", "perekam", "petugas kepolisian"]),
    ('"Kami dari sini," kata Hizfi. "Jadi kami ke sini dulu," timpal rekannya.', ["Hizfi", "rekannya"]),
    # someone described after the verb is not the last speaker; a name right after a relation is the other person
    ('Luke Deakin berjalan kaki ke Jakarta. "Keren sekali," tulis salah satu netizen.', ["salah satu netizen"]),
    ('Rindy melintas di jalan itu. "Dua kali nabrak pohon," kata seorang saksi di lokasi kejadian.', ["seorang saksi"]),
    ('Alyssa Daguise menikah. "Terima kasih," tulis kakak Alyssa Daguise, Alexandra.', ["Alexandra"]),
    ('Alyssa Daguise menikah. "Terima kasih," tulis kakak Alyssa Daguise.', ["kakak Alyssa Daguise"]),
    # "yang" after someone brought in unnamed, or after a name, opens a clause about them, not back to the last speaker
    ('Disney diam. "Ini bencana," tutur seorang sumber yang dekat dengan produksi.', ["seorang sumber"]),
    ('Yuyun dibunuh. "Dua puluh tahun," kata hakim ketua Heny Faridha yang memimpin sidang.', ["Heny Faridha"]),
    ('Budi Hartono mengatakan bahwa sidang ditunda pekan depan. "Saya lelah," kata politisi yang juga pelatih itu.',
     ["Budi Hartono"] * 2),
    # a word that ends another office's or place's name ("Bea Cukai Langsa") is office before a two-word name
    ('Petugas kantor bea dan cukai berjaga. Bea Cukai Langsa menggagalkan penyelundupan rokok. "Kami mengimbau warga," '
     'papar Kepala Kantor Bea Cukai Langsa Sulaiman. Sulaiman menambahkan bahwa barang itu disita. Kepala Kantor Bea '
     'Cukai Langsa Sulaiman hadir.', ["Sulaiman", "Sulaiman"]),
    # the name follows the office's last acronym or place
    ('"Tidak ada korban," kata Direktur Pelindungan WNI Kemlu RI Judha Nugraha kepada wartawan, Senin.',
     ["Judha Nugraha"]),
    ('"Kami berbagi daging kurban," ujar Ketua DPD Partai Perindo Kota Bekasi Andrie Ariansyah.', ["Andrie Ariansyah"]),
    # an organisation's name is not cut to its common words
    ('Data statistik tenaga kerja dari biro itu naik. Biro Statistik Tenaga Kerja melaporkan pada Jumat bahwa upah naik.',
     ["Biro Statistik Tenaga Kerja"]),
    ('Warga luar negeri dan departemen lain hadir. Departemen Luar Negeri Filipina menyatakan bahwa kunjungan itu '
     'ditunda.', ["Departemen Luar Negeri Filipina"]),
    # "untuk" joins an envoy's post to the place it serves, on to the person; not before a lower-case word
    ('"Panda lahir," kata Duta Besar China untuk Austria, Li Xiaosi.', ["Li Xiaosi"]),
    ('"Kami tidak mendukung," kata Penjabat Duta Besar AS untuk PBB, Dorothy Shea, kepada dewan.', ["Dorothy Shea"]),
    ('"Terima kasih," kata Jokowi untuk menutup acara.', ["Jokowi"]),
    # a person's initials are the one name of the article they spell; a body's short form stays as written
    ('"Dana partai harus naik," kata Wakil Presiden Jusuf Kalla di Jakarta. "Itu tergantung masing-masing," kata JK.',
     ["Jusuf Kalla", "Jusuf Kalla"]),
    ('"Data kami lengkap," kata Otoritas Jasa Keuangan dalam keterangannya. "Kami mengawasi," kata OJK.',
     ["Otoritas Jasa Keuangan", "OJK"]),
    ('"Kami siap," kata JK di Jakarta.', ["JK"]),
])
def test_speakers_are_named_as_the_article_names_them(text, speakers):
    q = quotes(_c([text]))
    assert q["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # before anyone has spoken, a pronoun goes to the last person the article introduced with a description
    ('Inilah yang dialami Ratna, pemilik Baker\'s Gram, sebuah usaha kue. "Saat itu, bakery kami ramai," ujarnya.',
     ["Ratna"]),
    ('Kapten Rudi Van Pangemanan, seorang pilot asal Indonesia, terbang malam itu. Ia melihat cahaya terang. Menurutnya, '
     'cahaya tersebut menari-nari.', ["Rudi Van Pangemanan"]),
    # not a place, a time zone, a word that only opens a sentence, or a name in a list
    ('Seorang warga Tenggarong, kota di tepi sungai, resah. "Kami takut," ujarnya.', [""]),
    ('Warga Tenggarong, kota di tepi sungai, resah. "Kami takut," ujarnya.', [""]),
    ('Polisi tiba pukul 22.30 Wita, lalu menggeledah. "Kami amankan barang bukti," ucapnya.', [""]),
    ('Alhasil, skuad siap tempur. "Kami siap," ujarnya.', [""]),
    ('Belanda satu grup dengan Jerman dan Portugal, tim kuat. "Jerman favorit," ungkapnya.', [""]),
    # once someone has spoken, the pronoun is theirs, not the introduced person's
    ('Budi Santoso, warga setempat, tiba. Andi Wijaya mengatakan jalan rusak. "Kami lelah," ujarnya.',
     ["Andi Wijaya", "Andi Wijaya"]),
    # a role and its lower-case description open the sentence, then the person: the subject
    ("Mantan bek timnas Martin Keown meragukan komitmen Ozil. Menurutnya, Ozil ingin hengkang.", ["Martin Keown"]),
    ("Pelatih timnas Indonesia Alfred Riedl memberikan dukungan. Menurutnya, Thang layak dipertahankan.",
     ["Alfred Riedl"]),
    # ... not a group's description ("para"), nor a place after it
    ("Ketua dan anggota Dewan Kota hadir. Menurutnya, rapat lancar.", [""]),
])
def test_a_pronoun_before_anyone_spoke_is_the_person_introduced(text, speakers):
    q = quotes(_c([text]))
    assert q["speaker"].tolist() == speakers


def test_a_short_name_is_not_another_articles_longer_name():
    # "Fahmi Bachmid" in one article does not make the analyst "Fahmi" of another article Fahmi Bachmid
    c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [
        'Warga menyambut Fahmi Bachmid di Jakarta. Fahmi Bachmid hadir. "Kami siap," kata Fahmi.',
        'Pasar kripto naik. "Bitcoin menguat," kata Fahmi, analis pasar.']})
    assert quotes(c)["speaker"].tolist() == ["Fahmi Bachmid", "Fahmi"]


def test_a_cut_name_is_cut_the_same_way_in_every_article():
    c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [
        'Direktur Utama Inalum Melati Sarnita mengatakan produksi naik. "Kami siap," kata Melati. PT Inalum berdiri sejak 1976.',
        "Direktur Utama Inalum Melati Sarnita mengatakan produksi turun tahun lalu."]})
    assert quotes(c)["speaker"].tolist() == ["Melati Sarnita"] * 3


# the corpus writes "kehadiran" and "selanjutnya" in lower case, never capitalised inside a sentence
_OPENERS = "Tamu memuji kehadiran panitia, kehadiran artis dan kehadiran warga; selanjutnya acara dibuka, selanjutnya makan."


@pytest.mark.parametrize("text, speakers", [
    # a word that only opens sentences is not the first word of a name
    ('Kehadiran Komeng langsung disambut tamu. "Semoga lancar," ucap Komeng sambil tersenyum.', ["Komeng"]),
    ("Selanjutnya Andi Fahrurrozi mengatakan kerja sama itu berlanjut tahun depan.", ["Andi Fahrurrozi"]),
    # but not a word the corpus also writes in lower case before that name: a phrase ("militer Israel")
    ("Serangan militer Israel berlanjut; kapal militer dan pesawat militer dikerahkan. Militer Israel mengatakan dua roket "
     "dicegat di utara.", ["Militer Israel"]),
])
def test_a_word_that_only_opens_sentences_is_not_part_of_a_speakers_name(text, speakers):
    assert quotes(_plain([_OPENERS + "\n" + text]))["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speaker", [
    # every police and army rank is a role ("Aiptu" was missing)
    ('Kanit Reskrim Polsek Delanggu, Aiptu Mardana mengungkapkan kejadian itu terjadi sore hari. "Memang betul," ujar '
     "Mardana.", "Mardana"),
    # the name follows the last place of the article inside the office
    ('Euro digelar di Ukraina dan Polandia. "Bus gratis," kata Direktur Turnamen Ukraina Markiyan Lubkivsky.',
     "Markiyan Lubkivsky"),
    ('Musda digelar di Sulut bulan depan. Jubir Golkar Sulut Feryando Yoyo Lamaluta menerangkan syarat pencalonan.',
     "Feryando Yoyo Lamaluta"),
    # regional offices' short forms are roles (Wabup = wakil bupati, Plh Sekdaprov = acting provincial secretary)
    ('"Kita cari solusi," kata Wabup Rizal saat meninjau banjir.', "Rizal"),
    ("Rapat digelar di Sulut. Plh Sekdaprov Sulut Tahlis Gallang mengatakan rapat itu penting.", "Tahlis Gallang"),
])
def test_a_rank_or_a_place_before_a_name_is_cut(text, speaker):
    assert set(quotes(_plain([text]))["speaker"]) == {speaker}


@pytest.mark.parametrize("text, speakers", [
    # an academic degree after a name is not part of it, and not the speaker
    ("Komandan Gegana Polda Aceh, Kompol Akmal SE MM menjelaskan benda itu bukan bom.", ["Akmal"]),
    ("Kepala Bidang Kesehatan PPIH, dr. Mohammad Imran, MKM, menekankan pentingnya kewaspadaan.", ["Mohammad Imran"]),
    # but initials that look like one stay ("berinisial MM")
    ("Tersangka berinisial MM mengaku menyesal atas perbuatannya.", ["MM"]),
])
def test_a_degree_after_a_name_is_not_the_speaker(text, speakers):
    assert quotes(_plain([text]))["speaker"].tolist() == speakers


def test_the_name_after_an_organisation_the_corpus_names_is_the_speaker():
    texts = ["Kejaksaan Agung menahan dua tersangka.", "Kejaksaan Agung memeriksa saksi kemarin.",
             "Jaksa penuntut umum Kejaksaan Agung Nurachman Adikusumo mengatakan terdakwa terbukti menyuap."]
    assert quotes(_plain(texts))["speaker"].tolist() == ["Nurachman Adikusumo"]


def test_the_holder_of_a_role_is_the_name_after_the_office_not_the_office():
    from collections import Counter

    from helpers.attribution import _holder, _name_words, _role_forms

    res = load_resources()
    nw, forms = _name_words(res), _role_forms(res)

    def resolve(name):  # as on the development set, where "Amerika Serikat" is typed a person
        return (name, "other", "person")

    text = "Presiden Amerika Serikat (AS), Donald Trump tiba. Presiden juga mengklaim Musk menjadi gila."
    assert _holder("Presiden", text, resolve, nw, Counter(), forms, Counter()) == ("Donald Trump", "other")
    text = "Gubernur Kalimantan Tengah (Kalteng) Agustiar Sabran tiba. Gubernur mengatakan, jalan diperbaiki."
    assert _holder("Gubernur", text, resolve, nw, Counter(), forms, Counter()) == ("Agustiar Sabran", "other")
    # a name opened by a rare lower-case word ("budi") is a name, not an office word; the one-word holder is its own
    text = "Menkes Budi tiba. Menteri Kesehatan Republik Indonesia, Budi Gunadi Sadikin, hadir. Kata Menkes, sehat."
    lower, inner = Counter({"budi": 2}), Counter({"Budi": 62})
    assert _holder("Menkes", text, resolve, nw, lower, forms, inner) == ("Budi Gunadi Sadikin", "other")
    assert _holder("Menkes", text, resolve, nw, lower, forms, None) is None  # without counts "budi" is a word


def test_a_first_name_that_is_a_rare_word_is_not_cut_as_an_office():
    from collections import Counter

    from helpers.attribution import _cap_ngrams, _name_words, _strip_offices

    nw = _name_words(load_resources())
    lower, inner = Counter({"budi": 2, "chelsea": 1}), Counter({"Budi": 62, "Chelsea": 34})
    c = pd.DataFrame({"text": ["Menkes Budi Gunadi Sadikin hadir. Kata Budi Gunadi Sadikin, sehat.",
                               "Kiper Chelsea Marcus Bettinelli cedera."]})
    grams = _cap_ngrams(c)
    assert _strip_offices(["Budi", "Gunadi", "Sadikin"], nw, lower, inner, grams) == ["Budi", "Gunadi", "Sadikin"]
    assert _strip_offices(["Budi", "Gunadi", "Sadikin"], nw, lower) == ["Gunadi", "Sadikin"]  # without the counts
    # "Marcus Bettinelli" is written once: too little to say "Chelsea" is his
    assert _strip_offices(["Chelsea", "Marcus", "Bettinelli"], nw, lower, inner, grams) == ["Marcus", "Bettinelli"]


def test_words_glued_into_a_speakers_name_are_taken_apart():
    from collections import Counter

    from helpers.attribution import _name_words, _unglue_name

    nw = _name_words(load_resources())
    lower = Counter({"akhirnya": 40, "kepada": 300, "guna": 50})
    mid = Counter({"Tan": 4, "Komisioner": 3, "Kompolnas": 2, "Choirul": 2, "Jepang": 40, "Takefusa": 1, "Blue": 5,
                   "Sky": 3, "BlackRock": 6, "Indra": 10, "Indraguna": 2, "Yassierli": 5})
    places = {"Jepang"}
    assert _unglue_name(["Sarwendah", "Tanakhirnya"], lower, mid, nw, (), places) == ["Sarwendah", "Tan"]
    assert _unglue_name(["Yassierlikepada", "Menteri"], lower, mid, nw, (), places) == ["Yassierli"]
    assert _unglue_name(["JepangTakefusa", "Kubo"], lower, mid, nw, (), places) == ["Jepang", "Takefusa", "Kubo"]
    assert _unglue_name(["PelatihXabi", "Alonso"], lower, Counter({"Xabi": 1}), nw) == ["Pelatih", "Xabi", "Alonso"]
    # brands and names stay whole: no role, acronym or place among the parts; written too often to be glue
    assert _unglue_name(["BlueSky"], lower, mid, nw, (), places) == ["BlueSky"]
    assert _unglue_name(["BlackRock"], lower, mid, nw, (), {"Black"}) == ["BlackRock"]
    assert _unglue_name(["Henry", "Indraguna"], lower, mid, nw, (), places) == ["Henry", "Indraguna"]
    assert _unglue_name(["YouTube"], lower, Counter({"You": 9, "Tube": 2}), nw, ("youtube*",), {"You"}) == ["YouTube"]


def test_a_place_other_articles_write_after_di_or_ke_is_cut_from_before_a_name():
    others = ["Wisatawan datang ke Indonesia. Harga di Indonesia naik.", "Ia bermain di Timnas. Ia kembali ke Timnas.",
              "Rapat digelar. Kata Ahmad, semua siap. Bantuan dari Ahmad tiba. Surat dari Ahmad datang."]
    q = quotes(_plain(others + [
        "VP Corporate Secretary Garuda Indonesia Cahyadi Indrananto menyampaikan, jadwal kembali normal. Cahyadi hadir.",
        "Timnas Indonesia menyatakan tekadnya untuk tampil maksimal.",  # one word left would be a place: no cut
        "Pedagang buah Ahmad Aris mengaku omzetnya anjlok. Aris berjualan di pasar."]))  # "dari Ahmad" is no place
    # ("Kata Ahmad, semua siap." is a statement of its own: "Kata" opening a sentence works like "menurut")
    assert q["speaker"].tolist() == ["Ahmad", "Cahyadi Indrananto", "Timnas Indonesia", "Ahmad Aris"]


def test_a_verb_the_scraper_glued_to_a_name_is_not_part_of_it():
    from collections import Counter

    from helpers.attribution import _name_words, _unglued

    prefixes = _name_words(load_resources())["verb_prefix"]  # roles.csv verb_prefix rows
    lower = Counter({"menegaskan": 9, "mengeklaim": 2, "bernyawa": 9, "dikenal": 1, "bertemu": 7, "terjadi": 9})
    assert _unglued("Irzanitamenegaskan", lower, prefixes) == "Irzanita"
    assert _unglued("Siraitmengeklaim", lower, prefixes) == "Sirait"
    assert _unglued("Nasutionbertemu", lower, prefixes) == "Nasution"
    assert _unglued("Sambernyawa", lower, prefixes) == "Sambernyawa"  # a name's "ber" after three letters stays
    assert _unglued("Rahmatterjadi", lower, prefixes) == "Rahmatterjadi"  # ter- is no prefix the table lists
    assert _unglued("Bieberdikenal", lower, prefixes) == "Bieberdikenal"  # a word the corpus writes fewer than twice
    assert _unglued("Menegaskan", lower, prefixes) == "Menegaskan"  # four letters or more before the verb


@pytest.mark.parametrize("text, speakers", [
    # a body of a state or an organisation in lower case before a name speaks as that body
    ("Iran mengirim drone ke Israel, sementara militer Israel mengatakan telah mencegat sepuluh drone.", ["militer Israel"]),
    ("Lalu, pemerintah Singapura menegaskan bahwa vaksin itu aman.", ["pemerintah Singapura"]),
    # not before a person's name
    ("Dalam sidang, jaksa Budi Santoso mengatakan terdakwa bersalah. Budi Santoso hadir.", ["Budi Santoso"]),
])
def test_a_body_in_lower_case_before_a_name_speaks_as_that_body(text, speakers):
    assert quotes(_plain([text]))["speaker"].tolist() == speakers


def test_a_description_ending_in_higher_places_leaves_the_name_before_it():
    text = "Aris, seorang pedagang buah di Desa Tugusumberjo, Kecamatan Peterongan mengaku omzetnya anjlok saat banjir."
    assert quotes(_plain([text]))["speaker"].tolist() == ["Aris"]


@pytest.mark.parametrize("text, speakers", [
    # the person a sentence opened with holds while no one else is named (a name written twice, so found as a person)
    ('Dustin Tiffani kini aktif bermusik. Ia mulai rekaman bulan lalu. "Saya senang," ujarnya. Lagu Dustin Tiffani dirilis Juni.', ["Dustin Tiffani"]),
    # not past someone else named, or someone brought in unnamed
    ('Dustin Tiffani kini aktif bermusik. Ia rekaman bersama Ruben Onsu. "Saya senang," ujarnya. Lagu Dustin Tiffani dirilis Juni.', [""]),
    ('Dustin Tiffani kini aktif bermusik. Pengalaman itu dibagikan seorang penggemar. "Saya senang," ujarnya. Lagu '
     'Dustin Tiffani dirilis Juni, pengalaman baru.', [""]),
    # a description opening the sentence, then the name between commas
    ('Pemilik usaha perbaikan jok, Ahmad Sajali, juga tak bisa berbuat banyak. Padahal ia membayar sewa Rp 18 juta. '
     '"Pasti terdampak," katanya. Ia pemilik kios.', ["Ahmad Sajali"]),
    # ... or with no comma after the name; an office of more than six words before the name
    ('Namun penjaga gawang Prancis, Hugo Lloris tak ingin larut. Ia mengaku mendapat hal positif. Hugo Lloris kiper Prancis, '
     'namun kalah.', ["Hugo Lloris"]),
    ('Kabid Humas Polda Metro Jaya Kombes Pol Ade Ary Syam Indradi memeriksa laporan itu. "Kasus ini sedang diselidiki," '
     'kata dia. Laporan diterima Ade Ary Syam Indradi.', ["Ade Ary Syam Indradi"]),
    # a name after a comma that ends a sentence with no statement ("... dari Direktur Gresini Racing, Carlo Merlini.")
    ('"Kami bangga," ujar Martogi Siahaan. Kerja sama ini mendapat sambutan dari Direktur Gresini Racing, Carlo Merlini. '
     'Ia juga menyampaikan apresiasi kepada mitra.', ["Martogi Siahaan", "Carlo Merlini"]),
    # ... not someone's wife, nor in a sentence where "dia" acts
    ('"Kami sibuk," ujar Dustin Tiffani. Karena sibuk, pria itu suka dikeluhkan istri, Ditha Rizky Amalia. Ia mengatakan '
     'sering telat.', ["Dustin Tiffani", "Dustin Tiffani"]),
    ('"Kami sibuk," ujar Gede Suyasa. Dikatakan dia, teba modern arahan dari Gubernur Bali, Wayan Koster. Ia menyebut '
     'semua kantor membuatnya.', ["Gede Suyasa", "Gede Suyasa"]),
    # a one-word name the corpus never writes in lower case, opening two sentences of the article
    ('Cesen jarang mengunggah foto. Cesen sebenarnya tak terganggu. "Keluarga baik-baik saja," ujarnya.', ["Cesen"]),
    # a passive verb, then an office that runs on, and the name after the last comma
    ('Hal ini disampaikan Kepala Bidang Layanan Lansia, Disabilitas dan Krisis pada Jemaah (PKP2JH) PPIH, Suviyanto. '
     'Menurutnya, layanan ini tersedia bagi lansia.', ["Suviyanto"]),
    # ... and after a passive verb, the one who spoke last: the "-nya" that follows is theirs
    ('"Kami siap," kata Budi Santoso. Hal ini disampaikan Deputi bidang Koordinasi Usaha Badan Usaha Milik Negara, '
     'Kementerian Koordinator bidang Perekonomian, Ferry Irawan. "Emas masuk," ujarnya.', ["Budi Santoso", "Ferry Irawan"]),
    # an opening name joined by "atau" to another name is not yet the subject (not "Anagata Nusantara")
    ('COO Daya Anagata Nusantara atau Danantara Dony Oskaria memastikan pengawasan berlapis. "Ini harus diluruskan," '
     'ujarnya. Daya Anagata Nusantara dan Daya Anagata Nusantara hadir.', [""]),
    # not an item of a list ("Ketahanan Pangan, Kelautan, dan Pertanian")
    ('Hal itu dikatakan Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian. "Targetnya sepuluh," ucapnya. Kami '
     'pemilik data hal itu.', [""]),
])
def test_a_pronoun_before_anyone_spoke_is_the_sentences_subject(text, speakers):
    assert quotes(_plain([text]))["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # a lower-case description after the verb, then the name after a comma
    ('"Kami berterima kasih," ujar jemaah asal Makassar, Suwardi, di hotel. "Pelayanan baik," ucapnya.',
     ["Suwardi", "Suwardi"]),
    ('"Permintaan anting tinggi," kata analis pasar emas lokal, Dewi Kartika.', ["Dewi Kartika"]),
    # not a day, and not a place of the corpus ("di Jakarta")
    ('"Kami siap," kata dia dalam keterangan tertulis, Sabtu.', [""]),
    ('"Kami datang," kata sang vokalis di Senayan, Jakarta Pusat.', [""]),
    # a place of places.csv after the comma is no one's name; with a demonstrative after it, the description points
    # back to the one who spoke before
    ('"Kami bersyukur," kata Nasaruddin Umar. "Saya menyampaikan permohonan maaf," tegas menteri asal Bone, Sulawesi '
     'Selatan ini.', ["Nasaruddin Umar", "Nasaruddin Umar"]),
    ('"Saya tidak kenal dia," tukas pria kelahiran Balikpapan , Kalimantan Timur ini .', ["pria kelahiran Balikpapan"]),
    ('"Kami siap," ujar petani asal Purworejo, Jawa Tengah.', ["petani asal Purworejo"]),
])
def test_a_description_after_the_verb_then_a_name_is_that_person(text, speakers):
    other = "Konser di Jakarta ramai. Penonton datang ke Jakarta dan ke Jakarta Pusat."  # another article's places
    assert quotes(_plain([other, text]))["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # a description of a person closed by a demonstrative opens the sentence and speaks: the one it points back to
    ('Djarot belum sempat menjenguk. "Saya akan jenguk," ujar Djarot di Balai Kota. Mantan Wali Kota Blitar itu '
     'mengatakan, tujuannya hanya menjaga silaturahmi.', ["Djarot", "Djarot"]),
    ('"Kami berterima kasih," kata Karim di rumahnya. Warga asli Jakarta ini menuturkan, jalan itu dulu sesak.',
     ["Karim", "Karim"]),
    ('"Saya akan jenguk," ujar Djarot. Pria yang akrab disapa Djarot itu mengaku senang bisa menjenguk Ahok.', ["Djarot", "Djarot"]),
    # not a thing, and not a name before a clause ("... Jusuf Kalla yang menghadiri konferensi tersebut")
    ('"Saya senang," kata Djarot. Lagu ini menggambarkan konflik batin seseorang yang sulit bicara.', ["Djarot"]),
    ('"Saya senang," kata Djarot. Wakil Presiden RI Jusuf Kalla yang menghadiri konferensi tersebut mengatakan '
     'pemerintah siap.', ["Djarot"]),
])
def test_a_description_that_points_back_speaks_as_a_pronoun_would(text, speakers):
    assert quotes(_c([text]))["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # someone unnamed, described, opens the sentence and speaks: the description as written
    ("Seorang saksi mata menuturkan, tiga orang tersebut lalu mengacungkan senjata tajam.", ["seorang saksi mata"]),
    ("Para peneliti menyebutkan dalam laporan mereka bahwa alpukat membantu tidur.", ["para peneliti"]),
    ("Pihak kepolisian mengatakan dua tersangka berhasil keluar dari Bali.", ["pihak kepolisian"]),
    # "sumber itu" is the source brought in before
    ('"Justin memuji musik Zayn," ujar seorang sumber kepada The Sun. Sumber itu menambahkan bahwa keduanya berteman.',
     ["seorang sumber", "seorang sumber"]),
    # a study, a hadith: no one speaks
    ("Beberapa penelitian menyebut konsumsi ikan dapat menurunkan risiko kanker.", []),
    ("Sejumlah hadis menyebutkan puasa ayyamul bidh memiliki pahala besar.", []),
])
def test_someone_unnamed_described_at_the_start_of_a_sentence_speaks(text, speakers):
    other = "Konser di Jakarta ramai. Penonton datang ke Jakarta dan ke Jakarta Pusat."  # another article's places
    assert quotes(_plain([other, text]))["speaker"].tolist() == speakers


def test_the_menurut_appositive_keeps_the_claim_whole():
    q = quotes(_c(["Menurut Kepala Balai Besar TNBTS, Rudijanta Tjahja Nugraha, penutupan ini hasil rapat bersama."]))
    assert q["quote"].tolist() == ["penutupan ini hasil rapat bersama."]


def test_a_researchers_judged_sheet_is_measured_and_a_broken_one_named(tmp_path):
    from helpers.framing import judging_sheet
    from helpers.report import frame_judgments_check

    c = _c(["Perang dan serangan berlanjut.", "Harga beras naik.", "Korban menangis di rumah.", "Mereka menentang itu."])
    ev = frame_evidence(c, min_words=1)
    sheet = judging_sheet(ev)
    text, table = frame_judgments_check(tmp_path / "frame_judgments.csv", ev, sheet=sheet)
    assert table is None and text.startswith("No judged sample of the frame evidence (frame_judgments.csv)")
    assert text.endswith(f"The sheet drawn here holds {len(sheet)} sentences.")
    order = {"conflict": "yes", "economic": "loose", "human_interest": "no"}
    sheet["judgment"] = sheet["frame"].map(order)
    sheet.loc[len(sheet)] = [len(sheet) + 1, "zz", 9, "conflict", "perang", "Gone from the evidence.", "yes"]
    path = tmp_path / "frame_judgments.csv"
    sheet.to_csv(path, index=False)
    text, table = frame_judgments_check(path, ev, min_judged=1)
    assert table.set_index("frame").loc["all", "n"] == len(ev)  # the sentence no longer evidence is left out
    assert f"On a reader's judgment of {len(ev)} evidence sentences of this corpus (frame_judgments.csv)" in text
    assert "1 judged sentence is no longer evidence" in text
    assert "Below the target: economic (0% of 1) and human interest (0% of 1)" in text
    assert table.set_index("frame").loc["conflict", ["yes", "n", "strict"]].tolist() == [2, 2, 1.0]
    text, _ = frame_judgments_check(path, ev)  # at the default base of 10, every frame here is too few
    assert "Below the target" not in text and "rest on fewer than 10 judgments: too few to tell" in text
    sheet["judgment"] = "perhaps"
    sheet.to_csv(path, index=False)
    text, table = frame_judgments_check(path, ev)
    assert table is None and text.startswith("The frame evidence is not measured: frame_judgments.csv cannot be used")


def test_the_kits_speaker_check_is_counted_from_its_file():
    import csv
    from collections import Counter

    from helpers.attribution import speaker_accuracy
    from helpers.report import speaker_accuracy_finding

    path = Path(__file__).parents[1] / "helpers" / "validation" / "speaker_accuracy.csv"
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    by_hand = Counter((int(r["sample"]), r["grade"]) for r in rows)
    acc = speaker_accuracy().set_index("sample")
    for k in acc.index:
        n = sum(v for (s, _), v in by_hand.items() if s == k)
        assert acc.loc[k, "n"] == n == 150
        for grade in ("exact", "office", "partial", "wrong"):
            assert acc.loc[k, grade] == by_hand[k, grade]
        assert acc.loc[k, "exact_share"] == round(by_hand[k, "exact"] / n, 3)
        assert acc.loc[k, "person_share"] == round((by_hand[k, "exact"] + by_hand[k, "office"]) / n, 3)
        # Wilson interval worked by hand: (p + z^2/2n -+ z*sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)
        z, p = 1.959964, by_hand[k, "exact"] / n
        centre, half = p + z * z / (2 * n), z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
        assert acc.loc[k, "exact_low"] == round((centre - half) / (1 + z * z / n), 3)
        assert acc.loc[k, "exact_high"] == round((centre + half) / (1 + z * z / n), 3)
    text = speaker_accuracy_finding(speaker_accuracy())
    last = acc.iloc[-1]
    assert f"({last['exact_share']:.0%}, 95% Wilson interval {last['exact_low']:.0%}-{last['exact_high']:.0%})" in text
    assert f"(sample {acc.index[-1]}: 150 statements" in text
    assert f"exactly in {last['exact']} (" in text
    assert f"{last['wrong']} someone else or no one" in text
    same = acc[acc["rules"] == last["rules"]]  # the trailing samples on the same rules are judged together
    assert list(same.index) == list(acc.index[-len(same):])
    assert ("meets the target" if same["exact"].sum() / same["n"].sum() >= 0.9 else "is below the target") in text
    assert speaker_accuracy_finding(acc.iloc[:0]) == "The kit's speakers have not been checked by a reader."
    high = acc.reset_index().tail(1).assign(exact=140, exact_share=0.933, exact_low=0.883, exact_high=0.964)
    # a sample that meets it, though its interval (140 of 150: 88%-96%) reaches below it; and one clear of it
    assert "That meets the target of 90% exactly named, though its interval reaches below it." in \
        speaker_accuracy_finding(high)
    clear = high.assign(exact=148, exact_share=0.987, exact_low=0.953, exact_high=0.996)
    assert "That meets the target of 90% exactly named." in speaker_accuracy_finding(clear)
    assert "That is below the target of 95% exactly named, though its interval reaches above it." in \
        speaker_accuracy_finding(high, target=0.95)
    # samples on the same rules are pooled, and the target is judged on the pooled count
    two = pd.concat([high.assign(sample=1), high.assign(sample=2, exact=128, exact_share=0.853)], ignore_index=True)
    text = speaker_accuracy_finding(two)
    p2, n2 = 268 / 300, 300  # 140 + 128 of 150 + 150, Wilson interval worked by hand
    centre, half = p2 + z * z / (2 * n2), z * np.sqrt(p2 * (1 - p2) / n2 + z * z / (4 * n2 * n2))
    lo, hi = (centre - half) / (1 + z * z / n2), (centre + half) / (1 + z * z / n2)
    assert f"It measured the speaker rules of its time (those of commit {high['rules'].iloc[0]})" in \
        speaker_accuracy_finding(high)  # the rules a figure rests on are named, a commit as such
    assert f"Samples 1 and 2 measured the same rules (those of commit {high['rules'].iloc[0]}): together 268 of 300 exactly named (89%, 95% Wilson interval " \
           f"{lo:.0%}-{hi:.0%})." in text
    assert "That is below the target of 90% exactly named, though its interval reaches above it." in text  # 89%:
    # sample 1 alone would meet it
    assert "Earlier samples" not in text
    other = two.assign(rules=["earlier rules", "later rules"])
    assert "measured the same rules" not in speaker_accuracy_finding(other)
    assert "Earlier samples, on earlier rules: 93% in sample 1." in speaker_accuracy_finding(other)
    # past max_listed earlier samples, their range: six samples on six earlier rules, then two on the latest
    many = pd.concat([high.assign(sample=k + 1, rules=f"r{k}", exact=100 + k) for k in range(6)]
                     + [high.assign(sample=7, rules="last"), high.assign(sample=8, rules="last")], ignore_index=True)
    text = speaker_accuracy_finding(many)
    assert "6 earlier samples, on earlier rules, gave 67% to 70% exactly named (each sample is a row of the table)." in text
    assert "Earlier samples, on earlier rules: 67% in sample 1, 67% in sample 2" in speaker_accuracy_finding(many,
                                                                                                           max_listed=6)
    # samples on the same rules but another corpus are not pooled: each corpus's latest samples get their own
    # sentence, described from speaker_corpora.csv
    corpora = pd.DataFrame({"corpus": ["dev", "held"], "description": ["the development set", "a held-out corpus"]})
    split = two.assign(corpus=["dev", "held"])
    text = speaker_accuracy_finding(split, corpora=corpora)
    assert "measured the same rules" not in text and "Earlier samples" not in text
    assert "(sample 2: 150 statements drawn at random from a held-out corpus, the speaker written" in text
    p1, n1 = 140 / 150, 150  # Wilson interval worked by hand, as above
    c1, h1 = p1 + z * z / (2 * n1), z * np.sqrt(p1 * (1 - p1) / n1 + z * z / (4 * n1 * n1))
    assert (f"On the development set, sample 1 ({two['rules'].iloc[0]}) gave 140 of 150 exactly named (93%, 95% Wilson "
            f"interval {(c1 - h1) / (1 + z * z / n1):.0%}-{(c1 + h1) / (1 + z * z / n1):.0%}).") in text
    acc_file = speaker_accuracy()
    latest = speaker_accuracy(samples="latest")
    assert latest["corpus"].nunique() == 1 and latest["rules"].nunique() == 1
    assert acc_file.loc[acc_file["sample"] == latest["sample"].min() - 1, ["rules", "corpus"]].values.tolist() != \
        latest[["rules", "corpus"]].iloc[:1].values.tolist()


def test_the_lead_size_note_is_computed_from_the_leads():
    from helpers.report import lead_size_note

    lb = pd.DataFrame({"doc_id": ["a", "a", "b", "c"], "lead_sentences": [4, 4, 2, 4]})
    assert lead_size_note(lb) == ("With 2 to 4 lead sentences per article, a single sentence moves a lead share by 25% or "
                                  "more: read these as descriptions of 3 leads, not as a pattern.")
    one = pd.DataFrame({"doc_id": ["a"], "lead_sentences": [1]})
    assert lead_size_note(one).startswith("With 1 lead sentence per article, a single sentence moves a lead share by 100%")
    assert "1 lead," in lead_size_note(one)
    assert lead_size_note(one.iloc[:0]) == ""


def test_the_lead_body_title_says_the_frame_the_tie_and_when_there_is_none():
    from helpers.report import lead_body_title

    d = pd.Series({"conflict": 0.2, "human_interest": 0.2, "economic": -0.1})
    assert lead_body_title(d, n_leads=16).startswith("Leads stress conflict and human interest more than the bodies do")
    assert lead_body_title(d, n_leads=3).startswith("Too few articles to compare (3 in all; at least 5 are needed)")
    assert lead_body_title(d, n_leads=16, min_difference=0.25) == (
        "Leads and bodies carry the frames about equally (largest mean difference either way 0.20, below 0.25)")
    # a frame the bodies carry more is named too, with its sign: bodies stress economic (-0.23), not "about equally"
    e = pd.Series({"conflict": 0.02, "human_interest": 0.0, "economic": -0.23})
    assert lead_body_title(e, n_leads=16) == (
        "Bodies stress economic more than the leads do (-0.23 mean difference; 16 in all)")
    assert lead_body_title(d, n_leads=16).endswith("; bodies stress economic more than the leads do (-0.10 mean "
                                                   "difference)")
    # the difference as shown decides: +0.0499 is shown +0.05, so it is named, never "+0.05, below +0.05"
    assert lead_body_title(pd.Series({"conflict": 0.0499}), n_leads=16).startswith("Leads stress conflict")


@pytest.mark.parametrize("cue, speaker, basis", [
    ("kata", "Budi", "sentence"),                       # '"...," kata Budi'
    ("ujar+described", "jaksa", "sentence"),            # "ujar jaksa": described in the sentence
    ("membantah+joint", "A; B", "sentence"),
    ("berjanji+also", "Kim", "sentence"),
    ("ujarnya+carried", "Budi", "context"),             # a pronoun carried from the last speaker
    ("continuation+carried", "Budi", "context"),        # a quotation standing alone
    ("mengaku+subject", "Budi", "context"),
    ("menurutnya+introduced", "Ratna", "context"),
    ("mengungkapkan+holder", "Imam Suryana", "context"),  # "Kapolsek mengungkapkan": the role's holder, named elsewhere
    ("melaporkan+reported_by", "Putin", "context"),
    ("menyatakan+also+carried", "Budi", "context"),     # a second verb of a carried statement
    ("tuturnya+unresolved", "", "none"),
    ("banner", "", "none"),
    ("kata", None, "none"),
])
def test_speaker_basis_from_cue_and_speaker(cue, speaker, basis):
    from helpers.attribution import speaker_basis

    got = speaker_basis(pd.Series([cue], index=[7]), pd.Series([speaker], index=[7]))
    assert got.tolist() == [basis] and got.index.tolist() == [7]


def test_quotes_say_where_each_speaker_was_found():
    q = quotes(_c(['Ia mengatakan bahwa perang harus berhenti. "Kita harus maju," kata Putin. Kim mengaku senang dengan '
                   'kunjungan itu dan berjanji membalasnya. Ia mengaku senang dengan kunjungan itu dan menyatakan siap '
                   'membalasnya.']))
    assert q[["speaker", "cue", "basis"]].values.tolist() == [
        ["", "mengatakan+unresolved", "none"],
        ["Vladimir Putin", "kata", "sentence"],
        ["Kim Jong Un", "mengaku", "sentence"],
        ["Kim Jong Un", "berjanji+also", "sentence"],
        ["Kim Jong Un", "mengaku+carried", "context"],
        ["Kim Jong Un", "menyatakan+also+carried", "context"],  # the second verb keeps how the first was found
    ]


def test_the_kits_speaker_check_by_basis_is_counted_from_its_file():
    import csv

    from helpers.attribution import speaker_accuracy
    from helpers.report import speaker_basis_finding

    path = Path(__file__).parents[1] / "helpers" / "validation" / "speaker_accuracy.csv"
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))

    def basis(r):  # worked out here from the cue's tags, apart from speaker_basis
        tags = set(r["cue"].split("+")[1:])
        if not r["speaker"].strip():
            return "none"
        return "context" if tags & {"carried", "subject", "introduced", "holder", "reported_by"} else "sentence"

    last_rules = rows[-1]["rules"]
    by_sample = {int(r["sample"]): r["rules"] for r in rows}
    latest = []
    for k in sorted(by_sample, reverse=True):  # the trailing samples on the last sample's rules
        if by_sample[k] != last_rules:
            break
        latest.insert(0, k)
    assert speaker_accuracy(samples="latest")["sample"].tolist() == latest
    for samples in (None, [12, 13, 14, 15, 16, 17], "latest"):
        keep = latest if samples == "latest" else samples
        picked = [r for r in rows if keep is None or int(r["sample"]) in keep]
        t = speaker_accuracy(by="basis", samples=samples).set_index("basis")
        assert int(t["n"].sum()) == len(picked)
        assert list(t.index) == [b for b in ("sentence", "context", "none") if any(basis(r) == b for r in picked)]
        for b in t.index:
            mine = [r for r in picked if basis(r) == b]
            assert t.loc[b, "n"] == len(mine)
            for grade in ("exact", "office", "partial", "wrong"):
                assert t.loc[b, grade] == sum(r["grade"] == grade for r in mine)
            assert t.loc[b, "exact_share"] == round(t.loc[b, "exact"] / len(mine), 3)
            assert t.loc[b, "of_statements"] == round(len(mine) / len(picked), 3)
            z, p, n = 1.959964, t.loc[b, "exact"] / len(mine), len(mine)  # Wilson interval worked by hand
            centre, half = p + z * z / (2 * n), z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
            assert t.loc[b, "exact_low"] == round((centre - half) / (1 + z * z / n), 3)
    t = speaker_accuracy(by="basis", samples=latest)
    text = speaker_basis_finding(t, latest)
    s = t.set_index("basis")
    label = f"sample {latest[0]}" if len(latest) == 1 else f"samples {', '.join(map(str, latest[:-1]))} and {latest[-1]}"
    assert f"({label}, {int(s['n'].sum()):,} statements)" in text
    for b in ("sentence", "context"):
        r = s.loc[b]
        share = r["exact"] / r["n"]  # from the counts, not the table's share rounded to 3 decimals (0.915 -> "92%")
        shown = f"{share:.1%}" if f"{share:.0%}" == "90%" and share != 0.9 else f"{share:.0%}"  # not "90%" below 90%
        assert (f"{int(r['n']):,} statements ({r['of_statements']:.0%}), of which {int(r['exact']):,} exactly right "
                f"({shown}, 95% Wilson interval {r['exact_low']:.0%}-{r['exact_high']:.0%}; "
                f"{'below the target of 90%' if share < 0.9 else 'at or above the target of 90%, though its interval reaches below it' if r['exact_low'] < 0.9 else 'above the target of 90%, its whole interval too'})") in text
    if "none" in s.index:
        assert f"It gave no speaker to {int(s.loc['none', 'n'])} statement" in text
    with pytest.raises(ValueError, match="by"):
        speaker_accuracy(by="outlet")
    with pytest.raises(ValueError, match="no sample"):
        speaker_accuracy(samples=[999])
    with pytest.raises(ValueError, match="samples"):
        speaker_accuracy(samples="first")
    assert speaker_basis_finding(t.iloc[:0], latest) == "The kit's speakers have not been checked by a reader."


def test_the_speaker_basis_finding_states_its_table():
    from helpers.report import speaker_basis_finding

    t = pd.DataFrame({"basis": ["sentence", "context", "none"], "n": [60, 30, 10], "exact": [57, 24, 1],
                      "office": [1, 0, 0], "partial": [1, 0, 0], "wrong": [1, 6, 9], "exact_share": [0.95, 0.8, 0.1],
                      "exact_low": [0.86, 0.63, 0.02], "exact_high": [0.98, 0.9, 0.4],
                      "person_share": [0.967, 0.8, 0.1], "of_statements": [0.6, 0.3, 0.1]})
    text = speaker_basis_finding(t, [3, 4])
    assert text.startswith("By where the kit found the speaker (samples 3 and 4, 100 statements): named in the "
                           "statement's own sentence, 60 statements (60%), of which 57 exactly right (95%, 95% Wilson "
                           "interval 86%-98%; at or above the target of 90%, though its interval reaches below it)")
    assert "30 statements (30%), of which 24 exactly right (80%, 95% Wilson interval 63%-90%; below the target" in text
    assert "It gave no speaker to 10 statements (10%); the reader named one for 9 of them." in text
    assert "below the target of 99%" in speaker_basis_finding(t, [3], target=0.99).split(";")[1]
    assert "above the target of 80%, its whole interval too" in speaker_basis_finding(t.assign(exact_low=0.85), [3],
                                                                                      target=0.8)
    assert "(sample 3, 100 statements)" in speaker_basis_finding(t, [3])
    assert "no speaker" not in speaker_basis_finding(t.iloc[:2], [3])
    # a share that rounds to the target but is below it is not printed as the target (179 of 200 beside 90%)
    near = t.assign(n=[200, 30, 10], exact=[179, 24, 1])
    assert "of which 179 exactly right (89.5%, 95% Wilson interval 86%-98%; below the target of 90%)" in \
        speaker_basis_finding(near, [3])


def test_the_readmes_speaker_figures_by_basis_are_the_files():
    from helpers.attribution import speaker_accuracy

    readme = _readme()
    measured = speaker_accuracy(samples="latest")  # the latest rules measured
    latest, rules = measured["sample"].tolist(), measured["rules"].iloc[0].split()[-1]
    named = f"{latest[0]} and {latest[1]}" if len(latest) == 2 else f"{latest[0]}-{latest[-1]}"  # a pair, or more
    assert f"On the rules of commit `{rules}` (samples {named}, drawn after they were fixed" in readme
    assert f"By where the kit found the speaker (the quotes table's `basis` column), samples {named} give" in readme
    pooled = speaker_accuracy(samples="latest")
    e, n = int(pooled["exact"].sum()), int(pooled["n"].sum())
    # the README says whether the latest pair meets the issue's target of 90%, as its figures do
    assert ("That meets the target of 90% on this pair" if e / n >= 0.9 else "The target of 90% is not met") in readme
    assert f"exactly in {e} of {n} ({e / n:.0%}," in readme
    assert f"the right person in {e + int(pooled['office'].sum())} (" in readme
    t = speaker_accuracy(by="basis", samples=latest).set_index("basis")
    sh = t.loc['sentence', 'exact'] / t.loc['sentence', 'n']
    shown = f"{sh:.1%}" if f"{sh:.0%}" == "90%" and sh != 0.9 else f"{sh:.0%}"  # not "90%" for a share below the target
    assert (f"{t.loc['sentence', 'exact']} of {t.loc['sentence', 'n']} exactly right where the sentence names the speaker "
            f"({shown})") in readme
    assert f"{t.loc['context', 'exact']} of {t.loc['context', 'n']} where" in readme
    assert f"no speaker for {t.loc['none', 'n']} statements ({t.loc['none', 'of_statements']:.0%})" in readme
    by_sample = speaker_accuracy()
    dev = by_sample.loc[(by_sample["corpus"] == "development") & (by_sample["sample"] >= 12), "sample"].tolist()
    u = speaker_accuracy(by="basis", samples=dev).set_index("basis")
    assert (f"over the development samples 12-{dev[-1]}, {u.loc['sentence', 'exact']:,} of {u.loc['sentence', 'n']:,} "
            f"({u.loc['sentence', 'exact'] / u.loc['sentence', 'n']:.0%}), {u.loc['context', 'exact']:,} of "
            f"{u.loc['context', 'n']:,} ({u.loc['context', 'exact'] / u.loc['context', 'n']:.0%}) and {u.loc['none', 'n']:,} ({u.loc['none', 'of_statements']:.0%})") in readme


@pytest.mark.parametrize("text, speakers", [
    # honorifics and English titles are roles, not part of the name
    ('Ustaz Solmed menegaskan bahwa dirinya hanya menyaksikan prosesnya saja.', ["Solmed"]),
    ('"Kami siap bekerja sama," ujar Pdt Gerson Paluke di gereja itu.', ["Gerson Paluke"]),
    ('Pengguna Indodax naik. Vice President Marketing Indodax Antony Kusuma menjelaskan, lonjakan harga Bitcoin bukan '
     'soal teknikal. "Pasar makin matang," kata Antony.', ["Antony Kusuma", "Antony Kusuma"]),
    ('"Langkah ini memperkuat pasar," ujar Vice President IPOX, Kat Liu.', ["Kat Liu"]),
    # an office whose name is a list, then its holder after a comma
    ('"Program ini untuk mahasiswa," kata Menteri Pendidikan Tinggi, Sains, dan Teknologi, Brian Yuliarto, di Jakarta.',
     ["Brian Yuliarto"]),
    ('"Ada rencana kita," ujar Kepala Dinas Pariwisata, Kepemudaan, dan Olahraga (Disparpora) Kota Gorontalo, Zamronie '
     'Agus, Senin (9/6/2025).', ["Zamronie Agus"]),
    # but not a list of speakers
    ('"Kami setuju," kata Budi, Andi, dan Citra di Bandung.', ["Budi"]),
    # "Ayatollah" is an honorific as "Sheikh" is
    ('"Negara ini tidak akan menyerah," kata Ayatollah Ali Khamenei.', ["Ali Khamenei"]),
    # "menurut" in the middle of a sentence: the name it opens with speaks, not the clause that goes on
    ("Pilihannya terhadap tim Spanyol, menurut Andi disebabkan dirinya mengidolakan Pique.", ["Andi"]),
    ("Serangan dimulai pagi itu, menurut Times of Israel.", ["Times of Israel"]),
])
def test_titles_and_listed_offices_before_a_name_are_cut(text, speakers):
    assert quotes(_plain([text]))["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # a sentence opened by a role and a name the corpus names once is about that person: "Menurutnya" is theirs
    ("Anggota Komisi I DPR Andia Thresia Narang menyambut positif kunjungan itu. Menurutnya, kunjungan tersebut bisa "
     "membantu menurunkan eskalasi.", ["Andia Thresia Narang"]),
    # an office opening the sentence, then the name between commas
    ("CEO PSIS Semarang, Yoyok Sukawi, juga memberikan pernyataan. Melalui media sosialnya, ia menyampaikan bahwa hak "
     "pemain telah diselesaikan.", ["Yoyok Sukawi"]),
    # not an office with no name: a place is no one a pronoun stands for
    ("Banjir melanda Jawa Barat dan warga di Jawa Barat mengungsi. Kepala Dinas Sosial Jawa Barat meninjau lokasi. Ia "
     "mengatakan bantuan sudah dikirim.", [""]),
])
def test_a_role_and_a_name_opening_a_sentence_make_its_subject(text, speakers):
    assert quotes(_plain([text]))["speaker"].tolist() == speakers


def test_find_actors_drops_a_degree_after_a_name():
    from helpers.attribution import find_actors

    c = _plain(["Direktur RSGK Nailufar MARS menegaskan komitmen perseroan. Nailufar menyebut kebijakan itu baik. "
                "Nailufar juga menambahkan satu hal."])
    assert find_actors(c)["actor"].tolist() == ["Nailufar"]
    # a degree written with dots alone after a comma, a retired officer's "(Purn)", and a law with its number are no
    # actors; "MSF", an undotted degree's letters, can be a body's acronym
    c = _plain(["Kata Dr. Rina Sari, M.Si, obat aman. Rina Sari lalu pergi. Kata Prof. Budi Santoso, M.Si, aman. "
                "Laksamana TNI (Purn) Ade Supandi hadir. Mayjen (Purn) Eko Margiyono datang. Uji Materiil Undang-Undang "
                "Nomor 3 ditolak. Gugatan Undang-Undang Nomor 3 gagal. MSF mengirim dokter. Kata MSF, aman."])
    actors = find_actors(c)["actor"].tolist()
    assert "M.Si" not in actors and "Purn" not in actors and not any("Nomor" in a for a in actors)
    assert "MSF" in actors and "Rina Sari" in actors


def test_find_actors_merges_a_rare_spelling_of_a_name_and_keeps_two_people_apart():
    from helpers.attribution import _spelling_variant, find_actors, quotes

    # two letters swapped, a letter more or fewer, other capitals; one letter other only in six letters or more
    assert _spelling_variant("Lahadalia", "Ladahalia") and _spelling_variant("Christie", "Christe")
    assert _spelling_variant("GAG", "Gag") and _spelling_variant("Fakhri", "Fachri")
    assert not _spelling_variant("Melky", "Melly") and not _spelling_variant("Budi", "Bodi")
    assert not _spelling_variant("Santoso", "Susanto") and not _spelling_variant("Fahmi", "Fahmi")
    c = _plain(["Menteri ESDM Bahlil Lahadalia datang ke Sorong. Bahlil Lahadalia meninjau tambang. Bahlil lalu pulang.",
                "Bahlil Lahadalia hadir di Jakarta. Kata Bahlil Lahadalia, izin dicabut.",
                'Menteri Bahlil Ladahalia meminta warga bijak. "Tolong hati-hati," kata Bahlil.',
                "PT Gag Nikel menambang. PT Gag Nikel membantah. PT Gag Nikel diam. PT GAG Nikel lalu pergi.",
                "Melly Goeslaw bernyanyi. Melly Goeslaw tampil. Melly Goeslaw pulang. Ayahnya Melky Goeslaw menonton."])
    found = find_actors(c)
    aliases = dict(zip(found["actor"], found["aliases"].str.split("|")))
    assert set(aliases["Bahlil Lahadalia"]) == {"Bahlil Lahadalia", "Bahlil Ladahalia", "Bahlil"}
    assert "PT GAG Nikel" in aliases["PT Gag Nikel"]
    assert "Melky Goeslaw" not in aliases.get("Melly Goeslaw", [])  # father and daughter
    # the article that misspells the name gives its statements to the one name
    q = quotes(c)
    assert set(q.loc[q["doc_id"] == "d2", "speaker"]) == {"Bahlil Lahadalia"}


def test_find_actors_reads_a_body_named_with_dan_as_one_and_no_fragment_of_it():
    from helpers.attribution import find_actors

    c = _plain(["Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia mencabut izin. Kementerian Kelautan dan "
                "Perikanan (KKP) memeriksa pulau itu.",
                "Kementerian Kelautan dan Perikanan menyelam di sana. KKP menemukan sedimen. Menteri Energi dan Sumber Daya "
                "Mineral (ESDM) Bahlil Lahadalia datang.",
                "Gubernur Jambi Zumi Zola dan Pelaksana Tugas Sekda hadir. Zumi Zola tersenyum."])
    found = find_actors(c)
    aliases = dict(zip(found["actor"], found["aliases"].str.split("|")))
    assert set(aliases["Kementerian Kelautan dan Perikanan"]) == {"Kementerian Kelautan dan Perikanan", "KKP"}
    assert "ESDM" in aliases["Energi dan Sumber Daya Mineral"]  # the portfolio of the minister's title, with its acronym
    assert not {"Perikanan", "Sumber Daya Mineral", "Kementerian Kelautan"} & set(found["actor"])
    # with the ministry named too, the portfolio and "Kementerian ESDM" are the ministry; "AMDAL" is "Amdal"
    c2 = pd.concat([c, _plain(["Kementerian Energi dan Sumber Daya Mineral menyurati PT Gag. Kementerian ESDM menunggu "
                               "Analisis Mengenai Dampak Lingkungan (Amdal). AMDAL itu belum terbit. Amdal diperiksa.",
                               "Kementerian ESDM menolak. Kementerian Energi dan Sumber Daya Mineral diam."])
                    .assign(doc_id=["e0", "e1"])], ignore_index=True)
    found = find_actors(c2)
    aliases = dict(zip(found["actor"], found["aliases"].str.split("|")))
    assert {"Energi dan Sumber Daya Mineral", "Kementerian ESDM", "ESDM"} <= set(
        aliases["Kementerian Energi dan Sumber Daya Mineral"])
    assert "AMDAL" in aliases["Amdal"] and "AMDAL" not in aliases
    # the body named only by its short form: "Kementerian ESDM" joins the portfolio it abbreviates
    c3 = pd.concat([c, _plain(["Kementerian ESDM menolak. Kementerian ESDM menunggu."]).assign(doc_id=["k0"])],
                   ignore_index=True)
    found = find_actors(c3)
    aliases = dict(zip(found["actor"], found["aliases"].str.split("|")))
    holder = [a for a, al in aliases.items() if "ESDM" in al]
    assert len(holder) == 1 and {"Kementerian ESDM", "Energi dan Sumber Daya Mineral"} <= set(aliases[holder[0]])
    # a person's name ends the body's words: "dan" after it joins two people or offices
    assert "Zumi Zola" in aliases and not any("Pelaksana" in a for a in found["actor"])
    # a body's name listing its portfolios with commas is one name; a list of bodies stays a list
    found = find_actors(_plain(["Badan Meteorologi, Klimatologi, dan Geofisika mencatat gempa. Polri, TNI, dan BIN siaga.",
                                "Badan Meteorologi, Klimatologi, dan Geofisika memperingatkan warga. Polri, TNI, dan BIN "
                                "berjaga."]))
    assert "Badan Meteorologi Klimatologi dan Geofisika" in set(found["actor"])
    assert not {"Klimatologi", "Geofisika", "Badan Meteorologi"} & set(found["actor"])
    assert {"Polri", "TNI", "BIN"} <= set(found["actor"])


def test_find_actors_leaves_out_a_short_form_defined_as_a_term_or_a_document():
    from helpers.attribution import find_actors

    c = _plain(["Kementerian ESDM mencabut izin usaha pertambangan (IUP) empat perusahaan. IUP itu ada di Raja Ampat. "
                "Komisi Pemberantasan Korupsi (KPK) ikut memeriksa.",
                "Empat IUP dicabut. KPK menyelidiki. Surat Pemberitahuan Dimulainya Penyidikan (SPDP) terbit. SPDP itu "
                "dikirim."])
    found = find_actors(c)
    assert "IUP" not in set(found["actor"]) and "SPDP" not in set(found["actor"])
    assert "Komisi Pemberantasan Korupsi" in set(found["actor"])
    left = found.attrs["left_out"]
    assert set(left.loc[left["reason"].str.startswith("a term"), "name"]) == {"IUP", "SPDP"}


def test_a_place_ending_an_address_before_the_verb_gives_the_statement_to_the_name_the_sentence_opens_with():
    q = quotes(_plain(["PT Aneka Tambang Tbk (Antam) sebagai pemegang saham PT Gag Nikel yang menambang di Pulau Gag, "
                       "Kabupaten Raja Ampat, Papua Barat Daya menegaskan akan mengawasi tambang itu. Ia menambahkan, "
                       "reklamasi berjalan.",
                       "Menteri Kelautan dan Perikanan Susi Pudjiastuti yang mengawasi di Ambon, Maluku, menyebut hal ini "
                       "sebagai kemenangan.",
                       "Gorontalo berharap bisa menjadi contoh."]))
    assert q["speaker"].tolist() == ["PT Aneka Tambang Tbk", "PT Aneka Tambang Tbk", "Susi Pudjiastuti", "Gorontalo"]
    # a place ending an office's or a body's name before the verb: the office or the body speaks, not the place
    q = quotes(_plain(["Bupati Poso mengatakan, festival danau akan digelar pada November.",
                       "Pemerintah Provinsi (Pemprov) DKI Jakarta menegaskan bahwa program itu berbeda."]))
    assert q["speaker"].tolist() == ["Bupati Poso", "Pemerintah Provinsi DKI Jakarta"]


def test_find_actors_cuts_a_country_from_before_a_persons_name_and_keeps_the_country():
    from helpers.attribution import find_actors

    c = _plain(["Presiden Rusia Vladimir Putin menelepon. Putin lalu diam. Rusia mengecam serangan itu.",
                "Presiden Rusia Vladimir Putin hadir. Rusia menolak. Putin tersenyum."])
    found = find_actors(c)
    aliases = dict(zip(found["actor"], found["aliases"].str.split("|")))
    assert "Putin" in aliases["Vladimir Putin"] and "Rusia" in aliases
    assert "Rusia Vladimir Putin" not in aliases


def test_a_relation_written_before_a_speakers_name_speaks_and_a_title_before_the_holders_name_does_not():
    q = quotes(_plain(["Namun istri Ali mengaku tak mengetahui keberadaan suaminya. Ali Fahmi buron.",
                       "Pengacara Yingluck mengatakan kliennya tidak bisa hadir. Yingluck Shinawatra sakit.",
                       "Fredrich Yunadi, kuasa hukum Setnov mengatakan kliennya luka serius. Setnov dirawat.",
                       "Padahal, pengacara Fredrich Yunadi mengatakan Novanto luka serius.",
                       "Manajer Liverpool Juergen Klopp menilai timnya seharusnya menang. Klopp kecewa."]))
    assert q["speaker"].tolist()[:4] == ["istri Ali", "pengacara Yingluck", "Fredrich Yunadi", "Fredrich Yunadi"]
    assert q["speaker"].iloc[4].endswith("Juergen Klopp")  # the manager himself, not "manajer ..." (a club's title)


def test_a_country_before_a_speakers_name_is_cut_where_the_article_calls_the_person_by_the_name():
    q = quotes(_plain(["Bintang Brasil Kaka mengungkapkan bahwa ia pernah menolak City. Kaka lalu pulang ke Sao Paulo.",
                       "Presiden Ukraina Zelenskyy menggambarkan operasi itu sebagai serangan. Zelenskyy lalu terbang."]))
    assert q["speaker"].tolist() == ["Kaka", "Zelenskyy"]


@pytest.mark.parametrize("texts, speakers", [
    # an occupation before a name is a role, like Penyanyi
    (['Dokter Rita mengingatkan risiko susu berlebih bagi anak. "Kalau tidak butuh kalori, berisiko obesitas," '
      'ungkapnya.'], ["Rita", "Rita"]),
    # "Menurut <office ending in a place>, <name>" with no comma after the name
    (["Wisatawan datang ke Bali setiap hari.", "Turis ke Bali makin banyak.",
      "Menurut Kepala Dinas Pariwisata Bali, I Wayan Sumarajaya kebijakan ini membantu pemulihan pariwisata."],
     ["I Wayan Sumarajaya"]),
    # but not where the office ends in the person's name: the name after the comma opens the statement
    (["Menurut Chief Executive Herbert Hainer, Adidas mengaku sukses meraih keuntungan besar."],
     ["Herbert Hainer", "Adidas"]),
    # a passive verb, an office whose name is a list, then the holder's name ending the sentence
    (["Warga di Jakarta senang.", "Banjir di Jakarta surut.",
      "Hal tersebut dikatakan Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian (KPKP) DKI Jakarta Hasudungan "
      'Sidabalok. "Targetnya sepuluh puskeswan," ucapnya.'], ["Hasudungan Sidabalok"]),
    # the place or body one is from does not speak: the name before it, or the one a description introduced
    (["Sementara itu Brigjen Djuhandhani Rahardjo Puro dari Bareskrim Polri mengatakan dua tersangka ditangkap."],
     ["Djuhandhani Rahardjo Puro"]),
    (["Adapun Amjad Bseisu, CEO EnQuest yang berkantor pusat di Inggris menggambarkan tahun 2025 sebagai tahun sulit."],
     ["Amjad Bseisu"]),
    # not an office with no name before it (the corpus writes "pelaksana" in lower case)
    (["Tim pelaksana acara bekerja keras.",
      "Seorang Direktur Pelaksana dari BlackRock menyampaikan pandangannya bahwa Bitcoin unggul."], ["BlackRock"]),
])
def test_occupations_offices_and_places_before_a_name_give_the_person(texts, speakers):
    got = quotes(_plain(texts))
    assert got.loc[got["kind"] != "banner", "speaker"].tolist() == speakers


@pytest.mark.parametrize("texts, speakers", [
    # a role alone is the person the article names with it, also where the role is the short form in brackets
    (["Menteri Dalam Negeri (Mendagri) Tito Karnavian hadir di Jakarta. Tito Karnavian tiba pagi. Mendagri mengaku "
      "mendapat arahan dari Presiden."],
     ["Tito Karnavian"]),
    # a dash around an aside is no part of the name
    (["Sekarang, Top Gun -julukan Maverick Vinales- menegaskan, tinggal mengerahkan seluruh kemampuan."],
     ["Maverick Vinales"]),
    # an office and its holder's name ending a sentence make the holder the one a pronoun after it stands for
    (["Petani di Lampung resah. Desakan itu datang dari Ketua Panitia Khusus (Pansus) Tata Niaga Singkong DPRD Lampung "
      "Mikdar Ilyas. Dia "
      "mengungkapkan masih banyak pabrik yang tidak patuh."], ["Mikdar Ilyas"]),
    # but not an office with no name: the place ending it is no one
    (["Petani di Lampung resah. Desakan itu datang dari Ketua DPRD Lampung. Dia mengungkapkan masih banyak pabrik yang "
      "tidak patuh."], [""]),
    # "keduanya" after the verb is the last joint speakers, never one person
    (['Budi Santoso mengatakan harga naik. "Kami mendukung dia," beber keduanya di Jakarta.'], ["Budi Santoso", ""]),
])
def test_roles_asides_and_offices_ending_a_sentence(texts, speakers):
    got = quotes(_plain(texts))
    assert got.loc[got["kind"] != "banner", "speaker"].tolist() == speakers


def test_the_voices_summary_counts_each_basis():
    from helpers.report import voices_summary

    v = pd.DataFrame({"kind": ["direct"] * 3 + ["reported"] * 2 + ["unattributed", "banner"],
                      "basis": ["sentence", "sentence", "context", "context", "sentence", "none", "none"]})
    assert voices_summary(v) == ("6 statements found: 3 name their speaker in their own sentence, 2 take it from the "
                                 "article around them (a pronoun, -nya, a quotation continuing the last one), and 1 has "
                                 "none (17%). 1 banner or slogan quoted in the articles is listed with them but "
                                 "speaks for no one.")  # the banner is no statement, and is said to be listed apart
    assert voices_summary(v.iloc[6:]) == "No statement (a quotation or reported speech with a speech verb) was found."


@pytest.mark.parametrize("texts, speakers", [
    # the channel of a statement between its speaker and the verb (speech_cues.csv channel rows)
    (["Harga saham turun. Sementara itu, analis Tasrul Tanar dalam catatannya menyebutkan tekanan jual meningkat. Ia "
      "mengatakan, IHSG masih berada dalam tren naik."], ["Tasrul Tanar", "Tasrul Tanar"]),
    (["Kementerian Ketenagakerjaan melalui akun Instagram resminya menegaskan bahwa BSU tidak memerlukan pendaftaran."],
     ["Kementerian Ketenagakerjaan"]),
    # not a unit speaking for its body: a capitalised name after "melalui" is no channel
    (["Kementerian Luar Negeri (Kemlu) RI melalui Direktorat Pelindungan WNI mengonfirmasi tidak ada korban."],
     ["Direktorat Pelindungan WNI"]),
])
def test_the_channel_of_a_statement_stands_between_speaker_and_verb(texts, speakers):
    assert quotes(_plain(texts))["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    ('"Pasar akan fokus pada pertemuan itu," kata Imam Senin (9/6/2025).', ["Imam"]),  # the day is no part of the name
    ("Sheikh Mohamed menekankan komitmen negaranya untuk mendukung de-eskalasi.", ["Mohamed"]),  # an honorific
])
def test_a_day_or_an_honorific_beside_a_name_is_not_part_of_it(text, speakers):
    assert quotes(_plain([text]))["speaker"].tolist() == speakers


def test_find_actors_leaves_out_places_opened_by_a_place_word():
    from helpers.attribution import find_actors

    c = _plain(["Kabupaten Bogor menggelar festival. Gunung Merapi erupsi lagi. Kabupaten Bogor ramai. Bogor dingin.",
                "Gunung Merapi tenang. Kabar itu menyebut Iran menolak usulan. Pejabat bilang Iran mengecam serangan, dan "
                "kini Iran bersiap. Lalu Iran menunggu, sebab Iran ragu.",
                "Warga Provinsi Teheran Iran resah. Budi Santoso datang. Budi Santoso pulang. Kata Pemerintah Kabupaten "
                "(Pemkab) Garut, dana cair. Pemerintah Kabupaten (Pemkab) Garut setuju."])
    actors = find_actors(c)["actor"].tolist()
    assert "Kabupaten Bogor" not in actors and "Gunung Merapi" not in actors
    assert "Pemerintah Kabupaten" not in actors  # a name cut off before its place by a bracket
    assert "Bogor" not in actors  # written inside a place's name at least a quarter as often as alone
    assert "Iran" in actors and "Budi Santoso" in actors  # "Provinsi Teheran Iran" once does not make Iran a place


def test_find_actors_leaves_out_the_places_of_places_csv_and_keeps_bodies_named_after_them(tmp_path):
    from helpers.attribution import find_actors
    from helpers.resources import load_resources

    # "Jakarta" is written after "di" once in four: the corpus alone does not show it to be a place
    c = _plain(["Jakarta - Polda Riau menangkap dua orang. Jakarta macet. Kata Polda Riau, Jakarta aman.",
                "Jakarta - Gubernur Jawa Barat Dedi Mulyadi datang ke Jakarta. Dedi Mulyadi bicara. Jawa Barat siaga.",
                "Pemprov Jawa Barat menyiapkan dana. Pemprov Jawa Barat setuju. Nusa Tenggara Timur siaga, dan "
                "Tenggara Timur ramai. Kupang Raya hujan. Kupang Raya dingin."])
    actors = find_actors(c)["actor"].tolist()
    assert "Jakarta" not in actors and "Jawa Barat" not in actors and "Nusa Tenggara Timur" not in actors
    assert "Tenggara Timur" not in actors  # two words of a listed place
    assert {"Polda Riau", "Pemprov Jawa Barat", "Dedi Mulyadi", "Kupang Raya"} <= set(actors)
    # the names left out are listed, with their counts
    left = find_actors(c).attrs["left_out"].set_index("name")
    assert left.loc["Jakarta", "mentions"] == 5 and left.loc["Jakarta", "reason"] == "a place of places.csv"
    # a corpus folder's own places.csv adds its places, and a row of kind "actor" keeps one as an actor
    (tmp_path / "places.csv").write_text("# test\nplace,kind\nKupang Raya,city\nJakarta,actor\n", encoding="utf-8")
    own = find_actors(c, resources=load_resources(tmp_path))["actor"].tolist()
    assert "Kupang Raya" not in own and "Jakarta" in own


@pytest.mark.parametrize("text, speakers", [
    # after a word that ends a body's name ("Tbk", "Sekuritas", "Kemendagri"), the name's words are the person's
    ('Direktur PT Ramayana Lestari Sentosa Tbk Suryanto mengatakan penjualan naik. "Kami siap," kata Suryanto.',
     ["Suryanto", "Suryanto"]),
    ('Analis Mandiri Sekuritas Hadiansyah mengatakan indeks konstruksi masih tertinggal. "Itu wajar," kata Hadiansyah.',
     ["Hadiansyah", "Hadiansyah"]),
    ('Direktur Jenderal Otonomi Daerah Kemendagri Sumarsono mengatakan dana cair. "Sudah," kata Sumarsono.',
     ["Sumarsono", "Sumarsono"]),
    # ... and after the last word of a place, or of a body the article names apart, in an office a role opens
    ("Juru Bicara Kementerian Luar Negeri China Geng Shuang menegaskan sikap itu. Kementerian Luar Negeri AS diam. "
     "Pesawat tiba di China, lalu ke China lagi.", ["Geng Shuang"]),
    ("Direktur Utama Bank Mandiri Kartika Wirjoatmodjo mengatakan laba naik. Saham PT Bank Mandiri Tbk menguat.",
     ["Kartika Wirjoatmodjo"]),
    # not a name's particle ("Al"), nor a first name the article writes alone
    ("Ketua Fraksi PKS Al Muzammil Yusuf mengatakan rapat ditunda. Rektor Universitas Al Azhar hadir. Universitas Al "
     "Azhar libur.", ["Al Muzammil Yusuf"]),
    ('Gubernur Djarot Saiful Hidayat mengatakan banjir surut. "Sudah aman," kata Djarot.',
     ["Djarot Saiful Hidayat", "Djarot Saiful Hidayat"]),
    # a brand with a capital inside the word ends a body's name (not a surname's prefix, "McGregor")
    ('CEO dan pendiri AnyMind Kosuke Sogo mengungkapkan platform itu tumbuh. "Kami siap," kata Sogo.',
     ["Kosuke Sogo", "Kosuke Sogo"]),
    ('Pelatih Conor McGregor mengatakan latihan selesai. "Dia siap," kata McGregor.',
     ["Conor McGregor", "Conor McGregor"]),
    # a connective opening the sentence is no part of the speaker's name
    ("Pasalnya BI telah menyatakan bitcoin haram sebagai alat pembayaran.", ["BI"]),
    # nor a word of the language after a body's last word ("Indonesia")
    ('"Stok masih ketat," ujar Equity Research Mirae Asset Sekuritas Indonesia. Indonesia mengimpor nikel.',
     ["Equity Research Mirae Asset Sekuritas Indonesia"]),
])
def test_the_person_after_a_bodys_name_is_the_speaker(text, speakers):
    assert quotes(_plain([text]))["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # a place right before the verb, after "warga" or "di", does not speak: the name a "yang" clause is about does
    ("Walikota Jakarta Utara Husein Murad yang hadir dalam pemberian dana bagi warga Kalibaru mengatakan masalah "
     "pendidikan penting.", ["Husein Murad"]),
    ("The Blockchain Group yang berbasis di Prancis telah menambahkan 580 Bitcoin lagi.", ["The Blockchain Group"]),
])
def test_the_name_a_clause_is_about_speaks_not_the_place_at_its_end(text, speakers):
    assert quotes(_plain([text]))["speaker"].tolist() == speakers
    # not a place the clause is about ("warga Palestina yang ..."): the clause names no speaker
    q = quotes(_plain(["Petugas melihat warga Palestina yang menunggu truk bantuan di Khan Younis, memperkirakan korban "
                       "bertambah."]))
    assert "Palestina" not in q["speaker"].tolist()


def test_find_actors_leaves_out_the_title_of_a_numbered_law():
    from helpers.attribution import find_actors

    c = _plain(["Aturan itu tertuang dalam UU Nomor 7 Tahun 2017 tentang Pemilihan Umum dan Sistem Pendidikan Nasional. "
                "Kabar tentang Joko Widodo beredar. Pemerintah menyiapkan dana.",
                "Menurut UU Nomor 7 Tahun 2017 tentang Pemilihan Umum, jadwal tetap. Joko Widodo datang. Pemerintah "
                "setuju. Isi Keputusan Menteri Nomor 5 Tahun 2025 tentang Pedoman Bantuan Pemerintah Berupa Subsidi."])
    actors = find_actors(c)["actor"].tolist()
    assert "Pemilihan Umum" not in actors and "Sistem Pendidikan Nasional" not in actors
    assert "Joko Widodo" in actors  # "Kabar tentang Joko Widodo": no document with its number, he is named
    assert "Pemerintah" in actors  # the government, not a short form of a title holding the word


def test_find_actors_leaves_out_an_outlet_only_its_own_articles_name():
    from helpers.attribution import find_actors

    c = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["Liputan6", "Liputan6", "Detik"], "text": [
        "Liputan6.com, Jakarta - Budi Santoso datang. Kata Budi Santoso kepada Liputan6.com, dana cair.",
        "Liputan6.com, Jakarta - Budi Santoso pulang. Menurut Kompas.com, dana cair.",
        "Detik - Budi Santoso hadir. Seperti dikutip Kompas.com, Budi Santoso setuju. Detik mencatat itu."]})
    actors = find_actors(c)["actor"].tolist()
    assert "Liputan6.com" not in actors and "Detik" not in actors  # the reporters, named in their own articles
    assert "Kompas.com" in actors and "Budi Santoso" in actors  # an outlet another outlet cites stays
    assert "Liputan6.com" in find_actors(c, own_outlets=True)["actor"].tolist()
    assert find_actors(c).attrs["left_out"].set_index("name").loc["Liputan6.com", "reason"].startswith("the outlet")
    # cited by another outlet, an outlet stays
    c.loc[2, "text"] += " Menurut Liputan6.com, dana cair."
    assert "Liputan6.com" in find_actors(c)["actor"].tolist()


@pytest.mark.parametrize("text, speakers", [
    # a place of places.csv before the name the article goes on to use is office
    ('Kemarin calon wakil gubernur Jawa Timur Emil Dardak mengatakan kampanye dimulai. "Semua aman," ujar Emil.',
     ["Emil Dardak", "Emil Dardak"]),
    # ... and so is one before the one to three name words that end an office, used once
    ("Kepala PT Kereta Api Indonesia (KAI) Divre II Sumatera Barat Sulthon mengatakan jalur dibuka.", ["Sulthon"]),
    # the longest place: "Jakarta Selatan" is a place, not "Jakarta" before a person "Selatan"
    ('"Kami datang," kata Kepala Suku Dinas Jakarta Selatan Budi Santoso. "Terima kasih," ujar Budi.',
     ["Budi Santoso", "Budi Santoso"]),
    # "Hal itu ditegaskan ...": the holder after the office's place of places.csv is the one "-nya" stands for next
    ('"Kami berbagi," kata Ketua DPD Partai Perindo Kota Bekasi Andrie Ariansyah. Hal itu ditegaskan Plt Ketua DPW Partai '
     'Perindo Jawa Barat Ferry Kurnia Rizkiyansyah. "Ini momen suci," tuturnya.',
     ["Andrie Ariansyah", "Ferry Kurnia Rizkiyansyah"]),
    # a body named after a place that the article writes apart keeps its name ("Bali United" is no place)
    ('"Kami siap," kata pelatih Bali United Stefano Cugurra. Bali United menang. "Terima kasih," ujar Cugurra.',
     ["Stefano Cugurra", "Stefano Cugurra"]),
    # a regency of places.csv (Kepmendagri 2025) before the name is office: "Kabupaten Banyumas Deskart ..."
    ('Kepala Dinas Pariwisata Kabupaten Banyumas Deskart Sotyo Jatmiko mengatakan kirab berbeda. "Jadi acara pokoknya '
     'tidak berubah," kata Deskart.', ["Deskart Sotyo Jatmiko", "Deskart Sotyo Jatmiko"]),
    # a regency's name that is also a given name is not listed: Bima Sakti stays whole
    ('"Kami siap," kata pelatih Bima Sakti. "Anak-anak bermain baik," ujar Bima.', ["Bima Sakti", "Bima Sakti"]),
])
def test_a_place_of_places_csv_before_a_name_is_office(text, speakers):
    assert quotes(_plain([text]))["speaker"].tolist() == speakers


def test_find_actors_leaves_out_events_and_keeps_acronyms_apart_from_people():
    from helpers.attribution import find_actors

    c = _plain(["Timnas berlaga di Piala Dunia. Kata pelatih, Piala Dunia berat. Hari Raya Idul Adha tiba dan Idul Adha "
                "meriah. Komite Olimpiade Indonesia mendukung. Komite Olimpiade Indonesia hadir.",
                "Pengurus KKP Batam datang. Menurut dia, KKP menolak. Lalu KKP menyetujui."])
    got = find_actors(c).set_index("actor")
    assert not any(w in a for a in got.index for w in ("Piala", "Idul"))  # events, holidays (roles.csv event_word)
    assert "Komite Olimpiade Indonesia" in got.index  # a body named after an event stays
    assert got.loc["KKP", "type"] == "organisation"  # an acronym is no short form of a "person" ("KKP Batam")


@pytest.mark.parametrize("texts, speakers", [
    # verbs of speech added by their counts on the development set (speech_cues.csv): the one who explains, confirms,
    # appeals, asks, hopes or invites is a speaker, and a "-nya" after them is theirs
    (['Anne memaparkan, pengusaha tekstil sudah mengirim petisi. "Kekhawatiran itu sudah dibahas," jelasnya.'],
     ["Anne", "Anne"]),
    (["Kapolsek Kabila, Iptu Ferron Baiku, membenarkan peristiwa itu."], ["Ferron Baiku"]),
    (["Guntur meminta perusahaan memindahkan pelat kendaraannya. \"Itu membantu pembangunan,\" tandas Guntur. "
      '"Kami akan mengawasi pajak alat berat," katanya.'], ["Guntur", "Guntur", "Guntur"]),
    # "turut" stands between a speaker and the verb as "juga" does
    (["Budiman Lubis mengatakan pembahasan dipercepat. Sementara itu, Ketua Fraksi Gerindra, Ginda Burnama, turut "
      "mendesak pemerintah provinsi mengajukan draf. Ia menilai tidak ada alasan untuk menunda."],
     ["Budiman Lubis", "Ginda Burnama", "Ginda Burnama"]),
    # degrees after a name and a comma, two-letter ones among them: the name before them speaks
    (["Kepala Pelaksana Tugas Dinas Pemadam Kebakaran OKU Selatan, Wily Agus, ST MT MM membenarkan kejadian tersebut. "
      "Ia menjelaskan bahwa proses pemadaman terkendala medan."], ["Wily Agus", "Wily Agus"]),
])
def test_more_verbs_of_speech_particles_and_degrees(texts, speakers):
    assert quotes(_plain(texts))["speaker"].tolist() == speakers


def test_a_place_or_a_body_that_speaks_is_no_person_a_pronoun_stands_for():
    texts = ['Duta Besar Yevhenia Shynkarenko mengatakan perang harus dihentikan. Ukraina meminta Indonesia membantu. '
             '"Kami yakin Indonesia kuat," katanya.',
             "Perang di Ukraina berlanjut. Bantuan dikirim ke Ukraina pekan ini.",
             "Mahmudi mengatakan jemaah sudah tiba. Oleh karenanya, pihak Kanwil mengimbau "
             'jemaah menjaga kesehatan. "Kami memproses asuransi," imbuhnya.']
    q = quotes(_plain(texts))
    assert q["speaker"].tolist() == ["Yevhenia Shynkarenko", "Ukraina", "Yevhenia Shynkarenko",
                                     "Mahmudi", "pihak Kanwil", "Mahmudi"]


def test_one_voice_per_person_within_an_article():
    # "Marquez" and "Marc Marquez" in one article are one speaker; "Iran" beside "Garda Revolusi Iran" is not merged, nor
    # a name the scraper glued ("KomisionerKompolnasChoirul Anam"), nor across articles
    # (the corpus has another Marquez, Alex, so the article's own speakers decide)
    q = quotes(_plain([
        'Marc Marquez mengatakan motornya stabil. "Saya senang," kata Marquez. "Kami siap," ujar Marquez lagi.',
        '"Kami akan membalas," kata Garda Revolusi Iran. "Kami tidak takut," kata Iran. Warga di Iran cemas.',
        'Alex Marquez mengatakan bannya aus sejak putaran awal. Pembalap lain, Marquez muda, diam.',
        '"Aman," kata Marquez.']))
    assert q["speaker"].tolist() == ["Marc Marquez", "Marc Marquez", "Marc Marquez", "Garda Revolusi Iran", "Iran",
                                     "Alex Marquez", "Marquez"]


def test_a_corpus_holding_the_kits_own_sample_articles_is_told_its_figures_are_not_out_of_sample():
    from helpers.report import validation_overlap

    path = Path(__file__).parents[1] / "helpers" / "validation"
    spk = read_table(path / "speaker_accuracy.csv")["doc_id"].astype(str)
    frm = read_table(path / "frame_precision.csv")["doc_id"].astype(str)
    only_speaker = next(d for d in spk if d not in set(frm))
    c = pd.DataFrame({"doc_id": [only_speaker, frm.iloc[0], "never-sampled"]})
    text = validation_overlap(c)
    assert text.startswith("2 of this corpus's 3 articles gave statements or sentences to the kit's own checks "
                           "(1 to the frame-precision samples, 1 to the speaker samples)")
    assert validation_overlap(c.tail(1)) == ""


def test_an_article_of_one_paragraph_has_no_body_to_compare_with_its_lead():
    from helpers.framing import lead_body_difference

    c = _plain(["Perang berlanjut di perbatasan.", "Perang berlanjut.\nKunjungan hangat. Konser gala."])
    lb = lead_vs_body(c, min_words=1)
    one = lb[lb["doc_id"] == "d0"]
    assert one["body_sentences"].iloc[0] == 0 and one["body_share"].isna().all()  # not 0: no body at all
    d = lead_body_difference(lb)
    assert list(d.columns) == ["d1"]  # the one-paragraph article is left out, not counted as lead 1.0 vs body 0.0
    assert d.loc["conflict", "d1"] == 1.0
    from helpers.report import lead_size_note
    note = lead_size_note(lb)  # the leads' sizes are those compared (d1: one sentence), and d0 is said to be left out
    assert note.startswith("With 1 lead sentence per article") and note.endswith(
        "1 article of one paragraph has no body to compare with its lead and is left out above.")


def test_each_section_names_only_its_own_check_when_the_corpus_holds_sample_articles():
    from helpers.report import validation_overlap

    path = Path(__file__).parents[1] / "helpers" / "validation"
    frm = read_table(path / "frame_precision.csv")["doc_id"].astype(str)
    c = pd.DataFrame({"doc_id": [frm.iloc[0], "never-sampled"]})  # a Danantara article: frames only
    assert validation_overlap(c, check="speakers") == ""  # the speaker figures are out of sample for it
    assert validation_overlap(c, check="frames").startswith(
        "1 of this corpus's 2 articles gave sentences to the kit's frame-precision samples")
    with pytest.raises(ValueError):
        validation_overlap(c, check="quotes")


@pytest.mark.parametrize("text, speakers", [
    # a place the article writes apart ("Kabupaten Buleleng") before a two-word name it goes on to write by the last word
    ("Pemerintah Kabupaten Buleleng menggencarkan teba. Hal tersebut diungkapkan Sekretaris Daerah (Sekda) Buleleng "
     "Gede Suyasa saat ditemui. Pemkab Buleleng siap. Suyasa mengatakan teba modern murah.", {"Gede Suyasa"}),
    # the same person written again after a longer office ("Polres Dompu AKP Zuharis") is no other name holding "Zuharis"
    ("Saat tiba di Polres Dompu, dia diam. Kasi Humas Polres Dompu Zuharis, Senin (9/6/2025) mengatakan pelaku ditahan. "
     '"Ia malu," kata Zuharis. Kasi Humas Polres Dompu AKP Zuharis menyampaikan, korban tewas. Zuharis mengatakan motif '
     "masih didalami.", {"Zuharis"}),
    # a common word the article also writes apart ("BPJS Ketenagakerjaan") is an office word before a one-word name
    ("Menteri Ketenagakerjaan Yassierli mengatakan bantuan cair pekan depan. Peserta BPJS Ketenagakerjaan terdaftar. "
     '"Kami berharap sudah tersalurkan," kata Yassierli.', {"Yassierli"}),
    # an acronym of three letters or more the article writes apart is office before a one-word name ("Kementerian
    # ESDM"); two letters may be initials ("JK Rowling")
    ("Kementerian Energi dan Sumber Daya Mineral (ESDM) menampik tudingan itu. Kepala Biro Komunikasi Layanan Informasi "
     "dan Kerja Sama Kementerian ESDM Sujatmiko mengatakan, smelter rugi. \"Biaya naik,\" ujar Sujatmiko. Sujatmiko juga "
     "menegaskan bahwa aturan tetap. Peraturan Menteri ESDM Nomor 5 Tahun 2017 terbit. Mereka menjalin kerja sama dan "
     "komunikasi yang baik.", {"Sujatmiko"}),
    # a role opens the run and the article calls the person by a later word: a word of the dictionary before it is
    # office ("Negeri"), not a first name
    ('Menteri Luar Negeri Retno Marsudi mengatakan impor berlanjut. Sawit dijual ke luar daerah. "Kami tidak bahas bea '
     'masuk," ungkap Retno.', {"Retno Marsudi"}),
    # Seskab (Sekretaris Kabinet) is a cabinet short form, a role
    ('"Presiden memimpin rapat," ujar Seskab Teddy kepada wartawan. Teddy mengungkapkan proyek itu penting.', {"Teddy"}),
])
def test_an_office_the_article_writes_apart_is_cut_from_before_the_name_it_goes_on_to_use(text, speakers):
    c = _plain([text, "Warga Kabupaten Buleleng dan Kota Dompu menunggu bantuan ketenagakerjaan dari bagian humas."])
    assert set(quotes(c)["speaker"]) == speakers


@pytest.mark.parametrize("text, speakers", [
    # an organisation's name is not cut at a word it shares with another run ("TNI" alone)
    ("Bahkan, Forum Purnawirawan TNI sudah mengirim surat. Panglima TNI hadir. Forum Purnawirawan TNI menyebut "
     "langkah itu sah.", {"Forum Purnawirawan TNI"}),
    # a first name the article writes alone is the person's, not an office ("Gavin" is never apart)
    ("Gubernur Gavin Newsom menggugat. Menurut Newsom, perintah itu melanggar. Gavin Newsom mengatakan ia siap.",
     {"Gavin Newsom"}),
])
def test_a_name_is_not_cut_where_the_article_gives_no_office(text, speakers):
    assert set(quotes(_plain([text]))["speaker"]) == speakers


def test_the_same_person_after_a_longer_office_is_no_other_name_holding_the_word():
    from collections import Counter

    from helpers.attribution import _cut_to_person, _name_words

    nw = _name_words(load_resources())
    # (a place the article alone shows: "Lembor", a district, is in no table; "Dompu", a regency of places.csv, is
    # a place whoever else holds the name)
    runs = [(["Lembor"], False), (["Polsek", "Lembor"], True), (["Kasi", "Humas", "Polsek", "Lembor", "Zuharis"], False),
            (["Zuharis"], False), (["Kasi", "Humas", "Polsek", "Lembor", "AKP", "Zuharis"], False)]
    assert _cut_to_person("Lembor Zuharis", runs, nw, Counter({"humas": 3})) == "Zuharis"
    # another person holding the word is another name: no cut
    runs[-1] = (["Andi", "Zuharis"], False)
    assert _cut_to_person("Lembor Zuharis", runs, nw, Counter({"humas": 3})) == "Lembor Zuharis"
    dompu = [[w.replace("Lembor", "Dompu") for w in r] for r, _ in runs]
    assert _cut_to_person("Dompu Zuharis", [(r, k) for r, (_, k) in zip(dompu, runs)], nw,
                          Counter({"humas": 3})) == "Zuharis"


def test_a_name_after_a_role_and_dari_is_no_place_to_cut_a_name_at():
    from collections import Counter

    from helpers.attribution import _cut_to_person, _name_words

    # "surat dari Bu Khofifah": "dari" before a role and a name marks a person, not a place, so "Khofifah Indar
    # Parawansa" is not cut to "Indar Parawansa" as "Direktur Turnamen Ukraina Markiyan Lubkivsky" is where the
    # article writes "di Ukraina"
    nw = _name_words(load_resources())
    runs = [(["Menteri", "Sosial", "Khofifah", "Indar", "Parawansa"], False), (["Bu", "Khofifah"], True),
            (["Khofifah"], False)]
    assert _cut_to_person("Khofifah Indar Parawansa", runs, nw, Counter()) == "Khofifah Indar Parawansa"
    runs = [(["Direktur", "Turnamen", "Ukraina", "Markiyan", "Lubkivsky"], False), (["Ukraina"], True)]
    assert _cut_to_person("Ukraina Markiyan Lubkivsky", runs, nw, Counter()) == "Markiyan Lubkivsky"


def test_a_place_inside_an_office_is_office_before_a_name_of_two_words():
    from collections import Counter

    from helpers.attribution import _cut_to_person, _name_words

    # "Country Director Qualcomm Indonesia Shannedy Ong", later "Shannedy": Indonesia, a place of the corpus, is part
    # of the office; a place word before a one-word name is not cut by it ("Madison Keys" called "Keys")
    nw = _name_words(load_resources())
    runs = [(["Country", "Director", "Qualcomm", "Indonesia", "Shannedy", "Ong"], False), (["Qualcomm"], False),
            (["Shannedy"], False)]
    assert _cut_to_person("Qualcomm Indonesia Shannedy Ong", runs, nw, Counter(), {"Indonesia"}) == "Shannedy Ong"
    runs = [(["Petenis", "Madison", "Keys"], False), (["Keys"], False)]
    assert _cut_to_person("Madison Keys", runs, nw, Counter(), {"Madison"}) == "Madison Keys"


def test_an_organisation_led_name_after_a_role_is_cut_to_its_holder():
    from collections import Counter

    from helpers.attribution import _cut_to_person, _name_words

    # "Ketua Komite Tari DKJ Hartati", later "Hartati": a role opens the run, so the organisation's name ends with its
    # holder; without the role, a name opened by an organisation's word stays whole ("Komite Tari DKJ")
    nw = _name_words(load_resources())
    runs = [(["Komite", "Tari", "Dewan", "Kesenian", "Jakarta"], False), (["DKJ"], False), (["Tari"], False),
            (["Ketua", "Komite", "Tari", "DKJ", "Hartati"], False), (["Hartati"], False)]
    assert _cut_to_person("Komite Tari DKJ Hartati", runs, nw, Counter({"tari": 2})) == "Hartati"
    runs[3] = (["Komite", "Tari", "DKJ", "Hartati"], False)
    assert _cut_to_person("Komite Tari DKJ Hartati", runs, nw, Counter({"tari": 2})) == "Komite Tari DKJ Hartati"


def test_an_office_glued_to_a_first_name_is_cut_and_a_brand_is_not():
    from collections import Counter

    from helpers.attribution import _name_words, _unglue_opening

    nw = _name_words(load_resources())
    mid = Counter({"RIHidayat": 1, "Utama": 122, "ASDP": 15, "PPMuhammadiyah": 1, "Muhammadiyah": 40, "Black": 9,
                   "Total": 5, "TotalEnergies": 1, "BlackRock": 2})
    assert _unglue_opening(["Wakil", "Ketua", "MPR", "RIHidayat", "Nur", "Wahid"], mid, Counter(), nw) == [
        "Hidayat", "Nur", "Wahid"]  # an acronym glued to the name
    assert _unglue_opening(["Direktur", "UtamaASDPHeru", "Widodo"], mid, Counter(), nw) == ["Heru", "Widodo"]
    assert _unglue_opening(["Ketua", "PPMuhammadiyahAnwar", "Abbas"], mid, Counter(), nw) == ["Anwar", "Abbas"]
    # brands: no acronym, role, organisation or place before the capital; a brand written often; a list; a keep glob
    assert _unglue_opening(["BlackRock", "Inc"], mid, Counter(), nw) == ["BlackRock", "Inc"]
    assert _unglue_opening(["TotalEnergies", "Shell", "dan", "EnQuest"], mid, Counter(), nw)[0] == "TotalEnergies"
    assert _unglue_opening(["RIHidayat", "Nur"], mid + Counter({"RIHidayat": 5}), Counter(), nw)[0] == "RIHidayat"
    assert _unglue_opening(["RIHidayat", "Nur"], mid, Counter(), nw, keep=("rihidayat",))[0] == "RIHidayat"
    # the name after the glue must not be a common word ("RIUntuk")
    assert _unglue_opening(["RIUntuk", "Nur"], mid, Counter({"untuk": 900}), nw)[0] == "RIUntuk"


@pytest.mark.parametrize("text, speakers", [
    # a verb glued to a name is cut where the corpus writes the verb in lower case twice ("mengeklaim")
    ('Menteri PKP Maruarar Siraitmengeklaim rumah subsidi bisa bertingkat. Ia mengeklaim biaya turun. Warga juga '
     'mengeklaim puas. "Bisa," ucapnya.', {"Maruarar Sirait"}),
    # a regional instruction (Ingub) is a document, whose quoted words are no one's
    ('"Kepemilikan APAR dilaporkan melalui tautan," tulis Ingub Pramono tersebut.', {""}),
    # a rumour or a "fact" said to speak is no one
    ("Rumor mengatakan bahwa keduanya telah berkencan selama dua bulan terakhir.", {""}),
    ("Fakta pun mengungkapkan bahwa air mendominasi tubuh manusia sebanyak 65 persen.", {""}),
    # a religious order's letters after a priest's name are no speaker, as a degree is not
    ("Uskup Keuskupan Palangka Raya, Mgr Aloysius M Sutrisnaatmaka, MSF, menekankan bahwa organisasi harus berjiwa "
     "Indonesia.", {"Aloysius M Sutrisnaatmaka"}),
])
def test_glued_verbs_documents_and_orders_after_a_name_are_no_speakers_name(text, speakers):
    assert set(quotes(_plain([text]))["speaker"]) == speakers


def test_every_article_has_a_dominant_frame_row_and_none_where_it_has_no_frame_word():
    from helpers.framing import dominant_frames, frame_scores

    c = _plain(["Pasukan menyerang kota dan perang meluas.", "Cuaca cerah di taman kota hari ini."])
    dom = dominant_frames(frame_scores(c))
    assert len(dom) == 2  # the article without a frame word is not dropped
    assert dom["generic"].tolist() == ["conflict", "none"]


def test_find_actors_leaves_out_sums_and_an_opening_verb():
    from helpers.attribution import find_actors

    c = _plain(["BSU Rp600.000 cair pekan ini. Pekerja menerima Rp600.000 sekaligus. Rp600.000 dibayar sekali.",
                "Melansir Reuters, harga minyak naik. Seperti melansir Reuters kemarin, pasar tenang. Mereka melansir "
                "berita itu. Media lain melansir data yang sama. Reuters menulis laporan panjang.",
                "BSU diberikan kepada pekerja. Program BSU berjalan."])
    actors = set(find_actors(c)["actor"])
    assert not any("Rp" in a for a in actors)  # a sum is no name ("BSU Rp600.000" -> BSU)
    assert "BSU" in actors
    assert "Melansir Reuters" not in actors and "Reuters" in actors  # a verb opening its sentence, not a name's word


def test_a_role_word_that_opens_a_places_name_is_no_title():
    from helpers.attribution import find_actors

    c = _plain(["Tambang nikel di Raja Ampat disorot. Wisatawan datang ke Raja Ampat setiap tahun.",
                "Keindahan Raja Ampat dikenal dunia. Geopark Raja Ampat dijaga. Bupati Raja Ampat Orideko Burdam "
                "meninjau lokasi.", "Orideko Burdam menolak tambang. Alam Raja Ampat rusak. Laut Raja Ampat jernih.",
                "Orideko Burdam berbicara. Gugusan Raja Ampat sepi."])
    actors = set(find_actors(c)["actor"])
    assert "Ampat" not in actors  # "Raja" is no king's title in "di Raja Ampat"
    assert "Orideko Burdam" in actors  # the person after the place's name is still found


def test_kata_opening_a_sentence_gives_the_claim_to_the_name_after_it():
    q = quotes(_plain(["Polisi menangkap SD di Buleleng. Kata AKP Edy, SD merupakan kurir narkoba. "
                       "Warga berkata, pasar ramai. Ia memilih kata Indah, lalu pergi jauh sekali."]))
    # "Kata" only opens a claim at the start of a sentence ("memilih kata Indah" is a word, not a statement)
    assert q[["speaker", "cue", "quote"]].values.tolist()[:1] == [["Edy", "kata", "SD merupakan kurir narkoba."]]
    assert "Indah" not in q["speaker"].tolist()


def test_a_name_before_a_comma_and_a_long_office_speaks_not_the_body_the_office_ends_with():
    q = quotes(_plain([
        "Kementerian Keuangan (Kemenkeu) membayar gaji. Deni Surjantoro, Kepala Biro Komunikasi dan Layanan Informasi "
        "(KLI) Kemenkeu, melaporkan perkembangan realisasi pembayaran gaji hari ini.",
        "Infinix merilis tablet. Sergio Ticoalu, Head of Marketing Infinix Indonesia dalam keterangannya menyatakan, "
        "tablet ini paling kencang.",
        # a dateline before the office is no person
        "JAKARTA, Kepala Badan Meteorologi Klimatologi dan Geofisika (BMKG) Jawa Barat mengatakan hujan turun lebat."]))
    assert q["speaker"].tolist()[:2] == ["Deni Surjantoro", "Sergio Ticoalu"]
    assert q["speaker"].tolist()[2] != "JAKARTA"


def test_an_opening_description_that_points_back_keeps_the_subject_for_a_later_pronoun():
    q = quotes(_plain(["Artis Ruben Onsu sedang berusaha untuk selalu taat beribadah. Mantan suami Sarwendah itu "
                       "diketahui menjadi mualaf sejak Mei. Ia mengatakan kini mulai mengubah pola kerja."]))
    assert q[["speaker", "cue"]].values.tolist() == [["Ruben Onsu", "mengatakan+subject"]]


def test_a_described_opening_after_a_connective_and_a_name_after_selaku_are_the_subject():
    # "Namun, <description>, <Name>, ..." opens with the person as "<description>, <Name>, ..." does
    q = quotes(_plain(["Narasi itu kembali ramai. Namun, pengamat kripto dan pasar finansial, Desmond Wira, secara tegas "
                       "menentang pandangan tersebut. Menurutnya, kripto bukan aset pelindung nilai di masa konflik."]))
    assert q[["speaker", "cue"]].values.tolist() == [["Desmond Wira", "menurutnya+subject"]]
    # "selaku" opens the description of a person introduced after a comma (speech_cues.csv introducer)
    q = quotes(_plain(["Warga kampung itu mengolah limbah. Salah satu warga adalah Bu Rini, selaku pengurus komunitas. "
                       "Ia bercerita tentang usahanya. \"Dulu kami ternak dulu, baru produksi tempe,\" ujarnya."]))
    assert q["speaker"].tolist() == ["Rini"]


def test_a_role_alone_is_no_one_where_the_article_names_two_people_with_it():
    # "Ketua Majelis Hakim Rosihan ..." and "hakim anggota Purwanto S Abdullah": two judges, so "Hakim mengatakan"
    # is no one person's (it had gone to the one written right after "Hakim")
    other = "Perkara lain dipimpin Rosihan Juhriah Rangkuti pekan lalu."  # the corpus names him twice: a person
    q = quotes(_plain([other, "Sidang dipimpin Ketua Majelis Hakim Rosihan Juhriah Rangkuti. Putusan dibacakan hakim "
                       "anggota Purwanto S Abdullah di ruang sidang. Hakim mengatakan bahwa aset terdakwa tidak wajar."]))
    assert q["speaker"].tolist() == ["Hakim"]
    q = quotes(_plain([other, "Sidang dipimpin Ketua Majelis Hakim Rosihan Juhriah Rangkuti di ruang sidang. "
                       "Hakim mengatakan bahwa aset terdakwa tidak wajar sama sekali."]))
    assert q["speaker"].tolist() == ["Rosihan Juhriah Rangkuti"]
    q = quotes(_plain([other, "Putusan dibacakan hakim anggota Purwanto S Abdullah di ruang sidang. Hakim mengatakan "
                       "bahwa aset terdakwa tidak wajar sama sekali."]))
    assert q["speaker"].tolist() == ["Purwanto S Abdullah"]  # the one judge the article names


def test_a_role_alone_is_the_person_the_article_names_with_it_once():
    # "Presiden Joko Widodo" written once, "Menteri Pemuda dan Olahraga Imam Nahrawi" (role_forms.csv: Menpora): two name
    # words no other article names, none a common word, so the bare role's words are theirs
    q = quotes(_plain(["Presiden Joko Widodo menyampaikan komitmennya di Istana. Presiden pun bertekad menuntaskan kasus "
                       "itu. \"Ini juga memerlukan tindakan tegas,\" kata Presiden.",
                       "Menteri Pemuda dan Olahraga Imam Nahrawi mengapresiasi acara itu. \"Kegiatan ini menambah "
                       "keyakinan kami,\" kata Menpora selepas acara."]))
    assert q[["speaker", "cue"]].values.tolist()[-2:] == [["Joko Widodo", "kata+holder"], ["Imam Nahrawi", "kata+holder"]]
    # a name after "Staf Khusus Presiden" or "Wakil Bupati" holds another office; a place after the role holds none
    q = quotes(_plain(["Presiden Joko Widodo hadir di Istana bersama Staf Khusus Presiden Johan Budi. \"Ini perlu "
                       "tindakan tegas,\" kata Presiden.",
                       "Bupati Biak Numfor, Markus Mansnembra, hadir bersama Wakil Bupati Jimmy Kapisa. \"Kami "
                       "siap membantu,\" kata Bupati.",
                       "Kapolsek Liang Anggang, Kompol Imam Suryana, menjelaskan kejadian itu. \"Korban masih "
                       "berenang,\" kata Kapolsek."]))
    assert q.loc[q["cue"].str.startswith("kata"), "speaker"].tolist() == ["Joko Widodo", "Markus Mansnembra", "Imam Suryana"]


def test_a_role_written_after_a_name_does_not_make_it_another_name():
    # "Prabowo Presiden" (a chant) is Prabowo and a role, not another name holding "Prabowo": the office written
    # apart ("Gerindra") is still cut from "Ketua Umum Gerindra Prabowo Subianto"
    q = quotes(_plain(["Pendukung meneriakkan 'Prabowo Presiden' berkali-kali. Ketua Umum Gerindra Prabowo Subianto memberikan pidato. "
                       "Gerindra bersama Golkar mendukung Edy. \"Gampang itu,\" kata Prabowo di hadapan pendukung. "
                       "Prabowo mengatakan Edy layak didukung."]))
    assert set(q["speaker"]) == {"Prabowo Subianto"}


def test_a_two_word_speaker_is_the_article_s_name_with_one_more_word():
    # "Dwi Januanto" and "Dwi Januanto Nugroho" in one article are one voice (not "Josua Pardede" and "Tbk Josua
    # Pardede": only one more word, at the end, is the same name)
    q = quotes(_plain(['Dirjen Penegakan Hukum Kehutanan, Dwi Januanto Nugroho, menegaskan bahwa izin dicabut. '
                       '"Kami pakai tiga instrumen hukum," jelas Dwi Januanto.']))
    assert set(q["speaker"]) == {"Dwi Januanto Nugroho"}


def test_a_description_opening_a_sentence_is_the_same_speaker_as_inside_one():
    q = quotes(_plain(['Militer Israel mengatakan serangan itu menyasar gudang senjata. "Target kami sah," kata militer '
                       'Israel dalam pernyataan.']))
    assert set(q["speaker"]) == {"militer Israel"}


def test_the_lead_body_title_says_how_many_articles_go_each_way():
    from helpers.report import lead_body_title

    per_article = pd.DataFrame({"a": [0.3, -0.2], "b": [0.1, -0.4], "c": [-0.2, None], "d": [0.0, 0.1]},
                               index=["conflict", "economic"])
    t = lead_body_title(per_article.mean(axis=1), n_leads=8, differing=per_article, min_base=2)
    # counted by hand: conflict +0.3, +0.1 against -0.2; economic -0.2, -0.4 against +0.1 (c has no body)
    assert "of the articles whose lead and body differ in it, 2 go this way and 1 the other" in t
    assert t.count("2 go this way and 1 the other") == 2
    one = pd.DataFrame({"a": [0.3], "b": [0.0]}, index=["conflict"])
    assert "1 goes this way and 0 the other" in lead_body_title(one.mean(axis=1), n_leads=8, differing=one, min_base=1)
    # with the default minimum of 5 one article is too few to name the frame
    assert lead_body_title(one.mean(axis=1), n_leads=8, differing=one).startswith(
        "Leads and bodies differ in too few articles to compare: the largest mean difference (conflict +0.15) rests on "
        "1 of 8 articles")


def test_an_office_after_the_verb_that_points_back_is_the_last_speaker():
    q = quotes(_plain(['Prabowo Subianto meluncurkan Danantara. "Ini milik rakyat," kata Prabowo Subianto. '
                       '"Mungkin ada yang ragu-ragu," ungkap Ketua Umum Gerindra tersebut.']))
    assert q[["speaker", "cue"]].values.tolist()[1] == ["Prabowo Subianto", "ungkap+carried"]
    # not a clause about the office ("yang"), nor where no one has spoken
    q = quotes(_plain(['"Mungkin ada yang ragu-ragu," ungkap Ketua Umum Gerindra tersebut.']))
    assert q["cue"].tolist() == ["ungkap"]


def test_an_office_list_that_runs_into_its_holders_name_gives_the_name():
    q = quotes(_plain(['"Presiden akan hadir pukul 10.00," ujar Deputi Bidang Protokol, Pers, dan Media Sekretariat '
                       'Presiden Yusuf Permana.']))
    assert q["speaker"].tolist() == ["Yusuf Permana"]
    # not where the office goes on after the list: "(KE PPDP) OJK, Ogi ..." is another construction
    q = quotes(_plain(['"Premi naik," kata Kepala Eksekutif Pengawas Perasuransian, Penjaminan, dan Dana Pensiun '
                       '(KE PPDP) OJK, Ogi Prastomiyono.']))
    assert q["speaker"].tolist() != ["Dana Pensiun"]


def test_the_readme_says_what_two_elements_do_to_the_example_hand_coding():
    """The README's reason for keeping one word the default, computed: coverage and agreement on the example."""
    from helpers.framing import frame_coverage

    readme = _readme()
    c = load_corpus(CORPUS)
    hand = read_table(CORPUS / "hand_coding.csv")
    got = {}
    for mw in (1, 2):
        _, summary = frame_agreement(frame_scores(c, min_words=mw), hand)
        got[mw] = summary.set_index("frame").loc["all"]
    cov = frame_coverage(c, rules=(1, 2)).set_index("min_words")
    assert (f"two elements find a generic frame in {int(cov.loc[2, 'articles'])} of {len(c)} articles and agree with a "
            f"reader's hand coding of the articles in {got[2]['agreement']:.0%} of article-frame pairs (kappa "
            f"{got[2]['kappa']:.2f}) against {got[1]['agreement']:.0%} (kappa {got[1]['kappa']:.2f}) for one word") in readme


def test_the_readme_gives_samples_22_and_23_and_the_rereads_as_the_record_has_them():
    from scipy.stats import binomtest

    from helpers.framing import frame_coverage, frame_precision, frame_rereads

    readme = " ".join(_readme().split())
    p = frame_precision().set_index(["sample", "frame"])
    s22, s23 = p.loc[(22, "all")], p.loc[(23, "all")]
    ci = binomtest(int(s22["yes"]), int(s22["n"])).proportion_ci(method="wilson")
    assert (f"{s22['strict']:.0%} (95% interval {ci.low * 100:.0f}-{ci.high * 100:.0f}%) and {s23['strict']:.0%} clearly "
            "their frame") in readme
    r = frame_rereads().set_index(["reread", "sample"])
    assert (f"found {r.loc[('fuller instructions', 22), 'strict']:.0%} and {r.loc[('fuller instructions', 23), 'strict']:.0%};"
            f" and three new readers of sample 19 found {r.loc[('new readers', 19), 'strict']:.0%} where its readers had "
            f"found {r.loc[('new readers', 19), 'record_strict']:.0%}") in readme
    assert f"up to {r['difference'].abs().max() * 100:.0f} points apart" in readme
    econ = p.loc[(22, "economic")]
    assert f"{int(econ['n'])} were economic ({int(econ['yes'])} clearly)" in readme
    s24 = p.loc[24]
    assert (f"frames no reader had judged, {int(s24.loc['all', 'n'])}, with three new readers: {int(s24.loc['all', 'yes'])} "
            f"clearly their frame ({s24.loc['all', 'strict']:.0%}; " + ", ".join(
                f"{f.replace('_', ' ')} {int(s24.loc[f, 'yes'])} of {int(s24.loc[f, 'n'])}" for f in
                ("conflict", "human_interest", "morality", "responsibility"))) in readme
    four = [f for f in ("conflict", "human_interest", "morality", "responsibility")]
    y = int(sum(p.loc[(k, f), "yes"] for k in (22, 24) for f in four))
    n = int(sum(p.loc[(k, f), "n"] for k in (22, 24) for f in four))
    assert (f"those frames' clear evidence is {y} of {n} ({y / n:.0%}), the economic frame's {int(econ['yes'])} of "
            f"{int(econ['n'])} ({econ['yes'] / econ['n']:.0%})") in readme
    cov = frame_coverage(load_corpus(CORPUS)).set_index(["min_words", "min_per_article"]).loc[(2, 2)]
    assert f"{int(cov['sentences'])} sentences in {int(cov['articles'])} of the example's 5 articles" in readme


def test_screened_samples_are_kept_apart_from_the_lexicon_s_own():
    """Samples 20 and 21 measured a screen the kit did not adopt: by default no precision figure includes them."""
    from helpers.framing import _judgments, frame_precision, reader_agreement

    j = _judgments()
    screened = j[j["screen"] != ""]
    assert sorted(screened["sample"].unique()) == [20, 21]
    assert set(screened["screen"]) == {"0.75", "0.7"} and (j.loc[j["sample"] < 20, "screen"] == "").all()
    p = frame_precision()
    assert not p["sample"].isin([20, 21]).any() and p["sample"].max() == 24
    both = frame_precision(screened=True).set_index(["sample", "frame"])
    for s, n in ((20, 100), (21, 84)):
        rec = j[j["sample"] == s]["record"]
        assert both.loc[(s, "all"), "n"] == n == len(rec)
        assert both.loc[(s, "all"), "yes"] == (rec == "yes").sum()
    # what the revert says: 69% and 71% clearly their frame, 99% at least weakly
    assert both.loc[(20, "all"), ["strict", "lenient"]].tolist() == [0.69, 0.99]
    assert both.loc[(21, "all"), ["strict", "lenient"]].tolist() == [0.71, 0.99]
    assert frame_precision(by="word")["n"].sum() == frame_precision(by="word", samples=[*range(1, 20), 22, 23, 24])["n"].sum()
    a = reader_agreement()
    assert not a["sample"].isin([20, 21]).any()
    a = reader_agreement(screened=True).set_index(["sample", "pair"])
    for s, n in ((20, 100), (21, 84)):
        g = j[j["sample"] == s]
        assert a.loc[(s, "1-2"), "n"] == n
        assert a.loc[(s, "2-3"), "kappa"] == round(cohen_kappa_score(g["judgment_2"], g["judgment_3"]), 2)
    # notebook 03 names them after the lexicon's own figures, with their rules and counts
    from helpers.report import precision_finding

    alone = precision_finding(p, min_words=1)
    text = precision_finding(p, min_words=1, trial=frame_precision(screened=True))
    said = (" Samples 20 and 21 measured a screen the kit tried and did not adopt, and are left out above: clearly "
            "their frame in sample 20 (one word) 69% (99% at least weakly; 100 sentences) and sample 21 (two distinct "
            "elements) 71% (99% at least weakly; 84 sentences).")
    assert text == alone + said
    assert precision_finding(p, min_words=1, trial=p) == alone  # no sample outside the lexicon's own: nothing added


def test_the_readme_gives_samples_10_to_19_as_the_record_has_them():
    from helpers.framing import frame_precision, reader_agreement

    readme = " ".join(_readme().split())
    p = frame_precision().set_index(["sample", "frame"])
    one = [p.loc[(s, "all"), "strict"] for s in (10, 12, 14, 16)]
    two = [p.loc[(s, "all"), "strict"] for s in (11, 13, 15, 17)]
    yes2 = int(sum(p.loc[(s, "all"), "yes"] for s in (11, 13, 15, 17)))
    assert f"one word {one[0]:.0%}, {one[1]:.0%}, {one[2]:.0%} and {one[3]:.0%} clearly their frame" in readme
    assert (f"two elements {two[0]:.0%}, {two[1]:.0%}, {two[2]:.0%} and {two[3]:.0%} ({yes2} of 400, "
            f"{yes2 / 400:.0%})") in readme
    s18, s19 = p.loc[(18, "all")], p.loc[(19, "all")]
    assert f"one word {s18['strict']:.0%}, two elements {s19['strict']:.0%}" in readme
    assert f"{s19['lenient']:.0%} at least weakly" in readme
    a = reader_agreement()
    a = a[a["sample"].between(10, 19)]
    high = int((a["kappa"] >= 0.77).sum())
    assert f"kappa {a['kappa'].min():.2f}-{a['kappa'].max():.2f}, 0.77 or more in {high} of their {len(a)} pairs" in readme

