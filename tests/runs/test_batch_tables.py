"""analyze_corpus without numbers and entities builds each table once per batch and
computes only what is asked for: the tables equal those of the per-document path, and
``include=("tokens",)`` splits no sentence (sent_id and n_sentences are <NA>, every
other column is the same as with all tables)."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from conftest import DEMO, EN_TEXT, TH_TEXT

from massmob_nlp import Document, analyze_corpus
from massmob_nlp.runs import analyze as run
from massmob_nlp.runs.corpus_tables import RUN_TABLES
from massmob_nlp.tokens import arrays, words

FULL = ("paragraphs", "sentences", "tokens")


def _corpus():
    """Demo articles, mixed English/Thai articles recombined from their paragraphs,
    a duplicate id, an empty document and an input that is not a document."""
    demo = [Document(f"demo-{lang}", (DEMO / f"demo_{lang}.txt").read_text("utf-8"))
            for lang in ("en", "th")]
    paras = [p for d in demo for p in d.text.split("\n") if p.strip()]
    mixed = [Document(f"mix-{k}", "\n\n".join(random.Random(k).sample(paras, 4)))
             for k in range(12)]
    return [*demo, *mixed, Document("same", TH_TEXT), Document("same", EN_TEXT),
            Document("empty", ""), 42]


@pytest.fixture(scope="module")
def corpus():
    return _corpus()


def _per_document(docs, monkeypatch, **options):
    """The tables of the per-Analysis path (numbers/entities path), for reference."""
    with monkeypatch.context() as m:
        m.setattr(run, "BATCH_TABLES", frozenset())
        return analyze_corpus(docs, **options)


@pytest.mark.parametrize("lang", [None, "th"])
def test_batch_tables_equal_the_per_document_tables(corpus, monkeypatch, lang):
    new = analyze_corpus(corpus, include=FULL, batch_size=5, lang=lang)
    old = _per_document(corpus, monkeypatch, include=FULL, batch_size=5, lang=lang)
    assert len(new.tokens) > 1000 and set(new.tokens["lang"]) >= {"en", "th"}
    for name in RUN_TABLES:
        pd.testing.assert_frame_equal(new[name], old[name])


def test_tokens_only_differs_only_in_sentence_columns(corpus):
    full = analyze_corpus(corpus, include=FULL, batch_size=4)
    tokens = analyze_corpus(corpus, include=("tokens",), batch_size=4)
    assert tokens.tokens["sent_id"].isna().all()
    assert tokens.documents["n_sentences"].isna().all()
    assert full.tokens["sent_id"].notna().all()
    pd.testing.assert_frame_equal(tokens.tokens.drop(columns="sent_id"),
                                  full.tokens.drop(columns="sent_id"))
    pd.testing.assert_frame_equal(tokens.documents.drop(columns="n_sentences"),
                                  full.documents.drop(columns="n_sentences"))
    pd.testing.assert_frame_equal(tokens.errors, full.errors)
    assert tokens.sentences.empty and tokens.paragraphs.empty


def test_tokens_only_splits_no_sentence(monkeypatch):
    def no_split(*args, **kwargs):
        raise AssertionError("sentences were split")

    monkeypatch.setattr(words, "thai_sentences", no_split)
    docs = [Document("th", TH_TEXT), Document("en", EN_TEXT)]
    run_tokens = analyze_corpus(docs, include=("tokens",))
    assert run_tokens.documents["status"].tolist() == ["ok", "ok"]
    assert run_tokens.errors.empty
    failed = analyze_corpus(docs, include=FULL)  # the split is really what was skipped
    assert failed.documents["status"].tolist() == ["failed", "ok"]


def test_a_bad_document_fails_alone_on_the_batch_path(monkeypatch):
    real = arrays.token_arrays

    def fragile(texts, langs, **kwargs):
        if any("BROKEN" in t for t in texts):
            raise RuntimeError("cannot parse")
        return real(texts, langs, **kwargs)

    monkeypatch.setattr("massmob_nlp.runs.batch_tables.token_arrays", fragile)
    docs = [Document("a", EN_TEXT), Document("b", "BROKEN text"), Document("c", TH_TEXT)]
    result = analyze_corpus(docs, include=("tokens",), batch_size=3)
    assert result.documents["status"].tolist() == ["ok", "failed", "ok"]
    assert result.errors[["doc_id", "stage", "error_type"]].values.tolist() == [
        ["b", "analyze", "RuntimeError"]]
    assert set(result.tokens["doc_id"]) == {"a", "c"}
