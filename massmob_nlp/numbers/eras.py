"""Years marked by the Common Era and spans across it, for the number scanner (called at
the end of :func:`massmob_nlp.numbers.words.find_marked_years`, after the years before
Christ are read):

- ``500 CE``, ``AD 500``, ``A.D. 79``: a year (``year:500``; Thai ``ค.ศ. 500`` is read
  with the other Thai eras);
- ``between 500 BCE and 500 CE``, ``from 500 BC to AD 500``, ``500 ปีก่อนคริสตกาลถึง
  ค.ศ. 500``: a year before Christ and a year after it joined by a dash, ``to`` or
  ``ถึง`` (``and`` after ``between`` / ``ระหว่าง``) are one span of years
  (``year_range:-500-500``), as ``512-511 BC`` is;
- ``ทศวรรษ 1960 และ 1970`` "the 1960s and 1970s": a year ending in 0 listed right after
  a Thai decade is a decade too (``decade:1970``).
"""

from __future__ import annotations

import re

from .base import Scan

_CE_RE = re.compile(
    r"(?<![0-9.,:/])(?P<a>[0-9]{1,4})\s?(?:CE|C\.\s?E\.|AD|A\.\s?D\.)(?![A-Za-z])"
    r"|\b(?:AD|A\.\s?D\.)\s?(?P<b>[0-9]{2,4})(?![0-9]|[.,][0-9])")
_GAP_RE = re.compile(r"\s*[-–]\s*|\s+(?i:to|until|and)\s+|\s*(?:จน)?ถึง\s*|\s*และ\s*")
_TH_CE_AFTER_RE = re.compile(r"\s*(?:จน)?ถึง\s*(?:ปี\s*)?ค\.\s?ศ\.\s*(?P<n>[0-9]{1,4})"
                             r"(?![0-9]|[.,][0-9])")
_NEXT_DECADE_RE = re.compile(r"\s*(?:และ|หรือ|ถึง|[-–,])\s*(?:ทศวรรษ\s*)?"
                             r"(?P<y>1[0-9]{2}0|20[0-9]0|2[45][0-9]0)(?![0-9]|[.,][0-9])")
_BETWEEN_BEFORE_RE = re.compile(r"(?i)(?:\bbetween|ระหว่าง)\s*(?:ปี\s*)?$")


def find_era_years(sc: Scan) -> None:
    """Years of the Common Era and spans from a year before Christ to one after it."""
    for m in sc.finditer(_CE_RE):
        g = "a" if m["a"] else "b"
        n = int(m[g])
        if n and sc.free(*m.span()):
            sc.add(m.start(), m.end(), "year", value=float(n), calendar="CE",
                   key=f"year:{n}")
    for d in sorted(x for x in sc.out if x.kind == "decade" and x.text.startswith("ทศวรรษ")):
        if (nd := _NEXT_DECADE_RE.match(sc.t, d.end)) and sc.free(nd.start("y"), nd.end()):
            n = int(nd["y"]) - (543 if int(nd["y"]) >= 2400 else 0)
            if d.value is not None and n > d.value:
                sc.add(nd.start("y"), nd.end(), "decade", value=float(n), value_max=float(n + 9),
                       calendar=d.calendar, key=f"decade:{n}")
    years = sorted(x for x in sc.out if x.kind == "year" and x.value is not None)
    for i, a in enumerate(years):
        if a.value is None or a.value >= 0:
            continue
        b = years[i + 1] if i + 1 < len(years) else None
        end, hi = None, 0
        if b is not None and b.value is not None and b.value > 0 \
                and (gap := _GAP_RE.fullmatch(sc.t, a.end, b.start)) is not None:
            if gap.group().strip().lower() in ("and", "และ") and \
                    not _BETWEEN_BEFORE_RE.search(sc.t, max(0, a.start - 12), a.start):
                continue
            end, hi = b.end, int(b.value)
            sc.out.remove(b)
        elif (th := _TH_CE_AFTER_RE.match(sc.t, a.end)) and sc.free(a.end, th.end()):
            end, hi = th.end(), int(th["n"])
        if end is None or not hi:
            continue
        lo = int(a.value)
        sc.out.remove(a)
        sc.add(a.start, end, "year_range", value=float(lo), value_max=float(hi),
               calendar="CE", key=f"year_range:{lo}-{hi}")
