"""A photo caption the translation dropped, merged by the paragraph DP into the lead's
bead, is taken out as a 1-0 bead (our own examples)."""

from __future__ import annotations

import pytest

from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.furniture import is_caption, split_furniture

EN = ["Ferry service resumes on the Mekong",
      "A ferry leaves the pier in Can Tho on Monday. (Photo: Minh Anh)",
      "Ferries returned to the Mekong on Monday after a two-week halt."]
TH = ["เรือข้ามฟากแม่น้ำโขงกลับมาให้บริการ",
      "เรือข้ามฟากกลับมาให้บริการบนแม่น้ำโขงเมื่อวันจันทร์ หลังหยุดไปสองสัปดาห์"]


@pytest.mark.parametrize("text", [
    "A ferry leaves the pier in Can Tho on Monday. (Photo: Minh Anh)",
    "Rescuers carry a child to safety in Lao Cai. (AP Photo/Tran Binh)",
    "Students sit an exam in Hanoi, June 2026. Photo: Lan Huong",
    "Workers repair a levee near Ayutthaya. REUTERS/Somchai Dee",
    "เจ้าหน้าที่ซ่อมคันกั้นน้ำที่อยุธยา (ภาพ: รอยเตอร์)",
])
def test_a_line_closed_by_a_photo_credit_is_a_caption(text: str) -> None:
    assert is_caption(text)


@pytest.mark.parametrize("text", [
    "Ferries returned to the Mekong on Monday after a two-week halt.",
    "The photos were posted by residents, the police said.",
])
def test_a_sentence_is_no_caption(text: str) -> None:
    assert not is_caption(text)


def test_a_dropped_caption_at_the_edge_of_a_merged_bead_is_taken_out() -> None:
    beads = [Bead((0,), (0,), "1-1", 1.0), Bead((1, 2), (1,), "2-1", -2.5)]
    out = split_furniture(beads, EN, TH)
    assert [(b.src_ids, b.tgt_ids, b.kind) for b in out] == [
        ((0,), (0,), "1-1"), ((1,), (), "1-0"), ((2,), (1,), "1-1")]


def test_a_caption_facing_a_caption_stays() -> None:
    th = [TH[0], "เรือออกจากท่าที่เกิ่นเทอเมื่อวันจันทร์ (ภาพ: มินห์ อันห์)"]
    beads = [Bead((0,), (0,), "1-1", 1.0), Bead((1, 2), (1,), "2-1", -2.5)]
    assert split_furniture(beads, EN, th)[1].kind == "2-1"
