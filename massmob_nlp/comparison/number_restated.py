"""Numbers one side says twice and the other once, which is no loss.

A code or value its sentence writes again (``Executive Order No. 62 (EO 62)``), a
share of 100% the other side writes as "all", a count after "all" that restates a
total ("loses all 12 points" / ``ถูกตัดคะแนนจนหมด``), "the first three months" of a
year named as its quarter (``ไตรมาสแรก``), a length of time named by an anaphor
(``ในช่วงเวลาดังกล่าว``).
"""

from __future__ import annotations

import re

import pandas as pd

from .context import NUMBER_WINDOW, _str
from .evidence import digit_groups
from .number_implied import THAI_TITLE_MAX_CHARS, _title_like
from .number_pairs import _COUNTS, Mention, _close, _num, _vague
from .number_repeats import _next_word


def _restated_code(m: Mention, ms: list[Mention], taken: set[int]) -> bool:
    """A code its sentence writes twice (``Republic Act No. 11934, also known as RA
    11934``, ``Executive Order No. 62 (EO 62)``), the other mention joined: a
    translation that writes it once loses nothing."""
    digits = digit_groups(str(m["text"]))
    return bool(digits) and any(
        k in taken and o is not m and o["bead"] == m["bead"] and
        "code" in (_str(m["kind"]), _str(o["kind"])) and digit_groups(str(o["text"])) == digits
        for k, o in enumerate(ms))


def named_again(m: Mention, ms: list[Mention], partners: dict[int, int]) -> str | None:
    """A name with a number (a code: ``Chang'e-7``, ``Airbus A321``, ``EV71``) whose
    key another mention of its side joined to the other side has: the article names
    it again where the translation writes "the probe" or nothing ("Chang'e-7 will be
    followed by Chang'e-8" / ``หลังจากนี้จะเป็นภารกิจฉางเอ๋อ-8``). A name is no
    quantity; said once, it is kept (the caller skips a sentence the other side left
    out, which loses its name too). The joined mention's text, or None."""
    if _str(m["kind"]) != "code" or _str(m["key"]) is None or _vague(m):
        return None
    for k, o in enumerate(ms):
        if k in partners and o is not m and _str(o["key"]) == _str(m["key"]):
            return str(o["text"])
    return None


REPEATS = 3
"""Fewest mentions of one value in one sentence bead that make a repeated label rather
than counts: ``1.450 điểm 10, … 513 điểm 10, … 1.004 điểm 10`` ("perfect 10s")."""


def _repeated_value(m: Mention, ms: list[Mention], taken: set[int]) -> bool:
    """A value its sentence writes :data:`REPEATS` times or more (a grade, a label:
    ``điểm 10`` after each count), one of them joined: a translation that writes it
    once loses nothing. Two mentions ("10 dead and 10 injured") are two numbers."""
    same = [k for k, o in enumerate(ms) if o["bead"] == m["bead"] and
            _str(o["key"]) is not None and _str(o["key"]) == _str(m["key"])]
    return len(same) >= REPEATS and any(k in taken for k in same)


_OF_THE_SAME_RE = re.compile(r"(?i)^\s*(?:of|out\s+of)\s+(?:the|all(?:\s+the)?|its|their)?\s*$|"
                            r"^\s*(?:/|trên\s+(?:tổng\s+số\s+)?)\s*$")
"""What joins a count to the same count it is part of: ``34 of the 34 provinces``, ``all
five of the five``, Vietnamese ``34/34 tỉnh``, ``34 trên 34``."""


def _all_of_same(m: Mention, ms: list[Mention], taken: set[int], text: str) -> bool:
    """A count written twice as "N of the N" (every one of them), the other one joined:
    a translation writes it once, as "all N" (``ทั้ง 34 จังหวัด``), and loses nothing."""
    s, e = m.get("start_char"), m.get("end_char")
    if not isinstance(s, int) or not isinstance(e, int) or _vague(m):
        return False
    for k, o in enumerate(ms):
        os_, oe = o.get("start_char"), o.get("end_char")
        if (k not in taken or o is m or o["bead"] != m["bead"] or not isinstance(os_, int)
                or not isinstance(oe, int) or _str(o["key"]) != _str(m["key"])):
            continue
        between = text[e:os_] if e <= os_ else text[oe:s]
        if len(between) <= 20 and _OF_THE_SAME_RE.match(between):
            return True
    return False


# ------------------------------------------------------------------ the whole
_ALL_WORD_RE = re.compile(r"(?i)\b(?:all|every|entire|whole|toàn bộ|tất cả)\b|"
                          r"ทั้ง(?!นี้|ที่|ๆ)|ทุก(?!ข์)|ครบ")
"""A word for "all" in English, Thai or Vietnamese (not ทั้งนี้ "however", ทั้งที่
"although", ทุกข์ "suffering")."""


def _whole_shares(ms: list[Mention], side: str, joined: dict[int, int],
                  raw: dict[tuple[str, int], str]) -> dict[int, str]:
    """Unjoined shares of 100% whose other side writes "all" in the sentence bead and
    no 100% (``đạt 100% trong tổng số 79.243 tàu cá`` / "all 79,243 fishing vessels" /
    ``เรือประมงทั้ง 79,243 ลำ``): the whole, written as a word; never the partner of
    another share changed nearby. Index → the other side's word."""
    taken = set(joined) if side == "src" else set(joined.values())
    far = "tgt" if side == "src" else "src"
    out = {}
    for k, m in enumerate(ms):
        if k in taken or _str(m["kind"]) != "percent" or _vague(m) or \
                not _close(_num(m.get("value")), 100.0) or \
                _num(m.get("value_max")) is not None:
            continue
        other = raw.get((far, int(m["bead"])), "")
        hit = _ALL_WORD_RE.search(other)
        if hit is not None and not re.search(r"(?<![0-9.,])100\s*(?:%|percent|per\s*cent|"
                                             r"เปอร์เซ็นต์)|ร้อยละ\s*100(?![0-9])", other):
            out[k] = hit.group()
    return out


_ALL_BEFORE = {"src": re.compile(r"(?i)\ball(?:\s+of)?(?:\s+the|\s+their|\s+its|\s+his|"
                                 r"\s+her)?\s+$"),
               "tgt": re.compile(r"(?:ทั้ง|ครบ|ครบทั้ง)\s*$")}
""""All" right before a count: "loses all 12 points", ``ทั้ง 34 จังหวัด``."""
_ALL_WORD = {"src": re.compile(r"ทั้งหมด|หมด|ทุก|ครบ|ทั้ง"),
             "tgt": re.compile(r"(?i)\b(?:all|every|entire|whole|full)\b")}
"""A word for "all" in the other language (the other side of a source mention is Thai)."""


def _restated_total(m: Mention, side: str, text: str, texts: dict[tuple[str, int], str],
                    kept_keys: set[tuple[int, str | None]]) -> str | None:
    """A count after "all" that restates a total its paragraph already gave and kept
    ("Each licence carries 12 points. A driver who loses all 12 points …" / ``…
    ถูกตัดคะแนนจนหมด``, "until none are left"): translators write the "all" and drop
    the repeated number, which is no loss. The other side's word for "all", or None."""
    start = m.get("start_char")
    if _str(m["kind"]) not in _COUNTS or start is None or pd.isna(start) or \
            (int(m["pbead"]), _str(m["key"])) not in kept_keys or \
            _ALL_BEFORE[side].search(text, max(0, int(start) - 24), int(start)) is None:
        return None
    far = "tgt" if side == "src" else "src"
    hit = _ALL_WORD[side].search(texts.get((far, int(m["bead"])), ""))
    return hit.group() if hit is not None else None


_MONTHS_FIRST = {"src": re.compile(r"(?i)\bfirst\s+$"), "tgt": re.compile(r"\s*แรก")}
""""First" before a count of months (``the first three months``), ``แรก`` after it
(``3 เดือนแรก``)."""
_MONTHS = r"\s*[-–]\s*"
_PERIODS = {
    3: {"src": re.compile(r"(?i)\bfirst\s+quarter\b|\bQ1\b|\b1Q\b|\bJan(?:uary|\.)?"
                          r"(?:\s*[-–]\s*|\s+to\s+)Mar(?:ch|\.)?\b"),
        "tgt": re.compile(r"ไตรมาส(?:แรก|ที่\s*(?:[1๑]|หนึ่ง)|\s*[1๑])(?![0-9๐-๙])|"
                          r"มกราคม" + _MONTHS + r"มีนาคม|ม\.ค\." + _MONTHS + r"มี\.ค\.")},
    6: {"src": re.compile(r"(?i)\bfirst\s+half\b|\bH1\b|\b1H\b|\bhalf[- ]year\b|"
                          r"\bJan(?:uary|\.)?(?:\s*[-–]\s*|\s+to\s+)June?\b"),
        "tgt": re.compile(r"ครึ่ง(?:แรกของ)?ปี(?!หลัง)|ครึ่งแรก|มกราคม" + _MONTHS + r"มิถุนายน|"
                          r"ม\.ค\." + _MONTHS + r"มิ\.ย\.")},
    9: {"src": re.compile(r"(?i)\bfirst\s+three\s+quarters\b|\b9M\b|\bJan(?:uary|\.)?"
                          r"(?:\s*[-–]\s*|\s+to\s+)Sep(?:tember|t?\.)?\b"),
        "tgt": re.compile(r"(?:[3๓]|สาม)\s*ไตรมาสแรก|มกราคม" + _MONTHS + r"กันยายน|"
                          r"ม\.ค\." + _MONTHS + r"ก\.ย\.")},
}
"""The first quarter, half and three quarters of a year named without a count of
months: ``ไตรมาสแรก``, "Q1", ``ครึ่งปีแรก``, "the first half", ``มกราคม-กันยายน``."""


def _restated_period(m: Mention, side: str, text: str,
                     raw: dict[tuple[str, int], str]) -> str | None:
    """"The first three (six, nine) months" of a year, which names a period (the first
    quarter, half, three quarters), not a length of time: a translator who merged two
    sentences that restate the period writes it once (``… in the first quarter of
    2025 … GDP reached … in the first three months of the year`` / one ``ไตรมาสแรกของปี
    2568``). No loss when the other side's sentence bead or a neighbouring one names
    that period, read in its whole text (the period is said twice on purpose). The
    other side's name of the period, or None."""
    n, start, end = _num(m.get("value")), m.get("start_char"), m.get("end_char")
    if _str(m["kind"]) != "duration" or not str(m.get("key")).endswith(":month") or \
            n not in (3.0, 6.0, 9.0) or start is None or end is None or \
            pd.isna(start) or pd.isna(end):
        return None
    first = _MONTHS_FIRST[side]
    if not (first.search(text, max(0, int(start) - 12), int(start)) if side == "src"
            else first.match(text, int(end))):
        return None
    far, bead = "tgt" if side == "src" else "src", int(m["bead"])
    for b in (bead, *range(bead - NUMBER_WINDOW, bead + NUMBER_WINDOW + 1)):
        hit = _PERIODS[int(n)][far].search(raw.get((far, b), ""))
        if hit is not None:
            return hit.group()
    return None


_ANAPHORIC_PERIOD_RE = re.compile(
    r"(?i)\b(?:the|this|that|same)\s+(?:same\s+)?(?:period|span|stretch)\b|"
    r"ช่วง(?:เวลา)?(?:ดังกล่าว|เดียวกัน|นี้|นั้น)|ระยะเวลา(?:ดังกล่าว|เดียวกัน)|"
    r"(?:cùng|trong)\s+kỳ|giai\s+đoạn\s+(?:này|trên|đó)|thời\s+gian\s+(?:này|trên|đó)")
"""A period named by an anaphor: "in the period", "the same period", ``ในช่วงเวลาดังกล่าว``,
``ช่วงเดียวกัน``, ``cùng kỳ``, ``giai đoạn này``."""


def _restated_length(m: Mention, side: str, raw: dict[tuple[str, int], str],
                     joined_keys: set[str | None]) -> str | None:
    """A length of time the article already gave and kept (``11 tháng năm 2025`` … ``Trong
    11 tháng``), restated where the other side names it by an anaphor (``in the period``,
    ``ในช่วงเวลาดังกล่าว``): the same period, no loss. The anaphor, or None."""
    if _str(m["kind"]) != "duration" or _str(m["key"]) not in joined_keys or _vague(m):
        return None
    far = "tgt" if side == "src" else "src"
    hit = _ANAPHORIC_PERIOD_RE.search(raw.get((far, int(m["bead"])), ""))
    return hit.group() if hit is not None else None


_WORD_BEFORE_RE = re.compile(r"(?P<w>[A-Za-z]+|[ก-๛]{1,12})[\s-]*$")


def repeated_term(m: Mention, side: str, ms: list[Mention], taken: set[int], text: str,
                  texts: dict[tuple[str, int], str]) -> str | None:
    """A number inside a term the article uses again, with the same words on both sides
    of it (``type 2 diabetes``, ``Formula 1 team``), and joined there, in a sentence the
    translator did translate: a long name holding the term (``the NHS Type 2 Diabetes
    Path to Remission programme`` / ``โครงการ Path to Remission ของ NHS``) that the
    translation shortened loses no figure. A sentence left out (its bead empty on the
    other side) loses its numbers, terms or not, and so does a rank ("the 16th National
    Assembly" / ``สภาแห่งชาติ``: which assembly is a fact, not a label). The term, or
    None."""
    far = "tgt" if side == "src" else "src"
    if not texts.get((far, int(m["bead"])), "").strip() or _vague(m) or \
            _str(m["kind"]) == "ordinal" or \
            _str(m["key"]) is None or (term := _term(m, text)) is None:
        return None
    for k, o in enumerate(ms):
        if k in taken and o is not m and _str(o["key"]) == _str(m["key"]) and \
                _term(o, text) == term:
            return " ".join(term)
    return None


def _term(m: Mention, text: str) -> tuple[str, str, str] | None:
    """The word before ``m``, its text and the word after it, casefolded."""
    start = m.get("start_char")
    if start is None or pd.isna(start):
        return None
    before = _WORD_BEFORE_RE.search(text, max(0, int(start) - 20), int(start))
    after = _next_word(m, text)
    if before is None or after is None:
        return None
    return before["w"].casefold(), str(m["text"]).casefold(), after


def deck_restated(m: Mention, side: str, ms: list[Mention], partners: dict[int, int],
                  others: list[Mention], paras: dict[str, dict[int, str]]) -> str | None:
    """A number of the body whose value a deck above it (a short line with no full
    stop) also gives, where the join took the deck's mention and paired it with a
    number of the other side's body: the other side gives the value once, in its body
    ("Thai world No 3 comes from a game down" … "ranked third in the world" / ``มือ 3
    ของโลก`` in the Thai lead), so neither is lost. ``partners`` maps this side's
    indices to the other side's. The deck's text, or None."""
    far = "tgt" if side == "src" else "src"
    para = _para_of(m)
    if _vague(m) or _str(m["key"]) is None or para is None or \
            _deck(paras[side].get(para, "")):
        return None
    for k, o in enumerate(ms):
        p, deck = partners.get(k), _para_of(o)
        if p is None or o is m or deck is None or deck >= para or \
                _str(o["key"]) != _str(m["key"]) or not _deck(paras[side].get(deck, "")):
            continue
        body = _para_of(others[p])
        if body is not None and not _deck(paras[far].get(body, "")):
            return str(o["text"])
    return None


def _para_of(m: Mention) -> int | None:
    para = m.get("para_id")
    return None if para is None or pd.isna(para) else int(para)


def _deck(text: str) -> bool:
    """A headline or deck line: title-like, or a short Thai line (Thai writes no full
    stop to tell a body paragraph apart)."""
    if re.search(r"[ก-๛]", text):
        return 0 < len(text.strip()) <= THAI_TITLE_MAX_CHARS and "\n" not in text.strip()
    return _title_like(text)


def restated_line(m: Mention, ms: list[Mention], taken: set[int],
                  partners: dict[int, int], paras: dict[int, str]) -> str | None:
    """A distinctive number (see :func:`_distinctive`) of a line that only restates
    figures its own side gives and keeps elsewhere: every number left unjoined in its
    sentence bead has the key of a mention of another bead of its side that is joined
    to the other side. A summary box or key-figures table one side adds (``ผู้เสียชีวิต |
    1,245`` under a body that says 1,245 deaths), a headline the other side rewrote
    without the figure: no figure lost or added. Only a headline/deck line or a table
    row (``paras``: this side's paragraph texts): a body sentence the translation drops
    is lost even when its year is given again elsewhere. A line with one new figure is
    reported whole; a changed figure was paired already. ``taken``: this side's indices
    explained so far; ``partners``: those joined to the other side. The text of the
    mention joined elsewhere, or None."""
    para = _para_of(m)
    line = paras.get(para, "") if para is not None else ""
    if not (_deck(line) or " | " in line):
        return None
    bead = m["bead"]
    said: str | None = None
    for k, n in enumerate(ms):
        if n["bead"] != bead or k in taken or _vague(n):
            continue
        other = _kept_elsewhere(n, ms, partners)
        if other is None:
            return None
        if n is m:
            said = other
    return said


def _kept_elsewhere(m: Mention, ms: list[Mention], partners: dict[int, int]) -> str | None:
    """The text of a mention of another sentence bead with the key of ``m`` joined to
    the other side, when ``m`` is distinctive; else None."""
    key = _str(m["key"])
    if key is None or not _distinctive(m):
        return None
    for k, o in enumerate(ms):
        if k in partners and o["bead"] != m["bead"] and _str(o["key"]) == key:
            return str(o["text"])
    return None


_RESTATED_KINDS = frozenset({"year", "date", "money", "time"})
RESTATED_VALUE = 100
"""A figure distinctive enough that the same one on one side twice is one fact said
twice: a year, date, amount of money or clock time, a decimal, or at least this large
(two mentions of "3" or "12%" may be two facts)."""


def _distinctive(m: Mention) -> bool:
    v = _num(m.get("value"))
    return _str(m["kind"]) in _RESTATED_KINDS or (
        v is not None and (abs(v) >= RESTATED_VALUE or not v.is_integer()))


def bracketed_alias(m: Mention, ms: list[Mention], taken: set[int], text: str) -> str | None:
    """A number in brackets that writes the digits of a joined number of its sentence
    outside them: a name's short form ("the 33rd SEA Games (SEA Games 33)", "Decree 100
    (ND 100)"), one mention, which a translation names once; or its years in another
    form (``ทศวรรษ 1950 (ราวปี 2493-2502)``); or a title's word number kept in the
    original language in brackets (``"คืนที่เก้า" (The Ninth Night)``). The joined
    mention's text, or None."""
    digits = digit_groups(str(m["text"]))
    if _vague(m) or not _in_brackets(m, text) or \
            (not digits and not str(m["text"]).isascii()):
        return None
    for k, o in enumerate(ms):
        if k not in taken or o is m or o["bead"] != m["bead"] or _in_brackets(o, text):
            continue
        if (digit_groups(str(o["text"])) == digits if digits else _same_word_value(m, o)) \
                or _same_span(m, o):
            return str(o["text"])
    return None


def _same_word_value(m: Mention, o: Mention) -> bool:
    """One rank or count written in words in two languages (``ที่เก้า`` / ``Ninth``)."""
    return _str(m["kind"]) == _str(o["kind"]) and not digit_groups(str(o["text"])) and \
        _num(m.get("value")) is not None and _close(_num(m.get("value")), _num(o.get("value")))


_SPANS = frozenset({"year", "year_range", "decade"})


def _same_span(m: Mention, o: Mention) -> bool:
    """The same years in two forms, one in brackets: a decade and its ten years in the
    other calendar (``ทศวรรษ 1950 (ราวปี 2493-2502)``)."""
    return _str(m["kind"]) in _SPANS and _str(o["kind"]) in _SPANS and \
        _str(m["kind"]) != _str(o["kind"]) and \
        _num(m.get("value")) is not None and _close(_num(m.get("value")), _num(o.get("value"))) \
        and _close(_num(m.get("value_max")), _num(o.get("value_max")))


BRACKET_REACH = 40
"""Characters looked at on each side of a number for the brackets around it."""


def _in_brackets(m: Mention, text: str) -> bool:
    """Whether ``m`` stands inside a pair of round brackets of its line."""
    start, end = m.get("start_char"), m.get("end_char")
    if start is None or end is None or pd.isna(start) or pd.isna(end):
        return False
    before = text[max(0, int(start) - BRACKET_REACH):int(start)].split("\n")[-1]
    after = text[int(end):int(end) + BRACKET_REACH].split("\n")[0]
    return before.rfind("(") > before.rfind(")") and \
        after.find(")") > -1 and (after.find("(") < 0 or after.find(")") < after.find("("))
