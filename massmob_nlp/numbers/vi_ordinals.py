"""Vietnamese ordinals for :func:`massmob_nlp.numbers.vi.find_vietnamese`: ``thứ 3``,
``lần thứ hai``, the numbered bodies ``khóa XV`` / ``Đại hội XIV`` (the 15th National
Assembly, the 14th Congress), ranks in words (``hạng nhất``), class years, and the
weekday names that look like ordinals (``thứ Hai`` "Monday", ``phiên thứ Năm``)."""

from __future__ import annotations

import re

from .base import Scan, alt
from .vi_lexicon import (
    NOT_LETTER_AFTER,
    NOT_LETTER_BEFORE,
    VI_LETTER,
    WORDS,
    roman_or_int,
    words_value,
)

_ROMAN = r"(?:IV|V?I{1,3}|IX|X{1,3}(?:IX|IV|V?I{0,3})|L)"
_ORDINAL_RE = re.compile(
    rf"(?P<pre>(?:lần|khóa|khoá|kỳ|hạng|vị trí|nhiệm kỳ|phiên)?\s*thứ\s+)"
    rf"(?P<n>[0-9]+|{_ROMAN}){NOT_LETTER_AFTER}")
_BODY_RE = re.compile(
    rf"(?P<pre>\b(?:[Kk]hóa|[Kk]hoá|[Đđ]ại hội(?:\s+Đảng(?:\s+toàn quốc)?)?|[Hh]ội nghị Trung ương|"
    rf"[Nn]hiệm kỳ)\s+)(?P<n>{_ROMAN}|[0-9]{{1,2}})(?![0-9A-Za-z])")


def find_vi_ordinals(sc: Scan) -> None:
    for rx in (_BODY_RE, _ORDINAL_RE):
        for m in sc.finditer(rx):
            s, e = m.span("n")
            n = roman_or_int(m["n"])
            if not sc.free(s, e):
                continue
            sc.add(s, e, "ordinal", value=float(n), key=f"ordinal:{n}")


_ORDINAL_WORDS = {"nhất": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6,
                  "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_ORDINAL_WORD_RE = re.compile(
    rf"{NOT_LETTER_BEFORE}(?:(?P<first>(?:lần\s+)?đầu\s+tiên|lần\s+đầu)"
    rf"|(?:lần|phiên|kỳ|khóa|khoá|hạng|vị trí|giải|vòng|quý|năm|tháng|lượt|đợt|hiệp|"
    rf"nhiệm kỳ)(?:\s+[a-zà-ỹđ]+)?\s+thứ\s+(?P<w>{alt(_ORDINAL_WORDS)})"
    rf"|(?:đứng|xếp|xếp\s+hạng|xếp\s+vị\s+trí|về|đạt\s+hạng|vươn\s+lên|tụt\s+xuống|lọt)"
    rf"\s+thứ\s+(?P<n3>{alt(_ORDINAL_WORDS)})"
    rf"|thứ\s+(?P<n1>nhất|nhì)"
    rf"|(?:giải|hạng|ngôi|huy chương)\s+(?P<n2>nhất|nhì))"
    rf"{NOT_LETTER_AFTER}")
"""``lần đầu tiên`` "for the first time", ``đầu tiên`` "first", ``năm thứ hai`` "the
second year", ``thứ nhất`` "first", ``giải nhất`` "first prize", ``hạng nhì`` "second
place", ``đứng thứ ba`` "came third" (a word after ``thứ`` only after a counted noun or a
verb of ranking: ``thứ Ba`` alone is Tuesday)."""


_CLASS_YEAR_RE = re.compile(
    rf"(?:sinh\s+viên|học\s+sinh|học\s+viên|nghiên\s+cứu\s+sinh|tân\s+sinh\s+viên)\s+"
    rf"(?P<w>năm\s+(?P<n>nhất|hai|ba|tư|bốn|năm|sáu)){NOT_LETTER_AFTER}", re.IGNORECASE)
"""``sinh viên năm nhất`` "first-year students", ``học sinh năm ba``: the class year is a
rank (English ``first-year``, Thai ``ชั้นปีที่หนึ่ง``)."""
_CLASS_YEAR = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6}
_MORE_WORDS_RE = re.compile(rf"\s+(?P<w>mươi|mốt|lăm|{alt(k for k in WORDS if k != 'không')})"
                           rf"{NOT_LETTER_AFTER}")
_NOT_WEEKDAY_RE = re.compile(
    rf"{NOT_LETTER_BEFORE}thứ\s+(?P<n>tám|chín|mười){NOT_LETTER_AFTER}"
    rf"|(?<![{VI_LETTER}])(?P<noun>[a-zà-ỹđ]+)\s+thứ\s+(?P<n2>hai|ba|tư|năm|sáu|bảy)"
    rf"{NOT_LETTER_AFTER}")
"""``thứ chín`` "ninth" (no weekday is thứ Tám or beyond: Monday to Saturday are thứ Hai
to thứ Bảy); ``di sản thế giới thứ hai`` "the second world heritage site": a lower-case
``thứ hai`` … ``thứ bảy`` after a noun, not after a word of time (``vào thứ hai`` "on
Monday") nor before a date."""
_WEEKDAY_BEFORE = frozenset("""
vào sáng trưa chiều tối đêm hôm ngày từ đến tới và hoặc hay các mỗi hằng hàng cuối đầu trước
sau qua nay này là
""".split())  # noqa: SIM905
_DATE_AFTER_RE = re.compile(
    r"\s*(?:,|\(|-|–)?\s*(?:ngày\s+|mùng\s+|mồng\s+)?[0-9]{1,2}\s*[/-]\s*[0-9]")


_SESSION_BEFORE_RE = re.compile(r"(?i)phiên(?:\s+(?:giao\s+dịch|sáng|chiều))?\s+thứ\s+$")
_SESSION_END_RE = re.compile(r"\s*(?:[,.;:)]|$|\(?\s*(?:ngày\s+)?[0-9]{1,2}\s*/\s*[0-9])")
_MARKET_RE = re.compile(r"(?i)VN-?Index|HNX|HoSE|UPCoM|cổ\s+phiếu|chứng\s+khoán|khối\s+ngoại")
_WEEKDAYS = frozenset({"hai", "ba", "tư", "năm", "sáu", "bảy"})


def _weekday_session(t: str, s: int, e: int) -> bool:
    """``phiên thứ ba`` in a market report is "Tuesday's session" (the exchanges name
    a session by its weekday: English "on Tuesday", Thai ``วันอังคาร``), when nothing
    follows that makes it a sequence (``phiên thứ ba liên tiếp`` "a third straight
    session", ``phiên họp thứ ba`` "the third sitting")."""
    return (t[s:e].lower() in _WEEKDAYS and _SESSION_BEFORE_RE.search(t, 0, s) is not None
            and _SESSION_END_RE.match(t, e) is not None and _MARKET_RE.search(t) is not None)


def _ordinal_extent(t: str, s: int, e: int) -> tuple[int, int | None]:
    """The end and value of the number words starting at ``s`` (``mười một`` 11,
    ``hai mươi`` 20, ``tám`` 8): the longest run of words with a value."""
    best: tuple[int, int | None] = (e, _ORDINAL_WORDS.get(t[s:e].lower()))
    while (more := _MORE_WORDS_RE.match(t, e)) is not None:
        e = more.end()
        if (v := words_value(t[s:e])) is not None:
            best = (e, v)
    return best


def find_vi_ordinal_words(sc: Scan) -> None:
    t = sc.t
    for m in sc.finditer(_ORDINAL_WORD_RE):
        if m["first"]:
            s, e, n = m.start("first"), m.end("first"), 1
        else:
            g = next(g for g in ("w", "n3", "n1", "n2") if m[g])
            s = m.start(g)
            e, v = _ordinal_extent(t, s, m.end(g)) if g in ("w", "n3") else (
                m.end(g), _ORDINAL_WORDS[m[g]])
            if v is None or _weekday_session(t, s, e):
                continue
            n = v
        if sc.free(s, e):
            sc.add(s, e, "ordinal", value=float(n), key=f"ordinal:{n}")
    for m in sc.finditer(_CLASS_YEAR_RE):
        n = _CLASS_YEAR[m["n"].lower()]
        if sc.free(*m.span("w")):
            sc.add(*m.span("w"), "ordinal", value=float(n), key=f"ordinal:{n}")
    for m in sc.finditer(_NOT_WEEKDAY_RE):
        g = "n" if m["n"] else "n2"
        if g == "n2" and (m["noun"] in _WEEKDAY_BEFORE or _DATE_AFTER_RE.match(t, m.end())):
            continue
        s = m.start(g)
        e, v = _ordinal_extent(t, s, m.end(g))
        if v is not None and not _weekday_session(t, s, e) and sc.free(s, e):
            sc.add(s, e, "ordinal", value=float(v), key=f"ordinal:{v}")
