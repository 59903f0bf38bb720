"""The spaCy components: registered by entry point, spans equal to the library's tables
(numbers_table, entities_table) on the same text, in English and Thai."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy
from conftest import DEMO, EN_TEXT, TH_TEXT
from spacy import displacy
from spacy.tokens import Doc, Span

import massmob_nlp as mm
from massmob_nlp import _optional
from massmob_nlp.integrations.spacy_components import register_extensions

COMPONENTS = ("massmob_language", "massmob_numbers", "massmob_entity_rules",
              "massmob_entity_linker")
NUMBER_COLUMNS = ("lang", "para_id", "start_char", "end_char", "text", "value",
                  "value_max", "kind", "unit", "qualifier", "calendar", "key", "vague")
ENTITY_COLUMNS = ("lang", "para_id", "start_char", "end_char", "text", "label", "source",
                  "entity_id", "canonical")
# Our own sentences: a mention glued to Thai words ("for the first time", "2,000 people")
# and one after a bracket, so blank Thai tokens contain more than the mention.
TH_GLUED = "เขาได้รับรางวัลเป็นครั้งแรก และมีผู้ป่วย 2,000คน (328 ราย) ในปี 2567"
EN_GLUED = "Prices rose in the mid-1980s and again in 2024 (by 12%)."


def _plain(value):
    return None if value is None or str(value) in ("<NA>", "nan") else value


def _rows(table, columns):
    return [tuple(_plain(v) for v in row)
            for row in table[list(columns)].astype(object).itertuples(index=False)]


def _records(doc, key, record, columns):
    return [tuple(getattr(span._, record)[c] for c in columns) for span in doc.spans[key]]


def _demo(lang):
    return (DEMO / f"demo_{lang}.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def english_model():
    if not _optional.has_english_model():
        pytest.skip("no English spaCy model installed")
    return _optional.english_nlp()


def _pipeline(lang, *names, english=None):
    nlp = spacy.blank(lang) if english is None else english
    for name in names:
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
        nlp.add_pipe(name)
    return nlp


def test_entry_point_registers_components_without_importing_massmob_nlp():
    code = (
        "import sys, json, spacy\n"
        "nlp = spacy.blank('en')\n"
        "before = sorted(m for m in sys.modules if m.startswith('massmob_nlp.numbers'))\n"
        f"for name in {COMPONENTS!r}: nlp.add_pipe(name)\n"
        "doc = nlp('In 2024 the province held 126 sessions under Decision 217-QD/TW.')\n"
        "print(json.dumps({'before': before, 'pipes': nlp.pipe_names,\n"
        "    'numbers': [(s.text, s.label_, s.kb_id_) for s in doc.spans['numbers']],\n"
        "    'entities': [(s.text, s.label_, s.kb_id_) for s in doc.spans['entities']]}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=300)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    # spaCy imports every spacy_factories entry point when it makes a Language: ours
    # is light, the stages load when a component is added
    assert got["before"] == [] and got["pipes"] == list(COMPONENTS)
    assert ["2024", "year", "year:2024"] in got["numbers"]
    assert ["126", "cardinal", "cardinal:126"] in got["numbers"]
    assert ["Decision 217-QD/TW", "LAW", "code.217-QD/TW"] in got["entities"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", EN_TEXT), ("en", EN_GLUED), ("en", _demo("en")),
    ("th", TH_TEXT), ("th", TH_GLUED), ("th", _demo("th"))])
def test_number_spans_equal_numbers_table(lang, text):
    doc = _pipeline(lang, "massmob_numbers")(text)
    table = mm.numbers_table(text)
    assert len(table) > 0
    assert _records(doc, "numbers", "massmob_number", NUMBER_COLUMNS) == _rows(
        table, NUMBER_COLUMNS)
    for span, row in zip(doc.spans["numbers"], table.itertuples(), strict=True):
        assert span.start_char <= row.start_char < row.end_char <= span.end_char
        assert span.label_ == row.kind == span._.massmob_kind
        assert span._.massmob_key == _plain(row.key)
        assert span._.massmob_value == _plain(row.value)
        assert span._.massmob_unit == _plain(row.unit)
        assert span._.massmob_qualifier == _plain(row.qualifier)


def test_number_spans_with_the_english_model(english_model):
    nlp = _pipeline("en", "massmob_numbers", english=english_model)
    doc = nlp(_demo("en"))
    assert _records(doc, "numbers", "massmob_number", NUMBER_COLUMNS) == _rows(
        mm.numbers_table(_demo("en")), NUMBER_COLUMNS)
    money = [s for s in doc.spans["numbers"] if s.label_ == "money"]
    assert [(s.text, s._.massmob_value, s._.massmob_unit) for s in money] == [
        ("48 million VND", 48_000_000.0, "VND")]


def test_a_mention_inside_a_token_gets_the_covering_tokens():
    doc = _pipeline("th", "massmob_numbers")(TH_GLUED)
    inside = [(s.text, s._.massmob_number["text"]) for s in doc.spans["numbers"]
              if s.text != s._.massmob_number["text"]]
    assert ("เป็นครั้งแรก", "แรก") in inside and ("(328", "328") in inside
    year = next(s for s in doc.spans["numbers"] if s.label_ == "year")
    assert (year.text, year.kb_id_, year._.massmob_value) == ("2567", "year:2024", 2024.0)


def test_records_survive_serialization():
    doc = _pipeline("th", "massmob_numbers", "massmob_entity_rules")(TH_TEXT)
    copy = Doc(doc.vocab).from_bytes(doc.to_bytes())
    for key, record in (("numbers", "massmob_number"), ("entities", "massmob_entity")):
        assert [getattr(s._, record) for s in copy.spans[key]] == [
            getattr(s._, record) for s in doc.spans[key]]
        assert all(getattr(s._, record) is not None for s in copy.spans[key])


@pytest.mark.parametrize("lang", ["en", "th"])
def test_entity_spans_equal_entities_table(lang, english_model):
    text = _demo(lang)
    nlp = _pipeline(lang, "massmob_entity_rules", "massmob_entity_linker",
                    english=english_model if lang == "en" else None)
    doc = nlp(text)
    assert _records(doc, "entities", "massmob_entity", ENTITY_COLUMNS) == _rows(
        mm.entities_table(text), ENTITY_COLUMNS)
    keys = {s.kb_id_ for s in doc.spans["entities"]}
    assert {"vn.org.vff", "code.15-CT/TU"} <= keys


def test_rules_alone_and_linker_alone():
    text = _demo("en")
    rules_doc = _pipeline("en", "massmob_entity_rules")(text)
    linker_doc = _pipeline("en", "massmob_entity_linker")(text)
    rules, linker = rules_doc.spans["entities"], linker_doc.spans["entities"]
    assert {s.label_ for s in rules} >= {"LOC", "ORG", "LAW", "PERSON"}
    assert {s._.massmob_entity["source"] for s in rules} == {"gazetteer", "rule"}
    # a blank pipeline has no NER: the linker adds no model names, only the rules'
    assert [(s.start_char, s.end_char, s.kb_id_) for s in linker] == [
        (s.start_char, s.end_char, s.kb_id_) for s in rules]


def test_linker_links_the_models_entities(english_model):
    nlp = _pipeline("en", "massmob_entity_linker", english=english_model)
    doc = nlp("The Vietnam Fatherland Front met in Hanoi on Monday.")
    linked = {e.text: e.kb_id_ for e in doc.ents if e.kb_id_}
    assert linked.get("The Vietnam Fatherland Front") == "vn.org.vff"
    assert not [e for e in doc.ents if e.label_ == "DATE" and e.kb_id_]


def test_language_component():
    nlp = _pipeline("th", "massmob_language")
    doc = nlp("ตามมติ 217-QD/TW ของ Politburo ในปี 2567")
    assert doc._.massmob_lang == "th"
    assert [(s.label_, s.kb_id_) for s in doc.spans["languages"]] == [
        ("th", "Thai"), ("und", "Code"), ("th", "Thai"), ("en", "Latin"), ("th", "Thai")]
    assert doc[-3:]._.massmob_lang == "th"
    english = _pipeline("en", "massmob_language")("The province held a meeting.")
    assert english._.massmob_lang == "en"


def test_extensions_are_registered_once_and_not_forced():
    register_extensions()
    register_extensions()  # idempotent
    assert Span.has_extension("massmob_value") and Doc.has_extension("massmob_lang")
    Span.remove_extension("massmob_unit")
    Span.set_extension("massmob_unit", default="theirs")  # another package's
    try:
        register_extensions()
        assert Span.get_extension("massmob_unit")[0] == "theirs"
    finally:
        Span.remove_extension("massmob_unit")
        register_extensions()


@pytest.mark.parametrize(("lang", "key"), [("en", "numbers"), ("en", "entities"),
                                           ("th", "numbers"), ("th", "entities")])
def test_displacy_renders_our_spans(lang, key):
    doc = _pipeline(lang, "massmob_numbers", "massmob_entity_rules")(_demo(lang))
    html = displacy.render(doc, style="span", options={"spans_key": key}, page=False)
    spans = list(doc.spans[key])
    assert spans
    for span in spans:
        assert span.label_ in html and span.kb_id_ in html
    assert all(tok.text in html for span in spans for tok in span)


def test_a_saved_pipeline_loads_with_our_components(tmp_path):
    nlp = _pipeline("th", "massmob_numbers", "massmob_entity_rules")
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["massmob_numbers", "massmob_entity_rules"]
    a, b = nlp(TH_TEXT), loaded(TH_TEXT)
    for key in ("numbers", "entities"):
        assert [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in a.spans[key]] == [
            (s.start_char, s.end_char, s.label_, s.kb_id_) for s in b.spans[key]]


def test_component_options():
    text = EN_TEXT  # ends with "Source: ..." and "Comment (0)" boilerplate lines
    nlp = spacy.blank("en")
    nlp.add_pipe("massmob_numbers", config={"spans_key": "all_numbers",
                                            "include_boilerplate": True})
    doc = nlp(text)
    keys = [s.kb_id_ for s in doc.spans["all_numbers"]]
    assert "numbers" not in doc.spans and keys == mm.numbers_table(
        text, include_boilerplate=True)["key"].tolist()
    assert len(keys) > len(mm.numbers_table(text))
    us = spacy.blank("en")
    us.add_pipe("massmob_numbers", config={"dayfirst": False})
    filed = us("Filed on 12/03/2018.")
    assert [s.kb_id_ for s in filed.spans["numbers"]] == ["date:2018-12-03"]


@pytest.mark.shared
def test_spans_equal_the_tables_on_the_seed_articles(english_model):
    """Numbers, gazetteer and rule names exactly; the model's names nearly (the pipeline's
    NER reads the whole Doc, the library's each paragraph: 3 of 43 differ)."""
    from conftest import shared_path

    nlps = {"en": _pipeline("en", "massmob_numbers", "massmob_entity_rules",
                            "massmob_entity_linker", english=english_model),
            "th": _pipeline("th", "massmob_numbers", "massmob_entity_rules",
                            "massmob_entity_linker")}
    same = differ = 0
    for path in sorted(shared_path("corpus", "seeds").glob("*.txt")):
        text = path.read_text("utf-8")
        doc = nlps[mm.detect_language(text)](text)
        assert _records(doc, "numbers", "massmob_number", NUMBER_COLUMNS) == _rows(
            mm.numbers_table(text), NUMBER_COLUMNS), path.name
        got = _records(doc, "entities", "massmob_entity", ENTITY_COLUMNS)
        want = _rows(mm.entities_table(text), ENTITY_COLUMNS)
        source = ENTITY_COLUMNS.index("source")
        for kind in ("gazetteer", "rule"):
            assert [r for r in got if r[source] == kind] == [
                r for r in want if r[source] == kind], (path.name, kind)
        got_model = {r for r in got if r[source] == "model"}
        want_model = {r for r in want if r[source] == "model"}
        same += len(got_model & want_model)
        differ += len(got_model ^ want_model)
    assert same >= 30 and differ <= same / 10
