"""What the letters of a Thai stretch say about its spelling skeleton
(:func:`~.sound_keys.sound_key`) before it is made: the most of each symbol it may hold
(:func:`letter_counts`) and the symbols it surely holds (:func:`sure_counts`), as
running sums over a text, so that the name search (:mod:`~.thai_search`) bounds all
the stretches of a window at once (:meth:`~.sound_bounds.LatinBound.letters_upper`).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import numpy.typing as npt

from .sound_keys import _TH_CLASS, _TH_VOWELS, _tables


@lru_cache(maxsize=1)
def _symbol_index() -> dict[str, int]:
    """Row of each skeleton symbol in :func:`letter_counts` (the symbols of
    :func:`~.sound_keys._tables`)."""
    return {c: k for k, c in enumerate(sorted(_tables()[0]))}


@lru_cache(maxsize=1)
def _letter_table() -> npt.NDArray[np.int32]:
    """The most of each skeleton symbol one character adds to a Thai skeleton
    (:func:`~.sound_keys._thai_key`): row ``k`` for the character ``U+0E00 + k``, the
    last row for any character outside the Thai block (a space, a Latin letter: a
    word boundary). A consonant adds its class, and a vowel slot when it is read as
    one (ว between consonants or closing a vowel; ย ญ closing a vowel), ญ an ``N``
    when it is a final; a vowel sign (and อ, a leading vowel) a slot; ฤ an ``R`` and a
    slot; ำ a slot and an ``M``, and so does the ํ of a ํา written apart. Every other
    Thai character adds nothing (a tone mark, the silencer). Dropping a silent letter,
    merging repeated symbols or stripping the ends only lowers the counts."""
    index = _symbol_index()
    table = np.zeros((129, len(index)), dtype=np.int32)
    v = index["V"]
    for k in range(128):
        ch = chr(0x0E00 + k)
        if ch in _TH_CLASS:
            table[k, index[_TH_CLASS[ch]]] += 1
            if ch in "วยญ":
                table[k, v] += 1
            if ch == "ญ":
                table[k, index["N"]] += 1
        elif ch in _TH_VOWELS:
            table[k, v] += 1
            if ch == "ฤ":
                table[k, index["R"]] += 1
        if ch == "ำ":
            table[k, index["M"]] += 1
        elif ch == "\u0e4d":  # ํ, the ring of a ำ written as ํ and า
            table[k, v] += 1
            table[k, index["M"]] += 1
    table[128, index[" "]] = 1
    return table


@lru_cache(maxsize=4)
def letter_counts(text: str) -> npt.NDArray[np.int32]:
    """Running sums of :func:`_letter_table` over ``text`` (one row per skeleton
    symbol, one column per offset, and one before the first): column ``end`` less
    column ``start`` is the most of each symbol the skeleton
    (:func:`~.sound_keys.sound_key`) of ``text[start:end]`` holds (cached: a comparison
    bounds the stretches of one text for many names)."""
    return _running(text, _letter_table())


SURE_CLASSES = "KCTNPFMLRG"
"""Consonant classes a letter of the class always writes in a Thai skeleton
(:func:`~.sound_keys._thai_key` pushes the class of every consonant but ห, ว, ย and ญ
as it is; ห์ dropped is ห): not ``S``, whose final ``s`` a skeleton may leave out
(:func:`~.sound_keys.key_similarity`), nor the weak ``H``, ``W``, ``Y``."""


@lru_cache(maxsize=1)
def _sure_table() -> npt.NDArray[np.int32]:
    """Row ``k``: the :data:`SURE_CLASSES` symbol the character ``U+0E00 + k``
    surely adds to a Thai skeleton (a consonant its class, ฤ an ``R``, ำ an ``M``);
    the last row, any other character: none. Merging repeated symbols keeps one."""
    index = _symbol_index()
    table = np.zeros((129, len(index)), dtype=np.int32)
    for k in range(128):
        ch = chr(0x0E00 + k)
        symbol = "R" if ch == "ฤ" else "M" if ch == "ำ" else _TH_CLASS.get(ch, "")
        if symbol and symbol in SURE_CLASSES:
            table[k, index[symbol]] = 1
    return table


@lru_cache(maxsize=4)
def sure_counts(text: str) -> npt.NDArray[np.int32]:
    """Running sums of :func:`_sure_table` over ``text``, as :func:`letter_counts`:
    a symbol whose column ``end`` exceeds column ``start`` is in the skeleton of
    ``text[start:end]`` at least once."""
    return _running(text, _sure_table())


def sure_runs(text: str, first: npt.NDArray[np.intp], final: npt.NDArray[np.intp]
              ) -> npt.NDArray[np.int32]:
    """For the stretches ``text[first[k]:final[k]]``, the fewest times each
    :data:`SURE_CLASSES` symbol stands in the skeleton (one row per symbol, as
    :func:`letter_counts`; other symbols 0): its runs among the stretch's letters of
    a sure class (:func:`_sure_table`), a run ending where a letter of another sure
    class stands. Why: each such letter writes its symbol, in the order of the
    letters (a leading vowel moves, but it writes ``V``), so two runs of one symbol
    keep that other symbol between them, and merging repeated symbols
    (:func:`~.sound_keys.sound_key`) cannot join them."""
    sums, ahead, symbol, opens = _sure_starts(text)
    runs = sums[:, final] - sums[:, first]
    head = ahead[first]  # the stretch's first sure letter opens a run inside it
    inner = (head < final) & ~opens[head]  # (a run of the text begun before it)
    runs[symbol[head[inner]], np.flatnonzero(inner)] += 1
    return runs


@lru_cache(maxsize=4)
def _sure_starts(text: str) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.intp],
                                     npt.NDArray[np.intp], npt.NDArray[np.bool_]]:
    """For :func:`sure_runs`: running sums of the runs each sure letter of ``text``
    opens (one row per symbol, as :func:`letter_counts`), the offset of the first
    sure letter at or after each offset (``len(text)``: none), the symbol row of each
    offset's letter, and whether it opens a run (the sure letter before it in the
    text is of another class); the last two one longer (none at ``len(text)``)."""
    table = _sure_table()
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64) - 0x0E00
    rows = table[np.where((codes >= 0) & (codes < 128), codes, 128)]
    size = len(text)
    symbol = np.zeros(size + 1, dtype=np.intp)
    sure = rows.any(axis=1)
    at = np.flatnonzero(sure)
    symbol[at] = rows[at].argmax(axis=1)
    opens = np.zeros(size + 1, dtype=bool)
    opens[at] = np.diff(symbol[at], prepend=-1) != 0
    opens[size] = True
    ahead = np.full(size + 1, size, dtype=np.intp)
    ahead[at] = at
    ahead = np.minimum.accumulate(ahead[::-1])[::-1]
    sums = np.zeros((size + 1, table.shape[1]), dtype=np.int32)
    np.cumsum(np.where(opens[:size, None], rows, 0), axis=0, out=sums[1:])
    return np.ascontiguousarray(sums.T), ahead, symbol, opens


def _running(text: str, table: npt.NDArray[np.int32]) -> npt.NDArray[np.int32]:
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64) - 0x0E00
    rows = np.where((codes >= 0) & (codes < 128), codes, 128)
    sums = np.zeros((len(text) + 1, table.shape[1]), dtype=np.int32)
    np.cumsum(table[rows], axis=0, out=sums[1:])
    return np.ascontiguousarray(sums.T)
