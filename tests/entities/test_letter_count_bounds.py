"""The name search's bounds over many stretches at once (issue 13): from the letters
of a Thai stretch before its skeleton is made, and from the symbol counts of many
skeletons. Neither is ever below a score, so the search finds what it found
without them."""

import numpy as np
import pytest

import massmob_nlp.entities.thai_search as thai_search
from massmob_nlp.entities.sound_bounds import (
    _symbol_index,
    latin_bound,
    letter_counts,
)
from massmob_nlp.entities.sound_keys import sound_key
from massmob_nlp.entities.sounds import sound_similarity

TEXTS = [
    "คุณ มาร์ติน ฟอร์สเตอร์ กล่าว ที่ เมือง ไลพ์ซิก ว่า ราคา น้ำมัน ลด ลง",
    "ทีม แมนเชสเตอร์ ยูไนเต็ด แพ้ ต่อ เชลซี ที่ สนาม ฮอกไกโด ดูม ฤดูกาล นี้",
    "นาง อันนา ฟรีดริช เข้า พบ นาย ทักษิณ ชินวัตร ที่ ถ้ำ หลวง จังหวัด เชียงราย",
    "บริษัทเนสท์เล่ประกาศว่าจะลงทุนในกรุงฮานอยและเมืองไฮฟองของเวียดนาม ABC ๒๕๖๗",
]
NAMES = ["Martin Forster", "Leipzig", "Manchester United", "Chelsea", "Hokkaido Dome",
         "Anna Friedrich", "Thaksin Shinawatra", "Tham Luang", "Chiang Rai", "Nestle",
         "Hanoi", "Haiphong", "Vietnam", "Forster", "Kyaw", "Nguyen Van An"]


def _substrings(text: str) -> list[tuple[int, int]]:
    """Stretches holding a Thai letter (the search's start with one)."""
    return [(a, b) for a in range(len(text))
            for b in range(a + 1, min(len(text), a + 30) + 1)
            if any("\u0e00" <= c <= "\u0e7f" for c in text[a:b])]


@pytest.mark.parametrize("text", TEXTS)
def test_letters_bound_the_symbols_of_every_skeleton(text: str) -> None:
    counts = letter_counts(text)
    index = _symbol_index()
    exact = 0
    for a, b in _substrings(text):
        key = sound_key(text[a:b]).replace("s", "S")
        most = counts[:, b] - counts[:, a]
        for symbol in set(key):
            assert key.count(symbol) <= most[index[symbol]], (text[a:b], symbol)
        exact += all(key.count(c) == most[k] for c, k in index.items() if c != " ")
    assert exact > 50  # the letters are often the skeleton's counts exactly


@pytest.mark.parametrize("name", NAMES)
def test_letters_bound_never_below_the_counts_bound(name: str) -> None:
    bound = latin_bound(name)
    text = TEXTS[0] + " " + TEXTS[2]
    spans = _substrings(text)[::7]
    counts = letter_counts(text)
    first = np.array([a for a, _ in spans])
    final = np.array([b for _, b in spans])
    sums = np.array(thai_search._weight_sums(text))
    letters = bound.letters_upper((counts[:, final] - counts[:, first]).astype(float),
                                  sums[final] - sums[first])
    keys = [sound_key(text[a:b]) for a, b in spans]
    together = bound.skeletons_upper(keys)
    for (a, b), key, loose, tight in zip(spans, keys, letters, together):
        if not key:
            continue  # no skeleton: never looked at
        upper = bound.upper(key, 0.0)  # each reading alone
        assert abs(tight - upper) < 1e-9, text[a:b]
        assert loose >= tight - 1e-9, text[a:b]
        score = sound_similarity(name, text[a:b].strip(), thai_reading=False)
        assert score <= tight + 1e-9, (name, text[a:b], score, tight)


def _edges(text: str) -> tuple[int, ...]:
    return tuple(sorted({0, len(text), *(i for i, c in enumerate(text) if c == " "),
                         *(i + 1 for i, c in enumerate(text) if c == " ")}))


@pytest.mark.parametrize("text", TEXTS[:3])
def test_found_alike_with_the_bounds_turned_off(text: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    edges = _edges(text)
    found = {name: thai_search._found_stretches(name, text, edges, 0.8) for name in NAMES}
    assert sum(bool(f) for f in found.values()) >= 3  # real renderings are found
    thai_search._found_stretches.cache_clear()
    thai_search._window.cache_clear()
    thai_search._stretch_weights.cache_clear()
    bound = type(latin_bound("Leeds"))
    monkeypatch.setattr(bound, "letters_upper", lambda self, m, h: np.ones(m.shape[1]))
    monkeypatch.setattr(bound, "skeletons_upper", lambda self, keys: np.ones(len(keys)))
    for name in NAMES:
        assert thai_search._found_stretches(name, text, edges, 0.8) == found[name], name
    thai_search._found_stretches.cache_clear()


def test_a_name_is_found_in_a_glued_sentence() -> None:
    text = TEXTS[3]
    edges = (0, 6, 14, 20, 23, 25, 30, 32, 36, 41, 44, 49, 51, 54, 57, 65, 66, 69, 70, 74)
    found = thai_search.find_in_thai("Nestle", text, edges)
    assert found is not None and text[found[0]:found[1]] == "เนสท์เล่"
    found = thai_search.find_in_thai("Haiphong", text, edges)
    assert found is not None and text[found[0]:found[1]] == "ไฮฟอง"
