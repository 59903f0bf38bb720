"""Whether a Latin/Thai name pair surely scores below a gate of
:func:`~.similarity.name_similarity`, from symbol counts alone, before any edit distance.

:func:`~.table.match_pairs` scores every source name with every target name of a
comparison, and almost no pair is a rendering: nearly all fall short of the sound
gates (:data:`~.similarity.SOUND_MIN_SCORE`, :data:`~.similarity.THAI_READING_MIN_SCORE`).
:func:`sound_cannot_reach` bounds :func:`~.sounds.sound_similarity` of such a pair from
above: its spelling readings by :class:`~.sound_bounds.LatinBound` (the symbols one
skeleton holds more often than the other each cost at least their cheapest change),
and the Thai reading of the name (:mod:`~.sounds_thai`, which compares the Latin name
romanized the Thai way with the Thai said as the Thai say it) by the same count bound
of those two skeletons (:func:`key_upper`). A pair whose bound stays below the gate
cannot reach it, so it is given no score without changing any result.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .sound_bounds import BOUND_SLACK, _cheapest, _latin_variants, _thai_counts, latin_bound
from .sound_keys import _weight, consonants, sound_key
from .sounds import THAI_READING_CONSONANTS, THAI_READING_FROM, _same_onset, thai_latin_key
from .sounds_thai import thai_reading_keys

_Counted = tuple[tuple[list[tuple[str, int, float]], dict[str, int], float], ...]


@lru_cache(maxsize=4096)
def _latin_counts(key: str) -> _Counted:
    """For ``key`` and each shortened form :func:`~.sound_keys.key_similarity` also
    compares (:func:`~.sound_bounds._latin_variants`): its symbols with their counts and
    cheapest change on the Latin side, its counts, its weight."""
    latin_cost = _cheapest()[0]
    out = []
    for form in _latin_variants({key}):
        counts = dict(Counter(form))
        out.append(([(c, n, latin_cost[c]) for c, n in counts.items()], counts,
                    _weight(form)))
    return tuple(out)


def key_upper(latin_key: str, thai_key: str) -> float:
    """A score :func:`~.sound_keys.key_similarity` of the two skeletons never exceeds:
    a symbol one side holds ``k`` times more than the other is matched to another
    symbol or dropped at least ``k`` times, each at least its cheapest change, so the
    edit distance is at least the larger of the two sides' sums (over every shortened
    form of either skeleton that :func:`~.sound_keys.key_similarity` compares)."""
    if not latin_key or not thai_key:
        return 0.0
    best = 0.0
    for items, own, own_weight in _latin_counts(latin_key):
        has = own.get
        for counts, weight, priced in _thai_counts(thai_key):
            held = counts.get
            lost = sum(price * (n - held(c, 0)) for c, n, price in items if n > held(c, 0))
            added = sum(price * (n - has(c, 0)) for c, n, price in priced if n > has(c, 0))
            scale = max(own_weight, weight)
            best = max(best, 1.0 - max(lost, added) / scale if scale > 0.0 else 1.0)
    return best


def sound_cannot_reach(latin: str, thai: str, floor: float, *,
                       read_anyway: bool = False) -> bool:
    """Whether :func:`~.sounds.sound_similarity` of ``latin`` and ``thai`` (``floor``,
    ``read_anyway`` as given to it; ``foreign`` and ``thai_reading`` on, ``cut`` either
    way) is surely below ``floor``. The score is the best of the spelling readings
    (at most :meth:`~.sound_bounds.LatinBound.upper`) and of the Thai reading, then
    only lowered (a pair of words, a vowel clash, a pinyin mismatch). The Thai reading
    is tried only when the name romanizes with
    :data:`~.sounds.THAI_READING_CONSONANTS` consonant classes and a spelling score
    reaches :data:`~.sounds.THAI_READING_FROM` (``read_anyway``: whenever the
    romanization holds a letter), on the readings of the Thai with the same onset
    (:func:`~.sounds._same_onset`), each at most :func:`key_upper`. Bounds within
    :data:`~.sound_bounds.BOUND_SLACK` of a threshold are not trusted."""
    thai_key = sound_key(thai)
    if not thai_key:
        return False  # no skeleton to count: the score decides
    least = floor - BOUND_SLACK
    spelled = latin_bound(latin).upper(thai_key, least)
    if spelled >= least:
        return False
    romanized = thai_latin_key(latin)
    if read_anyway:
        if not romanized:
            return True
    elif consonants(romanized) < THAI_READING_CONSONANTS or \
            spelled < THAI_READING_FROM - BOUND_SLACK:
        return True  # the Thai reading is never tried
    return all(key_upper(romanized, key) < least for key in thai_reading_keys(thai)
               if _same_onset(romanized, key))
