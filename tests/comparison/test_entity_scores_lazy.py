"""The entity comparison's pair scores are computed when asked (``_Scores``), one pair
at a time, and each answer is the score the table's matcher and the person and law
rules give that pair when every pair is scored at once."""

from __future__ import annotations

import random
from typing import Any

import massmob_nlp as mm
from massmob_nlp.comparison.entity_laws import _bare_law_scores
from massmob_nlp.comparison.entity_scores import (
    LATIN_COPY_MIN_SCORE,
    _entity_scores,
    _surname_scores,
)
from massmob_nlp.entities.table import match_pairs

SRC = ("Prime Minister Anutin Charnvirakul met Kasikornbank chief Kattiya Indaravijaya "
       "in Chiang Mai on Monday. Anutin said Resolution 57 of the cabinet would help "
       "farmers in Nakhon Ratchasima, and Vietcombank opened an office in Bangkok.")
TGT = ("นายกรัฐมนตรีอนุทิน ชาญวีรกูล พบกับนางขัตติยา อินทรวิชัย ผู้บริหารธนาคารกสิกรไทย "
       "ที่เชียงใหม่เมื่อวันจันทร์ อนุทินกล่าวว่ามติที่ 57 ของคณะรัฐมนตรีจะช่วยเกษตรกร"
       "ในนครราชสีมา และ Techcombank เปิดสำนักงานในกรุงเทพฯ")
COLS = ("text", "label", "entity_id")


def _mentions(text: str) -> list[dict[str, Any]]:
    table = mm.analyze(text).entities
    rows = table[list(COLS)].astype(object).where(table[list(COLS)].notna(), None)
    return [dict(zip(COLS, r, strict=True)) for r in rows.itertuples(index=False)]


def _all_at_once(src: list[dict[str, Any]], tgt: list[dict[str, Any]]
                 ) -> dict[tuple[int, int], float]:
    out: dict[tuple[int, int], float] = {}
    for i, j, a, b, *_, method, score in match_pairs(
            [tuple(m[c] for c in COLS) for m in src], [tuple(m[c] for c in COLS) for m in tgt]):
        if method == "name" and score < LATIN_COPY_MIN_SCORE and a.isascii() and b.isascii():
            continue
        out[(i, j)] = float(score)
    _surname_scores(src, tgt, out)
    _bare_law_scores(src, tgt, out)
    return out


def test_each_pair_asked_scores_as_all_pairs_at_once() -> None:
    src, tgt = _mentions(SRC), _mentions(TGT)
    assert len(src) >= 5 and len(tgt) >= 5
    eager = _all_at_once(src, tgt)
    assert len(eager) >= 4  # names, a bank, a resolution by its number
    keys = [(i, j) for i in range(len(src)) for j in range(len(tgt))]
    random.Random(7).shuffle(keys)
    lazy = _entity_scores(src, tgt)
    for key in keys:
        assert (key in lazy) == (key in eager)
        if key in eager:
            assert lazy[key] == eager[key]
    assert dict(lazy) == eager  # every pair asked: the same scores held


def test_a_pair_not_asked_is_not_scored(monkeypatch: Any) -> None:
    import massmob_nlp.entities.table as table

    src, tgt = _mentions(SRC), _mentions(TGT)
    calls: list[tuple[str, str]] = []
    real = table.similarity_above

    def counted(a: str, b: str, floor: float) -> float | None:
        calls.append((a, b))
        return real(a, b, floor)

    monkeypatch.setattr(table, "similarity_above", counted)
    lazy = _entity_scores(src, tgt)
    assert not calls and not lazy
    first = (0, 0) in lazy
    assert len(calls) <= 1 and set(lazy) <= {(0, 0)}
    assert ((0, 0) in lazy) == first and len(calls) <= 1  # asked again: kept
    lazy[(1, 1)] = 0.5  # a pair set keeps the score given
    assert lazy[(1, 1)] == 0.5 and len(calls) <= 1
