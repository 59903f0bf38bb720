"""The literal prefilter of the number scanner (numbers/prefilter.py) skips only scans
that cannot match: checked on the patterns themselves and on whole readings."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import massmob_nlp.numbers as numbers_pkg
from massmob_nlp.numbers import prefilter, table
from massmob_nlp.numbers.prefilter import fold, may_match, needs, prepare

SENTENCES = [
    "Sales nearly doubled to $4.2bn in the third quarter, up from 1.9bn a year earlier.",
    "More than a decade ago the mayor halved the budget; in the Sixties it was twice as big.",
    "The team won 3-1 on Sunday, its first win since 12 March 2024, at 7.30pm local time.",
    "About one in five voters said they would vote for the pair of candidates.",
    "Call 02-123-4567 or write to info@example.org; see https://example.org/page-2.",
    "ยอดขายเพิ่มขึ้นเกือบสองเท่าเป็น 4.2 พันล้านดอลลาร์ในไตรมาสที่สาม",
    "เมื่อกว่าทศวรรษก่อน นายกเทศมนตรีลดงบประมาณลงครึ่งหนึ่ง ราว 20 เปอร์เซ็นต์",
    "ทีมชนะ 3-1 เมื่อวันอาทิตย์ เป็นชัยชนะครั้งแรกนับตั้งแต่ 12 มี.ค. 2567 เวลา 19.30 น.",
    "ผู้มีสิทธิเลือกตั้งหนึ่งในห้าคนบอกว่าจะเลือกผู้สมัครทั้งคู่ เมื่อ ๒๕๖๖",
    "Ông Nguyễn nói 55 triệu đồng đã được chi trong năm 2024 (VOV5 - Hà Nội).",
    "Henry VIII had six wives; World War II ended in 1945. Only once did he win.",
    "",
]


def _number_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = {}
    for info in pkgutil.iter_modules(numbers_pkg.__path__):
        module = importlib.import_module(f"massmob_nlp.numbers.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[id(value)] = (f"{info.name}.{name}", value)
    return list(found.values())


def test_needs_reads_the_literals_every_match_contains() -> None:
    rx = re.compile(r"(?i)\b(?:more\s+than|nearly|about)\s+a\s+decade\b(?!-)")
    need = needs(rx)
    assert need is not None and need.folded == ("decade",) and need.exact == ()
    alternatives = needs(re.compile(r"\b(?:doubled|tripled)\b|เท่าตัว"))
    assert alternatives is not None
    assert set(alternatives.exact) == {"doubled", "tripled", "เท่าตัว"}
    # a branch with an alternative of no literal, a back reference: no prefilter
    assert needs(re.compile(r"(?:twice|[0-9]+)x")) is None
    assert needs(re.compile(r"(\w+) \1")) is None
    # a repeat of at least one keeps its literals, an optional part does not
    assert needs(re.compile(r"(?:ab)+[0-9]")).exact == ("ab",)  # type: ignore[union-attr]
    assert needs(re.compile(r"(?:half)?[0-9]+")) is None


def test_may_match_compares_case_insensitive_literals_folded() -> None:
    rx = re.compile(r"(?i)\bsixties\b")
    assert may_match(rx, "IN THE SIXTIES")
    assert may_match(rx, "the \u017fixties")  # the long s matches s case-insensitively
    assert rx.search("the \u017fixties")
    assert not may_match(rx, "ในทศวรรษที่ 1960")
    case = re.compile(r"\bSixties\b")
    assert not may_match(case, "the sixties") and may_match(case, "the Sixties")
    thai = re.compile(r"(?:สอง|สาม)เท่า")
    assert needs(thai).thai and not needs(thai).latin  # type: ignore[union-attr]
    assert not may_match(thai, "It doubled to 20 in 2024.")
    assert may_match(thai, prepare("เพิ่มขึ้นสามเท่า"))


def test_fold_makes_every_case_insensitive_match_of_an_ascii_letter_that_letter() -> None:
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for ch in re.findall(f"(?i){letter}", every):
            assert fold(ch) == letter, (letter, ch)


def test_prefilter_never_skips_a_pattern_that_matches() -> None:
    texts = SENTENCES + [s.upper() for s in SENTENCES] + [s.lower() for s in SENTENCES]
    checked = 0
    for name, rx in _number_patterns():
        for text in texts:
            if not may_match(rx, text):
                assert rx.search(text) is None, (name, text)
                checked += 1
    assert checked > 1000  # most patterns find nothing in most sentences


@pytest.mark.parametrize("lang", ["en", "th", None])
def test_find_numbers_reads_the_same_with_and_without_the_prefilter(
        lang: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    guarded = [table.find_numbers(s, lang) for s in SENTENCES]
    assert sum(len(found) for found in guarded) > 20
    monkeypatch.setattr(table, "may_match", lambda rx, text: True)
    monkeypatch.setattr(table, "_DIGIT_RE", re.compile(r"(?!)"))
    monkeypatch.setattr(table, "_ASCII_DIGIT_RE", re.compile(r""))
    assert [table.find_numbers(s, lang) for s in SENTENCES] == guarded


def test_unknown_trees_give_no_prefilter(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:  # a parser module of another Python, whose tree is unknown
        @staticmethod
        def parse(*_args: object) -> None:
            raise RuntimeError("another Python")

    monkeypatch.setattr(prefilter, "_P", Broken())
    rx = re.compile(r"never\s+cached\s+before\b")
    assert needs(rx) is None and may_match(rx, "")
