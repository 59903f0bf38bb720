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
import io
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pandas as pd

from .context import ComparisonLike as Comparison

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

__all__ = ["comparison_html", "plot_alignment", "plot_numbers", "summary_html"]

COLOURS = {"match": "#2e7d32", "format_only": "#1565c0", "qualifier_changed": "#ef6c00",
           "mismatch": "#c62828", "missing": "#6a1b9a", "added": "#00838f",
           "matched": "#2e7d32", "untranslated": "#ad1457", "omitted": "#6a1b9a",
           "length_ratio": "#8d6e63"}
KIND_COLOURS = {"1-1": "#2e7d32", "2-1": "#1565c0", "1-2": "#1565c0", "2-2": "#5e35b1",
                "1-0": "#c62828", "0-1": "#ef6c00"}

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Thai",sans-serif;
 margin:0 1.5em 2em;color:#222}
h1{font-size:1.3em;margin:.8em 0 .2em} .verdict{font-size:1.1em;font-weight:600}
.verdict.ok{color:#2e7d32} .verdict.bad{color:#c62828}
table.summary{border-collapse:collapse;margin:.5em 0} table.summary td{padding:1px 10px 1px 0}
table.summary td.n{text-align:right;font-weight:600}
.filters{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:1px solid #ddd;
  z-index:2}
.filters label{margin-right:1.2em}
.legend span{margin-right:.8em}
table.beads{border-collapse:collapse;width:100%;table-layout:fixed}
table.beads th{background:#f3f3f3;text-align:left;padding:4px}
table.beads td{vertical-align:top;padding:4px 6px;border-top:1px solid #e5e5e5}
table.beads tr.para-start td{border-top:2px solid #999}
.id{width:2.5em;color:#777} .kind{width:3em;color:#555;font-size:.85em}
.issues{width:18%;font-size:.85em;color:#444}
td.gap{background:repeating-linear-gradient(45deg,#fafafa,#fafafa 6px,#f0e4f4 6px,#f0e4f4 12px)}
tr.problem td.id{color:#c62828;font-weight:700}
body.only-problems tr.bead:not(.problem){display:none}
mark{background:none;border-radius:3px;padding:0 2px}
mark.num{color:#fff}
mark.ent{border-bottom:2px solid;color:inherit}
mark.untranslated{outline:2px dashed #ad1457;color:#ad1457}
.drift{color:#888;font-style:italic;font-size:.85em}
.omitted-text{text-decoration:line-through #6a1b9a}
img.plot{max-width:48%;margin:.5em 1% 0 0;border:1px solid #eee}
"""
_CSS += "".join(f"mark.num.st-{k}{{background:{v}}}mark.ent.st-{k}{{border-color:{v}}}"
                for k, v in COLOURS.items())

_JS = """(function(){
var box=document.getElementById('only-problems');
function apply(){document.body.classList.toggle('only-problems',box.checked);
var shown=0;document.querySelectorAll('tr.bead').forEach(function(r){
if(r.offsetParent!==null){shown++;}});
document.getElementById('shown-count').textContent=String(shown);}
box.addEventListener('change',apply);apply();
document.documentElement.setAttribute('data-massmob-js','ready');
})();"""


def _esc(value: Any) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) \
        else html.escape(str(value), quote=True)


# ---------------------------------------------------------------------- highlights

def _marks(cmp: Comparison, side: str) -> list[tuple[int, int, str, str]]:
    """(start, end, css class, tooltip) of numbers, entities and untranslated spans on
    one side; overlapping marks keep the first kind (numbers before entities)."""
    out: list[tuple[int, int, str, str]] = []
    for table, css in ((cmp.numbers, "num"), (cmp.entities, "ent")):
        s_col, e_col = f"{side}_start_char", f"{side}_end_char"
        sel = table[table[s_col].notna()]
        for a, b, st, note in zip(sel[s_col], sel[e_col], sel["status"], sel["note"]):
            tip = f"{st}" + (f": {note}" if isinstance(note, str) and note else "")
            out.append((int(a), int(b), f"{css} st-{st}", tip))
    if side == "tgt":
        p = cmp.passages[cmp.passages["kind"].astype(str) == "untranslated"]
        out.extend((int(a), int(b), "untranslated", "untranslated")
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
          marks: list[tuple[int, int, str, str]], omitted: set[int]) -> str:
    a = cmp.src if side == "src" else cmp.tgt
    sents = a.sentences.set_index("sent_id")
    pieces = []
    for i in ids:
        row = sents.loc[i]
        body = _render(a.text, int(row["start_char"]), int(row["end_char"]), marks)
        if i in omitted:
            body = f'<span class="omitted-text">{body}</span>'
        pieces.append(body)
    return " ".join(pieces)


def _bead_rows(cmp: Comparison) -> list[str]:
    marks = {side: _marks(cmp, side) for side in ("src", "tgt")}
    p = cmp.passages
    sent_level = p[p["level"].astype(str) == "sentence"]
    omitted = {"src": set(sent_level.loc[sent_level["side"].astype(str) == "src", "sent_id"]
                          .dropna().astype(int)),
               "tgt": set(sent_level.loc[sent_level["side"].astype(str) == "tgt", "sent_id"]
                          .dropna().astype(int))}
    issues = _issues_by_bead(cmp)
    s_para = dict(zip(cmp.src.sentences["sent_id"].astype(int),
                      cmp.src.sentences["para_id"].astype(int)))
    t_para = dict(zip(cmp.tgt.sentences["sent_id"].astype(int),
                      cmp.tgt.sentences["para_id"].astype(int)))
    rows, last = [], (None, None)
    for bead, s_ids, t_ids, kind in zip(cmp.alignment["bead_id"], cmp.alignment["src_ids"],
                                        cmp.alignment["tgt_ids"], cmp.alignment["kind"]):
        bead = int(bead)
        paras = (s_para.get(s_ids[0]) if s_ids else last[0],
                 t_para.get(t_ids[0]) if t_ids else last[1])
        classes = ["bead"] + (["para-start"] if paras[0] != last[0] and paras[1] != last[1]
                              else []) + (["problem"] if issues.get(bead) else [])
        last = paras
        cells = []
        for side, ids in (("src", s_ids), ("tgt", t_ids)):
            if ids:
                cell = _cell(cmp, side, ids, marks[side], omitted[side])
                cells.append(f"<td class=\"{side}\">{cell}</td>")
            else:
                what = "source" if side == "src" else "translation"
                other = omitted["tgt" if side == "src" else "src"]
                drift = "" if set(s_ids or t_ids) & other or issues.get(bead) else \
                    '<span class="drift">translated with a neighbouring sentence</span>'
                cells.append(f'<td class="{side} gap" title="no {what} in this bead">'
                             f'{drift}</td>')
        notes = "<br>".join(_esc(x) for x in issues.get(bead, []))
        rows.append(f'<tr class="{" ".join(classes)}" id="bead-{bead}" data-kind="{_esc(kind)}">'
                    f'<td class="id">{bead}</td><td class="kind">{_esc(kind)}</td>'
                    f'{"".join(cells)}<td class="issues">{notes}</td></tr>')
    return rows


def _issues_by_bead(cmp: Comparison) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for row in cmp.problems().itertuples(index=False):
        if pd.isna(row.bead_id):
            continue
        what = row.src_text if isinstance(row.src_text, str) else row.tgt_text
        if row.table == "passages":
            label = f"{row.status}" + (f": {what}" if row.status == "untranslated" else "")
        else:
            pair = " → ".join(x for x in (row.src_text, row.tgt_text) if isinstance(x, str))
            noun = {"numbers": "number", "entities": "entity"}.get(row.table, row.table)
            label = f"{noun} {row.status}: {pair}"
        out.setdefault(int(row.bead_id), []).append(label)
    return out


# ---------------------------------------------------------------------------- page

def _summary_table(cmp: Comparison) -> str:
    s = cmp.summary
    keep = [k for k in s.index if k.startswith(("numbers_", "entities_", "passages_"))]
    cells = "".join(f"<tr><td>{_esc(k.replace('_', ' '))}</td><td class=\"n\">{_esc(s[k])}</td>"
                    "</tr>" for k in keep)
    shares = (f"<tr><td>source numbers preserved</td><td class=\"n\">"
              f"{100 * float(s['share_numbers_preserved']):.0f}%</td></tr>"
              f"<tr><td>source text aligned</td><td class=\"n\">"
              f"{100 * float(s['share_text_aligned']):.0f}%</td></tr>")
    return f'<table class="summary">{shares}{cells}</table>'


def summary_html(cmp: Comparison) -> str:
    """A short HTML block for notebooks: verdict, counts and problem rows."""
    ok = cmp.verdict.startswith("No problems")
    probs = cmp.problems()
    return (f'<div><b>Comparison {_esc(cmp.src.doc_id)} → {_esc(cmp.tgt.doc_id)}</b>'
            f'<p style="color:{"#2e7d32" if ok else "#c62828"}">{_esc(cmp.verdict)}</p>'
            f'{_summary_table(cmp)}{probs.to_html(index=False, escape=True, na_rep="")}</div>')


def _legend() -> str:
    items = [("match", "num"), ("format_only", "num"), ("qualifier_changed", "num"),
             ("mismatch", "num"), ("missing", "num"), ("added", "num"),
             ("matched", "ent"), ("untranslated", "untranslated")]
    spans = "".join(f'<span><mark class="{css} st-{st}{" " + st if css == "untranslated" else ""}">'
                    f'{_esc(st.replace("_", " "))}</mark></span>' for st, css in items)
    return f'<p class="legend">Numbers: {spans} — entities are underlined.</p>'


def comparison_html(cmp: Comparison, *, plots: bool = True) -> str:
    """The full report as one HTML string (no external resources)."""
    ok = cmp.verdict.startswith("No problems")
    title = f"massmob comparison: {cmp.src.doc_id} → {cmp.tgt.doc_id}"
    rows = _bead_rows(cmp)
    imgs = ""
    if plots:
        imgs = "".join(f'<img class="plot" alt="{alt}" src="data:image/png;base64,{_png(f(cmp))}">'
                       for f, alt in ((plot_alignment, "alignment map"),
                                      (plot_numbers, "number agreement per paragraph")))
    script_hash = base64.b64encode(hashlib.sha256(_JS.encode()).digest()).decode()
    csp = (f"default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
           f"script-src 'sha256-{script_hash}'")
    return "".join([
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_esc(title)}</h1>",
        f'<p class="verdict {"ok" if ok else "bad"}">{_esc(cmp.verdict)}</p>',
        _summary_table(cmp), _legend(),
        '<div class="filters"><label><input type="checkbox" id="only-problems"> '
        'Show only beads with problems</label><span><span id="shown-count">'
        f'{len(rows)}</span> of {len(rows)} beads shown</span></div>',
        '<table class="beads"><thead><tr><th class="id">#</th><th class="kind">bead</th>'
        f'<th>source ({_esc(cmp.src.lang)})</th><th>translation ({_esc(cmp.tgt.lang)})</th>'
        '<th class="issues">issues</th></tr></thead><tbody>', "".join(rows),
        "</tbody></table>", f'<section class="plots">{imgs}</section>',
        f"<script>{_JS}</script></body></html>"])


# --------------------------------------------------------------------------- plots

def _png(fig: Figure) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def plot_alignment(cmp: Comparison) -> Figure:
    """The alignment map: cumulative source vs target position (characters, no spaces),
    one segment per sentence bead coloured by its kind."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5.5, 4.5))
    x = y = 0
    seen: set[str] = set()
    for s, t, kind in zip(cmp.alignment["src_text"], cmp.alignment["tgt_text"],
                          cmp.alignment["kind"].astype(str)):
        dx, dy = len(str(s).replace(" ", "")), len(str(t).replace(" ", ""))
        colour = KIND_COLOURS.get(kind, "#555555")
        ax.plot([x, x + dx], [y, y + dy], "-o", color=colour, markersize=3,
                label=kind if kind not in seen else None)
        seen.add(kind)
        x, y = x + dx, y + dy
    ax.plot([0, max(x, 1)], [0, max(x, 1) * (y / x if x else 1)], ":", color="#999",
            linewidth=1)
    ax.set_xlabel(f"source position ({cmp.src.lang}, characters)")
    ax.set_ylabel(f"target position ({cmp.tgt.lang}, characters)")
    ax.set_title("Alignment map (sentence beads)")
    if seen:
        ax.legend(title="bead", fontsize=8)
    fig.tight_layout()
    return fig


def plot_numbers(cmp: Comparison) -> Figure:
    """Number agreement per source paragraph: stacked counts of each status."""
    import matplotlib.pyplot as plt

    from .context import NUMBER_STATUSES

    frame = cmp.numbers
    para = frame["src_para_id"].astype("Float64").fillna(
        _tgt_to_src_para(cmp, frame["tgt_para_id"]))
    counts = pd.crosstab(para.astype("Int64"), frame["status"].astype(str)) if len(frame) \
        else pd.DataFrame()
    counts = counts.reindex(columns=[s for s in NUMBER_STATUSES if s in counts.columns])
    fig, ax = plt.subplots(figsize=(5.5, 4.5))
    if counts.empty:
        ax.text(0.5, 0.5, "no numbers", ha="center", va="center", transform=ax.transAxes)
    else:
        bottom = pd.Series(0, index=counts.index)
        for st in counts.columns:
            ax.bar([str(i) for i in counts.index], counts[st], bottom=bottom,
                   color=COLOURS[st], label=st.replace("_", " "))
            bottom = bottom + counts[st]
        ax.legend(fontsize=8)
    ax.set_xlabel("source paragraph")
    ax.set_ylabel("numbers")
    ax.set_title("Number agreement per paragraph")
    fig.tight_layout()
    return fig


def _tgt_to_src_para(cmp: Comparison, tgt_para: pd.Series) -> pd.Series:
    """Source paragraph aligned with each target paragraph (first one of its bead)."""
    lookup: dict[int, float] = {}
    for s_ids, t_ids in zip(cmp.paragraph_alignment["src_ids"],
                            cmp.paragraph_alignment["tgt_ids"]):
        for j in t_ids:
            lookup[int(j)] = float(s_ids[0]) if s_ids else float("nan")
    return tgt_para.map(lambda j: lookup.get(int(j), float("nan"))
                        if not pd.isna(j) else float("nan")).astype("Float64")
