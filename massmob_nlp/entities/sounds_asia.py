"""Chinese (pinyin) and Burmese, Lao and Khmer readings of a Latin name.

Thai writes a Chinese name by its Mandarin sound (Xi Jinping สี จิ้นผิง: pinyin ``x``
is ซ, ``q`` is ช) and a Burmese or Lao one by its own romanization's values (Kyaw
จ่อ, Phoxay โพไซ). :func:`pinyin_key`, :func:`pinyin_keys` and :func:`mainland_key`
give those readings as :func:`~.sound_keys.sound_key` skeletons;
:mod:`massmob_nlp.entities.sounds` scores a Thai name against them.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from .gazetteer import fold
from .sound_keys import _REPEAT_RE, _first_group, _latin_word, sound_key

_PINYIN_FRONT = "iang|iong|iao|ian|ing|in|ia|ie|iu|i"
_PINYIN_BACK = "uang|ueng|ang|eng|ong|uai|uan|ai|ei|ao|ou|an|en|un|ua|uo|ui|ue|er|a|e|u"
_PINYIN_RE = re.compile(
    f"(?:(?:zh|ch|sh|[bpmfdtnlrzcsyw])?(?:{_PINYIN_FRONT}|{_PINYIN_BACK}|v)"
    f"|[gkh](?:{_PINYIN_BACK})|[jqx](?:{_PINYIN_FRONT}|uan|ue|un|u|v)|[bpmfwy]o)+")
"""A word of pinyin syllables: ``g``, ``k``, ``h`` never stand before ``i`` or ``ü``,
``j``, ``q``, ``x`` only there, and a bare ``o`` only after ``b``, ``p``, ``m``, ``f``
(so the Japanese ``Kinbozan`` and ``Takanozan`` are no pinyin)."""
_PINYIN_MARK = re.compile("[xqz]")
_PINYIN_RESPELL: tuple[tuple[str, str], ...] = (
    ("zh", "j"), ("z", "j"), ("c(?!h)", "ch"), ("q", "ch"), ("sh", "s"), ("x", "s"),
    ("(?<!n)g", "k"), ("(?<=[^aeiouy])u(?=[ao])", "w"))
"""Pinyin letters as Thai renders them (Zhou Enlai โจว เอินไหล, Xi Jinping สี จิ้นผิง,
Li Keqiang หลี่ เค่อเฉียง, Guangzhou กวางโจว), respelled for :func:`_latin_word`."""


_PINYIN_UMLAUT: tuple[tuple[str, str], ...] = (
    ("(?<![a-z])yu(n?)(?![aeiou])", r"wi\1"), ("(?<=[jqx])u(n?)(?![aeiou])", r"wi\1"))
"""A bare ``yu``, ``yun``, ``xu``, ``jun``... is ü, which Thai writes วี (Xu สวี่, Kuo-yu
กั๋วอวี๋, Ma Yun หม่า อวิ๋น) as often as it writes the u (หยุน): both are read. The
syllable may end the word or start another one (``Yuqi`` อวี้ฉี, ``Yunxiang``); a
``u`` before a vowel (``yuan``, ``xue``) is another final."""


@lru_cache(maxsize=8192)
def pinyin_keys(text: str, *, marked: bool = True) -> tuple[str, ...]:
    """:func:`pinyin_key` and, when the name holds a ü (:data:`_PINYIN_UMLAUT`), the
    keys read with ü as วี in each word that holds one or in all of them (a
    translation may write one ü as วี and another as the u: Xu Yunhe / สวี หยุนเหอ);
    ``()`` for a name that is not pinyin."""
    key = pinyin_key(text, marked=marked)
    if key is None:
        return ()
    words = re.findall(r"[a-z]+", fold(unicodedata.normalize("NFC", text)).casefold())
    readings = []
    for word in words:
        umlaut = word
        for pattern, repl in _PINYIN_UMLAUT:
            umlaut = re.sub(pattern, repl, umlaut)
        keys = []
        for form in dict.fromkeys((word, umlaut)):
            for pattern, repl in _PINYIN_RESPELL:
                form = re.sub(pattern, repl, form)
            keys.append(_latin_word(form))
        readings.append(keys)
    out = [key]
    for choice in itertools.product(*readings):
        other = _REPEAT_RE.sub(_first_group, " ".join(k for k in choice if k)).strip()
        if other not in out and len(out) < PINYIN_MAX_KEYS:
            out.append(other)
    return tuple(out)


PINYIN_MAX_KEYS = 8
"""Most readings of a name :func:`pinyin_keys` gives (three words holding a ü)."""


@lru_cache(maxsize=8192)
def pinyin_key(text: str, *, marked: bool = True) -> str | None:
    """The :func:`sound_key` of a Chinese name in pinyin (every word a run of pinyin
    syllables, one of them with ``x``, ``q`` or ``z`` unless not ``marked``), read
    with pinyin values (``zh``, ``z``, ``j`` as จ, ``q``, ``c`` as ช, ``x``, ``sh`` as
    ซ); None for other names."""
    words = re.findall(r"[a-z]+", fold(unicodedata.normalize("NFC", text)).casefold())
    if not words or not all(_PINYIN_RE.fullmatch(w) for w in words) or \
            (marked and not any(_PINYIN_MARK.search(w) for w in words)):
        return None
    out = []
    for word in words:
        for pattern, repl in _PINYIN_RESPELL:
            word = re.sub(pattern, repl, word)
        out.append(_latin_word(word))
    return _REPEAT_RE.sub(_first_group, " ".join(k for k in out if k)).strip()


_MAINLAND_RESPELL: tuple[tuple[str, str], ...] = (
    ("ky", "ch"), ("gy", "ch"), ("^ny", "y"), ("^h(?=[lmnwy])", ""), ("aing$", "ai"),
    ("aw$", "o"),
    ("oo", "u"), ("x", "s"), ("ph", "p"), ("(?<=o[nm])e", ""))
"""Burmese, Lao and Khmer romanizations as Thai renders them: Burmese ``ky``/``gy``
is จ (Kyaw จ่อ), a leading ``h`` only marks the tone (Hlaing หล่าย, whose ``aing``
ends in ย), ``aw`` is อ, ``oo`` is อู; Lao ``x`` is ซ (Phoxay โพไซ) and a silent ``e``
follows ``on`` (Sonexay สอนไซ, Siphandone สีพันดอน); ``ph`` is the aspirated พ, not ฟ."""

_MAINLAND_RULES = tuple((re.compile(pattern), repl) for pattern, repl in _MAINLAND_RESPELL)
"""The same, compiled once (no replacement refers to a group)."""


@lru_cache(maxsize=8192)
def mainland_key(latin: str) -> str:
    """The :func:`sound_key` of a Latin name read as a Burmese, Lao or Khmer
    romanization (:data:`_MAINLAND_RESPELL`)."""
    words = re.findall(r"[a-z]+", fold(unicodedata.normalize("NFC", latin)).casefold())
    out = []
    for word in words:
        for pattern, repl in _MAINLAND_RULES:
            word = pattern.sub(repl, word)
        out.append(word)
    return sound_key(" ".join(out))
