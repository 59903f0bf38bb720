"""A headline the DP glued, in a weak bead, to a line of the other side that is no title
and does not translate it (a menu row of section names) is left unpaired, so that a
dropped or moved headline can be reported; a short translated headline stays paired.
Texts written for these tests."""

from __future__ import annotations

from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.headlines import unglue_headline

EN = ["Floods swamp Chiang Rai villages as rivers burst their banks",
      "Floodwater cut off 40 villages in Chiang Rai on Monday after 312 mm of rain fell "
      "in two days, the provincial disaster office said."]
BODY_TH = ("น้ำท่วมตัดขาด 40 หมู่บ้านในเชียงรายเมื่อวันจันทร์ หลังฝนตก 312 มม. ในสองวัน "
           "สำนักงานป้องกันภัยจังหวัดระบุ")


def _pairs(t_head: str, score: float = -8.0) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    beads = [Bead((0,), (0,), "1-1", score), Bead((1,), (1,), "1-1", 4.0)]
    out = unglue_headline(beads, EN, [t_head, BODY_TH], 0, None)
    return [(b.src_ids, b.tgt_ids) for b in out]


def test_a_menu_row_is_no_partner_of_the_headline() -> None:
    assert _pairs("ข่าว ภูมิภาค ต่างประเทศ ภัยพิบัติ กีฬา") == [((0,), ()), ((), (0,)), ((1,), (1,))]


def test_a_short_translated_headline_stays() -> None:
    assert _pairs("น้ำท่วมหนักเชียงราย") == [((0,), (0,)), ((1,), (1,))]


def test_a_sure_bead_stays() -> None:
    assert _pairs("ข่าว ภูมิภาค ต่างประเทศ ภัยพิบัติ กีฬา", score=1.0) == [((0,), (0,)),
                                                                       ((1,), (1,))]


def _pairs2(lines: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    beads = [Bead((0,), (0, 1), "1-2", -9.0), Bead((1,), (2,), "1-1", 4.0)]
    out = unglue_headline(beads, EN, [*lines, BODY_TH], 0, None)
    return [(b.src_ids, b.tgt_ids) for b in out]


def test_a_menu_row_and_a_section_label_are_no_partners_of_the_headline() -> None:
    # the DP glued the headline to both lines above the Thai lead (a 1-2 bead)
    assert _pairs2(["ข่าว ภูมิภาค ต่างประเทศ ภัยพิบัติ กีฬา", "ข่าว / ภูมิภาค"]) == [
        ((0,), ()), ((), (0,)), ((), (1,)), ((1,), (2,))]


def test_a_bead_holding_the_translated_headline_stays() -> None:
    assert _pairs2(["ข่าว ภูมิภาค ต่างประเทศ ภัยพิบัติ กีฬา", "น้ำท่วมหนักเชียงราย"]) == [
        ((0,), (0, 1)), ((1,), (2,))]
