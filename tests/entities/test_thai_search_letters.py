"""The symbols a Thai stretch surely holds, read from its letters (letter_counts.
sure_counts, issue 13): the name search's letter bound adds the cost of those a
reading of the name lacks, and stays above the skeleton's own count bound, so the
search finds what it found without it; and how often each stands at least (its runs,
letter_counts.sure_runs), which bounds tighter. Sentences written for these tests."""

import numpy as np
import pytest

from massmob_nlp.entities.letter_counts import (
    SURE_CLASSES,
    _symbol_index,
    letter_counts,
    sure_counts,
    sure_runs,
)
from massmob_nlp.entities.sound_bounds import latin_bound
from massmob_nlp.entities.sound_keys import sound_key
from massmob_nlp.entities.thai_search import _weight_sums

TEXTS = [
    "ทีมฟุตบอลเชลซีเอาชนะลิเวอร์พูล 2-1 ที่สนามสแตมฟอร์ดบริดจ์เมื่อคืนวันเสาร์",
    "นายกฤษณ์ ศรีสมบูรณ์ กล่าวว่า ธนาคารกลางจะคงอัตราดอกเบี้ยไว้ที่ 2.5% ต่อไป",
    "เจ้าหน้าที่ในเมืองกว่างโจวและหางโจวยืนยันว่าผู้ป่วยรายใหม่ลดลงอย่างต่อเนื่อง",
]
NAMES = ["Chelsea", "Liverpool", "Stamford Bridge", "Krit Srisomboon", "Guangzhou",
         "Hangzhou", "Leverkusen", "Forster", "Bangkok Bank"]


def _stretches(text: str) -> list[tuple[int, int]]:
    return [(a, b) for a in range(len(text)) if "\u0e01" <= text[a] <= "\u0e44"
            for b in range(a + 1, min(len(text), a + 28) + 1)]


@pytest.mark.parametrize("text", TEXTS)
def test_a_sure_symbol_is_in_every_skeleton(text: str) -> None:
    sure = sure_counts(text)
    index = _symbol_index()
    seen = 0
    for a, b in _stretches(text):
        key = sound_key(text[a:b])
        for symbol in SURE_CLASSES:
            if sure[index[symbol], b] > sure[index[symbol], a]:
                assert symbol in key, (text[a:b], symbol, key)
                seen += 1
    assert seen > 1000


@pytest.mark.parametrize("name", NAMES)
def test_the_letter_bound_stays_above_the_skeleton_count_bound(name: str) -> None:
    bound = latin_bound(name)
    cut = 0
    for text in TEXTS:
        spans = _stretches(text)
        first = np.array([a for a, _ in spans])
        final = np.array([b for _, b in spans])
        counts, sure = letter_counts(text), sure_counts(text)
        sums = np.array(_weight_sums(text))
        most = (counts[:, final] - counts[:, first]).astype(float)
        present = (sure[:, final] > sure[:, first]).astype(float)
        with_sure = bound.letters_upper(np.vstack([most, present]), sums[final] - sums[first])
        without = bound.letters_upper(most, sums[final] - sums[first])
        assert (with_sure <= without + 1e-9).all()
        for (a, b), upper in zip(spans, with_sure):
            key = sound_key(text[a:b])
            if key:
                assert bound.upper(key) <= upper + 1e-6, (name, text[a:b])
        cut += int((with_sure < 0.8 - 1e-6).sum() - (without < 0.8 - 1e-6).sum())
    CUTS[name] = cut


CUTS: dict[str, int] = {}


def test_the_sure_symbols_rule_out_more_stretches() -> None:
    for name in NAMES:
        if name not in CUTS:
            test_the_letter_bound_stays_above_the_skeleton_count_bound(name)
    assert sum(CUTS.values()) > 100, CUTS


@pytest.mark.parametrize("text", TEXTS)
def test_a_sure_symbol_stands_at_least_its_runs_in_every_skeleton(text: str) -> None:
    spans = _stretches(text)
    first = np.array([a for a, _ in spans], dtype=np.intp)
    final = np.array([b for _, b in spans], dtype=np.intp)
    runs = sure_runs(text, first, final)
    sure = sure_counts(text)
    index = _symbol_index()
    more = 0
    for k, (a, b) in enumerate(spans):
        key = sound_key(text[a:b])
        for symbol, row in index.items():
            if symbol not in SURE_CLASSES:
                assert runs[row, k] == 0
                continue
            assert key.count(symbol) >= runs[row, k], (text[a:b], symbol, key)
            assert (runs[row, k] > 0) == (sure[row, b] > sure[row, a])
            more += int(runs[row, k] > 1)
    assert more > 100  # a symbol's runs count more than its presence


@pytest.mark.parametrize("name", NAMES)
def test_the_runs_bound_stays_above_the_skeleton_count_bound(name: str) -> None:
    bound = latin_bound(name)
    for text in TEXTS:
        spans = _stretches(text)
        first = np.array([a for a, _ in spans], dtype=np.intp)
        final = np.array([b for _, b in spans], dtype=np.intp)
        counts, sure = letter_counts(text), sure_counts(text)
        sums = np.array(_weight_sums(text))
        most = (counts[:, final] - counts[:, first]).astype(float)
        present = (sure[:, final] > sure[:, first]).astype(float)
        runs = sure_runs(text, first, final).astype(float)
        heaviest = sums[final] - sums[first]
        with_runs = bound.letters_upper(np.vstack([most, runs]), heaviest)
        with_sure = bound.letters_upper(np.vstack([most, present]), heaviest)
        assert (with_runs <= with_sure + 1e-9).all()
        keys = [sound_key(text[a:b]) for a, b in spans]
        for key, upper, tight in zip(keys, with_runs, bound.skeletons_upper(keys)):
            if key:
                assert tight <= upper + 1e-6, (name, key)
