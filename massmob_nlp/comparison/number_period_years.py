"""Years and ordinals a Thai desk writes around a period of the story's year.

* ``ไตรมาส 3 ปี 2569 (ก.ค.-ก.ย.)`` for "the July-September quarter": Thai business news
  names the year of a quarter, a half or a month the English gives alone; that year is
  the story's (the page's, or one the English gives elsewhere).
* ``สูงสุดในรอบ 31 ปี`` ("the highest in 31 years") for "the highest since 1995": the
  year a record goes back to, said as the years since then from the page's year.
* ``กำไรครึ่งปีแรก`` ("first-half profit") in a Thai summary the English does not print,
  when the English names the first half elsewhere: the same period, not an added rank.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import _str
from .number_pairs import Mention, _num

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

_TH_PERIOD_BEFORE_RE = re.compile(
    r"(?:ไตรมาส(?:ที่)?\s*[0-9๐-๙]|ไตรมาส(?:แรก|สุดท้าย)|ครึ่ง(?:ปี)?(?:แรก|หลัง)|"
    r"(?:[0-9๐-๙]{1,2}|หก|เก้า)\s*เดือน(?:แรก|หลัง)?|งวด[^\n]{0,12}|เดือน[ก-๙.]{2,12})"
    r"\s*(?:ของ)?\s*(?:ปี|พ\.ศ\.|ปีงบประมาณ)\s*$")
"""A period of a year right before the Thai year (``ไตรมาส 3 ปี``, ``ครึ่งปีแรกของปี``,
``9 เดือนแรกปี``)."""
_EN_YEAR_RE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


def _be(year: int) -> int:
    return year - 543 if year > 2400 else year


def period_year(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a Thai year written after a period of the year (a quarter, a half,
    some months) whose English sentence names no year but those the join kept, when it
    is the story's year
    (the page's, or one the English gives elsewhere); None otherwise."""
    value, start = _num(m.get("value")), m.get("start_char")
    if u.side != "tgt" or _str(m["kind"]) != "year" or value is None or start is None or \
            start != start:
        return None
    if not _TH_PERIOD_BEFORE_RE.search(u.text, max(0, int(start) - 40), int(start)):
        return None
    said = {int(y.group()) for y in _EN_YEAR_RE.finditer(u.raw.get(("src", int(m["bead"])), ""))}
    if said - _joined_years(m, u):
        return None  # the English gives a year there the join left: the join's business
    years = {_be(int(y)) for y in u.now} | {
        int(v) for o in u.others if _str(o["kind"]) in ("year", "date")
        and (v := _num(o.get("value"))) is not None and 1900 <= v <= 2100}
    if _be(int(value)) not in years:
        return None
    return "the story's year, written after a period the other side gives alone"


def _joined_years(m: Mention, u: Unjoined) -> set[int]:
    """The years of the English mentions of the sentence bead of ``m`` that the join
    kept with a Thai partner ("the lowest since 2021" / ``ตั้งแต่ปี 2564``): years
    accounted for, none of them the year ``m`` adds."""
    out = set()
    for i in set(u.partners.values()):
        o = u.others[i]
        v = _num(o.get("value"))
        if o["bead"] != m["bead"] or v is None or _str(o["kind"]) not in ("year", "date"):
            continue
        out.add(int(v) // 10000 if v > 10000 else int(v))
    return out


_EN_SINCE_BEFORE_RE = re.compile(r"(?i)\bsince\s+$")
_TH_IN_YEARS_RE = re.compile(r"(?:ในรอบ|รอบ|ตลอด)\s*(?P<n>[0-9]{1,3})\s*ปี")
_EN_SINCE_YEAR_RE = re.compile(r"(?i)\bsince\s+(?P<y>(?:19|20)[0-9]{2})\b")
_TH_IN_YEARS_BEFORE_RE = re.compile(r"(?:ในรอบ|รอบ)\s*$")


def _page_years(u: Unjoined) -> set[int]:
    return {_be(int(y)) for y in u.now}


def years_since(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a year a record goes back to ("the highest since 1995") that the
    other side says as the years since then (``สูงสุดในรอบ 31 ปี``), counted from the
    page's year, or of those years; None otherwise."""
    value, start = _num(m.get("value")), m.get("start_char")
    now = _page_years(u)
    if value is None or start is None or start != start or not now:
        return None
    bead = int(m["bead"])
    if u.side == "src" and _str(m["kind"]) == "year" and \
            _EN_SINCE_BEFORE_RE.search(u.text, max(0, int(start) - 8), int(start)):
        for hit in _TH_IN_YEARS_RE.finditer(u.raw.get(("tgt", bead), "")):
            if any(abs(y - int(value) - int(hit["n"])) <= 1 for y in now):
                return f"the year a record goes back to, said as {hit.group()!r}"
    if u.side == "tgt" and _str(m["kind"]) == "duration" and \
            _TH_IN_YEARS_BEFORE_RE.search(u.text, max(0, int(start) - 8), int(start)):
        for hit in _EN_SINCE_YEAR_RE.finditer(u.raw.get(("src", bead), "")):
            if any(abs(y - int(hit["y"]) - value) <= 1 for y in now):
                return f"the years since then, said as {hit.group()!r}"
    return None


_TH_FIRST_HALF_BEFORE_RE = re.compile(r"ครึ่ง(?:ปี|ปีงบประมาณ|ฤดูกาล)?\s*$")
_EN_FIRST_HALF_RE = re.compile(r"(?i)\bfirst[- ]half\b|\bH1\b|\bhalf[- ]year\b")


def first_half_named(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a Thai ``แรก`` of ``ครึ่งปีแรก`` ("the first half") when the English
    names the first half somewhere in the article; None otherwise."""
    start = m.get("start_char")
    if u.side != "tgt" or _str(m["kind"]) != "ordinal" or "แรก" not in str(m["text"]) or \
            start is None or start != start or \
            not _TH_FIRST_HALF_BEFORE_RE.search(u.text, max(0, int(start) - 20), int(start)):
        return None
    for para in u.paras.get("src", {}).values():
        if (hit := _EN_FIRST_HALF_RE.search(para)) is not None:
            return f"the first half, named {hit.group()!r} on the other side"
    return None
