"""The vowels of a transliterated name: two names with one consonant skeleton but
other vowels are other names (``Pedro Sánchez`` is not เปโดร ซานโตส, ``Google`` not
กาเกิล, ``Miami`` not มีเมื่อ).

English spelling writes a vowel sound in many ways (``a`` is อา in Mark, เอ in Jane,
แอ in Anne, ออ in Walmart), so the check is lenient: it only looks at names whose
words have as many vowel runs as the Thai (romanized with PyThaiNLP ``royin``) has
vowel groups, pairs them in order, and finds a clash only where no common English or
European reading of the Latin run gives the Thai vowel (:data:`CLASHES`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .._text import join_sara_am
from .gazetteer import fold

CLASHES: dict[str, frozenset[str]] = {
    "a": frozenset({"u", "ue", "uea", "i"}),
    "e": frozenset({"o", "u", "ua", "uea", "ue"}),
    "i": frozenset({"o", "u", "ua", "uea"}),
    "o": frozenset({"i", "ue", "uea", "ia"}),
    "u": frozenset({"ae", "ai", "ia"}),  # not e: royin writes เดอ (Durham) de
    "oo": frozenset({"a", "e", "ae", "i", "ai", "ia"}),
    "ee": frozenset({"a", "o", "u", "ua", "uea", "ue", "ae"}),
}
"""Thai (royin) vowels a Latin vowel run never gives. A run of several letters clashes
only when each of its letters clashes (``ia`` may be อี or อา); ``oo`` and ``ee`` are
runs of their own."""
_LATIN_RUN = re.compile(r"[aeiou*]+")
_NASAL_E = re.compile(r"(?<![aeiou])e(?=[nm](?:[^aeiouy]|$))")
_ROYIN_RUN = re.compile(r"[aeiou]+")
_EW_RE = re.compile(r"(?<=[^aeiou])ew(?![aeiouy])")


def _latin_runs(word: str) -> list[str]:
    word = fold(unicodedata.normalize("NFC", word)).casefold()
    word = re.sub(r"[^a-z]", "", word)
    if len(word) > 3 and re.search(r"[^aeiouy]e$", word):
        word = word[:-1]  # a silent final e: Mike, Coupe
    word = re.sub(r"(?<=[^aeiou])y(?=[^aeiou]|$)", "i", word)  # Lynn, Tony
    word = _NASAL_E.sub("*", word)  # French en/em: Laurent โลรองต์
    word = _EW_RE.sub("*", word)  # English ew is u or iu: Andrew แอนดรูว์, Matthew แมทธิว
    return _LATIN_RUN.findall(word)


def royin(text: str) -> str:
    """PyThaiNLP's ``romanize(text, engine="royin")``, each piece between spaces
    romanized once per process (:func:`_royin_piece`): the names of one comparison
    share their words (a name, its surname, the stretches around it), and PyThaiNLP
    romanizes each piece between spaces alone, so the result is the same."""
    return " ".join(_royin_piece(piece) for piece in text.split(" "))


@lru_cache(maxsize=65536)
def _royin_piece(piece: str) -> str:
    from .rtgs import royin_romanize  # PyThaiNLP's royin, the same strings, faster

    return royin_romanize(piece)


@lru_cache(maxsize=16384)
def _royin_runs(word: str) -> tuple[str, ...]:
    text = royin(join_sara_am(unicodedata.normalize("NFC", word)))
    return tuple(_ROYIN_RUN.findall(text.casefold()))


_WRITTEN = {"o": re.compile("[โอ็]"), "a": re.compile("[าะัำ]")}
"""Thai letters that write the vowels ``o`` and ``a``: without them, royin's ``o`` or
``a`` is a vowel Thai leaves unwritten (สลาฟก), not evidence of a clash."""


def _clash(latin: str, thai: str, word: str) -> bool:
    if thai in _WRITTEN and not _WRITTEN[thai].search(word):
        return False
    if latin in CLASHES:
        return thai in CLASHES[latin]
    return all(thai in CLASHES.get(c, frozenset()) for c in set(latin))  # "*": never


def vowels_clash(latin: str, thai: str) -> bool:
    """Whether a Latin name and a Thai one with the same number of words have, word
    by word, as many vowel runs and at least one pair that no reading of the Latin
    gives (:data:`CLASHES`): ``Sánchez`` / ซานโตส (``e`` / โ-), ``Google`` / กาเกิล
    (``oo`` / -า). False whenever the words or runs do not line up. English
    readings only: :func:`~.sounds.sound_similarity` does not ask it for a name read as
    pinyin (``Xu`` is สวี่)."""
    a, b = re.split(r"[\s\-]+", latin.strip()), thai.split()
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        runs, groups = _latin_runs(x), _royin_runs(y)
        if len(runs) == len(groups) and any(_clash(r, g, y) for r, g in zip(runs, groups)):
            return True
    return False
