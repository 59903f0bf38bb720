"""A press release's dateline opens the English lead ('CITY, date /Wire/ -- Company
...') and is a paragraph of its own above the Thai lead: the translator moved the
paragraph break, not the dateline, so a sentence reported moved into that added Thai
paragraph, which sits right beside it in the sentence beads, kept its place
(comparison.passage_moves.same_place_as). Texts written for this test."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from massmob_nlp.comparison.passage_moves import _same_place, same_place_as

TGT = "ข่าวประชาสัมพันธ์\n\nเชียงใหม่--3 ธ.ค.--เอเชียไวร์\n\nบริษัท ริเวอร์ฟู้ดส์ เปิดโรงงานแห่งใหม่"


def _ctx() -> SimpleNamespace:
    # sentence beads: 0 headline 1-1, 1 the Thai dateline paragraph 0-1,
    # 2 the English dateline sentence 1-0, 3 the lead 1-1
    sent = pd.DataFrame({"bead_id": [0, 1, 2, 3], "kind": ["1-1", "0-1", "1-0", "1-1"],
                         "src_ids": [(0,), (), (1,), (2,)], "tgt_ids": [(0,), (1,), (), (2,)]})
    starts = [0, TGT.index("เชียงใหม่"), TGT.index("บริษัท")]
    ends = [TGT.index("\n\n"), TGT.index("\n\nบริษัท"), len(TGT)]
    tgt = SimpleNamespace(sentences=pd.DataFrame({
        "sent_id": [0, 1, 2], "para_id": [0, 1, 2], "start_char": starts, "end_char": ends,
        "text": [TGT[a:b] for a, b in zip(starts, ends)]}))
    return SimpleNamespace(sent=sent, s_sent={0: 0, 1: 2, 2: 3}, t_sent={0: 0, 1: 1, 2: 3},
                           sent_para={0: 0, 1: 1, 2: 2, 3: 2}, tgt=tgt)


def test_a_dateline_set_apart_by_the_translator_is_not_moved():
    ctx = _ctx()
    start, end = TGT.index("เชียงใหม่"), TGT.index("\n\nบริษัท")
    # the moved row points at the added Thai paragraph: no target sentence id
    row = {"kind": "moved", "level": "sentence", "sent_id": 1, "other_sent_id": None,
           "other_start_char": start, "other_end_char": end}
    assert _same_place(ctx, row)
    assert same_place_as(ctx, 1, None, start, end)


def test_a_sentence_moved_past_the_lead_is_still_moved():
    ctx = _ctx()
    start = TGT.index("บริษัท")
    assert not same_place_as(ctx, 1, None, start, len(TGT))  # a 1-1 bead, not beside
    assert not same_place_as(ctx, 1, None, None, None)
