"""Similarity of two names in any script (Latin, Thai): what
:func:`massmob_nlp.entities.match_entities` pairs names by."""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from functools import lru_cache

from .._text import THAI_RE, join_sara_am
from .gazetteer import fold
from .sounds import sound_similarity
from .thai_search import spell_acronym
from .world import same_place

ROMANIZE_ENGINE = "royin"
"""PyThaiNLP romanization engine used to compare Thai names with Latin ones."""
ROYIN_MIN_SCORE = 0.85
"""Least generic score (royin + difflib) that counts for a Latin/Thai pair that is not
Vietnamese: a Thai name written in RTGS (``MahaNakhon`` / มหานคร, ``Chiang Mai``)."""
SOUND_MIN_SCORE = 0.8
"""Least transliteration score (:func:`massmob_nlp.entities.sounds.sound_similarity`)
that counts for a Latin/Thai pair of non-Vietnamese names (royin + difflib, the score
before, matched a name to a longer Thai span holding it and the next name)."""


def name_similarity(a: str, b: str) -> float:
    """Similarity in [0, 1] (higher is better) of two names in any script.

    When one name is Thai and the other a Latin sequence of Vietnamese syllables
    ("Nguyen Hoai Anh" / "เหงียน ฮว่าย อันห์"), the score is the syllable-aligned one of
    :func:`massmob_nlp._names.vi_similarity` (table of Thai spellings of Vietnamese
    syllables, consonant skeletons, order-insensitive pairing; one wrong syllable
    keeps the pair below :data:`MIN_MATCH_SCORE`). Two names of one row of the world
    table (:mod:`massmob_nlp.entities.world`: ``UK`` / อังกฤษ) score 1; an English
    acronym scores 1 with its Thai letter-name spelling (``BA`` / บีเอ), else 0. Other
    Latin/Thai pairs get the transliteration score of
    :mod:`massmob_nlp.entities.sounds` (spelling skeletons), counted only from
    :data:`SOUND_MIN_SCORE`, or the generic score from :data:`ROYIN_MIN_SCORE` (Thai
    names romanized in RTGS); below both the pair scores 0. Two names in one script
    get the generic score: Thai romanized (``royin``), Latin folded (no diacritics,
    lower case), then the best of difflib's ratio and character-bigram Jaccard on the
    letters.
    """
    score = similarity_above(a, b, -math.inf)
    return 0.0 if score is None else score  # never None: every score is > -inf


def similarity_above(a: str, b: str, floor: float) -> float | None:
    """:func:`name_similarity` of ``a`` and ``b`` when it is at least ``floor``, else
    None (found sooner when an upper bound of difflib's ratio already falls short)."""
    if THAI_RE.search(a) and not THAI_RE.search(b):
        a, b = b, a
    if same_place(a, b):
        return 1.0
    if THAI_RE.search(b) and not THAI_RE.search(a) and spell_acronym(a):
        score = 1.0 if b.strip() in spell_acronym(a) else 0.0  # BA / บีเอ
        return score if score >= floor else None
    if THAI_RE.search(b) and not THAI_RE.search(a):
        from .names import vi_similarity

        latin = fold(unicodedata.normalize("NFC", a)).casefold()
        vi = vi_similarity(latin, b)
        if vi is not None:
            return vi if vi >= floor else None
        sound = sound_similarity(a, b)
        score = sound if sound >= SOUND_MIN_SCORE else 0.0
        if score < 1.0:  # a Thai name in RTGS (MahaNakhon / มหานคร): royin finds it
            royin = _generic_similarity(a, b, max(ROYIN_MIN_SCORE, score))
            score = max(score, royin or 0.0)
        return score if score >= floor else None
    return _generic_similarity(a, b, floor)


def _generic_similarity(a: str, b: str, floor: float) -> float | None:
    """The best of difflib's ratio and bigram Jaccard of the name keys, or None when
    below ``floor``. difflib's ratio is computed only when its upper bounds
    (``real_quick_ratio``, ``quick_ratio``) exceed both the Jaccard and ``floor``:
    the result is the same."""
    x, y = _name_key(a), _name_key(b)
    if not x or not y:
        return 0.0 if floor <= 0.0 else None
    bx, by = _bigrams(x), _bigrams(y)
    jaccard = len(bx & by) / len(bx | by) if bx | by else 0.0
    matcher = difflib.SequenceMatcher(None, x, y, autojunk=False)
    if _may_beat(matcher.real_quick_ratio(), jaccard, floor) and \
            _may_beat(matcher.quick_ratio(), jaccard, floor):
        jaccard = max(matcher.ratio(), jaccard)
    return jaccard if jaccard >= floor else None


def _may_beat(bound: float, jaccard: float, floor: float) -> bool:
    """Whether a ratio at most ``bound`` can change the result: exceed the Jaccard
    and reach ``floor``."""
    return bound > jaccard and bound >= floor


@lru_cache(maxsize=4096)
def _name_key(text: str) -> str:
    text = join_sara_am(unicodedata.normalize("NFC", text))
    if THAI_RE.search(text):
        from pythainlp.transliterate import romanize

        text = " ".join(romanize(w, engine=ROMANIZE_ENGINE) if THAI_RE.search(w) else w
                        for w in text.split())
    return re.sub(r"[^a-z0-9]", "", fold(text).casefold())


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}
