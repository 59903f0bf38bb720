"""The shortcuts of the Thai corpus path give exactly what the long way gives: Thai-only
text detected without the language regexes, boilerplate lines without a separator not
split, paragraphs trimmed by one regex, a run's tables made once from its batches' rows
and token columns (equal to the per-batch frames Dask and written parts get)."""

from __future__ import annotations

import random
import re

import pandas as pd
import pytest
from conftest import DEMO, EN_TEXT, TH_TEXT
from hypothesis import given, settings
from hypothesis import strategies as st

from massmob_nlp import Document, analyze_corpus, langid, tables
from massmob_nlp.corpus import boilerplate
from massmob_nlp.corpus.reader import paragraph_spans
from massmob_nlp.runs import analyze as run
from massmob_nlp.runs.corpus_tables import RUN_TABLES, stack, stack_batches
from massmob_nlp.runs.inputs import iter_inputs
from massmob_nlp.runs.token_columns import token_table

# Characters around the edges of the Thai shortcut: Thai (letters, digits, marks, the
# unassigned U+0E00), ASCII punctuation and letters, '@' and '/', no-break and other
# spaces, quotes and dashes (U+2000-U+203F), letter-like symbols (Kelvin, Angstrom),
# Latin-1 letters and signs, Lao and Devanagari, a combining mark and CJK.
_EDGES = ("กขคไทยา่้ั๑๒\u0e00\u0e3a\u0e4e ., -/:@()0123456789aZ\u00a0\u00a1\u00c0\u00ff"
          "\u2000\u2001\u201c\u201d\u2013\u2026\u2041\u212a\u212b\u2126ກऄ\u0301中\t")


def _long_way(text: str) -> str:
    shortcut = langid._plainly_thai
    langid._plainly_thai = lambda _: False
    try:
        return langid.detect_language(text)
    finally:
        langid._plainly_thai = shortcut


@settings(max_examples=400)
@given(st.text(alphabet=_EDGES, max_size=40))
def test_thai_shortcut_detects_what_the_rules_detect(text):
    assert langid.detect_language(text) == _long_way(text)


def test_thai_shortcut_is_taken_and_refused_where_it_should():
    taken = ["ประชาชนเกือบ 4,800 คน “ตามมติ” – ๑๒๓\u00a0คน", "ก" * 700 + "abc", "ขก"]
    refused = ["ก", "กa", "ไทย@ข", "ไทย 中", "กข\u212a", "กข\u00c0", "กข\u2041", "",
               "ก\ud800ข"]
    assert [langid._plainly_thai(t[:langid.SAMPLE_CHARS]) for t in taken] == [True] * 3
    assert not any(langid._plainly_thai(t) for t in refused)
    assert [langid.detect_language(t) for t in taken] == ["th"] * 3


@settings(max_examples=300)
@given(st.lists(st.text(alphabet="Home|•·»›>/ หน้าแรกข่าวab.,:12", max_size=30),
                max_size=6))
def test_lines_without_a_separator_are_classified_as_when_split(lines):
    shortcut = boilerplate._may_separate
    fast = boilerplate.classify_paragraphs(lines)
    boilerplate._may_separate = lambda _: True
    try:
        assert boilerplate.classify_paragraphs(lines) == fast
    finally:
        boilerplate._may_separate = shortcut


def _corpus() -> list[object]:
    demo = [(DEMO / f"demo_{lang}.txt").read_text("utf-8") for lang in ("en", "th")]
    paras = [p for text in demo for p in text.split("\n") if p.strip()]
    mixed = [Document(f"mix-{k}", "\n".join(random.Random(k).sample(paras, 4)))
             for k in range(9)]
    return [*mixed, Document("th", TH_TEXT, {"author": "N. Somchai"}),
            Document("en", EN_TEXT), Document("th", "ซ้ำ"), Document("empty", ""), 42]


@pytest.mark.parametrize("include", [("tokens",), ("paragraphs", "sentences", "tokens"),
                                     ("numbers",)])
def test_tables_made_once_equal_the_stacked_batch_frames(include):
    docs = _corpus()
    once = analyze_corpus(docs, include=include, batch_size=3)
    items = list(iter_inputs(docs))  # failed inputs (42, a repeated id) as Failures
    batches = [run.analyze_batch(items[k:k + 3], include=include)
               for k in range(0, len(items), 3)]
    assert set(batches[0]) == set(RUN_TABLES)
    for name in RUN_TABLES:
        pd.testing.assert_frame_equal(once[name], stack(name, [b[name] for b in batches]),
                                      obj=name)
    assert len(once.tokens) > 200 if "tokens" in include else once.tokens.empty
    assert once.documents["status"].tolist()[-4:] == ["ok", "failed", "ok", "failed"]


def test_token_table_is_already_cast():
    docs = [d for d in _corpus() if isinstance(d, Document)]
    parts = [run.analyze_batch(docs[k:k + 4], include=("tokens",), frames=False)
             for k in range(0, len(docs), 4)]
    columns = [p for batch in parts for p in batch.tokens]
    made = token_table(columns)
    pd.testing.assert_frame_equal(made, tables.make_frame("tokens", made))
    wide = token_table(columns, every_category=True)  # batch frames: every category
    assert len(wide["lang"].cat.categories) > len(made["lang"].cat.categories)
    pd.testing.assert_frame_equal(tables.make_frame("tokens", wide), made)
    pd.testing.assert_frame_equal(stack_batches("tokens", parts), made)


def _spans_line_by_line(text: str) -> list[tuple[int, int]]:
    """paragraph_spans as it was written before: each line, then strip."""
    spans = []
    for m in re.finditer(r"[^\r\n\u2028\u2029\x0b\x0c\x85]+", text):
        line = m.group()
        if line.strip():
            start = m.start() + len(line) - len(line.lstrip())
            spans.append((start, start + len(line.strip())))
    return spans


_SPACES = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())


@settings(max_examples=400)
@given(st.text(alphabet=_SPACES + "ab ก.", max_size=30))
def test_paragraph_spans_trim_every_kind_of_whitespace(text):
    assert paragraph_spans(text) == _spans_line_by_line(text)
