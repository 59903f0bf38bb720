"""Spelling skeletons of Latin and Thai names and their weighted edit distance.

Thai writes a foreign name letter by letter more than sound by sound (``Leeds`` ลีดส์
keeps its ``s`` under the silencer ``์``, ``Walmart`` วอลมาร์ต its ``r``), so both
sides are reduced to the same *spelling skeleton* (:func:`sound_key`): consonant
classes (``K`` for k/c/q/g and ก ข ค, ``P`` for p/b and บ ป พ, ``T`` for t/d/th and
ด ต ท ถ ธ, ...) and one vowel slot ``V`` per vowel run. Two skeletons are compared
with a weighted edit distance (:func:`key_similarity`): vowel slots and weak letters
(h, w, y, r, l after a vowel) cost little, known confusions (k/ch, s/ch, f/p, f/w,
r/l, n/ng) cost half, any other consonant change costs one. The score is
``1 - cost / length`` (higher is better).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .._text import join_sara_am
from .gazetteer import fold

VOWEL = "V"
_TH_CLASS = {
    **dict.fromkeys("กขฃคฅฆ", "K"), **dict.fromkeys("จฉชฌ", "C"),
    **dict.fromkeys("ซศษส", "S"), **dict.fromkeys("ดตฎฏฐฑฒถทธ", "T"),
    **dict.fromkeys("นณ", "N"), "ง": "G", **dict.fromkeys("บปผพภ", "P"),
    **dict.fromkeys("ฝฟ", "F"), "ม": "M", **dict.fromkeys("ยญ", "Y"), "ร": "R",
    **dict.fromkeys("ลฬ", "L"), "ว": "W", **dict.fromkeys("หฮ", "H")}
_TH_VOWELS = set("ะัาำิีึืุูเแโใไ็ๅอฤ")
_TH_LEADING = set("เแโใไ")
_TH_SONORANT = set("งญนมยรลว")
_TH_SKIP = set("่้๊๋ํ๎ฯ")
_SKIP_TABLE = str.maketrans(dict.fromkeys(_TH_SKIP))
_TH_AFTER = _TH_VOWELS - _TH_LEADING
"""Vowel signs written after (or over, under) their consonant."""
_TH_AFTER_BUT_SHORT = _TH_AFTER - {"็"}
_TH_PLAIN = {ch: cls for ch, cls in _TH_CLASS.items() if ch not in "หวญย"}
"""The consonants :func:`_thai_key` reads by their class alone (ห, ว, ญ and ย have
rules of their own), looked up first: the same skeletons, sooner."""
_TH_SAID = _TH_VOWELS - _TH_LEADING - {"ฤ"}
_TH_BEFORE_FINAL_N = _TH_AFTER | {"ิ", "ั"}
_SILENCER = "์"
_DOUBLE_RE = re.compile(r"([b-df-hj-np-tv-z])\1")
_START = {"kn": "n", "wr": "r", "ps": "s", "eu": "yu", "x": "s", "mc": "mak", "hs": "s"}
"""Word starts spelled otherwise in Thai: Knightley ไนท์ลีย์, Wright ไรท์, Eurasia ยูเรเชีย,
McIlroy แม็คอิลรอย (the Mc of a Scottish or Irish name is mak, its c never s),
Xavier ซาเวียร์, the Wade-Giles ``hs`` of a Taiwanese name (Hsiao เซียว, Hsu สวี)."""
_YU_START_RE = re.compile(r"^u(?=[aeiou]|[bcdfgkmnprstvz][aeiouy]|[bcdfgkpt][rl][aeiouy])")
"""A word-initial ``u`` before a vowel or one consonant and a vowel is said *yu*, which
Thai writes ยู (``UEFA`` ยูฟ่า, ``UNESCO`` ยูเนสโก, ``Uganda`` ยูกันดา, ``Ukraine`` ยูเครน);
not before two consonants (``Umbria`` อุมเบรีย)."""
_CESTER_RE = re.compile(r"(?<=[a-z]{2})cester$")
"""The old-English ``-cester`` of a town (from *ceaster*) is said *-ster*, its ``ce``
silent: Thai writes สเตอร์ (``Leicester`` เลสเตอร์, ``Worcester`` วูสเตอร์,
``Gloucester`` กลอสเตอร์, ``Bicester`` บิสเตอร์)."""
_STLE_RE = re.compile(r"(?<=[aeiou])stle")
"""The ``t`` of ``-stle`` is silent (``castle``, ``whistle``): Thai writes ``Newcastle``
นิวคาสเซิล, ``Castleford`` คาสเซิลฟอร์ด."""
_FINAL_H = re.compile(r"(?<=[aeiouy])h$")
"""A word-final ``h`` after a vowel is silent (Wade-Giles Yu-ih โหย่วอี๋, Hsieh เซี่ย,
Sarah ซาราห์): Thai leaves it out or writes it silenced (ห์), so neither side keeps it."""
_FINAL_NH = re.compile(r"(?<=[aeiouy])nh$")
"""A word-final Vietnamese ``nh`` (Linh, Minh, Thanh) is one nasal: Thai writes it ญ,
ง or น, with or without a silenced ห์ (ลิญ, ลิงห์, มินห์)."""
_THAI_SILENT_H = re.compile("[หฮ][่-๋]?์")
_START_RE = re.compile("^(?:" + "|".join(_START) + ")")
_SILENT_S = re.compile("ส์(?![\u0e01-\u0e4e])")

_EN_RULES: tuple[tuple[str, str], ...] = (
    ("tch", "C"), ("sch", "C"), ("ch", "C"), ("sh", "C"), ("zh", "C"), ("cz", "C"),
    ("ph", "F"), ("th", "T"),
    ("gh", "K"), ("kh", "K"), ("ck", "K"), ("nge", "NJV"), ("ngi", "NJV"),
    ("nga", "GKV"), ("ngo", "GKV"), ("ngu", "GKV"), ("ng", "G"), ("qu", "KW"), ("wh", "W"),
    ("rh", "R"), ("ce", "SV"), ("ci", "SV"), ("cy", "SV"), ("ge", "JV"), ("gi", "JV"),
    ("gy", "JV"), ("c", "K"),
    ("x", "KS"), ("z", "S"), ("j", "C"), ("q", "K"), ("k", "K"), ("g", "K"),
    ("s", "S"), ("t", "T"), ("d", "T"), ("n", "N"), ("p", "P"), ("b", "P"),
    ("f", "F"), ("v", "W"), ("m", "M"), ("r", "R"), ("l", "L"), ("w", "W"),
    ("h", "H"))
_EN_BY_HEAD: dict[str, tuple[tuple[str, str], ...]] = {
    head: tuple(rule for rule in _EN_RULES if rule[0][0] == head)
    for head in dict.fromkeys(pattern[0] for pattern, _ in _EN_RULES)}
""":data:`_EN_RULES` by their first letter, in their order."""
_EN_VOWELS = set("aeiouy")

WEAK = frozenset("HWY")
"""Consonant classes Thai often adds or drops (silent h, w/y glides)."""
_NEAR: dict[frozenset[str], float] = {
    frozenset("KC"): 0.5, frozenset("SC"): 0.5, frozenset("TC"): 0.6,
    frozenset("FP"): 0.5, frozenset("FW"): 0.3, frozenset("RL"): 0.3,
    frozenset("NG"): 0.4, frozenset("NL"): 0.6, frozenset("KG"): 0.6,
    frozenset("YC"): 0.5, frozenset("SK"): 0.8, frozenset("HK"): 0.6,
    frozenset("JC"): 0.1, frozenset("JK"): 0.3,
    frozenset("JY"): 0.5}
VOWEL_COST = 0.25
WEAK_COST = 0.5
LATIN_SPACE_COST = 0.1
"""A Latin word boundary that Thai runs together (จินผิงเหมย) costs little..."""
THAI_SPACE_COST = 1.0
"""...a Thai space where the Latin name has none (a span running into the next
word, ``คาทอลิก ทีนา อัน`` for ``Catholic Union``) costs as much as a consonant."""


@lru_cache(maxsize=8192)
def sound_key(text: str) -> str:
    """The spelling skeleton of a Latin or Thai name: consonant classes and ``V`` per
    vowel run, repeated classes collapsed, one space between words (``Mike Coupe``
    and ไมค์ คูป both give ``MVK KVP``); a Thai ``ส์`` ending a word (a possessive or
    plural ``s`` written silent) is ``s``; ำ written ํา is ำ."""
    text = join_sara_am(unicodedata.normalize("NFC", text))
    thai = _THAI_CHAR_RE.search(text) is not None
    key = _thai_key(_THAI_SILENT_H.sub("", text)) if thai else _latin_key(text)
    return _REPEAT_RE.sub(_first_group, key).strip()


_THAI_CHAR_RE = re.compile("[\u0e00-\u0e7f]")
_REPEAT_RE = re.compile(r"(.)\1+")


def _first_group(match: re.Match[str]) -> str:
    """A run's first symbol (``re.sub`` calls a function faster than it expands a
    ``\\1`` template: the same text, a third of the time on Thai skeletons)."""
    return match.group(1)


_ELISION_RE = re.compile(r"(?<![a-z])([dlo])['’](?=[a-z])")
"""An elided particle (French and Italian ``d'``, ``l'``, Irish ``O'``): Thai writes it
with the next word as one (โกตดิวัวร์ for ``Côte d'Ivoire``)."""


def _latin_key(text: str) -> str:
    out: list[str] = []
    text = _ELISION_RE.sub(_first_group, fold(text).casefold())  # d'Ivoire, O'Brien: one word
    for word in re.findall(r"[a-z]+", text):
        key = _latin_word(word)
        if len(word) > 3 and re.search(r"[^aeiouy]e$", word) and key.endswith(VOWEL):
            key = key[:-1]  # a silent final e: Mike, Coupe, Price
        if re.search(r"[aeiouy]ve?$", word) and key.endswith("W"):
            key = key[:-1] + "F"  # Thai ends no syllable in ว: Reeve รีฟ, Lavrov ลาฟรอฟ
        out.append(key)
    return " ".join(k for k in out if k)


def _latin_word(word: str) -> str:
    word = _DOUBLE_RE.sub(_first_group, word)  # Exxon, Pettersson: one letter in Thai
    if len(word) > 1:
        word = _FINAL_NH.sub("n", word)  # Vietnamese Linh ลิญ/ลิงห์/ลินห์: a nasal
        word = _FINAL_H.sub("", word)  # Yu-ih, Hsieh, Sarah: a silent h
    word = _START_RE.sub(lambda m: _START[m.group(0)], word)
    word = _YU_START_RE.sub("yu", word)
    word = _CESTER_RE.sub("ster", word)
    word = _STLE_RE.sub("sle", word)
    out: list[str] = []
    i = 0
    while i < len(word):
        ch = word[i]
        nxt = word[i + 1] if i + 1 < len(word) else ""
        glide = ch == "y" and bool(nxt) and nxt in "aeiou" and (
            i == 0 or word[i - 1] in "aeiou")  # York, Toyota, Maya
        if ch in _EN_VOWELS and not glide:
            out.append(VOWEL)
            i += 1
            continue
        if ch == "y":
            out.append("Y")
            i += 1
            continue
        if ch == "w" and i and word[i - 1] == "e" and (nxt in _EN_VOWELS or i >= 2):
            i += 1  # ew is one vowel: Lewis ลูอิส, Andrew แอนดรูว์, Newton นิวตัน
            continue
        if ch == "w" and i and word[i - 1] in "ao" and nxt not in _EN_VOWELS:
            i += 1  # ow, aw before a consonant or at the end are one vowel, which Thai
            continue  # closes with ว read as a vowel: Town ทาวน์, Shaw ชอว์, Dawson ดอว์สัน
        for pattern, cls in _EN_BY_HEAD.get(ch, ()):  # those starting with ch: the same
            if word.startswith(pattern, i):  # first rule, sooner
                out.append("" if pattern == "gh" and i else cls)  # silent: Hughes, Leigh
                i += len(pattern)
                break
        else:
            i += 1  # digits and other letters: no sound class
    return "".join(out)


def _thai_key(text: str) -> str:
    out: list[str] = []
    push = out.append
    lead: str | None = None
    led = False  # the previous consonant carried a leading vowel
    chars = text.translate(_SKIP_TABLE)
    seq = ["", *chars, "", ""]  # prev, ch, nxt, after: "" outside the text
    classes, vowels, leading, after_signs = _TH_CLASS, _TH_VOWELS, _TH_LEADING, _TH_AFTER
    plain, said = _TH_PLAIN, _TH_SAID
    for k, (prev, ch, nxt, after2) in enumerate(zip(seq, seq[1:], seq[2:], seq[3:])):
        cls = plain.get(ch)
        if cls is not None:  # most letters: a consonant no rule below reads otherwise
            led = False
            push(cls)
            if lead is not None and not (nxt == "ร" and after2 != _SILENCER and
                                         after2 not in _TH_AFTER_BUT_SHORT):
                push(lead)  # เมก: a leading vowel is read after its consonant
                lead = None  # (after the cluster in เกร, ไพร)
                led = True
            continue
        if ch in leading:
            lead = VOWEL
            continue
        if ch in said:  # a vowel sign (nor leading, nor ฤ): as below
            push(VOWEL + "M" if ch == "ำ" else VOWEL)
            lead = None
            continue
        if ch == _SILENCER or (ch not in classes and ch not in vowels):
            if not ("\u0e00" <= ch <= "\u0e7f"):
                push(" ")  # a space or Latin letter: a word boundary
            continue
        if ch == "ฤ":
            out += ["R", VOWEL]  # ฤ is ri/rue: ฤทธา for Rithea
            lead = None
            continue
        if ch in vowels:
            push(VOWEL + "M" if ch == "ำ" else VOWEL)  # อ carries the leading
            lead = None  # vowel: เอ, โอ; ำ is -am: ถ้ำ for Tham, คำ for kham
            continue
        cls = classes[ch]
        if ch == "ห" and nxt in _TH_SONORANT and ((prev not in classes and (
                prev in "ไใ" or (after2 and after2 not in " -"))) or
                after2 in after_signs):
            continue  # ห before a sonorant only marks the tone (ไหล, ไหลหยุน; not แหง)
        if ch == "ว" and prev in classes and nxt in classes and not lead:
            push(VOWEL)  # ว between two consonants is the vowel -ua-: กวม, ฮวน
            continue
        if ch == "ญ" and prev in _TH_BEFORE_FINAL_N and nxt not in vowels:
            push("N")  # a final ญ is read n: มิญ, ทัญ (Vietnamese Minh, Thanh)
            led = False
            continue
        if cls in "WY" and nxt not in vowels and (
                prev in after_signs or (led and k > 1) or
                (prev in "ยว" and out[-1:] == [VOWEL])):
            push(VOWEL)  # a glide closing a vowel: ไมย, าว, ัว, เมย์, เวย, เซียว
            led = False
            continue
        led = False
        push(cls)
        if lead is not None and not (nxt == "ร" and after2 != _SILENCER and
                                     after2 not in _TH_AFTER_BUT_SHORT):
            push(lead)  # เมก: a leading vowel is read after its consonant
            lead = None  # (after the cluster in เกร, ไพร)
            led = True
    key = "".join(out)
    if not _SILENT_S.search(text):
        return key  # a double ส ending a word (มอสส์, รอสส์) is the one s of Moss, Ross
    return _FINAL_S_RE.sub(lambda m: "S" if len(m.group()) > 1 else "s", key)


_FINAL_S_RE = re.compile(r"S+(?= |$)")


def _cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if " " in (a, b):
        return 9.0  # never: a space is only kept or dropped
    if VOWEL in (a, b):
        return VOWEL_COST + _indel(a if b == VOWEL else b, 0.0)
    return _NEAR.get(frozenset((a, b)), 1.0)


def _indel(c: str, space: float) -> float:
    if c == " ":
        return space
    return VOWEL_COST if c == VOWEL else WEAK_COST if c in WEAK else 1.0


@lru_cache(maxsize=65536)
def _weight(key: str) -> float:
    """:data:`VOWEL_COST` per vowel slot, 1 per other symbol but a space: the sum,
    counted (exact in any order: multiples of a quarter)."""
    if not key:
        return 0
    slots = key.count(VOWEL)
    return (len(key) - slots - key.count(" ")) + VOWEL_COST * slots


def key_similarity(x: str, y: str, floor: float = 0.0) -> float:
    """Similarity in [0, 1] (higher is better) of the :func:`sound_key` skeletons of a
    Latin name ``x`` and a Thai name ``y``; a final silent Thai ``ส์`` (``Sainsbury``
    / เซนส์บิวรีส์, a possessive or plural) or a final Latin ``s`` that Thai leaves out
    need not be matched, nor the ``t`` of a final Latin ``st``/``xt`` that Thai ends
    on ส or ซ์ (``Next`` / เน็กซ์). ``floor``: a caller that only asks whether the
    score reaches it gets the exact score when it does, and 0.0 (or another score
    below it) when it does not (:func:`_key_similarity` stops early)."""
    if not x or not y:
        return 0.0
    score = _key_similarity(x, y.replace("s", "S"), floor)
    if x.endswith("ST") and y.endswith(("S", "s")) and len(y) < len(x):  # Next เน็กซ์
        score = max(score, _key_similarity(x[:-1], y.replace("s", "S"), floor))
    if y.endswith("s") and not x.endswith("S"):
        return max(score, _key_similarity(x, y[:-1].rstrip().replace("s", "S"), floor))
    if x.endswith("S") and not y.endswith(("S", "s")):
        return max(score, _key_similarity(x[:-1].rstrip(), y.replace("s", "S"), floor))
    return score


CUT_SLACK = 1e-9
"""Rounding room of the early stop of :func:`_key_similarity`: a row this close to
the cost a floor allows is carried on to the end."""


@lru_cache(maxsize=65536)
def _key_similarity(x: str, y: str, floor: float = 0.0) -> float:
    """The weighted edit distance of ``x`` and ``y`` as a score. With ``floor`` > 0
    the rows stop as soon as the least cost of a row exceeds the cost the floor allows,
    and 0.0 is returned: that is exact, since every cost is non-negative, so each cell
    of a row is at least the least cost of the row before, and the last cell (the
    distance) at least the least cost of any row."""
    if not x or not y:
        return 0.0
    cost, ins, drop = _tables()
    added = [ins[c] for c in y]
    prev = [0.0]
    for step in added:
        prev.append(prev[-1] + step)
    scale = max(_weight(x), _weight(y))
    limit = (1.0 - floor) * scale + CUT_SLACK if floor > 0.0 else float("inf")
    for a in x:  # the edit distance row by row, min() written out (the hot loop)
        gone = drop[a]
        costs = cost[a]
        left = prev[0] + gone
        row = [left]
        for diag, up, b, step in zip(prev, prev[1:], y, added):
            best = diag + costs[b]
            up += gone
            if up < best:
                best = up
            step += left
            if step < best:
                best = step
            row.append(best)
            left = best
        prev = row
        if min(row) > limit:
            return 0.0  # the distance is at least this row's least cost: below floor
    return max(0.0, 1.0 - prev[-1] / scale)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict[str, float]], dict[str, float], dict[str, float]]:
    """:func:`_cost` and :func:`_indel` as lookup tables over all key symbols."""
    symbols = {*_TH_CLASS.values(), *(c for _, cls in _EN_RULES for c in cls), "J", "s",
               VOWEL, " "}
    cost = {a: {b: _cost(a, b) for b in symbols} for a in symbols}
    return (cost, {c: _indel(c, THAI_SPACE_COST) for c in symbols},
            {c: _indel(c, LATIN_SPACE_COST) for c in symbols})


def consonants(key: str) -> int:
    """Number of consonant classes in a :func:`sound_key`."""
    return sum(1 for c in key if c not in (VOWEL, " "))
