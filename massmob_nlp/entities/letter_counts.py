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


def _running(text: str, table: npt.NDArray[np.int32]) -> npt.NDArray[np.int32]:
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64) - 0x0E00
    rows = np.where((codes >= 0) & (codes < 128), codes, 128)
    sums = np.zeros((len(text) + 1, table.shape[1]), dtype=np.int32)
    np.cumsum(table[rows], axis=0, out=sums[1:])
    return np.ascontiguousarray(sums.T)
