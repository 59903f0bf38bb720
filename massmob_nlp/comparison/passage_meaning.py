"""Moved passages found by meaning: a source passage the comparison left without a
translation and a target passage elsewhere in the article without a source that
translate each other (sentence embeddings, plus a second piece of evidence) are one
``moved`` row of the passages table, not an omission and an addition.

Candidates on the source side are the omitted sentences and paragraphs, and the
sentences of ``1-0`` sentence beads too short to be reported omitted; on the target
side the added passages and the sentences of ``0-1`` sentence beads. A pair of
unreported sentences must sit in different paragraph beads (inside one paragraph a
``1-0`` next to a ``0-1`` is a sentence split differently, not a move).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import numpy as np
import pandas as pd

from .context import _Context, _nonspace, _records, per_comparison
from .passage_claims import _figures_left, _same_kinds
from .passage_moves import KEPT_NUMBER, _frame, moved_row, same_place_as

WEAK_COS = 0.44
"""Least cosine of an omitted source passage and an added target passage found
elsewhere in the article for the pair to be one moved passage (with
:data:`WEAK_GAP` and a second piece of evidence, :func:`_moved_by_meaning`)."""
WEAK_GAP = 0.1
"""...the pair's cosine beats the source's best cosine with every target sentence
outside the added passage by this much (its translation is there, not elsewhere)."""
SURE_COS = 0.6
"""From this cosine the second evidence may be the length alone; below it the two
passages must also share a number key."""
CLEAR_GAP = 0.25
"""...or, two passages without numbers (the source a sentence, no label; the target no
stretch), beat every other target sentence by this much: a short quote (``Jannik
pushed me further than ever.``) reads below :data:`SURE_COS` with its speaker added."""
KINDS_COS = 0.5
"""From this cosine (below :data:`SURE_COS`) numbers of the same kinds on both sides
are the second evidence, as a shared key is (a moved sentence whose number the
translation also changed: ``after 5 p.m.`` / ``หลัง 15.00 น.``)."""
LENGTH_BAND = (0.5, 2.0)
"""Target/source length (non-space characters, over the document's median ratio) of a
moved pair."""


def _moved_by_meaning(ctx: _Context, numbers: pd.DataFrame, passages: pd.DataFrame,
                      ratio: float) -> pd.DataFrame:
    """``passages`` with each source candidate (an omitted sentence or paragraph, or the
    sentence of an unreported ``1-0`` bead) and target candidate elsewhere in the
    article (an added passage, or the sentence of an unreported ``0-1`` bead) that
    translate each other made one ``moved`` row (an added row of the pair is then
    not reported): best cosine between the source passage and the target passage or
    one of its sentences at least :data:`WEAK_COS`, above the source's best cosine
    with any other target sentence by :data:`WEAK_GAP`, lengths within
    :data:`LENGTH_BAND` of the document's ``ratio``, and a cosine of :data:`SURE_COS`
    or a number key on both sides (two passages without numbers: a cosine above every
    other by :data:`CLEAR_GAP`). A dropped sentence stays omitted: no target
    passage translates it. A pair side by side in the sentence beads (a ``1-0`` and a
    ``0-1``: the translator moved the paragraph break) is a translation in place, and
    neither row is reported (:func:`~.passage_moves.same_place`). Needs embeddings."""
    rows = _records(passages)
    src: list[tuple[int | None, dict[str, Any]]] = [
        (i, r) for i, r in enumerate(rows) if str(r["kind"]) == "omitted"
        and str(r["side"]) == "src" and str(r["level"]) != "span"]
    tgt: list[tuple[int | None, dict[str, Any]]] = [
        (i, r) for i, r in enumerate(rows) if str(r["kind"]) == "added"
        and str(r["side"]) == "tgt" and str(r["level"]) != "span"]
    src += [(None, r) for r in _unreported(ctx, rows, "src")]
    tgt += [(None, r) for r in _unreported(ctx, rows, "tgt")]
    if not src:
        return passages
    owner: dict[int, int] = {}  # a sentence of an omitted paragraph -> the paragraph's row
    for i, r in list(src):
        if i is not None and str(r["level"]) == "paragraph":
            sents = _paragraph_sentences(ctx, r)
            if len(sents) >= 2:
                owner.update({len(src) + k: i for k in range(len(sents))})
                src += [(None, x) for x in sents]
    sizes = [_nonspace(str(r["text"])) for _, r in src]
    merged = _merged_windows(ctx, ratio, min(sizes), max(sizes))
    tgt += [(None, r) for r in merged]
    if not tgt:
        return passages
    parts: dict[int, list[int]] = {}  # a joined candidate -> the candidates it joins
    for both, joined in _adjacent(ctx, tgt):
        parts[len(tgt)] = both
        tgt.append((None, joined))
    ok = [[_may_pair(ctx, i, s, j, t, ratio) for j, t in tgt] for i, s in src]
    wanted = [m for m in range(len(tgt)) if any(row[m] for row in ok)]
    if not wanted:  # no pair passes the checks that need no embedding
        return passages
    from ..alignment.features import compose_units, embed, pooled

    sents = ctx.tgt.sentences
    t_text = [str(x) for x in sents["text"]]
    pieces = _pieces(sents["start_char"].to_numpy(np.int64),
                     sents["end_char"].to_numpy(np.int64), tgt)
    s_vec = embed([str(r["text"]) for _, r in src])
    by_id = dict(zip(sents["sent_id"].astype(int), t_text))  # a stretch's own sentence:
    units = [by_id.get(int(r["sent_id"])) if r.get("host") is not None
             and not r.get("whole") else None
             for _, r in tgt]  # its words' features are that sentence's
    aligned = [k for k, sid in enumerate(sents["sent_id"]) if int(sid) in ctx.t_sent]
    in_beads = set(aligned)
    known = None if len(aligned) == len(t_text) or any(
        k not in in_beads for m in wanted for k in pieces[m]) else aligned
    enc = pooled()  # whole sentences in a row: from their own statistics, as a paragraph's
    if enc is not None:
        runs = [m for m in wanted if units[m] is None and len(pieces[m]) > 1]
        compose_units(enc, [str(tgt[m][1]["text"]) for m in runs],
                      [[t_text[k] for k in pieces[m]] for m in runs])
    t_vec = _target_vectors(embed, t_text, tgt, units, wanted, known)
    own = {m: float(np.max(embed(list(tgt[m][1]["host_src"])) @ t_vec[len(t_text) + m]))
           for m in wanted if tgt[m][1].get("host_src")}  # a weak host's source
    keys = _keys_by_span(numbers)
    found = _meaning_pairs(src, tgt, ok, s_vec, t_vec, len(t_text), pieces, own, keys, known)
    if found is None:  # a pair held against the aligned sentences: read all of them
        t_vec = _target_vectors(embed, t_text, tgt, units, wanted, None)
        found = _meaning_pairs(src, tgt, ok, s_vec, t_vec, len(t_text), pieces, own, keys,
                               None)
    pairs = found or []
    done_s: set[int] = set()
    done_t: set[int] = set()
    drop: set[int] = set()
    extra: list[dict[str, Any]] = []
    whole: set[int] = set()  # omitted paragraph rows found moved whole
    split: dict[int, set[int]] = {}  # ...found moved one sentence at a time: those sentences
    for _cos, n, m in sorted(pairs, reverse=True):
        if n in done_s or m in done_t or done_t & set(parts.get(m, ())):
            continue
        i = src[n][0]
        if owner.get(n) in whole or (i is not None and i in split):
            continue  # a paragraph moved whole, or one sentence of it moved
        if n in owner:
            split.setdefault(owner[n], set()).add(int(src[n][1]["sent_id"]))
        elif i is not None and str(src[n][1]["level"]) == "paragraph":
            whole.add(i)
        done_s.add(n)
        done_t.add(m)
        for k in parts.get(m, ()):
            done_t.add(k)
            part = tgt[k][0]
            if part is not None:
                drop.add(part)
        (i, s), (j, t) = src[n], tgt[m]
        if same_place_as(ctx, s.get("sent_id"), t.get("sent_id"), t.get("start_char"),
                         t.get("end_char")):
            drop |= {k for k in (i, j) if k is not None}
            continue  # a paragraph break moved, not the sentence: it is translated
        row = moved_row(s, {
            "other_bead_id": t["bead_id"], "other_para_id": t["para_id"],
            "other_sent_id": t.get("sent_id"), "other_start_char": t["start_char"],
            "other_end_char": t["end_char"], "other_text": t["text"]})
        if i is None:
            extra.append(row)
        else:
            rows[i] = row
        if j is not None:
            drop.add(j)
    if not done_s:
        return passages
    for i, moved in split.items():  # the paragraph's other sentences stay omitted
        drop.add(i)
        extra += [{**x, "note": "sentence not translated"}
                  for x in _paragraph_sentences(ctx, rows[i]) if int(x["sent_id"]) not in moved]
    return _frame([r for k, r in enumerate(rows) if k not in drop] + extra)


def _pieces(xs: np.ndarray, ys: np.ndarray, tgt: list[tuple[int | None, dict[str, Any]]]
            ) -> list[list[int]]:
    """For each target candidate, the rows of the target sentences (starts ``xs``, ends
    ``ys``) that overlap it. Sentences in text order (starts and ends both rising, as
    the splitter gives them) overlap a span in one run of rows: from the first whose end
    is past the span's start to the last whose start is before its end (two binary
    searches, the same rows as testing every sentence); otherwise every one is tested."""
    if len(xs) < 2 or (bool(np.all(xs[1:] >= xs[:-1])) and bool(np.all(ys[1:] >= ys[:-1]))):
        out = []
        for _, r in tgt:
            a, b = int(r["start_char"]), int(r["end_char"])
            lo, hi = int(np.searchsorted(ys, a, "right")), int(np.searchsorted(xs, b, "left"))
            out.append(list(range(lo, hi)))
        return out
    return [np.flatnonzero((xs < int(r["end_char"])) & (int(r["start_char"]) < ys)).tolist()
            for _, r in tgt]


def _may_pair(ctx: _Context, i: int | None, s: dict[str, Any], j: int | None,
              t: dict[str, Any], ratio: float) -> bool:
    """The checks of a source and a target candidate of :func:`_moved_by_meaning` that
    need no embedding: not one paragraph bead, a stretch only for a sentence, lengths
    within :data:`LENGTH_BAND` of ``ratio``."""
    if (i is None or j is None) and _same_paragraph_bead(ctx, s, t):
        return False
    if t.get("host") is not None and (_same_paragraph_bead(ctx, s, t) or not
                                      _SENTENCE_END.search(str(s["text"]))):
        return False  # a sentence split differently inside one paragraph, or a
        # byline or dateline (no sentence): a stretch is no sure evidence
    size = (_nonspace(str(t["text"])) + 1) / (ratio * _nonspace(str(s["text"])) + 1)
    return LENGTH_BAND[0] <= size <= LENGTH_BAND[1]


def _target_vectors(embed: Any, t_text: list[str], tgt: list[tuple[int | None, dict[str, Any]]],
                    units: list[str | None], wanted: list[int], known: list[int] | None
                    ) -> np.ndarray:
    """Embeddings of the target sentences (only rows ``known``; None: all) and of the
    ``wanted`` target candidates, at their rows of ``t_text + tgt`` (others zero:
    never read). Sentences outside every bead (page furniture: the alignment never
    embedded them) are read only when a pair needs them (:func:`_meaning_pairs`)."""
    rows = list(range(len(t_text))) if known is None else known
    vec = embed([t_text[k] for k in rows] + [str(tgt[m][1]["text"]) for m in wanted],
                [None] * len(rows) + [units[m] for m in wanted])
    out = np.zeros((len(t_text) + len(tgt), vec.shape[1]), np.float32)
    out[rows + [len(t_text) + m for m in wanted]] = vec
    return out


def _meaning_pairs(src: list[tuple[int | None, dict[str, Any]]],
                   tgt: list[tuple[int | None, dict[str, Any]]], ok: list[list[bool]],
                   s_vec: np.ndarray, t_vec: np.ndarray, n_text: int,
                   pieces: list[list[int]], own: dict[int, float], keys: Any,
                   known: list[int] | None) -> list[tuple[float, int, int]] | None:
    """(cosine, source, target candidate) of each pair :func:`_moved_by_meaning` takes.
    ``known``: the target sentences embedded (None: all); the best other sentence of a
    pair is then the best of these, a lower bound, so a pair that passes needs the
    others: None is returned (exact: the rule only drops pairs). A source whose free
    numbers are not in a target that holds only numbers joined to another source
    passage is no pair, however close the words (a translator moves a sentence with
    its figures; a dropped sentence on the same topic as a kept one reads close)."""
    pairs: list[tuple[float, int, int]] = []
    rows = np.arange(n_text) if known is None else np.array(known, np.int64)
    for n, (_, s) in enumerate(src):
        sims = t_vec @ s_vec[n]
        order = rows[np.argsort(-sims[rows], kind="stable")].tolist()  # best first
        for m, (_, t) in enumerate(tgt):
            if not ok[n][m]:
                continue
            cos = float(sims[n_text + m])
            if t.get("host") is None:  # a stretch counts alone, not its whole sentence
                cos = max([cos] + [float(sims[k]) for k in pieces[m]])
            rest = next((float(sims[k]) for k in order if k not in pieces[m]), None)
            if cos < WEAK_COS or (rest is not None and cos < rest + WEAK_GAP) or \
                    cos < own.get(m, -1.0) + WEAK_GAP:
                continue
            s_keys, t_keys = keys("src", s, t), keys("tgt", t, s)
            shared = s_keys & t_keys
            owned = keys("tgt", t, s, owned=True) if s_keys and not t_keys else set()
            if owned and not owned & s_keys:
                continue  # s's figures are not in t, and t's own are another's
            if _figures_left(s_keys, keys("tgt", t, s, every=True)):
                continue  # most of s's figures are not in t: a part of it moved at most
            if (t.get("host") is not None or cos >= KINDS_COS) and not shared:
                shared = _same_kinds(s_keys, t_keys)
            if not shared and rest is not None and cos >= rest + CLEAR_GAP and \
                    t.get("host") is None and _SENTENCE_END.search(str(s["text"])) and \
                    not keys("src", s, t, every=True) and \
                    not keys("tgt", t, s, every=True):
                shared = {"clear"}  # no figures on either side, nothing else close
            if cos >= SURE_COS or shared:
                if known is not None:
                    return None
                pairs.append((cos, n, m))
    return pairs


def _paragraph_sentences(ctx: _Context, row: dict[str, Any]) -> list[dict[str, Any]]:
    """``omitted`` sentence rows of the sentences of the paragraph row ``row``: a
    paragraph reported omitted whose one sentence the translator moved elsewhere (the
    whole paragraph reads far from that one sentence) and whose other the translator
    dropped."""
    a, b = int(row["start_char"]), int(row["end_char"])
    return [{**row, "level": "sentence", "sent_id": sid, "start_char": x,
             "end_char": y, "text": t, "score": float(_nonspace(t)),
             "bead_id": ctx.bead_of("src", row["para_id"], sid)}
            for sid, (x, y, _, t) in _sentence_rows(ctx, "src").items() if x >= a and y <= b]


_SENTENCE_END = re.compile("[.!?][\"”’')]*\\s*$")
HOST_LEFT = 0.7
"""A stretch of a target sentence is taken for a moved sentence run into it only when
the rest of its sentence bead still reads as a translation of the bead's source: at
least this share of the source's length (times the document's ratio) is left
(:func:`_merged_windows`)."""
MIN_WINDOW = 12
"""Fewest non-space characters of a stretch of a target sentence taken as a moved
sentence run into it."""


def _merged_windows(ctx: _Context, ratio: float, shortest: int, longest: int
                    ) -> list[dict[str, Any]]:
    """Target candidates for a moved sentence that the Thai splitter ran into a
    neighbouring sentence (``... 1.38 ล้านคัน "เราจะไม่เข้าร่วมสงครามราคา"``: the
    translator put it after another sentence, and no space of the text tells the two
    apart): the stretches between spaces at the start or end of each target sentence
    of a sentence bead with both sides, within :data:`LENGTH_BAND` of the source
    candidates' lengths (``shortest`` to ``longest`` non-space characters, times
    ``ratio``), whose bead keeps :data:`HOST_LEFT` of its expected length without
    them (the bead's own translation is still there). Each row carries ``host``, the
    share of the bead left. Whole target sentences at either end of a bead of several
    (``whole``) are candidates on the same terms: a sentence moved to the end of
    another paragraph is merged by the sentence DP into that paragraph's last bead
    (``1-3``), and the Thai splitter may cut it in two. A whole run whose bead keeps
    less (the paragraph's own translation was cut short, or its last source sentence
    dropped, and the DP paired that source with the moved sentence) carries
    ``host_src``, the bead's source sentences: it must then read closer to the omitted
    source than to each of them by :data:`WEAK_GAP` (:func:`_moved_by_meaning`)."""
    t, src = _sentence_rows(ctx, "tgt"), _sentence_rows(ctx, "src")
    text = ctx.tgt.text
    least = max(MIN_WINDOW, ratio * shortest * LENGTH_BAND[0])
    most = ratio * longest * LENGTH_BAND[1]
    out: list[dict[str, Any]] = []
    for bead, s_ids, t_ids, s_text, t_text in zip(
            ctx.sent["bead_id"], ctx.sent["src_ids"], ctx.sent["tgt_ids"],
            ctx.sent["src_text"], ctx.sent["tgt_text"]):
        if not len(s_ids) or not len(t_ids):
            continue
        expected, have = ratio * _nonspace(str(s_text)), _nonspace(str(t_text))
        for sid in t_ids:
            a, b, para, _ = t[int(sid)]
            gaps = list(re.finditer(r"\s+", text[a:b]))
            spans = [(a, a + g.start()) for g in gaps] + [(a + g.end(), b) for g in gaps]
            for x, y in spans:
                size = _nonspace(text[x:y])
                left = (have - size) / max(expected, 1.0)
                if least <= size <= most and left >= HOST_LEFT:
                    out.append({"kind": "added", "level": "sentence", "bead_id": int(bead),
                                "side": "tgt", "para_id": para,
                                "sent_id": int(sid), "start_char": x, "end_char": y,
                                "text": text[x:y], "score": float(size), "host": left})
        ids = [int(x) for x in t_ids]
        for run in [ids[:k] for k in range(1, len(ids))] + \
                [ids[k:] for k in range(1, len(ids))]:
            x, y = t[run[0]][0], t[run[-1]][1]
            size = _nonspace(text[x:y])
            left = (have - size) / max(expected, 1.0)
            if least <= size <= most:  # a weak host: must read far from its sources
                out.append({"kind": "added", "level": "sentence", "bead_id": int(bead),
                            "side": "tgt", "para_id": t[run[0]][2], "sent_id": run[0],
                            "start_char": x, "end_char": y, "text": text[x:y],
                            "score": float(size), "host": left, "whole": True,
                            "host_src": None if left >= HOST_LEFT else [
                                src[int(k)][3] for k in s_ids]})
    return out


def _adjacent(ctx: _Context, tgt: list[tuple[int | None, dict[str, Any]]]
              ) -> list[tuple[list[int], dict[str, Any]]]:
    """Pairs of target candidates (added sentences or sentences of ``0-1`` beads, not
    stretches of a longer sentence) next to each other in one paragraph, joined into
    one candidate: the Thai splitter may cut one moved sentence in two (a quote and its
    speaker, ``"...40,000 เปโซได้" | นายราอูล ... กล่าว``), and each half alone reads far
    from the source sentence. Returns (the two positions in ``tgt``, the joined row)."""
    whole = sorted((int(r["start_char"]), k) for k, (_, r) in enumerate(tgt)
                   if str(r["level"]) == "sentence" and r.get("host") is None)
    out = []
    for (a, k), (b, q) in itertools.pairwise(whole):
        r, t = tgt[k][1], tgt[q][1]
        end = int(r["end_char"])
        if r["para_id"] != t["para_id"] or end > b or ctx.tgt.text[end:b].strip():
            continue
        out.append(([k, q], {**r, "end_char": int(t["end_char"]),
                             "text": ctx.tgt.text[a:int(t["end_char"])],
                             "score": float(_nonspace(ctx.tgt.text[a:int(t["end_char"])]))}))
    return out


def _unreported(ctx: _Context, rows: list[dict[str, Any]], side: str
                ) -> list[dict[str, Any]]:
    """Passage rows (``sentence`` level) of the sentences of ``1-0`` (source) or
    ``0-1`` (target) sentence beads that no passage row covers."""
    covered = [(int(r["start_char"]), int(r["end_char"])) for r in rows
               if str(r["side"]) == side and not pd.isna(r["start_char"])]
    s = _sentence_rows(ctx, side)
    out = []
    col, kind = ("src_ids", "1-0") if side == "src" else ("tgt_ids", "0-1")
    for bead, ids, k in zip(ctx.sent["bead_id"], ctx.sent[col], ctx.sent["kind"].astype(str)):
        if k != kind:
            continue
        for sid in ids:
            x, y, para, text = s[int(sid)]
            if any(a0 < y and x < b0 for a0, b0 in covered):
                continue
            out.append({"kind": "omitted" if side == "src" else "added",
                        "level": "sentence", "bead_id": int(bead), "side": side,
                        "para_id": para, "sent_id": int(sid),
                        "start_char": x, "end_char": y, "text": text,
                        "score": float(_nonspace(text))})
    return out


def _sentence_rows(ctx: _Context, side: str) -> dict[int, tuple[int, int, int, str]]:
    """``sent_id`` → (start_char, end_char, para_id, text) of the sentences of one
    ``side`` (``src`` or ``tgt``; read once per comparison)."""
    def build(s: pd.DataFrame) -> dict[int, tuple[int, int, int, str]]:
        return {int(k): (int(a), int(b), int(p), str(t)) for k, a, b, p, t in zip(
            s["sent_id"], s["start_char"], s["end_char"], s["para_id"], s["text"])}

    doc = ctx.src if side == "src" else ctx.tgt
    return per_comparison(ctx, f"sentence_rows_{side}", doc.sentences, build)


def _same_paragraph_bead(ctx: _Context, s: dict[str, Any], t: dict[str, Any]) -> bool:
    """Whether source row ``s`` and target row ``t`` sit in one paragraph bead."""
    ps = ctx.s_para.get(int(s["para_id"])) if not pd.isna(s["para_id"]) else None
    pt = ctx.t_para.get(int(t["para_id"])) if not pd.isna(t["para_id"]) else None
    return ps is not None and ps == pt


def _keys_by_span(numbers: pd.DataFrame) -> Any:
    """A function (side, passage row, the other side's row) → the number keys of that
    side inside the passage's span that are no evidence of another passage: a number
    without a partner, or joined inside the other row. A number the join already paired
    with a source number elsewhere (``first-class honours`` / ``เกียรตินิยมอันดับหนึ่ง``
    of the sentence around a stretch) belongs to that translation, so it never ties
    a dropped sentence (``an award first presented…``) to the stretch. So does a
    one-sided number the join explained in place (``format_only``: the แรก of
    ``เริ่มจัดครั้งแรก``, the start the English said as ``began``): the sentence
    around it translates its own source, and a dropped ``finished first or second``
    shares its key by chance. Only a number left ``missing`` or ``added`` is free.
    With ``owned``: the keys of the numbers the join paired outside the other row
    instead (a stretch whose figures its own sentence's source holds: a dropped
    sentence of other figures, ``3,287 contributions worth $6.2 billion``, that reads
    close to it, ``ร่วมทุนและซื้อหุ้น ... 3.62 หมื่นล้านดอลลาร์``, did not move there:
    a moved sentence brings its figures, :func:`_meaning_pairs`); only a number paired
    keeping its value (:data:`~.passage_moves.KEPT_NUMBER`): a ``mismatch`` is the join's
    guess (``three to two`` / ``50 ... 65`` of a sentence moved in where the translator
    dropped a clause). With ``every``: the keys of all its numbers."""
    other_side = {"src": "tgt", "tgt": "src"}
    status = numbers["status"].astype(str)
    one_sided = status.isin(["missing", "added"])
    kept = status.isin(list(KEPT_NUMBER))

    def keys(side: str, row: dict[str, Any], other: dict[str, Any], *,
             owned: bool = False, every: bool = False) -> set[str]:
        at = numbers[f"{side}_start_char"]
        inside = ((at >= int(row["start_char"])) & (at < int(row["end_char"]))).fillna(False)
        partner = numbers[f"{other_side[side]}_start_char"]
        within = ((partner >= int(other["start_char"]))
                  & (partner < int(other["end_char"]))).fillna(False)
        free = (partner.isna() & one_sided) | within
        if owned:  # paired with a number outside ``other``: another passage's translation
            free = partner.notna() & ~within & kept
        if every:  # every number inside, whatever its partner
            free = at.notna()
        return {str(k) for k in numbers.loc[inside & free, "key"].dropna()}
    return keys
