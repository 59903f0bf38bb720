"""Colours, fonts, CSS and the inline script of the HTML report.

Colours come from the Okabe-Ito palette (Okabe & Ito 2008), which readers with any
common colour-vision deficiency can tell apart; every mark also differs by something
other than colour (underline style, a sign after the number, a line style and marker
in the alignment map) and the legend names each one in words.
"""

from __future__ import annotations

__all__ = ["COLOURS", "CSS", "JS", "MAP_STYLES", "MARKER_GLYPHS", "NUMBER_SIGNS", "TEXT_ON",
           "THAI_FONTS"]

OKABE_ITO = {"orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73",
             "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00",
             "reddish_purple": "#CC79A7", "black": "#000000"}
_P = OKABE_ITO

COLOURS = {"match": _P["bluish_green"], "format_only": _P["sky_blue"],
           "qualifier_changed": _P["yellow"], "mismatch": _P["vermillion"],
           "missing": _P["reddish_purple"], "added": _P["blue"],
           "matched": _P["bluish_green"], "untranslated": _P["orange"],
           "omitted": _P["reddish_purple"], "length_ratio": "#8d6e63",
           "moved": _P["orange"]}
"""Colour of each number / name status and passage kind (report marks and plots)."""
TEXT_ON = {"added": "#fff"}
"""Text colour on a number mark of that status (black on every other status)."""
NUMBER_SIGNS = {"qualifier_changed": "≈", "mismatch": "≠", "missing": "∅", "added": "+"}
"""A sign after a number whose status needs a look, so colour is not the only cue."""
NAME_UNDERLINES = {"matched": "2px solid", "missing": "3px double", "added": "2px dashed"}

MAP_STYLES: dict[str, tuple[str, str, str]] = {
    "one": (_P["bluish_green"], "-", "o"),
    "merge": (_P["sky_blue"], "--", "s"),
    "omitted": (_P["reddish_purple"], ":", "v"),
    "added": (_P["blue"], "-.", "^"),
    "weak": (_P["vermillion"], "-", "x"),
    "moved": (_P["orange"], "-", "D"),
}
"""Alignment-map category → (colour, matplotlib line style, marker)."""
_CSS_LINES = {"-": "solid", "--": "dashed", ":": "dotted", "-.": "dashed"}
MARKER_GLYPHS = {"o": "●", "s": "■", "v": "▼", "^": "▲", "x": "✕", "D": "◆"}
"""The plot's markers as text, for the legend's line samples."""

THAI_FONTS = ('"Noto Sans Thai","Noto Sans Thai UI","Leelawadee UI","Thonburi",'
              '"Loma","Garuda","Waree","Umpush","Tlwg Typist","Norasi",sans-serif')
"""Thai-capable fonts first (Noto, Windows, macOS, then Debian's fonts-thai-tlwg)."""
_LATIN_FONTS = 'system-ui,-apple-system,"Segoe UI","Noto Sans","DejaVu Sans"'

_BASE_CSS = f"""
body{{font:14px/1.5 {_LATIN_FONTS},{THAI_FONTS};margin:0 1.5em 2em;color:#222}}
:lang(th){{font-family:{THAI_FONTS}}}
h1{{font-size:1.3em;margin:.8em 0 .2em}} h2{{font-size:1.1em;margin:1em 0 .3em}}
h3{{font-size:.95em;margin:.4em 0 .2em}}
.verdict{{font-size:1.1em;font-weight:600}}
.verdict.ok{{color:#006b4f}} .verdict.bad{{color:#a33a00}}
.font-warning{{background:#fff3cd;border:1px solid #E69F00;padding:.4em .8em}}
table.summary{{border-collapse:collapse;margin:.5em 0}}
table.summary td{{padding:1px 10px 1px 0}}
table.summary td.n{{text-align:right;font-weight:600}}
.legend{{border:1px solid #ddd;border-radius:4px;padding:.2em 1em .6em;margin:.8em 0;
  font-size:.9em}}
.legend-grid{{display:grid;grid-template-columns:repeat(auto-fit,minmax(19em,1fr));
  gap:.2em 2em}}
.legend ul{{list-style:none;padding:0;margin:0}} .legend li{{margin:.25em 0}}
.legend .sample{{display:inline-block;min-width:5.5em;padding:0 2px}}
.filters{{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:1px solid #ddd;
  z-index:2}}
.filters label{{margin-right:1.2em}}
table.beads{{border-collapse:collapse;width:100%;table-layout:fixed}}
table.beads th{{background:#f3f3f3;text-align:left;padding:4px}}
table.beads td{{vertical-align:top;padding:4px 6px;border-top:1px solid #e5e5e5}}
table.beads tr.para-start td{{border-top:2px solid #999}}
.id{{width:2.5em;color:#777}} .kind{{width:8.5em;color:#444;font-size:.8em}}
td.kind,.sample.kind-sample{{border-left:4px solid {COLOURS["match"]}}}
.issues{{width:18%;font-size:.85em;color:#444}}
td.gap{{background:repeating-linear-gradient(45deg,#fafafa,#fafafa 6px,#ead9e3 6px,
  #ead9e3 12px)}}
.gap-note{{color:#666;font-size:.85em}}
.sample.gap{{background:repeating-linear-gradient(45deg,#fafafa,#fafafa 6px,#ead9e3 6px,
  #ead9e3 12px);border:1px solid #ddd}}
tr.problem td.id,.sample.problem-id{{color:#a33a00;font-weight:700}}
.sample.para-line{{border-top:2px solid #999}}
body.only-problems tr.bead:not(.problem):not(.moved){{display:none}}
mark{{background:none;border-radius:3px;padding:0 2px;color:inherit}}
mark.num{{color:#000}}
mark.ent{{border-bottom:2px solid}}
mark.untranslated{{outline:2px dashed {COLOURS["untranslated"]};outline-offset:1px}}
.drift{{color:#666;font-style:italic;font-size:.85em}}
.omitted-text{{text-decoration:line-through {COLOURS["omitted"]} 2px}}
.moved-text{{background:#fdf1dc;border-radius:3px}}
.moved-text::before{{content:"↷";color:#8a5a00;font-weight:700;padding-right:2px}}
.moved-note a{{color:#8a5a00}}
.map-line{{display:inline-block;width:1.3em;height:0;vertical-align:middle;
  border-top-width:3px}}
.map-marker{{font-size:.8em;vertical-align:middle}} .map-key{{margin-right:.5em}}
img.plot{{max-width:48%;margin:.5em 1% 0 0;border:1px solid #eee}}
"""


def _status_css() -> str:
    parts = []
    for st, colour in COLOURS.items():
        text = TEXT_ON.get(st, "#000")
        parts.append(f"mark.num.st-{st}{{background:{colour};color:{text}}}")
        if st in NUMBER_SIGNS:
            parts.append(f'mark.num.st-{st}::after{{content:"{NUMBER_SIGNS[st]}";'
                         "font-size:.75em;vertical-align:super;padding-left:1px}")
    for st, line in NAME_UNDERLINES.items():
        parts.append(f"mark.ent.st-{st}{{border-bottom:{line} {COLOURS[st]}}}")
    for cat, (colour, style, _marker) in MAP_STYLES.items():
        line = f"{_CSS_LINES[style]} {colour}"
        parts.append(f"td.kind.k-{cat}{{border-left:4px {line}}}"
                     f".map-line.k-{cat}{{border-top-style:{_CSS_LINES[style]};"
                     f"border-top-color:{colour}}}.map-marker.k-{cat}{{color:{colour}}}")
    return "\n".join(parts)


CSS = _BASE_CSS + _status_css()

JS = """(function(){
var box=document.getElementById('only-problems');
function apply(){document.body.classList.toggle('only-problems',box.checked);
var shown=0;document.querySelectorAll('tr.bead').forEach(function(r){
if(r.offsetParent!==null){shown++;}});
document.getElementById('shown-count').textContent=String(shown);}
box.addEventListener('change',apply);apply();
var th=document.querySelector('[lang="th"]');
if(th){var c=document.createElement('canvas').getContext('2d');
c.font=getComputedStyle(th).font;
var glyphs=c.measureText('\\u0e01\\u0e02\\u0e04\\u0e07\\u0e08\\u0e2a\\u0e2b\\u0e2d').width;
var boxes=c.measureText('\\u0e70\\u0e70\\u0e70\\u0e70\\u0e70\\u0e70\\u0e70\\u0e70').width;
var ok=Math.abs(glyphs-boxes)>0.5;
document.documentElement.setAttribute('data-thai-glyphs',ok?'yes':'no');
document.getElementById('font-warning').hidden=ok;}
document.documentElement.setAttribute('data-massmob-js','ready');
})();"""
"""The report's only script: the "only problems" filter, and a check that Thai text
renders: eight Thai letters must not be as wide as eight unassigned code points of the
Thai block (which every browser draws as empty boxes); when they are, a warning asks the
reader to install a Thai font."""
