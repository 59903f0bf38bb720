"""English writes a share as two counts ("two in five", "nine out of 10"), Thai as one
fraction (``สามในห้า``): a Thai fraction of another value is that share changed, one
mismatch, not a count lost and a fraction added; the same share is kept. A count joined
to a rank of its value gives that rank up to an unjoined rank of the other side near it.
Sentences written for these tests."""

import pytest
from number_problems import number_problems

from massmob_nlp.comparison.number_passes import _same_kind_first


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


@pytest.mark.parametrize(("en", "th", "want"), [
    ("Two in five drivers said they had been fined.", "ผู้ขับขี่สามในห้าบอกว่าเคยถูกปรับ",
     [("mismatch", "five", "สามในห้า")]),
    ("Nine out of 10 shops stayed open.", "ร้านค้าแปดในสิบยังเปิดอยู่",
     [("mismatch", "10", "แปดในสิบ")]),
    ("Exports fell for the second month in a row. Two in five factories cut shifts.",
     "การส่งออกลดลงเป็นเดือนที่สองติดต่อกัน และโรงงานสามในห้าลดกะการทำงาน",
     [("mismatch", "five", "สามในห้า")]),
])
def test_a_share_of_two_counts_changed_to_another_fraction_is_one_mismatch(en, th, want):
    assert _problems(en, th) == want


def test_the_same_share_written_as_a_fraction_is_kept():
    assert _problems("Two in five drivers said they had been fined.",
                     "ผู้ขับขี่สองในห้าบอกว่าเคยถูกปรับ") == []


def _m(kind: str, value: float, bead: int, text: str) -> dict[str, object]:
    return {"kind": kind, "key": f"{kind}:{value:g}", "value": value, "bead": bead,
            "text": text, "vague": False}


def test_a_count_gives_a_rank_up_to_the_free_rank_of_its_value_nearby():
    # "... the second-highest level. Two in five homes ..." / one Thai sentence cut after
    # the rank: the Thai rank sits in the bead of "Two"
    src = [_m("ordinal", 2, 1, "second"), _m("cardinal", 2, 2, "Two")]
    tgt = [_m("ordinal", 2, 2, "อันดับสอง")]
    kept = {1: 0}
    _same_kind_first(src, tgt, kept, lambda s, t: abs(s["bead"] - t["bead"]) <= 1)
    assert kept == {0: 0}


def test_a_thai_count_gives_a_rank_up_to_the_free_thai_rank_nearby():
    src = [_m("ordinal", 3, 4, "third")]
    tgt = [_m("cardinal", 3, 4, "สาม"), _m("ordinal", 3, 5, "ที่สาม")]
    kept = {0: 0}
    _same_kind_first(src, tgt, kept, lambda s, t: abs(s["bead"] - t["bead"]) <= 1)
    assert kept == {0: 1}


def test_no_rank_of_the_same_kind_nearby_leaves_the_join():
    src = [_m("ordinal", 2, 1, "second"), _m("cardinal", 2, 6, "Two")]
    tgt = [_m("ordinal", 2, 6, "อันดับสอง")]
    kept = {1: 0}
    _same_kind_first(src, tgt, kept, lambda s, t: abs(s["bead"] - t["bead"]) <= 1)
    assert kept == {1: 0}
