"""Numbers left unjoined that are one number changed: ``mismatch`` pairs.

Two numbers of one role left in a sentence bead (or the only one of its kind and unit
left in a paragraph bead), a vague quantity written at another order of magnitude
(``Hundreds of`` / ``หลายพัน``), one end of a range the other side writes as two
amounts.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from ..numbers import en, th
from .context import _nearness, _pair, _str
from .evidence import digit_groups
from .number_pairs import Mention, Test, _close, _num, _unit_ok, _vague, _value_distance
from .number_pairs import _same_role as _same_kind_role
from .number_units import _other_dimension


def _same_role(s: Mention, t: Mention) -> bool:
    """Two numbers left in one bead that are one number changed
    (:func:`~massmob_nlp.comparison.number_pairs._same_role`), never two measurements
    of different dimensions (``60 km/h`` / ``17,500 ไร่``: a speed, an area)."""
    if s.get("rate_quote") and t.get("rate_quote"):
        return True  # "33.15 against the dollar" / ``33.51 บาทต่อดอลลาร์``: one rate
    if s.get("dateline") or t.get("dateline"):
        return False  # "MADRID, Nov 30 (Reuters) -": the filing day, no event's date
    return not _other_dimension(s, t) and _same_kind_role(s, t)


_RATE_AFTER = re.compile(
    r"\s*(?:(?:against|to|per|a)\s+(?:the\s+|one\s+|each\s+)?(?:U\.?S\.?\s+)?"
    r"(?:dollar|greenback)\b|(?:บาท\s*)?(?:ต่อ|ต่อหนึ่ง|ต่อ\s*1)\s*(?:ดอลลาร์|เหรียญ))")
"""Words after a number that make it an exchange rate quoted against the dollar."""


def _rate_quotes(mentions: list[Mention], text: str) -> None:
    """Mark ``rate_quote`` on a plain number or an amount quoted against the dollar:
    English writes the baht's rate as a bare number (``weakened to 33.15 against the
    US dollar``, ``34 per dollar``), Thai as baht per dollar (``33.51
    บาทต่อดอลลาร์สหรัฐ``); both are one exchange rate."""
    for m in mentions:
        end = _num(m.get("end_char"))
        if end is not None and _str(m["kind"]) in ("cardinal", "money") and \
                not _vague(m) and _RATE_AFTER.match(text, int(end)):
            m["rate_quote"] = True


def _changes(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
             covered_src: dict[int, int], covered_tgt: dict[int, int]) -> dict[int, int]:
    """Numbers left in one sentence bead that are one number changed: src → tgt."""
    containers = set(covered_src.values()) | set(covered_tgt)
    taken = {**kept, **{i: -1 for i in [*covered_src, *covered_tgt.values()]}}
    taken.update({-1 - n: j for n, j in enumerate(containers)})
    before = set(taken)
    _pair_closest(src, tgt, _same_role, _nearness()[0], taken)
    _pair(src, tgt, _alone_in_paragraph(src, tgt, taken), _nearness()[1], _value_distance,
          taken)
    return {i: j for i, j in taken.items() if i not in before}


def _digits(m: Mention) -> str:
    return "".join(sorted("".join(digit_groups(str(m["text"])))))


def _change_cost(s: Mention, t: Mention) -> tuple[int, float]:
    """How unlike two numbers of one changed pair are: the same digits in another
    order or place first (``22.5`` / ``25.2``, ``124.6 billion`` / ``1.246 หมื่นล้าน``),
    then how far apart their values are."""
    return int(not _digits(s) or _digits(s) != _digits(t)), _value_distance(s, t)


def _pair_closest(src: list[Mention], tgt: list[Mention], same: Test, near: Test,
                  taken: dict[int, int]) -> None:
    """Join the changed pairs of a bead closest pair first (:func:`_change_cost`), not
    source first: "an additional 2 percentage points … raised to 22.5 per cent" with
    ``ร้อยละ 25.2`` left alone in the Thai (the points dropped) is 22.5 changed, not 2.
    ``taken`` (source index → target index) is updated in place."""
    used = set(taken.values())
    cands = sorted((_change_cost(s, t), abs(t["bead"] - s["bead"]), i, j)
                   for i, s in enumerate(src) if i not in taken
                   for j, t in enumerate(tgt) if j not in used and near(s, t) and same(s, t))
    for _, _, i, j in cands:
        if i not in taken and j not in used:
            taken[i] = j
            used.add(j)


def _alone_in_paragraph(src: list[Mention], tgt: list[Mention], taken: dict[int, int]
                        ) -> Test:
    """One number changed where the translator cut the sentences elsewhere (``… from
    £421m, while revenue dropped 4% to £2.97bn.`` / ``… 2,790 ล้านปอนด์`` in the next
    Thai sentence): the only number of its kind and unit left on each side of a
    paragraph bead, both in digits (or clock times), one number changed."""
    used = set(taken.values())

    def sort(m: Mention) -> tuple[int, str, str]:
        return int(m["pbead"]), _str(m["kind"]) or "", (_str(m.get("unit")) or "").lower()

    left_s = Counter(sort(m) for i, m in enumerate(src) if i not in taken and not _vague(m))
    left_t = Counter(sort(m) for j, m in enumerate(tgt) if j not in used and not _vague(m))

    def same(s: Mention, t: Mention) -> bool:
        if int(s["pbead"]) < 0 or left_s[sort(s)] != 1 or left_t[sort(s)] != 1 or \
                sort(s) != sort(t) or not _same_role(s, t):
            return False
        return _str(s["kind"]) == "time" or (
            bool(digit_groups(str(s["text"]))) and bool(digit_groups(str(t["text"]))))
    return same


def _vague_scale(m: Mention) -> int | None:
    """The power of ten of a vague plural of scale (``hundreds of thousands`` 5,
    ``dozens`` 1, ``หลายพัน`` 3, ``หลักหมื่น`` 4), or None for another number."""
    value = _num(m.get("value"))
    text = str(m["text"])
    if not _vague(m) or value is None or value < 10 or _str(m["kind"]) != "cardinal" or \
            not (en.VAGUE_RE.fullmatch(text) or th.VAGUE_RE.fullmatch(text)):
        return None
    return math.floor(math.log10(value) + 1e-9)


def _vague_changes(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
                   covered_src: dict[int, int], covered_tgt: dict[int, int]
                   ) -> dict[int, int]:
    """A vague quantity the translator wrote at another order of magnitude: the one
    vague plural of scale left on each side of a sentence bead (``Hundreds of people``
    / ``หลายพันคน``, ``hundreds of thousands of tonnes`` / ``หลายหมื่นตัน``); ``dozens``
    and ``หลายสิบ`` are one magnitude. Source index → target index."""
    taken_s = set(kept) | set(covered_src) | set(covered_tgt.values())
    taken_t = set(kept.values()) | set(covered_tgt) | set(covered_src.values())
    free_s: dict[int, list[int]] = {}
    free_t: dict[int, list[int]] = {}
    for ms, taken, free in ((src, taken_s, free_s), (tgt, taken_t, free_t)):
        for k, m in enumerate(ms):
            if k not in taken and _vague_scale(m) is not None:
                free.setdefault(int(m["bead"]), []).append(k)
    out: dict[int, int] = {}
    for bead, ss in free_s.items():
        ts = free_t.get(bead, [])
        if len(ss) == 1 and len(ts) == 1 and \
                _vague_scale(src[ss[0]]) != _vague_scale(tgt[ts[0]]):
            out[ss[0]] = ts[0]
    return out


_RANGE_KINDS = frozenset({"money", "percent", "cardinal", "duration"})


def _range_ends(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
                covered_src: dict[int, int], covered_tgt: dict[int, int]
                ) -> list[tuple[int, int, str]]:
    """One end of a range changed where the other side writes the two ends as two
    amounts (``from £25 to £27`` / ``จาก 25 ปอนด์ เป็น 29 ปอนด์``): the range, one end
    kept as a part of it, and the one amount of its kind left in its sentence bead,
    which is the other end changed. ``(source index, target index, note)``."""
    taken_s = set(kept) | set(covered_src) | set(covered_tgt.values())
    taken_t = set(kept.values()) | set(covered_tgt) | set(covered_src.values())
    out: list[tuple[int, int, str]] = []
    for side, parts in (("src", covered_tgt), ("tgt", covered_src)):
        # parts: a mention of the other side -> the range (of this side) holding it
        ranges, others = (src, tgt) if side == "src" else (tgt, src)
        taken_other = taken_t if side == "src" else taken_s
        held: dict[int, list[int]] = {}
        for part, whole in parts.items():
            held.setdefault(whole, []).append(part)
        for whole, got in held.items():
            r = ranges[whole]
            lo, hi = _num(r.get("value")), _num(r.get("value_max"))
            if len(got) != 1 or lo is None or hi is None or _vague(r) or \
                    _str(r["kind"]) not in _RANGE_KINDS:
                continue
            have = _num(others[got[0]].get("value"))
            end = hi if _close(have, lo) else lo if _close(have, hi) else None
            if end is None:
                continue
            cands = [k for k, o in enumerate(others)
                     if k not in taken_other and o["bead"] == r["bead"] and not _vague(o)
                     and _str(o["kind"]) == _str(r["kind"]) and _unit_ok(r, o)
                     and _num(o.get("value")) is not None
                     and _num(o.get("value_max")) is None]
            if len(cands) != 1:
                continue
            k = cands[0]
            taken_other.add(k)
            other = _num(others[k].get("value"))
            a, b = (end, other) if side == "src" else (other, end)
            note = f"{a:,.10g} → {b:,.10g}; one end of {str(r['text'])!r}"
            out.append((whole, k, note) if side == "src" else (k, whole, note))
    return out


def _qualifier_misses(s: Mention, t: Mention) -> int:
    return int(_str(s.get("qualifier")) != _str(t.get("qualifier")))


def _repartner(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
               changed: dict[int, int], moved: set[int]) -> None:
    """A value said twice on one side of a sentence bead and changed once on the other
    (``about 16 knots from 20 … at 16 knots`` / ``ราว 18 นอต จาก 20 … ด้วยความเร็ว 16
    นอต``): the greedy join keeps the first copy and calls the second changed. The two
    copies swap partners when that gives more pairs one qualifier (``about`` /
    ``ราว``), or, the qualifiers alike, when it keeps the order of the bead. ``kept``
    and ``changed`` (source index → target index) are updated in place; a pair kept
    across a moved passage (``moved``) stays."""
    for i2, j2 in list(changed.items()):
        for i, j in list(kept.items()):
            if i == i2 or j == j2 or i not in kept or i in moved or changed.get(i2) != j2 or not (
                    src[i]["bead"] == src[i2]["bead"] == tgt[j]["bead"] == tgt[j2]["bead"]):
                continue
            if _str(src[i]["key"]) != _str(src[i2]["key"]) and \
                    _str(tgt[j]["key"]) != _str(tgt[j2]["key"]):
                continue  # no value said twice: swapping would join two other values
            now = _qualifier_misses(src[i], tgt[j]) + _qualifier_misses(src[i2], tgt[j2])
            then = _qualifier_misses(src[i2], tgt[j]) + _qualifier_misses(src[i], tgt[j2])
            crossed = (_start(src[i]) < _start(src[i2])) != (_start(tgt[j]) < _start(tgt[j2]))
            if then < now or (then == now and crossed):
                del kept[i], changed[i2]
                if _str(src[i]["key"]) == _str(src[i2]["key"]):  # said twice in the source
                    kept[i2], changed[i] = j, j2
                else:  # said twice in the target
                    kept[i], changed[i2] = j2, j
                break


def _start(m: Mention) -> float:
    v = _num(m.get("start_char"))
    return -1.0 if v is None else v


def _repartner_leftovers(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
                         changed: dict[int, int], moved: set[int], busy_src: set[int],
                         busy_tgt: set[int]) -> None:
    """A value said twice on one side and once on the other, beside a number of the
    same role the join left alone in its paragraph (``The second seed, ranked No.3`` /
    ``มือวางอันดับ 3
    … และมืออันดับ 3 ของโลก``, "second" changed to 3 in a clause the translator moved
    into the lead): the greedy join gave the once-said value the first copy. When
    giving it the other copy keeps the order of both sides, it takes that one, and the
    number left alone is the changed partner of the copy it freed (kept, when the two
    write one value: see :func:`_freed`). ``busy_src`` and
    ``busy_tgt``: indices explained so far; a pair kept across a moved passage
    (``moved``) stays; ``kept`` and ``changed`` are updated."""
    for i, j in sorted(kept.items()):
        if i in moved or kept.get(i) != j:
            continue
        free_s = [u for u, s in enumerate(src) if u not in busy_src and u not in kept and
                  u not in changed and s["pbead"] == src[i]["pbead"]]
        free_t = [v for v, t in enumerate(tgt) if v not in busy_tgt and
                  v not in kept.values() and v not in changed.values() and
                  t["pbead"] == tgt[j]["pbead"]]
        for u in free_s:
            for v in free_t:
                if _str(tgt[v]["key"]) == _str(tgt[j]["key"]) and _same_role(src[u], tgt[j]) \
                        and (_start(src[i]) < _start(src[u])) == (_start(tgt[v]) < _start(tgt[j])):
                    kept[i] = v  # said twice in the target
                    _freed(src, tgt, u, j, kept, changed)
                elif _str(src[u]["key"]) == _str(src[i]["key"]) and \
                        _same_role(src[i], tgt[v]) and \
                        (_start(src[u]) < _start(src[i])) == (_start(tgt[j]) < _start(tgt[v])):
                    del kept[i]
                    kept[u] = j  # said twice in the source
                    _freed(src, tgt, i, v, kept, changed)
                else:
                    continue
                break
            else:
                continue
            break


def _freed(src: list[Mention], tgt: list[Mention], i: int, j: int, kept: dict[int, int],
           changed: dict[int, int]) -> None:
    """Join the number left alone to the copy its twin freed: kept when the two have one
    key (all four mentions write one value: "two on the lower river ... the Lao pair" /
    ``อีก 2 แห่ง ... สองเขื่อน``, the greedy join having paired the words), else changed."""
    if _str(src[i]["key"]) == _str(tgt[j]["key"]):
        kept[i] = j
    else:
        changed[i] = j


CLOSER_FACTOR = 10.0
"""How many times closer in value an unjoined number of the next sentence must be to
take a changed pair's target from its partner."""


def _closer_leftover(src: list[Mention], tgt: list[Mention], changed: dict[int, int],
                     busy_src: set[int]) -> None:
    """A changed pair whose target is far closer in value to an unjoined source number
    of the same kind in a neighbouring sentence of the paragraph: the sentence aligner
    gave the target's sentence to the wrong neighbour ("a turnout of 58.70 percent" /
    ``ร้อยละ 57.80`` aligned beside "2.10 percent of ballots cast"), or of its own
    sentence, far closer by the log of their ratio or of the target's sign where the
    partner is not (the greedy join of the sentence took its first number). The closer
    one takes the target; the other is left unjoined. ``changed`` is updated in place."""
    for i2, j in list(changed.items()):
        t, v2 = _num(tgt[j].get("value")), _num(src[i2].get("value"))
        if t is None or v2 is None or t == 0 or _str(src[i2]["kind"]) != _str(tgt[j]["kind"]):
            continue
        far = abs(v2 - t) / abs(t)
        for i3, o in enumerate(src):
            v3 = _num(o.get("value"))
            if i3 in busy_src or i3 in changed or v3 is None or \
                    _str(o["kind"]) != _str(src[i2]["kind"]) or \
                    abs(o["bead"] - src[i2]["bead"]) > 1 or o["pbead"] != src[i2]["pbead"] or \
                    _str(o.get("unit")) != _str(src[i2].get("unit")):
                continue
            if o["bead"] == src[i2]["bead"]:
                # the same sentence: the greedy join took the first number of the
                # sentence ("GDH 559, recorded 6.8 million views" / ``8.6 ล้านวิว``)
                # or the one of the target's sign (a goal difference of a table row:
                # "9 27 -18" / ``-16``)
                closer = (_value_distance(o, tgt[j]) * CLOSER_FACTOR <
                          _value_distance(src[i2], tgt[j]) or
                          ((t < 0) != (v2 < 0) and (t < 0) == (v3 < 0))) and \
                    _same_role(o, tgt[j])
            else:
                closer = abs(v3 - t) / abs(t) * CLOSER_FACTOR < far
            if closer:
                del changed[i2]
                changed[i3] = j
                break
