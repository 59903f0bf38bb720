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
   a vague word number (``ทั้งสอง`` "both", ``อันดับหนึ่ง`` "top") is never the partner
   of one written in digits. Then, anywhere in the article, the same distinctive
   number (a year, date, amount of money, clock time, decimal or a number of at least
   100) left unjoined on both
   sides: a clause the translator moved further than the neighbouring sentences
   (one day with its year written on one side only too: a wire's dated line moved
   into the Thai lead); in every pass, numbers written alike (in digits or words, as
   a position or not) are tried first;
2. a number that is one part of a mention of the other side in its bead is kept (unless
   that mention is joined to one of its own side that writes the same digits: ``10`` of
   "10 points" is no part of ``10-14 ล้านดอง`` joined to ``VND10-14 million``)
   (``£5,000`` in ``3,000-5,000 ปอนด์``, ``49`` in ``1 มกราคม 49``; an end of a range
   by its value when a scale word writes other digits: ``$14 billion`` in ``8,000 ล้าน
   ถึง 1.4 หมื่นล้านดอลลาร์``), and so are the two
   counts that write a fraction (``two-thirds`` / ``สองในสาม``);
3. two numbers of the same kind, both written in digits (or two counts other than
   one, however written), left in one bead, are one number changed: ``mismatch`` (a
   different currency for the same amount too);
4. a number whose value the other side's sentence still writes, in digits or words the
   reader does not take as a count (``two`` / ``ทั้งสอง``), is ``format_only``;
5. a number that restates its neighbour in another unit, in brackets, is kept when the
   neighbour is (``250km (155 miles)`` / ``250 กม.``, ``11st (70kg)`` / ``70 กก.``);
6. a count after "all" that restates a total its paragraph kept ("loses all 12 points" /
   ``ถูกตัดคะแนนจนหมด``) is ``format_only``;
7. what is left is ``missing`` or ``added``, except vague quantities (``hundreds of``,
   ``หลายพัน``) and a Thai-style ``หนึ่ง`` after a classifier or ``1`` before one
   (``1 ราย``) where the English has "a"/"an", which render the article: these are
   never a problem.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable

import pandas as pd

from .. import tables
from ..numbers import en, th
from .context import _Context, _mentions, _nearness, _pair, _str
from .evidence import contains, contains_whole, dates_differ, digit_groups, has_magnitude
from .number_hedges import _carried_hedges
from .number_implied import (
    aggregate_legs,
    anaphoric_total,
    game_tally,
    headline_number,
    headline_paragraphs,
    listed_count,
    month_range,
    repeated_phrase,
    restated_year,
    roman_numeral,
    same_short_year,
    short_years,
    topped,
)
from .number_page_dates import page_date_of, page_dates
from .number_pairs import (
    Mention,
    Test,
    _ages,
    _clock,
    _close,
    _denominators,
    _minute_marks,
    _num,
    _same_clock,
    _same_day,
    _same_decade,
    _same_digits,
    _same_distinct_key,
    _same_instant,
    _same_key,
    _same_key_alike,
    _same_loose_bound,
    _same_result,
    _same_role,
    _same_round_bound,
    _same_rounded,
    _same_scaled,
    _same_share,
    _same_value,
    _short_scales,
    _sign_words,
    _time_zones,
    _unit_ok,
    _vague,
    _value_distance,
)
from .number_rows import (
    _bead_texts,
    _change_note,
    _counted_article,
    _kept_row,
    _number_row,
    _restated_length,
    _restated_period,
    _restated_total,
    _unmatched,
)
from .number_scales import _changed_scales, _is_scale, _scales_as_counts
from .number_swaps import _swapped
from .number_units import _measures, _restatements, _same_measure


def _compare_numbers(ctx: _Context, omitted_beads: set[int]) -> pd.DataFrame:
    src = _mentions(ctx.src.numbers, ctx, "src")
    tgt = _mentions(ctx.tgt.numbers, ctx, "tgt")
    for ms, text in ((src, ctx.src.text), (tgt, ctx.tgt.text)):
        _short_scales(ms, text)
        _time_zones(ms, text)
        _sign_words(ms, text)
        _measures(ms, text)
        _ages(ms, text)
        _carried_hedges(ms, text)
        _denominators(ms, text)
        _minute_marks(ms, text)
    short_years(tgt, ctx.tgt.text)
    parts = [(side, m) for side, ms in (("src", src), ("tgt", tgt)) for m in ms
             if m.get("measure_part")]
    src = [m for m in src if not m.get("measure_part")]
    tgt = [m for m in tgt if not m.get("measure_part")]
    kept: dict[int, int] = {}
    for k, near in enumerate(_nearness()):
        for same in ((_same_key, _same_value, _same_digits, _same_clock, _same_result,
                      _same_scaled, _same_instant, _same_round_bound, _same_share,
                      _same_measure, _same_decade, _same_rounded, _same_loose_bound,
                      _same_day, same_short_year) if k == 0
                     else (_same_key_alike, _same_value, _same_measure)):
            test = _no_vague_for_digits(same if k == 0 else _no_points_for_shares(same))
            _pair(src, tgt, _written_alike(test), near, _value_distance, kept)
            _pair(src, tgt, test, near, _value_distance, kept)
    before = set(kept)
    _pair(src, tgt, _no_points_for_shares(_same_distinct_key), lambda s, t: True,
          _value_distance, kept)
    _pair(src, tgt, _same_day, lambda s, t: True, _value_distance, kept)
    _pair(src, tgt, _no_points_for_shares(_only_one_left(src, tgt, kept)), lambda s, t: True,
          _value_distance, kept)
    moved = _uncross(src, tgt, kept, set(kept) - before)
    moved |= _moved_paragraph(src, tgt, kept, moved, ctx)
    swapped = _swapped(src, tgt, kept, ctx.src.text, ctx.tgt.text, _bead_texts(ctx, []), ctx)
    covered_src, covered_tgt = _parts(src, tgt, {**kept, **swapped})
    rounded = _rounded_conversions(src, tgt, kept, ctx.src.text, ctx.tgt.text)
    scaled = _scales_as_counts(src, tgt, {**kept, **swapped, **rounded, **covered_src,
                                          **{-1 - n: j for n, j in enumerate(covered_tgt)}})
    raw = _bead_texts(ctx, [])
    whole = {side: _whole_shares(ms, side, {**kept, **swapped, **rounded}, raw)
             for side, ms in (("src", src), ("tgt", tgt))}
    kept_rounded = {**kept, **rounded, **scaled, **dict.fromkeys(whole["src"], -1),
                    **{-100_000 - n: j for n, j in enumerate(whole["tgt"])}}
    changed = _changes(src, tgt, {**kept_rounded, **swapped}, covered_src, covered_tgt)
    covered_src.update(_one_in(src, tgt, changed, {**kept_rounded, **swapped, **covered_src}))
    vague = _vague_changes(src, tgt, {**kept_rounded, **swapped, **changed}, covered_src,
                           covered_tgt)
    ends = _range_ends(src, tgt, {**kept_rounded, **swapped, **changed, **vague},
                       covered_src, covered_tgt)
    rows = [_kept_row(src[i], tgt[j], moved=i in moved) for i, j in kept.items()]
    rows += [_number_row(src[i], tgt[j], "format_only",
                         "a conversion in brackets, rounded by the translator")
             for i, j in rounded.items()]
    rows += [_number_row(src[i] if side == "src" else None, tgt[i] if side == "tgt" else None,
                         "format_only", f"the whole, written as {word!r}")
             for side in ("src", "tgt") for i, word in whole[side].items()]
    rows += [_number_row(src[i], tgt[j], "format_only",
                         "the top of a grade scale, read as a count on one side")
             for i, j in scaled.items()]
    kept = {**kept, **rounded, **scaled}
    rows += [_number_row(src[i], tgt[j], "mismatch", _change_note(src[i], tgt[j])
                         + "; values swapped between two years, dates or names")
             for i, j in swapped.items()]
    changed.update(swapped)
    rows += [_number_row(src[i], tgt[j], "format_only", f"part of {tgt[j]['text']!r}")
             for i, j in covered_src.items()]
    rows += [_number_row(src[i], tgt[j], "format_only", f"part of {src[i]['text']!r}")
             for j, i in covered_tgt.items()]
    rows += [_number_row(src[i], tgt[j], "mismatch", _share_note(src[i], tgt[j]))
             for i, j in changed.items() if i not in swapped]
    rows += [_number_row(src[i], tgt[j], "mismatch", _change_note(src[i], tgt[j])
                         + "; a vague quantity of another order of magnitude")
             for i, j in vague.items()]
    changed.update(vague)
    rows += [_number_row(src[i], tgt[j], "mismatch", note) for i, j, note in ends]
    changed.update({i: j for i, j, _ in ends if i not in changed})
    rescaled = _changed_scales(src, tgt, {**kept_rounded, **swapped, **changed})
    rows += [_number_row(src[i], tgt[j], "mismatch", _change_note(src[i], tgt[j])
                         + "; the top of the grade scale") for i, j in rescaled.items()]
    changed.update(rescaled)
    ends_src = {i for i, _, _ in ends}
    ends_tgt = {j for _, j, _ in ends}
    taken_src = set(kept) | set(covered_src) | set(covered_tgt.values()) | set(changed) | \
        ends_src
    taken_tgt = set(kept.values()) | set(covered_tgt) | set(covered_src.values()) | \
        set(changed.values()) | ends_tgt
    taken_src |= set(whole["src"])
    taken_tgt |= set(whole["tgt"])
    texts = _bead_texts(ctx, [("src", src[i]) for i in taken_src]
                        + [("tgt", tgt[j]) for j in taken_tgt])
    for k, of in _thai_times(src, tgt, kept, ctx.src.text, ctx.tgt.text, taken_tgt).items():
        taken_tgt.add(k)
        rows.append(_number_row(None, tgt[k], "format_only",
                                f"the same time as {of['text']!r} in Thai time"))
    for side, ms, taken, text in (("src", src, taken_src, ctx.src.text),
                                  ("tgt", tgt, taken_tgt, ctx.tgt.text)):
        bracketed = _conversions(ms, taken, text)
        for k, of in {**_restatements(ms, taken), **bracketed}.items():
            taken.add(k)
            s, t = (ms[k], None) if side == "src" else (None, ms[k])
            what = "year" if _str(of["kind"]) == "year" else "amount"
            rows.append(_number_row(s, t, "format_only",
                                    f"the same {what} as {of['text']!r} in another "
                                    f"{'calendar' if what == 'year' else 'unit'}"
                                    + (", in brackets" if k in bracketed else "")))
    joined_keys = {"src": {_str(src[i]["key"]) for i in kept},
                   "tgt": {_str(tgt[j]["key"]) for j in kept.values()}}
    kept_keys = {side: {(int(m["pbead"]), _str(m["key"])) for m in ms}
                 for side, ms in (("src", [src[i] for i in kept]),
                                  ("tgt", [tgt[j] for j in kept.values()]))}
    stamps = {"src": page_dates(ctx.tgt), "tgt": page_dates(ctx.src)}
    heads = headline_paragraphs(ctx)
    for side, ms, taken, text in (("src", src, taken_src, ctx.src.text),
                                  ("tgt", tgt, taken_tgt, ctx.tgt.text)):
        for k, m in enumerate(ms):
            if k in taken or (side == "tgt" and _counted_article(m, text, texts)):
                continue
            if page_date_of(m, stamps[side]):
                s_, t_ = (m, None) if side == "src" else (None, m)
                rows.append(_number_row(s_, t_, "format_only", "the page's date, from the "
                                        "publication stamp of the other side"))
                continue
            if _is_scale(m):
                s_, t_ = (m, None) if side == "src" else (None, m)
                rows.append(_number_row(s_, t_, "format_only", "the top of a grade scale, "
                                        "a reference not written (again) on the other side"))
                continue
            if (note := _implied(m, side, text, texts, heads,
                                 tgt if side == "src" else src)) is not None:
                s_, t_ = (m, None) if side == "src" else (None, m)
                rows.append(_number_row(s_, t_, "format_only", note))
                continue
            if (word := _restated_total(m, side, text, texts, kept_keys[side])) is not None:
                s_, t_ = (m, None) if side == "src" else (None, m)
                rows.append(_number_row(s_, t_, "format_only",
                                        f"the total given before, restated as {word!r}"))
                continue
            if (said := repeated_phrase(m, ms, taken, text) or restated_year(m, ms, taken)
                    ) is not None:
                s_, t_ = (m, None) if side == "src" else (None, m)
                rows.append(_number_row(s_, t_, "format_only",
                                        f"the same value as {said!r}, said again"))
                continue
            if _restated_code(m, ms, taken) or _repeated_value(m, ms, taken):
                s_, t_ = (m, None) if side == "src" else (None, m)
                rows.append(_number_row(s_, t_, "format_only",
                                        "the same value restated in its sentence"))
                continue
            if (anaphor := _restated_length(m, side, raw, joined_keys[side])) is not None:
                s_, t_ = (m, None) if side == "src" else (None, m)
                rows.append(_number_row(s_, t_, "format_only",
                                        f"the period given before, restated as {anaphor!r}"))
                continue
            if (period := _restated_period(m, side, text, raw)) is not None:
                s_, t_ = (m, None) if side == "src" else (None, m)
                rows.append(_number_row(s_, t_, "format_only",
                                        f"the same period, named {period!r}"))
                continue
            rows += _unmatched(m, side, texts, omitted_beads, text)
    rows += [_number_row(m if side == "src" else None, m if side == "tgt" else None,
                         "format_only", "part of a measurement in two units (6ft 2in)")
             for side, m in parts]
    rows.sort(key=lambda r: (r["bead_id"], r["src_start_char"] if r["src_start_char"]
                             is not None else 1 << 30, r["tgt_start_char"] or 0))
    return tables.make_frame("cmp_numbers", rows)


def _implied(m: Mention, side: str, text: str, texts: dict[tuple[str, int], str],
             heads: dict[str, set[int]], others: list[Mention]) -> str | None:
    """The note of a number the other side says without one (a Thai ``ทั้งสี่`` "all
    four", a count of a listed pair, rank one for "topped", a Roman numeral) or gives
    in its body when this one is in a headline; None otherwise."""
    if (words := anaphoric_total(m, side, text)) is not None:
        return f"an anaphoric total {words!r} of those named, no count in the other side"
    if (words := listed_count(m, side, text, texts)) is not None:
        return f"the count of the pair listed in {words!r}, named on the other side"
    if (words := game_tally(m, text)) is not None:
        return f"the tally of the scores {words!r} after it"
    if (words := month_range(m, side, texts)) is not None:
        return f"the months of {words!r}, with the story's year"
    if (words := topped(m, side, texts)) is not None:
        return f"first place, written as {words!r}"
    if (words := aggregate_legs(m, side, text, texts)) is not None:
        return f"the two legs of {words!r}"
    if (words := roman_numeral(m, side, texts)) is not None:
        return f"written as the Roman numeral of {words!r}"
    if (words := headline_number(m, side, heads, others)) is not None:
        return f"a headline's number, given as {words!r} in the other side's body"
    return None


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


_RANK_FORM_RE = re.compile(r"(?i)(?:No\.|number\s|#|อันดับ|ที่\s*[0-9๐-๙])")
"""A rank written as a position (``No. 1``, ``#1``, ``อันดับหนึ่ง``, ``ที่ 1``), not as
an ordinal word ("first", ``แรก``)."""


def _form(m: Mention) -> tuple[bool, bool]:
    """How a number is written: in digits or not, as a position or not."""
    text = str(m["text"])
    return bool(digit_groups(text)), bool(_RANK_FORM_RE.match(text))


def _restated_code(m: Mention, ms: list[Mention], taken: set[int]) -> bool:
    """A code its sentence writes twice (``Republic Act No. 11934, also known as RA
    11934``, ``Executive Order No. 62 (EO 62)``), the other mention joined: a
    translation that writes it once loses nothing."""
    digits = digit_groups(str(m["text"]))
    return bool(digits) and any(
        k in taken and o is not m and o["bead"] == m["bead"] and
        "code" in (_str(m["kind"]), _str(o["kind"])) and digit_groups(str(o["text"])) == digits
        for k, o in enumerate(ms))


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


def _written_alike(same: Test) -> Test:
    """``same``, for two numbers written alike (both in digits or both in words, both as
    a position or neither): tried first, so that a number written one way does not
    take the partner of one written like it (``It was the first time the film opened
    at No. 1`` / ``ภาพยนตร์เปิดตัวที่อันดับ 1 เป็นครั้งแรก``: ``No. 1`` is ``อันดับ 1``
    and "first" is ``แรก``, though the greedy join meets "first" first; "reached No. 1
    for the first time" / ``ขึ้นอันดับหนึ่งเป็นครั้งแรก`` likewise)."""
    def test(s: Mention, t: Mention) -> bool:
        return _form(s) == _form(t) and same(s, t)
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


_TELLING_KINDS = frozenset({"score", "percent", "duration"})
"""Kinds whose key tells one number from another well enough (a result, a share, a
length of time) that the only one left unjoined on each side is one number moved."""


def _only_one_left(src: list[Mention], tgt: list[Mention], kept: dict[int, int]) -> Test:
    """The same score, percentage, length of time or range, the only one of its key
    left unjoined on each side of the whole article: a clause the translator moved
    into another paragraph (``beat Walsh 17-15`` / ``ชนะวอลช์ 17-15`` three paragraphs
    away) is kept, not lost and added. Counts are left out: a small count dropped in
    one place and another added elsewhere is no evidence of a move."""
    used = set(kept.values())
    left_s = Counter(_str(m["key"]) for i, m in enumerate(src) if i not in kept)
    left_t = Counter(_str(m["key"]) for j, m in enumerate(tgt) if j not in used)

    def same(s: Mention, t: Mention) -> bool:
        key = _str(s["key"])
        if key is None or not _same_key_alike(s, t) or _vague(s) or \
                left_s[key] != 1 or left_t[key] != 1:
            return False
        v = _num(s.get("value"))
        ranged = _num(s.get("value_max")) is not None
        return (_str(s["kind"]) in _TELLING_KINDS or ranged) and v is not None and \
            (ranged or not _close(v, 1.0))
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
    not lost and added. Returns the source indices joined."""
    kinds = dict(zip(ctx.para["bead_id"].astype(int), ctx.para["kind"].astype(str)))
    used = set(kept.values())
    free_s = [i for i, s in enumerate(src) if i not in kept and kinds.get(s["pbead"]) == "1-0"]
    free_t = [j for j, t in enumerate(tgt) if j not in used and kinds.get(t["pbead"]) == "0-1"]
    out: set[int] = set()
    for p in sorted({src[i]["pbead"] for i in free_s}):
        for q in sorted({tgt[j]["pbead"] for j in free_t}):
            keys_s = Counter(_str(src[i]["key"]) for i in free_s if src[i]["pbead"] == p)
            keys_t = Counter(_str(tgt[j]["key"]) for j in free_t if tgt[j]["pbead"] == q)
            for k in (None, "cardinal:1", "ordinal:1"):  # "a", "first": no evidence
                keys_s.pop(k, None)
            shared = sum((keys_s & keys_t).values()) + sum(
                1 for i in moved if src[i]["pbead"] == p and tgt[kept[i]]["pbead"] == q)
            if shared < MOVED_PARAGRAPH_EVIDENCE:
                continue
            before = set(kept)
            _pair(src, tgt, _same_key_alike, _in_beads(p, q), _value_distance, kept)
            out |= set(kept) - before
    return out


def _in_beads(p: int, q: int) -> Test:
    """Nearness: the source mention in paragraph bead ``p``, the target one in ``q``."""
    return lambda s, t: bool(s["pbead"] == p and t["pbead"] == q)


# ------------------------------------------------------------------ parts of a mention
def _parts(src: list[Mention], tgt: list[Mention], kept: dict[int, int]
           ) -> tuple[dict[int, int], dict[int, int]]:
    """Unpaired numbers that are a part of a mention of the other side in their bead:
    source index → target index, target index → source index."""
    used_tgt = set(kept.values())
    back = {j: i for i, j in kept.items()}
    covered_src = {i: j for i, s in enumerate(src) if i not in kept
                   for j in [_container(s, tgt, _explained(s, src, back))] if j is not None}
    covered_tgt = {j: i for j, t in enumerate(tgt) if j not in used_tgt
                   for i in [_container(t, src, _explained(t, tgt, kept))] if i is not None}
    taken_src = set(kept) | set(covered_src) | set(covered_tgt.values())
    taken_tgt = used_tgt | set(covered_tgt) | set(covered_src.values())
    for i, s in enumerate(src):
        if i not in taken_src:
            terms = _fraction_terms(s, tgt, taken_tgt) or _range_terms(s, tgt, taken_tgt)
            covered_tgt.update(dict.fromkeys(terms, i))
            taken_tgt.update(terms)
    for j, t in enumerate(tgt):
        if j not in taken_tgt:
            terms = _fraction_terms(t, src, taken_src) or _range_terms(t, src, taken_src)
            covered_src.update(dict.fromkeys(terms, j))
            taken_src.update(terms)
    return covered_src, covered_tgt


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
    """The change note; a share "one in N" changed to a fraction as ``1/N → 1/10``."""
    if s.get("denominator") and _str(t["kind"]) == "fraction":
        key = (_str(t["key"]) or "").split(":", 1)[-1]
        return f"1/{_num(s.get('value')) or 0:,.10g} → {key}"
    return _change_note(s, t)


def _one_in(src: list[Mention], tgt: list[Mention], changed: dict[int, int],
            taken: dict[int, int]) -> dict[int, int]:
    """The "one" of "one in 20" whose 20 was joined, changed, to a fraction of the
    other side (``หนึ่งในสิบ``): a part of that share, not a number lost. Source index
    → target index."""
    out = {}
    for i, j in changed.items():
        if not src[i].get("denominator") or _str(tgt[j]["kind"]) != "fraction":
            continue
        for k, o in enumerate(src):
            end, start = o.get("end_char"), src[i].get("start_char")
            if k not in taken and k not in changed and o["bead"] == src[i]["bead"] and \
                    _close(_num(o.get("value")), 1.0) and end is not None and \
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
        if _num(m.get("value_max")) is not None and _num(o.get("value_max")) is not None \
                and not (_close(value, _num(o.get("value")))
                         and _close(_num(m.get("value_max")), _num(o.get("value_max")))):
            continue  # a range is no part of another range: "6.30-10am" / "6.30-10.01 น."
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


CUT_TOLERANCE = 1e-3
"""Most relative difference of an amount cut at its first digit groups (``1,713,548
billion`` / "1.713 quadrillion"): its digits are a prefix of the other's."""


def _cut(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and b != 0 and abs(a - b) / abs(b) < CUT_TOLERANCE


def _changes(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
             covered_src: dict[int, int], covered_tgt: dict[int, int]) -> dict[int, int]:
    """Numbers left in one sentence bead that are one number changed: src → tgt."""
    containers = set(covered_src.values()) | set(covered_tgt)
    taken = {**kept, **{i: -1 for i in [*covered_src, *covered_tgt.values()]}}
    taken.update({-1 - n: j for n, j in enumerate(containers)})
    before = set(taken)
    _pair(src, tgt, _same_role, _nearness()[0], _value_distance, taken)
    _pair(src, tgt, _alone_in_paragraph(src, tgt, taken), _nearness()[1], _value_distance,
          taken)
    return {i: j for i, j in taken.items() if i not in before}


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


# ------------------------------------------------------------------ conversions
def _rounded_conversions(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
                         src_text: str, tgt_text: str) -> dict[int, int]:
    """Two amounts, one on each side, that restate in brackets the same joined amount
    before them (``500,000 yuan (about 70,300 U.S. dollars)`` / ``500,000 หยวน (ราว 7
    หมื่นดอลลาร์สหรัฐ)``): a conversion is an estimate, which translators round to a
    Thai scale word. Kept when the target is the source rounded at the target's last
    significant digit, whatever digits that leaves; ``($870 million)`` / ``(780
    ล้านดอลลาร์)`` is a change. Source → target."""
    used = set(kept.values())
    out: dict[int, int] = {}
    for i in range(1, len(src)):
        j0 = kept.get(i - 1)
        if i in kept or j0 is None or j0 + 1 >= len(tgt) or j0 + 1 in used or \
                not _in_brackets_after(src[i - 1], src[i], src_text):
            continue
        s, t = src[i], tgt[j0 + 1]
        if t["bead"] != s["bead"] or not _in_brackets_after(tgt[j0], t, tgt_text) or \
                _str(s["kind"]) != _str(t["kind"]) or _str(s["kind"]) != "money" or \
                _str(s.get("unit")) != _str(t.get("unit")) or _vague(s) or _vague(t):
            continue
        a, b = _num(s.get("value")), _num(t.get("value"))
        if a is None or b is None or a <= 0 or b <= 0:
            continue
        step = 1.0  # the place of the target's last significant digit
        while step * 10 <= b and abs(b / (step * 10) - round(b / (step * 10))) < 1e-6:
            step *= 10
        if abs(a - b) <= step / 2 * (1 + 1e-9):
            out[i] = j0 + 1
    return out


def _in_brackets_after(prev: Mention, m: Mention, text: str) -> bool:
    """``m`` in brackets right after ``prev``, in the same sentence bead (``250km (155
    miles)``, ``500,000 หยวน (ราว 7 หมื่นดอลลาร์)``)."""
    spans = [prev.get("end_char"), m.get("start_char"), m.get("end_char")]
    if prev["bead"] != m["bead"] or any(x is None or pd.isna(x) for x in spans):
        return False
    pe, ms, me = (int(x) for x in spans if x is not None)
    gap = re.sub(r"^(?:\s?[^\s()\[\]0-9]{1,15}){0,2}", "", text[pe:ms])
    return bool(_OPEN_BRACKET_RE.fullmatch(gap)) and bool(_CLOSE_BRACKET_RE.match(text, me))


_OPEN_BRACKET_RE = re.compile(r"\s*[(\[]\s*(?:about|around|approx(?:imately|\.)?|roughly|"
                              r"c\.|some|ประมาณ|ราว|ราวๆ|~|B\.\s?E\.|C\.\s?E\.|A\.\s?D\.|"
                              r"พ\.\s?ศ\.|ค\.\s?ศ\.)?\s*$", re.IGNORECASE)
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
        if (_OPEN_BRACKET_RE.fullmatch(gap) or _further_in_bracket(prev, text[ps:pe], text)) \
                and _CLOSE_BRACKET_RE.match(text, me) \
                and (_convertible(_str(m["kind"]), _str(prev["kind"]))
                     or _same_year(prev, m)):
            if k in taken:
                out[k - 1] = m
            else:
                out[k] = prev
    return out


_OR_IN_BRACKET_RE = re.compile(r"\s*(?:,\s*)?(?:หรือ|or)\s*(?:about|around|roughly|some|"
                               r"approx(?:imately|\.)?|ประมาณ|ราว|ราวๆ|~)?\s*$", re.IGNORECASE)
_BRACKET_OPENED_RE = re.compile(r"[(\[][^()\[\]0-9๐-๙]{0,20}$")


def _further_in_bracket(prev: Mention, gap: str, text: str) -> bool:
    """``gap`` (after ``prev``) is "or (about)" inside the bracket that opens right
    before ``prev``: a further conversion of the same amount (``1,200 ล้านชิลลิง (ราว 9.3
    ล้านดอลลาร์สหรัฐ หรือประมาณ 340 ล้านบาท)``, "20 million yen (about $130,000, or
    4.6 million baht)")."""
    start = prev.get("start_char")
    gap = re.sub(r"^\s?[^\s()\[\]0-9]{1,15}(?=\s*(?:,|หรือ|or\b))", "", gap)  # its unit
    if start is None or pd.isna(start) or not _OR_IN_BRACKET_RE.fullmatch(gap):
        return False
    return bool(_BRACKET_OPENED_RE.search(text, max(0, int(start) - 20), int(start)))


_TH_DAY_BETWEEN = (r"(?:ของ)?\s*(?:คืน|เช้า)?(?:วันรุ่งขึ้น|วันถัดไป|วันก่อนหน้า|เมื่อวาน|คืนนี้|"
                   r"วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|ศุกร์|เสาร์|อาทิตย์))?")
_THAI_TIME_AFTER_RE = re.compile(
    r"\s*" + _TH_DAY_BETWEEN + r"\s*\)?\s*(?:ตาม|ใน)?\s*"
    r"เวลา(?:ใน)?(?:ประเทศ)?ไทย|\s*(?:ตาม|ใน)?\s*เวลาบ้านเรา")
"""Thai time written after a clock time, maybe across its day (``01.45 น.
ของวันรุ่งขึ้นตามเวลาประเทศไทย``, ``23.20 น. ของวันเสาร์ตามเวลาประเทศไทย``)."""
_FOREIGN_ZONE_RE = re.compile(
    r"(?i)\s*" + _TH_DAY_BETWEEN + r"\s*(?:\(|,)?\s*(?:ตาม|in\s+)?(?:GMT|UTC|BST|CET|CEST|EST|"
    r"EDT|CST|CDT|PST|PDT|JST|KST|SGT|HKT|IST|AEST|AEDT|ET|PT|local\s+time|เวลาอังกฤษ|"
    r"เวลาท้องถิ่น|เวลามาตรฐานกรีนิช|เวลากรีนิช|เวลา(?:ประเทศ)?(?:ญี่ปุ่น|เกาหลี(?:ใต้|เหนือ)?|จีน|"
    r"ปักกิ่ง|ฮ่องกง|ไต้หวัน|สิงคโปร์|มาเลเซีย|ฟิลิปปินส์|อินเดีย|ออสเตรเลีย|สหรัฐ(?:ฯ)?|"
    r"ฝั่งตะวันออกของสหรัฐ(?:ฯ)?|ยุโรป|ฝรั่งเศส|เยอรมนี|อังกฤษ))(?![A-Za-z])")
"""A clock time's zone that is not Thai time (``ตามเวลาญี่ปุ่น``, "local time", GMT)."""
_GLOSS_BETWEEN_RE = re.compile(r"[^0-9๐-๙]{0,40}?(?:\(|หรือ|ตรงกับ)[^0-9๐-๙]{0,20}")
"""Between a Thai time and its gloss in Thai time: a bracket, หรือ ("or") or ตรงกับ
("which is"), and no other number."""
THAI_UTC_MINUTES = 420


def _thai_times(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
                src_text: str, tgt_text: str, taken: set[int]) -> dict[int, Mention]:
    """Thai clock times a translator added to give a kept foreign time in Thai time
    (``at 10:00 GMT`` / ``เวลา 10.00 น. GMT (17.00 น. ตามเวลาประเทศไทย)``): an unjoined
    Thai time marked as Thai time, in the bead of a joined time the English gives in
    another zone; when that zone's offset is known, the two must be one instant.
    Target index → the joined Thai time it restates."""
    out: dict[int, Mention] = {}
    for k, m in enumerate(tgt):
        end, clock = m.get("end_char"), _clock(m)
        if k in taken or _str(m["kind"]) != "time" or clock is None or end is None or \
                pd.isna(end) or not _THAI_TIME_AFTER_RE.match(tgt_text, int(end)):
            continue
        for i, j in kept.items():
            s, t = src[i], tgt[j]
            s_end = s.get("end_char")
            if t["bead"] != m["bead"] or _str(t["kind"]) != "time" or j == k or \
                    s_end is None or pd.isna(s_end):
                continue
            foreign = _FOREIGN_ZONE_RE.match(src_text, int(s_end))
            t_end = t.get("end_char")
            if foreign is None and t_end is not None and not pd.isna(t_end):
                foreign = _FOREIGN_ZONE_RE.match(tgt_text, int(t_end))
            if foreign is None and not _gloss_of(t, m, clock, tgt_text):
                continue
            utc = s.get("utc_minute")
            if utc is not None and \
                    (clock[0] * 60 + clock[1] - THAI_UTC_MINUTES) % (24 * 60) != utc:
                continue  # not the same instant: another time
            out[k] = t
            break
    return out


def _gloss_of(t: Mention, m: Mention, clock: tuple[int, int], tgt_text: str) -> bool:
    """The Thai time ``m`` right after the joined Thai time ``t`` as its gloss, whole or
    half hours away (``เวลา 07.10 น. (05.10 น. ตามเวลาประเทศไทย)``): the English time had
    no zone written, the dateline's (Pyongyang, Taipei)."""
    t_end, m_start, own = t.get("end_char"), m.get("start_char"), _clock(t)
    if t_end is None or m_start is None or pd.isna(t_end) or pd.isna(m_start) or \
            own is None or int(m_start) < int(t_end):
        return False
    if not _GLOSS_BETWEEN_RE.fullmatch(tgt_text, int(t_end), int(m_start)):
        return False
    gap = (own[0] * 60 + own[1] - clock[0] * 60 - clock[1]) % (24 * 60)
    return gap % 30 == 0 and gap != 0


_MEASURES = ("cardinal", "money", "duration", "percent", "range")
"""Kinds a conversion in brackets can restate (not dates, years, scores, codes): a
range too ("40 to 100 miles (60 to 150 kilometres)" / ``60 ถึง 150 กิโลเมตร``)."""


def _same_year(a: Mention, b: Mention) -> bool:
    """One year in two calendars: ``B.E. 2562 (2019)``, ``1782 (B.E. 2325)`` (the reader
    gives Buddhist-Era years their Common-Era value)."""
    return _str(a["kind"]) == _str(b["kind"]) == "year" and \
        _num(a.get("value")) is not None and _close(_num(a.get("value")), _num(b.get("value")))


def _convertible(a: str | None, b: str | None) -> bool:
    """An amount restated in another unit, or a clock time in another zone
    (``08:15 local time (01:15 GMT)``)."""
    return (a in _MEASURES and b in _MEASURES) or a == b == "time"
