"""Cleaning: a readable rule table applied line by line, with an audit of every raw line.

Raw text is never changed on disk. :func:`clean_lines` labels every line of one article
(``keep``, ``metadata`` or ``drop``, with the rule and a reason); :func:`cleaning_audit` does it
for a whole corpus. The rules are ``helpers/data/cleaning_rules.csv`` (see its header), extended
by a ``cleaning_rules.csv`` in the corpus folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .resources import Resources, load_resources, resources_of
from .text import normalize

__all__ = ["load_rules", "split_lines", "clean_lines", "clean_article", "cleaning_audit",
           "canonical_outlet", "CleanResult"]

_END_PUNCT = tuple('.!?:;"\')…')
AUDIT_COLUMNS = ["doc_id", "line_no", "label", "action", "text", "rule", "cleaned"]


def load_rules(corpus_dir: str | Path | None = None, *, resources: Resources | None = None) -> pd.DataFrame:
    """The cleaning rule table: the kit's rules plus the corpus folder's own, in the order tried.

    Parameters
    ----------
    corpus_dir : str or Path, optional
        A folder with its own ``cleaning_rules.csv`` (same columns); its new rules come first and
        a row with the same ``rule_id`` replaces the kit's in place.
    resources : Resources, optional
        Resources already loaded (:func:`helpers.load_resources`); used instead of ``corpus_dir``.

    Returns
    -------
    pandas.DataFrame
        Columns ``rule_id, label, action, match, pattern, then, field, case, note``.

    Examples
    --------
    >>> load_rules().loc[0, "rule_id"]
    'blank'
    """
    res = resources if resources is not None else load_resources(corpus_dir)
    return res.table("cleaning_rules.csv")


@dataclass(frozen=True)
class _Rule:
    rule_id: str
    label: str
    action: str
    match: str
    regex: re.Pattern
    then: str
    field: str


def _compile(rules: pd.DataFrame) -> list[_Rule]:
    out = []
    for r in rules.itertuples(index=False):
        flags = 0 if str(r.case).strip().lower() == "exact" else re.IGNORECASE
        pat = r.pattern
        if r.match == "prefix":
            pat = "^(?:" + pat + ")"
        elif r.match == "suffix":
            pat = "(?:" + pat + ")$"
        try:
            rx = re.compile(pat, flags)
        except re.error as exc:
            raise ValueError(f"cleaning rule {r.rule_id!r}: bad pattern {r.pattern!r}: {exc}") from exc
        if r.action not in ("keep", "drop", "metadata"):
            raise ValueError(f"cleaning rule {r.rule_id!r}: action must be keep, drop or metadata")
        if r.match not in ("line", "prefix", "suffix"):
            raise ValueError(f"cleaning rule {r.rule_id!r}: match must be line, prefix or suffix")
        out.append(_Rule(r.rule_id, r.label, r.action, r.match, rx, r.then, r.field))
    return out


def _rules_for(rules: pd.DataFrame | None, resources: Resources | None) -> list[_Rule]:
    """Compiled rules: a table given by the caller (compiled now), or the resources' (compiled once)."""
    if rules is not None:
        return _compile(rules)
    res = resources if resources is not None else load_resources()
    return res.memo("cleaning_rules", lambda r: _compile(r.table("cleaning_rules.csv")))


def split_lines(raw: str) -> list[str]:
    r"""Split decoded text into lines on ``\r\n``, ``\r`` or ``\n`` (as an editor shows them).

    A final line break does not make an extra empty line.

    Parameters
    ----------
    raw : str
        Decoded file text.

    Returns
    -------
    list of str
        The lines, without their line breaks.

    Examples
    --------
    >>> split_lines("a\r\nb\n")
    ['a', 'b']
    """
    if raw == "":
        return []
    parts = re.split(r"\r\n|\r|\n", raw)
    if parts and parts[-1] == "" and re.search(r"(\r\n|\r|\n)$", raw):
        parts = parts[:-1]
    return parts


def _is_heading_like(s: str) -> bool:
    return bool(s) and not s.rstrip().endswith(_END_PUNCT)


class CleanResult:
    """What cleaning one article gives: the audit rows, the body text and the metadata found."""

    __slots__ = ("rows", "text", "metadata", "_audit")

    def __init__(self, rows: list[dict], text: str, metadata: dict):
        self.rows, self.text, self.metadata, self._audit = rows, text, metadata, None

    @property
    def audit(self) -> pd.DataFrame:
        """The per-line audit (as :func:`clean_lines`), built on first use."""
        if self._audit is None:
            self._audit = pd.DataFrame(self.rows, columns=["line_no", "label", "action", "rule", "text", "cleaned",
                                                           "field", "value"])
        return self._audit


def clean_lines(raw: str, rules: pd.DataFrame | None = None, *, max_heading_words: int = 12,
                resources: Resources | None = None) -> pd.DataFrame:
    """Label every line of one article as keep, metadata or drop, with the rule that decided.

    Parameters
    ----------
    raw : str
        The decoded article.
    rules : pandas.DataFrame, optional
        A rule table (:func:`load_rules`); by default the resources' rules.
    max_heading_words : int, default 12
        A line of at most this many words with no end punctuation that no rule matches is a
        heading: title or kicker before the body, subheading inside it, trailer after it.
    resources : Resources, optional
        Whose ``cleaning_rules.csv`` to use when ``rules`` is not given; the kit's by default.

    Returns
    -------
    pandas.DataFrame
        One row per raw line: ``line_no`` (1-based), ``label``, ``action``, ``rule``, ``text``
        (the raw line), ``cleaned`` (what the body keeps of it, "" otherwise), ``field`` and
        ``value`` (metadata captured, e.g. ``outlet`` / ``KOMPAS.com``).

    Examples
    --------
    >>> clean_lines("KOMPAS.com - Putin tiba.\\nBaca juga: Lain\\n")[["label", "action"]].values.tolist()
    [['dateline', 'keep'], ['related_link', 'drop']]
    """
    rows = _classify(raw, _rules_for(rules, resources), max_heading_words)
    return pd.DataFrame(rows, columns=["line_no", "label", "action", "rule", "text", "cleaned", "field", "value"])


def _classify(raw: str, comp: list[_Rule], max_heading_words: int) -> list[dict]:
    """The rows of :func:`clean_lines` as dicts (no DataFrame: this runs once per article)."""
    line_rules = [r for r in comp if r.match == "line"]
    prefix_rules = [r for r in comp if r.match == "prefix"]
    suffix_rules = [r for r in comp if r.match == "suffix"]
    lines = split_lines(raw)
    rows = []
    pending: _Rule | None = None
    for i, line in enumerate(lines, 1):
        norm = normalize(line).strip()
        row = dict(line_no=i, label="body", action="keep", rule="", text=line, cleaned=norm,
                   field="", value="")
        matched = None
        for r in line_rules:
            m = r.regex.fullmatch(norm)
            if m:
                matched = (r, m)
                break
        if matched and matched[0].rule_id == "blank":
            row.update(label="blank", action="drop", rule="blank", cleaned="")
            rows.append(row)
            continue
        prefix_hit = None
        if not matched:
            for r in prefix_rules:
                m = r.regex.match(norm)
                if m and norm[m.end():].strip():
                    prefix_hit = (r, m)
                    break
        if pending is not None and not matched and not prefix_hit:
            row.update(label=pending.label, action=pending.action, rule=pending.rule_id + "+next", cleaned="")
            pending = None
            rows.append(row)
            continue
        pending = None
        if matched:
            r, m = matched
            row.update(label=r.label, action=r.action, rule=r.rule_id, cleaned="")
            if r.field and r.field in (m.groupdict() or {}) and (m.group(r.field) or "").strip():
                row.update(field=r.field, value=m.group(r.field).strip())
            if r.then == "next":
                pending = r
            rows.append(row)
            continue
        text = norm
        if prefix_hit:
            r, m = prefix_hit
            text = norm[m.end():].strip()
            row.update(label=r.label, rule=r.rule_id)
            if r.field and (m.groupdict().get(r.field) or "").strip():
                row.update(field=r.field, value=m.group(r.field).strip())
        for r in suffix_rules:
            m = r.regex.search(text)
            if m and text[: m.start()].strip():
                text = text[: m.start()].rstrip()
                row["rule"] = (row["rule"] + "," if row["rule"] else "") + r.rule_id
                break
        row["cleaned"] = text
        if not prefix_hit and _is_heading_like(text) and len(text.split()) <= max_heading_words:
            row["label"] = "_short"
        elif not prefix_hit and _is_heading_like(text) and not any(
            rr["label"] in ("body", "dateline") for rr in rows
        ):
            row["label"] = "_short"  # a long unpunctuated line before any body: a title
        rows.append(row)

    # positional pass: front matter, subheadings, trailer
    body_idx = [k for k, r in enumerate(rows) if r["label"] in ("body", "dateline") and r["action"] == "keep"]
    if not body_idx:
        # no line reads as body: a long unpunctuated line is the article itself (a one-line text
        # without final punctuation), not a title
        long_lines = [k for k, r in enumerate(rows) if r["label"] == "_short" and len(r["cleaned"].split()) > max_heading_words]
        for k in long_lines:
            rows[k]["label"] = "body"
        body_idx = long_lines
    dateline_idx = [k for k, r in enumerate(rows) if r["label"] == "dateline" and r["action"] == "keep"]
    first_body = dateline_idx[0] if dateline_idx else (body_idx[0] if body_idx else len(rows))
    last_body = body_idx[-1] if body_idx else -1
    front_short = [k for k in range(first_body) if rows[k]["label"] == "_short"]
    title_k = max(front_short, key=lambda k: (len(rows[k]["cleaned"]), -k)) if front_short else None
    if title_k is None:  # a title may end in "!" or "?": the first short front line
        front = [k for k in range(first_body) if rows[k]["label"] == "body"]
        if front and len(rows[front[0]]["cleaned"].split()) <= 2 * max_heading_words and \
                rows[front[0]]["cleaned"].endswith(("!", "?")):
            title_k = front[0]
            rows[title_k]["label"] = "_short"
    for k, r in enumerate(rows):
        if k < first_body and r["label"] in ("_short", "body"):
            if r["label"] == "body":
                r.update(label="standfirst", action="metadata", rule="before_dateline")
            else:
                lab = "title" if k == title_k else "kicker"
                r.update(label=lab, action="metadata", rule="heading_before_body", field=lab,
                         value=r["cleaned"])
            r["cleaned"] = ""
        elif r["label"] == "_short":
            if k > last_body:
                r.update(label="trailer", action="drop", rule="heading_after_body", cleaned="")
            else:
                r.update(label="subheading", action="metadata", rule="heading_in_body",
                         field="subheading", value=r["cleaned"], cleaned="")
    return rows


def canonical_outlet(name: str, *, resources: Resources | None = None) -> str:
    """The kit's name for an outlet spelled as in a dateline or manifest (``outlets.csv``).

    Parameters
    ----------
    name : str
        For example ``"KOMPAS.com"`` or ``"POS-KUPANG.COM"``.
    resources : Resources, optional
        Whose ``outlets.csv`` to use (a corpus folder's extends the kit's); the kit's by default.

    Returns
    -------
    str
        The canonical name, or the name as given when the table does not know it.

    Examples
    --------
    >>> canonical_outlet("POS-KUPANG.COM")
    'Pos-Kupang.com'
    """
    res = resources if resources is not None else load_resources()
    lookup = res.memo("outlets", _outlet_lookup)
    return lookup.get(name.strip().lower(), name.strip())


def _outlet_lookup(res: Resources) -> dict[str, str]:
    table = res.table("outlets.csv")
    out: dict[str, str] = {}
    for spelling, outlet in zip(table["spelling"], table["outlet"]):
        out.setdefault(spelling.strip().lower(), outlet.strip())  # first row wins: the corpus's
    return out


def clean_article(raw: str, rules: pd.DataFrame | None = None, *, max_heading_words: int = 12,
                  resources: Resources | None = None) -> CleanResult:
    """Clean one article: body text (one paragraph a line) and the metadata its lines give.

    Parameters
    ----------
    raw : str
        The decoded article.
    rules : pandas.DataFrame, optional
        Rule table; by default the resources' rules.
    max_heading_words : int, default 12
        See :func:`clean_lines`.
    resources : Resources, optional
        Rules (unless ``rules`` is given) and outlet names; the kit's by default.

    Returns
    -------
    CleanResult
        ``audit`` (from :func:`clean_lines`), ``text``, and ``metadata`` with any of
        ``outlet, outlet_source, title, kicker, author, editor, credits, subheadings``
        (``credits`` as ``"rule_id:value"``, e.g. ``"photo_credit:REUTERS"``).

    Examples
    --------
    >>> clean_article("KOMPAS.com - Putin tiba.").metadata["outlet"]
    'Kompas.com'
    """
    rows = _classify(raw, _rules_for(rules, resources), max_heading_words)
    text = "\n".join(r["cleaned"] for r in rows if r["action"] == "keep" and r["cleaned"])
    meta: dict = {}
    for fld, val, rule in ((r["field"], r["value"], r["rule"]) for r in rows if r["field"]):
        if fld == "outlet":
            if rule.startswith("dateline") or "outlet" not in meta:
                meta["outlet"] = canonical_outlet(val, resources=resources)
                meta["outlet_source"] = "dateline" if rule.startswith("dateline") else "footer"
        elif fld == "credit":
            meta.setdefault("credits", []).append(f"{rule}:{val}")
        elif fld == "subheading":
            meta.setdefault("subheadings", []).append(val)
        elif fld not in meta:
            meta[fld] = val
    return CleanResult(rows, text, meta)


def cleaning_audit(corpus: pd.DataFrame, rules: pd.DataFrame | None = None, *,
                   resources: Resources | None = None) -> pd.DataFrame:
    """One row per raw line of every article: kept, kept aside as metadata, or dropped, and why.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`helpers.load_corpus` (needs ``doc_id`` and ``raw``).
    rules : pandas.DataFrame, optional
        Rule table; by default the resources' rules.
    resources : Resources, optional
        By default the corpus's own (kit + corpus folder, as loaded).

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id, line_no, label, action, text, rule, cleaned``, sorted by ``doc_id`` and
        ``line_no``. ``action`` is ``keep``, ``metadata`` or ``drop``; every raw line appears
        exactly once.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a"], "raw": ["KOMPAS.com - Putin tiba.\\n\\nBaca juga: X"]})
    >>> cleaning_audit(c)["action"].tolist()
    ['keep', 'drop', 'drop']
    """
    comp = _rules_for(rules, resources_of(corpus, resources))
    mhw = corpus.attrs.get("max_heading_words", 12)
    parts = []
    for doc_id, raw in sorted(zip(corpus["doc_id"], corpus["raw"])):
        for r in _classify(raw, comp, mhw):
            parts.append((doc_id, r["line_no"], r["label"], r["action"], r["text"], r["rule"], r["cleaned"]))
    return pd.DataFrame(parts, columns=AUDIT_COLUMNS)
