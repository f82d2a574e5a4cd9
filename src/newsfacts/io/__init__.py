"""Reading article files into documents and writing article records out.

``readers`` turns .txt, .html and JSON files into :class:`~newsfacts.document.Document`;
``writers`` turns :class:`~newsfacts.records.Article` records into JSON Lines, CSV,
Parquet or SQLite; ``flat`` is the one place that says what a fact row holds.
"""
