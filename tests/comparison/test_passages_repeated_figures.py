"""Passage rules of the twenty-fourth session, on texts written for these tests (an oil
market report, a cinema's box office, a storm, a clinic):

* a key the target writes no more often than the other source sentences do is theirs
  (``passages._numbers_nowhere``, ``passage_claims._spare_keys``);
* a missing number of a sentence already reported omitted claims no moved number as a
  changed value (``passage_claims._claimed`` with ``dropped``);
* a target number the join paired as a changed value (``mismatch``) is no figure owned
  by another passage (``passage_meaning._keys_by_span``);
* the source headline is found on the text's paragraphs (``passage_claims._headline_span``).
"""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

import massmob_nlp as mm
from massmob_nlp.comparison.passage_claims import _claimed, _headline_span, _spare_keys
from massmob_nlp.comparison.passage_meaning import _keys_by_span
from massmob_nlp.comparison.passages import _numbers_nowhere

EN = ("Brent crude rose $1.20, or 1.6%, to $76.40 a barrel by midday. "
      "U.S. crude rose $1.10, or 1.6%, to $72.30.")
TH_ONE = "น้ำมันดิบเบรนต์เพิ่มขึ้น 1.20 ดอลลาร์ หรือ 1.6% มาอยู่ที่ 76.40 ดอลลาร์ต่อบาร์เรลเมื่อเที่ยงวัน"
TH_BOTH = TH_ONE + " ส่วนน้ำมันดิบสหรัฐเพิ่มขึ้น 1.10 ดอลลาร์ หรือ 1.6% มาอยู่ที่ 72.30 ดอลลาร์"


def _ctx(en: str, th: str) -> SimpleNamespace:
    return SimpleNamespace(src=mm.analyze(en), tgt=mm.analyze(th))


def _sid(doc: mm.Analysis, start: str) -> int:
    s = doc.sentences
    return int(s.loc[s["text"].astype(str).str.startswith(start), "sent_id"].iloc[0])


def test_a_repeated_figure_written_once_is_the_kept_sentence_s() -> None:
    ctx = _ctx(EN, TH_ONE)
    assert _numbers_nowhere(ctx, _sid(ctx.src, "U.S."))  # the one 1.6% is Brent's
    assert not _numbers_nowhere(ctx, _sid(ctx.src, "Brent"))


def test_a_repeated_figure_written_twice_is_there() -> None:
    ctx = _ctx(EN, TH_BOTH)
    assert not _numbers_nowhere(ctx, _sid(ctx.src, "U.S."))
    assert _spare_keys(ctx, ["percent:1.6"]) == {"percent:1.6"}


TH = ("พายุทำให้ต้นไม้ล้มขวางถนน 12 สาย เจ้าหน้าที่ระบุ "
      "ทางการอพยพประชาชนราว 450 คนไปยังศูนย์พักพิงชั่วคราว")
CUT = TH.index("ทางการ")
CTX = SimpleNamespace(
    tgt=SimpleNamespace(sentences=pd.DataFrame({
        "sent_id": [0, 1], "start_char": [0, CUT], "end_char": [CUT - 1, len(TH)]})),
    t_sent={0: 3, 1: 7})
AT = TH.index("450")
NUMBERS = pd.DataFrame([
    {"bead_id": 3, "kind": "cardinal", "status": "match", "src_start_char": 900,
     "tgt_start_char": AT, "src_value": 450.0},  # 'about 450 people' joined far away
    {"bead_id": 7, "kind": "cardinal", "status": "missing", "src_start_char": 300,
     "tgt_start_char": None, "src_value": 380.0},  # 'killed 380 cattle': dropped
])


def test_a_dropped_sentence_claims_no_moved_figure() -> None:
    assert _claimed(CTX, NUMBERS, AT, "cardinal", 450.0)  # as a changed 380
    assert not _claimed(CTX, NUMBERS, AT, "cardinal", 450.0, dropped=[(280, 360)])
    assert _claimed(CTX, NUMBERS, AT, "cardinal", 450.0, dropped=[(0, 100)])


SRC = ("Boys outnumber girls by about three to two. "
       "The clinic added 40 beds and called in 65 nurses.")
TGT = "ทั้งนี้คลินิกเพิ่มเตียงอีก 50 เตียง และดึงพยาบาลมาช่วยอีก 65 คน"


def test_a_changed_value_pairing_is_no_ownership() -> None:
    numbers = pd.DataFrame([
        {"key": "cardinal:3", "src_start_char": SRC.index("three"),
         "tgt_start_char": TGT.index("50"), "status": "mismatch"},
        {"key": "cardinal:2", "src_start_char": SRC.index("two"),
         "tgt_start_char": TGT.index("65"), "status": "mismatch"},
        {"key": "cardinal:40", "src_start_char": SRC.index("40"), "tgt_start_char": None,
         "status": "missing"},
        {"key": "cardinal:65", "src_start_char": SRC.index("65"), "tgt_start_char": None,
         "status": "missing"},
    ])
    moved = {"start_char": SRC.index("The clinic"), "end_char": len(SRC)}
    stretch = {"start_char": 0, "end_char": len(TGT)}
    keys = _keys_by_span(numbers)
    assert keys("src", moved, stretch) == {"cardinal:40", "cardinal:65"}
    assert keys("tgt", stretch, moved, owned=True) == set()  # guesses, not owned
    assert keys("tgt", stretch, moved, every=True) == {"cardinal:3", "cardinal:2"}
    kept = numbers.assign(status=["match", "match", "missing", "missing"])
    assert _keys_by_span(kept)("tgt", stretch, moved, owned=True) == {
        "cardinal:3", "cardinal:2"}


PAGE = ("Business\n\nCinema chain sells 2 million tickets in a week\n\n"
        "A Bangkok cinema chain sold more than 2 million tickets in the week to Sunday, "
        "its best week since it opened, the company said on Monday, and it plans ten "
        "new screens next year.")


def test_the_headline_is_the_first_title_like_paragraph() -> None:
    ctx = SimpleNamespace(src=mm.analyze(PAGE))
    span = _headline_span(ctx)
    assert span is not None
    assert PAGE[span[0]:span[1]] == "Cinema chain sells 2 million tickets in a week"


QUOTE = "She pushed me to a place I had never been before."
THAI_QUOTE = "เธอผลักดันให้ฉันไปถึงจุดที่ไม่เคยไปมาก่อน โค้ชกล่าว"


def _quote_pairs(cos: float, other: float, numbers: pd.DataFrame) -> list[tuple[int, int]]:
    import numpy as np

    from massmob_nlp.comparison.passage_meaning import _meaning_pairs

    src = [(0, {"start_char": 0, "end_char": len(QUOTE), "text": QUOTE})]
    tgt = [(None, {"start_char": 0, "end_char": len(THAI_QUOTE), "text": THAI_QUOTE,
                   "sent_id": 1})]  # a 0-1 sentence: no stretch
    s_vec = np.array([[1.0, 0.0]], np.float32)
    # row 0: the best other target sentence; row 1: the candidate
    t_vec = np.array([[other, (1 - other ** 2) ** 0.5], [cos, (1 - cos ** 2) ** 0.5]],
                     np.float32)
    found = _meaning_pairs(src, tgt, [[True]], s_vec, t_vec, 1, [[]], {},
                           _keys_by_span(numbers), None) or []
    return [(n, m) for _, n, m in found]


def test_a_quote_without_figures_far_above_the_rest_is_moved() -> None:
    none = pd.DataFrame(columns=["key", "src_start_char", "tgt_start_char", "status"])
    assert _quote_pairs(0.53, 0.2, none) == [(0, 0)]
    assert _quote_pairs(0.53, 0.4, none) == []  # another sentence reads nearly as close


def test_a_quote_with_a_figure_needs_the_figure() -> None:
    one = pd.DataFrame([{"key": "cardinal:3", "src_start_char": 3, "tgt_start_char": None,
                         "status": "missing"}])
    assert _quote_pairs(0.53, 0.2, one) == []
