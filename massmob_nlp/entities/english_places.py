"""Thai place names of two or three romanized words (``Nakhon Sawan``, ``Chiang Rai``,
``Samut Prakan``, ``Nakhon Si Thammarat``): the English model often labels the first
word alone (``Nakhon``), which names no place."""

from __future__ import annotations

import re

PLACE_HEADS = frozenset({"Nakhon", "Chiang", "Samut", "Surat", "Prachuap", "Phra", "Ubon",
                         "Udon", "Nong", "Khon", "Kamphaeng", "Suphan", "Sakon", "Pathum",
                         "Amnat", "Mae", "Ko", "Koh", "Hua", "Khao", "Pak", "Sam", "Mueang",
                         "Muang", "Phitsanu", "Prachin", "Sri", "Si", "Lop", "Nan"})
"""Romanized Thai words that start a place name and are none alone (นคร, เชียง,
สมุทร, สุราษฎร์, ประจวบ, พระ, อุบล, อุดร, หนอง, ขอน, กำแพง, สุพรรณ, สกล, ปทุม, อำนาจ,
แม่, เกาะ, หัว, เขา, ปาก, สาม, เมือง)."""
_TAIL_RE = re.compile(r"(?:\s(?!(?:Province|District|City|Road|Street|and|of)\b)"
                      r"[A-Z][a-z]+){1,2}(?![\w'’\-])")
"""One or two capitalised words after the head, on the same line (not a generic
word the name is followed by)."""


def place_tail_end(text: str, start: int, end: int) -> int | None:
    """Where a place name ends when the span ``text[start:end]`` is a Thai place
    head alone (:data:`PLACE_HEADS`) followed by the rest of the name
    (``Nakhon`` Sawan → ``Nakhon Sawan``); None otherwise."""
    if text[start:end] not in PLACE_HEADS:
        return None
    m = _TAIL_RE.match(text, end)
    return m.end() if m else None
