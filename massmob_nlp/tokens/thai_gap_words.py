"""Thai words a sentence never starts or ends with, and the tests of a whitespace gap
built on them (a Thai sentence ends with a space, and so do many clauses): a gap
before ทำให้ ("making") or after ว่า ("that"), between a titled given name and the
surname, or before a number that is the word's argument is no sentence end. The
counts in the word lists' notes are from the 1,363 UD Thai-PUD and TUD sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

THAI_WORD_END = re.compile("[\u0e01-\u0e4e]$")
NUMBER_START = re.compile("[0-9\u0e50-\u0e59]")
LIST_MARKER = re.compile("[0-9\u0e50-\u0e59]{1,2}[.)](?:\\s|$)")

NEVER_STARTS = frozenset({"ทำให้", "รวมถึง", "รวมทั้ง", "อาทิ", "อาทิเช่น", "ได้แก่", "เป็นต้น",
                          "มิฉะนั้น", "ไม่เช่นนั้น", "มิเช่นนั้น", "ไม่งั้น", "และ"})
"""Thai words that tie what follows them to the clause before and never begin a
sentence: ทำให้ ("making, causing"), รวมถึง / รวมทั้ง ("including"), the list openers
อาทิ / อาทิเช่น / ได้แก่ ("such as, namely"), the list closer เป็นต้น ("and so on")
and มิฉะนั้น / ไม่เช่นนั้น / มิเช่นนั้น / ไม่งั้น ("otherwise", the second half of
one English sentence: ``we need capital, otherwise farmers will sell...``).
None of them starts any of the 1,363 UD Thai-PUD and TUD sentences, while inside a
sentence they follow a space 10, 7, 2, 4, 1, 3 and (ไม่เช่นนั้น) 1 times. Nor does และ
("and") after a space: 17 of the 1,363 sentences start with it (informal writing),
205 times it follows a space inside one (``ขายบัตรกว่า 2 ล้านใบ และมีรายงานว่า...``)."""
ALWAYS_STARTS = frozenset({"ต่อมา", "อย่างไรก็ตาม", "หลังจากนั้น", "นอกจากนี้"})
"""Discourse adverbs that open a new sentence after a space: ต่อมา ("later"),
อย่างไรก็ตาม ("however"), หลังจากนั้น ("after that"), นอกจากนี้ ("besides"). Of the
1,363 UD Thai-PUD and TUD sentences 31 start with them and one has one after a space
inside; after ว่า ("that": a quote or report follows) they open the reported clause
instead (:func:`starts_clause`)."""
SPEECH_VERBS = frozenset({"กล่าว", "กล่าวว่า", "ระบุ", "ระบุว่า", "เปิดเผย", "เปิดเผยว่า",
                          "เผย", "แถลง", "ชี้แจง", "ยืนยัน", "ให้สัมภาษณ์"})
"""Verbs of saying (กล่าว "said", ระบุ "stated", เปิดเผย "revealed"...) follow their
subject: after a space (``นางสมศรี ประธานสมาคม | กล่าวในการแถลงข่าว``) they end the
sentence of the name before them and never start one. None of the 1,363 UD Thai-PUD
and TUD sentences starts with one but for the idioms กล่าวได้ว่า / กล่าวอีกนัยหนึ่ง
("one may say", "in other words": :data:`_SPEECH_IDIOM` next), while 15 follow a
space inside a sentence."""
AUXILIARY_STARTS = frozenset({"ได้", "ก็", "จะ"})
"""The auxiliaries ได้ and จะ (future) and the linking particle ก็ need the subject
before them: after a space (``ราคาน้ำมันที่ปรับขึ้น | ก็ทำให้...``, ``ผู้มีรายได้
30,000 บาท | จะต้องจ่าย...``) they continue its sentence. Of the 1,363 UD Thai-PUD and
TUD sentences 8 start with one (2 of them with the idiom จะเห็นได้ว่า "one can see
that", :data:`_AUXILIARY_IDIOM`, which does open a sentence), while 74 follow a space
inside a sentence. An opening bracket (a gloss: ``(มคก./ลบ.ม.)``) starts 1 and
follows a space inside 41 times."""
CONSEQUENCE_STARTS = frozenset({"เพื่อ", "เพื่อให้", "จึง"})
"""A purpose clause (เพื่อ / เพื่อให้ "in order to") and the consequence จึง ("so,
therefore", after its subject) continue the clause before them: ``อนุมัติงบ 3,000
ล้านบาท | เพื่อเยียวยา...``. Of the 1,363 UD Thai-PUD and TUD sentences 3 start with
one, while 28 follow a space inside a sentence; after a closing quote the clause before
is finished, and a purpose clause there opens the next sentence ("To avoid...")."""
REPORTING_VERBS = frozenset({"รายงาน", "เผย", "แถลง", "ชี้แจง", "ยืนยัน", "อ้าง"})
"""Verbs of reporting that are also nouns or used without a clause (รายงาน "report",
ประกาศ "announcement"): followed by ว่า ("that") right after a space they report a
clause and need their subject before them (``เว็บไซต์ข่าวของรัฐ | รายงานว่า...``:
"the state news site reported that"), so they continue the sentence before them
(:func:`splits_clause`); without ว่า they may open one (``รายงานฉบับนี้ระบุ...``).
Not คาดว่า ("it is expected that") or ยอมรับว่า, which open sentences without a subject."""
_AUXILIARY_IDIOM = {"จะ": frozenset({"เห็น"})}
"""Words after an auxiliary that make it a sentence-opening idiom (จะเห็นได้ว่า)."""
_SPEECH_IDIOM = frozenset({"ได้", "อีก", "คือ", "โดยสรุป"})
NEVER_ENDS = frozenset({"ว่า", "คือ", "ของ", "และ", "หรือ", "กับ", "เพื่อ", "โดย", "ซึ่ง"})
"""Words that need what follows them and never end a sentence: the complementizer
ว่า after a verb of saying or thinking (``รายงานระบุว่า | ...``), the copula คือ, the
prepositions ของ ("of"), กับ ("with"), เพื่อ ("for"), โดย ("by"), the conjunctions
และ / หรือ and the relative ซึ่ง. None of them ends any of the 1,363 UD Thai-PUD and
TUD sentences but ว่า and หรือ (once each), while 127 of them come right before a
space inside a sentence."""
TITLES = ("นาย", "นาง", "นางสาว", "น.ส.", "ดร.", "ศ.", "รศ.", "ผศ.", "พล.อ.", "พล.ต.อ.",
          "พล.ต.ท.", "พ.ต.อ.", "ร.ต.อ.", "ม.ร.ว.", "ม.ล.", "คุณ", "เด็กชาย", "เด็กหญิง")
"""Thai titles written glued to a given name (``นายสมชาย ใจดี``): the space after the
given name separates it from the surname, and is never a sentence boundary."""
_TITLED_NAME = re.compile(
    "(?:^|(?<=[\\s\"“”‘’'(])|(?<=หรือ)|(?<=และ))((?:"
    + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
    + ")+)([\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]{1,19})$")
SAYING = SPEECH_VERBS | {"พูด", "บอก", "ถาม", "ตอบ", "เขียน"}
"""Verbs of saying (:data:`SPEECH_VERBS` and พูด "spoke", บอก "told", ถาม "asked",
ตอบ "answered", เขียน "wrote") that end a titled name's clause (``นายสมชายพูด``)."""
_NUMBER_END = re.compile("[0-9\u0e50-\u0e59]\\s*$")

RELATIVE = "ซึ่ง"
"""The relative ซึ่ง ("which, who") ties the clause it opens to the noun before it when
a predicate follows it (ซึ่งเป็น, ซึ่งจะ, ซึ่งประกอบด้วย, ซึ่งไม่: the subject is that
noun). Before a new subject (ซึ่งเรา, ซึ่งการ..., ซึ่งใน...) it can open a sentence of
informal writing: of the 9 UD Thai-TUD sentences that start with ซึ่ง, 1 has a
predicate next, while 45 of the 62 ซึ่ง after a space inside a UD Thai-PUD or TUD
sentence do (ORCHID part of speech of the next word, :func:`opens_predicate`)."""

_PREDICATE_TAGS = ("V", "XV", "NEG", "ADV", "JCMP")
"""ORCHID tags of a predicate's first word: verbs (VACT, VSTA, VATT), auxiliaries
(XVBM, XVAM, XVMM, XVBB, XVAE), negation, adverbs and comparatives (เท่ากับ, กว่า)."""

QUOTE_CHARS = "\"“”"

def splits_number(text: str, seq: Sequence[tuple[int, int]], k: int) -> bool:
    """True when a sentence end at ``seq[k]`` would cut a Thai word from the number
    after it (``ลดลงเหลือ | 0.42``, ``จำนวน | 1,200``): in Thai a number written
    after a word is that word's argument, and a sentence almost never starts with a
    number (6 of the 1,363 UD Thai-PUD and TUD sentences do, 4 of them with a list
    marker such as ``15.``, which still starts a sentence here)."""
    left = k - 1 if text[seq[k][0]:seq[k][1]].isspace() and k else k
    right = k + 1
    if right < len(seq) and text[seq[right][0]:seq[right][1]].isspace():
        right += 1
    if right >= len(seq) or not THAI_WORD_END.search(text[seq[left][0]:seq[left][1]]):
        return False
    start = seq[right][0]
    return bool(NUMBER_START.match(text, start)) and not LIST_MARKER.match(text, start)


def right_word(text: str, seq: Sequence[tuple[int, int]], k: int) -> int:
    """Index in seq of the first word after the item (gap or word) ``seq[k]``."""
    right = k + 1
    if right < len(seq) and text[seq[right][0]:seq[right][1]].isspace():
        right += 1
    return right


def starts_clause(text: str, seq: Sequence[tuple[int, int]], k: int) -> bool:
    """True when the gap ``seq[k]`` comes right before a word of :data:`ALWAYS_STARTS`
    that does not follow ว่า (``เขาเกษียณในปี 2549 | ต่อมาในปี 2556 เขาได้รับ...``)."""
    if not text[seq[k][0]:seq[k][1]].isspace() or k == 0:
        return False
    right = right_word(text, seq, k)
    if right >= len(seq) or text[seq[right][0]:seq[right][1]] not in ALWAYS_STARTS:
        return False
    return not text[seq[k - 1][0]:seq[k - 1][1]].endswith(("ว่า", "\"", "“"))


def splits_clause(text: str, seq: Sequence[tuple[int, int]], k: int) -> bool:
    """True when a sentence end at ``seq[k]`` would leave a word of
    :data:`NEVER_STARTS` or a verb of saying (:data:`SPEECH_VERBS`) at the start of
    the next sentence (``ฝนตกหนัก | ทำให้ถนนถูกน้ำท่วม``), or an auxiliary
    (:data:`AUXILIARY_STARTS`) or an opening bracket, or a :data:`RELATIVE` ซึ่ง
    followed by a predicate (``ได้รับรางวัล | ซึ่งประกอบด้วย...``): a result,
    ``including``, example or relative clause belongs to the sentence before it;
    nor would one after a list marker (``2. | ขุดลอกคลอง``, :func:`ends_item_marker`).

    Examples:
        >>> text = "ฝนตกหนักทั้งคืน ทำให้ถนนถูกน้ำท่วม"
        >>> seq = [(0, 8), (8, 15), (15, 16), (16, 21), (21, 34)]
        >>> splits_clause(text, seq, 2), splits_clause(text, seq, 1)
        (True, True)
        >>> splits_clause(text, seq, 3)
        False
    """
    right = right_word(text, seq, k)
    if right >= len(seq):
        return False
    if splits_phrase(text, seq, k):
        return True
    if ends_item_marker(text, seq[k][0] if text[seq[k][0]:seq[k][1]].isspace() else seq[k][1]):
        return True
    word = text[seq[right][0]:seq[right][1]]
    if word in AUXILIARY_STARTS:
        return not (right + 1 < len(seq) and text[seq[right + 1][0]:seq[right + 1][1]]
                    in _AUXILIARY_IDIOM.get(word, ()))
    if word in CONSEQUENCE_STARTS:  # after a closed quote: a fronted purpose clause
        return not text[seq[right][0] - 2:seq[right][0]].rstrip().endswith(("”", "\""))
    if word in NEVER_STARTS or word.startswith("("):
        return True
    if word in REPORTING_VERBS:
        return words_after(text, seq, right, 1) == ["ว่า"]
    if word in SPEECH_VERBS:
        return not (right + 1 < len(seq)
                    and text[seq[right + 1][0]:seq[right + 1][1]] in _SPEECH_IDIOM)
    if word != RELATIVE or right + 1 >= len(seq):
        return False
    after = [text[s:e] for s, e in seq[right:right + 4] if not text[s:e].isspace()]
    return opens_predicate(after)


_RATIO_UNIT = re.compile("ส่วนใน(?:ร้อย|พัน|หมื่น|แสน|ล้าน|พันล้าน|ล้านล้าน)ส่วน")
"""A ratio unit (ส่วนในล้านส่วน "parts per million", ส่วนในพันล้านส่วน "per billion"): its
ส่วน is no contrast ("while") opening a clause when a number stands before it."""


def splits_phrase(text: str, seq: Sequence[tuple[int, int]], k: int) -> bool:
    """True when a sentence end at ``seq[k]`` (a gap, or the word before one) would
    cut a phrase that goes on after the gap: a word of :data:`NEVER_ENDS` before it
    (``รายงานระบุว่า | ราคาข้าวจะ...``: a verb and its complement), or a title and
    given name (:data:`TITLES`) before it, the surname after it (``นางมาลี | ศรีสุข``),
    or a number before it and its ratio unit after it (:data:`_RATIO_UNIT`).
    A title after a number is a classifier (``ทหาร 300 นาย``), and a word the tokenizer
    reads as one that starts with a title is no name (นายกรัฐมนตรี, นางพยาบาล).

    Examples:
        >>> text = "นางมาลี ศรีสุข วัย 60 ปี"
        >>> seq = with_spaces([(0, 3), (3, 7), (8, 14), (15, 18), (19, 21), (22, 24)])
        >>> splits_phrase(text, seq, 2), splits_phrase(text, seq, 4)
        (True, False)
    """
    is_gap = text[seq[k][0]:seq[k][1]].isspace()
    left, end = (k - 1, seq[k][0]) if is_gap else (k, seq[k][1])
    if left < 0 or right_word(text, seq, k) >= len(seq):
        return False
    word = text[seq[left][0]:seq[left][1]]
    if word in NEVER_ENDS or (word.endswith("ว่า") and word in SPEECH_VERBS):
        return True
    if word[-1:].isdigit() and _RATIO_UNIT.match(text, seq[right_word(text, seq, k)][0]):
        return True  # ``1,942 | ส่วนในพันล้านส่วน``: a number and its unit (ppb)
    m = _TITLED_NAME.search(text, max(seq[0][0], end - 40), end)
    if m is None or _NUMBER_END.search(text, max(0, m.start() - 12), m.start()):
        return False
    said = [text[s:e] for s, e in seq if m.end(1) < s and e <= end]
    if said and said[-1] in SAYING:
        return False  # ``นางมาลีกล่าว | ...``: the surname was left out, a verb ends
    return all(e <= m.end(1) for s, e in seq if s == m.start())


def opens_predicate(words: Sequence[str]) -> bool:
    """True when ``words[1]`` (the word after ``words[0]``) begins a predicate: its
    ORCHID part of speech, tagged in the context of ``words``, is a verb, auxiliary,
    negation, adverb or comparative (:data:`_PREDICATE_TAGS`)."""
    if len(words) < 2:
        return False
    tags = orchid_tags(tuple(words))
    return tags[1].startswith(_PREDICATE_TAGS)


@lru_cache(maxsize=4096)
def orchid_tags(words: tuple[str, ...]) -> tuple[str, ...]:
    from pythainlp.tag import pos_tag

    return tuple(tag for _, tag in pos_tag(list(words), engine="perceptron", corpus="orchid"))


_MARKER_END = re.compile("[0-9\u0e50-\u0e59]{1,2}[.)]$")


def ends_item_marker(text: str, end: int) -> bool:
    """True when ``text[:end]`` ends with a whole list marker (``2.``, ``๓)`` after a
    space or at the start): a marker belongs to its item, never ends a sentence."""
    m = _MARKER_END.search(text, max(0, end - 3), end)
    return m is not None and (m.start() == 0 or text[m.start() - 1].isspace())


def starts_item(text: str, seq: Sequence[tuple[int, int]], k: int) -> bool:
    """True when the gap ``seq[k]`` comes right before a numbered list item (``2. ``,
    ``15) ``): such an item starts a sentence (5 UD Thai-TUD sentences start with one;
    none follows a space inside a sentence)."""
    if not text[seq[k][0]:seq[k][1]].isspace():
        return False
    right = k + 1
    return right < len(seq) and bool(LIST_MARKER.match(text, seq[right][0]))


def words_after(text: str, seq: Sequence[tuple[int, int]], k: int, n: int) -> list[str]:
    """Up to ``n`` words after the item ``seq[k]``."""
    out: list[str] = []
    for s, e in seq[k + 1:k + 1 + 2 * n]:
        if not text[s:e].isspace():
            out.append(text[s:e])
    return out[:n]
