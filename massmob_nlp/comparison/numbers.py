"""Numbers of both sides joined inside the aligned beads, with a status each.

A reviewer acts on ``mismatch``, ``missing`` and ``added``, so these are reported only
when the evidence rules out that the number was kept. The join runs from the strongest
evidence to the weakest, and uses up the nearest text first:

1. in the sentence bead, then the paragraph bead, then a neighbouring sentence bead
   (translators move clauses across sentence boundaries), pair mentions with the same
   ``key``; then with the same value after scaling, whatever their kind or a currency
   written on one side only (``£360`` / ``360``, ``1997`` read as a year on one side,
   ``No. 9`` / ``ที่ 9``); inside the bead also with the same digits read differently
   (``23.45`` / ``23.45 น.``, ``1,335`` / ``1.335``), the same clock time when
   one side is on a 12-hour clock (``at ten`` / ``สี่ทุ่ม``, ``nine o'clock`` / ``21.00 น.``),
   one result written from the other side (``won 2-1`` / ``แพ้ 1-2``) and a scale
   letter glued to the digits (``1m people`` / ``1 ล้านคน``, ``20k`` / ``2 หมื่น``);
   Then, anywhere in the article, the same distinctive number (a year, date, amount
   of money, clock time, decimal or a number of at least 100) left unjoined on both
   sides: a clause the translator moved further than the neighbouring sentences;
2. a number that is one part of a mention of the other side in its bead is kept
   (``£5,000`` in ``3,000-5,000 ปอนด์``, ``49`` in ``1 มกราคม 49``), and so are the two
   counts that write a fraction (``two-thirds`` / ``สองในสาม``);
3. two numbers of the same kind, both written in digits (or two counts other than
   one, however written), left in one bead, are one number changed: ``mismatch`` (a
   different currency for the same amount too);
4. a number whose value the other side's sentence still writes, in digits or words the
   reader does not take as a count (``two`` / ``ทั้งสอง``), is ``format_only``;
5. a number that restates its neighbour in another unit, in brackets, is kept when the
   neighbour is (``250km (155 miles)`` / ``250 กม.``, ``11st (70kg)`` / ``70 กก.``);
6. what is left is ``missing`` or ``added``, except vague quantities (``hundreds of``,
   ``หลายพัน``) and a Thai-style ``หนึ่ง`` after a classifier or ``1`` before one
   (``1 ราย``) where the English has "a"/"an", which render the article: these are
   never a problem.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

import pandas as pd

from .. import tables
from .._text import THAI_DIGITS
from ..numbers import en, th
from .context import NUMBER_WINDOW, _Context, _mentions, _nearness, _pair, _str
from .evidence import (
    contains,
    dates_differ,
    digit_groups,
    has_magnitude,
    unit_word_in,
    values_in_text,
)

QUALIFIER_EQUIVALENT = frozenset({frozenset({None, "up_to"}), frozenset({"up_to", "at_most"})})
"""Qualifier pairs that mean the same: Thai สูงถึง ("as high as", up_to) is how Thai
writes a plain "reaching 70 million"."""
VALUE_TOLERANCE = 1e-9
"""Relative tolerance of value equality."""

Mention = dict[str, Any]
Test = Callable[[Mention, Mention], bool]


def _compare_numbers(ctx: _Context, omitted_beads: set[int]) -> pd.DataFrame:
    src = _mentions(ctx.src.numbers, ctx, "src")
    tgt = _mentions(ctx.tgt.numbers, ctx, "tgt")
    for ms, text in ((src, ctx.src.text), (tgt, ctx.tgt.text)):
        _short_scales(ms, text)
        _time_zones(ms, text)
        _sign_words(ms, text)
    kept: dict[int, int] = {}
    for k, near in enumerate(_nearness()):
        for same in ((_same_key, _same_value, _same_digits, _same_clock, _same_result,
                      _same_scaled, _same_instant) if k == 0 else (_same_key_alike, _same_value)):
            _pair(src, tgt, same, near, _value_distance, kept)
    before = set(kept)
    _pair(src, tgt, _same_distinct_key, lambda s, t: True, _value_distance, kept)
    moved = set(kept) - before
    covered_src, covered_tgt = _parts(src, tgt, kept)
    changed = _changes(src, tgt, kept, covered_src, covered_tgt)
    rows = [_kept_row(src[i], tgt[j], moved=i in moved) for i, j in kept.items()]
    rows += [_number_row(src[i], tgt[j], "format_only", f"part of {tgt[j]['text']!r}")
             for i, j in covered_src.items()]
    rows += [_number_row(src[i], tgt[j], "format_only", f"part of {src[i]['text']!r}")
             for j, i in covered_tgt.items()]
    rows += [_number_row(src[i], tgt[j], "mismatch", _change_note(src[i], tgt[j]))
             for i, j in changed.items()]
    taken_src = set(kept) | set(covered_src) | set(covered_tgt.values()) | set(changed)
    taken_tgt = set(kept.values()) | set(covered_tgt) | set(covered_src.values()) | \
        set(changed.values())
    texts = _bead_texts(ctx, [("src", src[i]) for i in taken_src]
                        + [("tgt", tgt[j]) for j in taken_tgt])
    for side, ms, taken, text in (("src", src, taken_src, ctx.src.text),
                                  ("tgt", tgt, taken_tgt, ctx.tgt.text)):
        for k, of in _conversions(ms, taken, text).items():
            taken.add(k)
            s, t = (ms[k], None) if side == "src" else (None, ms[k])
            rows.append(_number_row(s, t, "format_only",
                                    f"the same amount as {of['text']!r} in another unit, "
                                    "in brackets"))
    for i, s in enumerate(src):
        if i not in taken_src:
            rows += _unmatched(s, "src", texts, omitted_beads)
    tgt_text = ctx.tgt.text
    for j, t in enumerate(tgt):
        if j not in taken_tgt and not _counted_article(t, tgt_text, texts):
            rows += _unmatched(t, "tgt", texts, omitted_beads)
    rows.sort(key=lambda r: (r["bead_id"], r["src_start_char"] if r["src_start_char"]
                             is not None else 1 << 30, r["tgt_start_char"] or 0))
    return tables.make_frame("cmp_numbers", rows)


# ------------------------------------------------------------------ evidence tests
def _num(v: Any) -> float | None:
    return None if v is None or pd.isna(v) else float(v)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=VALUE_TOLERANCE, abs_tol=VALUE_TOLERANCE)


def _vague(m: Mention) -> bool:
    v = m.get("vague")
    return bool(v) and not pd.isna(v)


def _same_key(s: Mention, t: Mention) -> bool:
    return _str(s["key"]) is not None and s["key"] == t["key"]


def _same_key_alike(s: Mention, t: Mention) -> bool:
    """The same key, both vague or both exact: outside its own sentence a count is not
    joined to a vague ``ส่วนหนึ่ง`` ("a part") or ``คนหนึ่ง`` ("a man")."""
    return _same_key(s, t) and _vague(s) == _vague(t)


_DISTINCT_KINDS = frozenset({"year", "date", "money", "time"})
DISTINCT_VALUE = 100
"""A number is distinctive enough to be joined anywhere in the article when it is a
year, date, amount of money or clock time, a decimal, or at least this large."""


def _same_distinct_key(s: Mention, t: Mention) -> bool:
    """The same distinctive number, each unjoined in its own part of the article: a
    clause the translator moved further than the neighbouring sentences (``closed in
    2019 … for £640,000`` two paragraphs up in the Thai) is kept, not lost and added."""
    if not _same_key_alike(s, t) or _vague(s):
        return False
    v = _num(s.get("value"))
    return _str(s["kind"]) in _DISTINCT_KINDS or (
        v is not None and (abs(v) >= DISTINCT_VALUE or not v.is_integer()))


def _same_value(s: Mention, t: Mention) -> bool:
    """The same value (and upper end) whatever the kind; a currency or unit may be
    written on one side only, but two different ones are a mismatch."""
    a = _num(s.get("value"))
    if a is None or _vague(s) or _vague(t) or not _unit_ok(s, t):
        return False
    return _close(a, _num(t.get("value"))) and _close(_num(s.get("value_max")),
                                                      _num(t.get("value_max")))


def _same_result(s: Mention, t: Mention) -> bool:
    """One result written from the other team's side: ``won 2-1`` / ``แพ้ 1-2``."""
    if "score" not in (_str(s["kind"]), _str(t["kind"])) or _vague(s) or _vague(t):
        return False
    ends = [(_num(m.get("value")), _num(m.get("value_max"))) for m in (s, t)]
    (a, b), (c, d) = ends
    if a is None or b is None or c is None or d is None:
        return False
    return a != b and sorted((a, b)) == sorted((c, d))


_SHORT_SCALE_RE = re.compile(r"[kKmM](?![A-Za-z])")
"""A scale letter glued to digits with no currency before them (``1m people``, ``5.4m``,
``20k``; the reader scales it only after a currency, ``$5m``). ``m`` may also be metres
(``100m``), so it only joins a partner whose value is the million (``1 ล้านคน``), never
changes how the number is read."""


def _short_scales(mentions: list[Mention], text: str) -> None:
    """Record on each plain number the value a glued scale letter would give it."""
    for m in mentions:
        end = m.get("end_char")
        if end is None or pd.isna(end) or _str(m.get("unit")) or \
                _str(m["kind"]) not in ("cardinal", "duration"):
            continue
        hit = _SHORT_SCALE_RE.match(text, int(end))
        value = _num(m.get("value"))
        if hit is not None and value is not None:
            m["scaled"] = value * 10 ** en.SHORT_MAGNITUDES[hit.group().lower()]


def _same_scaled(s: Mention, t: Mention) -> bool:
    """``1m people`` / ``1 ล้านคน``: one side's glued scale letter gives the other's value."""
    if _vague(s) or _vague(t) or not _unit_ok(s, t):
        return False
    return any(a.get("scaled") is not None and _close(a["scaled"], _num(b.get("value")))
               for a, b in ((s, t), (t, s)))


_ZONES = {"GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "EST": -300,
          "EDT": -240, "CST": -360, "CDT": -300, "PST": -480, "PDT": -420, "JST": 540,
          "KST": 540, "ICT": 420, "SGT": 480, "HKT": 480, "IST": 330, "AEST": 600,
          "AEDT": 660, "เวลาประเทศไทย": 420, "เวลาไทย": 420, "เวลาในประเทศไทย": 420,
          "เวลาในไทย": 420, "เวลาบ้านเรา": 420, "เวลามาตรฐานกรีนิช": 0, "เวลากรีนิช": 0,
          "เวลาอังกฤษ": None, "เวลาท้องถิ่น": None, "local time": None}
"""Offsets from UTC in minutes of the time zones news writes after a clock time (None:
a zone whose offset the text does not fix)."""
_ZONE_RE = re.compile(r"\s*(?:\(|,)?\s*(?:ตาม|in\s+)?(?P<z>" + "|".join(
    sorted(map(re.escape, _ZONES), key=len, reverse=True)) + r")(?![A-Za-z])")


def _time_zones(mentions: list[Mention], text: str) -> None:
    """Record on each clock time followed by a known time zone its minute of the day
    in UTC (``19:45 BST`` -> 18:45, ``01.45 น. ตามเวลาประเทศไทย`` -> 18:45)."""
    for m in mentions:
        end, clock = m.get("end_char"), _clock(m)
        if clock is None or _str(m["kind"]) != "time" or end is None or pd.isna(end):
            continue
        hit = _ZONE_RE.match(text, int(end))
        offset = _ZONES.get(hit["z"]) if hit is not None else None
        if offset is not None:
            m["utc_minute"] = (clock[0] * 60 + clock[1] - offset) % (24 * 60)


def _same_instant(s: Mention, t: Mention) -> bool:
    """One clock time converted to another zone: ``19:45 BST`` / ``01.45 น. ตามเวลา
    ประเทศไทย`` (BBC Thai gives Thai time)."""
    a, b = s.get("utc_minute"), t.get("utc_minute")
    return a is not None and a == b


def _same_digits(s: Mention, t: Mention) -> bool:
    """The same digits, read as different values (a time and a decimal, a thousands
    separator written as a point), unless a scale word changed the amount."""
    ds, dt = digit_groups(str(s["text"])), digit_groups(str(t["text"]))
    if not ds or ds != dt or _vague(s) or _vague(t) or not _unit_ok(s, t) or \
            dates_differ(s["key"], t["key"]) or _signs_differ(s, t):
        return False
    return not (has_magnitude(str(s["text"])) or has_magnitude(str(t["text"])))


def _signs_differ(s: Mention, t: Mention) -> bool:
    """``-5C`` / ``5 องศา``: the same digits, a dropped minus sign (a changed value),
    unless words beside the positive one carry the sign (``-1.8%`` / ``หดตัว 1.8%``
    "contracted 1.8%", ``-5C`` / ``5 องศาต่ำกว่าศูนย์`` "below zero")."""
    a, b = _num(s.get("value")), _num(t.get("value"))
    if a is None or b is None or (a < 0) == (b < 0):
        return False
    return not (s if a >= 0 else t).get("signed_in_words")


_SIGN_WORDS_RE = re.compile(
    r"(?i)minus|below (?:zero|freezing)|sub-zero|negative|contract(?:ed|ion|s)?|"
    r"shr[au]nk|deficit|loss|ติดลบ|ลบ|ต่ำกว่าศูนย์|หดตัว|ขาดดุล|ขาดทุน|ติด\s*ลบ")
"""Words that give a number its minus sign (for the join of ``-5`` with ``5``)."""
SIGN_WINDOW = 24
"""Characters on each side of a number searched for :data:`_SIGN_WORDS_RE`."""


def _sign_words(mentions: list[Mention], text: str) -> None:
    """Record on each positive number whether words beside it carry a minus sign."""
    for m in mentions:
        start, end, value = m.get("start_char"), m.get("end_char"), _num(m.get("value"))
        if value is None or value < 0 or start is None or pd.isna(start):
            continue
        near = text[max(int(start) - SIGN_WINDOW, 0):int(end or start) + SIGN_WINDOW]
        m["signed_in_words"] = bool(_SIGN_WORDS_RE.search(near))


def _same_clock(s: Mention, t: Mention) -> bool:
    """One clock time, one side on a 12-hour clock: ``at ten`` / ``สี่ทุ่ม`` (22:00),
    ``twelve-thirty`` / ``เที่ยงครึ่ง``, ``nine o'clock`` / ``21.00 น.``."""
    a, b = _clock(s), _clock(t)
    if a is None or b is None or "time" not in (_str(s["kind"]), _str(t["kind"])):
        return False
    return a[1] == b[1] and a[0] % 12 == b[0] % 12 and (_twelve_hour(s) or _twelve_hour(t))


def _clock(m: Mention) -> tuple[int, int] | None:
    """(hour, minute) of a time, or of a bare count 1–12 (``at ten``)."""
    v, kind = _num(m.get("value")), _str(m["kind"])
    if v is None or _vague(m) or _num(m.get("value_max")) is not None:
        return None
    if kind == "time":
        return int(v), round((v - int(v)) * 60)
    if kind == "cardinal" and v.is_integer() and 1 <= v <= 12 and not _str(m.get("unit")):
        return int(v), 0
    hm = _DECIMAL_CLOCK.fullmatch(str(m["text"]))
    if kind == "cardinal" and hm is not None and int(hm["m"]) < 60:
        return int(hm["h"]), int(hm["m"])  # "at 7.45 in the evening"
    return None


_DECIMAL_CLOCK = re.compile(r"(?P<h>[1-9]|1[0-2])\.(?P<m>[0-5][0-9])")
"""A decimal that reads as a 12-hour clock time (``7.45``)."""


_DAY_PART = re.compile(r"[aApP]\.?[mM]\b|น\.|นาฬิกา|เช้า|เย็น|บ่าย|ทุ่ม|ตี|คืน")
"""Words that fix a clock time to one half of the day (a.m./p.m., Thai clock words)."""


def _twelve_hour(m: Mention) -> bool:
    """A count, or a time of at most 12 o'clock written with no a.m./p.m. or day part."""
    v = _num(m.get("value"))
    return _str(m["kind"]) == "cardinal" or (
        v is not None and v < 13 and not _DAY_PART.search(str(m["text"])))


def _same_role(s: Mention, t: Mention) -> bool:
    """Two numbers in digits of one kind, two counts other than one (an article), or
    two clock times or two durations however written (``9pm`` / ``สี่ทุ่ม``): one number
    whose value was changed."""
    kind = _str(s["kind"])
    if kind != _str(t["kind"]) or _vague(s) or _vague(t):
        return False
    if kind == "cardinal" and 1 not in (_num(s.get("value")), _num(t.get("value"))):
        return True  # "three match points" / "สองครั้ง": one count changed, not two rows
    return kind in ("time", "duration") or (
        bool(digit_groups(str(s["text"]))) and bool(digit_groups(str(t["text"]))))


def _unit_ok(s: Mention, t: Mention) -> bool:
    us, ut = _str(s.get("unit")), _str(t.get("unit"))
    return us is None or ut is None or us.lower() == ut.lower() or not (
        us.isascii() and ut.isascii())


def _value_distance(s: Mention, t: Mention) -> float:
    a, b = _num(s.get("value")), _num(t.get("value"))
    if a is None or b is None:
        return math.inf
    unit = 0.0 if _str(s.get("unit")) == _str(t.get("unit")) else 1.0
    return unit + abs(math.log((abs(a) + 1) / (abs(b) + 1)))


# ------------------------------------------------------------------ parts of a mention
def _parts(src: list[Mention], tgt: list[Mention], kept: dict[int, int]
           ) -> tuple[dict[int, int], dict[int, int]]:
    """Unpaired numbers that are a part of a mention of the other side in their bead:
    source index → target index, target index → source index."""
    used_tgt = set(kept.values())
    covered_src = {i: j for i, s in enumerate(src) if i not in kept
                   for j in [_container(s, tgt)] if j is not None}
    covered_tgt = {j: i for j, t in enumerate(tgt) if j not in used_tgt
                   for i in [_container(t, src)] if i is not None}
    taken_src = set(kept) | set(covered_src) | set(covered_tgt.values())
    taken_tgt = used_tgt | set(covered_tgt) | set(covered_src.values())
    for i, s in enumerate(src):
        if i not in taken_src:
            covered_tgt.update(dict.fromkeys(_fraction_terms(s, tgt, taken_tgt), i))
    for j, t in enumerate(tgt):
        if j not in taken_tgt:
            covered_src.update(dict.fromkeys(_fraction_terms(t, src, taken_src), j))
    return covered_src, covered_tgt


def _fraction_terms(m: Mention, others: list[Mention], taken: set[int]) -> list[int]:
    """The counts of the other side's bead that write the fraction ``m`` as two
    numbers (``two-thirds`` / ``สองในสาม``, ``a quarter`` / ``หนึ่งในสี่``): its
    denominator, and its numerator unless that is 1 (often left as an article)."""
    key = _str(m["key"]) or ""
    if _str(m["kind"]) != "fraction" or not key.startswith("fraction:"):
        return []
    try:
        a, b = (float(x) for x in key.split(":", 1)[1].split("/"))
    except ValueError:
        return []
    found: dict[float, int] = {}
    for k, o in enumerate(others):
        v = _num(o.get("value"))
        if k not in taken and o["bead"] == m["bead"] and _str(o["kind"]) == "cardinal" \
                and v in (a, b) and v not in found:
            found[v] = k
    return list(found.values()) if b in found and (a in found or a == 1) else []


def _container(m: Mention, others: list[Mention]) -> int | None:
    inner = digit_groups(str(m["text"]))
    value = _num(m.get("value"))
    for k, o in enumerate(others):
        if o["bead"] != m["bead"] or _vague(m) or dates_differ(m["key"], o["key"]):
            continue
        outer = digit_groups(str(o["text"]))
        ends = value is not None and _num(o.get("value_max")) is not None and (
            _close(value, _num(o.get("value"))) or _close(value, _num(o.get("value_max"))))
        if contains(outer, inner) if inner else ends:
            return k
        if ends and _str(m["kind"]) == _str(o["kind"]) == "time":
            return k  # "from 8am to 5pm" / "08.00-17.00 น."
    return None


def _changes(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
             covered_src: dict[int, int], covered_tgt: dict[int, int]) -> dict[int, int]:
    """Numbers left in one sentence bead that are one number changed: src → tgt."""
    containers = set(covered_src.values()) | set(covered_tgt)
    taken = {**kept, **{i: -1 for i in [*covered_src, *covered_tgt.values()]}}
    taken.update({-1 - n: j for n, j in enumerate(containers)})
    before = set(taken)
    _pair(src, tgt, _same_role, _nearness()[0], _value_distance, taken)
    return {i: j for i, j in taken.items() if i not in before}


# ------------------------------------------------------------------ conversions
_OPEN_BRACKET_RE = re.compile(r"\s*[(\[]\s*(?:about|around|approx(?:imately|\.)?|roughly|"
                              r"c\.|some|ประมาณ|ราว|ราวๆ|~)?\s*$", re.IGNORECASE)
_CLOSE_BRACKET_RE = re.compile(r"\s?[^()\[\]\s]{0,12}(?:\s[^()\[\]\s]{1,12})?\s*[)\]]")
"""The end of a bracket holding a number and at most a two-word unit: ``155 miles)``."""


def _conversions(mentions: list[Mention], taken: set[int], text: str
                 ) -> dict[int, Mention]:
    """Unjoined numbers that only restate a joined number beside them in another unit,
    one of the two in brackets: ``250km (155 miles)``, ``15st (95kg)``, ``£10 ($13)``.
    Translators drop or add such conversions; the amount itself is kept."""
    out: dict[int, Mention] = {}
    for k in range(1, len(mentions)):
        prev, m = mentions[k - 1], mentions[k]
        if ((k - 1 in taken) == (k in taken)) or prev["bead"] != m["bead"] or \
                _vague(m) or _vague(prev):
            continue
        spans = [prev.get("end_char"), m.get("start_char"), m.get("end_char")]
        if any(x is None or pd.isna(x) for x in spans):
            continue
        ps, pe, me = (int(x) for x in spans if x is not None)
        # the unit of the number before may sit between it and the bracket: "250km ("
        gap = re.sub(r"^(?:\s?[^\s()\[\]0-9]{1,15}){0,2}", "", text[ps:pe])
        if _OPEN_BRACKET_RE.fullmatch(gap) and _CLOSE_BRACKET_RE.match(text, me) \
                and _convertible(_str(m["kind"]), _str(prev["kind"])):
            if k in taken:
                out[k - 1] = m
            else:
                out[k] = prev
    return out


_MEASURES = ("cardinal", "money", "duration", "percent")
"""Kinds a conversion in brackets can restate (not dates, years, scores, codes)."""


def _convertible(a: str | None, b: str | None) -> bool:
    """An amount restated in another unit, or a clock time in another zone
    (``08:15 local time (01:15 GMT)``)."""
    return (a in _MEASURES and b in _MEASURES) or a == b == "time"


# ------------------------------------------------------------------ unmatched numbers
def _bead_texts(ctx: _Context, taken: list[tuple[str, Mention]]
                ) -> dict[tuple[str, int], str]:
    """Text of each side of each sentence bead, with the numbers already joined blanked
    out (a value written once does not account for two numbers)."""
    out = {}
    for bead, s, t in zip(ctx.sent["bead_id"], ctx.sent["src_text"], ctx.sent["tgt_text"],
                          strict=True):
        out[("src", int(bead))] = _str(s) or ""
        out[("tgt", int(bead))] = _str(t) or ""
    for side, m in taken:
        key = (side, int(m["bead"]))
        if key in out:
            text = str(m["text"])
            out[key] = out[key].replace(text, " " * len(text), 1)
    return out


def _is_article_one(m: Mention) -> bool:
    """A Thai ``หนึ่ง`` written as a word (``คนหนึ่ง``): mostly the article "a"."""
    return _str(m["kind"]) in _COUNTS and _close(_num(m.get("value")), 1.0) and \
        "หนึ่ง" in str(m["text"])


_COUNTS = ("cardinal", "duration")
"""Kinds of a plain count (``1 ราย``, ``๑ ชั่วโมง``)."""
_EN_ARTICLE = re.compile(r"(?i)\b(?:a|an)\s+[a-z]")


def _counted_article(m: Mention, text: str, texts: dict[tuple[str, int], str]) -> bool:
    """A Thai ``1`` + classifier (``ผู้ต้องสงสัย 1 ราย``, ``1 ชั่วโมง``): how Thai news
    writes the English article ("a suspect", "an hour") when the English sentence has
    one; like ``คนหนึ่ง``, never a problem on its own."""
    if _str(m["kind"]) not in _COUNTS or not _close(_num(m.get("value")), 1.0) or \
            digit_groups(str(m["text"])) != ("1",):
        return False
    end = m.get("end_char")
    if _str(m["kind"]) == "cardinal" and (
            end is None or pd.isna(end) or not th.CLASSIFIER_RE.match(text, int(end))):
        return False  # a duration holds its unit of time, the classifier
    return bool(_EN_ARTICLE.search(texts.get(("src", int(m["bead"])), "")))


def _unmatched(m: Mention, side: str, texts: dict[tuple[str, int], str],
               omitted_beads: set[int]) -> list[dict[str, Any]]:
    """The row of a number with no partner: none when it is vague or a Thai article,
    ``format_only`` when the other side still writes its value, else missing/added."""
    if _vague(m) or (side == "tgt" and _is_article_one(m)):
        return []
    far, bead = "tgt" if side == "src" else "src", int(m["bead"])
    other = texts.get((far, bead), "")
    where = ""
    if not other.strip():  # a 1-0 bead: the sentence may have gone to a neighbour
        other = " ".join(texts.get((far, b), "") for b in range(bead - NUMBER_WINDOW,
                                                                  bead + NUMBER_WINDOW + 1))
        where = " in a neighbouring sentence"
    found = _written_in(m, values_in_text(other))
    if found is None and _str(m["kind"]) == "duration":
        found = unit_word_in(m.get("key"), other)
    s, t = (m, None) if side == "src" else (None, m)
    if found is not None:
        return [_number_row(s, t, "format_only",
                            f"written as {found!r}{where}, not read as a number")]
    if m["bead"] in omitted_beads:
        note = "sentence omitted" if side == "src" else "sentence added"
    else:
        note = ""
    return [_number_row(s, t, "missing" if side == "src" else "added", note)]


def _written_in(m: Mention, values: dict[float, str]) -> str | None:
    """How the other side writes the value of ``m`` (a decade also by its two last
    digits: ``the Seventies`` / ``ยุค 70``; a name with one number by that number:
    ``G7`` / ``Group of Seven``), or None."""
    value = _num(m.get("value"))
    groups = digit_groups(str(m["text"]))
    if value is None and _str(m["kind"]) == "code" and len(groups) == 1:
        value = float(groups[0])  # G7 / Group of Seven, Channel 4 / Channel Four
    if value is None:
        return None
    found = values.get(value)
    if found is None and _str(m["kind"]) == "decade":
        found = values.get(value % 100)
    if found is not None and _str(m["kind"]) == "ordinal" and \
            found.casefold() in _NOT_ORDINAL:
        return None  # "first" is not written by เดียว ("single")
    return found


_NOT_ORDINAL = frozenset({"เดียว", "single", "alone", "once", "pair", "couple", "both",
                          "twice", "double", "คู่"})
"""Words that write a count, never a rank: no trace of an ordinal."""


# ------------------------------------------------------------------ rows
def _fmt(v: Any) -> str:
    return "?" if v is None or pd.isna(v) else f"{float(v):,.10g}"


def _change_note(s: Mention, t: Mention) -> str:
    if _str(s["kind"]) == _str(t["kind"]) == "date":
        return f"{str(s['key'])[5:]} → {str(t['key'])[5:]}"
    us, ut = _str(s.get("unit")) or "", _str(t.get("unit")) or ""
    return f"{_fmt(s['value'])}{' ' + us if us else ''} → {_fmt(t['value'])}" \
        f"{' ' + ut if ut else ''}"


_ASCII_DIGITS = re.compile(r"[0-9]")
_MAGNITUDE = re.compile(r"thousand|million|billion|trillion|พัน|หมื่น|แสน|ล้าน", re.IGNORECASE)
"""A scale word ("55 million", "55 ล้าน") makes a kept value ``format_only``: the
digits as written are not the value."""
_CURRENCY_SYMBOL = re.compile("[$£€¥฿₫]")
"""A currency written as a symbol on one side and as a word on the other is
``format_only`` (``$75`` / ``75 ดอลลาร์``)."""


def _kept_row(s: Mention, t: Mention, *, moved: bool = False) -> dict[str, Any]:
    status, note = _pair_status(s, t)
    if moved:
        note = "; ".join(x for x in (note, "moved to another part of the article") if x)
    if not _same_key(s, t) and status == "match":
        status = "format_only"
    if not _same_key(s, t):
        why = f"{_str(s['kind'])} / {_str(t['kind'])}" if s["kind"] != t["kind"] else \
            "read differently"
        a, b = _num(s.get("value")), _num(t.get("value"))
        if a is not None and b is not None and (a < 0) != (b < 0):
            why = "the minus sign written in words"
        elif (_str(s.get("unit")) is None) != (_str(t.get("unit")) is None):
            why = f"{_str(s.get('unit')) or _str(t.get('unit'))} written on one side only"
        note = "; ".join(x for x in (note, why) if x)
    return _number_row(s, t, status, note)


def _pair_status(s: Mention, t: Mention) -> tuple[str, str]:
    qs, qt = _str(s.get("qualifier")), _str(t.get("qualifier"))
    if qs != qt and frozenset({qs, qt}) not in QUALIFIER_EQUIVALENT:
        return "qualifier_changed", f"{qs or 'exact'} → {qt or 'exact'}"
    st, tt = str(s["text"]), str(t["text"])
    magnitude = bool(_MAGNITUDE.search(st) or _MAGNITUDE.search(tt))
    symbol = bool(_CURRENCY_SYMBOL.search(st)) != bool(_CURRENCY_SYMBOL.search(tt))
    if _ASCII_DIGITS.findall(st) == _ASCII_DIGITS.findall(tt) and not magnitude and \
            not symbol and _str(s.get("calendar")) == _str(t.get("calendar")):
        return "match", ""
    why = ["magnitude in words"] if magnitude else []
    if symbol:
        why.append("currency symbol / word")
    if _str(s.get("calendar")) != _str(t.get("calendar")):
        why.append(f"calendar {_str(s.get('calendar')) or 'CE'} → "
                   f"{_str(t.get('calendar')) or 'CE'}")
    if any(c in THAI_DIGITS for c in tt) and not any(c in THAI_DIGITS for c in st):
        why.append("Thai digits")
    return "format_only", "; ".join(why) or "written differently"


def _number_row(s: Mention | None, t: Mention | None, status: str,
                note: str) -> dict[str, Any]:
    main = s if s is not None else t
    assert main is not None
    row = {"bead_id": main["bead"], "kind": _str(main["kind"]),
           "key": _str(main["key"]), "status": status, "note": note}
    for prefix, m in (("src", s), ("tgt", t)):
        m = m or {}
        row.update({f"{prefix}_text": m.get("text"), f"{prefix}_value": m.get("value"),
                    f"{prefix}_qualifier": _str(m.get("qualifier")),
                    f"{prefix}_para_id": m.get("para_id"),
                    f"{prefix}_start_char": m.get("start_char"),
                    f"{prefix}_end_char": m.get("end_char")})
    return row
