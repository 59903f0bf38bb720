"""Tests that two numbers written at different precision are one number.

A round lower bound in words (``more than a dozen`` / ``สิบกว่า``), an exact figure
restated as a bound on a round one ("410,000" / ``กว่า 4 แสนคน``), an amount rounded
to a Thai scale word (``2.15 หมื่นล้านดอลลาร์``), one decade in two calendars, one
share as a fraction and a percentage ("a third" / ``33%``).
"""

from __future__ import annotations

import math
import re

from .._text import thai_digits_to_arabic
from .context import _str
from .evidence import digit_groups, has_magnitude
from .number_pairs import DISTINCT_VALUE, Mention, _close, _num, _unit_ok, _vague

LOWER_BOUNDS = frozenset({"over", "at_least"})
ROUND_BOUND_RATIO = 1.25
"""Most that two round lower bounds may differ: ``more than a dozen`` / ``สิบกว่า``
("ten-odd")."""


def _same_round_bound(s: Mention, t: Mention) -> bool:
    """Two counts, both a lower bound (``more than``, ``กว่า``), at least one written
    in words, close in value: ``more than a dozen`` / ``สิบกว่าคน`` say the same vague
    amount; in digits (``more than 12`` / ``กว่า 10``) a changed bound is a change. So
    does a round count in words, exact or "about", at or a little above a lower bound
    of the other side ("perhaps a dozen" / ``ราวสิบกว่าคน``)."""
    if _str(s["kind"]) != "cardinal" or _str(t["kind"]) != "cardinal" or \
            _vague(s) or _vague(t) or not _unit_ok(s, t):
        return False
    qs, qt = _str(s.get("qualifier")), _str(t.get("qualifier"))
    if qs not in LOWER_BOUNDS and qt not in LOWER_BOUNDS:
        return False
    if digit_groups(str(s["text"])) and digit_groups(str(t["text"])):
        return False
    a, b = _num(s.get("value")), _num(t.get("value"))
    if a is None or b is None or a <= 0 or b <= 0 or \
            _num(s.get("value_max")) is not None or _num(t.get("value_max")) is not None:
        return False
    if qs not in LOWER_BOUNDS or qt not in LOWER_BOUNDS:
        # a round count in words, about or exact ("perhaps a dozen"), inside the
        # other side's vague bound (``สิบกว่าคน``, "ten-odd"): the same crowd
        loose = s if qs not in LOWER_BOUNDS else t
        lv, bv = (a, b) if loose is s else (b, a)
        return _str(loose.get("qualifier")) in (None, "about") and \
            not digit_groups(str(loose["text"])) and bv <= lv <= bv * ROUND_BOUND_RATIO
    return max(a, b) / min(a, b) <= ROUND_BOUND_RATIO


ROUND_FIGURE_DIGITS = 2
"""Most significant digits of the round figure of a loose bound (``กว่า 4 แสน``,
"nearly 1.5 million")."""


def _same_loose_bound(s: Mention, t: Mention) -> bool:
    """An exact figure restated loosely as a bound on a round figure: "410,000" / ``กว่า 4
    แสนคน`` (more than 400,000), "480,000" / "nearly half a million". Kept (the
    qualifier changed) when the round figure, of one or two significant digits, is the
    exact one cut at that digit for a lower bound (``over``, ``at_least``) or raised to
    the next such step for ``nearly``/``under``; ``กว่า 4 แสน`` for 520,000 is a change."""
    qs, qt = _str(s.get("qualifier")), _str(t.get("qualifier"))
    if (qs is None) == (qt is None) or _str(s["kind"]) != _str(t["kind"]) or \
            _str(s["kind"]) not in ("money", "cardinal") or _vague(s) or _vague(t) or \
            not _unit_ok(s, t) or _str(s.get("unit")) != _str(t.get("unit")) or \
            _num(s.get("value_max")) is not None or _num(t.get("value_max")) is not None:
        return False
    exact, bound = (s, t) if qs is None else (t, s)
    v, r = _num(exact.get("value")), _num(bound.get("value"))
    if v is None or r is None or v <= 0 or r <= 0 or _close(v, r):
        return False
    step = 10.0 ** math.floor(math.log10(r) + 1e-9)
    while not float(r / step).is_integer() and step > 1e-6:
        step /= 10  # the place of the round figure's last significant digit
    if round(r / step) >= 10 ** ROUND_FIGURE_DIGITS or r < DISTINCT_VALUE:
        return False  # no round figure, or a small count ("more than 10" for 12)
    q = _str(bound.get("qualifier"))
    if q in LOWER_BOUNDS:
        return r < v < r + step
    return q in ("nearly", "under") and r - step < v < r


SUMMARY_ROUND_DIGITS = 2
"""Most significant digits of a round figure a headline or summary gives for the
body's exact one (``กว่า 140``, ``ทะลุล้าน``, "nearly 1.5 million")."""


def round_bound_of(n: Mention, o: Mention) -> bool:
    """``n`` bounds the figure of ``o`` on a round figure of one or two significant
    digits, of at least :data:`DISTINCT_VALUE`: at or above it for "over"/``กว่า``/
    ``ทะลุ`` (140 for 143, a million for 1.1 million), below it for "nearly"/``เกือบ``
    (1.5 million for 1.46 million), within half a step for "about"/``ราว``."""
    q = _str(n.get("qualifier"))
    r, v = _num(n.get("value")), _num(o.get("value"))
    if q is None or r is None or v is None or r < DISTINCT_VALUE or v <= 0 or \
            _str(n["kind"]) != _str(o["kind"]) or _str(n.get("unit")) != _str(o.get("unit")) or \
            _num(n.get("value_max")) is not None or _num(o.get("value_max")) is not None:
        return False
    step = 10.0 ** math.floor(math.log10(r) + 1e-9)
    while not float(r / step).is_integer() and step > 1e-6:
        step /= 10  # the place of the round figure's last significant digit
    if round(r / step) >= 10 ** SUMMARY_ROUND_DIGITS:
        return False
    if q in ("over", "at_least"):
        return r <= v < r + step
    if q in ("nearly", "under", "at_most"):
        return r - step < v <= r
    return q == "about" and abs(v - r) <= step / 2


_TH_SCALED_RE = re.compile(r"(?P<n>[0-9][0-9,]*)(?:\.(?P<d>[0-9]+))?\s*(?:พัน|หมื่น|แสน|ล้าน)")
"""An amount written with a Thai scale word (``4.16 แสนล้าน``): its digits and decimals."""


ROUNDED_DIGITS = 2
"""Fewest significant digits a Thai amount rounded to a scale word keeps (``2.15
หมื่นล้าน``); one digit (``3 แสนล้าน`` for 330 billion) is another amount."""
TRUNCATED_DIGITS = 4
"""Fewest significant digits of a Thai amount cut, not rounded, at its last digit
(``1,713 ล้านล้าน`` for 1,713,548 billion: off by less than 0.1 %); at three digits the
cut is a changed figure (``1.84 หมื่นล้าน`` for $18.47 billion, which rounds to 1.85)."""


def _same_rounded(s: Mention, t: Mention) -> bool:
    """One amount rounded to a Thai scale word: translators give a precise figure
    (``₹41,635 crore``, ``$21.53 billion``) in Thai units at a few digits (``4.16
    แสนล้านรูปี``, ``2.15 หมื่นล้านดอลลาร์``). Kept when the Thai is the other value
    rounded at its own last digit (or cut there, at four digits or more) and less
    precise, at two significant digits or more; ``4.07 แสนล้าน`` for 400.7 billion and
    ``3 แสนล้าน`` for 330 billion are changes, and so is ``15 ล้าน`` for "15.5 million"
    (the Thai scale word of the source's own scale writes its digits as they are)."""
    if _str(s["kind"]) != _str(t["kind"]) or _str(s["kind"]) not in ("money", "cardinal") or \
            _vague(s) or _vague(t) or not _unit_ok(s, t) or \
            _num(s.get("value_max")) is not None or _num(t.get("value_max")) is not None:
        return False
    if _str(s.get("unit")) != _str(t.get("unit")):
        return False
    a, b = _num(s.get("value")), _num(t.get("value"))
    hit = _TH_SCALED_RE.search(thai_digits_to_arabic(str(t["text"])))
    if a is None or b is None or hit is None or a <= 0 or b <= 0 or _close(a, b):
        return False
    written = float(hit["n"].replace(",", "") + "." + (hit["d"] or "0"))
    if written <= 0:
        return False
    step = b / written * 10.0 ** -len(hit["d"] or "")
    precise = len(re.sub(r"0+$", "", "".join(digit_groups(str(s["text"])))).lstrip("0"))
    shown = len(re.sub(r"0+$", "", "".join(digit_groups(str(t["text"])))).lstrip("0"))
    if precise <= shown or shown < ROUNDED_DIGITS:
        return False  # P330 billion / ``3 แสนล้านเปโซ``: one digit left is another amount
    own = re.search(r"[0-9][0-9,]*(?:\.[0-9]+)?", thai_digits_to_arabic(str(s["text"])))
    if has_magnitude(str(s["text"])) and own is not None and \
            _close(a * written / b, float(own.group().replace(",", ""))):
        return False  # "15.5 million" / ``15 ล้าน``: the Thai scale word holds its digits
    if -step / 2 * (1 + 1e-9) <= a - b < step / 2 * (1 - 1e-9):
        return True  # rounded half up: 15,500,000 is ``16 ล้าน``, never ``15 ล้าน``
    # cut at its last digit: VND1,713,548 billion / ``1,713 ล้านล้านดอง``
    return shown >= TRUNCATED_DIGITS and 0 <= (a - b) / step < 1 - 1e-9



def rounded_across_kinds(s: Mention, t: Mention) -> bool:
    """``_same_rounded`` where one side names no currency: a Thai headline writes
    ``1.86 แสนล้าน`` for "186.4bn baht" (``s`` the English, ``t`` the Thai); the bare
    count takes the other's currency when it has no unit of its own."""
    kinds = {_str(s["kind"]), _str(t["kind"])}
    if kinds == {"money", "cardinal"}:
        money, bare = (s, t) if _str(s["kind"]) == "money" else (t, s)
        if _str(bare.get("unit")) is not None:
            return False
        bare = {**bare, "kind": "money", "unit": money.get("unit")}
        s, t = (money, bare) if money is s else (bare, money)
    return _same_rounded(s, t)

_BE_DECADE_RE = re.compile(r"2[4-6][0-9]0")
"""A decade written in Buddhist-Era digits (``ทศวรรษ 2520``)."""


def _same_decade(s: Mention, t: Mention) -> bool:
    """One decade in two calendars: a Buddhist-Era decade (``ทศวรรษ 2520``, BE 2520-2529,
    CE 1977-1986) never lines up with a Common-Era one, so Thai translators write the BE
    decade that overlaps the English one ("the late 1970s" / ``ปลายทศวรรษ 2520``; "the
    1980s" / ``ทศวรรษ 2520`` too). Two decades that share no year are a change."""
    if _str(s["kind"]) != "decade" or _str(t["kind"]) != "decade":
        return False
    if bool(_BE_DECADE_RE.search(str(s["text"]))) == bool(_BE_DECADE_RE.search(str(t["text"]))):
        return False  # one calendar: the key tells
    lo_s, hi_s = _num(s.get("value")), _num(s.get("value_max"))
    lo_t, hi_t = _num(t.get("value")), _num(t.get("value_max"))
    if lo_s is None or lo_t is None:
        return False
    return lo_s <= (hi_t if hi_t is not None else lo_t) and \
        lo_t <= (hi_s if hi_s is not None else lo_s)


def _same_share(s: Mention, t: Mention) -> bool:
    """One share written as a fraction on one side and a percentage on the other:
    ``up a quarter`` / ``เพิ่มขึ้น 25%``, ``half`` / ``50%``, ``a third`` / ``33%`` (the
    percentage rounded or cut at its last digit: "two-thirds" / ``66%`` or ``67%``;
    ``30%`` is another share)."""
    kinds = (_str(s["kind"]) or "", _str(t["kind"]) or "")
    if sorted(kinds) != ["fraction", "percent"] or _vague(s) or _vague(t):
        return False
    frac, pct = (s, t) if kinds[0] == "fraction" else (t, s)
    a, b = _num(frac.get("value")), _num(pct.get("value"))
    if a is None or b is None or _num(pct.get("value_max")) is not None:
        return False
    if _close(a * 100, b):
        return True
    # the share rounded at the percentage's last digit: "a third" / ``33%``, ``33.3%``
    decimals = re.search(r"[.,]([0-9]+)", thai_digits_to_arabic(str(pct["text"])))
    step = 10.0 ** -(len(decimals.group(1)) if decimals else 0)
    # or cut there: "two-thirds" / ``66%``
    return abs(a * 100 - b) <= step / 2 * (1 + 1e-9) or 0 <= a * 100 - b < step
