"""Where a Thai stretch of :func:`~.thai_search.find_in_thai` may start and end, and
what the Thai reading of one may start with.

The word tokenizer's edges are widened (:func:`_with_dangling`: a final cut off, a name
glued to a dictionary word or cut into dictionary words). A stretch read as a Thai
name (:mod:`~.sounds_thai`) counts only when its reading starts like the name's
romanization (:func:`~.sounds._same_onset`); :func:`reading_onsets` gives, from the
first letters of a stretch alone, every symbol such a reading may start with, so a
bound need not let the Thai reading in where it cannot start alike.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from .._text import THAI_RE, join_sara_am
from .sounds_thai import _INITIAL, _LEADING, _NO_MARKS, _RUE_RE, _SAID_R, _SAID_R_RE, _SONORANTS

_CONSONANT = re.compile("[\u0e01-\u0e2c]")  # not อ ฮ: never a final
_THAI_START = re.compile("[\u0e01-\u0e2e\u0e40-\u0e44]")


@lru_cache(maxsize=256)
def _with_dangling(text: str, edges: tuple[int, ...]) -> tuple[int, ...]:
    """``edges``, one char past each edge followed by two consonants (the first may
    be the final of the syllable before, cut off by the segmenter), and the cuts
    inside a glued token (:func:`_glued_cuts`)."""
    extra = {e + 1 for e in edges if e + 2 <= len(text) and _CONSONANT.match(text, e)
             and _CONSONANT.match(text, e + 1)}
    for a, b in itertools.pairwise(edges):
        if b - a >= GLUED_MIN_CHARS:
            extra.update(a + k for k in _glued_cuts(text[a:b]))
        if b - a >= CLUSTER_MIN_CHARS:
            extra.update(a + k for k in _cluster_cuts(text[a:b]))
    return tuple(sorted({*edges, *extra}))


CLUSTER_MIN_CHARS = 3
"""A token shorter than this is never cut by :func:`_cluster_cuts`."""


@lru_cache(maxsize=8192)
def _cluster_cuts(token: str) -> tuple[int, ...]:
    """Thai character cluster edges inside a Thai ``token`` before a letter that can
    start a syllable, where the rest of the token (or its start) is a dictionary
    word: the segmenter cuts a foreign name it does not know into dictionary words
    that run over its edges (ออร์|เต|กามา for ออร์เตกา มา, นา|ซาลง for นาซา ลง), so a
    name may start or end inside a token."""
    if not THAI_RE.fullmatch(token[0]):
        return ()
    from pythainlp.tokenize import tcc

    words = _thai_dictionary()
    return tuple(sorted(k for k in tcc.tcc_pos(token) if 1 < k < len(token) - 1
                        and _THAI_START.match(token, k)
                        and (token[k:] in words or token[:k] in words)))


GLUED_MIN_CHARS = 6
"""A token shorter than this is never cut by :func:`_glued_cuts`."""
_GLUE_LENGTHS = range(2, 7)


@lru_cache(maxsize=4096)
def _glued_cuts(token: str) -> tuple[int, ...]:
    """Offsets inside a Thai ``token`` missing from the dictionary where a dictionary
    word of 2 to 6 letters starts it or ends it, leaving 3 letters or more: the
    segmenter glues a foreign name it does not know to the word beside it
    (เฟอร์สแตปเปนจบ: the name, then จบ; ก่อนมักซ์: ก่อน, then the name). A cut is
    only made before a letter that can start a syllable."""
    words = _thai_dictionary()
    if token in words or not THAI_RE.fullmatch(token[0]) or not THAI_RE.fullmatch(token[-1]):
        return ()
    cuts = set()
    for n in _GLUE_LENGTHS:
        if len(token) - n >= 3:
            if token[:n] in words:
                cuts.add(n)
            if token[-n:] in words:
                cuts.add(len(token) - n)
    return tuple(sorted(k for k in cuts if _THAI_START.match(token, k)
                        and token[k + 1:k + 2] != "์"))  # ฮิต|ช์ค็อก: ช์ ends ฮิตช์


@lru_cache(maxsize=1)
def _thai_dictionary() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


ONSET_HEAD = 16
"""Letters read by :func:`reading_onsets` (the first syllable's start and what may
silence or respell it)."""
_SILENCED_REACH = 6
"""A silenced letter (``(?:[ก-ฮ]ร|[ก-ฮ])[ิุ]?์``, marks left out) that reaches the
first three letters of a word has its silencer among its first six."""
ANY_ONSET = ""
"""What :func:`reading_onsets` gives when it cannot tell: any start."""


@lru_cache(maxsize=65536)
def reading_onsets(head: str) -> str:
    """Every symbol the Thai reading (:func:`~.sounds_thai.thai_reading_keys`, each
    of its forms) of a stretch starting with ``head`` (its first :data:`ONSET_HEAD`
    letters, the stretch itself or a longer text) may start with, or
    :data:`ANY_ONSET` (``head`` of fewer letters, and a word that may go on past it,
    before the sixth letter). The first syllable starts at the first letter: its initial
    consonant, after a leading vowel, is the start (:func:`~.sounds_thai._syllable_key`
    in every branch: ``_INITIAL`` of the body's first letter), or the sonorant after a
    ห that only marks its tone (หล, หม); ทร may be said s (ซ). A silencer within six
    letters (a silenced start, or the learned reading of one), a start with อ, ฤ, ฦ,
    รร (read as a vowel) or with a leading vowel alone is any start. A stretch cut
    shorter than ``head`` only loses letters these rules add symbols for (a ห's
    sonorant, the ร of ทร), or is a leading vowel alone, which the caller
    excludes."""
    text = _RUE_RE.sub("ริ", join_sara_am(unicodedata.normalize("NFC", head)))
    out = set()
    for form in {text, _SAID_R_RE.sub(lambda m: _SAID_R[m.group(1)], text)}:
        word = _THAI_WORD_RE.match(form)
        letters = word.group().translate(_NO_MARKS) if word else ""
        if not letters or "์" in letters[:_SILENCED_REACH] or (
                len(letters) < _SILENCED_REACH and word and word.end() == len(form)):
            return ANY_ONSET  # a silenced start, or one the head may cut off
        body = letters[1:] if letters[0] in _LEADING else letters
        if not body or body[0] not in _INITIAL or body[0] == "อ" or body.startswith("รร"):
            return ANY_ONSET
        out.add(_INITIAL[body[0]])
        if body[0] == "ห" and body[1:2] and body[1] in _SONORANTS:
            out.add(_INITIAL[body[1]])
    return "".join(sorted(out))


_THAI_WORD_RE = re.compile("[\u0e01-\u0e4e]+")
"""A Thai word as :func:`~.sounds_thai.thai_reading_keys` cuts the text (ก to ๎)."""
