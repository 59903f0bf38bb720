"""A target number that its own sentence's source can claim as a changed value is no
evidence that a dropped sentence far away moved there (our own example: 'output shrank
0.4%' dropped; '0.2 percentage points' / '0.4 จุดเปอร์เซ็นต์' four paragraphs down)."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from massmob_nlp.comparison.passage_moves import _claimed

TH = ("เศรษฐกิจไตรมาส 3 ขยายตัวร้อยละ 1.6 ชะลอลงจากร้อยละ 2.8 ในไตรมาส 2 "
      "นักเศรษฐศาสตร์กล่าวว่ามาตรการชุดใหม่จะหนุนการเติบโตได้เพียง 0.4 จุดเปอร์เซ็นต์")
CUT = TH.index("นักเศรษฐศาสตร์")
CTX = SimpleNamespace(
    tgt=SimpleNamespace(sentences=pd.DataFrame({
        "sent_id": [0, 1], "start_char": [0, CUT], "end_char": [CUT - 1, len(TH)]})),
    t_sent={0: 4, 1: 9})
AT = TH.index("0.4")


def _numbers(status: str, kind: str) -> pd.DataFrame:
    return pd.DataFrame([
        {"bead_id": 4, "kind": "percent", "status": "match", "src_start_char": 10,
         "tgt_start_char": AT},  # 'shrank 0.4%' joined far away
        {"bead_id": 9, "kind": kind, "status": status, "src_start_char": 400,
         "tgt_start_char": None},  # the sentence's own '0.2 percentage points'
    ])


def test_a_landing_its_own_source_can_claim_is_no_move() -> None:
    assert _claimed(CTX, _numbers("missing", "percent"), AT, "percent")


def test_a_landing_with_nothing_unjoined_beside_it_is_a_move() -> None:
    assert not _claimed(CTX, _numbers("match", "percent"), AT, "percent")
    assert not _claimed(CTX, _numbers("missing", "year"), AT, "percent")
