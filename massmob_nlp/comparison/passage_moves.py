"""Omitted passages that were moved, not lost: a source sentence or paragraph reported
omitted whose numbers all reached the target, joined in another part of the article
(:mod:`massmob_nlp.comparison.numbers` notes them :data:`MOVED_NOTE`), becomes a
``moved`` row of the passages table pointing at where the target put it (its
``other_*`` columns), and the added target passage holding them is no longer reported
on its own. Nothing is dropped silently: the reader sees the passage moved and where to.
"""

from __future__ import annotations

import itertools
from typing import Any

import pandas as pd

from .context import _Context, _nonspace, _records, per_comparison
from .passage_claims import _claimed, _headline_span, _omitted_spans, is_kicker, number_rows
from .passage_windows import target_sentences, widened, windows

KEPT_NUMBER = frozenset({"match", "format_only", "qualifier_changed"})
"""Statuses of a number row whose value the translation kept."""
MOVED_NOTE = "moved to another part of the article"
"""The note of a number row joined outside the neighbouring sentences
(:mod:`massmob_nlp.comparison.numbers`)."""
MOVED_MIN_COSINE = 0.5
"""With embeddings, the least cosine between a sentence reported omitted and a target
sentence holding its moved numbers for the sentence to count as moved, not lost."""
OTHER_COLUMNS = ("other_bead_id", "other_para_id", "other_sent_id", "other_start_char",
                 "other_end_char", "other_text")
"""Columns of a ``moved`` passage row that point at its translation in the target."""


def _moved_sentences(ctx: _Context, numbers: pd.DataFrame, passages: pd.DataFrame, *,
                     embeddings: bool = False) -> pd.DataFrame:
    """``passages`` with the omitted sentences or paragraphs whose numbers all
    reached the target (kept, or an ``added`` row of the same key) and at least one
    was joined in another part of the article (a translator moved the clause: it is
    not lost; its number rows carry the note :data:`MOVED_NOTE`) turned into ``moved``
    rows pointing at the target passage that holds those numbers (the added target
    passage, which is then no longer reported, or else the target sentence). With
    ``embeddings`` the source passage must also be close (:data:`MOVED_MIN_COSINE`) to
    a target sentence holding one of them; without, those numbers must sit in an added
    target passage (a dropped sentence whose year is repeated in a translated one stays
    omitted)."""
    if numbers.empty:
        return passages
    passages = _moved_unreported(ctx, numbers, passages, embeddings=embeddings)
    if passages.empty:
        return passages
    moved_rows: dict[int, list[int]] = {}  # omitted passage's row -> target offsets
    kinds, sides = passages["kind"].astype(str).tolist(), passages["side"].astype(str).tolist()
    starts, ends = passages["start_char"].tolist(), passages["end_char"].tolist()
    added = [(int(a), int(b)) for k, side, a, b in zip(kinds, sides, starts, ends)
             if k == "added" and side == "tgt"]
    dropped = _omitted_spans(passages)
    head = _headline_span(ctx)
    for i, (kind, level, side, start, end) in enumerate(zip(
            kinds, passages["level"].astype(str), sides, starts, ends)):
        if kind == "omitted" and level != "span" and side == "src":
            moved = _numbers_moved(ctx, numbers, int(start), int(end), embeddings=embeddings,
                                   dropped=dropped)
            inside = [o for o in moved if any(a <= o < b for a, b in added)]
            if (not embeddings or (int(start), int(end)) == head) and not inside:
                continue  # no meaning to compare (or a headline): land in an added passage
            if moved:
                moved_rows[i] = inside or moved
    if not moved_rows:
        return _frame([r for r in _records(passages) if not _same_place(ctx, r)])
    rows = _records(passages)
    landed = {o for offsets in moved_rows.values() for o in offsets}
    targets = [r for r in rows if str(r["kind"]) == "added" and str(r["side"]) == "tgt"
               and any(int(r["start_char"]) <= o < int(r["end_char"]) for o in landed)]
    split: dict[int, list[dict[str, Any]]] = {}
    for i, offsets in moved_rows.items():
        into = next((r for r in targets if int(r["start_char"]) <= offsets[0]
                     < int(r["end_char"])), None)
        parts = _sentence_parts(ctx, numbers, rows[i], offsets, dropped) if embeddings and \
            str(rows[i]["level"]) == "paragraph" else None
        if parts is not None:
            split[i] = parts
        else:
            rows[i] = moved_row(rows[i], _other_side(ctx, into, offsets[0]))
    out = [x for k, r in enumerate(rows) if not any(r is t for t in targets)
           for x in split.get(k, [r])]
    return _frame([r for r in out if not _same_place(ctx, r)])


def _same_place(ctx: _Context, row: dict[str, Any]) -> bool:
    """Whether ``row`` is a ``moved`` sentence whose translation is its neighbour in
    the sentence beads (:func:`same_place`)."""
    if str(row.get("kind")) != "moved" or str(row.get("level")) != "sentence":
        return False
    return same_place_as(ctx, row.get("sent_id"), row.get("other_sent_id"),
                         row.get("other_start_char"), row.get("other_end_char"))


def same_place_as(ctx: _Context, sid: Any, tid: Any, start: Any, end: Any) -> bool:
    """:func:`same_place` for a target passage given as its sentence ``tid`` or, for a
    target paragraph (an added one: no sentence id), as its ``start``/``end`` offsets:
    its first or last sentence beside the source sentence (a dateline the translator
    set as a paragraph of its own above the lead it opened: nothing moved)."""
    if tid is not None and not pd.isna(tid):
        return same_place(ctx, sid, tid)
    if start is None or end is None or pd.isna(start) or pd.isna(end):
        return False
    s = ctx.tgt.sentences
    inside = s[(s["start_char"] >= int(start)) & (s["end_char"] <= int(end))]
    ids = inside["sent_id"].tolist()
    return any(same_place(ctx, sid, t) for t in ids[:1] + ids[-1:])


def same_place(ctx: _Context, sid: Any, tid: Any) -> bool:
    """Whether source sentence ``sid`` and target sentence ``tid`` are a ``1-0`` and a
    ``0-1`` sentence bead side by side: the translator moved the paragraph break, not
    the sentence (the last sentence of a source paragraph opens the next target
    paragraph, or the reverse), so the reading order is the source's and nothing
    moved. A sentence moved past another sentence has a bead between the two, and one
    moved into a paragraph two or more paragraph beads away is moved even when the
    sentence beads meet (the DP puts a ``0-1`` where its neighbours put it)."""
    if sid is None or tid is None or pd.isna(sid) or pd.isna(tid):
        return False
    a, b = ctx.s_sent.get(int(sid)), ctx.t_sent.get(int(tid))
    if a is None or b is None or abs(a - b) != 1:
        return False
    kind = dict(zip(ctx.sent["bead_id"].astype(int), ctx.sent["kind"].astype(str)))
    pa, pb = ctx.sent_para.get(a), ctx.sent_para.get(b)
    if pa is not None and pb is not None and abs(pa - pb) > 1:
        return False  # paragraphs apart: the sentence moved (the beads meet in between)
    return kind.get(a) == "1-0" and kind.get(b) == "0-1"


def _moved_unreported(ctx: _Context, numbers: pd.DataFrame, passages: pd.DataFrame, *,
                      embeddings: bool) -> pd.DataFrame:
    """``passages`` with a ``moved`` row for each source sentence no row reports yet
    whose numbers were joined in another part of the article (the note
    :data:`MOVED_NOTE`) or are missing there with a changed number in its place
    (:func:`_numbers_moved`), none kept in place: a sentence the translator moved into
    another paragraph that still reads close to its source paragraph's length is no
    omission, so nothing reported it, yet its numbers show where it went. With
    ``embeddings`` a sentence whose missing number has an added row of the same key in
    another paragraph bead is a candidate too, and the sentence must be close to a
    target sentence holding them (:func:`_numbers_moved`); without, it must hold
    :data:`UNREPORTED_MIN_NUMBERS` numbers (one number joined far away is a repeated
    year or count as often as a move)."""
    table = per_comparison(ctx, "number_rows", numbers, lambda n: number_rows(n, MOVED_NOTE))
    moved_at = {int(r.src_start) for r in table.rows if r.moved and not pd.isna(r.src_start)}
    if embeddings:  # a missing number added, same key, in another paragraph bead
        beads_of: dict[str, set[Any]] = {}
        for r in table.rows:
            if r.status == "added":
                beads_of.setdefault(r.key_str, set()).add(
                    None if pd.isna(r.tgt_para) else ctx.t_para.get(int(r.tgt_para)))
        moved_at |= {int(r.src_start) for r in table.rows if r.status == "missing"
                     and not pd.isna(r.src_start) and not pd.isna(r.src_para)
                     and r.key_str in beads_of
                     and ctx.s_para.get(int(r.src_para)) not in beads_of[r.key_str]}
    if not moved_at:
        return passages
    taken = [(int(a), int(b)) for side, level, a, b in zip(
        passages["side"].astype(str), passages["level"].astype(str),
        passages["start_char"], passages["end_char"])
        if side == "src" and level != "span" and not pd.isna(a)]
    s = ctx.src.sentences
    new: list[dict[str, Any]] = []
    for sid, pid, a, b, text in zip(s["sent_id"], s["para_id"], s["start_char"],
                                    s["end_char"], s["text"]):
        a, b = int(a), int(b)
        if not any(a <= o < b for o in moved_at) or any(x < b and a < y for x, y in taken):
            continue
        placed = [r.moved or r.status == "missing" for r in table.rows if a <= r.at < b]
        if not _mostly_placed(placed, embeddings):
            continue  # a number kept in place: the sentence is there
        offsets = _numbers_moved(ctx, numbers, a, b, embeddings=embeddings,
                                 dropped=_omitted_spans(passages))
        other = _other_side(ctx, None, offsets[0]) if offsets else {}
        if other:
            new.append(moved_row({
                "level": "sentence", "bead_id": ctx.bead_of("src", int(pid), int(sid)),
                "side": "src", "para_id": int(pid), "sent_id": int(sid), "start_char": a,
                "end_char": b, "text": str(text), "score": float(_nonspace(str(text)))},
                other))
    if not new:
        return passages
    return _frame([*_records(passages), *new])


UNREPORTED_MIN_NUMBERS = 2
"""Without embeddings, the least numbers of an unreported source sentence, all joined
in another part of the article, for it to be reported moved (:func:`_moved_unreported`)."""


def _mostly_placed(placed: list[bool], embeddings: bool) -> bool:
    """Whether an unreported source sentence whose numbers are ``placed`` (True: joined
    in another part of the article, or missing) may be a moved one: all of them (without
    embeddings :data:`UNREPORTED_MIN_NUMBERS` at least), or, with embeddings, at least
    that many and more than those kept in place. The Thai splitter cuts a translated
    sentence at a space, and a translator may move the clause that carries the figures
    (``ฮวางวัย 30 ปี`` left in place, ``มี 5 ประตู ... 25 นัด`` moved to the end of a
    later paragraph); a sentence most of whose figures stayed is there."""
    moved = sum(placed)
    if all(placed):
        return embeddings or moved >= UNREPORTED_MIN_NUMBERS
    return embeddings and moved >= UNREPORTED_MIN_NUMBERS and moved > len(placed) - moved


def _sentence_parts(ctx: _Context, numbers: pd.DataFrame, row: dict[str, Any],
                    offsets: list[int], dropped: list[tuple[int, int]]
                    ) -> list[dict[str, Any]] | None:
    """The rows of an omitted source paragraph of several sentences some of whose
    numbers moved: one row per sentence, ``moved`` when its own numbers moved
    (:func:`_numbers_moved`) or, without such numbers, when it is close
    (:data:`MOVED_MIN_COSINE`) to a sentence of the target paragraphs they landed in,
    else ``omitted`` (a paragraph whose one sentence the translator moved and whose
    other the translator dropped); None when every sentence moved (one paragraph row)."""
    s = ctx.src.sentences
    a, b = int(row["start_char"]), int(row["end_char"])
    inside = s[(s["start_char"] >= a) & (s["end_char"] <= b)]
    if len(inside) < 2:
        return None
    t = ctx.tgt.sentences
    paras = set(t.loc[[any(x <= o < y for o in offsets) for x, y in zip(
        t["start_char"], t["end_char"])], "para_id"].astype(int))
    landing = t[t["para_id"].isin(paras)]
    out: list[dict[str, Any]] = []
    for sid, x, y, text in zip(inside["sent_id"], inside["start_char"], inside["end_char"],
                               inside["text"]):
        base = {**row, "level": "sentence", "sent_id": int(sid), "start_char": int(x),
                "end_char": int(y), "text": str(text), "score": float(_nonspace(str(text))),
                "bead_id": ctx.bead_of("src", row["para_id"], sid)}
        own = _numbers_moved(ctx, numbers, int(x), int(y), embeddings=True, dropped=dropped)
        other = _other_side(ctx, None, own[0]) if own else _closest(ctx, str(text), landing)
        if other:
            out.append(moved_row(base, other))
        else:
            out.append({**base, "note": "sentence not translated"})
    return None if all(r["kind"] == "moved" for r in out) else out


def _closest(ctx: _Context, text: str, landing: pd.DataFrame) -> dict[str, Any]:
    """:data:`OTHER_COLUMNS` of the sentence of ``landing`` closest to ``text`` when
    their cosine is at least :data:`MOVED_MIN_COSINE`, else {}."""
    if landing.empty:
        return {}
    from ..alignment.features import embed

    vecs = embed([text, *landing["text"].astype(str)])
    sims = vecs[1:] @ vecs[0]
    k = int(sims.argmax())
    if float(sims[k]) < MOVED_MIN_COSINE:
        return {}
    return _other_side(ctx, None, int(landing["start_char"].iloc[k]))


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    from .. import tables

    return tables.make_frame("passages", rows)


def moved_row(row: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """The ``moved`` row of the source passage ``row`` whose translation is ``other``
    (a dict of :data:`OTHER_COLUMNS`)."""
    para = other.get("other_para_id")
    where = f" (target paragraph {int(para) + 1})" if para is not None and \
        not pd.isna(para) else ""
    return {**row, **other, "kind": "moved",
            "note": f"{row['level']} translated in another part of the article{where}"}


def _other_side(ctx: _Context, added: dict[str, Any] | None, offset: int
                ) -> dict[str, Any]:
    """:data:`OTHER_COLUMNS` of the target passage ``added`` (a passages row), or of
    the target sentence holding ``offset``."""
    if added is not None:
        return {"other_bead_id": added["bead_id"], "other_para_id": added["para_id"],
                "other_sent_id": added.get("sent_id"),
                "other_start_char": added["start_char"],
                "other_end_char": added["end_char"], "other_text": added["text"]}
    s = ctx.tgt.sentences
    hit = s[(s["start_char"] <= offset) & (s["end_char"] > offset)]
    if not len(hit):
        return {}
    r = hit.iloc[0]
    return {"other_bead_id": ctx.bead_of("tgt", r["para_id"], r["sent_id"]),
            "other_para_id": int(r["para_id"]), "other_sent_id": int(r["sent_id"]),
            "other_start_char": int(r["start_char"]), "other_end_char": int(r["end_char"]),
            "other_text": str(r["text"])}


def _numbers_moved(ctx: _Context, numbers: pd.DataFrame, start: int, end: int, *,
                   embeddings: bool, dropped: list[tuple[int, int]] | None = None
                   ) -> list[int]:
    """Target offsets of the moved numbers of ``src.text[start:end]``; [] when the
    passage does not count as moved. Every one of its numbers must have reached the
    target: kept, or missing with an ``added`` row of the same key, or with an added
    row in a target paragraph where its moved numbers landed of the same value (``65
    and over`` read as a cardinal, ``65 ปีขึ้นไป`` as an age in years: one number read
    two ways; also a number the join paired in place with another value, ``6.3 →
    225``, whose own value landed there as ``6.3 จุด``) or of the same kind (a number
    the translation changed inside the moved
    sentence: its number rows still say so). With ``embeddings``, a missing number's
    same-key added row also shows where the passage landed (a moved sentence none of
    whose numbers the join placed), and the passage must be close to a target sentence
    there (:data:`MOVED_MIN_COSINE`), unless :data:`UNREPORTED_MIN_NUMBERS` of its
    numbers the join placed far away landed in one target sentence (``ส่วนสหรัฐฯ
    725,000 คน และญี่ปุ่น 699,000 คน`` run into a quote of another paragraph: only
    that part of the sentence moved, and its cosine with the whole sentence is low).
    ``dropped``: source spans reported omitted, whose missing numbers claim no moved
    number as a changed value (:func:`~.passage_claims._claimed`)."""
    table = per_comparison(ctx, "number_rows", numbers, lambda n: number_rows(n, MOVED_NOTE))
    inside = [r for r in table.rows if start <= r.at < end]
    if not inside:
        return []
    offsets = [int(r.tgt_start) for r in inside if r.moved and not pd.isna(r.tgt_start)
               and not _claimed(ctx, numbers, int(r.tgt_start), r.kind,
                                None if pd.isna(r.tgt_value) else float(r.tgt_value),
                                dropped or ())]
    by_key = table.by_key
    extra = [by_key[str(r.key)] for r in inside if r.status == "missing"
             and str(r.key) in by_key] if embeddings and not offsets else []
    landing = offsets or extra
    if not landing:
        return []
    landed = target_sentences(ctx, landing)
    paras = ctx.tgt.paragraphs
    around = [(int(x), int(y)) for x, y in zip(paras["start_char"], paras["end_char"])
              if any(int(x) <= o < int(y) for o in landing)]
    near = [(str(k).split(":")[0], None if pd.isna(v) else float(v)) for k, o, v in table.added
            if not pd.isna(k) and not pd.isna(o) and any(x <= int(o) < y for x, y in around)]
    paired = _paired_values(table.mismatch, landed)
    for st, key, v in ((r.status, r.key, r.src_value) for r in inside):
        if st in KEPT_NUMBER or (st == "missing" and str(key) in by_key):
            continue
        if st == "mismatch" and not pd.isna(v):  # paired in place with another value
            same = next((n for n in near if n[1] == float(v)), None)
            if same is None:
                return []
            near.remove(same)  # its own value landed, read as another kind (6.3 จุด)
            continue
        if st != "missing" or pd.isna(key):
            return []
        if not pd.isna(v) and float(v) in paired:
            paired.remove(float(v))  # its own value, paired with another number there
            continue
        hit = next((n for n in near if not pd.isna(v) and n[1] == float(v)), None) or \
            next((n for n in near if n[0] == str(key).split(":")[0]), None)
        if hit is None:
            return []
        near.remove(hit)  # one added number stands for one missing one
    if not embeddings:
        return offsets
    if max((sum(a <= o < b for o in offsets) for a, b in landed), default=0) >= \
            UNREPORTED_MIN_NUMBERS:
        return landing  # its numbers moved together into one sentence: no chance match
    from ..alignment.features import embed

    size = _nonspace(ctx.src.text[start:end])
    targets = [w for a, b in widened(ctx, landed, size)
               for w in windows(ctx.tgt.text, a, b, [o for o in landing if a <= o < b], size)]
    vecs = embed([ctx.src.text[start:end], *targets])
    close = bool(targets) and float((vecs[1:] @ vecs[0]).max()) >= MOVED_MIN_COSINE
    return landing if close else []


def _paired_in(numbers: pd.DataFrame, landed: list[tuple[int, int]]) -> list[float]:
    """Values of the target numbers in the sentences ``landed`` (where a moved passage's
    numbers were joined) that the join paired as a changed value of another source
    number (``mismatch``): a sentence moved into a paragraph brings its numbers
    together, and one of them read as the paragraph's own changed figure (``7.4 → 14``)
    is still the moved sentence's (``the depth at 14 kilometers``)."""
    rows = numbers[numbers["status"].astype(str) == "mismatch"]
    return _paired_values(list(zip(rows["tgt_value"], rows["tgt_start_char"])), landed)


def _paired_values(mismatch: list[tuple[Any, Any]], landed: list[tuple[int, int]]
                   ) -> list[float]:
    """:func:`_paired_in` from the ``mismatch`` rows' (tgt_value, tgt_start_char)."""
    return [float(v) for v, o in mismatch
            if not pd.isna(v) and not pd.isna(o) and any(a <= int(o) < b for a, b in landed)]


def _out_of_order(ctx: _Context, passages: pd.DataFrame) -> pd.DataFrame:
    """``passages`` with a ``moved`` row for each source paragraph of a paragraph bead
    whose target paragraphs are out of the target's order (the aligner's far moves,
    :func:`massmob_nlp.alignment.far_moves.rejoin_far`, keep the source's order): the beads
    off the heaviest increasing run of target paragraphs (by source length) are the
    moved ones, so the one paragraph a translator moved is reported, not the paragraphs
    it jumped over: the fewest source paragraphs are reported, and of as many, the
    shortest (of two swapped paragraphs, the shorter moved). A bead one of whose sides is
    a section label (:func:`~.passage_claims.is_kicker`: ``Premier League``, ``เทนนิส`` glued
    to a link line) is no passage of the story: it keeps its place in the order (a
    subhead moves with its paragraphs) but is never reported moved."""
    beads = [(tuple(int(x) for x in s), tuple(int(x) for x in t)) for s, t in zip(
        ctx.para["src_ids"], ctx.para["tgt_ids"]) if len(s) and len(t)]
    firsts = [min(t) for _, t in beads]
    if all(a < b for a, b in itertools.pairwise(firsts)):
        return passages
    s_par = ctx.src.paragraphs.set_index("para_id")
    t_par = ctx.tgt.paragraphs.set_index("para_id")
    sizes = [sum(_nonspace(str(s_par.at[p, "text"])) for p in s) + 1 for s, _ in beads]
    whole = sum(sizes) + 1  # the fewest paragraphs moved first, then the shortest
    keep = _heaviest_increasing(firsts, [whole * len(s) + n for (s, _), n in zip(beads, sizes)])
    rows = _records(passages)
    done = {int(r["para_id"]) for r in rows if str(r["side"]) == "src" and
            str(r["level"]) == "paragraph" and not pd.isna(r["para_id"])}
    for k, (src, tgt) in enumerate(beads):
        if k in keep or any(all(is_kicker(str(par.at[p, "text"])) for p in ids)
                            for par, ids in ((s_par, src), (t_par, tgt))):
            continue
        t0, t1 = int(t_par.at[tgt[0], "start_char"]), int(t_par.at[tgt[-1], "end_char"])
        other = {"other_bead_id": ctx.t_first.get(tgt[0]), "other_para_id": tgt[0],
                 "other_start_char": t0, "other_end_char": t1,
                 "other_text": ctx.tgt.text[t0:t1]}
        for pid in src:
            if pid in done:
                continue  # already reported (a paragraph of a merged bead left out)
            text = str(s_par.at[pid, "text"])
            rows.append(moved_row({
                "level": "paragraph", "bead_id": ctx.s_first.get(pid), "side": "src",
                "para_id": pid, "start_char": int(s_par.at[pid, "start_char"]),
                "end_char": int(s_par.at[pid, "end_char"]), "text": text,
                "score": float(_nonspace(text))}, other))
    return _frame(rows)


def _heaviest_increasing(values: list[int], weights: list[int]) -> set[int]:
    """Positions of the strictly increasing subsequence of ``values`` with the largest
    total weight (ties: the earlier positions)."""
    n = len(values)
    best = list(weights)
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if values[j] < values[i] and best[j] + weights[i] > best[i]:
                best[i], prev[i] = best[j] + weights[i], j
    k = max(range(n), key=lambda i: (best[i], -i)) if n else -1
    out: set[int] = set()
    while k >= 0:
        out.add(k)
        k = prev[k]
    return out

