"""Review pages: one article with its facts highlighted, and an overview of a processed corpus.

Both are single self-contained HTML files (inline CSS, JS and SVG), written by
``newsfacts show`` and ``newsfacts report``.
"""

from newsfacts.report.article_page import render_article_page
from newsfacts.report.corpus_report import render_corpus_report

__all__ = ["render_article_page", "render_corpus_report"]
