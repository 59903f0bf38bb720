"""Spanish, French, Portuguese, German, Italian, Turkish and South Slavic readings of a
Latin name (and the Wade-Giles ``ts`` of a Chinese one).

Thai writes these names by their sound in their own language, not by English
spelling: ``Jiménez`` ฆิเมเนซ or ฮิเมเนซ (Spanish ``j``), ``Jean-Pierre`` ฌอง-ปีแยร์
(French ``j``, a silent final ``e``), ``Coelho`` โกเอลยู
(Portuguese ``lh``), ``Scholz`` ช็อลทซ์ (German ``sch``, ``z``), ``Giuseppe``
จูเซปเป (Italian ``g``, a final vowel spoken). :func:`european_keys` gives the
spelling skeletons (the alphabet of :func:`massmob_nlp.entities.sound_keys.sound_key`:
consonant classes, ``V`` per vowel run) of a name read by the letter-to-sound
rules of each of these languages where they differ from English;
:mod:`massmob_nlp.entities.sounds` scores a Thai name against the best of them
and the English reading.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .sound_keys import _REPEAT_RE, _first_group

_VOWELS = "aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿœæ"
_V = f"[{_VOWELS}]"
_FRONT = "eiéèêëíìîïy"
_BASE: dict[str, str] = {
    "b": "P", "c": "K", "d": "T", "f": "F", "g": "K", "h": "H", "j": "C", "k": "K",
    "l": "L", "m": "M", "n": "N", "p": "P", "q": "K", "r": "R", "s": "S", "t": "T",
    "v": "W", "w": "W", "x": "KS", "z": "S", "ç": "S", "ñ": "NY", "ß": "S"}
"""Letters that sound alike in the five languages (and English)."""

class Rules:
    """Letter-to-sound rules (pattern, skeleton symbols), tried in order at each letter
    (:func:`_read`), and by the letter they may start a match with (``heads``): a rule
    whose match cannot start with the letter is not tried there, so the first rule
    that matches is the same, found sooner."""

    def __init__(self, *pairs: tuple[str, str]) -> None:
        self.pairs = tuple((re.compile(p), cls) for p, cls in pairs)
        heads: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        for rule in self.pairs:
            for ch in _heads(rule[0].pattern):
                heads.setdefault(ch, []).append(rule)
        self.heads = {ch: tuple(rules) for ch, rules in heads.items()}


def _heads(pattern: str) -> str:
    """The letters a non-empty match of ``pattern`` starts with: after a leading ``^``
    and lookbehinds (they read what is before), its first letter or ``[...]`` class of
    letters, which the match must hold (no ``?``, ``*`` or ``{`` after it); any other
    pattern is refused, so no rule is left out where it may match."""
    rest = pattern.removeprefix("^")
    while rest.startswith("(?<="):
        depth = 0
        for k, ch in enumerate(rest):
            depth += (ch == "(") - (ch == ")")
            if not depth:
                rest = rest[k + 1:]
                break
        else:
            raise ValueError(pattern)
    head, after = (rest[1:rest.index("]")], rest[rest.index("]") + 1:]) \
        if rest.startswith("[") else (rest[:1], rest[1:])
    if not head or set(head) & set("\\^-.()[]?*+{}|$") or after[:1] in ("?", "*", "{"):
        raise ValueError(pattern)
    return head


_ES = Rules(
    ("ch", "C"), ("ll", "Y"), ("ñ", "Y"), ("qu", "K"), ("gu(?=[ei])", "K"),
    ("gü", "KW"), ("gu(?=[ao])", "KW"), ("cu(?=[aeio])", "KW"),
    (f"g(?=[{_FRONT}])", "X"), ("j", "X"), (f"c(?=[{_FRONT}])", "S"),
    ("z", "S"), ("h", ""), ("v", "B"), ("y(?=" + _V + ")", "Y"))
"""Spanish: ``j``/``ge``/``gi`` (:data:`JOTA`), ``ll`` and ``ñ`` as ``ย``/``ญ``,
``qu``, ``gue``, ``z`` as ``s``, silent ``h``, ``v`` as ``b`` (Sevilla เซบิยา); ``cu`` and
``gu`` before a vowel said *kw*, *gw* (Ecuador เอกวาดอร์, Managua มานากัว)."""
_PT = Rules(
    ("lh", "LY"), ("nh", "NY"), ("ch", "C"), ("x", "C"), ("qu", "K"), ("gu(?=[ei])", "K"),
    (f"g(?=[{_FRONT}])", "C"), ("j", "C"), (f"c(?=[{_FRONT}])", "S"), ("h", ""),
    ("v", "W"))
"""Portuguese: ``lh``, ``nh``, ``x`` and ``ch`` as ``ช``, ``j``/``ge`` as ``ฌ``."""
_FR = Rules(
    ("eaux?", "V"), ("aux?", "V"), ("oi", "V"), ("ou", "V"), ("ie", "Q"), ("ch", "C"), ("gn", "Y"),
    ("qu", "K"), ("gu(?=[ei])", "K"), ("ph", "F"), ("th", "T"),
    (f"(?<={_V})ill?(?=$|{_V})", "Y"), (f"g(?=[{_FRONT}])", "C"), ("j", "C"),
    (f"c(?=[{_FRONT}])", "S"), ("h", ""), ("^x", "S"))
"""French: ``eau``/``au``/``ou`` one vowel, ``oi``, ``ch`` and ``j`` as ``ช``/``ฌ``,
``gn``, ``-ill-`` as ``ย``, ``ie`` as one vowel or ``iy-`` (ปิแอร์, ปีแยร์), silent
``h``, an ``x`` starting a word as ``s``; silent final letters (:func:`_french_end`).
A nasal vowel's ``n`` (ฌอง) is left to the n/ng leniency of the English score:
written ``ง`` it made English words (Bonds, Ground) match common Thai words."""
_DE = Rules(
    ("tsch", "C"), ("sch", "C"), ("^s(?=[pt])", "C"), ("ch", "K"), ("ck", "K"),
    ("tz", "TS"), ("z", "TS"), ("ph", "F"), ("pf", "PF"), ("qu", "KW"), ("th", "T"),
    ("dt", "T"), ("v", "F"), ("w", "W"), ("j", "Y"), ("g", "K"), (f"(?<={_V})h", ""))
"""German: ``sch``, ``st``/``sp`` at the start as ``ชต``/``ชป``, ``ch`` as ``ค``,
``z`` as ``ts``, ``v`` as ``f``, ``j`` as ``y``, ``g`` always hard, a silent ``h``
after a vowel."""
_IT = Rules(
    (f"sci(?={_V})", "C"), (f"sc(?=[{_FRONT}])", "C"), (f"cc(?=[{_FRONT}])", "C"),
    ("gli", "LY"),
    ("gn", "Y"), ("ch", "K"), ("gh", "K"), (f"ci(?={_V})", "C"), (f"gi(?={_V})", "C"),
    (f"c(?=[{_FRONT}])", "C"), (f"g(?=[{_FRONT}])", "C"), ("qu", "KW"), ("zz", "TS"),
    ("z", "TS"), ("h", ""), ("j", "Y"), ("v", "W"))
"""Italian: ``ce``/``ci``/``ge``/``gi`` as ``ช``/``จ`` (an ``i`` before a vowel only
marks it), ``ch``/``gh`` hard, ``gli``, ``gn``, ``sc`` before ``e``/``i``, ``z`` as
``ts``."""
_TR = Rules(
    ("ğ", ""), ("(?<=[aouı])g(?=[aouı])", ""), ("c", "C"), ("ç", "C"), ("ş", "C"),
    ("j", "C"), ("h", ""), ("v", "W"), ("y", "Y"))
"""Turkish: ``ğ`` silent, and so a ``g`` between back vowels the English press writes
for it (Erdogan แอร์โดอัน), ``c`` as ``จ`` (Recep เรเจป), ``ç`` and ``ş`` as ``ช``."""
_SH = Rules(
    ("dj", "X"), ("đ", "X"), ("nj", "NY"), ("lj", "LY"), ("[cčć]h?", "C"), ("[šž]", "C"),
    ("j", "Y"), ("v", "W"))
"""Serbian, Croatian and Bosnian as the English press writes them (diacritics often
dropped): ``c``/``č``/``ć`` of a surname as ``ช`` (``Djokovic`` ยอโควิช, ``Vucic``
วูชิช), ``j`` as ``ย`` (``Jovanovic`` โยวาโนวิช), ``dj``/``đ`` as ``ย`` or ``จ``
(:data:`DJE`), ``nj``, ``lj``."""
DJE = ("Y", "C")
_SLAVIC_RE = re.compile(r"^dj|[đčćšž]|(?:ov|ev|[cčćrkd])i[cć]h?$")
"""A word only a South Slavic name spells: an ``-ović``/``-ević``/``-čić`` surname,
``dj`` at the start, ``đ č ć š ž`` (``Atlantic``, ``Hispanic`` are not read so)."""
_NOT_SLAVIC_RE = re.compile(r"[qwxy]|th|ph|sh")
"""The Wade-Giles ``ts``/``tz`` starting a Chinese syllable of a Taiwanese or older
romanization is the affricate Thai writes ช/จ (``Tsai`` ไช่, ``Tsinghua`` ชิงหัว);
the English reading keeps ``t`` + ``s`` (``Tsipras`` ซีปราส)."""
_WADE_GILES_RE = re.compile(r"^t[sz][aeiou]")
JOTA = ("H", "K")
"""Thai renders the Spanish ``j`` as ``ฮ`` (ฮวน) or ``ฆ`` (ฆวน, the Royal Institute's
spelling): both readings are given."""
BETA = ("P", "W")
"""...and the Spanish ``v`` as ``บ`` (Valencia บาเลนเซีย) or ``ว`` (Vargas วาร์กัส)."""
SHORT = 2
"""A Spanish name of this many consonant classes or fewer has no ``บ`` reading of its
``v``: read so, short names match common Thai words (``Vega`` / พวกเขา, *they*)."""
_NOT_ROMANCE = r"k|w|sh|ck|oo|ee|[bdfkmpqvwxz]h|h(?![aeiouyáéíóúàèìòùâêîôû]|$)"
_DOUBLES = r"|([bdfghjkmnpqtvwxz])\1"
_FOREIGN: dict[str, re.Pattern[str]] = {
    "es": re.compile(_NOT_ROMANCE + _DOUBLES + r"|[ghlnr]h|th|ph|[cs]s|ou|[^aeiou]y|"
                     r"[àâãäåèêëìîïòôõöùûç]"),
    "pt": re.compile(_NOT_ROMANCE + _DOUBLES + r"|[gr]h|y|th|ph|[åäëïöüñ]"),
    "fr": re.compile(_NOT_ROMANCE + _DOUBLES + r"|[glnr]h|[ãõåñáíóúìò]"),
    "de": re.compile(r"sh|c(?![hk])|[ãõåñáíóúìòàèéêçâîôû]"),
    "it": re.compile(_NOT_ROMANCE + r"|[lnr]h|[jxy]|th|ph|[ãõåñäëïöüçâêîôû]"),
    "tr": re.compile(r"[qwx]|th|ph|sh|ch|ck|oo|ee|ou|[bdfkmpqvwxz]h|[ãõåñáíóúìòàèéêâîôûäë]"
                     r"|[aeiou][aeiou]"),
}
"""Spellings a language does not write (a name with one is not read by its rules:
``John``, ``Smith`` are never read as Spanish): letters and digraphs foreign to it,
its doubled consonants aside."""
_SILENT_FR_END = re.compile(f"(?<=[{_VOWELS}rln])(?:e?s|e?x|e?z|ts?|ds?|ps?|e)$")
_LETTERS = re.compile(r"[^\W\d_]+")


def _french_end(word: str) -> str:
    """A French word with its silent final letters dropped (Jacques, Bordeaux,
    Pierre, the ``lt`` of Renault, the ``r`` of Poitiers)."""
    if len(word) > 3:
        word = _SILENT_FR_END.sub("", re.sub("(?<=a)ult$|(?<=i)ers?$", lambda m: "u" if
                                             m.group()[0] == "u" else "e", word))
    return word


def _read(word: str, rules: Rules) -> str:
    out: list[str] = []
    i = 0
    heads = rules.heads
    while i < len(word):
        for pattern, cls in heads.get(word[i], ()):
            m = pattern.match(word, i)
            if m and m.end() > i:
                out.append(cls)
                i = m.end()
                break
        else:
            ch = word[i]
            out.append("V" if ch in _VOWELS else _BASE.get(ch, ""))
            i += 1
    return "".join(out)


def _key(words: list[str], rules: Rules) -> str:
    return _REPEAT_RE.sub(_first_group, " ".join(k for k in (_read(w, rules) for w in words)
                                             if k)).strip()


@lru_cache(maxsize=8192)
def european_keys(text: str) -> tuple[str, ...]:
    """The skeletons of a Latin name read as Spanish (both :data:`JOTA` and
    :data:`BETA` readings), Portuguese, French, German, Italian and Turkish, each once; a
    language whose spelling the name cannot be (:data:`_FOREIGN`) gives none."""
    words = _LETTERS.findall(unicodedata.normalize("NFC", text).casefold())
    if not words:
        return ()
    keys: list[str] = []
    can = {lang: not any(p.search(w) for w in words) for lang, p in _FOREIGN.items()}
    if can["es"]:
        spanish = _key(words, _ES)
        betas = BETA if sum(c not in "V " for c in spanish) > SHORT else BETA[1:]
        keys += [spanish.replace("X", j).replace("B", b) for j in JOTA for b in betas]
    if can["pt"]:
        keys.append(_key(words, _PT))
    if can["fr"]:
        french = _key([_french_end(w) for w in words], _FR)
        keys += [french.replace("Q", "V"), french.replace("Q", "VYV")]  # Pierre ปิแอร์ ปีแยร์
    if can["de"]:
        keys.append(_key(words, _DE))
    if can["it"]:
        keys.append(_key(words, _IT))
    if can["tr"]:
        keys.append(_key(words, _TR))
    if any(_WADE_GILES_RE.match(w) for w in words):  # the English reading, ts as ช
        from .sound_keys import sound_key

        keys.append(re.sub(r"(?:^|(?<= ))TS", "C", sound_key(text)))
    if any(_SLAVIC_RE.search(w) for w in words) and \
            not any(_NOT_SLAVIC_RE.search(w) for w in words):
        slavic = _key(words, _SH)
        keys += [slavic.replace("X", d) for d in DJE]
    return tuple(dict.fromkeys(k for k in keys if k))
