"""A paragraph whose translation lost a sentence still keeps its paragraph: the DP may
merge the shortened Thai paragraph with the next one (1-2) and leave the next English
paragraph 1-0; the merged bead is split back when the rest still translates one of the
English paragraph's sentences (our own example)."""

from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.moves import _keeps_a_sentence, _split_merged

SRC = [["The city council approved a new budget on Monday."],
       ["The mayor accepted help from 12 towns.",
        "The United Nations and the provincial government together released 40 million "
        "pesos from their emergency disaster funds late on Tuesday night."],
       ["The region sits on a major fault line and is often hit by earthquakes.",
        "In May, a series of quakes killed more than 80 people."],
       ["In 1990, a strong earthquake destroyed 5,000 homes in the capital."]]
TGT = [["สภาเมืองอนุมัติงบประมาณใหม่เมื่อวันจันทร์"],
       ["นายกเทศมนตรีตอบรับความช่วยเหลือจาก 12 เมือง"],
       ["ภูมิภาคนี้ตั้งอยู่บนรอยเลื่อนขนาดใหญ่และเกิดแผ่นดินไหวบ่อยครั้ง"],
       ["เมื่อปี 2533 แผ่นดินไหวรุนแรงทำลายบ้านเรือน 5,000 หลังในเมืองหลวง"]]


def test_shortened_paragraph_gets_its_own_bead_back():
    beads = [Bead((0,), (0,), "1-1", 1.0), Bead((1,), (1, 2), "1-2", 1.0),
             Bead((2,), (), "1-0", -1.0), Bead((3,), (3,), "1-1", 1.0)]
    out = _split_merged(beads, SRC, TGT)
    assert [(b.src_ids, b.tgt_ids, b.kind) for b in out] == [
        ((0,), (0,), "1-1"), ((1,), (1,), "1-1"), ((2,), (2,), "1-1"), ((3,), (3,), "1-1")]


def test_keeps_a_sentence_needs_a_translated_sentence():
    assert _keeps_a_sentence(TGT[1][0], SRC[1])
    assert not _keeps_a_sentence(TGT[3][0], SRC[1])
    assert not _keeps_a_sentence(TGT[1][0], SRC[0])  # one sentence: the paragraph test
