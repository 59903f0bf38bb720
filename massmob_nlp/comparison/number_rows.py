"""The rows of the number comparison: a joined pair's status (``match``,
``format_only``, ``qualifier_changed``) with its note, and the row of any number.

The row of a number left without a partner is built in
:mod:`massmob_nlp.comparison.number_unmatched`.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from .._text import THAI_DIGITS
from .context import _str
from .number_approx import _same_loose_bound, _same_round_bound, _same_rounded
from .number_pairs import Mention, _close, _num, _same_key, _same_result
from .number_units import _converted_note

QUALIFIER_EQUIVALENT = frozenset({frozenset({None, "up_to"}), frozenset({"up_to", "at_most"})})
"""Qualifier pairs that mean the same: Thai สูงถึง ("as high as", up_to) is how Thai
writes a plain "reaching 70 million"."""


# ------------------------------------------------------------------ rows
def _fmt(v: Any) -> str:
    return "?" if v is None or pd.isna(v) else f"{float(v):,.10g}"


_YEAR_KINDS = ("year", "year_range", "decade")


def _fmt_year(v: Any) -> str:
    return "?" if v is None or pd.isna(v) else f"{float(v):.10g}"


def _fmt_span(m: Mention) -> str:
    """The value of ``m``, with its upper end when it has one (``2003–2011``, ``40–1``);
    a year without a thousands separator."""
    fmt = _fmt_year if _str(m["kind"]) in _YEAR_KINDS else _fmt
    hi = m.get("value_max")
    return fmt(m.get("value")) + ("" if hi is None or pd.isna(hi) else f"–{fmt(hi)}")


def _clock_text(v: Any) -> str:
    """A time's value (hours) as ``18:50``."""
    x = _num(v)
    if x is None:
        return "?"
    minutes = round(x * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _change_note(s: Mention, t: Mention) -> str:
    """``a → b`` of a changed number: both ends of a range or score, a date's month/day."""
    if _str(s["kind"]) == _str(t["kind"]) == "date":
        return f"{str(s['key'])[5:]} → {str(t['key'])[5:]}"
    if _num(s.get("value")) is None and _num(t.get("value")) is None:
        return f"{s['text']} → {t['text']}"  # two codes: "CO2 → SO2"
    if _str(s["kind"]) == _str(t["kind"]) == "time":
        return f"{_clock_span(s)} → {_clock_span(t)}"
    us, ut = _str(s.get("unit")) or "", _str(t.get("unit")) or ""
    ms, mt = s.get("measure"), t.get("measure")
    if ms is not None and mt is not None and not us and not ut:
        us, ut = str(ms[2]), str(mt[2])  # "22 metres → 22 หลา": another unit
    elif not us and not ut and s.get("measure_unit") != t.get("measure_unit"):
        us, ut = _str(s.get("measure_unit")) or "", _str(t.get("measure_unit")) or ""
        # a range's unit: "2–5 cm → 2–5 mm"
    if s.get("per") and t.get("per") and s.get("per") != t.get("per"):
        us, ut = f"{us} per {s['per']}".strip(), f"{ut} per {t['per']}".strip()
    return f"{_fmt_span(s)}{' ' + us if us else ''} → {_fmt_span(t)}" \
        f"{' ' + ut if ut else ''}"


def _clock_span(m: Mention) -> str:
    """A clock time or a range of two (``06:30-10:00``)."""
    end = _num(m.get("value_max"))
    return _clock_text(m.get("value")) + ("" if end is None else f"-{_clock_text(end)}")


_ASCII_DIGITS = re.compile(r"[0-9]")
_MAGNITUDE = re.compile(r"thousand|million|billion|trillion|พัน|หมื่น|แสน|ล้าน", re.IGNORECASE)
"""A scale word ("55 million", "55 ล้าน") makes a kept value ``format_only``: the
digits as written are not the value."""
_CURRENCY_SYMBOL = re.compile("[$£€¥฿₫]")
"""A currency written as a symbol on one side and as a word on the other is
``format_only`` (``$75`` / ``75 ดอลลาร์``)."""


def _kept_row(s: Mention, t: Mention, *, moved: bool = False) -> dict[str, Any]:
    status, note = _pair_status(s, t)
    if moved:
        note = "; ".join(x for x in (note, "moved to another part of the article") if x)
    if not _same_key(s, t) and status == "match":
        status = "format_only"
    if not _same_key(s, t):
        why = f"{_str(s['kind'])} / {_str(t['kind'])}" if s["kind"] != t["kind"] else \
            "read differently"
        a, b = _num(s.get("value")), _num(t.get("value"))
        if a is not None and b is not None and (a < 0) != (b < 0):
            why = "the minus sign written in words"
        elif _same_result(s, t) and not _close(a, b):
            why = "the result written from the other team's side"
        elif a is not None and b is not None and not _close(a, b) and _same_round_bound(s, t):
            why = "the same round bound in words"
        elif a is not None and b is not None and not _close(a, b) and _same_loose_bound(s, t):
            why = "the exact figure restated as a round bound"
        elif a is not None and b is not None and not _close(a, b) and _same_rounded(s, t):
            why = "rounded to the Thai scale word"
        elif (converted := _converted_note(s, t)) is not None:
            why = converted
        elif (_str(s.get("unit")) is None) != (_str(t.get("unit")) is None):
            why = f"{_str(s.get('unit')) or _str(t.get('unit'))} written on one side only"
        note = "; ".join(x for x in (note, why) if x)
    return _number_row(s, t, status, note)


def _pair_status(s: Mention, t: Mention) -> tuple[str, str]:
    qs, qt = _str(s.get("qualifier")), _str(t.get("qualifier"))
    if qs != qt and frozenset({qs, qt}) not in QUALIFIER_EQUIVALENT:
        return "qualifier_changed", f"{qs or 'exact'} → {qt or 'exact'}"
    st, tt = str(s["text"]), str(t["text"])
    magnitude = bool(_MAGNITUDE.search(st) or _MAGNITUDE.search(tt))
    symbol = bool(_CURRENCY_SYMBOL.search(st)) != bool(_CURRENCY_SYMBOL.search(tt))
    if _ASCII_DIGITS.findall(st) == _ASCII_DIGITS.findall(tt) and not magnitude and \
            not symbol and _str(s.get("calendar")) == _str(t.get("calendar")):
        return "match", ""
    why = ["magnitude in words"] if magnitude else []
    if symbol:
        why.append("currency symbol / word")
    if _str(s.get("calendar")) != _str(t.get("calendar")):
        why.append(f"calendar {_str(s.get('calendar')) or 'CE'} → "
                   f"{_str(t.get('calendar')) or 'CE'}")
    if any(c in THAI_DIGITS for c in tt) and not any(c in THAI_DIGITS for c in st):
        why.append("Thai digits")
    return "format_only", "; ".join(why) or "written differently"


def _number_row(s: Mention | None, t: Mention | None, status: str,
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
