"""HTML report and plots of a :class:`~massmob_nlp.Comparison`.

The report is one self-contained file: inline CSS, one inline script (allowed by its
hash in a Content-Security-Policy, so nothing else can run even if escaping failed),
plots as base64 PNG. Every piece of article text goes through :func:`html.escape`.
matplotlib is imported only when a plot is drawn.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Iterable
from typing import Any

import pandas as pd

from .context import ComparisonLike as Comparison
from .report_plots import plot_alignment, plot_numbers, png_base64
from .report_style import CSS, JS
from .report_words import (
    Sides,
    bead_category,
    bead_words,
    issue_words,
    legend_html,
    moved_notes,
    summary_label,
)

__all__ = ["comparison_html", "plot_alignment", "plot_numbers", "summary_html"]

NUMBER_WORDS = {"match": "match", "format_only": "same value, written differently",
                "qualifier_changed": "qualifier changed", "mismatch": "numbers differ",
                "missing": "missing on the other side", "added": "only on this side",
                "matched": "found on both sides"}
"""Hover text of a mark (before its note)."""


def _esc(value: Any) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) \
        else html.escape(str(value), quote=True)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


# ---------------------------------------------------------------------- highlights

def _marks(cmp: Comparison, side: str) -> list[tuple[int, int, str, str]]:
    """(start, end, css class, tooltip) of numbers, entities and untranslated spans on
    one side; overlapping marks keep the first kind (numbers before entities)."""
    out: list[tuple[int, int, str, str]] = []
    for table, css in ((cmp.numbers, "num"), (cmp.entities, "ent")):
        s_col, e_col = f"{side}_start_char", f"{side}_end_char"
        sel = table[table[s_col].notna()]
        for a, b, st, note in zip(sel[s_col], sel[e_col], sel["status"], sel["note"]):
            words = NUMBER_WORDS.get(str(st), str(st))
            tip = ("name: " if css == "ent" else "number: ") + words + (
                f" ({str(note).replace('_', ' ')})" if _str(note) else "")
            out.append((int(a), int(b), f"{css} st-{st}", tip))
    if side == "tgt":
        p = cmp.passages[cmp.passages["kind"].astype(str) == "untranslated"]
        out.extend((int(a), int(b), "untranslated", "left untranslated")
                   for a, b in zip(p["start_char"], p["end_char"]))
    kept: list[tuple[int, int, str, str]] = []
    for m in out:
        if all(m[1] <= k[0] or m[0] >= k[1] for k in kept):
            kept.append(m)
    return sorted(kept)


def _render(text: str, start: int, end: int, marks: list[tuple[int, int, str, str]]) -> str:
    """Escaped ``text[start:end]`` with the marks inside it wrapped in ``<mark>``."""
    parts, pos = [], start
    for a, b, css, tip in marks:
        if a < start or b > end or a < pos:
            continue
        parts.append(_esc(text[pos:a]))
        parts.append(f'<mark class="{_esc(css)}" title="{_esc(tip)}">{_esc(text[a:b])}</mark>')
        pos = b
    parts.append(_esc(text[pos:end]))
    return "".join(parts)


def _cell(cmp: Comparison, side: str, ids: Iterable[int],
          marks: list[tuple[int, int, str, str]], omitted: set[int],
          moved: set[int] | None = None) -> str:
    a = cmp.src if side == "src" else cmp.tgt
    sents = a.sentences.set_index("sent_id")
    pieces = []
    for i in ids:
        row = sents.loc[i]
        body = _render(a.text, int(row["start_char"]), int(row["end_char"]), marks)
        if i in omitted:
            body = f'<span class="omitted-text">{body}</span>'
        elif moved and i in moved:
            body = (f'<span class="moved-text" title="moved: translated in another part '
                    f'of the article">{body}</span>')
        pieces.append(body)
    return " ".join(pieces)


def _lang_attr(lang: str) -> str:
    return f' lang="{_esc(lang)}"' if lang.isalpha() and 2 <= len(lang) <= 3 else ""


def _gap_cell(side: str, drift: bool, sides: Sides, moved: bool = False) -> str:
    other = sides.name("tgt" if side == "src" else "src")
    text = f"no {sides.name(side)} sentence for this {other} one"
    note = '<br><span class="drift">probably translated with a neighbouring sentence' \
           "</span>" if drift else ""
    if moved:
        note = ('<br><span class="drift">moved: translated in another part of the '
                "article (see the last column)</span>")
    return (f'<td class="{side} gap" title="{_esc(text)}"><span class="gap-note">'
            f"{_esc(text)}</span>{note}</td>")


def _omitted_ids(cmp: Comparison) -> dict[str, set[int]]:
    p = cmp.passages
    sent_level = p[(p["level"].astype(str) == "sentence")
                   & p["kind"].astype(str).isin(["omitted", "added"])]
    return {side: set(sent_level.loc[sent_level["side"].astype(str) == side, "sent_id"]
                      .dropna().astype(int)) for side in ("src", "tgt")}


def _sentences_in(a: Any, para: Any, sent: Any, start: Any, end: Any) -> set[int]:
    """Sentence ids of a passage: its sentence, or those of its paragraph / span."""
    s = a.sentences
    if not pd.isna(sent):
        return {int(sent)}
    if not pd.isna(start) and not pd.isna(end):
        hit = s[(s["start_char"] < int(end)) & (s["end_char"] > int(start))]
    else:
        hit = s[s["para_id"] == para]
    return set(hit["sent_id"].astype(int))


def _moves(cmp: Comparison, sides: Sides) -> tuple[dict[int, list[str]], dict[str, set[int]]]:
    """Notes (HTML) of moved passages by sentence row, and the sentence ids of moved
    passages and of their translations, by side."""
    p = cmp.passages
    p = p[p["kind"].astype(str) == "moved"]
    notes: dict[int, list[str]] = {}
    ids: dict[str, set[int]] = {"src": set(), "tgt": set()}
    for row in p.itertuples(index=False):
        bead = None if pd.isna(row.bead_id) else int(row.bead_id)
        other = None if pd.isna(row.other_bead_id) else int(row.other_bead_id)
        para = None if pd.isna(row.other_para_id) else int(row.other_para_id)
        here, there = moved_notes(str(row.level), int(row.para_id), para, bead, other, sides)
        if bead is not None:
            notes.setdefault(bead, []).append(here)
        if there is not None and other is not None:
            notes.setdefault(other, []).append(there)
        ids["src"] |= _sentences_in(cmp.src, row.para_id, row.sent_id, row.start_char,
                                    row.end_char)
        ids["tgt"] |= _sentences_in(cmp.tgt, row.other_para_id, row.other_sent_id,
                                    row.other_start_char, row.other_end_char)
    return notes, ids


def _bead_rows(cmp: Comparison, sides: Sides) -> list[str]:
    marks = {side: _marks(cmp, side) for side in ("src", "tgt")}
    langs = {"src": _lang_attr(cmp.src.lang), "tgt": _lang_attr(cmp.tgt.lang)}
    omitted = _omitted_ids(cmp)
    issues = _issues_by_bead(cmp, sides)
    moves, moved = _moves(cmp, sides)
    s_para = dict(zip(cmp.src.sentences["sent_id"].astype(int),
                      cmp.src.sentences["para_id"].astype(int)))
    t_para = dict(zip(cmp.tgt.sentences["sent_id"].astype(int),
                      cmp.tgt.sentences["para_id"].astype(int)))
    rows, last = [], (None, None)
    al = cmp.alignment
    for bead, s_ids, t_ids, kind, score in zip(al["bead_id"], al["src_ids"], al["tgt_ids"],
                                               al["kind"].astype(str), al["score"]):
        bead = int(bead)
        paras = (s_para.get(s_ids[0]) if s_ids else last[0],
                 t_para.get(t_ids[0]) if t_ids else last[1])
        classes = ["bead"] + (["para-start"] if paras[0] != last[0] and paras[1] != last[1]
                              else []) + (["problem"] if issues.get(bead) else []) + (
            ["moved"] if bead in moves else [])
        last = paras
        cells = []
        for side, ids in (("src", s_ids), ("tgt", t_ids)):
            if ids:
                cell = _cell(cmp, side, ids, marks[side], omitted[side], moved[side])
                cells.append(f'<td class="{side}"{langs[side]}>{cell}</td>')
            else:
                other = omitted["tgt" if side == "src" else "src"]
                drift = not (set(s_ids or t_ids) & other or issues.get(bead))
                cells.append(_gap_cell(side, drift, sides, moved=bead in moves))
        cat = "moved" if bead in moves else \
            bead_category(kind, None if pd.isna(score) else float(score))
        words = bead_words(kind, sides) + ("<br>(weak match)" if cat == "weak" else "")
        notes = "<br>".join([_esc(x) for x in issues.get(bead, [])] + moves.get(bead, []))
        rows.append(f'<tr class="{" ".join(classes)}" id="bead-{bead}" data-kind="{_esc(kind)}">'
                    f'<td class="id">{bead}</td><td class="kind k-{cat}">{words}</td>'
                    f'{"".join(cells)}<td class="issues">{notes}</td></tr>')
    return rows


def _issues_by_bead(cmp: Comparison, sides: Sides) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for row in cmp.problems().itertuples(index=False):
        if pd.isna(row.bead_id):
            continue
        label = issue_words(str(row.table), str(row.status), _str(row.src_text),
                            _str(row.tgt_text), _str(row.note), sides)
        out.setdefault(int(row.bead_id), []).append(label)
    return out


# ---------------------------------------------------------------------------- page

def _summary_table(cmp: Comparison, sides: Sides) -> str:
    s = cmp.summary
    keep = [k for k in s.index if k.startswith(("numbers_", "entities_", "passages_"))]
    cells = "".join(f'<tr><td>{_esc(summary_label(k, sides))}</td><td class="n">'
                    f"{_esc(s[k])}</td></tr>" for k in keep)
    shares = "".join(f'<tr><td>{_esc(summary_label(k, sides))}</td><td class="n">'
                     f"{100 * float(s[k]):.0f}%</td></tr>"
                     for k in ("share_numbers_preserved", "share_text_aligned"))
    return f'<table class="summary">{shares}{cells}</table>'


def summary_html(cmp: Comparison) -> str:
    """A short HTML block for notebooks: verdict, counts and problem rows."""
    ok = cmp.verdict.startswith("No problems")
    probs = cmp.problems()
    sides = Sides(cmp.src.lang, cmp.tgt.lang)
    return (f'<div><b>Comparison {_esc(cmp.src.doc_id)} → {_esc(cmp.tgt.doc_id)}</b>'
            f'<p style="color:{"#006b4f" if ok else "#a33a00"}">{_esc(cmp.verdict)}</p>'
            f'{_summary_table(cmp, sides)}'
            f'{probs.to_html(index=False, escape=True, na_rep="")}</div>')


def _font_warning(sides: Sides) -> str:
    return ('<p class="font-warning" id="font-warning" hidden>This computer has no font '
            f"for some of the {_esc(sides.tgt)} text, so it shows as empty boxes. Install "
            "a Thai font (e.g. Noto Sans Thai; on Debian or Ubuntu: "
            "<code>apt-get install fonts-thai-tlwg</code>) and reload the page.</p>")


def comparison_html(cmp: Comparison, *, plots: bool = True) -> str:
    """The full report as one HTML string (no external resources)."""
    ok = cmp.verdict.startswith("No problems")
    sides = Sides(cmp.src.lang, cmp.tgt.lang)
    title = f"massmob comparison: {cmp.src.doc_id} → {cmp.tgt.doc_id}"
    rows = _bead_rows(cmp, sides)
    imgs = ""
    if plots:
        imgs = "".join(f'<img class="plot" alt="{alt}" '
                       f'src="data:image/png;base64,{png_base64(f(cmp))}">'
                       for f, alt in ((plot_alignment, "alignment map"),
                                      (plot_numbers, "number agreement per paragraph")))
    script_hash = base64.b64encode(hashlib.sha256(JS.encode()).digest()).decode()
    csp = (f"default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
           f"script-src 'sha256-{script_hash}'")
    return "".join([
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{_esc(title)}</h1>", _font_warning(sides),
        f'<p class="verdict {"ok" if ok else "bad"}">{_esc(cmp.verdict)}</p>',
        _summary_table(cmp, sides), legend_html(sides),
        '<div class="filters"><label><input type="checkbox" id="only-problems"> '
        'Show only rows with something to check</label><span><span id="shown-count">'
        f'{len(rows)}</span> of {len(rows)} rows shown</span></div>',
        '<table class="beads"><thead><tr><th class="id">#</th><th class="kind">Sentences'
        f'</th><th>{_esc(sides.src)} (original)</th><th>{_esc(sides.tgt)} (translation)'
        '</th><th class="issues">What to check</th></tr></thead><tbody>', "".join(rows),
        "</tbody></table>", f'<section class="plots">{imgs}</section>',
        f"<script>{JS}</script></body></html>"])
