"""Korean names in Thai: the surname by its Korean sound, the given name by sound.

Thai writes a Korean surname from its Korean reading, not from the English
romanization, which keeps older spellings: 이 is ``Lee``/``Yi``/``Rhee`` in English and
อี in Thai, 박 ``Park`` is พัก (or ปาร์ก), 최 ``Choi`` is ชเว, 윤 ``Yoon`` ยุน, 정 ``Jung``
or ``Chung`` จอง. The given name follows the revised romanization closely (``Jae-myung``
/ แจ-มย็อง or แจมยอง), so it is scored by sound
(:func:`~massmob_nlp.entities.sounds.sound_similarity`)."""

from __future__ import annotations

import re

KOREAN_SURNAMES: dict[str, tuple[str, ...]] = {
    "lee": ("อี",), "yi": ("อี",), "rhee": ("อี",), "ri": ("รี", "อี"),
    "park": ("พัก", "ปาร์ก", "ปัก"), "pak": ("พัก", "ปัก"), "bak": ("พัก",),
    "choi": ("ชเว", "ชอย", "ช็อย"), "choe": ("ชเว",),
    "yoon": ("ยุน", "ยูน"), "yun": ("ยุน",),
    "kim": ("คิม", "กิม"),
    "jung": ("จอง", "จุง", "ชุง"), "jeong": ("จอง", "ช็อง"), "chung": ("จอง", "ชุง", "จุง"),
    "kang": ("คัง", "คาง", "กัง"), "cho": ("โช", "โจ"), "jo": ("โจ", "โช"),
    "jang": ("จาง", "ชาง"), "chang": ("จาง", "ชาง"),
    "lim": ("อิม", "ลิม"), "im": ("อิม",), "han": ("ฮัน",), "oh": ("โอ",),
    "seo": ("ซอ",), "suh": ("ซอ",), "shin": ("ชิน", "ซิน"), "kwon": ("ควอน", "คว็อน"),
    "hwang": ("ฮวัง", "ฮวาง"), "ahn": ("อัน", "อาน"), "song": ("ซง", "ซอง"),
    "yoo": ("ยู",), "ryu": ("รยู", "ริว", "ยู"), "hong": ("ฮง", "ฮอง"),
    "jeon": ("ช็อน", "ชอน", "จอน"), "chun": ("ชอน", "ช็อน", "ชุน"), "moon": ("มุน", "มูน"),
    "yang": ("ยาง", "ยัง"), "son": ("ซน", "ซอน"), "bae": ("แบ",),
    "baek": ("แบ็ก", "แพ็ก", "แบก"), "noh": ("โน",), "roh": ("โน", "โร"),
    "nam": ("นัม", "นาม"), "woo": ("อู",), "ko": ("โค", "โก"), "koh": ("โค", "โก"),
    "heo": ("ฮอ",), "huh": ("ฮอ",), "kwak": ("ควัก",), "sung": ("ซอง", "ซุง"),
    "seong": ("ซอง",), "jin": ("จิน",), "cha": ("ชา", "ช"), "joo": ("จู", "ชู"),
    "ju": ("จู",), "gu": ("คู", "กู"), "koo": ("คู", "กู"), "min": ("มิน",),
    "na": ("นา",), "ha": ("ฮา",), "won": ("วอน",), "yeo": ("ยอ",)}
"""Korean surnames in English romanizations, with the Thai spellings of their Korean
reading (the first is the usual one)."""
_HYPHEN_GIVEN_RE = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
_THAI_SEPARATORS_RE = re.compile(r"[\s\-]+")


def korean_similarity(latin: str, thai: str) -> float | None:
    """Similarity of a Latin name read as Korean (surname first: ``Lee``, ``Lee
    Jae-myung``, ``Yoon Suk Yeol``) and a Thai name (without title), or None when the
    Latin name is not shaped like a Korean one: a surname of
    :data:`KOREAN_SURNAMES` alone, or before a given name of one hyphenated word
    (``Jae-myung``) or of two words. The Thai name must start with a Thai spelling of
    the surname (glued or not: อีแจมยอง); its rest is scored with the given name by
    sound, and a lone surname scores 1 with its Thai spelling alone."""
    words = latin.split()
    if not words or len(words) > 3:
        return None
    spellings = KOREAN_SURNAMES.get(words[0].casefold())
    given = words[1:]
    if spellings is None or not all(w[:1].isupper() for w in words) or not (
            not given or (len(given) == 1 and _HYPHEN_GIVEN_RE.match(given[0])) or
            (len(given) == 2 and "-" not in latin)):
        return None
    from .sounds import sound_similarity  # here: most names are not Korean-shaped

    thai = thai.strip()
    best = 0.0
    for spelling in spellings:
        if not thai.startswith(spelling):
            continue
        rest = _THAI_SEPARATORS_RE.sub(" ", thai[len(spelling):]).strip()
        if not given:
            if not rest:
                return 1.0
            continue
        if not rest or (thai[len(spelling):][:1] not in " -" and len(thai) - len(spelling) < 2):
            continue
        rest = _GLIDE_RE.sub(r"\1อ", rest)  # มย็อง for myung: Latin y is a vowel there
        latin_given = _WOO_RE.sub("", " ".join(given).replace("-", " "))
        best = max(best, sound_similarity(latin_given, rest))
    return best


_GLIDE_RE = re.compile("([ก-ฮ][เแโใไ]?)ย(?=[\u0e31\u0e34-\u0e39\u0e47\u0e48-\u0e4bอ\\s\\-]|$)")
"""A Thai ย between a consonant and its vowel: the glide of a Korean syllable (มย็อง
*myeong*, ฮเย *hye*), which the Latin key reads as part of the vowel: read อ."""
_WOO_RE = re.compile(r"(?i)\bw(?=oo)")
"""``woo`` in a Korean given name is the vowel 우 *u* (Ji-woo / จี-อู)."""
