"""Thai sentence boundaries: a small CRF over the whitespace gaps of a paragraph.

Thai marks sentence ends (and many clause ends) with a space. PyThaiNLP's CRFCut,
trained on TED transcripts, cuts news text at nearly every space. This model looks
only at the whitespace gaps between tokens and labels each one ``B`` (sentence
boundary) or ``O``, from the words around the gap, CRFCut's own probability of a
sentence end there, ender/starter words, character classes and the lengths of the
chunks on either side. It was trained on UD Thai-PUD sentences joined into
paragraphs (see ``models/train_thai_sentences.py`` and ``models/thai_sentences/README.md``).
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import _optional

MODEL_FILE = "model.crfsuite"
CRF_WINDOW = 1500
"""Tokens per CRFCut call (CRFCut's marginals are one of the features)."""
CRF_FEATURE_WINDOW = 2
"""Words on each side in CRFCut's features (PyThaiNLP's default)."""
CRF_MAX_NGRAM = 3
"""Longest n-gram in CRFCut's features (PyThaiNLP's default)."""
GAP_WINDOW = 2000
"""Gaps per call of the gap model."""
_QUOTES = set("\"'“”‘’«»()[]")
_THAI_WORD_END = re.compile("[\u0e01-\u0e4e]$")
_NUMBER_START = re.compile("[0-9\u0e50-\u0e59]")
_LIST_MARKER = re.compile("[0-9\u0e50-\u0e59]{1,2}[.)](?:\\s|$)")
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
_TIME_OPENER = ("(?:ต่อมา|จากนั้น|หลังจากนั้น|ในเวลาต่อมา|ก่อนหน้านั้น|ก่อนหน้านี้"
                "|ขณะเดียวกัน|ในขณะเดียวกัน|นอกจากนี้|อย่างไรก็ตาม|ทั้งนี้|ดังนั้น)")
_TIME_ADVERBIAL = re.compile(
    "(?:^|(?<=\\s))(?:" + _TIME_OPENER + "|(?:" + _TIME_OPENER + "\\s?)?"
    "(?:ใน|เมื่อ|ตั้งแต่|นับตั้งแต่|ภายใน|ช่วง|ปลาย|ต้น|กลาง)"
    "(?:ปี|เดือน|วันที่)\\s?(?:(?:พ\\.ศ\\.|ค\\.ศ\\.)\\s?)?[0-9\u0e50-\u0e59]{1,4}"
    "(?:\\s?(?:[\u0e01-\u0e4e]{1,3}\\.[\u0e01-\u0e4e]{1,3}\\.|[\u0e01-\u0e4e]+(?:คม|ยน|พันธ์))"
    "(?:\\s?[0-9\u0e50-\u0e59]{4})?)?)$")
"""A sentence-initial adverbial standing alone between two gaps: ต่อมา ("later"),
จากนั้น ("then"), ก่อนหน้านั้น ("earlier"), อย่างไรก็ตาม ("however"), or a
preposition with a year, month or day and its number, maybe after ต่อมา
(ต่อมาในปี 2558, เมื่อปี 2562, ในวันที่ 5 มี.ค. 2567). It opens the clause
after it (ต่อมาในปี 2558 | เธอได้รับรางวัล: "in 2015 she received"), so a
boundary after it belongs before it (:func:`move_to_adverbial`). Of the 1,363
UD Thai-PUD and TUD sentences 26 start with ต่อมา or ในปี; a year followed by
a space inside a sentence (82 times) is followed by its clause."""
_BASIS_ADVERBIAL = re.compile(
    "(?:^|(?<=\\s))ตาม(?:กฎหมาย|มติ|คำสั่ง|คำพิพากษา|ระเบียบ|ประกาศ|ข้อตกลง|สัญญา"
    "|รัฐธรรมนูญ|พระราชบัญญัติ|พ\\.ร\\.บ\\.|พระราชกฤษฎีกา|กฤษฎีกา|กฎกระทรวง|หลักเกณฑ์"
    "|ข้อกำหนด|กำหนดการ|แผน|นโยบาย|ธรรมเนียม|ประเพณี)\\S{0,40}$")
"""``ตาม`` ("under, in line with") and the rule it names standing alone between two
gaps: ตามกฎหมายกัมพูชา ("under Cambodian law"), ตามมติ ("under the resolution"),
ตามกำหนดการ ("as scheduled"). After a space it opens the clause after it
(``ลูกความจะยื่นอุทธรณ์ ตามกฎหมายกัมพูชา | จำเลยมีเวลาหนึ่งเดือน``: "under Cambodian
law, they have one month"), so a boundary after it belongs before it
(:func:`move_to_adverbial`; at the end of a paragraph it stays: ``สูงกว่าเดิมหกเท่า
ตามกฤษฎีกาฉบับใหม่``, "under a new decree"). Of the 1,363 UD Thai-PUD and TUD sentences
9 start with ตาม + a noun (ตามกำหนดการ, ตามคัมภีร์, ตามข้อมูล...); after a space inside a sentence
ตาม is followed by ด้วย ("followed by") or by a source of what was said (ตามข้อมูลของ,
ตามรายงานของ, ตามที่: "according to", which ends a sentence as often as it opens
one), never by the rule of law or schedule listed here."""
_PREDICATE_TAGS = ("V", "XV", "NEG", "ADV", "JCMP")
"""ORCHID tags of a predicate's first word: verbs (VACT, VSTA, VATT), auxiliaries
(XVBM, XVAM, XVMM, XVBB, XVAE), negation, adverbs and comparatives (เท่ากับ, กว่า)."""


ADVERBIAL_CHARS = 120
"""Longer than any :data:`_TIME_ADVERBIAL` (the search looks back no further)."""


def move_to_adverbial(text: str, seq: Sequence[tuple[int, int]], ends: Sequence[int]
                      ) -> list[int]:
    """``ends`` (indices into ``seq`` after which a sentence ends) with each end that
    follows a sentence-initial time adverbial (:data:`_TIME_ADVERBIAL`, from the gap
    before it) or a rule it follows (:data:`_BASIS_ADVERBIAL`) moved to that gap, or
    dropped when the adverbial opens the paragraph:
    ``ได้รับเกียรติในปี 2555 ต่อมาในปี 2558 | เธอได้รับ`` becomes
    ``ได้รับเกียรติในปี 2555 | ต่อมาในปี 2558 เธอได้รับ``.

    Examples:
        >>> text = "เขาเกษียณในปี 2555 ต่อมาในปี 2558 เขาได้รับรางวัล"
        >>> seq = [(0, 3), (3, 9), (9, 11), (11, 13), (13, 14), (14, 18), (18, 19),
        ...        (19, 24), (24, 26), (26, 28), (28, 29), (29, 33), (33, 34), (34, 37),
        ...        (37, 40), (40, 49)]
        >>> move_to_adverbial(text, seq, [12])  # the gap after 2558 -> the one before ต่อมา
        [6]
    """
    starts = {e: k for k, (s, e) in enumerate(seq) if text[s:e].isspace()}
    out: list[int] = []
    for k in ends:
        s, e = seq[k]
        end = s if text[s:e].isspace() else e
        lo = max(seq[0][0], end - ADVERBIAL_CHARS)
        m = _TIME_ADVERBIAL.search(text, lo, end) or (
            _BASIS_ADVERBIAL.search(text, lo, end) if text[end:seq[-1][1]].strip() else None)
        if m is None or m.start() == m.end():
            out.append(k)
            continue
        gap = starts.get(m.start())
        if gap is not None and gap not in out:
            out.append(gap)
    return sorted(set(out))


_DASH_END = re.compile("(?:\\s[-\u2013\u2014]|[\u2013\u2014])\\s*$")
_NUMBER_ABBREVIATION = re.compile(
    "\\b(?:No|Nos|Art|Vol|Fig|Sec|Para|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    "\\.\\s*$")
_DIGIT_START = re.compile("\\s*[0-9]")


def join_unfinished(sentences: Sequence[tuple[int, int]], text: str
                    ) -> list[tuple[int, int]]:
    """Sentence spans (sorted) with each one that cannot end where it ends joined to
    the sentence after it:

    * one ending in a dash: a wire dateline (``WASHINGTON (AP) —``, ``Ha Noi, May 3
      (VNA) –``, ``ฟีนิกซ์ (เอพี) –``) opens the first sentence, and no sentence of
      either language ends with a dash (a hyphen counts after a space only: ``well-``);
    * one ending in an abbreviation written before a number (``Decree No.``,
      ``Art.``, ``Oct.``) when the next one starts with a digit (``No. | 72/2025``).

    Examples:
        >>> text = "CAIRO (AP) — Fuel prices rose 5% on Monday. Queues formed."
        >>> join_unfinished([(0, 12), (13, 43), (44, 58)], text)
        [(0, 43), (44, 58)]
        >>> text = "Under Decree No. 72/2025, fees rise. They fall in Oct. next year."
        >>> join_unfinished([(0, 16), (17, 36), (37, 65)], text)
        [(0, 36), (37, 65)]
    """
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if out and (_DASH_END.search(text, out[-1][0], out[-1][1]) or (
                _NUMBER_ABBREVIATION.search(text, out[-1][0], out[-1][1])
                and _DIGIT_START.match(text, s))):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_QUOTE_CHARS = "\"“”"
ATTRIBUTION_CHARS = 120
"""Longest attribution (``นางสมศรี ใจดี ประธานสมาคมผู้ปกครอง กล่าว``) moved with the
quote before it (:func:`move_to_attribution`)."""


def move_to_attribution(text: str, seq: Sequence[tuple[int, int]], ends: Sequence[int]
                        ) -> list[int]:
    """``ends`` with each end right after a closing quote that is followed by its
    attribution (a name and a verb of saying, :data:`SPEECH_VERBS`, before the next
    opening quote or the paragraph's end) moved to the end of the attribution: Thai
    writes ``"..." นายสมชาย กล่าว "..."``, and the speaker belongs to the quote before
    him (``"เราต้องรอ" | นายสมชาย กล่าว "ฝนยังไม่หยุด"`` becomes
    ``"เราต้องรอ" นายสมชาย กล่าว | "ฝนยังไม่หยุด"``)."""
    if not seq:
        return list(ends)
    para_start = seq[0][0]
    gap_before = {s: k for k, (s, e) in enumerate(seq) if text[s:e].isspace()}
    gap_ending = {e: k for k, (s, e) in enumerate(seq) if text[s:e].isspace()}
    word_at = {s: text[s:e] for s, e in seq if not text[s:e].isspace()}
    out: list[int] = []
    for k in ends:
        s, e = seq[k]
        pos = s if text[s:e].isspace() else e
        head = text[para_start:pos].rstrip()
        if not head or head[-1] not in _QUOTE_CHARS or sum(
                head.count(c) for c in _QUOTE_CHARS) % 2:
            out.append(k)  # no closing quote before the end
            continue
        nxt = min((i for i in (text.find(c, pos, seq[-1][1]) for c in _QUOTE_CHARS)
                   if i >= 0), default=seq[-1][1])
        said: list[str] = []
        for a, _ in seq[k:]:
            if a >= nxt or a - pos > ATTRIBUTION_CHARS:
                break
            if a >= pos and a in word_at:
                said.append(word_at[a])
        closing = next((j for j in range(k + 1, len(seq)) if seq[j][0] >= nxt
                        or (seq[j][0] - pos <= ATTRIBUTION_CHARS
                            and ends_attribution(text, seq, j))), len(seq))
        if closing < len(seq) and seq[closing][0] < nxt:
            out.append(closing)  # "..." | X กล่าว | ...: the end after the speaker
            continue
        if nxt - pos > ATTRIBUTION_CHARS or not any(w in SPEECH_VERBS for w in said) \
                or any(w.endswith(("!", "?")) for w in said):
            out.append(k)
            continue
        if nxt < seq[-1][1]:
            gap = gap_ending.get(nxt)
            out.append(gap if gap is not None else k)
        elif gap_before.get(pos) is None and not text[s:e].isspace():
            out.append(k)
    return sorted(set(out))


_PERCENT_WORDS = frozenset({"%", "เปอร์เซ็นต์"})
_SCALE_WORDS = frozenset({"ล้าน", "แสน", "หมื่น", "พัน", "ร้อย", "สิบ"})
_CLOSING_NUMBER = re.compile("[0-9\u0e50-\u0e59]$")
_NOUN_TAGS = ("NCMN", "NPRP", "NTTL", "CMTR", "NONM")
"""ORCHID tags of a new clause's subject: common, proper and title nouns (the tagger
reads many foreign place names as the classifier CMTR)."""
CLAUSE_WORDS = 6
"""Words after a gap searched for the verb of a new clause (:func:`closes_number_clause`)."""


def _words_after(text: str, seq: Sequence[tuple[int, int]], k: int, n: int) -> list[str]:
    """Up to ``n`` words after the item ``seq[k]``."""
    out: list[str] = []
    for s, e in seq[k + 1:k + 1 + 2 * n]:
        if not text[s:e].isspace():
            out.append(text[s:e])
    return out[:n]


def _words_before(text: str, seq: Sequence[tuple[int, int]], k: int, n: int) -> list[str]:
    """Up to ``n`` words before the item ``seq[k]``, in order."""
    out = [text[s:e] for s, e in seq[max(0, k - 2 * n):k] if not text[s:e].isspace()]
    return out[-n:]


def closes_number_clause(text: str, seq: Sequence[tuple[int, int]], k: int) -> bool:
    """True when the gap ``seq[k]`` ends a clause closed by its verb's percentage or
    count (``ลดลง 1.2%``, ``มีผู้ป่วย 300 คน``) and a new clause with its own subject
    and verb follows: a noun, then a verb within :data:`CLAUSE_WORDS` words and before
    any number (``ลดลง 1.2% | ญี่ปุ่นอยู่อันดับสาม``). Thai news strings such
    clauses with spaces where English writes a full stop; a preposition, conjunction or
    verb after the number (``ลดลง 1.2% จากปีก่อน``, ``ลดลง 1.2% ถือเป็น...``) or a
    noun the number measures (``ลดลง 1.2% มูลค่า 3 ล้านบาท``) continues the clause."""
    if not text[seq[k][0]:seq[k][1]].isspace() or k < 2:
        return False
    before = text[seq[k - 1][0]:seq[k - 1][1]]
    if not (_CLOSING_NUMBER.search(before) or _THAI_WORD_END.search(before)
            or before in _PERCENT_WORDS):
        return False
    left = _words_before(text, seq, k, 5)
    at = len(left) - 1
    unit = at >= 0 and not _NUMBER_START.match(left[at])
    if unit:  # % or a classifier, maybe after a scale word: 3.5 ล้านคน
        at -= 1
        while at >= 0 and left[at] in _SCALE_WORDS:
            at -= 1
    if at < 1 or not _CLOSING_NUMBER.search(left[at]):
        return False
    if not unit and left[at - 1] != "ร้อยละ":
        return False  # a bare count: its unit may follow the gap (เป็น 16 | ประเทศ)
    if left[at - 1] == "ร้อยละ":
        at -= 1
    after = _words_after(text, seq, k, CLAUSE_WORDS)
    if at < 1 or len(after) < 2:
        return False
    tags = _orchid_tags((*left, *after))
    if unit and left[-1] not in _PERCENT_WORDS and not tags[len(left) - 1].startswith("C"):
        return False  # a noun after the number, not its unit
    if not tags[at - 1].startswith("V"):
        return False  # the number is not its verb's argument: ป่าร้อยละ 40 ...
    right = tags[len(left):]
    if not right[0].startswith(_NOUN_TAGS):
        return False
    for word, tag in zip(after[1:], right[1:], strict=True):
        if _NUMBER_START.match(word):
            return False
        if tag.startswith("V"):
            return True
    return False


CONTRAST = "ส่วน"
"""ส่วน ("as for, while") before a noun and a bare number (``... 1.1 ล้านคน ส่วน
สหรัฐฯ 7 แสนคน``) is the gapped clause of English ``while the US sent 700,000``: the
verb is the one before, so it continues that sentence (:func:`gapped_contrast`). With a
verb of its own (ส่วนอาหารญี่ปุ่นจะเน้น...) it opens a sentence, as 19 of the 1,363
UD Thai-PUD and TUD sentences do."""
GAPPED_WORDS = 4
"""Longest noun phrase between ส่วน and its bare number (:func:`gapped_contrast`)."""
_GAPPED_CLOSERS = frozenset({"และ", "หรือ", "ตามลำดับ"})


def gapped_contrast(text: str, seq: Sequence[tuple[int, int]], k: int) -> bool:
    """True when the gap (or word before it) ``seq[k]`` comes before :data:`CONTRAST`
    ส่วน, then at most :data:`GAPPED_WORDS` words, a number and its unit, and then
    nothing, และ / หรือ (the next item of the list) or a preposition: a clause whose
    verb was left out (``ส่วนสหรัฐฯ 7 แสนคน และญี่ปุ่น 6 แสนคน``). A verb or a new
    subject after the number (``ส่วนนักบินผู้ช่วย วัย 29 ปี มีชั่วโมงบิน...``,
    ``ส่วนเงินกู้ 1 ล้านดอลลาร์ ยอดผ่อนจะลดลง...``) makes it a sentence of its own."""
    right = _right_word(text, seq, k)
    if right >= len(seq) or text[seq[right][0]:seq[right][1]] != CONTRAST:
        return False
    after = _words_after(text, seq, right, GAPPED_WORDS + 6)
    n = next((i for i, w in enumerate(after) if _NUMBER_START.match(w)), -1)
    if not 1 <= n <= GAPPED_WORDS:
        return False
    at = n + 1
    while at < len(after) and after[at] in _SCALE_WORDS:
        at += 1
    at += 1  # the unit
    if at >= len(after):
        return at == len(after) and len(after) < GAPPED_WORDS + 6
    if after[at] in _GAPPED_CLOSERS:
        return True
    return _orchid_tags((CONTRAST, *after[:at + 1]))[-1].startswith("RPRE")


LEANING_STARTS = ("โดย", "ซึ่ง", CONTRAST)
"""Words that open a clause leaning on the one before (โดย "by, with", ซึ่ง "which",
ส่วน "as for"): a sentence end before one needs a clause before it that can stand
alone, with a verb of its own (:func:`join_verbless`)."""


def join_verbless(text: str, seq: Sequence[tuple[int, int]], ends: Sequence[int]
                  ) -> list[int]:
    """``ends`` where a sentence with no verb (ORCHID tags) that is followed by a word
    of :data:`LEANING_STARTS` is joined to the sentence before it: ``...อนุมัติโครงการ
    | เมื่อวันที่ 30 พฤศจิกายน | โดยมีผู้แทน...`` is a date adverbial of the clause
    before it, not a sentence, and the โดย clause opens the next one. The first
    sentence of a paragraph is left alone (a subject before ซึ่ง is often what it is)."""
    out: list[int] = []
    start = 0
    for k in sorted(ends):
        right = _right_word(text, seq, k)
        word = text[seq[right][0]:seq[right][1]] if right < len(seq) else ""
        if out and word.startswith(LEANING_STARTS):
            words = [text[s:e] for s, e in seq[start:k + 1] if not text[s:e].isspace()]
            if words and not any(t.startswith(("V", "XV"))
                                 for t in _orchid_tags(tuple(words))):
                out.pop()
        out.append(k)
        start = k + 1
    return out


_CONTINUING_TAGS = ("RPRE", "JCRG", "JSBR", "JCMP", "FIXN", "FIXV")
"""ORCHID tags of a word that continues the clause before it: prepositions,
conjunctions, subordinators and the prefixes การ/ความ read as such."""


def ends_attribution(text: str, seq: Sequence[tuple[int, int]], k: int) -> bool:
    """True when the gap ``seq[k]`` follows a verb of saying (:data:`SPEECH_VERBS`,
    not one ending in ว่า "that") that closes an attribution right after a closing
    quote, ``"..." นายสมชาย ใจดี ผู้ว่าราชการจังหวัด กล่าว | ...``: the quote and its
    speaker are a sentence, and what follows is the next one, unless it is tied to the
    verb (a preposition or conjunction: ``กล่าว | ในการประชุม``, ``กล่าว | และ...``)."""
    if not text[seq[k][0]:seq[k][1]].isspace() or k == 0:
        return False
    verb = text[seq[k - 1][0]:seq[k - 1][1]]
    if verb not in SPEECH_VERBS or verb.endswith("ว่า"):
        return False
    head = text[seq[0][0]:seq[k - 1][0]]
    close = max(head.rfind(c) for c in _QUOTE_CHARS)
    if close < 0 or sum(head.count(c) for c in _QUOTE_CHARS) % 2 \
            or len(head) - close > ATTRIBUTION_CHARS:
        return False
    after = _words_after(text, seq, k, 2)
    if not after or splits_clause(text, seq, k):
        return False
    return not _orchid_tags((verb, *after))[1].startswith(_CONTINUING_TAGS)


def model_path() -> Path:
    return _optional.models_dir() / "thai_sentences" / MODEL_FILE


@lru_cache(maxsize=1)
def gap_tagger() -> Any:
    """The trained gap model (pycrfsuite Tagger), or None when the file is missing."""
    path = model_path()
    if not path.exists():
        return None
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@lru_cache(maxsize=1)
def _word_lists() -> tuple[frozenset[str], frozenset[str]]:
    from pythainlp.tokenize import crfcut

    return frozenset(crfcut._ENDERS), frozenset(crfcut._STARTERS)


def with_spaces(tokens: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Tokens with the gaps between them as tokens of their own (CRFCut's input)."""
    seq: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(tokens):
        if i and tokens[i - 1][1] < s:
            seq.append((tokens[i - 1][1], s))
        seq.append((s, e))
    return seq


def crfcut(text: str, seq: Sequence[tuple[int, int]], marginals: bool = False
           ) -> tuple[list[str], list[float]]:
    """CRFCut labels (and P(E) when asked) for each item of seq, in windows; an ``E``
    right before a word that never starts a sentence (:func:`splits_clause`) becomes
    ``I``, and a gap before a numbered list item (:func:`starts_item`) ``E``. The
    probabilities are CRFCut's own."""
    tagger, _ = _optional.crfcut_tagger()
    features = crfcut_features
    labels: list[str] = []
    probs: list[float] = []
    for w0 in range(0, len(seq), CRF_WINDOW):
        words = [text[s:e] for s, e in seq[w0:w0 + CRF_WINDOW]]
        labels.extend(tagger.tag(features(words)))
        if marginals:
            probs.extend(tagger.marginal("E", j) for j in range(len(words)))
    labels = ["E" if starts_item(text, seq, j) or starts_clause(text, seq, j)
              or closes_number_clause(text, seq, j) or ends_attribution(text, seq, j)
              else "I" if lab == "E" and (splits_clause(text, seq, j)
                                          or gapped_contrast(text, seq, j)) else lab
              for j, lab in enumerate(labels)]
    moved = set(join_verbless(text, seq, move_to_attribution(text, seq, move_to_adverbial(
        text, seq, [j for j, lab in enumerate(labels) if lab == "E"]))))
    labels = ["E" if j in moved else "I" if lab == "E" else lab
              for j, lab in enumerate(labels)]
    return labels, probs


def crfcut_features(words: Sequence[str]) -> list[list[str]]:
    """CRFCut's features of each word (the same lists as PyThaiNLP's
    ``crfcut._extract_features``, window 2, n-grams up to 3), built a column at a time:
    each n-gram is joined once, not once per word whose window holds it."""
    if not words:
        return []
    enders, starters = _word_lists()
    pad = ["xxpad"] * CRF_FEATURE_WINDOW
    doc = [*pad, *words, *pad]
    flags = (doc, ["ender" if w in enders else "normal" for w in doc],
             ["starter" if w in starters else "normal" for w in doc])
    n_items, w = len(words), CRF_FEATURE_WINDOW
    cols: list[list[str]] = [["bias"] * n_items]
    for n in range(1, min(CRF_MAX_NGRAM + 1, 2 + w * 2)):
        joined = [["|".join(seq[j:j + n]) for j in range(len(doc) - n + 1)] for seq in flags]
        for o in range(-w, w + 2 - n):
            for kind, grams in zip(("word", "ender", "starter"), joined, strict=True):
                head = f"{kind}_{n}_{o}_{o + n}="
                cols.append([head + g for g in grams[w + o:w + o + n_items]])
    return [list(row) for row in zip(*cols, strict=True)]


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
    if right >= len(seq) or not _THAI_WORD_END.search(text[seq[left][0]:seq[left][1]]):
        return False
    start = seq[right][0]
    return bool(_NUMBER_START.match(text, start)) and not _LIST_MARKER.match(text, start)


def _right_word(text: str, seq: Sequence[tuple[int, int]], k: int) -> int:
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
    right = _right_word(text, seq, k)
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
    right = _right_word(text, seq, k)
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
    if word in SPEECH_VERBS:
        return not (right + 1 < len(seq)
                    and text[seq[right + 1][0]:seq[right + 1][1]] in _SPEECH_IDIOM)
    if word != RELATIVE or right + 1 >= len(seq):
        return False
    after = [text[s:e] for s, e in seq[right:right + 4] if not text[s:e].isspace()]
    return opens_predicate(after)


def splits_phrase(text: str, seq: Sequence[tuple[int, int]], k: int) -> bool:
    """True when a sentence end at ``seq[k]`` (a gap, or the word before one) would
    cut a phrase that goes on after the gap: a word of :data:`NEVER_ENDS` before it
    (``รายงานระบุว่า | ราคาข้าวจะ...``: a verb and its complement), or a title and
    given name (:data:`TITLES`) before it, the surname after it (``นางมาลี | ศรีสุข``).
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
    if left < 0 or _right_word(text, seq, k) >= len(seq):
        return False
    word = text[seq[left][0]:seq[left][1]]
    if word in NEVER_ENDS or (word.endswith("ว่า") and word in SPEECH_VERBS):
        return True
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
    tags = _orchid_tags(tuple(words))
    return tags[1].startswith(_PREDICATE_TAGS)


@lru_cache(maxsize=4096)
def _orchid_tags(words: tuple[str, ...]) -> tuple[str, ...]:
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
    return right < len(seq) and bool(_LIST_MARKER.match(text, seq[right][0]))


def _cls(word: str) -> str:
    """Coarse character class of a word."""
    if not word:
        return "none"
    c = word[0]
    if c.isdigit():
        return "digit"
    if "\u0e00" <= c <= "\u0e7f":
        return "thai"
    if c.isalpha():
        return "latin"
    if c in _QUOTES:
        return "quote"
    return "punct"


def _bucket(n: int) -> str:
    return str(min(int(math.log2(n + 1)), 10))


def gap_features(text: str, seq: Sequence[tuple[int, int]], gaps: Sequence[int],
                 p_end: Sequence[float]) -> list[dict[str, float]]:
    """Features of each gap (an index into seq of a whitespace item)."""
    enders, starters = _word_lists()
    words = [text[s:e] for s, e in seq]
    n = len(seq)
    para_start, para_end = seq[0][0], seq[-1][1]
    out: list[dict[str, float]] = []
    for gi, k in enumerate(gaps):
        f: dict[str, float] = {"bias": 1.0}

        def w(j: int) -> str:
            return words[j] if 0 <= j < n else "<pad>"

        # only the words next to the gap: wider windows and n-grams overfit (4-fold
        # cross-validation on the training sentences, models/train_thai_sentences.py)
        f[f"L1={w(k - 1)}"] = 1.0
        f[f"R1={w(k + 1)}"] = 1.0
        f[f"L1R1={w(k - 1)}|{w(k + 1)}"] = 1.0
        left, right = w(k - 1), w(k + 1)
        f[f"Lend={left[-1:]}"] = 1.0
        f[f"Rbeg={right[:1]}"] = 1.0
        f[f"Lcls={_cls(left[-1:])}|Rcls={_cls(right[:1])}"] = 1.0
        if left in enders:
            f["L_ender"] = 1.0
        if right in starters:
            f["R_starter"] = 1.0
        gap = words[k]
        if "\n" in gap:
            f["newline"] = 1.0
        if len(gap) > 1:
            f["wide_gap"] = 1.0
        # CRFCut's P(E) on the word before the gap and on the gap itself
        pe = max(p_end[k - 1] if k else 0.0, p_end[k])
        f["crf_pe"] = pe
        f[f"crf_pe_b={int(pe * 5)}"] = 1.0
        # chunk lengths: back to the previous gap, on to the next gap, to the edges
        prev_gap = seq[gaps[gi - 1]][1] if gi else para_start
        next_gap = seq[gaps[gi + 1]][0] if gi + 1 < len(gaps) else para_end
        s, e = seq[k]
        lc, rc = s - prev_gap, next_gap - e
        f[f"lchunk={_bucket(lc)}"] = 1.0
        f[f"rchunk={_bucket(rc)}"] = 1.0
        f[f"lr={_bucket(lc)}|{_bucket(rc)}"] = 1.0
        f["lchunk_log"] = math.log1p(lc) / 6
        f["rchunk_log"] = math.log1p(rc) / 6
        f[f"from_start={_bucket(s - para_start)}"] = 1.0
        f[f"to_end={_bucket(para_end - e)}"] = 1.0
        ltoks = (k - gaps[gi - 1] - 1) if gi else k
        f[f"ltoks={_bucket(ltoks)}"] = 1.0
        out.append(f)
    return out


def gap_items(text: str, tokens: Sequence[tuple[int, int]]
              ) -> tuple[list[tuple[int, int]], list[int], list[dict[str, float]]]:
    """(seq, indices of the whitespace gaps in seq, their features)."""
    seq = with_spaces(tokens)
    gaps = [k for k, (s, e) in enumerate(seq) if text[s:e].isspace()]
    if not gaps:
        return seq, gaps, []
    _, p_end = crfcut(text, seq, marginals=True)
    return seq, gaps, gap_features(text, seq, gaps, p_end)


def boundary_gaps(text: str, tokens: Sequence[tuple[int, int]], tagger: Any
                  ) -> tuple[list[tuple[int, int]], list[int]]:
    """(seq, indices into seq of the gaps the model labels as sentence boundaries),
    except gaps right before a word that never starts a sentence (:func:`splits_clause`),
    and with every gap before a numbered list item (:func:`starts_item`)."""
    seq, gaps, feats = gap_items(text, tokens)
    ends: list[int] = []
    for w0 in range(0, len(gaps), GAP_WINDOW):
        labels = tagger.tag(feats[w0:w0 + GAP_WINDOW])
        ends.extend(k for k, lab in zip(gaps[w0:w0 + GAP_WINDOW], labels)
                    if starts_item(text, seq, k) or starts_clause(text, seq, k)
                    or closes_number_clause(text, seq, k) or ends_attribution(text, seq, k)
                    or (lab == "B" and not splits_clause(text, seq, k)
                        and not gapped_contrast(text, seq, k)))
    return seq, join_verbless(text, seq, move_to_attribution(
        text, seq, move_to_adverbial(text, seq, ends)))


def make_paragraphs(sentences: Sequence[str], seed: int, lo: int = 2, hi: int = 5
                    ) -> list[tuple[str, list[int]]]:
    """Consecutive sentences joined by one space into paragraphs of lo..hi sentences:
    (paragraph, character offsets of the joining spaces)."""
    rng = random.Random(seed)
    out, i = [], 0
    while i < len(sentences):
        k = rng.randint(lo, hi)
        group = [s.strip() for s in sentences[i:i + k]]
        i += k
        text, joins = "", []
        for s in group:
            if text:
                joins.append(len(text))
                text += " "
            text += s
        out.append((text, joins))
    return out
