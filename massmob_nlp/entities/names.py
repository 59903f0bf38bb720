"""Syllable-level similarity of Vietnamese names written in Latin and in Thai script.

Vietnamese names are sequences of one-syllable words in both scripts ("Nguyen Hoai
Anh" / "เหงียน ฮว่าย อันห์"; place names are often written as one Thai word:
"บั๊กนิญ"). :func:`vi_similarity` splits both sides into syllables and compares them
one by one:

* a Thai syllable is looked up in ``data/vi_th_syllables.tsv`` (common Thai press
  spellings of Vietnamese syllables, tone marks, ``็`` and ``์`` ignored): a hit that
  lists the Latin syllable scores 1.0;
* otherwise both syllables are reduced to a skeleton, (initial consonant class, final
  class, vowel), with Vietnamese-specific classes (ng/ngh = ง, nh = ญ/นห์, tr/ch = จ/ตร,
  ph = ฟ/ฝ, kh/c/k/qu = ก/ข/ค/กว, th = ท/ถ, d/gi/r/x/s = ซ/ส/ย/ด, ...), and scored
  0.4 initial + 0.3 final + 0.3 vowel (royin vowels of the Thai), at most 0.9, and at
  most :data:`MISMATCH` when the initials or vowels differ (0.05 more when only the
  finals differ). A Thai spelling the table lists only for *other* syllables scores
  at most :data:`MISMATCH`.

Thai words without spaces are cut into table syllables at Thai syllable boundaries
(fewest unknown characters, then fewest pieces); a word the table cannot fully cut is
also read at the other plausible boundaries, and the best reading counts. A leading
unknown Thai piece beyond the Latin syllable count (a title: "นาย") is dropped at a
0.95 factor. Syllables are paired order-insensitively (best assignment); the
name score is the mean of the pair scores over the longer side (a missing syllable
scores 0) averaged with the weakest pair, so one wrong syllable ("Nguyen Van An" /
"เหงียน วัน ลาน") pulls the score below the matcher threshold. Scores are in [0, 1],
higher is better.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from .._text import join_sara_am

_THAI_IGNORED = dict.fromkeys(map(ord, "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c"))
_THAI_SPLIT = re.compile(r"[\s\-\u2013\u2014./]+")
_LATIN_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|tr|th|ph|kh|gh|gi|qu|[bcdghklmnprstvx])?"
    r"([aeiouy]{1,3})(ng|nh|ch|[cmnptk])?")

# Latin initial -> set of compatible consonant classes
_LATIN_INITIAL: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in {
    "": "0Y", "b": "B", "p": "P", "c": "K", "k": "K", "q": "K", "qu": "K", "g": "K",
    "gh": "K", "kh": "K", "ch": "C", "tr": "C", "d": "DSY", "gi": "SYC", "r": "SRY",
    "s": "S", "x": "S", "h": "HV", "l": "L", "m": "M", "n": "N", "ng": "G", "ngh": "G",
    "nh": "ZNY", "ph": "F", "t": "T", "th": "T", "v": "V"}.items()}
_LATIN_INITIAL["th"] = frozenset(["TH"])
_LATIN_FINAL = {"ng": "G", "nh": "Z", "ch": "K", "c": "K", "k": "K", "t": "T", "p": "P",
                "m": "M", "n": "N"}
_FINAL_NEAR = {frozenset("GZ"), frozenset("NZ"), frozenset("GN")}

_THAI_INITIAL: dict[str, str] = {}
for _cls, _chars in {"K": "กขฃคฅฆ", "G": "ง", "C": "จฉชฌ", "S": "ซสศษ", "Z": "ญ",
                     "D": "ดฎ", "T": "ตฏ", "TH": "ถทธฐฑฒ", "N": "นณ", "B": "บ", "P": "ป",
                     "F": "ผฝพฟภ", "M": "ม", "Y": "ย", "R": "ร", "L": "ลฬ", "V": "ว",
                     "H": "หฮ", "0": "อ"}.items():
    _THAI_INITIAL.update(dict.fromkeys(_chars, _cls))
_THAI_FINAL: dict[str, str] = {}
for _cls, _chars in {"K": "กขค", "G": "ง", "Z": "ญ", "N": "นณลร", "M": "ม",
                     "T": "ดตทถจชซสศษ", "P": "บปพฟ", "Y": "ย", "W": "ว"}.items():
    _THAI_FINAL.update(dict.fromkeys(_chars, _cls))
MISMATCH = 0.3
"""Highest score of a syllable pair whose initials or vowels differ, or whose Thai
spelling the table lists for other syllables only: with it, a 2-4 syllable name with
one such pair scores below 0.6 however good the other pairs are."""
_PREPOSED = "เแโใไ"
_FOLLOWING = "ะัาำิีึืุูๅ"
_SONORANTS = "งญนมยรลว"


def thai_key(text: str) -> str:
    """Thai text without tone marks, ``็`` and ``์`` (the table's lookup key)."""
    return join_sara_am(unicodedata.normalize("NFC", text)).translate(_THAI_IGNORED)


_LEADING_H_RE = re.compile(f"^([{_PREPOSED}]?)(ห?)([{_SONORANTS}])")
"""A syllable that starts (after a preposed vowel) with a sonorant, with or without the
silent ห before it (ห นำ): the ห only sets the tone, which the table ignores, so a
spelling holds for both (``Mạnh`` แมง and แหม่ง, ``Ngọc`` ง็อก and หง็อก)."""


def _toggle_leading_h(m: re.Match[str]) -> str:
    return m.group(1) + ("" if m.group(2) else "ห") + m.group(3)


@lru_cache(maxsize=1)
def syllable_table() -> dict[str, frozenset[str]]:
    """Thai key -> Latin syllables, from ``data/vi_th_syllables.tsv``."""
    table: dict[str, set[str]] = {}
    text = resources.files("massmob_nlp").joinpath("data/vi_th_syllables.tsv").read_text(
        encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        latin, thai = line.split("\t")
        for spelling in thai.split("|"):
            key = thai_key(spelling.strip())
            keys = [key] + ([key[:-1] + "นห", key[:-1] + "งห"] if
                            latin.strip().endswith("nh") and key.endswith("ญ") else [])
            keys += [t for k in keys if _LEADING_H_RE.match(k)
                     and len(t := _LEADING_H_RE.sub(_toggle_leading_h, k, count=1)) >= 2]
            for k in keys:  # the nh of Chính: จิ๋ญ, จินห์ and จิงห์ alike
                table.setdefault(k, set()).add(latin.strip())
    return {k: frozenset(v) for k, v in table.items() if k}


@lru_cache(maxsize=1)
def _max_key() -> int:
    return max(map(len, syllable_table()))


def latin_syllables(folded: str) -> list[str] | None:
    """Syllables of a folded, lower-case Latin name, or None when a word is not a
    Vietnamese syllable or the name holds a digit (``A10``, ``G7``: a code, not a
    name; then the name is not treated as Vietnamese)."""
    if any(c.isdigit() for c in folded):
        return None
    words = [w for w in re.split(r"[^a-z]+", folded) if w]
    if not words or len(words) > 6:
        return None
    for w in words:
        if not _LATIN_SYLLABLE.fullmatch(w):
            return None
    return words


@lru_cache(maxsize=8192)
def thai_syllables(text: str) -> tuple[tuple[str, bool], ...]:
    """(key, known) pieces of a Thai name: words split at spaces and hyphens, each cut
    into table syllables; runs of characters the table cannot cover are one piece with
    ``known`` False."""
    table, longest = syllable_table(), _max_key()
    out: list[tuple[str, bool]] = []
    for word in _THAI_SPLIT.split(thai_key(text)):
        if not word:
            continue
        n = len(word)
        cuts = {0, n} | {j for j in range(1, n)
                         if word[j - 1] not in _PREPOSED and word[j] not in _FOLLOWING}
        best: list[tuple[int, int, int] | None] = [None] * (n + 1)  # (unknown, pieces, prev)
        best[0] = (0, 0, -1)
        for i in sorted(cuts):
            if best[i] is None:
                continue
            u, p, _ = best[i]  # type: ignore[misc]
            for j in sorted(cuts):
                if j <= i:
                    continue
                piece = word[i:j]
                if j - i <= longest and piece in table:
                    cand = (u, p + 1, i)
                elif _syllable_like(piece):
                    cand = (u + j - i, p + 1, -2 - i)
                else:
                    continue
                if best[j] is None or cand[:2] < best[j][:2]:  # type: ignore[index]
                    best[j] = cand
        if best[n] is None:
            out.append((word, False))
            continue
        pieces: list[tuple[str, bool]] = []
        j = n
        while j > 0:
            _, _, prev = best[j]  # type: ignore[misc]
            i = prev if prev >= 0 else -2 - prev
            piece = word[i:j]
            if prev < 0 and pieces and not pieces[-1][1]:
                pieces[-1] = (piece + pieces[-1][0], False)
            else:
                pieces.append((piece, prev >= 0))
            j = i
        out.extend(reversed(pieces))
    return tuple(out)


def _syllable_like(piece: str) -> bool:
    """Whether a Thai piece the table does not know can be a syllable (it has a vowel
    sign, or at least three letters); keeps lone final consonants out of the cut."""
    return any(c in _PREPOSED or c in _FOLLOWING or c in "อ" for c in piece) or \
        len(piece) >= 3


def _latin_parts(syl: str) -> tuple[str, str, str]:
    m = _LATIN_SYLLABLE.fullmatch(syl)
    if not m:
        return "", syl, ""
    init, nucleus, final = m.group(1) or "", m.group(2), m.group(3) or ""
    if init == "gi" and not nucleus:
        nucleus = "i"
    return init, nucleus, final


def _latin_final_class(nucleus: str, final: str) -> str:
    if final:
        return _LATIN_FINAL[final]
    if nucleus[-1:] in "iy" and len(nucleus) > 1:
        return "Y"
    if nucleus[-1:] in "ou" and len(nucleus) > 1:
        return "W"
    return ""


@lru_cache(maxsize=16384)
def _thai_parts(key: str) -> tuple[str, str]:
    """(initial class, final class) of one Thai syllable key (met with each Latin one)."""
    chars = [c for c in key if c not in _PREPOSED]
    if not chars:
        return "0", ""
    head = "".join(chars[:2])
    if head == "ฮห":
        init, rest = "H", chars[2:]
    elif chars[0] == "ห" and len(chars) > 2 and chars[1] in _SONORANTS:
        init, rest = _THAI_INITIAL.get(chars[1], ""), chars[2:]
    elif head in ("ตร", "ทร"):
        init, rest = "C", chars[2:]
    elif head in ("กว", "คว"):
        init, rest = "K", chars[2:]
    else:
        init, rest = _THAI_INITIAL.get(chars[0], ""), chars[1:]
    final = "Y" if key[:1] in "ไใ" else ""
    if rest:
        last, before = rest[-1], "".join(rest[-2:-1])
        if before + last in ("นห", "งห") or last == "ญ":
            final = "Z"
        elif last == "า" and key[:1] == "เ":
            final = "W"
        elif last == "อ" or (last == "ย" and before == "ี" and key[:1] == "เ") or \
                (last == "ว" and before == "ั"):
            final = ""
        elif last in _THAI_FINAL:
            final = _THAI_FINAL[last]
    return init, final


def _initial_match(lat_init: str, th_init: str) -> bool:
    return th_init in _LATIN_INITIAL.get(lat_init, frozenset()) or \
        (th_init == "TH" and lat_init == "th") or (th_init == "Z" and lat_init == "nh")


def _final_score(a: str, b: str) -> float:
    return 1.0 if a == b else 0.5 if frozenset((a, b)) in _FINAL_NEAR else 0.0


@lru_cache(maxsize=16384)
def _romanized(key: str) -> str:
    from .vowels import royin

    return royin(key)


def _skeleton_score(lat: str, th_key: str) -> float:
    """Skeleton similarity of a Latin syllable and a Thai syllable key, in [0, 0.9]."""
    init, nucleus, final = _latin_parts(lat)
    th_init, th_final = _thai_parts(th_key)
    init_ok = _initial_match(init, th_init)
    fin = _final_score(_latin_final_class(nucleus, final), th_final)
    romanized = _romanized(th_key)
    vowel = difflib.SequenceMatcher(None, lat, romanized, autojunk=False).ratio()
    score = 0.4 * init_ok + 0.3 * fin + 0.3 * vowel
    if not init_ok or not _vowels_compatible(nucleus, romanized):
        return min(score, MISMATCH)
    if fin == 0.0:
        return min(score, MISMATCH + 0.05)
    return min(score, 0.9)


_ROYIN_VOWELS = {"oe": "aoue", "ue": "u", "ae": "e", "ia": "ie", "ua": "uo", "uea": "uo",
                 "ai": "a", "ao": "a", "e": "eo"}


def _vowels_compatible(nucleus: str, romanized: str) -> bool:
    """Whether a Latin nucleus and the vowels of a royin romanization can be the same
    Vietnamese vowel (royin ``oe`` covers â/ơ/ư, ``ue`` ư, ``ae`` e, ...)."""
    vowels = re.sub(r"[^aeiou]+", " ", romanized.casefold()).split()
    letters = set("".join(vowels))
    for v in vowels:
        letters |= set(_ROYIN_VOWELS.get(v, ""))
    return bool(set(nucleus.replace("y", "i")) & letters)


def _latin_latin(a: str, b: str) -> float:
    ia, na, fa = _latin_parts(a)
    ib, nb, fb = _latin_parts(b)
    init_ok = ia == ib or bool(_LATIN_INITIAL.get(ia, frozenset()) &
                               _LATIN_INITIAL.get(ib, frozenset()))
    fin = _final_score(_latin_final_class(na, fa), _latin_final_class(nb, fb))
    vowel = difflib.SequenceMatcher(None, na, nb, autojunk=False).ratio()
    score = 0.4 * init_ok + 0.3 * fin + 0.3 * vowel
    return min(score, 0.3) if not init_ok else score


@lru_cache(maxsize=65536)
def syllable_score(lat: str, th_key: str, known: bool) -> float:
    """Similarity in [0, 1] of one Latin syllable and one Thai piece."""
    if known:
        cands = syllable_table()[th_key]
        if lat in cands:
            return 1.0
        return min(MISMATCH, max(0.5 * max(_latin_latin(lat, c) for c in cands),
                                 0.4 * _skeleton_score(lat, th_key)))
    return _skeleton_score(lat, th_key)


def vi_similarity(latin_folded: str, thai: str, floor: float = -math.inf) -> float | None:
    """Syllable-aligned similarity in [0, 1] of a folded lower-case Latin name and a
    Thai name, or None when the Latin side is not a Vietnamese syllable sequence.

    Thai words the table cannot fully cut are also tried cut at other syllable
    boundaries (:func:`_segmentations`); the best reading counts. A reading whose bound
    (:func:`_assign_bound`) cannot beat the best so far or reach ``floor`` is skipped:
    the score is exact from ``floor`` up, else some score below ``floor``."""
    lat = _syllables_of(latin_folded)
    if lat is None:
        return None
    combos = _thai_readings(thai)
    if combos is None:
        return 0.0
    best = 0.0
    for combo in combos:
        th = list(combo)
        penalty = 1.0
        while len(th) > len(lat) and not th[0][1]:  # a title before the name ("นาย")
            th.pop(0)
            penalty *= 0.95
        bound = penalty * _assign_bound(lat, th)
        if bound <= best or bound < floor:
            continue  # this reading cannot change the result
        best = max(best, penalty * _assign(lat, th))
    return best


_syllables_of = lru_cache(maxsize=4096)(latin_syllables)  # vi_similarity only reads it


@lru_cache(maxsize=4096)
def _thai_readings(thai: str) -> tuple[tuple[tuple[str, bool], ...], ...] | None:
    """:func:`vi_similarity`'s readings of a Thai name, in its order (the first 256
    combinations of its words' :func:`_segmentations`); None without a word."""
    words = [w for w in _THAI_SPLIT.split(thai_key(thai)) if w]
    return tuple(tuple(piece for seg in combo for piece in seg) for combo in itertools.islice(
        itertools.product(*map(_segmentations, words)), 256)) if words else None


def _assign_bound(lat: list[str], th: list[tuple[str, bool]]) -> float:
    """An upper bound of :func:`_assign` (plus a hair for rounding): each syllable of the
    shorter side with its best partner (:func:`_score_bound`), the weakest pair 0 when
    a syllable is left without partner."""
    size = max(len(lat), len(th))
    each = [max(_score_bound(x, *t) for x in lat) for t in th] if len(th) <= len(lat) \
        else [max(_score_bound(x, *t) for t in th) for x in lat]
    low = min(each) if len(each) == size else 0.0
    return (sum(each) / size + low) / 2 + 1e-9


@lru_cache(maxsize=65536)
def _score_bound(lat: str, th_key: str, known: bool) -> float:
    """An upper bound of :func:`syllable_score` without romanization: a table hit 1, a
    table spelling of others :data:`MISMATCH`, else the skeleton score, vowel score 1."""
    if known:
        return 1.0 if lat in syllable_table()[th_key] else MISMATCH
    init, nucleus, final = _latin_parts(lat)
    th_init, th_final = _thai_parts(th_key)
    init_ok = _initial_match(init, th_init)
    fin = _final_score(_latin_final_class(nucleus, final), th_final)
    score = 0.4 * init_ok + 0.3 * fin + 0.3 * 1.0
    if not init_ok:
        return min(score, MISMATCH)
    if fin == 0.0:
        return min(score, MISMATCH + 0.05)
    return min(score, 0.9)


_CLUSTERS = {"กร", "กล", "กว", "ขร", "ขล", "ขว", "คร", "คล", "คว", "ตร", "ทร", "ปร", "ปล",
             "พร", "พล", "ฟร", "ฟล", "บร", "บล", "ดร", "อย"}


def _plausible(piece: str) -> bool:
    """Whether an unknown Thai piece can be one syllable: a vowel sign or two letters
    or more, and no impossible two-consonant onset ("วกาย")."""
    if len(piece) < 2 and not any(c in _PREPOSED or c in _FOLLOWING for c in piece):
        return False
    body = piece.lstrip(_PREPOSED)
    if len(body) > 2 and not (set(body[:2]) & set(_FOLLOWING + "อ")) and \
            body[:2] not in _CLUSTERS and not (body[0] == "ห" and body[1] in _SONORANTS):
        return False
    return True


@lru_cache(maxsize=8192)
def _segmentations(word: str) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """Readings of one Thai word as (key, known) pieces: the table cut of
    :func:`thai_syllables`, and when it leaves unknown pieces, every cut of the word
    at syllable boundaries into at most four known or plausible pieces."""
    base = thai_syllables(word)
    if all(known for _, known in base) or len(word) > 24:
        return (base,)
    table = syllable_table()
    n = len(word)
    cuts = [j for j in range(1, n)
            if word[j - 1] not in _PREPOSED and word[j] not in _FOLLOWING]
    out = {base}
    choices = itertools.chain.from_iterable(
        itertools.combinations(cuts, k) for k in range(min(3, len(cuts)) + 1))
    seen: dict[tuple[int, int], tuple[str, bool] | None] = {}  # each stretch judged once
    for chosen in itertools.islice(choices, 2048):
        pieces = []
        for i, j in itertools.pairwise((0, *chosen, n)):
            if (i, j) not in seen:
                known = (piece := word[i:j]) in table
                seen[i, j] = (piece, known) if known or _plausible(piece) else None
            if (got := seen[i, j]) is None:
                break
            pieces.append(got)
        else:
            out.add(tuple(pieces))
            if len(out) >= 64:
                break
    return tuple(sorted(out))


def _assign(lat: list[str], th: list[tuple[str, bool]]) -> float:
    size = max(len(lat), len(th))
    short, long_is_lat = (th, True) if len(th) <= len(lat) else (lat, False)
    longer = lat if long_is_lat else th
    if len(longer) > 6:
        perms = [tuple(range(len(short)))]
    else:
        perms = list(itertools.permutations(range(len(longer)), len(short)))
    best, best_scores = -1.0, []
    for perm in perms:
        scores = []
        for i, j in enumerate(perm):
            if long_is_lat:
                scores.append(syllable_score(lat[j], *th[i]))
            else:
                scores.append(syllable_score(lat[i], *th[j]))
        total = sum(scores) + (0.001 if perm == tuple(sorted(perm)) else 0.0)
        if total > best:
            best, best_scores = total, scores
    scores = best_scores + [0.0] * (size - len(best_scores))
    return (sum(scores) / size + min(scores)) / 2
