"""Session 23 reader rules (N1): a percent band whose top is a bound is one range in
English, Thai and Vietnamese, after "from" too. Sentences written for these tests."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _read(text: str, lang: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.key) for m in find_numbers(text, lang)]


@pytest.mark.parametrize(("text", "lang", "span", "key"), [
    ("Các hộ được giảm thuế từ 3% đến dưới 8% tùy theo thu nhập.", "vi",
     "3% đến dưới 8%", "percent:3-8"),
    ("Mức phí tăng từ 4% tới không quá 12% phải được Bộ Tài chính duyệt.", "vi",
     "4% tới không quá 12%", "percent:4-12"),
    ("Landlords may lift rents from 3% to less than 8% without a hearing.", "en",
     "3% to less than 8%", "percent:3-8"),
    ("เจ้าของอาคารขึ้นค่าเช่าได้จากร้อยละ 3 ถึงไม่ถึงร้อยละ 8 โดยไม่ต้องขออนุญาต", "th",
     "ร้อยละ 3 ถึงไม่ถึงร้อยละ 8", "percent:3-8"),
])
def test_a_band_with_a_bound_on_its_top_is_one_range(text: str, lang: str, span: str,
                                                      key: str) -> None:
    assert (span, "percent", key) in _read(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Lãi suất cho vay tăng từ 3% lên dưới 8% trong năm.", "vi"),
    ("Giá cước tăng từ 3% đến 8%.", "vi"),
    ("Mortgage rates rose from 3% to less than 8% in a year.", "en"),
])
def test_a_change_from_one_level_to_another_stays_two_numbers(text: str, lang: str) -> None:
    assert not any(k and "-" in k.split(":")[1] for _, _, k in _read(text, lang))
