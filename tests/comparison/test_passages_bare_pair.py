"""A source sentence of two figures or more written nowhere in the target, paired by the
sentence DP with a target sentence that holds no figure (a piece of the neighbour's
translation the Thai splitter cut off), is an omission (``passages._bare_pair``).
Texts written for these tests (a clinic's new wing)."""

from __future__ import annotations

from types import SimpleNamespace

import massmob_nlp as mm
from massmob_nlp.comparison.passages import _bare_pair

EN = ("None of the 12 doctors hired for the wing will come from abroad, officials said. "
      "Waiting times fell by 35% in the first week, to about 20 minutes.")
TH_DROPPED = ("ส่วนแพทย์ 12 คนที่จ้างมาประจำอาคารใหม่นั้น\n\n"
              "ไม่มีผู้ใดมาจากต่างประเทศ เจ้าหน้าที่ระบุ")
TH_KEPT = TH_DROPPED + "\n\nระยะเวลารอลดลงร้อยละ 35 ในสัปดาห์แรก เหลือราว 20 นาที"


def _ctx(th: str) -> SimpleNamespace:
    return SimpleNamespace(src=mm.analyze(EN), tgt=mm.analyze(th))


def _sid(doc: mm.Analysis, start: str) -> int:
    s = doc.sentences
    return int(s.loc[s["text"].astype(str).str.startswith(start), "sent_id"].iloc[0])


def test_figures_nowhere_and_a_bare_partner_is_an_omission() -> None:
    ctx = _ctx(TH_DROPPED)
    src, piece = _sid(ctx.src, "Waiting"), _sid(ctx.tgt, "ไม่มีผู้ใด")
    assert _bare_pair(ctx, src, [piece])


def test_a_partner_holding_a_figure_is_not_bare() -> None:
    ctx = _ctx(TH_DROPPED)
    src, other = _sid(ctx.src, "Waiting"), _sid(ctx.tgt, "ส่วนแพทย์")
    assert not _bare_pair(ctx, src, [other])


def test_figures_written_somewhere_keep_the_sentence() -> None:
    ctx = _ctx(TH_KEPT)
    src, piece = _sid(ctx.src, "Waiting"), _sid(ctx.tgt, "ไม่มีผู้ใด")
    assert not _bare_pair(ctx, src, [piece])
