"""An upper bound of :func:`~.sounds.sound_similarity` from symbol counts alone.

:func:`~.thai_search.find_in_thai` scores every Thai stretch of about the name's
length; almost none comes near its threshold. :class:`LatinBound` bounds the score of
a stretch from how many symbols of each class the two skeletons hold: a symbol one
side holds more often than the other cannot be matched to its own kind, and costs
at least its cheapest change (the edit distance's costs of
:func:`~.sound_keys.key_similarity`). A stretch whose bound stays below the
threshold cannot reach it, so it is skipped without changing any result.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from .letter_counts import SURE_CLASSES, _symbol_index
from .letter_counts import letter_counts as letter_counts  # read from here too
from .sound_keys import _tables, _weight, consonants, sound_key
from .sounds import THAI_READING_CONSONANTS, THAI_READING_FROM, thai_latin_key
from .sounds_asia import mainland_key, pinyin_keys
from .sounds_europe import european_keys

BOUND_SLACK = 1e-6
"""Rounding room: a bound this close to a threshold is not trusted to skip."""


@lru_cache(maxsize=1)
def _cheapest() -> tuple[dict[str, float], dict[str, float]]:
    """For each skeleton symbol, the least cost of not matching it to its own kind:
    on the Latin side (dropped or changed), on the Thai side (inserted or changed)."""
    cost, ins, drop = _tables()
    latin = {a: min(drop[a], *(cost[a][b] for b in cost if b != a)) for a in cost}
    thai = {b: min(ins[b], *(cost[a][b] for a in cost if a != b)) for b in cost}
    return latin, thai


def _latin_variants(keys: set[str]) -> list[str]:
    """``keys`` and the shortened forms :func:`~.sound_keys.key_similarity` also
    compares (a final ``T`` of ``ST``, a final ``S``), without empty ones."""
    out = set()
    for x in keys:
        out.add(x)
        if x.endswith("ST"):
            out.add(x[:-1])
        if x.endswith("S"):
            out.add(x[:-1].rstrip())
    return sorted(x for x in out if x)


class LatinBound:
    """Symbol counts of every skeleton :func:`~.sounds.sound_similarity` may read a
    Latin name as (English, Malay ng, Spanish, French..., Burmese/Lao, pinyin): the
    fewest and the most of each symbol over the readings, and the heaviest."""

    def __init__(self, latin: str) -> None:
        key = sound_key(latin)
        keys = {key, key.replace("GK", "G"), *european_keys(latin), mainland_key(latin),
                *pinyin_keys(latin), *pinyin_keys(latin, marked=False)}
        variants = _latin_variants(keys)
        self.keys = sorted(x for x in keys if x)
        symbols = {c for x in variants for c in x}
        self.empty = not variants
        self.fewest = {c: min(x.count(c) for x in variants) for c in symbols}
        self.most = {c: max(x.count(c) for x in variants) for c in symbols}
        self.weight = max((_weight(x) for x in variants), default=0.0)
        self.each = [(Counter(x), _weight(x)) for x in variants]
        latin_cost = _cheapest()[0]
        self._fewest = [(c, n, latin_cost[c]) for c, n in self.fewest.items()]
        self._each = [(dict(own), [(c, n, latin_cost[c]) for c, n in own.items()], weight)
                      for own, weight in self.each]
        self.read_as_thai = consonants(thai_latin_key(latin)) >= THAI_READING_CONSONANTS
        self.onset = thai_latin_key(latin)[:1]
        """The first symbol of the name romanized the Thai way: a Thai reading counts
        only when it starts alike (:func:`~.sounds._same_onset`)."""
        index = _symbol_index()
        self._raw = [(np.array([index[c] for c in own], dtype=np.intp),
                      np.array(list(own.values()), dtype=np.float64),
                      np.array([latin_cost[c] for c in own], dtype=np.float64), weight)
                     for own, weight in self.each]
        size = len(index)
        self._whole = []
        for own, weight in self.each:
            vector = np.zeros(size)
            for c, k in own.items():
                vector[index[c]] = k
            self._whole.append((vector, weight))
        sure = np.flatnonzero([c in SURE_CLASSES for c in sorted(index, key=index.__getitem__)])
        self._sure = sure
        self._extra = [(vector[sure][:, None], _cheapest_rows()[1][sure][:, None])
                       for vector, _ in self._whole]

    def skeletons_upper(self, thai_keys: list[str]) -> npt.NDArray[np.float64]:
        """The second, tighter bound of :meth:`upper` (each reading alone) for many
        Thai skeletons at once: the same counts and costs, summed in another order
        (so within :data:`BOUND_SLACK` of it)."""
        if self.empty or not thai_keys:
            return np.zeros(len(thai_keys))
        counts, weights = _skeleton_counts(thai_keys)
        latin_cost, thai_cost = _cheapest_rows()
        best = np.zeros(len(weights))
        for own, weight in self._whole:
            lost = np.maximum(own - counts, 0.0) @ latin_cost
            added = np.maximum(counts - own, 0.0) @ thai_cost
            scale = np.maximum(weights, weight)
            with np.errstate(divide="ignore", invalid="ignore"):
                score = np.where(scale > 0.0, 1.0 - np.maximum(lost, added) / scale, 1.0)
            best = np.maximum(best, score)
        return np.asarray(best.reshape(2, -1).max(axis=0))

    def letters_upper(self, most: npt.NDArray[np.float64], heaviest: npt.NDArray[np.float64]
                      ) -> npt.NDArray[np.float64]:
        """For many Thai stretches at once, a score :meth:`upper` never falls below,
        from their letters alone, before any skeleton is made: ``most`` holds the most
        of each skeleton symbol each stretch may hold (one row per symbol of
        :func:`_symbol_index`, one column per stretch: :func:`letter_counts`),
        ``heaviest`` the most each skeleton may weigh. A symbol a reading holds more
        often than ``most`` allows is lost at least that often (its cheapest change,
        as in :meth:`upper`), and the score's scale is at most the larger weight.
        Rows of ``most`` below those (as many again), when given, hold the fewest of
        each :data:`~.letter_counts.SURE_CLASSES` symbol each stretch surely holds
        (:func:`~.letter_counts.sure_runs`; 1 for a symbol :func:`~.letter_counts.
        sure_counts` says it holds does as well): those a reading holds fewer of are
        added at least that often (their cheapest Thai-side change), and the larger of
        the two costs counts, as in :meth:`upper`."""
        size = len(_symbol_index())
        fewest = most[size:][self._sure] if len(most) > size else None
        most = most[:size]
        best = np.zeros(most.shape[1])
        for (rows, counts, prices, weight), (own, costs) in zip(self._raw, self._extra):
            lost = (np.maximum(counts[:, None] - most[rows], 0.0) * prices[:, None]).sum(axis=0)
            if fewest is not None:
                lost = np.maximum(lost, (np.maximum(fewest - own, 0.0) * costs).sum(axis=0))
            scale = np.maximum(heaviest, weight)
            with np.errstate(divide="ignore", invalid="ignore"):
                score = np.where(scale > 0.0, 1.0 - lost / scale, 1.0)
            best = np.maximum(best, score)
        return best

    def upper(self, thai_key: str, floor: float = 0.0) -> float:
        """A score :func:`~.sound_keys.key_similarity` of any of the name's readings
        with the Thai skeleton ``thai_key`` never exceeds: the counts of all readings
        at once (the fewest and the most of each symbol), then, when that reaches
        ``floor``, of each reading alone (tighter: the best of the readings' bounds).
        The sums run in the order of the symbols' first occurrence (the name's for a
        symbol it lacks, the stretch's for one it adds), as ``Counter`` gives them."""
        if self.empty or not thai_key:
            return 0.0
        best = 0.0
        counted = _thai_counts(thai_key)
        most = self.most.get
        for counts, weight, priced in counted:
            held = counts.get
            lost = added = 0.0
            for c, n, price in self._fewest:
                if n > (k := held(c, 0)):
                    lost += price * (n - k)
            for c, n, price in priced:
                if n > (k := most(c, 0)):
                    added += price * (n - k)
            best = max(best, 1.0 - max(lost, added) / max(self.weight, weight))
        if best < floor:
            return best
        best = 0.0
        for counts, weight, priced in counted:
            held = counts.get
            for own, items, own_weight in self._each:
                has = own.get
                lost = added = 0.0
                for c, n, price in items:
                    if n > (k := held(c, 0)):
                        lost += price * (n - k)
                for c, n, price in priced:
                    if n > (k := has(c, 0)):
                        added += price * (n - k)
                best = max(best, 1.0 - max(lost, added) / max(own_weight, weight))
        return best

    def cannot_reach(self, thai: str, floor: float, *, thai_reading: bool) -> bool:
        """Whether :func:`~.sounds.sound_similarity` of the name and the Thai stretch
        ``thai`` (with ``thai_reading`` as given to it) is surely below ``floor``. A
        bound that lets the Thai-reading comparison in (:data:`THAI_READING_FROM`) is
        no proof, since that reading compares other skeletons."""
        if thai_reading and self.read_as_thai:
            floor = min(floor, THAI_READING_FROM)
        return self.upper(sound_key(thai), floor - BOUND_SLACK) < floor - BOUND_SLACK


class EdgeBound:
    """An exact upper bound of :func:`~.sounds.sound_similarity` for the Thai
    stretches that start at one word edge, read one after the other as the end edge
    moves on (:func:`~.thai_search.find_in_thai`): the best
    :func:`~.sound_keys.key_similarity` of any reading of the name (the skeletons
    :class:`LatinBound` counts) with the stretch's skeleton, from the edit distance
    itself, not from symbol counts (far tighter: the order of the symbols counts).

    Why it is exact: the edit distance of a Latin skeleton ``x`` (columns) and a Thai
    skeleton ``y`` (rows) is the last row of a table whose row ``i`` depends on
    ``y[:i]`` alone, so the rows of the longest common start of the stretch's
    skeleton and the previous one's are kept and only the rows of the new symbols
    are computed (the same costs, :func:`~.sound_keys._tables`). Row ``i``, column
    ``m`` is the distance of ``y[:i]`` and ``x[:m]``, so the shortened forms
    :func:`~.sound_keys.key_similarity` also compares (a final ``S``, or the ``T`` of
    a final ``ST``, dropped from ``x``; a final silent ``s`` from ``y``) are read
    from the same table: the bound is the best score of every reading with every
    such form (more pairs than compared: never less than the score). The Thai
    reading of the stretch (:mod:`~.sounds_thai`) is only tried when a spelling
    score reaches :data:`~.sounds.THAI_READING_FROM`, as in
    :meth:`LatinBound.cannot_reach`; a word-pair score or a vowel clash only lowers
    the score. Once the least cell of a row exceeds the cost the floor allows at the
    stretch's scale, no longer start of the stretch gets under it (costs are
    non-negative: every path to a later row crosses that row), and the rows stop
    there for this stretch. Scores within :data:`BOUND_SLACK` of the floor are
    never skipped (the sums run in another order than the edit distance's)."""

    def __init__(self, bound: LatinBound) -> None:
        cost, ins, drop = _tables()
        self.ins = ins
        self.read_as_thai = bound.read_as_thai
        self.readings = []
        for x in bound.keys:
            drops = [drop[a] for a in x]
            first = [0.0]
            for d in drops:
                first.append(first[-1] + d)
            forms = [len(x)]
            if x.endswith("ST"):
                forms.append(len(x) - 1)
            if x.endswith("S") and x[:-1].rstrip():
                forms.append(len(x[:-1].rstrip()))
            weights = [(m, _weight(x[:m])) for m in forms]
            columns = {b: [cost[a][b] for a in x] for b in cost}
            self.readings.append((columns, drops, weights,
                                  max(w for _, w in weights), [first], [""]))
        self.empty = not self.readings

    def cannot_reach(self, thai_key: str, floor: float, *, thai_reading: bool) -> bool:
        """Whether :func:`~.sounds.sound_similarity` of the name and a Thai stretch of
        skeleton ``thai_key`` (with ``thai_reading`` as given to it) is surely below
        ``floor``."""
        if self.empty or not thai_key:
            return True
        if thai_reading and self.read_as_thai:
            floor = min(floor, THAI_READING_FROM)
        y = thai_key.replace("s", "S")
        forms = [len(y)]
        if thai_key.endswith("s") and (short := len(thai_key[:-1].rstrip())):
            forms.append(short)
        shapes = [(n, _weight(y[:n])) for n in forms]
        heaviest = _weight(y)
        ins = self.ins
        for costs, drops, weights, widest, rows, seen in self.readings:
            limit = (1.0 - floor) * max(widest, heaviest) + BOUND_SLACK
            last = seen[0]
            p = 0
            top = min(len(last), len(y), len(rows) - 1)
            while p < top and last[p] == y[p]:
                p += 1
            del rows[p + 1:]
            seen[0] = y[:p]
            prev = rows[-1]
            for b in y[p:] if min(prev) <= limit else "":  # else no longer one can
                step = ins[b]
                left = prev[0] + step
                row = [left]
                for diag, up, change, gone in zip(prev, prev[1:], costs[b], drops):
                    best = diag + change
                    up += step
                    if up < best:
                        best = up
                    gone += left
                    if gone < best:
                        best = gone
                    row.append(best)
                    left = best
                rows.append(row)
                prev = row
                if min(row) > limit:
                    break  # nor any longer one, with this floor and scale
            seen[0] = y[:len(rows) - 1]
            for n, wy in shapes:
                if n < len(rows):
                    row = rows[n]
                    for m, wx in weights:
                        if 1.0 - row[m] / max(wx, wy) >= floor - BOUND_SLACK:
                            return False
        return True


@lru_cache(maxsize=1)
def _cheapest_rows() -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """:func:`_cheapest` as vectors in the order of :func:`_symbol_index`."""
    latin, thai = _cheapest()
    order = sorted(_symbol_index(), key=_symbol_index().__getitem__)
    return np.array([latin[c] for c in order]), np.array([thai[c] for c in order])


def _skeleton_counts(thai_keys: list[str]
                     ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Symbol counts (one row per skeleton, columns in the order of
    :func:`_symbol_index`) and weights of Thai skeletons, then again of their forms
    without a final silent ``s`` (the skeleton itself when it has none), as
    :func:`_thai_counts` gives them (a final ``s`` counts as ``S``)."""
    codes, width, weigh = _symbol_codes()
    size = len(thai_keys)
    lengths = np.fromiter(map(len, thai_keys), dtype=np.intp, count=size)
    letters = np.frombuffer("".join(thai_keys).encode("utf-32-le"), dtype=np.uint32)
    rows = np.repeat(np.arange(size, dtype=np.intp), lengths)
    counts = np.bincount(rows * width + codes[np.minimum(letters, 127)],
                         minlength=size * width).reshape(size, width).astype(np.float64)
    short = counts.copy()
    for row, key in enumerate(thai_keys):
        if key.endswith("s"):
            short[row] = 0.0
            for c in key[:-1].rstrip():
                short[row, codes[ord(c)]] += 1.0
    both = np.concatenate([counts, short])
    return both, both @ weigh


@lru_cache(maxsize=1)
def _symbol_codes() -> tuple[npt.NDArray[np.intp], int, npt.NDArray[np.float64]]:
    """The :func:`_symbol_index` row of each ASCII code (``s`` that of ``S``), the
    number of rows, and the weight of each symbol (:func:`~.sound_keys._weight`)."""
    index = _symbol_index()
    codes = np.zeros(128, dtype=np.intp)
    for c, k in index.items():
        codes[ord(c)] = k
    codes[ord("s")] = index["S"]
    order = sorted(index, key=index.__getitem__)
    return codes, len(index), np.array([_weight(c) for c in order])


@lru_cache(maxsize=16384)
def _thai_counts(thai_key: str
                 ) -> tuple[tuple[dict[str, int], float, list[tuple[str, int, float]]], ...]:
    """Symbol counts (in the order of first occurrence, as :class:`~collections.Counter`
    gives them), weight, and counts with the cheapest Thai-side change of each symbol,
    of a Thai skeleton and of its form without a final silent ``s`` (cached: a
    comparison bounds the same stretch for many names)."""
    forms = [thai_key.replace("s", "S")]
    if thai_key.endswith("s"):
        forms.append(thai_key[:-1].rstrip().replace("s", "S"))
    thai_cost = _cheapest()[1]
    out = []
    for form in forms:
        counts = {c: form.count(c) for c in dict.fromkeys(form)}
        out.append((counts, _weight(form), [(c, n, thai_cost[c]) for c, n in counts.items()]))
    return tuple(out)


@lru_cache(maxsize=1024)
def latin_bound(latin: str) -> LatinBound:
    """:class:`LatinBound` of a Latin name (cached: a name is looked for in many
    stretches)."""
    return LatinBound(latin)


@lru_cache(maxsize=1024)
def edge_bound(latin: str) -> EdgeBound:
    """:class:`EdgeBound` of a Latin name, one for all the windows it is looked for in
    (cached: its rows depend on the skeletons alone, so the rows kept from the last
    stretch of one window serve the next as they serve the next stretch)."""
    return EdgeBound(latin_bound(latin))


@lru_cache(maxsize=65536)
def cannot_reach(latin: str, thai: str, floor: float, thai_reading: bool) -> bool:
    """:meth:`LatinBound.cannot_reach` of the Latin name ``latin`` (cached)."""
    return latin_bound(latin).cannot_reach(thai, floor, thai_reading=thai_reading)
