"""The ``newsfacts`` spaCy pipeline component.

``nlp.add_pipe("newsfacts")`` runs the same extraction as ``newsfacts.extract``
on ``doc.text`` so that facts sit beside whatever else a spaCy pipeline finds:

- ``doc.spans[spans_key]``: one span per fact, labelled with its type, widened
  to whole tokens where a fact's characters end inside a token; each span's
  ``span._.fact`` is its fact record;
- ``doc._.newsfacts``: the fact records (exact character spans);
- ``doc._.newsfacts_article``: the whole ``Article`` (metadata and facts).

The records are kept on the Doc as plain JSON data (``doc._.newsfacts_data``),
because ``Doc.to_bytes`` (and so ``nlp.pipe(..., n_process=N)`` and ``DocBin``)
only carries msgpack-able values; the two record attributes are getters that
build Pydantic objects from it once per Doc.

This module is imported by spaCy whenever a ``Language`` is created (it is a
``spacy_factories`` entry point), so it imports nothing heavy at module level.
"""

# No ``from __future__ import annotations``: spaCy reads the factory's signature
# to validate its config, and needs real types there.

import json
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal
from weakref import WeakKeyDictionary

from pydantic import BaseModel, ConfigDict, Field, field_validator
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsfacts.fact_types import NAMES

FACT_TYPES: tuple[str, ...] = NAMES
SETTINGS_FILE = "settings.json"

DATA_ATTR = "newsfacts_data"
RECORDS_ATTR = "newsfacts"
ARTICLE_ATTR = "newsfacts_article"
SPAN_FACT_ATTR = "fact"

AlignmentMode = Literal["expand", "contract", "strict"]


class Settings(BaseModel):
    """What the component keeps and where it puts it; saved with the pipeline."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    spans_key: str = Field(default="newsfacts", min_length=1)
    types: tuple[str, ...] = FACT_TYPES
    alignment_mode: AlignmentMode = "expand"

    @field_validator("types")
    @classmethod
    def _known_types(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        unknown = sorted(set(v) - set(FACT_TYPES))
        if unknown:
            raise ValueError(f"unknown fact types {unknown}; expected some of {list(FACT_TYPES)}")
        return tuple(t for t in FACT_TYPES if t in v)


# --- Doc extensions ---------------------------------------------------------------------------

# Built records per Doc, so that repeated reads return the same objects.
# The data object is held too, so an identity check tells a stale entry from a fresh one.
_built: WeakKeyDictionary[Doc, tuple[Any, Any]] = WeakKeyDictionary()


def _article(doc: Doc) -> Any:
    """``doc._.newsfacts_article``: the Article built from the JSON data (None before the component ran)."""
    data = doc._.get(DATA_ATTR)
    if data is None:
        return None
    cached = _built.get(doc)
    if cached is not None and cached[0] is data:
        return cached[1]
    from newsfacts.records import Article

    article = Article.model_validate(data)
    _built[doc] = (data, article)
    return article


def _records(doc: Doc) -> list:
    """``doc._.newsfacts``: the fact records, in text order ([] before the component ran)."""
    article = _article(doc)
    return article.facts if article is not None else []


def _span_fact(span: Span) -> Any:
    """``span._.fact``: the fact of the span's type that the span covers most (None for other spans).

    Found from the Doc's records rather than stored per span, so it holds on
    every span the component made, in any alignment mode, after ``Doc.to_bytes``
    and in ``nlp.pipe`` workers.
    """
    found, most = None, 0
    for fact in _records(span.doc):
        if fact.type != span.label_:
            continue
        overlap = min(fact.span[1], span.end_char) - max(fact.span[0], span.start_char)
        if overlap > most:
            found, most = fact, overlap
    return found


def register_extensions() -> None:
    """Register the Doc and Span attributes; safe to call again.

    Called at import and by the factory, so the attributes exist in every
    process that loads a pipeline, including ``nlp.pipe`` workers. The Doc
    attributes are re-set with the same definitions (``force=True``).
    ``Span._.fact`` is registered once: a ``fact`` extension that other code
    registered is left in place, with a warning.
    """
    Doc.set_extension(DATA_ATTR, default=None, force=True)
    Doc.set_extension(RECORDS_ATTR, getter=_records, force=True)
    Doc.set_extension(ARTICLE_ATTR, getter=_article, force=True)
    if not Span.has_extension(SPAN_FACT_ATTR):
        Span.set_extension(SPAN_FACT_ATTR, getter=_span_fact)
        return
    getter = Span.get_extension(SPAN_FACT_ATTR)[2]
    if (getattr(getter, "__module__", None), getattr(getter, "__qualname__", None)) != (
        __name__,
        _span_fact.__qualname__,
    ):
        warnings.warn(
            f"Span._.{SPAN_FACT_ATTR} is already registered by other code and is left as it is; "
            f"the fact records are in doc._.{RECORDS_ATTR}",
            stacklevel=2,
        )


register_extensions()


# --- The component ----------------------------------------------------------------------------


class NewsfactsComponent:
    """Adds newsfacts facts to each Doc. Holds only its settings, so it pickles cheaply."""

    def __init__(self, name: str = "newsfacts", settings: Settings | None = None) -> None:
        self.name = name
        self.settings = settings or Settings()

    def __call__(self, doc: Doc) -> Doc:
        from newsfacts.pipeline import default_pipeline

        article = default_pipeline()(doc.text)
        keep = set(self.settings.types)
        if len(keep) < len(FACT_TYPES):
            article = article.model_copy(update={"facts": [f for f in article.facts if f.type in keep]})
        spans = []
        for fact in article.facts:
            span = doc.char_span(*fact.span, label=fact.type, alignment_mode=self.settings.alignment_mode)
            if span is not None:
                spans.append(span)
        doc.spans[self.settings.spans_key] = spans
        data = article.model_dump(mode="json")
        doc._.set(DATA_ATTR, data)
        _built[doc] = (data, article)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    # Serialization: the settings as JSON, so that they survive nlp.to_disk / spacy.load and
    # nlp.to_bytes / from_bytes even when changed after the component was created.

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self.settings.model_dump_json().encode("utf-8")

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> "NewsfactsComponent":
        self.settings = Settings.model_validate(json.loads(bytes_data.decode("utf-8")))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / SETTINGS_FILE).write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "NewsfactsComponent":
        settings = Path(path) / SETTINGS_FILE
        if settings.exists():
            self.from_bytes(settings.read_bytes())
        return self


@Language.factory(
    "newsfacts",
    assigns=[
        f"doc._.{DATA_ATTR}",
        f"doc._.{RECORDS_ATTR}",
        f"doc._.{ARTICLE_ATTR}",
        "doc.spans",
        f"span._.{SPAN_FACT_ATTR}",
    ],
    default_config={"spans_key": "newsfacts", "types": list(FACT_TYPES), "alignment_mode": "expand"},
)
def make_newsfacts(
    nlp: Language, name: str, spans_key: str, types: list[str], alignment_mode: str
) -> NewsfactsComponent:
    """Create the component; the arguments are the ``[components.NAME]`` config block."""
    register_extensions()
    for label in FACT_TYPES:
        nlp.vocab.strings.add(label)
    settings = Settings(spans_key=spans_key, types=tuple(types), alignment_mode=alignment_mode)
    return NewsfactsComponent(name, settings)
