"""A :class:`~massmob_nlp.comparison.result.Comparison` for translation tools and
spreadsheets: XLIFF 2.0, a bilingual ``.xlsx``/``.csv`` table and TMX (the sentence
beads as an :class:`~massmob_nlp.alignment.result.Alignment`, see
:mod:`massmob_nlp.alignment.tmx`).

Both have one entry per sentence bead of ``Comparison.alignment`` and carry the
comparison's findings for that bead, the rows of ``Comparison.problems()``: number
problems (``mismatch``, ``missing``, ``added``, ``qualifier_changed``), entity problems
(checked names and codes ``missing``/``added``) and passage problems (``omitted``,
``added``, ``length_ratio``, ``untranslated``). A passage the translator moved (a
``moved`` row of ``Comparison.passages``) is no problem but is said at its bead: in the
spreadsheet's ``note`` and as an XLIFF ``<note category="passage" priority="5">``
("moved: this paragraph is translated in another part of the article (target
paragraph 3)").

* :func:`comparison_to_xliff`: ``<xliff version="2.0" srcLang trgLang>`` (namespace
  :data:`XLIFF_NS`), one ``<file>`` with the verdict as a ``<note
  category="summary">``, one ``<unit id="b<bead_id>">`` per bead holding
  ``<notes><note category="number|entity|passage">`` and one ``<segment>`` with
  ``<source>`` and ``<target>``. A 1-0 bead (nothing translated) has no ``<target>``
  and ``state="initial"``; a 0-1 bead (text added) an empty ``<source>``.
* :func:`write_spreadsheet`: columns :data:`SPREADSHEET_COLUMNS`. ``.xlsx`` (openpyxl,
  the ``excel`` extra) has a frozen bold header row, wrapped text, fixed column widths
  and a filter; every text cell is a string cell, so a sentence that starts with ``=``
  is never a formula. ``.csv`` is UTF-8 with a byte-order mark, which Excel needs to
  show Thai; a cell that starts with ``=``, ``+``, ``-``, ``@`` gets a leading ``'``
  (OWASP's guard against formula injection from untrusted article text), so use the
  ``.xlsx`` or the returned frame for the exact text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pandas as pd

from ..alignment.dp import Bead
from ..alignment.result import DEFAULT_METHOD, Alignment
from ..alignment.tmx import xml_safe
from ..errors import Errors
from .context import ComparisonLike as Comparison

__all__ = ["SPREADSHEET_COLUMNS", "XLIFF_NS", "bead_findings", "comparison_to_xliff",
           "sentence_alignment", "write_spreadsheet"]

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
XLIFF_VERSION = "2.0"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
CATEGORIES = {"numbers": "number", "entities": "entity", "passages": "passage"}
"""``problems()`` table → XLIFF note category and spreadsheet column."""
SPREADSHEET_COLUMNS = ("bead_id", "kind", "src_text", "tgt_text", "number_problems",
                       "entity_problems", "passage_problems", "note")
COLUMN_WIDTHS = {"bead_id": 8, "kind": 7, "src_text": 60, "tgt_text": 60,
                 "number_problems": 28, "entity_problems": 28, "passage_problems": 28,
                 "note": 40}
"""``.xlsx`` column widths in characters."""
QUOTE_CHARS = 40
"""Longest quoted text in a finding (an omitted sentence is cut to this)."""
NOTE_CHARS = 200
"""Longest ``note`` cell."""
CSV_ENCODING = "utf-8-sig"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SOURCE_SIDE = {"missing", "omitted"}
_TARGET_SIDE = {"added", "untranslated"}


# ------------------------------------------------------------------------ findings

def _text(value: Any) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS - 1] + "…"


def finding_text(table: str, status: str, src: str, tgt: str) -> str:
    """One problem in a few words: ``mismatch 1,350 → 1,530``, ``missing 92%``,
    ``omitted "Over 92% of the…"``."""
    if table == "passages":
        return f"{status} \"{_quote(src or tgt)}\"" if src or tgt else status
    if src and tgt:
        return f"{status} {_quote(src)} → {_quote(tgt)}"
    return f"{status} {_quote(src or tgt)}".rstrip()


def _by_bead(cmp: Comparison) -> tuple[dict[int, list[dict[str, str]]], list[dict[str, str]]]:
    """The problems as dicts (table, status, src, tgt, note), by bead id; and those
    without a bead."""
    by: dict[int, list[dict[str, str]]] = {}
    loose: list[dict[str, str]] = []
    for row in cmp.problems().itertuples(index=False):
        item = {"table": str(row.table), "status": _text(row.status),
                "src": _text(row.src_text), "tgt": _text(row.tgt_text),
                "note": _text(row.note)}
        if pd.isna(row.bead_id):
            loose.append(item)
        else:
            by.setdefault(int(row.bead_id), []).append(item)
    return by, loose


def _moves(cmp: Comparison) -> dict[int, str]:
    """A few words per bead holding a passage the translator moved (a ``moved`` row of
    the passages table: no problem, but a reviewer should know where it went)."""
    out: dict[int, str] = {}
    p = cmp.passages
    for row in p[p["kind"].astype(str) == "moved"].itertuples(index=False):
        if pd.isna(row.bead_id):
            continue
        where = ("" if pd.isna(row.other_para_id)
                 else f" (target paragraph {int(row.other_para_id) + 1})")
        out[int(row.bead_id)] = (f"moved: this {row.level} is translated in another part "
                                 f"of the article{where}")
    return out


def bead_findings(cmp: Comparison) -> pd.DataFrame:
    """One row per sentence bead: :data:`SPREADSHEET_COLUMNS`, the problem columns
    holding ``"; "``-joined findings (empty when there are none)."""
    by, _ = _by_bead(cmp)
    moves = _moves(cmp)
    rows = []
    for bead_id, kind, src, tgt in zip(cmp.alignment["bead_id"], cmp.alignment["kind"],
                                       cmp.alignment["src_text"], cmp.alignment["tgt_text"],
                                       strict=True):
        found = by.get(int(bead_id), [])
        row: dict[str, Any] = {"bead_id": int(bead_id), "kind": str(kind),
                               "src_text": _text(src), "tgt_text": _text(tgt)}
        for table, name in CATEGORIES.items():
            row[f"{name}_problems"] = "; ".join(
                finding_text(table, f["status"], f["src"], f["tgt"])
                for f in found if f["table"] == table)
        said = " ".join(str(v) for v in row.values())
        notes = "; ".join(dict.fromkeys(
            ([moves[int(bead_id)]] if int(bead_id) in moves else [])
            + [f["note"] for f in found if f["note"] and f["note"] not in said]))
        row["note"] = notes if len(notes) <= NOTE_CHARS else notes[:NOTE_CHARS - 1] + "…"
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(SPREADSHEET_COLUMNS))
    return frame.astype({c: ("Int64" if c == "bead_id" else "string")
                         for c in SPREADSHEET_COLUMNS})


# ----------------------------------------------------------------------------- TMX

def sentence_alignment(cmp: Comparison) -> Alignment:
    """The sentence beads of ``cmp`` as an :class:`Alignment` (for ``to_tmx``): units
    are sentences, their texts from the beads or, for merged beads, from the
    analyses' sentence tables."""
    a = cmp.alignment
    units: list[tuple[tuple[int, str], ...]] = []
    for analysis, ids_col, text_col in ((cmp.src, "src_ids", "src_text"),
                                        (cmp.tgt, "tgt_ids", "tgt_text")):
        table = analysis.sentences
        texts = dict(zip(table["sent_id"].astype(int), table["text"].astype(str),
                         strict=True))
        found: dict[int, str] = {}
        for ids, text in zip(a[ids_col], a[text_col], strict=True):
            if len(ids) == 1:
                found[int(ids[0])] = _text(text)
            for i in ids:
                found.setdefault(int(i), texts.get(int(i), ""))
        units.append(tuple(sorted(found.items())))
    beads = tuple(Bead(tuple(map(int, s)), tuple(map(int, t)), str(k), float(score))
                  for s, t, k, score in zip(a["src_ids"], a["tgt_ids"], a["kind"],
                                            a["score"], strict=True))
    s = cmp.summary
    return Alignment(beads, "sentence", units[0], units[1], DEFAULT_METHOD, None,
                     str(s["src_lang"]), str(s["tgt_lang"]))


# --------------------------------------------------------------------------- XLIFF

def comparison_to_xliff(cmp: Comparison) -> str:
    """The XLIFF 2.0 document of ``cmp`` (see the module docstring)."""
    s = cmp.summary
    # Tags are written unqualified under a literal xmlns (ElementTree's default_namespace
    # refuses unqualified attributes), so parsers read them in XLIFF_NS.
    root = ET.Element("xliff", xmlns=XLIFF_NS, version=XLIFF_VERSION,
                      srcLang=str(s["src_lang"]), trgLang=str(s["tgt_lang"]))
    file = ET.SubElement(root, "file", id="f1", original=str(s["src_doc_id"]))
    by, loose = _by_bead(cmp)
    for bead_id, text in _moves(cmp).items():
        by.setdefault(bead_id, []).append({"table": "passages", "status": "moved",
                                           "src": "", "tgt": "", "note": text})
    summary = {"table": "summary", "status": "", "src": "", "tgt": "",
               "note": str(s["verdict"])}
    _notes(file, [summary, *loose])
    for bead_id, src, tgt in zip(cmp.alignment["bead_id"], cmp.alignment["src_text"],
                                 cmp.alignment["tgt_text"], strict=True):
        _unit(file, int(bead_id), _text(src), _text(tgt), by.get(int(bead_id), []))
    ET.indent(root)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(root, encoding="unicode") + "\n")


def _unit(file: ET.Element, bead_id: int, src: str, tgt: str,
          found: list[dict[str, str]]) -> None:
    unit = ET.SubElement(file, "unit", id=f"b{bead_id}")
    _notes(unit, found)
    segment = ET.SubElement(unit, "segment", id=f"s{bead_id}",
                            state="translated" if tgt.strip() else "initial")
    ET.SubElement(segment, "source", {XML_SPACE: "preserve"}).text = xml_safe(src)
    if tgt.strip():
        ET.SubElement(segment, "target", {XML_SPACE: "preserve"}).text = xml_safe(tgt)


def _notes(parent: ET.Element, found: list[dict[str, str]]) -> None:
    if not found:
        return
    notes = ET.SubElement(parent, "notes")
    for f in found:
        category = CATEGORIES.get(f["table"], f["table"])
        attrs = {"category": category}
        if category != "summary":
            attrs["priority"] = "5" if f["status"] == "moved" else "1"  # 5: information
            side = ("source" if f["status"] in _SOURCE_SIDE
                    else "target" if f["status"] in _TARGET_SIDE else "")
            if side:
                attrs["appliesTo"] = side
        text = (finding_text(f["table"], f["status"], f["src"], f["tgt"])
                if category != "summary" else "")
        note = f["note"]
        joined = (note if f["status"] == "moved" else text if not note or note in text
                  else f"{text}: {note}" if text else note)
        ET.SubElement(notes, "note", attrs).text = xml_safe(joined)


# --------------------------------------------------------------------- spreadsheet

def write_spreadsheet(cmp: Comparison, path: str | Path) -> pd.DataFrame:
    """Write :func:`bead_findings` to ``path`` (``.xlsx`` or ``.csv``, by the suffix)
    and return it."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValueError(Errors.E072.format(path=path, suffix=path.suffix))
    frame = bead_findings(cmp)
    if suffix == ".csv":
        guarded = frame.astype(object).map(_formula_guard)
        guarded.to_csv(path, index=False, encoding=CSV_ENCODING)
    else:
        _write_xlsx(frame, path)
    return frame


def _formula_guard(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    if value is None or pd.isna(value):
        return None
    return xml_safe(value) if isinstance(value, str) else int(value)


def _write_xlsx(frame: pd.DataFrame, path: Path) -> None:
    from .._optional import openpyxl_module

    openpyxl = openpyxl_module()
    from openpyxl.styles import Alignment as CellAlignment
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "beads"
    sheet.append(list(frame.columns))
    for row in frame.astype(object).itertuples(index=False):
        sheet.append([_cell(v) for v in row])
    wrap = CellAlignment(wrap_text=True, vertical="top")
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula
            cell.alignment = wrap
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for k, name in enumerate(frame.columns, start=1):
        sheet.column_dimensions[get_column_letter(k)].width = COLUMN_WIDTHS.get(name, 20)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    book.save(path)
