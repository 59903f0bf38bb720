"""How the join of :mod:`massmob_nlp.comparison.numbers` tries its pair tests.

Wrappers of a test (numbers written alike first; no vague word for digits; no points
for a share outside its sentence) and the passes over the whole article: two joins
that cross undone, the only one of a telling key left on each side, the numbers of a
paragraph the translator moved.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from .context import _Context, _pair, _str, column_list
from .evidence import digit_groups
from .number_pairs import Mention, Test, _close, _num, _same_key_alike, _vague, _value_distance
from .number_units import _both_multiples, _other_unit


def _no_points_for_shares(same: Test) -> Test:
    """``same``, except that a change in percentage points is never the partner of a
    share in per cent outside its own sentence bead (``the economy shrank 0.3%``,
    dropped, is no ``0.3 จุดเปอร์เซ็นต์`` paragraphs away, where the English has "0.2
    percentage points"). Thai news writes a change in points as ``ร้อยละ 0.25`` (25 bps),
    so only points written in the translation against a share in the source count;
    in one sentence a translator may write either."""
    def test(s: Mention, t: Mention) -> bool:
        units = (_str(s.get("unit")), _str(t.get("unit")))
        return not (_str(s["kind"]) == _str(t["kind"]) == "percent" and units == ("%", "pp")) \
            and same(s, t)
    return test


def _no_points_for_plain_shares(same: Test) -> Test:
    """``same``, except that a share in per cent of the source is never the same number
    as points in the translation (``spending rose 1.5 per cent`` / ``เพิ่มขึ้น 1.5
    จุดเปอร์เซ็นต์``: a relative change made absolute), unless its sentence names a
    rate, yield or share, whose change English writes loosely in per cent ("raised
    rates by 0.25%" / ``0.25 จุดเปอร์เซ็นต์``)."""
    def test(s: Mention, t: Mention) -> bool:
        units = (_str(s.get("unit")), _str(t.get("unit")))
        return not (_str(s["kind"]) == _str(t["kind"]) == "percent" and units == ("%", "pp")
                    and not s.get("rate_share")) and same(s, t)
    return test


def _no_other_denominator(same: Test) -> Test:
    """``same``, except for two rates or prices over different denominators (``5.5% a
    year`` / ``ร้อยละ 5.5 ต่อเดือน``, "$780 per tonne" / ``780 ดอลลาร์ต่อกิโลกรัม``): the
    same figure per another unit is one number changed. A denominator written on one
    side only is no evidence."""
    def test(s: Mention, t: Mention) -> bool:
        pers = (s.get("per"), t.get("per"))
        return not (None not in pers and pers[0] != pers[1]) and same(s, t)
    return test


def _no_vague_for_digits(same: Test) -> Test:
    """``same``, except that a vague word number is never the partner of a number
    written in digits: ``ทั้งสอง`` ("both") or ``อันดับหนึ่ง`` ("top") is no trace of "2
    seasons" or "1st" (``Both clubs were promoted in 2 seasons`` / ``ทั้งสองสโมสร
    เลื่อนชั้นใน 3 ฤดูกาล`` is 2 changed to 3). A digit left alone is still kept when
    its sentence writes its value in words (``format_only``)."""
    def test(s: Mention, t: Mention) -> bool:
        if _vague(s) != _vague(t) and \
                bool(digit_groups(str((t if _vague(s) else s)["text"]))) and \
                not _str(s["kind"]) == _str(t["kind"]) == "percent":
            return False  # (a share in words is one: "100 per cent" / เต็มจำนวน "in full")
        return same(s, t)
    return test


def _no_other_unit(same: Test) -> Test:
    """``same``, except for two measurements in units that disagree (``22 metres`` /
    ``22 หลา``): the same digits in another unit are one number changed, which the
    join of numbers left in a bead reports."""
    def test(s: Mention, t: Mention) -> bool:
        return not _other_unit(s, t) and same(s, t)
    return test


def _no_vague_over_exact(src: list[Mention], tgt: list[Mention],
                         kept: dict[int, int]) -> Callable[[Test], Test]:
    """A wrapper of a test: a vague mention is joined only when its own sentence bead
    holds no exact mention of the same key on the other side left without an exact
    partner there (more of them unjoined on the other side than on its own), or is
    joined to one of them. "a second
    yellow card" (vague: "another") is the ``ใบที่ 2`` of its own sentence, not the
    ``ครึ่งหลัง`` ("the second half", vague too) beside it or in the sentence before,
    though two vague words are written alike; "both teams scored 2" / ``ทั้งสองทีม
    ยิงได้ 2`` still joins both pairs. ``kept`` is read when the test runs, so a
    mention joined earlier in the same pass is no longer free."""
    def exact_left(ms: list[Mention], taken: set[int], bead: int, key: object) -> int:
        return sum(1 for k, o in enumerate(ms)
                   if k not in taken and o["bead"] == bead and o["key"] == key and not _vague(o))

    def wrap(same: Test) -> Test:
        def test(s: Mention, t: Mention) -> bool:
            for m, o, mine, other, vague_side in ((s, t, src, tgt, "src"),
                                                  (t, s, tgt, src, "tgt")):
                if not _vague(m) or _str(m["key"]) is None or (
                        not _vague(o) and o["bead"] == m["bead"] and o["key"] == m["key"]):
                    continue  # (one of those exact mentions is a partner)
                taken_src, taken_tgt = set(kept), set(kept.values())
                own, far = (taken_src, taken_tgt) if vague_side == "src" else \
                    (taken_tgt, taken_src)
                if exact_left(other, far, m["bead"], m["key"]) > \
                        exact_left(mine, own, m["bead"], m["key"]):
                    return False
            return same(s, t)
        return test
    return wrap


_RANK_FORM_RE = re.compile(r"(?i)(?:No\.|number\s|#|อันดับ|ที่\s*[0-9๐-๙])")
"""A rank written as a position (``No. 1``, ``#1``, ``อันดับหนึ่ง``, ``ที่ 1``), not as
an ordinal word ("first", ``แรก``)."""


def _form(m: Mention) -> tuple[bool, bool]:
    """How a number is written: in digits or not, as a position or not."""
    text = str(m["text"])
    return bool(digit_groups(text)), bool(_RANK_FORM_RE.match(text))


def _written_alike(same: Test) -> Test:
    """``same``, for two numbers written alike (both in digits or both in words, both as
    a position or neither): tried first, so that a number written one way does not
    take the partner of one written like it (``It was the first time the film opened
    at No. 1`` / ``ภาพยนตร์เปิดตัวที่อันดับ 1 เป็นครั้งแรก``: ``No. 1`` is ``อันดับ 1``
    and "first" is ``แรก``, though the greedy join meets "first" first; "reached No. 1
    for the first time" / ``ขึ้นอันดับหนึ่งเป็นครั้งแรก`` likewise). Two ranks that each place
    one among others (number_marks' ``standing``: "Japan's second-largest" / ``รายใหญ่
    อันดับ 2``) are written alike, before "the second half" takes ``อันดับ 2``."""
    def test(s: Mention, t: Mention) -> bool:
        return (_form(s) == _form(t) or bool(s.get("standing") and t.get("standing"))) \
            and same(s, t)
    return test


def _uncross(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
             moved: set[int]) -> set[int]:
    """Undo two joins across the article that cross (the number of sentence bead A
    joined to one in bead B, and one of B to one in A): two years swapped or each
    changed in place (``In 2011`` / ``ในปี 2012`` and later ``the 2012 film`` / ``ปี
    2011``), not two clauses moved. Returns the joins left."""
    out = set(moved)
    for i in sorted(moved):
        if i not in out:
            continue
        a, b = src[i]["bead"], tgt[kept[i]]["bead"]
        for k in sorted(out - {i}):
            if a != b and src[k]["bead"] == b and tgt[kept[k]]["bead"] == a:
                out -= {i, k}
                del kept[i], kept[k]
                break
    return out


def _same_kind_first(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
                     near: Test) -> None:
    """Give a partner joined across two kinds (a count and a rank of one value) to a
    number of its own kind left unjoined near it: "the second-highest on record" and
    "Two in five patients" / ``สูงเป็นอันดับสอง และผู้ป่วยสามในห้า``: the Thai rank
    ``อันดับสอง`` is the English "second", though the greedy join of the Thai sentence
    bead met the count "Two" first. The number it leaves is joined again, or
    reported, by the passes after. A join inside one sentence bead stays when the
    number of the partner's kind is in another paragraph ("the par-five 10th" / ``หลุม
    10`` keeps its partner, not taken by the "top 10" of the next paragraph)."""
    for side in ("src", "tgt"):
        mine = src if side == "src" else tgt
        taken = set(kept) if side == "src" else set(kept.values())
        for i, j in sorted(kept.items()):
            own, partner = (src[i], tgt[j]) if side == "src" else (tgt[j], src[i])
            if _str(own["kind"]) == _str(partner["kind"]) or _same_key_alike(own, partner):
                continue
            free = [k for k, o in enumerate(mine) if k not in taken and not _vague(o) and
                    _str(o["kind"]) == _str(partner["kind"]) and
                    _same_key_alike(o, partner) and
                    near(*((o, partner) if side == "src" else (partner, o))) and
                    (o["bead"] == partner["bead"] or own["bead"] != partner["bead"] or
                     o.get("pbead") == partner.get("pbead"))]
            if not free:
                continue
            k = min(free, key=lambda k: (abs(mine[k]["bead"] - partner["bead"]), k))
            taken -= {i if side == "src" else j}
            taken.add(k)
            if side == "src":
                del kept[i]
                kept[k] = j
            else:
                kept[i] = k


_TELLING_KINDS = frozenset({"score", "percent", "duration"})
"""Kinds whose key tells one number from another well enough (a result, a share, a
length of time) that the only one left unjoined on each side is one number moved."""


def _only_one_left(src: list[Mention], tgt: list[Mention], kept: dict[int, int]) -> Test:
    """The same score, percentage, length of time or range, the only one of its key
    left unjoined on each side of the whole article: a clause the translator moved
    into another paragraph (``beat Walsh 17-15`` / ``ชนะวอลช์ 17-15`` three paragraphs
    away) is kept, not lost and added. So is a rank other than first written as a
    rank on both sides ("ranked fifth in the world" in the semi-final paragraph /
    ``มือ 5 ของโลก`` in the Thai lead, where Thai newsrooms introduce a player), also
    where a rank of that value of another sort is left ("Japan's second-largest maker"
    / ``รายใหญ่อันดับ 2`` moved into the lead, beside "the second half": only the
    ``standing`` ranks of number_marks count). Counts
    are left out: a small count dropped in one place and another added elsewhere is no
    evidence of a move."""
    used = set(kept.values())
    left_s = Counter(_str(m["key"]) for i, m in enumerate(src) if i not in kept)
    left_t = Counter(_str(m["key"]) for j, m in enumerate(tgt) if j not in used)
    standing_s = Counter(_str(m["key"]) for i, m in enumerate(src)
                         if i not in kept and m.get("standing"))
    standing_t = Counter(_str(m["key"]) for j, m in enumerate(tgt)
                         if j not in used and m.get("standing"))

    def same(s: Mention, t: Mention) -> bool:
        key = _str(s["key"])
        if s.get("standing") and t.get("standing"):  # "second-largest" / อันดับ 2
            lone = standing_s[key] == 1 and standing_t[key] == 1
        else:
            lone = left_s[key] == 1 and left_t[key] == 1
        if key is None or not _same_key_alike(s, t) or _vague(s) or not lone:
            return False
        v = _num(s.get("value"))
        ranged = _num(s.get("value_max")) is not None
        return (_str(s["kind"]) in _TELLING_KINDS or ranged or _both_multiples(s, t)
                or _str(s["kind"]) == _str(t["kind"]) == "ordinal") and \
            v is not None and (ranged or not _close(v, 1.0))
    return same


def _lone_ages(src: list[Mention], tgt: list[Mention], kept: dict[int, int]) -> Test:
    """Two ages of one value, each the only age of that value left unjoined on its
    side of the article: one person's age, which Thai newsrooms give at the first
    mention of the name (``นายซัลเซโด ... วัย 58 ปี`` in the lead) where the English
    gives it later ("Salcedo, 58, who")."""
    used = set(kept.values())
    left_s = Counter(_num(m.get("value")) for i, m in enumerate(src)
                     if i not in kept and m.get("age"))
    left_t = Counter(_num(m.get("value")) for j, m in enumerate(tgt)
                     if j not in used and m.get("age"))

    def same(s: Mention, t: Mention) -> bool:
        v = _num(s.get("value"))
        return bool(s.get("age")) and bool(t.get("age")) and v is not None and \
            _close(v, _num(t.get("value"))) and left_s[v] == 1 and left_t[v] == 1 and \
            _close(_num(s.get("value_max")), _num(t.get("value_max")))  # 6-10 is no 6-12
    return same


# ------------------------------------------------------------------ moved paragraphs
MOVED_PARAGRAPH_EVIDENCE = 2
"""Numbers two unaligned paragraphs must share to be one paragraph the translator
moved (the distinctive ones already joined across them count)."""


def _moved_paragraph(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
                     moved: set[int], ctx: _Context) -> set[int]:
    """Join the small numbers of a paragraph the translator moved: a source-only
    (``1-0``) and a target-only (``0-1``) paragraph bead that share at least
    :data:`MOVED_PARAGRAPH_EVIDENCE` numbers are one paragraph, so their remaining
    numbers with one key are kept (``six wickets for 38 runs`` / ``หกวิกเก็ต 38 รัน``),
    not lost and added. So is a source-only paragraph the translator folded into
    another paragraph: at least that many of its numbers joined across the article
    land in one target paragraph ("scored twice in eight minutes … a crowd of 19,500"
    / ``… ยิงสองประตูภายใน 8 นาที … 19,500 คน`` inside the next Thai paragraph).
    Returns the source indices joined."""
    kinds = {int(b): str(k) for b, k in zip(column_list(ctx.para["bead_id"]),
                                            column_list(ctx.para["kind"]), strict=True)}
    used = set(kept.values())
    free_s = [i for i, s in enumerate(src) if i not in kept and kinds.get(s["pbead"]) == "1-0"]
    free_t = [j for j, t in enumerate(tgt) if j not in used]
    alone = {tgt[j]["pbead"] for j in free_t if kinds.get(tgt[j]["pbead"]) == "0-1"}
    out: set[int] = set()
    for p in sorted({src[i]["pbead"] for i in free_s}):
        landed = Counter(tgt[kept[i]]["pbead"] for i in moved if src[i]["pbead"] == p)
        folded = {q for q, n in landed.items() if n >= MOVED_PARAGRAPH_EVIDENCE}
        for q in sorted(alone | folded):
            keys_s = Counter(_str(src[i]["key"]) for i in free_s if src[i]["pbead"] == p)
            keys_t = Counter(_str(tgt[j]["key"]) for j in free_t if tgt[j]["pbead"] == q)
            for k in (None, "cardinal:1", "ordinal:1"):  # "a", "first": no evidence
                keys_s.pop(k, None)
            shared = sum((keys_s & keys_t).values()) + landed[q]
            if shared < MOVED_PARAGRAPH_EVIDENCE:
                continue
            before = set(kept)
            _pair(src, tgt, _no_other_unit(_same_key_alike), _in_beads(p, q), _value_distance,
                  kept)
            out |= set(kept) - before
    return out


def _in_beads(p: int, q: int) -> Test:
    """Nearness: the source mention in paragraph bead ``p``, the target one in ``q``."""
    return lambda s, t: bool(s["pbead"] == p and t["pbead"] == q)
