"""The ``newsfacts`` spaCy component: entry point, same facts as ``extract``, spans, processes, saving."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import newsfacts
from newsfacts.spacy_component import FACT_TYPES, NewsfactsComponent, Settings, register_extensions

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ARTICLES = sorted(CORPUS.glob("*.txt"))
VI = {"nlp": {"tokenizer": {"use_pyvi": False}}}

# Sentences written for these tests: a rate and a course whose figures end next to punctuation.
SAMPLE = (
    "Năm 2024, Đảng bộ huyện kết nạp 126 đảng viên mới. "
    "Tỷ lệ đảng viên nữ đạt 34,5%, tăng 2% so với năm trước. "
    "Huyện ủy mở 3 lớp sơ cấp lý luận chính trị cho 245 học viên; "
    "phấn đấu đến năm 2027 có 95% chi bộ đạt trong sạch vững mạnh."
)


def blank(**config: object) -> Language:
    nlp = spacy.blank("vi", config=VI)
    nlp.add_pipe("newsfacts", config=config)
    return nlp


def dumped(facts: list) -> list[dict]:
    return [f.model_dump(mode="json") for f in facts]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank()


def test_factory_is_a_package_entry_point() -> None:
    (ep,) = [e for e in entry_points(group="spacy_factories") if e.name == "newsfacts"]
    assert ep.value == "newsfacts.spacy_component:make_newsfacts"


def test_add_pipe_by_name_in_a_fresh_interpreter() -> None:
    """spaCy finds the factory through the entry point alone, without importing newsfacts first."""
    code = (
        "import spacy, sys\n"
        "assert 'newsfacts' not in sys.modules\n"
        f"nlp = spacy.blank('vi', config={VI!r})\n"
        "nlp.add_pipe('newsfacts')\n"
        "doc = nlp('Toàn huyện có 1.250 đảng viên.')\n"
        "print(nlp.pipe_names, [s.label_ for s in doc.spans['newsfacts']], doc._.newsfacts[0].value)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['newsfacts'] ['count'] 1250"


@pytest.mark.skipif(not ARTICLES, reason="the project corpus has no articles")
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_same_facts_as_extract(nlp: Language, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = nlp(text)
    article = newsfacts.extract(text)
    assert doc.text == text
    assert dumped(doc._.newsfacts) == dumped(article.facts)
    assert doc._.newsfacts_article.model_dump(mode="json") == article.model_dump(mode="json")
    spans = doc.spans["newsfacts"]
    assert len(spans) == len(article.facts)
    for span, fact, record in zip(spans, article.facts, doc._.newsfacts, strict=True):
        assert span.label_ == fact.type
        assert span._.fact is record
        # Whole tokens around the fact's characters (whitespace at its edges belongs to no token).
        start, end = fact.span
        assert span.start_char <= start and end - len(fact.text) + len(fact.text.rstrip()) <= span.end_char
        expected = doc.char_span(*fact.span, alignment_mode="expand")
        assert (span.start, span.end) == (expected.start, expected.end)


def test_spans_widen_to_whole_tokens_records_stay_exact(nlp: Language) -> None:
    doc = nlp(SAMPLE)
    by_type = {f.type: (f, s) for f, s in zip(doc._.newsfacts, doc.spans["newsfacts"], strict=True)}
    assert sorted(by_type) == ["count", "course", "rate", "target"]
    rate, rate_span = by_type["rate"]
    assert rate.text == "34,5%" and SAMPLE[slice(*rate.span)] == "34,5%"
    assert rate_span.text == "34,5%,"  # the tokenizer keeps the comma on the figure
    course, course_span = by_type["course"]
    assert course.text.endswith("245 học viên")
    assert course_span.text.endswith("245 học viên;")
    assert (course.classes, course.learners) == (3, 245)


def test_records_are_built_once_per_doc(nlp: Language) -> None:
    doc = nlp(SAMPLE)
    assert doc._.newsfacts is doc._.newsfacts
    assert doc._.newsfacts_article.facts is doc._.newsfacts


def test_attributes_before_the_component_ran(nlp: Language) -> None:
    doc = nlp.make_doc(SAMPLE)
    assert doc._.newsfacts == []
    assert doc._.newsfacts_article is None


def test_doc_bytes_carry_facts_and_spans(nlp: Language) -> None:
    doc = nlp(SAMPLE)
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert dumped(copy._.newsfacts) == dumped(doc._.newsfacts)
    assert [(s.label_, s.start, s.end) for s in copy.spans["newsfacts"]] == [
        (s.label_, s.start, s.end) for s in doc.spans["newsfacts"]
    ]


@pytest.mark.skipif(not ARTICLES, reason="the project corpus has no articles")
def test_pipe_with_two_processes_gives_the_same(nlp: Language) -> None:
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES] + [SAMPLE]
    single = list(nlp.pipe(texts))
    multi = list(nlp.pipe(texts, n_process=2, batch_size=2))
    assert len(multi) == len(texts)
    for one, two in zip(single, multi, strict=True):
        assert dumped(two._.newsfacts) == dumped(one._.newsfacts)
        assert two._.newsfacts_article.model_dump() == one._.newsfacts_article.model_dump()
        assert [(s.label_, s.start_char, s.end_char) for s in two.spans["newsfacts"]] == [
            (s.label_, s.start_char, s.end_char) for s in one.spans["newsfacts"]
        ]
        assert [s._.fact for s in two.spans["newsfacts"]] == list(two._.newsfacts)


def test_types_and_spans_key_settings() -> None:
    nlp = blank(spans_key="facts", types=["target", "rate"])
    doc = nlp(SAMPLE)
    assert "newsfacts" not in doc.spans
    assert [s.label_ for s in doc.spans["facts"]] == ["rate", "target"]
    assert [f.type for f in doc._.newsfacts] == ["rate", "target"]
    assert [f.type for f in doc._.newsfacts_article.facts] == ["rate", "target"]


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown fact types"):
        blank(types=["rate", "percent"])
    with pytest.raises(ValueError):
        blank(alignment_mode="loose")


def test_to_disk_and_spacy_load_keep_settings(tmp_path: Path) -> None:
    nlp = blank(spans_key="facts", types=["course", "count"])
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    component = loaded.get_pipe("newsfacts")
    assert isinstance(component, NewsfactsComponent)
    assert component.settings == Settings(spans_key="facts", types=("course", "count"))
    doc = loaded(SAMPLE)
    assert [s.label_ for s in doc.spans["facts"]] == ["count", "course"]


def test_settings_changed_after_creation_survive_saving(tmp_path: Path) -> None:
    nlp = blank()
    nlp.get_pipe("newsfacts").settings = Settings(spans_key="numbers", types=("rate",))
    nlp.to_disk(tmp_path / "pipeline")
    assert spacy.load(tmp_path / "pipeline").get_pipe("newsfacts").settings.spans_key == "numbers"

    restored = blank().from_bytes(nlp.to_bytes())
    assert restored.get_pipe("newsfacts").settings == Settings(spans_key="numbers", types=("rate",))
    doc = restored(SAMPLE)
    assert [s.label_ for s in doc.spans["numbers"]] == ["rate"]


def test_component_bytes_round_trip() -> None:
    component = NewsfactsComponent(settings=Settings(types=("target",), alignment_mode="contract"))
    other = NewsfactsComponent().from_bytes(component.to_bytes())
    assert other.settings == component.settings
    assert Settings().types == FACT_TYPES


# --- span._.fact and displaCy -----------------------------------------------------------------


def test_each_span_carries_its_fact(nlp: Language) -> None:
    doc = nlp(SAMPLE)
    spans = doc.spans["newsfacts"]
    assert len(spans) == len(doc._.newsfacts) == 4
    for span, fact in zip(spans, doc._.newsfacts, strict=True):
        assert span._.fact is fact
    assert [s._.fact.type for s in spans] == [s.label_ for s in spans]
    assert spans[1]._.fact.value == 34.5 and spans[1]._.fact.change.value == 2


def test_span_facts_with_other_settings() -> None:
    doc = blank(spans_key="facts", types=["rate", "course"], alignment_mode="contract")(SAMPLE)
    aligned = [f for f in doc._.newsfacts if doc.char_span(*f.span, alignment_mode="contract") is not None]
    assert [f.type for f in aligned] == ["course"]  # "34,5%," is one token: the rate gets no span
    assert [s._.fact for s in doc.spans["facts"]] == aligned


def test_span_facts_survive_doc_bytes(nlp: Language) -> None:
    doc = nlp(SAMPLE)
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert dumped([s._.fact for s in copy.spans["newsfacts"]]) == dumped(doc._.newsfacts)


def test_a_span_that_is_no_fact_has_none(nlp: Language) -> None:
    doc = nlp(SAMPLE)
    assert doc[0:3]._.fact is None
    assert nlp.make_doc(SAMPLE)[0:3]._.fact is None  # the component did not run


def test_registering_again_keeps_an_extension_of_other_code() -> None:
    saved = Span.get_extension("fact")
    Span.remove_extension("fact")
    try:
        Span.set_extension("fact", default="theirs")
        with pytest.warns(UserWarning, match=r"Span\._\.fact"):
            register_extensions()
        with pytest.warns(UserWarning, match=r"Span\._\.fact"):
            doc = blank()(SAMPLE)  # the factory registers too
        assert doc.spans["newsfacts"][0]._.fact == "theirs"
    finally:
        Span.remove_extension("fact")
        Span.set_extension("fact", getter=saved[2])
    register_extensions()  # ours again: nothing to say
    assert Span.get_extension("fact") == saved


def test_displacy_renders_the_spans(nlp: Language) -> None:
    doc = nlp(SAMPLE)
    html = displacy.render(doc, style="span", options={"spans_key": "newsfacts"})
    for label in ("count", "rate", "course", "target"):
        assert label in html
    assert "34,5%" in html and "245" in html
