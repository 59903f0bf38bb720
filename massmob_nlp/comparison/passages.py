"""Passage checks: omitted and added paragraphs or sentences, beads whose length ratio
is an outlier, and Latin-script text left untranslated in the target.

A sentence bead ``1-0`` is an omission only when the enclosing paragraph bead is short
by about that sentence's length; otherwise the sentence was merged into a neighbour.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from .. import tables
from ..pipeline import Analysis
from .context import _Context, _nonspace, column_list, per_comparison
from .passage_claims import _sentence_numbers, _spare_keys, _target_numbers, is_kicker
from .passage_far import reads_nowhere
from .passage_latin import untranslated
from .passage_moves import MOVED_NOTE, _moved_sentences

__all__ = ["MOVED_NOTE", "_moved_sentences", "_passages", "_unanchored_paragraphs",
           "is_kicker"]

OMISSION_SHARE = 0.5
"""A 1-0 sentence is omitted when its paragraph bead lacks this share of its length."""
LENGTH_Z = 4.0
"""Robust z-score (log length ratio vs the document's median) that flags a bead."""
LENGTH_MIN_LOG = 0.45
"""...and the log ratio must also deviate by at least this much (≈ ×1.57)."""
SKIP_Z = 3.0
MIN_SKIP_LOG = 0.2
"""A sentence counts as omitted/added only if its paragraph bead's log length ratio is
off the document's median by ``max(SKIP_Z × spread, MIN_SKIP_LOG)``."""
MIN_SPREAD = 0.05


def _passages(ctx: _Context, *, embeddings: bool = False) -> pd.DataFrame:
    """The ``passages`` table: skipped paragraphs and sentences, length outliers and
    untranslated spans. With ``embeddings`` a short ``1-0`` sentence is also judged by
    its meaning (:func:`~.passage_far.reads_nowhere`)."""
    rows: list[dict[str, Any]] = []
    ratio, spread = _length_stats(ctx)
    _paragraph_skips(ctx, rows)
    budget = _sentence_skips(ctx, rows, ratio, spread, embeddings=embeddings)
    _length_outliers(ctx, rows, ratio, spread, budget)
    untranslated(ctx, rows)
    return tables.make_frame("passages", rows)


def _sent_rows(a: Analysis) -> dict[int, tuple[int, int, int, str]]:
    s = a.sentences
    return {int(i): (int(p), int(b), int(e), str(t)) for i, p, b, e, t in zip(
        s["sent_id"], s["para_id"], s["start_char"], s["end_char"], s["text"])}


def _para_rows(a: Analysis) -> dict[int, tuple[int, int, str]]:
    p = a.paragraphs
    return {int(i): (int(b), int(e), str(t)) for i, b, e, t in zip(
        p["para_id"], p["start_char"], p["end_char"], p["text"])}


def _length_stats(ctx: _Context) -> tuple[float, float]:
    """Median target/source length ratio over paragraph beads with both sides, and the
    robust spread (1.4826 × MAD, floored) of their log ratios."""
    p = ctx.para
    logs = np.array([math.log((_nonspace(t) + 1) / (_nonspace(s) + 1))
                     for s, t, kind in zip(column_list(p["src_text"]),
                                           column_list(p["tgt_text"]),
                                           column_list(p["kind"]), strict=True)
                     if str(kind) not in ("1-0", "0-1")])
    if not len(logs):
        return 1.037, MIN_SPREAD
    mid = float(np.median(logs))
    return math.exp(mid), max(1.4826 * float(np.median(np.abs(logs - mid))), MIN_SPREAD)


def _paragraph_skips(ctx: _Context, rows: list[dict[str, Any]]) -> None:
    s_par, t_par = _para_rows(ctx.src), _para_rows(ctx.tgt)
    first = {**{("src", p): b for p, b in ctx.s_first.items()},
             **{("tgt", p): b for p, b in ctx.t_first.items()}}
    for ids_s, ids_t, kind in zip(ctx.para["src_ids"], ctx.para["tgt_ids"], ctx.para["kind"]):
        if str(kind) not in ("1-0", "0-1"):
            continue
        side, pid = ("src", ids_s[0]) if ids_s else ("tgt", ids_t[0])
        start, end, text = (s_par if side == "src" else t_par)[pid]
        if is_kicker(text):
            continue  # a section label above the headline: no passage of the story
        rows.append({"kind": "omitted" if side == "src" else "added",
                     "level": "paragraph", "bead_id": first.get((side, pid)),
                     "side": side, "para_id": pid, "start_char": start, "end_char": end,
                     "text": text, "score": float(_nonspace(text)),
                     "note": "paragraph not translated" if side == "src"
                     else "paragraph not in the source"})


def _sentence_skips(ctx: _Context, rows: list[dict[str, Any]], ratio: float,
                    spread: float, *, embeddings: bool = False) -> dict[int, float]:
    """1-0 / 0-1 sentence beads inside paragraph beads that are significantly short /
    long (log ratio off the median by ``SKIP_Z`` spreads) by about that sentence; with
    ``embeddings``, a source sentence whose paragraph bead is short by half its length
    though not significantly is lost when it reads far from the target paragraphs
    around it (:func:`~.passage_far.reads_nowhere`).
    Returns each paragraph bead's remaining length deficit (expected − actual target
    characters, after the reported omissions and additions)."""
    s_sent, t_sent = _sent_rows(ctx.src), _sent_rows(ctx.tgt)
    para_kind = {int(b): str(k) for b, k in zip(column_list(ctx.para["bead_id"]),
                                                 column_list(ctx.para["kind"]), strict=True)}
    budget: dict[int, float] = {}
    dev: dict[int, float] = {}
    for pb, s_text, t_text in zip(column_list(ctx.para["bead_id"]),
                                  column_list(ctx.para["src_text"]),
                                  column_list(ctx.para["tgt_text"])):
        expected, actual = ratio * _nonspace(s_text), _nonspace(t_text)
        budget[int(pb)] = expected - actual
        dev[int(pb)] = math.log((actual + 20) / (expected + 20))
    limit = max(SKIP_Z * spread, MIN_SKIP_LOG)
    whole = _whole_paragraph_skips(ctx, para_kind, rows)
    for bead, ids_s, ids_t, kind in zip(ctx.sent["bead_id"], ctx.sent["src_ids"],
                                        ctx.sent["tgt_ids"], ctx.sent["kind"]):
        pb = ctx.sent_para.get(int(bead), -1)
        if para_kind.get(pb) in ("1-0", "0-1"):
            continue
        if str(kind) not in ("1-0", "0-1"):
            if ids_t and (len(ids_s) >= 2 or (
                    len(ids_s) == 1 and _bare_pair(ctx, int(ids_s[0]), ids_t))):
                _merged_skips(ctx, rows, budget, int(bead), pb, ids_s, ratio, s_sent)
            continue
        side = "src" if ids_s else "tgt"
        pid, start, end, text = (s_sent if side == "src" else t_sent)[(ids_s or ids_t)[0]]
        if (side, pid) in whole:
            budget[pb] = budget.get(pb, 0.0) + (-1 if side == "src" else 1) * (
                (ratio if side == "src" else 1.0) * _nonspace(text))
            continue
        need = (ratio if side == "src" else 1.0) * _nonspace(text) * OMISSION_SHARE
        have = budget.get(pb, 0.0) if side == "src" else -budget.get(pb, 0.0)
        off = -dev.get(pb, 0.0) if side == "src" else dev.get(pb, 0.0)
        if (have < need or (off < limit and not (side == "src" and (
                _numbers_lost(ctx, (ids_s or ids_t)[0], pb)
                or _quote_lost(ctx, text, pb)
                or (embeddings and reads_nowhere(ctx, text, pb)))))) and not (
                side == "src" and (_numbers_nowhere(ctx, (ids_s or ids_t)[0])
                                   or _figure_nowhere(ctx, (ids_s or ids_t)[0]))):
            continue  # sentence split drift: the content is in a neighbouring bead
        full = need / OMISSION_SHARE
        budget[pb] = budget.get(pb, 0.0) + (-full if side == "src" else full)
        rows.append({"kind": "omitted" if side == "src" else "added", "level": "sentence",
                     "bead_id": int(bead), "side": side, "para_id": pid,
                     "sent_id": (ids_s or ids_t)[0],
                     "start_char": start, "end_char": end, "text": text,
                     "score": float(_nonspace(text)),
                     "note": "sentence not translated" if side == "src"
                     else "sentence not in the source"})
    return budget


MERGED_MIN_NUMBERS = 2
"""Least numbers of a source sentence inside a many-sentence bead (2-1, 3-2...), none
written in its paragraph bead's target, for it to be reported omitted
(:func:`_merged_skips`)."""


def _merged_skips(ctx: _Context, rows: list[dict[str, Any]], budget: dict[int, float],
                  bead: int, pbead: int, ids: Sequence[int], ratio: float,
                  s_sent: dict[int, tuple[int, int, int, str]]) -> None:
    """Report omitted each source sentence of the many-sentence bead ``bead`` (or of a
    ``1-1`` bead with no figure in its target, :func:`_bare_pair`) that
    holds :data:`MERGED_MIN_NUMBERS` numbers at least, not one of them written in the
    target paragraphs of its paragraph bead, when that bead is short by half its
    length at least, or none of them written anywhere in the target: the aligner
    put a dropped sentence with its neighbour (``The board cut the rate to 4.75%. |
    Deposit rates were also cut to 4.25% and 5.25%.`` against one Thai sentence),
    and its numbers show it is not there. ``s_sent``: :func:`_sent_rows` of the source."""
    for sid in ids:
        pid, start, end, text = s_sent[int(sid)]
        need = ratio * _nonspace(text) * OMISSION_SHARE
        if not _numbers_nowhere(ctx, int(sid)) and (budget.get(pbead, 0.0) < need or not
                                                    _numbers_lost(ctx, int(sid), pbead,
                                                                  least=MERGED_MIN_NUMBERS,
                                                                  every=True)):
            continue
        budget[pbead] = budget.get(pbead, 0.0) - need / OMISSION_SHARE
        rows.append({"kind": "omitted", "level": "sentence", "bead_id": bead,
                     "side": "src", "para_id": pid, "sent_id": int(sid),
                     "start_char": start, "end_char": end, "text": text,
                     "score": float(_nonspace(text)), "note": "sentence not translated"})


def _numbers_lost(ctx: _Context, sent_id: int, pbead: int, *, least: int = 1,
                  every: bool = False) -> bool:
    """Whether most of the (not vague) numbers of source sentence ``sent_id`` are
    written nowhere in the target paragraphs of its paragraph bead ``pbead`` (number
    keys): a short dropped sentence that carried a figure (``Diesel costs 134.2p.``)
    is an omission even when the paragraph's length alone does not show it, while a
    sentence merged into a neighbour's translation keeps its numbers there, and one
    moved to another paragraph has them written there (not counted lost; a key the
    target writes no more often than the other source sentences do is theirs,
    :func:`_spare_keys`: ``in 2022`` of a dropped sentence beside a kept ``(2022)``).
    With
    ``least`` the sentence must hold that many such numbers, with ``every`` all of
    them must be lost."""
    keys = [str(k) for k, _, _ in _sentence_numbers(ctx).get(int(sent_id), ())
            if not pd.isna(k)]
    if not keys:
        return False
    by_para = _target_numbers(ctx)[0]
    there = {k for p, b in ctx.t_para.items() if b == pbead for k in by_para.get(int(p), ())}
    lost = sum(k not in there for k in keys)
    spare = _spare_keys(ctx, keys)
    if 2 * sum(k in spare for k in keys if k not in there) > lost:
        return False  # written in another paragraph: a moved sentence, not a lost one
    if len(keys) < least or (every and lost < len(keys)):
        return False
    return lost > 0 and 2 * lost >= len(keys)


def _bare_pair(ctx: _Context, sent_id: int, tgt_ids: Sequence[int]) -> bool:
    """Whether source sentence ``sent_id`` holds :data:`MERGED_MIN_NUMBERS` numbers
    written nowhere in the target (:func:`_numbers_nowhere`) and its bead's target
    sentences ``tgt_ids`` hold no number at all: the sentence DP paired a dropped
    sentence (``A rash appeared in 11% of them within 10 days.``) with a piece of the
    neighbour's translation the Thai splitter cut off (``ไม่มีรายใดเกี่ยวข้องกับวัคซีน``);
    a translation keeps its figures somewhere."""
    if not _numbers_nowhere(ctx, sent_id):
        return False
    held = per_comparison(ctx, "tgt_sentences_with_numbers", ctx.tgt.numbers, lambda tn: {
        int(x) for x in tn["sent_id"].dropna()})
    return not any(int(t) in held for t in tgt_ids)


def _numbers_nowhere(ctx: _Context, sent_id: int) -> bool:
    """Whether source sentence ``sent_id`` holds :data:`MERGED_MIN_NUMBERS` (not vague)
    numbers at least and none of them is written anywhere in the target: a ``1-0``
    sentence whose figures (``A day ticket costs VND40,000, a monthly one VND300,000.``)
    are in no part of the translation is lost, even when its paragraph's translation
    is long enough to hide it. A key the target writes no more often than the other
    source sentences do is theirs (``Brent ... 2.1%`` kept, ``WTI ... $1.49, or 2.1%,
    to $72.61`` dropped: the one Thai ``2.1%`` is Brent's)."""
    keys = [str(k) for k, _, _ in _sentence_numbers(ctx).get(int(sent_id), ())
            if not pd.isna(k)]
    return len(set(keys)) >= MERGED_MIN_NUMBERS and not _spare_keys(ctx, keys)


_QUOTE_MARKS = ('"', "“", "”")


def _quotations(text: str) -> int:
    """Quoted passages of ``text`` (pairs of double quote marks)."""
    return sum(text.count(q) for q in _QUOTE_MARKS) // 2


def _quote_lost(ctx: _Context, text: str, pbead: int) -> bool:
    """Whether source sentence ``text`` is a quotation (it opens and closes one) and the
    target paragraphs of its paragraph bead, and the whole target, hold fewer
    quotations than the source's: a dropped quote (``"We will not cut jobs."``) is an
    omission even when short, as translators of news keep a quote a quote. When the
    whole target has as many quotations, the quote was moved to another paragraph."""
    if _quotations(text) < 1 or text.strip()[:1] not in _QUOTE_MARKS or \
            _quotations(ctx.tgt.text) >= _quotations(ctx.src.text):
        return False
    row = ctx.para[ctx.para["bead_id"] == pbead]
    if not len(row):
        return False
    return _quotations(str(row["tgt_text"].iloc[0])) < _quotations(str(row["src_text"].iloc[0]))


def _whole_paragraph_skips(ctx: _Context, para_kind: dict[int, str],
                           rows: list[dict[str, Any]]) -> set[tuple[str, int]]:
    """Paragraphs inside a many-paragraph bead (2-1, 1-2, ...) none of whose sentences
    is aligned: reported as omitted / added paragraphs whatever their length."""
    found: set[tuple[str, int]] = set()
    for side, a, col in (("src", ctx.src, "src_ids"), ("tgt", ctx.tgt, "tgt_ids")):
        pmap = ctx.s_para if side == "src" else ctx.t_para
        if all(para_kind.get(pb) in ("1-0", "0-1", "1-1") for pb in pmap.values()):
            continue  # no many-paragraph bead on this side
        aligned: set[int] = set()
        for ids, kind in zip(column_list(ctx.sent[col]), column_list(ctx.sent["kind"])):
            if str(kind) not in ("1-0", "0-1"):
                aligned.update(ids)
        sents: dict[int, set[int]] = {}
        for pid, sid in zip(column_list(a.sentences["para_id"]),
                            column_list(a.sentences["sent_id"])):
            sents.setdefault(int(pid), set()).add(int(sid))
        paras = a.paragraphs
        for pid, start, end, text in zip(column_list(paras["para_id"]),
                                         column_list(paras["start_char"]),
                                         column_list(paras["end_char"]),
                                         paras["text"].tolist()):
            pb = pmap.get(int(pid))
            if pb is None or para_kind.get(pb) in ("1-0", "0-1", "1-1"):
                continue
            if int(pid) in sents and not (sents[int(pid)] & aligned):
                found.add((side, int(pid)))
                first = min(b for b, q in ctx.sent_para.items() if q == pb)
                rows.append({"kind": "omitted" if side == "src" else "added",
                             "level": "paragraph", "bead_id": first, "side": side,
                             "para_id": int(pid), "start_char": int(start),
                             "end_char": int(end), "text": str(text),
                             "score": float(_nonspace(str(text))),
                             "note": "paragraph not translated" if side == "src"
                             else "paragraph not in the source"})
    return found


def _unanchored_paragraphs(ctx: _Context, numbers: pd.DataFrame,
                           passages: pd.DataFrame) -> pd.DataFrame:
    """Paragraphs of a many-paragraph bead (1-2, 2-1, ...) whose numbers all went
    unmatched while another paragraph of the bead has matched numbers: an inserted or
    dropped paragraph that is too short to show in the length ratio."""
    para_kind = {int(b): str(k) for b, k in zip(column_list(ctx.para["bead_id"]),
                                                 column_list(ctx.para["kind"]), strict=True)}
    if all(para_kind.get(pb) in ("1-0", "0-1", "1-1") for pb in itertools.chain(
            ctx.s_para.values(), ctx.t_para.values())):
        return passages  # no paragraph in a many-paragraph bead
    done = {(str(a), int(b)) for a, b in zip(column_list(passages["side"]),
                                             column_list(passages["para_id"])) if not pd.isna(b)}
    rows = []
    for side, a, miss in (("src", ctx.src, "missing"), ("tgt", ctx.tgt, "added")):
        by_para: dict[int, set[str]] = {}
        for pid, status in zip(numbers[f"{side}_para_id"], numbers["status"]):
            if not pd.isna(pid):
                by_para.setdefault(int(pid), set()).add(str(status))
        pmap = ctx.s_para if side == "src" else ctx.t_para
        for pid, statuses in sorted(by_para.items()):
            pb = pmap.get(int(pid))
            if pb is None or para_kind.get(pb) in ("1-0", "0-1", "1-1") or \
                    statuses != {miss} or (side, int(pid)) in done:
                continue
            others = [q for q, b in pmap.items() if b == pb and q != pid]
            if not any(by_para.get(q, set()) - {miss} for q in others):
                continue
            row = a.paragraphs[a.paragraphs["para_id"] == pid].iloc[0]
            first = min(b for b, q in ctx.sent_para.items() if q == pb)
            rows.append({"kind": "omitted" if side == "src" else "added",
                         "level": "paragraph", "bead_id": first, "side": side,
                         "para_id": int(pid), "start_char": int(row["start_char"]),
                         "end_char": int(row["end_char"]), "text": str(row["text"]),
                         "score": float(_nonspace(str(row["text"]))),
                         "note": "paragraph not translated (no number matched)" if
                         side == "src" else "paragraph not in the source (no number matched)"})
    if not rows:
        return passages
    return tables.make_frame("passages", pd.concat([passages, tables.make_frame(
        "passages", rows)], ignore_index=True))


def _length_outliers(ctx: _Context, rows: list[dict[str, Any]], ratio: float,
                     spread: float, budget: dict[int, float]) -> None:
    """Paragraph beads whose length ratio (after explained omissions) is far from the
    document's median; ``score`` is the robust z-score (higher is more unusual)."""
    p = ctx.para
    both = [(int(b), s, t) for b, s, t, k in zip(p["bead_id"], p["src_text"], p["tgt_text"],
                                                  p["kind"]) if str(k) not in ("1-0", "0-1")]
    if len(both) < 3:
        return
    logs = []
    for b, s, _t in both:
        expected = ratio * _nonspace(s)
        left = budget.get(b, 0.0)
        actual = expected - left  # after removing explained omissions/additions
        logs.append(math.log((actual + 20) / (expected + 20)))
    arr = np.array(logs)
    first: dict[int, int] = {}
    for bead in sorted(ctx.sent_para):
        first.setdefault(ctx.sent_para[bead], bead)
    for (b, _s, t), lg in zip(both, arr, strict=True):
        z = abs(lg) / spread
        if z >= LENGTH_Z and abs(lg) >= LENGTH_MIN_LOG:
            pid = next(iter(p.loc[p["bead_id"] == b, "tgt_ids"].iloc[0]), None)
            rows.append({"kind": "length_ratio", "level": "paragraph",
                         "bead_id": first.get(b), "side": "tgt", "para_id": pid,
                         "text": t, "score": round(z, 2),
                         "note": f"target {'shorter' if lg < 0 else 'longer'} than "
                                 f"expected (×{math.exp(lg):.2f})"})


def _figure_nowhere(ctx: _Context, sent_id: int) -> bool:
    """Whether the ``1-0`` source sentence ``sent_id`` holds a (not vague) number written
    in digits and none of its numbers, by key or by value, is in any part of the
    target: a short dropped sentence whose one figure is nowhere in the translation
    (``Cash is still accepted at 18 smaller crossings.`` in a long translated list
    item) is lost, even when its paragraph's translation is long enough to hide it."""
    mine = _sentence_numbers(ctx).get(int(sent_id), [])
    if not any(any(c.isdigit() for c in str(x)) for _, x, _ in mine):
        return False
    keys = {str(k) for k, _, _ in mine if not pd.isna(k)}
    values = {float(v) for _, _, v in mine if not pd.isna(v)}
    _, t_keys, t_values = _target_numbers(ctx)
    return not (keys & t_keys or values & t_values)
