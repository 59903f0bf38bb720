"""HTML page of a :class:`~massmob_nlp.comparison.versions.VersionComparison`: one
original and its editions, number by number.

A reviewer of one edition asks which numbers of the original the other editions kept
and which this one changed or lost. The page shows one row per edition (its verdict,
with a link to its own side-by-side report when one was written), then the numbers the
editions disagree on, each with the sentence of the original it comes from, and all
numbers folded below. Self-contained like the comparison report: inline CSS, no script
(a Content-Security-Policy forbids any), every piece of text escaped.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Mapping
from typing import Any

import pandas as pd

from .report_style import COLOURS, NUMBER_SIGNS, TEXT_ON
from .report_words import LANG_NAMES

__all__ = ["versions_html"]

STATUS_WORDS = {"match": "kept", "format_only": "kept, written differently",
                "qualifier_changed": "qualifier changed", "mismatch": "changed",
                "missing": "lost", "added": "added (not in the original)"}
"""What a reader sees for each number status of an edition."""
_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Thai",
"Leelawadee UI",Thonburi,"TLWG Typist","Loma",sans-serif;margin:1.5em;color:#222;
line-height:1.45} h1{font-size:1.35em} h2{font-size:1.1em;margin-top:1.5em}
table{border-collapse:collapse;margin:.5em 0} th,td{border:1px solid #ddd;
padding:.3em .5em;vertical-align:top;text-align:left} th{background:#f4f4f4}
td.n{text-align:right} td.ctx{max-width:38em;color:#444} mark.src{background:#fff3b0}
span.st{display:inline-block;padding:0 .35em;border-radius:3px;font-size:.85em}
ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4em 1.2em}
details{margin-top:1em} summary{cursor:pointer;font-weight:600}
"""


def _esc(value: Any) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


def _status(value: Any) -> str:
    st = "" if value is None or pd.isna(value) else str(value)
    if not st:
        return ""
    colour = COLOURS.get(st, "#ddd")
    sign = NUMBER_SIGNS.get(st, "")
    return (f'<span class="st" style="background:{colour};color:{TEXT_ON.get(st, "#000")}"'
            f' title="{_esc(st)}">{_esc(STATUS_WORDS.get(st, st))}{_esc(sign)}</span>')


def _lang_name(lang: str) -> str:
    return LANG_NAMES.get(lang, lang)


def _context(v: Any, start: Any, end: Any) -> str:
    """The sentence of the original holding the number, the number marked."""
    if start is None or pd.isna(start):
        return ""
    sents = v.source.sentences
    starts = [int(x) for x in sents["start_char"]]
    k = bisect.bisect_right(starts, int(start)) - 1
    if k < 0:
        return ""
    s0, e0 = starts[k], int(sents["end_char"].iloc[k])
    text = v.source.text
    a, b = max(int(start), s0), min(int(end), e0)
    return (f"{_esc(text[s0:a])}<mark class=\"src\">{_esc(text[a:b])}</mark>"
            f"{_esc(text[b:e0])}")


def _number_table(v: Any, wide: pd.DataFrame, names: list[str]) -> str:
    head = "".join(f"<th>{_esc(n)} ({_esc(_lang_name(v.comparisons[n].tgt.lang))})</th>"
                   for n in names)
    rows = []
    for k, row in enumerate(wide.to_dict("records"), start=1):
        cells = "".join(
            f"<td>{_esc(row.get(f'{n}_text'))} {_status(row.get(f'{n}_status'))}</td>"
            for n in names)
        ctx = _context(v, row.get("src_start_char"), row.get("src_end_char"))
        rows.append(f'<tr><td class="n">{k}</td><td>{_esc(row.get("src_text"))}</td>'
                    f'<td class="ctx">{ctx}</td>{cells}</tr>')
    return (f"<table><thead><tr><th>#</th><th>original</th><th>sentence of the original"
            f"</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _summary(v: Any, reports: Mapping[str, str]) -> str:
    rows = []
    for name, cmp in v.comparisons.items():
        s = cmp.summary
        link = reports.get(name)
        doc = _esc(cmp.tgt.doc_id)
        if link:
            doc = f'<a href="{_esc(link)}">{doc}</a>'
        rows.append(
            f"<tr><td>{_esc(name)}</td><td>{_esc(_lang_name(cmp.tgt.lang))}</td>"
            f"<td>{doc}</td><td class=\"n\">{100 * float(s['share_numbers_preserved']):.0f}%"
            f"</td><td class=\"n\">{_esc(s['numbers_mismatch'])}</td><td class=\"n\">"
            f"{_esc(s['numbers_missing'])}</td><td class=\"n\">{_esc(s['numbers_added'])}"
            f"</td><td>{_esc(cmp.verdict)}</td></tr>")
    return ("<table><thead><tr><th>edition</th><th>language</th><th>document</th>"
            "<th>numbers kept</th><th>changed</th><th>lost</th><th>added</th>"
            f"<th>verdict</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def versions_html(v: Any, *, reports: Mapping[str, str] | None = None) -> str:
    """The page as one HTML string. ``reports`` maps an edition's name to the address
    of its own comparison report (a relative file name), linked from its row."""
    names = list(v.comparisons)
    wide = v.wide()
    disagree = v.disagreements()
    src = v.source
    title = (f"massmob versions: {src.doc_id} ({_lang_name(src.lang)} original) and "
             f"{len(names)} edition{'s' if len(names) != 1 else ''}")
    legend = "".join(f"<li>{_status(st)}</li>" for st in STATUS_WORDS)
    found = (f"<h2>{len(disagree)} of {len(wide)} numbers not kept by every edition</h2>"
             + (_number_table(v, disagree, names) if len(disagree) else
                "<p>Every edition keeps every number of the original.</p>"))
    csp = "default-src 'none'; style-src 'unsafe-inline'"
    return "".join([
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_esc(title)}</h1>", _summary(v, reports or {}),
        f'<ul class="legend">{legend}</ul>', found,
        f"<details><summary>All {len(wide)} numbers</summary>",
        _number_table(v, wide, names), "</details></body></html>"])
