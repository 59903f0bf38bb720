"""English (Latin) ↔ Thai transliteration similarity of names that are not Vietnamese.

Both names are reduced to spelling skeletons (:func:`~.sound_keys.sound_key`) and
compared by a weighted edit distance (:func:`~.sound_keys.key_similarity`); the Latin
name is also read as Spanish, French... (:mod:`~.sounds_europe`), pinyin, Burmese or
Lao (:mod:`~.sounds_asia`), and the Thai name as the Thai say it
(:mod:`~.sounds_thai`): :func:`sound_similarity` takes the best reading.

Measured against PyThaiNLP ``royin`` romanization + difflib (the generic score of
:mod:`massmob_nlp.entities.similarity`) in ``benchmarks/names_real_eval.py``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .sound_keys import (
    _REPEAT_RE,
    VOWEL,
    _first_group,
    _latin_word,
    consonants,
    key_similarity,
    sound_key,
)
from .sounds_asia import mainland_key, pinyin_key, pinyin_keys
from .sounds_europe import european_keys
from .sounds_thai import thai_reading_keys, thai_respelling
from .vowels import vowels_clash

PINYIN_MIN_SCORE = 0.85
"""Least score of a pinyin reading that counts: Thai keeps the pinyin finals apart
(จิน for jin, จิง for jing), so the n/ng leniency of English names is not given."""


THAI_READING_FROM = 0.5
"""Least spelling score of a pair for the Thai name to be also read as the Thai say
it (:mod:`~massmob_nlp.entities.sounds_thai`; below, the reading never reaches a
threshold, and it costs a syllable cut)."""


@lru_cache(maxsize=8192)
def thai_latin_key(text: str) -> str:
    """The skeleton of a Latin romanization of a Thai name read the Thai way
    (:func:`~.sounds_thai.thai_respelling`: ``Phumtham`` is ``PVMTVM``, like ภูมิธรรม
    read by :func:`~.sounds_thai.thai_reading_key`); ``""`` for a name no Thai
    romanization spells. A word-initial ``ng`` is ง, one sound (``Ngu`` งู, ``Ngam``
    งาม), never the English ``n`` + ``g`` of *language*."""
    out = []
    for word in thai_respelling(text):
        key = "G" + _latin_word(word[2:]) if word.startswith("ng") and len(word) > 2 \
            else _latin_word(word)
        if len(word) > 3 and re.search(r"[^aeiouy]e$", word) and key.endswith(VOWEL):
            key = key[:-1]  # a silent final e: Ophaswongse
        out.append(key)
    return _REPEAT_RE.sub(_first_group, " ".join(k for k in out if k)).strip()


THAI_READING_CONSONANTS = 3
"""Least consonant classes of a name read as a Thai name (``Srettha``: s, r, t): a
shorter one finds common Thai words (``Ryder`` read ``ryde`` is รวด)."""


def _pair_similarity(latin: str, thai_key: str, foreign: bool = True,
                     thai: str | None = None, *, word: bool = False,
                     floor: float = 0.0) -> float:
    """:func:`key_similarity` of a Latin name (read as English, with an ``ng``
    before a vowel also read as one sound as Malay and Indonesian names say it, and as
    pinyin when it is pinyin and that reading reaches :data:`PINYIN_MIN_SCORE`: the
    better) and a Thai skeleton; 0 for a pinyin name whose ``n`` and ``ng`` the Thai
    does not keep. ``word``: one word of a longer name whose whole already scored,
    read as a Thai name at any spelling score and length (ทรัพย์ ``Sap``). ``floor``:
    a score below it may be given as a lower one (:func:`key_similarity` stops early);
    the readings before the Thai reading's gate are then cut at
    :data:`THAI_READING_FROM`, which they are compared with."""
    key = sound_key(latin)
    cut = floor
    if thai is not None and not word and floor > THAI_READING_FROM and \
            consonants(thai_latin_key(latin)) >= THAI_READING_CONSONANTS:
        cut = THAI_READING_FROM  # the gate below needs the score exact from there
    score = key_similarity(key, thai_key, cut)
    if "GK" in key and score < 1.0:  # Selangor สลังงอร์: ng the next syllable's start
        score = _better(score, [key.replace("GK", "G")], thai_key, cut)
    if foreign and score < 1.0 and not latin.isupper():  # Spanish, French... readings
        score = _better(score, european_keys(latin), thai_key, cut)
    if thai is not None and (word or score >= THAI_READING_FROM) and score < 1.0 and \
            (consonants(romanized := thai_latin_key(latin)) >= THAI_READING_CONSONANTS
             or (word and romanized)):
        score = max([score, *(_better(score, [romanized], k, floor)
                              for k in thai_reading_keys(thai) if _same_onset(romanized, k))])
    if foreign and score < 1.0 and (sea := mainland_key(latin)) != key:
        score = _better(score, [sea], thai_key, floor)  # Kyaw จ่อ, Phoxay โพไซ
    keys = pinyin_keys(latin)
    if not keys:
        for loose in pinyin_keys(latin, marked=False) if score < 1.0 else ():
            if [loose.count(c) for c in "NG"] == [thai_key.count(c) for c in "NG"]:
                chinese = key_similarity(loose, thai_key, floor)  # Sheng Laiyun / เซิ่ง ไหลหยุน
                score = max(score, chinese) if chinese >= PINYIN_MIN_SCORE else score
        return score
    if [keys[0].count(c) for c in "NG"] != [thai_key.count(c) for c in "NG"]:
        return 0.0  # Zhang Xin is not จาง ซิง (xing): n and ng name other syllables
    chinese = max(key_similarity(k, thai_key, floor) for k in keys)
    return max(score, chinese) if chinese >= PINYIN_MIN_SCORE else score


def _better(score: float, keys: Iterable[str], thai_key: str, floor: float) -> float:
    """The best of ``score`` and the :func:`key_similarity` of each of ``keys`` with
    ``thai_key``; with ``floor`` > 0, each is cut at the best so far (or ``floor``):
    exact when the best is at least ``floor``, below ``floor`` otherwise."""
    for key in keys:
        score = max(score, key_similarity(key, thai_key, max(floor, score) if floor > 0.0
                                          else 0.0))
    return score


_WORD_GAP_RE = re.compile(r"[\s\-]+")


def _same_onset(romanized: str, reading: str) -> bool:
    """Whether a romanization and a Thai reading start with the same consonant class
    (or either with a vowel): a Thai name's first consonant is romanized by its class
    whatever the system (จ ``J``/``Ch``, ภ ``Bh``/``Ph``), so ``Jurin`` is not
    สุรินทร์."""
    x, y = romanized[:1], reading[:1]
    return VOWEL in (x, y) or x == y


@lru_cache(maxsize=65536)
def sound_similarity(latin: str, thai: str, *, floor: float = 0.0,
                     foreign: bool = True, thai_reading: bool = True,
                     read_anyway: bool = False, cut: bool = False) -> float:
    """Transliteration similarity in [0, 1] (higher is better) of a Latin name and a
    Thai one: :func:`key_similarity` of their :func:`sound_key` (or of the
    :func:`pinyin_key` of a Chinese name, when better). When both are written
    in the same number (2 or more) of words (``Mark Avery`` / ไมค์ เอเวอรี่), the score
    is at most that of the worst pair of words: a shared surname does not make two
    people one (not checked when the whole score is already below ``floor``).
    ``foreign``: the Latin name is also read as Spanish, French, Portuguese, German
    and Italian (:func:`~.sounds_europe.european_keys`: ``Juan`` / ฮวน).
    ``thai_reading``: the Thai name is also read as the Thai say a Thai name
    (:mod:`~.sounds_thai`: ``Srettha`` / เศรษฐา). A pair whose
    vowels clash scores at most :data:`VOWEL_CLASH_SCORE` (not checked for a name read
    as pinyin). ``read_anyway``: the Thai reading is tried whatever the spelling score
    (a Thai-born name: its letters may be far from its romanization, นครสวรรค์ ``Nakhon
    Sawan``). Cached: a comparison looks for a name in the same stretches at each
    window (its sentence bead, then its paragraph bead). ``cut``: the caller only asks
    whether the score reaches ``floor`` (:func:`~.thai_search.find_in_thai`): a score
    below it may be given as a lower one (0.0), which saves most of the edit
    distances; a score at or above it is exact. Every comparison of a score below
    with a threshold (:data:`THAI_READING_FROM`, :data:`PINYIN_MIN_SCORE`,
    :data:`VOWEL_CLASH_SCORE`) stays as without it: a threshold under ``floor`` sees
    the exact score (:func:`_pair_similarity`), one above is missed alike."""
    cut_at = floor if cut else 0.0
    whole = _pair_similarity(latin, sound_key(thai), foreign, thai if thai_reading else None,
                             word=read_anyway, floor=cut_at)
    a, b = _WORD_GAP_RE.split(latin.strip()), thai.split()
    if len(a) == len(b) >= 2 and whole >= floor:
        whole = min(whole, *(_pair_similarity(x, sound_key(y), foreign,
                                              y if thai_reading else None, word=True,
                                              floor=cut_at)
                             for x, y in zip(a, b)))
    if whole > VOWEL_CLASH_SCORE and pinyin_key(latin) is None and vowels_clash(latin, thai) \
            and not (thai_reading and _clashes_read_as_thai(a, b)):
        return VOWEL_CLASH_SCORE  # Sánchez / ซานโตส: one skeleton, other vowels
    return whole


THAI_NAME_CONSONANTS = 4
"""Least consonant classes of a word romanized the Thai way whose exact Thai reading
outweighs a vowel clash (``Puavaranukroh`` / พัววรานุเคราะห์, ``Kunlavut`` / กุลวุฒิ):
the royin romanization the vowel check reads mis-cuts such Pali and Sanskrit names,
and so long a skeleton read exactly is no coincidence (``Miami`` has 2)."""


def _clashes_read_as_thai(latin_words: list[str], thai_words: list[str]) -> bool:
    """Whether every word pair whose vowels clash is a long Thai romanization
    (:data:`THAI_NAME_CONSONANTS`) whose skeleton is one of the Thai reading's."""
    if len(latin_words) != len(thai_words):
        return False
    for x, y in zip(latin_words, thai_words):
        if not vowels_clash(x, y):
            continue
        key = thai_latin_key(x)
        if consonants(key) < THAI_NAME_CONSONANTS or \
                max((key_similarity(key, k) for k in thai_reading_keys(y)), default=0.0) < 1.0:
            return False
    return True


VOWEL_CLASH_SCORE = 0.7
"""Most a pair whose vowels clash (:func:`~.vowels.vowels_clash`) scores: below every
threshold a name is matched or found with."""
