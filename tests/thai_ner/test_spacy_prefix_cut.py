"""The spaCy member run on a prefix of a chunk (:func:`spacy_model.predict_many` with
``last``) gives the spans the whole chunk gives that start by the last asked token;
run from a little before the first asked token (``first``, not exact in general) it
gives, on these sentences, the whole chunk's spans from there on; and the Thai NER's
spans of these sentences do not change. The paragraphs are our own sentences."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

pytest.importorskip("pycrfsuite")
pytest.importorskip("pythainlp")

from massmob_nlp import thai_ner as tn
from massmob_nlp.thai_ner import spacy_model as sp

TEXTS = [
    "นายวีระพงษ์ ทองคำ รองผู้ว่าราชการจังหวัดนครราชสีมา ลงพื้นที่ตรวจน้ำท่วมที่อำเภอปักธงชัย"
    " พร้อมด้วยนางสาวอรุณี แสงจันทร์ นายอำเภอ และเจ้าหน้าที่กรมป้องกันและบรรเทาสาธารณภัย"
    " ก่อนเดินทางต่อไปยังตำบลตะขบ เพื่อมอบถุงยังชีพ 500 ชุด ให้แก่ชาวบ้านที่ได้รับผลกระทบ",
    "ธนาคารแห่งประเทศไทยรายงานว่า เศรษฐกิจภาคตะวันออกเฉียงเหนือขยายตัวร้อยละ 2 โดยมี"
    " นายกิตติพงศ์ มั่นคง ผู้อำนวยการสำนักงานภาค ให้สัมภาษณ์ที่จังหวัดขอนแก่น เมื่อวันจันทร์"
    " ว่าการท่องเที่ยวที่ภูเก็ตและเชียงใหม่ช่วยให้รายได้ของโรงแรมเพิ่มขึ้น",
    "ทีมชาติไทยเอาชนะมาเลเซีย 2-1 ที่สนามราชมังคลากีฬาสถาน โดยได้ประตูจากสุภโชค สารชาติ"
    " และธีรศิลป์ แดงดา ขณะที่โค้ชชาวญี่ปุ่นกล่าวว่าทีมจะเดินทางไปแข่งที่กรุงจาการ์ตาในสัปดาห์หน้า",
]


def _model() -> tn.ThaiNER:
    model = tn.load_thai_ner()
    if model.spacy_nlp is None:
        pytest.skip("the shipped model has no spaCy member")
    return model


def test_receptive_field_of_the_shipped_member() -> None:
    model = _model()
    assert sp.receptive_field(model.spacy_nlp) == 4  # depth 4, window 1

    class Other:
        pipe_names = ("tok2vec", "ner")

    assert sp.receptive_field(Other()) is None


def test_prefix_gives_the_whole_chunks_early_spans() -> None:
    model = _model()
    nlp = model.spacy_nlp
    chunks = [tn.tokenize(t, model.split_table) for t in TEXTS]
    whole = sp.predict_many(nlp, chunks)
    assert any(whole)
    for last in (-1, 0, 3, 8, 15, 30, 60):
        cut = sp.predict_many(nlp, chunks, [min(last, len(c) - 1) for c in chunks])
        for tokens, all_spans, some in zip(chunks, whole, cut):
            k = min(last, len(tokens) - 1)
            limit = len("".join(tokens[:k + 1])) if k >= 0 else 0
            assert set(some) <= set(all_spans)
            assert {s for s in all_spans if s[0] < limit} <= set(some)


def test_thai_entities_same_with_and_without_the_cut(monkeypatch: pytest.MonkeyPatch
                                                    ) -> None:
    model = _model()
    fast = model.predict_many(TEXTS)
    assert any(fast)
    monkeypatch.setattr(sp, "receptive_field", lambda nlp: None)  # never cut
    assert model.predict_many(TEXTS) == fast


def test_window_from_the_first_asked_token_keeps_the_later_spans() -> None:
    """``first``: the member starts ``field + CUT_SLACK`` tokens before the first asked
    token (not exact in general: the parser starts with no entity open); on our
    sentences the spans from the first asked token on are the whole chunk's, in the
    chunk's own offsets."""
    model = _model()
    nlp = model.spacy_nlp
    chunks = [tn.tokenize(t, model.split_table) for t in TEXTS]
    whole = sp.predict_many(nlp, chunks)
    for first in (0, 10, 25):
        ends = [len(c) - 1 for c in chunks]
        got = sp.predict_many(nlp, chunks, ends, [min(first, e) for e in ends])
        for tokens, all_spans, some in zip(chunks, whole, got):
            text = "".join(tokens)
            start = len("".join(tokens[:first]))
            assert {s for s in all_spans if s[0] >= start} <= set(some)
            assert all(text[s:e].strip() == text[s:e] for s, e, _ in some)
