"""News-coverage comparison kit: corpus -> clean -> text -> analyses -> plots -> report.

Layers (each module imports only the layers below it; analyses never import each other):

- base: ``errors`` (:class:`CorpusError`, :func:`check_option`), ``resources``
  (:func:`load_resources`: every data table of a corpus folder, merged with the kit's)
- corpus: :func:`load_corpus`, :func:`read_article`
- clean: :func:`cleaning_audit`, :func:`clean_lines`, :func:`clean_article`, :func:`load_rules`
- text: :func:`tokenize`, :func:`sentences`, :func:`normalize`, :func:`words`, :func:`parse_number`,
  :func:`find_dates`, :func:`text_units`, :func:`make_analyzer`
- analyses: ``describe``, ``similarity``, ``attribution``, ``facts``, ``terms``, ``topics``, ``framing``
- output: ``plots`` (:func:`set_style`, :func:`outlet_colors`, :func:`bar_chart`), ``report``, ``run``
"""

from .clean import canonical_outlet, clean_article, clean_lines, cleaning_audit, load_rules
from .corpus import load_corpus, read_article
from .describe import audit_summary, quality_flags, removed_lines, text_stats
from .errors import CorpusError, check_option
from .plots import bar_chart, outlet_colors, set_style
from .report import enough, group_outlets, many_articles, save_chart, save_draft
from .resources import Resources, load_resources, load_table, resources_of
from .terms import dfm, keyness, kwic, tfidf_terms
from .text import find_dates, make_analyzer, normalize, parse_number, sentences, text_units, tokenize, words

__all__ = [
    "CorpusError", "check_option", "Resources", "load_resources", "resources_of", "load_table",
    "load_corpus", "read_article",
    "cleaning_audit", "clean_lines", "clean_article", "load_rules", "canonical_outlet",
    "tokenize", "sentences", "normalize", "words", "parse_number", "find_dates", "text_units", "make_analyzer",
    "text_stats", "audit_summary", "removed_lines", "quality_flags",
    "set_style", "outlet_colors", "bar_chart", "save_chart", "save_draft", "enough", "group_outlets",
    "many_articles",
    "dfm", "tfidf_terms", "keyness", "kwic",
]
