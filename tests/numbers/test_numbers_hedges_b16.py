"""Hedges in our own sentences (blind batch b16): English perhaps/possibly/maybe and
"estimate between" are about; around after a verb of structure and over before legs of
a finished result are prepositions; a Thai hedge before ครึ่งหนึ่ง or หนึ่งในสาม holds."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _quals(text: str, lang: str = "en") -> list[tuple[str | None, str | None]]:
    return [(m.key, m.qualifier) for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,lang,quals", [
    ("The fort held perhaps 3,000 soldiers.", "en", [("cardinal:3000", "about")]),
    ("Experts estimate between 400 and 600 nests remain.", "en", [("range:400-600", "about")]),
    ("The album is built around 14 folk tunes.", "en", [("cardinal:14", None)]),
    ("Around 14 folk tunes were recorded.", "en", [("cardinal:14", "about")]),
    ("They won 2-1 on aggregate over two legs.", "en", [("score:2-1", None), ("cardinal:2", None)]),
    ("He has won over 30 titles.", "en", [("cardinal:30", "over")]),
    ("ผู้ใช้น้อยกว่าครึ่งหนึ่งของทั้งหมดตอบ", "th", [("fraction:1/2", "under")]),
    ("ราวหนึ่งในสามของบ้านไม่มีไฟฟ้า", "th", [("fraction:1/3", "about")]),
    ("ครึ่งหนึ่งของบ้านไม่มีไฟฟ้า", "th", [("fraction:1/2", None)]),
])
def test_hedges(text: str, lang: str, quals: list[tuple[str, str | None]]) -> None:
    assert _quals(text, lang) == quals
