"""Legal documents in the entity comparison: numbered ones pair by their number
(``Resolution 57`` / มติที่ 57), and a changed number is noted."""

from __future__ import annotations

import re
from typing import Any

from .context import _str

_LAW_NUMBER_RE = re.compile(r"[\d๐-๙]{1,5}")


def _numbered_law(m: dict[str, Any]) -> bool:
    """Whether a mention is a legal document the rules found by its number or code
    (``Decree 238/2025/ND-CP``, มติที่ 57): it pairs by that number only, never by its
    head word (กฤษฎีกา is the Thai of any decree)."""
    return _str(m.get("label")) == "LAW" and _str(m.get("source")) == "rule" and \
        _LAW_NUMBER_RE.search(
        _str(m.get("text")) or "") is not None


def _changed_laws(rows: list[dict[str, Any]]) -> None:
    """Note a numbered document missing from the target and one added in its bead
    (or the next) under the same head and issuer with other digits: the translation
    changed the number of the document (``Decree 238/2025/ND-CP`` / กฤษฎีกาที่
    283/2025/ND-CP), never a match."""
    missing = [r for r in rows if r["status"] == "missing" and r["label"] == "LAW"]
    added = [r for r in rows if r["status"] == "added" and r["label"] == "LAW"]
    used: set[int] = set()
    for r in missing:
        shape = _law_shape(_str(r["src_text"]) or "")
        for k, a in enumerate(added):
            if k in used or abs(int(a["bead_id"]) - int(r["bead_id"])) > 1 or \
                    _law_shape(_str(a["tgt_text"]) or "") != shape:
                continue
            used.add(k)
            note = f"document number changed: {r['src_text']} / {a['tgt_text']}"
            r["note"] = a["note"] = note
            break


def _law_shape(text: str) -> tuple[int, str]:
    """How many numbers a document name holds and its code's letters (``ND-CP``)."""
    text = text.translate(_THAI_DIGITS)
    code = re.search(r"\d[\w/\-–]*", text)
    letters = re.sub(r"[^A-Z/\-]", "", code.group(0).upper()) if code else ""
    return len(_LAW_NUMBER_RE.findall(text)), letters.replace("Đ", "D")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _law_numbers(m: dict[str, Any]) -> tuple[str, ...]:
    text = (_str(m.get("text")) or "").translate(_THAI_DIGITS)
    return tuple(n.lstrip("0") or "0" for n in _LAW_NUMBER_RE.findall(text))


def _bare_law_scores(src: list[dict[str, Any]], tgt: list[dict[str, Any]],
                     out: dict[tuple[int, int], float]) -> None:
    """Add to ``out`` the legal documents named by a head and a bare number on both
    sides (``Resolution 57`` / มติที่ 57, no document code to link them): the same
    numbers, in any digits, score 1 (:func:`_bare_law_score`)."""
    for i, s in enumerate(src):
        for j, t in enumerate(tgt):
            if (i, j) not in out and (score := _bare_law_score(s, t)) is not None:
                out[(i, j)] = score


def _bare_law_score(s: dict[str, Any], t: dict[str, Any]) -> float | None:
    """1 when ``s`` and ``t`` are legal documents without an id named by the same bare
    numbers, else None."""
    if _str(s.get("label")) != "LAW" or _str(s.get("entity_id")) or \
            _str(t.get("label")) != "LAW" or _str(t.get("entity_id")):
        return None
    numbers = _law_numbers(s)
    return 1.0 if numbers and _law_numbers(t) == numbers else None
