"""Years and Thai ordinals among plain integers for
:func:`massmob_nlp.numbers.quantity.add_quantity`: ``2567`` after ``พ.ศ.`` or in Thai
text is a BE year, ``in 2019`` a CE year, ``2000 people`` a count, ``2020-25`` a year
range, ``วันที่ 2`` / ``อันดับ 4`` / ``ครั้งที่ 3`` ordinals."""

from __future__ import annotations

import re
from typing import Any

from . import en, th
from .around import thai_ordinal_before
from .base import Scan

_EN_WORD_AFTER_RE = re.compile(r"\s?(?P<w>[A-Za-z]+)")


_QUARTER_BEFORE_RE = re.compile(r"(?:\bQ[1-4]|ไตรมาส\s*(?:ที่\s*)?[1-4])[\s/-]*$")
"""``Q2 2025``, ``ไตรมาส 2 2568``: a year after a quarter, whatever follows it."""


_TOP_N_AFTER_RE = re.compile(r"\s*(?:อันดับ|ลำดับ)แรก")


def _is_counted(t: str, e: int) -> bool:
    """A counted noun follows (``2000 people``, ``2567 คน``): the number is no year."""
    if th.CLASSIFIER_RE.match(t, e):
        return True
    m = _EN_WORD_AFTER_RE.match(t, e)
    if m is None:
        return False
    w = m["w"]
    return w[0].islower() and w not in en.FUNCTION_WORDS and w not in en.YEAR_NOUNS


def _singular_after_determiner(t: str, s: int, after: int) -> bool:
    """``the 2021 peak``, ``a 2016 study``: a determiner before the number and a
    singular noun after it (no count of thousands takes a singular noun)."""
    m = _EN_WORD_AFTER_RE.match(t, after)
    if m is None or not en.YEAR_DETERMINER_BEFORE_RE.search(t, max(0, s - 8), s):
        return False
    w = m["w"]
    if len(w) < 3 or w.lower() in en.PLURALS_WITHOUT_S:
        return False
    # "the 2021 winners", "the 2010 floods": English writes a count of thousands with a
    # comma ("the 2,021 homes"), so a bare year-like number that is not a round count
    # (2000, 1900) names a year before a plural noun too
    n = int(t[s:after]) if t[s:after].isdigit() else 0
    return not w.endswith("s") or (len(t[s:after]) == 4 and 1900 < n < 2100 and n % 100 != 0)


_YEAR_COORD_RE = re.compile(r"\s*(?:และ|หรือ|กับ|,|and|or)\s*")


def _coordinated_with_year(sc: Scan, s: int) -> bool:
    """``ในปี 2551 และ 2561 ส่วน...``, ``in 2008 and 2018 teams``: a number joined by
    "and"/"or" to the year just read is a year, whatever word follows it."""
    prev = sc.out[-1] if sc.out else None
    return (prev is not None and prev.kind == "year"
            and _YEAR_COORD_RE.fullmatch(sc.t, prev.end, s) is not None)


def _year_of(sc: Scan, s: int, raw: str, after: int) -> tuple[int, str] | None:
    """(CE year, calendar) when the plain integer ``raw`` at ``s`` is a year."""
    t = sc.t
    th_marker = th.YEAR_BEFORE_RE.search(t, max(0, s - 16), s)
    en_marker = en.YEAR_BEFORE_RE.search(t, max(0, s - 16), s) \
        or _QUARTER_BEFORE_RE.search(t, max(0, s - 12), s)
    counted = _is_counted(t, after) and not _singular_after_determiner(t, s, after) \
        and not _coordinated_with_year(sc, s)
    n = int(raw)
    ce = th.CE_BEFORE_RE.search(t, max(0, s - 16), s)
    if len(raw) == 2 and th_marker and not counted:
        return (2000 + n, "CE") if ce else (n + 2500 - 543, "BE")
    if len(raw) <= 3 and th.RS_BEFORE_RE.search(t, max(0, s - 16), s):
        return n + th.RS_OFFSET, "BE"  # ร.ศ. 112 (1893 CE): a Thai era, like พ.ศ.
    if (len(raw) >= 3 and th.BE_BEFORE_RE.search(t, max(0, s - 16), s)) or (
            len(raw) == 4 and (en.BE_BEFORE_RE.search(t, max(0, s - 20), s)
                               or en.BE_AFTER_RE.match(t, after))):
        return n - 543, "BE"  # พ.ศ. 2325, B.E. 2325: an era marker makes any number a year
    if len(raw) == 4 and en.BE_YEAR_GLOSS_BEFORE_RE.search(t, max(0, s - 24), s):
        return n, "CE"  # "B.E. 2325 (1782)": the CE year glossing a BE year
    if ce:
        return n, "CE"
    if len(raw) != 4 or (counted and not (th_marker or en_marker)):
        return None
    if 2400 <= n <= 2700 or (th_marker and th.BE_AFTER_YEAR_WORD <= n <= 2700):
        if th_marker or en_marker or sc.thai_context(s):
            return n - 543, "BE"
        return None
    if 1900 <= n <= 2100 or (1000 <= n < 1900 and (th_marker or en_marker)):
        return n, "CE"
    return None


_BE_CENTURY_RE = re.compile(r"พุทธ\s*$")
"""``พุทธศตวรรษที่ 19``: a century of the Buddhist Era (BE years 1801-1900 = 1258-1357
CE). Its CE ordinal is N - 5, the century holding most of its years (and the one Thai
writers give for an English "14th century": 1301-1400 CE = BE 1844-1943), with calendar
BE, as a BE year keeps its CE value."""

_LEAD_OVER_BEFORE_RE = re.compile(r"ห่าง(?:จาก)?\s*(?:ทีม)?\s*$")
"""``นำห่างอันดับ 2 อยู่ 6 คะแนน`` ("six points clear at the top"): the runner-up named as
what a leader is clear of, which English leaves out: rank 2, vague."""

# An ordinal written with its Thai marker (``วันที่ 2``, ``ครั้งที่ 3``, ``อันดับ 4``).
_THAI_MARKED_RE = re.compile(r"[\u0e01-\u0e4e]")


def year_or_ordinal(sc: Scan, s: int, e: int, raw: str, raw2: str | None, after: int
               ) -> tuple[str, int, int, dict[str, Any]] | None:
    """Year, year range or Thai ordinal for a plain integer, else None."""
    t = sc.t
    y1 = _year_of(sc, s, raw, after)
    if raw2 is not None:
        if y1 is None or len(raw) != 4 or not raw2.isdigit() or len(raw2) not in (2, 4):
            return None  # "2026 to 98,412 units": a count follows the year, not a year
        full2 = raw2 if len(raw2) == 4 else raw[:2] + raw2
        n1, n2 = int(raw), int(full2)
        if not 0 < n2 - n1 <= 100:
            return None
        cal2 = y1[1]  # พ.ศ. 2325-2330: both years of the one era
        y2 = n2 - (543 if cal2 == "BE" else 0)
        return "year_range", s, after, {
            "value": float(y1[0]), "value_max": float(y2), "calendar": y1[1],
            "key": f"year_range:{y1[0]}-{y2}"}
    n = int(raw)
    ordinal = thai_ordinal_before(sc, s)
    # "อันดับที่ 4 ส่วนเขา…", "วันที่ 5 คนร้าย…": after a noun + ที่ a space ends the rank
    # and the next clause starts with a word that is also a classifier ("as for", "the
    # robbers"); a bare ที่ + count ("ที่ 30 คน" "the 30 people who") stays a count
    if ordinal and (not _is_counted(t, after) or (ordinal["word"] and (
            th.YEAR_PHRASE_AFTER_RE.match(t, after) or t[after:after + 1].isspace()))):
        if ordinal["word"] == "ศตวรรษ" and (be := _BE_CENTURY_RE.search(
                t, max(0, ordinal.start() - 6), ordinal.start())) and n > 5:
            return "ordinal", be.start(), e, {"value": float(n - 5), "calendar": "BE",
                                              "key": f"ordinal:{n - 5}"}
        return "ordinal", ordinal.start(), e, {"value": float(n), "key": f"ordinal:{n}"}
    rank = th.RANK_BEFORE_RE.search(t, max(0, s - 10), s)  # อันดับ 4: fourth place
    # "ทีมอันดับ 2 อย่างบางกอก ยูไนเต็ด" ("second-placed ..., such as"): after a space
    # อย่าง, ทาง... start the next phrase; the rank is not a count of them
    if rank and (not _is_counted(t, after) or t[after:after + 1].isspace()) \
            and not th.RATIO_AFTER_RE.match(t, e) \
            and not _TOP_N_AFTER_RE.match(t, e):  # "ติดอันดับ 5 อันดับแรก": the top five
        lead = n == 2 and bool(_LEAD_OVER_BEFORE_RE.search(t, max(0, rank.start() - 12),
                                                            rank.start()))
        return "ordinal", rank.start(), e, {"value": float(n), "key": f"ordinal:{n}",
                                            "vague": lead}
    coord = th.ORDINAL_COORD_BEFORE_RE.search(t, max(0, s - 8), s)  # วันที่ 2 และ 3
    if coord and not _is_counted(t, after) and not th.MONTH_NUMBER_AFTER_RE.match(t, e) \
            and any(m.kind == "ordinal" and m.end == coord.start()
                    and _THAI_MARKED_RE.match(m.text) for m in sc.out[-2:]):
        return "ordinal", s, e, {"value": float(n), "key": f"ordinal:{n}"}
    lunar = th.LUNAR_DAY_BEFORE_RE.search(t, max(0, s - 6), s)
    if lunar and 1 <= n <= 15 and (night := th.LUNAR_DAY_AFTER_RE.match(t, e)):
        return "ordinal", lunar.start(), night.end(), {"value": float(n), "key": f"ordinal:{n}"}
    month = th.MONTH_NUMBER_BEFORE_RE.search(t, max(0, s - 8), s)
    if month and 1 <= n <= 12 and not _is_counted(t, after) \
            and not th.MONTH_NUMBER_AFTER_RE.match(t, e):  # วันที่ 27 เดือน 12
        return "ordinal", month.start(), e, {"value": float(n), "key": f"ordinal:{n}"}
    anniversary = th.ANNIVERSARY_BEFORE_RE.search(t, max(0, s - 10), s)
    if anniversary and (year_word := th.ANNIVERSARY_AFTER_RE.match(t, e)):
        return "ordinal", anniversary.start(), year_word.end(), {
            "value": float(n), "key": f"ordinal:{n}"}
    if y1 is not None:
        return "year", s, e, {"value": float(y1[0]), "calendar": y1[1],
                              "key": f"year:{y1[0]}"}
    return None


def scaled_thai_ordinal(sc: Scan, s: int, after: int) -> re.Match[str] | None:
    """``คนที่ 17 ล้าน`` (the 17-millionth visitor), ``คันที่ 1 แสน``: a noun + ที่ before
    a number with a magnitude is its rank (a bare ``ที่ 2 ล้านคน`` "the two million
    who" and a counted classifier after stay counts)."""
    mark = thai_ordinal_before(sc, s)
    if mark is None or not mark["word"] or _is_counted(sc.t, after):
        return None
    return mark
