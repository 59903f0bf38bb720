"""A Latin name looked for in Thai text: the stretch that transliterates it
(:func:`find_in_thai`, scored by :func:`~massmob_nlp.entities.sounds.sound_similarity`)
and the Thai spellings of an acronym read letter by letter (:func:`spell_acronym`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from .._text import THAI_RE
from .letter_counts import letter_counts, sure_runs
from .sound_bounds import BOUND_SLACK, edge_bound, latin_bound
from .sound_keys import (
    _TH_CLASS,
    _TH_LEADING,
    _TH_VOWELS,
    VOWEL,
    VOWEL_COST,
    _weight,
    consonants,
    sound_key,
)
from .sounds import THAI_READING_FROM, sound_similarity
from .thai_cuts import _THAI_START, ANY_ONSET, ONSET_HEAD, _with_dangling, reading_onsets
from .thai_cuts import _thai_dictionary as _thai_dictionary  # also read from here

_THAI_END = re.compile("[\u0e01-\u0e4e]")

SEARCH_MIN_SCORE = 0.8
"""Least :func:`sound_similarity` of a Thai stretch found by :func:`find_in_thai`..."""
SHORT_MIN_SCORE = 0.95
"""...and of one for a name of :data:`SEARCH_MIN_CONSONANTS` consonant classes, whose
near misses are common Thai words (``Curie`` / การ)."""
SEARCH_MIN_CONSONANTS = 2
"""Names with fewer consonant classes are too short to look for in running text."""
TINY_MIN_KEY = 3
"""A name of one consonant class is looked for only when a vowel stands on each side
of it (``Ikea`` / อิเกีย, ``Eisai`` / ไอไซ: skeleton ``VKV``), and only as a stretch
between word edges that is no Thai dictionary word, at :data:`SHORT_MIN_SCORE`."""
SEARCH_MAX_TOKENS = 10
FUNCTION_WORDS: frozenset[str] = frozenset({
    "และ", "ของ", "การ", "ความ", "ที่", "ใน", "กับ", "แห่ง", "จาก", "ว่า", "โดย", "ให้",
    "แก่", "ต่อ", "เพื่อ", "คือ", "เป็น", "ซึ่ง", "หรือ", "แต่", "ก็", "จะ", "ได้", "ไม่",
    "นาย", "นาง", "นางสาว", "ชาว", "เมือง", "ประเทศ", "เมื่อ", "ยัง", "อยู่",
    "แล้ว", "นี้", "นั้น", "กว่า", "ถึง", "ทั้ง", "เขา", "เธอ", "พวก", "ตาม", "ก่อน",
    "หลัง", "อีก", "ระหว่าง", "จึง", "ถูก", "เคย", "กล่าว"})
"""Thai words a name found in running text never starts or ends with (PyThaiNLP's
``thai_stopwords`` is too wide: it holds มา and นัก, which start and end names)."""


DICTIONARY_MIN_SCORE = 0.975
"""Least score of a Thai stretch that is one common dictionary word (คะแนน *score*,
สำนัก *office*) for a Latin name of several words: a Thai translation writes a name
of several words as several (เฉิน หยุน), so a near-sounding common word is no
rendering of it, and taking it would hide the name's loss. A dictionary word with a
silenced letter (โกตดิวัวร์) is a loanword name, not a common word."""
COMMON_WORD_MIN_SCORE = 0.9
"""Least score of a Thai stretch that is a dictionary word (แรงงาน *labour*, เฮกตาร์
*hectare*, วัน *day*) or lies inside one (the ราณ of โบราณ *ancient*): a near miss
there is a common word of the sentence, not a rendering of the name. A real
rendering in the dictionary (ฮานอย, ลอนดอน) scores higher."""
FRAGMENT_REACH = 6
"""Letters looked at on each side of a stretch for a dictionary word around it."""


def in_common_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a Thai dictionary word, or part of a longer one
    of the text (within :data:`FRAGMENT_REACH` letters either side)."""
    words = _thai_dictionary()
    stretch = text[start:end].strip()
    if not stretch or stretch in words:
        return bool(stretch)
    a = start
    for i in range(0, FRAGMENT_REACH + 1):
        if a - i < 0 or (i and not THAI_RE.match(text, a - i)):
            break
        for j in range(0, FRAGMENT_REACH + 1):
            if end + j > len(text) or (j and not THAI_RE.match(text, end + j - 1)):
                break
            if (i or j) and text[a - i:end + j] in words:
                return True
    return False


_SPELLED_ONLY_RE = re.compile(
    r"(?=[A-Z]{2,6}$)(?![AEIOU]|(?:BL|BR|CL|CR|DR|FL|FR|GL|GR|PL|PR|SC|SK|SL|SM|SN|SP|ST|SW|"
    r"TR|TW|TH|SH|CH|WH|PH|QU|[B-DF-HJ-NP-TV-Z])[AEIOUY])[A-Z]+")
"""An acronym that cannot be said as a word (``CNA``, ``NBS``, ``JMA``: no vowel after
an English onset): Thai spells it letter by letter (:func:`spell_acronym`), so no
stretch is looked for by sound (``NATO`` นาโต, ``BRICS`` บริกส์ are)."""


def find_in_thai(name: str, text: str, edges: Sequence[int], *,
                 min_score: float = SEARCH_MIN_SCORE,
                 exclude: Sequence[tuple[int, int]] = ()) -> tuple[int, int, float] | None:
    """The stretch of Thai ``text`` that best transliterates the Latin ``name``:
    ``(start, end, score)`` with ``start`` and ``end`` among ``edges`` (word-token
    edges, sorted), or None when no stretch reaches ``min_score``
    (:data:`SHORT_MIN_SCORE` for the shortest names; :data:`TINY_MIN_KEY` for names
    of one consonant class). A stretch is tried only when its
    skeleton is about as long as the name's, never when it starts or ends with a
    Thai function word (:data:`FUNCTION_WORDS`: และ, ของ, การ), never when it
    overlaps a stretch of ``exclude`` (``(start, end)`` pairs already given). A word
    that starts with two consonants may start one later (ของบริสเบน cut as ขอ|งบริสเบน);
    a stretch is read as a Thai name (``Srettha`` / เศรษฐา) only between word edges
    (not ธานาธิบ inside ประธานาธิบดี). The stretches that reach the score are found
    once per name, text and edges (:func:`_found_stretches`, cached: a comparison
    looks for a name in the same sentences again with other stretches taken)."""
    for start, end, score in _found_stretches(name, text, tuple(edges), min_score):
        if not any(s < end and start < e for s, e in exclude):
            return start, end, score
    return None


@lru_cache(maxsize=4096)
def _found_stretches(name: str, text: str, edges: tuple[int, ...], min_score: float
                     ) -> tuple[tuple[int, int, float], ...]:
    """Every stretch :func:`find_in_thai` may return, best first (its rank: the score,
    then word edges, then the longer; ties in the order the stretches are read).

    The stretches are read start edge by start edge, end edge by end edge, as far as
    :data:`SEARCH_MAX_TOKENS` tokens and until a skeleton is more than 1.6 times the
    name's weight and 1 heavier. A stretch is only looked at when its letters allow a
    skeleton heavy enough (:func:`_weight_sums`) and allow the score
    (:meth:`~.sound_bounds.LatinBound.letters_upper`, for all the stretches of the
    window at once): one its letters rule out needs no skeleton (nor the edit
    distances), unless it may end the reading of its start edge (its letters allow a
    skeleton too heavy) or a Vietnamese reading may take it."""
    if _SPELLED_ONLY_RE.fullmatch(name.strip()):
        return ()  # CNA is C-N-A (ซีเอ็นเอ), never the Thai word ขณะ
    vietnamese = _vietnamese(name)
    key = sound_key(name)
    n = consonants(key)
    several = " " in key
    tiny = n == 1 and len(key) >= TINY_MIN_KEY and " " not in key
    if n < SEARCH_MIN_CONSONANTS and not tiny:
        return ()
    floor = max(min_score, SHORT_MIN_SCORE) if n <= SEARCH_MIN_CONSONANTS else min_score
    words = _thai_dictionary() if tiny or several else frozenset()
    weight = _weight(key)
    cut = vietnamese is None or floor <= VI_SEARCH_MIN_SCORE  # below floor, all alike
    found: list[tuple[tuple[float, int, int], int, int, float]] = []
    window = _window(text, edges)
    if not window.starts:
        return ()
    weights = _stretch_weights(text)
    heaviest, lightest = 1.6 * weight + 1, 0.6 * weight
    latin = latin_bound(name)
    most = window.most
    read_floor = min(floor, THAI_READING_FROM) if latin.read_as_thai else floor
    said = window.said_as(latin.onset) if latin.read_as_thai else window.reading
    floors = np.where(said, read_floor, floor) - BOUND_SLACK
    hopeless = latin.letters_upper(window.letters, most) < floors
    if vietnamese is not None:
        hopeless &= ~window.reading  # the syllable table may still take it
    looked = window.end_ok & ~hopeless
    if tiny:
        looked &= window.reading
    todo = np.flatnonzero((most >= lightest) & (looked | (most > heaviest)))
    marks = np.where(looked[todo], np.arange(len(todo)), -1)
    if not len(todo) or marks.max() < 0:
        return ()
    group = window.first[todo]  # a stretch read after the last one looked at from its
    heads = np.flatnonzero(np.diff(group, prepend=-1))  # start edge changes nothing
    todo = todo[np.arange(len(todo)) <= np.repeat(np.maximum.reduceat(marks, heads),
                                                   np.diff(heads, append=len(todo)))]
    starts, ends, reading_of, looked_at = window.starts, window.ends, window.reading_list, \
        looked.tolist()
    said_of = said.tolist()
    real = window.real
    ended = -1  # the start edge whose reading ended
    looked_for: list[tuple[int, int, int, str, bool]] = []
    for p in todo.tolist():
        start = starts[p]
        if start == ended:
            continue
        end = ends[p]
        piece = text[start:end]
        known = weights.get(piece)
        if known is None:
            skeleton = _stretch_key(piece)
            known = weights[piece] = (_weight(skeleton), skeleton)
        w, skeleton = known
        if w > heaviest:
            ended = start
            continue
        if w < lightest or not looked_at[p]:
            continue
        if tiny and text[start:end].strip() in words:
            continue  # Ikea / อิเกีย, never a Thai word (อีกา)
        looked_for.append((p, start, end, skeleton, reading_of[p]))
    if not looked_for:
        return ()
    keys = [x[3] for x in looked_for]
    hopeless = (latin.skeletons_upper(keys) < floors[[x[0] for x in looked_for]]).tolist()
    left = sorted((k for k, no in enumerate(hopeless) if not no), key=keys.__getitem__)
    if left:  # in the order of the skeletons: the rows of a common start are kept
        bound = edge_bound(name)
        answers: dict[tuple[str, bool], bool] = {}  # a skeleton repeated: asked once
        for k in left:
            asked = keys[k], said_of[looked_for[k][0]]
            if asked not in answers:
                answers[asked] = bound.cannot_reach(asked[0], floor, thai_reading=asked[1])
            hopeless[k] = answers[asked]
    for (_, start, end, _, reading), no in zip(looked_for, hopeless):
        if no and (vietnamese is None or not reading):
            continue  # below the floor: nothing below is kept
        score = _verdict(name, text, start, end, reading, no, floor, cut, vietnamese,
                         several, words)
        if score is not None:  # ties: word edges, then longer
            found.append(((score, (start in real) + (end in real), end - start),
                          start, end, score))
    found.sort(key=lambda x: x[0], reverse=True)  # stable: ties keep the reading order
    return tuple((start, end, score) for _, start, end, score in found)


def _verdict(name: str, text: str, start: int, end: int, reading: bool, hopeless: bool,
             floor: float, cut: bool, vietnamese: str | None, several: bool,
             words: frozenset[str]) -> float | None:
    """The score of the stretch ``text[start:end]`` for ``name`` when
    :func:`_found_stretches` keeps it, else None (``hopeless``: a bound already rules
    it out)."""
    if hopeless:
        if vietnamese is None or not reading:
            return None  # below the floor: nothing below is kept
        score = 0.0
    else:
        score = sound_similarity(name, text[start:end].strip(), floor=floor,
                                 thai_reading=reading, cut=cut)
    piece = text[start:end]
    stretch = piece.strip()
    if vietnamese is not None and score < VI_SEARCH_MIN_SCORE and reading:
        score = max(score, _vi_score(vietnamese, stretch))
    if several and score < DICTIONARY_MIN_SCORE and "์" not in piece \
            and stretch in words and not (reading and _romanizes(name, stretch)):
        return None  # Chen Yun is not คะแนน (score): a name of words is no one word
    if floor <= score < COMMON_WORD_MIN_SCORE and in_common_word(text, start, end):
        return None  # VNS is not วัน (day), Linh not the ราณ of โบราณ (ancient)
    return score if score >= floor else None


class _Window:
    """The stretches of one window of a text that :func:`_found_stretches` may read
    for any name, in reading order (start edge, then end edge), with what does not
    depend on the name: the start and end offsets, the most the skeleton may weigh
    (:func:`_weight_sums`) and the most of each skeleton symbol it may hold
    (:func:`~.letter_counts.letter_counts`) and the fewest of the symbols it surely
    holds (:func:`~.letter_counts.sure_runs`), whether it is read as a Thai name (both
    ends word edges) and whether it may end there (a Thai letter that ends a
    syllable, no function word), and what its Thai reading may start with
    (:func:`~.thai_cuts.reading_onsets`; a leading vowel alone, any start)."""

    def __init__(self, text: str, edges: tuple[int, ...]) -> None:
        stop = FUNCTION_WORDS
        self.real = set(edges)
        edges = _with_dangling(text, edges)
        last = len(edges)
        opens = [i for i, start in enumerate(edges) if _THAI_START.match(text, start) and
                 not (i + 1 < last and text[start:edges[i + 1]] in stop)]
        closes = [False, *(bool(_THAI_END.match(text, end - 1)) and
                           text[edges[k - 1]:end] not in stop
                           for k, end in enumerate(edges) if k)]
        ahead = np.array(opens, dtype=np.intp)[:, None] + \
            np.arange(1, SEARCH_MAX_TOKENS + 1, dtype=np.intp)
        inside = ahead < last
        first = np.broadcast_to(ahead[:, :1] - 1, ahead.shape)[inside]
        final = ahead[inside]  # start edge by start edge, end edge by end edge
        at = np.array(edges, dtype=np.intp)
        self.first = first
        self.starts: list[int] = at[first].tolist()
        self.ends: list[int] = at[final].tolist()
        sums = _weight_sums(text)
        self.most = sums[at[final]] - sums[at[first]]
        counts = letter_counts(text)
        self.letters = np.vstack([counts[:, at[final]] - counts[:, at[first]],  # and the
                                  sure_runs(text, at[first], at[final])  # fewest sure ones
                                  ]).astype(np.float64)
        real = np.array([e in self.real for e in edges], dtype=bool)
        self.reading = real[first] & real[final]
        self.reading_list: list[bool] = self.reading.tolist()
        self.end_ok = np.array(closes, dtype=bool)[final]
        heads = [reading_onsets(text[edges[i]:edges[i] + ONSET_HEAD]) for i in opens]
        self.onsets = list(dict.fromkeys([ANY_ONSET, *heads]))
        code = np.array([self.onsets.index(h) for h in heads], dtype=np.intp)
        lone = np.array([text[a] in _TH_LEADING for a in self.starts], dtype=bool) & \
            (at[final] - at[first] == 1)  # เ alone: a vowel, any start
        self.onset = np.where(lone, 0, np.repeat(code, inside.sum(axis=1)))

    def said_as(self, onset: str) -> npt.NDArray[np.bool_]:
        """Which stretches are read as a Thai name whose reading may start like a
        romanization starting with ``onset`` (:func:`~.sounds._same_onset`)."""
        alike = np.array([not k or onset in (VOWEL, "") or onset in k or VOWEL in k
                          for k in self.onsets], dtype=bool)
        return np.asarray(self.reading & alike[self.onset])


@lru_cache(maxsize=32)
def _window(text: str, edges: tuple[int, ...]) -> _Window:
    """:class:`_Window` of ``text`` and ``edges`` (cached: a comparison looks for
    every name of a bead in the same sentences)."""
    return _Window(text, edges)


def _romanizes(name: str, thai: str) -> bool:
    """Whether a Latin name of several words is the romanization of a Thai word as
    the Thai say it, skeleton for skeleton (``Hat Yai`` / หาดใหญ่, ``Nong Khai`` /
    หนองคาย): a Thai place is in the dictionary, and still the name."""
    from .sound_keys import key_similarity
    from .sounds import thai_latin_key
    from .sounds_thai import thai_reading_keys

    key = thai_latin_key(name)
    return consonants(key) >= 3 and any(
        key_similarity(key.replace(" ", ""), k.replace(" ", "")) >= 1.0
        for k in thai_reading_keys(thai))


VI_SEARCH_MIN_SCORE = 0.95
"""Least syllable-table score (:func:`~.names.vi_similarity`) of a Thai stretch
between word edges for a Vietnamese name whose English spelling Thai does not follow
letter by letter (``Tran`` / เจิ่น, ``Truong`` / เจือง: Vietnamese tr is จ)."""


@lru_cache(maxsize=4096)
def _vietnamese(name: str) -> str | None:
    """``name`` folded, when it reads as Vietnamese syllables (else None; cached: a
    name is looked for in several windows)."""
    from .gazetteer import fold
    from .names import latin_syllables

    folded = fold(name).casefold()
    return folded if "-" not in name and latin_syllables(folded) is not None else None


def _vi_score(folded: str, thai: str) -> float:
    from .names import thai_key, vi_similarity

    spelled = _vi_spellings(folded)
    if spelled is not None and VI_SEARCH_MIN_SCORE >= 0.95:  # (its proof needs 0.95)
        key = thai_key(thai)
        if not all(any(k in key for k in keys) for keys in spelled):
            return 0.0  # a syllable no table spelling of the stretch can say
    score = vi_similarity(folded, thai, VI_SEARCH_MIN_SCORE)  # exact from there up
    return score if score is not None and score >= VI_SEARCH_MIN_SCORE else 0.0


@lru_cache(maxsize=1024)
def _vi_spellings(folded: str) -> tuple[tuple[str, ...], ...] | None:
    """For each syllable of the Vietnamese name ``folded``, the Thai table keys that
    spell it (:func:`~.names.syllable_table`), which the stretch's key
    (:func:`~.names.thai_key`) must hold for :func:`_vi_score` to reach
    :data:`VI_SEARCH_MIN_SCORE` (None: not syllables). Why: a syllable pair scores 1 only
    as a table spelling of that syllable, any other at most 0.9 (:func:`~.names.
    _skeleton_score`), a syllable left without partner 0; and :func:`~.names.
    _assign`'s mean and least score with one pair at 0.9 or below stay below 0.95, so
    every syllable is paired with a table key cut from the stretch's words."""
    from .names import latin_syllables, syllable_table

    syllables = latin_syllables(folded)
    if syllables is None:
        return None
    table = syllable_table()
    return tuple(tuple(sorted(k for k, said in table.items() if s in said))
                 for s in dict.fromkeys(syllables))


_stretch_key = sound_key.__wrapped__
""":func:`~.sound_keys.sound_key` without its cache, for the stretches of a text: each
is made once (:func:`_stretch_weights` keeps them), so the cache would only be
filled with them, pushing out the names' skeletons."""


@lru_cache(maxsize=4)
def _stretch_weights(text: str) -> dict[str, tuple[float, str]]:
    """The skeleton weight and skeleton (:func:`~.sound_keys.sound_key`) of each
    stretch of ``text`` looked at so far (keyed by its letters: a word repeated is
    made once), filled by :func:`find_in_thai`: a comparison looks for many names in
    the same sentences."""
    return {}


_MOST_WEIGHT = {**dict.fromkeys(_TH_CLASS, 1.0), **dict.fromkeys(_TH_VOWELS, VOWEL_COST),
                "ฤ": 1.0 + VOWEL_COST, "ำ": 1.0 + VOWEL_COST, "\u0e4d": 1.0}
"""The most each Thai letter adds to the weight of a skeleton (:func:`~.sound_keys.
_thai_key`, :func:`~.sound_keys._weight`): a consonant one class (or less: a vowel
slot, nothing), a vowel sign or a leading vowel one slot, ฤ and ำ a class and a slot,
the ํ of a ํา written apart the class of the ำ it makes; every other character
nothing (a space, a Latin letter, a tone mark, the silencer). Merging repeated
symbols, dropping a silent letter or a final ``s`` only lowers the weight."""


@lru_cache(maxsize=4)
def _weight_sums(text: str) -> npt.NDArray[np.float64]:
    """Running sums of :data:`_MOST_WEIGHT` over ``text``: ``sums[end] - sums[start]``
    is at least the skeleton weight of ``text[start:end]``, so a stretch lighter than a
    name needs no skeleton (a comparison looks for many names in the same text). The
    sums are of quarters, so exact in any order (NumPy's, a char at a time)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64) - 0x0E00
    sums = np.zeros(len(text) + 1)
    np.cumsum(_weight_table()[np.where((codes >= 0) & (codes < 128), codes, 128)],
              out=sums[1:])
    return sums


@lru_cache(maxsize=1)
def _weight_table() -> npt.NDArray[np.float64]:
    """:data:`_MOST_WEIGHT` of the character ``U+0E00 + k`` at row ``k`` (all its
    characters are in that block), 0 at the last row (any other character)."""
    table = np.zeros(129)
    for ch, weight in _MOST_WEIGHT.items():
        table[ord(ch) - 0x0E00] = weight
    return table


THAI_LETTERS: dict[str, tuple[str, ...]] = {
    "A": ("เอ",), "B": ("บี",), "C": ("ซี",), "D": ("ดี",), "E": ("อี",), "F": ("เอฟ",),
    "G": ("จี",), "H": ("เอช", "เฮช"), "I": ("ไอ",), "J": ("เจ",), "K": ("เค",),
    "L": ("แอล",), "M": ("เอ็ม",), "N": ("เอ็น",), "O": ("โอ",), "P": ("พี",),
    "Q": ("คิว",), "R": ("อาร์",), "S": ("เอส",), "T": ("ที",), "U": ("ยู",),
    "V": ("วี",), "W": ("ดับเบิลยู", "ดับบลิว"), "X": ("เอ็กซ์",), "Y": ("วาย",),
    "Z": ("แซด", "ซี")}
"""How Thai writes the names of the English letters (``RHS`` / อาร์เอชเอส)."""
MAX_ACRONYM = 6


def spell_acronym(name: str) -> list[str]:
    """Thai spellings of an English acronym read letter by letter (``IAG`` →
    ไอเอจี; ``U.S.`` → ยูเอส); ``[]`` when ``name`` is not 2 to :data:`MAX_ACRONYM`
    capital letters (dots allowed)."""
    letters = name.replace(".", "").strip()
    if not (2 <= len(letters) <= MAX_ACRONYM and letters.isascii() and letters.isalpha()
            and letters.isupper()):
        return []
    return ["".join(p) for p in itertools.product(*(THAI_LETTERS[c] for c in letters))]
