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

from collections.abc import Callable

import pandas as pd

from .. import tables
from .context import _Context, _mentions, _nearness, _pair, _str
from .number_approx import (
    _same_decade,
    _same_loose_bound,
    _same_round_bound,
    _same_rounded,
    _same_share,
)
from .number_captions import caption_keys
from .number_changes import (
    _changes,
    _closer_leftover,
    _range_ends,
    _rate_quotes,
    _repartner,
    _repartner_leftovers,
    _vague_changes,
)
from .number_conversions import _conversions, _rounded_conversions
from .number_dollars import _prefixed_dollars
from .number_explained import explain
from .number_glosses import (
    currency_glosses,
    exchanged_amount,
    gloss_note,
    headline_conversions,
)
from .number_hedges import _carried_hedges
from .number_implied import (
    english_pair,
    headline_number,
    headline_paragraphs,
    same_short_year,
    short_years,
)
from .number_labels import _datelines
from .number_marks import (
    _ages,
    _denominators,
    _minute_marks,
    _per_units,
    _rate_shares,
    _short_scales,
    _sign_words,
    _standing_ranks,
    _time_zones,
)
from .number_moved_clauses import moved_neighbours
from .number_page_dates import page_dates
from .number_pairs import (
    Mention,
    _same_clock,
    _same_day,
    _same_digits,
    _same_distinct_key,
    _same_instant,
    _same_key,
    _same_key_alike,
    _same_result,
    _same_scaled,
    _same_value,
    _value_distance,
    same_month_of_day,
)
from .number_parts import _one_in, _parts, _share_note
from .number_passes import (
    _lone_ages,
    _moved_paragraph,
    _no_other_denominator,
    _no_other_unit,
    _no_points_for_plain_shares,
    _no_points_for_shares,
    _no_vague_for_digits,
    _no_vague_over_exact,
    _only_one_left,
    _same_kind_first,
    _uncross,
    _written_alike,
)
from .number_restated import (
    _whole_shares,
)
from .number_rows import _change_note, _kept_row, _number_row
from .number_scales import _changed_scales, _scales_as_counts
from .number_stamps import stamp_times
from .number_standfirst import top_summaries
from .number_stoppage import same_stoppage_minute, stoppage_minutes
from .number_swaps import _swapped
from .number_terms import others_in_all
from .number_thai_times import _thai_times, converted_dates, converted_times
from .number_units import _measures, _restatements, _same_measure
from .number_unjoined import Unjoined
from .number_unmatched import _bead_texts, _counted_article, _unmatched
from .number_zone_lists import listed_apart, thai_time_restated, zone_list_times

# each marks the mentions of one side in place, in this order (a scale glued to the
# digits, a time zone, a sign word, a measure, ...), before the join
_MARKS: tuple[Callable[[list[Mention], str], None], ...] = (
    _short_scales, _time_zones, _sign_words, _measures, _ages, _carried_hedges,
    _denominators, _minute_marks, _rate_quotes, _rate_shares, _per_units, _datelines,
    _prefixed_dollars, _standing_ranks, stoppage_minutes)


def _compare_numbers(ctx: _Context, omitted_beads: set[int]) -> pd.DataFrame:
    src = _mentions(ctx.src.numbers, ctx, "src")
    tgt = _mentions(ctx.tgt.numbers, ctx, "tgt")
    for ms, text in ((src, ctx.src.text), (tgt, ctx.tgt.text)):
        for mark in _MARKS:
            mark(ms, text)
    short_years(tgt, ctx.tgt.text)
    parts = [(side, m) for side, ms in (("src", src), ("tgt", tgt)) for m in ms
             if m.get("measure_part")]
    src = [m for m in src if not m.get("measure_part")]
    tgt = [m for m in tgt if not m.get("measure_part")]
    kept: dict[int, int] = {}
    apart = listed_apart(ctx.tgt.text)  # a listed Thai time's partner is on its line

    def within(near: Callable[[Mention, Mention], bool]) -> Callable[[Mention, Mention], bool]:
        return lambda s, t: near(s, t) and not apart(s, t)
    over_exact = _no_vague_over_exact(src, tgt, kept)
    for k, near in enumerate(map(within, _nearness())):
        for same in ((_same_key, _same_value, _same_digits, _same_clock, _same_result,
                      _same_scaled, _same_instant, _same_round_bound, _same_share,
                      _same_measure, _same_decade, _same_rounded, _same_loose_bound,
                      _same_day, same_short_year, same_stoppage_minute, same_month_of_day)
                     if k == 0
                     # one instant in two zones is that time's conversion, one result
                     # written from the loser's side too, wherever the paragraph's
                     # sentences split (``by 0615 GMT`` / ``ณ เวลา 13.15 น.``)
                     else (_same_key_alike, _same_value, _same_measure, _same_instant,
                           _same_result)
                     if k == 1 else (_same_key_alike, _same_value, _same_measure)):
            test = over_exact(_no_other_denominator(_no_other_unit(_no_vague_for_digits(
                _no_points_for_plain_shares(same if k == 0 else _no_points_for_shares(same))))))
            _pair(src, tgt, _written_alike(test), near, _value_distance, kept)
            _pair(src, tgt, test, near, _value_distance, kept)
    _same_kind_first(src, tgt, kept, within(_nearness()[-1]))
    before = set(kept)
    anywhere = within(lambda s, t: True)
    _pair(src, tgt, _no_other_denominator(_no_other_unit(_no_points_for_shares(
        _same_distinct_key))), anywhere, _value_distance, kept)
    _pair(src, tgt, _same_day, anywhere, _value_distance, kept)
    _pair(src, tgt, _no_other_denominator(_no_other_unit(_no_points_for_shares(
        _only_one_left(src, tgt, kept)))), anywhere, _value_distance, kept)
    _pair(src, tgt, _lone_ages(src, tgt, kept), anywhere, _value_distance, kept)
    moved = _uncross(src, tgt, kept, set(kept) - before)
    moved |= _moved_paragraph(src, tgt, kept, moved, ctx)
    moved |= moved_neighbours(src, tgt, kept, moved, ctx.src.text, ctx.tgt.text)
    swapped = _swapped(src, tgt, kept, ctx.src.text, ctx.tgt.text, _bead_texts(ctx, []), ctx)
    covered_src, covered_tgt = _parts(src, tgt, {**kept, **swapped})
    rounded = _rounded_conversions(src, tgt, kept, ctx.src.text, ctx.tgt.text)
    scaled = _scales_as_counts(src, tgt, {**kept, **swapped, **rounded, **covered_src,
                                          **{-1 - n: j for n, j in enumerate(covered_tgt)}})
    raw = _bead_texts(ctx, [])
    whole = {side: _whole_shares(ms, side, {**kept, **swapped, **rounded}, raw)
             for side, ms in (("src", src), ("tgt", tgt))}
    heads = headline_paragraphs(ctx)
    # a headline's number the other body gives is no partner of the other headline's
    # (each headline quotes another fact of the story: "8C mornings" / ``ยอดดอยเหลือ 3 องศา``)
    told = {side: {k for k, m in enumerate(ms) if k not in joined and
                   headline_number(m, side, heads, far) is not None}
            for side, ms, far, joined in (("src", src, tgt, {**kept, **swapped}),
                                          ("tgt", tgt, src, {*kept.values(), *swapped.values()}))}
    kept_rounded = {**kept, **rounded, **scaled, **dict.fromkeys(whole["src"], -1),
                    **{-100_000 - n: j for n, j in enumerate(whole["tgt"])},
                    **dict.fromkeys(told["src"], -1),
                    **{-200_000 - n: j for n, j in enumerate(told["tgt"])}}
    zoned = zone_list_times(src, tgt, {*kept_rounded, *swapped, *covered_src,
                                       *covered_tgt.values()},
                            {*kept_rounded.values(), *swapped.values(), *covered_tgt,
                             *covered_src.values()}, ctx.src.text, ctx.tgt.text)
    kept_rounded.update({i: j for i, j, _, _ in zoned})
    joined_src = {*kept_rounded, *swapped, *covered_src, *covered_tgt.values()}
    joined_tgt = {*kept_rounded.values(), *swapped.values(), *covered_tgt,
                  *covered_src.values()}
    glossed = {"src": currency_glosses(src, tgt, joined_src, ctx.src.text, joined_tgt),
               "tgt": currency_glosses(tgt, src, joined_tgt, ctx.tgt.text, joined_src)}
    for side, ms, far, taken_here in (("src", src, tgt, joined_src), ("tgt", tgt, src, joined_tgt)):
        for k, of in headline_conversions(ms, far, taken_here | set(glossed[side]), heads,
                                          side).items():
            glossed[side][k] = of
    kept_rounded.update({**dict.fromkeys(glossed["src"], -1),
                         **{-300_000 - n: j for n, j in enumerate(glossed["tgt"])}})
    changed = _changes(src, tgt, {**kept_rounded, **swapped}, covered_src, covered_tgt)
    counted = {i: j for i, j in changed.items() if others_in_all(src[i], "src", raw)}
    changed = {i: j for i, j in changed.items() if i not in counted}
    _repartner(src, tgt, kept, changed, moved)
    _repartner_leftovers(src, tgt, kept, changed, moved,
                         {*kept_rounded, *swapped, *covered_src, *covered_tgt.values()},
                         {*kept_rounded.values(), *swapped.values(), *covered_tgt,
                          *covered_src.values()})
    _closer_leftover(src, tgt, changed, {*kept_rounded, *kept, *swapped, *covered_src})
    converted = converted_times(src, tgt, kept, changed)
    thai_days = converted_dates(src, tgt, changed, ctx.tgt.text)
    changed = {i: j for i, j in changed.items() if i not in converted and i not in thai_days}
    exchanged = {i: j for i, j in changed.items() if exchanged_amount(src[i], tgt[j])}
    changed = {i: j for i, j in changed.items() if i not in exchanged}
    kept_rounded.update(kept)
    covered_src.update(_one_in(src, tgt, changed, {**kept_rounded, **swapped, **covered_src}))
    covered_src.update(_one_in(src, tgt, {**covered_src, **kept}, {**kept_rounded, **swapped,
                                                                   **covered_src, **changed}))
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
    rows += [_number_row(src[i], tgt[j], "format_only", "the others and the one named, "
                         "counted in all") for i, j in counted.items()]
    rows += [_number_row(src[i], tgt[j], "format_only", "the same time in Thai time, as "
                         "the article converts its zone elsewhere") for i, j in converted.items()]
    rows += [_number_row(src[i], tgt[j], "format_only", "the same moment's day in Thai "
                         "time") for i, j in thai_days.items()]
    rows += [_number_row(src[i], tgt[j], "format_only", "the same amount, converted into "
                         "another currency") for i, j in exchanged.items()]
    kept = {**kept, **rounded, **scaled, **counted, **converted, **thai_days, **exchanged}
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
    taken_src |= set(whole["src"]) | {i for i, _, _, _ in zoned}
    taken_tgt |= set(whole["tgt"]) | {j for _, j, _, _ in zoned}
    taken_src |= set(glossed["src"])
    taken_tgt |= set(glossed["tgt"])
    rows += [_number_row(src[i] if side == "src" else None, tgt[i] if side == "tgt" else None,
                         "format_only", gloss_note(of))
             for side in ("src", "tgt") for i, of in glossed[side].items()]
    rows += [_number_row(src[i], tgt[j], status, note) for i, j, status, note in zoned]
    texts = _bead_texts(ctx, [("src", src[i]) for i in taken_src]
                        + [("tgt", tgt[j]) for j in taken_tgt])
    for k, of in _thai_times(src, tgt, kept, ctx.src.text, ctx.tgt.text, taken_tgt).items():
        taken_tgt.add(k)
        rows.append(_number_row(None, tgt[k], "format_only",
                                f"the same time as {of['text']!r} in Thai time"))
    for k, of in thai_time_restated(src, tgt, taken_tgt, ctx.src.text).items():
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
    clocks = {"src": stamp_times(ctx.tgt), "tgt": stamp_times(ctx.src)}
    now = {y for y, _, _ in stamps["src"] + stamps["tgt"] if y is not None}
    partners = {"src": dict(kept), "tgt": {j: i for i, j in kept.items()}}
    paras = {side: {int(p): str(t) for p, t in zip(tables.frame_column(a.paragraphs, "para_id"),
                                                    tables.frame_column(a.paragraphs, "text"),
                                                    strict=True)}
             for side, a in (("src", ctx.src), ("tgt", ctx.tgt))}
    summaries = top_summaries(ctx, heads)
    captions = {"src": caption_keys(ctx.tgt), "tgt": caption_keys(ctx.src)}
    joined = {"src": set(kept) | set(changed) | set(covered_src),
              "tgt": set(kept.values()) | set(changed.values()) | set(covered_tgt)}
    for side, ms, taken, text in (("src", src, taken_src, ctx.src.text),
                                  ("tgt", tgt, taken_tgt, ctx.tgt.text)):
        u = Unjoined(side, ms, tgt if side == "src" else src, taken, text, texts, raw, heads,
                     stamps[side], clocks[side], now, partners[side], paras,
                     summaries[side], joined[side], joined_keys[side], kept_keys[side],
                     omitted_beads, captions[side])
        for k, m in enumerate(ms):
            if k in taken or (side == "tgt" and _counted_article(m, text, texts)):
                continue
            if (note := explain(m, k, u)) is not None:
                s_, t_ = (m, None) if side == "src" else (None, m)
                rows.append(_number_row(s_, t_, "format_only", note))
                continue
            lost = _unmatched(m, side, texts, omitted_beads, text)
            if lost and lost[0]["status"] == "missing" and \
                    (pair := english_pair(m, side, text)) is not None:
                lost = [_number_row(m, None, "format_only", f"an anaphoric total {pair!r} "
                                    "of those named, no count in the other side")]
            rows += lost
    rows += [_number_row(m if side == "src" else None, m if side == "tgt" else None,
                         "format_only", "part of a measurement in two units (6ft 2in)")
             for side, m in parts]
    rows.sort(key=lambda r: (r["bead_id"], r["src_start_char"] if r["src_start_char"]
                             is not None else 1 << 30, r["tgt_start_char"] or 0))
    return tables.make_frame("cmp_numbers", rows)

