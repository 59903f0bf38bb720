"""Clock times in digits for the number scanner (see :mod:`massmob_nlp.numbers`):
``21:17``, ``10.00 น.``, ``9 a.m.``, ``6.30-10am``, ``at 23.45``, ``Arsenal v Spurs,
17.30``, ``Opening hours: 08.30-16.30``, and UTC offsets (``GMT+7``: a vague code).
Clock times in words are in :mod:`massmob_nlp.numbers.times`."""

from __future__ import annotations

import re
from itertools import pairwise

from . import en, en_forms, en_frames, th
from .base import Scan
from .money import CUR_AFTER_RE, PCT_AFTER_RE
from .times import find_clock_words, find_day_part_clock, hours_of

_TIME_RE = re.compile(
    r"(?<![0-9.:,])(?P<h>[01]?[0-9]|2[0-4])(?P<sep>[:.])(?P<m>[0-5][0-9])"
    r"(?::[0-5][0-9])?(?![0-9]|[.:][0-9])"
    r"(?:(?:\s*[-–]\s*|\s*(?:จน)?ถึง(?:เวลา)?\s*)"  # 07.00-09.30 น., 07.00 ถึง 09.30 น.
    r"(?P<h2>[01]?[0-9]|2[0-4])[:.](?P<m2>[0-5][0-9])(?![0-9]|[.:][0-9]))?"
    rf"(?P<suf>\s*(?:{th.TIME_SUFFIX}|(?P<ap>[aApP])(?:\.[mM]\.?|[mM])(?![A-Za-z])))?")
_AMPM_RE = re.compile(r"(?<![0-9.,:])(?P<h>[0-9]{1,2})\s*(?P<ap>[aApP])(?:\.[mM]\.?|[mM])"
                      r"(?![A-Za-z])")


_AMPM_RANGE_RE = re.compile(
    r"(?<![0-9.,:])(?P<h>[01]?[0-9])(?:[:.](?P<m>[0-5][0-9]))?\s*[-–]\s*"
    r"(?P<h2>[01]?[0-9])(?:[:.](?P<m2>[0-5][0-9]))?\s*(?P<ap>[aApP])(?:\.[mM]\.?|[mM])(?![A-Za-z])")
_EN_TIME_BEFORE_RE = re.compile(r"(?i)\b(?:at|until|till|before|after|since|from)\s+$")
_HOURS_BEFORE_RE = re.compile(
    r"(?i)\b(?:open(?:s|ing)?|hours|times?|schedule|service)\b\s*:?\s*"
    r"(?:(?:daily|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s*[-–]\s*(?:mon|tue|wed|thu|fri"
    r"|sat|sun)[a-z]*\.?)?|weekdays|weekends)\s*:?\s*)?(?:from\s+)?$")
"""``Opening hours: 08.30-16.30``, ``open Mon-Fri 09.00-17.00``: a span of clock times
with dots, as the first hour padded with a zero (``08.30-16.30``) also shows."""
_TEAM = r"[A-Z][^\W_]*(?:[\s.'’&-]+[A-Z0-9][^\W_]*){0,3}\.?"
_FIXTURE_BEFORE_RE = re.compile(
    rf"\b{_TEAM}\s+(?:v|vs\.?|versus)\s+{_TEAM}\s*[,:(–—-]?\s*$"
    r"|\b(?i:kick-?offs?|KO|K\.O\.)\s*(?:(?i:is|was|at|is\s+at|set\s+for)\s+)?[:,(]?\s*$")
"""A fixture (``Arsenal v Spurs, 17.30``, ``Port FC vs BG Pathum United (19.00)``) or a
kick-off (``KO 15.00``, ``kick-off: 19.45``) before ``HH.MM``: British and Asian English
lists write the 24-hour clock with a dot, as Thai writes ``17.30 น.``."""
# "at 2.5%", "at 1.5kg"; but "at 9.30 in the morning" is a time ("in" is no inch there)
_NOT_TIME_AFTER_RE = re.compile(
    rf"\s*(?:%|[€$£¥฿]|[.,][0-9]|(?!in\s+the\b){en.GLUED_UNITS_RE.pattern}"
    r"|(?i:million|billion|trillion|bn|tn)\b"  # "stood at 4.57 million"
    # "peaked at 3.20 metres", "closed at 12.50 points": a measure, no clock
    r"|(?i:met(?:re|er)s?|kilomet(?:re|er)s?|feet|foot|inch(?:es)?|kilo(?:gram)?s?|tonnes?"
    r"|tons?|points?|pts|seconds|per)\b)")
_LEVEL_AT_BEFORE_RE = re.compile(
    r"(?i)\b(?:stood|stands|peaked|peaks|hovered|hovers|remained|remains|lowest|highest"
    r"|rates?|ratios?|index|average|fertility|levels?|scores?|multiplier)\b[^.;!?\n]{0,50}"
    r"\bat\s+$")
"""A level before "at": "the rate was lowest in the capital at 1.39", "the ratio stood at
2.45": a measure, no clock time (a meeting "at 2.30" has no such word)."""
_FROM_VALUES_RE = re.compile(
    r"\s+to\s+(?![01]?[0-9][.:][0-5][0-9](?![0-9])|[01]?[0-9]\s*[aApP]\.?[mM])[0-9]")
"""``range from 2.34 to 8.0``: the other end is no clock time, so neither is this one
(``from 2.30 to 4.00`` is a span of clock times)."""
_UNIT_OF_TIME_AFTER_RE = re.compile(r"\s*(?:วินาที|วิ(?![ก-ฮ])|นาที|ชั่วโมง|ชม\.|(?i:seconds?|secs?"
                                    r"|minutes?|mins?|hours?|hrs?)\b)")
"""A unit of time after ``9.58``: a length of time (``duration``), never a clock time."""


# ---------------------------------------------------------------- times
_ZONE_OFFSET_RE = re.compile(
    r"\b(?:GMT|UTC)\s?(?P<sign>[+−-])\s?(?P<h>[01]?[0-9])(?::?(?P<m>[0-5][0-9]))?(?![0-9])")
"""``GMT+7``, ``UTC+07:00``: a time zone tag of a time, no count and no clock; vague
(a translation drops it or writes ``เวลาท้องถิ่น``)."""


def find_times(sc: Scan) -> None:
    """Claim clock times (``21:17``, ``10.00 น.``, ``9 a.m.``) and time ranges."""
    t = sc.t
    for m in sc.finditer(_ZONE_OFFSET_RE):
        if sc.free(m.start(), m.end()):
            sign = "-" if m["sign"] in "-−" else "+"
            tail = f":{m['m']}" if m["m"] and m["m"] != "00" else ""
            sc.add(m.start(), m.end(), "code", key=f"code:UTC{sign}{int(m['h'])}{tail}",
                   vague=True)
    _ampm_ranges(sc)
    find_day_part_clock(sc)
    for m in sc.finditer(_TIME_RE):
        s, e = m.span()
        if not sc.free(s, e):
            continue
        # "she speaks at 23.45", "as of 10.00 WIB" (a zone after it: a clock time)
        if m["sep"] == "." and not m["suf"] and not th.TIME_BEFORE_RE.search(
                t, max(0, s - 8), s) and not en_forms.CLOCK_ZONE_RE.match(t, e) and not (
                ((_EN_TIME_BEFORE_RE.search(t, max(0, s - 7), s)
                  and not _LEVEL_AT_BEFORE_RE.search(t, max(0, s - 70), s))
                 or _FIXTURE_BEFORE_RE.search(t, max(0, s - 80), s)
                 or (m["h2"] and _clock_span_cue(sc, m)) or _line_label(t, m))
                and not _NOT_TIME_AFTER_RE.match(t, e) and not CUR_AFTER_RE.match(t, e)
                and not PCT_AFTER_RE.match(t, e) and not _FROM_VALUES_RE.match(t, e)):
            continue
        if m["sep"] == "." and not m["suf"] and _UNIT_OF_TIME_AFTER_RE.match(t, e):
            continue  # "ทำเวลา 9.58 วินาที" (a race time of 9.58 seconds), "เวลา 2.30 ชั่วโมง"
        ap = m["ap"]
        h, mi = int(m["h"]), int(m["m"])
        if ap and not 1 <= h <= 12:
            continue
        h = hours_of(h, ap)
        if h == 24 and mi:
            continue
        key, value, value_max = f"{h % 24:02d}:{mi:02d}", h + mi / 60, None  # 24:00 midnight
        if m["h2"]:
            h2, m2 = hours_of(int(m["h2"]), ap), int(m["m2"])
            key += f"-{h2:02d}:{m2:02d}"
            value_max = h2 + m2 / 60
        sc.add(s, e, "time", value=value, value_max=value_max, key="time:" + key)
    for m in sc.finditer(_AMPM_RE):
        h = int(m["h"])
        if sc.free(m.start(), m.end()) and 1 <= h <= 12:
            h = hours_of(h, m["ap"])
            sc.add(m.start(), m.end(), "time", value=float(h), key=f"time:{h:02d}:00")
    find_clock_words(sc)
    _join_clock_spans(sc)


_SPAN_GAP_RE = re.compile(r"(?i)\s*[-–]\s*|\s+(?:to|until|till|and)\s+|\s*(?:จน)?ถึง\s*"
                          r"|\s*(?:และ)\s*")
_SPAN_BETWEEN_RE = re.compile(r"(?i)(?:\bbetween|ระหว่าง)\s*$")


def _join_clock_spans(sc: Scan) -> None:
    """``from 8.30am to 4.30pm``, ``between 10pm and 5am``: two clock times joined by
    to/until/a dash (``and`` after ``between``) are one span of time, as Thai writes
    ``08.30-16.30 น.`` (and ``ตั้งแต่ 4 ทุ่มถึงตี 5``, ``ระหว่าง 9.00 และ 12.00 น.``);
    ``moved from 9am to 11am`` is a change, two times."""
    t = sc.t
    times = sorted((m for m in sc.out if m.kind == "time"), key=lambda m: m.start)
    for p, q in pairwise(times):
        gap = _SPAN_GAP_RE.fullmatch(t, p.end, q.start)
        if gap is None or p.vague or q.vague or p.value_max is not None \
                or q.value_max is not None or p.value is None or q.value is None \
                or p not in sc.out or q not in sc.out \
                or (gap.group().strip().lower() in ("and", "และ")
                    and not _SPAN_BETWEEN_RE.search(t, max(0, p.start - 9), p.start)) \
                or en_frames.CHANGE_FROM_BEFORE_RE.search(t, max(0, p.start - 60), p.start):
            continue
        sc.out.remove(p)
        sc.out.remove(q)
        a, b = str(p.key).removeprefix("time:"), str(q.key).removeprefix("time:")
        sc.add(p.start, q.end, "time", value=p.value, value_max=q.value, key=f"time:{a}-{b}")


_FIXTURE_AFTER_RE = re.compile(rf"\s+{_TEAM}\s+(?:v|vs\.?|versus)\s+[A-Z]")
_LABEL_END_RE = re.compile(r"[ \t]*(?:\n|$)")


def _line_label(t: str, m: re.Match[str]) -> bool:
    """``HH.MM`` opening a line: alone on it with a two-digit hour (a live page's entry
    time, ``14.20``) or before a fixture (``12.30 Aston Villa v Arsenal``): a clock time."""
    s = m.start()
    if s and t[s - 1] != "\n":
        return False
    return bool(_FIXTURE_AFTER_RE.match(t, m.end())) or (
        len(m["h"]) == 2 and not m["h2"] and bool(_LABEL_END_RE.match(t, m.end())))


def _clock_span_cue(sc: Scan, m: re.Match[str]) -> bool:
    """A dotted span ``HH.MM-HH.MM`` is clock times after an opening-hours word
    (``Opening hours: 08.30-16.30``), with its first hour padded with a zero
    (``08.30-16.30``), or listed after another clock span (``10.30-12.00 and 14.00-16.00``)."""
    s, t = m.start(), sc.t
    if (len(m["h"]) == 2 and m["h"][0] == "0") or _HOURS_BEFORE_RE.search(t, max(0, s - 40), s):
        return True
    return any(p.kind == "time" and p.value_max is not None and p.end <= s
               and _LIST_GAP_RE.fullmatch(t, p.end, s) for p in sc.out[-3:])


_LIST_GAP_RE = re.compile(r"\s*(?:[,;/]|and|&)\s*")


def _ampm_ranges(sc: Scan) -> None:
    """``6.30-10am``, ``9-11 p.m.``: the a.m./p.m. after the second hour holds for both
    (an earlier first hour than a p.m. second is still p.m.; "10-2pm" starts at 10:00)."""
    for m in sc.finditer(_AMPM_RANGE_RE):
        h, h2 = int(m["h"]), int(m["h2"])
        if not (1 <= h <= 12 and 1 <= h2 <= 12) or not sc.free(*m.span()):
            continue
        ap = m["ap"]
        end = hours_of(h2, ap)
        start = hours_of(h, ap if h <= h2 or h == 12 else ("a" if ap.lower() == "p" else "p"))
        mi, mi2 = int(m["m"] or 0), int(m["m2"] or 0)
        sc.add(m.start(), m.end(), "time", value=start + mi / 60, value_max=end + mi2 / 60,
               key=f"time:{start:02d}:{mi:02d}-{end:02d}:{mi2:02d}")
