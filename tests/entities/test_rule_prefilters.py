"""The rules' quick checks (a digit before looking for document codes, a Vietnamese
surname in Thai letters before the Thai title pattern) skip only texts where nothing
can be found. The sentences are our own."""

from __future__ import annotations

import re
import unicodedata

import pytest

from massmob_nlp.entities import rules

TEXTS = [
    "The ministry issued Decision 1234/QD-TTg and Resolution No. 57 last week.",
    "คณะรัฐมนตรีมีมติที่ ๕๗ และออกคำสั่งเลขที่ 12 เมื่อวานนี้",
    "นายเหงียน วัน อาน และนางเจิ่น ถิ ฮวา เดินทางถึงกรุงฮานอย",
    "Deputy Minister Nguyen Van Anh met Tran Thi Hoa in Hue on Monday.",
    "ไม่มีตัวเลขหรือชื่อในประโยคนี้เลย",
    "No code and no name here at all.",
    "Circular 35/2024/TT-BTC takes effect; ประกาศฉบับที่ 3/2567 ด้วย",
]


def _spans(text: str) -> list[tuple[int, int, str, str | None]]:
    return [(r.start, r.end, r.label, r.entity_id)
            for r in rules.find_rules(unicodedata.normalize("NFC", text))]


@pytest.mark.parametrize("text", TEXTS)
def test_quick_checks_change_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, codes = _spans(text), rules.law_codes(text)
    monkeypatch.setattr(rules, "_ANY_DIGIT_RE", re.compile(""))  # always look for codes
    assert _spans(text) == fast
    assert rules.law_codes(text) == codes


def test_rules_still_find_codes_and_names() -> None:
    labels = {label for t in TEXTS for _, _, label, _ in _spans(t)}
    assert {"LAW", "PERSON"} <= labels
    thai_people = [s for s in _spans(TEXTS[2]) if s[2] == "PERSON"]
    assert len(thai_people) == 2
    assert not _spans(TEXTS[4]) and not _spans(TEXTS[5])
