"""Clock times of a list or section given in Thai time after one note.

A fixture list, timetable or schedule whose Thai side gives every time in Thai time
after one note (``หมายเหตุ: เวลาทั้งหมดเป็นเวลาประเทศไทย``, a heading ``โปรแกรมการแข่งขัน
(ตามเวลาไทย)``) while the English gives local, GMT or UK times ("All kick-off times are
GMT", or no note): every pair of times in a bead moved by the zone's whole hours, the
same minutes, is one time converted. The shift is the English note's zone to Thai time
(UTC+7), or, with no English zone, the one most of the list's pairs share. A time moved
otherwise than the rest is one time changed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import pandas as pd

from .context import _str
from .number_marks import _ZONES
from .number_pairs import THAI_ZONE_MINUTES, Mention, _clock

_TH_NOTE_RE = re.compile(r"(?m)^[^\n0-9๐-๙]{0,60}(?:เวลา(?:ใน)?(?:ประเทศ)?ไทย|เวลาบ้านเรา)"
                         r"[^\n0-9๐-๙]{0,30}$")
"""A short line with no digits that names Thai time: the note above a list, or its
heading (``เวลาทั้งหมดด้านล่างเป็นเวลาประเทศไทย``, ``ตารางถ่ายทอดสด (เวลาไทย)``)."""
_TH_NOTE_MAX = 80
"""Most characters of such a note line (a sentence of the body is longer)."""
_EN_NOTE_RE = re.compile(
    r"(?i)\ball\s+(?:the\s+)?(?:[a-z]+(?:-[a-z]+)?\s+)?times?\s+"
    r"(?:are\s+|shown\s+|listed\s+|given\s+)*(?:in\s+)?(?P<z>GMT|UTC|BST|CET|CEST|EST|EDT|"
    r"CST|CDT|PST|PDT|JST|KST|SGT|HKT|IST|AEST|AEDT|UK|local)\b")
"""An English note of the zone of every time ("All kick-off times are GMT", "all times
local", "All times UK")."""
_LINE_CLOCK_RE = re.compile(r"(?P<h>[01]?[0-9]|2[0-3])[.:](?P<m>[0-5][0-9])")
"""``15.00``, ``9:30``: a 24-hour time as UK lists write it, which the reader may take
for a decimal."""
_LINE_START_RE = re.compile(r"(?:^|\n)[ \t\-•*]*$")
"""Only a bullet or blanks between the start of a line and a number."""
_COUNTRY_OFFSETS = {
    **dict.fromkeys(("Singapore", "Malaysia", "Philippines", "Brunei", "China", "Hong Kong",
                     "Taiwan", "สิงคโปร์", "มาเลเซีย", "ฟิลิปปินส์", "บรูไน", "จีน", "ฮ่องกง",
                     "ไต้หวัน"), 480),
    **dict.fromkeys(("Japan", "South Korea", "Korea", "ญี่ปุ่น", "เกาหลีใต้", "เกาหลี"), 540),
    **dict.fromkeys(("Myanmar", "เมียนมา"), 390),
    **dict.fromkeys(("India", "อินเดีย"), 330),
    **dict.fromkeys(("Thailand", "Vietnam", "Laos", "Cambodia", "Indonesia", "ไทย", "เวียดนาม",
                     "ลาว", "กัมพูชา", "อินโดนีเซีย"), 420)}
"""Offsets from UTC in minutes of the countries of a regional fixture list (Indonesia:
Jakarta's)."""
_COUNTRY_RE = re.compile("|".join(sorted(map(re.escape, _COUNTRY_OFFSETS), key=len,
                                         reverse=True)))
DAY_MINUTES = 24 * 60
LIST_EVIDENCE = 2
"""Pairs that must share one shift for it to be the list's zone conversion when the
English names no zone."""


def _th_note_at(text: str) -> int | None:
    """Where the first note of Thai time over a list ends, or None."""
    for hit in _TH_NOTE_RE.finditer(text):
        if len(hit.group().strip()) <= _TH_NOTE_MAX:
            return hit.end()
    return None


def _en_offset(text: str) -> tuple[bool, int | None]:
    """Whether the English names one zone for all its times, and that zone's offset
    from UTC in minutes (None: "UK", "local", a zone the text does not fix)."""
    hit = _EN_NOTE_RE.search(text)
    if hit is None:
        return False, None
    zone = hit["z"].upper()
    return True, _ZONES.get(zone) if zone in _ZONES else None


def _en_clock(m: Mention, text: str) -> tuple[int, int] | None:
    """(hour, minute) of an English time, or of a decimal written as a 24-hour time at
    the start of a line (``12.30 Aston Villa v …``)."""
    if _str(m["kind"]) == "time":
        return _clock(m)
    start = m.get("start_char")
    hm = _LINE_CLOCK_RE.fullmatch(str(m["text"]))
    if _str(m["kind"]) != "cardinal" or hm is None or start is None or pd.isna(start) or \
            not _LINE_START_RE.search(text, max(0, int(start) - 8), int(start)):
        return None
    return int(hm["h"]), int(hm["m"])


def _shift(a: tuple[int, int], b: tuple[int, int]) -> int:
    return (b[0] * 60 + b[1] - a[0] * 60 - a[1]) % DAY_MINUTES


def zone_list_times(src: list[Mention], tgt: list[Mention], taken_src: set[int],
                    taken_tgt: set[int], src_text: str, tgt_text: str
                    ) -> list[tuple[int, int, str, str]]:
    """Unjoined times of one bead, the Thai one under a note of Thai time: (source
    index, target index, status, note), ``format_only`` for the list's zone shift,
    ``mismatch`` for a time moved otherwise."""
    note_end = _th_note_at(tgt_text)
    if note_end is None:
        return []
    _, offset = _en_offset(src_text)
    pairs: list[tuple[int, int, int]] = []
    used: set[int] = set()
    for i, s in enumerate(src):
        own = _en_clock(s, src_text) if i not in taken_src else None
        if own is None:
            continue
        for j, t in enumerate(tgt):
            start, clock = t.get("start_char"), _clock(t)
            if j in taken_tgt or j in used or t["bead"] != s["bead"] or clock is None or \
                    _str(t["kind"]) != "time" or start is None or pd.isna(start) or \
                    int(start) < note_end:
                continue
            pairs.append((i, j, _shift(own, clock)))
            used.add(j)
            break
    shifts = Counter(shift for _, _, shift in pairs if shift % 30 == 0 and shift)
    allowed = set()
    if offset is not None:
        allowed.add((THAI_ZONE_MINUTES - offset) % DAY_MINUTES)
    for shift, n in shifts.most_common(1):
        if n >= LIST_EVIDENCE and (offset is None or n > len(pairs) // 2):
            allowed.add(shift)
    if not allowed:
        return []
    out = []
    for i, j, shift in pairs:
        if shift in allowed:
            out.append((i, j, "format_only", "the same time in Thai time, as the list's "
                        "note says"))
        elif (home := _home_country(src[i], src_text)) is not None and \
                shift == (THAI_ZONE_MINUTES - _COUNTRY_OFFSETS[home]) % DAY_MINUTES:
            out.append((i, j, "format_only", f"the same time in Thai time, from {home}'s "
                        "time (the country its line names first)"))
        else:
            hours = sorted(a / 60 for a in allowed)
            out.append((i, j, "mismatch", f"moved {shift / 60:g} h, not "
                        f"{' or '.join(f'{h:g}' for h in hours)} h as the rest of the "
                        "list in Thai time"))
    return out


def listed_apart(tgt_text: str) -> Callable[[Mention, Mention], bool]:
    """Whether a pair would join a Thai time of a list under a note of Thai time to a
    number of another paragraph: in such a list the same clock value a line away is
    another fixture's time (``18.00 น.`` of 6pm in Singapore is 5.30pm in Yangon), and
    each time's partner is on its own line."""
    note_end = _th_note_at(tgt_text)

    def apart(s: Mention, t: Mention) -> bool:
        start = t.get("start_char")
        return note_end is not None and _str(t["kind"]) == "time" and start is not None \
            and not pd.isna(start) and int(start) >= note_end and s["pbead"] != t["pbead"]
    return apart


def _home_country(m: Mention, text: str) -> str | None:
    """The country named first on the line of the English time ``m`` (the home side or
    the host of a fixture: "Myanmar v Vietnam, Thuwunna Stadium, 6.30pm"), or None."""
    start = m.get("start_char")
    if start is None or pd.isna(start):
        return None
    line = text[text.rfind("\n", 0, int(start)) + 1:int(start)]
    hit = _COUNTRY_RE.search(line)
    return None if hit is None else hit.group()


def thai_time_restated(src: list[Mention], tgt: list[Mention], taken_tgt: set[int],
                       src_text: str) -> dict[int, Mention]:
    """A Thai time marked as Thai time (``หนึ่งทุ่มครึ่งตามเวลาประเทศไทย``) that is the
    instant of an English time of a text whose times all stand in one named zone ("All
    kick-off times are GMT"): the translator's conversion of that time, said again.
    Target index → the English time."""
    _, offset = _en_offset(src_text)
    if offset is None:
        return {}
    instants: dict[int, Mention] = {}
    for s in src:
        own = _en_clock(s, src_text)
        if own is not None:
            instants.setdefault((own[0] * 60 + own[1] - offset) % DAY_MINUTES, s)
    out = {}
    for k, m in enumerate(tgt):
        utc = m.get("utc_minute")
        if k not in taken_tgt and m.get("zone_offset") == THAI_ZONE_MINUTES and \
                utc is not None and int(utc) in instants:
            out[k] = instants[int(utc)]
    return out
