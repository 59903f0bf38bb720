"""Qualifiers written by verbs and prepositions, in our own sentences: passing a mark
(``topped``, ``climbs past``, ``ทะลุ``, ``vượt``) is over; Vietnamese forecasts
(``dự báo đạt``, ``ước chiếm``) are about, as English ``forecast at``; Vietnamese
``trên`` is "per" in a rate and "across" after a verb of place, no "more than"."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _quals(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(m.key, m.qualifier) for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,lang,quals", [
    ("Rice exports topped $3 billion, and sales could top 900,000 tonnes.", "en",
     [("money:3000000000:USD", "over"), ("cardinal:900000", "over")]),
    ("The benchmark index surged past 1,250 points on Friday.", "en",
     [("cardinal:1250", "over")]),
    ("ดัชนีพุ่งทะลุ 1,250 จุดเมื่อวันศุกร์", "th", [("cardinal:1250", "over")]),
    ("Chỉ số vượt 1.250 điểm.", "vi", [("cardinal:1250", "over")]),
    ("Sản lượng lúa dự báo đạt 43 triệu tấn, dịch vụ ước chiếm 42,5% GDP.", "vi",
     [("cardinal:43000000", "about"), ("percent:42.5", "about")]),
    ("Khu bảo tồn trải rộng trên hai tỉnh miền núi.", "vi", [("cardinal:2", None)]),
    ("Tỉnh có 9,8 bác sĩ trên 10.000 dân và 3 ca trên 100.000 người.", "vi",
     [("cardinal:9.8", None), ("cardinal:10000", None), ("cardinal:3", None),
      ("cardinal:100000", None)]),
    # a bare number of places, an age or an amount after trên stays "more than"
    ("Dịch đã lan ra trên 20 tỉnh, chủ yếu người trên 60 tuổi.", "vi",
     [("cardinal:20", "over"), ("cardinal:60", "over")]),
])
def test_qualifier(text: str, lang: str, quals: list[tuple[str, str | None]]) -> None:
    assert _quals(text, lang) == quals


@pytest.mark.parametrize("text", [
    "Three firms made the top 10 exporters list.",
    "It was the worst flood in the past 20 years.",
])
def test_nouns_top_and_past_are_no_qualifier(text: str) -> None:
    assert all(m.qualifier is None for m in find_numbers(text, "en"))
