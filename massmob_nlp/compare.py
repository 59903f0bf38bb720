"""Stage 5: check a translation against its source.

:func:`compare` aligns the two documents (paragraphs, then sentences inside aligned
paragraphs) and joins what each side says inside the aligned beads:

* numbers, by their language-independent ``key`` (``year:2024`` for 2024, 2567 BE and
  ๒๕๖๗), first inside the sentence bead, then inside the paragraph bead, then in the
  neighbouring sentence beads (sentence splits drift between languages);
* entities, by ``entity_id``/code or the cross-lingual name matcher;
* passages: omitted and added paragraphs or sentences, beads whose length ratio is an
  outlier, and source-language (Latin-script) text left untranslated in the target.

A sentence bead ``1-0`` is an omission only when the enclosing paragraph bead is short
by about that sentence's length; otherwise the sentence was merged into a neighbour
(Thai sentence boundaries are not English ones) and nothing is reported.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pandas as pd

from . import tables
from ._text import CODE_RE, EMAIL_RE, LATIN_RE, THAI_DIGITS, URL_RE
from .analysis import Analysis, analyze, analyze_documents, as_document

__all__ = ["Comparison", "compare", "NUMBER_STATUSES", "ENTITY_STATUSES", "PROBLEMS"]

NUMBER_STATUSES = ("match", "format_only", "qualifier_changed", "mismatch", "missing",
                   "added")
ENTITY_STATUSES = ("matched", "missing", "added")
PROBLEMS = frozenset({"qualifier_changed", "mismatch", "missing", "added", "omitted",
                      "length_ratio", "untranslated"})
"""Statuses and passage kinds that a reviewer should look at."""
NUMBER_WINDOW = 1
"""Sentence beads on each side searched for a number not found in its own bead."""
OMISSION_SHARE = 0.5
"""A 1-0 sentence is omitted when its paragraph bead lacks this share of its length."""
LENGTH_Z = 4.0
"""Robust z-score (log length ratio vs the document's median) that flags a bead."""
LENGTH_MIN_LOG = 0.45
"""...and the log ratio must also deviate by at least this much (≈ ×1.57)."""
NAMED = frozenset({"PERSON", "ORG", "LOC", "FAC", "LAW", "NORP", "EVENT"})
"""Entity labels compared (numeric labels are compared as numbers)."""
CHECKED_LABELS = frozenset({"PERSON", "LAW"})
CHECKED_SOURCES = frozenset({"gazetteer", "rule"})
"""Entity mentions whose absence on the other side is a problem (people and legal
documents found by the gazetteer or rules); other missing/added mentions are hints:
organisation and place names legitimately vary (the Thai "Party committee" for "City
Party Committee"), and model mentions vary with recall."""
QUALIFIER_EQUIVALENT = frozenset({frozenset({None, "up_to"}), frozenset({"up_to", "at_most"})})
"""Qualifier pairs that mean the same: Thai สูงถึง ("as high as", up_to) is how Thai
writes a plain "reaching 70 million"."""
SKIP_Z = 3.0
MIN_SKIP_LOG = 0.2
"""A sentence counts as omitted/added only if its paragraph bead's log length ratio is
off the document's median by ``max(SKIP_Z × spread, MIN_SKIP_LOG)``."""
MIN_SPREAD = 0.05
MIN_LATIN = 2
"""Latin-script spans shorter than this (letters) are not reported as untranslated."""


@dataclass(frozen=True, eq=False)
class Comparison:
    """The result of :func:`compare`. Every field but ``src``/``tgt`` is a DataFrame
    whose schema lives in :mod:`massmob_nlp.tables` (``summary`` is a Series)."""

    src: Analysis = field(repr=False)
    tgt: Analysis = field(repr=False)
    alignment: pd.DataFrame = field(repr=False)
    """Sentence beads (schema ``alignment``); ``bead_id`` of the other tables."""
    paragraph_alignment: pd.DataFrame = field(repr=False)
    """Paragraph beads (schema ``alignment``)."""
    numbers: pd.DataFrame = field(repr=False)
    entities: pd.DataFrame = field(repr=False)
    passages: pd.DataFrame = field(repr=False)
    summary: pd.Series = field(repr=False)

    @property
    def verdict(self) -> str:
        return str(self.summary["verdict"])

    def problems(self) -> pd.DataFrame:
        """Rows that need a reviewer: ``table, status, bead_id, src_text, tgt_text,
        note``."""
        parts = []
        for name in ("numbers", "entities"):
            frame = getattr(self, name)
            sel = frame[frame["status"].astype(str).isin(PROBLEMS)]
            if name == "entities":
                sel = sel[sel["checked"]]
            parts.append(pd.DataFrame({
                "table": name, "status": sel["status"].astype(str),
                "bead_id": sel["bead_id"], "src_text": sel["src_text"],
                "tgt_text": sel["tgt_text"], "note": sel["note"]}))
        p = self.passages
        src_side = p["side"].astype(str) == "src"
        parts.append(pd.DataFrame({
            "table": "passages", "status": p["kind"].astype(str), "bead_id": p["bead_id"],
            "src_text": p["text"].where(src_side), "tgt_text": p["text"].where(~src_side),
            "note": p["note"]}))
        out = pd.concat([x for x in parts if len(x)] or [parts[0]], ignore_index=True)
        return out.astype({"table": "string", "status": "string", "bead_id": "Int64",
                           "src_text": "string", "tgt_text": "string", "note": "string"})

    def to_frames(self) -> dict[str, pd.DataFrame]:
        """The tables by name (``summary`` as a one-row frame)."""
        return {"alignment": self.alignment,
                "paragraph_alignment": self.paragraph_alignment,
                "numbers": self.numbers, "entities": self.entities,
                "passages": self.passages, "summary": self.summary.to_frame().T}

    def to_html(self, path: str | Path | None = None) -> str:
        """The self-contained HTML report; also written to ``path`` when given."""
        from .report import comparison_html

        page = comparison_html(self)
        if path is not None:
            Path(path).write_text(page, encoding="utf-8")
        return page

    def _repr_html_(self) -> str:
        from .report import summary_html

        return summary_html(self)

    def __repr__(self) -> str:
        return (f"Comparison({self.src.doc_id!r} -> {self.tgt.doc_id!r}: "
                f"{self.verdict})")


def compare(src: Any, tgt: Any, *, embeddings: bool | None = None,
            src_lang: str | None = None, tgt_lang: str | None = None) -> Comparison:
    """Compare ``tgt``, a translation, with its source ``src``.

    Both are Documents, Analyses or texts; languages are detected unless given.
    ``embeddings`` is passed to :func:`massmob_nlp.align.align`.
    """
    a_src, a_tgt = _analyses(src, tgt, src_lang, tgt_lang)
    from .align import align

    langs = {"src_lang": src_lang or a_src.lang, "tgt_lang": tgt_lang or a_tgt.lang}
    para = align(a_src, a_tgt, level="paragraph", embeddings=embeddings, **langs)
    sent = align(a_src, a_tgt, level="sentence", embeddings=embeddings, **langs)
    para_frame, sent_frame = _rejoin_skips(a_src, a_tgt, para.to_frame(), sent.to_frame(),
                                           lambda s, t: align(s, t, embeddings=embeddings,
                                                              **langs))
    ctx = _Context(a_src, a_tgt, para_frame, sent_frame)
    passages = _passages(ctx)
    omitted = set(passages.loc[passages["level"].astype(str) != "span", "bead_id"]
                  .dropna().astype(int))
    numbers = _compare_numbers(ctx, omitted)
    passages = _unanchored_paragraphs(ctx, numbers, passages)
    entities = _compare_entities(ctx)
    summary = _summary(ctx, numbers, entities, passages)
    return Comparison(a_src, a_tgt, ctx.sent, ctx.para, numbers, entities, passages,
                      summary)


def _analyses(src: Any, tgt: Any, src_lang: str | None,
              tgt_lang: str | None) -> tuple[Analysis, Analysis]:
    todo = [x for x in (src, tgt) if not isinstance(x, Analysis)]
    if len(todo) == 2 and src_lang is None and tgt_lang is None:
        a, b = analyze_documents([as_document(src), as_document(tgt)])
        return a, b
    return (analyze(src, lang=src_lang) if not isinstance(src, Analysis) else src,
            analyze(tgt, lang=tgt_lang) if not isinstance(tgt, Analysis) else tgt)


# ------------------------------------------------------------------- rejoining skips

def _rejoin_skips(src: Analysis, tgt: Analysis, para: pd.DataFrame, sent: pd.DataFrame,
                  align_lists: Callable[[list[str], list[str]], Any]
                  ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Merge neighbouring ``1-0`` and ``0-1`` paragraph beads that share a number key or
    an entity id into one ``1-1`` bead (a translation shortened so much that the aligner
    skipped both sides) and re-align the sentences inside it."""
    kinds = para["kind"].astype(str).tolist()
    merged: dict[int, tuple[int, int]] = {}
    k = 0
    while k + 1 < len(kinds):
        if {kinds[k], kinds[k + 1]} == {"1-0", "0-1"}:
            ids = para["src_ids"].iloc[k] or para["src_ids"].iloc[k + 1]
            jds = para["tgt_ids"].iloc[k] or para["tgt_ids"].iloc[k + 1]
            if _shared_evidence(src, tgt, ids[0], jds[0]):
                merged[k] = (ids[0], jds[0])
                k += 2
                continue
        k += 1
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
        pair = owner.get(key)
        if pair is None:
            new_sent.append(row)
        elif pair not in done:
            done.add(pair)
            new_sent.extend(_inner_beads(src, tgt, pair, align_lists))
    for n, row in enumerate(p for p in new_para):
        row["bead_id"] = n
    for n, row in enumerate(new_sent):
        row["bead_id"] = n
    return tables.make_frame("alignment", new_para), tables.make_frame("alignment", new_sent)


def _shared_evidence(src: Analysis, tgt: Analysis, p: int, q: int) -> bool:
    keys = [set(a.numbers.loc[a.numbers["para_id"] == i, "key"].dropna())
            for a, i in ((src, p), (tgt, q))]
    ids = [set(a.entities.loc[a.entities["para_id"] == i, "entity_id"].dropna())
           for a, i in ((src, p), (tgt, q))]
    return bool(keys[0] & keys[1] or ids[0] & ids[1])


def _inner_beads(src: Analysis, tgt: Analysis, pair: tuple[int, int],
                 align_lists: Callable[[list[str], list[str]], Any]) -> list[dict[str, Any]]:
    s = src.sentences[src.sentences["para_id"] == pair[0]]
    t = tgt.sentences[tgt.sentences["para_id"] == pair[1]]
    s_ids, t_ids = s["sent_id"].astype(int).tolist(), t["sent_id"].astype(int).tolist()
    frame = align_lists(s["text"].astype(str).tolist(), t["text"].astype(str).tolist()
                        ).to_frame()
    rows = frame.to_dict("records")
    for row in rows:
        row["src_ids"] = tuple(s_ids[i] for i in row["src_ids"])
        row["tgt_ids"] = tuple(t_ids[j] for j in row["tgt_ids"])
    return rows


# ------------------------------------------------------------------------ context

class _Context:
    """Maps from sentences and paragraphs to beads, for both sides."""

    def __init__(self, src: Analysis, tgt: Analysis, para: pd.DataFrame,
                 sent: pd.DataFrame):
        self.src, self.tgt, self.para, self.sent = src, tgt, para, sent
        self.s_sent = _unit_to_bead(sent["src_ids"], sent["bead_id"])
        self.t_sent = _unit_to_bead(sent["tgt_ids"], sent["bead_id"])
        self.s_para = _unit_to_bead(para["src_ids"], para["bead_id"])
        self.t_para = _unit_to_bead(para["tgt_ids"], para["bead_id"])
        # sentence bead -> paragraph bead (through either side's paragraph)
        self.sent_para: dict[int, int] = {}
        for side, a, pmap in (("src_ids", src, self.s_para), ("tgt_ids", tgt, self.t_para)):
            s2p = dict(zip(a.sentences["sent_id"].astype(int),
                           a.sentences["para_id"].astype(int)))
            for bead, ids in zip(sent["bead_id"], sent[side]):
                for i in ids:
                    if s2p.get(i) in pmap:
                        self.sent_para.setdefault(int(bead), pmap[s2p[i]])
        self.s_first = _first_bead_of_para(src, self.s_sent)
        self.t_first = _first_bead_of_para(tgt, self.t_sent)

    def bead_of(self, side: str, para_id: Any, sent_id: Any) -> int | None:
        """Sentence bead of a mention (``None`` outside the aligned text)."""
        smap, first = (self.s_sent, self.s_first) if side == "src" else (
            self.t_sent, self.t_first)
        if not pd.isna(sent_id) and int(sent_id) in smap:
            return smap[int(sent_id)]
        if not pd.isna(para_id):
            return first.get(int(para_id))
        return None


def _unit_to_bead(ids: pd.Series, beads: pd.Series) -> dict[int, int]:
    return {int(i): int(b) for unit_ids, b in zip(ids, beads) for i in unit_ids}


def _first_bead_of_para(a: Analysis, sent_map: dict[int, int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for p, s in zip(a.sentences["para_id"], a.sentences["sent_id"]):
        if int(s) in sent_map:
            out.setdefault(int(p), sent_map[int(s)])
    return out


def _nonspace(text: str) -> int:
    return len(text) - text.count(" ") - text.count("\n")


# ------------------------------------------------------------------------ numbers

def _mentions(frame: pd.DataFrame, ctx: _Context, side: str) -> list[dict[str, Any]]:
    out = []
    for row in frame.to_dict("records"):
        bead = ctx.bead_of(side, row["para_id"], row["sent_id"])
        if bead is not None:
            row["bead"], row["pbead"] = bead, ctx.sent_para.get(bead, -1)
            out.append(row)
    return out


def _pair(src: list[dict[str, Any]], tgt: list[dict[str, Any]],
          same: Callable[[dict[str, Any], dict[str, Any]], bool],
          near: Callable[[dict[str, Any], dict[str, Any]], bool],
          rank: Callable[[dict[str, Any], dict[str, Any]], Any],
          taken: dict[int, int]) -> None:
    """Greedy pairing of untaken source and target mentions (``taken``: src → tgt)."""
    used = set(taken.values())
    for i, s in enumerate(src):
        if i in taken:
            continue
        cands = [j for j, t in enumerate(tgt) if j not in used and same(s, t) and near(s, t)]
        if cands:
            j = min(cands, key=lambda j: (rank(s, tgt[j]), abs(tgt[j]["bead"] - s["bead"]), j))
            taken[i] = j
            used.add(j)


def _nearness(ctx: _Context) -> list[Callable[[dict[str, Any], dict[str, Any]], bool]]:
    return [lambda s, t: s["bead"] == t["bead"],
            lambda s, t: s["pbead"] == t["pbead"] and s["pbead"] >= 0,
            lambda s, t: abs(s["bead"] - t["bead"]) <= NUMBER_WINDOW]


def _compare_numbers(ctx: _Context, omitted_beads: set[int]) -> pd.DataFrame:
    src = _mentions(ctx.src.numbers, ctx, "src")
    tgt = _mentions(ctx.tgt.numbers, ctx, "tgt")
    by_key: dict[int, int] = {}
    same_key = lambda s, t: _str(s["key"]) is not None and s["key"] == t["key"]  # noqa: E731
    for near in _nearness(ctx):
        _pair(src, tgt, same_key, near, lambda s, t: 0, by_key)
    by_role = dict(by_key)
    same_kind = lambda s, t: _str(s["kind"]) == _str(t["kind"]) and _unit_ok(s, t)  # noqa: E731
    for near in _nearness(ctx)[:2]:
        _pair(src, tgt, same_kind, near, _value_distance, by_role)
    rows = []
    for i, s in enumerate(src):
        if i in by_key:
            rows.append(_number_row(s, tgt[by_key[i]], *_pair_status(s, tgt[by_key[i]])))
        elif i in by_role:
            t = tgt[by_role[i]]
            rows.append(_number_row(s, t, "mismatch",
                                    f"{_fmt(s['value'])} → {_fmt(t['value'])}"))
        else:
            note = "sentence omitted" if s["bead"] in omitted_beads else ""
            rows.append(_number_row(s, None, "missing", note))
    paired = set(by_role.values())
    for j, t in enumerate(tgt):
        if j not in paired:
            note = "sentence added" if t["bead"] in omitted_beads else ""
            rows.append(_number_row(None, t, "added", note))
    rows.sort(key=lambda r: (r["bead_id"], r["src_start_char"] if r["src_start_char"]
                             is not None else 1 << 30, r["tgt_start_char"] or 0))
    return tables.make_frame("cmp_numbers", rows)


def _str(v: Any) -> str | None:
    return None if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)


def _unit_ok(s: dict[str, Any], t: dict[str, Any]) -> bool:
    us, ut = _str(s.get("unit")), _str(t.get("unit"))
    return us is None or ut is None or us.lower() == ut.lower() or not (
        us.isascii() and ut.isascii())


def _value_distance(s: dict[str, Any], t: dict[str, Any]) -> float:
    a, b = s.get("value"), t.get("value")
    if a is None or b is None or pd.isna(a) or pd.isna(b):
        return math.inf
    unit = 0.0 if _str(s.get("unit")) == _str(t.get("unit")) else 1.0
    return unit + abs(math.log((abs(a) + 1) / (abs(b) + 1)))


def _fmt(v: Any) -> str:
    return "?" if v is None or pd.isna(v) else f"{float(v):,.10g}"


_ASCII_DIGITS = re.compile(r"[0-9]")
_MAGNITUDE = re.compile(r"thousand|million|billion|trillion|พัน|หมื่น|แสน|ล้าน", re.I)
"""A scale word ("55 million", "55 ล้าน") makes a kept value ``format_only``: the
digits as written are not the value."""


def _pair_status(s: dict[str, Any], t: dict[str, Any]) -> tuple[str, str]:
    qs, qt = _str(s.get("qualifier")), _str(t.get("qualifier"))
    if qs != qt and frozenset({qs, qt}) not in QUALIFIER_EQUIVALENT:
        return "qualifier_changed", f"{qs or 'exact'} → {qt or 'exact'}"
    st, tt = str(s["text"]), str(t["text"])
    magnitude = bool(_MAGNITUDE.search(st) or _MAGNITUDE.search(tt))
    if _ASCII_DIGITS.findall(st) == _ASCII_DIGITS.findall(tt) and not magnitude and \
            _str(s.get("calendar")) == _str(t.get("calendar")):
        return "match", ""
    why = ["magnitude in words"] if magnitude else []
    if _str(s.get("calendar")) != _str(t.get("calendar")):
        why.append(f"calendar {_str(s.get('calendar')) or 'CE'} → "
                   f"{_str(t.get('calendar')) or 'CE'}")
    if any(c in THAI_DIGITS for c in tt) and not any(c in THAI_DIGITS for c in st):
        why.append("Thai digits")
    return "format_only", "; ".join(why) or "written differently"


def _number_row(s: dict[str, Any] | None, t: dict[str, Any] | None, status: str,
                note: str) -> dict[str, Any]:
    main = s if s is not None else t
    assert main is not None
    row = {"bead_id": main["bead"], "kind": _str(main["kind"]),
           "key": _str(main["key"]), "status": status, "note": note}
    for prefix, m in (("src", s), ("tgt", t)):
        m = m or {}
        row.update({f"{prefix}_text": m.get("text"), f"{prefix}_value": m.get("value"),
                    f"{prefix}_qualifier": _str(m.get("qualifier")),
                    f"{prefix}_para_id": m.get("para_id"),
                    f"{prefix}_start_char": m.get("start_char"),
                    f"{prefix}_end_char": m.get("end_char")})
    return row


# ----------------------------------------------------------------------- entities

def _compare_entities(ctx: _Context) -> pd.DataFrame:
    """Named-entity mentions of both sides paired inside aligned beads. A ``missing`` or
    ``added`` mention is a problem only when it is linked (``entity_id``: gazetteer or
    rule), since an unlinked model mention may just be a recognizer miss."""
    src = [m for m in _mentions(ctx.src.entities, ctx, "src") if _str(m["label"]) in NAMED]
    tgt = [m for m in _mentions(ctx.tgt.entities, ctx, "tgt") if _str(m["label"]) in NAMED]
    scores = _entity_scores(src, tgt)
    taken: dict[int, int] = {}
    same = lambda s, t: (s["row"], t["row"]) in scores  # noqa: E731
    rank = lambda s, t: -scores[(s["row"], t["row"])]  # noqa: E731
    for k, s in enumerate(src):
        s["row"] = k
    for k, t in enumerate(tgt):
        t["row"] = k
    for near in _nearness(ctx):
        _pair(src, tgt, same, near, rank, taken)
    rows = []
    for i, s in enumerate(src):
        t = tgt[taken[i]] if i in taken else None
        score = scores[(i, taken[i])] if t is not None else math.nan
        rows.append(_entity_row(s, t, "matched" if t is not None else "missing", score))
    got = set(taken.values())
    rows.extend(_entity_row(None, t, "added", math.nan)
                for j, t in enumerate(tgt) if j not in got)
    rows.sort(key=lambda r: (r["bead_id"], r["src_start_char"] if r["src_start_char"]
                             is not None else 1 << 30, r["tgt_start_char"] or 0))
    return tables.make_frame("cmp_entities", rows)


def _entity_scores(src: list[dict[str, Any]], tgt: list[dict[str, Any]]
                   ) -> dict[tuple[int, int], float]:
    """Score (0..1, higher is better) of each (src position, tgt position) pair that
    :func:`massmob_nlp.entities.match_entities` accepts (id, code or name)."""
    if not src or not tgt:
        return {}
    from .entities import match_entities

    cols = ["text", "label", "entity_id", "canonical"]
    pairs = match_entities(pd.DataFrame(src)[cols], pd.DataFrame(tgt)[cols])
    out: dict[tuple[int, int], float] = {}
    for i, j, score in zip(pairs["src_row"], pairs["tgt_row"], pairs["score"]):
        key = (int(i), int(j))
        out[key] = max(out.get(key, 0.0), float(score))
    return out


def _entity_row(s: dict[str, Any] | None, t: dict[str, Any] | None, status: str,
                score: float) -> dict[str, Any]:
    main = s if s is not None else t
    assert main is not None
    entity_id = _str(main.get("entity_id")) or _str((t or {}).get("entity_id"))
    checked = _str(main.get("label")) in CHECKED_LABELS and \
        _str(main.get("source")) in CHECKED_SOURCES
    note = "" if status == "matched" or checked else \
        "hint only: organisations, places and model mentions vary between translations"
    row = {"bead_id": main["bead"], "label": _str(main.get("label")), "status": status,
           "score": score, "note": note, "entity_id": entity_id, "checked": checked}
    for prefix, m in (("src", s), ("tgt", t)):
        m = m or {}
        row.update({f"{prefix}_text": m.get("text"), f"{prefix}_para_id": m.get("para_id"),
                    f"{prefix}_start_char": m.get("start_char"),
                    f"{prefix}_end_char": m.get("end_char")})
    return row


# ----------------------------------------------------------------------- passages

def _passages(ctx: _Context) -> pd.DataFrame:
    rows: list[dict[str, Any]] = []
    ratio, spread = _length_stats(ctx)
    _paragraph_skips(ctx, rows)
    budget = _sentence_skips(ctx, rows, ratio, spread)
    _length_outliers(ctx, rows, ratio, spread, budget)
    _untranslated(ctx, rows)
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
    ok = ~p["kind"].astype(str).isin(["1-0", "0-1"])
    logs = np.array([math.log((_nonspace(t) + 1) / (_nonspace(s) + 1))
                     for s, t in zip(p.loc[ok, "src_text"], p.loc[ok, "tgt_text"])])
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
        rows.append({"kind": "omitted" if side == "src" else "added",
                     "level": "paragraph", "bead_id": first.get((side, pid)),
                     "side": side, "para_id": pid, "start_char": start, "end_char": end,
                     "text": text, "score": float(_nonspace(text)),
                     "note": "paragraph not translated" if side == "src"
                     else "paragraph not in the source"})


def _sentence_skips(ctx: _Context, rows: list[dict[str, Any]], ratio: float,
                    spread: float) -> dict[int, float]:
    """1-0 / 0-1 sentence beads inside paragraph beads that are significantly short /
    long (log ratio off the median by ``SKIP_Z`` spreads) by about that sentence.
    Returns each paragraph bead's remaining length deficit (expected − actual target
    characters, after the reported omissions and additions)."""
    s_sent, t_sent = _sent_rows(ctx.src), _sent_rows(ctx.tgt)
    para_kind = dict(zip(ctx.para["bead_id"].astype(int), ctx.para["kind"].astype(str)))
    budget: dict[int, float] = {}
    dev: dict[int, float] = {}
    for pb, s_text, t_text in zip(ctx.para["bead_id"], ctx.para["src_text"],
                                  ctx.para["tgt_text"]):
        expected, actual = ratio * _nonspace(s_text), _nonspace(t_text)
        budget[int(pb)] = expected - actual
        dev[int(pb)] = math.log((actual + 20) / (expected + 20))
    limit = max(SKIP_Z * spread, MIN_SKIP_LOG)
    whole = _whole_paragraph_skips(ctx, para_kind, rows)
    for bead, ids_s, ids_t, kind in zip(ctx.sent["bead_id"], ctx.sent["src_ids"],
                                        ctx.sent["tgt_ids"], ctx.sent["kind"]):
        pb = ctx.sent_para.get(int(bead), -1)
        if str(kind) not in ("1-0", "0-1") or para_kind.get(pb) in ("1-0", "0-1"):
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
        if have < need or off < limit:
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


def _whole_paragraph_skips(ctx: _Context, para_kind: dict[int, str],
                           rows: list[dict[str, Any]]) -> set[tuple[str, int]]:
    """Paragraphs inside a many-paragraph bead (2-1, 1-2, ...) none of whose sentences
    is aligned: reported as omitted / added paragraphs whatever their length."""
    found: set[tuple[str, int]] = set()
    for side, a, col in (("src", ctx.src, "src_ids"), ("tgt", ctx.tgt, "tgt_ids")):
        aligned: set[int] = set()
        for ids, kind in zip(ctx.sent[col], ctx.sent["kind"].astype(str)):
            if kind not in ("1-0", "0-1"):
                aligned.update(ids)
        pmap = ctx.s_para if side == "src" else ctx.t_para
        sents = a.sentences.groupby("para_id")["sent_id"].apply(
            lambda x: set(x.astype(int)))
        for pid, start, end, text in zip(a.paragraphs["para_id"], a.paragraphs["start_char"],
                                         a.paragraphs["end_char"], a.paragraphs["text"]):
            pb = pmap.get(int(pid))
            if pb is None or para_kind.get(pb) in ("1-0", "0-1", "1-1"):
                continue
            if int(pid) in sents.index and not (sents[int(pid)] & aligned):
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
    para_kind = dict(zip(ctx.para["bead_id"].astype(int), ctx.para["kind"].astype(str)))
    done = {(str(a), int(b)) for a, b in zip(passages["side"], passages["para_id"])
            if not pd.isna(b)}
    rows = []
    for side, a, miss in (("src", ctx.src, "missing"), ("tgt", ctx.tgt, "added")):
        col = f"{side}_para_id"
        known = numbers[numbers[col].notna()]
        by_para = known.groupby(known[col].astype(int))["status"].agg(
            lambda x: set(x.astype(str)))
        pmap = ctx.s_para if side == "src" else ctx.t_para
        for pid, statuses in by_para.items():
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
    for b, s, t in both:
        expected = ratio * _nonspace(s)
        left = budget.get(b, 0.0)
        actual = expected - left  # after removing explained omissions/additions
        logs.append(math.log((actual + 20) / (expected + 20)))
    arr = np.array(logs)
    first: dict[int, int] = {}
    for bead in sorted(ctx.sent_para):
        first.setdefault(ctx.sent_para[bead], bead)
    for (b, s, t), lg in zip(both, arr):
        z = abs(lg) / spread
        if z >= LENGTH_Z and abs(lg) >= LENGTH_MIN_LOG:
            pid = next(iter(p.loc[p["bead_id"] == b, "tgt_ids"].iloc[0]), None)
            rows.append({"kind": "length_ratio", "level": "paragraph",
                         "bead_id": first.get(b), "side": "tgt", "para_id": pid,
                         "text": t, "score": round(z, 2),
                         "note": f"target {'shorter' if lg < 0 else 'longer'} than "
                                 f"expected (×{math.exp(lg):.2f})"})


_SKIP_SPAN = re.compile(f"{URL_RE.pattern}|{EMAIL_RE.pattern}|{CODE_RE.pattern}",
                        re.IGNORECASE)
_LATIN_WORD = re.compile(r"[^\W\d_]+(?:['’.&-][^\W\d_]+)*")


def _untranslated(ctx: _Context, rows: list[dict[str, Any]]) -> None:
    """Latin-script spans of target paragraphs absent from the aligned source text."""
    from .langid import language_spans

    t_par = _para_rows(ctx.tgt)
    src_of = {int(b): str(s) for b, s in zip(ctx.para["bead_id"], ctx.para["src_text"])}
    kind_of = {int(b): str(k) for b, k in zip(ctx.para["bead_id"], ctx.para["kind"])}
    for pid, pbead in sorted(ctx.t_para.items()):
        if kind_of.get(pbead) == "0-1" or pid not in t_par:
            continue
        start, _, text = t_par[pid]
        source = src_of.get(pbead, "").lower()
        skip = [(m.start(), m.end()) for m in _SKIP_SPAN.finditer(text)]
        spans = language_spans(text)
        for s0, e0, script in zip(spans["start_char"], spans["end_char"], spans["script"]):
            if str(script) != "Latin":
                continue
            for m in _latin_phrases(text, int(s0), int(e0)):
                a, b = m
                phrase = text[a:b]
                if any(a < y and x < b for x, y in skip):
                    continue
                if sum(bool(LATIN_RE.match(c)) for c in phrase) < MIN_LATIN:
                    continue
                words = _LATIN_WORD.findall(phrase.lower())
                if phrase.lower() in source or all(w in source for w in words):
                    continue
                bead = ctx.bead_of("tgt", pid, _sent_at(ctx.tgt, start + a))
                rows.append({"kind": "untranslated", "level": "span", "bead_id": bead,
                             "side": "tgt", "para_id": pid, "sent_id":
                             _sent_at(ctx.tgt, start + a), "start_char": start + a,
                             "end_char": start + b, "text": phrase, "score": 1.0,
                             "note": "Latin-script text not found in the aligned source"})


def _latin_phrases(text: str, s0: int, e0: int) -> list[tuple[int, int]]:
    """Runs of Latin words (with inner spaces) inside ``text[s0:e0]``."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(f"[{LATIN_RE.pattern[1:-1]}][{LATIN_RE.pattern[1:-1]}'’.&\\- ]*",
                         text[s0:e0]):
        phrase = m.group().rstrip(" .-'’&")
        if phrase:
            out.append((s0 + m.start(), s0 + m.start() + len(phrase)))
    return out


def _sent_at(a: Analysis, offset: int) -> int | None:
    s = a.sentences
    hit = s[(s["start_char"] <= offset) & (s["end_char"] > offset)]
    return int(hit["sent_id"].iloc[0]) if len(hit) else None


# ------------------------------------------------------------------------ summary

def _summary(ctx: _Context, numbers: pd.DataFrame, entities: pd.DataFrame,
             passages: pd.DataFrame) -> pd.Series:
    out: dict[str, Any] = {"src_doc_id": ctx.src.doc_id, "tgt_doc_id": ctx.tgt.doc_id,
                           "src_lang": ctx.src.lang, "tgt_lang": ctx.tgt.lang,
                           "sentence_beads": len(ctx.sent),
                           "paragraph_beads": len(ctx.para)}
    n_status = numbers["status"].astype(str).value_counts()
    for st in NUMBER_STATUSES:
        out[f"numbers_{st}"] = int(n_status.get(st, 0))
    e_status = entities["status"].astype(str)
    for st in ENTITY_STATUSES:
        out[f"entities_{st}"] = int((e_status == st).sum())
    out["entity_problems"] = int((entities["checked"] & (e_status != "matched")).sum())
    p_kind = passages["kind"].astype(str).value_counts()
    for k in ("omitted", "added", "length_ratio", "untranslated"):
        out[f"passages_{k}"] = int(p_kind.get(k, 0))
    n_src = int(numbers["src_text"].notna().sum())
    kept = int(numbers["status"].astype(str).isin(
        ["match", "format_only", "qualifier_changed"]).sum())
    out["share_numbers_preserved"] = kept / n_src if n_src else 1.0
    total = sum(_nonspace(t) for t in ctx.sent["src_text"])
    lost = sum(_nonspace(t) for t in passages.loc[
        (passages["side"].astype(str) == "src")
        & (passages["kind"].astype(str) == "omitted"), "text"])
    out["share_text_aligned"] = 1.0 - lost / total if total else 1.0
    out["verdict"] = _verdict(out)
    return pd.Series(out, name="summary", dtype=object)


def _verdict(s: dict[str, Any]) -> str:
    parts = []
    for key, label in (("numbers_mismatch", "number mismatch"),
                       ("numbers_missing", "missing number"),
                       ("numbers_added", "added number"),
                       ("numbers_qualifier_changed", "changed qualifier"),
                       ("passages_omitted", "omitted passage"),
                       ("passages_added", "added passage"),
                       ("passages_length_ratio", "length outlier"),
                       ("passages_untranslated", "untranslated span"),
                       ("entity_problems", "missing or added name/code")):
        if s.get(key):
            plural = "" if s[key] == 1 else "es" if label.endswith("ch") else "s"
            parts.append(f"{s[key]} {label}{plural}")
    pct = f"{100 * s['share_numbers_preserved']:.0f}% of source numbers preserved"
    if not parts:
        return f"No problems found; {pct}."
    return f"Check: {', '.join(parts)}; {pct}."
