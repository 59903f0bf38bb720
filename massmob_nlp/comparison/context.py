"""The aligned beads :func:`massmob_nlp.compare` works in.

:func:`_rejoin_skips` repairs paragraph beads the aligner split into a ``1-0`` and a
``0-1``; :class:`_Context` maps sentences and paragraphs of both sides to beads; and
:func:`_pair` greedily pairs mentions (numbers, entities) within ever wider bead windows.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import numpy as np
import pandas as pd

from .. import tables
from ..pipeline import Analysis
from ..tables import column_list as column_list  # re-exported: the comparison reads it here
from ..tables import frame_column, frame_values

NUMBER_STATUSES = ("match", "format_only", "qualifier_changed", "mismatch", "missing",
                   "added")
ENTITY_STATUSES = ("matched", "missing", "added")
PROBLEMS = frozenset({"qualifier_changed", "mismatch", "missing", "added", "omitted",
                      "length_ratio", "untranslated"})
"""Statuses and passage kinds that a reviewer should look at."""


class ComparisonLike(Protocol):
    """What the report reads of a :class:`~massmob_nlp.Comparison` (a protocol, so the
    report does not import the module that calls it)."""

    @property
    def src(self) -> Analysis: ...

    @property
    def tgt(self) -> Analysis: ...

    @property
    def alignment(self) -> pd.DataFrame: ...

    @property
    def paragraph_alignment(self) -> pd.DataFrame: ...

    @property
    def numbers(self) -> pd.DataFrame: ...

    @property
    def entities(self) -> pd.DataFrame: ...

    @property
    def passages(self) -> pd.DataFrame: ...

    @property
    def summary(self) -> pd.Series: ...

    @property
    def verdict(self) -> str: ...

    def problems(self) -> pd.DataFrame: ...


NUMBER_WINDOW = 1
"""Sentence beads on each side searched for a number not found in its own bead."""


# ------------------------------------------------------------------- rejoining skips

def _rejoin_skips(src: Analysis, tgt: Analysis, para: pd.DataFrame, sent: pd.DataFrame,
                  align_lists: Callable[[list[str], list[str]], Any]
                  ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Merge neighbouring ``1-0`` and ``0-1`` paragraph beads that share a number key or
    an entity id into one ``1-1`` bead (a translation shortened so much that the aligner
    skipped both sides) and re-align the sentences inside it."""
    merged = _skipped_pairs(src, tgt, para)
    if not merged:
        return para, sent
    p_rows = para.to_dict("records")
    new_para = []
    for k, row in enumerate(p_rows):
        if k in merged:
            new_para.append({**row, "src_ids": (merged[k][0],), "tgt_ids": (merged[k][1],),
                             "src_text": row["src_text"] or p_rows[k + 1]["src_text"],
                             "tgt_text": row["tgt_text"] or p_rows[k + 1]["tgt_text"],
                             "kind": "1-1", "score": math.nan})
        elif k - 1 not in merged:
            new_para.append(row)
    owner: dict[tuple[str, int], tuple[int, int]] = {}
    for pair in merged.values():
        for side, a, pid in (("src", src, pair[0]), ("tgt", tgt, pair[1])):
            for sid in a.sentences.loc[a.sentences["para_id"] == pid, "sent_id"]:
                owner[(side, int(sid))] = pair
    new_sent, done = [], set()
    for row in sent.to_dict("records"):
        key = ("src", row["src_ids"][0]) if row["src_ids"] else ("tgt", row["tgt_ids"][0])
        found = owner.get(key)
        if found is None:
            new_sent.append(row)
        elif found not in done:
            done.add(found)
            new_sent.extend(_inner_beads(src, tgt, found, align_lists))
    for n, row in enumerate(new_para):
        row["bead_id"] = n
    for n, row in enumerate(new_sent):
        row["bead_id"] = n
    return tables.make_frame("alignment", new_para), tables.make_frame("alignment", new_sent)


def _skipped_pairs(src: Analysis, tgt: Analysis, para: pd.DataFrame
                   ) -> dict[int, tuple[int, int]]:
    """Position of each ``1-0``/``0-1`` paragraph bead followed by its mirror, where the
    two paragraphs share evidence → (source para_id, target para_id)."""
    kinds = [str(k) for k in frame_column(para, "kind")]
    merged: dict[int, tuple[int, int]] = {}
    src_ids, tgt_ids = frame_column(para, "src_ids"), frame_column(para, "tgt_ids")
    k = 0
    while k + 1 < len(kinds):
        if {kinds[k], kinds[k + 1]} == {"1-0", "0-1"}:
            ids = src_ids[k] or src_ids[k + 1]
            jds = tgt_ids[k] or tgt_ids[k + 1]
            if _shared_evidence(src, tgt, ids[0], jds[0]):
                merged[k] = (ids[0], jds[0])
                k += 2
                continue
        k += 1
    return merged


def _shared_evidence(src: Analysis, tgt: Analysis, p: int, q: int) -> bool:
    """Whether source paragraph ``p`` and target paragraph ``q`` share two number keys
    or entity ids, or one that no other paragraph of either document holds (a figure
    or name of that paragraph alone). One common mention (a year or a country named
    all through the article, a vague ``one``) does not make two skipped neighbours one
    paragraph: the aligner skipped them because their texts differ."""
    shared: list[tuple[str, Any]] = []
    rest: list[set[Any]] = []
    for col, frame in (("key", "numbers"), ("entity_id", "entities")):
        mine, others = [], set()
        for a, i in ((src, p), (tgt, q)):
            t = getattr(a, frame)
            if col == "key":
                t = t[~t["vague"].fillna(False).astype(bool)]
            here = t["para_id"] == i
            mine.append(set(t.loc[here, col].dropna()))
            others |= set(t.loc[~here, col].dropna())
        shared += [(col, v) for v in mine[0] & mine[1]]
        rest.append(others)
    if len(shared) >= 2:
        return True
    return any(v not in rest[col == "entity_id"] for col, v in shared)


def _inner_beads(src: Analysis, tgt: Analysis, pair: tuple[int, int],
                 align_lists: Callable[[list[str], list[str]], Any]) -> list[dict[str, Any]]:
    s = src.sentences[src.sentences["para_id"] == pair[0]]
    t = tgt.sentences[tgt.sentences["para_id"] == pair[1]]
    s_ids, t_ids = s["sent_id"].astype(int).tolist(), t["sent_id"].astype(int).tolist()
    frame = align_lists(s["text"].astype(str).tolist(), t["text"].astype(str).tolist()
                        ).to_frame()
    rows: list[dict[str, Any]] = frame.to_dict("records")
    for row in rows:
        row["src_ids"] = tuple(s_ids[i] for i in row["src_ids"])
        row["tgt_ids"] = tuple(t_ids[j] for j in row["tgt_ids"])
    return rows


# ------------------------------------------------------------------------ context

T = TypeVar("T")


class _Context:
    """Maps from sentences and paragraphs to beads, for both sides."""

    def __init__(self, src: Analysis, tgt: Analysis, para: pd.DataFrame,
                 sent: pd.DataFrame):
        self.src, self.tgt, self.para, self.sent = src, tgt, para, sent
        sent_beads, para_beads = frame_column(sent, "bead_id"), frame_column(para, "bead_id")
        sent_ids = {side: frame_column(sent, side) for side in ("src_ids", "tgt_ids")}
        self.s_sent = _unit_to_bead(sent_ids["src_ids"], sent_beads)
        self.t_sent = _unit_to_bead(sent_ids["tgt_ids"], sent_beads)
        self.s_para = _unit_to_bead(frame_column(para, "src_ids"), para_beads)
        self.t_para = _unit_to_bead(frame_column(para, "tgt_ids"), para_beads)
        # sentence bead -> paragraph bead (through either side's paragraph)
        self.sent_para: dict[int, int] = {}
        for side, a, pmap in (("src_ids", src, self.s_para), ("tgt_ids", tgt, self.t_para)):
            s2p = {int(s): int(p) for s, p in zip(frame_column(a.sentences, "sent_id"),
                                                  frame_column(a.sentences, "para_id"))}
            for bead, ids in zip(sent_beads, sent_ids[side]):
                for i in ids:
                    if s2p.get(i) in pmap:
                        self.sent_para.setdefault(int(bead), pmap[s2p[i]])
        self.s_first = _first_bead_of_para(src, self.s_sent)
        self.t_first = _first_bead_of_para(tgt, self.t_sent)
        self.memo: dict[str, tuple[pd.DataFrame, Any]] = {}
        """What a later check reads of a table again and again, made once
        (:func:`per_comparison`)."""

    def bead_of(self, side: str, para_id: Any, sent_id: Any) -> int | None:
        """Sentence bead of a mention (``None`` outside the aligned text)."""
        smap, first = (self.s_sent, self.s_first) if side == "src" else (
            self.t_sent, self.t_first)
        if not pd.isna(sent_id) and int(sent_id) in smap:
            return smap[int(sent_id)]
        if not pd.isna(para_id):
            return first.get(int(para_id))
        return None


def _unit_to_bead(ids: list[Any], beads: list[Any]) -> dict[int, int]:
    return {int(i): int(b) for unit_ids, b in zip(ids, beads) for i in unit_ids}


def _first_bead_of_para(a: Analysis, sent_map: dict[int, int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for p, s in zip(frame_column(a.sentences, "para_id"), frame_column(a.sentences, "sent_id")):
        if int(s) in sent_map:
            out.setdefault(int(p), sent_map[int(s)])
    return out


def _nonspace(text: str) -> int:
    return len(text) - text.count(" ") - text.count("\n")


def _str(v: Any) -> str | None:
    if type(v) is str:  # the usual case, without pd.isna (hot: every mention test)
        return v
    return None if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)


# ------------------------------------------------------------------------ pairing

def _mentions(frame: pd.DataFrame, ctx: _Context, side: str) -> list[dict[str, Any]]:
    """Rows of ``frame`` (numbers or entities) inside the aligned text, as dicts with
    their sentence ``bead`` and paragraph bead ``pbead`` (-1 when unknown). Made once
    per comparison, frame and side (the number comparison's name anchors read the
    source entities too); each call gets its own dicts."""
    def build(frame: pd.DataFrame) -> list[dict[str, Any]]:
        out = []
        for row in _records(frame):
            bead = ctx.bead_of(side, row["para_id"], row["sent_id"])
            if bead is not None:
                row["bead"], row["pbead"] = bead, ctx.sent_para.get(bead, -1)
                out.append(row)
        return out

    rows = per_comparison(ctx, f"_mentions {side} {id(frame)}", frame, build)
    return [dict(row) for row in rows]


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """``frame.to_dict("records")``: the same values of the same Python types (a
    missing value None, NaN in a float or category column), built a column at a time
    (a numpy column's values as Python scalars, an extension or object column's boxed
    as ``to_dict`` boxes them), without pandas' per-call dtype checks and row tuples;
    the columns of the mention tables are converted whole (:func:`tables.frame_values`)."""
    from pandas.core.dtypes.cast import maybe_box_native

    cols = []
    for at in range(frame.shape[1]):
        values = frame_values(frame, at)
        if values is None:
            col = frame.iloc[:, at]
            boxed = col.dtype == object or not isinstance(col.dtype, np.dtype)
            values = [maybe_box_native(x) for x in col] if boxed else list(col)
        cols.append(values)
    names = frame.columns.tolist()
    return [dict(zip(names, row, strict=True)) for row in zip(*cols, strict=True)]


def boilerplate_texts(a: Analysis, kind: str) -> list[str]:
    """The texts of ``a``'s paragraphs flagged boilerplate of ``kind`` (``date``,
    ``caption``: :mod:`massmob_nlp.corpus.article_clutter`), in order."""
    paras = a.paragraphs
    if "boilerplate_kind" not in paras.columns:
        return []
    kinds = frame_column(paras, "boilerplate_kind")
    if kind not in kinds:
        return []
    return [str(t) for k, t in zip(kinds, paras["text"].tolist(), strict=True) if k == kind]


def _pair(src: list[dict[str, Any]], tgt: list[dict[str, Any]],
          same: Callable[[dict[str, Any], dict[str, Any]], bool],
          near: Callable[[dict[str, Any], dict[str, Any]], bool],
          rank: Callable[[dict[str, Any], dict[str, Any]], Any],
          taken: dict[int, int]) -> None:
    """Greedy pairing of untaken source and target mentions (``taken``: src → tgt).
    ``near`` (a cheap test of bead numbers) is asked before ``same``; both are pure, so
    the order changes no pairing, only how often ``same`` runs."""
    used = set(taken.values())
    free = [j for j in range(len(tgt)) if j not in used]  # untaken targets, in order
    for i, s in enumerate(src):
        if i in taken:
            continue
        cands = [j for j in free if near(s, tgt[j]) and same(s, tgt[j])]
        if cands:
            j = min(cands, key=lambda j: (rank(s, tgt[j]), abs(tgt[j]["bead"] - s["bead"]), j))
            taken[i] = j
            free.remove(j)


def _nearness() -> list[Callable[[dict[str, Any], dict[str, Any]], bool]]:
    """Ever wider windows: the same sentence bead, the same paragraph bead, then
    ``NUMBER_WINDOW`` sentence beads either side."""
    return [lambda s, t: s["bead"] == t["bead"],
            lambda s, t: s["pbead"] == t["pbead"] and s["pbead"] >= 0,
            lambda s, t: abs(s["bead"] - t["bead"]) <= NUMBER_WINDOW]


def per_comparison(ctx: Any, name: str, frame: pd.DataFrame,
                   build: Callable[[pd.DataFrame], T]) -> T:
    """``build(frame)``, computed once per comparison (kept in ``ctx.memo`` with
    ``frame``, and computed again when asked with another frame): the passage checks
    read the same numbers and sentence tables for passage after passage."""
    memo: dict[str, tuple[pd.DataFrame, Any]] = vars(ctx).setdefault("memo", {})
    hit = memo.get(name)
    if hit is None or hit[0] is not frame:
        hit = memo[name] = (frame, build(frame))
    out: T = hit[1]
    return out
