"""A number the Thai spells digit by digit, as a name is said aloud.

Thai writes a name or a code that holds a number by saying its digits one by one
(``จีดีเอช ห้าห้าเก้า`` for "GDH 559", ``เจ็ดสิบเอ็ด`` is a count but ``เซเว่น`` a name):
the reader does not take the run of digit words as a number, so the English number is
looked for in it.
"""

from __future__ import annotations

import re

from .._text import thai_digits_to_arabic
from .context import _str
from .number_pairs import Mention

_TH_DIGITS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
MIN_DIGITS = 2
"""A single digit word is a count, not a number spelled digit by digit."""


def spelled_digits(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """The digits of an English number of two or more digits (no separators) spelled one
    by one in Thai words in its Thai sentence (``ห้าห้าเก้า`` for ``559``, ``ศูนย์เจ็ด``
    for ``07``), a name or a code said aloud. The Thai words, or None."""
    if side != "src" or _str(m["kind"]) not in ("cardinal", "code"):
        return None
    digits = thai_digits_to_arabic(str(m["text"]))
    run = re.search(r"[0-9]+", digits)
    if run is None or len(run.group()) < MIN_DIGITS or \
            re.fullmatch(r"[A-Za-z -]*[0-9]+", digits) is None:
        return None
    words = r"\s?".join(_TH_DIGITS[int(d)] for d in run.group())
    hit = re.search(rf"(?<![ก-๛]){words}(?![ก-๛])", texts.get(("tgt", int(m["bead"])), ""))
    return None if hit is None else hit.group()
