"""Domain rules for Vietnamese state-media news in English and Thai.

Every rule works on NFC text (Latin rules on its :func:`~massmob_nlp._gazetteer.fold`-ed
copy, so ``Hoàng``/``Hoang`` and ``QĐ``/``QD`` are the same) and yields
``(start_char, end_char, label, entity_id, canonical)`` with offsets into that NFC text.

* LAW: document codes with their heads (``Decision 217-QD/TW``, ``Directive No.
  15-CT/TU``, ``Decision 217, 218-QĐ/TU``, Thai ``มติ 217-QD/TW``); the entity_id is
  ``code.`` + the normalized code(s), so the same code links across languages. A head
  with a bare number (``Resolution No. 25``, Thai ``มติที่ 25``) is LAW without an id.
* PERSON: a title from the gazetteer (``Provincial Party Secretary``, ``Mr.``,
  ``ประธาน``…) or a common Vietnamese surname followed by 1–3 Vietnamese syllables.
  The span is the name only, without the title; a name followed by ``commune``,
  ``street``, ``district``… is a place, not a person, and is skipped.
* LOC: 1–4 capitalised Vietnamese syllables before ``commune``, ``ward``, ``district``,
  ``village``, ``hamlet``, ``township``, ``province`` (the name only: ``Tran Phu``).
* NORP: one or two Vietnamese syllables before ``ethnic`` (``the Tay and Nung ethnic
  groups``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from .._text import CODE_RE, normalize_code
from .gazetteer import fold, latin_variants, load_gazetteer


class RuleSpan(NamedTuple):
    start: int
    end: int
    label: str
    entity_id: str | None = None
    canonical: str | None = None


_HEADS_EN = ("Decision", "Directive", "Resolution", "Conclusion", "Plan", "Regulation",
             "Document", "Notice", "Announcement", "Decree", "Circular", "Instruction",
             "Program", "Programme", "Project", "Dispatch", "Official Letter", "Law",
             "Proclamation", "Republic Act", "Executive Order", "Administrative Order",
             "Memorandum Circular", "Government Regulation", "Presidential Regulation",
             "Ministerial Regulation", "Presidential Decree")
_HEADS_TH = ("มติ", "คำสั่ง", "ข้อสรุป", "แผนงาน", "แผน", "คำตัดสิน", "การตัดสินใจ",
             "ระเบียบ", "ประกาศ", "หนังสือเวียน", "หนังสือ", "กฤษฎีกา", "ข้อบังคับ",
             "เอกสาร", "คำวินิจฉัย", "โครงการ")
_HEAD_EN = "(?:" + "|".join(_HEADS_EN) + ")s?"
_HEAD_TH = "(?:" + "|".join(_HEADS_TH) + ")"
# What may stand before a code: a head, "No.", and a list of numbers sharing the suffix.
_CODE_PREFIX_RE = re.compile(
    rf"(?:(?:(?<!\w){_HEAD_EN}(?:[^\S\n]+(?:No\.?|Number))?|{_HEAD_TH}(?:[^\S\n]*(?:เลขที่|ฉบับที่|ที่))?)"
    rf"[^\S\n]*)?((?:\d{{1,5}}[^\S\n]*(?:,|and|&|และ|và)[^\S\n]*)+)?$")
_YEAR = r"(?:/(?:19|20)\d\d)?"
_BARE_LAW_RE = re.compile(rf"(?<!\w){_HEAD_EN}[^\S\n]+(?:No\.?[^\S\n]*)?\d{{1,5}}{_YEAR}"
                          r"(?![\w/-])")
"""A head and a bare number, with the year of a law after a slash (``Resolution 57``,
``Proclamation No. 1077``, ``Republic Act No. 11641``, Indonesian ``Law No. 31/1999``)."""
_BARE_HEADS_TH = ("มติ", "คำสั่ง", "ข้อสรุป", "ระเบียบ", "ประกาศ", "หนังสือเวียน",
                  "พระราชกฤษฎีกา", "กฤษฎีกา", "ข้อบังคับ", "คำวินิจฉัย", "ข้อมติ",
                  "รัฐบัญญัติ", "พระราชบัญญัติ", "กฎหมาย", "กฎกระทรวง", "คำสั่งฝ่ายบริหาร",
                  "คำสั่งประธานาธิบดี", "ข้อบังคับประธานาธิบดี", "ระเบียบรัฐบาล",
                  "กฎระเบียบรัฐบาล", "กฤษฎีกาประธานาธิบดี")
_THAI_RANGE = "\u0e01-\u0e4e"
_COUNTED_TH = ("(?:ฉบับ|ข้อ|เรื่อง|มาตรา|ประการ|ปี|วัน|เดือน|คน|ราย|ครั้ง|แห่ง|ล้าน|พัน|หมื่น|แสน|"
               "บาท|ด่ง|ดอลลาร์|เปอร์เซ็นต์|ชั่วโมง|นาที|จังหวัด|ประเทศ|รายการ|หน่วย|กรณี|ต่อ|"
               "เสียง)")
_BARE_LAW_TH_RE = re.compile(
    rf"(?<!มี)(?<!ลง)(?:{'|'.join(sorted(_BARE_HEADS_TH, key=len, reverse=True))})[^\S\n]*"
    rf"(?:(?:เลขที่|ฉบับที่|ที่|หมายเลข)[^\S\n]*|[^\S\n]+(?=[\d๐-๙]{{1,5}}[^\S\n]*"
    rf"(?:$|[^\w\s/.,-]|[^\S\n]+(?:(?!{_COUNTED_TH})[{_THAI_RANGE}]|[A-Za-z]))))"
    rf"[\d๐-๙]{{1,5}}(?:/[\d๐-๙]{{4}})?(?![\w/-])")
"""A Thai document head, ที่ (or เลขที่, ฉบับที่, หมายเลข) and a bare number, with
the year of a law after a slash (มติที่ 57, คำสั่งเลขที่ 12, รัฐบัญญัติเลขที่ 11641,
กฎหมายฉบับที่ 31/1999): the Thai of ``Resolution 57``; not แผน or โครงการ
(แผนที่ is a map). The number may follow the head after a space alone when it ends
the phrase or a word that counts nothing follows (พระราชกฤษฎีกา 168 ผู้เสียชีวิต...,
a headline's ``Decree 168``), not a classifier or unit (:data:`_COUNTED_TH`: มติ 3
ฉบับ counts three resolutions, มีมติ 5 ต่อ 2 is a vote of five to two: มีมติ and
ลงมติ *resolve*, *vote* are verbs)."""
LAW_CODE_RE = re.compile(
    CODE_RE.pattern +
    r"|(?<![\w/-])\d{1,5}/(?:\d{4}/)?(?:[A-ZĐ][A-Za-zĐđ]{0,5}-)?[A-ZĐ]{2,8}\d{1,2}(?![\w/-])"
    r"|(?<![\w/-])\d{1,5}(?:/\d{4})?/[A-ZĐ][A-Za-zĐđ]{0,5}(?:[-–][A-ZĐ][A-Za-zĐđ0-9]{0,8})+"
    r"(?![\w/])")
"""A Vietnamese document code: the shared :data:`~massmob_nlp._text.CODE_RE`
(``217-QD/TW``, ``178/2024/ND-CP``), a law or resolution with the National Assembly's
term (``202/2025/QH15``, ``1234/NQ-UBTVQH15``) and an issuer with a lower-case letter
or a digit (``1234/TTg-KTTH``, ``35/2024/NQ-HDND15``): one code each, read whole."""
_NUMBER_RE = re.compile(r"\d{1,5}")

_SYL = (r"(?:(?:Ngh|Ng|Nh|Ch|Gh|Gi|Kh|Ph|Qu|Th|Tr|[BCDGHKLMNPRSTVX])[aeiouy]{1,3}"
        r"|[AEIOUY][aeiouy]{0,2})(?:ng|nh|ch|[cmnpt])?(?![\w'])")
_SURNAMES_LONG = ("Nguyen", "Tran", "Pham", "Hoang", "Huynh", "Phan", "Dang", "Bui",
                  "Ngo", "Duong", "Dinh", "Trinh", "Truong", "Luong", "Doan", "Vuong",
                  "Quach", "Kieu", "Luu", "Dao", "Lam", "Cao", "Mai", "Tong")
_SURNAMES_SHORT = ("Le", "Vu", "Vo", "Do", "Ho", "Ly", "Ha", "Ta", "To", "Chu", "Lai")
_STOP_SYL = frozenset({"The", "Then", "To", "In", "On", "At", "As", "An", "Me", "May",
                       "Can", "Man", "Men", "Ten", "Than", "Tan", "Nam", "Bac", "Tay"})
_NAME_SYL = frozenset({"Man", "Tan", "Nam", "Bac", "Tay", "Than", "Ten", "Men", "Can"})
"""Stop syllables that are also Vietnamese syllables (Mẫn, Tân, Nam, Bắc, Tây): the
last syllable of a name of three or more when the clause goes on in lower case or
with punctuation (``Tran Thanh Man said``, ``Nguyen Van Nam,``), not another
capitalised word (a headline: ``Nguyen Van An Can Win``)."""
_CLAUSE_GOES_ON_RE = re.compile(r"(?:[^\S\n]+[a-z]|[,.;:)\]]|['’]s\b)")
_PLACE_AFTER_RE = re.compile(
    r"[^\S\n]+(?:commune|ward|district|street|village|hamlet|town|township|city|province|"
    r"bridge|road|avenue|boulevard|school|high school|hospital|square|university|lake|"
    r"park|stadium|pagoda|temple|market)\b", re.IGNORECASE)
_SURNAME_RE = re.compile(
    rf"(?<![\w'])(?:(?:{'|'.join(_SURNAMES_LONG)})(?:[^\S\n]+{_SYL}){{1,3}}"
    rf"|(?:{'|'.join(_SURNAMES_SHORT)})(?:[^\S\n]+{_SYL}){{2,3}})")
_PLACE_RE = re.compile(
    rf"(?<![\w'])(?P<name>{_SYL}(?:[^\S\n]+{_SYL}){{0,3}})(?=[^\S\n]+(?:commune|ward|"
    rf"district|village|hamlet|township|province)\b)")
_ETHNIC_RE = re.compile(
    rf"(?<![\w'])(?P<a>{_SYL})(?:,?[^\S\n]+(?:and|&)[^\S\n]+(?P<b>{_SYL}))?"
    rf"(?=[^\S\n]+ethnic\b)")
_BYLINE_RE = re.compile(rf"^[^\S\n]*By[^\S\n]+({_SYL}(?:[^\S\n]+{_SYL}){{1,3}})[^\S\n]*$",
                        re.MULTILINE)

_THAI = "\u0e01-\u0e4e"
_SURNAMES_TH = ("เหงียน", "เจิ่น", "ตรัน", "ฝ่าม", "ฟาม", "ฮหว่าง", "หวาง", "ฮวง", "หวิ่ญ",
                "ฮวิ่ญ", "ฟาน", "หวู", "หวอ", "ดั่ง", "บุ่ย", "โด๋", "โห่", "เซือง", "ดิ่ญ",
                "จิ่ญ", "เจื่อง", "เลือง", "มาย", "โง", "เล", "ด่าง", "ฮว่าง", "เจือง", "เวือง",
                "หยาง", "เหวียน")
_ROLES_TH = ("ประธาน", "รองประธาน", "รัฐมนตรี", "กองหน้า", "กองหลัง", "กองกลาง", "ผู้รักษาประตู",
             "โค้ช", "ผู้อำนวยการ", "รองผู้อำนวยการ", "เลขาธิการ", "รองเลขาธิการ", "หัวหน้า",
             "รองหัวหน้า", "สมาชิก", "อธิบดี", "รองอธิบดี", "ผู้ว่าการ", "ผู้ว่า", "ผู้พิพากษา",
             "ผู้จัดการ", "ผู้แทน", "ผู้บัญชาการ", "นายก", "อดีต", "กล่าว", "ระบุ", "เผย",
             "ชี้", "และ", "กับ", "ได้", "ซึ่ง", "ที่", "จาก", "ของ", "เป็น", "ว่า", "จะ", "ก็",
             "ยัง", "นัก", "ทีม", "แห่ง", "ใน", "เมื่อ")
"""Thai words that end a Thai-written Vietnamese name (a role after the name, a verb
of saying, a function word): นายหวู ดึ๊ก ซาง ประธาน... is หวู ดึ๊ก ซาง."""
_GLUED_BEFORE_TH = ("และ", "กับ", "โดย", "ของ", "ที่", "ว่า", "จาก", "แก่", "ให้")
"""Thai words a Vietnamese surname may be written against (และเหงียน ดิ่ญ บั๊ก)."""


@lru_cache(maxsize=1)
def _title_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    titles = [e for e in load_gazetteer() if e.label == "TITLE"]
    latin = sorted({fold(v) for e in titles for v in latin_variants(e)}, key=len, reverse=True)
    thai = sorted({v for e in titles for v in e.th_variants}, key=len, reverse=True)
    en = re.compile(rf"(?<!\w)(?i:{'|'.join(map(re.escape, latin))})\.?,?[^\S\n]+"
                    rf"(?P<name>{_SYL}(?:[^\S\n]+{_SYL}){{1,3}})")
    roles = "|".join(sorted(_ROLES_TH, key=len, reverse=True))
    th_syl = rf"(?!(?:{roles})(?![ะ-ฺ็-๎]))[{_THAI}]{{1,6}}(?![{_THAI}])"
    glued = "|".join(f"(?<={w})" for w in _GLUED_BEFORE_TH)
    th = re.compile(
        rf"(?:(?:{'|'.join(map(re.escape, thai))})[^\S\n]*|(?<![{_THAI}])|{glued})"
        rf"(?P<name>(?:{'|'.join(_SURNAMES_TH)})(?:[^\S\n]+{th_syl}){{1,3}})")
    return en, th


def find_rules(text: str) -> Iterator[RuleSpan]:
    """All rule spans in NFC ``text`` (English and Thai rules alike; they may overlap)."""
    folded = fold(text)
    if _ANY_DIGIT_RE.search(folded):  # every code and bare law number holds one
        yield from _codes(folded)
    yield from _people(folded)


_ANY_DIGIT_RE = re.compile(r"\d")


def _codes(folded: str) -> Iterator[RuleSpan]:
    taken: list[tuple[int, int]] = []
    for m in _code_matches(folded):
        start, code = m.start(), normalize_code(m.group(0))
        prefix = _CODE_PREFIX_RE.search(folded, max(0, start - 80), start)
        codes = [code]
        if prefix and prefix.group(0):
            start = prefix.start()
            if prefix.group(1):
                head = _NUMBER_RE.match(code)
                suffix = code[head.end() if head else 0:]
                codes = [normalize_code(n) + suffix
                         for n in _NUMBER_RE.findall(prefix.group(1))] + codes
        taken.append((start, m.end()))
        yield RuleSpan(start, m.end(), "LAW", "code." + "+".join(codes), ", ".join(codes))
    for m in [*_BARE_LAW_RE.finditer(folded), *_BARE_LAW_TH_RE.finditer(folded)]:
        if not any(s < m.end() and m.start() < e for s, e in taken):
            yield RuleSpan(m.start(), m.end(), "LAW")


def _code_matches(folded: str) -> list[re.Match[str]]:
    """The :data:`LAW_CODE_RE` codes of ``folded``, longest first where two overlap."""
    found = sorted(LAW_CODE_RE.finditer(folded), key=lambda m: (m.start() - m.end(), m.start()))
    out: list[re.Match[str]] = []
    for m in found:
        if not any(m.start() < o.end() and o.start() < m.end() for o in out):
            out.append(m)
    return sorted(out, key=lambda m: m.start())


def law_codes(text: str) -> frozenset[str]:
    """The normalized document codes of a (folded) text (:data:`LAW_CODE_RE`)."""
    if not _ANY_DIGIT_RE.search(text):  # every code holds a digit
        return frozenset()
    return frozenset(normalize_code(m.group(0)) for m in _code_matches(text))


def _people(folded: str) -> Iterator[RuleSpan]:
    title_en, title_th = _title_patterns()
    for m in title_en.finditer(folded):
        yield from _person(folded, m.start("name"), m.end("name"), min_syl=2)
    for m in _SURNAME_RE.finditer(folded):
        yield from _person(folded, m.start(), m.end(), min_syl=2)
    for m in _BYLINE_RE.finditer(folded):
        yield from _person(folded, m.start(1), m.end(1), min_syl=2)
    for m in _PLACE_RE.finditer(folded):
        if folded[m.start():m.start() + 4] not in ("The ", "Then"):
            yield RuleSpan(m.start("name"), m.end("name"), "LOC")
    for m in _ETHNIC_RE.finditer(folded):
        yield from (RuleSpan(m.start(g), m.end(g), "NORP") for g in "ab" if m.group(g))
    if any(name in folded for name in _SURNAMES_TH):  # every match holds one
        for m in title_th.finditer(folded):
            yield RuleSpan(m.start("name"), m.end("name"), "PERSON")


def _person(folded: str, start: int, end: int, *, min_syl: int) -> Iterator[RuleSpan]:
    """A PERSON span after trimming stop syllables; none when a place word follows."""
    words = list(re.finditer(r"\S+", folded[start:end]))
    kept = len(words) > min_syl and words[-1].group(0) in _NAME_SYL and \
        _CLAUSE_GOES_ON_RE.match(folded, end) is not None
    while words and words[-1].group(0) in _STOP_SYL and not kept:
        words.pop()
    if len(words) < min_syl:
        return
    end = start + words[-1].end()
    if _PLACE_AFTER_RE.match(folded, end):
        return
    yield RuleSpan(start, end, "PERSON")
