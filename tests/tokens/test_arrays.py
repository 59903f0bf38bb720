"""token_arrays (the corpus runs' tokens as arrays) finds exactly the tokens and sentences
of parse_paragraphs (the per-token path) on every kind of paragraph, and its shortcut
for paragraphs whose only letters are Thai gives the language spans span_rows gives."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from massmob_nlp.langid import detect_language, span_rows
from massmob_nlp.tokens import arrays, words

# Our own sentences, written for these tests.
PARAGRAPHS = [
    "",
    "   ",
    "\n",
    "กรมอุตุนิยมวิทยาเตือนฝนตกหนักทางภาคเหนือ  ประชาชนควรติดตามข่าวสาร",
    "ปี 2567 โรงเรียนในจังหวัดรับนักเรียนใหม่ 1,250 คน (เพิ่มขึ้น 4.5%)",
    "ผู้ว่าราชการพบกับคณะผู้แทนจาก Hanoi Trade Center และ ASEAN Secretariat วันนี้",
    "ตามมติ 217-QD/TW ของคณะกรมการเมือง ดูที่ https://example.org/news?id=7",
    "บรรทัดแรก\tแท็บ\r\nบรรทัดสอง\u00a0\u00a0ช่องว่างไม่ตัด\u3000จบ",
    "งานวันเด็ก 🎉🇹🇭 มีเด็กมาร่วม 300 คน 👍🏽",
    "ก\u0e34\u0e48\u0e49\u0e49 สระลอย e\u0301\u0323 เครื่องหมาย\u200bซ่อน\u200cอยู่",
    "มากกกกกกกกกกกกกกกกกกกกกกกกกกกกก ฮ่าฮ่าฮ่าฮ่าฮ่าฮ่าฮ่าฮ่าฮ่าฮ่าฮ่า จริงๆๆๆๆๆๆๆๆๆๆๆๆๆๆๆๆ",
    "5555555555555555555555 ------------------ ๑๒๓๔๕ ฿ ๆ ๏",
    "ກະຊວງ ສຶກສາ ກັບ โรงเรียน และ Москва 中国",
    "The minister opened 3 new schools in the province on Monday.",
    "ก" * 5000 + " ข" * 2500,
    "ฝน" * 40 + " the rain fell" * 10,
    " เว้นหน้า และเว้นหลัง ",
]


def _as_tuples(out, texts):
    got = [[] for _ in texts]
    for s, e, p, t, pos in zip(out.start.tolist(), out.end.tolist(), out.para.tolist(),
                               out.tag.tolist(), out.pos.tolist(), strict=True):
        base = int(out.offsets[p])
        got[p].append((s - base, e - base, out.tags[t], None if pos < 0 else out.pos_tags[pos]))
    return got


def _check(texts, langs, sentences):
    ref = words.parse_paragraphs(texts, langs, sentences=sentences)
    out = arrays.token_arrays(texts, langs, sentences=sentences)
    for text, want, got, sents in zip(texts, ref, _as_tuples(out, texts), out.sentences,
                                      strict=True):
        assert got == want.tokens, text
        assert sents == want.sentences, text


@pytest.mark.parametrize("sentences", [False, True])
def test_the_same_tokens_and_sentences_as_parse_paragraphs(sentences):
    langs = [detect_language(t) for t in PARAGRAPHS]
    assert {"th", "en", "und"} <= set(langs)
    _check(PARAGRAPHS, langs, sentences)
    _check(PARAGRAPHS, ["th"] * len(PARAGRAPHS), sentences)  # lang= forced
    _check(PARAGRAPHS, ["und"] * len(PARAGRAPHS), sentences)


def test_the_repetition_guard_cuts_as_before():
    texts = ["ส" * 3000, "นะ" * 900 + " ครับ", "ก" * 15, "ก" * 16]
    _check(texts, ["th"] * len(texts), False)
    out = arrays.token_arrays(texts, ["th"] * len(texts), sentences=False)
    assert int((out.end - out.start).max()) <= words.REPEAT_PIECE


@settings(max_examples=150)
@given(st.lists(st.text(alphabet="กขคงจาิ่้ ัำะเแโ0123456789abAB .,-/\n\t\u00a0🎉\u0301",
                        max_size=60), max_size=6))
def test_random_paragraphs(texts):
    _check(texts, [detect_language(t) for t in texts], False)


def test_one_span_shortcut_agrees_with_span_rows():
    rng = random.Random(3)
    pool = [*PARAGRAPHS, "๑๒๓ ๏ ฿ ๆ", "12-ก", "_ไทย_", "ª ไทย", "ไทย\u0e4fไทย", "5", "  "]
    texts = pool + ["".join(rng.choice(pool)[:rng.randint(0, 30)] for _ in range(3))
                    for _ in range(200)]
    offsets = np.concatenate(([0], np.cumsum([len(t) for t in texts])))
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
    kinds = arrays._span_kinds(arrays._classes(codes), offsets)
    assert {0, 1, 2} <= set(kinds)
    for text, kind in zip(texts, kinds, strict=True):
        assert arrays._ONE_SPAN[kind](text) == span_rows(text), text


def test_bad_engine_is_a_coded_error():
    with pytest.raises(ValueError, match="E012"):
        arrays.token_arrays(["ไทย"], ["th"], engine="nope")
