"""Runs the stages: normalize, segment, annotate, find figures, extract, resolve, assemble.

Each stage is a plain callable given to ``Pipeline``, so a user can replace
one (a different segmenter for a site they know, an extra extractor) without
touching the others. Extraction works on the normalized copy; spans are
mapped back to the original text at the end, and records are built once.
The article is annotated once (every lexicon phrase and digit run, see
``text/annotate.py``); each ``Sentence`` carries its view of it, which the
extractors' phrase lookups read, and a figure finder that takes
``annotation=`` gets the view too instead of reading the sentence again.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable, Sequence
from functools import cache

from pydantic import ValidationError

from newsfacts.document import Document
from newsfacts.extractors.back_references import name_back_references
from newsfacts.extractors.context import ArticleContext, Candidate, Sentence
from newsfacts.extractors.resolve import resolve_sentence
from newsfacts.extractors.split_courses import join_split_courses
from newsfacts.fact_types import EXTRACTORS, RECORDS, Extractor
from newsfacts.records import Article
from newsfacts.text.annotate import Annotation, annotate
from newsfacts.text.normalize import NormalizedText, normalize
from newsfacts.text.numbers import find_figures
from newsfacts.text.segment import Segmented, recase_name, segment

log = logging.getLogger(__name__)

DEFAULT_EXTRACTORS: tuple[Extractor, ...] = EXTRACTORS
_META = ("title", "published", "category", "author")


class Pipeline:
    """An article in, an ``Article`` record out."""

    def __init__(
        self,
        normalizer: Callable[[str], NormalizedText] = normalize,
        segmenter: Callable[[str], Segmented] = segment,
        figure_finder: Callable = find_figures,
        extractors: Sequence[Extractor] = DEFAULT_EXTRACTORS,
        resolver: Callable[[Sentence, list[Candidate]], list[Candidate]] = resolve_sentence,
        annotator: Callable[[str], Annotation] = annotate,
    ):
        self.normalizer = normalizer
        self.segmenter = segmenter
        self.figure_finder = figure_finder
        self.extractors = tuple(extractors)
        self.resolver = resolver
        self.annotator = annotator
        self._finder_reads_views = _takes_annotation(figure_finder)

    def __call__(self, text: str, source: str | None = None) -> Article:
        return self.run_document(Document(source=source, text=text))

    def run_document(self, doc: Document) -> Article:
        norm = self.normalizer(doc.text)
        seg = self.segmenter(norm.text)
        meta = _metadata(seg, norm)
        meta.update({k: v for k, v in doc.metadata.items() if k in _META and v})
        published = meta["published"]
        ctx = ArticleContext(title=meta["title"], published_year=_year(published), published=published)
        ctx.sentences = self._sentences(norm.text, seg)
        resolved = []
        for s in ctx.sentences:
            if not s.figures:
                continue
            candidates = [c for ex in self.extractors for c in ex(s, ctx)]
            resolved += self.resolver(s, candidates)
        facts, rejected = [], []
        # a rate named before ("… con số này còn 17,2%"); classes, then learners next: one course
        for c in name_back_references(join_split_courses(resolved)):
            record = self._record(c, norm)
            if isinstance(record, str):
                rejected.append(record)
                log.warning("%s: %s", doc.source or "<text>", record)
            else:
                facts.append(record)
        return Article(
            source=doc.source,
            **meta,
            facts=facts,
            text=doc.text if doc.carry_text else None,
            rejected=rejected,
        )

    def _sentences(self, text: str, seg: Segmented) -> list[Sentence]:
        out = []
        block_of = _block_index(seg)
        whole = self.annotator(text)
        for i, (s, e) in enumerate(seg.sentences):
            t = text[s:e]
            view = whole.view(s, e)
            if self._finder_reads_views:
                figures = self.figure_finder(t, annotation=view)
            else:
                figures = self.figure_finder(t)
            out.append(Sentence(i, s, e, t, block_of(s), figures, annotation=view))
        return out

    def _record(self, c: Candidate, norm: NormalizedText):
        s = c.sentence
        start, end = norm.span_to_original(s.start + c.start, s.start + c.end)
        ev_start, ev_end = norm.span_to_original(s.start, (c.through or s).end)
        original = norm.original
        if c.through is not None:  # a course told over two sentences: both are its evidence
            evidence = original[ev_start:ev_end]
        elif s.evidence is None:  # once per sentence, however many facts it holds
            evidence = s.evidence = original[ev_start:ev_end]  # exactly: a consumer finds the span inside it
        else:
            evidence = s.evidence
        fields = {
            k: v for k, v in c.fields.items() if v is not None or k in ("change", "classes", "learners")
        }
        try:
            return RECORDS[c.type](
                span=(start, end),
                text=original[start:end],
                evidence=evidence,
                evidence_span=(ev_start, ev_end),
                rule=c.rule,
                **fields,
            )
        except ValidationError as exc:
            first = exc.errors()[0]
            return f"dropped {c.type} at {start}-{end} ({original[start:end]!r}): {first['msg']}"


def _takes_annotation(finder: Callable) -> bool:
    """Whether a figure finder accepts ``annotation=`` (a user's own finder may take the text only)."""
    try:
        return "annotation" in inspect.signature(finder).parameters
    except (TypeError, ValueError):  # a callable without a signature: call it with the text only
        return False


def _metadata(seg: Segmented, norm: NormalizedText) -> dict[str, str | None]:
    """Metadata as printed: read from the original text where segmentation found it."""
    meta = {k: getattr(seg, k) for k in _META}
    for key in ("title", "category", "author"):
        span = getattr(seg, f"{key}_span", None)
        if span is not None:
            start, end = norm.span_to_original(*span)
            meta[key] = " ".join(norm.original[start:end].split())
    if meta["author"] and seg.author_in_capitals:
        meta["author"] = recase_name(meta["author"])
    return meta


def _year(iso: str | None) -> int | None:
    try:
        return int(iso[:4]) if iso else None
    except ValueError:
        return None


def _block_index(seg: Segmented) -> Callable[[int], int]:
    starts = [b.start for b in seg.blocks]

    def block_of(pos: int) -> int:
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return max(lo - 1, 0)

    return block_of


@cache
def default_pipeline() -> Pipeline:
    """One shared pipeline per process: patterns and tables are compiled once."""
    return Pipeline()
