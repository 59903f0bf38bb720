"""Thai sentence boundaries at the level of the clause: a clause closed by its verb's
number (``ลดลง 1.2% | ญี่ปุ่นอยู่อันดับสาม``), the gapped clause of ส่วน ("while"),
a quote's attribution, and the rules that move a boundary the gap model put one
gap off (after a sentence-initial time adverbial, before a quote's speaker, around a
clause without a verb)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .thai_gap_words import (
    ALWAYS_STARTS,
    NUMBER_START,
    QUOTE_CHARS,
    SPEECH_VERBS,
    THAI_WORD_END,
    orchid_tags,
    right_word,
    splits_clause,
    words_after,
)

_TIME_OPENER = ("(?:ต่อมา|จากนั้น|หลังจากนั้น|ในเวลาต่อมา|ก่อนหน้านั้น|ก่อนหน้านี้"
                "|ขณะเดียวกัน|ในขณะเดียวกัน|นอกจากนี้|อย่างไรก็ตาม|ทั้งนี้|ดังนั้น)")
_TIME_ADVERBIAL = re.compile(
    "(?:^|(?<=\\s))(?:" + _TIME_OPENER + "|(?:" + _TIME_OPENER + "\\s?)?"
    "(?:ใน|เมื่อ|ตั้งแต่|นับตั้งแต่|ภายใน|ช่วง|ปลาย|ต้น|กลาง)"
    "(?:ปี|เดือน|วันที่)\\s?(?:(?:พ\\.ศ\\.|ค\\.ศ\\.)\\s?)?[0-9\u0e50-\u0e59]{1,4}"
    "(?:\\s?(?:[\u0e01-\u0e4e]{1,3}\\.[\u0e01-\u0e4e]{1,3}\\.|[\u0e01-\u0e4e]+(?:คม|ยน|พันธ์))"
    "(?:\\s?[0-9\u0e50-\u0e59]{4})?)?"
    "|(?:ตลอด|ตลอดช่วง|ตลอดระยะเวลา|ในช่วง|ช่วง)\\s?(?:[0-9\u0e50-\u0e59]{1,4}\\s?|(?:หนึ่ง|สอง"
    "|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด|ร้อย|หลาย|ไม่กี่)+)(?:วัน|สัปดาห์|อาทิตย์|เดือน|ปี"
    "|ชั่วโมง)(?:ต่อมา|แรก)?"
    "|(?:ตอน|ช่วง|ราว|ประมาณ)?(?:ตี(?:หนึ่ง|สอง|สาม|สี่|ห้า)(?:ครึ่ง)?|เที่ยง(?:วัน|คืน|ตรง)?"
    "|รุ่งเช้า|รุ่งสาง|ย่ำรุ่ง|พลบค่ำ|(?:เช้า|สาย|บ่าย|เย็น|ค่ำ)(?:ตรู่|มืด)?"
    "(?:วัน(?:นั้น|นี้|ต่อมา|รุ่งขึ้น))?)"
    "|และ(?:ใน|เมื่อ|ตั้งแต่|นับตั้งแต่|ภายใน|ช่วง)(?:ปี|เดือน|วันที่)?\\s?"
    "(?:[\u0e01-\u0e4e]+(?:คม|ยน|พันธ์)|[0-9\u0e50-\u0e59]{1,4})"
    "(?:\\s?[0-9\u0e50-\u0e59]{4})?(?:ที่ผ่านมา|นี้)?)$")
"""A sentence-initial adverbial standing alone between two gaps: ต่อมา ("later"),
จากนั้น ("then"), ก่อนหน้านั้น ("earlier"), อย่างไรก็ตาม ("however"), or a
preposition with a year, month or day and its number, maybe after ต่อมา
(ต่อมาในปี 2558, เมื่อปี 2562, ในวันที่ 5 มี.ค. 2567). It opens the clause
after it (ต่อมาในปี 2558 | เธอได้รับรางวัล: "in 2015 she received"), so a
boundary after it belongs before it (:func:`move_to_adverbial`). Of the 1,363
UD Thai-PUD and TUD sentences 26 start with ต่อมา or ในปี; a year followed by
a space inside a sentence (82 times) is followed by its clause. Also a fronted length
of time (ตลอดสองสัปดาห์ "over two weeks", ช่วง 3 เดือนแรก) or time of day
(ตีสี่ครึ่ง "at half past four", เที่ยงวัน "at noon", เช้าวันรุ่งขึ้น) standing alone
between two gaps: a narrative sets the scene with it (``ตลอดสองสัปดาห์ | ผู้เขียน
ลองทำ...`` is one sentence: "over two weeks I cooked..."). And one joined to และ
("and"), a month named in words too (และตั้งแต่เดือนมกราคมที่ผ่านมา "and since
January", และในปี 2567): no sentence ends with "and" + a time, it opens the next
clause (``เพิ่มขึ้นร้อยละ 27 และตั้งแต่เดือนมกราคมที่ผ่านมา | มีผู้ป่วย...`` becomes
``เพิ่มขึ้นร้อยละ 27 | และตั้งแต่เดือนมกราคมที่ผ่านมา มีผู้ป่วย...``)."""
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
        if not head or head[-1] not in QUOTE_CHARS or sum(
                head.count(c) for c in QUOTE_CHARS) % 2:
            out.append(k)  # no closing quote before the end
            continue
        nxt = min((i for i in (text.find(c, pos, seq[-1][1]) for c in QUOTE_CHARS)
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
    if not (_CLOSING_NUMBER.search(before) or THAI_WORD_END.search(before)
            or before in _PERCENT_WORDS):
        return False
    left = _words_before(text, seq, k, 5)
    at = len(left) - 1
    unit = at >= 0 and not NUMBER_START.match(left[at])
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
    after = words_after(text, seq, k, CLAUSE_WORDS)
    if at < 1 or len(after) < 2:
        return False
    tags = orchid_tags((*left, *after))
    if unit and left[-1] not in _PERCENT_WORDS and not tags[len(left) - 1].startswith("C"):
        return False  # a noun after the number, not its unit
    if not tags[at - 1].startswith("V"):
        return False  # the number is not its verb's argument: ป่าร้อยละ 40 ...
    right = tags[len(left):]
    if not right[0].startswith(_NOUN_TAGS):
        return False
    for word, tag in zip(after[1:], right[1:], strict=True):
        if NUMBER_START.match(word):
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
    right = right_word(text, seq, k)
    if right >= len(seq) or text[seq[right][0]:seq[right][1]] != CONTRAST:
        return False
    after = words_after(text, seq, right, GAPPED_WORDS + 6)
    n = next((i for i, w in enumerate(after) if NUMBER_START.match(w)), -1)
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
    return orchid_tags((CONTRAST, *after[:at + 1]))[-1].startswith("RPRE")


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
        right = right_word(text, seq, k)
        word = text[seq[right][0]:seq[right][1]] if right < len(seq) else ""
        if out and word.startswith(LEANING_STARTS):
            words = [text[s:e] for s, e in seq[start:k + 1] if not text[s:e].isspace()]
            if words and not any(t.startswith(("V", "XV"))
                                 for t in orchid_tags(tuple(words))):
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
    close = max(head.rfind(c) for c in QUOTE_CHARS)
    if close < 0 or sum(head.count(c) for c in QUOTE_CHARS) % 2 \
            or len(head) - close > ATTRIBUTION_CHARS:
        return False
    after = words_after(text, seq, k, 2)
    if not after or splits_clause(text, seq, k):
        return False
    return not orchid_tags((verb, *after))[1].startswith(_CONTINUING_TAGS)

CONDITIONALS = frozenset({"หาก", "ถ้า", "หากว่า", "ถ้าหาก", "ถ้าหากว่า"})
"""Words that open a conditional clause (หาก / ถ้า "if"). Put first, the clause is
followed by a space and then its main clause (``หากฝนตกหนัก | เขื่อนจะต้องระบาย
น้ำ``: "if it rains hard, the dam must release water"): an "if" clause is never a
sentence of its own (:func:`join_conditional`)."""
_CONDITIONAL_LEADS = frozenset({"แต่", "และ", "ซึ่ง", "โดย"})
"""Conjunctions written glued before a fronted conditional (แต่หาก "but if")."""
_CONSEQUENT_WORDS = frozenset({"ก็", "จะ", "ต้อง", "ควร", "ย่อม", "อาจ", "คง"})
"""Words that open the main clause of a condition (ก็ "then", จะ "will", ต้อง
"must", ควร "should"): Thai often writes it glued to the "if" clause
(``ถ้าฝนตกก็จะเลื่อนงาน``), and then the run already holds the whole sentence."""


def join_conditional(text: str, seq: Sequence[tuple[int, int]], ends: Sequence[int]
                     ) -> list[int]:
    """``ends`` without each end that closes a fronted conditional clause: the run of
    words since the gap before it opens with :data:`CONDITIONALS` (maybe after
    :data:`_CONDITIONAL_LEADS`), and that run starts a sentence (the paragraph's start
    or another end) or a reported clause (after ว่า "that"), and holds no word of its
    main clause (:data:`_CONSEQUENT_WORDS`), and no discourse adverb follows
    (:data:`ALWAYS_STARTS`, ทั้งนี้ "in this regard"). ``นักวิจัยระบุว่า
    หากน้ำแข็งละลายหมด | ระดับน้ำทะเลจะสูงขึ้น`` is one sentence; an "if" clause after
    its main clause (``รัฐจะช่วยเหลือ หากเกิดน้ำท่วม | ...``) ends it, and stays.

    Examples:
        >>> text = "หากฝนตกหนัก เขื่อนจะระบายน้ำ"
        >>> seq = [(0, 3), (3, 6), (6, 11), (11, 12), (12, 18), (18, 20), (20, 25), (25, 28)]
        >>> join_conditional(text, seq, [3])
        []
    """
    gaps = [k for k, (s, e) in enumerate(seq) if text[s:e].isspace()]
    kept: set[int] = set()  # the gaps of the ends kept so far
    out: list[int] = []
    for k in sorted(ends):
        gap = k if k in gaps else k + 1 if k + 1 in gaps else None
        if gap is None or gap + 1 >= len(seq):
            out.append(k)
            continue
        before = [g for g in gaps if g < gap]
        start = before[-1] + 1 if before else 0
        words = [text[s:e] for s, e in seq[start:gap] if not text[s:e].isspace()]
        if words and words[0] in _CONDITIONAL_LEADS:
            words = words[1:]
        opens = len(words) > 1 and words[0] in CONDITIONALS \
            and not _CONSEQUENT_WORDS & set(words[1:])
        heads = not before or before[-1] in kept or (
            before[-1] > 0 and text[seq[before[-1] - 1][0]:seq[before[-1] - 1][1]]
            .endswith("ว่า"))
        right = text[seq[gap + 1][0]:seq[gap + 1][1]]
        if opens and heads and right not in ALWAYS_STARTS and right != "ทั้งนี้":
            continue  # "if ..." | main clause: one sentence
        out.append(k)
        kept.add(gap)
    return out
