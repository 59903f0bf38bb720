"""Grade scales: the top of the scale a score is given on, in English, Thai and
Vietnamese, read before the other patterns (see :mod:`massmob_nlp.numbers`).

A score and its scale are two numbers: the score stays a count (``4.78 out of 10`` ->
``cardinal:4.78``, so 4.78 against 4.87 is still a changed number), and the scale is
``cardinal`` with the key ``scale:N`` and ``vague`` set: a reference that translations
often add or leave out (the Vietnamese writes ``4,78 điểm``, the Thai ``4.78
จากคะแนนเต็ม 10``), never missing or added on its own, but joined to the other side's
scale. Forms (N is the scale):

- English ``4.78 out of 10``, ``29.85 points out of 30``, ``4.5 out of 5 stars``: after a
  decimal score, a score word before (``scored``, ``rated``, ``average``, ``grade``,
  ``marks``) or ``points``/``marks`` around, and no counted noun after N (``seven out of
  10 voters`` stays two counts); ``4.78/10`` and ``8/10 points`` likewise (``8/10``
  alone stays the fraction); ``a perfect 10``, ``perfect 10s``, ``a perfect score of
  100``; ``on a 30-point scale``, ``on a scale of 1 to 10`` (one mention of N);
- Thai ``จากคะแนนเต็ม 10``, ``คะแนนเต็ม 10``, ``8 เต็ม 10``, ``28.95 จาก 30 คะแนน``
  (a score before จาก and no verb of change: ``เพิ่มขึ้นเป็น 35 จาก 30 คะแนน`` is "from"),
  ``สเกล 30 คะแนน``;
- Vietnamese ``điểm 10`` (a ten, the top mark of the ten-point scale: ``1.450 điểm 10``
  is 1,450 perfect tens, ``cardinal:1450`` and ``scale:10``; ``12 điểm`` stays 12
  points), ``thang điểm 30``, ``29,85/30 điểm``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .around import qualifier
from .base import Scan, decimal_value, format_number
from .vi_lexicon import parse_vi_number

_EN_SCALE_WORDS = {"five": 5, "ten": 10, "twenty": 20, "hundred": 100, "a hundred": 100}
_SCORE = r"[0-9]+(?:[.,][0-9]+)?"
_EN_N = rf"(?P<n>[0-9]{{1,4}}|{'|'.join(sorted(_EN_SCALE_WORDS, key=len, reverse=True))})"
_OUT_OF_EN_RE = re.compile(
    rf"(?i)(?<![\w.,])(?P<x>{_SCORE})(?P<p>\s+(?:points?|marks?|stars?))?"
    rf"\s+out\s+of\s+(?:a\s+(?:possible|maximum)\s+)?{_EN_N}\b(?![.,]?[0-9])"
    r"(?P<after>\s+(?:possible\s+)?(?:points?|marks?|stars?)\b)?")
_SCORE_BEFORE_EN_RE = re.compile(
    r"(?i)\b(?:scor(?:e|es|ed|ing)|rat(?:ed|ing|ings)|grades?|graded|marks?|averag(?:e|ed|es)"
    r"|points?|judges?|reviewers?|critics?)\b[^.;:!?]{0,40}$")
_FUNCTION_AFTER_EN = frozenset("""
with from for on in at and or by after while this last across among according as but
compared down up to than the a an its their his her overall
""".split())  # noqa: SIM905
_NEXT_WORD_RE = re.compile(r"\s+(?P<w>[A-Za-z]+)")
_SLASH_RE = re.compile(
    rf"(?<![\w.,/-])(?P<x>{_SCORE})\s?/\s?(?P<n>5|10|20|30|40|50|100)(?![\w/]|[.,][0-9])"
    r"(?P<after>\s*(?:points?\b|marks?\b|điểm|คะแนน))?")
_PERFECT_EN_RE = re.compile(
    r"(?i)\bperfect\s+(?:score\s+of\s+)?(?P<n>[0-9]{1,3}|ten|five|six|hundred)(?:s\b|\b)"
    r"(?![.,]?[0-9])")
_POINT_SCALE_EN_RE = re.compile(
    r"(?i)\b(?P<n>[0-9]{1,4})-point\s+(?:grading\s+|rating\s+)?scale\b")
_SCALE_OF_EN_RE = re.compile(
    r"(?i)\bscale\s+(?:of|from)\s+(?P<lo>0|1|zero|one)\s+to\s+(?P<n>[0-9]{1,4}|five|ten|hundred)\b"
    r"(?![.,]?[0-9])")
_FULL_TH_RE = re.compile(r"คะแนน\s*เต็ม\s*(?P<n>[0-9]{1,4})(?![0-9.,%]|\s*(?:%|เปอร์เซ็นต์))")
_FULL_AFTER_SCORE_TH_RE = re.compile(
    rf"(?<![0-9.,])(?P<x>{_SCORE})\s*(?:คะแนน\s*)?เต็ม\s*(?P<n>[0-9]{{1,4}})"
    r"(?![0-9.,%]|\s*(?:%|เปอร์เซ็นต์))")
_FROM_TH_RE = re.compile(
    rf"(?<![0-9.,])(?P<x>{_SCORE})\s*(?:คะแนน\s*)?จาก\s*(?P<n>[0-9]{{1,4}})\s*คะแนน")
_CHANGE_BEFORE_TH_RE = re.compile(r"(?:เพิ่ม|ลด|เหลือ|เป็น|ขยับ|ปรับ|จาก)[^0-9]{0,12}$")
_SCALE_TH_RE = re.compile(r"สเกล\s*(?P<n>[0-9]{1,4})(?![0-9]|[.,][0-9])")
_VI_LETTER = "A-Za-zÀ-ỹĐđ"
_TEN_VI_RE = re.compile(rf"(?<![{_VI_LETTER}])[Đđ]iểm\s+(?P<n>10|mười)"
                         rf"(?![0-9/{_VI_LETTER}]|[.,][0-9])")
_FUNCTION_AFTER_VI = frozenset("""
môn nào trong ở và cho của tại khi với thì là được này đó trở tuyệt thi ở các
""".split())  # noqa: SIM905
_VI_NEXT_WORD_RE = re.compile(rf"\s+(?P<w>[{_VI_LETTER}]+)")
_SCALE_VI_RE = re.compile(rf"(?<![{_VI_LETTER}])thang\s+điểm\s+(?P<n>[0-9]{{1,4}})"
                          r"(?![0-9]|[.,][0-9])")


def _value(raw: str, lang: str | None) -> Decimal | None:
    low = raw.lower()
    if low in _EN_SCALE_WORDS:
        return Decimal(_EN_SCALE_WORDS[low])
    if low == "six":
        return Decimal(6)
    if low == "mười":
        return Decimal(10)
    return parse_vi_number(raw) if lang == "vi" else decimal_value(raw)


def _add_scale(sc: Scan, s: int, e: int, n: Decimal) -> None:
    sc.add(s, e, "cardinal", value=float(n), key=f"scale:{format_number(n)}", vague=True)


def _add_score(sc: Scan, s: int, e: int, x: Decimal) -> None:
    q = qualifier(sc.t, s, e)
    sc.add(s, e, "cardinal", value=float(x), qualifier=q, key=f"cardinal:{format_number(x)}")


def _is_decimal(raw: str) -> bool:
    return bool(re.fullmatch(r"[0-9]+[.,][0-9]{1,2}", raw))


def _no_counted_noun(t: str, e: int, function_words: frozenset[str],
                     rx: re.Pattern[str] = _NEXT_WORD_RE) -> bool:
    """The word after ``e`` (if any) is no counted noun: ``out of 10 voters`` is a count."""
    m = rx.match(t, e)
    return m is None or m["w"].lower() in function_words


def find_grade_scales(sc: Scan) -> None:
    """The scale of a score, ``scale:N`` (see the module docstring)."""
    t = sc.t
    for m in sc.finditer(_OUT_OF_EN_RE):
        x, n = decimal_value(m["x"]), _value(m["n"], None)
        if x is None or n is None or x > n or not sc.free(m.start("x"), m.end("n")):
            continue
        scored = (_is_decimal(m["x"]) or m["p"] or m["after"]
                  or _SCORE_BEFORE_EN_RE.search(t, max(0, m.start() - 60), m.start()))
        if scored and (m["after"] or _no_counted_noun(t, m.end("n"), _FUNCTION_AFTER_EN)):
            _add_scale(sc, m.start("n"), m.end("n"), n)
    for m in sc.finditer(_SLASH_RE):
        x, n = _value(m["x"], sc.lang), _value(m["n"], None)
        if x is None or n is None or x > n or not sc.free(m.start(), m.end("n")):
            continue
        scored = (m["after"]
                  or _SCORE_BEFORE_EN_RE.search(t, max(0, m.start() - 60), m.start())
                  or (_is_decimal(m["x"]) and n == 10))
        if scored:
            _add_score(sc, m.start("x"), m.end("x"), x)
            _add_scale(sc, m.start("n"), m.end("n"), n)
    for rx in (_PERFECT_EN_RE, _POINT_SCALE_EN_RE, _FULL_TH_RE, _SCALE_TH_RE, _SCALE_VI_RE):
        for m in sc.finditer(rx):
            n = _value(m["n"], None)
            if n is not None and n > 0 and sc.free(m.start("n"), m.end("n")):
                _add_scale(sc, m.start("n"), m.end("n"), n)
    for m in sc.finditer(_SCALE_OF_EN_RE):
        n = _value(m["n"], None)
        if n is not None and sc.free(m.start("lo"), m.end("n")):
            _add_scale(sc, m.start("lo"), m.end("n"), n)
    for rx in (_FULL_AFTER_SCORE_TH_RE, _FROM_TH_RE):
        for m in sc.finditer(rx):
            x, n = decimal_value(m["x"]), _value(m["n"], None)
            if x is None or n is None or x > n or not sc.free(m.start("n"), m.end("n")):
                continue
            if rx is _FROM_TH_RE and _CHANGE_BEFORE_TH_RE.search(t, max(0, m.start() - 20),
                                                                  m.start()):
                continue  # "เพิ่มขึ้นเป็น 25 จาก 20 คะแนน": from, no scale
            _add_scale(sc, m.start("n"), m.end("n"), n)
    if sc.lang == "vi":
        for m in sc.finditer(_TEN_VI_RE):
            if sc.free(m.start("n"), m.end("n")) and _no_counted_noun(
                    t, m.end("n"), _FUNCTION_AFTER_VI, _VI_NEXT_WORD_RE):
                _add_scale(sc, m.start("n"), m.end("n"), Decimal(10))
