"""Numbers that are a part of a mention of the other side, not numbers lost.

``£5,000`` in ``3,000-5,000 ปอนด์``, ``49`` in ``1 มกราคม 49``, the two ends of a range
written as two numbers (``from 16/7 to 28/7`` / ``16–28 กรกฎาคม``), the two counts that
write a fraction (``two-thirds`` / ``สองในสาม``), the "one" of "one in 20".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from .context import _str
from .evidence import (
    contains,
    contains_whole,
    date_ends,
    dates_differ,
    digit_groups,
    has_magnitude,
)
from .number_pairs import Mention, _close, _num, _vague
from .number_rows import _change_note


# ------------------------------------------------------------------ parts of a mention
def _parts(src: list[Mention], tgt: list[Mention], kept: dict[int, int]
           ) -> tuple[dict[int, int], dict[int, int]]:
    """Unpaired numbers that are a part of a mention of the other side in their bead:
    source index → target index, target index → source index."""
    used_tgt = set(kept.values())
    back = {j: i for i, j in kept.items()}
    covered_src = _split_scores(src, tgt, kept)
    covered_src.update({i: j for i, s in enumerate(src) if i not in kept and i not in covered_src
                        for j in [_container(s, tgt, _explained(s, src, back))] if j is not None})
    covered_tgt = {j: i for j, t in enumerate(tgt) if j not in used_tgt
                   for i in [_container(t, src, _explained(t, tgt, kept))] if i is not None}
    taken_src = set(kept) | set(covered_src) | set(covered_tgt.values())
    taken_tgt = used_tgt | set(covered_tgt) | set(covered_src.values())
    for i, s in enumerate(src):
        # a container may have taken one end already: "Dec 29" in ``29 ธันวาคม 2569
        # ถึงวันที่ 4 มกราคม 2570`` leaves "Jan 4, 2027" its other end, not a change
        mine = {j for j, k in covered_tgt.items() if k == i}
        if i not in kept and i not in covered_src and (i not in taken_src or mine):
            terms = _fraction_terms(s, tgt, taken_tgt - mine) or \
                _range_terms(s, tgt, taken_tgt - mine)
            covered_tgt.update(dict.fromkeys(terms, i))
            taken_tgt.update(terms)
    for j, t in enumerate(tgt):
        mine = {i for i, k in covered_src.items() if k == j}
        if j not in used_tgt and j not in covered_tgt and (j not in taken_tgt or mine):
            terms = _fraction_terms(t, src, taken_src - mine) or \
                _range_terms(t, src, taken_src - mine)
            covered_src.update(dict.fromkeys(terms, j))
            taken_src.update(terms)
    return covered_src, covered_tgt


SPLIT_SCORE_MAX = 30
"""Highest figure of a result written as two numbers around a name."""
SPLIT_SCORE_GAP = 40
"""Most characters between the two figures of such a result (a team's name)."""


def _span_of(m: Mention) -> tuple[int, int] | None:
    start, end = m.get("start_char"), m.get("end_char")
    if start is None or end is None or start != start or end != end:  # NaN
        return None
    return int(start), int(end)


def _split_scores(src: list[Mention], tgt: list[Mention], kept: dict[int, int]
                  ) -> dict[int, int]:
    """Results written as two figures around the second team's name ("Chiang Rai United
    0 Prachuap 1; Nakhon Ratchasima 2 Lamphun Warriors 2") and, on the other side, as one
    score (``เชียงราย ยูไนเต็ด 0-1 พีที ประจวบ``): each two figures in a row are the parts
    of the next unjoined score of their bead that writes them in that order (a score
    does not take a lone figure that belongs to a later result). Source index → target
    index."""
    out: dict[int, int] = {}
    used = set(kept.values())
    order = sorted((k for k, m in enumerate(src) if _span_of(m) is not None),
                   key=lambda k: _span_of(src[k]) or (0, 0))
    for a, b in itertools.pairwise(order):
        x, y = src[a], src[b]
        sx, sy = _span_of(x), _span_of(y)
        vx, vy = _num(x.get("value")), _num(y.get("value"))
        if a in kept or b in kept or a in out or b in out or sx is None or sy is None or \
                x["bead"] != y["bead"] or _vague(x) or _vague(y) or vx is None or vy is None \
                or not all(_str(m["kind"]) == "cardinal" and v.is_integer() and
                           0 <= v <= SPLIT_SCORE_MAX for m, v in ((x, vx), (y, vy))) or \
                not 0 < sy[0] - sx[1] <= SPLIT_SCORE_GAP:
            continue
        want = (str(int(vx)), str(int(vy)))
        score = next((j for j, t in enumerate(tgt) if j not in used and
                      t["bead"] == x["bead"] and _str(t["kind"]) in ("score", "range") and
                      digit_groups(str(t["text"])) == want), None)
        if score is not None:
            out[a] = out[b] = score
            used.add(score)
    return out


def _range_terms(m: Mention, others: list[Mention], taken: set[int]) -> list[int]:
    """The two numbers of the other side's bead that write the range ``m`` as its two
    ends (``from 16/7 to 28/7`` / ``16–28 กรกฎาคม``, ``từ năm 2019 đến năm 2021`` /
    ``ระหว่างปี 2562–2564``, "between 40 and 60" / ``40–60``): the same span, or none."""
    kind, key = _str(m["kind"]) or "", _str(m["key"]) or ""
    cands = [k for k, o in enumerate(others) if k not in taken and o["bead"] == m["bead"]
             and not _vague(o)]
    if kind == "date" and "/" in key:
        ends = key.split(":", 1)[1].split("/")
        found = [next((k for k in cands if _str(others[k]["kind"]) == "date" and
                       "/" not in (_str(others[k]["key"]) or "/") and
                       not dates_differ(others[k]["key"], "date:" + end)), None)
                 for end in ends]
    else:
        lo, hi = _num(m.get("value")), _num(m.get("value_max"))
        if lo is None or hi is None:
            return []
        end_kind = "year" if kind == "year_range" else kind
        found = [next((k for k in cands if _str(others[k]["kind"]) == end_kind
                       and _num(others[k].get("value_max")) is None
                       and _str(others[k].get("unit")) == _str(m.get("unit"))
                       and _close(_num(others[k].get("value")), v)), None)
                 for v in (lo, hi)]
    if len(found) != 2 or None in found or found[0] == found[1]:
        return []
    return [k for k in found if k is not None]


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


def _share_note(s: Mention, t: Mention) -> str:
    """The change note; a share "N in M" changed to a fraction as ``N/M → 3/5``."""
    if s.get("denominator") and _str(t["kind"]) == "fraction":
        key = (_str(t["key"]) or "").split(":", 1)[-1]
        return f"{s.get('numerator') or 1:,.10g}/{_num(s.get('value')) or 0:,.10g} → {key}"
    return _change_note(s, t)


def _one_in(src: list[Mention], tgt: list[Mention], changed: dict[int, int],
            taken: dict[int, int]) -> dict[int, int]:
    """The "one" of "one in 20" (the "two" of "two in five") whose 20 was joined,
    changed, to a fraction of the other side (``หนึ่งในสิบ``, ``สามในห้า``): a part of
    that share, not a number lost. Source index → target index."""
    out = {}
    for i, j in changed.items():
        if not src[i].get("denominator") or _str(tgt[j]["kind"]) != "fraction":
            continue
        top = src[i].get("numerator") or 1.0
        for k, o in enumerate(src):
            end, start = o.get("end_char"), src[i].get("start_char")
            if k not in taken and k not in changed and o["bead"] == src[i]["bead"] and \
                    _close(_num(o.get("value")), float(top)) and end is not None and \
                    start is not None and 0 <= int(start) - int(end) <= 12:
                out[k] = j
    return out


def _explained(m: Mention, same_side: list[Mention], partner: dict[int, int]
               ) -> Callable[[int], bool]:
    """Whether a mention of the other side (by index) is already joined to a mention of
    ``m``'s side that writes ``m``'s digits itself: ``VND10-14 million`` joined to
    ``10-14 ล้านดอง`` leaves no ``10`` in that range for the ``10`` of "10 points"
    (a value written once does not account for two numbers); nor "two" of "a 2-2 draw,
    two points more" for the ``2-2`` joined to ``2-2``."""
    inner = digit_groups(str(m["text"]))

    def explained(k: int) -> bool:
        p = partner.get(k)
        if p is None:
            return False
        if not inner:  # a word number: "two" is no part of a 2-2 joined to "2-2"
            o, v = same_side[p], _num(m.get("value"))
            return v is not None and _str(o["kind"]) in ("score", "range") and \
                (_close(v, _num(o.get("value"))) or _close(v, _num(o.get("value_max"))))
        own = digit_groups(str(same_side[p]["text"]))
        return own == inner or contains(own, inner)
    return explained


def _container(m: Mention, others: list[Mention],
               explained: Callable[[int], bool] | None = None) -> int | None:
    inner = digit_groups(str(m["text"]))
    value = _num(m.get("value"))
    for k, o in enumerate(others):
        if o["bead"] != m["bead"] or _vague(m) or dates_differ(m["key"], o["key"]):
            continue
        if explained is not None and explained(k):
            continue  # its digits are the other side's partner's own
        if _str(m["kind"]) == "ordinal" and _str(o["kind"]) == "score":
            continue  # "eighth title" / สมัยที่แปด is no part of a 7-6 win
        if _compound(m) and _compound(o) and not _close(value, _num(o.get("value"))):
            continue  # "8 years and three months" is no part of ``8 ปี 6 เดือน``: changed
        if _num(m.get("value_max")) is not None and _num(o.get("value_max")) is not None \
                and not (_close(value, _num(o.get("value")))
                         and _close(_num(m.get("value_max")), _num(o.get("value_max")))):
            continue  # a range is no part of another range: "6.30-10am" / "6.30-10.01 น."
        if _str(m["kind"]) == "year" and _str(o["kind"]) == "date" and value is not None \
                and any(y is not None and int(y) == value for y, _, _ in date_ends(o["key"])):
            return k  # "March 12, 13 and 14, 2027" / ``12, 13 และ 14 มีนาคม 2570``
        outer = digit_groups(str(o["text"]))
        ends = value is not None and _num(o.get("value_max")) is not None and (
            _close(value, _num(o.get("value"))) or _close(value, _num(o.get("value_max"))))
        if has_magnitude(str(m["text"])) and not ends:
            continue  # "8 หมื่น" (80,000) is no part of "8,000": its digits are not its value
        if (contains(outer, inner) and (_str(o["kind"]) in ("date", "time", "score")
                                        or contains_whole(str(o["text"]), inner)
                                        or _cut(value, _num(o.get("value"))))) \
                if inner else ends:
            return k
        if ends and (has_magnitude(str(m["text"])) or has_magnitude(str(o["text"]))):
            return k  # "$14 billion" / "8,000 ล้าน ถึง 1.4 หมื่นล้านดอลลาร์": other digits
        if ends and _str(m["kind"]) == _str(o["kind"]) == "time":
            return k  # "from 8am to 5pm" / "08.00-17.00 น."
    return None


_TIME_UNIT_RE = re.compile(r"(?i)year|month|week|day|hour|minute|second|hr|min|ปี|เดือน|"
                           r"สัปดาห์|อาทิตย์|วัน|ชั่วโมง|ชม\.|นาที|วินาที")


def _compound(m: Mention) -> bool:
    """A length of time in two units (``12 years and six months``, ``12 ปี 9 เดือน``):
    a whole, no part of another such whole."""
    return _str(m["kind"]) == "duration" and len(_TIME_UNIT_RE.findall(str(m["text"]))) >= 2


CUT_TOLERANCE = 1e-3
"""Most relative difference of an amount cut at its first digit groups (``1,713,548
billion`` / "1.713 quadrillion"): its digits are a prefix of the other's."""


def _cut(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and b != 0 and abs(a - b) / abs(b) < CUT_TOLERANCE
