"""Numbers that label the story rather than state a fact of their own.

A headline's figure that the body of its side gives again (``Floods kill 23`` over a
body that tells the toll): the body's mention carries the fact, and its join says
whether the translation kept it. The page's own year after the name of an event
(``บางกอกมาราธอน 2026``, "Expo 2026"): the edition, which a translator adds or drops.
The date of a wire's dateline ("MADRID, Nov 30 (Reuters) -"): the day the story was
filed, which the translation drops or turns into the day of the event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from .context import _str
from .number_pairs import Mention, _num, _vague


def _para(m: Mention) -> int | None:
    p = m.get("para_id")
    return None if p is None or pd.isna(p) else int(p)


def headline_repeat(m: Mention, heads: set[int], ms: list[Mention],
                    explained: Iterable[int]) -> str | None:
    """A number of a headline (``heads``: this side's headline paragraphs) whose key a
    mention of this side's body has, that mention joined to the other side or
    otherwise explained (``explained``: its indices): the headline says the body's fact
    again. The body mention's text, or None."""
    para = _para(m)
    if para is None or para not in heads or _vague(m) or _str(m["key"]) is None:
        return None
    for k in sorted(explained):
        o = ms[k] if 0 <= k < len(ms) else None
        if o is not None and o is not m and _str(o["key"]) == _str(m["key"]) and \
                _para(o) is not None and _para(o) not in heads:
            return str(o["text"])
    return None


_NAME_BEFORE_RE = re.compile(r"(?:[ก-๛]{2,}|[A-Z][A-Za-z'’&-]+)\s?$")
"""A name's last word right before the year: ``มาราธอน 2026``, ``Expo 2026``."""
_YEAR_WORD_RE = re.compile(
    r"(?:ปี|พ\.\s?ศ\.|ค\.\s?ศ\.|เมื่อ|ใน|ช่วง|ตั้งแต่|ถึง|จนถึง|ภายใน|สิ้น|ต้น|กลาง|ปลาย|"
    r"เดือน|[มพกสตธ]\.[ก-๛]\.|In|Since|By|Until|From|During|Year|Early|Late|Mid|"
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s?$")
"""Words that make the number after them a year of time, not an edition: ``ปี``,
``ในปี``, ``สิ้นปี``, a month, "In", "Since"."""


def edition_year(m: Mention, text: str, now: set[int]) -> bool:
    """The page's own year (``now``: years of the publication stamps) written right
    after the name of an event with no word of time before it (``ซีเกมส์ 2025``,
    ``บางกอกมาราธอน 2026``, "Expo 2026"): the edition of the event, which the other
    side names without it."""
    start, v = _num(m.get("start_char")), _num(m.get("value"))
    if _str(m["kind"]) != "year" or _vague(m) or start is None or v is None or \
            int(v) not in now or not v.is_integer():
        return False
    before = text[max(0, int(start) - 30):int(start)]
    if "\n" in before:
        before = before.rsplit("\n", 1)[1]
    return bool(_NAME_BEFORE_RE.search(before)) and not _YEAR_WORD_RE.search(before)


_DATELINE_BEFORE_RE = re.compile(r"(?:^|\n)[A-Z][A-Z .'’-]{1,40}(?:\([^()\n]{1,30}\))?,\s*$")
"""A wire dateline's place in capitals at the start of a line: "MADRID, "."""
_DATELINE_AFTER_RE = re.compile(r"(?:,?\s*\d{4})?\s*(?:\([A-Za-z .&/-]{2,30}\)\s*)?[-–—]\s")
"""The agency in brackets and the dash after a dateline's date: " (Reuters) - "."""


def _datelines(mentions: list[Mention], text: str) -> None:
    """Mark ``dateline`` on a date that opens a line after a place in capitals and
    before a dash ("MADRID, Nov 30 (Reuters) - "): the day a wire story was filed."""
    for m in mentions:
        start, end = _num(m.get("start_char")), _num(m.get("end_char"))
        if start is None or end is None or _str(m["kind"]) != "date":
            continue
        if _DATELINE_BEFORE_RE.search(text[max(0, int(start) - 50):int(start)]) and \
                _DATELINE_AFTER_RE.match(text, int(end)):
            m["dateline"] = True


def label_note(m: Mention, heads: set[int], ms: list[Mention], explained: set[int],
               text: str, now: set[int]) -> str | None:
    """The note of a number that labels the story (a headline's number its body gives,
    an edition year, a dateline's date), or None."""
    if (body := headline_repeat(m, heads, ms, explained)) is not None:
        return f"a headline's number, given as {body!r} in its body"
    if edition_year(m, text, now):
        return "the page's year after an event's name: its edition"
    if m.get("dateline"):
        return "the day the wire filed the story, in its dateline"
    return None
