"""News-coverage comparison kit: corpus -> clean -> text -> analyses -> plots.

Public API (``from helpers import ...``):

- corpus: :func:`load_corpus`, :func:`read_article`, :class:`CorpusError`
- clean: :func:`cleaning_audit`, :func:`clean_lines`, :func:`clean_article`, :func:`load_rules`
- text: :func:`tokenize`, :func:`sentences`, :func:`normalize`, :func:`parse_number`,
  :func:`find_dates`, :func:`text_resources`
- describe: :func:`text_stats`, :func:`audit_summary`, :func:`removed_lines`, :func:`quality_flags`
- terms: :func:`dfm`, :func:`tfidf_terms`, :func:`keyness`, :func:`kwic`, :func:`make_analyzer`
- plots: :func:`set_style`, :func:`outlet_colors`, :func:`bar_chart`
"""

from .clean import canonical_outlet, clean_article, clean_lines, cleaning_audit, load_rules
from .corpus import CorpusError, load_corpus, read_article
from .describe import audit_summary, quality_flags, removed_lines, text_stats
from .plots import bar_chart, outlet_colors, set_style
from .report import enough, group_outlets, many_articles, save_chart
from .resources import load_table
from .terms import dfm, keyness, kwic, make_analyzer, tfidf_terms
from .text import find_dates, normalize, parse_number, sentences, text_resources, tokenize

__all__ = [
    "CorpusError", "load_corpus", "read_article",
    "cleaning_audit", "clean_lines", "clean_article", "load_rules", "canonical_outlet",
    "tokenize", "sentences", "normalize", "parse_number", "find_dates", "text_resources",
    "text_stats", "audit_summary", "removed_lines", "quality_flags",
    "set_style", "outlet_colors", "bar_chart", "load_table", "save_chart", "enough", "group_outlets",
    "many_articles",
    "dfm", "tfidf_terms", "keyness", "kwic", "make_analyzer",
]
