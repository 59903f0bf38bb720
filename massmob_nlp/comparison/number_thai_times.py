"""Thai clock times a translator adds to give a foreign time in Thai time.

``at 10:00 GMT`` / ``เวลา 10.00 น. GMT (17.00 น. ตามเวลาประเทศไทย)``: the added Thai time
restates the kept one, no number added.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from ..numbers import th
from .context import _str
from .evidence import date_ends
from .number_pairs import Mention, _clock

_TH_DAY_BETWEEN = (r"(?:ของ)?\s*(?:คืน|เช้า)?(?:วันรุ่งขึ้น|วันถัดไป|วันก่อนหน้า|เมื่อวาน|คืนนี้|"
                   r"วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|ศุกร์|เสาร์|อาทิตย์))?"
                   # its date (``01.43 น. ของวันที่ 28 พฤศจิกายน ตามเวลาประเทศไทย``)
                   r"(?:\s*(?:ของ)?\s*วันที่\s*[0-9๐-๙]{1,2}\s*"
                   + th.MONTH.replace("(?P<mon>", "(?:", 1) + r"(?:\s*[0-9๐-๙]{4})?)?")
_THAI_TIME_AFTER_RE = re.compile(
    r"\s*" + _TH_DAY_BETWEEN + r"\s*\)?\s*(?:ตาม|ใน)?\s*"
    r"เวลา(?:ใน)?(?:ประเทศ)?ไทย|\s*(?:ตาม|ใน)?\s*เวลาบ้านเรา")
"""Thai time written after a clock time, maybe across its day (``01.45 น.
ของวันรุ่งขึ้นตามเวลาประเทศไทย``, ``23.20 น. ของวันเสาร์ตามเวลาประเทศไทย``)."""
_FOREIGN_ZONE_RE = re.compile(
    r"(?i)\s*" + _TH_DAY_BETWEEN + r"\s*(?:\(|,)?\s*(?:ตาม|in\s+)?(?:GMT|UTC|BST|CET|CEST|EST|"
    r"EDT|CST|CDT|PST|PDT|JST|KST|SGT|HKT|IST|AEST|AEDT|ET|PT|local\s+time|เวลาอังกฤษ|"
    r"(?:Pacific|Eastern|Central|Mountain)(?:\s+(?:Standard|Daylight))?(?:\s+time)?|"
    r"เวลาแปซิฟิก|"
    r"เวลาท้องถิ่น|เวลามาตรฐานกรีนิช|เวลากรีนิช|เวลา(?:ประเทศ)?(?:ญี่ปุ่น|เกาหลี(?:ใต้|เหนือ)?|จีน|"
    r"ปักกิ่ง|ฮ่องกง|ไต้หวัน|สิงคโปร์|มาเลเซีย|ฟิลิปปินส์|อินเดีย|ออสเตรเลีย|สหรัฐ(?:ฯ)?|"
    r"ฝั่งตะวันออกของสหรัฐ(?:ฯ)?|ยุโรป|ฝรั่งเศส|เยอรมนี|อังกฤษ))(?![A-Za-z])")
"""A clock time's zone that is not Thai time (``ตามเวลาญี่ปุ่น``, "local time", GMT)."""
_GLOSS_BETWEEN_RE = re.compile(r"[^0-9๐-๙]{0,40}?(?:\(|หรือ|ตรงกับ)[^0-9๐-๙]{0,20}")
"""Between a Thai time and its gloss in Thai time: a bracket, หรือ ("or") or ตรงกับ
("which is"), and no other number."""
THAI_UTC_MINUTES = 420


def _thai_times(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
                src_text: str, tgt_text: str, taken: set[int]) -> dict[int, Mention]:
    """Thai clock times a translator added to give a kept foreign time in Thai time
    (``at 10:00 GMT`` / ``เวลา 10.00 น. GMT (17.00 น. ตามเวลาประเทศไทย)``): an unjoined
    Thai time marked as Thai time, in the bead of a joined time the English gives in
    another zone; when that zone's offset is known, the two must be one instant.
    Target index → the joined Thai time it restates."""
    out: dict[int, Mention] = {}
    for k, m in enumerate(tgt):
        end, clock = m.get("end_char"), _clock(m)
        if k in taken or _str(m["kind"]) != "time" or clock is None or end is None or \
                pd.isna(end):
            continue
        if not _THAI_TIME_AFTER_RE.match(tgt_text, int(end)):
            if (partner := _listed_gloss(tgt, k, kept, tgt_text)) is not None:
                out[k] = partner
            continue
        for i, j in kept.items():
            s, t = src[i], tgt[j]
            s_end = s.get("end_char")
            if t["bead"] != m["bead"] or _str(t["kind"]) != "time" or j == k or \
                    s_end is None or pd.isna(s_end):
                continue
            foreign = _FOREIGN_ZONE_RE.match(src_text, int(s_end))
            t_end = t.get("end_char")
            if foreign is None and t_end is not None and not pd.isna(t_end):
                foreign = _FOREIGN_ZONE_RE.match(tgt_text, int(t_end))
            if foreign is None and not _gloss_of(t, m, clock, tgt_text):
                continue
            utc = s.get("utc_minute")
            if utc is not None and \
                    (clock[0] * 60 + clock[1] - THAI_UTC_MINUTES) % (24 * 60) != utc:
                continue  # not the same instant: another time
            out[k] = t
            break
        if k not in out and (partner := _listed_gloss(tgt, k, kept, tgt_text)) is not None:
            out[k] = partner
    return out


def _gloss_of(t: Mention, m: Mention, clock: tuple[int, int], tgt_text: str) -> bool:
    """The Thai time ``m`` right after the joined Thai time ``t`` as its gloss, whole or
    half hours away (``เวลา 07.10 น. (05.10 น. ตามเวลาประเทศไทย)``): the English time had
    no zone written, the dateline's (Pyongyang, Taipei)."""
    t_end, m_start, own = t.get("end_char"), m.get("start_char"), _clock(t)
    if t_end is None or m_start is None or pd.isna(t_end) or pd.isna(m_start) or \
            own is None or int(m_start) < int(t_end):
        return False
    if not _GLOSS_BETWEEN_RE.fullmatch(tgt_text, int(t_end), int(m_start)):
        return False
    gap = (own[0] * 60 + own[1] - clock[0] * 60 - clock[1]) % (24 * 60)
    return gap % 30 == 0 and gap != 0


def _shift(s: Mention, t: Mention) -> int | None:
    """Minutes from the English clock to the Thai one, or None if either is no time."""
    a, b = _clock(s), _clock(t)
    if a is None or b is None or _str(s["kind"]) != "time" or _str(t["kind"]) != "time":
        return None
    return (b[0] * 60 + b[1] - a[0] * 60 - a[1]) % (24 * 60)


def converted_times(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
                    changed: dict[int, int]) -> dict[int, int]:
    """Times changed by the shift of a zone the article converts elsewhere: a live blog
    from Singapore gives "2.31pm Singapore time" as ``13.31 น. ตามเวลาประเทศไทย`` and
    then every entry's time an hour earlier ("3.50pm" / ``14.50 น.``), without a zone.
    A kept pair whose English names a foreign zone sets the shift; a changed pair of
    times with no foreign zone of their own moved by exactly that shift is the same
    conversion. Source index → target index."""
    shifts = set()
    for i, j in kept.items():
        s = src[i]
        offset, shift = s.get("zone_offset"), _shift(s, tgt[j])
        if offset is not None and offset != THAI_UTC_MINUTES and shift:
            shifts.add(shift)
    return {i: j for i, j in changed.items() if i >= 0 and j >= 0 and
            src[i].get("zone_offset") is None and
            tgt[j].get("zone_offset") in (None, THAI_UTC_MINUTES) and
            _shift(src[i], tgt[j]) in shifts}


_LIST_SEP_RE = re.compile(r"\s*(?:และ|หรือ|,|กับ)\s*")
"""Between two times of one list (``10.00 น. และ 13.00 น.``)."""


def _span(m: Mention) -> tuple[int, int] | None:
    start, end = m.get("start_char"), m.get("end_char")
    if start is None or end is None or pd.isna(start) or pd.isna(end):
        return None
    return int(start), int(end)


def _listed_gloss(tgt: list[Mention], k: int, kept: dict[int, int],
                  tgt_text: str) -> Mention | None:
    """The joined Thai time that the time ``k`` glosses as one of a list of Thai times
    (``ตั้งแต่ 11.00 น. ... ตั้งแต่ 14.00 น. (ตรงกับ 10.00 น. และ 13.00 น. ตามเวลา
    ประเทศไทย)``): the list, closed by a note of Thai time, follows as many joined times
    of its bead, each moved by the same whole or half hours; the n-th time of the list
    glosses the n-th of them. None if ``k`` is no such time."""
    bead = tgt[k]["bead"]
    times = sorted(((span, n) for n, t in enumerate(tgt) if t["bead"] == bead and
                    _str(t["kind"]) == "time" and (span := _span(t)) is not None),
                   key=lambda x: x[0])
    where = [n for _, n in times].index(k) if k in [n for _, n in times] else None
    if where is None:
        return None
    first, last = where, where
    while first > 0 and _LIST_SEP_RE.fullmatch(tgt_text, times[first - 1][0][1],
                                                times[first][0][0]):
        first -= 1
    while last + 1 < len(times) and _LIST_SEP_RE.fullmatch(tgt_text, times[last][0][1],
                                                           times[last + 1][0][0]):
        last += 1
    group = times[first:last + 1]
    if len(group) < 2 or not _THAI_TIME_AFTER_RE.match(tgt_text, group[-1][0][1]):
        return None
    joined = set(kept.values())
    before = [(span, n) for span, n in times[:first] if n in joined]
    if len(before) < len(group) or not _GLOSS_BETWEEN_RE.fullmatch(
            tgt_text, before[-1][0][1], group[0][0][0]):
        return None
    glossed = before[-len(group):]
    gaps = set()
    for (_, a), (_, b) in zip(glossed, group):
        own, clock = _clock(tgt[a]), _clock(tgt[b])
        if own is None or clock is None:
            return None
        gaps.add((own[0] * 60 + own[1] - clock[0] * 60 - clock[1]) % (24 * 60))
    if len(gaps) != 1 or (gap := gaps.pop()) % 30 or not gap:
        return None
    return tgt[glossed[where - first][1]]


_THAI_TIME_NEAR_RE = re.compile(r"เวลา(?:ใน)?(?:ประเทศ)?ไทย|เวลาบ้านเรา")
THAI_TIME_NEAR_CHARS = 60
"""How far from a date its note of Thai time may stand (``เมื่อเวลา 06.42 น.
วันอาทิตย์ที่ 24 มกราคม ตามเวลาประเทศไทย``)."""


def _day(m: Mention) -> date | None:
    ends = date_ends(m.get("key"))
    if _str(m["kind"]) != "date" or len(ends) != 1:
        return None
    y, mon, d = ends[0]
    if mon is None or d is None:
        return None
    try:
        return date(int(y) if y is not None else 2000, int(mon), int(d))
    except ValueError:
        return None


def converted_dates(src: list[Mention], tgt: list[Mention], changed: dict[int, int],
                    tgt_text: str) -> dict[int, int]:
    """Dates the translator moved to Thai time: "on Saturday (Jan. 23) at 6:42 p.m. EST"
    / ``เมื่อเวลา 06.42 น. วันอาทิตย์ที่ 24 มกราคม ตามเวลาประเทศไทย``. A changed pair of
    days one day apart whose Thai side is marked as Thai time, in a bead where the
    English gives a clock time in a foreign zone that crosses midnight by that day (or
    a clock time with no zone read). Source index → target index."""
    out = {}
    for i, j in changed.items():
        s, t = src[i], tgt[j]
        a, b, start, end = _day(s), _day(t), t.get("start_char"), t.get("end_char")
        if a is None or b is None or abs((b - a).days) != 1 or start is None or \
                end is None or pd.isna(start) or pd.isna(end):
            continue
        near = tgt_text[max(0, int(start) - THAI_TIME_NEAR_CHARS):
                        int(end) + THAI_TIME_NEAR_CHARS]
        if not _THAI_TIME_NEAR_RE.search(near):
            continue
        shifts: set[int | None] = set()
        for o in src:
            clock = _clock(o)
            if o["bead"] != s["bead"] or _str(o["kind"]) != "time" or clock is None:
                continue
            offset = o.get("zone_offset")
            if offset is None or pd.isna(offset):
                shifts.add(None)
            elif int(offset) != THAI_UTC_MINUTES:
                shifts.add((clock[0] * 60 + clock[1] - int(offset) + THAI_UTC_MINUTES)
                           // (24 * 60))
        if (b - a).days in shifts or (shifts == {None}):
            out[i] = j
    return out
