"""Thai clock times a translator adds to give a foreign time in Thai time.

``at 10:00 GMT`` / ``เวลา 10.00 น. GMT (17.00 น. ตามเวลาประเทศไทย)``: the added Thai time
restates the kept one, no number added.
"""

from __future__ import annotations

import re

import pandas as pd

from .context import _str
from .number_pairs import Mention, _clock

_TH_DAY_BETWEEN = (r"(?:ของ)?\s*(?:คืน|เช้า)?(?:วันรุ่งขึ้น|วันถัดไป|วันก่อนหน้า|เมื่อวาน|คืนนี้|"
                   r"วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|ศุกร์|เสาร์|อาทิตย์))?")
_THAI_TIME_AFTER_RE = re.compile(
    r"\s*" + _TH_DAY_BETWEEN + r"\s*\)?\s*(?:ตาม|ใน)?\s*"
    r"เวลา(?:ใน)?(?:ประเทศ)?ไทย|\s*(?:ตาม|ใน)?\s*เวลาบ้านเรา")
"""Thai time written after a clock time, maybe across its day (``01.45 น.
ของวันรุ่งขึ้นตามเวลาประเทศไทย``, ``23.20 น. ของวันเสาร์ตามเวลาประเทศไทย``)."""
_FOREIGN_ZONE_RE = re.compile(
    r"(?i)\s*" + _TH_DAY_BETWEEN + r"\s*(?:\(|,)?\s*(?:ตาม|in\s+)?(?:GMT|UTC|BST|CET|CEST|EST|"
    r"EDT|CST|CDT|PST|PDT|JST|KST|SGT|HKT|IST|AEST|AEDT|ET|PT|local\s+time|เวลาอังกฤษ|"
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
                pd.isna(end) or not _THAI_TIME_AFTER_RE.match(tgt_text, int(end)):
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
