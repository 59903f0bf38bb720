"""What the words around a number say about it, for the number scanner (see
:mod:`massmob_nlp.numbers`): its qualifier (``about``, ``more than``, ``ราว``, ``กว่า``)
and the Thai ordinal marker before it (``ครั้งที่``, ``ที่``)."""

from __future__ import annotations

import re

from . import en, th
from .base import THAI_LETTER_RE, Scan, alt

_QUAL_BEFORE = {p.lower(): q for d in (en.QUALIFIERS_BEFORE, th.QUALIFIERS_BEFORE)
                for q, ps in d.items() for p in ps}
_QUAL_BEFORE_RE = re.compile(
    rf"(?:\b(?i:{alt(p for ps in en.QUALIFIERS_BEFORE.values() for p in ps)})"
    rf"|{alt(p for ps in th.QUALIFIERS_BEFORE.values() for p in ps)})\s*$")
_QUAL_AFTER = {p.lower(): q for d in (en.QUALIFIERS_AFTER, th.QUALIFIERS_AFTER)
               for q, ps in d.items() for p in ps}
_QUAL_AFTER_RE = re.compile(
    rf"\s*(?:(?i:{alt((p for ps in en.QUALIFIERS_AFTER.values() for p in ps), latin=True)})"
    rf"|{alt(p for ps in th.QUALIFIERS_AFTER.values() for p in ps)})")


def thai_ordinal_before(sc: Scan, s: int) -> re.Match[str] | None:
    """The ordinal marker (``ครั้งที่``, ``ที่``) right before ``s``; a bare ``ที่`` that
    ends a longer word (``พื้นที่`` "area", ``เนื้อที่``, ``สถานที่``, ``หน้าที่``) is none."""
    t = sc.t
    m = th.ORDINAL_BEFORE_RE.search(t, max(0, s - 14), s)
    if m is None or m["word"] or not m.start() or not THAI_LETTER_RE.match(t, m.start() - 1):
        return m
    if t.endswith(th.GLUED_ORDINAL_BEFORE, 0, m.start()):
        return m  # เป็นที่ 1: "comes first", glued by the segmenter
    return m if sc.word_bounds_at(m.start(), m.start()) else None


# Thai qualifier words that end a noun: "สถิติสูงสุด 39.9 ล้านคน" (the record 39.9
# million, not "at most"), "งบประมาณ 2.4 หมื่นล้านบาท" (the budget, not "about"),
# "ค่าแรงขั้นต่ำ 400 บาท" (the minimum wage, not "at least").
_NOUN_ENDINGS = {"สูงสุด": re.compile(r"(?:สถิติ|ระดับ|จุด|ยอด)\s*$"),
                 "มากสุด": re.compile(r"(?:สถิติ|ระดับ|จุด|ยอด)\s*$"),
                 "ประมาณ": re.compile(r"งบ$"),
                 "ขั้นต่ำ": re.compile(r"(?:ค่าแรง|ค่าจ้าง|เงินเดือน)\s*$")}


def _ends_a_noun(t: str, m: re.Match[str]) -> bool:
    word = next((w for w in _NOUN_ENDINGS if m.group().startswith(w)), None)
    return word is not None and bool(
        _NOUN_ENDINGS[word].search(t, max(0, m.start() - 10), m.start()))
# "อย่างน้อยปีละ 2 ครั้ง" (at least twice a year), "ราววันละ 500 คน": the qualifier
# before a distributive "per year/day" still qualifies the number.
_PER_BEFORE_RE = re.compile(r"(?:ปี|เดือน|วัน|สัปดาห์|ชั่วโมง|คน|ครั้ง|ราย)ละ\s*$")


_UP_TO_RE = re.compile(r"(?<=ขึ้นไป)\s*(?:เป็น|อยู่|ถึง|แตะ|สู่)")
_TH_OVER_AFTER_RE = re.compile(rf"\s*(?:{alt(th.QUALIFIERS_AFTER['over'])})")


def qualifier(t: str, start: int, end: int) -> str | None:
    """The qualifier (``about``, ``over`` …) written just before ``start`` or after ``end``."""
    per = _PER_BEFORE_RE.search(t, max(0, start - 12), start)
    before = per.start() if per else start
    m = _QUAL_BEFORE_RE.search(t, max(0, before - 24), before)
    if m and not _ends_a_noun(t, m) and not _preposition(t, m, end):
        q = _QUAL_BEFORE.get(" ".join(m.group().split()).lower())
        # "ราวสิบกว่าคน" (roughly ten-odd people): the กว่า after makes it a lower bound,
        # as "2,000 กว่าบาท" read with its currency
        return "over" if q == "about" and _TH_OVER_AFTER_RE.match(t, end) else q
    m = _QUAL_AFTER_RE.match(t, end) or _QUAL_AFTER_CLASSIFIER_RE.match(t, end)
    if m and _UP_TO_RE.match(t, m.end()):
        m = None  # "จาก 30 บาทขึ้นไปเป็น 35 บาท": up to another value, not "or more"
    if m:
        return _QUAL_AFTER.get(" ".join(m["q"].split()).lower()) if "q" in m.groupdict() \
            else _QUAL_AFTER.get(" ".join(m.group().split()).lower())
    if (per := _QUAL_PER_RE.search(t, max(0, start - 40), start)) is not None:
        return _QUAL_BEFORE.get(per["q"])  # "ราวคืนละ 45 ดอลลาร์" "about $45 a night"
    return None


# "built around 22 songs", "centred around three themes": around after a verb of
# structure is the preposition, no hedge; "won 4-3 on aggregate over two legs", "beat
# them over three rounds": over before legs/rounds of a finished result is "across".
_AROUND_VERB_BEFORE_RE = re.compile(
    r"(?i)\b(?:built|build|builds|centred|centered|centres|centers|based|organi[sz]ed"
    r"|designed|revolves?|revolving|structured|arranged|clustered|grouped|wrapped)\s+$")
_LEGS_AFTER_RE = re.compile(r"(?i)\s+(?:legs?|rounds?|stages?|matches|games|sets|heats)\b")
_RESULT_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:won|beat|beaten|lost|drew|aggregate|overall|finished|edged)\b|[0-9]\s?[-–]\s?[0-9])"
    r"[^.;!?]{0,40}$")


def _preposition(t: str, m: re.Match[str], end: int) -> bool:
    """The English qualifier word ``m`` before a number is a preposition here."""
    word = m.group().strip().lower()
    if word == "around":
        return bool(_AROUND_VERB_BEFORE_RE.search(t, max(0, m.start() - 20), m.start()))
    if word == "over":
        legs = _LEGS_AFTER_RE.match(t, end)
        if legs is None:
            return False
        return legs.group().strip().lower().startswith("leg") or bool(
            _RESULT_BEFORE_RE.search(t, max(0, m.start() - 50), m.start()))
    return False


_QUAL_PER_RE = re.compile(
    rf"(?P<q>{alt(p for ps in th.QUALIFIERS_BEFORE.values() for p in ps)})\s*"
    r"(?!และ)[ก-๛]{1,8}?ละ\s*$")
"""A Thai hedge before a distributive ``<unit>ละ`` (``ราวคืนละ 45 ดอลลาร์`` "about $45 a
night", ``ราคาราวโดสละ 40 ดอลลาร์``) qualifies the number after it."""
_QUAL_AFTER_CLASSIFIER_RE = re.compile(
    rf"\s*(?:{alt(th.CLASSIFIERS)})\s*(?P<q>ขึ้นไป)")
"""``ตั้งแต่ห้าคนขึ้นไป`` "five or more people": ``ขึ้นไป`` after the classifier."""


# "held over three days", "rain fell over two days", "Bt2 trillion over 10 years": over
# before a length of time is the preposition "across" (Thai ตลอด, ในช่วง, or nothing), no
# "more than" -- unless a word of extent comes first: "for over three days", "delays of
# over a week", "in over 10 years", "lasted/took/waited over two hours", "just over".
_OVER_BEFORE_RE = re.compile(r"(?i)(?P<w>\b[a-z]+(?:'[a-z]+)?)?[\s,]*\bover\s+$")
_MORE_THAN_WORDS = frozenset("""
for of in after within to by from at than into since about only just well slightly little
way far nearly almost some lasted last lasts lasting took take takes taking spent spend spends
spending waited wait waits waiting remained remain stayed stay served serve worked work
lived live been be being is was were are has have had aged age ages people adults children
those anyone men women patients workers staff users residents some
""".split())  # noqa: SIM905


def over_means_across(t: str, start: int) -> bool:
    """The English ``over`` right before a length of time at ``start`` means "across"
    (``fell over three days``), not "more than" (``for over three days``)."""
    m = _OVER_BEFORE_RE.search(t, max(0, start - 40), start)
    if m is None:
        return False
    word = (m["w"] or "").lower()
    return word not in _MORE_THAN_WORDS

