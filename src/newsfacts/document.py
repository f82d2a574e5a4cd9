"""An input document: text to extract from, plus whatever metadata its container gave."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Document:
    """What a reader hands to the pipeline.

    ``metadata`` holds fields the container already knows (an HTML page's
    title or date, a JSON record's fields); they win over what segmentation
    finds in the text. ``carry_text`` asks the record to carry ``text``,
    because its spans index text that is not the file's own bytes (HTML).
    """

    source: str | None
    text: str
    metadata: dict[str, str | None] = field(default_factory=dict)
    carry_text: bool = False
