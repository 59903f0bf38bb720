"""A double quote glued to a Thai word by the tokenizer still bounds a name: the
entity search may start a stretch after an opening quote and end it before a
closing one."""

from __future__ import annotations

from types import SimpleNamespace

import massmob_nlp as mm
from massmob_nlp.comparison.entity_search import _Stretches


def test_quote_marks_are_word_edges_of_the_search() -> None:
    text = 'แฟนบอลส่งเสียงเชียร์ "อวี้ เหวินจิ้ง" ที่สนามเมื่อวันศุกร์'
    analysis = mm.analyze(text, lang="th")
    stretches = _Stretches(SimpleNamespace(tgt=analysis))  # type: ignore[arg-type]
    (_, _, _, edges), = stretches(list(stretches.sents))
    opening = analysis.text.index('"') + 1
    closing = analysis.text.index('"', opening)
    assert opening in edges and closing in edges
    assert analysis.text[opening:closing] == "อวี้ เหวินจิ้ง"
