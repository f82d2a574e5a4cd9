"""newsfacts: typed, source-grounded facts from Vietnamese Party-building news.

>>> import newsfacts
>>> article = newsfacts.extract("... mở 3 lớp trung cấp lý luận chính trị cho 208 học viên ...")
>>> article.facts[0].learners
208
"""

from __future__ import annotations

from pathlib import Path

from newsfacts.dataframe import to_dataframe
from newsfacts.pipeline import Pipeline, default_pipeline
from newsfacts.records import Article, Change, Count, Course, Fact, Rate, Target, json_schema

__all__ = [
    "Article",
    "Change",
    "Count",
    "Course",
    "Fact",
    "Pipeline",
    "Rate",
    "Target",
    "extract",
    "extract_file",
    "json_schema",
    "to_dataframe",
]
__version__ = "0.1.0"


def extract(text: str, source: str | None = None) -> Article:
    """Facts and metadata of one article given as text; spans index ``text`` as given."""
    return default_pipeline()(text, source=source)


def extract_file(path: str | Path, encoding: str | None = None) -> Article:
    """Facts of one article file (.txt, or .html with the ``html`` extra).

    ``source`` is the path as given. For HTML the record carries the extracted
    ``text`` that its spans index.
    """
    from newsfacts.io.readers import read_documents

    docs = list(read_documents(Path(path), encoding=encoding))
    if len(docs) != 1:
        raise ValueError(f"{path}: holds {len(docs)} articles; use newsfacts.batch for collections")
    return default_pipeline().run_document(docs[0])
