"""Numbers of both sides paired by ``key``, then by kind and value, with a status each."""

from __future__ import annotations

import math
import re
from typing import Any

import pandas as pd

from .. import tables
from .context import _Context, _mentions, _nearness, _pair, _str
from .._text import THAI_DIGITS

QUALIFIER_EQUIVALENT = frozenset({frozenset({None, "up_to"}), frozenset({"up_to", "at_most"})})
"""Qualifier pairs that mean the same: Thai สูงถึง ("as high as", up_to) is how Thai
writes a plain "reaching 70 million"."""


def _compare_numbers(ctx: _Context, omitted_beads: set[int]) -> pd.DataFrame:
    src = _mentions(ctx.src.numbers, ctx, "src")
    tgt = _mentions(ctx.tgt.numbers, ctx, "tgt")
    by_key: dict[int, int] = {}
    same_key = lambda s, t: _str(s["key"]) is not None and s["key"] == t["key"]  # noqa: E731
    for near in _nearness():
        _pair(src, tgt, same_key, near, lambda s, t: 0, by_key)
    by_role = dict(by_key)
    same_kind = lambda s, t: _str(s["kind"]) == _str(t["kind"]) and _unit_ok(s, t)  # noqa: E731
    for near in _nearness()[:2]:
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
