"""A Thai name looked for in the English source it translates: the way back of the
search in :mod:`massmob_nlp.entities.sounds` (``find_in_thai``), for Thai mentions
the English recognizer missed (อูเบอร์ / ``Uber``, พระเจ้าแรเมซีส / ``Ramesses``).

The Thai name loses its Thai heads first (:data:`THAI_HEADS`: titles นาย, พระเจ้า;
generic words แม่น้ำ, เมือง, ตึก), then each run of capitalised English words (and
each of its words) is scored by its transliteration skeleton; a name of the world
table is looked for by its English names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from .._text import join_sara_am
from .sound_keys import consonants, sound_key
from .sounds import sound_similarity
from .thai_search import SEARCH_MIN_CONSONANTS, SEARCH_MIN_SCORE, SHORT_MIN_SCORE
from .world import canonical, world_ids

THAI_HEADS: tuple[str, ...] = (
    "นางสาว", "นาง", "นาย", "ดร.", "ดร", "พระเจ้า", "สมเด็จพระ", "สมเด็จ", "เจ้าชาย",
    "เจ้าหญิง", "ท่าน", "ลอร์ด", "เซอร์", "นักบุญ", "แม่น้ำ", "เมือง", "กรุง", "นคร",
    "ประเทศ", "ชาว", "เกาะ", "ทะเลสาบ", "ทะเล", "เทือกเขา", "ภูเขา", "ถนน", "ตึก", "อาคาร",
    "สำนักข่าว", "บริษัท", "พรรค", "รัฐ", "แคว้น", "จังหวัด", "มณฑล", "เขต", "ค่ายเพลง",
    "วง", "เพลง", "อัลบั้ม", "ภาพยนตร์", "เรื่อง", "สหภาพแรงงาน", "สหภาพ", "สมาคม",
    "องค์กรการกุศล", "องค์กร", "องค์การ", "มูลนิธิ", "สโมสร", "ทีม", "กุนซือ", "โค้ช",
    "ผู้จัดการทีม", "รถ", "ยี่ห้อ", "แบรนด์", "ห้าง", "ร้าน", "ท่าอากาศยาน", "สนามบิน",
    "โรงแรม", "โรงพยาบาล", "ถ้ำ")
"""Thai words put before a foreign name (titles, and the generic head a translation
adds: แม่น้ำโอไฮโอ for ``Ohio``); dropped before the name is looked for."""
_CAPS_RE = re.compile(r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*))*")
MAX_RUN = 4
"""Longest run of capitalised English words scored as one name."""


def thai_core(thai: str) -> str:
    """``thai`` without leading :data:`THAI_HEADS` and spaces (นางสาวพุก → พุก,
    แม่น้ำโรห์น → โรห์น); ``""`` when nothing is left."""
    core = join_sara_am(unicodedata.normalize("NFC", thai)).strip()
    changed = True
    while changed:
        changed = False
        for head in THAI_HEADS:
            if core.startswith(head) and len(core) > len(head) + 1:
                core = core[len(head):].strip()
                changed = True
                break
    return core


def find_in_latin(thai: str, text: str, spans: Sequence[tuple[int, int]], *,
                  exclude: Sequence[tuple[int, int]] = ()) -> tuple[int, int, float] | None:
    """``(start, end, score)`` of the English stretch of ``text`` inside ``spans``
    (``(start, end)`` of the sentences searched, best first) that the Thai name
    ``thai`` renders: a world-table name (score 1), or a run of capitalised words
    whose :func:`~massmob_nlp.entities.sounds.sound_similarity` with the name
    reaches :data:`SEARCH_MIN_SCORE` (:data:`SHORT_MIN_SCORE` for names of two
    consonant classes, or of one after a Thai head; shorter ones are not looked for).
    Ties go to the earlier span, then the higher score, then the longer stretch; a
    stretch overlapping one of ``exclude`` is never given."""
    core = thai_core(thai)
    if not core:
        return None
    hit = _written(thai, core, text, spans, exclude)
    if hit is not None:
        return hit
    ids = world_ids(core) or world_ids(thai)
    names = {canonical(i) for i in ids}
    n = consonants(sound_key(core))
    headed = core != unicodedata.normalize("NFC", thai).strip()
    if not ids and n < SEARCH_MIN_CONSONANTS - headed:
        return None  # a Thai head (แม่น้ำโอไฮโอ) marks a short core as a name
    floor = SHORT_MIN_SCORE if n <= SEARCH_MIN_CONSONANTS else SEARCH_MIN_SCORE
    for a, b in spans:
        best: tuple[float, int, int] | None = None
        for start, end, latin in _runs(text, a, b):
            if any(start < e and s < end for s, e in exclude):
                continue
            if ids:
                score = 1.0 if world_ids(latin) & ids or latin in names else 0.0
            else:
                score = sound_similarity(latin, core, floor=floor, cut=True)
            if score >= floor and (best is None or (score, end - start) >
                                   (best[0], best[2] - best[1])):
                best = (score, start, end)
        if best is not None:
            return best[1], best[2], best[0]
    return None


_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z0-9&.'’\-]*(?: [A-Za-z][A-Za-z0-9&.'’\-]*)*")


def _written(thai: str, core: str, text: str, spans: Sequence[tuple[int, int]],
             exclude: Sequence[tuple[int, int]]) -> tuple[int, int, float] | None:
    """The English stretch a Thai mention writes out: its Latin words (องค์กรการกุศล
    Mind), an acronym spelled in Thai letter names (เอสยูวี for ``SUVs``), or a name of
    the world table in any case (ดวงจันทร์ for ``the moon``), with score 1."""
    from .thai_search import spell_acronym

    wanted: list[str] = [m.group(0) for m in _LATIN_RE.finditer(thai)
                         if len(m.group(0)) > 1]
    ids = world_ids(core) or world_ids(thai)
    for i in sorted(ids):
        wanted += _world_latin(i)
    spelled = core if not _LATIN_RE.search(core) else ""
    for a, b in spans:
        for w in wanted:
            for m in re.finditer(r"(?<![\w])" + re.escape(w) + r"(?![\w])", text[a:b],
                                 0 if w.isupper() else re.IGNORECASE):  # US is not us
                start, end = a + m.start(), a + m.end()
                if not any(start < e and s < end for s, e in exclude):
                    return start, end, 1.0
        if spelled:
            for m in re.finditer(r"\b[A-Z]{2,6}(?=s?\b)", text[a:b]):
                start, end = a + m.start(), a + m.end()
                if spelled in spell_acronym(m.group(0)) and \
                        not any(start < e and s < end for s, e in exclude):
                    return start, end, 1.0
    return None


def _world_latin(entity_id: str) -> list[str]:
    from .gazetteer import latin_variants
    from .world import _index

    entry = _index()[2].get(entity_id)
    return [] if entry is None else sorted(set(latin_variants(entry)), key=len, reverse=True)


def _runs(text: str, a: int, b: int) -> Iterator[tuple[int, int, str]]:
    """Every run of 1 to :data:`MAX_RUN` consecutive words inside each capitalised
    stretch of ``text[a:b]`` (possessive ``'s`` and final dots dropped)."""
    for m in _CAPS_RE.finditer(text, a, b):
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group(0))]
        for i in range(len(words)):
            for j in range(i + 1, min(i + MAX_RUN, len(words)) + 1):
                start = m.start() + words[i][0]
                end = m.start() + words[j - 1][1]
                piece = re.sub(r"(?:['’]s?|[.,])$", "", text[start:end])
                yield start, start + len(piece), piece
