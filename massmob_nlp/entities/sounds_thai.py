"""Thai names as the Thai say them, for their English romanizations.

A Thai person's or place's name is romanized from its sound (the RTGS or a family's
own spelling: ``Srettha`` เศรษฐา, ``Paetongtarn`` แพทองธาร, ``Chulalongkorn``
จุฬาลงกรณ์), not letter by letter as a foreign name is written in Thai: a consonant
ending a syllable is read by its final class (ษ in เศรษ is t, ร in ธาร is n),
letters under the silencer ``์`` and the ร of a final cluster are not said (วงศ์ is
wong, เกียรติ kiat), รร is -an- (วรรณ wan), and an aspirated Thai consonant is
romanized with an ``h`` (ph, th, kh: พ/ภ, ท/ธ/ฐ, ข/ค). :func:`thai_reading_key` gives
the reading of a Thai name in the alphabet of
:func:`massmob_nlp.entities.sound_keys.sound_key` (consonant classes, ``V`` per vowel
run), cut into syllables by PyThaiNLP's syllable dictionary;
:func:`thai_respelling` respells a Latin romanization the Thai way (``ph`` is p,
``arn`` is an) for :func:`massmob_nlp.entities.sounds.thai_latin_key`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .._text import join_sara_am
from .gazetteer import fold
from .sound_keys import _REPEAT_RE, _first_group

_INITIAL = {
    **dict.fromkeys("กขฃคฅฆ", "K"), "ง": "G", **dict.fromkeys("จฉชฌ", "C"),
    **dict.fromkeys("ซศษส", "S"), "ญ": "Y", **dict.fromkeys("ดตฎฏฐฑฒถทธ", "T"),
    **dict.fromkeys("นณ", "N"), **dict.fromkeys("บปผพภ", "P"), **dict.fromkeys("ฝฟ", "F"),
    "ม": "M", "ย": "Y", "ร": "R", **dict.fromkeys("ลฬ", "L"), "ว": "W",
    **dict.fromkeys("หฮ", "H"), "อ": ""}
"""Thai consonants starting a syllable."""
_FINAL = {
    **dict.fromkeys("กขคฆ", "K"), **dict.fromkeys("จชซฌฎฏฐฑฒดตถทธศษส", "T"),
    **dict.fromkeys("บปพฟภ", "P"), **dict.fromkeys("ญณนร", "N"), **dict.fromkeys("ลฬ", "L"),
    "ง": "G", "ม": "M",
    **dict.fromkeys("ยว", "V"), "อ": "V"}
"""Thai consonants ending a syllable, by their final sound (ย and ว close a vowel); a
final ล is n in the RTGS but l in most spellings (``Charnvirakul`` กูล, ``Bhumibol``
พล), and l and n are near in :func:`~massmob_nlp.entities.sound_keys.key_similarity`."""
_LEADING = "เแโใไ"
_VOWEL_SIGNS = "ะัาำิีึืุู็ๅ"
_MARKS = "่้๊๋ํ๎"
_SONORANTS = "งญนมยรลว"
def _cluster(pair: str, vowel_after: bool) -> bool:
    """Whether two Thai consonants start a syllable together: ร or ล after another
    consonant (กร, ปล, and ศร, which a romanization spells: เศรษฐา ``Srettha``), ว
    after ก ข ค before a vowel sign (กวาง; ว with no vowel sign after it is the
    vowel -ua-: ขวด)."""
    return pair[1] in "รล" or (pair[1] == "ว" and pair[0] in "กขค" and vowel_after)


_SILENT_RE = re.compile("(?:[ก-ฮ]ร|[ก-ฮ])[ิุ]?์")
"""Letters under the silencer: ศ์ of วงศ์, ทร์ of จันทร์, ธิ์ of สิทธิ์."""
_WORD_RE = re.compile("[ก-๎]+")


def thai_reading_key(text: str) -> str:
    """The :func:`~massmob_nlp.entities.sound_keys.sound_key` alphabet reading of a Thai
    name as spoken (``เศรษฐา ทวีสิน`` → ``SRVTV TVWVSVN``, read like ``Srettha
    Thavisin``); ``""`` for text without Thai letters."""
    return thai_reading_keys(text)[0]


@lru_cache(maxsize=8192)
def thai_reading_keys(text: str) -> tuple[str, ...]:
    """:func:`thai_reading_key`, then (when it differs) the reading that links the
    syllables inside a word (:func:`_linked_key`: เกียรติศักดิ์ is kiat-ti-sak, วีรกูล
    wi-ra-kun), and the one that says a linked final twice, as the final of its
    syllable and the start of the next (:func:`_linked_key` ``doubled``: กุลวุฒิ is
    kun-la-wut, ``Kunlavut``)."""
    text = _RUE_RE.sub("ริ", join_sara_am(unicodedata.normalize("NFC", text)))
    out = []
    variants: list[tuple[str, bool | str]] = [(text, False), (text, True)]
    said = _SAID_R_RE.sub(lambda m: _SAID_R[m.group(1)], text)
    if said != text:
        variants += [(said, False), (said, True)]
    if "์" in text:  # the learned spelling reads the silenced letters (นนท์ ``nonda``)
        variants.append((_LEARNED_RE.sub(_learned, text), True))
    variants.append((said, "doubled"))  # กุลวุฒิ kun-la-wut: ล ends กุล and starts la
    for text, linked in variants:
        words = []
        for word in _WORD_RE.findall(text):
            word = _SILENT_RE.sub("", word.translate(_NO_MARKS))
            syls = _join_rr(list(_dictionary_syllables(word)) if word else [])
            if len(syls) > 1 and len(syls[-1]) == 1:  # a lone last letter ends the
                syls = [*syls[:-2], syls[-2] + syls[-1]]  # syllable before (ยุ|ท)
            words.append("".join(_linked_key(s, doubled=linked == "doubled")
                                 if linked and k + 1 < len(syls)
                                 else _syllable_key(s) for k, s in enumerate(syls)))
        out.append(_REPEAT_RE.sub(_first_group, " ".join(w for w in words if w)).strip())
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=8192)
def _dictionary_syllables(word: str) -> tuple[str, ...]:
    """PyThaiNLP's dictionary syllables of a Thai word (cached: the readings of
    :func:`thai_reading_keys` cut the same words again, up to six times a name, and
    a comparison reads a name in many stretches)."""
    from pythainlp.tokenize import syllable_tokenize

    return tuple(syllable_tokenize(word, engine="dict"))


_NO_MARKS = dict.fromkeys(map(ord, _MARKS))
_LEARNED_RE = re.compile("([ก-ฮ]?)([ิุ]?)์")


def _learned(m: re.Match[str]) -> str:
    """A silenced letter as the learned (Sanskrit-style) romanization of names and
    royal words spells it: a syllable of its own (ลลิตานนท์ ``Lulitanonda``,
    ราชนครินทร์ ``Rajanagarindra``, สุรยุทธ์ ``Surayudh``)."""
    return m.group(1) + (m.group(2) or "ะ")
_RUE_RE = re.compile("ฤๅ?")
"""ฤ is a syllable of its own, r with a vowel (นฤมล na-ru-mon, กฤษดา krit-sa-da,
คึกฤทธิ์ khuek-rit)."""
_SAID_R = {"ทร": "ซ", "ศร": "ศ", "สร": "ส", "จร": "จ"}
_SAID_R_RE = re.compile("(ทร|ศร|สร|จร)(?![์ิุ]*์)")
"""An initial ร after ท, ศ, ส or จ that the Thai do not say: ทร is s (ทรัพย์ sap,
ทราย sai, เทรา of ฉะเชิงเทรา sao), ศร and สร are s (ศรี si, สระ sa), จร is ch (จริง);
read in a second reading beside the spelled one (ศรี is also ``Sri``, จันทรา
``Chantra``)."""


def _join_rr(syls: list[str]) -> list[str]:
    """Syllables with a รร the syllable dictionary cut in two put back together
    (ธน|วร|รธ → ธน|วรรธ: วรรธ is wat), and a รร cut off its initial (สว|รร → สวรร:
    no syllable starts with รร, สวรรค์ is sa-wan)."""
    out = list(syls)
    for k in range(len(out) - 1):
        if out[k + 1].startswith("รร") and not out[k].endswith("ร"):
            out[k], out[k + 1] = out[k] + out[k + 1], ""
    out = [x for x in out if x]
    for k in range(len(out) - 1):
        if out[k].endswith("ร") and out[k + 1].startswith("ร") and \
                not out[k].endswith("รร"):
            out[k], out[k + 1] = out[k] + "ร", out[k + 1][1:]
            if len(out[k + 1]) == 1:  # a lone letter left ends the syllable: วรรธ
                out[k], out[k + 1] = out[k] + out[k + 1], ""
    return [x for x in out if x]


def _linked_key(syl: str, *, doubled: bool = False) -> str:
    """A syllable inside a compound read with its last consonant starting a linking
    syllable, as Thai names of Pali and Sanskrit words are said and romanized
    (เกียรติศักดิ์ kiat-ti-sak, วีรกูล wi-ra-kun, ราชประสงค์ rat-cha-pra-song).
    ``doubled``: the consonant also ends its own syllable, as said (a final ล as n:
    กุลวุฒิ kun-la-wut ``Kunlavut``, ชลบุรี chon-la-bu-ri); never ร (วีร is wi-ra)."""
    key = _syllable_key(syl, linked=True)
    last = syl.rstrip("ิุ")[-1:]
    if key.endswith("V") or last not in _INITIAL or last in "ยวอ":
        return key
    if doubled and last not in "รห" and last in _FINAL:
        final = "N" if last in "ลฬ" else _FINAL.get(last, "")
        return key[:-1] + final + _INITIAL.get(last, "") + "V"
    return key[:-1] + _INITIAL.get(last, "") + "V" if key[-1:] != "V" else key


def _syllable_key(syl: str, linked: bool = False) -> str:
    """One Thai syllable read as spoken: initial consonant (and cluster), vowel,
    final class; รร is -an-, a final ิ/ุ after a vowel is not said (ภูมิ, เกียรติ),
    a ร beside another final is silent (วัตร, เกียรติ)."""
    syl = re.sub("รร(?=[ก-ฮ])", "ั", syl)
    syl = syl.replace("รร", "ัน")
    if len(syl) > 2 and syl[-1] in "ิุ" and any(c in _VOWEL_SIGNS + _LEADING
                                              for c in syl[:-2]):
        said = _syllable_key(syl[:-1])  # the final ิ/ุ is not said (ภูมิ, เกียรติ)
        return said + _INITIAL.get(syl[-2], "") + "V" if linked else said
    lead = syl[:1] in _LEADING
    body = syl[1:] if lead else syl
    bare = not any(c in _VOWEL_SIGNS for c in body)
    if len(body) > 1 and body[0] == "ห" and body[1] in _SONORANTS and \
            not (not lead and bare and body[1] == "ว" and len(body) == 3):
        body = body[1:]  # ห marking the tone of หล, หม, หว (ใหม่, หลวง); not the
        # ห of ห่วง (h-ua-ng: ว between two consonants is the vowel)
    if lead and bare and len(body) == 2 and body[1] in "รล":
        return _INITIAL.get(body[0], "") + _INITIAL.get(body[1], "") + "V"  # แพร่, ไกล, ใคร
    if lead and bare and len(body) >= 3 and body[0] not in "หอ" and \
            not _cluster(body[:2], True) and body[2:].replace("ร", ""):
        # the leading vowel belongs to the second consonant, the first takes a:
        # เกษตร ka-set, เกษม ka-sem, แสดง sa-daeng, โฉนด cha-not (not เพชร, phet)
        finals = [c for c in body[2:] if c in _FINAL and c != "ร"]
        return _INITIAL.get(body[0], "") + "V" + _INITIAL.get(body[1], "") + "V" + \
            (_FINAL.get(finals[0], "") if finals and finals[0] not in "อ" else "")
    first_vowel = next((k for k, c in enumerate(body) if c in _VOWEL_SIGNS), None)
    if first_vowel is not None and first_vowel > 0:
        onset, rest = body[:first_vowel], body[first_vowel:]
    elif first_vowel == 0:
        onset, rest = "", body
    else:  # no vowel sign: an initial, then (with a leading vowel or not) finals
        if not lead and len(body) == 3 and all(c in _INITIAL for c in body) and \
                not _cluster(body[:2], False) and body[1] not in "วอ":
            # two syllables: นคร is na-khon, พนม pha-nom, สกล sa-kon
            return _INITIAL[body[0]] + "V" + _INITIAL[body[1]] + "V" + _FINAL.get(body[2], "")
        cut = 2 if len(body) >= 3 and _cluster(body[:2], False) else 1
        onset, rest = body[:cut], body[cut:]
        if not lead and len(rest) > 1 and rest[0] == "ว":
            rest = rest[1:]  # ว between two consonants is the vowel -ua- (รวด, ขวด)
    out = [_INITIAL.get(onset[0], "")] if onset else []
    if len(onset) > 1:
        second = onset[1:]
        if not _cluster(onset[:2], True):
            out.append("V")  # two initials with the inherent vowel between (อนุ)
        out += [_INITIAL.get(c, "") for c in second]
    out.append("V")
    finals = [c for c in rest if c in _FINAL]
    if len(finals) > 1:
        finals = [c for c in finals if c != "ร"] or finals[-1:]
    if len(finals) > 1:
        finals = [c for c in finals[:-1] if c not in "ยวอ"] + finals[-1:]  # เ-ีย, -ัว
    if finals:
        out.append(_FINAL.get(finals[0], ""))  # ลักษ(ณ์) is lak
    return "".join(out)


_LATIN_RULES = (("ph", "p"), ("bh", "b"), ("dh", "d"), ("kh", "k"), ("th", "t"),
                ("(?<!n)g", "k"))
_R_BEFORE_N = re.compile("(?<=[aeiou])r(?=[nm]|$)")


_NOT_THAI_RE = re.compile("[qxz]|c(?![hk])")
"""Letters no romanization of a Thai name uses (``Next``, ``Zurich``, ``Carla``)."""


@lru_cache(maxsize=8192)
def thai_respelling(text: str) -> tuple[str, ...]:
    """The words of a Latin romanization of a Thai name respelled the Thai way, for
    :func:`massmob_nlp.entities.sounds.thai_latin_key`: ``ph``, ``th``, ``kh`` are p,
    t, k (aspirated, not f); ``g`` is ก; an ``r`` between a vowel and ``n``, ``m`` or
    the word end only lengthens the vowel (``Paetongtarn`` ธาร, ``Porntip`` พร); ``()``
    for a name with a letter no Thai romanization uses (:data:`_NOT_THAI_RE`)."""
    folded = fold(text).casefold()
    if _NOT_THAI_RE.search(folded):
        return ()
    out = []
    for word in re.findall(r"[a-z]+", folded):
        for old, new in _LATIN_RULES:
            word = re.sub(old, new, word)
        out.append(_R_BEFORE_N.sub("", word))
    return tuple(out)
