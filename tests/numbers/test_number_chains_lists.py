"""A chain of four or more numbers that names nothing is a list of figures (a golfer's
rounds), while a formation stays one code (``numbers/chains.py``)."""

from __future__ import annotations

from massmob_nlp.numbers.table import find_numbers


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.key) for m in find_numbers(text)]


def test_golf_rounds_are_four_counts() -> None:
    got = _read("Park closed with rounds of 69-67-70-66 for a 272 total.")
    assert [k for _, _, k in got][:4] == ["cardinal:69", "cardinal:67", "cardinal:70",
                                          "cardinal:66"]
    assert not any(kind == "code" for _, kind, _ in got)


def test_thai_leaderboard_rounds_are_four_counts() -> None:
    got = _read("อันดับ 2 | แพตตี้ ทวาทะนากิจ | 70-66-68-69 = 273 | -15")
    assert ("70", "cardinal", "cardinal:70") in got and ("69", "cardinal", "cardinal:69") in got
    assert not any(kind == "code" for _, kind, _ in got)


def test_a_formation_of_four_lines_is_still_one_code() -> None:
    got = _read("The visitors switched to a 3-4-2-1 at half-time.")
    assert ("3-4-2-1", "code", "code:3421") in got
