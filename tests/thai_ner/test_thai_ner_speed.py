"""The fast Thai NER paths give exactly what the plain ones give.

* :func:`massmob_nlp.thai_ner.pos.orchid_tags` against PyThaiNLP's own
  ``pos_tag(engine="perceptron", corpus="orchid")``;
* :func:`predict_thai_entities_many` (one spaCy batch per document) against one
  :func:`predict_thai_entities` call per paragraph;
* the entities table of a Thai document against per-paragraph model spans.

The paragraphs are our own sentences (names, organisations, dates, laws, money).
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

pytest.importorskip("pycrfsuite")
pytest.importorskip("pythainlp")

from massmob_nlp import thai_ner as tn
from massmob_nlp.thai_ner.pos import orchid_tags

PARAGRAPHS = [
    "นายสมศักดิ์ ใจดี ผู้ว่าราชการจังหวัดเชียงราย เปิดเผยเมื่อวันที่ 3 มีนาคม 2566 ว่า"
    " กระทรวงมหาดไทยได้อนุมัติงบประมาณ 12.5 ล้านบาท ให้แก่องค์การบริหารส่วนตำบลแม่สาย",
    "ศาลปกครองกลางมีคำสั่งตามพระราชบัญญัติวิธีพิจารณาคดีปกครอง พ.ศ. 2542 มาตรา 66"
    " เมื่อเวลา 14.30 น. ของวันศุกร์ที่ผ่านมา",
    "ดร.วิภาวดี ศรีสุข อาจารย์คณะรัฐศาสตร์ มหาวิทยาลัยธรรมศาสตร์ กล่าวว่า"
    " ร้อยละ 40 ของแรงงานในกรุงเทพมหานครยังไม่ได้รับค่าจ้างขั้นต่ำ (ข้อมูล ณ ธ.ค. 65)",
    "บริษัท ปูนซิเมนต์ไทย จำกัด (มหาชน) แถลงผลประกอบการไตรมาสที่ 2 ที่โรงแรมเซ็นทารา"
    " ถนนพระราม 9 เขตห้วยขวาง โทร. 02-123-4567 หรือ info@example.co.th",
    "พล.ต.อ.ประยุทธ เกิดผล ผู้บัญชาการตำรวจแห่งชาติ เดินทางไปประชุมที่กรุงฮานอย"
    " ประเทศเวียดนาม ระหว่างวันที่ 10-12 พฤศจิกายน ค.ศ. 2024 ร่วมกับนายเหงียน วัน อาน",
    "   ",
    "",
]


def _old_orchid(words: list[str]) -> list[str]:
    from pythainlp.tag import pos_tag

    return [t for _, t in pos_tag(words, engine="perceptron", corpus="orchid")]


@pytest.mark.parametrize("text", [p for p in PARAGRAPHS if p.strip()])
def test_orchid_tags_equal_pythainlp(text: str) -> None:
    words = [t for t in tn.tokenize(text) if not t.isspace()]
    assert orchid_tags(words) == _old_orchid(words)


def test_orchid_tags_edge_cases() -> None:
    assert orchid_tags([]) == []
    odd = ["-", "2567", "๒๕๖๗", "A-1", "\"", "(", "...", "Hà", "xyz", "นาย", "-ก"]
    assert orchid_tags(odd) == _old_orchid(odd)


def test_pos_tag_tokens_keeps_space_tags() -> None:
    tokens = tn.tokenize(PARAGRAPHS[0])
    tags = tn.pos_tag_tokens(tokens)
    assert len(tags) == len(tokens)
    assert all((tag == "SPACE") == tok.isspace() for tok, tag in zip(tokens, tags))


def test_predict_many_equals_one_call_per_text() -> None:
    one_by_one = [tn.predict_thai_entities(p) for p in PARAGRAPHS]
    assert tn.predict_thai_entities_many(PARAGRAPHS) == one_by_one
    assert any(one_by_one)  # the model finds something in our paragraphs
    assert tn.predict_thai_entities_many([]) == []
    assert tn.predict_thai_entities_many(["", " "]) == [[], []]


def test_predict_many_rejects_non_text() -> None:
    with pytest.raises(TypeError, match="E013"):
        tn.predict_thai_entities_many(["นาย", 3])  # type: ignore[list-item]


def test_entities_table_uses_the_batched_model_spans() -> None:
    import massmob_nlp as mm
    from massmob_nlp.entities.table import model_spans

    text = "\n\n".join(p for p in PARAGRAPHS if p.strip())
    table = mm.entities_table(text, lang="th")
    model_rows = table[table["source"] == "model"]
    expected = set()
    start = 0
    for para in text.split("\n\n"):
        end = start + len(para)
        expected |= {(s, e, lab) for s, e, lab, *_ in
                     model_spans(text, start, end, "th", [], [])}
        start = end + 2
    got = {(int(s), int(e), str(lab)) for s, e, lab in
           model_rows[["start_char", "end_char", "label"]].itertuples(index=False)}
    assert got and got <= expected


def _plain_items(tokens, gazetteer, pos, entity_dict):
    return [list(i.items()) for i in
            tn.crf_items(tn.sentence_features(tokens, gazetteer, pos, entity_dict))]


@pytest.mark.parametrize("text", [p for p in PARAGRAPHS if p.strip()])
def test_item_builder_equals_plain_items(text: str) -> None:
    from massmob_nlp.thai_ner.items import ItemBuilder

    model = tn.load_thai_ner()
    tokens = tn.tokenize(text, model.split_table)
    pos = tn.pos_tag_tokens(tokens)
    builder = ItemBuilder(model.gazetteer, model.entity_dict)
    for _ in range(2):  # second pass: from the cache
        fast = [list(i.items()) for i in builder.items(tokens, pos)]
        assert fast == _plain_items(tokens, model.gazetteer, pos, model.entity_dict)
    # without POS tags and with a dictionary of known entity strings
    entity_dict = {"กระทรวงมหาดไทย": "ORGANIZATION|h", "พ.ศ. 2542": "DATE|m",
                   "มหาวิทยาลัยธรรมศาสตร์": "ORGANIZATION|h", "เชียงราย": "LOCATION"}
    other = ItemBuilder({"นาย": "PERSON", "จังหวัด": "LOCATION"}, entity_dict)
    fast = [list(i.items()) for i in other.items(tokens)]
    assert fast == _plain_items(tokens, {"นาย": "PERSON", "จังหวัด": "LOCATION"}, None,
                                entity_dict)
    assert other.items([]) == []


def test_item_builder_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from massmob_nlp.thai_ner import items

    monkeypatch.setattr(items, "MAX_CACHED_PIECES", 5)
    builder = items.ItemBuilder()
    tokens = tn.tokenize(PARAGRAPHS[1])
    assert [list(i.items()) for i in builder.items(tokens)] == _plain_items(
        tokens, None, None, None)
    assert len(builder._cache) <= 5


def test_skipping_the_spacy_member_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    model = tn.load_thai_ner()
    if model.spacy_nlp is None:
        pytest.skip("the shipped model has no spaCy member")
    texts = [p for p in PARAGRAPHS if p.strip()] + ["วันนี้อากาศดี", "ผมไปตลาดกับแม่"]
    chunks = [tn.tokenize(t, model.split_table) for t in texts]
    asked = [model._crf_chunk(tokens)[1] is not None for tokens in chunks]
    assert not all(asked)  # some chunks skip the spaCy member
    fast = model.predict_many(texts)
    monkeypatch.setattr(tn.ThaiNER, "_spacy_may_change", lambda self, *args: True)
    assert model.predict_many(texts) == fast


NAMES = ("PERSON", "ORGANIZATION", "LOCATION", "FACILITY", "LAW")


def test_asking_for_some_labels_gives_their_spans_of_all() -> None:
    """The spans of the labels asked are those of all the labels, filtered, though the
    spaCy member runs on fewer chunks (only where it could change one of them)."""
    model = tn.load_thai_ner()
    texts = [p for p in PARAGRAPHS if p.strip()] + [
        "เมื่อวันที่ 3 มีนาคม 2567 นายสมศักดิ์ ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ เดินทางไปเชียงใหม่",
        "ราคาทองคำวันนี้ขึ้น 150 บาท หรือร้อยละ 0.5 ตามรายงานของสมาคมค้าทองคำ"]
    full = model.predict_many(texts)
    named = model.predict_many(texts, labels=NAMES)
    assert named == [[s for s in spans if s[2] in NAMES] for spans in full]
    assert any(s[2] not in NAMES for spans in full for s in spans)  # something left out
    dates = model.predict_many(texts, labels=["DATE"])
    assert dates == [[s for s in spans if s[2] == "DATE"] for spans in full]
    if model.spacy_nlp is not None:
        chunks = [tn.tokenize(t, model.split_table) for t in texts]
        every = [model._crf_chunk(tokens)[2] for tokens in chunks]
        some = [model._crf_chunk(tokens, frozenset(NAMES))[2] for tokens in chunks]
        assert all(a <= b for a, b in zip(some, every))  # never more tokens for spaCy
