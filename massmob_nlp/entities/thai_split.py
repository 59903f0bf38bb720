"""Thai recognizer spans that run two names together.

Thai writes no space between a name and the next word, and the ThaiNER model often
tags a person with the position or the body that follows (``นายโจ ไบเดนประธานาธิบดี
สหรัฐ``, ``นายพิธา ลิ้มเจริญรัตน์พรรคก้าวไกล``, ``ดร.สมชาย ใจดีมหาวิทยาลัยเชียงใหม่``).
:func:`split_person_spans` cuts such a PERSON span where a position word
(:data:`POSITION_WORDS`: the person's title, dropped), the head of a body
(:data:`ORG_HEADS`: an ORG runs from it to the end) or a place of the world table
(a LOC) begins after the person's given name and surname.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .world import world_ids

POSITION_WORDS: tuple[str, ...] = (
    "ประธานาธิบดี", "รองประธานาธิบดี", "นายกรัฐมนตรี", "รองนายกรัฐมนตรี", "รัฐมนตรี",
    "ผู้อำนวยการ", "ประธานเจ้าหน้าที่บริหาร", "ประธาน", "รองประธาน", "เลขาธิการ",
    "โฆษก", "ผู้ว่าการ", "ผู้ว่าราชการ", "ผู้ว่าฯ", "ซีอีโอ", "กรรมการผู้จัดการ",
    "ผู้จัดการ", "หัวหน้า", "ผู้บัญชาการ", "เอกอัครราชทูต", "ทูต", "ผู้นำ", "ผู้ก่อตั้ง",
    "ผู้บริหาร", "นักวิเคราะห์", "นักเศรษฐศาสตร์", "ผู้สื่อข่าว", "นายกเทศมนตรี",
    "สมาชิกรัฐสภา", "ส.ส.", "ส.ว.", "อธิบดี", "ปลัด", "ผู้บัญชาการตำรวจ", "อัยการ",
    "ผู้พิพากษา", "ศาสตราจารย์", "อาจารย์", "โค้ช", "กัปตัน", "ผู้ฝึกสอน")
"""Positions Thai writes right after a person's name (``ประธานาธิบดี`` president,
``โฆษก`` spokesperson, ``ซีอีโอ`` CEO)."""
ORG_HEADS: tuple[str, ...] = (
    "กระทรวง", "องค์การ", "องค์กร", "สำนักงาน", "บริษัท", "สถาบัน", "พรรค", "กรม",
    "สภา", "คณะกรรมการ", "ศาล", "สหภาพ", "สมาคม", "ธนาคาร", "กองทัพ", "มหาวิทยาลัย",
    "โรงพยาบาล", "โรงเรียน", "วิทยาลัย", "สโมสร", "มูลนิธิ", "สหพันธ์", "หน่วยงาน",
    "ศูนย์", "สถานี", "ตำรวจ")
"""Heads of a body's Thai name (ministry, organisation, office, company, party,
university, hospital, club...)."""
_CUT_WORDS = sorted({*POSITION_WORDS, *ORG_HEADS}, key=len, reverse=True)
_CUT_RE = re.compile("|".join(map(re.escape, _CUT_WORDS)))
_POSITION_RE = re.compile("(?:" + "|".join(map(re.escape, sorted(
    POSITION_WORDS, key=len, reverse=True))) + ")+")
_THAI_START = re.compile("(?<![\u0e40-\u0e44])[\u0e01-\u0e2e\u0e40-\u0e44]")
"""A Thai consonant or leading vowel not after a leading vowel: a syllable starts."""
MIN_SURNAME = 2
"""Least characters of a surname before the cut (a head inside a short surname is
not a head)."""
MIN_PLACE = 4
"""Least characters of a place that ends a PERSON span (ไทย, จีน end Thai surnames)."""

TRAILING_WORDS: tuple[str, ...] = ("กล่าวว่า", "กล่าว", "ระบุว่า", "ระบุ", "เผยว่า", "เผย",
                                    "และพวก", "และคณะ")
"""Words Thai writes right after a name that the recognizer runs into a PERSON span
(นายม้ายกล่าว, *Mr Mai said*; นายถิ่ญและพวก, *Mr Thinh and his accomplices*): cut off."""
_TRAILING_RE = re.compile("(?:" + "|".join(map(re.escape, TRAILING_WORDS)) + r")\s*$")
_TITLE_RE = re.compile(r"^(?:นางสาว|นาง|นาย|ดร\.?)\s*")
ThaiSpan = tuple[int, int, str, float]


def split_person_spans(text: str, spans: Sequence[ThaiSpan]) -> list[ThaiSpan]:
    """``spans`` (``(start, end, ThaiNER label, score)`` in ``text``) with each PERSON
    span that runs into a position, a body or a place cut there (and without a verb
    of saying or *and his men* after it: :data:`TRAILING_WORDS`): the PERSON keeps
    the name (given name, a space, at least :data:`MIN_SURNAME` letters of surname);
    the rest, without its position words, is an ORGANIZATION when it starts with a
    head of :data:`ORG_HEADS`, a LOCATION when it is a place of the world table
    (``สหรัฐ``), else dropped. Other spans are kept as they are."""
    out: list[ThaiSpan] = []
    for start, end, label, score in spans:
        if label == "PERSON":
            said = _TRAILING_RE.search(text, start, end)
            if said is not None and len(_TITLE_RE.sub("", text[start:said.start()])) >= 2:
                end = said.start()  # นายม้ายกล่าว: Mai said
        cut = _cut(text[start:end]) if label == "PERSON" else None
        if cut is None:
            out.append((start, end, label, score))
            continue
        out.append((start, start + cut, label, score))
        rest = start + cut
        position = _POSITION_RE.match(text, rest, end)
        if position:
            rest = position.end()
        tail = text[rest:end].strip()
        if not tail:
            continue
        rest = text.index(tail, rest)
        if tail.startswith(ORG_HEADS) and len(tail) > min(
                len(h) for h in ORG_HEADS if tail.startswith(h)):
            out.append((rest, end, "ORGANIZATION", score))
        elif world_ids(tail):
            out.append((rest, end, "LOCATION", score))
    return out


def _cut(name: str) -> int | None:
    """Where a PERSON span's name ends: the first position word, head of a body (with
    a name after it) or place of the world table (:data:`MIN_PLACE` letters or more,
    ending the span) that starts :data:`MIN_SURNAME` letters or more after the first
    space (the surname's start), or None."""
    space = name.find(" ")
    if space < 0:
        return None
    surname = space + 1
    while surname < len(name) and name[surname] == " ":
        surname += 1
    for m in _CUT_RE.finditer(name, surname + MIN_SURNAME):
        if m.group() in POSITION_WORDS or len(name[m.end():].strip()) >= MIN_SURNAME:
            return m.start()
    for k in range(surname + MIN_SURNAME, len(name) - MIN_PLACE + 1):
        if _THAI_START.match(name, k) and world_ids(name[k:]):
            return k
    return None
