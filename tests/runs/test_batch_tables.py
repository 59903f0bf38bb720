"""analyze_corpus without numbers and entities builds each table once per batch and
computes only what is asked for: the tables equal those of the per-document path, and
``include=("tokens",)`` splits no sentence (sent_id and n_sentences are <NA>, every
other column is the same as with all tables)."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from conftest import DEMO, EN_TEXT, TH_TEXT

from massmob_nlp import Document, analyze_corpus, tables
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


# Our own sentences: spaces of every kind, digits, Latin words and codes inside Thai,
# newlines, emoji and combining marks, repetitions the guard cuts, empty paragraphs.
HARD = ["กรมอุตุนิยมวิทยาเตือนฝนตกหนัก  ประชาชนควรติดตามข่าวสาร\tทุกวัน",
        "ปี 2567 โรงเรียนรับนักเรียนใหม่ 1,250 คน (เพิ่มขึ้น 4.5%) ตามมติ 12-KH/TU",
        "ผู้ว่าราชการพบคณะผู้แทนจาก Hanoi Trade Center และ ASEAN วันนี้",
        "งานวันเด็ก 🎉🇹🇭 มีเด็กมาร่วม 300 คน 👍🏽 ก\u0e34\u0e48\u0e49 e\u0301\u0323",
        "มากกกกกกกกกกกกกกกกกกกกกกกกกกกกก ฮ่าฮ่าฮ่าฮ่าฮ่าฮ่าฮ่าฮ่า 5555555555555555555",
        "ช่องว่าง\u00a0ไม่ตัด\u3000และ\u200bซ่อน", "The minister opened 3 schools.",
        "ກະຊວງ ສຶກສາ กับ Москва 中国", "   ", "๑๒๓ ๏ ฿"]


def test_batch_tables_equal_on_hard_paragraphs(monkeypatch):
    rng = random.Random(5)
    docs = [Document(f"hard-{k}", rng.choice(["\n", "\n\n", "\r\n"]).join(
        rng.sample(HARD, rng.randint(1, 5)) + [""] * rng.randint(0, 2))) for k in range(10)]
    for lang in (None, "th"):
        new = analyze_corpus(docs, include=FULL, batch_size=4, lang=lang)
        old = _per_document(docs, monkeypatch, include=FULL, batch_size=4, lang=lang)
        for name in RUN_TABLES:
            pd.testing.assert_frame_equal(new[name], old[name])
        tokens = analyze_corpus(docs, include=("tokens",), batch_size=3, lang=lang).tokens
        pd.testing.assert_frame_equal(tokens.drop(columns="sent_id"),
                                      old.tokens.drop(columns="sent_id"))
    assert new.tokens["is_space"].any() and (new.tokens["lang"] == "und").any()


def test_typed_columns_cast_as_plain_ones():
    """The batch path builds the tokens table in its dtypes (categories of every batch,
    strings in Arrow); the cast when stacking gives what plain values give."""
    plain = pd.DataFrame({"doc_id": ["a", "a", "b"], "text": ["ไทย", None, " "],
                          "lang": ["th", None, "en"], "pos": [None, None, None],
                          "token_id": [0, 1, 0]})
    typed = plain.assign(
        doc_id=plain["doc_id"].astype("string"), text=plain["text"].astype("string"),
        lang=pd.Categorical(plain["lang"], categories=["zz", "th", "en", "und"]),
        pos=pd.Categorical(plain["pos"], categories=["NOUN", "VERB"]))
    want = tables.make_frame("tokens", plain)
    pd.testing.assert_frame_equal(tables.make_frame("tokens", typed), want)
    assert want["lang"].cat.categories.tolist() == ["en", "th"]
    status = pd.DataFrame({"status": pd.Categorical(["failed", "ok"], ["zz", "failed", "ok"])})
    assert tables.make_frame("corpus_documents", status)["status"].cat.categories.tolist() \
        == ["ok", "partial", "failed"]
    assert tables.empty_frame("tokens") is not tables.empty_frame("tokens")
