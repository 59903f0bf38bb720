"""Days a translator counts or names where the other side says them another way.

A span of named weekdays is a count of days: "over the Friday-to-Sunday stretch" /
``ช่วงสุดสัปดาห์ 3 วัน (ศุกร์-อาทิตย์)``, "the three-day weekend" / ``ศุกร์-อาทิตย์``,
"Monday through Friday" / ``5 วันทำการ``. And a leader "overnight" (or "at halfway")
in a tournament of rounds is the leader after the round before, which Thai spells out:
"overnight leader Lydia Ko" / ``ลิเดีย โค ผู้นำหลังจบวันที่ 3``. Each returns how the
other side writes it, or None.
"""

from __future__ import annotations

import re

from .._text import thai_digits_to_arabic
from .context import _str
from .number_pairs import _COUNTS, Mention, _close, _num

_EN_DAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
_TH_DAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
_EN_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_EN_SPAN_RE = re.compile(rf"(?i)\b(?:from\s+)?(?P<a>{_EN_DAY})\s*(?:-|–|\s+to\s+|-to-|"
                         rf"\s+through\s+|\s+thru\s+|\s+until\s+|(?P<and>\s+and\s+|\s*&\s*))"
                         rf"\s*(?P<b>{_EN_DAY})\b")
"""A span of weekdays in English: "Friday-to-Sunday", "from Monday to Friday", "Thursday
through Sunday"; or two days named together ("on Saturday and Sunday": two days)."""
_TH_DAY = r"(?:วัน)?(?:" + "|".join(_TH_DAYS) + ")"
_TH_SPAN_RE = re.compile(rf"(?P<a>{_TH_DAY})\s*(?:-|–|ถึง|จนถึง|(?P<and>และ|กับ))\s*"
                         rf"(?P<b>{_TH_DAY})")
"""A span of weekdays in Thai: ``ศุกร์-อาทิตย์``, ``วันจันทร์ถึงวันศุกร์``; or two days
named together (``วันพฤหัสบดีและวันศุกร์``: two days)."""
_DAYS_AFTER_RE = re.compile(r"\s*-?\s*(?:วัน(?!ที่)|days?\b)", re.IGNORECASE)


def _day_index(word: str) -> int:
    word = word.removeprefix("วัน").casefold()
    if word in _TH_DAYS:
        return _TH_DAYS.index(word)
    return _EN_DAYS.index(word.removesuffix("day"))


def _span_days(a: str, b: str) -> int:
    """How many days a span of weekdays holds, both ends counted (Friday to Sunday: 3)."""
    return (_day_index(b) - _day_index(a)) % 7 + 1


def weekday_span(m: Mention, side: str, texts: dict[tuple[str, int], str],
                 text: str = "") -> str | None:
    """A count of days (``3 วัน``, "three-day") whose value is the number of days of a
    span of weekdays the other side's sentence bead names ("Friday-to-Sunday" /
    ``ศุกร์-อาทิตย์``). The span, or None."""
    value = _num(m.get("value"))
    if _str(m["kind"]) not in _COUNTS or value is None or not 2 <= value <= 7:
        return None
    key = _str(m["key"]) or ""
    end = m.get("end_char")
    days = key.endswith(":day") or (
        end is not None and end == end and bool(_DAYS_AFTER_RE.match(text, int(end))))
    if not days:
        return None
    far = "tgt" if side == "src" else "src"
    span_re = _TH_SPAN_RE if far == "tgt" else _EN_SPAN_RE
    for hit in span_re.finditer(texts.get((far, int(m["bead"])), "")):
        if _close(value, 2.0 if hit["and"] else float(_span_days(hit["a"], hit["b"]))):
            return hit.group().strip()
    return None


_EN_LEADER_BEFORE_RE = re.compile(r"(?i)\b(?:overnight|halfway|midway|half-way)\s+"
                                  r"(?:co-?)?lead(?:er|ers|s)?\b")
"""A tournament's leader after the round before: "overnight leader", "the halfway
lead"."""
_TH_AFTER_ROUND_RE = re.compile(r"หลัง(?:จาก)?(?:จบ|ผ่าน)?\s*(?:วัน|รอบ)\s*(?:ที่)?\s*"
                                r"(?P<n>[0-9๐-๙]|สอง|สาม|สี่)(?![0-9๐-๙])")
"""``หลังจบวันที่ 3``, ``หลังจบรอบที่ 2`` ("after the third day/round")."""


def leader_after_round(m: Mention, side: str, texts: dict[tuple[str, int], str]
                       ) -> str | None:
    """A Thai rank of a day or round after which someone led (``ผู้นำหลังจบวันที่ 3``)
    where the English sentence bead says the leader "overnight" or "at halfway": the
    translator spells out which round the English implies. The English words, or
    None."""
    if side != "tgt" or _str(m["kind"]) not in ("ordinal", *_COUNTS):
        return None
    bead = int(m["bead"])
    for hit in _TH_AFTER_ROUND_RE.finditer(texts.get(("tgt", bead), "")):
        n = {"สอง": "2", "สาม": "3", "สี่": "4"}.get(hit["n"], thai_digits_to_arabic(hit["n"]))
        if not _close(_num(m.get("value")), float(n)):
            continue
        en = _EN_LEADER_BEFORE_RE.search(texts.get(("src", bead), ""))
        if en is not None:
            return en.group()
    return None
