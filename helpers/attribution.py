"""Attribution: who is credited and who speaks - cited media and agencies, actors named, quotes and
reported speech with their speakers, and the sides those speakers stand for.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd

from .errors import check_option
from .resources import Resources, load_resources, resources_of
from .text import actor_matcher, drop_defined_abbreviations, normalize, sentences, stopword_set, words

__all__ = ["cited_sources", "actor_mentions", "actor_rates", "quotes", "voices_by_side", "side_table"]


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
        ``doc_id, outlet, source, cue, sentence`` (the sentence, or the credit line), sorted by
        doc_id, then order in the article.

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
    table = sw["table"]
    stop = stopword_set(res)
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
                    name = re.split(r"\s*(?:\(|,|\d)", nm.group(1))[0].strip(" .")
                    first = name.split()[0].lower() if name else ""
                    known = name.lower() in table or first in table
                    if name and name[0].isalpha() and (name[0].isupper() or known) \
                            and (known or first not in stop):
                        found.append((m.start(), cue_id, name))
            for _, cue_id, name in sorted(found):
                rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, source=_canonical_source(name, sw),
                                 cue=cue_id, sentence=s, _o=order))
                order += 1
        for item in filter(None, (getattr(r, "credits", "") or "").split("; ")):
            kind, _, val = item.partition(":")
            rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, source=_canonical_source(val, sw),
                             cue=kind, sentence=f"({val})" if kind == "source_credit" else val, _o=order))
            order += 1
    df = pd.DataFrame(rows, columns=["doc_id", "outlet", "source", "cue", "sentence", "_o"])
    return df.sort_values(["doc_id", "_o"], kind="stable").drop(columns="_o").reset_index(drop=True)


def actor_mentions(corpus: pd.DataFrame, actors: pd.DataFrame | None = None, *,
                   resources: Resources | None = None) -> pd.DataFrame:
    """How often each article names each actor, raw and per 1,000 words.

    Aliases come from an editable gazetteer (``helpers/data/actors.csv``: ``actor, type,
    aliases`` with aliases separated by "|"), matched case-sensitively as whole words, longest
    first and without overlap (so "Kim Jong Il" is not also "Kim"). An abbreviation defined in
    parentheses right after its long form ("Korea Utara (Korut)") counts once.

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
    >>> m = actor_mentions(c)
    >>> m.set_index("actor").loc[["Kim Jong Il", "Kim Jong Un", "Vladimir Putin"], "mentions"].tolist()
    [1, 1, 1]
    """
    res = resources_of(corpus, resources)
    rx, alias_to_actor, types = actor_matcher(res, actors)
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        text = drop_defined_abbreviations(normalize(r.text), resources=res)
        counts: dict[str, int] = defaultdict(int)
        for m in (rx.finditer(text) if rx is not None else ()):
            counts[alias_to_actor[m.group(0)]] += 1
        nw = len(words(r.text))
        for actor in sorted(types):
            k = counts.get(actor, 0)
            rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, actor=actor, type=types[actor], mentions=k,
                             per_1000_words=round(1000 * k / nw, 2) if nw else 0.0))
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "actor", "type", "mentions", "per_1000_words"])


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
    name = r"(?:[A-Z][\w.'-]*)(?:\s+(?:[A-Z][\w.'-]*" + ("|" + alt(particles) if particles else "") + r")){0,5}"
    _NAME = name
    according = words_of("according") or ["menurut"]
    that = r"(?:(?:" + alt(words_of("that")) + r")\s+)?" if words_of("that") else ""
    particle = r"(?:(?:" + alt(words_of("particle")) + r")\s+)?" if words_of("particle") else ""
    a = "|".join(re.escape(c) for c in words_of("after"))
    b = "|".join(re.escape(c) for c in words_of("before"))
    pronouns = words_of("pronoun")
    pro = "|".join(re.escape(p) for p in pronouns)
    q_after = re.compile(r'"(?P<quote>[^"]{2,})"\s*,?\s*(?P<cue>(?:' + a + r'))(?P<nya>nya)?\b\s*(?P<speaker>' + _NAME + r')?')
    who = (r'(?<![\w-])(?P<speaker>' + _NAME + r'|(?i:' + pro + r'))(?:\s*\([A-Z]{2,8}\))?\s*,?\s+' + particle)
    q_before = re.compile(who + r'(?P<cue>(?:' + b + r'))\b\s*,?\s*' + that + r'(?P<quote>".+)')
    reported = re.compile(who + r'(?P<cue>(?:' + b + r'))\b\s*,?\s*' + that + r'(?P<quote>[^"].{10,})')
    menurut = re.compile(r'\b(?P<acc>' + cap_alt(according) + r')(?:\s+(?P<speaker>' + _NAME + r')|(?P<nya>nya))\s*,\s*(?P<quote>.{10,})')
    menurut_end = re.compile(r',\s*(?P<acc>' + alt(according) + r')\s+(?P<desc>[^,.]{2,80}?)(?:,\s*(?P<speaker>' + _NAME + r'))?\s*\.?$')
    banner = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words_of("banner")) + r")\b[^\"]*$", re.IGNORECASE)
    return q_after, q_before, reported, menurut, menurut_end, banner, {p.lower() for p in pronouns}


def _resolver(res: Resources):
    rx, alias, types = actor_matcher(res)
    sides = res.table("sides.csv")
    side: dict[str, str] = {}
    for a, sd in zip(sides["actor"], sides["side"]):
        side.setdefault(a, sd)

    def resolve(name: str) -> tuple[str, str, str]:
        found = rx.findall(name) if rx is not None else []
        if not found:
            return name.strip().rstrip(".,;:"), "other", ""
        actor = alias[found[-1]]
        return actor, side.get(actor, "other"), types.get(actor, "")

    return resolve


def quotes(corpus: pd.DataFrame, *, resources: Resources | None = None) -> pd.DataFrame:
    """Direct quotes and reported speech with their speakers, resolved to actors and sides.

    Finds quotations in double quotation marks with an Indonesian speech verb after them
    ('"...," kata Putin') or before them ('Putin mengatakan, "..."'), reported speech ('Putin
    mengatakan bahwa ...', 'Menurut Kremlin, ...'), and quotations standing alone. The speaker is
    the name next to the verb, resolved through the actors gazetteer (``actors.csv``); a pronoun
    (ia, dia, beliau, -nya) takes the article's previous *person* speaker (``cue`` ends in
    "+carried"; "+unresolved" and ``kind`` "unattributed" when there is none), and a quotation
    standing alone at the start of a sentence continues the previous speaker. Text quoted from a
    banner or slogan ("spanduk ... bertuliskan") is kept with ``kind`` "banner" and no speaker. Nested single quotes stay inside
    the quotation.

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
        ``sides.csv``), ``sentence``; in article order.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ['"Kita harus maju," kata Putin, Sabtu.']})
    >>> quotes(c)[["kind", "speaker", "cue", "quote", "side"]].values.tolist()
    [['direct', 'Vladimir Putin', 'kata', 'Kita harus maju,', 'Russia/North Korea']]
    """
    res = resources_of(corpus, resources)
    q_after, q_before, reported, menurut, menurut_end, banner, pronouns = res.memo("speech_patterns", _speech_patterns)
    resolve = _resolver(res)
    rows = []
    for r in corpus.sort_values("doc_id").itertuples(index=False):
        last = ("", "other")  # last speaker of any kind (for quotations standing alone)
        last_person = ("", "other")  # last person speaking (for ia, dia, beliau, -nya)
        for para in [p for p in r.text.split("\n") if p.strip()]:
            p_norm = normalize(para)
            for s in sentences(p_norm, resources=res):
                found = []
                covered = []
                for m in q_after.finditer(s):
                    sp = (m.group("speaker") or "").strip()
                    if sp and not m.group("nya"):
                        actor, side, _ = resolve(sp)
                        cue = m.group("cue")
                    else:
                        actor, side = last_person
                        cue = m.group("cue") + (m.group("nya") or "") + ("+carried" if actor else "+unresolved")
                    found.append((m.start(), dict(kind="direct", speaker=actor, cue=cue,
                                                  quote=m.group("quote").strip(), side=side)))
                    covered.append((m.start(), m.end()))
                for rx, kind in ((q_before, "direct"), (reported, "reported")):
                    for m in rx.finditer(s):
                        if any(a <= m.start("cue") < b for a, b in covered):
                            continue
                        sp = m.group("speaker").strip()
                        quote = m.group("quote").strip()
                        if kind == "direct":
                            qm = re.match(r'"([^"]+)"', quote)
                            quote = qm.group(1).strip() if qm else quote.strip('"')
                        if sp.lower() in pronouns:
                            actor, side = last_person
                            cue = m.group("cue") + ("+carried" if actor else "+unresolved")
                        else:
                            actor, side, _ = resolve(sp)
                            cue = m.group("cue")
                        found.append((m.start(), dict(kind=kind, speaker=actor, cue=cue, quote=quote, side=side)))
                        covered.append((m.start(), m.end()))
                        break
                for m in menurut.finditer(s):
                    if any(a <= m.start() < b for a, b in covered):
                        continue
                    if m.group("nya"):
                        actor, side = last_person
                        cue = m.group("acc").lower() + "nya" + ("+carried" if actor else "+unresolved")
                    else:
                        actor, side, _ = resolve(m.group("speaker"))
                        cue = m.group("acc").lower()
                    found.append((m.start(), dict(kind="reported", speaker=actor, cue=cue,
                                                  quote=m.group("quote").strip(), side=side)))
                    covered.append((m.start(), m.end()))
                m = menurut_end.search(s)
                if m and not any(a <= m.start() < b for a, b in covered) and m.start() > 10:
                    sp = m.group("speaker") or m.group("desc")
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
                    rows.append(dict(doc_id=r.doc_id, outlet=r.outlet, **item, sentence=s))
                    if item["speaker"] and item["kind"] != "banner":
                        last = (item["speaker"], item["side"])
                        if resolve(item["speaker"])[2] == "person":
                            last_person = last
    cols = ["doc_id", "outlet", "kind", "speaker", "cue", "quote", "side", "sentence"]
    return pd.DataFrame(rows, columns=cols)


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
    >>> side_table()["side"].tolist()
    ['Russia/North Korea', 'US/South Korea/West', 'other']
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
    >>> v = pd.DataFrame({"outlet": ["X", "X"], "kind": ["direct", "banner"], "side": ["other", ""]})
    >>> voices_by_side(v).loc["X"].tolist()
    [0, 0, 1]
    """
    spoken = voices[voices["kind"].isin(["direct", "reported"])]
    order = list(sides) if sides is not None else side_table(resources)["side"].tolist()
    order += sorted(set(spoken["side"]) - set(order))
    t = pd.crosstab(spoken["outlet"], spoken["side"]).reindex(columns=order, fill_value=0)
    t.columns.name = None
    return t.astype(int)
