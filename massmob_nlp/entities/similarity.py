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
from .korean import korean_similarity
from .names import vi_similarity
from .sound_floors import sound_cannot_reach
from .sound_keys import consonants, key_similarity
from .sounds import THAI_READING_CONSONANTS, sound_similarity, thai_latin_key
from .sounds_thai import thai_reading_keys
from .thai_search import spell_acronym
from .vowels import royin
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
        score = _latin_thai(a, b, floor)
        bare, plain = _bare_thai(b), _plain_latin(a)
        if score < 1.0 and (bare != b or plain != a) and THAI_RE.search(bare) and plain:
            score = max(score, _latin_thai(plain, bare, floor))  # นายเอกพล จันทะวงษ์: Ekkapol…
        if score < 1.0 and _has_initials(a):
            score = max(score, _spelled_initials(a, b))
        if score < 1.0 and b.startswith(_THAI_BANK) and _BANK_RE.search(a):
            score = max(score, _bank_similarity(a, b))
        if score < ABBREVIATED_SCORE and b.rstrip().endswith("ฯ"):
            score = max(score, _abbreviated(a, b.rstrip()[:-1]))
        return score if score >= floor else None
    return _generic_similarity(a, b, floor)


@lru_cache(maxsize=4096)
def _bare_thai(thai: str) -> str:
    """A Thai name without its titles and place words (:data:`_TITLE_RE`) or web
    domain ending (:data:`_TH_DOMAIN_RE`)."""
    return _TH_DOMAIN_RE.sub("", _TITLE_RE.sub("", thai).rstrip())


@lru_cache(maxsize=4096)
def _plain_latin(latin: str) -> str:
    """A Latin name without the lower-case nouns before it, its titles, its place word
    or web domain ending (:data:`_EN_LOWER_HEAD_RE`, :data:`_EN_TITLE_RE`,
    :data:`_EN_PLACE_TAIL_RE`, :data:`_EN_DOMAIN_RE`)."""
    return _EN_DOMAIN_RE.sub("", _EN_PLACE_TAIL_RE.sub("", _EN_TITLE_RE.sub(
        "", _EN_LOWER_HEAD_RE.sub("", latin))))


@lru_cache(maxsize=4096)
def _has_initials(latin: str) -> bool:
    """Whether a word of a Latin name is initials spelled in Thai letter names."""
    return any(spell_acronym(w) for w in latin.split())


_TITLE_RE = re.compile(r"^(?:(?:อู|ดอ)\s+|(?:สมเด็จอัครมหาเสนาบดีเดโช|สมเด็จมหาบวรธิบดี|"
                       r"สมเด็จ|พลเอกอาวุโส|พล\.อ\.อ\.|นพ\.|พญ\.|"
                       r"นางสาว|นาง|นายกรัฐมนตรี|นาย|ดร\.?|ศ\.|รศ\.|ผศ\.|"
                       r"ศาสตราจารย์|ประธานาธิบดี|พลเอก|พล\.อ\.|ดาโต๊ะ\s*(?:ซรี|ศรี)|ดาโต๊ะ|ตันศรี|ท่าน|"
                       r"เมือง|จังหวัด|เกาะ|รัฐ|แคว้น|มณฑล|ภูเขา|เขา|แม่น้ำ|ทะเลสาบ|ตำบล|"
                       r"อำเภอ|แขวง|เขต|กรุง(?!เทพ|ศรี|ไทย)|เทศบาลนคร|เทศบาลเมือง|เทศบาลตำบล|เทศบาล|สะพาน|อ่าว|ช่องเขา|ช่องแคบ|แหลม|ทะเล|ดวงจันทร์|ดาวเคราะห์|ดาวหาง|"
                       r"ยาน|ฐานทัพอากาศ|ฐานทัพเรือ|ฐานทัพ|จักรพรรดิ|พระเจ้า|แม่ทัพ|"
                       r"ท่าเรือ|ท่าอากาศยาน|สนามบิน|สนามกีฬา|สถานีรถไฟ|"
                       r"กัปตัน|โค้ช|ตันสรี|ตุน|ดาติน|ฮัจญี|(?:จาก|โดย)(?=[ก-ฮเแโใไ])|"
                       r"สำนักข่าว|หนังสือพิมพ์|นิตยสาร|เว็บไซต์|"
                       r"(?:[ก-ฮ]{1,3}\.){1,4}|[\"“'‘][ก-๙]{1,15}[\"”'’])\s*)+")
"""A Thai title before a person's name (``Ekkapol Chantawong`` / นายเอกพล จันทะวงษ์,
``Prof Tara Spires-Jones`` / ศ.ทารา สไปรส์-โจนส์) or the word for a town, province,
island, state, mountain, river or commune before a place's (``Tucson`` /
เมืองทูซอน): the name is also scored without it, and without the English title
(:data:`_EN_TITLE_RE`) or place word after it. Titles stack (ศ.ดร. is *Prof
Dr*), and a Malaysian honorific (``Datuk``, ``Tan Sri`` / ดาโต๊ะ,
ตันศรี) is a title too, as are a team role (กัปตัน *captain*, โค้ช), any Thai
abbreviation (a rank or a place word: พ.ต.อ., จ.ส.อ., จ. for จังหวัด) and a Thai
nickname in quotes before the name ("เมย์" รัชนก อินทนนท์: the English gives no
nickname); a port, airport, stadium or station word before a place's name
(ท่าเรือลักเหวี่ยน for ``Lach Huyen``, สนามกีฬาเวียดจี for ``Viet Tri Stadium``, whose
English word after the name is dropped too); Malaysian ตันสรี, ตุน, ดาติน, ฮัจญี
are titles, and a preposition glued before a name (จากบดินทร์ ผาลา, *from Bordin
Phala*) is dropped too; so is the word for a news agency, newspaper, magazine or website
before an outlet's name (สำนักข่าวรอยเตอร์ for ``Reuters``), and กรุง before a capital's
(กรุงธากา for ``Dhaka``; not กรุงเทพ, กรุงศรี, กรุงไทย, names of their own)."""
_EN_DOMAIN_RE = re.compile(r"\.(?:com|net|org)$", re.IGNORECASE)
_TH_DOMAIN_RE = re.compile("(?:ดอต|ดอท)(?:คอม|เน็ต|ออร์ก)$")
"""A web outlet's domain ending (``Space.com`` / สเปซดอตคอม): scored without it too."""
_THAI_BANK = "ธนาคาร"
_BANK_RE = re.compile(r"\s*bank$", re.IGNORECASE)
_THAI_TAIL = "ไทย"


def _bank_similarity(a: str, b: str) -> float:
    """A bank named with ``bank`` glued or apart (``Kasikornbank``, ``Bangkok Bank``)
    and its Thai name, the head ธนาคาร first (ธนาคารกสิกรไทย, ธนาคารกรุงเทพ): the
    name without its ``bank`` against the Thai without its head, and without a
    ไทย ending it (a Thai bank's Thai name says *Thai*, its brand need not:
    ``Kasikornbank`` / ธนาคารกสิกรไทย)."""
    stem = _BANK_RE.sub("", a).strip()
    rest = b[len(_THAI_BANK):].strip()
    rests = [rest] + ([rest[:-len(_THAI_TAIL)].strip()] if rest.endswith(_THAI_TAIL) and
                      len(rest) > len(_THAI_TAIL) + 2 else [])
    return max((similarity_above(x, y, 0.0) or 0.0 for x in dict.fromkeys((a, stem))
                for y in rests if x and THAI_RE.search(y)), default=0.0)


def _spelled_initials(a: str, b: str) -> float:
    """A name holding initials (``BG Pathum United``, ``SCG Muangthong``) and a Thai
    name of as many words that spells them in Thai letter names (บีจี ปทุม ยูไนเต็ด):
    the other words scored alone; 0 when a word of initials is spelled otherwise or
    nothing else is left."""
    latin, thai = a.split(), b.split()
    if len(latin) != len(thai) or len(latin) < 2:
        return 0.0
    rest: list[tuple[str, str]] = []
    spelled = 0
    for x, y in zip(latin, thai):
        forms = spell_acronym(x)
        if forms and y not in forms:
            return 0.0
        spelled += bool(forms)
        if not forms:
            rest.append((x, y))
    if not spelled or not rest:
        return 0.0
    return similarity_above(" ".join(x for x, _ in rest), " ".join(y for _, y in rest),
                            0.0) or 0.0


_EN_LOWER_HEAD_RE = re.compile(r"^(?:[a-z]+\s+)+(?=[A-Z])")
"""Common nouns in lower case before a name in one span (``moon Io``, ``planet
Mars``): Thai writes the class noun too (ดวงจันทร์ไอโอ), so both are dropped."""
_EN_TITLE_RE = re.compile(r"^(?:(?:Prof|Professor|Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Det|Sgt|"
                          r"Insp|Supt|Chief|Lord|Lady|President|Prime Minister|Gen|"
                          r"Col|Capt|Pol|Lt|Maj|Brig|Adm|ACM|Comm|Snr|Sub\s+Lt|Cpl|Pvt|"
                          r"Datuk\s+Seri|Datuk|Dato'?\s+Sri|Dato'?|Tan\s+Sri|"
                          r"Tun|Pak|Bapak|Bu|Ibu|Mbak|Mount|Mt|Lake|Barangay|U|Daw|"
                          r"Samdech(?:\s+Thipadei|\s+Techo)?|Senior\s+General|"
                          r"Acting\s+President)\.?\s+)+")
"""English titles before a name, stacked: a rank as Thai news in English abbreviates it
(``Pol Lt Gen Pakorn`` / พล.ต.ท.ภากร, ``Comm Datuk Kumar``: Thai writes the rank as
an abbreviation glued to the name, :data:`_TITLE_RE`)."""
_EN_PLACE_TAIL_RE = re.compile(r"\s+(?:Mountains?|River|Lake|Islands?|Bridge|Bay|Pass|"
                               r"Province|District|Commune|Ward|City|Town|Village|"
                               r"Air\s+Base|Naval\s+Base|Base|Port|Airport|Stadium|"
                               r"Station)$|"
                               r"^(?:the\s+)?(?:Bay|Gulf|Sea|Straits?|Isle|Island|Cape|"
                               r"Lake|Mount|Port)\s+of\s+(?:the\s+)?(?=[A-Z])")
"""The English word for the kind of place after its name (``Nghia Linh Mountain``),
or before it with ``of`` (``Bay of Bengal``, ``Gulf of Thailand``, ``Strait of
Malacca``): Thai puts it first (ภูเขาเงียลิงห์, อ่าวเบงกอล, ช่องแคบมะละกา), so both
are dropped to score the names."""


ABBREVIATED_SCORE = 0.85
"""Score of a Latin name and a Thai name cut short by ``ฯ`` that starts it."""
ABBREVIATED_MIN_SIMILARITY = 0.9
"""Least :func:`~.sound_keys.key_similarity` of the cut Thai name and the start of the
Latin name read the Thai way."""


def _abbreviated(latin: str, stem: str) -> float:
    """:data:`ABBREVIATED_SCORE` when the Thai ``stem`` (a name before ``ฯ``, the sign
    that cuts a long name short: จุฬาฯ for จุฬาลงกรณ์) reads as the start of the Latin
    name (``Chulalongkorn``, ``Chulalongkorn University``), read the Thai way, with two
    consonant classes or more; else 0."""
    if not THAI_RE.search(stem) or " " in stem.strip():
        return 0.0
    key = thai_latin_key(latin).replace(" ", "")
    for reading in thai_reading_keys(stem.strip()):
        if consonants(reading) >= 2 and len(key) > len(reading) and \
                key_similarity(key[:len(reading)], reading) >= ABBREVIATED_MIN_SIMILARITY:
            return ABBREVIATED_SCORE
    return 0.0


_HYPHENATED_GIVEN_RE = re.compile(r"\b[A-Z][a-z]+-[a-z]+\b")
"""A given name of two syllables joined by a hyphen, the second in lower case
(``Choi Sang-mok``, ``Han Kuo-yu``, ``Ko Wen-je``): the Korean and Wade-Giles
convention, never the Vietnamese one (``Ba Ria-Vung Tau`` joins two capitalized
names), so such a name is not scored as Vietnamese syllables."""


def _latin_thai(a: str, b: str, floor: float = -math.inf) -> float:
    """:func:`name_similarity` of a Latin name ``a`` and a Thai name ``b``; exact when
    at least ``floor``, else some score below it (the Vietnamese syllable score is
    bounded by ``floor`` when ``floor`` is at most :data:`SOUND_MIN_SCORE`: below it, a
    syllable score only ever counts as a score below ``floor``)."""
    korean = korean_similarity(a, b)
    if korean is not None and korean >= SOUND_MIN_SCORE:
        return korean  # Lee Jae-myung / อี แจ-มย็อง: the surname by its Korean reading
    latin = fold(unicodedata.normalize("NFC", a)).casefold()
    vi_floor = floor if floor <= SOUND_MIN_SCORE else -math.inf
    vi = None if _HYPHENATED_GIVEN_RE.search(a) else vi_similarity(latin, b, vi_floor)
    if vi is not None:
        if vi >= SOUND_MIN_SCORE or not thai_words_only(b):
            return vi
        sound = _sound(a, b)  # Hat Yai / หาดใหญ่: Thai, not Vietnamese
        return max(vi, sound if sound >= SOUND_MIN_SCORE else 0.0)
    sound = _sound(a, b)
    if sound < SOUND_MIN_SCORE and thai_words_only(b):
        sound = max(sound, _thai_reading_similarity(a, b))
    score = sound if sound >= SOUND_MIN_SCORE else 0.0
    if score < 1.0:  # a Thai name in RTGS (MahaNakhon / มหานคร): royin finds it
        royin = _generic_similarity(a, b, max(ROYIN_MIN_SCORE, score))
        score = max(score, royin or 0.0)
    if score < ROYIN_MIN_SCORE and len(a.split()) == len(b.split()):
        score = max(score, _romanized_similarity(a, b))
    return score


def _sound(latin: str, thai: str) -> float:
    """:func:`~.sounds.sound_similarity` of the pair, exact from :data:`SOUND_MIN_SCORE`
    up and maybe lower below it (``cut``: fewer edit distances; 0.0 when symbol counts
    show it is below, :func:`~.sound_floors.sound_cannot_reach`): :func:`_latin_thai`
    counts a lower score as no score."""
    if sound_cannot_reach(latin, thai, SOUND_MIN_SCORE):
        return 0.0  # most pairs of a comparison: no edit distance
    return sound_similarity(latin, thai, floor=SOUND_MIN_SCORE, cut=True)


def _thai_reading_similarity(latin: str, thai: str) -> float:
    """:func:`~.sounds.sound_similarity` of a Latin romanization and a Thai-born name
    (Thai dictionary words) read as the Thai say it whatever its spelling score: a Thai
    place or person is romanized from its sound (``Nakhon Sawan`` นครสวรรค์, whose
    letters ค-ร-ส-ว-ร-ร-ค are far from the romanization's); 0 for a romanization of
    fewer than :data:`~.sounds.THAI_READING_CONSONANTS` consonant classes (a short one
    reads as common words)."""
    if consonants(thai_latin_key(latin)) < THAI_READING_CONSONANTS or \
            sound_cannot_reach(latin, thai, THAI_READING_MIN_SCORE, read_anyway=True):
        return 0.0
    score = sound_similarity(latin, thai, read_anyway=True, floor=THAI_READING_MIN_SCORE,
                             cut=True)  # a lower score counts as none
    return score if score >= THAI_READING_MIN_SCORE else 0.0


THAI_READING_MIN_SCORE = 0.95
"""Least score of :func:`_thai_reading_similarity`: one consonant apart is another
place (``Nakhon Phanom`` is not นครปฐม)."""


@lru_cache(maxsize=4096)
def thai_words_only(thai: str) -> bool:
    """Whether every word of a Thai name is made of Thai dictionary words (หาดใหญ่,
    ทรัพย์ สมบัติ, สระแก้ว), as a Thai-born name is: a Latin name that also reads as
    Vietnamese syllables (``Hat Yai``, ``Sap Sombat``) is then scored as a Thai name
    too, not only by the Vietnamese syllable table; a Vietnamese name in Thai letters
    has syllables no Thai word spells (เหงียน, เติน, บุ่ย)."""
    from pythainlp.tokenize import word_tokenize

    from .thai_search import _thai_dictionary

    words = _thai_dictionary()
    parts = [w for w in re.split(r"[\s\-]+", join_sara_am(unicodedata.normalize("NFC", thai)))
             if w]
    return bool(parts) and all(
        THAI_RE.search(w) is not None and (w in words or all(
            t in words for t in word_tokenize(w, engine="newmm", keep_whitespace=False)))
        for w in parts)


_LOOSE_RULES = (("ph", "p"), ("th", "t"), ("kh", "k"), ("oo", "u"), ("ee", "i"),
                ("ou", "u"), ("w", "o"), ("v", "o"), ("y", "i"))


def _loose(word: str) -> str:
    word = re.sub(r"l$", "n", word)  # a final ล is n in the RTGS, l in English use
    for old, new in _LOOSE_RULES:
        word = word.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", word)


@lru_cache(maxsize=4096)
def _loose_latin(word: str) -> str:
    """A Latin word's letters, folded, in :func:`_loose` form (cached per word)."""
    return _loose(re.sub(r"[^a-z]", "", fold(unicodedata.normalize("NFC", word)).casefold()))


@lru_cache(maxsize=4096)
def _loose_thai(word: str) -> str:
    """A Thai word romanized (royin) in :func:`_loose` form (cached per word)."""
    return _loose(_romanize(join_sara_am(unicodedata.normalize("NFC", word))))


def _romanized_similarity(a: str, b: str) -> float:
    """difflib's ratio of a Latin name and a Thai one romanized (``royin``), word by
    word (the worst word counts), after folding the ways Thai names are spelled in
    English besides the RTGS (``oo``/``u``, ``ee``/``i``, ``ph``/``p``, ``th``/``t``,
    a final ``l`` for ล, doubled letters: ``Somchai Boonmee`` / สมชาย บุญมี,
    ``Ekkapol`` / เอกพล): at least :data:`ROYIN_MIN_SCORE`, else 0."""
    worst = 1.0
    for x, y in zip(a.split(), b.split()):
        x, y = _loose_latin(x), _loose_thai(y)
        # difflib's real_quick_ratio (from the lengths), before indexing the word
        if (2.0 * min(len(x), len(y)) / (len(x) + len(y)) if x or y else 1.0) < \
                ROYIN_MIN_SCORE:
            return 0.0  # an upper bound of this word's ratio: the worst word falls short
        worst = min(worst, difflib.SequenceMatcher(None, x, y, autojunk=False).ratio())
        if worst < ROYIN_MIN_SCORE:
            return 0.0
    return worst


def _generic_similarity(a: str, b: str, floor: float) -> float | None:
    """The best of difflib's ratio and bigram Jaccard of the name keys, or None when
    below ``floor``. difflib's ratio is computed only when its upper bounds
    (``real_quick_ratio``, from the lengths alone; ``quick_ratio``) exceed both the
    Jaccard and ``floor``: the result is the same. The matcher of a key is kept and
    given each other key (:func:`_matcher`): the same ratios, without indexing the
    key again for each pair."""
    x, y = _name_key(a), _name_key(b)
    if not x or not y:
        return 0.0 if floor <= 0.0 else None
    bx, by = _key_bigrams(x), _key_bigrams(y)
    jaccard = len(bx & by) / len(bx | by) if bx | by else 0.0
    # difflib's real_quick_ratio: 2 * min(la, lb) / (la + lb), the same float
    if _may_beat(2.0 * min(len(x), len(y)) / (len(x) + len(y)), jaccard, floor):
        matcher = _matcher(y)
        matcher.set_seq1(x)
        if _may_beat(matcher.quick_ratio(), jaccard, floor):
            jaccard = max(matcher.ratio(), jaccard)
    return jaccard if jaccard >= floor else None


@lru_cache(maxsize=1024)
def _matcher(key: str) -> difflib.SequenceMatcher[str]:
    """A difflib matcher whose second sequence is ``key`` (its index built once; the
    caller sets the first sequence before each use)."""
    return difflib.SequenceMatcher(None, "", key, autojunk=False)


@lru_cache(maxsize=4096)
def _key_bigrams(key: str) -> frozenset[str]:
    return frozenset(_bigrams(key))


def _may_beat(bound: float, jaccard: float, floor: float) -> bool:
    """Whether a ratio at most ``bound`` can change the result: exceed the Jaccard
    and reach ``floor``."""
    return bound > jaccard and bound >= floor


@lru_cache(maxsize=4096)
def _name_key(text: str) -> str:
    text = join_sara_am(unicodedata.normalize("NFC", text))
    if THAI_RE.search(text):
        text = " ".join(_romanize(w) if THAI_RE.search(w) else w for w in text.split())
    return re.sub(r"[^a-z0-9]", "", fold(text).casefold())


def _romanize(text: str) -> str:
    """``text`` romanized by :data:`ROMANIZE_ENGINE` (royin: cached per word,
    :func:`~.vowels.royin`)."""
    if ROMANIZE_ENGINE == "royin":
        return royin(text)
    from pythainlp.transliterate import romanize

    return romanize(text, engine=ROMANIZE_ENGINE)


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


_THAI_PLACE_WORD_RE = re.compile(r"\s*(?:จังหวัด|จ\.(?![ก-ฮ]{1,2}\.)|อำเภอ|ตำบล|เมือง|เกาะ|แขวง|"
                                 r"กรุง)\s*[ก-ฮเแโใไ]")
"""A Thai place word opening a mention (จังหวัด and its abbreviation จ., not the rank
จ.ส.อ.; อำเภอ, ตำบล, เมือง, เกาะ, กรุง): the Thai says the name is a place's."""


def said_a_place(a: str, b: str) -> bool:
    """Whether one of two mentions is Thai and opens with a place word
    (:data:`_THAI_PLACE_WORD_RE`: จ.อุบลราชธานี): the Thai side says what the name
    is, so an English recognizer's ``PERSON`` for the same name (``Ubon Ratchathani``)
    is its mistake, and a person-place pair needs no closer transliteration."""
    return any(_THAI_PLACE_WORD_RE.match(x) is not None for x in (a, b))
