"""Names a translation renders word by word: organisations, courts, ministries, wars,
parks (``Amnesty International`` / องค์การนิรโทษกรรมสากล, ``Royal Navy`` / ราชนาวี,
``Real Estate Council of Ontario`` / สภาอสังหาริมทรัพย์แห่งรัฐออนทาริโอ).

The English name is cut into words; each word or phrase of the lexicon
``data/name_words.tsv`` (``court`` → ศาล, ``national park`` → อุทยานแห่งชาติ) or of
the world table (``America`` → อเมริกา) gives Thai *pieces* where its rendering
occurs; the other words (proper names) are transliterated next to a piece
(:func:`massmob_nlp.entities.sounds.sound_similarity`). The name is found when a
chain of pieces, joined by nothing or by a Thai linking word (แห่ง, ของ, เพื่อ),
renders every one of its words once, in any order (Thai puts the head first).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .._text import SPLIT_AM, JoinedAm, join_sara_am
from .sounds import sound_similarity
from .thai_search import SEARCH_MAX_TOKENS, SEARCH_MIN_SCORE
from .world import find_thai, find_variants, world_ids

WORDS_FILE = "data/name_words.tsv"
TRANSLATED_SCORE = 0.9
"""Score of a name found by its translation (below an exact world-table name)."""
MAX_PHRASE = 3
"""Longest English phrase looked up as one entry (``marine corps``, ``real estate``)."""
GLUE: frozenset[str] = frozenset({
    "", "แห่ง", "ของ", "เพื่อ", "และ", "ด้าน", "ว่าด้วย", "แห่งรัฐ", "รัฐ", "ประเทศ",
    "แห่งประเทศ", "กรุง", "เมือง", "นคร", "ชาว", "ฝ่าย", "กำกับ", "กำกับดูแล",
    "กำกับกิจการ"})
"""Thai words that may join two pieces of a translated name (stripped of spaces); a
regulator's name gets a *regulating* the English leaves out (``Office of Rail and
Road`` / สำนักงานกำกับกิจการรถไฟและถนน)."""
PLACE_WORDS: frozenset[str] = frozenset({
    "north", "south", "east", "west", "new", "great", "upper", "lower", "saint", "st",
    "st.", "san", "santa", "port", "mount", "lake", "cape"})
"""Lexicon words that are also transliterated as part of a place name (``North
Carolina`` / นอร์ทแคโรไลนา, ``New York`` / นิวยอร์ก)."""
THAI_HEADS: tuple[str, ...] = (
    "กระทรวง", "องค์การ", "องค์กร", "สำนักงาน", "สำนัก", "บริษัท", "สถาบัน", "พรรค", "กรม",
    "สภา", "คณะ", "ศาล", "สหภาพ", "สมาคม", "ธนาคาร", "กองทัพ", "กลุ่ม", "ระบบ", "หน่วยงาน",
    "หน่วย", "ศูนย์", "สหพันธ์")
"""Heads a translation puts before a body whose English name leaves them out
(``Minister for Justice`` / รัฐมนตรีกระทรวงยุติธรรม)."""
STOP_WORDS: frozenset[str] = frozenset({"of", "the", "and", "for", "on", "in", "&", "de",
                                        "at", "to", "la", "le", "des", "du"})
"""English words a translation need not render."""
UNSPOKEN: frozenset[str] = frozenset({"royal", "thai"})
"""English words of a body's name its Thai name often leaves out (``Royal Irrigation
Department`` / กรมชลประทาน, ``Royal Thai Navy`` / กองทัพเรือ; a Thai body needs no
*Thai* in Thai: ``Thai Meteorological Department`` / กรมอุตุนิยมวิทยา): the name is
looked for without them when it is not found with them."""
_WORD_RE = re.compile(r"[^\s\-–/]+")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_THAI_EDGE = re.compile("[\u0e01-\u0e4e]")


@lru_cache(maxsize=1)
def name_words() -> dict[str, tuple[str, ...]]:
    """English word or phrase (lower case) → its Thai renderings in names (read once)."""
    text = resources.files("massmob_nlp").joinpath(WORDS_FILE).read_text("utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        key = row["english"].strip().casefold()
        thai = tuple(unicodedata.normalize("NFC", t) for t in row["thai"].split("|") if t)
        out[key] = tuple(dict.fromkeys(out.get(key, ()) + thai))
    return out


def _lookup(words: Sequence[str]) -> tuple[str, ...]:
    lexicon = name_words()
    key = " ".join(_POSSESSIVE_RE.sub("", w).casefold() for w in words)
    for form in (key, key[:-3] + "y" if key.endswith("ies") else "",
                 key[:-1] if key.endswith("s") else ""):
        if form and form in lexicon:
            return lexicon[form]
    return ()


Piece = tuple[int, int, frozenset[int]]


def find_translation(name: str, text: str, span: tuple[int, int], edges: Sequence[int], *,
                     exclude: Sequence[tuple[int, int]] = ()) -> tuple[int, int, float] | None:
    """``(start, end, score)`` of the Thai rendering of ``name`` in ``text[span[0]:
    span[1]]`` (absolute offsets; ``edges``: sorted word-token edges), or None when
    the name has no word of the lexicon or no chain of pieces renders all its words.
    A chain starts and ends on word edges and overlaps no stretch of ``exclude``.
    ``text`` may write ำ as :data:`~massmob_nlp._text.SPLIT_AM`: offsets stay on it."""
    if SPLIT_AM in text[span[0]:span[1]]:
        am = JoinedAm(text)
        hit = find_translation(
            name, am.text, (am.joined(span[0]), am.joined(span[1])),
            sorted({am.joined(e) for e in edges if 0 <= e <= len(text)}),
            exclude=[(am.joined(s), am.joined(e)) for s, e in exclude])
        return None if hit is None else (am.given(hit[0]), am.given(hit[1]), hit[2])
    words = [w.rstrip(",;:") for w in _WORD_RE.findall(name)  # Culture, Sports and Tourism
             if w.casefold().strip(".,'’") not in STOP_WORDS]
    if not words or len(words) > 8:
        return None
    a, b = span
    sub = text[a:b]
    bounds = {e - a for e in edges if a <= e <= b}
    pieces: list[Piece] = []
    known: set[int] = set()
    for i in range(len(words)):
        for j in range(i + 1, min(i + MAX_PHRASE, len(words)) + 1):
            variants = set(_lookup(words[i:j]))
            ids = world_ids(" ".join(words[i:j]))
            cover = frozenset(range(i, j))
            if variants:
                known |= cover
                pieces += [(a + s, a + e, cover) for v in variants  # each: การป้องกัน
                           for s, e, _ in find_variants(sub, {v})]  # hides ป้องกัน
            if ids:
                pieces += [(a + s, a + e, cover) for s, e, _ in
                           find_thai(sub, ids, boundaries=bounds)]
    for i, w in enumerate(words):
        number = w if _NUMBER_WORD_RE.fullmatch(w) else _roman_number(w) if i else None
        if number:  # Highway 16 / ทางหลวงหมายเลข 16, Region IV / เขต 4
            pieces += [(a + m.start(), a + m.end(), frozenset({i}))
                       for m in _number_pieces(number).finditer(sub)]
    if not known or not pieces:
        return None
    proper = [i for i in range(len(words)) if i not in known or
              words[i].casefold() in PLACE_WORDS]
    # a piece of the lexicon ends a word even inside one dictionary token
    # (มหาวิทยาลัย|เกษตรศาสตร์ of the token มหาวิทยาลัยเกษตรศาสตร์)
    inner = sorted({*edges, *(p[0] for p in pieces), *(p[1] for p in pieces)})
    if any(i not in known for i in proper):
        pieces += _anchored(words, proper, known, text, span, inner, pieces)
    best = _best_chain(pieces, len(words), text, set(edges))
    if best is None and (kept := [w for w in words if w.casefold() not in UNSPOKEN]) and \
            len(kept) < len(words):  # Royal Irrigation Department / กรมชลประทาน
        return find_translation(" ".join(kept), text, span, edges, exclude=exclude)
    if best is None or any(best[0] < e and s < best[1] for s, e in exclude):
        return None
    return best[0], best[1], TRANSLATED_SCORE


_NUMBER_WORD_RE = re.compile(r"\d{1,5}")
_ROMAN_RE = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _roman_number(word: str) -> str | None:
    """The digits of a Roman numeral up to XXXIX ending a name (``Region IV`` is เขต 4
    in Thai, ``Phase II`` ระยะที่ 2); None for another word."""
    if not word or not _ROMAN_RE.fullmatch(word):
        return None
    values = [_ROMAN_VALUES[c] for c in word]
    return str(sum(-v if k + 1 < len(values) and v < values[k + 1] else v
                   for k, v in enumerate(values)))
_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
NUMBER_GLUE: tuple[str, ...] = ("หมายเลข", "เลขที่", "ฉบับที่", "ที่")
"""Thai words a translation puts before the number of a name (ข้อเสนอที่ 139 for
``Proposition 139``, ทางหลวงหมายเลข 16 for ``Highway 16``): part of the number's piece."""


def _number_pieces(word: str) -> re.Pattern[str]:
    """The number ``word`` of a name in Arabic or Thai digits, alone (not part of a
    longer number), after a :data:`NUMBER_GLUE` word if any."""
    digits = "".join(f"[{d}{_THAI_DIGITS[int(d)]}]" for d in word.lstrip("0") or "0")
    glue = "|".join(NUMBER_GLUE)
    return re.compile(rf"(?:(?:{glue})\s?)?(?<![\d๐-๙.,])[0๐]*{digits}(?![\d๐-๙]|[.,][\d๐-๙])")


def _anchored(words: list[str], proper: list[int], known: set[int], text: str,
              span: tuple[int, int], edges: Sequence[int], pieces: list[Piece]
              ) -> list[Piece]:
    """Pieces for the words outside the lexicon: runs of them (with the
    :data:`PLACE_WORDS` next to them) transliterated in a stretch right after or right
    before a piece (``Ontario`` in แห่งรัฐออนทาริโอ, ``North Carolina`` in
    มหาวิทยาลัยนอร์ทแคโรไลนา)."""
    runs: list[list[int]] = []
    for i in proper:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    inside = [e for e in edges if span[0] <= e <= span[1]]
    out: list[Piece] = []
    for run in runs:
        for lo in range(len(run)):
            for hi in range(lo + 1, len(run) + 1):
                if all(k in known for k in run[lo:hi]):
                    continue  # North alone is translated (เหนือ), not transliterated
                latin = " ".join(words[k] for k in run[lo:hi])
                cover = frozenset(run[lo:hi])
                at = text.find(latin, *span)  # left in Latin script (มหาวิทยาลัย LUISS)
                if at >= 0:
                    out.append((at, at + len(latin), cover))
                for s, e, _ in pieces:
                    out += _next_to(latin, cover, text, inside, s, e)
    return out


def _next_to(latin: str, cover: frozenset[int], text: str, edges: list[int], start: int,
             end: int) -> list[Piece]:
    """The best transliteration of ``latin`` in a stretch of word edges that starts at
    ``end`` (after a linking word) or ends at ``start``."""
    found: list[Piece] = []
    after = [k for k, e in enumerate(edges) if e >= end and _glue(text[end:e])]
    before = [k for k, e in enumerate(edges) if e <= start and _glue(text[e:start])]
    best: tuple[float, int, int] | None = None
    for k in after:
        for m in range(k + 1, min(k + 1 + SEARCH_MAX_TOKENS, len(edges))):
            best = _better(best, latin, text, edges[k], edges[m])
    for k in before:
        for m in range(max(0, k - SEARCH_MAX_TOKENS), k):
            best = _better(best, latin, text, edges[m], edges[k])
    if best is not None:
        found.append((best[1], best[2], cover))
    return found


def _better(best: tuple[float, int, int] | None, latin: str, text: str, s: int, e: int
            ) -> tuple[float, int, int] | None:
    thai = text[s:e]
    if not _THAI_EDGE.match(thai) or not _THAI_EDGE.match(thai[-1]) or \
            (" " in thai and " " not in latin):
        return best  # a stretch starts and ends with a Thai letter
    score = sound_similarity(latin, thai, floor=SEARCH_MIN_SCORE, cut=True)
    if score >= SEARCH_MIN_SCORE and (best is None or (score, e - s) > (best[0],
                                                                         best[2] - best[1])):
        return score, s, e
    return best


def _glue(between: str) -> bool:
    return between.strip() in GLUE and len(between) <= 12


def _headed(text: str, start: int, edges: set[int]) -> int:
    """The start of a :data:`THAI_HEADS` word right before ``start`` and on a word
    edge (กระทรวง of กระทรวงยุติธรรม for ``Justice``), else -1."""
    return next((start - len(h) for h in THAI_HEADS if text.endswith(h, 0, start)
                 and start - len(h) in edges), -1)


def _after_word(text: str, start: int, edges: set[int]) -> int:
    """``start`` when the word token holding it begins with a Thai dictionary word
    that ends there (the tokenizer wrote รับข้อเสนอ, *accept a proposal*, as one
    word: ข้อเสนอ of ``Proposition 139`` starts inside it), else -1."""
    from .thai_search import _thai_dictionary

    before = max((e for e in edges if e < start), default=-1)
    return start if before >= 0 and start - before <= 8 and \
        text[before:start] in _thai_dictionary() else -1


def _best_chain(pieces: list[Piece], n: int, text: str, edges: set[int]
                ) -> tuple[int, int] | None:
    """The shortest run of adjacent pieces (joined by :data:`GLUE`) whose covers
    partition the ``n`` words, starting and ending on word edges (or starting with a
    Thai head the English name leaves out: :data:`THAI_HEADS`, or right after a
    dictionary word the tokenizer joined to the name: :func:`_after_word`)."""
    pieces = sorted(set(pieces))
    goal = frozenset(range(n))
    best: tuple[int, int] | None = None

    def grow(start: int, end: int, covered: frozenset[int]) -> None:
        nonlocal best
        if covered == goal:
            start = start if start in edges else _headed(text, start, edges) \
                if _headed(text, start, edges) >= 0 else _after_word(text, start, edges)
            if start >= 0 and end in edges and (best is None or
                                                end - start < best[1] - best[0]):
                best = (start, end)
            return
        for s, e, cover in pieces:
            if s >= end and not cover & covered and _glue(text[end:s]):
                grow(start, e, covered | cover)

    for s, e, cover in pieces:
        grow(s, e, cover)
    return best


LOANWORDS: frozenset[str] = frozenset({
    "นิว", "กรีน", "คัพ", "ลีก", "เซนต์", "แกลเลอรี", "เพรส", "คองเกรส", "สภาคองเกรส",
    "เดโมแครต", "แอบบีย์", "เกมส์", "โอลิมปิก", "ชิงแชมป์", "แชมเปียนชิพ", "เทคโนโลยี",
    "นิวเคลียร์", "เคาน์ตี"})
"""Renderings of the lexicon that are English words written in Thai: a span of them
may be a name (เดโมแครต), so :func:`is_generic` does not count them."""
COMMON_WORDS: frozenset[str] = frozenset({
    "แขวง", "ตำบล", "อำเภอ", "ทางบก", "ทางทะเล", "ทางอากาศ", "วิศวกรรมศาสตร์", "เหรียญ",
    "ชั้น", "ลูก", "คน", "หลัง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า",
    "สิบ", "ร้อย", "พัน", "ทั้งสอง",
    "ภาค", "เขต", "ชายแดน", "ชายฝั่ง", "เฉียง", "ประจำ", "ตอน", "ฝั่ง", "แถบ", "บริเวณ",
    "พื้นที่", "ท้องถิ่น", "ทหาร", "ศาสนจักร", "ทิศ", "เหมือง", "เหมืองแร่", "คนขับ",
    "อาชญากรรม", "ช่วง", "หนึ่ง", "สะพาน", "ถนน", "รถไฟ", "โพล", "ประมง", "ชาวประมง",
    "ค่าโดยสาร", "วิศวกร", "เล็ก", "ใหญ่", "กล่าว", "ระบุ", "เผย", "เปิดเผย", "แถลง",
    "ซีกโลก", "ขั้วโลก", "ดาวเคราะห์", "อวกาศ", "บาง", "เดือน", "พิเศษ",
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
    "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม", "วันจันทร์", "วันอังคาร",
    "วันพุธ", "วันพฤหัสบดี", "วันพฤหัส", "วันศุกร์", "วันเสาร์", "วันอาทิตย์",
    "แม่", "พ่อ", "พี่", "น้อง", "ปู่", "ย่า", "อ่อน", "ปีก", "สะสม", "ติด",
    "บน", "จีดีพี", "จีเอ็นพี", "จีเอ็นไอ", "ซีพีไอ", "พีเอ็มไอ", "เอฟดีไอ", "ภูเขาไฟ",
    "อัลบั้ม", "ชุ่มน้ำ", "แชมป์", "แชมเปียนชิพ", "คิด", "นาน"})
"""Thai common nouns, directions and sizes (ภาคใต้, เขตชายฝั่ง, ตะวันตกเฉียงเหนือ,
เมืองประมงเล็ก), besides the renderings of the lexicon, and the verbs of saying a
recognizer runs a body into (สมาคมกล่าว: *the association said*); a hemisphere, a
pole, a planet, space (ซีกโลกเหนือ, ขั้วโลกใต้) are common nouns too, and so are a
month or a weekday (เดือนตุลาคม, วันอาทิตย์: a date) and the quantifier บาง *some*
before a common noun (บางเมือง *some towns*; บางนา is a name: นา is no common word here);
an admin word with a count or a number word is no name either (แขวง 678 แห่ง *678
wards*, สองเมือง *the two cities*, ตำบลชายแดนทางบก *land-border communes*); nor are
kin words with a count (แม่ลูกสี่ *a mother of four*), เกาะ *to cling* before a verb, a
part or a place word (น้ำแข็งเกาะปีก *ice clinging to the wing*, เกาะสะสมบน) and an
economic measure in Thai letter names (จีดีพี *GDP*, ซีพีไอ *CPI*)."""


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    words = {t for values in name_words().values() for t in values} | COMMON_WORDS
    return frozenset(w for w in words | (GLUE - {""}) if w not in LOANWORDS
                     and not world_ids(w))  # ยุโรป, โลก: names of the world table


@lru_cache(maxsize=4096)
def is_generic(thai: str) -> bool:
    """Whether a Thai span is only common words of names (สภานิติบัญญัติ, สนามบิน,
    ภาคใต้, เทือกเขา; punctuation, slashes and ฯ aside: สภาท้องถิ่น:, สมาชิกสภาฯ,
    ประเทศ/ดินแดน): renderings of the lexicon
    (not :data:`LOANWORDS`, not names of the world table such as ยุโรป),
    :data:`COMMON_WORDS` and linking words, with spaces between, or a time of day
    (ตีสี่, สองทุ่ม). Such a span that a recognizer labelled is a common noun, not a
    name."""
    text = re.sub(r"[\s:;,.!?\"'“”‘’()\[\]0-9๐-๙/ฯ]+", "",
                  join_sara_am(unicodedata.normalize("NFC", thai)))  # แขวง 678: a count
    vocab = _generic_words()
    longest = max(map(len, vocab))
    ok = [True] + [False] * len(text)  # ok[i]: text[:i] splits into common words
    for i in range(1, len(text) + 1):
        ok[i] = any(ok[j] and text[j:i] in vocab for j in range(max(0, i - longest), i))
    return bool(text) and (ok[-1] or _THAI_CLOCK_RE.fullmatch(text) is not None)


_HOUR_WORDS = "หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบเอ็ด|สิบสอง|สิบ"
_THAI_CLOCK_RE = re.compile(
    rf"ตี(?:{_HOUR_WORDS})?(?:ครึ่ง)?|(?:บ่าย)?(?:{_HOUR_WORDS})?โมง(?:เช้า|เย็น)?(?:ครึ่ง)?|"
    rf"(?:{_HOUR_WORDS})?ทุ่ม(?:ครึ่ง)?|เที่ยง(?:คืน|วัน)?")
"""A Thai time of day (digits already taken out): ตีสี่ครึ่ง *half past four in the
night*, บ่ายสองโมง, ห้าโมงเย็น, สองทุ่ม, เที่ยงคืน: a time, no name."""
