"""A year one side writes where the other says "next year", "this year" or "last year".

Translators of state-media portals turn the relative year into the year (``The city
aims for double-digit growth next year`` on a page of 2026 / ``ตั้งเป้าเติบโตเลขสองหลัก
ในปี 2570``), and the other way round: no year added or lost when the year is the
page's own year moved by the relative word.
"""

from __future__ import annotations

import re

from .context import _str
from .number_pairs import Mention, _num, _vague

_RELATIVE = (
    (re.compile(r"(?i)\b(?:next|coming)\s+year\b|\bnăm\s+(?:tới|sau)\b|ปีหน้า|ปีถัดไป|ปีต่อไป"), 1),
    (re.compile(r"(?i)\bthis\s+year\b|\bnăm\s+nay\b|ปีนี้"), 0),
    (re.compile(r"(?i)\b(?:last|previous|past)\s+year\b|\ba\s+year\s+(?:ago|earlier)\b|"
                r"\bnăm\s+(?:ngoái|trước)\b|ปีที่แล้ว|ปีก่อน(?!หน้า)|ปีที่ผ่านมา|เมื่อปีกลาย"), -1),
)
"""A relative year in English, Vietnamese and Thai, with its offset from the page's year."""


def relative_year(m: Mention, side: str, texts: dict[tuple[str, int], str],
                  years: set[int]) -> str | None:
    """The other side's relative year ("next year", ``ปีนี้``) in ``m``'s sentence bead
    when ``m`` is a year that is one of the page's ``years`` moved by it. The relative
    words, or None."""
    value = _num(m.get("value"))
    if _str(m["kind"]) != "year" or _vague(m) or value is None or not years or \
            _num(m.get("value_max")) is not None:
        return None
    far = "tgt" if side == "src" else "src"
    other = texts.get((far, int(m["bead"])), "")
    for rx, offset in _RELATIVE:
        hit = rx.search(other)
        if hit is not None and int(value) - offset in years:
            return hit.group()
    return None
