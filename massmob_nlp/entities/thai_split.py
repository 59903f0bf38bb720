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
    "ผู้พิพากษา", "ศาสตราจารย์", "อาจารย์", "โค้ช", "กัปตัน", "ผู้ฝึกสอน", "อธิการบดี",
    "รองอธิการบดี", "คณบดี", "นักวิชาการ", "นักวิจัย", "ผู้ว่าราชการจังหวัด")
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
OF_WORDS: tuple[str, ...] = ("แห่ง", "จาก", "ของ", "ประจำ", "สังกัด")
"""Prepositions Thai writes after a space between a person's name and the body or
place the person is *of* or *from* (ศาสตราจารย์สมชาย ใจดี แห่งมหาวิทยาลัย...): a PERSON
span that ends with one after a space (the recognizer stopped one word late) is cut
before it."""
_OF_RE = re.compile(r"\s+(?:" + "|".join(OF_WORDS) + r")\s*$")
_TRAILING_RE = re.compile("(?:" + "|".join(map(re.escape, TRAILING_WORDS)) + r")\s*$"
                          r"|\s+(?:" + "|".join(OF_WORDS) + r")\s*$")
_TITLE_RE = re.compile(r"^(?:นางสาว|นาง|นาย|ดร\.?)\s*")
ThaiSpan = tuple[int, int, str, float]
PRONOUN_VERBS: frozenset[str] = frozenset({
    "ยัง", "มี", "เป็น", "ได้", "จะ", "ไม่", "ก็", "ถูก", "เคย", "อยู่", "จึง", "ต้อง"})
"""Words that follow นาง or นาย used as a pronoun (*she*, *he*: นางยังเป็น..., นางมีบุตร
3 คน) and never start a given name."""
_BARE_TITLE_RE = re.compile(r"(?:นางสาว|นาง|นาย)\s*")


def _pronoun(span: str) -> bool:
    """Whether a Thai PERSON span with no surname is a title alone or นาง/นาย as a
    pronoun before a verb or an adverb (:data:`PRONOUN_VERBS`, alone or starting one
    dictionary word): it names nobody."""
    m = _BARE_TITLE_RE.match(span)
    if m is None:
        return False
    rest = span[m.end():].strip()
    if not rest:
        return True
    if " " in rest:
        return False  # นางมีนา ทองดี: a given name and a surname
    from pythainlp.tokenize import word_tokenize

    from .thai_search import _thai_dictionary

    first = (word_tokenize(rest, engine="newmm", keep_whitespace=False) or [""])[0]
    return first in PRONOUN_VERBS or any(  # มีลูก, ได้รับ: one dictionary word
        first.startswith(w) and first[len(w):] in _thai_dictionary() for w in PRONOUN_VERBS)


CLAUSE_WORDS: frozenset[str] = frozenset({
    "กล่าว", "กล่าวว่า", "ระบุ", "ระบุว่า", "เผย", "เผยว่า", "เปิดเผย", "เปิดเผยว่า", "แถลง",
    "แถลงว่า", "ชี้แจง", "ยืนยัน", "ยืนยันว่า", "ปฏิเสธ", "ปฏิเสธว่า", "ยอมรับ", "ยอมรับว่า",
    "เตือน", "เตือนว่า", "อ้างว่า", "คว้า", "เอาชนะ", "พ่ายแพ้", "ซึ่ง", "คือ", "ร่วมกับ",
    "ขณะที่", "ระงับ", "กำหนด", "กังวล", "กังวลว่า", "เกรงว่า", "เชื่อว่า", "คาดว่า",
    "เห็นว่า", "ต้องการ"})
"""Words of a clause that never stand inside a Thai name: verbs of saying, of
winning, of fearing, believing and wanting (พรรคกังวล, *the party feared*),
``ซึ่ง`` (which), ``คือ`` (is), ``ร่วมกับ`` (together with), ``ขณะที่``
(while). The recognizer runs a name into them (อาร์เอสเอฟปฏิเสธว่า..., *the RSF
denied that...*; พาโรเวอร์สเอาชนะซิตี้, *Rovers beat City*; ขณะที่เดลานีย์, *while
Delaney*): :func:`cut_clause_words` cuts the span there."""
LEADING_WORDS: frozenset[str] = frozenset({"ขณะที่", "ส่วน", "โดย", "ซึ่ง", "และ", "พร้อม"})
"""Conjunctions a span may start with (ขณะที่, ส่วน, โดย): dropped from its start."""
BETWEEN_WORDS: frozenset[str] = frozenset({"เอาชนะ", "พ่ายแพ้", "ร่วมกับ"})
"""Clause words between two names of one kind (*A beat B*, *A with B*): the name
after them is kept as a span of the same label; the stretch before them is dropped
(the recognizer ran into it the words before the first name: พา|โรเวอร์ส, *led
Rovers*; เจ็ดอันเดอร์พาร์, *seven under par*); a name there is still found by the
comparison's search of the Thai text for an unpaired English name."""


def cut_clause_words(text: str, spans: Sequence[ThaiSpan]) -> list[ThaiSpan]:
    """``spans`` with each PERSON or ORGANIZATION span cut at its first word of
    :data:`CLAUSE_WORDS` (a word of PyThaiNLP's ``newmm`` cut of the span; the part
    before keeps the label when it holds a name of two Thai letters or more, except
    before a word of :data:`BETWEEN_WORDS`, after which the part after is kept) and
    without a conjunction of :data:`LEADING_WORDS` at its start."""
    from pythainlp.tokenize import word_tokenize

    from .thai_search import FUNCTION_WORDS

    out: list[ThaiSpan] = []
    for start, end, label, score in spans:
        if label not in ("PERSON", "ORGANIZATION") or not _CLAUSE_HINT.search(text, start, end):
            out.append((start, end, label, score))
            continue
        words = word_tokenize(text[start:end], engine="newmm", keep_whitespace=True)
        pos, bounds = start, []
        for w in words:
            bounds.append((pos, pos + len(w), w))
            pos += len(w)
        while bounds and (bounds[0][2] in LEADING_WORDS or not bounds[0][2].strip()):
            bounds.pop(0)
        pieces: list[tuple[int, int]] = []
        first = 0
        for k, (a, _, w) in enumerate(bounds):
            if w in CLAUSE_WORDS and k > first and \
                    len(_TITLE_RE.sub("", text[bounds[first][0]:a]).strip()) < 2 and \
                    _TITLE_RE.match(text[bounds[first][0]:a]):
                pieces, first = [(start, end)], len(bounds)  # นายกล่าว: a title and a
                break  # verb only, no name to keep apart: left as it is
            if w in CLAUSE_WORDS:
                if w not in BETWEEN_WORDS and k > first:
                    pieces.append((bounds[first][0], a))
                if w not in BETWEEN_WORDS:
                    first = len(bounds)
                    break
                first = k + 1
        if first < len(bounds):
            pieces.append((bounds[first][0], bounds[-1][1]))
        for a, b in pieces:
            while b > a and text[b - 1].isspace():
                b -= 1
            if len(_THAI_LETTERS.findall(text, a, b)) >= 2 and \
                    text[a:b] not in FUNCTION_WORDS:  # หลัง|เอาชนะ: *after beating*
                out.append((a, b, label, score))
    return out


_CLAUSE_HINT = re.compile("|".join(map(re.escape, sorted(CLAUSE_WORDS | LEADING_WORDS,
                                                          key=len, reverse=True))))
_THAI_LETTERS = re.compile("[ก-ฮ]")


KIN_WORDS: frozenset[str] = frozenset({
    "แม่", "พ่อ", "ป้า", "ลุง", "น้า", "อา", "พี่", "น้อง", "ยาย", "ตา", "ปู่", "ย่า", "คุณ",
    "ท่าน", "หมอ", "ครู", "พระ", "เจ้า", "นาย", "นาง", "ดร", "ดร.", "ผศ.", "รศ.", "ศ."})
"""Kinship words and titles Thai writes before a given name (แม่สมศรี): not part of
the name."""
CUT_PREFIX_MAX = 3
"""Most letters of a Thai word the recognizer left out of the start of a foreign
person's name (มี of มีแชล, *Michel*): :func:`join_cut_given_name`."""
_BEFORE_WORD = re.compile(rf"(?:^|(?<=[\s\"'“”‘’(]))[ก-๎]{{1,{CUT_PREFIX_MAX}}}$")


def join_cut_given_name(text: str, start: int) -> int:
    """Where a PERSON span starting at ``start`` really starts: before the Thai word
    of :data:`CUT_PREFIX_MAX` letters or fewer written right before it (after a space,
    a quote or the text start) when that word is the first syllable of a foreign
    given name the recognizer read as a Thai word (``"...สอง" มีแชล โอลิวิเย`` cut as
    มี | แชล: มี is *have*): the span's first word is no Thai dictionary word, the word
    before is no title, kinship word (:data:`KIN_WORDS`), function word or clause word,
    and the span starts with no abbreviated rank (พ.ต.ต.); else ``start``."""
    from .thai_search import FUNCTION_WORDS, _thai_dictionary

    m = _BEFORE_WORD.search(text, max(0, start - CUT_PREFIX_MAX - 1), start)
    if m is None or m.end() != start:
        return start
    word = m.group()
    first = text[start:].split(" ", 1)[0]
    if word in FUNCTION_WORDS or word in LEADING_WORDS or word in CLAUSE_WORDS or \
            word in KIN_WORDS or text.startswith(("นาย", "นาง", "ดร", "คุณ"), start) or \
            "." in first or first in _thai_dictionary() or word + first in _thai_dictionary():
        return start
    return m.start()


_COUNTED_TITLE_RE = re.compile("นาย(?!ก)")
_NUMBER_BEFORE_RE = re.compile(r"[0-9๐-๙]\s?$")
"""นาย right after a number is the classifier of officers, soldiers and police
(ตำรวจ 200 นาย), not the title *Mr* (นายกรัฐมนตรี aside)."""


def split_person_spans(text: str, spans: Sequence[ThaiSpan]) -> list[ThaiSpan]:
    """``spans`` (``(start, end, ThaiNER label, score)`` in ``text``) with each PERSON
    span that runs into a position, a body or a place cut there (and without a verb
    of saying or *and his men* after it: :data:`TRAILING_WORDS`, nor a preposition
    after a space: :data:`OF_WORDS`): the PERSON keeps
    the name (given name, a space, at least :data:`MIN_SURNAME` letters of surname);
    the rest, without its position words, is an ORGANIZATION when it starts with a
    head of :data:`ORG_HEADS`, a LOCATION when it is a place of the world table
    (``สหรัฐ``), else dropped. A PERSON span opening with นาย right after a number
    (:data:`_COUNTED_TITLE_RE`: a classifier) is dropped. Other spans are kept as
    they are."""
    out: list[ThaiSpan] = []
    for start, end, label, score in trim_amounts(text, cut_clause_words(text, spans)):
        if label == "PERSON" and _pronoun(text[start:end]):
            continue  # นางยังเป็น...: นาง is *she*, no Mrs
        if label == "PERSON" and _COUNTED_TITLE_RE.match(text, start) and \
                _NUMBER_BEFORE_RE.search(text, max(0, start - 12), start):
            continue  # นักดับเพลิง 1,000 นายเตรียมพร้อม: นาย counts officers, no Mr
        if label == "PERSON":
            start = join_cut_given_name(text, start)
            said = _TRAILING_RE.search(text, start, end)
            if said is not None and len(_TITLE_RE.sub("", text[start:said.start()])) >= 2:
                end = said.start()  # นายม้ายกล่าว: Mai said
        cut = _cut(text[start:end]) if label == "PERSON" else None
        if cut is None:
            out.append((start, end, label, score))
            continue
        name_end = start + len(text[start:start + cut].rstrip())
        of = _OF_RE.search(text, start, name_end)  # รีส แห่ง|มหาวิทยาลัย: the name only
        out.append((start, of.start() if of else name_end, label, score))
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


NUMBER_WORDS: tuple[str, ...] = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก",
                                  "เจ็ด", "แปด", "เก้า", "สิบ", "ยี่สิบ", "เอ็ด", "ร้อย",
                                  "พัน", "หมื่น", "แสน", "ล้าน")
"""Thai number words (สอง *two*, สิบ *ten*, ล้าน *million*)."""
CLASSIFIERS: tuple[str, ...] = (
    "ที่นั่ง", "เขต", "คน", "ราย", "แห่ง", "เหรียญ", "ชั้น", "ครั้ง", "ลำ", "คัน", "ตัว",
    "หลัง", "ฉบับ", "จังหวัด", "ประเทศ", "เมือง", "อำเภอ", "ตำบล", "หมู่บ้าน", "ชาติ", "ทีม",
    "นัด", "ประตู", "คะแนน", "เสียง", "ปี", "เดือน", "วัน", "โครงการ", "บริษัท", "แผน",
    "สัปดาห์", "ชั่วโมง", "นาที")
"""Classifiers Thai writes after a count (92 เขต, สองเหรียญ *two medals*, 36 ที่นั่ง)."""
_NUMBER = (r"(?:[0-9๐-๙][0-9๐-๙,.]*|(?:" + "|".join(sorted(NUMBER_WORDS, key=len,
                                                             reverse=True)) + ")+)")
_CLASSIFIER = "(?:" + "|".join(sorted(CLASSIFIERS, key=len, reverse=True)) + ")"
_LEADING_AMOUNT_RE = re.compile(rf"{_NUMBER}\s*(?:{_CLASSIFIER}\s*$|{_CLASSIFIER}?\s+)")
_TRAILING_AMOUNT_RE = re.compile(rf"\s+[0-9๐-๙][0-9๐-๙,.]*(?P<counted>\s*{_CLASSIFIER})?\s*$|"
                                 rf"{_NUMBER}\s*(?P<glued>{_CLASSIFIER})\s*$")
_COUNTED_RE = re.compile(rf"\s*{_CLASSIFIER}")
ENDING_WORDS: frozenset[str] = frozenset({"มี", "เป็น", "ได้", "จะ", "คือ", "ซึ่ง", "ที่",
                                          "และ", "ของ", "ใน", "กับ", "นาน", "คิด"})
"""Verbs and function words that end no Thai name (สภาชนชาติมี, *the House of
Nationalities has*): the recognizer runs a body's name into the verb after it."""


TIME_WORDS: tuple[str, ...] = (
    "เมื่อ", "ตั้งแต่", "สิ้นเดือน", "ต้นเดือน", "กลางเดือน", "ปีนี้", "ปีหน้า", "ปีที่แล้ว",
    "วันนี้", "พรุ่งนี้", "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์",
    "วันเสาร์", "วันอาทิตย์")
"""Words that open a time (เมื่อคืนวันจันทร์ *on Monday night*, สิ้นเดือน *at the end of
the month*): the recognizer runs a place into them (อินเดียเมื่อคืนวันจันทร์). A part of
the day (คืน, เช้า, เย็น, บ่าย) opens one only before วัน or นี้ (เย็นวันศุกร์, เช้านี้):
ห้วยเย็น is a place."""
_TIME_RE = re.compile("|".join(map(re.escape, sorted(TIME_WORDS, key=len, reverse=True)))
                      + "|(?:คืน|เช้า|เย็น|บ่าย)(?=วัน|นี้)")
_RANK_RE = re.compile(rf"อันดับ(?:ที่)?\s*{_NUMBER}")
"""A rank (อันดับสี่ *fourth*, อันดับที่ 2): no place."""


def _time_cut(text: str, start: int, end: int) -> int:
    """Where a non-person span ends before a time word glued after a name of
    :data:`MIN_PLACE` letters (อินเดีย|เมื่อคืนวันจันทร์); ``start`` when the span opens
    with one (สิ้นเดือนมิถุนายน: a date, no name); else ``end``."""
    for m in _TIME_RE.finditer(text, start, end):
        if m.start() == start:
            return start
        if m.start() - start >= MIN_PLACE and not text[m.start() - 1].isspace() and \
                _THAI_START.match(text, m.start()):
            return m.start()
    return end


AMOUNT_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "LEN", "AGO", "PHONE",
                           "URL", "EMAIL", "ZIP"})
"""ThaiNER labels of amounts, times and addresses: a count or a time is what they
are, never trimmed (30 บาท, เมื่อวันจันทร์)."""


def trim_amounts(text: str, spans: Sequence[ThaiSpan]) -> list[ThaiSpan]:
    """``spans`` with a count at the edge of a name that is not a person's (nor an
    amount or time of :data:`AMOUNT_LABELS`) cut off: a
    number (digits or Thai number words) with its classifier before a space at the
    start (``92 เขต สภาชนชาติ``), after a space or glued with its classifier at the end
    (``สภาชนชาติ 36`` before ที่นั่ง, ``ยูโดสองเหรียญ``), and a verb or function word
    of :data:`ENDING_WORDS` glued at the end of three words or more, or after a word
    of :data:`MIN_PLACE` letters (``สภาชนชาติมี``, ``สหราชอาณาจักรนานสองสัปดาห์``).
    A span left with fewer than two Thai or Latin letters is dropped. A number of a
    name (``สิบสองปันนา``, ``ร้อยเอ็ด``, ``สะพานพระราม 9``) is kept: no classifier
    counts it. A rank (อันดับสี่) is dropped and a time word glued after a name
    (:data:`TIME_WORDS`: อินเดียเมื่อคืนวันจันทร์) cut off; a span opening with one is
    dropped."""
    from pythainlp.tokenize import word_tokenize

    out: list[ThaiSpan] = []
    for start, end, label, score in spans:
        if label == "PERSON" or label in AMOUNT_LABELS:
            out.append((start, end, label, score))
            continue
        lead = _LEADING_AMOUNT_RE.match(text, start, end)
        if lead is not None:
            start = lead.end()
        tail = _TRAILING_AMOUNT_RE.search(text, start, end)
        if tail is not None and tail.start() > start and (
                tail.group("counted") or tail.group("glued") or _COUNTED_RE.match(text, end)):
            end = tail.start()
        if _RANK_RE.fullmatch(text, start, end):
            continue  # อันดับสี่: a rank
        end = _time_cut(text, start, end)
        words = word_tokenize(text[start:end], engine="newmm", keep_whitespace=False)
        if len(words) >= 2 and words[-1] in ENDING_WORDS and \
                text[start:end].endswith(words[-1]) and \
                (len(words) >= 3 or len(text[start:end]) - len(words[-1]) >= MIN_PLACE):
            end -= len(words[-1])  # บุญมี is a name: บุญ is too short to stand alone
        if len(re.findall("[ก-ฮA-Za-z]", text[start:end])) >= 2:
            out.append((start, end, label, score))
    return out


def _cut(name: str) -> int | None:
    """Where a PERSON span's name ends: the first position word, head of a body (with
    a name right after it, no space: ไพศาล นิสิต... is a surname and a word) or place
    of the world table (:data:`MIN_PLACE` letters or more,
    ending the span) that starts :data:`MIN_SURNAME` letters or more after the first
    space (the surname's start), or None."""
    space = name.find(" ")
    if space < 0:
        return None
    surname = space + 1
    while surname < len(name) and name[surname] == " ":
        surname += 1
    for m in _CUT_RE.finditer(name, surname + MIN_SURNAME):
        if m.group() in POSITION_WORDS or (len(name[m.end():].strip()) >= MIN_SURNAME
                                           and not name[m.end():m.end() + 1].isspace()):
            return m.start()  # a head starts a body's name: ศาลฎีกา, not ไพศาล นิสิต
    for k in range(surname + MIN_SURNAME, len(name) - MIN_PLACE + 1):
        if _THAI_START.match(name, k) and world_ids(name[k:]):
            return k
    return None
