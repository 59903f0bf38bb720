"""Named-entity mentions of both sides paired inside aligned beads."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from .. import tables
from .context import _Context, _mentions, _nearness, _pair, _str

NAMED = frozenset({"PERSON", "ORG", "LOC", "FAC", "LAW", "NORP", "EVENT"})
"""Entity labels compared (numeric labels are compared as numbers)."""
CHECKED_LABELS = frozenset({"PERSON", "LAW"})
CHECKED_SOURCES = frozenset({"gazetteer", "rule"})
"""Entity mentions whose absence on the other side is a problem (people and legal
documents found by the gazetteer or rules); other missing/added mentions are hints:
organisation and place names legitimately vary (the Thai "Party committee" for "City
Party Committee"), and model mentions vary with recall."""


def _compare_entities(ctx: _Context) -> pd.DataFrame:
    """Named-entity mentions of both sides paired inside aligned beads. A ``missing`` or
    ``added`` mention is a problem only when it is linked (``entity_id``: gazetteer or
    rule), since an unlinked model mention may just be a recognizer miss."""
    src = [m for m in _mentions(ctx.src.entities, ctx, "src") if _str(m["label"]) in NAMED]
    tgt = [m for m in _mentions(ctx.tgt.entities, ctx, "tgt") if _str(m["label"]) in NAMED]
    scores = _entity_scores(src, tgt)
    taken: dict[int, int] = {}
    same = lambda s, t: (s["row"], t["row"]) in scores
    rank = lambda s, t: -scores[(s["row"], t["row"])]
    for k, s in enumerate(src):
        s["row"] = k
    for k, t in enumerate(tgt):
        t["row"] = k
    for near in _nearness():
        _pair(src, tgt, same, near, rank, taken)
    rows = []
    for i, s in enumerate(src):
        partner = tgt[taken[i]] if i in taken else None
        score = scores[(i, taken[i])] if partner is not None else math.nan
        rows.append(_entity_row(s, partner, "matched" if partner is not None else "missing",
                                score))
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
    from ..entities.table import match_pairs

    cols = ("text", "label", "entity_id")
    pairs = match_pairs([tuple(m[c] for c in cols) for m in src],
                        [tuple(m[c] for c in cols) for m in tgt])
    out: dict[tuple[int, int], float] = {}
    for i, j, *_, score in pairs:
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
