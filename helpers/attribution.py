"""Attribution: who is credited and who speaks - cited media and agencies, actors named, quotes and
reported speech with their speakers, and the sides those speakers stand for.
"""

from __future__ import annotations

import fnmatch
import re
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from .errors import check_option
from .resources import Resources, load_resources, read_table, resources_of
from .text import (NOT_COUNTED, abbreviation_definitions, actor_matcher, calendar, derived_root, dictionary_word,
                   drop_defined_abbreviations, normalize, self_name_spans, sentences, stopword_set, verb_prefixes,
                   web_endings, words)

__all__ = ["cited_sources", "actor_mentions", "actor_rates", "quotes", "speaker_basis", "voices_by_side", "side_table",
           "find_actors", "draft_actors", "match_statements", "credits_by_outlet", "side_shares", "voice_columns",
           "speakers_as_actors", "NOT_COUNTED"]


def _source_words(res: Resources) -> dict:
    t = res.table("citation_words.csv")
    by = {k: [w.strip() for w in t.loc[t["kind"].str.strip() == k, "word"]] for k in
          ("skip_before_name", "strip_from_name", "name_word")}
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=lambda s: (-len(s), s)))  # noqa: E731
    table = {}
    for spelling, source in zip(*(res.table("sources.csv")[c] for c in ("spelling", "source"))):
        table.setdefault(spelling.strip().lower(), source.strip())
    skip = r"(?:(?:" + alt(by["skip_before_name"]) + r")\s+)?" if by["skip_before_name"] else ""
    extra = r"|" + alt(by["name_word"]) if by["name_word"] else ""
    name_re = re.compile(r"\s*" + skip + r"((?:[A-Za-z][\w.&'-]*)(?:\s+(?:[A-Z][\w.&'-]*" + extra + r")){0,4})")
    strip_re = (re.compile(r"^(?:" + alt(w.lower() for w in by["strip_from_name"]) + r")\s+")
                if by["strip_from_name"] else None)
    return dict(table=table, name_re=name_re, strip_re=strip_re)


def _canonical_source(name: str, sw: dict) -> str:
    key = name.strip().lower()
    if sw["strip_re"] is not None:
        key = sw["strip_re"].sub("", key)
    if key in sw["table"]:
        return sw["table"][key]
    return " ".join(w if w.isupper() or "." in w else w[:1].upper() + w[1:] for w in name.split())


_PLATFORMS = {"embed_instagram": "Instagram", "embed_x": "X", "embed_facebook": "Facebook", "embed_tiktok": "TikTok",
              "embed_youtube": "YouTube"}


def cited_sources(corpus: pd.DataFrame, *, resources: Resources | None = None) -> pd.DataFrame:
    """Media and agencies an article credits: inline cues, source credits and photo credits.

    Inline cues come from ``helpers/data/citation_cues.csv`` ("Dilansir dari", "Diberitakan",
    "Dikutip ... dari laman", "Seperti dinukil", ...); the source is the run of words after the
    cue, or the cue pattern's own ``(?P<source>...)`` group ("KCNA ... melaporkan"); it must
    start with a capital letter or be a known spelling ("reuters"), and not with a stop word
    ("dilansir dari berbagai sumber" credits no one). Credit lines that cleaning set aside
    ("(trtworld.com)", "REUTERS") come from the corpus's ``credits`` column. Names are made
    canonical with ``sources.csv``; the words around names are in ``citation_words.csv``.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    resources : Resources, optional
        The corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, source, cue, kind, sentence`` (``kind``: ``citation`` for an inline
        credit, ``source_credit`` for a credit line, ``photo_credit`` for a photo's agency, which
        credits a picture, not what the article says, ``embedded_post`` for a social-media post
        embedded in the page, as platform and account ("Instagram @bgsadikin"), ``self_credit`` for an outlet crediting
        itself or a site of its name ("dikutip dari Kompas.com" in a Kompas.com article: its own earlier report, not
        another medium); ``sentence``: the sentence, or the credit line), sorted by doc_id, then order in the article.
        A medium the corpus writes several ways ("Mirror", "The Mirror") takes the form written most often.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "credits": [""],
    ...                   "text": ["Dilansir dari NYTimes, Putin tiba."]})
    >>> cited_sources(c)[["source", "cue"]].values.tolist()
    [['New York Times', 'dilansir']]
    """
    res = resources_of(corpus, resources)
    cues = res.table("citation_cues.csv")
    cue_rx = [(r.cue_id, re.compile(r"\b(?:" + r.pattern + r")", re.IGNORECASE)) for r in cues.itertuples(index=False)]
    sw = res.memo("source_words", _source_words)
    web_name = res.memo("web_name_re", _web_name_re)
    table = sw["table"]
    stop = stopword_set(res)
    calendar = res.memo("name_words", _name_words)["calendar"]  # days and months: a date, not a source
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        order = 0
        for s in sentences(r.text, resources=res):
            found = []
            for cue_id, rx in cue_rx:
                for m in rx.finditer(s):
                    if "source" in rx.groupindex:
                        found.append((m.start(), cue_id, m.group("source").strip()))
                        continue
                    nm = sw["name_re"].match(s, m.end())
                    if not nm or not nm.group(1):
                        continue
                    # "UEFA.Bagi ...": a sentence glued on after the name (not "U.Today")
                    # a number ends the name, not a digit inside a word ("Liputan6.com", "Trans7")
                    name = re.split(r"\s*(?:\(|,|(?<![A-Za-z0-9])\d)|(?<=\w{3})\.(?=[A-Z][a-z])", nm.group(1))[0].strip(" .")
                    name = _before_a_day(name, calendar, stop)  # "Antarapada Minggu" -> Antara
                    if web_name.fullmatch(name):  # "darikhaama.com": the cue's word glued to an address
                        name = re.sub(r"^(?:dari|laman|situs)(?=[a-z0-9])", "", name)
                    first = name.split()[0].lower() if name else ""
                    known = name.lower() in table or first in table
                    if name and name[0].isalpha() and (name[0].isupper() or known or web_name.fullmatch(name)) \
                            and (known or first not in stop) and first not in calendar:  # "dikutip pada Kamis"
                        found.append((m.start(), cue_id, name))
            for _, cue_id, name in sorted(found):
                rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, source=_canonical_source(name, sw),
                                 cue=cue_id, kind="citation", sentence=s, _o=order))
                order += 1
        for item in filter(None, (getattr(r, "credits", "") or "").split("; ")):
            kind, _, val = item.partition(":")
            if kind.startswith("embed_"):  # an embedded post: the platform and the account, not a medium
                platform = _PLATFORMS.get(kind, kind[6:].capitalize())
                account = "@" + val if re.fullmatch(r"[\w.]+", val) else val  # a handle, or a page's name
                rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, source=f"{platform} {account}",
                                 cue=kind, kind="embedded_post", sentence=val, _o=order))
                order += 1
                continue
            rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, source=_canonical_source(val, sw),
                             cue=kind, kind="photo_credit" if kind == "photo_credit" else "source_credit",
                             sentence=f"({val})" if kind == "source_credit" else val, _o=order))
            order += 1
    df = pd.DataFrame(rows, columns=["doc_id", "outlet", "source", "cue", "kind", "sentence", "_o"])
    own = df["kind"].isin(["citation", "source_credit"]) & pd.Series(
        [_own_outlet(a, b, res) for a, b in zip(df["source"], df["outlet"])], index=df.index, dtype=bool)
    df.loc[own, "kind"] = "self_credit"  # "dikutip dari Kompas.com" in a Kompas.com article: its own report
    # one medium written several ways in the corpus ("Mirror" and "The Mirror", "TheGuardian" and "The Guardian"): the
    # form written most often (ties: the one with more words, then alphabetical), a form the scraper glued ("TheGuardian")
    # only where no other is written
    key = df["source"].map(lambda v: re.sub(r"^the", "", re.sub(r"[^a-z0-9]", "", str(v).lower())))
    counts = df["source"].value_counts()
    best = {k: sorted(set(g), key=lambda v: (bool(re.search(r"[a-z][A-Z]", v)), -counts[v], -len(v.split()), v))[0]
            for k, g in df.groupby(key)["source"]}
    df["source"] = key.map(best).where(key != "", df["source"])
    return df.sort_values(["doc_id", "_o"], kind="stable").drop(columns="_o").reset_index(drop=True)


def _web_name_re(res: Resources) -> re.Pattern:
    """A source named by its bare web address, "logammulia.com" (link_glue.csv ``web_ending``)."""
    return re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:" + "|".join(web_endings(res)) + r")(?:\.[a-z]{2})?")


def _before_a_day(name: str, calendar: frozenset, stop: set | frozenset) -> str:
    """A credited name cut before a weekday, month or zone word the scraper left after it, and without the lower-case
    stop word glued to its last word there ("Antarapada Minggu" -> Antara, "Saudi Press Agencypada Sabtu" -> Saudi
    Press Agency; 5 credits of the development set)."""
    words = name.split()
    k = next((i for i, w in enumerate(words) if i and w.lower().strip(".,") in calendar), None)
    if k is None:
        return name
    words = words[:k]
    last = words[-1]
    for j in range(2, len(last) - 2):
        if last[j:] in stop and len(last) - j >= 3 and last[j:].islower() and last[j - 1].isalpha():
            words[-1] = last[:j]
            break
    return " ".join(words)


def _own_outlet(source: str, outlet: str, res: Resources) -> bool:
    """Is a credited source the article's own outlet, a channel of it or a brand of its network ("Tribunnews.com/Nurkhasanah",
    "TribunnewsBogor.com" in a Tribunnews article; "Kanal News Liputan6.com" in a Liputan6 article)? The forms are those :func:`helpers.terms.self_mentions` finds
    (``outlets.csv``)."""
    return bool(self_name_spans(str(source), outlet, resources=res))  # also a channel of it ("Hot Liputan6.com")


def actor_mentions(corpus: pd.DataFrame, actors: pd.DataFrame | None = None, *,
                   resources: Resources | None = None) -> pd.DataFrame:
    """How often each article names each actor, raw and per 1,000 words.

    Aliases come from an editable gazetteer (``helpers/data/actors.csv``: ``actor, type,
    aliases`` with aliases separated by "|"), matched case-sensitively as whole words, longest
    first and without overlap (so "Kim Jong Il" is not also "Kim"); a person's one-word alias that
    starts a longer name is not that person ("Kim" in "Ong Kim Swee" or "Kim Yo Jong"). An abbreviation
    defined in parentheses right after its long form ("Korea Utara (Korut)") counts once. A name right after a word
    that opens a competition's name (``roles.csv`` kind ``competition_word``: "Piala Eropa", "Olimpiade Paris") names
    the competition, not the actor.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    actors : pandas.DataFrame, optional
        A gazetteer with the same columns; the resources' ``actors.csv`` by default.
    resources : Resources, optional
        The corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, actor, type, mentions, per_1000_words`` for every article and actor
        (zeros included), sorted by doc_id then actor.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["Kim Jong Il dan Kim bertemu Putin."]})
    >>> g = pd.DataFrame({"actor": ["Kim Jong Un", "Kim Jong Il", "Vladimir Putin"], "type": ["person"] * 3,
    ...                   "aliases": ["Kim Jong Un|Kim", "Kim Jong Il", "Vladimir Putin|Putin"]})
    >>> m = actor_mentions(c, g)
    >>> m.set_index("actor").loc[["Kim Jong Il", "Kim Jong Un", "Vladimir Putin"], "mentions"].tolist()
    [1, 1, 1]
    """
    res = resources_of(corpus, resources)
    rx, alias_to_actor, types = actor_matcher(res, actors)
    name_words, lower = res.memo("name_words", _name_words), _lower_words(corpus)
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        text = drop_defined_abbreviations(normalize(r.text), resources=res)
        counts: dict[str, int] = defaultdict(int)
        for m in (rx.finditer(text) if rx is not None else ()):
            actor = alias_to_actor[m.group(0)]
            before = text[max(0, m.start() - 20):m.start()].split()[-1:]
            if before and before[0] in name_words["competition_word"]:
                continue  # "Piala Eropa", "Olimpiade Paris": a competition's name, not Eropa or Paris as an actor
            if not _first_of_longer_name(text, m, types.get(actor, ""), name_words, lower):  # not "Kim" in "Ong Kim Swee"
                counts[actor] += 1
        nw = len(words(r.text))
        for actor in sorted(types):
            k = counts.get(actor, 0)
            rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, actor=actor, type=types[actor], mentions=k,
                             per_1000_words=round(1000 * k / nw, 2) if nw else 0.0))
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "actor", "type", "mentions", "per_1000_words"])


def draft_actors(found: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """The draft ``actors.csv`` a report writes: the actors :func:`find_actors` found, counted as the report counts them.

    :func:`find_actors` counts the runs of capitalised words it merged into each actor; the report's actor chart counts
    the matches of each actor's aliases in the text (:func:`actor_mentions`), which also finds a form inside a longer
    run. The draft carries the chart's counts, so that the two agree.

    Parameters
    ----------
    found : pandas.DataFrame
        From :func:`find_actors` (``actor, type, aliases, mentions, articles``).
    mentions : pandas.DataFrame
        From :func:`actor_mentions` with ``found`` as the gazetteer (``doc_id, actor, mentions``).

    Returns
    -------
    pandas.DataFrame
        ``actor, type, aliases, mentions, articles``; most mentioned first, ties by name.

    Examples
    --------
    >>> f = pd.DataFrame({"actor": ["Antam", "UBS"], "type": ["name", "organisation"], "aliases": ["Antam", "UBS"],
    ...                   "mentions": [58, 9], "articles": [10, 3]})
    >>> m = pd.DataFrame({"doc_id": ["a", "b", "a"], "actor": ["Antam", "Antam", "UBS"], "mentions": [50, 9, 11]})
    >>> draft_actors(f, m).values.tolist()
    [['Antam', 'name', 'Antam', 59, 2], ['UBS', 'organisation', 'UBS', 11, 1]]
    """
    hit = mentions[mentions["mentions"] > 0]
    total = hit.groupby("actor")["mentions"].sum()
    docs = hit.groupby("actor")["doc_id"].nunique()
    out = found[["actor", "type", "aliases"]].assign(
        mentions=found["actor"].map(total).fillna(0).astype(int), articles=found["actor"].map(docs).fillna(0).astype(int))
    return out.sort_values(["mentions", "actor"], ascending=[False, True], kind="stable").reset_index(drop=True)


def actor_rates(mentions: pd.DataFrame, corpus: pd.DataFrame, *, by: str = "doc_id", top: int = 12) -> pd.DataFrame:
    """Mentions per 1,000 words of the most-named actors, per article or pooled per outlet.

    Parameters
    ----------
    mentions : pandas.DataFrame
        From :func:`actor_mentions`.
    corpus : pandas.DataFrame
        Gives each article's length (``n_words``) for pooling.
    by : {"doc_id", "outlet"}, default "doc_id"
        Columns of the result.
    top : int, default 12
        Actors kept, most mentions first (ties alphabetical); actors never named are left out.

    Returns
    -------
    pandas.DataFrame
        Actors x articles (or outlets), rounded to 1 place.

    Examples
    --------
    >>> m = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"], "actor": ["P", "P"], "mentions": [1, 3]})
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [100, 300]})
    >>> actor_rates(m, c, by="outlet").loc["P", "X"]
    np.float64(10.0)
    """
    check_option("by", by, ("doc_id", "outlet"))
    totals = mentions.groupby("actor")["mentions"].sum()
    named = sorted((a for a in totals.index if totals[a] > 0), key=lambda a: (-totals[a], a))[:top]
    words_of = dict(zip(corpus["doc_id"], corpus["n_words"]))
    m = mentions[mentions["actor"].isin(named)].assign(words=lambda d: d["doc_id"].map(words_of))
    agg = m.groupby(["actor", by])[["mentions", "words"]].sum()
    rate = (1000 * agg["mentions"] / agg["words"]).round(1).unstack(fill_value=0.0)
    return rate.reindex(named)



def _speech_patterns(res: Resources) -> tuple:
    cues = res.table("speech_cues.csv")

    def words_of(position: str) -> list[str]:
        return sorted(cues.loc[cues["position"].str.strip() == position, "cue"].str.strip(), key=len, reverse=True)

    def alt(ws: list[str]) -> str:
        return "|".join(re.escape(w) for w in ws)

    def cap_alt(ws: list[str]) -> str:  # first letter either case ("Menurut", "menurut")
        return "|".join(f"[{w[0].upper()}{w[0].lower()}]" + re.escape(w[1:]) for w in ws)

    particles = words_of("name_particle")
    name = (r"(?:[A-Z][\w.'-]*)(?:\s+(?:[A-Z][\w.'-]*" + ("|(?:" + alt(particles) + r")\b" if particles else "")
            + r")){0,5}")  # a particle is a whole word ("Ivan de" is not in "Ivan dengan")
    _NAME = name
    according = words_of("according") or ["menurut"]
    # "Kata AKP Edy, SD merupakan kurir narkoba.": a speech verb that opens a sentence, capitalised, works like "menurut"
    opening = words_of("according_opening")
    that = r"(?:(?:" + alt(words_of("that")) + r")\s+)?" if words_of("that") else ""
    particle = r"(?:(?:" + alt(words_of("particle")) + r")\s+){0,2}" if words_of("particle") else ""
    a = "|".join(re.escape(c) for c in words_of("after"))
    b = "|".join(re.escape(c) for c in words_of("before"))
    pronouns = words_of("pronoun")
    plural = words_of("plural_pronoun")
    pro = "|".join(re.escape(p) for p in pronouns + plural)
    # a lower-case title before a name ("dr. Elyanawati"), from roles.csv; an account ("tulis @HerryRodin")
    roles = res.table("roles.csv")
    low = sorted(w for w in roles.loc[roles["kind"].str.strip() == "role", "word"].str.strip() if w[:1].islower())
    title = r"(?:(?:" + alt(low) + r")\.?\s+)?" if low else ""
    # the verb is not itself in quotation marks ('klik "Setuju" dan ..., lalu klik "lanjut"': a button, no speech)
    q_after = re.compile(r'"(?P<quote>[^"]{2,})"\s*,?\s*(?P<cue>(?:' + a + r'))(?P<nya>nya)?\b(?(nya)|(?!"))\s*(?P<speaker>@[\w.]+|'
                         + title + _NAME + r')?')
    joiners = alt(words_of("joint") or ["dan"])
    joint = _NAME + r'(?:\s*,\s*' + _NAME + r')*\s*,?\s+(?:' + joiners + r')\s+' + _NAME  # "Washington dan Seoul", "A, B, dan C"
    # "Putin, yang tiba Rabu pagi, mengatakan"; "Maimudin Tanjung, pegiat media sosial asal Aceh Singkil, mengingatkan"
    # (a description in lower case; not a title before a name: "Sekretaris Umum IGC, dr. Ray Wagiu Basrowi, menjelaskan")
    no_title = r"(?!(?:" + alt(low) + r")\.?\s)" if low else ""
    # "Aris, seorang pedagang buah di Desa Tugusumberjo, Kecamatan Peterongan mengaku": the description may end with
    # the places above the one it names, each opened by a place word, with or without a comma before the verb
    place_words = sorted(roles.loc[roles["kind"].str.strip() == "place_word", "word"].str.strip())
    higher = (r'(?:,\s*(?:' + alt(place_words) + r")\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})+,?") if place_words else "(?!)"
    appositive = (r'(?:\s*,\s*(?:yang\s+[^,"]{3,120}|' + no_title + r'[a-z][^,"]{2,120})(?:,|' + higher + r'))?')
    # "Tasrul Tanar dalam catatannya menyebutkan ...": the channel of a statement between its speaker and the verb, opened
    # by a word in lower case (not "Kemlu RI melalui Direktorat Pelindungan WNI", a unit speaking for its body)
    channel = (r"(?:\s*,?\s+(?:" + alt(words_of("channel")) + r")\s+[a-z][^\s,.\"]*(?:\s+[^\s,.\"]+){0,6}?\s*,?)?"
               if words_of("channel") else "")
    # "Bustang di Palu, Selasa, mengatakan ...", "Oding Turiat, Senin (5/3), mengatakan ...": the wire's place and day
    # between the speaker and the verb (weekdays of calendar.csv)
    days = sorted({w[:1].upper() + w[1:] for w in calendar(res).weekday_num}, key=len, reverse=True)
    place = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"  # "di Serang, Banten, Senin": the place and those above it
    preps = alt(sorted(roles.loc[roles["kind"].str.strip() == "place_preposition", "word"].str.strip())) or "(?!)"
    dateline = (r"(?P<dl>(?:\s+(?:" + preps + r")\s+" + place + r"(?:\s*,\s*" + place + r"){0,2})?\s*,\s*(?:"
                + alt(days) + r")(?:\s*\([^()\"]{1,16}\))?(?=\s*,?\s+[a-z]))?") if days else ""
    # "di Stadion Atang Sutresna, " before "Cijantung, Kamis": one word after a place and a comma is the next place of a
    # list, no speaker (not "di Jalan Cihapit, Kota Bandung, Oding Turiat, Senin, mengatakan")
    in_place_list = re.compile(r"(?<![\w-])(?:" + preps + r")\s+(?:[a-z]+\s+)?" + place + r"(?:\s*,\s*" + place
                               + r")*\s*,\s*$")
    who = (r'(?<![\w-])(?P<speaker>' + joint + r'|' + _NAME + r'|(?i:' + pro + r'))(?:\s*\([A-Z]{2,8}\))?'
           + appositive + dateline + channel + r'\s*,?\s+' + particle)
    q_before = re.compile(who + r'(?P<cue>(?:' + b + r'))\b\s*,?\s*' + that + r'(?P<quote>".+)')
    reported = re.compile(who + r'(?P<cue>(?:' + b + r'))\b\s*,?\s*' + that + r'(?P<quote>[^"].{10,})')
    menurut = re.compile(r'\b(?P<acc>' + cap_alt(according) + ("|" + "|".join(re.escape(w[:1].upper() + w[1:]) for w in opening)
                                                               if opening else "") + r')(?:\s+(?P<speaker>' + title + _NAME + r')|(?P<nya>nya)|\s+(?P<pro>'
                         + pro + r'))\s*,\s*(?P<quote>.{10,})')  # "Menurut Kremlin, ...", "Menurutnya, ...", "Menurut dia, ..."
    menurut_end = re.compile(r',\s*(?P<acc>' + alt(according) + r')\s+(?P<desc>[^,.]{2,80}?)(?:,\s*(?P<speaker>' + _NAME + r'))?\s*\.?$')
    banner = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words_of("banner")) + r")\b[^\"]*$", re.IGNORECASE)
    # "..., katanya." and "..., katanya bulan ini." (a few lower-case words of time after it)
    final = re.compile(r'^(?P<quote>[^"]{15,}?)\s*,\s*(?P<cue>(?:' + a + r'))(?P<nya>nya)(?:\s+[a-z]+){0,3}\s*\.?$')
    # "Aspek keselamatan kerja, kata Arifin, juga tetap menjadi prioritas.", "..., kata Sekretaris ..., Alexander
    # Thielitz.": a sentence with no quotation marks and a speech verb after a comma, a name or a pronoun after it
    inserted = re.compile(r'^(?P<head>[^"]{12,}?)\s*,\s*(?P<cue>(?:' + a + r'))(?P<nya>nya)?\s+(?=[A-Z]|(?:' + pro
                          + r')\b)(?P<rest>[^"]+)$')
    joint_split = re.compile(r"\s*,?\s+(?:" + joiners + r")\s+|\s*,\s*")
    joint_prefix = re.compile(r"^(?:" + cap_alt(words_of("joint_prefix")) + r")\s+") if words_of("joint_prefix") else None
    # "X mengaku ... dan menyatakan ...": a second speech verb joined to the first, same speaker
    also = re.compile(r"\s*,?\s+(?:" + joiners + r")\s+" + particle + r"(?P<cue>(?:" + b + r"))\b\s*,?\s*" + that
                      + r'(?P<quote>[^"].{10,})')
    # '"...," ujar jaksa': a noun after the verb describes who speaks (:func:`_described`), unless a word in its
    # clause points back ("kata pria itu")
    desc_words = words_of("descriptor") + words_of("relation")
    descriptor = re.compile(r"\s*(?:" + alt(desc_words) + r")\b") if desc_words else re.compile(r"(?!)")
    # "kakak Alyssa Daguise": a relation to the person named after it, who is not the one speaking
    relation = re.compile(r"\s*(?:" + alt(words_of("relation")) + r")\b") if words_of("relation") else re.compile(r"(?!)")
    # '"...," ujar jemaah asal Makassar, Suwardi, di ...': a description in lower case, then the name after a comma
    described_name = re.compile(r'\s*(?P<desc>[a-z][^,."]{1,60}?),\s*(?P<name>' + _NAME + r')(?=\s*[,.;]|\s*$|\s+[a-z(])')
    # '"...," ujar koordinator program Viktoria Svitlova': a role in lower case, then the person's name
    low_roles = sorted({w.lower() for w in roles.loc[roles["kind"].str.strip() == "role", "word"].str.strip()}, key=len,
                       reverse=True)
    role_head = re.compile(r"\s*(?:" + alt(low_roles) + r")\b") if low_roles else re.compile(r"(?!)")
    back = alt(words_of("points_back")) or "(?!)"
    points_back = re.compile(r"\b(?:" + back + r")\b")
    # a sentence that opens with a name and goes on with a lower-case word is about that name; not an office
    # ("Kapolsek Diwek, AKP ..."; "Mantan Wali Kota Jakarta Timur itu ..."; "Dinas X dan Y ...")
    joiners_in = alt(words_of("office_joiner"))
    # (an office may run on past six words, through joining words and a bracketed acronym: "Kabid Humas Polda Metro Jaya
    # Kombes Pol Ade Ary Syam Indradi membenarkan ...", "Kepala Badan ... (BPPSDMP) Kementan Idha Widi Arsanti ...")
    office_word = r"(?:[A-Z][\w.'-]*|\([A-Z][\w.'&-]*\)" + (r"|(?:" + joiners_in + r")(?=\s+[A-Z])" if joiners_in else "") + ")"
    subject = re.compile(r"^\s*([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,5}(?:(?:\s+" + office_word + r"){0,10}\s+[A-Z][\w.'-]*)?)"
                         r"(?=\s+(?!(?:" + back + "|" + joiners + ("|" + alt(words_of("alias")) if words_of("alias") else "")
                         + r")\b)[a-z])")
    # an office and its holder's name ending a sentence, through brackets and joining words ("Ketua Panitia Khusus (Pansus)
    # Tata Niaga Singkong DPRD Lampung Mikdar Ilyas.")
    final_office = re.compile(r"(?<![\w-])([A-Z][\w.'-]*(?:\s+" + office_word + r"){2,16})\s*\.?\s*$")
    # ", Achsanul Qosasi" after an office; not an item of a list ("Pendidikan Tinggi, Sains, dan Teknologi")
    appositive_name = re.compile(r"\s*,\s*(?P<name>" + _NAME + r")(?!\s*,?\s*(?:" + joiners + r")\b)"
                                 r"(?=\s*[,.;:]|\s*$|\s+[a-z(])")
    # an office's name that goes on as a list or down places before the holder's name: ", Sains, dan Teknologi" in "Menteri
    # Pendidikan Tinggi, Sains, dan Teknologi, Brian Yuliarto"; ", Kepulauan Riau" in "... KKP Batam, Kepulauan Riau, Semuel"
    office_list = re.compile(r"(?:\s*,\s*" + _NAME + r")*\s*,?\s+(?:" + joiners + r")\s+" + _NAME
                             + r"(?:\s*\([A-Z][\w.'&-]*\))?(?:\s+" + _NAME + r")?"
                             + (r"|(?:\s*,\s*(?:" + alt(place_words) + r")\s+" + _NAME + r")+" if place_words else ""))
    # "Agus Adibil Muhtar yang merupakan Kepala Sekolah ... mengatakan": the name holds the office that speaks
    links = words_of("office_link")
    office_link = (re.compile(r"(?P<name>" + _NAME + r")\s*,?\s+(?:" + alt(links) + r")\s+[^,.;:\"]*$") if links
                   else re.compile(r"(?!)"))
    # "Hal itu disampaikan Kepala Dinas X, Budi": a passive speech verb and who spoke
    passive = (re.compile(r"\b(?:" + alt(words_of("passive")) + r")\s+(?:oleh\s+)?(?P<speaker>" + _NAME + r")")
               if words_of("passive") else re.compile(r"(?!)"))
    # an office's name going on past a speaker's six capitalised words, through a joining word ("Center of
    # Economic and Law Studies (Celios) Nailul Huda"; office_joiner rows) or through the number of a unit or region
    # ("Manajer Humas Daop 2 KAI, Joni Martinus")
    goes_on = re.compile(r"(?:\s+(?:[A-Z][\w.'&-]*" + (r"|(?:" + joiners_in + r")(?=\s)" if joiners_in else "")
                         + r"|\([A-Z][\w.'&-]*\)|\d{1,4}(?=\s+[A-Z])))*\s+[A-Z][\w.'-]*(?=\s*[,.;]|\s*$|\s+[a-z])")
    # "Inilah yang dialami Ratna, pemilik Baker's Gram, ...", "Kapten Rudi Van Pangemanan, seorang pilot, ...": a
    # name introduced by a description after a comma (a lower-case word that is no stop word, or an introducer row)
    intro_words = words_of("introducer")
    introduced = re.compile(r"(?<![\w-])(?P<name>" + _NAME + r")\s*,\s+(?P<word>[a-z][\w-]*)")
    # "Mantan Wali Kota Blitar itu mengatakan, ...": a description closed by a demonstrative opens the sentence and
    # speaks; it points back to someone the article named (:func:`_person_head` says whether it describes a person)
    demo = alt(words_of("demonstrative")) or "(?!)"
    described_back = re.compile(r"^\s*(?P<desc>[A-Z][\w.'-]*(?:\s+[^\s,\"]+){0,7}?)\s+(?:" + demo + r")\s+" + particle
                                + r"(?P<cue>(?:" + b + r"))\b\s*,?\s*" + that + r"(?P<quote>.{10,})")
    # "Seorang saksi mata menuturkan, ...", "Para peneliti mengatakan ...", "Pihak kepolisian mengatakan ...": a description
    # of someone unnamed opens the sentence and speaks (a quantifier, or a descriptor or source word, then up to four
    # lower-case words); :func:`_person_head` checks the noun
    quants = words_of("unnamed") + words_of("quantifier")
    heads = words_of("descriptor") + words_of("anonymous")
    described_subject = re.compile(
        r"^\s*(?P<desc>(?:(?P<qnt>" + cap_alt(sorted(quants, key=len, reverse=True) or ["(?!)"]) + r")\s+(?P<head>[a-z][\w-]*)|(?P<head2>"
        + cap_alt(sorted(heads, key=len, reverse=True) or ["(?!)"]) + r"))(?:\s+[a-z][\w-]*){0,4}?)\s+" + particle
        + r"(?P<cue>(?:" + b + r"))\b\s*,?\s*" + that + r"(?P<quote>.{10,})")
    return (q_after, q_before, reported, menurut, menurut_end, banner, {p.lower() for p in pronouns}, final, inserted,
            joint_split, joint_prefix, {p.lower() for p in plural}, also, descriptor, appositive_name, points_back,
            subject, office_link, passive, goes_on, role_head, introduced, frozenset(intro_words), relation, described_name,
            office_list, final_office, frozenset(w.lower() for w in opening), in_place_list, described_back,
            described_subject)


_ANY_NOUN = re.compile(r"\s*(?=[a-z])")  # a lower-case word after a speech verb, whatever it is (:func:`_described`)
_CAP_RUN = re.compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,5}")


def _person_before(prefix: str, resolve) -> tuple[str, str]:
    """The last person named in the part of a sentence before a cue: (actor, side), or ("", "other")."""
    for m in reversed(list(_CAP_RUN.finditer(prefix))):
        actor, side, kind = resolve(m.group(0))
        if actor and kind == "person":
            return actor, side
    return "", "other"


def _name_words(res: Resources) -> dict:
    t = res.table("roles.csv")
    by = {k: frozenset(t.loc[t["kind"].str.strip() == k, "word"].str.strip()) for k in
          ("role", "organisation", "document", "not_name", "place_marker", "place_word", "degree",
           "event_word", "place_preposition", "competition_word", "addressee_marker",
           "addressee_lead", "legal_form", "connective", "organisation_end", "title_marker")}
    # "Kemendagri", "Kemendikbud": a word opening so is a body's short name
    by["organisation_prefix"] = tuple(sorted(t.loc[t["kind"].str.strip() == "organisation_prefix", "word"].str.strip()))
    # "McGregor", "DiCaprio": a surname's prefix glued to a capital, no brand
    by["surname_prefix"] = tuple(sorted(w + c for w in t.loc[t["kind"].str.strip() == "surname_prefix", "word"].str.strip()
                                        for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    by["verb_prefix"] = res.memo("verb_prefixes", verb_prefixes)
    by["office_modifier"] = frozenset(t.loc[t["kind"].str.strip() == "office_modifier", "word"].str.strip().str.lower())
    by["role"] |= {w.upper() for w in by["role"] if len(w) > 2}  # "IPDA Wilco" as "Ipda Wilco"
    by["agent_prefix"] = tuple(sorted(t.loc[t["kind"].str.strip() == "agent_prefix", "word"].str.strip().str.lower(),
                                      key=len, reverse=True))
    by["portfolio_affix"] = tuple(tuple(a.lower().split("-", 1)) for a in
                                  sorted(t.loc[t["kind"].str.strip() == "portfolio_affix", "word"].str.strip()) if "-" in a)
    cues = res.table("speech_cues.csv")
    by["particles"] = frozenset(cues.loc[cues["position"].str.strip() == "name_particle", "cue"].str.strip())
    by["joint"] = frozenset(cues.loc[cues["position"].str.strip() == "joint", "cue"].str.strip())  # dan, serta, maupun
    by["exchange"] = frozenset(cues.loc[cues["position"].str.strip() == "exchange", "cue"].str.strip().str.lower())
    by["unnamed"] = tuple(sorted(cues.loc[cues["position"].str.strip() == "unnamed", "cue"].str.strip().str.lower()))
    by["anonymous"] = frozenset(cues.loc[cues["position"].str.strip() == "anonymous", "cue"].str.strip().str.lower())
    # an unnamed source's noun after a speech verb, with "seorang" or "salah satu" before it ("salah satu sumber")
    lead = "|".join(re.escape(w) for w in sorted(by["unnamed"], key=len, reverse=True))
    by["anonymous_head"] = re.compile(
        r"\s*((?:(?:" + lead + r")\s+)?(?:" + "|".join(map(re.escape, sorted(by["anonymous"]))) + r"))(?![\w-])"
        if lead else r"\s*((?:" + "|".join(map(re.escape, sorted(by["anonymous"]))) + r"))(?![\w-])",
        re.IGNORECASE) if by["anonymous"] else re.compile(r"(?!)")
    # nouns that describe a person ("politikus", "pria"): with the roles, descriptors and relations, the head of a
    # description that points back ("Politikus PDIP itu mengatakan")
    by["person_noun"] = frozenset(cues.loc[cues["position"].str.strip().isin(["person_noun", "descriptor", "relation",
                                                                                "anonymous"]), "cue"].str.strip().str.lower())
    demo = sorted(cues.loc[cues["position"].str.strip() == "demonstrative", "cue"].str.strip(), key=len, reverse=True)
    by["demonstrative"] = re.compile(r"\b(?:" + "|".join(map(re.escape, demo)) + r")\b") if demo else re.compile(r"(?!)")
    joiners = frozenset(cues.loc[cues["position"].str.strip() == "office_joiner", "cue"].str.strip())  # of, and, &
    by["joiners"] = joiners
    rel = "|".join(re.escape(w) for w in sorted(cues.loc[cues["position"].str.strip() == "relative", "cue"].str.strip()))
    # "Husein Murad yang hadir ... bagi warga": a name, then a clause about it that runs to the end (speech_cues relative)
    by["name_then_clause"] = re.compile(r"(?<![\w-])([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,5})\s+(?:" + rel
                                        + r")\s+[^,\"]*$") if rel else re.compile(r"(?!)")
    # the name a clause after "menurut" opens with: "Andi" in "Andi disebabkan ...", not "Times" in "Times of Israel" (a
    # name particle, joint or office joiner goes on with the name)
    goes_on = "|".join(re.escape(w) + (r"\b" if w[-1:].isalnum() else "")
                       for w in sorted(by["particles"] | by["joint"] | joiners))
    by["leading_name"] = re.compile(r"([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,5})(?=\s+" + (r"(?!(?:" + goes_on + r"))"
                                                                                          if goes_on else "") + r"[a-z])")
    # "Deni Surjantoro, Kepala Biro Komunikasi dan Layanan Informasi (KLI) " before the speaker "Kemenkeu": a name, a
    # comma and the office the speaker run ends (capitalised words, a bracketed acronym, a number, an office_joiner)
    join_alt = "|".join(re.escape(w) for w in sorted(joiners, key=len, reverse=True))
    by["name_then_office"] = re.compile(
        r"(?:^|(?<=[\s\"(]))(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s*,\s+(?P<office>(?:(?:[A-Z][\w.'&/-]*"
        r"|\([A-Z][\w.'&-]*\)|\d+" + ("|" + join_alt if join_alt else "") + r")\s+)+)$")
    cal = calendar(res)
    # weekdays, months and time-zone words ("10.20 WIB"): no one's name
    by["calendar"] = frozenset(w.lower() for w in list(cal.weekday_num) + list(cal.month_num)) | cal.zones
    by["weekday"] = frozenset(w.lower() for w in cal.weekday_num)  # "Juni" and "Juli" are also people's names
    # the stop words of the term statistics, less the words that open an organisation's name ("PT", "CV": dropped
    # as terms, still a name's first word here)
    by["stop"] = stopword_set(res) - {w.lower() for w in by["organisation"]}
    pl = res.table("places.csv")  # places never an actor alone ("Jakarta"); a corpus's row of kind "actor" keeps one
    by["gazetteer"] = frozenset(pl.loc[pl["kind"].fillna("").str.strip().str.lower() != "actor", "place"].str.strip())
    by["gazetteer_parts"] = frozenset(" ".join(ws[i:j]) for ws in (p.split() for p in by["gazetteer"])
                                      for i in range(len(ws)) for j in range(i + 2, len(ws) + 1))  # "Tenggara Timur"
    by["country"] = frozenset(res.table("countries.csv")["country"].str.strip())  # an actor alone; before a name, office
    by["place_or_country"] = by["gazetteer"] | by["country"]
    rel = cues.loc[cues["position"].str.strip() == "relation", "cue"].str.strip()
    by["relations"] = frozenset(rel[~rel.str.lower().isin(by["unnamed"])])  # "kuasa hukum", not "seorang"
    by["office_relations"] = frozenset(cues.loc[cues["position"].str.strip() == "office_relation", "cue"].str.strip())
    client = sorted(cues.loc[cues["position"].str.strip() == "client", "cue"].str.strip())
    by["client"] = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, client)) + r")", re.IGNORECASE) if client \
        else re.compile(r"(?!)")  # "kliennya"
    name = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    joiner = "|".join(re.escape(w) for w in sorted(joiners, key=len, reverse=True) if w.isalpha() and w.islower())
    joiner = joiner or "(?!)"
    # "Badan Meteorologi, Klimatologi, dan Geofisika": a body's name listing its portfolios (:func:`_close_listed_body`)
    by["listed_name"] = re.compile(r"(?<![\w-])(?P<head>" + name + r")(?P<items>(?:\s*,\s*" + name + r")+)\s*,?\s+"
                                   r"(?:" + joiner + r")\s+(?P<last>[A-Z][\w-]*)")
    # the capitalised words a sentence opens with, brackets and an office's joiner inside them ("Menteri Kelautan dan
    # Perikanan Susi Pudjiastuti", "Rumah Sakit Umum Daerah (RSUD) Abdoel Wahab Sjahranie"; :func:`_address_to_subject`)
    by["opening_run"] = re.compile(r"[A-Z][\w.'&-]*(?:\s+(?:\([A-Z][\w.'&-]*\)|(?:(?:" + join_alt
                                   + r")\s+)?[A-Z][\w.'&-]*))*") if join_alt else re.compile(r"[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*)*")
    return by


def _first_of_longer_name(text: str, m: re.Match, kind: str, nw: dict, lower: Counter | None) -> bool:
    """Is a one-word alias of a person the start of a longer name ("Kim" in "Ong Kim Swee", "Kim Yo Jong")?

    So when the next word is capitalised and is no role, weekday or month, acronym, stop word or word the
    corpus also writes in lower case ("Putin Senin", "Putin Tiba" in a title stay Putin's).
    """
    if kind != "person" or " " in m.group(0):
        return False
    nxt = re.match(r"\s+([A-Z][\w'-]*)", text[m.end():])
    if not nxt:
        return False
    w = nxt.group(1)
    return not (w.rstrip(".") in nw["role"] or w.lower() in nw["calendar"] or w.lower() in nw["stop"]
                or (len(w) > 1 and w.isupper()) or (lower is not None and lower[w.lower()] > 0))


_TOKEN = re.compile(r"[A-Z][\w'.&-]*[\w&]|[A-Z]")
_INITIAL = re.compile(r"[A-Z]\.(?:[A-Z]\.)*")


def _strip_roles(tokens: list[str], nw: dict, places: set | frozenset = frozenset()) -> list[str]:
    """Roles and titles before a name go ("Menteri ESDM Bahlil Lahadalia" -> Bahlil Lahadalia), but not a role word
    that opens a place's name (``places``, :func:`_place_pairs`: "Bupati Raja Ampat" -> Raja Ampat)."""
    t = list(tokens)
    stripped = False
    while t and tuple(t[:2]) not in places and (
            t[0].rstrip(".") in nw["role"] or (stripped and t[0].isupper() and len(t[0]) >= 2 and len(t) > 1)):
        t.pop(0)
        stripped = True
    return t


def _cap_ngrams(corpus: pd.DataFrame) -> Counter:
    """How often the corpus writes each pair and each triple of capitalised words in a row (tuples as keys)."""
    out: Counter = Counter()
    for t in corpus["text"]:
        for run in re.finditer(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)+", t):
            w = run.group(0).split()
            out.update(tuple(w[i:i + 2]) for i in range(len(w) - 1))
            out.update(tuple(w[i:i + 3]) for i in range(len(w) - 2))
    return out


def _place_pairs(corpus: pd.DataFrame, nw: dict, ngrams: Counter) -> set:
    """Pairs of capitalised words that open with a role word and name a place: written right after a place preposition
    of roles.csv ("di", "ke") at least twice and in at least a quarter of their uses ("di Raja Ampat": "Raja" is no
    king there; not "Presiden Prabowo", rarely after "ke")."""
    preps = sorted(nw["place_preposition"])
    if not preps:
        return set()
    at = Counter(m.groups() for t in corpus["text"] for m in re.finditer(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, preps)) + r")\s+([A-Z][\w'-]*) ([A-Z][\w'-]*)", t))
    return {p for p, k in at.items() if p[0].rstrip(".") in nw["role"] and k >= 2 and k * 4 >= ngrams[p]}


def _strip_offices(tokens: list[str], nw: dict, lower: Counter, inner: Counter | None = None,
                   ngrams: Counter | None = None) -> list[str]:
    """Words of an office before a name go while two name words remain: a role, an acronym, or a word the
    corpus also writes in lower case ("Pusat Kesehatan Haji Liliek Marhaendro" -> Liliek Marhaendro); the
    name follows the last acronym or place of the office ("Pelindungan WNI Kemlu RI Judha Nugraha" -> Judha
    Nugraha; "Partai Perindo Kota Bekasi Andrie Ariansyah" -> Andrie Ariansyah). Nothing is cut if what is
    left is only common words and acronyms, or if the cut falls between two common words: an organisation's
    name ("Biro Statistik Tenaga Kerja" is not "Tenaga Kerja", "Departemen Luar Negeri Filipina" is not "Negeri
    Filipina"). With ``inner`` (how often the corpus capitalises each word inside sentences) and ``ngrams``
    (:func:`_cap_ngrams`), the first of three words is a first name, not an office, if the corpus writes it in
    lower case less than a tenth as often as capitalised inside sentences and writes the other two twice or more,
    never without it ("Budi Gunadi Sadikin": "budi" 2 times in the development set, "Budi" 62 times, "Gunadi
    Sadikin" 5 times, always after "Budi"; not "Chelsea Marcus Bettinelli", written once)."""
    def office_word(w: str, j: int) -> bool:
        n = lower[w.lower()]
        if (j == 0 and len(tokens) == 3 and inner is not None and ngrams is not None and n > 0
                and _rare_in_lower(w, lower, inner)
                and not _acronym(w) and w not in nw["place_word"] and w not in nw["organisation"]
                and ngrams[tuple(tokens)] >= ngrams[tuple(tokens[1:])] >= 2):
            return False
        return _acronym(w) or n > 0 or _derived_word(w, nw["portfolio_affix"])

    t = list(tokens)
    roles_at = [j for j, w in enumerate(t[:-1]) if w.rstrip(".") in nw["role"]]
    if roles_at:  # "Cileungsi Kompol Edison", "Polres Jember AKP Bernadus ...": the name follows the last role
        t = t[roles_at[-1] + 1:]

    t = _after_office(t, nw, lower)
    kept = list(t)
    while len(t) > 2 and office_word(t[0], len(tokens) - len(t)):
        t.pop(0)
    inside = len(t) < len(kept) and lower[kept[len(kept) - len(t) - 1].lower()] > 0 and lower[t[0].lower()] > 0
    return t if _named(t, lower) and not inside else kept  # not in the middle of common words: "Luar | Negeri Filipina"


def _derived_word(w: str, affixes: tuple) -> bool:
    """A noun of a portfolio affix of roles.csv (ke-...-an, pe(r)-...-an) that PySastrawi reduces to another root of
    its dictionary ("Perindustrian" -> industri, "Kesehatan" -> sehat, "Kehumasan" -> humas): the portfolio of an
    office, not a personal name ("Kurniawan", "Permana" have no such affixes; "Fadillah", "Kusumo" are no such nouns)."""
    low = w.lower()
    return (w[:1].isupper() and low.isalpha() and len(low) >= 7
            and any(low.startswith(pre) and low.endswith(suf) for pre, suf in affixes) and derived_root(low) is not None)


def _acronym(w: str) -> bool:
    return w.isupper() and len(w) > 1


def _named(ws: list[str], lower: Counter) -> bool:
    """Is one of these words a name's: no acronym, not a word the corpus also writes in lower case?"""
    return any(not _acronym(w) and not lower[w.lower()] for w in ws)


def _after_office(t: list[str], nw: dict, lower: Counter) -> list[str]:
    """The name after the last acronym or place of an office, if two name words or more follow it with no
    acronym among them ("Pelindungan WNI Kemlu RI Judha Nugraha" -> Judha Nugraha; "Partai Perindo Kota
    Bekasi Andrie Ariansyah" -> Andrie Ariansyah); else the words as they are."""
    ends = [j for j in range(1, len(t) - 2) if _acronym(t[j]) or t[j - 1].lower() in nw["place_marker"]]
    if ends and _named(t[ends[-1] + 1:], lower) and not any(_acronym(w) for w in t[ends[-1] + 1:]):
        return t[ends[-1] + 1:]
    return t


def _drop_trailing(toks: list[str], nw: dict, days: bool = False) -> list[str]:
    """A name's words without the academic degrees after it ("Akmal SE MM" -> Akmal, "Nailufar MARS" -> Nailufar; roles.csv
    ``degree`` rows and dotted forms, "M.Si"), and with ``days`` the weekday a speech verb's date put there ("Imam
    Senin"); at least one word stays."""
    while len(toks) > 1 and (toks[-1] in nw["degree"] or _DEGREE_WORD.fullmatch(toks[-1])
                             or (days and toks[-1].lower() in nw["weekday"])):
        toks = toks[:-1]
    return toks


def _inner_caps(corpus: pd.DataFrame) -> Counter:
    """How often the corpus writes each capitalised word inside a sentence (after a lower-case word or a comma)."""
    return Counter(w for t in corpus["text"] for w in re.findall(r"(?<=[a-z,] )[A-Z][\w'-]+", t))


def _after_marker(corpus: pd.DataFrame, nw: dict) -> Counter:
    """How often the corpus writes each capitalised word after "di", "ke", "dari" ... (roles.csv place markers)."""
    return Counter(m.group(1) for t in corpus["text"] for m in re.finditer(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(nw["place_marker"]))) + r")\s+([A-Z][\w'-]+)", t))


def _corpus_places(corpus: pd.DataFrame, nw: dict, inner: Counter, loose: bool = False) -> set:
    """Words the corpus writes after "di", "ke", "dari" ... (roles.csv place markers) at least twice and for a quarter or
    more of their uses inside sentences ("Jakarta", "Senayan", "Jawa"; not "Suwardi"); with ``loose``, after a place
    preposition of roles.csv ("di", "ke") at least twice, however often otherwise ("Israel", "Jepang", also written as
    actors; not "Ahmad", "dari Ahmad")."""
    if loose:
        preps = sorted(nw["place_preposition"])
        if not preps:
            return set()
        at = Counter(m.group(1) for t in corpus["text"] for m in re.finditer(
            r"(?<![\w-])(?:" + "|".join(map(re.escape, preps)) + r")\s+([A-Z][\w'-]+)", t))
        return {w for w, k in at.items() if k >= 2}
    return {w for w, k in _after_marker(corpus, nw).items() if k >= 2 and k * 4 >= inner[w]}


def _lower_words(corpus: pd.DataFrame) -> Counter:
    return Counter(w for t in corpus["text"] for w in re.findall(r"(?<![\w-])[a-z][a-z-]+", t))


def _name_runs(sentence: str, nw: dict, join_bodies: bool = False) -> list[tuple[list[str], bool]]:
    """Runs of capitalised words in a sentence (names), each with whether a locative precedes it.

    With ``join_bodies``, "dan" (an office_joiner of ``speech_cues.csv``) goes on with a run that a body's or a role's
    word opens when a word of the language follows it, neither a body's word nor a role ("Kementerian Energi dan
    Sumber Daya Mineral", "Kepala Dinas Pendidikan dan Kebudayaan"; not "Gubernur Anies dan Sandiaga Uno", nor
    "Kementerian ESDM dan Kementerian LH"), while the run holds no name but a body's or a portfolio's words."""
    words = re.findall(r"\S+", sentence)
    runs, cur, start = [], [], 0
    for k, raw in enumerate(words + [""]):
        w = raw.strip("\"'(),.:;!?")
        tail_break = raw.endswith((",", ".", ":", ";", "!", "?", ")", '"')) if raw else True
        if tail_break and _INITIAL.fullmatch(raw) and k + 1 < len(words) and words[k + 1][:1].isupper():
            tail_break = False  # an initial inside a name: "Didik J. Rachbini"
        if raw.startswith("(") and cur:  # "Daya Anagata Nusantara (Danantara)": the bracket is another name
            runs.append((cur, False))
            cur = []
        is_name = bool(w) and bool(_TOKEN.fullmatch(w)) and w.lower() not in nw["calendar"]
        is_particle = bool(cur) and (w in nw["particles"] or (
            join_bodies and raw == w and w in nw["joiners"] and k + 1 < len(words)
            and (cur[0] in nw["organisation"] or cur[0].rstrip(".") in nw["role"])
            and all(_body_word(x, nw) for x in cur[1:])  # no one's name so far ("Gubernur Jambi Zumi Zola")
            and bool(_TOKEN.fullmatch(nxt := words[k + 1].strip("\"'(),.:;!?"))) and nxt == words[k + 1].rstrip(",.:;")
            and nxt not in nw["organisation"] and nxt.rstrip(".") not in nw["role"] and dictionary_word(nxt)
            and all(_body_word(x, nw) for x in _run_from(words, k + 1))))  # nor after it ("... Pariwisata Hariyanto")
        if is_name or is_particle:
            if not cur:
                start = k
            cur.append(w)
        if (not (is_name or is_particle)) or tail_break:
            if cur:
                while cur and cur[-1] in nw["particles"]:
                    cur.pop()
                if cur:
                    prev = words[start - 1].lower() if start > 0 else ""
                    if start == 0 and (cur[0] in nw["not_name"] or cur[0].lower() in nw["stop"]):
                        cur = cur[1:]  # a capitalised word that only starts the sentence
                    if cur:
                        runs.append((cur, prev in nw["place_marker"]))
            cur = []
    return runs


def _close_listed_body(sentence: str, nw: dict) -> str:
    """A sentence with the commas taken out of a body's name that lists its portfolios ("Badan Meteorologi,
    Klimatologi, dan Geofisika" -> "Badan Meteorologi Klimatologi dan Geofisika"): a body's word opens it, its other
    words are a body's or a portfolio's (:func:`_body_word`), and every word listed, the last after "dan" too, is a
    word of the dictionary, no acronym, opening no other body or office ("Kementerian Agama, Kementerian Kesehatan,
    dan ..." and "Polri, TNI, dan BIN" stay lists)."""
    def close(m: re.Match) -> str:
        head = m.group("head").split()
        items = [i.split() for i in re.split(r"\s*,\s*", m.group("items").strip(" ,")) if i]
        listed = [w for i in items for w in i] + [m.group("last")]
        if (head[0] not in nw["organisation"] or not all(_body_word(w, nw) for w in head[1:])
                or not all(dictionary_word(w) and not _acronym(w) for w in listed)  # not "Polri, TNI, dan BIN"
                or any(i[0] in nw["organisation"] or i[0].rstrip(".") in nw["role"]
                       for i in items + [[m.group("last")]])):
            return m.group(0)
        joined = m.group(0)[m.end("items") - m.start():m.start("last") - m.start()].replace(",", " ").split()
        return " ".join(head + [w for i in items for w in i] + joined + [m.group("last")])
    return nw["listed_name"].sub(close, sentence) if "," in sentence else sentence


def _body_word(w: str, nw: dict) -> bool:
    """A word of a body's or a portfolio's name, not of a person's: an organisation's or a role's word, an acronym, a
    word of the dictionary or a place of ``places.csv`` ("Kementerian", "Hukum", "HAM", "Sumber", "Jambi")."""
    return (w in nw["organisation"] or w.rstrip(".") in nw["role"] or _acronym(w) or dictionary_word(w)
            or w in nw["gazetteer"])


def _run_from(words: list[str], k: int) -> list[str]:
    """The capitalised words from ``words[k]`` to the end of their run (a lower-case word or a comma, full stop,
    bracket or quotation mark ends it)."""
    out = []
    for raw in words[k:]:
        w = raw.strip("\"'(),.:;!?")
        if not w or not _TOKEN.fullmatch(w) or raw.startswith("("):
            break
        out.append(w)
        if raw.endswith((",", ".", ":", ";", "!", "?", ")", '"')):
            break
    return out


def _place_spans(tokens: list[str], gazetteer: frozenset) -> list[tuple[int, int]]:
    """The (start, end) spans of ``tokens`` that are a place of ``places.csv`` ("Jawa Timur", "Jakarta Selatan"),
    every one, nested spans too ("Jakarta" inside "Jakarta Selatan")."""
    n = len(tokens)
    return [(a, e) for a in range(n) for e in range(a + 1, n + 1) if " ".join(tokens[a:e]) in gazetteer]


def _mask_titles(sentence: str, nw: dict) -> str:
    """A sentence with the title of a document it names in lower case ("Keputusan Menteri PKP Nomor/KPTS/M/2025 tentang
    Batasan Luas Lahan, Luas Lantai, dan Batasan Harga Jual Rumah dalam ..."): the capitalised words after a title
    marker of ``roles.csv`` ("tentang") that follows a document word of the sentence and its number name no actor.
    Elsewhere ("berita tentang Jokowi", "Kabar tentang Jokowi") they do."""
    if not nw["title_marker"] or not any(w.strip("(),.;:") in nw["document"] for w in sentence.split()):
        return sentence
    marker = "|".join(re.escape(w) for w in sorted(nw["title_marker"]))
    joint = "|".join(re.escape(w) for w in sorted(nw["joint"])) or "(?!)"
    out, last = [], 0
    for m in re.finditer(r"(?<![\w-])(?:" + marker + r")\s+((?:[A-Z][\w'/-]*,?\s*(?:(?:" + joint + r")\s+)?)+)", sentence):
        before = sentence[:m.start()].split()
        at = max((k for k, w in enumerate(before) if w.strip("(),.;:") in nw["document"]), default=None)
        if at is None or not any(ch.isdigit() for ch in " ".join(before[at:])):
            continue  # a document named before it with its number ("UU Nomor 7 Tahun 2017 tentang"; not "Kabar tentang")
        out.append(sentence[last:m.start(1)])
        out.append(m.group(1).lower())
        last = m.end(1)
    return "".join(out) + sentence[last:]


def _amount_rx(res: Resources) -> re.Pattern:
    """A sum written as one word, a currency of calendar.csv glued to its digits ("Rp600.000", "US$2,5"): no name."""
    return re.compile(r"(?:" + calendar(res).currency_alt + r")\d[\d.,]*")


def find_actors(corpus: pd.DataFrame, *, min_mentions: int = 2, abbreviations: bool = True,
                own_outlets: bool = False, resources: Resources | None = None) -> pd.DataFrame:
    """The people and organisations the articles name, found in the text (no gazetteer needed).

    Names are runs of capitalised words; roles and titles before them are stripped ("Menteri ESDM Bahlil
    Lahadalia" -> "Bahlil Lahadalia", ``roles.csv``); words that only start a sentence ("Menurutnya", "Pasalnya
    Jepang" -> Jepang: written in lower case, hardly ever capitalised inside a sentence, or a word of PySastrawi's
    dictionary found mostly opening sentences, "Akibatnya", :func:`helpers.text.dictionary_word`), stop words ("Anda"),
    academic degrees after a name ("Nailufar MARS" -> Nailufar), weekday, month and time-zone names ("WIB"),
    documents and identifiers ("Pasal 3", "Nomor": calendar.csv), sums glued to their currency ("BSU Rp600.000" -> BSU) and currencies written apart ("USD",
    "Galeri24 Rp" -> Galeri24), and places (a name mostly written after "di", "ke" or "dari", or opened by a place word
    of ``roles.csv``: "Kabupaten Bogor", "Gunung Merapi", and one word of such a name written alone, "Bogor"), as
    are names cut off right before their place ("Pemerintah Kabupaten (Pemkab) Garut" gives "Pemerintah
    Kabupaten"), the places of ``places.csv`` and two words or more of one ("Jakarta", "Jawa Barat", "Tenggara
    Timur"; not a body named after one, "Polda Riau"), an outlet of the corpus that only its own articles name
    ("Liputan6.com, Jakarta - ..."; see ``own_outlets``), and the names of events, competitions and holidays, which
    hold an event word of ``roles.csv`` ("Piala Dunia", "Hari Raya Idul Adha"; not a body named after one, "Komite Olimpiade Indonesia"). Variants are
    merged by their name words: a shorter form whose words are all in a longer one ("Bahlil", "Menteri Bahlil" ->
    "Bahlil Lahadalia"), unless the word belongs to several names or is an acronym ("KKP" stays itself, not "KKP
    Batam"), or the longer name's other words are all common words, written in lower case more often than capitalised
    inside a sentence ("Indonesia" is not "Asuransi Kredit Indonesia", "Casemiro" not "Gol Casemiro"); the name shown is
    the most frequent form of two or more words. A company's name without its legal form is the company's ("Gag
    Nikel" beside "PT Gag Nikel": ``roles.csv`` kind legal_form), not a person's name of two words. A word the corpus
    never writes inside a sentence counts as common when it is a word of the language (PySastrawi's dictionary:
    "Komentar Trump ..." opening a sentence); such names
    still count as homes, except that a last word held by only one name that is a person's, all of whose other words
    are names, goes to it ("Trump" beside "Donald Trump", "Komentar Trump" and "Penolakan Trump"). A short form with
    several homes goes to the one named in every article that writes it with any home, if that is half its articles or
    more and the name's other words are names, none a place's ("Bahlil" is "Bahlil Lahadalia" where the articles with
    "Anak Buah Bahlil" or "ESDM Bahlil" name him too; "Budi" beside "Budi Gunadi Sadikin" in one article and "Budi
    Karya" in another stays itself; :func:`_home_by_articles`). An acronym glued
    to the first name is cut off ("ASDonald Trump" -> Donald Trump, :func:`_unglue_opening`), and so are any words
    glued to a name the corpus also writes apart ("Amerika SerikatDonald Trump", :func:`_glued_to_known`). A place or
    an organisation the corpus names on its own is cut from before a person's name ("Polandia Artur Boruc" -> Artur
    Boruc, "Garuda Indonesia Dicky Irchamsyah" -> Dicky Irchamsyah; :func:`_office_before_person`). A body's name
    written with "dan" is one name ("Kementerian Kelautan dan Perikanan", "Menteri Energi dan Sumber Daya Mineral" ->
    Energi dan Sumber Daya Mineral; not "Perikanan" and "Sumber Daya Mineral" apart; :func:`_name_runs`), also where
    it lists its portfolios with commas ("Badan Meteorologi, Klimatologi, dan Geofisika", :func:`_close_listed_body`),
    and such
    a portfolio, or a body's word before its short form ("Kementerian ESDM"), is the body the articles name by it
    ("Kementerian Energi dan Sumber Daya Mineral", :func:`_portfolio_into_body`); one word in other capitals is a
    name found with it ("AMDAL", "Amdal"; not two single words, "Isa" and "ISA"). A rare
    spelling of a name found joins it: a third of its mentions or fewer, one word written otherwise ("Bahlil
    Ladahalia" -> Bahlil Lahadalia, "PT GAG Nikel" -> PT Gag Nikel; :func:`_spelling_variant`). With
    ``abbreviations``, a short form the articles define as a term in lower case or as a document ("izin usaha
    pertambangan (IUP)", "Surat Edaran (SE)"; a document word of ``roles.csv``) is a thing, not an actor, and is left
    out (:func:`_defined_as_thing`).

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    min_mentions : int, default 2
        Fewest mentions of a name (all its forms) to be listed.
    abbreviations : bool, default True
        Merge a short form with the name the articles define it as in brackets ("Komisi Pemberantasan Korupsi
        (KPK)": :func:`helpers.text.abbreviation_definitions`, Schwartz & Hearst 2003; :func:`_defined_as`); the
        name shown is the long one, or the short form where it is written more often and is no acronym in capitals
        ("Kejagung") or the long name was found in part only ("CES" for "Electronics Show"). Two capitals alone
        ("AS"), too short to be found as a name, are an actor's form only so ("Amerika Serikat (AS)").
    own_outlets : bool, default False
        Keep an outlet of the corpus that only its own articles name ("Liputan6.com, Jakarta - ...", "kepada
        Liputan6.com"): the reporter, not an actor of the story (left out by default; named by another outlet, it is
        one that outlet cites, and stays). The outlet's name matches with or without its web suffix (".com",
        ".co.id").
    resources : Resources, optional
        Role, organisation and document words (``roles.csv``); the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``actor, type`` ("person": two or more name words; "organisation"; "name": a single word,
        person, organisation or place), ``aliases`` (the forms found, "|"-joined,
        as ``actors.csv`` wants them), ``mentions, articles``; most mentioned first, ties by name.
        Write ``[["actor", "type", "aliases"]]`` as ``actors.csv`` to correct and bring back. ``attrs["left_out"]``
        lists the names written ``min_mentions`` times or more that were left out as a place of ``places.csv``, as
        the reporting outlet or as a term defined so (``name, mentions, reason``), so a reader sees them and can edit
        the table.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [
    ...     "Menteri ESDM Bahlil Lahadalia datang ke Jakarta. Bahlil lalu bicara.",
    ...     "Kata Menteri Bahlil, izin dicabut di Jakarta."]})
    >>> find_actors(c)[["actor", "aliases", "mentions"]].values.tolist()
    [['Bahlil Lahadalia', 'Bahlil Lahadalia|Bahlil', 3]]
    """
    res = resources_of(corpus, resources)
    nw = res.memo("name_words", _name_words)
    lower = _lower_words(corpus)
    inner, pairs, ngrams, mid = _inner_caps(corpus), _lower_before_names(corpus), _cap_ngrams(corpus), _mid_caps(corpus)
    keep, suffixes = res.memo("glue_words", _glue_words)
    cplaces = _corpus_places(corpus, nw, inner, loose=True)
    mentions: Counter = Counter()
    arts: dict[str, set] = defaultdict(set)
    tiny: Counter = Counter()  # two capitals alone ("AS"), too short to be a name unless defined
    tiny_arts: dict[str, set] = defaultdict(set)
    locative: Counter = Counter()
    kind_of: dict[str, str] = {}
    amount = res.memo("amount_rx", _amount_rx)
    money = frozenset(calendar(res).currencies)  # currency spellings of calendar.csv: no name
    ident = calendar(res).identifier_re  # "Nomor", "Pasal", "No.": a number's identifier, no name
    place_pairs = _place_pairs(corpus, nw, ngrams)
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        for sent in sentences(r.text, resources=res):
            masked = _mask_titles(_close_listed_body(normalize(sent), nw), nw)
            for toks, loc in _name_runs(masked, nw, join_bodies=True):
                if toks[0] in nw["document"] or ident.fullmatch(toks[0]):  # "Pasal 3"; "Nomor" of "Inpres Nomor 2"
                    continue
                # a sum ("BSU Rp600.000") or a currency written apart ("USD", "Galeri24 Rp 1.937.000") ends a name
                toks = toks[:next((k for k, t in enumerate(toks) if amount.fullmatch(t) or t in money), len(toks))]
                # a document with its number ends a name ("Uji Materiil Undang-Undang Nomor 27")
                toks = toks[:next((k for k, t in enumerate(toks[:-1]) if t in nw["document"]
                                   and ident.fullmatch(toks[k + 1])), len(toks))]
                if not toks:
                    continue
                toks = _unglue_name(toks, lower, mid, nw, keep, cplaces, suffixes)  # "Sarwendah Tanakhirnya" -> Sarwendah Tan
                toks = _unglue_opening(toks, mid, lower, nw, cplaces, keep)  # "ASDonald Trump" -> Donald Trump
                if not toks:
                    continue
                toks = _drop_opener(toks, nw, lower, inner, pairs, set())
                run = list(toks)
                if toks[0] not in nw["organisation"]:
                    toks = _strip_roles(toks, nw, place_pairs)
                    if tuple(toks[:2]) in place_pairs:  # "Raja Ampat": a place, not "Ampat" after the title "Raja";
                        toks = toks[2:]  # a name after it is a person's ("Bupati Raja Ampat Orideko Burdam")
                        if not toks:
                            continue
                    body = toks
                    toks = _strip_offices(toks, nw, lower, inner, ngrams)
                    if toks and toks[0] in nw["joiners"]:  # cut inside a body's name ("Kepala Dinas Pekerjaan Umum dan
                        toks = body  # Perumahan Rakyat Jambi"): the body is named
                    at = len(run) - len(toks)  # "Geopark Raja Ampat" cut to "Ampat": the rest of the place's name
                    if toks and at > 0 and run[at:] == toks and (run[at - 1], toks[0]) in place_pairs:
                        toks = toks[1:]
                        if not toks:
                            continue
                toks = _drop_trailing(toks, nw)  # "Nailufar MARS" -> Nailufar
                toks = [t for t in toks if t not in nw["not_name"]] if len(toks) == 1 else toks
                if len(toks) == 1 and (("." in toks[0][:-1] and toks[0].replace(".", "") in nw["degree"])
                                       or toks[0].rstrip(".") in nw["role"]):
                    # a degree written with dots alone after a comma ("Dr. Rina, M.Si"; not "MSF", also a body's
                    # acronym), a role alone ("(Purn)", a retired officer)
                    continue
                if not toks or (len(toks) == 1 and len(toks[0]) < 3):
                    if toks and toks[0].isupper() and len(toks[0]) == 2:  # "AS": an actor only where the articles
                        tiny[toks[0]] += 1  # define it ("Amerika Serikat (AS)", below)
                        tiny_arts[toks[0]].add(r.doc_id)
                    continue
                is_org = toks[0] in nw["organisation"]
                v = " ".join(toks)
                mentions[v] += 1
                arts[v].add(r.doc_id)
                locative[v] += loc
                kind_of[v] = ("organisation" if is_org or (len(toks) == 1 and toks[0].isupper())
                              else "person" if len(toks) > 1 else "name")
    # places are written after di/ke/dari; a single word also written in lower case is a common word, as is a stop word or
    # a word that only opens sentences
    # "Kabupaten Bogor", "Gunung Merapi": a place's name, and "Bogor", "Merapi" when the corpus writes it so at least a
    # quarter as often as alone ("Iran" stays, though a sentence has "Provinsi ... Iran")
    placed: Counter = Counter()
    for v in mentions:
        if v.split()[0] in nw["place_word"]:
            for w in set(v.split()[1:]):
                placed[w] += mentions[v]
    variants = [v for v in mentions if locative[v] * 2 < mentions[v]
                and v.split()[0] not in nw["place_word"]
                # "Piala Dunia", "Hari Raya Idul Adha": an event (not a body named after one: "Komite Olimpiade Indonesia")
                and not (any(w in nw["event_word"] for w in v.split())
                         and v.split()[0] not in nw["organisation"] | nw["role"])
                and not (" " not in v and placed[v] * 4 >= mentions[v])
                and v.split()[-1] not in nw["place_word"]  # "Pemerintah Kabupaten (Pemkab) X": cut off before its place
                # "Indeks Harga Saham Gabungan", "Lingkungan Hidup", "Belanja Negara": a term of common words, each written
                # in lower case more often than capitalised inside a sentence, names no person (all 205 such of the
                # development set's list were terms, programmes or headlines)
                and not (" " in v and kind_of[v] == "person" and all(lower[w.lower()] > inner[w] for w in v.split()))
                and not (" " not in v and (lower[v.lower()] >= mentions[v] or v.lower() in nw["stop"]
                                           or _opens_sentence(v, "", nw, lower, inner, pairs)))]  # "Menurutnya", "Anda"
    # "Gag Nikel" beside "PT Gag Nikel": the organisation without the word that opens its name, not a person's name
    vset = set(variants)
    for v in variants:
        if kind_of[v] == "person" and any(f"{w} {v}" in vset for w in nw["legal_form"]):
            kind_of[v] = "organisation"
    moved = _office_before_person(variants, mentions, locative, kind_of, nw, lower, ngrams)  # before the variants merge
    # "Amerika SerikatDonald Trump" is "Donald Trump"; "Iran AyatullahAli Khamenei", moved to "AyatullahAli Khamenei"
    # above, is "Ali Khamenei"
    glued = _glued_before_name(list(dict.fromkeys(variants + list(moved.values()))), nw, lower)
    moved = {v: glued.get(q, q) for v, q in moved.items()}
    moved.update({v: q for v, q in glued.items() if v not in moved and v in mentions})
    for v, q in moved.items():  # "California Gavin Newsom" is "Gavin Newsom" (where "California" is named on its own)
        mentions[q] += mentions.pop(v)
        arts[q] |= arts.pop(v)
        locative[q] += locative.pop(v)
        kind_of[q] = "person"
    variants = [v for v in variants if v not in moved] + [q for q in dict.fromkeys(moved.values()) if q not in variants]
    # "Jakarta", "Jawa Barat": a place of places.csv, or two words or more of one ("Tenggara Timur", where a sentence
    # begins "Nusa Tenggara Timur" with a word cut off)
    left_out = [(v, "a place of places.csv") for v in variants if v in nw["gazetteer"] or v in nw["gazetteer_parts"]]
    # an outlet named only in its own articles ("Liputan6.com, Jakarta - ...", "kepada Liputan6.com") is the reporter,
    # not an actor of the story; named by another outlet, it is one that outlet cites, and stays
    own = corpus.groupby("outlet")["doc_id"].agg(set) if "outlet" in corpus else pd.Series(dtype=object)
    key = lambda x: re.sub(r"(?:\.[a-z]{2,4}){1,2}$", "", str(x).strip().lower())  # "Liputan6.com", "Tempo.co.id"
    own_docs = {key(o): d for o, d in own.items()}
    if not own_outlets:
        left_out += [(v, "the outlet itself, named only in its own articles") for v in variants
                     if key(v) in own_docs and arts[v] <= own_docs[key(v)]]
    if abbreviations:  # "izin usaha pertambangan (IUP)", "Surat Pemberitahuan Dimulainya Penyidikan (SPDP)": a thing
        things = _defined_as_thing(corpus, nw)
        left_out += [(v, "a term the articles define in lower case or as a document") for v in variants if v in things]
    gone = {v for v, _ in left_out}
    variants = [v for v in variants if v not in gone]
    heads = {v[:-len(q)].strip() for v, q in moved.items()}
    multi = sorted((v for v in variants if " " in v), key=lambda v: (-mentions[v], v))
    clusters: list[dict] = []
    with_token: dict[str, list[int]] = defaultdict(list)  # a word -> the clusters holding it, in order (no all-pairs scan)
    for v in multi:
        vt = set(v.split())
        first = min((with_token.get(t, []) for t in vt), key=len)  # the first cluster holding all of v's words
        home = next((clusters[i] for i in first if vt <= clusters[i]["tokens"] and kind_of[v] == clusters[i]["type"]),
                    None)
        if home is None:
            for t in vt:
                with_token[t].append(len(clusters))
            clusters.append(dict(canonical=v, tokens=vt, type=kind_of[v], forms=[v]))
        else:
            home["forms"].append(v)
    # "Danantara Rosan Roeslani" is an office before "Rosan Roeslani": a name that ends another joins it (one or two
    # words longer)
    ending: dict[tuple, list[int]] = defaultdict(list)  # a person's last words -> the clusters whose name ends so
    for i, d in enumerate(clusters):
        if d["type"] == "person":
            dt = d["canonical"].split()
            for k in range(max(1, len(dt) - 2), len(dt)):
                ending[tuple(dt[-k:])].append(i)
    for c in sorted(clusters, key=lambda c: len(c["canonical"].split())):
        if c["type"] != "person":
            continue
        for i in ending.get(tuple(c["canonical"].split()), []):
            d = clusters[i]
            if d is not c and d.get("into") is None and c.get("into") is None:
                c["forms"] += d["forms"]
                d["into"] = c
    clusters = [c for c in clusters if c.get("into") is None]
    clusters = _merge_spellings(clusters, mentions)  # "Bahlil Ladahalia", once, is "Bahlil Lahadalia"
    owner: dict[str, list] = defaultdict(list)
    for c in clusters:
        if c["type"] == "person":  # ("Jonathan" is "Jonatan Christie" where "Jonathan Christie" was its other spelling)
            for t in {w for name in [c["canonical"], *c.get("spellings", [])] for w in name.split()}:
                owner[t].append(c)
    defined = _defined_as(corpus, clusters, nw, lower, inner) if abbreviations else {}

    def names_only(c: dict, v: str) -> bool:  # a person's name, every word but ``v`` a name's ("Bahlil Lahadalia")
        return all(_rare_in_lower(w, lower, inner) and not _acronym(w) and not any(ch.isdigit() for ch in w)
                   and w not in nw["place_word"] and w not in cplaces and w not in nw["organisation"]
                   for w in c["canonical"].split() if w != v)

    singles = []
    for v in variants:
        if " " in v:
            continue
        # "KPK" after "Komisi Pemberantasan Korupsi (KPK)"; also a short form the articles write before a person's name
        # ("Gubernur Jabar Dedi Mulyadi" beside "Jawa Barat (Jabar)")
        if v in defined:
            home = defined[v]
            home["forms"].append(v)
            home["short"] = v
            if home["type"] == "person" and not all(_rare_in_lower(w, lower, inner) for w in home["canonical"].split()):
                home["type"] = "organisation"  # "Bursa Efek Indonesia (BEI)"; not "Susilo Bambang Yudhoyono (SBY)"
            continue
        # a home whose other words are all common words ("Asuransi Kredit Indonesia", "Komentar Trump": each written in
        # lower case more often than capitalised inside a sentence) is no person's name a short form stands for
        homes = owner.get(v, [])
        # (a word the corpus never writes inside a sentence, only opening one, is common when it is a word of the
        # language: "Komentar Trump ...", "Penolakan Trump ...")
        plain = [all(lower[w.lower()] > inner[w] or (not inner[w] and dictionary_word(w))
                     for w in c["canonical"].split() if w != v) for c in homes]
        # an acronym is no short form of a person's name ("AFC", "Situs AFC"), nor is "Polandia" of "Konsul Kehormatan
        # Polandia" where it was found before another person's name ("Polandia Artur Boruc")
        real = [c for c, p in zip(homes, plain) if not p]
        if len(homes) == 1 and not plain[0] and not _acronym(v) and v not in heads and v not in nw["organisation"]:
            homes[0]["forms"].append(v)  # (not "Pemerintah", the government, into a regulation's title holding it)
        elif (len(real) == 1 and real[0]["canonical"].split()[-1] == v and not _acronym(v) and v not in heads
              and names_only(real[0], v)):
            # "Trump" beside "Donald Trump", "Komentar Trump" and "Penolakan Trump": the one home that is a person's name,
            # called by its last word
            real[0]["forms"].append(v)
        elif ((home := _home_by_articles(v, homes, real, arts)) is not None and not _acronym(v) and v not in heads
              and v not in cplaces and v not in nw["organisation"]
              # "Gerindra" is not "Gerindra Ahmad Muzani" where "Ahmad Muzani" is a name of its own
              and (len(home["canonical"].split()) < 3
                   or " ".join(w for w in home["canonical"].split() if w != v) not in mentions)
              and names_only(home, v)):
            # "Bahlil" beside "Bahlil Lahadalia", "ESDM Bahlil" and "Anak Buah Bahlil": every article that writes it
            # with another home also names this one
            home["forms"].append(v)
        elif not (not _acronym(v) and mid[v] * 2 < mentions[v] and dictionary_word(v)):
            # alone, a word of the language found mostly opening sentences is none ("Akibatnya", "Semoga"; "Budi",
            # "Pandu" and "Putin" are also written after other words): the corpus may be too small to write it in lower
            # case
            singles.append(v)
    for v, home in defined.items():  # "AS" after "Amerika Serikat (AS)": too short to be found alone, defined here
        if v in tiny and v not in mentions:
            mentions[v], arts[v] = tiny[v], tiny_arts[v]
            home["forms"].append(v)
    clusters = _portfolio_into_body(clusters, nw)  # "Energi dan Sumber Daya Mineral" into "Kementerian Energi dan ..."
    # one word in other capitals is a name found with it ("AMDAL" beside "Amdal", the short form of "Analisis Mengenai
    # Dampak Lingkungan"); two single words are not merged so ("Isa", a police officer, and "ISA")
    by_lower: dict[str, dict] = {}
    for c in clusters:
        for f in c["forms"]:
            by_lower.setdefault(f.lower(), c)
    kept_singles = []
    for v in singles:
        home = by_lower.get(v.lower())
        if home is None:
            kept_singles.append(dict(canonical=v, tokens={v}, type=kind_of[v], forms=[v]))
        elif v not in home["forms"]:
            home["forms"].append(v)
    rows = []
    for c in clusters + kept_singles:
        n = sum(mentions[f] for f in c["forms"])
        c["forms"] = c["forms"] + [v for v, q in moved.items() if q in c["forms"]]  # the long form, as an alias
        if n < min_mentions:
            continue
        full = [f for f in c["forms"] if " " in f]
        if c.get("body"):  # the body's own name, however often its portfolio is written alone
            c["canonical"] = c["body"]
        elif full:  # the most frequent full form; on a tie the shorter (an office before a name is extra)
            c["canonical"] = min(full, key=lambda f: (-mentions[f], len(f.split()), f))
        if (c.get("short") and (not c["short"].isupper() or c.get("part"))
                and mentions[c["short"]] > mentions[c["canonical"]]):
            # "Kejagung", defined once as "Kejaksaan Agung (Kejagung)", then used; "CES", whose long name is found in
            # part only ("Electronics Show"); an acronym shows the whole long name ("Komisi Pemberantasan Korupsi")
            c["canonical"] = c["short"]
        forms = sorted(c["forms"], key=lambda f: (-len(f.split()), -mentions[f], f))
        rows.append(dict(actor=c["canonical"], type=c["type"], aliases="|".join(forms), mentions=n,
                         articles=len(set().union(*(arts[f] for f in c["forms"])))))
    df = pd.DataFrame(rows, columns=["actor", "type", "aliases", "mentions", "articles"])
    df = df.sort_values(["mentions", "actor"], ascending=[False, True], kind="stable").reset_index(drop=True)
    dropped = pd.DataFrame([dict(name=v, mentions=mentions[v], reason=why) for v, why in left_out
                            if mentions[v] >= min_mentions], columns=["name", "mentions", "reason"])
    df.attrs["left_out"] = dropped.sort_values(["mentions", "name"], ascending=[False, True],
                                               kind="stable").reset_index(drop=True)
    return df


def _defined_as_thing(corpus: pd.DataFrame, nw: dict) -> set[str]:
    """Short forms most of whose definitions in brackets (:func:`helpers.text.abbreviation_definitions`) are a term
    written in lower case ("izin usaha pertambangan (IUP)", "pegawai negeri sipil (PNS)") or a document's name, opened
    by a document word of ``roles.csv`` ("Izin Usaha Pertambangan (IUP)", "Surat Edaran (SE)"): a thing, no actor."""
    defs = abbreviation_definitions(corpus)
    votes: dict[str, Counter] = defaultdict(Counter)
    for short, long, n in zip(defs["short"], defs["long"], defs["definitions"]):
        ws = long.split()
        votes[short][long.islower() or ws[0] in nw["document"] or ws[0].capitalize() in nw["document"]] += n
    return {short for short, v in votes.items() if v[True] > v[False]}


def _defined_as(corpus: pd.DataFrame, clusters: list[dict], nw: dict, lower: Counter, inner: Counter
                ) -> dict[str, dict]:
    """Short form -> the found name the articles define it as, in brackets after it ("Komisi Pemberantasan Korupsi
    (KPK)", :func:`helpers.text.abbreviation_definitions`), where more than half the short form's definitions whose
    long form is a found name point to it. That name is the whole long form; or its end after words the found names
    leave out, roles and words the corpus writes in lower case more often than capitalised ("Sistem Komputerisasi
    Haji Terpadu (Siskohat)" is "Komputerisasi Haji Terpadu"; not "Tennis Association" for "World Tennis Association
    (WTA)", nor "Mahkamah Konstitusi" for "Majelis Kehormatan Mahkamah Konstitusi (MKMK)", nor "Sumber Daya Mineral"
    for "Energi dan Sumber Daya Mineral (ESDM)": of 150 such ends after a lower-case "dan" or a name word, a blind
    reader found 29 wrong, "Belanja Daerah" for APBD); or the longer name written right before the bracket whose
    other words are a body's (``roles.csv`` kind organisation: "PT Aneka Tambang Tbk (Antam)", whose long form is
    "Aneka Tambang Tbk"; "Majelis Kehormatan Mahkamah Konstitusi (MKMK)"; not "Fraksi Partai Kebangkitan Bangsa
    (PKB)", "Komite Tari Dewan Kesenian Jakarta (DKJ)"). It must be the most frequent name of its group, or that
    name without its legal form ("Bank Negara Indonesia (BNI)" names "PT Bank Negara Indonesia"; "Bursa Efek
    Indonesia (BEI)" is no "Gedung Bursa Efek Indonesia")."""
    canonical = {c["canonical"]: c for c in clusters}
    for name, c in list(canonical.items()):  # "Bank Negara Indonesia (BNI)" names "PT Bank Negara Indonesia"
        if len(name.split()) > 2 and name.split()[0] in nw["legal_form"]:
            canonical.setdefault(name.split(" ", 1)[1], c)
    votes: dict[str, Counter] = defaultdict(Counter)
    where: dict[int, dict] = {}

    def left_out(w: str) -> bool:  # a word a found name does not keep at its start
        return (not w[:1].isupper() or w.rstrip(".") in nw["role"] or lower[w.lower()] > inner[w])

    defs = abbreviation_definitions(corpus)[["short", "long", "written", "definitions"]]
    for short, long, written, n in defs.itertuples(index=False):
        ws, before = long.split(), written.split()
        # the name written before the bracket, longer than the long form ("Badan Pengelola Investasi Daya Anagata
        # Nusantara (Danantara)", "PT Bank Negara Indonesia (BNI)")
        wider = (next((f for k in range(len(before), len(ws), -1) if (f := " ".join(before[-k:])) in canonical
                       and all(w in nw["organisation"] for w in before[-k:-len(ws)])), None)
                 if before[-len(ws):] == ws else None)  # only a body's words more ("PT", "Majelis"; not "Fraksi")
        k = next((k for k in range(len(ws), 1, -1)
                  if all(left_out(w) for w in ws[:-k]) and " ".join(ws[-k:]) in canonical), 0)
        home = canonical[wider] if wider else canonical[" ".join(ws[-k:])] if k else None
        k = len(ws) if wider else k
        if home is None:  # a long form found as no name says nothing about which name it is
            continue
        votes[short][id(home)] += n
        where[id(home)] = home
        if k < len(ws):
            home["part"] = True  # the end of the long form only ("Consumer Electronics Show": "Electronics Show")
    out = {}
    for short, v in votes.items():
        top, n = v.most_common(1)[0]
        if n * 2 > sum(v.values()):
            out[short] = where[top]
    return out


def _portfolio_into_body(clusters: list[dict], nw: dict) -> list[dict]:
    """Names found as clusters, with a portfolio merged into the body named by it: a name of a body's or a portfolio's
    words only (:func:`_body_word`; "Energi dan Sumber Daya Mineral", left of "Menteri Energi dan Sumber Daya Mineral";
    "Lingkungan Hidup") joins the one name that is an organisation's word before it ("Kementerian Energi dan Sumber Daya
    Mineral"), as does that word before one of its short forms ("Kementerian ESDM"); the body's full name is shown, or,
    where the articles never write it, the most frequent form."""
    by_name = {c["canonical"]: c for c in clusters}
    gone: set[int] = set()
    for c in clusters:
        ws = c["canonical"].split()
        if ws[0] in nw["organisation"]:
            continue
        homes = [by_name[f"{o} {c['canonical']}"] for o in sorted(nw["organisation"])
                 if f"{o} {c['canonical']}" in by_name]
        full = bool(homes)
        if not homes:  # the body named only by its short form ("Kementerian ESDM", "Tim PPIH")
            homes = [by_name[f"{o} {f}"] for o in sorted(nw["organisation"]) for f in c["forms"]
                     if " " not in f and f"{o} {f}" in by_name]
        if (len(homes) != 1 or id(homes[0]) in gone or homes[0] is c
                or not all(_body_word(w, nw) for w in ws)):  # (the dictionary last: it stems)
            continue
        body = homes[0]
        org = body["canonical"].split()[0]
        for short in [f for f in c["forms"] if " " not in f]:  # "Kementerian ESDM" where ESDM is the portfolio's
            other = by_name.get(f"{org} {short}")
            if other is not None and other is not body and id(other) not in gone:
                body["forms"] += other["forms"]
                gone.add(id(other))
        body["forms"] += c["forms"]
        if full:
            body["body"] = body["canonical"]
        gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


def _spelling_variant(a: str, b: str) -> bool:
    """Are two words one name written two ways: in other capitals ("GAG", "Gag"), or, five letters or more and the
    same first letter, with two letters swapped ("Ladahalia", "Lahadalia") or one letter more or fewer ("Christe",
    "Christie"), or, six letters or more, one letter other ("Fakhri", "Fachri"; not "Melky" and "Melly", father and
    daughter)?"""
    if a == b:
        return False
    if a.lower() == b.lower():
        return True
    if min(len(a), len(b)) < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return ((len(diff) == 1 and len(a) >= 6)
                or (len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]))
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def _merge_spellings(clusters: list[dict], mentions: Counter) -> list[dict]:
    """Names found as clusters, with a rare spelling of another merged into it: the same kind and number of words, one
    word written otherwise (:func:`_spelling_variant`), a third of its mentions or fewer ("Bahlil Ladahalia", once,
    into "Bahlil Lahadalia"; "PT GAG Nikel" into "PT Gag Nikel")."""
    count = {id(c): sum(mentions[f] for f in c["forms"]) for c in clusters}
    order = sorted(clusters, key=lambda c: (-count[id(c)], c["canonical"]))
    rank = {id(c): i for i, c in enumerate(order)}
    # names that differ in one word share the rest: index each name by its words without one of them (no all-pairs scan)
    without: dict[tuple, list[dict]] = defaultdict(list)
    for c in order:
        ws = c["canonical"].split()
        for k in range(len(ws)):
            without[(len(ws), k, tuple(ws[:k] + ws[k + 1:]))].append(c)
    gone: set[int] = set()
    for big in order:
        if id(big) in gone:
            continue
        bt = big["canonical"].split()
        near = {id(x): (x, k) for k in range(len(bt)) for x in without[(len(bt), k, tuple(bt[:k] + bt[k + 1:]))]}
        for small, k in sorted(near.values(), key=lambda e: rank[id(e[0])]):
            st = small["canonical"].split()
            if (rank[id(small)] <= rank[id(big)] or id(small) in gone or small["type"] != big["type"]
                    or count[id(small)] * 3 > count[id(big)]):
                continue
            diff = [j for j in range(len(bt)) if bt[j] != st[j]]
            if len(diff) == 1 and _spelling_variant(bt[diff[0]], st[diff[0]]):
                big["forms"] += small["forms"]
                big["tokens"] = big["tokens"] | small["tokens"]
                big["spellings"] = big.get("spellings", []) + [small["canonical"]] + small.get("spellings", [])
                count[id(big)] += count[id(small)]
                gone.add(id(small))
    return [c for c in clusters if id(c) not in gone]


def _home_by_articles(v: str, homes: list[dict], real: list[dict], arts: dict[str, set]) -> dict | None:
    """The one person's name a short form stands for, where several names hold it: the articles that write the short
    form with any of its homes all name this one, and they are half its articles or more ("Bahlil" with "Bahlil
    Lahadalia", though "ESDM Bahlil" and "Anak Buah Bahlil" are named in some of them); only a home in ``real`` (not
    all common words); None when two homes each have an article of their own ("Budi" with "Budi Gunadi Sadikin" and
    "Budi Karya"), or share the same articles."""
    if len(real) < 1 or len(homes) < 2:
        return None
    mine = arts.get(v, set())
    seen = [set().union(*(arts.get(f, set()) for f in c["forms"] if " " in f)) & mine for c in homes]
    everywhere = set().union(*seen)
    fit = [c for c, s in zip(homes, seen) if s == everywhere and len(s) * 2 >= len(mine) and any(c is r for r in real)]
    return fit[0] if len(fit) == 1 else None


def _glued_to_known(toks: list[str], known, nw: dict, lower: Counter) -> list[str]:
    """A name whose words before a known name are glued to its first word, cut to the known name: "Amerika
    SerikatDonald Trump" -> Donald Trump where ``known`` holds "Donald Trump" (the scraper dropped a space where a
    link was); else the name as it is. Not where the glued words end in a word joining two names or in a verb
    (speech_cues.csv ``joint``; a word the corpus writes in lower case opening with a roles.csv ``verb_prefix``: "Maia
    EstiantydanAhmad Dhani", "Simone InzaghimeninggalkanInter Milan"): they name someone else too."""
    for j, w in enumerate(toks[:-1]):
        cuts = [i for i in range(1, len(w) - 1) if w[i].isupper() and w[i - 1].islower()]
        if cuts:
            head = w[:cuts[-1]]
            verb = re.search(r"(?<=[a-z])(?:" + "|".join(map(re.escape, nw["verb_prefix"])) + r")[a-z]{4,}$", head)
            if any(head.endswith(x) and len(head) > len(x) + 1 for x in nw["joint"]) or (verb and lower[verb.group(0)]):
                return toks
            person = [w[cuts[-1]:]] + toks[j + 1:]
            return person if " ".join(person) in known else toks
    return toks


def _glued_before_name(variants: list[str], nw: dict, lower: Counter) -> dict[str, str]:
    """Names glued to the words before them, where the corpus also names them apart (:func:`_glued_to_known`):
    {"Amerika SerikatDonald Trump": "Donald Trump"}."""
    have = set(variants)
    out = {}
    for v in variants:
        person = " ".join(_glued_to_known(v.split(), have, nw, lower))
        if person != v:
            out[v] = person
    return out


def _office_before_person(variants: list[str], mentions: Counter, locative: Counter, kind_of: dict, nw: dict,
                          lower: Counter, ngrams: Counter | None = None) -> dict[str, str]:
    """Names found with an office, a place or an organisation before the person: {long name: the person's name}.

    "California Gavin Newsom" is "Gavin Newsom" and "Garuda Indonesia Dicky Irchamsyah" is "Dicky Irchamsyah" when
    the words before the person are named on their own in the corpus, twice or more: two words or more ("Garuda
    Indonesia"), or one word written as a place ("di Polandia") twice or more and in a tenth of its uses or more
    (not "Louise" for once "ibu dari Louise"), or one word the corpus writes after an organisation or place word twice
    or more ("Partai Gerindra", "Fraksi Gerindra": ``ngrams``, :func:`_cap_ngrams`), or an acronym ("BPS"), or a place of
    ``places.csv`` ("Jawa Timur Emil Dardak", where "Emil" or "Emil Dardak" is written on its own), or a country of
    ``countries.csv`` ("Rusia Vladimir Putin", where "Putin" is written on its own); and the person's
    name, or one word of it, is written on its own too ("Newsom"). The person is the last two or three words, none a
    common word, an acronym, a role, a place word or an organisation word. So "Muhammad Azmi Saifuddin" stays whole
    ("Muhammad" is neither a place nor a name of two words), as do "Kim Jong Un", "Abdullah bin Zayed" ("bin" is a
    common word) and "Ade Ary Syam Indradi" (called "Ade Ary", never "Syam" or "Indradi")."""
    out = {}
    bodies = nw["organisation"] | nw["place_word"]
    named_after: Counter = Counter()  # a word -> how often an organisation or place word comes right before it
    for key, n in (ngrams or {}).items():
        if len(key) == 2 and key[0] in bodies:
            named_after[key[1]] += n
    for v in variants:
        t = v.split()
        if kind_of.get(v) != "person" or len(t) < 3:
            continue
        for k in (len(t) - 2, len(t) - 3):
            if k < 1:
                continue
            head, person = t[:k], t[k:]
            if any(lower[w.lower()] or _acronym(w) or w.rstrip(".") in nw["role"] or w in nw["place_word"]
                   or w in nw["organisation"] or not w[:1].isupper() for w in person):
                continue
            h = " ".join(head)
            if (h in nw["gazetteer"] and (mentions[" ".join(person)] or mentions[person[0]])) or (
                    h in nw["country"] and (mentions[" ".join(person)] or any(mentions[w] for w in person))) or (
                    mentions[h] >= 2 and (len(head) > 1 or locative[h] >= max(2, mentions[h] / 10) or _acronym(h)
                                          or named_after[h] >= 2)
                    and (mentions[" ".join(person)] or any(mentions[w] for w in person))):
                out[v] = " ".join(person)
                break
    return out


def _opens_sentence(w: str, nxt: str, nw: dict, lower: Counter, inner: Counter, pairs: Counter) -> bool:
    """Is a capitalised word before a name one that only opens sentences ("Kehadiran Komeng", "Selanjutnya Andi",
    "Namun Cecep")? So if the corpus writes it in lower case at least three times and capitalised inside sentences
    less than once in twenty ("Sabar", "Putra", "Abu", "Hari" open people's names), never in lower case before the
    next word ("militer Israel" is a phrase) unless it is a verb (six letters or more opening with a ``verb_prefix`` of
    roles.csv: "Melansir Reuters", "Mengutip Antara"), and it is no role, organisation, acronym or name particle."""
    lw = w.lower()
    verb = len(lw) >= 6 and lw.startswith(tuple(nw["verb_prefix"]))  # "melansir Reuters" is a verb and its object
    if (len(w) < 4 or w.rstrip(".") in nw["role"] or w in nw["organisation"] or (len(w) > 1 and w.isupper())
            or (pairs[(lw, nxt)] and not verb)):  # "Di Giannantonio", "Al Ghazali": a name's particle
        return False
    return lower[lw] >= 3 and inner[w] * 20 < lower[lw]


def _drop_opener(toks: list[str], nw: dict, lower: Counter, inner: Counter, pairs: Counter, places: set) -> list[str]:
    """A name without the word that opened its sentence ("Kehadiran Komeng" -> Komeng; :func:`_opens_sentence`),
    when a name word or an acronym follows, not a place of the article ("Sementara Israel" stays where the article
    writes "di Israel")."""
    if (len(toks) > 1 and _opens_sentence(toks[0], toks[1], nw, lower, inner, pairs)
            and not any(w in places for w in toks[1:]) and (_acronym(toks[1]) or lower[toks[1].lower()] * 2 < inner[toks[1]]
                                                            or not lower[toks[1].lower()])):
        return toks[1:]
    return toks


def _unglued(w: str, lower: Counter, prefixes: frozenset) -> str:
    """A name's word without a verb the scraper glued to it ("Siraitmengeklaim" -> Sirait, "Irzanitamenegaskan" ->
    Irzanita): the longest ending of six letters or more that opens with a verb's prefix (``prefixes``: roles.csv
    ``verb_prefix`` rows) and that the corpus writes as a word in lower case at least twice, after four letters
    or more; else the word as it is."""
    for k in range(4, len(w) - 5):
        tail = w[k:]
        if tail.startswith(tuple(prefixes)) and lower[tail] >= 2 and w[k - 1].islower():
            return w[:k]
    return w


def _unglue_opening(toks: list[str], mid: Counter, lower: Counter, nw: dict, places: set | frozenset = frozenset(),
                    keep: tuple = ()) -> list[str]:
    """A speaker with an office glued to the first name, cut to the name ("Wakil Ketua MPR RIHidayat Nur Wahid" ->
    Hidayat Nur Wahid, "Direktur UtamaASDPHeru Widodo" -> Heru Widodo, "PPMuhammadiyahAnwar Abbas" -> Anwar Abbas).

    A word before the last is split where a small letter meets a capital or an acronym meets a capitalised word; the name is
    the last part when the word is written twice at most (a glued word is rare; a brand is not), the last part has
    three letters or more and the corpus does not write it in lower case, nor its letters after the first (the capital
    ends an acronym written in capitals before a common word: "PERTANDINGANmelawan", "MANTANpemain", "BCLalias"), the
    name goes on after it, every part
    before it is a word the corpus writes after another word, an acronym or a role, and one at least is an acronym,
    a role, an organisation's word or a place (``places``), so not "TotalEnergies" or "BlackRock"; not a list
    ("... dan ...") or a word written glued on purpose (``keep``).
    """
    if len(toks) < 2 or any(t in nw["joint"] for t in toks):
        return toks

    def office(x: str) -> bool:
        return _acronym(x) or x.rstrip(".") in nw["role"] or x in nw["organisation"] or x in places

    for j, w in enumerate(toks[:-1]):  # "Wakil Ketua MPR RIHidayat Nur Wahid": the glued word after the office's
        cuts = [i for i in range(2, len(w) - 2)
                if w[i].isupper() and (w[i - 1].islower() or (w[i - 1].isupper() and w[i + 1].islower()))]
        if not cuts or mid[w] > 2 or any(fnmatch.fnmatchcase(w.lower(), k) for k in keep):
            continue
        pieces = [w[a:b] for a, b in zip([0] + cuts, cuts + [len(w)])]
        head, name = pieces[:-1], pieces[-1]
        if (len(name) >= 3 and not lower[name.lower()] and not (len(name) > 4 and lower[name[1:]])
                and all(mid[x] > 0 or office(x) for x in head)
                and any(office(x) for x in head)):
            return [name] + toks[j + 1:]
    return toks


def _mid_caps(corpus: pd.DataFrame) -> Counter:
    """How often the corpus writes each capitalised word after another word (not opening a sentence): "Sirait" in
    "Maruarar Sirait", "Tan" in "Sarwendah Tan"."""
    return Counter(m.group(0) for t in corpus["text"] for m in re.finditer(r"(?<=[\w,] )[A-Z][\w'-]*", t))




def _glue_words(res: Resources) -> tuple[tuple, tuple]:
    """link_glue.csv's glob patterns of names written glued on purpose (``keep``: "youtube*", "detik*") and its endings
    written on a word on purpose (``suffix``: "nya", "pun")."""
    glue = res.table("link_glue.csv")
    kind = glue["kind"].str.strip()
    return (tuple(glue.loc[kind == "keep", "word"].str.strip().str.lower()),
            tuple(glue.loc[kind == "suffix", "word"].str.strip().str.lower()))


def _unglue_name(toks: list[str], lower: Counter, mid: Counter, nw: dict, keep: tuple = (),
                 places: set | frozenset = frozenset(), suffixes: tuple = ()) -> list[str]:
    """A speaker's words with what the scraper glued into them taken apart, and cut where a glued common word begins.

    Only a word the corpus writes after another word at most twice is taken apart (a glued word is rare; a brand
    is not: "BlackRock" 6 times in the development set, "AirAsia" 18, "Indraguna" of Henry Indraguna 2, "Siraitatau"
    2). It is split where a small letter meets a capital ("KomisionerKompolnasChoirul" -> Komisioner Kompolnas
    Choirul, "JepangTakefusa" -> Jepang Takefusa, "HumasPolriBrigjen") when every part but the last is a role, an
    acronym or a word the corpus writes after another word at least twice, the last is a role, an acronym or written
    so at least once, one at least is a role, an acronym or a place (``places``, words the corpus writes after "di",
    "ke", "dari" ... twice or more: "Jepang"; not "CarPlay")
    and all have three letters or more (not "DeSantis"), unless the word is one written glued on purpose (``keep``:
    link_glue.csv ``keep`` globs, "YouTube"). A word written so once at most that ends in a stop
    word of three letters or more ("Tanakhirnya", "POCOakhirnya", "Yassierlikepada"; not one opening with a suffix of
    ``suffixes``, link_glue.csv ``suffix`` rows, "-nya"), after
    a part the corpus writes after another word at least twice ("Tan"), ends the name there ("Sarwendah
    Tanakhirnya" -> Sarwendah Tan)."""
    out: list[str] = []
    for w in toks:
        parts = [w]
        cuts = [i for i in range(3, len(w) - 2) if w[i - 1].islower() and w[i].isupper()]
        if cuts and mid[w] <= 2 and not any(fnmatch.fnmatchcase(w.lower(), k) for k in keep):
            pieces = [w[a:b] for a, b in zip([0] + cuts, cuts + [len(w)])]
            known = [x.rstrip(".") in nw["role"] or _acronym(x) or x in places for x in pieces]
            if any(known) and all(len(x) >= 3 for x in pieces) and all(
                    k or mid[x] >= (2 if j < len(pieces) - 1 else 1) for j, (x, k) in enumerate(zip(pieces, known))):
                parts = pieces
        for x in parts:
            if mid[x] <= 1 and not lower[x.lower()]:
                for k in range(2, len(x) - 2):
                    head, tail = x[:k], x[k:]
                    if (tail in nw["stop"] and tail.islower() and not (suffixes and tail.startswith(suffixes))
                            and (head[-1].islower() or head.isupper()) and mid[head] >= 2):
                        return out + [head]
            out.append(x)
    return out


def _lower_before_names(corpus: pd.DataFrame) -> Counter:
    """How often the corpus writes each (lower-case word, capitalised word) pair: "militer Israel"."""
    return Counter(m.groups() for t in corpus["text"]
                   for m in re.finditer(r"(?<![\w-])([a-z][a-z-]+) ([A-Z][\w.'-]*)", t))


def _after_organisation(toks: list[str], core: list[str], by_form: dict, nw: dict, lower: Counter) -> list[str]:
    """The name after an organisation the corpus names elsewhere ("Pengamat Energi Universitas Gadjah Mada Fahmy
    Radhi" -> Fahmy Radhi where "Universitas Gadjah Mada" is found as an organisation), if two words or more follow it,
    none a common word, an acronym or a role; else ``core`` as it is."""
    for k in range(len(toks) - 2, 0, -1):  # the latest end of a known organisation's name
        if any(toks[a] in nw["organisation"] and by_form.get(" ".join(toks[a:k]), ("", ""))[1] == "organisation"
               for a in range(k)):
            rest = toks[k:]
            if not any(lower[w.lower()] or _acronym(w) or w.rstrip(".") in nw["role"] for w in rest):
                return rest
            break
    return core


def _resolver(res: Resources, found: pd.DataFrame | None = None, lower: Counter | None = None,
              inner: Counter | None = None, pairs: Counter | None = None, ngrams: Counter | None = None,
              mid: Counter | None = None, corpus_places: set | None = None):
    """Speaker name -> (actor, side, type): the gazetteer first, then the names found in the corpus.

    The returned function has a ``context`` dict: while ``context["words"]`` holds the words of the
    article being read, a name found in other articles is taken only if all its words are in it, or
    written by the speaker's own words in another spelling ("Bahlil Ladahalia" is "Bahlil Lahadalia",
    :func:`_spelling_variant`), and while ``context["places"]`` holds the words it writes after "di",
    "ke", "dari" ..., a word that only opens sentences is not cut from before a place. With ``inner`` (how often the corpus capitalises
    each word inside sentences) and ``pairs`` (:func:`_lower_before_names`), such a word before a name
    goes ("Kehadiran Komeng" -> Komeng, "Selanjutnya Andi" -> Andi; :func:`_opens_sentence`) when a
    name word or an acronym follows it.
    """
    rx, alias, types = actor_matcher(res)
    sides = res.table("sides.csv")
    side: dict[str, str] = {}
    for a, sd in zip(sides["actor"], sides["side"]):
        side.setdefault(a, sd)
    nw = res.memo("name_words", _name_words)
    by_form: dict[str, tuple[str, str]] = {}
    multi: list[tuple[set, str, str]] = []
    if found is not None:
        for r in found.itertuples(index=False):
            for f in r.aliases.split("|"):
                by_form.setdefault(f, (r.actor, r.type))
            if " " in r.actor:
                multi.append((set(r.actor.split()), r.actor, r.type))
    multi_with: dict[str, list[int]] = defaultdict(list)  # a word -> the names found holding it (no scan of them all)
    for i, m in enumerate(multi):
        for w in m[0]:
            multi_with[w].append(i)

    context: dict = {"words": None, "places": None}  # the words of the article being read, when set (resolve.context)
    keep, suffixes = res.memo("glue_words", _glue_words)

    def resolve(name: str) -> tuple[str, str, str]:
        hit = [m.group(0) for m in rx.finditer(name)  # not "Kim" in "Ong Kim Swee"
               if not _first_of_longer_name(name, m, types.get(alias[m.group(0)], ""), nw, lower)] if rx is not None else []
        if hit:
            actor = alias[hit[-1]]
            return actor, side.get(actor, "other"), types.get(actor, "")
        toks = [t.strip("\"'(),.:;-") for t in name.split()]  # "Vinales-" (a dash around an aside)
        toks = [t for t in toks if t]
        while len(toks) > 1 and toks[0] in nw["connective"]:  # "Sementara Milla mengaku": the name begins after it
            toks = toks[1:]
        if toks and toks[0] in nw["document"]:
            return "", "", "document"
        if lower is not None and mid is not None:
            toks = _unglue_name(toks, lower, mid, nw, keep, corpus_places or frozenset(), suffixes)  # "JepangTakefusa Kubo"
            toks = _unglue_opening(toks, mid, lower, nw, corpus_places or frozenset(), keep)  # "RIHidayat Nur Wahid"
            toks = _glued_to_known(toks, by_form, nw, lower)  # "Amerika SerikatDonald Trump": a name found apart
        toks = _drop_trailing(toks, nw, days=True)  # "Akmal SE MM" -> Akmal; "kata Imam Senin (9/6/2025)" -> Imam
        if lower is not None and toks:
            toks = toks[:-1] + [_unglued(toks[-1], lower, nw["verb_prefix"])]  # "Maruarar Siraitmengeklaim" -> Sirait
        if inner is not None and lower is not None and pairs is not None:
            toks = _drop_opener(toks, nw, lower, inner, pairs, context.get("places") or set())
        core = _strip_roles(toks, nw) if toks and toks[0] not in nw["organisation"] else toks
        if lower is not None and core and core[0] not in nw["organisation"]:
            core = _strip_offices(core, nw, lower, inner, ngrams)
        elif core and any(w in nw["role"] for w in core[1:-1]):  # "Polres Jember AKP Bernadus ...": the name
            core = core[max(j for j, w in enumerate(core[:-1]) if w in nw["role"]) + 1:]
        elif lower is not None and core and len(core) < len(toks):  # "Ketua DPD Partai Perindo Kota Bekasi Andrie
            core = _after_office(core, nw, lower)  # Ariansyah": a role in an organisation, then its holder's name
        elif lower is not None and core and core[0] in nw["organisation"] and len(core) > 3:
            # "Komisi III DPR RI Akbar Faisal" (its role cut before): two or three words of a name after the body's last
            # acronym are its member's, none a place, a body's word or a word the corpus writes in lower case
            tail = _after_office(core, nw, lower)
            if tail is not core and 2 <= len(tail) <= 3 and not any(
                    w in nw["place_or_country"] or w in (corpus_places or ()) or w in nw["organisation"]
                    or w in nw["place_word"] or lower[w.lower()] for w in tail):
                core = tail
        if lower is not None and len(core) > 2:
            core = _after_organisation(toks, core, by_form, nw, lower)
        key = " ".join(core)
        if key in by_form:
            actor = by_form[key][0]
            within = context.get("words")
            if within is not None and not all(w in within or any(_spelling_variant(w, x) for x in key.split())
                                              for w in actor.split()):
                # "Fahmi" is "Fahmi Bachmid" only where the article names him so: the corpus's other Fahmi may be
                # another man (the article's own longer name is taken later, :func:`_full_name`)
                return key, "other", by_form[key][1]
            return actor, "other", by_form[key][1]
        # "Direktur Jenderal Minerba Tri Winarno": a name found in the corpus at the end (the person), not one
        # inside the office ("Kadisdikbud Kota Tangsel Deden Deni" is not "Kota Tangsel")
        words_of_core = set(core)
        near_end = sorted({i for w in core[-2:] for i in multi_with.get(w, ())})  # a name ending here holds one of them
        inside = [(max(k for k, w in enumerate(core) if w in m[0]), m) for m in (multi[i] for i in near_end)
                  if m[0] <= words_of_core]
        inside = [(end, m) for end, m in inside if end >= len(core) - 2]  # at most one word before the end ("... Kamis")
        if inside:
            best = max(inside, key=lambda e: (e[0], len(e[1][0])))[1]
            return best[1], "other", best[2]
        return (key or name.strip()).rstrip(".,;:"), "other", ""

    resolve.context = context
    return resolve


def _article_name_runs(text: str, nw: dict, res: Resources) -> list[tuple[list[str], bool]]:
    """The runs of capitalised words of one article (:func:`_name_runs` over its sentences)."""
    return [run for para in text.split("\n") for s in sentences(_tight(normalize(para)), resources=res)
            for run in _name_runs(s, nw)]


def _cut_to_person(name: str, runs: list[tuple[list[str], bool]], nw: dict, lower: Counter,
                   corpus_places: set | frozenset = frozenset()) -> str:
    """A speaker written with an office or place before the name, cut to the name the article goes on to use.

    "Inalum Melati Sarnita" becomes "Melati Sarnita" when the article also writes "Melati" alone
    and "Inalum" apart from her name ("PT Inalum", "Inalum" alone, or after "di"/"ke"/"dari"). A name
    of three or more words, not an organisation's, is cut before a word the article writes on its own
    ("Melati", or "Melati Sarnita" as a run of its own) if every word before it is office: a role, an
    acronym, a word the corpus also writes in lower case ("Kawasan Permukiman"), a word the article
    also writes apart from the rest of the name ("Kementan" alone, "Kiwoom Sekuritas" in another run), or, before a
    name of two words or more, a place ("Qualcomm Indonesia Shannedy Ong"; not "dari Bu Khofifah", a person).
    The cut keeps two words or more, or only the last (not an acronym, not a place) when a role or a
    place of the article stands right before it ("Kota Tangerang Mahdiar" -> "Mahdiar" where the
    article writes "di Tangerang"; "Elon Musk", "Rahmat Budiman" stay whole), or a word that ends
    another name of a place or an office the article writes ("Langsa Sulaiman" -> "Sulaiman" where it
    writes "Bea Cukai Langsa"; not "Pak Joko", which holds a role). So "Muhammad Azmi Saifuddin" called "Azmi"
    stays whole, as does "Gian Piero Gasperini" called "Gasperini", and an initial ("M Ismail
    Riyadi") stays with the name. A cut that keeps two words or more may also rest on the last word written alone
    ("Buleleng Gede Suyasa" -> "Gede Suyasa" where the article writes "Suyasa"), if every word cut is a role, an
    acronym, a place or a word the article writes apart and never alone ("Kabupaten Buleleng"); a word the corpus
    writes in lower case, never alone and apart in the article, is office before a one-word name ("Ketenagakerjaan
    Yassierli" where it writes "BPJS Ketenagakerjaan"); and the person written again after a longer office ("Kasi
    Humas Polres Dompu AKP Zuharis") is no other name holding the word. Else a name of two words or more that are only a name's follows the
    last place of the article in the run ("Direktur Turnamen Ukraina Markiyan Lubkivsky" where the
    article writes "di Ukraina"). A place of ``places.csv`` or a country of ``countries.csv`` (the longest written)
    before the name the article goes on to use is a place ("Jawa Timur Emil Dardak" called "Emil"), and one to three words that are only a name's
    after one end the office ("... Divre II Sumatera Barat Sulthon"; not "Bali United ..." where the article writes
    "Bali United" apart).
    A name of one to three words that are only a name's (no word the corpus writes in lower case, no acronym, role,
    body's word, place, portfolio or word the article writes apart) after a body's last word is the person's:
    "Tbk", "Sekuritas", "Group" (``roles.csv`` kind organisation_end), a body's short name ("Kemendagri":
    organisation_prefix) or a brand with a capital inside the word ("AnyMind"; not "McGregor"), one word only where the article calls the person by it and it is no word of the language
    ("Direktur PT Ramayana Lestari Sentosa Tbk Suryanto" called "Suryanto"); so is one after a place, or after the
    last word of a body the article names apart ("PT Bank Mandiri Tbk"), where a role or a body's word opens the run
    and every word before is office ("Direktur Utama Bank Mandiri Kartika Wirjoatmodjo"; not "Al Muzammil Yusuf", a
    name's particle, nor "Djarot Saiful Hidayat" where the article writes "Djarot" alone).
    Where a role opens the run and the article calls the person by a later word, a word of the dictionary before that
    word is office, not a first name ("Menteri Luar Negeri Retno Marsudi" called "Retno": Retno Marsudi).
    A name an organisation's word opens ("Komite", "PT") is an organisation's and stays whole, unless a role opens
    its run ("Ketua Komite Tari DKJ Hartati": the run ends with the holder).
    """
    toks = name.split()
    if len(toks) < 2 or "; " in name or not toks[0][:1].isupper():
        return name  # a list or a description ("juru bicara Departemen Luar Negeri")
    n = len(toks)
    if toks[0] in nw["organisation"] and not any(  # an organisation, unless a role opens the run: its holder ends it
            any(w.rstrip(".") in nw["role"] for w in t[:k]) for t, _ in runs for k in range(len(t) - n + 1)
            if t[k:k + n] == toks):
        return name  # ("Ketua Komite Tari DKJ Hartati", where the article writes "Hartati")
    other = [(t, loc) for t, loc in runs
             if not any(t[k:k + n] == toks for k in range(len(t) - n + 1))]  # runs without the whole name
    alone = {t[0] for t, _ in other if len(t) == 1}
    written = {tuple(t) for t, _ in other}

    def same_person(t: list[str], person: list[str]) -> bool:  # "Kasi Humas Polres Dompu AKP Zuharis" beside
        # "Polres Dompu Zuharis": the person again, after offices (roles, acronyms, organisations, common words)
        k = len(t) - len(person)
        return k > 0 and t[k:] == person and all(
            x.rstrip(".") in nw["role"] or _acronym(x) or x in toks or x in nw["organisation"] or lower[x.lower()] > 0
            for x in t[:k])

    def in_other_name(w: str, person: list[str] | None = None) -> bool:  # a word of another name, or of a place
        return any(w in t and (loc or any(x not in toks and x.strip(".,'\"") not in nw["role"] for x in t))
                   and not (person and not loc and same_person(t, person))
                   for t, loc in other)  # ("di Bogor"; not "Prabowo Presiden", a role after the name)

    def apart(w: str, person: list[str]) -> bool:  # written without the person's name, or as a place
        return any(w in t and (loc or not any(x in person for x in t)) for t, loc in other)

    # "di Tangerang" (not "dari Elon Musk", nor "dari Bu Khofifah": a role before a name marks a person)
    places = {w for t, loc in other if loc and t[0].rstrip(".") not in nw["role"] for w in t}
    places |= {w for w in toks[:-1] if w in corpus_places}  # "Buleleng", which other articles write "di Buleleng"
    # a place of places.csv before the name the article goes on to use: "Jawa Timur Emil Dardak" called "Emil", "Suku Dinas
    # ... Jakarta Pusat Hardisiswan" (not "Bali United Stefano Cugurra", where "United" is not written alone)
    spans = _place_spans(toks, nw["place_or_country"])  # ("pelatih Inggris Thomas Tuchel" called "Tuchel")
    spans = [(a, e) for a, e in spans if e < n and not any(x <= a and e <= y and (x, y) != (a, e) for x, y in spans)]
    # (the longest place: "Jakarta Selatan", not "Jakarta" before "Selatan")
    for a, e in spans:
        if toks[e] in alone or tuple(toks[e:]) in written:
            places |= set(toks[a:e])
    # the last word of another run opened by a place word ("Kota Tangerang") or holding a common word ("Bea Cukai
    # Langsa"), with no role in it ("Pak Joko" is no office)
    name_ends = {t[-1] for t, _ in other if len(t) > 1 and not any(x.rstrip(".") in nw["role"] for x in t)
                 and (t[0] in nw["place_word"] or any(lower[x.lower()] for x in t[:-1]))}

    def office(w: str, person: list[str], strict: bool = False) -> bool:
        if len(w.rstrip(".")) == 1:  # an initial ("M Ismail Riyadi") is part of the name
            return False
        if strict:  # a first name is often written apart, or as a common word ("Rahmat"); a role or a place is not,
            # nor the last word of a place's or an office's name ("Kota Tangerang", "Bea Cukai Langsa"), nor a common
            # word never written alone that the article writes apart ("Menteri Ketenagakerjaan Yassierli" where it
            # writes "BPJS Ketenagakerjaan")
            return (w.rstrip(".") in nw["role"] or w in places or (n > 2 and apart(w, person)) or w in name_ends
                    or (lower[w.lower()] > 0 and w not in alone and apart(w, person))
                    or (len(w) >= 3 and _acronym(w) and apart(w, person))  # "ESDM Sujatmiko" (not "JK Rowling")
                    or _derived_word(w, nw["portfolio_affix"]))  # "Keamanan Wiranto": a portfolio, no first name
        return (w.rstrip(".") in nw["role"] or apart(w, person) or w.isupper() or lower[w.lower()] > 0
                or (w in places and len(person) > 1)  # "Qualcomm Indonesia Shannedy Ong" (not "Madison Keys")
                or _derived_word(w, nw["portfolio_affix"]))

    heads = [t[:k] for t, _ in runs for k in range(len(t) - n + 1) if t[k:k + n] == toks]  # what the name follows
    role_led = any(any(w.rstrip(".") in nw["role"] for w in h) for h in heads)
    org_goes_on = any(h and h[-1].rstrip(".") not in nw["role"] and office(h[-1], toks) for h in heads)

    def body_end(w: str) -> bool:  # a word that ends a body's name ("Tbk", "Group", "Sekuritas") or is a body's short name
        return (w in nw["organisation_end"] or (w.startswith(nw["organisation_prefix"]) and w not in nw["organisation_prefix"])
                or (bool(_BRAND.fullmatch(w)) and not w.startswith(nw["surname_prefix"])))  # "AnyMind", not "McGregor"

    def name_only(w: str, person: list[str]) -> bool:  # a word of a person's name, by what the corpus shows
        return not (lower[w.lower()] or _acronym(w) or len(w.rstrip(".")) == 1 or w.rstrip(".") in nw["role"]
                    or _derived_word(w, nw["portfolio_affix"])  # "Perdagangan": a portfolio
                    or w in nw["organisation"] or body_end(w) or w in places or w in corpus_places or w in name_ends
                    or w in nw["place_word"] or apart(w, person) or w.lower() in nw["stop"])

    def strong_end(w: str, person: list[str]) -> bool:  # the last word of a body's name or of a place: "Tbk", "Kemendagri",
        # "China" written after "di", "Mandiri" where the article writes "PT Bank Mandiri Tbk" (not "Djarot" written alone)
        if w in nw["particles"] or len(w) < 3:  # "Al Muzammil Yusuf": a name's particle ends nothing
            return False
        return body_end(w) or w in places or w in corpus_places or any(
            w in t and not any(x in person for x in t) and any(
                x in nw["organisation"] or x in nw["legal_form"] or body_end(x) for x in t if x != w) for t, _ in other)

    # "Juru Bicara Kementerian Luar Negeri China Geng Shuang", named once: the person is the two or three words of a name
    # after a body's last word ("Tbk", "Group", "Kemendagri") or after the last word of a place or of a body the article
    # names apart ("China"), every word before being office
    for i in range(n - 1 if body_end(toks[-2]) else n - 2, 0, -1):  # one word after "Tbk", "Kemendagri"
        person = toks[i:]
        if len(person) > 3:
            break
        if len(person) == 1 and (person[0] not in alone or in_other_name(person[0], person)
                                 or dictionary_word(person[0])):
            continue  # one word only where the article calls the person by it and by no other name, no word of the
            # language ("kata Mulyana"; not "... Mirae Asset Sekuritas Indonesia, Muhammad Farras Farhan")
        if all(name_only(w, person) for w in person) and (body_end(toks[i - 1]) or (
                (role_led or toks[0] in nw["organisation"]) and strong_end(toks[i - 1], person)
                and all(office(w, person) or body_end(w) for w in toks[:i]))):
            return " ".join(person)
    if role_led and n > 2:  # "Manager Public Relations KAI Commuter Leza Arlan": a role opens the run and an office
        for i in range(1, n):  # follows it, so the name starts at the first word the article uses alone
            person = toks[i:]
            if (toks[i] in alone and toks[i].lower() not in nw["stop"] and not office(toks[i], person)
                    and not in_other_name(toks[i]) and (org_goes_on or any(office(w, person) for w in toks[:i]))):
                while i > 0 and not office(toks[i - 1], toks[i:]) and not dictionary_word(toks[i - 1]):
                    i -= 1  # "Al Hilal Esteve Calzada" called "Calzada": the words before it that are no office (nor a
                    # word of the dictionary: "Menteri Luar Negeri Retno Marsudi" called "Retno") are the rest of the name
                if i > 0:
                    return " ".join(toks[i:])
                break
    for i in range(n - 1, 0, -1):  # the latest cut whose head is all office
        person = toks[i:]
        used = toks[i] in alone or tuple(person) in written  # "Melati", or "Melati Sarnita" on its own
        by_last = (not used and len(person) > 1 and person[-1] in alone and not _acronym(person[-1])
                   and person[-1] not in places and person[-1] not in corpus_places)  # "Suyasa" for "Gede Suyasa"
        if not (used or by_last) or in_other_name(toks[i], person) or toks[i].lower() in nw["stop"]:
            continue
        if by_last and not all(w.rstrip(".") in nw["role"] or _acronym(w) or w in places or (apart(w, person)
                                                                                          and w not in alone)
                               for w in toks[:i]):
            continue  # only behind a role, an acronym, a place or a word the article writes apart ("Kabupaten Buleleng")
        if i == n - 1 and (not office(toks[i - 1], person, strict=True) or toks[i].isupper() or toks[i] in places
                           or toks[i] in nw["organisation_end"]  # "Mauritania Airlines": a company, not "Airlines"
                           or toks[i] in corpus_places
                           or toks[i] in name_ends):
            continue  # "Gian Piero Gasperini" called "Gasperini": one word is kept only behind an office, not an acronym
        if all(office(w, person) for w in toks[:i]):
            return " ".join(person)
    for a, e in sorted(spans, key=lambda s: -s[1]):  # "Kepala ... Divre II Sumatera Barat Sulthon": after a place of
        person = toks[e:]  # places.csv, one to three words that are only a name's end the run (not "Bali United ..."
        if (len(person) <= 3 and all(name_only(w, person) for w in person)  # where the article writes "Bali United"
                and not any(toks[e - 1] in t[:-1] and t[t.index(toks[e - 1]) + 1] == toks[e] for t, _ in other)):  # apart)
            return " ".join(person)
        break
    at_place = [j for j in range(n - 2) if toks[j] in places]
    if at_place:  # "Direktur Turnamen Ukraina Markiyan Lubkivsky" where the article writes "di Ukraina": the name follows
        person = toks[at_place[-1] + 1:]  # the last place in it, if two words or more follow that are only a name's
        if not any(lower[w.lower()] or _acronym(w) or w.rstrip(".") in nw["role"] or w in places or w in name_ends
                   for w in person):
            return " ".join(person)
    return name


def _person_head(desc: str, nw: dict) -> bool:
    """Does a description that opens a sentence describe a person ("Mantan Wali Kota Blitar", "Pria berusia 33 tahun",
    "Pelatih berusia 67 tahun"), not a thing ("Lagu", "Aturan", "Hasil studi baru") or a body ("Perusahaan")?

    Its first word (past an office modifier, "Mantan", "Eks") is a role of ``roles.csv``, a person noun, descriptor,
    relation or source of ``speech_cues.csv``, or an agent noun of the dictionary (an agent_prefix of ``roles.csv``,
    pe-/peN-, without a portfolio suffix: "Pemilik", "Pendiri"; not "Penelitian")."""
    words = desc.split()
    w = words[0]
    if w.lower() in nw["office_modifier"] and len(words) > 1:
        w = words[1]
    low = w.lower().rstrip(".")
    agent = (low.isalpha() and any(low.startswith(p) and len(low) >= len(p) + 3 for p in nw["agent_prefix"])
             and not any(low.endswith(suf) for _, suf in nw["portfolio_affix"]) and dictionary_word(low))
    return w.rstrip(".") in nw["role"] or low.capitalize() in nw["role"] or low in nw["person_noun"] or agent


def _is_role(name: str, nw: dict) -> bool:
    """Is a speaker only a role or title ("Kapolsek", "Sekretaris Jenderal"), with no name?"""
    return all(w.rstrip(".") in nw["role"] for w in name.split())


def _role_forms(res: Resources) -> dict[str, list[str]]:
    """Each office's other written forms, both ways (role_forms.csv: "Menkes" -> ["Menteri Kesehatan"], and back)."""
    forms: dict[str, list[str]] = defaultdict(list)
    t = res.table("role_forms.csv")
    for short, long in zip(t["short"].str.strip(), t["long"].str.strip()):
        forms[short].append(long)
        forms[long].append(short)
    return dict(forms)


_NUMBERED = re.compile(r"\s+(?:I|II|III|IV|V|VI)(?![\w.])")  # "Rektor I", "Wakil Ketua II": another office


def _to_sentence_end(words: list[str]) -> list[str]:
    """Capitalised words up to the one that ends the sentence ("Presiden Donald Trump. Warga" -> Presiden Donald Trump.;
    an initial, "J.", ends none)."""
    stop = next((j for j, w in enumerate(words) if w.endswith(".") and len(w) > 2 and not _INITIAL.fullmatch(w)), None)
    return words if stop is None else words[:stop + 1]


def _rare_in_lower(w: str, lower: Counter, inner: Counter) -> bool:
    """Does the corpus write ``w`` in lower case less than a tenth as often as capitalised inside sentences (a name, as
    "Budi": "budi" 2 times in the development set, "Budi" 62; not "Provinsi": "provinsi" 40, "Provinsi" 131)?"""
    return lower[w.lower()] * 10 < inner[w]


def _holder(role: str, text: str, resolve, nw: dict, lower: Counter, forms: dict | None = None,
            inner: Counter | None = None, places: set | frozenset | None = None) -> tuple[str, str] | None:
    """The one person an article names with a role ("Kapolsek ... Kompol Imam Suryana"), or None.

    Where the article writes the role, or another form of it (``forms``, :func:`_role_forms`: "Menkes" where the
    article writes "Menteri Kesehatan Republik Indonesia, Budi Gunadi Sadikin"), the person is the name after the
    last rank or role that follows it ("Kapolsek Diwek Kompol Imam Suryana"), a person the corpus names right after
    it ("hakim Rosihan Juhriah Rangkuti"; not opened by a common word, no acronym, so not "Rektor UKB Palembang"; the first letter
    of the role in either case), or the name after a comma and any titles ("Kapolsek Diwek, Imam Suryana", "Rektor
    Universitas Kader Bangsa, Dr. dr. Fika Minata Wathan"; not "Bupati Biak Numfor, Provinsi Papua, ...", whose
    first word the corpus also writes in lower case); the office's own words ("Diwek", a place) are not a person.
    A common word is one the corpus writes in lower case at least a tenth as often as capitalised inside sentences
    (``inner``; "Budi" is a name, "budi" a rare word), or a place's or organisation's first word, or written in lower
    case at all when ``inner`` is not given. A numbered
    office is another ("Rektor I"). A one-word holder that is a word of a longer one is that person ("Menkes Budi"
    and "Menkes Budi Gunadi Sadikin"). None when the article names no one so, or names two different people with
    the role ("Presiden Prabowo", "Presiden Trump"; "Ketua Majelis Hakim Rosihan ..." and "hakim anggota Purwanto S
    Abdullah", the role and a lower-case word of another role before the name). With ``places`` (the corpus's places),
    two capitalised words right after the role are a name even when the corpus names the person only there
    ("Presiden Joko Widodo" written once), if none is a common word, an acronym, a place or a body's word. The role
    written after another role or an office_modifier of roles.csv is another office ("Wakil Bupati Jimmy Kapisa",
    "mantan Presiden ...", "Staf Khusus Presiden Johan Budi"). Of two holders whose words nest, the shorter name of
    two words or more is the one person ("Negeri Tjahjo Kumolo" is Tjahjo Kumolo). Where the names found disagree, the
    one person named right after the role (not after a comma or a bracket) holds it: "Menhub Budi Karya Sumadi" beside a
    list of guests, "Menhub Budi Karya Sumadi, Menteri Kominfo Rudiantara, ...".
    """
    def common(w: str) -> bool:  # a word the corpus also writes in lower case, not mostly as a name (:func:`_rare_in_lower`)
        return lower[w.lower()] > 0 and (inner is None or not _rare_in_lower(w, lower, inner) or w in nw["place_word"]
                                         or w in nw["organisation"])

    cap = r"[A-Z][\w.'-]*"
    held, right_after = set(), set()
    for form in [role] + list((forms or {}).get(role[:1].upper() + role[1:], [])):
        first = f"[{form[0].upper()}{form[0].lower()}]" + re.escape(form[1:])  # "hakim" is also "Hakim"
        rx = re.compile(r"(?<![\w-])" + first + r"\)?((?:\s+" + cap + r"){0,8})(\s*\([^()]{1,15}\))?(?:\s*,\s*([^,;:()\"]{1,80})|\s+(" + cap
                        + r"(?:\s+" + cap + r"){0,5}))?")  # "Menteri Dalam Negeri (Mendagri) Tito Karnavian":
        for m in rx.finditer(text):  # the role's short form in brackets; "Presiden Amerika Serikat (AS), Donald Trump"
            if _NUMBERED.match(m.group(1)):
                continue
            prev = re.search(r"(\S+)\s+$", text[max(0, m.start() - 30):m.start()])
            if prev and (prev.group(1).lower() in nw["office_modifier"] or prev.group(1) in nw["role"]):
                continue  # "Wakil Bupati Jimmy Kapisa", "mantan Presiden Abdurrahman Wahid", "Staf Khusus Presiden Johan
                # Budi": another office than "Bupati", "Presiden"
            words = _to_sentence_end(m.group(1).split())
            ranks = [j for j, w in enumerate(words) if w.rstrip(".,") in nw["role"]]
            # words followed by a name after a comma are the office's ("Presiden Amerika Serikat (AS), Donald Trump")
            # and so are words in brackets before a name ("Gubernur Kalimantan Tengah (Kalteng) Agustiar Sabran")
            named_after = m.group(3) or (m.group(4) if m.group(2) else None)
            direct = (resolve(" ".join(words)) if words and not ranks
                      and not (named_after and named_after.strip()[:1].isupper()) else ("", "", ""))
            after = named_after.split() if named_after else []
            titled = False
            while after and after[0].rstrip(".,") in nw["role"]:  # "Dr. dr. Fika Minata Wathan": titles first
                after, titled = after[1:], True
            after = _to_sentence_end(after[:next((j for j, w in enumerate(after) if not w[:1].isupper()), len(after))][:6])
            after_name = " ".join(after).rstrip(".")
            comma = False  # the name follows a comma or a bracket, not the role itself
            if ranks and ranks[-1] < len(words) - 1:
                name = " ".join(words[ranks[-1] + 1:])
            elif ((direct[2] == "person" or (direct[2] == "name" and len(words) == 1 and " " in form
                                             and places is not None and words[0] not in places
                                             and words[0] not in nw["place_word"] and words[0] not in nw["organisation"]))
                  and not common(words[0]) and not any(_acronym(w) for w in words)):
                # "hakim Rosihan Juhriah Rangkuti": a person the corpus names, right after the role; "Menko Polhukam
                # Wiranto": a name of one word right after an office of two words
                name = " ".join(words)
            elif (places is not None and not direct[2] and len(words) >= 2
                  and not (named_after and named_after.strip()[:1].isupper())  # "Kapolsek Liang Anggang, Kompol Imam"
                  and _is_name(" ".join(words), nw)
                  and not any(common(w) or _acronym(w) or w in places or w in nw["place_word"] or w in nw["organisation"]
                              or not w[:1].isupper() for w in words)):
                name = " ".join(words).rstrip(".")  # "Presiden Joko Widodo" written once: two name words no corpus
                # names otherwise, none a common word, an acronym or a place's
            elif (after and after[0][:1].isupper() and _is_name(after_name, nw) and after[0] not in nw["organisation"]
                  and not any(_acronym(w) for w in after) and (titled or not common(after[0]))
                  # after a bracket, only a person's name ("Pengadilan Negeri (PN) Surabaya" is a place)
                  and (m.group(3) or resolve(after_name)[2] == "person")):  # a title makes the name a person's ("Kompol Imam Suryana")
                name, comma = after_name, True
            else:
                continue
            actor, side, kind = resolve(name)
            if actor and kind != "organisation" and not _is_role(actor, nw):
                held.add((actor, side))
                if not comma:  # named right after the role
                    right_after.add((actor, side))
        # "hakim anggota Purwanto S Abdullah": the role, a lower-case word of another role, then a person's name
        qualified = re.compile(r"(?<![\w-])" + first + r"\s+([a-z]+)\s+(" + cap + r"(?:\s+" + cap + r"){0,5})")
        for m in qualified.finditer(text):
            after = _to_sentence_end(m.group(2).split())
            name = " ".join(after).rstrip(".")
            if (m.group(1).capitalize() in nw["role"] and after and _is_name(name, nw) and not common(after[0])
                    and not any(_acronym(w) for w in after) and after[0] not in nw["organisation"]):
                actor, side, kind = resolve(name)
                if actor and kind in ("person", "") and not _is_role(actor, nw):
                    held.add((actor, side))
                    right_after.add((actor, side))
    # "Menkes Budi" and "Menkes Budi Gunadi Sadikin", "Bupati Markus Mansnembra" and "Markus O Mansnembra": one person
    # (a one-word holder is the longer name; of two names or more, the shorter: "Negeri Tjahjo Kumolo" is Tjahjo Kumolo)
    def within(a: str, b: str) -> bool:
        return set(a.split()) < set(b.split())

    def one(names: set) -> set:
        return {h for h in names if not any((within(h[0], o[0]) and " " not in h[0]) or (within(o[0], h[0]) and " " in o[0])
                                            for o in names)}

    held, right_after = one(held), one(right_after)
    if len(held) > 1 and len(right_after) == 1:
        # "Menhub Budi Karya Sumadi" in one sentence, "Menhub Budi Karya Sumadi, Menteri Kominfo Rudiantara" in a list:
        # the name written right after the role beats one after a comma
        return right_after.pop()
    return held.pop() if len(held) == 1 else None


def _full_name(short: str, runs: list[tuple[list[str], bool]], resolve, nw: dict, lower: Counter
               ) -> tuple[str, str] | None:
    """The one longer name of a person an article writes with a short name in it, or None.

    "Hari" becomes "Hari Purnomo" when the article also writes "Kadis Disparpora Hari Purnomo", and
    no other person's name found in the corpus holds "Hari" (a name written once is not taken: most
    such on the development set were words glued by the scraper, "Pramono Anungmenyebut"). Not a
    place of the article ("di Israel": not "Mossad
    Israel"), an acronym ("Kemlu RI", "SBY"), common words ("Lalu Lintas"), an organisation or a
    role; and not a name whose added words before the short one are common words ("Cukai China").
    """
    st = short.split()
    n = len(st)
    if (any(len(w) > 1 and w.isupper() for w in st) or any(w in st for t, loc in runs if loc for w in t)
            or (n > 1 and all(lower[w.lower()] for w in st))):
        return None
    found = set()
    for t, loc in runs:
        if loc or len(t) <= n or not any(t[k:k + n] == st for k in range(len(t) - n + 1)):
            continue
        actor, side, kind = resolve(" ".join(t))
        at = actor.split()
        at_short = next((k for k in range(len(at) - n + 1) if at[k:k + n] == st), None)
        if (kind == "person" and len(at) > n and at_short is not None and not _is_role(actor, nw)
                and not any(len(w) > 1 and w.isupper() for w in at) and not any(lower[w.lower()] for w in at[:at_short])):
            found.add((actor, side))
    return found.pop() if len(found) == 1 else None


def _one_form_per_person(rows: list[dict], resolve, nw: dict, lower: Counter, types: dict, places: set,
                         article_places: dict[str, set] | None = None) -> None:
    """Within each article, a speaker of one or two words becomes the one longer speaker's name that holds it (in place).

    "Marquez" and "Marc Marquez" in one article are one voice, as are "Hasan" and "Hasan Nasbi", and "Dwi Januanto"
    and "Dwi Januanto Nugroho": the longer
    name must be a person's (two to four words; no acronym, role, organisation or place word, nor words the scraper
    glued, "KomisionerKompolnasChoirul Anam"; the words
    before the short one no common words) and the only speaker of the article holding that word. Not "Iran"
    beside "Garda Revolusi Iran", nor a name another article shares (across articles only ``actors.csv``
    merges). A person's initials of two to four capitals ("JK", "SBY") become the one such name of the article they
    spell ("Jusuf Kalla", "Susilo Bambang Yudhoyono"; not a body's, "OJK" beside "Otoritas Jasa Keuangan", whose short
    form speakers keep).
    """
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for x in rows:
        by_doc[x["doc_id"]].append(x)
    for doc, xs in by_doc.items():
        here = places | (article_places or {}).get(doc, set())  # the corpus's places and the article's own ("di Iran")
        names = {x["speaker"] for x in xs if x["speaker"] and "; " not in x["speaker"]}
        for short in [n for n in names if len(n.split()) <= 2 and n not in types and not _acronym(n) and n not in here
                      and n[:1].isupper() and not any(w in here or _acronym(w) for w in n.split())]:
            st = short.split()
            longer = set()
            for n in names:
                t = n.split()
                at = [k for k in range(len(t) - len(st) + 1) if t[k:k + len(st)] == st]
                if not (2 <= len(t) <= 4 and len(t) > len(st) and at) or n in types:
                    continue
                if len(st) > 1 and (at[0] != 0 or len(t) != len(st) + 1):  # two words: the name with one more word
                    continue  # at the end ("Dwi Januanto Nugroho"), not "Tbk Josua Pardede", "M Cash Martin Suharlie"
                k = at[0]
                if (any(_acronym(w) or w.rstrip(".") in nw["role"] or w in nw["organisation"] or w in here
                        or w in nw["place_word"] or not w[:1].isupper() or re.search(r"[a-z][A-Z]", w) for w in t)
                        or any(lower[w.lower()] for w in t[:k]) or resolve(n)[2] not in ("person", "name", "")):
                    continue
                longer.add(n)
            if len(longer) == 1:
                full = longer.pop()
                side = next(x["side"] for x in xs if x["speaker"] == full)
                for x in xs:
                    if x["speaker"] == short:
                        x.update(speaker=full, side=side)
        # a person's initials ("JK", "SBY", "AHY") beside the one name of the article they spell
        names = {x["speaker"] for x in xs if x["speaker"] and "; " not in x["speaker"]}
        for short in [n for n in names if re.fullmatch(r"[A-Z]{2,4}", n) and n not in types]:
            spelt = [n for n in names if len(n.split()) == len(short) and n not in types
                     and all(w[:1] == c for w, c in zip(n.split(), short))
                     and not any(_acronym(w) or w.rstrip(".") in nw["role"] or w in nw["organisation"] or w in here
                                 or w in nw["place_word"] or not w[:1].isupper() or lower[w.lower()]
                                 for w in n.split())
                     and resolve(n)[2] in ("person", "name", "")]
            if len(spelt) == 1:
                side = next(x["side"] for x in xs if x["speaker"] == spelt[0])
                for x in xs:
                    if x["speaker"] == short:
                        x.update(speaker=spelt[0], side=side)


def _is_joint(sp: str, joint_split: re.Pattern, joint_prefix: re.Pattern | None, resolve, nw: dict) -> bool:
    """Is "A dan B" two speakers, not one name with "dan" in it ("Kementerian Kelautan dan Perikanan")?

    Two speakers when every part is a known actor (the gazetteer's or one found in the corpus) and
    the first does not open an organisation's or an office's name. Checked on the development set:
    17 of 24 joint speakers were such names before this rule.
    """
    if joint_prefix is not None:
        sp = joint_prefix.sub("", sp)
    parts = [x.strip() for x in joint_split.split(sp) if x.strip()]
    first = parts[0].split()[0] if parts and parts[0].split() else ""
    if first in nw["organisation"] or (first in nw["role"] and len(parts[0].split()) > 1 and first != parts[0]):
        return False
    return all(resolve(x)[2] for x in parts)


def _clause(text: str) -> str:
    """``text`` up to the end of its clause: a comma, semicolon, colon, bracket or full stop (not the dot of a handle or
    an address, "@baby.ivanovaa")."""
    return re.split(r"[,;:()]|\.(?!\w)", text, maxsplit=1)[0]


def _described(rest: str, head: re.Pattern, nw: dict, points_back: re.Pattern) -> tuple[str, int, str] | None:
    """Who a noun after a speech verb describes: '"...," ujar jaksa' -> ("jaksa", end, ""); "kata juru bicara
    Departemen Luar Negeri AS" -> (phrase, end, "Departemen Luar Negeri AS"). None when no descriptor opens
    ``rest`` or it points back to someone named before ("kata pria itu", "ujar menteri yang ...")."""
    m = head.match(rest)
    if not m:
        return None
    clause = _clause(rest[m.end():])
    brought_in = rest[m.start():].strip().lower().startswith(tuple(nw["unnamed"])) if nw["unnamed"] else False
    for pb in points_back.finditer(clause):
        if pb.group(0) == "yang" and (brought_in or re.search(r"(?<![\w-])[A-Z]", clause[:pb.start()])):
            continue  # "tutur seorang sumber yang dekat dengan produksi", "kata pengacara Ulrich Weber yang ditugaskan
            # ...": a clause about someone brought in or named here, not back to someone named before
        return None  # "kata pria kelahiran Medan itu", "ujar menteri yang ...": the one named before
    words = list(re.finditer(r"\S+", clause))
    end, caps = m.end(), []
    roles = {w.lower() for w in nw["role"]}
    plain = 0
    for k, w in enumerate(words):
        word = w.group(0)
        if word.startswith("@") and len(word) > 1:
            end = m.end() + w.end()
            break  # '"...," tulis akun @afckyou': the account's handle ends the description
        if word.lower() in nw["addressee_marker"]:
            break  # '"...," ujar seorang sumber kepada The Sun': the one addressed or the medium is no part of it
        if word[:1].isupper() and len(caps) < 5:
            caps.append(word)  # "Departemen Luar Negeri AS"
        elif not caps and (word.lower() in roles or any(x.group(0)[:1].isupper() for x in words[k + 1:k + 3])):
            pass  # "hakim ketua", "juru bicara kementerian Luar Negeri"
        elif not caps and plain < 4 and word[:1].islower() and word.lower() not in nw["stop"]:
            plain += 1  # "seorang saksi", "salah satu netizen", "seorang konten kreator"
        else:
            break
        end = m.end() + w.end()
    return rest[m.start():end].strip(), end, " ".join(caps)


def _anonymous_back(rest: str, nw: dict, points_back: re.Pattern) -> str:
    """An unnamed source after a speech verb that points back ('"...," kata sumber itu', "lanjut salah satu sumber dekat
    aktor 67 tahun itu"): the words up to the source's noun ("sumber", "salah satu sumber"), or "". Such a source is
    the one the article brought in before, never the last person named (speech_cues.csv ``anonymous``)."""
    m = nw["anonymous_head"].match(rest)
    if not m:
        return ""
    return m.group(1) if points_back.search(_clause(rest[m.end():])) else ""


def _described_then_named(rest: str, rx: re.Pattern, nw: dict, points_back: re.Pattern, places: set, resolve,
                          corpus_places: set) -> tuple[str, int, str] | None:
    """A lower-case description after a speech verb, then the person's name after a comma ('"...," ujar jemaah asal
    Makassar, Suwardi, di Hotel 311'; "kata analis pasar emas lokal, Dewi Kartika."): (description, end, name), or
    None. Not a description that opens with a stop word ("dia dalam keterangan tertulis, Sabtu") or points back to
    someone named before ("striker Dewa United itu, Minggu"), nor a name that is a day, a month, an acronym, a place
    of the article, of the corpus (``corpus_places``: "pentolan Dewa 19 di kawasan Menteng, Jakarta Pusat") or of
    ``places.csv`` and ``countries.csv`` (then the description alone: "petani asal Purworejo, Jawa Tengah"), or an
    organisation."""
    m = rx.match(rest)
    if not m:
        return None
    desc, name = m.group("desc"), m.group("name").rstrip(".")
    first = name.split()[0]
    if (desc.split()[0] in nw["stop"] or points_back.search(desc) or first.lower() in nw["calendar"]
            or not _is_name(name, nw) or any(w in places for w in name.split()) or first in nw["organisation"]
            or resolve(name)[2] == "organisation" or first in corpus_places):
        return None
    if name in nw["place_or_country"]:  # "ujar petani asal Purworejo, Jawa Tengah": the place ends the description
        return desc.strip(), m.end("desc"), ""
    return desc, m.end("desc"), name  # the name follows as an appositive (the caller reads it so)


# "... sambutan hangat dari Direktur Komersial Gresini Racing, Carlo Merlini.": a name after a comma ends the sentence
_FINAL_NAME = re.compile(r",\s*(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s*[.!]?\s*$")
# "Pemilik usaha perbaikan jok, Ahmad Sajali, juga ...": a description opens the sentence, then the person's name
_DESCRIBED_OPENING = re.compile(r"^\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*,\s*)?"  # "Namun, pengamat kripto ..., Desmond Wira, ..."
                                r"([A-Z][\w-]*|[a-z][\w-]*)(?:\s+[^\s,\"]+){0,7}?\s*,\s*([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})"
                                r"(?:\s*,)?\s+(?=[a-z])")  # "Namun penjaga gawang Prancis, Hugo Lloris tak ingin ..."
# "Mantan bek Arsenal Martin Keown meragukan ...": a role, one to three lower-case words, then capitalised words
_ROLE_LED_OPENING = re.compile(r"^\s*([A-Z][a-z]+)((?:\s+[a-z][\w-]*){1,3})\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,5})"
                               r"(?=\s+[a-z])")
_ONE_WORD_OPENING = re.compile(r"^\s*([A-Z][a-z][\w'-]*)(?=\s+[a-z])")  # "Agus kemudian memberi masukan ..."
_DEGREE = re.compile(r"[A-Z][a-z]{0,2}\.[A-Za-z]")  # an academic degree: "S.Sos", "M.Si"
# a whole word that is a dotted degree: "M.Si", "M.Hum", "S.Sos", "Sp.KK", "S.H." (not an initial glued to a name, "M.Ismail")
_DEGREE_WORD = re.compile(r"[A-Z][a-z]{0,2}\.[A-Za-z]{1,4}(?:\.[A-Za-z]{1,4}){0,2}\.?")
# a brand written with a capital inside the word ("AnyMind", "AeroTerrascan", "GoToMalls"); a surname's prefix glued to a
# capital ("McGregor", "DiCaprio": roles.csv surname_prefix) is checked by the caller
_BRAND = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
_PLACE_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+$")  # the lower-case word right before a speaker ("dari", "di")
_NAME_AT_END = re.compile(r"(?<![\w-])([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,5})(?:\s*\(\d+\))?\s*$")  # "Frans "
_NAME_THEN_DESCRIPTION = re.compile(r"(?<![\w-])([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,5})(?:\s*\(\d+\))?\s*,\s+"
                                    r"(?=[A-Za-z])[^,\"]*$")  # "Amjad Bseisu, CEO EnQuest yang berkantor pusat "
# "Raha Spehrara dokter gigi " before "dari Dental Suites Clinic": a name, then a role in lower case without a comma
_NAME_THEN_ROLE = re.compile(r"(?<![\w-])([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,5})\s+([a-z][\w-]*)(?:\s+[a-z][\w-]*){0,3}\s*$")
_NAME_BEFORE_COMMA = re.compile(r"([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,5})\s*,\s*$")


def _person_named(desc: tuple[str, int, str], resolve, nw: dict, lower: Counter) -> tuple[str, str] | None:
    """The person a description after a speech verb ends with, or None: "ketua tim konservasi Ni Wayan
    Karolina" -> Ni Wayan Karolina (a person the corpus names, or two name words or more that are no
    organisation's, acronym or common words); not "juru bicara Departemen Luar Negeri AS"."""
    phrase, _, caps = desc
    if not caps or not phrase.endswith(caps) or not _is_name(caps, nw):
        return None
    actor, side, kind = resolve(caps)
    words = actor.split()
    if kind == "person" and not _is_role(actor, nw):
        return actor, side
    if (kind == "" and len(words) >= 2 and words[0] not in nw["organisation"] and caps.split()[0] not in nw["organisation"]
            and not any(len(w) > 1 and w.isupper() for w in words) and not any(lower[w.lower()] for w in words)):
        return actor, side
    return None


def _introduced_person(name: str, before: str, resolve, nw: dict, lower: Counter, places: set
                       ) -> tuple[str, str] | None:
    """The person a name introduced by a description stands for, or None for a place, an organisation, an
    acronym or common words ("di Jakarta, ...", "PT Gag Nikel, perusahaan ...", "Selain itu, ...")."""
    prev = re.findall(r"\S+", before)[-1:]
    chain = re.search(r"(?:^|[^\w-])([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*),\s*$", before)  # the name before, if a comma joins them
    if prev and (prev[0].lower().strip("(") in nw["place_marker"] or prev[0][:1].isdigit() or prev[0] in nw["joint"]):
        return None  # "asal Makassar, ...", "pukul 22.30 Wita, ...", "Jerman dan Portugal, ...": a place, a list
    office_before = chain and chain.group(1).split()[0].rstrip(".") in nw["role"]  # "Kasi Humas Polresta X, AKP Y,"
    if (chain and not office_before and name.split()[0].rstrip(".") not in nw["role"]
            and (chain.group(1).split()[0] in nw["place_word"] or any(w in places for w in chain.group(1).split()))):
        return None  # "Kabupaten Deli Serdang, Sumatera Utara, ...": a place after a place
    toks = name.split()
    if (toks[0] in nw["organisation"] or toks[0] in nw["not_name"] or toks[0] in nw["place_word"]
            or toks[0].lower() in nw["stop"] or toks[0].lower() in nw["place_marker"]):  # "Warga Tenggarong, ..."
        return None
    actor, side, kind = resolve(name)
    words = actor.split()
    if (not words or kind in ("organisation", "country", "bloc", "document") or _is_role(actor, nw)
            or any(_acronym(w) for w in words) or not _named(words, lower) or words[0] in nw["organisation"]
            or any(re.search(r"[a-z][A-Z]", w) for w in toks + words)):  # words the scraper glued: "DesainerAnne"
        return None
    return actor, side


def _degrees(sp: str, nw: dict) -> bool:
    """Are these words only degrees ("MKM"; "ST MT MM", where a two-letter degree that is also a body's acronym
    stands among others), so that the name before them speaks?"""
    toks = sp.split()
    return bool(toks) and any(t in nw["degree"] for t in toks) and all(
        t in nw["degree"] or (t.isupper() and len(t) <= 3) for t in toks)


def _place_or_body(speaker: str, nw: dict, places: set) -> bool:
    """Is a speaker a place ("Ukraina", "Jalan Parapat": every word in ``places``, the words the corpus writes after "di"
    or "ke" twice or more, or a place word first) or a body named by a lower-case word ("pihak Kanwil", "pemerintah
    Singapura")? Such a speaker is no person a later "ia" or "-nya" could stand for (the caller keeps those the corpus
    types as people)."""
    toks = speaker.split()
    return bool(toks) and (all(t in places for t in toks) or toks[0] in nw["place_word"]
                           or (toks[0][:1].islower() and toks[0].capitalize() in nw["organisation"] | nw["not_name"]
                               and len(toks) > 1))


_BRIDGE = re.compile(r"(?P<bridge>[^,.;:\"!?]{1,120}?)\s*,\s*(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})"
                     r"(?=\s*[,.;:]|\s*$|\s+[a-z(])")


def _name_after_office(rest: str, nw: dict, places: set | frozenset) -> str:
    """The holder's name after an office that runs on past its capitalised words, or "".

    ``rest`` is what follows the office's first run of capitals after a speech verb. The office may go on through
    lower-case words of its name, a bracket, a dash, a joining word or a place after "di" ("kata Pimpinan sendra tari
    Ramayana RBP, Dahanan saat ditemui", "kata Sekretaris ... Keduataan Jerman di Indonesia, Alexander Thielitz.",
    "kata Executive General Manager Toyota - Astra Motor, Fransiscus Soerjopranoto kepada ...", "kata Juru Bicara Forum
    Relawan Amanat (Asep Maoshul untuk Jawa Barat), Aminudin Bustomi") up to a comma and a name. Not through a word that
    opens a clause (a stop word other than a joining word or "di", a weekday or month, a verb: roles.csv ``verb_prefix``,
    "me-", "ber-", "di-"), and
    not to a place of the corpus, an item of a list of places or before a day ("di Timika, Papua Barat, Kamis"), or a
    word that only names a place, a role or a body ("..., Jawa Barat", "..., Senin")."""
    m = _BRIDGE.match(rest)
    if not m:
        return ""
    toks = re.findall(r"\([^()]*\)|[^\s()]+", m.group("bridge"))
    if not toks or len(toks) > 10:
        return ""
    for t in toks:
        if t.startswith("(") or t[:1].isupper() or t[:1].isdigit() or t in nw["joiners"] or t in nw["place_preposition"]:
            continue
        if not t[:1].isalpha() and len(t) == 1:  # a dash or a slash
            continue
        low = t.lower()
        if (low in nw["stop"] or low in nw["calendar"]
                or (len(low) > 5 and low.startswith(nw["verb_prefix"]))):  # roles.csv verb_prefix: me-, di-, ber-
            return ""
    name = m.group("name")
    words = [w.rstrip(".") for w in name.split()]
    if re.match(r"\s*,\s*[A-Z]", rest[m.end():]):  # "di Timika, Papua Barat, Kamis", "di gedung KPK, Kuningan, Jakarta
        return ""  # Selatan, Rabu": an item of a list of places and a day, not a name
    if (not _is_name(name, nw) or any(w in places for w in words) or words[0] in nw["place_word"]
            or words[0] in nw["organisation"] or words[0] in nw["role"] or any(_acronym(w) for w in words)):
        return ""
    return name


def _is_name(name: str, nw: dict) -> bool:
    """Can these capitalised words be someone's name (not "Selasa", "Juni 2025" or titles alone: "Prof. Dr.")?"""
    toks = [t.strip(".,") for t in name.split()]
    return (bool(toks) and toks[0].lower() not in nw["calendar"] and toks[0] not in nw["not_name"]
            and not all(t in nw["role"] or t in nw["degree"] or len(t) <= 2 for t in toks)
            and not any(_DEGREE.match(t) for t in toks))  # a degree: "S.Sos", "M.Si"


def _matches_from(rx: re.Pattern, s: str):
    """Matches of ``rx`` in ``s``, each searched again from the end of the previous one's cue (so a match
    passed over leaves the rest of the sentence to search: "Meski mengaku ..., Fanny mengatakan ...")."""
    pos = 0
    while (m := rx.search(s, pos)) is not None:
        yield m
        pos = m.end("cue")


_LOOSE_BRACKET = re.compile(r"\(\s+([^()\n]{1,40}?)\s+\)")


def _tight(text: str) -> str:
    """Brackets closed on what they hold, as news is written: "Partai Amanat Nasional ( PAN ) Amien Rais" (a copy that
    set spaces around every mark, IndoSum) -> "Partai Amanat Nasional (PAN) Amien Rais", so an acronym in brackets
    between an office and a name reads as it does in the outlets' own text."""
    return _LOOSE_BRACKET.sub(r"(\1)", text)


_REPORTS_PERSON = re.compile(r"(?:setelah|usai|ketika|saat|bahwa)\s+(?:dia|ia|beliau)\s+(?:mengatakan|menyatakan|berkata|"
                             r"menegaskan|menyebut)", re.IGNORECASE)


_FROM_CONTEXT = frozenset({"carried", "subject", "introduced", "holder", "reported_by"})
_BASES = ("sentence", "context", "none")


def speaker_basis(cue: pd.Series, speaker: pd.Series) -> pd.Series:
    """Where each statement's speaker was found: in its own sentence, from the article around it, or nowhere.

    Parameters
    ----------
    cue : pandas.Series
        The ``cue`` column of :func:`quotes`: the speech verb, then the tags of how the speaker was
        found ("+carried", "+subject", "+introduced", "+holder", "+reported_by", "+described", ...).
    speaker : pandas.Series
        The ``speaker`` column of :func:`quotes` ("" or missing when none).

    Returns
    -------
    pandas.Series
        ``"sentence"`` where the sentence names the speaker or describes them ('"...," kata Budi',
        "ujar jaksa", "Menurut BMKG"); ``"context"`` where the speaker comes from another sentence:
        a pronoun or "-nya" carried from the last speaker or an earlier subject, a quotation standing
        alone that continues the previous one, a role alone given to the person the article names with it;
        ``"none"`` where there is no speaker. Same index as ``cue``.

    Examples
    --------
    >>> speaker_basis(pd.Series(["kata", "ujarnya+carried", "menurutnya+unresolved", "ujar+described"]),
    ...               pd.Series(["Budi", "Budi", "", "jaksa"])).tolist()
    ['sentence', 'context', 'none', 'sentence']
    """
    tags = cue.fillna("").astype(str).str.split("+").str[1:]
    named = speaker.fillna("").astype(str).str.strip().ne("")
    context = tags.map(lambda t: bool(_FROM_CONTEXT.intersection(t)))
    out = pd.Series("sentence", index=cue.index)
    out[context] = "context"
    out[~named] = "none"
    return out


def quotes(corpus: pd.DataFrame, *, resources: Resources | None = None) -> pd.DataFrame:
    """Direct quotes and reported speech with their speakers, resolved to actors and sides.

    Finds quotations in double quotation marks with an Indonesian speech verb after them ('"...," kata Putin') or
    before them ('Putin mengatakan, "..."'), reported speech ('Putin mengatakan bahwa ...', 'Menurut Kremlin,
    ...', '..., katanya.'), and quotations standing alone. A name followed by an appositive ('Putin, yang tiba
    Rabu pagi, mengatakan') still speaks; joint speakers ('Washington dan Seoul menuduh ...') are kept as a list
    joined by "; " (cue "+joint"); "mereka" (they) and "keduanya" (the two), before the verb or after it, take the
    article's last joint speakers, never one person; a dash around an aside is no part of a name ("Top Gun
    -julukan Maverick Vinales- menegaskan"), nor is a weekday after it ("kata Imam Senin (9/6/2025)"); the wire's place
    and day may stand between the speaker and the verb ("Bustang di Palu, Selasa, mengatakan ...", "Oding Turiat, Senin,
    mengatakan": weekdays of calendar.csv), though not a place before the day ("kata Jokowi di Serang, Banten, Senin")
    nor the medium ("sebagaimana dikutip Reuters, Senin, menyebut"); the channel
    of a statement may stand between its speaker and the verb ("Tasrul Tanar dalam catatannya menyebutkan ...",
    speech_cues.csv ``channel`` rows); a second speech verb joined to the first ('Putin dan Kim mengaku ... dan
    menyatakan ...') is a statement of its own by the same speakers (cue "+also"); a news agency reporting what a
    person said ('kantor berita Rusia melaporkan, setelah dia mengatakan ...') gives the words to the person (cue
    "+reported_by"); a sentence without quotation marks whose speaker is set inside it after a comma ("Aspek
    keselamatan kerja, kata Arifin, juga tetap menjadi prioritas.", "..., kata Sekretaris ..., Alexander Thielitz.") is
    reported speech, read as the quotation before the verb would be. The speaker is the name next to the verb, resolved through the actors gazetteer
    (``actors.csv``); a pronoun (ia, dia, beliau, -nya) takes the article's previous *person* speaker (``cue``
    ends in "+carried"; "+unresolved" and ``kind`` "unattributed" when there is none) - except that a sentence
    opening with the pronoun follows a sentence with no statement that opened with a person's name ("Elon Musk
    menghabiskan ... Ia menyebutkan ..."): then it is that person (cue "+subject") - and a quotation standing
    alone at the start of a sentence continues the previous speaker; "Kata" opening a sentence works like "Menurut"
    ("Kata AKP Edy, SD merupakan kurir narkoba."; speech_cues.csv ``according_opening``); a name, a comma and an office
    too long for one run of capitals speaks, not the body the office ends with ("Deni Surjantoro, Kepala Biro ...
    (KLI) Kemenkeu, melaporkan"); an opening description that points back ("Mantan suami Sarwendah itu ...") brings
    no one else in, so a later "ia" is still the person the article opened with. A noun after the verb describes who speaks
    ('"...," ujar jaksa'; cue ends in "+described"), so the words are not the last speaker's; a name after an
    office and a comma speaks ("kata Presiden Madura United FC, Achsanul Qosasi"), also after an office whose name
    is a list ("kata Menteri Pendidikan Tinggi, Sains, dan Teknologi, Brian Yuliarto") or runs on past its capitals
    ("kata Pimpinan sendra tari Ramayana RBP, Dahanan", "... Keduataan Jerman di Indonesia, Alexander Thielitz":
    :func:`_name_after_office`); an account, an unnamed source, a
    representative or a user after the verb speaks, an account with its handle ('"...," tulis akun @dewamade2002'); the
    one addressed or the medium that carried the words does not ("Nicko Widjaja kepada DailySocial menyebutkan",
    "Pihak Truecaller sebagaimana dikutip dari NDTV mengatakan": roles.csv ``addressee_marker``); an office or place written
    before a name is cut where the article goes on to use the name alone (:func:`_cut_to_person`); a short name is
    the one longer name of a person the article gives it ("kata Hari" -> "Hari Purnomo", :func:`_full_name`); a
    role alone ("Kapolsek mengungkapkan", "Mendagri" where the article writes "Menteri Dalam Negeri (Mendagri)
    Tito Karnavian", "Wapres" where it writes "Wakil Presiden Gibran Rakabuming Raka": role_forms.csv) is the one
    person the article names with that role (cue ends in "+holder", :func:`_holder`); a place of ``places.csv`` after
    a comma right before the verb ends an address, and the name the sentence opens with speaks ("Majelis Ulama
    Indonesia (MUI) Kota Sukabumi, Jawa Barat mengimbau", :func:`_address_to_subject`), and a place ending an office's
    or a body's name is that office or body ("Bupati Poso mengatakan", :func:`_office_of_place`); words the scraper
    glued into a name are taken apart ("JepangTakefusa Kubo", "Sarwendah Tanakhirnya": :func:`_unglue_name`), and a place other
    articles write after "di" or "ke" is cut from before a person's name ("Garuda Indonesia Cahyadi Indrananto");
    a name joined to its office by "selaku" / "yang merupakan" speaks ("Budi Gunawan selaku Direktur ...
    mengatakan"); an office longer than six words still ends in its holder's name; a passive speech verb ("Hal itu
    disampaikan Kepala Dinas X, Budi") makes the one it names the last person who spoke; a sentence with no
    statement that opens with a person's name, one word included if the corpus writes it capitalised inside
    sentences ("Agus kemudian memberi masukan ... Dia mengatakan ..."; or a one-word name the corpus never writes
    in lower case, opening two sentences of the article; or a role and a name no place, acronym or common word is
    part of, "Anggota Komisi I DPR Andia Thresia Narang menyambut ..."), as does one opened by a description or an
    office and the name between commas ("Pemilik usaha ..., Ahmad Sajali, juga ...") or one that ends with a name
    after a comma ("... sambutan hangat dari Direktur ... Gresini Racing, Carlo Merlini."; not a relative, "istri,
    Ditha", nor where "dia" acts), or ends with an office and its holder's name ("... datang dari Ketua Pansus ...
    DPRD Lampung Mikdar Ilyas."), makes a following "ia" that person (cue ends in "+subject"); a passive speech
    verb before an office that runs on gives the name after the sentence's last comma ("Hal ini disampaikan Kepala
    Bidang ..., Disabilitas dan ..., Suviyanto."); before anyone has spoken, "-nya" and "ia" go to the person an
    earlier sentence with no statement opened with, while no one else has been named since nor brought in unnamed
    ("seorang wisatawan") (cue ends in "+subject"), else to the last person the article introduced with a
    description after a comma ("Ratna, pemilik Baker's Gram, ..."; not a place, a list or a word that only opens a
    sentence; cue ends in "+introduced"); a name before a lower-case description between commas speaks ("Maimudin
    Tanjung, pegiat media sosial asal Aceh Singkil, mengingatkan"; the place or body one is from, after "dari" or
    "di", does not speak: "Frans dari Kelurahan Asuhan menyoroti" is Frans, "Amjad Bseisu, CEO EnQuest yang
    berkantor pusat di Inggris menggambarkan" is Amjad Bseisu; "Aris, seorang pedagang buah di Desa Tugusumberjo,
    Kecamatan Peterongan mengaku"); a lower-case role after the verb gives the person it ends with ("ujar
    koordinator program Viktoria Svitlova"), and a lower-case description after the verb the name after its comma
    ('"...," ujar jemaah asal Makassar, Suwardi, di ...'); a word that only opens a clause ("Meski mengaku ...")
    is nobody, and the search goes on in the sentence. A description of a person closed by a demonstrative that
    opens a sentence and speaks ("Mantan Wali Kota Blitar itu mengatakan, ..."; its head a role, a person noun or an agent
    noun: :func:`_person_head`) points back as a pronoun does; a thing or a body so described ("Lagu ini
    menggambarkan") is no speaker; one unnamed, described at the start of a sentence, speaks as written ("Seorang saksi
    mata menuturkan", "Pihak kepolisian mengatakan"; speech_cues.csv quantifier rows). A short name takes another
    article's longer name only where
    this article writes it too. Text quoted from a banner or slogan ("spanduk ... bertuliskan") is kept with
    ``kind`` "banner" and no speaker. Nested single quotes stay inside the quotation.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus`.
    resources : Resources, optional
        Speech cues, actors and sides; the corpus's own by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, outlet, kind`` (direct, reported, banner, unattributed), ``speaker`` (canonical
        actor or the name as written; "" when none), ``cue``, ``quote``, ``side`` (from
        ``sides.csv``), ``sentence``, ``basis`` (where the speaker was found: "sentence", "context" or
        "none", :func:`speaker_basis`); in article order.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [
    ...     'Menteri ESDM Bahlil Lahadalia tiba. "Kita harus maju," kata Menteri Bahlil, Sabtu. Ia menambahkan bahwa izin dicabut.']})
    >>> quotes(c)[["kind", "speaker", "cue", "quote"]].values.tolist()
    [['direct', 'Bahlil Lahadalia', 'kata', 'Kita harus maju,'], ['reported', 'Bahlil Lahadalia', 'menambahkan+carried', 'izin dicabut.']]
    """
    res = resources_of(corpus, resources)
    (q_after, q_before, reported, menurut, menurut_end, banner, pronouns, final, inserted,
     joint_split, joint_prefix, plural, also, descriptor, appositive_name, points_back,
     subject, office_link, passive, goes_on, role_head, introduced, intro_words, relation, described_name,
     office_list, final_office, opening_cues, in_place_list, described_back,
     described_subject) = res.memo("speech_patterns", _speech_patterns)
    lower = _lower_words(corpus)
    inner_caps = _inner_caps(corpus)
    amount_re = res.memo("amount_rx", _amount_rx)
    role_forms = res.memo("role_forms", _role_forms)
    money = frozenset(calendar(res).currencies)  # "USD": no one brought in
    nw = res.memo("name_words", _name_words)
    corpus_places = _corpus_places(corpus, nw, inner_caps)
    loose_places = _corpus_places(corpus, nw, inner_caps, loose=True)  # "Jepang", "Buleleng": written after "di" twice
    # speakers keep a bracket-defined short form as written ("KPK"): a long name read as a person's would be carried
    # to the pronouns after it
    in_text = find_actors(corpus, abbreviations=False, own_outlets=True, resources=res)  # an outlet may be an addressee
    resolve = _resolver(res, in_text, lower, inner_caps,
                        _lower_before_names(corpus), _cap_ngrams(corpus), _mid_caps(corpus), loose_places)
    types = actor_matcher(res)[2]
    cues = res.table("speech_cues.csv")
    unnamed = sorted(cues.loc[cues["position"].str.strip() == "unnamed", "cue"].str.strip(), key=len, reverse=True)
    introduces = (re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, unnamed)) + r")\s+[a-z]", re.IGNORECASE)
                  if unnamed else re.compile("(?!)"))  # "seorang wisatawan", "Salah satu pengguna"
    # a lower-case word for a body of a state or an organisation right before a name ("militer Israel", "pemerintah
    # Singapura", "pihak Mauritania Airlines"): the descriptor rows of speech_cues.csv and the organisation words of roles.csv
    bodies = sorted({w.lower() for w in cues.loc[cues["position"].str.strip() == "descriptor", "cue"].str.strip()}
                    | {w.lower() for w in nw["organisation"]}, key=len, reverse=True)
    body_of = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, bodies)) + r")\s+$")
    joint_lead = re.compile(r"^(?:" + joint_split.pattern + r")")  # "dan Apple" -> "Apple"
    rows = []
    cuts: dict[str, Counter] = defaultdict(Counter)  # long speaker name -> the names it was cut to
    article_places: dict[str, set] = {}  # article -> the words it writes after a place marker
    own: dict[tuple[str, str], str] = {}  # (article, long speaker name) -> its cut in that article
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        first_row = len(rows)
        resolve.context["words"] = {t.strip("\"'(),.:;!?") for t in normalize(r.text).split()}
        last = ("", "other")  # last speaker of any kind (for quotations standing alone)
        last_person = ("", "other")  # last person speaking (for ia, dia, beliau, -nya)
        last_group = ("", "other")  # last joint speakers (for mereka)

        def carried(prefix: str) -> tuple[str, str, str]:
            """Who a pronoun stands for: the last person who spoke in the article (else nobody).

            The last person merely named was tried as a fallback and rejected: on 23 changed
            quotes of the development set it was right 7 times (place names, people quoted about).
            """
            if last_person[0]:
                return last_person[0], last_person[1], "+carried"
            if prev_subject[0]:  # no one has spoken yet: the person an earlier sentence with no statement opened with,
                # while no one else has been named since (kept for a fixed number of sentences, it had gone wrong as often
                # as right; taken before the last speaker, 7 of 15 changes on the development set were right)
                return prev_subject[0], prev_subject[1], "+subject"
            if intro[0]:  # no one has spoken yet: the last person the article introduced with a description
                return intro[0], intro[1], "+introduced"
            return "", "other", "+unresolved"
        def holder_at_end(office_words: list[str]) -> str:
            """The name ending an office's words, after its last place, acronym, role or organisation word: two to four
            words, no place or acronym among them ("... (KPKP) DKI Jakarta Hasudungan Sidabalok" -> Hasudungan
            Sidabalok), or ""."""
            tail = [w.rstrip(".,") for w in office_words]
            listed = {j for a, e in _place_spans(tail, nw["gazetteer"]) for j in range(a, e)}  # "Walikota Bandung ..."
            cut = max((j for j, w in enumerate(tail) if j in listed or w in corpus_places or w in places
                       or _acronym(w.strip("()"))
                       or w.rstrip(".") in nw["role"] or w in nw["organisation"] or not w[:1].isupper()), default=None)
            person = resolve(" ".join(tail[cut + 1:]))[0].split() if cut is not None else []
            if (2 <= len(person) <= 4 and tail[-len(person):] == person
                    and not any(w in corpus_places or w in places or _acronym(w) for w in person)
                    and _is_name(" ".join(person), nw)):
                return " ".join(person)
            return ""
        runs = _article_name_runs(r.text, nw, res)
        prev_subject = ("", "other")  # the person a sentence with no statement opened with
        intro = ("", "other")  # the last person introduced with a description ("Ratna, pemilik Baker's Gram")
        places = {w for t, loc in runs if loc for w in t}  # words the article writes after "di", "ke", "dari" ...
        article_places[r.doc_id] = places
        own_caps = Counter(re.findall(r"(?<![\w-])[A-Z][a-z][\w'-]*", r.text))  # "Cesen" at the start of sentences
        resolve.context["places"] = places
        for para in [p for p in r.text.split("\n") if p.strip()]:
            p_norm = _tight(normalize(para))
            for s in sentences(p_norm, resources=res):
                found = []
                covered = []
                written, unquoted = s, None
                if ('"' not in s and (mi := inserted.match(s))
                        and not amount_re.match(mi.group("rest")) and mi.group("rest").split()[0] not in money):
                    # (not a sum after "tambah": "Harga turun, tambah Rp 5.000")
                    # "Aspek keselamatan kerja, kata Arifin, juga tetap menjadi prioritas.": reported speech with the
                    # speaker set in it, read as '"Aspek keselamatan kerja," kata Arifin, ...' is
                    tail = re.search(r",\s*(?=[a-z])", mi.group("rest"))
                    unquoted = (mi.group("head").strip() + (" " + mi.group("rest")[tail.end():].strip() if tail else "")
                                ).rstrip(" .")
                    s = '"' + mi.group("head").strip() + ',"' + " " + s[mi.start("cue"):]
                for m in q_after.finditer(s):
                    sp = (m.group("speaker") or "").strip()
                    rest = s[m.end():]
                    desc = _described(rest, descriptor, nw, points_back) if not sp and not m.group("nya") else None
                    if not sp and not m.group("nya") and not desc:  # "ujar koordinator program Viktoria Svitlova"
                        desc = _described(rest, role_head, nw, points_back)
                        desc = desc if desc and _person_named(desc, resolve, nw, lower) else None
                    if not sp and not m.group("nya") and not desc:  # '"...," ujar jemaah asal Makassar, Suwardi, di ...'
                        desc = _described_then_named(rest, described_name, nw, points_back, places, resolve,
                                                     corpus_places)
                    if not sp and not m.group("nya") and not desc and m.group("cue").lower() in nw["exchange"]:
                        # '"Gubernur?" tanya perekam': in an exchange any noun after the verb describes who speaks
                        desc = _described(rest, _ANY_NOUN, nw, points_back)
                        desc = desc if desc and desc[0] else None  # not a stop word ("tanya dia")
                    if sp and sp.lower() in nw["weekday"]:
                        sp = ""  # '"...," kata Rabu (18/6)': the day, where the outlet left out the name
                    back_to = (sp and not m.group("nya") and nw["demonstrative"].match(rest.lstrip())
                               and sp.split()[0].rstrip(".") in nw["role"] and last_person[0])
                    if back_to:  # '"...," ungkap Ketua Umum Gerindra tersebut': the office points back to who spoke
                        sp = ""
                    if sp and not m.group("nya"):
                        more = goes_on.match(rest)
                        if more and sp.split()[0].rstrip(".") in nw["role"]:
                            # "kata Kepala Unit ... Kepolisian Resor Kota Sidoarjo Ajun Komisaris Polisi Ony Purnomo",
                            # "... Digital Center of Economic and Law Studies (Celios) Nailul Huda": the whole office
                            sp, rest = sp + more.group(0), rest[more.end():]
                        app = appositive_name.match(rest)
                        listed = office_list.match(rest) if not app else None
                        if listed:  # "kata Menteri Pendidikan Tinggi, Sains, dan Teknologi, Brian Yuliarto": past the
                            app = appositive_name.match(rest, listed.end())  # office's list, the holder's name
                        role_in = any(w.rstrip(".") in nw["role"] for w in sp.split())
                        if app and (role_in or sp.split()[0] in nw["organisation"]) and _is_name(app.group("name"), nw):
                            sp = app.group("name")  # "kata Presiden Madura United FC, Achsanul Qosasi", "ujar Business
                            # Development Manager International, Erin Moston"
                        elif (not app and not listed and role_in
                              and (held := _name_after_office(rest, nw, places | loose_places))):
                            sp = held  # "kata Pimpinan sendra tari Ramayana RBP, Dahanan saat ditemui"
                        elif (listed and not app and sp.split()[0].rstrip(".") in nw["role"]
                              and re.match(r"\s*(?:[,.;]|$|[a-z])", rest[listed.end():])):  # the office ends there
                            # "ujar Deputi Bidang Protokol, Pers, dan Media Sekretariat Presiden Yusuf Permana": the
                            # list of the office runs into its holder's name, with no comma before it
                            sp = holder_at_end((sp + listed.group(0)).split()) or sp
                        actor, side, _ = resolve(sp)
                        cue = m.group("cue")
                    elif desc:
                        # "ujar jaksa", "kata juru bicara Departemen Luar Negeri": the one described speaks, not the
                        # last person who did; a name after a comma is theirs
                        phrase, end, _ = desc
                        app = appositive_name.match(rest, end)
                        app = app if app and _is_name(app.group("name"), nw) else None
                        # "tegas menteri asal Bone, Sulawesi Selatan ini": a place of places.csv after the comma ends
                        # the description, and a demonstrative after it points back to the one who spoke before
                        at_place = app and app.group("name").rstrip(".") in nw["place_or_country"]
                        back = at_place and nw["demonstrative"].match(rest[app.end("name"):].lstrip()) and last_person[0]
                        app = None if at_place else app
                        named = None if relation.match(phrase) else _person_named(desc, resolve, nw, lower)
                        if back:
                            actor, side = last_person
                        elif app:
                            actor, side, _ = resolve(app.group("name"))
                        elif named:  # "kata ketua tim konservasi Ni Wayan Karolina": the person at its end
                            actor, side = named
                        else:  # "militer Israel", "juru bicara Departemen Luar Negeri AS": the description itself
                            actor, side = phrase, "other"
                        cue = m.group("cue") + ("+carried" if back else "+described")
                    elif not m.group("nya") and (anon := _anonymous_back(rest, nw, points_back)):
                        # '"...," kata sumber itu': the source brought in before (the last statement an unnamed source
                        # made), else the source as written; never the last person named
                        actor = next((x["speaker"] for x in reversed(rows[first_row:] + [f[1] for f in found])
                                      if set(x["speaker"].lower().split()) & nw["anonymous"]), anon)
                        side, cue = "other", m.group("cue") + "+described"
                    elif back_to:
                        actor, side = last_person
                        cue = m.group("cue") + "+carried"
                    elif not m.group("nya") and rest.split(maxsplit=1)[:1] and rest.split()[0].strip(",.").lower() in plural:
                        actor, side = last_group  # '"...," beber keduanya': the last joint speakers, never one person
                        cue = m.group("cue") + ("+carried" if actor else "+unresolved")
                    else:
                        actor, side, how = carried(s[:m.start()])
                        cue = m.group("cue") + (m.group("nya") or "") + how
                    found.append((m.start(), dict(kind="direct", speaker=actor, cue=cue,
                                                  quote=m.group("quote").strip(), side=side)))
                    covered.append((m.start(), m.end()))
                for rx, kind in ((q_before, "direct"), (reported, "reported")):
                    for m in _matches_from(rx, s):
                        if any(a <= m.start("cue") < b for a, b in covered):
                            break  # the rest of the sentence is this match's claim
                        if s[:m.start("speaker")].count('"') % 2:
                            continue  # a verb inside a quotation is the quoted speaker's word ('"Peringatan mendesak, ...')
                        sp = m.group("speaker").strip()
                        if sp.lower() not in pronouns | plural and (sp in nw["not_name"] or sp.lower() in nw["stop"]
                                                                    or _DEGREE.match(sp) or sp.lower() in nw["weekday"]):
                            continue  # "Meski mengaku ..., Fanny ...", "Itu menambahkan", "S.Si.Teol, selaku ...": no one
                        lead_word = re.search(r"(\w+)\s+$", s[:m.start("speaker")])
                        if m.group("dl") and ((lead_word and lead_word.group(1) in nw["place_preposition"]
                                               | nw["addressee_marker"]) or sp.split()[0] in loose_places
                                              or (" " not in sp and in_place_list.search(s[:m.start("speaker")]))):
                            continue  # "kata Jokowi di Serang, Banten, Senin", "di kawasan Lebak Bulus, Jakarta Selatan,
                            # Jumat": a place before the day, no speaker; "sebagaimana dikutip Reuters, Senin": the medium
                        if _degrees(sp, nw) and re.search(r",\s*$", s[:m.start("speaker")]):
                            # "dr. Mohammad Imran, MKM, menekankan": the name before the degrees (not initials: "berinisial
                            # MM mengaku")
                            head, before = s[:m.start("speaker")], None
                            while (before := _NAME_BEFORE_COMMA.search(head)) and (
                                    before.group(1) in nw["degree"] or _DEGREE.match(before.group(1))):
                                head = head[:before.start()]  # "..., S.H, MPA menjelaskan": past every degree
                            sp = before.group(1) if before else ""
                        quote = m.group("quote").strip()
                        if kind == "direct":
                            qm = re.match(r'"([^"]+)"', quote)
                            quote = qm.group(1).strip() if qm else quote.strip('"')
                        if sp.lower() in plural:  # "Mereka menuduh ...": the last joint speakers, else nobody
                            actor, side = last_group
                            cue = m.group("cue") + ("+carried" if actor else "+unresolved")
                        elif sp.lower() in pronouns:
                            if prev_subject[0] and prev_subject[0] != last_person[0] and not s[:m.start()].strip(' "'):
                                # "Wildan Hangga tiba di lokasi. Ia mengungkapkan ...": the person the last sentence
                                # was about, when no one spoke in it
                                actor, side, how = prev_subject[0], prev_subject[1], "+subject"
                            else:
                                actor, side, how = carried(s[:m.start()])
                            cue = m.group("cue") + how
                        elif _REPORTS_PERSON.match(quote) and (_person_before(s[:m.start()], resolve)[0] or last_person[0]):
                            # "kantor berita Rusia melaporkan, setelah dia mengatakan ...": the person's words,
                            # the person named earlier in the sentence or else the last who spoke
                            actor, side = _person_before(s[:m.start()], resolve)
                            if not actor:
                                actor, side = last_person
                            cue = m.group("cue") + "+reported_by"
                        elif len([x for x in joint_split.split(sp) if x.strip()]) > 1 and _is_joint(sp, joint_split, joint_prefix,
                                                                                                   resolve, nw):
                            if joint_prefix is not None:
                                sp = joint_prefix.sub("", sp)
                            parts = [resolve(x) for x in joint_split.split(sp) if x.strip()]
                            actor = "; ".join(dict.fromkeys(p_[0] for p_ in parts if p_[0]))
                            sides = {p_[1] for p_ in parts}
                            side = sides.pop() if len(sides) == 1 else "other"
                            cue = m.group("cue") + "+joint"
                        else:
                            link = office_link.search(s[:m.start("speaker")])
                            if link and _is_name(link.group("name"), nw):  # "X selaku Direktur ... mengatakan": X
                                sp = link.group("name")
                            elif ((named_ := nw["name_then_office"].search(s[:m.start("speaker")]))
                                  and named_.group("office").split()[0] in nw["role"]
                                  and _is_name(named_.group("name"), nw) and not named_.group("name").isupper()
                                  and resolve(named_.group("name"))[2] in ("person", "")
                                  and not _place_or_body(named_.group("name"), nw, loose_places | places)
                                  and _named(named_.group("name").split(), lower)):
                                # "Deni Surjantoro, Kepala Biro ... (KLI) Kemenkeu, melaporkan": the person named before
                                # the office, not the body the office ends with
                                sp = named_.group("name")
                            elif ((marker := _PLACE_BEFORE.search(s[:m.start("speaker")]))
                                  and marker.group(1).lower() in nw["place_marker"] | nw["addressee_marker"]):
                                # "Frans dari Kelurahan Asuhan menyoroti ...", "Amjad Bseisu, CEO EnQuest yang berkantor pusat
                                # di Inggris menggambarkan ...": the place or body one is from does not speak; the name a
                                # description after a comma introduced does, or else the name right before it; nor does
                                # the one addressed or the medium ("Nicko Widjaja kepada DailySocial menyebutkan")
                                head = s[:marker.start()]
                                while (w_ := re.search(r"(?:^|[\s,])([a-z]+)[\s,]*$", head)) and (
                                        w_.group(1) in nw["addressee_marker"]):
                                    head = head[:w_.start(1)]  # "..., sebagaimana dikutip dari NDTV": past every such word
                                    lead = re.search(r"(?:^|[\s,])([a-z]+)[\s,]*$", head)
                                    if lead and lead.group(1) in nw["addressee_lead"]:
                                        head = head[:lead.start(1)]
                                head = head.rstrip(" ,")
                                found_ = _NAME_THEN_DESCRIPTION.search(head) or _NAME_AT_END.search(head)
                                clause_ = nw["name_then_clause"].search(head) if not found_ else None
                                if clause_ and not ((pm_ := _PLACE_BEFORE.search(head[:clause_.start(1)]))
                                                    and pm_.group(1).lower() in nw["place_marker"]):
                                    found_ = clause_  # "X yang hadir ... di Kalibaru" (not "warga Palestina yang ...")
                                if not found_ and (low_ := _NAME_THEN_ROLE.search(head)) and (
                                        low_.group(2).capitalize() in nw["role"]):
                                    found_ = low_  # "Raha Spehrara dokter gigi dari Dental Suites Clinic mengungkapkan"
                                toks_ = found_.group(1).split() if found_ else []
                                while toks_ and (toks_[0] in nw["not_name"] or toks_[0].lower() in nw["stop"]
                                                 or lower[toks_[0].lower()] > inner_caps[toks_[0]]):
                                    toks_ = toks_[1:]  # "Adapun Amjad Bseisu": a word that opens the sentence
                                who_ = " ".join(toks_)
                                if (who_ and _is_name(who_, nw) and _named(resolve(who_)[0].split(), lower)):
                                    sp = who_  # not an office alone ("Direktur Pelaksana dari BlackRock")
                            parts = [x for x in joint_split.split(sp) if x.strip()]
                            tail = resolve(parts[-1]) if len(parts) > 1 else ("", "", "")
                            # "Direktur Perdagangan dan Anggota Bursa BEI Irvan Susandy": the person at the end
                            actor, side, kind_of = tail if tail[2] == "person" else resolve(joint_lead.sub("", sp))
                            actor = joint_lead.sub("", actor)
                            head = body_of.search(s[:m.start("speaker")])
                            if head and actor == sp and kind_of != "person":  # "sementara militer Israel mengatakan":
                                actor = head.group(1).lower() + " " + actor  # the body of the state that speaks
                            cue = m.group("cue")
                        second = also.search(quote) if kind == "reported" else None
                        if second:  # "... mengaku sebagai kawan dan menyatakan harapan ...": two statements
                            found.append((m.start(), dict(kind=kind, speaker=actor, cue=cue, quote=quote[:second.start()].strip(),
                                                          side=side)))
                            cue2 = second.group("cue") + "+also" + "".join("+" + t for t in cue.split("+")[1:])  # as found
                            found.append((m.start("quote") + second.start("cue"),
                                          dict(kind=kind, speaker=actor, cue=cue2, quote=second.group("quote").strip(), side=side)))
                        else:
                            found.append((m.start(), dict(kind=kind, speaker=actor, cue=cue, quote=quote, side=side)))
                        covered.append((m.start(), m.end()))
                        break
                if unquoted is not None:
                    if found:
                        for _, item in found:
                            item.update(kind="reported", quote=unquoted)
                    s = written  # the sentence as written again, for the patterns below
                m = described_back.match(s) if not covered else None
                head_ = m.group("desc").split(" yang ")[0].split() if m else []  # "Pria yang akrab disapa Nanda itu"; not
                # "Wakil Presiden RI Jusuf Kalla yang menghadiri konferensi tersebut", a name before the clause
                if (m and '"' not in m.group("desc") and _person_head(m.group("desc"), nw)
                        and (" yang " not in m.group("desc") or not any(w[:1].isupper() for w in head_[1:]))):
                    # "Mantan Wali Kota Blitar itu mengatakan, ...": the one the description points back to, as a
                    # pronoun would be (the subject of the sentence before when no one spoke since, else the last person)
                    source_ = m.group("desc").split()[0].lower() in nw["anonymous"]
                    if source_:  # "Sumber itu menambahkan ...": the source brought in before, else the source as written
                        actor = next((x["speaker"] for x in reversed(rows[first_row:] + [f[1] for f in found])
                                      if set(x["speaker"].lower().split()) & nw["anonymous"]),
                                     m.group("desc")[:1].lower() + m.group("desc")[1:])
                        side, how = "other", "+described"
                    elif prev_subject[0] and prev_subject[0] != last_person[0]:
                        actor, side, how = prev_subject[0], prev_subject[1], "+subject"
                    else:
                        actor, side, how = carried("")
                    quote = m.group("quote").strip()
                    qm = re.match(r'"([^"]+)"', quote)
                    found.append((0, dict(kind="direct" if qm else "reported", speaker=actor, cue=m.group("cue") + how,
                                          quote=qm.group(1).strip() if qm else quote, side=side)))
                    covered.append((0, len(s)))
                m = described_subject.match(s) if not covered else None
                if m and (m.group("head2") or _person_head(m.group("head"), nw)) and not nw["demonstrative"].search(
                        m.group("desc")) and not points_back.search(m.group("desc")):
                    # "Seorang saksi mata menuturkan, ...": the one described speaks, as '"...," ujar jaksa' does
                    desc_ = m.group("desc").strip()
                    quote = m.group("quote").strip()
                    qm = re.match(r'"([^"]+)"', quote)
                    found.append((0, dict(kind="direct" if qm else "reported", speaker=desc_[:1].lower() + desc_[1:],
                                          cue=m.group("cue") + "+described", quote=qm.group(1).strip() if qm else quote,
                                          side="other")))
                    covered.append((0, len(s)))
                m = final.match(s)
                if m and not covered:  # "Kerja sama akan meningkat, katanya.": the last speaker's claim
                    actor, side, how = carried("")
                    found.append((0, dict(kind="reported", speaker=actor,
                                          cue=m.group("cue") + "nya" + how,
                                          quote=m.group("quote").strip(), side=side)))
                    covered.append((0, len(s)))
                for m in menurut.finditer(s):
                    if any(a <= m.start() < b for a, b in covered):
                        continue
                    if m.group("acc").lower() in opening_cues and s[:m.start()].strip():
                        continue  # "Kata" opens a claim only at the start of a sentence
                    quote = m.group("quote").strip()
                    if m.group("nya") or m.group("pro"):
                        actor, side, how = carried(s[:m.start()])
                        cue = m.group("acc").lower() + (m.group("nya") or " " + m.group("pro").lower()) + how
                    else:
                        sp = m.group("speaker")
                        app = appositive_name.match(", " + quote)
                        after = quote[app.end() - 2:].lstrip() if app else ""
                        end_word = sp.split()[-1]
                        if (app and (after.startswith(",") or (after[:1].islower() and (
                                end_word in corpus_places or end_word in places or _acronym(end_word))))
                                and sp.split()[0] in nw["role"] | nw["organisation"] and _is_name(app.group("name"), nw)):
                            # "Menurut Kepala Balai Besar TNBTS, Rudijanta Tjahja Nugraha, penutupan ...": the person
                            # (also with no comma after the name where the office ends in a place or an acronym: "Menurut
                            # Kepala Dinas Pariwisata Bali, I Wayan Sumarajaya kebijakan ini ...")
                            sp, quote = app.group("name"), after.lstrip(",").strip()
                        actor, side, _ = resolve(sp)
                        cue = m.group("acc").lower()
                    found.append((m.start(), dict(kind="reported", speaker=actor, cue=cue, quote=quote, side=side)))
                    covered.append((m.start(), m.end()))
                m = menurut_end.search(s)
                if m and not any(a <= m.start() < b for a, b in covered) and m.start() > 10:
                    sp = m.group("speaker") or m.group("desc")
                    lead = nw["leading_name"].match(sp) if not m.group("speaker") else None
                    if lead and lead.end() < len(sp):  # "..., menurut Andi disebabkan dirinya mengidolakan Pique.": the
                        sp = lead.group(1)  # name the words after "menurut" open with, not the clause that goes on
                    actor, side, _ = resolve(sp)
                    found.append((0, dict(kind="reported", speaker=actor, cue=m.group("acc").lower(), quote=s[: m.start()].strip(),
                                          side=side)))
                    covered.append((0, len(s)))
                for m in re.finditer(r'"([^"]{2,})"', s):
                    if any(a <= m.start() < b for a, b in covered):
                        continue
                    if banner.search(s[: m.start()]):
                        found.append((m.start(), dict(kind="banner", speaker="", cue="banner", quote=m.group(1).strip(),
                                                      side="")))
                    elif s.strip().startswith('"') and last[0]:
                        found.append((m.start(), dict(kind="direct", speaker=last[0], cue="continuation+carried",
                                                      quote=m.group(1).strip(), side=last[1])))
                    else:
                        continue  # a word in quotation marks ('mesin', "persahabatan"), not a quotation
                for _, item in sorted(found, key=lambda t: t[0]):
                    if not item["speaker"] and item["kind"] != "banner":
                        item["kind"] = "unattributed"
                    rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, **item, sentence=written))
                    if item["speaker"] and item["kind"] != "banner":
                        last = (item["speaker"], item["side"])
                        kind_of = types.get(item["speaker"]) or resolve(item["speaker"])[2]  # canonical names too
                        if (kind_of not in ("organisation", "country", "bloc") and "; " not in item["speaker"]
                                and not (kind_of != "person" and _place_or_body(item["speaker"], nw, loose_places))):
                            last_person = last  # ia, dia, -nya stand for one person, not a state or a pair
                        if "; " in item["speaker"]:
                            last_group = last  # mereka stands for a pair or a list
                for im in introduced.finditer(s):
                    word, first = im.group("word"), im.group("name").split()[0]
                    if (word in nw["stop"] and word not in intro_words) or s[:im.start()].count('"') % 2:
                        continue  # "Jakarta, dan ...", '"...," kata': no description; nor inside a quotation
                    if im.start() == 0 and (lower[first.lower()] > inner_caps[first]
                                            or (" " not in im.group("name") and not inner_caps[first])):
                        continue  # "Menjelang Iduladha, ...", "Alhasil, ...": words that only open a sentence
                    who_ = _introduced_person(im.group("name"), s[:im.start()], resolve, nw, lower, places)
                    if who_ and not any(w in places for w in who_[0].split()):  # not "Tenggarong, ..." (di Tenggarong)
                        intro = who_
                # "Mantan suami Sarwendah itu diketahui ...": an opening description closed by a demonstrative ("itu",
                # "tersebut") is the subject again, and a name inside it is no one else brought in
                back_ = nw["demonstrative"].search(s, 0, 80)
                named_in = (s[back_.end():] if back_ and s[:1].isupper() and not re.search(r'[,"]', s[:back_.start()])
                            and s[back_.end():].lstrip()[:1].islower() else s)
                if prev_subject[0] and (found or introduces.search(re.sub(r'"[^"]*"', " ", s)) or any(
                        who[0] and who[2] != "organisation" and not set(who[0].split()) <= set(prev_subject[0].split())
                        for who in (resolve(" ".join(t)) for t, loc in _name_runs(named_in, nw) if not loc and _is_name(" ".join(t), nw)
                                    and t[0] not in money
                                    and not (len(t) == 1 and (len(t[0]) < 3 or lower[t[0].lower()] > inner_caps[t[0]]))))):
                    prev_subject = ("", "other")  # the subject holds while no one else is named ("Ia ke Thailand.")
                spoke = passive.search(s) if not found else None
                if spoke:  # "Hal itu disampaikan Kepala Dinas X, Budi.": Budi spoke, and "Ia ..." next is Budi
                    sp, end = spoke.group("speaker"), spoke.end()
                    more = goes_on.match(s, end)
                    if more:  # the whole office, past six words
                        sp, end = sp + more.group(0), more.end()
                    app = appositive_name.match(s, end)
                    office = sp.split()[0] in nw["role"] | nw["organisation"]
                    if office and not app:  # "... disampaikan Kepala Bidang Layanan Lansia, Disabilitas dan ... pada Jemaah
                        app = _FINAL_NAME.search(s, end)  # (PKP2JH) PPIH Arab Saudi, Suviyanto.": the name ending it
                    named = bool(app) and office and _is_name(app.group("name"), nw)  # "Ketua X, Wildan Hangga"
                    if office and not named:  # "Hal tersebut dikatakan Kepala Dinas Ketahanan Pangan, Kelautan, dan
                        # Pertanian (KPKP) DKI Jakarta Hasudungan Sidabalok.": the name after the office's last place,
                        # acronym or organisation word, of two to four words, ending the sentence
                        listed = office_list.match(s, end)
                        person = holder_at_end((sp + listed.group(0) if listed else sp).split())
                        if person and s[listed.end() if listed else end:].strip() in ("", "."):
                            app, named = re.match(r"(?P<name>.+)", person), True
                    actor, side, kind_of = resolve(app.group("name") if named else sp)
                    # the name after an office and a comma, or a name the corpus knows written without an office
                    # (an office alone, "Ketua DPW Partai Perindo Jawa Barat", resolves to its place)
                    if actor and not _is_role(actor, nw) and (named and kind_of != "organisation" or not office
                                                                and kind_of in ("person", "name")):
                        last = last_person = (actor, side)
                if not found:
                    opening = subject.match(s)
                    actor, side, kind_of = resolve(opening.group(1)) if opening else ("", "", "")
                    words = actor.split()
                    if (opening and kind_of in ("name", "") and words and opening.group(1).split()[0].rstrip(".") in nw["role"]
                            and not _is_role(actor, nw) and words[0] not in nw["organisation"]
                            and not any(w in places or w in corpus_places or lower[w.lower()] or _acronym(w) for w in words)):
                        kind_of = "person"  # "Anggota Komisi I DPR Andia Thresia Narang menyambut ...": a role, then a name
                        # the corpus has not typed (named once) or typed as one word ("Penyanyi Denada kembali ...")
                    one = _ONE_WORD_OPENING.match(s) if not opening else None
                    if one and one.group(1) not in places:  # "Paula juga meminta maaf ...": a one-word name the corpus
                        w1 = one.group(1)  # writes capitalised inside sentences more often than in lower case
                        if (((inner_caps[w1] >= 2 and lower[w1.lower()] * 2 < inner_caps[w1])  # or a word the corpus never
                             or (not lower[w1.lower()] and own_caps[w1] >= 2))  # writes in lower case, twice in the article
                                and w1.lower() not in nw["stop"]
                                and w1 not in nw["not_name"] and w1.rstrip(".") not in nw["role"] and w1 not in nw["organisation"]
                                and w1 not in nw["place_word"] and not (len(w1) > 1 and w1.isupper())):
                            actor, side, kind_of = resolve(w1)
                            kind_of = "person" if kind_of in ("person", "name") else kind_of
                            words = actor.split()
                    described = _DESCRIBED_OPENING.match(s) if not opening and not words else None
                    if described:  # "Pemilik usaha perbaikan jok sepeda motor, Ahmad Sajali, juga tak bisa ..."
                        d1, name = described.group(1), described.group(2)
                        nxt = s[described.end():].split(maxsplit=1)[:1]
                        if ((d1.rstrip(".") in nw["role"] or lower[d1.lower()] > inner_caps[d1]) and _is_name(name, nw)
                                and not (nxt and nxt[0] in nw["joint"])  # "Pangan, Kelautan, dan Pertanian": a list
                                and not all(w in places for w in name.split())  # not "Bandar Lampung" ("di Bandar Lampung")
                                and not any(w in corpus_places for w in name.split())
                                and name.split()[0] not in nw["organisation"]):
                            actor, side, kind_of = resolve(name)
                            kind_of = "person" if kind_of in ("person", "name", "") and actor else kind_of
                            words = actor.split()
                    final_name = _FINAL_NAME.search(s) if not words else None
                    if final_name:  # "... mendapat sambutan hangat dari Direktur ... Gresini Racing, Carlo Merlini. Ia ..."
                        name = final_name.group("name").rstrip(".")
                        nt = name.split()
                        before = s[:final_name.start()].split()
                        if (_is_name(name, nw) and nt[0] not in nw["organisation"] and not all(w in places for w in nt)
                                and not any(w in corpus_places or _acronym(w) or lower[w.lower()] for w in nt)
                                # not someone's wife or colleague ("dikeluhkan istri, Ditha Rizky Amalia"), nor in a
                                # sentence where someone else ("dia") speaks or acts ("Dikatakan dia, ... dari Gubernur
                                # Bali, Wayan Koster.")
                                and not (before and relation.fullmatch(re.sub(r"nya$", "", before[-1])))
                                and not any(w.lower().strip(",.") in pronouns for w in before)):
                            actor, side, kind_of = resolve(name)
                            kind_of = "person" if kind_of in ("person", "name", "") and actor else kind_of
                            words = actor.split()
                    ending = final_office.search(s) if not words else None
                    if ending and ending.group(1).split()[0].rstrip(".") in nw["role"]:
                        # "Desakan itu datang dari Ketua Pansus Tata Niaga Singkong DPRD Lampung Mikdar Ilyas.": the name
                        # ending an office that ends the sentence
                        name = holder_at_end(ending.group(1).split())
                        before = s[:ending.start()].split()
                        if name and not any(w.lower().strip(",.") in pronouns for w in before):
                            actor, side, kind_of = resolve(name)
                            kind_of = "person" if kind_of in ("person", "name", "") and actor else kind_of
                            words = actor.split()
                    role_led = _ROLE_LED_OPENING.match(s) if not words else None
                    if role_led and (role_led.group(1) in nw["role"] or role_led.group(1).lower() in nw["office_modifier"]) \
                            and not any(w in nw["stop"] for w in role_led.group(2).split()):
                        # "Mantan bek Arsenal Martin Keown meragukan ...", "Pelatih timnas Indonesia Alfred Riedl
                        # memberikan ...": a role and its lower-case description open the sentence, then the person
                        run = role_led.group(3).split()
                        name = holder_at_end(run) or " ".join(run)
                        a_, s_, k_ = resolve(name)
                        nt = a_.split()
                        if (k_ in ("person", "name", "") and 2 <= len(nt) <= 4 and _is_name(a_, nw)
                                and not any(w in places or w in corpus_places or _acronym(w) or lower[w.lower()]
                                            or w in nw["organisation"] or w.rstrip(".") in nw["role"] for w in nt)):
                            actor, side, kind_of, words = a_, s_, "person", nt
                    # a person's name: not opened by a word more often written in lower case than capitalised inside a
                    # sentence ("Kehadiran PERBATI", "Lantas Rey"; not "Al Ghazali"), and no acronym ("PSIS Semarang")
                    if (kind_of == "person" and words and lower[words[0].lower()] <= inner_caps[words[0]]
                            and not any(len(w) > 1 and w.isupper() for w in words)):
                        prev_subject = (actor, side)
        _address_to_subject(rows[first_row:], resolve, nw)
        _office_of_place(rows[first_row:], nw)
        _relation_speaks(rows[first_row:], resolve, nw, types)
        for b in {x["speaker"] for x in rows[first_row:] if x["speaker"] and _is_role(x["speaker"][:1].upper()
                                                                                      + x["speaker"][1:], nw)}:
            holder = _holder(b, _tight(normalize(r.text)), resolve, nw, lower, role_forms, inner_caps, loose_places)
            if holder:  # "Kapolsek mengungkapkan ...": the one the article names with that role
                for x in rows[first_row:]:
                    if x["speaker"] == b:
                        x.update(speaker=holder[0], side=holder[1], cue=x["cue"] + "+holder")
        for short in {x["speaker"] for x in rows[first_row:] if 0 < len(x["speaker"].split()) <= 2
                      and "; " not in x["speaker"] and x["speaker"] not in types}:
            full = _full_name(short, runs, resolve, nw, lower)
            if full:  # "kata Hari" where the article wrote "Kadis Disparpora Hari Purnomo": Hari Purnomo
                for x in rows[first_row:]:
                    if x["speaker"] == short:
                        x.update(speaker=full[0], side=full[1])
        long_names = {x["speaker"] for x in rows[first_row:] if len(x["speaker"].split()) >= 2 and x["speaker"] not in types}
        if long_names:  # "Inalum Melati Sarnita" -> "Melati Sarnita" where the article goes on to say "Melati"
            for n in long_names:
                c = _cut_to_person(n, runs, nw, lower, loose_places)
                if c != n:
                    cuts[n][c] += 1
                    own[r.doc_id, n] = c
    # a name of three words or more cut in one article is the same office and person in another: cut it
    # there too, unless articles disagree on the cut (each of those keeps its own)
    cut_to = {n: next(iter(c)) for n, c in cuts.items() if len(c) == 1 and len(n.split()) > 2}  # not a two-word name
    for x in rows:
        x["speaker"] = own.get((x["doc_id"], x["speaker"])) or cut_to.get(x["speaker"], x["speaker"])
        x["speaker"] = x["speaker"].strip()  # a description cut before a spaced comma ("pria asal Purworejo , ...")
    _one_form_per_person(rows, resolve, nw, lower, types, loose_places, article_places)
    # a description opening a sentence is the same speaker as written inside one ("Militer Israel mengatakan ..." and
    # "kata militer Israel"): one form, in lower case, where the corpus has both
    present = {x["speaker"] for x in rows}
    for x in rows:
        sp = x["speaker"]
        if sp[:2].istitle() and sp[:1].lower() + sp[1:] in present:
            x["speaker"] = sp[:1].lower() + sp[1:]
    cols = ["doc_id", "outlet", "kind", "speaker", "cue", "quote", "side", "sentence"]
    out = pd.DataFrame(rows, columns=cols)
    return out.assign(basis=speaker_basis(out["cue"], out["speaker"]))


def _relation_speaks(rows: list[dict], resolve, nw: dict, types: dict) -> None:
    """Give a statement whose speaker is a person written right after a relation word of ``speech_cues.csv`` ("istri",
    "kakak", "pengacara": position relation) and right before the speech verb to that relation, not to the person
    ("Namun istri Ali mengaku ..." -> "istri Ali"), or to the one named before it and a comma ("Fredrich Yunadi, kuasa
    hukum Setnov mengatakan kliennya ..." -> Fredrich Yunadi); and so the pronouns carried from it until someone is
    named again. A relation that is also a title (position office_relation: "Pengacara Fredrich Yunadi mengatakan")
    counts only where the sentence calls the name a client (position client: "Pengacara Yingluck mengatakan kliennya
    ..."). In place, on one article's rows, in order."""
    if not nw["relations"]:
        return
    rel = "|".join(re.escape(w) for w in sorted(nw["relations"], key=len, reverse=True))
    any_relation = re.compile(r"(?<![\w-])(?i:" + rel + r")\s+[A-Z]")  # (most sentences have none: skip them first)
    moved: tuple[str, str, str] | None = None  # (old speaker, new speaker, side) for the pronouns after it
    for x in rows:
        sp = x["speaker"]
        if moved and x["cue"].endswith("+carried") and sp == moved[0]:
            x.update(speaker=moved[1], side=moved[2])
            continue
        moved = None
        if (not sp or "; " in sp or not any_relation.search(x["sentence"])
                or (types.get(sp) or resolve(sp)[2]) in ("organisation", "country", "bloc")):
            continue
        verb = x["cue"].split("+")[0]
        for w in dict.fromkeys(sp.split()):
            at = re.search(r"(?:(?P<named>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s*,\s*)?"
                           r"(?:(?<=^)|(?<=[\s\"]))(?P<rel>(?i:" + rel + r"))\s+(?P<client>(?:[A-Z][\w.'-]*\s+){0,3}"
                           + re.escape(w) + r"(?:\s+[A-Z][\w.'-]*){0,3})\s+(?:\w+\s+){0,2}?" + re.escape(verb)
                           + r"(?![\w-])", x["sentence"])
            if not at or (at.group("rel")[:1].isupper() and at.start("rel") > 0):
                continue  # a relation word inside a name ("Perlindungan Anak Yohana ...") is no relation
            if not set(at.group("client").split()) <= set(sp.split()):
                continue  # "Manajer Liverpool Juergen Klopp", "kuasa hukum Ahok I Wayan Sudirta": the holder is named
            if at.group("rel").lower() in nw["office_relations"] and not nw["client"].search(x["sentence"]):
                continue  # "Pengacara Fredrich Yunadi mengatakan": a title before the lawyer's own name
            if at.group("named") and resolve(at.group("named"))[2] in ("person", "name", ""):
                new = resolve(at.group("named"))[:2]
            else:
                new = (at.group("rel").lower() + " " + at.group("client"), "other")
            moved = (sp, new[0], new[1])
            x.update(speaker=new[0], side=new[1])
            break


def _place_speakers_to(rows: list[dict], nw: dict, who_for) -> None:
    """Give each statement whose speaker is a place of ``places.csv`` to ``who_for(row)`` (a (speaker, side) pair,
    or None to leave it), and the pronouns carried from that place after it to the same one. In place, on one
    article's rows, in order (the loop :func:`_office_of_place` and :func:`_address_to_subject` share)."""
    moved: dict[str, tuple[str, str]] = {}
    for x in rows:
        sp = x["speaker"]
        if sp in moved and x["cue"].endswith("+carried"):
            x.update(speaker=moved[sp][0], side=moved[sp][1])
            continue
        if not sp or sp not in nw["gazetteer"]:
            continue
        who = who_for(x)
        if who:
            moved[sp] = who
            x.update(speaker=who[0], side=who[1])


def _office_of_place(rows: list[dict], nw: dict) -> None:
    """Give a statement whose speaker is a place of ``places.csv`` written as the end of an office's or a body's name
    right before or after the speech verb to that office or body: "Bupati Poso mengatakan" -> "Bupati Poso" (whose
    holder the article may name, :func:`_holder`), "Dinas Kesehatan (Diskes) Bandar Lampung menyatakan" -> "Dinas
    Kesehatan Bandar Lampung"; the name must open with a role or an organisation word of ``roles.csv`` (an office
    joiner of ``speech_cues.csv``, a bracket or a number may stand inside it). The pronouns carried from it follow.
    In place, on one article's rows, in order."""
    token = r"(?:[A-Z][\w.'&-]*|\([A-Z][\w.'&-]*\)|\d+)"
    joiner = "|".join(re.escape(w) for w in sorted(nw["joiners"], key=len, reverse=True) if w.isalpha()) or "(?!)"

    def office(x: dict) -> tuple[str, str] | None:
        if "+" in x["cue"]:  # a pronoun's statement: its speaker was carried, not written here
            return None
        sp, verb = x["speaker"], re.escape(x["cue"].split()[0])
        run = r"(?P<run>" + token + r"(?:\s+(?:(?:" + joiner + r")\s+)?" + token + r"){0,9})\s+" + re.escape(sp)
        at = (re.search(r"(?<![\w-])" + run + r"\s*,?\s+(?:[a-z]+\s+){0,2}?" + verb + r"(?![\w-])", x["sentence"])
              or re.search(r"(?<![\w-])" + verb + r"\s+" + run + r"(?![\w-])", x["sentence"]))
        if not at:
            return None
        words = at.group("run").split()
        first = next((k for k, w in enumerate(words) if w.rstrip(".") in nw["role"] or w in nw["organisation"]), None)
        if first is None:
            return None
        return " ".join(w for w in words[first:] if not w.startswith("(")) + " " + sp, x["side"]

    _place_speakers_to(rows, nw, office)


def _address_to_subject(rows: list[dict], resolve, nw: dict) -> None:
    """Give a statement whose speaker is a place of ``places.csv`` written after a comma right before the speech verb
    to the name its sentence opens with: the place ends that name's address ("Majelis Ulama Indonesia (MUI) Kota
    Sukabumi, Jawa Barat mengimbau"; "PT Aneka Tambang Tbk (Antam) ... di Pulau Gag, Kabupaten Raja Ampat, Papua Barat
    Daya menegaskan"), and so do the pronouns carried from it. In place, on one article's rows, in order."""
    def subject(x: dict) -> tuple[str, str] | None:
        verb = x["cue"].split("+")[0]
        at = re.search(r",\s*" + re.escape(x["speaker"]) + r"\s*,?\s+" + re.escape(verb) + r"(?![\w-])", x["sentence"])
        if not at:
            return None
        head = x["sentence"][:at.start()].lstrip(' "')
        words = head.split()
        while words and words[0].strip(",") in nw["connective"] | nw["not_name"]:  # "Sementara itu, ..."
            head = head[len(words[0]):].lstrip(" ,")
            words = head.split()
        run = nw["opening_run"].match(head)
        if not run:
            return None
        who = resolve(re.sub(r"\s*\([^)]*\)", "", run.group(0)))
        if (who[0] and who[2] != "document" and who[0] not in nw["gazetteer"]
                and who[0].split()[0] not in nw["place_word"]):
            return who[0], who[1]
        return None

    _place_speakers_to(rows, nw, subject)


_GRADES = ("exact", "office", "partial", "wrong")


def speaker_accuracy(*, by: str = "sample", samples: list[int] | str | None = None) -> pd.DataFrame:
    """The kit's hand check of its speakers outside the example: how often it named who speaks, per sample.

    Samples of 150 statements drawn at random from :func:`quotes` over 2,308 scraped Indonesian
    articles of all topics (the development set the rules were written on) and, from sample 46, over a
    held-out corpus the rules were not written on (IndoSum, 2016-2018; ``corpus`` says which, and how it
    was run: ``helpers/validation/speaker_corpora.csv``) (``helpers/validation/speaker_accuracy.csv``;
    the sentences themselves are not stored). A reader who saw neither the code nor its output wrote who makes each statement;
    a second reader then graded the kit's speaker against that answer: ``exact`` (the same person
    or entity, a short or full form of the name), ``office`` (the right person with words of an
    office or place stuck to the name), ``partial`` (a fragment that names no one: "Luar Negeri" for
    a spokesperson) or ``wrong`` (someone else, or no one when someone speaks).

    Parameters
    ----------
    by : {"sample", "basis"}, default "sample"
        One row per sample, or one row per :func:`speaker_basis` of the kit's speaker then (its cue
        and speaker as recorded): named in the statement's sentence, found from the article around it,
        or none.
    samples : list of int or "latest", optional
        The samples counted (default: all); "latest": the last sample and those just before it that
        measured the same rules on the same corpus.

    Returns
    -------
    pandas.DataFrame
        ``sample, rules, corpus`` (which speaker rules the sample measured, on which corpus:
        ``helpers/validation/speaker_corpora.csv``) or ``basis``, then ``n, exact,
        office, partial, wrong, exact_share, exact_low, exact_high, person_share``: ``exact_low`` and
        ``exact_high`` bound ``exact_share`` (95% Wilson interval); ``person_share`` is (exact +
        office) / n; shares to 3 places. By sample, in sample order; by basis, ``of_statements`` (the
        basis's share of the statements counted) follows, rows in the order sentence, context, none.

    Examples
    --------
    >>> a = speaker_accuracy()
    >>> bool((a[["exact", "office", "partial", "wrong"]].sum(axis=1) == a["n"]).all())
    True
    >>> speaker_accuracy(by="basis", samples=[16, 17])["basis"].tolist()
    ['sentence', 'context', 'none']
    >>> int(speaker_accuracy(by="basis", samples="latest")["n"].sum()) % 150
    0
    """
    check_option("by", by, ("sample", "basis"))
    judged = read_table(Path(__file__).parent / "validation" / "speaker_accuracy.csv")
    bad = sorted(set(judged["grade"]) - set(_GRADES))
    if bad:
        raise ValueError(f"speaker_accuracy.csv: a grade must be one of {', '.join(_GRADES)}; found {bad}")
    from scipy.stats import binomtest

    judged["sample"] = judged["sample"].astype(int)
    if "corpus" not in judged:
        judged["corpus"] = ""
    if isinstance(samples, str):
        check_option("samples", samples, ("latest",))
        order = judged.drop_duplicates("sample").sort_values("sample")
        key = order["rules"] + "\n" + order["corpus"]  # the same rules on the same corpus
        same = key.eq(key.iloc[-1])[::-1].cumprod().astype(bool)[::-1]
        samples = order.loc[same, "sample"].tolist()
    if samples is not None:
        unknown = sorted(set(samples) - set(judged["sample"]))
        if unknown:
            raise ValueError(f"speaker_accuracy: no sample {unknown} in speaker_accuracy.csv "
                             f"(it has {judged['sample'].min()}-{judged['sample'].max()})")
        judged = judged[judged["sample"].isin(samples)]
    judged["basis"] = speaker_basis(judged["cue"], judged["speaker"])
    rows = []
    for k, g in judged.groupby(by, sort=True):
        counts = {grade: int((g["grade"] == grade).sum()) for grade in _GRADES}
        n = len(g)
        ci = binomtest(counts["exact"], n).proportion_ci(confidence_level=0.95, method="wilson")
        head = dict(sample=k, rules=g["rules"].iloc[0], corpus=g["corpus"].iloc[0]) if by == "sample" else dict(basis=k)
        rows.append(dict(**head, n=n, **counts,
                         exact_share=round(counts["exact"] / n, 3), exact_low=round(float(ci.low), 3),
                         exact_high=round(float(ci.high), 3),
                         person_share=round((counts["exact"] + counts["office"]) / n, 3)))
    cols = ["n", *_GRADES, "exact_share", "exact_low", "exact_high", "person_share"]
    if by == "sample":
        return pd.DataFrame(rows, columns=["sample", "rules", "corpus", *cols])
    out = pd.DataFrame(rows, columns=["basis", *cols])
    out = out.set_index("basis").reindex([b for b in _BASES if b in set(out["basis"])]).reset_index()
    return out.assign(of_statements=(out["n"] / out["n"].sum()).round(3))


def match_statements(found: pd.DataFrame, hand: pd.DataFrame, *, prefix: int = 50) -> pd.DataFrame:
    """Check :func:`quotes` against a hand list of statements: which were found, and with the right speaker.

    A hand statement is found when a row of ``found`` (not a banner) lies in the same article and
    sentence (``prefix`` characters of the hand's sentence, normalised, from its start, a third
    or two thirds in, occur in the row's sentence). Where one sentence holds several statements,
    each row is used once: first by a statement with the same speakers, then by one whose cue word
    is in the row's cue, then in order. A found statement is right when
    the row's speakers equal the hand's ``speaker_actor`` (as sets: "A; B" = "B; A").

    Parameters
    ----------
    found : pandas.DataFrame
        From :func:`quotes`.
    hand : pandas.DataFrame
        ``doc_id, sentence, speaker_actor, cue`` (e.g. ``corpus/hand_statements.csv``); a row whose
        ``speaker_actor`` is empty (no speaker a reader could name) is kept but never "right".
    prefix : int, default 50
        Characters of the hand's sentence (in each of three windows) used to find it.

    Returns
    -------
    pandas.DataFrame
        The hand list with ``found`` (bool), ``kit_speaker``, ``kit_cue`` and ``right`` (bool).

    Raises
    ------
    ValueError
        When ``hand`` lacks one of its four columns (the message names them).

    Examples
    --------
    >>> f = pd.DataFrame({"doc_id": ["a", "a"], "kind": ["reported", "reported"], "speaker": ["B; A", "C"],
    ...                   "cue": ["mengatakan+joint", "menuduh"], "sentence": ["A dan B mengatakan x.", "C menuduh y."]})
    >>> h = pd.DataFrame({"doc_id": ["a", "a", "a"], "sentence": ["A dan B mengatakan x.", "C menuduh y.", "D berjanji."],
    ...                   "speaker_actor": ["A; B", "D", "D"], "cue": ["mengatakan", "menuduh", "berjanji"]})
    >>> match_statements(f, h)[["found", "right"]].values.tolist()
    [[True, True], [True, False], [False, False]]
    """
    missing = [c for c in ("doc_id", "sentence", "speaker_actor", "cue") if c not in hand.columns]
    if missing:
        raise ValueError(f"the hand list of statements has no {', '.join(missing)} column "
                         f"(it needs doc_id, sentence, speaker_actor, cue; it has {', '.join(map(str, hand.columns))})")
    rows = found[found["kind"] != "banner"].reset_index(drop=True)
    norm_sent = rows["sentence"].fillna("").map(normalize)
    speakers = lambda v: {x.strip() for x in str(v or "").split(";") if x.strip()}  # noqa: E731
    hands = hand.to_dict("records")
    cands = []
    for h in hands:
        text = normalize(str(h["sentence"]))
        # three windows (start, a third in, two thirds in): a dateline the kit trims ("POS-KUPANG.COM - ")
        # or a sentence cut at 120 characters still finds its sentence
        keys = {text[o:o + prefix] for o in (0, len(text) // 3, 2 * len(text) // 3) if len(text[o:o + prefix]) >= min(prefix, len(text))}
        cands.append([i for i in rows.index[rows["doc_id"] == h["doc_id"]] if any(k in norm_sent[i] for k in keys)])
    pick: dict[int, int] = {}
    used: set[int] = set()
    # three passes, so that a statement takes the row that is surely its own before another takes it:
    # same speakers, then the same cue word, then any row left in the sentence
    tests = (lambda h, i: bool(speakers(h.get("speaker_actor"))) and speakers(rows.at[i, "speaker"]) == speakers(h.get("speaker_actor")),
             lambda h, i: any(w in str(rows.at[i, "cue"]).lower() for w in str(h.get("cue", "") or "").lower().split()),
             lambda h, i: True)
    for test in tests:
        for k, h in enumerate(hands):
            if k in pick:
                continue
            free = [i for i in cands[k] if i not in used and test(h, i)]
            if free:
                pick[k] = free[0]
                used.add(free[0])
    out = []
    for k, h in enumerate(hands):
        if k not in pick:
            out.append(dict(h, found=False, kit_speaker="", kit_cue="", right=False))
            continue
        i = pick[k]
        want = speakers(h.get("speaker_actor"))
        out.append(dict(h, found=True, kit_speaker=rows.at[i, "speaker"], kit_cue=rows.at[i, "cue"],
                        right=bool(want) and speakers(rows.at[i, "speaker"]) == want))
    return pd.DataFrame(out)




def credits_by_outlet(cites: pd.DataFrame, *, top: int | None = 15) -> pd.DataFrame:
    """Credits to other media per outlet and source, the most credited sources first.

    Photo credits (a photo's agency credits the picture), embedded social-media posts and an outlet's credits
    to itself (``kind`` "photo_credit", "embedded_post", "self_credit") are not counted.

    Parameters
    ----------
    cites : pandas.DataFrame
        From :func:`cited_sources`.
    top : int or None, default 15
        Sources kept (the most credited; ties by name); None keeps all.

    Returns
    -------
    pandas.DataFrame
        Counts, one row per outlet with a counted credit, one column per source; empty when none counts.

    Examples
    --------
    >>> c = pd.DataFrame({"outlet": ["X", "X", "Y", "Y"], "source": ["AP", "Reuters", "AP", "AFP"],
    ...                   "kind": ["cue", "cue", "cue", "photo_credit"]})
    >>> credits_by_outlet(c).to_dict()
    {'AP': {'X': 1, 'Y': 1}, 'Reuters': {'X': 1, 'Y': 0}}
    """
    counted = cites[~cites["kind"].isin(NOT_COUNTED)]
    if counted.empty:
        return pd.DataFrame()
    ct = pd.crosstab(counted["outlet"], counted["source"])
    total = ct.sum()
    order = sorted(total.index, key=lambda c: (-total[c], c))
    ct = ct[order[:top] if top is not None else order]
    ct.index.name, ct.columns.name = "outlet", "source"
    return ct


def side_shares(by_side: pd.DataFrame) -> pd.DataFrame:
    """Each outlet's attributed statements as shares by side, with their count.

    Parameters
    ----------
    by_side : pandas.DataFrame
        From :func:`voices_by_side` (counts, one row per outlet).

    Returns
    -------
    pandas.DataFrame
        ``group`` (the outlet), one column per side (shares rounded to 3 decimals; NaN for an outlet with no
        statement) and ``n`` (its statements).

    Examples
    --------
    >>> side_shares(pd.DataFrame({"gov": [1, 0], "other": [3, 2]}, index=pd.Index(["X", "Y"], name="outlet")))
      group   gov  other  n
    0     X  0.25   0.75  4
    1     Y  0.00   1.00  2
    """
    n = by_side.sum(axis=1)
    shares = by_side.div(n.where(n > 0), axis=0).round(3).assign(n=n)
    return shares.rename_axis("group").reset_index()


def voice_columns(resources: Resources | None = None) -> list[str]:
    """The columns of the quotes table to show a reader: ``side`` only where the corpus folder says which side each
    speaker stands for (``side_colors.csv``; otherwise every speaker would read "other").

    Parameters
    ----------
    resources : Resources, optional
        The kit's tables by default (pass the corpus's: ``helpers.load_resources(CORPUS)``).

    Returns
    -------
    list of str
        Column names of :func:`quotes`' table.

    Examples
    --------
    >>> voice_columns()  # the kit ships no sides
    ['doc_id', 'kind', 'speaker', 'cue', 'basis', 'quote']
    """
    return ["doc_id", "kind", "speaker", "cue", "basis"] + (["side"] if len(side_table(resources)) else []) + ["quote"]


def speakers_as_actors(voices: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """The statements with each speaker written as the actor whose form it is, across articles.

    :func:`quotes` takes another article's longer name for a short one only where this article writes it too
    ("Fahmi" may be another man elsewhere). To count who speaks across a corpus, a speaker written as one of an
    actor's forms in ``actors`` (:func:`find_actors`' table, or a corpus's ``actors.csv``; read as
    :func:`helpers.text.actor_matcher` reads a gazetteer) is counted as that actor: "Trump" with "Donald Trump",
    "Bahlil" with "Bahlil Lahadalia". Such an actor is shown by its listed name where a statement's speaker is written
    so, else by the form most of its statements are written in (on a tie the longer): a listed name may keep words of
    an office the speakers have lost ("Luar Negeri Sugiono", found in "Menteri Luar Negeri Sugiono", where the
    statements say "Sugiono"). Other speakers stay as written.

    Parameters
    ----------
    voices : pandas.DataFrame
        From :func:`quotes` (a ``speaker`` column).
    actors : pandas.DataFrame
        ``actor, type, aliases`` ("|"-joined forms).

    Returns
    -------
    pandas.DataFrame
        ``voices`` with ``speaker`` replaced where it is another actor's form, and ``speaker_as_written``.

    Examples
    --------
    >>> v = pd.DataFrame({"speaker": ["Trump", "Donald Trump", "Fahmi"]})
    >>> a = pd.DataFrame({"actor": ["Donald Trump"], "type": ["person"], "aliases": ["Donald Trump|Trump"]})
    >>> speakers_as_actors(v, a)["speaker"].tolist()
    ['Donald Trump', 'Donald Trump', 'Fahmi']
    >>> a = pd.DataFrame({"actor": ["Luar Negeri Sugiono"], "type": ["person"], "aliases": ["Luar Negeri Sugiono|Sugiono"]})
    >>> speakers_as_actors(pd.DataFrame({"speaker": ["Sugiono", "Sugiono", ""]}), a)["speaker"].tolist()
    ['Sugiono', 'Sugiono', '']
    """
    form = actor_matcher(actors=actors)[1]  # alias -> actor, the first actor listing it
    actor = voices["speaker"].map(lambda sp: form.get(sp, sp) if isinstance(sp, str) and sp else sp)
    written = pd.DataFrame({"actor": actor, "speaker": voices["speaker"]}).dropna()
    written = written[written["speaker"] != ""].value_counts().reset_index(name="n")
    written["length"] = written["speaker"].str.len()
    written["listed"] = written["speaker"] == written["actor"]
    shown = (written.sort_values(["actor", "listed", "n", "length", "speaker"], ascending=[True, False, False, False, True],
                                 kind="stable").drop_duplicates("actor").set_index("actor")["speaker"])
    return voices.assign(speaker_as_written=voices["speaker"],
                         speaker=actor.map(lambda a: shown.get(a, a) if isinstance(a, str) and a else a))


def side_table(resources: Resources | None = None) -> pd.DataFrame:
    """The speakers' sides in display order, with their colours and names (``side_colors.csv``).

    Parameters
    ----------
    resources : Resources, optional
        The kit's tables by default (pass the corpus's: ``helpers.load_resources(CORPUS)``).

    Returns
    -------
    pandas.DataFrame
        ``side, order, color, label``, sorted by ``order``.

    Examples
    --------
    >>> side_table().columns.tolist()  # the kit ships no sides: they belong to an event
    ['side', 'order', 'color', 'label']
    """
    t = (resources if resources is not None else load_resources()).table("side_colors.csv")
    t["order"] = pd.to_numeric(t["order"], errors="coerce")
    return t.sort_values(["order", "side"], kind="stable").reset_index(drop=True)


def voices_by_side(voices: pd.DataFrame, sides: list[str] | None = None, *,
                   resources: Resources | None = None) -> pd.DataFrame:
    """Attributed statements (direct and reported) per outlet and speaker side, every side a column.

    Parameters
    ----------
    voices : pandas.DataFrame
        From :func:`quotes`.
    sides : list of str, optional
        Column order; by default the order of ``side_colors.csv`` (:func:`side_table`), then any
        other side found.
    resources : Resources, optional
        Whose ``side_colors.csv`` gives the default order; the kit's by default.

    Returns
    -------
    pandas.DataFrame
        Counts, one row per outlet (sorted), one column per side (zeros included).

    Examples
    --------
    >>> v = pd.DataFrame({"outlet": ["X", "X", "X"], "kind": ["direct", "banner", "reported"],
    ...                   "side": ["other", "", "government"]})
    >>> voices_by_side(v, ["government", "other"]).loc["X"].tolist()
    [1, 1]
    """
    spoken = voices[voices["kind"].isin(["direct", "reported"])]
    order = list(sides) if sides is not None else side_table(resources)["side"].tolist()
    order += sorted(set(spoken["side"]) - set(order))
    t = pd.crosstab(spoken["outlet"], spoken["side"]).reindex(columns=order, fill_value=0)
    t.columns.name = None
    return t.astype(int)
